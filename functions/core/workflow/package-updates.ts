import type { WorkflowDeps } from './context.js';
import { ConflictError, NotFoundError } from './ports.js';
import type { PackageRecord } from './records.js';

type Changes = Partial<Pick<PackageRecord, 'stage' | 'gate' | 'executionArn'>>;

/**
 * Optimistic update of a package: reads it, asks `change` what to write (undefined: nothing), writes
 * conditionally on the revision read, and on a lost race reads again and retries. Returns the package
 * before and after (equal when nothing changed).
 */
export async function updatePackage(
  deps: WorkflowDeps,
  packageId: string,
  change: (pkg: PackageRecord) => Changes | undefined,
  attempts = 5,
): Promise<{ before: PackageRecord; after: PackageRecord }> {
  for (let attempt = 1; ; attempt++) {
    const before = await deps.repo.getPackage(packageId);
    if (!before) throw new NotFoundError(`package ${packageId} does not exist`);
    const changes = change(before);
    if (!changes) return { before, after: before };
    try {
      return { before, after: await deps.repo.updatePackage(packageId, before.revision, changes) };
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= attempts) throw err;
    }
  }
}
