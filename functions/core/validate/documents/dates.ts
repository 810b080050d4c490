/** A calendar date found in text. */
export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** As written. */
  text: string;
  /** Offset in the text searched. */
  index: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Formats, each with how to read year, month and day from its groups. */
const FORMATS: readonly { pattern: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  // January 5, 2025 · Jan. 5th 2025
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), ymd: (m) => [m[3]!, m[1]!, m[2]!] },
  // 5 January 2025 · 5-Jan-2025 · 5th of January, 2025
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}[\\s,-]+(\\d{4})\\b`, 'gi'), ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  // 2025-01-05 · 2025/1/5
  { pattern: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  // 01/05/2025 · 1-5-25 (US order, as federal letters write it)
  { pattern: /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/g, ymd: (m) => [m[3]!, m[1]!, m[2]!] },
];

function toIso(year: string, month: string, day: string): string | undefined {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const monthIndex = /^\d+$/.test(month) ? Number(month) - 1 : MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  const d = Number(day);
  if (y < 1990 || y > 2199 || monthIndex < 0 || monthIndex > 11 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, monthIndex, d));
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every valid date in the text, in order (impossible dates such as 31 June are skipped). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, ymd } of FORMATS) {
    for (const m of text.matchAll(pattern)) {
      const iso = toIso(...ymd(m as RegExpExecArray));
      const overlaps = found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length);
      if (iso && !overlaps) found.push({ iso, text: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
