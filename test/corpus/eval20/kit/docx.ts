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
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from './blocks.js';
import { normalizeOffice, type CoreProps } from './zip.js';

export interface DocxSpec {
  blocks: Block[];
  /** Page header text (each string one paragraph). */
  header?: string[];
  /** Page footer text; `{PAGE}` becomes the page number field. */
  footer?: string[];
  /** Core properties; null = no docProps/core.xml at all. */
  core: CoreProps | null;
  font?: string;
  /** Cover blocks in their own first section (different header, e.g. none). */
  cover?: Block[];
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function para(text: string, opts: { bold?: boolean; italic?: boolean; size?: number; center?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: opts.bold ?? false, italics: opts.italic ?? false, size: opts.size ? opts.size * 2 : undefined })],
  });
}

function footerParagraph(text: string): Paragraph {
  const parts = text.split('{PAGE}');
  const children: TextRun[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new TextRun({ children: [PageNumber.CURRENT], size: 16 }));
    if (part) children.push(new TextRun({ text: part, size: 16 }));
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

function tableOf(rows: string[][], header: boolean, widths?: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: r.map(
            (c, j) =>
              new TableCell({
                width: widths?.[j] !== undefined ? { size: widths[j] ?? 10, type: WidthType.PERCENTAGE } : undefined,
                shading: header && i === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
                children: c.split('\n').map((line) => para(line, { bold: header && i === 0, size: 9 })),
              }),
          ),
        }),
    ),
  });
}

function render(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const x of blocks) {
    switch (x.k) {
      case 'h':
        out.push(
          x.plain
            ? para(x.text, { bold: true, size: x.level === 1 ? 14 : 12 })
            : new Paragraph({ heading: HEADINGS[x.level - 1], children: [new TextRun(x.text)] }),
        );
        break;
      case 'p':
        out.push(para(x.text, x));
        break;
      case 'bullets':
        for (const it of x.items) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(it)] }));
        break;
      case 'numbered':
        x.items.forEach((it, i) => out.push(para(`${i + 1}. ${it}`)));
        break;
      case 'table':
        out.push(tableOf(x.rows, x.header ?? true, x.widths));
        out.push(new Paragraph(''));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'space':
        out.push(new Paragraph(''));
        break;
    }
  }
  return out;
}

export async function buildDocx(spec: DocxSpec, date: Date): Promise<Buffer> {
  const headers = spec.header ? { default: new Header({ children: spec.header.map((t) => para(t, { size: 8 })) }) } : undefined;
  const footers = spec.footer ? { default: new Footer({ children: spec.footer.map(footerParagraph) }) } : undefined;
  const sections = [];
  if (spec.cover) sections.push({ children: render(spec.cover) });
  sections.push({ headers, footers, children: render(spec.blocks) });
  const doc = new Document({
    creator: 'x',
    styles: { default: { document: { run: { font: spec.font ?? 'Calibri', size: 22 } } } },
    sections,
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeOffice(raw, spec.core, date);
}
