/**
 * Independent evaluation corpus 36: documents of an LLM document-analytics SaaS (Veridoc Analyst Cloud)
 * seeking FedRAMP Moderate, with AI-governance look-alikes labelled UNKNOWN. Labels follow content only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs, attachmentWorkbooks } from './docs-attach.js';
import { conmonDocs } from './docs-conmon.js';
import { coreDocs } from './docs-core.js';
import { unknownDocs } from './docs-unknown.js';
import type { CorpusDoc } from './kit/types.js';

export type { CorpusDoc } from './kit/types.js';

/** Every document of the corpus, in memory, in a fixed order. */
export async function buildEval36Docs(): Promise<CorpusDoc[]> {
  const groups = [await coreDocs(), await conmonDocs(), await attachmentDocs(), await attachmentWorkbooks(), await unknownDocs()];
  const docs = groups.flat();
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate file name ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval36Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval36Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
