import { select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { ALL_MODELS, expectRule, field, frProps, has, hasProp, label, propsNamed } from './helpers.js';

/**
 * FedRAMP's constraints on document metadata: version, publication date, marking, party names (all
 * deliverables); data centers, preparer and owner roles, responsible parties and their addresses (SSP).
 */

const metadata = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'metadata');

const dataCenters = (ctx: RuleContext): { location: Located; kind: string }[] =>
  select(ctx.doc, 'metadata/locations').flatMap((location) => {
    const p = propsNamed(location, 'type').find((t) => field(t, 'value') === 'data-center');
    return p ? [{ location, kind: field(p, 'class') }] : [];
  });

/** The parties responsible for a role in the metadata. */
function partiesFor(ctx: RuleContext, roleId: string): Located[] {
  const uuids = new Set(
    select(ctx.doc, 'metadata/responsible-parties')
      .filter((rp) => field(rp, 'role-id') === roleId)
      .flatMap((rp) => select(rp, 'party-uuids').map(text)),
  );
  return select(ctx.doc, 'metadata/parties').filter((p) => uuids.has(field(p, 'uuid')));
}

/**
 * FedRAMP's address test: the addresses include a work address, and among them an address line, a
 * city, a state and a postal code.
 */
function hasWorkAddress(addresses: Located[]): boolean {
  return (
    addresses.some((a) => field(a, 'type') === 'work') &&
    addresses.some((a) => select(a, 'addr-lines').length > 0) &&
    (['city', 'state', 'postal-code'] as const).every((k) => addresses.some((a) => has(a, k)))
  );
}

function partyHasWorkAddress(ctx: RuleContext, roleId: string): boolean {
  const parties = partiesFor(ctx, roleId);
  if (hasWorkAddress(parties.flatMap((p) => select(p, 'addresses')))) return true;
  const locationUuids = new Set(parties.flatMap((p) => select(p, 'location-uuids').map(text)));
  const locations = select(ctx.doc, 'metadata/locations').filter((l) => locationUuids.has(field(l, 'uuid')));
  return hasWorkAddress(locations.flatMap((l) => select(l, 'address')));
}

const hasResponsibleParty = (md: Located, roleId: string): boolean => select(md, 'responsible-parties').some((rp) => field(rp, 'role-id') === roleId);
const hasRole = (md: Located, roleId: string): boolean => select(md, 'roles').some((r) => field(r, 'id') === roleId);

const roleRule = (id: string, roleId: string, statement: string): OscalRule =>
  expectRule({ id, level: 'ERROR', statement, targets: metadata, test: (md) => hasRole(md, roleId), message: () => `metadata defines no '${roleId}' role` });

const PERSON_ROLES = ['system-owner', 'information-system-security-officer'];

