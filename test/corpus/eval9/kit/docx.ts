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
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocMeta } from './types.js';
import { appXml, coreXml, rezip } from './zip.js';

export interface DocxSpec {
  readonly meta: DocMeta;
  readonly blocks: readonly Block[];
  /** Running header text (not on the first page when `coverWithoutHeader`). */
  readonly header?: string;
  readonly footer?: string;
  readonly coverWithoutHeader?: boolean;
  readonly font?: string;
  readonly application?: string;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, bold: boolean, width?: number): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    ...(width !== undefined ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
    ...(bold ? { shading: { fill: 'D9E2F3' } } : {}),
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 19 })] })),
  });
}

function toChildren(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 44 })] }));
        break;
      case 'center':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: b.text, bold: b.bold ?? false, size: b.size ?? 24 })] }));
        break;
      case 'h':
        out.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] }));
        break;
      case 'bh':
        out.push(new Paragraph({ spacing: { before: 240, after: 80 }, children: [new TextRun({ text: b.text, bold: true, size: 24 })] }));
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text })] }));
        break;
      case 'small':
        out.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: b.text, size: 16, italics: true })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table': {
        const widths = b.widths;
        out.push(
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
            rows: b.rows.map(
              (row, i) =>
                new TableRow({
                  tableHeader: i === 0 && b.header === true,
                  children: row.map((t, j) => cell(t, i === 0 && b.header === true, widths?.[j])),
                }),
            ),
          }),
        );
        out.push(new Paragraph({ text: '' }));
        break;
      }
      case 'toc':
        out.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: 'Table of Contents', bold: true, size: 28 })] }));
        for (const entry of b.entries) {
          const [text, page] = entry.split('|');
          out.push(
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: 'dot' }],
              children: [new TextRun({ text: text ?? entry }), new TextRun({ text: `\t${page ?? ''}` })],
            }),
          );
        }
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/** Writes a Word document from blocks, then fixes its zip dates and its document properties. */
export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const font = spec.font ?? 'Calibri';
  const doc = new Document({
    styles: { default: { document: { run: { font, size: 21 } } } },
    sections: [
      {
        properties: { titlePage: spec.coverWithoutHeader === true },
        ...(spec.header !== undefined
          ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16, color: '595959' })] })] }) } }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${spec.footer ?? ''}${spec.footer !== undefined ? '    ' : ''}Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: toChildren(spec.blocks),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return rezip(raw, {
    'docProps/core.xml': coreXml(spec.meta),
    'docProps/app.xml': appXml(spec.application ?? 'Microsoft Office Word', spec.meta.company),
  });
}
