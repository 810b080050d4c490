/**
 * eval6's own small document kit: one block model rendered to docx (docx), pdf (pdf-lib), xlsx (exceljs) and a
 * hand-built pptx (jszip). Every Office file is re-zipped with fixed entry dates and fixed core-property dates so the
 * corpus is the same bytes on every run.
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
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

/** Every date stamped into a file (zip entries, core properties, PDF info) comes from here. */
export const FIXED_DATE = new Date(Date.UTC(2026, 8, 14, 15, 20, 0));

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------------

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  ip(prefix: string): string {
    return `${prefix}.${this.int(1, 254)}`;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
}

export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// Block model
// ---------------------------------------------------------------------------------------------------------------

export type Block =
  | { t: 'title'; text: string; size?: number }
  | { t: 'center'; text: string; bold?: boolean }
  | { t: 'h1' | 'h2' | 'h3'; text: string }
  | { t: 'p'; text: string }
  | { t: 'b'; text: string }
  | { t: 'small'; text: string }
  | { t: 'bullets'; items: readonly string[] }
  | { t: 'table'; rows: readonly (readonly string[])[]; header?: boolean }
  | { t: 'toc'; entries: readonly (readonly [string, number])[] }
  | { t: 'break' };

export const title = (text: string, size?: number): Block => (size ? { t: 'title', text, size } : { t: 'title', text });
export const center = (text: string, bold = false): Block => ({ t: 'center', text, bold });
export const h1 = (text: string): Block => ({ t: 'h1', text });
export const h2 = (text: string): Block => ({ t: 'h2', text });
export const h3 = (text: string): Block => ({ t: 'h3', text });
export const p = (text: string): Block => ({ t: 'p', text });
export const b = (text: string): Block => ({ t: 'b', text });
export const small = (text: string): Block => ({ t: 'small', text });
export const bullets = (...items: string[]): Block => ({ t: 'bullets', items });
export const table = (rows: readonly (readonly string[])[], header = true): Block => ({ t: 'table', rows, header });
export const toc = (entries: readonly (readonly [string, number])[]): Block => ({ t: 'toc', entries });
export const pageBreak: Block = { t: 'break' };

/** Several paragraphs at once. */
export const ps = (...texts: string[]): Block[] => texts.map(p);

export interface DocMeta {
  /** Core property title; `undefined` leaves it out (metadata missing). */
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  company?: string;
}

export interface DocLayout {
  /** Running header text (every page). */
  header?: string;
  /** Running footer text; page numbers are added after it when `pageNumbers` is set. */
  footer?: string;
  pageNumbers?: boolean;
  /** 'styles' uses Word heading styles; 'bold' writes headings as bold plain paragraphs (as many authors do). */
  headings?: 'styles' | 'bold';
}

// ---------------------------------------------------------------------------------------------------------------
// Zip normalisation
// ---------------------------------------------------------------------------------------------------------------

const CORE_DATE = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Re-zips an OOXML package with fixed dates (entries and core properties), keeping the entry order. */
export async function normalizeZip(input: Buffer | Uint8Array, patch?: (name: string, text: string) => string): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml' || (patch && /\.xml$|\.rels$/.test(name))) {
      let text = Buffer.from(data).toString('utf8');
      if (name === 'docProps/core.xml') {
        text = text
          .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${CORE_DATE}$2`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${CORE_DATE}$2`);
      }
      if (patch) text = patch(name, text);
      data = text;
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------------------------------------------------------
// docx
// ---------------------------------------------------------------------------------------------------------------

const FONT = 'Calibri';

function runs(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) => new TextRun({ text: line, bold: opts.bold, size: opts.size, font: FONT, break: i > 0 ? 1 : undefined }),
  );
}

function docxTable(rows: readonly (readonly string[])[], header: boolean): Table {
  const cols = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, ri) =>
        new TableRow({
          tableHeader: header && ri === 0,
          children: Array.from({ length: cols }, (_, ci) =>
            new TableCell({
              shading: header && ri === 0 ? { fill: 'D9E2F3' } : undefined,
              borders: {
                top: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
                bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
                left: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
                right: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
              },
              children: [new Paragraph({ children: runs(row[ci] ?? '', { bold: header && ri === 0, size: 18 }) })],
            }),
          ),
        }),
    ),
  });
}

