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
import type { Block } from './blocks.js';
import { normalizeZip, type CoreProps } from './zip.js';

export interface DocxSpec {
  blocks: Block[];
  /** Running page header text (left) — often the system name or a marking. */
  header?: string;
  /** Running footer; "Page N" is appended. */
  footer?: string;
  /** docProps/core.xml fields; null writes an empty core part (metadata stripped). */
  meta: CoreProps | null;
  font?: string;
}

function cellPara(text: string, bold: boolean): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 44 })] })];
    case 'h1':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 })];
    case 'h2':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case 'bold':
      return [new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: b.text, bold: true })] })];
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] })];
    case 'small':
      return [new Paragraph({ children: [new TextRun({ text: b.text, size: 16, italics: true })] })];
    case 'bullets':
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case 'table': {
      const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: b.rows.map(
            (r, ri) =>
              new TableRow({
                tableHeader: ri === 0 && b.header !== false,
                children: r.map((c) => new TableCell({ children: [cellPara(c, ri === 0 && b.header !== false)] })),
              }),
          ),
        }),
        new Paragraph(''),
      ];
    }
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const doc = new Document({
    creator: spec.meta?.creator ?? '',
    styles: { default: { document: { run: { font: spec.font ?? 'Calibri', size: 21 } } } },
    sections: [
      {
        headers: spec.header ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: spec.header, size: 16 })] })] }) } : {},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${spec.footer ?? ''}${spec.footer ? '    ' : ''}Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: spec.blocks.flatMap(render),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeZip(Buffer.from(raw), spec.meta ?? {});
}
