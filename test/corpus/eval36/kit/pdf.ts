import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DocSpec } from './model.js';
import { FIXED_DATE } from './zip.js';

/** WinAnsi-safe text for the standard fonts. */
export function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00ae/g, '(R)')
    .replace(/\u2022/g, '-')
    .replace(/[^\x20-\x7e]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of ascii(text).split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** Renders a document spec to a deterministic PDF (fixed dates, standard fonts). */
export async function buildPdf(spec: DocSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const boldFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (spec.meta.title !== undefined) pdf.setTitle(ascii(spec.meta.title));
  if (spec.meta.creator !== undefined) pdf.setAuthor(ascii(spec.meta.creator));
  if (spec.meta.subject !== undefined) pdf.setSubject(ascii(spec.meta.subject));
  if (spec.meta.keywords !== undefined) pdf.setKeywords([ascii(spec.meta.keywords)]);
  pdf.setProducer('Microsoft® Word for Microsoft 365'.replace('®', ''));
  pdf.setCreator('Word');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  const W = 612;
  const H = 792;
  const M = 64;
  let page: PDFPage = pdf.addPage([W, H]);
  let y = H - M;
  const pages: PDFPage[] = [page];
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    y = H - M;
  };
  const line = (text: string, font: PDFFont, size: number, x = M, gap = 4): void => {
    if (y - size < M) newPage();
    page.drawText(text, { x, y: y - size, size, font, color: rgb(0, 0, 0) });
    y -= size + gap;
  };
  const para = (text: string, font: PDFFont, size: number, indent = 0): void => {
    for (const l of wrap(text, font, size, W - 2 * M - indent)) line(l, font, size, M + indent);
    y -= 6;
  };
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        y -= 20;
        para(b.text, boldFont, b.size ? b.size / 2 : 20);
        y -= 10;
        break;
      case 'h':
        y -= 6;
        para(b.text, boldFont, (b.level ?? 1) === 1 ? 14 : 12);
        break;
      case 'p':
        para(b.text, b.bold ? boldFont : regular, 10);
        break;
      case 'bullets':
        for (const it of b.items) para(`- ${it}`, regular, 10, 12);
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        b.rows.forEach((r, i) => {
          const font = i === 0 && (b.header ?? true) ? boldFont : regular;
          const cellsLines = r.map((c) => wrap(c, font, 8, cw - 6));
          const height = Math.max(...cellsLines.map((l) => l.length)) * 10 + 4;
          if (y - height < M) newPage();
          cellsLines.forEach((ls, ci) => ls.forEach((l, li) => page.drawText(l, { x: M + ci * cw + 2, y: y - 9 - li * 10, size: 8, font })));
          page.drawLine({ start: { x: M, y: y - height }, end: { x: W - M, y: y - height }, thickness: 0.4 });
          y -= height + 2;
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
    if (spec.header) pg.drawText(ascii(spec.header), { x: M, y: H - 36, size: 7, font: regular });
    const foot = `${spec.footer ? `${ascii(spec.footer)}   ` : ''}Page ${i + 1} of ${pages.length}`;
    pg.drawText(foot, { x: M, y: 30, size: 7, font: regular });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
