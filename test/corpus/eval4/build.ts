// Builders for the eval4 corpus: one block model rendered to Word (docx), PDF (pdf-lib) or a workbook
// (exceljs), plus a seeded random generator so the corpus is the same on every run.
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
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';

/** One entry of the corpus as the generator returns it. */
export interface Eval4Entry {
  file: string;
  expected: string;
  note: string;
}

/** A document written by a family module: its bytes and its label. */
export interface Eval4Doc extends Eval4Entry {
  data: Buffer | string;
}

export type Block =
  | { title: string }
  | { subtitle: string }
  | { h1: string }
  | { h2: string }
  | { h3: string }
  | { p: string; bold?: boolean; center?: boolean }
  | { bullets: string[] }
  | { table: string[][]; header?: boolean }
  | { pageBreak: true };

export interface DocSpec {
  /** Document metadata title (core properties / PDF Info); omitted when the author never set it. */
  meta?: { title?: string; author?: string; subject?: string; company?: string; keywords?: string };
  header?: string;
  footer?: string;
  blocks: Block[];
}

const FIXED_DATE = new Date('2025-09-15T14:30:00Z');

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: small, fast, deterministic. */
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
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** A deterministic UUID-shaped string. */
export function uuid(r: () => number): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  const s = (n: number) => Array.from({ length: n }, hex).join('');
  return `${s(8)}-${s(4)}-4${s(3)}-${pick(r, ['8', '9', 'a', 'b'])}${s(3)}-${s(12)}`;
}

export function isoDay(base: string, plusDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- Word

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold })] });
}

function docxTable(rows: string[][], header: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, i) => new TableRow({ children: row.map((c) => new TableCell({ children: [cellPara(c, header && i === 0)] })) }),
    ),
  });
}

function docxBlock(b: Block): (Paragraph | Table)[] {
  if ('title' in b) return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 400 }, children: [new TextRun({ text: b.title, bold: true, size: 48 })] })];
  if ('subtitle' in b) return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.subtitle, size: 28 })] })];
  if ('h1' in b) return [new Paragraph({ text: b.h1, heading: HeadingLevel.HEADING_1 })];
  if ('h2' in b) return [new Paragraph({ text: b.h2, heading: HeadingLevel.HEADING_2 })];
  if ('h3' in b) return [new Paragraph({ text: b.h3, heading: HeadingLevel.HEADING_3 })];
  if ('p' in b) return [new Paragraph({ alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: b.p, bold: b.bold ?? false })] })];
  if ('bullets' in b) return b.bullets.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
  if ('table' in b) return [docxTable(b.table, b.header ?? true), new Paragraph('')];
  return [new Paragraph({ children: [new PageBreak()] })];
}

export async function docx(spec: DocSpec): Promise<Buffer> {
  const m = spec.meta ?? {};
  const doc = new Document({
    ...(m.title ? { title: m.title } : {}),
    ...(m.subject ? { subject: m.subject } : {}),
    ...(m.keywords ? { keywords: m.keywords } : {}),
    creator: m.author ?? 'Microsoft Office User',
    lastModifiedBy: m.author ?? 'Microsoft Office User',
    revision: 7,
    sections: [
      {
        ...(spec.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 18 })] })] }) } } : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: spec.footer ? `${spec.footer}    Page ` : 'Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: spec.blocks.flatMap(docxBlock),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- PDF

