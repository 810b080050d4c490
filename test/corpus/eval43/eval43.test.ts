import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval43Doc } from './generate-eval43.js';
import { buildEval43Docs, generateEval43Corpus } from './generate-eval43.js';

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf);
  let out = '';
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out += Buffer.from(m[1] ?? '', 'hex').toString('latin1') + ' ';
    }
  }
  return out;
}

function xmlText(s: string): string {
  const parser = new SaxesParser();
  let text = '';
  parser.on('text', (t) => { text += t; });
  parser.on('attribute', (a) => { text += ` ${a.value}`; });
  parser.write(s).close();
  return text;
}

/** Opens a file with its format's library and returns its text. */
async function reopen(d: Eval43Doc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const str = buf.toString('utf8');
  switch (extname(d.file).toLowerCase()) {
    case '.docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error('no word/document.xml');
      return xmlText(xml);
    }
    case '.xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      let t = '';
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { t += `${c.text} `; })));
      return t;
    }
    case '.pdf': return pdfText(buf);
    case '.json': return JSON.stringify(JSON.parse(str));
    case '.yaml': return JSON.stringify(parseYaml(str));
    case '.xml': case '.nessus': return xmlText(str);
    case '.csv': return (parseCsv(str, { relax_column_count: false }) as string[][]).flat().join(' ');
    case '.md': case '.txt': return str;
    default: throw new Error(`unexpected extension ${d.file}`);
  }
}

describe('eval43 corpus', () => {
  let docs: Eval43Doc[];
  beforeAll(async () => { docs = await buildEval43Docs(); });

  it('covers every code, with enough UNKNOWN look-alikes and core deliverables', () => {
    const count = (t: string): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 1]).toEqual([t, true]);
    for (const t of DeliverableType.options.filter((x) => x !== 'UNKNOWN')) expect([t, count(t) >= 2]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
  });

  it('has unique file names, a note per file, and files under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.note.length).toBeGreaterThan(20);
      expect(Buffer.byteLength(d.data)).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval43Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const a = Buffer.from(docs[i]?.data ?? '');
      expect([d.file, Buffer.from(d.data).equals(a)]).toEqual([d.file, true]);
    });
  });

  it('opens every file back with its format library, with at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  it('writes every file to a directory and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval43-'));
    try {
      const labels = await generateEval43Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const first = labels[0];
      if (!first) throw new Error('empty corpus');
      expect(Buffer.compare(await readFile(join(dir, first.file)), Buffer.from(docs[0]?.data ?? ''))).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
