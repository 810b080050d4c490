/**
 * Hostile and broken files for the classifier's tests: zip bombs (deep, flat, overlapping, lying,
 * nested), truncated archives, XML entity attacks, nesting bombs in XML/JSON/YAML, PDF bombs and
 * broken PDFs, and degenerate files (empty, one byte, random, NUL, one huge line, bad UTF-16).
 *
 * Generation is fast and bounded in memory: large files are streamed to disk, and compressed bombs are
 * assembled from a deflate "kernel" compressed once (a sync-flushed block that decodes to 1 MiB of one
 * byte, repeated), so a 1 GiB stream costs two 1 MiB deflate calls. Everything is deterministic.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import yazl from 'yazl';

export interface HostileCase {
  name: string;
  /** File name inside the generation directory. */
  file: string;
  /** hostile = an attack; unreadable = broken or truncated; empty = no content. */
  kind: 'hostile' | 'unreadable' | 'empty';
  why: string;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** Fixed timestamp so that generated archives are byte-for-byte reproducible. */
const MTIME = new Date(Date.UTC(2024, 0, 1));

// ---------------------------------------------------------------------------------------------
// Checksums
// ---------------------------------------------------------------------------------------------

function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]!);
}

/** CRC-32 of A‖B from crc(A), crc(B) and |B| (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcB >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let crc = crcA >>> 0;
  let len = lengthB;
  for (;;) {
    gf2Square(even, odd);
    if (len % 2 === 1) crc = gf2Times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    gf2Square(odd, even);
    if (len % 2 === 1) crc = gf2Times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crcB) >>> 0;
}

/** CRC-32 of `count` copies of a block whose CRC is `crc` and length `length`. */
function crc32Repeat(crc: number, length: number, count: number): number {
  let acc = 0;
  let pow = crc;
  let powLength = length;
  for (let n = count; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) acc = crc32Combine(acc, pow, powLength);
    pow = crc32Combine(pow, pow, powLength);
    powLength *= 2;
  }
  return acc;
}

/** Adler-32 of `count` copies of `byte`, in closed form. */
function adler32Repeat(byte: number, count: number): number {
  const BASE = 65521n;
  const n = BigInt(count);
  const v = BigInt(byte);
  const a = (1n + n * v) % BASE;
  const b = (n + (v * n * (n + 1n)) / 2n) % BASE;
  return Number((b << 16n) | a);
}

// ---------------------------------------------------------------------------------------------
// Deflate kernels
// ---------------------------------------------------------------------------------------------

/** A final, empty fixed-Huffman block: ends a deflate stream after sync-flushed blocks. */
const DEFLATE_END = Buffer.from([0x03, 0x00]);

interface Kernel {
  /** Raw deflate stream (final block included). */
  raw: Buffer;
  /** Inflated size and CRC-32. */
  size: number;
  crc: number;
}

/**
 * A raw deflate stream that inflates to `mebibytes` MiB of `byte`. The first MiB is compressed on its
 * own; every further MiB is the same sync-flushed block compressed against a window of `byte`s, so
 * it can be repeated. Costs two 1 MiB deflate calls whatever the size.
 */
function repeatedByteDeflate(byte: number, mebibytes: number): Kernel {
  const chunk = Buffer.alloc(MiB, byte);
  const flush = { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH };
  const first = deflateRawSync(chunk, flush);
  const next = deflateRawSync(chunk, { ...flush, dictionary: chunk.subarray(MiB - 32 * KiB) });
  const parts: Buffer[] = [first];
  for (let i = 1; i < mebibytes; i++) parts.push(next);
  parts.push(DEFLATE_END);
  return { raw: Buffer.concat(parts), size: mebibytes * MiB, crc: crc32Repeat(crc32(chunk), MiB, mebibytes) };
}

/** The same data wrapped as a zlib stream (as PDF /FlateDecode wants). */
function repeatedByteZlib(byte: number, mebibytes: number): Buffer {
  const { raw } = repeatedByteDeflate(byte, mebibytes);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32Repeat(byte, mebibytes * MiB));
  return Buffer.concat([Buffer.from([0x78, 0xda]), raw, adler]);
}

// ---------------------------------------------------------------------------------------------
// Byte streams
// ---------------------------------------------------------------------------------------------

