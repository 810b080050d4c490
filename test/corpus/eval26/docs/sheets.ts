import type ExcelJS from 'exceljs';
import { headerRow, widths } from '../kit/xlsx.js';
import { HOSTS, W } from '../world.js';
import { SERVICES } from './unknowns.js';

export const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

const ITEMS: [string, string, string, string, string, string, string, string, string][] = [
  // id, controls, name, source, plugin, asset, detect, due, risk
  ['V-0412', 'RA-5, SI-2', 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)', 'Tenable Nessus', '201194', 'trc-log-collector-01', '2025-09-07', '2025-10-07', 'High'],
  ['V-0415', 'SI-2', 'Linux kernel privilege escalation (nf_tables)', 'Tenable Nessus', '192934', 'trc-log-collector-01', '2025-09-07', '2025-10-07', 'High'],
  ['V-0421', 'SC-8', 'TLS Version 1.0 Protocol Detection', 'Tenable Nessus', '104743', 'trc-alb-public-01', '2025-08-03', '2025-11-01', 'Moderate'],
  ['V-0431', 'SC-8, CM-6', 'SSH Terrapin Prefix Truncation Weakness', 'Tenable Nessus', '187315', 'trc-bastion-01', '2025-07-06', '2025-10-04', 'Moderate'],
  ['V-0433', 'SI-2', 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', 'Tenable Nessus', '205436', 'trc-pg-prod-01', '2025-09-07', '2025-12-06', 'Moderate'],
  ['A-0007', 'AC-2(3)', 'Inactive service accounts not disabled', '3PAO assessment (SAR-TC-03)', 'SAR-TC-03', 'IAM Identity Center', '2025-11-21', '2026-02-19', 'Moderate'],
  ['A-0008', 'AC-3', 'Cross-tenant series name disclosure via search suggestions', '3PAO penetration test (SAR-PT-01)', 'SAR-PT-01', 'records-api', '2025-11-19', '2026-02-17', 'Moderate'],
  ['V-0440', 'CM-6', 'Redis AUTH token rotation older than policy', 'Configuration scan (Prowler)', 'elasticache_redis_auth_rotation', 'trc-redis-prod-01', '2025-09-07', '2026-03-06', 'Low'],
];

export function poamRows(): string[][] {
  return ITEMS.map(([id, c, name, src, plugin, asset, det, due, risk], i) => [
    id, c, name, `${name} identified on ${asset}.`, src, plugin, asset, i % 2 ? W.eng[0] : W.sreLead, 'Internal SRE hours', i < 5 ? 'Rebuild image with patched package and roll out through the monthly node rotation.' : 'Code/configuration fix through normal change.', det, due,
    `Patch staged ${det.slice(0, 8)}20; production rollout by ${due}`, '', '2025-10-01', i === 4 ? 'Yes' : 'No', i === 4 ? '2025-09-28' : '', i === 4 ? 'Amazon RDS' : '', risk, i === 3 ? 'Low' : risk, i === 3 ? 'Pending' : 'No', 'No', 'No', i === 3 ? 'See DR-2025-014' : '', i === 3 ? 'DR-2025-014' : '', '', 'No', i === 0 ? 'Yes' : 'No', i === 0 ? '2025-09-28' : '', i === 0 ? 'CVE-2024-6387' : i === 3 ? 'CVE-2023-48795' : '', W.acr,
  ]);
}

/** POA&M in the FedRAMP v2.1 template layout. */
export function fillPoamTemplate(wb: ExcelJS.Workbook): void {
  for (const name of ['Open POA&M Items', 'Closed POA&M Items']) {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = 'FedRAMP® Plan of Action and Milestones (POA&M) Template';
    ws.getRow(2).values = ['CSP', 'System Name', 'Impact Level', 'POAM Date'];
    ws.getRow(3).values = [W.csp, W.cso, 'Moderate', new Date(Date.UTC(2025, 9, 1))];
    headerRow(ws, POAM_HEADERS, 5);
    const rows = name.startsWith('Open') ? poamRows() : [['V-0377', 'SI-2', 'Apache HTTP Server 2.4.x < 2.4.60', 'Closed after image rebuild', 'Tenable Nessus', '200162', 'trc-ci-runner-01', W.eng[1] ?? '', '', 'Rebuilt', '2025-07-06', '2025-08-05', '', '', '2025-08-01', 'No', '', '', 'High', 'High', 'No', 'No', 'No', '', '', 'Closed 2025-08-01', 'No', 'No', '', '', W.acr]];
    rows.forEach((r, i) => (ws.getRow(6 + i).values = r));
    widths(ws, [10, 12, 40, 40, 18, 14, 22, 16, 16, 40, 14, 14, 30]);
  }
  const cf = wb.addWorksheet('Configuration Findings');
  cf.getCell('A1').value = 'FedRAMP Plan of Action and Milestones (POA&M) Template';
  headerRow(cf, POAM_HEADERS, 5);
  const rc = wb.addWorksheet('Record of Changes');
  rc.getRow(3).values = ['', 'Date', 'Description', 'Version', 'Author'];
  rc.getRow(4).values = ['', '2025-10-01', 'October ConMon submission', '2025.10', W.isso];
}

/** A POA&M as an engineer keeps it: header moved down, a few renamed columns, an extra notes column. */
export function fillPoamDrifted(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Open POA&M Items');
  ws.getCell('A1').value = `${W.csp} — ${W.cso} — POA&M (working copy, SRE)`;
  ws.getCell('A2').value = 'Impact Level: Moderate';
  ws.getCell('A3').value = 'Reporting month: September 2025';
  ws.getCell('A5').value = 'Rows in yellow are waiting on vendor. Do not edit columns A–G without telling Marcus (ISSO).';
  const h = POAM_HEADERS.map((x) => (x === 'Weakness Detector Source' ? 'Detector Source' : x === 'Point of Contact' ? 'POC' : x)).slice(0, 22);
  headerRow(ws, [...h, 'SRE notes'], 8);
  poamRows().forEach((r, i) => {
    const row = ws.getRow(9 + i);
    row.values = [...r.slice(0, 22), i % 3 === 0 ? 'rollout in CHG-4524' : ''];
    if (r[15] === 'Yes') row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  });
  const closed = wb.addWorksheet('Closed POA&M Items');
  headerRow(closed, [...h, 'SRE notes'], 8);
  closed.getRow(9).values = ['V-0377', 'SI-2', 'Apache HTTP Server 2.4.x < 2.4.60', 'Closed after image rebuild', 'Tenable Nessus', '200162', 'trc-ci-runner-01'];
}

export const INVENTORY_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

export function inventoryRows(): string[][] {
  return HOSTS.map((h, i) => {
    const db = h.id.includes('pg') || h.id.includes('redis');
    return [h.id, h.ip, 'Yes', h.id.includes('alb') ? 'Yes' : 'No', h.dns, '', '', 'Yes', h.baseline, h.os, 'AWS GovCloud us-gov-west-1', db ? 'Database' : h.id.includes('alb') ? 'Load Balancer' : 'Virtual Machine', db || h.id.includes('alb') ? 'AWS managed' : i < 3 ? 'm6i.2xlarge' : 't3.large', 'Yes', db ? 'Amazon Web Services' : '', db ? h.os : '', '2025-09 cycle', h.fn, '', `i-0${(0x1a2b3c + i * 977).toString(16)}`, `vpc-trc-prod / ${h.ip.split('.').slice(0, 3).join('.')}.0/24`, W.sreLead, i < 3 ? W.eng[0] ?? '' : W.eng[3] ?? ''];
  }).concat([
    ['records-api:2025.10.2', '', 'Yes', 'No', 'records.tessellate-gov.com/api', '', '', 'Yes', 'TRC-K8S-POLICY', '', 'AWS GovCloud us-gov-west-1', 'Web Application', '', 'Yes', W.csp, 'records-api 2025.10.2', '', 'Records REST API', 'container image', '', '', W.sreLead, W.eng[0] ?? ''],
    ['ingest-worker:2025.10.1', '', 'Yes', 'No', '', '', '', 'Yes', 'TRC-K8S-POLICY', '', 'AWS GovCloud us-gov-west-1', 'Software', '', 'Yes', W.csp, 'ingest-worker 2025.10.1', '', 'Ingest pipeline', 'container image', '', '', W.sreLead, W.eng[1] ?? ''],
  ]);
}

export function fillInventoryV22(wb: ExcelJS.Workbook): void {
  const ins = wb.addWorksheet('INSTRUCTIONS ');
  ins.getCell('C1').value = 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook';
  ins.getCell('B3').value = 'Overview:';
  ins.getCell('B4').value = 'When completed, FedRAMP will accept this inventory workbook as the inventory information required by the System Security Plan, the Information System Contingency Plan and Monthly Continuous Monitoring.';
  const ws = wb.addWorksheet('Inventory');
  ws.getRow(1).values = ['All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory'];
  headerRow(ws, INVENTORY_HEADERS, 2);
  inventoryRows().forEach((r, i) => (ws.getRow(3 + i).values = r));
  widths(ws, [26, 14, 8, 8, 40, 10, 10, 10, 22, 26, 24, 16, 16, 10, 20, 24, 14, 30]);
  const rc = wb.addWorksheet('Record of Changes');
  rc.getRow(3).values = ['Date', 'Description', 'Version', 'Author'];
  rc.getRow(4).values = ['2025-10-01', 'September inventory reconciliation from AWS Config', '2025.09', W.sreLead];
}

export function fillInventoryRev5(wb: ExcelJS.Workbook): void {
  const cover = wb.addWorksheet('Cover');
  cover.getCell('A1').value = `${W.cso} – Appendix M: Integrated Inventory Workbook`;
  cover.getCell('A3').value = `CSP: ${W.csp}`;
  cover.getCell('A4').value = 'Prepared by SRE from AWS Config aggregator and kube-state-metrics; reconciled 2025-09-30.';
  const ws = wb.addWorksheet('Inventory');
  headerRow(ws, [...INVENTORY_HEADERS.map((h) => h.replace('\n', ' ')), 'Diagram Label'], 1);
  inventoryRows().forEach((r, i) => ws.addRow([...r, `D${(i % 4) + 1}`]));
}

export function fillCisCrm(wb: ExcelJS.Workbook, variant: 1 | 2): void {
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(3)', 'AC-3', 'AC-17', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-28', 'SI-2', 'SI-4'];
  const cis = wb.addWorksheet(variant === 1 ? 'CIS Worksheet' : 'Control Implementation Summary');
  cis.getCell('A1').value = variant === 1 ? 'Control Implementation Summary (CIS) Worksheet' : `${W.cso} – CIS/CRM Workbook – CIS`;
  cis.getCell('A2').value = `CSP: ${W.csp}   System: ${W.cso}   Impact Level: Moderate   Date: 2025-09-15`;
  headerRow(cis, ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'], 4);
  ctrls.forEach((c, i) => cis.addRow([c, c === 'SI-2' ? '' : 'X', c === 'SI-2' ? 'X' : '', '', '', '', c.endsWith('-1') ? 'X' : '', i % 3 === 0 ? 'X' : '', '', c.startsWith('IA') ? 'X' : '', '', c === 'AC-2' || c === 'IA-2' ? 'X' : '', c.startsWith('SC-28') || c === 'CP-9' ? 'X' : '']));
  const crm = wb.addWorksheet(variant === 1 ? 'CRM Worksheet' : 'Customer Responsibility Matrix');
  crm.getCell('A1').value = 'Customer Responsibility Matrix (CRM) Worksheet';
  headerRow(crm, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], 3);
  const resp: Record<string, string> = {
    'AC-2': 'Shared. Agency administrators manage tenant user accounts, roles and deactivation; the CSP manages internal accounts.',
    'IA-2': 'Shared. Agencies enforce MFA (PIV/CAC) in their own IdP federated to the service.',
    'IA-2(1)': 'Customer. Agencies configure MFA for privileged tenant administrators.',
    'AU-6': 'Shared. Agencies review tenant audit logs exported from the service.',
  };
  ctrls.forEach((c) => crm.addRow([c, resp[c] ? 'Partial' : 'Yes', resp[c] ?? 'Fully inherited from the CSP; no customer action required.']));
}

