import type { DeliverableType } from '../../domain/deliverables.js';
import { DELIVERABLES } from '../../domain/deliverables.js';
import { SIGNATURES } from '../../classify/signatures.js';
import type { DeliverableValidator } from '../types.js';
import { FindingList, loadOutline } from './load.js';
import type { DocumentOutline } from './outline.js';
import { headingsOf, quote, wordCount } from './outline.js';
import { checkPlaceholders } from './sections.js';

/** Fewer words than this is a stub rather than a plan or policy. */
const SHORT_WORDS = 150;
/** Leading blocks that make up a cover page. */
const COVER_BLOCKS = 12;
/** Longer texts on the cover are prose, not a title. */
const COVER_LINE = 150;

const article = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** What names a deliverable: the classifier's names and abbreviations, and the taxonomy's title. */
function namesOf(type: DeliverableType): RegExp[] {
  const signature = SIGNATURES.find((s) => s.type === type);
  const title = DELIVERABLES[type].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return [...(signature?.names ?? []), ...(signature?.abbreviations ?? []), new RegExp(title, 'i')];
}

/** The title: document metadata, else the first heading or line of the cover. */
function titleOf(outline: DocumentOutline): string | undefined {
  const first = outline.blocks.find((b) => b.kind === 'paragraph');
  return outline.title ?? headingsOf(outline)[0]?.text ?? first?.text.split('\n')[0];
}

/** Texts where a document names itself: its title, page headers, its first headings and the short lines of its cover. */
function coverTexts(outline: DocumentOutline): string[] {
  const cover = outline.blocks
    .slice(0, COVER_BLOCKS)
    .flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]))
    .filter((t) => t.length <= COVER_LINE);
  return [outline.title ?? '', outline.subject ?? '', ...outline.pageHeaders, ...headingsOf(outline).slice(0, 5).map((h) => h.text), ...cover].filter(
    Boolean,
  );
}

/**
 * A generic check for one of the SSP's attachments (a plan, policy, worksheet… in Word or PDF): it can
 * be read, has a title, names the deliverable it is supposed to be, and is not empty.
 */
export function sspAttachmentValidator(expected: DeliverableType): DeliverableValidator {
  const what = DELIVERABLES[expected].title;
  return async (source) => {
    const findings = new FindingList('attachment');
    const outline = await loadOutline(source, findings, { what, unusable: 'warning' });
    if (!outline) return { findings: findings.items, summary: {} };

    const title = titleOf(outline);
    if (!outline.title && headingsOf(outline).length === 0) {
      findings.add('title-missing', 'warning', `the ${what} has no title (neither in its document properties nor as a heading)`);
    }
    const texts = coverTexts(outline);
    const names = namesOf(expected);
    const named = texts.find((t) => names.some((n) => n.test(t)));
    if (!named) {
      const other = SIGNATURES.find((s) => s.type !== expected && s.names.some((n) => texts.slice(0, 3).some((t) => n.test(t))));
      const instead = other ? `; it names itself ${article(DELIVERABLES[other.type].title)}` : '';
      findings.add(
        'title-mismatch',
        'warning',
        `neither the title${title ? ` ${quote(title)}` : ''} nor the cover or first headings name ${article(what)}${instead}`,
      );
    } else {
      findings.add('title', 'info', `the document names itself ${quote(named)}`);
    }

    const words = wordCount(outline);
    if (words < SHORT_WORDS) {
      findings.add('short', 'warning', `the ${what} has only ${words} words: is it complete?`);
    }
    checkPlaceholders(outline, findings, what);
    return { findings: findings.items, summary: {} };
  };
}
