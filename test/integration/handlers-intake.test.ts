import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CreateTableCommand, DeleteTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { APIGatewayProxyEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';
import type { Clock } from '../../functions/core/workflow/ports.js';
import { makeApiHandler } from '../../functions/handlers/api.js';
import { makeIntakeHandler } from '../../functions/handlers/intake.js';
import { parseRoleMap } from '../../functions/handlers/principals.js';
import { observability, type Observability } from '../../functions/handlers/runtime.js';
import { createdObjects } from '../../functions/handlers/s3-events.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';
import { fixture } from '../support/fixtures.js';
import { startLocalS3, type LocalS3 } from '../support/s3rver.js';
import { CollectingPublisher, RecordingWorkflow } from '../support/workflow-doubles.js';
import { lambdaContext } from '../../local/lambda-context.js';

/**
 * Upload to intake end to end: the API grants an upload (presigned POST), the file is POSTed to
 * s3rver with fetch + FormData, and the intake Lambda (built through its factory) gets the SQS
 * message in the shapes S3 really sends, s3rver sends, and EventBridge sends.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const ACCOUNT = '111122223333';
const BUCKET = 'intake-uploads';
const CSP = `arn:aws:sts::${ACCOUNT}:assumed-role/csp-acme/alice`;
const ROLE_MAP = JSON.stringify({ [`arn:aws:iam::${ACCOUNT}:role/csp-*`]: 'CSP' });
const SSP_FILE = 'oscal/AwesomeCloudSSP1.xml';


// --- The three shapes an object-created event reaches the queue in ------------------------------

interface Uploaded {
  key: string;
  size: number;
  /** As events carry it: without quotes. */
  eTag: string;
}

/** Keys as real S3 encodes them in notifications: `+` for a space, `%XX` for the rest, `/` kept. */
const s3Encode = (key: string): string => encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');

/** What S3 itself sends (eventVersion 2.1, URL-encoded key, proper ARN, the bucket's region). */
function realS3Event(o: Uploaded, bucket = BUCKET): unknown {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-gov-west-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Post',
        userIdentity: { principalId: 'AWS:AROAEXAMPLE:alice' },
        requestParameters: { sourceIPAddress: '192.0.2.10' },
        responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'intake',
          bucket: { name: bucket, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws-us-gov:s3:::${bucket}` },
          object: { key: s3Encode(o.key), size: o.size, eTag: o.eTag, sequencer: '0055AED6DCD90281E5' },
        },
      },
    ],
  };
}

/** What s3rver sends, built by s3rver's own event model (eventVersion 2.0, unencoded key, malformed ARN, us-east-1). */
type S3rverEventModel = new (
  data: { bucket: string; eventType: 'Post' | 'Put'; S3Item: { key: string; size: number; metadata: Record<string, string> } },
  req: { reqHeaders: Record<string, string>; sourceIp: string },
) => object;
const S3rverEvent = createRequire(import.meta.url)('s3rver/lib/models/event.js') as S3rverEventModel;
function s3rverEvent(o: Uploaded): unknown {
  return new S3rverEvent({ bucket: BUCKET, eventType: 'Post', S3Item: { key: o.key, size: o.size, metadata: { etag: JSON.stringify(o.eTag) } } }, { reqHeaders: { host: '127.0.0.1' }, sourceIp: '127.0.0.1' });
}

/** What S3 sends to EventBridge (a rule can target the queue). */
function eventBridgeEvent(o: Uploaded): unknown {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: ACCOUNT,
    time: new Date().toISOString(),
    region: 'us-gov-west-1',
    resources: [`arn:aws-us-gov:s3:::${BUCKET}`],
    detail: { version: '0', bucket: { name: BUCKET }, object: { key: o.key, size: o.size, etag: o.eTag, sequencer: '00617F08299329D189' }, 'request-id': 'N4N7GDK58NMKJ12R', requester: ACCOUNT, reason: 'PostObject' },
  };
}

function sqsRecord(body: unknown, messageId = randomUUID()): SQSRecord {
  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'AIDAEXAMPLE', ApproximateFirstReceiveTimestamp: String(Date.now()) },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:${ACCOUNT}:intake`,
    awsRegion: 'us-east-1',
  };
}

const sqs = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** A silent logger that keeps its warnings. */
class RecordingLogger extends Logger {
  readonly warnings: Parameters<Logger['warn']>[] = [];
  override warn(...input: Parameters<Logger['warn']>): void {
    this.warnings.push(input);
  }
}

