/** Workbook deliverables (xlsx) and the CSV inventory export. */
import type { Cell } from './kit.js';
import { pick, renderXlsx, rng, toCsv } from './kit.js';
import type { DocPlan } from './types.js';
import { W } from './world.js';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------- CIS / CRM

const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(3)', 'AC-3', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'PE-2', 'PE-3', 'PE-6', 'MP-6', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2'];

function origination(c: string): string {
  if (c.startsWith('PE') || c === 'MP-6') return 'Inherited from pre-existing FedRAMP Authorization';
  if (c.startsWith('AC-2') || c.startsWith('IA-2')) return 'Shared (Service Provider and Customer Responsibility)';
  if (c === 'SC-7' || c === 'SC-28' || c === 'CP-9') return 'Service Provider System Specific; Inherited';
  return 'Service Provider Corporate';
}

function crmText(c: string): string {
  if (c.startsWith('AC-2')) return 'Customer agencies manage tenant user accounts, review them at least monthly and disable accounts of departed personnel.';
  if (c.startsWith('IA-2')) return 'Customer agencies must federate with an identity provider enforcing MFA for agency users.';
  if (c.startsWith('PE') || c === 'MP-6') return 'None - inherited from the underlying IaaS.';
  return 'None.';
}

function cisCrm(variant: 0 | 1): Promise<Buffer> {
  const cisHeader: Cell[] = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
  const cisRows: Cell[][] = CONTROLS.map((c) => {
    const o = origination(c);
    return [c, 'X', '', '', '', '', o.includes('Corporate') ? 'X' : '', o.includes('System Specific') ? 'X' : '', '', c.startsWith('AC-2') ? 'X' : '', '', o.includes('Shared') ? 'X' : '', o.includes('Inherited') ? 'X' : ''];
  });
  const crmRows: Cell[][] = CONTROLS.map((c) => [c, crmText(c).startsWith('None') ? 'No' : 'Yes', crmText(c)]);
  const title = variant === 0 ? `${W.system} Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook` : 'CIS/CRM Workbook - SSP Appendix J';
  return renderXlsx({
    meta: { creator: variant === 0 ? W.consultantLead : W.isso, title: variant === 0 ? 'CIS CRM' : 'Book1', company: W.consultant },
    sheets: [
      ...(variant === 0
        ? [{ name: 'Cover', rows: [[title], [], ['CSP', W.csp], ['System', W.system], ['Impact Level', 'Moderate'], ['Version', '2.1'], ['Date', d('2025-02-20')], [], ['Prepared by', W.consultant]] as Cell[][], widths: [24, 80], boldRows: [1] }]
        : []),
      { name: 'Instructions', rows: [['Instructions'], ['The CIS worksheet summarizes implementation status and control origination for each control. The CRM worksheet lists customer responsibilities that leveraging agencies must address in their own authorization.'], ['Controls inherited from the leveraged IaaS are marked Inherited; see that provider\'s CRM for its own customer responsibilities.']], widths: [120] },
      { name: 'Moderate CIS Worksheet', rows: [[`${W.csp} - ${W.system}`], ['Control Implementation Summary (CIS) Worksheet'], [], cisHeader, ...cisRows], widths: [14, 12, 12, 10, 12, 10, 14, 14, 12, 12, 12, 10, 10], boldRows: [4] },
      { name: 'Moderate CRM Worksheet', rows: [['Customer Responsibility Matrix (CRM) Worksheet'], [], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crmRows], widths: [14, 18, 100], boldRows: [3] },
    ],
  });
}

// ---------------------------------------------------------------- SoD, laws, checklist (xlsx)

