/**
 * Bounds on reading a whole workbook for validation. Unlike classification, validation reads every
 * row, so cost grows with the workbook, but never past these: beyond them the workbook is refused
 * as hostile (a DocumentRejectedError), never half-read.
 */
export interface XlsxLimits {
  /** Decompressed bytes over all parts read from one workbook. */
  maxInflatedBytes: number;
  /** Rows holding at least one value, over all sheets read. */
  maxRows: number;
  /** A value in a column past this one (0-based count) refuses the workbook. */
  maxColumns: number;
  /** Characters kept of one cell or shared string (Excel's own limit is 32,767). */
  maxCellChars: number;
  /** Entries of the shared-string table. */
  maxSharedStrings: number;
  /** XML nesting depth. */
  maxDepth: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxInflatedBytes: 256 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 1024,
  maxCellChars: 32_767,
  maxSharedStrings: 4_000_000,
  maxDepth: 64,
};
