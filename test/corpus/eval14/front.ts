/** Shared front matter and vocabulary of the eval14 persona: Corvane Cloud's federal team (IaaS/PaaS, FedRAMP High). */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Block } from './kit.js';

export const CSP = 'Corvane Cloud Services, Inc.';
export const CSO = 'Corvane Government Cloud (CGC-High)';
export const CSO_SHORT = 'CGC-High';
export const TPAO = 'Brightline Assurance Partners, LLC';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** The header table engineering teams put on page 1: Document ID | Title | Version | Classification. */
export function headerTable(id: string, title: string, version: string, cls = 'CUI // Corvane Confidential'): Block {
  return {
    table: [
      ['Document ID', 'Title', 'Version', 'Classification'],
      [id, title, version, cls],
    ],
  };
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [
    { bh: 'Revision History' },
    { table: [['Date', 'Version', 'Description', 'Author'], ...rows.map((r) => [...r])] },
  ];
}

export function approvals(names: [string, string][]): Block[] {
  return [
    { bh: 'Approvals' },
    {
      table: [
        ['Name', 'Role', 'Signature', 'Date'],
        ...names.map(([n, r]) => [n, r, '/s/ (signed in DocuSign envelope)', '']),
      ],
    },
  ];
}

export function distribution(list: string[]): Block[] {
  return [{ bh: 'Distribution' }, { bullets: list }];
}

export function toc(entries: string[]): Block[] {
  return [{ bh: 'Contents' }, ...entries.map((e, i) => ({ p: `${i + 1}  ${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${3 + i * 2}` }))];
}

export const LEGAL =
  'PROPRIETARY AND CONFIDENTIAL. This document contains Corvane Cloud Services, Inc. proprietary information and Controlled Unclassified Information (CUI). ' +
  'Distribution is limited to Corvane personnel, the sponsoring agency, FedRAMP PMO and authorized 3PAO personnel with a need to know. Do not forward outside the authorization boundary distribution list.';

/** Engineering prose common to Corvane's federal documents (used to pad body sections with realistic text). */
export const ENG_BANK = [
  `The ${CSO_SHORT} boundary comprises the us-gov-east-1 and us-gov-west-1 regions, the regional control plane, the hypervisor fleet and the supporting management enclave (MGMT-VPC).`,
  'Tenant workloads are outside the authorization boundary; customer-deployed resources are addressed by each leveraging agency in its own package.',
  'All administrative access to production is brokered through the privileged access workstation (PAW) fleet and the just-in-time elevation service (JIT-Elevate); standing privileges are not granted.',
  'Cryptographic modules used for data at rest and data in transit are FIPS 140-3 validated; CMVP certificate numbers are tracked in the CMP baseline appendix.',
  'Configuration baselines are derived from the CIS Level 1 benchmarks with Corvane deviations recorded in the golden image pipeline (GIP) manifest.',
  'Changes to the boundary follow the CCB workflow and, where the change meets the FedRAMP significant change criteria, an SCR is raised with the authorizing officials before implementation.',
  'Vulnerability scanning covers operating system, database and web application layers monthly; results are uploaded to the agency repository together with the updated POA&M and IIW.',
  'Service teams own their runbooks; the Federal Security Office (FSO) owns the control narratives and reviews them at least annually or after a significant change.',
  'Logs from every production host are forwarded to the central SIEM (Sentinel-G) within five minutes and retained online for 12 months and in cold storage for 7 years.',
  'Role definitions referenced here align with the SoD matrix; a person holding the Release Approver role shall not hold the Deployment Operator role for the same service.',
  'The ISCP, IRP and CMP are maintained as separate SSP attachments and are cross-referenced rather than repeated.',
  'Personnel with logical access to the boundary are U.S. persons who have completed a Tier 2 background investigation or higher, as recorded by Corporate Security.',
  'Identity for workforce users is federated from the corporate IdP (Okta-G) using phishing-resistant MFA (FIDO2 / PIV); local accounts are prohibited on production hosts except break-glass.',
  'Asset data is reconciled daily between the cloud control plane APIs and the CMDB; discrepancies older than 72 hours generate a ticket in the ConMon queue.',
  'Exceptions are time-bound, tracked in the GRC tool (ServiceNow IRM) and reviewed by the CISO monthly.',
  'Terminology in this document follows NIST SP 800-53 Rev. 5 and the FedRAMP Rev. 5 High baseline.',
];

export const REQ_VERBS = ['shall', 'shall', 'shall', 'must', 'shall not'];
