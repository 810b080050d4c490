import type { ByteSource } from '../../bytes/byte-source.js';
import { inflateCapped } from '../../bytes/inflate.js';
import { unreadable } from '../../classify/errors.js';
import type { ZipArchive } from '../../classify/extract/zip-archive.js';
import { DOCUMENT_LIMITS } from './limits.js';

export interface WholePart {
  text: string;
  /** True when the part was cut at the cap (or damaged) and only its start was decoded. */
  truncated: boolean;
  note?: string;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Reads parts of a zip archive opened with ZipArchive (whose central directory listing and zip-bomb
 * checks it relies on) with validation-sized caps: ZipArchive.readText keeps to the classifier's small
 * budget, a System Security Plan's body is often tens of megabytes. Each part is decompressed up to a
 * cap, and all parts together up to DOCUMENT_LIMITS.maxInflatedBytes.
 */
export class ZipPartReader {
  private inflated = 0;

  constructor(
    private readonly source: ByteSource,
    private readonly zip: ZipArchive,
  ) {}

  has(name: string): boolean {
    return this.zip.has(name);
  }

  get names(): string[] {
    return [...this.zip.entries.keys()];
  }

  async read(name: string, cap: number): Promise<WholePart | undefined> {
    const entry = this.zip.entries.get(name);
    if (!entry) return undefined;
    if (entry.isEncrypted()) throw unreadable(`zip entry '${name}' is encrypted`);
    const allowed = Math.min(cap, DOCUMENT_LIMITS.maxInflatedBytes - this.inflated);
    if (allowed <= 0) return { text: '', truncated: true, note: `${name} not read: decompression budget spent` };

    const header = await this.source.read(entry.relativeOffsetOfLocalHeader, 30);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.byteLength < 30 || view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) {
      throw unreadable(`zip entry '${name}': local header not found where the central directory says`);
    }
    const dataStart = entry.relativeOffsetOfLocalHeader + 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const compressedLength = Math.min(entry.compressedSize, DOCUMENT_LIMITS.maxCompressedPartBytes);
    const data = await this.source.read(dataStart, compressedLength);
    const cutShort = data.byteLength < entry.compressedSize;

    let bytes: Uint8Array;
    let truncated = cutShort;
    let note: string | undefined;
    if (entry.compressionMethod === STORED) {
      bytes = data.subarray(0, allowed);
      truncated ||= data.byteLength > allowed;
    } else if (entry.compressionMethod === DEFLATED) {
      const result = await inflateCapped(data, { cap: allowed, raw: true });
      if (result.error !== undefined && result.bytes.byteLength === 0) {
        throw unreadable(`zip entry '${name}' is damaged (${result.error})`);
      }
      bytes = result.bytes;
      truncated ||= result.truncated || result.error !== undefined;
      if (result.error !== undefined) note = `${name} is damaged after ${result.bytes.byteLength} bytes (${result.error})`;
    } else {
      throw unreadable(`zip entry '${name}' uses unsupported compression method ${entry.compressionMethod}`);
    }
    this.inflated += bytes.byteLength;
    if (truncated && !note) note = `${name}: only the first ${mib(bytes.byteLength)} of ${mib(entry.uncompressedSize)} were read`;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes, { stream: truncated });
    return note === undefined ? { text, truncated } : { text, truncated, note };
  }
}

const mib = (n: number): string => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);
