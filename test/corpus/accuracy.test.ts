// The independent evaluation corpora (eval … eval10), each written by an author who never read the
// classifier and measured once before the classifier was tuned on it (figures in the commits that
// added them and in the README). Every later change must keep labelling all of them as their authors
// did: this is the regression guard; `npm run classify:accuracy -- <set>` prints the same comparison.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { CLASSIFY_LIMITS } from '../../functions/core/classify/limits.js';
import { generateEvalCorpus } from './eval/generate-eval.js';
import { generateEval2Corpus } from './eval2/generate-eval2.js';
import { generateEval3Corpus } from './eval3/generate-eval3.js';
import { generateEval4Corpus } from './eval4/generate-eval4.js';
import { generateEval5Corpus } from './eval5/generate-eval5.js';
import { generateEval6Corpus } from './eval6/generate-eval6.js';
import { generateEval7Corpus } from './eval7/generate-eval7.js';
import { generateEval8Corpus } from './eval8/generate-eval8.js';
import { generateEval9Corpus } from './eval9/generate-eval9.js';
import { generateEval10Corpus } from './eval10/generate-eval10.js';

type Generator = (dir: string) => Promise<{ file: string; expected: string; note: string }[]>;
const SETS: [string, Generator][] = [
  ['eval', generateEvalCorpus],
  ['eval2', generateEval2Corpus],
  ['eval3', generateEval3Corpus],
  ['eval4', generateEval4Corpus],
  ['eval5', generateEval5Corpus],
  ['eval6', generateEval6Corpus],
  ['eval7', generateEval7Corpus],
  ['eval8', generateEval8Corpus],
  ['eval9', generateEval9Corpus],
  ['eval10', generateEval10Corpus],
];

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'intake-eval-'));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe.each(SETS)('the %s corpus', (set, generate) => {
  it('is labelled as its author labelled it, within the read budget', async () => {
    const dir = join(root, set);
    const items = await generate(dir);
    const wrong: string[] = [];
    for (const item of items) {
      const source = await FileByteSource.open(join(dir, item.file));
      const result = await classifyDocument(source, { fileName: item.file }).finally(() => source.close());
      if (result.type !== item.expected) wrong.push(`${item.file}: expected ${item.expected}, got ${result.type} — ${item.note}`);
      expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
    }
    expect(wrong).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(50);
  }, 120_000);
});
