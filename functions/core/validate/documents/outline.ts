/**
 * One shape for the text of a narrative document, Word or PDF: its blocks (headings with their level,
 * paragraphs, tables as rows of cell texts) in reading order, each with a human-readable location.
 */
export interface HeadingBlock {
  kind: 'heading';
  /** 0 for a Title, 1 for Heading 1, …; PDF headings are guessed from numbering ("2.1 Scope" is 2). */
  level: number;
  text: string;
  /** `heading 'Executive Summary'` */
  location: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Whitespace-normalised; explicit line breaks inside the paragraph are kept as '\n'. */
  text: string;
  /** `paragraph 12` (Word), `page 1, line 4` or `line 40` (PDF). */
  location: string;
}

export interface TableBlock {
  kind: 'table';
  /** 1-based, in document order (nested tables count too). */
  index: number;
  /** Cell texts; a cell spanning several grid columns is followed by empty cells so columns line up. */
  rows: string[][];
  /** `table 3`; a row is `table 3 row 2` (rows 1-based, header row included). */
  location: string;
}

export type OutlineBlock = HeadingBlock | ParagraphBlock | TableBlock;

export interface DocumentOutline {
  format: 'docx' | 'pdf';
  /** Document metadata (Word core properties, PDF Info / XMP). */
  title?: string;
  subject?: string;
  /** Text of the page headers (Word), where titles are often repeated. */
  pageHeaders: string[];
  blocks: OutlineBlock[];
  /** PDF: pages whose content was read. */
  pages?: number;
  /** True when a cap or damage stopped reading before the end: absent sections may be in the part not read. */
  truncated: boolean;
  /** True for an encrypted PDF: nothing but its version was read. */
  encrypted: boolean;
  /** What limited the reading, for messages. */
  notes: string[];
}

/** A piece of text with its location: paragraphs, headings, and each table row (cells joined by ' | '). */
export interface LocatedText {
  text: string;
  location: string;
  /** For table rows: the cells. */
  cells?: readonly string[];
}

export const headingsOf = (outline: DocumentOutline): HeadingBlock[] =>
  outline.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');

export const tablesOf = (outline: DocumentOutline): TableBlock[] => outline.blocks.filter((b): b is TableBlock => b.kind === 'table');

export const rowLocation = (table: TableBlock, rowIndex: number): string => `${table.location} row ${rowIndex + 1}`;

/** Every text of a list of blocks, table rows one by one. */
export function textsOf(blocks: readonly OutlineBlock[]): LocatedText[] {
  const out: LocatedText[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      out.push({ text: block.text, location: block.location });
      continue;
    }
    block.rows.forEach((cells, i) => {
      const text = cells.filter(Boolean).join(' | ');
      if (text) out.push({ text, location: rowLocation(block, i), cells });
    });
  }
  return out;
}

/** Whole text of some blocks, one text per line. */
export const joinedText = (blocks: readonly OutlineBlock[]): string => textsOf(blocks).map((t) => t.text).join('\n');

export function wordCount(outline: DocumentOutline): number {
  let words = 0;
  for (const t of textsOf(outline.blocks)) words += t.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words;
}

/** Quotes a text for a location or message, shortened. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}

export const headingLocation = (text: string): string => `heading ${quote(text)}`;
