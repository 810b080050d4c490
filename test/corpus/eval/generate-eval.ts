/**
 * Independent evaluation corpus for the document classifier.
 *
 * Written without looking at the classifier or at the tuned corpus (test/corpus/text, test/corpus/families):
 * its own companies, phrasing, outlines and layouts. Only the low-level writers of ../lib are shared.
 *
 *   npx tsx test/corpus/eval/generate-eval.ts OUTDIR     writes OUTDIR/<files> and OUTDIR/manifest.json
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assessmentDocs } from './assessment.js';
import { attachmentsA } from './attachments-a.js';
import { attachmentsB } from './attachments-b.js';
import { authorizationDocs } from './authorization.js';
import type { EvalDoc, Expected } from './common.js';
import { conmonDocs } from './conmon.js';
import { oscalDocs } from './oscal.js';
import { sspDocs } from './ssp.js';
import { unknownDocs } from './unknowns.js';

export interface EvalEntry {
  file: string;
  expected: Expected;
  format: string;
  note: string;
}

/** Every document of the evaluation set, in a stable order. */
export async function evalDocuments(): Promise<EvalDoc[]> {
  const docs = [
    ...(await sspDocs()),
    ...oscalDocs(),
    ...(await attachmentsA()),
    ...(await attachmentsB()),
    ...(await assessmentDocs()),
    ...(await conmonDocs()),
    ...(await authorizationDocs()),
    ...(await unknownDocs()),
  ];
  const seen = new Set<string>();
  for (const d of docs) {
    const key = d.file.toLowerCase();
    if (seen.has(key)) throw new Error(`duplicate file name in evaluation corpus: ${d.file}`);
    seen.add(key);
  }
  return docs;
}

/** Writes the evaluation documents and `manifest.json` into `dir`; returns the manifest. */
export async function generateEvalCorpus(dir: string): Promise<EvalEntry[]> {
  await mkdir(dir, { recursive: true });
  const docs = await evalDocuments();
  const manifest: EvalEntry[] = [];
  for (const d of docs) {
    await writeFile(join(dir, d.file), d.data);
    manifest.push({ file: d.file, expected: d.expected, format: d.format, note: d.note });
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const invoked = process.argv[1] ? import.meta.url === pathToFileURL(resolve(process.argv[1])).href : false;
if (invoked) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx test/corpus/eval/generate-eval.ts OUTDIR');
    process.exit(2);
  }
  const t0 = Date.now();
  const manifest = await generateEvalCorpus(resolve(out));
  const counts = new Map<string, number>();
  for (const m of manifest) counts.set(m.expected, (counts.get(m.expected) ?? 0) + 1);
  console.log(`wrote ${manifest.length} documents to ${resolve(out)} in ${Date.now() - t0} ms`);
  for (const [k, v] of [...counts].sort()) console.log(`  ${k.padEnd(34)} ${v}`);
}
