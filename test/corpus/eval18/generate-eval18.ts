/**
 * Eval18: an independent, labelled evaluation corpus for the document classifier, written as the global
 * compliance office of a European cloud group (Nordhaus Cloud Group SE) whose US subsidiary holds a FedRAMP
 * High agency authorization. Deliverables follow FedRAMP's templates inside the group's own corporate
 * template; the UNKNOWN documents are the look-alikes such a group also holds (other national schemes,
 * ISO, GDPR, internal audit, governance and marketing documents).
 *
 * Run-time sources: test/fixtures/oscal (FedRAMP OSCAL templates) and test/fixtures/office (FedRAMP POA&M
 * and inventory templates), see those folders' SOURCES.md. Everything else is written here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { assessmentDocs } from './docs/assessment.js';
import { attachmentDocsA } from './docs/attachments-a.js';
import { attachmentDocsB } from './docs/attachments-b.js';
import { letterDocs } from './docs/letters.js';
import { lookalikeDocsA } from './docs/lookalikes-a.js';
import { lookalikeDocsB } from './docs/lookalikes-b.js';
import { oscalDocs } from './docs/oscal.js';
import { scanDocs } from './docs/scans.js';
import { sheetDocs } from './docs/sheets.js';
import { sspDocs } from './docs/ssp.js';
import type { EvalDoc } from './docs/types.js';

export type { EvalDoc } from './docs/types.js';

/** Every eval18 document in memory, in a fixed order. */
export async function buildEval18Docs(): Promise<EvalDoc[]> {
  const groups = [
    await sspDocs(),
    oscalDocs(),
    await assessmentDocs(),
    await attachmentDocsA(),
    await attachmentDocsB(),
    await letterDocs(),
    await sheetDocs(),
    scanDocs(),
    await lookalikeDocsA(),
    await lookalikeDocsB(),
  ];
  const docs = groups.flat();
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate eval18 file name: ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval18Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval18Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
