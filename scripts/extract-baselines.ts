// Extracts the control ids of FedRAMP's Rev5 baseline profiles into a compact data file the core
// ships (the profiles themselves are 0.2–1.4 MB each: too big to bundle into a Lambda).
// Usage: npx tsx scripts/extract-baselines.ts [FIXTURES_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'fixtures');
const dir = join(fixtures, 'gsa-fedramp-automation', 'baselines');
const files = { LOW: 'LOW', MODERATE: 'MODERATE', HIGH: 'HIGH', 'LI-SAAS': 'LI-SaaS' } as const;

interface Profile {
  profile: { metadata: { title: string; version: string }; imports: { 'include-controls'?: { 'with-ids'?: string[] }[] }[] };
}

const out: Record<string, { title: string; version: string; source: string; controls: string[] }> = {};
for (const [level, name] of Object.entries(files)) {
  const file = `FedRAMP_rev5_${name}-baseline_profile.json`;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const ids = profile.profile.imports.flatMap((i) => (i['include-controls'] ?? []).flatMap((c) => c['with-ids'] ?? []));
  out[level] = {
    title: profile.profile.metadata.title,
    version: profile.profile.metadata.version,
    source: `GSA/fedramp-automation@c784140b dist/content/rev5/baselines/json/${file}`,
    controls: [...new Set(ids)],
  };
  console.log(`${level}: ${out[level].controls.length} control ids`);
}
writeFileSync(join(import.meta.dirname, '..', 'functions', 'core', 'validate', 'baselines', 'rev5-baselines.json'), `${JSON.stringify(out, null, 1)}\n`);