/** An S3 client of the same s3rver that counts the requests it sends. */
function countingClient(local: LocalS3): { client: S3Client; count: () => number } {
  let requests = 0;
  const client = new S3Client({
    endpoint: local.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      requests++;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return { client, count: () => requests };
}

describe('intake handler: presigned POST to s3rver, SQS events in every shape, DynamoDB Local', () => {
  let table: TestTable;
  let s3: LocalS3;
  let deps: WorkflowDeps & { workflow: RecordingWorkflow; events: CollectingPublisher; repo: DynamoPackageRepository };
  let obs: Observability & { logger: RecordingLogger };
  let intake: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  let sspBytes: Buffer;

  beforeAll(async () => {
    [table, s3, sspBytes] = await Promise.all([freshTable('handlers-intake'), startLocalS3([BUCKET]), readFile(fixture(SSP_FILE))]);
  });
  afterAll(async () => {
    await Promise.all([table.drop(), s3.stop()]);
  });
  beforeEach(() => {
    const clock: Clock = { now: () => new Date() };
    deps = { repo: DynamoPackageRepository.fromClient(table.client, table.tableName, clock), workflow: new RecordingWorkflow(), events: new CollectingPublisher(), clock };
    obs = { ...observability('intake'), logger: new RecordingLogger({ serviceName: 'intake', logLevel: 'SILENT' }) };
    const handler = makeIntakeHandler({ deps, s3: s3.client, obs, bucket: BUCKET });
    intake = (event) => handler(event, lambdaContext('intake'));
  });

  async function callApi(method: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const api = makeApiHandler({ deps, s3: s3.client, uploadBucket: BUCKET, roles: parseRoleMap(ROLE_MAP), obs: observability('api') });
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
      body: JSON.stringify(body),
      isBase64Encoded: false,
      requestContext: { requestId: randomUUID(), identity: { userArn: CSP, caller: null } },
    } as unknown as APIGatewayProxyEvent;
    const out = await api(event, lambdaContext('api'));
    return { status: out.statusCode, body: JSON.parse(out.body) as Record<string, unknown> };
  }

  async function newPackage(): Promise<string> {
    const reply = await callApi('POST', '/packages', { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'MODERATE' });
    expect(reply.status).toBe(201);
    return reply.body.packageId as string;
  }

  /** Asks the API for an upload and POSTs `bytes` with the returned form, as a browser would. */
  async function grantAndUpload(packageId: string, bytes: Buffer, declaredSize = bytes.length): Promise<Uploaded & { uploadId: string }> {
    const reply = await callApi('POST', `/packages/${packageId}/uploads`, { fileName: 'AwesomeCloud SSP.xml', size: declaredSize });
    expect(reply.status).toBe(201);
    const { url, fields, key, uploadId } = reply.body as { url: string; fields: Record<string, string>; key: string; uploadId: string };
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), 'AwesomeCloud SSP.xml');
    const res = await fetch(url, { method: 'POST', body: form });
    expect(res.status).toBe(204);
    return { key, uploadId, size: bytes.length, eTag: await eTagOf(key) };
  }

  async function eTagOf(key: string): Promise<string> {
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    return head.ETag!.replace(/"/g, '');
  }

  const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

  it.each([
    ['real S3', realS3Event],
    ["s3rver's", s3rverEvent],
    ['EventBridge', eventBridgeEvent],
  ])('records a deliverable from an event in the %s shape, with the grant’s role and uploader', async (_shape, shape) => {
    const packageId = await newPackage();
    const uploaded = await grantAndUpload(packageId, sspBytes);
    const out = await intake(sqs(sqsRecord(shape(uploaded))));
    expect(out).toEqual({ batchItemFailures: [] });

    const [deliverable, ...others] = await deps.repo.listDeliverables(packageId);
    expect(others).toEqual([]);
    expect(deliverable).toMatchObject({
      packageId,
      type: 'SSP',
      format: 'oscal-xml',
      version: 1,
      size: sspBytes.length,
      sha256: sha256(sspBytes),
      uploadedBy: 'CSP',
      uploader: CSP,
      objectKey: uploaded.key,
      objectVersion: uploaded.eTag,
    });
    expect(deliverable!.status).not.toBe('REJECTED');
    expect(deps.events.types()).toEqual(expect.arrayContaining(['DeliverableReceived', 'DeliverableClassified', 'DeliverableValidated']));
  });

  it('the same record twice, or the same object in another shape, changes nothing', async () => {
    const packageId = await newPackage();
    const uploaded = await grantAndUpload(packageId, sspBytes);
    const record = sqsRecord(realS3Event(uploaded));
    await intake(sqs(record));
    const events = deps.events.events.length;
    const history = (await deps.repo.listHistory(packageId)).length;

    expect(await intake(sqs(record))).toEqual({ batchItemFailures: [] });
    expect(await intake(sqs(sqsRecord(s3rverEvent(uploaded)), sqsRecord(eventBridgeEvent(uploaded))))).toEqual({ batchItemFailures: [] });
    expect(await deps.repo.listDeliverables(packageId)).toHaveLength(1);
    expect(deps.events.events.length).toBe(events);
    expect((await deps.repo.listHistory(packageId)).length).toBe(history);
  });

  it('with the Powertools idempotency layer, a duplicate is answered from its record', async () => {
    const idempotencyTable = `${table.tableName}-idempotency`;
    await table.client.send(
      new CreateTableCommand({ TableName: idempotencyTable, BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }),
    );
    try {
      const persistence = new DynamoDBPersistenceLayer({ tableName: idempotencyTable, awsSdkV3Client: table.client });
      const counting = countingClient(s3);
      const handler = makeIntakeHandler({ deps, s3: counting.client, obs, bucket: BUCKET, idempotency: persistence });
      const packageId = await newPackage();
      const uploaded = await grantAndUpload(packageId, sspBytes);
      const record = sqsRecord(realS3Event(uploaded));
      expect(await handler(sqs(record), lambdaContext('intake'))).toEqual({ batchItemFailures: [] });
      const requests = counting.count();
      expect(requests).toBeGreaterThan(2); // HEAD, the hashing GET, the classifier's ranged GETs
      expect(await handler(sqs({ ...record, messageId: randomUUID() }), lambdaContext('intake'))).toEqual({ batchItemFailures: [] });
      // Answered from the idempotency record: the object was not looked at again.
      expect(counting.count()).toBe(requests);
      counting.client.destroy();
      expect(await deps.repo.listDeliverables(packageId)).toHaveLength(1);
      const stored = await table.client.send(new ScanCommand({ TableName: idempotencyTable }));
      expect(stored.Items?.map((i) => i.status?.S)).toEqual(['COMPLETED']);
    } finally {
      await table.client.send(new DeleteTableCommand({ TableName: idempotencyTable }));
    }
  });

  it('refuses objects that did not come through a grant: never read, never recorded', async () => {
    const packageId = await newPackage();
    const granted = await grantAndUpload(packageId, sspBytes);
    const otherPackage = await newPackage();
    const planted = async (key: string): Promise<Uploaded> => {
      await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: sspBytes }));
      return { key, size: sspBytes.length, eTag: await eTagOf(key) };
    };
    const noGrant = await planted(`uploads/${packageId}/${randomUUID()}`);
    const notAnUploadKey = await planted(`uploads/${packageId}/My SSP.xml`);
    const wrongPackage = await planted(`uploads/${otherPackage}/${granted.uploadId}`);
    const counting = countingClient(s3);
    const handler = makeIntakeHandler({ deps, s3: counting.client, obs, bucket: BUCKET });
    const out = await handler(sqs(...[noGrant, notAnUploadKey, wrongPackage].map((o) => sqsRecord(realS3Event(o)))), lambdaContext('intake'));
    expect(out).toEqual({ batchItemFailures: [] }); // refused is final: retrying would not change it
    expect(await deps.repo.listDeliverables(packageId)).toEqual([]);
    expect(await deps.repo.listDeliverables(otherPackage)).toEqual([]);
    expect(deps.events.types()).not.toContain('DeliverableReceived');
    expect(counting.count()).toBe(0);
    counting.client.destroy();
    const reasons = obs.logger.warnings.filter(([message]) => message === 'upload refused').map(([, extra]) => extra);
    expect(reasons).toEqual(
      expect.arrayContaining([
        { key: noGrant.key, reason: expect.stringMatching(/no upload was granted/) },
        // The key arrived as `My+SSP.xml`: decoded as S3 encodes it, then refused for what it is.
        { key: notAnUploadKey.key, reason: expect.stringMatching(/is not an upload key/) },
        { key: wrongPackage.key, reason: expect.stringMatching(/was granted for uploads\/.+, not/) },
      ]),
    );
    const otherBucket = await intake(sqs(sqsRecord(realS3Event(granted, 'some-other-bucket'))));
    expect(otherBucket).toEqual({ batchItemFailures: [] });
    expect(obs.logger.warnings.at(-1)).toEqual(['upload refused', { key: granted.key, reason: 'bucket some-other-bucket is not the upload bucket' }]);
  });

  it('re-checks the size against the grant (s3rver ignores the POST policy): too large is rejected unread', async () => {
    const packageId = await newPackage();
    const uploaded = await grantAndUpload(packageId, sspBytes, 1000);
    await intake(sqs(sqsRecord(s3rverEvent(uploaded))));
    const [deliverable] = await deps.repo.listDeliverables(packageId);
    expect(deliverable).toMatchObject({ status: 'REJECTED', size: sspBytes.length, sha256: '', reason: `the object is ${sspBytes.length} bytes; the upload was granted for at most 1000` });
    expect(deps.events.types()).toContain('DeliverableRejected');
  });

  it('a partial batch failure reports only the bad record; the good ones are recorded', async () => {
    const packageId = await newPackage();
    const first = await grantAndUpload(packageId, sspBytes);
    const second = await grantAndUpload(packageId, sspBytes);
    const bad = sqsRecord('{"this is": not json');
    const unknownShape = sqsRecord({ hello: 'world' });
    const out = await intake(sqs(sqsRecord(realS3Event(first)), bad, sqsRecord(s3rverEvent(second)), unknownShape));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: bad.messageId }, { itemIdentifier: unknownShape.messageId }]);
    expect((await deps.repo.listDeliverables(packageId)).map((d) => d.objectKey).sort()).toEqual([first.key, second.key].sort());
  });

  it('an event for an object deleted since (or never uploaded) is acknowledged and records nothing', async () => {
    const packageId = await newPackage();
    const uploaded = await grantAndUpload(packageId, sspBytes);
    await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: uploaded.key }));
    const ghostGrant = await callApi('POST', `/packages/${packageId}/uploads`, { fileName: 'never-uploaded.xml', size: 10 });
    const ghost = { key: ghostGrant.body.key as string, size: 10, eTag: 'd41d8cd98f00b204e9800998ecf8427e' };
    expect(await intake(sqs(sqsRecord(realS3Event(uploaded)), sqsRecord(realS3Event(ghost))))).toEqual({ batchItemFailures: [] });
    expect(await deps.repo.listDeliverables(packageId)).toEqual([]);
  });
});

