import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

/** One corpus document held in memory. */
export interface Eval25Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}
