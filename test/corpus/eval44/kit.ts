/**
 * Eval44 builders: a tiny document model (blocks) rendered to docx, pdf, markdown and plain text,
 * plus a deterministic workbook writer. Every output is byte-stable: zips are rebuilt with a fixed
 * timestamp and document metadata dates are pinned.
 */
import {
  AlignmentType,
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
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export const FIXED_DATE = new Date('2026-03-02T09:30:00Z');

export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'p'; text: string; bold?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'break' };

export interface DocSpec {
  blocks: Block[];
  /** Heading rendering: Word heading styles, or bold body paragraphs as many authors do. */
  headingStyle?: 'styles' | 'bold';
  header?: string;
  footer?: string;
  meta?: { title?: string; subject?: string; creator?: string; description?: string; keywords?: string };
}

// ---------- block helpers ----------
export const title = (text: string, size?: number): Block => (size === undefined ? { kind: 'title', text } : { kind: 'title', text, size });
export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const b = (text: string): Block => ({ kind: 'p', text, bold: true });
export const ul = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][]): Block => ({ kind: 'table', rows });
export const pb = (): Block => ({ kind: 'break' });

// ---------- zip normalisation ----------
/** Rebuild a zip with every entry stamped FIXED_DATE, sorted as produced, and pinned core.xml dates. */
export async function normaliseZip(input: Buffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12026-03-02T09:30:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12026-03-02T09:30:00Z$2');
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return buf;
}

// ---------- docx ----------
function runs(text: string, bold = false, size?: number): TextRun[] {
  return [new TextRun(size === undefined ? { text, bold } : { text, bold, size })];
}

