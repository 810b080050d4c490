import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { SqsSchema } from '@aws-lambda-powertools/parser/schemas';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { S3ByteSource, type S3ObjectRef } from '../adapters/s3-byte-source.js';
import type { WorkflowDeps } from '../core/workflow/context.js';
import { deliverableIdOf, recordUpload } from '../core/workflow/intake.js';
import type { DeliverableStatus } from '../core/workflow/records.js';
import { checkArrival, unreadOversizeValidation } from '../core/workflow/uploads.js';
import { validateDeliverable, type DeliverableValidation } from '../core/validate/validate.js';
import { createS3Client } from './s3-client.js';
import { lazyHandler, observability, runtimeFor, withPowertools, type LambdaHandler, type Observability } from './runtime.js';
import { createdObjects, type CreatedObject } from './s3-events.js';

const SERVICE = 'intake';

/** What became of one object (also what the idempotency layer stores for it). */
export type ObjectOutcome =
  | { status: 'recorded'; key: string; deliverableId: string; deliverableStatus: DeliverableStatus; replay: boolean }
  | { status: 'refused'; key: string; reason: string }
  | { status: 'gone'; key: string };

export interface IntakeOptions {
  deps: WorkflowDeps;
  s3: S3Client;
  obs?: Observability;
  /** When set, objects of any other bucket are refused. */
  bucket?: string;
  /**
   * Powertools idempotency store (DynamoDB in AWS), keyed on bucket + key + version id (or ETag).
   * Optional: `recordUpload` is itself idempotent per object (the deliverable id derives from key and
   * version, written conditionally), so replays are harmless without it; with it, a replay costs one
   * read instead of a HEAD and a deliverable lookup, and concurrent duplicates are held off.
   */
  idempotency?: BasePersistenceLayer;
}

const notFound = (err: unknown): boolean => err instanceof Error && (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.name === 'NoSuchVersion');

/** SHA-256 of the whole object, streamed (never held in memory), pinned to the version/ETag seen. */
async function sha256Of(s3: S3Client, ref: S3ObjectRef, etag: string | undefined): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: ref.versionId, IfMatch: etag }));
  if (!(out.Body instanceof Readable)) throw new Error(`s3://${ref.bucket}/${ref.key}: no readable body`);
  const hash = createHash('sha256');
  for await (const chunk of out.Body) hash.update(chunk as Uint8Array);
  return hash.digest('hex');
}

/**
 * The intake Lambda: SQS batches of S3 object-created events. Each object must name a grant
 * (`uploads/<packageId>/<uploadId>`); refused objects are logged and counted, never read or recorded.
 * Granted objects are sized against the grant, hashed, validated and recorded (`recordUpload`). A
 * record that fails (unparseable body, S3 or DynamoDB error) is reported in `batchItemFailures` and
 * only it is retried; duplicate and out-of-order events change nothing.
 */
