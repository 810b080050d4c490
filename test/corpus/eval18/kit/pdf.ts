import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DocSpec } from './model.js';
import { FIXED_DATE } from './model.js';

export interface PdfOptions {
  readonly pageSize?: 'A4' | 'Letter';
  /** Producer / creator strings as the exporting tool would set them. */
  readonly producer?: string;
  readonly creatorTool?: string;
  /** Leave the Info dictionary without a title (as many exports do). */
  readonly noInfoTitle?: boolean;
}

const REPLACE: Record<string, string> = { '■': '|', '≥': '>=', '≤': '<=', '✓': 'X', '☐': '[ ]', '☒': '[X]', '→': '->', '≈': '~', '\u2011': '-', '\u00a0': ' ' };

function sanitiser(font: PDFFont): (s: string) => string {
  const ok = new Set(font.getCharacterSet());
  return (s) =>
    Array.from(s)
      .map((ch) => (ok.has(ch.codePointAt(0) ?? 0) ? ch : (REPLACE[ch] ?? '?')))
      .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Renders a DocSpec as a PDF (Helvetica, wrapped text, ruled tables, running header and footer). */
export async function renderPdf(spec: DocSpec, opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = sanitiser(regular);
  const [W, H] = opts.pageSize === 'Letter' ? [612, 792] : [595.28, 841.89];
  const margin = 56;
  const usable = W - 2 * margin;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - margin - 14;

  const newPage = (): void => {
    page = doc.addPage([W, H]);
    y = H - margin - 14;
  };
  const ensure = (needed: number): void => {
    if (y - needed < margin + 10) newPage();
  };
  const line = (text: string, font: PDFFont, size: number, x = margin, centre = false): void => {
    ensure(size + 4);
    const t = clean(text);
    const dx = centre ? (W - font.widthOfTextAtSize(t, size)) / 2 : x;
    page.drawText(t, { x: dx, y, size, font, color: rgb(0, 0, 0) });
    y -= size + 4;
  };

  const drawTable = (rows: readonly (readonly string[])[], header: boolean): void => {
    const cols = Math.max(...rows.map((r) => r.length));
    const weights = Array.from({ length: cols }, (_, c) => Math.min(40, Math.max(6, ...rows.map((r) => (r[c] ?? '').length))));
    const total = weights.reduce((a, w) => a + w, 0);
    const widths = weights.map((w) => (w / total) * usable);
    const size = 8;
    rows.forEach((row, ri) => {
      const font = header && ri === 0 ? bold : regular;
      const cells = widths.map((w, c) => wrap(clean(row[c] ?? ''), font, size, w - 6));
      const height = Math.max(...cells.map((c) => c.length)) * (size + 2) + 6;
      ensure(height + 2);
      const top = y + size + 2;
      let x = margin;
      cells.forEach((cellLines, c) => {
        const w = widths[c] ?? 0;
        page.drawRectangle({ x, y: top - height, width: w, height, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
        cellLines.forEach((l, li) => page.drawText(l, { x: x + 3, y: top - 3 - size - li * (size + 2), size, font }));
        x += w;
      });
      y -= height;
    });
    y -= 8;
  };

  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'title':
        y -= 6;
        for (const l of wrap(clean(block.text), bold, block.size ? block.size / 2 : 20, usable)) line(l, bold, block.size ? block.size / 2 : 20, margin, true);
        y -= 8;
        break;
      case 'h': {
        const size = [15, 12.5, 11][block.level - 1] ?? 11;
        y -= 6;
        ensure(size + 30);
        for (const l of wrap(clean(block.text), bold, size, usable)) line(l, bold, size);
        y -= 2;
        break;
      }
      case 'p': {
        const size = block.small ? 8 : 10;
        const font = block.bold ? bold : regular;
        for (const l of wrap(clean(block.text), font, size, usable)) line(l, font, size);
        y -= 4;
        break;
      }
      case 'bullets':
        for (const item of block.items) {
          const ls = wrap(clean(item), regular, 10, usable - 16);
          ls.forEach((l, i) => line(i === 0 ? `-  ${l}` : `   ${l}`, regular, 10, margin + 8));
        }
        y -= 4;
        break;
      case 'table':
        drawTable(block.rows, block.header ?? true);
        break;
      case 'pagebreak':
        newPage();
        break;
    }
  }

  const pages = doc.getPages();
  pages.forEach((pg, i) => {
    if (spec.header) pg.drawText(clean(spec.header), { x: margin, y: H - 34, size: 7.5, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = clean(`${spec.footer ?? ''}${spec.footer ? '   |   ' : ''}Page ${i + 1} of ${pages.length}`);
    pg.drawText(foot, { x: (W - regular.widthOfTextAtSize(foot, 7.5)) / 2, y: 30, size: 7.5, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });

  const meta = spec.meta ?? {};
  if (meta.title !== undefined && !opts.noInfoTitle) doc.setTitle(meta.title);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  if (meta.creator !== undefined) doc.setAuthor(meta.creator);
  if (meta.keywords !== undefined) doc.setKeywords(meta.keywords.split(/[;,]\s*/));
  doc.setProducer(opts.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreator(opts.creatorTool ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
