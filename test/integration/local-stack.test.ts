import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { isDynamoDbLocalProcess } from '../../local/dynamodb-local.js';
import { startLocalStack, type LocalStack } from '../../local/stack.js';
import { docx, SSP_TITLE, sspNodes } from '../support/ssp-document.js';

/**
 * The embedded local pipeline of `npm start`, as a client sees it: DynamoDB Local, s3rver, the local
 * API (SigV4 with the local identities), the intake path and the local Step Functions runner, on free
 * loopback ports in a temporary data folder. Requests are signed with @smithy/signature-v4, the
 * signer the AWS SDK uses. Then a stop and a restart on the same folder: the package and its waiting
 * execution come back, and the resumed execution moves on a decision made after the restart.
 */

type Role = 'CSP' | '3PAO' | 'AGENCY' | 'PMO';
interface Identity {
  accessKeyId: string;
  secretAccessKey: string;
  principalArn: string;
}
type Identities = Record<Role, Identity>;
interface Reply {
  status: number;
  body: Record<string, unknown>;
}

// --- A complete Moderate SSP as a real .docx (so the SSP gate completes and a decision is asked) ---

const sspDocx = (): Promise<Buffer> => docx(sspNodes(), { title: SSP_TITLE });

// --- Signed calls, as the AWS SDK signs them ---------------------------------------------------

async function signedHeaders(api: string, region: string, identity: Identity, method: string, path: string, body: string | undefined, signingDate?: Date): Promise<Record<string, string>> {
  const url = new URL(path, api);
  const signer = new SignatureV4({ credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey }, region, service: 'execute-api', sha256: Sha256 });
  const request = new HttpRequest({
    method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body } : {}),
  });
  const signed = await signer.sign(request, signingDate ? { signingDate } : {});
  return signed.headers;
}

