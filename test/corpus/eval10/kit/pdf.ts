import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export type PdfBlock =
  | { t: 'title'; text: string; size?: number; center?: boolean }
  | { t: 'h1' | 'h2' | 'h3'; text: string }
  | { t: 'p'; text: string; size?: number; bold?: boolean; italic?: boolean; center?: boolean; indent?: number }
  | { t: 'bullets'; items: string[]; size?: number }
  | { t: 'table'; rows: string[][]; widths?: number[]; header?: boolean; size?: number }
  | { t: 'break' }
  | { t: 'spacer'; h?: number }
  | { t: 'slide'; title: string; bullets: string[]; subtitle?: string };

export interface PdfMeta {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  creator?: string;
  producer?: string;
  created?: Date;
  modified?: Date;
}

export interface PdfSpec {
  page: 'letter' | 'letter-landscape' | 'legal-landscape' | 'slide';
  meta: PdfMeta;
  /** Running header, drawn on every page except the first when `headerFromPage` is 2. */
  header?: (page: number) => string;
  headerFromPage?: number;
  footer?: (page: number, total: number) => string;
  font?: 'helvetica' | 'times';
  size?: number;
  objectStreams?: boolean;
  blocks: PdfBlock[];
}

const SIZES: Record<PdfSpec['page'], [number, number]> = {
  letter: [612, 792],
  'letter-landscape': [792, 612],
  'legal-landscape': [1008, 612],
  slide: [960, 540],
};

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACE: Record<string, string> = {
  '☐': '[ ]',
  '☒': '[X]',
  '☑': '[X]',
  '✓': 'X',
  '✔': 'X',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '≈': '~',
  '\t': '    ',
  '\u00a0': ' ',
};

/** Keeps only what the standard fonts (WinAnsi) can show. */
export function winAnsi(s: string): string {
  let out = '';
  for (const ch of s) {
    const r = REPLACE[ch];
    if (r !== undefined) out += r;
    else if (ch.charCodeAt(0) < 256 && ch !== '\r' && ch !== '\n') out += ch;
    else if (WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === '\n') out += ' ';
    else out += '?';
  }
  return out;
}