function docxBlocks(blocks: readonly Block[], headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const blk of blocks) {
    switch (blk.t) {
      case 'title':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(blk.text, { bold: true, size: (blk.size ?? 28) * 2 }) }));
        break;
      case 'center':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(blk.text, { bold: blk.bold ?? false }) }));
        break;
      case 'h1':
      case 'h2':
      case 'h3': {
        const level = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 }[blk.t];
        const size = { h1: 32, h2: 26, h3: 22 }[blk.t];
        out.push(
          headings === 'styles'
            ? new Paragraph({ heading: level, children: [new TextRun({ text: blk.text })] })
            : new Paragraph({ spacing: { before: 240, after: 120 }, children: runs(blk.text, { bold: true, size }) }),
        );
        break;
      }
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: runs(blk.text) }));
        break;
      case 'b':
        out.push(new Paragraph({ spacing: { after: 120 }, children: runs(blk.text, { bold: true }) }));
        break;
      case 'small':
        out.push(new Paragraph({ children: runs(blk.text, { size: 16 }) }));
        break;
      case 'bullets':
        for (const item of blk.items) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
        break;
      case 'table':
        out.push(docxTable(blk.rows, blk.header ?? true));
        out.push(new Paragraph({ children: [] }));
        break;
      case 'toc':
        out.push(new Paragraph({ spacing: { after: 120 }, children: runs('Table of Contents', { bold: true, size: 28 }) }));
        for (const [entry, page] of blk.entries) {
          out.push(
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: 'dot' }],
              indent: { left: /^\d+\.\d/.test(entry) ? 360 : 0 },
              children: [new TextRun({ text: `${entry}\t${page}`, font: FONT })],
            }),
          );
        }
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function buildDocx(blocks: readonly Block[], meta: DocMeta, layout: DocLayout = {}): Promise<Buffer> {
  const footerChildren: TextRun[] = [];
  if (layout.footer) footerChildren.push(new TextRun({ text: layout.footer, size: 16, font: FONT }));
  if (layout.pageNumbers) {
    footerChildren.push(new TextRun({ text: layout.footer ? '    Page ' : 'Page ', size: 16, font: FONT }));
    footerChildren.push(new TextRun({ children: [PageNumber.CURRENT], size: 16, font: FONT }));
    footerChildren.push(new TextRun({ text: ' of ', size: 16, font: FONT }));
    footerChildren.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, font: FONT }));
  }
  const doc = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.creator,
    lastModifiedBy: meta.lastModifiedBy,
    description: meta.description,
    keywords: meta.keywords,
    revision: 7,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        headers: layout.header
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(layout.header, { size: 16 }) })] }) }
          : undefined,
        footers: footerChildren.length
          ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren })] }) }
          : undefined,
        children: docxBlocks(blocks, layout.headings ?? 'styles'),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  const company = meta.company;
  return normalizeZip(raw, (name, text) => {
    if (name === 'docProps/app.xml' && company && !text.includes('<Company>')) {
      const tag = `<Company>${xmlEscape(company)}</Company>`;
      return text.includes('</Properties>')
        ? text.replace('</Properties>', `${tag}</Properties>`)
        : text.replace(/<Properties([^>]*)\/>/, `<Properties$1>${tag}</Properties>`);
    }
    return text;
  });
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------------------------------
// pdf ("printed from Word": running header, footer with page x of y)
// ---------------------------------------------------------------------------------------------------------------

const WINANSI_FIX: Record<string, string> = { '\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u2713': 'X', '\u00a0': ' ', '\u2011': '-' };

function pdfSafe(s: string): string {
  return s.replace(/[\u2265\u2264\u2192\u2713\u00a0\u2011]/g, (c) => WINANSI_FIX[c] ?? '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of pdfSafe(text).split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (!word) continue;
      const cand = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(cand, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = cand;
    }
    lines.push(line);
  }
  return lines;
}

export interface PdfMeta extends DocMeta {
  producer?: string;
  creatorTool?: string;
}

