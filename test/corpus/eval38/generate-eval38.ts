import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { CorpusDoc } from './kit/model.js';
import { planDocs } from './docs-plans.js';
import { plan2Docs } from './docs-plans2.js';
import { assessDocs } from './docs-assess.js';
import { sheetDocs } from './docs-sheets.js';
import { oscalDocs } from './docs-oscal.js';
import { scanDocs } from './docs-scans.js';
import { unknownDocs } from './docs-unknown.js';

export type { CorpusDoc };

/** Build every eval38 document in memory (deterministic: same bytes on every run). */
export async function buildEval38Docs(): Promise<CorpusDoc[]> {
  const builders = [...planDocs, ...plan2Docs, ...assessDocs, ...sheetDocs, ...oscalDocs, ...scanDocs, ...unknownDocs];
  const docs: CorpusDoc[] = [];
  for (const build of builders) docs.push(await build());
  return docs;
}

/** Write the eval38 corpus into `dir` and return the labels. */
export async function generateEval38Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval38Docs();
  for (const doc of docs) await writeFile(join(dir, doc.file), doc.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
