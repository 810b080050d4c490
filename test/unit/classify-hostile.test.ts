import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument, CLASSIFY_LIMITS } from '../../functions/core/classify/index.js';
import { generateHostile, type HostileCase } from '../corpus/hostile.js';

/**
 * Every hostile or broken file is examined and refused cleanly: UNKNOWN with a clear error, within
 * seconds, reading at most the budget, and without the heap growing by more than the bounded work.
 */
describe('hostile and broken files', () => {
  let dir: string;
  let cases: HostileCase[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-hostile-'));
    cases = await generateHostile(dir);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates the whole catalogue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('each is UNKNOWN with an error, bounded in time, bytes and memory', async () => {
    const report: string[] = [];
    for (const c of cases) {
      const source = await FileByteSource.open(join(dir, c.file));
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const result = await classifyDocument(source, { fileName: c.file }).finally(() => source.close());
      const ms = performance.now() - started;
      const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
      report.push(`${c.name}: ${result.type} ${result.error ?? '(no error)'} ${Math.round(ms)}ms`);
      expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
      expect(ms).toBeLessThan(5000);
      expect(heapGrowth).toBeLessThan(256 * 1024 * 1024);
      if (c.name === 'zip-nested') {
        // A genuine document with bombs embedded in it: classified by its own text, the embedded
        // archives are never opened (real SSPs embed workbooks too).
        expect(result.evidence.join(' ')).toMatch(/embedded object\(s\) not opened/);
        continue;
      }
      if (c.name === 'pdf-flate-bomb') {
        // A PDF whose content stream inflates to 1 GiB: each stream is inflated only up to the cap,
        // so the document is classified from what was read and the bomb costs nothing.
        expect(result.evidence.join(' ')).toMatch(/cap|truncat|limit/i);
        continue;
      }
      if (c.name === 'json-long-string') {
        // An OSCAL SSP whose title is one 50 MiB string: harmful only to a parser that reads it all.
        // Classification reads its first 512 KiB (the root key decides) and stays bounded.
        expect(result).toMatchObject({ type: 'SSP', format: 'oscal-json' });
        expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.textPrefixBytes);
        continue;
      }
      expect({ name: c.name, type: result.type }).toEqual({ name: c.name, type: 'UNKNOWN' });
      expect({ name: c.name, hasError: typeof result.error === 'string' && result.error.length > 10 }).toEqual({ name: c.name, hasError: true });
    }
    // Shown when a case regresses; useful when reading CI logs.
    if (process.env['INTAKE_TEST_VERBOSE']) console.log(report.join('\n'));
  }, 120_000);

  it('names the attack in the error of each attack', async () => {
    const expectations: Record<string, RegExp> = {
      'zip-bomb-docx': /zip bomb|ratio/i,
      'zip-overlap-bomb': /overlap|zip bomb/i,
      'zip-lying-size': /declared size|beyond/i,
      'xml-billion-laughs': /DTD|document type/i,
      'xml-xxe-file': /DTD|document type/i,
      'xml-oscal-doctype': /DTD|document type/i,
      'docx-billion-laughs': /DTD|document type/i,
      'xml-deep': /nested deeper/i,
      'json-deep-arrays': /nested deeper/i,
      'json-deep-objects': /nested deeper/i,
      'yaml-alias-bomb': /alias|YAML/i,
      'zip-truncated-half': /truncated|damaged|not a readable zip/i,
      'empty-docx': /empty/i,
    };
    for (const [name, pattern] of Object.entries(expectations)) {
      const c = cases.find((x) => x.name === name);
      expect(c).toBeDefined();
      const source = await FileByteSource.open(join(dir, c!.file));
      const result = await classifyDocument(source).finally(() => source.close());
      expect({ name, error: result.error }).toEqual({ name, error: expect.stringMatching(pattern) });
    }
  }, 60_000);
});
