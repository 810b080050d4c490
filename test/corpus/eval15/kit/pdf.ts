import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Block } from './blocks.js';

export interface PdfOptions {
  readonly font: 'helvetica' | 'times' | 'courier';
  /** Info dictionary as the producing tool left it; undefined entries are left out. */
  readonly info: {
    readonly title?: string;
    readonly author?: string;
    readonly subject?: string;
    readonly keywords?: string;
    readonly creator?: string;
    readonly producer?: string;
    readonly created: string;
    readonly modified?: string;
  };
  readonly header?: string;
  readonly footer?: string;
  /** "Page N of M" in the footer. */
  readonly pageNumbers?: boolean;
  readonly objectStreams?: boolean;
}

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Replaces characters the standard 14 fonts cannot encode. */
export function winAnsi(text: string): string {
  return text
    .replace(/\t/g, '    ')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/→/g, '->')
    .replace(/✓|✔/g, 'X')
    .replace(/☒/g, '[X]')
    .replace(/☐/g, '[ ]')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 66;

class Layout {
  page: PDFPage;
  y = PAGE_H - MARGIN - 14;
  readonly pages: PDFPage[] = [];
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }
  newPage(): PDFPage {
    const page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(page);
    this.page = page;
    this.y = PAGE_H - MARGIN - 14;
    return page;
  }
  ensure(height: number): void {
    if (this.y - height < MARGIN + 10) this.newPage();
  }
  lines(text: string, font: PDFFont, size: number, width: number): string[] {
    const out: string[] = [];
    for (const raw of winAnsi(text).split('\n')) {
      let current = '';
      for (const word of raw.split(' ')) {
        const next = current.length > 0 ? `${current} ${word}` : word;
        if (current.length > 0 && font.widthOfTextAtSize(next, size) > width) {
          out.push(current);
          current = word;
        } else current = next;
      }
      out.push(current);
    }
    return out;
  }
  text(text: string, opts: { bold?: boolean; size?: number; align?: 'center' | 'right'; indent?: number; after?: number }): void {
    const font = opts.bold === true ? this.fonts.bold : this.fonts.regular;
    const size = opts.size ?? 10.5;
    const indent = opts.indent ?? 0;
    const width = PAGE_W - 2 * MARGIN - indent;
    for (const l of this.lines(text, font, size, width)) {
      this.ensure(size * 1.35);
      const w = font.widthOfTextAtSize(l, size);
      const x = opts.align === 'center' ? (PAGE_W - w) / 2 : opts.align === 'right' ? PAGE_W - MARGIN - w : MARGIN + indent;
      this.page.drawText(l, { x, y: this.y, size, font, color: rgb(0, 0, 0) });
      this.y -= size * 1.35;
    }
    this.y -= opts.after ?? 6;
  }
  table(rows: readonly (readonly string[])[], header: boolean): void {
    const cols = Math.max(1, ...rows.map((r) => r.length));
    const colW = (PAGE_W - 2 * MARGIN) / cols;
    const size = cols > 5 ? 7.5 : 9;
    rows.forEach((row, ri) => {
      const bold = header && ri === 0;
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const cells = Array.from({ length: cols }, (_, ci) => this.lines(row[ci] ?? '', font, size, colW - 6));
      const height = Math.max(...cells.map((c) => c.length)) * size * 1.25 + 5;
      this.ensure(height);
      const top = this.y + size;
      cells.forEach((cellLines, ci) => {
        cellLines.forEach((l, li) => {
          this.page.drawText(l, { x: MARGIN + ci * colW + 3, y: top - size - 2 - li * size * 1.25, size, font });
        });
        this.page.drawRectangle({ x: MARGIN + ci * colW, y: top - height, width: colW, height, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      });
      this.y -= height;
    });
    this.y -= 10;
  }
}

/** A PDF laid out from blocks with one of the standard fonts, as an office suite's export or a print driver makes it. */
export async function renderPdf(blocks: readonly Block[], opts: PdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regularName = opts.font === 'times' ? StandardFonts.TimesRoman : opts.font === 'courier' ? StandardFonts.Courier : StandardFonts.Helvetica;
  const boldName = opts.font === 'times' ? StandardFonts.TimesRomanBold : opts.font === 'courier' ? StandardFonts.CourierBold : StandardFonts.HelveticaBold;
  const fonts = { regular: await doc.embedFont(regularName), bold: await doc.embedFont(boldName) };
  const layout = new Layout(doc, fonts);
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        layout.text(block.text, { bold: true, size: (block.size ?? 40) / 2, align: 'center', after: 14 });
        break;
      case 'line':
        layout.text(block.text, { bold: block.bold === true, size: block.size !== undefined ? block.size / 2 : 11, ...(block.align !== undefined ? { align: block.align } : {}), after: 2 });
        break;
      case 'h':
        layout.ensure(40);
        layout.y -= 6;
        layout.text(block.text, { bold: true, size: [15, 13, 11.5][block.level - 1] ?? 11.5, after: 4 });
        break;
      case 'p':
        layout.text(block.text, {});
        break;
      case 'bullets':
        for (const item of block.items) layout.text(`•  ${item}`, { indent: 14, after: 2 });
        layout.y -= 4;
        break;
      case 'table':
        layout.table(block.rows, block.header !== false);
        break;
      case 'toc':
        for (const entry of block.entries) {
          const [label, page] = entry.split('\t');
          layout.text(`${label ?? ''} ${'.'.repeat(Math.max(4, 70 - (label ?? '').length))} ${page ?? ''}`, { size: 10, after: 1 });
        }
        layout.y -= 8;
        break;
      case 'break':
        layout.newPage();
        break;
    }
  }
  const total = layout.pages.length;
  layout.pages.forEach((page, i) => {
    if (opts.header !== undefined) page.drawText(winAnsi(opts.header), { x: MARGIN, y: PAGE_H - 40, size: 8, font: fonts.regular, color: rgb(0.35, 0.35, 0.35) });
    const foot = [opts.footer, opts.pageNumbers === true ? `Page ${i + 1} of ${total}` : undefined].filter((s) => s !== undefined).join('    ');
    if (foot.length > 0) page.drawText(winAnsi(foot), { x: MARGIN, y: 36, size: 8, font: fonts.regular, color: rgb(0.35, 0.35, 0.35) });
  });
  const info = opts.info;
  if (info.title !== undefined) doc.setTitle(info.title);
  if (info.author !== undefined) doc.setAuthor(info.author);
  if (info.subject !== undefined) doc.setSubject(info.subject);
  if (info.keywords !== undefined) doc.setKeywords([info.keywords]);
  if (info.creator !== undefined) doc.setCreator(info.creator);
  if (info.producer !== undefined) doc.setProducer(info.producer);
  doc.setCreationDate(new Date(info.created));
  doc.setModificationDate(new Date(info.modified ?? info.created));
  const bytes = await doc.save({ useObjectStreams: opts.objectStreams ?? false });
  return Buffer.from(bytes);
}
