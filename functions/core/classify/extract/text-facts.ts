import { CLASSIFY_LIMITS } from '../limits.js';

/** Collapses runs of whitespace and caps the length of text kept for scoring. */
export function normalizeText(text: string, max: number = CLASSIFY_LIMITS.maxTextChars): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Accumulates text up to a cap, cheaply (no repeated concatenation of large strings). */
export class TextAccumulator {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly max: number = CLASSIFY_LIMITS.maxTextChars) {}
  get full(): boolean {
    return this.length >= this.max;
  }
  add(text: string): void {
    if (this.full || text.length === 0) return;
    const piece = text.slice(0, this.max - this.length);
    this.parts.push(piece);
    this.length += piece.length;
  }
  toString(): string {
    return normalizeText(this.parts.join(''), this.max);
  }
}

/** Most short lines kept, and the longest line that still counts as a standalone (title-like) line. */
export const TITLE_LINES = { max: 150, maxLength: 140 } as const;

/** The short standalone lines of a text, in order (line breaks as the source gives them). */
export function titleLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length >= 4 && line.length <= TITLE_LINES.maxLength) out.push(line);
    if (out.length >= TITLE_LINES.max) break;
  }
  return out;
}

/** A numbered section heading or table row ("1 Information Security Policies", "4.2 Contingency Plan Testing"): a part, not the title. */
export const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]/;

/**
 * Running headers and footers of a paginated text: lines found among the first or last lines of at
 * least two pages, numbers aside ("Page 2 of 9"), that carry words.
 */
export function runningLines(pages: readonly string[]): string[] {
  const seen = new Map<string, { line: string; pages: number }>();
  for (const page of pages) {
    const lines = titleLines(page);
    const onThisPage = new Set<string>();
    for (const line of [...lines.slice(0, 3), ...lines.slice(-3)]) {
      const key = line.replace(/\d+/g, '#').toLowerCase();
      if (onThisPage.has(key)) continue;
      onThisPage.add(key);
      const entry = seen.get(key);
      if (entry) entry.pages++;
      else seen.set(key, { line, pages: 1 });
    }
  }
  return [...seen.values()]
    .filter((e) => e.pages >= 2 && /[a-z]{3}/i.test(e.line.replace(/\b(?:page|of)\b/gi, '')))
    // A numbered section heading repeated (a running header carrying the current section, a contents
    // line) names a section, not the document.
    .filter((e) => !SECTION_NUMBER.test(e.line))
    .map((e) => e.line);
}

/** A cell that labels the document's title in a document-control table ("Title", "Document Title"). */
const TITLE_LABEL = /^(?:document|report|plan)?\s*(?:title|name)\s*:?$/i;
/** A document-control table's other labels: what tells it from a table of people ("Name | Title"). */
const CONTROL_LABEL = /^(?:document|doc\.?)\s*(?:id|no\.?|number|#|identifier)|^(?:version|revision|rev\.?|classification|document\s*(?:owner|status|date|version))\b/i;

/**
 * The title one document-control table labels as such: "Document ID | Title | Version" over its only
 * row of values, or a row "Document Title | …" beside rows "Version | …". Never a table of people (a
 * job title under "Title" beside "Name") nor a list of referenced documents (several rows of values).
 */
export function labelledTitle(table: readonly (readonly string[])[]): string | undefined {
  const rows = table.map((row) => row.map((c) => c.trim()));
  const isPeople = (row: readonly string[]): boolean => row.some((c) => /^(?:name|full name|signature)$/i.test(c));
  // Labels across a header row, values in the one row under it.
  if (rows.length === 2) {
    const [header, values] = rows as [string[], string[]];
    const at = header.findIndex((c) => TITLE_LABEL.test(c));
    if (at >= 0 && !isPeople(header) && header.some((c) => CONTROL_LABEL.test(c))) {
      const value = normalizeText(values[at] ?? '', TITLE_LINES.maxLength);
      if (value.length >= 4) return value;
    }
  }
  // Labels down the first column, values beside them.
  const keyed = rows.filter((row) => row.length >= 2);
  if (!keyed.some((row) => CONTROL_LABEL.test(row[0]!)) || keyed.some((row) => isPeople(row.slice(0, 1)))) return undefined;
  for (const row of keyed) {
    // Down the first column, "Document" alone labels the title too ("Document | Acme SSP" over
    // "Version / Date | 1.4"); across a header row it heads a list of references.
    if (!TITLE_LABEL.test(row[0]!) && !/^document\s*:?$/i.test(row[0]!)) continue;
    const value = normalizeText(row[1] ?? '', TITLE_LINES.maxLength);
    if (value.length >= 4) return value;
  }
  return undefined;
}
