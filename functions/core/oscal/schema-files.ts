import { createRequire } from 'node:module';
import type { SchemaVersion } from './versions.js';
import { deriveXmlMapping, type XmlModelMapping } from './xml-mapping.js';

/**
 * The bundled NIST schemas (schemas/<version>/, see SOURCES.md there), loaded on first use only:
 * Node's module loader reads them (no file-system code in the core).
 */
const requireHere = createRequire(import.meta.url);

const completeSchemaPath = (version: SchemaVersion): string => `./schemas/${version}/oscal_complete_schema.json`;

export function completeSchema(version: SchemaVersion): Record<string, unknown> {
  return requireHere(completeSchemaPath(version)) as Record<string, unknown>;
}

const mappings = new Map<SchemaVersion, XmlModelMapping>();

/** The XML→JSON mapping of every model of one OSCAL release, derived once per process. */
export function xmlMapping(version: SchemaVersion): XmlModelMapping {
  let mapping = mappings.get(version);
  if (!mapping) {
    mapping = deriveXmlMapping(completeSchema(version));
    mappings.set(version, mapping);
    // The mapping is all that is needed: let the parsed schema (several MB) be collected.
    const cache = requireHere.cache as NodeJS.Dict<NodeJS.Module> | undefined;
    if (cache) delete cache[requireHere.resolve(completeSchemaPath(version))];
  }
  return mapping;
}
