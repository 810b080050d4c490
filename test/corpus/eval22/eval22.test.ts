/**
 * Self-check of the eval22 corpus (it never classifies): coverage of every code, enough hard UNKNOWNs,
 * unique names, byte-for-byte determinism, and every file reopens with its format's library with real text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval22Doc } from './generate-eval22.js';
import { buildEval22Docs, generateEval22Corpus } from './generate-eval22.js';

const ext = (f: string): string => f.slice(f.lastIndexOf('.') + 1).toLowerCase();
const bytes = (d: Eval22Doc['data']): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text ?? ''))));
  });
  return parts.join(' ');
}

/** Text drawn by pdf-lib: hex strings shown with Tj in the (Flate-compressed) page content streams. */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents: PDFObject | undefined = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const ref of refs) {
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const raw = Buffer.from(stream.contents);
      const filter = stream.dict.get(PDFName.of('Filter'));
      const ops = (filter ? inflateSync(raw) : raw).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(a.value));
  parser.write(s).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function textOf(d: Eval22Doc): Promise<string> {
  const buf = bytes(d.data);
  switch (ext(d.file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'yaml':
      return JSON.stringify(parseYaml(buf.toString('utf8')));
    case 'csv':
      return (parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
    case 'eml':
      return buf.toString('utf8');
    default:
      throw new Error(`no reader for ${d.file}`);
  }
}

describe('eval22 corpus', () => {
  let docs: Eval22Doc[];
  beforeAll(async () => {
    docs = await buildEval22Docs();
  }, 60000);

  it('has 65-80 documents covering every code, with enough of the main ones and hard UNKNOWNs', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect({ t, n: count(t) >= 1 }).toEqual({ t, n: true });
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect({ t, n: count(t) >= 3 }).toEqual({ t, n: true });
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('has unique file names, a note for each document and files under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(bytes(d.data).length).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval22Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    for (const [i, d] of again.entries()) {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect({ file: d.file, same: bytes(d.data).equals(bytes(first.data)) }).toEqual({ file: d.file, same: true });
    }
  }, 60000);

  it('reopens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await textOf(d);
      expect({ file: d.file, enough: text.replace(/\s+/g, ' ').trim().length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  }, 60000);

  it('writes the same files and labels to a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval22-'));
    try {
      const labels = await generateEval22Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      const byName = new Map(docs.map((d) => [d.file, d]));
      for (const l of labels) {
        const d = byName.get(l.file);
        expect(d?.expected).toBe(l.expected);
        expect((await readFile(join(dir, l.file))).equals(bytes(d?.data ?? ''))).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60000);
});
