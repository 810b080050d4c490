import { S3EventNotificationEventBridgeSchema, S3Schema } from '@aws-lambda-powertools/parser/schemas';
import * as z from 'zod';

/** One object an event says was created. `key` is decoded: the object's real key. */
export interface CreatedObject {
  bucket: string;
  key: string;
  versionId?: string;
  eTag?: string;
  size?: number;
}

/**
 * Object-created events as they reach the intake queue, parsed tolerantly:
 * - S3 event notifications (`{Records: [...]}`, eventVersion 2.x; s3rver sends 2.0 with a malformed
 *   bucket ARN and region us-east-1, so only the fields used here are read);
 * - EventBridge "Object Created" events (source `aws.s3`);
 * - either of them wrapped in an SNS notification (SNS → SQS without raw delivery);
 * - `s3:TestEvent` (sent when a notification is configured) and non-creation events yield nothing.
 */
const S3Object = z.object({
  key: z.string().min(1),
  size: z.number().int().nonnegative().optional(),
  eTag: z.string().optional(),
  versionId: z.string().nullish(),
});
const S3Record = z.object({
  eventName: z.string(),
  s3: z.object({ bucket: z.object({ name: z.string().min(1) }), object: S3Object }),
});
const S3Notification = z.object({ Records: z.array(z.unknown()) });
const S3TestEvent = z.object({ Event: z.literal('s3:TestEvent') });
const EventBridgeS3 = z.object({
  source: z.literal('aws.s3'),
  'detail-type': z.string(),
  detail: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({ key: z.string().min(1), size: z.number().int().nonnegative().optional(), etag: z.string().optional(), 'version-id': z.string().nullish() }),
  }),
});
const SnsEnvelope = z.object({ Type: z.literal('Notification'), Message: z.string() });

export class UnrecognisedEventError extends Error {
  override readonly name = 'UnrecognisedEventError';
}

/**
 * Keys arrive URL-encoded as S3 encodes them in notifications (`+` for a space, `%XX` for the rest).
 * s3rver sends them unencoded; upload keys contain neither `+` nor `%`, so decoding leaves them as
 * they are, and a key that decodes differently (or not at all) is not an upload key: it is refused.
 */
export function decodeS3Key(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

const clean = (eTag: string | undefined): string | undefined => eTag?.replace(/^"|"$/g, '') || undefined;

function created(bucket: string, rawKey: string, o: { size?: number | undefined; eTag?: string | undefined; versionId?: string | null | undefined }): CreatedObject {
  const out: CreatedObject = { bucket, key: decodeS3Key(rawKey) };
  if (o.versionId) out.versionId = o.versionId;
  const eTag = clean(o.eTag);
  if (eTag) out.eTag = eTag;
  if (o.size !== undefined) out.size = o.size;
  return out;
}

/** The created objects a queue message announces; throws UnrecognisedEventError for anything else. */
export function createdObjects(body: string): CreatedObject[] {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    throw new UnrecognisedEventError('the message body is not JSON');
  }
  const sns = SnsEnvelope.safeParse(message);
  if (sns.success) return createdObjects(sns.data.Message);
  if (S3TestEvent.safeParse(message).success) return [];

  // Real S3 and EventBridge events first, through Powertools Parser's own schemas.
  const s3 = S3Schema.safeParse(message);
  if (s3.success) {
    return s3.data.Records.filter((r) => /^(s3:)?ObjectCreated:/.test(r.eventName)).map((r) =>
      created(r.s3.bucket.name, r.s3.object.key, { size: r.s3.object.size, eTag: r.s3.object.eTag, versionId: r.s3.object.versionId }),
    );
  }
  const s3Bridge = S3EventNotificationEventBridgeSchema.safeParse(message);
  if (s3Bridge.success) {
    if (s3Bridge.data['detail-type'] !== 'Object Created') return [];
    const { bucket, object } = s3Bridge.data.detail;
    return [created(bucket.name, object.key, { size: object.size, eTag: object.etag, versionId: object['version-id'] })];
  }

  // Then what the strict schemas refuse (older or partial records from other emulators and tools),
  // read tolerantly: only the fields used here must be present.
  const bridge = EventBridgeS3.safeParse(message);
  if (bridge.success) {
    if (bridge.data['detail-type'] !== 'Object Created') return [];
    const { bucket, object } = bridge.data.detail;
    return [created(bucket.name, object.key, { size: object.size, eTag: object.etag, versionId: object['version-id'] })];
  }

  const notification = S3Notification.safeParse(message);
  if (notification.success) {
    return notification.data.Records.flatMap((raw, i) => {
      const record = S3Record.safeParse(raw);
      if (!record.success) throw new UnrecognisedEventError(`record ${i} is not an S3 event record: ${z.prettifyError(record.error)}`);
      if (!/^(s3:)?ObjectCreated:/.test(record.data.eventName)) return [];
      const { bucket, object } = record.data.s3;
      return [created(bucket.name, object.key, object)];
    });
  }
  throw new UnrecognisedEventError('neither an S3 event notification nor an EventBridge S3 event');
}
