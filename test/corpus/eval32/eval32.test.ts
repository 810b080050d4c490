/**
 * Self-check of the eval32 corpus (it does not classify): label coverage, unique names, byte-level
 * determinism, size limits, and that every file opens with its format's library and carries text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval32Docs, generateEval32Corpus, type Eval32Doc } from './generate-eval32.js';

/** Text of a PDF: strings shown in every content/XObject stream plus form field values. */
async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
  const parts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      const type = obj.dict.get(PDFName.of('Type'));
      if (type === PDFName.of('Metadata')) continue;
      const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
      for (const m of content.matchAll(/\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]+)>/g)) {
        parts.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : Buffer.from(m[2]!.replace(/\s/g, ''), 'hex').toString('latin1'));
      }
      parts.push(' ');
    } else if (obj instanceof PDFDict) {
      const v = obj.get(PDFName.of('V'));
      if (v instanceof PDFString || v instanceof PDFHexString) parts.push(` ${v.decodeText()} `);
    }
  }
  return { text: parts.join(''), pages: doc.getPageCount() };
}

function xmlText(xml: string): string {
  const parser = new SaxesParser();
  const parts: string[] = [];
  parser.on('text', (t) => parts.push(t));
  parser.on('attribute', (a) => parts.push(` ${a.value} `));
  parser.write(xml).close();
  return parts.join(' ');
}

function jsonStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) jsonStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonStrings(x, out);
  return out;
}

async function textOf(doc: Eval32Doc): Promise<string> {
  const ext = doc.file.slice(doc.file.lastIndexOf('.') + 1).toLowerCase();
  const buf = Buffer.isBuffer(doc.data) ? doc.data : Buffer.from(doc.data, 'utf8');
  switch (ext) {
    case 'pdf': {
      const { text, pages } = await pdfText(buf);
      expect(pages).toBeGreaterThan(0);
      return text;
    }
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text)))));
      return parts.join(' ');
    }
    case 'json':
      return jsonStrings(JSON.parse(buf.toString('utf8'))).join(' ');
    case 'yaml':
      return jsonStrings(parseYaml(buf.toString('utf8'))).join(' ');
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'csv':
      return (parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][]).flat().join(' ');
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`no reader for ${doc.file}`);
  }
}

describe('eval32 corpus', () => {
  let docs: Eval32Doc[];
  beforeAll(async () => {
    docs = await buildEval32Docs();
  });

  test('has 65-80 documents covering every code, with the required counts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= 1]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
    for (const d of docs) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  test('file names are unique and files are under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
    for (const d of docs) expect([d.file, Buffer.byteLength(d.data) < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  test('generation is deterministic to the byte', async () => {
    const again = await buildEval32Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const a = Buffer.from(docs[i]!.data);
      const b = Buffer.from(d.data);
      expect([d.file, a.equals(b)]).toEqual([d.file, true]);
    });
  });

  test('every file opens with its format library and has at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  });

  test('generateEval32Corpus writes every file and returns the same labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval32-'));
    try {
      const labels = await generateEval32Corpus(dir);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      const first = docs[0]!;
      expect((await readFile(join(dir, first.file))).equals(Buffer.from(first.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the signed ATO letter keeps its signature revision and a later update', () => {
    const ato = docs.find((d) => d.file === 'ATO_signed.pdf')!;
    const text = Buffer.from(ato.data).toString('latin1');
    expect(text.match(/%%EOF/g)).toHaveLength(3);
    const range = /\/ByteRange \[0 (\d+) (\d+) (\d+)\]/.exec(text)!;
    const [a, b, c] = [Number(range[1]), Number(range[2]), Number(range[3])];
    expect(text[a]).toBe('<');
    expect(text[b - 1]).toBe('>');
    const signedEnd = b + c;
    expect(text.slice(signedEnd - 6, signedEnd)).toBe('%%EOF\n');
    expect(signedEnd).toBeLessThan(text.length);
  });
});
