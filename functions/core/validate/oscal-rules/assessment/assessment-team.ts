import { child, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, metadata, namedProps, objectsAt, partiesByUuid, responsibleParties, rolePartyUuids, rolesWithId, rule, SAP } from './helpers.js';

/**
 * The SAP's metadata: the 3PAO (an accredited party, the assessor and assessment-team roles, one
 * assessment lead on the team, reachable by phone and email), the CSP's points of contact (assessment
 * POCs including the operations center, end-of-testing and results POCs), and a location.
 */

/** The metadata, when present, must define role `id`. */
const hasRole = (id: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    const md = metadata(ctx);
    if (md && rolesWithId(ctx, id).length === 0) yield { message: `metadata defines no role '${id}'`, pointer: md.pointer };
  };

/** The metadata, when present, must have a responsible-party for role `id`. */
const hasResponsibleParty = (id: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    const md = metadata(ctx);
    if (md && responsibleParties(ctx, id).length === 0) yield { message: `metadata has no responsible-party for role '${id}'`, pointer: md.pointer };
  };

/** Each responsible-party for role `id` must name at least one party. */
const namesAParty = (id: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const rp of responsibleParties(ctx, id)) {
      if (select(rp, 'party-uuids').length === 0) yield { message: `the responsible-party for role '${id}' has no party-uuid`, pointer: rp.pointer };
    }
  };

function* singleLead(ctx: RuleContext): Iterable<Violation> {
  const leads = responsibleParties(ctx, 'assessment-lead');
  if (leads.length > 1) yield { message: `metadata has ${leads.length} responsible-parties for role 'assessment-lead'; there must be one`, pointer: leads[1]!.pointer };
}

function* leadOnTeam(ctx: RuleContext): Iterable<Violation> {
  const team = new Set(rolePartyUuids(ctx, 'assessment-team').map((n) => text(n)));
  for (const uuid of rolePartyUuids(ctx, 'assessment-lead')) {
    if (!team.has(text(uuid))) yield { message: `the assessment lead (party ${text(uuid)}) is not a member of the assessment team`, pointer: uuid.pointer };
  }
}

function* teamPartiesExist(ctx: RuleContext): Iterable<Violation> {
  const parties = partiesByUuid(ctx);
  for (const uuid of rolePartyUuids(ctx, 'assessment-team')) {
    if (!parties.has(text(uuid))) yield { message: `assessment-team member ${text(uuid)} is not a party in metadata`, pointer: uuid.pointer };
  }
}

/** Each party of the assessment lead must have `key` (telephone-numbers, email-addresses). */
const leadHas = (key: string, what: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    const parties = partiesByUuid(ctx);
    for (const uuid of rolePartyUuids(ctx, 'assessment-lead')) {
      const party = parties.get(text(uuid));
      if (!party || select(party, key).length === 0) {
        yield { message: `the assessment lead (party ${text(uuid)}) has no ${what}`, pointer: (party ?? uuid).pointer };
      }
    }
  };

function* cspPocCount(ctx: RuleContext): Iterable<Violation> {
  for (const rp of responsibleParties(ctx, 'csp-assessment-poc')) {
    const n = select(rp, 'party-uuids').length;
    if (n < 3) yield { message: `the responsible-party for 'csp-assessment-poc' names ${n} parties; FedRAMP expects at least 3 CSP points of contact`, pointer: rp.pointer };
  }
}

function* cspPocOpsCenter(ctx: RuleContext): Iterable<Violation> {
  const ops = new Set(rolePartyUuids(ctx, 'csp-operations-center').map((n) => text(n)));
  for (const rp of responsibleParties(ctx, 'csp-assessment-poc')) {
    if (!select(rp, 'party-uuids').some((u) => ops.has(text(u)))) {
      yield { message: "none of the CSP assessment points of contact is the CSP's operations center ('csp-operations-center')", pointer: rp.pointer };
    }
  }
}

function* hasLocation(ctx: RuleContext): Iterable<Violation> {
  const md = metadata(ctx);
  if (md && select(md, 'locations').length === 0) yield { message: 'metadata has no location', pointer: md.pointer };
}

const accreditedParties = (ctx: RuleContext) => objectsAt(ctx.doc, 'metadata/parties').filter((p) => namedProps(p, 'iso-iec-17020-identifier').length > 0);

function* hasAccreditedParty(ctx: RuleContext): Iterable<Violation> {
  const md = metadata(ctx);
  if (md && accreditedParties(ctx).length === 0) yield { message: "no metadata party has an 'iso-iec-17020-identifier' property (the 3PAO's A2LA accreditation)", pointer: md.pointer };
}

