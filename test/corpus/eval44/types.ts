import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

/** One labelled document of the eval44 corpus, held in memory. */
export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}
