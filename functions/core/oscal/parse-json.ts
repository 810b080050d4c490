import { hostile, unreadable } from '../classify/errors.js';
import { bomEncoding, decodeText } from './decode.js';
import { jsonExceedsDepth } from './depth.js';
import type { OscalParseLimits } from './types.js';

/** OSCAL JSON → its JSON model: nesting checked by a scan before JSON.parse. */
export function parseOscalJson(bytes: Uint8Array, limits: OscalParseLimits): unknown {
  const text = decodeText(bytes, 'JSON');
  const utf8 = bomEncoding(bytes)?.startsWith('utf-16') ? new TextEncoder().encode(text) : bytes;
  if (jsonExceedsDepth(utf8, limits.maxDepth)) throw hostile(`JSON nested deeper than ${limits.maxDepth} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw unreadable(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
