/** Front matter real organisations put before (or around) a document's body. */
import type { Block } from './model.js';
import { pick, type Rand } from './rand.js';

export function h1(text: string): Block {
  return { k: 'h', level: 1, text };
}
export function h2(text: string): Block {
  return { k: 'h', level: 2, text };
}
export function h3(text: string): Block {
  return { k: 'h', level: 3, text };
}
export function p(text: string): Block {
  return { k: 'p', text };
}
export function bold(text: string): Block {
  return { k: 'p', text, bold: true };
}
export function bullets(...items: string[]): Block {
  return { k: 'bullets', items };
}
export function table(rows: string[][], header = true): Block {
  return { k: 'table', rows, header };
}
export const pagebreak: Block = { k: 'pagebreak' };

export function revisionHistory(rows: [date: string, version: string, description: string, author: string][], caption = 'Revision History'): Block[] {
  return [bold(caption), table([['Date', 'Version', 'Description of Change', 'Author'], ...rows])];
}

export function approvals(signers: [name: string, title: string][], intro?: string): Block[] {
  return [
    bold('Approvals'),
    p(intro ?? 'The signatures below indicate that the signatories have reviewed this document and approve it for use.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '', ''])]),
  ];
}

export function distribution(list: string[]): Block[] {
  return [bold('Distribution List'), table([['Recipient', 'Organization', 'Copy'], ...list.map((l, i) => [...l.split(' / '), String(i + 1)])])];
}

export function legalNotice(org: string, marking = 'CONTROLLED UNCLASSIFIED INFORMATION'): Block[] {
  return [
    p(marking),
    p(
      `This document contains proprietary and confidential information of ${org}. It is provided for the sole purpose of the engagement it describes and may not be reproduced, distributed or disclosed, in whole or in part, without prior written consent. All trademarks are the property of their respective owners.`,
    ),
  ];
}

/** A table of contents listing the numbered headings that follow (as Word's field result would). */
export function toc(body: readonly Block[], rand: Rand): Block[] {
  let page = 3 + Math.floor(rand() * 2);
  const items: string[] = [];
  for (const b of body) {
    if (b.k === 'h' && b.level <= 2) {
      items.push(`${b.level === 2 ? '    ' : ''}${b.text} ${'.'.repeat(8)} ${page}`);
      if (rand() < 0.6) page += 1;
    }
  }
  return [bold(pick(rand, ['Table of Contents', 'TABLE OF CONTENTS', 'Contents'])), ...items.map((i) => p(i)), pagebreak];
}

/** Builds a paragraph from sentences drawn without repetition from a bank. */
export function prose(rand: Rand, bank: readonly string[], sentences: number): string {
  const pool = [...bank];
  const out: string[] = [];
  for (let i = 0; i < sentences && pool.length; i++) {
    const idx = Math.floor(rand() * pool.length);
    out.push(pool.splice(idx, 1)[0] ?? '');
  }
  return out.join(' ');
}
