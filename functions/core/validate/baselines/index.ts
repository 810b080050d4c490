import type { ImpactLevel } from '../../domain/stages.js';
import data from './rev5-baselines.json' with { type: 'json' };

/** FedRAMP Rev5 baselines (control and enhancement ids), extracted by scripts/extract-baselines.ts. */
interface BaselineData {
  title: string;
  version: string;
  source: string;
  controls: string[];
}

const BASELINES = data as Record<ImpactLevel, BaselineData>;
const sets = new Map<ImpactLevel, ReadonlySet<string>>();

export function baseline(level: ImpactLevel): { title: string; controls: ReadonlySet<string> } {
  let set = sets.get(level);
  if (!set) {
    set = new Set(BASELINES[level].controls);
    sets.set(level, set);
  }
  return { title: BASELINES[level].title, controls: set };
}

/** Normalises control ids as written in SSPs (`AC-2(1)`, `ac-2.1`, `ac-02.01`) to OSCAL form (`ac-2.1`). */
export function normalizeControlId(id: string): string {
  const m = /^\s*([a-z]{2})-0*(\d+)(?:\s*[(.]\s*0*(\d+)\s*\)?)?\s*$/i.exec(id);
  if (!m) return id.trim().toLowerCase();
  return `${m[1]!.toLowerCase()}-${m[2]}${m[3] ? `.${m[3]}` : ''}`;
}

/** Baseline of an SSP's FIPS 199 level (`fips-199-moderate` → MODERATE). */
export function levelFromSensitivity(value: string | undefined): ImpactLevel | undefined {
  const m = /(low|moderate|high)/i.exec(value ?? '');
  return m ? (m[1]!.toUpperCase() as ImpactLevel) : undefined;
}
