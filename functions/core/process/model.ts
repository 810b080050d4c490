import type { DeliverableType } from '../domain/deliverables.js';
import type { Role } from '../domain/roles.js';
import type { Decision, Stage } from '../domain/stages.js';

/** A deliverable a gate needs: its type and who must have submitted it. */
export interface Requirement {
  type: DeliverableType;
  /** Roles allowed to submit it for this gate (separation of duties). */
  from: readonly Role[];
  /** Required deliverables block the gate; recommended ones only warn. */
  level: 'required' | 'recommended';
}

/** A human decision the process waits for. */
export interface DecisionPoint {
  /** Stable name, e.g. `ssp-approval`; also the `kind` of a pending decision. */
  kind: string;
  /** The only role that may make it. */
  decidedBy: Role;
  /** Allowed outcomes and where each leads. */
  outcomes: Partial<Record<Decision, string>>;
  /** How long the decision may wait before it is escalated. */
  timeoutDays: number;
}

/** A point in the process that waits for deliverables, then (usually) a decision. */
export interface Gate {
  id: string;
  stage: Stage;
  title: string;
  requires: readonly Requirement[];
  decision?: DecisionPoint;
  /** How long the deliverables may take before DeliverableOverdue is raised. */
  dueDays: number;
}

/** A whole authorization process (Rev5 agency authorization today; others may sit beside it). */
export interface AuthorizationProcess {
  id: string;
  title: string;
  gates: readonly Gate[];
  /** Deliverables a CSP uploads each month in continuous monitoring, with their cadence. */
  conmon: { monthly: readonly Requirement[]; annual: readonly Requirement[]; reviewedBy: Role; dueDayOfMonth: number };
  /** While these gates are open, a new SSP version is refused (the system is frozen for testing). */
  freezeSspDuring: readonly string[];
}
