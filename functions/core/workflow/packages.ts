import { randomUUID } from 'node:crypto';
import type { ImpactLevel } from '../domain/stages.js';
import { record, processById, type WorkflowDeps } from './context.js';
import { NotFoundError } from './ports.js';
import { updatePackage } from './package-updates.js';
import type { DecisionRecord, DeliverableRecord, HistoryEntry, PackageRecord } from './records.js';

export interface NewPackage {
  csp: string;
  cso: string;
  agency: string;
  impactLevel: ImpactLevel;
  processId?: string;
  actor: string;
}

/** Package ids are readable in the Step Functions console (the execution is named after the package). */
export function newPackageId(csp: string): string {
  const slug = csp.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24) || 'pkg';
  return `${slug}-${randomUUID().slice(0, 8)}`;
}

/** Creates a package and starts its authorization workflow, named after it. */
export async function createPackage(deps: WorkflowDeps, req: NewPackage): Promise<PackageRecord> {
  const process = processById(req.processId ?? 'rev5-agency');
  const now = deps.clock.now().toISOString();
  const pkg: PackageRecord = {
    packageId: newPackageId(req.csp),
    processId: process.id,
    csp: req.csp,
    cso: req.cso,
    agency: req.agency,
    impactLevel: req.impactLevel,
    stage: 'PARTNERSHIP',
    gate: 'created',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    deliverableCount: 0,
  };
  await deps.repo.createPackage(pkg);
  await record(deps, { packageId: pkg.packageId, actor: req.actor, role: 'CSP', action: 'package-created', detail: `${req.csp} / ${req.cso}, sponsored by ${req.agency}, ${req.impactLevel}` });
  const { executionArn } = await deps.workflow.startExecution(pkg.packageId, { packageId: pkg.packageId, processId: process.id, impactLevel: pkg.impactLevel });
  // The execution may already be moving the package: write the ARN on whatever revision is current.
  return (await updatePackage(deps, pkg.packageId, () => ({ executionArn }))).after;
}

export interface PackageStatus {
  package: PackageRecord;
  stage: PackageRecord['stage'];
  gate: string;
  deliverables: DeliverableRecord[];
  pendingDecisions: Pick<DecisionRecord, 'kind' | 'role' | 'allowed' | 'requestedAt'>[];
  history: HistoryEntry[];
}

/** Everything about a package: stage, every deliverable version, pending decisions, history. */
export async function packageStatus(deps: WorkflowDeps, packageId: string): Promise<PackageStatus> {
  const pkg = await deps.repo.getPackage(packageId);
  if (!pkg) throw new NotFoundError(`package ${packageId} does not exist`);
  const [deliverables, pending, history] = await Promise.all([
    deps.repo.listDeliverables(packageId),
    deps.repo.listPendingDecisions(packageId),
    deps.repo.listHistory(packageId),
  ]);
  return {
    package: pkg,
    stage: pkg.stage,
    gate: pkg.gate,
    deliverables,
    pendingDecisions: pending.map(({ kind, role, allowed, requestedAt }) => ({ kind, role, allowed, requestedAt })),
    history,
  };
}
