import { TextDecoder } from 'node:util';
import { hostile, unreadable } from '../classify/errors.js';

/** Refuses a document larger than `maxBytes` before any parsing. */
export function checkSize(bytes: Uint8Array, maxBytes: number, what = 'OSCAL document'): void {
  if (bytes.byteLength > maxBytes) {
    const size = (n: number): string => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`);
    throw hostile(`${what} is ${size(bytes.byteLength)}; the limit is ${size(maxBytes)}`);
  }
}

/** The encoding named by a byte-order mark, or undefined. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The `encoding` of an XML declaration (`<?xml version="1.0" encoding="…"?>`), read as ASCII. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  if (!head.startsWith('<?xml')) return undefined;
  return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

function decoderFor(bytes: Uint8Array, xml: boolean, label: string): TextDecoder {
  const encoding = bomEncoding(bytes) ?? (xml ? xmlDeclaredEncoding(bytes) : undefined) ?? 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw unreadable(`${label}: unsupported character encoding "${encoding}"`);
  }
}

/** The whole document as text (BOM removed); invalid byte sequences are an `unreadable` error. */
export function decodeText(bytes: Uint8Array, label: string): string {
  try {
    return decoderFor(bytes, false, label).decode(bytes);
  } catch (err) {
    if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
    throw unreadable(`${label}: not valid UTF-8 / UTF-16 text`);
  }
}

/**
 * An XML document as text chunks of about `chunkBytes`, decoded in the encoding its BOM or XML
 * declaration names, so a large document is never one giant string. With `maxBytes`, only that
 * prefix is decoded (a character cut at its end is simply left out).
 */
export function* decodeXmlChunks(bytes: Uint8Array, maxBytes = Infinity, chunkBytes = 1 << 20): Generator<string> {
  const decoder = decoderFor(bytes, true, 'XML');
  const total = Math.min(bytes.byteLength, maxBytes);
  try {
    for (let offset = 0; offset < total; offset += chunkBytes) {
      const end = Math.min(total, offset + chunkBytes);
      yield decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.byteLength });
    }
  } catch (err) {
    if (err instanceof TypeError) throw unreadable(`XML: invalid byte sequence for its character encoding`);
    throw err;
  }
}
