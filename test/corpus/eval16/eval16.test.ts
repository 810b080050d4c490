/** Self-check of evaluation corpus 16 (does not classify anything). */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval16Docs, generateEval16Corpus, type CorpusDoc } from './generate-eval16.js';

function bytes(d: CorpusDoc): Buffer {
  return typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
}

function xmlEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xmlEntities([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(' '));
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
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  expect(pdf.getPageCount()).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    for (const m of content.matchAll(/\(((?:[^()\\]|\\.)*)\)\s*Tj/g)) parts.push(m[1] ?? '');
  }
  return parts.join(' ');
}

function xmlText(text: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('text', (t) => parts.push(t));
  parser.on('cdata', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const a of Object.values(tag.attributes)) parts.push(typeof a === 'string' ? a : a.value);
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(text).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

function csvText(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseCsv(text, { bom: true, delimiter, relax_column_count: true }) as string[][];
  expect(rows.length).toBeGreaterThan(1);
  return rows.flat().join(' ');
}

function jsonStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (out.push(k), jsonStrings(x, out)));
  return out;
}

/** Opens a document with its format's library and returns its text. */
async function textOf(d: CorpusDoc): Promise<string> {
  const buf = bytes(d);
  switch (extname(d.file).toLowerCase()) {
    case '.docx':
      return docxText(buf);
    case '.xlsx':
      return xlsxText(buf);
    case '.pdf':
      return pdfText(buf);
    case '.xml':
    case '.nessus':
      return xmlText(buf.toString('utf8'));
    case '.json':
      return jsonStrings(JSON.parse(buf.toString('utf8'))).join(' ');
    case '.yaml':
    case '.yml':
      return jsonStrings(parseYaml(buf.toString('utf8'))).join(' ');
    case '.csv':
      return csvText(buf.toString('utf8'));
    case '.md':
    case '.txt':
      return buf.toString('utf8');
    default:
      throw new Error(`no reader for ${d.file}`);
  }
}

describe('eval16 corpus', () => {
  let docs: CorpusDoc[] = [];
  let dir = '';
  beforeAll(async () => {
    docs = await buildEval16Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval16-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has 65–80 documents covering every code, with the required counts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: string): number => docs.filter((d) => d.expected === t).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 2]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, count(code) >= 3]).toEqual([code, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('uses unique file names and keeps every file under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval16Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const before = docs[i];
      if (!before) throw new Error('missing document');
      expect([d.file, bytes(d).equals(bytes(before))]).toEqual([d.file, true]);
    });
  });

  it('writes every document to disk with the labels returned', async () => {
    const labels = await generateEval16Corpus(dir);
    expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
    for (const l of labels) {
      const d = docs.find((x) => x.file === l.file);
      expect(d?.expected).toBe(l.expected);
      expect((await readFile(join(dir, l.file))).equals(bytes(d as CorpusDoc))).toBe(true);
    }
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });
});
