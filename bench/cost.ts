/**
 * Cost: state transitions of whole authorization journeys on the real ASL (local runner event log),
 * DynamoDB capacity units per deliverable on the real intake path (API grant → presigned POST →
 * intake handler with Powertools idempotency), and a monthly bill for 100 packages at published
 * prices (bench/prices.ts).
 *   npx tsx bench/cost.ts
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, SQSEvent } from 'aws-lambda';
import { DynamoPackageRepository } from '../functions/adapters/dynamo/package-repository.js';
import { createTable } from '../functions/adapters/dynamo/table.js';
import type { DeliverableType } from '../functions/core/domain/deliverables.js';
import type { Role } from '../functions/core/domain/roles.js';
import type { Decision } from '../functions/core/domain/stages.js';
import type { DeliverableValidation } from '../functions/core/validate/validate.js';
import { conmonExecutionName } from '../functions/core/workflow/conmon.js';
import type { WorkflowDeps } from '../functions/core/workflow/context.js';
import { makeDecision } from '../functions/core/workflow/decisions.js';
import { recordUpload } from '../functions/core/workflow/intake.js';
import { createPackage } from '../functions/core/workflow/packages.js';
import { makeApiHandler } from '../functions/handlers/api.js';
import { makeConmonSchedulerHandler } from '../functions/handlers/conmon-scheduler.js';
import { makeIntakeHandler } from '../functions/handlers/intake.js';
import { parseRoleMap } from '../functions/handlers/principals.js';
import { observability, type Observability } from '../functions/handlers/runtime.js';
import { makeWorkflowTasksHandler } from '../functions/handlers/workflow-tasks.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { LocalWorkflow } from '../local/stepfunctions/local-workflow.js';
import { lambdaContext } from '../local/lambda-context.js';
import { startLocalS3 } from '../test/support/s3rver.js';
import { ManualClock } from '../test/support/workflow-doubles.js';
import { CountingPublisher, DynamoMeter, InvocationMeter, S3Meter } from './meters.js';
import { PRICES } from './prices.js';
import { progress } from './progress.js';
import type { Row, SectionResult } from './results.js';
import { formatMs, formatRatio, formatUsd, median } from './stats.js';

process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
process.env['POWERTOOLS_LOG_LEVEL'] = 'SILENT';
process.env['POWERTOOLS_TRACE_ENABLED'] = 'false';

const ROOT = join(import.meta.dirname, '..');
const BUCKET = 'intake-uploads';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:workflow-tasks';
const ACCOUNT = '111122223333';
const CALLERS: Record<Role, string> = {
  CSP: `arn:aws:sts::${ACCOUNT}:assumed-role/csp-acme/alice`,
  '3PAO': `arn:aws:sts::${ACCOUNT}:assumed-role/3pao-assessor/bob`,
  AGENCY: `arn:aws:sts::${ACCOUNT}:assumed-role/agency-ao/carol`,
  PMO: `arn:aws:sts::${ACCOUNT}:assumed-role/pmo-reviewer/dan`,
};
const ROLE_MAP = JSON.stringify({
  [`arn:aws:iam::${ACCOUNT}:role/csp-*`]: 'CSP',
  [`arn:aws:iam::${ACCOUNT}:role/3pao-*`]: '3PAO',
  [`arn:aws:iam::${ACCOUNT}:role/agency-*`]: 'AGENCY',
  [`arn:aws:iam::${ACCOUNT}:role/pmo-*`]: 'PMO',
});

/** Real documents the CSP uploads on the measured intake path (varied formats and sizes). */
const INTAKE_SAMPLE = [
  'oscal/AwesomeCloudSSP1.xml',
  'oscal/FedRAMP-SSP-OSCAL-Template.json',
  'oscal/AwesomeCloudPOAM.xml',
  'office/AwesomeCloud-CMP.docx',
  'office/AwesomeCloud-IRP.docx',
  'office/AwesomeCloud-User-Guide.docx',
  'office/AwesomeCloud SOD Matrix.xlsx',
  'office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx',
  'office/FedRAMP-POAM-Template.xlsx',
  'pdf/rules-of-behavior.pdf',
  'scans/monthly-os-scan.nessus',
  'scans/nessus-export.csv',
];

