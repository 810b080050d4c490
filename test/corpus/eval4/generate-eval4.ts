// Fourth evaluation corpus: ~65 realistic FedRAMP documents (and look-alikes that are not deliverables),
// written without reading the classifier or the other corpora. Deterministic: the same files every run.
//   generateEval4Corpus(dir) writes them into dir and returns {file, expected, note} for each.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Eval4Doc, Eval4Entry } from './build.js';
import { kitDocs } from './kit.js';
import { letterDocs } from './letters.js';
import { lookalikeDocs } from './lookalikes.js';
import { machineDocs } from './machine.js';
import { proseDocs } from './prose.js';
import { structuredDocs } from './structured.js';

export type { Eval4Entry } from './build.js';

export async function generateEval4Corpus(dir: string): Promise<Eval4Entry[]> {
  await mkdir(dir, { recursive: true });
  const families: Eval4Doc[][] = [await proseDocs(), await letterDocs(), await kitDocs(), await structuredDocs(), await machineDocs(), await lookalikeDocs()];
  const docs = families.flat();
  const seen = new Set<string>();
  const entries: Eval4Entry[] = [];
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`eval4: duplicate file name ${d.file}`);
    seen.add(d.file);
    await writeFile(join(dir, d.file), d.data);
    entries.push({ file: d.file, expected: d.expected, note: d.note });
  }
  return entries;
}
