/**
 * eval30's own small document kit: one content model (blocks) rendered to docx, pdf, markdown or text,
 * a workbook builder, and a zip normaliser so every Office file has the same bytes on every run.
 */
import {
  AlignmentType,
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
import type { PDFFont, PDFPage } from 'pdf-lib';

/** One fixed instant used for every timestamp the libraries would otherwise take from the clock. */
export const FIXED_DATE = new Date('2025-03-14T15:00:00Z');

/** mulberry32: a small seeded generator, so "random" choices are the same on every run. */
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
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// ---------------------------------------------------------------- content model

export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean; center?: boolean; size?: number }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  description?: string;
  keywords?: string;
  lastModifiedBy?: string;
}

export interface DocSpec {
  meta: DocMeta;
  header?: string;
  footer?: string;
  /** 'styles' uses Word heading styles; 'bold' writes headings as bold plain paragraphs, as many authors do. */
  headings: 'styles' | 'bold';
  blocks: Block[];
}

export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const big = (text: string, size = 36): Block => ({ kind: 'p', text, bold: true, center: true, size });
export const centered = (text: string): Block => ({ kind: 'p', text, center: true });
export const bold = (text: string): Block => ({ kind: 'p', text, bold: true });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][]): Block => ({ kind: 'table', rows });
export const pageBreak: Block = { kind: 'break' };

/** A table of contents as authors leave it in a document: heading titles with page numbers. */
export function tocOf(blocks: readonly Block[], title = 'Table of Contents'): Block[] {
  const lines: Block[] = [bold(title)];
  let page = 3;
  blocks.forEach((b, i) => {
    if (b.kind === 'h' && b.level <= 2) {
      lines.push(p(`${b.level === 2 ? '    ' : ''}${b.text} ${'.'.repeat(Math.max(4, 60 - b.text.length))} ${page}`));
      if (i % 3 === 0) page += 1;
    }
  });
  return lines;
}

// ---------------------------------------------------------------- zip normaliser

/** Rewrites a zip (docx/xlsx) with fixed entry timestamps and fixed core-property dates. */
export async function normaliseZip(data: Uint8Array | Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------- docx

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function docxBlocks(spec: DocSpec): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'h':
        if (spec.headings === 'styles') out.push(new Paragraph({ text: b.text, heading: HEADING[b.level] }));
        else out.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 28 : 24 })] }));
        break;
      case 'p':
        out.push(
          new Paragraph({
            alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [new TextRun({ text: b.text, bold: b.bold ?? false, italics: b.italic ?? false, size: b.size ?? 22 })],
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ text: `\u2022  ${item}`, indent: { left: 360 } }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.rows.map(
              (row, ri) =>
                new TableRow({
                  tableHeader: ri === 0,
                  children: row.map(
                    (cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: ri === 0, size: 18 })] })] }),
                  ),
                }),
            ),
          }),
        );
        out.push(new Paragraph({ text: '' }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const m = spec.meta;
  const doc = new Document({
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.creator !== undefined ? { creator: m.creator } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.keywords !== undefined ? { keywords: m.keywords } : {}),
    ...(m.lastModifiedBy !== undefined ? { lastModifiedBy: m.lastModifiedBy } : {}),
    revision: 7,
    sections: [
      {
        ...(spec.header !== undefined
          ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: spec.header, size: 16 })] })] }) } }
          : {}),
        ...(spec.footer !== undefined
          ? { footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: spec.footer, size: 14 })] })] }) } }
          : {}),
        children: docxBlocks(spec),
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- pdf

/** Keeps text inside WinAnsi, which the standard PDF fonts can encode. */
function ansi(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '*')
    .replace(/[^\x20-\x7e]/g, ' ');
}

interface PdfCursor {
  page: PDFPage;
  y: number;
}

