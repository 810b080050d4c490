import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { WorkflowDeps } from '../core/workflow/context.js';
import { runWorkflowTask, WorkflowTask } from '../core/workflow/workflow-tasks.js';
import { lazyHandler, observability, runtimeFor, withPowertools, type LambdaHandler, type Observability } from './runtime.js';

const SERVICE = 'workflow-tasks';

/** The payload is not a WorkflowTask: the ASL's catch records it under this error name. */
export class InvalidTaskError extends Error {
  override readonly name = 'InvalidTask';
}

export type WorkflowTaskResult = Record<string, unknown>;

/**
 * The Lambda every Task of the state machines invokes: the Payload is a `WorkflowTask`, the result is
 * the task's output. Errors are rethrown as they are, so Step Functions sees their names as the error
 * type (`ConflictError`, `NotFoundError`, `InvalidTask`, …) and its Retry/Catch can match them.
 */
export function makeWorkflowTasksHandler(deps: WorkflowDeps, obs: Observability = observability(SERVICE)): LambdaHandler<unknown, WorkflowTaskResult> {
  const run = async (event: unknown): Promise<WorkflowTaskResult> => {
    obs.metrics.addMetric('WorkflowTasks', MetricUnit.Count, 1);
    const parsed = WorkflowTask.safeParse(event);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
      throw new InvalidTaskError(`not a workflow task: ${issues}`);
    }
    const task = parsed.data;
    obs.logger.appendKeys({ packageId: task.packageId, action: task.action });
    return runWorkflowTask(deps, task);
  };
  return withPowertools(run, obs);
}

/** The deployed handler: ports from the environment, built once per cold start. */
export const handler = lazyHandler(() => {
  const runtime = runtimeFor(SERVICE);
  return makeWorkflowTasksHandler(runtime.deps, runtime.obs);
});