function sodXlsx(): Promise<Buffer> {
  const roles = ['Tenant Admin (Agency)', 'Platform Engineer', 'Release Manager', 'SecOps Analyst', 'ISSO', 'IaaS Provider'];
  const duties: [string, string[]][] = [
    ['Provision agency user accounts', ['Tenant Admin (Agency)']],
    ['Approve Ridgeline privileged access', ['ISSO']],
    ['Grant Ridgeline privileged access', ['Platform Engineer']],
    ['Merge code to main branch', ['Platform Engineer']],
    ['Approve release to production', ['Release Manager']],
    ['Review SIEM alerts and audit logs', ['SecOps Analyst']],
    ['Change audit log retention', ['ISSO']],
    ['Physical data center access', ['IaaS Provider']],
  ];
  return renderXlsx({
    meta: { creator: W.isso, title: 'Separation of Duties' },
    sheets: [
      { name: 'SoD Matrix', rows: [[`${W.system} - Separation of Duties Matrix (AC-5)`], ['R = performs, A = approves; a person may not hold both R and A for the same duty.'], [], ['Duty / Function', ...roles], ...duties.map(([duty, who]) => [duty, ...roles.map((r) => (who.includes(r) ? (duty.startsWith('Approve') ? 'A' : 'R') : ''))])], widths: [40, 18, 18, 18, 18, 12, 14], boldRows: [4] },
      { name: 'Conflicts', rows: [['Conflicting duty A', 'Conflicting duty B', 'Mitigation'], ['Grant Ridgeline privileged access', 'Approve Ridgeline privileged access', 'Different individuals; quarterly access review'], ['Merge code to main branch', 'Approve release to production', 'Two-person rule enforced in the pipeline']] },
    ],
  });
}

function lawsXlsx(): Promise<Buffer> {
  return renderXlsx({
    meta: { creator: 'FedRAMP', title: 'FedRAMP Laws and Regulations' },
    sheets: [
      {
        name: 'Laws and Regulations',
        rows: [
          ['FedRAMP Applicable Laws, Regulations, Standards and Guidance'],
          ['SSP Attachment 12'],
          [],
          ['Identification Number', 'Title', 'Date', 'Link'],
          ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
          ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014', '2014', ''],
          ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '2016', ''],
          ['OMB M-17-12', 'Preparing for and Responding to a Breach of Personally Identifiable Information', '2017', ''],
          ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', '2021', ''],
          ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '2004', ''],
        ],
        widths: [24, 80, 10, 50],
        boldRows: [4],
      },
      {
        name: 'Standards and Guidance',
        rows: [
          ['Identification Number', 'Title', 'Date', 'Link'],
          ['FIPS PUB 199', 'Standards for Security Categorization', '2004', ''],
          ['FIPS PUB 200', 'Minimum Security Requirements', '2006', ''],
          ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', '2018', ''],
          ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls', '2020', ''],
          ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', '2012', ''],
        ],
      },
    ],
  });
}

function checklistXlsx(): Promise<Buffer> {
  const items = ['System Security Plan', 'Attachment 1: Information Security Policies and Procedures', 'Attachment 2: User Guide', 'Attachment 3: Digital Identity Worksheet', 'Attachment 4: PTA/PIA', 'Attachment 5: Rules of Behavior', 'Attachment 6: ISCP', 'Attachment 7: CMP', 'Attachment 8: IRP', 'Attachment 9: CIS/CRM Workbook', 'Attachment 10: FIPS 199', 'Attachment 11: Separation of Duties Matrix', 'Attachment 12: Laws and Regulations', 'Attachment 13: Integrated Inventory Workbook', 'Security Assessment Plan', 'Security Assessment Report', 'Plan of Action and Milestones', 'Authorization to Operate Letter'];
  return renderXlsx({
    meta: { creator: W.isso, title: 'FedRAMP Initial Authorization Package Checklist' },
    sheets: [
      {
        name: 'Checklist',
        rows: [
          ['FedRAMP Initial Authorization Package Checklist'],
          ['CSP Name', W.csp, '', 'Package ID', W.fedrampId],
          ['CSO Name', W.system, '', 'Impact Level', 'Moderate'],
          [],
          ['Item #', 'Document', 'Template Used (Y/N)', 'Included in Package (Y/N)', 'Version', 'Comments'],
          ...items.map((it, i) => [i + 1, it, 'Y', i === items.length - 1 ? 'N' : 'Y', i < 14 ? '2.3' : '1.0', i === items.length - 1 ? 'Agency to upload' : '']),
        ],
        widths: [8, 60, 18, 22, 10, 30],
        boldRows: [1, 5],
      },
    ],
  });
}

