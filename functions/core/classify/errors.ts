/**
 * A document that was examined and refused: hostile (zip bomb, DTD, nesting bomb) or unreadable
 * (truncated, corrupt). Extractors throw it; the classifier turns it into `error` + `UNKNOWN`.
 */
export class DocumentRejectedError extends Error {
  override readonly name = 'DocumentRejectedError';
  constructor(
    message: string,
    readonly kind: 'hostile' | 'unreadable',
  ) {
    super(message);
  }
}

export const hostile = (message: string): DocumentRejectedError => new DocumentRejectedError(message, 'hostile');
export const unreadable = (message: string): DocumentRejectedError => new DocumentRejectedError(message, 'unreadable');
