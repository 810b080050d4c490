import { fixture } from '../../../support/fixtures.js';
import { G } from '../kit/group.js';
import { CLASSIFICATION, LOGO_LINE } from '../kit/group.js';
import { Rng } from '../kit/rng.js';
import { newWorkbook, putRows, saveWorkbook, widths } from '../kit/xlsx.js';
import { fillTemplate, rowsFrom } from '../kit/xlsx-template.js';
import type { EvalDoc } from './types.js';

type Cell = string | number | Date | null;

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number): string => new Date(d(iso).getTime() + n * 86400000).toISOString().slice(0, 10);

interface PoamItem {
  id: string; ctl: string; name: string; desc: string; src: string; srcId: string; asset: string; risk: 'High' | 'Moderate' | 'Low'; detected: string; cve: string; svc: string;
}

function poamItems(rng: Rng, prefix: string, n: number): PoamItem[] {
  const catalogue: readonly (readonly [string, string, string, string, string, string])[] = [
    ['RA-5', 'OpenSSL 3.0 < 3.0.15 Multiple Vulnerabilities', 'The installed OpenSSL library is affected by multiple vulnerabilities including a use-after-free in SSL_free_buffers.', 'Tenable Nessus', '192965', 'CVE-2024-4741'],
    ['RA-5', 'Linux kernel privilege escalation (nf_tables)', 'A use-after-free in the netfilter nf_tables component allows local privilege escalation.', 'Tenable Nessus', '190854', 'CVE-2024-1086'],
    ['SC-8', 'TLS CBC cipher suites accepted', 'The legacy API endpoint accepts TLS 1.2 cipher suites using CBC mode.', 'Burp Suite Enterprise', 'TLS-CBC-004', ''],
    ['CM-6', 'STIG deviation: auditd chmod rule missing', 'Two hypervisors do not audit chmod system calls as required by the baseline.', 'SCAP Compliance Checker', 'V-230413', ''],
    ['AC-2(j)', 'Quarterly account review not evidenced', 'The Q3 2026 review of non-privileged accounts was not evidenced for the storage operations team.', '3PAO assessment (SAR)', 'SAR-ANN27-001', ''],
    ['RA-5', 'PostgreSQL 15.x < 15.8 SQL injection in pg_dump', 'The managed database engine image contains a PostgreSQL version affected by CVE-2024-7348.', 'Tenable Nessus (DB)', '205211', 'CVE-2024-7348'],
    ['SI-2', 'curl < 8.10.0 HTTP/2 push headers memory-leak', 'Container base image ships a vulnerable curl version.', 'Trivy', 'CVE-2024-8096', 'CVE-2024-8096'],
    ['AU-11', 'Archive retention gap', 'The archive retention job failed for 36 hours in October 2026; records were later back-filled.', '3PAO assessment (SAR)', 'SAR-ANN27-005', ''],
    ['RA-5', 'OpenSSH regreSSHion', 'OpenSSH server vulnerable to signal handler race condition leading to remote code execution.', 'Tenable Nessus', '201194', 'CVE-2024-6387'],
    ['SC-7', 'Management interface reachable from shared services VLAN', 'iDRAC interfaces of two storage nodes were reachable from the shared services VLAN.', 'Penetration test', 'PT-2026-07', ''],
  ];
  const risks: readonly ('High' | 'Moderate' | 'Low')[] = ['High', 'Moderate', 'Low'];
  return Array.from({ length: n }, (_, i) => {
    const c = catalogue[i % catalogue.length] ?? catalogue[0]!;
    const detected = addDays('2026-06-01', rng.int(0, 150));
    return {
      id: `${prefix}-${String(i + 1).padStart(3, '0')}`, ctl: c[0], name: c[1], desc: c[2], src: c[3], srcId: c[4], cve: c[5],
      asset: `${rng.pick(['hv', 'stor', 'pg', 'k8s-node', 'bastion'])}-${rng.int(1, 48).toString().padStart(2, '0')}.fed.nfcp.internal`,
      risk: c[5] === 'CVE-2024-6387' ? 'High' : rng.pick(risks), detected, svc: rng.pick(['Compute', 'Block Storage', 'Managed PostgreSQL', 'Kubernetes Service', 'Control Plane']),
    };
  });
}

