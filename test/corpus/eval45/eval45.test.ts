/**
 * Self-check of the eval45 corpus (it does not classify anything): coverage of every code, enough
 * hard UNKNOWN look-alikes, unique names, byte-for-byte determinism, and every file reopening with
 * its format's library and holding at least 200 characters of text.
 */
import { createHash } from 'node:crypto';
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
import type { EvalDoc } from './generate-eval45.js';
import { buildEval45Docs, generateEval45Corpus } from './generate-eval45.js';

const sha = (d: Buffer | string) => createHash('sha256').update(d).digest('hex');
const bytes = (d: Buffer | string) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  let root = '';
  parser.on('opentag', (t) => {
    if (!root) root = t.name;
  });
  parser.on('text', (t) => parts.push(t));
  parser.write(s).close();
  if (!root) throw new Error('no root element');
  return parts.join(' ');
}

async function reopen(d: EvalDoc): Promise<string> {
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  const buf = bytes(d.data);
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
      return JSON.stringify(parseYaml(buf.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true, relax_quotes: true }) as string[][];
      if (rows.length < 3) throw new Error('too few csv rows');
      return rows.map((r) => r.join(' ')).join('\n');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval45 corpus', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval45Docs();
  });

  test('has 65-80 documents, every code, the main codes three times and at least 15 UNKNOWN', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    }
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
  });

  test('file names are unique and every note says something', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  test('every file is under 3 MB and reopens with its format library with at least 200 characters of text', async () => {
    for (const d of docs) {
      expect(bytes(d.data).length).toBeLessThan(3 * 1024 * 1024);
      const text = await reopen(d);
      expect([d.file, text.replace(/\s+/g, ' ').trim().length >= 200]).toEqual([d.file, true]);
    }
  });

  test('is deterministic to the byte, in memory and on disk', async () => {
    const again = await buildEval45Docs();
    expect(again.map((d) => [d.file, sha(d.data)])).toEqual(docs.map((d) => [d.file, sha(d.data)]));
    const dir = await mkdtemp(join(tmpdir(), 'eval45-'));
    try {
      const labels = await generateEval45Corpus(dir);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect([d.file, sha(await readFile(join(dir, d.file)))]).toEqual([d.file, sha(bytes(d.data))]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
