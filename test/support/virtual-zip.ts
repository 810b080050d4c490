import { crc32, deflateRawSync } from 'node:zlib';
import type { ByteSource } from '../../functions/core/bytes/byte-source.js';

export interface VirtualEntry {
  name: string;
  /** Real content, stored deflated (or as is with `stored`). */
  data?: Buffer;
  stored?: boolean;
  /** Or a stored entry of this many zero bytes that is never materialised. */
  zeros?: number;
}

interface Region {
  start: number;
  bytes?: Buffer;
  zeros?: number;
}

/**
 * A zip archive of any size as a ByteSource, without writing it anywhere: real entries are deflated
 * in memory, huge entries are virtual runs of zeros. Lets tests classify a 1 GiB .docx in
 * milliseconds and count exactly which bytes the classifier asked for.
 */
export class VirtualZip implements ByteSource {
  private readonly regions: Region[] = [];
  readonly size: number;
  readonly reads: { offset: number; length: number }[] = [];

  constructor(entries: readonly VirtualEntry[]) {
    let offset = 0;
    const central: Buffer[] = [];
    const push = (region: Omit<Region, 'start'>, length: number): void => {
      this.regions.push({ start: offset, ...region });
      offset += length;
    };
    for (const e of entries) {
      const name = Buffer.from(e.name);
      const stored = e.zeros !== undefined || e.stored === true;
      const usize = e.zeros ?? e.data!.length;
      const payload = e.zeros !== undefined ? undefined : e.stored ? e.data! : deflateRawSync(e.data!);
      const csize = payload?.length ?? usize;
      const crc = e.zeros !== undefined ? crcOfZeros(usize) : crc32(e.data!);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(stored ? 0 : 8, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(csize, 18);
      local.writeUInt32LE(usize, 22);
      local.writeUInt16LE(name.length, 26);
      const headerOffset = offset;
      push({ bytes: Buffer.concat([local, name]) }, 30 + name.length);
      if (payload) push({ bytes: payload }, csize);
      else push({ zeros: usize }, usize);
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(0x02014b50, 0);
      cd.writeUInt16LE(20, 4);
      cd.writeUInt16LE(20, 6);
      cd.writeUInt16LE(stored ? 0 : 8, 10);
      cd.writeUInt32LE(crc, 16);
      cd.writeUInt32LE(csize, 20);
      cd.writeUInt32LE(usize, 24);
      cd.writeUInt16LE(name.length, 28);
      cd.writeUInt32LE(headerOffset, 42);
      central.push(cd, name);
    }
    const cdBytes = Buffer.concat(central);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(entries.length, 8);
    eocd.writeUInt16LE(entries.length, 10);
    eocd.writeUInt32LE(cdBytes.length, 12);
    eocd.writeUInt32LE(offset, 16);
    push({ bytes: Buffer.concat([cdBytes, eocd]) }, cdBytes.length + 22);
    this.size = offset;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    this.reads.push({ offset, length });
    const end = Math.min(this.size, offset + length);
    const out = Buffer.alloc(Math.max(0, end - offset));
    // Regions are in offset order: binary-search the first one that ends after `offset`.
    let lo = 0;
    let hi = this.regions.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.regions[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < this.regions.length; i++) {
      const r = this.regions[i]!;
      if (r.start >= end) break;
      const rEnd = r.start + (r.bytes?.length ?? r.zeros ?? 0);
      const from = Math.max(offset, r.start);
      const to = Math.min(end, rEnd);
      if (from >= to || !r.bytes) continue;
      r.bytes.copy(out, from - offset, from - r.start, to - r.start);
    }
    return out;
  }
}

function crcOfZeros(n: number): number {
  const block = Buffer.alloc(Math.min(n, 16 * 1024 * 1024));
  let crc = 0;
  for (let left = n; left > 0; left -= block.length) crc = crc32(block.subarray(0, Math.min(block.length, left)), crc);
  return crc;
}