export function fillSod(wb: ExcelJS.Workbook, variant: 1 | 2): void {
  if (variant === 1) {
    const ws = wb.addWorksheet('SoD Matrix');
    ws.getCell('A1').value = `${W.cso} – Separation of Duties Matrix (SSP Attachment 11)`;
    ws.getCell('A2').value = 'X = role performs the function. Conflicting combinations are prohibited for a single individual (AC-5).';
    headerRow(ws, ['Function', 'SRE Administrator', 'Software Engineer', 'Security Operations', 'ISSO', 'Change Approver (CCB)', 'Support Engineer', 'Agency Administrator'], 4);
    const f: [string, string][] = [
      ['Request production change', '.X....'], ['Approve production change', '....X..'], ['Deploy to production (pipeline)', 'X......'], ['Modify IAM policies', 'X......'], ['Review audit logs', '..XX...'], ['Administer SIEM', '..X....'], ['Manage tenant users', '......X'], ['Approve access requests', '...X...'], ['Perform quarterly access review', '...X...'], ['Key management (KMS key policy)', 'X..X...'], ['Read customer content (support case)', '.....X.'], ['Write code', '.X.....'],
    ];
    for (const [fn, m] of f) ws.addRow([fn, ...m.split('').map((c) => (c === 'X' ? 'X' : ''))]);
    ws.addRow([]);
    ws.addRow(['Prohibited combinations: Write code + Approve production change; Administer SIEM + Modify IAM policies; Approve access requests + Deploy to production.']);
  } else {
    const ws = wb.addWorksheet('Sheet1');
    headerRow(ws, ['Role:', 'Add/remove users and hardware', 'Install and configure software', 'OS updates, patches, and hot fixes', 'Read only system management tools', 'Read & write to file services', 'Read and write to GRC tool', 'Read access to GRC tool', 'Approve changes', 'Audit log review'], 1);
    for (const [r, m] of [['system-owner', '...X..XX.'], ['isso', '...X.X...X'], ['sre-administrator', 'XXX.X....'], ['software-engineer', '.X.X.....'], ['secops-analyst', '...X..X..X'], ['ccb-member', '......XX.']] as const) ws.addRow([r, ...m.split('').map((c) => (c === 'X' ? 'X' : ''))]);
    const n = wb.addWorksheet('Notes');
    n.getCell('A1').value = 'Separation of duties matrix per AC-5. Reviewed with the ISSO 2025-09-12. No individual holds both sre-administrator and ccb-member.';
  }
}

