import type { ByteSource } from '../../bytes/byte-source.js';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { normalizeText } from './text-facts.js';

/** Facts of a PDF: Info/XMP title and subject, and the text of its first pages. */
export async function pdfFacts(source: ByteSource): Promise<DocumentFacts> {
  // Loaded on first use: the PDF reader costs nothing to documents that are not PDFs.
  const { extractPdfText } = await import('../pdf/index.js');
  const pdf = await extractPdfText(source);
  const facts = emptyFacts('pdf');
  if (pdf.title) facts.title = normalizeText(pdf.title, 300);
  if (pdf.subject) facts.subject = normalizeText(pdf.subject, 300);
  facts.text = normalizeText(pdf.text);
  facts.notes.push(`pdf${pdf.version ? ` ${pdf.version}` : ''}: text of ${pdf.pagesSeen} page(s) read`, ...pdf.notes);
  if (pdf.encrypted) facts.notes.push('pdf is encrypted: its text cannot be read');
  return facts;
}
