/**
 * The invented world of eval30: a small managed-service provider (Ridgeline) running a FedRAMP Moderate SaaS
 * on an already-authorized IaaS (Meridian Government Cloud), with a compliance consultant's templates.
 * All organisations, people, addresses and identifiers are fictitious.
 */
import type { Block } from './kit.js';
import { bold, centered, big, p, pick, rng, table } from './kit.js';

export const W = {
  csp: 'Ridgeline Managed Services, LLC',
  cspShort: 'Ridgeline',
  system: 'Ridgeline CaseFlow',
  sysAbbr: 'RCF',
  iaas: 'Meridian Government Cloud',
  iaasAbbr: 'MGC',
  iaasId: 'FR1907219034',
  fedrampId: 'FR2411083377',
  consultant: 'Bluewater Compliance Partners',
  threePao: 'Keystone Assurance Group, LLC',
  agency: 'Federal Grants Oversight Administration',
  agencyAbbr: 'FGOA',
  ao: 'Dana M. Whitfield',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  isso: 'Priya Raman',
  ciso: 'Marcus Oyelaran',
  ceo: 'Helen Castellanos',
  ops: 'Tomasz Wierzbicki',
  consultantLead: 'Gregory Ashdown',
  paoLead: 'Lorraine Baptiste',
  city: '1450 Research Parkway, Suite 300, Reston, VA 20190',
  domain: 'caseflow.ridgeline.example',
} as const;

export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION (CUI)';
export const DRAFT_CUI = 'DRAFT  |  CUI  |  Ridgeline Managed Services  |  Bluewater Compliance Partners template v4.2';
export const PROPRIETARY =
  'Ridgeline Managed Services, LLC - Proprietary and Confidential. This document contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552). Do not distribute outside the intended recipients.';
export const BLUEWATER_FOOTER = 'Template (c) Bluewater Compliance Partners. Licensed to Ridgeline Managed Services for internal use.';

/** "Prepared for / Prepared by" cover block, as the consultant's templates have it. */
export function cover(opts: { title: string; subtitle?: string; version: string; date: string; preparedFor?: string; preparedBy?: string; banner?: string }): Block[] {
  const out: Block[] = [];
  if (opts.banner) out.push(centered(opts.banner));
  out.push(big(opts.title, 40));
  if (opts.subtitle) out.push(centered(opts.subtitle));
  out.push(centered(`${W.system} (${W.sysAbbr})`), centered(`Version ${opts.version}  -  ${opts.date}`));
  out.push(
    table([
      ['Prepared for', 'Prepared by'],
      [opts.preparedFor ?? `${W.agency}\n400 Independence Ave SW\nWashington, DC 20201`, opts.preparedBy ?? `${W.csp}\n${W.city}`],
    ]),
  );
  return out;
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [bold('Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(signers: [string, string][]): Block[] {
  return [
    bold('Document Approval'),
    p('The signatures below indicate that the named individuals have reviewed this document and agree with its content.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '', ''])]),
  ];
}

export function distribution(list: string[]): Block[] {
  return [bold('Distribution List'), table([['Recipient', 'Organization'], ...list.map((l) => l.split(' / ') as [string, string])])];
}

/**
 * Realistic filler prose for a topic: sentences the compliance team writes in every deliverable (inheritance,
 * ownership, review cadence), drawn with a seed so each document reads differently but identically per run.
 */
export function prose(seed: number, topic: string, count: number): Block[] {
  const r = rng(seed);
  const openers = [
    `${W.cspShort} is responsible for ${topic} for all components of ${W.system} that sit above the hypervisor layer.`,
    `Where ${topic} depends on physical or hypervisor-level safeguards, ${W.cspShort} relies on the controls inherited from the ${W.iaas} (${W.iaasAbbr}) FedRAMP authorization (package ${W.iaasId}).`,
    `The ${W.sysAbbr} operations team performs ${topic} activities using the tooling described in the system inventory and the network diagrams maintained by the Information System Security Officer (ISSO).`,
    `${topic.charAt(0).toUpperCase()}${topic.slice(1)} responsibilities are split between ${W.cspShort}, the ${W.iaasAbbr} provider and the customer agency as described in the control implementation summary.`,
  ];
  const middles = [
    `Changes to these activities are approved by the ${W.cspShort} Change Advisory Board (CAB), which meets weekly and records its decisions in the ticketing system.`,
    `Evidence is retained for at least three years in the ${W.cspShort} compliance repository, which is restricted to the compliance team and the ISSO.`,
    `The ISSO reviews the procedure at least annually and whenever a significant change to ${W.system} occurs, and records the review in the revision history.`,
    `Staff with privileged access to the production enclave complete role-based training before access is granted and annually thereafter.`,
    `Automated alerts are forwarded to the security operations mailbox and triaged within one business day; high-severity alerts page the on-call engineer.`,
    `Production workloads run in the ${W.iaasAbbr} US-Gov East and US-Gov West regions; no customer data is stored outside those regions.`,
    `${W.cspShort} validates that the leveraged ${W.iaasAbbr} services remain within the scope of the ${W.iaasAbbr} authorization during each monthly continuous monitoring cycle.`,
    `Deviations from the procedure must be documented, risk-assessed by the ISSO and approved by the Chief Information Security Officer before they take effect.`,
    `Customer agencies remain responsible for managing their own user accounts within their tenant and for the configuration options described in the customer responsibility matrix.`,
    `The tooling stores its logs in the central log archive, where they are retained online for 90 days and in cold storage for one year.`,
  ];
  const out: Block[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = [pick(r, openers), pick(r, middles), pick(r, middles)];
    if (r() > 0.5) sentences.push(pick(r, middles));
    out.push(p([...new Set(sentences)].join(' ')));
  }
  return out;
}
