/**
 * eval14's own small document builders (docx, xlsx, pdf, zip normalisation, seeded prose).
 * Every builder is deterministic: fixed dates in document metadata and zip entries, seeded randomness.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';

export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  const v = items[Math.floor(r() * items.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

/** Picks `n` distinct sentences from a bank and joins them into a paragraph. */
export function para(r: () => number, bank: readonly string[], n: number): string {
  const pool = [...bank];
  const out: string[] = [];
  for (let i = 0; i < n && pool.length > 0; i++) {
    const idx = Math.floor(r() * pool.length);
    out.push(pool.splice(idx, 1)[0] as string);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------- zip normalisation

/** Re-zips an Office file with fixed entry dates; `edit` may rewrite text parts (e.g. docProps/core.xml). */
export async function normalizeZip(buf: Buffer | Uint8Array, edit?: (name: string, text: string) => string): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    if (edit && /\.(xml|rels)$/.test(name)) {
      const text = await entry.async('string');
      out.file(name, edit(name, text), { date: FIXED_DATE, createFolders: false });
    } else {
      out.file(name, await entry.async('nodebuffer'), { date: FIXED_DATE, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

const ISO = '2025-03-14T09:30:00Z';

function fixCore(name: string, text: string, meta: CoreMeta): string {
  if (name !== 'docProps/core.xml') return text;
  let t = text
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${meta.created ?? ISO}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${meta.modified ?? ISO}$2`);
  if (meta.dropTitle) t = t.replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, '');
  return t;
}

export interface CoreMeta {
  created?: string;
  modified?: string;
  /** Remove dc:title entirely (metadata missing). */
  dropTitle?: boolean;
}

// ---------------------------------------------------------------- docx

export type Block =
  | { h: 1 | 2 | 3; text: string }
  | { bh: string } // a heading typed as a bold paragraph, no style
  | { p: string; bold?: boolean; size?: number; center?: boolean; italic?: boolean }
  | { table: string[][]; head?: boolean; widths?: number[] }
  | { bullets: string[] }
  | { numbered: string[] }
  | { pageBreak: true };

export interface DocxSpec {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  header?: string;
  footer?: string;
  blocks: Block[];
  core?: CoreMeta;
  font?: string;
}

function cellPara(text: string, bold: boolean): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }));
}

function docxTable(rows: string[][], head: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: head && i === 0,
          children: row.map(
            (c) =>
              new TableCell({
                children: cellPara(c, head && i === 0),
                ...(head && i === 0 ? { shading: { fill: 'D9D9D9' } } : {}),
              }),
          ),
        }),
    ),
  });
}

export async function docx(spec: DocxSpec): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of spec.blocks) {
    if ('h' in b) {
      const level = b.h === 1 ? HeadingLevel.HEADING_1 : b.h === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      children.push(new Paragraph({ text: b.text, heading: level }));
    } else if ('bh' in b) {
      children.push(new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: b.bh, bold: true, size: 24 })] }));
    } else if ('p' in b) {
      children.push(
        new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: b.p, bold: b.bold ?? false, italics: b.italic ?? false, ...(b.size ? { size: b.size } : {}) })],
        }),
      );
    } else if ('table' in b) {
      children.push(docxTable(b.table, b.head ?? true));
      children.push(new Paragraph({ text: '' }));
    } else if ('bullets' in b) {
      for (const item of b.bullets) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
    } else if ('numbered' in b) {
      b.numbered.forEach((item, i) => children.push(new Paragraph({ text: `${i + 1}. ${item}` })));
    } else {
      children.push(new Paragraph({ children: [new PageBreak()] }));
    }
  }
  const doc = new Document({
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    ...(spec.subject !== undefined ? { subject: spec.subject } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    ...(spec.keywords !== undefined ? { keywords: spec.keywords } : {}),
    creator: spec.creator ?? 'Microsoft Office User',
    lastModifiedBy: spec.lastModifiedBy ?? spec.creator ?? 'Microsoft Office User',
    revision: 7,
    styles: { default: { document: { run: { font: spec.font ?? 'Calibri', size: 21 } } } },
    sections: [
      {
        ...(spec.header
          ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } }
          : {}),
        ...(spec.footer
          ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } }
          : {}),
        children,
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  const core: CoreMeta = spec.core ?? {};
  return normalizeZip(raw, (name, text) => fixCore(name, text, core));
}

// ---------------------------------------------------------------- xlsx

export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  /** 1-based row numbers to make bold. */
  boldRows?: number[];
  widths?: number[];
  merges?: string[];
  freeze?: number;
  state?: 'visible' | 'hidden';
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  core?: CoreMeta;
}

export async function xlsx(spec: XlsxSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator ?? 'Microsoft Office User';
  wb.lastModifiedBy = spec.lastModifiedBy ?? wb.creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (spec.title !== undefined) wb.title = spec.title;
  if (spec.subject !== undefined) wb.subject = spec.subject;
  for (const s of spec.sheets) addSheet(wb, s);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const core: CoreMeta = spec.core ?? {};
  return normalizeZip(raw, (name, text) => fixCore(name, text, core));
}

export function addSheet(wb: ExcelJS.Workbook, s: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
  s.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((v, j) => {
      if (v !== null) r.getCell(j + 1).value = v;
    });
    if (s.boldRows?.includes(i + 1)) r.font = { bold: true };
  });
  s.widths?.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const m of s.merges ?? []) ws.mergeCells(m);
  if (s.freeze) ws.views = [{ state: 'frozen', ySplit: s.freeze }];
  return ws;
}

/** Loads an xlsx template, lets `fill` edit it, writes it back with fixed dates. */
export async function fillWorkbook(template: Buffer, fill: (wb: ExcelJS.Workbook) => void, core: CoreMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  fill(wb);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeZip(raw, (name, text) => fixCore(name, text, core));
}

// ---------------------------------------------------------------- pdf

export type PdfLine =
  | { t: string; size?: number; bold?: boolean; center?: boolean; gap?: number; mono?: boolean }
  | { rule: true }
  | { newPage: true }
  | { row: string[]; widths: number[]; bold?: boolean };

export interface PdfSpec {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
  header?: string;
  footer?: string;
  lines: PdfLine[];
  objectStreams?: boolean;
  serif?: boolean;
}

/** Keeps text WinAnsi-safe for the standard fonts. */
function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = ascii(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && cur) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

export async function pdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  if (spec.title !== undefined) doc.setTitle(spec.title);
  if (spec.author !== undefined) doc.setAuthor(spec.author);
  if (spec.subject !== undefined) doc.setSubject(spec.subject);
  if (spec.creator !== undefined) doc.setCreator(spec.creator);
  if (spec.producer !== undefined) doc.setProducer(spec.producer);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const regular = await doc.embedFont(spec.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(spec.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const W = 612;
  const H = 792;
  const M = 64;
  let page = doc.addPage([W, H]);
  let y = H - M;
  let pageNo = 1;
  const decorate = (): void => {
    if (spec.header) page.drawText(ascii(spec.header), { x: M, y: H - 36, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
    if (spec.footer) page.drawText(ascii(`${spec.footer}    Page ${pageNo}`), { x: M, y: 30, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  };
  decorate();
  const newPage = (): void => {
    page = doc.addPage([W, H]);
    pageNo += 1;
    y = H - M;
    decorate();
  };
  for (const l of spec.lines) {
    if ('newPage' in l) {
      newPage();
      continue;
    }
    if ('rule' in l) {
      page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 0.7, color: rgb(0.4, 0.4, 0.4) });
      y -= 10;
      continue;
    }
    if ('row' in l) {
      const f = l.bold ? bold : regular;
      const cols = l.row.map((c, i) => wrap(c, f, 8.5, (l.widths[i] ?? 80) - 6));
      const h = Math.max(...cols.map((c) => c.length)) * 11 + 4;
      if (y - h < M) newPage();
      let x = M;
      cols.forEach((c, i) => {
        const w = l.widths[i] ?? 80;
        page.drawRectangle({ x, y: y - h, width: w, height: h, borderWidth: 0.5, borderColor: rgb(0.5, 0.5, 0.5) });
        c.forEach((line, k) => page.drawText(line, { x: x + 3, y: y - 10 - k * 11, size: 8.5, font: f }));
        x += w;
      });
      y -= h;
      continue;
    }
    const size = l.size ?? 10;
    const f = l.mono ? mono : l.bold ? bold : regular;
    y -= l.gap ?? 0;
    for (const line of wrap(l.t, f, size, W - 2 * M)) {
      if (y - size < M) newPage();
      const x = l.center ? (W - f.widthOfTextAtSize(line, size)) / 2 : M;
      page.drawText(line, { x, y: y - size, size, font: f });
      y -= size * 1.35;
    }
    y -= 4;
  }
  const bytes = await doc.save({ useObjectStreams: spec.objectStreams ?? false });
  return Buffer.from(bytes);
}

/** Turns docx-style blocks into pdf lines (same content, two formats). */
export function blocksToPdf(blocks: Block[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push({ t: b.text, bold: true, size: b.h === 1 ? 14 : b.h === 2 ? 12 : 11, gap: 8 });
    else if ('bh' in b) out.push({ t: b.bh, bold: true, size: 11, gap: 6 });
    else if ('p' in b) out.push({ t: b.p, bold: b.bold ?? false, size: b.size ? b.size / 2 : 10, center: b.center ?? false });
    else if ('table' in b) {
      const n = b.table[0]?.length ?? 1;
      const widths = b.widths ?? Array.from({ length: n }, () => Math.floor(484 / n));
      b.table.forEach((row, i) => out.push({ row, widths, bold: (b.head ?? true) && i === 0 }));
      out.push({ t: ' ' });
    } else if ('bullets' in b) for (const item of b.bullets) out.push({ t: `-  ${item}` });
    else if ('numbered' in b) b.numbered.forEach((item, i) => out.push({ t: `${i + 1}.  ${item}` }));
    else out.push({ newPage: true });
  }
  return out;
}

/** Renders blocks as markdown. */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push(`${'#'.repeat(b.h)} ${b.text}`, '');
    else if ('bh' in b) out.push(`**${b.bh}**`, '');
    else if ('p' in b) out.push(b.bold ? `**${b.p}**` : b.p, '');
    else if ('table' in b) {
      const [head, ...rest] = b.table;
      if (head) {
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const r of rest) out.push(`| ${r.map((c) => c.replace(/\n/g, '<br>')).join(' | ')} |`);
        out.push('');
      }
    } else if ('bullets' in b) out.push(...b.bullets.map((x) => `- ${x}`), '');
    else if ('numbered' in b) out.push(...b.numbered.map((x, i) => `${i + 1}. ${x}`), '');
    else out.push('---', '');
  }
  return out.join('\n');
}

/** Renders blocks as plain text (as pasted from an email or a wiki). */
export function blocksToText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push('', b.text.toUpperCase(), '');
    else if ('bh' in b) out.push('', b.bh, '');
    else if ('p' in b) out.push(b.p, '');
    else if ('table' in b) {
      for (const r of b.table) out.push(r.map((c) => c.replace(/\n/g, '; ')).join('  |  '));
      out.push('');
    } else if ('bullets' in b) out.push(...b.bullets.map((x) => `  * ${x}`), '');
    else if ('numbered' in b) out.push(...b.numbered.map((x, i) => `  ${i + 1}) ${x}`), '');
    else out.push('', '----------------------------------------', '');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- direct sheet-XML patching (fast template fills)

export function colName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inlineCell(ref: string, v: string, style?: string): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlEsc(v)}</t></is></c>`;
}

/** Sets one cell's value (as an inline string), keeping its style. The cell must exist in the sheet XML. */
export function setCellXml(xml: string, ref: string, v: string): string {
  const re = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?[^>]*?(?:/>|>.*?</c>)`);
  return xml.replace(re, (_m, s: string | undefined) => inlineCell(ref, v, s));
}

/** Replaces rows `from`..`from+rows.length-1` of a sheet XML with the given values (inline strings). */
export function spliceRowsXml(xml: string, from: number, rows: (string | null)[][]): string {
  let out = xml;
  for (let k = 0; k < rows.length; k++) {
    out = out.replace(new RegExp(`<row r="${from + k}"[^>]*?(?:/>|>.*?</row>)`), '');
  }
  const body = rows
    .map((row, k) => {
      const r = from + k;
      const cells = row.map((v, j) => (v === null || v === '' ? '' : inlineCell(`${colName(j)}${r}`, v))).join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
  const last = from + rows.length - 1;
  const re = /<row r="(\d+)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(out)) !== null) {
    if (Number(m[1]) > last) return out.slice(0, m.index) + body + out.slice(m.index);
  }
  return out.replace('</sheetData>', `${body}</sheetData>`);
}