export function fillLaws(wb: ExcelJS.Workbook, rows: string[][]): void {
  const ws = wb.addWorksheet('Laws and Regulations');
  ws.getCell('A1').value = 'FedRAMP Laws and Regulations';
  ws.getCell('A2').value = `${W.cso} – SSP Attachment 12`;
  const [head, ...rest] = rows;
  if (head) headerRow(ws, head, 4);
  rest.forEach((r) => ws.addRow(r));
  widths(ws, [28, 70, 16, 60]);
  const s = wb.addWorksheet('Standards and Guidance');
  headerRow(s, ['Identification Number', 'Title', 'Date', 'Link'], 1);
  s.addRow(['NIST SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', 'December 2018', 'https://csrc.nist.gov/pubs/sp/800/37/r2/final']);
  s.addRow(['NIST SP 800-60 Vol. II Rev. 1', 'Guide for Mapping Types of Information and Information Systems to Security Categories', 'August 2008', 'https://csrc.nist.gov/pubs/sp/800/60/v2/r1/final']);
}

export function fillChecklist(wb: ExcelJS.Workbook, items: [string, string, string][]): void {
  const ws = wb.addWorksheet('Checklist');
  ws.getCell('A1').value = 'FedRAMP Initial Authorization Package Checklist';
  ws.getCell('A2').value = `CSP: ${W.csp}     CSO: ${W.cso}     Package ID: ${W.fedrampId}     Impact: Moderate`;
  headerRow(ws, ['#', 'Package Item', 'Included (Yes/No/Pending)', 'File name in package', 'Comments'], 4);
  items.forEach(([n, item, inc]) => ws.addRow([n, item, inc, inc === 'Yes' ? `TRC_${item.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 30)}_v2025.pdf` : '', '']));
  widths(ws, [6, 70, 14, 40, 20]);
}

