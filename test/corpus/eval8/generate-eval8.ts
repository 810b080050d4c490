/**
 * eval8: an independent evaluation corpus for the deliverable classifier.
 *
 * Persona: a mid-size CSP (Meridian Ledger Systems, "LedgerCloud Government", FedRAMP Moderate SaaS) already
 * authorized and in continuous monitoring, its 3PAO doing the annual assessment, and agencies leveraging the
 * package. Heavy on monthly deliverables (POA&M drift, scan exports from many tools, inventories, change and
 * deviation requests) and on ConMon look-alikes that are not deliverables.
 *
 * Labels follow the content, never the file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs1 } from './docs-attach1.js';
import { attachmentDocs2 } from './docs-attach2.js';
import { coreDocs } from './docs-core.js';
import { poamInventoryDocs } from './docs-poam-inv.js';
import { requestDocs } from './docs-requests.js';
import { scanDocs } from './docs-scans.js';
import { unknownDocs } from './docs-unknown.js';
import type { CorpusDoc } from './world.js';

export type { CorpusDoc } from './world.js';

/** Every document of the corpus, in memory. */
export async function buildEval8Docs(): Promise<CorpusDoc[]> {
  const groups = [await coreDocs(), await poamInventoryDocs(), await scanDocs(), await requestDocs(), await attachmentDocs1(), await attachmentDocs2(), await unknownDocs()];
  return groups.flat();
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval8Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval8Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