export async function renderPdf(spec: DocSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const boldFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  const m = spec.meta;
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.creator !== undefined) pdf.setAuthor(m.creator);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.keywords !== undefined) pdf.setKeywords([m.keywords]);
  pdf.setProducer(m.lastModifiedBy ?? 'Microsoft: Print To PDF');
  pdf.setCreator('Microsoft Word');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  const width = 612;
  const heightTop = 740;
  const margin = 60;
  const pages: PDFPage[] = [];
  const newPage = (): PdfCursor => {
    const page = pdf.addPage([width, 792]);
    pages.push(page);
    return { page, y: heightTop };
  };
  let cur = newPage();
  const line = (text: string, font: PDFFont, size: number, indent = 0, center = false): void => {
    if (cur.y < 70) cur = newPage();
    const t = ansi(text);
    const x = center ? Math.max(margin, (width - font.widthOfTextAtSize(t, size)) / 2) : margin + indent;
    cur.page.drawText(t, { x, y: cur.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    cur.y -= size + 4;
  };
  const wrap = (text: string, font: PDFFont, size: number, max: number): string[] => {
    const words = ansi(text).split(/\s+/).filter((w) => w.length > 0);
    const lines: string[] = [];
    let currentLine = '';
    for (const w of words) {
      const next = currentLine ? `${currentLine} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > max && currentLine) {
        lines.push(currentLine);
        currentLine = w;
      } else currentLine = next;
    }
    if (currentLine) lines.push(currentLine);
    return lines.length ? lines : [''];
  };
  const usable = width - 2 * margin;
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'h': {
        cur.y -= 6;
        const size = b.level === 1 ? 14 : b.level === 2 ? 12 : 11;
        for (const l of wrap(b.text, boldFont, size, usable)) line(l, boldFont, size);
        cur.y -= 2;
        break;
      }
      case 'p': {
        const size = b.size !== undefined ? Math.round(b.size / 2) : 10;
        const font = b.bold ? boldFont : regular;
        for (const l of wrap(b.text, font, size, usable)) line(l, font, size, 0, b.center ?? false);
        cur.y -= 4;
        break;
      }
      case 'bullets':
        for (const item of b.items) {
          wrap(item, regular, 10, usable - 16).forEach((l, i) => line(i === 0 ? `*  ${l}` : `   ${l}`, regular, 10, 8));
        }
        cur.y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const colW = usable / cols;
        b.rows.forEach((row, ri) => {
          const font = ri === 0 ? boldFont : regular;
          const cells = row.map((c) => wrap(c, font, 8, colW - 6));
          const tall = Math.max(...cells.map((c) => c.length));
          if (cur.y - tall * 10 < 70) cur = newPage();
          for (let li = 0; li < tall; li++) {
            cells.forEach((c, ci) => {
              const t = c[li];
              if (t) cur.page.drawText(t, { x: margin + ci * colW, y: cur.y, size: 8, font });
            });
            cur.y -= 10;
          }
          cur.y -= 3;
        });
        cur.y -= 6;
        break;
      }
      case 'break':
        cur = newPage();
        break;
    }
  }
  pages.forEach((page, i) => {
    if (spec.header) page.drawText(ansi(spec.header), { x: margin, y: 765, size: 7, font: regular, color: rgb(0.4, 0.4, 0.4) });
    const foot = `${spec.footer ? `${ansi(spec.footer)}   ` : ''}Page ${i + 1} of ${pages.length}`;
    page.drawText(foot, { x: margin, y: 30, size: 7, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- markdown and text

export function renderMarkdown(spec: DocSpec): string {
  const out: string[] = [];
  if (spec.header) out.push(`<!-- ${spec.header} -->`, '');
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'h':
        out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
        break;
      case 'p':
        out.push(b.bold ? `**${b.text}**` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  if (spec.footer) out.push('', `_${spec.footer}_`);
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderText(spec: DocSpec): string {
  const out: string[] = [];
  if (spec.header) out.push(spec.header, '');
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'h':
        out.push(b.level === 1 ? b.text.toUpperCase() : b.text, b.level === 1 ? '='.repeat(Math.min(b.text.length, 72)) : '', '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `  * ${i}`), '');
        break;
      case 'table':
        out.push(...b.rows.map((r) => r.join('  |  ')), '');
        break;
      case 'break':
        out.push('', '');
        break;
    }
  }
  if (spec.footer) out.push(spec.footer);
  return `${out.join('\r\n').trimEnd()}\r\n`;
}

// ---------------------------------------------------------------- xlsx

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  widths?: number[];
  /** 1-based row numbers drawn bold (header rows). */
  boldRows?: number[];
  merges?: string[];
  state?: 'visible' | 'hidden';
}

export interface BookSpec {
  meta: DocMeta & { company?: string };
  sheets: SheetSpec[];
}

export async function renderXlsx(book: BookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const m = book.meta;
  wb.creator = m.creator ?? '';
  wb.lastModifiedBy = m.lastModifiedBy ?? m.creator ?? '';
  if (m.title !== undefined) wb.title = m.title;
  if (m.subject !== undefined) wb.subject = m.subject;
  if (m.keywords !== undefined) wb.keywords = m.keywords;
  if (m.description !== undefined) wb.description = m.description;
  if (m.company !== undefined) wb.company = m.company;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    for (const row of s.rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const r of s.boldRows ?? []) ws.getRow(r).font = { bold: true };
    for (const mg of s.merges ?? []) ws.mergeCells(mg);
  }
  const data = await wb.xlsx.writeBuffer();
  return normaliseZip(Buffer.from(data as ArrayBuffer));
}

// ---------------------------------------------------------------- csv

export function toCsv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): string {
  const esc = (v: string | number): string => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(esc).join(',')).join(eol) + eol;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
