/**
 * Single-byte encodings of PDF text strings and simple fonts (ISO 32000-1 Annex D), as 256-entry
 * tables of strings ('' for an undefined code).
 */
export type Encoding = readonly string[];

function latin1WithOverrides(overrides: Record<number, string>, undefinedCodes: number[] = []): Encoding {
  const table = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));
  for (const [code, text] of Object.entries(overrides)) table[Number(code)] = text;
  for (const code of undefinedCodes) table[code] = '';
  return table;
}

/** Windows code page 1252, as PDF uses it. */
export const WIN_ANSI: Encoding = latin1WithOverrides(
  {
    0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
    0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
    0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
    0xa0: ' ', 0xad: '-',
  },
  [0x81, 0x8d, 0x8f, 0x90, 0x9d],
);

/** PDFDocEncoding: the encoding of text strings without a byte order mark. */
export const PDF_DOC: Encoding = latin1WithOverrides(
  {
    0x18: '˘', 0x19: 'ˇ', 0x1a: 'ˆ', 0x1b: '˙', 0x1c: '˝', 0x1d: '˛', 0x1e: '˚', 0x1f: '˜',
    0x80: '•', 0x81: '†', 0x82: '‡', 0x83: '…', 0x84: '—', 0x85: '–', 0x86: 'ƒ', 0x87: '⁄', 0x88: '‹',
    0x89: '›', 0x8a: '−', 0x8b: '‰', 0x8c: '„', 0x8d: '“', 0x8e: '”', 0x8f: '‘', 0x90: '’', 0x91: '‚',
    0x92: '™', 0x93: 'ﬁ', 0x94: 'ﬂ', 0x95: 'Ł', 0x96: 'Œ', 0x97: 'Š', 0x98: 'Ÿ', 0x99: 'Ž', 0x9a: 'ı',
    0x9b: 'ł', 0x9c: 'œ', 0x9d: 'š', 0x9e: 'ž', 0xa0: '€',
  },
  [0x7f, 0x9f, 0xad],
);

const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

export const MAC_ROMAN: Encoding = Array.from({ length: 256 }, (_, code) =>
  code < 0x80 ? String.fromCharCode(code) : (MAC_ROMAN_HIGH[code - 0x80] ?? ''),
);

const STANDARD_HIGH: Record<number, string> = {
  0xa1: '¡', 0xa2: '¢', 0xa3: '£', 0xa4: '⁄', 0xa5: '¥', 0xa6: 'ƒ', 0xa7: '§', 0xa8: '¤', 0xa9: "'",
  0xaa: '“', 0xab: '«', 0xac: '‹', 0xad: '›', 0xae: 'ﬁ', 0xaf: 'ﬂ', 0xb1: '–', 0xb2: '†', 0xb3: '‡',
  0xb4: '·', 0xb6: '¶', 0xb7: '•', 0xb8: '‚', 0xb9: '„', 0xba: '”', 0xbb: '»', 0xbc: '…', 0xbd: '‰',
  0xbf: '¿', 0xc1: '`', 0xc2: '´', 0xc3: 'ˆ', 0xc4: '˜', 0xc5: '¯', 0xc6: '˘', 0xc7: '˙', 0xc8: '¨',
  0xca: '˚', 0xcb: '¸', 0xcd: '˝', 0xce: '˛', 0xcf: 'ˇ', 0xd0: '—', 0xe1: 'Æ', 0xe3: 'ª', 0xe8: 'Ł',
  0xe9: 'Ø', 0xea: 'Œ', 0xeb: 'º', 0xf1: 'æ', 0xf5: 'ı', 0xf8: 'ł', 0xf9: 'ø', 0xfa: 'œ', 0xfb: 'ß',
};

/** Adobe StandardEncoding (the built-in encoding of most Type 1 fonts). */
export const STANDARD: Encoding = Array.from({ length: 256 }, (_, code) => {
  if (code === 0x27) return '’';
  if (code === 0x60) return '‘';
  if (code < 0x7f) return String.fromCharCode(code);
  return STANDARD_HIGH[code] ?? '';
});

export function namedEncoding(name: string | undefined): Encoding | undefined {
  switch (name) {
    case 'WinAnsiEncoding':
      return WIN_ANSI;
    case 'MacRomanEncoding':
      return MAC_ROMAN;
    case 'StandardEncoding':
      return STANDARD;
    case 'PDFDocEncoding':
      return PDF_DOC;
    default:
      return undefined;
  }
}

/** Decodes UTF-16BE code units (a trailing odd byte is dropped). */
export function utf16be(bytes: Uint8Array, start = 0): string {
  let out = '';
  const units: number[] = [];
  for (let i = start; i + 1 < bytes.byteLength; i += 2) {
    units.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    if (units.length === 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

/**
 * A text string (ISO 32000-1 §7.9.2): UTF-16BE with a byte order mark, UTF-8 with one (PDF 2.0),
 * otherwise PDFDocEncoding. Language escapes (ESC … ESC) are removed.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withoutLanguageEscapes(utf16be(bytes, 2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  let text = '';
  for (const byte of bytes) text += PDF_DOC[byte] ?? '';
  return text;
}

/** A text string as a one-line value (Info /Title): control characters and runs of whitespace become one space. */
export function decodeTextString(bytes: Uint8Array): string {
  // eslint-disable-next-line no-control-regex
  return decodeTextBytes(bytes).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Drops the language tags of UTF-16 text strings: ESC lang [country] ESC. */
function withoutLanguageEscapes(text: string): string {
  if (!text.includes('\u001b')) return text;
  let out = '';
  let inEscape = false;
  for (const ch of text) {
    if (ch === '\u001b') inEscape = !inEscape;
    else if (!inEscape) out += ch;
  }
  return out;
}
