/**
 * Small document builders for the eval37 corpus (docx, xlsx, pdf, text).
 * Every builder is deterministic: Office zips are re-packed with a fixed timestamp
 * and core.xml dates are pinned; PDFs carry fixed metadata dates.
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
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export const FIXED_DATE = new Date('2026-03-16T14:30:00Z');
const FIXED_ISO = '2026-03-16T14:30:00Z';

/** Seeded pseudo-random numbers (mulberry32). */
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

export function pick<T>(r: () => number, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

/** A block of a prose document. */
export type Block =
  | { h: 1 | 2 | 3; text: string; asBold?: boolean }
  | { p: string; bold?: boolean; size?: number; center?: boolean }
  | { bullets: string[] }
  | { table: string[][]; header?: boolean }
  | { pageBreak: true };

export interface DocMeta {
  title?: string;
  creator?: string;
  subject?: string;
  description?: string;
  lastModifiedBy?: string;
}

export interface DocxSpec {
  meta: DocMeta;
  header?: string;
  footer?: string;
  blocks: Block[];
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function cellParagraph(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold })] });
}

function docxTable(rows: string[][], header: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map((c) => new TableCell({ children: [cellParagraph(c, header && i === 0)] })),
        }),
    ),
  });
}

function blockToDocx(b: Block): (Paragraph | Table)[] {
  if ('h' in b) {
    if (b.asBold) return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 26 })] })];
    return [new Paragraph({ heading: HEADINGS[b.h - 1], text: b.text })];
  }
  if ('p' in b) {
    return [
      new Paragraph({
        alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: b.p, bold: b.bold ?? false, size: b.size ?? 22 })],
      }),
    ];
  }
  if ('bullets' in b) return b.bullets.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
  if ('table' in b) return [docxTable(b.table, b.header ?? true), new Paragraph({ text: '' })];
  return [new Paragraph({ children: [new PageBreak()] })];
}

/** Re-pack a zip (docx/xlsx) with fixed timestamps and pinned core.xml dates. */
export async function repack(buf: Buffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_ISO}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_ISO}$2`)
        .replace(/(<cp:lastPrinted[^>]*>)[^<]*(<\/cp:lastPrinted>)/, `$1${FIXED_ISO}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const children = spec.blocks.flatMap(blockToDocx);
  const doc = new Document({
    ...(spec.meta.creator !== undefined ? { creator: spec.meta.creator } : {}),
    ...(spec.meta.title !== undefined ? { title: spec.meta.title } : {}),
    ...(spec.meta.subject !== undefined ? { subject: spec.meta.subject } : {}),
    ...(spec.meta.description !== undefined ? { description: spec.meta.description } : {}),
    ...(spec.meta.lastModifiedBy !== undefined ? { lastModifiedBy: spec.meta.lastModifiedBy } : {}),
    sections: [
      {
        ...(spec.header !== undefined
          ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: spec.header, size: 16 })] })] }) } }
          : {}),
        ...(spec.footer !== undefined
          ? { footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } }
          : {}),
        children,
      },
    ],
  });
  return repack(await Packer.toBuffer(doc));
}

export interface SheetSpec {
  name: string;
  /** Rows of cell values, written from A1 downwards. */
  rows: (string | number | null)[][];
  /** 1-based row index to style as a header (bold, filled). */
  headerRow?: number;
  widths?: number[];
}

export interface XlsxSpec {
  meta: DocMeta & { company?: string };
  sheets: SheetSpec[];
}

export async function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  if (spec.meta.creator !== undefined) wb.creator = spec.meta.creator;
  if (spec.meta.lastModifiedBy !== undefined) wb.lastModifiedBy = spec.meta.lastModifiedBy;
  if (spec.meta.title !== undefined) wb.title = spec.meta.title;
  if (spec.meta.subject !== undefined) wb.subject = spec.meta.subject;
  if (spec.meta.company !== undefined) wb.company = spec.meta.company;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    if (s.headerRow !== undefined) {
      const hr = ws.getRow(s.headerRow);
      hr.font = { bold: true };
      hr.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      });
    }
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  const raw = await wb.xlsx.writeBuffer();
  return repack(Buffer.from(raw as ArrayBuffer));
}

