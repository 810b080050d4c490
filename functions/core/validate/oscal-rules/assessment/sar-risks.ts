import { text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, objectsAt, propOf, results, rule, SAR } from './helpers.js';

/**
 * SAR risks: a closed risk records its closure in the risk log, priorities are distinct within a
 * result, responses include a recommendation, and likelihood and impact facets come together with
 * FedRAMP's values.
 */

const risks = (ctx: RuleContext) => results(ctx).flatMap((r) => objectsAt(r, 'risks'));

function* closedInLog(ctx: RuleContext): Iterable<Violation> {
  for (const r of risks(ctx)) {
    if (text(r.value['status']) !== 'closed') continue;
    if (!objectsAt(r, 'risk-log/entries').some((e) => text(e.value['status-change']) === 'closed')) {
      yield { message: `${label(r, 'risk')} is closed but its risk-log has no entry with status-change 'closed'`, pointer: r.pointer };
    }
  }
}

function* distinctPriorities(ctx: RuleContext): Iterable<Violation> {
  for (const result of results(ctx)) {
    const seen = new Map<string, Located>();
    for (const r of objectsAt(result, 'risks')) {
      const p = propOf(r, 'priority');
      if (!p) continue;
      const other = seen.get(p);
      if (other) yield { message: `${label(r, 'risk')} has priority ${p}, as does ${label(other, 'risk')}; priorities must be distinct`, pointer: r.pointer };
      else seen.set(p, r);
    }
  }
}

function* hasRecommendation(ctx: RuleContext): Iterable<Violation> {
  for (const r of risks(ctx)) {
    const responses = objectsAt(r, 'remediations');
    if (responses.length > 0 && !responses.some((x) => text(x.value['lifecycle']) === 'recommendation')) {
      yield { message: `${label(r, 'risk')} has responses but none with lifecycle 'recommendation'`, pointer: r.pointer };
    }
  }
}

const RATED = ['likelihood', 'impact'];
const facetsOf = (characterization: Located) => objectsAt(characterization, 'facets').filter((f) => RATED.includes(text(f.value['name'])));

function* likelihoodAndImpact(ctx: RuleContext): Iterable<Violation> {
  for (const r of risks(ctx)) {
    for (const c of objectsAt(r, 'characterizations')) {
      const names = new Set(facetsOf(c).map((f) => text(f.value['name'])));
      if (names.size === 1) {
        const missing = RATED.find((n) => !names.has(n));
        yield { message: `a characterization of ${label(r, 'risk')} has a ${[...names][0]} facet but no ${missing} facet`, pointer: c.pointer };
      }
    }
  }
}

function* facetValues(ctx: RuleContext): Iterable<Violation> {
  for (const r of risks(ctx)) {
    for (const f of objectsAt(r, 'characterizations').flatMap(facetsOf)) {
      const name = text(f.value['name']);
      const allowed = ctx.allowedValues.get(name === 'impact' ? 'impact-level' : 'likelihood') ?? new Set(['low', 'moderate', 'high']);
      const v = text(f.value['value']);
      if (!allowed.has(v)) yield { message: `${label(r, 'risk')} has ${name} '${v}'; it must be one of ${[...allowed].join(', ')}`, pointer: f.pointer };
    }
  }
}

export const SAR_RISK_RULES: readonly OscalRule[] = [
  rule('has-risk-log-status-closed', SAR, 'error', "A closed risk must have a risk-log entry with status-change 'closed'.", closedInLog),
  rule('has-duplicate-priority-value', SAR, 'error', "The 'priority' property values of the risks in a result must be unique.", distinctPriorities),
  rule('has-lifecycle-recommendation', SAR, 'error', "A risk's responses must include one with lifecycle 'recommendation'.", hasRecommendation),
  rule('has-facet-likelihood-and-impact', SAR, 'error', 'A risk characterization with a likelihood or impact facet must have both.', likelihoodAndImpact),
  rule('has-facet-correct-values', SAR, 'error', "Likelihood and impact facets must have the value 'low', 'moderate' or 'high'.", facetValues),
];