const DUE: Record<string, number> = { High: 30, Moderate: 90, Low: 180 };

function poamRow(it: PoamItem): Cell[] {
  const due = addDays(it.detected, DUE[it.risk] ?? 180);
  return [it.id, it.ctl, it.name, it.desc, it.src, it.srcId, it.asset, G.isso, 'Internal engineering hours', `Apply vendor fix via image rebuild; verify in next monthly scan.`, d(it.detected), d(due), `Fix in staging by ${addDays(it.detected, 10)}; production rollout by ${due}`, '', d('2026-11-30'), 'No', null, '', it.risk, it.risk, 'No', 'No', 'No', '', it.srcId.startsWith('SAR') ? 'SAR 2027 Table 4-1' : 'Scan export', '', 'No', it.cve === 'CVE-2024-6387' ? 'Yes' : 'No', it.cve === 'CVE-2024-6387' ? d('2024-07-22') : null, it.cve, it.svc];
}

/** POA&M on FedRAMP's own template (v2.1), filled in (XML edited in place, every template part kept). */
async function poamFromTemplate(): Promise<Buffer> {
  const header = [G.sub, G.cso, 'High', d('2026-11-30')];
  return fillTemplate(
    fixture('office/FedRAMP-POAM-Template.xlsx'),
    [
      { sheet: 'xl/worksheets/sheet1.xml', rows: new Map([[3, header], ...rowsFrom(6, poamItems(new Rng(1801), 'V-2026', 18).map(poamRow))]) },
      { sheet: 'xl/worksheets/sheet2.xml', rows: new Map([[3, header], ...rowsFrom(6, poamItems(new Rng(1802), 'V-2025', 6).map(poamRow))]) },
    ],
    { creator: G.isso, lastModifiedBy: G.complianceLead },
  );
}

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

