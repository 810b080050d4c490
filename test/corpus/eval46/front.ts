import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

/** Front matter and prose helpers shared by the eval46 documents (fictitious organisations). */
import { type Block, bold, p, table, h1, h2, pick, int } from './kit.js';

export const CSP = 'Halvorsen Data Services, Inc.';
export const SYS = 'Halvorsen Government Hosting Platform';
export const ABBR = 'HGHP';
export const TPAO = 'Brightwater Assurance Group, LLC';
export const AGENCY = 'U.S. Department of Labor';

export interface Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export function revisionHistory(r: () => number, versions: number, lastYear = 2011): Block[] {
  const rows: string[][] = [['Date', 'Version', 'Description', 'Author']];
  const authors = ['R. Okafor', 'D. Lindqvist', 'M. Tran', 'S. Whitcombe', 'J. Abernathy', 'records mgmt'];
  const what = [
    'Initial draft',
    'Incorporated reviewer comments',
    'Annual review; no substantive changes',
    'Updated points of contact',
    'Migrated from .doc to .docx; reformatted tables',
    'Updated for file-server migration (new share paths)',
    'Corrected section numbering',
    'Final for submission',
  ];
  for (let i = 0; i < versions; i++) {
    const y = lastYear - versions + 1 + i;
    rows.push([`${String(int(r, 1, 12)).padStart(2, '0')}/${String(int(r, 1, 28)).padStart(2, '0')}/${y}`, `${i + 1}.${i === versions - 1 ? '0' : int(r, 0, 3)}`, what[Math.min(i, what.length - 1)] ?? '', pick(r, authors)]);
  }
  return [bold('Document Revision History'), table(rows)];
}

export function approvals(names: readonly (readonly [string, string])[]): Block[] {
  const out: Block[] = [bold('Approvals'), p('The signatures below indicate approval of this document and its contents.')];
  for (const [n, t] of names) out.push(p(`________________________________        Date: ____________\n${n}\n${t}`));
  return out;
}

export function distribution(list: readonly string[]): Block[] {
  return [bold('Distribution List'), table([['Name / Office', 'Copy'], ...list.map((l, i) => [l, `Copy ${i + 1}`])])];
}

export function legalNotice(org: string): Block {
  return p(
    `PROPRIETARY AND CONFIDENTIAL. This document contains information that is proprietary to ${org} and is provided for the sole purpose of the review described herein. ` +
      'It shall not be duplicated, used or disclosed, in whole or in part, for any other purpose. Controlled Unclassified Information (CUI) markings apply to the appendices where so indicated.',
  );
}

export function toc(entries: readonly string[]): Block[] {
  return [bold('Table of Contents'), ...entries.map((e, i) => p(`${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${i + 3 + i * 2}`))];
}

/** Compose `n` paragraphs of 4-6 sentences drawn from a pool without immediate repeats. */
export function paras(r: () => number, pool: readonly string[], n: number): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < n; i++) {
    const k = int(r, 3, 5);
    const used = new Set<string>();
    const s: string[] = [];
    for (let j = 0; j < k; j++) {
      const c = pick(r, pool);
      if (!used.has(c)) {
        used.add(c);
        s.push(c);
      }
    }
    out.push(p(s.join(' ')));
  }
  return out;
}

/** Sections: heading + some paragraphs each. */
export function sections(r: () => number, heads: readonly string[], pool: readonly string[], per = 2, numbered = true): Block[] {
  const out: Block[] = [];
  heads.forEach((hd, i) => {
    out.push(i % 3 === 0 ? h1(numbered ? `${i + 1}. ${hd}` : hd) : h2(numbered ? `${i + 1}. ${hd}` : hd));
    out.push(...paras(r, pool, per));
  });
  return out;
}

export const GENERIC_OPS = [
  `The ${ABBR} operations team maintains the procedures described here on the compliance share under \\\\fs02\\compliance\\FedRAMP.`,
  'Records are retained in accordance with the corporate records retention schedule and the NARA General Records Schedule where applicable.',
  'Changes to this document are tracked through the change control board and recorded in the revision history above.',
  'Roles and responsibilities are assigned by position rather than by name so that staffing changes do not require a document revision.',
  'Where this document refers to the System Security Plan (SSP), the current approved version on the compliance share governs.',
  'The Information System Security Officer (ISSO) reviews this document at least annually and whenever a significant change occurs.',
  'Exceptions are requested in writing and approved by the Chief Information Security Officer before they take effect.',
  'Evidence of performance is retained for at least three years and made available to assessors on request.',
];
