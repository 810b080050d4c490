import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

/** One labelled document of the eval30 set, built lazily. */
export interface DocPlan {
  file: string;
  expected: DeliverableType;
  note: string;
  build: () => Promise<Buffer | string>;
}
