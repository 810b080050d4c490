/** A format-neutral description of a prose document, rendered to docx, pdf, markdown or plain text. */
export type Block =
  | { k: 'title'; text: string; size?: number }
  | { k: 'h'; level: 1 | 2 | 3; text: string }
  | { k: 'p'; text: string; bold?: boolean; italic?: boolean }
  | { k: 'bullets'; items: string[] }
  | { k: 'table'; rows: string[][] }
  | { k: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  lastModifiedBy?: string;
  description?: string;
}

export interface ProseDoc {
  blocks: Block[];
  header?: string;
  footer?: string;
  meta?: DocMeta;
  /** 'style' uses heading styles; 'bold' writes headings as bold body paragraphs (as many authors do). */
  headings?: 'style' | 'bold';
}

export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 15, 30, 0));

export const h1 = (text: string): Block => ({ k: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ k: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ k: 'h', level: 3, text });
export const p = (text: string): Block => ({ k: 'p', text });
export const b = (text: string): Block => ({ k: 'p', text, bold: true });
export const title = (text: string, size = 32): Block => ({ k: 'title', text, size });
export const bullets = (...items: string[]): Block => ({ k: 'bullets', items });
export const table = (rows: string[][]): Block => ({ k: 'table', rows });
export const pb = (): Block => ({ k: 'break' });

/** Every piece of text of a document, in reading order (for length checks and plain renderings). */
export function plainText(doc: ProseDoc): string {
  const out: string[] = [];
  if (doc.header) out.push(doc.header);
  for (const bl of doc.blocks) {
    if (bl.k === 'bullets') out.push(...bl.items);
    else if (bl.k === 'table') out.push(...bl.rows.map((r) => r.join(' | ')));
    else if (bl.k !== 'break') out.push(bl.text);
  }
  if (doc.footer) out.push(doc.footer);
  return out.join('\n');
}
