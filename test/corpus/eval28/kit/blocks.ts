/** A small document model that renders to docx, pdf, markdown and plain text. */
export type Block =
  | { k: 'title'; text: string; size?: number }
  | { k: 'h1'; text: string }
  | { k: 'h2'; text: string }
  | { k: 'p'; text: string }
  | { k: 'small'; text: string }
  | { k: 'bullets'; items: readonly string[] }
  | { k: 'table'; rows: readonly (readonly string[])[] }
  | { k: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  description?: string;
  keywords?: string;
  lastModifiedBy?: string;
}

export interface RenderOptions {
  meta?: DocMeta;
  /** Running header text on every page. */
  header?: string;
  /** Running footer text on every page. */
  footer?: string;
  /** Render h1/h2 as bold body paragraphs instead of heading styles (as many authors do). */
  headingsAsBold?: boolean;
  created?: string;
  modified?: string;
}

export const title = (text: string, size?: number): Block => (size ? { k: 'title', text, size } : { k: 'title', text });
export const h1 = (text: string): Block => ({ k: 'h1', text });
export const h2 = (text: string): Block => ({ k: 'h2', text });
export const p = (text: string): Block => ({ k: 'p', text });
export const small = (text: string): Block => ({ k: 'small', text });
export const bullets = (...items: string[]): Block => ({ k: 'bullets', items });
export const table = (rows: readonly (readonly string[])[]): Block => ({ k: 'table', rows });
export const pageBreak: Block = { k: 'break' };

/** Heading plus paragraphs: the usual unit of a prose section. */
export function section(heading: string, ...paras: string[]): Block[] {
  return [h1(heading), ...paras.map(p)];
}
export function sub(heading: string, ...paras: string[]): Block[] {
  return [h2(heading), ...paras.map(p)];
}
