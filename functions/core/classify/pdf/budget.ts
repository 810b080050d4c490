/** Decompressed bytes allowed per stream and over the whole document. */
export class InflateBudget {
  private used = 0;
  /** Streams cut at the per-stream cap, and streams not decoded because the total ran out. */
  cappedStreams = 0;
  starvedStreams = 0;

  constructor(
    readonly total: number,
    readonly perStream: number,
  ) {}

  get remaining(): number {
    return Math.max(0, this.total - this.used);
  }

  spend(bytes: number): void {
    this.used += bytes;
  }
}

/**
 * Bytes tokenized after the first scan (page content, forms, CMaps) over the whole document, so that
 * a stream referenced by every page, or a form drawn again and again, is not re-read without end.
 */
export class ParseBudget {
  private left: number;
  exhausted = false;

  constructor(readonly total: number) {
    this.left = total;
  }

  get remaining(): number {
    return this.left;
  }

  /** How many of `wanted` bytes may be parsed; counts them as parsed. */
  take(wanted: number): number {
    const granted = Math.min(wanted, this.left);
    this.left -= granted;
    if (granted < wanted) this.exhausted = true;
    return granted;
  }

  /** Gives back bytes taken but not parsed (a content stream left early because the text was full). */
  refund(bytes: number): void {
    this.left += Math.max(0, bytes);
  }
}