/** Monthly model: what a package does in a month (assumptions, stated in the report). */
export const ASSUMPTIONS = {
  packages: 100,
  /** Each package runs one authorization journey (the one with every loop) over a year: 100/12 journeys a month. */
  journeysPerPackagePerMonth: 1 / 12,
  /** Continuous monitoring: every package, every month: POA&M, inventory and 8 scan files. */
  conmonDeliverablesPerMonth: 10,
  /** API calls per deliverable: the upload grant and one status read. */
  apiCallsPerDeliverable: 2,
  /** SQS requests per deliverable: S3's send, the Lambda poller's receive and delete. */
  sqsRequestsPerDeliverable: 3,
  lambdaMemoryGb: { api: 0.25, intake: 1, 'workflow-tasks': 0.25, 'conmon-scheduler': 0.25 } as Record<string, number>,
};

interface Usage {
  transitions: number;
  readUnits: number;
  writeUnits: number;
  dynamoRequests: number;
  s3Put: number;
  s3Get: number;
  kms: number;
  events: number;
  apiRequests: number;
  sqsRequests: number;
  lambdaRequests: number;
  lambdaGbSeconds: number;
}

const emptyUsage = (): Usage => ({ transitions: 0, readUnits: 0, writeUnits: 0, dynamoRequests: 0, s3Put: 0, s3Get: 0, kms: 0, events: 0, apiRequests: 0, sqsRequests: 0, lambdaRequests: 0, lambdaGbSeconds: 0 });

function addUsage(into: Usage, u: Usage, times = 1): void {
  for (const k of Object.keys(into) as (keyof Usage)[]) into[k] += u[k] * times;
}

/** Dollars by service for a usage. */
export function bill(u: Usage): Record<string, number> {
  return {
    'Step Functions': u.transitions * PRICES.stepFunctionsTransition.usd,
    DynamoDB: u.readUnits * PRICES.dynamoReadUnit.usd + u.writeUnits * PRICES.dynamoWriteUnit.usd,
    Lambda: u.lambdaRequests * PRICES.lambdaRequest.usd + u.lambdaGbSeconds * PRICES.lambdaGbSecondArm.usd,
    S3: u.s3Put * PRICES.s3PutClass.usd + u.s3Get * PRICES.s3GetClass.usd,
    'API Gateway': u.apiRequests * PRICES.apiGatewayRest.usd,
    'KMS requests': u.kms * PRICES.kmsRequest.usd,
    EventBridge: u.events * PRICES.eventBridgeEvent.usd,
    SQS: u.sqsRequests * PRICES.sqsRequest.usd,
  };
}

