import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** One labelled document of the eval9 corpus, held in memory. */
export interface EvalDoc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}

/** Document properties written into an Office or PDF file (any may be left out on purpose). */
export interface DocMeta {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly company?: string;
  /** ISO date-time; fixed so the bytes never change. */
  readonly created: string;
  readonly modified?: string;
}

/** The content blocks shared by the docx and the PDF writers. */
export type Block =
  | { readonly k: 'title'; readonly text: string; readonly size?: number }
  | { readonly k: 'center'; readonly text: string; readonly bold?: boolean; readonly size?: number }
  | { readonly k: 'h'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly k: 'bh'; readonly text: string }
  | { readonly k: 'p'; readonly text: string }
  | { readonly k: 'small'; readonly text: string }
  | { readonly k: 'bullets'; readonly items: readonly string[] }
  | { readonly k: 'table'; readonly rows: readonly (readonly string[])[]; readonly header?: boolean; readonly widths?: readonly number[] }
  | { readonly k: 'toc'; readonly entries: readonly string[] }
  | { readonly k: 'break' };
