/**
 * Self-check of the eval8 corpus. It does not classify anything: it checks coverage, uniqueness, determinism,
 * size, and that every file opens back with its format's library and carries real text.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFStream } from 'pdf-lib';
import YAML from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval8Docs, generateEval8Corpus } from './generate-eval8.js';
import type { CorpusDoc } from './generate-eval8.js';

const ext = (file: string): string => file.slice(file.lastIndexOf('.') + 1).toLowerCase();
const bytes = (d: CorpusDoc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('no word/document.xml');
  const xml = await main.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(buf);
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams: PDFStream[] = [];
    if (contents instanceof PDFArray) {
      for (let i = 0; i < contents.size(); i++) {
        const s = contents.lookup(i);
        if (s instanceof PDFRawStream) streams.push(s);
      }
    } else if (contents) streams.push(contents);
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return out.join(' ');
}

function xmlText(text: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('cdata', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) parts.push(String(v));
  });
  parser.write(text).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function textOf(d: CorpusDoc): Promise<string> {
  const buf = bytes(d);
  switch (ext(d.file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
    case 'yml':
      return JSON.stringify(YAML.parse(buf.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(buf, { bom: true, relax_column_count: true, relax_quotes: false }) as string[][];
      if (rows.length < 2) throw new Error('csv with fewer than two rows');
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${d.file}`);
  }
}

describe('eval8 corpus', () => {
  let docs: CorpusDoc[] = [];
  let again: CorpusDoc[] = [];

  beforeAll(async () => {
    docs = await buildEval8Docs();
    again = await buildEval8Docs();
  }, 120_000);

  it('has 65 to 80 documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
  });

  it('covers every deliverable code, with the main ones at least three times and at least 15 UNKNOWN', () => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(1);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('has unique file names and a note for every document', () => {
    const names = docs.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) {
      expect(d.file).not.toMatch(/[\\/]/);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('is deterministic to the byte', () => {
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const differing = docs.filter((d, i) => {
      const other = again[i];
      return !other || !bytes(d).equals(bytes(other));
    }).map((d) => d.file);
    expect(differing).toEqual([]);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    const failures: string[] = [];
    for (const d of docs) {
      try {
        const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
        if (text.length < 200) failures.push(`${d.file}: only ${text.length} characters`);
      } catch (e) {
        failures.push(`${d.file}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('writes the same files and labels to a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval8-'));
    try {
      const labels = await generateEval8Corpus(dir);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
      for (const d of docs) {
        const onDisk = await readFile(join(dir, d.file));
        expect(onDisk.equals(bytes(d))).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
