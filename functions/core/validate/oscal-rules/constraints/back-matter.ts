import { select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { ALL_MODELS, countOf, expectRule, field, frProps, has, label, propsNamed, propText } from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's back matter: the required attachments (plans, rules of behavior,
 * user guide), the citation of FedRAMP's laws and regulations, and the shape of every resource.
 */

const LAWS_AND_REGULATIONS = 'https://www.fedramp.gov/assets/resources/templates/FedRAMP-Laws-Regulations-Standards-and-Guidance-Reference.xlsx';

const backMatter = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'back-matter');
const resources = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'back-matter/resources');

/** Whether a resource has a `type` prop (any namespace) with a value and, optionally, a class. */
const typed = (r: Located, value: string, cls?: string): boolean =>
  propsNamed(r, 'type').some((p) => propText(p) === value && (cls === undefined || field(p, 'class') === cls));

const isCitation = (r: Located): boolean => typed(r, 'citation', 'fedramp-citations');

/** "The back matter has an attachment of this type" rules. */
const attachment = (id: string, what: string, value: string, cls?: string): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement: `A FedRAMP SSP MUST have ${what}${id === 'frr208' ? '' : ' attached'}.`,
    targets: backMatter,
    test: (bm) => select(bm, 'resources').some((r) => typed(r, value, cls)),
    message: () => `the back matter has no ${what} (a resource with a type prop '${value}'${cls ? ` of class '${cls}'` : ''})`,
  });

/** RFC 3339 date-time with a mandatory timezone. */
const DATE_TIME_WITH_TZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const BACK_MATTER_RULES: readonly OscalRule[] = [
  attachment('frr177', 'a Configuration Management Plan', 'plan', 'configuration-management-plan'),
  attachment('frr192', 'an Incident Response Plan', 'plan', 'incident-response-plan'),
  attachment('frr193', 'a Contingency Plan', 'plan', 'information-system-contingency-plan'),
  attachment('frr208', 'Rules of Behavior', 'rules-of-behavior'),
  attachment('frr213', 'a User Guide', 'users-guide'),
  expectRule({
    id: 'frr189',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST have exactly one resource with a link to the FedRAMP Laws, Regulations, Standards and Guidance.',
    targets: backMatter,
    test: (bm) => select(bm, 'resources').filter(isCitation).length === 1,
    message: (bm) =>
      `the back matter has ${select(bm, 'resources').filter(isCitation).length} FedRAMP citations resources (type prop 'citation' of class 'fedramp-citations'); exactly one is required`,
  }),
  expectRule({
    id: 'frr159',
    level: 'ERROR',
    statement: `The FedRAMP Laws, Regulations, Standards and Guidance MUST be ${LAWS_AND_REGULATIONS}`,
    targets: (ctx) => resources(ctx).filter(isCitation),
    test: (r) => select(r, 'rlinks').filter((l) => field(l, 'href') === LAWS_AND_REGULATIONS).length === 1,
    message: (r) => `${label(r, 'FedRAMP citations resource')} does not link to ${LAWS_AND_REGULATIONS}`,
  }),
  expectRule({
    id: 'frr278',
    level: 'WARNING',
    statement: 'Every supporting artifact found in a citation MUST have at least one base64 or rlink element.',
    targets: resources,
    test: (r) => countOf(r, 'rlinks') > 0 || has(r, 'base64'),
    message: (r) => `${label(r, 'back-matter resource')} has neither an rlink nor base64 content`,
  }),
  expectRule({
    id: 'frr279',
    level: 'WARNING',
    statement: 'Every supporting artifact found in a citation SHOULD have a title.',
    targets: resources,
    test: (r) => has(r, 'title'),
    message: (r) => `${label(r, 'back-matter resource')} has no title`,
  }),
  expectRule({
    id: 'frr252',
    level: 'WARNING',
    models: ALL_MODELS,
    statement:
      'A FedRAMP document SHOULD specify the last accessed date for resources where the specification publication date is unknown. In such cases, the last accessed date MUST be be a date with an explicit timezone, per RFC-3339.',
    targets: (ctx) => resources(ctx).flatMap((r) => frProps(r, 'last-accessed')),
    test: (p) => DATE_TIME_WITH_TZ.test(propText(p)),
    message: (p) => `last-accessed '${propText(p)}' is not a date-time with a timezone (e.g. 2024-01-01T00:00:00Z)`,
  }),
];
