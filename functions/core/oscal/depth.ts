import { hostile } from '../classify/errors.js';

/**
 * True when UTF-8 JSON nests `{` / `[` deeper than `maxDepth` (brackets inside strings ignored). One
 * scan of the bytes (these ASCII bytes never occur inside a UTF-8 multi-byte sequence) before
 * JSON.parse builds anything; stops as soon as the limit is passed. Strings, most of an OSCAL
 * document's bytes, are skipped with the native byte search: their closing quote is the first `"`
 * after an even run of backslashes (a backslash escapes the byte after it).
 */
export function jsonExceedsDepth(utf8: Uint8Array, maxDepth: number): boolean {
  const bytes = Buffer.isBuffer(utf8) ? utf8 : Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
  let depth = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c === 0x22 /* " */) {
      let from = i + 1;
      for (;;) {
        const quote = bytes.indexOf(0x22, from);
        if (quote < 0) return false; // an unterminated string: JSON.parse will say so
        let backslashes = 0;
        while (bytes[quote - 1 - backslashes] === 0x5c /* \ */) backslashes++;
        if (backslashes % 2 === 0) {
          i = quote + 1;
          break;
        }
        from = quote + 1;
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
    i++;
  }
  return false;
}

/**
 * True when YAML text opens flow collections (`[`, `{` where a value starts: after a line start,
 * `- `, `: `, `? `, `,` or another bracket) deeper than `maxDepth`. Comments and quoted strings are
 * skipped. An approximation that never undercounts a real flow-nesting bomb, so the YAML parser,
 * which recurses per flow level, never sees one.
 */
export function yamlFlowExceedsDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let quote = 0;
  let valueStart = true; // at a position where a flow collection may start
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c && quote === 0x22) i++;
      else if (c === quote || c === 0x0a) quote = 0;
      continue;
    }
    switch (c) {
      case 0x0a: // newline
        valueStart = true;
        continue;
      case 0x20: // space
      case 0x09: // tab
        continue;
      case 0x23: // # comment (YAML needs a space before it; being generous only skips more)
        while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
        valueStart = true;
        continue;
      case 0x22: // "
      case 0x27: // '
        if (valueStart) quote = c;
        valueStart = false;
        continue;
      case 0x5b: // [
      case 0x7b: // {
        if (valueStart && ++depth > maxDepth) return true;
        continue;
      case 0x5d: // ]
      case 0x7d: // }
        if (depth > 0) depth--;
        valueStart = false;
        continue;
      case 0x2c: // ,
      case 0x3a: // :
      case 0x2d: // -
      case 0x3f: // ?
        valueStart = depth > 0 || c !== 0x2c;
        continue;
      default:
        valueStart = false;
    }
  }
  return false;
}

/**
 * Refuses a parsed value nested deeper than `maxDepth` (objects and arrays). Iterative, so it is
 * safe on any input, cyclic ones included (a cycle is infinitely deep).
 */
export function assertValueDepth(value: unknown, maxDepth: number, label: string): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, d] = top;
    if (typeof v !== 'object' || v === null) continue;
    if (d >= maxDepth) throw hostile(`${label} nested deeper than ${maxDepth} levels`);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
    }
  }
}
