import { inflateSync } from 'node:zlib';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval42Docs, generateEval42Corpus } from './generate-eval42.js';
import type { EvalDoc } from './kit/world.js';

const ext = (file: string): string => file.slice(file.lastIndexOf('.') + 1).toLowerCase();
const bytes = (d: EvalDoc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text))));
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  expect(pdf.getPageCount()).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const filter = obj.dict.get(PDFName.of('Filter'));
    const raw = filter === PDFName.of('FlateDecode') ? inflateSync(Buffer.from(obj.contents)) : Buffer.from(obj.contents);
    for (const m of raw.toString('latin1').matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

function xmlText(text: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(a.value));
  parser.write(text).close();
  return parts.join(' ');
}

/** Opens the document with its format's library and returns its text. */
async function textOf(d: EvalDoc): Promise<string> {
  const buf = bytes(d);
  switch (ext(d.file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
    case 'geojson':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
      return JSON.stringify(YAML.parse(buf.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension for ${d.file}`);
  }
}

describe('eval42 corpus', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval42Docs();
  }, 120_000);

  test('size and label coverage', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(20);
      counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    }
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
  });

  test('file names are unique and every file is under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(bytes(d).length).toBeLessThan(3 * 1024 * 1024);
  });

  test('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 120_000);

  test('generation is deterministic to the byte and writes what it returns', async () => {
    const again = await buildEval42Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect([d.file, bytes(d).equals(bytes(first))]).toEqual([d.file, true]);
    });
    const dir = await mkdtemp(join(tmpdir(), 'eval42-'));
    try {
      const labels = await generateEval42Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const sample = docs[0];
      if (!sample) throw new Error('empty corpus');
      expect((await readFile(join(dir, sample.file))).equals(bytes(sample))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