export function makeIntakeHandler(options: IntakeOptions): LambdaHandler<SQSEvent, SQSBatchResponse> {
  const { deps, s3 } = options;
  const obs = options.obs ?? observability(SERVICE);
  const { logger, metrics } = obs;

  const refuse = (key: string, reason: string): ObjectOutcome => {
    logger.warn('upload refused', { key, reason });
    metrics.addMetric('UploadsRefused', MetricUnit.Count, 1);
    return { status: 'refused', key, reason };
  };

  async function processObject(object: CreatedObject): Promise<ObjectOutcome> {
    if (options.bucket && object.bucket !== options.bucket) return refuse(object.key, `bucket ${object.bucket} is not the upload bucket`);
    const arrival = await checkArrival(deps, object.key);
    if (!arrival.accepted) return refuse(object.key, arrival.reason);
    const { grant, pkg } = arrival;

    let head: HeadObjectCommandOutput;
    try {
      head = await s3.send(new HeadObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }));
    } catch (err) {
      if (!notFound(err)) throw err;
      logger.info('object gone before it was read', { key: object.key });
      return { status: 'gone', key: object.key };
    }
    // What S3 holds now is the truth (an event may be stale or replayed out of order).
    const objectVersion = head.VersionId ?? head.ETag?.replace(/"/g, '');
    if (!objectVersion) throw new Error(`s3://${object.bucket}/${object.key}: HEAD returned neither a version id nor an ETag`);
    const deliverableId = deliverableIdOf(object.key, objectVersion);
    const known = await deps.repo.getDeliverable(grant.packageId, deliverableId);
    if (known) return { status: 'recorded', key: object.key, deliverableId, deliverableStatus: known.status, replay: true };

    const size = head.ContentLength ?? 0;
    const ref: S3ObjectRef = { bucket: object.bucket, key: object.key, ...(head.VersionId ? { versionId: head.VersionId } : {}) };
    let sha256 = '';
    let validation: DeliverableValidation;
    if (size > grant.maxSize) {
      validation = unreadOversizeValidation(size, grant.maxSize);
    } else {
      const validate = async () =>
        validateDeliverable(await S3ByteSource.open(s3, ref), { asOf: deps.clock.now(), baseline: pkg.impactLevel, fileName: grant.fileName });
      [sha256, validation] = await Promise.all([sha256Of(s3, ref, head.ETag), validate()]);
    }
    const deliverable = await recordUpload(
      deps,
      { packageId: grant.packageId, objectKey: object.key, objectVersion, size, sha256, role: grant.role, uploader: grant.uploader, maxSize: grant.maxSize },
      validation,
    );
    logger.info('deliverable recorded', { packageId: grant.packageId, deliverableId, type: deliverable.type, status: deliverable.status });
    metrics.addMetric(deliverable.status === 'REJECTED' ? 'DeliverablesRejected' : 'DeliverablesRecorded', MetricUnit.Count, 1);
    return { status: 'recorded', key: object.key, deliverableId: deliverable.deliverableId, deliverableStatus: deliverable.status, replay: false };
  }

  const idempotencyConfig = new IdempotencyConfig({ eventKeyJmesPath: '[bucket, key, versionId || eTag]', expiresAfterSeconds: 86_400 });
  const once = options.idempotency
    ? makeIdempotent(processObject, { persistenceStore: options.idempotency, config: idempotencyConfig, dataIndexArgument: 0 })
    : processObject;

  const processRecord = async (record: SQSRecord): Promise<ObjectOutcome[]> => {
    try {
      const outcomes: ObjectOutcome[] = [];
      for (const object of createdObjects(record.body)) outcomes.push(await once(object));
      return outcomes;
    } catch (err) {
      logger.error('record failed; it will be retried', { messageId: record.messageId, error: err as Error });
      throw err;
    }
  };

  const run = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // Powertools Parser's SQS schema: anything else is not a queue delivery and fails the invocation.
    const parsed = SqsSchema.safeParse(event);
    if (!parsed.success) throw new Error(`not an SQS event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    metrics.addMetric('MessagesReceived', MetricUnit.Count, event.Records.length);
    idempotencyConfig.registerLambdaContext(context);
    // A processor per invocation: invocations never share batch state (the local runtime may overlap them).
    return processPartialResponse(event, processRecord, new BatchProcessor(EventType.SQS), { context });
  };
  return withPowertools(run, obs);
}

/** The deployed handler: ports from the environment, Powertools idempotency when IDEMPOTENCY_TABLE_NAME is set. */
export const handler = lazyHandler(() => {
  const runtime = runtimeFor(SERVICE);
  const table = runtime.config.idempotencyTableName;
  return makeIntakeHandler({
    deps: runtime.deps,
    s3: createS3Client(runtime.obs),
    obs: runtime.obs,
    ...(runtime.config.uploadBucket ? { bucket: runtime.config.uploadBucket } : {}),
    ...(table ? { idempotency: new DynamoDBPersistenceLayer({ tableName: table, awsSdkV3Client: runtime.dynamo }) } : {}),
  });
});
