import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadOrCreateIdentities, roleMapJson } from '../../local/identities.js';
import { LocalIntakeQueue } from '../../local/intake-queue.js';
import { StackLog } from '../../local/log.js';
import { verifySigV4, type SignedRequest, type SigningKey } from '../../local/sigv4-auth.js';
import { ExecutionJournal } from '../../local/stepfunctions/execution-journal.js';
import { LocalWorkflow, RESUME_FAILED, type ExecutionSnapshot } from '../../local/stepfunctions/local-workflow.js';
import { parseRoleMap } from '../../functions/handlers/principals.js';

/**
 * The parts of the local stack on their own, without emulators: SigV4 verification against requests
 * signed by @smithy/signature-v4, the local identities, the durable intake queue with its DLQ, and
 * resuming executions from their saved state.
 */

const REGION = 'us-east-1';
const KEY: SigningKey & { name: string } = { name: 'csp', accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==' };
const NOW = new Date('2026-11-29T12:00:00Z');

/** Signs like the AWS SDK, returning what the server receives. */
async function signed(
  init: { method?: string; path?: string; query?: Record<string, string>; body?: string; key?: SigningKey; region?: string; service?: string; date?: Date; headers?: Record<string, string>; applyChecksum?: boolean } = {},
): Promise<SignedRequest> {
  const method = init.method ?? 'POST';
  const body = init.body ?? (method === 'GET' ? undefined : '{"csp":"Acme"}');
  const request = new HttpRequest({
    method,
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 4580,
    path: init.path ?? '/packages',
    query: init.query ?? {},
    headers: { host: '127.0.0.1:4580', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(body !== undefined ? { body } : {}),
  });
  const signer = new SignatureV4({ credentials: init.key ?? KEY, region: init.region ?? REGION, service: init.service ?? 'execute-api', sha256: Sha256, applyChecksum: init.applyChecksum ?? true });
  const out = await signer.sign(request, { signingDate: init.date ?? NOW });
  const search = new URLSearchParams(init.query ?? {}).toString().replace(/\+/g, '%20');
  const headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, url: `${init.path ?? '/packages'}${search ? `?${search}` : ''}`, headers, body: Buffer.from(body ?? '') };
}

const verify = (req: SignedRequest, now = NOW) => verifySigV4(req, { keyOf: (id) => (id === KEY.accessKeyId ? KEY : undefined), region: REGION, service: 'execute-api', now });

describe('SigV4 verification of the local API', () => {
  it('accepts what the SDK signer signs, query strings and all, and names the key', async () => {
    await expect(verify(await signed())).resolves.toEqual({ ok: true, key: KEY });
    await expect(verify(await signed({ applyChecksum: false }))).resolves.toEqual({ ok: true, key: KEY });
    const get = await signed({ method: 'GET', path: '/packages', query: { limit: '10', cursor: 'a b/c+d=' } });
    await expect(verify(get)).resolves.toMatchObject({ ok: true });
    // Within the 5 minutes of skew API Gateway allows.
    await expect(verify(await signed({ date: new Date(NOW.getTime() - 4 * 60_000) }))).resolves.toMatchObject({ ok: true });
  });

  it.each<[string, () => Promise<SignedRequest>, RegExp]>([
    ['no Authorization header', async () => ({ ...(await signed()), headers: { host: '127.0.0.1:4580' } }), /^Missing Authentication Token$/],
    ['a key nobody issued', () => signed({ key: { accessKeyId: 'AKIANOBODYNOBODY0000', secretAccessKey: KEY.secretAccessKey } }), /security token included in the request is invalid/],
    ['the right key id with another secret', () => signed({ key: { accessKeyId: KEY.accessKeyId, secretAccessKey: 'x'.repeat(40) } }), /signature we calculated does not match/],
    // With x-amz-content-sha256 (the SDK signer's default) the declared hash gives it away; without, the signature does.
    ['a body changed after signing', async () => ({ ...(await signed()), body: Buffer.from('{"csp":"Mallory"}') }), /x-amz-content-sha256 header does not match/],
    ['a body changed after signing, no body hash header', async () => ({ ...(await signed({ applyChecksum: false })), body: Buffer.from('{"csp":"Mallory"}') }), /signature we calculated does not match/],
    ['a path changed after signing', async () => ({ ...(await signed()), url: '/packages/other' }), /signature we calculated does not match/],
    ['a query changed after signing', async () => ({ ...(await signed({ method: 'GET', query: { limit: '10' } })), url: '/packages?limit=100' }), /signature we calculated does not match/],
    ['a signed header changed after signing', async () => {
      const req = await signed({ headers: { 'x-intake-note': 'one' } });
      return { ...req, headers: { ...req.headers, 'x-intake-note': 'two' } };
    }, /signature we calculated does not match/],
    ['a declared body hash that is not the body’s', () => signed({ headers: { 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } }), /x-amz-content-sha256 header does not match/],
    ['a signature six minutes old', () => signed({ date: new Date(NOW.getTime() - 6 * 60_000) }), /^Signature expired/],
    ['a signature from the future', () => signed({ date: new Date(NOW.getTime() + 6 * 60_000) }), /^Signature expired/],
    ['a scope for another region', () => signed({ region: 'us-gov-west-1' }), /scoped to a valid region/],
    ['a scope for another service', () => signed({ service: 's3' }), /scoped to correct service/],
    ['temporary credentials (none are issued locally)', () => signed({ key: { ...KEY, sessionToken: 'token' } as SigningKey }), /security token included in the request is invalid/],
    ['a malformed Authorization header', async () => ({ ...(await signed()), headers: { ...(await signed()).headers, authorization: 'AWS4-HMAC-SHA256 Credential=x' } }), /requires 'SignedHeaders', 'Signature'/],
  ])('refuses %s', async (_what, request, message) => {
    const out = await verify(await request());
    expect(out.ok).toBe(false);
    expect(out.ok ? '' : out.message).toMatch(message);
  });
});

describe('local identities', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-identities-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are created once (0600), kept across starts, and map to their roles through the deployed ROLE_MAP parser', async () => {
    const file = join(dir, 'identities.json');
    const first = await loadOrCreateIdentities(file);
    expect(first.created).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await chmod(file, 0o644);
    const second = await loadOrCreateIdentities(file);
    expect(second).toEqual({ identities: first.identities, created: false });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const roles = parseRoleMap(roleMapJson(first.identities));
    expect(roles.roleOf('arn:aws:iam::000000000000:user/intake-local-agency')).toBe('AGENCY');
    expect(roles.roleOf(first.identities['3PAO'].principalArn)).toBe('3PAO');
    expect(roles.roleOf('arn:aws:iam::000000000000:user/someone-else')).toBeUndefined();
  });

  it('a malformed file is an error, never silently replaced', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify({ CSP: { accessKeyId: 'AKIAX' } }));
    await expect(loadOrCreateIdentities(file)).rejects.toThrow(/delete it to create new local identities/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ CSP: { accessKeyId: 'AKIAX' } });
  });
});

