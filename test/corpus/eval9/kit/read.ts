import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';

function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  if (!parts.includes('word/document.xml')) throw new Error('no word/document.xml');
  let text = '';
  for (const p of parts) text += xmlText(await zip.file(p)!.async('string'));
  return text;
}

async function xlsxText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => out.push(c.text)));
  });
  return out.join(' ');
}

function hexToLatin1(hex: string): string {
  let s = '';
  for (let i = 0; i + 1 < hex.length; i += 2) s += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return s;
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(data, { updateMetadata: false });
  let text = '';
  for (const page of pdf.getPages()) {
    const contents: PDFObject | undefined = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) text += `${hexToLatin1(m[1] ?? '')}\n`;
    }
  }
  return text;
}

function xmlCheckedText(xml: string): string {
  const parser = new SaxesParser();
  let text = '';
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('attribute', (a) => {
    text += ` ${a.value}`;
  });
  parser.write(xml).close();
  return text;
}

/** Opens a corpus file with its format's library and returns its text (throws when it does not open). */
export async function openAndExtract(file: string, data: Buffer): Promise<string> {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx':
      return docxText(data);
    case 'xlsx':
      return xlsxText(data);
    case 'pdf':
      return pdfText(data);
    case 'json':
      return JSON.stringify(JSON.parse(data.toString('utf8')));
    case 'yaml':
    case 'yml':
      return JSON.stringify(parseYaml(data.toString('utf8')));
    case 'xml':
    case 'nessus':
      return xmlCheckedText(data.toString('utf8'));
    case 'csv': {
      const rows = parseCsv(data.toString('utf8'), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
      return rows.map((r) => r.join(' ')).join('\n');
    }
    case 'md':
    case 'txt':
    case 'eml':
      return data.toString('utf8');
    default:
      throw new Error(`no reader for .${ext}`);
  }
}
