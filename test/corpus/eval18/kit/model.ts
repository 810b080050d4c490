/** The small document model every eval18 renderer (docx, pdf, markdown, text) takes. */

export type Block =
  | { readonly kind: 'title'; readonly text: string; readonly size?: number }
  | { readonly kind: 'h'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'p'; readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly small?: boolean }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly header?: boolean }
  | { readonly kind: 'pagebreak' };

export interface DocMeta {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly keywords?: string;
  readonly description?: string;
}

export interface DocSpec {
  readonly blocks: readonly Block[];
  /** Running page header (one line). */
  readonly header?: string;
  /** Running page footer (one line; the page number is added after it). */
  readonly footer?: string;
  readonly meta?: DocMeta;
  /** 'styles' uses Word heading styles; 'bold' writes headings as bold body paragraphs, as many authors do. */
  readonly headings?: 'styles' | 'bold';
}

/** The fixed moment stamped into every container (zip entries, core properties, PDF info). */
export const FIXED_DATE = new Date(Date.UTC(2026, 10, 27, 9, 30, 0));

export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const b = (text: string): Block => ({ kind: 'p', text, bold: true });
export const small = (text: string): Block => ({ kind: 'p', text, small: true });
export const title = (text: string, size?: number): Block => (size === undefined ? { kind: 'title', text } : { kind: 'title', text, size });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: readonly (readonly string[])[], header = true): Block => ({ kind: 'table', rows, header });
export const pagebreak: Block = { kind: 'pagebreak' };

/** Paragraphs from a list of strings. */
export const ps = (...texts: string[]): Block[] => texts.map(p);

/** Applies a text substitution to every string of a block list (used to date-shift a variant). */
export function retext(blocks: readonly Block[], fn: (s: string) => string): Block[] {
  return blocks.map((blk): Block => {
    switch (blk.kind) {
      case 'title':
      case 'h':
      case 'p':
        return { ...blk, text: fn(blk.text) };
      case 'bullets':
        return { ...blk, items: blk.items.map(fn) };
      case 'table':
        return { ...blk, rows: blk.rows.map((r) => r.map(fn)) };
      case 'pagebreak':
        return blk;
    }
  });
}
