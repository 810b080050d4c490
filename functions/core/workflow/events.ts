import * as z from 'zod';
import { DeliverableType, DocumentFormat } from '../domain/deliverables.js';
import { Role } from '../domain/roles.js';
import { Decision, Stage } from '../domain/stages.js';

/** EventBridge `source` of every event this pipeline emits. */
export const EVENT_SOURCE = 'fedramp.intake';

const base = {
  packageId: z.string(),
  /** When it happened (ISO 8601). */
  at: z.string(),
};

const counts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** Detail schemas, one per `detail-type`. Exported as JSON Schema in `events/` for integrators. */
export const EVENT_DETAILS = {
  DeliverableReceived: z.object({ ...base, deliverableId: z.string(), objectKey: z.string(), size: z.number().int(), uploadedBy: Role, sha256: z.string() }),
  DeliverableClassified: z.object({ ...base, deliverableId: z.string(), type: DeliverableType, format: DocumentFormat, confidence: z.number(), evidence: z.array(z.string()) }),
  DeliverableValidated: z.object({ ...base, deliverableId: z.string(), type: DeliverableType, version: z.number().int(), valid: z.boolean(), findingCounts: counts }),
  DeliverableRejected: z.object({ ...base, deliverableId: z.string(), type: DeliverableType, uploadedBy: Role, reason: z.string() }),
  DecisionRequested: z.object({ ...base, kind: z.string(), role: Role, gate: z.string(), allowed: z.array(Decision) }),
  DecisionRecorded: z.object({ ...base, kind: z.string(), decision: Decision, decidedBy: z.string(), role: Role, comment: z.string().optional() }),
  StageChanged: z.object({ ...base, from: z.string(), to: z.string(), stage: Stage, gate: z.string() }),
  PackageAuthorized: z.object({ ...base, csp: z.string(), cso: z.string(), agency: z.string(), impactLevel: z.string() }),
  DeliverableOverdue: z.object({ ...base, gate: z.string(), missing: z.array(DeliverableType), dueSince: z.string() }),
  ReviewEscalated: z.object({ ...base, kind: z.string(), role: Role, waitingSince: z.string() }),
} as const;

export type EventType = keyof typeof EVENT_DETAILS;
export const EVENT_TYPES = Object.keys(EVENT_DETAILS) as EventType[];

export type IntakeEvent = { [K in EventType]: { detailType: K; detail: z.infer<(typeof EVENT_DETAILS)[K]> } }[EventType];

/** Builds an event, validating its detail against its schema. */
export function intakeEvent<K extends EventType>(detailType: K, detail: z.infer<(typeof EVENT_DETAILS)[K]>): IntakeEvent {
  const parsed = EVENT_DETAILS[detailType].parse(detail);
  return { detailType, detail: parsed } as IntakeEvent;
}
