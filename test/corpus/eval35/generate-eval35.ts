import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessmentDocs } from './docs/assessment.js';
import { attachmentDocs } from './docs/attachments.js';
import { machineDocs } from './docs/machine.js';
import { sspFamilyDocs } from './docs/ssp-family.js';
import { unknownDocs } from './docs/unknown.js';
import { workbookDocs } from './docs/workbooks.js';
import type { Eval35Doc } from './kit/types.js';

export type { Eval35Doc } from './kit/types.js';

/** Every document of the eval35 corpus, in memory, in a fixed order. */
export async function buildEval35Docs(): Promise<Eval35Doc[]> {
  const groups = [await sspFamilyDocs(), await attachmentDocs(), await assessmentDocs(), await workbookDocs(), await machineDocs(), await unknownDocs()];
  return groups.flat();
}

/** Writes the corpus into `dir` and returns the labels. */
export async function generateEval35Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval35Docs();
  for (const doc of docs) await writeFile(join(dir, doc.file), doc.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
