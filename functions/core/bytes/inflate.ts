import { constants, createInflate, createInflateRaw } from 'node:zlib';

export interface InflateResult {
  bytes: Uint8Array;
  /** True when output stopped at the cap (more would have followed). */
  truncated: boolean;
  /** Set when the compressed data was corrupt or cut short; `bytes` holds what decoded before it. */
  error?: string;
}

export interface InflateOptions {
  /** Most output bytes to produce: inflation stops there, so a zip bomb costs at most this much. */
  cap: number;
  /** Raw deflate (zip entries) instead of a zlib stream (PDF FlateDecode). */
  raw?: boolean;
}

/**
 * Inflates at most `cap` bytes of `data`, tolerating input that is cut short (a prefix of a larger
 * stream decodes as far as it goes). Never throws on bad data: the result carries the error.
 */
export function inflateCapped(data: Uint8Array, options: InflateOptions): Promise<InflateResult> {
  const { cap } = options;
  const inflater = (options.raw ? createInflateRaw : createInflate)({
    finishFlush: constants.Z_SYNC_FLUSH,
    chunkSize: Math.min(64 * 1024, Math.max(1024, cap)),
  });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (truncated: boolean, error?: string): void => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners('data');
      inflater.destroy();
      const bytes = Buffer.concat(chunks, Math.min(total, cap));
      resolve(error === undefined ? { bytes, truncated } : { bytes, truncated, error });
    };
    inflater.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.byteLength;
      if (total >= cap) finish(total > cap || !inflaterEnded);
    });
    let inflaterEnded = false;
    inflater.on('end', () => {
      inflaterEnded = true;
      finish(false);
    });
    inflater.on('error', (err: Error) => finish(false, err.message));
    inflater.end(data);
  });
}
