import type { Finding } from '../finding.js';
import type { OscalRule, RuleContext } from './types.js';

/** Findings listed per rule: past this, one finding says more were not listed (a reviewer needs the pattern, not 20,000 copies). */
export const MAX_FINDINGS_PER_RULE = 200;

export interface RuleRun {
  findings: Finding[];
  /** Every FedRAMP id that fired (a rule's id and its aliases), for conformance runs. */
  fired: Set<string>;
}

/**
 * Runs every rule that applies to the document's model. A rule that throws is reported as an
 * `intake-rule-failed` error finding rather than aborting the validation.
 */
export function runRules(rules: readonly OscalRule[], ctx: RuleContext): RuleRun {
  const findings: Finding[] = [];
  const fired = new Set<string>();
  for (const rule of rules) {
    if (!rule.models.includes(ctx.model)) continue;
    try {
      let listed = 0;
      for (const v of rule.check(ctx)) {
        if (listed === 0) {
          fired.add(rule.id);
          for (const a of rule.aliases ?? []) fired.add(a);
        }
        if (listed === MAX_FINDINGS_PER_RULE) {
          findings.push({ ruleId: rule.id, severity: rule.severity, message: `more than ${MAX_FINDINGS_PER_RULE} findings of rule ${rule.id}: the rest are not listed`, location: ctx.doc.pointer });
          break;
        }
        findings.push({ ruleId: rule.id, severity: rule.severity, message: v.message, location: v.pointer });
        listed++;
      }
    } catch (err) {
      findings.push({
        ruleId: 'intake-rule-failed',
        severity: 'error',
        message: `rule ${rule.id} could not be evaluated: ${err instanceof Error ? err.message : String(err)}`,
        location: ctx.doc.pointer,
      });
    }
  }
  return { findings, fired };
}

/** Every FedRAMP id a rule set can fire. */
export function ruleIds(rules: readonly OscalRule[]): Set<string> {
  return new Set(rules.flatMap((r) => [r.id, ...(r.aliases ?? [])]));
}