/** The group's own POA&M workbook: a document-control sheet first, header row moved to row 7, renamed columns. */
async function poamGroupStyle(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.complianceLead, title: 'NFCP POA&M November 2026', company: G.group });
  const dc = wb.addWorksheet('Document Control');
  putRows(dc, 1, [[LOGO_LINE], [CLASSIFICATION], [], ['Document ID', 'GCO-FED-POAM-2026-11'], ['Version', '2026.11'], ['Document Owner', G.isso], ['Approver', G.systemOwner], ['Reviewer', G.complianceLead], ['Date', '30/11/2026'], [], ['Version', 'Date', 'Author', 'Change'], ['2026.10', '31/10/2026', 'D. Whitfield', 'October ConMon submission'], ['2026.11', '30/11/2026', 'D. Whitfield', 'November ConMon submission; SAR items added']]);
  widths(dc, 22, 40, 20, 50);
  const ws = wb.addWorksheet('Open POA&M Items');
  putRows(ws, 1, [[`${G.groupShort} — ${CLASSIFICATION}`], ['FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [G.sub, G.cso, 'High', d('2026-11-30')], [], []]);
  const head = POAM_HEAD.map((h) => (h === 'Weakness Name' ? 'Weakness Name / Title' : h === 'Asset Identifier' ? 'Asset Identifier(s)' : h));
  putRows(ws, 7, [head, ...poamItems(new Rng(1803), 'NFCP-POAM', 25).map(poamRow)], 7);
  widths(ws, 14, 10, 40, 60, 22, 18, 30);
  const cl = wb.addWorksheet('Closed POA&M Items');
  putRows(cl, 7, [head, ...poamItems(new Rng(1804), 'NFCP-POAM-C', 5).map(poamRow)], 7);
  return saveWorkbook(wb);
}

function csvCell(v: Cell): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const toCsv = (rows: readonly (readonly Cell[])[], eol = '\r\n'): string => rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;

function poamCsv(): string {
  return toCsv([
    ['FedRAMP Plan of Action and Milestones (POA&M) — export of sheet "Open POA&M Items"'],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    [G.sub, G.cso, 'High', '2026-10-31'],
    [],
    POAM_HEAD,
    ...poamItems(new Rng(1805), 'V-2026', 14).map(poamRow),
  ]);
}

// ---------------------------------------------------------------- Inventory
function invRows(rng: Rng, n: number, rev5: boolean): Cell[][] {
  const kinds = [
    ['hv', 'Hypervisor host', 'Dell PowerEdge R760', 'Red Hat Enterprise Linux 9.4', 'STIG-RHEL9-v2r1', 'No'],
    ['stor', 'Storage node', 'Supermicro SSG-640SP', 'Red Hat Enterprise Linux 9.4', 'STIG-RHEL9-v2r1', 'No'],
    ['pg', 'Managed database VM', 'n/a', 'Ubuntu 22.04 LTS', 'CIS-Ubuntu2204-L2', 'Yes'],
    ['k8s-node', 'Kubernetes worker', 'n/a', 'Bottlerocket 1.26', 'CIS-K8s-1.9', 'Yes'],
    ['edge-fw', 'Edge firewall', 'Palo Alto PA-5450', 'PAN-OS 11.1.4', 'STIG-PANOS-v3r1', 'No'],
  ] as const;
  return Array.from({ length: n }, (_, i) => {
    const k = kinds[i % kinds.length] ?? kinds[0];
    const virtual = k[5];
    const host = `${k[0]}-${String(rng.int(1, 60)).padStart(2, '0')}`;
    const ip = `10.${rng.int(40, 43)}.${rng.int(0, 15)}.${rng.int(2, 250)}`;
    const row: Cell[] = [
      `NFCP-${k[0].toUpperCase()}-${String(i + 1).padStart(4, '0')}`, ip, virtual, k[0] === 'edge-fw' ? 'Yes' : 'No', `${host}.fed.nfcp.internal`, '', virtual === 'Yes' ? '' : `00:1b:21:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`, 'Yes', k[4], k[3], rng.pick(['US-East-Federal-1 (Ashburn, VA)', 'US-Central-Federal-2 (Des Moines, IA)']), k[1], k[2], 'Yes', k[0] === 'pg' ? 'PostgreSQL Global Development Group' : '', k[0] === 'pg' ? 'PostgreSQL 16.4' : '', '', k[1], '', virtual === 'Yes' ? '' : `SN${rng.hex(8).toUpperCase()}`, `VLAN ${rng.int(100, 140)}`, 'Platform Engineering', k[0] === 'pg' ? 'Database Services' : 'Platform Engineering',
    ];
    if (rev5) row.push(`D-${k[0].toUpperCase()}`);
    return row;
  });
}

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

async function inventoryFromTemplate(): Promise<Buffer> {
  return fillTemplate(
    fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'),
    [{ sheet: 'xl/worksheets/sheet2.xml', rows: rowsFrom(6, invRows(new Rng(1806), 60, false)) }],
    { lastModifiedBy: G.sre },
  );
}

async function inventoryGroupStyle(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'cmdb-export', lastModifiedBy: G.isso, title: 'Appendix M', company: G.sub });
  const cover = wb.addWorksheet('Cover');
  putRows(cover, 1, [[LOGO_LINE], [CLASSIFICATION], [], ['FedRAMP Integrated Inventory Workbook — SSP Appendix M'], [G.cso], ['Inventory date', '05.11.2026'], ['Document Owner', G.isso], ['Approver', G.systemOwner], ['Reviewer', G.sre]]);
  const ws = wb.addWorksheet('Inventory');
  putRows(ws, 1, [[`${G.csoShort} — monthly inventory — generated from CMDB 2026-11-05 04:00 UTC`], [...INV_HEAD, 'Diagram Label'], ...invRows(new Rng(1807), 85, true)], 2);
  widths(ws, 26, 16, 8, 8, 34);
  wb.addWorksheet('Record of Changes');
  return saveWorkbook(wb);
}

function inventoryCsv(): string {
  return toCsv([INV_HEAD.map((h) => h.replace('\n', ' ')), ...invRows(new Rng(1808), 40, false)], '\n');
}

// ---------------------------------------------------------------- CIS / CRM workbook
const CIS_CTLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-2(4)', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AC-6(1)', 'AC-7', 'AC-8', 'AC-11', 'AC-12', 'AC-17', 'AU-2', 'AU-3', 'AU-6', 'AU-9', 'AU-11', 'CA-7', 'CM-2', 'CM-6', 'CM-8', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-4', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

