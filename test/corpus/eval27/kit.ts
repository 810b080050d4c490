/**
 * eval27's own small document kit: one block model rendered to docx, pdf, markdown and plain text,
 * plus helpers that make Office files byte-stable (fixed zip timestamps and core-property dates).
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
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

export const FIXED_DATE = new Date(Date.UTC(2025, 5, 16, 8, 30, 0));
const FIXED_ISO = '2025-06-16T08:30:00Z';

export type Block =
  | { h: string; level?: 1 | 2 | 3 }
  | { p: string; bold?: boolean; size?: number; center?: boolean }
  | { table: string[][]; header?: boolean }
  | { bullets: string[] }
  | { pageBreak: true };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
}

export interface ProseDoc {
  blocks: Block[];
  meta?: DocMeta;
  /** Running header text (every page). */
  header?: string;
  footer?: string;
  /** Headings rendered as Word heading styles (default) or as bold body paragraphs. */
  headingsAs?: 'styles' | 'bold';
}

/** Small deterministic PRNG (mulberry32). */
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
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}

// ---------------------------------------------------------------- front matter helpers

export interface FrontMatter {
  docNo: string;
  version: string;
  date: string;
  classification?: string;
  revisions: [string, string, string, string][];
  approvers?: [string, string, string][];
  distribution?: string[];
  toc?: string[];
  legal?: string;
}

/** Group-template front matter: document control, revision history, Freigabe block, distribution, ToC. */
export function frontMatter(f: FrontMatter): Block[] {
  const out: Block[] = [
    { p: 'Dokumentenlenkung / Document Control', bold: true },
    {
      table: [
        ['Document number', f.docNo],
        ['Version', f.version],
        ['Date of issue', f.date],
        ['Classification', f.classification ?? 'Intern / Internal'],
        ['Template', 'GRP-TPL-0003 Corporate Document Template (A4)'],
      ],
    },
    { p: 'Änderungshistorie / Revision History', bold: true },
    { table: [['Version', 'Date', 'Author', 'Description of change'], ...f.revisions], header: true },
  ];
  if (f.approvers) {
    out.push({ p: 'Freigabe / Approved by', bold: true });
    out.push({ table: [['Name', 'Function', 'Date / Signature'], ...f.approvers], header: true });
  }
  if (f.distribution) {
    out.push({ p: 'Verteiler / Distribution List', bold: true });
    out.push({ bullets: f.distribution });
  }
  if (f.legal) out.push({ p: f.legal, size: 16 });
  if (f.toc) {
    out.push({ p: 'Inhaltsverzeichnis / Table of Contents', bold: true });
    out.push(...f.toc.map((t, i): Block => ({ p: `${t}${'.'.repeat(Math.max(3, 60 - t.length))}${i + 3}` })));
  }
  out.push({ pageBreak: true });
  return out;
}

export const LEGAL_NOTICE =
  'Copyright © Veltrax Technologies GmbH and its affiliates. This document contains proprietary information of the Veltrax group. ' +
  'Distribution outside the named recipients requires the written authorisation of the document owner. Printed copies are not subject to change control.';

// ---------------------------------------------------------------- docx

const A4 = { width: 11906, height: 16838 };

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });
}

function docxTable(rows: string[][], header: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: r.map((c) => new TableCell({ children: [cellPara(c, header && i === 0)] })),
        }),
    ),
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export async function toDocx(doc: ProseDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if ('h' in b) {
      const lvl = (b.level ?? 1) - 1;
      if (doc.headingsAs === 'bold') {
        children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.h, bold: true, size: lvl === 0 ? 26 : 22 })] }));
      } else {
        children.push(new Paragraph({ text: b.h, heading: HEADINGS[lvl] ?? HeadingLevel.HEADING_3 }));
      }
    } else if ('p' in b) {
      children.push(
        new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: b.p, bold: b.bold ?? false, size: b.size ?? 21 })],
        }),
      );
    } else if ('table' in b) {
      children.push(docxTable(b.table, b.header ?? false));
      children.push(new Paragraph(''));
    } else if ('bullets' in b) {
      for (const x of b.bullets) children.push(new Paragraph({ text: x, bullet: { level: 0 } }));
    } else {
      children.push(new Paragraph({ children: [new PageBreak()] }));
    }
  }
  const m = doc.meta ?? {};
  const d = new Document({
    creator: m.creator ?? '',
    title: m.title ?? '',
    subject: m.subject ?? '',
    keywords: m.keywords ?? '',
    description: m.description ?? '',
    lastModifiedBy: m.lastModifiedBy ?? '',
    revision: 1,
    styles: { default: { document: { run: { font: 'Arial' } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: doc.header ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: doc.header, size: 16 })] })] }) } : {},
        footers: doc.footer ? { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: doc.footer, size: 16 })] })] }) } : {},
        children,
      },
    ],
  });
  return fixOfficeZip(await Packer.toBuffer(d));
}

