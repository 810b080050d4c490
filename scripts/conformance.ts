// Conformance runner: runs the third-party conformance suites found under DIR against the validator.
//   npm run conformance -- ../shared/fixtures [--verbose] [--only ID]
// - GSA's XSpec scenarios for the FedRAMP Schematron (*.xspec): each x:expect-assert id must fire on
//   the scenario's context, each x:expect-not-assert id must not. Pending scenarios are skipped.
// - GSA's Metaschema constraint unit tests (unit-tests/*-PASS.yaml, *-FAIL.yaml): result `fail` means
//   the constraint id must fire on the content, `pass` that it must not.
// It is a measurement, not a test: it prints the figures and a closing line `N passed, M failed`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ruleIds } from '../functions/core/validate/oscal-rules/engine.js';
import { OSCAL_RULES } from '../functions/core/validate/oscal-rules/index.js';
import { evaluateXml, type Evaluation } from './conformance/evaluate.js';
import { parseXspec } from './conformance/xspec.js';

interface Tally {
  passed: number;
  failed: number;
}
const tally = (): Tally => ({ passed: 0, failed: 0 });
const line = (t: Tally): string => `${t.passed} passed, ${t.failed} failed`;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? join(import.meta.dirname, '..', '..', 'shared', 'fixtures'));
const asOf = new Date();

function walk(root: string, out: string[] = []): string[] {
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const files = walk(dir);
const MODEL_OF_SUITE: Record<string, string> = { ssp: 'system-security-plan', sap: 'assessment-plan', sar: 'assessment-results', poam: 'plan-of-action-and-milestones' };
const implemented = ruleIds(OSCAL_RULES);
const total = tally();

for (const file of files.filter((f) => f.endsWith('.xspec')).sort()) {
  const assert = tally();
  const notAssert = tally();
  let pending = 0;
  let unreadable = 0;
  const expectedIds = new Set<string>();
  for (const scenario of parseXspec(readFileSync(file, 'utf8'))) {
    if (scenario.pending) {
      pending += scenario.expectAssert.length + scenario.expectNotAssert.length;
      continue;
    }
    const result = evaluateXml(scenario.context, asOf, MODEL_OF_SUITE[basename(file, '.xspec')]);
    if (result.error) {
      unreadable++;
      if (verbose) console.log(`  UNREADABLE ${scenario.label}: ${result.error}`);
    }
    for (const id of scenario.expectAssert) {
      expectedIds.add(id);
      if (only && id !== only) continue;
      const ok = result.fired.has(id);
      if (ok) assert.passed++;
      else assert.failed++;
      if (!ok && verbose && implemented.has(id)) console.log(`  FAIL expect-assert ${id}: ${scenario.label}${result.error ? ` [${result.error}]` : ''}`);
    }
    for (const id of scenario.expectNotAssert) {
      if (only && id !== only) continue;
      const ok = !result.fired.has(id);
      if (ok) notAssert.passed++;
      else notAssert.failed++;
      if (!ok && verbose) console.log(`  FAIL expect-not-assert ${id}: ${scenario.label}`);
    }
  }
  const covered = [...expectedIds].filter((id) => implemented.has(id)).length;
  console.log(`${basename(file, '.xspec')}: expect-assert: ${line(assert)}; expect-not-assert: ${line(notAssert)}; ${pending} pending skipped; ${unreadable} context(s) not readable as OSCAL; rules implemented for ${covered}/${expectedIds.size} asserted ids`);
  for (const t of [assert, notAssert]) {
    total.passed += t.passed;
    total.failed += t.failed;
  }
}

const unitTests = files.filter((f) => /unit-tests\/[^/]+-(PASS|FAIL)\.ya?ml$/.test(f)).sort();
if (unitTests.length > 0) {
  const constraints = tally();
  let unavailable = 0;
  const cache = new Map<string, Evaluation>();
  const ids = new Set<string>();
  for (const file of unitTests) {
    const test = parseYaml(readFileSync(file, 'utf8')) as {
      'test-case': { content: string | string[]; expectations: { 'constraint-id': string; result?: 'pass' | 'fail'; fail_count?: { value: number } }[] };
    };
    // A test may name several documents; a constraint fails when it fails on any of them.
    const fired = new Set<string>();
    let error: string | undefined;
    const paths = [test['test-case'].content].flat().map((p) => resolve(dirname(file), p));
    if (paths.some((p) => !existsSync(p))) {
      unavailable++;
      if (verbose) console.log(`  SKIP ${basename(file)}: its content file is not in the suite`);
      continue;
    }
    for (const content of paths) {
      let result = cache.get(content);
      if (!result) {
        result = evaluateXml(readFileSync(content, 'utf8'), asOf);
        cache.set(content, result);
      }
      for (const id of result.fired) fired.add(id);
      error ??= result.error;
    }
    const result = { fired, error };
    for (const e of test['test-case'].expectations) {
      ids.add(e['constraint-id']);
      if (only && e['constraint-id'] !== only) continue;
      // `fail_count` (n violations expected) counts as an expected failure when n > 0.
      const expected = e.result ?? ((e.fail_count?.value ?? 0) > 0 ? 'fail' : 'pass');
      const ok = (expected === 'fail') === result.fired.has(e['constraint-id']);
      if (ok) constraints.passed++;
      else constraints.failed++;
      if (!ok && verbose) console.log(`  FAIL ${basename(file)}: expected ${expected}${result.error ? ` [${result.error}]` : ''}`);
    }
  }
  const covered = [...ids].filter((id) => implemented.has(id)).length;
  console.log(`constraints: ${line(constraints)}; ${unavailable} test(s) skipped (content missing from the suite); rules implemented for ${covered}/${ids.size} constraint ids`);
  total.passed += constraints.passed;
  total.failed += constraints.failed;
}

console.log(line(total));
