import type { Risk, ScanFindingSummary } from '../types.js';

export const RISK_ORDER: readonly Risk[] = ['critical', 'high', 'moderate', 'low', 'info'];

/** Limits on validating one scan file (it is streamed, so memory holds the findings, not the file). */
export const SCAN_LIMITS = {
  /** Bytes of one scan file. */
  maxBytes: 1024 * 1024 * 1024,
  /** CSV records or .nessus report items. */
  maxRecords: 5_000_000,
  maxDepth: 64,
  /** Characters kept of one captured XML value or CSV field. */
  maxValueChars: 4096,
  /** Bytes of one CSV record (plugin output included). */
  maxRecordBytes: 4 * 1024 * 1024,
} as const;

/**
 * The findings of one scan, one per host and plugin (a plugin reported on several ports, or on
 * several CSV rows, one per CVE as Nessus exports do, is one finding with the CVEs merged).
 * Informational results are counted but not kept.
 */
export class ScanCollector {
  readonly hosts = new Set<string>();
  private readonly kept = new Map<string, ScanFindingSummary>();
  private readonly informational = new Set<string>();
  records = 0;

  constructor(readonly scanner: string) {}

  add(finding: ScanFindingSummary): void {
    this.records++;
    this.hosts.add(finding.host);
    const key = `${finding.host}\u0000${finding.pluginId ?? finding.name}`;
    if (finding.risk === 'info') {
      if (!this.kept.has(key)) this.informational.add(key);
      return;
    }
    this.informational.delete(key);
    const seen = this.kept.get(key);
    if (!seen) {
      this.kept.set(key, { ...finding, cves: [...new Set(finding.cves)] });
      return;
    }
    seen.cves = [...new Set([...seen.cves, ...finding.cves])];
    if (RISK_ORDER.indexOf(finding.risk) < RISK_ORDER.indexOf(seen.risk)) seen.risk = finding.risk;
  }

  /** Non-informational findings, for cross-document checks. */
  get findings(): ScanFindingSummary[] {
    return [...this.kept.values()];
  }

  counts(): Record<Risk, number> {
    const counts: Record<Risk, number> = { critical: 0, high: 0, moderate: 0, low: 0, info: this.informational.size };
    for (const f of this.kept.values()) counts[f.risk]++;
    return counts;
  }
}

/** "1 critical, 12 high, 40 moderate, 3 low, 150 info". */
export function describeCounts(counts: Record<Risk, number>): string {
  return RISK_ORDER.map((r) => `${counts[r]} ${r}`).join(', ');
}

/** Risk from a CVSS base score (v3 bands: 9.0 critical, 7.0 high, 4.0 medium, 0.1 low). */
export function riskFromScore(score: number): Risk | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  if (score > 0) return 'low';
  return 'info';
}

/** Risk from a scanner's word for it (Critical, High, Medium/Moderate, Low, None/Info/Log). */
export function riskFromWord(word: string): Risk | undefined {
  switch (word.trim().toLowerCase()) {
    case 'critical':
    case 'urgent':
      return 'critical';
    case 'high':
    case 'severe':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'moderate';
    case 'low':
      return 'low';
    case 'none':
    case 'info':
    case 'informational':
    case 'information':
    case 'log':
      return 'info';
    default:
      return undefined;
  }
}