async function cisCrm(variant: 1 | 2): Promise<Buffer> {
  const rng = new Rng(1810 + variant);
  const wb = newWorkbook({ creator: G.complianceLead, title: variant === 1 ? 'CIS CRM Workbook' : '', company: G.group });
  if (variant === 2) {
    const dc = wb.addWorksheet('Document Control');
    putRows(dc, 1, [[LOGO_LINE], [CLASSIFICATION], ['Document ID', 'NFCP-A09'], ['Version', '3.0'], ['Document Owner', G.complianceLead], ['Approver', G.systemOwner], ['Reviewer', G.isso], ['Date', '2026-11-15']]);
  }
  const cis = wb.addWorksheet(variant === 1 ? 'CIS Worksheet' : 'Control Implementation Summary');
  const statuses = ['Implemented', 'Implemented', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable'];
  const origins = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
  putRows(cis, 1, [
    [`${G.cso} — FedRAMP High — Control Implementation Summary (CIS) Worksheet`],
    [],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', ...origins],
    ...CIS_CTLS.map((c) => {
      const st = rng.pick(statuses);
      const or = rng.pick(origins);
      return [c, ...['Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable'].map((s) => (s === st ? 'X' : '')), ...origins.map((o) => (o === or ? 'X' : ''))];
    }),
  ], 3);
  const crm = wb.addWorksheet(variant === 1 ? 'CRM Worksheet' : 'Customer Responsibility Matrix');
  putRows(crm, 1, [
    [`${G.cso} — Customer Responsibility Matrix (CRM)`],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...CIS_CTLS.map((c) => {
      const shared = rng.next() < 0.45;
      return [c, shared ? 'Partial' : 'Yes', shared ? `Customer agencies are responsible for ${c.startsWith('AC') || c.startsWith('IA') ? 'managing tenant user accounts, roles and authenticators within their tenant' : c.startsWith('AU') ? 'reviewing tenant activity logs exported to their SIEM' : 'configuring tenant resources in accordance with agency policy'}; the CSP implements the control for the underlying platform.` : 'The control is fully implemented by the CSP and inherited by customer agencies.'];
    }),
  ], 2);
  widths(crm, 12, 22, 100);
  return saveWorkbook(wb);
}

// ---------------------------------------------------------------- SoD, Laws and Regulations, checklist, deviation request
async function sodXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.isso, title: 'Separation of Duties Matrix' });
  const ws = wb.addWorksheet('SoD Matrix');
  const funcs = ['Approve access requests', 'Provision accounts', 'Configure audit logging', 'Review audit logs', 'Approve production change', 'Deploy to production', 'Manage HSM keys', 'Manage firewall rules', 'Perform backups', 'Restore from backup', 'Approve POA&M closure', 'Run vulnerability scans'];
  const roles = ['System Owner', 'ISSO', 'Platform Administrator', 'Network Administrator', 'Security Analyst', 'Release Engineer', 'DBA', 'Auditor (read-only)'];
  const rng = new Rng(1820);
  putRows(ws, 1, [
    [`${G.csoShort} Separation of Duties Matrix (SSP Attachment 11) — AC-5`],
    [`Version 1.2 — 30.06.2026 — ${CLASSIFICATION}`],
    ['Function / Duty', ...roles],
    ...funcs.map((f) => [f, ...roles.map(() => (rng.next() < 0.28 ? 'X' : ''))]),
    [],
    ['Legend: X = role performs the function. Conflicting functions must not be assigned to the same individual; see the conflict rules sheet.'],
  ], 3);
  const cf = wb.addWorksheet('Conflict Rules');
  putRows(cf, 1, [['Duty A', 'Duty B', 'Enforcement'], ['Approve production change', 'Deploy to production', 'Pipeline blocks self-approval'], ['Approve access requests', 'Provision accounts', 'Identity governance tool workflow'], ['Configure audit logging', 'Platform Administrator duties', 'Separate teams']], 1);
  return saveWorkbook(wb);
}

