/**
 * Independent evaluation corpus #33: a first-time startup CSP's messy FedRAMP package (wiki exports,
 * Google Sheets downloads, drafts with template instruction text) plus look-alike documents of its world.
 * Labels follow the content only; see each document's `note`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs } from './docs-attachments.js';
import { coreDocs } from './docs-core.js';
import { oscalDocs } from './docs-oscal.js';
import { sheetDocs } from './docs-sheets.js';
import { unknownDocs } from './docs-unknown.js';
import type { EvalDoc } from './world.js';

export type { EvalDoc } from './world.js';

/** Builds every document in memory, sequentially (libraries keep counters, so order is fixed). */
export async function buildEval33Docs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [];
  for (const make of [...coreDocs, ...attachmentDocs, ...sheetDocs, ...oscalDocs, ...unknownDocs]) docs.push(await make());
  const names = new Set<string>();
  for (const d of docs) {
    if (names.has(d.file)) throw new Error(`duplicate file name ${d.file}`);
    names.add(d.file);
  }
  return docs;
}

/** Writes the corpus into `dir` and returns the labels. */
export async function generateEval33Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval33Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