export const METADATA_RULES: readonly OscalRule[] = [
  expectRule({
    id: 'frr160',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: "A FedRAMP document's metadata MUST define a valid FedRAMP version.",
    targets: metadata,
    test: (md) => frProps(md, 'fedramp-version').length > 0,
    message: () => 'metadata has no FedRAMP version (fedramp-version prop in the FedRAMP namespace)',
  }),
  expectRule({
    id: 'frr205',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'All documents submitted to FedRAMP MUST define a valid publication date.',
    targets: metadata,
    test: (md) => has(md, 'published'),
    message: () => 'metadata has no publication date (published)',
  }),
  expectRule({
    id: 'frr268',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'A FedRAMP document MUST have a marking that defines its data classification.',
    targets: metadata,
    test: (md) => hasProp(md, 'marking'),
    message: () => 'metadata has no marking prop defining the data classification',
  }),
  expectRule({
    id: 'frr275',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'Every FedRAMP document MUST define a party with a name.',
    targets: (ctx) => select(ctx.doc, 'metadata/parties'),
    test: (p) => has(p, 'name'),
    message: (p) => `${label(p, 'party')} has no name`,
  }),
  expectRule({
    id: 'frr150',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have one or more alternate data center(s).',
    targets: metadata,
    test: (_md, ctx) => dataCenters(ctx).some((d) => d.kind === 'alternate'),
    message: () => 'metadata lists no alternate data center (location with a type prop data-center of class alternate)',
  }),
  expectRule({
    id: 'frr151',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have at least two (2) data centers listed.',
    targets: metadata,
    test: (_md, ctx) => dataCenters(ctx).length > 1,
    message: (_md, ctx) => `metadata lists ${dataCenters(ctx).length} data center(s); at least two are required`,
  }),
  expectRule({
    id: 'frr153',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have at least one primary data center.',
    targets: metadata,
    test: (_md, ctx) => dataCenters(ctx).some((d) => d.kind === 'primary'),
    message: () => 'metadata lists no primary data center (location with a type prop data-center of class primary)',
  }),
  expectRule({
    id: 'frr152',
    level: 'ERROR',
    statement: 'A FedRAMP SSP data center address MUST contain a country code.',
    targets: (ctx) => dataCenters(ctx).map((d) => d.location),
    test: (l) => select(l, 'address/country').length === 1,
    message: (l) => `${label(l, 'data center')} has no address country code`,
  }),
  expectRule({
    id: 'frr154',
    level: 'ERROR',
    statement: 'A FedRAMP SSP data center MUST have an address that is within the United States.',
    targets: (ctx) => dataCenters(ctx).map((d) => d.location),
    test: (l) => select(l, 'address/country').some((c) => text(c) === 'US'),
    message: (l) => `${label(l, 'data center')} is not in the US (country '${text(select(l, 'address/country')[0])}')`,
  }),
  {
    id: 'frr280',
    models: ['system-security-plan'],
    severity: 'error',
    statement: "For roles 'system-owner' and 'information-system-security-officer', the responsible-role party MUST be a party of type 'person'.",
    *check(ctx) {
      const persons = new Set(select(ctx.doc, 'metadata/parties').filter((p) => field(p, 'type') === 'person').map((p) => field(p, 'uuid')));
      for (const rp of select(ctx.doc, 'metadata/responsible-parties')) {
        const role = field(rp, 'role-id');
        if (!PERSON_ROLES.includes(role)) continue;
        for (const uuid of select(rp, 'party-uuids')) {
          if (!persons.has(text(uuid))) yield { message: `the '${role}' responsible party ${text(uuid)} is not a party of type 'person'`, pointer: uuid.pointer };
        }
      }
    },
  },
  expectRule({
    id: 'frr281',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have a responsible party that defines which party performs the role of preparing the document.',
    targets: metadata,
    test: (md) => hasResponsibleParty(md, 'prepared-by'),
    message: () => "metadata has no 'prepared-by' responsible party",
  }),
  expectRule({
    id: 'frr282',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have a responsible party for preparing the document, and that party MUST define an address.',
    targets: metadata,
    test: (_md, ctx) => partyHasWorkAddress(ctx, 'prepared-by'),
    message: () => "the 'prepared-by' party (or its location) has no complete work address (address line, city, state, postal code)",
  }),
  expectRule({
    id: 'frr283',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have a responsible party that defines the party for whom the document was prepared.',
    targets: metadata,
    test: (md) => hasResponsibleParty(md, 'prepared-for'),
    message: () => "metadata has no 'prepared-for' responsible party",
  }),
  expectRule({
    id: 'frr284',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST define the address of the responsible party for whom the document was prepared.',
    targets: metadata,
    test: (_md, ctx) => partyHasWorkAddress(ctx, 'prepared-for'),
    message: () => "the 'prepared-for' party (or its location) has no complete work address (address line, city, state, postal code)",
  }),
  roleRule('frr285', 'authorizing-official-poc', 'A FedRAMP SSP MUST define a role for the point of contact for an authorizing official.'),
  roleRule('frr286', 'information-system-security-officer', 'A FedRAMP SSP MUST define a role for the point of contact for an information system security officer.'),
  roleRule('frr287', 'prepared-by', 'A FedRAMP SSP MUST define a role for preparing this document.'),
  roleRule('frr288', 'prepared-for', 'A FedRAMP SSP MUST define a role for which the document was prepared.'),
  roleRule('frr289', 'system-owner', 'A FedRAMP SSP MUST define the system owner role.'),
];
