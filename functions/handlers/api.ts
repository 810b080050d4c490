import type { S3Client } from '@aws-sdk/client-s3';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import * as z from 'zod';
import { presignUpload } from '../adapters/upload-urls.js';
import type { Role } from '../core/domain/roles.js';
import { Decision, ImpactLevelInput } from '../core/domain/stages.js';
import type { WorkflowDeps } from '../core/workflow/context.js';
import { startMonthlyConmon } from '../core/workflow/conmon.js';
import { makeDecision } from '../core/workflow/decisions.js';
import { ForbiddenError, InvalidRequestError } from '../core/workflow/errors.js';
import { createPackage, packageStatus } from '../core/workflow/packages.js';
import { ConflictError, NotFoundError, type WorkflowControl } from '../core/workflow/ports.js';
import { DEFAULT_UPLOAD_CONTENT_TYPE, requestUpload, UPLOAD_CONTENT_TYPES } from '../core/workflow/uploads.js';
import { parseRoleMap, type RoleMap } from './principals.js';
import { createS3Client } from './s3-client.js';
import { lazyHandler, observability, required, runtimeFor, withPowertools, type LambdaHandler, type Observability } from './runtime.js';

const SERVICE = 'api';

export interface ApiOptions {
  deps: WorkflowDeps;
  /** Signs the presigned POSTs (its credentials are the API function's role). */
  s3: S3Client;
  uploadBucket: string;
  uploadKmsKeyId?: string;
  roles: RoleMap;
  /**
   * Starts continuous-monitoring executions (the ConMon state machine): enables `POST /conmon/runs`,
   * the PMO's manual run of the monthly schedule. Without it that route answers 404.
   */
  conmon?: WorkflowControl;
  obs?: Observability;
}

const text = z.string().trim().min(1).max(200);
const NewPackageBody = z.strictObject({ csp: text, cso: text, agency: text, impactLevel: ImpactLevelInput });
const UploadBody = z.strictObject({
  fileName: z.string().min(1).max(255),
  size: z.number().int().positive(),
  contentType: z.enum(UPLOAD_CONTENT_TYPES).default(DEFAULT_UPLOAD_CONTENT_TYPE),
});
const DecisionBody = z.strictObject({ decision: Decision, comment: z.string().trim().min(1).max(2000).optional() });
const ConmonRunBody = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM').optional() });
const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(25), cursor: z.string().min(1).optional() });

interface Caller {
  principal: string;
  role: Role;
}

interface Request {
  caller: Caller;
  event: APIGatewayProxyEvent;
}

interface Reply {
  status: number;
  body: unknown;
}

/** 400 for a malformed request (bad JSON, body or query that does not parse). */
class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

/** 403 for a caller that is not allowed to use the API at all, or this route. */
class AccessDenied extends Error {
  override readonly name = 'AccessDenied';
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BadRequest(`invalid ${what}: ${issues(parsed.error)}`);
  return parsed.data;
}

function jsonBody(event: APIGatewayProxyEvent): unknown {
  if (!event.body) throw new BadRequest('a JSON body is required');
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest('the body is not valid JSON');
  }
}

function only(caller: Caller, roles: readonly Role[], what: string): void {
  if (!roles.includes(caller.role)) throw new AccessDenied(`only ${roles.join(' or ')} may ${what}; you act as ${caller.role}`);
}

function pathParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest(`'${segment.slice(0, 100)}' is not a valid path segment`);
  }
}

type RouteHandler = (req: Request, params: string[]) => Promise<Reply>;

