/**
 * Self-check of the eval6 corpus. It does not classify anything: it checks the labels' coverage, that the corpus is
 * deterministic to the byte, and that every file opens back with its own format's library and carries real text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval6Docs, generateEval6Corpus } from './generate-eval6.js';
import type { EvalDoc } from './types.js';

const MIN_TEXT = 200;

function bytes(d: EvalDoc): Buffer {
  return typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
}

function xmlText(xml: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) if (typeof v === 'string') parts.push(v);
  });
  parser.write(xml).close();
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function zipXmlText(buf: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  expect(zip.file('[Content_Types].xml')).not.toBeNull();
  const names = Object.keys(zip.files).filter((n) => pattern.test(n)).sort();
  expect(names.length).toBeGreaterThan(0);
  const out: string[] = [];
  for (const n of names) {
    const xml = await zip.file(n)!.async('string');
    out.push(xmlText(xml));
  }
  return out.join(' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => {
      row.eachCell((cell) => parts.push(cell.text));
    });
  });
  return parts.join(' ');
}

function streamsOf(obj: PDFObject | undefined, doc: PDFDocument): PDFRawStream[] {
  if (obj === undefined) return [];
  const resolved = doc.context.lookup(obj);
  if (resolved instanceof PDFRawStream) return [resolved];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((o) => streamsOf(o, doc));
  return [];
}

async function pdfText(buf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(buf);
  expect(doc.getPageCount()).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const page of doc.getPages()) {
    for (const stream of streamsOf(page.node.Contents(), doc)) {
      const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
      for (const m of ops.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) parts.push(m[1] ?? '');
    }
  }
  return parts.join(' ');
}

/** Opens a document with the library of its format and returns its text. */
async function openText(d: EvalDoc): Promise<string> {
  const buf = bytes(d);
  switch (extname(d.file).toLowerCase()) {
    case '.docx':
      return zipXmlText(buf, /^word\/(document|header\d*|footer\d*)\.xml$/);
    case '.pptx':
      return zipXmlText(buf, /^ppt\/slides\/slide\d+\.xml$/);
    case '.xlsx':
      return xlsxText(buf);
    case '.pdf':
      return pdfText(buf);
    case '.json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case '.xml':
    case '.nessus':
      return xmlText(buf.toString('utf8'));
    case '.yaml':
    case '.yml':
      return JSON.stringify(YAML.parse(buf.toString('utf8')));
    case '.csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      expect(rows.length).toBeGreaterThan(3);
      return rows.map((r) => r.join(' ')).join('\n');
    }
    case '.md':
    case '.txt':
      return buf.toString('utf8');
    default:
      throw new Error(`no reader for ${d.file}`);
  }
}

describe('eval6 corpus', () => {
  let docs: EvalDoc[] = [];

  beforeAll(async () => {
    docs = await buildEval6Docs();
  }, 120_000);

  it('has 65-80 documents with unique names and a note each', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(DeliverableType.options).toContain(d.expected);
    }
  });

  it('covers every deliverable code, the core ones three times in several formats, and 15+ UNKNOWN look-alikes', () => {
    const count = (t: string): number => docs.filter((d) => d.expected === t).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 2]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) {
      expect([code, count(code) >= 3]).toEqual([code, true]);
      const formats = new Set(docs.filter((d) => d.expected === code).map((d) => extname(d.file).toLowerCase()));
      expect([code, formats.size >= 2]).toEqual([code, true]);
    }
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await openText(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= MIN_TEXT]).toEqual([d.file, true]);
    }
  }, 120_000);

  // A second build, written to disk, must give the same labels and the same bytes: deterministic to the byte.
  it('is deterministic to the byte: a second build written to disk gives the same files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval6-'));
    try {
      const labels = await generateEval6Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect([d.file, (await readFile(join(dir, d.file))).equals(bytes(d))]).toEqual([d.file, true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
