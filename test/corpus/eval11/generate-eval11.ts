/**
 * eval11: an independent evaluation corpus for the deliverable classifier, seen from one agency ISSO's
 * inbox (five CSPs of different sizes and house styles, their 3PAOs, and the agency's own paperwork).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './actors11.js';
import { dataDocs } from './data11.js';
import { otherDocs } from './others11.js';
import { planDocs } from './plans11.js';

export type { EvalDoc };

/** Every document of the corpus, in memory. */
export async function buildEval11Docs(): Promise<EvalDoc[]> {
  return [...(await planDocs()), ...(await dataDocs()), ...(await otherDocs())];
}

/** Write the corpus into `dir` and return the labels. */
export async function generateEval11Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval11Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
