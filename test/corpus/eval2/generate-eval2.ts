/**
 * A second, independent evaluation corpus for the content classifier: ~52 labelled documents written
 * without reference to the classifier or the first corpus. Deterministic; file names never reveal the type.
 *
 *   npx tsx test/corpus/eval2/generate-eval2.ts OUTDIR   (writes the files and OUTDIR/manifest.json)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Format, Item } from './kit.js';
import { lookalikes } from './lookalikes.js';
import { proseA } from './prose-a.js';
import { proseB } from './prose-b.js';
import { proseC } from './prose-c.js';
import { structured } from './structured.js';

export interface Eval2Entry {
  file: string;
  expected: string;
  format: Format;
  note: string;
}

export const EVAL2_ITEMS: readonly Item[] = [...proseA, ...proseB, ...proseC, ...structured, ...lookalikes];

export async function generateEval2Corpus(dir: string): Promise<Eval2Entry[]> {
  await mkdir(dir, { recursive: true });
  const names = new Set<string>();
  const manifest: Eval2Entry[] = [];
  for (const item of EVAL2_ITEMS) {
    if (names.has(item.name)) throw new Error(`duplicate file name ${item.name}`);
    names.add(item.name);
    await writeFile(join(dir, item.name), await item.build());
    manifest.push({ file: item.name, expected: item.expected, format: item.format, note: item.note });
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx test/corpus/eval2/generate-eval2.ts OUTDIR');
    process.exit(2);
  }
  const m = await generateEval2Corpus(resolve(out));
  console.log(`wrote ${m.length} documents and manifest.json to ${resolve(out)}`);
}
