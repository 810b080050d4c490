import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export type PBlock =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'space' }
  | { kind: 'pagebreak' };
export interface PdfMeta { title?: string; author?: string; subject?: string; creator?: string; producer?: string; keywords?: string[] }
export interface PdfSpec { meta: PdfMeta; blocks: PBlock[]; header?: string; footer?: string; firstPageHeader?: boolean }

const FIXED = new Date(Date.UTC(2026, 1, 20, 16, 5, 0));

/** WinAnsi-safe text for the standard fonts. */
function safe(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/[^\x20-\x7e]/g, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of safe(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

export const pt = (text: string): PBlock => ({ kind: 'p', text });
export const ph = (text: string): PBlock => ({ kind: 'h', text });

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const m = spec.meta;
  if (m.title !== undefined) doc.setTitle(m.title);
  if (m.author !== undefined) doc.setAuthor(m.author);
  if (m.subject !== undefined) doc.setSubject(m.subject);
  if (m.keywords !== undefined) doc.setKeywords(m.keywords);
  doc.setCreator(m.creator ?? 'Microsoft Word for Microsoft 365');
  doc.setProducer(m.producer ?? 'Microsoft Word for Microsoft 365');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 72;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - M;
  let pageNo = 1;
  const decorate = (pg: PDFPage, n: number) => {
    if (spec.header && (n > 1 || spec.firstPageHeader)) pg.drawText(safe(spec.header), { x: M, y: H - 40, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    if (spec.footer) pg.drawText(safe(`${spec.footer}    Page ${n}`), { x: M, y: 36, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
  };
  decorate(page, 1);
  const newPage = () => {
    page = doc.addPage([W, H]);
    pageNo += 1;
    decorate(page, pageNo);
    y = H - M;
  };
  const lines = (ls: string[], f: PDFFont, size: number, gap: number, x = M) => {
    for (const l of ls) {
      if (y < M + size) newPage();
      page.drawText(l, { x, y, size, font: f });
      y -= size + gap;
    }
  };
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        lines(wrap(b.text, bold, b.size ?? 22, W - 2 * M), bold, b.size ?? 22, 8);
        y -= 10;
        break;
      case 'h':
        if (y < M + 60) newPage();
        y -= 6;
        lines(wrap(b.text, bold, 13, W - 2 * M), bold, 13, 6);
        break;
      case 'p':
        lines(wrap(b.text, font, 10, W - 2 * M), font, 10, 3);
        y -= 8;
        break;
      case 'row': {
        const colW = (W - 2 * M) / b.cells.length;
        const wrapped = b.cells.map((c) => wrap(c, font, 8, colW - 6));
        const height = Math.max(...wrapped.map((w) => w.length)) * 10 + 4;
        if (y - height < M) newPage();
        wrapped.forEach((ls, i) => ls.forEach((l, j) => page.drawText(l, { x: M + i * colW, y: y - j * 10, size: 8, font })));
        page.drawLine({ start: { x: M, y: y - height + 6 }, end: { x: W - M, y: y - height + 6 }, thickness: 0.3 });
        y -= height;
        break;
      }
      case 'space':
        y -= 18;
        break;
      case 'pagebreak':
        newPage();
        break;
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
