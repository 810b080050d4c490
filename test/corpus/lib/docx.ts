import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import { headingNumbers, tocEntries } from './spec.js';
import type { Block, DocSpec } from './spec.js';
import { normalizeOffice, wordAppXml } from './zip.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: '1D396B' } : undefined,
  });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const headerRow = new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) });
  const width = header.length;
  const body = rows.map(
    (r) => new TableRow({ children: Array.from({ length: width }, (_, i) => cell(r[i] ?? '', false)) }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...body] });
}

function render(spec: DocSpec): FileChild[] {
  const nums = headingNumbers(spec.body);
  const out: FileChild[] = [];
  spec.body.forEach((b: Block, i) => {
    switch (b.kind) {
      case 'title':
        out.push(
          new Paragraph({
            heading: b.size === 'medium' ? undefined : HeadingLevel.TITLE,
            style: b.size === 'medium' ? 'Subtitle' : undefined,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: b.text })],
          }),
        );
        break;
      case 'heading': {
        const n = nums.get(i);
        const literal = spec.numbering === 'literal' && n ? `${n} ` : '';
        out.push(
          new Paragraph({
            heading: HEADINGS[b.level - 1],
            text: `${literal}${b.text}`,
            numbering: spec.numbering === 'auto' && n ? { reference: 'heading-numbers', level: b.level - 1 } : undefined,
          }),
        );
        break;
      }
      case 'para':
        out.push(
          new Paragraph({
            alignment: b.center ? AlignmentType.CENTER : undefined,
            children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic })],
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        if (b.caption) out.push(new Paragraph({ style: 'Caption', children: [new TextRun({ text: b.caption, bold: true })] }));
        out.push(table(b.header, b.rows));
        out.push(new Paragraph({ text: '' }));
        break;
      case 'toc':
        out.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: b.heading, bold: true, size: 28 })] }));
        out.push(
          new TableOfContents(b.heading, {
            hyperlink: true,
            headingStyleRange: '1-3',
            cachedEntries: tocEntries(spec.body).map((e) => ({ title: e.title, level: e.level, page: e.page })),
          }),
        );
        break;
      case 'pagebreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'spacer':
        out.push(new Paragraph({ text: '' }));
        break;
    }
  });
  return out;
}

/** Writes `spec` as a Word document, deterministic to the byte. */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const p = spec.props;
  const doc = new Document({
    title: p.title,
    subject: p.subject,
    creator: p.creator ?? 'Unknown',
    keywords: p.keywords,
    description: p.description,
    lastModifiedBy: p.lastModifiedBy ?? p.creator ?? 'Unknown',
    revision: 7,
    styles: {
      default: spec.look === 'corporate'
        ? {
            document: { run: { font: 'Arial', size: 20 } },
            title: { run: { font: 'Arial', size: 48, bold: true, color: '2E74B5' } },
            heading1: { run: { font: 'Arial', size: 30, color: '2E74B5' }, paragraph: { spacing: { before: 360, after: 120 } } },
            heading2: { run: { font: 'Arial', size: 24, color: '2E74B5' } },
            heading3: { run: { font: 'Arial', size: 21, italics: true } },
          }
        : {
            document: { run: { font: 'Times New Roman', size: 24 } },
            title: { run: { font: 'Arial', size: 52, bold: true, color: '1D396B' } },
            heading1: { run: { font: 'Arial', size: 32, bold: true, color: '1D396B' }, paragraph: { spacing: { before: 240, after: 120 } } },
            heading2: { run: { font: 'Arial', size: 26, bold: true, color: '1D396B' } },
            heading3: { run: { font: 'Arial', size: 24, bold: true } },
          },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: '1D396B' } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 28, color: '1D396B' } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 18 } },
        { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true } },
        { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 240 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'heading-numbers',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        headers: spec.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: spec.header, size: 16 })] })] }) } : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: spec.footer ? `${spec.footer}    ` : '', size: 16 }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: render(spec),
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeOffice(raw, {
    date: spec.date,
    appXml: wordAppXml(spec.application ?? 'Microsoft Office Word', p.company, 1 + spec.body.filter((b) => b.kind === 'pagebreak').length),
    dropTitle: !p.title,
  });
}
