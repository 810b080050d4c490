import { randomUUID } from 'node:crypto';
import type { Role } from '../domain/roles.js';
import type { Stage } from '../domain/stages.js';
import { allGates } from '../process/gates.js';
import type { AuthorizationProcess } from '../process/model.js';
import type { DeliverableValidation } from '../validate/validate.js';
import { processById, type WorkflowDeps } from './context.js';
import { ForbiddenError, InvalidRequestError } from './errors.js';
import { NotFoundError } from './ports.js';
import type { PackageRecord, UploadGrant } from './records.js';

/** Largest deliverable accepted (S3 takes at most 5 GiB in one POST). */
export const MAX_UPLOAD_BYTES = 5 * 1024 ** 3;
/** How long a presigned POST may be used. */
export const UPLOAD_URL_SECONDS = 15 * 60;
/**
 * How long a grant outlives its POST: the S3 event of an upload made at the last second may reach the
 * intake late (SQS retries, a redrive from the dead-letter queue; SQS keeps messages at most 14 days).
 */
export const GRANT_RETENTION_SECONDS = 14 * 86_400;
const MAX_FILE_NAME = 255;

/**
 * Content types an upload may declare (the POST policy pins the one declared). The type is a label for
 * downstream tools only: intake classifies every object on its content, never on this or the file name.
 */
export const UPLOAD_CONTENT_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/json',
  'application/xml',
  'text/xml',
  'application/yaml',
  'text/yaml',
  'text/csv',
  'text/plain',
  'application/zip',
] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];
export const DEFAULT_UPLOAD_CONTENT_TYPE: UploadContentType = 'application/octet-stream';

export interface UploadRequest {
  packageId: string;
  /** The role the authenticated principal maps to (configuration, never the request). */
  role: Role;
  /** The authenticated principal. */
  uploader: string;
  fileName: string;
  /** Declared size in bytes: the POST policy allows at most this much. */
  size: number;
  now?: Date;
}

/** What the handler needs to presign the POST (presigning is an adapter's job). */
export interface UploadTicket {
  grant: UploadGrant;
  uploadId: string;
  objectKey: string;
  maxBytes: number;
  expiresSeconds: number;
}

const UPLOAD_KEY = /^uploads\/([A-Za-z0-9][A-Za-z0-9._-]{0,127})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `uploads/<packageId>/<uploadId>`: the client's file name never reaches the key. */
export function uploadKey(packageId: string, uploadId: string): string {
  return `uploads/${packageId}/${uploadId}`;
}

/** The package and upload an object key names, if it is an upload key at all. */
export function parseUploadKey(key: string): { packageId: string; uploadId: string } | undefined {
  const match = UPLOAD_KEY.exec(key);
  return match ? { packageId: match[1]!, uploadId: match[2]! } : undefined;
}

/**
 * Who may upload anything while a package is in a stage: the roles that submit a deliverable to one of
 * that stage's gates. An AUTHORIZED package is in continuous monitoring; a DENIED one takes nothing.
 */
export function rolesUploadingIn(process: AuthorizationProcess, stage: Stage): Set<Role> {
  const effective: Stage = stage === 'AUTHORIZED' ? 'CONTINUOUS_MONITORING' : stage;
  const roles = new Set<Role>();
  for (const gate of allGates(process)) {
    if (gate.stage !== effective) continue;
    for (const requirement of gate.requires) for (const role of requirement.from) roles.add(role);
  }
  return roles;
}

