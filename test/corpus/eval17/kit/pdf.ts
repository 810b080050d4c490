import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Block, Run } from './model.js';
import { runsOf } from './model.js';

export interface PdfInfo {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly producer?: string;
  readonly created: string;
  readonly modified?: string;
}

export interface PdfOptions {
  /** Info dictionary; left out entirely when undefined (as scanners and some exporters do). */
  readonly info?: PdfInfo;
  readonly header?: string;
  readonly footer?: string;
  readonly pageNumbers?: boolean;
  readonly serif?: boolean;
  /** Put the title block alone on a cover page. */
  readonly cover?: boolean;
  /** Write objects into compressed object streams (PDF 1.5 style). */
  readonly objectStreams?: boolean;
}

/** Google Docs' "Download as PDF" signature. */
export const GOOGLE_PDF = { creator: undefined, producer: 'Skia/PDF m128 Google Docs Renderer' } as const;

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 66;
const WIDTH = PAGE_W - 2 * MARGIN;

const REPLACEMENTS: Record<string, string> = {
  '\u2265': '>=',
  '\u2264': '<=',
  '\u2192': '->',
  '\u2713': 'Y',
  '\u2610': '[ ]',
  '\u2612': '[X]',
  '\u2611': '[X]',
  '\u00a0': ' ',
  '\u2011': '-',
};

class Writer {
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly italic: PDFFont,
    readonly charset: Set<number>,
  ) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = PAGE_H - MARGIN - 10;
  }
  ensure(h: number): void {
    if (this.y - h < MARGIN + 14) this.newPage();
  }
  safe(text: string): string {
    let out = '';
    for (const ch of text) {
      const rep = REPLACEMENTS[ch];
      if (rep !== undefined) out += rep;
      else if (this.charset.has(ch.codePointAt(0) ?? 0)) out += ch;
      else out += '?';
    }
    return out;
  }
  font(r: { bold?: boolean; italic?: boolean }): PDFFont {
    return r.bold ? this.bold : r.italic ? this.italic : this.regular;
  }
  /** Lays runs out in lines of at most `width`; returns the lines as lists of styled words. */
  layout(runs: readonly Run[], size: number, width: number): { text: string; run: Run }[][] {
    const lines: { text: string; run: Run }[][] = [[]];
    let x = 0;
    for (const r of runs) {
      const f = this.font(r);
      const words = this.safe(r.text).split(/(\s+)/);
      for (const w of words) {
        if (w === '') continue;
        const ww = f.widthOfTextAtSize(w.replace(/\s+/g, ' '), size);
        const current = lines[lines.length - 1];
        if (current === undefined) continue;
        if (/^\s+$/.test(w)) {
          if (x > 0) {
            current.push({ text: ' ', run: r });
            x += ww;
          }
          continue;
        }
        if (x + ww > width && x > 0) {
          while (current.length > 0 && current[current.length - 1]?.text === ' ') current.pop();
          lines.push([{ text: w, run: r }]);
          x = ww;
        } else {
          current.push({ text: w, run: r });
          x += ww;
        }
      }
    }
    return lines;
  }
  drawLines(lines: { text: string; run: Run }[][], size: number, x0: number, align: 'left' | 'center' = 'left', width = WIDTH): void {
    const lh = size * 1.35;
    for (const line of lines) {
      this.ensure(lh);
      const total = line.reduce((acc, w) => acc + this.font(w.run).widthOfTextAtSize(w.text, size), 0);
      let x = align === 'center' ? x0 + (width - total) / 2 : x0;
      // One text-showing operator per run of words in the same style, as real writers emit lines.
      const segments: { text: string; run: Run }[] = [];
      for (const w of line) {
        const last = segments[segments.length - 1];
        if (last && this.font(last.run) === this.font(w.run) && Boolean(last.run.strike) === Boolean(w.run.strike)) segments[segments.length - 1] = { text: last.text + w.text, run: last.run };
        else segments.push({ ...w });
      }
      for (const w of segments) {
        const f = this.font(w.run);
        const ww = f.widthOfTextAtSize(w.text, size);
        this.page.drawText(w.text, { x, y: this.y - size, size, font: f, color: rgb(0.1, 0.1, 0.1) });
        if (w.run.strike) this.page.drawLine({ start: { x, y: this.y - size * 0.65 }, end: { x: x + ww, y: this.y - size * 0.65 }, thickness: 0.6 });
        x += ww;
      }
      this.y -= lh;
    }
  }
  para(runs: readonly Run[], size: number, opts: { indent?: number; align?: 'left' | 'center'; after?: number } = {}): void {
    const indent = opts.indent ?? 0;
    this.drawLines(this.layout(runs, size, WIDTH - indent), size, MARGIN + indent, opts.align ?? 'left', WIDTH - indent);
    this.y -= opts.after ?? size * 0.6;
  }
  table(rows: readonly (readonly Run[][])[] | readonly (readonly (readonly Run[])[])[], header: boolean): void {
    const cols = Math.max(...rows.map((r) => r.length));
    const colW = WIDTH / cols;
    const size = cols > 5 ? 7.5 : 9;
    const lh = size * 1.3;
    rows.forEach((row, ri) => {
      const cells = row.map((c) => this.layout(ri === 0 && header ? c.map((r) => ({ ...r, bold: true })) : c, size, colW - 8));
      const h = Math.max(1, ...cells.map((c) => c.length)) * lh + 6;
      this.ensure(h);
      const top = this.y;
      cells.forEach((lines, ci) => {
        const x = MARGIN + ci * colW;
        this.page.drawRectangle({ x, y: top - h, width: colW, height: h, borderWidth: 0.5, borderColor: rgb(0.55, 0.55, 0.55), color: ri === 0 && header ? rgb(0.9, 0.92, 0.95) : undefined });
        this.y = top - 3;
        this.drawLines(lines, size, x + 4, 'left', colW - 8);
      });
      this.y = top - h;
    });
    this.y -= 10;
  }
}

