import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';

/** One line-level item of a PDF page flow. */
export type PdfItem =
  | { k: 'title'; t: string; size?: number }
  | { k: 'h'; t: string }
  | { k: 'p'; t: string }
  | { k: 'mono'; t: string }
  | { k: 'gap' }
  | { k: 'page' };

export interface PdfSpec {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
  header?: string;
  footer?: string;
  items: PdfItem[];
}

const FIXED = new Date('2026-10-14T15:20:00Z');

/** pdf-lib's standard fonts speak WinAnsi: replace what they cannot draw. */
function safe(text: string): string {
  return text
    .replace(/[\u2265]/g, '>=')
    .replace(/[\u2264]/g, '<=')
    .replace(/[\u2192]/g, '->')
    .replace(/[\u2713\u2714]/g, 'X')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const W = 612;
  const H = 792;
  const M = 64;
  let page = doc.addPage([W, H]);
  let y = H - M;
  let pageNo = 1;
  const decorate = () => {
    if (spec.header) page.drawText(safe(spec.header), { x: M, y: H - 36, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
    if (spec.footer) page.drawText(safe(`${spec.footer}    Page ${pageNo}`), { x: M, y: 30, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  };
  decorate();
  const newPage = () => {
    page = doc.addPage([W, H]);
    pageNo += 1;
    y = H - M;
    decorate();
  };
  const draw = (text: string, font: PDFFont, size: number, lead: number) => {
    for (const line of wrap(safe(text), font, size, W - 2 * M)) {
      if (y < M + lead) newPage();
      page.drawText(line, { x: M, y, size, font });
      y -= lead;
    }
  };
  for (const item of spec.items) {
    switch (item.k) {
      case 'title':
        draw(item.t, bold, item.size ?? 20, (item.size ?? 20) + 6);
        y -= 8;
        break;
      case 'h':
        y -= 6;
        draw(item.t, bold, 12, 16);
        break;
      case 'p':
        draw(item.t, regular, 10, 13.5);
        y -= 5;
        break;
      case 'mono':
        draw(item.t, mono, 8.5, 11);
        break;
      case 'gap':
        y -= 14;
        break;
      case 'page':
        newPage();
        break;
    }
  }
  if (spec.title !== undefined) doc.setTitle(spec.title);
  if (spec.author !== undefined) doc.setAuthor(spec.author);
  if (spec.subject !== undefined) doc.setSubject(spec.subject);
  doc.setCreator(spec.creator ?? 'Microsoft Word');
  doc.setProducer(spec.producer ?? 'Adobe PDF Library 23.1.175');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
