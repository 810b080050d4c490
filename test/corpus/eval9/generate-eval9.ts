import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { agencyDocs } from './content/agency.js';
import { assessmentDocs } from './content/assessment.js';
import { attachmentDocs } from './content/attachments.js';
import { conmonDocs } from './content/conmon.js';
import { oscalDocs } from './content/oscal.js';
import { otherDocs } from './content/other.js';
import { sspDocs } from './content/ssp.js';
import type { EvalDoc } from './kit/types.js';

export type { EvalDoc } from './kit/types.js';

/**
 * Builds every eval9 document in memory: a 3PAO's view of three CSPs (a High IaaS, a Low SaaS and an LI-SaaS),
 * their sponsoring agencies and the FedRAMP PMO. Labels follow the content, never the file name.
 */
export async function buildEval9Docs(): Promise<EvalDoc[]> {
  return [
    ...(await sspDocs()),
    ...(await assessmentDocs()),
    ...(await agencyDocs()),
    ...(await attachmentDocs()),
    ...(await conmonDocs()),
    ...oscalDocs(),
    ...(await otherDocs()),
  ];
}

/** Writes every eval9 document into `dir` and returns the labels. */
export async function generateEval9Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval9Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
