import { select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { components, expectRule, field, FIPS_LEVELS, frProps, label, levelRank, propsNamed, propText, sensitivityLevel, typeIs } from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's leveraged authorizations and the `system` components that describe
 * the leveraged systems (linked by their `leveraged-authorization-uuid` prop).
 */

const authorizations = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-implementation/leveraged-authorizations');
const name = (la: Located): string => label(la, 'leveraged authorization');

/** The `system` components that describe a leveraged authorization. */
const systemComponentsOf = (ctx: RuleContext, la: Located): Located[] =>
  components(ctx).filter((c) => typeIs(c, 'system') && propsNamed(c, 'leveraged-authorization-uuid').some((p) => propText(p) === field(la, 'uuid')));

/** "The leveraged authorization has exactly one FedRAMP prop" rules. */
const oneProp = (id: string, prop: string, what: string): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement: `A FedRAMP SSP MUST define exactly one ${what} for each leveraged authorization entry.`,
    targets: authorizations,
    test: (la) => frProps(la, prop).length === 1,
    message: (la) => `${name(la)} has ${frProps(la, prop).length} ${prop} props; exactly one is required`,
  });

/** "The leveraged authorization's system component has …" rules. */
const componentCount = (
  id: string,
  level: 'ERROR' | 'WARNING',
  statement: string,
  count: (c: Located) => number,
  ok: (n: number) => boolean,
  what: string,
): OscalRule =>
  expectRule({
    id,
    level,
    statement,
    targets: authorizations,
    test: (la, ctx) => ok(systemComponentsOf(ctx, la).reduce((n, c) => n + count(c), 0)),
    message: (la, ctx) => `the "system" component of ${name(la)} has ${systemComponentsOf(ctx, la).reduce((n, c) => n + count(c), 0)} ${what}`,
  });

export const LEVERAGED_AUTHORIZATION_RULES: readonly OscalRule[] = [
  oneProp('frr254', 'authorization-type', 'authorization type'),
  oneProp('frr256', 'impact-level', 'impact level'),
  oneProp('frr261', 'leveraged-system-identifier', 'system identifier'),
  componentCount(
    'frr255',
    'WARNING',
    'Each leveraged authorization system component SHOULD have at least one role for authorized users.',
    (c) => select(c, 'responsible-roles').filter((r) => field(r, 'role-id')).length,
    (n) => n >= 1,
    'responsible roles; at least one is expected',
  ),
  componentCount(
    'frr257',
    'ERROR',
    'Each leveraged authorization system component MUST have exactly one implementation point property.',
    (c) => propsNamed(c, 'implementation-point').filter((p) => propText(p) === 'external').length,
    (n) => n === 1,
    '"implementation-point" props of value external; exactly one is required',
  ),
  componentCount(
    'frr258',
    'ERROR',
    'Each leveraged authorization system component MUST have at least one information type property.',
    (c) => frProps(c, 'information-type').length,
    (n) => n >= 1,
    '"information-type" props; at least one is required',
  ),
  componentCount(
    'frr259',
    'ERROR',
    'Each leveraged authorization system component MUST have exactly one nature of agreement property.',
    (c) => frProps(c, 'nature-of-agreement').length,
    (n) => n === 1,
    '"nature-of-agreement" props; exactly one is required',
  ),
  componentCount('frr260', 'ERROR', 'Each leveraged authorization MUST have exactly one system component.', () => 1, (n) => n === 1, '"system" components; exactly one is required'),
  expectRule({
    id: 'frr253',
    level: 'ERROR',
    statement:
      'A FedRAMP SSP with leveraged authorization(s) and component(s) describing their services MUST have those components reference the leveraged authorization by its ID.',
    targets: (ctx) => components(ctx).filter((c) => typeIs(c, 'system')).flatMap((c) => propsNamed(c, 'leveraged-authorization-uuid')),
    test: (p, ctx) => authorizations(ctx).some((la) => field(la, 'uuid') === propText(p)),
    message: (p) => `leveraged-authorization-uuid '${propText(p)}' of a "system" component names no leveraged authorization`,
  }),
  expectRule({
    id: 'frr262',
    level: 'ERROR',
    statement: 'The FIPS-199 impact level of the leveraged system MUST be the same or higher than the impact level of this system.',
    targets: (ctx) => authorizations(ctx).flatMap((la) => frProps(la, 'impact-level')),
    test: (p, ctx) => {
      const floor = FIPS_LEVELS.includes(sensitivityLevel(ctx) as (typeof FIPS_LEVELS)[number]) ? sensitivityLevel(ctx) : 'fips-199-low';
      const v = propText(p);
      return levelRank(v) >= levelRank(floor);
    },
    message: (p, ctx) => `leveraged system impact level '${propText(p)}' is lower than this system's '${sensitivityLevel(ctx) || 'unset'}'`,
  }),
];

/** Users (`//user`): in an SSP's system implementation, in an assessment's local definitions. */
const users = (ctx: RuleContext): Located[] => [
  ...select(ctx.doc, 'system-implementation/users'),
  ...select(ctx.doc, 'local-definitions/users'),
];

export const USER_RULES: readonly OscalRule[] = [
  expectRule({
    id: 'frr299',
    level: 'ERROR',
    models: ['system-security-plan', 'assessment-plan', 'assessment-results'],
    statement: 'A FedRAMP document MUST define a user with at least one authorized privilege by a privilege identifier.',
    targets: users,
    test: (u) => select(u, 'authorized-privileges').length > 0,
    message: (u) => `${label(u, 'user')} has no authorized privilege`,
  }),
  expectRule({
    id: 'frr300',
    level: 'ERROR',
    models: ['system-security-plan', 'assessment-plan', 'assessment-results'],
    statement: 'A FedRAMP document MUST define a user with at least one role by a role identifier.',
    targets: users,
    test: (u) => select(u, 'role-ids').filter((r) => text(r)).length > 0,
    message: (u) => `${label(u, 'user')} has no role-id`,
  }),
  expectRule({
    id: 'frr301',
    level: 'ERROR',
    models: ['system-security-plan', 'assessment-plan', 'assessment-results'],
    statement: 'A FedRAMP document MUST define a user with a type.',
    targets: users,
    test: (u) => propsNamed(u, 'type').length === 1,
    message: (u) => `${label(u, 'user')} does not have exactly one type prop`,
  }),
];
