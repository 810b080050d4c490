import { text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, objectsAt, POAM, rule } from './helpers.js';

/**
 * POA&M items: each has exactly one associated risk and at least one related observation, and both
 * references resolve in the document (the risk with a planned response).
 */

const poamItems = (ctx: RuleContext) => objectsAt(ctx.doc, 'poam-items');
const risksByUuid = (ctx: RuleContext) => new Map(objectsAt(ctx.doc, 'risks').map((r) => [text(r.value['uuid']), r] as const));

function* hasAssociatedRisk(ctx: RuleContext): Iterable<Violation> {
  for (const item of poamItems(ctx)) {
    if (objectsAt(item, 'related-risks').length === 0) yield { message: `${label(item, 'poam-item')} has no associated-risk`, pointer: item.pointer };
  }
}

function* oneAssociatedRisk(ctx: RuleContext): Iterable<Violation> {
  for (const item of poamItems(ctx)) {
    const n = objectsAt(item, 'related-risks').length;
    if (n > 1) yield { message: `${label(item, 'poam-item')} has ${n} associated-risks; FedRAMP allows one per POA&M item`, pointer: item.pointer };
  }
}

function* hasRelatedObservation(ctx: RuleContext): Iterable<Violation> {
  for (const item of poamItems(ctx)) {
    if (objectsAt(item, 'related-observations').length === 0) yield { message: `${label(item, 'poam-item')} has no related-observation`, pointer: item.pointer };
  }
}

function* associatedRiskExists(ctx: RuleContext): Iterable<Violation> {
  const risks = risksByUuid(ctx);
  for (const item of poamItems(ctx)) {
    for (const ref of objectsAt(item, 'related-risks')) {
      const uuid = text(ref.value['risk-uuid']);
      if (!risks.has(uuid)) yield { message: `${label(item, 'poam-item')} refers to risk ${uuid}, which is not in this POA&M`, pointer: ref.pointer };
    }
  }
}

function* associatedRiskPlanned(ctx: RuleContext): Iterable<Violation> {
  const risks = risksByUuid(ctx);
  for (const item of poamItems(ctx)) {
    for (const ref of objectsAt(item, 'related-risks')) {
      const risk = risks.get(text(ref.value['risk-uuid']));
      if (risk && !objectsAt(risk, 'remediations').some((r) => text(r.value['lifecycle']) === 'planned')) {
        yield { message: `${label(item, 'poam-item')} refers to ${label(risk, 'risk')}, which has no planned response`, pointer: ref.pointer };
      }
    }
  }
}

function* relatedObservationExists(ctx: RuleContext): Iterable<Violation> {
  const observations = new Set(objectsAt(ctx.doc, 'observations').map((o) => text(o.value['uuid'])));
  for (const holder of [...poamItems(ctx), ...objectsAt(ctx.doc, 'risks')]) {
    for (const ref of objectsAt(holder, 'related-observations')) {
      const uuid = text(ref.value['observation-uuid']);
      if (!observations.has(uuid)) yield { message: `related-observation ${uuid} does not name an observation in this POA&M`, pointer: ref.pointer };
    }
  }
}

export const POAM_ITEM_RULES: readonly OscalRule[] = [
  rule('poam-item-has-associated-risk', POAM, 'error', 'A poam-item must have an associated-risk.', hasAssociatedRisk),
  rule('poam-item-has-one-associated-risk', POAM, 'error', 'A poam-item must have one and only one associated-risk.', oneAssociatedRisk),
  rule('poam-item-has-related-observation', POAM, 'error', 'A poam-item must have a related-observation.', hasRelatedObservation),
  rule('associated-risk-has-target', POAM, 'error', 'A poam-item associated-risk must reference a risk in this document.', associatedRiskExists),
  rule('associated-risk-has-planned-response', POAM, 'error', 'A poam-item associated-risk must reference a risk with a planned response.', associatedRiskPlanned),
  rule('related-observation-has-observation', POAM, 'error', 'A related-observation must reference an observation in this document.', relatedObservationExists),
];
