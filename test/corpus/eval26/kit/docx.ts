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
import type { Block, DocSpec } from './blocks.js';
import { normalizeOoxml } from './ooxml.js';

function runs(text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...opts, ...(i > 0 ? { break: 1 } : {}) }));
}

function blockToDocx(b: Block): (Paragraph | Table)[] {
  switch (b.t) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(b.text) })];
    case 'big':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 400 }, children: runs(b.text, { bold: true, size: 44 }) })];
    case 'h1':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(b.text)] })];
    case 'h2':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })];
    case 'bold':
      return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 24 })] })];
    case 'p':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(b.text) })];
    case 'small':
      return [new Paragraph({ children: [new TextRun({ text: b.text, size: 16, italics: true })] })];
    case 'bullets':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table': {
      const rows = b.rows.map(
        (cells, i) =>
          new TableRow({
            tableHeader: i === 0,
            children: cells.map(
              (c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] }),
            ),
          }),
      );
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), new Paragraph('')];
    }
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a document spec as a .docx with fixed timestamps and the given (or no) core properties. */
export async function buildDocx(spec: DocSpec): Promise<Buffer> {
  const headers = spec.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } : undefined;
  const footers = spec.footer
    ? {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: `${spec.footer}    Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
            }),
          ],
        }),
      }
    : undefined;
  const doc = new Document({
    creator: spec.meta?.creator ?? '',
    title: spec.meta?.title ?? '',
    sections: [{ ...(headers ? { headers } : {}), ...(footers ? { footers } : {}), children: spec.blocks.flatMap(blockToDocx) }],
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeOoxml(raw, spec.meta);
}
