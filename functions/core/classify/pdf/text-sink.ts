/**
 * Collects extracted text up to a cap, already whitespace-normalised: single spaces, single line
 * breaks, no control characters. Word and line breaks are inferred from where glyphs land: a glyph
 * off the previous baseline starts a new line, one placed clearly right of where the previous glyph
 * ended starts a new word.
 */
export class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  /** Separator owed before the next text. */
  private pending: '' | ' ' | '\n' = '';
  private lastChar = '\n';
  /** Where the previous glyph ended (device space), its size, and whether its width was guessed. */
  private end: { x: number; y: number; size: number; guessed: boolean } | undefined;

  constructor(readonly cap: number) {}

  get full(): boolean {
    return this.length >= this.cap;
  }

  /** Characters collected so far. */
  get size(): number {
    return this.length;
  }

  /** A word break (unless one is already owed). */
  space(): void {
    if (this.pending === '') this.pending = ' ';
  }

  /** A line break. */
  newline(): void {
    this.pending = '\n';
  }

  /** End of a page: a line break, and the next glyph is not compared with this page's. */
  pageBreak(): void {
    this.newline();
    this.end = undefined;
  }

  /**
   * Before a glyph drawn at (x, y) in direction (dx, dy) at `size`: owes a line break or a space
   * when it is off the previous glyph's baseline or clearly apart from where it ended.
   */
  place(x: number, y: number, dx: number, dy: number, size: number): void {
    const end = this.end;
    if (!end) return;
    // Offsets along and across the writing direction, scaled by |(dx, dy)|: compared with squares,
    // no square root needed (this runs once per glyph).
    let norm2 = dx * dx + dy * dy;
    if (norm2 === 0) {
      dx = 1;
      norm2 = 1;
    }
    const vx = x - end.x;
    const vy = y - end.y;
    const along = vx * dx + vy * dy;
    const across = vy * dx - vx * dy;
    let em = size > end.size ? size : end.size;
    if (em < 0.01) em = 0.01;
    const limit = (factor: number): number => factor * factor * em * em * norm2;
    if (across * across > limit(0.5)) this.newline();
    else if ((along > 0 && along * along > limit(end.guessed ? 0.3 : 0.15)) || (along < 0 && along * along > limit(1.5))) {
      this.space();
    }
  }

  /** After a glyph: where it ended. */
  advance(x: number, y: number, size: number, guessed: boolean): void {
    this.end = { x, y, size, guessed };
  }

  /** Appends a glyph's text (or any text), cleaned; owed separators go first. */
  text(raw: string): void {
    if (this.full) return;
    const text = clean(raw);
    if (text.length === 0) return;
    let out = '';
    if (this.pending === '\n' && this.lastChar === ' ') this.dropTrailingSpace();
    if (this.pending !== '' && this.lastChar !== '\n' && !(this.pending === ' ' && this.lastChar === ' ')) {
      out = this.pending;
    }
    this.pending = '';
    for (const ch of text) {
      const previous = out.length > 0 ? out[out.length - 1] : this.lastChar;
      if (ch === ' ' && (previous === ' ' || previous === '\n')) continue;
      out += ch;
    }
    if (out.length === 0) return;
    const piece = out.slice(0, this.cap - this.length);
    this.parts.push(piece);
    this.length += piece.length;
    this.lastChar = piece[piece.length - 1] ?? this.lastChar;
  }

  toString(): string {
    return this.parts.join('').trim();
  }

  private dropTrailingSpace(): void {
    const last = this.parts.length - 1;
    const part = this.parts[last];
    if (part === undefined || !part.endsWith(' ')) return;
    this.parts[last] = part.slice(0, -1);
    this.length--;
    this.lastChar = this.parts[last]?.at(-1) ?? this.parts[last - 1]?.at(-1) ?? '\n';
  }
}

/** Control, format and private-use characters dropped; Unicode spaces and line breaks become spaces. */
function clean(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c === 0x85 || c === 0x2028 || c === 0x2029) {
      out += c === 0x09 || c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029 ? ' ' : '';
    } else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) {
      out += ' ';
    } else if (
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x200b && c <= 0x200f) ||
      c === 0xad ||
      c === 0xfeff ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff)
    ) {
      continue;
    } else {
      out += ch;
    }
  }
  return out;
}
