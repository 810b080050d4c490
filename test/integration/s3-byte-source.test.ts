import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { S3ByteSource } from '../../functions/adapters/s3-byte-source.js';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { startLocalS3, type LocalS3 } from '../support/s3rver.js';
import { fixture } from '../support/fixtures.js';

describe('S3ByteSource against s3rver', () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startLocalS3(['uploads']);
  });
  afterAll(async () => {
    await s3.stop();
  });

  it('reads exact ranges with ranged GETs', async () => {
    const body = Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 251));
    await s3.client.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'p/ranges.bin', Body: body }));
    const source = await S3ByteSource.open(s3.client, { bucket: 'uploads', key: 'p/ranges.bin' });
    expect(source.size).toBe(200_000);
    const got = await source.read(123_456, 1000);
    expect(Buffer.from(got).equals(body.subarray(123_456, 124_456))).toBe(true);
    expect((await source.read(199_990, 100)).byteLength).toBe(10);
    expect(source.requestCount).toBe(2);
  });

  it('classifies an S3 object exactly as the same local file', async () => {
    const path = fixture('office/FedRAMP-POAM-Template.xlsx');
    await s3.client.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'pkg-1/poam.xlsx', Body: await readFile(path) }));
    const remote = await S3ByteSource.open(s3.client, { bucket: 'uploads', key: 'pkg-1/poam.xlsx' });
    const local = await FileByteSource.open(path);
    try {
      const fromS3 = await classifyDocument(remote);
      const fromFile = await classifyDocument(local);
      expect(fromS3).toEqual(fromFile);
      expect(fromS3.type).toBe('POAM');
      // Block-aligned ranged reads: one request per 64 KiB block touched, not per parser read.
      expect(remote.requestCount).toBeLessThanOrEqual(Math.ceil(fromS3.bytesRead / 65536));
    } finally {
      await local.close();
    }
  });
});
