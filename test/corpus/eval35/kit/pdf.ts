import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import type { ProseDoc } from './types.js';
import { FIXED_DATE } from './zip.js';

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 60;

/** Standard fonts encode WinAnsi only: map the few other characters the texts use. */
function winAnsi(text: string): string {
  return text
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[✓✔]/g, 'X')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of winAnsi(text).split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders a prose document as a PDF with text drawn in Helvetica (deterministic bytes). */
export async function renderPdf(doc: ProseDoc, producer = 'Microsoft® Word for Microsoft 365'): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const meta = doc.meta ?? {};
  if (meta.title !== undefined) pdf.setTitle(meta.title);
  if (meta.creator !== undefined) pdf.setAuthor(meta.creator);
  if (meta.subject !== undefined) pdf.setSubject(meta.subject);
  if (meta.keywords !== undefined) pdf.setKeywords([meta.keywords]);
  pdf.setProducer(producer);
  pdf.setCreator(producer.split(' ')[0] ?? 'Word');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  let page = pdf.addPage([PAGE_W, PAGE_H]);
  let y = PAGE_H - MARGIN;
  const pages = [page];
  const newPage = (): void => {
    page = pdf.addPage([PAGE_W, PAGE_H]);
    pages.push(page);
    y = PAGE_H - MARGIN;
  };
  const line = (text: string, font: PDFFont, size: number, x = MARGIN, center = false): void => {
    if (y < MARGIN + size) newPage();
    const t = winAnsi(text);
    const dx = center ? (PAGE_W - font.widthOfTextAtSize(t, size)) / 2 : x;
    page.drawText(t, { x: dx, y, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.35;
  };
  const width = PAGE_W - 2 * MARGIN;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        y -= 40;
        for (const l of wrap(block.text, bold, block.size ?? 22, width)) line(l, bold, block.size ?? 22, MARGIN, true);
        y -= 20;
        break;
      case 'h': {
        const size = block.level === 2 ? 12 : block.level === 3 ? 11 : 14;
        y -= 6;
        for (const l of wrap(block.text, bold, size, width)) line(l, bold, size);
        break;
      }
      case 'p':
        for (const l of wrap(block.text, block.bold ? bold : regular, 10, width)) line(l, block.bold ? bold : regular, 10);
        y -= 5;
        break;
      case 'bullets':
        for (const item of block.items) {
          const ls = wrap(item, regular, 10, width - 14);
          ls.forEach((l, i) => line(i === 0 ? `\u2022  ${l}` : `    ${l}`, regular, 10, MARGIN + 4));
        }
        y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...block.rows.map((r) => r.length));
        const colW = width / cols;
        block.rows.forEach((row, r) => {
          const font = r === 0 && block.header !== false ? bold : regular;
          const cells = row.map((c) => wrap(c, font, 8, colW - 6));
          const height = Math.max(1, ...cells.map((c) => c.length)) * 10.5 + 4;
          if (y - height < MARGIN) newPage();
          cells.forEach((c, i) => {
            c.forEach((l, k) => page.drawText(l, { x: MARGIN + i * colW + 3, y: y - k * 10.5, size: 8, font }));
          });
          page.drawLine({ start: { x: MARGIN, y: y - height + 8 }, end: { x: PAGE_W - MARGIN, y: y - height + 8 }, thickness: 0.4 });
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
  pages.forEach((p, i) => {
    if (doc.header) p.drawText(winAnsi(doc.header), { x: MARGIN, y: PAGE_H - 30, size: 8, font: regular });
    const foot = `${doc.footer ? `${doc.footer}    ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(winAnsi(foot), { x: MARGIN, y: 28, size: 8, font: regular });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
