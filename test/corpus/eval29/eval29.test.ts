/** Self-check of the eval29 corpus (no classification): coverage, names, determinism, and every file reopens. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseAllDocuments } from 'yaml';
import { SaxesParser } from 'saxes';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval29Docs, generateEval29Corpus } from './generate-eval29.js';
import type { Eval29Doc } from './generate-eval29.js';

const bytes = (d: Eval29Doc['data']): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  expect(parts).toContain('word/document.xml');
  const xml = await Promise.all(parts.map((p) => zip.file(p)!.async('string')));
  return xml.join(' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text)))));
  return out.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  expect(pdf.getPageCount()).toBeGreaterThan(0);
  const out: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return out.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  const out: string[] = [];
  parser.on('text', (t) => out.push(t));
  parser.on('attribute', (a) => out.push(a.value));
  parser.write(s).close();
  return out.join(' ');
}

async function textOf(file: string, buf: Buffer): Promise<string> {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const s = buf.toString('utf8');
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(s));
    case 'yaml': {
      const docs = parseAllDocuments(s);
      for (const d of docs) expect(d.errors).toEqual([]);
      return JSON.stringify(docs.map((d) => d.toJS() as unknown));
    }
    case 'xml':
    case 'nessus':
      return xmlText(s);
    case 'csv':
      return (parseCsv(s, { relax_column_count: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return s;
    default:
      throw new Error(`unexpected extension ${ext} (${file})`);
  }
}

describe('eval29 corpus', () => {
  let first: Eval29Doc[];
  beforeAll(async () => {
    first = await buildEval29Docs();
  }, 60_000);

  it('has 65-80 documents covering every code, with at least 15 UNKNOWN and 3 of each main code', () => {
    expect(first.length).toBeGreaterThanOrEqual(65);
    expect(first.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of first) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    for (const d of first) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
    for (const d of first) expect(d.note.length).toBeGreaterThan(20);
  });

  it('uses unique file names', () => {
    const names = first.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('is deterministic to the byte and writes what it returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval29-'));
    try {
      const labels = await generateEval29Corpus(dir);
      expect(labels.map((l) => l.file)).toEqual(first.map((d) => d.file));
      expect((await readdir(dir)).sort()).toEqual(first.map((d) => d.file).sort());
      for (const d of first) expect([d.file, (await readFile(join(dir, d.file))).equals(bytes(d.data))]).toEqual([d.file, true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps every file under 3 MB, and every file reopens with its format library with at least 200 characters of text', async () => {
    for (const d of first) {
      const buf = bytes(d.data);
      expect([d.file, buf.length < 3 * 1024 * 1024]).toEqual([d.file, true]);
      const text = await textOf(d.file, buf);
      expect([d.file, text.replace(/\s+/g, ' ').trim().length >= 200]).toEqual([d.file, true]);
    }
  }, 60_000);
});
