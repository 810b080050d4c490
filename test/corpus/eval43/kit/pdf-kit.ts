import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { ProseDoc } from './model.js';
import { FIXED_DATE } from './model.js';

const MAP: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2022': '*', '\u00a0': ' ', '\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u00a7': 'Sec.' };

/** Standard fonts speak WinAnsi only: fold typography to ASCII. */
export function ascii(s: string): string {
  return s.replace(/[^\x20-\x7e\n]/g, (c) => MAP[c] ?? '');
}

interface Cursor { page: PDFPage; y: number; n: number }

/** Renders a prose document as a text PDF (Helvetica), with running header, footer and page numbers. */
export async function renderPdf(doc: ProseDoc, opts: { noMetadata?: boolean; producer?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612, H = 792, M = 60;
  const pages: PDFPage[] = [];
  const newPage = (): Cursor => { const page = pdf.addPage([W, H]); pages.push(page); return { page, y: H - M - 10, n: pages.length }; };
  let c = newPage();
  const ensure = (h: number): void => { if (c.y - h < M + 10) c = newPage(); };
  const wrap = (text: string, f: PDFFont, size: number, width: number): string[] => {
    const lines: string[] = [];
    for (const para of ascii(text).split('\n')) {
      let line = '';
      for (const word of para.split(/\s+/)) {
        const t = line ? `${line} ${word}` : word;
        if (f.widthOfTextAtSize(t, size) > width && line) { lines.push(line); line = word; } else line = t;
      }
      lines.push(line);
    }
    return lines;
  };
  const write = (text: string, f: PDFFont, size: number, indent = 0, gap = 4): void => {
    for (const line of wrap(text, f, size, W - 2 * M - indent)) {
      ensure(size + 2);
      c.page.drawText(line, { x: M + indent, y: c.y, size, font: f, color: rgb(0.1, 0.1, 0.1) });
      c.y -= size + 3;
    }
    c.y -= gap;
  };
  const headings = doc.headings ?? 'style';
  for (const bl of doc.blocks) {
    switch (bl.k) {
      case 'title': ensure(60); c.y -= 10; write(bl.text, bold, Math.min(26, Math.round((bl.size ?? 32) / 2)), 0, 14); break;
      case 'h': ensure(40); c.y -= 6; write(bl.text, bold, headings === 'style' ? [15, 13, 11.5][bl.level - 1] ?? 12 : 11, 0, 4); break;
      case 'p': write(bl.text, bl.bold ? bold : font, 10.5); break;
      case 'bullets': for (const it of bl.items) write(`*  ${it}`, font, 10.5, 12, 1); c.y -= 4; break;
      case 'table': {
        const cols = Math.max(...bl.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        bl.rows.forEach((r, i) => {
          const cells = r.map((t) => wrap(t, i === 0 ? bold : font, 8.5, cw - 6));
          const h = Math.max(...cells.map((l) => l.length)) * 11 + 4;
          ensure(h);
          cells.forEach((lines, j) => lines.forEach((ln, k) => c.page.drawText(ln, { x: M + j * cw + 3, y: c.y - k * 11, size: 8.5, font: i === 0 ? bold : font })));
          c.page.drawLine({ start: { x: M, y: c.y - h + 9 }, end: { x: W - M, y: c.y - h + 9 }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
          c.y -= h;
        });
        c.y -= 8;
        break;
      }
      case 'break': c = newPage(); break;
    }
  }
  pages.forEach((pg, i) => {
    if (doc.header) pg.drawText(ascii(doc.header), { x: M, y: H - 35, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
    const foot = `${doc.footer ? ascii(doc.footer) + '    ' : ''}Page ${i + 1} of ${pages.length}`;
    pg.drawText(foot, { x: M, y: 30, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
  });
  const m = doc.meta ?? {};
  if (!opts.noMetadata) {
    if (m.title) pdf.setTitle(ascii(m.title));
    if (m.author) pdf.setAuthor(ascii(m.author));
    if (m.subject) pdf.setSubject(ascii(m.subject));
    if (m.keywords) pdf.setKeywords([ascii(m.keywords)]);
    pdf.setProducer(opts.producer ?? 'Microsoft: Print To PDF');
    pdf.setCreationDate(FIXED_DATE);
    pdf.setModificationDate(FIXED_DATE);
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
