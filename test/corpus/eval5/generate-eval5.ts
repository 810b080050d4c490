// Fifth evaluation corpus: ~70 realistic FedRAMP documents (and hard look-alikes that are not deliverables),
// written without reading the classifier or the other corpora. Deterministic: the same bytes every run.
//   generateEval5Corpus(dir) writes them into dir and returns {file, expected, note} for each.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assessmentDocs } from './assessments.js';
import type { Eval5Doc, Eval5Entry } from './kit.js';
import { letterAndFormDocs } from './letters-and-forms.js';
import { officeLookalikeDocs } from './lookalikes-office.js';
import { textLookalikeDocs } from './lookalikes-text.js';
import { operationalPlanDocs } from './operational-plans.js';
import { oscalDocs } from './oscal.js';
import { scanDocs } from './scans.js';
import { securityPlanDocs } from './security-plans.js';
import { workbookDocs } from './workbooks.js';

export type { Eval5Entry } from './kit.js';

/** Builds every document in memory (no I/O besides reading the OSCAL fixtures). */
export async function buildEval5Docs(): Promise<Eval5Doc[]> {
  const families: Eval5Doc[][] = [
    await securityPlanDocs(),
    await operationalPlanDocs(),
    await assessmentDocs(),
    await letterAndFormDocs(),
    await workbookDocs(),
    await oscalDocs(),
    scanDocs(),
    await officeLookalikeDocs(),
    textLookalikeDocs(),
  ];
  return families.flat();
}

export async function generateEval5Corpus(dir: string): Promise<Eval5Entry[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval5Docs();
  const seen = new Set<string>();
  const entries: Eval5Entry[] = [];
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`eval5: duplicate file name ${d.file}`);
    seen.add(d.file);
    await writeFile(join(dir, d.file), d.data);
    entries.push({ file: d.file, expected: d.expected, note: d.note });
  }
  return entries;
}
