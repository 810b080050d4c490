import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { agencySpecs } from './docs/agency.js';
import { assessmentSpecs } from './docs/assessment.js';
import { attachmentSpecs } from './docs/attachments.js';
import type { Spec } from './docs/common.js';
import { conmonSpecs } from './docs/conmon.js';
import { sspSpecs } from './docs/ssp.js';
import { unknownSpecs } from './docs/unknown.js';

/**
 * Evaluation set 21: documents written the way a developer-tools CSP that keeps every document as code
 * produces them (Pandoc docx, LaTeX/Sphinx/Asciidoctor PDFs, AsciiDoc/reST/Markdown sources, Airtable/Numbers
 * CSV exports), plus the 3PAO's and the agency's documents and hard UNKNOWN look-alikes from the same repo.
 * Labels follow DOMAIN.md's taxonomy; the content decides, never the file name.
 */
export interface Eval21Doc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}

export const EVAL21_SPECS: readonly Spec[] = [...sspSpecs, ...assessmentSpecs, ...conmonSpecs, ...attachmentSpecs, ...agencySpecs, ...unknownSpecs];

export async function buildEval21Docs(): Promise<Eval21Doc[]> {
  const seen = new Set<string>();
  const out: Eval21Doc[] = [];
  for (const spec of EVAL21_SPECS) {
    if (seen.has(spec.file)) throw new Error(`eval21: duplicate file name ${spec.file}`);
    seen.add(spec.file);
    out.push({ file: spec.file, expected: spec.expected, note: spec.note, data: await spec.build() });
  }
  return out;
}

export async function generateEval21Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval21Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
