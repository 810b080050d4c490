/**
 * One interface for every place a document's bytes come from (a local file, an S3 object, a buffer),
 * read by range, so the classifier and validators never need the whole object.
 */
export interface ByteSource {
  /** Total size of the object in bytes. */
  readonly size: number;
  /** Reads up to `length` bytes at `offset`; shorter only at the end of the object. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(readonly budget: number) {
    super(`read budget of ${budget} bytes exhausted`);
  }
}

/** A ByteSource over bytes already in memory. */
export class BufferByteSource implements ByteSource {
  constructor(private readonly bytes: Uint8Array) {}
  get size(): number {
    return this.bytes.byteLength;
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    return this.bytes.subarray(offset, Math.min(this.bytes.byteLength, offset + length));
  }
}

export interface MeteredOptions {
  /** Most bytes that may be fetched from the underlying source. */
  budget: number;
  /** Fetch granularity: reads are rounded out to aligned blocks of this size and cached. */
  blockSize?: number;
}

/**
 * Wraps a ByteSource with an aligned block cache and a hard byte budget. Parsers that issue many
 * small reads (a zip central directory, a PDF cross-reference) cost one ranged request per block,
 * and no document can make the classifier read more than `budget` bytes.
 */
export class MeteredByteSource implements ByteSource {
  private readonly blockSize: number;
  private readonly blocks = new Map<number, Promise<Uint8Array>>();
  private fetched = 0;

  constructor(
    private readonly inner: ByteSource,
    private readonly options: MeteredOptions,
  ) {
    this.blockSize = options.blockSize ?? 64 * 1024;
  }

  get size(): number {
    return this.inner.size;
  }

  /** Bytes fetched from the underlying source so far. */
  get bytesRead(): number {
    return this.fetched;
  }

  get budget(): number {
    return this.options.budget;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) {
      throw new RangeError(`invalid read at ${offset} of ${length} bytes`);
    }
    const end = Math.min(this.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    const first = Math.floor(offset / this.blockSize);
    const last = Math.floor((end - 1) / this.blockSize);
    const parts = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, i) => this.block(first + i)),
    );
    const out = new Uint8Array(end - offset);
    let written = 0;
    parts.forEach((block, i) => {
      const blockStart = (first + i) * this.blockSize;
      const from = Math.max(offset, blockStart) - blockStart;
      const to = Math.min(end, blockStart + block.byteLength) - blockStart;
      out.set(block.subarray(from, to), written);
      written += to - from;
    });
    return out;
  }

  private block(index: number): Promise<Uint8Array> {
    let pending = this.blocks.get(index);
    if (!pending) {
      const start = index * this.blockSize;
      const length = Math.min(this.blockSize, this.size - start);
      if (this.fetched + length > this.options.budget) {
        throw new BudgetExceededError(this.options.budget);
      }
      this.fetched += length;
      pending = this.inner.read(start, length);
      this.blocks.set(index, pending);
    }
    return pending;
  }
}
