import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { agencyDocs } from './docs/agency.js';
import { assessmentDocs } from './docs/assessment.js';
import { attachmentsA } from './docs/attachments-a.js';
import { attachmentsB } from './docs/attachments-b.js';
import { attachmentsC } from './docs/attachments-c.js';
import { lookalikeDocs } from './docs/lookalikes.js';
import { monitoringDocs } from './docs/monitoring.js';
import { sspDocs } from './docs/ssp.js';
import type { EvalDoc } from './kit/front.js';

export type { EvalDoc };

/** Builds every document of the eval34 corpus in memory, in a fixed order. */
export async function buildEval34Docs(): Promise<EvalDoc[]> {
  const groups = [sspDocs, attachmentsA, attachmentsB, attachmentsC, assessmentDocs, monitoringDocs, agencyDocs, lookalikeDocs];
  const out: EvalDoc[] = [];
  for (const g of groups) out.push(...(await g()));
  return out;
}

/** Writes the corpus into `dir` and returns the labels. */
export async function generateEval34Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval34Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
