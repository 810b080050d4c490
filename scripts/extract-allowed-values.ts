// Reduces FedRAMP's fedramp_values.json (allowed values of FedRAMP's OSCAL extensions) to
// {value-set name: [values]}, the only part the rules need at run time.
// Usage: npx tsx scripts/extract-allowed-values.ts [FIXTURES_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'fixtures');
const file = join(fixtures, 'gsa-fedramp-automation', 'resources', 'fedramp_values.json');
interface ValueSet {
  name: string;
  'allowed-values'?: { enum?: { value: string }[] | { value: string } };
}
const doc = JSON.parse(readFileSync(file, 'utf8')) as { 'fedramp-values': { 'value-set': ValueSet[] } };
const out: Record<string, string[]> = {};
for (const set of doc['fedramp-values']['value-set']) {
  const e = set['allowed-values']?.enum;
  const values = Array.isArray(e) ? e : e ? [e] : [];
  out[set.name] = values.map((v) => String(v.value));
}
const target = join(import.meta.dirname, '..', 'functions', 'core', 'validate', 'oscal-rules', 'fedramp-allowed-values.json');
writeFileSync(target, `${JSON.stringify({ _source: ['GSA/fedramp-automation@c784140b dist/content/rev5/resources/json/fedramp_values.json'], ...out }, null, 1)}\n`);
console.log(`${Object.keys(out).length} value sets written to ${target}`);
