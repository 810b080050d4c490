/** A small document model shared by the docx, pdf, markdown and text renderers of this corpus. */
export type Block =
  | { t: 'title'; text: string }
  | { t: 'big'; text: string }
  | { t: 'h1'; text: string }
  | { t: 'h2'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'p'; text: string }
  | { t: 'small'; text: string }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: string[][] }
  | { t: 'pagebreak' };

/** Core document properties; `null` where a document carries none at all. */
export interface CoreMeta {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  keywords?: string;
  description?: string;
}

export interface DocSpec {
  blocks: Block[];
  header?: string;
  footer?: string;
  meta: CoreMeta | null;
}

/** One generated document of the corpus. */
export interface EvalDoc<L extends string = string> {
  file: string;
  expected: L;
  note: string;
  data: Buffer | string;
}

export const FIXED_DATE = new Date(Date.UTC(2025, 9, 14, 15, 30, 0));
