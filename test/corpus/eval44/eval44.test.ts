/**
 * Self-check of the eval44 corpus (does NOT classify): labels cover the taxonomy, names are unique,
 * generation is byte-deterministic, and every file opens back with its format's library and carries text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval44Docs, generateEval44Corpus } from './generate-eval44.js';
import type { EvalDoc } from './types.js';

const sha = (d: Buffer | string): string => createHash('sha256').update(d).digest('hex');
const bytes = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => stringsOf(x, out));
  return out;
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const body = zip.file('word/document.xml');
  if (!body) throw new Error('no word/document.xml');
  return (await body.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(c.text))));
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const ops = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => Object.values(tag.attributes).forEach((a) => parts.push(String(a))));
  parser.write(s).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Open a document with the library of its format and return its text. */
async function textOf(doc: EvalDoc): Promise<string> {
  const ext = doc.file.slice(doc.file.lastIndexOf('.') + 1).toLowerCase();
  const buf = bytes(doc.data);
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return stringsOf(JSON.parse(buf.toString('utf8'))).join(' ');
    case 'yaml':
      return stringsOf(parseYaml(buf.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv':
      return (parseCsv(buf.toString('utf8')) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval44 corpus', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval44Docs();
  }, 120_000);

  it('has 65-80 documents with valid labels and notes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('covers every code, core deliverables three times, and at least 15 UNKNOWN look-alikes', () => {
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    const missing = DeliverableType.options.filter((t) => count(t) === 0);
    expect(missing).toEqual([]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(count(t)).toBeGreaterThanOrEqual(3);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
  });

  it('uses unique file names (case-insensitive) and keeps every file under 3 MB', () => {
    const names = docs.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) expect(bytes(d.data).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval44Docs();
    expect(again.map((d) => `${d.file} ${sha(d.data)}`)).toEqual(docs.map((d) => `${d.file} ${sha(d.data)}`));
  }, 120_000);

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      if (text.length < 200) short.push(`${d.file}: ${text.length}`);
    }
    expect(short).toEqual([]);
  }, 120_000);

  it('writes the same files and labels to a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval44-'));
    try {
      const labels = await generateEval44Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect(sha(await readFile(join(dir, d.file)))).toBe(sha(d.data));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
