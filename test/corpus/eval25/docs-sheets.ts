/** Workbook deliverables: POA&M, inventory, CIS/CRM, SoD, laws, checklist, deviation request. */
import ExcelJS from 'exceljs';
import { fixture } from '../../support/fixtures.js';
import { FIXED_DATE, csv, pinZip, seeded } from './kit.js';
import { CSO, CSO_ABBR, CSP, GRC, ISSO, PKG_ID } from './org.js';
import type { Eval25Doc } from './types.js';

function newBook(creator: string | undefined, title?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator ?? '';
  wb.lastModifiedBy = creator ?? '';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (title !== undefined) wb.title = title;
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  return pinZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

const HOSTS = [
  ['10.42.1.15', 'ip-10-42-1-15.us-gov-west-1.compute.internal', 'eks-node-a1'],
  ['10.42.1.37', 'ip-10-42-1-37.us-gov-west-1.compute.internal', 'eks-node-a2'],
  ['10.42.2.11', 'ip-10-42-2-11.us-gov-west-1.compute.internal', 'eks-node-b1'],
  ['10.42.2.58', 'ip-10-42-2-58.us-gov-west-1.compute.internal', 'eks-node-b2'],
  ['10.42.8.20', 'tsc-prod-aurora.cluster-c1x2.us-gov-west-1.rds.amazonaws.com', 'aurora-prod'],
  ['10.42.0.9', 'bastion-zt.tsc.internal', 'zt-proxy-1'],
] as const;

// ---------------------------------------------------------------------------------------------- POA&M

const POAM_ITEMS: (string | Date)[][] = [
  ['V-2025-0142', 'RA-5', 'OpenSSL 3.0.x vulnerable (CVE-2024-5535)', 'Authenticated scan found OpenSSL 3.0.13 on EKS worker nodes.', 'Tenable Nessus', '201891', 'eks-node-a1, eks-node-a2', 'SRE Manager', 'None', 'Roll node groups to AMI 2025.03.1', new Date('2025-02-03T00:00:00Z'), new Date('2025-05-04T00:00:00Z'), 'AMI built 2025-03-10; rollout 2025-03-20', '', new Date('2025-03-14T00:00:00Z'), 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', 'Scan 2025-02', '', '', '', '', 'CVE-2024-5535', 'Spend Cloud'],
  ['T-004', 'AC-2', 'Service accounts without owner', 'Two service accounts had no documented owner during the SAR test.', 'Security Assessment Report', 'T-004', 'IAM', 'ISSO', '8 hours', 'Assign owners; add owner tag enforcement', new Date('2025-04-11T00:00:00Z'), new Date('2025-10-08T00:00:00Z'), 'Owners assigned; Config rule in progress', '', new Date('2025-05-01T00:00:00Z'), 'No', '', '', 'Low', 'Low', 'No', 'No', 'No', '', 'SAR 2025', '', '', '', '', '', 'IAM'],
  ['T-007', 'CP-4', 'Contingency plan test lacked failback', 'The functional exercise did not test reconstitution to the primary region.', 'Security Assessment Report', 'T-007', 'Production', 'SRE Director', '40 hours', 'Perform failback exercise', new Date('2025-04-11T00:00:00Z'), new Date('2025-07-10T00:00:00Z'), 'Exercise scheduled 2025-06-12', '', new Date('2025-05-01T00:00:00Z'), 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', 'SAR 2025', '', '', '', '', '', 'Platform'],
];

async function poamFromTemplate(): Promise<Eval25Doc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('office/FedRAMP-POAM-Template.xlsx'));
  const open = wb.getWorksheet('Open POA&M Items');
  if (!open) throw new Error('template sheet missing');
  open.getCell('A3').value = CSP;
  open.getCell('B3').value = CSO;
  open.getCell('C3').value = 'Moderate';
  open.getCell('D3').value = new Date('2025-05-01T00:00:00Z');
  POAM_ITEMS.forEach((item, i) => {
    open.getRow(6 + i).values = item;
  });
  wb.creator = GRC;
  wb.lastModifiedBy = GRC;
  return {
    file: 'TSC POAM 2025-05.xlsx',
    expected: 'POAM',
    note: 'The FedRAMP POA&M template v2.1 filled with open items from scans and the SAR: POA&M.',
    data: await save(wb),
  };
}

async function poamBuilt(): Promise<Eval25Doc> {
  // A POA&M kept in a home-made workbook: header row moved down, some columns renamed.
  const wb = newBook('ConMon Bot', 'POA&M');
  const ws = wb.addWorksheet('Open POA&M Items');
  ws.addRow([`${CSP} - ${CSO} - Plan of Action & Milestones`]);
  ws.addRow(['Generated from the GRC platform on 2025-06-02']);
  ws.addRow([]);
  ws.addRow(['CSP', 'System Name', 'Impact Level', 'POAM Date']);
  ws.addRow([CSP, CSO, 'Moderate', '2025-06-02']);
  ws.addRow([]);
  bold(
    ws.addRow(['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source ID', 'Asset Identifier', 'POC', 'Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'CVE', 'Comments']),
  );
  const rnd = seeded(2501);
  const weaknesses = [
    ['curl SOCKS5 heap overflow', 'CVE-2023-38545'],
    ['glibc iconv buffer overflow', 'CVE-2024-2961'],
    ['nginx HTTP/3 worker crash', 'CVE-2024-24989'],
    ['PostgreSQL extension script injection', 'CVE-2023-39417'],
    ['Kubernetes kubelet log query', 'CVE-2024-9042'],
    ['TLS session ticket key reuse', ''],
    ['Weak SSH MAC algorithms enabled', ''],
    ['containerd host file disclosure', 'CVE-2024-40635'],
  ] as const;
  weaknesses.forEach(([name, cve], i) => {
    const host = HOSTS[Math.floor(rnd() * HOSTS.length)] ?? HOSTS[0];
    const risk = ['High', 'Moderate', 'Low'][Math.floor(rnd() * 3)] ?? 'Moderate';
    const days = risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180;
    const det = new Date(Date.UTC(2025, 3, 1 + i * 3));
    ws.addRow([`V-2025-${(210 + i).toString().padStart(4, '0')}`, cve ? 'RA-5, SI-2' : 'CM-6', name, `${name} identified on ${host[1]}`, cve ? 'Tenable Nessus' : 'CIS-CAT', cve ? `${190000 + i * 17}` : `CIS-${i}`, host[0], 'SRE Manager', 'Patch through the monthly AMI pipeline', det.toISOString().slice(0, 10), new Date(det.getTime() + days * 86400000).toISOString().slice(0, 10), '2025-06-02', risk, risk, i % 4 === 0 ? 'Yes' : 'No', cve, '']);
  });
  const closed = wb.addWorksheet('Closed POA&M Items');
  bold(closed.addRow(['POAM ID', 'Controls', 'Weakness Name', 'Original Detection Date', 'Completion Date', 'Original Risk Rating', 'Comments']));
  closed.addRow(['P-002', 'SC-8', 'TLS 1.0 on legacy supplier endpoint', '2025-04-02', '2025-04-09', 'Moderate', 'Closed during SAR testing']);
  closed.addRow(['V-2025-0101', 'RA-5', 'OpenSSH regreSSHion', '2024-07-02', '2024-07-18', 'High', 'Patched']);
  return {
    file: 'export_20250602.xlsx',
    expected: 'POAM',
    note: 'A POA&M exported from the GRC platform with title rows, a moved header row and renamed columns, plus a closed-items sheet: POA&M.',
    data: await save(wb),
  };
}

// ---------------------------------------------------------------------------------------- Inventory

async function inventoryFromTemplate(): Promise<Eval25Doc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
  const ws = wb.getWorksheet('Inventory');
  if (!ws) throw new Error('template sheet missing');
  HOSTS.forEach(([ip, dns, label], i) => {
    const isDb = label.startsWith('aurora');
    ws.getRow(6 + i).values = [
      ip,
      ip,
      'Yes',
      'No',
      dns,
      '',
      '',
      'Yes',
      isDb ? 'CIS PostgreSQL 15 v1.1' : 'CIS Amazon Linux 2023 v1.0.0 L1',
      isDb ? 'Aurora PostgreSQL 15.5' : 'Amazon Linux 2023',
      'AWS GovCloud us-gov-west-1',
      isDb ? 'Database' : 'Virtual Machine',
      'AWS EC2 m6i.2xlarge',
      'Yes',
      isDb ? 'Amazon' : '',
      isDb ? 'Aurora PostgreSQL' : '',
      isDb ? '15.5' : '',
      '',
      'Production',
      '',
      `${CSO_ABBR} SRE`,
      'SRE Manager',
      isDb ? 'DBA Lead' : '',
    ];
  });
  wb.creator = GRC;
  return {
    file: 'Attachment13_Inventory_2025-02.xlsx',
    expected: 'INVENTORY',
    note: 'The FedRAMP Integrated Inventory Workbook template (v2.2) filled with production assets: inventory.',
    data: await save(wb),
  };
}

const REV5_INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];

function inventoryRows(): string[][] {
  const rnd = seeded(77);
  const rows: string[][] = [];
  for (let i = 0; i < 24; i++) {
    const az = i % 2 === 0 ? 'a' : 'b';
    const ip = `10.42.${i % 2 === 0 ? 1 : 2}.${20 + Math.floor(rnd() * 200)}`;
    rows.push([`i-0${(0x4a1f00 + i * 7919).toString(16)}a7c3e`, ip, 'Yes', 'No', `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`, '', '', 'Yes', 'tsc-eks-al2023-2025.03', 'Amazon Linux 2023.6', `us-gov-west-1${az}`, 'Virtual Machine', 'AWS EC2 m6i.2xlarge', 'Yes', '', '', '', `EKS-${az.toUpperCase()}`, '', '', `vpc-0a1b/subnet-priv-${az}`, 'SRE', '', 'Kubernetes worker node']);
  }
  rows.push(['https://app.gov.tallgrassledger.example', '', 'Yes', 'Yes', 'app.gov.tallgrassledger.example', '', '', 'Yes', '', '', 'us-gov-west-1', 'Web Application', '', 'Yes', 'Tallgrass', 'Spend Cloud 2025.2', '', 'ALB-1', 'Customer-facing application', '', '', 'SRE', 'App Eng', 'Web application']);
  rows.push(['tsc-prod-aurora', '10.42.8.20', 'Yes', 'No', 'tsc-prod-aurora.cluster-c1x2.us-gov-west-1.rds.amazonaws.com', '', '', 'Yes', 'CIS PostgreSQL 15 v1.1', '', 'us-gov-west-1', 'Database', '', 'Yes', 'Amazon', 'Aurora PostgreSQL 15.5', '', 'DB-1', '', '', '', 'DBA', 'App Eng', 'Primary database']);
  return rows;
}

async function inventoryRev5(): Promise<Eval25Doc> {
  const wb = newBook(undefined);
  const ws = wb.addWorksheet('Inventory');
  ws.addRow(['SSP Appendix M - Integrated Inventory Workbook', '', '', `${CSO} - February 2025`]);
  bold(ws.addRow(REV5_INV_HEADERS));
  for (const r of inventoryRows()) ws.addRow(r);
  const roc = wb.addWorksheet('Record of Changes');
  roc.addRow(['Date', 'Description', 'Author']);
  roc.addRow(['2025-03-01', 'Monthly update from AWS Config aggregator', ISSO]);
  return {
    file: 'book1.xlsx',
    expected: 'INVENTORY',
    note: 'A Rev5 (Appendix M) integrated inventory workbook generated from AWS Config, with Diagram Label column: inventory.',
    data: await save(wb),
  };
}

function inventoryCsv(): Eval25Doc {
  const rows = [REV5_INV_HEADERS.slice(0, 19), ...inventoryRows().slice(0, 14).map((r) => r.slice(0, 19))];
  return {
    file: 'inventory_march.csv',
    expected: 'INVENTORY',
    note: 'The integrated inventory saved as CSV (first 19 columns of the FedRAMP inventory layout): inventory.',
    data: csv(rows),
  };
}

// ---------------------------------------------------------------------------------------- CIS / CRM

const CRM_ROWS: [string, string, string][] = [
  ['AC-1', 'Provided by CSP', 'The CSP maintains the access control policy; customers maintain their own agency policy.'],
  ['AC-2', 'Shared (CSP and Customer)', 'Customer: manage tenant user accounts, approve roles, review users quarterly using Admin > Users.'],
  ['AC-2(3)', 'Shared (CSP and Customer)', 'Customer: configure inactive account disablement in tenant security settings.'],
  ['AC-7', 'Provided by CSP', ''],
  ['AC-17', 'Provided by CSP', ''],
  ['AU-6', 'Shared (CSP and Customer)', 'Customer: review tenant audit log for their users.'],
  ['IA-2', 'Shared (CSP and Customer)', 'Customer: federate with agency IdP and enforce PIV/CAC.'],
  ['IA-5', 'Shared (CSP and Customer)', 'Customer: manage authenticators for non-federated users.'],
  ['PE-2', 'Inherited from pre-existing FedRAMP Authorization (AWS GovCloud)', ''],
  ['PE-3', 'Inherited from pre-existing FedRAMP Authorization (AWS GovCloud)', ''],
  ['SC-7', 'Provided by CSP', ''],
  ['SC-28', 'Provided by CSP', ''],
];

async function cisCrmTemplateLike(): Promise<Eval25Doc> {
  const wb = newBook(GRC, 'CIS CRM');
  const cis = wb.addWorksheet('Implementation Summary');
  cis.addRow([`${CSO} Control Implementation Summary (CIS) Worksheet`]);
  cis.addRow([`CSP: ${CSP}`, `Package ID: ${PKG_ID}`, 'Baseline: Moderate']);
  bold(cis.addRow(['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited']));
  for (const [id, resp] of CRM_ROWS) {
    cis.addRow([id, 'X', '', '', '', '', resp.startsWith('Provided') ? 'X' : '', '', '', '', '', resp.startsWith('Shared') ? 'X' : '', resp.startsWith('Inherited') ? 'X' : '']);
  }
  const crm = wb.addWorksheet('Customer Responsibility Matrix');
  crm.addRow([`${CSO} Customer Responsibility Matrix (CRM)`]);
  bold(crm.addRow(['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities']));
  for (const [id, resp, text] of CRM_ROWS) crm.addRow([id, resp.startsWith('Provided') || resp.startsWith('Inherited') ? 'Yes' : 'Partial', text || 'Fully provided by the CSP; no customer action.']);
  return {
    file: 'TSC-CIS-CRM.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'The CIS worksheet and Customer Responsibility Matrix workbook (implementation status and origination per control, customer responsibilities): CIS/CRM workbook.',
    data: await save(wb),
  };
}

async function crmOnly(): Promise<Eval25Doc> {
  const wb = newBook('j.whitfield');
  const ws = wb.addWorksheet('CRM');
  ws.addRow(['Customer Responsibility Matrix - share with agency customers']);
  ws.addRow([]);
  bold(ws.addRow(['Control', 'Control Name', 'Responsibility', 'Customer Responsibility Description', 'Control Origination']));
  const names: Record<string, string> = { 'AC-1': 'Policy and Procedures', 'AC-2': 'Account Management', 'AC-2(3)': 'Disable Accounts', 'AC-7': 'Unsuccessful Logon Attempts', 'AC-17': 'Remote Access', 'AU-6': 'Audit Record Review', 'IA-2': 'Identification and Authentication', 'IA-5': 'Authenticator Management', 'PE-2': 'Physical Access Authorizations', 'PE-3': 'Physical Access Control', 'SC-7': 'Boundary Protection', 'SC-28': 'Protection of Information at Rest' };
  for (const [id, resp, text] of CRM_ROWS) ws.addRow([id, names[id] ?? '', resp.split(' ')[0], text || 'None', resp]);
  return {
    file: 'Copy of CRM (2).xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'A customer responsibility matrix (responsibility and origination per control) extracted from the CIS/CRM workbook: CIS/CRM workbook.',
    data: await save(wb),
  };
}

async function sodXlsx(): Promise<Eval25Doc> {
  const wb = newBook(ISSO, 'Separation of Duties');
  const ws = wb.addWorksheet('SoD Matrix');
  ws.addRow([`${CSO} - Separation of Duties Matrix (AC-5)`]);
  bold(ws.addRow(['Function', 'Tenant Admin (Customer)', 'Developer', 'SRE', 'Security Engineer', 'DBA', 'ISSO', 'Support Engineer', 'Conflicting function']));
  const rows = [
    ['Commit code', '', 'X', '', '', '', '', '', 'Approve own merge'],
    ['Approve merge request', '', 'X', '', 'X', '', '', '', 'Commit the same code'],
    ['Promote release to production', '', '', 'X', '', '', '', '', 'Author the release'],
    ['Create IAM users/roles', '', '', '', 'X', '', '', '', 'Approve access'],
    ['Approve access requests', '', '', '', '', '', 'X', '', 'Create IAM users/roles'],
    ['Modify audit configuration', '', '', '', 'X', '', '', '', 'Review audit logs'],
    ['Review audit logs', '', '', '', '', '', 'X', '', 'Modify audit configuration'],
    ['Database schema change', '', '', '', '', 'X', '', '', ''],
    ['Manage tenant users', 'X', '', '', '', '', '', '', ''],
    ['Impersonate tenant user for support', '', '', '', '', '', '', 'X', 'Approve own impersonation'],
  ];
  for (const r of rows) ws.addRow(r);
  return {
    file: 'sod.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'A separation of duties matrix workbook (functions vs roles, conflicting functions): separation of duties matrix.',
    data: await save(wb),
  };
}

async function lawsXlsx(): Promise<Eval25Doc> {
  const wb = newBook(GRC);
  const ws = wb.addWorksheet('Laws and Regulations');
  ws.addRow([`${CSO} - Attachment 12 - FedRAMP Laws and Regulations`]);
  bold(ws.addRow(['Identification Number', 'Title', 'Date', 'Link']));
  const rows = [
    ['FISMA', 'Federal Information Security Modernization Act of 2014', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['FedRAMP Authorization Act', 'FedRAMP Authorization Act (FY23 NDAA Sec. 5921)', 'December 2022', 'https://www.congress.gov'],
    ['PL 93-579', 'Privacy Act of 1974', 'December 1974', ''],
    ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', ''],
    ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', 'July 2024', ''],
    ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', ''],
  ];
  for (const r of rows) ws.addRow(r);
  const std = wb.addWorksheet('Standards and Guidance');
  bold(std.addRow(['Identification Number', 'Title', 'Date', 'Link']));
  for (const r of [
    ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', ''],
    ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', ''],
    ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', ''],
    ['NIST SP 800-53A Rev 5', 'Assessing Security and Privacy Controls', 'January 2022', ''],
    ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', ''],
  ])
    std.addRow(r);
  return {
    file: 'Attachment12.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'The laws, regulations, standards and guidance attachment as a workbook: laws and regulations.',
    data: await save(wb),
  };
}

async function checklistXlsx(): Promise<Eval25Doc> {
  const wb = newBook(GRC, 'Initial Authorization Package Checklist');
  const ws = wb.addWorksheet('Checklist');
  ws.addRow(['FedRAMP Initial Authorization Package Checklist']);
  ws.addRow([`CSP Name: ${CSP}`, `CSO Name: ${CSO}`, 'Impact Level: Moderate', `FedRAMP ID: ${PKG_ID}`]);
  bold(ws.addRow(['Item #', 'Package Component', 'Required', 'Included?', 'File Name', 'Comments']));
  const items = [
    ['SSP', 'System Security Plan', 'TSC-SSP-v4.1.docx'],
    ['ATT1', 'Information Security Policies and Procedures', 'TSC-ISP-v5.1.docx'],
    ['ATT2', 'User Guide', 'TSC User Guide 2025.2.docx'],
    ['ATT3', 'Digital Identity Worksheet', 'DIW.docx'],
    ['ATT4', 'Privacy Impact Assessment / PTA', 'PIA-2025.pdf'],
    ['ATT5', 'Rules of Behavior', 'RoB.docx'],
    ['ATT6', 'Information System Contingency Plan and Test Report', 'TSC-ISCP-v3.2.docx'],
    ['ATT7', 'Configuration Management Plan', 'TSC-CMP.docx'],
    ['ATT8', 'Incident Response Plan and Test Report', 'TSC-IRP.docx'],
    ['ATT9', 'CIS/CRM Workbook', 'TSC-CIS-CRM.xlsx'],
    ['ATT10', 'FIPS 199', 'attachment10.docx'],
    ['ATT11', 'Separation of Duties Matrix', 'sod.xlsx'],
    ['ATT12', 'FedRAMP Laws and Regulations', 'Attachment12.xlsx'],
    ['ATT13', 'Integrated Inventory Workbook', 'Attachment13_Inventory.xlsx'],
    ['ATT15', 'Supply Chain Risk Management Plan', 'SCRM-Plan-v1.2.docx'],
    ['SAP', 'Security Assessment Plan', 'SAP_TSC_2025.docx'],
    ['SAR', 'Security Assessment Report', 'SAR.docx'],
    ['POAM', 'Plan of Action and Milestones', 'TSC POAM.xlsx'],
    ['ATO', 'Agency ATO Letter', ''],
  ];
  items.forEach(([id, name, file], i) => ws.addRow([i + 1, `${id} - ${name}`, 'Yes', file ? 'Yes' : 'No', file, file ? '' : 'Expected after AO decision']));
  return {
    file: 'package_status.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'The FedRAMP Initial Authorization Package Checklist as a workbook (each package item, included or not): authorization checklist.',
    data: await save(wb),
  };
}

async function deviationXlsx(): Promise<Eval25Doc> {
  const wb = newBook(ISSO, 'DR');
  const ws = wb.addWorksheet('Deviation Request');
  ws.addRow(['FedRAMP Vulnerability Deviation Request Form']);
  ws.addRow([`CSP: ${CSP}`, `System: ${CSO}`, 'Date: 2025-05-20']);
  bold(ws.addRow(['DR #', 'POA&M ID', 'Deviation Type (FP / OR / RA)', 'Vulnerability Name', 'Scanner Plugin ID', 'Assets', 'Original Risk', 'Requested Risk', 'Justification', 'Evidence Attached', 'Status']));
  ws.addRow(['DR-2025-011', 'V-2025-0214', 'False Positive', 'Apache Tomcat 9.0.x < 9.0.86 (backport)', '192045', 'tsc-report-01', 'Moderate', 'N/A', 'Vendor-backported fix; package version 9.0.85-2.amzn2023 contains the patch (ALAS2023-2024-512). Scanner reads the upstream version only.', 'Yes - rpm changelog', 'Submitted']);
  ws.addRow(['DR-2025-012', 'V-2025-0220', 'Operational Requirement', 'SMB signing not required', '57608', 'Legacy fax gateway', 'Moderate', 'Moderate', 'Agency fax integration requires SMBv2 without signing; host isolated in dedicated subnet; retirement planned Q4 2025.', 'Yes - network diagram', 'Submitted']);
  return {
    file: 'DR_May.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'A vulnerability deviation request form workbook (false positive, operational requirement with justification): deviation request.',
    data: await save(wb),
  };
}

export async function sheetDocs(): Promise<Eval25Doc[]> {
  const out: Eval25Doc[] = [];
  // Sequential: the two template workbooks are large and the machine has two cores.
  for (const f of [poamFromTemplate, poamBuilt, inventoryFromTemplate, inventoryRev5, cisCrmTemplateLike, crmOnly, sodXlsx, lawsXlsx, checklistXlsx, deviationXlsx]) {
    out.push(await f());
  }
  out.push(inventoryCsv());
  return out;
}
