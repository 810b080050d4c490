import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './generate-eval33.js';
import { buildEval33Docs, generateEval33Corpus } from './generate-eval33.js';

const asBuffer = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function jsonStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) jsonStrings(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); jsonStrings(x, out); }
}

function xmlText(xml: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => { for (const a of Object.values(tag.attributes)) parts.push(String(a)); });
  parser.write(xml).close();
  return parts.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  expect(doc.getPageCount()).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

/** Opens a document with its format's library and returns its visible text. */
async function textOf(doc: EvalDoc): Promise<string> {
  const data = asBuffer(doc.data);
  const ext = doc.file.slice(doc.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(data);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error(`${doc.file}: no word/document.xml`);
      return xmlText(xml);
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(c.text))));
      return parts.join(' ');
    }
    case 'pdf':
      return pdfText(data);
    case 'json': {
      const out: string[] = [];
      jsonStrings(JSON.parse(data.toString('utf8')), out);
      return out.join(' ');
    }
    case 'yaml': {
      const out: string[] = [];
      jsonStrings(parseYaml(data.toString('utf8')), out);
      return out.join(' ');
    }
    case 'xml':
    case 'nessus':
      return xmlText(data.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(data.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'html':
      return data.toString('utf8').replace(/<[^>]*>/g, ' ');
    case 'md':
    case 'txt':
      return data.toString('utf8');
    default:
      throw new Error(`${doc.file}: unexpected extension ${ext}`);
  }
}

describe('eval33 corpus (self-check, no classification)', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval33Docs();
  }, 60_000);

  it('has 65-80 documents, covers every code and has at least 15 UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    }
    const missing = DeliverableType.options.filter((code) => (counts.get(code) ?? 0) < (code === 'UNKNOWN' ? 15 : 2));
    expect(missing).toEqual([]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('has unique file names, a note per document and files under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(asBuffer(d.data).length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval33Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const differing = again.filter((d, i) => !asBuffer(d.data).equals(asBuffer(docs[i]?.data ?? ''))).map((d) => d.file);
    expect(differing).toEqual([]);
  }, 60_000);

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      if (text.length < 200) short.push(`${d.file}: ${text.length}`);
    }
    expect(short).toEqual([]);
  }, 60_000);

  it('writes the same files to disk that it labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval33-'));
    try {
      const labels = await generateEval33Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const first = labels[0];
      if (!first) throw new Error('empty corpus');
      const onDisk = await readFile(join(dir, first.file));
      expect(onDisk.equals(asBuffer(docs[0]?.data ?? ''))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
