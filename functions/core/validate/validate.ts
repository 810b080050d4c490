import type { ByteSource } from '../bytes/byte-source.js';
import { classifyDocument } from '../classify/classify.js';
import { DocumentRejectedError } from '../classify/errors.js';
import type { Classification } from '../classify/types.js';
import type { DeliverableType, DocumentFormat } from '../domain/deliverables.js';
import { DOCUMENT_VALIDATORS } from './documents/index.js';
import { hasErrors, type Finding } from './finding.js';
import { validateOscal } from './oscal.js';
import { validateInventoryWorkbook, validatePoamWorkbook, validateScanResults } from './office/index.js';
import type { DeliverableValidator, ValidationContext, ValidationOutcome, ValidationResult } from './types.js';

export interface ValidateOptions extends ValidationContext {
  /** Validate as this type instead of the classifier's answer. */
  as?: DeliverableType;
}

export interface DeliverableValidation extends ValidationResult {
  format: DocumentFormat;
  classification: Classification;
}

const OSCAL_MODEL_OF: Partial<Record<DeliverableType, string>> = { SSP: 'SSP', SAP: 'SAP', SAR: 'SAR', POAM: 'POAM' };

/** Which validator applies to a deliverable type in a format, if any. */
export function validatorFor(type: DeliverableType, format: DocumentFormat): DeliverableValidator | undefined {
  if (format === 'oscal-json' || format === 'oscal-xml' || format === 'oscal-yaml') {
    const encoding = format.slice('oscal-'.length) as 'json' | 'xml' | 'yaml';
    return (source, ctx) => validateOscal(source, encoding, ctx);
  }
  if (type === 'SCAN_RESULTS' && (format === 'nessus' || format === 'csv' || format === 'xml')) return validateScanResults;
  if (type === 'POAM' && format === 'xlsx') return validatePoamWorkbook;
  if (type === 'INVENTORY' && format === 'xlsx') return validateInventoryWorkbook;
  if (format === 'docx' || format === 'pdf') return DOCUMENT_VALIDATORS[type];
  return undefined;
}

const finding = (ruleId: string, severity: Finding['severity'], message: string, location = ''): Finding => ({ ruleId, severity, message, location });

/**
 * Says whether a reviewer would accept a deliverable: classifies it (unless `as` is given), then runs
 * the validator for its type and format. Never throws for a bad document: every problem is a finding.
 */
export async function validateDeliverable(source: ByteSource, options: ValidateOptions): Promise<DeliverableValidation> {
  const classification = await classifyDocument(source, options.fileName ? { fileName: options.fileName } : {});
  const type = options.as ?? classification.type;
  const format = classification.format;
  const done = (outcome: ValidationOutcome): DeliverableValidation => ({
    type,
    format,
    classification,
    valid: !hasErrors(outcome.findings),
    findings: outcome.findings,
    summary: outcome.summary,
  });

  if (classification.error) {
    return done({ findings: [finding(`intake-${classification.format === 'empty' ? 'empty' : 'unreadable'}`, 'error', classification.error)], summary: {} });
  }
  const findings: Finding[] = [];
  if (options.as && classification.type !== 'UNKNOWN' && classification.type !== options.as) {
    const oscal = format.startsWith('oscal-') && OSCAL_MODEL_OF[options.as] && OSCAL_MODEL_OF[classification.type];
    findings.push(
      finding(
        'intake-type-mismatch',
        oscal ? 'error' : 'warning',
        `validated as ${options.as}, but its content says ${classification.type} (confidence ${classification.confidence})`,
      ),
    );
  }
  if (type === 'UNKNOWN') {
    findings.push(finding('intake-unrecognised', 'error', 'not recognised as a FedRAMP deliverable; name its type with --as to validate it anyway'));
    return done({ findings, summary: {} });
  }
  const validator = validatorFor(type, format);
  if (!validator) {
    findings.push(finding('intake-no-content-rules', 'info', `recognised as ${type} (${format}); no content rules apply to this deliverable in this format`));
    return done({ findings, summary: {} });
  }
  try {
    const outcome = await validator(source, options);
    return done({ findings: [...findings, ...outcome.findings], summary: outcome.summary });
  } catch (err) {
    if (err instanceof DocumentRejectedError) {
      findings.push(finding(`intake-${err.kind}`, 'error', err.message));
    } else {
      findings.push(finding('intake-validation-failed', 'error', `validation could not complete: ${err instanceof Error ? err.message : String(err)}`));
    }
    return done({ findings, summary: {} });
  }
}
