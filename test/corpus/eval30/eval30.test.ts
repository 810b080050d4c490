/**
 * Self-check of the eval30 corpus. It does not classify anything: it checks the labels cover the taxonomy,
 * the set is deterministic to the byte, and every file opens back with its format's library and has text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval30Doc } from './generate-eval30.js';
import { buildEval30Docs, generateEval30Corpus } from './generate-eval30.js';

const SLOW = 120_000;

let docs: Eval30Doc[] = [];

beforeAll(async () => {
  docs = await buildEval30Docs();
}, SLOW);

function asBuffer(data: Buffer | string): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  return xml.replace(/<[^>]+>/g, ' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        parts.push(cell.text);
      });
    });
  });
  return parts.join(' ');
}

/** Decodes every content stream and reads the hex strings drawn with Tj (how pdf-lib writes standard-font text). */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
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
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(text).close();
  return parts.join(' ');
}

async function textOf(doc: Eval30Doc): Promise<string> {
  const buf = asBuffer(doc.data);
  const ext = extname(doc.file).toLowerCase();
  switch (ext) {
    case '.docx':
      return docxText(buf);
    case '.xlsx':
      return xlsxText(buf);
    case '.pdf':
      return pdfText(buf);
    case '.json':
      return strings(JSON.parse(buf.toString('utf8'))).join(' ');
    case '.yaml':
      return strings(parseYaml(buf.toString('utf8'))).join(' ');
    case '.xml':
    case '.nessus':
      return xmlText(buf.toString('utf8'));
    case '.csv':
      return (parseCsv(buf.toString('utf8'), { relax_column_count: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext} for ${doc.file}`);
  }
}

describe('eval30 corpus', () => {
  it('has 65-80 documents with valid labels and notes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('covers every code, the main ones at least three times, and at least 15 UNKNOWN look-alikes', () => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect({ code, atLeastTwo: (counts.get(code) ?? 0) >= 2 }).toEqual({ code, atLeastTwo: true });
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'])
      expect({ code, atLeastThree: (counts.get(code) ?? 0) >= 3 }).toEqual({ code, atLeastThree: true });
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('uses unique file names (also case-insensitively)', () => {
    const names = docs.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect({ file: d.file, small: asBuffer(d.data).length < 3 * 1024 * 1024 }).toEqual({ file: d.file, small: true });
  });

  it('is deterministic to the byte, and writes to disk exactly what it builds', async () => {
    const again = await buildEval30Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect({ file: d.file, same: asBuffer(d.data).equals(asBuffer(first.data)) }).toEqual({ file: d.file, same: true });
    });
    const dir = await mkdtemp(join(tmpdir(), 'eval30-'));
    try {
      const labels = await generateEval30Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect((await readFile(join(dir, d.file))).equals(asBuffer(d.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect({ file: d.file, enoughText: text.length >= 200 }).toEqual({ file: d.file, enoughText: true });
    }
  }, SLOW);
});
