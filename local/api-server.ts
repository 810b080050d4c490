/**
 * The local API: an HTTP server on loopback with the deployed API's routes (no stage prefix). Like API
 * Gateway with IAM authorization, it authenticates every request (SigV4, `verifySigV4`) before anything
 * else, then hands the real API handler an API-Gateway-shaped event whose identity is the caller's
 * principal ARN, and returns the handler's status, headers and body.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { Role } from '../functions/core/domain/roles.js';
import type { LocalIdentity } from './identities.js';
import type { StackLog } from './log.js';
import { verifySigV4 } from './sigv4-auth.js';

/** Largest request body accepted (API Gateway's own limit is 10 MB; the API takes small JSON documents). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ApiServerOptions {
  port: number;
  region: string;
  account: string;
  identities: readonly (LocalIdentity & { role: Role })[];
  handler: (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
  context: () => Context;
  log: StackLog;
  /** For tests of the date check. */
  now?: () => Date;
}

export interface ApiServer {
  port: number;
  endpoint: string;
  /** Stops listening, lets requests in flight finish (up to `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

/** Single-value and multi-value views of the headers and query, as API Gateway passes them. */
function eventOf(req: IncomingMessage, body: Buffer, identity: LocalIdentity, requestId: string, options: ApiServerOptions): APIGatewayProxyEvent {
  // The path exactly as signed (no dot-segment normalisation): what the signature covers is what the handler routes.
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const search = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const value = req.rawHeaders[i + 1]!;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [k, v] of search) {
    query[k] = v;
    (multiQuery[k] ??= []).push(v);
  }
  const hasQuery = Object.keys(query).length > 0;
  const now = Date.now();
  const sourceIp = req.socket.remoteAddress ?? '127.0.0.1';
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: req.method ?? 'GET',
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: { proxy: path.replace(/^\//, '') },
    stageVariables: null,
    body: body.length > 0 ? body.toString('utf8') : null,
    isBase64Encoded: false,
    requestContext: {
      accountId: options.account,
      apiId: 'local',
      authorizer: null,
      protocol: `HTTP/${req.httpVersion}`,
      httpMethod: req.method ?? 'GET',
      path,
      stage: 'local',
      requestId,
      requestTimeEpoch: now,
      resourceId: 'local',
      resourcePath: '/{proxy+}',
      identity: {
        accessKey: identity.accessKeyId,
        accountId: options.account,
        apiKey: null,
        apiKeyId: null,
        caller: identity.principalArn,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp,
        user: identity.principalArn,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: identity.principalArn,
      },
    },
  };
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const byKey = new Map(options.identities.map((i) => [i.accessKeyId, i]));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; who: string }> {
    const requestId = randomUUID();
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof TooLarge) {
        send(res, 413, { message: `Request Too Long: the body exceeds ${MAX_BODY_BYTES} bytes` }, { connection: 'close', 'x-amzn-requestid': requestId });
        return { status: 413, who: '-' };
      }
      throw err;
    }
    const verified = await verifySigV4(
      { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body },
      { keyOf: (id) => byKey.get(id), region: options.region, service: 'execute-api', ...(options.now ? { now: options.now() } : {}) },
    );
    if (!verified.ok) {
      send(res, 403, { message: verified.message }, { 'x-amzn-errortype': verified.message === 'Missing Authentication Token' ? 'MissingAuthenticationTokenException' : 'InvalidSignatureException', 'x-amzn-requestid': requestId });
      return { status: 403, who: 'unauthenticated' };
    }
    const identity = verified.key;
    let result: APIGatewayProxyResult;
    try {
      result = await options.handler(eventOf(req, body, identity, requestId, options), options.context());
    } catch (err) {
      options.log.error('api', `${req.method} ${req.url}: the handler failed: ${err instanceof Error ? err.message : String(err)}`);
      send(res, 502, { message: 'Internal server error' }, { 'x-amzn-requestid': requestId });
      return { status: 502, who: identity.role };
    }
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
    for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) headers[k] = v.map(String);
    const payload = result.isBase64Encoded ? Buffer.from(result.body, 'base64') : Buffer.from(result.body ?? '', 'utf8');
    res.writeHead(result.statusCode, { ...headers, 'content-length': payload.length, 'x-amzn-requestid': requestId });
    res.end(payload);
    return { status: result.statusCode, who: identity.role };
  }

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    handle(req, res).then(
      ({ status, who }) => options.log.info('api', `${req.method} ${(req.url ?? '/').slice(0, 200)} → ${status} ${who} ${Math.round(performance.now() - started)} ms`),
      (err: unknown) => {
        options.log.error('api', `${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) send(res, 500, { message: 'Internal server error' });
        else res.destroy();
      },
    );
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new Error(`local API: port ${options.port} is already in use; choose another with --api-port (0 = any free port)`) : err));
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    close: (graceMs = 5000) =>
      (closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}