// ---------------------------------------------------------------- UNKNOWN look-alike workbooks

export function fillCapacityPlan(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('FY26 Capacity');
  ws.getCell('A1').value = 'TRC Capacity Plan FY2026 (SRE)';
  ws.getCell('A2').value = 'Assumptions: 3 new agency tenants in Q2, ingest growth 6%/month, OCR CPU per page 0.42 s.';
  headerRow(ws, ['Resource', 'Current (Sep 2025)', 'Peak utilisation', 'Q1 FY26', 'Q2 FY26', 'Q3 FY26', 'Q4 FY26', 'Action', 'Est. monthly cost delta (USD)'], 4);
  const r: (string | number)[][] = [
    ['EKS app node group (m6i.2xlarge)', 6, '58% CPU', 6, 8, 9, 10, 'Raise max to 12; add Karpenter', 2150],
    ['EKS ingest node group (c6i.4xlarge)', 4, '81% CPU', 5, 6, 8, 9, 'Move OCR to spot where possible', 3900],
    ['RDS writer (db.r6g.2xlarge)', 1, '62% CPU, 1.9 TB', 1, 1, 1, 1, 'Upgrade to r6g.4xlarge in Q3', 1450],
    ['RDS storage (TB)', 1.9, '—', 2.2, 2.6, 3.0, 3.4, 'Autoscaling enabled; max 6 TB', 280],
    ['S3 record content (TB)', 61, '—', 70, 80, 92, 105, 'Intelligent-Tiering after 90 days', 1100],
    ['OpenSearch data nodes', 3, '71% JVM heap', 3, 4, 4, 5, 'Add node in Q2', 1600],
  ];
  r.forEach((row) => ws.addRow(row));
  widths(ws, [36, 16, 18, 10, 10, 10, 10, 36, 18]);
  const s = wb.addWorksheet('Growth model');
  headerRow(s, ['Month', 'Records ingested (M)', 'Pages OCR (M)', 'API req/s p95'], 1);
  for (let m = 0; m < 12; m++) s.addRow([`2025-${String(((m + 9) % 12) + 1).padStart(2, '0')}`, Math.round(18 * 1.06 ** m * 10) / 10, Math.round(41 * 1.06 ** m * 10) / 10, Math.round(310 * 1.04 ** m)]);
}

