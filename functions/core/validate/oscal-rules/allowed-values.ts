import data from './fedramp-allowed-values.json' with { type: 'json' };

/**
 * FedRAMP's allowed values by value-set name (from fedramp_values.json, reduced to names and values by
 * scripts/extract-allowed-values.ts). Rules check enumerations against these.
 */
let cache: ReadonlyMap<string, ReadonlySet<string>> | undefined;

export function allowedValues(): ReadonlyMap<string, ReadonlySet<string>> {
  cache ??= new Map(Object.entries(data as Record<string, string[]>).filter(([k]) => k !== "_source").map(([k, v]) => [k, new Set(v)]));
  return cache;
}
