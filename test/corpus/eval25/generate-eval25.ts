/**
 * eval25: an independent labelled corpus written from the point of view of a B2B SaaS CSP's GRC manager.
 * Real deliverables come from GRC (Word, Excel, PDF, OSCAL from the GRC tool, scanner exports); the UNKNOWN
 * look-alikes come from Legal and Customer Trust (contracts, trust-center material, third-party attestations).
 * Labels follow the content as DOMAIN.md's taxonomy defines it, never the file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { machineDocs } from './docs-machine.js';
import { packageDocs } from './docs-package.js';
import { planDocs } from './docs-plans.js';
import { sheetDocs } from './docs-sheets.js';
import { unknownDocs } from './docs-unknown.js';
import type { Eval25Doc } from './types.js';

export type { Eval25Doc } from './types.js';

/** Every document of the corpus, in memory, in a fixed order. */
export async function buildEval25Docs(): Promise<Eval25Doc[]> {
  const docs: Eval25Doc[] = [];
  docs.push(...(await planDocs()));
  docs.push(...(await packageDocs()));
  docs.push(...(await sheetDocs()));
  docs.push(...(await machineDocs()));
  docs.push(...(await unknownDocs()));
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate file name in eval25: ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval25Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval25Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
