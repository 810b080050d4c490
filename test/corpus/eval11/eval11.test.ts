/**
 * Self-check of the eval11 corpus. It does not classify anything: it checks coverage of the codes,
 * unique names, byte-for-byte determinism (one in-memory build against one build written to disk),
 * and that every file opens with its format's library and holds at least 200 characters of text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
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
import { buildEval11Docs, generateEval11Corpus } from './generate-eval11.js';
import type { EvalDoc } from './generate-eval11.js';

const asBuf = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function pdfText(buf: Buffer): string {
  const raw = buf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const dict = raw.slice(Math.max(0, m.index - 300), m.index);
    let body = buf.subarray(start, end);
    if (/\/FlateDecode/.test(dict.slice(dict.lastIndexOf('<<')))) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const s = body.toString('latin1');
    for (const t of s.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
    for (const t of s.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(t[1] ?? '');
    re.lastIndex = end;
  }
  return out.join(' ');
}

async function textOf(file: string, data: Buffer): Promise<string> {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(data);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error('no word/document.xml');
      return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text ?? '')))));
      return parts.join(' ');
    }
    case 'pdf': {
      const doc = await PDFDocument.load(data);
      expect(doc.getPageCount()).toBeGreaterThan(0);
      return pdfText(data);
    }
    case 'json':
      JSON.parse(data.toString('utf8'));
      return data.toString('utf8');
    case 'yaml':
    case 'yml':
      expect(parseYaml(data.toString('utf8'))).toBeTruthy();
      return data.toString('utf8');
    case 'xml':
    case 'nessus': {
      const p = new SaxesParser();
      const parts: string[] = [];
      p.on('text', (t) => parts.push(t));
      p.on('opentag', (t) => parts.push(t.name));
      p.write(data.toString('utf8')).close();
      return parts.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(data.toString('utf8'), { relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.flat().join(' ');
    }
    case 'eml': {
      const s = data.toString('utf8');
      const sep = s.indexOf('\r\n\r\n');
      expect(sep).toBeGreaterThan(0);
      expect(s.slice(0, sep)).toMatch(/^Subject: /m);
      return s.slice(sep + 4);
    }
    case 'md':
    case 'txt':
      return data.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval11 corpus', () => {
  let docs: EvalDoc[] = [];
  let dir = '';

  beforeAll(async () => {
    docs = await buildEval11Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval11-'));
  }, 60000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has 65-80 documents, every code, >=15 UNKNOWN, unique names and notes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = new Map<string, number>();
    for (const d of docs) count.set(d.expected, (count.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('writes the same bytes as the in-memory build (deterministic) and keeps files under 3 MB', async () => {
    const labels = await generateEval11Corpus(dir);
    expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
    expect((await readdir(dir)).length).toBe(docs.length);
    for (const d of docs) {
      const disk = await readFile(join(dir, d.file));
      expect([d.file, disk.equals(asBuf(d.data))]).toEqual([d.file, true]);
      expect(disk.length).toBeLessThan(3 * 1024 * 1024);
    }
  }, 60000);

  it('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await textOf(d.file, asBuf(d.data));
      expect([d.file, text.replace(/\s+/g, ' ').trim().length >= 200]).toEqual([d.file, true]);
    }
  }, 60000);
});
