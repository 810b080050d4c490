// Classification accuracy on a labelled corpus: generates it (train, holdout or eval — eval was written
// without reading the classifier), classifies every file through the CLI's own code path and compares.
//   npm run classify:accuracy -- [train|holdout|eval|eval2 … eval46|all] [--verbose]
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

/** Generates one set, classifies every file and prints its misses and its figure. */
async function measure(name: string, generate: EvalGenerator): Promise<{ right: number; total: number; bytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), `intake-accuracy-${name}-`));
  try {
    const items = await generate(dir);
    let right = 0;
    let bytes = 0;
    for (const item of items) {
      const r = await classifyFile(join(dir, item.file));
      bytes = Math.max(bytes, r.bytesRead);
      if (r.type === item.expected) right++;
      else console.log(`MISS ${item.file}: expected ${item.expected}, got ${r.type} (${r.confidence}) — ${item.note}${verbose ? `\n    ${r.evidence.join(' | ')}` : ''}`);
    }
    console.log(`${name}: ${right}/${items.length} correct (${((100 * right) / items.length).toFixed(1)}%), most bytes read for one file ${bytes}`);
    return { right, total: items.length, bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (set === 'all') {
  // Every set in turn (what the accuracy tests check), then the whole.
  let right = 0;
  let total = 0;
  let bytes = 0;
  for (const [name, generate] of GENERATORS) {
    const r = await measure(name, generate);
    right += r.right;
    total += r.total;
    bytes = Math.max(bytes, r.bytes);
  }
  console.log(`all ${GENERATORS.size} sets: ${right}/${total} correct (${((100 * right) / total).toFixed(1)}%), most bytes read for one file ${bytes}`);
} else {
  const generate = GENERATORS.get(set);
  if (!generate) throw new Error(`unknown set '${set}': one of all, ${[...GENERATORS.keys()].join(', ')}`);
  await measure(set, generate);
}