// ---------------------------------------------------------------- POA&M

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

const WEAKNESSES: [string, string, string, string, string][] = [
  ['RA-5', 'OpenSSL 3.0.x vulnerable version', 'Nessus', '187315', 'CVE-2024-5535'],
  ['SI-2', 'Kernel privilege escalation', 'Nessus', '201044', 'CVE-2024-1086'],
  ['AC-7', 'Admin console lockout threshold', '3PAO assessment', 'V-002', ''],
  ['SC-8', 'TLS 1.0 on health check port', '3PAO assessment', 'V-005', ''],
  ['RA-5', 'PostgreSQL minor version out of support', 'Qualys', '45123', 'CVE-2024-10979'],
  ['CM-6', 'SSH MaxAuthTries not set', 'CIS benchmark scan', 'xccdf_5.2.5', ''],
  ['AU-6', 'Weekly audit review evidence incomplete', '3PAO assessment', 'T-004', ''],
];

function poamRows(seed: number, count: number): Cell[][] {
  const r = rng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const w = WEAKNESSES[i % WEAKNESSES.length] ?? WEAKNESSES[0]!;
    const risk = pick(r, ['Moderate', 'Low', 'High', 'Moderate']);
    const det = d(`2025-0${1 + (i % 3)}-${String(5 + i).padStart(2, '0')}`);
    const due = new Date(det.getTime() + (risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180) * 86400000);
    rows.push([`V-2025-${String(101 + i).padStart(4, '0')}`, w[0], w[1], `${w[1]} identified on ${pick(r, ['rcf-app-03', 'rcf-db-01', 'rcf-bastion-01', 'rcf-app-05'])}.`, w[2], w[3], pick(r, ['rcf-app-03 10.20.8.12', 'rcf-db-01 10.20.12.20', 'rcf-bastion-01 10.20.1.5']), W.ops, 'Staff time', 'Apply vendor patch through the monthly image rebuild and verify with rescan.', det, due, `Patch in image build ${due.toISOString().slice(0, 7)}`, '', d('2025-03-01'), 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', '', 'No', '', '', w[4], W.system]);
  }
  return rows;
}

function poamTemplate(): Promise<Buffer> {
  const open = poamRows(7, 9);
  return renderXlsx({
    meta: { creator: 'FedRAMP PMO', lastModifiedBy: W.isso, title: 'FedRAMP POA&M Template' },
    sheets: [
      { name: 'Open POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.system, 'Moderate', d('2025-03-01')], [], [], POAM_HEADERS, ...open], boldRows: [1, 5], widths: POAM_HEADERS.map(() => 16) },
      { name: 'Closed POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.system, 'Moderate', d('2025-03-01')], [], [], POAM_HEADERS, ...poamRows(8, 3)], boldRows: [5] },
      { name: 'Configuration Findings', rows: [POAM_HEADERS] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], [d('2025-03-01'), 'March ConMon submission', '2025.03', W.isso]] },
    ],
  });
}

function poamDrifted(): Promise<Buffer> {
  const headers = ['Item #', 'Control(s)', 'Weakness', 'Description', 'Source', 'Scanner ID', 'Affected Asset(s)', 'Owner', 'Remediation Plan', 'Discovered', 'Due', 'Milestones', 'Status', 'Original Risk', 'Adjusted Risk', 'Vendor Dependency', 'CVE'];
  const rows = poamRows(11, 12).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11], r[12], 'Open', r[18], r[19], 'No', r[29]] as Cell[]);
  return renderXlsx({
    meta: { creator: W.isso, title: 'ConMon Feb' },
    sheets: [
      { name: 'Summary', rows: [[`${W.system} - Monthly Continuous Monitoring`], ['Reporting period', 'February 2026'], ['Open items', 12], ['Overdue', 1], ['Prepared for', `${W.agencyAbbr} ISSM`]] },
      { name: 'Open POA&M Items', rows: [[`${W.csp}  |  ${W.system}  |  Plan of Action & Milestones`], ['Impact: Moderate', '', 'As of: 2026-02-28'], [], headers, ...rows], boldRows: [4] },
      { name: 'Closed POA&M Items', rows: [headers, ...poamRows(12, 4).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11], r[12], 'Closed', r[18], r[19], 'No', r[29]] as Cell[])] },
    ],
  });
}

