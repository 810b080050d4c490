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
  return [...seen.values()].filter((e) => e.pages >= 2 && /[a-z]{3}/i.test(e.line.replace(/\b(?:page|of)\b/gi, ''))).map((e) => e.line);
}
