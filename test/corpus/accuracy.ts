// The regression guard over the evaluation corpora (eval-sets.ts): every later change must keep
// labelling them as their authors did; `npm run classify:accuracy -- <set>` prints the same comparison.
// Three test files share the sets so that jest's workers can take a part each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { CLASSIFY_LIMITS } from '../../functions/core/classify/limits.js';
import type { EvalSet } from './eval-sets.js';

/**
 * Defines, for each set, a test that generates it and checks every label and the read budget. A set
 * may name the misses still open (file → why): the test then wants exactly those, so fixing one or
 * adding another both show.
 */
export function describeEvalSets(sets: readonly EvalSet[]): void {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'intake-eval-'));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  for (const { name: set, generate, open = {} } of sets) describe(`the ${set} corpus`, () => {
    it('is labelled as its author labelled it, within the read budget', async () => {
      const dir = join(root, set);
      const items = await generate(dir);
      expect(items.length).toBeGreaterThanOrEqual(50);
      expect(new Set(items.map((i) => i.file)).size).toBe(items.length);
      const wrong: { file: string; detail: string }[] = [];
      for (const item of items) {
        const source = await FileByteSource.open(join(dir, item.file));
        const result = await classifyDocument(source, { fileName: item.file }).finally(() => source.close());
        if (result.type !== item.expected) wrong.push({ file: item.file, detail: `${item.file}: expected ${item.expected}, got ${result.type} — ${item.note}` });
        expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
      }
      const unexpected = wrong.filter((w) => !(w.file in open)).map((w) => w.detail);
      const fixed = Object.keys(open).filter((file) => !wrong.some((w) => w.file === file));
      expect({ unexpected, fixed }).toEqual({ unexpected: [], fixed: [] });
    }, 120_000);
  });
}
