import type { Block, DocSpec } from './spec.js';
import type { Csp } from './parties.js';
import { longDate, usDate, daysAfter } from './rng.js';
import type { Rng } from './rng.js';

/** One section of an outline: a heading and what follows it. */
export interface Sec {
  h: string;
  lvl?: 1 | 2 | 3;
  p?: readonly string[];
  bullets?: readonly string[];
  table?: { header: readonly string[]; rows: readonly (readonly string[])[]; caption?: string };
  /** Paragraphs after the table or bullets. */
  after?: readonly string[];
  unnumbered?: boolean;
  breakBefore?: boolean;
}

export function sections(secs: readonly Sec[]): Block[] {
  const out: Block[] = [];
  for (const s of secs) {
    if (s.breakBefore) out.push({ kind: 'pagebreak' });
    out.push({ kind: 'heading', level: s.lvl ?? 1, text: s.h, unnumbered: s.unnumbered });
    for (const p of s.p ?? []) out.push({ kind: 'para', text: p });
    if (s.bullets) out.push({ kind: 'bullets', items: s.bullets });
    if (s.table) out.push({ kind: 'table', ...s.table });
    for (const p of s.after ?? []) out.push({ kind: 'para', text: p });
  }
  return out;
}

/** Where the document's title can be found. */
export type Placement =
  /** cover page and document properties */
  | 'props'
  /** cover page only */
  | 'body'
  /** running page header only: the cover shows the company and version, not the title */
  | 'header'
  /** after a page of generic front matter, not in the properties */
  | 'late';

export interface Furniture {
  csp: Csp;
  title: string;
  /** Lines under the title on the cover (e.g. "Moderate Baseline"). */
  subtitle?: readonly string[];
  version: string;
  date: Date;
  author: string;
  placement: Placement;
  marking: 'cui' | 'proprietary' | 'none';
  toc: boolean;
  revisions: 'fedramp' | 'simple' | 'none';
  numbering: DocSpec['numbering'];
  /** Generic paragraphs of front matter (used by 'late', optional otherwise). */
  frontMatter?: readonly string[];
  /** Extra front-matter blocks placed after the revision history (e.g. "How to contact us"). */
  preface?: readonly Block[];
  subject?: string;
  keywords?: string;
  look?: DocSpec['look'];
}

const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION';

/** Revision history rows, oldest first, ending at `version`. */
export function revisionRows(f: Furniture, rng: Rng, style: 'fedramp' | 'simple'): string[][] {
  const major = Number.parseInt(f.version, 10) || 1;
  const n = Math.min(4, Math.max(2, major + 1));
  const notes =
    style === 'fedramp'
      ? ['Initial draft for agency review', 'Updated per agency comments', 'Annual review and update', 'Updated for 3PAO assessment', 'Incorporated Rev5 baseline changes']
      : ['First release', 'Reviewed; minor edits', 'Updated contacts and tooling', 'Re-organised sections', 'Aligned with new hosting region'];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const d = usDate(daysAfter(-((n - i) * rng.int(60, 140)), f.date));
    const v = i === n - 1 ? f.version : `${Math.max(0, major - (n - 1 - i))}.${i === 0 ? 0 : rng.int(0, 3)}`;
    const note = (i === 0 ? notes[0] : notes[1 + ((i + rng.int(0, 2)) % (notes.length - 1))]) ?? 'Update';
    rows.push(style === 'fedramp' ? [d, note, v, i % 2 ? f.csp.isso.name : f.author] : [v, d, note, f.csp.owner.name]);
  }
  return rows;
}

