import { Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { ByteSource } from '../../bytes/byte-source.js';
import { BudgetExceededError } from '../../bytes/byte-source.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { hostile, unreadable } from '../errors.js';

const CHUNK = 64 * 1024;

/** yauzl's random-access reader over a ByteSource: the zip is read by range, never whole. */
class ByteSourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) {
    super();
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    this.source.read(position, length).then(
      (bytes) => {
        if (bytes.byteLength < length) return callback(new Error('unexpected end of file'));
        buffer.set(bytes, offset);
        callback(null);
      },
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const source = this.source;
    let position = start;
    return new Readable({
      read() {
        if (position >= end) {
          this.push(null);
          return;
        }
        source.read(position, Math.min(CHUNK, end - position)).then(
          (bytes) => {
            if (bytes.byteLength === 0) {
              this.destroy(new Error('unexpected end of file'));
              return;
            }
            position += bytes.byteLength;
            this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          },
          (err: unknown) => this.destroy(err instanceof Error ? err : new Error(String(err))),
        );
      },
    });
  }
}

export interface ZipPart {
  text: string;
  /** True when the part was longer than the cap and only its start was read. */
  truncated: boolean;
}

/**
 * A zip archive opened for classification: the central directory is listed (bounded by the entry
 * and byte budgets), checked for bomb shapes, and parts are read as capped, decompressed text.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  static async open(source: ByteSource): Promise<ZipArchive> {
    let zip: ZipFile;
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(new ByteSourceReader(source), source.size, {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
        strictFileNames: false,
        decodeStrings: true,
      });
    } catch (err) {
      throw describeZipError(err, 'not a readable zip archive');
    }
    const entries = new Map<string, Entry>();
    try {
      if (zip.entryCount > CLASSIFY_LIMITS.maxZipEntries) {
        throw hostile(`zip archive lists ${zip.entryCount} entries (more than ${CLASSIFY_LIMITS.maxZipEntries})`);
      }
      for await (const entry of zip.eachEntry()) {
        entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      }
    } catch (err) {
      zip.close();
      throw describeZipError(err, 'zip central directory is damaged');
    }
    const archive = new ZipArchive(zip, entries);
    try {
      archive.checkForBombs();
    } catch (err) {
      archive.close();
      throw err;
    }
    return archive;
  }

  /** Zip-bomb shapes, from the central directory alone (nothing is inflated to find them). */
  private checkForBombs(): void {
    const { maxCompressionRatio } = CLASSIFY_LIMITS;
    let declared = 0;
    let compressed = 0;
    for (const [name, e] of this.entries) {
      declared += e.uncompressedSize;
      compressed += e.compressedSize;
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (e.uncompressedSize > 1024 * 1024 && ratio > maxCompressionRatio) {
        throw hostile(
          `zip bomb: entry '${name}' declares ${e.uncompressedSize} bytes from ${e.compressedSize} (ratio ${Math.round(ratio)}:1, limit ${maxCompressionRatio}:1)`,
        );
      }
    }
    // Many entries each just under the per-entry ratio ("flat" bombs) add up: a genuine Office
    // document does not inflate to half a gigabyte at 200:1.
    if (declared > 512 * 1024 * 1024 && declared / Math.max(1, compressed) > 200) {
      throw hostile(`zip bomb: entries declare ${declared} bytes in all from ${compressed} compressed`);
    }
    // Overlapping entries (one compressed kernel referenced by many headers) are a bomb shape that
    // never appears in a genuine archive: each entry's data must end before the next header starts.
    const byOffset = [...this.entries.entries()].sort((a, b) => a[1].relativeOffsetOfLocalHeader - b[1].relativeOffsetOfLocalHeader);
    for (let i = 1; i < byOffset.length; i++) {
      const [prevName, prev] = byOffset[i - 1]!;
      const [name, next] = byOffset[i]!;
      const prevEnd = prev.relativeOffsetOfLocalHeader + 30 + prev.fileNameLength + prev.compressedSize;
      if (next.relativeOffsetOfLocalHeader < prevEnd) {
        throw hostile(`zip bomb: entries '${prevName}' and '${name}' overlap`);
      }
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Reads the start of a part, decompressed, as UTF-8 text: at most `cap` bytes. */
  async readText(name: string, cap: number = CLASSIFY_LIMITS.inflatePerPart): Promise<ZipPart | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.isEncrypted()) throw unreadable(`zip entry '${name}' is encrypted`);
    const allowed = Math.min(cap, CLASSIFY_LIMITS.inflateBudget - this.inflated);
    if (allowed <= 0) return { text: '', truncated: true };
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw describeZipError(err, `zip entry '${name}' cannot be read`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let truncated = false;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const room = allowed - total;
        chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk);
        total += Math.min(room, chunk.byteLength);
        if (total >= allowed) {
          truncated = total < entry.uncompressedSize || chunk.byteLength > room;
          break;
        }
      }
    } catch (err) {
      throw describeZipError(err, `zip entry '${name}' is damaged`);
    } finally {
      stream.destroy();
    }
    this.inflated += total;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks, total), { stream: truncated });
    return { text, truncated };
  }

  /**
   * Streams a whole part, decompressed, for validators that must read all of it (classification
   * uses `readText`). The stream fails with a `hostile` DocumentRejectedError once more than
   * `maxInflated` bytes come out (at once when the entry declares more), and with `unreadable`
   * when the data is damaged. Not counted against the classification budget.
   */
  async openStream(name: string, options: { maxInflated: number }): Promise<Readable | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.isEncrypted()) throw unreadable(`zip entry '${name}' is encrypted`);
    const { maxInflated } = options;
    if (entry.uncompressedSize > maxInflated) {
      throw hostile(`zip entry '${name}' declares ${entry.uncompressedSize} bytes, more than the ${maxInflated} allowed`);
    }
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw describeZipError(err, `zip entry '${name}' cannot be read`);
    }
    let total = 0;
    const capped = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        total += chunk.byteLength;
        if (total > maxInflated) {
          callback(hostile(`zip entry '${name}' inflates beyond ${maxInflated} bytes`));
          return;
        }
        callback(null, chunk);
      },
    });
    raw.on('error', (err) => capped.destroy(describeZipError(err, `zip entry '${name}' is damaged`)));
    capped.on('close', () => raw.destroy());
    return raw.pipe(capped);
  }

  close(): void {
    this.zip.close();
  }
}

function describeZipError(err: unknown, context: string): Error {
  if (err instanceof Error && err.name === 'DocumentRejectedError') return err;
  if (err instanceof BudgetExceededError) {
    return hostile(`${context}: reading it would take more than the ${err.budget}-byte budget`);
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/too many bytes in the stream/.test(message)) {
    return hostile(`${context}: an entry inflates beyond its declared size (${message})`);
  }
  if (/end of central directory record signature not found|unexpected end|not enough bytes/i.test(message)) {
    return unreadable(`${context}: the archive is truncated (${message})`);
  }
  return unreadable(`${context} (${message})`);
}
