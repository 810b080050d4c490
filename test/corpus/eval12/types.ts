import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export const CSP = 'Cirrusway, Inc.';
export const SYS = 'Cirrusway Application Platform';
export const SYS_SHORT = 'CAP';
export const TPAO = 'Halvorsen Assurance Partners, LLC';
export const FR_ID = 'FR2417731492';
