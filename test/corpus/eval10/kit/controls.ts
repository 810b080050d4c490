import { readFileSync } from 'node:fs';

export interface Control {
  /** "AC-2", "AC-2(1)" */
  id: string;
  family: string;
  familyTitle: string;
  title: string;
  /** Top-level statement items: label ("a.") and prose, sub-items folded in. */
  parts: { label: string; prose: string }[];
  enhancement: boolean;
}

let cache: Control[] | undefined;

export function displayId(id: string): string {
  const m = /^([a-z]{2})-(\d+)(?:\.(\d+))?$/.exec(id);
  if (!m) return id.toUpperCase();
  return `${m[1]!.toUpperCase()}-${m[2]}${m[3] ? `(${m[3]})` : ''}`;
}

/**
 * The FedRAMP Rev5 Moderate baseline (323 controls and enhancements), derived once from GSA's resolved
 * catalog (../shared/fixtures/gsa-fedramp-automation-develop/dist/content/rev5/baselines/json/
 * FedRAMP_rev5_MODERATE-baseline-resolved-profile_catalog.json, 3.9 MB) into data/moderate-controls.json
 * (185 KB) by derive-controls.ts, so that the corpus builds from the project alone.
 */
export function moderateControls(): Control[] {
  cache ??= JSON.parse(readFileSync(new URL('../data/moderate-controls.json', import.meta.url), 'utf8')) as Control[];
  return cache;
}
