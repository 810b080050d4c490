import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule } from '../types.js';
import { field, implementedRequirements, label, propValues, roleIds, sspRule, users } from './helpers.js';

/**
 * Who is responsible for each implemented control: every implemented requirement (unless not
 * applicable) names responsible roles, each defined in the metadata and held by a system user.
 */

const responsibleRoles = (req: Located): Located[] => select(req, 'responsible-roles').filter((r) => isObject(r.value));

export const RULES: readonly OscalRule[] = [
  sspRule('implemented-requirement-has-responsible-role', 'error', 'Each implemented control must have one or more responsible-role definitions.', function* (ctx) {
    for (const req of implementedRequirements(ctx)) {
      if (!isObject(req.value)) continue;
      if (propValues(req, 'implementation-status').includes('not-applicable')) continue;
      if (responsibleRoles(req).length === 0) yield { message: `${label(req, 'implemented requirement')} names no responsible role`, pointer: req.pointer };
    }
  }),
  sspRule('responsible-role-has-role-definition', 'error', 'Each responsible-role must reference a role definition.', function* (ctx) {
    const defined = roleIds(ctx);
    for (const req of implementedRequirements(ctx)) {
      for (const r of responsibleRoles(req)) {
        const id = field(r, 'role-id');
        if (!defined.has(id)) yield { message: `responsible role '${id}' of ${label(req, 'implemented requirement')} is not a role defined in the metadata`, pointer: r.pointer };
      }
    }
  }),
  sspRule('responsible-role-has-user', 'error', 'Each responsible-role must be referenced in a system-implementation user assembly.', function* (ctx) {
    const held = new Set(users(ctx).flatMap((u) => select(u, 'role-ids').map((r) => text(r))));
    for (const req of implementedRequirements(ctx)) {
      for (const r of responsibleRoles(req)) {
        const id = field(r, 'role-id');
        if (!held.has(id)) yield { message: `responsible role '${id}' of ${label(req, 'implemented requirement')} is held by no system user (no user has role-id '${id}')`, pointer: r.pointer };
      }
    }
  }),
];
