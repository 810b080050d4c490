import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Block } from './blocks.js';

export interface PdfOptions {
  title?: string;
  author?: string;
  subject?: string;
  producer?: string;
  creator?: string;
  header?: string;
  footer?: string;
  date?: Date;
}

/** Replaces characters the standard PDF fonts (WinAnsi) cannot encode. */
export function winAnsi(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e\n\t]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (!word) continue;
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

/** Renders blocks to a simple paginated PDF (Helvetica), with fixed metadata dates. */
export async function buildPdf(blocks: readonly Block[], opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = opts.date ?? new Date(Date.UTC(2025, 2, 3, 14, 0, 0));
  if (opts.title !== undefined) doc.setTitle(opts.title);
  if (opts.author !== undefined) doc.setAuthor(opts.author);
  if (opts.subject !== undefined) doc.setSubject(opts.subject);
  doc.setProducer(opts.producer ?? 'Skia/PDF m120');
  if (opts.creator !== undefined) doc.setCreator(opts.creator);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const boldFont = await doc.embedFont(StandardFonts.HelveticaBold);
  const margin = 60;
  const W = 612;
  const H = 792;
  const width = W - 2 * margin;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - margin;
  let pageNo = 1;
  const decorate = (pg: PDFPage, n: number): void => {
    if (opts.header) pg.drawText(winAnsi(opts.header), { x: margin, y: H - 35, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
    const foot = `${opts.footer ? `${opts.footer}  ` : ''}Page ${n}`;
    pg.drawText(winAnsi(foot), { x: margin, y: 30, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
  };
  decorate(page, pageNo);
  const newPage = (): void => {
    page = doc.addPage([W, H]);
    pageNo += 1;
    decorate(page, pageNo);
    y = H - margin;
  };
  const write = (text: string, f: PDFFont, size: number, indent = 0, gapAfter = 4): void => {
    for (const line of wrap(winAnsi(text), f, size, width - indent)) {
      if (y < margin + size) newPage();
      page.drawText(line, { x: margin + indent, y, size, font: f });
      y -= size * 1.35;
    }
    y -= gapAfter;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'h':
        write(b.text, boldFont, b.level === 1 ? 15 : b.level === 2 ? 13 : 11, 0, 6);
        break;
      case 'bold':
        write(b.text, boldFont, 10.5, 0, 3);
        break;
      case 'big':
        y -= 40;
        write(b.text, boldFont, 22, 0, 20);
        break;
      case 'p':
      case 'note':
        write(b.text, font, 10, 0, 6);
        break;
      case 'bullets':
        for (const i of b.items) write(`- ${i}`, font, 10, 14, 2);
        y -= 4;
        break;
      case 'table':
        b.rows.forEach((r, i) => write(r.join('  |  '), i === 0 ? boldFont : font, 8.5, 0, 2));
        y -= 8;
        break;
      case 'break':
        newPage();
        break;
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
