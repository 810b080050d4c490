import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { pdfText } from './kit/extract.js';
import type { EvalDoc } from './kit/model.js';
import { buildEval19Docs, generateEval19Corpus } from './generate-eval19.js';

const bytes = (d: EvalDoc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);

function xmlText(xml: string): string {
  const parts: string[] = [];
  const sax = new SaxesParser();
  sax.on('text', (t) => parts.push(t));
  sax.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) parts.push(String(v));
  });
  sax.write(xml).close();
  return parts.join(' ');
}

function jsonStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => jsonStrings(x, out));
  return out;
}

/** Opens a document with its format's library and returns its text. */
async function reopen(d: EvalDoc): Promise<string> {
  const buf = bytes(d);
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error('no word/document.xml');
      return xmlText(xml);
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.value ?? '')))));
      return parts.join(' ');
    }
    case 'pdf':
      return (await pdfText(buf)).text;
    case 'json':
      return jsonStrings(JSON.parse(buf.toString('utf8'))).join(' ');
    case 'yaml':
      return jsonStrings(YAML.parse(buf.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv':
      return (parseCsv(buf, { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('evaluation corpus 19 (state and local CSP pursuing FedRAMP Moderate)', () => {
  let first: EvalDoc[];
  let second: EvalDoc[];

  beforeAll(async () => {
    first = await buildEval19Docs();
    second = await buildEval19Docs();
  }, 120_000);

  it('has 65 to 80 documents with unique file names and a note each', () => {
    expect(first.length).toBeGreaterThanOrEqual(65);
    expect(first.length).toBeLessThanOrEqual(80);
    expect(new Set(first.map((d) => d.file)).size).toBe(first.length);
    for (const d of first) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  it('covers every code, the main deliverables three times and at least 15 UNKNOWN look-alikes', () => {
    const count = (code: string): number => first.filter((d) => d.expected === code).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 2]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, count(code) >= 3]).toEqual([code, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    const formats = (code: string): Set<string> => new Set(first.filter((d) => d.expected === code).map((d) => d.file.slice(d.file.lastIndexOf('.'))));
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, formats(code).size >= 2]).toEqual([code, true]);
  });

  it('is the same to the byte on every build', () => {
    expect(second.map((d) => d.file)).toEqual(first.map((d) => d.file));
    first.forEach((d, i) => {
      const other = second[i];
      expect(other).toBeDefined();
      if (other) expect([d.file, bytes(d).equals(bytes(other))]).toEqual([d.file, true]);
    });
  });

  it('keeps every file under 3 MB', () => {
    for (const d of first) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('reopens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of first) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 60_000);

  it('writes the files and returns the same labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval19-'));
    try {
      const labels = await generateEval19Corpus(dir);
      expect(labels).toEqual(first.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(first.map((d) => d.file).sort());
      const sample = first[0];
      if (sample) expect((await readFile(join(dir, sample.file))).equals(bytes(sample))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