export function fillServiceCatalog(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Services');
  headerRow(ws, ['Service', 'Tier', 'SLO', 'Description', 'Owner', 'On-call rotation', 'Runbooks'], 1);
  SERVICES.forEach((s) => ws.addRow([...s]));
  widths(ws, [22, 8, 28, 30, 18, 20, 16]);
  const d = wb.addWorksheet('Dependencies');
  headerRow(d, ['Service', 'Depends on', 'Failure mode', 'Degrades to'], 1);
  d.addRow(['records-api', 'postgres (RDS)', 'writes fail', 'read-only mode from replica']);
  d.addRow(['ingest-worker', 'clamd, OCR', 'queue grows', 'processing delayed, no loss']);
  d.addRow(['web-console', 'records-api', 'errors', 'maintenance page']);
}

export function fillPatchSchedule(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('2025 Q4 patching');
  ws.getCell('A1').value = 'Patching calendar — Q4 2025 (node image rotation + managed service maintenance windows)';
  headerRow(ws, ['Week of', 'Environment', 'Target', 'What', 'Window (ET)', 'Engineer', 'Change ticket', 'Status'], 3);
  const weeks = ['2025-10-06', '2025-10-13', '2025-10-20', '2025-11-03', '2025-11-10', '2025-12-01', '2025-12-08'];
  weeks.forEach((w, i) => {
    ws.addRow([w, i % 2 ? 'production' : 'staging', i % 3 === 0 ? 'EKS node groups' : i % 3 === 1 ? 'bastion, CI runners, log collector' : 'RDS / ElastiCache', i % 3 === 0 ? `Bottlerocket 1.2${i}.x image` : i % 3 === 1 ? 'dnf/apt security updates, reboot' : 'minor engine version', i % 2 ? 'Tue 22:00–01:00' : 'Wed 10:00–12:00', W.eng[i % 6], `CHG-${4524 + i * 5}`, i < 3 ? 'Done' : 'Planned']);
  });
  ws.addRow([]);
  ws.addRow(['Freeze: 2025-11-24 → 2025-11-28 (assessment window). Out-of-cycle patches for KEV entries follow the emergency change process.']);
}

