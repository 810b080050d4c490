import type { Severity } from '../finding.js';
import type { FindingList } from './load.js';
import { missingSeverity } from './load.js';
import type { DocumentOutline, HeadingBlock, OutlineBlock } from './outline.js';
import { headingsOf, quote, textsOf } from './outline.js';

/** A section a template requires, found by its heading's wording (numbering and case ignored). */
export interface SectionRule {
  /** Rule id suffix: a missing section is `<prefix>-missing-<key>`. */
  key: string;
  /** Name in messages. */
  label: string;
  headings: readonly RegExp[];
  /** Default 'error'. */
  severity?: Severity;
  /** Where the section is shown to exist when no heading names it (a table, control statements…). */
  alternative?: (outline: DocumentOutline) => string | undefined;
}

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  heading: HeadingBlock;
  content: OutlineBlock[];
}

const NUMBERING = /^(?:(?:section|chapter|part)\s+)?\d{1,2}(?:\.\d{1,2})*\.?[):\-–—]?\s+/i;

export const headingWords = (text: string): string => text.replace(NUMBERING, '').replace(/\s+/g, ' ').trim();

/** The section under the first heading matching any of the patterns. */
export function findSection(outline: DocumentOutline, patterns: readonly RegExp[], accept?: (s: Section) => boolean): Section | undefined {
  const { blocks } = outline;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'heading') continue;
    const words = headingWords(block.text);
    if (!patterns.some((p) => p.test(words))) continue;
    const section = sectionFrom(blocks, i, block);
    if (!accept || accept(section)) return section;
  }
  return undefined;
}

function sectionFrom(blocks: readonly OutlineBlock[], index: number, heading: HeadingBlock): Section {
  const content: OutlineBlock[] = [];
  for (let j = index + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.kind === 'heading' && next.level <= heading.level) break;
    content.push(next);
  }
  return { heading, content };
}

/** Section text: the heading and its content, one line per paragraph or table row. */
export const sectionText = (section: Section): string =>
  [section.heading.text, ...textsOf(section.content).map((t) => t.text)].join('\n');

/**
 * Checks that each required section is present (`missing-<key>`, an error unless the document was
 * only partly read) and not empty (`section-empty`, a warning). Returns the sections found.
 */
export function checkSections(outline: DocumentOutline, rules: readonly SectionRule[], findings: FindingList, what: string): Map<string, Section> {
  const found = new Map<string, Section>();
  for (const rule of rules) {
    const section = findSection(outline, rule.headings);
    if (section) {
      found.set(rule.key, section);
      if (!section.content.some((b) => b.kind !== 'heading')) {
        findings.add('section-empty', 'warning', `the ${rule.label} section has no content under its heading`, section.heading.location);
      }
      continue;
    }
    if (rule.alternative?.(outline) !== undefined) continue;
    const headings = headingsOf(outline);
    const hint = headings.length === 0 ? ' (the document has no headings: use heading styles for its sections)' : '';
    findings.add(
      `missing-${rule.key}`,
      missingSeverity(outline, rule.severity ?? 'error'),
      `the ${what} has no ${rule.label} section: no heading names it${hint}`,
    );
  }
  return found;
}

/** Captions and labels are short: longer texts are prose that merely mentions a subject. */
const LABEL_LENGTH = 200;
const CAPTION_PREFIX = 25;

/**
 * An alternative to a heading: a short paragraph (a figure caption) or a table row with a filled-in
 * cell beside one naming the subject ("FIPS PUB 199 Level | Moderate", "Appendix L | Laws and
 * Regulations", "Figure 8-2 Data Flow Diagram").
 */
export function labelled(pattern: RegExp): (outline: DocumentOutline) => string | undefined {
  const label = (text: string): boolean => text.length <= LABEL_LENGTH && pattern.test(text);
  // A caption starts with its subject, after at most a "Figure 8-2" or "Table 2-1".
  const caption = (text: string): boolean => label(text) && (pattern.exec(text)?.index ?? Infinity) <= CAPTION_PREFIX;
  return (outline) =>
    textsOf(outline.blocks).find((t) => {
      if (!t.cells) return caption(t.text);
      const at = t.cells.findIndex(label);
      return at >= 0 && t.cells.some((c, i) => i !== at && c !== '');
    })?.location;
}

/** Template instructions and placeholders left in ("<Insert System Name>", "Click here to enter text."). */
const PLACEHOLDERS: readonly RegExp[] = [
  /<\s*(?:insert|enter|add|provide|describe|list|identify|state|type|select|choose)\b[^<>]{0,100}>/i,
  /\[\s*(?:insert|enter|add|provide|describe|type)\b[^[\]]{0,100}\]/i,
  /\bclick (?:or tap )?here to enter (?:a )?(?:text|date)\b/i,
  /\blorem ipsum\b/i,
];
const MAX_PLACEHOLDER_FINDINGS = 10;

export function checkPlaceholders(outline: DocumentOutline, findings: FindingList, what: string): void {
  let count = 0;
  for (const { text, location } of textsOf(outline.blocks)) {
    const match = PLACEHOLDERS.map((p) => p.exec(text)).find((m) => m !== null);
    if (!match) continue;
    count++;
    if (count <= MAX_PLACEHOLDER_FINDINGS) {
      findings.add('template-placeholder', 'warning', `the ${what} still contains template text ${quote(match[0])}`, location);
    }
  }
  if (count > MAX_PLACEHOLDER_FINDINGS) {
    findings.add('template-placeholder', 'warning', `${count - MAX_PLACEHOLDER_FINDINGS} more places still contain template text`);
  }
}
