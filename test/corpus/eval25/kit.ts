/**
 * Small document builders for the eval25 corpus: one block model rendered to docx (docx), pdf (pdf-lib) and
 * markdown/plain text, plus a re-zipper that pins every timestamp so the bytes are the same on every run.
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
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

/** Every date stamped into a container (zip entries, core properties, PDF info). */
export const FIXED_DATE = new Date('2025-03-14T15:30:00Z');

export type Block =
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'boldhead'; text: string } // a heading typed as a bold paragraph, not a style
  | { kind: 'big'; text: string } // large-type title paragraph
  | { kind: 'p'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; header?: boolean }
  | { kind: 'break' };

export const h1 = (text: string): Block => ({ kind: 'h1', text });
export const h2 = (text: string): Block => ({ kind: 'h2', text });
export const bh = (text: string): Block => ({ kind: 'boldhead', text });
export const big = (text: string): Block => ({ kind: 'big', text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const small = (text: string): Block => ({ kind: 'small', text });
export const ul = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][], header = true): Block => ({ kind: 'table', rows, header });
export const pb = (): Block => ({ kind: 'break' });
/** Several paragraphs at once. */
export const ps = (...texts: string[]): Block[] => texts.map(p);

export interface Meta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
}

export interface DocSpec {
  blocks: Block[];
  header?: string;
  footer?: string;
  meta?: Meta;
}

// ---------------------------------------------------------------------------------------------- zip

