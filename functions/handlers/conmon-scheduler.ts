import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { ScheduledEvent } from 'aws-lambda';
import type { WorkflowDeps } from '../core/workflow/context.js';
import { startMonthlyConmon, type ConmonSchedule } from '../core/workflow/conmon.js';
import type { WorkflowControl } from '../core/workflow/ports.js';
import { lazyHandler, observability, required, runtimeFor, withPowertools, type LambdaHandler, type Observability } from './runtime.js';

const SERVICE = 'conmon-scheduler';

/** The month a scheduled event falls in (UTC), or the month named in a manual run's detail. */
function monthOf(event: Partial<ScheduledEvent>): string {
  const named = (event.detail as { month?: unknown } | undefined)?.month;
  if (typeof named === 'string') return named;
  return (event.time ?? new Date().toISOString()).slice(0, 7);
}

/** The monthly schedule (EventBridge Scheduler / rule): one ConMon execution per authorized package. */
export function makeConmonSchedulerHandler(deps: WorkflowDeps, conmon: WorkflowControl, obs: Observability = observability(SERVICE)): LambdaHandler<Partial<ScheduledEvent>, ConmonSchedule> {
  return withPowertools(async (event) => {
    const schedule = await startMonthlyConmon(deps, conmon, monthOf(event));
    obs.metrics.addMetric('ConmonExecutionsStarted', MetricUnit.Count, schedule.started.length);
    obs.logger.info('monthly continuous monitoring scheduled', { ...schedule });
    return schedule;
  }, obs);
}

export const handler = lazyHandler(() => {
  const runtime = runtimeFor(SERVICE);
  // The setting's name in the error: runtime.conmon exists exactly when CONMON_STATE_MACHINE_ARN is set.
  return makeConmonSchedulerHandler(runtime.deps, required(runtime.conmon, 'CONMON_STATE_MACHINE_ARN'), runtime.obs);
});
