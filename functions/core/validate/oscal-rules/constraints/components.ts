import { select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import {
  components,
  componentsByUuid,
  countOf,
  expectRule,
  field,
  fragmentOf,
  frProps,
  has,
  hasProp,
  inventoryItems,
  isExternalFacing,
  isInterBoundary,
  isNetworkComponent,
  label,
  linksWithRel,
  propsNamed,
  propText,
  resourcesByUuid,
  typeIs,
} from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's components: cryptographic modules and their validations, external
 * (leveraged, interconnected, externally communicating) components, network components, images, and the
 * links between components.
 */

const name = (c: Located): string => label(c, `component (${field(c, 'type') || 'no type'})`);

/** A FIPS 140 validation component of a cryptographic module. */
const isCryptoValidation = (c: Located): boolean =>
  typeIs(c, 'validation') && hasProp(c, 'asset-type', ['cryptographic-module']) && hasProp(c, 'validation-type', ['fips-140-2', 'fips-140-3']);
const isCryptoModule = (c: Located): boolean => typeIs(c, 'software') && hasProp(c, 'asset-type', ['cryptographic-module']);
const isImage = (c: Located): boolean => typeIs(c, 'software') && hasProp(c, 'asset-type', ['image']);

const where = (pred: (c: Located) => boolean) => (ctx: RuleContext): Located[] => components(ctx).filter(pred);

/** Whether a link can be followed: an http(s) address, or a `#uuid` that names a back-matter resource or component. */
function linkAvailable(ctx: RuleContext, href: string): boolean {
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(href)) return true;
  const uuid = fragmentOf(href);
  return !!uuid && (resourcesByUuid(ctx).has(uuid) || componentsByUuid(ctx).has(uuid));
}

/** A "component has at least one link with rel" rule for cryptographic modules. */
const moduleLink = (id: string, rel: string): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement: `In a FedRAMP SSP, a cryptographic module component MUST include at least one "${rel.replace('-', ' ')}" link.`,
    targets: where(isCryptoModule),
    test: (c) => linksWithRel(c, rel).length >= 1,
    message: (c) => `cryptographic module ${name(c)} has no '${rel}' link`,
  });