describe('the local intake queue', () => {
  let dir: string;
  const lines: string[] = [];
  const log = new StackLog((l) => lines.push(l), false);
  const context = (): Context => ({ awsRequestId: randomUUID() }) as Context;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-queue-'));
    lines.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const open = (handler: (event: SQSEvent) => Promise<SQSBatchResponse>) =>
    LocalIntakeQueue.open({ dir: join(dir, 'queue'), dlqFile: join(dir, 'dlq.jsonl'), handler, context, log, queueArn: 'arn:aws:sqs:us-east-1:000000000000:q', region: REGION, retryDelaysMs: [10, 20] });

  it('delivers SQS-shaped records, retries reported failures, then dead-letters them (logged, on disk)', async () => {
    const seen: { body: string; receiveCount: string }[] = [];
    const { queue } = await open(async (event) => {
      const record = event.Records[0]!;
      seen.push({ body: record.body, receiveCount: record.attributes.ApproximateReceiveCount });
      return { batchItemFailures: record.body.includes('bad') ? [{ itemIdentifier: record.messageId }] : [] };
    });
    queue.start();
    await queue.send('{"good":1}');
    const badId = await queue.send('{"bad":1}');
    await queue.idle();
    expect(seen.filter((s) => s.body.includes('good'))).toEqual([{ body: '{"good":1}', receiveCount: '1' }]);
    expect(seen.filter((s) => s.body.includes('bad')).map((s) => s.receiveCount)).toEqual(['1', '2', '3']);
    const dlq = (await readFile(join(dir, 'dlq.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(dlq).toEqual([expect.objectContaining({ messageId: badId, attempts: 3, body: '{"bad":1}', reason: expect.stringMatching(/reported the record as failed/) })]);
    expect(await readdir(join(dir, 'queue'))).toEqual([]);
    expect(lines.filter((l) => l.includes('WARNING'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('ERROR') && l.includes(badId) && l.includes('DLQ'))).toBe(true);
    await queue.stop();
  });

  it('a failing invocation counts as a failure; what was not handled at stop is delivered at the next start', async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const first = await open(async () => {
      await blocked;
      throw new Error('DynamoDB is down');
    });
    first.queue.start();
    await first.queue.send('{"n":1}');
    await first.queue.send('{"n":2}');
    const stopping = first.queue.stop(5000);
    release();
    expect(await stopping).toBe(2);
    expect(await readdir(join(dir, 'queue'))).toHaveLength(2);

    const bodies: string[] = [];
    const second = await open(async (event) => {
      bodies.push(event.Records[0]!.body);
      return { batchItemFailures: [] };
    });
    expect(second.pending).toBe(2);
    second.queue.start();
    await second.queue.idle();
    expect(bodies).toEqual(['{"n":1}', '{"n":2}']);
    expect(await readdir(join(dir, 'queue'))).toEqual([]);
    await second.queue.stop();
  });
});

describe('resuming executions after a restart', () => {
  // A small machine of the same shape as the project's: a sync Lambda task, a waiting task, the end.
  const definition = {
    StartAt: 'Prepare',
    States: {
      Prepare: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${Fn}', 'Payload.$': '$' }, ResultSelector: { 'result.$': '$.Payload' }, ResultPath: '$.prepared', Next: 'Wait for approval' },
      'Wait for approval': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: '${Fn}', Payload: { 'token.$': '$$.Task.Token', 'item.$': '$.item' } },
        TimeoutSeconds: 3600,
        ResultPath: '$.approval',
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  };
  const calls: unknown[] = [];
  const workflow = (onChange?: (s: ExecutionSnapshot) => void): LocalWorkflow =>
    new LocalWorkflow({
      definitions: { approvals: definition },
      stateMachineOf: () => 'approvals',
      substitutions: { Fn: 'arn:aws:lambda:us-east-1:000000000000:function:fn' },
      invokeLambda: async (_arn, payload) => {
        calls.push(payload);
        return { ok: true };
      },
      ...(onChange ? { onChange } : {}),
    });

  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-journal-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a waiting execution saved to the journal resumes in its state, waits with a fresh token and finishes', async () => {
    const file = join(dir, 'executions.json');
    const { journal } = await ExecutionJournal.open(file);
    const before = workflow((s) => journal.record(s));
    const { executionArn } = await before.startExecution('order-1', { item: 'widget' });
    for (let i = 0; before.pendingTasks(executionArn).length === 0 && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
    const oldToken = before.pendingTasks(executionArn)[0]!.token;
    expect(await before.settle(2000)).toEqual([]);
    journal.freeze();
    await journal.flush();
    await before.stop();

    const reopened = await ExecutionJournal.open(file);
    expect(reopened.journal.running()).toEqual([
      expect.objectContaining({ name: 'order-1', status: 'RUNNING', input: { item: 'widget' }, current: expect.objectContaining({ state: 'Wait for approval', input: { item: 'widget', prepared: { result: { ok: true } } } }) }),
    ]);
    calls.length = 0;
    const after = workflow();
    const report = after.restore(reopened.journal.snapshots());
    expect(report).toEqual({ resumed: [{ executionArn, name: 'order-1', stateMachine: 'approvals', state: 'Wait for approval' }], failed: [], finished: 0 });
    for (let i = 0; after.pendingTasks(executionArn).length === 0 && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
    const [pending] = after.pendingTasks(executionArn);
    expect(pending).toMatchObject({ stateName: 'Wait for approval' });
    expect(pending!.token).not.toBe(oldToken);
    // Only the waiting task ran again (Prepare is not repeated), and it was handed the new token.
    expect(calls).toEqual([{ token: pending!.token, item: 'widget' }]);
    await expect(after.sendTaskSuccess(oldToken, {})).rejects.toMatchObject({ name: 'InvalidToken' });
    await after.sendTaskSuccess(pending!.token, { approved: true });
    const done = await after.waitForExecution(executionArn, 5000);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!)).toEqual({ item: 'widget', prepared: { result: { ok: true } }, approval: { approved: true } });
    expect(after.describeExecution(executionArn).input).toBe('{"item":"widget"}');
  }, 20_000);

  it('ended executions keep their names; one whose state is gone ends FAILED and is reported', async () => {
    const changes: ExecutionSnapshot[] = [];
    const wf = workflow((s) => changes.push(s));
    const report = wf.restore([
      { executionArn: 'arn:aws:states:local:000000000000:execution:approvals:old', stateMachine: 'approvals', name: 'old', input: {}, status: 'SUCCEEDED', startDate: NOW.toISOString(), stopDate: NOW.toISOString() },
      { executionArn: 'arn:aws:states:local:000000000000:execution:approvals:lost', stateMachine: 'approvals', name: 'lost', input: {}, status: 'RUNNING', startDate: NOW.toISOString(), current: { state: 'A state that was renamed', input: {}, enteredAt: NOW.toISOString() } },
    ]);
    expect(report).toEqual({ resumed: [], finished: 1, failed: [expect.objectContaining({ name: 'lost', state: 'A state that was renamed', reason: expect.stringMatching(/not in state machine 'approvals'/) })] });
    await expect(wf.startExecution('old', {})).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
    expect(wf.describeExecution('arn:aws:states:local:000000000000:execution:approvals:lost')).toMatchObject({ status: 'FAILED', error: RESUME_FAILED });
    expect(changes).toEqual([expect.objectContaining({ name: 'lost', status: 'FAILED', error: RESUME_FAILED })]);
  });

  it('an unreadable journal is moved aside and reported, not silently dropped', async () => {
    const file = join(dir, 'corrupt.json');
    await writeFile(file, '{"format": 1, "executions": [ {"half');
    const { journal, problem } = await ExecutionJournal.open(file);
    expect(journal.snapshots()).toEqual([]);
    expect(problem).toMatch(/could not be read.*moved to .*corrupt\.json\.corrupt-/);
    expect((await readdir(dir)).some((n) => n.startsWith('corrupt.json.corrupt-'))).toBe(true);
  });
});
