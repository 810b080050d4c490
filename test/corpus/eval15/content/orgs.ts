import type { Block } from '../kit/blocks.js';
import { h1, line, p, table } from '../kit/blocks.js';

/** The five cloud service providers whose packages the intake desk kept, and the people around them. */
export interface Csp {
  readonly name: string;
  readonly short: string;
  readonly cso: string;
  readonly acronym: string;
  readonly level: 'Low' | 'Moderate' | 'High';
  readonly model: string;
  readonly address: string;
  readonly iso: string;
  readonly isso: string;
  readonly ciso: string;
  readonly engineer: string;
  readonly hosting: string;
  readonly domain: string;
  readonly fedrampId: string;
}

export const CSPS = {
  halvorsen: {
    name: 'Halvorsen Cloud Systems, Inc.',
    short: 'Halvorsen',
    cso: 'Halvorsen GovStack',
    acronym: 'HGS',
    level: 'Moderate',
    model: 'Platform as a Service (PaaS)',
    address: '4100 Fairfax Ridge Parkway, Suite 300, Reston, VA 20190',
    iso: 'Margit Sølvberg',
    isso: 'Dennis Okafor',
    ciso: 'Priya Raman',
    engineer: 'Lukas Brenner',
    hosting: 'AWS GovCloud (US-West)',
    domain: 'govstack.halvorsen.example',
    fedrampId: 'FR2318745602',
  },
  quillmark: {
    name: 'Quillmark Software LLC',
    short: 'Quillmark',
    cso: 'Quillmark Case Manager',
    acronym: 'QCM',
    level: 'Low',
    model: 'Software as a Service (SaaS)',
    address: '220 Meridian Street, Floor 6, Indianapolis, IN 46204',
    iso: 'Janelle Whitcombe',
    isso: 'Tomás Ibarra',
    ciso: 'Greg Haldane',
    engineer: 'Aisha Morrow',
    hosting: 'Microsoft Azure Government',
    domain: 'casemanager.quillmark.example',
    fedrampId: 'FR2402218877',
  },
  brightwater: {
    name: 'Brightwater Analytics Corp.',
    short: 'Brightwater',
    cso: 'Brightwater Insight Cloud',
    acronym: 'BIC',
    level: 'High',
    model: 'Software as a Service (SaaS)',
    address: '1 Harbor Point Plaza, Baltimore, MD 21231',
    iso: 'Colin Ashdown',
    isso: 'Rebecca Tran',
    ciso: 'Samuel Oyelaran',
    engineer: 'Mei-Ling Park',
    hosting: 'AWS GovCloud (US-East and US-West)',
    domain: 'insight.brightwater.example',
    fedrampId: 'FR2211093341',
  },
  teravolt: {
    name: 'Teravolt Networks, Inc.',
    short: 'Teravolt',
    cso: 'Teravolt Secure Edge',
    acronym: 'TSE',
    level: 'Moderate',
    model: 'Infrastructure as a Service (IaaS)',
    address: '8800 Research Boulevard, Austin, TX 78758',
    iso: 'Hector Villanueva',
    isso: 'Sandra Kowalczyk',
    ciso: 'Ravi Subramanian',
    engineer: 'Nina Castellanos',
    hosting: 'Teravolt-owned data centers in Ashburn, VA and Phoenix, AZ',
    domain: 'edge.teravolt.example',
    fedrampId: 'FR2307654120',
  },
  corvid: {
    name: 'Corvid Records, Inc.',
    short: 'Corvid',
    cso: 'Corvid Records Vault',
    acronym: 'CRV',
    level: 'Moderate',
    model: 'Software as a Service (SaaS)',
    address: '75 Congress Street, Portsmouth, NH 03801',
    iso: 'Evelyn Marsh',
    isso: 'Jordan Pike',
    ciso: 'Wendell Ames',
    engineer: 'Farah Qureshi',
    hosting: 'Google Cloud Platform Assured Workloads (US regions)',
    domain: 'vault.corvidrecords.example',
    fedrampId: 'FR2405530019',
  },
} as const satisfies Record<string, Csp>;

