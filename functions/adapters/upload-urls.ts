import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { S3Client } from '@aws-sdk/client-s3';

export interface UploadPolicy {
  bucket: string;
  /** Exact object key: one package prefix, one upload. */
  key: string;
  maxBytes: number;
  expiresSeconds: number;
  /** The one Content-Type the object may be stored with. */
  contentType: string;
  /** KMS key the object must be encrypted with (the bucket's key). */
  kmsKeyId?: string;
}

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
  key: string;
  expiresAt: string;
}

/**
 * A presigned POST for exactly one object: the key is fixed (no `starts-with`), the size range is
 * enforced by S3 (`content-length-range`), the Content-Type is pinned, and the policy expires in minutes. The intake handler still
 * re-checks size and role on arrival against the grant recorded when this was issued.
 */
export async function presignUpload(client: S3Client, policy: UploadPolicy, now: Date): Promise<PresignedUpload> {
  const fields: Record<string, string> = { 'Content-Type': policy.contentType };
  const conditions: Parameters<typeof createPresignedPost>[1]['Conditions'] = [
    ['content-length-range', 1, policy.maxBytes],
    ['eq', '$key', policy.key],
    ['eq', '$Content-Type', policy.contentType],
  ];
  if (policy.kmsKeyId) {
    fields['x-amz-server-side-encryption'] = 'aws:kms';
    fields['x-amz-server-side-encryption-aws-kms-key-id'] = policy.kmsKeyId;
    conditions.push(['eq', '$x-amz-server-side-encryption', 'aws:kms'], ['eq', '$x-amz-server-side-encryption-aws-kms-key-id', policy.kmsKeyId]);
  }
  const post = await createPresignedPost(client, { Bucket: policy.bucket, Key: policy.key, Conditions: conditions, Fields: fields, Expires: policy.expiresSeconds });
  return { url: post.url, fields: post.fields, key: policy.key, expiresAt: new Date(now.getTime() + policy.expiresSeconds * 1000).toISOString() };
}
