import { child, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { has, rule, SAP } from './helpers.js';

/**
 * The SAP's reviewed-controls: each control-selection and control-objective-selection has either
 * include-all or an explicit list (not both), and no id is listed twice or both included and excluded.
 */

interface Selection {
  /** The selection element (JSON key under reviewed-controls). */
  key: string;
  what: string;
  include: string;
  exclude: string;
  idKey: string;
}

const CONTROLS: Selection = { key: 'control-selections', what: 'control-selection', include: 'include-controls', exclude: 'exclude-controls', idKey: 'control-id' };
const OBJECTIVES: Selection = {
  key: 'control-objective-selections',
  what: 'control-objective-selection',
  include: 'include-objectives',
  exclude: 'exclude-objectives',
  idKey: 'objective-id',
};

const selections = (ctx: RuleContext, s: Selection): readonly Located[] => select(ctx.doc, `reviewed-controls/${s.key}`);
const ids = (sel: Located, key: string, idKey: string): Located[] => select(sel, key).flatMap((n) => (child(n, idKey) ? [child(n, idKey)!] : []));

const includeAllOr = (s: Selection) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const sel of selections(ctx, s)) {
      const all = has(sel, 'include-all');
      const listed = select(sel, s.include).length > 0;
      if (all && listed) yield { message: `${s.what} has both include-all and ${s.include.replace(/s$/, '')}; use one or the other`, pointer: sel.pointer };
      else if (!all && !listed) yield { message: `${s.what} has neither include-all nor any ${s.include.replace(/s$/, '')}`, pointer: sel.pointer };
    }
  };

/** Ids listed twice in `key` of a selection. */
const duplicates = (s: Selection, key: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const sel of selections(ctx, s)) {
      const seen = new Set<string>();
      for (const id of ids(sel, key, s.idKey)) {
        const v = text(id);
        if (seen.has(v)) yield { message: `${s.what} lists ${s.idKey} '${v}' more than once in ${key.replace(/s$/, '')}`, pointer: id.pointer };
        seen.add(v);
      }
    }
  };

/** Ids both included and excluded by a selection. */
const includedAndExcluded = (s: Selection) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const sel of selections(ctx, s)) {
      const included = new Set(ids(sel, s.include, s.idKey).map((n) => text(n)));
      for (const id of ids(sel, s.exclude, s.idKey)) {
        if (included.has(text(id))) yield { message: `${s.what} both includes and excludes ${s.idKey} '${text(id)}'`, pointer: id.pointer };
      }
    }
  };

export const REVIEWED_CONTROLS_RULES: readonly OscalRule[] = [
  rule('include-all-or-include-control', SAP, 'error', 'A control-selection must have either include-all or include-control elements, but not both.', includeAllOr(CONTROLS)),
  rule(
    'duplicate-exclude-control-and-include-control-values',
    SAP,
    'error',
    'A control-selection must not both include and exclude the same control-id.',
    includedAndExcluded(CONTROLS),
  ),
  rule('duplicate-include-control-values', SAP, 'error', 'The include-control/@control-id values of a control-selection must be distinct.', duplicates(CONTROLS, CONTROLS.include)),
  rule('duplicate-exclude-control-values', SAP, 'error', 'The exclude-control/@control-id values of a control-selection must be distinct.', duplicates(CONTROLS, CONTROLS.exclude)),
  rule(
    'include-all-or-include-objective',
    SAP,
    'error',
    'A control-objective-selection must have either include-all or include-objective elements, but not both.',
    includeAllOr(OBJECTIVES),
  ),
  rule(
    'duplicate-exclude-objective-and-include-objective-values',
    SAP,
    'error',
    'A control-objective-selection must not both include and exclude the same objective-id.',
    includedAndExcluded(OBJECTIVES),
  ),
  rule(
    'duplicate-include-objective-values',
    SAP,
    'error',
    'The include-objective/@objective-id values of a control-objective-selection must be distinct.',
    duplicates(OBJECTIVES, OBJECTIVES.include),
  ),
  rule(
    'duplicate-exclude-objective-values',
    SAP,
    'error',
    'The exclude-objective/@objective-id values of a control-objective-selection must be distinct.',
    duplicates(OBJECTIVES, OBJECTIVES.exclude),
  ),
];
