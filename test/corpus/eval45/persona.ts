/** The world eval45's documents come from: an OT-monitoring SaaS provider seeking FedRAMP Moderate. */
import type { Block } from './kit.js';

export const CSP = 'Kestrel Gridworks, Inc.';
export const CSP_SHORT = 'Kestrel';
export const SYSTEM = 'Kestrel OTVision Cloud';
export const SYS_ABBR = 'KOVC';
export const SYS_ID = 'FR2611408522';
export const THREEPAO = 'Ridgeline Assurance Partners, LLC';
export const AGENCY = 'Western Area Power Administration';
export const AGENCY2 = 'Bonneville Power Administration';
export const DATE_LONG = 'March 2, 2026';

export interface Rev {
  date: string;
  version: string;
  desc: string;
  author: string;
}

export function revisionHistory(revs: readonly Rev[], heading = 'Revision History'): Block[] {
  return [
    { bold: heading },
    { table: [['Date', 'Version', 'Description', 'Author'], ...revs.map((r) => [r.date, r.version, r.desc, r.author])] },
  ];
}

export function approvals(people: readonly (readonly [string, string])[], intro?: string): Block[] {
  return [
    { bold: 'Approvals' },
    { p: intro ?? `The following individuals have reviewed this document and approve it for use within the ${SYSTEM} authorization boundary.` },
    { table: [['Name / Title', 'Signature', 'Date'], ...people.map(([n, t]) => [`${n}, ${t}`, '/s/ (signed electronically)', ''])] },
  ];
}

export function toc(entries: readonly string[]): Block[] {
  return [{ bold: 'Table of Contents' }, ...entries.map((e, i) => ({ p: `${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${i * 2 + 1}` }))];
}

export function distribution(list: readonly string[]): Block[] {
  return [{ bold: 'Distribution' }, { bullets: list }];
}

export const PROPRIETARY = `This document contains proprietary and confidential information of ${CSP} and is provided to the U.S. Government for the purpose of evaluating ${SYSTEM} for a FedRAMP authorization. Controlled Unclassified Information (CUI) - handle in accordance with the recipient agency's CUI program. Do not distribute outside the authorization stakeholders listed in the distribution table.`;

export const SYSTEM_BLURB = `${SYSTEM} (${SYS_ABBR}) is a multi-tenant software-as-a-service platform that ingests telemetry from operational technology (OT) networks operated by electric and water utilities. On-premises Kestrel Edge Collectors sit at Purdue Level 3.5 in each customer's industrial DMZ and receive PLC and RTU telemetry, historian replication streams and passive network metadata through a one-way data diode; the collectors forward normalized records over TLS 1.2+ (FIPS 140-validated modules) to the ${SYS_ABBR} tenant environment hosted in AWS GovCloud (US-West). Within the authorization boundary, ${SYS_ABBR} provides asset discovery, anomaly detection, historian analytics and alert case management. Customer-owned field devices, plant historians and the collectors' customer-side network segments are outside the boundary.`;
