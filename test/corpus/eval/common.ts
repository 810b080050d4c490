/**
 * Shared plumbing of the independent evaluation corpus: the document record, rendering of prose specs to
 * Word / PDF, workbook and CSV helpers, and a few blocks every author types (revision history, approvals).
 *
 * Only the low-level writers of `../lib/` are reused (docx, pdf, xlsx, zip, rng); every phrase, outline
 * and party name of this folder is written independently of the tuned corpus.
 */
import { renderDocx } from '../lib/docx.js';
import { renderPdf, layoutPdf, savePdf, winAnsi } from '../lib/pdf.js';
import type { PdfOptions } from '../lib/pdf.js';
import type { Block, DocProps, DocSpec } from '../lib/spec.js';
import { newWorkbook, saveWorkbook, setRow, writeTable } from '../lib/xlsx.js';
import type { CellValue, Workbook, WorkbookMeta, Worksheet } from '../lib/xlsx.js';
import { Rng, longDate, usDate, isoDate, daysAfter } from '../lib/rng.js';
import { StandardFonts, rgb } from 'pdf-lib';

export { Rng, longDate, usDate, isoDate, daysAfter, newWorkbook, saveWorkbook, setRow, writeTable, winAnsi };
export type { Block, DocProps, DocSpec, CellValue, Workbook, WorkbookMeta, Worksheet };

/** The deliverable codes of DOMAIN.md, plus UNKNOWN. */
export type Expected =
  | 'SSP'
  | 'POLICIES_AND_PROCEDURES'
  | 'USER_GUIDE'
  | 'DIGITAL_IDENTITY_WORKSHEET'
  | 'PRIVACY_ASSESSMENT'
  | 'RULES_OF_BEHAVIOR'
  | 'CONTINGENCY_PLAN'
  | 'CONFIGURATION_MANAGEMENT_PLAN'
  | 'INCIDENT_RESPONSE_PLAN'
  | 'CIS_CRM_WORKBOOK'
  | 'FIPS_199'
  | 'SEPARATION_OF_DUTIES_MATRIX'
  | 'LAWS_AND_REGULATIONS'
  | 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN'
  | 'SAP'
  | 'SAR'
  | 'POAM'
  | 'ATO_LETTER'
  | 'AUTHORIZATION_CHECKLIST'
  | 'SCAN_RESULTS'
  | 'INVENTORY'
  | 'SIGNIFICANT_CHANGE_REQUEST'
  | 'DEVIATION_REQUEST'
  | 'UNKNOWN';

/** One generated document: its bytes, file name (neutral or misleading), expected label, and why it is here. */
export interface EvalDoc {
  file: string;
  expected: Expected;
  /** Format label for reporting (docx, pdf, xlsx, oscal-json, ...). */
  format: string;
  note: string;
  data: Buffer;
}

/** A fixed "today" for the evaluation corpus, distinct from the tuned corpus' epoch. */
export const EVAL_EPOCH = new Date(Date.UTC(2025, 6, 22, 14, 5, 0));
export const day = (n: number): Date => daysAfter(n, EVAL_EPOCH);

export interface ProseDoc {
  props: DocProps;
  header?: string;
  footer?: string;
  numbering?: DocSpec['numbering'];
  look?: DocSpec['look'];
  body: Block[];
  date: Date;
  application?: string;
}

function spec(d: ProseDoc): DocSpec {
  return {
    props: d.props,
    header: d.header,
    footer: d.footer,
    numbering: d.numbering ?? 'literal',
    body: d.body,
    date: d.date,
    application: d.application,
    look: d.look ?? 'corporate',
  };
}

export async function docx(d: ProseDoc): Promise<Buffer> {
  return renderDocx(spec(d));
}

export async function pdf(d: ProseDoc, opts: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(spec(d), opts);
}

/**
 * A PDF with a drawn "wet" signature and a digital-signature appearance on its last page, as letters
 * signed with a PIV card and then flattened look.
 */
export async function signedPdf(d: ProseDoc, signer: { name: string; dn: string; at: Date }, opts: PdfOptions = {}): Promise<Buffer> {
  const doc = await layoutPdf(spec(d), opts);
  const pages = doc.getPages();
  const last = pages[pages.length - 1];
  if (last) {
    const script = await doc.embedFont(StandardFonts.TimesRomanBoldItalic);
    const small = await doc.embedFont(StandardFonts.Helvetica);
    last.drawText(winAnsi(signer.name), { x: 80, y: 150, size: 20, font: script, color: rgb(0.08, 0.12, 0.45) });
    const stamp = signer.at.toISOString().replace('T', ' ').slice(0, 19).replace(/-/g, '.');
    last.drawText(winAnsi(`Digitally signed by ${signer.dn}`), { x: 300, y: 160, size: 7, font: small });
    last.drawText(`Date: ${stamp} -04'00'`, { x: 300, y: 151, size: 7, font: small });
  }
  return savePdf(doc);
}

// ---------------------------------------------------------------- blocks authors type again and again

export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const p = (text: string): Block => ({ kind: 'para', text });
export const bold = (text: string): Block => ({ kind: 'para', text, bold: true });
export const center = (text: string, b = false): Block => ({ kind: 'para', text, center: true, bold: b });
export const ul = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (header: string[], rows: string[][], caption?: string): Block => ({ kind: 'table', header, rows, caption });
export const title = (text: string, size: 'large' | 'medium' = 'large'): Block => ({ kind: 'title', text, size });
export const br: Block = { kind: 'pagebreak' };
export const gap: Block = { kind: 'spacer' };
export const toc = (heading = 'Table of Contents'): Block => ({ kind: 'toc', heading });

export function revisionTable(rng: Rng, author: string, versions: string[], start: Date, what: string[]): Block {
  let t = start;
  const rows = versions.map((v, i) => {
    t = daysAfter(rng.int(30, 160), t);
    return [usDate(t), v, what[i % what.length] ?? 'Updates', author];
  });
  return table(['Date', 'Version', 'Description of Change', 'Author'], rows, 'Document Revision History');
}

export function signatureBlock(people: { name: string; title: string }[]): Block[] {
  const out: Block[] = [];
  for (const who of people) {
    out.push(gap, p('______________________________________            ______________'), p(`${who.name}, ${who.title}            Date`));
  }
  return out;
}

// ---------------------------------------------------------------- workbooks and CSV

export function book(meta: WorkbookMeta): Workbook {
  return newWorkbook(meta);
}

export async function saveBook(wb: Workbook, date: Date): Promise<Buffer> {
  return saveWorkbook(wb, date);
}

export function widths(ws: Worksheet, ws_: number[]): void {
  ws_.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): Buffer {
  return Buffer.from(rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol, 'utf8');
}

export const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
