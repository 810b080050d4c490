import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import type { Block, DocMeta } from './model.js';
import { FIXED_DATE } from './model.js';

const W = 612;
const H = 792;
const M = 60;

function clean(text: string): string {
  // Standard fonts use WinAnsi: keep to that repertoire.
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/[^\x20-\x7e\xa7\xa9\xae]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of clean(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Render blocks as a simple multi-page PDF with page headers and footers. */
export async function renderPdf(blocks: Block[], meta: DocMeta = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (meta.title !== undefined) pdf.setTitle(meta.title);
  if (meta.creator !== undefined) pdf.setAuthor(meta.creator);
  if (meta.subject !== undefined) pdf.setSubject(meta.subject);
  pdf.setProducer(meta.lastModifiedBy ?? 'Microsoft: Print To PDF');
  pdf.setCreator(meta.description ?? 'Microsoft Word');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  let page = pdf.addPage([W, H]);
  let y = H - M;
  let pageNo = 1;
  const decorate = (): void => {
    if (meta.header) page.drawText(clean(meta.header), { x: M, y: H - 35, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${meta.footer ? clean(meta.footer) + '   ' : ''}Page ${pageNo}`;
    page.drawText(foot, { x: M, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  };
  decorate();
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pageNo++;
    y = H - M;
    decorate();
  };
  const line = (text: string, font: PDFFont, size: number, indent = 0, after = 0): void => {
    for (const l of wrap(text, font, size, W - 2 * M - indent)) {
      if (y < M + size) newPage();
      page.drawText(l, { x: M + indent, y, size, font });
      y -= size * 1.35;
    }
    y -= after;
  };
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        y -= 60;
        line(b.text, bold, 20, 0, 12);
        break;
      case 'subtitle':
        line(b.text, regular, 13, 0, 8);
        break;
      case 'h1':
        y -= 8;
        line(b.text, bold, 14, 0, 4);
        break;
      case 'h2':
        line(b.text, bold, 11.5, 0, 2);
        break;
      case 'p':
        line(b.text, regular, 10, 0, 6);
        break;
      case 'bold':
        line(b.text, bold, 10, 0, 4);
        break;
      case 'small':
        line(b.text, regular, 8, 0, 4);
        break;
      case 'bullets':
        for (const item of b.items) line(`-  ${item}`, regular, 10, 12, 2);
        y -= 4;
        break;
      case 'table':
        for (const [r, row] of b.rows.entries()) line(row.join('  |  '), r === 0 ? bold : regular, 8.5, 0, 2);
        y -= 6;
        break;
      case 'break':
        newPage();
        break;
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
