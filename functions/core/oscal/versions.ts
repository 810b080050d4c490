/** The OSCAL versions whose NIST JSON schemas are bundled (functions/core/oscal/schemas/<version>/). */
export const SCHEMA_VERSIONS = ['1.0.4', '1.1.3', '1.2.1'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

export type VersionChoice =
  | { kind: 'exact'; schema: SchemaVersion }
  /** Same major.minor, another patch: validated against that line's bundled patch release. */
  | { kind: 'fallback'; schema: SchemaVersion }
  | { kind: 'unsupported' };

const BY_MINOR: Readonly<Record<string, SchemaVersion>> = { '1.0': '1.0.4', '1.1': '1.1.3', '1.2': '1.2.1' };

/**
 * Which bundled schema validates a document of `oscalVersion`: the exact release when bundled, else
 * the bundled release of the same 1.0 / 1.1 / 1.2 line. Only plain `major.minor.patch` is accepted
 * (pre-releases such as `1.0.0-rc2` have different schemas and are unsupported).
 */
export function chooseSchemaVersion(oscalVersion: string): VersionChoice {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(oscalVersion.trim());
  if (!m) return { kind: 'unsupported' };
  const line = BY_MINOR[`${Number(m[1])}.${Number(m[2])}`];
  if (!line) return { kind: 'unsupported' };
  return line === oscalVersion.trim() ? { kind: 'exact', schema: line } : { kind: 'fallback', schema: line };
}

/**
 * The bundled release nearest to any version string, for reading XML (whose element mapping comes
 * from a schema) even when the version is unsupported for validation: same 1.x line when it can
 * tell, else the newest.
 */
export function nearestSchemaVersion(oscalVersion: string): SchemaVersion {
  const choice = chooseSchemaVersion(oscalVersion);
  if (choice.kind !== 'unsupported') return choice.schema;
  const m = /^\s*v?(\d+)\.(\d+)/.exec(oscalVersion);
  return (m && BY_MINOR[`${Number(m[1])}.${Number(m[2])}`]) || '1.2.1';
}
