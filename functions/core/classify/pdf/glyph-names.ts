/**
 * Glyph names (from an /Encoding /Differences array) to Unicode: the ASCII and common Latin names of
 * the Adobe Glyph List, accented letters composed from letter + accent name (eacute → é),
 * uniXXXX / uXXXX[XX] names, and ligature names joined with underscores (f_f_i).
 */
const NAMED = new Map<string, string>(Object.entries({
  space: ' ', exclam: '!', quotedbl: '"', numbersign: '#', dollar: '$', percent: '%', ampersand: '&',
  quotesingle: "'", quoteright: '’', parenleft: '(', parenright: ')', asterisk: '*', plus: '+', comma: ',',
  hyphen: '-', period: '.', slash: '/', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9', colon: ':', semicolon: ';', less: '<', equal: '=',
  greater: '>', question: '?', at: '@', bracketleft: '[', backslash: '\\', bracketright: ']',
  asciicircum: '^', underscore: '_', grave: '`', quoteleft: '‘', braceleft: '{', bar: '|',
  braceright: '}', asciitilde: '~', bullet: '•', endash: '–', emdash: '—', quotedblleft: '“',
  quotedblright: '”', quotesinglbase: '‚', quotedblbase: '„', guilsinglleft: '‹', guilsinglright: '›',
  guillemotleft: '«', guillemotright: '»', ellipsis: '…', fi: 'ﬁ', fl: 'ﬂ', ff: 'ﬀ', ffi: 'ﬃ', ffl: 'ﬄ',
  trademark: '™', copyright: '©', registered: '®', degree: '°', section: '§', paragraph: '¶',
  dagger: '†', daggerdbl: '‡', minus: '−', multiply: '×', divide: '÷', plusminus: '±', periodcentered: '·',
  nbspace: ' ', nonbreakingspace: ' ', sfthyphen: '-', softhyphen: '-', germandbls: 'ß', ae: 'æ', AE: 'Æ',
  oe: 'œ', OE: 'Œ', oslash: 'ø', Oslash: 'Ø', dotlessi: 'ı', lslash: 'ł', Lslash: 'Ł', eth: 'ð', Eth: 'Ð',
  thorn: 'þ', Thorn: 'Þ', florin: 'ƒ', sterling: '£', yen: '¥', Euro: '€', euro: '€', cent: '¢',
  currency: '¤', exclamdown: '¡', questiondown: '¿', ordfeminine: 'ª', ordmasculine: 'º', mu: 'µ',
  onehalf: '½', onequarter: '¼', threequarters: '¾', onesuperior: '¹', twosuperior: '²',
  threesuperior: '³', logicalnot: '¬', brokenbar: '¦', dieresis: '¨', macron: '¯', acute: '´',
  cedilla: '¸', circumflex: 'ˆ', tilde: '˜', caron: 'ˇ', breve: '˘', dotaccent: '˙', ring: '˚',
  ogonek: '˛', hungarumlaut: '˝', fraction: '⁄', perthousand: '‰', arrowright: '→', arrowleft: '←',
  checkmark: '✓', lozenge: '◊', notequal: '≠', lessequal: '≤', greaterequal: '≥', infinity: '∞',
}));

const ACCENTS = new Map<string, string>(Object.entries({
  acute: '\u0301', grave: '\u0300', circumflex: '\u0302', dieresis: '\u0308', tilde: '\u0303',
  ring: '\u030a', cedilla: '\u0327', caron: '\u030c', macron: '\u0304', breve: '\u0306',
  dotaccent: '\u0307', ogonek: '\u0328', hungarumlaut: '\u030b', commaaccent: '\u0326',
}));

const HEX_RUN = /^[0-9A-Fa-f]+$/;

export function glyphToUnicode(glyphName: string): string | undefined {
  const name = glyphName.split('.')[0] ?? '';
  if (name.length === 0 || name.length > 64) return undefined;
  if (name.includes('_')) {
    const parts = name.split('_').map(single);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  return single(name);
}

function single(name: string): string | undefined {
  const named = NAMED.get(name);
  if (named !== undefined) return named;
  if (name.length === 1 && /[A-Za-z]/.test(name)) return name;
  if (name.startsWith('uni') && name.length >= 7 && (name.length - 3) % 4 === 0 && HEX_RUN.test(name.slice(3))) {
    let out = '';
    for (let i = 3; i < name.length; i += 4) out += String.fromCharCode(parseInt(name.slice(i, i + 4), 16));
    return out;
  }
  if (name.startsWith('u') && name.length >= 5 && name.length <= 7 && HEX_RUN.test(name.slice(1))) {
    const code = parseInt(name.slice(1), 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const accent = ACCENTS.get(name.slice(1));
  const base = name[0] ?? '';
  if (accent !== undefined && /[A-Za-z]/.test(base)) return (base + accent).normalize('NFC');
  return undefined;
}
