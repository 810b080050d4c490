import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** One labelled document of the corpus, in memory. */
export interface CorpusDoc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}
