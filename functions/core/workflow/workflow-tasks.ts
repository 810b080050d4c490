import * as z from 'zod';
import { findGate } from '../process/gates.js';
import { Decision } from '../domain/stages.js';
import { processById, record, type WorkflowDeps } from './context.js';
import { intakeEvent } from './events.js';
import { evaluatePackageGate, resumeGateIfComplete } from './gate-progress.js';
import { NotFoundError } from './ports.js';
import { updatePackage } from './package-updates.js';
import type { PackageRecord } from './records.js';

/** The actions the state machines ask of the workflow-tasks function (the ASL's Payloads). */
export const WorkflowTask = z.discriminatedUnion('action', [
  z.object({ action: z.literal('enterGate'), packageId: z.string(), gate: z.string() }),
  z.object({ action: z.literal('awaitDeliverables'), packageId: z.string(), gate: z.string(), taskToken: z.string(), since: z.string().optional() }),
  z.object({ action: z.literal('requestDecision'), packageId: z.string(), gate: z.string(), kind: z.string(), taskToken: z.string() }),
  z.object({ action: z.literal('escalate'), packageId: z.string(), gate: z.string(), kind: z.string().optional(), reason: z.enum(['deliverables-overdue', 'decision-overdue']) }),
  z.object({ action: z.literal('finish'), packageId: z.string(), outcome: z.enum(['AUTHORIZED', 'DENIED']) }),
  z.object({ action: z.literal('recordFailure'), packageId: z.string(), error: z.string(), cause: z.string().optional() }),
]);
export type WorkflowTask = z.infer<typeof WorkflowTask>;

async function loadPackage(deps: WorkflowDeps, packageId: string): Promise<PackageRecord> {
  const pkg = await deps.repo.getPackage(packageId);
  if (!pkg) throw new NotFoundError(`package ${packageId} does not exist`);
  return pkg;
}

/** Moves the package to a gate (or final stage), recording and announcing the change. Replays are no-ops. */
async function moveTo(deps: WorkflowDeps, pkg: PackageRecord, gate: string, stage: PackageRecord['stage']): Promise<PackageRecord> {
  const { before, after: updated } = await updatePackage(deps, pkg.packageId, (current) => (current.gate === gate && current.stage === stage ? undefined : { gate, stage }));
  if (before === updated) return updated;
  pkg = before;
  const at = deps.clock.now().toISOString();
  await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'stage-changed', detail: `${pkg.stage}/${pkg.gate} → ${stage}/${gate}` }, [
    intakeEvent('StageChanged', { packageId: pkg.packageId, at, from: `${pkg.stage}/${pkg.gate}`, to: `${stage}/${gate}`, stage, gate }),
  ]);
  return updated;
}

/** Carries out one task of the state machine; the result is the task's output. */
export async function runWorkflowTask(deps: WorkflowDeps, task: WorkflowTask): Promise<Record<string, unknown>> {
  const pkg = await loadPackage(deps, task.packageId);
  const process = processById(pkg.processId);
  const at = deps.clock.now().toISOString();
  switch (task.action) {
    case 'enterGate': {
      const gate = findGate(process, task.gate);
      const moved = await moveTo(deps, pkg, gate.id, gate.stage);
      return { stage: moved.stage, gate: moved.gate };
    }
    case 'awaitDeliverables': {
      findGate(process, task.gate);
      await deps.repo.putGateWait({ packageId: pkg.packageId, gate: task.gate, taskToken: task.taskToken, since: task.since ?? at });
      // Deliverables may all be there already (uploaded early, or a loop back to this gate).
      await resumeGateIfComplete(deps, pkg, task.gate);
      return { waiting: true };
    }
    case 'requestDecision': {
      const gate = findGate(process, task.gate);
      const point = gate.decision;
      if (!point || point.kind !== task.kind) throw new Error(`gate ${gate.id} has no decision '${task.kind}'`);
      const allowed = Object.keys(point.outcomes).map((d) => Decision.parse(d));
      await deps.repo.putPendingDecision({ packageId: pkg.packageId, kind: point.kind, role: point.decidedBy, gate: gate.id, allowed, taskToken: task.taskToken, status: 'PENDING', requestedAt: at });
      await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'decision-requested', detail: `${point.kind} by ${point.decidedBy}: ${allowed.join(' | ')}` }, [
        intakeEvent('DecisionRequested', { packageId: pkg.packageId, at, kind: point.kind, role: point.decidedBy, gate: gate.id, allowed }),
      ]);
      return { requested: point.kind };
    }
    case 'escalate': {
      const gate = findGate(process, task.gate);
      if (task.reason === 'decision-overdue') {
        const kind = task.kind ?? gate.decision?.kind ?? 'unknown';
        const pending = await deps.repo.getDecision(pkg.packageId, kind);
        await deps.repo.expireDecision(pkg.packageId, kind);
        await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'review-escalated', detail: `${kind} not decided in time; asked again` }, [
          intakeEvent('ReviewEscalated', { packageId: pkg.packageId, at, kind, role: gate.decision?.decidedBy ?? 'AGENCY', waitingSince: pending?.requestedAt ?? at }),
        ]);
      } else {
        const wait = await deps.repo.getGateWait(pkg.packageId, gate.id);
        const evaluation = await evaluatePackageGate(deps, pkg, gate.id, wait?.since);
        const missing = [...evaluation.missing.filter((m) => m.level === 'required').map((m) => m.type), ...evaluation.invalid.map((i) => i.type)];
        await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'deliverables-overdue', detail: `gate ${gate.id} still needs ${missing.join(', ') || 'a valid package'}` }, [
          intakeEvent('DeliverableOverdue', { packageId: pkg.packageId, at, gate: gate.id, missing, dueSince: wait?.since ?? at }),
        ]);
      }
      return { escalated: task.reason };
    }
    case 'finish': {
      const moved = await moveTo(deps, pkg, task.outcome, task.outcome);
      if (task.outcome === 'AUTHORIZED') {
        await deps.events.publish([intakeEvent('PackageAuthorized', { packageId: pkg.packageId, at, csp: pkg.csp, cso: pkg.cso, agency: pkg.agency, impactLevel: pkg.impactLevel })]);
      }
      return { stage: moved.stage };
    }
    case 'recordFailure': {
      await record(deps, { packageId: pkg.packageId, actor: 'workflow', role: 'SYSTEM', action: 'workflow-failed', detail: `${task.error}: ${task.cause ?? ''}`.slice(0, 2000) });
      return { recorded: true };
    }
  }
}
