/**
 * The benchmark's own tools (bench/): the generated large files are what they claim to be, the
 * capacity meter counts what DynamoDB reports, and the report helpers parse and render correctly.
 * No timing is asserted here: benchmarks are not tests.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PDFDocument } from 'pdf-lib';
import yauzl from 'yauzl';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { FIXTURES, writeBigOscalJson, writeBigPdf, writeBigZip } from '../../bench/big-files.js';
import { externalImports } from '../../bench/bundles.js';
import { DynamoMeter } from '../../bench/meters.js';
import { renderTable } from '../../bench/report.js';
import { formatBytes, median, percentile } from '../../bench/stats.js';
import { parsePrinted } from '../../bench/validation-figures.js';
import { ENDPOINT_ENV } from '../global-setup.js';

const MiB = 1024 * 1024;

describe('bench: generated large files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-tools-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a docx grown to 3 MiB is a valid zip of exactly that size, with every fixture entry and the filler', async () => {
    const out = join(dir, 'big.docx');
    const size = await writeBigZip(join(FIXTURES, 'office', 'AwesomeCloud-CMP.docx'), 'word/media/video1.mp4', 3 * MiB, out);
    expect(size).toBe(3 * MiB);
    expect((await stat(out)).size).toBe(3 * MiB);
    const names = await new Promise<string[]>((resolve, reject) => {
      yauzl.open(out, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
        if (err) return reject(err);
        const seen: string[] = [];
        zip.on('entry', (e: yauzl.Entry) => {
          seen.push(e.fileName);
          zip.readEntry();
        });
        zip.on('end', () => resolve(seen));
        zip.on('error', reject);
        zip.readEntry();
      });
    });
    expect(names).toContain('word/media/video1.mp4');
    expect(names).toContain('word/document.xml');
    const source = await FileByteSource.open(out);
    try {
      expect((await classifyDocument(source)).type).toBe('CONFIGURATION_MANAGEMENT_PLAN');
    } finally {
      await source.close();
    }
  });

  it('a PDF grown to 2 MiB has that size, loads, keeps its pages and a startxref that points at the xref table', async () => {
    const out = join(dir, 'big.pdf');
    const fixture = join(FIXTURES, 'pdf', 'security-assessment-report.pdf');
    const size = await writeBigPdf(fixture, 2 * MiB, out);
    expect(size).toBe(2 * MiB);
    const bytes = await readFile(out);
    expect(bytes.length).toBe(2 * MiB);
    const startxref = Number(/startxref\s+(\d+)/.exec(bytes.subarray(bytes.length - 64).toString('latin1'))![1]);
    expect(bytes.subarray(startxref, startxref + 4).toString('latin1')).toBe('xref');
    const loaded = await PDFDocument.load(bytes, { throwOnInvalidObject: true });
    const original = await PDFDocument.load(await readFile(fixture));
    expect(loaded.getPageCount()).toBe(original.getPageCount());
  });

  it('an OSCAL SSP grown to 2 MiB is one JSON document with more components and distinct UUIDs', async () => {
    const out = join(dir, 'big.json');
    const size = await writeBigOscalJson(2 * MiB, out);
    expect(size).toBeGreaterThanOrEqual(2 * MiB);
    expect(size).toBeLessThan(2 * MiB + 64 * 1024);
    const doc = JSON.parse(await readFile(out, 'utf8')) as { 'system-security-plan': { 'system-implementation': { components: { uuid: string }[] } } };
    const components = doc['system-security-plan']['system-implementation'].components;
    expect(components.length).toBeGreaterThan(100);
    // Every copy has fresh UUIDs; the template itself gives two of its components the same one.
    expect(new Set(components.map((c) => c.uuid)).size).toBe(components.length - 1);
  });
});

describe('bench: DynamoDB capacity meter', () => {
  it('sums the units DynamoDB reports for each request', async () => {
    const endpoint = process.env[ENDPOINT_ENV];
    if (!endpoint) throw new Error(`${ENDPOINT_ENV} is not set: run through jest's global setup`);
    const meter = new DynamoMeter();
    const client = meter.client({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const TableName = `bench-meter-${randomUUID().slice(0, 8)}`;
    await client.send(new CreateTableCommand({ TableName, BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] }));
    try {
      expect(meter.requests).toBe(0); // CreateTable is not a data-plane request
      // 2.5 KB item: 3 write units; a strongly consistent read of it: 1 read unit.
      await client.send(new PutItemCommand({ TableName, Item: { id: { S: 'a' }, body: { S: 'x'.repeat(2500) } } }));
      await client.send(new GetItemCommand({ TableName, Key: { id: { S: 'a' } }, ConsistentRead: true }));
      expect(meter.snapshot()).toEqual({ readUnits: 1, writeUnits: 3, requests: 2, unmetered: 0 });
    } finally {
      await client.send(new DeleteTableCommand({ TableName }));
      client.destroy();
    }
  });
});

describe('bench: helpers', () => {
  it('percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(median([3, 1, 2])).toBe(2);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(formatBytes(1024 * 1024 * 1024)).toBe('1.00 GiB');
  });

  it("lists a bundle's run-time package imports, not builtins or strings that merely look like them", () => {
    const code = 'import{a}from"@aws-sdk/client-s3";import"node:fs";import{x}from"stream";const s="from\\t";await import("@smithy/foo/dist");require("yaml")';
    expect(externalImports(code)).toEqual(['@aws-sdk/client-s3', '@smithy/foo', 'yaml']);
  });

  it("reads the validation script's printed line", () => {
    const v = parsePrinted('SSP JSON 16.0 MB: JSON.parse 208 ms, validate 4600 ms (287.1 ms/MB) = 22.11× JSON.parse; peak RSS 318 MB; 6648 findings');
    expect(v).toEqual({ bytes: 16 * MiB, jsonParseMs: 208, validateMs: 4600, ratio: 22.11, peakRssMb: 318 });
    expect(parsePrinted('something else')).toBeUndefined();
  });

  it('renders the table with marks for aims met and not met, escaping pipes', () => {
    const table = renderTable({
      sections: [
        { id: 'a', title: 'Area: x', rows: [{ figure: 'f | g', value: '1', aim: '≤ 2', met: true }, { figure: 'h', value: '3', aim: '≤ 2', met: false }], notes: [], timings: [], elapsedMs: 1 },
        { id: 'b', title: 'Broken', rows: [], notes: [], timings: [], elapsedMs: 1, error: 'boom\nstack' },
      ],
      quick: false,
      date: new Date(0),
      elapsedMs: 1,
      machine: { cpu: 'cpu', cores: 2, memoryGiB: 1, node: 'v22', os: 'os' },
      commit: 'abc',
    });
    expect(table).toContain('| Area | f \\| g | 1 |  | ≤ 2 | ✓ |');
    expect(table).toContain('| Area | h | 3 |  | ≤ 2 | ✗ |');
    expect(table).toContain('| Broken | could not run | boom | | | ✗ |');
  });
});