/** `total` copies of `byte`, in 1 MiB chunks sharing one buffer. */
function* fill(byte: number, total: number): Generator<Buffer> {
  const chunk = Buffer.alloc(Math.min(MiB, Math.max(total, 0)), byte);
  for (let left = total; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

/** Deterministic pseudo-random bytes: the AES-128-CTR keystream under a key derived from `seed`. */
function prngBytes(seed: string, total: number): Buffer {
  const digest = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-128-ctr', digest.subarray(0, 16), digest.subarray(16, 32));
  return cipher.update(Buffer.alloc(total));
}

function* prngStream(seed: string, total: number): Generator<Buffer> {
  const digest = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-128-ctr', digest.subarray(0, 16), digest.subarray(16, 32));
  const zeros = Buffer.alloc(MiB);
  for (let left = total; left > 0; left -= MiB) yield cipher.update(zeros.subarray(0, Math.min(MiB, left)));
}

async function writeStreamed(path: string, ...parts: Array<Iterable<Buffer> | Buffer | string>): Promise<void> {
  function* all(): Generator<Buffer> {
    for (const part of parts) {
      if (typeof part === 'string') yield Buffer.from(part, 'utf8');
      else if (Buffer.isBuffer(part)) yield part;
      else yield* part;
    }
  }
  await pipeline(Readable.from(all()), createWriteStream(path));
}

// ---------------------------------------------------------------------------------------------
// Zip: a low-level writer for archives that yazl would refuse to write
// ---------------------------------------------------------------------------------------------

const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAMES = 0x0800;

interface RawZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The entry's bytes as stored (compressed for method 8). */
  data: Buffer;
}

function stored(name: string, content: Buffer | string): RawZipEntry {
  const data = Buffer.from(content);
  return { name, method: 0, crc: crc32(data), compressedSize: data.length, uncompressedSize: data.length, data };
}

function deflated(name: string, content: Buffer | string): RawZipEntry {
  const plain = Buffer.from(content);
  const data = deflateRawSync(plain, { level: 9 });
  return { name, method: 8, crc: crc32(plain), compressedSize: data.length, uncompressedSize: plain.length, data };
}

function localHeader(e: Omit<RawZipEntry, 'data'>): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.compressedSize, 18);
  h.writeUInt32LE(e.uncompressedSize, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(e: Omit<RawZipEntry, 'data'>, localOffset: number): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressedSize, 20);
  h.writeUInt32LE(e.uncompressedSize, 24);
  h.writeUInt16LE(name.length, 28);
  // extra length, comment length, disk number, internal and external attributes: all zero
  h.writeUInt32LE(localOffset, 42);
  return Buffer.concat([h, name]);
}

function endOfCentralDirectory(count: number, cdSize: number, cdOffset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(0x06054b50, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(cdSize, 12);
  h.writeUInt32LE(cdOffset, 16);
  return h;
}

/** A zip of `entries`, each written once (no overlap). */
function buildZip(entries: RawZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const lfh = localHeader(e);
    central.push(centralHeader(e, offset));
    parts.push(lfh, e.data);
    offset += lfh.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  return Buffer.concat([...parts, cd, endOfCentralDirectory(entries.length, cd.length, offset)]);
}

async function yazlToBuffer(entries: Array<[string, Buffer | string]>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.from(content), name, { mtime: MTIME, compressionLevel: 9 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// Office Open XML skeletons
// ---------------------------------------------------------------------------------------------

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

function contentTypes(overrides: Array<[string, string]>): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

function relationships(rels: Array<[string, string]>): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${REL_NS}">` +
    rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

const DOCX_CONTENT_TYPES = contentTypes([
  ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
  ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
]);

const DOCX_RELS = relationships([
  [OFFICE_DOC_REL, 'word/document.xml'],
  ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
]);

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const paragraph = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;

const documentXml = (body: string): string => `${XML_DECL}<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;

const coreXml = (title: string): string =>
  XML_DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  `<dc:title>${xmlEscape(title)}</dc:title></cp:coreProperties>`;

const CONTROLS = [
  'AC-1', 'AC-2', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AC-7', 'AC-8', 'AC-11', 'AC-12', 'AC-14', 'AC-17',
  'AU-1', 'AU-2', 'AU-3', 'AU-4', 'AU-5', 'AU-6', 'AU-8', 'AU-9', 'AU-11', 'AU-12', 'CA-1', 'CA-2',
  'CM-1', 'CM-2', 'CM-6', 'CM-7', 'CM-8', 'IA-1', 'IA-2', 'IA-5', 'IR-1', 'IR-4', 'RA-5', 'SC-7',
  'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4',
];

/** A small, valid SSP-like docx body: a title, headings and one paragraph per control. */
function sspDocxBody(): string {
  const parts = [
    paragraph('System Security Plan', 'Title'),
    paragraph('Example Cloud Service (ECS) — FedRAMP Moderate'),
    paragraph('1 Information System Name/Title', 'Heading1'),
    paragraph('The Example Cloud Service is a multi-tenant software-as-a-service offering hosted in a FedRAMP-authorized IaaS.'),
    paragraph('13 Minimum Security Controls', 'Heading1'),
  ];
  for (const [i, id] of CONTROLS.entries()) {
    parts.push(paragraph(`${id} Control Implementation Summary`, 'Heading2'));
    parts.push(
      paragraph(
        `Part ${String.fromCharCode(97 + (i % 4))}: The ECS security team implements ${id} by documenting the ` +
          `procedure in the ECS operations handbook (revision ${(i % 7) + 1}), reviewing it every ${(i % 3) + 1} ` +
          `year(s), and recording evidence #${1000 + i * 37} in the compliance tracker.`,
      ),
    );
  }
  return parts.join('');
}

function docxParts(body: string, title: string): Array<[string, string]> {
  return [
    ['[Content_Types].xml', DOCX_CONTENT_TYPES],
    ['_rels/.rels', DOCX_RELS],
    ['word/document.xml', documentXml(body)],
    ['docProps/core.xml', coreXml(title)],
  ];
}