async function send(api: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const res = await fetch(new URL(path, api), { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('the local stack (npm start): signed API, uploads through intake, the workflow across a restart', () => {
  let dataDir: string;
  let stack: LocalStack | undefined;
  let identities: Identities;
  const lines: string[] = [];
  // A webhook target: what the local event bus POSTs.
  const delivered: { 'detail-type': string; source: string; detail: { packageId: string } }[] = [];
  let webhook: Server;

  const start = async (): Promise<LocalStack> => {
    const url = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/events`;
    stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0, dynamoPort: 0, log: (line) => lines.push(line), webhooks: [url] });
    return stack;
  };
  const call = async (role: Role, method: string, path: string, json?: unknown): Promise<Reply> => {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const { api, region } = stack!.endpoints;
    return send(api, method, path, await signedHeaders(api, region, identities[role], method, path, body), body);
  };
  /** Polls GET /packages/{id} until `ok` holds (the pipeline works asynchronously, like AWS). */
  const until = async (packageId: string, ok: (status: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const reply = await call('PMO', 'GET', `/packages/${packageId}`);
      expect(reply.status).toBe(200);
      if (ok(reply.body)) return reply.body;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; package is ${JSON.stringify(reply.body).slice(0, 2000)}\nlog:\n${lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'intake-local-stack-'));
    webhook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        delivered.push(JSON.parse(body) as (typeof delivered)[number]);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    await start();
    identities = JSON.parse(await readFile(join(dataDir, 'identities.json'), 'utf8')) as Identities;
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => webhook.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  let packageId: string;

  it('publishes its endpoints and one private access key per role', async () => {
    const endpoints = JSON.parse(await readFile(join(dataDir, 'endpoints.json'), 'utf8')) as Record<string, unknown>;
    expect(endpoints).toEqual({ ...stack!.endpoints });
    expect(endpoints).toMatchObject({ api: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), s3: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), dynamodb: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), region: 'us-east-1', pid: process.pid });
    expect(Object.keys(identities).sort()).toEqual(['3PAO', 'AGENCY', 'CSP', 'PMO']);
    expect(identities.CSP.principalArn).toBe('arn:aws:iam::000000000000:user/intake-local-csp');
    expect(identities['3PAO'].principalArn).toBe('arn:aws:iam::000000000000:user/intake-local-3pao');
    expect(new Set(Object.values(identities).map((i) => i.accessKeyId)).size).toBe(4);
    expect((await stat(join(dataDir, 'identities.json'))).mode & 0o777).toBe(0o600);
    // One stack per data folder.
    await expect(startLocalStack({ dataDir, apiPort: 0, s3Port: 0, dynamoPort: 0, log: () => undefined })).rejects.toThrow(/another local stack .* is using this data folder/);
  });

  it('creates a package for a signed CSP request and refuses what API Gateway IAM auth refuses', async () => {
    const created = await call('CSP', 'POST', '/packages', { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'MODERATE' });
    expect(created.status).toBe(201);
    packageId = created.body.packageId as string;
    expect(packageId).toMatch(/^acme-cloud-[0-9a-f]{8}$/);

    const { api, region } = stack!.endpoints;
    const body = JSON.stringify({ csp: 'Mallory Cloud', cso: 'M', agency: 'A', impactLevel: 'LOW' });
    // Unsigned.
    expect(await send(api, 'POST', '/packages', { 'content-type': 'application/json' }, body)).toEqual({ status: 403, body: { message: 'Missing Authentication Token' } });
    // Signed with the CSP's key id but another secret.
    const forged = await signedHeaders(api, region, { ...identities.CSP, secretAccessKey: 'not-the-secret-of-this-key-000000000000' }, 'POST', '/packages', body);
    const wrongSecret = await send(api, 'POST', '/packages', forged, body);
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body.message).toMatch(/signature we calculated does not match/);
    // A correctly signed request whose body was changed on the way.
    const honest = await signedHeaders(api, region, identities.CSP, 'POST', '/packages', body);
    const tampered = await send(api, 'POST', '/packages', honest, body.replace('LOW', 'HIGH'));
    expect(tampered.status).toBe(403);
    // A key nobody issued; a signature from ten minutes ago.
    const stranger = await send(api, 'GET', '/packages', await signedHeaders(api, region, { ...identities.CSP, accessKeyId: 'AKIAUNKNOWNUNKNOWN00' }, 'GET', '/packages', undefined));
    expect(stranger).toEqual({ status: 403, body: { message: 'The security token included in the request is invalid.' } });
    const old = await send(api, 'GET', '/packages', await signedHeaders(api, region, identities.CSP, 'GET', '/packages', undefined, new Date(Date.now() - 10 * 60_000)));
    expect(old.status).toBe(403);
    expect(old.body.message).toMatch(/^Signature expired/);
    // Authenticated, but the role may not: the handler's own check, with the role from ROLE_MAP.
    const agencyCreates = await call('AGENCY', 'POST', '/packages', { csp: 'X', cso: 'Y', agency: 'Z', impactLevel: 'LOW' });
    expect(agencyCreates.status).toBe(403);
    expect(agencyCreates.body).toMatchObject({ error: 'Forbidden', message: expect.stringMatching(/only CSP may create a package; you act as AGENCY/) });
    // Too large a body is refused before anything else.
    const huge = 'x'.repeat(1024 * 1024 + 1);
    expect((await send(api, 'POST', '/packages', { 'content-type': 'application/json' }, huge)).status).toBe(413);

    const listed = await call('3PAO', 'GET', '/packages?limit=10');
    expect(listed.status).toBe(200);
    expect((listed.body.packages as { packageId: string }[]).map((p) => p.packageId)).toEqual([packageId]);
  });

  it('an SSP uploaded through the presigned POST is recorded by intake and completes the SSP gate', async () => {
    await until(packageId, (s) => s.gate === 'ssp-review', 'the execution to enter the SSP gate');
    const bytes = await sspDocx();
    const grant = await call('CSP', 'POST', `/packages/${packageId}/uploads`, { fileName: 'Acme SSP.docx', size: bytes.length });
    expect(grant.status).toBe(201);
    const { url, fields, key } = grant.body as { url: string; fields: Record<string, string>; key: string };
    expect(url.startsWith(stack!.endpoints.s3)).toBe(true);
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), 'Acme SSP.docx');
    expect((await fetch(url, { method: 'POST', body: form })).status).toBe(204);

    const status = await until(packageId, (s) => (s.pendingDecisions as unknown[]).length > 0, 'the SSP to be recorded and a decision requested');
    expect(status.deliverables).toEqual([expect.objectContaining({ type: 'SSP', status: 'VALID', objectKey: key, size: bytes.length, uploadedBy: 'CSP', uploader: identities.CSP.principalArn })]);
    expect(status.pendingDecisions).toEqual([expect.objectContaining({ kind: 'ssp-approval', role: 'AGENCY', allowed: ['approve', 'reject'] })]);

    // The decision is stored before its event is published: wait for the event.
    type BusEvent = { source: string; 'detail-type': string; detail: { packageId: string } };
    const published = async (): Promise<BusEvent[]> => (await readFile(join(dataDir, 'events.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as BusEvent);
    const deadline = Date.now() + 5000;
    while (!(await published()).some((e) => e['detail-type'] === 'DecisionRequested') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const events = await published();
    expect(events.every((e) => e.source === 'fedramp.intake' && e.detail.packageId === packageId)).toBe(true);
    expect(events.map((e) => e['detail-type'])).toEqual(expect.arrayContaining(['StageChanged', 'DeliverableReceived', 'DeliverableClassified', 'DeliverableValidated', 'DecisionRequested']));
    expect(lines.some((l) => /DeliverableValidated\s+\S+\s+SSP v1 VALID/.test(l))).toBe(true);
    // The same events reached the webhook (in the background: the pipeline never waits for it).
    while (delivered.length < events.length && Date.now() < deadline + 5000) await new Promise((r) => setTimeout(r, 50));
    expect(delivered.map((e) => e['detail-type']).sort()).toEqual(events.map((e) => e['detail-type']).sort());
    expect(delivered.every((e) => e.source === 'fedramp.intake' && e.detail.packageId === packageId)).toBe(true);
  }, 40_000);

  it('after a stop (no java left) and a restart on the same folder, the package is there and its execution waits again', async () => {
    const pid = stack!.dynamodbPid;
    await stack!.stop();
    stack = undefined;
    expect(isDynamoDbLocalProcess(pid)).toBe(false);
    await expect(stat(join(dataDir, 'endpoints.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    const journal = JSON.parse(await readFile(join(dataDir, 'executions.json'), 'utf8')) as { executions: { name: string; status: string; current?: { state: string } }[] };
    expect(journal.executions).toEqual([expect.objectContaining({ name: packageId, status: 'RUNNING', current: expect.objectContaining({ state: 'PARTNERSHIP · Agency SSP decision' }) })]);

    // A stack that died leaves its endpoints.json behind: a dead pid is tolerated.
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    await writeFile(join(dataDir, 'endpoints.json'), JSON.stringify({ api: 'http://127.0.0.1:9', s3: 'http://127.0.0.1:9', dynamodb: 'http://127.0.0.1:9', region: 'us-east-1', pid: dead, startedAt: new Date(0).toISOString() }));

    const again = await start();
    expect(again.restored.resumed).toEqual([expect.objectContaining({ name: packageId, stateMachine: 'authorization', state: 'PARTNERSHIP · Agency SSP decision' })]);
    expect(again.restored.failed).toEqual([]);
    const status = await until(packageId, (s) => (s.history as { action: string }[]).some((h) => h.action === 'workflow-resumed'), 'the resume to be noted');
    expect(status).toMatchObject({ stage: 'PARTNERSHIP', gate: 'ssp-review' });
    expect(status.deliverables).toHaveLength(1);
    expect(status.pendingDecisions).toEqual([expect.objectContaining({ kind: 'ssp-approval', role: 'AGENCY' })]);

    // The resumed wait holds a fresh token: a decision made now moves the execution on.
    expect((await call('CSP', 'POST', `/packages/${packageId}/decisions`, { decision: 'approve' })).status).toBe(403);
    const decided = await call('AGENCY', 'POST', `/packages/${packageId}/decisions`, { decision: 'approve', comment: 'boundary is clear' });
    expect(decided).toEqual({ status: 200, body: { kind: 'ssp-approval', decision: 'approve' } });
    await until(packageId, (s) => s.stage === 'ASSESSMENT' && s.gate === 'sap-review', 'the execution to reach the SAP gate');

    const trail = await call('3PAO', 'GET', `/packages/${packageId}/events`);
    expect(trail.status).toBe(200);
    expect((trail.body.history as { action: string }[]).map((h) => h.action)).toEqual(expect.arrayContaining(['package-created', 'gate-complete', 'workflow-resumed', 'decision:ssp-approval']));
  }, 60_000);
});
