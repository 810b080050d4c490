/** Renders a DocSpec to PDF with pdf-lib (Helvetica, simple flow layout, header/footer on every page). */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DocSpec } from './model.js';

const W = 612;
const H = 792;
const M = 60;

const MAP: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '✓': 'X', '☐': '[ ]', '☒': '[X]', '§': '§', '\t': ' ' };

/** Keeps only what WinAnsi (Helvetica) can encode. */
export function winAnsi(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 63;
    if (MAP[ch] !== undefined) out += MAP[ch];
    else if ((c >= 32 && c < 127) || (c >= 160 && c < 256) || '‘’“”–—•…€™'.includes(ch)) out += ch;
    else out += '?';
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of winAnsi(text).split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface PdfOptions {
  useObjectStreams?: boolean;
  producer?: string;
  creator?: string;
}

export async function renderPdf(spec: DocSpec, opts: PdfOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const boldFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const m = spec.meta;
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.author !== undefined) pdf.setAuthor(m.author);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.keywords !== undefined) pdf.setKeywords([m.keywords]);
  pdf.setProducer(opts.producer ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreator(opts.creator ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreationDate(new Date(m.created));
  pdf.setModificationDate(new Date(m.modified));

  const pages: PDFPage[] = [];
  let page: PDFPage = pdf.addPage([W, H]);
  pages.push(page);
  let y = H - M - 14;
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    y = H - M - 14;
  };
  const need = (h: number): void => {
    if (y - h < M + 20) newPage();
  };
  const lines = (text: string, f: PDFFont, size: number, centerText = false, indent = 0): void => {
    for (const line of wrap(text, f, size, W - 2 * M - indent)) {
      need(size + 3);
      const x = centerText ? (W - f.widthOfTextAtSize(line, size)) / 2 : M + indent;
      page.drawText(line, { x, y, size, font: f });
      y -= size + 3;
    }
  };

  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        y -= 10;
        lines(b.text, boldFont, b.size ?? 22, true);
        y -= 12;
        break;
      case 'h':
        need(40);
        y -= 8;
        lines(b.text, boldFont, b.level === 1 ? 14 : b.level === 2 ? 12 : 11);
        y -= 4;
        break;
      case 'p':
        lines(b.text, b.bold ? boldFont : b.italic ? italic : font, b.small ? 7.5 : 10, b.center === true);
        y -= 6;
        break;
      case 'bullets':
        for (const item of b.items) {
          need(13);
          page.drawText('•', { x: M + 6, y, size: 10, font });
          lines(item, font, 10, false, 18);
        }
        y -= 6;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const total = b.widths ? b.widths.reduce((s, v) => s + v, 0) : cols;
        const widths = Array.from({ length: cols }, (_, j) => ((b.widths?.[j] ?? 1) / total) * (W - 2 * M));
        for (const [i, row] of b.rows.entries()) {
          const isHeader = b.header === true && i === 0;
          const f = isHeader ? boldFont : font;
          const cellLines = widths.map((cw, j) => wrap(row[j] ?? '', f, 8, cw - 6));
          const rowH = Math.max(...cellLines.map((l) => l.length)) * 10 + 6;
          need(rowH);
          let x = M;
          for (const [j, cw] of widths.entries()) {
            page.drawRectangle({ x, y: y - rowH + 10, width: cw, height: rowH, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5, ...(isHeader ? { color: rgb(0.85, 0.89, 0.95) } : {}) });
            let ly = y;
            for (const l of cellLines[j] ?? []) {
              page.drawText(l, { x: x + 3, y: ly, size: 8, font: f });
              ly -= 10;
            }
            x += cw;
          }
          y -= rowH;
        }
        y -= 10;
        break;
      }
      case 'break':
        newPage();
        break;
      case 'spacer':
        y -= 12;
        break;
    }
  }
  const n = pages.length;
  for (const [i, pg] of pages.entries()) {
    if (spec.header) {
      const t = winAnsi(spec.header);
      pg.drawText(t, { x: Math.max(M, (W - font.widthOfTextAtSize(t, 7.5)) / 2), y: H - 36, size: 7.5, font });
    }
    let fy = 40;
    if (spec.footer) {
      for (const line of spec.footer.split('\n')) {
        for (const l of wrap(line, font, 6.5, W - 2 * M)) {
          pg.drawText(l, { x: M, y: fy, size: 6.5, font });
          fy -= 8;
        }
      }
    }
    pg.drawText(`Page ${i + 1} of ${n}`, { x: W - M - 50, y: 48, size: 7.5, font });
  }
  const bytes = await pdf.save({ useObjectStreams: opts.useObjectStreams ?? true });
  return Buffer.from(bytes);
}
