import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Block, RenderOptions } from './blocks.js';
import { FIXED_DATE } from './zip.js';

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 64;

/** Standard fonts only encode WinAnsi: fold typographic characters to ASCII. */
export function ascii(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '*')
    .replace(/\u00a7/g, 'Sec.')
    .replace(/[^\x20-\x7e\n]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of ascii(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Renders blocks to a PDF with fixed metadata (as a word processor's "Save as PDF" would). */
export async function renderPdf(blocks: readonly Block[], opts: RenderOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const meta = opts.meta ?? {};
  if (meta.title) pdf.setTitle(ascii(meta.title));
  if (meta.creator) pdf.setAuthor(ascii(meta.creator));
  if (meta.subject) pdf.setSubject(ascii(meta.subject));
  if (meta.keywords) pdf.setKeywords([ascii(meta.keywords)]);
  pdf.setCreator('Microsoft Word for Microsoft 365');
  pdf.setProducer('Microsoft Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  const pages: PDFPage[] = [];
  let page = pdf.addPage([PAGE_W, PAGE_H]);
  pages.push(page);
  let y = PAGE_H - MARGIN;
  const width = PAGE_W - 2 * MARGIN;
  const newPage = (): void => {
    page = pdf.addPage([PAGE_W, PAGE_H]);
    pages.push(page);
    y = PAGE_H - MARGIN;
  };
  const line = (text: string, font: PDFFont, size: number, x = MARGIN, center = false): void => {
    if (y < MARGIN + size) newPage();
    const tx = center ? (PAGE_W - font.widthOfTextAtSize(text, size)) / 2 : x;
    page.drawText(text, { x: tx, y, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.35;
  };
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        for (const l of wrap(b.text, bold, (b.size ?? 40) / 2, width)) line(l, bold, (b.size ?? 40) / 2, MARGIN, true);
        y -= 10;
        break;
      case 'h1':
        y -= 8;
        for (const l of wrap(b.text, bold, 13, width)) line(l, bold, 13);
        y -= 2;
        break;
      case 'h2':
        y -= 4;
        for (const l of wrap(b.text, bold, 11, width)) line(l, bold, 11);
        break;
      case 'p':
        for (const l of wrap(b.text, regular, 10, width)) line(l, regular, 10);
        y -= 5;
        break;
      case 'small':
        for (const l of wrap(b.text, regular, 8, width)) line(l, regular, 8);
        y -= 4;
        break;
      case 'bullets':
        for (const item of b.items) {
          wrap(item, regular, 10, width - 14).forEach((l, i) => line(i === 0 ? `-  ${l}` : `   ${l}`, regular, 10, MARGIN + 6));
        }
        y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const colW = width / cols;
        b.rows.forEach((row, ri) => {
          const font = ri === 0 ? bold : regular;
          const cells = row.map((c) => wrap(c, font, 8, colW - 6));
          const height = Math.max(...cells.map((c) => c.length)) * 10 + 4;
          if (y - height < MARGIN) newPage();
          cells.forEach((c, ci) => c.forEach((l, li) => page.drawText(l, { x: MARGIN + ci * colW + 2, y: y - li * 10, size: 8, font })));
          page.drawLine({ start: { x: MARGIN, y: y - height + 8 }, end: { x: MARGIN + width, y: y - height + 8 }, thickness: 0.4, color: rgb(0.5, 0.5, 0.5) });
          y -= height;
        });
        y -= 8;
        break;
      }
      case 'break':
        newPage();
        break;
    }
  }
  pages.forEach((pg, i) => {
    if (opts.header) pg.drawText(ascii(opts.header), { x: MARGIN, y: PAGE_H - 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    if (opts.footer) pg.drawText(ascii(`${opts.footer}   Page ${i + 1} of ${pages.length}`), { x: MARGIN, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
