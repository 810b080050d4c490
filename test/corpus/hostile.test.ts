import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { constants as zlibConstants, crc32, createInflate, inflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { parseDocument } from 'yaml';
import { generateHostile, type HostileCase } from './hostile.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CDH = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const LFH = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

interface CdEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's data starts (after its local header). */
  dataStart: number;
}

/** A minimal central-directory reader, independent of the generator's writer. */
function centralDirectory(zip: Buffer): CdEntry[] {
  const eocd = zip.lastIndexOf(EOCD);
  if (eocd < 0) throw new Error('no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: CdEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`no central directory header at ${p}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const localOffset = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`no local header at ${localOffset}`);
    entries.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      compressedSize: zip.readUInt32LE(p + 20),
      uncompressedSize: zip.readUInt32LE(p + 24),
      localOffset,
      dataStart: localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

const entryData = (zip: Buffer, e: CdEntry): Buffer => zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
const entry = (entries: CdEntry[], name: string): CdEntry => {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
};
const declared = (entries: CdEntry[]): number => entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
/** Inflates what it can of a raw deflate prefix, without needing the end of the stream. */
const inflatePrefix = (raw: Buffer): Buffer => inflateRawSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
const count = (text: string, needle: string): number => text.split(needle).length - 1;

let dir = '';
let cases: HostileCase[] = [];
let elapsedMs = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  const start = performance.now();
  cases = await generateHostile(dir);
  elapsedMs = performance.now() - start;
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const path = (name: string): string => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return join(dir, c.file);
};
const bytes = (name: string): Promise<Buffer> => readFile(path(name));
const text = async (name: string): Promise<string> => (await bytes(name)).toString('utf8');
const size = async (name: string): Promise<number> => (await stat(path(name))).size;

describe('generateHostile', () => {
  it('generates everything in under 60 s', () => {
    expect(elapsedMs).toBeLessThan(60_000);
  });

  it('writes one file per case, with a kind and a reason, under 150 MB in all', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(37);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.file.toLowerCase())).size).toBe(cases.length);
    let total = 0;
    for (const c of cases) {
      expect(['hostile', 'unreadable', 'empty']).toContain(c.kind);
      expect(c.why.length).toBeGreaterThan(20);
      total += (await stat(join(dir, c.file))).size;
    }
    expect(total).toBeLessThan(150 * 1e6);
  });
});

