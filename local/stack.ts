/**
 * The embedded local pipeline (`npm start`, and the `intake` CLI's local mode): DynamoDB Local, s3rver,
 * the local API, the intake path, the local event bus and the local Step Functions runner, all on
 * loopback, with every piece of state under one data folder. The handlers are the deployed ones
 * (their factories, over local ports); the state machines are the deployed ASL files.
 *
 * Data folder:
 * | path | what |
 * |---|---|
 * | `dynamodb/` | DynamoDB Local's database (`-dbPath`): packages, deliverables, decisions, history |
 * | `s3/` | s3rver's files: the upload bucket |
 * | `executions.json` | the local runner's executions (the state each running one waits in, for resuming) |
 * | `queue/` | S3 notifications not yet handled by intake (delivered again after a restart) |
 * | `dlq.jsonl` | notifications intake failed on every attempt |
 * | `events.jsonl` | every event published, as EventBridge would deliver it |
 * | `identities.json` | the local access keys, one per role (0600) |
 * | `statemachines.validated` | hashes of the ASL definitions the runner has validated (not validated again) |
 * | `endpoints.json` | while running: where everything listens |
 * | `dynamodb.pid` | while running: DynamoDB Local's pid (reaped at the next start if left behind) |
 * | `stack.pid` | while running: the lock (one stack per folder) |
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../functions/core/domain/roles.js';
import type { WorkflowDeps } from '../functions/core/workflow/context.js';
import type { Clock } from '../functions/core/workflow/ports.js';
import type { ApiServer } from './api-server.js';
import { isDynamoDbLocalProcess, killDynamoDbLocalPid, LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { acquireStackLock, claimEndpointsFile, writeEndpointsFile, type LocalEndpoints } from './endpoints-file.js';
import { LOCAL_ACCOUNT, loadOrCreateIdentities, roleMapJson } from './identities.js';
import { lambdaContext } from './lambda-context.js';
import { StackLog } from './log.js';
import type { MonthlySchedule } from './monthly-schedule.js';
import type { ExecutionSnapshot, RestoreReport } from './stepfunctions/local-workflow.js';

export type { LocalEndpoints } from './endpoints-file.js';

/** Fixed loopback ports of `npm start` (0 = a free port, what tests use). */
export const DEFAULT_PORTS = { api: 4580, s3: 4581, dynamodb: 4582 } as const;
export const LOCAL_STACK_REGION = 'us-east-1';
export const LOCAL_TABLE_NAME = 'intake-local';
export const LOCAL_UPLOAD_BUCKET = 'intake-uploads';
const WORKFLOW_TASKS_ARN = `arn:aws:lambda:${LOCAL_STACK_REGION}:${LOCAL_ACCOUNT}:function:intake-local-workflow-tasks`;
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface LocalStackOptions {
  dataDir: string;
  apiPort?: number;
  s3Port?: number;
  dynamoPort?: number;
  /** Only warnings and errors are logged (events still go to events.jsonl and the webhooks). */
  quiet?: boolean;
  /** Where log lines go (default: stdout). */
  log?: (line: string) => void;
  /** URLs every event is POSTed to (EventBridge envelope, JSON). */
  webhooks?: string[];
}

export interface LocalStack {
  endpoints: LocalEndpoints;
  /** Stops everything (DynamoDB Local's java process included); idempotent. */
  stop(): Promise<void>;
  /** Milliseconds from the call to ready. */
  readyMs: number;
  /** The absolute data folder. */
  dataDir: string;
  /** Pid of the DynamoDB Local java process (gone after `stop`). */
  dynamodbPid: number;
  /** What happened to the executions found in the data folder at start. */
  restored: RestoreReport;
}

const packageIdOf = (s: ExecutionSnapshot): string | undefined => {
  const input = s.input;
  return input && typeof input === 'object' && !Array.isArray(input) && typeof input.packageId === 'string' ? input.packageId : undefined;
};

/**
 * The pipeline's modules (the handlers with the classifier and validators behind them, the SDK
 * clients, the runner): loaded while DynamoDB Local's JVM starts, since loading them takes seconds too.
 */
