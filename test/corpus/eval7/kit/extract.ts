import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';

/**
 * Opens a corpus file with its format's library and returns its text, so the self-check can prove that each file
 * is well-formed and has content. This is a test helper, not a classifier: it only reads text back.
 */
export type Format = 'docx' | 'xlsx' | 'pdf' | 'json' | 'yaml' | 'xml' | 'csv' | 'text';

export function formatOf(file: string): Format {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx':
      return 'docx';
    case 'xlsx':
      return 'xlsx';
    case 'pdf':
      return 'pdf';
    case 'json':
      return 'json';
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'xml':
    case 'nessus':
      return 'xml';
    case 'csv':
      return 'csv';
    case 'md':
    case 'txt':
    case 'eml':
      return 'text';
    default:
      throw new Error(`no format for ${file}`);
  }
}

function xmlText(xml: string): string {
  const parts: string[] = [];
  const p = new SaxesParser();
  p.on('text', (t) => parts.push(t));
  p.on('cdata', (t) => parts.push(t));
  p.on('opentag', (tag) => {
    for (const v of Object.values(tag.attributes)) if (typeof v === 'string') parts.push(v);
  });
  p.write(xml).close();
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function strings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('word/document.xml missing');
  const parts = [await main.async('string')];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) {
    const f = zip.file(name);
    if (f) parts.push(await f.async('string'));
  }
  return parts
    .map((xml) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '))
    .join(' ');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join(' ');
}

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  if (pdf.getPageCount() < 1) throw new Error('no pages');
  const parts: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  }
  return parts.join(' ');
}

export async function extractText(file: string, data: Buffer | string): Promise<string> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  switch (formatOf(file)) {
    case 'docx':
      return docxText(buf);
    case 'xlsx':
      return xlsxText(buf);
    case 'pdf':
      return pdfText(buf);
    case 'json': {
      const out: string[] = [];
      strings(JSON.parse(buf.toString('utf8')), out);
      return out.join(' ');
    }
    case 'yaml': {
      const out: string[] = [];
      strings(parseYaml(buf.toString('utf8')), out);
      return out.join(' ');
    }
    case 'xml':
      return xmlText(buf.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      return rows.flat().join(' ');
    }
    case 'text':
      return buf.toString('utf8');
  }
}
