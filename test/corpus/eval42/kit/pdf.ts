import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Block, RenderOptions } from './blocks.js';
import { FIXED_DATE } from './zip.js';

/** Standard fonts encode WinAnsi only: map the few typographic characters we use and drop anything else. */
export function winAnsi(s: string): string {
  return s
    .replace(/[\u2265]/g, '>=')
    .replace(/[\u2264]/g, '<=')
    .replace(/[\u2713\u2714]/g, 'X')
    .replace(/[\u00A0]/g, ' ')
    .replace(/[^\x20-\x7E\u00A1-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u00AE\u2122]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** Renders blocks as a text PDF (Helvetica), with running header/footer and pinned metadata. */
export async function renderPdf(blocks: Block[], opts: RenderOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const boldFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 60;
  const pages: PDFPage[] = [];
  let page = pdf.addPage([W, H]);
  pages.push(page);
  let y = H - M - 20;
  const newPage = () => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    y = H - M - 20;
  };
  const line = (text: string, font: PDFFont, size: number, x = M, gap = 4) => {
    if (y < M + 30) newPage();
    page.drawText(winAnsi(text), { x, y, size, font, color: rgb(0, 0, 0) });
    y -= size + gap;
  };
  const para = (text: string, font: PDFFont, size: number, indent = 0, centered = false) => {
    for (const l of wrap(winAnsi(text), font, size, W - 2 * M - indent)) {
      const x = centered ? (W - font.widthOfTextAtSize(l, size)) / 2 : M + indent;
      line(l, font, size, x);
    }
    y -= 6;
  };
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        y -= 10;
        para(b.text, boldFont, 20, 0, true);
        break;
      case 'subtitle':
        para(b.text, regular, 13, 0, true);
        break;
      case 'big':
        y -= 30;
        para(b.text, boldFont, 26, 0, true);
        y -= 20;
        break;
      case 'h1':
        y -= 8;
        para(b.text, boldFont, 14);
        break;
      case 'h2':
        para(b.text, boldFont, 12);
        break;
      case 'p':
        para(b.text, regular, 10);
        break;
      case 'bold':
        para(b.text, boldFont, 10);
        break;
      case 'bullets':
        for (const item of b.items) para(`\u2022 ${item}`, regular, 10, 12);
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const colW = (W - 2 * M) / cols;
        b.rows.forEach((r, i) => {
          const font = i === 0 && b.header !== false ? boldFont : regular;
          const cells = r.map((c) => wrap(winAnsi(c), font, 8, colW - 6));
          const height = Math.max(...cells.map((c) => c.length)) * 10 + 4;
          if (y - height < M + 30) newPage();
          cells.forEach((c, ci) => c.forEach((l, li) => page.drawText(l, { x: M + ci * colW + 2, y: y - li * 10, size: 8, font })));
          page.drawLine({ start: { x: M, y: y - height + 8 }, end: { x: W - M, y: y - height + 8 }, thickness: 0.3, color: rgb(0.5, 0.5, 0.5) });
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
    if (opts.header) pg.drawText(winAnsi(opts.header), { x: M, y: H - 35, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${opts.footer ? `${winAnsi(opts.footer)}   ` : ''}Page ${i + 1} of ${pages.length}`;
    pg.drawText(foot, { x: M, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  const meta = opts.meta ?? {};
  if (meta.title !== undefined) pdf.setTitle(meta.title);
  if (meta.subject !== undefined) pdf.setSubject(meta.subject);
  if (meta.creator !== undefined) pdf.setAuthor(meta.creator);
  if (meta.keywords !== undefined) pdf.setKeywords([meta.keywords]);
  pdf.setProducer('Microsoft\u00AE Word for Microsoft 365');
  pdf.setCreator('Microsoft\u00AE Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
