import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DocSpec } from './model.js';

const W = 612;
const HGT = 792;
const ML = 64;
const MR = 64;
const TOP = 76;
const BOTTOM = 64;
const TEXTW = W - ML - MR;

const REPLACE: Record<string, string> = { '→': '->', '✓': 'X', '✔': 'X', '≥': '>=', '≤': '<=', '☐': '[ ]', '☒': '[X]', '\t': ' ' };

/** Keeps only what the standard (WinAnsi) fonts can draw. */
function safe(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\n') {
      out += ch;
      continue;
    }
    const rep = REPLACE[ch];
    if (rep !== undefined) {
      out += rep;
      continue;
    }
    try {
      font.widthOfTextAtSize(ch, 10);
      out += ch;
    } catch {
      // emoji and other symbols the font cannot encode are dropped, as a print driver would
    }
  }
  return out;
}

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/\s+/).filter(Boolean);
    let cur = '';
    for (const w of words) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && font.widthOfTextAtSize(next, size) > width) {
        lines.push(cur);
        cur = w;
      } else cur = next;
    }
    lines.push(cur);
  }
  return lines;
}

/** Renders a DocSpec to PDF bytes (standard fonts, text extractable, fixed metadata). */
export async function toPdf(spec: DocSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const pages: PDFPage[] = [];
  let page = pdf.addPage([W, HGT]);
  pages.push(page);
  let y = HGT - TOP;

  const newPage = () => {
    page = pdf.addPage([W, HGT]);
    pages.push(page);
    y = HGT - TOP;
  };
  const ensure = (h: number) => {
    if (y - h < BOTTOM) newPage();
  };
  const lines = (text: string, font: PDFFont, size: number, opts: { indent?: number; align?: 'center' | 'right'; gap?: number } = {}) => {
    const indent = opts.indent ?? 0;
    for (const line of wrap(font, size, safe(font, text), TEXTW - indent)) {
      ensure(size * 1.35);
      const w = font.widthOfTextAtSize(line, size);
      const x = opts.align === 'center' ? ML + (TEXTW - w) / 2 : opts.align === 'right' ? ML + TEXTW - w : ML + indent;
      page.drawText(line, { x, y: y - size, size, font });
      y -= size * 1.35;
    }
    y -= opts.gap ?? size * 0.6;
  };
  const headingStyle = (level: number): [PDFFont, number] => {
    if (spec.headings === 'large') return [regular, [0, 16, 14, 12][level] ?? 12];
    return [bold, [0, 13, 11.5, 10.5][level] ?? 10.5];
  };

  const drawTable = (rows: string[][], head: boolean) => {
    const cols = Math.max(...rows.map((r) => r.length));
    const size = 8.5;
    const weight = Array.from({ length: cols }, (_, c) => Math.min(40, Math.max(6, ...rows.map((r) => (r[c] ?? '').length))));
    const total = weight.reduce((a, b) => a + b, 0);
    const widths = weight.map((w) => (w / total) * TEXTW);
    rows.forEach((r, ri) => {
      const font = head && ri === 0 ? bold : regular;
      const cells = widths.map((w, c) => wrap(font, size, safe(font, r[c] ?? ''), w - 6));
      const h = Math.max(...cells.map((c) => c.length)) * size * 1.3 + 6;
      ensure(h);
      let x = ML;
      cells.forEach((cl, c) => {
        const w = widths[c] ?? 0;
        page.drawRectangle({ x, y: y - h, width: w, height: h, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5, color: head && ri === 0 ? rgb(0.9, 0.92, 0.95) : undefined });
        cl.forEach((line, li) => page.drawText(line, { x: x + 3, y: y - 3 - size - li * size * 1.3, size, font }));
        x += w;
      });
      y -= h;
    });
    y -= 10;
  };

  for (const b of spec.blocks) {
    switch (b.k) {
      case 'title': {
        const size = spec.headings === 'large' ? 22 : 18;
        lines(b.text, spec.headings === 'large' ? regular : bold, size, { gap: 12 });
        break;
      }
      case 'h': {
        const [font, size] = headingStyle(b.level ?? 1);
        ensure(size * 4);
        y -= 6;
        lines(b.text, font, size, { gap: 4 });
        break;
      }
      case 'p':
        lines(b.text, b.bold ? bold : b.italic ? italic : regular, b.size ? b.size / 2 : 10, { align: b.align });
        break;
      case 'ul':
        for (const item of b.items) lines(`•  ${item}`, regular, 10, { indent: 14, gap: 2 });
        y -= 4;
        break;
      case 'ol':
        b.items.forEach((item, i) => lines(`${i + 1}.  ${item}`, regular, 10, { indent: 14, gap: 2 }));
        y -= 4;
        break;
      case 'table':
        drawTable(b.rows, b.head ?? true);
        break;
      case 'break':
        newPage();
        break;
    }
  }

  const grey = rgb(0.35, 0.35, 0.35);
  pages.forEach((p, i) => {
    if (spec.header) {
      spec.header.split('\n').forEach((h, li) => p.drawText(safe(regular, h), { x: ML, y: HGT - 36 - li * 10, size: 8, font: regular, color: grey }));
    }
    const foot = [spec.footer ?? '', spec.pageNumbers ? `Page ${i + 1} of ${pages.length}` : ''].filter(Boolean).join('    ');
    if (foot) p.drawText(safe(regular, foot), { x: ML, y: 34, size: 8, font: regular, color: grey });
  });

  const m = spec.meta ?? {};
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.author !== undefined) pdf.setAuthor(m.author);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.keywords !== undefined) pdf.setKeywords(m.keywords.split(/[;,]\s*/));
  if (m.creator !== undefined) pdf.setCreator(m.creator);
  if (m.producer !== undefined) pdf.setProducer(m.producer);
  if (spec.date) {
    pdf.setCreationDate(spec.date);
    pdf.setModificationDate(spec.date);
  }
  return Buffer.from(await pdf.save());
}
