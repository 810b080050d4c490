/** Workbooks: POA&M, inventory, CIS/CRM, SoD matrix, laws and regulations, checklist, DR form, and the program office's own trackers. */
import type { CellValue, SheetSpec } from '../kit/xlsx.js';
import { rng, pick } from '../kit/model.js';
import type { Product } from '../kit/wrappers.js';
import { CO, PRODUCTS, TPAO, SECTION_508 } from '../kit/wrappers.js';

const d = (s: string): Date => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number): string => new Date(Date.parse(`${s}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name',
];

const WEAK: [string, string, string, string, string][] = [
  ['RA-5', 'OpenSSL < 3.0.14 multiple vulnerabilities', 'The remote host has an OpenSSL version affected by multiple vulnerabilities.', '192017', 'CVE-2024-5535'],
  ['SI-2', 'Oracle Java SE multiple vulnerabilities (Jan 2025 CPU)', 'Java runtime on the reporting tier is missing the January 2025 critical patch update.', '214533', 'CVE-2025-21502'],
  ['CM-6', 'STIG: SSH daemon permits weak MACs', 'RHEL 9 STIG V-257990 not met on two application hosts.', 'V-257990', ''],
  ['AC-2(3)', 'Inactive accounts not disabled within 90 days', 'Three sampled accounts remained enabled beyond the inactivity period.', 'SAR-03', ''],
  ['SC-8', 'TLS 1.0/1.1 enabled on internal load balancer', 'The internal listener accepts deprecated protocol versions.', '104743', ''],
  ['RA-5', 'nginx HTTP/2 rapid reset (CVE-2023-44487)', 'Ingress controller vulnerable to HTTP/2 rapid reset.', '183390', 'CVE-2023-44487'],
  ['IA-2(1)', 'Break-glass account not enrolled in MFA', 'Emergency administrator account authenticates with a single factor.', 'SAR-02', ''],
  ['SI-2', 'PostgreSQL 14.x < 14.13 SQL injection', 'Database engine version affected by a search path vulnerability.', '205310', 'CVE-2024-7348'],
];

export function poamRows(P: Product, seed: number, count: number, status: 'open' | 'closed'): CellValue[][] {
  const r = rng(seed);
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const w = WEAK[(i + seed) % WEAK.length] ?? WEAK[0]!;
    const risk = pick(r, ['High', 'Moderate', 'Moderate', 'Low'] as const);
    const det = addDays('2025-01-06', Math.floor(r() * 120));
    const due = addDays(det, risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180);
    rows.push([
      `V-2025-${String(140 + i * 3 + (seed % 7)).padStart(4, '0')}`, w[0], w[1], w[2], w[3].startsWith('SAR') ? `${TPAO.short} SAR 2025` : 'Tenable Nessus', w[3], `${P.abbr.toLowerCase()}-app-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`, CO.isso, 'Engineering hours', 'Apply vendor patch through the standard change process and verify by rescan.', d(det), d(due), `Patch in ${due.slice(0, 7)} maintenance window`, '', d('2025-07-31'), 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', status === 'closed' ? 'Closed - validated by rescan' : '', 'No', w[4] ? 'Yes' : 'No', w[4] ? d(addDays(det, 21)) : '', w[4], P.abbr,
    ]);
  }
  return rows;
}

export function poamSheets(P: Product, variant: 'template' | 'drift'): SheetSpec[] {
  if (variant === 'template') {
    return [
      {
        name: 'Open POA&M Items',
        rows: [['Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CO.name, P.name, P.impact, d('2025-07-31')], [], POAM_HEADERS, ...poamRows(P, 11, 14, 'open')],
        headerRow: 5,
        widths: [12, 10, 34, 44, 18, 14, 16, 18],
        footer: 'CFSI Proprietary - Controlled Unclassified Information',
      },
      { name: 'Closed POA&M Items', rows: [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CO.name, P.name, P.impact, d('2025-07-31')], [], POAM_HEADERS, ...poamRows(P, 5, 6, 'closed')], headerRow: 4 },
      { name: 'Configuration Findings', rows: [POAM_HEADERS, ...poamRows(P, 2, 3, 'open')], headerRow: 1 },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], [d('2025-07-31'), 'July 2025 ConMon update', CO.isso], [d('2025-06-30'), 'June 2025 ConMon update', CO.isso]], headerRow: 1 },
    ];
  }
  // A drifted workbook: a CDRL banner on top, header row further down, some columns renamed, differently named sheets.
  const hdr = POAM_HEADERS.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Weakness Name' ? 'Weakness' : h === 'Scheduled Completion Date' ? 'Sched. Completion' : h));
  return [
    {
      name: 'Open Items',
      rows: [
        [`CDRL A008 - Plan of Action and Milestones - ${P.name}`],
        [`Contract ${P.contract} / TO ${P.taskOrder}   Document No. SI-FRP-0071-R7   Distribution Statement F`],
        ['Cloud Service Provider:', CO.name, '', 'Information System Name:', P.name],
        ['Impact Level:', P.impact, '', 'POA&M Date:', d('2025-06-30')],
        [],
        ['Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this document.'],
        hdr,
        ...poamRows(P, 23, 18, 'open'),
      ],
      headerRow: 7,
      merges: ['A1:H1'],
      footer: `Printed from SharePoint - uncontrolled copy`,
    },
    { name: 'Closed Items', rows: [hdr, ...poamRows(P, 29, 9, 'closed')], headerRow: 1 },
    { name: 'Change Log', rows: [['Rev', 'Date', 'Change'], ['R7', d('2025-06-30'), 'June ConMon; 4 items closed, 6 opened'], ['R6', d('2025-05-31'), 'May ConMon']], headerRow: 1 },
  ];
}

export const INVENTORY_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

export function inventoryRows(P: Product, seed: number, n: number): CellValue[][] {
  const r = rng(seed);
  const roles = ['web', 'app', 'db', 'mq', 'bastion', 'siem', 'k8s-node'];
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const role = roles[i % roles.length] ?? 'app';
    const ip = `10.${40 + (seed % 5)}.${10 + (i % 6)}.${20 + i}`;
    rows.push([
      `${P.abbr}-${role.toUpperCase()}-${String(i + 1).padStart(3, '0')}`, ip, 'Yes', role === 'web' ? 'Yes' : 'No', `${role}${i + 1}.${P.abbr.toLowerCase()}.internal`, '', '', 'Yes', role === 'db' ? 'CIS PostgreSQL 14 L1' : 'DISA RHEL 9 STIG V2R2', role === 'db' ? 'Amazon Linux 2023' : 'Red Hat Enterprise Linux 9.4', P.iaas, role === 'db' ? 'Database' : 'Virtual Machine', 'n/a (virtual)', r() > 0.1 ? 'Yes' : 'No', role === 'db' ? 'PostgreSQL Global Development Group' : 'Red Hat', role === 'db' ? 'PostgreSQL 14.13' : 'nginx 1.26.2', `2025-07 (${Math.floor(r() * 9) + 1} pending)`, `${role} tier`, '', `i-0${Math.floor(r() * 0xfffffff).toString(16)}`, `vpc-prod / subnet-${role}`, 'Jonah P. Ekwueme', CO.isso,
    ]);
  }
  return rows;
}

export function inventorySheets(P: Product, variant: 'v22' | 'rev5'): SheetSpec[] {
  if (variant === 'v22') {
    return [
      { name: 'Inventory', rows: [[`${P.name} - Integrated Inventory Workbook - July 2025`], INVENTORY_HEADERS, ...inventoryRows(P, 3, 28)], headerRow: 2, widths: [24, 16, 8, 8, 30] },
      { name: 'Instructions', rows: [['Complete one row per asset. Use the UNIQUE ASSET IDENTIFIER that appears in scan results and the POA&M.'], ['Submit monthly with the continuous monitoring package.']] },
    ];
  }
  return [
    {
      name: 'Appendix M',
      rows: [
        ['FedRAMP Integrated Inventory Workbook (Rev5 Appendix M)'],
        ['CSP:', CO.name, 'CSO:', P.name, 'Date:', d('2025-06-30')],
        [],
        [...INVENTORY_HEADERS.slice(0, 19), 'Diagram Label', ...INVENTORY_HEADERS.slice(19)],
        ...inventoryRows(P, 7, 35).map((r) => [...r.slice(0, 19), `DL-${String(r[0]).split('-')[1] ?? ''}`, ...r.slice(19)]),
      ],
      headerRow: 4,
      footer: 'CFSI Proprietary | SI-FRP-0063-R18',
    },
  ];
}

export function cisCrmSheets(P: Product, layout: 'a' | 'b'): SheetSpec[] {
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-3', 'AC-6', 'AC-17', 'AT-2', 'AU-2', 'AU-6', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'PE-3', 'PE-6', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];
  const r = rng(layout === 'a' ? 41 : 43);
  const cis = ctrls.map((c) => {
    const inh = c.startsWith('PE');
    const shared = c === 'AC-2' || c === 'IA-2' || c === 'CP-9';
    return [c, inh ? '' : 'X', '', '', '', '', inh || shared ? '' : 'X', '', shared ? 'X' : '', inh ? 'X' : '', r() > 0.9 ? 'X' : ''];
  });
  const crm = ctrls.filter((c) => !c.startsWith('PE')).map((c) => [
    c,
    c === 'AC-2' || c === 'IA-2' || c === 'CP-9' ? 'Yes' : 'No',
    c === 'AC-2' ? 'Agency administrators manage tenant user accounts, review access every 90 days and remove separated users.' : c === 'IA-2' ? 'Agency is responsible for federating its PIV-enabled identity provider.' : c === 'CP-9' ? 'Agency is responsible for backing up data exported from the service.' : 'No customer responsibility.',
  ]);
  const cisHead = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Inherited from pre-existing FedRAMP Authorization', 'Configured by Customer (Customer System Specific)'];
  if (layout === 'a') {
    return [
      { name: 'CIS Worksheet', rows: [[`${P.name} Control Implementation Summary (CIS) Worksheet`], [`FedRAMP ${P.impact} Baseline - Rev5`], cisHead, ...cis], headerRow: 3 },
      { name: 'CRM Worksheet', rows: [[`${P.name} Customer Responsibility Matrix (CRM)`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], headerRow: 2 },
      { name: 'Instructions', rows: [['This workbook is Attachment 9 of the SSP. The CIS worksheet summarizes implementation status and control origination; the CRM worksheet describes responsibilities of leveraging agencies.']] },
    ];
  }
  return [
    { name: 'Cover', rows: [['CDRL A005 - Control Implementation Summary / Customer Responsibility Matrix Workbook'], [`${P.name}`], [`Contract ${P.contract}`], ['Document No. SI-FRP-0059-R2'], [SECTION_508]] },
    { name: 'CIS', rows: [cisHead, ...cis], headerRow: 1 },
    { name: 'CRM', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], headerRow: 1 },
  ];
}

export function sodSheets(P: Product, v: 'a' | 'b'): SheetSpec[] {
  const roles = ['System Owner', 'ISSO', 'Platform Engineer', 'Database Administrator', 'Security Analyst', 'Release Manager', 'Developer', 'Service Desk'];
  const functions = ['Approve access requests', 'Provision accounts', 'Review audit logs', 'Deploy to production', 'Approve changes (CCB)', 'Modify security configurations', 'Administer key management', 'Write application code', 'Administer database', 'Perform access reviews'];
  const r = rng(v === 'a' ? 61 : 67);
  const grid = functions.map((f) => [f, ...roles.map(() => (r() > 0.72 ? 'X' : ''))]);
  if (v === 'a') {
    return [
      { name: 'SoD Matrix', rows: [[`${P.name} Separation of Duties Matrix`], ['X = role is permitted to perform the function. Conflicting functions may not be assigned to the same individual.'], ['Function / Role', ...roles], ...grid], headerRow: 3 },
      { name: 'Conflicts', rows: [['Function A', 'Function B', 'Reason'], ['Write application code', 'Deploy to production', 'Prevents unauthorized code promotion (AC-5, CM-5)'], ['Provision accounts', 'Perform access reviews', 'Reviewer must be independent of provisioner (AC-5)'], ['Administer key management', 'Review audit logs', 'Key custodians must not review their own activity']], headerRow: 1 },
    ];
  }
  return [
    {
      name: 'Sheet1',
      rows: [['Separation of Duties Matrix (SSP Attachment 11)'], [`System: ${P.name}`, '', 'Revision: R3', '', 'Date: 2025-05-15'], [], ['Duty', 'Description', ...roles], ...grid.map((g) => [g[0] ?? '', 'Per AC-5', ...g.slice(1)])],
      headerRow: 4,
    },
  ];
}

export function lawsSheets(P: Product): SheetSpec[] {
  const laws: string[][] = [
    ['Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]', 'Computer Fraud', '18 USC 1030'],
    ['E-Authentication Guidance for Federal Agencies [OMB M-04-04]', 'E-Authentication', 'OMB M-04-04'],
    ['Federal Information Security Modernization Act of 2014 [PL 113-283]', 'FISMA', 'PL 113-283'],
    ['Freedom of Information Act As Amended in 2002 [PL 104-232, 5 USC 552]', 'FOIA', '5 USC 552'],
    ['Guidance on Inter-Agency Sharing of Personal Data [OMB M-01-05]', 'Data Sharing', 'OMB M-01-05'],
    ['Privacy Act of 1974 as amended [5 USC 552a]', 'Privacy Act', '5 USC 552a'],
    ['Management of Federal Information Resources [OMB Circular A-130]', 'A-130', 'OMB A-130'],
    ['Federal Risk and Authorization Management Program (FedRAMP) Authorization Act [PL 117-263]', 'FedRAMP Act', 'PL 117-263'],
  ];
  const stds: string[][] = [
    ['Standards for Security Categorization of Federal Information and Information Systems [FIPS 199]', 'FIPS 199', 'FIPS 199'],
    ['Security and Privacy Controls for Information Systems and Organizations [NIST SP 800-53, Revision 5]', 'SP 800-53', 'SP 800-53 Rev. 5'],
    ['Digital Identity Guidelines [NIST SP 800-63-3]', 'SP 800-63', 'SP 800-63-3'],
    ['Contingency Planning Guide for Federal Information Systems [NIST SP 800-34, Revision 1]', 'SP 800-34', 'SP 800-34 Rev. 1'],
    ['Computer Security Incident Handling Guide [NIST SP 800-61, Revision 2]', 'SP 800-61', 'SP 800-61 Rev. 2'],
  ];
  return [
    { name: 'Laws and Regulations', rows: [[`FedRAMP Laws and Regulations - ${P.name}`], ['Identification Number', 'Title', 'Date', 'Link'], ...laws.map((l, i) => [l[2] ?? '', l[0] ?? '', i % 2 ? '2014' : '2002', 'https://www.govinfo.gov/']), [], ['Agency-specific: ' + P.agency + ' IT Security Policy Handbook v6.2']], headerRow: 2 },
    { name: 'Standards and Guidance', rows: [['Identification Number', 'Title', 'Date', 'Link'], ...stds.map((s) => [s[2] ?? '', s[0] ?? '', '2020', 'https://csrc.nist.gov/'])], headerRow: 1 },
  ];
}

export function checklistSheets(P: Product): SheetSpec[] {
  const items = [
    ['1', 'Transmittal Letter / Cover Letter', 'Optional', 'Included'],
    ['2', 'System Security Plan (SSP)', 'Required', 'Included'],
    ['2.1', 'Attachment 1: Information Security Policies and Procedures', 'Required', 'Included'],
    ['2.2', 'Attachment 2: User Guide', 'Required', 'Included'],
    ['2.3', 'Attachment 3: Digital Identity Worksheet', 'Required', 'Included'],
    ['2.4', 'Attachment 4: Privacy Threshold Analysis / Privacy Impact Assessment', 'Required', 'Included'],
    ['2.5', 'Attachment 5: Rules of Behavior', 'Required', 'Included'],
    ['2.6', 'Attachment 6: Information System Contingency Plan', 'Required', 'Included'],
    ['2.7', 'Attachment 7: Configuration Management Plan', 'Required', 'Included'],
    ['2.8', 'Attachment 8: Incident Response Plan', 'Required', 'Included'],
    ['2.9', 'Attachment 9: CIS/CRM Workbook', 'Required', 'Included'],
    ['2.10', 'Attachment 10: FIPS 199', 'Required', 'Included'],
    ['2.11', 'Attachment 11: Separation of Duties Matrix', 'Required', 'Included'],
    ['2.12', 'Attachment 12: FedRAMP Laws and Regulations', 'Required', 'Included'],
    ['2.13', 'Attachment 13: Integrated Inventory Workbook', 'Required', 'Included'],
    ['3', 'Security Assessment Plan (SAP) with appendices', 'Required', 'Included'],
    ['4', 'Security Assessment Report (SAR) with appendices', 'Required', 'Included'],
    ['5', 'Plan of Action and Milestones (POA&M)', 'Required', 'Included'],
    ['6', 'Agency Authority to Operate (ATO) Letter', 'Required', 'Included'],
    ['7', 'Continuous Monitoring Plan', 'Required', 'Included'],
  ];
  return [
    {
      name: 'Package Checklist',
      rows: [
        ['FedRAMP Initial Authorization Package Checklist'],
        ['Cloud Service Provider', CO.name, 'Cloud Service Offering', P.name],
        ['Authorizing Agency', P.agency, 'Impact Level', P.impact],
        ['Package ID', P.fedrampId, 'Date Submitted', d('2025-08-15')],
        [],
        ['Item', 'Document', 'Required/Optional', 'Status', 'File Name in Package', 'CSP Comments'],
        ...items.map((i) => [...i, `${P.abbr}_${(i[1] ?? '').replace(/[^A-Za-z0-9]+/g, '_').slice(0, 40)}.docx`, '']),
      ],
      headerRow: 6,
    },
    {
      name: 'SSP Checks',
      rows: [['#', 'Checklist Question', 'Yes/No', 'Location in SSP'], ['1', 'Does the SSP identify the FIPS 199 categorization consistent with Attachment 10?', 'Yes', 'Section 2'], ['2', 'Are all controls of the baseline addressed with implementation statements?', 'Yes', 'Section 13'], ['3', 'Is the authorization boundary diagram included and consistent with the inventory?', 'Yes', 'Section 9.2'], ['4', 'Are leveraged authorizations identified?', 'Yes', 'Section 8'], ['5', 'Are all interconnections documented?', 'Yes', 'Section 11']],
      headerRow: 1,
    },
  ];
}

export function drSheets(P: Product): SheetSpec[] {
  return [
    {
      name: 'Deviation Request',
      rows: [
        ['FedRAMP Deviation Request Form'],
        ['CSP Name', CO.name, '', 'System Name', P.name],
        ['Impact Level', P.impact, '', 'Date Submitted', d('2025-07-10')],
        [],
        ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR / VD)', 'Vulnerability Name', 'Scanner Plugin / Source ID', 'Affected Assets', 'Original Risk Rating', 'Proposed Adjusted Rating', 'Justification', 'Evidence Provided', 'Agency Decision'],
        [`${P.abbr}-DR-041`, 'V-2025-0162', 'FP', 'Apache Tomcat version disclosure', '39446', `${P.abbr}-WEB-001`, 'Moderate', 'N/A (false positive)', 'Scanner reads the banner of the WAF error page, not Tomcat; the application server is not exposed.', 'Screenshot of response headers; config export', ''],
        [`${P.abbr}-DR-042`, 'V-2025-0171', 'RA', 'SMB signing not required', '57608', `${P.abbr}-APP-004`, 'Moderate', 'Low', 'Host is in an isolated subnet with no SMB clients; port blocked by security group.', 'Security group export', ''],
        [`${P.abbr}-DR-043`, 'V-2025-0175', 'VD', 'Vendor appliance uses OpenSSH 8.0', '159491', `${P.abbr}-SIEM-006`, 'High', 'High', 'Vendor has not released a patched firmware; check-in monthly; compensating ACLs applied.', 'Vendor ticket #88231', ''],
      ],
      headerRow: 5,
    },
    { name: 'Instructions', rows: [['Submit one row per deviation. FP = False Positive, RA = Risk Adjustment, OR = Operational Requirement, VD = Vendor Dependency. Attach evidence for each deviation.']] },
  ];
}

/* ---------- the program office's own workbooks (UNKNOWN) ---------- */

export function cdrlListSheets(): SheetSpec[] {
  const [CIC] = PRODUCTS;
  const rows: CellValue[][] = [
    ['CDRL', 'Data Item Title', 'DID / Authority', 'PWS Ref', 'Frequency', 'First Submission', 'Dist Stmt', 'Approval Code', 'Requiring Office', 'Remarks'],
    ['A001', 'Program Management Plan', 'DI-MGMT-81797', '3.1.1', 'ONE/R', '30 DAC', 'F', 'A', 'COR', 'Update as required'],
    ['A002', 'Monthly Status Report', 'DI-MGMT-80227', '3.1.2', 'MTHLY', '15th of month', 'F', '-', 'COR', ''],
    ['A003', 'Integrated Master Schedule', 'DI-MGMT-81861C', '3.1.3', 'MTHLY', '30 DAC', 'F', '-', 'COR', 'Native MS Project and PDF'],
    ['A004', 'System Security Plan (with Attachments 1-13)', 'DI-MISC-80508B', '3.6.1', 'ANNLY', '60 DAC', 'F', 'A', 'ISSM', 'FedRAMP template'],
    ['A005', 'Control Implementation Summary / CRM', 'DI-MISC-80508B', '3.6.1', 'ANNLY', 'With A004', 'F', 'A', 'ISSM', ''],
    ['A006', 'Security Assessment Plan', 'DI-MISC-80508B', '3.6.4', 'ANNLY', 'Per 3PAO schedule', 'F', 'A', 'ISSM', 'Prepared by 3PAO'],
    ['A007', 'Security Assessment Report', 'DI-MISC-80508B', '3.6.4', 'ANNLY', '30 days after testing', 'F', 'A', 'ISSM', 'Prepared by 3PAO'],
    ['A008', 'Plan of Action and Milestones', 'DI-MISC-80508B', '3.6.5', 'MTHLY', '30th of month', 'F', '-', 'ISSM', 'FedRAMP template'],
    ['A009', 'Vulnerability Scan Results', 'Contractor format', '3.6.5', 'MTHLY', '30th of month', 'F', '-', 'ISSM', 'Raw .nessus and CSV'],
    ['A010', 'Integrated Inventory Workbook', 'DI-MISC-80508B', '3.6.5', 'MTHLY', '30th of month', 'F', '-', 'ISSM', ''],
    ['A011', 'Significant Change Request', 'Contractor format', '3.6.6', 'ASREQ', '30 days before change', 'F', 'A', 'AO', ''],
    ['A012', 'Incident Report', 'Contractor format', '3.6.7', 'ASREQ', '1 hour after discovery', 'D', '-', 'SOC', ''],
    ['A013', 'Section 508 Conformance Report', 'Contractor format', '3.8', 'ANNLY', '90 DAC', 'A', '-', 'COR', ''],
    ['A014', 'Data Accession List', 'DI-MGMT-81453B', '3.1.4', 'QRTLY', '90 DAC', 'F', '-', 'COR', ''],
  ];
  return [
    {
      name: 'Exhibit A - CDRL Index',
      rows: [[`EXHIBIT A - CONTRACT DATA REQUIREMENTS LIST - Contract ${CIC.contract}, Task Order ${CIC.taskOrder}`], [`Contractor: ${CO.name} (CAGE ${CO.cage})   Prepared by: ${CO.dm}   As of: 2025-07-01`], [], ...rows],
      headerRow: 4,
      footer: 'CFSI Proprietary | SI-FRP-0004-R6',
    },
    { name: 'Legend', rows: [['Code', 'Meaning'], ['ONE/R', 'One time with revisions'], ['MTHLY', 'Monthly'], ['ANNLY', 'Annually'], ['ASREQ', 'As required'], ['DAC', 'Days after contract award']], headerRow: 1 },
  ];
}

export function imsSheets(): SheetSpec[] {
  const tasks: CellValue[][] = [
    ['ID', 'WBS', 'Task Name', 'Duration', 'Start', 'Finish', 'Predecessors', 'Resource Names', '% Complete', 'Baseline Finish', 'Finish Variance'],
    [1, '1', 'SVP Annual Assessment 2025', '110 days', d('2025-03-03'), d('2025-08-01'), '', '', 62, d('2025-07-25'), '5 days'],
    [2, '1.1', 'Update SSP and attachments', '25 days', d('2025-03-03'), d('2025-04-04'), '', 'ISSO', 100, d('2025-04-04'), '0 days'],
    [3, '1.2', 'Internal QA review of SSP (peer review)', '5 days', d('2025-04-07'), d('2025-04-11'), '2', 'QA;Data Manager', 100, d('2025-04-11'), '0 days'],
    [4, '1.3', 'Deliver SSP (CDRL A004) to agency', '1 day', d('2025-04-14'), d('2025-04-14'), '3', 'Data Manager', 100, d('2025-04-14'), '0 days'],
    [5, '1.4', '3PAO develops SAP', '15 days', d('2025-04-14'), d('2025-05-02'), '4', 'Keystone', 100, d('2025-05-02'), '0 days'],
    [6, '1.5', 'Agency approves SAP', '10 days', d('2025-05-05'), d('2025-05-16'), '5', 'USMSA ISSM', 100, d('2025-05-09'), '5 days'],
    [7, '1.6', '3PAO testing window (system freeze)', '20 days', d('2025-05-19'), d('2025-06-13'), '6', 'Keystone;Ops', 100, d('2025-06-06'), '5 days'],
    [8, '1.7', 'Draft SAR received', '10 days', d('2025-06-16'), d('2025-06-27'), '7', 'Keystone', 60, d('2025-06-20'), '5 days'],
    [9, '1.8', 'Update POA&M from SAR findings', '5 days', d('2025-06-30'), d('2025-07-07'), '8', 'ISSO', 0, d('2025-06-27'), '5 days'],
    [10, '1.9', 'Agency review and continued ATO decision', '15 days', d('2025-07-08'), d('2025-07-28'), '9', 'USMSA AO', 0, d('2025-07-21'), '5 days'],
    [11, '1.10', 'Upload package to FedRAMP repository', '3 days', d('2025-07-29'), d('2025-08-01'), '10', 'Data Manager', 0, d('2025-07-25'), '5 days'],
  ];
  return [{ name: 'IMS Excerpt', rows: [['Integrated Master Schedule - Excerpt (WBS 1.x) - Status date 2025-06-20 - CDRL A003'], ...tasks], headerRow: 2, widths: [5, 6, 48, 10, 12, 12, 10, 18, 10, 12, 10] }];
}

export function trackingLogSheets(): SheetSpec[] {
  const r = rng(91);
  const items = ['System Security Plan', 'POA&M (monthly)', 'Vulnerability Scan Results (monthly)', 'Integrated Inventory Workbook (monthly)', 'Monthly Status Report', 'Security Assessment Report (3PAO)', 'Significant Change Request', 'Integrated Master Schedule'];
  const rows: CellValue[][] = [['Log #', 'Product', 'CDRL', 'Deliverable', 'Rev', 'Due Date', 'Submitted', 'Transmittal No.', 'Govt Status', 'Comments Received', 'Resubmission Due', 'Days Late', 'Notes']];
  for (let i = 0; i < 36; i++) {
    const P = PRODUCTS[i % 3] ?? PRODUCTS[0];
    const it = items[Math.floor(r() * items.length)] ?? items[0]!;
    const due = addDays('2025-01-15', i * 6);
    const late = r() > 0.85 ? Math.floor(r() * 4) + 1 : 0;
    rows.push([i + 1, P.abbr, `A0${String(4 + (i % 7)).padStart(2, '0')}`, it, `R${1 + Math.floor(r() * 5)}`, d(due), d(addDays(due, late)), `CFSI-FRP-T-${String(80 + i).padStart(4, '0')}`, pick(r, ['Accepted', 'Accepted', 'Accepted with comments', 'Rejected - resubmit', 'Under review']), r() > 0.6 ? 'Yes' : 'No', '', late, '']);
  }
  return [
    { name: 'Deliverable Log', rows: [['FPO Contract Deliverable Tracking Log - FY25'], [`Maintained by ${CO.dm}. Source of truth for CDRL status reporting in the Monthly Status Report.`], ...rows], headerRow: 3 },
    { name: 'Summary', rows: [['Status', 'Count'], ['Accepted', 24], ['Accepted with comments', 6], ['Rejected - resubmit', 3], ['Under review', 3]], headerRow: 1 },
  ];
}

export function riskRegisterSheets(): SheetSpec[] {
  return [
    {
      name: 'Program Risks',
      rows: [
        ['FedRAMP Program Office - Program Risk and Opportunity Register'],
        ['Risk ID', 'Title', 'Description (If... then...)', 'Category', 'Likelihood (1-5)', 'Consequence (1-5)', 'Risk Score', 'Owner', 'Mitigation Strategy', 'Mitigation Steps', 'Trigger Date', 'Status'],
        ['PR-017', '3PAO availability for SVP annual', 'If Keystone cannot staff the May testing window, then the annual SAR slips past the ATO anniversary.', 'Schedule', 3, 4, 12, CO.pm, 'Mitigate', 'Book assessors in January; identify alternate 3PAO under existing BPA.', d('2025-03-01'), 'Open'],
        ['PR-021', 'Key personnel turnover (ISSO)', 'If the CIC ISSO leaves, then ConMon deliverables may be late.', 'Staffing', 2, 4, 8, 'HR Business Partner', 'Mitigate', 'Cross-train backup ISSO; document procedures.', d('2025-04-15'), 'Open'],
        ['PR-024', 'Agency review backlog', 'If the USMSA ISSM review queue exceeds 30 days, then SAP approval delays testing.', 'External', 4, 3, 12, CO.dm, 'Watch', 'Weekly status calls with COR; escalate via PMR.', d('2025-05-01'), 'Open'],
        ['PR-027', 'FedRAMP 20x transition', 'If FedRAMP requires machine-readable packages for CTG renewal, then OSCAL conversion effort is needed.', 'Technical', 3, 3, 9, 'Chief Architect', 'Mitigate', 'Pilot OSCAL SSP export for CTG in Q3.', d('2025-09-30'), 'Open'],
        ['PR-030', 'Cost overrun on assessment', 'If penetration testing scope grows, then assessment cost exceeds the CLIN 0004 ceiling.', 'Cost', 2, 3, 6, 'Contracts', 'Accept', 'Monitor EAC monthly.', d('2025-06-30'), 'Closed'],
        ['OP-003', 'Reuse of CIC control narratives', 'If CTG inherits CIC corporate controls, then documentation effort drops 20%.', 'Opportunity', 3, 2, 6, CO.isso, 'Exploit', 'Common control catalog.', d('2025-08-31'), 'Open'],
      ],
      headerRow: 2,
    },
    { name: 'Risk Matrix', rows: [['Likelihood \\ Consequence', 1, 2, 3, 4, 5], [5, 'M', 'H', 'H', 'H', 'H'], [4, 'M', 'M', 'H', 'H', 'H'], [3, 'L', 'M', 'M', 'H', 'H'], [2, 'L', 'L', 'M', 'M', 'H'], [1, 'L', 'L', 'L', 'M', 'M']], headerRow: 1 },
  ];
}
