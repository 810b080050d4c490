import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { generateCorpus, type CorpusItem } from '../corpus/generate.js';

/**
 * The realistic corpus: every deliverable type in its usual formats, UNKNOWN look-alikes, misleading
 * names. Each document must be labelled as the corpus says; the accuracy figure itself is measured by
 * `npm run classify:accuracy` on a set the classifier was not tuned on.
 */
describe.each(['train', 'holdout'] as const)('the %s corpus', (set) => {
  let dir: string;
  let items: CorpusItem[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `intake-corpus-${set}-`));
    items = await generateCorpus(dir, set);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('labels every document as the corpus says', async () => {
    const wrong: string[] = [];
    for (const item of items) {
      const source = await FileByteSource.open(join(dir, item.file));
      const result = await classifyDocument(source, { fileName: item.file }).finally(() => source.close());
      if (result.type !== item.expected) wrong.push(`${item.file}: expected ${item.expected}, got ${result.type} (${item.note})`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
