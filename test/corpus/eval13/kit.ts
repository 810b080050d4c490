/**
 * eval13's own small document kit: docx (docx), xlsx (exceljs), pdf (pdf-lib) builders with
 * deterministic output (fixed document dates, zip entries re-written with a fixed timestamp).
 */
import JSZip from 'jszip';
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
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage, PDFRef } from 'pdf-lib';

export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 15, 30, 0));
const ZIP_DATE = new Date(Date.UTC(2025, 2, 14, 12, 0, 0));

export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string; bold?: boolean }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean; size?: number; center?: boolean }
  | { kind: 'table'; rows: string[][]; header?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'toc' }
  | { kind: 'break' };

export const h1 = (text: string, bold = false): Block => ({ kind: 'h', level: 1, text, bold });
export const h2 = (text: string, bold = false): Block => ({ kind: 'h', level: 2, text, bold });
export const h3 = (text: string, bold = false): Block => ({ kind: 'h', level: 3, text, bold });
export const p = (text: string, opts: { bold?: boolean; italic?: boolean; size?: number; center?: boolean } = {}): Block => ({
  kind: 'p',
  text,
  ...opts,
});
export const table = (rows: string[][], header = true): Block => ({ kind: 'table', rows, header });
export const bullets = (items: string[]): Block => ({ kind: 'bullets', items });
export const brk: Block = { kind: 'break' };
export const toc: Block = { kind: 'toc' };

