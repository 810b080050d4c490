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
import type { Block, DocMeta } from './model.js';
import { normalizeZip } from './zipfix.js';

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                children: cell.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: r === 0, size: 18 })] })),
              }),
          ),
        }),
    ),
  });
}

function blockToDocx(block: Block, headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  switch (block.t) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 240 }, children: [new TextRun({ text: block.text, bold: true, size: 48 })] })];
    case 'subtitle':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: block.text, size: 28 })] })];
    case 'h1':
      return [
        headings === 'styles'
          ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })
          : new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: block.text, bold: true, size: 28 })] }),
      ];
    case 'h2':
      return [
        headings === 'styles'
          ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })
          : new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 24 })] }),
      ];
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] })];
    case 'bold':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: true })] })];
    case 'small':
      return [new Paragraph({ children: [new TextRun({ text: block.text, size: 16, italics: true })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table':
      return [table(block.rows), new Paragraph({ children: [] })];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Render blocks as a .docx, re-zipped with fixed timestamps. */
export async function renderDocx(blocks: Block[], meta: DocMeta = {}): Promise<Buffer> {
  const headings = meta.headings ?? 'styles';
  const doc = new Document({
    creator: meta.creator ?? '',
    title: meta.title ?? '',
    subject: meta.subject ?? '',
    description: meta.description ?? '',
    keywords: meta.keywords ?? '',
    lastModifiedBy: meta.lastModifiedBy ?? '',
    revision: 1,
    sections: [
      {
        headers: meta.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.header, size: 16 })] })] }) } : {},
        footers: meta.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.footer, size: 16 })] })] }) } : {},
        children: blocks.flatMap((b) => blockToDocx(b, headings)),
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc));
}
