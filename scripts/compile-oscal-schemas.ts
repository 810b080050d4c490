/**
 * Compiles the bundled NIST OSCAL JSON schemas (functions/core/oscal/schemas/<version>/) into ajv
 * standalone validators (functions/core/oscal/generated/<version>/<model>.cjs, git-ignored), so no
 * schema is compiled at run time: a Lambda loads only the one validator a document needs.
 *
 *   npx tsx scripts/compile-oscal-schemas.ts [--force]
 *
 * Options per the schemas' SOURCES.md: draft-07, `strict: false` (the schemas use `$id` anchors and
 * keywords ajv's strict mode flags), `unicodeRegExp: true` (patterns use `\p{L}`), ajv-formats.
 * `allErrors: true`, with a cap patched into the generated code: a validator that reaches
 * ERROR_CAP errors throws `OscalErrorCapReached` (carrying the errors so far) instead of going on,
 * so a 50 MB document with an error in every item costs bounded time and memory.
 *
 * Per version: system-security-plan, assessment-plan, assessment-results and
 * plan-of-action-and-milestones from NIST's per-model schemas; catalog, profile and
 * component-definition from the complete schema with its root narrowed to that model.
 * Annotations (title, description, $comment) are removed first: they do not affect validation and
 * would otherwise be embedded in the generated code. Skips work when the inputs are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { OSCAL_MODELS, type OscalModel } from '../functions/core/oscal/types.js';
import { SCHEMA_VERSIONS } from '../functions/core/oscal/versions.js';
import { ERROR_CAP, GENERATED_DIR, validatorFile } from '../functions/core/oscal/validator-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const oscalDir = join(root, 'functions', 'core', 'oscal');
const outDir = join(oscalDir, GENERATED_DIR);

const PER_MODEL_SCHEMA: Partial<Record<OscalModel, string>> = {
  'system-security-plan': 'oscal_ssp_schema.json',
  'assessment-plan': 'oscal_assessment-plan_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
  'plan-of-action-and-milestones': 'oscal_poam_schema.json',
};
const COMPLETE_SCHEMA = 'oscal_complete_schema.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples']);
/** Keywords whose value maps names to subschemas (their keys are names, never keywords). */
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);

function stripAnnotations(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, stripAnnotations(sub)]));
    } else if (k === 'enum' || k === 'const' || k === 'required') out[k] = v;
    else out[k] = stripAnnotations(v);
  }
  return out;
}

/** The complete schema with its root `oneOf` narrowed to the branch of one model. */
function narrowComplete(complete: JsonObject, model: OscalModel): JsonObject {
  const branches = Array.isArray(complete.oneOf) ? complete.oneOf.filter(isObject) : [];
  const branch = branches.find((b) => Array.isArray(b.required) && b.required.includes(model));
  if (!branch) throw new Error(`complete schema has no root branch for ${model}`);
  const narrowed: JsonObject = { ...complete, ...branch };
  delete narrowed.oneOf;
  return narrowed;
}

function schemaFor(version: string, model: OscalModel): { schema: JsonObject; source: string } {
  const dir = join(oscalDir, 'schemas', version);
  const file = PER_MODEL_SCHEMA[model];
  if (file) return { schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonObject, source: file };
  const complete = JSON.parse(readFileSync(join(dir, COMPLETE_SCHEMA), 'utf8')) as JsonObject;
  return { schema: narrowComplete(complete, model), source: `${COMPLETE_SCHEMA} (root narrowed to ${model})` };
}

/** Makes the generated validators stop at ERROR_CAP errors; fails loudly if ajv's code shape changed. */
function capErrors(code: string): string {
  const cap = `if(errors > ${ERROR_CAP}){throw new OscalErrorCapReached(vErrors);}`;
  let increments = 0;
  const patched = code
    .replace(/errors\+\+;/g, () => {
      increments++;
      return `errors++;${cap}`;
    })
    // Errors merged from a $ref'd definition's validator (arrays of items): capped as well.
    .replace(/errors = vErrors\.length;/g, `errors = vErrors.length;${cap}`);
  if (increments === 0) throw new Error('ajv standalone code changed: no `errors++;` to patch the error cap into');
  const prologue =
    'class OscalErrorCapReached extends Error{constructor(errors){super("OSCAL schema error cap reached");' +
    'this.name="OscalErrorCapReached";this.errors=errors;}}';
  if (!patched.startsWith('"use strict";')) throw new Error('ajv standalone code changed: no "use strict" prologue');
  return `/* eslint-disable */\n// Generated by scripts/compile-oscal-schemas.ts. Do not edit.\n"use strict";${prologue}${patched.slice('"use strict";'.length)}`;
}

function compile(schema: JsonObject): string {
  const ajv = new Ajv.default({
    strict: false,
    unicodeRegExp: true,
    allErrors: true,
    inlineRefs: false,
    code: { source: true, esm: false },
  });
  addFormats.default(ajv);
  const validate = ajv.compile(stripAnnotations(schema) as JsonObject);
  return capErrors(standaloneCode.default(ajv, validate));
}

function fingerprint(): string {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const pkg of ['ajv', 'ajv-formats']) h.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
  for (const version of SCHEMA_VERSIONS) {
    for (const file of [...Object.values(PER_MODEL_SCHEMA), COMPLETE_SCHEMA]) h.update(readFileSync(join(oscalDir, 'schemas', version, file)));
  }
  h.update(String(ERROR_CAP));
  return h.digest('hex');
}

function main(): void {
  const force = process.argv.includes('--force');
  const manifestPath = join(outDir, 'manifest.json');
  const want = fingerprint();
  const expected = SCHEMA_VERSIONS.flatMap((v) => OSCAL_MODELS.map((m) => join(oscalDir, validatorFile(v, m))));
  if (!force && existsSync(manifestPath) && expected.every(existsSync)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { fingerprint?: string };
    if (manifest.fingerprint === want) {
      console.log(`compile-oscal-schemas: up to date (${relative(root, outDir)})`);
      return;
    }
  }
  const rows: Array<{ version: string; model: string; bytes: number; ms: number; source: string }> = [];
  for (const version of SCHEMA_VERSIONS) {
    for (const model of OSCAL_MODELS) {
      const started = performance.now();
      const { schema, source } = schemaFor(version, model);
      const code = compile(schema);
      const file = join(oscalDir, validatorFile(version, model));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, code);
      rows.push({ version, model, bytes: Buffer.byteLength(code), ms: Math.round(performance.now() - started), source });
    }
  }
  writeFileSync(join(outDir, '.gitignore'), '*\n');
  writeFileSync(manifestPath, `${JSON.stringify({ fingerprint: want, errorCap: ERROR_CAP, validators: rows }, null, 2)}\n`);
  for (const r of rows) {
    console.log(`${r.version.padEnd(6)} ${r.model.padEnd(30)} ${(r.bytes / 1024).toFixed(0).padStart(5)} KiB  ${String(r.ms).padStart(5)} ms  ${r.source}`);
  }
  console.log(`compile-oscal-schemas: ${rows.length} validators in ${relative(root, outDir)}`);
}

main();
