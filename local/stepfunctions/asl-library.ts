/**
 * The one adapter between this project and the two ASL libraries it runs locally:
 * `aws-local-stepfunctions` (runs a definition) and `asl-validator` (checks one). Every cast to a
 * library type lives here; the rest of `local/stepfunctions` works with the types exported below.
 */
import { createRequire } from 'node:module';
import { ExecutionAbortedError, ExecutionError, ExecutionTimeoutError, StateMachine, type RunOptions, type StateMachineDefinition } from 'aws-local-stepfunctions';

type Overrides = NonNullable<RunOptions['overrides']>;
/** Local replacements of Task states, keyed by state name. */
export type TaskHandlers = NonNullable<Overrides['taskResourceLocalHandlers']>;
export type TaskHandler = TaskHandlers[string];
/** A JSON value as the runner passes it between states. */
export type JsonValue = Parameters<TaskHandler>[0];
export type RetryIntervalOverrides = NonNullable<Overrides['retryIntervalOverrides']>;
/** The Context Object of a run (`$$`). */
export type RunContext = NonNullable<RunOptions['context']>;
type Run = ReturnType<StateMachine['run']>;
/** One entry of the runner's event log (StateEntered, StateExited, StateCaught, ExecutionFailed, ...). */
export type ExecutionEvent = Run['eventLogs'] extends AsyncGenerator<infer E> ? E : never;
export type { Run };

/** A definition as plain JSON: what this project reads from `statemachines/*.asl.json`. */
export interface AslDefinition {
  StartAt: string;
  States: Record<string, Record<string, unknown>>;
  [field: string]: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (isRecord(value)) return Object.values(value).every(isJsonValue);
  return false;
}

/** A value as it would arrive after a JSON round trip (what AWS does to every input and output); undefined for non-JSON. */
export function toJsonValue(value: unknown): JsonValue | undefined {
  if (value === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const parsed: unknown = JSON.parse(text);
  return isJsonValue(parsed) ? parsed : undefined;
}

const runners = new Map<string, StateMachine>();

/**
 * The runner for a definition. Building one validates the definition with the runner's own
 * asl-validator 3, which takes about a second, so runners are shared per definition text (a runner
 * keeps no state between runs). `validate: false` skips that check: only for a definition already
 * validated in another form (the same states with another StartAt, to resume an execution).
 */
export function createStateMachine(definition: AslDefinition, options: { validate?: boolean } = {}): StateMachine {
  const validate = options.validate ?? true;
  const key = `${validate ? 'v' : 'n'}${JSON.stringify(definition)}`;
  let runner = runners.get(key);
  if (!runner) {
    runner = new StateMachine(definition as unknown as StateMachineDefinition, validate ? undefined : { validationOptions: { noValidate: true } });
    runners.set(key, runner);
  }
  return runner;
}

export type RunOutcome =
  | { status: 'SUCCEEDED'; output: JsonValue }
  | { status: 'FAILED'; error: string; cause: string }
  | { status: 'TIMED_OUT'; error: string; cause: string }
  | { status: 'ABORTED' };

/** Maps how the runner's `result` settled onto a Step Functions execution status. */
export function runOutcome(settled: { ok: true; value: unknown } | { ok: false; error: unknown }): RunOutcome {
  if (settled.ok) return { status: 'SUCCEEDED', output: toJsonValue(settled.value) ?? null };
  const err = settled.error;
  if (err instanceof ExecutionAbortedError) return { status: 'ABORTED' };
  if (err instanceof ExecutionTimeoutError) return { status: 'TIMED_OUT', error: 'States.Timeout', cause: 'The execution exceeded its TimeoutSeconds.' };
  if (err instanceof ExecutionError && err.cause instanceof Error) return { status: 'FAILED', error: err.cause.name, cause: err.cause.message };
  if (err instanceof Error) return { status: 'FAILED', error: err.name, cause: err.message };
  return { status: 'FAILED', error: 'States.Runtime', cause: String(err) };
}

export interface AslValidationResult {
  isValid: boolean;
  errors: readonly unknown[];
  errorsText: (separator?: string) => string;
}
type AslValidator = (definition: object, options?: { checkPaths: boolean; checkArn: boolean }) => AslValidationResult;

const requireCommonJs = createRequire(import.meta.url);

/**
 * Validates a definition with asl-validator 4 (the project's pinned version; CommonJS and untyped,
 * so it is loaded here). The validator annotates the object it checks, so it checks a copy.
 */
export function validateAsl(definition: object, options: { checkPaths: boolean; checkArn: boolean } = { checkPaths: true, checkArn: true }): AslValidationResult {
  const validator = requireCommonJs('asl-validator') as AslValidator;
  return validator(structuredClone(definition), options);
}

/** The runner built by `createStateMachine`. */
export type LocalStateMachine = StateMachine;
