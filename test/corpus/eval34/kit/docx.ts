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
import type { Block, ProseDoc } from './blocks.js';
import { normalizeOfficeZip } from './zip.js';

const LEVEL = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;
const BOLD_SIZE = { h1: 30, h2: 26, h3: 23 } as const;

function toChildren(b: Block, headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  switch (b.k) {
    case 'h1':
    case 'h2':
    case 'h3':
      if (headings === 'styles') return [new Paragraph({ text: b.t, heading: LEVEL[b.k] })];
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.t, bold: true, size: BOLD_SIZE[b.k] })] })];
    case 'p':
      return [new Paragraph({ children: [new TextRun(b.t)], spacing: { after: 120 } })];
    case 'bold':
      return [new Paragraph({ children: [new TextRun({ text: b.t, bold: true })] })];
    case 'big':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 }, children: [new TextRun({ text: b.t, bold: true, size: 44 })] })];
    case 'center':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(b.t)] })];
    case 'ul':
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case 'table': {
      const width = b.rows[0]?.length ?? 1;
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r, ri) =>
              new TableRow({
                children: Array.from({ length: width }, (_, ci) =>
                  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: r[ci] ?? '', bold: ri === 0 })] })] }),
                ),
              }),
          ),
        }),
        new Paragraph(''),
      ];
    }
    case 'br':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a block document to a deterministic .docx buffer. */
export async function renderDocx(doc: ProseDoc, opts: { coreTitle?: string } = {}): Promise<Buffer> {
  const headings = doc.headings ?? 'styles';
  const m = doc.meta ?? {};
  const d = new Document({
    creator: m.creator ?? '',
    title: m.title ?? '',
    subject: m.subject ?? '',
    description: m.description ?? '',
    keywords: m.keywords ?? '',
    lastModifiedBy: m.lastModifiedBy ?? '',
    revision: 1,
    sections: [
      {
        headers: doc.header ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: doc.header, size: 16 })] })] }) } : {},
        footers: doc.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.footer, size: 16 })] })] }) } : {},
        children: doc.blocks.flatMap((b) => toChildren(b, headings)),
      },
    ],
  });
  const raw = await Packer.toBuffer(d);
  return normalizeOfficeZip(raw, m.title === undefined ? { title: opts.coreTitle ?? '' } : {});
}
