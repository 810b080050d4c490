import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { REV5_AGENCY_AUTHORIZATION } from '../../functions/core/process/rev5-agency.js';
import { crossDocumentFindings, latestByType, type PackageDeliverable } from '../../functions/core/validate/package.js';
import { validateDeliverable, type DeliverableValidation } from '../../functions/core/validate/validate.js';
import { fixture } from '../support/fixtures.js';

/**
 * The defects a reviewer must never miss, seeded into otherwise realistic deliverables and caught
 * with an error through the product's own entry point (classify, then validate).
 */
const AS_OF = new Date('2025-07-15T00:00:00Z');
const daysBefore = (n: number): Date => new Date(AS_OF.getTime() - n * 86_400_000);

const validate = (bytes: Uint8Array, fileName: string): Promise<DeliverableValidation> =>
  validateDeliverable(new BufferByteSource(bytes), { asOf: AS_OF, fileName, baseline: 'MODERATE' });

const errorsOf = (v: DeliverableValidation): string[] => v.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);

async function sspTemplate(): Promise<{ 'system-security-plan': Record<string, Record<string, unknown>> }> {
  return JSON.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8'));
}

async function poamWorkbook(items: (string | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const open = wb.addWorksheet('Open POA&M Items');
  open.addRow(['CSP', 'Example Cloud', 'System Name', 'Example Cloud Platform']);
  open.addRow(['Impact Level', 'Moderate', 'POAM Date', AS_OF]);
  open.addRow([]);
  open.addRow([]);
  open.addRow([
    'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier',
    'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones',
    'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating',
    'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
    'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name',
  ]);
  for (const i of items) open.addRow(i);
  wb.addWorksheet('Closed POA&M Items').addRow(['POAM ID']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One POA&M row: id, weakness, plugin, CVE, risk, detected `ageDays` ago, due `dueInDays` from detection. */
const poamRow = (id: string, weakness: string, plugin: string, cve: string, risk: string, ageDays: number, dueInDays: number): (string | Date)[] => [
  id, 'RA-5', weakness, `${weakness} found by the monthly scan.`, 'Nessus', plugin, 'app01.example.test', 'Pat Ops', 'None', 'Patch the package.',
  daysBefore(ageDays), daysBefore(ageDays - dueInDays), 'Patch in next window', '', daysBefore(1), 'No', '', '', risk, '', 'No', 'No', 'No', '', '', '', '', '', '', cve, 'Compute',
];

describe('seeded defects are caught with an error', () => {
  it('an SSP without its security sensitivity level', async () => {
    const ssp = await sspTemplate();
    delete ssp['system-security-plan']['system-characteristics']!['security-sensitivity-level'];
    const result = await validate(Buffer.from(JSON.stringify(ssp)), 'ssp.json');
    expect(result.type).toBe('SSP');
    expect(result.valid).toBe(false);
    expect(errorsOf(result)).toContain('no-security-sensitivity-level');
  });

  it('an SSP missing controls of its baseline', async () => {
    const result = await validate(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.xml')), 'ssp.xml');
    const missing = result.findings.filter((f) => f.ruleId === 'incomplete-all-implemented-requirements');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    expect(missing.map((f) => f.message).join(' ')).toMatch(/of the FedRAMP Rev 5 Moderate Baseline has no implemented requirement/);
  });

  it('an overdue High POA&M item (detected 45 days ago, 30 allowed)', async () => {
    const bytes = await poamWorkbook([poamRow('V-1', 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)', '900101', 'CVE-2024-6387', 'High', 45, 60)]);
    const result = await validate(bytes, 'poam.xlsx');
    expect(result.type).toBe('POAM');
    expect(errorsOf(result)).toContain('poam-overdue');
  });

  it('a high scan finding missing from the POA&M, across two validated deliverables', async () => {
    const scan = await validate(await readFile(fixture('scans/monthly-os-scan.nessus')), 'june.nessus');
    const poam = await validate(await poamWorkbook([poamRow('V-1', 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)', '900101', 'CVE-2024-6387', 'High', 5, 30)]), 'poam.xlsx');
    expect(scan.type).toBe('SCAN_RESULTS');
    expect(scan.summary.scanFindings?.some((f) => f.risk === 'high' || f.risk === 'critical')).toBe(true);
    const asDeliverable = (v: DeliverableValidation, id: string): PackageDeliverable => ({
      deliverableId: id,
      type: v.type,
      uploadedBy: 'CSP',
      valid: v.valid,
      version: 1,
      summary: v.summary,
    });
    const findings = crossDocumentFindings({ impactLevel: 'MODERATE' }, latestByType([asDeliverable(scan, 'scan-1'), asDeliverable(poam, 'poam-1')]));
    const missing = findings.filter((f) => f.ruleId === 'package-scan-finding-not-in-poam');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    // The finding that has an open POA&M item is not reported.
    expect(missing.map((f) => f.message).join('\n')).not.toMatch(/regreSSHion/);
    expect(REV5_AGENCY_AUTHORIZATION.conmon.monthly.map((r) => r.type)).toEqual(expect.arrayContaining(['POAM', 'SCAN_RESULTS']));
  });

  it('the FedRAMP OSCAL templates are schema-valid in every encoding', async () => {
    for (const name of ['SSP-OSCAL-Template.json', 'SSP-OSCAL-Template.xml', 'SSP-OSCAL-Template.yaml', 'SAP-OSCAL-Template.json', 'SAP-OSCAL-Template.xml', 'SAR-OSCAL-Template.json', 'SAR-OSCAL-Template.xml', 'POAM-OSCAL-Template.json', 'POAM-OSCAL-Template.xml']) {
      const result = await validate(await readFile(fixture(`oscal/FedRAMP-${name}`)), name);
      expect({ name, schema: result.findings.filter((f) => f.ruleId.startsWith('oscal-schema')) }).toEqual({ name, schema: [] });
    }
  });
});
