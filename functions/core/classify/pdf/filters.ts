import { inflateCapped } from '../../bytes/inflate.js';
import { hexValue, WHITESPACE } from './lexer.js';
import type { InflateBudget } from './budget.js';
import type { PdfStream, PdfValue } from './objects.js';
import { PdfDict, PdfName } from './objects.js';

export interface DecodedStream {
  bytes: Uint8Array;
  /** Output stopped early: the per-stream cap, the total budget, or data cut short / corrupt. */
  truncated: boolean;
}

/**
 * Decodes a stream's data through its filters: FlateDecode (capped, via inflateCapped; PNG predictors),
 * ASCIIHexDecode and ASCII85Decode. Undefined for filters that carry no text (DCT, JPX, CCITT,
 * JBIG2) or that are not supported (LZW, RunLength, Crypt).
 */
export async function decodeStream(stream: PdfStream, budget: InflateBudget): Promise<DecodedStream | undefined> {
  const filters = asList(stream.dict.get('Filter'));
  const params = asList(stream.dict.get('DecodeParms'));
  let bytes = stream.raw;
  let truncated = !stream.complete;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (!(filter instanceof PdfName)) return undefined;
    const param = params[i];
    switch (filter.name) {
      case 'FlateDecode': {
        const cap = Math.min(budget.perStream, budget.remaining);
        if (cap <= 0) {
          budget.starvedStreams++;
          return { bytes: new Uint8Array(0), truncated: true };
        }
        const result = await inflateCapped(bytes, { cap });
        budget.spend(result.bytes.byteLength);
        if (result.truncated) budget.cappedStreams++;
        truncated ||= result.truncated || result.error !== undefined;
        bytes = param instanceof PdfDict ? unpredict(result.bytes, param) ?? result.bytes : result.bytes;
        break;
      }
      case 'ASCIIHexDecode':
        bytes = asciiHex(bytes);
        break;
      case 'ASCII85Decode':
        bytes = ascii85(bytes);
        break;
      default:
        return undefined;
    }
  }
  return { bytes, truncated };
}

function asList(value: PdfValue | undefined): PdfValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.byteLength / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break; // '>' ends the data
    const v = hexValue(c);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

function ascii85(data: Uint8Array): Uint8Array {
  let zeros = 0;
  for (const c of data) if (c === 0x7a) zeros++;
  const out = new Uint8Array(Math.ceil((data.byteLength * 4) / 5) + zeros * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  let i = 0;
  if (data[0] === 0x3c && data[1] === 0x7e) i = 2; // optional <~
  for (; i < data.byteLength; i++) {
    const c = data[i] ?? 0;
    if (c === 0x7e) break; // ~> ends the data
    if (WHITESPACE[c] === 1) continue;
    if (c === 0x7a && count === 0) {
      n += 4; // 'z': four zero bytes
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      for (let k = 3; k >= 0; k--) out[n + 3 - k] = (group >>> (k * 8)) & 0xff;
      n += 4;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    // A partial final group: pad with 'u' and keep count-1 bytes.
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < count - 1; k++) out[n++] = (group >>> ((3 - k) * 8)) & 0xff;
  }
  return out.subarray(0, n);
}

/** Undoes a PNG (10–15) predictor; TIFF predictor 2 and odd bit depths are left alone (undefined). */
function unpredict(data: Uint8Array, params: PdfDict): Uint8Array | undefined {
  const predictor = params.number('Predictor') ?? 1;
  if (predictor < 10) return undefined;
  const colors = clampInt(params.number('Colors') ?? 1, 1, 32);
  const bpc = clampInt(params.number('BitsPerComponent') ?? 8, 1, 16);
  const columns = clampInt(params.number('Columns') ?? 1, 1, 1 << 20);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((colors * bpc * columns) / 8);
  const rows = Math.floor(data.byteLength / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)] ?? 0;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let x = 0; x < rowLength; x++) {
      const raw = data[src + x] ?? 0;
      const left = x >= bpp ? (out[dst + x - bpp] ?? 0) : 0;
      const up = r > 0 ? (out[dst + x - rowLength] ?? 0) : 0;
      const upLeft = r > 0 && x >= bpp ? (out[dst + x - rowLength - bpp] ?? 0) : 0;
      let value = raw;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) value = raw + paeth(left, up, upLeft);
      out[dst + x] = value & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
