import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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
import { buildEval36Docs, generateEval36Corpus } from './generate-eval36.js';
import type { CorpusDoc } from './generate-eval36.js';

const bytes = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(c.text)));
  });
  return parts.join(' ');
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(data);
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents: PDFObject | undefined = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

function xmlText(text: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (t) => parts.push(t.name, ...Object.values(t.attributes).map(String)));
  parser.write(text).close();
  return parts.join(' ');
}

/** Opens a document with its format's library and returns its text. */
async function textOf(doc: CorpusDoc): Promise<string> {
  const data = bytes(doc.data);
  switch (extname(doc.file).toLowerCase()) {
    case '.docx':
      return docxText(data);
    case '.xlsx':
      return xlsxText(data);
    case '.pdf':
      return pdfText(data);
    case '.json':
      return JSON.stringify(JSON.parse(data.toString('utf8')));
    case '.yaml':
      return JSON.stringify(YAML.parse(data.toString('utf8')));
    case '.xml':
    case '.nessus':
      return xmlText(data.toString('utf8'));
    case '.csv':
      return (parseCsv(data, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return data.toString('utf8');
    default:
      throw new Error(`unexpected extension for ${doc.file}`);
  }
}

describe('eval36 corpus (self-check, no classification)', () => {
  let docs: CorpusDoc[];

  beforeAll(async () => {
    docs = await buildEval36Docs();
  }, 120_000);

  it('has 65-80 documents with unique names and non-empty notes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
    }
  });

  it('covers every code, the main deliverables three times, and at least 15 UNKNOWN look-alikes', () => {
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 2]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
      expect([d.file, bytes(d.data).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
    }
  }, 120_000);

  it('is deterministic to the byte and writes what it returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval36-'));
    try {
      const labels = await generateEval36Corpus(dir);
      expect(labels.map((l) => l.file)).toEqual(docs.map((d) => d.file));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) {
        const written = await readFile(join(dir, d.file));
        expect([d.file, written.equals(bytes(d.data))]).toEqual([d.file, true]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
