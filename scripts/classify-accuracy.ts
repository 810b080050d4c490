// Classification accuracy on a labelled corpus: generates it (train, holdout or eval — eval was written
// without reading the classifier), classifies every file through the CLI's own code path and compares.
//   npm run classify:accuracy -- [train|holdout|eval|eval2|eval3|eval4|eval5|eval6|eval7|eval8|eval9|eval10|eval11|eval12|eval13|eval14] [--verbose]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyFile } from '../cli/commands/classify.js';
import { generateCorpus } from '../test/corpus/generate.js';
import { generateEvalCorpus } from '../test/corpus/eval/generate-eval.js';
import { generateEval2Corpus } from '../test/corpus/eval2/generate-eval2.js';
import { generateEval3Corpus } from '../test/corpus/eval3/generate-eval3.js';
import { generateEval4Corpus } from '../test/corpus/eval4/generate-eval4.js';
import { generateEval5Corpus } from '../test/corpus/eval5/generate-eval5.js';
import { generateEval6Corpus } from '../test/corpus/eval6/generate-eval6.js';
import { generateEval7Corpus } from '../test/corpus/eval7/generate-eval7.js';
import { generateEval8Corpus } from '../test/corpus/eval8/generate-eval8.js';
import { generateEval9Corpus } from '../test/corpus/eval9/generate-eval9.js';
import { generateEval10Corpus } from '../test/corpus/eval10/generate-eval10.js';
import { generateEval11Corpus } from '../test/corpus/eval11/generate-eval11.js';
import { generateEval12Corpus } from '../test/corpus/eval12/generate-eval12.js';
import { generateEval13Corpus } from '../test/corpus/eval13/generate-eval13.js';
import { generateEval14Corpus } from '../test/corpus/eval14/generate-eval14.js';

type CorpusSet = 'train' | 'holdout' | 'eval' | 'eval2' | 'eval3' | 'eval4' | 'eval5' | 'eval6' | 'eval7' | 'eval8' | 'eval9' | 'eval10' | 'eval11' | 'eval12' | 'eval13' | 'eval14';
const set = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'eval') as CorpusSet;
const GENERATORS: Record<CorpusSet, (dir: string) => Promise<{ file: string; expected: string; note: string }[]>> = {
  train: (dir) => generateCorpus(dir, 'train'),
  holdout: (dir) => generateCorpus(dir, 'holdout'),
  eval: generateEvalCorpus,
  eval2: generateEval2Corpus,
  eval3: generateEval3Corpus,
  eval4: generateEval4Corpus,
  eval5: generateEval5Corpus,
  eval6: generateEval6Corpus,
  eval7: generateEval7Corpus,
  eval8: generateEval8Corpus,
  eval9: generateEval9Corpus,
  eval10: generateEval10Corpus,
  eval11: generateEval11Corpus,
  eval12: generateEval12Corpus,
  eval13: generateEval13Corpus,
  eval14: generateEval14Corpus,
};
const verbose = process.argv.includes('--verbose');
const dir = await mkdtemp(join(tmpdir(), `intake-accuracy-${set}-`));
try {
  const generate = GENERATORS[set];
  if (!generate) throw new Error(`unknown set '${set}': one of ${Object.keys(GENERATORS).join(', ')}`);
  const items = await generate(dir);
  let right = 0;
  let bytes = 0;
  const misses: string[] = [];
  for (const item of items) {
    const r = await classifyFile(join(dir, item.file));
    bytes = Math.max(bytes, r.bytesRead);
    if (r.type === item.expected) right++;
    else misses.push(`${item.file}: expected ${item.expected}, got ${r.type} (${r.confidence}) — ${item.note}${verbose ? `\n    ${r.evidence.join(' | ')}` : ''}`);
  }
  for (const m of misses) console.log(`MISS ${m}`);
  console.log(`${set}: ${right}/${items.length} correct (${((100 * right) / items.length).toFixed(1)}%), most bytes read for one file ${bytes}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
