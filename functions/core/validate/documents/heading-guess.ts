/**
 * Where a document has no heading styles (a PDF, or a Word file formatted by hand), a line is taken
 * for a heading by its shape: numbered ("2.1 Scope", "Section 5: Risks"), an appendix or attachment
 * label, a short all-capitals line, or (PDF only) a short line without sentence punctuation.
 */
const NUMBERED = /^(?:(?:section|chapter|part)\s+)?(\d{1,2}(?:\.\d{1,2}){0,4})\.?[):\-–—]?\s+(\S.*)$/i;
const LABELLED = /^(?:appendix|attachment|annex|exhibit)\s+[A-Z0-9]{1,3}\b/i;
const MAX_HEADING = 120;

export function guessHeadingLevel(line: string, loose: boolean): number | undefined {
  const text = line.trim();
  if (text.length < 3 || text.length > MAX_HEADING || !/\p{L}{2}/u.test(text) || text.includes('\n')) return undefined;
  if (/[.;,]$/.test(text) && !/\b(?:etc|inc|co|ltd)\.$/i.test(text)) return undefined;
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const rest = numbered[2] ?? '';
    // "3 of 12", "1 January 2025", "10 GB" are not headings.
    if (!/^\p{Lu}/u.test(rest) || /^(?:of|[A-Z][a-z]{2,8}\s+\d{4})\b/.test(rest)) return undefined;
    return (numbered[1] ?? '1').split('.').length;
  }
  if (LABELLED.test(text)) return 1;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && text.length <= 80) return 1;
  if (loose && text.length <= 80 && text.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(text) && !/[:!?]$/.test(text)) return 1;
  return undefined;
}
