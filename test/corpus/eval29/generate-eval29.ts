/**
 * Eval29: an independent labelled corpus (a Kubernetes PaaS CSP's world) for measuring the classifier once.
 * Labels follow the content, never the file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachDocs } from './docs-attach29.js';
import { coreDocs } from './docs-core29.js';
import { dataDocs } from './docs-data29.js';
import { unknownDocs } from './docs-unknown29.js';
import type { Eval29Doc } from './world29.js';

export type { Eval29Doc };

export async function buildEval29Docs(): Promise<Eval29Doc[]> {
  return [...(await coreDocs()), ...(await attachDocs()), ...(await dataDocs()), ...(await unknownDocs())];
}

export async function generateEval29Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval29Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
