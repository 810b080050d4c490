/** Re-opens an eval18 document with its format's own library and returns its text (used by the self-check). */
import { inflateSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import type { EvalDoc } from '../docs/types.js';

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const doc = zip.file('word/document.xml');
  if (!zip.file('[Content_Types].xml') || !doc) throw new Error('not a WordprocessingML package');
  const xml = await doc.async('string');
  return Array.from(xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1] ?? '').join(' ');
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

function streamBytes(doc: PDFDocument, obj: PDFObject | undefined): Uint8Array[] {
  const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (o instanceof PDFArray) return o.asArray().flatMap((x) => streamBytes(doc, x));
  if (o instanceof PDFRawStream) {
    const filter = o.dict.get(PDFName.of('Filter'));
    return [filter === PDFName.of('FlateDecode') ? inflateSync(o.contents) : o.contents];
  }
  return [];
}

async function pdfText(data: Buffer): Promise<string> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  if (doc.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const page of doc.getPages()) {
    for (const bytes of streamBytes(doc, page.node.get(PDFName.of('Contents')))) {
      const ops = Buffer.from(bytes).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return parts.join(' ');
}

function xmlText(text: string): string {
  const parts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => parts.push(...Object.values(tag.attributes).map(String)));
  parser.write(text).close();
  return parts.join(' ').replace(/\s+/g, ' ');
}

function jsonStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => jsonStrings(x, out));
}

/** Opens a document with its format's library and returns its text. */
export async function openText(d: EvalDoc): Promise<string> {
  const buf = Buffer.isBuffer(d.data) ? d.data : Buffer.from(d.data, 'utf8');
  const ext = d.file.slice(d.file.lastIndexOf('.') + 1).toLowerCase();
  const text = buf.toString('utf8').replace(/^\ufeff/, '');
  switch (ext) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json': {
      const out: string[] = [];
      jsonStrings(JSON.parse(text), out);
      return out.join(' ');
    }
    case 'yaml': {
      const out: string[] = [];
      jsonStrings(YAML.parse(text), out);
      return out.join(' ');
    }
    case 'xml':
    case 'nessus':
      return xmlText(text);
    case 'csv': {
      const rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return text;
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

