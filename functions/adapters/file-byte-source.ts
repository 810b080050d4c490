import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../core/bytes/byte-source.js';

/** A ByteSource over a local file, read with positioned reads (never the whole file). */
export class FileByteSource implements ByteSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string): Promise<FileByteSource> {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new Error(`${path} is not a regular file`);
      return new FileByteSource(handle, stat.size);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const n = Math.max(0, Math.min(length, this.size - offset));
    const buffer = Buffer.alloc(n);
    let done = 0;
    while (done < n) {
      const { bytesRead } = await this.handle.read(buffer, done, n - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return buffer.subarray(0, done);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
