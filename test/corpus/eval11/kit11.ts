/**
 * eval11's own small document kit: renders a simple block model to docx, pdf, markdown and text,
 * builds xlsx workbooks and e-mails, and re-zips Office files with fixed timestamps so every run
 * gives the same bytes.
 */
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export const FIXED_DATE = new Date(Date.UTC(2025, 9, 14, 15, 30, 0));

// ---------------------------------------------------------------- randomness
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    const v = a[Math.floor(this.next() * a.length)];
    if (v === undefined) throw new Error('pick from empty array');
    return v;
  }
  shuffle<T>(a: readonly T[]): T[] {
    const r = [...a];
    for (let i = r.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const x = r[i] as T;
      r[i] = r[j] as T;
      r[j] = x;
    }
    return r;
  }
}

/** Paragraphs of `n` sentences drawn (without immediate repetition) from a pool. */
export function prose(rng: Rng, pool: readonly string[], paragraphs: number, sentences = 4): string[] {
  const out: string[] = [];
  let bag: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const s: string[] = [];
    for (let i = 0; i < sentences; i++) {
      if (bag.length === 0) bag = rng.shuffle(pool);
      s.push(bag.pop() as string);
    }
    out.push(s.join(' '));
  }
  return out;
}

// ---------------------------------------------------------------- block model
export type Block =
  | { t: 'title'; text: string; size?: number }
  | { t: 'center'; text: string; bold?: boolean; size?: number }
  | { t: 'h1' | 'h2'; text: string }
  | { t: 'p'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'small'; text: string }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: string[][] }
  | { t: 'break' };

export const B = {
  title: (text: string, size?: number): Block => (size ? { t: 'title', text, size } : { t: 'title', text }),
  center: (text: string, bold = false, size?: number): Block => (size ? { t: 'center', text, bold, size } : { t: 'center', text, bold }),
  h1: (text: string): Block => ({ t: 'h1', text }),
  h2: (text: string): Block => ({ t: 'h2', text }),
  p: (text: string): Block => ({ t: 'p', text }),
  ps: (texts: string[]): Block[] => texts.map((text) => ({ t: 'p', text })),
  bold: (text: string): Block => ({ t: 'bold', text }),
  small: (text: string): Block => ({ t: 'small', text }),
  bullets: (items: string[]): Block => ({ t: 'bullets', items }),
  table: (rows: string[][]): Block => ({ t: 'table', rows }),
  brk: (): Block => ({ t: 'break' }),
};

export interface Meta {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  keywords?: string;
  description?: string;
  company?: string;
}

