import { documentIndex } from '../document-index.js';
import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';
import { allowed, field, implementedRequirements, label, namedProps, oneOf, propText, propValues, sspRule } from './helpers.js';

/**
 * The status and origin of each implemented control: an allowed implementation status (or an allowed
 * combination: partial and planned), remarks and a plan when not fully implemented, a valid and future
 * planned completion date, an allowed control origination, and a leveraged authorization behind
 * inherited controls.
 */

const statuses = (req: Located): string[] => propValues(req, 'implementation-status');

/**
 * The combinations of statuses FedRAMP allows on one implemented requirement. `partial` alone is left to
 * partial-implemented-requirement-has-plan, which says what is missing.
 */
const COMPOSITES = ['implemented', 'partial+planned', 'partial', 'planned', 'alternative', 'not-applicable'];
const compositeKey = (values: string[]): string => [...new Set(values)].sort().join('+');

/** Leveraged authorization uuids of the system implementation. */
const leveragedAuthorizations = (ctx: RuleContext): Set<string> =>
  new Set(select(ctx.doc, 'system-implementation/leveraged-authorizations').map((l) => field(l, 'uuid')).filter(Boolean));

/** Every prop named planned-completion-date in the document. */
const plannedDates = (ctx: RuleContext): readonly Located[] => documentIndex(ctx).plannedCompletionDates;

/** Whether a string is an xs:date or xs:dateTime. */
const isDate = (v: string): boolean =>
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));

export const RULES: readonly OscalRule[] = [
  sspRule('implemented-requirement-has-implementation-status', 'info', 'Every implemented requirement has an implementation-status property.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      if (isObject(req.value) && namedProps(req, 'implementation-status').length === 0) yield { message: `${label(req, 'implemented requirement')} has no implementation-status property`, pointer: req.pointer };
    }
  }),
  sspRule(
    'implemented-requirement-has-allowed-implementation-status',
    'info',
    "An implemented control's implementation status has an allowed value.",
    function* (ctx) {
      const values = allowed(ctx, 'control-implementation-status');
      if (values.size === 0) return;
      for (const req of implementedRequirements(ctx)) {
        for (const p of namedProps(req, 'implementation-status')) {
          const v = propText(p);
          if (!values.has(v)) yield { message: `${label(req, 'implemented requirement')} has implementation status '${v}', not one of ${oneOf(values)}`, pointer: p.pointer };
        }
      }
    },
    ['invalid-implementation-status'],
  ),
  sspRule(
    'implemented-requirement-has-allowed-composite-implementation-status',
    'error',
    "An implemented control's implementation status must be implemented, partial and planned, planned, alternative, or not applicable.",
    function* (ctx) {
      for (const req of implementedRequirements(ctx)) {
        const found = statuses(req);
        if (found.length === 0) continue;
        const key = compositeKey(found);
        if (!COMPOSITES.includes(key)) {
          yield { message: `${label(req, 'implemented requirement')} has implementation status ${oneOf(new Set(found))}; allowed are implemented, partial and planned, planned, alternative or not-applicable`, pointer: req.pointer };
        }
      }
    },
  ),
  sspRule('partial-implemented-requirement-has-plan', 'error', 'A partially implemented control must have a plan for complete implementation.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      const found = statuses(req);
      if (found.includes('partial') && !found.includes('planned')) yield { message: `${label(req, 'implemented requirement')} is partially implemented but has no 'planned' status for the remainder`, pointer: req.pointer };
    }
  }),
  sspRule('implemented-requirement-has-implementation-status-remarks', 'info', 'Incomplete control implementations have an explanation.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      for (const p of namedProps(req, 'implementation-status')) {
        const v = propText(p);
        if (v && v !== 'implemented' && !text(p.value['remarks'])) yield { message: `${label(req, 'implemented requirement')} has implementation status '${v}' without remarks explaining it`, pointer: p.pointer };
      }
    }
  }),
  sspRule('implemented-requirement-has-planned-completion-date', 'info', 'Planned control implementations have a planned completion date.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      if (statuses(req).includes('planned') && namedProps(req, 'planned-completion-date').length === 0) {
        yield { message: `${label(req, 'implemented requirement')} is planned but has no planned-completion-date property`, pointer: req.pointer };
      }
    }
  }),
  sspRule('planned-completion-date-is-valid', 'info', 'Planned completion date is valid.', function* (ctx) {
    for (const p of plannedDates(ctx)) {
      const v = propText(p);
      if (!isDate(v)) yield { message: `planned completion date '${v}' is not a valid date (YYYY-MM-DD)`, pointer: p.pointer };
    }
  }),
  sspRule('planned-completion-date-is-not-past', 'info', 'Planned completion date is not past.', function* (ctx) {
    const today = ctx.asOf.toISOString().slice(0, 10);
    for (const p of plannedDates(ctx)) {
      const v = propText(p);
      if (isDate(v) && v.slice(0, 10) < today) yield { message: `planned completion date ${v} is in the past (as of ${today})`, pointer: p.pointer };
    }
  }),
  sspRule('implemented-requirement-has-control-origination', 'info', 'Every implemented requirement has a control origin.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      if (isObject(req.value) && namedProps(req, 'control-origination').length === 0) yield { message: `${label(req, 'implemented requirement')} has no control-origination property`, pointer: req.pointer };
    }
  }),
  sspRule('implemented-requirement-has-allowed-control-origination', 'info', 'Every implemented requirement has an allowed control origination.', function* (ctx) {
    const values = allowed(ctx, 'control-origination');
    if (values.size === 0) return;
    for (const req of implementedRequirements(ctx)) {
      for (const p of namedProps(req, 'control-origination')) {
        const v = propText(p);
        if (!values.has(v)) yield { message: `${label(req, 'implemented requirement')} has control origination '${v}', not one of ${oneOf(values)}`, pointer: p.pointer };
      }
    }
  }),
  sspRule(
    'implemented-requirement-has-leveraged-authorization',
    'info',
    'Every implemented requirement with a control origination of "inherited" references a leveraged authorization.',
    function* (ctx) {
      const known = leveragedAuthorizations(ctx);
      for (const req of implementedRequirements(ctx)) {
        if (!propValues(req, 'control-origination').includes('inherited')) continue;
        const refs = propValues(req, 'leveraged-authorization-uuid');
        if (!refs.some((r) => known.has(r))) {
          yield {
            message: `${label(req, 'implemented requirement')} is inherited but ${refs.length ? `its leveraged-authorization-uuid ${oneOf(refs)} matches no leveraged authorization` : 'has no leveraged-authorization-uuid property'}`,
            pointer: req.pointer,
          };
        }
      }
    },
  ),
  sspRule(
    'leveraged-PE-controls-implemented-requirement',
    'error',
    "A PE-family control inherited from a leveraged authorization must reference one of the system implementation's leveraged authorizations.",
    function* (ctx) {
      const known = leveragedAuthorizations(ctx);
      for (const req of implementedRequirements(ctx)) {
        if (!/^pe-/i.test(field(req, 'control-id'))) continue;
        for (const p of namedProps(req, 'leveraged-authorization-uuid')) {
          const v = propText(p);
          if (!known.has(v)) yield { message: `${label(req, 'implemented requirement')} names leveraged authorization ${v}, which the system implementation does not declare`, pointer: p.pointer };
        }
      }
    },
  ),
];
