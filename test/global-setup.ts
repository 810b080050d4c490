/**
 * Jest global setup: one in-memory DynamoDB Local for the whole run, found by every worker through
 * INTAKE_TEST_DYNAMODB_ENDPOINT. Jest loads this file as CommonJS, outside its module mapper, so it
 * imports project modules only dynamically, by absolute path (type imports are erased).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as LocalModuleExports from '../local/dynamodb-local.js';
import type { DynamoDbLocal } from '../local/dynamodb-local.js';

type LocalModule = typeof LocalModuleExports;

/** Set for every worker: the endpoint of the run's DynamoDB Local. */
export const ENDPOINT_ENV = 'INTAKE_TEST_DYNAMODB_ENDPOINT';
/** Set instead of the endpoint when DynamoDB Local could not start (why). */
export const UNAVAILABLE_ENV = 'INTAKE_TEST_DYNAMODB_UNAVAILABLE';
/** The pid file of the DynamoDB Local started by this run. */
export const PIDFILE_ENV = 'INTAKE_TEST_DYNAMODB_PIDFILE';
/** Pid files of the DynamoDB Locals started by jest runs, named after the jest process owning them. */
export const PIDFILE_DIR = join(tmpdir(), 'intake-test-dynamodb');

export interface PidFile {
  pid: number;
  owner: number;
  endpoint: string;
}

/** What the teardown needs (global setup and teardown share the jest process's globals). */
export interface TestDynamoState {
  local: DynamoDbLocal;
  pidFile: string;
}

declare global {
  var __intakeTestDynamo: TestDynamoState | undefined;
}

/** The DynamoDB Local module, loaded the way that works both when jest requires this file and when it imports it. */
export async function loadLocalModule(rootDir: string): Promise<LocalModule> {
  return (await import(join(rootDir, 'local', 'dynamodb-local.ts'))) as LocalModule;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops DynamoDB Locals left by jest runs that died without their teardown (never those of live runs). */
async function reapOrphans(local: LocalModule): Promise<void> {
  for (const name of await readdir(PIDFILE_DIR).catch(() => [])) {
    const path = join(PIDFILE_DIR, name);
    try {
      const entry = JSON.parse(await readFile(path, 'utf8')) as PidFile;
      if (alive(entry.owner)) continue;
      await local.killDynamoDbLocalPid(entry.pid);
      await rm(path, { force: true });
    } catch {
      // Unreadable, or removed meanwhile by another run: leave it.
    }
  }
}

export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  if (process.env[ENDPOINT_ENV]) return; // An endpoint given from outside is used as it is.
  try {
    const local = await loadLocalModule(projectConfig.rootDir);
    await reapOrphans(local);
    const started = await local.startDynamoDbLocal({ port: 0, resolveFrom: projectConfig.rootDir });
    await mkdir(PIDFILE_DIR, { recursive: true });
    const pidFile = join(PIDFILE_DIR, `${process.pid}.json`);
    globalThis.__intakeTestDynamo = { local: started, pidFile };
    await writeFile(pidFile, JSON.stringify({ pid: started.pid, owner: process.pid, endpoint: started.endpoint } satisfies PidFile));
    process.env[ENDPOINT_ENV] = started.endpoint;
    process.env[PIDFILE_ENV] = pidFile;
    delete process.env[UNAVAILABLE_ENV];
  } catch (err) {
    // Tests that need DynamoDB fail with this reason; the others still run (e.g. without java).
    const why = err instanceof Error ? err.message : String(err);
    process.env[UNAVAILABLE_ENV] = why;
    process.stderr.write(`global-setup: DynamoDB Local not started: ${why}\n`);
  }
}
