/**
 * Independent evaluation corpus "eval7": a small start-up CSP's first FedRAMP Moderate agency authorization.
 * Documents are written as such a company writes them (Google Docs / Notion / Confluence exports, sloppy titles,
 * missing or stale metadata) plus the agency's and the 3PAO's documents and start-up look-alikes labelled UNKNOWN.
 * Labels follow the content only; file names are often neutral and sometimes misleading.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { DeliverableType as DeliverableTypeSchema } from '../../../functions/core/domain/deliverables.js';
import { agencyDocs } from './content/agency.js';
import { assessmentDocs } from './content/assessment.js';
import { attachmentDocs } from './content/attachments.js';
import { lookalikeDocs } from './content/lookalikes.js';
import { oscalDocs } from './content/oscal.js';
import { planDocs } from './content/plans.js';
import { policyDocs } from './content/policies.js';
import { scanDocs } from './content/scans.js';
import { sheetDocs } from './content/sheets.js';
import { sspDocs } from './content/ssp.js';

export interface Eval7Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** Builds every document in memory (same bytes on every run). */
export async function buildEval7Docs(): Promise<Eval7Doc[]> {
  const groups = [
    await sspDocs(),
    await policyDocs(),
    await attachmentDocs(),
    await planDocs(),
    await assessmentDocs(),
    await agencyDocs(),
    await sheetDocs(),
    oscalDocs(),
    scanDocs(),
    await lookalikeDocs(),
  ];
  return groups.flat().map((d) => ({ ...d, expected: DeliverableTypeSchema.parse(d.expected) }));
}

/** Writes the corpus into `dir` and returns the labels. */
export async function generateEval7Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval7Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