interface Harness {
  api: DynamoMeter;
  intake: DynamoMeter;
  tasks: DynamoMeter;
  s3Meter: S3Meter;
  events: CountingPublisher;
  invocations: InvocationMeter;
  workflow: LocalWorkflow;
  clock: ManualClock;
  apiDeps: WorkflowDeps;
  intakeDeps: WorkflowDeps;
  s3: S3Client;
  callApi(role: Role, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  intakeHandler: (event: SQSEvent) => Promise<unknown>;
  stop(): Promise<void>;
}

async function startHarness(): Promise<Harness> {
  const dynamo = await startDynamoDbLocal({});
  const s3Local = await startLocalS3([BUCKET]);
  const config = { endpoint: dynamo.endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, maxAttempts: 2 };
  const admin = new DynamoDBClient(config);
  const tableName = 'intake-bench';
  const idempotencyTable = 'intake-bench-idempotency';
  await createTable(admin, tableName);
  await admin.send(
    new CreateTableCommand({ TableName: idempotencyTable, BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] }),
  );
  const api = new DynamoMeter();
  const intake = new DynamoMeter();
  const tasks = new DynamoMeter();
  const s3Meter = new S3Meter();
  const events = new CountingPublisher();
  const invocations = new InvocationMeter();
  const clock = new ManualClock(new Date());
  const apiClient = api.client(config);
  const intakeClient = intake.client(config);
  const tasksClient = tasks.client(config);
  const holder: { tasksDeps?: WorkflowDeps } = {};
  let tasksHandler: ReturnType<typeof makeWorkflowTasksHandler> | undefined;
  const definitions = {
    authorization: JSON.parse(await readFile(join(ROOT, 'statemachines', 'authorization.asl.json'), 'utf8')) as object,
    conmon: JSON.parse(await readFile(join(ROOT, 'statemachines', 'conmon.asl.json'), 'utf8')) as object,
  };
  const silent = (service: string): Observability => ({ ...observability(service), logger: new Logger({ serviceName: service, logLevel: 'SILENT' }) });
  const tasksObs = silent('workflow-tasks');
  const workflow = new LocalWorkflow({
    definitions,
    substitutions: { WorkflowTasksFunctionArn: FUNCTION_ARN },
    stateMachineOf: (name) => (name.startsWith('conmon-') ? 'conmon' : 'authorization'),
    invokeLambda: (_arn, payload) =>
      invocations.time('workflow-tasks', () => {
        tasksHandler ??= makeWorkflowTasksHandler(holder.tasksDeps!, tasksObs);
        return tasksHandler(payload, lambdaContext('workflow-tasks'));
      }),
  });
  const deps = (client: DynamoDBClient): WorkflowDeps => ({ repo: DynamoPackageRepository.fromClient(client, tableName, clock), workflow, events, clock });
  const apiDeps = deps(apiClient);
  const intakeDeps = deps(intakeClient);
  holder.tasksDeps = deps(tasksClient);
  const s3 = s3Meter.attach(
    new S3Client({ endpoint: s3Local.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }),
  );
  const apiHandler = makeApiHandler({ deps: apiDeps, s3: s3Local.client, uploadBucket: BUCKET, roles: parseRoleMap(ROLE_MAP), obs: silent('api') });
  const intakeHandler = makeIntakeHandler({
    deps: intakeDeps,
    s3,
    obs: silent('intake'),
    bucket: BUCKET,
    idempotency: new DynamoDBPersistenceLayer({ tableName: idempotencyTable, awsSdkV3Client: intakeClient }),
  });
  return {
    api,
    intake,
    tasks,
    s3Meter,
    events,
    invocations,
    workflow,
    clock,
    apiDeps,
    intakeDeps,
    s3,
    async callApi(role, method, path, body) {
      const event = {
        resource: '/{proxy+}',
        path,
        httpMethod: method,
        headers: {},
        multiValueHeaders: {},
        queryStringParameters: null,
        multiValueQueryStringParameters: null,
        pathParameters: null,
        stageVariables: null,
        body: body === undefined ? null : JSON.stringify(body),
        isBase64Encoded: false,
        requestContext: { requestId: randomUUID(), identity: { userArn: CALLERS[role], caller: null } },
      } as unknown as APIGatewayProxyEvent;
      const out = await invocations.time('api', () => apiHandler(event, lambdaContext('api')));
      return { status: out.statusCode, body: JSON.parse(out.body) as Record<string, unknown> };
    },
    intakeHandler: (event) => invocations.time('intake', () => intakeHandler(event, lambdaContext('intake'))),
    async stop() {
      await workflow.stop();
      for (const c of [admin, apiClient, intakeClient, tasksClient]) c.destroy();
      s3.destroy();
      await s3Local.stop();
      await dynamo.stop();
    },
  };
}

