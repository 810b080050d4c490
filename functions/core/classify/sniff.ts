/** What the first bytes of a file say it is, before any parsing. */
export type Container = 'empty' | 'zip' | 'pdf' | 'ole2' | 'binary' | 'text';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Sniffed {
  container: Container;
  /** For text: the encoding (from the byte-order mark, else UTF-8) and the BOM's length. */
  encoding: TextEncoding;
  bomLength: number;
  /** Short human-readable reason, reported as evidence. */
  reason: string;
}

const startsWith = (head: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((b, i) => head[at + i] === b);

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function sniff(head: Uint8Array, size: number): Sniffed {
  const text = (encoding: TextEncoding, bomLength: number, reason: string): Sniffed => ({
    container: 'text',
    encoding,
    bomLength,
    reason,
  });
  const other = (container: Container, reason: string): Sniffed => ({ container, encoding: 'utf-8', bomLength: 0, reason });

  if (size === 0) return other('empty', 'the file is empty (0 bytes)');
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) return other('zip', 'zip signature PK\\x03\\x04');
  if (startsWith(head, OLE2)) return other('ole2', 'OLE2 compound file signature (legacy .doc/.xls)');
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const pdfAt = indexOf(head.subarray(0, 1024), PDF);
  if (pdfAt >= 0) return other('pdf', pdfAt === 0 ? '%PDF- header' : `%PDF- header at byte ${pdfAt}`);
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return text('utf-8', 3, 'UTF-8 byte-order mark');
  if (startsWith(head, [0xff, 0xfe])) return text('utf-16le', 2, 'UTF-16LE byte-order mark');
  if (startsWith(head, [0xfe, 0xff])) return text('utf-16be', 2, 'UTF-16BE byte-order mark');
  return looksLikeText(head) ? text('utf-8', 0, 'text') : other('binary', 'binary content (control bytes)');
}

/** UTF-8 text has no NUL bytes and few control characters. */
function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.byteLength, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n < 0.01;
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.byteLength; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Decodes a prefix of a text file. `complete` says whether the prefix is the whole file: if not, a
 * multi-byte character cut at the end is dropped instead of being reported as invalid.
 * Throws on invalid UTF-8 (the caller turns that into an `unreadable` finding).
 */
export function decodeText(bytes: Uint8Array, sniffed: Sniffed, complete: boolean): string {
  const decoder = new TextDecoder(sniffed.encoding, { fatal: true, ignoreBOM: true });
  return decoder.decode(bytes.subarray(sniffed.bomLength), { stream: !complete });
}
