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
import type { Block, RenderOptions } from './blocks.js';
import { normalizeZip } from './zip.js';

function paragraphFor(block: Block, opts: RenderOptions): (Paragraph | Table)[] {
  switch (block.k) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: block.text, bold: true, size: block.size ?? 40 })] })];
    case 'h1':
      return opts.headingsAsBold
        ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: block.text, bold: true, size: 28 })] })]
        : [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'h2':
      return opts.headingsAsBold
        ? [new Paragraph({ children: [new TextRun({ text: block.text, bold: true, underline: {} })] })]
        : [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] })];
    case 'small':
      return [new Paragraph({ children: [new TextRun({ text: block.text, size: 16, italics: true })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row, i) =>
              new TableRow({
                tableHeader: i === 0,
                children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })),
              }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders blocks to a .docx with stable bytes. */
export async function renderDocx(blocks: readonly Block[], opts: RenderOptions = {}): Promise<Buffer> {
  const meta = opts.meta ?? {};
  const doc = new Document({
    creator: meta.creator ?? '',
    title: meta.title ?? '',
    subject: meta.subject ?? '',
    description: meta.description ?? '',
    keywords: meta.keywords ?? '',
    lastModifiedBy: meta.lastModifiedBy ?? meta.creator ?? '',
    revision: 3,
    sections: [
      {
        headers: opts.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opts.header, size: 16 })] })] }) } : {},
        footers: opts.footer
          ? {
              default: new Footer({
                children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${opts.footer}    Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })],
              }),
            }
          : {},
        children: blocks.flatMap((b) => paragraphFor(b, opts)),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeZip(raw, { created: opts.created ?? '2024-11-04T14:12:00Z', modified: opts.modified ?? '2025-03-12T16:45:00Z' });
}
