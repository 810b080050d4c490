import type { XlsxCell, XlsxRow, XlsxSheet, XlsxWorkbook } from '../../office/xlsx-rows.js';
import type { ColumnMap, ColumnSpec } from './headers.js';
import { matchColumns } from './headers.js';

/** Rows with values searched for the header row before a sheet is judged to have none. */
export const HEADER_SEARCH_ROWS = 50;

/** A sheet read as a table: its header row, found (never assumed), and the rows below it. */
export interface SheetTable<K extends string> {
  sheet: XlsxSheet;
  header: XlsxRow;
  columns: ColumnMap<K>;
  /** Rows above the header (title block, CSP / system name / impact level). */
  preamble: XlsxRow[];
  /** The rows below the header, streamed; iterate once. */
  rows: AsyncIterable<XlsxRow>;
}

/**
 * Finds the header row of a sheet: the first of its first rows whose cells name columns that
 * `accepts` recognises as this table's header. Stops reading the sheet when there is none.
 */
export async function openTable<K extends string>(
  workbook: XlsxWorkbook,
  sheet: XlsxSheet,
  specs: readonly ColumnSpec<K>[],
  accepts: (columns: ColumnMap<K>) => boolean,
): Promise<SheetTable<K> | undefined> {
  const iterator = workbook.rows(sheet);
  const preamble: XlsxRow[] = [];
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
    const next = await iterator.next();
    if (next.done) return undefined;
    const row = next.value;
    const columns = matchColumns(
      Array.from(row.cells, (c) => (c?.kind === 'string' ? c.text : undefined)),
      specs,
    );
    if (accepts(columns)) {
      const rest: AsyncIterable<XlsxRow> = { [Symbol.asyncIterator]: () => iterator };
      return { sheet, header: row, columns, preamble, rows: rest };
    }
    preamble.push(row);
  }
  await iterator.return(undefined);
  return undefined;
}

/** The cell of a row under a matched column. */
export function cellAt<K extends string>(row: XlsxRow, columns: ColumnMap<K>, key: K): XlsxCell | undefined {
  const m = columns.get(key);
  return m === undefined ? undefined : row.cells[m.column];
}

/** The trimmed text of a row's cell under a matched column ('' when empty or unmatched). */
export function textAt<K extends string>(row: XlsxRow, columns: ColumnMap<K>, key: K): string {
  return cellAt(row, columns, key)?.text.trim() ?? '';
}
