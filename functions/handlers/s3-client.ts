import { S3Client } from '@aws-sdk/client-s3';
import type { Observability } from './runtime.js';

/**
 * The S3 client of the functions that touch objects (api signs presigned POSTs, intake reads uploads),
 * traced by X-Ray. Kept out of the shared runtime so the other functions' bundles carry no S3 client.
 * WHEN_REQUIRED: no aws-chunked stream framing and no empty-body checksum baked into presigned requests.
 */
export function createS3Client(obs: Observability): S3Client {
  return obs.tracer.captureAWSv3Client(new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }));
}
