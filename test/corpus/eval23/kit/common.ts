import { bold, h1, p, pagebreak, small, table, title, type Block } from './blocks.js';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  const v = xs[Math.floor(r() * xs.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

/** The two FedRAMP Moderate engagements this folder belongs to. */
export interface Engagement {
  csp: string;
  cspShort: string;
  system: string;
  abbr: string;
  agency: string;
  agencyShort: string;
  isso: string;
  sysOwner: string;
  ao: string;
  region: string;
  cidr: string;
  domain: string;
}

export const A: Engagement = {
  csp: 'Halvorsen Data Systems, Inc.',
  cspShort: 'Halvorsen',
  system: 'Meridian Ledger Cloud',
  abbr: 'MLC',
  agency: 'National Transportation Records Administration',
  agencyShort: 'NTRA',
  isso: 'Dana Whitcomb',
  sysOwner: 'Marcus Ilori',
  ao: 'Theresa K. Ambrose',
  region: 'AWS GovCloud (US-West)',
  cidr: '10.42',
  domain: 'mlc.halvorsen-gov.test',
};

export const B: Engagement = {
  csp: 'Tidewater Software LLC',
  cspShort: 'Tidewater',
  system: 'ClearPath Case Management',
  abbr: 'CPCM',
  agency: 'Federal Housing Compliance Office',
  agencyShort: 'FHCO',
  isso: 'Priya Raghunathan',
  sysOwner: 'Gordon Shaefer',
  ao: 'Lamont R. Fairweather',
  region: 'Microsoft Azure Government (US Gov Virginia)',
  cidr: '10.61',
  domain: 'cpcm.tidewater-gov.test',
};

export const FIRM = 'Brightline Assurance Partners, LLC';
export const FIRM_SHORT = 'Brightline';
export const ME = 'Jordan Ellery';
export const LEAD = 'Rosalind Okafor';
export const QA = 'Victor Samoylenko';

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [bold('Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(names: [string, string][]): Block[] {
  return [
    bold('Approvals'),
    p('By signing below, the parties acknowledge that they have reviewed this document and agree with the information it contains. Changes to this document will be coordinated with, and approved by, the undersigned or their designated representatives.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...names.map(([n, t]) => [n, t, '', ''])]),
  ];
}

export function distribution(rows: [string, string][]): Block[] {
  return [bold('Distribution List'), table([['Recipient', 'Organization / Role'], ...rows])];
}

export function tocList(entries: string[]): Block[] {
  return [bold('Table of Contents'), ...entries.map((e, i) => small(`${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${i + 3}`))];
}

export function cover(docTitle: string, e: Engagement, version: string, date: string, extra: string[] = []): Block[] {
  return [
    small(e.csp),
    title(e.system, 36),
    title(docTitle, 40),
    p(`Version ${version}`),
    p(date),
    ...extra.map((x) => p(x)),
    small('Controlled Unclassified Information (CUI) // Basic. This document contains proprietary and security-sensitive information of the cloud service provider. Do not distribute outside the authorization stakeholders listed in the distribution list without the written consent of the owner.'),
    pagebreak(),
  ];
}

/** Body sections: each heading followed by its paragraphs. */
export function sections(list: [string, string[]][], asBold = false): Block[] {
  return list.flatMap(([head, paras]) => [asBold ? bold(head) : h1(head), ...paras.map((x) => p(x))]);
}
