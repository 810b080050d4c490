import type { Block } from './model.js';

export const h1 = (text: string): Block => ({ t: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ t: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ t: 'h', level: 3, text });
export const p = (text: string): Block => ({ t: 'p', text });
export const b = (text: string): Block => ({ t: 'p', text, bold: true });
export const ul = (...items: string[]): Block => ({ t: 'ul', items });
export const table = (rows: string[][], header = true): Block => ({ t: 'table', rows, header });
export const brk: Block = { t: 'break' };
export const sig = (lines: string[], signed?: string): Block => (signed === undefined ? { t: 'sig', lines } : { t: 'sig', lines, signed });

/** A revision history table as real documents carry it. */
export function revisionHistory(rows: [date: string, version: string, change: string, author: string][], heading = 'Revision History'): Block[] {
  return [b(heading), table([['Date', 'Version', 'Description of Change', 'Author'], ...rows.map((r) => [...r])])];
}

/** An approval block: one signature line per approver. */
export function approvals(approvers: { name: string; title: string; org: string; signed?: string }[], intro?: string): Block[] {
  const out: Block[] = [b('Document Approval')];
  if (intro) out.push(p(intro));
  for (const a of approvers) out.push(sig([a.name, a.title, a.org], a.signed));
  return out;
}

/** A table of contents built from the body's headings, with page numbers as Word would have last computed them. */
export function toc(body: Block[], start = 3): Block[] {
  const out: Block[] = [b('Table of Contents')];
  let page = start;
  let n = 0;
  for (const blk of body) {
    if (blk.t === 'h' && blk.level <= 2) {
      n++;
      if (n % 3 === 0) page++;
      out.push({ t: 'p', text: `${blk.level === 2 ? '    ' : ''}${blk.text} ${'.'.repeat(Math.max(4, 60 - blk.text.length))} ${page}` });
    }
  }
  return out;
}

export function distribution(names: string[]): Block[] {
  return [b('Distribution List'), table([['Name', 'Organization / Role'], ...names.map((n) => n.split(' | '))])];
}

export const legalNotice = (owner: string): Block[] => [
  b('Notice'),
  p(
    `This document and the information it contains are the property of ${owner}. It is provided for the exclusive use of the intended recipients and may contain information that is exempt from public disclosure under applicable state public information acts and 5 U.S.C. 552. Do not copy, forward or disclose outside the distribution list without the written permission of the document owner.`,
  ),
];
