import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval40Docs, generateEval40Corpus } from './generate-eval40.js';
import type { EvalDoc } from './kit/common.js';

const ext = (file: string) => file.slice(file.lastIndexOf('.') + 1).toLowerCase();

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml.replace(/<[^>]+>/g, ' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value ?? ''))));
  });
  return parts.join(' ');
}

/** pdf-lib has no text extraction: inflate the content streams and decode the hex strings drawn with Tj. */
async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data);
  expect(doc.getPageCount()).toBeGreaterThan(0);
  const raw = data.toString('latin1');
  const parts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const t of body.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

function xmlText(data: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(a.value));
  parser.write(data).close();
  return parts.join(' ');
}

async function textOf(doc: EvalDoc): Promise<string> {
  const buf = Buffer.isBuffer(doc.data) ? doc.data : Buffer.from(doc.data, 'utf8');
  const s = buf.toString('utf8');
  switch (ext(doc.file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(s));
    case 'xml':
    case 'nessus':
      return xmlText(s);
    case 'yaml':
      return JSON.stringify(parseYaml(s));
    case 'csv': {
      const rows = parseCsv(s, { relax_column_count: true, skip_empty_lines: true }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return s;
    default:
      throw new Error(`unexpected extension in ${doc.file}`);
  }
}

describe('eval40 corpus (self-check, no classification)', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval40Docs();
  });

  it('has 65-80 documents, covers every code, and has enough UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect([code, (counts.get(code) ?? 0) >= 2]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, (counts.get(code) ?? 0) >= 3]).toEqual([code, true]);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('uses unique, flat file names and keeps every file under 3 MB', () => {
    const names = docs.map((d) => d.file);
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) {
      expect(d.file).not.toMatch(/[\\/]/);
      expect(Buffer.byteLength(d.data)).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval40Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('length mismatch');
      expect([d.file, Buffer.from(d.data).equals(Buffer.from(first.data))]).toEqual([d.file, true]);
    });
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  it('writes the same files to disk as it builds in memory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval40-'));
    try {
      const labels = await generateEval40Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      for (const d of docs) expect((await readFile(join(dir, d.file))).equals(Buffer.from(d.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