/** Seeded PRNG (mulberry32). */
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

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Re-zip an OOXML package: fixed entry dates, fixed core dates, optionally drop the title. */
export async function normaliseZip(buf: Buffer | Uint8Array, opts: { dropTitle?: boolean; date?: Date } = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const date = opts.date ?? FIXED_DATE;
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  for (const name of names) {
    let data: Uint8Array | string = await src.files[name]!.async('uint8array');
    if (name === 'docProps/core.xml') {
      let xml = Buffer.from(data).toString('utf8');
      xml = xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${isoSeconds(date)}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${isoSeconds(date)}$2`);
      if (opts.dropTitle) xml = xml.replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, '');
      data = xml;
    }
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- docx

export interface DocxSpec {
  title?: string | null;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  header?: string;
  footer?: string;
  /** Each inner array starts a new Word section (new page). */
  sections: Block[][];
  date?: Date;
}

function tocEntriesOf(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) if (b.kind === 'h' && b.level <= 2) out.push(b);
  return out;
}

function docxBlocks(blocks: Block[], all: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h':
        if (b.bold) out.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 28 : 24 })] }));
        else
          out.push(
            new Paragraph({
              text: b.text,
              heading: b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            }),
          );
        break;
      case 'p':
        out.push(
          new Paragraph({
            alignment: b.center ? AlignmentType.CENTER : undefined,
            children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic, size: b.size ? b.size * 2 : undefined })],
          }),
        );
        break;
      case 'bullets':
        for (const it of b.items) out.push(new Paragraph({ text: it, bullet: { level: 0 } }));
        break;
      case 'table': {
        const width = Math.max(...b.rows.map((r) => r.length));
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.rows.map(
              (r, i) =>
                new TableRow({
                  tableHeader: b.header && i === 0,
                  children: Array.from({ length: width }, (_, j) =>
                    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: r[j] ?? '', bold: b.header && i === 0 })] })] }),
                  ),
                }),
            ),
          }),
        );
        out.push(new Paragraph({ text: '' }));
        break;
      }
      case 'toc':
        out.push(new Paragraph({ children: [new TextRun({ text: 'Table of Contents', bold: true, size: 28 })] }));
        tocEntriesOf(all).forEach((h, i) => {
          if (h.kind !== 'h') return;
          out.push(new Paragraph({ indent: h.level === 2 ? { left: 360 } : undefined, text: `${h.text}\t${3 + Math.floor(i / 2)}` }));
        });
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const all = spec.sections.flat();
  const doc = new Document({
    creator: spec.creator ?? 'Microsoft Office User',
    lastModifiedBy: spec.lastModifiedBy ?? spec.creator ?? 'Microsoft Office User',
    title: spec.title ?? undefined,
    subject: spec.subject,
    description: spec.description,
    keywords: spec.keywords,
    revision: 7,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: spec.sections.map((blocks) => ({
      headers: spec.header
        ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: spec.header, size: 16, color: '555555' })] })] }) }
        : undefined,
      footers: spec.footer
        ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.footer, size: 16 })] })] }) }
        : undefined,
      children: docxBlocks(blocks, all),
    })),
  });
  const raw = await Packer.toBuffer(doc);
  return normaliseZip(raw, { dropTitle: spec.title === null || spec.title === undefined, date: spec.date });
}

// ---------------------------------------------------------------- xlsx

export type Cell = string | number | null | Date;
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers to make bold. */
  boldRows?: number[];
  widths?: number[];
  merges?: string[];
}
export interface XlsxSpec {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  company?: string;
  sheets: SheetSpec[];
  date?: Date;
}

export function fillSheet(ws: ExcelJS.Worksheet, s: SheetSpec): void {
  s.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== null && v !== '') row.getCell(j + 1).value = v;
    });
    if (s.boldRows?.includes(i + 1)) row.font = { bold: true };
  });
  s.widths?.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const m of s.merges ?? []) ws.mergeCells(m);
}

export async function finishWorkbook(wb: ExcelJS.Workbook, date?: Date, dropTitle = false): Promise<Buffer> {
  wb.created = date ?? FIXED_DATE;
  wb.modified = date ?? FIXED_DATE;
  const raw = await wb.xlsx.writeBuffer();
  return normaliseZip(Buffer.from(raw as ArrayBuffer), { date, dropTitle });
}

export async function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator ?? 'Microsoft Office User';
  wb.lastModifiedBy = spec.lastModifiedBy ?? wb.creator;
  if (spec.title) wb.title = spec.title;
  if (spec.subject) wb.subject = spec.subject;
  if (spec.company) wb.company = spec.company;
  for (const s of spec.sheets) fillSheet(wb.addWorksheet(s.name), s);
  return finishWorkbook(wb, spec.date, !spec.title);
}

export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

// ---------------------------------------------------------------- pdf

export interface PdfSpec {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
  keywords?: string[];
  header?: string;
  footer?: string;
  /** Add /Outlines bookmarks for every h1/h2. */
  bookmarks?: boolean;
  blocks: Block[];
  date?: Date;
}

const WIN_EXTRA = new Set('‘’“”–—•…€™'.split(''));
export function winAnsi(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_EXTRA.has(ch)) out += ch;
    else if (ch === '\t') out += '    ';
    else if (ch === '≥') out += '>=';
    else if (ch === '≤') out += '<=';
    else if (ch === '→') out += '->';
    else if (ch === '✓') out += 'X';
    else out += '?';
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = winAnsi(text).split(/\s+/).filter(Boolean);
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

interface Op {
  page: number;
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  line?: [number, number, number, number];
}

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const reg = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 72;
  const heads = spec.blocks.filter((b): b is Extract<Block, { kind: 'h' }> => b.kind === 'h' && b.level <= 2);

  const layout = (headPages: number[]): { ops: Op[]; pages: number; hp: { page: number; y: number }[] } => {
    const ops: Op[] = [];
    const hp: { page: number; y: number }[] = [];
    let page = 0;
    let y = H - M;
    const need = (h: number): void => {
      if (y - h < M) {
        page++;
        y = H - M;
      }
    };
    const text = (s: string, size: number, isBold: boolean, x = M): void => {
      need(size + 4);
      ops.push({ page, x, y: y - size, text: s, size, bold: isBold });
      y -= size + 4;
    };
    for (const b of spec.blocks) {
      switch (b.kind) {
        case 'h': {
          const size = b.level === 1 ? 15 : b.level === 2 ? 12.5 : 11;
          need(size + 30);
          y -= 8;
          if (b.level <= 2) hp.push({ page, y });
          for (const l of wrap(b.text, bold, size, W - 2 * M)) text(l, size, true);
          y -= 3;
          break;
        }
        case 'p': {
          const size = b.size ?? 10;
          const f = b.bold ? bold : reg;
          for (const l of wrap(b.text, f, size, W - 2 * M)) {
            const x = b.center ? (W - f.widthOfTextAtSize(l, size)) / 2 : M;
            text(l, size, !!b.bold, x);
          }
          y -= 5;
          break;
        }
        case 'bullets':
          for (const it of b.items) {
            wrap(it, reg, 10, W - 2 * M - 18).forEach((l, i) => text(i === 0 ? `•  ${l}` : `    ${l}`, 10, false, M + 8));
          }
          y -= 5;
          break;
        case 'table': {
          const cols = Math.max(...b.rows.map((r) => r.length));
          const cw = (W - 2 * M) / cols;
          b.rows.forEach((r, ri) => {
            const cells = Array.from({ length: cols }, (_, j) => wrap(r[j] ?? '', ri === 0 && b.header ? bold : reg, 8, cw - 6));
            const lines = Math.max(...cells.map((c) => c.length));
            const rh = lines * 10 + 6;
            need(rh);
            ops.push({ page, x: 0, y: 0, text: '', size: 0, bold: false, line: [M, y, W - M, y] });
            cells.forEach((c, j) =>
              c.forEach((l, k) => ops.push({ page, x: M + j * cw + 3, y: y - 11 - k * 10, text: l, size: 8, bold: ri === 0 && !!b.header })),
            );
            y -= rh;
          });
          ops.push({ page, x: 0, y: 0, text: '', size: 0, bold: false, line: [M, y, W - M, y] });
          y -= 10;
          break;
        }
        case 'toc':
          text('Table of Contents', 14, true);
          y -= 4;
          heads.forEach((h, i) => {
            const label = winAnsi(h.text);
            const num = String((headPages[i] ?? 0) + 1);
            const indent = h.level === 2 ? 18 : 0;
            need(14);
            ops.push({ page, x: M + indent, y: y - 10, text: label, size: 10, bold: h.level === 1 });
            const dots = '.'.repeat(Math.max(2, Math.floor((W - 2 * M - indent - reg.widthOfTextAtSize(label, 10) - 30) / reg.widthOfTextAtSize('.', 10))));
            ops.push({ page, x: M + indent + reg.widthOfTextAtSize(label, 10) + 4, y: y - 10, text: `${dots} ${num}`, size: 10, bold: false });
            y -= 14;
          });
          break;
        case 'break':
          page++;
          y = H - M;
          break;
      }
    }
    return { ops, pages: page + 1, hp };
  };
  const first = layout([]);
  const second = layout(first.hp.map((x) => x.page));
  const pages: PDFPage[] = [];
  for (let i = 0; i < second.pages; i++) pages.push(pdf.addPage([W, H]));
  for (const op of second.ops) {
    const pg = pages[op.page]!;
    if (op.line) pg.drawLine({ start: { x: op.line[0], y: op.line[1] }, end: { x: op.line[2], y: op.line[3] }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
    else pg.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.bold ? bold : reg });
  }
  pages.forEach((pg, i) => {
    if (spec.header) pg.drawText(winAnsi(spec.header), { x: M, y: H - 40, size: 8, font: reg, color: rgb(0.35, 0.35, 0.35) });
    const foot = `${spec.footer ? `${winAnsi(spec.footer)}    ` : ''}Page ${i + 1} of ${pages.length}`;
    pg.drawText(foot, { x: M, y: 36, size: 8, font: reg, color: rgb(0.35, 0.35, 0.35) });
  });
  if (spec.bookmarks && heads.length) addOutline(pdf, pages, heads.map((h, i) => ({ title: h.text, page: second.hp[i]!.page, y: second.hp[i]!.y })));
  const d = spec.date ?? FIXED_DATE;
  if (spec.title) pdf.setTitle(spec.title);
  if (spec.author) pdf.setAuthor(spec.author);
  if (spec.subject) pdf.setSubject(spec.subject);
  if (spec.keywords) pdf.setKeywords(spec.keywords);
  pdf.setCreator(spec.creator ?? 'Microsoft® Word for Microsoft 365');
  pdf.setProducer(spec.producer ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreationDate(d);
  pdf.setModificationDate(d);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function addOutline(pdf: PDFDocument, pages: PDFPage[], items: { title: string; page: number; y: number }[]): void {
  const ctx = pdf.context;
  const root = ctx.nextRef();
  const refs: PDFRef[] = items.map(() => ctx.nextRef());
  items.forEach((it, i) => {
    const dest = PDFArray.withContext(ctx);
    dest.push(pages[it.page]!.ref);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNumber.of(72));
    dest.push(PDFNumber.of(Math.round(it.y)));
    dest.push(PDFNumber.of(0));
    const dict = ctx.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(it.title));
    dict.set(PDFName.of('Parent'), root);
    dict.set(PDFName.of('Dest'), dest);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, dict);
  });
  const outlines = ctx.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0]!);
  outlines.set(PDFName.of('Last'), refs[refs.length - 1]!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  ctx.assign(root, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

// ---------------------------------------------------------------- text helpers

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function csvLine(cells: (string | number)[]): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

export function csv(rows: (string | number)[][], eol = '\r\n'): string {
  return rows.map(csvLine).join(eol) + eol;
}

/** Deterministic UUID v4-shaped string from a seeded generator. */
export function uuidFrom(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(r() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

export interface Entry {
  file: string;
  expected: DeliverableType;
  note: string;
  build: () => Promise<Buffer | string>;
}
