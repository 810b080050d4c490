import type { ErrorObject } from 'ajv';
import type { Finding } from '../validate/finding.js';

/**
 * ajv errors → readable, deduplicated, capped findings:
 * `/system-security-plan/metadata: must have required property 'title'`.
 * The NIST schemas' datatype patterns are named (a UUID, a token…) instead of quoting the regex;
 * the branch errors of a failed anyOf / oneOf are folded into one finding.
 */

export interface FindingOptions {
  /** Most findings listed; the rest are counted in one last finding. */
  maxFindings: number;
  /** The validator stopped at its error cap: the document may have more errors. */
  stoppedAtCap?: number;
}

/** A readable name for the NIST OSCAL datatype patterns (the regexes themselves are unreadable). */
function patternName(p: string): string | undefined {
  if (p.startsWith('^[0-9A-Fa-f]{8}-')) return 'a UUID (RFC 4122 version 4 or 5, e.g. 123e4567-e89b-42d3-a456-426614174000)';
  if (p.startsWith('^(\\p{L}|_)')) return "a token (a letter or '_', then letters, digits, '.', '-' or '_')";
  if (p === '^\\S(.*\\S)?$') return 'a non-empty string without leading or trailing whitespace';
  if (p.startsWith('^[a-zA-Z][a-zA-Z0-9+\\-.]+:')) return 'an absolute URI (scheme:…)';
  if (p === '^[^\n]+$') return 'a single line of text';
  if (p === '^[0-9A-Za-z+/]+={0,2}$') return 'base64 data';
  if (p === '^.+@.+$') return 'an email address';
  if (p.startsWith('^(\\+|-)?([0-9]+')) return 'a decimal number';
  if (p.includes('-02-29')) {
    if (!p.includes(':([0-5][0-9])')) return 'a date (e.g. 2024-01-31, optionally with a time zone)';
    return p.endsWith(')?$') ? 'a date-time (e.g. 2024-01-31T12:00:00Z)' : 'a date-time with a time zone (e.g. 2024-01-31T12:00:00Z)';
  }
  return undefined;
}

const escapeToken = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
const shown = (pointer: string): string => (pointer === '' ? '(document root)' : pointer);

function describe(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `must have required property '${String(p.missingProperty)}'`;
    case 'additionalProperties':
      return `must NOT have additional property '${String(p.additionalProperty)}'`;
    case 'pattern': {
      const pattern = String(p.pattern);
      const named = patternName(pattern);
      return named ? `must be ${named}` : `must match pattern "${pattern.length > 80 ? `${pattern.slice(0, 77)}…` : pattern}"`;
    }
    case 'enum': {
      const values = Array.isArray(p.allowedValues) ? p.allowedValues.map(String) : [];
      const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, … (${values.length} values)` : values.join(', ');
      return `must be one of: ${list}`;
    }
    case 'format':
      return `must be a valid ${String(p.format)}`;
    default:
      return err.message ?? `fails schema keyword ${err.keyword}`;
  }
}

const ruleIdOf = (keyword: string): string => `oscal-schema-${keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

interface Folded {
  error: ErrorObject;
  text: string;
}

/** A datatype fails its pattern and its format together: the pattern's (named) finding suffices. */
function dropFormatBesidePattern(items: Folded[]): Folded[] {
  const patterned = new Set(items.filter((f) => f.error.keyword === 'pattern').map((f) => f.error.instancePath));
  return items.filter((f) => f.error.keyword !== 'format' || !patterned.has(f.error.instancePath));
}

/** Folds the errors of each failed anyOf / oneOf branch set (pushed just before it) into it. */
function fold(errors: readonly ErrorObject[]): Folded[] {
  const out: Folded[] = [];
  for (const err of errors) {
    if (err.keyword !== 'anyOf' && err.keyword !== 'oneOf') {
      out.push({ error: err, text: describe(err) });
      continue;
    }
    const at = err.instancePath;
    const inside = (e: ErrorObject): boolean => e.instancePath === at || e.instancePath.startsWith(`${at}/`);
    const popped: Folded[] = [];
    for (let last = out[out.length - 1]; last && inside(last.error); last = out[out.length - 1]) popped.unshift(out.pop() as Folded);
    const branches = dropFormatBesidePattern(popped).map((f) => {
      const rel = f.error.instancePath.slice(at.length);
      return rel ? `${rel}: ${f.text}` : f.text;
    });
    const unique = [...new Set(branches)];
    const listed = unique.length > 4 ? [...unique.slice(0, 4), `… ${unique.length - 4} more`] : unique;
    const text =
      err.keyword === 'oneOf' && listed.length === 0
        ? 'must match exactly one allowed form (it matches several)'
        : `must match one of the allowed forms${listed.length ? ` (${listed.join('; or ')})` : ''}`;
    out.push({ error: err, text });
  }
  return dropFormatBesidePattern(out);
}

export function schemaFindings(errors: readonly ErrorObject[], options: FindingOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let more = 0;
  for (const { error, text } of fold(errors)) {
    const at = error.instancePath;
    const location =
      error.keyword === 'additionalProperties' ? `${at}/${escapeToken(String((error.params as Record<string, unknown>).additionalProperty))}` : at;
    const message = `${shown(at)}: ${text}`;
    const key = `${location}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (findings.length >= options.maxFindings) {
      more++;
      continue;
    }
    findings.push({ ruleId: ruleIdOf(error.keyword), severity: 'error', message, location });
  }
  if (more > 0) {
    findings.push({
      ruleId: 'oscal-schema-more-errors',
      severity: 'error',
      message: `${more} more schema error(s) not listed (the first ${options.maxFindings} are)`,
      location: '',
    });
  }
  if (options.stoppedAtCap !== undefined) {
    findings.push({
      ruleId: 'oscal-schema-error-cap',
      severity: 'error',
      message: `schema validation stopped after ${options.stoppedAtCap} errors; the document may have more`,
      location: '',
    });
  }
  return findings;
}
