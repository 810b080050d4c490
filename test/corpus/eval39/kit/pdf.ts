import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import { FIXED_DATE } from './det.js';

export type PdfBlock =
  | { t: 'title'; text: string }
  | { t: 'h'; text: string }
  | { t: 'p'; text: string }
  | { t: 'mono'; text: string }
  | { t: 'row'; cells: string[] }
  | { t: 'gap' }
  | { t: 'page' };

export interface PdfOptions {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  header?: string;
  footer?: string;
}

const WIDTH = 612;
const HEIGHT = 792;
const MARGIN = 64;

/** Replaces characters outside WinAnsi so the standard fonts can draw them. */
function clean(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '-')
    .replace(/[^\x20-\x7e\n]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of clean(text).split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

export async function buildPdf(blocks: PdfBlock[], opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  if (opts.title !== undefined) doc.setTitle(opts.title);
  if (opts.author !== undefined) doc.setAuthor(opts.author);
  if (opts.subject !== undefined) doc.setSubject(opts.subject);
  doc.setCreator(opts.creator ?? 'Microsoft Word');
  doc.setProducer(opts.creator ? `${opts.creator} PDF export` : 'Microsoft: Print To PDF');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);

  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const pages = [page];
  const newPage = (): void => {
    page = doc.addPage([WIDTH, HEIGHT]);
    pages.push(page);
    y = HEIGHT - MARGIN;
  };
  const draw = (lines: string[], font: PDFFont, size: number, after: number): void => {
    for (const line of lines) {
      if (y < MARGIN + size + 10) newPage();
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
      y -= size + 4;
    }
    y -= after;
  };
  const usable = WIDTH - 2 * MARGIN;
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        draw(wrap(b.text, bold, 18, usable), bold, 18, 12);
        break;
      case 'h':
        y -= 6;
        draw(wrap(b.text, bold, 12, usable), bold, 12, 4);
        break;
      case 'p':
        draw(wrap(b.text, regular, 10, usable), regular, 10, 6);
        break;
      case 'mono':
        draw(wrap(b.text, mono, 8, usable), mono, 8, 4);
        break;
      case 'row': {
        const colW = usable / b.cells.length;
        const wrapped = b.cells.map((c) => wrap(c, regular, 8, colW - 6));
        const height = Math.max(...wrapped.map((w) => w.length)) * 10 + 4;
        if (y - height < MARGIN) newPage();
        wrapped.forEach((lines, i) => {
          lines.forEach((line, j) => page.drawText(line, { x: MARGIN + i * colW, y: y - j * 10, size: 8, font: regular }));
        });
        page.drawLine({ start: { x: MARGIN, y: y - height + 8 }, end: { x: WIDTH - MARGIN, y: y - height + 8 }, thickness: 0.3 });
        y -= height;
        break;
      }
      case 'gap':
        y -= 14;
        break;
      case 'page':
        newPage();
        break;
    }
  }
  pages.forEach((p, i) => {
    if (opts.header) p.drawText(clean(opts.header), { x: MARGIN, y: HEIGHT - 36, size: 7, font: regular, color: rgb(0.35, 0.35, 0.35) });
    const foot = `${opts.footer ? `${clean(opts.footer)}   ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(foot, { x: MARGIN, y: 30, size: 7, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Converts docx-style blocks' plain text to PDF blocks: a convenience for prose documents. */
export function prosePdf(sections: { h: string; ps: string[] }[]): PdfBlock[] {
  return sections.flatMap((s) => [{ t: 'h', text: s.h } as PdfBlock, ...s.ps.map((p) => ({ t: 'p', text: p }) as PdfBlock)]);
}
