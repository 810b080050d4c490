/**
 * The local stack's identities: one access key per process role, created at the first start in
 * `<dataDir>/identities.json` (mode 0600) and kept across restarts. The local API authenticates every
 * request with them (SigV4) and maps each principal ARN to its role through a ROLE_MAP, like the
 * deployed API.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import { Role } from '../functions/core/domain/roles.js';

const ROLES = Role.options;

export const LOCAL_ACCOUNT = '000000000000';

export const LocalIdentity = z.object({
  accessKeyId: z.string().regex(/^[A-Z0-9]{16,128}$/),
  secretAccessKey: z.string().min(32).max(128),
  principalArn: z.string().startsWith('arn:aws:iam::'),
});
export type LocalIdentity = z.infer<typeof LocalIdentity>;

const IdentitiesFile = z.object(Object.fromEntries(ROLES.map((role) => [role, LocalIdentity])) as Record<Role, typeof LocalIdentity>);
export type LocalIdentities = Record<Role, LocalIdentity>;

/** `arn:aws:iam::000000000000:user/intake-local-csp` and so on. */
export const principalArnOf = (role: Role): string => `arn:aws:iam::${LOCAL_ACCOUNT}:user/intake-local-${role.toLowerCase()}`;

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function newIdentity(role: Role): LocalIdentity {
  const id = [...randomBytes(16)].map((b) => KEY_ALPHABET[b % 32]).join('');
  return { accessKeyId: `AKIA${id}`, secretAccessKey: randomBytes(30).toString('base64'), principalArn: principalArnOf(role) };
}

/**
 * Reads `file`, or creates it with a new key per role (never overwriting one that exists). A file
 * others can read is tightened to 0600; a malformed one is an error (the keys in it may be in use).
 */
export async function loadOrCreateIdentities(file: string): Promise<{ identities: LocalIdentities; created: boolean }> {
  const fresh = Object.fromEntries(ROLES.map((role) => [role, newIdentity(role)])) as LocalIdentities;
  try {
    await writeFile(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return { identities: fresh, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file} is not valid JSON (delete it to create new local identities): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = IdentitiesFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a map of CSP, 3PAO, AGENCY and PMO to {accessKeyId, secretAccessKey, principalArn} (delete it to create new local identities): ${z.prettifyError(parsed.error)}`);
  const keys = new Set(ROLES.map((r) => parsed.data[r].accessKeyId));
  if (keys.size !== ROLES.length) throw new Error(`${file}: two roles share an access key`);
  return { identities: parsed.data, created: false };
}

/** The ROLE_MAP of the local API: each identity's principal ARN → its role (parsed by the deployed `parseRoleMap`). */
export function roleMapJson(identities: LocalIdentities): string {
  return JSON.stringify(Object.fromEntries(ROLES.map((role) => [identities[role].principalArn, role])));
}
