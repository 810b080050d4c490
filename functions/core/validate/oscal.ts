import type { ByteSource } from '../bytes/byte-source.js';
import { DocumentRejectedError } from '../classify/errors.js';
import { parseOscal, type OscalDocument, type OscalEncoding } from '../oscal/parse.js';
import { validateOscalSchema } from '../oscal/schema-validate.js';
import { OSCAL_PARSE_LIMITS } from '../oscal/types.js';
import type { Finding } from './finding.js';
import { baselineFindings } from './oscal-baseline.js';
import { runRules } from './oscal-rules/engine.js';
import { OSCAL_RULES } from './oscal-rules/index.js';
import { allowedValues } from './oscal-rules/allowed-values.js';
import type { JsonObject } from './oscal-rules/query.js';
import type { OscalModelName } from './oscal-rules/types.js';
import { oscalSummary } from './oscal-summary.js';
import type { ValidationContext, ValidationOutcome } from './types.js';

const DELIVERABLE_MODELS: readonly string[] = ['system-security-plan', 'assessment-plan', 'assessment-results', 'plan-of-action-and-milestones'];

/** Reads the whole object (OSCAL must be parsed whole), refusing anything over the parse limit. */
async function readAll(source: ByteSource): Promise<Uint8Array> {
  if (source.size > OSCAL_PARSE_LIMITS.maxBytes) {
    throw new DocumentRejectedError(`the document is ${source.size} bytes; OSCAL documents over ${OSCAL_PARSE_LIMITS.maxBytes} bytes are refused`, 'hostile');
  }
  return source.read(0, source.size);
}

/** FedRAMP rules (and baseline coverage) over an already-parsed document. */
export function oscalRuleFindings(doc: OscalDocument, ctx: ValidationContext): Finding[] {
  if (!DELIVERABLE_MODELS.includes(doc.model)) return [];
  const model = doc.model as OscalModelName;
  const value = doc.root[model];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const { findings } = runRules(OSCAL_RULES, { model, doc: { value: value as JsonObject, pointer: `/${model}` }, allowedValues: allowedValues(), asOf: ctx.asOf });
  return [...findings, ...baselineFindings(doc, ctx.baseline)];
}

/**
 * Validates an OSCAL deliverable in any encoding: parsed into the JSON model, checked against NIST's
 * schema of its own oscal-version, then FedRAMP's rules and the baseline.
 */
export async function validateOscal(source: ByteSource, encoding: OscalEncoding, ctx: ValidationContext): Promise<ValidationOutcome> {
  const doc = parseOscal(await readAll(source), encoding);
  const findings = [...validateOscalSchema(doc), ...oscalRuleFindings(doc, ctx)];
  if (!DELIVERABLE_MODELS.includes(doc.model)) {
    findings.push({ ruleId: 'intake-not-a-deliverable', severity: 'error', message: `an OSCAL ${doc.model} is not a FedRAMP deliverable`, location: `/${doc.model}` });
  }
  return { findings, summary: oscalSummary(doc) };
}
