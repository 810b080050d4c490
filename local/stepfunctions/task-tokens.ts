/**
 * Task tokens for `.waitForTaskToken` states, which the local runner does not have: `$$.Task.Token`
 * issues a fresh token each time it is read, the waiting Task's handler opens it, and
 * SendTaskSuccess/SendTaskFailure settle it, like AWS.
 */
import { randomUUID } from 'node:crypto';
import { isRecord, type JsonValue } from './asl-library.js';
import { deferred } from './deferred.js';
import { StepFunctionsError } from './errors.js';

interface OpenTask {
  executionArn: string;
  stateName: string;
  resolve: (output: JsonValue) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

type ClosedReason = 'succeeded' | 'failed' | 'timed out' | 'execution ended';

export class TaskTokens {
  private readonly open = new Map<string, OpenTask>();
  private readonly closed = new Map<string, ClosedReason>();
  /** Tokens `$$.Task.Token` handed out, per execution, not yet claimed by a Task. */
  private readonly issued = new Map<string, Set<string>>();

  /** A new token for the execution (the value of `$$.Task.Token`). */
  issue(executionArn: string): string {
    const token = randomUUID();
    let tokens = this.issued.get(executionArn);
    if (!tokens) this.issued.set(executionArn, (tokens = new Set()));
    tokens.add(token);
    return token;
  }

  /** The token a Task's Payload carries (wherever `$$.Task.Token` was put); tokens issued but not passed are dropped. */
  claim(executionArn: string, payload: JsonValue): string | undefined {
    const tokens = this.issued.get(executionArn);
    if (!tokens) return undefined;
    const find = (v: JsonValue): string | undefined => {
      if (typeof v === 'string') return tokens.has(v) ? v : undefined;
      const inner = Array.isArray(v) ? v : isRecord(v) ? Object.values(v) : [];
      for (const item of inner) {
        const hit = find(item);
        if (hit) return hit;
      }
      return undefined;
    };
    const token = find(payload);
    tokens.clear();
    return token;
  }

  /**
   * Opens a waiting task. The returned promise is what the Task state waits on. At `timeoutMs` the
   * token is closed (the runner's own timer fails the state with States.Timeout at the same moment).
   */
  wait(token: string, executionArn: string, stateName: string, timeoutMs: number | undefined): Promise<JsonValue> {
    const { promise, resolve, reject } = deferred<JsonValue>();
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.close(token, 'timed out'), timeoutMs);
    this.open.set(token, { executionArn, stateName, resolve, reject, timer });
    // Settled before the Task awaits it (an abort during the Lambda call) must not count as unhandled.
    promise.catch(() => undefined);
    return promise;
  }

  /** SendTaskSuccess: the task's output, delivered on a later turn of the event loop like the real service. */
  succeed(token: string, output: JsonValue): void {
    const task = this.take(token, 'succeeded');
    setImmediate(() => task.resolve(output));
  }

  /** SendTaskFailure: the task fails with `error` (what Catch matches) and `cause`. */
  fail(token: string, error: string, cause: string): void {
    const task = this.take(token, 'failed');
    setImmediate(() => task.reject(new StepFunctionsError(error, cause)));
  }

  /** The task's own Lambda call failed: the token is void and the error is the task's. */
  discard(token: string): void {
    this.close(token, 'failed');
  }

  /** Names of the states an execution is waiting in, with their tokens. */
  waiting(executionArn: string): { token: string; stateName: string }[] {
    return [...this.open].filter(([, t]) => t.executionArn === executionArn).map(([token, t]) => ({ token, stateName: t.stateName }));
  }

  /** Closes every token of an execution; open tasks fail with `error` (after an abort, so no timer stays behind). */
  endExecution(executionArn: string, error: Error): void {
    for (const [token, task] of [...this.open]) {
      if (task.executionArn !== executionArn) continue;
      this.close(token, 'execution ended');
      task.reject(error);
    }
    this.issued.delete(executionArn);
  }

  private take(token: string, reason: ClosedReason): OpenTask {
    const task = this.open.get(token);
    if (!task) {
      const closed = this.closed.get(token);
      if (closed) throw new StepFunctionsError('TaskTimedOut', `Task Timed Out: the task of this token has ${closed}`);
      throw new StepFunctionsError('InvalidToken', 'Invalid Token: this token was never issued by this workflow');
    }
    this.close(token, reason);
    return task;
  }

  private close(token: string, reason: ClosedReason): void {
    const task = this.open.get(token);
    if (task?.timer) clearTimeout(task.timer);
    this.open.delete(token);
    this.closed.set(token, reason);
  }
}
