/**
 * eval13: an independent, labelled evaluation corpus (persona: a mid-size health SaaS CSP preparing a
 * FedRAMP Moderate agency authorization, with drafts, finals, memos and many look-alikes).
 * Every file is built deterministically from code and the project's own fixtures (test/fixtures).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Entry } from './kit.js';
import { sspEntries } from './docs-ssp.js';
import { attEntries } from './docs-att.js';
import { assessEntries } from './docs-assess.js';
import { dataEntries } from './docs-data.js';
import { unknownEntries } from './docs-unknown.js';

export interface Eval13Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export const EVAL13_ENTRIES: readonly Entry[] = [...sspEntries, ...attEntries, ...assessEntries, ...dataEntries, ...unknownEntries];

export async function buildEval13Docs(): Promise<Eval13Doc[]> {
  const out: Eval13Doc[] = [];
  for (const e of EVAL13_ENTRIES) out.push({ file: e.file, expected: e.expected, note: e.note, data: await e.build() });
  return out;
}

export async function generateEval13Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval13Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
