import type { ByteSource } from '../../bytes/byte-source.js';
import { sniff } from '../../classify/sniff.js';
import { readDocxOutline } from './docx-outline.js';
import type { DocumentOutline } from './outline.js';
import { readPdfOutline } from './pdf-outline.js';
import { UnsupportedDocumentError } from './unsupported.js';

export type { DocumentOutline, HeadingBlock, LocatedText, OutlineBlock, ParagraphBlock, TableBlock } from './outline.js';
export { headingsOf, joinedText, tablesOf, textsOf, wordCount } from './outline.js';
export { UnsupportedDocumentError } from './unsupported.js';

/**
 * The whole outline of a narrative document, Word (.docx) or PDF, chosen by content (never by name).
 * Throws DocumentRejectedError for hostile or unreadable bytes and UnsupportedDocumentError for other
 * formats (workbooks, text, legacy .doc).
 */
export async function readDocumentOutline(source: ByteSource): Promise<DocumentOutline> {
  const head = await source.read(0, Math.min(source.size, 8192));
  const sniffed = sniff(head, source.size);
  switch (sniffed.container) {
    case 'zip':
      return readDocxOutline(source);
    case 'pdf':
      return readPdfOutline(source);
    case 'empty':
      throw new UnsupportedDocumentError('the file is empty (0 bytes)');
    case 'ole2':
      throw new UnsupportedDocumentError('a legacy binary Office file (.doc/.xls): save it as .docx or PDF');
    default:
      throw new UnsupportedDocumentError(`${sniffed.reason}: neither a Word document nor a PDF`);
  }
}
