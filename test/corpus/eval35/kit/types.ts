import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** One document of the corpus, in memory. */
export interface Eval35Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** A block of a prose document, rendered the same way into docx, pdf, markdown and text. */
export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; header?: boolean }
  | { kind: 'break' };

export interface ProseMeta {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
}

/** A prose document: blocks plus page furniture and metadata. */
export interface ProseDoc {
  blocks: Block[];
  header?: string;
  footer?: string;
  meta?: ProseMeta;
  /** 'style' renders headings with Heading styles; 'bold' as bold body paragraphs (no style). */
  headings?: 'style' | 'bold';
}
