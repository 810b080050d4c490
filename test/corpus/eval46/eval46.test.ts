import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval46Docs, generateEval46Corpus, type Eval46Doc } from './generate-eval46.js';

const strip = (xml: string): string => xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

function pdfText(doc: PDFDocument): string {
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    let body: string;
    try {
      body = Buffer.from(inflateSync(obj.contents)).toString('latin1');
    } catch {
      body = Buffer.from(obj.contents).toString('latin1');
    }
    for (const m of body.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return out.join(' ');
}

async function textOf(d: Eval46Doc): Promise<string> {
  const buf = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
  const ext = extname(d.file).toLowerCase();
  switch (ext) {
    case '.docx': {
      const zip = await JSZip.loadAsync(buf);
      const doc = await zip.file('word/document.xml')?.async('string');
      if (doc === undefined) throw new Error(`${d.file}: no word/document.xml`);
      return strip(doc);
    }
    case '.xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => {
        ws.eachRow((row) => {
          row.eachCell((c) => parts.push(String(c.text)));
        });
      });
      return parts.join(' ');
    }
    case '.pdf': {
      const pdf = await PDFDocument.load(buf, { updateMetadata: false });
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      return pdfText(pdf);
    }
    case '.json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case '.yaml':
      return JSON.stringify(parseYaml(buf.toString('utf8')));
    case '.xml':
    case '.nessus': {
      const xml = buf.toString('utf8');
      const parser = new SaxesParser();
      const texts: string[] = [];
      parser.on('text', (t) => texts.push(t));
      parser.on('error', (e) => {
        throw e;
      });
      parser.write(xml).close();
      return texts.join(' ');
    }
    case '.csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(3);
      return rows.flat().join(' ');
    }
    case '.txt':
    case '.md':
      return buf.toString('utf8');
    default:
      throw new Error(`${d.file}: unexpected extension ${ext}`);
  }
}

describe('eval46 corpus (records-manager archive)', () => {
  let docs: Eval46Doc[];
  beforeAll(async () => {
    docs = await buildEval46Docs();
  });

  it('has 65-80 documents covering every code, with enough UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
      expect(d.note.length).toBeGreaterThan(20);
    }
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('uses unique file names and keeps every file under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(Buffer.byteLength(d.data)).toBeLessThan(3 * 1024 * 1024);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval46Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const a = docs[i];
      if (a === undefined) throw new Error('missing document');
      const x = typeof a.data === 'string' ? Buffer.from(a.data) : a.data;
      const y = typeof d.data === 'string' ? Buffer.from(d.data) : d.data;
      expect({ file: d.file, same: x.equals(y) }).toEqual({ file: d.file, same: true });
    });
  });

  it('writes the files with generateEval46Corpus and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval46-'));
    try {
      const labels = await generateEval46Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      for (const d of docs) {
        const onDisk = await readFile(join(dir, d.file));
        expect(onDisk.equals(typeof d.data === 'string' ? Buffer.from(d.data) : d.data)).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await textOf(d);
      expect({ file: d.file, enough: text.replace(/\s+/g, ' ').trim().length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  });
});
