/**
 * Self-check of the eval25 corpus. It never classifies: it checks coverage of the taxonomy, unique names,
 * byte-for-byte determinism, and that every file opens with its format's library and carries real text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval25Docs, generateEval25Corpus } from './generate-eval25.js';
import type { Eval25Doc } from './types.js';

const sha = (d: Buffer | string): string => createHash('sha256').update(d).digest('hex');
const buf = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data);
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const objs: (PDFObject | undefined)[] = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    for (const s of objs) {
      if (!(s instanceof PDFRawStream)) continue;
      const raw = Buffer.from(s.contents);
      const bytes = s.dict.get(PDFName.of('Filter')) ? inflateSync(raw) : raw;
      for (const m of bytes.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return out.join(' ');
}

function xmlText(data: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (t) => parts.push(...Object.values(t.attributes).map(String)));
  parser.write(data).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Opens a document with the library of its format and returns its text. */
async function textOf(d: Eval25Doc): Promise<string> {
  const b = buf(d.data);
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx':
      return docxText(b);
    case 'xlsx':
      return xlsxText(b);
    case 'pdf':
      return pdfText(b);
    case 'json':
      return JSON.stringify(JSON.parse(b.toString('utf8')));
    case 'yaml':
      return JSON.stringify(YAML.parse(b.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlText(b.toString('utf8'));
    case 'csv':
      return (parseCsv(b, { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return b.toString('utf8');
    default:
      throw new Error(`unexpected extension: ${d.file}`);
  }
}

describe('eval25 corpus', () => {
  let docs: Eval25Doc[] = [];
  beforeAll(async () => {
    docs = await buildEval25Docs();
  }, 120_000);

  it('has 65-80 documents with every code of the taxonomy', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('has unique file names, a note for every document, and files under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(buf(d.data).length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte, in memory and on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval25-'));
    try {
      const labels = await generateEval25Corpus(dir);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect([d.file, sha(await readFile(join(dir, d.file)))]).toEqual([d.file, sha(d.data)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 120_000);

  it('PDF text extraction sees the words that were drawn', async () => {
    const ato = docs.find((d) => d.file === 'signed_20250530.pdf');
    expect(ato).toBeDefined();
    if (ato) expect(await pdfText(buf(ato.data))).toContain('Authorizing Official');
  });
});
