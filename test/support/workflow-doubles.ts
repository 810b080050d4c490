import type { IntakeEvent } from '../../functions/core/workflow/events.js';
import type { Clock, EventPublisher, WorkflowControl } from '../../functions/core/workflow/ports.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';

/** Records the events published, in order. */
export class CollectingPublisher implements EventPublisher {
  readonly events: IntakeEvent[] = [];
  async publish(events: readonly IntakeEvent[]): Promise<void> {
    this.events.push(...events);
  }
  types(): string[] {
    return this.events.map((e) => e.detailType);
  }
}

/** Records what the services ask of Step Functions (the executions themselves are tested on the real ASL). */
export class RecordingWorkflow implements WorkflowControl {
  readonly started: { name: string; input: unknown }[] = [];
  readonly successes: { taskToken: string; output: unknown }[] = [];
  readonly failures: { taskToken: string; error: string }[] = [];
  async startExecution(name: string, input: unknown): Promise<{ executionArn: string }> {
    this.started.push({ name, input });
    return { executionArn: `arn:aws:states:local:000000000000:execution:authorization:${name}` };
  }
  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    this.successes.push({ taskToken, output });
  }
  async sendTaskFailure(taskToken: string, error: string): Promise<void> {
    this.failures.push({ taskToken, error });
  }
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-01-05T12:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/**
 * The same dependencies whose repository holds every decision write until `writers` callers have
 * reached it: concurrent decisions that have all read the pending decision before any writes, however
 * the machine schedules them. The conditional write then picks the winner.
 */
export function racingDecisions<D extends WorkflowDeps>(deps: D, writers = 2): D {
  const repo = deps.repo;
  let arrived = 0;
  let release!: () => void;
  const allRead = new Promise<void>((resolve) => (release = resolve));
  const decide: typeof repo.decide = async (...args) => {
    if (++arrived === writers) release();
    await allRead;
    return repo.decide(...args);
  };
  return { ...deps, repo: Object.assign(Object.create(repo) as typeof repo, { decide }) };
}