function checkFileName(fileName: string): void {
  if (fileName.trim().length === 0) throw new InvalidRequestError('fileName must not be empty');
  if (fileName.length > MAX_FILE_NAME) throw new InvalidRequestError(`fileName must be at most ${MAX_FILE_NAME} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(fileName)) throw new InvalidRequestError('fileName must not contain control characters');
}

/**
 * Grants one upload: checks the package exists, that the role uploads anything in the package's current
 * stage, and the declared size; records the grant (with its TTL) under a fresh upload id. What the role
 * may submit is judged again on arrival, on the content (separation of duties).
 */
export async function requestUpload(deps: WorkflowDeps, req: UploadRequest): Promise<UploadTicket> {
  checkFileName(req.fileName);
  if (!Number.isSafeInteger(req.size) || req.size <= 0) throw new InvalidRequestError(`size must be a positive whole number of bytes, not ${req.size}`);
  if (req.size > MAX_UPLOAD_BYTES) throw new InvalidRequestError(`size ${req.size} exceeds the ${MAX_UPLOAD_BYTES}-byte limit of one upload`);
  const pkg = await deps.repo.getPackage(req.packageId);
  if (!pkg) throw new NotFoundError(`package ${req.packageId} does not exist`);
  const allowed = rolesUploadingIn(processById(pkg.processId), pkg.stage);
  if (!allowed.has(req.role)) {
    const who = allowed.size > 0 ? `only ${[...allowed].join(', ')} upload` : 'nobody uploads';
    throw new ForbiddenError(`package ${pkg.packageId} is in ${pkg.stage}: ${who} at this stage; you act as ${req.role}`);
  }
  const now = req.now ?? deps.clock.now();
  const uploadId = randomUUID();
  const objectKey = uploadKey(pkg.packageId, uploadId);
  const grant: UploadGrant = {
    uploadId,
    packageId: pkg.packageId,
    role: req.role,
    uploader: req.uploader,
    fileName: req.fileName,
    maxSize: req.size,
    objectKey,
    expiresAt: Math.floor(now.getTime() / 1000) + UPLOAD_URL_SECONDS + GRANT_RETENTION_SECONDS,
  };
  await deps.repo.putUploadGrant(grant);
  return { grant, uploadId, objectKey, maxBytes: req.size, expiresSeconds: UPLOAD_URL_SECONDS };
}

export type ArrivalCheck = { accepted: true; grant: UploadGrant; pkg: PackageRecord } | { accepted: false; reason: string; packageId?: string };

/**
 * Whether an object that appeared in the upload bucket came through a grant: its key must be an upload
 * key, its grant must exist (unexpired) and be for exactly this key and package, and the package must
 * exist. Anything else is refused and never read.
 */
export async function checkArrival(deps: WorkflowDeps, objectKey: string): Promise<ArrivalCheck> {
  const parsed = parseUploadKey(objectKey);
  if (!parsed) return { accepted: false, reason: `'${objectKey.slice(0, 200)}' is not an upload key (uploads/<packageId>/<uploadId>)` };
  const grant = await deps.repo.getUploadGrant(parsed.uploadId);
  if (!grant) return { accepted: false, reason: `no upload was granted for ${objectKey} (or its grant expired)`, packageId: parsed.packageId };
  if (grant.objectKey !== objectKey || grant.packageId !== parsed.packageId) {
    return { accepted: false, reason: `upload ${parsed.uploadId} was granted for ${grant.objectKey}, not ${objectKey}`, packageId: parsed.packageId };
  }
  const pkg = await deps.repo.getPackage(grant.packageId);
  if (!pkg) return { accepted: false, reason: `package ${grant.packageId} does not exist`, packageId: grant.packageId };
  return { accepted: true, grant, pkg };
}

/**
 * The validation of an object larger than its grant: it is not read (no hashing, no parsing) and
 * `recordUpload` refuses it for its size.
 */
export function unreadOversizeValidation(size: number, maxSize: number): DeliverableValidation {
  const message = `the object is ${size} bytes; the upload was granted for at most ${maxSize}: not read`;
  return {
    type: 'UNKNOWN',
    format: 'binary',
    valid: false,
    classification: { type: 'UNKNOWN', confidence: 0, format: 'binary', evidence: [], bytesRead: 0 },
    findings: [{ ruleId: 'intake-oversize', severity: 'error', message, location: '' }],
    summary: {},
  };
}
