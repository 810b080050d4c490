import { allowedValues } from '../../functions/core/validate/oscal-rules/allowed-values.js';
import { runRules, type RuleRun } from '../../functions/core/validate/oscal-rules/engine.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import type { OscalModelName, OscalRule } from '../../functions/core/validate/oscal-rules/types.js';

/** Runs a family of rules over one model object (the value of e.g. `system-security-plan`). */
export function ruleRunner(rules: readonly OscalRule[], model: OscalModelName = 'system-security-plan', asOf = new Date('2025-01-01T00:00:00Z')) {
  const run = (doc: JsonObject): RuleRun => runRules(rules, { model, doc: { value: doc, pointer: `/${model}` }, allowedValues: allowedValues(), asOf });
  return { run, fired: (doc: JsonObject): Set<string> => run(doc).fired };
}
