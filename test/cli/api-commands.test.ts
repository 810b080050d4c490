import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Role } from '../../functions/core/domain/roles.js';
import type { DeliverableRecord, HistoryEntry, PackageRecord } from '../../functions/core/workflow/records.js';
import { verifySigV4 } from '../../local/sigv4-auth.js';
import { runCli } from '../support/run-cli.js';

/**
 * The API commands of the real `intake` CLI against a small HTTP server standing in for the local
 * stack (API and upload store): every API request must carry a valid SigV4 signature (checked with the
 * local API's own verifier) made with the key of the role the command acts as, and must be the request
 * the API expects; the presigned POST must send the policy fields first and the file last.
 */
const REGION = 'us-east-1';
const PACKAGE = 'nimbus-0a1b2c3d';
const ROLES: Role[] = ['CSP', '3PAO', 'AGENCY', 'PMO'];

interface Seen {
  method: string;
  path: string;
  role?: Role;
  body?: unknown;
  /** For the upload store: the multipart field names in order, and the file's bytes. */
  fields?: string[];
  file?: Buffer;
  fileName?: string;
}

const readAll = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const at = '2026-11-29T10:00:00.000Z';
const pkgRecord: PackageRecord = {
  packageId: PACKAGE,
  processId: 'rev5-agency',
  csp: 'Nimbus Data Systems, Inc.',
  cso: 'Nimbus GovCloud Platform',
  agency: 'Federal Maritime Data Agency',
  impactLevel: 'MODERATE',
  stage: 'PARTNERSHIP',
  gate: 'ssp-review',
  createdAt: at,
  updatedAt: at,
  revision: 3,
  deliverableCount: 0,
};
const history: HistoryEntry[] = [
  { packageId: PACKAGE, at, seq: '0001', actor: 'arn:aws:iam::000000000000:user/intake-local-csp', role: 'CSP', action: 'package-created', detail: 'created' },
  { packageId: PACKAGE, at, seq: '0002', actor: 'workflow', role: 'SYSTEM', action: 'decision-requested', detail: 'ssp-approval by AGENCY: approve | reject' },
];