export const COMPONENT_RULES: readonly OscalRule[] = [
  // Cryptographic modules and their validations.
  expectRule({
    id: 'frr140',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a cryptography validation component MUST include a valid validation details link.',
    targets: (ctx) => where(isCryptoValidation)(ctx).flatMap((c) => linksWithRel(c, 'validation-details')),
    test: (l, ctx) => linkAvailable(ctx, field(l, 'href')),
    message: (l) => `validation details link '${field(l, 'href')}' is not a valid address`,
  }),
  expectRule({
    id: 'frr141',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a cryptography validation component MUST include a validation details link.',
    targets: where(isCryptoValidation),
    test: (c) => linksWithRel(c, 'validation-details').length === 1,
    message: (c) => `cryptography validation ${name(c)} has ${linksWithRel(c, 'validation-details').length} validation-details links; exactly one is required`,
  }),
  expectRule({
    id: 'frr142',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a cryptography validation component MUST include a validation reference.',
    targets: where(isCryptoValidation),
    test: (c) => propsNamed(c, 'validation-reference').length === 1,
    message: (c) => `cryptography validation ${name(c)} has ${propsNamed(c, 'validation-reference').length} validation-reference props; exactly one is required`,
  }),
  expectRule({
    id: 'frr305',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a cryptography validation component MUST include a validation reference with the correct 4-digit format.',
    targets: (ctx) => where(isCryptoValidation)(ctx).flatMap((c) => propsNamed(c, 'validation-reference')),
    test: (p) => /^\d{4}$/.test(propText(p)),
    message: (p) => `validation reference '${propText(p)}' is not a 4-digit certificate number`,
  }),
  expectRule({
    id: 'frr146',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a cryptographic module component MUST include its function and use remarks to describe its function.',
    targets: where(isCryptoModule),
    test: (c) => {
      const fns = propsNamed(c, 'function');
      return fns.length === 1 && fns.filter((p) => propText(p) === 'other').every((p) => has(p, 'remarks'));
    },
    message: (c) => `cryptographic module ${name(c)} needs exactly one function prop (with remarks when it is 'other')`,
  }),
  moduleLink('frr147', 'provided-by'),
  moduleLink('frr148', 'used-by'),
  moduleLink('frr149', 'validation'),

  // External-facing components.
  expectRule({
    id: 'frr134',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST include at least one authentication method for each leveraged system.',
    targets: where(isExternalFacing),
    test: (c) => frProps(c, 'authentication-method').length >= 1,
    message: (c) => `external ${name(c)} has no authentication-method prop`,
  }),
  expectRule({
    id: 'frr137',
    level: 'ERROR',
    statement:
      'A FedRAMP SSP MUST have each component describing leveraged systems, interconnections, or authorized services identify at least one responsible role other than "provider".',
    targets: where(isExternalFacing),
    test: (c) => select(c, 'responsible-roles').some((r) => field(r, 'role-id') !== 'provider'),
    message: (c) => `external ${name(c)} has no responsible role other than 'provider'`,
  }),
  expectRule({
    id: 'frr138',
    level: 'ERROR',
    statement:
      'A FedRAMP SSP MUST have each component describing leveraged systems, interconnections, or authorized services identify a "provider" role that references one responsible party.',
    targets: where(isExternalFacing),
    test: (c) =>
      select(c, 'responsible-roles')
        .filter((r) => field(r, 'role-id') === 'provider')
        .reduce((n, r) => n + countOf(r, 'party-uuids'), 0) === 1,
    message: (c) => `external ${name(c)} does not have a 'provider' responsible role naming exactly one party`,
  }),
  expectRule({
    id: 'frr125',
    level: 'ERROR',
    statement: 'Each authentication method in a FedRAMP SSP MUST have a remarks field.',
    targets: where((c) => isNetworkComponent(c, true)),
    test: (c) => frProps(c, 'authentication-method').every((p) => has(p, 'remarks')),
    message: (c) => `an authentication-method prop of ${name(c)} has no remarks`,
  }),
  expectRule({
    id: 'frr272',
    level: 'ERROR',
    statement: 'All network components in a FedRAMP SSP system implementation MUST define at least one interconnection security property.',
    targets: where((c) => isNetworkComponent(c, false)),
    test: (c) => frProps(c, 'connection-security').length >= 1,
    message: (c) => `network ${name(c)} has no connection-security prop`,
  }),
  expectRule({
    id: 'frr273',
    level: 'ERROR',
    statement:
      'A FedRAMP SSP with service components and CLI software components performing cross-boundary network communication MUST indicate exactly one time if the point of implementation is internal or external to the system.',
    targets: where((c) => typeIs(c, 'service') || (typeIs(c, 'software') && hasProp(c, 'asset-type', ['cli']))),
    test: (c) => propsNamed(c, 'implementation-point').length === 1,
    message: (c) => `${name(c)} has ${propsNamed(c, 'implementation-point').length} implementation-point props; exactly one is required`,
  }),
  expectRule({
    id: 'frr227',
    level: 'ERROR',
    statement: 'An inter-boundary communication component MUST have at least one information-type property.',
    targets: where(isInterBoundary),
    test: (c) => frProps(c, 'information-type').length >= 1,
    message: (c) => `inter-boundary ${name(c)} has no information-type prop`,
  }),
  expectRule({
    id: 'frr228',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, the information type of an inter-boundary communication component MUST include the network traffic direction.',
    targets: where(isInterBoundary),
    test: (c) => frProps(c, 'information-type').some((p) => has(p, 'class')),
    message: (c) => `no information-type prop of inter-boundary ${name(c)} has a class giving the traffic direction`,
  }),
  expectRule({
    id: 'frr223',
    level: 'ERROR',
    statement:
      'In a FedRAMP SSP, each information type property in a component MUST categorize the class of data flow as incoming to the system, outgoing from the system, or both.',
    targets: (ctx) => components(ctx).flatMap((c) => frProps(c, 'information-type')),
    test: (p) => has(p, 'class'),
    message: (p) => `information-type prop '${propText(p)}' of a component has no class (incoming or outgoing)`,
  }),
  {
    id: 'frr274',
    models: ['system-security-plan'],
    severity: 'error',
    statement:
      'A FedRAMP SSP MUST have each component describing leveraged systems, interconnections, or authorized services reference at least one user with an authorized privilege and function performed via the "privilege-uuid" property.',
    *check(ctx) {
      for (const si of select(ctx.doc, 'system-implementation')) {
        if (select(si, 'components').length === 0) continue;
        const privilegeUuids = new Set(
          components(ctx)
            .filter(isExternalFacing)
            .flatMap((c) => select(c, 'responsible-roles').flatMap((r) => frProps(r, 'privilege-uuid').map(propText))),
        );
        const ok = select(si, 'users').some(
          (u) => privilegeUuids.has(field(u, 'uuid')) && select(u, 'authorized-privileges/functions-performed').length > 0,
        );
        if (!ok) {
          yield {
            message: 'no user with an authorized privilege and a function performed is referenced (privilege-uuid) by a leveraged, interconnection or external component',
            pointer: si.pointer,
          };
        }
      }
    },
  },

  // Internal services and other components.
  expectRule({
    id: 'frr133',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each internal service component MUST state whether it allows authenticated scans.',
    targets: where((c) => typeIs(c, 'service') && hasProp(c, 'implementation-point', ['internal'])),
    test: (c) => propsNamed(c, 'allows-authenticated-scan').length === 1,
    message: (c) => `internal service ${name(c)} does not state (once) whether it allows authenticated scans`,
  }),
  expectRule({
    id: 'frr135',
    level: 'ERROR',
    statement:
      'In a FedRAMP SSP, each internal component and component of type "software", or "hardware" MUST have a baseline configuration link that links to the appropriate baseline resource.',
    targets: where((c) => (typeIs(c, 'service') && hasProp(c, 'implementation-point', ['internal'])) || typeIs(c, 'software', 'hardware')),
    test: (c, ctx) => linksWithRel(c, 'baseline-configuration-name').some((l) => resourcesByUuid(ctx).has(fragmentOf(field(l, 'href')))),
    message: (c) => `${name(c)} has no baseline-configuration-name link to a back-matter resource`,
  }),
  expectRule({
    id: 'frr136',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each hardware, software, service, and interconnection component MUST include the diagram label.',
    targets: (ctx) => {
      const inInventory = new Set(inventoryItems(ctx).flatMap((i) => select(i, 'implemented-components').map((ic) => field(ic, 'component-uuid'))));
      return components(ctx).filter((c) => !inInventory.has(field(c, 'uuid')) && typeIs(c, 'hardware', 'software', 'service', 'interconnection'));
    },
    test: (c) => frProps(c, 'diagram-label').length === 1,
    message: (c) => `${name(c)} does not have exactly one diagram-label prop`,
  }),
  expectRule({
    id: 'frr139',
    level: 'ERROR',
    statement: "A FedRAMP SSP's component MUST identify which other components use it via network communication.",
    targets: where((c) => countOf(c, 'protocols') > 0),
    test: (c) => linksWithRel(c, 'used-by').length >= 1,
    message: (c) => `${name(c)} exposes ports for other components to connect, but has no 'used-by' link identifying which components use it`,
  }),
  expectRule({
    id: 'frr297',
    level: 'ERROR',
    statement: "A FedRAMP SSP's component MUST reference the existing component(s) that use it via network communication.",
    targets: (ctx) => where((c) => countOf(c, 'protocols') > 0)(ctx).flatMap((c) => linksWithRel(c, 'used-by')),
    test: (l, ctx) => componentsByUuid(ctx).has(fragmentOf(field(l, 'href'))),
    message: (l) => `'used-by' link '${field(l, 'href')}' references a nonexistent component`,
  }),
  expectRule({
    id: 'frr229',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, at least one of the interconnection "used-by" linked components MUST have at least one protocol assembly.',
    targets: where((c) => typeIs(c, 'interconnection', 'connection')),
    test: (c, ctx) => {
      const byUuid = componentsByUuid(ctx);
      return linksWithRel(c, 'used-by').some((l) => countOf(byUuid.get(fragmentOf(field(l, 'href'))), 'protocols') >= 1);
    },
    message: (c) => `${name(c)} links no 'used-by' component that has a protocol`,
  }),
  expectRule({
    id: 'frr215',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, a component that describes a container or operating system image MUST define a checksum property.',
    targets: where(isImage),
    test: (c) => frProps(c, 'checksum').length === 1,
    message: (c) => `image ${name(c)} does not have exactly one checksum prop`,
  }),
];
