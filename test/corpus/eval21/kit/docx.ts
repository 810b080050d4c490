import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
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
import type { IParagraphStyleOptions } from 'docx';
import { numberHeadings, splitFootnotes } from './model.js';
import type { Block, ProseDoc } from './model.js';
import { normalizeOfficeZip } from './zip.js';

export interface DocxOptions {
  /** `pandoc`: Pandoc's reference.docx styles; `word`: a document typed in Word with a cover page. */
  readonly flavor: 'pandoc' | 'word';
  /** Core properties; omitted fields stay empty (Pandoc without YAML metadata writes none). */
  readonly meta?: { readonly title?: string; readonly creator?: string; readonly subject?: string; readonly description?: string; readonly lastModifiedBy?: string; readonly keywords?: string };
  /** Word flavour: the running header and footer text ("{page}" is replaced by the page field). */
  readonly header?: string;
  readonly footer?: string;
  /** Word flavour: how the cover shows the title. */
  readonly cover?: 'bigbold' | 'table' | 'none';
  /** Number headings "1.2" in their text (Word authors type the numbers; Pandoc only with --number-sections). */
  readonly numberHeadings?: boolean;
  /** Date written into docProps/core.xml. */
  readonly coreDate?: string;
}

const PANDOC_STYLES: IParagraphStyleOptions[] = [
  { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'BodyText', run: { size: 36, bold: true, color: '345A8A' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 } } },
  { id: 'Subtitle', name: 'Subtitle', basedOn: 'Title', next: 'BodyText', run: { size: 30, bold: false }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'Author', name: 'Author', basedOn: 'Normal', next: 'BodyText', paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'Date', name: 'Date', basedOn: 'Normal', next: 'BodyText', paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', paragraph: { spacing: { before: 180, after: 180 } } },
  { id: 'FirstParagraph', name: 'First Paragraph', basedOn: 'BodyText', next: 'BodyText' },
  { id: 'Compact', name: 'Compact', basedOn: 'BodyText', paragraph: { spacing: { before: 36, after: 36 } } },
  { id: 'SourceCode', name: 'Source Code', basedOn: 'Normal', run: { font: 'Consolas', size: 20 } },
  { id: 'BlockText', name: 'Block Text', basedOn: 'BodyText', run: { italics: true }, paragraph: { indent: { left: 480 } } },
];

