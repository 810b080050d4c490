import { inflateSync } from 'node:zlib';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import YAML from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval24Docs, generateEval24Corpus } from './generate-eval24.js';
import type { Eval24Doc } from './generate-eval24.js';

const ext = (f: string): string => f.slice(f.lastIndexOf('.') + 1).toLowerCase();

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml.replace(/<[^>]+>/g, ' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { parts.push(String(c.text)); })));
  return parts.join(' ');
}

/** Text drawn by the standard fonts: hex strings shown with Tj. */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  const parts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents ? pdf.context.lookup(contents) : undefined;
    const refs = resolved instanceof PDFArray ? resolved.asArray() : contents ? [contents] : [];
    for (const ref of refs) {
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const raw = Buffer.from(stream.contents);
      const data = filter ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
      for (const m of data.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
      for (const m of data.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) parts.push(m[1] ?? '');
    }
  }
  return parts.join(' ');
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(a.value));
  parser.write(s).close();
  return parts.join(' ');
}

async function textOf(d: Eval24Doc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const str = (): string => buf.toString('utf8');
  switch (ext(d.file)) {
    case 'docx': return docxText(buf);
    case 'xlsx': return xlsxText(buf);
    case 'pdf': return pdfText(buf);
    case 'json': return JSON.stringify(JSON.parse(str()));
    case 'yaml': return JSON.stringify(YAML.parse(str()));
    case 'xml': case 'nessus': return xmlText(str());
    case 'csv': {
      const rows = parseCsv(str(), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md': case 'txt': return str();
    default: throw new Error(`unexpected extension of ${d.file}`);
  }
}

let docs: Eval24Doc[] = [];
beforeAll(async () => { docs = await buildEval24Docs(); }, 60000);

describe('eval24 corpus', () => {
  it('has 65-80 documents and every deliverable code, with the required counts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 2]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) {
      expect([t, new Set(docs.filter((d) => d.expected === t).map((d) => ext(d.file))).size >= 2]).toEqual([t, true]);
    }
  });

  it('uses unique file names and a note for each document', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, Buffer.byteLength(d.data) < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval24Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect([d.file, Buffer.compare(Buffer.from(d.data), Buffer.from(first.data))]).toEqual([d.file, 0]);
    });
  }, 60000);

  it('opens every file with its format\'s library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 60000);

  it('writes the files and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval24-'));
    try {
      const labels = await generateEval24Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      expect(labels.map((l) => l.expected)).toEqual(docs.map((d) => d.expected));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60000);
});