async function lawsXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: G.complianceLead });
  const ws = wb.addWorksheet('Laws and Regulations');
  putRows(ws, 1, [
    ['SSP ATTACHMENT 12 - FedRAMP Laws and Regulations'],
    [`${G.cso}`],
    ['Applicable Laws and Regulations'],
    ['Reference', 'Title', 'Date', 'Link'],
    ['CFAA', 'Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]', 'October 1986', 'https://www.govinfo.gov'],
    ['FISMA', 'Federal Information Security Modernization Act of 2014 [44 USC 3551]', 'December 2014', 'https://www.congress.gov'],
    ['PRIVACT', 'Privacy Act of 1974 [5 USC 552a]', '1974', 'https://www.justice.gov'],
    ['EGOV', 'E-Government Act of 2002 [PL 107-347]', 'December 2002', 'https://www.congress.gov'],
    ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov'],
    ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', 'https://www.dhs.gov'],
    ['FRAA', 'FedRAMP Authorization Act [PL 117-263]', 'December 2022', 'https://www.congress.gov'],
    [],
    ['Applicable Standards and Guidance'],
    ['Reference', 'Title', 'Date', 'Link'],
    ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov'],
    ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', 'https://csrc.nist.gov'],
    ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006', 'https://csrc.nist.gov'],
    ['SP 800-18', 'Guide for Developing Security Plans for Federal Information Systems', 'February 2006', 'https://csrc.nist.gov'],
    ['SP 800-34', 'Contingency Planning Guide for Federal Information Systems', 'May 2010', 'https://csrc.nist.gov'],
    ['SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', 'https://csrc.nist.gov'],
    ['SP 800-53A Rev 5', 'Assessing Security and Privacy Controls', 'January 2022', 'https://csrc.nist.gov'],
    ['SP 800-60', 'Guide for Mapping Types of Information and Information Systems to Security Categories', 'August 2008', 'https://csrc.nist.gov'],
    ['SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://csrc.nist.gov'],
    ['SP 800-137', 'Information Security Continuous Monitoring', 'September 2011', 'https://csrc.nist.gov'],
  ], 4);
  widths(ws, 18, 80, 16, 30);
  return saveWorkbook(wb);
}

async function checklistXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.complianceLead, title: 'Initial Authorization Package Checklist' });
  const ws = wb.addWorksheet('Checklist');
  const items = ['Transmittal / Cover Letter', 'System Security Plan (SSP)', 'SSP Att. 1 – Policies and Procedures', 'SSP Att. 2 – User Guide', 'SSP Att. 3 – Digital Identity Worksheet', 'SSP Att. 4 – PTA / PIA', 'SSP Att. 5 – Rules of Behavior', 'SSP Att. 6 – ISCP', 'SSP Att. 7 – Configuration Management Plan', 'SSP Att. 8 – Incident Response Plan', 'SSP Att. 9 – CIS/CRM Workbook', 'SSP Att. 10 – FIPS 199', 'SSP Att. 11 – Separation of Duties Matrix', 'SSP Att. 12 – Laws and Regulations', 'SSP Att. 13 – Integrated Inventory Workbook', 'SSP Att. 14 – Supply Chain Risk Management Plan', 'Security Assessment Plan (SAP)', 'Security Assessment Report (SAR) and appendices', 'Plan of Action and Milestones (POA&M)', 'Agency ATO Letter', 'Continuous Monitoring Plan'];
  putRows(ws, 1, [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['CSP:', G.sub, '', 'CSO:', G.cso],
    ['Impact Level:', 'High', '', 'Agency:', G.agency],
    [],
    ['#', 'Package Item', 'Included? (Yes/No/N/A)', 'Document Version', 'Document Date', 'Location in Package', 'Agency Reviewer Comments'],
    ...items.map((it, i) => [i + 1, it, i === 19 ? 'No' : 'Yes', i === 19 ? '' : `v${1 + (i % 3)}.${i % 4}`, i === 19 ? '' : '2026-03-20', i === 19 ? '' : `/package/${String(i + 1).padStart(2, '0')}`, '']),
  ], 5);
  widths(ws, 5, 48, 20, 16, 14, 22, 40);
  return saveWorkbook(wb);
}

