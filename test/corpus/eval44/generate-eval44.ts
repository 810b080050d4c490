/**
 * Eval44 corpus: an independent, labelled set of documents from a telecom CSP (UCaaS/CCaaS) world,
 * used to measure the classifier once. Deterministic: same bytes on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs } from './docs-attachments.js';
import { coreDocs } from './docs-core.js';
import { lookalikeDocs } from './docs-lookalikes.js';
import { machineDocs } from './docs-machine.js';
import { sheetDocs } from './docs-sheets.js';
import type { EvalDoc } from './types.js';

export type { EvalDoc } from './types.js';

/** Every eval44 document in memory, with its expected label and a one-sentence note. */
export async function buildEval44Docs(): Promise<EvalDoc[]> {
  const groups = [await coreDocs(), await attachmentDocs(), await sheetDocs(), await machineDocs(), await lookalikeDocs()];
  return groups.flat();
}

/** Write every document into `dir` and return the labels. */
export async function generateEval44Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval44Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
