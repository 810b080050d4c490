import * as z from 'zod';
import type { Role } from '../../functions/core/domain/roles.js';
import type { Decision, ImpactLevel } from '../../functions/core/domain/stages.js';
import { DecisionRecord, DeliverableRecord, HistoryEntry, PackageRecord } from '../../functions/core/workflow/records.js';
import type { Connection } from './connection.js';
import { signedFetch } from './signed-fetch.js';

/** An error reply of the API (`{error, message, requestId}`), or a transport failure (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
  }

  /** `403 Forbidden: only AGENCY may approve … (request id 1234)`. */
  describe(): string {
    if (this.status === 0) return this.message;
    return `${this.status} ${this.code}: ${this.message}${this.requestId ? ` (request id ${this.requestId})` : ''}`;
  }
}

const ErrorBody = z.object({ error: z.string(), message: z.string(), requestId: z.string().optional() });

export const PackageStatusReply = z.object({
  package: PackageRecord,
  stage: PackageRecord.shape.stage,
  gate: z.string(),
  deliverables: z.array(DeliverableRecord),
  pendingDecisions: z.array(DecisionRecord.pick({ kind: true, role: true, allowed: true, requestedAt: true })),
  history: z.array(HistoryEntry),
});
export type PackageStatusReply = z.infer<typeof PackageStatusReply>;

export const PackageList = z.object({ packages: z.array(PackageRecord), cursor: z.string().optional() });
export type PackageList = z.infer<typeof PackageList>;

export const UploadGrantReply = z.object({
  uploadId: z.string(),
  url: z.url(),
  fields: z.record(z.string(), z.string()),
  key: z.string(),
  expiresAt: z.string().optional(),
});
export type UploadGrantReply = z.infer<typeof UploadGrantReply>;

const Created = z.object({ packageId: z.string() });
const Decided = z.object({ kind: z.string(), decision: z.string().optional() });
const Events = z.object({ packageId: z.string(), history: z.array(HistoryEntry) });
const ConmonRun = z.object({ month: z.string(), started: z.array(z.string()), alreadyRunning: z.array(z.string()) });

export interface NewPackage {
  csp: string;
  cso: string;
  agency: string;
  impactLevel: ImpactLevel | Lowercase<ImpactLevel>;
}

/** The authorization API, every request signed as the role it is made for. */
export class ApiClient {
  constructor(readonly connection: Connection) {}

  private async call<S extends z.ZodType>(role: Role, method: 'GET' | 'POST', route: string, schema: S, body?: unknown): Promise<z.output<S>> {
    const url = new URL(`${this.connection.api}${route}`);
    let response: Response;
    try {
      response = await signedFetch({ method, url, body, credentials: this.connection.credentialsFor(role), region: this.connection.region });
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
      const hint = this.connection.mode === 'local' ? ' (is the local pipeline still running? start it with `npm start`)' : '';
      throw new ApiError(0, 'Unreachable', `cannot reach the API at ${this.connection.api}: ${cause}${hint}`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(json);
      if (parsed.success) throw new ApiError(response.status, parsed.data.error, parsed.data.message, parsed.data.requestId);
      // API Gateway's own refusals: {"message": "..."}; anything else: the start of the body.
      const message = (json as { message?: unknown } | undefined)?.message;
      throw new ApiError(response.status, response.statusText || 'Error', typeof message === 'string' ? message : text.slice(0, 300) || 'no details', response.headers.get('x-amzn-requestid') ?? undefined);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError(response.status, 'UnexpectedReply', `${method} ${route} answered something unexpected: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }

  private static path(packageId: string, rest = ''): string {
    return `/packages/${encodeURIComponent(packageId)}${rest}`;
  }

  createPackage(role: Role, pkg: NewPackage): Promise<{ packageId: string }> {
    return this.call(role, 'POST', '/packages', Created, pkg);
  }

  listPackages(role: Role, page: { limit?: number; cursor?: string } = {}): Promise<PackageList> {
    const query = new URLSearchParams();
    if (page.limit !== undefined) query.set('limit', String(page.limit));
    if (page.cursor !== undefined) query.set('cursor', page.cursor);
    const qs = query.toString();
    return this.call(role, 'GET', `/packages${qs ? `?${qs}` : ''}`, PackageList);
  }

  status(role: Role, packageId: string): Promise<PackageStatusReply> {
    return this.call(role, 'GET', ApiClient.path(packageId), PackageStatusReply);
  }

  requestUpload(role: Role, packageId: string, file: { fileName: string; size: number; contentType: string }): Promise<UploadGrantReply> {
    return this.call(role, 'POST', ApiClient.path(packageId, '/uploads'), UploadGrantReply, file);
  }

  decide(role: Role, packageId: string, decision: Decision, comment?: string): Promise<z.output<typeof Decided>> {
    return this.call(role, 'POST', ApiClient.path(packageId, '/decisions'), Decided, { decision, ...(comment ? { comment } : {}) });
  }

  /** Runs the monthly continuous-monitoring schedule now (PMO): one ConMon execution per authorized package. */
  startConmonMonth(role: Role, month?: string): Promise<z.output<typeof ConmonRun>> {
    return this.call(role, 'POST', '/conmon/runs', ConmonRun, month ? { month } : {});
  }

  events(role: Role, packageId: string): Promise<z.output<typeof Events>> {
    return this.call(role, 'GET', ApiClient.path(packageId, '/events'), Events);
  }
}
