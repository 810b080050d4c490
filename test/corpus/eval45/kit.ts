/**
 * eval45's own document kit: one small block model rendered to docx, pdf, markdown and plain text,
 * an xlsx builder, and a zip normaliser that pins every timestamp so the bytes never change.
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

/** The one instant every generated file claims. */
export const FIXED_DATE = new Date('2026-03-02T15:04:00Z');

export type Block =
  | { h: string; level?: 1 | 2 | 3 }
  | { bold: string }
  | { big: string }
  | { p: string }
  | { small: string }
  | { bullets: readonly string[] }
  | { table: readonly (readonly string[])[] }
  | { pageBreak: true };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  description?: string;
  keywords?: string;
  lastModifiedBy?: string;
}

export interface DocSpec {
  blocks: readonly Block[];
  header?: string;
  footer?: string;
  meta?: DocMeta;
}

// ---------------------------------------------------------------- zip normalisation

/** Re-zips an Office file with every entry dated FIXED_DATE and the core properties' dates pinned. */
export async function normaliseZip(buf: Buffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z')}$2`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------- docx

function cellBorder() {
  const b = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return { top: b, bottom: b, left: b, right: b };
}

function docxBlocks(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
  for (const b of blocks) {
    if ('h' in b) {
      out.push(new Paragraph({ text: b.h, heading: headingLevels[(b.level ?? 1) - 1] }));
    } else if ('bold' in b) {
      out.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.bold, bold: true, size: 26 })] }));
    } else if ('big' in b) {
      out.push(
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: b.big, bold: true, size: 44 })] }),
      );
    } else if ('p' in b) {
      out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.p })] }));
    } else if ('small' in b) {
      out.push(new Paragraph({ children: [new TextRun({ text: b.small, size: 16, italics: true })] }));
    } else if ('bullets' in b) {
      for (const item of b.bullets) out.push(new Paragraph({ indent: { left: 360, hanging: 240 }, children: [new TextRun({ text: `\u2022 ${item}` })] }));
    } else if ('table' in b) {
      out.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.table.map(
            (row, ri) =>
              new TableRow({
                children: row.map(
                  (cell) =>
                    new TableCell({
                      borders: cellBorder(),
                      children: [new Paragraph({ children: [new TextRun({ text: cell, bold: ri === 0, size: 18 })] })],
                    }),
                ),
              }),
          ),
        }),
      );
      out.push(new Paragraph({ text: '' }));
    } else {
      out.push(new Paragraph({ children: [new PageBreak()] }));
    }
  }
  return out;
}

export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const m = spec.meta ?? {};
  const doc = new Document({
    creator: m.creator ?? '',
    title: m.title ?? '',
    subject: m.subject ?? '',
    description: m.description ?? '',
    keywords: m.keywords ?? '',
    lastModifiedBy: m.lastModifiedBy ?? m.creator ?? '',
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        headers: spec.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } : {},
        footers: spec.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } : {},
        children: docxBlocks(spec.blocks),
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- pdf

/** Helvetica speaks WinAnsi only: fold the few typographic characters our texts use. */
function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '-')
    .replace(/\u00A7/g, 'Sec.')
    .replace(/[^\x20-\x7E]/g, ' ');
}

