/**
 * eval41 kit: small builders that turn one document model into docx, pdf, markdown or text,
 * plus helpers for xlsx metadata and deterministic re-zipping. Written for this corpus only.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
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

/** Every timestamp written into a file of this corpus. */
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 16, 5, 0));

export type Block =
  | { k: 'title'; text: string; size?: number }
  | { k: 'h1' | 'h2'; text: string }
  | { k: 'bold'; text: string }
  | { k: 'p'; text: string }
  | { k: 'small'; text: string }
  | { k: 'bullets'; items: string[] }
  | { k: 'table'; rows: string[][] }
  | { k: 'break' };

export interface CoreMeta {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  category?: string;
  created?: string;
  modified?: string;
}

export interface DocModel {
  blocks: Block[];
  header?: string;
  footer?: string;
  /** Headings as Word heading styles (true) or as bold body paragraphs (false). */
  styledHeadings?: boolean;
  meta?: CoreMeta;
  /** docProps/custom.xml properties (SharePoint, MIP labels). */
  custom?: Record<string, string>;
  /** Extra customXml part (SharePoint properties document). */
  customXml?: string;
}

/** Seeded PRNG (mulberry32) so every run picks the same variants. */
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
  const v = items[Math.floor(r() * items.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreXml(m: CoreMeta): string {
  const el = (tag: string, v: string | undefined): string => (v === undefined ? '' : `<${tag}>${xmlEscape(v)}</${tag}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', m.title) +
    el('dc:subject', m.subject) +
    el('dc:creator', m.creator) +
    el('cp:keywords', m.keywords) +
    el('dc:description', m.description) +
    el('cp:lastModifiedBy', m.lastModifiedBy) +
    el('cp:category', m.category) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${m.created ?? '2023-11-02T13:41:00Z'}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${m.modified ?? '2025-03-14T16:05:00Z'}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function customXmlProps(props: Record<string, string>): string {
  let pid = 2;
  const items = Object.entries(props)
    .map(
      ([k, v]) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid++}" name="${xmlEscape(k)}"><vt:lpwstr>${xmlEscape(v)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`
  );
}

/** Microsoft Information Protection label properties as Office writes them into custom.xml. */
export function mipLabel(name: 'General' | 'Confidential' | 'Highly Confidential' | 'Internal', setDate: string): Record<string, string> {
  const id = '9c1e7d2a-41b5-4f0e-8a3c-5b27d61f0e44';
  return {
    [`MSIP_Label_${id}_Enabled`]: 'true',
    [`MSIP_Label_${id}_SetDate`]: setDate,
    [`MSIP_Label_${id}_Method`]: 'Privileged',
    [`MSIP_Label_${id}_Name`]: name,
    [`MSIP_Label_${id}_SiteId`]: 'c0a4f1de-7b36-4a1d-9e52-13d3f7a0b8c1',
    [`MSIP_Label_${id}_ActionId`]: '5e0b8f31-2c6d-4e7a-a9b0-7f14d2c93e58',
    [`MSIP_Label_${id}_ContentBits`]: '1',
  };
}

/** SharePoint custom properties (content type, Document ID service). */
export function sharePointProps(docId: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ContentTypeId: '0x010100A7C3E45F0B9E2D4C8F6A1B3D5E7F9C2B',
    _dlc_DocIdItemGuid: '3f9a6c2e-8d41-4b7e-a05c-91e2d7b6f4a3',
    _dlc_DocId: docId,
    _dlc_DocIdUrl: `https://nimbusgov.sharepoint.com/sites/GRC/_layouts/15/DocIdRedir.aspx?ID=${docId}, ${docId}`,
    MediaServiceImageTags: '',
    ...extra,
  };
}

export function sharePointCustomXml(docId: string, owner: string): string {
  return (
    '<?xml version="1.0"?>\r\n<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:pc="http://schemas.microsoft.com/office/infopath/2007/PartnerControls">' +
    '<documentManagement><_dlc_DocId xmlns="b2f4c7a1-0e9d-4c35-8b62-d17a3e5f9c08">' +
    xmlEscape(docId) +
    '</_dlc_DocId><DocumentOwner xmlns="b2f4c7a1-0e9d-4c35-8b62-d17a3e5f9c08">' +
    xmlEscape(owner) +
    '</DocumentOwner><TaxCatchAll xmlns="b2f4c7a1-0e9d-4c35-8b62-d17a3e5f9c08"/></documentManagement></p:properties>'
  );
}

/**
 * Rewrites an OOXML package: own core.xml, optional custom.xml and customXml part, and every entry
 * re-zipped with FIXED_DATE so the bytes are the same on every run.
 */
export async function finishOoxml(
  data: Buffer,
  opts: { meta?: CoreMeta; custom?: Record<string, string>; customXml?: string; extraParts?: Record<string, string> },
): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  const parts = new Map<string, Buffer>();
  for (const n of names) {
    const f = src.file(n);
    if (f) parts.set(n, await f.async('nodebuffer'));
  }
  if (opts.meta) parts.set('docProps/core.xml', Buffer.from(coreXml(opts.meta), 'utf8'));
  if (opts.custom && Object.keys(opts.custom).length > 0) {
    const hadCustom = parts.has('docProps/custom.xml');
    parts.set('docProps/custom.xml', Buffer.from(customXmlProps(opts.custom), 'utf8'));
    if (!hadCustom) {
      const ct = parts.get('[Content_Types].xml')?.toString('utf8') ?? '';
      parts.set(
        '[Content_Types].xml',
        Buffer.from(
          ct.replace(
            '</Types>',
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
          ),
          'utf8',
        ),
      );
      const rels = parts.get('_rels/.rels')?.toString('utf8') ?? '';
      parts.set(
        '_rels/.rels',
        Buffer.from(
          rels.replace(
            '</Relationships>',
            '<Relationship Id="rIdCustom41" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
          ),
          'utf8',
        ),
      );
    }
  }
  if (opts.customXml) parts.set('customXml/item1.xml', Buffer.from(opts.customXml, 'utf8'));
  for (const [k, v] of Object.entries(opts.extraParts ?? {})) parts.set(k, Buffer.from(v, 'utf8'));
  const order = ['[Content_Types].xml', ...[...parts.keys()].filter((k) => k !== '[Content_Types].xml')];
  for (const n of order) {
    const b = parts.get(n);
    if (b) out.file(n, b, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- docx

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });
}

