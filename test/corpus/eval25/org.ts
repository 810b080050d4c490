/** The (fictional) organisations and the front matter their documents share. */
import { bh, h1, p, small, table } from './kit.js';
import type { Block } from './kit.js';

export const CSP = 'Tallgrass Ledger, Inc.';
export const CSP_SHORT = 'Tallgrass';
export const CSO = 'Tallgrass Spend Cloud';
export const CSO_ABBR = 'TSC';
export const PKG_ID = 'FR2410477331';
export const TPAO = 'Brightwater Assurance Group, LLC';
export const AGENCY = 'National Fisheries Procurement Administration';
export const AGENCY_ABBR = 'NFPA';
export const GRC = 'Dana Okafor';
export const CISO = 'Marcus Lindqvist';
export const CTO = 'Helen Achterberg';
export const COUNSEL = 'Priya Raman';
export const ISSO = 'Tomasz Wierzbicki';

export interface Rev {
  date: string;
  version: string;
  change: string;
  author: string;
}

export function revisionHistory(revs: Rev[], heading = 'Document Revision History', style: 'h1' | 'bold' = 'bold'): Block[] {
  return [
    style === 'h1' ? h1(heading) : bh(heading),
    table([['Date', 'Version', 'Description of Change', 'Author'], ...revs.map((r) => [r.date, r.version, r.change, r.author])]),
  ];
}

export function approvals(names: [string, string][], heading = 'Approvals'): Block[] {
  return [
    bh(heading),
    p('The undersigned have reviewed this document and approve it for use. Signatures below indicate concurrence with the content as of the version listed in the revision history.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...names.map(([n, t]) => [n, t, '________________________', ''])]),
  ];
}

export function distribution(rows: string[][]): Block[] {
  return [bh('Distribution List'), table([['Name / Group', 'Organization', 'Copy'], ...rows])];
}

export function tocBlock(entries: string[], heading = 'Table of Contents'): Block[] {
  return [bh(heading), ...entries.map((e, i) => small(`${e} ${'.'.repeat(Math.max(4, 70 - e.length))} ${i * 2 + 3}`))];
}

export const CUI_NOTICE = small(
  'CONTROLLED UNCLASSIFIED INFORMATION (CUI) // Proprietary and Confidential. This document contains information about the security posture of a cloud service and is intended solely for the authorizing agency, the FedRAMP PMO and personnel with a need to know. Do not distribute outside the authorization boundary without written consent.',
);

export const PROPRIETARY = small(
  `Copyright 2025 ${CSP} All rights reserved. This document contains confidential and proprietary information of ${CSP}. No part of this document may be reproduced or transmitted in any form without the prior written permission of ${CSP}.`,
);

export const systemInfoTable = (): Block =>
  table(
    [
      ['Field', 'Value'],
      ['Cloud Service Provider', CSP],
      ['Cloud Service Offering', `${CSO} (${CSO_ABBR})`],
      ['Service Model', 'Software as a Service (SaaS)'],
      ['Deployment Model', 'Government Community Cloud (AWS GovCloud (US-West))'],
      ['FedRAMP Package ID', PKG_ID],
      ['FIPS PUB 199 Categorization', 'Moderate'],
      ['Sponsoring Agency', `${AGENCY} (${AGENCY_ABBR})`],
    ],
    true,
  );
