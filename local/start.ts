// `npm start` until the embedded pipeline lands: classifies and validates the bundled sample
// deliverables (FedRAMP's OSCAL templates, GSA's sample package, FedRAMP office templates, sample
// scans and PDFs under test/fixtures) and prints what the pipeline would record for each.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { FileByteSource } from '../functions/adapters/file-byte-source.js';
import { validateDeliverable } from '../functions/core/validate/validate.js';

const root = join(import.meta.dirname, '..');
const folders = ['oscal', 'office', 'scans', 'pdf'].map((f) => join(root, 'test', 'fixtures', f));
const files = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => !name.endsWith('.md') && statSync(join(dir, name)).isFile())
    .map((name) => join(dir, name)),
);

console.log(`fedramp-intake: examining ${files.length} bundled sample deliverables (classify → validate)\n`);
const started = performance.now();
const rows: string[][] = [['file', 'type', 'conf', 'format', 'result', 'errors', 'warnings', 'bytes read to classify']];
for (const file of files) {
  const source = await FileByteSource.open(file);
  try {
    const r = await validateDeliverable(source, { asOf: new Date(), fileName: basename(file) });
    const count = (s: string) => String(r.findings.filter((f) => f.severity === s).length);
    rows.push([relative(root, file), r.type, r.classification.confidence.toFixed(2), r.format, r.valid ? 'VALID' : 'INVALID', count('error'), count('warning'), String(r.classification.bytesRead)]);
  } finally {
    await source.close();
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`\n${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s. Details: npx intake validate <file>; classification only: npx intake classify <file>.`);
