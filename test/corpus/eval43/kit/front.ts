import type { Block } from './model.js';
import { b, h1, p, pb, table } from './model.js';

/** Persona: a grants-management SaaS seeking FedRAMP Moderate. */
export const CSP = 'Ledgerline Grants, Inc.';
export const CSO = 'Ledgerline Federal Grants Cloud';
export const ABBR = 'LFGC';
export const TPAO = 'Northgate Assurance Partners, LLC';
export const AGENCY = 'U.S. Department of Agriculture, National Institute of Food and Agriculture';
export const FRID = 'FR2403118742';

export function revisionHistory(rows: [string, string, string, string][], asBold = false): Block[] {
  return [
    asBold ? b('Revision History') : h1('Document Revision History'),
    table([['Date', 'Version', 'Description', 'Author'], ...rows]),
  ];
}

export function approvals(people: [string, string][], lead = `The following individuals have reviewed and approved this document on behalf of ${CSP}.`): Block[] {
  return [
    b('Approvals'),
    p(lead),
    table([['Name', 'Title', 'Signature', 'Date'], ...people.map(([n, t]) => [n, t, '/s/ ' + n, ''])]),
  ];
}

export function distribution(items: string[]): Block[] {
  return [b('Distribution List'), table([['Recipient', 'Organization'], ...items.map((i) => i.split(' @ ') as [string, string])])];
}

export function toc(blocks: Block[]): Block[] {
  const items = blocks.filter((x): x is Extract<Block, { k: 'h' }> => x.k === 'h' && x.level === 1);
  return [b('Table of Contents'), ...items.map((x, i) => p(`${x.text} ${'.'.repeat(Math.max(4, 60 - x.text.length))} ${i * 2 + 3}`)), pb()];
}

export const PROPRIETARY = `PROPRIETARY AND CONFIDENTIAL. This document contains information that is proprietary to ${CSP} and is provided to the recipient solely for the purpose of evaluating the security of the ${CSO}. It must not be disclosed outside the recipient organization without written permission.`;
export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION (CUI) // Handle in accordance with the CUI Program (32 CFR Part 2002). Distribution limited to authorized federal and contractor personnel.';
