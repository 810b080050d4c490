import { b, center, h1, p, pageBreak, table, type Block } from './blocks.js';

export function revisionHistory(rows: string[][], style: 'table' | 'plain' = 'table', heading = 'Revision History'): Block[] {
  if (style === 'plain') return [b(heading), ...rows.map((r) => p(r.join(' - ')))];
  return [b(heading), table([['Date', 'Version', 'Description', 'Author'], ...rows], true, [16, 10, 50, 24])];
}

export function approvals(signers: [string, string, string][], intro?: string): Block[] {
  const out: Block[] = [b('Approvals')];
  if (intro) out.push(p(intro));
  for (const [name, title, org] of signers) {
    out.push(p('______________________________________        Date: ______________'), p(`${name}, ${title}`), p(org));
  }
  return out;
}

export function toc(entries: [string, string][], heading = 'Table of Contents'): Block[] {
  return [b(heading), ...entries.map(([t, pg]) => p(`${t} ${'.'.repeat(Math.max(4, 70 - t.length))} ${pg}`)), pageBreak];
}

export function distribution(names: string[]): Block[] {
  return [b('Distribution List'), table([['Name', 'Organization / Role'], ...names.map((n) => n.split('|'))], true, [40, 60])];
}

export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION';

export function cuiBanner(owner: string): Block[] {
  return [
    center(CUI),
    p(
      `This document contains proprietary and confidential information of ${owner}. It is provided to the United States Government ` +
        'under the terms of the applicable contract and may not be disclosed outside the Government, or duplicated, used or disclosed in whole ' +
        'or in part, for any purpose other than to evaluate the security of the described system.',
    ),
  ];
}

export function legalNotice(org: string): Block[] {
  return [
    h1('Legal Notice', true),
    p(
      `Copyright © 2026 ${org}. All rights reserved. Product names referenced herein are trademarks of their respective owners. ` +
        'This document is provided "as is" and may be revised without notice. Recipients agree to protect it in accordance with its marking ' +
        'and to return or destroy all copies upon request.',
    ),
  ];
}
