/**
 * Self-check of the eval14 corpus. It does NOT classify: it checks the labels' coverage, unique names, byte-level
 * determinism (one in-memory build compared with one build written to disk) and that every file opens back with its
 * format's library and carries real text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval14Docs, generateEval14Corpus } from './generate-eval14.js';
import type { EvalDoc } from './generate-eval14.js';

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const doc = zip.file('word/document.xml');
  if (!zip.file('[Content_Types].xml') || !doc) throw new Error('not a docx package');
  return (await doc.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
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
  const doc = await PDFDocument.load(buf, { updateMetadata: false });
  if (doc.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

function xmlText(text: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('cdata', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) parts.push(String(v));
  });
  parser.write(text).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Opens a document with its format's library and returns its text. */
async function textOf(d: EvalDoc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const str = buf.toString('utf8');
  switch (extname(d.file).toLowerCase()) {
    case '.docx':
      return docxText(buf);
    case '.xlsx':
      return xlsxText(buf);
    case '.pdf':
      return pdfText(buf);
    case '.json':
      return strings(JSON.parse(str), []).join(' ');
    case '.yaml':
      return strings(YAML.parse(str), []).join(' ');
    case '.xml':
    case '.nessus':
      return xmlText(str);
    case '.csv':
      return (parseCsv(str, { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return str;
    default:
      throw new Error(`unexpected extension: ${d.file}`);
  }
}

describe('eval14 corpus', () => {
  let docs: EvalDoc[] = [];
  let dir = '';
  let labels: { file: string; expected: DeliverableType; note: string }[] = [];

  beforeAll(async () => {
    docs = await buildEval14Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval14-'));
    labels = await generateEval14Corpus(dir);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('covers every deliverable code, with enough UNKNOWN look-alikes and repeats of the main codes', () => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    const missing = DeliverableType.options.filter((c) => !counts.has(c));
    expect(missing).toEqual([]);
    const thin = DeliverableType.options.filter((c) => (counts.get(c) ?? 0) < 2);
    expect(thin).toEqual([]);
    for (const c of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(counts.get(c)).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN')).toBeGreaterThanOrEqual(15);
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
  });

  it('gives every document a unique file name and a note, and labels only known codes', () => {
    const names = docs.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  it('is deterministic to the byte: the files written to disk equal the in-memory build', async () => {
    expect(labels.map((l) => l.file)).toEqual(docs.map((d) => d.file));
    expect(labels.map((l) => l.expected)).toEqual(docs.map((d) => d.expected));
    expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
    const differing: string[] = [];
    for (const d of docs) {
      const onDisk = await readFile(join(dir, d.file));
      const mem = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
      if (!onDisk.equals(mem)) differing.push(d.file);
    }
    expect(differing).toEqual([]);
  });

  it('keeps every file under 3 MB', () => {
    const big = docs.filter((d) => Buffer.byteLength(d.data) >= 3 * 1024 * 1024).map((d) => d.file);
    expect(big).toEqual([]);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      if (text.length < 200) short.push(`${d.file}: ${text.length}`);
    }
    expect(short).toEqual([]);
  }, 60_000);
});
