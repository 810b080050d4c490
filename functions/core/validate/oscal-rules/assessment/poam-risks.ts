import { child, select, text, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { day, DAY_MS, descendants, has, instant, isDateTime, label, objects, objectsAt, POAM, propOf, rule } from './helpers.js';

/**
 * POA&M risks: a deadline (a valid date, within FedRAMP's remediation threshold from detection), a
 * recommendation and a planned response with milestones (described, timed, valid date ranges), and
 * risk-log entries with a title and a start.
 */

const risks = (ctx: RuleContext) => objectsAt(ctx.doc, 'risks');
const responses = (risk: Located, lifecycle: string) => objectsAt(risk, 'remediations').filter((r) => text(r.value['lifecycle']) === lifecycle);
const milestones = (risk: Located) => objectsAt(risk, 'remediations').flatMap((r) => objectsAt(r, 'tasks')).filter((t) => text(t.value['type']) === 'milestone');
const allMilestones = (ctx: RuleContext) => risks(ctx).flatMap(milestones);

function* hasDeadline(ctx: RuleContext): Iterable<Violation> {
  for (const r of risks(ctx)) if (!has(r, 'deadline')) yield { message: `${label(r, 'risk')} has no deadline`, pointer: r.pointer };
}

const hasResponse = (lifecycle: string, what: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const r of risks(ctx)) if (responses(r, lifecycle).length === 0) yield { message: `${label(r, 'risk')} has no ${what} (a response with lifecycle '${lifecycle}')`, pointer: r.pointer };
  };

function* hasMilestones(ctx: RuleContext): Iterable<Violation> {
  const associated = new Set(objectsAt(ctx.doc, 'poam-items/related-risks').map((a) => text(a.value['risk-uuid'])));
  for (const r of risks(ctx)) {
    if (associated.has(text(r.value['uuid'])) && milestones(r).length === 0) yield { message: `${label(r, 'risk')} is a POA&M item's risk but has no milestone tasks`, pointer: r.pointer };
  }
}

/** Each milestone must have `key`. */
const milestoneHas = (key: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const m of allMilestones(ctx)) if (!has(m, key)) yield { message: `${label(m, 'milestone')} has no ${key}`, pointer: m.pointer };
  };

function* milestoneDateRange(ctx: RuleContext): Iterable<Violation> {
  for (const m of allMilestones(ctx)) {
    const timing = child(m, 'timing');
    if (timing && !has(timing, 'within-date-range') && !has(timing, 'on-date')) {
      yield { message: `${label(m, 'milestone')} timing has no within-date-range (or on-date)`, pointer: timing.pointer };
    }
  }
}

/** The nodes at `key` (e.g. 'deadline', or 'date' of on-date) that are not valid xs:dateTime values. */
function* invalidDates(nodes: readonly Located[], what: string): Iterable<Violation> {
  for (const n of nodes) {
    const v = text(n);
    if (!isDateTime(v)) yield { message: `${what} '${v}' is not a valid date-time`, pointer: n.pointer };
  }
}

const attrs = (ctx: RuleContext, element: string, attr: string): Located[] =>
  objects(descendants(ctx.doc, element)).flatMap((n) => (child(n, attr) ? [child(n, attr)!] : []));

const deadlines = (ctx: RuleContext): Located[] => risks(ctx).flatMap((r) => select(r, 'deadline'));

function* rangeOrder(ctx: RuleContext): Iterable<Violation> {
  for (const range of objects(descendants(ctx.doc, 'within-date-range'))) {
    const start = instant(range.value['start']);
    const end = instant(range.value['end']);
    if (start !== undefined && end !== undefined && start > end) {
      yield { message: `within-date-range starts ${text(range.value['start'])}, after its end ${text(range.value['end'])}`, pointer: range.pointer };
    }
  }
}

/** Each risk-log entry must have `key`. */
const entryHas = (key: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const e of risks(ctx).flatMap((r) => objectsAt(r, 'risk-log/entries'))) if (!has(e, key)) yield { message: `${label(e, 'risk-log entry')} has no ${key}`, pointer: e.pointer };
  };

/** FedRAMP remediation thresholds from detection, in days, by risk level. */
const THRESHOLD_DAYS: Readonly<Record<string, number>> = { critical: 30, high: 30, moderate: 90, low: 180 };

