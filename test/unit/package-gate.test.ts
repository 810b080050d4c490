import type { DeliverableType} from '../../functions/core/domain/deliverables.js';
import { DELIVERABLES, maySubmit } from '../../functions/core/domain/deliverables.js';
import { REV5_AGENCY_AUTHORIZATION as REV5 } from '../../functions/core/process/rev5-agency.js';
import { evaluateGate, type PackageDeliverable } from '../../functions/core/validate/package.js';

let seq = 0;
const d = (type: DeliverableType, over: Partial<PackageDeliverable> = {}): PackageDeliverable => ({
  deliverableId: `d-${++seq}`,
  type,
  uploadedBy: DELIVERABLES[type].submittedBy[0] ?? 'CSP',
  valid: true,
  version: 1,
  summary: {},
  ...over,
});

const fullPackage = (): PackageDeliverable[] =>
  REV5.gates
    .find((g) => g.id === 'pmo-review')!
    .requires.filter((r) => r.level === 'required')
    .map((r) => d(r.type, { uploadedBy: r.from[0]! }));

describe('the Rev5 process table', () => {
  it('every gate decision outcome leads to a gate or a final stage', () => {
    const ids = new Set(REV5.gates.map((g) => g.id));
    for (const g of REV5.gates) {
      for (const target of Object.values(g.decision?.outcomes ?? {})) {
        expect(ids.has(target) || target === 'AUTHORIZED' || target === 'DENIED').toBe(true);
      }
    }
  });

  it('agrees with the separation of duties of the taxonomy', () => {
    for (const g of REV5.gates) for (const r of g.requires) for (const role of r.from) expect(maySubmit(role, r.type)).toBe(true);
  });

  it('freezes the SSP during testing only', () => {
    expect(REV5.freezeSspDuring).toEqual(['testing']);
  });
});

describe('evaluateGate', () => {
  const pkg = { impactLevel: 'MODERATE' as const };

  it('a complete, valid package passes the PMO review gate', () => {
    const r = evaluateGate(REV5, 'pmo-review', pkg, fullPackage());
    expect(r.missing.filter((m) => m.level === 'required')).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('lists what is missing, invalid and from the wrong role', () => {
    const deliverables = fullPackage().filter((x) => x.type !== 'AUTHORIZATION_CHECKLIST');
    const sar = deliverables.find((x) => x.type === 'SAR')!;
    sar.uploadedBy = 'CSP';
    deliverables.find((x) => x.type === 'POAM')!.valid = false;
    const r = evaluateGate(REV5, 'pmo-review', pkg, deliverables);
    expect(r.complete).toBe(false);
    expect(r.missing).toContainEqual({ type: 'AUTHORIZATION_CHECKLIST', level: 'required' });
    expect(r.wrongRole).toEqual([{ type: 'SAR', deliverableId: sar.deliverableId, uploadedBy: 'CSP', expected: ['3PAO'] }]);
    expect(r.invalid.map((i) => i.type)).toEqual(['POAM']);
  });

  it('judges the latest version of each deliverable', () => {
    const r = evaluateGate(REV5, 'ssp-review', pkg, [d('SSP', { version: 1, valid: false }), d('SSP', { version: 2, valid: true })]);
    expect(r.complete).toBe(true);
    expect(r.invalid).toEqual([]);
  });

  it('recommended deliverables warn but do not block', () => {
    const r = evaluateGate(REV5, 'ssp-review', pkg, [d('SSP')]);
    expect(r.complete).toBe(true);
    expect(r.findings.filter((f) => f.ruleId === 'package-deliverable-missing').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('the SSP impact level must equal the package level', () => {
    const r = evaluateGate(REV5, 'ssp-review', pkg, [d('SSP', { summary: { impactLevel: 'LOW' } })]);
    expect(r.complete).toBe(false);
    expect(r.findings.map((f) => f.ruleId)).toContain('package-impact-level-mismatch');
  });

  it('a high scan finding and a SAR risk missing from the POA&M are errors; matching ones are not', () => {
    const deliverables = [
      d('POAM', {
        summary: {
          poamItems: [
            { id: 'V-1', status: 'open', weakness: 'OpenSSL heap overflow', controls: ['RA-5'], sourceIdentifier: '12345', cves: ['CVE-2024-0001'], assets: ['web-1'], location: 'Open POA&M Items!A6' },
            { id: 'SAR-R-2', status: 'open', weakness: 'Weak password policy', controls: ['IA-5'], cves: [], assets: [], location: 'Open POA&M Items!A7' },
          ],
        },
      }),
      d('SCAN_RESULTS', {
        summary: {
          scanFindings: [
            { scanner: 'nessus', pluginId: '12345', name: 'OpenSSL heap overflow', cves: ['CVE-2024-0001'], host: '10.0.0.1', risk: 'high', location: 'host 10.0.0.1' },
            { scanner: 'nessus', pluginId: '999', name: 'Apache RCE', cves: ['CVE-2024-9999'], host: '10.0.0.2', risk: 'critical', location: 'host 10.0.0.2' },
            { scanner: 'nessus', pluginId: '998', name: 'Apache RCE', cves: ['CVE-2024-9999'], host: '10.0.0.3', risk: 'low', location: 'host 10.0.0.3' },
          ],
        },
      }),
      d('SAR', {
        summary: {
          sarRisks: [
            { id: 'SAR-R-2', title: 'Weak password policy', risk: 'moderate', location: 'table 1 row 2' },
            { id: 'SAR-R-3', title: 'Missing audit log review', risk: 'high', location: 'table 1 row 3' },
          ],
        },
      }),
    ];
    const r = evaluateGate(REV5, 'testing', pkg, deliverables);
    const messages = r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^package-scan-finding-not-in-poam: .*Apache RCE.*plugin 999.*1 host/),
      expect.stringMatching(/^package-sar-risk-not-in-poam: SAR risk SAR-R-3/),
    ]);
    expect(r.complete).toBe(false);
  });
});
