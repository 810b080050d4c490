import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { ProseDoc } from './blocks.js';
import { FIXED_DATE } from './zip.js';

/** WinAnsi-safe text for the standard fonts. */
function clean(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a7/g, 'Sec.')
    .replace(/[^\x20-\x7e]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders a block document to a deterministic PDF (letter size, Helvetica). */
export async function renderPdf(doc: ProseDoc, opts: { producer?: string; creatorTool?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const m = doc.meta ?? {};
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.creator !== undefined) pdf.setAuthor(m.creator);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.keywords !== undefined) pdf.setKeywords([m.keywords]);
  pdf.setProducer(opts.producer ?? 'Microsoft: Print To PDF');
  if (opts.creatorTool) pdf.setCreator(opts.creatorTool);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const boldF = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const margin = 64;
  const usable = W - margin * 2;
  let page: PDFPage | undefined;
  let y = 0;
  let pageNo = 0;
  const newPage = (): PDFPage => {
    const pg = pdf.addPage([W, H]);
    pageNo += 1;
    if (doc.header) pg.drawText(clean(doc.header), { x: margin, y: H - 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${doc.footer ? `${clean(doc.footer)}    ` : ''}Page ${pageNo}`;
    pg.drawText(foot, { x: margin, y: 30, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    page = pg;
    y = H - 72;
    return pg;
  };
  const ensure = (): PDFPage => page ?? newPage();
  const line = (t: string, font: PDFFont, size: number, indent = 0, centerIt = false): void => {
    let pg = ensure();
    if (y < 60) pg = newPage();
    const x = centerIt ? Math.max(margin, (W - font.widthOfTextAtSize(t, size)) / 2) : margin + indent;
    pg.drawText(t, { x, y, size, font });
    y -= size * 1.35;
  };
  const para = (t: string, font: PDFFont, size: number, indent = 0, centerIt = false, after = 6): void => {
    for (const l of wrap(t, font, size, usable - indent)) line(l, font, size, indent, centerIt);
    y -= after;
  };
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'h1':
        y -= 8;
        para(b.t, boldF, 14);
        break;
      case 'h2':
        y -= 4;
        para(b.t, boldF, 12);
        break;
      case 'h3':
        para(b.t, boldF, 11);
        break;
      case 'p':
        para(b.t, regular, 10);
        break;
      case 'bold':
        para(b.t, boldF, 10);
        break;
      case 'big':
        y -= 40;
        para(b.t, boldF, 20, 0, true, 14);
        break;
      case 'center':
        para(b.t, regular, 11, 0, true, 2);
        break;
      case 'ul':
        for (const i of b.items) para(`-  ${i}`, regular, 10, 14, false, 2);
        y -= 4;
        break;
      case 'table':
        b.rows.forEach((r, ri) => para(r.join('  |  '), ri === 0 ? boldF : regular, 9, 0, false, 2));
        y -= 6;
        break;
      case 'br':
        newPage();
        break;
    }
  }
  ensure();
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
