import type { EvalDoc } from '../kit/model.js';
import { addRows, bookBuffer, newBook, toCsv } from '../kit/xlsx.js';
import type { BookMeta } from '../kit/xlsx.js';
import { seeded } from '../kit/rng.js';
import { CSO, CSO_ABBR, CSP } from './persona.js';

const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-5', 'AC-6', 'AC-17', 'AU-2', 'AU-6', 'AU-11', 'CM-2', 'CM-6', 'CM-7', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4', 'SR-2'];

export async function cisCrm(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP', lastModifiedBy: 'Dana Whitcomb', title: 'CIS CRM Workbook' };
  const wb = newBook(meta);
  const cis = wb.addWorksheet('CIS Worksheet');
  const r = seeded(19001);
  addRows(
    cis,
    [
      [`${CSO} Control Implementation Summary (CIS) Worksheet`],
      [`CSP: ${CSP}`, '', '', 'Impact Level: Moderate'],
      [],
      ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
      ...CONTROLS.map((c) => {
        const partial = c === 'CM-6' || r.chance(0.08);
        const orig = r.pick(['corp', 'sys', 'hybrid', 'shared', 'inh']);
        return [c, partial ? '' : 'X', partial ? 'X' : '', '', '', '', orig === 'corp' ? 'X' : '', orig === 'sys' ? 'X' : '', orig === 'hybrid' ? 'X' : '', '', '', orig === 'shared' ? 'X' : '', orig === 'inh' ? 'X' : ''];
      }),
    ],
    4,
  );
  const crm = wb.addWorksheet('CRM Worksheet');
  addRows(
    crm,
    [
      [`${CSO} Customer Responsibility Matrix (CRM)`],
      [],
      ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
      ['AC-2', 'Partial', 'Agency administrators manage tenant user accounts, approve access and review accounts every 90 days.'],
      ['AC-2(1)', 'Partial', 'Agencies that federate identity must deprovision users in their IdP; CVG disables idle accounts after 90 days.'],
      ['AC-17', 'Yes', 'Fully inherited; customers have no remote administrative access.'],
      ['AU-6', 'Partial', 'Agencies review tenant audit logs exported to their SIEM.'],
      ['IA-2', 'Partial', 'Agencies enforce PIV/MFA in their identity provider.'],
      ['SC-28', 'Yes', 'Fully inherited from CSP encryption at rest with customer managed keys optional.'],
    ],
    3,
  );
  return { file: 'CIS-CRM_Moderate.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'The CIS/CRM Workbook (SSP Attachment 9) with its CIS Worksheet of implementation status and origination and its CRM Worksheet.', data: await bookBuffer(wb, meta) };
}

export async function cisCrmRenamed(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'dwhitcomb', title: 'Book1' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Instructions');
  addRows(ws, [
    ['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook — SSP Attachment 9'],
    ['Complete the CIS tab with one row per control of the FedRAMP Moderate baseline; complete the CRM tab for every control with a customer responsibility.'],
    [`System: ${CSO} (${CSO_ABBR})`],
  ]);
  const a = wb.addWorksheet('Moderate CIS');
  addRows(a, [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'N/A', 'Control Origination'], ...CONTROLS.map((c, i) => [c, i % 7 === 3 ? '' : 'X', i % 7 === 3 ? 'X' : '', '', '', '', i % 3 === 0 ? 'Shared (Service Provider and Customer Responsibility)' : 'Service Provider System Specific'])], 1);
  const b = wb.addWorksheet('Moderate CRM');
  addRows(b, [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...CONTROLS.filter((_, i) => i % 3 === 0).map((c) => [c, 'Partial', `Customer agency is responsible for the agency-side portion of ${c} as described in the User Guide.`])], 1);
  return { file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'A second CIS/CRM Workbook with renamed tabs ("Moderate CIS", "Moderate CRM") and stale "Book1" metadata.', data: await bookBuffer(wb, meta) };
}

