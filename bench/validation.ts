// Validation cost against JSON.parse of the same bytes, on FedRAMP's SSP template scaled up by
// repeating its implemented requirements and components with fresh UUIDs.
//   npx tsx bench/validation.ts [TARGET_MB=50] [RUNS=3]
// Also imported by the benchmark runner: `measureValidation({ mb, runs })`.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BufferByteSource } from '../functions/core/bytes/byte-source.js';
import { parseOscal } from '../functions/core/oscal/parse.js';
import { validateOscalSchema } from '../functions/core/oscal/schema-validate.js';
import { validateOscal, oscalRuleFindings } from '../functions/core/validate/oscal.js';
import { oscalSummary } from '../functions/core/validate/oscal-summary.js';

const TEMPLATE = join(import.meta.dirname, '..', 'test', 'fixtures', 'oscal', 'FedRAMP-SSP-OSCAL-Template.json');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A JSON subtree's text with every UUID replaced by a fresh one (internal references kept consistent within it). */
function withFreshUuids(value: unknown): string {
  const map = new Map<string, string>();
  return JSON.stringify(value).replace(UUID, (u) => {
    let v = map.get(u);
    if (!v) map.set(u, (v = randomUUID()));
    return v;
  });
}

/**
 * FedRAMP's SSP template grown to about `mb` MiB: its implemented requirements and components are
 * appended again and again (fresh UUIDs each time) until the document reaches the size.
 */
export function scaledSsp(mb: number): Buffer {
  const doc = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
  const ssp = doc['system-security-plan'];
  const reqs = ssp['control-implementation']['implemented-requirements'] as unknown[];
  const components = ssp['system-implementation']['components'] as unknown[];
  const baseReqs = structuredClone(reqs);
  const baseComponents = structuredClone(components);
  // Sizes are added up as copies are appended (each one a comma more in its array), not re-measured.
  let bytes = Buffer.byteLength(JSON.stringify(doc));
  while (bytes < mb * 1024 * 1024) {
    for (const [base, into] of [[baseReqs, reqs], [baseComponents, components]] as const) {
      for (const item of base) {
        const text = withFreshUuids(item);
        into.push(JSON.parse(text));
        bytes += Buffer.byteLength(text) + (into.length > 1 ? 1 : 0);
      }
    }
  }
  return Buffer.from(JSON.stringify(doc));
}

export interface ValidationPhases {
  /** Decoding, the nesting scan and JSON.parse (`parseOscal`). */
  parseMs: number;
  /** NIST's JSON schema (`validateOscalSchema`). */
  schemaMs: number;
  /** FedRAMP's rules and the baseline coverage (`oscalRuleFindings`). */
  rulesMs: number;
  /** What other documents are checked against (`oscalSummary`). */
  summaryMs: number;
}

export interface ValidationMeasurement {
  /** Size of the document validated. */
  bytes: number;
  /** Median time of `JSON.parse` of the document's text (decoding included). */
  jsonParseMs: number;
  /** Median time of `validateOscal` on the same bytes. */
  validateMs: number;
  /** validateMs / jsonParseMs. */
  ratio: number;
  /** Highest resident set size seen, MiB. */
  peakRssMb: number;
  findings: number;
  /** Median time of each phase, from separately timed runs of the phases `validateOscal` chains. */
  phases: ValidationPhases;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const timed = <T>(into: number[], f: () => T): T => {
  const t = performance.now();
  const out = f();
  into.push(performance.now() - t);
  return out;
};

/** Validates the scaled SSP `runs` times, each run timing JSON.parse, validateOscal, then each phase alone. */
export async function measureValidation({ mb = 50, runs = 3 }: { mb?: number; runs?: number } = {}): Promise<ValidationMeasurement> {
  const bytes = scaledSsp(mb);
  const asOf = new Date();
  const jsonParse: number[] = [];
  const validate: number[] = [];
  const phases = { parse: [] as number[], schema: [] as number[], rules: [] as number[], summary: [] as number[] };
  let findings = 0;
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  for (let i = 0; i < Math.max(1, runs); i++) {
    timed(jsonParse, () => JSON.parse(bytes.toString('utf8')));
    sample();
    const t = performance.now();
    const outcome = await validateOscal(new BufferByteSource(bytes), 'json', { asOf });
    validate.push(performance.now() - t);
    findings = outcome.findings.length;
    sample();
    const doc = timed(phases.parse, () => parseOscal(bytes, 'json'));
    timed(phases.schema, () => validateOscalSchema(doc));
    timed(phases.rules, () => oscalRuleFindings(doc, { asOf }));
    timed(phases.summary, () => oscalSummary(doc));
    sample();
  }
  const jsonParseMs = median(jsonParse);
  const validateMs = median(validate);
  return {
    bytes: bytes.byteLength,
    jsonParseMs,
    validateMs,
    ratio: validateMs / jsonParseMs,
    peakRssMb: peak / 1024 / 1024,
    findings,
    phases: { parseMs: median(phases.parse), schemaMs: median(phases.schema), rulesMs: median(phases.rules), summaryMs: median(phases.summary) },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await measureValidation({ mb: Number(process.argv[2] ?? 50), runs: Number(process.argv[3] ?? 3) });
  const mib = r.bytes / 1024 / 1024;
  const p = r.phases;
  const x = (ms: number): string => `${ms.toFixed(0)} ms (${(ms / r.jsonParseMs).toFixed(2)}×)`;
  console.log(
    `SSP JSON ${mib.toFixed(1)} MB: JSON.parse ${r.jsonParseMs.toFixed(0)} ms, validate ${r.validateMs.toFixed(0)} ms ` +
      `(${(r.validateMs / mib).toFixed(1)} ms/MB) = ${r.ratio.toFixed(2)}× JSON.parse; peak RSS ${r.peakRssMb.toFixed(0)} MB; ${r.findings} findings`,
  );
  console.log(`  phases: parse ${x(p.parseMs)}, schema ${x(p.schemaMs)}, rules ${x(p.rulesMs)}, summary ${x(p.summaryMs)}`);
}