describe('zip bombs', () => {
  it('docx bomb: the central directory declares 2 GiB for word/document.xml in a file under 5 MB', async () => {
    const zip = await bytes('zip-bomb-docx');
    expect(zip.length).toBeLessThan(5 * 1e6);
    const entries = centralDirectory(zip);
    expect(entries.map((e) => e.name)).toContain('[Content_Types].xml');
    const doc = entry(entries, 'word/document.xml');
    expect(doc.uncompressedSize).toBeGreaterThanOrEqual(512 * MiB);
    expect(doc.uncompressedSize).toBe(2 * GiB);
    const start = inflatePrefix(entryData(zip, doc).subarray(0, 4096));
    expect(start.toString('utf8', 0, 5)).toBe('<?xml');
    expect(start.length).toBeGreaterThan(1 * MiB);
  });

  it('flat bomb: thousands of entries, 2 GiB declared, each entry over 800:1', async () => {
    const zip = await bytes('zip-flat-bomb');
    expect(zip.length).toBeLessThan(5 * 1e6);
    const entries = centralDirectory(zip);
    const sheets = entries.filter((e) => e.name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBe(2048);
    expect(declared(sheets)).toBe(2 * GiB);
    for (const e of sheets) expect(e.uncompressedSize / e.compressedSize).toBeGreaterThan(800);
    const one = inflateRawSync(entryData(zip, sheets[0]!));
    expect(one.length).toBe(MiB);
    expect(crc32(one)).toBe(sheets[0]!.crc);
  });

  it('overlap bomb: entries share one kernel, yet each inflates to its declared size and CRC', async () => {
    const zip = await bytes('zip-overlap-bomb');
    expect(zip.length).toBeLessThan(1e6);
    const sheets = centralDirectory(zip).filter((e) => e.name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBe(128);
    expect(declared(sheets)).toBeGreaterThanOrEqual(4 * GiB - MiB);
    // Distinct local headers, but every entry's compressed data ends at the same byte.
    expect(new Set(sheets.map((e) => e.localOffset)).size).toBe(sheets.length);
    expect(new Set(sheets.map((e) => e.dataStart + e.compressedSize)).size).toBe(1);
    const sorted = [...sheets].sort((a, b) => a.dataStart - b.dataStart);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.dataStart).toBeLessThan(sorted[i - 1]!.dataStart + sorted[i - 1]!.compressedSize);
    }
    for (const e of [sorted[0]!, sorted[sorted.length - 1]!]) {
      const out = inflateRawSync(entryData(zip, e), { maxOutputLength: 64 * MiB });
      expect(out.length).toBe(e.uncompressedSize);
      expect(crc32(out)).toBe(e.crc);
    }
  });

  it('lying entry: declares 100 bytes, inflates to 10 MiB', async () => {
    const zip = await bytes('zip-lying-size');
    const doc = entry(centralDirectory(zip), 'word/document.xml');
    expect(doc.uncompressedSize).toBe(100);
    expect(zip.readUInt32LE(doc.localOffset + 22)).toBe(100);
    const out = inflateRawSync(entryData(zip, doc), { maxOutputLength: 20 * MiB });
    expect(out.length).toBe(10 * MiB);
    expect(crc32(out)).toBe(doc.crc);
  });

  it('nested bomb: a docx of 16 workbooks, each declaring 16 GiB', async () => {
    const zip = await bytes('zip-nested');
    expect(zip.length).toBeLessThan(5 * 1e6);
    const embedded = centralDirectory(zip).filter((e) => e.name.startsWith('word/embeddings/'));
    expect(embedded.length).toBe(16);
    const inner = inflateRawSync(entryData(zip, embedded[0]!), { maxOutputLength: 64 * MiB });
    expect(crc32(inner)).toBe(embedded[0]!.crc);
    expect(inner.subarray(0, 4).equals(LFH)).toBe(true);
    const leaves = centralDirectory(inner).filter((e) => e.name.startsWith('xl/worksheets/'));
    expect(leaves.length).toBe(16);
    for (const leaf of leaves) expect(leaf.uncompressedSize).toBe(GiB);
    expect(inflatePrefix(entryData(inner, leaves[0]!).subarray(0, 2048)).length).toBeGreaterThan(MiB);
  });
});

describe('broken archives', () => {
  it('half a docx: starts like a zip, has no end-of-central-directory record', async () => {
    const zip = await bytes('zip-truncated-half');
    expect(zip.subarray(0, 4).equals(LFH)).toBe(true);
    expect(zip.includes(EOCD)).toBe(false);
    expect(zip.includes(CDH)).toBe(false);
  });

  it('EOCD cut off: the central directory is there, its end record is not', async () => {
    const zip = await bytes('zip-no-eocd');
    expect(zip.includes(EOCD)).toBe(false);
    expect(zip.includes(CDH)).toBe(true);
  });

  it('bad central directory offset: points past the end of the file', async () => {
    const zip = await bytes('zip-bad-cd-offset');
    const eocd = zip.lastIndexOf(EOCD);
    expect(eocd).toBeGreaterThan(0);
    const offset = zip.readUInt32LE(eocd + 16);
    expect(offset).toBeGreaterThan(zip.length);
    expect(zip.indexOf(CDH)).toBeGreaterThan(0);
    expect(() => centralDirectory(zip)).toThrow();
  });

  it('zero-length entries: a readable zip whose entries are all empty', async () => {
    const entries = centralDirectory(await bytes('zip-zero-length-entries'));
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    for (const e of entries) expect([e.compressedSize, e.uncompressedSize]).toEqual([0, 0]);
  });
});