/** Puts cover page, markings, revision history and table of contents around `body`. */
export function assemble(f: Furniture, body: readonly Block[], rng: Rng): DocSpec {
  const front: Block[] = [];
  const titleOnCover = f.placement === 'props' || f.placement === 'body' || f.placement === 'late';
  if (f.placement === 'late') {
    front.push({ kind: 'para', text: f.csp.name, bold: true });
    for (const p of f.frontMatter ?? []) front.push({ kind: 'para', text: p });
    front.push({ kind: 'pagebreak' });
  }
  if (f.marking === 'cui') front.push({ kind: 'para', text: CUI, bold: true, center: true });
  front.push({ kind: 'para', text: f.csp.name, center: true, bold: true });
  if (titleOnCover) {
    front.push({ kind: 'title', text: f.title });
    for (const s of f.subtitle ?? []) front.push({ kind: 'title', text: s, size: 'medium' });
  } else {
    front.push({ kind: 'title', text: f.csp.cso, size: 'medium' });
  }
  front.push({ kind: 'spacer' });
  front.push({ kind: 'para', text: `Version ${f.version}`, center: true });
  front.push({ kind: 'para', text: longDate(f.date), center: true });
  front.push({ kind: 'spacer' });
  front.push({ kind: 'para', text: f.csp.address, center: true });
  if (f.marking === 'cui') {
    front.push({ kind: 'para', text: `Controlled by: ${f.csp.name}   CUI Category: PRIIG / PROPIN   Distribution/Dissemination Control: FEDCON   POC: ${f.csp.isso.email}`, center: true });
  } else if (f.marking === 'proprietary') {
    front.push({ kind: 'para', text: `${f.csp.short} Proprietary and Confidential. Do not distribute outside of authorized recipients.`, italic: true, center: true });
  }
  front.push({ kind: 'pagebreak' });
  if (f.placement !== 'late' && f.frontMatter?.length) {
    for (const p of f.frontMatter) front.push({ kind: 'para', text: p });
    front.push({ kind: 'pagebreak' });
  }
  if (f.revisions !== 'none') {
    const style = f.revisions;
    front.push({ kind: 'heading', level: 1, text: style === 'fedramp' ? 'Document Revision History' : 'Version History', unnumbered: true });
    front.push({
      kind: 'table',
      header: style === 'fedramp' ? ['Date', 'Description', 'Version', 'Author'] : ['Version', 'Date', 'Summary of Changes', 'Approved By'],
      rows: revisionRows(f, rng, style),
    });
  }
  for (const b of f.preface ?? []) front.push(b);
  if (f.revisions !== 'none' || f.preface?.length) front.push({ kind: 'pagebreak' });
  if (f.toc) {
    front.push({ kind: 'toc', heading: 'Table of Contents' });
    front.push({ kind: 'pagebreak' });
  }
  const headerTitle = f.placement === 'header' ? `${f.csp.cso} | ${f.title}` : undefined;
  const header = [f.marking === 'cui' ? CUI : undefined, headerTitle].filter(Boolean).join(' // ') || undefined;
  return {
    props: {
      title: f.placement === 'props' ? f.title : undefined,
      subject: f.subject,
      keywords: f.keywords,
      creator: f.author,
      lastModifiedBy: f.csp.isso.name,
      company: f.csp.name,
    },
    header,
    footer: f.marking === 'cui' ? `CUI  |  ${f.csp.short}  |  Version ${f.version}` : `${f.csp.short}  |  Version ${f.version}`,
    numbering: f.numbering,
    look: f.look,
    body: [...front, ...body],
    date: f.date,
  };
}

/** Replaces {CSP}, {CSO}, {ABBR}, {LEVEL}, {MODEL}, {REGION} and any extra key in a template string. */
export function fill(template: string, csp: Csp, extra: Readonly<Record<string, string>> = {}): string {
  const vars: Record<string, string> = {
    CSP: csp.name,
    SHORT: csp.short,
    CSO: csp.cso,
    ABBR: csp.abbr,
    LEVEL: csp.level,
    MODEL: csp.model,
    REGION: csp.region,
    ISSO: csp.isso.name,
    OWNER: csp.owner.name,
    ENGINEER: csp.engineer.name,
    DOMAIN: csp.domain,
    ...extra,
  };
  return template.replace(/\{([A-Z0-9_]+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** `fill` over every string of an outline. */
export function fillSecs(secs: readonly Sec[], csp: Csp, extra: Readonly<Record<string, string>> = {}): Sec[] {
  const f = (s: string): string => fill(s, csp, extra);
  return secs.map((s) => ({
    ...s,
    h: f(s.h),
    p: s.p?.map(f),
    bullets: s.bullets?.map(f),
    after: s.after?.map(f),
    table: s.table ? { header: s.table.header.map(f), rows: s.table.rows.map((r) => r.map(f)), caption: s.table.caption ? f(s.table.caption) : undefined } : undefined,
  }));
}
