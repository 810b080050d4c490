import {
  AlignmentType,
  BorderStyle,
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
import type { Block, DocSpec } from './model.js';
import { fixCoreDates, rezip, ZIP_DATE } from './zip.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function align(a: 'center' | 'right' | undefined) {
  if (a === 'center') return AlignmentType.CENTER;
  if (a === 'right') return AlignmentType.RIGHT;
  return undefined;
}

function table(rows: string[][], head: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: head && r === 0,
          children: cells.map(
            (c) =>
              new TableCell({
                children: c.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: head && r === 0, size: 18 })] })),
              }),
          ),
        }),
    ),
  });
}

function render(b: Block, mode: DocSpec['headings']): (Paragraph | Table)[] {
  switch (b.k) {
    case 'title':
      if (mode === 'styles') return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] })];
      return [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: b.text, bold: mode === 'bold', size: mode === 'bold' ? 36 : 44 })] })];
    case 'h': {
      const level = b.level ?? 1;
      if (mode === 'styles') return [new Paragraph({ heading: HEADING[level], children: [new TextRun(b.text)] })];
      const size = mode === 'bold' ? [0, 26, 24, 22][level] : [0, 32, 28, 24][level];
      return [
        new Paragraph({
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: b.text, bold: mode === 'bold', size, color: mode === 'large' ? '1F3864' : undefined })],
        }),
      ];
    }
    case 'p':
      return [
        new Paragraph({
          alignment: align(b.align),
          spacing: { after: 120 },
          children: b.text.split('\n').map((line, i) => new TextRun({ text: line, bold: b.bold, italics: b.italic, size: b.size, break: i > 0 ? 1 : undefined })),
        }),
      ];
    case 'ul':
      return b.items.map((t) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(t)] }));
    case 'ol':
      return b.items.map((t, i) => new Paragraph({ indent: { left: 360 }, children: [new TextRun(`${i + 1}. ${t}`)] }));
    case 'table':
      return [table(b.rows, b.head ?? true), new Paragraph({ children: [] })];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a DocSpec to .docx bytes with fixed dates and zip timestamps. */
export async function toDocx(spec: DocSpec): Promise<Buffer> {
  const meta = spec.meta ?? {};
  const footerChildren: TextRun[] = [];
  if (spec.footer) footerChildren.push(new TextRun({ text: spec.footer, size: 16 }));
  if (spec.pageNumbers) footerChildren.push(new TextRun({ children: [spec.footer ? '    Page ' : 'Page ', PageNumber.CURRENT], size: 16 }));
  const doc = new Document({
    creator: meta.author ?? '',
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords,
    description: meta.description,
    lastModifiedBy: meta.lastModifiedBy,
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        headers: spec.header
          ? { default: new Header({ children: spec.header.split('\n').map((l) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: l, size: 16 })] })) }) }
          : undefined,
        footers: footerChildren.length ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren })] }) } : undefined,
        children: spec.blocks.flatMap((b) => render(b, spec.headings)),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  const when = spec.date ?? ZIP_DATE;
  return rezip(raw, (name, xml) => fixCoreDates(name, xml, when));
}
