import { allGates, findGate } from '../process/gates.js';
import type { AuthorizationProcess } from '../process/model.js';
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
 * When a decision sent the package back to this gate (an SSP rejected, a package returned by the PMO,
 * more testing requested), how many deliverables the package had then: what was reviewed no longer
 * completes the gate, a resubmission (a later deliverable version) must. Undefined on a first visit.
 */
export async function sentBackAfter(deps: WorkflowDeps, process: AuthorizationProcess, packageId: string, gateId: string): Promise<number | undefined> {
  let latest: { at: string; seen: number } | undefined;
  for (const gate of allGates(process)) {
    const point = gate.decision;
    if (!point) continue;
    const loops = Object.entries(point.outcomes).filter(([, target]) => target === gateId).map(([decision]) => decision);
    if (loops.length === 0) continue;
    const decided = await deps.repo.getDecision(packageId, point.kind);
    if (decided?.status !== 'DECIDED' || !decided.decision || !decided.decidedAt || decided.deliverablesSeen === undefined || !loops.includes(decided.decision)) continue;
    // The latest decision is the one that saw the most deliverables (the count only grows): clocks
    // may tie, the count does not go back.
    if (!latest || decided.deliverablesSeen > latest.seen || (decided.deliverablesSeen === latest.seen && decided.decidedAt > latest.at)) latest = { at: decided.decidedAt, seen: decided.deliverablesSeen };
  }
  return latest?.seen;
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
  const process = processById(pkg.processId);
  const sentBack = await sentBackAfter(deps, process, pkg.packageId, gateId);
  if (sentBack !== undefined) {
    const types = new Set(findGate(process, gateId).requires.map((r) => r.type));
    const deliverables = await deps.repo.listDeliverables(pkg.packageId);
    if (!deliverables.some((d) => d.status === 'VALID' && d.version > sentBack && types.has(d.type))) return false;
  }
  if (!(await deps.repo.takeGateWait(pkg.packageId, gateId, wait.taskToken))) return false;
  await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'gate-complete', detail: `every deliverable of gate ${gateId} is present and valid` });
  await deps.workflow.sendTaskSuccess(wait.taskToken, { gate: gateId, complete: true });
  return true;
}
