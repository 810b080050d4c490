/**
 * Self-check of evaluation corpus 15. It never classifies: it checks that the corpus is what it claims to
 * be (coverage of every code, enough hard UNKNOWN look-alikes, unique names, byte-for-byte determinism) and
 * that every file opens back with its own format's library and carries real text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval15Doc } from './generate-eval15.js';
import { buildEval15Docs, generateEval15Corpus } from './generate-eval15.js';

const asBuffer = (data: Buffer | string): Buffer => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

function xmlText(text: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) parts.push(String(v));
  });
  parser.write(text).close();
  return parts.join(' ');
}

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const main = zip.file('word/document.xml');
  if (main === null) throw new Error('no word/document.xml');
  const xml = await main.async('string');
  xmlText(xml); // well-formed
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

/** Text shown by Tj/TJ operators in the (inflated) content streams. */
async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  if (doc.getPageCount() < 1) throw new Error('no pages');
  const raw = data.toString('latin1');
  const parts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    const body = Buffer.from(m[1] ?? '', 'latin1');
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      content = body.toString('latin1');
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
    for (const t of content.matchAll(/\(((?:[^()\\]|\\.)*)\)\s*Tj/g)) parts.push(t[1] ?? '');
  }
  return parts.join(' ');
}

async function textOf(doc: Eval15Doc): Promise<string> {
  const data = asBuffer(doc.data);
  const ext = doc.file.slice(doc.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx':
      return docxText(data);
    case 'xlsx':
      return xlsxText(data);
    case 'pdf':
      return pdfText(data);
    case 'json':
      return strings(JSON.parse(data.toString('utf8'))).join(' ');
    case 'yaml':
      return strings(parseYaml(data.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus':
      return xmlText(data.toString('utf8'));
    case 'csv':
      return (parseCsv(data.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
    case 'eml':
      return data.toString('utf8');
    default:
      throw new Error(`no reader for .${ext}`);
  }
}

describe('evaluation corpus 15', () => {
  let docs: Eval15Doc[] = [];

  beforeAll(async () => {
    docs = await buildEval15Docs();
  }, 120_000);

  it('has 65–80 documents with unique file names', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
  });

  it('covers every deliverable code, the main ones three times, and at least 15 UNKNOWN look-alikes', () => {
    const count = (code: DeliverableType): number => docs.filter((d) => d.expected === code).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 1]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([code, count(code) >= 3]).toEqual([code, true]);
    for (const code of DeliverableType.options.filter((c) => c !== 'UNKNOWN')) expect([code, count(code) >= 2]).toEqual([code, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('gives every document a note and keeps every file under 3 MB', () => {
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(30);
      expect(asBuffer(d.data).length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval15Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    for (const [i, d] of again.entries()) {
      const first = docs[i];
      if (first === undefined) throw new Error('length mismatch');
      expect([d.file, asBuffer(d.data).equals(asBuffer(first.data))]).toEqual([d.file, true]);
    }
  }, 120_000);

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 120_000);

  it('writes every file and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval15-'));
    try {
      const labels = await generateEval15Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const first = labels[0];
      const firstDoc = docs[0];
      if (first === undefined || firstDoc === undefined) throw new Error('empty corpus');
      expect((await readFile(join(dir, first.file))).equals(asBuffer(firstDoc.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
