/** The people and organisations of eval11: one agency ISSO's inbox with five CSPs. */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { B } from './kit11.js';
import type { Block } from './kit11.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export interface Csp {
  org: string;
  sys: string;
  short: string;
  level: string;
  model: string;
  font: string;
  prefix: string;
  city: string;
}

/** Large IaaS: formal, numbered "SCF-SEC" documents, Calibri, writes "POA&M". */
export const SC: Csp = {
  org: 'StrataCore Federal, Inc.',
  sys: 'StrataCore Government Cloud',
  short: 'SCGC',
  level: 'High',
  model: 'Infrastructure as a Service (IaaS)',
  font: 'Calibri',
  prefix: 'SCF-SEC',
  city: 'Herndon, Virginia',
};
/** SaaS: Georgia, "LL-GRC" numbering, writes "Plan of Actions & Milestones". */
export const LL: Csp = {
  org: 'Ledgerline Software LLC',
  sys: 'Ledgerline Grants Manager',
  short: 'LGM',
  level: 'Moderate',
  model: 'Software as a Service (SaaS)',
  font: 'Georgia',
  prefix: 'LL-GRC',
  city: 'Columbus, Ohio',
};
/** SaaS: Arial, bold-paragraph headings, writes "POAM". */
export const BW: Csp = {
  org: 'Brightwater Data Systems, Inc.',
  sys: 'Brightwater CaseFlow',
  short: 'CaseFlow',
  level: 'Moderate',
  model: 'Software as a Service (SaaS)',
  font: 'Arial',
  prefix: 'BDS-ISP',
  city: 'Raleigh, North Carolina',
};
/** PaaS: Segoe UI, likes OSCAL, "KC-" document ids. */
export const KC: Csp = {
  org: 'Kestrel Compute Corporation',
  sys: 'Kestrel Application Platform',
  short: 'KAP',
  level: 'Moderate',
  model: 'Platform as a Service (PaaS)',
  font: 'Segoe UI',
  prefix: 'KC-GRC',
  city: 'Bellevue, Washington',
};
/** Tiny LI-SaaS: ten people, markdown and plain text. */
export const PW: Csp = {
  org: 'Pollenware, Inc.',
  sys: 'Pollen Survey',
  short: 'Pollen',
  level: 'Low (LI-SaaS)',
  model: 'Software as a Service (SaaS)',
  font: 'Helvetica',
  prefix: 'PW',
  city: 'Boise, Idaho',
};

export const AGENCY = 'Federal Maritime Records Administration';
export const AG = 'FMRA';
export const ISSO = 'Dana Okafor';
export const AO = 'Marcus T. Whitfield';
export const IRONBRIDGE = 'Ironbridge Assurance LLC';
export const CALLOWAY = 'Calloway & Pine Advisory, LLP';

export function cuiNotice(c: Csp): Block[] {
  return [
    B.center('CONTROLLED UNCLASSIFIED INFORMATION', true, 26),
    B.small(
      `This document contains Controlled Unclassified Information (CUI) belonging to ${c.org} and is provided to authorized Federal personnel solely for the purpose of evaluating the security posture of ${c.sys}. Dissemination is limited to Federal employees and contractors with a lawful government purpose (CUI//SP-PROPIN, FEDCON). Handle in accordance with 32 CFR Part 2002 and the receiving agency's CUI program.`,
    ),
    B.small(
      `PROPRIETARY NOTICE: The information herein constitutes trade secrets and commercial or financial information that is privileged or confidential under 5 U.S.C. 552(b)(4). It is exempt from public disclosure under the Freedom of Information Act. Any reproduction, in whole or in part, without the express written permission of ${c.org} is prohibited. If you have received this document in error, notify the sender immediately and destroy all copies, electronic and paper.`,
    ),
    B.small(
      `EXPORT CONTROL: This document may contain technical data whose export is restricted by the Export Administration Regulations (EAR), 15 CFR Parts 730-774. Transfer to foreign persons, whether in the United States or abroad, may require an export license. Violations are subject to severe criminal penalties.`,
    ),
    B.small(
      `TRADEMARKS: All product and company names are trademarks or registered trademarks of their respective holders. Use of them does not imply any affiliation with or endorsement by them. Nothing in this notice alters the terms of any agreement between ${c.org} and the United States Government.`,
    ),
    B.small(`Destruction: destroy by any method that prevents reconstruction (NIST SP 800-88). CUI Category: Proprietary Business Information. Decontrol date: none.`),
    B.brk(),
  ];
}

export function revHistory(rows: [string, string, string, string][]): Block[] {
  return [B.bold('Document Revision History'), B.table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(title: string, people: [string, string][]): Block[] {
  const b: Block[] = [B.bold(title)];
  for (const [n, r] of people) {
    b.push(B.p('________________________________________        Date: ______________'));
    b.push(B.p(`${n}, ${r}`));
  }
  return b;
}

export function toc(items: string[]): Block[] {
  return [B.bold('Table of Contents'), ...items.map((t, i) => B.p(`${t} ${'.'.repeat(Math.max(4, 60 - t.length))} ${i * 2 + 3}`)), B.brk()];
}
