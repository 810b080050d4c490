// The last third of the evaluation corpora (see accuracy.ts).
import { describeEvalSets } from './accuracy.js';
import { EVAL_SETS } from './eval-sets.js';

describeEvalSets(EVAL_SETS.slice(28));
