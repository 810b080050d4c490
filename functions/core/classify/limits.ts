/**
 * Bounds that make classification cost independent of file size. A 1 GiB document costs the same as
 * a 1 MiB one: at most `readBudget` bytes fetched and `inflateBudget` bytes decompressed.
 */
export const CLASSIFY_LIMITS = {
  /** Most bytes fetched from the source (local file or S3 ranged GETs). */
  readBudget: 2 * 1024 * 1024,
  /** Fetch granularity of the metered source. */
  blockSize: 64 * 1024,
  /** Bytes sniffed at the start of every file. */
  sniffBytes: 64 * 1024,
  /** Text-like formats (XML, JSON, YAML, CSV): bytes of the file's start that are parsed. */
  textPrefixBytes: 512 * 1024,
  /** PDF: bytes read at the start and at the end of the file. */
  pdfHeadBytes: 1024 * 1024,
  pdfTailBytes: 256 * 1024,
  /** Decompressed bytes taken from one zip entry or PDF stream. */
  inflatePerPart: 256 * 1024,
  /** Decompressed bytes over all parts of one document. */
  inflateBudget: 2 * 1024 * 1024,
  /** A zip entry whose declared size is this many times its compressed size is a bomb. */
  maxCompressionRatio: 1000,
  /** Most zip entries listed. */
  maxZipEntries: 20_000,
  /** JSON / YAML / XML nesting deeper than this is refused. */
  maxDepth: 128,
  /** Body text kept for scoring. */
  maxTextChars: 48 * 1024,
  /** Rows kept per sheet / table. */
  maxRows: 40,
  /** Time one classification may take before it is abandoned. */
  timeoutMs: 10_000,
} as const;