/** [Content_Types].xml, the package and workbook relationships and a workbook listing `sheets` sheets. */
function xlsxSkeleton(sheets: number): Array<[string, string]> {
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const overrides: Array<[string, string]> = [['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml']];
  const rels: Array<[string, string]> = [];
  const list: string[] = [];
  for (let n = 1; n <= sheets; n++) {
    overrides.push([`/xl/worksheets/sheet${n}.xml`, sheetType]);
    rels.push(['http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet', `worksheets/sheet${n}.xml`]);
    list.push(`<sheet name="POA&amp;M ${n}" sheetId="${n}" r:id="rId${n}"/>`);
  }
  return [
    ['[Content_Types].xml', contentTypes(overrides)],
    ['_rels/.rels', relationships([[OFFICE_DOC_REL, 'xl/workbook.xml']])],
    ['xl/workbook.xml', `${XML_DECL}<workbook xmlns="${S_NS}" xmlns:r="${R_NS}"><sheets>${list.join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', relationships(rels)],
  ];
}

// ---------------------------------------------------------------------------------------------
// Zip bombs
// ---------------------------------------------------------------------------------------------

const DOCX_BOMB_SIZE = 2 * GiB;

/**
 * A docx whose word/document.xml is 2 GiB (an XML start, then one repeated byte). The entry is built
 * from a deflate kernel, not by compressing 2 GiB: the first MiB (XML start + padding) is compressed
 * once, then one sync-flushed MiB of the byte is repeated. The CRC is combined arithmetically.
 */
function writeDocxBomb(): Buffer {
  const head = Buffer.from(`${XML_DECL}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`);
  const first = Buffer.concat([head, Buffer.alloc(MiB - head.length, 0x41)]);
  const chunk = Buffer.alloc(MiB, 0x41);
  const flush = { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH };
  const firstRaw = deflateRawSync(first, flush);
  const nextRaw = deflateRawSync(chunk, { ...flush, dictionary: chunk.subarray(MiB - 32 * KiB) });
  const count = DOCX_BOMB_SIZE / MiB;
  const data = Buffer.concat([firstRaw, ...Array.from({ length: count - 1 }, () => nextRaw), DEFLATE_END]);
  const crc = crc32Combine(crc32(first), crc32Repeat(crc32(chunk), MiB, count - 1), (count - 1) * MiB);
  const parts = docxParts('', 'System Security Plan')
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, xml]) => deflated(name, xml));
  parts.push({ name: 'word/document.xml', method: 8, crc, compressedSize: data.length, uncompressedSize: DOCX_BOMB_SIZE, data });
  return buildZip(parts);
}

/** An xlsx with 2048 worksheets of 1 MiB each, each compressed ~900:1 (one compressed sheet, reused). */
function flatBomb(): Buffer {
  const SHEETS = 2048;
  const sheet = Buffer.alloc(MiB, 0x20);
  const open = `${XML_DECL}<worksheet xmlns="${S_NS}"><sheetData>`;
  const close = '</sheetData></worksheet>';
  sheet.write(open, 0);
  sheet.write(close, MiB - close.length);
  const kernel = deflated('kernel', sheet);
  const entries = xlsxSkeleton(SHEETS).map(([name, xml]) => deflated(name, xml));
  for (let n = 1; n <= SHEETS; n++) entries.push({ ...kernel, name: `xl/worksheets/sheet${n}.xml` });
  return buildZip(entries);
}

/** A deflate stored-block header (not final) quoting the next `length` bytes verbatim. */
function quoteHeader(length: number): Buffer {
  const h = Buffer.alloc(5);
  h.writeUInt8(0x00, 0);
  h.writeUInt16LE(length, 1);
  h.writeUInt16LE(~length & 0xffff, 3);
  return h;
}

/**
 * David Fifield's overlapping-files zip bomb ("A better zip bomb", 2019), with quoted local headers:
 * 128 worksheets whose compressed data all end in the same kernel (32 MiB of spaces). Worksheet n's
 * data is a stored block quoting worksheet n-1's local file header, followed by worksheet n-1's data,
 * so every entry is a valid deflate stream with a correct CRC, yet the kernel is stored once.
 */
function overlapBomb(): Buffer {
  const FILES = 128;
  const kernel = repeatedByteDeflate(0x20, 32);
  interface Link {
    header: Omit<RawZipEntry, 'data'>;
    lfh: Buffer;
  }
  const links: Link[] = [];
  let crc = kernel.crc;
  let compressedSize = kernel.raw.length;
  let uncompressedSize = kernel.size;
  for (let i = 0; i < FILES; i++) {
    const prev = links[i - 1];
    if (prev) {
      crc = crc32Combine(crc32(prev.lfh), crc, uncompressedSize);
      compressedSize += 5 + prev.lfh.length;
      uncompressedSize += prev.lfh.length;
    }
    const header = { name: `xl/worksheets/sheet${i + 1}.xml`, method: 8 as const, crc, compressedSize, uncompressedSize };
    links.push({ header, lfh: localHeader(header) });
  }

  const skeleton = xlsxSkeleton(FILES).map(([name, xml]) => deflated(name, xml));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of skeleton) {
    const lfh = localHeader(e);
    central.push(centralHeader(e, offset));
    parts.push(lfh, e.data);
    offset += lfh.length + e.data.length;
  }
  const offsets: number[] = new Array<number>(FILES).fill(0);
  for (let i = FILES - 1; i >= 0; i--) {
    const link = links[i]!;
    offsets[i] = offset;
    parts.push(link.lfh);
    offset += link.lfh.length;
    const inner = links[i - 1];
    if (inner) {
      parts.push(quoteHeader(inner.lfh.length));
      offset += 5;
    }
  }
  parts.push(kernel.raw);
  offset += kernel.raw.length;
  for (const [i, link] of links.entries()) central.push(centralHeader(link.header, offsets[i]!));
  const cd = Buffer.concat(central);
  return Buffer.concat([...parts, cd, endOfCentralDirectory(skeleton.length + FILES, cd.length, offset)]);
}

/** A docx whose word/document.xml declares 100 bytes (central directory and local header) but inflates to 10 MiB. */
function lyingSizeDocx(): Buffer {
  const head = `${XML_DECL}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`;
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const real = Buffer.alloc(10 * MiB, 0x41);
  real.write(head, 0);
  real.write(tail, real.length - tail.length);
  const entries = docxParts('', 'System Security Plan').map(([name, xml]) => deflated(name, xml));
  const doc = entries.findIndex((e) => e.name === 'word/document.xml');
  entries[doc] = { ...deflated('word/document.xml', real), uncompressedSize: 100 };
  return buildZip(entries);
}

/**
 * 42.zip-style nesting, two levels, dressed as a docx with embedded workbooks: the outer docx holds 16
 * embedded .xlsx packages, each holding 16 worksheets of 1 GiB (256 GiB at the bottom).
 */
function nestedBomb(): Buffer {
  const INNER = 16;
  const SHEETS = 16;
  const leaf = repeatedByteDeflate(0x20, 1024);
  const innerEntries = xlsxSkeleton(SHEETS).map(([name, xml]) => deflated(name, xml));
  for (let n = 1; n <= SHEETS; n++) {
    innerEntries.push({ name: `xl/worksheets/sheet${n}.xml`, method: 8, crc: leaf.crc, compressedSize: leaf.raw.length, uncompressedSize: leaf.size, data: leaf.raw });
  }
  const inner = deflated('inner', buildZip(innerEntries));
  const body = paragraph('System Security Plan', 'Title') + paragraph('Appendix J: embedded inventory workbooks.');
  const outer = docxParts(body, 'System Security Plan').map(([name, xml]) => deflated(name, xml));
  for (let n = 1; n <= INNER; n++) outer.push({ ...inner, name: `word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx` });
  return buildZip(outer);
}

// ---------------------------------------------------------------------------------------------
// Broken archives
// ---------------------------------------------------------------------------------------------

const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

async function validSspDocx(): Promise<Buffer> {
  return yazlToBuffer(docxParts(sspDocxBody(), 'Example Cloud Service System Security Plan'));
}

function withoutEocd(zip: Buffer): Buffer {
  return zip.subarray(0, zip.lastIndexOf(EOCD_SIGNATURE));
}

/** The end-of-central-directory record now says the central directory starts 2 GiB into the file. */
function withBadCdOffset(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  out.writeUInt32LE(0x7fff0000, out.lastIndexOf(EOCD_SIGNATURE) + 16);
  return out;
}

// ---------------------------------------------------------------------------------------------
// XML
// ---------------------------------------------------------------------------------------------

const OSCAL_NS = 'http://csrc.nist.gov/ns/oscal/1.0';
const XML_START = '<?xml version="1.0" encoding="UTF-8"?>\n';

function uuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The opening of an OSCAL SSP in XML, up to inside <system-characteristics>. */
function oscalSspXmlHead(title: string): string {
  return (
    `<system-security-plan xmlns="${OSCAL_NS}" uuid="${uuid('ssp')}">\n` +
    '  <metadata>\n' +
    `    <title>${title}</title>\n` +
    '    <last-modified>2024-01-01T00:00:00Z</last-modified>\n' +
    '    <version>1.0</version>\n' +
    '    <oscal-version>1.1.2</oscal-version>\n' +
    '  </metadata>\n' +
    '  <import-profile href="https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/xml/FedRAMP_rev5_MODERATE-baseline_profile.xml"/>\n' +
    '  <system-characteristics>\n' +
    '    <system-id identifier-type="https://fedramp.gov">F00000000</system-id>\n' +
    '    <system-name>Example Cloud Service</system-name>\n' +
    '    <description><p>A multi-tenant software-as-a-service offering.</p></description>\n'
  );
}

const OSCAL_SSP_TAIL =
  '    <security-sensitivity-level>fips-199-moderate</security-sensitivity-level>\n' +
  '  </system-characteristics>\n' +
  '</system-security-plan>\n';

function billionLaughsDtd(root: string): string {
  const lines = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE ${root} [\n  ${lines.join('\n  ')}\n]>\n`;
}

const BILLION_LAUGHS_XML = `${XML_START}${billionLaughsDtd('lolz')}<lolz>&lol9;</lolz>\n`;

const xxe = (url: string): string =>
  `${XML_START}<!DOCTYPE system-security-plan [\n  <!ENTITY xxe SYSTEM "${url}">\n]>\n` +
  oscalSspXmlHead('&xxe;') +
  OSCAL_SSP_TAIL;

const PARAMETER_ENTITY_XML =
  XML_START +
  '<!DOCTYPE system-security-plan SYSTEM "http://127.0.0.1:1/oscal.dtd" [\n' +
  '  <!ENTITY % file SYSTEM "file:///etc/hostname">\n' +
  '  <!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd">\n' +
  '  %remote;\n' +
  ']>\n' +
  oscalSspXmlHead('System Security Plan &send;') +
  OSCAL_SSP_TAIL;

const OSCAL_DOCTYPE_XML =
  XML_START +
  '<!DOCTYPE system-security-plan [\n' +
  '  <!ENTITY agency "Department of Examples">\n' +
  '  <!ENTITY system "&agency; Example Cloud Service">\n' +
  '  <!ENTITY title "&system; &system; &system; &system; System Security Plan">\n' +
  ']>\n' +
  oscalSspXmlHead('&title;') +
  OSCAL_SSP_TAIL;

const XML_DEPTH = 100_000;

const UNCLOSED_XML =
  XML_START +
  oscalSspXmlHead('Example Cloud Service System Security Plan') +
  '    <security-sensitivity-level>fips-199-moderate</security-sensitivity-level>\n' +
  '    <system-information>\n' +
  '      <information-type uuid="' +
  uuid('info') +
  '">\n' +
  '        <title>System Development</title>\n';

function invalidUtf8Xml(): Buffer {
  const [before, after] = oscalSspXmlHead('@@').split('@@') as [string, string];
  const bad = Buffer.from([
    0x53, 0x53, 0x50, 0x20, // "SSP "
    0xc3, 0x28, // invalid continuation
    0xff, 0xfe, // bytes that never occur in UTF-8
    0xc0, 0xaf, // overlong "/"
    0xed, 0xa0, 0x80, // UTF-8-encoded surrogate
    0x80, // lone continuation byte
  ]);
  return Buffer.concat([Buffer.from(XML_START + before), bad, Buffer.from(after + OSCAL_SSP_TAIL)]);
}

const NESSUS_XXE =
  '<?xml version="1.0" ?>\n' +
  '<!DOCTYPE NessusClientData_v2 [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n' +
  '<NessusClientData_v2>\n' +
  '<Policy><policyName>&xxe;</policyName></Policy>\n' +
  '<Report name="ECS monthly scan" xmlns:cm="http://www.nessus.org/cm">\n' +
  '<ReportHost name="10.0.0.5"><HostProperties><tag name="host-ip">10.0.0.5</tag><tag name="operating-system">Linux</tag></HostProperties>\n' +
  '<ReportItem port="443" svc_name="www" protocol="tcp" severity="2" pluginID="51192" pluginName="SSL Certificate Cannot Be Trusted" pluginFamily="General">\n' +
  '<description>&xxe;</description><risk_factor>Medium</risk_factor>\n' +
  '</ReportItem>\n</ReportHost>\n</Report>\n</NessusClientData_v2>\n';

const BILLION_LAUGHS_DOCUMENT_XML =
  XML_START +
  billionLaughsDtd('w:document') +
  `<w:document xmlns:w="${W_NS}"><w:body>${paragraph('System Security Plan', 'Title')}` +
  '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>';

// ---------------------------------------------------------------------------------------------
// JSON and YAML
// ---------------------------------------------------------------------------------------------

const JSON_ARRAY_DEPTH = 1_000_000;
const JSON_OBJECT_DEPTH = 100_000;
const YAML_DEPTH = 100_000;
const JSON_STRING_BYTES = 50 * MiB;

function oscalSspJson(): unknown {
  return {
    'system-security-plan': {
      uuid: uuid('ssp-json'),
      metadata: {
        title: 'Example Cloud Service System Security Plan',
        'last-modified': '2024-01-01T00:00:00Z',
        version: '1.0',
        'oscal-version': '1.1.2',
      },
      'import-profile': {
        href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
      },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: 'F00000000' }],
        'system-name': 'Example Cloud Service',
        description: 'A multi-tenant software-as-a-service offering.',
        'security-sensitivity-level': 'fips-199-moderate',
      },
      'control-implementation': {
        description: 'How the Example Cloud Service implements the FedRAMP Moderate baseline.',
        'implemented-requirements': CONTROLS.map((id) => ({
          uuid: uuid(`req-${id}`),
          'control-id': id.toLowerCase(),
          statements: [
            {
              'statement-id': `${id.toLowerCase()}_smt.a`,
              uuid: uuid(`smt-${id}`),
              'by-components': [{ 'component-uuid': uuid('this-system'), uuid: uuid(`bc-${id}`), description: `The ECS team implements ${id}.` }],
            },
          ],
        })),
      },
    },
  };
}

