import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval26Doc } from './generate-eval26.js';
import { buildEval26Docs, generateEval26Corpus } from './generate-eval26.js';

const bytes = (d: Eval26Doc): Buffer => (typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function xmlText(s: string): string {
  const parser = new SaxesParser();
  let out = '';
  parser.on('text', (t) => (out += t));
  parser.on('attribute', (a) => (out += ` ${a.value} `));
  parser.write(s).close();
  return out;
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  let out = '';
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const raw = Buffer.from(s.contents);
      const decoded = s.dict.get(PDFName.of('Filter')) ? inflateSync(raw) : raw;
      for (const m of decoded.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out += Buffer.from(m[1] ?? '', 'hex').toString('latin1') + ' ';
    }
  }
  return out;
}

/** Opens a document with its format's library and returns its text. */
async function reopen(d: Eval26Doc): Promise<string> {
  const b = bytes(d);
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(b);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (!xml) throw new Error(`${d.file}: no word/document.xml`);
      return xmlText(xml);
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(c.text))));
      return parts.join(' ');
    }
    case 'pdf':
      return pdfText(b);
    case 'json':
      JSON.parse(b.toString('utf8'));
      return b.toString('utf8');
    case 'yaml':
      YAML.parse(b.toString('utf8'));
      return b.toString('utf8');
    case 'xml':
    case 'nessus':
      return xmlText(b.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(b.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return b.toString('utf8');
    default:
      throw new Error(`${d.file}: unexpected extension ${ext}`);
  }
}

describe('eval26 corpus (SRE-authored CSP documents)', () => {
  let docs: Eval26Doc[];
  beforeAll(async () => {
    docs = await buildEval26Docs();
  });

  test('has 65-80 documents, every code, the minimum counts and at least 15 UNKNOWN', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: string) => docs.filter((d) => d.expected === t).length;
    for (const code of DeliverableType.options) expect([code, count(code) >= 1]).toEqual([code, true]);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect([code, count(code) >= 3]).toEqual([code, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  test('file names are unique (case-insensitively) and every file is under 3 MB', () => {
    const names = docs.map((d) => d.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const d of docs) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  test('is deterministic to the byte', async () => {
    const again = await buildEval26Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect([d.file, sha(bytes(d))]).toEqual([first.file, sha(bytes(first))]);
    });
  });

  test('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  test('generateEval26Corpus writes every file and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval26-'));
    try {
      const labels = await generateEval26Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      for (const l of labels) {
        const d = docs.find((x) => x.file === l.file);
        expect(d?.expected).toBe(l.expected);
        expect((await stat(join(dir, l.file))).size).toBe(d ? bytes(d).length : -1);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
