/**
 * eval27: an independent labelled evaluation corpus written from the point of view of a non-US CSP group
 * (German/Indian engineering group with a US federal subsidiary). Labels follow content, never file names.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentDocs } from './content-attachments.js';
import { coreDocs } from './content-core.js';
import { dataDocs } from './content-data.js';
import { unknownDocs } from './content-unknown.js';
import type { Eval27Doc } from './prose.js';

export type { Eval27Doc } from './prose.js';

/** Every eval27 document in memory. */
export async function buildEval27Docs(): Promise<Eval27Doc[]> {
  return [...(await coreDocs()), ...(await attachmentDocs()), ...(await dataDocs()), ...(await unknownDocs())];
}

/** Writes every eval27 document into `dir` and returns the labels. */
export async function generateEval27Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval27Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
