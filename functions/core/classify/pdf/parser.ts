import type { Lexer } from './lexer.js';
import type { PdfValue } from './objects.js';
import { PdfDict, PdfName, PdfOp, PdfRef } from './objects.js';

/** Arrays and dictionaries nested deeper than this read as null (the tokens are still consumed). */
const MAX_DEPTH = 32;
/** Items kept per array / entries per dictionary; the rest are consumed and dropped. */
const MAX_ARRAY = 100_000;
const MAX_DICT = 10_000;

/**
 * Reads one value from the lexer: a number, name, string, array, dictionary, reference (`n g R`, when
 * `refs` is on) or, for a bare keyword, the operator itself. Undefined at the end of the range.
 * Bounded: recursion stops at MAX_DEPTH and every step consumes a token.
 */
export function parseValue(lexer: Lexer, refs: boolean, depth = 0): PdfValue | PdfOp | undefined {
  const token = lexer.next();
  if (token === undefined) return undefined;
  if (typeof token === 'number') {
    return refs && isIndex(token) ? maybeRef(lexer, token) : token;
  }
  if (!(token instanceof PdfOp)) return token;
  switch (token.op) {
    case '[':
      return depth >= MAX_DEPTH ? null : parseArray(lexer, refs, depth + 1);
    case '<<':
      return depth >= MAX_DEPTH ? null : parseDict(lexer, refs, depth + 1);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    default:
      return token;
  }
}

/** A non-negative integer (written without Number.isInteger: builtin calls are slow in some hosts). */
function isIndex(n: number): boolean {
  return n >= 0 && n % 1 === 0;
}

/** After a non-negative integer: `gen R` makes it a reference; otherwise the lexer is rewound. */
function maybeRef(lexer: Lexer, num: number): number | PdfRef {
  const rewind = lexer.pos;
  const gen = lexer.next();
  if (typeof gen === 'number' && isIndex(gen)) {
    const r = lexer.next();
    if (r instanceof PdfOp && r.op === 'R') return new PdfRef(num, gen);
  }
  lexer.pos = rewind;
  return num;
}

function parseArray(lexer: Lexer, refs: boolean, depth: number): PdfValue[] {
  const items: PdfValue[] = [];
  for (;;) {
    const value = parseValue(lexer, refs, depth);
    if (value === undefined) break;
    if (value instanceof PdfOp) {
      if (value.op === ']') break;
      continue; // stray keyword inside an array: ignored
    }
    if (items.length < MAX_ARRAY) items.push(value);
  }
  return items;
}

function parseDict(lexer: Lexer, refs: boolean, depth: number): PdfDict {
  const dict = new PdfDict();
  for (;;) {
    const key = parseValue(lexer, refs, depth);
    if (key === undefined) break;
    if (key instanceof PdfOp) {
      if (key.op === '>>') break;
      continue;
    }
    if (!(key instanceof PdfName)) continue; // not a key: skipped
    const value = parseValue(lexer, refs, depth);
    if (value === undefined) break;
    if (value instanceof PdfOp) {
      if (value.op === '>>') break;
      continue; // `/Key keyword`: malformed, the key is dropped
    }
    if (dict.entries.size < MAX_DICT || dict.entries.has(key.name)) dict.entries.set(key.name, value);
  }
  return dict;
}
