/** Jest global teardown: stops the run's DynamoDB Local, and kills its pid from the pid file if it survived. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type * as LocalModuleExports from '../local/dynamodb-local.js';
import type { PidFile } from './global-setup.js';

// Repeated from global-setup.ts: this file may import project modules only dynamically (see there).
const ENDPOINT_ENV = 'INTAKE_TEST_DYNAMODB_ENDPOINT';
const PIDFILE_ENV = 'INTAKE_TEST_DYNAMODB_PIDFILE';

type LocalModule = typeof LocalModuleExports;

export default async function globalTeardown(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  const state = globalThis.__intakeTestDynamo;
  globalThis.__intakeTestDynamo = undefined;
  const pidFile = state?.pidFile ?? process.env[PIDFILE_ENV];
  try {
    await state?.local.stop();
  } finally {
    if (pidFile) {
      const entry = await readFile(pidFile, 'utf8').then((text) => JSON.parse(text) as PidFile).catch(() => undefined);
      if (entry) {
        const local = (await import(join(projectConfig.rootDir, 'local', 'dynamodb-local.ts'))) as LocalModule;
        await local.killDynamoDbLocalPid(entry.pid);
      }
      await rm(pidFile, { force: true });
    }
    if (state) delete process.env[ENDPOINT_ENV];
    delete process.env[PIDFILE_ENV];
  }
}
