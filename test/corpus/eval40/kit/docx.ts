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
import { normalizeOfficeZip } from './zip.js';

/** One block of a Word document, written the way the corpus' authors write them. */
export type Block =
  | { k: 'h1' | 'h2' | 'h3'; t: string }
  | { k: 'p'; t: string }
  | { k: 'bold'; t: string }
  | { k: 'big'; t: string; size?: number }
  | { k: 'center'; t: string; bold?: boolean }
  | { k: 'table'; rows: string[][]; header?: boolean }
  | { k: 'bullets'; items: string[] }
  | { k: 'break' };

export interface DocxSpec {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  header?: string;
  footer?: string;
  /** Separate first section (cover page) without header/footer. */
  cover?: Block[];
  blocks: Block[];
  created?: string;
  modified?: string;
}

function toParagraphs(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'h1':
        out.push(new Paragraph({ text: b.t, heading: HeadingLevel.HEADING_1 }));
        break;
      case 'h2':
        out.push(new Paragraph({ text: b.t, heading: HeadingLevel.HEADING_2 }));
        break;
      case 'h3':
        out.push(new Paragraph({ text: b.t, heading: HeadingLevel.HEADING_3 }));
        break;
      case 'p':
        out.push(new Paragraph({ children: [new TextRun(b.t)], spacing: { after: 120 } }));
        break;
      case 'bold':
        out.push(new Paragraph({ children: [new TextRun({ text: b.t, bold: true, size: 24 })], spacing: { before: 200, after: 80 } }));
        break;
      case 'big':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 600, after: 300 },
            children: [new TextRun({ text: b.t, bold: true, size: b.size ?? 48 })],
          }),
        );
        break;
      case 'center':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.t, bold: b.bold ?? false })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ children: [new TextRun(`\u2022  ${item}`)], indent: { left: 360 } }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.rows.map(
              (row, i) =>
                new TableRow({
                  tableHeader: i === 0 && b.header !== false,
                  children: row.map(
                    (cell) =>
                      new TableCell({
                        children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 && b.header !== false })] })],
                      }),
                  ),
                }),
            ),
          }),
        );
        out.push(new Paragraph(''));
        break;
    }
  }
  return out;
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const headers = spec.header ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: spec.header, size: 16 })] })] }) } : undefined;
  const footers = spec.footer ? { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } : undefined;
  const sections = [];
  if (spec.cover) sections.push({ children: toParagraphs(spec.cover) });
  sections.push({ ...(headers ? { headers } : {}), ...(footers ? { footers } : {}), children: toParagraphs(spec.blocks) });
  const doc = new Document({
    creator: spec.creator ?? '',
    lastModifiedBy: spec.lastModifiedBy ?? '',
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    ...(spec.subject !== undefined ? { subject: spec.subject } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    ...(spec.keywords !== undefined ? { keywords: spec.keywords } : {}),
    sections,
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeOfficeZip(raw, spec.created ?? '2026-09-30T13:05:00Z', spec.modified ?? '2026-10-14T15:20:00Z');
}
