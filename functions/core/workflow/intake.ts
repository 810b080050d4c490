import { createHash } from 'node:crypto';
import { maySubmit } from '../domain/deliverables.js';
import type { Role } from '../domain/roles.js';
import { processById, record, type WorkflowDeps } from './context.js';
import { intakeEvent, type IntakeEvent } from './events.js';
import { resumeGateIfComplete } from './gate-progress.js';
import { ConflictError, NotFoundError } from './ports.js';
import type { DeliverableRecord, DeliverableStatus } from './records.js';
import type { DeliverableValidation } from '../validate/validate.js';

/** What arrived in the upload bucket, and the grant it was uploaded under (never the client's word). */
export interface ArrivedUpload {
  packageId: string;
  objectKey: string;
  /** S3 version id or, in an unversioned store, the ETag: identifies this very object. */
  objectVersion: string;
  size: number;
  sha256: string;
  /** From the upload grant recorded when the presigned POST was issued. */
  role: Role;
  uploader: string;
  maxSize: number;
}

const MAX_FINDINGS_KEPT = 50;

/** The same object always gets the same deliverable id: replayed S3 events change nothing. */
export function deliverableIdOf(objectKey: string, objectVersion: string): string {
  return `dlv-${createHash('sha256').update(`${objectKey}\n${objectVersion}`).digest('hex').slice(0, 20)}`;
}

/** Why an upload is refused outright, if it is. */
function refusal(upload: ArrivedUpload, validation: DeliverableValidation, frozen: boolean): string | undefined {
  if (upload.size > upload.maxSize) return `the object is ${upload.size} bytes; the upload was granted for at most ${upload.maxSize}`;
  if (validation.classification.error) return `unreadable or hostile: ${validation.classification.error}`;
  if (validation.type === 'UNKNOWN') return 'not recognised as a FedRAMP deliverable';
  if (!maySubmit(upload.role, validation.type)) return `${upload.role} may not submit a ${validation.type} (separation of duties)`;
  if (frozen && validation.type === 'SSP') return 'the system is frozen for testing: new SSP versions are refused until the assessment is complete';
  return undefined;
}

/**
 * Records one arrived upload: refuses what the uploader's role may not submit (or what the testing
 * freeze forbids), records the rest as VALID or INVALID with its findings, announces it, and resumes
 * the workflow when the upload completes the gate it waits at. Idempotent per object.
 */
export async function recordUpload(deps: WorkflowDeps, upload: ArrivedUpload, validation: DeliverableValidation): Promise<DeliverableRecord> {
  const deliverableId = deliverableIdOf(upload.objectKey, upload.objectVersion);
  const existing = await deps.repo.getDeliverable(upload.packageId, deliverableId);
  if (existing) return existing;
  const pkg = await deps.repo.getPackage(upload.packageId);
  if (!pkg) throw new NotFoundError(`package ${upload.packageId} does not exist`);

  const frozen = processById(pkg.processId).freezeSspDuring.includes(pkg.gate);
  const reason = refusal(upload, validation, frozen);
  const status: DeliverableStatus = reason ? 'REJECTED' : validation.valid ? 'VALID' : 'INVALID';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of validation.findings) counts[f.severity]++;
  const at = deps.clock.now().toISOString();
  const deliverable: DeliverableRecord = {
    packageId: upload.packageId,
    deliverableId,
    type: validation.type,
    format: validation.format,
    version: await deps.repo.nextDeliverableVersion(upload.packageId),
    sha256: upload.sha256,
    size: upload.size,
    uploadedBy: upload.role,
    uploader: upload.uploader,
    status,
    ...(reason ? { reason } : {}),
    objectKey: upload.objectKey,
    objectVersion: upload.objectVersion,
    receivedAt: at,
    findingCounts: counts,
    findings: validation.findings.slice(0, MAX_FINDINGS_KEPT),
    summary: JSON.stringify(validation.summary),
  };
  try {
    await deps.repo.putDeliverable(deliverable);
  } catch (err) {
    // A concurrent replay of the same event recorded it first: that record stands.
    if (err instanceof ConflictError) return (await deps.repo.getDeliverable(upload.packageId, deliverableId)) ?? deliverable;
    throw err;
  }
  const base = { packageId: upload.packageId, at, deliverableId };
  const events: IntakeEvent[] = [
    intakeEvent('DeliverableReceived', { ...base, objectKey: upload.objectKey, size: upload.size, uploadedBy: upload.role, sha256: upload.sha256 }),
    intakeEvent('DeliverableClassified', {
      ...base,
      type: validation.classification.type,
      format: validation.classification.format,
      confidence: validation.classification.confidence,
      evidence: validation.classification.evidence.slice(0, 10),
    }),
    reason
      ? intakeEvent('DeliverableRejected', { ...base, type: validation.type, uploadedBy: upload.role, reason })
      : intakeEvent('DeliverableValidated', { ...base, type: validation.type, version: deliverable.version, valid: status === 'VALID', findingCounts: counts }),
  ];
  await record(
    deps,
    {
      packageId: upload.packageId,
      actor: upload.uploader,
      role: upload.role,
      action: reason ? 'deliverable-rejected' : 'deliverable-recorded',
      detail: `${validation.type} v${deliverable.version} (${deliverableId}): ${reason ?? `${status}, ${counts.error} error(s), ${counts.warning} warning(s)`}`,
    },
    events,
  );
  if (!reason) await resumeGateIfComplete(deps, pkg, pkg.gate);
  return deliverable;
}
