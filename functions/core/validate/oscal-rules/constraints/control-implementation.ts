import { select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { componentsByUuid, expectRule, field, frProps, has, label } from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's control implementation: per-statement responses naming their
 * components, responsible roles and justified statuses, and the policy and procedure behind each
 * family's "-1 part a" statement.
 */

const requirements = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'control-implementation/implemented-requirements');
const statements = (ctx: RuleContext): Located[] => requirements(ctx).flatMap((r) => select(r, 'statements'));
const byComponents = (ctx: RuleContext): Located[] => statements(ctx).flatMap((s) => select(s, 'by-components'));

/** The families whose "-1" control asks for a policy and procedures, with FedRAMP's family names. */
const POLICY_FAMILIES: Record<string, string> = {
  ac: 'Access Control',
  at: 'Awareness and Training',
  au: 'Audit and Accountability',
  ca: 'Assessment, Authorization, and Monitoring',
  cm: 'Configuration Management',
  cp: 'Contingency Planning',
  ia: 'Identification and Authentication',
  ir: 'Incident Response',
  ma: 'Maintenance',
  mp: 'Media Protection',
  pe: 'Physical and Environmental Protection',
  pl: 'Planning',
  ps: 'Personnel Security',
  ra: 'Risk Assessment',
  sa: 'System and Services Acquisition',
  sc: 'System and Communications Protection',
  si: 'System and Information Integrity',
  sr: 'Supply Chain Risk Management',
};
const familyOfPolicyStatement = (s: Located): string | undefined => {
  const m = /^([a-z]{2})-1_smt\.a$/.exec(field(s, 'statement-id'));
  return m && m[1] && POLICY_FAMILIES[m[1]] ? m[1] : undefined;
};

/** Whether a statement's by-components include a component of the given type. */
const namesComponentOfType = (ctx: RuleContext, s: Located, type: string): boolean => {
  const byUuid = componentsByUuid(ctx);
  return select(s, 'by-components').some((bc) => field(byUuid.get(field(bc, 'component-uuid')), 'type') === type);
};

const policyRule = (id: string, type: string, what: string): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement: `In a FedRAMP SSP, ${what} that addresses each control family MUST be associated with part a of the family's first control (AC-1, AT-1, …).`,
    targets: (ctx) => statements(ctx).filter((s) => familyOfPolicyStatement(s) !== undefined),
    test: (s, ctx) => namesComponentOfType(ctx, s, type),
    message: (s) => {
      const fam = familyOfPolicyStatement(s) ?? '';
      return `${what} that addresses ${POLICY_FAMILIES[fam] ?? fam} MUST be associated with ${fam.toUpperCase()}-1 part a: statement ${field(s, 'statement-id')} names no '${type}' component`;
    },
  });

const NEEDS_REMARKS = ['partial', 'planned', 'alternative', 'not-applicable'];

export const CONTROL_IMPLEMENTATION_RULES: readonly OscalRule[] = [
  expectRule({
    id: 'frr270',
    level: 'WARNING',
    statement:
      'A FedRAMP SSP MUST identify how the system implements each control requirement implemented at the per-statement level, not in other locations allowed for non-FedRAMP use cases.',
    targets: requirements,
    test: (r) => !has(r, 'by-components'),
    message: (r) => `implemented requirement ${field(r, 'control-id') || field(r, 'uuid')} has by-components at the control level rather than per statement`,
  }),
  expectRule({
    id: 'frr271',
    level: 'ERROR',
    statement:
      'A FedRAMP SSP MUST identify how the system implements each control requirement implemented at the per-statement level and reference any component used to implement it.',
    targets: statements,
    test: (s) => select(s, 'by-components').length >= 1,
    message: (s) => `statement ${field(s, 'statement-id') || s.pointer} has no by-component saying how a component implements it`,
  }),
  expectRule({
    id: 'frr127',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each by-component MUST have at least one responsible role.',
    targets: byComponents,
    test: (bc) => select(bc, 'responsible-roles').length >= 1,
    message: (bc) => `${label(bc, 'by-component')} has no responsible role`,
  }),
  expectRule({
    id: 'frr216',
    level: 'ERROR',
    statement:
      'In a FedRAMP SSP, each by-component that does not have an implementation status of implemented MUST have remarks in that implementation status to provide a justification and sufficient context.',
    targets: (ctx) => byComponents(ctx).flatMap((bc) => select(bc, 'implementation-status')).filter((st) => NEEDS_REMARKS.includes(field(st, 'state'))),
    test: (st) => has(st, 'remarks'),
    message: (st) => `a by-component's implementation status '${field(st, 'state')}' has no remarks justifying it`,
  }),
  policyRule('frr203', 'policy', 'a policy'),
  policyRule('frr204', 'process-procedure', 'at least one procedure'),
];

/** FedRAMP response points in a control or objective part tree (assessment plans and results). */
export const RESPONSE_POINT_RULES: readonly OscalRule[] = [
  {
    id: 'frr277',
    models: ['assessment-plan', 'assessment-results'],
    severity: 'error',
    statement: 'A part MUST NOT have duplicate response points.',
    *check(ctx) {
      const walk = function* (part: Located): Iterable<Located> {
        yield part;
        for (const p of select(part, 'parts')) yield* walk(p);
      };
      for (const om of select(ctx.doc, 'local-definitions/objectives-and-methods')) {
        for (const top of select(om, 'parts')) {
          for (const part of walk(top)) {
            if (frProps(part, 'response-point').length > 1) {
              yield { message: `part ${field(part, 'id') || part.pointer} has more than one response-point prop`, pointer: part.pointer };
            }
          }
        }
      }
    },
  },
];
