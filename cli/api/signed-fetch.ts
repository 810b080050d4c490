import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { CredentialsProvider } from './connection.js';

export interface SignedRequest {
  method: 'GET' | 'POST';
  /** Absolute URL of the resource (the API's base URL and the route). */
  url: URL;
  body?: unknown;
  credentials: CredentialsProvider;
  region: string;
}

/** SigV4 (service `execute-api`) as API Gateway's IAM authorization checks it; the local API checks the same. */
export async function signedFetch(req: SignedRequest): Promise<Response> {
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const query: Record<string, string> = {};
  for (const [k, v] of req.url.searchParams) query[k] = v;
  const headers: Record<string, string> = { host: req.url.host, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const signer = new SignatureV4({ credentials: req.credentials, region: req.region, service: 'execute-api', sha256: Sha256 });
  const signed = await signer.sign(
    new HttpRequest({
      method: req.method,
      protocol: req.url.protocol,
      hostname: req.url.hostname,
      ...(req.url.port ? { port: Number(req.url.port) } : {}),
      path: req.url.pathname,
      query,
      headers,
      ...(body !== undefined ? { body } : {}),
    }),
  );
  // fetch sets Host itself (the same value); it refuses to be told.
  const sent = Object.fromEntries(Object.entries(signed.headers).filter(([k]) => k.toLowerCase() !== 'host'));
  return fetch(req.url, { method: req.method, headers: sent, ...(body !== undefined ? { body } : {}), redirect: 'error' });
}
