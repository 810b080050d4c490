// Classification accuracy on a labelled corpus: generates it (train, holdout or eval — eval was written
// without reading the classifier), classifies every file through the CLI's own code path and compares.
//   npm run classify:accuracy -- [train|holdout|eval|eval2 … eval22] [--verbose]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyFile } from '../cli/commands/classify.js';
import { EVAL_SETS, type EvalGenerator } from '../test/corpus/eval-sets.js';
import { generateCorpus } from '../test/corpus/generate.js';

const GENERATORS = new Map<string, EvalGenerator>([
  ['train', (dir) => generateCorpus(dir, 'train')],
  ['holdout', (dir) => generateCorpus(dir, 'holdout')],
  ...EVAL_SETS.map((s) => [s.name, s.generate] as const),
]);
const set = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'eval';
const verbose = process.argv.includes('--verbose');
const dir = await mkdtemp(join(tmpdir(), `intake-accuracy-${set}-`));
try {
  const generate = GENERATORS.get(set);
  if (!generate) throw new Error(`unknown set '${set}': one of ${[...GENERATORS.keys()].join(', ')}`);
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
