// The second half of the evaluation corpora (see accuracy.ts).
import { describeEvalSets } from './accuracy.js';
import { generateEval7Corpus } from './eval7/generate-eval7.js';
import { generateEval8Corpus } from './eval8/generate-eval8.js';
import { generateEval9Corpus } from './eval9/generate-eval9.js';
import { generateEval10Corpus } from './eval10/generate-eval10.js';
import { generateEval11Corpus } from './eval11/generate-eval11.js';
import { generateEval12Corpus } from './eval12/generate-eval12.js';

describeEvalSets([
  ['eval7', generateEval7Corpus],
  ['eval8', generateEval8Corpus],
  ['eval9', generateEval9Corpus],
  ['eval10', generateEval10Corpus],
  ['eval11', generateEval11Corpus],
  ['eval12', generateEval12Corpus],
]);
