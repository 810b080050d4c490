/** The caller may not do this (wrong role, not the owner of the pending decision): nothing was recorded. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** The request is malformed or not allowed in the package's current state: nothing was recorded. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}
