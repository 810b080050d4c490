/** Small helpers for the eval3 corpus: prose outlines rendered through the shared docx/pdf writers. */
import { renderDocx } from '../lib/docx.js';
import { renderPdf } from '../lib/pdf.js';
import { Rng, daysAfter } from '../lib/rng.js';
import type { Block, DocSpec } from '../lib/spec.js';
import { newWorkbook, saveWorkbook, writeTable, setRow } from '../lib/xlsx.js';
import type { CellValue, Workbook } from '../lib/xlsx.js';

export type Expected =
  | 'SSP' | 'POLICIES_AND_PROCEDURES' | 'USER_GUIDE' | 'DIGITAL_IDENTITY_WORKSHEET' | 'PRIVACY_ASSESSMENT'
  | 'RULES_OF_BEHAVIOR' | 'CONTINGENCY_PLAN' | 'CONFIGURATION_MANAGEMENT_PLAN' | 'INCIDENT_RESPONSE_PLAN'
  | 'CIS_CRM_WORKBOOK' | 'FIPS_199' | 'SEPARATION_OF_DUTIES_MATRIX' | 'LAWS_AND_REGULATIONS'
  | 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN' | 'SAP' | 'SAR' | 'POAM' | 'ATO_LETTER' | 'AUTHORIZATION_CHECKLIST'
  | 'SCAN_RESULTS' | 'INVENTORY' | 'SIGNIFICANT_CHANGE_REQUEST' | 'DEVIATION_REQUEST' | 'UNKNOWN';

export interface Doc {
  expected: Expected;
  format: string;
  note: string;
  data: Buffer | string;
}

/** A section: heading ("## " prefix = level 2), then paragraphs, bullet lists (string[]) or tables. */
export type Part = string | readonly string[] | { t: readonly string[]; r: readonly (readonly string[])[]; c?: string };
export type Sec = readonly [string, ...Part[]];

export interface Prose {
  title: string;
  sub?: readonly string[];
  /** Cover lines before the title (organisation, logo text). */
  pre?: readonly string[];
  /** Where the title is stated: on the cover (and in props), cover only, or only in the running header. */
  where: 'props' | 'cover' | 'header';
  org: string;
  author: string;
  date: Date;
  header?: string;
  footer?: string;
  numbering: DocSpec['numbering'];
  look: 'fedramp' | 'corporate';
  toc?: boolean;
  app?: string;
  producer?: string;
  /** Extra blocks right after the cover (approval table, revision history). */
  front?: readonly Sec[];
  secs: readonly Sec[];
}

function secBlocks(secs: readonly Sec[], unnumbered = false): Block[] {
  const out: Block[] = [];
  for (const [h, ...parts] of secs) {
    const lvl = h.startsWith('### ') ? 3 : h.startsWith('## ') ? 2 : 1;
    out.push({ kind: 'heading', level: lvl, text: h.replace(/^#+ /, ''), unnumbered: unnumbered || undefined });
    for (const p of parts) {
      if (typeof p === 'string') out.push({ kind: 'para', text: p });
      else if (Array.isArray(p)) out.push({ kind: 'bullets', items: p as readonly string[] });
      else {
        const t = p as { t: readonly string[]; r: readonly (readonly string[])[]; c?: string };
        out.push({ kind: 'table', header: t.t, rows: t.r, caption: t.c });
      }
    }
  }
  return out;
}

export function spec(p: Prose): DocSpec {
  const body: Block[] = [];
  for (const l of p.pre ?? []) body.push({ kind: 'para', text: l, center: true, bold: true });
  if (p.where !== 'header') body.push({ kind: 'title', text: p.title });
  for (const l of p.sub ?? []) body.push({ kind: 'para', text: l, center: true });
  body.push({ kind: 'pagebreak' });
  if (p.front?.length) {
    body.push(...secBlocks(p.front, true));
    body.push({ kind: 'pagebreak' });
  }
  if (p.toc) body.push({ kind: 'toc', heading: 'Table of Contents' }, { kind: 'pagebreak' });
  body.push(...secBlocks(p.secs));
  return {
    props: { title: p.where === 'props' ? p.title : undefined, creator: p.author, company: p.org },
    header: p.where === 'header' ? p.header ?? p.title : p.header,
    footer: p.footer,
    numbering: p.numbering,
    body,
    date: p.date,
    application: p.app,
    look: p.look,
  };
}

export async function docx(p: Prose): Promise<Buffer> {
  return renderDocx(spec(p));
}

export async function pdf(p: Prose): Promise<Buffer> {
  return renderPdf(spec(p), p.producer ? { producer: p.producer } : {});
}

export { Rng, daysAfter, newWorkbook, saveWorkbook, writeTable, setRow };
export type { CellValue, Workbook };

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((c) => {
    const s = String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}

export function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
