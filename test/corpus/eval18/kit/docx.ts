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
  ShadingType,
} from 'docx';
import type { Block, DocSpec } from './model.js';
import { normaliseOfficeZip } from './zip.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BOLD_SIZES = [28, 24, 22] as const;

function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }));
}

function renderTable(rows: readonly (readonly string[])[], header: boolean): Table {
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                children: cellParagraphs(cell, header && i === 0),
                ...(header && i === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
              }),
          ),
        }),
    ),
  });
}

function renderBlock(block: Block, headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          children: [new TextRun({ text: block.text, bold: true, size: block.size ?? 40 })],
        }),
      ];
    case 'h':
      if (headings === 'styles') return [new Paragraph({ heading: HEADINGS[block.level - 1], text: block.text })];
      return [
        new Paragraph({
          spacing: { before: 200, after: 80 },
          children: [new TextRun({ text: block.text, bold: true, size: BOLD_SIZES[block.level - 1] })],
        }),
      ];
    case 'p':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: block.text, bold: block.bold ?? false, italics: block.italic ?? false, size: block.small ? 16 : 22 })],
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [renderTable(block.rows, block.header ?? true), new Paragraph({ text: '' })];
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a DocSpec as a .docx with fixed timestamps. `staleCreated` keeps an old template's creation date. */
export async function renderDocx(spec: DocSpec, staleCreated?: string): Promise<Buffer> {
  const headings = spec.headings ?? 'styles';
  const meta = spec.meta ?? {};
  const doc = new Document({
    creator: meta.creator ?? '',
    lastModifiedBy: meta.lastModifiedBy ?? meta.creator ?? '',
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        ...(spec.header !== undefined
          ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${spec.footer ?? ''}${spec.footer ? '    ' : ''}Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: spec.blocks.flatMap((blk) => renderBlock(blk, headings)),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return normaliseOfficeZip(raw, staleCreated);
}
