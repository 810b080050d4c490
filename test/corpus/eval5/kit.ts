// Shared tooling of the fifth evaluation corpus: the document type, a seeded random source, and
// builders for real .docx (docx), .xlsx (exceljs) and .pdf (pdf-lib) files with covers, tables,
// headers and footers. Office files are re-zipped with fixed timestamps so every run gives the same bytes.
import { readFile } from 'node:fs/promises';
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
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { fixture } from '../../support/fixtures.js';

/** The expected labels: DOMAIN.md's taxonomy as the core defines it (UNKNOWN included). */
export const CODES = DeliverableType.options;
export type Code = DeliverableType;

export interface Eval5Entry {
  file: string;
  expected: Code;
  note: string;
}
export interface Eval5Doc extends Eval5Entry {
  data: Buffer | string;
}

/** Fixed instant used for every timestamp inside generated files. */
export const FIXED_DATE = new Date('2026-05-04T14:30:00Z');

/** mulberry32: small, fast, seeded. */
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
export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
export function ipv4(r: () => number, prefix = '10.20'): string {
  return `${prefix}.${int(r, 1, 30)}.${int(r, 2, 250)}`;
}
/** A deterministic UUID (v4 layout) from the random source. */
export function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
export function isoDay(base: string, plusDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((c) => (typeof c === 'number' ? String(c) : /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
export async function readFixture(relative: string): Promise<string> {
  return readFile(fixture(relative), 'utf8');
}

// ---------------------------------------------------------------- zip normalisation

async function unzipAll(buf: Buffer): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: { name: string; data: Buffer }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return reject(e2 ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Entries of a zip archive (for the corpus self-check). */
export const readZipEntries = unzipAll;

/** Re-zips an Office file with fixed entry times and fixed core-property dates: same bytes every run. */
export async function normalizeOffice(buf: Buffer): Promise<Buffer> {
  const entries = await unzipAll(buf);
  const zip = new yazl.ZipFile();
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const e of entries) {
    if (e.name.endsWith('/')) {
      zip.addEmptyDirectory(e.name, { mtime: FIXED_DATE });
      continue;
    }
    let data = e.data;
    if (e.name === 'docProps/core.xml') {
      data = Buffer.from(
        data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
      );
    }
    zip.addBuffer(data, e.name, { mtime: FIXED_DATE });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------- docx

export type Block =
  | { h1: string }
  | { h2: string }
  | { h3: string }
  | { p: string; bold?: boolean; center?: boolean; size?: number }
  | { bullets: string[] }
  | { table: string[][]; noHeader?: boolean }
  | { pageBreak: true };

export interface DocxSpec {
  title?: string;
  subject?: string;
  creator?: string;
  header?: string;
  footer?: string;
  blocks: Block[];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function docxTable(rows: string[][], noHeader: boolean): Table {
  const cols = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0 && !noHeader,
          children: Array.from(
            { length: cols },
            (_, c) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                ...(i === 0 && !noHeader ? { shading: { fill: 'D9E2F3' } } : {}),
                children: [new Paragraph({ children: [new TextRun({ text: r[c] ?? '', bold: i === 0 && !noHeader })] })],
              }),
          ),
        }),
    ),
  });
}

function docxBlocks(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if ('h1' in b) out.push(new Paragraph({ text: b.h1, heading: HeadingLevel.HEADING_1 }));
    else if ('h2' in b) out.push(new Paragraph({ text: b.h2, heading: HeadingLevel.HEADING_2 }));
    else if ('h3' in b) out.push(new Paragraph({ text: b.h3, heading: HeadingLevel.HEADING_3 }));
    else if ('p' in b)
      out.push(
        new Paragraph({
          ...(b.center ? { alignment: AlignmentType.CENTER } : {}),
          children: [new TextRun({ text: b.p, bold: b.bold ?? false, ...(b.size ? { size: b.size * 2 } : {}) })],
        }),
      );
    else if ('bullets' in b) for (const t of b.bullets) out.push(new Paragraph({ text: t, bullet: { level: 0 } }));
    else if ('table' in b) {
      out.push(docxTable(b.table, b.noHeader ?? false));
      out.push(new Paragraph(''));
    } else out.push(new Paragraph({ children: [new PageBreak()] }));
  }
  return out;
}

export async function docx(spec: DocxSpec): Promise<Buffer> {
  const doc = new Document({
    ...(spec.title ? { title: spec.title } : {}),
    ...(spec.subject ? { subject: spec.subject } : {}),
    creator: spec.creator ?? 'Microsoft Office User',
    lastModifiedBy: spec.creator ?? 'Microsoft Office User',
    sections: [
      {
        ...(spec.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, text: spec.header })] }) } } : {}),
        ...(spec.footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: spec.footer })] }) } } : {}),
        children: docxBlocks(spec.blocks),
      },
    ],
  });
  return normalizeOffice(await Packer.toBuffer(doc));
}

/** A revision-history table, as on the second page of most FedRAMP documents. */
export function revisionTable(rows: [string, string, string, string][]): Block {
  return { table: [['Date', 'Version', 'Description', 'Author'], ...rows] };
}

// ---------------------------------------------------------------- xlsx

export type CellValue = string | number | null;
export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  widths?: number[];
  /** 1-based row numbers to print bold (header rows). */
  bold?: number[];
  merges?: string[];
  state?: 'visible' | 'hidden';
}
export interface XlsxProps {
  title?: string;
  creator?: string;
  company?: string;
}

