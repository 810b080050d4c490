// The first half of the evaluation corpora (see accuracy.ts).
import { describeEvalSets } from './accuracy.js';
import { generateEvalCorpus } from './eval/generate-eval.js';
import { generateEval2Corpus } from './eval2/generate-eval2.js';
import { generateEval3Corpus } from './eval3/generate-eval3.js';
import { generateEval4Corpus } from './eval4/generate-eval4.js';
import { generateEval5Corpus } from './eval5/generate-eval5.js';
import { generateEval6Corpus } from './eval6/generate-eval6.js';
import { generateEval7Corpus } from './eval7/generate-eval7.js';

describeEvalSets([
  ['eval', generateEvalCorpus],
  ['eval2', generateEval2Corpus],
  ['eval3', generateEval3Corpus],
  ['eval4', generateEval4Corpus],
  ['eval5', generateEval5Corpus],
  ['eval6', generateEval6Corpus],
  ['eval7', generateEval7Corpus],
]);
