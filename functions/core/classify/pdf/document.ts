import type { InflateBudget } from './budget.js';
import { ParseBudget } from './budget.js';
import type { DecodedStream } from './filters.js';
import { decodeStream } from './filters.js';
import { Lexer } from './lexer.js';
import type { PdfObject, PdfValue } from './objects.js';
import { PdfDict, PdfOp, PdfRef, PdfStream } from './objects.js';
import { parseValue } from './parser.js';
import { scanObjects } from './scan.js';

/** A run of bytes read from the file, and where it starts in the file. */
export interface Segment {
  offset: number;
  bytes: Uint8Array;
}

/** Objects kept from one object stream. */
const MAX_OBJSTM_OBJECTS = 10_000;
/**
 * Bytes tokenized after the first scan (page content, forms, CMaps): more than twice what the bytes
 * read and the inflate budget can hold, so only content read over and over runs into it.
 */
const PARSE_BUDGET = 8 * 1024 * 1024;
/** References followed in a row (a ref to a ref to …). */
const MAX_REF_HOPS = 8;

/**
 * The objects found in the bytes read (head and tail of the file), addressable by number. Objects
 * held in object streams (/Type /ObjStm) are decoded on demand, one stream at a time, within the
 * inflate budget. Later definitions (incremental updates) replace earlier ones.
 */
export class PdfDocument {
  private readonly objects = new Map<number, PdfObject>();
  private readonly packed = new Map<number, PdfValue>();
  private readonly objectStreams: PdfStream[] = [];
  private readonly trailers: { order: number; dict: PdfDict }[] = [];
  /** Object streams are unpacked newest first; those above this index are done. */
  private unpackCursor = -1;
  readonly parseBudget = new ParseBudget(PARSE_BUDGET);

  private constructor(readonly budget: InflateBudget) {}

  static scan(segments: Segment[], budget: InflateBudget): PdfDocument {
    const doc = new PdfDocument(budget);
    for (const segment of segments) {
      scanObjects(
        segment.bytes,
        {
          object: (num, value) => {
            doc.objects.set(num, value);
            if (value instanceof PdfStream && value.dict.name('Type') === 'ObjStm') {
              doc.objectStreams.push(value);
            }
          },
          trailer: (dict, order) => doc.trailers.push({ order, dict }),
        },
        segment.offset,
      );
    }
    doc.trailers.sort((a, b) => a.order - b.order);
    doc.unpackCursor = doc.objectStreams.length - 1;
    return doc;
  }

  /**
   * The trailer as the last update sees it: every trailer and cross-reference stream dictionary
   * merged, later ones winning (a linearized file's first-page trailer fills what the last lacks).
   */
  trailer(): PdfDict {
    const merged = new PdfDict();
    for (let i = this.trailers.length - 1; i >= 0; i--) {
      for (const [key, value] of this.trailers[i]?.dict.entries ?? []) {
        if (!merged.entries.has(key)) merged.entries.set(key, value);
      }
    }
    return merged;
  }

  get objectCount(): number {
    return this.objects.size + this.packed.size;
  }

  async get(num: number): Promise<PdfObject | undefined> {
    const direct = this.objects.get(num) ?? this.packed.get(num);
    if (direct !== undefined) return direct;
    // Not seen yet: it may be in an object stream not yet unpacked (newest first, each once).
    while (this.unpackCursor >= 0) {
      const stream = this.objectStreams[this.unpackCursor--];
      if (!stream) continue;
      await this.expand(stream);
      const found = this.packed.get(num);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Follows references to the object they name. */
  async resolve(value: PdfObject | undefined): Promise<PdfObject | undefined> {
    let current = value;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops >= MAX_REF_HOPS) return undefined;
      current = await this.get(current.num);
    }
    return current;
  }

  async dict(value: PdfObject | undefined): Promise<PdfDict | undefined> {
    const resolved = await this.resolve(value);
    return resolved instanceof PdfDict ? resolved : undefined;
  }

  async stream(value: PdfObject | undefined): Promise<PdfStream | undefined> {
    const resolved = await this.resolve(value);
    return resolved instanceof PdfStream ? resolved : undefined;
  }

  async array(value: PdfObject | undefined): Promise<PdfValue[] | undefined> {
    const resolved = await this.resolve(value);
    return Array.isArray(resolved) ? resolved : undefined;
  }

  async number(value: PdfObject | undefined): Promise<number | undefined> {
    const resolved = await this.resolve(value);
    return typeof resolved === 'number' ? resolved : undefined;
  }

  decode(stream: PdfStream): Promise<DecodedStream | undefined> {
    return decodeStream(stream, this.budget);
  }

  /** Every object found so far, top-level first, then those unpacked from object streams. */
  *all(): Iterable<[number, PdfObject]> {
    yield* this.objects;
    yield* this.packed;
  }

  /** Unpacks every object stream (within the inflate budget), for scans over all objects. */
  async expandAll(): Promise<void> {
    while (this.unpackCursor >= 0) {
      const stream = this.objectStreams[this.unpackCursor--];
      if (stream) await this.expand(stream);
    }
  }

  /**
   * Object stream layout: N pairs `objnum offset`, then the objects from /First on. Each object is
   * parsed no further than the next offset, and objects sharing an offset are parsed once.
   */
  private async expand(stream: PdfStream): Promise<void> {
    const decoded = await this.decode(stream);
    if (!decoded) return;
    const { bytes } = decoded;
    const n = Math.min(MAX_OBJSTM_OBJECTS, Math.max(0, Math.floor(stream.dict.number('N') ?? 0)));
    const first = Math.floor(stream.dict.number('First') ?? 0);
    if (first <= 0 || first > bytes.byteLength) return;
    const header = new Lexer(bytes, 0, first);
    const index: { num: number; offset: number }[] = [];
    for (let i = 0; i < n; i++) {
      const num = header.next();
      const offset = header.next();
      if (typeof num !== 'number' || typeof offset !== 'number') break;
      const valid = Number.isInteger(num) && num >= 0 && Number.isInteger(offset) && offset >= 0;
      if (valid && first + offset < bytes.byteLength) index.push({ num, offset: first + offset });
    }
    const starts = [...new Set(index.map((e) => e.offset))].sort((a, b) => a - b);
    const values = new Map<number, PdfValue>();
    starts.forEach((start, i) => {
      const value = parseValue(new Lexer(bytes, start, starts[i + 1] ?? bytes.byteLength), true);
      if (value !== undefined && !(value instanceof PdfOp)) values.set(start, value);
    });
    for (const { num, offset } of index) {
      const value = values.get(offset);
      if (value !== undefined && !this.objects.has(num) && !this.packed.has(num)) this.packed.set(num, value);
    }
  }
}
