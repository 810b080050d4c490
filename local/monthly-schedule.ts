/**
 * The local stand-in for the monthly EventBridge schedule of the ConMon scheduler: runs once at start
 * (a month the machine was off is not skipped; re-runs start nothing twice) and then at 06:00 UTC on
 * the first of every month while the stack runs. Timers are capped at what Node can wait and re-armed.
 */
import { MAX_TIMER_SECONDS } from './stepfunctions/definition.js';

/** 06:00 UTC on the first day of the month after `now`. */
export function nextMonthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 6, 0, 0));
}

export interface MonthlySchedule {
  /** No further runs; resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

export function scheduleMonthly(run: (at: Date) => Promise<void>, now: () => Date = () => new Date()): MonthlySchedule {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const start = (at: Date): void => {
    running = run(at)
      .catch(() => undefined)
      .finally(() => arm(nextMonthStart(now())));
  };
  const arm = (target: Date): void => {
    if (stopped) return;
    const wait = Math.max(0, Math.min(target.getTime() - now().getTime(), MAX_TIMER_SECONDS * 1000));
    timer = setTimeout(() => {
      if (now().getTime() < target.getTime()) return arm(target);
      start(target);
    }, wait);
  };
  start(now());
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
