/**
 * Evaluation corpus 17: documents from a two-person security team at a 60-person defense-tech SaaS
 * moving from CMMC Level 2 to a FedRAMP Moderate Agency authorization. Mostly Google Docs/Sheets
 * exports (no or minimal docProps, Title-styled or large bold titles, comments left in), 3PAO Word
 * and PDF files, OSCAL, scanner exports, wiki markdown, pasted e-mails and Slack threads, and hard
 * look-alikes from the CMMC/DFARS world that are not FedRAMP deliverables.
 *
 * Run-time sources: only files inside the project (OSCAL templates under test/fixtures/oscal via
 * test/support/fixtures.ts); everything else is written here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessmentDocs } from './docs/assessment.js';
import { attachmentDocsA } from './docs/attachments-a.js';
import { attachmentDocsB } from './docs/attachments-b.js';
import type { EvalDoc } from './docs/common.js';
import { conmonDocs } from './docs/conmon.js';
import { scanDocs } from './docs/scans.js';
import { sspDocs } from './docs/ssp.js';
import { unknownDocsA } from './docs/unknown-a.js';
import { unknownDocsB } from './docs/unknown-b.js';
import { workbookDocs } from './docs/workbooks.js';

export type { EvalDoc } from './docs/common.js';

/** Every document of the corpus, in memory, in a fixed order. */
export async function buildEval17Docs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [
    ...(await sspDocs()),
    ...(await assessmentDocs()),
    ...(await workbookDocs()),
    ...scanDocs(),
    ...(await attachmentDocsA()),
    ...(await attachmentDocsB()),
    ...(await conmonDocs()),
    ...(await unknownDocsA()),
    ...(await unknownDocsB()),
  ];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`eval17: duplicate file name ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval17Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval17Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