// ---------------------------------------------------------------- inventory

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];

function inventoryRows(seed: number): string[][] {
  const r = rng(seed);
  const hosts: [string, string, string][] = [
    ['rcf-app', '10.20.8.', 'Application server'],
    ['rcf-db', '10.20.12.', 'Database server'],
    ['rcf-bastion', '10.20.1.', 'Bastion host'],
    ['rcf-worker', '10.20.9.', 'Queue worker'],
  ];
  const rows: string[][] = [];
  hosts.forEach(([name, net, fn], hi) => {
    const n = 2 + Math.floor(r() * 3);
    for (let i = 1; i <= n; i++) {
      const host = `${name}-${String(i).padStart(2, '0')}`;
      rows.push([`i-0${(0x5a3f00 + hi * 16 + i).toString(16)}c9e1`, `${net}${10 + i}`, 'Yes', 'No', `${host}.int.${W.domain}`, '', '', 'Yes', 'RCF-RHEL9-CIS-L1', 'Red Hat Enterprise Linux 9.4', `${W.iaasAbbr} US-Gov East`, 'VM', `${W.iaasAbbr} m6i.xlarge`, 'Yes', hi === 1 ? 'PostgreSQL Global Development Group' : 'Red Hat', hi === 1 ? 'PostgreSQL 15.8' : 'RHEL 9.4', '2025-02', `${fn} tier`, '', '', hi === 2 ? 'mgmt-subnet' : 'app-subnet', W.ops, hi === 1 ? 'DBA team' : W.ops, fn]);
    }
  });
  rows.push(['lb-rcf-public', '198.51.100.24', 'Yes', 'Yes', `https://${W.domain}`, '', '', 'No', 'N/A - IaaS managed service', 'N/A', `${W.iaasAbbr} US-Gov East`, 'Load balancer (leveraged service)', `${W.iaasAbbr} Application Load Balancer`, 'Yes', W.iaas, 'Managed load balancer', 'N/A', 'Public ALB', 'Inherited component', '', 'dmz', W.ops, W.ops, 'TLS termination']);
  return rows;
}

