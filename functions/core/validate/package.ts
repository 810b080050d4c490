import type { DeliverableType } from '../domain/deliverables.js';
import type { Role } from '../domain/roles.js';
import type { ImpactLevel } from '../domain/stages.js';
import type { AuthorizationProcess, Requirement } from '../process/model.js';
import { findGate } from '../process/gates.js';
import type { Finding } from './finding.js';
import type { DeliverableSummary, PoamItemSummary, Risk } from './types.js';

/** One recorded deliverable of a package (any version). */
export interface PackageDeliverable {
  deliverableId: string;
  type: DeliverableType;
  uploadedBy: Role;
  valid: boolean;
  version: number;
  summary: DeliverableSummary;
  status?: 'VALID' | 'INVALID' | 'REJECTED';
}

export interface GateEvaluation {
  gateId: string;
  /** Every required deliverable is present, valid and from the right role, and no cross-check failed. */
  complete: boolean;
  missing: { type: DeliverableType; level: Requirement['level'] }[];
  invalid: { type: DeliverableType; deliverableId: string }[];
  wrongRole: { type: DeliverableType; deliverableId: string; uploadedBy: Role; expected: readonly Role[] }[];
  findings: Finding[];
}

/** The newest version of each deliverable type. */
export function latestByType(deliverables: readonly PackageDeliverable[]): Map<DeliverableType, PackageDeliverable> {
  const latest = new Map<DeliverableType, PackageDeliverable>();
  for (const d of deliverables) {
    const seen = latest.get(d.type);
    if (!seen || d.version > seen.version) latest.set(d.type, d);
  }
  return latest;
}

/**
 * Which deliverables a gate still needs: missing, invalid, or from the wrong role; plus the
 * cross-document checks between the latest versions (impact level, scans and SAR risks in the POA&M).
 */
export function evaluateGate(
  process: AuthorizationProcess,
  gateId: string,
  pkg: { impactLevel: ImpactLevel },
  deliverables: readonly PackageDeliverable[],
): GateEvaluation {
  // REJECTED uploads (wrong role, testing freeze) never count towards a gate.
  deliverables = deliverables.filter((d) => d.status !== 'REJECTED');
  const gate = findGate(process, gateId);
  const latest = latestByType(deliverables);
  const result: GateEvaluation = { gateId, complete: true, missing: [], invalid: [], wrongRole: [], findings: [] };
  for (const req of gate.requires) {
    const d = latest.get(req.type);
    const blocking = req.level === 'required';
    if (!d) {
      result.missing.push({ type: req.type, level: req.level });
      result.findings.push({
        ruleId: 'package-deliverable-missing',
        severity: blocking ? 'error' : 'warning',
        message: `${gate.title}: no ${req.type} has been received${blocking ? '' : ' (recommended)'}`,
        location: `gate ${gate.id}`,
      });
      if (blocking) result.complete = false;
      continue;
    }
    if (!req.from.includes(d.uploadedBy)) {
      result.wrongRole.push({ type: req.type, deliverableId: d.deliverableId, uploadedBy: d.uploadedBy, expected: req.from });
      result.findings.push({
        ruleId: 'package-deliverable-wrong-role',
        severity: 'error',
        message: `${req.type} ${d.deliverableId} was submitted by ${d.uploadedBy}; only ${req.from.join(' or ')} may submit it`,
        location: `deliverable ${d.deliverableId}`,
      });
      if (blocking) result.complete = false;
    }
    if (!d.valid) {
      result.invalid.push({ type: req.type, deliverableId: d.deliverableId });
      result.findings.push({
        ruleId: 'package-deliverable-invalid',
        severity: blocking ? 'error' : 'warning',
        message: `the latest ${req.type} (${d.deliverableId}, version ${d.version}) has validation errors`,
        location: `deliverable ${d.deliverableId}`,
      });
      if (blocking) result.complete = false;
    }
  }
  const cross = crossDocumentFindings(pkg, latest);
  result.findings.push(...cross);
  if (cross.some((f) => f.severity === 'error')) result.complete = false;
  return result;
}

const SERIOUS: ReadonlySet<Risk> = new Set(['critical', 'high']);
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function inPoam(items: readonly PoamItemSummary[], probe: { cves: readonly string[]; ids: readonly string[]; name: string }): boolean {
  const cves = new Set(probe.cves.map((c) => c.toUpperCase()));
  const ids = new Set(probe.ids.filter(Boolean).map(norm));
  const name = norm(probe.name);
  return items.some(
    (item) =>
      item.cves.some((c) => cves.has(c.toUpperCase())) ||
      (item.sourceIdentifier !== undefined && ids.has(norm(item.sourceIdentifier))) ||
      ids.has(norm(item.id)) ||
      (name.length > 0 && norm(item.weakness) === name),
  );
}

/** Checks between documents: the SSP's impact level, and scan findings and SAR risks carried into the POA&M. */
export function crossDocumentFindings(pkg: { impactLevel: ImpactLevel }, latest: ReadonlyMap<DeliverableType, PackageDeliverable>): Finding[] {
  const findings: Finding[] = [];
  const ssp = latest.get('SSP');
  if (ssp?.summary.impactLevel && ssp.summary.impactLevel !== pkg.impactLevel) {
    findings.push({
      ruleId: 'package-impact-level-mismatch',
      severity: 'error',
      message: `the SSP states impact level ${ssp.summary.impactLevel} but the package is ${pkg.impactLevel}`,
      location: `deliverable ${ssp.deliverableId}`,
    });
  }
  const poam = latest.get('POAM');
  const items = poam?.summary.poamItems;
  if (!poam || !items) return findings;
  const open = items.filter((i) => i.status === 'open');

  const scans = latest.get('SCAN_RESULTS');
  const missingScans = new Map<string, { name: string; hosts: Set<string>; location: string }>();
  for (const f of scans?.summary.scanFindings ?? []) {
    if (!SERIOUS.has(f.risk)) continue;
    if (inPoam(open, { cves: f.cves, ids: [f.pluginId ?? ''], name: f.name })) continue;
    const key = `${f.pluginId ?? ''}|${f.name}`;
    const entry = missingScans.get(key) ?? { name: f.name, hosts: new Set<string>(), location: f.location };
    entry.hosts.add(f.host);
    missingScans.set(key, entry);
  }
  for (const [key, m] of missingScans) {
    const plugin = key.split('|')[0];
    findings.push({
      ruleId: 'package-scan-finding-not-in-poam',
      severity: 'error',
      message: `high/critical scan finding '${m.name}'${plugin ? ` (plugin ${plugin})` : ''} on ${m.hosts.size} host(s) has no open POA&M item`,
      location: `deliverable ${scans!.deliverableId} ${m.location}`,
    });
  }

  const sar = latest.get('SAR');
  for (const r of sar?.summary.sarRisks ?? []) {
    if (r.risk === 'info') continue;
    if (inPoam(items, { cves: [], ids: [r.id], name: r.title })) continue;
    findings.push({
      ruleId: 'package-sar-risk-not-in-poam',
      severity: 'error',
      message: `SAR risk ${r.id} '${r.title}' does not appear in the POA&M`,
      location: `deliverable ${sar!.deliverableId} ${r.location}`,
    });
  }
  return findings;
}