async function loadPipeline() {
  // One after the other: jest's ESM loader cannot link concurrent dynamic imports that share modules
  // (and loading is CPU-bound on one thread anyway).
  const dynamodb = await import('@aws-sdk/client-dynamodb');
  const s3 = await import('@aws-sdk/client-s3');
  const s3rver = await import('s3rver');
  const repository = await import('../functions/adapters/dynamo/package-repository.js');
  const table = await import('../functions/adapters/dynamo/table.js');
  const context = await import('../functions/core/workflow/context.js');
  const api = await import('../functions/handlers/api.js');
  const conmon = await import('../functions/handlers/conmon-scheduler.js');
  const intake = await import('../functions/handlers/intake.js');
  const principals = await import('../functions/handlers/principals.js');
  const tasks = await import('../functions/handlers/workflow-tasks.js');
  const apiServer = await import('./api-server.js');
  const bus = await import('./event-bus.js');
  const queue = await import('./intake-queue.js');
  const observability = await import('./handler-observability.js');
  const schedule = await import('./monthly-schedule.js');
  const journal = await import('./stepfunctions/execution-journal.js');
  const workflow = await import('./stepfunctions/local-workflow.js');
  return {
    DynamoDBClient: dynamodb.DynamoDBClient,
    S3Client: s3.S3Client,
    S3rver: s3rver.default,
    DynamoPackageRepository: repository.DynamoPackageRepository,
    ensureTable: table.ensureTable,
    historySeq: context.historySeq,
    makeApiHandler: api.makeApiHandler,
    makeConmonSchedulerHandler: conmon.makeConmonSchedulerHandler,
    makeIntakeHandler: intake.makeIntakeHandler,
    parseRoleMap: principals.parseRoleMap,
    makeWorkflowTasksHandler: tasks.makeWorkflowTasksHandler,
    startApiServer: apiServer.startApiServer,
    LocalEventBus: bus.LocalEventBus,
    LocalIntakeQueue: queue.LocalIntakeQueue,
    localObservability: observability.localObservability,
    scheduleMonthly: schedule.scheduleMonthly,
    ExecutionJournal: journal.ExecutionJournal,
    LocalWorkflow: workflow.LocalWorkflow,
  };
}

/** A DynamoDB Local left running by a stack that died (its pid file survived it) is stopped. */
async function reapDynamoDb(pidFile: string, log: StackLog): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isDynamoDbLocalProcess(pid)) {
    log.warn('stack', `stopping DynamoDB Local pid ${pid}, left behind by a stack that did not stop cleanly`);
    await killDynamoDbLocalPid(pid);
  }
  await rm(pidFile, { force: true });
}

