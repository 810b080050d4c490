/**
 * Large deliverables for the classification benchmark, written to disk without ever holding them in
 * memory: a real document from test/fixtures with one huge part added in the middle.
 *
 * - docx / xlsx: the fixture's zip entries copied as they are (compressed bytes, CRCs), plus a stored
 *   media entry of zeros written as a sparse hole (no bytes written, nothing in memory).
 * - PDF: the fixture's pages around a large image XObject (zeros, sparse) placed between the first page
 *   and the rest, with the cross-reference table and startxref shifted to match.
 * - OSCAL JSON: FedRAMP's SSP template whose components array is repeated (fresh UUIDs per copy),
 *   streamed to the file in 4 MiB chunks.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import yauzl from 'yauzl';

const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

interface RawEntry {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Compressed bytes as stored in the fixture; absent for the zero-filled entry. */
  data?: Buffer;
}

/** Every entry of a (small) zip file with its stored bytes, read through yauzl's central directory. */
async function rawEntries(path: string): Promise<RawEntry[]> {
  const bytes = await readFile(path);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const entries: RawEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      const at = e.relativeOffsetOfLocalHeader;
      const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      entries.push({
        name: Buffer.from(e.fileName),
        flags: (e.generalPurposeBitFlag & ~0x8) | 0x800, // sizes in the local header, names in UTF-8
        method: e.compressionMethod,
        time: e.lastModFileTime,
        date: e.lastModFileDate,
        crc: e.crc32,
        compressedSize: e.compressedSize,
        size: e.uncompressedSize,
        data: bytes.subarray(dataStart, dataStart + e.compressedSize),
      });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

function crcOfZeros(n: number): number {
  const block = Buffer.alloc(Math.min(n, 16 * 1024 * 1024));
  let crc = 0;
  for (let left = n; left > 0; left -= block.length) crc = crc32(block.subarray(0, Math.min(block.length, left)), crc);
  return crc;
}

function localHeader(e: RawEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(e.time, 10);
  h.writeUInt16LE(e.date, 12);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.compressedSize, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: RawEntry, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.flags, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(e.time, 12);
  h.writeUInt16LE(e.date, 14);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressedSize, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, e.name]);
}

async function writeAt(handle: FileHandle, data: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) done += (await handle.write(data, done, data.length - done, position + done)).bytesWritten;
}

/**
 * The fixture archive with a stored entry of zeros named `bigName` inserted halfway through its
 * entries, sized so that the whole file is `targetBytes` long. The zeros are a sparse hole.
 */