class Writer {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  readonly w: number;
  readonly h: number;
  readonly margin: number;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    readonly italic: PDFFont,
    readonly spec: PdfSpec,
  ) {
    [this.w, this.h] = SIZES[spec.page];
    this.margin = spec.page === 'slide' ? 48 : 54;
    this.newPage();
  }
  newPage(): void {
    this.page = this.doc.addPage([this.w, this.h]);
    this.pages.push(this.page);
    this.y = this.h - this.margin - 14;
  }
  ensure(height: number): void {
    if (this.y - height < this.margin + 18) this.newPage();
  }
  private widthCache = new Map<PDFFont, Map<string, number>>();
  measure(text: string, font: PDFFont, size: number): number {
    let cache = this.widthCache.get(font);
    if (!cache) {
      cache = new Map();
      this.widthCache.set(font, cache);
    }
    let total = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, 1000);
        cache.set(ch, w);
      }
      total += w;
    }
    return (total * size) / 1000;
  }
  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const para of text.split('\n')) {
      const words = winAnsi(para).split(/ +/);
      let line = '';
      for (const word of words) {
        const cand = line === '' ? word : `${line} ${word}`;
        if (this.measure(cand, font, size) <= width || line === '') line = cand;
        else {
          lines.push(line);
          line = word;
        }
        while (this.measure(line, font, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.measure(line.slice(0, cut), font, size) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }
  text(text: string, opts: { size?: number; font?: PDFFont; indent?: number; center?: boolean; after?: number } = {}): void {
    const size = opts.size ?? this.spec.size ?? 10;
    const font = opts.font ?? this.font;
    const indent = opts.indent ?? 0;
    const width = this.w - 2 * this.margin - indent;
    for (const line of this.wrap(text, font, size, width)) {
      this.ensure(size * 1.35);
      const x = opts.center ? (this.w - this.measure(line, font, size)) / 2 : this.margin + indent;
      this.page.drawText(line, { x, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * 1.35;
    }
    this.y -= opts.after ?? size * 0.6;
  }
  table(rows: string[][], widthsPct: number[] | undefined, header: boolean, size: number): void {
    const cols = Math.max(...rows.map((r) => r.length));
    const total = this.w - 2 * this.margin;
    const ws = (widthsPct ?? Array.from({ length: cols }, () => 100 / cols)).map((p) => (p / 100) * total);
    const drawRow = (row: string[], isHeader: boolean): void => {
      const font = isHeader ? this.bold : this.font;
      const cells = row.map((c, i) => this.wrap(c, font, size, (ws[i] ?? 40) - 6));
      const height = Math.max(...cells.map((l) => l.length)) * size * 1.25 + 6;
      if (this.y - height < this.margin + 18) {
        this.newPage();
        if (header && !isHeader && rows[0]) drawRow(rows[0], true);
      }
      let x = this.margin;
      cells.forEach((lines, i) => {
        const cw = ws[i] ?? 40;
        if (isHeader) this.page.drawRectangle({ x, y: this.y - height + size, width: cw, height, color: rgb(0.85, 0.89, 0.95) });
        this.page.drawRectangle({ x, y: this.y - height + size, width: cw, height, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
        lines.forEach((line, j) => {
          this.page.drawText(line, { x: x + 3, y: this.y - 2 - j * size * 1.25, size, font });
        });
        x += cw;
      });
      this.y -= height;
    };
    rows.forEach((row, r) => drawRow(row, header && r === 0));
    this.y -= 10;
  }
  slide(title: string, bullets: string[], subtitle?: string): void {
    if (this.pages.length > 1 || this.y < this.h - this.margin - 20) this.newPage();
    this.page.drawRectangle({ x: 0, y: this.h - 90, width: this.w, height: 90, color: rgb(0.09, 0.24, 0.42) });
    this.page.drawText(winAnsi(title), { x: this.margin, y: this.h - 58, size: 28, font: this.bold, color: rgb(1, 1, 1) });
    this.y = this.h - 130;
    if (subtitle) this.text(subtitle, { size: 18, font: this.italic });
    for (const b of bullets) this.text(`•  ${b}`, { size: 18, indent: 10, after: 6 });
  }
}

export async function makePdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const times = spec.font === 'times';
  const font = await doc.embedFont(times ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(times ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(times ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const w = new Writer(doc, font, bold, italic, spec);
  const base = spec.size ?? 10;
  for (const b of spec.blocks) {
    switch (b.t) {
      case 'title':
        w.text(b.text, { size: b.size ?? 22, font: bold, center: b.center !== false, after: 12 });
        break;
      case 'h1':
        w.ensure(60);
        w.text(b.text, { size: base + 5, font: bold, after: 6 });
        break;
      case 'h2':
        w.ensure(50);
        w.text(b.text, { size: base + 2, font: bold, after: 4 });
        break;
      case 'h3':
        w.ensure(40);
        w.text(b.text, { size: base + 1, font: bold, after: 3 });
        break;
      case 'p':
        w.text(b.text, { size: b.size, font: b.bold ? bold : b.italic ? italic : font, center: b.center, indent: b.indent });
        break;
      case 'bullets':
        for (const item of b.items) w.text(`•  ${item}`, { size: b.size, indent: 12, after: 2 });
        w.y -= 4;
        break;
      case 'table':
        w.table(b.rows, b.widths, b.header !== false, b.size ?? base - 1.5);
        break;
      case 'break':
        w.newPage();
        break;
      case 'spacer':
        w.y -= b.h ?? 20;
        break;
      case 'slide':
        w.slide(b.title, b.bullets, b.subtitle);
        break;
    }
  }
  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    const n = i + 1;
    if (spec.header && n >= (spec.headerFromPage ?? 1)) {
      const text = winAnsi(spec.header(n));
      page.drawText(text, { x: w.w - w.margin - font.widthOfTextAtSize(text, 8), y: w.h - 30, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    }
    if (spec.footer) {
      const text = winAnsi(spec.footer(n, total));
      page.drawText(text, { x: w.margin, y: 24, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    }
  });
  const m = spec.meta;
  if (m.title !== undefined) doc.setTitle(m.title);
  if (m.author !== undefined) doc.setAuthor(m.author);
  if (m.subject !== undefined) doc.setSubject(m.subject);
  if (m.keywords !== undefined) doc.setKeywords(m.keywords);
  if (m.creator !== undefined) doc.setCreator(m.creator);
  if (m.producer !== undefined) doc.setProducer(m.producer);
  if (m.created !== undefined) doc.setCreationDate(m.created);
  if (m.modified !== undefined) doc.setModificationDate(m.modified);
  const bytes = await doc.save({ useObjectStreams: spec.objectStreams ?? false });
  return Buffer.from(bytes);
}
