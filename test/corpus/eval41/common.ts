/** Shared front matter and prose helpers for the eval41 documents (fictional CSP "Nimbus Ledger Systems"). */
import type { Block } from './kit.js';

export const CSP = 'Nimbus Ledger Systems, Inc.';
export const SYS = 'NimbusLedger GovCloud Platform';
export const ABBR = 'NLGP';
export const TPAO = 'Kestrel Assurance Partners, LLC';
export const AGENCY = 'Federal Grants Management Agency';

/** A section: heading, then paragraphs; a string[] is a bullet list, a string[][] a table. */
export type Section = [heading: string, ...body: (string | string[] | string[][])[]];

export function sections(list: Section[], level: 'h1' | 'h2' = 'h1', numbered = true): Block[] {
  const out: Block[] = [];
  list.forEach(([h, ...body], i) => {
    out.push({ k: level, text: numbered ? `${i + 1}. ${h}` : h });
    for (const b of body) {
      if (typeof b === 'string') out.push({ k: 'p', text: b });
      else if (b.length > 0 && Array.isArray(b[0])) out.push({ k: 'table', rows: b as string[][] });
      else out.push({ k: 'bullets', items: b as string[] });
    }
  });
  return out;
}

export function toc(list: Section[]): Block[] {
  return [
    { k: 'bold', text: 'Table of Contents' },
    ...list.map((s, i): Block => ({ k: 'small', text: `${i + 1}. ${s[0]} ........................................ ${i * 2 + 3}` })),
    { k: 'break' },
  ];
}

export function revisionHistory(rows: [date: string, ver: string, desc: string, author: string][]): Block[] {
  return [
    { k: 'bold', text: 'Document Revision History' },
    { k: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] },
  ];
}

export function approvals(signers: [name: string, title: string][], lead = 'Approvals'): Block[] {
  return [
    { k: 'bold', text: lead },
    { k: 'p', text: 'By signing below, the approver attests that the content of this document has been reviewed and is accurate as of the date of signature.' },
    { k: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '', ''])] },
  ];
}

export function distribution(names: string[]): Block[] {
  return [{ k: 'bold', text: 'Distribution List' }, { k: 'bullets', items: names }];
}

export const PROPRIETARY =
  'PROPRIETARY AND CONFIDENTIAL. This document contains information that is proprietary to Nimbus Ledger Systems, Inc. and is provided to the recipient solely for the purpose of evaluating the security posture of the NimbusLedger GovCloud Platform. It may not be reproduced or disclosed, in whole or in part, without prior written consent. Controlled Unclassified Information (CUI) markings apply where indicated.';

export function cover(title: string, extra: string[], size = 44): Block[] {
  return [
    { k: 'small', text: 'Sensitivity: Confidential' },
    { k: 'title', text: title, size },
    ...extra.map((t): Block => ({ k: 'p', text: t })),
    { k: 'small', text: PROPRIETARY },
    { k: 'break' },
  ];
}

export const STD_DIST = [
  'Chief Information Security Officer, Nimbus Ledger Systems',
  'Information System Security Officer (ISSO), NLGP',
  'Director of Cloud Operations',
  'FedRAMP Program Manager, Nimbus Ledger Systems',
  'Agency ISSO, Federal Grants Management Agency (via SharePoint external share)',
];
