import * as z from 'zod';
import { DeliverableType, DocumentFormat } from '../domain/deliverables.js';
import { Role } from '../domain/roles.js';
import { Decision, ImpactLevel, Stage } from '../domain/stages.js';
import { Finding } from '../validate/finding.js';

/** An authorization package: one CSP offering, one sponsoring agency, one workflow execution. */
export const PackageRecord = z.object({
  packageId: z.string(),
  processId: z.string(),
  csp: z.string(),
  cso: z.string(),
  agency: z.string(),
  impactLevel: ImpactLevel,
  stage: Stage,
  /** The gate the workflow is at (`ssp-review`, `testing`, …), or a final stage. */
  gate: z.string(),
  executionArn: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Optimistic-locking counter, incremented on every change. */
  revision: z.number().int(),
  /** How many deliverables have been recorded (their version numbers come from it). */
  deliverableCount: z.number().int(),
});
export type PackageRecord = z.infer<typeof PackageRecord>;

export const DeliverableStatus = z.enum(['VALID', 'INVALID', 'REJECTED']);
export type DeliverableStatus = z.infer<typeof DeliverableStatus>;

/** One uploaded file, whatever became of it. All versions are kept. */
export const DeliverableRecord = z.object({
  packageId: z.string(),
  deliverableId: z.string(),
  type: DeliverableType,
  format: DocumentFormat,
  /** 1, 2, 3… per type within the package. */
  version: z.number().int(),
  sha256: z.string(),
  size: z.number().int(),
  uploadedBy: Role,
  uploader: z.string(),
  status: DeliverableStatus,
  /** Why a REJECTED upload was refused (wrong role, testing freeze, unreadable…). */
  reason: z.string().optional(),
  objectKey: z.string(),
  objectVersion: z.string().optional(),
  receivedAt: z.string(),
  findingCounts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  /** The first findings (the full list can be re-derived by validating the stored object again). */
  findings: z.array(Finding),
  /** JSON of the validator's DeliverableSummary, for package-level checks. */
  summary: z.string(),
});
export type DeliverableRecord = z.infer<typeof DeliverableRecord>;

/** A human decision the workflow waits for, with the task token that resumes it. */
export const DecisionRecord = z.object({
  packageId: z.string(),
  kind: z.string(),
  /** The only role that may make it. */
  role: Role,
  gate: z.string(),
  allowed: z.array(Decision),
  taskToken: z.string(),
  status: z.enum(['PENDING', 'DECIDED', 'EXPIRED']),
  requestedAt: z.string(),
  decision: Decision.optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  comment: z.string().optional(),
  /** How many deliverables the package had when it was decided: what was reviewed (deliverable versions up to it). */
  deliverablesSeen: z.number().int().optional(),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

/** The task token of a gate waiting for deliverables. */
export const GateWaitRecord = z.object({
  packageId: z.string(),
  gate: z.string(),
  taskToken: z.string(),
  since: z.string(),
});
export type GateWaitRecord = z.infer<typeof GateWaitRecord>;

/** One line of a package's append-only history: who did what, when and why. */
export const HistoryEntry = z.object({
  packageId: z.string(),
  at: z.string(),
  /** Unique and sortable within a package. */
  seq: z.string(),
  actor: z.string(),
  role: z.union([Role, z.literal('SYSTEM')]),
  action: z.string(),
  detail: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * What a presigned upload was granted for, recorded when the POST is issued. The intake trusts this,
 * never the uploaded object or the event: the object's key names the grant, the grant names the role.
 */
export const UploadGrant = z.object({
  uploadId: z.string(),
  packageId: z.string(),
  /** The role the requesting principal acted as. */
  role: Role,
  /** The authenticated principal that asked for the upload. */
  uploader: z.string(),
  /** The name the client gave (messages and classification hints only: it is not part of the key). */
  fileName: z.string(),
  /** The size declared when asking; S3 enforces it in the POST policy and the intake re-checks it. */
  maxSize: z.number().int().positive(),
  /** `uploads/<packageId>/<uploadId>`. */
  objectKey: z.string(),
  /** Epoch seconds, the table's TTL attribute: the grant is treated as absent after it. */
  expiresAt: z.number().int(),
});
export type UploadGrant = z.infer<typeof UploadGrant>;
