import type { ByteSource } from '../../bytes/byte-source.js';
import { BudgetExceededError } from '../../bytes/byte-source.js';
import { DocumentRejectedError } from '../../classify/errors.js';
import type { Finding, Severity } from '../finding.js';
import { readDocumentOutline } from './document-text.js';
import type { DocumentOutline } from './outline.js';
import { wordCount } from './outline.js';
import { UnsupportedDocumentError } from './unsupported.js';

export const DOCUMENT = 'document';

/** Builds findings with one rule-id prefix (`ssp-doc`, `sar-doc`, `ato`, `attachment`). */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(readonly prefix: string) {}

  add(rule: string, severity: Severity, message: string, location: string = DOCUMENT): void {
    this.items.push({ ruleId: `${this.prefix}-${rule}`, severity, message, location });
  }
}

export interface LoadOptions {
  /** What the document should be, for messages ("System Security Plan"). */
  what: string;
  /** Severity when the file is not a Word document or PDF, or has no text (attachments: warning). */
  unusable: Severity;
}

/**
 * Reads a document's outline, or reports why it cannot be: unsupported format, hostile or unreadable
 * bytes, encryption, no text layer. Also reports a partial read, since absent sections may be in the
 * part that was not read. Returns undefined when there is nothing to check.
 */
export async function loadOutline(source: ByteSource, findings: FindingList, options: LoadOptions): Promise<DocumentOutline | undefined> {
  let outline: DocumentOutline;
  try {
    outline = await readDocumentOutline(source);
  } catch (err) {
    if (err instanceof UnsupportedDocumentError) {
      findings.add('unsupported-format', options.unusable, `the ${options.what} must be a Word document (.docx) or a PDF: this is ${err.message}`);
    } else if (err instanceof DocumentRejectedError) {
      findings.add(err.kind === 'hostile' ? 'hostile' : 'unreadable', 'error', `the ${options.what} cannot be read: ${err.message}`);
    } else if (err instanceof BudgetExceededError) {
      findings.add('too-large', 'error', `the ${options.what} is too large to read (${err.message})`);
    } else {
      throw err;
    }
    return undefined;
  }
  if (outline.encrypted) {
    findings.add('encrypted', 'error', `the ${options.what} is an encrypted PDF: its text cannot be checked; upload it without a password`);
    return undefined;
  }
  if (wordCount(outline) === 0) {
    const scanned = outline.format === 'pdf' ? ' (a scanned or image-only PDF needs a text layer, e.g. OCR)' : '';
    findings.add('no-text', options.unusable, `the ${options.what} has no readable text${scanned}`);
    return undefined;
  }
  if (outline.truncated) {
    findings.add(
      'partially-read',
      'warning',
      `only part of the ${options.what} could be read (${outline.notes.slice(0, 2).join('; ') || 'size limits'}): what is reported missing may be in the rest`,
    );
  }
  return outline;
}

/** Severity of a missing required piece: an error, unless the document was only partly read. */
export const missingSeverity = (outline: DocumentOutline, severity: Severity = 'error'): Severity =>
  outline.truncated && severity === 'error' ? 'warning' : severity;
