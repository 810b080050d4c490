/**
 * Bounds for reading a narrative document whole (validation, unlike classification, needs every
 * heading and table). Larger than CLASSIFY_LIMITS but still hard caps: a hostile or huge upload costs
 * at most these, and what is cut off is reported as a partial read, never silently ignored.
 */
export const DOCUMENT_LIMITS = {
  /** Decompressed bytes of the main document part (word/document.xml). */
  maxBodyBytes: 64 * 1024 * 1024,
  /** Compressed bytes read for one part. */
  maxCompressedPartBytes: 64 * 1024 * 1024,
  /** Decompressed bytes of a small part (styles, core properties, one page header). */
  maxSmallPartBytes: 4 * 1024 * 1024,
  /** Decompressed bytes over all parts of one document. */
  maxInflatedBytes: 80 * 1024 * 1024,
  /** Page-header parts read. */
  maxHeaderParts: 6,
  /** XML nesting deeper than this is refused. */
  maxDepth: 256,
  /** Headings, paragraphs and tables kept. */
  maxBlocks: 200_000,
  /** Characters kept of one paragraph or table cell. */
  maxBlockChars: 8_000,
  /** Characters kept over the whole document. */
  maxTotalChars: 32 * 1024 * 1024,
  /** Rows kept per table, cells kept per row. */
  maxRowsPerTable: 10_000,
  maxCellsPerRow: 64,
} as const;
