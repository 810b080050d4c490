import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}
