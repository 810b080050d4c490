/** What each benchmark hands to the report. */

export interface Row {
  /** What is measured, e.g. "docx 1 GiB: bytes read". */
  figure: string;
  /** The measured value, formatted with its unit. */
  value: string;
  /** The ratio to what the figure is compared with, and to what ("0.98× of 1 MiB"). */
  ratio?: string;
  /** The aim from the issue, e.g. "≤ 2 MiB". */
  aim?: string;
  /** Whether the aim is met (undefined: no aim). */
  met?: boolean;
}

/** A timed operation, a candidate for the closing note's "slowest figure". */
export interface Timing {
  figure: string;
  ms: number;
  /** What bounds it (the dominant cost). */
  boundBy: string;
}

export interface SectionResult {
  id: string;
  title: string;
  rows: Row[];
  /** Scope, assumptions, sources: printed as bullets under the section's table. */
  notes: string[];
  timings: Timing[];
  /** Wall time of the whole benchmark. */
  elapsedMs: number;
  /** Set when the benchmark could not run; its rows may be empty. */
  error?: string;
}

export interface BenchOptions {
  quick: boolean;
}

export function quickFrom(argv: readonly string[]): boolean {
  return argv.includes('--quick');
}
