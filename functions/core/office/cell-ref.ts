/** Excel's last column, XFD. */
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * The 0-based column and 1-based row of an A1 reference (`AB12` → column 27, row 12); undefined when
 * it is not one. The row is 0 when the reference has none (`AB`).
 */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d*)$/.exec(ref);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > EXCEL_MAX_COLUMNS) return undefined;
  return { column: n - 1, row: m[2] ? Number(m[2]) : 0 };
}

/** Column letters of a 0-based column index (27 → `AB`). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `B12` for column 1, row 12. */
export const cellRef = (column: number, row: number): string => `${columnLetters(column)}${row}`;

/** Where a cell is, as findings report it: `Open POA&M Items!K12`. */
export const sheetLocation = (sheet: string, column: number, row: number): string => `${sheet}!${cellRef(column, row)}`;

/** A whole row, as findings report it: `Open POA&M Items!5:5`. */
export const rowLocation = (sheet: string, row: number): string => `${sheet}!${row}:${row}`;
