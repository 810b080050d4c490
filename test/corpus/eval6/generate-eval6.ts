/**
 * eval6: an independent, labelled evaluation corpus written from the point of view of a large enterprise CSP and its
 * 3PAO using the FedRAMP Rev 5 templates formally (SharePoint/Word exports, PDFs printed from Word, multi-sheet
 * workbooks, OSCAL altered from the fixtures), plus hard enterprise look-alikes labelled UNKNOWN.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessmentDocs } from './docs/assessment.js';
import { attachmentDocs } from './docs/attachments.js';
import { authzDocs } from './docs/authz.js';
import { conmonDocs } from './docs/conmon.js';
import { sspDocs } from './docs/ssp.js';
import { unknownDocs } from './docs/unknown.js';
import type { EvalDoc } from './types.js';

export type { EvalDoc } from './types.js';

/** Every eval6 document in memory, in a fixed order. */
export async function buildEval6Docs(): Promise<EvalDoc[]> {
  const docs = [
    ...(await sspDocs()),
    ...(await assessmentDocs()),
    ...(await conmonDocs()),
    ...(await authzDocs()),
    ...(await attachmentDocs()),
    ...(await unknownDocs()),
  ];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate eval6 file name ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval6Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval6Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
