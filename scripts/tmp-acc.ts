import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyFile } from '../cli/commands/classify.js';
for (const set of ['train', 'holdout']) {
  const manifest = JSON.parse(readFileSync(join('/tmp/corpus', set, 'manifest.json'), 'utf8')).items as { file: string; expected: string; note: string }[];
  let ok = 0;
  for (const item of manifest) {
    const r = await classifyFile(join('/tmp/corpus', set, item.file));
    if (r.type === item.expected) ok++;
    else console.log(`${set} MISS ${item.file} expected ${item.expected} got ${r.type} ${r.confidence} [${r.format}] ${r.error ?? ''} :: ${item.note} :: ${r.evidence.slice(-3).join(' | ')}`);
  }
  console.log(`${set}: ${ok}/${manifest.length}`);
}
