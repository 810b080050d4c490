import type { Block } from './blocks.js';
import { bold, h1, p, pageBreak, revisionHistory, tocBlock } from './blocks.js';
import type { Rng } from './rng.js';
import { CUI_NOTICE, W, context, distribution, signatures } from './world.js';

export interface Section {
  h: string;
  body: (string | Block)[];
  /** Add a paragraph of operating context after the body. */
  ctx?: boolean;
}

export interface ProseSpec {
  /** Cover lines in order; the first is the title as the cover shows it. */
  cover: Block[];
  version: string;
  date: string;
  sections: Section[];
  revisions?: [string, string, string, string][];
  approvers?: [string, string][];
  distribution?: string[];
  notice?: string;
  /** Put the revision history after the body (some organisations do). */
  historyLast?: boolean;
}

/** Assembles a typical controlled document: cover, notice, history, approvals, TOC, numbered sections. */
export function prose(rng: Rng, spec: ProseSpec): Block[] {
  const b: Block[] = [...spec.cover, p(`Version ${spec.version}    ${spec.date}`), p(`${W.csp}, ${W.address}`)];
  const notice = p(spec.notice ?? CUI_NOTICE);
  b.push(notice);
  const history: Block[] = [bold('Revision History'), revisionHistory(spec.revisions ?? [['04/02/2025', '1.0', 'Initial release', W.isso], [spec.date, spec.version, 'Annual review; updated contacts and references', W.isso]])];
  if (!spec.historyLast) b.push(...history);
  if (spec.approvers) b.push(...signatures(spec.approvers));
  if (spec.distribution) b.push(...distribution(spec.distribution));
  b.push(pageBreak, ...tocBlock(spec.sections.map((s, i) => `${i + 1}. ${s.h}`)), pageBreak);
  spec.sections.forEach((s, i) => {
    b.push(h1(`${i + 1}. ${s.h}`));
    for (const item of s.body) b.push(typeof item === 'string' ? p(item) : item);
    if (s.ctx) b.push(p(context(rng, 2)));
  });
  if (spec.historyLast) b.push(pageBreak, ...history);
  return b;
}
