import type { ImpactLevel } from '../domain/stages.js';
import type { OscalDocument } from '../oscal/parse.js';
import { baseline, levelFromSensitivity, normalizeControlId } from './baselines/index.js';
import type { Finding } from './finding.js';
import { first, select, text, type JsonObject, type Located } from './oscal-rules/query.js';

const MAX_LISTED = 50;

/**
 * An SSP must address every control of its Rev5 baseline (Low 156, Moderate 323, High 410, LI-SaaS
 * 156 ids), and state the impact level the package is authorized at. Ids as FedRAMP's Schematron
 * names these checks: incomplete-all-implemented-requirements, extraneous-implemented-requirements.
 */
export function baselineFindings(doc: OscalDocument, packageLevel: ImpactLevel | undefined): Finding[] {
  if (doc.model !== 'system-security-plan') return [];
  const ssp = first({ value: doc.root as JsonObject, pointer: '' }, 'system-security-plan');
  if (!ssp) return [];
  const findings: Finding[] = [];
  const sensitivity = first(ssp, 'system-characteristics/security-sensitivity-level');
  const stated = levelFromSensitivity(text(sensitivity));
  if (packageLevel && stated && packageLevel !== 'LI-SAAS' && stated !== packageLevel) {
    findings.push({
      ruleId: 'intake-impact-level-mismatch',
      severity: 'error',
      message: `the SSP states ${text(sensitivity)} but the package is authorized at ${packageLevel}`,
      location: sensitivity!.pointer,
    });
  }
  const level = packageLevel ?? stated;
  if (!level) return findings;
  const { title, controls } = baseline(level);
  const implementation = first(ssp, 'control-implementation');
  const implemented = new Map<string, Located>();
  for (const req of select(ssp, 'control-implementation/implemented-requirements')) {
    implemented.set(normalizeControlId(text((req.value as JsonObject)['control-id'])), req);
  }
  const missing = [...controls].filter((id) => !implemented.has(id));
  const where = implementation?.pointer ?? ssp.pointer;
  for (const id of missing.slice(0, MAX_LISTED)) {
    findings.push({ ruleId: 'incomplete-all-implemented-requirements', severity: 'error', message: `control ${id} of the ${title} has no implemented requirement`, location: where });
  }
  if (missing.length > MAX_LISTED) {
    findings.push({
      ruleId: 'incomplete-all-implemented-requirements',
      severity: 'error',
      message: `…and ${missing.length - MAX_LISTED} more controls of the ${title} are not addressed (${missing.length} of ${controls.size} in all)`,
      location: where,
    });
  }
  for (const [id, req] of implemented) {
    if (!controls.has(id)) {
      const hasReason = text((req.value as JsonObject)['remarks']).length > 0;
      if (!hasReason) {
        findings.push({ ruleId: 'extraneous-implemented-requirements', severity: 'warning', message: `control ${id} is not in the ${title} and no remarks say why it is addressed`, location: req.pointer });
      }
    }
  }
  return findings;
}
