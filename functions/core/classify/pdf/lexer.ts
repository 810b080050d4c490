import { PdfName, PdfOp, PdfString } from './objects.js';

/**
 * PDF tokenizer (ISO 32000-1 §7.2–7.3) over a byte range. Every call to `next()` consumes at least
 * one byte, nothing is ever re-scanned, and no token is longer than the range: lexing is linear in
 * the input whatever it contains.
 */
export type Token = number | PdfName | PdfString | PdfOp;

const byteClass = (chars: number[]): Uint8Array => {
  const table = new Uint8Array(256);
  for (const c of chars) table[c] = 1;
  return table;
};

/** NUL, TAB, LF, FF, CR, SP. */
export const WHITESPACE = byteClass([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** ( ) < > [ ] { } / % */
const DELIMITER = byteClass([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function isRegular(c: number): boolean {
  return WHITESPACE[c] === 0 && DELIMITER[c] === 0;
}

/** Names and keywords longer than this are consumed whole but kept truncated. */
const MAX_NAME = 256;

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[0x41 + i] = 10 + i;
  HEX[0x61 + i] = 10 + i;
}

export function hexValue(c: number): number {
  return HEX[c] ?? -1;
}

/** Interned operators, so content streams do not allocate one object per operator. */
const OPS = new Map<string, PdfOp>();
export function op(name: string): PdfOp {
  let found = OPS.get(name);
  if (!found) {
    found = new PdfOp(name);
    if (OPS.size < 512) OPS.set(name, found);
  }
  return found;
}

const DELIMITER_OPS = new Map<number, PdfOp>([0x5b, 0x5d, 0x7b, 0x7d, 0x29].map((c) => [c, op(String.fromCharCode(c))]));

/**
 * Words of up to 6 bytes (operators, most names) are looked up by a numeric key of their bytes, so the
 * common case builds no string: String.fromCharCode per byte is what lexing would otherwise spend on.
 */
const SHORT_WORD = 6;
const MAX_CACHED_WORDS = 4096;
const words = new Map<number, string>();

function shortKey(bytes: Uint8Array, start: number, end: number): number {
  let key = end - start;
  for (let i = end - 1; i >= start; i--) key = key * 256 + (bytes[i] ?? 0);
  return key;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/** The bytes [start, end) as a latin-1 string, at most MAX_NAME characters. */
function word(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_WORD) return latin1(bytes, start, Math.min(end, start + MAX_NAME));
  const key = shortKey(bytes, start, end);
  let found = words.get(key);
  if (found === undefined) {
    found = latin1(bytes, start, end);
    if (words.size < MAX_CACHED_WORDS) words.set(key, found);
  }
  return found;
}

export class Lexer {
  pos: number;
  private scratch = new Uint8Array(256);

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.byteLength,
  ) {
    this.pos = start;
  }

  private at(i: number): number {
    return this.bytes[i] ?? 0;
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const { end } = this;
    let p = this.pos;
    while (p < end) {
      const c = this.at(p);
      if (c === 0x25) {
        while (p < end && this.at(p) !== 0x0a && this.at(p) !== 0x0d) p++;
      } else if (WHITESPACE[c] === 1) {
        p++;
      } else {
        break;
      }
    }
    this.pos = p;
  }

  /** The next token, or undefined at the end of the range. */
  next(): Token | undefined {
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    const c = this.at(this.pos);
    switch (c) {
      case 0x28: // (
        this.pos++;
        return this.literalString();
      case 0x3c: // <
        if (this.at(this.pos + 1) === 0x3c && this.pos + 1 < this.end) {
          this.pos += 2;
          return op('<<');
        }
        this.pos++;
        return this.hexString();
      case 0x3e: // >
        if (this.at(this.pos + 1) === 0x3e && this.pos + 1 < this.end) {
          this.pos += 2;
          return op('>>');
        }
        this.pos++;
        return op('>');
      case 0x2f: // /
        this.pos++;
        return this.name();
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
      case 0x29: // [ ] { } and a stray )
        this.pos++;
        return DELIMITER_OPS.get(c) ?? op(')');
      default:
        return this.regular();
    }
  }

  private push(length: number, byte: number): number {
    if (length === this.scratch.length) {
      const grown = new Uint8Array(this.scratch.length * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    this.scratch[length] = byte;
    return length + 1;
  }

  /** After the opening parenthesis: balanced parentheses, backslash escapes, octal codes, line continuations. */
  private literalString(): PdfString {
    const { end } = this;
    let p = this.pos;
    let n = 0;
    let depth = 1;
    while (p < end) {
      const c = this.at(p++);
      if (c === 0x5c) {
        if (p >= end) break;
        const e = this.at(p++);
        switch (e) {
          case 0x6e: n = this.push(n, 0x0a); break; // \n
          case 0x72: n = this.push(n, 0x0d); break; // \r
          case 0x74: n = this.push(n, 0x09); break; // \t
          case 0x62: n = this.push(n, 0x08); break; // \b
          case 0x66: n = this.push(n, 0x0c); break; // \f
          case 0x0d: // backslash-EOL: line continuation
            if (p < end && this.at(p) === 0x0a) p++;
            break;
          case 0x0a:
            break;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let value = e - 0x30;
              for (let k = 0; k < 2 && p < end && this.at(p) >= 0x30 && this.at(p) <= 0x37; k++) {
                value = value * 8 + (this.at(p++) - 0x30);
              }
              n = this.push(n, value & 0xff);
            } else {
              n = this.push(n, e); // \( \) \\ and unknown escapes: the character itself
            }
        }
      } else if (c === 0x28) {
        depth++;
        n = this.push(n, c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        n = this.push(n, c);
      } else if (c === 0x0d) {
        // An unescaped end-of-line (CR, LF or CRLF) reads as LF.
        if (p < end && this.at(p) === 0x0a) p++;
        n = this.push(n, 0x0a);
      } else {
        n = this.push(n, c);
      }
    }
    this.pos = p;
    return new PdfString(this.scratch.slice(0, n), false);
  }

  /** After `<`: hex digits, whitespace ignored, a missing final digit read as 0. */
  private hexString(): PdfString {
    const { end } = this;
    let p = this.pos;
    let n = 0;
    let high = -1;
    while (p < end) {
      const c = this.at(p++);
      if (c === 0x3e) break;
      const v = hexValue(c);
      if (v < 0) continue;
      if (high < 0) {
        high = v;
      } else {
        n = this.push(n, (high << 4) | v);
        high = -1;
      }
    }
    if (high >= 0) n = this.push(n, high << 4);
    this.pos = p;
    return new PdfString(this.scratch.slice(0, n), true);
  }

  /** After `/`: regular characters with #xx escapes. */
  private name(): PdfName {
    const { end } = this;
    const start = this.pos;
    let p = start;
    let escaped = false;
    while (p < end && isRegular(this.at(p))) {
      if (this.at(p) === 0x23) escaped = true;
      p++;
    }
    this.pos = p;
    if (!escaped) return new PdfName(word(this.bytes, start, p));
    let out = '';
    for (let i = start; i < p && out.length < MAX_NAME; i++) {
      let code = this.at(i);
      if (code === 0x23 && i + 2 < p && hexValue(this.at(i + 1)) >= 0 && hexValue(this.at(i + 2)) >= 0) {
        code = (hexValue(this.at(i + 1)) << 4) | hexValue(this.at(i + 2));
        i += 2;
      }
      out += String.fromCharCode(code);
    }
    return new PdfName(out);
  }

  /** A run of regular characters: a number when it looks like one, otherwise a keyword. */
  private regular(): number | PdfOp {
    const { end } = this;
    const start = this.pos;
    let p = start;
    let numeric = true;
    let digits = false;
    while (p < end) {
      const c = this.at(p);
      if (!isRegular(c)) break;
      if (c >= 0x30 && c <= 0x39) digits = true;
      else if (c !== 0x2b && c !== 0x2d && c !== 0x2e) numeric = false;
      p++;
    }
    if (p === start) p++; // a lone byte that is neither regular nor handled above: consume it
    this.pos = p;
    if (numeric && digits) return parseNumber(this.bytes, start, p);
    return op(word(this.bytes, start, p));
  }
}

/** Reads [+-]digits[.digits] leniently (`--5`, `1.2.3` and `5-` read as far as they make sense). */
function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  while (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d)) {
    if (bytes[i] === 0x2d) negative = true;
    i++;
  }
  let value = 0;
  let scale = 0;
  for (; i < end; i++) {
    const c = bytes[i] ?? 0;
    if (c === 0x2e) {
      if (scale !== 0) break;
      scale = 1;
    } else if (c >= 0x30 && c <= 0x39) {
      if (scale === 0) value = value * 10 + (c - 0x30);
      else value += (c - 0x30) / (scale *= 10);
    } else {
      break;
    }
  }
  if (value - value !== 0) value = 0; // Infinity from a run of digits too long
  return negative ? -value : value;
}
