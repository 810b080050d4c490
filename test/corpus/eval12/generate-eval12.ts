/**
 * eval12: an independent, labelled evaluation corpus written from the point of view of an automation-first PaaS
 * provider (compliance as code: OSCAL, markdown rendered with pandoc, pipeline scanner outputs, GRC exports).
 * Labels follow the content, never the file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachDocs } from './docs-attach.js';
import { lookalikeDocs } from './docs-lookalike.js';
import { machineDocs } from './docs-machine.js';
import { oscalDocs } from './docs-oscal.js';
import { proseDocs } from './docs-prose.js';
import type { EvalDoc } from './types.js';

export type { EvalDoc };

export async function buildEval12Docs(): Promise<EvalDoc[]> {
  const parts = await Promise.all([Promise.resolve(oscalDocs()), machineDocs(), proseDocs(), attachDocs(), lookalikeDocs()]);
  return parts.flat();
}

export async function generateEval12Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  const docs = await buildEval12Docs();
  await mkdir(dir, { recursive: true });
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