// ---------------------------------------------------------------- zip normalisation
const ZIP_DATE = new Date(2025, 9, 14, 9, 0, 0);

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreXml(meta: Meta | null, created: Date): string {
  const m = meta ?? {};
  const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const f: string[] = [];
  if (m.title !== undefined) f.push(`<dc:title>${xmlEsc(m.title)}</dc:title>`);
  if (m.subject !== undefined) f.push(`<dc:subject>${xmlEsc(m.subject)}</dc:subject>`);
  if (m.creator !== undefined) f.push(`<dc:creator>${xmlEsc(m.creator)}</dc:creator>`);
  if (m.keywords !== undefined) f.push(`<cp:keywords>${xmlEsc(m.keywords)}</cp:keywords>`);
  if (m.description !== undefined) f.push(`<dc:description>${xmlEsc(m.description)}</dc:description>`);
  if (m.lastModifiedBy !== undefined) f.push(`<cp:lastModifiedBy>${xmlEsc(m.lastModifiedBy)}</cp:lastModifiedBy>`);
  f.push('<cp:revision>3</cp:revision>');
  f.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`);
  f.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    f.join('') +
    '</cp:coreProperties>'
  );
}

/** Re-zip an Office file with fixed entry dates; replace docProps/core.xml by our own metadata. */
export async function normaliseOffice(buf: Buffer | Uint8Array, meta: Meta | null, created = FIXED_DATE): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n]?.dir)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') data = coreXml(meta, created);
    if (name === 'docProps/app.xml' && meta?.company !== undefined) {
      const s = Buffer.from(data).toString('utf8');
      data = s.includes('<Company>')
        ? s.replace(/<Company>[^<]*<\/Company>/, `<Company>${xmlEsc(meta.company)}</Company>`)
        : s.replace('</Properties>', `<Company>${xmlEsc(meta.company)}</Company></Properties>`);
    }
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- docx
export interface DocxOpts {
  font?: string;
  size?: number; // half-points
  headings?: 'styles' | 'bold';
  header?: string;
  footer?: string;
  meta: Meta | null;
  created?: Date;
}

function runs(text: string, o: { bold?: boolean; italics?: boolean; size?: number; font?: string }): TextRun[] {
  return [new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, font: o.font })];
}

export async function toDocx(blocks: Block[], opts: DocxOpts): Promise<Buffer> {
  const font = opts.font ?? 'Calibri';
  const size = opts.size ?? 22;
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(b.text, { bold: true, size: b.size ?? 40, font }) }));
        break;
      case 'center':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(b.text, { bold: b.bold, size: b.size ?? size, font }) }));
        break;
      case 'h1':
      case 'h2':
        if (opts.headings === 'bold') {
          children.push(new Paragraph({ spacing: { before: 200, after: 100 }, children: runs(b.text, { bold: true, size: b.t === 'h1' ? size + 6 : size + 2, font }) }));
        } else {
          children.push(new Paragraph({ heading: b.t === 'h1' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(b.text, { font }) }));
        }
        break;
      case 'p':
        children.push(new Paragraph({ spacing: { after: 120 }, children: runs(b.text, { size, font }) }));
        break;
      case 'bold':
        children.push(new Paragraph({ children: runs(b.text, { bold: true, size, font }) }));
        break;
      case 'small':
        children.push(new Paragraph({ spacing: { after: 80 }, children: runs(b.text, { italics: true, size: size - 6, font }) }));
        break;
      case 'bullets':
        for (const it of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: runs(it, { size, font }) }));
        break;
      case 'table': {
        const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
        const rows = b.rows.map(
          (r, ri) =>
            new TableRow({
              children: r.map(
                (c) =>
                  new TableCell({
                    borders: { top: border, bottom: border, left: border, right: border },
                    children: [new Paragraph({ children: runs(c, { bold: ri === 0, size: size - 2, font }) })],
                  }),
              ),
            }),
        );
        children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
        children.push(new Paragraph({ children: [] }));
        break;
      }
      case 'break':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const section = {
    headers: opts.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(opts.header, { size: 16, font }) })] }) } : undefined,
    footers: opts.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(opts.footer, { size: 16, font }) })] }) } : undefined,
    children,
  };
  const doc = new Document({
    creator: opts.meta?.creator ?? '',
    title: opts.meta?.title ?? '',
    styles: { default: { document: { run: { font, size } } } },
    sections: [section],
  });
  const raw = await Packer.toBuffer(doc);
  return normaliseOffice(raw, opts.meta, opts.created ?? FIXED_DATE);
}

// ---------------------------------------------------------------- xlsx
export type Cell = string | number | null;
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  boldRows?: number[]; // 1-based
  widths?: number[];
  merges?: string[];
}

export async function toXlsx(sheets: SheetSpec[], meta: Meta | null, created = FIXED_DATE): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta?.creator ?? '';
  wb.lastModifiedBy = meta?.lastModifiedBy ?? '';
  wb.created = created;
  wb.modified = created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v !== null) row.getCell(j + 1).value = v;
      });
      if (s.boldRows?.includes(i + 1)) row.font = { bold: true };
    });
    (s.widths ?? []).forEach((w, j) => {
      ws.getColumn(j + 1).width = w;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normaliseOffice(Buffer.from(raw as ArrayBuffer), meta, created);
}

// ---------------------------------------------------------------- png (for logo-only cover pages)
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = (CRC_TABLE[(c ^ x) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A small logo: coloured bands and a disc, no text. */
export function logoPng(w: number, h: number, c1: [number, number, number], c2: [number, number, number]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const dx = x - h / 2;
      const dy = y - h / 2;
      const inDisc = dx * dx + dy * dy < (h / 2.4) ** 2;
      const band = x > h && Math.floor((x + y) / 9) % 3 === 0 && y > h * 0.3 && y < h * 0.7;
      const c = inDisc ? c1 : band ? c2 : ([255, 255, 255] as [number, number, number]);
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0];
      raw[o + 1] = c[1];
      raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- pdf
export interface PdfOpts {
  font?: 'Helvetica' | 'Times' | 'Courier';
  size?: number;
  header?: string;
  footer?: string; // "{n}" and "{total}" are replaced
  logoCover?: Buffer; // first page holds only this image
  meta: Meta | null;
  producer?: string;
  creatorTool?: string;
  created?: Date;
}

const WIN_ANSI_EXTRA = '§–—“”‘’•é©®™°½·';
export function pdfSafe(s: string): string {
  let r = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x20 && c <= 0x7e) || WIN_ANSI_EXTRA.includes(ch)) r += ch;
    else if (ch === '\t') r += '    ';
    else if (ch === '≥') r += '>=';
    else if (ch === '≤') r += '<=';
    else r += '-';
  }
  return r;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = pdfSafe(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(cand, size) <= width || !cur) cur = cand;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

export async function toPdf(blocks: Block[], opts: PdfOpts): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fam = opts.font ?? 'Helvetica';
  const regular = await pdf.embedFont(fam === 'Times' ? StandardFonts.TimesRoman : fam === 'Courier' ? StandardFonts.Courier : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(fam === 'Times' ? StandardFonts.TimesRomanBold : fam === 'Courier' ? StandardFonts.CourierBold : StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(fam === 'Times' ? StandardFonts.TimesRomanItalic : fam === 'Courier' ? StandardFonts.CourierOblique : StandardFonts.HelveticaOblique);
  const size = opts.size ?? 10.5;
  const W = 612;
  const H = 792;
  const M = 66;
  const pages: PDFPage[] = [];
  if (opts.logoCover) {
    const img = await pdf.embedPng(opts.logoCover);
    const p = pdf.addPage([W, H]);
    const iw = 300;
    const ih = (img.height / img.width) * iw;
    p.drawImage(img, { x: (W - iw) / 2, y: H / 2, width: iw, height: ih });
    pages.push(p);
  }
  let page = pdf.addPage([W, H]);
  pages.push(page);
  let y = H - M;
  const need = (h: number): void => {
    if (y - h < M) {
      page = pdf.addPage([W, H]);
      pages.push(page);
      y = H - M;
    }
  };
  const line = (t: string, f: PDFFont, s: number, x = M, center = false): void => {
    need(s * 1.35);
    const tx = center ? (W - f.widthOfTextAtSize(t, s)) / 2 : x;
    page.drawText(t, { x: tx, y: y - s, size: s, font: f, color: rgb(0.05, 0.05, 0.1) });
    y -= s * 1.35;
  };
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        y -= 10;
        for (const l of wrap(b.text, bold, b.size ?? 20, W - 2 * M)) line(l, bold, b.size ?? 20, M, true);
        y -= 10;
        break;
      case 'center':
        for (const l of wrap(b.text, b.bold ? bold : regular, b.size ?? size, W - 2 * M)) line(l, b.bold ? bold : regular, b.size ?? size, M, true);
        break;
      case 'h1':
      case 'h2': {
        const s = b.t === 'h1' ? size + 3 : size + 1;
        need(s * 4);
        y -= 6;
        for (const l of wrap(b.text, bold, s, W - 2 * M)) line(l, bold, s);
        y -= 2;
        break;
      }
      case 'p':
        for (const l of wrap(b.text, regular, size, W - 2 * M)) line(l, regular, size);
        y -= size * 0.6;
        break;
      case 'bold':
        for (const l of wrap(b.text, bold, size, W - 2 * M)) line(l, bold, size);
        break;
      case 'small':
        for (const l of wrap(b.text, italic, size - 2, W - 2 * M)) line(l, italic, size - 2);
        y -= 3;
        break;
      case 'bullets':
        for (const it of b.items) {
          const ls = wrap(it, regular, size, W - 2 * M - 14);
          ls.forEach((l, i) => line(i === 0 ? `•  ${l}` : `    ${l}`, regular, size, M + 4));
        }
        y -= size * 0.5;
        break;
      case 'table': {
        const ncol = Math.max(...b.rows.map((r) => r.length));
        const cw = (W - 2 * M) / ncol;
        const ts = size - 1.5;
        b.rows.forEach((r, ri) => {
          const f = ri === 0 ? bold : regular;
          const cells = r.map((c) => wrap(c, f, ts, cw - 6));
          const hgt = Math.max(...cells.map((c) => c.length)) * ts * 1.3 + 4;
          need(hgt);
          cells.forEach((ls, ci) => {
            ls.forEach((l, li) => page.drawText(l, { x: M + ci * cw + 3, y: y - 2 - ts - li * ts * 1.3, size: ts, font: f }));
            page.drawRectangle({ x: M + ci * cw, y: y - hgt, width: cw, height: hgt, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
          });
          y -= hgt;
        });
        y -= size;
        break;
      }
      case 'break':
        page = pdf.addPage([W, H]);
        pages.push(page);
        y = H - M;
        break;
    }
  }
  const total = pages.length;
  pages.forEach((p, i) => {
    if (opts.logoCover && i === 0) return;
    if (opts.header) p.drawText(pdfSafe(opts.header), { x: M, y: H - 36, size: 7.5, font: regular, color: rgb(0.35, 0.35, 0.35) });
    if (opts.footer) {
      const t = pdfSafe(opts.footer.replace('{n}', String(i + 1)).replace('{total}', String(total)));
      p.drawText(t, { x: (W - regular.widthOfTextAtSize(t, 7.5)) / 2, y: 30, size: 7.5, font: regular, color: rgb(0.35, 0.35, 0.35) });
    }
  });
  const m = opts.meta;
  if (m?.title !== undefined) pdf.setTitle(m.title);
  if (m?.creator !== undefined) pdf.setAuthor(m.creator);
  if (m?.subject !== undefined) pdf.setSubject(m.subject);
  if (m?.keywords !== undefined) pdf.setKeywords([m.keywords]);
  pdf.setProducer(opts.producer ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreator(opts.creatorTool ?? 'Microsoft® Word for Microsoft 365');
  pdf.setCreationDate(opts.created ?? FIXED_DATE);
  pdf.setModificationDate(opts.created ?? FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- markdown / text / e-mail
export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'center':
        out.push(b.bold ? `**${b.text}**` : b.text, '');
        break;
      case 'h1':
        out.push(`## ${b.text}`, '');
        break;
      case 'h2':
        out.push(`### ${b.text}`, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bold':
        out.push(`**${b.text}**`, '');
        break;
      case 'small':
        out.push(`_${b.text}_`, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [h, ...rest] = b.rows;
        if (!h) break;
        out.push(`| ${h.join(' | ')} |`, `|${h.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

function wrapText(s: string, n = 78): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > n) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function toText(blocks: Block[], eol = '\n'): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
      case 'center':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h1':
        out.push(b.text, '='.repeat(Math.min(b.text.length, 78)), '');
        break;
      case 'h2':
        out.push(b.text, '-'.repeat(Math.min(b.text.length, 78)), '');
        break;
      case 'p':
      case 'bold':
      case 'small':
        out.push(...wrapText(b.text), '');
        break;
      case 'bullets':
        for (const i of b.items) wrapText(i, 74).forEach((l, k) => out.push(k === 0 ? `  * ${l}` : `    ${l}`));
        out.push('');
        break;
      case 'table':
        for (const r of b.rows) out.push(r.join(' | '));
        out.push('');
        break;
      case 'break':
        out.push('\f');
        break;
    }
  }
  return out.join(eol);
}

export function toEml(headers: [string, string][], body: string): string {
  const h = [...headers, ['MIME-Version', '1.0'], ['Content-Type', 'text/plain; charset="utf-8"'], ['Content-Transfer-Encoding', '8bit']];
  return `${h.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

export function csv(rows: Cell[][], eol = '\r\n'): string {
  return (
    rows
      .map((r) =>
        r
          .map((c) => {
            const s = c === null ? '' : String(c);
            return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join(eol) + eol
  );
}
