import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, RenderOptions } from './blocks.js';
import { normalizeOfficeZip } from './zip.js';

function cellBorders() {
  const b = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return { top: b, bottom: b, left: b, right: b };
}

function toChildren(blocks: Block[], headings: 'styles' | 'bold'): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        out.push(headings === 'styles' ? new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }) : new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, bold: true, size: 40 })] }));
        break;
      case 'subtitle':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, size: 28 })] }));
        break;
      case 'big':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 }, children: [new TextRun({ text: b.text, bold: true, size: 52, font: 'Arial' })] }));
        break;
      case 'h1':
        out.push(headings === 'styles' ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: b.text, bold: true, size: 28 })] }));
        break;
      case 'h2':
        out.push(headings === 'styles' ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }) : new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: b.text, bold: true, size: 24 })] }));
        break;
      case 'p':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
        break;
      case 'bold':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.rows.map(
              (r, i) =>
                new TableRow({
                  tableHeader: i === 0 && b.header !== false,
                  children: r.map(
                    (c) =>
                      new TableCell({
                        borders: cellBorders(),
                        children: c.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: i === 0 && b.header !== false, size: 18 })] })),
                      }),
                  ),
                }),
            ),
          }),
        );
        out.push(new Paragraph({ text: '' }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/** Renders blocks to a .docx with optional header/footer and core properties, then pins its dates. */
export async function renderDocx(blocks: Block[], opts: RenderOptions = {}): Promise<Buffer> {
  const meta = opts.meta ?? {};
  const doc = new Document({
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    ...(meta.creator !== undefined ? { creator: meta.creator } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.lastModifiedBy !== undefined ? { lastModifiedBy: meta.lastModifiedBy } : {}),
    sections: [
      {
        ...(opts.header ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opts.header, size: 16 })] })] }) } } : {}),
        ...(opts.footer ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: opts.footer, size: 16 })] })] }) } } : {}),
        children: toChildren(blocks, opts.headings ?? 'styles'),
      },
    ],
  });
  return normalizeOfficeZip(await Packer.toBuffer(doc));
}
