import { parseDocument } from 'yaml';
import { hostile, unreadable } from '../classify/errors.js';
import { decodeText } from './decode.js';
import { assertValueDepth, yamlFlowExceedsDepth } from './depth.js';
import type { OscalParseLimits } from './types.js';

/**
 * OSCAL YAML → its JSON model. YAML 1.2 core schema only: no custom tags and no YAML 1.1 tags
 * (`!!binary`, `!!set`, `!!timestamp`…; an unknown tag leaves a plain string), no `<<` merge keys,
 * duplicate keys refused, aliases capped (alias bombs are refused), nesting capped before and after
 * parsing (the parser recurses per flow level).
 */
export function parseOscalYaml(bytes: Uint8Array, limits: OscalParseLimits): unknown {
  const text = decodeText(bytes, 'YAML');
  if (yamlFlowExceedsDepth(text, limits.maxDepth)) throw hostile(`YAML nested deeper than ${limits.maxDepth} levels`);
  let value: unknown;
  try {
    const doc = parseDocument(text, {
      schema: 'core',
      customTags: [],
      resolveKnownTags: false,
      merge: false,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      logLevel: 'silent',
    });
    const [first] = doc.errors;
    if (first) {
      if (/call stack/i.test(first.message)) throw hostile('YAML nested too deeply to parse');
      throw unreadable(`not valid YAML (${first.message.split('\n')[0]})`);
    }
    value = doc.toJS({ maxAliasCount: limits.maxYamlAliases });
  } catch (err) {
    if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw hostile(`YAML aliases expand beyond the limit (${limits.maxYamlAliases}): an alias bomb is refused`);
    }
    if (err instanceof RangeError) throw hostile('YAML nested too deeply to parse');
    throw unreadable(`not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  assertValueDepth(value, limits.maxDepth, 'YAML');
  return value;
}
