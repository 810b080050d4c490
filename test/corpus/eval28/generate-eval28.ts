import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentSheetDocs } from './docs/attachment-sheets.js';
import { attachmentDocs } from './docs/attachments.js';
import { formDocs } from './docs/forms.js';
import { inventoryDocs } from './docs/inventory.js';
import { packageDocs } from './docs/package.js';
import { poamDocs } from './docs/poam.js';
import { scanDocs } from './docs/scans.js';
import { unknownDocs } from './docs/unknowns.js';
import type { EvalDoc } from './kit/types.js';

export type { EvalDoc } from './kit/types.js';

/** Every document of the eval28 set, in memory, with its expected label. */
export async function buildEval28Docs(): Promise<EvalDoc[]> {
  return [
    ...(await poamDocs()),
    ...(await inventoryDocs()),
    ...scanDocs(),
    ...(await packageDocs()),
    ...(await formDocs()),
    ...(await attachmentDocs()),
    ...(await attachmentSheetDocs()),
    ...(await unknownDocs()),
  ];
}

/** Writes the eval28 set into `dir` and returns the labels. */
export async function generateEval28Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval28Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
