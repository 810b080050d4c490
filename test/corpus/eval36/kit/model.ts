/** A small document model rendered to docx, pdf, markdown and plain text by the builders of this kit. */
export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; header?: boolean }
  | { kind: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  description?: string;
  keywords?: string;
}

export interface DocSpec {
  meta: DocMeta;
  header?: string;
  footer?: string;
  /** 'style' uses Word heading styles, 'bold' uses bold body paragraphs. */
  headings?: 'style' | 'bold';
  blocks: Block[];
}

export const p = (text: string): Block => ({ kind: 'p', text });
export const h = (text: string, level: 1 | 2 | 3 = 1): Block => ({ kind: 'h', text, level });
export const title = (text: string, size?: number): Block => (size ? { kind: 'title', text, size } : { kind: 'title', text });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][], header = true): Block => ({ kind: 'table', rows, header });
export const pageBreak = (): Block => ({ kind: 'break' });
export const bold = (text: string): Block => ({ kind: 'p', text, bold: true });

/** Plain text of a block list (used by the md/txt renderers). */
export function headingTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'h' && (b.level ?? 1) === 1 ? [b.text] : []));
}
