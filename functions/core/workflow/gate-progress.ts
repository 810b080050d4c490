import { findGate } from '../process/gates.js';
import { evaluateGate, type GateEvaluation } from '../validate/package.js';
import { processById, record, type WorkflowDeps } from './context.js';
import { toPackageDeliverable } from './package-view.js';
import type { PackageRecord } from './records.js';

/** Deliverables that count for a gate: continuous-monitoring gates only count those since `since`. */
export async function evaluatePackageGate(deps: WorkflowDeps, pkg: PackageRecord, gateId: string, since?: string): Promise<GateEvaluation> {
  const all = await deps.repo.listDeliverables(pkg.packageId);
  const gate = findGate(processById(pkg.processId), gateId);
  const counted = gate.stage === 'CONTINUOUS_MONITORING' && since ? all.filter((d) => d.receivedAt >= since) : all;
  return evaluateGate(processById(pkg.processId), gateId, pkg, counted.map(toPackageDeliverable));
}

/**
 * Resumes the execution waiting at a gate when its deliverables are complete. Event-driven: called
 * when a wait starts and whenever a deliverable is recorded. The conditional take of the wait makes
 * sure only one caller resumes it, however many uploads complete the gate at once.
 */
export async function resumeGateIfComplete(deps: WorkflowDeps, pkg: PackageRecord, gateId: string): Promise<boolean> {
  const wait = await deps.repo.getGateWait(pkg.packageId, gateId);
  if (!wait) return false;
  const evaluation = await evaluatePackageGate(deps, pkg, gateId, wait.since);
  if (!evaluation.complete) return false;
  if (!(await deps.repo.takeGateWait(pkg.packageId, gateId, wait.taskToken))) return false;
  await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'gate-complete', detail: `every deliverable of gate ${gateId} is present and valid` });
  await deps.workflow.sendTaskSuccess(wait.taskToken, { gate: gateId, complete: true });
  return true;
}
