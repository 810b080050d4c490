import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ProseDoc } from './model.js';
import { normalizeOfficeZip } from './zipfix.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BOLD_SIZE = { 1: 32, 2: 26, 3: 22 } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    ...(header ? { shading: { fill: 'D9E2F3' } } : {}),
  });
}

function block(blk: Block, headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  switch (blk.t) {
    case 'title':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1800, after: 400 }, children: [new TextRun({ text: blk.text, bold: true, size: blk.size ?? 52 })] }),
      ];
    case 'h':
      if (headings === 'styles') return [new Paragraph({ text: blk.text, heading: HEADING[blk.level] })];
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: blk.text, bold: true, size: BOLD_SIZE[blk.level] })] })];
    case 'p':
      return [
        new Paragraph({
          ...(blk.center ? { alignment: AlignmentType.CENTER } : {}),
          spacing: { after: 120 },
          children: [new TextRun({ text: blk.text, bold: blk.bold ?? false, italics: blk.italic ?? false, ...(blk.size ? { size: blk.size } : {}) })],
        }),
      ];
    case 'ul':
      return blk.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: blk.rows.map((r, i) => new TableRow({ tableHeader: i === 0 && (blk.header ?? true), children: r.map((c) => cell(c, i === 0 && (blk.header ?? true))) })),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'sig':
      return [
        new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: blk.signed ?? ' ', italics: true, font: 'Segoe Script', size: 28 })] }),
        new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [new TextRun({ text: `${blk.lines[0] ?? ''}                              Date`, size: 20 })] }),
        ...blk.lines.slice(1).map((l) => new Paragraph({ children: [new TextRun({ text: l, size: 20 })] })),
      ];
    case 'break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/** Renders a prose document as a .docx, with fixed dates so the bytes never change. */
export async function renderDocx(doc: ProseDoc): Promise<Buffer> {
  const headings = doc.headings ?? 'styles';
  const meta = doc.meta ?? {};
  const children = doc.blocks.flatMap((blk) => block(blk, headings));
  const d = new Document({
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    creator: meta.creator ?? '',
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    lastModifiedBy: meta.lastModifiedBy ?? meta.creator ?? '',
    sections: [
      {
        ...(doc.header !== undefined
          ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.header, size: 16, color: '555555' })] })] }) } }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${doc.footer ?? ''}${doc.footer ? '    ' : ''}Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const buf = await Packer.toBuffer(d);
  return normalizeOfficeZip(buf, meta.created ?? '2026-01-05T14:00:00Z', meta.modified ?? '2026-03-10T16:45:00Z');
}
