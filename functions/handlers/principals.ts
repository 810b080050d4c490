import * as z from 'zod';
import { RoleInput, type Role } from '../core/domain/roles.js';

/**
 * Which process role an IAM principal acts as, from configuration (env `ROLE_MAP`), never from the
 * request. Keys are exact principal ARNs or globs where `*` matches any run of characters
 * (`arn:*:iam::123456789012:role/csp-*`); values are CSP, 3PAO, AGENCY or PMO.
 *
 * An assumed-role session (`arn:aws:sts::<account>:assumed-role/<role>/<session>`, what API Gateway
 * reports for IAM auth with temporary credentials) is also matched as its role's IAM ARN
 * (`arn:aws:iam::<account>:role/<role>`; the role's path is not in the session ARN, so write
 * patterns without it). A principal matching patterns of two different roles is refused: ambiguity
 * never grants a role.
 */
export interface RoleMap {
  roleOf(principalArn: string): Role | undefined;
}

const RoleMapJson = z.record(z.string().min(1).startsWith('arn:', 'a ROLE_MAP key must be a principal ARN or an ARN glob'), RoleInput);

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

const ASSUMED_ROLE = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/;

/** The ARNs a principal is matched as: itself, and the IAM role of an assumed-role session. */
export function principalArns(principalArn: string): string[] {
  const session = ASSUMED_ROLE.exec(principalArn);
  return session ? [principalArn, `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`] : [principalArn];
}

/** Parses `ROLE_MAP`; a malformed map fails the cold start (an API that cannot authorise must not run). */
export function parseRoleMap(json: string | undefined): RoleMap {
  if (!json) throw new Error('ROLE_MAP is not set: the API cannot map principals to roles');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`ROLE_MAP is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = RoleMapJson.safeParse(raw);
  if (!parsed.success) throw new Error(`ROLE_MAP is not a map of principal ARN (or glob) to CSP | 3PAO | AGENCY | PMO: ${z.prettifyError(parsed.error)}`);
  const exact = new Map<string, Role>();
  const globs: { pattern: RegExp; role: Role }[] = [];
  for (const [key, role] of Object.entries(parsed.data)) {
    if (key.includes('*')) globs.push({ pattern: globToRegExp(key), role });
    else exact.set(key, role);
  }
  return {
    roleOf(principalArn) {
      const candidates = principalArns(principalArn);
      const roles = new Set<Role>();
      for (const arn of candidates) {
        const role = exact.get(arn);
        if (role) roles.add(role);
        for (const g of globs) if (g.pattern.test(arn)) roles.add(g.role);
      }
      return roles.size === 1 ? [...roles][0] : undefined;
    },
  };
}
