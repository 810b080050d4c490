/**
 * Small building blocks for the eval2 corpus: prose blocks, docx/pdf rendering from one outline, quick
 * workbooks and CSV. Only low-level helpers from ../lib are used (no family or text modules).
 */
import { renderDocx } from '../lib/docx.js';
import { renderPdf } from '../lib/pdf.js';
import type { Block, DocProps, DocSpec } from '../lib/spec.js';
import { newWorkbook, saveWorkbook, setRow, writeTable } from '../lib/xlsx.js';
import type { CellValue, Workbook } from '../lib/xlsx.js';
import { daysAfter } from '../lib/rng.js';

export type Format =
  | 'docx'
  | 'xlsx'
  | 'pdf'
  | 'csv'
  | 'oscal-json'
  | 'oscal-xml'
  | 'oscal-yaml'
  | 'nessus-xml'
  | 'txt';

export interface Item {
  /** File name without directory; neutral or misleading, never the type. */
  name: string;
  expected: string;
  format: Format;
  note: string;
  build: () => Promise<Buffer>;
}

export const title = (text: string, size?: 'large' | 'medium'): Block => ({ kind: 'title', text, size });
export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const uh1 = (text: string): Block => ({ kind: 'heading', level: 1, text, unnumbered: true });
export const p = (text: string): Block => ({ kind: 'para', text });
export const bold = (text: string): Block => ({ kind: 'para', text, bold: true });
export const center = (text: string): Block => ({ kind: 'para', text, center: true });
export const ital = (text: string): Block => ({ kind: 'para', text, italic: true });
export const ul = (...items: string[]): Block => ({ kind: 'bullets', items });
export const tbl = (header: string[], rows: string[][], caption?: string): Block => ({ kind: 'table', header, rows, caption });
export const toc = (heading = 'Table of Contents'): Block => ({ kind: 'toc', heading });
export const br: Block = { kind: 'pagebreak' };
export const gap: Block = { kind: 'spacer' };

export interface Outline {
  props: DocProps;
  body: Block[];
  day: number;
  header?: string;
  footer?: string;
  numbering?: DocSpec['numbering'];
  look?: DocSpec['look'];
  application?: string;
}

function spec(o: Outline): DocSpec {
  return {
    props: o.props,
    body: o.body,
    date: daysAfter(o.day),
    header: o.header,
    footer: o.footer,
    numbering: o.numbering ?? 'literal',
    look: o.look ?? 'corporate',
    application: o.application,
  };
}

export const docx = (o: Outline): Promise<Buffer> => renderDocx(spec(o));
export const pdf = (o: Outline, producer?: string): Promise<Buffer> =>
  renderPdf(spec(o), producer ? { producer } : {});

export const PRODUCER = {
  word: 'Microsoft® Word for Microsoft 365',
  confluence: 'Atlassian Confluence 8.5.4',
  gdocs: 'Skia/PDF m124 Google Docs Renderer',
  excel: 'Microsoft® Excel® for Microsoft 365',
  acrobat: 'Adobe Acrobat Pro (64-bit) 24.1.20643',
  chrome: 'Skia/PDF m126',
} as const;

export interface SheetSpec {
  name: string;
  /** Free rows written before the table (banner, CSP name...), each at its row number. */
  pre?: [number, CellValue[]][];
  headerRow?: number;
  header?: string[];
  rows?: CellValue[][];
  width?: number;
  styled?: boolean;
  startCol?: number;
}

export async function workbook(
  meta: { creator: string; company?: string; title?: string; day: number },
  sheets: SheetSpec[],
): Promise<Buffer> {
  const date = daysAfter(meta.day);
  const wb: Workbook = newWorkbook({ creator: meta.creator, company: meta.company, title: meta.title, date });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [r, vals] of s.pre ?? []) setRow(ws, r, vals);
    if (s.header) {
      writeTable(ws, s.headerRow ?? 1, s.header, s.rows ?? [], {
        width: s.width ?? 22,
        styled: s.styled,
        startCol: s.startCol,
      });
    }
  }
  return saveWorkbook(wb, date);
}

export function csv(rows: (string | number)[][], opts: { crlf?: boolean; bom?: boolean; pre?: string[] } = {}): Buffer {
  const esc = (v: string | number): string => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const nl = opts.crlf ? '\r\n' : '\n';
  const lines = [...(opts.pre ?? []), ...rows.map((r) => r.map(esc).join(','))];
  return Buffer.from((opts.bom ? '\ufeff' : '') + lines.join(nl) + nl, 'utf8');
}

export const text = (s: string): Buffer => Buffer.from(s, 'utf8');