export async function writeBigZip(fixture: string, bigName: string, targetBytes: number, out: string): Promise<number> {
  const entries = await rawEntries(fixture);
  const big: RawEntry = { name: Buffer.from(bigName), flags: 0x800, method: 0, time: 0, date: 0x21, crc: 0, compressedSize: 0, size: 0 };
  const fixed =
    entries.reduce((n, e) => n + 30 + e.name.length + e.compressedSize + 46 + e.name.length, 0) + 30 + big.name.length + 46 + big.name.length + 22;
  const bigSize = targetBytes - fixed;
  if (bigSize <= 0 || targetBytes >= 2 ** 32) throw new Error(`cannot make a ${targetBytes}-byte zip from ${fixture}`);
  big.size = big.compressedSize = bigSize;
  big.crc = crcOfZeros(bigSize);
  const ordered = [...entries.slice(0, Math.ceil(entries.length / 2)), big, ...entries.slice(Math.ceil(entries.length / 2))];

  const handle = await open(out, 'w');
  try {
    let offset = 0;
    const central: Buffer[] = [];
    for (const e of ordered) {
      central.push(centralHeader(e, offset));
      const header = localHeader(e);
      await writeAt(handle, header, offset);
      offset += header.length;
      if (e.data) await writeAt(handle, e.data, offset);
      offset += e.compressedSize; // the zero entry: skipped over, a hole
    }
    const cd = Buffer.concat(central);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(ordered.length, 8);
    eocd.writeUInt16LE(ordered.length, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(offset, 16);
    await writeAt(handle, Buffer.concat([cd, eocd]), offset);
    return offset + cd.length + eocd.length;
  } finally {
    await handle.close();
  }
}

const PLACEHOLDER = Buffer.from('%%BENCH-PLACEHOLDER-STREAM%%');

/**
 * The fixture PDF's pages with a large image XObject (zeros) between the first page and the others,
 * the whole file `targetBytes` long. Classic cross-reference table (no object streams) so its offsets
 * can be shifted past the inserted bytes.
 */
export async function writeBigPdf(fixture: string, targetBytes: number, out: string): Promise<number> {
  const source = await PDFDocument.load(await readFile(fixture));
  const doc = await PDFDocument.create();
  const title = source.getTitle();
  if (title) doc.setTitle(title);
  const [first, ...rest] = await doc.copyPages(source, source.getPageIndices());
  doc.addPage(first!);
  // Registered after the first page's objects and before the others': it lands in the middle of the file.
  const image = doc.context.register(
    doc.context.stream(PLACEHOLDER, { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }),
  );
  first!.node.setXObject(PDFName.of('BenchIm1'), image);
  for (const p of rest) doc.addPage(p);
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));

  const at = bytes.indexOf(PLACEHOLDER);
  const objStart = bytes.lastIndexOf(Buffer.from(' obj'), at);
  const dictText = bytes.subarray(objStart, at).toString('latin1');
  const lengthMatch = /\/Length (\d+)/.exec(dictText);
  if (at < 0 || !lengthMatch) throw new Error('placeholder stream not found in the generated PDF');
  const afterData = at + PLACEHOLDER.length;

  const lengthAt = objStart + lengthMatch.index;
  const xrefAt = bytes.lastIndexOf(Buffer.from('\nxref')) - afterData;
  const tailText = bytes.subarray(afterData).toString('latin1');
  const layout = (bigSize: number): { head: Buffer; tail: Buffer } => {
    const head = Buffer.concat([bytes.subarray(0, lengthAt), Buffer.from(`/Length ${bigSize}`, 'latin1'), bytes.subarray(lengthAt + lengthMatch[0].length, at)]);
    const delta = head.length + bigSize - afterData;
    // Every cross-reference entry and startxref that point past the inserted bytes move by delta.
    const tail =
      tailText.slice(0, xrefAt) +
      tailText
        .slice(xrefAt)
        .replace(/^(\d{10}) (\d{5}) n/gm, (m, off: string, gen: string) => (Number(off) > at ? `${String(Number(off) + delta).padStart(10, '0')} ${gen} n` : m))
        .replace(/startxref(\s+)(\d+)/, (_m, space: string, off: string) => `startxref${space}${Number(off) + delta}`);
    return { head, tail: Buffer.from(tail, 'latin1') };
  };
  // The digits of /Length and startxref grow with the stream: settle the size in a few rounds.
  let bigSize = targetBytes - bytes.length;
  let parts = layout(bigSize);
  for (let i = 0; i < 5 && parts.head.length + bigSize + parts.tail.length !== targetBytes; i++) {
    bigSize += targetBytes - (parts.head.length + bigSize + parts.tail.length);
    parts = layout(bigSize);
  }
  const { head, tail: tailBytes } = parts;
  if (bigSize <= 0) throw new Error(`cannot make a ${targetBytes}-byte PDF from ${fixture}`);

  const handle = await open(out, 'w');
  try {
    await writeAt(handle, head, 0);
    await writeAt(handle, tailBytes, head.length + bigSize); // the stream data between: a hole of zeros
    return head.length + bigSize + tailBytes.length;
  } finally {
    await handle.close();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * FedRAMP's OSCAL SSP template (JSON) grown to about `targetBytes` by repeating its components with
 * fresh UUIDs, streamed: at most a few MiB in memory whatever the size.
 */
export async function writeBigOscalJson(targetBytes: number, out: string): Promise<number> {
  const template = JSON.parse(await readFile(join(FIXTURES, 'oscal', 'FedRAMP-SSP-OSCAL-Template.json'), 'utf8'));
  const implementation = template['system-security-plan']['system-implementation'];
  const components = implementation.components as unknown[];
  implementation.components = ['__BENCH_COMPONENTS__'];
  const [head, tail] = JSON.stringify(template, null, 2).split('"__BENCH_COMPONENTS__"') as [string, string];
  const copies = components.map((c) => JSON.stringify(c, null, 2));

  const stream = createWriteStream(out);
  let written = 0;
  let chunk: string[] = [];
  let chunkBytes = 0;
  const push = async (text: string): Promise<void> => {
    chunk.push(text);
    chunkBytes += text.length; // ASCII-only templates: characters are bytes
    if (chunkBytes < 4 * 1024 * 1024) return;
    await flush();
  };
  const flush = async (): Promise<void> => {
    const data = Buffer.from(chunk.join(''), 'utf8');
    written += data.length;
    chunk = [];
    chunkBytes = 0;
    if (!stream.write(data)) await once(stream, 'drain');
  };
  await push(head);
  let first = true;
  for (let round = 0; written + chunkBytes + tail.length < targetBytes || round === 0; round++) {
    for (const c of copies) {
      const map = new Map<string, string>();
      const text = round === 0 ? c : c.replace(UUID, (u) => map.get(u) ?? (map.set(u, randomUUID()), map.get(u)!));
      await push(first ? text : `,\n${text}`);
      first = false;
      if (written + chunkBytes + tail.length >= targetBytes) break;
    }
  }
  await push(tail);
  await flush();
  stream.end();
  await once(stream, 'finish');
  return written;
}
