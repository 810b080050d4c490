import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

export interface Entry {
  file: string;
  expected: DeliverableType;
  note: string;
  build: () => Promise<Buffer | string>;
}
