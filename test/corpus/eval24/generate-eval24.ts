/**
 * Evaluation corpus 24: an independent, labelled set of realistic documents as a university research-cloud CSP
 * (Allegheny Ridge University, "Ridgeline Research Cloud"), its 3PAO and its sponsoring agency would exchange,
 * plus academic look-alikes that are not FedRAMP deliverables (UNKNOWN). Labels follow content, never names.
 * Deterministic: fixed dates in every document and zip entry, seeded randomness.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { writeDocx } from './kit/docx.js';
import { writePdf } from './kit/pdf.js';
import type { DocSpec } from './kit/spec.js';
import { attachments1 } from './content/attachments1.js';
import { attachments2 } from './content/attachments2.js';
import { assessDocs } from './content/assess.js';
import { machineDocs } from './content/machine.js';
import { sheetDocs } from './content/sheets.js';
import { sspModel } from './content/ssp.js';
import { unknown1 } from './content/unknown1.js';
import { unknown2 } from './content/unknown2.js';

export interface Eval24Doc { file: string; expected: DeliverableType; note: string; data: Buffer | string }

const sspDocs: DocSpec[] = [
  { file: 'RRC_SSP_Moderate_v2.3.docx', expected: 'SSP', note: 'FedRAMP Moderate System Security Plan in Word: categorization, owner, boundary, control implementation statements; stale template metadata.', build: () => writeDocx(sspModel('docx')) },
  { file: 'Ridgeline_SSP_v3.0.pdf', expected: 'SSP', note: 'The System Security Plan as a typeset PDF with bold-paragraph headings.', build: () => writePdf(sspModel('pdf')) },
];

const SPECS: DocSpec[] = [...sspDocs, ...attachments1, ...attachments2, ...sheetDocs, ...assessDocs, ...machineDocs, ...unknown1, ...unknown2];

/** Every document in memory, with its label. */
export async function buildEval24Docs(): Promise<Eval24Doc[]> {
  const out: Eval24Doc[] = [];
  for (const s of SPECS) out.push({ file: s.file, expected: s.expected, note: s.note, data: await s.build() });
  return out;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval24Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval24Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