/** Re-zips an Office package with fixed entry dates and fixed core-property dates. */
export async function pinZip(buf: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let data: Buffer | string = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') {
      data = data
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`)
        .replace(/(<cp:lastPrinted[^>]*>)[^<]*(<\/cp:lastPrinted>)/, `$1${iso}$2`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// --------------------------------------------------------------------------------------------- docx

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function docxTable(rows: string[][], header: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
                children: cell
                  .split('\n')
                  .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header && i === 0, size: 18 })] })),
              }),
          ),
        }),
    ),
  });
}

function docxBlocks(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
        out.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 }));
        break;
      case 'h2':
        out.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
        break;
      case 'boldhead':
        out.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 24 })] }));
        break;
      case 'big':
        out.push(
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 }, children: [new TextRun({ text: b.text, bold: true, size: 44 })] }),
        );
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'small':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 16, italics: true })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`\u2022  ${item}`)] }));
        break;
      case 'table':
        out.push(docxTable(b.rows, b.header ?? true));
        out.push(new Paragraph({ text: '' }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function buildDocx(spec: DocSpec): Promise<Buffer> {
  const m = spec.meta ?? {};
  const doc = new Document({
    creator: m.author ?? '',
    title: m.title ?? '',
    subject: m.subject ?? '',
    keywords: m.keywords ?? '',
    description: m.description ?? '',
    lastModifiedBy: m.lastModifiedBy ?? m.author ?? '',
    revision: 1,
    sections: [
      {
        headers: spec.header
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) }
          : undefined,
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
        children: docxBlocks(spec.blocks),
      },
    ],
  });
  return pinZip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------------------------- pdf

/** PDF standard fonts only speak WinAnsi: keep to plain ASCII. */
export function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '-')
    .replace(/\u00a7/g, 'Sec.')
    .replace(/\u2265/g, '>=')
    .replace(/\u00ae/g, '(R)')
    .replace(/[^\x20-\x7e\n]/g, ' ');
}

export interface PdfOptions {
  /** Info dictionary; fields left undefined are not written. */
  meta?: Meta & { producer?: string; creator?: string };
  header?: string;
  footer?: string;
  serif?: boolean;
}

class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly italic: PDFFont,
  ) {
    this.newPage();
  }
  private newPage(): void {
    this.page = this.doc.addPage([612, 792]);
    this.pages.push(this.page);
    this.y = 720;
  }
  private need(h: number): void {
    if (this.y - h < 72) this.newPage();
  }
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const para of ascii(text).split('\n')) {
      let line = '';
      for (const word of para.split(/\s+/)) {
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
  text(text: string, font: PDFFont, size: number, opts: { indent?: number; center?: boolean; after?: number } = {}): void {
    const indent = opts.indent ?? 0;
    for (const line of this.wrap(text, font, size, 468 - indent)) {
      this.need(size + 3);
      const w = font.widthOfTextAtSize(line, size);
      const x = opts.center ? 306 - w / 2 : 72 + indent;
      if (line) this.page.drawText(line, { x, y: this.y - size, size, font });
      this.y -= size + 3;
    }
    this.y -= opts.after ?? 6;
  }
  table(rows: string[][], header: boolean): void {
    const cols = Math.max(...rows.map((r) => r.length));
    const colW = 468 / cols;
    rows.forEach((row, i) => {
      const f = header && i === 0 ? this.bold : this.font;
      const cells = row.map((c) => this.wrap(c, f, 8, colW - 6));
      const h = Math.max(...cells.map((c) => c.length)) * 10 + 4;
      this.need(h);
      cells.forEach((lines, ci) => {
        lines.forEach((line, li) => {
          if (line) this.page.drawText(line, { x: 72 + ci * colW + 3, y: this.y - 10 - li * 10, size: 8, font: f });
        });
      });
      this.page.drawLine({ start: { x: 72, y: this.y - h }, end: { x: 540, y: this.y - h }, thickness: 0.3 });
      this.y -= h;
    });
    this.y -= 10;
  }
  breakPage(): void {
    this.newPage();
  }
}

export async function buildPdf(blocks: Block[], opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(opts.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(opts.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(opts.serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const w = new PdfWriter(doc, font, bold, italic);
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
        w.text(b.text, bold, 14, { after: 8 });
        break;
      case 'h2':
      case 'boldhead':
        w.text(b.text, bold, 11, { after: 4 });
        break;
      case 'big':
        w.text(b.text, bold, 22, { center: true, after: 18 });
        break;
      case 'p':
        w.text(b.text, font, 10);
        break;
      case 'small':
        w.text(b.text, italic, 8);
        break;
      case 'bullets':
        for (const item of b.items) w.text(`-  ${item}`, font, 10, { indent: 12, after: 2 });
        w.text('', font, 4);
        break;
      case 'table':
        w.table(b.rows, b.header ?? true);
        break;
      case 'break':
        w.breakPage();
        break;
    }
  }
  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    if (opts.header) page.drawText(ascii(opts.header), { x: 72, y: 752, size: 8, font });
    const foot = `${opts.footer ? `${ascii(opts.footer)}   ` : ''}Page ${i + 1} of ${total}`;
    page.drawText(foot, { x: 306 - font.widthOfTextAtSize(foot, 8) / 2, y: 40, size: 8, font });
  });
  const m = opts.meta ?? {};
  if (m.title !== undefined) doc.setTitle(ascii(m.title));
  if (m.author !== undefined) doc.setAuthor(ascii(m.author));
  if (m.subject !== undefined) doc.setSubject(ascii(m.subject));
  if (m.keywords !== undefined) doc.setKeywords([ascii(m.keywords)]);
  if (m.producer !== undefined) doc.setProducer(m.producer);
  if (m.creator !== undefined) doc.setCreator(m.creator);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ------------------------------------------------------------------------------------------ markdown

export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
        out.push(`## ${b.text}`, '');
        break;
      case 'h2':
        out.push(`### ${b.text}`, '');
        break;
      case 'big':
        out.push(`# ${b.text}`, '');
        break;
      case 'boldhead':
        out.push(`**${b.text}**`, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'small':
        out.push(`_${b.text}_`, '');
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
  return out.join('\n');
}

/** Plain text as people paste into e-mails: underlined headings, indented bullets. */
export function toText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
      case 'big':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h2':
      case 'boldhead':
        out.push(b.text, '-'.repeat(Math.min(b.text.length, 72)), '');
        break;
      case 'p':
      case 'small':
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

// --------------------------------------------------------------------------------------------- misc

/** Mulberry32: a small seeded generator so any "random" data is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CSV cell quoting as spreadsheet exports do it. */
export function csv(rows: (string | number)[][], eol = '\r\n'): string {
  return (
    rows
      .map((r) =>
        r
          .map((c) => {
            const s = String(c);
            return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join(eol) + eol
  );
}
