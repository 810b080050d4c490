import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { scannedPagePng } from './png.js';
import type { Block } from './types.js';

export interface PdfMeta {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  readonly creator?: string;
  readonly producer?: string;
  readonly created: string;
  readonly modified?: string;
}

export interface PdfSpec {
  readonly meta: PdfMeta;
  readonly blocks: readonly Block[];
  readonly header?: string;
  readonly footer?: string;
  /** Number of image-only pages (scanned look, no text layer) before the text pages. */
  readonly scannedPages?: number;
  readonly seed?: number;
  readonly a4?: boolean;
  readonly serif?: boolean;
}

const REPLACE: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '✓': 'X',
  '✔': 'X',
  '→': '->',
  '☐': '[ ]',
  '☒': '[X]',
  '≈': '~',
  '\t': '    ',
};
const WIN_ANSI_EXTRA = new Set('–—‘’“”•…€™©®°±×§¶·é'.split(''));

/** Keeps only what the standard (WinAnsi) fonts can draw. */
export function pdfSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const r = REPLACE[ch];
    if (r !== undefined) out += r;
    else if ((ch >= ' ' && ch <= '~') || WIN_ANSI_EXTRA.has(ch) || (ch >= '\u00a0' && ch <= '\u00ff')) out += ch;
    else out += '?';
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of pdfSafe(text).split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width || line === '') line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays blocks out on pages with Helvetica (or Times), running headers, footers and page numbers. */
export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(spec.serif === true ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(spec.serif === true ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const [pw, ph] = spec.a4 === true ? [595.28, 841.89] : [612, 792];
  const margin = 66;
  const width = pw - margin * 2;

  for (let i = 0; i < (spec.scannedPages ?? 0); i++) {
    const img = await pdf.embedPng(scannedPagePng((spec.seed ?? 1) * 31 + i));
    const page = pdf.addPage([pw, ph]);
    page.drawImage(img, { x: 0, y: 0, width: pw, height: ph });
  }
  const firstTextPage = pdf.getPageCount();

  let page: PDFPage = pdf.addPage([pw, ph]);
  let y = ph - margin;
  const newPage = (): void => {
    page = pdf.addPage([pw, ph]);
    y = ph - margin;
  };
  const ensure = (h: number): void => {
    if (y - h < margin + 20) newPage();
  };
  const lines = (text: string, font: PDFFont, size: number, opts: { center?: boolean; indent?: number; after?: number } = {}): void => {
    const indent = opts.indent ?? 0;
    for (const line of wrap(text, font, size, width - indent)) {
      ensure(size * 1.4);
      const x = opts.center === true ? (pw - font.widthOfTextAtSize(line, size)) / 2 : margin + indent;
      page.drawText(line, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.4;
    }
    y -= opts.after ?? 4;
  };

  for (const b of spec.blocks) {
    switch (b.k) {
      case 'title':
        y -= 30;
        lines(b.text, bold, (b.size ?? 44) / 2, { center: true, after: 14 });
        break;
      case 'center':
        lines(b.text, b.bold === true ? bold : regular, (b.size ?? 24) / 2, { center: true, after: 4 });
        break;
      case 'h':
        ensure(60);
        y -= 8;
        lines(b.text, bold, b.level === 1 ? 15 : b.level === 2 ? 12.5 : 11, { after: 6 });
        break;
      case 'bh':
        ensure(50);
        y -= 6;
        lines(b.text, bold, 11, { after: 4 });
        break;
      case 'p':
        lines(b.text, regular, 10, { after: 6 });
        break;
      case 'small':
        lines(b.text, regular, 7.5, { after: 4 });
        break;
      case 'bullets':
        for (const item of b.items) {
          ensure(14);
          page.drawText('•', { x: margin + 6, y: y - 10, size: 10, font: regular });
          lines(item, regular, 10, { indent: 18, after: 2 });
        }
        y -= 4;
        break;
      case 'toc':
        lines('Table of Contents', bold, 14, { after: 8 });
        for (const entry of b.entries) {
          const [text, pg] = entry.split('|');
          ensure(14);
          const t = pdfSafe(text ?? entry);
          page.drawText(t, { x: margin, y: y - 10, size: 10, font: regular });
          if (pg !== undefined) page.drawText(pg, { x: pw - margin - regular.widthOfTextAtSize(pg, 10), y: y - 10, size: 10, font: regular });
          y -= 14;
        }
        y -= 8;
        break;
      case 'table': {
        const n = Math.max(...b.rows.map((r) => r.length));
        const fr = b.widths ?? Array.from({ length: n }, () => 100 / n);
        const colW = fr.map((f) => (width * f) / 100);
        const size = 8.5;
        b.rows.forEach((row, ri) => {
          const font = ri === 0 && b.header === true ? bold : regular;
          const cells = row.map((t, ci) => wrap(t, font, size, (colW[ci] ?? 40) - 6));
          const h = Math.max(1, ...cells.map((c) => c.length)) * size * 1.3 + 6;
          ensure(h);
          let x = margin;
          cells.forEach((c, ci) => {
            const w = colW[ci] ?? 40;
            page.drawRectangle({ x, y: y - h, width: w, height: h, borderWidth: 0.5, borderColor: rgb(0.5, 0.5, 0.5), ...(ri === 0 && b.header === true ? { color: rgb(0.85, 0.89, 0.95) } : {}) });
            c.forEach((line, li) => page.drawText(line, { x: x + 3, y: y - 3 - size - li * size * 1.3, size, font, color: rgb(0.1, 0.1, 0.1) }));
            x += w;
          });
          y -= h;
        });
        y -= 10;
        break;
      }
      case 'break':
        newPage();
        break;
    }
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    if (i < firstTextPage) return;
    if (spec.header !== undefined && i > firstTextPage) p.drawText(pdfSafe(spec.header), { x: margin, y: ph - 36, size: 7.5, font: regular, color: rgb(0.35, 0.35, 0.35) });
    const foot = pdfSafe(`${spec.footer !== undefined ? `${spec.footer}    ` : ''}Page ${i + 1} of ${pages.length}`);
    p.drawText(foot, { x: (pw - regular.widthOfTextAtSize(foot, 7.5)) / 2, y: 30, size: 7.5, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });

  const m = spec.meta;
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.author !== undefined) pdf.setAuthor(m.author);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.keywords !== undefined) pdf.setKeywords([...m.keywords]);
  pdf.setCreator(m.creator ?? 'Microsoft® Word for Microsoft 365');
  pdf.setProducer(m.producer ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreationDate(new Date(m.created));
  pdf.setModificationDate(new Date(m.modified ?? m.created));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
