import type { ByteSource } from '../bytes/byte-source.js';
import { unreadable } from '../classify/errors.js';

/**
 * The bytes of a source in order, `chunkSize` at a time, for parsers that read a whole document
 * without holding it whole (a .nessus file, a CSV export).
 */
export async function* sourceChunks(source: ByteSource, chunkSize = 256 * 1024): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < source.size; ) {
    const chunk = await source.read(offset, Math.min(chunkSize, source.size - offset));
    if (chunk.byteLength === 0) throw unreadable(`the document ends at byte ${offset} of ${source.size}`);
    offset += chunk.byteLength;
    yield chunk;
  }
}
