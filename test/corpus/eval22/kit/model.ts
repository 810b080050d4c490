/** The document model shared by every renderer of the eval22 kit (docx, pdf, markdown, plain text). */

export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; level: 1 | 2 | 3; text: string; asBold?: boolean }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean; center?: boolean; small?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; header?: boolean; widths?: number[] }
  | { kind: 'break' }
  | { kind: 'spacer' };

/** Document properties. Absent fields are left out of the file (metadata "missing"). */
export interface Meta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  /** ISO date-time, fixed so the bytes never change. */
  created: string;
  modified: string;
}

export interface DocSpec {
  meta: Meta;
  /** Page header text (every page). */
  header?: string;
  /** Page footer text (every page); the renderers add the page number. */
  footer?: string;
  /** 'style' writes Heading 1-3 styles; 'bold' writes bold body paragraphs, as many authors do. */
  headings?: 'style' | 'bold';
  blocks: Block[];
}

/** Seeded PRNG (mulberry32) so every "random" choice is the same on every run. */
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
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

/** Shorthands used by the content modules. */
export const h1 = (text: string, asBold?: boolean): Block => ({ kind: 'h', level: 1, text, ...(asBold ? { asBold } : {}) });
export const h2 = (text: string, asBold?: boolean): Block => ({ kind: 'h', level: 2, text, ...(asBold ? { asBold } : {}) });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const small = (text: string): Block => ({ kind: 'p', text, small: true });
export const bold = (text: string): Block => ({ kind: 'p', text, bold: true });
export const center = (text: string, isBold = false): Block => ({ kind: 'p', text, center: true, bold: isBold });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][], header = true, widths?: number[]): Block => ({
  kind: 'table',
  rows,
  header,
  ...(widths ? { widths } : {}),
});
export const title = (text: string, size?: number): Block => ({ kind: 'title', text, ...(size ? { size } : {}) });
export const pageBreak: Block = { kind: 'break' };
export const spacer: Block = { kind: 'spacer' };
