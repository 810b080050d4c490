/** Self-check of the eval27 corpus: coverage, uniqueness, determinism, and that every file reopens with its format's library. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval27Docs, generateEval27Corpus } from './generate-eval27.js';
import type { Eval27Doc } from './generate-eval27.js';

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

/** Text drawn by pdf-lib: hex strings shown with Tj inside the (Flate) content streams. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const parts: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1] ?? '', 'hex').toString('latin1'));
    re.lastIndex = end;
  }
  return parts.join(' ');
}

async function textOf(d: Eval27Doc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error('no word/document.xml');
      return xml.replace(/<[^>]+>/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(c.text))));
      return out.join(' ');
    }
    case 'pdf': {
      const pdf = await PDFDocument.load(buf);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      return pdfText(buf);
    }
    case 'json':
      return strings(JSON.parse(buf.toString('utf8'))).join(' ');
    case 'yaml':
      return strings(parseYaml(buf.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus': {
      const out: string[] = [];
      const p = new SaxesParser();
      p.on('text', (t) => out.push(t));
      p.on('error', (e) => {
        throw e;
      });
      p.write(buf.toString('utf8')).close();
      return out.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { delimiter: [',', ';'], relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(2);
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval27 corpus', () => {
  let docs: Eval27Doc[];
  beforeAll(async () => {
    docs = await buildEval27Docs();
  });

  it('has 65-80 documents, covers every code and has at least 15 UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = new Map<string, number>();
    for (const d of docs) count.set(d.expected, (count.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect((count.get(code) ?? 0) >= 2 ? code : `${code} missing`).toBe(code);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(count.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('uses unique file names and writes a note for every document', () => {
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(30);
  });

  it('is deterministic to the byte and keeps every file under 3 MB', async () => {
    const again = await buildEval27Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    for (const [i, d] of docs.entries()) {
      const a = Buffer.from(d.data);
      const b = Buffer.from(again[i]?.data ?? '');
      expect([d.file, a.equals(b)]).toEqual([d.file, true]);
      expect(a.length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  it('writes the files to a directory and returns their labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval27-'));
    try {
      const labels = await generateEval27Corpus(dir);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
      const first = labels[0];
      if (!first) throw new Error('empty corpus');
      expect((await readFile(join(dir, first.file))).equals(Buffer.from(docs[0]?.data ?? ''))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
