import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ByteSource } from '../core/bytes/byte-source.js';

export interface S3ObjectRef {
  bucket: string;
  key: string;
  /** Pin a version (versioned buckets): every range then comes from the same object. */
  versionId?: string;
}

/**
 * A ByteSource over an S3 object, read with ranged GETs. Every range is conditional on the ETag seen
 * when the source was opened, so a document replaced mid-read fails instead of mixing two versions.
 */
export class S3ByteSource implements ByteSource {
  private requests = 0;

  private constructor(
    private readonly client: S3Client,
    private readonly ref: S3ObjectRef,
    readonly size: number,
    private readonly etag: string | undefined,
  ) {}

  static async open(client: S3Client, ref: S3ObjectRef): Promise<S3ByteSource> {
    const head = await client.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: ref.versionId }));
    return new S3ByteSource(client, ref, head.ContentLength ?? 0, head.ETag);
  }

  /** Ranged GET requests made so far. */
  get requestCount(): number {
    return this.requests;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(this.size, offset + length) - 1;
    if (end < offset) return new Uint8Array(0);
    this.requests++;
    const out = await this.client.send(
      new GetObjectCommand({
        Bucket: this.ref.bucket,
        Key: this.ref.key,
        VersionId: this.ref.versionId,
        Range: `bytes=${offset}-${end}`,
        IfMatch: this.etag,
      }),
    );
    if (!out.Body) throw new Error(`s3://${this.ref.bucket}/${this.ref.key}: empty body for range ${offset}-${end}`);
    return out.Body.transformToByteArray();
  }
}
