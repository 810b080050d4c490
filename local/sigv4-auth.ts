/**
 * SigV4 verification for the local API, as API Gateway's IAM authorization does it: the signature is
 * recomputed with the caller's secret (@smithy/signature-v4, the signer the AWS SDK uses) over the
 * method, path, query, the headers the caller signed and the hash of the body actually received, and
 * compared in constant time. Missing or unknown keys, malformed headers, a scope for another region or
 * service, a date more than 5 minutes off, a body that does not match its declared hash and a wrong
 * signature are all refused, with messages worded like API Gateway's.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignedRequest {
  method: string;
  /** The request target as received: path and query, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Verification<K> = { ok: true; key: K } | { ok: false; message: string };

export interface VerifyOptions<K extends SigningKey> {
  keyOf: (accessKeyId: string) => K | undefined;
  region: string;
  service: string;
  now?: Date;
  maxSkewMs?: number;
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=…` */
function parseAuthorization(value: string): { accessKeyId: string; scope: string[]; signedHeaders: string[]; signature: string } | string {
  if (!value.startsWith(`${SIGV4_ALGORITHM} `)) return `Authorization header requires the ${SIGV4_ALGORITHM} algorithm.`;
  const params = new Map<string, string>();
  for (const part of value.slice(SIGV4_ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = params.get('Credential');
  const signedHeaders = params.get('SignedHeaders');
  const signature = params.get('Signature');
  const missing = [!credential && "'Credential'", !signedHeaders && "'SignedHeaders'", !signature && "'Signature'"].filter(Boolean);
  if (!credential || !signedHeaders || !signature) return `Authorization header requires ${missing.join(', ')} parameter(s).`;
  const [accessKeyId, ...scope] = credential.split('/');
  if (!accessKeyId || scope.length !== 4) return 'Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term.';
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'The request signature is malformed.';
  const names = signedHeaders.split(';');
  if (names.some((n) => !/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(n))) return 'SignedHeaders is malformed.';
  return { accessKeyId, scope, signedHeaders: names, signature };
}

function parseAmzDate(value: string): Date | undefined {
  const m = AMZ_DATE.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Query parameters decoded as SigV4 clients encode them (RFC 3986: `+` is a literal plus, not a space). */
function parseQuery(query: string): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
    } catch {
      return undefined;
    }
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Verifies the SigV4 signature of a request; on success, returns the key that signed it. */
export async function verifySigV4<K extends SigningKey>(req: SignedRequest, options: VerifyOptions<K>): Promise<Verification<K>> {
  const refuse = (message: string): Verification<K> => ({ ok: false, message });
  const authorization = header(req.headers, 'authorization');
  if (!authorization) return refuse('Missing Authentication Token');
  const auth = parseAuthorization(authorization);
  if (typeof auth === 'string') return refuse(auth);

  const key = options.keyOf(auth.accessKeyId);
  if (!key) return refuse('The security token included in the request is invalid.');
  if (header(req.headers, 'x-amz-security-token') !== undefined) return refuse('The security token included in the request is invalid.');

  const amzDate = header(req.headers, 'x-amz-date');
  const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (!amzDate || !signingDate) return refuse("Authorization header requires existence of a valid 'X-Amz-Date' header.");
  const now = options.now ?? new Date();
  const skew = Math.abs(now.getTime() - signingDate.getTime());
  if (skew > (options.maxSkewMs ?? MAX_CLOCK_SKEW_MS)) return refuse(`Signature expired: ${amzDate} is more than 5 minutes away from the server's time.`);

  const [day, region, service, terminator] = auth.scope;
  if (day !== amzDate.slice(0, 8)) return refuse(`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${day}' != '${amzDate.slice(0, 8)}'.`);
  if (region !== options.region) return refuse(`Credential should be scoped to a valid region: '${region}' is not '${options.region}'.`);
  if (service !== options.service) return refuse(`Credential should be scoped to correct service: '${options.service}'.`);
  if (terminator !== 'aws4_request') return refuse("Credential should be scoped with a valid terminator: 'aws4_request'.");

  const signed = new Set(auth.signedHeaders);
  if (!signed.has('host')) return refuse("'Host' must be a signed header.");
  if (!signed.has('x-amz-date')) return refuse("'X-Amz-Date' must be a signed header.");
  const headers: Record<string, string> = {};
  for (const name of signed) {
    const value = header(req.headers, name);
    if (value === undefined) return refuse(`The signed header '${name}' is missing from the request.`);
    headers[name] = value;
  }

  // The signature covers the body through its hash: a declared hash must be the body's.
  const bodyHash = createHash('sha256').update(req.body).digest('hex');
  const declared = header(req.headers, 'x-amz-content-sha256');
  if (declared !== undefined && declared !== bodyHash) return refuse('The provided x-amz-content-sha256 header does not match what was computed.');

  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = parseQuery(q < 0 ? '' : req.url.slice(q + 1));
  if (!path.startsWith('/') || !query) return refuse('The request target is malformed.');
  const hostHeader = headers['host'] ?? '';

  // applyChecksum off: the recomputation signs exactly the headers the caller signed, adding none.
  const signer = new SignatureV4({ credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }, region: options.region, service: options.service, sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  const expected = await signer.sign(
    new HttpRequest({ method: req.method.toUpperCase(), protocol: 'http:', hostname: hostHeader, path, query, headers, body: req.body.length > 0 ? req.body : undefined }),
    { signingDate, signableHeaders: signed },
  );
  const computed = /SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(String(expected.headers['authorization'] ?? ''));
  if (!computed || computed[1] !== auth.signedHeaders.join(';')) return refuse('The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.');
  const a = Buffer.from(computed[2]!, 'hex');
  const b = Buffer.from(auth.signature, 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return refuse('The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.');
  }
  return { ok: true, key };
}
