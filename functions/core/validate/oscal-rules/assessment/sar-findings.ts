import { child, text, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { hasType, label, latestResult, namedProps, objectsAt, results, rule, SAR } from './helpers.js';

/**
 * SAR findings: objective targets carry an implementation status and a satisfaction status, a target
 * that is not satisfied has an associated risk that exists (false-positive findings too), the latest
 * result does not assess one objective twice, and PL-2 has at most one unsatisfied finding.
 */

const findings = (ctx: RuleContext) => results(ctx).flatMap((r) => objectsAt(r, 'findings'));
const targets = (finding: Located) => objectsAt(finding, 'target');
const objectiveTargets = (ctx: RuleContext) => findings(ctx).flatMap(targets).filter((t) => text(t.value['type']) === 'objective-id');
const state = (target: Located): string => text(child(child(target, 'status') ?? target, 'state'));
const riskUuids = (ctx: RuleContext) => new Set(objectsAt(ctx.doc, 'results/risks').map((r) => text(r.value['uuid'])));

function* implementationStatus(ctx: RuleContext): Iterable<Violation> {
  for (const t of objectiveTargets(ctx)) {
    if (namedProps(t, 'implementation-status').length === 0) yield { message: `the finding target ${text(t.value['target-id'])} has no 'implementation-status' property`, pointer: t.pointer };
  }
}

function* satisfactionStatus(ctx: RuleContext): Iterable<Violation> {
  for (const t of objectiveTargets(ctx)) {
    if (!child(t, 'status')) yield { message: `the finding target ${text(t.value['target-id'])} has no status (satisfied or not-satisfied)`, pointer: t.pointer };
  }
}

function* satisfactionValue(ctx: RuleContext): Iterable<Violation> {
  for (const t of objectiveTargets(ctx)) {
    const s = child(t, 'status');
    const v = state(t);
    if (s && v !== 'satisfied' && v !== 'not-satisfied') yield { message: `the finding target ${text(t.value['target-id'])} has status '${v}'; it must be 'satisfied' or 'not-satisfied'`, pointer: s.pointer };
  }
}

function* notSatisfiedHasRisk(ctx: RuleContext): Iterable<Violation> {
  for (const f of findings(ctx)) {
    if (targets(f).some((t) => state(t) === 'not-satisfied') && objectsAt(f, 'related-risks').length === 0) {
      yield { message: `${label(f, 'finding')} is not satisfied but has no associated-risk`, pointer: f.pointer };
    }
  }
}

function* associatedRiskExists(ctx: RuleContext): Iterable<Violation> {
  const risks = riskUuids(ctx);
  for (const f of findings(ctx)) {
    for (const ref of objectsAt(f, 'related-risks')) {
      const uuid = text(ref.value['risk-uuid']);
      if (!risks.has(uuid)) yield { message: `${label(f, 'finding')} refers to risk ${uuid}, which is not a risk of the results`, pointer: ref.pointer };
    }
  }
}

function* falsePositiveHasRisk(ctx: RuleContext): Iterable<Violation> {
  const risks = riskUuids(ctx);
  for (const r of results(ctx)) {
    const fp = new Set(objectsAt(r, 'observations').filter((o) => hasType(o, 'false-positive')).map((o) => text(o.value['uuid'])));
    for (const f of objectsAt(r, 'findings')) {
      if (!objectsAt(f, 'related-observations').some((ro) => fp.has(text(ro.value['observation-uuid'])))) continue;
      if (!objectsAt(f, 'related-risks').some((ref) => risks.has(text(ref.value['risk-uuid'])))) {
        yield { message: `${label(f, 'finding')} relates to a false-positive observation but has no associated-risk naming a risk of the results`, pointer: f.pointer };
      }
    }
  }
}

function* distinctTargets(ctx: RuleContext): Iterable<Violation> {
  const latest = latestResult(ctx);
  const seen = new Set<string>();
  for (const t of objectsAt(latest, 'findings').flatMap(targets)) {
    const id = text(t.value['target-id']);
    if (id && seen.has(id)) yield { message: `the latest result has more than one finding for target ${id}`, pointer: t.pointer };
    seen.add(id);
  }
}

function* pl2Findings(ctx: RuleContext): Iterable<Violation> {
  for (const r of results(ctx)) {
    const unsatisfied: Located<JsonObject>[] = objectsAt(r, 'findings').filter((f) =>
      targets(f).some((t) => /^pl-2(?![0-9])/i.test(text(t.value['target-id'])) && state(t) !== 'satisfied'),
    );
    if (unsatisfied.length > 1) {
      yield { message: `${label(r, 'result')} has ${unsatisfied.length} PL-2 findings that are not satisfied; there should be at most one`, pointer: unsatisfied[1]!.pointer };
    }
  }
}

export const SAR_FINDING_RULES: readonly OscalRule[] = [
  rule('has-implementation-status', SAR, 'error', "A finding target of type 'objective-id' must have an 'implementation-status' property.", implementationStatus),
  rule('has-satisfaction-status', SAR, 'error', "A finding target of type 'objective-id' must have a status.", satisfactionStatus),
  rule('satisfaction-status-value', SAR, 'error', "A finding target status must be 'satisfied' or 'not-satisfied'.", satisfactionValue),
  rule('has-finding-target-status-issue', SAR, 'error', "A finding whose target is 'not-satisfied' must have an associated-risk.", notSatisfiedHasRisk),
  rule('has-associated-risk-matching', SAR, 'error', "A finding's associated-risk must refer to a risk in the results.", associatedRiskExists),
  rule(
    'has-false-positive-related-related-observation',
    SAR,
    'error',
    'A finding related to a false-positive observation must have an associated-risk that refers to a risk in the results.',
    falsePositiveHasRisk,
  ),
  rule('no-duplicate-target-id', SAR, 'error', 'The findings of the most recent result must not repeat a target.', distinctTargets),
  rule('minimal-control-PL-2-findings', SAR, 'error', 'A result must have no more than one PL-2 finding that is not satisfied.', pl2Findings),
];
