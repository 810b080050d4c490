import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval38Docs, generateEval38Corpus } from './generate-eval38.js';
import type { CorpusDoc } from './generate-eval38.js';

// Self-check of the eval38 corpus only: it never classifies anything.

const bytes = (d: CorpusDoc['data']): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function xmlText(xml: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(a.value));
  parser.write(xml).close();
  return parts.join(' ');
}

function pdfStreamText(obj: PDFObject | undefined, doc: PDFDocument): string {
  if (!obj) return '';
  const resolved = doc.context.lookup(obj);
  if (resolved instanceof PDFArray) return resolved.asArray().map((o) => pdfStreamText(o, doc)).join(' ');
  if (!(resolved instanceof PDFRawStream)) return '';
  const ops = Buffer.from(decodePDFRawStream(resolved).decode()).toString('latin1');
  const out: string[] = [];
  for (const m of ops.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  for (const m of ops.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(m[1] ?? '');
  return out.join(' ');
}

async function textOf(file: string, data: Buffer): Promise<string> {
  switch (extname(file).toLowerCase()) {
    case '.docx': {
      const zip = await JSZip.loadAsync(data);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error(`${file}: no word/document.xml`);
      return xmlText(xml);
    }
    case '.xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text))));
      return parts.join(' ');
    }
    case '.pdf': {
      const doc = await PDFDocument.load(data);
      return doc.getPages().map((p) => pdfStreamText(p.node.Contents(), doc)).join(' ');
    }
    case '.json':
      return JSON.stringify(JSON.parse(data.toString('utf8')));
    case '.yaml':
    case '.yml':
      return JSON.stringify(YAML.parse(data.toString('utf8')));
    case '.xml':
    case '.nessus':
    case '.ckl':
      return xmlText(data.toString('utf8'));
    case '.csv':
      return (parseCsv(data, { relax_column_count: true }) as string[][]).flat().join(' ');
    case '.md':
    case '.txt':
      return data.toString('utf8');
    default:
      throw new Error(`${file}: unexpected extension`);
  }
}

describe('eval38 corpus', () => {
  let docs: CorpusDoc[] = [];
  beforeAll(async () => {
    docs = await buildEval38Docs();
  }, 120_000);

  test('size and coverage of every deliverable code', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: string): number => docs.filter((d) => d.expected === t).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 1]).toEqual([code, true]);
    for (const code of DeliverableType.options.filter((c) => c !== 'UNKNOWN')) expect([code, count(code) >= 2]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, count(code) >= 3]).toEqual([code, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  test('file names are unique and every file is under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect([d.file, bytes(d.data).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  test('every file opens with its format library and holds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d.file, bytes(d.data))).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 120_000);

  test('deterministic to the byte, and the generator writes exactly the labelled files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval38-'));
    try {
      const labels = await generateEval38Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      for (const d of docs) expect([d.file, Buffer.compare(await readFile(join(dir, d.file)), bytes(d.data))]).toEqual([d.file, 0]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
