/**
 * Self-check of evaluation corpus 17 (does not classify): labels cover the taxonomy, names are unique,
 * the bytes are the same on every build, and every file reopens with its format's library and holds
 * real text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './generate-eval17.js';
import { buildEval17Docs, generateEval17Corpus } from './generate-eval17.js';

const SLOW = 120_000;

const sha = (d: Buffer | string): string => createHash('sha256').update(d).digest('hex');
const buf = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function xmlText(xml: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('cdata', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) parts.push(String(v));
  });
  parser.write(xml).close();
  return parts.join(' ');
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('no word/document.xml');
  const xml = await main.async('string');
  const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
  return texts.join(' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => {
      row.eachCell((cell) => parts.push(cell.text));
    });
  });
  return parts.join(' ');
}

function pdfStreamText(stream: PDFRawStream): string {
  const bytes = stream.dict.get(PDFName.of('Filter')) ? decodePDFRawStream(stream).decode() : stream.contents;
  const ops = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const m of ops.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)) out.push(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'hex').toString('latin1'));
  for (const m of ops.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(m[1] ?? '');
  return out.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(data, { updateMetadata: false });
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents: PDFObject | undefined = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) if (s instanceof PDFRawStream) parts.push(pdfStreamText(s));
  }
  return parts.join(' ');
}

/** Reopens a document with its format's library and returns its text. */
async function reopen(doc: EvalDoc): Promise<string> {
  const data = buf(doc.data);
  switch (extname(doc.file).toLowerCase()) {
    case '.docx':
      return docxText(data);
    case '.xlsx':
      return xlsxText(data);
    case '.pdf':
      return pdfText(data);
    case '.json':
      return stringsOf(JSON.parse(data.toString('utf8'))).join(' ');
    case '.yaml':
    case '.yml':
      return stringsOf(YAML.parse(data.toString('utf8'))).join(' ');
    case '.xml':
    case '.nessus':
      return xmlText(data.toString('utf8'));
    case '.csv':
      return (parseCsv(data.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return data.toString('utf8');
    default:
      throw new Error(`unexpected extension: ${doc.file}`);
  }
}

describe('evaluation corpus 17', () => {
  let docs: EvalDoc[] = [];
  beforeAll(async () => {
    docs = await buildEval17Docs();
  }, SLOW);

  it('holds 65-80 documents covering every deliverable code, with at least 15 UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const byCode = new Map<string, EvalDoc[]>();
    for (const d of docs) byCode.set(d.expected, [...(byCode.get(d.expected) ?? []), d]);
    for (const code of DeliverableType.options) expect([code, (byCode.get(code) ?? []).length >= 2]).toEqual([code, true]);
    expect((byCode.get('UNKNOWN') ?? []).length).toBeGreaterThanOrEqual(15);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) {
      const group = byCode.get(code) ?? [];
      expect([code, group.length >= 3]).toEqual([code, true]);
      expect([code, new Set(group.map((d) => extname(d.file))).size >= 2]).toEqual([code, true]);
    }
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  it('uses unique, plausible file names and keeps every file under 3 MB', () => {
    const names = docs.map((d) => d.file);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const d of docs) {
      expect(d.file).not.toMatch(/[/\\]/);
      expect(buf(d.data).length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval17Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const diff = again.filter((d, n) => sha(d.data) !== sha(docs[n]?.data ?? '')).map((d) => d.file);
    expect(diff).toEqual([]);
  }, SLOW);

  it('reopens every file with its format library and finds at least 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      if (text.length < 200) short.push(`${d.file}: ${text.length}`);
    }
    expect(short).toEqual([]);
  }, SLOW);

  it('keeps Office files as real packages with fixed timestamps and PDFs as real PDFs', async () => {
    for (const d of docs.filter((x) => /\.(docx|xlsx)$/.test(x.file))) {
      const zip = await JSZip.loadAsync(buf(d.data));
      expect(zip.file('[Content_Types].xml')).not.toBeNull();
      zip.forEach((_p, entry) => expect(entry.date.getUTCFullYear()).toBe(2026));
    }
    for (const d of docs.filter((x) => x.file.endsWith('.pdf'))) expect(buf(d.data).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A sanity check of the PDF text extraction itself: it must see the words drawn on the page.
    const ato = docs.find((d) => d.file === 'signed.pdf');
    expect(ato).toBeDefined();
    expect(await pdfText(buf(ato?.data ?? ''))).toContain('Authority to Operate');
  }, SLOW);

  it('writes the same documents to disk and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval17-'));
    try {
      const labels = await generateEval17Corpus(dir);
      expect(labels.map((l) => l.file)).toEqual(docs.map((d) => d.file));
      expect(labels.map((l) => l.expected)).toEqual(docs.map((d) => d.expected));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect(sha(await readFile(join(dir, d.file)))).toBe(sha(d.data));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, SLOW);
});
