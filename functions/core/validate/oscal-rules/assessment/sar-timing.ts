import { child, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { day, DAY_MS, instant, label, latestResult, objectsAt, results, rule, SAR } from './helpers.js';

/**
 * When the assessment took place: each result has ended after it started, and the most recent result
 * (and its observations) is no older than a year, judged against the validation date.
 */

const YEAR_MS = 365 * DAY_MS;

function* hasEnded(ctx: RuleContext): Iterable<Violation> {
  for (const r of results(ctx)) if (!child(r, 'end')) yield { message: `${label(r, 'result')} has no end: the assessment has not ended`, pointer: r.pointer };
}

function* startBeforeEnd(ctx: RuleContext): Iterable<Violation> {
  for (const r of results(ctx)) {
    const start = instant(r.value['start']);
    const end = instant(r.value['end']);
    if (start !== undefined && end !== undefined && start > end) {
      yield { message: `${label(r, 'result')} starts ${text(r.value['start'])}, after its end ${text(r.value['end'])}`, pointer: (child(r, 'end') ?? r).pointer };
    }
  }
}

function* contemporary(ctx: RuleContext): Iterable<Violation> {
  const r = latestResult(ctx);
  const end = r ? (instant(r.value['end']) ?? instant(r.value['start'])) : undefined;
  if (r && end !== undefined && ctx.asOf.getTime() - end > YEAR_MS) {
    yield { message: `the most recent result ended ${day(end)}, more than a year before ${day(ctx.asOf.getTime())}`, pointer: r.pointer };
  }
}

function* recentObservations(ctx: RuleContext): Iterable<Violation> {
  const r = latestResult(ctx);
  for (const o of objectsAt(r, 'observations')) {
    const collected = instant(o.value['collected']);
    if (collected !== undefined && ctx.asOf.getTime() - collected > YEAR_MS) {
      yield { message: `${label(o, 'observation')} was collected ${day(collected)}, more than a year before ${day(ctx.asOf.getTime())}`, pointer: (child(o, 'collected') ?? o).pointer };
    }
  }
}

export const SAR_TIMING_RULES: readonly OscalRule[] = [
  rule('assessment-has-ended', SAR, 'warning', 'A result should have an end.', hasEnded),
  rule('start-precedes-end', SAR, 'error', "A result's start must precede its end.", startBeforeEnd),
  rule('has-contemporary-assessment', SAR, 'error', 'The most recent result must be contemporary (ended within the last year).', contemporary),
  rule('result-observations-are-recent', SAR, 'error', 'The observations of the most recent result must be recent (collected within the last year).', recentObservations),
];
