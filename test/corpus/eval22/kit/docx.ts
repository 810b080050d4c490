/** Renders a DocSpec to .docx with the docx library, then fixes its dates and properties. */
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
import { rezip } from './zip.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BOLD_SIZES = [28, 24, 22] as const;

function cell(text: string, isHeader: boolean, width?: number): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: isHeader, size: 18 })] })),
    ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
    ...(isHeader ? { shading: { fill: 'D9E2F3' } } : {}),
  });
}

function toChildren(block: Block, headings: 'style' | 'bold'): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          children: [new TextRun({ text: block.text, bold: true, size: (block.size ?? 24) * 2 })],
        }),
      ];
    case 'h': {
      if (headings === 'bold' || block.asBold) {
        return [
          new Paragraph({
            spacing: { before: 240, after: 120 },
            children: [new TextRun({ text: block.text, bold: true, size: BOLD_SIZES[block.level - 1] })],
          }),
        ];
      }
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level - 1] })];
    }
    case 'p':
      return [
        new Paragraph({
          ...(block.center ? { alignment: AlignmentType.CENTER } : {}),
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              bold: block.bold ?? false,
              italics: block.italic ?? false,
              ...(block.small ? { size: 16 } : {}),
            }),
          ],
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table': {
      const { rows, header, widths } = block;
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            left: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            right: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
          },
          rows: rows.map(
            (r, i) => new TableRow({ tableHeader: header === true && i === 0, children: r.map((c, j) => cell(c, header === true && i === 0, widths?.[j])) }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
    }
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'spacer':
      return [new Paragraph({ text: '' })];
  }
}

export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const headings = spec.headings ?? 'style';
  const doc = new Document({
    // Properties are rewritten by rezip from spec.meta; these are placeholders.
    creator: 'eval22',
    sections: [
      {
        ...(spec.header
          ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } }
          : {}),
        ...(spec.footer
          ? {
              footers: {
                default: new Footer({
                  children: [
                    ...spec.footer.split('\n').map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 14 })] })),
                    new Paragraph({
                      alignment: AlignmentType.RIGHT,
                      children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children: spec.blocks.flatMap((b) => toChildren(b, headings)),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return rezip(raw, spec.meta);
}
