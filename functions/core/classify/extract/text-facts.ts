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
