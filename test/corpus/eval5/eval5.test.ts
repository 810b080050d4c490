// Self-check of the fifth evaluation corpus (it does not run the classifier): every deliverable code is
// covered, the corpus is deterministic, and every file opens back with the library of its format and
// carries extractable text.
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { buildEval5Docs } from './generate-eval5.js';
import type { Eval5Doc } from './kit.js';
import { CODES, readZipEntries } from './kit.js';

function bytes(d: Eval5Doc): Buffer {
  return typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
}

async function pdfText(buf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await PDFDocument.load(buf);
  let text = '';
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const filter = obj.dict.get(PDFName.of('Filter'));
    const raw = Buffer.from(obj.contents);
    const content = filter === PDFName.of('FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) text += `${Buffer.from(m[1] ?? '', 'hex').toString('latin1')}\n`;
  }
  return { pages: doc.getPageCount(), text };
}

async function docxText(buf: Buffer): Promise<string> {
  const entries = await readZipEntries(buf);
  return entries
    .filter((e) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(e.name))
    .map((e) => [...e.data.toString('utf8').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '))
    .join('\n');
}

async function xlsxText(buf: Buffer): Promise<{ sheets: string[]; text: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
  return { sheets: wb.worksheets.map((w) => w.name), text: cells.join(' ') };
}

function xmlWellFormed(text: string): void {
  const p = new SaxesParser();
  p.write(text).close();
}

describe('eval5 corpus', () => {
  let docs: Eval5Doc[] = [];
  beforeAll(async () => {
    docs = await buildEval5Docs();
  });

  it('covers every deliverable code, has enough look-alikes and unique names', () => {
    const codes = new Set(docs.map((d) => d.expected));
    for (const c of CODES) expect([c, codes.has(c)]).toEqual([c, true]);
    expect(docs.filter((d) => d.expected === 'UNKNOWN').length).toBeGreaterThanOrEqual(12);
    expect(docs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(10);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval5Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    const differing = again.filter((d, i) => !bytes(d).equals(bytes(docs[i]!))).map((d) => d.file);
    expect(differing).toEqual([]);
  });

  it('every file opens back with its format library and has text', async () => {
    for (const d of docs) {
      const buf = bytes(d);
      const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
      let text: string;
      if (ext === 'docx') text = await docxText(buf);
      else if (ext === 'xlsx') {
        const x = await xlsxText(buf);
        expect([d.file, x.sheets.length > 0]).toEqual([d.file, true]);
        text = x.text;
      } else if (ext === 'pdf') {
        const p = await pdfText(buf);
        expect([d.file, p.pages >= 1]).toEqual([d.file, true]);
        text = p.text;
      } else if (ext === 'json') {
        expect(typeof JSON.parse(buf.toString('utf8'))).toBe('object');
        text = buf.toString('utf8');
      } else if (ext === 'xml' || ext === 'nessus') {
        xmlWellFormed(buf.toString('utf8'));
        text = buf.toString('utf8');
      } else if (ext === 'yaml' || ext === 'yml') {
        expect(typeof parseYaml(buf.toString('utf8'))).toBe('object');
        text = buf.toString('utf8');
      } else if (ext === 'csv') {
        const rows = parseCsv(buf, { relax_column_count: true, skip_empty_lines: true }) as string[][];
        expect([d.file, rows.length >= 5]).toEqual([d.file, true]);
        text = buf.toString('utf8');
      } else {
        expect([d.file, ['md', 'eml', 'txt'].includes(ext)]).toEqual([d.file, true]);
        text = buf.toString('utf8');
      }
      expect([d.file, text.replace(/\s+/g, ' ').trim().length >= 200]).toEqual([d.file, true]);
    }
  });

  it('keeps key phrases extractable from PDFs and Word documents', async () => {
    const phrase = async (file: string, wanted: string): Promise<boolean> => {
      const d = docs.find((x) => x.file === file);
      if (!d) return false;
      const text = file.endsWith('.pdf') ? (await pdfText(bytes(d))).text : await docxText(bytes(d));
      return text.replace(/\s+/g, ' ').includes(wanted);
    };
    expect(await phrase('scan0031.pdf', 'Authority to Operate')).toBe(true);
    expect(await phrase('package-volume-1.pdf', 'System Security Plan')).toBe(true);
    expect(await phrase('deliverable-7.docx', 'Security Assessment Report')).toBe(true);
    expect(await phrase('NL-2026-Annual-Results.pdf', 'Risk Exposure Table')).toBe(true);
  });
});
