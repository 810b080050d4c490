import type { DeliverableType, DocumentFormat } from '../../../functions/core/domain/deliverables.js';
import type { Parties } from './parties.js';
import type { Rng } from './rng.js';

export type CorpusSet = 'train' | 'holdout';

/** One generated document before it gets its file name. */
export interface Draft {
  expected: DeliverableType;
  /** The format as the classifier should report it (DocumentFormat vocabulary). */
  format: DocumentFormat;
  /** File extension without the dot ('' for none). */
  ext: string;
  bytes: Buffer;
  note: string;
  /** A deliberate, realistic upload name (possibly misleading); otherwise a neutral one is assigned. */
  name?: string;
  /** The name deliberately suggests another type. */
  misleading?: boolean;
}

export interface FamilyContext {
  set: CorpusSet;
  parties: Parties;
  rng: Rng;
}

export type Family = (ctx: FamilyContext) => Promise<Draft[]>;
