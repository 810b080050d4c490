/**
 * eval46: an independent labelled corpus in the style of a long-established CSP's compliance archive
 * (Word 2007/2010 compatibility-mode files, LibreOffice conversions, Distiller PDFs, OCR scans, 8.3 and
 * "Copy of" names) plus look-alike archive records labelled UNKNOWN.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Doc } from './front.js';
import { coreDocs } from './docs-core.js';
import { attachDocs } from './docs-attach.js';
import { unknownProseDocs } from './docs-unknown.js';
import { dataDocs } from './docs-data.js';

export type Eval46Doc = Doc;

export async function buildEval46Docs(): Promise<Eval46Doc[]> {
  const docs = [...(await coreDocs()), ...(await attachDocs()), ...(await dataDocs()), ...(await unknownProseDocs())];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.file)) throw new Error(`duplicate file name in eval46: ${d.file}`);
    seen.add(d.file);
  }
  return docs;
}

export async function generateEval46Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval46Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
