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
import type { Block } from './blocks.js';
import { fixCoreDates, normalizeZip } from './zip.js';

export interface DocxMeta {
  title?: string;
  creator?: string;
  subject?: string;
  description?: string;
  lastModifiedBy?: string;
  keywords?: string;
}

export interface DocxOptions {
  meta?: DocxMeta;
  header?: string;
  footer?: string;
  /** Render `h` blocks as bold body paragraphs instead of Heading styles. */
  boldHeadings?: boolean;
  created?: string;
  modified?: string;
  font?: string;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    shading: header ? { fill: 'D9E2F3' } : undefined,
  });
}

function render(blocks: readonly Block[], opts: DocxOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h':
        if (opts.boldHeadings) {
          out.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 28 : 24 })] }));
        } else {
          out.push(new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] }));
        }
        break;
      case 'bold':
        out.push(new Paragraph({ spacing: { before: 160, after: 80 }, children: [new TextRun({ text: b.text, bold: true })] }));
        break;
      case 'big':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 44 })] }));
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'note':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, italics: true, highlight: 'yellow' })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun(`\u2022\t${item}`)] }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: {
              top: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
              bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
              left: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
              right: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
              insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
              insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
            },
            rows: b.rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, i === 0)) })),
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

/** Builds a .docx with fixed dates and zip timestamps. */
export async function buildDocx(blocks: readonly Block[], opts: DocxOptions = {}): Promise<Buffer> {
  const meta = opts.meta ?? {};
  const doc = new Document({
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.creator !== undefined ? { creator: meta.creator } : {}),
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    ...(meta.lastModifiedBy !== undefined ? { lastModifiedBy: meta.lastModifiedBy } : {}),
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    styles: { default: { document: { run: { font: opts.font ?? 'Calibri', size: 22 } } } },
    sections: [
      {
        headers: opts.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opts.header, size: 16 })] })] }) } : undefined,
        footers: opts.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: opts.footer, size: 16 })] })] }) } : undefined,
        children: render(blocks, opts),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeZip(raw, fixCoreDates(opts.created ?? '2025-01-06T15:04:00Z', opts.modified ?? '2025-03-11T18:22:00Z'));
}
