/** A format-neutral description of a prose document, rendered by docx.ts, pdf.ts and text.ts. */
export type Block =
  | { k: 'title'; text: string }
  | { k: 'h'; text: string; level?: 1 | 2 | 3 }
  | { k: 'p'; text: string; bold?: boolean; italic?: boolean; size?: number; align?: 'center' | 'right' }
  | { k: 'ul'; items: string[] }
  | { k: 'ol'; items: string[] }
  | { k: 'table'; rows: string[][]; head?: boolean }
  | { k: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  creator?: string;
  producer?: string;
}

export interface DocSpec {
  blocks: Block[];
  /** How headings are written: Word heading styles, bold paragraphs, or large-font paragraphs. */
  headings: 'styles' | 'bold' | 'large';
  header?: string;
  footer?: string;
  /** Adds "Page N of M" (pdf) or a PAGE field (docx) to the footer. */
  pageNumbers?: boolean;
  meta?: DocMeta;
  /** Fixed creation date written to the metadata. */
  date?: Date;
}

export interface EvalDoc {
  file: string;
  expected: string;
  note: string;
  data: Buffer | string;
}

/** Short builders, to keep content files readable. */
export const T = (text: string): Block => ({ k: 'title', text });
export const H = (text: string, level: 1 | 2 | 3 = 1): Block => ({ k: 'h', text, level });
export const P = (text: string, extra: Partial<Extract<Block, { k: 'p' }>> = {}): Block => ({ k: 'p', text, ...extra });
export const B = (text: string): Block => ({ k: 'p', text, bold: true });
export const UL = (...items: string[]): Block => ({ k: 'ul', items });
export const OL = (...items: string[]): Block => ({ k: 'ol', items });
export const TBL = (rows: string[][], head = true): Block => ({ k: 'table', rows, head });
export const BR: Block = { k: 'break' };

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  const v = items[Math.floor(r() * items.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

export const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
