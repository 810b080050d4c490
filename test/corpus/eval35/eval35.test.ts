import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream, PDFArray, PDFName } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval35Docs, generateEval35Corpus } from './generate-eval35.js';
import type { Eval35Doc } from './generate-eval35.js';

const extOf = (file: string): string => file.slice(file.lastIndexOf('.') + 1).toLowerCase();

async function textOf(doc: Eval35Doc): Promise<string> {
  const buf = Buffer.isBuffer(doc.data) ? doc.data : Buffer.from(doc.data, 'utf8');
  switch (extOf(doc.file)) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error(`${doc.file}: no word/document.xml`);
      return xml.replace(/<[^>]+>/g, ' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text)))));
      return parts.join(' ');
    }
    case 'pdf': {
      const pdf = await PDFDocument.load(buf);
      const parts: string[] = [];
      for (const page of pdf.getPages()) {
        const contents = page.node.Contents();
        const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
        for (const s of streams) {
          if (!(s instanceof PDFRawStream)) continue;
          const filter = s.dict.get(PDFName.of('Filter'));
          const bytes = filter ? decodePDFRawStream(s).decode() : s.contents;
          const ops = Buffer.from(bytes).toString('latin1');
          for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
        }
      }
      return parts.join(' ');
    }
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
      return JSON.stringify(parseYaml(buf.toString('utf8')));
    case 'xml':
    case 'nessus': {
      const parser = new SaxesParser();
      const parts: string[] = [];
      parser.on('text', (t) => parts.push(t));
      parser.on('attribute', (a) => parts.push(a.value));
      parser.write(buf.toString('utf8')).close();
      return parts.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`${doc.file}: no reader for this extension`);
  }
}

describe('eval35 corpus', () => {
  let docs: Eval35Doc[];
  beforeAll(async () => {
    docs = await buildEval35Docs();
  });

  it('has 65–80 documents covering every code, with enough of the main ones and of UNKNOWN', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 1]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('uses unique file names, each under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect([d.file, Buffer.byteLength(d.data) < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval35Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect([d.file, Buffer.from(d.data).equals(Buffer.from(first.data))]).toEqual([d.file, true]);
    });
  });

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  it('writes every file to a directory and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval35-'));
    try {
      const labels = await generateEval35Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      const first = docs[0];
      if (!first) throw new Error('empty corpus');
      expect((await readFile(join(dir, first.file))).equals(Buffer.from(first.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

