import { select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import {
  countOf,
  expectRule,
  field,
  FIPS_LEVELS,
  frProps,
  has,
  hasProp,
  highestImpactLevel,
  label,
  levelRank,
  propsNamed,
  propText,
  sensitivityLevel,
} from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's system characteristics: identity, cloud models, assurance levels,
 * operational date, security levels and information types, LI-SaaS consistency.
 */

const SP800_60 = 'https://doi.org/10.6028/NIST.SP.800-60v2r1';

const characteristics = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-characteristics');
const infoTypes = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-characteristics/system-information/information-types');
const categorizations = (ctx: RuleContext): Located[] => infoTypes(ctx).flatMap((t) => select(t, 'categorizations'));
const IMPACTS = ['confidentiality-impact', 'integrity-impact', 'availability-impact'] as const;
const impacts = (ctx: RuleContext): Located[] => infoTypes(ctx).flatMap((t) => IMPACTS.flatMap((k) => select(t, k)));
const impactName = (n: Located): string => n.pointer.split('/').pop() ?? 'impact';

/** A "system characteristics has X" rule. */
const sc = (id: string, statement: string, test: (sc: Located, ctx: RuleContext) => boolean, missing: string, level: 'ERROR' | 'WARNING' = 'ERROR'): OscalRule =>
  expectRule({ id, level, statement, targets: characteristics, test, message: () => `system characteristics ${missing}` });

/** A "exactly one prop named x" rule on system characteristics. */
const exactlyOneProp = (id: string, name: string, what: string, statement: string): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement,
    targets: characteristics,
    test: (n) => propsNamed(n, name).length === 1,
    message: (n) => `system characteristics define ${propsNamed(n, name).length} ${what} (${name}) props; exactly one is required`,
  });

/** XML-Schema style date with a mandatory timezone: 2023-01-01Z, 2023-01-01+00:00. */
const DATE_WITH_TZ = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})$/;

