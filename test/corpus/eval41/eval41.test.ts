/** Self-check of the eval41 corpus (no classification): coverage, uniqueness, determinism, every file readable. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval41Doc } from './generate-eval41.js';
import { buildEval41Docs, generateEval41Corpus } from './generate-eval41.js';

const LONG = 180_000;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(data);
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents: PDFObject | undefined = page.node.Contents();
    const streams: PDFObject[] = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r) as PDFObject) : contents ? [contents] : [];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const raw = Buffer.from(s.contents);
      const ops = (s.dict.toString().includes('FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

async function textOf(d: Eval41Doc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return xml.replace(/<[^>]+>/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(c.text))));
      return out.join(' ');
    }
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return strings(JSON.parse(buf.toString('utf8'))).join(' ');
    case 'yaml':
      return strings(YAML.parse(buf.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus': {
      const out: string[] = [];
      const p = new SaxesParser();
      p.on('text', (t) => out.push(t));
      p.on('opentag', (t) => out.push(...Object.values(t.attributes).map(String)));
      p.write(buf.toString('utf8')).close();
      return out.join(' ');
    }
    case 'csv':
      return strings(parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as unknown).join(' ');
    case 'md':
    case 'txt':
    case 'vtt':
    case 'eml':
      return buf.toString('utf8');
    default:
      throw new Error(`no reader for ${d.file}`);
  }
}

describe('eval41 corpus', () => {
  let docs: Eval41Doc[] = [];
  let dir = '';
  let labels: { file: string; expected: DeliverableType; note: string }[] = [];

  beforeAll(async () => {
    docs = await buildEval41Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval41-'));
    labels = await generateEval41Corpus(dir);
  }, LONG);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has 65-80 documents with unique names and a note each', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('covers every code, the core ones three times, and at least 15 UNKNOWN', () => {
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 1]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
  });

  it('writes exactly the labelled files, byte-identical to a second in-memory build', async () => {
    expect(labels.map((l) => l.file)).toEqual(docs.map((d) => d.file));
    expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
    for (const d of docs) {
      const onDisk = await readFile(join(dir, d.file));
      const mem = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
      expect([d.file, onDisk.equals(mem)]).toEqual([d.file, true]);
    }
  }, LONG);

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, Buffer.byteLength(d.data) < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, LONG);
});
