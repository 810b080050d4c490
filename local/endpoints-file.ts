/**
 * `<dataDir>/endpoints.json`: where a running local stack listens (what the `intake` CLI reads), and
 * the guard against two stacks on one data folder. It is written once the stack is ready and removed
 * on a clean stop; a file left by a stack that died (its pid is gone, or its API does not answer) is
 * stale and replaced.
 */
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import * as z from 'zod';

export const LocalEndpoints = z.object({
  api: z.string().url(),
  s3: z.string().url(),
  dynamodb: z.string().url(),
  region: z.string(),
  pid: z.number().int().positive(),
  startedAt: z.string(),
});
export type LocalEndpoints = z.infer<typeof LocalEndpoints>;

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function answers(url: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const socket = connect({ host: parsed.hostname, port: Number(parsed.port) });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function readEndpoints(file: string): Promise<LocalEndpoints | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return LocalEndpoints.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Throws if another live stack owns the folder; removes a stale file and says so (the returned
 * message), or returns undefined when there was none.
 */
export async function claimEndpointsFile(file: string): Promise<string | undefined> {
  const existing = await readEndpoints(file);
  if (existing && existing.pid !== process.pid && pidAlive(existing.pid) && (await answers(existing.api))) {
    throw new Error(`another local stack (pid ${existing.pid}, API ${existing.api}, started ${existing.startedAt}) is using this data folder; stop it first (or delete ${file} if that is wrong)`);
  }
  try {
    await rm(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return existing ? `removed the stale ${file} of a stack that is gone (pid ${existing.pid})` : `removed an unreadable ${file}`;
}

export async function writeEndpointsFile(file: string, endpoints: LocalEndpoints): Promise<void> {
  await writeFile(file, `${JSON.stringify(endpoints, null, 2)}\n`, { mode: 0o644 });
}

/** Alive and, where /proc tells, a Node process (a pid reused by something else after a reboot is not a stack). */
function stackAlive(pid: number): boolean {
  if (!pidAlive(pid)) return false;
  try {
    return /node|tsx/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * `<dataDir>/stack.pid`, taken before anything starts (endpoints.json only exists once the stack is
 * ready): a second stack on the same folder is refused even while the first is still starting. A lock
 * whose process is gone is taken over. Resolves with the release function.
 */
export async function acquireStackLock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(pid) && pid > 0 && stackAlive(pid)) {
      throw new Error(`another local stack (pid ${pid}${pid === process.pid ? ', this process' : ''}) is using this data folder; stop it first (or delete ${file} if that is wrong)`);
    }
    await rm(file, { force: true });
  }
  throw new Error(`could not take ${file}`);
}
