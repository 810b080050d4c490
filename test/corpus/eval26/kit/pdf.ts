import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { DocSpec } from './blocks.js';
import { FIXED_DATE } from './blocks.js';

const W = 612;
const H = 792;
const M = 64;

/** Keeps text inside WinAnsi, the encoding of the standard PDF fonts. */
export function ansi(s: string): string {
  return s
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[→]/g, '->')
    .replace(/[✓✔]/g, 'X')
    .replace(/\t/g, '    ')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of ansi(text).split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface PdfOptions {
  /** Times instead of Helvetica for body text. */
  serif?: boolean;
}

/** Renders a document spec as a PDF with fixed (or absent) metadata. */
export async function buildPdf(spec: DocSpec, opts: PdfOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const body = await pdf.embedFont(opts.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(opts.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([W, H]);
  let y = H - M - 10;
  const newPage = () => {
    page = pdf.addPage([W, H]);
    y = H - M - 10;
  };
  const need = (h: number) => {
    if (y - h < M + 10) newPage();
  };
  const lines = (text: string, font: PDFFont, size: number, x = M, width = W - 2 * M, center = false) => {
    for (const l of wrap(text, font, size, width)) {
      need(size + 4);
      const lx = center ? (W - font.widthOfTextAtSize(l, size)) / 2 : x;
      page.drawText(l, { x: lx, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + 4;
    }
  };
  for (const b of spec.blocks) {
    switch (b.t) {
      case 'title':
        y -= 10;
        lines(b.text, bold, 20, M, W - 2 * M, true);
        y -= 14;
        break;
      case 'big':
        y -= 60;
        lines(b.text, bold, 24, M, W - 2 * M, true);
        y -= 20;
        break;
      case 'h1':
        y -= 10;
        need(40);
        lines(b.text, bold, 14);
        y -= 4;
        break;
      case 'h2':
        y -= 6;
        need(34);
        lines(b.text, bold, 12);
        y -= 2;
        break;
      case 'bold':
        y -= 6;
        lines(b.text, bold, 11);
        break;
      case 'p':
        lines(b.text, body, 10.5);
        y -= 6;
        break;
      case 'small':
        lines(b.text, body, 8);
        y -= 4;
        break;
      case 'bullets':
        for (const item of b.items) {
          need(14);
          page.drawText('\u2022', { x: M + 6, y, size: 10.5, font: body });
          lines(item, body, 10.5, M + 20, W - 2 * M - 20);
        }
        y -= 6;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        b.rows.forEach((row, ri) => {
          const font = ri === 0 ? bold : body;
          const size = cols > 5 ? 7.5 : 9;
          const wrapped = row.map((c) => wrap(c, font, size, cw - 6));
          const h = Math.max(...wrapped.map((w) => w.length)) * (size + 2) + 6;
          need(h);
          wrapped.forEach((cell, ci) => {
            page.drawRectangle({ x: M + ci * cw, y: y - h + size + 2, width: cw, height: h, borderWidth: 0.5, borderColor: rgb(0.5, 0.5, 0.5) });
            cell.forEach((l, li) => page.drawText(l, { x: M + ci * cw + 3, y: y - li * (size + 2), size, font }));
          });
          y -= h;
        });
        y -= 10;
        break;
      }
      case 'pagebreak':
        newPage();
        break;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    if (spec.header) p.drawText(ansi(spec.header), { x: M, y: H - 36, size: 8, font: body, color: rgb(0.35, 0.35, 0.35) });
    if (spec.footer) p.drawText(ansi(`${spec.footer}   Page ${i + 1} of ${pages.length}`), { x: M, y: 30, size: 8, font: body, color: rgb(0.35, 0.35, 0.35) });
  });
  const m = spec.meta;
  if (m) {
    if (m.title !== undefined) pdf.setTitle(m.title);
    if (m.creator !== undefined) pdf.setAuthor(m.creator);
    if (m.subject !== undefined) pdf.setSubject(m.subject);
    if (m.keywords !== undefined) pdf.setKeywords(m.keywords.split(/[;,] */));
    pdf.setCreator(m.description ?? 'Microsoft® Word for Microsoft 365');
    pdf.setProducer('Microsoft® Word for Microsoft 365');
    pdf.setCreationDate(FIXED_DATE);
    pdf.setModificationDate(FIXED_DATE);
  }
  return Buffer.from(await pdf.save());
}