export function makeApiHandler(options: ApiOptions): LambdaHandler<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const { deps, s3, roles } = options;
  const obs = options.obs ?? observability(SERVICE);
  const { logger, metrics } = obs;

  const routes: { pattern: RegExp; methods: Partial<Record<string, RouteHandler>> }[] = [
    {
      pattern: /^\/packages$/,
      methods: {
        POST: async ({ caller, event }) => {
          only(caller, ['CSP'], 'create a package');
          const body = parse(NewPackageBody, jsonBody(event), 'package');
          const pkg = await createPackage(deps, { ...body, actor: caller.principal });
          metrics.addMetric('PackagesCreated', MetricUnit.Count, 1);
          return { status: 201, body: { packageId: pkg.packageId } };
        },
        GET: async ({ event }) => {
          const query = parse(ListQuery, event.queryStringParameters ?? {}, 'query');
          return { status: 200, body: await deps.repo.listPackages(query.limit, query.cursor) };
        },
      },
    },
    {
      pattern: /^\/packages\/([^/]+)$/,
      methods: { GET: async (_req, [id]) => ({ status: 200, body: await packageStatus(deps, id!) }) },
    },
    {
      pattern: /^\/packages\/([^/]+)\/uploads$/,
      methods: {
        POST: async ({ caller, event }, [id]) => {
          const body = parse(UploadBody, jsonBody(event), 'upload request');
          const now = deps.clock.now();
          const ticket = await requestUpload(deps, { packageId: id!, role: caller.role, uploader: caller.principal, fileName: body.fileName, size: body.size, now });
          const post = await presignUpload(
            s3,
            { bucket: options.uploadBucket, key: ticket.objectKey, maxBytes: ticket.maxBytes, expiresSeconds: ticket.expiresSeconds, contentType: body.contentType, ...(options.uploadKmsKeyId ? { kmsKeyId: options.uploadKmsKeyId } : {}) },
            now,
          );
          metrics.addMetric('UploadsGranted', MetricUnit.Count, 1);
          return { status: 201, body: { uploadId: ticket.uploadId, ...post } };
        },
      },
    },
    {
      pattern: /^\/packages\/([^/]+)\/decisions$/,
      methods: {
        POST: async ({ caller, event }, [id]) => {
          const body = parse(DecisionBody, jsonBody(event), 'decision');
          const decided = await makeDecision(deps, { packageId: id!, decision: body.decision, ...(body.comment ? { comment: body.comment } : {}), actor: caller.principal, role: caller.role });
          metrics.addMetric('DecisionsRecorded', MetricUnit.Count, 1);
          return { status: 200, body: { kind: decided.kind, decision: decided.decision } };
        },
      },
    },
    {
      pattern: /^\/packages\/([^/]+)\/events$/,
      methods: {
        GET: async (_req, [id]) => {
          const pkg = await deps.repo.getPackage(id!);
          if (!pkg) throw new NotFoundError(`package ${id} does not exist`);
          return { status: 200, body: { packageId: pkg.packageId, history: await deps.repo.listHistory(pkg.packageId) } };
        },
      },
    },
    {
      // The monthly ConMon schedule, run now by the PMO (idempotent per package and month, like the schedule).
      pattern: /^\/conmon\/runs$/,
      methods: {
        POST: async ({ caller, event }) => {
          only(caller, ['PMO'], 'start a continuous-monitoring month');
          if (!options.conmon) throw new NotFoundError('continuous-monitoring runs are not enabled on this API (no ConMon state machine configured)');
          const body = parse(ConmonRunBody, event.body ? jsonBody(event) : {}, 'conmon run');
          const month = body.month ?? deps.clock.now().toISOString().slice(0, 7);
          return { status: 200, body: await startMonthlyConmon(deps, options.conmon, month) };
        },
      },
    },
  ];

  /** The principal API Gateway authenticated (IAM auth) and the role configuration gives it. */
  function callerOf(event: APIGatewayProxyEvent): Caller {
    const principal = event.requestContext.identity.userArn ?? event.requestContext.identity.caller;
    if (!principal) throw new AccessDenied('the request carries no authenticated IAM principal');
    const role = roles.roleOf(principal);
    if (!role) throw new AccessDenied(`principal ${principal} is not mapped to a role`);
    return { principal, role };
  }

  /** Every request is authorised first (an unmapped principal learns nothing, not even which routes exist). */
  async function route(event: APIGatewayProxyEvent): Promise<Reply & { headers?: Record<string, string> }> {
    const caller = callerOf(event);
    logger.appendKeys({ principal: caller.principal, role: caller.role });
    const path = event.path.length > 1 ? event.path.replace(/\/+$/, '') : event.path;
    for (const r of routes) {
      const match = r.pattern.exec(path);
      if (!match) continue;
      const handle = r.methods[event.httpMethod];
      if (!handle) {
        return { status: 405, body: { error: 'MethodNotAllowed', message: `${event.httpMethod} is not allowed on ${path}` }, headers: { allow: Object.keys(r.methods).join(', ') } };
      }
      return handle({ caller, event }, match.slice(1).map(pathParam));
    }
    return { status: 404, body: { error: 'NotFound', message: `no route ${event.httpMethod} ${path}` } };
  }

  const run = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const requestId = event.requestContext.requestId || context.awsRequestId;
    metrics.addMetric('ApiRequests', MetricUnit.Count, 1);
    let reply: Reply & { headers?: Record<string, string> };
    try {
      reply = await route(event);
    } catch (err) {
      reply = errorReply(err, requestId);
      if (reply.status >= 500) {
        logger.error('request failed', { error: err as Error, requestId });
        metrics.addMetric('ApiServerErrors', MetricUnit.Count, 1);
      } else {
        logger.info('request refused', { status: reply.status, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    return {
      statusCode: reply.status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-request-id': requestId, ...reply.headers },
      body: JSON.stringify(reply.body),
    };
  };
  return withPowertools(run, obs);
}

/** Maps an error to a status; anything unexpected is a 500 that says nothing about internals. */
export function errorReply(err: unknown, requestId: string): Reply {
  const reply = (status: number, error: string, message: string): Reply => ({ status, body: { error, message, requestId } });
  if (err instanceof BadRequest) return reply(400, 'BadRequest', err.message);
  if (err instanceof InvalidRequestError) return reply(400, 'InvalidRequest', err.message);
  if (err instanceof z.ZodError) return reply(400, 'InvalidRequest', issues(err));
  if (err instanceof AccessDenied) return reply(403, 'Forbidden', err.message);
  if (err instanceof ForbiddenError) return reply(403, 'Forbidden', err.message);
  if (err instanceof NotFoundError) return reply(404, 'NotFound', err.message);
  if (err instanceof ConflictError) return reply(409, 'Conflict', err.message);
  return reply(500, 'InternalError', 'the request could not be completed; quote the request id when reporting it');
}

/** The deployed handler: ports from the environment, ROLE_MAP and UPLOAD_BUCKET required. */
export const handler = lazyHandler(() => {
  const runtime = runtimeFor(SERVICE);
  const { config } = runtime;
  required(config.stateMachineArn, 'STATE_MACHINE_ARN');
  return makeApiHandler({
    deps: runtime.deps,
    s3: createS3Client(runtime.obs),
    uploadBucket: required(config.uploadBucket, 'UPLOAD_BUCKET'),
    ...(config.uploadKmsKeyId ? { uploadKmsKeyId: config.uploadKmsKeyId } : {}),
    roles: parseRoleMap(config.roleMap),
    ...(runtime.conmon ? { conmon: runtime.conmon } : {}),
    obs: runtime.obs,
  });
});