function docxBlocks(spec: DocSpec): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const styled = (spec.headingStyle ?? 'styles') === 'styles';
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  for (const blk of spec.blocks) {
    switch (blk.kind) {
      case 'title':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(blk.text, true, blk.size ?? 44) }));
        break;
      case 'h':
        out.push(
          styled
            ? new Paragraph({ heading: levels[blk.level], children: runs(blk.text) })
            : new Paragraph({ children: runs(blk.text, true, blk.level === 1 ? 28 : 24) }),
        );
        break;
      case 'p':
        out.push(new Paragraph({ children: runs(blk.text, blk.bold ?? false) }));
        break;
      case 'bullets':
        for (const item of blk.items) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: blk.rows.map(
              (row, i) =>
                new TableRow({
                  children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, i === 0) })] })),
                }),
            ),
          }),
        );
        out.push(new Paragraph({ children: [] }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function toDocx(spec: DocSpec): Promise<Buffer> {
  const m = spec.meta ?? {};
  const doc = new Document({
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.keywords !== undefined ? { keywords: m.keywords } : {}),
    creator: m.creator ?? 'Un-named',
    lastModifiedBy: m.creator ?? 'Un-named',
    revision: 3,
    sections: [
      {
        ...(spec.header !== undefined ? { headers: { default: new Header({ children: [new Paragraph({ children: runs(spec.header) })] }) } } : {}),
        ...(spec.footer !== undefined ? { footers: { default: new Footer({ children: [new Paragraph({ children: runs(spec.footer) })] }) } } : {}),
        children: docxBlocks(spec),
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc));
}

// ---------- plain text / markdown ----------
export function toMarkdown(spec: DocSpec): string {
  const lines: string[] = [];
  for (const blk of spec.blocks) {
    switch (blk.kind) {
      case 'title':
        lines.push(`# ${blk.text}`, '');
        break;
      case 'h':
        lines.push(`${'#'.repeat(blk.level + 1)} ${blk.text}`, '');
        break;
      case 'p':
        lines.push(blk.bold ? `**${blk.text}**` : blk.text, '');
        break;
      case 'bullets':
        lines.push(...blk.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = blk.rows;
        if (!head) break;
        lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        lines.push('---', '');
        break;
    }
  }
  return lines.join('\n');
}

export function toText(spec: DocSpec): string {
  const lines: string[] = [];
  if (spec.header) lines.push(spec.header, '');
  for (const blk of spec.blocks) {
    switch (blk.kind) {
      case 'title':
        lines.push(blk.text.toUpperCase(), '');
        break;
      case 'h':
        lines.push(blk.text, blk.level === 1 ? '='.repeat(blk.text.length) : '-'.repeat(blk.text.length), '');
        break;
      case 'p':
        lines.push(blk.text, '');
        break;
      case 'bullets':
        lines.push(...blk.items.map((i) => `  * ${i}`), '');
        break;
      case 'table':
        lines.push(...blk.rows.map((r) => r.join('  |  ')), '');
        break;
      case 'break':
        lines.push('', '');
        break;
    }
  }
  if (spec.footer) lines.push(spec.footer);
  return lines.join('\n');
}

// ---------- pdf ----------
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && cur) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

/** Replace characters WinAnsi cannot encode (pdf-lib standard fonts). */
const ascii = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7E]/g, ' ');

export async function toPdf(spec: DocSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const m = spec.meta ?? {};
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.creator !== undefined) pdf.setAuthor(m.creator);
  pdf.setProducer('Microsoft® Word for Microsoft 365');
  pdf.setCreator('Microsoft® Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const margin = 60;
  let page: PDFPage | undefined;
  let y = 0;
  let pageNo = 0;
  const newPage = (): PDFPage => {
    const pg = pdf.addPage([W, H]);
    pageNo += 1;
    if (spec.header) pg.drawText(ascii(spec.header), { x: margin, y: H - 35, size: 8, font });
    pg.drawText(ascii(`${spec.footer ?? ''}    Page ${pageNo}`.trim()), { x: margin, y: 30, size: 8, font });
    y = H - margin - 10;
    page = pg;
    return pg;
  };
  const line = (text: string, f: PDFFont, size: number, indent = 0): void => {
    let pg = page ?? newPage();
    if (y < margin + size) pg = newPage();
    pg.drawText(ascii(text), { x: margin + indent, y, size, font: f });
    y -= size * 1.35;
  };
  const para = (text: string, f: PDFFont, size: number, indent = 0): void => {
    for (const l of wrap(ascii(text), f, size, W - 2 * margin - indent)) line(l, f, size, indent);
    y -= size * 0.5;
  };
  for (const blk of spec.blocks) {
    switch (blk.kind) {
      case 'title':
        para(blk.text, bold, (blk.size ?? 44) / 2.2);
        y -= 8;
        break;
      case 'h':
        y -= 4;
        para(blk.text, bold, blk.level === 1 ? 14 : blk.level === 2 ? 12 : 10.5);
        break;
      case 'p':
        para(blk.text, blk.bold ? bold : font, 10);
        break;
      case 'bullets':
        for (const i of blk.items) para(`- ${i}`, font, 10, 12);
        break;
      case 'table': {
        const cols = Math.max(...blk.rows.map((r) => r.length));
        const colW = (W - 2 * margin) / cols;
        blk.rows.forEach((row, ri) => {
          const cells = row.map((c) => wrap(ascii(c), font, 8, colW - 6));
          const height = Math.max(...cells.map((c) => c.length));
          let pg = page ?? newPage();
          if (y - height * 11 < margin) pg = newPage();
          cells.forEach((c, ci) =>
            c.forEach((l, li) => pg.drawText(l, { x: margin + ci * colW, y: y - li * 11, size: 8, font: ri === 0 ? bold : font })),
          );
          y -= height * 11 + 4;
        });
        y -= 6;
        break;
      }
      case 'break':
        newPage();
        break;
    }
  }
  if (!page) newPage();
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------- xlsx ----------
export type Cell = string | number | Date | null;
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  widths?: number[];
  boldRows?: number[];
}

export async function toXlsx(
  sheets: SheetSpec[],
  meta: { title?: string; creator?: string; subject?: string; company?: string } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    (s.boldRows ?? []).forEach((n) => {
      ws.getRow(n).font = { bold: true };
    });
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  const raw = await wb.xlsx.writeBuffer();
  return normaliseZip(Buffer.from(raw as ArrayBuffer));
}

// ---------- csv ----------
export function toCsv(rows: (string | number)[][]): string {
  const q = (v: string | number): string => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

// ---------- seeded randomness ----------
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic UUID-looking string from a seeded generator. */
export function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
