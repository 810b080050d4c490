/**
 * Evaluation corpus eval23: the engagement folder of a junior assessor at a small 3PAO, holding the
 * deliverables of two FedRAMP Moderate assessments (received from the CSPs, produced by the firm, or
 * shared by the agencies) and the assessor's own working papers (labelled UNKNOWN).
 * Run-time sources: only project fixtures under test/fixtures (via test/support/fixtures.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessmentDocs } from './docs-assessment.js';
import { attachmentDocs } from './docs-attachments.js';
import { sspDocs } from './docs-ssp.js';
import { unknownDocs } from './docs-unknown.js';
import type { EvalDoc } from './types.js';

export type { EvalDoc } from './types.js';

export async function buildEval23Docs(): Promise<EvalDoc[]> {
  const docs = [...(await sspDocs()), ...(await attachmentDocs()), ...(await assessmentDocs()), ...(await unknownDocs())];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate file name in eval23: ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

export async function generateEval23Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval23Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
