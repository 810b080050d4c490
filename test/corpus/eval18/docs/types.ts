import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

/** One labelled document of the eval18 corpus, in memory. */
export interface EvalDoc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}
