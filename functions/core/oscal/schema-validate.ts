import type { ErrorObject } from 'ajv';
import type { Finding } from '../validate/finding.js';
import { schemaFindings } from './schema-findings.js';
import type { OscalDocument } from './types.js';
import { ERROR_CAP } from './validator-files.js';
import { isErrorCapReached, loadValidator } from './validators.js';
import { chooseSchemaVersion } from './versions.js';

/** Findings listed before the rest are only counted. */
export const MAX_SCHEMA_FINDINGS = 200;

/**
 * Validates a document against NIST's JSON schema of its own `oscal-version`: 1.0.4, 1.1.3 or 1.2.1
 * exactly; another 1.0.x / 1.1.x / 1.2.x against that line's bundled release (with an info finding);
 * anything else is an `oscal-version-unsupported` error. Uses the precompiled validators
 * (scripts/compile-oscal-schemas.ts); throws OscalValidatorsMissingError if they were not generated.
 */
export function validateOscalSchema(doc: OscalDocument): Finding[] {
  const versionAt = `/${doc.model}/metadata/oscal-version`;
  const choice = chooseSchemaVersion(doc.oscalVersion);
  if (choice.kind === 'unsupported') {
    const stated = doc.oscalVersion === '' ? 'states no OSCAL version' : `states OSCAL version "${doc.oscalVersion}"`;
    return [
      {
        ruleId: 'oscal-version-unsupported',
        severity: 'error',
        message: `${versionAt}: the document ${stated}; supported: 1.0.x (validated as 1.0.4), 1.1.x (as 1.1.3), 1.2.x (as 1.2.1)`,
        location: versionAt,
      },
    ];
  }
  const findings: Finding[] = [];
  if (choice.kind === 'fallback') {
    findings.push({
      ruleId: 'oscal-version-fallback',
      severity: 'info',
      message: `${versionAt}: OSCAL ${doc.oscalVersion} has no bundled schema; validated against OSCAL ${choice.schema}, the bundled release of the same line`,
      location: versionAt,
    });
  }
  const validate = loadValidator(choice.schema, doc.model);
  let errors: readonly ErrorObject[] = [];
  let stoppedAtCap: number | undefined;
  try {
    if (!validate(doc.root)) errors = validate.errors ?? [];
  } catch (err) {
    if (!isErrorCapReached(err)) throw err;
    errors = err.errors;
    stoppedAtCap = ERROR_CAP;
  }
  findings.push(...schemaFindings(errors, { maxFindings: MAX_SCHEMA_FINDINGS, stoppedAtCap }));
  return findings;
}
