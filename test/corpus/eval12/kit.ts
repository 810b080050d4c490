/**
 * Small deterministic builders for the eval12 corpus: docx (docx + fixed-time re-zip), xlsx (exceljs + re-zip),
 * pdf (pdf-lib, pandoc-like layout), plus a seeded RNG and a few prose helpers.
 */
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

export const FIXED_DATE = new Date(Date.UTC(2025, 5, 16, 9, 30, 0));

/** mulberry32 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}
export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
export function isoDay(base: Date, addDays: number): string {
  return new Date(base.getTime() + addDays * 86400000).toISOString().slice(0, 10);
}

/** Re-zip an Office container with fixed entry timestamps and fixed core-property dates. */
export async function rezip(buf: Buffer | Uint8Array): Promise<Buffer> {
  const zin = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(zin.files).filter((n) => !zin.files[n]?.dir).sort((a, b) => {
    const ra = a === '[Content_Types].xml' ? 0 : 1;
    const rb = b === '[Content_Types].xml' ? 0 : 1;
    return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const n of names) {
    const f = zin.files[n];
    if (!f) continue;
    let data: Uint8Array | string = await f.async('uint8array');
    if (n === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    out.file(n, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- docx

export type Block =
  | { h1: string }
  | { h2: string }
  | { h3: string }
  | { p: string }
  | { bold: string } // heading typed as a bold paragraph
  | { big: string } // large-type title paragraph
  | { center: string }
  | { bullets: string[] }
  | { table: string[][]; header?: boolean }
  | { pagebreak: true };

export interface DocxSpec {
  blocks: Block[];
  meta?: { title?: string; subject?: string; creator?: string; description?: string; keywords?: string; lastModifiedBy?: string };
  header?: string;
  footer?: string;
}

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, bold, size: 18 })] })),
  });
}

function toDocx(b: Block): (Paragraph | Table)[] {
  if ('h1' in b) return [new Paragraph({ text: b.h1, heading: HeadingLevel.HEADING_1 })];
  if ('h2' in b) return [new Paragraph({ text: b.h2, heading: HeadingLevel.HEADING_2 })];
  if ('h3' in b) return [new Paragraph({ text: b.h3, heading: HeadingLevel.HEADING_3 })];
  if ('p' in b) return [new Paragraph({ children: [new TextRun(b.p)], spacing: { after: 120 } })];
  if ('bold' in b) return [new Paragraph({ children: [new TextRun({ text: b.bold, bold: true, size: 24 })], spacing: { before: 200, after: 100 } })];
  if ('big' in b) return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.big, bold: true, size: 44 })], spacing: { before: 400, after: 300 } })];
  if ('center' in b) return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.center, size: 24 })] })];
  if ('bullets' in b) return b.bullets.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
  if ('table' in b) {
    const rows = b.table.map((r, i) => new TableRow({ children: r.map((c) => cell(c, b.header !== false && i === 0)) }));
    return [
      new Table({
        rows,
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: {
          top: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          left: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          right: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
        },
      }),
      new Paragraph({ text: '' }),
    ];
  }
  return [new Paragraph({ children: [new PageBreak()] })];
}

export async function docx(spec: DocxSpec): Promise<Buffer> {
  const m = spec.meta ?? {};
  const doc = new Document({
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.keywords !== undefined ? { keywords: m.keywords } : {}),
    creator: m.creator ?? '',
    lastModifiedBy: m.lastModifiedBy ?? m.creator ?? '',
    revision: 3,
    sections: [
      {
        ...(spec.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } } : {}),
        ...(spec.footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } } : {}),
        children: spec.blocks.flatMap(toDocx),
      },
    ],
  });
  return rezip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- xlsx

export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  /** 1-based row number of the header row, bolded and filled. */
  headerRow?: number;
  widths?: number[];
}

export async function xlsx(sheets: SheetSpec[], meta: { creator?: string; title?: string; subject?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.creator ?? '';
  if (meta.title) wb.title = meta.title;
  if (meta.subject) wb.subject = meta.subject;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    if (s.headerRow) {
      const row = ws.getRow(s.headerRow);
      row.font = { bold: true };
      row.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
        c.alignment = { wrapText: true, vertical: 'top' };
      });
    }
    const widths = s.widths ?? [];
    const ncol = Math.max(...s.rows.map((r) => r.length), 1);
    for (let i = 1; i <= ncol; i++) ws.getColumn(i).width = widths[i - 1] ?? 18;
  }
  const buf = await wb.xlsx.writeBuffer();
  return rezip(Buffer.from(buf as ArrayBuffer));
}

// ---------------------------------------------------------------- pdf

export type PdfLine =
  | { title: string }
  | { sub: string }
  | { h: string }
  | { p: string }
  | { mono: string }
  | { gap: number }
  | { page: true }
  | { right: string };

export interface PdfSpec {
  lines: PdfLine[];
  meta?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; keywords?: string[] };
  header?: string;
  footer?: string;
}

function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e]/g, ' ');
}

