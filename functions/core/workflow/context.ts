import type { AuthorizationProcess } from '../process/model.js';
import { REV5_AGENCY_AUTHORIZATION } from '../process/rev5-agency.js';
import type { Clock, EventPublisher, PackageRepository, WorkflowControl } from './ports.js';
import type { HistoryEntry } from './records.js';
import type { IntakeEvent } from './events.js';

/** What every workflow service needs: the ports, a clock and the processes it knows. */
export interface WorkflowDeps {
  repo: PackageRepository;
  workflow: WorkflowControl;
  events: EventPublisher;
  clock: Clock;
}

const PROCESSES: Readonly<Record<string, AuthorizationProcess>> = { [REV5_AGENCY_AUTHORIZATION.id]: REV5_AGENCY_AUTHORIZATION };

export function processById(id: string): AuthorizationProcess {
  const process = PROCESSES[id];
  if (!process) throw new Error(`unknown authorization process '${id}'`);
  return process;
}

let counter = 0;
/** A history sequence key: sortable by time, unique within the process. */
export function historySeq(at: Date): string {
  counter = (counter + 1) % 1_000_000;
  return `${at.toISOString()}#${String(counter).padStart(6, '0')}#${Math.random().toString(36).slice(2, 8)}`;
}

/** Appends one history line and publishes the events that go with it. */
export async function record(
  deps: WorkflowDeps,
  entry: Omit<HistoryEntry, 'at' | 'seq'>,
  events: readonly IntakeEvent[] = [],
): Promise<void> {
  const at = deps.clock.now();
  await deps.repo.appendHistory({ ...entry, at: at.toISOString(), seq: historySeq(at) });
  if (events.length > 0) await deps.events.publish(events);
}
