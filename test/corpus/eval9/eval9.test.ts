import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval9Docs, generateEval9Corpus } from './generate-eval9.js';
import type { EvalDoc } from './generate-eval9.js';
import { openAndExtract } from './kit/read.js';

// Self-check of the eval9 corpus. It never classifies: it checks coverage, labels, determinism and that every
// file opens with its own format's library. The corpus is built exactly twice: once in memory, once to disk.

let docs: EvalDoc[] = [];
let written: { file: string; expected: DeliverableType; note: string }[] = [];
let dir = '';

function bytes(d: EvalDoc): Buffer {
  return typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
}

beforeAll(async () => {
  docs = await buildEval9Docs();
  dir = await mkdtemp(join(tmpdir(), 'eval9-'));
  written = await generateEval9Corpus(dir);
}, 120_000);

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('eval9 corpus', () => {
  it('has 65–80 documents with unique file names', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
  });

  it('labels every document with a known code and a note', () => {
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('covers every code, the main ones at least three times, and has at least 15 UNKNOWN look-alikes', () => {
    const count = new Map<DeliverableType, number>();
    for (const d of docs) count.set(d.expected, (count.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(code === 'UNKNOWN' ? 15 : 2);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('uses several formats for the main codes', () => {
    const ext = (f: string): string => f.slice(f.lastIndexOf('.') + 1);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) {
      expect(new Set(docs.filter((d) => d.expected === code).map((d) => ext(d.file))).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes to disk the same labels and the same bytes as the in-memory build (deterministic)', async () => {
    expect(written.map((w) => [w.file, w.expected, w.note])).toEqual(docs.map((d) => [d.file, d.expected, d.note]));
    expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
    for (const d of docs) {
      const onDisk = await readFile(join(dir, d.file));
      expect([d.file, onDisk.equals(bytes(d))]).toEqual([d.file, true]);
    }
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, bytes(d).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await openAndExtract(d.file, bytes(d));
      expect([d.file, text.replace(/\s+/g, ' ').trim().length >= 200]).toEqual([d.file, true]);
    }
  });
});
