/**
 * Independent evaluation corpus 16: documents as a GRC-automation-heavy SaaS CSP produces them
 * (tool-rendered Office/PDF files, OSCAL exports in JSON/YAML/XML, scanner and spreadsheet exports),
 * each labelled with the deliverable a FedRAMP reviewer would assign from its content.
 * Sources: project fixtures under test/fixtures (OSCAL templates and examples by GSA/FedRAMP, see
 * test/fixtures/oscal/SOURCES.md); everything else is written here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { CorpusDoc } from './kit/corpus.js';
import { assessmentDocs } from './docs/assessment.js';
import { inventoryDocs, poamDocs, requestDocs } from './docs/conmon.js';
import { formDocs } from './docs/forms.js';
import { planDocs } from './docs/plans.js';
import { scanDocs } from './docs/scans.js';
import { sspDocs } from './docs/ssp.js';
import { officeUnknownDocs } from './docs/unknowns.js';
import { oscalUnknownDocs } from './docs/unknowns-oscal.js';

export type { CorpusDoc } from './kit/corpus.js';

/** Every document of the corpus, in memory, in a fixed order. */
export async function buildEval16Docs(): Promise<CorpusDoc[]> {
  const groups = [
    await sspDocs(),
    await planDocs(),
    await formDocs(),
    await assessmentDocs(),
    await poamDocs(),
    scanDocs(),
    await inventoryDocs(),
    await requestDocs(),
    await oscalUnknownDocs(),
    await officeUnknownDocs(),
  ];
  const docs = groups.flat();
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate file name in eval16: ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval16Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval16Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
