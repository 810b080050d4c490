import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block } from './blocks.js';
import { FIXED_DATE } from './zip.js';

export interface PdfMeta {
  title?: string;
  author?: string;
  subject?: string;
  producer?: string;
  creator?: string;
  keywords?: string[];
}

export interface PdfSpec {
  blocks: Block[];
  header?: string;
  footer?: string;
  /** null: no Info dictionary fields at all (scanned / printed-to-PDF look). */
  meta: PdfMeta | null;
  serif?: boolean;
}

/** Standard 14 fonts speak WinAnsi only: fold typographic characters to ASCII. */
export function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/[^\x20-\x7e]/g, ' ');
}

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(spec.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const boldF = await doc.embedFont(spec.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const W = 612, H = 792, M = 64;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - M;
  const pages: PDFPage[] = [page];
  const newPage = (): void => { page = doc.addPage([W, H]); pages.push(page); y = H - M; };
  const need = (h: number): void => { if (y - h < M + 20) newPage(); };
  const wrap = (text: string, font: PDFFont, size: number, width: number): string[] => {
    const lines: string[] = [];
    let cur = '';
    for (const w of ascii(text).split(/\s+/).filter(Boolean)) {
      const cand = cur ? `${cur} ${w}` : w;
      if (cur && font.widthOfTextAtSize(cand, size) > width) { lines.push(cur); cur = w; } else cur = cand;
    }
    if (cur) lines.push(cur);
    return lines.length ? lines : [''];
  };
  const write = (text: string, font: PDFFont, size: number, opts: { indent?: number; center?: boolean; after?: number } = {}): void => {
    const indent = opts.indent ?? 0;
    for (const line of wrap(text, font, size, W - 2 * M - indent)) {
      need(size + 4);
      const x = opts.center ? (W - font.widthOfTextAtSize(line, size)) / 2 : M + indent;
      page.drawText(line, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + 4;
    }
    y -= opts.after ?? 6;
  };
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title': write(b.text, boldF, b.size ? b.size / 2 : 20, { center: true, after: 14 }); break;
      case 'h1': y -= 8; write(b.text, boldF, 14, { after: 6 }); break;
      case 'h2': y -= 4; write(b.text, boldF, 12, { after: 4 }); break;
      case 'bold': y -= 4; write(b.text, boldF, 10.5, { after: 4 }); break;
      case 'p': write(b.text, regular, 10.5, { after: 8 }); break;
      case 'small': write(b.text, regular, 8, { after: 6 }); break;
      case 'bullets': for (const i of b.items) write(`- ${i}`, regular, 10.5, { indent: 14, after: 2 }); y -= 6; break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / cols;
        for (const [ri, r] of b.rows.entries()) {
          const font = ri === 0 && b.header !== false ? boldF : regular;
          const cells = r.map((c) => wrap(c, font, 8.5, cw - 6));
          const h = Math.max(...cells.map((c) => c.length)) * 11 + 4;
          need(h);
          cells.forEach((lines, ci) => lines.forEach((l, li) => page.drawText(l, { x: M + ci * cw + 3, y: y - 10 - li * 11, size: 8.5, font })));
          page.drawLine({ start: { x: M, y: y - h }, end: { x: W - M, y: y - h }, thickness: 0.4, color: rgb(0.5, 0.5, 0.5) });
          y -= h + 2;
        }
        y -= 8;
        break;
      }
      case 'pagebreak': newPage(); break;
    }
  }
  pages.forEach((pg, i) => {
    if (spec.header) pg.drawText(ascii(spec.header), { x: M, y: H - 36, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) });
    const f = `${spec.footer ? ascii(spec.footer) + '    ' : ''}Page ${i + 1} of ${pages.length}`;
    pg.drawText(f, { x: W - M - regular.widthOfTextAtSize(f, 8), y: 30, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  if (spec.meta) {
    const m = spec.meta;
    if (m.title !== undefined) doc.setTitle(m.title);
    if (m.author !== undefined) doc.setAuthor(m.author);
    if (m.subject !== undefined) doc.setSubject(m.subject);
    if (m.keywords !== undefined) doc.setKeywords(m.keywords);
    doc.setProducer(m.producer ?? 'Microsoft: Print To PDF');
    doc.setCreator(m.creator ?? 'Microsoft Word');
    doc.setCreationDate(FIXED_DATE);
    doc.setModificationDate(FIXED_DATE);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
