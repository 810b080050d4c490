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
import type { Block, ProseDoc } from './types.js';
import { normalizeZip } from './zip.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function blockToDocx(block: Block, headings: 'style' | 'bold'): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 1200, after: 400 },
          children: [new TextRun({ text: block.text, bold: true, size: block.size ?? 44 })],
        }),
      ];
    case 'h': {
      const level = block.level ?? 1;
      if (headings === 'style') return [new Paragraph({ text: block.text, heading: LEVELS[level - 1] })];
      return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: block.text, bold: true, size: level === 1 ? 28 : 24 })] })];
    }
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, bold: block.bold, italics: block.italic })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0 && block.header !== false,
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 && block.header !== false })] })],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a prose document as .docx (deterministic bytes). */
export async function renderDocx(doc: ProseDoc): Promise<Buffer> {
  const headings = doc.headings ?? 'style';
  const meta = doc.meta ?? {};
  const document = new Document({
    creator: meta.creator ?? '',
    lastModifiedBy: meta.lastModifiedBy ?? meta.creator ?? '',
    title: meta.title ?? '',
    subject: meta.subject ?? '',
    keywords: meta.keywords ?? '',
    description: meta.description ?? '',
    revision: 3,
    sections: [
      {
        headers: doc.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.header, size: 16 })] })] }) } : {},
        footers: doc.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.footer, size: 16 })] })] }) } : {},
        children: doc.blocks.flatMap((b) => blockToDocx(b, headings)),
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(document));
}
