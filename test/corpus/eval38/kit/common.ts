import type { Block } from './model.js';
import { pick, seeded, seedOf } from './rng.js';

/** The author's world: a CSP with a DoD provisional authorization now pursuing a FedRAMP agency ATO. */
export const ORG = {
  csp: 'Ironbridge Federal Cloud, LLC',
  cspShort: 'Ironbridge',
  system: 'Ironbridge GovStack',
  acronym: 'IGS',
  fedrampId: 'F2511071842',
  agency: 'U.S. Department of Housing and Urban Development',
  agencyShort: 'HUD',
  threePao: 'Castlegate Assurance Partners, LLC',
  ditpr: 'DITPR 21457',
  emassId: 'eMASS ID 8812',
};

const GENERIC = [
  'Responsibilities described here apply to Ironbridge employees, contractors and subcontractors with logical or physical access to the GovStack boundary.',
  'The Information System Security Manager (ISSM) coordinates with the Information System Security Officer (ISSO) on any deviation from this approach.',
  'Evidence is retained in the GRC repository for a minimum of three years, or longer where a contract or records schedule requires.',
  'Terminology carried over from the DoD RMF process (for example CCI references and STIG identifiers) is retained where it helps traceability to the existing Security Controls Traceability Matrix.',
  'All production workloads run in the AWS GovCloud (US-West) region, with a warm standby footprint in AWS GovCloud (US-East).',
  'Changes to this section follow the document control process; minor editorial corrections do not require re-approval.',
  'Operational staff are U.S. persons, and privileged users hold a favorably adjudicated Tier 3 investigation or higher.',
  'ACAS (Tenable Nessus) and the SCAP Compliance Checker remain the authoritative tools for vulnerability and configuration data across both the DoD and the civilian enclaves.',
  'Where a task is shared with the customer agency, the customer responsibility is stated explicitly rather than implied.',
  'The DevSecOps pipeline enforces hardened golden images built from the applicable DISA STIG and CIS benchmark baselines.',
  'Metrics are reported monthly to the Ironbridge Security Steering Committee and, where required, to the authorizing official.',
  'Tooling references are to current major versions; version-specific procedures are kept in the runbook library rather than in this document.',
  'Staff acknowledge these requirements during onboarding and again during the annual refresher cycle.',
  'Ironbridge treats the civilian (FedRAMP) and DoD (IL4) tenants as logically separated enclaves that share common control providers for physical, personnel and corporate services.',
  'Records that contain Controlled Unclassified Information (CUI) are marked and handled in accordance with 32 CFR Part 2002.',
  'The Security Operations Center (SOC) operates 24x7x365 from Herndon, Virginia, with a secondary watch floor in Huntsville, Alabama.',
  'Automation is preferred over manual steps wherever the outcome can be verified, and every automated job writes to the central log pipeline.',
  'Exceptions are time-bound, approved in writing, and reviewed at least quarterly.',
];

/** Paragraphs that mix the section's own sentences with general operational prose (seeded). */
export function prose(seedText: string, own: string[], paragraphs = 2): Block[] {
  const rand = seeded(seedOf(seedText));
  const out: Block[] = [];
  const queue = [...own];
  for (let p = 0; p < Math.max(paragraphs, Math.ceil(own.length / 2)); p++) {
    const sentences: string[] = [];
    for (let i = 0; i < 2 && queue.length; i++) sentences.push(queue.shift() as string);
    const extra = 1 + Math.floor(rand() * 2);
    for (let i = 0; i < extra; i++) sentences.push(pick(rand, GENERIC));
    out.push({ t: 'p', text: sentences.join(' ') });
  }
  return out;
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [{ t: 'bold', text: 'Revision History' }, { t: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] }];
}

export function approvals(title: string, signers: [string, string][]): Block[] {
  return [
    { t: 'bold', text: title },
    { t: 'p', text: 'The signatures below indicate review and approval of this document. Signatures are applied digitally with PIV/CAC credentials.' },
    { t: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, r]) => [n, r, '/s/ ' + n.split(' ').slice(-1)[0], ''])] },
  ];
}

export function distribution(names: string[]): Block[] {
  return [{ t: 'bold', text: 'Distribution List' }, { t: 'bullets', items: names }];
}

/** A table of contents built from the h1 headings of the body. */
export function toc(body: Block[]): Block[] {
  const heads = body.flatMap((b) => (b.t === 'h1' ? [b.text] : []));
  return [{ t: 'bold', text: 'Table of Contents' }, ...heads.map((h, i): Block => ({ t: 'p', text: `${h}${'.'.repeat(Math.max(4, 60 - h.length))}${i * 2 + 3}` }))];
}

export const CUI_BANNER = 'CUI // CONTROLLED UNCLASSIFIED INFORMATION';
export const PROPRIETARY = 'Ironbridge Federal Cloud, LLC - Proprietary and Confidential. Not for public release.';

/** Body sections: heading + prose. */
export function sections(seedText: string, spec: [string, string[]][], level: 'h1' | 'h2' = 'h1'): Block[] {
  return spec.flatMap(([heading, own]): Block[] => [{ t: level, text: heading }, ...prose(`${seedText}/${heading}`, own)]);
}
