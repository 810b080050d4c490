import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs } from './docs-attach.js';
import { conmonDocs } from './docs-conmon.js';
import { coreDocs } from './docs-core.js';
import { unknownDocs } from './docs-unknown.js';
import type { EvalDoc } from './kit/common.js';

export type { EvalDoc };

/** Every document of the eval39 corpus (legal-tech CSP persona), in memory. */
export async function buildEval39Docs(): Promise<EvalDoc[]> {
  return [...(await coreDocs()), ...(await attachmentDocs()), ...(await conmonDocs()), ...(await unknownDocs())];
}

/** Writes the corpus into `dir` and returns the labels. */
export async function generateEval39Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval39Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