export function fillOnboardingChecklist(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('New SRE checklist');
  ws.getCell('A1').value = 'SRE onboarding checklist — copy this sheet per new hire';
  ws.getCell('A2').value = 'New hire: ____________   Buddy: ____________   Start date: ________';
  headerRow(ws, ['#', 'Item', 'Week', 'Done (Y/N)', 'Verified by', 'Notes'], 4);
  const items = ['Sign Rules of Behavior and complete security awareness training', 'Background investigation cleared (HR confirms)', 'Laptop enrolled in MDM, disk encryption verified', 'YubiKey issued and registered in the IdP', 'Access broker: request sre-readonly permission set', 'Read the on-call handbook and architecture overview', 'Shadow one on-call week (secondary)', 'Run RB-014 smoke tests in staging with buddy', 'Complete IR training module and the game day recording', 'Request sre-oncall permission set (manager approval)', 'First primary on-call shift'];
  items.forEach((it, i) => ws.addRow([i + 1, it, i < 4 ? '1' : i < 7 ? '2' : '3–4', '', '', '']));
  widths(ws, [5, 70, 8, 10, 16, 24]);
}

export function fillAccessReview(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Q3 2025 review');
  ws.getCell('A1').value = 'Quarterly access review — AWS GovCloud permission sets — Q3 2025';
  ws.getCell('A2').value = 'Export from IAM Identity Center 2025-10-01; reviewers must mark Keep/Revoke by 2025-10-15.';
  headerRow(ws, ['User', 'Department', 'Permission set', 'Account', 'Last sign-in', 'Reviewer', 'Decision', 'Ticket'], 4);
  const users = [...W.eng, W.sreLead, W.isso, 'Kevin Ortiz (contractor)', 'Maya Chen'];
  const sets = ['SREAdministrator', 'SREReadOnly', 'SecOpsAnalyst', 'BillingViewer', 'BreakGlass'];
  users.forEach((u, i) => ws.addRow([u, i < 7 ? 'SRE' : i === 7 ? 'Security' : i === 8 ? 'Contractor' : 'Finance', sets[i % sets.length], i % 2 ? 'trc-prod (1101)' : 'trc-staging (1102)', `2025-09-${String(2 + i * 2).padStart(2, '0')}`, i < 7 ? W.sreLead : W.ciso, i === 8 ? 'Revoke' : 'Keep', i === 8 ? 'ACC-771' : '']));
}