function docxBlocks(blocks: Block[], styled: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        out.push(
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 }, children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 48 })] }),
        );
        break;
      case 'h1':
      case 'h2':
        if (styled) out.push(new Paragraph({ text: b.text, heading: b.k === 'h1' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
        else out.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: b.k === 'h1' ? 28 : 24 })] }));
        break;
      case 'bold':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] }));
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'small':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 16, italics: true })] }));
        break;
      case 'bullets':
        for (const i of b.items) out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`\u2022\t${i}`)] }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.rows.map((r, ri) => new TableRow({ children: r.map((c) => new TableCell({ children: [cellPara(c, ri === 0)] })) })),
          }),
        );
        out.push(new Paragraph(''));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function toDocx(m: DocModel): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: m.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: m.header, size: 16 })] })] }) } : {},
        footers: m.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m.footer, size: 16 })] })] }) } : {},
        children: docxBlocks(m.blocks, m.styledHeadings ?? true),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return finishOoxml(raw, { meta: m.meta ?? {}, ...(m.custom ? { custom: m.custom } : {}), ...(m.customXml ? { customXml: m.customXml } : {}) });
}

// ---------------------------------------------------------------- pdf

export interface PdfMeta {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
}

/** Characters the standard (WinAnsi) fonts can draw. */
export function winAnsi(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2022/g, '-')
    .replace(/\u2264/g, '<=')
    .replace(/\u2265/g, '>=')
    .replace(/\t/g, ' ')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = winAnsi(text).split(/\s+/).filter(Boolean);
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

