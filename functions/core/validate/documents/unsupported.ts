/** Bytes that are readable but not a narrative document this module reads (a workbook, a plain zip, text). */
export class UnsupportedDocumentError extends Error {
  override readonly name = 'UnsupportedDocumentError';
}