export async function renderPdf(blocks: readonly Block[], o: PdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(o.serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const w = new Writer(doc, regular, bold, italic, new Set(regular.getCharacterSet()));
  for (const bl of blocks) {
    switch (bl.kind) {
      case 'title':
        if (o.cover) w.y = PAGE_H * 0.62;
        w.para([{ text: bl.text, bold: true }], 20, { align: 'center', after: 12 });
        for (const s of bl.sub ?? []) w.para([{ text: s }], 12, { align: 'center', after: 4 });
        if (o.cover) w.newPage();
        else w.y -= 10;
        break;
      case 'heading':
        w.ensure(40);
        w.y -= bl.level === 1 ? 8 : 4;
        w.para([{ text: bl.text, bold: true }], bl.level === 1 ? 15 : bl.level === 2 ? 12.5 : 11, { after: 4 });
        break;
      case 'para':
        w.para(bl.runs.map((r) => (r.size !== undefined ? { ...r, size: undefined } : r)), bl.runs[0]?.size ?? 10.5, { align: bl.align === 'center' ? 'center' : 'left' });
        break;
      case 'list':
        bl.items.forEach((item, n) => w.para([{ text: bl.ordered ? `${n + 1}. ` : '\u2022 ' }, ...runsOf(item)], 10.5, { indent: 14, after: 2 }));
        w.y -= 4;
        break;
      case 'table':
        w.table(
          bl.rows.map((r) => r.map((c) => [...runsOf(c)])),
          bl.header === true,
        );
        break;
      case 'break':
        w.newPage();
        break;
    }
  }
  const total = w.pages.length;
  w.pages.forEach((page, n) => {
    if (o.header !== undefined) page.drawText(w.safe(o.header), { x: MARGIN, y: PAGE_H - 40, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) });
    const foot = [o.footer, o.pageNumbers ? `Page ${n + 1} of ${total}` : undefined].filter((x) => x !== undefined).join('    ');
    if (foot !== '') page.drawText(w.safe(foot), { x: MARGIN, y: 34, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  if (o.info) {
    const inf = o.info;
    if (inf.title !== undefined) doc.setTitle(inf.title);
    if (inf.author !== undefined) doc.setAuthor(inf.author);
    if (inf.subject !== undefined) doc.setSubject(inf.subject);
    if (inf.creator !== undefined) doc.setCreator(inf.creator);
    if (inf.producer !== undefined) doc.setProducer(inf.producer);
    doc.setCreationDate(new Date(inf.created));
    doc.setModificationDate(new Date(inf.modified ?? inf.created));
  }
  return Buffer.from(await doc.save({ useObjectStreams: o.objectStreams ?? false }));
}
