import { ToUnicodeCMap } from './cmap.js';
import type { PdfDocument } from './document.js';
import type { Encoding } from './encodings.js';
import { namedEncoding, STANDARD, WIN_ANSI } from './encodings.js';
import { glyphToUnicode } from './glyph-names.js';
import type { PdfObject, PdfValue } from './objects.js';
import { PdfDict, PdfName, PdfRef, PdfStream } from './objects.js';

/** One glyph of a shown string. */
export interface Glyph {
  text: string;
  /** Advance width in text space per unit of font size (1000 glyph units = 1), when the font says. */
  width: number | undefined;
  /** Single-byte code 32: word spacing (Tw) applies to it. */
  wordSpace: boolean;
}

/** Turns the bytes of a shown string into glyphs. */
export interface FontDecoder {
  decode(bytes: Uint8Array): Glyph[];
}

/** Distinct fonts loaded per document; more fall back to the default decoder. */
const MAX_FONTS = 128;
/** Entries kept from a CIDFont /W array. */
const MAX_CID_WIDTHS = 65_536;

type WidthOf = (code: number) => number | undefined;

/** A simple font (Type1, TrueType, Type3, MMType1): one byte per code. */
class SimpleFont implements FontDecoder {
  constructor(
    private readonly encoding: Encoding,
    private readonly toUnicode: ToUnicodeCMap | undefined,
    private readonly widthOf: WidthOf,
  ) {}

  decode(bytes: Uint8Array): Glyph[] {
    const glyphs: Glyph[] = [];
    for (const code of bytes) {
      const text = this.toUnicode?.lookup(code, 1) ?? this.encoding[code] ?? '';
      glyphs.push({ text, width: this.widthOf(code), wordSpace: code === 0x20 });
    }
    return glyphs;
  }
}

/** A Type0 (composite) font: codes of 1–4 bytes (two with Identity-H), text through ToUnicode. */
class CompositeFont implements FontDecoder {
  constructor(
    private readonly codespace: ToUnicodeCMap | undefined,
    private readonly toUnicode: ToUnicodeCMap | undefined,
    /** Predefined Uni…-UCS2-H encodings: the code is the UTF-16 unit. */
    private readonly ucs2: boolean,
    private readonly widthOf: WidthOf,
  ) {}

  decode(bytes: Uint8Array): Glyph[] {
    // Code lengths come from the /Encoding CMap's codespaces, else the ToUnicode CMap's, else two bytes.
    const splitter = [this.codespace, this.toUnicode].find((cmap) => cmap?.hasCodespaces);
    const codes = splitter ? splitter.split(bytes, 2) : pairs(bytes);
    return codes.map(({ code, length }) => ({
      text: this.toUnicode?.lookup(code, length) ?? (this.ucs2 ? String.fromCharCode(code) : ''),
      width: this.widthOf(code),
      wordSpace: length === 1 && code === 0x20,
    }));
  }
}

function pairs(bytes: Uint8Array): { code: number; length: number }[] {
  const codes: { code: number; length: number }[] = [];
  for (let i = 0; i < bytes.byteLength; i += 2) {
    codes.push({ code: ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0), length: 2 });
  }
  return codes;
}

/** What text shown before any Tf, or in a font that cannot be found, is read with. */
export const DEFAULT_FONT: FontDecoder = new SimpleFont(WIN_ANSI, undefined, () => undefined);

/**
 * Font dictionaries to decoders, loaded once per document (fonts are shared between pages) and
 * looked up by their object number.
 */
export class FontCache {
  private readonly byNumber = new Map<number, FontDecoder>();
  private readonly byDict = new WeakMap<PdfDict, FontDecoder>();
  private readonly cmaps = new WeakMap<PdfStream, ToUnicodeCMap | undefined>();
  private loaded = 0;
  /** Fonts whose text cannot be mapped to Unicode (no ToUnicode on a composite font). */
  readonly unmappable = new Set<string>();

  constructor(private readonly doc: PdfDocument) {}

  async get(value: PdfObject | undefined): Promise<FontDecoder> {
    if (value instanceof PdfRef) {
      const cached = this.byNumber.get(value.num);
      if (cached) return cached;
    }
    const dict = await this.doc.dict(value);
    if (!dict) return DEFAULT_FONT;
    let font = this.byDict.get(dict);
    if (!font) {
      font = this.loaded < MAX_FONTS ? await this.load(dict) : DEFAULT_FONT;
      this.loaded++;
      this.byDict.set(dict, font);
    }
    if (value instanceof PdfRef) this.byNumber.set(value.num, font);
    return font;
  }