describe('intake API commands (package create, upload, status, list, events, decide)', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const seen: Seen[] = [];
  const deliverables: DeliverableRecord[] = [];
  const keys = new Map<string, { accessKeyId: string; secretAccessKey: string; role: Role }>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-api-cli-'));
    const identities: Record<string, { accessKeyId: string; secretAccessKey: string; principalArn: string }> = {};
    for (const role of ROLES) {
      const key = { accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(30).toString('base64'), role };
      keys.set(key.accessKeyId, key);
      identities[role] = { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, principalArn: `arn:aws:iam::000000000000:user/intake-local-${role.toLowerCase()}` };
    }
    server = createServer((req, res) => {
      void (async () => {
        const body = await readAll(req);
        const url = new URL(req.url ?? '/', 'http://x');
        const reply = (status: number, json: unknown): void => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (url.pathname === '/bucket') {
          // The upload store: a presigned POST (no SigV4 header: the policy is signed).
          const form = await new Response(body, { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
          const file = form.get('file') as File;
          const key = String(form.get('key'));
          seen.push({ method: 'POST', path: '/bucket', fields: [...form.keys()], file: Buffer.from(await file.arrayBuffer()), fileName: file.name });
          deliverables.push({
            packageId: PACKAGE,
            deliverableId: `dlv-${deliverables.length + 1}`,
            type: 'SAP',
            format: 'docx',
            version: deliverables.length + 1,
            sha256: 'x',
            size: file.size,
            uploadedBy: '3PAO',
            uploader: 'arn:aws:iam::000000000000:user/intake-local-3pao',
            status: 'INVALID',
            objectKey: key,
            receivedAt: at,
            findingCounts: { error: 1, warning: 0, info: 0 },
            findings: [{ ruleId: 'sap-doc-missing-schedule', severity: 'error', message: 'no testing schedule', location: '' }],
            summary: '{}',
          });
          res.writeHead(204);
          res.end();
          return;
        }
        const verified = await verifySigV4({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body }, { keyOf: (id) => keys.get(id), region: REGION, service: 'execute-api' });
        if (!verified.ok) {
          seen.push({ method: req.method ?? '', path: url.pathname });
          reply(403, { message: verified.message });
          return;
        }
        const role = verified.key.role;
        const json = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : undefined;
        seen.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, role, body: json });
        const route = `${req.method} ${url.pathname}`;
        if (route === 'POST /packages') return reply(201, { packageId: PACKAGE });
        if (route === 'GET /packages') return reply(200, { packages: [pkgRecord], cursor: 'next-page' });
        if (route === `GET /packages/${PACKAGE}`) {
          return reply(200, { package: pkgRecord, stage: pkgRecord.stage, gate: pkgRecord.gate, deliverables, pendingDecisions: [{ kind: 'ssp-approval', role: 'AGENCY', allowed: ['approve', 'reject'], requestedAt: at }], history });
        }
        if (route === `GET /packages/${PACKAGE}/events`) return reply(200, { packageId: PACKAGE, history });
        if (route === `POST /packages/${PACKAGE}/uploads`) {
          const uploadId = `00000000-0000-4000-8000-00000000000${deliverables.length + 1}`;
          const key = `uploads/${PACKAGE}/${uploadId}`;
          return reply(201, { uploadId, url: `${base}/bucket`, fields: { key, 'Content-Type': (json as { contentType: string }).contentType, Policy: 'cG9saWN5', 'X-Amz-Signature': 'abc' }, key, expiresAt: at });
        }
        if (route === `POST /packages/${PACKAGE}/decisions`) {
          if (role !== 'AGENCY') return reply(403, { error: 'Forbidden', message: `only AGENCY may approve ssp-approval for package ${PACKAGE}; you act as ${role}`, requestId: 'req-1' });
          return reply(200, { kind: 'ssp-approval', decision: 'approve' });
        }
        reply(404, { error: 'NotFound', message: `no route ${route}`, requestId: 'req-2' });
      })();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await writeFile(join(dir, 'endpoints.json'), JSON.stringify({ api: base, s3: `${base}/bucket`, dynamodb: base, region: REGION, pid: process.pid, startedAt: at }));
    await writeFile(join(dir, 'identities.json'), JSON.stringify(identities));
    await writeFile(join(dir, 'sap.docx'), randomBytes(3000));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);

  it('creates a package as CSP with a signed POST and prints exactly {packageId}', async () => {
    const run = await cli('package', 'create', '--csp', 'Nimbus Data Systems, Inc.', '--cso', 'Nimbus GovCloud Platform', '--agency', 'Federal Maritime Data Agency', '--impact', 'moderate', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({ packageId: PACKAGE });
    expect(seen).toEqual([{ method: 'POST', path: '/packages', role: 'CSP', body: { csp: 'Nimbus Data Systems, Inc.', cso: 'Nimbus GovCloud Platform', agency: 'Federal Maritime Data Agency', impactLevel: 'MODERATE' } }]);
  });

  it('prints the status in the documented shape, read as PMO by default or as the role given', async () => {
    const run = await cli('status', PACKAGE, '--json');
    expect(run.code).toBe(0);
    const status = z
      .strictObject({
        packageId: z.literal(PACKAGE),
        stage: z.literal('PARTNERSHIP'),
        gate: z.string(),
        deliverables: z.array(z.unknown()),
        pendingDecisions: z.array(z.strictObject({ kind: z.string(), role: z.string(), allowed: z.array(z.string()) })),
        history: z.array(z.strictObject({ at: z.string(), role: z.string(), actor: z.string(), action: z.string(), detail: z.string() })),
      })
      .parse(JSON.parse(run.stdout));
    expect(status.pendingDecisions).toEqual([{ kind: 'ssp-approval', role: 'AGENCY', allowed: ['approve', 'reject'] }]);
    expect(status.history.map((h) => h.action)).toEqual(['package-created', 'decision-requested']);
    expect(seen).toEqual([{ method: 'GET', path: `/packages/${PACKAGE}`, role: 'PMO', body: undefined }]);

    const asAgency = await cli('status', PACKAGE, '--as', 'agency');
    expect(asAgency.code).toBe(0);
    expect(asAgency.stdout).toMatch(/PARTNERSHIP \/ ssp-review/);
    expect(asAgency.stdout).toMatch(/ssp-approval\s+by AGENCY\s+approve \| reject/);
    expect(seen.at(-1)?.role).toBe('AGENCY');
  });

  it('lists packages with the page size and cursor in the signed query, and prints the audit trail', async () => {
    const list = await cli('list', '--limit', '5', '--cursor', 'abc=', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ packages: [{ packageId: PACKAGE, stage: 'PARTNERSHIP', impactLevel: 'MODERATE' }], cursor: 'next-page' });
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/packages?limit=5&cursor=abc%3D', role: 'PMO' });
    const events = await cli('events', PACKAGE, '--json');
    expect(JSON.parse(events.stdout)).toEqual({ packageId: PACKAGE, history: history.map(({ at: a, role, actor, action, detail }) => ({ at: a, role, actor, action, detail })) });
  });

  it('uploads through a presigned POST (fields first, file last) and with --wait prints what was recorded', async () => {
    const run = await cli('upload', PACKAGE, join(dir, 'sap.docx'), '--as', '3pao', '--wait', '--json');
    expect(run.code).toBe(1); // the file was recorded INVALID
    const [grant, post, ...polls] = seen;
    expect(grant).toEqual({
      method: 'POST',
      path: `/packages/${PACKAGE}/uploads`,
      role: '3PAO',
      body: { fileName: 'sap.docx', size: 3000, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(post?.fields).toEqual(['key', 'Content-Type', 'Policy', 'X-Amz-Signature', 'file']);
    expect(post?.fileName).toBe('sap.docx');
    expect(post?.file?.length).toBe(3000);
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((p) => p.path === `/packages/${PACKAGE}` && p.role === '3PAO')).toBe(true);
    const out = JSON.parse(run.stdout) as unknown[];
    expect(out).toEqual([
      {
        file: join(dir, 'sap.docx'),
        deliverableId: expect.stringMatching(/^dlv-/),
        type: 'SAP',
        status: 'INVALID',
        findings: [{ ruleId: 'sap-doc-missing-schedule', severity: 'error', message: 'no testing schedule', location: '' }],
      },
    ]);
  });

  it('refuses a decision by the wrong role with the reason and says nothing was recorded; the right role decides', async () => {
    const wrong = await cli('decide', PACKAGE, 'approve', '--as', 'csp');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/403 Forbidden: refused: only AGENCY may approve ssp-approval .*you act as CSP\. Nothing was recorded\. \(request id req-1\)/);
    expect(seen).toEqual([{ method: 'POST', path: `/packages/${PACKAGE}/decisions`, role: 'CSP', body: { decision: 'approve' } }]);
    const right = await cli('decide', PACKAGE, 'approve', '--as', 'agency', '--comment', 'looks complete', '--json');
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout)).toEqual({ packageId: PACKAGE, kind: 'ssp-approval', decision: 'approve' });
    expect(seen.at(-1)).toEqual({ method: 'POST', path: `/packages/${PACKAGE}/decisions`, role: 'AGENCY', body: { decision: 'approve', comment: 'looks complete' } });
  });

  it('rejects bad usage with exit 2 before sending anything', async () => {
    for (const args of [['upload', PACKAGE, join(dir, 'sap.docx')], ['decide', PACKAGE, 'maybe', '--as', 'agency'], ['decide', PACKAGE, 'approve', '--as', 'auditor'], ['package', 'create', '--csp', 'x', '--cso', 'y', '--agency', 'z', '--impact', 'extreme']]) {
      const run = await cli(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).not.toBe('');
    }
    expect(seen).toEqual([]);
    // Four CLI processes, each starting Node 22 and its TypeScript loader.
  }, 120_000);

  it('says how to start the pipeline when it is not running (no endpoints file, or its process is gone)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'intake-api-cli-none-'));
    try {
      const none = await runCli(['status', PACKAGE, '--data-dir', empty]);
      expect(none.code).toBe(1);
      expect(none.stderr).toMatch(/the local pipeline is not running: start it with `npm start`/);
      await writeFile(join(empty, 'endpoints.json'), JSON.stringify({ api: base, s3: base, dynamodb: base, region: REGION, pid: 2 ** 22 + 12345, startedAt: at }));
      const dead = await runCli(['status', PACKAGE, '--data-dir', empty]);
      expect(dead.code).toBe(1);
      expect(dead.stderr).toMatch(/not running: start it with `npm start`.*has ended/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