/** Characters the standard PDF fonts (WinAnsi) can show. */
export function winAnsi(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2264/g, '<=')
    .replace(/\u2265/g, '>=')
    .replace(/\u2192/g, '->')
    .replace(/\u2713/g, 'X')
    .replace(/[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2022\u00a7]/g, '?');
}

export type PdfLine = { text: string; size?: number; bold?: boolean; gap?: number } | { pageBreak: true };

export interface PdfSpec {
  meta: DocMeta & { producer?: string; creatorTool?: string; keywords?: string[] };
  header?: string;
  footer?: string;
  lines: PdfLine[];
}

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (spec.meta.title !== undefined) pdf.setTitle(spec.meta.title);
  if (spec.meta.creator !== undefined) pdf.setAuthor(spec.meta.creator);
  if (spec.meta.subject !== undefined) pdf.setSubject(spec.meta.subject);
  if (spec.meta.keywords !== undefined) pdf.setKeywords(spec.meta.keywords);
  pdf.setProducer(spec.meta.producer ?? 'Microsoft: Print To PDF');
  if (spec.meta.creatorTool !== undefined) pdf.setCreator(spec.meta.creatorTool);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  const W = 612;
  const H = 792;
  const margin = 60;
  let page = pdf.addPage([W, H]);
  let y = H - margin;
  let pageNo = 1;
  const decorate = (): void => {
    if (spec.header !== undefined) page.drawText(winAnsi(spec.header), { x: margin, y: H - 35, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    const foot = `${spec.footer ?? ''}${spec.footer !== undefined ? '   ' : ''}Page ${pageNo}`;
    page.drawText(winAnsi(foot), { x: margin, y: 30, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
  };
  decorate();
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pageNo += 1;
    y = H - margin;
    decorate();
  };
  for (const line of spec.lines) {
    if ('pageBreak' in line) {
      newPage();
      continue;
    }
    const size = line.size ?? 10;
    const f = line.bold ? bold : font;
    const words = winAnsi(line.text).split(/\s+/);
    const maxWidth = W - 2 * margin;
    let current = '';
    const wrapped: string[] = [];
    for (const w of words) {
      const trial = current === '' ? w : `${current} ${w}`;
      if (f.widthOfTextAtSize(trial, size) > maxWidth && current !== '') {
        wrapped.push(current);
        current = w;
      } else current = trial;
    }
    wrapped.push(current);
    y -= line.gap ?? 4;
    for (const t of wrapped) {
      if (y < margin + size) newPage();
      page.drawText(t, { x: margin, y: y - size, size, font: f });
      y -= size * 1.35;
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Flatten prose blocks into PDF lines. */
export function blocksToPdf(blocks: Block[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push({ text: b.text, size: b.h === 1 ? 14 : b.h === 2 ? 12 : 11, bold: true, gap: 10 });
    else if ('p' in b) out.push({ text: b.p, size: b.size !== undefined ? b.size / 2 : 10, bold: b.bold ?? false, gap: 5 });
    else if ('bullets' in b) for (const t of b.bullets) out.push({ text: `\u2022  ${t}`, gap: 2 });
    else if ('table' in b) for (const r of b.table) out.push({ text: r.join('  |  '), size: 9, gap: 2 });
    else out.push({ pageBreak: true });
  }
  return out;
}

/** Flatten prose blocks into markdown. */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push(`${'#'.repeat(b.h)} ${b.text}`, '');
    else if ('p' in b) out.push(b.bold ? `**${b.p}**` : b.p, '');
    else if ('bullets' in b) out.push(...b.bullets.map((t) => `- ${t}`), '');
    else if ('table' in b) {
      const [head, ...rest] = b.table;
      if (head) {
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const r of rest) out.push(`| ${r.join(' | ')} |`);
        out.push('');
      }
    } else out.push('---', '');
  }
  return out.join('\n');
}

/** Flatten prose blocks into plain text (as pasted from an e-mail). */
export function blocksToText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push('', b.text.toUpperCase(), '');
    else if ('p' in b) out.push(b.p, '');
    else if ('bullets' in b) out.push(...b.bullets.map((t) => `  * ${t}`), '');
    else if ('table' in b) out.push(...b.table.map((r) => r.join('\t')), '');
    else out.push('', '');
  }
  return out.join('\n');
}

export function csv(rows: (string | number)[][]): string {
  return (
    rows
      .map((r) =>
        r
          .map((c) => {
            const s = String(c);
            return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join('\r\n') + '\r\n'
  );
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