function runs(text: string, footnotes: Record<string, { children: Paragraph[] }>, bold = false, size?: number): (TextRun | FootnoteReferenceRun)[] {
  const out: (TextRun | FootnoteReferenceRun)[] = [];
  for (const seg of splitFootnotes(text)) {
    if (seg.text !== '') out.push(new TextRun({ text: seg.text, bold, ...(size !== undefined ? { size } : {}) }));
    if (seg.footnote !== undefined) {
      const id = Object.keys(footnotes).length + 1;
      footnotes[String(id)] = { children: [new Paragraph({ children: [new TextRun(seg.footnote)] })] };
      out.push(new FootnoteReferenceRun(id));
    }
  }
  return out;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], flavor: 'pandoc' | 'word'): Table {
  const border = flavor === 'pandoc' ? { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } : { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const cell = (t: string, header: boolean): TableCell =>
    new TableCell({
      borders: { top: border, bottom: header && flavor === 'pandoc' ? { style: BorderStyle.SINGLE, size: 4, color: '000000' } : border, left: border, right: border },
      ...(header && flavor === 'word' ? { shading: { fill: 'D9E2F3' } } : {}),
      children: t.split('\n').map((line) => new Paragraph({ style: flavor === 'pandoc' ? 'Compact' : undefined, children: [new TextRun({ text: line, bold: header })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
  });
}

function blocks(list: readonly Block[], opts: DocxOptions, footnotes: Record<string, { children: Paragraph[] }>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const nums = numberHeadings(list);
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
  let afterHeading = true;
  const pandoc = opts.flavor === 'pandoc';
  list.forEach((b, i) => {
    if ('h' in b) {
      const n = opts.numberHeadings === true ? nums.get(i) : undefined;
      out.push(new Paragraph({ heading: levels[b.h - 1], children: [new TextRun(n !== undefined ? `${n}${b.h === 1 ? '.' : ''} ${b.text}` : b.text)] }));
      afterHeading = true;
    } else if ('p' in b) {
      out.push(
        new Paragraph({
          ...(pandoc ? { style: afterHeading ? 'FirstParagraph' : 'BodyText' } : { spacing: { after: 160 } }),
          ...(b.center === true ? { alignment: AlignmentType.CENTER } : {}),
          children: runs(b.p, footnotes, b.bold === true, b.size),
        }),
      );
      afterHeading = false;
    } else if ('ul' in b) {
      for (const item of b.ul) out.push(new Paragraph({ ...(pandoc ? { style: 'Compact' } : {}), bullet: { level: 0 }, children: runs(item, footnotes) }));
    } else if ('ol' in b) {
      b.ol.forEach((item, k) => out.push(new Paragraph({ ...(pandoc ? { style: 'Compact' } : {}), indent: { left: 360, hanging: 360 }, children: runs(`${k + 1}.\t${item}`, footnotes) })));
    } else if ('table' in b) {
      out.push(table(b.table.head, b.table.rows, opts.flavor));
      out.push(new Paragraph({ text: '' }));
    } else if ('admonition' in b) {
      out.push(new Paragraph({ style: pandoc ? 'BlockText' : undefined, children: [new TextRun({ text: `${b.admonition[0]}${b.admonition.slice(1).toLowerCase()}: `, bold: true }), ...runs(b.text, footnotes)] }));
    } else if ('code' in b) {
      for (const line of b.code.split('\n')) out.push(new Paragraph({ style: pandoc ? 'SourceCode' : undefined, children: [new TextRun({ text: line, font: 'Consolas' })] }));
    } else if ('pagebreak' in b) {
      out.push(new Paragraph({ children: [new PageBreak()] }));
    } else if ('toc' in b) {
      out.push(new Paragraph({ heading: pandoc ? undefined : HeadingLevel.HEADING_1, style: pandoc ? 'BodyText' : undefined, children: [new TextRun({ text: 'Table of Contents', bold: true })] }));
      list.forEach((hb, k) => {
        if ('h' in hb && hb.h <= 2) {
          const n = opts.numberHeadings === true ? nums.get(k) : undefined;
          out.push(new Paragraph({ indent: { left: (hb.h - 1) * 360 }, children: [new TextRun(`${n !== undefined ? `${n} ` : ''}${hb.text}`)] }));
        }
      });
      out.push(new Paragraph({ children: [new PageBreak()] }));
    }
  });
  return out;
}

export async function renderDocx(doc: ProseDoc, opts: DocxOptions): Promise<Buffer> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const children: (Paragraph | Table)[] = [];
  const pre = blocks(doc.preTitle ?? [], opts, footnotes);
  if (opts.flavor === 'pandoc') {
    children.push(new Paragraph({ style: 'Title', children: [new TextRun(doc.title)] }));
    if (doc.subtitle !== undefined) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.subtitle)] }));
    if (doc.author !== undefined) children.push(new Paragraph({ style: 'Author', children: [new TextRun(doc.author)] }));
    if (doc.date !== undefined) children.push(new Paragraph({ style: 'Date', children: [new TextRun(doc.date)] }));
    children.push(...pre);
  } else {
    children.push(...pre);
    const cover = opts.cover ?? 'bigbold';
    if (cover === 'bigbold') {
      children.push(new Paragraph({ spacing: { before: 2400 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: doc.title, bold: true, size: 48, color: '1F3864' })] }));
      if (doc.subtitle !== undefined) children.push(new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 32 })] }));
      if (doc.author !== undefined) children.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: doc.author, size: 24 })] }));
      if (doc.date !== undefined) children.push(new Paragraph({ children: [new TextRun({ text: doc.date, size: 24 })] }));
      children.push(new Paragraph({ children: [new PageBreak()] }));
    } else if (cover === 'table') {
      const cells = [doc.title, doc.subtitle, doc.author, doc.date].filter((x): x is string => x !== undefined);
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: cells.map((t, k) => new TableRow({ children: [new TableCell({ shading: k === 0 ? { fill: '1F3864' } : undefined, children: [new Paragraph({ children: [new TextRun({ text: t, bold: k === 0, size: k === 0 ? 40 : 24, color: k === 0 ? 'FFFFFF' : '000000' })] })] })] })),
        }),
      );
      children.push(new Paragraph({ children: [new PageBreak()] }));
    }
  }
  children.push(...blocks(doc.body, opts, footnotes));
  const pageRuns = (text: string): (TextRun)[] =>
    text.split('{page}').flatMap((part, k) => (k === 0 ? [new TextRun({ text: part, size: 16 })] : [new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: part, size: 16 })]));
  const document = new Document({
    ...(opts.meta ?? {}),
    styles: opts.flavor === 'pandoc' ? { paragraphStyles: PANDOC_STYLES } : { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    footnotes,
    sections: [
      {
        ...(opts.header !== undefined ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: pageRuns(opts.header) })] }) } } : {}),
        ...(opts.footer !== undefined ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageRuns(opts.footer) })] }) } } : {}),
        children,
      },
    ],
  });
  const raw = await Packer.toBuffer(document);
  return normalizeOfficeZip(raw, opts.coreDate ?? '2025-06-12T14:30:00Z');
}
