/**
 * eval32's Office builders: docx from the same blocks the PDF layout takes (docx library), xlsx
 * sheets from rows (exceljs), and a re-zip with fixed timestamps and core-properties dates so every
 * run gives the same bytes.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Block } from './pdf-doc.js';

export const FIXED_DATE = new Date('2026-02-17T14:05:00Z');

/** Re-zip with fixed entry dates; rewrite docProps/core.xml dates (and optionally other text). */
export async function normalizeZip(buf: Buffer, isoDate: string, edit?: (name: string, text: string) => string): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name]!;
    if (entry.dir) continue;
    let data: Buffer | string = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml' || (edit && /\.xml$|\.rels$/.test(name))) {
      let text = data.toString('utf8');
      if (name === 'docProps/core.xml') {
        text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${isoDate}$2`);
      }
      if (edit) text = edit(name, text);
      data = text;
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export interface DocxOptions {
  title?: string;
  creator?: string;
  description?: string;
  header?: string;
  footer?: string;
  /** Headings as Word heading styles (true) or as bold paragraphs (false). */
  styledHeadings?: boolean;
  date: string;
  font?: string;
}

function cell(text: string, bold: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })),
  });
}

export async function buildDocx(blocks: Block[], o: DocxOptions): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const styled = o.styledHeadings ?? true;
  let pendingBreak = false;
  const para = (p: ConstructorParameters<typeof Paragraph>[0] & object): Paragraph => {
    const opts = pendingBreak ? { ...p, pageBreakBefore: true } : p;
    pendingBreak = false;
    return new Paragraph(opts);
  };
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        children.push(para({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, bold: true, size: (b.size ?? 24) * 2 })] }));
        break;
      case 'h':
        children.push(
          styled
            ? para({ heading: (b.size ?? 13) >= 13 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })
            : para({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 24 })] }),
        );
        break;
      case 'p':
        children.push(para({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, bold: !!b.bold })] }));
        break;
      case 'bullets':
        for (const item of b.items) children.push(para({ indent: { left: 360 }, children: [new TextRun(`\u2022 ${item}`)] }));
        break;
      case 'field':
        children.push(para({ children: [new TextRun({ text: `${b.label}: `, bold: true }), new TextRun(b.value)] }));
        break;
      case 'table': {
        const n = b.head.length;
        const total = b.widths?.reduce((a, c) => a + c, 0) ?? n;
        const widths = (b.widths ?? b.head.map(() => 1)).map((w) => Math.round((w / total) * 100));
        if (pendingBreak) children.push(para({ children: [] }));
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, true, widths[i]!)) }),
              ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, widths[i]!)) })),
            ],
          }),
        );
        children.push(new Paragraph({ children: [] }));
        break;
      }
      case 'space':
        children.push(new Paragraph({ children: [] }));
        break;
      case 'break':
        pendingBreak = true;
        break;
    }
  }
  const doc = new Document({
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.creator !== undefined ? { creator: o.creator, lastModifiedBy: o.creator } : {}),
    ...(o.description !== undefined ? { description: o.description } : {}),
    styles: { default: { document: { run: { font: o.font ?? 'Calibri', size: 22 } } } },
    sections: [
      {
        ...(o.header ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: o.header, size: 16 })] })] }) } } : {}),
        ...(o.footer ? { footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: o.footer, size: 16 })] })] }) } } : {}),
        children,
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc), o.date);
}

export interface SheetSpec {
  name: string;
  rows: (string | number | Date | null)[][];
  widths?: number[];
  /** 1-based rows to make bold (header rows). */
  boldRows?: number[];
  merges?: string[];
}

export async function buildXlsx(sheets: SheetSpec[], o: { creator?: string; title?: string; date: string; company?: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (o.creator) {
    wb.creator = o.creator;
    wb.lastModifiedBy = o.creator;
  }
  if (o.title) wb.title = o.title;
  if (o.company) wb.company = o.company;
  wb.created = new Date(o.date);
  wb.modified = new Date(o.date);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    s.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const r of s.boldRows ?? []) ws.getRow(r).font = { bold: true };
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeZip(buf, o.date);
}
