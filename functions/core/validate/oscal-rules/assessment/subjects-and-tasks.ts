import { text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { descendants, has, label, namedProps, objects, objectsAt, rule, SAP } from './helpers.js';

/**
 * What the SAP assesses and how: assessment subjects for locations (listed, not include-all) and users,
 * and the login details of web-application and role-based test tasks.
 */

const subjects = (ctx: RuleContext, type: string) => objectsAt(ctx.doc, 'assessment-subjects').filter((s) => text(s.value['type']) === type);

/** The SAP must have an assessment-subject of `type`. */
const hasSubject = (type: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    if (subjects(ctx, type).length === 0) yield { message: `the assessment plan has no assessment-subject of type '${type}'`, pointer: ctx.doc.pointer };
  };

function* locationNotIncludeAll(ctx: RuleContext): Iterable<Violation> {
  for (const s of subjects(ctx, 'location')) {
    if (has(s, 'include-all')) yield { message: 'the location assessment-subject uses include-all; it must list the locations assessed', pointer: s.pointer };
  }
}

/** Tasks (at any depth) with a property whose value is `value`. */
const tasksWith = (ctx: RuleContext, value: string) =>
  objects(descendants(ctx.doc, 'tasks')).filter((t) => objectsAt(t, 'props').some((p) => text(p.value['value']) === value));

/** Tasks with a property valued `kind` must have a property named `name`. */
const taskHasProp = (kind: string, name: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const t of tasksWith(ctx, kind)) {
      if (namedProps(t, name).length === 0) yield { message: `${label(t, `${kind} task`)} has no '${name}' property`, pointer: t.pointer };
    }
  };

export const SUBJECTS_AND_TASKS_RULES: readonly OscalRule[] = [
  rule('has-location-assessment-subject', SAP, 'error', "A FedRAMP SAP must have an assessment-subject of type 'location'.", hasSubject('location')),
  rule('location-not-include-all-element', SAP, 'error', "An assessment-subject of type 'location' must not use include-all.", locationNotIncludeAll),
  rule('has-user-assessment-subject', SAP, 'error', "A FedRAMP SAP must have an assessment-subject of type 'user'.", hasSubject('user')),
  rule('has-login-url-task', SAP, 'error', "A 'web-application' test task must have a 'login-url' property.", taskHasProp('web-application', 'login-url')),
  rule('has-login-id-task', SAP, 'error', "A 'web-application' test task must have a 'login-id' property.", taskHasProp('web-application', 'login-id')),
  rule('has-login-id-user-task', SAP, 'error', "A 'role-based' test task must have a 'login-id' property.", taskHasProp('role-based', 'login-id')),
];
