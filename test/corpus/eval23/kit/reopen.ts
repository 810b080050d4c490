/** Self-check helpers: reopen each document with its format's own library and return its text. */
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import type { EvalDoc } from '../types.js';

export const asBuffer = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => { parts.push(c.text); }));
  });
  return parts.join(' ');
}

function streamBytes(obj: PDFObject | undefined, doc: PDFDocument): Buffer[] {
  if (obj === undefined) return [];
  const resolved = doc.context.lookup(obj);
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((o) => streamBytes(o, doc));
  if (resolved instanceof PDFRawStream) {
    const raw = Buffer.from(resolved.contents);
    return [resolved.dict.toString().includes('FlateDecode') ? inflateSync(raw) : raw];
  }
  return [];
}

/** The text drawn on every page: pdf-lib writes standard-font text as hex strings before Tj. */
async function pdfText(buf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(buf);
  const out: string[] = [];
  for (const page of doc.getPages()) {
    for (const s of streamBytes(page.node.get(PDFName.of('Contents')), doc)) {
      for (const m of s.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return out.join(' ');
}

/** Opens a document with its format's library and returns its text. */
export async function reopen(d: EvalDoc): Promise<string> {
  const buf = asBuffer(d.data);
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': return docxText(buf);
    case 'xlsx': return xlsxText(buf);
    case 'pdf': return pdfText(buf);
    case 'json': return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml': return JSON.stringify(YAML.parse(buf.toString('utf8')));
    case 'xml': case 'nessus': {
      const parser = new SaxesParser();
      const texts: string[] = [];
      let failure: Error | undefined;
      parser.on('text', (t) => texts.push(t));
      parser.on('error', (e) => { failure ??= e; });
      parser.write(buf.toString('utf8')).close();
      if (failure) throw failure;
      return texts.join(' ');
    }
    case 'csv': {
      const lines = buf.toString('utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');
      const rows = parseCsv(lines, { relax_column_count: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md': case 'txt': case 'eml': return buf.toString('utf8');
    default: throw new Error(`unexpected extension ${ext}`);
  }
}