export async function renderPdf(spec: DocSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const m = spec.meta ?? {};
  if (m.title !== undefined) pdf.setTitle(m.title);
  if (m.subject !== undefined) pdf.setSubject(m.subject);
  if (m.creator !== undefined) pdf.setAuthor(m.creator);
  if (m.keywords !== undefined) pdf.setKeywords([m.keywords]);
  pdf.setCreator('Microsoft Word');
  pdf.setProducer('Adobe PDF Library 23.1.175');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const margin = 64;
  let page = pdf.addPage([W, H]);
  let y = H - margin;
  let pageNo = 1;
  const decorate = () => {
    if (spec.header) page.drawText(ascii(spec.header), { x: margin, y: H - 36, size: 7, font: regular, color: rgb(0.35, 0.35, 0.35) });
    const foot = `${spec.footer ? `${ascii(spec.footer)}   ` : ''}Page ${pageNo}`;
    page.drawText(foot, { x: margin, y: 30, size: 7, font: regular, color: rgb(0.35, 0.35, 0.35) });
  };
  decorate();
  const newPage = () => {
    page = pdf.addPage([W, H]);
    pageNo += 1;
    y = H - margin;
    decorate();
  };
  const write = (text: string, size: number, font = regular, indent = 0, centre = false) => {
    const words = ascii(text).split(/\s+/).filter(Boolean);
    const maxW = W - 2 * margin - indent;
    let line = '';
    const flush = () => {
      if (y < margin + size) newPage();
      const width = font.widthOfTextAtSize(line, size);
      page.drawText(line, { x: centre ? (W - width) / 2 : margin + indent, y, size, font });
      y -= size * 1.35;
      line = '';
    };
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > maxW && line) {
        flush();
        line = w;
      } else line = next;
    }
    if (line) flush();
  };
  for (const b of spec.blocks) {
    if ('h' in b) {
      y -= 6;
      write(b.h, b.level === 1 || b.level === undefined ? 13 : 11, bold);
    } else if ('bold' in b) {
      y -= 4;
      write(b.bold, 11, bold);
    } else if ('big' in b) {
      y -= 30;
      write(b.big, 20, bold, 0, true);
      y -= 14;
    } else if ('p' in b) {
      write(b.p, 10);
      y -= 4;
    } else if ('small' in b) {
      write(b.small, 7.5);
    } else if ('bullets' in b) {
      for (const item of b.bullets) write(`- ${item}`, 10, regular, 12);
      y -= 4;
    } else if ('table' in b) {
      b.table.forEach((row, i) => write(row.join('  |  '), 8.5, i === 0 ? bold : regular, 6));
      y -= 6;
    } else newPage();
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- markdown / text

export function renderMarkdown(spec: DocSpec): string {
  const lines: string[] = [];
  for (const b of spec.blocks) {
    if ('h' in b) lines.push(`${'#'.repeat((b.level ?? 1) + 1)} ${b.h}`, '');
    else if ('bold' in b) lines.push(`**${b.bold}**`, '');
    else if ('big' in b) lines.push(`# ${b.big}`, '');
    else if ('p' in b) lines.push(b.p, '');
    else if ('small' in b) lines.push(`_${b.small}_`, '');
    else if ('bullets' in b) lines.push(...b.bullets.map((x) => `- ${x}`), '');
    else if ('table' in b) {
      const [head, ...rest] = b.table;
      if (head) {
        lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const r of rest) lines.push(`| ${r.join(' | ')} |`);
        lines.push('');
      }
    } else lines.push('---', '');
  }
  return lines.join('\n');
}

export function renderText(spec: DocSpec): string {
  const lines: string[] = [];
  if (spec.header) lines.push(spec.header, '');
  for (const b of spec.blocks) {
    if ('h' in b) lines.push(b.h.toUpperCase(), '');
    else if ('bold' in b) lines.push(b.bold, '');
    else if ('big' in b) lines.push(b.big, '='.repeat(Math.min(72, b.big.length)), '');
    else if ('p' in b || 'small' in b) lines.push('p' in b ? b.p : b.small, '');
    else if ('bullets' in b) lines.push(...b.bullets.map((x) => `  * ${x}`), '');
    else if ('table' in b) lines.push(...b.table.map((r) => r.join('\t')), '');
    else lines.push('', '');
  }
  if (spec.footer) lines.push(spec.footer);
  return lines.join('\n');
}

// ---------------------------------------------------------------- xlsx

export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  rows: readonly (readonly CellValue[])[];
  widths?: readonly number[];
  /** 1-based row numbers printed bold (header rows). */
  boldRows?: readonly number[];
  merges?: readonly string[];
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  meta?: DocMeta;
}

export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const m = spec.meta ?? {};
  wb.creator = m.creator ?? '';
  wb.lastModifiedBy = m.lastModifiedBy ?? m.creator ?? '';
  if (m.title !== undefined) wb.title = m.title;
  if (m.subject !== undefined) wb.subject = m.subject;
  if (m.keywords !== undefined) wb.keywords = m.keywords;
  if (m.description !== undefined) wb.description = m.description;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const n of s.boldRows ?? []) ws.getRow(n).font = { bold: true };
    for (const mg of s.merges ?? []) ws.mergeCells(mg);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normaliseZip(Buffer.from(raw as ArrayBuffer));
}

// ---------------------------------------------------------------- csv / xml helpers

export function csv(rows: readonly (readonly CellValue[])[], eol = '\r\n'): string {
  const q = (v: CellValue) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A small seeded generator (mulberry32) for the few numbers that look random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
