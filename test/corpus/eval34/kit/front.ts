import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block } from './blocks.js';
import { bold, p, table } from './blocks.js';

/** One labelled corpus document held in memory. */
export interface EvalDoc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}

export const AGENCY = 'Federal Maritime Records Administration';
export const AGENCY_ABBR = 'FMRA';
export const CUI = 'CUI // SP-PRVCY';
export const FOUO = 'FOR OFFICIAL USE ONLY';

export function revHistory(rows: string[][], label = 'Revision History'): Block[] {
  return [bold(label), table(['Date', 'Version', 'Description', 'Author'], ...rows)];
}

export function approvals(people: string[][], intro?: string): Block[] {
  return [
    bold('Approvals'),
    ...p(intro ?? 'The undersigned have reviewed this document and approve it for use.'),
    table(['Name', 'Title', 'Signature', 'Date'], ...people.map((x) => [x[0] ?? '', x[1] ?? '', '', x[2] ?? ''])),
  ];
}

export function toc(items: string[]): Block[] {
  return [bold('Table of Contents'), ...items.map((i, n) => ({ k: 'p' as const, t: `${i} ${'.'.repeat(Math.max(4, 60 - i.length))} ${n + 3}` }))];
}

export function distribution(list: string[]): Block[] {
  return [bold('Distribution'), table(['Recipient', 'Organization', 'Copy'], ...list.map((l, i) => [...l.split(';'), String(i + 1)]))];
}

export function proprietary(org: string): Block[] {
  return p(
    `This document contains proprietary and confidential information of ${org}. It is furnished to the United States Government in confidence, for use in evaluating the security of the described cloud service, and may not be disclosed outside the Government or duplicated, used or disclosed in whole or in part for any other purpose. All trademarks are the property of their respective owners.`,
  );
}
