import type { Block } from './types.js';

/** Front matter pieces real documents carry before (or around) their title. */
export function revisionHistory(rows: [date: string, version: string, description: string, author: string][]): Block[] {
  return [
    { kind: 'h', text: 'Revision History' },
    { kind: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] },
  ];
}

export function approvals(signers: [name: string, title: string, org: string][], heading = 'Document Approval'): Block[] {
  return [
    { kind: 'h', text: heading },
    { kind: 'p', text: 'The undersigned have reviewed this document and approve its contents for release.' },
    {
      kind: 'table',
      rows: [['Name', 'Title', 'Organization', 'Signature / Date'], ...signers.map(([n, t, o]) => [n, t, o, '______________________  ____/____/______'])],
    },
  ];
}

export function toc(entries: string[]): Block[] {
  return [{ kind: 'h', text: 'Table of Contents' }, { kind: 'p', text: entries.map((e, i) => `${e} ${'.'.repeat(8)} ${i + 3}`).join('\n') }];
}

export function distribution(names: string[]): Block[] {
  return [
    { kind: 'h', text: 'Distribution List', level: 2 },
    { kind: 'bullets', items: names },
  ];
}

export function legalNotice(owner: string): Block {
  return {
    kind: 'p',
    italic: true,
    text: `PROPRIETARY AND CONFIDENTIAL. This document contains information that is proprietary to ${owner} and is provided for the exclusive use of the intended recipients. It may contain Controlled Unclassified Information (CUI) and must be handled, stored and transmitted in accordance with the recipient's CUI program. Do not reproduce or distribute without written permission.`,
  };
}

/** Section headings of a document, with numbering, as both blocks and a table of contents. */
export function numbered(sections: [heading: string, body: Block[]][]): { toc: string[]; blocks: Block[] } {
  const tocEntries = sections.map(([h], i) => `${i + 1}. ${h}`);
  const blocks = sections.flatMap(([h, body], i) => [{ kind: 'h', text: `${i + 1}. ${h}` } as Block, ...body]);
  return { toc: tocEntries, blocks };
}

export const p = (text: string): Block => ({ kind: 'p', text });
export const h = (text: string, level: 1 | 2 | 3 = 1): Block => ({ kind: 'h', text, level });
export const ul = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (...rows: string[][]): Block => ({ kind: 'table', rows });
