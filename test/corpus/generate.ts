/**
 * Generator of realistic, labelled FedRAMP intake documents for testing and measuring the classifier.
 *
 *   npx tsx test/corpus/generate.ts OUTDIR [train|holdout]
 *
 * writes the files and manifest.json (without a set: both, into OUTDIR/train and OUTDIR/holdout).
 * Output is deterministic: the same bytes on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DeliverableType, DocumentFormat } from '../../functions/core/domain/deliverables.js';
import { aboutDeliverables } from './families/about-deliverables.js';
import { assessments } from './families/assessments.js';
import { lettersAndForms } from './families/letters-and-forms.js';
import { oscal } from './families/oscal.js';
import { scans } from './families/scans.js';
import { sspAndAttachments } from './families/ssp-and-attachments.js';
import { structureAndMentions } from './families/structure-and-mentions.js';
import { unknowns } from './families/unknowns.js';
import { workbooks } from './families/workbooks.js';
import { HOLDOUT, TRAIN } from './lib/parties.js';
import { Rng } from './lib/rng.js';
import type { CorpusSet, Draft, Family } from './lib/types.js';

export type { CorpusSet } from './lib/types.js';

export interface CorpusItem {
  file: string;
  expected: DeliverableType;
  note: string;
}

/** A corpus item with what the self-check and measurements need besides the label. */
export interface LabelledItem extends CorpusItem {
  /** The format as the classifier should report it. */
  format: DocumentFormat;
  /** The file name deliberately suggests another deliverable. */
  misleadingName: boolean;
  size: number;
}

const FAMILIES: readonly (readonly [string, Family])[] = [
  ['ssp-and-attachments', sspAndAttachments],
  ['assessments', assessments],
  ['workbooks', workbooks],
  ['scans', scans],
  ['letters-and-forms', lettersAndForms],
  ['oscal', oscal],
  ['unknowns', unknowns],
  ['about-deliverables', aboutDeliverables],
  ['structure-and-mentions', structureAndMentions],
];

const NAME_STYLES: Record<CorpusSet, readonly ((n: number) => string)[]> = {
  train: [
    (n) => `doc-${String(n).padStart(3, '0')}`,
    (n) => `upload (${n})`,
    (n) => `final_v${n}`,
    (n) => `attachment ${n}`,
    (n) => `Document${n}`,
  ],
  holdout: [
    (n) => `download (${n})`,
    (n) => `file_${String(n).padStart(4, '0')}`,
    (n) => `${n}-clean`,
    (n) => `Copy of item ${n}`,
    (n) => `untitled-${n}`,
    (n) => `rev${n}_FINAL_final`,
  ],
};

function fileName(base: string, ext: string): string {
  return ext ? `${base}.${ext}` : base;
}

/** Gives every draft a unique file name: its deliberate one, or a neutral one. Order is shuffled. */
function nameDrafts(set: CorpusSet, drafts: readonly Draft[]): { draft: Draft; file: string }[] {
  const rng = new Rng(`${set}:names`);
  const used = new Set<string>();
  for (const d of drafts) {
    if (!d.name) continue;
    if (used.has(d.name)) throw new Error(`duplicate deliberate file name ${d.name}`);
    used.add(d.name);
  }
  let n = 1;
  return rng.shuffle(drafts).map((draft) => {
    if (draft.name) return { draft, file: draft.name };
    let file: string;
    do {
      file = fileName(rng.pick(NAME_STYLES[set])(n++), draft.ext);
    } while (used.has(file));
    used.add(file);
    return { draft, file };
  });
}

/** Generates the `set` corpus into `dir` and returns its labels with formats. */
export async function generateLabelled(dir: string, set: CorpusSet): Promise<LabelledItem[]> {
  const parties = set === 'train' ? TRAIN : HOLDOUT;
  const drafts: Draft[] = [];
  for (const [label, family] of FAMILIES) {
    drafts.push(...(await family({ set, parties, rng: new Rng(`${set}:${label}`) })));
  }
  await mkdir(dir, { recursive: true });
  const items: LabelledItem[] = [];
  for (const { draft, file } of nameDrafts(set, drafts)) {
    await writeFile(join(dir, file), draft.bytes);
    items.push({ file, expected: draft.expected, note: draft.note, format: draft.format, misleadingName: draft.misleading ?? false, size: draft.bytes.byteLength });
  }
  return items;
}

export async function generateCorpus(dir: string, set: 'train' | 'holdout'): Promise<CorpusItem[]> {
  return generateLabelled(dir, set);
}

async function main(argv: readonly string[]): Promise<void> {
  const [out, which] = argv;
  if (!out || (which !== undefined && which !== 'train' && which !== 'holdout')) {
    process.stderr.write('usage: npx tsx test/corpus/generate.ts OUTDIR [train|holdout]\n');
    process.exitCode = 2;
    return;
  }
  const targets: [CorpusSet, string][] = which ? [[which, resolve(out)]] : [['train', resolve(out, 'train')], ['holdout', resolve(out, 'holdout')]];
  for (const [set, dir] of targets) {
    const t0 = Date.now();
    const items = await generateLabelled(dir, set);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ set, generatedBy: 'test/corpus/generate.ts', items }, null, 2) + '\n');
    process.stdout.write(`${set}: ${items.length} documents in ${dir} (${Date.now() - t0} ms)\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
