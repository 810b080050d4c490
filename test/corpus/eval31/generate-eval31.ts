/**
 * Independent evaluation corpus eval31: documents of a CSP's technical-writing team (Word power users
 * with a SharePoint-style DMS), their 3PAO and agency. Labels follow content (DOMAIN.md), never names.
 * OSCAL documents start from the FedRAMP templates under test/fixtures/oscal (see that folder's SOURCES.md).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessDocs } from './docs-assess.js';
import { lookalikeDocs } from './docs-lookalikes.js';
import { planDocs } from './docs-plans.js';
import type { EvalDoc } from './kit/types.js';

export type { EvalDoc } from './kit/types.js';

/** Every document of the corpus, in memory. */
export async function buildEval31Docs(): Promise<EvalDoc[]> {
  return [...(await planDocs()), ...(await assessDocs()), ...(await lookalikeDocs())];
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval31Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval31Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