function* accreditationFormat(ctx: RuleContext): Iterable<Violation> {
  for (const p of objectsAt(ctx.doc, 'metadata/parties')) {
    for (const prop of namedProps(p, 'iso-iec-17020-identifier')) {
      const v = text(prop.value['value']);
      if (!/^\d{4}\.\d{2}$/.test(v)) yield { message: `${label(p, 'party')} has iso-iec-17020-identifier '${v}'; it must be formatted like 0000.00`, pointer: (child(prop, 'value') ?? prop).pointer };
    }
  }
}

export const ASSESSMENT_TEAM_RULES: readonly OscalRule[] = [
  rule('has-metadata-role-assessor', SAP, 'error', "A FedRAMP SAP's metadata must define the 'assessor' role.", hasRole('assessor')),
  rule('has-metadata-assessment-team-role', SAP, 'error', "A FedRAMP SAP's metadata must define the 'assessment-team' role.", hasRole('assessment-team')),
  rule('has-metadata-responsible-party-assessment', SAP, 'error', "A FedRAMP SAP must have a responsible-party for the 'assessment-team' role.", hasResponsibleParty('assessment-team')),
  rule('has-metadata-responsible-party-has-party-uuid', SAP, 'error', 'The assessment team must name at least one party.', namesAParty('assessment-team')),
  rule('has-metadata-responsible-party-matches', SAP, 'error', 'Each member of the assessment team must be a party in metadata.', teamPartiesExist),
  rule('has-metadata-responsible-party-lead', SAP, 'error', "A FedRAMP SAP must have a responsible-party for the 'assessment-lead' role.", hasResponsibleParty('assessment-lead')),
  rule('has-metadata-responsible-party-lead-multiple', SAP, 'error', "A FedRAMP SAP must have only one responsible-party for the 'assessment-lead' role.", singleLead),
  rule('has-metadata-responsible-party-lead-matches', SAP, 'error', 'The assessment lead must be a member of the assessment team.', leadOnTeam),
  rule('has-metadata-responsible-party-phone', SAP, 'error', 'The assessment lead must have a telephone number.', leadHas('telephone-numbers', 'telephone number')),
  rule('has-metadata-responsible-party-email', SAP, 'error', 'The assessment lead must have an email address.', leadHas('email-addresses', 'email address')),
  rule('has-metadata-csp-poc-role', SAP, 'error', "A FedRAMP SAP's metadata must define the 'csp-assessment-poc' role.", hasRole('csp-assessment-poc')),
  rule('has-metadata-csp-poc-responsible-party', SAP, 'error', "A FedRAMP SAP must have a responsible-party for the 'csp-assessment-poc' role.", hasResponsibleParty('csp-assessment-poc')),
  rule('has-metadata-responsible-party-csp-poc-matches', SAP, 'error', 'The CSP assessment points of contact must name at least three parties.', cspPocCount),
  rule('has-metadata-csp-poc-responsible-party-ops-center', SAP, 'error', "One of the CSP assessment points of contact must be the CSP's operations center.", cspPocOpsCenter),
  rule('has-metadata-role-end-of-testing', SAP, 'error', "A FedRAMP SAP's metadata must define the 'csp-end-of-testing-poc' role.", hasRole('csp-end-of-testing-poc')),
  rule(
    'has-metadata-responsible-party-end-of-testing',
    SAP,
    'error',
    "A FedRAMP SAP must have a responsible-party for the 'csp-end-of-testing-poc' role.",
    hasResponsibleParty('csp-end-of-testing-poc'),
  ),
  rule('has-metadata-responsible-party-uuid', SAP, 'error', 'The CSP end-of-testing point of contact must name a party.', namesAParty('csp-end-of-testing-poc')),
  rule('has-metadata-role-test-results', SAP, 'error', "A FedRAMP SAP's metadata must define the 'csp-results-poc' role.", hasRole('csp-results-poc')),
  rule('has-metadata-responsible-party-test-results', SAP, 'error', "A FedRAMP SAP must have a responsible-party for the 'csp-results-poc' role.", hasResponsibleParty('csp-results-poc')),
  rule('has-metadata-responsible-party-results-uuid', SAP, 'error', 'The CSP test results point of contact must name a party.', namesAParty('csp-results-poc')),
  rule('has-metadata-location', SAP, 'error', "A FedRAMP SAP's metadata must have a location.", hasLocation),
  rule('has-metadata-party', SAP, 'error', "A FedRAMP SAP must have a party with an 'iso-iec-17020-identifier' property (the accredited 3PAO).", hasAccreditedParty),
  rule('has-metadata-correctly-formatted-party', SAP, 'error', "An 'iso-iec-17020-identifier' property value must be formatted as four digits, a period and two digits.", accreditationFormat),
];
