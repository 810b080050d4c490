/**
 * Self-check of the eval20 corpus. It never classifies: it checks the labels' coverage, unique names,
 * byte-for-byte determinism, sizes, and that every file reopens with its format's library and holds
 * at least 200 characters of text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval20Docs, generateEval20Corpus, type Eval20Doc } from './generate-eval20.js';

const bytes = (d: Eval20Doc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const xmlUnescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('no word/document.xml');
  const parts = [await main.async('string')];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) parts.push(await zip.file(name)!.async('string'));
  return parts.map((x) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlUnescape(m[1] ?? '')).join(' ')).join('\n');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => out.push(c.text)));
  });
  return out.join(' ');
}

/** The strings shown by Tj/TJ in the content streams (pdf-lib writes them as hex strings). */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  const out: string[] = [pdf.getTitle() ?? ''];
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs: PDFObject[] = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const ref of refs) {
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const raw = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const m of raw.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
      for (const m of raw.matchAll(/\(((?:[^()\\]|\\.)*)\)\s*Tj/g)) out.push(m[1] ?? '');
    }
  }
  return out.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  const out: string[] = [];
  let root = '';
  parser.on('opentag', (t) => {
    if (!root) root = t.name;
  });
  parser.on('text', (t) => out.push(t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(s).close();
  return `${root} ${out.join(' ')}`;
}

function utf8(buf: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(buf);
}

/** Opens a file with its format's library and returns its text. */
async function reopen(file: string, buf: Buffer): Promise<string> {
  switch (extname(file).toLowerCase()) {
    case '.docx':
      return docxText(buf);
    case '.xlsx':
      return xlsxText(buf);
    case '.pdf':
      return pdfText(buf);
    case '.json':
      return JSON.stringify(JSON.parse(utf8(buf)));
    case '.yaml':
      return JSON.stringify(parseYaml(utf8(buf)));
    case '.xml':
    case '.nessus':
      return xmlText(utf8(buf));
    case '.csv':
      return (parseCsv(utf8(buf), { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case '.md': {
      const text = utf8(buf);
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (fm) parseYaml(fm[1] ?? '');
      return text;
    }
    case '.txt':
    case '.eml':
      return utf8(buf);
    default:
      throw new Error(`no reader for ${file}`);
  }
}

let docs: Eval20Doc[] = [];
let again: Eval20Doc[] = [];

beforeAll(async () => {
  docs = await buildEval20Docs();
  again = await buildEval20Docs();
}, 180_000);

describe('eval20 corpus', () => {
  test('size and label coverage', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: string): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= (t === 'UNKNOWN' ? 15 : 2)]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([t, count(t) >= 3]).toEqual([t, true]);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  test('the core codes come in more than one format', () => {
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) {
      const exts = new Set(docs.filter((d) => d.expected === t).map((d) => extname(d.file).toLowerCase()));
      expect([t, exts.size >= 2]).toEqual([t, true]);
    }
    const all = new Set(docs.map((d) => extname(d.file).toLowerCase()));
    for (const e of ['.docx', '.xlsx', '.pdf', '.json', '.xml', '.yaml', '.csv', '.nessus', '.md', '.txt']) expect([e, all.has(e)]).toEqual([e, true]);
  });

  test('file names are unique (also ignoring case)', () => {
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect(d.file).not.toMatch(/[/\\]/);
  });

  test('deterministic to the byte', () => {
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const differ = docs.filter((d, i) => sha(bytes(d)) !== sha(bytes(again[i]!))).map((d) => d.file);
    expect(differ).toEqual([]);
  });

  test('every file is under 3 MB, reopens with its library and has at least 200 characters of text', async () => {
    const short: string[] = [];
    for (const d of docs) {
      const buf = bytes(d);
      expect(buf.length).toBeLessThan(3 * 1024 * 1024);
      let text: string;
      try {
        text = await reopen(d.file, buf);
      } catch (e) {
        throw new Error(`${d.file} does not reopen: ${(e as Error).message}`, { cause: e });
      }
      if (text.replace(/\s+/g, ' ').trim().length < 200) short.push(d.file);
    }
    expect(short).toEqual([]);
  }, 120_000);

  test('Office files carry fixed zip dates and PDFs a fixed creation date', async () => {
    for (const d of docs.filter((x) => /\.(docx|xlsx)$/.test(x.file))) {
      const zip = await JSZip.loadAsync(bytes(d));
      const years = new Set(Object.values(zip.files).map((f) => f.date.getUTCFullYear()));
      expect([d.file, [...years].every((y) => y >= 2025 && y <= 2026)]).toEqual([d.file, true]);
      const first = Object.keys(zip.files)[0];
      expect([d.file, first]).toEqual([d.file, '[Content_Types].xml']);
    }
    for (const d of docs.filter((x) => x.file.endsWith('.pdf'))) {
      const pdf = await PDFDocument.load(bytes(d), { updateMetadata: false });
      expect(pdf.getCreationDate()?.getUTCFullYear()).toBeLessThanOrEqual(2026);
    }
  });

  test('generateEval20Corpus writes exactly the labelled files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval20-'));
    try {
      const labels = await generateEval20Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      const first = labels[0]!;
      expect(sha(await readFile(join(dir, first.file)))).toBe(sha(bytes(docs[0]!)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

