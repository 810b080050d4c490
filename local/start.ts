// `npm start`: the whole pipeline on this machine (see local/stack.ts and docs/local-stack.md).
//   --data-dir DIR      where everything is kept (default: env INTAKE_DATA_DIR, else .intake-data in the project)
//   --webhook URL       POST every event there too (repeatable)
//   --api-port N, --s3-port N, --dynamodb-port N   (defaults 4580, 4581, 4582; 0 = any free port)
//   --quiet             only warnings and errors
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PORTS, LOCAL_TABLE_NAME, LOCAL_UPLOAD_BUCKET, startLocalStack, type LocalStack } from './stack.js';

const ROOT = resolve(import.meta.dirname, '..');

const USAGE = `usage: npm start -- [--data-dir DIR] [--webhook URL]... [--api-port N] [--s3-port N] [--dynamodb-port N] [--quiet]`;

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    console.error(`--${name} must be a port number (0 = any free port), not '${value}'\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    options: {
      'data-dir': { type: 'string' },
      webhook: { type: 'string', multiple: true },
      'api-port': { type: 'string' },
      's3-port': { type: 'string' },
      'dynamodb-port': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  args = parse();
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dataDir = resolve(args.values['data-dir'] ?? process.env.INTAKE_DATA_DIR ?? resolve(ROOT, '.intake-data'));
const shown = (p: string): string => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p) || '.');

console.log(`fedramp-intake: starting the local pipeline (data in ${shown(dataDir)})`);
let stack: LocalStack;
try {
  stack = await startLocalStack({
    dataDir,
    apiPort: port(args.values['api-port'], DEFAULT_PORTS.api, 'api-port'),
    s3Port: port(args.values['s3-port'], DEFAULT_PORTS.s3, 's3-port'),
    dynamoPort: port(args.values['dynamodb-port'], DEFAULT_PORTS.dynamodb, 'dynamodb-port'),
    quiet: args.values.quiet ?? false,
    webhooks: args.values.webhook ?? [],
  });
} catch (err) {
  console.error(`fedramp-intake: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const { endpoints } = stack;
const webhooks = args.values.webhook ?? [];
console.log(
  [
    '',
    `  API        ${endpoints.api}   SigV4 (service execute-api, region ${endpoints.region}); keys per role in ${shown(resolve(dataDir, 'identities.json'))}`,
    `  S3         ${endpoints.s3}   bucket ${LOCAL_UPLOAD_BUCKET}`,
    `  DynamoDB   ${endpoints.dynamodb}   table ${LOCAL_TABLE_NAME}`,
    `  events     ${shown(resolve(dataDir, 'events.jsonl'))}${webhooks.length ? ` and ${webhooks.join(', ')}` : ''}`,
    `  endpoints  ${shown(resolve(dataDir, 'endpoints.json'))}`,
    '',
    // performance.now() counts from the start of this process.
    `ready in ${(performance.now() / 1000).toFixed(1)} s (stack ${(stack.readyMs / 1000).toFixed(1)} s); try: npx intake --help. Ctrl-C stops everything.`,
  ].join('\n'),
);

let stopping = false;
let firstSignalAt = 0;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    // The same Ctrl-C often arrives twice (from the terminal, and relayed by npm/tsx): only a later one forces.
    if (performance.now() - firstSignalAt < 1500) return;
    // A second Ctrl-C: stop waiting for work in flight. DynamoDB Local is killed outright.
    console.error(`fedramp-intake: ${signal} again, exiting now`);
    try {
      process.kill(stack.dynamodbPid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    process.exit(130);
  }
  stopping = true;
  firstSignalAt = performance.now();
  console.log(`\nfedramp-intake: ${signal}: stopping (Ctrl-C again to force)…`);
  const started = performance.now();
  try {
    await stack.stop();
    console.log(`fedramp-intake: stopped in ${((performance.now() - started) / 1000).toFixed(1)} s; data kept in ${shown(dataDir)}`);
    process.exit(0);
  } catch (err) {
    console.error(`fedramp-intake: stop failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, (s) => void shutdown(s));
