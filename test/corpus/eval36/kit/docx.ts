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
import type { Block, DocSpec } from './model.js';
import { rezip } from './zip.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({ children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })) });
}

function render(block: Block, headings: 'style' | 'bold'): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: block.text, bold: true, size: block.size ?? 40 })] })];
    case 'h': {
      const level = block.level ?? 1;
      if (headings === 'style') return [new Paragraph({ text: block.text, heading: HEADING[level] })];
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: block.text, bold: true, size: level === 1 ? 28 : 24 })] })];
    }
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, bold: block.bold ?? false, italics: block.italic ?? false })] })];
    case 'bullets':
      return block.items.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map((r, i) => new TableRow({ tableHeader: i === 0 && (block.header ?? true), children: r.map((c) => cell(c, i === 0 && (block.header ?? true))) })),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a document spec to a deterministic .docx buffer. */
export async function buildDocx(spec: DocSpec): Promise<Buffer> {
  const headings = spec.headings ?? 'style';
  const doc = new Document({
    creator: spec.meta.creator ?? '',
    title: spec.meta.title ?? '',
    subject: spec.meta.subject ?? '',
    description: spec.meta.description ?? '',
    keywords: spec.meta.keywords ?? '',
    lastModifiedBy: spec.meta.creator ?? '',
    sections: [
      {
        ...(spec.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } } : {}),
        ...(spec.footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.footer, size: 16 })] })] }) } } : {}),
        children: spec.blocks.flatMap((b) => render(b, headings)),
      },
    ],
  });
  return rezip(await Packer.toBuffer(doc));
}
