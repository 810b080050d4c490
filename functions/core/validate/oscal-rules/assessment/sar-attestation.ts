import { child, text, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { descendants, namedProps, objects, objectsAt, paragraphs, results, rule, SAR } from './helpers.js';

/**
 * The SAR attestation: it states the 3PAO's authorization recommendation, and a recommendation other
 * than 'yes' opens with the Guide's risk summary sentence.
 */

const attestations = (ctx: RuleContext) => results(ctx).flatMap((r) => objectsAt(r, 'attestations'));

/** The parts (at any depth) of an attestation that carry a recommend-authorization property. */
const recommendingParts = (attestation: Located): Located<JsonObject>[] =>
  objects(descendants(attestation, 'parts')).filter((p) => namedProps(p, 'recommend-authorization').length > 0);

function* hasRecommendation(ctx: RuleContext): Iterable<Violation> {
  for (const a of attestations(ctx)) {
    if (recommendingParts(a).length === 0) yield { message: "the attestation has no 'recommend-authorization' property", pointer: a.pointer };
  }
}

/** The Guide's example: "A total of [n] system risks were identified for [system], including [n] High risks, …". */
const RISK_SUMMARY =
  /^A total of .+? system risks? (?:were|was) identified for .+?, including .+? High risks?, .+? Moderate risks?, .+? Low risks?, and .+? operationally required risks?\.?$/i;

function* notRecommendedSummary(ctx: RuleContext): Iterable<Violation> {
  for (const a of attestations(ctx)) {
    for (const part of recommendingParts(a)) {
      const value = text(namedProps(part, 'recommend-authorization')[0]?.value['value']);
      if (value === 'yes') continue;
      const statement = objectsAt(part, 'parts')[0];
      const firstParagraph = paragraphs(text(child(statement ?? part, 'prose')))[0] ?? '';
      if (!RISK_SUMMARY.test(firstParagraph)) {
        yield {
          message: `authorization is not recommended ('${value}') but the first authorization statement does not begin "A total of [number] system risks were identified for [system], including … High, … Moderate, … Low, and … operationally required risks."`,
          pointer: (statement ?? part).pointer,
        };
      }
    }
  }
}

export const SAR_ATTESTATION_RULES: readonly OscalRule[] = [
  rule('has-attestation', SAR, 'error', "A SAR attestation must have a 'recommend-authorization' property.", hasRecommendation),
  rule(
    'has-attestation-value-no',
    SAR,
    'error',
    "When authorization is not recommended, the first authorization statement must summarize the risks as in the Guide ('A total of … system risks were identified …').",
    notRecommendedSummary,
  ),
];
