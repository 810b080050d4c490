import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** The small document model every renderer of the eval38 kit shares. */
export type Block =
  | { t: 'title'; text: string }
  | { t: 'subtitle'; text: string }
  | { t: 'h1'; text: string }
  | { t: 'h2'; text: string }
  | { t: 'p'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'small'; text: string }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: string[][] }
  | { t: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  /** Text repeated at the top of every page. */
  header?: string;
  /** Text repeated at the bottom of every page. */
  footer?: string;
  /** Headings as real Word heading styles (default) or as bold body paragraphs. */
  headings?: 'styles' | 'bold';
}

export interface CorpusDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** Fixed instant used for every timestamp the generator writes. */
export const FIXED_DATE = new Date(Date.UTC(2026, 2, 14, 15, 30, 0));
