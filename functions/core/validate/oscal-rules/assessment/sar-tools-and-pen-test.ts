import { select, text, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import {
  actors,
  evidenceHrefs,
  evidenceResources,
  hasActorType,
  hasMethod,
  hasType,
  label,
  objectsAt,
  observations,
  relatedObservationUuids,
  resourceFor,
  resourceTypes,
  responsibleParties,
  rolePartyUuids,
  rule,
  SAR,
  texts,
} from './helpers.js';

/**
 * Observations produced by tools (scanner findings: TEST method, a declared tool, locally defined
 * subjects, raw tool output as evidence, tied to a finding) and by penetration testing (the
 * penetration test report as evidence, testers from the penetration test team, one test lead).
 */

const toolObservations = (ctx: RuleContext) => observations(ctx).filter((o) => hasActorType(o, 'tool'));

function* toolFindingIsTest(ctx: RuleContext): Iterable<Violation> {
  for (const o of toolObservations(ctx).filter((x) => hasType(x, 'finding'))) {
    if (!hasMethod(o, 'TEST')) yield { message: `${label(o, 'tool finding observation')} has method ${texts(o, 'methods').join(', ') || '(none)'}; it must be TEST`, pointer: o.pointer };
  }
}

/** The uuids of the components and inventory items defined in the SAR (document or result local-definitions). */
function localUuids(ctx: RuleContext, kinds: readonly string[]): Set<string> {
  const defs: Located[] = [...select(ctx.doc, 'local-definitions'), ...select(ctx.doc, 'results/local-definitions')];
  const out = new Set<string>();
  for (const d of defs) {
    for (const kind of kinds) for (const n of [...objectsAt(d, kind), ...objectsAt(d, `assessment-assets/${kind}`)]) out.add(text(n.value['uuid']).toLowerCase());
  }
  return out;
}

function* toolIsAssessmentAsset(ctx: RuleContext): Iterable<Violation> {
  const assets = new Set([...select(ctx.doc, 'local-definitions/assessment-assets/components'), ...select(ctx.doc, 'results/local-definitions/assessment-assets/components')]
    .map((c) => text((c.value as JsonObject)['uuid']).toLowerCase()));
  if (assets.size === 0) return; // the tools are declared in the imported SAP, which is not at hand
  for (const o of toolObservations(ctx)) {
    for (const a of actors(o).filter((x) => text(x.value['type']) === 'tool')) {
      const uuid = text(a.value['actor-uuid']);
      if (!assets.has(uuid.toLowerCase())) yield { message: `${label(o, 'observation')} credits tool ${uuid}, which is not an assessment-assets component`, pointer: a.pointer };
    }
  }
}

function* toolSubjectsAreLocal(ctx: RuleContext): Iterable<Violation> {
  const local = localUuids(ctx, ['components', 'inventory-items']);
  for (const o of toolObservations(ctx)) {
    for (const s of objectsAt(o, 'subjects').filter((x) => ['component', 'inventory-item'].includes(text(x.value['type'])))) {
      const uuid = text(s.value['subject-uuid']);
      if (!local.has(uuid.toLowerCase())) yield { message: `${label(o, 'tool observation')} has subject ${uuid}, which is not a locally defined component or inventory item`, pointer: s.pointer };
    }
  }
}

/** Whether an observation's evidence includes raw tool output: a resource of that type, or a link with rel 'raw-tool-output'. */
function hasRawToolOutput(ctx: RuleContext, o: Located): boolean {
  if (evidenceResources(ctx, o).some((r) => resourceTypes(r).some((t) => t === 'raw-tool-output' || t === 'tool-output'))) return true;
  return objectsAt(o, 'relevant-evidence/links').some((l) => text(l.value['rel']) === 'raw-tool-output' && resourceFor(ctx, text(l.value['href'])) !== undefined);
}

function* toolEvidence(ctx: RuleContext): Iterable<Violation> {
  for (const o of toolObservations(ctx)) {
    if (!hasRawToolOutput(ctx, o)) yield { message: `${label(o, 'tool observation')} has no relevant-evidence pointing to the raw tool output in the back-matter`, pointer: o.pointer };
  }
}

function* toolFindingRelated(ctx: RuleContext): Iterable<Violation> {
  const related = relatedObservationUuids(ctx);
  for (const o of toolObservations(ctx).filter((x) => hasType(x, 'finding'))) {
    if (!related.has(text(o.value['uuid']))) yield { message: `${label(o, 'tool finding observation')} is not the related-observation of any finding`, pointer: o.pointer };
  }
}

function* oneTestLead(ctx: RuleContext): Iterable<Violation> {
  for (const rp of responsibleParties(ctx, 'penetration-test-lead')) {
    const n = select(rp, 'party-uuids').length;
    if (n !== 1) yield { message: `the responsible-party for 'penetration-test-lead' names ${n} parties; it must name exactly one`, pointer: rp.pointer };
  }
}

/** Manual test findings with evidence: type finding, method TEST, no tool, no component subject. */
const manualTestFindings = (ctx: RuleContext) =>
  observations(ctx).filter(
    (o) =>
      hasType(o, 'finding') &&
      hasMethod(o, 'TEST') &&
      !hasActorType(o, 'tool') &&
      !objectsAt(o, 'subjects').some((s) => text(s.value['type']) === 'component') &&
      evidenceHrefs(o).length > 0,
  );

const isPenTestReport = (r: Located) => resourceTypes(r).includes('penetration-test-report');

function* penTestEvidence(ctx: RuleContext): Iterable<Violation> {
  for (const o of manualTestFindings(ctx)) {
    if (!evidenceResources(ctx, o).some(isPenTestReport)) {
      yield { message: `${label(o, 'test finding observation')} has relevant-evidence that does not point to a 'penetration-test-report' back-matter resource`, pointer: o.pointer };
    }
  }
}

function* penTestTeam(ctx: RuleContext): Iterable<Violation> {
  const team = new Set([...rolePartyUuids(ctx, 'penetration-test-lead'), ...rolePartyUuids(ctx, 'penetration-test-team')].map((n) => text(n)));
  for (const o of manualTestFindings(ctx).filter((x) => evidenceResources(ctx, x).some(isPenTestReport))) {
    const parties = actors(o).filter((a) => text(a.value['type']) === 'party');
    if (parties.length > 0 && !parties.some((a) => team.has(text(a.value['actor-uuid'])))) {
      yield { message: `${label(o, 'penetration test finding observation')} credits no member of the penetration test team or its lead`, pointer: o.pointer };
    }
  }
}

export const SAR_TOOL_AND_PEN_TEST_RULES: readonly OscalRule[] = [
  rule('has-method-TEST', SAR, 'error', "A finding observation from a tool must have the method TEST.", toolFindingIsTest),
  rule('has-matching-assessment-asset-component', SAR, 'error', 'The tool credited by an observation must be an assessment-assets component.', toolIsAssessmentAsset),
  rule(
    'observation-subject-is-locally-defined',
    SAR,
    'error',
    'The component or inventory-item subjects of a tool observation must be defined in local-definitions.',
    toolSubjectsAreLocal,
  ),
  rule('has-relevant-evidence', SAR, 'error', "A tool observation's relevant-evidence must refer to the 'raw-tool-output' back-matter resource.", toolEvidence),
  rule('has-related-observation', SAR, 'error', 'A finding observation from a tool must be the related-observation of a finding.', toolFindingRelated),
  rule('has-pen-test-lead', SAR, 'error', "The responsible-party for 'penetration-test-lead' must name exactly one party.", oneTestLead),
  rule(
    'has-pen-test-finding-resource',
    SAR,
    'error',
    "A TEST finding observation with evidence and no tool or component subject must refer to the 'penetration-test-report' back-matter resource.",
    penTestEvidence,
  ),
  rule('has-pen-test-team-match', SAR, 'error', 'A penetration test finding must credit a member of the penetration test team or its lead.', penTestTeam),
];