describe('XML', () => {
  it('billion laughs: nine levels of ten-fold entities', async () => {
    const xml = await text('xml-billion-laughs');
    expect(xml).toContain('<!DOCTYPE');
    expect(xml).toContain('<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">');
    expect(xml).toContain('&lol9;</lolz>');
  });

  it('XXE on a file and on a local URL', async () => {
    expect(await text('xml-xxe-file')).toContain('<!ENTITY xxe SYSTEM "file:///etc/passwd">');
    expect(await text('xml-xxe-http')).toContain('<!ENTITY xxe SYSTEM "http://127.0.0.1:1/x">');
    for (const name of ['xml-xxe-file', 'xml-xxe-http']) expect(await text(name)).toContain('<title>&xxe;</title>');
  });

  it('parameter entity with an external DTD', async () => {
    const xml = await text('xml-parameter-entity');
    expect(xml).toMatch(/<!DOCTYPE system-security-plan SYSTEM "http:/);
    expect(xml).toContain('<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd">');
    expect(xml).toContain('%remote;');
  });

  it('OSCAL root preceded by a DOCTYPE with entities', async () => {
    const xml = await text('xml-oscal-doctype');
    const doctype = xml.indexOf('<!DOCTYPE');
    const root = xml.indexOf('<system-security-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0"');
    expect(doctype).toBeGreaterThan(0);
    expect(root).toBeGreaterThan(doctype);
    expect(xml.slice(doctype, root)).toContain('<!ENTITY');
  });

  it('100,000 nested elements', async () => {
    const xml = await text('xml-deep');
    expect(count(xml, '<a>')).toBe(100_000);
    expect(xml).toContain('<a><a><a>');
  });

  it('unclosed root', async () => {
    const xml = await text('xml-unclosed');
    expect(xml).toContain('<system-security-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0"');
    expect(xml).not.toContain('</system-security-plan>');
  });

  it('invalid UTF-8', async () => {
    const raw = await bytes('xml-invalid-utf8');
    expect(raw.toString('latin1')).toContain('encoding="UTF-8"');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
  });

  it('.nessus with XXE', async () => {
    const xml = await text('nessus-xxe');
    expect(xml).toContain('<NessusClientData_v2>');
    expect(xml).toContain('<!ENTITY xxe SYSTEM "file:///etc/passwd">');
  });

  it('docx whose document.xml carries billion laughs', async () => {
    const zip = await bytes('docx-billion-laughs');
    const doc = entry(centralDirectory(zip), 'word/document.xml');
    const xml = inflateRawSync(entryData(zip, doc)).toString('utf8');
    expect(xml).toContain('<!DOCTYPE w:document [');
    expect(xml).toContain('<!ENTITY lol9');
    expect(xml).toContain('&lol9;');
  });
});

describe('JSON', () => {
  it('1,000,000 nested arrays', async () => {
    const raw = await bytes('json-deep-arrays');
    expect(raw.length).toBe(2_000_000);
    expect(raw.subarray(0, 1_000_000).every((b) => b === 0x5b)).toBe(true);
    expect(raw.subarray(1_000_000).every((b) => b === 0x5d)).toBe(true);
  });

  it('100,000 nested objects under an OSCAL root key', async () => {
    const json = await text('json-deep-objects');
    expect(json.startsWith('{"system-security-plan":{"a":{"a":')).toBe(true);
    expect(count(json, '{"a":')).toBe(100_000);
  });

  it('truncated and invalid JSON do not parse', async () => {
    const truncated = await text('json-truncated');
    expect(truncated.startsWith('{\n  "system-security-plan": {')).toBe(true);
    expect(() => JSON.parse(truncated)).toThrow(SyntaxError);
    const invalid = await text('json-invalid');
    expect(invalid).toContain("'system-security-plan'");
    expect(() => JSON.parse(invalid)).toThrow(SyntaxError);
  });

  it('a 50 MiB string on one line', async () => {
    expect(await size('json-long-string')).toBeGreaterThan(50 * MiB);
    const json = await text('json-long-string');
    expect(json.indexOf('\n')).toBe(json.length - 1);
    const parsed = JSON.parse(json) as { 'system-security-plan': { metadata: { title: string } } };
    expect(parsed['system-security-plan'].metadata.title.length).toBe(50 * MiB);
  });
});

describe('YAML', () => {
  it('alias bomb: valid YAML that the yaml library refuses to expand', async () => {
    const doc = parseDocument(await text('yaml-alias-bomb'));
    expect(doc.errors).toEqual([]);
    expect(() => doc.toJS()).toThrow(/alias/i);
  });

  it('deeply nested flow sequences', async () => {
    const yaml = await text('yaml-deep-flow');
    expect(yaml.startsWith('system-security-plan: [[[')).toBe(true);
    expect(count(yaml, '[')).toBe(100_000);
  });

  it('custom language tags', async () => {
    const yaml = await text('yaml-custom-tag');
    expect(yaml).toContain('!!js/function');
    const doc = parseDocument(yaml);
    expect(doc.errors).toEqual([]);
    expect(doc.warnings.map((w) => w.message).join('\n')).toMatch(/Unresolved tag: tag:yaml.org,2002:js\/function/);
  });
});

describe('PDF', () => {
  it('Flate bomb: a 1 MB stream that inflates to exactly 1 GiB (with a valid Adler-32)', async () => {
    const pdf = await bytes('pdf-flate-bomb');
    expect(pdf.length).toBeLessThan(5 * 1e6);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const head = pdf.indexOf('/Filter /FlateDecode');
    expect(head).toBeGreaterThan(0);
    const length = Number(/\/Length (\d+)/.exec(pdf.toString('latin1', head, head + 100))?.[1]);
    const start = pdf.indexOf('stream\n', head) + 'stream\n'.length;
    let inflated = 0;
    // zlib checks the Adler-32 at the end: a bad checksum fails the stream.
    for await (const chunk of Readable.from([pdf.subarray(start, start + length)]).pipe(createInflate())) inflated += (chunk as Buffer).length;
    expect(inflated).toBe(GiB);
  }, 30_000);

  it('truncated in the middle of its xref table', async () => {
    const pdf = (await bytes('pdf-truncated-xref')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\nxref\n0 \d+\n/);
    expect(pdf).not.toContain('trailer');
    expect(pdf).not.toContain('%%EOF');
  });

  it('%PDF- header then random bytes', async () => {
    const pdf = await bytes('pdf-header-random');
    expect(pdf.toString('latin1', 0, 5)).toBe('%PDF-');
    expect(pdf.includes(' obj')).toBe(false);
    expect(pdf.includes('%%EOF')).toBe(false);
  });

  it('encrypted: the trailer names /Encrypt and pdf-lib refuses it', async () => {
    const pdf = await bytes('pdf-encrypted');
    const trailer = pdf.toString('latin1', pdf.lastIndexOf('trailer'));
    expect(trailer).toMatch(/\/Encrypt \d+ 0 R/);
    expect(pdf.includes('System Security Plan')).toBe(false);
    await expect(PDFDocument.load(pdf)).rejects.toThrow(/encrypted/);
  });
});

describe('misc', () => {
  it('an empty ssp.docx and a one-byte file', async () => {
    expect(cases.find((c) => c.name === 'empty-docx')?.file).toBe('ssp.docx');
    expect(await size('empty-docx')).toBe(0);
    expect(await size('one-byte')).toBe(1);
  });

  it('10 MiB of pseudo-random bytes named SSP.pdf', async () => {
    expect(cases.find((c) => c.name === 'random-pdf')?.file).toBe('SSP.pdf');
    const raw = await bytes('random-pdf');
    expect(raw.length).toBe(10 * MiB);
    expect(raw.toString('latin1', 0, 5)).not.toBe('%PDF-');
    const histogram = new Array<number>(256).fill(0);
    for (const b of raw) histogram[b]!++;
    // Uniform: each byte value within 5% of its expected count.
    for (const n of histogram) expect(Math.abs(n - raw.length / 256) / (raw.length / 256)).toBeLessThan(0.05);
  });

  it('a file of NUL bytes', async () => {
    const raw = await bytes('nul-bytes');
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.every((b) => b === 0)).toBe(true);
  });

  it('a CSV that is one 20 MiB line', async () => {
    const raw = await bytes('csv-long-line');
    expect(raw.length).toBe(20 * MiB);
    expect(raw.includes(0x0a)).toBe(false);
    expect(raw.includes(0x0d)).toBe(false);
    expect(raw.toString('utf8', 0, 8)).toBe('POA&M ID');
  });

  it('UTF-16LE with a BOM, not valid UTF-16', async () => {
    const raw = await bytes('utf16-bom');
    expect([raw[0], raw[1]]).toEqual([0xff, 0xfe]);
    expect(raw.subarray(2, 18).toString('utf16le')).toBe('POA&M ID');
    expect(() => new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(raw.subarray(2))).toThrow();
  });
});
