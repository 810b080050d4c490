const DAY_MS = 86_400_000;

/** Built-in number formats that display dates or times (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows its number as a date: the built-in ids 14–22 and 45–47, or a custom
 * code with day, month or year tokens. Quoted literals, escaped characters, bracketed sections
 * (`[Red]`, `[$-409]`, `[h]`) and AM/PM are ignored; `m` alongside `h` or `s` and no `d`/`y` is
 * minutes, i.e. a time of day, not a date.
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILTIN_DATE_FORMATS.has(numFmtId);
  const section = formatCode.split(';')[0] ?? '';
  const tokens = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .replace(/am\/pm|a\/p/gi, '')
    .toLowerCase();
  if (/[dy]/.test(tokens)) return true;
  return /m/.test(tokens) && !/[hs]/.test(tokens);
}

/**
 * The ISO date (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when there is a time of day) of an Excel
 * serial date in the 1900 or 1904 date system; undefined outside years 1900–9999. In the 1900 system
 * Excel counts a 29 February 1900 that never was (serial 60): serials after it are one day ahead.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) {
    days += 1;
    seconds -= 86_400;
  }
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const iso = new Date(epoch + days * DAY_MS + seconds * 1000).toISOString();
  return seconds === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}
