import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { ProseDoc } from './model.js';
import { FIXED_DATE } from './rand.js';

const W = 612;
const H = 792;
const M = 60;

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly italic: PDFFont;
}

/** Replaces characters the standard (WinAnsi) fonts cannot encode. */
function sanitizer(font: PDFFont): (s: string) => string {
  const ok = new Set(font.getCharacterSet());
  return (s) =>
    Array.from(s.replace(/\t/g, '  '))
      .map((c) => (ok.has(c.codePointAt(0) ?? 0) ? c : c === '≤' ? '<=' : c === '≥' ? '>=' : c === '→' ? '->' : c === '✓' ? 'x' : '-'))
      .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** Renders a ProseDoc as a text PDF (Helvetica), with per-page header and "Page n of N" footer. */
export async function renderPdf(doc: ProseDoc, producer = 'Microsoft® Word for Microsoft 365'): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const clean = sanitizer(fonts.regular);
  let page: PDFPage = pdf.addPage([W, H]);
  let y = H - M;
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    y = H - M;
  };
  const line = (text: string, font: PDFFont, size: number, x = M, gap = 1.35): void => {
    if (y - size * gap < M) newPage();
    y -= size * gap;
    page.drawText(clean(text), { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };
  const para = (text: string, font: PDFFont, size: number, indent = 0): void => {
    for (const l of wrap(clean(text), font, size, W - 2 * M - indent)) line(l, font, size, M + indent);
  };
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title': {
        const size = (b.size ?? 44) / 2.2;
        y -= 10;
        for (const l of wrap(clean(b.text), fonts.bold, size, W - 2 * M)) {
          const x = (W - fonts.bold.widthOfTextAtSize(l, size)) / 2;
          line(l, fonts.bold, size, Math.max(M, x));
        }
        y -= 10;
        break;
      }
      case 'h':
        y -= 8;
        para(b.text, fonts.bold, b.level === 1 ? 14 : b.level === 2 ? 12 : 11);
        y -= 2;
        break;
      case 'p':
        para(b.text, b.bold ? fonts.bold : b.italic ? fonts.italic : fonts.regular, 10);
        y -= 5;
        break;
      case 'bullets':
        for (const item of b.items) {
          const lines = wrap(clean(item), fonts.regular, 10, W - 2 * M - 14);
          lines.forEach((l, i) => line(i === 0 ? `\u2022  ${l}` : `    ${l}`, fonts.regular, 10, M + 4));
        }
        y -= 5;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        b.rows.forEach((row, ri) => {
          const font = (b.header ?? true) && ri === 0 ? fonts.bold : fonts.regular;
          const cells = row.map((c) => wrap(clean(c), font, 8, cw - 6));
          const height = Math.max(...cells.map((c) => c.length)) * 10 + 4;
          if (y - height < M) newPage();
          const top = y;
          cells.forEach((lines, ci) => {
            lines.forEach((l, li) => page.drawText(l, { x: M + ci * cw + 3, y: top - 10 - li * 10, size: 8, font }));
            page.drawRectangle({ x: M + ci * cw, y: top - height, width: cw, height, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
          });
          y = top - height;
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
    if (doc.header) p.drawText(clean(doc.header), { x: M, y: H - 34, size: 8, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
    const foot = `${doc.footer ? `${doc.footer}    ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(clean(foot), { x: M, y: 30, size: 8, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
  });
  const m = doc.meta;
  if (m?.title !== undefined) pdf.setTitle(m.title);
  if (m?.subject !== undefined) pdf.setSubject(m.subject);
  if (m?.creator !== undefined) pdf.setAuthor(m.creator);
  if (m?.keywords !== undefined) pdf.setKeywords([m.keywords]);
  if (m) {
    pdf.setCreator(m.application ?? 'Microsoft® Word for Microsoft 365');
    pdf.setProducer(producer);
    pdf.setCreationDate(FIXED_DATE);
    pdf.setModificationDate(FIXED_DATE);
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
