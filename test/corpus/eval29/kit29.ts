/**
 * Eval29's own small builders: docx (docx), xlsx (exceljs), pdf (pdf-lib), zip normalisation (jszip) and a
 * seeded random source, so every run writes the same bytes.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
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

/** Every timestamp the corpus writes (document metadata, zip entries). */
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 15, 30, 0));

/** mulberry32: a small deterministic generator. */
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

/** A deterministic UUID-shaped id from a seed. */
export function uuidFrom(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Re-zips an Office file with fixed entry dates and fixed core-property dates (same bytes every run). */
export async function normalizeZip(buf: Buffer, coreDate = '2025-03-14T15:30:00Z'): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.files[name];
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${coreDate}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${coreDate}$2`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------- document model shared by docx and pdf

export type Block =
  | { k: 'title'; text: string; size?: number }
  | { k: 'h1' | 'h2' | 'h3'; text: string }
  | { k: 'bold'; text: string }
  | { k: 'p'; text: string }
  | { k: 'bullets'; items: readonly string[] }
  | { k: 'table'; rows: readonly (readonly string[])[]; header?: boolean }
  | { k: 'break' };

export interface ProseDoc {
  /** Core-property title (docx) / Info title (pdf); undefined leaves it empty. */
  metaTitle?: string;
  metaSubject?: string;
  author?: string;
  header?: string;
  footer?: string;
  /** Headings as Word heading styles (true) or as bold paragraphs (false). */
  styledHeadings?: boolean;
  blocks: readonly Block[];
}

// ---------------------------------------------------------------- docx

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });
}

function docxTable(rows: readonly (readonly string[])[], header: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map((c) => new TableCell({ children: c.split('\n').map((line) => cellPara(line, header && i === 0)) })),
        }),
    ),
  });
}

export async function buildDocx(doc: ProseDoc): Promise<Buffer> {
  const styled = doc.styledHeadings ?? true;
  const children: (Paragraph | Table)[] = [];
  const levels = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;
  const sizes = { h1: 32, h2: 26, h3: 22 } as const;
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 600, after: 300 },
            children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 44 })],
          }),
        );
        break;
      case 'h1':
      case 'h2':
      case 'h3':
        children.push(
          styled
            ? new Paragraph({ text: b.text, heading: levels[b.k] })
            : new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: sizes[b.k] })] }),
        );
        break;
      case 'bold':
        children.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] }));
        break;
      case 'p':
        children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'bullets':
        for (const it of b.items) children.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`\u2022  ${it}`)] }));
        break;
      case 'table':
        children.push(docxTable(b.rows, b.header ?? true));
        children.push(new Paragraph(''));
        break;
      case 'break':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const document = new Document({
    title: doc.metaTitle ?? '',
    subject: doc.metaSubject ?? '',
    creator: doc.author ?? '',
    lastModifiedBy: doc.author ?? '',
    revision: 3,
    sections: [
      {
        headers: doc.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.header, size: 16 })] })] }) } : {},
        footers: doc.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.footer, size: 16 })] })] }) } : {},
        children,
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(document));
}

// ---------------------------------------------------------------- pdf

const WIN_ANSI_MAP: Record<string, string> = { '\u2264': '<=', '\u2265': '>=', '\u2192': '->', '\u2713': 'x', '\u00a0': ' ' };

/** Keeps text within what the standard fonts encode (WinAnsi). */
export function winAnsi(s: string): string {
  return s
    .replace(/[\u2264\u2265\u2192\u2713\u00a0]/g, (c) => WIN_ANSI_MAP[c] ?? '')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u00ae\u2122]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

export async function buildPdf(doc: ProseDoc, opts: { serif?: boolean; producer?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const body = await pdf.embedFont(opts.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(opts.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 64;
  let page: PDFPage = pdf.addPage([W, H]);
  let y = H - M - 10;
  const need = (h: number) => {
    if (y - h < M + 10) {
      page = pdf.addPage([W, H]);
      y = H - M - 10;
    }
  };
  const lines = (text: string, font: PDFFont, size: number, indent = 0, gap = 4) => {
    for (const l of wrap(winAnsi(text), font, size, W - 2 * M - indent)) {
      need(size + gap);
      page.drawText(l, { x: M + indent, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + gap;
    }
  };
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        y -= 20;
        lines(b.text, bold, b.size ? Math.round(b.size / 2) : 20, 0, 8);
        y -= 14;
        break;
      case 'h1':
        y -= 10;
        lines(b.text, bold, 14);
        y -= 4;
        break;
      case 'h2':
      case 'h3':
        y -= 6;
        lines(b.text, bold, 11.5);
        break;
      case 'bold':
        lines(b.text, bold, 10);
        break;
      case 'p':
        lines(b.text, body, 10);
        y -= 6;
        break;
      case 'bullets':
        for (const it of b.items) lines(`\u2022 ${it}`, body, 10, 14);
        y -= 6;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        for (const [i, row] of b.rows.entries()) {
          const font = (b.header ?? true) && i === 0 ? bold : body;
          const cells = row.map((c) => wrap(winAnsi(c.replace(/\n/g, ' ')), font, 8, cw - 6));
          const h = Math.max(1, ...cells.map((c) => c.length)) * 10 + 4;
          need(h);
          cells.forEach((c, j) => c.forEach((l, n) => page.drawText(l, { x: M + j * cw + 3, y: y - n * 10, size: 8, font })));
          page.drawLine({ start: { x: M, y: y - h + 8 }, end: { x: W - M, y: y - h + 8 }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
          y -= h;
        }
        y -= 8;
        break;
      }
      case 'break':
        page = pdf.addPage([W, H]);
        y = H - M - 10;
        break;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    if (doc.header) p.drawText(winAnsi(doc.header), { x: M, y: H - 36, size: 7.5, font: body, color: rgb(0.35, 0.35, 0.35) });
    const foot = `${doc.footer ? `${doc.footer}   ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(winAnsi(foot), { x: M, y: 30, size: 7.5, font: body, color: rgb(0.35, 0.35, 0.35) });
  });
  if (doc.metaTitle) pdf.setTitle(doc.metaTitle);
  if (doc.metaSubject) pdf.setSubject(doc.metaSubject);
  if (doc.author) pdf.setAuthor(doc.author);
  pdf.setProducer(opts.producer ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setCreator(opts.producer ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- markdown / text renderings of the same model

export function toMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'h1':
        out.push(`## ${b.text}`, '');
        break;
      case 'h2':
      case 'h3':
        out.push(`### ${b.text}`, '');
        break;
      case 'bold':
        out.push(`**${b.text}**`, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        const esc = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
        out.push(`| ${head.map(esc).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.map(esc).join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

export function toText(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'bold':
        out.push(b.text, '-'.repeat(Math.min(b.text.length, 70)));
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
  return out.join('\n');
}

// ---------------------------------------------------------------- xlsx

export interface SheetSpec {
  name: string;
  /** Rows as written from row 1; undefined/null leaves a cell empty. */
  rows: readonly (readonly (string | number | Date | null)[])[];
  widths?: readonly number[];
  boldRows?: readonly number[];
}

export async function buildXlsx(sheets: readonly SheetSpec[], meta: { title?: string; creator?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.creator ?? '';
  if (meta.title) wb.title = meta.title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v !== null && v !== undefined) row.getCell(j + 1).value = v;
      });
      if (s.boldRows?.includes(i + 1)) row.font = { bold: true };
    });
    s.widths?.forEach((w, j) => {
      ws.getColumn(j + 1).width = w;
    });
  }
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** RFC 4180 CSV. */
export function toCsv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): string {
  const q = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
