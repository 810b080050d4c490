import type { Role } from '../domain/roles.js';
import type { Decision } from '../domain/stages.js';
import { record, type WorkflowDeps } from './context.js';
import { ForbiddenError, InvalidRequestError } from './errors.js';
import { intakeEvent } from './events.js';
import { NotFoundError } from './ports.js';
import type { DecisionRecord } from './records.js';

export interface DecisionRequest {
  packageId: string;
  decision: Decision;
  comment?: string;
  /** The authenticated principal and the role it maps to. */
  actor: string;
  role: Role;
}

/**
 * Records a human decision and resumes the workflow. Only the role that owns the pending decision may
 * make it; of two concurrent decisions exactly one wins (conditional write), the other gets a
 * ConflictError; a refused decision records nothing.
 */
export async function makeDecision(deps: WorkflowDeps, req: DecisionRequest): Promise<DecisionRecord> {
  const pkg = await deps.repo.getPackage(req.packageId);
  if (!pkg) throw new NotFoundError(`package ${req.packageId} does not exist`);
  const pending = await deps.repo.listPendingDecisions(req.packageId);
  if (pending.length === 0) throw new InvalidRequestError(`package ${req.packageId} has no decision pending (stage ${pkg.stage}, gate ${pkg.gate})`);
  const applicable = pending.filter((p) => p.allowed.includes(req.decision));
  if (applicable.length === 0) {
    const options = pending.map((p) => `${p.kind} (${p.role}): ${p.allowed.join(' | ')}`).join('; ');
    throw new InvalidRequestError(`'${req.decision}' is not a possible decision now; pending: ${options}`);
  }
  const mine = applicable.find((p) => p.role === req.role);
  if (!mine) {
    const owners = [...new Set(applicable.map((p) => p.role))].join(' or ');
    throw new ForbiddenError(`only ${owners} may ${req.decision} ${applicable[0]!.kind} for package ${req.packageId}; you act as ${req.role}`);
  }
  const at = deps.clock.now().toISOString();
  const decided = await deps.repo.decide(req.packageId, mine.kind, { decision: req.decision, decidedBy: req.actor, comment: req.comment, deliverablesSeen: pkg.deliverableCount }, at);
  await record(deps, { packageId: req.packageId, actor: req.actor, role: req.role, action: `decision:${mine.kind}`, detail: `${req.decision}${req.comment ? ` — ${req.comment}` : ''}` }, [
    intakeEvent('DecisionRecorded', {
      packageId: req.packageId,
      at,
      kind: mine.kind,
      decision: req.decision,
      decidedBy: req.actor,
      role: req.role,
      ...(req.comment ? { comment: req.comment } : {}),
    }),
  ]);
  await deps.workflow.sendTaskSuccess(decided.taskToken, { decision: req.decision, decidedBy: req.actor, comment: req.comment ?? '' });
  return decided;
}