export async function sodXlsx(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'Terrence Albright', title: 'Separation of Duties Matrix' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('SoD Matrix');
  const roles = ['System Owner', 'ISSO', 'Cloud Ops Engineer', 'Developer', 'Release Manager', 'Security Analyst', 'DBA'];
  const fns = ['Approve access requests', 'Provision accounts', 'Develop code', 'Approve code review', 'Deploy to production', 'Modify firewall rules', 'Review audit logs', 'Administer database', 'Manage encryption keys', 'Approve changes (CCB)'];
  const r = seeded(19002);
  addRows(ws, [[`${CSO} — Separation of Duties Matrix (SSP Attachment 11)`], ['R = responsible, A = approves, X = prohibited'], [], ['Function / Duty', ...roles], ...fns.map((f) => [f, ...roles.map(() => r.pick(['R', '', '', 'A', 'X']))])], 4);
  const notes = wb.addWorksheet('Conflicting Roles');
  addRows(notes, [['Role A', 'Role B', 'Reason for separation (AC-5)'], ['Developer', 'Release Manager', 'Prevents unreviewed code reaching production'], ['DBA', 'Security Analyst', 'Prevents tampering with database audit trails']], 1);
  return { file: 'SoD Matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'The Separation of Duties Matrix workbook (SSP Attachment 11): duties by role and conflicting role pairs.', data: await bookBuffer(wb, meta) };
}

export async function lawsXlsx(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP PMO', lastModifiedBy: 'Dana Whitcomb' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Laws and Regulations');
  addRows(
    ws,
    [
      ['FedRAMP Laws and Regulations', '', '', ''],
      [`Cloud Service Offering: ${CSO}`],
      ['Identification Number', 'Title', 'Date', 'Link'],
      ['FISMA', 'Federal Information Security Modernization Act of 2014', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
      ['FedRAMP Authorization Act', 'FedRAMP Authorization Act, 44 U.S.C. 3607-3616', 'December 2022', 'https://www.congress.gov'],
      ['Privacy Act', 'Privacy Act of 1974, 5 U.S.C. 552a', 'December 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
      ['OMB M-19-17', 'Enabling Mission Delivery through Improved Identity, Credential, and Access Management', 'May 2019', 'https://www.whitehouse.gov/omb'],
      ['OMB M-21-31', 'Improving the Federal Government’s Investigative and Remediation Capabilities Related to Cybersecurity Incidents', 'August 2021', 'https://www.whitehouse.gov/omb'],
      ['OMB M-22-18', 'Enhancing the Security of the Software Supply Chain through Secure Software Development Practices', 'September 2022', 'https://www.whitehouse.gov/omb'],
    ],
    3,
  );
  const st = wb.addWorksheet('Standards and Guidance');
  addRows(st, [['Identification Number', 'Title', 'Date', 'Link'], ['FIPS PUB 199', 'Standards for Security Categorization', 'February 2004', 'https://csrc.nist.gov'], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', 'September 2020', 'https://csrc.nist.gov'], ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', 'August 2012', 'https://csrc.nist.gov']], 1);
  return { file: 'Attachment 12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'The FedRAMP Laws and Regulations workbook (SSP Attachment 12) with laws and standards tabs.', data: await bookBuffer(wb, meta) };
}

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

interface Weakness { id: string; ctl: string; name: string; src: string; ident: string; asset: string; risk: 'High' | 'Moderate' | 'Low'; detected: string; due: string; cve: string }
const WEAKNESSES: Weakness[] = [
  { id: 'V-0101', ctl: 'RA-5', name: 'OpenSSH regreSSHion (CVE-2024-6387)', src: 'Nessus monthly OS scan', ident: '201194', asset: 'cvg-bastion-01 10.40.1.15', risk: 'High', detected: '2026-02-03', due: '2026-03-05', cve: 'CVE-2024-6387' },
  { id: 'V-0117', ctl: 'CM-6', name: 'Container runtime CIS 5.2.6 deviation', src: 'CIS-CAT configuration scan', ident: 'CIS-EKS-5.2.6', asset: 'eks-prod-ng-a', risk: 'Moderate', detected: '2025-12-11', due: '2026-03-11', cve: '' },
  { id: 'V-0118', ctl: 'CM-6', name: 'Kubelet read-only port not disabled on legacy node group', src: 'CIS-CAT configuration scan', ident: 'CIS-EKS-3.2.4', asset: 'eks-prod-ng-legacy', risk: 'Moderate', detected: '2025-12-11', due: '2026-03-11', cve: '' },
  { id: 'A-0004', ctl: 'AC-2(3)', name: 'Inactive accounts not disabled within 90 days', src: '3PAO SAR 2026 (Bramblewood)', ident: 'SAR-AC-2-01', asset: 'Identity governance', risk: 'Moderate', detected: '2026-02-27', due: '2026-05-28', cve: '' },
  { id: 'V-0122', ctl: 'SI-2', name: 'PostgreSQL 15.5 multiple vulnerabilities', src: 'Nessus database scan', ident: '192345', asset: 'cvg-rds-prod', risk: 'High', detected: '2026-02-28', due: '2026-03-30', cve: 'CVE-2024-0985' },
  { id: 'W-0009', ctl: 'SC-8', name: 'TLS 1.0 enabled on legacy status endpoint', src: 'OWASP ZAP web scan', ident: '10202', asset: 'status.civicvault-gov.example', risk: 'Low', detected: '2025-11-20', due: '2026-05-19', cve: '' },
];

export async function poamTemplate(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP PMO', lastModifiedBy: 'Terrence Albright', title: 'FedRAMP POA&M Template' };
  const wb = newBook(meta);
  const open = wb.addWorksheet('Open POA&M Items');
  addRows(
    open,
    [
      ['', '', 'Cloud Service Provider', 'Cloud Service Offering', 'Impact Level', 'POAM Date'],
      ['', '', CSP, CSO, 'Moderate', '03/10/2026'],
      [],
      [],
      POAM_HEADERS,
      ...WEAKNESSES.map((w) => [w.id, w.ctl, w.name, `${w.name} identified on ${w.asset}.`, w.src, w.ident, w.asset, 'Terrence Albright', 'Existing staff', 'Apply vendor fix through the standard change process and verify with rescan.', w.detected, w.due, `1. Patch in staging; 2. Deploy to production by ${w.due}`, '', '2026-03-10', 'No', '', '', w.risk, w.risk, 'No', 'No', w.id === 'V-0117' ? 'Pending' : 'No', '', 'SAR 2026; scan exports', '', 'No', w.cve ? 'Yes' : 'No', '', w.cve, CSO]),
    ],
    5,
  );
  const closed = wb.addWorksheet('Closed POA&M Items');
  addRows(closed, [[], [], [], [], POAM_HEADERS, ['V-0088', 'SI-2', 'Apache Tomcat 9.0.83 request smuggling', 'Outdated Tomcat on reporting service', 'Nessus monthly OS scan', '186363', 'cvg-report-01', 'Marco Delgado', 'Existing staff', 'Upgraded to 9.0.98', '2025-10-02', '2025-11-01', 'Completed', '', '2025-10-21', 'No', '', '', 'High', 'High', 'No', 'No', 'No', '', '', 'Closed after rescan 2025-10-21', 'No', 'No', '', 'CVE-2023-46589', CSO]], 5);
  const cfg = wb.addWorksheet('Configuration Findings');
  addRows(cfg, [[], [], [], [], POAM_HEADERS], 5);
  const roc = wb.addWorksheet('Record of Changes');
  addRows(roc, [['Date', 'Description', 'Version', 'Author'], ['03/29/2024', 'Template v2.1', '2.1', 'FedRAMP PMO'], ['03/10/2026', 'March 2026 monthly update', '14', 'T. Albright']], 1);
  return { file: 'CVG-POAM-2026-03.xlsx', expected: 'POAM', note: 'The monthly FedRAMP POA&M workbook in the v2.1 template: Open/Closed POA&M Items sheets with the POAM ID header row.', data: await bookBuffer(wb, meta) };
}

export async function poamDrifted(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'GRC Export Service', title: 'poam_export' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('POA&M');
  const headers = ['POA&M Item ID', 'Security Control(s)', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source Identifier', 'Asset Identifier(s)', 'POC', 'Remediation Plan', 'Detection Date', 'Scheduled Completion', 'Milestones', 'Status', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'False Positive', 'Operational Requirement', 'CVE'];
  addRows(
    ws,
    [
      [`${CSP} — Plan of Action and Milestones (POA&M)`],
      [`System: ${CSO} (${CSO_ABBR})    FedRAMP Package: F2403157821    Impact: Moderate`],
      ['Generated 2026-03-09 21:14 UTC by GRC Export Service'],
      [],
      ['Open items: 6', '', 'Overdue: 1'],
      [],
      [],
      headers,
      ...WEAKNESSES.map((w) => [w.id.replace('-', ''), w.ctl, w.name, `${w.name}.`, w.src, w.ident, w.asset, 'T. Albright', 'Remediate per vendor guidance', w.detected, w.due, 'Staging validation; production change; rescan', w.id === 'V-0101' ? 'Overdue' : 'Ongoing', w.risk, w.risk, 'No', 'No', 'No', w.cve]),
    ],
    8,
  );
  return { file: 'poam_export (2).xlsx', expected: 'POAM', note: 'A POA&M exported from a GRC tool: the header row moved to row 8, columns renamed ("POA&M Item ID"), single sheet; still the FedRAMP POA&M.', data: await bookBuffer(wb, meta) };
}

export function poamCsv(): EvalDoc {
  const rows: (string | number)[][] = [
    ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'False Positive', 'Operational Requirement', 'CVE'],
    ...WEAKNESSES.map((w) => [w.id, w.ctl, w.name, `${w.name} on ${w.asset}`, w.src, w.ident, w.asset, 'Terrence Albright', 'Apply fix; rescan; close', w.detected, w.due, `Fix by ${w.due}`, '2026-03-10', w.risk, w.risk, 'No', 'No', w.cve]),
  ];
  return { file: 'POAM_items_March.csv', expected: 'POAM', note: 'The open POA&M items exported as CSV with the FedRAMP POA&M columns starting at "POAM ID".', data: toCsv(rows) };
}

interface Asset { id: string; ip: string; virt: string; pub: string; dns: string; mac: string; os: string; loc: string; type: string; hw: string; sw: string; func: string; label: string }
function assets(): Asset[] {
  const r = seeded(19003);
  const out: Asset[] = [];
  const kinds = [
    ['eks-prod-ng-a', 'Amazon Linux 2023', 'Kubernetes worker', 'EKS Node Group A', 'containerd 1.7 / kubelet 1.30', 'Application compute'],
    ['cvg-rds-prod', 'PostgreSQL 15.8', 'Database', 'Amazon RDS db.r6g.2xlarge', 'PostgreSQL 15.8', 'Primary application database'],
    ['cvg-alb-prod', 'AWS managed', 'Load balancer', 'Application Load Balancer', 'AWS ALB', 'TLS termination'],
    ['cvg-bastion-01', 'Amazon Linux 2023', 'Management', 'EC2 t3.medium', 'SSM Agent 3.3', 'Administrative access (SSM only)'],
    ['cvg-siem-01', 'Ubuntu 22.04', 'Security tooling', 'EC2 m6i.xlarge', 'Wazuh 4.7', 'SIEM collector'],
  ] as const;
  kinds.forEach(([host, os, type, hw, sw, func], k) => {
    const n = k === 0 ? 4 : 1;
    for (let i = 0; i < n; i++) {
      const name = n > 1 ? `${host}-${String(i + 1).padStart(2, '0')}` : host;
      out.push({
        id: `CVG-${String(100 + out.length)}`,
        ip: `10.40.${k + 1}.${r.int(10, 250)}`,
        virt: 'Yes',
        pub: type === 'Load balancer' ? 'Yes' : 'No',
        dns: `${name}.prod.cvg.internal`,
        mac: '',
        os,
        loc: 'AWS GovCloud us-gov-west-1',
        type,
        hw,
        sw,
        func,
        label: `D-${k + 1}`,
      });
    }
  });
  return out;
}

const IIW_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

export async function inventoryXlsx(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP', lastModifiedBy: 'Marco Delgado', title: 'Integrated Inventory Workbook' };
  const wb = newBook(meta);
  const ins = wb.addWorksheet('INSTRUCTIONS ');
  addRows(ins, [['SSP ATTACHMENT 13 – FedRAMP Integrated Inventory Workbook'], ['Provide one row per inventory item. Update monthly with the continuous monitoring deliverables.']]);
  const ws = wb.addWorksheet('Inventory');
  addRows(ws, [[`${CSO} Inventory — March 2026`], IIW_HEADERS, ...assets().map((a) => [a.id, a.ip, a.virt, a.pub, a.dns, '', a.mac, 'Yes', 'CVG-CIS-L1', a.os, a.loc, a.type, a.hw, 'Yes', 'Various', a.sw, 'Current', a.func, '', '', 'vpc-0cvgprod', 'Marco Delgado', 'Hannah Cho'])], 2);
  const roc = wb.addWorksheet('Record of Changes');
  addRows(roc, [['Date', 'Version', 'Description', 'Author'], ['03/09/2026', '2026.03', 'Monthly refresh', 'M. Delgado']], 1);
  return { file: 'IIW_March2026.xlsx', expected: 'INVENTORY', note: 'The monthly Integrated Inventory Workbook (SSP Attachment 13, v2.2 columns from UNIQUE ASSET IDENTIFIER to Application Administrator/ Owner).', data: await bookBuffer(wb, meta) };
}

export async function inventoryRev5(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'Marco Delgado' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Appendix M Inventory');
  addRows(
    ws,
    [
      ['FedRAMP System Security Plan (SSP) Appendix M: Integrated Inventory Workbook'],
      [`CSP: ${CSP}`, '', `CSO: ${CSO}`],
      ['Date: 02/27/2026'],
      [],
      [...IIW_HEADERS, 'Diagram Label'],
      ...assets().map((a) => [a.id, a.ip, a.virt, a.pub, a.dns, '', '', 'Yes', 'CVG-CIS-L1', a.os, a.loc, a.type, a.hw, 'Yes', 'Various', a.sw, 'Current', a.func, '', '', 'vpc-0cvgprod', 'Marco Delgado', 'Hannah Cho', a.label]),
    ],
    5,
  );
  return { file: 'Appendix M - Inventory.xlsx', expected: 'INVENTORY', note: 'A Rev5 SSP Appendix M Integrated Inventory Workbook with the Diagram Label column and the header row on row 5.', data: await bookBuffer(wb, meta) };
}

export function inventoryCsv(): EvalDoc {
  const rows = [IIW_HEADERS, ...assets().map((a) => [a.id, a.ip, a.virt, a.pub, a.dns, '', '', 'Yes', 'CVG-CIS-L1', a.os, a.loc, a.type, a.hw, 'Yes', 'Various', a.sw, 'Current', a.func, '', '', 'vpc-0cvgprod', 'Marco Delgado', 'Hannah Cho'])];
  return { file: 'assets.csv', expected: 'INVENTORY', note: 'The integrated inventory exported as CSV with the FedRAMP inventory workbook columns.', data: toCsv(rows) };
}

export async function checklistXlsx(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP PMO', lastModifiedBy: 'Dana Whitcomb', title: 'FedRAMP Initial Authorization Package Checklist' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Checklist');
  const items = [
    ['1', 'FedRAMP Initial Authorization Package Checklist (this document)', 'Yes', ''],
    ['2', 'System Security Plan (SSP) with all attachments', 'Yes', 'CVG SSP v3.2'],
    ['3', 'SSP Attachment 1: Information Security Policies and Procedures', 'Yes', ''],
    ['4', 'SSP Attachment 2: User Guide', 'Yes', ''],
    ['5', 'SSP Attachment 3: Digital Identity Worksheet', 'Yes', ''],
    ['6', 'SSP Attachment 4: PTA/PIA', 'Yes', ''],
    ['7', 'SSP Attachment 5: Rules of Behavior', 'Yes', ''],
    ['8', 'SSP Attachment 6: Information System Contingency Plan (ISCP) and test results', 'Yes', ''],
    ['9', 'SSP Attachment 7: Configuration Management Plan', 'Yes', ''],
    ['10', 'SSP Attachment 8: Incident Response Plan', 'Yes', ''],
    ['11', 'SSP Attachment 9: CIS/CRM Workbook', 'Yes', ''],
    ['12', 'SSP Attachment 10: FIPS 199', 'Yes', ''],
    ['13', 'SSP Attachment 11: Separation of Duties Matrix', 'Yes', ''],
    ['14', 'SSP Attachment 12: FedRAMP Laws and Regulations', 'Yes', ''],
    ['15', 'SSP Attachment 13: Integrated Inventory Workbook', 'Yes', ''],
    ['16', 'Security Assessment Plan (SAP)', 'Yes', 'Bramblewood SAP v1.1'],
    ['17', 'Security Assessment Report (SAR) with attachments and 3PAO recommendation', 'Yes', ''],
    ['18', 'Plan of Action and Milestones (POA&M)', 'Yes', ''],
    ['19', 'Agency Authority to Operate (ATO) letter', 'Yes', 'Signed 2026-05-14'],
    ['20', 'Continuous Monitoring Plan (Agency-specific, if any)', 'N/A', ''],
  ];
  addRows(ws, [['FedRAMP Initial Authorization Package Checklist'], [`CSP Name: ${CSP}`, '', `CSO Name: ${CSO}`], ['Impact Level: Moderate', '', 'Authorization Type: Agency'], [], ['#', 'Package Item', 'Included (Yes/No/N/A)', 'Document Name / Version / Comments'], ...items], 5);
  return { file: 'FedRAMP_Initial_Authorization_Package_Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'The FedRAMP Initial Authorization Package Checklist workbook listing every package item and whether it is included.', data: await bookBuffer(wb, meta) };
}

export async function deviationXlsx(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'FedRAMP', lastModifiedBy: 'Terrence Albright', title: 'FedRAMP Deviation Request Form' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Deviation Request');
  addRows(ws, [
    ['FedRAMP Deviation Request Form'],
    [],
    ['CSP Name', CSP],
    ['System Name', CSO],
    ['Impact Level', 'Moderate'],
    ['Deviation Request Number', 'DR-2026-004'],
    ['Date Submitted', '03/09/2026'],
    ['Deviation Request Type', 'Operational Requirement (OR)'],
    [],
    ['POA&M ID', 'V-0117'],
    ['Weakness Name', 'Container runtime CIS 5.2.6 deviation'],
    ['Scan / Finding Source', 'CIS-CAT configuration scan, February 2026'],
    ['Original Risk Rating', 'Moderate'],
    ['Justification', 'The privileged-container restriction cannot be applied to the node-local log forwarder DaemonSet, which must mount the host log directory. The DaemonSet runs a signed image, has no network ingress, and its service account has no API permissions beyond reading pod metadata.'],
    ['Compensating Controls', 'Admission controller allow-list limited to the single signed image digest; runtime detection rule alerts on any process other than the forwarder; monthly image rescans.'],
    ['Supporting Evidence', 'Admission policy export, image signature verification log, runtime rule configuration'],
    [],
    ['CSP Approval', 'Priya Natarajan, CISO', '03/09/2026'],
    ['Agency AO Decision', '☐ Approved  ☐ Denied', ''],
  ]);
  ws.getColumn(1).font = { bold: true };
  return { file: 'DR-2026-004.xlsx', expected: 'DEVIATION_REQUEST', note: 'A FedRAMP Deviation Request form (operational requirement) for a POA&M item, submitted to the agency AO.', data: await bookBuffer(wb, meta) };
}
