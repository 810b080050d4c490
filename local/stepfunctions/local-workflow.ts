/**
 * Step Functions on one machine: runs this project's ASL files with aws-local-stepfunctions and
 * adds what that runner lacks: `.waitForTaskToken` (task tokens), the lambda:invoke integrations,
 * definition substitutions, executions by name with AWS-like ARNs and statuses, and time scaling.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import type { WorkflowControl } from '../../functions/core/workflow/ports.js';
import {
  createStateMachine,
  isRecord,
  runOutcome,
  toJsonValue,
  type ExecutionEvent,
  type JsonValue,
  type LocalStateMachine,
  type RetryIntervalOverrides,
  type RunContext,
  type RunOutcome,
  type TaskHandlers,
} from './asl-library.js';
import { asAslDefinition, lambdaTasks, placeholdersOf, retryOverrides, scaleTimes, substitute, type LambdaTask } from './definition.js';
import type { AslDefinition } from './asl-library.js';
import { lambdaError, StepFunctionsError } from './errors.js';
import { deferred } from './deferred.js';
import { TaskTokens } from './task-tokens.js';

export type { ExecutionEvent } from './asl-library.js';
export { StepFunctionsError } from './errors.js';

const REGION = 'local';
const ACCOUNT = '000000000000';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionSummary {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
}

/**
 * What survives a restart of the local runner: an execution's identity and status and, while it
 * runs, the top-level state it entered last with that state's raw input. Running the same definition
 * with StartAt moved to that state and that input resumes it (`LocalWorkflow.restore`).
 */
export interface ExecutionSnapshot {
  executionArn: string;
  stateMachine: string;
  name: string;
  /** The execution's own input. */
  input: JsonValue;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
  error?: string;
  cause?: string;
  current?: { state: string; input: JsonValue; enteredAt: string };
}

/** What `restore` did: executions running again, and those that could not be resumed (now FAILED). */
export interface RestoreReport {
  resumed: { executionArn: string; name: string; stateMachine: string; state: string }[];
  failed: { executionArn: string; name: string; stateMachine: string; state?: string; reason: string }[];
  finished: number;
}

/** The error of an execution the runner could not resume after a restart. */
export const RESUME_FAILED = 'Local.ResumeFailed';

/** As DescribeExecution returns it: input and output are JSON text. */
export interface ExecutionDescription extends ExecutionSummary {
  input: string;
  output?: string;
  error?: string;
  cause?: string;
}

export interface LocalWorkflowOptions {
  /** ASL definitions by state machine name (e.g. `authorization`, `conmon`), with `${...}` placeholders. */
  definitions: Record<string, object>;
  /** Which state machine an execution started without one belongs to (default: `authorization`). */
  stateMachineOf?: (executionName: string) => string;
  /** Values of the `${...}` placeholders (CloudFormation DefinitionSubstitutions). */
  substitutions: Record<string, string>;
  /** Runs a Lambda function: resolves with its result, rejects with its error (the error's name is its errorType). */
  invokeLambda: (functionArn: string, payload: unknown) => Promise<unknown>;
  /** Multiplies TimeoutSeconds, Wait seconds and Retry pauses (each timeout at least 1 s). Default 1. */
  timeoutScale?: number;
  /**
   * Told of every change worth persisting: an execution started, entered a top-level state, or ended
   * (e.g. to keep an `ExecutionJournal` for `restore` after a restart).
   */
  onChange?: (snapshot: ExecutionSnapshot) => void;
  /**
   * A file of definition hashes already validated by the runner (one per line). A definition found
   * there is not validated again: the check takes seconds on a busy machine, and `npm start` would
   * pay it at every start. A changed definition has another hash and is validated (then remembered).
   */
  validationCache?: string;
}

interface Machine {
  name: string;
  arn: string;
  /** After substitution and time scaling: what the runner runs. */
  definition: AslDefinition;
  runner: LocalStateMachine;
  tasks: Map<string, LambdaTask>;
  retryOverrides: RetryIntervalOverrides;
}

interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: JsonValue;
  inputText: string;
  status: ExecutionStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  startDate: Date;
  stopDate?: Date;
  events: ExecutionEvent[];
  /** Aborted by StopExecution and when the execution ends: releases in-flight Lambda calls. */
  controller: AbortController;
  stopRequest?: { error?: string; cause?: string };
  abortRun?: () => void;
  done: Promise<void>;
  machineName: string;
  /** The top-level state entered last, with its raw input. */
  current?: { state: string; input: JsonValue; enteredAt: Date };
}

