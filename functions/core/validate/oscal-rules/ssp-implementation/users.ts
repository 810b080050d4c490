import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule } from '../types.js';
import { allowed, has, label, namedProps, oneOf, propText, roleIds, sspRule, users } from './helpers.js';

/**
 * The users of the system (SSP §9.3, the Roles table): each names a defined role, a user type, a
 * privilege level and a sensitivity level from FedRAMP's enumerations, and one or more authorized
 * privileges, each with a title and the functions it performs.
 */

/** The user props FedRAMP requires, with the value set each is checked against. */
const USER_PROPS = [
  { name: 'type', what: 'user type', has: 'user-has-user-type', hasStatement: 'Every user has a user type.', allowedId: 'user-user-type-has-allowed-value', allowedStatement: 'User type property has an allowed value.', valueSet: 'user-type' },
  { name: 'privilege-level', what: 'privilege level', has: 'user-has-privilege-level', hasStatement: 'Every user has a privilege-level.', allowedId: 'user-privilege-level-has-allowed-value', allowedStatement: 'User privilege level has an allowed value.', valueSet: 'user-privilege' },
  { name: 'sensitivity', what: 'sensitivity level', has: 'user-has-sensitivity-level', hasStatement: 'Every user has a sensitivity level.', allowedId: 'user-sensitivity-level-has-allowed-value', allowedStatement: 'User sensitivity level has an allowed value.', valueSet: 'user-sensitivity-level' },
] as const;

const privileges = (u: Located): Located[] => select(u, 'authorized-privileges').filter((p) => isObject(p.value));

export const RULES: readonly OscalRule[] = [
  sspRule('user-has-role-id', 'info', 'Every user has a role identifier.', function* (ctx) {
    for (const u of users(ctx)) {
      if (isObject(u.value) && select(u, 'role-ids').filter((r) => text(r)).length === 0) yield { message: `${label(u, 'user')} has no role-id`, pointer: u.pointer };
    }
  }),
  sspRule('role-id-has-role-definition', 'error', 'Each identified role must reference a role definition.', function* (ctx) {
    const defined = roleIds(ctx);
    for (const u of users(ctx)) {
      for (const r of select(u, 'role-ids')) {
        const id = text(r);
        if (id && !defined.has(id)) yield { message: `${label(u, 'user')} has role-id '${id}', which no metadata role defines`, pointer: r.pointer };
      }
    }
  }),
  ...USER_PROPS.flatMap((spec): OscalRule[] => [
    sspRule(spec.has, 'info', spec.hasStatement, function* (ctx) {
      for (const u of users(ctx)) {
        if (isObject(u.value) && namedProps(u, spec.name).length === 0) yield { message: `${label(u, 'user')} has no ${spec.name} property (${spec.what})`, pointer: u.pointer };
      }
    }),
    sspRule(spec.allowedId, 'info', spec.allowedStatement, function* (ctx) {
      const values = allowed(ctx, spec.valueSet);
      if (values.size === 0) return;
      for (const u of users(ctx)) {
        for (const p of namedProps(u, spec.name)) {
          const v = propText(p);
          if (!values.has(v)) yield { message: `${label(u, 'user')} has ${spec.what} '${v}', not one of ${oneOf(values)}`, pointer: p.pointer };
        }
      }
    }),
  ]),
  sspRule('user-has-authorized-privilege', 'info', 'Every user has one or more authorized privileges.', function* (ctx) {
    for (const u of users(ctx)) {
      if (isObject(u.value) && privileges(u).length === 0) yield { message: `${label(u, 'user')} has no authorized privilege`, pointer: u.pointer };
    }
  }),
  sspRule('authorized-privilege-has-title', 'info', 'Every authorized privilege has a title.', function* (ctx) {
    for (const u of users(ctx)) {
      for (const p of privileges(u)) if (!has(p, 'title')) yield { message: `an authorized privilege of ${label(u, 'user')} has no title`, pointer: p.pointer };
    }
  }),
  sspRule('authorized-privilege-has-non-empty-title', 'info', 'Every authorized privilege title is not empty.', function* (ctx) {
    for (const u of users(ctx)) {
      for (const p of privileges(u)) {
        if (has(p, 'title') && !text(select(p, 'title')[0])) yield { message: `an authorized privilege of ${label(u, 'user')} has an empty title`, pointer: `${p.pointer}/title` };
      }
    }
  }),
  sspRule('authorized-privilege-has-function-performed', 'info', 'Every authorized privilege is associated with one or more functions performed.', function* (ctx) {
    for (const u of users(ctx)) {
      for (const p of privileges(u)) {
        if (select(p, 'functions-performed').length === 0) yield { message: `an authorized privilege of ${label(u, 'user')} lists no function performed`, pointer: p.pointer };
      }
    }
  }),
  sspRule('authorized-privilege-has-non-empty-function-performed', 'info', 'Every authorized privilege function performed has a definition.', function* (ctx) {
    for (const u of users(ctx)) {
      for (const p of privileges(u)) {
        for (const f of select(p, 'functions-performed')) {
          if (!text(f)) yield { message: `an authorized privilege of ${label(u, 'user')} has an empty function-performed`, pointer: f.pointer };
        }
      }
    }
  }),
];
