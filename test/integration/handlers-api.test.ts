import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';
import type { PackageRepository } from '../../functions/core/workflow/ports.js';
import { MAX_UPLOAD_BYTES } from '../../functions/core/workflow/uploads.js';
import { makeApiHandler, handler as deployedApiHandler } from '../../functions/handlers/api.js';
import { parseRoleMap } from '../../functions/handlers/principals.js';
import { configFromEnv, observability } from '../../functions/handlers/runtime.js';
import { makeWorkflowTasksHandler } from '../../functions/handlers/workflow-tasks.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';
import { startLocalS3, type LocalS3 } from '../support/s3rver.js';
import { CollectingPublisher, ManualClock, RecordingWorkflow } from '../support/workflow-doubles.js';
import { lambdaContext } from '../../local/lambda-context.js';

/**
 * The API Lambda built through its factory over DynamoDB Local and s3rver, called with API Gateway
 * REST (v1) proxy events carrying IAM principals. Roles come from ROLE_MAP only.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const ACCOUNT = '111122223333';
const ROLE_MAP = JSON.stringify({
  [`arn:aws:iam::${ACCOUNT}:role/csp-*`]: 'CSP',
  [`arn:aws:iam::${ACCOUNT}:role/3pao-*`]: '3PAO',
  [`arn:aws:iam::${ACCOUNT}:role/agency-reviewer`]: 'AGENCY',
  [`arn:aws:iam::${ACCOUNT}:user/pmo-officer`]: 'pmo',
});
const CSP = `arn:aws:sts::${ACCOUNT}:assumed-role/csp-acme/alice`;
const THREE_PAO = `arn:aws:sts::${ACCOUNT}:assumed-role/3pao-coalfire/bob`;
const AGENCY = `arn:aws:sts::${ACCOUNT}:assumed-role/agency-reviewer/carol`;
const PMO = `arn:aws:iam::${ACCOUNT}:user/pmo-officer`;
const STRANGER = `arn:aws:sts::${ACCOUNT}:assumed-role/intern/mallory`;
const BUCKET = 'intake-uploads';


interface ApiCall {
  principal?: string | null;
  body?: unknown;
  rawBody?: string;
  query?: Record<string, string>;
}

function apiEvent(method: string, path: string, call: ApiCall = {}): APIGatewayProxyEvent {
  const principal = call.principal === undefined ? CSP : call.principal;
  const body = call.rawBody ?? (call.body === undefined ? null : JSON.stringify(call.body));
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: { 'content-type': 'application/json' },
    multiValueHeaders: {},
    queryStringParameters: call.query ?? null,
    multiValueQueryStringParameters: null,
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'api123',
      authorizer: null,
      protocol: 'HTTP/1.1',
      httpMethod: method,
      path: `/prod${path}`,
      stage: 'prod',
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: 'res',
      resourcePath: '/{proxy+}',
      identity: {
        accessKey: null,
        accountId: ACCOUNT,
        apiKey: null,
        apiKeyId: null,
        caller: principal ? 'AROAEXAMPLE:session' : null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: '192.0.2.10',
        user: null,
        userAgent: 'jest',
        userArn: principal,
      },
    },
  };
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers: APIGatewayProxyResult['headers'];
}

describe('API handler (API Gateway REST, IAM auth) on DynamoDB Local and s3rver', () => {
  let table: TestTable;
  let s3: LocalS3;
  let deps: WorkflowDeps & { workflow: RecordingWorkflow; events: CollectingPublisher; clock: ManualClock; repo: DynamoPackageRepository };
  let api: (event: APIGatewayProxyEvent) => Promise<Reply>;

  beforeAll(async () => {
    [table, s3] = await Promise.all([freshTable('handlers-api'), startLocalS3([BUCKET])]);
  });
  afterAll(async () => {
    await Promise.all([table.drop(), s3.stop()]);
  });
  beforeEach(() => {
    const clock = new ManualClock();
    deps = { repo: DynamoPackageRepository.fromClient(table.client, table.tableName, clock), workflow: new RecordingWorkflow(), events: new CollectingPublisher(), clock };
    api = wrap(makeApiHandler({ deps, s3: s3.client, uploadBucket: BUCKET, uploadKmsKeyId: 'alias/intake-uploads', roles: parseRoleMap(ROLE_MAP), obs: observability('api') }));
  });

  function wrap(handler: (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>) {
    return async (event: APIGatewayProxyEvent): Promise<Reply> => {
      const out = await handler(event, lambdaContext('api'));
      return { status: out.statusCode, body: JSON.parse(out.body) as Record<string, unknown>, headers: out.headers };
    };
  }

  const newPackage = { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'moderate' };

  async function create(): Promise<string> {
    const reply = await api(apiEvent('POST', '/packages', { body: newPackage }));
    expect(reply.status).toBe(201);
    return reply.body.packageId as string;
  }

  it('creates a package (201), lists it and reports its status and history', async () => {
    const packageId = await create();
    expect(packageId).toMatch(/^acme-cloud-[0-9a-f]{8}$/);
    expect(deps.workflow.started).toEqual([{ name: packageId, input: { packageId, processId: 'rev5-agency', impactLevel: 'MODERATE' } }]);

    const list = await api(apiEvent('GET', '/packages', { principal: AGENCY, query: { limit: '10' } }));
    expect(list.status).toBe(200);
    expect((list.body.packages as { packageId: string }[]).map((p) => p.packageId)).toContain(packageId);

    const status = await api(apiEvent('GET', `/packages/${packageId}`, { principal: THREE_PAO }));
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ stage: 'PARTNERSHIP', gate: 'created', deliverables: [], pendingDecisions: [], package: { packageId, csp: 'Acme Cloud', impactLevel: 'MODERATE' } });

    const events = await api(apiEvent('GET', `/packages/${packageId}/events/`, { principal: PMO }));
    expect(events.status).toBe(200);
    expect(events.body.history).toEqual([expect.objectContaining({ action: 'package-created', actor: CSP, role: 'CSP' })]);
    expect(events.headers).toMatchObject({ 'content-type': 'application/json', 'cache-control': 'no-store' });
  });

  it('refuses principals without a role (403) and roles that may not create packages (403), creating nothing', async () => {
    for (const principal of [STRANGER, `arn:aws:iam::999999999999:role/csp-acme`, null]) {
      const reply = await api(apiEvent('POST', '/packages', { principal, body: newPackage }));
      expect(reply.status).toBe(403);
      expect(reply.body.error).toBe('Forbidden');
    }
    const agency = await api(apiEvent('POST', '/packages', { principal: AGENCY, body: newPackage }));
    expect(agency).toMatchObject({ status: 403, body: { message: expect.stringMatching(/only CSP may create a package; you act as AGENCY/) } });
    // An unmapped principal learns nothing, not even which routes exist.
    expect((await api(apiEvent('GET', '/nowhere', { principal: STRANGER }))).status).toBe(403);
    expect(deps.workflow.started).toEqual([]);
  });

  it('answers 404 for an unknown route or package, 405 for a wrong method', async () => {
    expect(await api(apiEvent('GET', '/nowhere'))).toMatchObject({ status: 404, body: { error: 'NotFound', message: 'no route GET /nowhere' } });
    expect(await api(apiEvent('GET', '/packages/a/b/c'))).toMatchObject({ status: 404 });
    expect(await api(apiEvent('GET', '/packages/no-such-package'))).toMatchObject({ status: 404, body: { message: 'package no-such-package does not exist' } });
    expect(await api(apiEvent('GET', '/packages/no-such-package/events'))).toMatchObject({ status: 404 });
    const wrong = await api(apiEvent('DELETE', '/packages'));
    expect(wrong).toMatchObject({ status: 405, headers: { allow: 'POST, GET' } });
  });

  it('answers 400 with a clear message for bad bodies and queries', async () => {
    const missing = await api(apiEvent('POST', '/packages', { body: { csp: 'Acme' } }));
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/invalid package: cso: .*; agency: .*; impactLevel: /);
    expect(await api(apiEvent('POST', '/packages', { rawBody: '{not json' }))).toMatchObject({ status: 400, body: { message: 'the body is not valid JSON' } });
    expect(await api(apiEvent('POST', '/packages'))).toMatchObject({ status: 400, body: { message: 'a JSON body is required' } });
    expect(await api(apiEvent('POST', '/packages', { body: { ...newPackage, impactLevel: 'ultra' } }))).toMatchObject({ status: 400, body: { message: expect.stringMatching(/impactLevel/) } });
    // The role is never taken from the body: a body that tries is refused.
    const smuggled = await api(apiEvent('POST', '/packages', { principal: AGENCY, body: { ...newPackage, role: 'CSP' } }));
    expect(smuggled.status).toBe(403);
    const smuggledByCsp = await api(apiEvent('POST', '/packages', { body: { ...newPackage, role: 'PMO' } }));
    expect(smuggledByCsp).toMatchObject({ status: 400, body: { message: expect.stringMatching(/Unrecognized key.*role/) } });
    expect(await api(apiEvent('GET', '/packages', { query: { limit: '0' } }))).toMatchObject({ status: 400, body: { message: expect.stringMatching(/invalid query: limit/) } });
    expect(await api(apiEvent('GET', '/packages', { query: { cursor: 'forged' } }))).toMatchObject({ status: 400, body: { error: 'InvalidRequest' } });
    expect(deps.workflow.started).toEqual([]);
  });

  it('grants an upload: a presigned POST for exactly one key, with size and KMS in its policy, accepted by s3rver', async () => {
    const packageId = await create();
    const reply = await api(apiEvent('POST', `/packages/${packageId}/uploads`, { body: { fileName: 'My SSP (final).xml', size: 46_514 } }));
    expect(reply.status).toBe(201);
    const { uploadId, url, fields, key, expiresAt } = reply.body as { uploadId: string; url: string; fields: Record<string, string>; key: string; expiresAt: string };
    expect(key).toBe(`uploads/${packageId}/${uploadId}`);
    expect(key).not.toContain('SSP');
    expect(expiresAt).toBe(new Date(deps.clock.now().getTime() + 15 * 60_000).toISOString());
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[] };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, 46_514],
        ['eq', '$key', key],
        ['eq', '$Content-Type', 'application/octet-stream'],
        ['eq', '$x-amz-server-side-encryption', 'aws:kms'],
        ['eq', '$x-amz-server-side-encryption-aws-kms-key-id', 'alias/intake-uploads'],
      ]),
    );
    expect(policy.conditions).not.toEqual(expect.arrayContaining([expect.arrayContaining(['starts-with'])]));
    expect(fields['Content-Type']).toBe('application/octet-stream');

    const grant = await deps.repo.getUploadGrant(uploadId);
    expect(grant).toMatchObject({ packageId, role: 'CSP', uploader: CSP, fileName: 'My SSP (final).xml', maxSize: 46_514, objectKey: key });
    expect(grant!.expiresAt).toBeGreaterThan(Math.floor(deps.clock.now().getTime() / 1000) + 14 * 86_400);

    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([Buffer.from('<system-security-plan/>')]), 'ssp.xml');
    const upload = await fetch(url, { method: 'POST', body: form });
    expect(upload.status).toBe(204);
  });

  it('pins the declared content type in the POST policy and refuses types outside the list (400)', async () => {
    const packageId = await create();
    const pdf = await api(apiEvent('POST', `/packages/${packageId}/uploads`, { body: { fileName: 'ssp.pdf', size: 10, contentType: 'application/pdf' } }));
    expect(pdf.status).toBe(201);
    const { fields } = pdf.body as { fields: Record<string, string> };
    expect(fields['Content-Type']).toBe('application/pdf');
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[] };
    expect(policy.conditions).toContainEqual(['eq', '$Content-Type', 'application/pdf']);
    for (const contentType of ['text/html', 'application/x-msdownload', 'image/svg+xml']) {
      const reply = await api(apiEvent('POST', `/packages/${packageId}/uploads`, { body: { fileName: 'x.pdf', size: 10, contentType } }));
      expect(reply).toMatchObject({ status: 400, body: { message: expect.stringMatching(/contentType/) } });
    }
  });

  it('refuses uploads by roles that upload nothing at this stage (403) and bad sizes (400), granting nothing', async () => {
    const packageId = await create();
    for (const principal of [THREE_PAO, AGENCY, PMO]) {
      const reply = await api(apiEvent('POST', `/packages/${packageId}/uploads`, { principal, body: { fileName: 'x.pdf', size: 10 } }));
      expect(reply).toMatchObject({ status: 403, body: { message: expect.stringMatching(/is in PARTNERSHIP: only CSP upload at this stage/) } });
    }
    for (const size of [0, -1, 1.5, MAX_UPLOAD_BYTES + 1]) {
      const reply = await api(apiEvent('POST', `/packages/${packageId}/uploads`, { body: { fileName: 'x.pdf', size } }));
      expect(reply.status).toBe(400);
    }
    expect(await api(apiEvent('POST', `/packages/${packageId}/uploads`, { body: { fileName: 'a\u0007b', size: 10 } }))).toMatchObject({ status: 400, body: { message: /control characters/ } });
    expect(await api(apiEvent('POST', '/packages/missing-package/uploads', { body: { fileName: 'x.pdf', size: 10 } }))).toMatchObject({ status: 404 });
  });

  it('decisions: the wrong role gets 403 and nothing is recorded; the owner decides (200)', async () => {
    const packageId = await create();
    const tasks = makeWorkflowTasksHandler(deps, observability('workflow-tasks'));
    await tasks({ action: 'enterGate', packageId, gate: 'ssp-review' }, lambdaContext('workflow-tasks'));
    await tasks({ action: 'requestDecision', packageId, gate: 'ssp-review', kind: 'ssp-approval', taskToken: 'token-1' }, lambdaContext('workflow-tasks'));
    const historyBefore = (await deps.repo.listHistory(packageId)).length;
    const eventsBefore = deps.events.events.length;

    for (const principal of [CSP, THREE_PAO, PMO]) {
      const refused = await api(apiEvent('POST', `/packages/${packageId}/decisions`, { principal, body: { decision: 'approve' } }));
      expect(refused).toMatchObject({ status: 403, body: { error: 'Forbidden', message: expect.stringMatching(/only AGENCY may approve ssp-approval/) } });
    }
    expect((await deps.repo.listHistory(packageId)).length).toBe(historyBefore);
    expect(deps.events.events.length).toBe(eventsBefore);
    expect(deps.workflow.successes).toEqual([]);
    expect((await deps.repo.getDecision(packageId, 'ssp-approval'))?.status).toBe('PENDING');

    expect(await api(apiEvent('POST', `/packages/${packageId}/decisions`, { principal: AGENCY, body: { decision: 'authorize' } }))).toMatchObject({ status: 400 });
    const decided = await api(apiEvent('POST', `/packages/${packageId}/decisions`, { principal: AGENCY, body: { decision: 'approve', comment: 'complete' } }));
    expect(decided).toMatchObject({ status: 200, body: { kind: 'ssp-approval', decision: 'approve' } });
    expect(deps.workflow.successes).toEqual([{ taskToken: 'token-1', output: { decision: 'approve', decidedBy: AGENCY, comment: 'complete' } }]);
    expect(await api(apiEvent('POST', `/packages/${packageId}/decisions`, { principal: AGENCY, body: { decision: 'approve' } }))).toMatchObject({ status: 400, body: { message: /no decision pending/ } });
  });

  it('maps a lost race to 409 and anything unexpected to 500 with a request id and no internals', async () => {
    const broken: PackageRepository = Object.create(deps.repo) as PackageRepository;
    broken.getPackage = () => Promise.reject(new Error('AccessDeniedException: arn:aws:dynamodb:us-east-1:111122223333:table/secret-table'));
    const brokenApi = wrap(makeApiHandler({ deps: { ...deps, repo: broken }, s3: s3.client, uploadBucket: BUCKET, roles: parseRoleMap(ROLE_MAP), obs: observability('api') }));
    const event = apiEvent('GET', '/packages/anything');
    const reply = await brokenApi(event);
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: 'InternalError', message: expect.stringMatching(/quote the request id/), requestId: event.requestContext.requestId });
    expect(JSON.stringify(reply.body)).not.toMatch(/secret|dynamodb|AccessDenied/);

    const packageId = await create();
    const tasks = makeWorkflowTasksHandler(deps, observability('workflow-tasks'));
    await tasks({ action: 'enterGate', packageId, gate: 'ssp-review' }, lambdaContext('workflow-tasks'));
    await tasks({ action: 'requestDecision', packageId, gate: 'ssp-review', kind: 'ssp-approval', taskToken: 'token-race' }, lambdaContext('workflow-tasks'));
    // Both callers see the decision pending; the conditional write lets only one of them decide.
    const racing: PackageRepository = Object.create(deps.repo) as PackageRepository;
    const pending = await deps.repo.listPendingDecisions(packageId);
    racing.listPendingDecisions = () => Promise.resolve(pending);
    const racingApi = wrap(makeApiHandler({ deps: { ...deps, repo: racing }, s3: s3.client, uploadBucket: BUCKET, roles: parseRoleMap(ROLE_MAP), obs: observability('api') }));
    const replies = await Promise.all(['approve', 'reject'].map((decision) => racingApi(apiEvent('POST', `/packages/${packageId}/decisions`, { principal: AGENCY, body: { decision } }))));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('API configuration', () => {
  it('ROLE_MAP: exact ARNs and globs, assumed-role sessions matched as their role, ambiguity refused', () => {
    const roles = parseRoleMap(
      JSON.stringify({
        'arn:aws-us-gov:iam::123456789012:role/csp-*': 'csp',
        'arn:*:iam::123456789012:role/3pao-*': '3PAO',
        'arn:aws:iam::123456789012:role/csp-auditor': '3PAO',
      }),
    );
    expect(roles.roleOf('arn:aws-us-gov:sts::123456789012:assumed-role/csp-ops/alice')).toBe('CSP');
    expect(roles.roleOf('arn:aws-us-gov:iam::123456789012:role/csp-ops')).toBe('CSP');
    expect(roles.roleOf('arn:aws:sts::123456789012:assumed-role/3pao-team/bob')).toBe('3PAO');
    expect(roles.roleOf('arn:aws:iam::123456789012:role/csp-ops')).toBeUndefined(); // other partition
    expect(roles.roleOf('arn:aws-us-gov:iam::123456789012:role/csp')).toBeUndefined(); // the glob needs `csp-`
    expect(roles.roleOf('arn:aws-us-gov:iam::123456789012:role/csp-ops.evil')).toBe('CSP'); // `*` is any run of characters
    expect(roles.roleOf('arn:aws-us-gov:iam::123456789012:role/cspXops')).toBeUndefined(); // `-` is literal, `.` would be too
    const ambiguous = parseRoleMap(JSON.stringify({ 'arn:aws:iam::1:role/x-*': 'CSP', 'arn:aws:iam::1:role/x-y': 'PMO' }));
    expect(ambiguous.roleOf('arn:aws:iam::1:role/x-y')).toBeUndefined();
    expect(() => parseRoleMap(undefined)).toThrow(/ROLE_MAP is not set/);
    expect(() => parseRoleMap('{')).toThrow(/not valid JSON/);
    expect(() => parseRoleMap(JSON.stringify({ 'arn:aws:iam::1:role/x': 'ADMIN' }))).toThrow(/CSP \| 3PAO \| AGENCY \| PMO/);
    expect(() => parseRoleMap(JSON.stringify({ 'role/x': 'CSP' }))).toThrow(/principal ARN/);
  });

  it('reads its settings from the environment; the deployed handler reports what is missing on its first invocation', async () => {
    expect(() => configFromEnv({})).toThrow(/TABLE_NAME is not set/);
    expect(() => configFromEnv({ TABLE_NAME: 't' })).toThrow(/EVENT_BUS_NAME is not set/);
    expect(configFromEnv({ TABLE_NAME: 't', EVENT_BUS_NAME: 'bus', UPLOAD_BUCKET: ' b ', ROLE_MAP: '{}', IDEMPOTENCY_TABLE_NAME: '' })).toEqual({
      tableName: 't',
      eventBusName: 'bus',
      uploadBucket: 'b',
      roleMap: '{}',
    });
    const saved = process.env.TABLE_NAME;
    delete process.env.TABLE_NAME;
    try {
      await expect(deployedApiHandler(apiEvent('GET', '/packages'), lambdaContext('api'))).rejects.toThrow(/TABLE_NAME is not set/);
    } finally {
      if (saved !== undefined) process.env.TABLE_NAME = saved;
    }
  });
});