describe('S3 event parsing', () => {
  it('decodes keys as real S3 encodes them, and reads every shape tolerantly', () => {
    const raw = { key: 'uploads/a b+c%/é.pdf', size: 1, eTag: 'abc' };
    expect(createdObjects(JSON.stringify(realS3Event(raw)))).toEqual([{ bucket: BUCKET, key: 'uploads/a b+c%/é.pdf', size: 1, eTag: 'abc' }]);
    expect(createdObjects(JSON.stringify(eventBridgeEvent({ ...raw, key: 'uploads/p/u' })))).toEqual([{ bucket: BUCKET, key: 'uploads/p/u', size: 1, eTag: 'abc' }]);
    expect(createdObjects(JSON.stringify(s3rverEvent({ ...raw, key: 'uploads/p/u' })))).toEqual([{ bucket: BUCKET, key: 'uploads/p/u', size: 1, eTag: 'abc' }]);
    // SNS → SQS without raw delivery wraps the notification.
    expect(createdObjects(JSON.stringify({ Type: 'Notification', Message: JSON.stringify(realS3Event({ ...raw, key: 'k' })) }))).toHaveLength(1);
    // Versioned buckets: the version id is kept; quotes around an ETag are dropped.
    const versioned = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'k', eTag: '"q"', versionId: 'v1' } } }] };
    expect(createdObjects(JSON.stringify(versioned))).toEqual([{ bucket: 'b', key: 'k', eTag: 'q', versionId: 'v1' }]);
    // Nothing to do: the test event S3 sends when a notification is configured, deletions, other EventBridge types.
    expect(createdObjects(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-01-01T00:00:00Z', Bucket: 'b' }))).toEqual([]);
    expect(createdObjects(JSON.stringify({ Records: [{ eventName: 'ObjectRemoved:Delete', s3: { bucket: { name: 'b' }, object: { key: 'k' } } }] }))).toEqual([]);
    expect(createdObjects(JSON.stringify({ ...(eventBridgeEvent({ ...raw, key: 'k' }) as object), 'detail-type': 'Object Deleted' }))).toEqual([]);
    // A malformed escape is not an upload key either: kept as it is, and refused later.
    expect(createdObjects(JSON.stringify(realS3Event({ ...raw, key: 'x' })).replace('"key":"x"', '"key":"%E0%A4%A"'))[0]!.key).toBe('%E0%A4%A');
    expect(() => createdObjects('nope')).toThrow(/not JSON/);
    expect(() => createdObjects('{"Records":[{"eventName":"ObjectCreated:Put"}]}')).toThrow(/record 0 is not an S3 event record/);
  });
});

describe('event shapes', () => {
  it('real S3, s3rver and EventBridge events are read through Powertools Parser schemas', async () => {
    const { S3Schema, S3EventNotificationEventBridgeSchema } = await import('@aws-lambda-powertools/parser/schemas');
    const o = { key: 'uploads/p/11111111-1111-4111-8111-111111111111', size: 10, eTag: 'abc' } as Uploaded;
    expect(S3Schema.safeParse(realS3Event(o)).success).toBe(true);
    expect(S3EventNotificationEventBridgeSchema.safeParse(eventBridgeEvent(o)).success).toBe(true);
    expect(S3Schema.safeParse(JSON.parse(JSON.stringify(s3rverEvent(o)))).success).toBe(true);
  });
});