/** Characters the standard 14 fonts (WinAnsi) can draw; anything else is replaced. */
function winAnsi(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[^\x20-\x7e\u00a0-\u00ff–—•§]/g, '-');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of winAnsi(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

export interface PdfOptions {
  font?: 'helvetica' | 'times' | 'courier';
  producer?: string;
}

export async function pdf(spec: DocSpec, opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const m = spec.meta ?? {};
  if (m.title) doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  if (m.subject) doc.setSubject(m.subject);
  if (m.keywords) doc.setKeywords([m.keywords]);
  doc.setProducer(opts.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreator(opts.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const [regularName, boldName] =
    opts.font === 'times' ? [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold] : opts.font === 'courier' ? [StandardFonts.Courier, StandardFonts.CourierBold] : [StandardFonts.Helvetica, StandardFonts.HelveticaBold];
  const regular = await doc.embedFont(regularName);
  const bold = await doc.embedFont(boldName);
  const W = 612;
  const H = 792;
  const left = 72;
  const width = W - 144;
  let page = doc.addPage([W, H]);
  let y = H - 90;
  const newPage = () => {
    page = doc.addPage([W, H]);
    y = H - 90;
  };
  const line = (text: string, font: PDFFont, size: number, x = left, gap = 4) => {
    if (y < 80) newPage();
    page.drawText(winAnsi(text), { x, y, size, font, color: rgb(0, 0, 0) });
    y -= size + gap;
  };
  for (const b of spec.blocks) {
    if ('title' in b) {
      y -= 140;
      for (const l of wrap(b.title, bold, 22, width)) line(l, bold, 22, left + Math.max(0, (width - bold.widthOfTextAtSize(l, 22)) / 2), 8);
      y -= 16;
    } else if ('subtitle' in b) {
      for (const l of wrap(b.subtitle, regular, 14, width)) line(l, regular, 14, left + Math.max(0, (width - regular.widthOfTextAtSize(l, 14)) / 2), 6);
    } else if ('h1' in b || 'h2' in b || 'h3' in b) {
      const text = 'h1' in b ? b.h1 : 'h2' in b ? b.h2 : b.h3;
      const size = 'h1' in b ? 15 : 'h2' in b ? 13 : 11.5;
      y -= 8;
      if (y < 120) newPage();
      for (const l of wrap(text, bold, size, width)) line(l, bold, size, left, 6);
    } else if ('p' in b) {
      const f = b.bold ? bold : regular;
      for (const l of wrap(b.p, f, 10.5, width)) line(l, f, 10.5, b.center ? left + Math.max(0, (width - f.widthOfTextAtSize(l, 10.5)) / 2) : left);
      y -= 6;
    } else if ('bullets' in b) {
      for (const item of b.bullets) {
        wrap(item, regular, 10.5, width - 18).forEach((l, i) => line(i === 0 ? `•  ${l}` : `    ${l}`, regular, 10.5, left + 6));
      }
      y -= 6;
    } else if ('table' in b) {
      const cols = Math.max(...b.table.map((r) => r.length));
      const colW = width / cols;
      b.table.forEach((row, ri) => {
        const f = ri === 0 && (b.header ?? true) ? bold : regular;
        const cells = row.map((c) => wrap(c, f, 9, colW - 6));
        const height = Math.max(...cells.map((c) => c.length));
        if (y - height * 12 < 80) newPage();
        for (let k = 0; k < height; k++) {
          cells.forEach((c, ci) => {
            const t = c[k];
            if (t) page.drawText(t, { x: left + ci * colW, y, size: 9, font: f });
          });
          y -= 12;
        }
        y -= 4;
      });
      y -= 8;
    } else newPage();
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    if (spec.header) p.drawText(winAnsi(spec.header), { x: left, y: H - 48, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${spec.footer ? `${spec.footer}   ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(winAnsi(foot), { x: left, y: 40, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return Buffer.from(await doc.save());
}

// ---------------------------------------------------------------- workbooks

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers to set bold (header rows, titles). */
  bold?: number[];
  merges?: string[];
  widths?: number[];
  freezeRow?: number;
}

export async function xlsx(sheets: SheetSpec[], meta: { title?: string; author?: string; company?: string; subject?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.author ?? 'Microsoft Office User';
  wb.lastModifiedBy = meta.author ?? 'Microsoft Office User';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (meta.title) wb.title = meta.title;
  if (meta.company) wb.company = meta.company;
  if (meta.subject) wb.subject = meta.subject;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.freezeRow ? { views: [{ state: 'frozen', ySplit: s.freezeRow }] } : {});
    for (const r of s.rows) ws.addRow(r);
    for (const n of s.bold ?? []) ws.getRow(n).font = { bold: true };
    for (const m of s.merges ?? []) ws.mergeCells(m);
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- CSV

export function csv(rows: (string | number)[][], eol = '\r\n'): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join(eol) + eol;
}

/** CSV with every field quoted, as Nessus and Qualys write it. */
export function csvQuoted(rows: (string | number)[][], eol = '\r\n'): string {
  return rows.map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',')).join(eol) + eol;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
