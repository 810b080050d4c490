import type { WorkflowDeps } from './context.js';
import type { WorkflowControl } from './ports.js';
import type { PackageRecord } from './records.js';

export interface ConmonSchedule {
  month: string;
  started: string[];
  /** Already started for this month (a re-run of the schedule changes nothing). */
  alreadyRunning: string[];
}

const MONITORED: readonly PackageRecord['stage'][] = ['AUTHORIZED', 'CONTINUOUS_MONITORING'];

/** When the package was authorized, from its append-only history. */
async function authorizedAt(deps: WorkflowDeps, packageId: string): Promise<string | undefined> {
  const history = await deps.repo.listHistory(packageId);
  return history.find((h) => h.action === 'stage-changed' && /→ AUTHORIZED\/AUTHORIZED$/.test(h.detail))?.at;
}

/** The name of a package's ConMon execution for a month (readable in the console, unique per month). */
export const conmonExecutionName = (packageId: string, month: string): string => `conmon-${packageId}-${month}`.slice(0, 80);

/**
 * Starts this month's continuous-monitoring execution for every authorized package (Standard
 * executions last at most a year, so ConMon is one execution per package per month, not one endless
 * one). The annual assessment is due in the anniversary month of the authorization. Idempotent: an
 * execution already started for the month is left alone.
 */
export async function startMonthlyConmon(deps: WorkflowDeps, conmon: WorkflowControl, month: string): Promise<ConmonSchedule> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`month must be YYYY-MM, not '${month}'`);
  const result: ConmonSchedule = { month, started: [], alreadyRunning: [] };
  let cursor: string | undefined;
  do {
    const page = await deps.repo.listPackages(100, cursor);
    for (const pkg of page.packages.filter((p) => MONITORED.includes(p.stage))) {
      const since = await authorizedAt(deps, pkg.packageId);
      const monthsSince = since ? (Number(month.slice(0, 4)) - Number(since.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(since.slice(5, 7)) : 0;
      const name = conmonExecutionName(pkg.packageId, month);
      try {
        await conmon.startExecution(name, { packageId: pkg.packageId, month, monthStart: `${month}-01T00:00:00.000Z`, annual: monthsSince > 0 && monthsSince % 12 === 0 });
        result.started.push(pkg.packageId);
      } catch (err) {
        if (err instanceof Error && err.name === 'ExecutionAlreadyExists') result.alreadyRunning.push(pkg.packageId);
        else throw err;
      }
    }
    cursor = page.cursor;
  } while (cursor);
  return result;
}
