import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './kit/common.js';
import { attachmentsA } from './docs/attachments-a.js';
import { attachmentsB } from './docs/attachments-b.js';
import { coreDocs } from './docs/core.js';
import { conmonDocs } from './docs/conmon.js';
import { lookalikeDocs } from './docs/lookalikes.js';

/** Builds every document of the eval40 corpus (payments/fintech CSP persona) in memory. */
export async function buildEval40Docs(): Promise<EvalDoc[]> {
  return [...(await coreDocs()), ...(await attachmentsA()), ...(await attachmentsB()), ...(await conmonDocs()), ...(await lookalikeDocs())];
}

/** Writes the corpus into `dir` and returns its labels. */
export async function generateEval40Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval40Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
