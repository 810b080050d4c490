/** The seven OSCAL document models this pipeline reads (the JSON root keys / XML root elements). */
export const OSCAL_MODELS = [
  'system-security-plan',
  'assessment-plan',
  'assessment-results',
  'plan-of-action-and-milestones',
  'catalog',
  'profile',
  'component-definition',
] as const;
export type OscalModel = (typeof OSCAL_MODELS)[number];

export type OscalEncoding = 'json' | 'xml' | 'yaml';

/**
 * One OSCAL document in the OSCAL JSON model, whatever encoding it arrived in. `root` is the whole
 * JSON-model object, e.g. `{"system-security-plan": {...}}` (a JSON `$schema` directive is kept).
 */
export interface OscalDocument {
  model: OscalModel;
  /** `metadata/oscal-version` as the document states it ('' when absent). */
  oscalVersion: string;
  root: Record<string, unknown>;
}

/** The namespace of OSCAL XML, all versions. */
export const OSCAL_XML_NAMESPACE = 'http://csrc.nist.gov/ns/oscal/1.0';

export interface OscalParseLimits {
  /** Largest document accepted, in bytes. */
  maxBytes: number;
  /**
   * Largest YAML document accepted: the YAML parser reads about 1 MB/s and holds a full syntax tree
   * (JSON.parse: about 100 MB/s), so a 50 MB YAML would take most of a minute and gigabytes.
   */
  maxYamlBytes: number;
  /** Deepest nesting of objects/arrays (JSON, YAML) or elements (XML). */
  maxDepth: number;
  /** YAML alias budget (yaml's `maxAliasCount`): OSCAL never needs aliases; this blocks alias bombs. */
  maxYamlAliases: number;
}

export const OSCAL_PARSE_LIMITS: OscalParseLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxYamlBytes: 16 * 1024 * 1024,
  maxDepth: 256,
  maxYamlAliases: 10,
};

export const isOscalModel = (name: string): name is OscalModel => (OSCAL_MODELS as readonly string[]).includes(name);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
