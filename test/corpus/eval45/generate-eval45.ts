/**
 * eval45: an independent labelled corpus written from the point of view of an OT-monitoring SaaS
 * provider (energy and water utilities) seeking FedRAMP Moderate, with look-alikes from the NERC CIP,
 * IEC 62443, AWIA and TSA world. Labels follow content, never file names.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs } from './docs-attachments.js';
import { conmonDocs } from './docs-conmon.js';
import { coreDocs } from './docs-core.js';
import { unknownDocs } from './docs-unknown.js';
import type { EvalDoc } from './types.js';

export type { EvalDoc } from './types.js';

/** Every document of the set, in memory, in a fixed order. */
export async function buildEval45Docs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [];
  // Sequential on purpose: some libraries keep module-level counters, so a fixed order keeps bytes fixed.
  for (const part of [coreDocs, attachmentDocs, conmonDocs, unknownDocs]) docs.push(...(await part()));
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval45Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval45Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
