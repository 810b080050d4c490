// Correctness of the shortcuts that make OSCAL validation fast (issue 7): each is checked against the
// plain computation it replaced. No timings here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonExceedsDepth } from '../../functions/core/oscal/depth.js';
import { allowedValues } from '../../functions/core/validate/oscal-rules/allowed-values.js';
import { documentIndex } from '../../functions/core/validate/oscal-rules/document-index.js';
import { runRules } from '../../functions/core/validate/oscal-rules/engine.js';
import { OSCAL_RULES } from '../../functions/core/validate/oscal-rules/index.js';
import { child, descend, items, select, walkValues, type Json, type JsonObject, type Located } from '../../functions/core/validate/oscal-rules/query.js';
import { plain, plainAtLeast } from '../../functions/core/validate/oscal-rules/ssp-implementation/helpers.js';
import type { RuleContext } from '../../functions/core/validate/oscal-rules/types.js';

/** The byte-by-byte nesting scan that jsonExceedsDepth replaced. */
function exceedsDepthReference(utf8: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  return false;
}

/** A small deterministic generator (mulberry32), so the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('jsonExceedsDepth skips strings natively', () => {
  const cases = [
    '{"a":[[["x"]]]}',
    '{"a":"[[[[[[[["}',
    '{"a":"\\"[[[[[[[[\\""}',
    '{"a":"\\\\"}[[[[[[[[',
    '{"a":"\\\\\\"[[[[[[[["}',
    '"unterminated [[[[[[[[',
    '[[[[[[[[',
    '{"é":"ü[[[[[[[[", "b": [[[[[[[[1]]]]]]]]}',
  ];
  it.each(cases)('agrees with the byte-by-byte scan on %s', (text) => {
    const bytes = new TextEncoder().encode(text);
    for (const max of [0, 1, 3, 7, 8, 100]) expect(jsonExceedsDepth(bytes, max)).toBe(exceedsDepthReference(bytes, max));
    expect(jsonExceedsDepth(Buffer.from(bytes), 3)).toBe(exceedsDepthReference(bytes, 3));
  });

  it('agrees with it on 2,000 random strings of brackets, quotes and backslashes', () => {
    const next = random(7);
    const alphabet = ['{', '}', '[', ']', '"', '\\', 'a', ' ', ':', ','];
    let disagreements = 0;
    let exceeded = 0;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const bytes = new TextEncoder().encode(text);
      const expected = exceedsDepthReference(bytes, 3);
      if (expected) exceeded++;
      if (jsonExceedsDepth(bytes, 3) !== expected) disagreements++;
    }
    expect(disagreements).toBe(0);
    expect(exceeded).toBeGreaterThan(100); // both answers were exercised
  });
});

/** The eager path walk `select` replaced: a new pointer string for every node. */
function selectReference(from: { value: Json; pointer: string }, path: string): { value: Json; pointer: string }[] {
  const esc = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
  const flat = (n: { value: Json; pointer: string }): { value: Json; pointer: string }[] =>
    Array.isArray(n.value) ? n.value.map((value, i) => ({ value, pointer: `${n.pointer}/${i}` })) : [n];
  let current = [from];
  for (const key of path.split('/').filter(Boolean)) {
    current = current.flatMap(flat).flatMap((el) => {
      const v = el.value;
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !(key in v)) return [];
      return flat({ value: v[key] as Json, pointer: `${el.pointer}/${esc(key)}` });
    });
  }
  return current;
}

describe('select with lazy pointers and kept answers', () => {
  const doc: JsonObject = {
    'a/b': [{ 'c~d': ['x', { e: 1 }] }, 'not an object', { 'c~d': { e: [2, 3] } }],
    list: [[{ k: 'nested arrays' }], { k: ['v1', 'v2'] }],
    empty: [],
  };
  const root = (): Located => ({ value: doc, pointer: '/system-security-plan' });
  const plainNodes = (nodes: readonly Located[]): { value: Json; pointer: string }[] => nodes.map((n) => ({ value: n.value, pointer: n.pointer }));

  it.each(['a/b', 'list/k', 'list', 'list/k/x', 'empty', 'missing/x', ''])('answers %p as the eager walk did', (path) => {
    const r = root();
    expect(plainNodes(select(r, path))).toEqual(selectReference(r, path));
    // Asked again (of the same node and of nodes it returned): the same answer.
    expect(plainNodes(select(r, path))).toEqual(selectReference(r, path));
    for (const n of select(r, path)) expect(plainNodes(select(n, 'k'))).toEqual(selectReference(n, 'k'));
  });

  it.each(['c~d', 'c~d/e', 'e'])('answers %p below a key holding / as the eager walk did', (path) => {
    const from = child(root(), 'a/b')!;
    expect(plainNodes(select(from, path))).toEqual(selectReference(from, path));
    expect(plainNodes(select(from, path))).toEqual(selectReference(from, path));
  });

  it('escapes ~ and / in pointers and numbers array elements', () => {
    // A path cannot name a key holding '/': start from that child.
    expect(select(child(root(), 'a/b'), 'c~d/e').map((n) => n.pointer)).toEqual(['/system-security-plan/a~1b/0/c~0d/1/e', '/system-security-plan/a~1b/2/c~0d/e/0', '/system-security-plan/a~1b/2/c~0d/e/1']);
    expect(items(select(root(), 'list')[0]).map((n) => n.pointer)).toEqual(['/system-security-plan/list/0/0']);
  });

  it('hands out answers no rule can change', () => {
    const found = select(root(), 'list/k');
    expect(Object.isFrozen(found)).toBe(true);
    expect(() => (found as Located[]).push(found[0]!)).toThrow(TypeError);
  });

  it('walks values in document order and descends to the node of a path', () => {
    const seen: string[] = [];
    walkValues(doc, (v, path) => {
      if (typeof v === 'string') seen.push(`${path.join('.')}=${v}`);
    });
    expect(seen).toEqual(['a/b.0.c~d.0=x', 'a/b.1=not an object', 'list.0.0.k=nested arrays', 'list.1.k.0=v1', 'list.1.k.1=v2']);
    const n = descend(root(), ['a/b', 2, 'c~d', 'e', 1]);
    expect(n).toMatchObject({ value: 3, pointer: '/system-security-plan/a~1b/2/c~0d/e/1' });
  });
});

