import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import type { Block, ProseDoc } from './model.js';
import { normaliseOffice } from './zip.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
  });
}

function tableOf(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'A0A0A0' },
      insideVertical: { style: BorderStyle.SINGLE, size: 2, color: 'A0A0A0' },
    },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })),
  });
}

function blockToDocx(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 400 }, children: [new TextRun({ text: b.text, bold: true, size: b.size ?? 44 })] })];
    case 'h':
      if (b.asBold) return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 28 : 24 })] })];
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: [new TextRun(b.text)] })];
    case 'p':
      return [new Paragraph({
        alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        spacing: { after: 120 },
        children: [new TextRun({ text: b.text, bold: b.bold ?? false, italics: b.italic ?? false })],
      })];
    case 'bullets':
      return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }));
    case 'table': {
      const out: (Paragraph | Table)[] = [tableOf(b.rows)];
      if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.caption, italics: true, size: 18 })] }));
      else out.push(new Paragraph({ children: [] }));
      return out;
    }
    case 'pb':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** A Word document from the model; `metaOverride` null writes a core.xml without title or author. */
export async function writeDocx(doc: ProseDoc, opts: { noMeta?: boolean } = {}): Promise<Buffer> {
  const header = doc.header;
  const footer = doc.footer;
  const d = new Document({
    creator: doc.meta.creator ?? '',
    title: doc.meta.title ?? '',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        ...(header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: header, size: 16 })] })] }) } } : {}),
        ...(footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footer, size: 16 })] })] }) } } : {}),
        children: doc.blocks.flatMap(blockToDocx),
      },
    ],
  });
  const raw = await Packer.toBuffer(d);
  return normaliseOffice(raw, opts.noMeta ? null : doc.meta);
}
