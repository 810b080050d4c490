import { unreadable } from '../classify/errors.js';
import { checkSize } from './decode.js';
import { parseOscalJson } from './parse-json.js';
import { convertOscalXml, sniffOscalXml } from './parse-xml.js';
import { parseOscalYaml } from './parse-yaml.js';
import { xmlMapping } from './schema-files.js';
import type { OscalDocument, OscalEncoding, OscalModel, OscalParseLimits } from './types.js';
import { OSCAL_PARSE_LIMITS, isOscalModel, isRecord } from './types.js';
import { nearestSchemaVersion } from './versions.js';

export type { OscalDocument, OscalEncoding, OscalModel } from './types.js';

/**
 * Reads an OSCAL document in any of its three encodings into the OSCAL JSON model. Hostile input
 * (a DOCTYPE, nesting bombs, YAML alias bombs, oversized documents) throws a `hostile`
 * DocumentRejectedError; input that is not OSCAL or not well-formed throws an `unreadable` one.
 * Validity against the schema is not checked here: see schema-validate.ts.
 */
export function parseOscal(bytes: Uint8Array, encoding: OscalEncoding, limits: Partial<OscalParseLimits> = {}): OscalDocument {
  const lim: OscalParseLimits = { ...OSCAL_PARSE_LIMITS, ...limits };
  checkSize(bytes, lim.maxBytes);
  if (encoding === 'xml') {
    const facts = sniffOscalXml(bytes, lim);
    // The version sniffed from the start of the document picks the release whose mapping reads it.
    const root = convertOscalXml(bytes, facts, xmlMapping(nearestSchemaVersion(facts.oscalVersion)), lim);
    return { model: facts.model, oscalVersion: versionOf(root, facts.model), root };
  }
  if (encoding === 'yaml') checkSize(bytes, lim.maxYamlBytes, 'OSCAL YAML document (JSON and XML may be larger)');
  const value = encoding === 'json' ? parseOscalJson(bytes, lim) : parseOscalYaml(bytes, lim);
  return fromJsonModel(value, encoding.toUpperCase());
}

/** Model and version of a parsed JSON/YAML value; refuses anything that is not one OSCAL model object. */
function fromJsonModel(value: unknown, label: string): OscalDocument {
  if (!isRecord(value)) throw unreadable(`${label} is not an OSCAL document: its root is not an object`);
  const keys = Object.keys(value).filter((k) => k !== '$schema');
  const models = keys.filter(isOscalModel);
  const [model] = models;
  if (models.length !== 1 || model === undefined) {
    const found = keys.slice(0, 5).join(', ') || 'nothing';
    throw unreadable(`${label} is not an OSCAL document: expected one root property naming an OSCAL model, found ${found}`);
  }
  return { model, oscalVersion: versionOf(value, model), root: value };
}

function versionOf(root: Record<string, unknown>, model: OscalModel): string {
  const body = root[model];
  const metadata = isRecord(body) ? body.metadata : undefined;
  const version = isRecord(metadata) ? metadata['oscal-version'] : undefined;
  return typeof version === 'string' ? version.trim() : '';
}