/** A risk's level: its adjusted (else initial, else first) 'risk' facet, else its 'impact' facet. */
export function riskLevel(risk: Located): string {
  const facets = objectsAt(risk, 'characterizations/facets');
  for (const name of ['risk', 'impact']) {
    const named = facets.filter((f) => text(f.value['name']) === name);
    const pick = (state: string): Located<JsonObject> | undefined => named.find((f) => propOf(f, 'state') === state);
    const facet = pick('adjusted') ?? pick('initial') ?? named[0];
    const level = facet ? text(facet.value['value']).toLowerCase() : '';
    if (level in THRESHOLD_DAYS) return level;
  }
  return '';
}

function* timelyCompletion(ctx: RuleContext): Iterable<Violation> {
  const collected = new Map(objectsAt(ctx.doc, 'observations').map((o) => [text(o.value['uuid']), instant(o.value['collected'])] as const));
  const itemObservations = new Map<string, string[]>();
  for (const item of objectsAt(ctx.doc, 'poam-items')) {
    const obs = objectsAt(item, 'related-observations').map((o) => text(o.value['observation-uuid']));
    for (const ref of objectsAt(item, 'related-risks')) itemObservations.set(text(ref.value['risk-uuid']), [...(itemObservations.get(text(ref.value['risk-uuid'])) ?? []), ...obs]);
  }
  for (const r of risks(ctx)) {
    const deadline = instant(r.value['deadline']);
    const level = riskLevel(r);
    const limit = THRESHOLD_DAYS[level];
    if (deadline === undefined || limit === undefined) continue;
    const uuids = [...objectsAt(r, 'related-observations').map((o) => text(o.value['observation-uuid'])), ...(itemObservations.get(text(r.value['uuid'])) ?? [])];
    const detected = uuids.map((u) => collected.get(u)).filter((t): t is number => t !== undefined);
    if (detected.length === 0) continue;
    const first = Math.min(...detected);
    const days = Math.floor((deadline - first) / DAY_MS);
    if (days > limit) {
      yield {
        message: `${label(r, 'risk')} (${level}) is due ${day(deadline)}, ${days} days after detection on ${day(first)}; FedRAMP allows ${limit} days`,
        pointer: (child(r, 'deadline') ?? r).pointer,
      };
    }
  }
}

export const POAM_RISK_RULES: readonly OscalRule[] = [
  rule('risk-has-deadline', POAM, 'error', 'A risk must have a deadline.', hasDeadline),
  rule('risk-has-recommendation', POAM, 'error', 'A risk must have a recommendation response.', hasResponse('recommendation', 'recommendation')),
  rule('risk-has-planned-response', POAM, 'error', 'A risk must have a planned response.', hasResponse('planned', 'planned response')),
  rule('risk-has-milestones', POAM, 'error', 'A risk associated with a poam-item must have one or more milestones (response tasks).', hasMilestones),
  rule('milestone-has-description', POAM, 'error', 'A milestone task must have a description.', milestoneHas('description')),
  rule('milestone-has-timing', POAM, 'error', 'A milestone task must have a timing element.', milestoneHas('timing')),
  rule('milestone-has-timing-within-date-range', POAM, 'error', 'A milestone task timing must have a within-date-range (or on-date) element.', milestoneDateRange),
  rule('deadline-is-valid-datetime', POAM, 'error', 'A risk deadline must be a valid date-time.', (ctx) => invalidDates(deadlines(ctx), 'risk deadline')),
  rule('on-date-date-is-valid-datetime', POAM, 'error', 'An on-date date must be a valid date-time.', (ctx) => invalidDates(attrs(ctx, 'on-date', 'date'), 'on-date date')),
  rule('within-date-range-start-is-valid-datetime', POAM, 'error', 'A within-date-range start must be a valid date-time.', (ctx) =>
    invalidDates(attrs(ctx, 'within-date-range', 'start'), 'within-date-range start'),
  ),
  rule('within-date-range-end-is-valid-datetime', POAM, 'error', 'A within-date-range end must be a valid date-time.', (ctx) =>
    invalidDates(attrs(ctx, 'within-date-range', 'end'), 'within-date-range end'),
  ),
  rule('within-date-range-start-precedes-end', POAM, 'error', 'A within-date-range start must precede its end.', rangeOrder),
  rule('risk-log-entry-has-title', POAM, 'error', 'A risk-log entry must have a title.', entryHas('title')),
  rule('risk-log-entry-has-start', POAM, 'error', 'A risk-log entry must have a start.', entryHas('start')),
  rule(
    'has-timely-completion-date',
    POAM,
    'error',
    "A risk's scheduled completion date (deadline) must be within FedRAMP's remediation threshold from detection: 30 days for high, 90 for moderate, 180 for low.",
    timelyCompletion,
  ),
];