export async function xlsx(sheets: SheetSpec[], props: XlsxProps = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = props.creator ?? 'Excel';
  wb.lastModifiedBy = props.creator ?? 'Excel';
  if (props.title) wb.title = props.title;
  if (props.company) wb.company = props.company;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const n of s.bold ?? []) ws.getRow(n).font = { bold: true };
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return normalizeOffice(Buffer.from(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------- pdf

export type PBlock =
  | { h: string }
  | { h2: string }
  | { p: string }
  | { bullets: string[] }
  | { table: string[][]; widths?: number[] }
  | { center: string; size?: number; bold?: boolean }
  | { gap: number }
  | { pageBreak: true };

export interface PdfSpec {
  title?: string;
  author?: string;
  subject?: string;
  /** Running header on every page (left) */
  header?: string;
  /** Running footer; `{n}` and `{of}` are replaced by the page number and count. */
  footer?: string;
  /** Letterhead lines drawn at the top of the first page only. */
  letterhead?: string[];
  landscape?: boolean;
  blocks: PBlock[];
}

const WINANSI_OK = /[^\x20-\x7E\u2018\u2019\u201C\u201D\u2013\u2014\u2022\u00A7\u00A9\u00AE\u00B7\u00E9]/g;
export function winAnsi(s: string): string {
  return s.replace(/\u2264/g, '<=').replace(/\u2265/g, '>=').replace(/\u2192/g, '->').replace(/\u2713/g, 'X').replace(WINANSI_OK, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = winAnsi(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) <= width || !cur) cur = next;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

export async function pdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create();
  if (spec.title) doc.setTitle(spec.title);
  if (spec.author) doc.setAuthor(spec.author);
  if (spec.subject) doc.setSubject(spec.subject);
  doc.setProducer('Microsoft® Word for Microsoft 365');
  doc.setCreator('Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [W, H] = spec.landscape ? [792, 612] : [612, 792];
  const left = 72;
  const width = W - 144;
  const top = H - 72;
  const bottom = 72;
  let page: PDFPage = doc.addPage([W, H]);
  let y = top;
  if (spec.letterhead) {
    spec.letterhead.forEach((l, i) => {
      const f = i === 0 ? bold : font;
      const s = i === 0 ? 14 : 9;
      const t = winAnsi(l);
      page.drawText(t, { x: (W - f.widthOfTextAtSize(t, s)) / 2, y, size: s, font: f });
      y -= i === 0 ? 18 : 12;
    });
    page.drawLine({ start: { x: left, y: y + 4 }, end: { x: W - left, y: y + 4 }, thickness: 1, color: rgb(0.2, 0.2, 0.4) });
    y -= 20;
  }
  const need = (h: number): void => {
    if (y - h < bottom) {
      page = doc.addPage([W, H]);
      y = top;
    }
  };
  const lines = (text: string, f: PDFFont, size: number, indent = 0): void => {
    for (const l of wrap(text, f, size, width - indent)) {
      need(size + 4);
      page.drawText(l, { x: left + indent, y, size, font: f });
      y -= size + 4;
    }
  };
  for (const b of spec.blocks) {
    if ('h' in b) {
      need(40);
      y -= 6;
      lines(b.h, bold, 14);
      y -= 4;
    } else if ('h2' in b) {
      need(30);
      y -= 4;
      lines(b.h2, bold, 12);
      y -= 2;
    } else if ('p' in b) {
      lines(b.p, font, 10.5);
      y -= 6;
    } else if ('bullets' in b) {
      for (const t of b.bullets) lines(`\u2022  ${t}`, font, 10.5, 12);
      y -= 6;
    } else if ('center' in b) {
      const size = b.size ?? 12;
      const f = b.bold ? bold : font;
      for (const l of wrap(b.center, f, size, width)) {
        need(size + 6);
        page.drawText(l, { x: (W - f.widthOfTextAtSize(l, size)) / 2, y, size, font: f });
        y -= size + 6;
      }
    } else if ('gap' in b) y -= b.gap;
    else if ('table' in b) {
      const cols = Math.max(...b.table.map((r) => r.length));
      const widths = b.widths ?? Array.from({ length: cols }, () => 1);
      const total = widths.reduce((a, c) => a + c, 0);
      const colW = widths.map((w) => (w / total) * width);
      const size = 9;
      b.table.forEach((row, ri) => {
        const f = ri === 0 ? bold : font;
        const cells = colW.map((cw, ci) => wrap(row[ci] ?? '', f, size, cw - 6));
        const rowH = Math.max(...cells.map((c) => c.length)) * (size + 3) + 6;
        need(rowH);
        let x = left;
        cells.forEach((c, ci) => {
          const cw = colW[ci] ?? 0;
          page.drawRectangle({ x, y: y - rowH + size + 3, width: cw, height: rowH, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
          c.forEach((l, li) => page.drawText(l, { x: x + 3, y: y - li * (size + 3), size, font: f }));
          x += cw;
        });
        y -= rowH;
      });
      y -= 10;
    } else {
      page = doc.addPage([W, H]);
      y = top;
    }
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    if (spec.header) p.drawText(winAnsi(spec.header), { x: left, y: H - 40, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
    if (spec.footer) {
      const t = winAnsi(spec.footer.replace('{n}', String(i + 1)).replace('{of}', String(pages.length)));
      p.drawText(t, { x: (W - font.widthOfTextAtSize(t, 8)) / 2, y: 36, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
    }
  });
  return Buffer.from(await doc.save());
}