function inventoryXlsx(variant: 0 | 1): Promise<Buffer> {
  const rows = inventoryRows(variant === 0 ? 21 : 22);
  const headers = variant === 0 ? INV_HEADERS : INV_HEADERS.filter((h) => h !== 'Diagram Label' && h !== 'NetBIOS Name');
  const body = variant === 0 ? rows : rows.map((r) => r.filter((_, i) => INV_HEADERS[i] !== 'Diagram Label' && INV_HEADERS[i] !== 'NetBIOS Name'));
  return renderXlsx({
    meta: variant === 0 ? { creator: 'FedRAMP', lastModifiedBy: W.ops, title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template' } : { creator: W.ops },
    sheets: [
      ...(variant === 0 ? [{ name: 'Instructions', rows: [['Integrated Inventory Workbook'], ['Complete one row per asset. Leveraged services inherited from the IaaS are listed for completeness.']] as Cell[][] }] : []),
      { name: variant === 0 ? 'Inventory' : 'Sheet1', rows: [...(variant === 0 ? [[`${W.system} Integrated Inventory`], []] : []), headers, ...body] as Cell[][], boldRows: [variant === 0 ? 3 : 1], widths: headers.map(() => 18) },
    ],
  });
}

function inventoryCsv(): string {
  return toCsv([INV_HEADERS, ...inventoryRows(23)]);
}

// ---------------------------------------------------------------- deviation request (xlsx)

function deviationXlsx(): Promise<Buffer> {
  return renderXlsx({
    meta: { creator: W.isso, title: 'FedRAMP Vulnerability Deviation Request Form' },
    sheets: [
      {
        name: 'Deviation Request',
        rows: [
          ['FedRAMP Vulnerability Deviation Request Form'],
          ['CSP', W.csp, 'System', W.system],
          ['Date of Request', d('2025-11-04'), 'Impact Level', 'Moderate'],
          [],
          ['DR ID', 'POA&M ID', 'Deviation Type (FP/RA/OR)', 'Scanner', 'Vulnerability Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Justification', 'Evidence / Supporting Documents', 'Compensating Controls'],
          ['DR-2025-011', 'V-2025-0121', 'False Positive (FP)', 'Qualys', 'PostgreSQL minor version out of support', 'Moderate', 'N/A', 'Scanner reads the package banner; the backported fix is installed (RHSA-2024:10830).', 'rpm -q output; vendor advisory', 'N/A'],
          ['DR-2025-012', 'V-2025-0106', 'Risk Adjustment (RA)', 'Nessus', 'Kernel privilege escalation', 'High', 'Moderate', 'Exploit requires local shell; no interactive users on application servers.', 'SSH access list; bastion session logs', 'Bastion-only access with MFA'],
        ],
        widths: [12, 14, 22, 10, 36, 14, 14, 60, 30, 30],
        boldRows: [1, 5],
      },
      { name: 'Instructions', rows: [['Submit one row per deviation. False positives require evidence; risk adjustments require a justification and compensating controls; operational requirements must remain on the POA&M.']] },
    ],
  });
}

export const sheetPlans: DocPlan[] = [
  { file: 'RCF_CIS_CRM_Workbook_v2.1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with cover, instructions, Moderate CIS worksheet (origination incl. Inherited) and CRM worksheet.', build: () => cisCrm(0) },
  { file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook without cover sheet and with a default "Book1" metadata title.', build: () => cisCrm(1) },
  { file: 'SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook (duties x roles, conflicts sheet).', build: sodXlsx },
  { file: 'attachment_12_laws.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations workbook (laws, OMB memos, standards and guidance).', build: lawsXlsx },
  { file: 'Initial Authorization Package Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook with item rows.', build: checklistXlsx },
  { file: 'RCF-POAM-2025-03.xlsx', expected: 'POAM', note: 'POA&M in the FedRAMP template layout (Open/Closed/Configuration Findings/Record of Changes, header row 5).', build: poamTemplate },
  { file: 'conmon_feb.xlsx', expected: 'POAM', note: 'Drifted POA&M: summary sheet first, renamed columns, header on row 4 of "Open POA&M Items".', build: poamDrifted },
  { file: 'Inventory_March.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook (Rev5 columns incl. Diagram Label) with title rows above the header.', build: () => inventoryXlsx(0) },
  { file: 'export.xlsx', expected: 'INVENTORY', note: 'Inventory in a plain Sheet1 without metadata title, two columns dropped.', build: () => inventoryXlsx(1) },
  { file: 'iiw-2025-04.csv', expected: 'INVENTORY', note: 'Integrated inventory exported to CSV with the template headers.', build: async () => inventoryCsv() },
  { file: 'DR-form-Nov.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP vulnerability deviation request workbook with a false positive and a risk adjustment.', build: deviationXlsx },
];
