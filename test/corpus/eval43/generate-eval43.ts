import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Entry } from './kit/entry.js';
import { assessEntries } from './docs/assess.js';
import { attachmentEntries } from './docs/attachments.js';
import { conmonEntries } from './docs/conmon.js';
import { sspEntries } from './docs/ssp.js';
import { unknownEntries } from './docs/unknown.js';

/**
 * Evaluation set 43: documents of a grants-management SaaS (its FedRAMP Moderate deliverables, its 3PAO's and
 * its sponsoring agency's) and look-alikes from the grants world. Labels follow content, never file names.
 */
const ENTRIES: Entry[] = [...sspEntries, ...attachmentEntries, ...assessEntries, ...conmonEntries, ...unknownEntries];

export interface Eval43Doc { file: string; expected: DeliverableType; note: string; data: Buffer | string }

export async function buildEval43Docs(): Promise<Eval43Doc[]> {
  const out: Eval43Doc[] = [];
  for (const e of ENTRIES) out.push({ file: e.file, expected: e.expected, note: e.note, data: await e.build() });
  return out;
}

export async function generateEval43Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval43Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
