import type { ByteSource } from '../../bytes/byte-source.js';
import { CLASSIFY_LIMITS } from '../../classify/limits.js';
import { extractPdfText } from '../../classify/pdf/index.js';
import type { PdfText } from '../../classify/pdf/index.js';
import { guessHeadingLevel } from './heading-guess.js';
import type { DocumentOutline, OutlineBlock } from './outline.js';
import { headingLocation } from './outline.js';

/** Notes of the PDF reader that mean part of the file's text was not read. */
const PARTIAL = /only the first|not read|budget|not decoded|cut at|not in the bytes read|skipped/i;
/** A line this long that does not end a sentence is taken to wrap onto the next one. */
const WRAP_LENGTH = 60;

/**
 * The outline of a PDF, as far as the PDF module reads it: extractPdfText gives the text of the first
 * pages (bounded by CLASSIFY_LIMITS) as lines, without page boundaries. Lines are joined back into
 * paragraphs where they wrap; headings are guessed from the lines' shape. Locations name the page when
 * the PDF has one page, else the line.
 */
export async function readPdfOutline(source: ByteSource): Promise<DocumentOutline> {
  const pdf = await extractPdfText(source);
  return pdfTextOutline(pdf);
}

export function pdfTextOutline(pdf: PdfText): DocumentOutline {
  const notes = [...pdf.notes];
  const capped = pdf.text.length >= CLASSIFY_LIMITS.maxTextChars - 16;
  if (capped) notes.push(`only the first ${CLASSIFY_LIMITS.maxTextChars / 1024} KiB of text are read from a PDF`);
  const outline: DocumentOutline = {
    format: 'pdf',
    pageHeaders: [],
    blocks: pdf.encrypted ? [] : blocksOf(pdf.text, pdf.pagesSeen),
    pages: pdf.pagesSeen,
    truncated: capped || notes.some((n) => PARTIAL.test(n)),
    encrypted: pdf.encrypted,
    notes,
  };
  if (pdf.title) outline.title = pdf.title;
  if (pdf.subject) outline.subject = pdf.subject;
  return outline;
}

function blocksOf(text: string, pages: number): OutlineBlock[] {
  const where = (line: number): string => (pages <= 1 ? `page 1, line ${line}` : `line ${line}`);
  const blocks: OutlineBlock[] = [];
  let paragraph: { lines: string[]; start: number } | undefined;
  const flush = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.lines.join(' '), location: where(paragraph.start) });
    paragraph = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return flush();
    // Numbered, labelled and all-capitals lines are headings even after a wrapping line; others only after a sentence ends.
    const strict = guessHeadingLevel(line, false);
    const level = strict ?? (continues(paragraph) ? undefined : guessHeadingLevel(line, true));
    if (level !== undefined) {
      flush();
      blocks.push({ kind: 'heading', level, text: line, location: headingLocation(line) });
      return;
    }
    if (paragraph && continues(paragraph)) paragraph.lines.push(line);
    else {
      flush();
      paragraph = { lines: [line], start: i + 1 };
    }
  });
  flush();
  return blocks;
}

/** The paragraph's last line wraps: it is long and does not end a sentence. */
function continues(paragraph: { lines: string[] } | undefined): boolean {
  const last = paragraph?.lines[paragraph.lines.length - 1];
  return last !== undefined && last.length >= WRAP_LENGTH && !/[.:;!?]$/.test(last);
}