async function deviationXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.isso, title: '' });
  const ws = wb.addWorksheet('Deviation Request');
  putRows(ws, 1, [
    ['FedRAMP Vulnerability Deviation Request Form'],
    ['Operational Requirement (OR) / False Positive (FP) / Risk Adjustment (RA)'],
    [],
    ['CSP Name', G.sub],
    ['System Name', G.cso],
    ['Impact Level', 'High'],
    ['Date of Request', '2026-11-21'],
    [],
    ['DR ID', 'POA&M ID', 'Deviation Type', 'Scanner', 'Plugin / Vulnerability ID', 'CVE', 'Vulnerability Name', 'Affected Assets', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Evidence Provided', 'Agency Decision'],
    ['DR-2026-035', 'V-2026-091', 'FP', 'Tenable Nessus', '168828', 'CVE-2022-4304', 'OpenSSL timing oracle in RSA decryption', 'pg-07, pg-08', 'Moderate', 'n/a (false positive)', 'The package is the FIPS provider build with the backported fix; Nessus reads only the upstream version string.', 'rpm -q --changelog output; vendor advisory', ''],
    ['DR-2026-036', 'V-2026-095', 'OR', 'Tenable Nessus', '57608', '', 'SMB Signing not required', 'stor-14', 'Moderate', 'Moderate', 'Legacy backup appliance requires SMB without signing; isolated VLAN, replacement planned Q2 2027.', 'Network diagram extract; firewall rules', ''],
    ['DR-2026-037', 'V-2026-097', 'RA', 'Burp Suite Enterprise', 'TLS-CBC-004', '', 'TLS CBC cipher suites accepted', 'api-legacy.fed.nordhaus-cloud.example', 'Moderate', 'Low', 'Endpoint restricted to two agency IP ranges; Lucky13-type attacks impractical with mitigations.', 'WAF configuration export', ''],
  ], 9);
  widths(ws, 12, 12, 12, 18, 16, 16, 36, 24, 14, 16, 70, 40, 18);
  return saveWorkbook(wb);
}

export async function sheetDocs(): Promise<EvalDoc[]> {
  return [
    { file: 'FedRAMP-POAM-Template.xlsx', expected: 'POAM', data: await poamFromTemplate(), note: "FedRAMP POA&M template v2.1 filled with the November ConMon items (Open/Closed sheets, header row 5 from 'POAM ID')." },
    { file: 'upload (11).xlsx', expected: 'POAM', data: await poamGroupStyle(), note: 'Group-style POA&M workbook: Document Control sheet first, header row moved to row 7, two columns renamed.' },
    { file: 'poam_export_oct.csv', expected: 'POAM', data: poamCsv(), note: 'CSV export of the Open POA&M Items sheet (CSP/System header lines, then the POAM ID header and rows).' },
    { file: 'SSP-A13-Inventory-2026-11.xlsx', expected: 'INVENTORY', data: await inventoryFromTemplate(), note: 'FedRAMP Integrated Inventory Workbook template (Attachment 13 v2.2) filled with 60 assets.' },
    { file: 'Book1.xlsx', expected: 'INVENTORY', data: await inventoryGroupStyle(), note: 'Group CMDB export in Rev5 Appendix M layout (23 columns + Diagram Label) behind a cover sheet; header on row 2.' },
    { file: 'assets.csv', expected: 'INVENTORY', data: inventoryCsv(), note: 'Integrated inventory exported as CSV with the workbook header row (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address, ...).' },
    { file: 'NFCP-A09-CIS-CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', data: await cisCrm(1), note: 'CIS/CRM workbook (SSP Attachment 9): CIS Worksheet with status/origination and CRM Worksheet with customer responsibilities.' },
    { file: 'workbook_v3.xlsx', expected: 'CIS_CRM_WORKBOOK', data: await cisCrm(2), note: 'CIS/CRM workbook with a group Document Control sheet first and long sheet names.' },
    { file: 'SOD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', data: await sodXlsx(), note: 'Separation of Duties Matrix workbook (AC-5) with functions against roles and conflict rules.' },
    { file: 'NFCP-A12.xlsx', expected: 'LAWS_AND_REGULATIONS', data: await lawsXlsx(), note: 'SSP Attachment 12 FedRAMP Laws and Regulations workbook (laws, standards and guidance).' },
    { file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', data: await checklistXlsx(), note: 'FedRAMP Initial Authorization Package Checklist as a workbook (package items, included, version, location).' },
    { file: 'DR_batch_2026-11.xlsx', expected: 'DEVIATION_REQUEST', data: await deviationXlsx(), note: 'FedRAMP Vulnerability Deviation Request form (FP/OR/RA rows) for three POA&M items.' },
  ];
}