export interface Assessor {
  readonly name: string;
  readonly lead: string;
  readonly tester: string;
  readonly qa: string;
  readonly a2la: string;
  readonly address: string;
}

export const THREE_PAOS = {
  ashgrove: { name: 'Ashgrove Assurance LLC', lead: 'Catherine Ng', tester: 'Marcus Delacroix', qa: 'Ingrid Halloway', a2la: '4817.02', address: '1200 Wilson Boulevard, Arlington, VA 22209' },
  northpoint: { name: 'Northpoint Cyber Assessors, Inc.', lead: 'Daniel Fairweather', tester: 'Yusuf Karaman', qa: 'Helen Borowski', a2la: '5120.01', address: '600 Lakeview Drive, Columbia, MD 21044' },
  keel: { name: 'Keel & Marrow Security Partners', lead: 'Olivia Strand', tester: 'Benedikt Maurer', qa: 'Rosa Delgado', a2la: '3961.03', address: '40 Water Street, Boston, MA 02109' },
} as const satisfies Record<string, Assessor>;

export interface Agency {
  readonly name: string;
  readonly short: string;
  readonly ao: string;
  readonly aoTitle: string;
  readonly cio: string;
  readonly address: string;
}

export const AGENCIES = {
  ocga: { name: 'Office of Coastal Grants Administration', short: 'OCGA', ao: 'Dr. Renata Whitfield', aoTitle: 'Chief Information Officer and Authorizing Official', cio: 'Dr. Renata Whitfield', address: '1401 Constitution Avenue NW, Washington, DC 20230' },
  nhsa: { name: 'National Hydrographic Survey Administration', short: 'NHSA', ao: 'Gregory T. Balcombe', aoTitle: 'Deputy Chief Information Officer (Authorizing Official)', cio: 'Linda Osei', address: '1315 East-West Highway, Silver Spring, MD 20910' },
  fprb: { name: 'Federal Pension Records Bureau', short: 'FPRB', ao: 'Angela M. Castellano', aoTitle: 'Chief Information Security Officer, acting as Authorizing Official', cio: 'Howard Fenn', address: '1900 E Street NW, Washington, DC 20415' },
  dtsa: { name: 'Defense Transportation Support Activity', short: 'DTSA', ao: 'Col. Martin J. Reyes', aoTitle: 'Authorizing Official', cio: 'Patricia Lund', address: '508 Scott Drive, Scott AFB, IL 62225' },
} as const satisfies Record<string, Agency>;

/** The PMO intake desk (the persona's own office). */
export const DESK = {
  office: 'FedRAMP PMO, Intake and Document Control Desk',
  officer: 'Theresa Vankirk',
  lead: 'Malcolm Oduya',
  reviewer: 'Sunita Grewal',
  mailbox: 'intake-desk@pmo.fedramp.example',
} as const;

/** A revision history table as authors keep it ("Record of Changes"). */
export function revisionHistory(rows: readonly (readonly [string, string, string, string])[], heading = 'Revision History'): Block[] {
  return [line(heading, true), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

/** An approval block with signature lines. */
export function approvals(statement: string, signers: readonly (readonly [string, string])[]): Block[] {
  return [
    h1('Document Approval'),
    p(statement),
    table([['Name / Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [`${n}\n${t}`, '______________________', '____________'])]),
  ];
}

export function distribution(names: readonly (readonly [string, string])[]): Block[] {
  return [line('Distribution List', true), table([['Name', 'Organization / Role'], ...names])];
}

export function proprietary(name: string): Block {
  const org = name.replace(/\.$/, '');
  return p(
    `This document contains proprietary and confidential information of ${org}. It is provided to the sponsoring agency, the FedRAMP Program Management Office and the independent assessor for the sole purpose of evaluating the security of the system it describes. It may not be disclosed, reproduced or used for any other purpose without the prior written consent of ${org}. Controlled Unclassified Information (CUI) — handle in accordance with the agency's CUI program.`,
  );
}
