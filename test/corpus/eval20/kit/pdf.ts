import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block } from './blocks.js';

export interface PdfSpec {
  blocks: Block[];
  /** Running header (top of every page but the first when `headerFromPage2`). */
  header?: string;
  headerFromPage2?: boolean;
  /** Running footer; `{PAGE}` and `{PAGES}` are replaced. */
  footer?: string;
  info: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; keywords?: string[] };
  serif?: boolean;
}

/** The standard fonts encode WinAnsi only: replace what they cannot draw. */
export function winAnsi(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/\u2192/g, '->')
    .replace(/[\u2022\u25cf]/g, '*')
    .replace(/\u00a0/g, ' ')
    .replace(/\u2713/g, 'X')
    .replace(/\t/g, '    ')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\n]/g, '?');
}

const W = 612;
const H = 792;
const M = 64;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const cand = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(cand, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = cand;
    }
    lines.push(line);
  }
  return lines;
}

export async function buildPdf(spec: PdfSpec, date: Date): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(spec.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(spec.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(spec.serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = (): void => {
    page = doc.addPage([W, H]);
    pages.push(page);
    y = H - M;
  };
  newPage();
  const need = (h: number): void => {
    if (y - h < M) newPage();
  };
  const line = (t: string, font: PDFFont, size: number, x = M, center = false): void => {
    need(size + 4);
    const s = winAnsi(t);
    const dx = center ? (W - font.widthOfTextAtSize(s, size)) / 2 : x;
    page.drawText(s, { x: dx, y: y - size, size, font, color: rgb(0, 0, 0) });
    y -= size + 4;
  };
  for (const x of spec.blocks) {
    switch (x.k) {
      case 'h': {
        const size = x.level === 1 ? 15 : x.level === 2 ? 12.5 : 11;
        y -= 8;
        need(size * 3);
        for (const l of wrap(winAnsi(x.text), bold, size, W - 2 * M)) line(l, bold, size);
        y -= 2;
        break;
      }
      case 'p': {
        const size = x.size ?? 10.5;
        const font = x.bold ? bold : x.italic ? italic : regular;
        for (const l of wrap(winAnsi(x.text), font, size, W - 2 * M)) line(l, font, size, M, x.center ?? false);
        y -= 5;
        break;
      }
      case 'bullets':
      case 'numbered':
        x.items.forEach((it, i) => {
          const lead = x.k === 'bullets' ? '-' : `${i + 1}.`;
          wrap(winAnsi(it), regular, 10.5, W - 2 * M - 18).forEach((l, j) => {
            if (j === 0) {
              need(15);
              page.drawText(lead, { x: M + 2, y: y - 10.5, size: 10.5, font: regular });
            }
            line(l, regular, 10.5, M + 18);
          });
        });
        y -= 5;
        break;
      case 'table': {
        const cols = Math.max(...x.rows.map((r) => r.length));
        const total = W - 2 * M;
        const widths = x.widths
          ? x.widths.map((w) => (w / x.widths!.reduce((a, c) => a + c, 0)) * total)
          : Array.from({ length: cols }, () => total / cols);
        const size = 8.5;
        x.rows.forEach((r, i) => {
          const font = (x.header ?? true) && i === 0 ? bold : regular;
          const cells = r.map((c, j) => wrap(winAnsi(c), font, size, (widths[j] ?? 40) - 6));
          const hgt = Math.max(...cells.map((c) => c.length)) * (size + 2) + 6;
          need(hgt);
          let cx = M;
          cells.forEach((c, j) => {
            const w = widths[j] ?? 40;
            page.drawRectangle({ x: cx, y: y - hgt, width: w, height: hgt, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
            c.forEach((l, k) => page.drawText(l, { x: cx + 3, y: y - 3 - (k + 1) * (size + 2) + 2, size, font }));
            cx += w;
          });
          y -= hgt;
        });
        y -= 10;
        break;
      }
      case 'break':
        newPage();
        break;
      case 'space':
        y -= 14;
        break;
    }
  }
  pages.forEach((pg, i) => {
    const n = String(i + 1);
    if (spec.header && !(spec.headerFromPage2 && i === 0)) pg.drawText(winAnsi(spec.header), { x: M, y: H - 36, size: 8, font: italic });
    if (spec.footer) {
      const t = winAnsi(spec.footer.replace('{PAGE}', n).replace('{PAGES}', String(pages.length)));
      pg.drawText(t, { x: (W - regular.widthOfTextAtSize(t, 8)) / 2, y: 30, size: 8, font: regular });
    }
  });
  const i = spec.info;
  if (i.title !== undefined) doc.setTitle(i.title);
  if (i.author !== undefined) doc.setAuthor(i.author);
  if (i.subject !== undefined) doc.setSubject(i.subject);
  if (i.keywords !== undefined) doc.setKeywords(i.keywords);
  doc.setCreator(i.creator ?? 'Microsoft Word');
  doc.setProducer(i.producer ?? 'Microsoft: Print To PDF');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
