/**
 * eval22: an independent, labelled evaluation corpus for the document classifier, written from the point of
 * view of a federal systems integrator's FedRAMP program office (CDRL cover sheets, transmittals, export and
 * distribution notices, SharePoint footers) with the office's own papers as hard UNKNOWN look-alikes.
 * Labels follow DOMAIN.md's taxonomy and the content, never the file name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { deliverables } from './content/catalog-deliverables.js';
import { unknowns } from './content/catalog-unknown.js';

export interface Eval22Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export async function buildEval22Docs(): Promise<Eval22Doc[]> {
  const pending = [...deliverables(), ...unknowns()];
  const out: Eval22Doc[] = [];
  // One at a time: the renderers are CPU-bound and the order keeps the output identical run to run.
  for (const d of pending) out.push({ file: d.file, expected: d.expected, note: d.note, data: await d.make() });
  return out;
}

export async function generateEval22Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval22Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
