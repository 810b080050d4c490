import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval7Doc } from './generate-eval7.js';
import { buildEval7Docs, generateEval7Corpus } from './generate-eval7.js';
import { extractText, formatOf } from './kit/extract.js';

const bytes = (d: Buffer | string) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

describe('eval7 corpus (small start-up CSP, first FedRAMP Moderate)', () => {
  let docs: Eval7Doc[];
  beforeAll(async () => {
    docs = await buildEval7Docs();
  });

  it('has 65 to 80 documents with unique file names', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.file.toLowerCase())).size).toBe(docs.length);
  });

  it('covers every deliverable code, the core ones three times, with at least 15 UNKNOWN look-alikes', () => {
    const count = (t: string) => docs.filter((d) => d.expected === t).length;
    for (const code of DeliverableType.options) expect({ code, n: count(code) >= 2 }).toEqual({ code, n: true });
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect({ code, n: count(code) >= 3 }).toEqual({ code, n: true });
    expect(count('UNKNOWN')).toBeGreaterThanOrEqual(15);
  });

  it('spreads the core deliverables across several formats', () => {
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) {
      const formats = new Set(docs.filter((d) => d.expected === code).map((d) => formatOf(d.file)));
      expect({ code, formats: formats.size >= 2 }).toEqual({ code, formats: true });
    }
  });

  it('gives every document a note', () => {
    for (const d of docs) expect(d.note.length).toBeGreaterThan(20);
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval7Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => {
      const first = docs[i];
      if (!first) throw new Error('missing document');
      expect({ file: d.file, same: bytes(d.data).equals(bytes(first.data)) }).toEqual({ file: d.file, same: true });
    });
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect(bytes(d.data).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = await extractText(d.file, d.data);
      expect({ file: d.file, enough: text.replace(/\s+/g, ' ').trim().length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  });

  it('writes the corpus to a folder and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval7-'));
    try {
      const labels = await generateEval7Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
      for (const d of docs) expect((await readFile(join(dir, d.file))).equals(bytes(d.data))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
