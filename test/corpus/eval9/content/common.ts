import type { Block } from '../kit/types.js';

export interface Csp {
  readonly org: string;
  readonly orgShort: string;
  readonly system: string;
  readonly abbrev: string;
  readonly level: 'High' | 'Low' | 'LI-SaaS';
  readonly model: string;
  readonly agency: string;
  readonly agencyShort: string;
  readonly ao: string;
  readonly aoTitle: string;
  readonly owner: string;
  readonly isso: string;
  readonly address: string;
  readonly domain: string;
  readonly fedrampId: string;
}

export const CORVANE: Csp = {
  org: 'Corvane Systems, Inc.',
  orgShort: 'Corvane',
  system: 'Corvane Sovereign Compute',
  abbrev: 'CSC',
  level: 'High',
  model: 'Infrastructure as a Service (IaaS), government community cloud',
  agency: 'Federal Hydrographic Survey Administration',
  agencyShort: 'FHSA',
  ao: 'Margaret T. Oyelaran',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  owner: 'Daniel Whitcombe',
  isso: 'Priya Raghunathan',
  address: '4100 Fairfax Drive, Suite 900, Arlington, VA 22203',
  domain: 'corvane.cloud',
  fedrampId: 'FR2419077312',
};

export const LEDGERLEAF: Csp = {
  org: 'LedgerLeaf Software LLC',
  orgShort: 'LedgerLeaf',
  system: 'LedgerLeaf Grants Manager',
  abbrev: 'LGM',
  level: 'Low',
  model: 'Software as a Service (SaaS), public cloud',
  agency: 'National Endowment for Civic Learning',
  agencyShort: 'NECL',
  ao: 'Robert A. Castellanos',
  aoTitle: 'Deputy Chief Information Officer, Authorizing Official',
  owner: 'Hannah Okafor',
  isso: 'Tomasz Wielgus',
  address: '221 West Sixth Street, Suite 1400, Austin, TX 78701',
  domain: 'ledgerleaf.io',
  fedrampId: 'FR2503115820',
};

export const BRIGHTQUILL: Csp = {
  org: 'Brightquill Labs Pty Ltd',
  orgShort: 'Brightquill',
  system: 'Brightquill Forms',
  abbrev: 'BQF',
  level: 'LI-SaaS',
  model: 'Software as a Service (SaaS), FedRAMP Tailored Low Impact',
  agency: 'U.S. Office of Small Farm Assistance',
  agencyShort: 'OSFA',
  ao: 'Evelyn J. Marchetti',
  aoTitle: 'Authorizing Official, Office of the Chief Information Officer',
  owner: 'Liam Tranter',
  isso: 'Aroha Ngata',
  address: 'Level 12, 180 Collins Street, Melbourne VIC 3000, Australia (US office: 1200 Pennsylvania Ave NW, Washington, DC 20004)',
  domain: 'brightquill.com.au',
  fedrampId: 'FR2508804419',
};

export interface Assessor {
  readonly name: string;
  readonly short: string;
  readonly lead: string;
  readonly qa: string;
  readonly pentester: string;
  readonly a2la: string;
  readonly address: string;
}

export const HALBERD: Assessor = {
  name: 'Halberd Assurance Partners, LLC',
  short: 'Halberd',
  lead: 'Jonathan Pryce, CISSP, CISA',
  qa: 'Leticia Fonseca-Marr',
  pentester: 'Owen Basquiat, OSCP, OSCE3',
  a2la: '4120.01',
  address: '1750 Tysons Boulevard, Suite 1500, McLean, VA 22102',
};

export const KESTREL: Assessor = {
  name: 'Kestrel & Finch Assurance (US) LLP',
  short: 'Kestrel & Finch',
  lead: 'Eleanor Ashworth-Hale, CISSP, CCSP',
  qa: 'Rupert Dunmore',
  pentester: 'Siobhan Carrick, CREST CRT, OSCP',
  a2la: '5301.02',
  address: '1 Liberty Plaza, 23rd Floor, New York, NY 10006 (registered office: 30 St Mary Axe, London EC3A 8BF)',
};

export const MERIDIAN: Assessor = {
  name: 'Meridian Assurance Group, Inc.',
  short: 'Meridian',
  lead: 'Carlos Ibarra-Wendt, CISA',
  qa: 'Naomi Feldstein',
  pentester: 'Kwame Asante, GPEN',
  a2la: '3877.01',
  address: '8 Market Place, Suite 300, Baltimore, MD 21202',
};

export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION // CUI';

export function p(...texts: string[]): Block[] {
  return texts.map((text) => ({ k: 'p', text }));
}
export function h1(text: string): Block {
  return { k: 'h', level: 1, text };
}
export function h2(text: string): Block {
  return { k: 'h', level: 2, text };
}
export function h3(text: string): Block {
  return { k: 'h', level: 3, text };
}
export function bh(text: string): Block {
  return { k: 'bh', text };
}
export function bullets(...items: string[]): Block {
  return { k: 'bullets', items };
}
export function table(rows: string[][], widths?: number[]): Block {
  return widths !== undefined ? { k: 'table', header: true, rows, widths } : { k: 'table', header: true, rows };
}
export const BREAK: Block = { k: 'break' };

