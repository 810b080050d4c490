import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './generate-eval34.js';
import { buildEval34Docs, generateEval34Corpus } from './generate-eval34.js';

const MAX_BYTES = 3 * 1024 * 1024;

function xmlText(xml: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.write(xml).close();
  return parts.join(' ');
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const body = await zip.file('word/document.xml')?.async('string');
  if (body === undefined) throw new Error('no word/document.xml');
  return xmlText(body);
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text)))));
  return parts.join(' ');
}

/** Text of a pdf-lib PDF: inflate the content streams and decode the hex-string Tj operands. */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const raw = buf.toString('latin1');
  const parts: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const content = inflateSync(buf.subarray(start, end)).toString('latin1');
      for (const t of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
    } catch {
      // not a flate stream (fonts are standard, so none expected)
    }
  }
  return parts.join(' ');
}

async function textOf(d: EvalDoc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  const s = buf.toString('utf8');
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(s));
    case 'yaml':
    case 'yml':
      return JSON.stringify(parseYaml(s));
    case 'xml':
    case 'nessus':
      return xmlText(s);
    case 'csv': {
      const rows = parseCsv(s, { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
    case 'ics':
      return s;
    default:
      throw new Error(`no reader for .${ext}`);
  }
}

describe('eval34 corpus (self-check, no classification)', () => {
  let docs: EvalDoc[] = [];
  beforeAll(async () => {
    docs = await buildEval34Docs();
  }, 120_000);

  it('has 65-80 documents, every code, >=15 UNKNOWN and the required minimum per code', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 2]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('has unique file names and a note for every document', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, d.data.length < MAX_BYTES]).toEqual([d.file, true]);
  });

  it('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 120_000);

  it('is deterministic to the byte and writes exactly the listed files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval34-'));
    try {
      const labels = await generateEval34Corpus(dir);
      expect(labels.map((l) => l.file)).toEqual(docs.map((d) => d.file));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) {
        const written = await readFile(join(dir, d.file));
        const expected = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
        expect([d.file, written.equals(expected)]).toEqual([d.file, true]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