  private async load(dict: PdfDict): Promise<FontDecoder> {
    const { doc } = this;
    const toUnicode = await this.cmap(dict.get('ToUnicode'));
    if (dict.name('Subtype') === 'Type0') {
      const encoding = await doc.resolve(dict.get('Encoding'));
      const encodingName = encoding instanceof PdfName ? encoding.name : '';
      const codespace = encoding instanceof PdfStream ? await this.cmap(encoding) : undefined;
      const ucs2 = /^Uni.*-UCS2-/.test(encodingName);
      const descendants = await doc.array(dict.get('DescendantFonts'));
      const cidFont = await doc.dict(descendants?.[0]);
      if (!toUnicode && !ucs2) this.unmappable.add(dict.name('BaseFont') ?? 'unnamed');
      return new CompositeFont(codespace, toUnicode, ucs2, await this.cidWidths(cidFont));
    }
    return new SimpleFont(await this.encoding(dict), toUnicode, await this.simpleWidths(dict));
  }

  /** A CMap stream, parsed once however many fonts share it. */
  private async cmap(value: PdfObject | undefined): Promise<ToUnicodeCMap | undefined> {
    const stream = await this.doc.stream(value);
    if (!stream) return undefined;
    if (this.cmaps.has(stream)) return this.cmaps.get(stream);
    const decoded = await this.doc.decode(stream);
    const cmap = decoded
      ? ToUnicodeCMap.parse(decoded.bytes.subarray(0, this.doc.parseBudget.take(decoded.bytes.byteLength)))
      : undefined;
    this.cmaps.set(stream, cmap);
    return cmap;
  }

  /** /Encoding: a name, or a dictionary with /BaseEncoding and /Differences. */
  private async encoding(font: PdfDict): Promise<Encoding> {
    const baseFont = font.name('BaseFont') ?? '';
    const fallback = font.name('Subtype') === 'TrueType' || /Symbol|Dingbats/.test(baseFont) ? WIN_ANSI : STANDARD;
    const value = await this.doc.resolve(font.get('Encoding'));
    if (value instanceof PdfName) return namedEncoding(value.name) ?? fallback;
    if (!(value instanceof PdfDict)) return fallback;
    const base = namedEncoding(value.name('BaseEncoding')) ?? fallback;
    const differences = await this.doc.array(value.get('Differences'));
    if (!differences) return base;
    const table = base.slice();
    let code = 0;
    for (const item of differences) {
      if (typeof item === 'number') code = Math.floor(item);
      else if (item instanceof PdfName) {
        if (code >= 0 && code < 256) table[code] = glyphToUnicode(item.name) ?? '';
        code++;
      }
    }
    return table;
  }

  /** /FirstChar + /Widths, /MissingWidth from the descriptor; Type3 widths scaled by /FontMatrix. */
  private async simpleWidths(font: PdfDict): Promise<WidthOf> {
    const { doc } = this;
    const widths = await doc.array(font.get('Widths'));
    const firstChar = (await doc.number(font.get('FirstChar'))) ?? 0;
    const descriptor = await doc.dict(font.get('FontDescriptor'));
    const missing = (await doc.number(descriptor?.get('MissingWidth'))) ?? 0;
    let scale = 1 / 1000;
    if (font.name('Subtype') === 'Type3') {
      const matrix = await doc.array(font.get('FontMatrix'));
      const a = matrix?.[0];
      scale = typeof a === 'number' && a > 0 ? a : 0.001;
    }
    if (!widths) {
      // Standard 14 fonts need no /Widths; Courier is the one whose widths are known without tables.
      return /Courier/.test(font.name('BaseFont') ?? '') ? () => 0.6 : () => undefined;
    }
    return (code) => {
      const w = widths[code - firstChar];
      if (typeof w === 'number') return w * scale;
      return missing > 0 ? missing * scale : undefined;
    };
  }

  /** A CIDFont's /W (`c [w1 w2 …]` and `cFirst cLast w`) and /DW. */
  private async cidWidths(cidFont: PdfDict | undefined): Promise<WidthOf> {
    const { doc } = this;
    const fallback = (await doc.number(cidFont?.get('DW'))) ?? 1000;
    const w = await doc.array(cidFont?.get('W'));
    const single = new Map<number, number>();
    const ranges: [number, number, number][] = [];
    for (let i = 0; w && i < w.length && single.size < MAX_CID_WIDTHS && ranges.length < MAX_CID_WIDTHS; ) {
      const first = w[i];
      const next: PdfValue | undefined = w[i + 1];
      if (typeof first !== 'number') {
        i++;
      } else if (Array.isArray(next)) {
        next.slice(0, MAX_CID_WIDTHS).forEach((width, k) => {
          if (typeof width === 'number') single.set(first + k, width);
        });
        i += 2;
      } else {
        const last = next;
        const width = w[i + 2];
        if (typeof last === 'number' && typeof width === 'number') ranges.push([first, last, width]);
        i += 3;
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return (code) => {
      const exact = single.get(code);
      if (exact !== undefined) return exact / 1000;
      const range = findRange(ranges, code);
      return (range ?? fallback) / 1000;
    };
  }
}

/** Binary search of sorted [first, last, value] ranges. */
function findRange(ranges: [number, number, number][], code: number): number | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  let found: [number, number, number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid];
    if (!range) break;
    if (range[0] <= code) {
      found = range;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found && code <= found[1] ? found[2] : undefined;
}
