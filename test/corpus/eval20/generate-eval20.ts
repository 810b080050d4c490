/**
 * Evaluation corpus eval20: realistic documents from a sponsoring agency's acquisition office shared drive
 * (the CSP's and 3PAO's deliverables plus the COR's own acquisition paperwork), each labelled with the
 * deliverable code a FedRAMP reviewer would give it (DOMAIN.md taxonomy), UNKNOWN for look-alikes.
 * Deterministic: fixed dates in documents and zip entries, seeded randomness.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { agencyDocs } from './docs/agency.js';
import { attachmentsA } from './docs/attachments-a.js';
import { attachmentsB } from './docs/attachments-b.js';
import { conmonDocs } from './docs/conmon.js';
import { oscalDocs } from './docs/oscal.js';
import { coreDocs } from './docs/ssp-sap-sar.js';
import { unknownAcq } from './docs/unknown-acq.js';
import { unknownOther } from './docs/unknown-other.js';
import type { DocDef } from './kit/types.js';

export interface Eval20Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export const EVAL20_DEFS: readonly DocDef[] = [
  ...coreDocs,
  ...oscalDocs,
  ...conmonDocs,
  ...agencyDocs,
  ...attachmentsA,
  ...attachmentsB,
  ...unknownAcq,
  ...unknownOther,
];

export async function buildEval20Docs(): Promise<Eval20Doc[]> {
  const out: Eval20Doc[] = [];
  // Sequential: keeps the two shared cores free for others and the output order stable.
  for (const d of EVAL20_DEFS) out.push({ file: d.file, expected: d.expected, note: d.note, data: await d.make() });
  return out;
}

export async function generateEval20Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval20Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
