import { utf16be } from './encodings.js';
import { Lexer } from './lexer.js';
import type { PdfValue } from './objects.js';
import { PdfOp, PdfString } from './objects.js';
import { parseValue } from './parser.js';

/** One character code read from a shown string. */
export interface CharCode {
  code: number;
  /** Its length in bytes (1–4). */
  length: number;
}

interface Codespace {
  length: number;
  low: Uint8Array;
  high: Uint8Array;
}

interface CodeRange {
  /** Sort key: length * 2^32 + code, so codes of different lengths never collide. */
  low: number;
  high: number;
  /** UTF-16 code units of the first code's text; the last unit counts up through the range. */
  units: number[];
}

const MAX_CODESPACES = 32;
const MAX_SINGLES = 65_536;
const MAX_RANGES = 65_536;
/** Operands kept between two CMap operators (a bf block is at most 100 entries by the spec). */
const MAX_OPERANDS = 30_000;

const keyOf = (length: number, code: number): number => length * 0x1_0000_0000 + code;

/**
 * A ToUnicode CMap (ISO 32000-1 §9.10.3): codespace ranges, which say how many bytes each code of a
 * shown string takes, and bfchar / bfrange mappings from codes to Unicode text. Ranges are kept as
 * ranges (binary-searched), never expanded, so `<0000> <FFFF>` costs nothing.
 */
export class ToUnicodeCMap {
  private readonly codespaces: Codespace[] = [];
  private readonly singles = new Map<number, string>();
  private ranges: CodeRange[] = [];

  static parse(bytes: Uint8Array): ToUnicodeCMap {
    const cmap = new ToUnicodeCMap();
    const lexer = new Lexer(bytes);
    let operands: PdfValue[] = [];
    for (;;) {
      const value = parseValue(lexer, false);
      if (value === undefined) break;
      if (!(value instanceof PdfOp)) {
        if (operands.length < MAX_OPERANDS) operands.push(value);
        continue;
      }
      switch (value.op) {
        case 'endcodespacerange':
          cmap.addCodespaces(operands);
          break;
        case 'endbfchar':
          cmap.addChars(operands);
          break;
        case 'endbfrange':
          cmap.addRanges(operands);
          break;
      }
      operands = [];
    }
    cmap.ranges.sort((a, b) => a.low - b.low);
    return cmap;
  }

  get hasCodespaces(): boolean {
    return this.codespaces.length > 0;
  }

  /** The text of a code, or undefined when the CMap does not map it. */
  lookup(code: number, length: number): string | undefined {
    const key = keyOf(length, code);
    const single = this.singles.get(key);
    if (single !== undefined) return single;
    const { ranges } = this;
    let lo = 0;
    let hi = ranges.length - 1;
    let found: CodeRange | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = ranges[mid];
      if (!range) break;
      if (range.low <= key) {
        found = range;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (!found || key > found.high) return undefined;
    const units = found.units.slice();
    const last = units.length - 1;
    units[last] = ((units[last] ?? 0) + (key - found.low)) & 0xffff;
    const text = String.fromCharCode(...units);
    if (this.singles.size < MAX_SINGLES) this.singles.set(key, text); // next time, a plain lookup
    return text;
  }

  /**
   * Splits a shown string into codes: at each position the shortest codespace range that matches
   * decides the length; bytes matching none take `fallbackLength` (the font's usual code length).
   */
  split(bytes: Uint8Array, fallbackLength: number): CharCode[] {
    const codes: CharCode[] = [];
    for (let i = 0; i < bytes.byteLength; ) {
      let length = 0;
      for (const space of this.codespaces) {
        if (i + space.length <= bytes.byteLength && inCodespace(bytes, i, space)) {
          length = space.length;
          break;
        }
      }
      if (length === 0) length = Math.max(1, Math.min(fallbackLength, bytes.byteLength - i));
      let code = 0;
      for (let k = 0; k < length; k++) code = code * 256 + (bytes[i + k] ?? 0);
      codes.push({ code, length });
      i += length;
    }
    return codes;
  }

  private addCodespaces(operands: PdfValue[]): void {
    for (let i = 0; i + 1 < operands.length; i += 2) {
      const low = operands[i];
      const high = operands[i + 1];
      if (!(low instanceof PdfString) || !(high instanceof PdfString)) continue;
      const length = low.bytes.byteLength;
      if (length < 1 || length > 4 || high.bytes.byteLength !== length) continue;
      if (this.codespaces.length >= MAX_CODESPACES) break;
      this.codespaces.push({ length, low: low.bytes, high: high.bytes });
    }
    this.codespaces.sort((a, b) => a.length - b.length);
  }

  private addChars(operands: PdfValue[]): void {
    for (let i = 0; i + 1 < operands.length; i += 2) {
      const source = codeOf(operands[i]);
      const target = operands[i + 1];
      if (!source || !(target instanceof PdfString) || this.singles.size >= MAX_SINGLES) continue;
      this.singles.set(keyOf(source.length, source.code), utf16be(target.bytes));
    }
  }

  private addRanges(operands: PdfValue[]): void {
    for (let i = 0; i + 2 < operands.length; i += 3) {
      const low = codeOf(operands[i]);
      const high = codeOf(operands[i + 1]);
      const target = operands[i + 2];
      if (!low || !high || high.length !== low.length || high.code < low.code) continue;
      if (Array.isArray(target)) {
        // <lo> <hi> [<text> <text> …]: one text per code.
        const count = Math.min(target.length, high.code - low.code + 1);
        for (let k = 0; k < count && this.singles.size < MAX_SINGLES; k++) {
          const text = target[k];
          if (text instanceof PdfString) this.singles.set(keyOf(low.length, low.code + k), utf16be(text.bytes));
        }
      } else if (target instanceof PdfString && target.bytes.byteLength >= 2 && this.ranges.length < MAX_RANGES) {
        const units: number[] = [];
        for (let k = 0; k + 1 < target.bytes.byteLength && units.length < 16; k += 2) {
          units.push(((target.bytes[k] ?? 0) << 8) | (target.bytes[k + 1] ?? 0));
        }
        this.ranges.push({ low: keyOf(low.length, low.code), high: keyOf(high.length, high.code), units });
      }
    }
  }
}

function codeOf(value: PdfValue | undefined): CharCode | undefined {
  if (!(value instanceof PdfString)) return undefined;
  const length = value.bytes.byteLength;
  if (length < 1 || length > 4) return undefined;
  let code = 0;
  for (const byte of value.bytes) code = code * 256 + byte;
  return { code, length };
}

function inCodespace(bytes: Uint8Array, at: number, space: Codespace): boolean {
  for (let k = 0; k < space.length; k++) {
    const byte = bytes[at + k] ?? 0;
    if (byte < (space.low[k] ?? 0) || byte > (space.high[k] ?? 0)) return false;
  }
  return true;
}
