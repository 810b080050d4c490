import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { ProseDoc } from './model.js';
import { FIXED_DATE } from './model.js';

/** WinAnsi-safe text for the standard fonts. */
export function ansi(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a7/g, 'Sec. ').replace(/\u2026/g, '...').replace(/\u2022/g, '-').replace(/\u2265/g, '>=')
    .replace(/[^\x20-\x7e\n]/g, '');
}

interface Ctx { pdf: PDFDocument; page: PDFPage; y: number; font: PDFFont; bold: PDFFont; italic: PDFFont; header?: string; footer?: string; pageNo: number }

const W = 612, H = 792, M = 72;

function newPage(c: Ctx): void {
  c.page = c.pdf.addPage([W, H]);
  c.pageNo += 1;
  c.y = H - M;
  if (c.header) c.page.drawText(ansi(c.header), { x: M, y: H - 40, size: 8, font: c.italic, color: rgb(0.3, 0.3, 0.3) });
  const foot = `${c.footer ? ansi(c.footer) + '   ' : ''}${c.pageNo}`;
  c.page.drawText(foot, { x: W / 2 - c.font.widthOfTextAtSize(foot, 9) / 2, y: 36, size: 9, font: c.font });
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of ansi(text).split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const cand = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(cand, size) > width && line) { lines.push(line); line = word; } else line = cand;
    }
    lines.push(line);
  }
  return lines;
}

function write(c: Ctx, text: string, font: PDFFont, size: number, opts: { x?: number; width?: number; center?: boolean; gap?: number } = {}): void {
  const x = opts.x ?? M;
  const width = opts.width ?? W - 2 * M;
  for (const l of wrap(text, font, size, width)) {
    if (c.y < M + 10) newPage(c);
    const dx = opts.center ? (width - font.widthOfTextAtSize(l, size)) / 2 : 0;
    c.page.drawText(l, { x: x + dx, y: c.y, size, font });
    c.y -= size * 1.3;
  }
  c.y -= opts.gap ?? 4;
}

function drawTable(c: Ctx, rows: string[][]): void {
  const cols = Math.max(...rows.map((r) => r.length));
  const colW = (W - 2 * M) / cols;
  for (const [i, r] of rows.entries()) {
    const f = i === 0 ? c.bold : c.font;
    const wrapped = r.map((t) => wrap(t, f, 8.5, colW - 6));
    const hgt = Math.max(...wrapped.map((w) => w.length)) * 10.5 + 4;
    if (c.y - hgt < M) newPage(c);
    c.page.drawLine({ start: { x: M, y: c.y + 9 }, end: { x: W - M, y: c.y + 9 }, thickness: i <= 1 ? 0.8 : 0.3 });
    wrapped.forEach((lines, j) => lines.forEach((l, k) => c.page.drawText(l, { x: M + j * colW + 3, y: c.y - k * 10.5, size: 8.5, font: f })));
    c.y -= hgt;
  }
  c.page.drawLine({ start: { x: M, y: c.y + 9 }, end: { x: W - M, y: c.y + 9 }, thickness: 0.8 });
  c.y -= 6;
}

export interface PdfOpts { producer?: string; creatorTool?: string; noMeta?: boolean; sans?: boolean }

/** A typeset-looking PDF (Times, numbered pages, running header) from the model. */
export async function writePdf(doc: ProseDoc, opts: PdfOpts = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const serif = !opts.sans;
  const c: Ctx = {
    pdf, page: undefined as unknown as PDFPage, y: 0, pageNo: 0,
    font: await pdf.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
    bold: await pdf.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
    ...(doc.header ? { header: doc.header } : {}),
    ...(doc.footer ? { footer: doc.footer } : {}),
  };
  newPage(c);
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title': write(c, b.text, c.bold, b.size ? b.size / 2 : 20, { center: true, gap: 14 }); break;
      case 'h': c.y -= 6; write(c, b.text, c.bold, b.level === 1 ? 14 : b.level === 2 ? 12 : 11, { gap: 3 }); break;
      case 'p': write(c, b.text, b.bold ? c.bold : b.italic ? c.italic : c.font, 11, { center: b.center ?? false, gap: 5 }); break;
      case 'bullets': for (const i of b.items) { write(c, `-  ${i}`, c.font, 11, { x: M + 14, width: W - 2 * M - 14, gap: 1 }); } c.y -= 4; break;
      case 'table': drawTable(c, b.rows); if (b.caption) write(c, b.caption, c.italic, 9.5, { center: true, gap: 8 }); break;
      case 'pb': newPage(c); break;
    }
  }
  if (!opts.noMeta) {
    if (doc.meta.title) pdf.setTitle(ansi(doc.meta.title));
    if (doc.meta.creator) pdf.setAuthor(ansi(doc.meta.creator));
    if (doc.meta.subject) pdf.setSubject(ansi(doc.meta.subject));
    if (doc.meta.keywords) pdf.setKeywords([doc.meta.keywords]);
  }
  pdf.setProducer(opts.producer ?? 'pdfTeX-1.40.25');
  pdf.setCreator(opts.creatorTool ?? 'LaTeX with hyperref');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
