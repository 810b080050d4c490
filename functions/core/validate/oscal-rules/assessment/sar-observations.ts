import { child, items, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { descendants, evidenceResources, hasMethod, hasType, label, objects, objectsAt, observations, relatedObservationUuids, resourceUuids, rule, SAR, texts } from './helpers.js';

/**
 * SAR observations: special observation types (operational requirements, risk adjustments, false
 * positives, SSP statement issues) are tied to findings and evidence; methods, subject and actor types
 * use the allowed values.
 */

/** Observations of `type` must be related to a finding. */
const relatedToFinding = (type: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    const related = relatedObservationUuids(ctx);
    for (const o of observations(ctx).filter((x) => hasType(x, type))) {
      if (!related.has(text(o.value['uuid']))) yield { message: `${label(o, `${type} observation`)} is not the related-observation of any finding`, pointer: o.pointer };
    }
  };

/** Observations of `type` must have relevant evidence pointing to a back-matter resource. */
const evidenceInBackMatter = (type: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const o of observations(ctx).filter((x) => hasType(x, type))) {
      if (evidenceResources(ctx, o).length === 0) yield { message: `${label(o, `${type} observation`)} has no relevant-evidence pointing to a back-matter resource`, pointer: o.pointer };
    }
  };

/** Observations of `type` must use `method`. */
const typeUsesMethod = (type: string, method: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const o of observations(ctx).filter((x) => hasType(x, type))) {
      if (!hasMethod(o, method)) yield { message: `${label(o, `${type} observation`)} has method ${texts(o, 'methods').join(', ') || '(none)'}; it must be ${method}`, pointer: o.pointer };
    }
  };

const METHODS: ReadonlySet<string> = new Set(['EXAMINE', 'INTERVIEW', 'TEST', 'UNKNOWN']);

function* methodValues(ctx: RuleContext): Iterable<Violation> {
  for (const o of observations(ctx)) {
    const historic = hasType(o, 'historic');
    for (const m of items(child(o, 'methods'))) {
      const v = text(m);
      if (!METHODS.has(v) && !(historic && v === 'MIXED')) yield { message: `${label(o, 'observation')} has method '${v}'; it must be EXAMINE, INTERVIEW or TEST`, pointer: m.pointer };
    }
  }
}

const SUBJECT_TYPES: ReadonlySet<string> = new Set(['component', 'inventory-item', 'location', 'party', 'user', 'resource']);

function* subjectValues(ctx: RuleContext): Iterable<Violation> {
  for (const o of observations(ctx)) {
    for (const s of objectsAt(o, 'subjects')) {
      const t = text(s.value['type']);
      if (!SUBJECT_TYPES.has(t)) yield { message: `${label(o, 'observation')} has a subject of type '${t}'; it must be one of ${[...SUBJECT_TYPES].join(', ')}`, pointer: s.pointer };
    }
  }
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(['tool', 'assessment-platform', 'party']);

function* actorValues(ctx: RuleContext): Iterable<Violation> {
  for (const o of observations(ctx)) {
    // Every actor under the observation (its origins, and any actor placed elsewhere in it).
    for (const a of objects([...descendants(o, 'actors'), ...descendants(o, 'actor')])) {
      const t = text(a.value['type']);
      if (!ACTOR_TYPES.has(t)) yield { message: `${label(o, 'observation')} has an actor of type '${t}'; it must be tool, assessment-platform or party`, pointer: a.pointer };
    }
  }
}

function* examinedSubjectsAreResources(ctx: RuleContext): Iterable<Violation> {
  const uuids = resourceUuids(ctx);
  for (const o of observations(ctx).filter((x) => hasType(x, 'control-objective') && hasMethod(x, 'EXAMINE'))) {
    for (const s of objectsAt(o, 'subjects')) {
      const uuid = text(s.value['subject-uuid']);
      if (!uuids.has(uuid)) yield { message: `${label(o, 'examined control-objective observation')} has subject ${uuid}, which is not a back-matter resource`, pointer: s.pointer };
    }
  }
}

export const SAR_OBSERVATION_RULES: readonly OscalRule[] = [
  rule('has-operational-requirement-observation', SAR, 'error', "An 'operational-requirement' observation must be the related-observation of a finding.", relatedToFinding('operational-requirement')),
  rule(
    'has-operational-requirement-relevant-evidence',
    SAR,
    'error',
    "An 'operational-requirement' observation must have relevant-evidence that refers to a back-matter resource.",
    evidenceInBackMatter('operational-requirement'),
  ),
  rule('has-risk-adjustment-observation', SAR, 'error', "A 'risk-adjustment' observation must be the related-observation of a finding.", relatedToFinding('risk-adjustment')),
  rule(
    'has-risk-adjustment-relevant-evidence',
    SAR,
    'error',
    "A 'risk-adjustment' observation must have relevant-evidence that refers to a back-matter resource.",
    evidenceInBackMatter('risk-adjustment'),
  ),
  rule('has-false-positive-observation', SAR, 'error', "A 'false-positive' observation must be the related-observation of a finding.", relatedToFinding('false-positive')),
  rule('has-type-ssp-statement-issue', SAR, 'error', "An 'ssp-statement-issue' observation must have the method EXAMINE.", typeUsesMethod('ssp-statement-issue', 'EXAMINE')),
  rule(
    'has-type-ssp-statement-issue-matches-related-observation',
    SAR,
    'error',
    "An 'ssp-statement-issue' observation must be the related-observation of a finding.",
    relatedToFinding('ssp-statement-issue'),
  ),
  rule('has-method-MIXED', SAR, 'error', "A 'historic' observation must have the method MIXED.", typeUsesMethod('historic', 'MIXED')),
  rule('has-correct-method-values', SAR, 'error', 'An observation method must be EXAMINE, INTERVIEW or TEST (MIXED only for historic observations).', methodValues),
  rule('has-correct-subject-values', SAR, 'error', 'An observation subject type must be one of the OSCAL subject types.', subjectValues),
  rule('has-correct-actor-type', SAR, 'error', 'An observation actor type must be tool, assessment-platform or party.', actorValues),
  rule(
    'has-subject-matching-resource-uuid',
    SAR,
    'error',
    "The subjects of an examined 'control-objective' observation must be back-matter resources.",
    examinedSubjectsAreResources,
  ),
];
