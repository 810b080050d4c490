/**
 * Self-check of the eval10 corpus. It does NOT classify: it checks the labels' coverage, the file names, that the
 * generation is deterministic to the byte, and that every file opens with its format's library and has text.
 * The corpus is built twice: once in memory, once written to disk by generateEval10Corpus (compared byte for byte).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import YAML from 'yaml';
import { SaxesParser } from 'saxes';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval10Docs, generateEval10Corpus } from './generate-eval10.js';
import type { Eval10Doc } from './generate-eval10.js';

function xmlText(xml: string, attributes = true): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('cdata', (t) => parts.push(t));
  if (attributes)
    parser.on('opentag', (tag) => {
      for (const v of Object.values(tag.attributes) as unknown[]) parts.push(typeof v === 'string' ? v : String((v as { value?: unknown }).value ?? ''));
    });
  parser.write(xml).close();
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

async function zipText(data: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => pattern.test(n)).sort();
  const parts: string[] = [];
  for (const n of names) parts.push(xmlText(await zip.files[n]!.async('string'), false));
  return parts.join(' ');
}

function pdfStreamText(bytes: Uint8Array): string {
  const content = Buffer.from(bytes).toString('latin1');
  const parts: string[] = [];
  for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
    if (m[1]) parts.push(Buffer.from(m[1], 'hex').toString('latin1'));
    else if (m[2]) parts.push(m[2]);
  }
  return parts.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  const parts: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams: PDFObject[] = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r) as PDFObject) : contents ? [contents] : [];
    for (const s of streams) if (s instanceof PDFRawStream) parts.push(pdfStreamText(decodePDFRawStream(s).decode()));
  }
  return parts.join(' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

/** Opens a file with the library of its format and returns its text. Throws if the file does not open. */
async function textOf(file: string, data: Buffer): Promise<string> {
  switch (extname(file).toLowerCase()) {
    case '.docx':
      return zipText(data, /^word\/(document|header\d*|footer\d*)\.xml$/);
    case '.pptx':
      return zipText(data, /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/);
    case '.xlsx':
      return xlsxText(data);
    case '.pdf':
      return pdfText(data);
    case '.json':
      return strings(JSON.parse(data.toString('utf8'))).join(' ');
    case '.yaml':
    case '.yml':
      return strings(YAML.parse(data.toString('utf8'))).join(' ');
    case '.xml':
    case '.nessus':
      return xmlText(data.toString('utf8'));
    case '.csv':
      return (parseCsv(data.toString('utf8'), { relax_column_count: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return data.toString('utf8');
    default:
      throw new Error(`no reader for ${file}`);
  }
}

describe('eval10 corpus', () => {
  let docs: Eval10Doc[] = [];
  let dir = '';
  let labels: Awaited<ReturnType<typeof generateEval10Corpus>> = [];

  beforeAll(async () => {
    docs = await buildEval10Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval10-'));
    labels = await generateEval10Corpus(dir);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has 65-80 documents with unique file names and valid labels', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  it('covers every code, the main deliverables three times, and at least 15 UNKNOWN look-alikes', () => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect({ code, n: (counts.get(code) ?? 0) >= 2 }).toEqual({ code, n: true });
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect({ code, n: (counts.get(code) ?? 0) >= 3 }).toEqual({ code, n: true });
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('writes the same labels and the same bytes as the in-memory build (deterministic)', async () => {
    expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
    for (const d of docs) {
      const written = await readFile(join(dir, d.file));
      const expected = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
      expect({ file: d.file, same: written.equals(expected) }).toEqual({ file: d.file, same: true });
    }
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect({ file: d.file, ok: Buffer.byteLength(d.data) < 3 * 1024 * 1024 }).toEqual({ file: d.file, ok: true });
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const data = await readFile(join(dir, d.file));
      const text = (await textOf(d.file, data)).replace(/\s+/g, ' ').trim();
      expect({ file: d.file, enough: text.length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  }, 60_000);
});
