/** Errors shaped like Step Functions': `name` is the error code that Retry and Catch match. */
export class StepFunctionsError extends Error {
  constructor(code: string, message: string) {
    super(message);
    this.name = code;
  }
}

/**
 * A failed Lambda call as the lambda:invoke integration reports it: the error is the function's
 * errorType, the cause its JSON error document. Service errors (`Lambda.*`, `States.*`) keep their message.
 */
export function lambdaError(err: unknown): StepFunctionsError {
  const errorType = err instanceof Error ? err.name : 'Error';
  const errorMessage = err instanceof Error ? err.message : String(err);
  if (/^(Lambda|States)\./.test(errorType)) return new StepFunctionsError(errorType, errorMessage);
  return new StepFunctionsError(errorType, JSON.stringify({ errorType, errorMessage }));
}
