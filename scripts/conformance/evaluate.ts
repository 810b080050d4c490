import { parseOscal } from '../../functions/core/oscal/parse.js';
import { baselineFindings } from '../../functions/core/validate/oscal-baseline.js';
import { allowedValues } from '../../functions/core/validate/oscal-rules/allowed-values.js';
import { runRules } from '../../functions/core/validate/oscal-rules/engine.js';
import { OSCAL_RULES } from '../../functions/core/validate/oscal-rules/index.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import type { OscalModelName } from '../../functions/core/validate/oscal-rules/types.js';

import { wrapFragment } from './wrap.js';

const MODELS: readonly string[] = ['system-security-plan', 'assessment-plan', 'assessment-results', 'plan-of-action-and-milestones'];

export interface Evaluation {
  fired: Set<string>;
  /** Set when the fragment could not be read as OSCAL at all. */
  error?: string;
}

/** Which FedRAMP rule ids fire on an OSCAL XML document or fragment, through the product's own validator. */
export function evaluateXml(xml: string, asOf: Date, fragmentModel?: string): Evaluation {
  let doc;
  try {
    const whole = fragmentModel ? wrapFragment(xml, fragmentModel) : xml.trim();
    doc = parseOscal(Buffer.from(whole), 'xml');
  } catch (err) {
    return { fired: new Set(), error: err instanceof Error ? err.message : String(err) };
  }
  if (!MODELS.includes(doc.model)) return { fired: new Set(), error: `not a deliverable model: ${doc.model}` };
  const model = doc.model as OscalModelName;
  const value = doc.root[model] as JsonObject;
  const run = runRules(OSCAL_RULES, { model, doc: { value, pointer: `/${model}` }, allowedValues: allowedValues(), asOf });
  for (const f of baselineFindings(doc, undefined)) run.fired.add(f.ruleId);
  return { fired: run.fired };
}