const INVALID_JSON =
  '{\n' +
  '  // FedRAMP SSP export (hand-edited)\n' +
  "  'system-security-plan': {\n" +
  '    "uuid": "' +
  uuid('ssp-invalid') +
  '",\n' +
  '    "metadata": { "title": "Example Cloud Service SSP", "version": 1.0.0, },\n' +
  '    "control-implementation": { "implemented-requirements": [ { "control-id": ac-1 }, NaN, ] },\n' +
  '  },\n' +
  '}\n';

function yamlAliasBomb(): string {
  const lines = ['system-security-plan:', `  uuid: ${uuid('ssp-yaml')}`, `  a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  const letters = 'abcdefghi';
  for (let i = 1; i < letters.length; i++) {
    lines.push(`  ${letters[i]}: &${letters[i]} [${Array(9).fill(`*${letters[i - 1]}`).join(', ')}]`);
  }
  lines.push('  metadata:', '    title: *i', '    oscal-version: 1.1.2', '');
  return lines.join('\n');
}

const YAML_CUSTOM_TAGS =
  'system-security-plan:\n' +
  `  uuid: ${uuid('ssp-yaml-tags')}\n` +
  '  metadata:\n' +
  '    title: !!js/function >\n' +
  "      function () { return require('child_process').execSync('cat /etc/passwd').toString(); }\n" +
  "    version: !!js/undefined ''\n" +
  "    remarks: !!python/object/apply:os.system ['curl http://127.0.0.1:1/x']\n" +
  '    oscal-version: 1.1.2\n' +
  '  system-characteristics:\n' +
  '    system-name: !!js/regexp /Example Cloud Service/g\n';

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

const PDF_HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');

/** A classic PDF: objects numbered from 1, an xref table with exact offsets, a trailer. */
function buildPdf(objects: Array<Buffer | string>, trailer: string): Buffer {
  const parts: Buffer[] = [PDF_HEADER];
  let offset = PDF_HEADER.length;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    parts.push(bytes);
    offset += bytes.length;
  }
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const pdfStream = (dict: string, data: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

const PDF_PAGE_OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
];
const PDF_FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF whose content stream is 1 GiB of spaces, Flate-compressed to about 1 MiB. */
function flateBombPdf(): Buffer {
  const contents = pdfStream('/Filter /FlateDecode', repeatedByteZlib(0x20, 1024));
  return buildPdf([...PDF_PAGE_OBJECTS, contents, PDF_FONT, '<< /Title (System Security Plan) /Producer (hostile corpus) >>'], '/Root 1 0 R /Info 6 0 R');
}

async function truncatedXrefPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Example Cloud Service System Security Plan');
  doc.setCreationDate(MTIME);
  doc.setModificationDate(MTIME);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('System Security Plan', { x: 72, y: 700, size: 24, font });
  page.drawText('Example Cloud Service - FedRAMP Moderate', { x: 72, y: 660, size: 12, font });
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  const xref = bytes.lastIndexOf('\nxref\n') + 1;
  const trailer = bytes.indexOf('trailer', xref);
  return bytes.subarray(0, xref + Math.floor((trailer - xref) / 2));
}

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};

const PDF_PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padPassword = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PDF_PASSWORD_PAD]).subarray(0, 32);

/** RC4 19 more times with the key XORed with 1..19 (revision 3 of the standard security handler). */
function rc4Rounds(key: Buffer, data: Buffer): Buffer {
  let out = rc4(key, data);
  for (let i = 1; i <= 19; i++) out = rc4(key.map((b) => b ^ i), out);
  return out;
}

function md5Rounds(seed: Buffer): Buffer {
  let h = seed;
  for (let i = 0; i < 50; i++) h = md5(h.subarray(0, 16));
  return h.subarray(0, 16);
}

/**
 * A PDF encrypted with the standard security handler (RC4 128-bit, revision 3) under a user password,
 * so nothing past the trailer can be read without it.
 */
function encryptedPdf(): Buffer {
  const id = md5(Buffer.from('fedramp-hostile-encrypted'));
  const permissions = -3904;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const owner = rc4Rounds(md5Rounds(md5(padPassword('owner-secret'))), padPassword('user-secret'));
  const key = md5Rounds(md5(padPassword('user-secret'), owner, p, id));
  const user = Buffer.concat([rc4Rounds(key, md5(PDF_PASSWORD_PAD, id)), Buffer.alloc(16)]);
  const objectKey = (num: number): Buffer => md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 16);
  const content = rc4(objectKey(4), Buffer.from('BT /F1 24 Tf 72 700 Td (System Security Plan) Tj ET\n'));
  const title = rc4(objectKey(6), Buffer.from('Example Cloud Service System Security Plan')).toString('hex');
  return buildPdf(
    [
      ...PDF_PAGE_OBJECTS,
      pdfStream('', content),
      PDF_FONT,
      `<< /Title <${title}> >>`,
      `<< /Filter /Standard /V 2 /R 3 /Length 128 /P ${permissions} /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    ],
    `/Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
  );
}

// ---------------------------------------------------------------------------------------------
// Misc
// ---------------------------------------------------------------------------------------------

function utf16WithBom(): Buffer {
  const text =
    'POA&M ID\tControls\tWeakness Name\tWeakness Description\r\n' +
    'V-0001\tAC-2\tStale accounts\tTwelve accounts inactive for more than 90 days\r\n' +
    'V-0002\tRA-5\tUnpatched host \ud800 (broken surrogate)\tScanner finding 51192\r\n';
  // utf16le writes the lone surrogate as-is; the trailing odd byte cuts the last code unit in half.
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x41])]);
}

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

type Content = Buffer | string;

interface CaseSpec extends HostileCase {
  write(path: string): Content | void | Promise<Content | void>;
}

const CASES: CaseSpec[] = [
  // --- zip bombs
  {
    name: 'zip-bomb-docx',
    file: 'bomb-2gib.docx',
    kind: 'hostile',
    why: 'A docx whose word/document.xml inflates to 2 GiB of one repeated byte from about 2 MB (ratio ~1000:1).',
    write: writeDocxBomb,
  },
  {
    name: 'zip-flat-bomb',
    file: 'flat-bomb.xlsx',
    kind: 'hostile',
    why: 'An xlsx with 2048 worksheets of 1 MiB each, every one ~900:1 (under a 1000:1 per-entry limit): only the total, 2 GiB declared in 2.7 MB, gives it away.',
    write: flatBomb,
  },
  {
    name: 'zip-overlap-bomb',
    file: 'overlap-bomb.xlsx',
    kind: 'hostile',
    why: 'Fifield-style overlapping zip: 128 worksheet entries whose compressed data all share one 32 MiB kernel, 4 GiB declared from about 50 KB.',
    write: overlapBomb,
  },
  {
    name: 'zip-lying-size',
    file: 'lying-size.docx',
    kind: 'hostile',
    why: 'word/document.xml declares 100 bytes uncompressed (central directory and local header) but inflates to 10 MiB.',
    write: lyingSizeDocx,
  },
  {
    name: 'zip-nested',
    file: 'nested-bomb.docx',
    kind: 'hostile',
    why: '42.zip-style nesting: a docx embedding 16 workbooks, each with 16 worksheets of 1 GiB (256 GiB at the second level).',
    write: nestedBomb,
  },
  // --- truncated and broken archives
  {
    name: 'zip-truncated-half',
    file: 'truncated-half.docx',
    kind: 'unreadable',
    why: 'A valid SSP docx cut at 50%: no central directory, no end-of-central-directory record.',
    write: async () => {
      const zip = await validSspDocx();
      return zip.subarray(0, Math.floor(zip.length / 2));
    },
  },
  {
    name: 'zip-no-eocd',
    file: 'no-eocd.docx',
    kind: 'unreadable',
    why: 'A valid SSP docx with its end-of-central-directory record cut off (the central directory is intact).',
    write: async () => withoutEocd(await validSspDocx()),
  },
  {
    name: 'zip-bad-cd-offset',
    file: 'bad-cd-offset.docx',
    kind: 'unreadable',
    why: 'A valid SSP docx whose end-of-central-directory record points the central directory 2 GiB past the end of the file.',
    write: async () => withBadCdOffset(await validSspDocx()),
  },
  {
    name: 'zip-zero-length-entries',
    file: 'zero-length-entries.docx',
    kind: 'empty',
    why: 'A well-formed zip with the docx part names, every entry zero bytes long: there is no content to read.',
    write: () => buildZip(docxParts('', '').map(([name]) => stored(name, ''))),
  },
  // --- XML
  {
    name: 'xml-billion-laughs',
    file: 'billion-laughs.xml',
    kind: 'hostile',
    why: 'Billion laughs: nine levels of internal entities, each ten times the previous, expand to 3 GB of "lol".',
    write: () => BILLION_LAUGHS_XML,
  },
  {
    name: 'xml-xxe-file',
    file: 'xxe-file.xml',
    kind: 'hostile',
    why: 'An OSCAL SSP whose title is an external entity reading file:///etc/passwd (XXE disclosure).',
    write: () => xxe('file:///etc/passwd'),
  },
  {
    name: 'xml-xxe-http',
    file: 'xxe-http.xml',
    kind: 'hostile',
    why: 'An OSCAL SSP whose title is an external entity fetched from http://127.0.0.1:1/x (XXE server-side request).',
    write: () => xxe('http://127.0.0.1:1/x'),
  },
  {
    name: 'xml-parameter-entity',
    file: 'xxe-parameter-entity.xml',
    kind: 'hostile',
    why: 'An external DTD plus a parameter entity %remote; that pulls http://127.0.0.1:1/evil.dtd (out-of-band XXE).',
    write: () => PARAMETER_ENTITY_XML,
  },
  {
    name: 'xml-oscal-doctype',
    file: 'oscal-ssp-doctype.xml',
    kind: 'hostile',
    why: 'A genuine-looking OSCAL <system-security-plan> preceded by a DOCTYPE declaring nested entities: DTDs are refused.',
    write: () => OSCAL_DOCTYPE_XML,
  },
  {
    name: 'xml-deep',
    file: 'deep-elements.xml',
    kind: 'hostile',
    why: `An OSCAL root holding ${XML_DEPTH.toLocaleString('en-US')} nested <a> elements: a recursion / stack-depth bomb.`,
    write: (path) =>
      writeStreamed(path, XML_START, `<system-security-plan xmlns="${OSCAL_NS}">`, '<a>'.repeat(XML_DEPTH), '</a>'.repeat(XML_DEPTH), '</system-security-plan>\n'),
  },
  {
    name: 'xml-unclosed',
    file: 'unclosed-root.xml',
    kind: 'unreadable',
    why: 'An OSCAL SSP that stops mid-document: the root and several elements are never closed.',
    write: () => UNCLOSED_XML,
  },
  {
    name: 'xml-invalid-utf8',
    file: 'invalid-utf8.xml',
    kind: 'unreadable',
    why: 'An OSCAL SSP declared UTF-8 whose title holds invalid UTF-8 (bad continuation, 0xFF, overlong, encoded surrogate).',
    write: invalidUtf8Xml,
  },
  {
    name: 'nessus-xxe',
    file: 'scan-xxe.nessus',
    kind: 'hostile',
    why: 'A Nessus v2 scan export whose DOCTYPE declares an external entity on file:///etc/passwd used in the report.',
    write: () => NESSUS_XXE,
  },
  {
    name: 'docx-billion-laughs',
    file: 'billion-laughs.docx',
    kind: 'hostile',
    why: 'A well-formed docx whose word/document.xml carries a billion-laughs DOCTYPE: the XML attack inside the zip.',
    write: () => yazlToBuffer(docxParts('', 'System Security Plan').map(([name, xml]) => [name, name === 'word/document.xml' ? BILLION_LAUGHS_DOCUMENT_XML : xml])),
  },
  // --- JSON
  {
    name: 'json-deep-arrays',
    file: 'deep-arrays.json',
    kind: 'hostile',
    why: `${JSON_ARRAY_DEPTH.toLocaleString('en-US')} nested arrays: a recursion / stack-depth bomb for JSON parsers.`,
    write: (path) => writeStreamed(path, fill(0x5b, JSON_ARRAY_DEPTH), fill(0x5d, JSON_ARRAY_DEPTH)),
  },
  {
    name: 'json-deep-objects',
    file: 'deep-objects-oscal.json',
    kind: 'hostile',
    why: `An OSCAL root key holding ${JSON_OBJECT_DEPTH.toLocaleString('en-US')} nested objects.`,
    write: () => `{"system-security-plan":${'{"a":'.repeat(JSON_OBJECT_DEPTH)}{}${'}'.repeat(JSON_OBJECT_DEPTH)}}\n`,
  },
  {
    name: 'json-truncated',
    file: 'truncated-oscal.json',
    kind: 'unreadable',
    why: 'An OSCAL SSP in JSON cut at 60%, mid-way through control-implementation.',
    write: () => {
      const json = JSON.stringify(oscalSspJson(), null, 2);
      return json.slice(0, Math.floor(json.length * 0.6));
    },
  },
  {
    name: 'json-invalid',
    file: 'invalid.json',
    kind: 'unreadable',
    why: 'A hand-edited OSCAL-looking JSON with comments, single quotes, bare words, NaN and trailing commas.',
    write: () => INVALID_JSON,
  },
  {
    name: 'json-long-string',
    file: 'long-string.json',
    kind: 'hostile',
    why: 'An OSCAL SSP whose title is a single 50 MiB string on one line.',
    write: (path) =>
      writeStreamed(path, `{"system-security-plan":{"uuid":"${uuid('ssp-long')}","metadata":{"title":"`, fill(0x41, JSON_STRING_BYTES), '","oscal-version":"1.1.2"}}}\n'),
  },
  // --- YAML
  {
    name: 'yaml-alias-bomb',
    file: 'alias-bomb.yaml',
    kind: 'hostile',
    why: 'Billion laughs in YAML: nine levels of anchors, each a list of nine aliases of the previous, 387 million nodes when expanded.',
    write: yamlAliasBomb,
  },
  {
    name: 'yaml-deep-flow',
    file: 'deep-flow.yaml',
    kind: 'hostile',
    why: `An OSCAL root key holding ${YAML_DEPTH.toLocaleString('en-US')} nested flow sequences.`,
    write: () => `system-security-plan: ${'['.repeat(YAML_DEPTH)}${']'.repeat(YAML_DEPTH)}\n`,
  },
  {
    name: 'yaml-custom-tag',
    file: 'js-function-tag.yaml',
    kind: 'hostile',
    why: 'An OSCAL-looking YAML using !!js/function, !!js/regexp and !!python/object/apply tags (code execution in unsafe loaders).',
    write: () => YAML_CUSTOM_TAGS,
  },
  // --- PDF
  {
    name: 'pdf-flate-bomb',
    file: 'flate-bomb.pdf',
    kind: 'hostile',
    why: 'A one-page PDF whose FlateDecode content stream inflates to 1 GiB from about 1 MB.',
    write: flateBombPdf,
  },
  {
    name: 'pdf-truncated-xref',
    file: 'truncated-xref.pdf',
    kind: 'unreadable',
    why: 'A valid SSP PDF cut in the middle of its cross-reference table: no trailer, no startxref, no %%EOF.',
    write: truncatedXrefPdf,
  },
  {
    name: 'pdf-header-random',
    file: 'header-then-random.pdf',
    kind: 'unreadable',
    why: 'A %PDF-1.7 header followed by 256 KiB of random bytes: no objects, no xref, no trailer.',
    write: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), prngBytes('pdf-header-random', 256 * KiB)]),
  },
  {
    name: 'pdf-encrypted',
    file: 'encrypted.pdf',
    kind: 'unreadable',
    why: 'A PDF whose trailer names an /Encrypt dictionary (RC4-128, user password): its strings and streams cannot be read.',
    write: encryptedPdf,
  },
  // --- misc
  {
    name: 'empty-docx',
    file: 'ssp.docx',
    kind: 'empty',
    why: 'A 0-byte file named like an SSP.',
    write: () => Buffer.alloc(0),
  },
  {
    name: 'one-byte',
    file: 'one-byte.docx',
    kind: 'unreadable',
    why: 'A single byte "P": a zip cut after the first byte of its signature.',
    write: () => 'P',
  },
  {
    name: 'random-pdf',
    file: 'SSP.pdf',
    kind: 'unreadable',
    why: '10 MiB of pseudo-random bytes (deterministic AES-CTR keystream) named like an SSP PDF.',
    write: (path) => writeStreamed(path, prngStream('random-ssp-pdf', 10 * MiB)),
  },
  {
    name: 'nul-bytes',
    file: 'nul-bytes.docx',
    kind: 'unreadable',
    why: '1 MiB of NUL bytes (a preallocated or failed upload): no signature, no text.',
    write: () => Buffer.alloc(MiB),
  },
  {
    name: 'csv-long-line',
    file: 'long-line.csv',
    kind: 'hostile',
    why: 'A POA&M-looking CSV that is one 20 MiB line: the header row never ends.',
    write: (path) => {
      const head = 'POA&M ID,Controls,Weakness Name,Weakness Description,';
      return writeStreamed(path, head, fill(0x41, 20 * MiB - head.length));
    },
  },
  {
    name: 'utf16-bom',
    file: 'poam-utf16.csv',
    kind: 'unreadable',
    why: 'A UTF-16LE POA&M text with a byte-order mark, an unpaired surrogate and an odd trailing byte: not valid UTF-16.',
    write: utf16WithBom,
  },
];

/** Writes every case into `dir` (created if needed) and returns the catalogue. */
export async function generateHostile(dir: string): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  // The 2 GiB bomb spends most of its time in zlib's thread pool: run everything side by side.
  await Promise.all(
    CASES.map(async (spec) => {
      const path = join(dir, spec.file);
      const content = await spec.write(path);
      if (content !== undefined) await writeFile(path, content);
    }),
  );
  return CASES.map(({ name, file, kind, why }) => ({ name, file, kind, why }));
}