/** Re-zips an Office file with fixed entry dates and fixed core-property timestamps. */
export async function fixOfficeZip(buf: Buffer | ArrayBuffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const f = src.file(name);
    if (!f) continue;
    if (name === 'docProps/core.xml') {
      let xml = await f.async('string');
      xml = xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_ISO}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_ISO}$2`);
      out.file(name, xml, { date: FIXED_DATE, createFolders: false });
    } else {
      out.file(name, await f.async('uint8array'), { date: FIXED_DATE, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------- pdf

const WIN_ANSI_SAFE: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '✓': 'x', '☐': '[ ]', '☒': '[X]', '\t': '    ' };

function safe(s: string): string {
  return s.replace(/[≥≤→✓☐☒\t]/g, (c) => WIN_ANSI_SAFE[c] ?? '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = safe(text).split(/\s+/).filter(Boolean);
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

export interface PdfOptions {
  /** Leave out Title/Author/dates (a scanned or printed-to-PDF document). */
  noMetadata?: boolean;
}

export async function toPdf(doc: ProseDoc, opts: PdfOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  if (!opts.noMetadata) {
    const m = doc.meta ?? {};
    if (m.title !== undefined) pdf.setTitle(m.title);
    if (m.creator !== undefined) pdf.setAuthor(m.creator);
    if (m.subject !== undefined) pdf.setSubject(m.subject);
    if (m.keywords !== undefined) pdf.setKeywords([m.keywords]);
    pdf.setProducer('Microsoft® Word für Microsoft 365');
    pdf.setCreator('Microsoft® Word für Microsoft 365');
    pdf.setCreationDate(FIXED_DATE);
    pdf.setModificationDate(FIXED_DATE);
  }
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [W, H] = [595.28, 841.89];
  const margin = 56;
  const width = W - 2 * margin;
  let page: PDFPage | undefined;
  let y = 0;
  let pageNo = 0;
  const newPage = (): PDFPage => {
    const p = pdf.addPage([W, H]);
    pageNo += 1;
    if (doc.header) p.drawText(safe(doc.header), { x: margin, y: H - 30, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    p.drawText(safe(`${doc.footer ?? ''}${doc.footer ? '   ' : ''}Page ${pageNo}`), { x: margin, y: 24, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    y = H - margin;
    page = p;
    return p;
  };
  const line = (text: string, f: PDFFont, size: number, indent = 0, center = false): void => {
    let p = page ?? newPage();
    if (y - size * 1.35 < margin) p = newPage();
    const x = center ? (W - f.widthOfTextAtSize(text, size)) / 2 : margin + indent;
    p.drawText(text, { x, y: y - size, size, font: f });
    y -= size * 1.35;
  };
  for (const b of doc.blocks) {
    if ('h' in b) {
      y -= 6;
      const size = b.level === 1 || b.level === undefined ? 13 : 11;
      for (const l of wrap(b.h, bold, size, width)) line(l, bold, size);
    } else if ('p' in b) {
      const size = b.size ? Math.max(7, b.size / 2) : 10;
      for (const l of wrap(b.p, b.bold ? bold : font, size, width)) line(l, b.bold ? bold : font, size, 0, b.center ?? false);
      y -= 4;
    } else if ('table' in b) {
      const cols = Math.max(...b.table.map((r) => r.length));
      const cw = width / cols;
      for (const [ri, r] of b.table.entries()) {
        const f = b.header && ri === 0 ? bold : font;
        const cells = r.map((c) => wrap(c, f, 8, cw - 4));
        const h = Math.max(...cells.map((c) => c.length));
        let p = page ?? newPage();
        if (y - h * 10.5 - 4 < margin) p = newPage();
        for (const [ci, c] of cells.entries()) {
          c.forEach((l, li) => p.drawText(l, { x: margin + ci * cw + 2, y: y - 8 - li * 10.5, size: 8, font: f }));
        }
        p.drawLine({ start: { x: margin, y: y - h * 10.5 - 2 }, end: { x: W - margin, y: y - h * 10.5 - 2 }, thickness: 0.4 });
        y -= h * 10.5 + 4;
      }
      y -= 6;
    } else if ('bullets' in b) {
      for (const x of b.bullets) {
        wrap(x, font, 10, width - 14).forEach((l, i) => line(i === 0 ? `- ${l}` : `  ${l}`, font, 10, 6));
      }
      y -= 4;
    } else {
      newPage();
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- markdown / text

export function toMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if ('h' in b) out.push(`${'#'.repeat(b.level ?? 1)} ${b.h}`, '');
    else if ('p' in b) out.push(b.bold ? `**${b.p}**` : b.p, '');
    else if ('table' in b) {
      const [first, ...rest] = b.table;
      if (!first) continue;
      out.push(`| ${first.join(' | ')} |`, `|${first.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
    } else if ('bullets' in b) out.push(...b.bullets.map((x) => `- ${x}`), '');
    else out.push('---', '');
  }
  return out.join('\n');
}

export function toText(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if ('h' in b) out.push('', b.h.toUpperCase(), '-'.repeat(Math.min(70, b.h.length)));
    else if ('p' in b) out.push(b.p, '');
    else if ('table' in b) out.push(...b.table.map((r) => r.join('  |  ')), '');
    else if ('bullets' in b) out.push(...b.bullets.map((x) => `  * ${x}`), '');
    else out.push('', '\f');
  }
  return out.join('\r\n');
}
