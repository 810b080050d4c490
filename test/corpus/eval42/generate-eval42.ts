import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildAssessment } from './docs/assessment.js';
import { buildAttachmentsA } from './docs/attachments-a.js';
import { buildAttachmentsB } from './docs/attachments-b.js';
import { buildConmon } from './docs/conmon.js';
import { buildOscal } from './docs/oscal.js';
import { buildSsp } from './docs/ssp.js';
import { buildUnknown } from './docs/unknown.js';
import type { EvalDoc } from './kit/world.js';

/**
 * Evaluation corpus 42: the paperwork of a geospatial imagery SaaS (Meridian GeoWatch) seeking FedRAMP
 * Moderate, plus look-alikes from its export-controlled hardware and satellite-operations side.
 * Labels follow the content, never the file name.
 */
export async function buildEval42Docs(): Promise<EvalDoc[]> {
  const groups = [buildSsp, buildOscal, buildAttachmentsA, buildAttachmentsB, buildAssessment, buildConmon, buildUnknown];
  const docs: EvalDoc[] = [];
  for (const build of groups) docs.push(...(await build()));
  return docs;
}

export async function generateEval42Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval42Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
