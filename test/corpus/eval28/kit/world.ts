import type { Block } from './blocks.js';
import { h1, p, pageBreak, small, table, title } from './blocks.js';

/** The fictional organisations every document of this set comes from. */
export const CSP = 'Larkspur Analytics, Inc.';
export const CSP_SHORT = 'Larkspur';
export const SYS = 'Larkspur Case Management Cloud';
export const SYS_ABBR = 'LCMC';
export const FR_ID = 'FR2207741533';
export const AGENCY = 'U.S. Department of Housing and Urban Development';
export const AGENCY_SHORT = 'HUD';
export const TPAO = 'Coastline Assurance Partners, LLC';
export const ANALYST = 'Dana Whitfield';
export const ISSO = 'Marcus Oyelaran';
export const CISO = 'Priya Raghunathan';
export const CTO = 'Evan Lindqvist';
export const AO = 'Gloria M. Estrada';

export const CUI_NOTICE =
  'CONTROLLED UNCLASSIFIED INFORMATION. This document contains proprietary and security-sensitive information of Larkspur Analytics, Inc. Distribution is limited to authorized personnel with a need to know. Do not forward outside the approved distribution list.';

export function revisionHistory(rows: readonly (readonly string[])[]): Block[] {
  return [h1('Document Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(signers: readonly (readonly [string, string])[]): Block[] {
  return [
    h1('Approvals'),
    p('The undersigned have reviewed this document and approve it for release. Signatures indicate that the content is accurate and complete as of the date signed.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '/s/ ' + n, ''])]),
  ];
}

export function distribution(rows: readonly string[]): Block[] {
  return [h1('Distribution List'), table([['Recipient', 'Organization'], ...rows.map((r) => r.split('|'))])];
}

export function contents(items: readonly string[]): Block[] {
  return [h1('Table of Contents'), ...items.map((i, n) => p(`${n + 1}.  ${i} ........................ ${n * 2 + 3}`))];
}

/** Cover page: company, then the title large, then version/date lines, then a legal notice and a page break. */
export function cover(docTitle: string, lines: readonly string[], opts: { company?: string } = {}): Block[] {
  return [title(opts.company ?? CSP, 24), title(docTitle, 44), ...lines.map((l) => p(l)), small(CUI_NOTICE), pageBreak];
}
