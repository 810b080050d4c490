import type { Role } from '../../functions/core/domain/roles.js';
import type { DeliverableRecord } from '../../functions/core/workflow/records.js';
import { ApiError, type ApiClient, type PackageStatusReply } from './client.js';

export interface WaitOptions {
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  /** First pause between polls; it grows to 2 s. */
  intervalMs?: number;
  /** Called after each poll that did not satisfy the wait (for progress output). */
  onPoll?: (status: PackageStatusReply, elapsedMs: number) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls the package's status until `done` returns a value (not undefined), and returns it. Times out
 * with a message that says what it waited for and where the package is.
 */
export async function waitForStatus<T>(client: ApiClient, role: Role, packageId: string, what: string, done: (status: PackageStatusReply) => T | undefined, options: WaitOptions = {}): Promise<T> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 120_000;
  let interval = options.intervalMs ?? 250;
  for (;;) {
    const status = await client.status(role, packageId);
    const result = done(status);
    if (result !== undefined) return result;
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      const pending = status.pendingDecisions.map((p) => `${p.kind} (${p.role})`).join(', ') || 'none';
      throw new ApiError(0, 'Timeout', `gave up after ${Math.round(elapsed / 1000)} s waiting for ${what}: package ${packageId} is at ${status.stage}/${status.gate}, pending decisions: ${pending}`);
    }
    options.onPoll?.(status, elapsed);
    await sleep(Math.min(interval, Math.max(0, timeoutMs - elapsed)));
    interval = Math.min(2_000, Math.round(interval * 1.5));
  }
}

/** Waits until every uploaded object has been recorded as a deliverable; returns them in the keys' order. */
export function waitForDeliverables(client: ApiClient, role: Role, packageId: string, keys: readonly string[], options: WaitOptions = {}): Promise<DeliverableRecord[]> {
  return waitForStatus(
    client,
    role,
    packageId,
    `${keys.length} upload(s) to be classified and validated`,
    (status) => {
      const byKey = new Map(status.deliverables.map((d) => [d.objectKey, d]));
      const found = keys.map((k) => byKey.get(k));
      return found.every((d) => d !== undefined) ? (found as DeliverableRecord[]) : undefined;
    },
    options,
  );
}
