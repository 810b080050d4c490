import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { headingNumbers, tocEntries } from './spec.js';
import type { Block, DocSpec } from './spec.js';

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 72;
const TEXT_W = PAGE_W - 2 * MARGIN;

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACE: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '✓': 'X', '☐': '[ ]', '☒': '[X]', '\t': '    ' };

/** Keeps the text inside the standard fonts' WinAnsi repertoire. */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0x3f;
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += REPLACE[ch] ?? (c === 0x0a ? ' ' : '?');
  }
  return out;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of winAnsi(para).split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly header: string | undefined,
  ) {
    this.newPage();
  }

  /** Starts a page; the running header is drawn first, as Word's PDF export does. */
  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = PAGE_H - MARGIN;
    if (this.header) {
      const h = winAnsi(this.header);
      const w = this.fonts.regular.widthOfTextAtSize(h, 8);
      this.page.drawText(h, { x: (PAGE_W - w) / 2, y: PAGE_H - 40, size: 8, font: this.fonts.regular });
    }
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  gap(h: number): void {
    this.y -= h;
  }

  lines(text: string, font: PDFFont, size: number, opts: { center?: boolean; indent?: number; after?: number } = {}): void {
    const indent = opts.indent ?? 0;
    const leading = size * 1.35;
    for (const line of wrap(text, font, size, TEXT_W - indent)) {
      this.ensure(leading);
      const w = font.widthOfTextAtSize(line, size);
      const x = opts.center ? (PAGE_W - w) / 2 : MARGIN + indent;
      this.page.drawText(line, { x, y: this.y - size, size, font });
      this.y -= leading;
    }
    this.y -= opts.after ?? size * 0.6;
  }

  /** A TOC line: title, dot leader, page number. */
  tocLine(title: string, page: number, level: number): void {
    const size = 10.5;
    const font = level === 1 ? this.fonts.bold : this.fonts.regular;
    const indent = (level - 1) * 18;
    const label = winAnsi(title);
    const num = String(page);
    this.ensure(size * 1.5);
    const numW = font.widthOfTextAtSize(num, size);
    let dots = '';
    const avail = TEXT_W - indent - font.widthOfTextAtSize(label, size) - numW - 6;
    while (font.widthOfTextAtSize(`${dots} .`, size) < avail) dots += ' .';
    this.page.drawText(`${label}${dots}`, { x: MARGIN + indent, y: this.y - size, size, font });
    this.page.drawText(num, { x: PAGE_W - MARGIN - numW, y: this.y - size, size, font });
    this.y -= size * 1.5;
  }

  table(header: readonly string[], rows: readonly (readonly string[])[]): void {
    const n = header.length;
    const weights = header.map((h, i) => Math.max(4, Math.min(30, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * TEXT_W);
    const size = n > 6 ? 7 : 8.5;
    const draw = (cells: readonly string[], bold: boolean): void => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', font, size, w - 6));
      const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.25 + 6;
      this.ensure(height);
      let x = MARGIN;
      wrapped.forEach((cellLines, i) => {
        const w = widths[i] ?? 0;
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width: w,
          height,
          borderColor: rgb(0.4, 0.4, 0.4),
          borderWidth: 0.5,
          color: bold ? rgb(0.85, 0.88, 0.93) : undefined,
        });
        cellLines.forEach((line, k) => {
          this.page.drawText(line, { x: x + 3, y: this.y - 3 - size - k * size * 1.25, size, font });
        });
        x += w;
      });
      this.y -= height;
    };
    draw(header, true);
    for (const r of rows) draw(r, false);
    this.y -= 10;
  }
}

export interface PdfOptions {
  /** Creator/Producer written in the Info dictionary (default: Word's "Save as PDF"). */
  producer?: string;
}

/** Lays `spec` out on Letter pages; the caller may still edit the document before saving. */
export async function layoutPdf(spec: DocSpec, opts: PdfOptions = {}): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const times = spec.look === 'fedramp';
  const fonts: Fonts = {
    regular: await doc.embedFont(times ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
    bold: await doc.embedFont(times ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
    italic: await doc.embedFont(times ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
  };
  const lay = new Layout(doc, fonts, spec.header);
  const nums = headingNumbers(spec.body);
  spec.body.forEach((b: Block, i) => {
    switch (b.kind) {
      case 'title':
        lay.lines(b.text, fonts.bold, b.size === 'medium' ? 15 : 22, { center: true, after: 10 });
        break;
      case 'heading': {
        const n = nums.get(i);
        const size = [16, 13, 11.5][b.level - 1] ?? 11;
        lay.ensure(size * 4);
        lay.gap(size * 0.5);
        lay.lines(`${n && spec.numbering !== 'none' ? `${n} ` : ''}${b.text}`, fonts.bold, size, { after: 6 });
        break;
      }
      case 'para':
        lay.lines(b.text, b.bold ? fonts.bold : b.italic ? fonts.italic : fonts.regular, 10.5, { center: b.center });
        break;
      case 'bullets':
        for (const item of b.items) lay.lines(`•  ${item}`, fonts.regular, 10.5, { indent: 14, after: 2 });
        lay.gap(5);
        break;
      case 'table':
        if (b.caption) lay.lines(b.caption, fonts.bold, 9, { after: 3 });
        lay.table(b.header, b.rows);
        break;
      case 'toc':
        lay.lines(b.heading, fonts.bold, 14, { after: 8 });
        for (const e of tocEntries(spec.body)) lay.tocLine(e.title, e.page, e.level);
        break;
      case 'pagebreak':
        lay.newPage();
        break;
      case 'spacer':
        lay.gap(14);
        break;
    }
  });
  const total = lay.pages.length;
  lay.pages.forEach((page, k) => {
    const f = winAnsi(`${spec.footer ? `${spec.footer}    ` : ''}Page ${k + 1} of ${total}`);
    const w = fonts.regular.widthOfTextAtSize(f, 8);
    page.drawText(f, { x: (PAGE_W - w) / 2, y: 36, size: 8, font: fonts.regular });
  });
  const p = spec.props;
  if (p.title) doc.setTitle(winAnsi(p.title));
  if (p.creator) doc.setAuthor(winAnsi(p.creator));
  if (p.subject) doc.setSubject(winAnsi(p.subject));
  if (p.keywords) doc.setKeywords(p.keywords.split(/[;,]\s*/).map(winAnsi));
  const producer = opts.producer ?? 'Microsoft® Word for Microsoft 365';
  doc.setCreator(producer);
  doc.setProducer(producer);
  doc.setCreationDate(spec.date);
  doc.setModificationDate(spec.date);
  return doc;
}

export async function savePdf(doc: PDFDocument): Promise<Buffer> {
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export async function renderPdf(spec: DocSpec, opts: PdfOptions = {}): Promise<Buffer> {
  return savePdf(await layoutPdf(spec, opts));
}

/** A valid PDF with blank pages and no text at all. */
export async function blankPdf(pages: number, date: Date): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([PAGE_W, PAGE_H]);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setProducer('Microsoft® Print to PDF');
  doc.setCreator('Microsoft® Print to PDF');
  return savePdf(doc);
}
