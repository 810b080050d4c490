/**
 * eval30: an independent, labelled evaluation set for the deliverable classifier, written from the point of view
 * of a small managed-service provider whose FedRAMP Moderate SaaS leverages an authorized IaaS.
 * Labels follow the content of each document, never its file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { attachmentPlans } from './docs-attachments.js';
import { corePlans } from './docs-core.js';
import { machinePlans } from './docs-machine.js';
import { sheetPlans } from './docs-sheets.js';
import { unknownPlans } from './docs-unknown.js';

export interface Eval30Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

const PLANS = [...corePlans, ...attachmentPlans, ...sheetPlans, ...machinePlans, ...unknownPlans];

export async function buildEval30Docs(): Promise<Eval30Doc[]> {
  const docs: Eval30Doc[] = [];
  for (const plan of PLANS) {
    docs.push({ file: plan.file, expected: plan.expected, note: plan.note, data: await plan.build() });
  }
  return docs;
}

export async function generateEval30Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval30Docs();
  for (const doc of docs) await writeFile(join(dir, doc.file), doc.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
