import type { ByteSource } from '../../bytes/byte-source.js';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { unreadable } from '../errors.js';
import { normalizeText, runningLines, titleLines } from './text-facts.js';

/** Facts of a PDF: Info/XMP title and subject, and the text of its first pages. */
export async function pdfFacts(source: ByteSource): Promise<DocumentFacts> {
  // Every complete PDF (incremental updates included) ends with %%EOF, give or take trailing junk.
  const tail = await source.read(Math.max(0, source.size - 1024), 1024);
  if (!Buffer.from(tail).includes('%%EOF')) {
    throw unreadable('the PDF is truncated: no %%EOF marker at its end');
  }
  // Loaded on first use: the PDF reader costs nothing to documents that are not PDFs.
  const { extractPdfText } = await import('../pdf/index.js');
  const pdf = await extractPdfText(source);
  if (pdf.encrypted) {
    throw unreadable('the PDF is encrypted: its text cannot be examined (upload a copy without a password or permissions lock)');
  }
  const facts = emptyFacts('pdf');
  if (pdf.title) facts.title = normalizeText(pdf.title, 300);
  if (pdf.subject) facts.subject = normalizeText(pdf.subject, 300);
  facts.text = normalizeText(pdf.text);
  facts.lines = titleLines(pdf.text);
  if (pdf.pageEnds.length >= 2) {
    const pages = pdf.pageEnds.map((end, i) => pdf.text.slice(pdf.pageEnds[i - 1] ?? 0, end));
    facts.pageHeaders = runningLines(pages).slice(0, 6);
  }
  facts.notes.push(`pdf${pdf.version ? ` ${pdf.version}` : ''}: text of ${pdf.pagesSeen} page(s) read`, ...pdf.notes);
  return facts;
}
