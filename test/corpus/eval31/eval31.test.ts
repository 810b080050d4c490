/** Self-check of the eval31 corpus: coverage, unique names, determinism, and every file reopens with text. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval31Docs, generateEval31Corpus } from './generate-eval31.js';
import type { EvalDoc } from './generate-eval31.js';

/** Parses XML strictly (throws when not well-formed) and returns its text content. */
function xmlText(xml: string, only?: Set<string>): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  const stack: string[] = [];
  parser.on('opentag', (t) => stack.push(t.name));
  parser.on('closetag', () => stack.pop());
  parser.on('text', (t) => {
    if (!only || only.has(stack[stack.length - 1] ?? '')) parts.push(t);
  });
  parser.write(xml).close();
  return parts.join(' ');
}

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error('no word/document.xml');
  let text = '';
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = await zip.file(name)!.async('string');
    const t = xmlText(xml, new Set(['w:t', 'w:delText']));
    if (name === 'word/document.xml') text = t;
  }
  return text;
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text)))));
  return parts.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(data);
  expect(pdf.getPageCount()).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams: PDFObject[] = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r) as PDFObject) : contents ? [contents] : [];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

/** Opens a document with its format's library and returns its text. */
async function reopen(d: EvalDoc): Promise<string> {
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  const buf = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
  const str = buf.toString('utf8');
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(str));
    case 'yaml':
      return JSON.stringify(YAML.parse(str));
    case 'xml':
    case 'nessus':
      return xmlText(str);
    case 'csv':
      return (parseCsv(str, { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return str;
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval31 corpus', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval31Docs();
  }, 60_000);

  it('has 65-80 documents with unique names and a note each', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('covers every code, with enough of the main ones and at least 15 UNKNOWN', () => {
    const count = (t: DeliverableType) => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect(count(t)).toBeGreaterThanOrEqual(1);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(count(t)).toBeGreaterThanOrEqual(3);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.options).toContain(d.expected);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, d.data.length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval31Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const a = docs[i]!;
      expect([d.file, Buffer.from(d.data).equals(Buffer.from(a.data))]).toEqual([a.file, true]);
    });
  }, 60_000);

  it('reopens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 60_000);

  it('writes the files and returns their labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval31-'));
    try {
      const labels = await generateEval31Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      for (const d of docs) expect((await readFile(join(dir, d.file))).equals(Buffer.from(d.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
