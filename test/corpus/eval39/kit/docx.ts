import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { rezip } from './det.js';

/** One block of a document, written as a real author would lay it out. */
export type Block =
  | { t: 'h1' | 'h2' | 'h3'; text: string }
  | { t: 'p'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'big'; text: string; size?: number }
  | { t: 'center'; text: string; bold?: boolean }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: string[][]; header?: boolean }
  | { t: 'break' }
  | { t: 'blank' };

export interface DocxMeta {
  title?: string;
  creator?: string;
  subject?: string;
  description?: string;
  keywords?: string;
  lastModifiedBy?: string;
  revision?: number;
}

export interface DocxOptions {
  meta?: DocxMeta;
  header?: string;
  footer?: string;
  /** Write headings as bold paragraphs instead of Heading styles. */
  plainHeadings?: boolean;
  pageNumbers?: boolean;
  /** null removes the core dates altogether. */
  coreDate?: string | null;
}

function headingLevel(t: 'h1' | 'h2' | 'h3'): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  return t === 'h1' ? HeadingLevel.HEADING_1 : t === 'h2' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

function table(rows: string[][], header: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                children: cell.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header && i === 0, size: 18 })] })),
              }),
          ),
        }),
    ),
  });
}

function render(blocks: Block[], plain: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'h1':
      case 'h2':
      case 'h3':
        out.push(
          plain
            ? new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.text, bold: true, size: b.t === 'h1' ? 28 : b.t === 'h2' ? 24 : 22 })] })
            : new Paragraph({ heading: headingLevel(b.t), children: [new TextRun(b.text)] }),
        );
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'bold':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] }));
        break;
      case 'big':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 }, children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 40 })] }));
        break;
      case 'center':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, bold: b.bold ?? false })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`\u2022  ${item}`)] }));
        break;
      case 'table':
        out.push(table(b.rows, b.header ?? true));
        out.push(new Paragraph(''));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'blank':
        out.push(new Paragraph(''));
        break;
    }
  }
  return out;
}

export async function buildDocx(blocks: Block[], opts: DocxOptions = {}): Promise<Buffer> {
  const meta = opts.meta ?? {};
  const footerChildren: TextRun[] = [];
  if (opts.footer) footerChildren.push(new TextRun({ text: opts.footer, size: 16 }));
  if (opts.pageNumbers) footerChildren.push(new TextRun({ children: ['   Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }));
  const doc = new Document({
    creator: meta.creator ?? '',
    title: meta.title ?? '',
    subject: meta.subject ?? '',
    description: meta.description ?? '',
    keywords: meta.keywords ?? '',
    lastModifiedBy: meta.lastModifiedBy ?? '',
    revision: meta.revision ?? 1,
    sections: [
      {
        headers: opts.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opts.header, size: 16 })] })] }) } : {},
        footers: footerChildren.length ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren })] }) } : {},
        children: render(blocks, opts.plainHeadings ?? false),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return rezip(raw, opts.coreDate === undefined ? undefined : opts.coreDate);
}
