import { excelSerialToIso } from '../../office/excel-dates.js';
import type { XlsxCell } from '../../office/xlsx-rows.js';

const DAY_MS = 86_400_000;

/** Text that stands for "nothing here". */
export function isBlank(text: string): boolean {
  return /^(?:|n\/?a|none|null|tbd|-+|—|–)$/i.test(text.trim());
}

export type DateValue = { ok: true; iso: string } | { ok: false; text: string };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

const monthOf = (name: string): number | undefined => MONTHS[name.slice(0, 3).toLowerCase()];
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * An ISO date written as text: `2025-01-15` (time allowed), `2025/01/15`, US `1/15/2025` or `1/15/25`,
 * `15-Jan-2025`, `15 January 2025`, `Jan 15, 2025`. Undefined when it is not a real date.
 */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(t);
  if (m) return isoOf(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s,-]+(\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return month === undefined ? undefined : isoOf(Number(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month === undefined ? undefined : isoOf(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

/** Serial numbers accepted as dates in cells without a date format: 1950 to 2099. */
const PLAUSIBLE_SERIALS = { min: 18_264, max: 73_050 } as const;

/**
 * The date in a cell: a date-formatted cell, a plausible serial number in a General cell, or a date
 * written as text. Undefined for a blank cell; `ok: false` for anything else.
 */
export function dateOf(cell: XlsxCell | undefined, date1904: boolean): DateValue | undefined {
  if (!cell || isBlank(cell.text)) return undefined;
  if (cell.kind === 'date') {
    const iso = parseDateText(cell.text.slice(0, 10));
    return iso ? { ok: true, iso } : { ok: false, text: cell.text };
  }
  if (cell.kind === 'number' && cell.number !== undefined) {
    const n = cell.number;
    const iso = n >= PLAUSIBLE_SERIALS.min && n <= PLAUSIBLE_SERIALS.max ? excelSerialToIso(Math.floor(n), date1904) : undefined;
    return iso ? { ok: true, iso } : { ok: false, text: cell.text };
  }
  const iso = parseDateText(cell.text);
  return iso ? { ok: true, iso } : { ok: false, text: cell.text.trim() };
}

/** The UTC calendar date of an instant, ISO. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** CVE ids in text, upper case, each once. */
export function cvesIn(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\bCVE-\d{4}-\d{4,}\b/gi)) found.add(m[0].toUpperCase());
  return [...found];
}

/** NIST SP 800-53 control ids in text (`AC-2`, `AC-2(1)`, `ac-2.1` → `AC-2(1)`); else the comma-separated parts. */
export function controlsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b([A-Za-z]{2})-(\d{1,2})(?:\s*\(\s*(\d{1,2})\s*\)|\.(\d{1,2}))?/g)) {
    const enhancement = m[3] ?? m[4];
    found.add(`${m[1]!.toUpperCase()}-${Number(m[2])}${enhancement ? `(${Number(enhancement)})` : ''}`);
  }
  return found.size > 0 ? [...found] : splitList(text);
}

/** A cell's list: its parts between commas, semicolons and line breaks, trimmed. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export type Rating = 'low' | 'moderate' | 'high';

/** A FedRAMP risk rating (Low, Moderate, High; any case); undefined for anything else. */
export function ratingOf(text: string): Rating | undefined {
  const t = text.trim().toLowerCase();
  return t === 'low' || t === 'moderate' || t === 'high' ? t : undefined;
}

/** Yes or No (any case); undefined for anything else. */
export function yesNoOf(text: string): 'yes' | 'no' | undefined {
  const t = text.trim().toLowerCase();
  return t === 'yes' || t === 'no' ? t : undefined;
}