export class LocalWorkflow implements WorkflowControl {
  private readonly machines = new Map<string, Machine>();
  private readonly executions = new Map<string, Execution>();
  private readonly tokens = new TaskTokens();
  private readonly stateMachineOf: (executionName: string) => string;
  private readonly invokeLambda: LocalWorkflowOptions['invokeLambda'];
  private readonly onChange: LocalWorkflowOptions['onChange'];
  /** Lambda calls in flight (waiting tasks' calls included). */
  private lambdaCalls = 0;

  constructor(options: LocalWorkflowOptions) {
    const scale = options.timeoutScale ?? 1;
    if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`timeoutScale must be a positive number, not ${scale}`);
    this.stateMachineOf = options.stateMachineOf ?? (() => 'authorization');
    this.invokeLambda = options.invokeLambda;
    this.onChange = options.onChange;
    const cache = options.validationCache;
    let validated: Set<string> = new Set();
    if (cache) {
      try {
        validated = new Set(readFileSync(cache, 'utf8').split('\n').filter(Boolean));
      } catch {
        // No cache yet (or unreadable): every definition is validated.
      }
    }
    for (const [name, raw] of Object.entries(options.definitions)) {
      const missing = [...placeholdersOf(raw)].filter((p) => options.substitutions[p] === undefined);
      if (missing.length > 0) throw new Error(`state machine '${name}' needs substitutions for ${missing.map((p) => `\${${p}}`).join(', ')}`);
      const definition = scaleTimes(asAslDefinition(substitute(raw, options.substitutions), name), scale);
      const hash = createHash('sha256').update(JSON.stringify(definition)).digest('hex');
      const known = validated.has(hash);
      this.machines.set(name, {
        name,
        arn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`,
        definition,
        runner: createStateMachine(definition, { validate: !known }),
        tasks: lambdaTasks(definition, name),
        retryOverrides: retryOverrides(definition, scale),
      });
      if (cache && !known) {
        try {
          appendFileSync(cache, `${hash}\n`, { mode: 0o600 });
        } catch {
          // Not remembered: validated again next time.
        }
      }
    }
  }

  /**
   * StartExecution. Like AWS, the same name with the same input while the execution runs returns it
   * again; otherwise a reused name is ExecutionAlreadyExists. The run begins on a later turn of the
   * event loop, after the caller has the ARN.
   */
  async startExecution(name: string, input: unknown, stateMachine?: string): Promise<{ executionArn: string }> {
    const machineName = stateMachine ?? this.stateMachineOf(name);
    const machine = this.machines.get(machineName);
    if (!machine) throw new StepFunctionsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${machineName}'`);
    if (!isValidName(name)) throw new StepFunctionsError('InvalidName', `Invalid Name: '${name}'`);
    const json = input === undefined ? {} : toJsonValue(input);
    if (json === undefined) throw new StepFunctionsError('InvalidExecutionInput', 'Invalid State Machine Execution Input: not JSON');
    const inputText = JSON.stringify(json);
    const executionArn = `arn:aws:states:${REGION}:${ACCOUNT}:execution:${machineName}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.inputText === inputText) return { executionArn };
      throw new StepFunctionsError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const execution: Execution = {
      executionArn,
      stateMachineArn: machine.arn,
      name,
      input: json,
      inputText,
      status: 'RUNNING',
      startDate: new Date(),
      events: [],
      controller: new AbortController(),
      done: Promise.resolve(),
      machineName: machine.name,
    };
    this.executions.set(executionArn, execution);
    this.notify(execution);
    execution.done = this.launch(machine, execution, machine.runner, json);
    return { executionArn };
  }

  /**
   * Brings back executions saved before a restart (snapshots from `onChange`). Ended ones are known
   * again (their names stay taken, as on AWS). Running ones are resumed: the same definition runs with
   * only StartAt moved to the state each was in, on that state's saved input; a waiting task waits
   * again with a fresh token (its Lambda stores the new token). One that cannot be resumed (its state
   * machine or state no longer exists) ends FAILED with error `Local.ResumeFailed`.
   */
  restore(snapshots: readonly ExecutionSnapshot[]): RestoreReport {
    const report: RestoreReport = { resumed: [], failed: [], finished: 0 };
    for (const s of snapshots) {
      if (this.executions.has(s.executionArn)) continue;
      const machine = this.machines.get(s.stateMachine);
      const e: Execution = {
        executionArn: s.executionArn,
        stateMachineArn: machine?.arn ?? `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${s.stateMachine}`,
        name: s.name,
        input: s.input,
        inputText: JSON.stringify(s.input),
        status: s.status,
        startDate: new Date(s.startDate),
        events: [],
        controller: new AbortController(),
        done: Promise.resolve(),
        machineName: s.stateMachine,
        ...(s.stopDate !== undefined ? { stopDate: new Date(s.stopDate) } : {}),
        ...(s.error !== undefined ? { error: s.error } : {}),
        ...(s.cause !== undefined ? { cause: s.cause } : {}),
        ...(s.current ? { current: { state: s.current.state, input: s.current.input, enteredAt: new Date(s.current.enteredAt) } } : {}),
      };
      this.executions.set(e.executionArn, e);
      if (s.status !== 'RUNNING') {
        e.controller.abort();
        report.finished++;
        continue;
      }
      const state = s.current?.state ?? machine?.definition.StartAt;
      const reason = !machine ? `state machine '${s.stateMachine}' is not defined any more` : state === undefined || !machine.definition.States[state] ? `state '${state ?? '?'}' is not in state machine '${s.stateMachine}' any more` : undefined;
      if (!machine || state === undefined || reason !== undefined) {
        const why = reason ?? 'unknown state';
        this.end(e, { status: 'FAILED', error: RESUME_FAILED, cause: `the local runner was restarted and could not resume this execution: ${why}` });
        report.failed.push({ executionArn: e.executionArn, name: e.name, stateMachine: s.stateMachine, ...(state !== undefined ? { state } : {}), reason: why });
        continue;
      }
      const runner = state === machine.definition.StartAt ? machine.runner : createStateMachine({ ...machine.definition, StartAt: state }, { validate: false });
      e.done = this.launch(machine, e, runner, s.current?.input ?? s.input);
      report.resumed.push({ executionArn: e.executionArn, name: e.name, stateMachine: s.stateMachine, state });
    }
    return report;
  }

  /** What `onChange` is told about an execution. */
  snapshot(executionArn: string): ExecutionSnapshot {
    const e = this.get(executionArn);
    return {
      executionArn: e.executionArn,
      stateMachine: e.machineName,
      name: e.name,
      input: e.input,
      status: e.status,
      startDate: e.startDate.toISOString(),
      ...(e.stopDate ? { stopDate: e.stopDate.toISOString() } : {}),
      ...(e.error !== undefined ? { error: e.error } : {}),
      ...(e.cause !== undefined ? { cause: e.cause } : {}),
      ...(e.current ? { current: { state: e.current.state, input: e.current.input, enteredAt: e.current.enteredAt.toISOString() } } : {}),
    };
  }

  /**
   * Waits until the runner is at rest: no Lambda call in flight and every running execution waiting
   * for a task token (or until `timeoutMs`). Returns the executions still moving. Stopping at rest
   * means every saved state is a wait that a restart can resume.
   */
  async settle(timeoutMs = 5000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const moving = [...this.executions.values()].filter((e) => e.status === 'RUNNING' && this.tokens.waiting(e.executionArn).length === 0).map((e) => e.executionArn);
      if ((moving.length === 0 && this.lambdaCalls === 0) || Date.now() >= deadline) return moving;
      await new Promise<void>((resolve) => setTimeout(resolve, 20));
    }
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    const json = toJsonValue(output);
    if (json === undefined) throw new StepFunctionsError('InvalidOutput', 'Invalid Output: not JSON');
    this.tokens.succeed(taskToken, json);
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    this.tokens.fail(taskToken, error, cause);
  }

  describeExecution(executionArn: string): ExecutionDescription {
    const e = this.get(executionArn);
    return {
      ...summary(e),
      input: e.inputText,
      ...(e.output !== undefined ? { output: JSON.stringify(e.output) } : {}),
      ...(e.error !== undefined ? { error: e.error } : {}),
      ...(e.cause !== undefined ? { cause: e.cause } : {}),
    };
  }

  /** Newest first, like ListExecutions. */
  listExecutions(filter: { stateMachine?: string; status?: ExecutionStatus } = {}): ExecutionSummary[] {
    const machineArn = filter.stateMachine === undefined ? undefined : this.machines.get(filter.stateMachine)?.arn;
    return [...this.executions.values()]
      .filter((e) => (filter.stateMachine === undefined || e.stateMachineArn === machineArn) && (filter.status === undefined || e.status === filter.status))
      .reverse()
      .map(summary);
  }

  /** Resolves once the execution has ended; a WaitTimeout error names the state it is still in. */
  async waitForExecution(executionArn: string, timeoutMs = 10_000): Promise<ExecutionDescription> {
    const e = this.get(executionArn);
    if (e.status === 'RUNNING') {
      const timeout = deferred<'timeout'>();
      const timer = setTimeout(() => timeout.resolve('timeout'), timeoutMs);
      const result = await Promise.race([e.done.then(() => 'done' as const), timeout.promise]);
      clearTimeout(timer);
      if (result === 'timeout') {
        const waiting = this.tokens.waiting(executionArn).map((t) => t.stateName);
        throw new StepFunctionsError('WaitTimeout', `${executionArn} is still RUNNING after ${timeoutMs} ms, in '${this.currentState(executionArn) ?? '(not started)'}'${waiting.length ? `, waiting for a token in ${waiting.join(', ')}` : ''}`);
      }
    }
    return this.describeExecution(executionArn);
  }

  /** The runner's event log (StateEntered, StateExited, StateRetried, StateCaught, Execution*), in order. */
  executionEvents(executionArn: string): readonly ExecutionEvent[] {
    return [...this.get(executionArn).events];
  }

  /** State transitions as AWS bills them: every state entered, retries included. */
  stateTransitionCount(executionArn: string): number {
    return this.get(executionArn).events.filter((e) => e.type === 'StateEntered' || e.type === 'StateRetried').length;
  }

  /** The state the execution entered last. */
  currentState(executionArn: string): string | undefined {
    const entered = this.get(executionArn).events.filter((e) => e.type === 'StateEntered');
    const last = entered[entered.length - 1];
    return last && 'state' in last ? last.state.name : undefined;
  }

  /** The `.waitForTaskToken` states the execution waits in, with their tokens. */
  pendingTasks(executionArn: string): { token: string; stateName: string }[] {
    this.get(executionArn);
    return this.tokens.waiting(executionArn);
  }

  /** StopExecution: the execution ends ABORTED; its open tokens are closed so no timer outlives it. */
  async abort(executionArn: string, error?: string, cause?: string): Promise<void> {
    const e = this.get(executionArn);
    if (e.status !== 'RUNNING') return;
    e.stopRequest = { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
    e.abortRun?.();
    e.controller.abort();
    this.tokens.endExecution(executionArn, new StepFunctionsError('ExecutionAborted', 'the execution was stopped'));
    await e.done;
  }

  /** Aborts every running execution. */
  async stop(): Promise<void> {
    await Promise.all([...this.executions.values()].filter((e) => e.status === 'RUNNING').map((e) => this.abort(e.executionArn)));
  }

  private get(executionArn: string): Execution {
    const e = this.executions.get(executionArn);
    if (!e) throw new StepFunctionsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return e;
  }

  private notify(e: Execution): void {
    if (!this.onChange) return;
    try {
      this.onChange(this.snapshot(e.executionArn));
    } catch {
      // An observer's failure is its own: the execution goes on.
    }
  }

  private async launch(machine: Machine, e: Execution, runner: LocalStateMachine, input: JsonValue): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (e.controller.signal.aborted) return this.end(e, { status: 'ABORTED' });
    const tokens = this.tokens;
    const context: RunContext = {
      Execution: { Id: e.executionArn, Name: e.name, RoleArn: `arn:aws:iam::${ACCOUNT}:role/local-stepfunctions` },
      StateMachine: { Id: machine.arn, Name: machine.name },
      // The runner spreads the context shallowly: this getter runs on every `$$.Task.Token`.
      Task: {
        get Token(): string {
          return tokens.issue(e.executionArn);
        },
      },
    };
    const run = runner.run(input, {
      overrides: { taskResourceLocalHandlers: this.handlers(machine, e), retryIntervalOverrides: machine.retryOverrides },
      context,
    });
    e.abortRun = run.abort;
    const drained = (async () => {
      for await (const event of run.eventLogs) {
        e.events.push(event);
        // Only top-level states can be resumed (StartAt); states inside Map/Parallel are not tracked.
        if (event.type === 'StateEntered' && !('index' in event) && 'state' in event && machine.definition.States[event.state.name]) {
          e.current = { state: event.state.name, input: event.state.input, enteredAt: new Date(event.timestamp) };
          this.notify(e);
        }
      }
    })();
    const settled = await run.result.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await drained;
    this.end(e, runOutcome(settled));
  }

  private end(e: Execution, outcome: RunOutcome): void {
    e.status = outcome.status;
    e.stopDate = new Date();
    if (outcome.status === 'SUCCEEDED') e.output = outcome.output;
    else if (outcome.status === 'ABORTED') {
      if (e.stopRequest?.error !== undefined) e.error = e.stopRequest.error;
      if (e.stopRequest?.cause !== undefined) e.cause = e.stopRequest.cause;
    } else {
      e.error = outcome.error;
      e.cause = outcome.cause;
    }
    e.controller.abort();
    this.tokens.endExecution(e.executionArn, new StepFunctionsError('ExecutionEnded', `the execution is ${outcome.status}`));
    this.notify(e);
  }

  /** One local handler per Lambda Task state, bound to this execution. */
  private handlers(machine: Machine, e: Execution): TaskHandlers {
    const handlers: TaskHandlers = {};
    for (const task of machine.tasks.values()) handlers[task.stateName] = (input) => this.runTask(task, e, input);
    return handlers;
  }

  private async runTask(task: LambdaTask, e: Execution, input: JsonValue): Promise<JsonValue> {
    const signal = e.controller.signal;
    if (task.kind === 'direct') return this.callLambda(task.resource, input, signal);
    const { functionName, payload } = lambdaParameters(task.stateName, input);
    if (task.kind === 'sync') {
      const result = await this.callLambda(functionName, payload, signal);
      return { ExecutedVersion: '$LATEST', Payload: result, StatusCode: 200 };
    }
    const token = this.tokens.claim(e.executionArn, payload);
    if (token === undefined) throw new StepFunctionsError('States.Runtime', `state '${task.stateName}' waits for a task token but its Payload does not pass $$.Task.Token`);
    const output = this.tokens.wait(token, e.executionArn, task.stateName, task.timeoutMs);
    try {
      await this.callLambda(functionName, payload, signal);
    } catch (err) {
      this.tokens.discard(token);
      throw err;
    }
    return output;
  }

  private async callLambda(functionArn: string, payload: JsonValue, signal: AbortSignal): Promise<JsonValue> {
    let result: unknown;
    this.lambdaCalls++;
    const call = (async () => this.invokeLambda(functionArn, payload))().finally(() => this.lambdaCalls--);
    try {
      result = await abortable(call, signal);
    } catch (err) {
      if (signal.aborted) throw new StepFunctionsError('ExecutionAborted', 'the execution was stopped');
      throw lambdaError(err);
    }
    if (result === undefined) return null;
    const json = toJsonValue(result);
    if (json === undefined) throw new StepFunctionsError('Lambda.InvalidPayload', `${functionArn} returned a value that is not JSON`);
    return json;
  }
}

function summary(e: Execution): ExecutionSummary {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: e.startDate,
    ...(e.stopDate ? { stopDate: e.stopDate } : {}),
  };
}

/** The lambda:invoke Parameters after evaluation: FunctionName and Payload. */
function lambdaParameters(stateName: string, input: JsonValue): { functionName: string; payload: JsonValue } {
  if (!isRecord(input) || typeof input.FunctionName !== 'string') throw new StepFunctionsError('States.Runtime', `state '${stateName}': lambda:invoke needs Parameters.FunctionName`);
  return { functionName: input.FunctionName, payload: input.Payload ?? {} };
}

/** Execution names: 1–80 characters, none of whitespace, brackets, wildcards, `"#%\^|~\`$&,;:/` or control characters. */
function isValidName(name: string): boolean {
  if (name.length < 1 || name.length > 80) return false;
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return false;
    if (/\s/.test(ch) || '<>{}[]?*"#%\\^|~`$&,;:/'.includes(ch)) return false;
  }
  return true;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new StepFunctionsError('ExecutionAborted', 'the execution was stopped'));
  const stopped = deferred<never>();
  const onAbort = (): void => stopped.reject(new StepFunctionsError('ExecutionAborted', 'the execution was stopped'));
  signal.addEventListener('abort', onAbort, { once: true });
  return Promise.race([promise, stopped.promise]).finally(() => signal.removeEventListener('abort', onAbort));
}
