import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './generate-eval18.js';
import { buildEval18Docs, generateEval18Corpus } from './generate-eval18.js';
import { openText } from './kit/reopen.js';

const MAIN = new Set<string>(['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']);

describe('eval18 corpus (self-check, no classification)', () => {
  let docs: EvalDoc[];
  let again: EvalDoc[];

  beforeAll(async () => {
    docs = await buildEval18Docs();
    again = await buildEval18Docs();
  }, 180_000);

  it('has 65–80 documents with unique names, labels every code and enough hard UNKNOWN look-alikes', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    const count = new Map<string, number>();
    for (const d of docs) count.set(d.expected, (count.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) {
      const n = count.get(code) ?? 0;
      if (code === 'UNKNOWN') expect(n).toBeGreaterThanOrEqual(15);
      else expect({ code, n: Math.min(n, MAIN.has(code) ? 3 : 2) }).toEqual({ code, n: MAIN.has(code) ? 3 : 2 });
    }
    for (const d of docs) {
      expect(DeliverableType.options).toContain(d.expected);
      expect(d.note.length).toBeGreaterThan(30);
    }
  });

  it('is the same to the byte on every build', () => {
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    docs.forEach((d, i) => {
      const other = again[i];
      expect(other).toBeDefined();
      expect({ file: d.file, same: Buffer.compare(Buffer.from(d.data), Buffer.from(other?.data ?? '')) === 0 }).toEqual({ file: d.file, same: true });
    });
  });

  it('keeps every file under 3 MB and uses several formats for the main deliverables', () => {
    for (const d of docs) expect(Buffer.byteLength(d.data)).toBeLessThan(3 * 1024 * 1024);
    const ext = (f: string): string => f.slice(f.lastIndexOf('.') + 1);
    for (const code of MAIN) expect(new Set(docs.filter((d) => d.expected === code).map((d) => ext(d.file))).size).toBeGreaterThanOrEqual(2);
  });

  it('opens every file back with its format library, with at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await openText(d);
      expect({ file: d.file, enough: text.replace(/\s+/g, ' ').trim().length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  }, 120_000);

  it('writes the files to a folder and returns their labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval18-'));
    try {
      const labels = await generateEval18Corpus(dir);
      expect(labels.map((l) => l.file).sort()).toEqual((await readdir(dir)).sort());
      const first = labels[0];
      const firstDoc = docs[0];
      expect(first && firstDoc && Buffer.compare(await readFile(join(dir, first.file)), Buffer.from(firstDoc.data))).toBe(0);
      expect(labels.map((l) => [l.file, l.expected])).toEqual(docs.map((d) => [d.file, d.expected]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
