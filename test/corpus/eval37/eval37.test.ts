/**
 * Self-check of the eval37 corpus (does not classify): label coverage, unique names,
 * byte-for-byte determinism, and every file re-opens with its format's library.
 */
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
import type { Eval37Doc } from './generate-eval37.js';
import { buildEval37Docs, generateEval37Corpus } from './generate-eval37.js';

function ext(file: string): string {
  return file.slice(file.lastIndexOf('.') + 1).toLowerCase();
}

function bytes(d: Eval37Doc): Buffer {
  return typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text))));
  });
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents === undefined ? [] : 'asArray' in contents ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

/** Opens a document with its format's library and returns its text. */
async function openText(d: Eval37Doc): Promise<string> {
  const buf = bytes(d);
  const s = buf.toString('utf8');
  switch (ext(d.file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      JSON.parse(s);
      return s;
    case 'yaml':
      parseYaml(s);
      return s;
    case 'xml':
    case 'nessus': {
      const parser = new SaxesParser();
      const chunks: string[] = [];
      parser.on('text', (t) => chunks.push(t));
      parser.write(s).close();
      return chunks.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(s, { relax_column_count: true }) as string[][];
      return rows.map((r) => r.join(' ')).join('\n');
    }
    case 'md':
    case 'txt':
      return s;
    default:
      throw new Error(`unexpected extension: ${d.file}`);
  }
}

describe('eval37 corpus', () => {
  let docs: Eval37Doc[] = [];

  beforeAll(async () => {
    docs = await buildEval37Docs();
  }, 60_000);

  it('has 65-80 documents with valid labels and notes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('covers every code, the main ones at least three times, and >= 15 UNKNOWN', () => {
    const count = new Map<string, number>();
    for (const d of docs) count.set(d.expected, (count.get(d.expected) ?? 0) + 1);
    const missing = DeliverableType.options.filter((c) => (count.get(c) ?? 0) === 0);
    expect(missing).toEqual([]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(count.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('uses unique file names, keeps each file under 3 MB', () => {
    const names = docs.map((d) => d.file);
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) expect(bytes(d).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval37Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const differing = again.filter((d, i) => {
      const first = docs[i];
      return first === undefined || !bytes(d).equals(bytes(first));
    });
    expect(differing.map((d) => d.file)).toEqual([]);
  }, 60_000);

  it('every file opens back with its format library and has >= 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const t = (await openText(d)).replace(/\s+/g, ' ').trim();
      if (t.length < 200) short.push(`${d.file}: ${t.length}`);
    }
    expect(short).toEqual([]);
  }, 60_000);

  it('writes the files and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval37-'));
    try {
      const labels = await generateEval37Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const first = labels[0];
      const doc = docs.find((d) => d.file === first?.file);
      expect(doc).toBeDefined();
      if (first !== undefined && doc !== undefined) expect((await readFile(join(dir, first.file))).equals(bytes(doc))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
