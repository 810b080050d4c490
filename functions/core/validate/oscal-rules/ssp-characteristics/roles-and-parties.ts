import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { has, partiesByUuid, roleIds, sspRule } from './helpers.js';

/**
 * Roles, parties and responsible parties of the SSP's metadata: the roles FedRAMP requires, and the
 * references between roles, responsible parties and parties.
 */

/** The roles FedRAMP requires every SSP to define, with its names for them. */
const REQUIRED_ROLES: readonly (readonly [string, string])[] = [
  ['system-owner', 'System Owner'],
  ['authorizing-official', 'Authorizing Official'],
  ['system-poc-management', 'System Management PoC'],
  ['system-poc-technical', 'System Technical PoC'],
  ['system-poc-other', 'System Other PoC'],
  ['information-system-security-officer', 'Information System Security Officer'],
  ['authorizing-official-poc', 'Authorizing Official PoC'],
];

/** Roles whose responsible parties must be persons (as FedRAMP's constraint frr280 names them). */
const PERSON_ROLES = new Set(['system-owner', 'information-system-security-officer']);

const responsibleParties = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'metadata/responsible-parties');
const partyUuidsOf = (rp: Located): readonly Located[] => select(rp, 'party-uuids');
const roleIdOf = (rp: Located): string => (isObject(rp.value) ? text(rp.value['role-id']) : '');

const roleDefined = (id: string, name: string): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    const metadata = select(ctx.doc, 'metadata')[0];
    if (!metadata || roleIds(ctx).has(id)) return;
    yield { message: `metadata defines no '${id}' role (${name})`, pointer: metadata.pointer };
  };

function* roleHasTitle(ctx: RuleContext): Iterable<Violation> {
  for (const r of select(ctx.doc, 'metadata/roles')) {
    if (!has(r, 'title')) yield { message: `role ${isObject(r.value) ? text(r.value['id']) || '(no id)' : ''} has no title`, pointer: r.pointer };
  }
}

function* roleHasResponsibleParty(ctx: RuleContext): Iterable<Violation> {
  const covered = new Set(responsibleParties(ctx).map(roleIdOf));
  for (const r of select(ctx.doc, 'metadata/roles')) {
    const id = isObject(r.value) ? text(r.value['id']) : '';
    if (id && !covered.has(id)) yield { message: `role '${id}' has no responsible party`, pointer: r.pointer };
  }
}

function* responsiblePartyHasRole(ctx: RuleContext): Iterable<Violation> {
  const roles = roleIds(ctx);
  for (const rp of responsibleParties(ctx)) {
    const id = roleIdOf(rp);
    if (!roles.has(id)) yield { message: `responsible party for role '${id}' refers to a role that metadata does not define`, pointer: rp.pointer };
  }
}

function* responsiblePartyHasPartyUuid(ctx: RuleContext): Iterable<Violation> {
  for (const rp of responsibleParties(ctx)) {
    if (partyUuidsOf(rp).length === 0) yield { message: `responsible party for role '${roleIdOf(rp)}' identifies no party (party-uuid)`, pointer: rp.pointer };
  }
}

function* responsiblePartyDefined(ctx: RuleContext): Iterable<Violation> {
  const parties = partiesByUuid(ctx);
  for (const rp of responsibleParties(ctx)) {
    for (const u of partyUuidsOf(rp)) {
      if (!parties.has(text(u))) yield { message: `responsible party for role '${roleIdOf(rp)}' refers to party ${text(u)}, which metadata does not define`, pointer: u.pointer };
    }
  }
}

function* responsiblePartyIsPerson(ctx: RuleContext): Iterable<Violation> {
  const parties = partiesByUuid(ctx);
  for (const rp of responsibleParties(ctx)) {
    if (!PERSON_ROLES.has(roleIdOf(rp))) continue;
    for (const u of partyUuidsOf(rp)) {
      const party = parties.get(text(u));
      if (party && text(party.value['type']) !== 'person') {
        yield { message: `the '${roleIdOf(rp)}' responsible party ${text(u)} is a ${text(party.value['type']) || 'party of no type'}, not a person`, pointer: u.pointer };
      }
    }
  }
}

/** How many metadata responsible parties name each party uuid. */
function responsibleUuids(ctx: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rp of responsibleParties(ctx)) {
    for (const u of new Set(partyUuidsOf(rp).map((n) => text(n)))) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  return counts;
}

function* personHasResponsibility(ctx: RuleContext): Iterable<Violation> {
  const counts = responsibleUuids(ctx);
  const elsewhere = new Set(
    [...select(ctx.doc, 'system-implementation/components/responsible-roles/party-uuids'), ...select(ctx.doc, 'system-implementation/leveraged-authorizations/party-uuid')].map((n) => text(n)),
  );
  for (const [uuid, party] of partiesByUuid(ctx)) {
    if (text(party.value['type']) !== 'person' || counts.has(uuid) || elsewhere.has(uuid)) continue;
    yield { message: `person ${text(party.value['name']) || uuid} has no responsibility (no responsible party or role refers to them)`, pointer: party.pointer };
  }
}

function* personHasOneResponsibility(ctx: RuleContext): Iterable<Violation> {
  const counts = responsibleUuids(ctx);
  for (const [uuid, party] of partiesByUuid(ctx)) {
    const n = counts.get(uuid) ?? 0;
    if (text(party.value['type']) === 'person' && n > 1) {
      yield { message: `person ${text(party.value['name']) || uuid} is the responsible party of ${n} roles; a person may have only one`, pointer: party.pointer };
    }
  }
}

export const RULES: readonly OscalRule[] = [
  ...REQUIRED_ROLES.map(([id, name]) => sspRule(`role-defined-${id}`, 'error', `The ${name} role must be defined.`, roleDefined(id, name))),
  sspRule('role-has-title', 'error', 'A role must have a title.', roleHasTitle),
  sspRule('role-has-responsible-party', 'error', 'One or more responsible parties must be defined for each role.', roleHasResponsibleParty),
  sspRule('responsible-party-has-role', 'error', 'The role for a responsible party must exist.', responsiblePartyHasRole, ['incorrect-role-association']),
  sspRule('responsible-party-has-party-uuid', 'error', 'One or more parties must be identified for a responsibility.', responsiblePartyHasPartyUuid),
  sspRule('responsible-party-has-definition', 'error', 'Every responsible party must be defined.', responsiblePartyDefined, ['incorrect-party-association']),
  sspRule('responsible-party-is-person', 'error', 'For some roles (system owner, information system security officer) responsible parties must be persons.', responsiblePartyIsPerson),
  sspRule('party-has-responsibility', 'warning', 'Each person should have a responsibility.', personHasResponsibility),
  sspRule('party-has-one-responsibility', 'error', 'Each person must have no more than one responsibility.', personHasOneResponsibility),
];
