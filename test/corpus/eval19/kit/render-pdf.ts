import { PDFDocument, StandardFonts, degrees, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Block, ProseDoc } from './model.js';
import { ocrLine, strayMark } from './ocr.js';
import { seeded, seedOf } from './rng.js';
import type { Rng } from './rng.js';

export interface PdfOptions {
  /** Printed, signed, scanned and OCR'd: a visible text layer with OCR noise, skew and page-edge marks. */
  ocr?: { seed: string; rate?: number; skew?: number; stamp?: string };
  producer?: string;
  creatorTool?: string;
  author?: string;
  /** Serif body (letters) instead of Helvetica. */
  serif?: boolean;
}

const W = 612;
const H = 792;
const LEFT = 66;
const RIGHT = W - 66;
const TOP = H - 70;
const BOTTOM = 70;

/** Keeps only characters the standard (WinAnsi) fonts can encode. */
export function winAnsi(text: string): string {
  return text
    .replace(/[≤]/g, '<=')
    .replace(/[≥]/g, '>=')
    .replace(/[→]/g, '->')
    .replace(/[✓✔]/g, 'X')
    .replace(/[☐]/g, '[ ]')
    .replace(/[☒]/g, '[X]')
    .replace(/[^\x20-\x7E\xA0-\xFF‘’“”–—•…€™]/g, '?');
}

interface Ctx {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
  fonts: { reg: PDFFont; bold: PDFFont; ital: PDFFont };
  rng: Rng | undefined;
  rate: number;
  skew: number;
  pages: PDFPage[];
  header: string | undefined;
}

function rot(ctx: Ctx, x: number, y: number): { x: number; y: number } {
  if (!ctx.skew) return { x, y };
  const a = (ctx.skew * Math.PI) / 180;
  const cx = W / 2;
  const cy = H / 2;
  return { x: cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a), y: cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a) };
}

function text(ctx: Ctx, s: string, x: number, y: number, size: number, font: PDFFont, noisy = true): void {
  let line = winAnsi(s);
  if (ctx.rng && noisy) line = ocrLine(line, ctx.rng, ctx.rate);
  if (ctx.rng && ctx.rng.chance(0.04)) line = `${line} ${strayMark(ctx.rng)}`;
  const at = rot(ctx, x, y);
  ctx.page.drawText(line, { x: at.x, y: at.y, size, font, color: rgb(0.08, 0.08, 0.1), ...(ctx.skew ? { rotate: degrees(ctx.skew) } : {}) });
}