export async function buildPdf(blocks: readonly Block[], meta: PdfMeta, layout: DocLayout = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 72;
  const width = W - 2 * M;
  const pages: PDFPage[] = [];
  let page = pdf.addPage([W, H]);
  pages.push(page);
  let y = H - M;
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    y = H - M;
  };
  const need = (h: number): void => {
    if (y - h < M) newPage();
  };
  const text = (s: string, f: PDFFont, size: number, x = M, maxW = width, align: 'left' | 'center' = 'left'): void => {
    for (const line of wrap(s, f, size, maxW)) {
      need(size + 4);
      const lx = align === 'center' ? M + (width - f.widthOfTextAtSize(line, size)) / 2 : x;
      page.drawText(line, { x: lx, y: y - size, size, font: f, color: rgb(0, 0, 0) });
      y -= size + 4;
    }
  };
  for (const blk of blocks) {
    switch (blk.t) {
      case 'title':
        y -= 8;
        text(blk.text, bold, blk.size ?? 20, M, width, 'center');
        y -= 10;
        break;
      case 'center':
        text(blk.text, blk.bold ? bold : regular, 11, M, width, 'center');
        break;
      case 'h1':
        y -= 10;
        need(40);
        text(blk.text, bold, 14);
        y -= 4;
        break;
      case 'h2':
        y -= 6;
        need(32);
        text(blk.text, bold, 12);
        y -= 2;
        break;
      case 'h3':
      case 'b':
        y -= 4;
        text(blk.text, bold, 10.5);
        break;
      case 'p':
        text(blk.text, regular, 10.5);
        y -= 6;
        break;
      case 'small':
        text(blk.text, regular, 8);
        break;
      case 'bullets':
        for (const item of blk.items) {
          const lines = wrap(item, regular, 10.5, width - 18);
          lines.forEach((line, i) => {
            need(15);
            if (i === 0) page.drawText('\u2022', { x: M + 4, y: y - 10.5, size: 10.5, font: regular });
            page.drawText(line, { x: M + 18, y: y - 10.5, size: 10.5, font: regular });
            y -= 14.5;
          });
        }
        y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...blk.rows.map((r) => r.length));
        const cw = width / cols;
        const size = cols > 5 ? 7.5 : 9;
        blk.rows.forEach((row, ri) => {
          const f = blk.header && ri === 0 ? bold : regular;
          const cells = Array.from({ length: cols }, (_, ci) => wrap(row[ci] ?? '', f, size, cw - 6));
          const h = Math.max(...cells.map((c) => c.length)) * (size + 2) + 6;
          need(h);
          cells.forEach((lines, ci) => {
            const x = M + ci * cw;
            page.drawRectangle({ x, y: y - h, width: cw, height: h, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
            lines.forEach((line, li) => page.drawText(line, { x: x + 3, y: y - 3 - (li + 1) * (size + 2) + 2, size, font: f }));
          });
          y -= h;
        });
        y -= 10;
        break;
      }
      case 'toc':
        text('Table of Contents', bold, 13);
        for (const [entry, pg] of blk.entries) {
          need(14);
          const indent = /^\d+\.\d/.test(entry) ? 14 : 0;
          const label = pdfSafe(entry);
          const num = String(pg);
          const nw = regular.widthOfTextAtSize(num, 10);
          let dots = ' ';
          while (regular.widthOfTextAtSize(`${label}${dots}.`, 10) + nw + indent < width - 4) dots += '.';
          page.drawText(`${label}${dots}`, { x: M + indent, y: y - 10, size: 10, font: regular });
          page.drawText(num, { x: M + width - nw, y: y - 10, size: 10, font: regular });
          y -= 14;
        }
        y -= 8;
        break;
      case 'break':
        newPage();
        break;
    }
  }
  const total = pages.length;
  pages.forEach((pg, i) => {
    if (layout.header) {
      const hs = pdfSafe(layout.header);
      pg.drawText(hs, { x: W - M - regular.widthOfTextAtSize(hs, 8), y: H - 40, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    }
    const parts: string[] = [];
    if (layout.footer) parts.push(pdfSafe(layout.footer));
    if (layout.pageNumbers) parts.push(`Page ${i + 1} of ${total}`);
    if (parts.length) {
      const fs = parts.join('    ');
      pg.drawText(fs, { x: (W - regular.widthOfTextAtSize(fs, 8)) / 2, y: 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    }
  });
  if (meta.title !== undefined) pdf.setTitle(pdfSafe(meta.title));
  if (meta.creator) pdf.setAuthor(meta.creator);
  if (meta.subject) pdf.setSubject(meta.subject);
  if (meta.keywords) pdf.setKeywords(meta.keywords.split(/[;,]\s*/));
  pdf.setCreator(meta.creatorTool ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setProducer(meta.producer ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------------------------------------------------------
// xlsx
// ---------------------------------------------------------------------------------------------------------------

export type Cell = string | number | Date | null | undefined;

export interface SheetSpec {
  name: string;
  rows: readonly (readonly Cell[])[];
  /** 1-based row numbers written in bold (headers, titles). */
  boldRows?: readonly number[];
  widths?: readonly number[];
  merges?: readonly string[];
  freezeRow?: number;
}

export function applyWorkbookMeta(wb: ExcelJS.Workbook, meta: DocMeta): void {
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.keywords !== undefined) wb.keywords = meta.keywords;
  if (meta.description !== undefined) wb.description = meta.description;
  if (meta.company !== undefined) wb.company = meta.company;
}

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, spec.freezeRow ? { views: [{ state: 'frozen', ySplit: spec.freezeRow }] } : {});
  spec.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((v, ci) => {
      if (v !== null && v !== undefined && v !== '') r.getCell(ci + 1).value = v;
    });
    if (spec.boldRows?.includes(i + 1)) r.font = { bold: true };
  });
  spec.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  return ws;
}

export async function buildXlsx(sheets: readonly SheetSpec[], meta: DocMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  applyWorkbookMeta(wb, meta);
  for (const s of sheets) addSheet(wb, s);
  return workbookBuffer(wb);
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer));
}