function s3Event(key: string, size: number, eTag: string): SQSEvent {
  const body = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Post',
        userIdentity: { principalId: 'AWS:AROAEXAMPLE:alice' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'BENCH', 'x-amz-id-2': 'BENCH' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'intake',
          bucket: { name: BUCKET, ownerIdentity: { principalId: 'BENCH' }, arn: `arn:aws:s3:::${BUCKET}` },
          object: { key: encodeURIComponent(key).replace(/%2F/g, '/'), size, eTag, sequencer: '0055AED6DCD90281E5' },
        },
      },
    ],
  };
  const id = randomUUID();
  return {
    Records: [
      {
        messageId: id,
        receiptHandle: `rh-${id}`,
        body: JSON.stringify(body),
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'BENCH', ApproximateFirstReceiveTimestamp: String(Date.now()) },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:us-east-1:${ACCOUNT}:intake`,
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** The real intake path for each sample document: API grant, presigned POST, intake handler. */
async function measureIntake(h: Harness): Promise<{ perDeliverable: Usage; n: number; intakeMs: number; statuses: string[] }> {
  const created = await h.callApi('CSP', 'POST', '/packages', { csp: 'Bench Cloud', cso: 'Bench Gov', agency: 'Department of Benchmarks', impactLevel: 'MODERATE' });
  if (created.status !== 201) throw new Error(`POST /packages: ${created.status} ${JSON.stringify(created.body)}`);
  const packageId = created.body['packageId'] as string;
  await new Promise((r) => setTimeout(r, 200)); // let the execution reach its first wait (its tasks are not counted here)
  for (const m of [h.api, h.intake]) m.reset();
  h.s3Meter.reset();
  const eventsBefore = h.events.types.length;
  const intakeCallsBefore = h.invocations.count('intake');
  const apiCallsBefore = h.invocations.count('api');
  const statuses: string[] = [];
  for (const file of INTAKE_SAMPLE) {
    const bytes = await readFile(join(ROOT, 'test', 'fixtures', file));
    const grant = await h.callApi('CSP', 'POST', `/packages/${packageId}/uploads`, { fileName: file.split('/').pop(), size: bytes.length });
    if (grant.status !== 201) throw new Error(`upload grant for ${file}: ${grant.status} ${JSON.stringify(grant.body)}`);
    const { url, fields, key } = grant.body as { url: string; fields: Record<string, string>; key: string };
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), file.split('/').pop());
    const res = await fetch(url, { method: 'POST', body: form });
    if (res.status >= 300) throw new Error(`presigned POST of ${file}: ${res.status}`);
    h.s3Meter.putClass++; // the client's POST
    const meterGets = h.s3Meter.getClass;
    const head = await h.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    h.s3Meter.getClass = meterGets; // that HEAD stood in for the event's ETag: not the pipeline's
    const out = (await h.intakeHandler(s3Event(key, bytes.length, head.ETag!.replace(/"/g, '')))) as { batchItemFailures: unknown[] };
    if (out.batchItemFailures.length > 0) throw new Error(`intake failed for ${file}`);
    const status = await h.callApi('CSP', 'GET', `/packages/${packageId}`);
    const deliverables = (status.body['deliverables'] ?? []) as { objectKey?: string; status?: string; type?: string }[];
    const mine = deliverables.find((d) => d.objectKey === key);
    statuses.push(`${file.split('/').pop()}: ${mine?.type ?? '?'} ${mine?.status ?? 'not recorded'}`);
  }
  const n = INTAKE_SAMPLE.length;
  const intakeTimes = h.invocations.calls.get('intake')!.slice(intakeCallsBefore);
  const apiTimes = h.invocations.calls.get('api')!.slice(apiCallsBefore);
  const mem = ASSUMPTIONS.lambdaMemoryGb;
  const u = emptyUsage();
  u.readUnits = (h.api.readUnits + h.intake.readUnits) / n;
  u.writeUnits = (h.api.writeUnits + h.intake.writeUnits) / n;
  u.dynamoRequests = (h.api.requests + h.intake.requests) / n;
  u.s3Put = h.s3Meter.putClass / n;
  u.s3Get = h.s3Meter.getClass / n;
  u.kms = (h.s3Meter.putClass + h.s3Meter.getObject) / n; // SSE-KMS without bucket keys: a data key per PUT, a Decrypt per GET
  u.events = (h.events.types.length - eventsBefore) / n;
  u.apiRequests = ASSUMPTIONS.apiCallsPerDeliverable;
  u.sqsRequests = ASSUMPTIONS.sqsRequestsPerDeliverable;
  u.lambdaRequests = 1 + ASSUMPTIONS.apiCallsPerDeliverable;
  u.lambdaGbSeconds = (median(intakeTimes) / 1000) * mem['intake']! + (ASSUMPTIONS.apiCallsPerDeliverable * median(apiTimes) / 1000) * mem['api']!;
  if (h.api.unmetered + h.intake.unmetered > 0) progress('cost', `warning: ${h.api.unmetered + h.intake.unmetered} DynamoDB answers carried no ConsumedCapacity`);
  return { perDeliverable: u, n, intakeMs: median(intakeTimes), statuses };
}

interface JourneyResult {
  transitions: number;
  conmonTransitions: number;
  deliverables: number;
  decisions: number;
  journey: Usage;
  conmon: Usage;
}

async function reach(h: Harness, arn: string, fragment: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(h.workflow.currentState(arn) ?? '').includes(fragment)) {
    const d = h.workflow.describeExecution(arn);
    if (d.status !== 'RUNNING') throw new Error(`execution ended (${d.status} ${d.error ?? ''} ${d.cause ?? ''}) before '${fragment}'`);
    if (Date.now() > deadline) throw new Error(`never reached '${fragment}' (at '${h.workflow.currentState(arn)}')`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 50));
}

const PACKAGE_DELIVERABLES: [DeliverableType, Role][] = [
  ['FIPS_199', 'CSP'], ['DIGITAL_IDENTITY_WORKSHEET', 'CSP'], ['PRIVACY_ASSESSMENT', 'CSP'], ['CIS_CRM_WORKBOOK', 'CSP'], ['INVENTORY', 'CSP'],
  ['RULES_OF_BEHAVIOR', 'CSP'], ['USER_GUIDE', 'CSP'], ['CONTINGENCY_PLAN', 'CSP'], ['CONFIGURATION_MANAGEMENT_PLAN', 'CSP'], ['INCIDENT_RESPONSE_PLAN', 'CSP'],
  ['SEPARATION_OF_DUTIES_MATRIX', 'CSP'], ['POLICIES_AND_PROCEDURES', 'CSP'], ['AUTHORIZATION_CHECKLIST', 'CSP'],
];

/**
 * One whole journey on the real ASL and workflow-tasks handler, deliverables recorded with seeded
 * validation results (the journey controls which gates complete; the intake path is measured apart).
 */
async function runJourney(h: Harness, loops: boolean): Promise<JourneyResult> {
  let n = 0;
  let decisions = 0;
  const deliver = async (packageId: string, type: DeliverableType, role: Role, valid = true): Promise<void> => {
    const validation: DeliverableValidation = {
      type,
      format: 'pdf',
      valid,
      findings: valid ? [] : [{ ruleId: 'seeded', severity: 'error', message: 'seeded defect', location: '' }],
      summary: {},
      classification: { type, confidence: 0.99, format: 'pdf', evidence: [], bytesRead: 1 },
    };
    n++;
    await recordUpload(h.intakeDeps, { packageId, objectKey: `uploads/${packageId}/${randomUUID()}`, objectVersion: `v${n}`, size: 1000, sha256: `h${n}`, role, uploader: `${role.toLowerCase()}-user`, maxSize: 1 << 30 }, validation);
  };
  const decide = async (packageId: string, decision: Decision, role: Role): Promise<void> => {
    decisions++;
    await makeDecision(h.apiDeps, { packageId, decision, role, actor: `${role.toLowerCase()}-reviewer` });
  };
  for (const m of [h.api, h.tasks]) m.reset();
  const eventsBefore = h.events.types.length;
  const tasksBefore = h.invocations.count('workflow-tasks');
  const pkg = await createPackage(h.apiDeps, { csp: 'Journey Cloud', cso: 'Journey', agency: 'Department of Journeys', impactLevel: 'MODERATE', actor: 'csp-admin' });
  const id = pkg.packageId;
  const arn = pkg.executionArn!;
  await reach(h, arn, 'Await SSP');
  if (loops) {
    await deliver(id, 'SSP', 'CSP', false);
    await deliver(id, 'SSP', 'CSP');
    await reach(h, arn, 'Agency SSP decision');
    await decide(id, 'reject', 'AGENCY');
    await reach(h, arn, 'Await SSP');
  }
  await deliver(id, 'SSP', 'CSP');
  await reach(h, arn, 'Agency SSP decision');
  await decide(id, 'approve', 'AGENCY');
  await reach(h, arn, 'Await SAP');
  await deliver(id, 'SAP', '3PAO');
  await reach(h, arn, 'Agency SAP decision');
  await decide(id, 'approve', 'AGENCY');
  await reach(h, arn, 'Await SAR and POA&M');
  await deliver(id, 'SAR', '3PAO');
  await deliver(id, 'POAM', 'CSP');
  await reach(h, arn, 'Agency assessment decision');
  if (loops) {
    await decide(id, 'request-testing', 'AGENCY');
    await reach(h, arn, 'Await SAR and POA&M');
    await deliver(id, 'SAR', '3PAO');
    await reach(h, arn, 'Agency assessment decision');
  }
  await decide(id, 'approve', 'AGENCY');
  await reach(h, arn, 'Await ATO letter');
  await deliver(id, 'ATO_LETTER', 'AGENCY');
  await reach(h, arn, 'Await complete package');
  for (const [type, role] of PACKAGE_DELIVERABLES) await deliver(id, type, role);
  await reach(h, arn, 'PMO package review');
  if (loops) {
    await decide(id, 'return', 'PMO');
    await reach(h, arn, 'Await complete package');
    await deliver(id, 'AUTHORIZATION_CHECKLIST', 'CSP');
    await reach(h, arn, 'PMO package review');
  }
  await decide(id, 'approve', 'PMO');
  await reach(h, arn, 'PMO authorization decision');
  await decide(id, 'authorize', 'PMO');
  const done = await h.workflow.waitForExecution(arn, 20_000);
  if (done.status !== 'SUCCEEDED') throw new Error(`journey ended ${done.status}`);
  const transitions = h.workflow.stateTransitionCount(arn);
  const mem = ASSUMPTIONS.lambdaMemoryGb;
  const tasksTimes = (h.invocations.calls.get('workflow-tasks') ?? []).slice(tasksBefore);
  const journey = emptyUsage();
  journey.transitions = transitions;
  journey.readUnits = h.api.readUnits + h.tasks.readUnits;
  journey.writeUnits = h.api.writeUnits + h.tasks.writeUnits;
  journey.dynamoRequests = h.api.requests + h.tasks.requests;
  journey.events = h.events.types.length - eventsBefore;
  journey.apiRequests = decisions + 2; // the decisions, creating the package, listing it
  journey.lambdaRequests = tasksTimes.length + journey.apiRequests;
  journey.lambdaGbSeconds = (tasksTimes.reduce((a, b) => a + b, 0) / 1000) * mem['workflow-tasks']! + journey.apiRequests * (median(h.invocations.calls.get('api') ?? [50]) / 1000) * mem['api']!;

  // One ConMon month of the now authorized package (scheduler → execution → deliverables → review).
  for (const m of [h.api, h.tasks]) m.reset();
  const conmonEventsBefore = h.events.types.length;
  const conmonTasksBefore = h.invocations.count('workflow-tasks');
  const scheduler = makeConmonSchedulerHandler(h.apiDeps, h.workflow, { ...observability('conmon-scheduler'), logger: new Logger({ serviceName: 'conmon-scheduler', logLevel: 'SILENT' }) });
  const month = h.clock.now().toISOString().slice(0, 7);
  await scheduler({ time: `${month}-01T06:00:00Z` }, lambdaContext('conmon-scheduler'));
  const conmonArn = h.workflow.listExecutions({ stateMachine: 'conmon' }).find((e) => e.name === conmonExecutionName(id, month))?.executionArn;
  if (!conmonArn) throw new Error('the scheduler started no ConMon execution');
  await reach(h, conmonArn, 'Await monthly deliverables');
  h.clock.advanceDays(1);
  for (const [type, role] of [['POAM', 'CSP'], ['SCAN_RESULTS', 'CSP'], ['INVENTORY', 'CSP']] as [DeliverableType, Role][]) await deliver(id, type, role);
  await reach(h, conmonArn, 'Agency monthly review');
  await decide(id, 'approve', 'AGENCY');
  const conmonDone = await h.workflow.waitForExecution(conmonArn, 20_000);
  if (conmonDone.status !== 'SUCCEEDED') throw new Error(`ConMon month ended ${conmonDone.status}`);
  const conmonTasks = (h.invocations.calls.get('workflow-tasks') ?? []).slice(conmonTasksBefore);
  const conmon = emptyUsage();
  conmon.transitions = h.workflow.stateTransitionCount(conmonArn);
  conmon.readUnits = h.api.readUnits + h.tasks.readUnits;
  conmon.writeUnits = h.api.writeUnits + h.tasks.writeUnits;
  conmon.dynamoRequests = h.api.requests + h.tasks.requests;
  conmon.events = h.events.types.length - conmonEventsBefore;
  conmon.apiRequests = 1;
  conmon.lambdaRequests = conmonTasks.length + 1 + 1 / ASSUMPTIONS.packages; // tasks, the decision, a share of the scheduler run
  conmon.lambdaGbSeconds = (conmonTasks.reduce((a, b) => a + b, 0) / 1000) * mem['workflow-tasks']!;
  return { transitions, conmonTransitions: conmon.transitions, deliverables: n - 3, decisions, journey, conmon };
}

export async function measureCost(): Promise<SectionResult> {
  const started = performance.now();
  progress('cost', 'starting DynamoDB Local and s3rver');
  const h = await startHarness();
  try {
    progress('cost', `intake path: ${INTAKE_SAMPLE.length} real documents through the API grant, presigned POST and the intake handler`);
    const intake = await measureIntake(h);
    progress('cost', `intake: ${intake.perDeliverable.readUnits.toFixed(1)} RRU, ${intake.perDeliverable.writeUnits.toFixed(1)} WRU per deliverable; intake handler median ${formatMs(intake.intakeMs)}`);
    progress('cost', 'happy-path journey…');
    const happy = await runJourney(h, false);
    progress('cost', `happy path: ${happy.transitions} state transitions; journey with every loop…`);
    const full = await runJourney(h, true);
    progress('cost', `every loop: ${full.transitions} state transitions; ConMon month: ${full.conmonTransitions}`);

    const a = ASSUMPTIONS;
    const journeysPerMonth = a.packages * a.journeysPerPackagePerMonth;
    const month = emptyUsage();
    addUsage(month, full.journey, journeysPerMonth);
    addUsage(month, intake.perDeliverable, journeysPerMonth * full.deliverables);
    addUsage(month, full.conmon, a.packages);
    addUsage(month, intake.perDeliverable, a.packages * a.conmonDeliverablesPerMonth);
    const dollars = { ...bill(month), 'KMS key (fixed)': PRICES.kmsKeyMonth.usd };
    const total = Object.values(dollars).reduce((x, y) => x + y, 0);
    const perDeliverableUsd = Object.values(bill(intake.perDeliverable)).reduce((x, y) => x + y, 0);
    const pd = intake.perDeliverable;
    const rows: Row[] = [
      { figure: 'Authorization journey, happy path: state transitions', value: `${happy.transitions}`, ratio: `${formatUsd(happy.transitions * PRICES.stepFunctionsTransition.usd)} per journey` },
      { figure: 'Authorization journey, every loop: state transitions', value: `${full.transitions}`, ratio: `${formatRatio(full.transitions / happy.transitions)} of the happy path` },
      { figure: 'ConMon month: state transitions', value: `${full.conmonTransitions}`, ratio: `${formatRatio(full.conmonTransitions / happy.transitions)} of the happy path` },
      {
        figure: `Per deliverable (real intake path, ${intake.n} documents): DynamoDB`,
        value: `${pd.readUnits.toFixed(1)} RRU, ${pd.writeUnits.toFixed(1)} WRU (${pd.dynamoRequests.toFixed(1)} requests)`,
        ratio: `${formatUsd(pd.readUnits * PRICES.dynamoReadUnit.usd + pd.writeUnits * PRICES.dynamoWriteUnit.usd)} per deliverable`,
      },
      { figure: 'Per deliverable: S3 requests, events', value: `${pd.s3Put.toFixed(1)} PUT-class, ${pd.s3Get.toFixed(1)} GET-class; ${pd.events.toFixed(1)} events`, ratio: `all services ${formatUsd(perDeliverableUsd)} per deliverable` },
      {
        figure: 'Per journey with every loop (workflow tasks + decisions): DynamoDB',
        value: `${full.journey.readUnits.toFixed(0)} RRU, ${full.journey.writeUnits.toFixed(0)} WRU; ${full.decisions} decisions, ${full.deliverables} deliverables`,
        ratio: `${formatRatio(full.journey.writeUnits / happy.journey.writeUnits)} of the happy path's WRU`,
      },
      { figure: `Monthly cost, ${a.packages} packages`, value: `${formatUsd(total)} per month`, ratio: `${formatUsd(total / a.packages)} per package` },
      ...Object.entries(dollars)
        .sort((x, y) => y[1] - x[1])
        .map(([service, usd]) => ({ figure: `  monthly: ${service}`, value: formatUsd(usd), ratio: `${((100 * usd) / total).toFixed(1)}% of the total` })),
    ];
    const priceNotes = Object.values(PRICES).map((p) => `$${p.usd.toPrecision(3)} per ${p.per} — ${p.source} (checked ${p.checked})`);
    return {
      id: 'cost',
      title: 'Cost: state transitions, DynamoDB units per deliverable, monthly bill for 100 packages',
      rows,
      notes: [
        'Transitions are counted from the local runner\'s event log (StateEntered + StateRetried, what AWS bills) while whole journeys run on statemachines/*.asl.json with the real workflow-tasks handler on DynamoDB Local; decisions through the core `makeDecision`; deliverables recorded with seeded validation so each journey controls its gates.',
        `Per-deliverable DynamoDB units: ReturnConsumedCapacity TOTAL on every request of the API handler (upload grant, status) and the intake handler (arrival check, HEAD, SHA-256, classify + validate over S3 range GETs, record, Powertools idempotency), for ${intake.n} real documents from test/fixtures uploaded to s3rver by presigned POST. Units as DynamoDB Local reports them (same rules as DynamoDB: 4 KB reads, 1 KB writes, transactions ×2). Workflow resumes caused by those uploads are counted with the journey, not the deliverable.`,
        `Assumptions: ${a.packages} packages; each runs one authorization journey with every loop over a year (${journeysPerMonth.toFixed(2)} journeys a month, ${full.deliverables} deliverables each) and one ConMon execution a month with ${a.conmonDeliverablesPerMonth} deliverables (POA&M, inventory, 8 scan files); ${a.apiCallsPerDeliverable} API calls and ${a.sqsRequestsPerDeliverable} SQS requests per deliverable; Lambda on arm64 with ${Object.entries(a.lambdaMemoryGb).map(([f, g]) => `${f} ${g * 1024} MB`).join(', ')}, durations as measured here (intake median ${formatMs(intake.intakeMs)}; DynamoDB Local and s3rver are slower than the services); SSE-KMS without S3 Bucket Keys (one KMS request per S3 PUT and GET: an upper bound); one KMS key; free tiers, storage, logs, X-Ray and data transfer not included.`,
        `Prices (us-east-1, published on-demand prices; not fetched at run time): ${priceNotes.join('; ')}.`,
        `What the intake sample recorded: ${intake.statuses.join('; ')}.`,
      ],
      timings: [{ figure: `intake handler per deliverable (median of ${intake.n})`, ms: intake.intakeMs, boundBy: 'S3 range reads and validation of the document, then the conditional DynamoDB writes' }],
      elapsedMs: performance.now() - started,
    };
  } finally {
    await h.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await measureCost();
  for (const r of section.rows) console.log(`${r.figure}: ${r.value}${r.ratio ? ` (${r.ratio})` : ''}`);
  for (const n of section.notes) console.log(`- ${n}`);
}