function validDateWithTz(v: string): boolean {
  const m = DATE_WITH_TZ.exec(v);
  if (!m) return false;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

/** The instant a date (with or without timezone) starts at, or undefined when it is not a date. */
function startOf(v: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?/.exec(v);
  if (!m) return undefined;
  const t = Date.parse(`${m[1]}T00:00:00${m[2] ?? 'Z'}`);
  return Number.isNaN(t) ? undefined : t;
}

const operationalDates = (ctx: RuleContext): Located[] => characteristics(ctx).flatMap((n) => frProps(n, 'fully-operational-date'));

const isLiSaas = (n: Located): boolean => hasProp(n, 'authorization-type', ['fedramp-li-saas']);

export const SYSTEM_CHARACTERISTICS_RULES: readonly OscalRule[] = [
  sc('frr209', 'A FedRAMP SSP document MUST specify a security impact level.', (n) => has(n, 'security-impact-level'), 'have no security impact level'),
  sc('frr210', 'A FedRAMP SSP document MUST specify a FIPS 199 categorization.', (n) => has(n, 'security-sensitivity-level'), 'have no security sensitivity level (FIPS 199 categorization)'),
  sc(
    'frr211',
    'A FedRAMP SSP MUST have a FedRAMP system identifier.',
    (n) => select(n, 'system-ids').some((s) => field(s, 'identifier-type') === 'http://fedramp.gov/ns/oscal'),
    "have no system-id with identifier-type 'http://fedramp.gov/ns/oscal'",
  ),
  sc('frr212', 'A FedRAMP SSP MUST have a short system name.', (n) => has(n, 'system-name-short'), 'have no short system name'),
  sc('frr173', 'A FedRAMP SSP MUST define a cloud deployment model.', (n) => hasProp(n, 'cloud-deployment-model'), 'define no cloud deployment model'),
  sc('frr175', 'A FedRAMP SSP MUST define a cloud service model.', (n) => hasProp(n, 'cloud-service-model'), 'define no cloud service model'),
  sc(
    'frr190',
    "A FedRAMP SSP MUST define the system's fully operational date.",
    (n) => frProps(n, 'fully-operational-date').length > 0,
    'define no fully-operational-date prop',
  ),
  sc('frr195', 'A FedRAMP SSP MUST include a network architecture.', (n) => has(n, 'network-architecture'), 'include no network architecture'),
  sc('frr178', 'A FedRAMP SSP MUST include a data flow section.', (n) => has(n, 'data-flow'), 'include no data flow section', 'WARNING'),
  exactlyOneProp('frr165', 'authenticator-assurance-level', 'NIST SP 800-63 authenticator assurance level', 'A FedRAMP SSP MUST define one NIST SP 800-63 authenticator assurance level (AAL).'),
  exactlyOneProp('frr188', 'federation-assurance-level', 'NIST SP 800-63 federation assurance level', 'A FedRAMP SSP MUST define one NIST SP 800-63 federation assurance level (FAL).'),
  exactlyOneProp('frr191', 'identity-assurance-level', 'NIST SP 800-63 identity assurance level', 'A FedRAMP SSP MUST define one NIST SP 800-63 identity assurance level (IAL).'),
  expectRule({
    id: 'frr174',
    level: 'ERROR',
    statement: 'A FedRAMP SSP with more than one cloud deployment model or a cloud deployment model of "other" MUST supply remarks to clarify this selection.',
    targets: characteristics,
    test: (n) => {
      const models = propsNamed(n, 'cloud-deployment-model');
      const needRemarks = models.length > 1 ? models : models.filter((p) => propText(p) === 'other');
      return needRemarks.every((p) => has(p, 'remarks'));
    },
    message: () => 'a cloud deployment model of "other" (or one of several cloud deployment models) has no remarks',
  }),
  expectRule({
    id: 'frr176',
    level: 'ERROR',
    statement: 'A FedRAMP SSP with a cloud service model of "other" MUST supply remarks to explain this choice.',
    targets: (ctx) => characteristics(ctx).flatMap((n) => propsNamed(n, 'cloud-service-model')).filter((p) => propText(p) === 'other'),
    test: (p) => has(p, 'remarks'),
    message: () => 'the cloud service model "other" has no remarks explaining it',
  }),
  expectRule({
    id: 'frr162',
    level: 'ERROR',
    statement: 'A system MUST be fully implemented prior to submitting the SSP to FedRAMP.',
    targets: operationalDates,
    test: (p, ctx) => {
      const t = startOf(propText(p));
      return t === undefined || t <= ctx.asOf.getTime();
    },
    message: (p) => `the fully operational date ${propText(p)} is in the future: the system must be fully operational before its SSP is submitted`,
  }),
  expectRule({
    id: 'frr163',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST specify the system\'s fully operational data as a "full-date" per RFC3339 with the addition of a timezone.',
    targets: operationalDates,
    test: (p) => validDateWithTz(propText(p)),
    message: (p) => `the fully operational date '${propText(p)}' is not a full date with a timezone (e.g. 2023-01-01Z or 2023-01-01-05:00)`,
  }),
  expectRule({
    id: 'frr128',
    level: 'ERROR',
    statement: "A FedRAMP SSP information-type categorization MUST have a correct system attribute. FedRAMP only supports the system value 'https://doi.org/10.6028/NIST.SP.800-60v2r1'.",
    targets: categorizations,
    test: (c) => field(c, 'system') === SP800_60,
    message: (c) => `information type categorization system '${field(c, 'system')}' is not '${SP800_60}'`,
  }),
  expectRule({
    id: 'frr129',
    level: 'ERROR',
    statement: 'A FedRAMP SSP information type categorization MUST have at least one information type identifier.',
    targets: categorizations,
    test: (c) => countOf(c, 'information-type-ids') > 0,
    message: () => 'an information type categorization has no information type identifier',
  }),
  expectRule({
    id: 'frr130',
    level: 'ERROR',
    statement: 'When SP 800-60 base and selected impacts levels differ for a given information type, the SSP MUST include a justification for the difference.',
    targets: impacts,
    test: (i) => field(i, 'base') === field(i, 'selected') || has(i, 'adjustment-justification'),
    message: (i) => `${impactName(i)} base '${field(i, 'base')}' differs from selected '${field(i, 'selected')}' without an adjustment justification`,
  }),
  expectRule({
    id: 'frr131',
    level: 'ERROR',
    statement: 'A FedRAMP SSP information type confidentiality, integrity, or availability impact MUST specify the selected impact.',
    targets: impacts,
    test: (i) => has(i, 'selected'),
    message: (i) => `${impactName(i)} of an information type has no selected impact`,
  }),
  ...(
    [
      ['frr222', 'availability-impact', 'availability'],
      ['frr224', 'confidentiality-impact', 'confidentiality'],
      ['frr225', 'integrity-impact', 'integrity'],
    ] as const
  ).map(([id, key, what]) =>
    expectRule({
      id,
      level: 'ERROR',
      statement: `A FedRAMP SSP information type MUST have ${what === 'availability' ? 'an' : 'a'} ${what} impact.`,
      targets: infoTypes,
      test: (t) => has(t, key),
      message: (t) => `${label(t, 'information type')} has no ${what} impact`,
    }),
  ),
  expectRule({
    id: 'frr290',
    level: 'ERROR',
    statement: 'A FedRAMP SSP that defines a SaaS cloud service model MUST define at least one leveraged authorization.',
    targets: (ctx) => characteristics(ctx).filter((n) => hasProp(n, 'cloud-service-model', ['saas'])),
    test: (_n, ctx) => select(ctx.doc, 'system-implementation/leveraged-authorizations').length > 0,
    message: () => 'the cloud service model is SaaS but the SSP defines no leveraged authorization',
  }),
  expectRule({
    id: 'frr294',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST define its FIPS-199 security sensitivity level to be as high or higher than the highest security impact level/objective.',
    targets: (ctx) => select(ctx.doc, 'system-characteristics/security-sensitivity-level'),
    test: (n, ctx) => {
      const floor = highestImpactLevel(ctx) || 'fips-199-low';
      const v = text(n);
      return FIPS_LEVELS.some((l) => levelRank(l) >= levelRank(floor) && v.includes(l));
    },
    message: (n, ctx) => `security sensitivity level '${text(n)}' is lower than the highest security impact level '${highestImpactLevel(ctx) || 'fips-199-low'}'`,
  }),
  expectRule({
    id: 'frr264',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST set the cloud service model to "saas" if it is an LI-SaaS.',
    targets: (ctx) => characteristics(ctx).filter(isLiSaas),
    test: (n) => hasProp(n, 'cloud-service-model', ['saas']),
    message: () => 'the SSP is an LI-SaaS authorization but its cloud service model is not "saas"',
  }),
  expectRule({
    id: 'frr265',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST set the security impact levels to "fips-199-low" if it is an LI-SaaS.',
    targets: (ctx) => characteristics(ctx).filter(isLiSaas),
    test: (_n, ctx) => highestImpactLevel(ctx) === 'fips-199-low',
    message: (_n, ctx) => `the SSP is an LI-SaaS authorization but its highest security impact level is '${highestImpactLevel(ctx) || 'unset'}', not 'fips-199-low'`,
  }),
  expectRule({
    id: 'frr266',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST set the security sensitivity level to "fips-199-low" if it is an LI-SaaS.',
    targets: (ctx) => characteristics(ctx).filter(isLiSaas),
    test: (_n, ctx) => sensitivityLevel(ctx) === 'fips-199-low',
    message: (_n, ctx) => `the SSP is an LI-SaaS authorization but its security sensitivity level is '${sensitivityLevel(ctx) || 'unset'}', not 'fips-199-low'`,
  }),
];
