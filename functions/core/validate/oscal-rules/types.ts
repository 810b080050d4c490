import type { Severity } from '../finding.js';
import type { Located, JsonObject } from './query.js';

export type OscalModelName =
  | 'system-security-plan'
  | 'assessment-plan'
  | 'assessment-results'
  | 'plan-of-action-and-milestones';

export interface RuleContext {
  model: OscalModelName;
  /** The model object, e.g. the value of `system-security-plan`, at pointer `/system-security-plan`. */
  doc: Located<JsonObject>;
  /** FedRAMP's allowed values, by value-set name. */
  allowedValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Date that deadlines are judged against. */
  asOf: Date;
}

export interface Violation {
  message: string;
  /** JSON pointer of the offending node (or of its parent when it is missing). */
  pointer: string;
}

/** One FedRAMP rule over the OSCAL JSON model. */
export interface OscalRule {
  /** FedRAMP's id: a Schematron assertion id (xspec) or a Metaschema constraint id (frr…). */
  id: string;
  /** Other FedRAMP ids the same check answers to. */
  aliases?: readonly string[];
  models: readonly OscalModelName[];
  severity: Severity;
  /** The rule in one sentence, as FedRAMP states it. */
  statement: string;
  check(ctx: RuleContext): Iterable<Violation>;
}