/** Starts the whole local pipeline; resolves once the API answers and resumed executions wait again. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const started = performance.now();
  // Where the start-up time goes, logged once ready.
  const phases: string[] = [];
  let mark = started;
  const phase = (name: string): void => {
    const now = performance.now();
    phases.push(`${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };
  const dataDir = resolve(options.dataDir);
  const log = new StackLog(options.log ?? ((line) => process.stdout.write(`${line}\n`)), options.quiet ?? false);
  // Powertools metrics would print EMF documents outside Lambda.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = (name: string): string => join(dataDir, name);
  const endpointsFile = file('endpoints.json');
  const pidFile = file('dynamodb.pid');
  const releaseLock = await acquireStackLock(file('stack.pid'));

  // Undone in reverse order if the start fails half-way.
  const undo: (() => Promise<void>)[] = [releaseLock];
  const unwind = async (): Promise<void> => {
    for (const step of undo.reverse()) await step().catch(() => undefined);
  };

  try {
    const stale = await claimEndpointsFile(endpointsFile);
    if (stale) log.info('stack', stale);
    await reapDynamoDb(pidFile, log);

    const dynamoStarting = startDynamoDbLocal({ port: options.dynamoPort ?? DEFAULT_PORTS.dynamodb, dbPath: file('dynamodb'), resolveFrom: PROJECT_ROOT, detached: true });
    undo.push(async () => (await dynamoStarting).stop());
    const {
      DynamoDBClient,
      S3Client,
      S3rver,
      DynamoPackageRepository,
      ensureTable,
      historySeq,
      makeApiHandler,
      makeConmonSchedulerHandler,
      makeIntakeHandler,
      parseRoleMap,
      makeWorkflowTasksHandler,
      startApiServer,
      LocalEventBus,
      LocalIntakeQueue,
      localObservability,
      scheduleMonthly,
      ExecutionJournal,
      LocalWorkflow,
    } = await loadPipeline();
    phase('modules');

    const region = LOCAL_STACK_REGION;
    const { identities, created } = await loadOrCreateIdentities(file('identities.json'));
    if (created) log.info('stack', `created local identities (one access key per role) in ${file('identities.json')}`);
    const opened = await ExecutionJournal.open(file('executions.json'));
    if (opened.problem) log.warn('workflow', opened.problem);
    const journal = opened.journal;
    const [authorization, conmon] = await Promise.all(
      ['authorization', 'conmon'].map(async (name) => JSON.parse(await readFile(join(PROJECT_ROOT, 'statemachines', `${name}.asl.json`), 'utf8')) as object),
    );
    const bus = new LocalEventBus({ file: file('events.jsonl'), log, region, account: LOCAL_ACCOUNT, webhooks: options.webhooks ?? [] });

    // The ports every handler gets. The workflow is wired below (it needs the handler it invokes).
    const clock: Clock = { now: () => new Date() };
    const holder: { deps?: WorkflowDeps } = {};
    const tasksObs = localObservability('workflow', log);
    let tasksHandler: ReturnType<typeof makeWorkflowTasksHandler> | undefined;
    let stopping = false;
    const workflow = new LocalWorkflow({
      definitions: { authorization: authorization!, conmon: conmon! },
      stateMachineOf: (name) => (name.startsWith('conmon-') ? 'conmon' : 'authorization'),
      substitutions: { WorkflowTasksFunctionArn: WORKFLOW_TASKS_ARN },
      validationCache: file('statemachines.validated'),
      invokeLambda: async (arn, payload) => {
        if (arn !== WORKFLOW_TASKS_ARN || !holder.deps) throw Object.assign(new Error(`no local function ${arn}`), { name: 'Lambda.ResourceNotFoundException' });
        tasksHandler ??= makeWorkflowTasksHandler(holder.deps, tasksObs);
        return tasksHandler(payload, lambdaContext('intake-local-workflow-tasks'));
      },
      onChange: (snapshot) => {
        journal.record(snapshot);
        if (stopping || snapshot.status === 'RUNNING') return;
        const line = `${snapshot.stateMachine} execution ${snapshot.name} ${snapshot.status}${snapshot.error ? `: ${snapshot.error}${snapshot.cause ? ` (${snapshot.cause.slice(0, 300)})` : ''}` : ''}`;
        if (snapshot.status === 'SUCCEEDED') log.info('workflow', line);
        else log.warn('workflow', line);
      },
    });

    const s3server = new S3rver({ address: '127.0.0.1', port: options.s3Port ?? DEFAULT_PORTS.s3, silent: true, directory: file('s3'), configureBuckets: [{ name: LOCAL_UPLOAD_BUCKET }] });
    const s3Address = await s3server.run().catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'EADDRINUSE' ? new Error(`s3rver: port ${options.s3Port ?? DEFAULT_PORTS.s3} is already in use; choose another with --s3-port (0 = any free port)`) : err;
    });
    undo.push(() => s3server.close());
    const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;

    phase('state machines');
    const dynamoLocal: DynamoDbLocal = await dynamoStarting;
    phase(`DynamoDB Local (ready ${(dynamoLocal.readyMs / 1000).toFixed(1)} s after spawn)`);
    await writeFile(pidFile, `${dynamoLocal.pid}\n`, { mode: 0o600 });
    undo.push(() => rm(pidFile, { force: true }));
    const dynamo = new DynamoDBClient({ endpoint: dynamoLocal.endpoint, region, credentials: LOCAL_CREDENTIALS });
    undo.push(async () => dynamo.destroy());
    await ensureTable(dynamo, LOCAL_TABLE_NAME);
    phase('table');
    // WHEN_REQUIRED: no aws-chunked framing stored by s3rver, no empty-body checksum in presigned POSTs.
    // s3rver checks the access key of SDK requests against its one built-in account (S3RVER/S3RVER): any other key is InvalidAccessKeyId (403).
    const s3 = new S3Client({ endpoint: s3Endpoint, region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    undo.push(async () => s3.destroy());

    const deps: WorkflowDeps = { repo: DynamoPackageRepository.fromClient(dynamo, LOCAL_TABLE_NAME, clock), workflow, events: bus, clock };
    holder.deps = deps;
    undo.push(() => workflow.stop());

    // Executions that were running when the stack last stopped: resumed where they waited.
    const restored = workflow.restore(journal.snapshots());
    const note = async (s: ExecutionSnapshot | undefined, action: string, detail: string): Promise<void> => {
      const packageId = s && packageIdOf(s);
      if (!packageId) return;
      const at = clock.now();
      await deps.repo.appendHistory({ packageId, at: at.toISOString(), seq: historySeq(at), actor: 'local-runtime', role: 'SYSTEM', action, detail }).catch((err: unknown) => {
        log.warn('workflow', `could not note ${action} in the history of ${packageId}: ${err instanceof Error ? err.message : String(err)}`);
      });
    };
    const byArn = new Map(journal.snapshots().map((s) => [s.executionArn, s]));
    for (const r of restored.resumed) {
      log.info('workflow', `resumed ${r.stateMachine} execution ${r.name} in '${r.state}'`);
      await note(byArn.get(r.executionArn), 'workflow-resumed', `the local stack restarted; the ${r.stateMachine} execution resumed in '${r.state}'`);
    }
    for (const f of restored.failed) {
      log.warn('workflow', `INTERRUPTED: ${f.stateMachine} execution ${f.name} could not be resumed (${f.reason}); it is now FAILED`);
      await note(byArn.get(f.executionArn), 'workflow-interrupted', `the local stack restarted and could not resume the ${f.stateMachine} execution (${f.reason}); the workflow of this package is stopped`);
    }
    // Resumed waits store their new tokens before anyone can decide or upload.
    const unsettled = await workflow.settle(10_000);
    phase(`resume ${restored.resumed.length} execution(s)`);
    if (unsettled.length > 0) log.warn('workflow', `${unsettled.length} resumed execution(s) are still moving: ${unsettled.join(', ')}`);

    const roles = parseRoleMap(roleMapJson(identities));
    const api = makeApiHandler({ deps, s3, uploadBucket: LOCAL_UPLOAD_BUCKET, roles, conmon: workflow, obs: localObservability('api', log) });
    const intake = makeIntakeHandler({ deps, s3, bucket: LOCAL_UPLOAD_BUCKET, obs: localObservability('intake', log) });

    // The intake path: s3rver's object-created events → the durable local queue → the intake handler.
    const { queue, pending } = await LocalIntakeQueue.open({
      dir: file('queue'),
      dlqFile: file('dlq.jsonl'),
      handler: intake,
      context: () => lambdaContext('intake-local-intake'),
      log,
      queueArn: `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:intake-local-uploads`,
      region,
    });
    undo.push(async () => void (await queue.stop(5000)));
    s3server.on('event', (event: { Records?: { eventName?: string; s3?: { bucket?: { name?: string }; object?: { key?: string; size?: number } } }[] }) => {
      const records = (event.Records ?? []).filter((r) => r.eventName?.startsWith('ObjectCreated:'));
      if (records.length === 0) return;
      for (const r of records) log.info('upload', `${r.eventName} s3://${r.s3?.bucket?.name}/${r.s3?.object?.key} (${r.s3?.object?.size ?? '?'} bytes)`);
      queue.send(JSON.stringify(event)).catch((err: unknown) => log.error('upload', `notification not queued: ${err instanceof Error ? err.message : String(err)}`));
    });
    if (pending > 0) log.info('intake', `${pending} notification(s) left by the last run are delivered again`);
    queue.start();

    const apiServer: ApiServer = await startApiServer({
      port: options.apiPort ?? DEFAULT_PORTS.api,
      region,
      account: LOCAL_ACCOUNT,
      identities: (Object.entries(identities) as [Role, (typeof identities)[Role]][]).map(([role, identity]) => ({ ...identity, role })),
      handler: api,
      context: () => lambdaContext('intake-local-api'),
      log,
    });
    undo.push(() => apiServer.close(1000));

    const scheduler = makeConmonSchedulerHandler(deps, workflow, localObservability('conmon', log));
    const monthly: MonthlySchedule = scheduleMonthly(async (at) => {
      try {
        const out = await scheduler({ time: at.toISOString() }, lambdaContext('intake-local-conmon-scheduler'));
        if (out.started.length > 0) log.info('conmon', `started the ${out.month} ConMon execution of ${out.started.join(', ')}`);
      } catch (err) {
        log.error('conmon', `the monthly schedule failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
    undo.push(() => monthly.stop());

    const endpoints: LocalEndpoints = { api: apiServer.endpoint, s3: s3Endpoint, dynamodb: dynamoLocal.endpoint, region, pid: process.pid, startedAt: new Date().toISOString() };
    await writeEndpointsFile(endpointsFile, endpoints);
    undo.push(() => rm(endpointsFile, { force: true }));
    await chmod(file('identities.json'), 0o600);

    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopped ??= (async () => {
        await monthly.stop();
        await apiServer.close(5000);
        await s3server.close().catch(() => undefined);
        const left = await queue.stop(15_000);
        if (left > 0) log.info('intake', `${left} notification(s) stay queued for the next start`);
        const moving = await workflow.settle(5000);
        if (moving.length > 0) log.warn('workflow', `stopping while ${moving.length} execution(s) were between states; they resume from the last state entered`);
        journal.freeze();
        await journal.flush().catch((err: unknown) => log.error('workflow', `executions.json not written: ${err instanceof Error ? err.message : String(err)}`));
        stopping = true;
        await workflow.stop();
        await bus.drain();
        s3.destroy();
        dynamo.destroy();
        await dynamoLocal.stop();
        await rm(pidFile, { force: true });
        await rm(endpointsFile, { force: true });
        await releaseLock();
      })());

    phase('API and intake');
    const readyMs = Math.round(performance.now() - started);
    log.info('stack', `ready in ${(readyMs / 1000).toFixed(1)} s: ${phases.join(', ')}`);
    return { endpoints, stop, readyMs, dataDir, dynamodbPid: dynamoLocal.pid, restored };
  } catch (err) {
    await unwind();
    throw err;
  }
}
