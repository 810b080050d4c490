/**
 * eval14: an independent evaluation corpus written from the point of view of a hyperscale IaaS/PaaS provider's federal
 * team (Corvane Cloud, FedRAMP High) and the agencies leveraging its authorization. Labels follow DOMAIN.md.
 * Everything is built from this folder and the project's own fixtures (test/fixtures), deterministically.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessDocs } from './docs-assess.js';
import { dataDocs } from './docs-data.js';
import { planDocs } from './docs-plans.js';
import { unknownDocs } from './docs-unknown.js';
import type { EvalDoc } from './front.js';

export type { EvalDoc };

/** Every eval14 document in memory, in a fixed order. */
export async function buildEval14Docs(): Promise<EvalDoc[]> {
  const groups = await Promise.all([planDocs(), dataDocs(), assessDocs(), unknownDocs()]);
  return groups.flat();
}

/** Writes every eval14 document into `dir` and returns the labels. */
export async function generateEval14Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval14Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
