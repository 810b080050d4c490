import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { withSeededRandom } from './rng.js';
import { coreXml, repack } from './zip.js';
import type { CoreProps } from './zip.js';

export type CellSpec = string | { text: string; bold?: boolean; span?: number; shade?: string; checks?: [boolean, string][] };

export type Block =
  | { t: 'title'; text: string; size?: number; center?: boolean; color?: string }
  | { t: 'h1' | 'h2' | 'h3'; text: string }
  | { t: 'p'; text: string; align?: 'center' | 'right' | 'justify'; italic?: boolean; bold?: boolean; size?: number }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: CellSpec[][]; header?: boolean; widths?: number[] }
  | { t: 'kv'; rows: [string, string][] }
  | { t: 'toc'; entries: [string, string][]; heading?: string }
  | { t: 'checks'; items: [boolean, string][]; label?: string }
  | { t: 'break' }
  | { t: 'spacer'; lines?: number };

export interface DocxSpec {
  /** Seeds the ids the docx library draws at random. */
  seed: string;
  core: CoreProps;
  /** Headings as Word heading styles, or as bold paragraphs typed by hand. */
  headings: 'styles' | 'bold';
  font?: string;
  /** Cover page(s): their own section, without running header. */
  cover?: Block[];
  header?: string;
  footer?: string;
  pageNumbers?: boolean;
  landscape?: boolean;
  /** Company written in docProps/app.xml, as Word does. */
  company?: string;
  body: Block[];
}

function appXml(company: string, minutes: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Template>Normal.dotm</Template><TotalTime>${minutes}</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>` +
    `<ScaleCrop>false</ScaleCrop><Company>${company.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Company><LinksUpToDate>false</LinksUpToDate>` +
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
  );
}

/** Splits "**bold** plain" into runs. */
function runs(text: string, base: { italic?: boolean; bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  const out: TextRun[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (part === '') return;
    const lines = part.split('\n');
    lines.forEach((line, j) => {
      out.push(
        new TextRun({
          text: line,
          bold: base.bold === true || i % 2 === 1,
          italics: base.italic,
          size: base.size,
          color: base.color,
          break: j > 0 ? 1 : undefined,
        }),
      );
    });
  });
  return out;
}

function cellOf(spec: CellSpec, isHeader: boolean, width?: number): TableCell {
  const c = typeof spec === 'string' ? { text: spec } : spec;
  const children: Paragraph[] = [];
  if (c.text !== '' || !c.checks) {
    for (const line of c.text.split('\n')) children.push(new Paragraph({ children: runs(line, { bold: c.bold === true || isHeader, size: 18 }) }));
  }
  if (c.checks) {
    for (const [checked, label] of c.checks) {
      children.push(new Paragraph({ children: [new CheckBox({ checked }), new TextRun({ text: ` ${label}`, size: 18 })] }));
    }
  }
  const shade = c.shade ?? (isHeader ? 'D9E2F3' : undefined);
  return new TableCell({
    children,
    columnSpan: c.span,
    width: width !== undefined ? { size: width, type: WidthType.PERCENTAGE } : undefined,
    shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: shade } : undefined,
  });
}

function tableOf(rows: CellSpec[][], header: boolean, widths?: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          children: row.map((cell, i) => cellOf(cell, header && r === 0, widths?.[i])),
        }),
    ),
  });
}

function blocks(list: Block[], mode: 'styles' | 'bold'): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.t) {
      case 'title':
        out.push(
          new Paragraph({
            alignment: b.center === false ? AlignmentType.LEFT : AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: runs(b.text, { bold: true, size: (b.size ?? 20) * 2, color: b.color }),
          }),
        );
        break;
      case 'h1':
      case 'h2':
      case 'h3': {
        if (mode === 'styles') {
          const heading = b.t === 'h1' ? HeadingLevel.HEADING_1 : b.t === 'h2' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
          out.push(new Paragraph({ heading, children: [new TextRun(b.text)] }));
        } else {
          const size = b.t === 'h1' ? 28 : b.t === 'h2' ? 24 : 22;
          out.push(new Paragraph({ spacing: { before: 200, after: 100 }, children: [new TextRun({ text: b.text, bold: true, size })] }));
        }
        break;
      }
      case 'p':
        out.push(
          new Paragraph({
            alignment:
              b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : b.align === 'justify' ? AlignmentType.JUSTIFIED : undefined,
            spacing: { after: 120 },
            children: runs(b.text, { italic: b.italic, bold: b.bold, size: b.size !== undefined ? b.size * 2 : undefined }),
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
        break;
      case 'table':
        out.push(tableOf(b.rows, b.header !== false, b.widths));
        out.push(new Paragraph(''));
        break;
      case 'kv':
        out.push(tableOf(b.rows.map(([k, v]) => [{ text: k, bold: true, shade: 'F2F2F2' }, v]), false, [30, 70]));
        out.push(new Paragraph(''));
        break;
      case 'toc':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.heading ?? 'Table of Contents', bold: true, size: 28 })] }));
        for (const [text, page] of b.entries) {
          out.push(
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }],
              indent: { left: /^\d+\.\d/.test(text) ? 360 : 0 },
              children: [new TextRun(text), new TextRun({ text: `\t${page}` })],
            }),
          );
        }
        break;
      case 'checks':
        if (b.label) out.push(new Paragraph({ children: runs(b.label, { bold: true }) }));
        for (const [checked, label] of b.items) out.push(new Paragraph({ children: [new CheckBox({ checked }), new TextRun(` ${label}`)] }));
        break;
      case 'break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'spacer':
        for (let i = 0; i < (b.lines ?? 1); i++) out.push(new Paragraph(''));
        break;
    }
  }
  return out;
}

export async function makeDocx(spec: DocxSpec): Promise<Buffer> {
  return withSeededRandom(spec.seed, async () => {
    const page = spec.landscape ? { size: { orientation: PageOrientation.LANDSCAPE } } : {};
    const header = spec.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(spec.header, { size: 16 }) })] }) } : undefined;
    const footerChildren: TextRun[] = [];
    if (spec.footer) footerChildren.push(new TextRun({ text: spec.footer, size: 16 }));
    if (spec.pageNumbers !== false) {
      footerChildren.push(new TextRun({ text: spec.footer ? '\tPage ' : 'Page ', size: 16 }));
      footerChildren.push(new TextRun({ children: [PageNumber.CURRENT], size: 16 }));
      footerChildren.push(new TextRun({ text: ' of ', size: 16 }));
      footerChildren.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }));
    }
    const footer = footerChildren.length
      ? { default: new Footer({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: footerChildren })] }) }
      : undefined;
    const sections: ISectionOptions[] = [];
    if (spec.cover) sections.push({ properties: { page }, children: blocks(spec.cover, spec.headings) });
    sections.push({ properties: { page }, headers: header, footers: footer, children: blocks(spec.body, spec.headings) });
    const doc = new Document({
      creator: spec.core.creator ?? '',
      title: spec.core.title ?? '',
      styles: { default: { document: { run: { font: spec.font ?? 'Calibri', size: 22 } } } },
      sections,
    });
    const raw = await Packer.toBuffer(doc);
    return repack(raw, { 'docProps/core.xml': coreXml(spec.core), 'docProps/app.xml': appXml(spec.company ?? '', (spec.core.revision ?? 3) * 17) });
  });
}
