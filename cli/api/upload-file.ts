import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import cliProgress from 'cli-progress';
import { DEFAULT_UPLOAD_CONTENT_TYPE, UPLOAD_CONTENT_TYPES, type UploadContentType } from '../../functions/core/workflow/uploads.js';
import type { Role } from '../../functions/core/domain/roles.js';
import { ApiError, type ApiClient } from './client.js';

/** Files at least this large get a progress bar (when stderr is a terminal). */
export const PROGRESS_THRESHOLD_BYTES = 4 * 1024 * 1024;

const BY_EXTENSION: Readonly<Record<string, UploadContentType>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.nessus': 'application/xml',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.zip': 'application/zip',
};

/**
 * The Content-Type label an upload declares, from the file's extension (the pipeline classifies on
 * content and never trusts this; it only labels the stored object).
 */
export function contentTypeOf(fileName: string): UploadContentType {
  const type = BY_EXTENSION[extname(fileName).toLowerCase()];
  return type && (UPLOAD_CONTENT_TYPES as readonly string[]).includes(type) ? type : DEFAULT_UPLOAD_CONTENT_TYPE;
}

export interface UploadedFile {
  file: string;
  uploadId: string;
  key: string;
  size: number;
}

export interface UploadOptions {
  /** Show a progress bar for large files; default: when stderr is a terminal. */
  progress?: boolean;
}

/** A File whose body stream counts the bytes fetch reads from it (the multipart body is built by fetch). */
function countingFile(blob: Blob, name: string, type: string, onBytes: (n: number) => void): File {
  class CountingFile extends File {
    override stream(): ReturnType<File['stream']> {
      return super.stream().pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            onBytes(chunk.byteLength);
            controller.enqueue(chunk);
          },
        }),
      );
    }
  }
  return new CountingFile([blob], name, { type });
}

/**
 * Uploads one file: asks the API for a presigned POST as `role`, then sends the form fields and the
 * file (last, as S3 requires) straight to the bucket. The file is streamed from disk, never read
 * into memory; large files show a progress bar on stderr when it is a terminal.
 */
export async function uploadFile(client: ApiClient, role: Role, packageId: string, path: string, options: UploadOptions = {}): Promise<UploadedFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (err) {
    throw new ApiError(0, 'CannotOpen', `cannot open ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (size === 0) throw new ApiError(0, 'EmptyFile', `${path} is empty: there is nothing to upload`);
  const fileName = basename(path);
  const contentType = contentTypeOf(fileName);
  const grant = await client.requestUpload(role, packageId, { fileName, size, contentType });

  const showProgress = (options.progress ?? process.stderr.isTTY === true) && size >= PROGRESS_THRESHOLD_BYTES;
  const bar = showProgress
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: `${fileName} [{bar}] {percentage}% | {value_mib}/{total_mib} MiB | {eta}s`, hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(1);
  let sent = 0;
  bar?.start(size, 0, { value_mib: mib(0), total_mib: mib(size) });
  const form = new FormData();
  for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
  form.append(
    'file',
    countingFile(await openAsBlob(path), fileName, contentType, (n) => {
      sent += n;
      bar?.update(sent, { value_mib: mib(sent) });
    }),
  );
  let response: Response;
  try {
    response = await fetch(grant.url, { method: 'POST', body: form, redirect: 'error' });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
    throw new ApiError(0, 'UploadFailed', `uploading ${fileName} to ${new URL(grant.url).origin} failed: ${cause}`);
  } finally {
    bar?.stop();
  }
  if (!response.ok) {
    const text = await response.text();
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? response.statusText;
    const message = /<Message>([^<]+)<\/Message>/.exec(text)?.[1] ?? text.slice(0, 300);
    throw new ApiError(response.status, code || 'UploadFailed', `the upload store refused ${fileName}: ${message}`);
  }
  await response.arrayBuffer().catch(() => undefined);
  return { file: path, uploadId: grant.uploadId, key: grant.key, size };
}