/** A revision history table as organisations keep them at the front of a document. */
export function revisions(rows: [string, string, string, string][]): Block[] {
  return [bh('Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...rows], [18, 10, 50, 22])];
}

/** An approval / signature block. */
export function approvals(heading: string, signers: [string, string, string][]): Block[] {
  return [
    bh(heading),
    p('By signing below, the undersigned confirm that they have reviewed this document and agree with its contents.')[0]!,
    table([['Name', 'Title / Organisation', 'Signature and Date'], ...signers.map(([n, t, d]) => [n, t, d])], [28, 44, 28]),
  ];
}

export function distribution(rows: [string, string, string][]): Block[] {
  return [bh('Distribution List'), table([['Name', 'Organisation', 'Role'], ...rows], [30, 40, 30])];
}

export function proprietaryNotice(org: string): Block {
  return {
    k: 'small',
    text: `This document contains proprietary and confidential information of ${org} and is provided for the exclusive use of the U.S. Government agencies and authorised assessors named herein. It may not be reproduced, disclosed or used for any other purpose without prior written consent. Disclosure is governed by the Freedom of Information Act exemptions at 5 U.S.C. § 552(b)(4).`,
  };
}

export function longDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function ukDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

const ACRONYMS: [string, string][] = [
  ['3PAO', 'Third Party Assessment Organization'],
  ['AAL', 'Authenticator Assurance Level'],
  ['AO', 'Authorizing Official'],
  ['ATO', 'Authority to Operate'],
  ['CCB', 'Change Control Board'],
  ['CIS', 'Control Implementation Summary'],
  ['CISA', 'Cybersecurity and Infrastructure Security Agency'],
  ['CRM', 'Customer Responsibility Matrix'],
  ['CSO', 'Cloud Service Offering'],
  ['CSP', 'Cloud Service Provider'],
  ['CUI', 'Controlled Unclassified Information'],
  ['CVE', 'Common Vulnerabilities and Exposures'],
  ['FedRAMP', 'Federal Risk and Authorization Management Program'],
  ['FIPS', 'Federal Information Processing Standard'],
  ['IaaS', 'Infrastructure as a Service'],
  ['IdP', 'Identity Provider'],
  ['ISSO', 'Information System Security Officer'],
  ['KEV', 'Known Exploited Vulnerabilities'],
  ['MFA', 'Multi-Factor Authentication'],
  ['NIST', 'National Institute of Standards and Technology'],
  ['PIV', 'Personal Identity Verification'],
  ['PMO', 'Program Management Office'],
  ['POA&M', 'Plan of Action and Milestones'],
  ['RPO', 'Recovery Point Objective'],
  ['RTO', 'Recovery Time Objective'],
  ['SaaS', 'Software as a Service'],
  ['SIEM', 'Security Information and Event Management'],
  ['SP', 'Special Publication'],
  ['TLS', 'Transport Layer Security'],
];

/**
 * The back matter real documents carry: document maintenance rules and an acronym list. `seed` varies which
 * acronyms and which headings are used; `british` switches the spelling.
 */
export function backMatter(seed: number, british = false): Block[] {
  const pick = ACRONYMS.filter((_, i) => (i * 7 + seed) % 3 !== 0);
  const org = british ? 'organisation' : 'organization';
  const heads = ['Acronyms', 'Acronyms and Abbreviations', 'List of Acronyms', 'Glossary of Abbreviations'];
  return [
    { k: 'h', level: 1, text: seed % 2 === 0 ? 'Document Maintenance' : 'Document Control and Review' },
    ...p(
      `This document is owned by the ${org}'s security and compliance function. It is reviewed at least annually, after any significant change to the system, and after any incident or assessment finding that shows it to be inaccurate. Minor editorial corrections are recorded in the revision history without re-approval; substantive changes require approval by the signatories listed at the front of the document.`,
      `The current approved version is held in the document management system; printed or downloaded copies are uncontrolled. Superseded versions are retained for at least three years to support assessment and audit. Questions about this document should be addressed to the document owner.`,
      `Where this document refers to other documents, the current approved version of the referenced document applies. If this document conflicts with a higher-level policy, the policy takes precedence and the conflict must be reported to the document owner for correction.`,
    ),
    { k: 'h', level: 1, text: heads[seed % heads.length] ?? 'Acronyms' },
    table([['Acronym', 'Definition'], ...pick.map(([a, d]) => [a, british ? d.replace('Authorization', 'Authorisation').replace('Organization', 'Organisation') : d])], [25, 75]),
  ];
}
