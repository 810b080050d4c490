// Validation cost against JSON.parse of the same bytes, on FedRAMP's SSP template scaled up by
// repeating its implemented requirements and components with fresh UUIDs.
//   npx tsx bench/validation.ts [TARGET_MB=50] [RUNS=3]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BufferByteSource } from '../functions/core/bytes/byte-source.js';
import { validateOscal } from '../functions/core/validate/oscal.js';

const targetMb = Number(process.argv[2] ?? 50);
const runs = Number(process.argv[3] ?? 3);
const template = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'oscal', 'FedRAMP-SSP-OSCAL-Template.json'), 'utf8'));

/** Replaces every UUID in a JSON subtree with a fresh one (keeping internal references consistent within it). */
function freshUuids<T>(value: T): T {
  const map = new Map<string, string>();
  const text = JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (u) => {
    let v = map.get(u);
    if (!v) map.set(u, (v = randomUUID()));
    return v;
  });
  return JSON.parse(text) as T;
}

export function scaledSsp(mb: number): Buffer {
  const doc = structuredClone(template);
  const ssp = doc['system-security-plan'];
  const reqs = ssp['control-implementation']['implemented-requirements'] as unknown[];
  const components = ssp['system-implementation']['components'] as unknown[];
  const baseReqs = structuredClone(reqs);
  const baseComponents = structuredClone(components);
  let bytes = Buffer.byteLength(JSON.stringify(doc));
  while (bytes < mb * 1024 * 1024) {
    for (const r of baseReqs) reqs.push(freshUuids(r));
    for (const c of baseComponents) components.push(freshUuids(c));
    bytes = Buffer.byteLength(JSON.stringify(doc));
  }
  return Buffer.from(JSON.stringify(doc));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureValidation(mb: number, n: number): Promise<{ mb: number; parseMs: number; validateMs: number; ratio: number; peakRssMb: number; findings: number }> {
  const bytes = scaledSsp(mb);
  const parse: number[] = [];
  const validate: number[] = [];
  let findings = 0;
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    JSON.parse(bytes.toString('utf8'));
    parse.push(performance.now() - t);
    t = performance.now();
    const outcome = await validateOscal(new BufferByteSource(bytes), 'json', { asOf: new Date() });
    validate.push(performance.now() - t);
    findings = outcome.findings.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const parseMs = median(parse);
  const validateMs = median(validate);
  return { mb: bytes.byteLength / 1024 / 1024, parseMs, validateMs, ratio: validateMs / parseMs, peakRssMb: peak / 1024 / 1024, findings };
}

if (import.meta.url === `file://${process.argv[1]}` && !process.env["BENCH_IMPORT"]) {
  const r = await measureValidation(targetMb, runs);
  console.log(
    `SSP JSON ${r.mb.toFixed(1)} MB: JSON.parse ${r.parseMs.toFixed(0)} ms, validate ${r.validateMs.toFixed(0)} ms ` +
      `(${(r.validateMs / r.mb).toFixed(1)} ms/MB) = ${r.ratio.toFixed(2)}× JSON.parse; peak RSS ${r.peakRssMb.toFixed(0)} MB; ${r.findings} findings`,
  );
}