function newPage(ctx: Ctx): void {
  ctx.page = ctx.pdf.addPage([W, H]);
  ctx.pages.push(ctx.page);
  ctx.y = TOP;
  if (ctx.rng) {
    ctx.skew = (ctx.rng.next() - 0.5) * 1.4;
    ctx.page.drawRectangle({ x: 0, y: 0, width: W, height: H, color: rgb(0.975, 0.97, 0.95) });
    for (let i = 0; i < 14; i++) ctx.page.drawCircle({ x: ctx.rng.int(5, W - 5), y: ctx.rng.int(5, H - 5), size: ctx.rng.next() * 0.9 + 0.2, color: rgb(0.35, 0.35, 0.35) });
    if (ctx.rng.chance(0.5)) text(ctx, strayMark(ctx.rng), 14, ctx.rng.int(200, 600), 9, ctx.fonts.reg, false);
  }
  if (ctx.header) {
    text(ctx, ctx.header, LEFT, H - 42, 8, ctx.fonts.reg);
    ctx.page.drawLine({ start: rot(ctx, LEFT, H - 48), end: rot(ctx, RIGHT, H - 48), thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
  }
}

function ensure(ctx: Ctx, need: number): void {
  if (ctx.y - need < BOTTOM) newPage(ctx);
}

function wrap(s: string, font: PDFFont, size: number, width: number, hyphenate: boolean): string[] {
  // Split on single spaces so runs of spaces (OCR'd table gaps) survive the wrap.
  const words = winAnsi(s).replace(/\n/g, ' ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const cand = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(cand, size) <= width) {
      line = cand;
      continue;
    }
    if (hyphenate && word.length > 8 && line) {
      let split = false;
      for (let cut = word.length - 3; cut >= 4 && !split; cut--) {
        const head = `${line} ${word.slice(0, cut)}-`;
        if (font.widthOfTextAtSize(head, size) <= width) {
          lines.push(head);
          line = word.slice(cut);
          split = true;
        }
      }
      if (split) continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

function para(ctx: Ctx, s: string, size: number, font: PDFFont, opts: { indent?: number; center?: boolean; gap?: number } = {}): void {
  const indent = opts.indent ?? 0;
  const lines = wrap(s, font, size, RIGHT - LEFT - indent, ctx.rng !== undefined);
  for (const l of lines) {
    ensure(ctx, size + 4);
    const x = opts.center ? (W - font.widthOfTextAtSize(l, size)) / 2 : LEFT + indent;
    text(ctx, l, x, ctx.y - size, size, font);
    ctx.y -= size + 3.5;
  }
  ctx.y -= opts.gap ?? 6;
}

function tableBlock(ctx: Ctx, rows: string[][], header: boolean): void {
  const cols = Math.max(...rows.map((r) => r.length));
  const size = 8.5;
  if (ctx.rng) {
    // An OCR engine reads a table as lines of text with irregular gaps between the cells.
    for (const [i, r] of rows.entries()) {
      const gap = (): string => ' '.repeat(ctx.rng?.int(2, 5) ?? 3);
      para(ctx, r.map((c) => c.replace(/\n/g, ' ')).join(gap()), size, i === 0 && header ? ctx.fonts.bold : ctx.fonts.reg, { gap: 1 });
    }
    ctx.y -= 6;
    return;
  }
  const colW = (RIGHT - LEFT) / cols;
  for (const [i, r] of rows.entries()) {
    const font = i === 0 && header ? ctx.fonts.bold : ctx.fonts.reg;
    const cells = Array.from({ length: cols }, (_, k) => wrap((r[k] ?? '').replace(/\n/g, ' '), font, size, colW - 6, false));
    const height = Math.max(1, ...cells.map((c) => c.length)) * (size + 2.5) + 5;
    ensure(ctx, height);
    const top = ctx.y;
    if (i === 0 && header) ctx.page.drawRectangle({ x: LEFT, y: top - height, width: RIGHT - LEFT, height, color: rgb(0.87, 0.9, 0.95) });
    cells.forEach((lines, k) => lines.forEach((l, j) => text(ctx, l, LEFT + k * colW + 3, top - 3 - (j + 1) * (size + 2.5) + 2, size, font)));
    ctx.page.drawRectangle({ x: LEFT, y: top - height, width: RIGHT - LEFT, height, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.5 });
    for (let k = 1; k < cols; k++) ctx.page.drawLine({ start: { x: LEFT + k * colW, y: top }, end: { x: LEFT + k * colW, y: top - height }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    ctx.y -= height;
  }
  ctx.y -= 10;
}

function render(ctx: Ctx, blk: Block): void {
  const f = ctx.fonts;
  switch (blk.t) {
    case 'title':
      ctx.y -= 60;
      para(ctx, blk.text, blk.size ? blk.size / 2.6 : 20, f.bold, { center: true, gap: 18 });
      break;
    case 'h':
      ensure(ctx, 40);
      ctx.y -= 6;
      para(ctx, blk.text, blk.level === 1 ? 14 : blk.level === 2 ? 12 : 10.5, f.bold, { gap: 4 });
      break;
    case 'p':
      para(ctx, blk.text, blk.size ? blk.size / 2 : 10.5, blk.bold ? f.bold : blk.italic ? f.ital : f.reg, { center: blk.center ?? false });
      break;
    case 'ul':
      for (const item of blk.items) para(ctx, `${ctx.rng ? ctx.rng.pick(['•', '*', 'e', '•', '-']) : '•'}  ${item}`, 10.5, f.reg, { indent: 14, gap: 2 });
      ctx.y -= 4;
      break;
    case 'table':
      tableBlock(ctx, blk.rows, blk.header ?? true);
      break;
    case 'sig':
      ensure(ctx, 80);
      ctx.y -= 10;
      if (blk.signed) text(ctx, blk.signed, LEFT + 8, ctx.y - 20, 17, f.ital, false);
      ctx.y -= 26;
      ctx.page.drawLine({ start: rot(ctx, LEFT, ctx.y), end: rot(ctx, LEFT + 250, ctx.y), thickness: 0.7 });
      ctx.page.drawLine({ start: rot(ctx, LEFT + 300, ctx.y), end: rot(ctx, LEFT + 420, ctx.y), thickness: 0.7 });
      text(ctx, 'Date', LEFT + 300, ctx.y - 10, 8, f.reg);
      ctx.y -= 4;
      for (const l of blk.lines) para(ctx, l, 9.5, f.reg, { gap: 0 });
      ctx.y -= 8;
      break;
    case 'break':
      newPage(ctx);
      break;
  }
}

/** Renders a prose document as a PDF: a clean export, or a printed-signed-scanned copy with an OCR text layer. */
export async function renderPdf(doc: ProseDoc, opts: PdfOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const serif = opts.serif || opts.ocr !== undefined;
  const fonts = {
    reg: await pdf.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
    bold: await pdf.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
    ital: await pdf.embedFont(serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
  };
  const rng = opts.ocr ? seeded(seedOf(opts.ocr.seed)) : undefined;
  const ctx: Ctx = { pdf, page: undefined as unknown as PDFPage, y: TOP, fonts, rng, rate: opts.ocr?.rate ?? 0.025, skew: 0, pages: [], header: doc.header };
  newPage(ctx);
  if (opts.ocr?.stamp) {
    const at = rot(ctx, W - 230, H - 120);
    ctx.page.drawRectangle({ x: at.x, y: at.y, width: 160, height: 36, borderColor: rgb(0.2, 0.25, 0.6), borderWidth: 1.5, rotate: degrees(ctx.skew - 4) });
    ctx.page.drawText(winAnsi(opts.ocr.stamp), { x: at.x + 8, y: at.y + 13, size: 10, font: fonts.bold, color: rgb(0.2, 0.25, 0.6), rotate: degrees(ctx.skew - 4) });
  }
  for (const blk of doc.blocks) render(ctx, blk);
  const total = ctx.pages.length;
  ctx.pages.forEach((page, i) => {
    ctx.page = page;
    const footer = `${doc.footer ? `${doc.footer}    ` : ''}Page ${i + 1} of ${total}`;
    text(ctx, footer, (W - fonts.reg.widthOfTextAtSize(winAnsi(footer), 8)) / 2, 40, 8, fonts.reg);
  });
  const meta = doc.meta ?? {};
  if (meta.title !== undefined) pdf.setTitle(meta.title);
  if (meta.subject !== undefined) pdf.setSubject(meta.subject);
  if (opts.author ?? meta.creator) pdf.setAuthor(opts.author ?? meta.creator ?? '');
  if (meta.keywords) pdf.setKeywords(meta.keywords.split(/[;,]\s*/));
  pdf.setCreator(opts.creatorTool ?? (opts.ocr ? 'Canon iR-ADV C5560 PDF' : 'Microsoft® Word for Microsoft 365'));
  pdf.setProducer(opts.producer ?? (opts.ocr ? 'ABBYY FineReader PDF 15' : 'Microsoft® Word for Microsoft 365'));
  pdf.setCreationDate(new Date(meta.created ?? '2026-03-02T15:12:00Z'));
  pdf.setModificationDate(new Date(meta.modified ?? meta.created ?? '2026-03-02T15:14:00Z'));
  return Buffer.from(await pdf.save({ useObjectStreams: opts.ocr === undefined }));
}
