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
