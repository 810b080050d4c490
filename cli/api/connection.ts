import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import * as z from 'zod';
import { pidAlive } from '../../local/endpoints-file.js';
import type { Role } from '../../functions/core/domain/roles.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
export type CredentialsProvider = () => Promise<Credentials>;

/** Where the API is and how each request is signed. */
export interface Connection {
  /** `local` (the embedded stack of `npm start`) or `deployed` (`--api URL`). */
  mode: 'local' | 'deployed';
  /** Base URL of the API, without a trailing slash (a stage path such as `/prod` is kept). */
  api: string;
  region: string;
  /** The credentials a request made as `role` is signed with. */
  credentialsFor(role: Role): CredentialsProvider;
  /** What the caller acts as, for messages: `AGENCY (local identity)` or `profile x`. */
  describe(role: Role): string;
}

export interface ConnectionOptions {
  api?: string;
  region?: string;
  profile?: string;
  dataDir?: string;
}

/** A problem the user can fix (no stack trace, exit code 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** 1: the environment is not as needed (pipeline not running…); 2: the command line is wrong. */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const LocalEndpoints = z.object({
  api: z.url(),
  s3: z.url().optional(),
  region: z.string().min(1),
  pid: z.number().int().positive(),
  startedAt: z.string().optional(),
});
export type LocalEndpoints = z.infer<typeof LocalEndpoints>;

const LocalIdentity = z.object({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1), principalArn: z.string().min(1) });
const LocalIdentities = z.object({ CSP: LocalIdentity, '3PAO': LocalIdentity, AGENCY: LocalIdentity, PMO: LocalIdentity });
export type LocalIdentities = z.infer<typeof LocalIdentities>;

export const DATA_DIR_NAME = '.intake-data';
const NOT_RUNNING = 'the local pipeline is not running: start it with `npm start` (in the project folder), or pass --api URL for a deployed stack';

/**
 * The local data directory: `--data-dir`, else `INTAKE_DATA_DIR`, else the nearest `.intake-data`
 * from the working directory up to the project root (the folder with package.json), else
 * `./.intake-data`.
 */
export function findDataDir(explicit: string | undefined, cwd = process.cwd(), env = process.env): string {
  if (explicit) return resolve(cwd, explicit);
  const fromEnv = env['INTAKE_DATA_DIR'];
  if (fromEnv) return resolve(cwd, fromEnv);
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, DATA_DIR_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(resolve(cwd), DATA_DIR_NAME);
    dir = parent;
  }
}

async function readJson<S extends z.ZodType>(file: string, schema: S, what: string): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`${NOT_RUNNING} (no ${file})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON: is the local pipeline still starting? (${what})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${file} does not hold the expected ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The running local stack's endpoints and identities; a clear error when it is not running. */
export async function readLocalStack(dataDir: string): Promise<{ endpoints: LocalEndpoints; identities: LocalIdentities }> {
  const endpoints = await readJson(join(dataDir, 'endpoints.json'), LocalEndpoints, 'endpoints');
  if (!pidAlive(endpoints.pid)) throw new UsageError(`${NOT_RUNNING} (${join(dataDir, 'endpoints.json')} names process ${endpoints.pid}, which has ended)`);
  const identities = await readJson(join(dataDir, 'identities.json'), LocalIdentities, 'local identities');
  return { endpoints, identities };
}

/** The region of an execute-api URL (`https://id.execute-api.us-east-1.amazonaws.com/prod`). */
export function regionOfApiUrl(url: string): string | undefined {
  return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/.exec(new URL(url).hostname)?.[1];
}

/**
 * Connects to the local stack (default) or to a deployed API (`--api URL` or `INTAKE_API_URL`).
 * Locally every role signs with its own identity from `identities.json`; deployed, requests are signed
 * with the default AWS credential chain (`--profile`, or `INTAKE_PROFILE_<ROLE>` for `--as ROLE`, or
 * the usual AWS_PROFILE / environment / SSO / instance credentials) and the role is the one ROLE_MAP
 * gives the principal.
 */
export async function connect(options: ConnectionOptions, env = process.env): Promise<Connection> {
  const api = options.api ?? env['INTAKE_API_URL'];
  if (api) {
    let url: URL;
    try {
      url = new URL(api);
    } catch {
      throw new UsageError(`--api must be a URL such as https://abc123.execute-api.us-east-1.amazonaws.com/prod, not '${api}'`);
    }
    if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      throw new UsageError('--api must be an https URL (credentials are never sent in clear to a remote host)');
    }
    const region = options.region ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? regionOfApiUrl(api);
    if (!region) throw new UsageError('no AWS region: pass --region or set AWS_REGION');
    const cache = new Map<string, CredentialsProvider>();
    const profileFor = (role: Role): string | undefined => options.profile ?? env[`INTAKE_PROFILE_${role}`];
    return {
      mode: 'deployed',
      api: api.replace(/\/+$/, ''),
      region,
      credentialsFor(role) {
        const profile = profileFor(role);
        const key = profile ?? '';
        let provider = cache.get(key);
        if (!provider) {
          provider = fromNodeProviderChain(profile ? { profile } : {});
          cache.set(key, provider);
        }
        return provider;
      },
      describe(role) {
        const profile = profileFor(role);
        return profile ? `profile ${profile}` : 'the default AWS credentials';
      },
    };
  }
  const dataDir = findDataDir(options.dataDir);
  const { endpoints, identities } = await readLocalStack(dataDir);
  return {
    mode: 'local',
    api: endpoints.api.replace(/\/+$/, ''),
    region: endpoints.region,
    credentialsFor(role) {
      const identity = identities[role];
      const credentials: Credentials = { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey };
      return () => Promise.resolve(credentials);
    },
    describe(role) {
      return `${role} (local identity ${identities[role].principalArn})`;
    },
  };
}
