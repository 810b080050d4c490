/** Self-check of the eval12 corpus (does NOT classify): coverage, uniqueness, determinism, files open back. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { type EvalDoc, buildEval12Docs, generateEval12Corpus } from './generate-eval12.js';

async function pdfText(buf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(buf, { updateMetadata: false });
  let out = '';
  for (const page of doc.getPages()) {
    const c = page.node.Contents();
    const streams = c instanceof PDFArray ? c.asArray().map((r) => doc.context.lookup(r)) : [c];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      let raw: Buffer;
      try {
        raw = inflateSync(Buffer.from(s.contents));
      } catch {
        raw = Buffer.from(s.contents);
      }
      const ops = raw.toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out += Buffer.from(m[1] ?? '', 'hex').toString('latin1') + ' ';
      for (const m of ops.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out += (m[1] ?? '') + ' ';
    }
  }
  return out;
}

function xmlText(s: string): string {
  const p = new SaxesParser();
  let text = '';
  p.on('text', (t) => (text += t));
  p.on('attribute', (a) => (text += ' ' + a.value));
  p.write(s).close();
  return text;
}

async function textOf(d: EvalDoc): Promise<string> {
  const buf = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
  const ext = d.file.toLowerCase().split('.').pop() ?? '';
  const str = (): string => buf.toString('utf8').replace(/^\ufeff/, '');
  switch (ext) {
    case 'docx': {
      const z = await JSZip.loadAsync(buf);
      const xml = await z.file('word/document.xml')?.async('string');
      if (!xml) throw new Error('no word/document.xml');
      return xml.replace(/<[^>]+>/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      let t = '';
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (t += c.text + ' '))));
      return t;
    }
    case 'pdf':
      return pdfText(buf);
    case 'json': {
      const s = str();
      JSON.parse(s);
      return s;
    }
    case 'yaml':
    case 'yml': {
      const s = str();
      for (const doc of YAML.parseAllDocuments(s)) if (doc.errors.length) throw doc.errors[0];
      return s;
    }
    case 'xml':
    case 'nessus':
      return xmlText(str());
    case 'csv': {
      const rows = parseCsv(str(), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.map((r) => r.join(' ')).join('\n');
    }
    default:
      return str();
  }
}

describe('eval12 corpus', () => {
  let docs: EvalDoc[] = [];
  let dir = '';
  let written: { file: string; expected: DeliverableType; note: string }[] = [];

  beforeAll(async () => {
    docs = await buildEval12Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval12-'));
    written = await generateEval12Corpus(dir);
  }, 60000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has 65-80 documents covering every code, with >= 15 UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(1);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('has unique file names', () => {
    const names = docs.map((d) => d.file);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is deterministic to the byte (in-memory build equals the files written by a second build)', async () => {
    expect(written.map((w) => [w.file, w.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
    for (const d of docs) {
      const onDisk = await readFile(join(dir, d.file));
      const mem = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
      expect([d.file, onDisk.equals(mem)]).toEqual([d.file, true]);
    }
  });

  it('every file is under 3 MB, opens back with its format library and has >= 200 characters of text', async () => {
    for (const d of docs) {
      const size = typeof d.data === 'string' ? Buffer.byteLength(d.data) : d.data.length;
      expect(size).toBeLessThan(3 * 1024 * 1024);
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });
});
