import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** One labelled corpus document, in memory. */
export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** A block of a prose document, rendered by every prose renderer (docx, pdf, markdown, text). */
export type Block =
  | { t: 'title'; text: string; size?: number }
  | { t: 'h'; level: 1 | 2 | 3; text: string }
  | { t: 'p'; text: string; bold?: boolean; italic?: boolean; center?: boolean; size?: number }
  | { t: 'ul'; items: string[] }
  | { t: 'table'; rows: string[][]; header?: boolean }
  | { t: 'sig'; lines: string[]; signed?: string }
  | { t: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  created?: string;
  modified?: string;
}

export interface ProseDoc {
  blocks: Block[];
  header?: string;
  footer?: string;
  meta?: DocMeta;
  /** 'styles' uses Word heading styles; 'bold' writes headings as bold paragraphs. */
  headings?: 'styles' | 'bold';
}
