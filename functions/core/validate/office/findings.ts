import { DocumentRejectedError } from '../../classify/errors.js';
import type { Finding, Severity } from '../finding.js';
import type { ValidationOutcome } from '../types.js';

/**
 * Findings of one document, at most `perRule` of each rule id listed (a 50,000-row workbook with a
 * bad date column must not make 50,000 findings); the rest are counted in one closing finding.
 */
export class FindingList {
  private readonly list: Finding[] = [];
  private readonly counts = new Map<string, { count: number; severity: Severity }>();

  constructor(private readonly perRule = 200) {}

  add(ruleId: string, severity: Severity, message: string, location: string): void {
    const seen = this.counts.get(ruleId) ?? { count: 0, severity };
    seen.count++;
    if (severity === 'error') seen.severity = 'error';
    else if (severity === 'warning' && seen.severity === 'info') seen.severity = 'warning';
    this.counts.set(ruleId, seen);
    if (seen.count <= this.perRule) this.list.push({ ruleId, severity, message, location });
  }

  count(ruleId: string): number {
    return this.counts.get(ruleId)?.count ?? 0;
  }

  get findings(): Finding[] {
    const out = [...this.list];
    for (const [ruleId, { count, severity }] of this.counts) {
      if (count > this.perRule) {
        out.push({ ruleId, severity, message: `${count - this.perRule} more ${ruleId} findings are not listed (${count} in all)`, location: '' });
      }
    }
    return out;
  }
}

/**
 * Runs a validator body; a document refused as hostile or unreadable becomes one error finding,
 * `intake-hostile` / `intake-unreadable` (the ids validate.ts gives a thrown refusal), instead of
 * an exception. Anything else is a bug and is rethrown.
 */
export async function refusingRejected(body: () => Promise<ValidationOutcome>): Promise<ValidationOutcome> {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof DocumentRejectedError)) throw err;
    return {
      findings: [{ ruleId: `intake-${err.kind}`, severity: 'error', message: err.message, location: '' }],
      summary: {},
    };
  }
}
