/** Turns a compact document spec (cover, front matter, numbered sections) into eval27's block model. */
import { frontMatter } from './kit.js';
import type { Block, DocMeta, FrontMatter, ProseDoc } from './kit.js';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

export interface Eval27Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export type Section = [string, ...(string | Block)[]];

export interface ProseSpec {
  cover?: Block[];
  fm?: FrontMatter;
  /** Blocks placed after the front matter and before section 1 (e.g. a title repeated in large type). */
  lead?: Block[];
  sections: Section[];
  meta?: DocMeta;
  header?: string;
  footer?: string;
  headingsAs?: 'styles' | 'bold';
  numbered?: boolean;
}

export function build(spec: ProseSpec): ProseDoc {
  const blocks: Block[] = [];
  if (spec.cover) blocks.push(...spec.cover);
  if (spec.fm) blocks.push(...frontMatter(spec.fm));
  else if (spec.cover) blocks.push({ pageBreak: true });
  if (spec.lead) blocks.push(...spec.lead);
  let n = 0;
  for (const [heading, ...body] of spec.sections) {
    const sub = /^\d+\.\d+ /.test(heading) || heading.startsWith('  ');
    if (!sub) n += 1;
    const h = sub ? heading.trim() : spec.numbered === false ? heading : `${n} ${heading}`;
    blocks.push({ h, level: sub ? 2 : 1 });
    for (const x of body) blocks.push(typeof x === 'string' ? { p: x } : x);
  }
  return { blocks, meta: spec.meta, header: spec.header, footer: spec.footer, headingsAs: spec.headingsAs };
}

/** A cover page in the group template's style. */
export function cover(lines: string[], extra: Block[] = []): Block[] {
  const [first, ...rest] = lines;
  const out: Block[] = [{ p: 'VELTRAX', bold: true, size: 40 }, { p: ' ' }];
  if (first) out.push({ p: first, bold: true, size: 36 });
  for (const l of rest) out.push({ p: l, size: 26 });
  out.push({ p: ' ' }, ...extra);
  return out;
}

export const CSP = 'Veltrax Federal Inc.';
export const GROUP = 'Veltrax Technologies GmbH';
export const CSO = 'Veltrax Asset Integrity Cloud';
export const CSO_SHORT = 'VAIC';
export const TPAO = 'Brightwater Assurance Partners LLC';
export const AGENCY = 'Federal Energy Infrastructure Administration';

export const STD_REVS: [string, string, string, string][] = [
  ['0.1', '14.02.2024', 'R. Deshpande', 'Initial draft from group template'],
  ['0.4', '03.05.2024', 'M. Thornbury', 'Incorporated review comments of the ISSO'],
  ['1.0', '28.06.2024', 'R. Deshpande', 'Released for submission'],
  ['1.1', '12.03.2025', 'P. Nair', 'Annual review; updated roles after reorganisation'],
];

export const STD_APPROVERS: [string, string, string][] = [
  ['Dr. Anja Reinholt', 'Group CISO, Veltrax Technologies GmbH', '16.06.2025 / signed'],
  ['Michael Thornbury', 'ISSO, Veltrax Federal Inc.', '16.06.2025 / signed'],
  ['Rahul Deshpande', 'Head of Compliance (Pune)', '13.06.2025 / signed'],
];