export async function pdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const m = spec.meta ?? {};
  if (m.title !== undefined) doc.setTitle(m.title);
  if (m.author !== undefined) doc.setAuthor(m.author);
  if (m.subject !== undefined) doc.setSubject(m.subject);
  if (m.keywords !== undefined) doc.setKeywords(m.keywords);
  doc.setCreator(m.creator ?? 'LaTeX with hyperref');
  doc.setProducer(m.producer ?? 'pdfTeX-1.40.25');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const reg = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const W = 612;
  const H = 792;
  const margin = 72;
  let page = doc.addPage([W, H]);
  let y = H - margin;
  let pageNo = 1;
  const decorate = (): void => {
    if (spec.header) page.drawText(ascii(spec.header), { x: margin, y: H - 40, size: 8, font: reg, color: rgb(0.35, 0.35, 0.35) });
    const f = ascii((spec.footer ?? '') + (spec.footer ? '    ' : '') + String(pageNo));
    page.drawText(f, { x: W / 2 - reg.widthOfTextAtSize(f, 9) / 2, y: 36, size: 9, font: reg });
  };
  decorate();
  const newPage = (): void => {
    page = doc.addPage([W, H]);
    pageNo++;
    y = H - margin;
    decorate();
  };
  const wrap = (text: string, font: typeof reg, size: number, width: number): string[] => {
    const out: string[] = [];
    for (const para of ascii(text).split('\n')) {
      let cur = '';
      for (const w of para.split(/ +/)) {
        const t = cur ? cur + ' ' + w : w;
        if (font.widthOfTextAtSize(t, size) > width && cur) {
          out.push(cur);
          cur = w;
        } else cur = t;
      }
      out.push(cur);
    }
    return out;
  };
  const put = (text: string, font: typeof reg, size: number, opts: { center?: boolean; right?: boolean; after?: number } = {}): void => {
    for (const l of wrap(text, font, size, W - 2 * margin)) {
      if (y < margin + size) newPage();
      const w = font.widthOfTextAtSize(l, size);
      const x = opts.center ? W / 2 - w / 2 : opts.right ? W - margin - w : margin;
      page.drawText(l, { x, y, size, font });
      y -= size * 1.3;
    }
    y -= opts.after ?? 0;
  };
  for (const l of spec.lines) {
    if ('title' in l) put(l.title, bold, 18, { center: true, after: 8 });
    else if ('sub' in l) put(l.sub, reg, 12, { center: true, after: 2 });
    else if ('h' in l) {
      y -= 6;
      put(l.h, bold, 13, { after: 3 });
    } else if ('p' in l) put(l.p, reg, 11, { after: 6 });
    else if ('mono' in l) put(l.mono, mono, 8.5, { after: 0 });
    else if ('right' in l) put(l.right, reg, 11, { right: true });
    else if ('gap' in l) y -= l.gap;
    else newPage();
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- text helpers

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    })
    .join(',');
}
export function csv(rows: (string | number | null | undefined)[][], eol = '\r\n'): string {
  return rows.map(csvLine).join(eol) + eol;
}
export function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Deterministic UUID-looking id from a seed string. */
export function uuid(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345678;
  for (let i = 0; i < seed.length; i++) {
    h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ seed.charCodeAt(i), 2246822507) >>> 0;
  }
  const r = rng(h1 ^ h2);
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Markdown-ish blocks → pandoc-like PDF lines (numbered headings). */
export function numbered(sections: { h: string; body: string[] }[], start = 1): PdfLine[] {
  const out: PdfLine[] = [];
  sections.forEach((s, i) => {
    out.push({ h: `${i + start}  ${s.h}` });
    for (const b of s.body) out.push({ p: b });
  });
  return out;
}

/** Revision history / approval / distribution front matter as docx blocks. */
export function frontMatter(o: {
  org: string;
  revisions: [string, string, string, string][];
  approvers?: [string, string][];
  distribution?: string[];
  toc?: string[];
  legal?: string;
}): Block[] {
  const b: Block[] = [];
  if (o.legal) b.push({ bold: 'Proprietary and Confidential' }, { p: o.legal });
  b.push({ bold: 'Document Revision History' }, { table: [['Date', 'Version', 'Description', 'Author'], ...o.revisions] });
  if (o.approvers) {
    b.push({ bold: 'Approvals' }, { p: `The undersigned acknowledge that they have reviewed this document and agree with the information it contains. Changes will be coordinated with, and approved by, the signatories or their designated representatives at ${o.org}.` });
    b.push({ table: [['Name / Title', 'Signature', 'Date'], ...o.approvers.map(([n, t]) => [`${n}\n${t}`, '', ''])] });
  }
  if (o.distribution) b.push({ bold: 'Distribution List' }, { bullets: o.distribution });
  if (o.toc) b.push({ bold: 'Table of Contents' }, ...o.toc.map((t, i) => ({ p: `${t} ${'.'.repeat(Math.max(4, 60 - t.length))} ${i * 2 + 3}` })));
  b.push({ pagebreak: true });
  return b;
}

/** Sections of prose as docx blocks; `bodyStyle` chooses heading styles or bold paragraphs. */
export function sections(secs: { h: string; body: string[]; table?: string[][] }[], headingStyle: 'style' | 'bold' = 'style', numberedHeads = true): Block[] {
  const out: Block[] = [];
  secs.forEach((s, i) => {
    const h = numberedHeads ? `${i + 1}. ${s.h}` : s.h;
    out.push(headingStyle === 'style' ? { h1: h } : { bold: h });
    for (const p of s.body) out.push({ p });
    if (s.table) out.push({ table: s.table });
  });
  return out;
}
