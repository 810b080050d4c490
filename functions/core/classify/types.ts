import * as z from 'zod';
import { DeliverableType, DocumentFormat } from '../domain/deliverables.js';

/** What the classifier says of one file (the `intake classify --json` element, minus `file`). */
export const Classification = z.object({
  type: DeliverableType,
  confidence: z.number().min(0).max(1),
  format: DocumentFormat,
  evidence: z.array(z.string()),
  bytesRead: z.number().int().nonnegative(),
  error: z.string().optional(),
});
export type Classification = z.infer<typeof Classification>;

/**
 * What an extractor pulled out of a document: the few things classification looks at. Every field is
 * bounded by the limits in limits.ts, whatever the document's size.
 */
export interface DocumentFacts {
  format: DocumentFormat;
  /** Document title from metadata (core properties, PDF Info/XMP, OSCAL metadata/title). */
  title?: string;
  subject?: string;
  /** The title a document-control table labels as such ("Document ID | Title | Version" over its values). */
  labelledTitle?: string;
  /** Headings and title-styled paragraphs, in order. */
  headings: string[];
  /** The start of the body text, whitespace-normalised. */
  text: string;
  /**
   * Where a document's structure says what its cover is (markdown: its title and first paragraph),
   * the text that counts as its cover; otherwise the start of `text` does.
   */
  cover?: string;
  /** Workbook sheet names. */
  sheetNames: string[];
  /** First rows of tables / worksheets / CSV (cells as text), per sheet in order. */
  rows: string[][];
  /** XML root element local name, or the root key of JSON/YAML. */
  root?: string;
  /** XML root namespace. */
  namespace?: string;
  /** OSCAL version stated by the document. */
  oscalVersion?: string;
  /** Short standalone lines (PDF lines, short paragraphs), in order: where a document's title sits. */
  lines: string[];
  /**
   * Running page headers: Word header parts, or lines a PDF repeats on several pages. A title that
   * appears only there is still the document's title.
   */
  pageHeaders: string[];
  /** XML: local names of the first elements seen, in order of first appearance. */
  elementNames: string[];
  /**
   * JSON: the first distinct key paths seen, dot-joined with array levels left out ("site.alerts.riskcode"),
   * in order of first appearance: a data file's structure, by which scanner outputs are recognised.
   */
  keyPaths: string[];
  /** JSON: top-level values read (more than one for JSON Lines). */
  records?: number;
  /** A message (an e-mail, a chat transcript) rather than a document. */
  message?: 'e-mail' | 'chat';
  /** Facts worth reporting as evidence (e.g. "zip: 14 entries"). */
  notes: string[];
}

export function emptyFacts(format: DocumentFormat): DocumentFacts {
  return { format, headings: [], text: '', sheetNames: [], rows: [], lines: [], pageHeaders: [], elementNames: [], keyPaths: [], notes: [] };
}