// ---------------------------------------------------------------------------------------------------------------
// pptx (hand-built, minimal but complete package)
// ---------------------------------------------------------------------------------------------------------------

const PML = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const DML = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Slide {
  title: string;
  bullets: readonly string[];
}

function spTree(inner: string): string {
  return `<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>${inner}</p:spTree></p:cSld>`;
}

function textShape(id: number, name: string, ph: string, y: number, h: number, paras: readonly string[], size: number): string {
  const body = paras
    .map((t) => `<a:p><a:r><a:rPr lang="en-US" sz="${size}" dirty="0"/><a:t>${xmlEscape(t)}</a:t></a:r></a:p>`)
    .join('');
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${ph}"${ph === 'body' ? ' idx="1"' : ''}/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="${y}"/><a:ext cx="10515600" cy="${h}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody></p:sp>`;
}

const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="${DML}" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

export async function buildPptx(slides: readonly Slide[], meta: DocMeta): Promise<Buffer> {
  const zip = new JSZip();
  const opt = { date: FIXED_DATE, createFolders: false };
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const slideOverrides = slides
    .map((_, i) => `<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`)
    .join('');
  zip.file(
    '[Content_Types].xml',
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>${slideOverrides}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    opt,
  );
  zip.file(
    '_rels/.rels',
    `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    opt,
  );
  zip.file(
    'docProps/core.xml',
    `${head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${meta.title !== undefined ? `<dc:title>${xmlEscape(meta.title)}</dc:title>` : ''}<dc:creator>${xmlEscape(meta.creator ?? '')}</dc:creator><cp:lastModifiedBy>${xmlEscape(meta.lastModifiedBy ?? meta.creator ?? '')}</cp:lastModifiedBy><cp:revision>12</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${CORE_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${CORE_DATE}</dcterms:modified></cp:coreProperties>`,
    opt,
  );
  zip.file(
    'docProps/app.xml',
    `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office PowerPoint</Application><Slides>${slides.length}</Slides>${meta.company ? `<Company>${xmlEscape(meta.company)}</Company>` : ''}<AppVersion>16.0000</AppVersion></Properties>`,
    opt,
  );
  const sldIds = slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`).join('');
  zip.file(
    'ppt/presentation.xml',
    `${head}<p:presentation xmlns:a="${DML}" xmlns:r="${REL}" xmlns:p="${PML}"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>${sldIds}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
    opt,
  );
  const presRels = slides
    .map((_, i) => `<Relationship Id="rId${i + 2}" Type="${REL}/slide" Target="slides/slide${i + 1}.xml"/>`)
    .join('');
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/>${presRels}<Relationship Id="rId${slides.length + 2}" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`,
    opt,
  );
  zip.file(
    'ppt/slideMasters/slideMaster1.xml',
    `${head}<p:sldMaster xmlns:a="${DML}" xmlns:r="${REL}" xmlns:p="${PML}">${spTree('')}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
    opt,
  );
  zip.file(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="../theme/theme1.xml"/></Relationships>`,
    opt,
  );
  zip.file(
    'ppt/slideLayouts/slideLayout1.xml',
    `${head}<p:sldLayout xmlns:a="${DML}" xmlns:r="${REL}" xmlns:p="${PML}" type="obj" preserve="1"><p:cSld name="Title and Content"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
    opt,
  );
  zip.file(
    'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
    `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>`,
    opt,
  );
  zip.file('ppt/theme/theme1.xml', THEME, opt);
  slides.forEach((s, i) => {
    zip.file(
      `ppt/slides/slide${i + 1}.xml`,
      `${head}<p:sld xmlns:a="${DML}" xmlns:r="${REL}" xmlns:p="${PML}">${spTree(textShape(2, 'Title 1', 'title', 365125, 1325563, [s.title], 3600) + textShape(3, 'Content Placeholder 2', 'body', 1825625, 4351338, s.bullets, 2000))}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`,
      opt,
    );
    zip.file(
      `ppt/slides/_rels/slide${i + 1}.xml.rels`,
      `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/></Relationships>`,
      opt,
    );
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

export function csvLine(cells: readonly (string | number)[]): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

export function csv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): string {
  return rows.map(csvLine).join(eol) + eol;
}