export async function toPdf(m: DocModel, meta: PdfMeta): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const left = 64;
  const width = W - 2 * left;
  const pages: PDFPage[] = [];
  let page = pdf.addPage([W, H]);
  pages.push(page);
  let y = H - 80;
  const newPage = (): void => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    y = H - 80;
  };
  const line = (text: string, font: PDFFont, size: number, x = left): void => {
    if (y < 80) newPage();
    page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.35;
  };
  for (const b of m.blocks) {
    switch (b.k) {
      case 'title': {
        const size = Math.round((b.size ?? 48) / 2.4);
        y -= 30;
        for (const l of wrap(b.text, bold, size, width)) line(l, bold, size, left + Math.max(0, (width - bold.widthOfTextAtSize(l, size)) / 2));
        y -= 16;
        break;
      }
      case 'h1':
      case 'h2':
        y -= 8;
        for (const l of wrap(b.text, bold, b.k === 'h1' ? 14 : 12, width)) line(l, bold, b.k === 'h1' ? 14 : 12);
        y -= 2;
        break;
      case 'bold':
        for (const l of wrap(b.text, bold, 10, width)) line(l, bold, 10);
        break;
      case 'p':
        for (const l of wrap(b.text, regular, 10, width)) line(l, regular, 10);
        y -= 6;
        break;
      case 'small':
        for (const l of wrap(b.text, regular, 8, width)) line(l, regular, 8);
        y -= 4;
        break;
      case 'bullets':
        for (const i of b.items) {
          const ls = wrap(i, regular, 10, width - 16);
          ls.forEach((l, n) => {
            if (n === 0) {
              if (y < 80) newPage();
              page.drawText('-', { x: left + 4, y, size: 10, font: regular });
            }
            line(l, regular, 10, left + 16);
          });
        }
        y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const cw = width / cols;
        b.rows.forEach((r, ri) => {
          const font = ri === 0 ? bold : regular;
          const wrapped = r.map((c) => wrap(c, font, 8, cw - 6));
          const h = Math.max(...wrapped.map((w) => w.length)) * 10 + 4;
          if (y - h < 70) newPage();
          wrapped.forEach((ls, ci) => {
            ls.forEach((l, li) => page.drawText(l, { x: left + ci * cw + 3, y: y - li * 10, size: 8, font }));
          });
          page.drawLine({ start: { x: left, y: y - h + 8 }, end: { x: left + width, y: y - h + 8 }, thickness: 0.4, color: rgb(0.5, 0.5, 0.5) });
          y -= h;
        });
        y -= 8;
        break;
      }
      case 'break':
        newPage();
        break;
    }
  }
  pages.forEach((p, i) => {
    if (m.header) p.drawText(winAnsi(m.header), { x: left, y: H - 40, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${m.footer ? `${winAnsi(m.footer)}   ` : ''}Page ${i + 1} of ${pages.length}`;
    p.drawText(foot, { x: left, y: 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  if (meta.title !== undefined) pdf.setTitle(meta.title);
  if (meta.author !== undefined) pdf.setAuthor(meta.author);
  if (meta.subject !== undefined) pdf.setSubject(meta.subject);
  pdf.setCreator(meta.creator ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setProducer(meta.producer ?? 'Microsoft\u00ae Word for Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- text forms

export function toMarkdown(m: DocModel): string {
  const out: string[] = [];
  for (const b of m.blocks) {
    switch (b.k) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'h1':
        out.push(`## ${b.text}`, '');
        break;
      case 'h2':
        out.push(`### ${b.text}`, '');
        break;
      case 'bold':
        out.push(`**${b.text}**`, '');
        break;
      case 'p':
      case 'small':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

/** Plain text as OneNote / Loop exports it: headings as lines, tables tab-separated. */
export function toText(m: DocModel): string {
  const out: string[] = [];
  if (m.header) out.push(m.header, '');
  for (const b of m.blocks) {
    switch (b.k) {
      case 'title':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h1':
      case 'h2':
      case 'bold':
        out.push(b.text, '');
        break;
      case 'p':
      case 'small':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `  * ${i}`), '');
        break;
      case 'table':
        out.push(...b.rows.map((r) => r.join('\t')), '');
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  if (m.footer) out.push(m.footer);
  return out.join('\r\n');
}

// ---------------------------------------------------------------- xlsx

export interface SheetSpec {
  name: string;
  rows: (string | number | Date | null)[][];
  /** 1-based row index of a header row to format as an Excel table (ListObject). */
  tableAt?: number;
  tableName?: string;
  widths?: number[];
}

export async function toXlsx(
  sheets: SheetSpec[],
  opts: { meta?: CoreMeta; custom?: Record<string, string>; powerQuery?: boolean },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = opts.meta?.creator ?? '';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.tableAt !== undefined) {
      s.rows.slice(0, s.tableAt - 1).forEach((r) => ws.addRow(r));
      const header = s.rows[s.tableAt - 1] ?? [];
      const body = s.rows.slice(s.tableAt);
      ws.addTable({
        name: s.tableName ?? `Table${sheets.indexOf(s) + 1}`,
        ref: `A${s.tableAt}`,
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: header.map((h) => ({ name: String(h ?? ''), filterButton: true })),
        rows: body.map((r) => header.map((_, i) => r[i] ?? null)),
      });
    } else {
      s.rows.forEach((r) => ws.addRow(r));
    }
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const extraParts: Record<string, string> = {};
  if (opts.powerQuery) {
    // Power Query leftovers: the DataMashup blob Excel keeps in a customXml part.
    extraParts['customXml/item2.xml'] =
      '\ufeff<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">' +
      'AAAAABQDAABQSwMEFAACAAgAxVJuWO3TWXukAAAA9gAAABIAHABDb25maWcvUGFja2FnZS54bWwgohgAKKAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIWPsQ6CMBiEd57/0=' +
      '</DataMashup>';
  }
  return finishOoxml(raw, { meta: opts.meta ?? {}, ...(opts.custom ? { custom: opts.custom } : {}), extraParts });
}