describe('the one-walk document index', () => {
  const ctxOf = (value: JsonObject, pointer = '/system-security-plan'): RuleContext => ({
    model: 'system-security-plan',
    doc: { value, pointer },
    allowedValues: allowedValues(),
    asOf: new Date('2025-01-01T00:00:00Z'),
  });
  const resource = (uuid: string): JsonObject => ({ uuid, title: 'a document' });

  it('finds references to resources anywhere but in resources’ own uuids', () => {
    const doc: JsonObject = {
      metadata: { links: [{ href: ' #11111111-1111-4111-8111-111111111111 ', rel: 'reference' }] },
      'control-implementation': { remarks: '22222222-2222-4222-8222-222222222222' },
      'back-matter': { resources: [resource('11111111-1111-4111-8111-111111111111'), resource('22222222-2222-4222-8222-222222222222'), resource('33333333-3333-4333-8333-333333333333')] },
    };
    expect([...documentIndex(ctxOf(doc)).resourceReferences].sort()).toEqual(['#11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222']);
  });

  it('counts a uuid at …/back-matter/resources/N/uuid as the resource’s own, wherever the model root is', () => {
    // The model root itself is a resource: its uuid is its own, even though the path inside is just `uuid`.
    const doc: JsonObject = { uuid: '44444444-4444-4444-8444-444444444444', 'back-matter': { resources: [resource('44444444-4444-4444-8444-444444444444')] } };
    expect(documentIndex(ctxOf(doc, '/x/back-matter/resources/3')).resourceReferences.size).toBe(0);
    expect([...documentIndex(ctxOf({ ...doc }, '/system-security-plan')).resourceReferences]).toEqual(['44444444-4444-4444-8444-444444444444']);
  });

  it('lists planned completion dates under props only, in document order', () => {
    const date = (value: string): JsonObject => ({ name: 'planned-completion-date', value });
    const doc: JsonObject = {
      'control-implementation': {
        'implemented-requirements': [
          { uuid: 'a', props: [date('2030-01-01')], remarks: date('not under props') },
          { uuid: 'b', statements: [{ 'props-extra': date('2031-01-01') }] },
        ],
      },
    };
    const found = documentIndex(ctxOf(doc)).plannedCompletionDates;
    expect(found.map((n) => n.pointer)).toEqual([
      '/system-security-plan/control-implementation/implemented-requirements/0/props/0',
      '/system-security-plan/control-implementation/implemented-requirements/1/statements/0/props-extra',
    ]);
  });
});

describe('plainAtLeast never claims more text than plain() has', () => {
  it.each<[Json, number]>([
    ['  ** __ ## >> ``  ', 1],
    ['short', 20],
    ['exactly twenty chars', 20],
    ['nineteen characters', 20],
    ['twentycharacterslong', 20],
    ['nineteencharacters.', 20],
    [{ prose: ['a b', 'c\u00a0d', '*e*'] }, 5],
    [['\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9'], 20],
    [{ a: 1, b: true, c: null }, 1],
  ])('%p at %p', (value, n) => {
    const length = plain(value).length;
    if (plainAtLeast(value, n)) expect(length).toBeGreaterThanOrEqual(n);
    // Text of printable ASCII without spaces or markup is decided without plain().
    if (typeof value === 'string' && /^[A-Za-z0-9.,;]*$/.test(value)) expect(plainAtLeast(value, n)).toBe(length >= n);
  });
});

describe('rules over a document validated twice', () => {
  it('give the same findings the second time (kept answers do not leak between runs)', () => {
    const template = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'oscal', 'FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as JsonObject;
    const run = (): string[] => {
      const value = template['system-security-plan'] as JsonObject;
      return runRules(OSCAL_RULES, { model: 'system-security-plan', doc: { value, pointer: '/system-security-plan' }, allowedValues: allowedValues(), asOf: new Date('2025-07-15') }).findings.map(
        (f) => `${f.ruleId} ${f.location} ${f.message}`,
      );
    };
    const first = run();
    expect(first.length).toBeGreaterThan(10);
    expect(run()).toEqual(first);
  });
});
