import { mkdtemp, readdir, rm } from 'node:fs/promises';
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
import { buildEval28Docs, generateEval28Corpus } from './generate-eval28.js';
import type { EvalDoc } from './generate-eval28.js';

const bytes = (d: EvalDoc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);

/** Text drawn by pdf-lib's standard fonts: hex strings shown with Tj inside (possibly deflated) content streams. */
function pdfText(buf: Buffer): string {
  const raw = buf.toString('latin1');
  const parts: string[] = [];
  const streamRe = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const chunk = buf.subarray(start, end);
    let content: string;
    try { content = inflateSync(chunk).toString('latin1'); } catch { content = chunk.toString('latin1'); }
    for (const t of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

async function textOf(d: EvalDoc): Promise<string> {
  const buf = bytes(d);
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error(`${d.file}: no word/document.xml`);
      return xml.replace(/<[^>]+>/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { out.push(c.text); })));
      return out.join(' ');
    }
    case 'pdf': {
      const pdf = await PDFDocument.load(buf);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      return pdfText(buf);
    }
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
      return JSON.stringify(parseYaml(buf.toString('utf8')));
    case 'xml':
    case 'nessus': {
      const parser = new SaxesParser();
      const out: string[] = [];
      parser.on('text', (t) => out.push(t));
      parser.on('attribute', (a) => out.push(a.value));
      parser.write(buf.toString('utf8')).close();
      return out.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`${d.file}: unexpected extension ${ext}`);
  }
}

describe('eval28 corpus', () => {
  let docs: EvalDoc[] = [];
  beforeAll(async () => {
    docs = await buildEval28Docs();
  }, 60_000);

  it('has 65-80 documents, every code, the minimum counts and >=15 UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    }
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('has unique file names and a note for every document', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('is deterministic to the byte and keeps each file under 3 MB', async () => {
    const again = await buildEval28Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect([d.file, bytes(d).equals(bytes(first))]).toEqual([d.file, true]);
      expect(bytes(d).length).toBeLessThan(3 * 1024 * 1024);
    });
  }, 60_000);

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 60_000);

  it('writes every file into a directory and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval28-'));
    try {
      const labels = await generateEval28Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      expect(labels.map((l) => l.expected)).toEqual(docs.map((d) => d.expected));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
