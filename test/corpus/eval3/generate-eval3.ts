/**
 * Third independent evaluation set: ~50 labelled FedRAMP documents (two per deliverable code, plus UNKNOWN
 * look-alikes), written without reference to the classifier or the other corpora.
 * Usage: npx tsx test/corpus/eval3/generate-eval3.ts OUTDIR
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashString } from '../lib/rng.js';
import { proseDocs } from './prose.js';
import { structuredDocs } from './structured.js';

export interface Eval3Entry {
  file: string;
  expected: string;
  format: string;
  note: string;
}

export async function generateEval3Corpus(dir: string): Promise<Eval3Entry[]> {
  await mkdir(dir, { recursive: true });
  const docs = [...(await proseDocs()), ...(await structuredDocs())];
  const manifest: Eval3Entry[] = [];
  const used = new Set<string>();
  for (const [i, d] of docs.entries()) {
    let stem = `e3-${(hashString(`eval3:${i}:${d.note}`) >>> 0).toString(16).padStart(8, '0')}`;
    while (used.has(stem)) stem += 'x';
    used.add(stem);
    const file = `${stem}.${d.format}`;
    await writeFile(join(dir, file), d.data);
    manifest.push({ file, expected: d.expected, format: d.format, note: d.note });
  }
  manifest.sort((a, b) => a.file.localeCompare(b.file));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: generate-eval3.ts OUTDIR');
    process.exit(2);
  }
  const m = await generateEval3Corpus(out);
  console.log(`wrote ${m.length} documents to ${out}`);
}
