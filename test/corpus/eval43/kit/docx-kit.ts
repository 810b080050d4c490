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
import type { Block, ProseDoc } from './model.js';
import { normaliseZip } from './zipfix.js';

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BOLD_SIZE = { 1: 30, 2: 26, 3: 23 } as const;

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 19 })] });
}

function renderTable(rows: string[][]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: rows.map(
      (r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => new TableCell({ children: [cellPara(c, i === 0)] })) }),
    ),
  });
}

function renderBlock(bl: Block, headings: 'style' | 'bold'): (Paragraph | Table)[] {
  switch (bl.k) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: bl.text, bold: true, size: bl.size ?? 32 })] })];
    case 'h':
      if (headings === 'style') return [new Paragraph({ text: bl.text, heading: LEVEL[bl.level] })];
      return [new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text: bl.text, bold: true, size: BOLD_SIZE[bl.level] })] })];
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: bl.text, bold: bl.bold ?? false, italics: bl.italic ?? false })] })];
    case 'bullets':
      return bl.items.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
    case 'table':
      return [renderTable(bl.rows), new Paragraph({ text: '' })];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a prose document as .docx with fixed timestamps. */
export async function renderDocx(doc: ProseDoc): Promise<Buffer> {
  const headings = doc.headings ?? 'style';
  const m = doc.meta ?? {};
  const d = new Document({
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.author !== undefined ? { creator: m.author } : {}),
    ...(m.keywords !== undefined ? { keywords: m.keywords } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.lastModifiedBy !== undefined ? { lastModifiedBy: m.lastModifiedBy } : {}),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        ...(doc.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.header, size: 16, color: '666666' })] })] }) } } : {}),
        ...(doc.footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.footer, size: 16, color: '666666' })] })] }) } } : {}),
        children: doc.blocks.flatMap((bl) => renderBlock(bl, headings)),
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(d));
}
