import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval23Docs, generateEval23Corpus } from './generate-eval23.js';
import { asBuffer, reopen } from './kit/reopen.js';
import type { EvalDoc } from './types.js';

const LONG = 120_000;

describe('eval23 corpus', () => {
  let docs: EvalDoc[] = [];
  beforeAll(async () => { docs = await buildEval23Docs(); }, LONG);

  it('has 65-80 documents, every code at least once, the main ones thrice and at least 15 UNKNOWN', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const count = (t: DeliverableType): number => docs.filter((d) => d.expected === t).length;
    for (const t of DeliverableType.options) expect([t, count(t) >= (t === 'UNKNOWN' ? 15 : 1)]).toEqual([t, true]);
    for (const t of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect([t, count(t) >= 3]).toEqual([t, true]);
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('uses unique file names', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, asBuffer(d.data).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval23Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => expect([d.file, asBuffer(d.data).equals(asBuffer(docs[i]!.data))]).toEqual([d.file, true]));
  }, LONG);

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await reopen(d)).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, LONG);

  it('writes the files and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval23-'));
    try {
      const labels = await generateEval23Corpus(dir);
      expect((await readdir(dir)).sort()).toEqual(labels.map((l) => l.file).sort());
      const first = labels[0];
      if (!first) throw new Error('empty corpus');
      expect((await readFile(join(dir, first.file))).equals(asBuffer(docs[0]!.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, LONG);
});
