import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
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
import type { ICommentOptions, ParagraphChild } from 'docx';
import type { Block, Run } from './model.js';
import { runsOf } from './model.js';
import { repackOoxml } from './zip.js';
import type { OfficeProps } from './zip.js';

export interface DocxOptions {
  /** Word/Google heading styles, or headings typed as bold paragraphs. */
  readonly headings: 'styles' | 'bold';
  /** How a title block is rendered; 'none' leaves it out (title only in the header or the metadata). */
  readonly title: 'style' | 'big-bold' | 'table-cell' | 'none';
  readonly header?: string;
  readonly footer?: string;
  readonly pageNumbers?: boolean;
  readonly font?: string;
  readonly props: OfficeProps;
}

const COMMENT_DATE = new Date(Date.UTC(2026, 8, 22, 15, 4, 0));

class CommentBook {
  readonly items: ICommentOptions[] = [];
  add(author: string, text: string): number {
    const id = this.items.length;
    const initials = author
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('');
    this.items.push({ id, author, initials, date: COMMENT_DATE, children: [new Paragraph(text)] });
    return id;
  }
}

function runChildren(runs: readonly Run[], book: CommentBook, base: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of runs) {
    const run = new TextRun({
      text: r.text,
      bold: r.bold ?? base.bold,
      italics: r.italic,
      strike: r.strike,
      size: r.size !== undefined ? r.size * 2 : base.size,
    });
    if (r.comment) {
      const id = book.add(r.comment.author, r.comment.text);
      out.push(new CommentRangeStart(id), run, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    } else {
      out.push(run);
    }
  }
  return out;
}

const HEADING = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BOLD_SIZE = [32, 26, 23] as const;

function blockToDocx(bl: Block, o: DocxOptions, book: CommentBook): (Paragraph | Table)[] {
  switch (bl.kind) {
    case 'title': {
      const subs = (bl.sub ?? []).map((s) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, size: 26 })] }));
      if (o.title === 'none') return [];
      if (o.title === 'style') return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(bl.text)] }), ...subs];
      if (o.title === 'big-bold')
        return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 400 }, children: [new TextRun({ text: bl.text, bold: true, size: 44 })] }), ...subs];
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: bl.text, bold: true, size: 36 })] })] })] }),
            ...(bl.sub ?? []).map((s) => new TableRow({ children: [new TableCell({ children: [new Paragraph(s)] })] })),
          ],
        }),
        new Paragraph(''),
      ];
    }
    case 'heading':
      if (o.headings === 'styles') return [new Paragraph({ heading: HEADING[bl.level - 1], children: [new TextRun(bl.text)] })];
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: bl.text, bold: true, size: BOLD_SIZE[bl.level - 1] })] })];
    case 'para':
      return [
        new Paragraph({
          alignment: bl.align === 'center' ? AlignmentType.CENTER : bl.align === 'right' ? AlignmentType.RIGHT : undefined,
          spacing: { after: 120 },
          children: runChildren(bl.runs, book),
        }),
      ];
    case 'list':
      return bl.items.map((item, n) =>
        bl.ordered
          ? new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun(`${n + 1}. `), ...runChildren(runsOf(item), book)] })
          : new Paragraph({ bullet: { level: 0 }, children: runChildren(runsOf(item), book) }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: bl.rows.map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0 && bl.header === true,
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: [new Paragraph({ children: runChildren(runsOf(cell), book, r === 0 && bl.header === true ? { bold: true } : {}) })],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph(''),
      ];
    case 'break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function renderDocx(blocks: readonly Block[], o: DocxOptions): Promise<Buffer> {
  const book = new CommentBook();
  const children = blocks.flatMap((bl) => blockToDocx(bl, o, book));
  const footerRuns: ParagraphChild[] = [];
  if (o.footer !== undefined) footerRuns.push(new TextRun(o.footer + (o.pageNumbers ? '    ' : '')));
  if (o.pageNumbers) footerRuns.push(new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }));
  const doc = new Document({
    creator: 'x',
    styles: { default: { document: { run: { font: o.font ?? 'Arial', size: 22 } } } },
    comments: { children: book.items },
    sections: [
      {
        headers: o.header !== undefined ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: o.header, size: 18 })] })] }) } : undefined,
        footers: footerRuns.length > 0 ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })] }) } : undefined,
        children,
      },
    ],
  });
  return repackOoxml(await Packer.toBuffer(doc), o.props);
}
