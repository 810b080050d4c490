import { isRegular, Lexer, WHITESPACE } from './lexer.js';
import type { PdfObject } from './objects.js';
import { PdfDict, PdfOp, PdfStream } from './objects.js';
import { parseValue } from './parser.js';

/** What a scan of the bytes read finds, in file order. */
export interface ScanSink {
  object(num: number, value: PdfObject): void;
  /** A `trailer` dictionary or a cross-reference stream's dictionary. */
  trailer(dict: PdfDict, order: number): void;
}

const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Finds the indirect objects (`n g obj … endobj`) of a byte range without its cross-reference table,
 * which may be out of reach (beyond the head read) or wrong. One forward pass: each `obj` keyword is
 * found with indexOf, its value parsed no further than the next `endobj`, and stream data skipped by
 * /Length or by searching `endstream`, so binary data is never tokenized and no byte is parsed twice.
 * A stream that runs past the end of the range is kept, marked incomplete.
 */
export function scanObjects(bytes: Uint8Array, sink: ScanSink, orderBase: number): void {
  const buf = view(bytes);
  const length = bytes.byteLength;
  let pos = 0;
  let endobjAt = -1;
  while (pos < length) {
    const hit = buf.indexOf('obj', pos, 'latin1');
    if (hit < 0) break;
    pos = hit + 3;
    if (hit + 3 < length && isRegular(bytes[hit + 3] ?? 0)) continue;
    const num = objectNumberBefore(bytes, hit);
    if (num === undefined) continue;
    if (endobjAt < hit + 3) {
      endobjAt = buf.indexOf('endobj', hit + 3, 'latin1');
      if (endobjAt < 0) endobjAt = length;
    }
    const lexer = new Lexer(bytes, hit + 3, endobjAt);
    const value = parseValue(lexer, true);
    if (value === undefined || value instanceof PdfOp) {
      pos = Math.max(pos, lexer.pos);
      continue;
    }
    pos = lexer.pos;
    if (value instanceof PdfDict) {
      const keyword = lexer.next();
      if (keyword instanceof PdfOp && keyword.op === 'stream') {
        const { stream, next } = readStream(bytes, buf, value, lexer.pos);
        sink.object(num, stream);
        if (value.name('Type') === 'XRef') sink.trailer(value, orderBase + hit);
        pos = next;
        continue;
      }
    }
    sink.object(num, value);
  }
  scanTrailers(bytes, buf, sink, orderBase);
}

/** `num gen obj`: walks back from `obj` over the generation and object numbers (a bounded walk). */
function objectNumberBefore(bytes: Uint8Array, objAt: number): number | undefined {
  let p = objAt - 1;
  const skipSpace = (): boolean => {
    const from = p;
    while (p >= 0 && objAt - p < 64 && WHITESPACE[bytes[p] ?? 0] === 1) p--;
    return p < from;
  };
  const digits = (): number | undefined => {
    const endAt = p;
    while (p >= 0 && endAt - p < 10 && (bytes[p] ?? 0) >= 0x30 && (bytes[p] ?? 0) <= 0x39) p--;
    if (p === endAt) return undefined;
    let value = 0;
    for (let i = p + 1; i <= endAt; i++) value = value * 10 + ((bytes[i] ?? 0) - 0x30);
    return value;
  };
  skipSpace();
  if (digits() === undefined || !skipSpace()) return undefined;
  const num = digits();
  if (num === undefined) return undefined;
  if (p >= 0 && isRegular(bytes[p] ?? 0)) return undefined; // e.g. "x12 0 obj"
  return num;
}

function readStream(
  bytes: Uint8Array,
  buf: Buffer,
  dict: PdfDict,
  afterKeyword: number,
): { stream: PdfStream; next: number } {
  const length = bytes.byteLength;
  let start = afterKeyword;
  while (start < length && bytes[start] === 0x20) start++; // tolerate "stream  \n"
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  // Trust /Length only when `endstream` follows it.
  const declared = dict.number('Length');
  if (declared !== undefined && Number.isInteger(declared) && declared >= 0 && start + declared <= length) {
    let p = start + declared;
    while (p < length && p - (start + declared) < 16 && WHITESPACE[bytes[p] ?? 0] === 1) p++;
    if (buf.toString('latin1', p, p + 9) === 'endstream') {
      return { stream: new PdfStream(dict, bytes.subarray(start, start + declared), true), next: p + 9 };
    }
  }
  const end = buf.indexOf('endstream', start, 'latin1');
  if (end < 0) return { stream: new PdfStream(dict, bytes.subarray(start), false), next: length };
  let dataEnd = end;
  if (dataEnd > start && bytes[dataEnd - 1] === 0x0a) dataEnd--;
  if (dataEnd > start && bytes[dataEnd - 1] === 0x0d) dataEnd--;
  return { stream: new PdfStream(dict, bytes.subarray(start, dataEnd), true), next: end + 9 };
}

/** Every `trailer << … >>` in the range. */
function scanTrailers(bytes: Uint8Array, buf: Buffer, sink: ScanSink, orderBase: number): void {
  let pos = 0;
  while (pos < bytes.byteLength) {
    const hit = buf.indexOf('trailer', pos, 'latin1');
    if (hit < 0) break;
    const lexer = new Lexer(bytes, hit + 7, Math.min(bytes.byteLength, hit + 7 + 64 * 1024));
    const value = parseValue(lexer, true);
    if (value instanceof PdfDict) sink.trailer(value, orderBase + hit);
    pos = Math.max(hit + 7, lexer.pos);
  }
}
