import type { DecisionRecord, DeliverableRecord, GateWaitRecord, HistoryEntry, PackageRecord, UploadGrant } from './records.js';
import type { IntakeEvent } from './events.js';

/** A conditional write lost a race or found the state changed: nothing was written. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** A record that must exist does not. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/**
 * Persistence of packages, deliverables, decisions, gate waits and history (one DynamoDB table in
 * AWS and locally). Every method is one access pattern; none scans.
 */
export interface PackageRepository {
  /** Creates a package; ConflictError if the id exists. */
  createPackage(pkg: PackageRecord): Promise<void>;
  getPackage(packageId: string): Promise<PackageRecord | undefined>;
  /** Newest first, paginated. */
  listPackages(limit: number, cursor?: string): Promise<{ packages: PackageRecord[]; cursor?: string }>;
  /** Conditional on `expectedRevision`; ConflictError when another writer got there first. */
  updatePackage(packageId: string, expectedRevision: number, changes: Partial<Pick<PackageRecord, 'stage' | 'gate' | 'executionArn'>>): Promise<PackageRecord>;
  /** Atomically reserves the next deliverable version number of a package. */
  nextDeliverableVersion(packageId: string): Promise<number>;
  /** Records a deliverable; ConflictError if that deliverableId was already recorded (replays). */
  putDeliverable(record: DeliverableRecord): Promise<void>;
  getDeliverable(packageId: string, deliverableId: string): Promise<DeliverableRecord | undefined>;
  /** Every version of every deliverable of a package, oldest first. */
  listDeliverables(packageId: string): Promise<DeliverableRecord[]>;
  /** Stores the token of a pending decision (replacing an EXPIRED/DECIDED one of the same kind). */
  putPendingDecision(record: DecisionRecord): Promise<void>;
  getDecision(packageId: string, kind: string): Promise<DecisionRecord | undefined>;
  listPendingDecisions(packageId: string): Promise<DecisionRecord[]>;
  /**
   * Marks a PENDING decision DECIDED, conditionally: exactly one of two concurrent callers succeeds,
   * the other gets ConflictError. Returns the decided record (with its task token).
   */
  decide(packageId: string, kind: string, outcome: Pick<DecisionRecord, 'decision' | 'decidedBy' | 'comment' | 'deliverablesSeen'>, at: string): Promise<DecisionRecord>;
  /** Marks a PENDING decision EXPIRED (its token timed out). */
  expireDecision(packageId: string, kind: string): Promise<void>;
  putGateWait(record: GateWaitRecord): Promise<void>;
  getGateWait(packageId: string, gate: string): Promise<GateWaitRecord | undefined>;
  /** Deletes the wait conditionally on its token: exactly one resumer wins; false when already taken. */
  takeGateWait(packageId: string, gate: string, taskToken: string): Promise<boolean>;
  /** Appends to the history (never overwrites). */
  appendHistory(entry: HistoryEntry): Promise<void>;
  listHistory(packageId: string): Promise<HistoryEntry[]>;
  /** Records the grant of one presigned upload; ConflictError if that uploadId exists. Kept until `expiresAt` (TTL). */
  putUploadGrant(grant: UploadGrant): Promise<void>;
  /** The grant of an upload, or undefined when there is none or it has expired (TTL deletion lags). */
  getUploadGrant(uploadId: string): Promise<UploadGrant | undefined>;
}

/** Resumes waiting workflow executions (Step Functions task tokens). */
export interface WorkflowControl {
  startExecution(name: string, input: unknown): Promise<{ executionArn: string }>;
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>;
}

/** Publishes integration events (EventBridge, source `fedramp.intake`). */
export interface EventPublisher {
  publish(events: readonly IntakeEvent[]): Promise<void>;
}

export interface Clock {
  now(): Date;
}
