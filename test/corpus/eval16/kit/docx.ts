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
import type { Block, ProseDoc } from './model.js';
import { appXml, coreXml, rezip } from './zip.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BOLD_SIZE = { 1: 30, 2: 26, 3: 23 } as const;

function table(rows: readonly (readonly string[])[], header: boolean): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                shading: header && i === 0 ? { fill: 'D9E2F3' } : undefined,
                children: cell
                  .split('\n')
                  .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header && i === 0, size: 18 })] })),
              }),
          ),
        }),
    ),
  });
}

function blocks(doc: ProseDoc): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const add = (b: Block): void => {
    switch (b.k) {
      case 'title':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 44 })],
          }),
        );
        break;
      case 'h':
        out.push(
          doc.headings === 'style'
            ? new Paragraph({ heading: HEADING[b.level], text: b.text })
            : new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text: b.text, bold: true, size: BOLD_SIZE[b.level] })] }),
        );
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ bullet: { level: 0 }, text: item }));
        break;
      case 'table':
        out.push(table(b.rows, b.header ?? true));
        out.push(new Paragraph({ text: '' }));
        break;
      case 'pagebreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  };
  doc.blocks.forEach(add);
  return out;
}

/** Renders a ProseDoc as .docx with the docx library, then fixes metadata and zip timestamps. */
export async function renderDocx(doc: ProseDoc): Promise<Buffer> {
  const headers = doc.header
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.header, size: 16, color: '666666' })] })] }) }
    : undefined;
  const footers = doc.footer
    ? {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: `${doc.footer}   Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
            }),
          ],
        }),
      }
    : undefined;
  const d = new Document({
    creator: doc.meta?.creator ?? 'Un-named',
    sections: [{ headers, footers, children: blocks(doc) }],
  });
  const raw = await Packer.toBuffer(d);
  return rezip(raw, { 'docProps/core.xml': coreXml(doc.meta), 'docProps/app.xml': appXml(doc.meta) });
}
