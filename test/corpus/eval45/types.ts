import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

/** One labelled evaluation document, held in memory. */
export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}
