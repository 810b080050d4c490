import type { Finding } from '../finding.js';
import type { OscalRule, RuleContext } from './types.js';

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
      for (const v of rule.check(ctx)) {
        findings.push({ ruleId: rule.id, severity: rule.severity, message: v.message, location: v.pointer });
        fired.add(rule.id);
        for (const a of rule.aliases ?? []) fired.add(a);
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
