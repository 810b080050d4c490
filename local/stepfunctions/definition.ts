/** Reading and preparing an ASL definition for the local runner: substitutions, Lambda tasks, time scaling. */
import { isRecord, type AslDefinition, type RetryIntervalOverrides } from './asl-library.js';

const PLACEHOLDER = /\$\{([^}]*)\}/g;
/** The longest delay Node's setTimeout honours (2^31-1 ms); longer ones fire after 1 ms. */
export const MAX_TIMER_SECONDS = Math.floor(2_147_483_647 / 1000);
/** The runner's Task timeout when a state sets none. */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 60;

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
export const LAMBDA_INVOKE_WAIT = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

export function asAslDefinition(value: unknown, name: string): AslDefinition {
  if (!isRecord(value) || typeof value.StartAt !== 'string' || !isRecord(value.States)) throw new Error(`state machine '${name}' is not an ASL definition (StartAt and States are required)`);
  const states: Record<string, Record<string, unknown>> = {};
  for (const [stateName, state] of Object.entries(value.States)) {
    if (!isRecord(state)) throw new Error(`state machine '${name}': state '${stateName}' is not an object`);
    states[stateName] = state;
  }
  return { ...value, StartAt: value.StartAt, States: states };
}

/** Every `${Name}` placeholder used anywhere in a definition (keys and string values). */
export function placeholdersOf(value: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(PLACEHOLDER)) found.add(m[1] ?? '');
    else if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v))
      for (const [k, inner] of Object.entries(v)) {
        visit(k);
        visit(inner);
      }
  };
  visit(value);
  return found;
}

/** Resolves `${Name}` like CloudFormation's DefinitionSubstitutions; an unknown name is an error. */
export function substitute(value: unknown, substitutions: Readonly<Record<string, string>>): unknown {
  const replace = (s: string): string =>
    s.replace(PLACEHOLDER, (_m, key: string) => {
      const v = substitutions[key];
      if (v === undefined) throw new Error(`no definition substitution for \${${key}}`);
      return v;
    });
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return replace(v);
    if (Array.isArray(v)) return v.map(visit);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, inner]) => [replace(k), visit(inner)]));
    return v;
  };
  return visit(value);
}

/**
 * A deep copy made of this realm's plain objects. The runner recognises payload templates by their
 * prototype, so `structuredClone` (another realm's objects under jest) would silently break them.
 */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => copyJson(v));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyJson(v)]));
  return value;
}

function copyStates(states: AslDefinition['States']): AslDefinition['States'] {
  const copy: AslDefinition['States'] = {};
  for (const [name, state] of Object.entries(states)) {
    const copied = copyJson(state);
    if (isRecord(copied)) copy[name] = copied;
  }
  return copy;
}

/** Every state of a definition with its name, nested Parallel branches and Map processors included. */
export function* statesOf(definition: { States?: unknown }): Generator<[string, Record<string, unknown>]> {
  if (!isRecord(definition.States)) return;
  for (const [name, state] of Object.entries(definition.States)) {
    if (!isRecord(state)) continue;
    yield [name, state];
    if (Array.isArray(state.Branches)) for (const branch of state.Branches) if (isRecord(branch)) yield* statesOf(branch);
    for (const key of ['Iterator', 'ItemProcessor']) {
      const inner = state[key];
      if (isRecord(inner)) yield* statesOf(inner);
    }
  }
}

export type LambdaTaskKind = 'sync' | 'waitForTaskToken' | 'direct';

export interface LambdaTask {
  stateName: string;
  kind: LambdaTaskKind;
  /** For `direct` tasks: the function ARN in `Resource`. */
  resource: string;
  /** How long the runner lets the task run (TimeoutSeconds, or its 60 s default); undefined with TimeoutSecondsPath. */
  timeoutMs: number | undefined;
}

/**
 * The Lambda tasks of a definition, keyed by state name. Any other Task resource is refused: without a
 * local handler the runner would call real AWS.
 */
export function lambdaTasks(definition: AslDefinition, machine: string): Map<string, LambdaTask> {
  const tasks = new Map<string, LambdaTask>();
  for (const [stateName, state] of statesOf(definition)) {
    if (state.Type !== 'Task') continue;
    const resource = typeof state.Resource === 'string' ? state.Resource : '';
    let kind: LambdaTaskKind;
    if (resource === LAMBDA_INVOKE) kind = 'sync';
    else if (resource === LAMBDA_INVOKE_WAIT) kind = 'waitForTaskToken';
    else if (/^arn:aws[\w-]*:lambda:[^:]*:\d*:function:/.test(resource)) kind = 'direct';
    else throw new Error(`state machine '${machine}', state '${stateName}': resource '${resource}' has no local handler (only Lambda tasks run locally)`);
    const timeoutMs = typeof state.TimeoutSeconds === 'number' ? state.TimeoutSeconds * 1000 : state.TimeoutSecondsPath === undefined ? DEFAULT_TASK_TIMEOUT_SECONDS * 1000 : undefined;
    tasks.set(stateName, { stateName, kind, resource, timeoutMs });
  }
  return tasks;
}

const scaleSeconds = (seconds: number, scale: number): number => (seconds <= 0 ? seconds : Math.min(MAX_TIMER_SECONDS, Math.max(1, Math.round(seconds * scale))));

/**
 * A copy of the definition with every TimeoutSeconds, HeartbeatSeconds and Wait Seconds multiplied by
 * `scale` (at least 1 s) and capped at what a Node timer can wait (~24.8 days).
 */
export function scaleTimes(definition: AslDefinition, scale: number): AslDefinition {
  const copy: AslDefinition = { ...definition, States: copyStates(definition.States) };
  if (typeof copy.TimeoutSeconds === 'number') copy.TimeoutSeconds = scaleSeconds(copy.TimeoutSeconds, scale);
  for (const [, state] of statesOf(copy)) {
    for (const field of ['TimeoutSeconds', 'HeartbeatSeconds']) {
      const v = state[field];
      if (typeof v === 'number') state[field] = scaleSeconds(v, scale);
    }
    if (state.Type === 'Wait' && typeof state.Seconds === 'number') state.Seconds = scaleSeconds(state.Seconds, scale);
  }
  return copy;
}

/**
 * Retry pauses scaled like the timeouts, as the runner's per-retrier overrides (in ms). An override is
 * a fixed pause: BackoffRate and JitterStrategy do not apply to it. With scale 1 nothing is overridden.
 */
export function retryOverrides(definition: AslDefinition, scale: number): RetryIntervalOverrides {
  const overrides: RetryIntervalOverrides = {};
  if (scale === 1) return overrides;
  for (const [name, state] of statesOf(definition)) {
    if (!Array.isArray(state.Retry)) continue;
    overrides[name] = state.Retry.map((retrier) => {
      const interval = isRecord(retrier) && typeof retrier.IntervalSeconds === 'number' ? retrier.IntervalSeconds : 1;
      return Math.round(interval * 1000 * scale);
    });
  }
  return overrides;
}
