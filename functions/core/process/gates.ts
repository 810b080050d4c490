import type { Decision } from '../domain/stages.js';
import type { AuthorizationProcess, Gate } from './model.js';

/** Continuous-monitoring gates of a process, derived from its `conmon` block. */
export function conmonGates(process: AuthorizationProcess): Gate[] {
  const review = {
    kind: 'conmon-review',
    decidedBy: process.conmon.reviewedBy,
    outcomes: { approve: 'done', reject: 'conmon-monthly' } as Partial<Record<Decision, string>>,
    timeoutDays: 30,
  };
  return [
    { id: 'conmon-monthly', stage: 'CONTINUOUS_MONITORING', title: 'Monthly continuous monitoring deliverables', requires: process.conmon.monthly, decision: review, dueDays: process.conmon.dueDayOfMonth },
    { id: 'conmon-annual', stage: 'CONTINUOUS_MONITORING', title: 'Annual assessment', requires: process.conmon.annual, dueDays: 60 },
  ];
}

/** Every gate of a process: the authorization gates, then the continuous-monitoring ones. */
export function allGates(process: AuthorizationProcess): Gate[] {
  return [...process.gates, ...conmonGates(process)];
}

export function findGate(process: AuthorizationProcess, id: string): Gate {
  const gate = allGates(process).find((g) => g.id === id);
  if (!gate) throw new Error(`process ${process.id} has no gate '${id}'`);
  return gate;
}

/** The gate whose decision has this kind. */
export function gateOfDecision(process: AuthorizationProcess, kind: string): Gate | undefined {
  return allGates(process).find((g) => g.decision?.kind === kind);
}
