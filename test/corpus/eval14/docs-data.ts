/** Workbooks and machine exports: CIS/CRM, SoD, laws, checklist, inventory, POA&M, DR, SCR, scan exports. */
import { readFileSync } from 'node:fs';
import { fixture } from '../../support/fixtures.js';
import { CSO, CSO_SHORT, CSP, ENG_BANK, TPAO, approvals, headerTable } from './front.js';
import type { EvalDoc } from './front.js';
import { blocksToPdf, docx, fillWorkbook, normalizeZip, para, pdf, pick, rng, setCellXml, spliceRowsXml, xlsx } from './kit.js';
import type { Block } from './kit.js';

const FAMILIES = ['AC', 'AT', 'AU', 'CA', 'CM', 'CP', 'IA', 'IR', 'MA', 'MP', 'PE', 'PL', 'PS', 'RA', 'SA', 'SC', 'SI', 'SR'];

function controlIds(n: number, seed: number): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < n) {
    const f = pick(r, FAMILIES);
    const num = 1 + Math.floor(r() * 12);
    const enh = r() < 0.35 ? `(${1 + Math.floor(r() * 8)})` : '';
    out.add(`${f}-${num}${enh}`);
  }
  return [...out].sort();
}

// ------------------------------------------------------------------------------------------------ CIS/CRM

async function cisCrmA(): Promise<EvalDoc> {
  const ids = controlIds(60, 11);
  const r = rng(12);
  const origins = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)'];
  const cis: (string | number | null)[][] = [
    [`${CSO} - High Baseline Control Implementation Summary (CIS) Worksheet`],
    ['CSP:', CSP, null, 'System:', CSO_SHORT, null, 'Version:', '3.0'],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'],
  ];
  const crm: (string | number | null)[][] = [
    [`${CSO} - Customer Responsibility Matrix (CRM) Worksheet`],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
  ];
  for (const id of ids) {
    const st = r() < 0.85 ? 0 : r() < 0.5 ? 1 : 2;
    const o = Math.floor(r() * origins.length);
    const row: (string | null)[] = [id, null, null, null, null, null, null, null, null, null, null, null, null];
    row[1 + st] = 'X';
    row[6 + o] = 'X';
    cis.push(row);
    const inh = o <= 2 ? 'Yes' : o === 5 ? 'Partial' : 'No';
    crm.push([id, inh, inh === 'Yes' ? 'Fully inherited from CGC-High. No customer action required.' : `Customer is responsible for ${pick(r, ['configuring tenant IAM roles', 'reviewing tenant audit logs', 'defining account types for agency users', 'backing up customer content', 'enforcing session timeouts in customer applications'])}.`]);
  }
  return {
    file: 'CGC-High_CIS-CRM_Workbook_v3.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'CIS/CRM workbook of CGC-High with Instructions, CIS worksheet (implementation status and origination columns) and CRM worksheet; SSP attachment 9.',
    data: await xlsx({
      creator: 'FSO',
      title: 'CIS CRM Workbook',
      sheets: [
        { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [''], ['The CIS worksheet summarizes implementation status and control origination for each control of the High baseline.'], ['The CRM worksheet lists what leveraging agencies and CSOs must implement themselves.'], ['Mark exactly one implementation status and at least one control origination per row.']], widths: [110] },
        { name: 'High CIS Worksheet', rows: cis, boldRows: [3], freeze: 3, widths: [14, 12, 12, 10, 12, 10, 14, 14, 14, 14, 14, 14, 14] },
        { name: 'High CRM Worksheet', rows: crm, boldRows: [2], freeze: 2, widths: [14, 16, 90] },
        { name: 'Lookups', rows: [['Status'], ['Implemented'], ['Partially Implemented'], ['Planned'], ['Alternative Implementation'], ['Not Applicable']], state: 'hidden' },
      ],
    }),
  };
}

async function cisCrmB(): Promise<EvalDoc> {
  const ids = controlIds(40, 21);
  const r = rng(22);
  const rows: (string | number | null)[][] = [
    ['Document ID', 'Title', 'Version', 'Classification'],
    ['CGC-ATT-09', 'CIS/CRM Workbook - Database PaaS (CGC-DBaaS) inheritance', '2025.2', 'CUI'],
    [],
    ['Control ID', 'Implementation Status', 'Control Origination', 'Can Be Inherited from CSP', 'Customer Responsibility'],
  ];
  for (const id of ids) {
    const inh = pick(r, ['Yes', 'Yes', 'Partial', 'No']);
    rows.push([id, pick(r, ['Implemented', 'Implemented', 'Partially Implemented']), pick(r, ['Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Service Provider Corporate']), inh, inh === 'Yes' ? 'None' : 'Agency configures database users, roles and audit settings per the CRM guidance.']);
  }
  return {
    file: 'Book1.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Condensed CIS/CRM workbook for a PaaS component: one sheet combining implementation status, origination and customer responsibility per control, header table on top.',
    data: await xlsx({
      creator: 'jlindqvist',
      sheets: [
        { name: 'CIS-CRM', rows, boldRows: [1, 4], widths: [12, 22, 40, 20, 70] },
        { name: 'Lists', rows: [['Implemented'], ['Partially Implemented'], ['Planned'], ['Yes'], ['Partial'], ['No']] },
      ],
    }),
  };
}

// ------------------------------------------------------------------------------------------------ SoD

const SOD_ROLES = ['Release Approver', 'Deployment Operator', 'Security Auditor', 'Identity Administrator', 'Key Custodian', 'SOC Analyst', 'Network Engineer', 'Database Administrator'];
const SOD_FUNCS = ['Approve production change', 'Deploy to production', 'Review audit logs', 'Create privileged accounts', 'Manage HSM key material', 'Triage security alerts', 'Modify firewall rules', 'Grant database privileges', 'Delete audit records', 'Approve own access request'];

async function sodXlsx(): Promise<EvalDoc> {
  const r = rng(31);
  const matrix: (string | null)[][] = [['Function / Duty', ...SOD_ROLES]];
  for (const f of SOD_FUNCS) matrix.push([f, ...SOD_ROLES.map(() => (r() < 0.25 ? 'X' : r() < 0.1 ? 'A' : ''))]);
  const conflicts = [
    ['Conflict ID', 'Role A', 'Role B', 'Reason', 'Mitigation'],
    ['SOD-01', 'Release Approver', 'Deployment Operator', 'Approver could deploy unreviewed code', 'Roles mutually exclusive in IdP'],
    ['SOD-02', 'Identity Administrator', 'Security Auditor', 'Could create accounts and hide activity', 'Separate groups, quarterly review'],
    ['SOD-03', 'Key Custodian', 'Database Administrator', 'Access to keys and ciphertext', 'Dual control on HSM'],
  ];
  return {
    file: 'CGC_SoD_Matrix.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties matrix of CGC-High: roles vs duties grid and incompatible-role conflicts (AC-5); SSP attachment 11.',
    data: await xlsx({
      creator: 'Identity Platform Team',
      sheets: [
        { name: 'Instructions', rows: [['Separation of Duties (SoD) Matrix - CGC-High'], ['X = role performs the duty; A = approves only. Conflicting role pairs are listed on the Conflicts tab (AC-5).']] },
        { name: 'SoD Matrix', rows: matrix, boldRows: [1], widths: [32, 14, 14, 14, 14, 14, 14, 14, 14] },
        { name: 'Conflicts', rows: conflicts, boldRows: [1] },
      ],
    }),
  };
}

async function sodDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    headerTable('CGC-ATT-11', 'Separation of Duties Matrix', '1.2'),
    { p: 'This matrix documents how CGC-High divides mission functions and system support functions among roles so that no single individual can perform incompatible duties (AC-5).' },
    { table: [['Role', 'Allowed duties', 'Prohibited combinations'], ...SOD_ROLES.map((role, i) => [role, `${SOD_FUNCS[i] ?? ''}`, `May not also hold: ${SOD_ROLES[(i + 1) % SOD_ROLES.length] ?? ''}`])] },
    { p: 'Exceptions require CISO approval and are recorded as compensating controls with quarterly review.' },
    ...approvals([['Thomas Abernathy', 'CISO']]),
  ];
  return {
    file: 'SOD.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Short docx separation of duties matrix (roles, allowed duties, prohibited combinations) for CGC-High.',
    data: await docx({ title: 'SoD', creator: 'Identity Platform Team', blocks }),
  };
}

// ------------------------------------------------------------------------------------------------ laws (xlsx)

async function lawsXlsx(): Promise<EvalDoc> {
  return {
    file: 'SSP-A12-Laws-Regs.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'Laws and Regulations attachment as a workbook: Laws/Regulations and Standards/Guidance tabs with identification numbers, titles, dates and links.',
    data: await xlsx({
      creator: 'FSO',
      sheets: [
        {
          name: 'Laws and Regulations',
          rows: [
            ['SSP ATTACHMENT 12 - FedRAMP Laws and Regulations'],
            ['Identification Number', 'Title', 'Date', 'Link'],
            ['PL 113-283', 'Federal Information Security Modernization Act (FISMA) of 2014', 'Dec 2014', 'https://www.congress.gov/113/plaws/publ283/PLAW-113publ283.pdf'],
            ['PL 115-232 Sec. 889', 'John S. McCain NDAA for FY2019, Section 889', 'Aug 2018', 'https://www.congress.gov'],
            ['OMB M-21-31', 'Improving the Federal Government Investigative and Remediation Capabilities', 'Aug 2021', 'https://www.whitehouse.gov/omb'],
            ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'Jan 2022', 'https://www.whitehouse.gov/omb'],
            ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'Nov 2021', 'https://www.cisa.gov/binding-operational-directive-22-01'],
          ],
          boldRows: [1, 2],
          widths: [22, 70, 12, 60],
        },
        {
          name: 'Standards and Guidance',
          rows: [
            ['Identification Number', 'Title', 'Date', 'Link'],
            ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'Mar 2006', 'https://csrc.nist.gov'],
            ['SP 800-53A Rev. 5', 'Assessing Security and Privacy Controls', 'Jan 2022', 'https://csrc.nist.gov'],
            ['SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', 'Aug 2012', 'https://csrc.nist.gov'],
            ['SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', 'May 2022', 'https://csrc.nist.gov'],
          ],
          boldRows: [1],
        },
      ],
    }),
  };
}

// ------------------------------------------------------------------------------------------------ checklist

const CHECKLIST_ITEMS: [string, string][] = [
  ['Initial Authorization Package Checklist', ''],
  ['System Security Plan (SSP)', 'SSP'],
  ['Att. 1 Information Security Policies and Procedures', 'SSP'],
  ['Att. 2 User Guide', 'SSP'],
  ['Att. 3 Digital Identity Worksheet', 'SSP'],
  ['Att. 4 PTA/PIA', 'SSP'],
  ['Att. 5 Rules of Behavior', 'SSP'],
  ['Att. 6 Information System Contingency Plan (ISCP)', 'SSP'],
  ['Att. 7 Configuration Management Plan (CMP)', 'SSP'],
  ['Att. 8 Incident Response Plan (IRP)', 'SSP'],
  ['Att. 9 CIS/CRM Workbook', 'SSP'],
  ['Att. 10 FIPS 199', 'SSP'],
  ['Att. 11 Separation of Duties Matrix', 'SSP'],
  ['Att. 12 FedRAMP Laws and Regulations', 'SSP'],
  ['Att. 13 Integrated Inventory Workbook', 'SSP'],
  ['Security Assessment Plan (SAP)', 'SAP'],
  ['Security Assessment Report (SAR)', 'SAR'],
  ['Plan of Action and Milestones (POA&M)', 'POA&M'],
  ['Agency ATO Letter', 'ATO'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const rows: (string | null)[][] = [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['CSP Name:', CSP, 'CSO Name:', CSO],
    ['Impact Level:', 'High', 'Package ID:', 'F1907112233'],
    [],
    ['#', 'Package Item', 'Category', 'Included (Y/N)', 'File Name in Repository', 'Version', 'Comments'],
  ];
  CHECKLIST_ITEMS.slice(1).forEach(([item, cat], i) => rows.push([String(i + 1), item, cat, 'Y', `CGC-High_${item.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 30)}`, '2025.1', i === 13 ? 'Uploaded monthly; latest March' : '']));
  rows.push([], ['Have all documents been reviewed for CUI markings?', null, null, 'Y'], ['Are all signatures present (SSP, SAR, ATO letter)?', null, null, 'Y']);
  return {
    file: 'checklist.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist workbook for CGC-High listing SSP, attachments, SAP, SAR, POA&M and ATO letter with included flags.',
    data: await xlsx({ creator: 'FSO', sheets: [{ name: 'Checklist', rows, boldRows: [1, 5], widths: [5, 50, 10, 14, 40, 10, 30] }, { name: 'Instructions', rows: [['Complete this checklist and upload it with the authorization package to the FedRAMP secure repository.']] }] }),
  };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: 'FedRAMP Initial Authorization Package Checklist', bold: true, size: 36 },
    { table: [['CSP', CSP], ['Cloud Service Offering', CSO], ['Impact Level', 'High'], ['Sponsoring Agency', 'U.S. Department of Energy'], ['Date', '03/12/2025']], head: false },
    { table: [['Item', 'Deliverable', 'Submitted', 'Reviewer Comments'], ...CHECKLIST_ITEMS.slice(1).map(([d], i) => [String(i + 1), d, 'Yes', i === 15 ? 'SAR signed by 3PAO on 02/28/2025' : ''])] },
    { p: 'By signing below, the CSP attests that the package is complete and the documents are the versions reviewed by the agency.' },
    ...approvals([['Rhea Castellanos', 'System Owner']]),
  ];
  return {
    file: 'Package Checklist - DOE.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'Docx FedRAMP Initial Authorization Package Checklist for the DOE-sponsored CGC-High package with per-deliverable submitted column.',
    data: await docx({ creator: 'FSO', blocks }),
  };
}

// ------------------------------------------------------------------------------------------------ inventory

function invRows(n: number, seed: number): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(r, ['hv', 'cp', 'db', 'lb']);
    const ip = `10.${40 + Math.floor(r() * 8)}.${Math.floor(r() * 250)}.${1 + Math.floor(r() * 250)}`;
    const host = `${kind}-${pick(r, ['use1', 'usw1'])}-${String(100 + i).padStart(4, '0')}`;
    out.push([
      `CGC-${kind.toUpperCase()}-${String(1000 + i)}`,
      ip,
      kind === 'hv' ? 'No' : 'Yes',
      kind === 'lb' ? 'Yes' : 'No',
      `${host}.gov.corvane.internal`,
      '',
      kind === 'hv' ? `3c:ec:ef:${(10 + i).toString(16)}:1a:0${i % 10}` : '',
      'Yes',
      kind === 'db' ? 'CGC-DB-Baseline-v7' : 'CGC-Linux-Baseline-v12',
      kind === 'hv' ? 'Corvane HVOS 6.2' : 'Amazon Linux 2023',
      pick(r, ['us-gov-east-1 AZ1', 'us-gov-east-1 AZ2', 'us-gov-west-1 AZ3']),
      kind === 'hv' ? 'Physical Server' : kind === 'db' ? 'Database' : kind === 'lb' ? 'Load Balancer' : 'Virtual Machine',
      kind === 'hv' ? 'Dell PowerEdge R760' : '',
      'Yes',
      kind === 'db' ? 'PostgreSQL Global Development Group' : '',
      kind === 'db' ? 'PostgreSQL 15.6' : '',
      '2025-02',
      pick(r, ['Hypervisor host', 'Control plane API', 'Metadata database', 'Public API load balancer']),
      '',
      `AT-${String(55000 + i)}`,
      `VLAN ${100 + Math.floor(r() * 20)}`,
      'Platform Engineering',
      kind === 'db' ? 'Data Services' : 'Compute Team',
    ]);
  }
  return out;
}

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

async function invTemplate(): Promise<EvalDoc> {
  const rows = invRows(45, 41);
  return {
    file: 'IIW_2025-03.xlsx',
    expected: 'INVENTORY',
    note: 'FedRAMP Integrated Inventory Workbook template (SSP attachment 13) filled with 45 CGC-High assets for March ConMon.',
    data: await fillWorkbook(readFileSync(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx')), (wb) => {
      const ws = wb.getWorksheet('Inventory');
      if (!ws) throw new Error('no Inventory sheet');
      rows.forEach((row, i) => row.forEach((v, j) => (ws.getRow(6 + i).getCell(j + 1).value = v)));
    }),
  };
}

async function invCustom(): Promise<EvalDoc> {
  const rows = invRows(30, 42);
  return {
    file: 'POAM_March_FINAL.xlsx',
    expected: 'INVENTORY',
    note: 'Corvane-built inventory workbook (Instructions, Lookups, Inventory tabs; header row pushed down by a header table) with IIW columns; misleading POAM file name.',
    data: await xlsx({
      creator: 'cmdb-export-bot',
      title: 'Integrated Inventory Workbook',
      sheets: [
        { name: 'Instructions', rows: [['CGC-High Integrated Inventory Workbook (IIW)'], ['Generated from the CMDB reconciliation job. One row per asset. Asset identifiers match scanner targets and POA&M Asset Identifier values.'], ['Do not edit the Lookups tab.']] },
        { name: 'Lookups', rows: [['Asset Type'], ['Physical Server'], ['Virtual Machine'], ['Database'], ['Load Balancer'], ['Yes/No'], ['Yes'], ['No']] },
        { name: 'CGC Inventory', rows: [['Document ID', 'Title', 'Version', 'Classification'], ['CGC-ATT-13', 'Integrated Inventory Workbook', '2025.03', 'CUI'], [], INV_HEADERS, ...rows], boldRows: [1, 4], freeze: 4 },
      ],
    }),
  };
}

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function invCsv(): EvalDoc {
  const rows = invRows(60, 43);
  return {
    file: 'assets_export_20250301.csv',
    expected: 'INVENTORY',
    note: 'CSV export of the CGC-High integrated inventory with the IIW columns (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address, ...).',
    data: [INV_HEADERS, ...rows].map(csvLine).join('\r\n') + '\r\n',
  };
}

// ------------------------------------------------------------------------------------------------ POA&M

function poamRows(n: number, seed: number, closed = false): (string | null)[][] {
  const r = rng(seed);
  const weaknesses = [
    ['RA-5', 'OpenSSL vulnerable version', 'Tenable Nessus', 'CVE-2024-5535'],
    ['SI-2', 'Kernel privilege escalation', 'Tenable Nessus', 'CVE-2024-1086'],
    ['AC-2(12)', 'Atypical usage detection not tuned for service accounts', 'SAR 2024 annual', 'SAR-T-017'],
    ['CM-6', 'SSH MaxAuthTries exceeds baseline', 'Qualys Policy Compliance', 'QPC-5512'],
    ['SC-8', 'TLS 1.0 enabled on legacy endpoint', 'OWASP ZAP', 'ZAP-10202'],
    ['SI-4', 'Incomplete log forwarding for storage nodes', '3PAO SAR', 'SAR-T-031'],
  ];
  const out: (string | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(r, weaknesses);
    const risk = pick(r, ['High', 'Moderate', 'Moderate', 'Low']);
    const day = 1 + Math.floor(r() * 27);
    out.push([
      `V-${2200 + i + (closed ? 500 : 0)}`,
      w[0] ?? '',
      w[1] ?? '',
      `${w[1] ?? ''} identified on production hosts during ${closed ? 'the 2024' : 'monthly'} scanning.`,
      w[2] ?? '',
      w[3] ?? '',
      `CGC-HV-${1000 + Math.floor(r() * 45)}`,
      'Vulnerability Mgmt Lead',
      'Engineering time',
      'Patch via golden image pipeline and redeploy fleet',
      `2025-01-${String(day).padStart(2, '0')}`,
      risk === 'High' ? `2025-02-${String(day).padStart(2, '0')}` : `2025-04-${String(day).padStart(2, '0')}`,
      'M1: image rebuilt; M2: canary; M3: fleet',
      '',
      '2025-03-01',
      'No',
      '',
      '',
      risk,
      risk,
      'No',
      'No',
      'No',
      '',
      '',
      closed ? 'Closed - verified by rescan' : '',
      'No',
      'No',
      '',
      w[3]?.startsWith('CVE') ? w[3] : '',
      CSO_SHORT,
    ]);
  }
  return out;
}

async function poamTemplate(): Promise<EvalDoc> {
  const header = (xml: string): string => ['A3', 'B3', 'C3', 'D3'].reduce((x, ref, i) => setCellXml(x, ref, [CSP, CSO, 'High', '2025-03-01'][i] ?? ''), xml);
  return {
    file: 'CGC-High POAM 2025-03.xlsx',
    expected: 'POAM',
    note: 'FedRAMP POA&M template v2.1 filled for CGC-High March ConMon (Open and Closed POA&M Items), edited in place.',
    data: await normalizeZip(readFileSync(fixture('office/FedRAMP-POAM-Template.xlsx')), (name, text) => {
      if (name === 'xl/worksheets/sheet1.xml') return spliceRowsXml(header(text), 6, poamRows(25, 51));
      if (name === 'xl/worksheets/sheet2.xml') return spliceRowsXml(header(text), 6, poamRows(8, 52, true));
      return text;
    }),
  };
}

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

async function poamCustom(): Promise<EvalDoc> {
  const headers = POAM_HEADERS.map((h) => (h === 'Weakness Name' ? 'Weakness Title' : h === 'Asset Identifier' ? 'Asset Identifier(s)' : h));
  return {
    file: 'ConMon_Feb_Package.xlsx',
    expected: 'POAM',
    note: 'Agency-specific POA&M workbook with drifted headers (header row 7, renamed columns), Open/Closed POA&M Items tabs and a lookups tab.',
    data: await xlsx({
      creator: 'ConMon Team',
      sheets: [
        { name: 'Cover', rows: [['Document ID', 'Title', 'Version', 'Classification'], ['CGC-CONMON-POAM', 'Plan of Action and Milestones (POA&M) - February 2025', '2025.02', 'CUI'], ['Prepared for: U.S. Department of Energy, USDA, DHS (leveraging agencies)']] },
        { name: 'Open POA&M Items', rows: [['Corvane Cloud Services POA&M'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'High', '2025-02-28'], [], ['Items added this month: 4'], [], headers, ...poamRows(18, 53)], boldRows: [7], freeze: 7 },
        { name: 'Closed POA&M Items', rows: [headers, ...poamRows(6, 54, true)], boldRows: [1] },
        { name: 'Lookups', rows: [['Risk'], ['High'], ['Moderate'], ['Low']], state: 'hidden' },
      ],
    }),
  };
}

function poamCsv(): EvalDoc {
  const rows = poamRows(22, 55).map((r) => r.map((c) => c ?? ''));
  return {
    file: 'export-2291.csv',
    expected: 'POAM',
    note: 'CSV export of the open POA&M items (FedRAMP POA&M column set starting with POAM ID) from the GRC tool.',
    data: [POAM_HEADERS, ...rows].map(csvLine).join('\n') + '\n',
  };
}

// ------------------------------------------------------------------------------------------------ deviation requests

async function drXlsx(): Promise<EvalDoc> {
  return {
    file: 'DR-2025-007.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP-style Deviation Request form workbook (operational requirement and risk adjustment requests tied to POA&M IDs).',
    data: await xlsx({
      creator: 'ConMon Team',
      sheets: [
        {
          name: 'Deviation Request',
          rows: [
            ['FedRAMP Deviation Request Form'],
            ['CSP', CSP],
            ['System Name', CSO],
            ['Impact Level', 'High'],
            ['Date Submitted', '2025-03-05'],
            [],
            ['DR ID', 'POAM ID', 'Deviation Type', 'Vulnerability / Weakness', 'CVE', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Attached'],
            ['DR-2025-007-01', 'V-2203', 'Risk Adjustment', 'Kernel privilege escalation', 'CVE-2024-1086', 'High', 'Moderate', 'Exploitation requires local shell; hypervisor hosts have no interactive users.', 'JIT-Elevate, PAW-only access, EDR', 'Yes'],
            ['DR-2025-007-02', 'V-2207', 'Operational Requirement', 'TLS 1.0 on legacy endpoint', '', 'Moderate', 'Moderate', 'Endpoint required by an agency legacy client until 2025-09.', 'Endpoint restricted to agency IP range', 'Yes'],
            ['DR-2025-007-03', 'V-2211', 'False Positive', 'OpenSSL vulnerable version', 'CVE-2024-5535', 'Moderate', 'N/A', 'Backported fix in vendor package; version string unchanged.', 'Vendor advisory attached', 'Yes'],
          ],
          boldRows: [1, 7],
          widths: [16, 10, 22, 30, 16, 12, 12, 60, 40, 10],
        },
        { name: 'Instructions', rows: [['Use one row per deviation. Deviation types: False Positive (FP), Risk Adjustment (RA), Operational Requirement (OR).'], ['Attach evidence for each request. AO approval is required before the POA&M is updated.']] },
      ],
    }),
  };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    headerTable('CGC-DR-2025-011', 'Deviation Request (DR) - False Positive', '1.0'),
    { table: [['Field', 'Value'], ['CSP / CSO', `${CSP} / ${CSO_SHORT}`], ['POA&M ID', 'V-2248'], ['Deviation Type', 'False Positive'], ['Scanner', 'Qualys VMDR, QID 38863'], ['Affected assets', 'CGC-LB-1012, CGC-LB-1019'], ['Requested by', 'ConMon Team, 2025-03-11']], head: false },
    { bh: 'Description of the deviation' },
    { p: 'The scanner reports weak SSL/TLS key exchange on the public API load balancers. The listeners only negotiate ECDHE with P-384; the QID fires on the banner of a decommissioned listener that is no longer reachable. We request that POA&M item V-2248 be closed as a false positive.' },
    { bh: 'Evidence' },
    { bullets: ['testssl.sh output from 2025-03-10 (attached)', 'Load balancer listener configuration export', 'Rescan with Tenable confirming no finding'] },
    { bh: 'Authorizing Official decision' },
    { table: [['Decision', 'Name', 'Signature', 'Date'], ['[ ] Approved  [ ] Denied', '', '', '']] },
  ];
  return {
    file: 'doc-0988.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'Single false-positive Deviation Request form for a POA&M item with evidence list and AO decision block.',
    data: await docx({ creator: 'ConMon Team', blocks, core: { dropTitle: true } }),
  };
}

// ------------------------------------------------------------------------------------------------ significant change requests

function scrBlocks(seed: number, change: string, id: string): Block[] {
  const r = rng(seed);
  return [
    headerTable(id, 'Significant Change Request (SCR) Form', '1.0'),
    { table: [['CSP', CSP], ['CSO', CSO], ['FedRAMP Package ID', 'F1907112233'], ['Proposed change', change], ['Type of change', 'New service / new component inside the boundary'], ['Planned implementation date', '2025-05-15']], head: false },
    { bh: '1. Description of the proposed change' },
    { p: `${change}. ${para(r, ENG_BANK, 3)}` },
    { bh: '2. Security impact analysis' },
    { table: [['Control ID', 'Impact', 'Change to implementation'], ['CM-8', 'Yes', 'New asset types added to the IIW'], ['SC-7', 'Yes', 'New boundary interface'], ['RA-5', 'Yes', 'New components added to scanning scope'], ['AC-2', 'No', 'Existing identity service']] },
    { bh: '3. Documents to be updated' },
    { bullets: ['SSP sections 9 and 10, boundary diagram', 'IIW', 'CIS/CRM workbook', 'ISCP BIA'] },
    { bh: '4. 3PAO assessment' },
    { p: `${TPAO} will perform a significant change assessment; the SAP addendum and SAR addendum will be delivered before the change is made available to agencies.` },
    { bh: '5. Authorizing Official approval' },
    { p: 'Each leveraging agency AO is requested to approve the change before implementation.' },
  ];
}

async function scrDocx(): Promise<EvalDoc> {
  return {
    file: 'SCR_GPU_instances.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'Significant Change Request form for adding GPU instance families to CGC-High, with security impact analysis and AO approval section.',
    data: await docx({ title: 'SCR Form', creator: 'FSO', blocks: scrBlocks(61, 'Introduce GPU-accelerated instance families (g6-gov) and their firmware management plane', 'CGC-SCR-2025-002') }),
  };
}

async function scrPdf(): Promise<EvalDoc> {
  return {
    file: 'upload (7).pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'PDF Significant Change Request for moving the managed database control plane to a new region; neutral file name.',
    data: await pdf({ title: 'Microsoft Word - Document3', lines: blocksToPdf(scrBlocks(62, 'Relocate the managed database (CGC-DBaaS) control plane to a new availability zone and add a third-party HSM', 'CGC-SCR-2025-004')) }),
  };
}

// ------------------------------------------------------------------------------------------------ scans

const VULNS: [string, string, string, string, string][] = [
  ['190856', 'CVE-2024-6387', 'High', 'OpenSSH < 9.8 RCE (regreSSHion)', 'Upgrade OpenSSH to 9.8 or later.'],
  ['201193', 'CVE-2024-1086', 'High', 'Linux Kernel netfilter use-after-free', 'Apply the vendor kernel update.'],
  ['157288', '', 'Medium', 'TLS Version 1.1 Deprecated Protocol', 'Disable TLS 1.0 and 1.1.'],
  ['51192', '', 'Medium', 'SSL Certificate Cannot Be Trusted', 'Purchase or generate a proper certificate.'],
  ['187315', 'CVE-2023-48795', 'Medium', 'SSH Terrapin Prefix Truncation Weakness', 'Disable ChaCha20-Poly1305 and EtM MACs.'],
  ['10114', 'CVE-1999-0524', 'Low', 'ICMP Timestamp Request Remote Date Disclosure', 'Filter ICMP timestamp requests.'],
  ['202598', 'CVE-2024-5535', 'Medium', 'OpenSSL 3.0.x < 3.0.15 Vulnerability', 'Upgrade OpenSSL.'],
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function nessus(seed: number, policy: string, report: string, hosts: number, prefix: string): string {
  const r = rng(seed);
  const sev: Record<string, string> = { High: '3', Medium: '2', Low: '1' };
  const out = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', `<Policy><policyName>${policy}</policyName>`, '<Preferences><ServerPreferences>', '<preference><name>scan_start_timestamp</name><value>1740790800</value></preference>', '</ServerPreferences></Preferences></Policy>', `<Report name="${report}" xmlns:cm="http://www.nessus.org/cm">`];
  for (let h = 0; h < hosts; h++) {
    const ip = `10.${prefix}.${h + 1}`;
    out.push(`<ReportHost name="${ip}"><HostProperties>`, `<tag name="HOST_END">Sat Mar  1 0${h % 10}:12:44 2025</tag>`, '<tag name="operating-system">Linux Kernel 6.1 on Amazon Linux 2023</tag>', `<tag name="host-ip">${ip}</tag>`, `<tag name="host-fqdn">cp-use1-${String(h + 100).padStart(4, '0')}.gov.corvane.internal</tag>`, '<tag name="Credentialed_Scan">true</tag>', '</HostProperties>');
    const n = 2 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const v = pick(r, VULNS);
      out.push(
        `<ReportItem port="${v[3].includes('SSH') ? 22 : v[3].includes('TLS') || v[3].includes('SSL') ? 443 : 0}" svc_name="general" protocol="tcp" severity="${sev[v[2]] ?? '1'}" pluginID="${v[0]}" pluginName="${esc(v[3])}" pluginFamily="General">`,
        `<description>${esc(v[3])}. The remote host is affected by this issue according to its self-reported version.</description>`,
        `<solution>${esc(v[4])}</solution>`,
        `<risk_factor>${v[2]}</risk_factor>`,
        v[1] ? `<cve>${v[1]}</cve>` : '',
        `<plugin_output>Installed version detected on ${ip}</plugin_output>`,
        '</ReportItem>',
      );
    }
    out.push('</ReportHost>');
  }
  out.push('</Report>', '</NessusClientData_v2>', '');
  return out.filter((l) => l !== '').join('\n');
}

function qualysCsv(): EvalDoc {
  const r = rng(71);
  const lines = [
    '"Scan Results","Corvane Cloud Services"',
    '"03/02/2025 at 04:11:09 (GMT)","CGC-High monthly infrastructure scan"',
    '',
    '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Scan Title","Asset Groups","IPs","Excluded IPs","Option Profile"',
    '"03/01/2025 at 02:00:00 (GMT)","48","48","Scheduled","Finished","scan/1740794400.12345","cgc_use1_scanner01 (Scanner 12.18.33-1, Vulnerability Signatures 2.6.232-2)","02:11:09","CGC-High Monthly - OS","CGC-HV-FLEET","10.41.0.1-10.41.0.48","","FedRAMP Authenticated High"',
    '',
    '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","CVSS","CVSS Base","Threat","Impact","Solution","Results","PCI Vuln","Category"',
  ];
  for (let i = 0; i < 40; i++) {
    const v = pick(r, VULNS);
    const ip = `10.41.0.${1 + Math.floor(r() * 48)}`;
    lines.push(csvLine([ip, `hv-use1-${i}.gov.corvane.internal`, '', 'Corvane HVOS 6.2', 'host scanned, found vuln', String(38000 + Number(v[0]) % 1000), v[3], 'Vuln', v[2] === 'High' ? '4' : v[2] === 'Medium' ? '3' : '2', v[3].includes('SSH') ? '22' : '443', 'tcp', '', v[3].includes('TLS') ? 'over ssl' : '', v[1], '', '', '', '7.5', `${v[3]} may allow an attacker to compromise the host.`, 'Successful exploitation could compromise confidentiality and integrity.', v[4], 'Detected version below fixed release', 'no', 'General remote services']));
  }
  return {
    file: 'Scan_Results_cgc_20250302.csv',
    expected: 'SCAN_RESULTS',
    note: 'Qualys VM scan results CSV (report preamble, scan summary row, then QID detail rows) from CGC-High monthly OS scanning.',
    data: lines.join('\r\n') + '\r\n',
  };
}

function tenableCsv(): EvalDoc {
  const r = rng(72);
  const lines = ['Plugin ID,CVE,CVSS v2.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output'];
  for (let i = 0; i < 35; i++) {
    const v = pick(r, VULNS);
    lines.push(csvLine([v[0], v[1], v[2] === 'High' ? '7.8' : v[2] === 'Medium' ? '5.0' : '2.6', v[2], `10.44.${Math.floor(r() * 4)}.${1 + Math.floor(r() * 200)}`, 'tcp', v[3].includes('SSH') ? '22' : '0', v[3], `The remote host is affected by ${v[3]}.`, `According to its self-reported version, the remote host is affected by ${v[3]}.`, v[4], 'https://www.tenable.com/plugins', 'Installed package: see plugin output']));
  }
  return {
    file: 'Oct.csv',
    expected: 'SCAN_RESULTS',
    note: 'Tenable Nessus CSV export (Plugin ID, CVE, Risk, Host ...) of a CGC-High database host scan.',
    data: lines.join('\n') + '\n',
  };
}

function zapJson(): EvalDoc {
  const r = rng(73);
  const alerts = [
    ['10202', 'Absence of Anti-CSRF Tokens', '1', 'Low'],
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'Low'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'High'],
    ['10096', 'Timestamp Disclosure - Unix', '0', 'Informational'],
  ].map(([pluginid, alert, riskcode, risk]) => ({
    pluginid,
    alertRef: pluginid,
    alert,
    name: alert,
    riskcode,
    confidence: '2',
    riskdesc: `${risk} (Medium)`,
    desc: `<p>${alert} was detected on the console.</p>`,
    instances: Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({ uri: `https://console.gov.corvane.example/api/v2/${['projects', 'keys', 'billing'][k % 3]}`, method: 'GET', param: '', attack: '', evidence: '' })),
    count: '1',
    solution: '<p>Apply the recommended header or token.</p>',
    reference: '<p>https://owasp.org</p>',
    cweid: '352',
    wascid: '9',
    sourceid: '3',
  }));
  const doc = { '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Sat, 1 Mar 2025 03:14:22', site: [{ '@name': 'https://console.gov.corvane.example', '@host': 'console.gov.corvane.example', '@port': '443', '@ssl': 'true', alerts }] };
  return {
    file: 'zap-report.json',
    expected: 'SCAN_RESULTS',
    note: 'OWASP ZAP JSON report of the monthly authenticated web application scan of the CGC-High government console.',
    data: JSON.stringify(doc, null, 2),
  };
}

function burpXml(): EvalDoc {
  const issues = [
    ['Cross-site scripting (reflected)', 'High', 'Certain', '/api/v2/search'],
    ['TLS cookie without secure flag set', 'Medium', 'Firm', '/login'],
    ['Strict transport security not enforced', 'Low', 'Certain', '/'],
    ['Cacheable HTTPS response', 'Information', 'Certain', '/api/v2/projects'],
  ];
  const body = issues
    .map(([name, sev, conf, path], i) => `  <issue>\n    <serialNumber>${5112340001 + i}</serialNumber>\n    <type>${2097920 + i}</type>\n    <name>${name}</name>\n    <host ip="10.47.1.20">https://portal.gov.corvane.example</host>\n    <path><![CDATA[${path}]]></path>\n    <location><![CDATA[${path}]]></location>\n    <severity>${sev}</severity>\n    <confidence>${conf}</confidence>\n    <issueBackground><![CDATA[${name} issues arise when the application fails to apply standard protections.]]></issueBackground>\n    <remediationBackground><![CDATA[Apply output encoding and security headers.]]></remediationBackground>\n  </issue>`)
    .join('\n');
  return {
    file: 'portal_webapp_scan.xml',
    expected: 'SCAN_RESULTS',
    note: 'Burp Suite Professional XML issues export from the CGC-High agency portal web application scan.',
    data: `<?xml version="1.0"?>\n<!DOCTYPE issues [\n<!ELEMENT issues (issue*)>\n<!ATTLIST issues burpVersion CDATA "">\n<!ATTLIST issues exportTime CDATA "">\n]>\n<issues burpVersion="2024.12.1" exportTime="Sat Mar 01 05:02:11 UTC 2025">\n${body}\n</issues>\n`,
  };
}

function trivyJson(): EvalDoc {
  const r = rng(74);
  const vulns = Array.from({ length: 14 }, (_, i) => {
    const v = pick(r, VULNS);
    return { VulnerabilityID: v[1] || `CVE-2024-${30000 + i}`, PkgName: pick(r, ['openssl', 'openssh', 'glibc', 'curl', 'zlib']), InstalledVersion: '3.0.8-1', FixedVersion: '3.0.15-1', Severity: v[2].toUpperCase() === 'MEDIUM' ? 'MEDIUM' : v[2].toUpperCase(), Title: v[3], Description: `${v[3]}. ${v[4]}` };
  });
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-03-01T06:00:00Z',
    ArtifactName: 'registry.gov.corvane.internal/control-plane/api-gateway:2025.02.3',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'amazon', Name: '2023' }, ImageID: 'sha256:4f6c1a2b', RepoTags: ['registry.gov.corvane.internal/control-plane/api-gateway:2025.02.3'] },
    Results: [{ Target: 'registry.gov.corvane.internal/control-plane/api-gateway:2025.02.3 (amazon 2023)', Class: 'os-pkgs', Type: 'amazon', Vulnerabilities: vulns }],
  };
  return {
    file: 'api-gateway-image.json',
    expected: 'SCAN_RESULTS',
    note: 'Trivy JSON vulnerability report of a CGC-High control-plane container image (monthly container scanning).',
    data: JSON.stringify(doc, null, 2),
  };
}

function nessusOs(): EvalDoc {
  return {
    file: 'CGC_High_OS_Monthly_March.nessus',
    expected: 'SCAN_RESULTS',
    note: 'Nessus .nessus export (NessusClientData_v2) of the authenticated monthly OS scan of control-plane hosts.',
    data: nessus(75, 'FedRAMP High - Authenticated OS', 'CGC-High OS Monthly 2025-03', 12, '41.0'),
  };
}

function nessusDb(): EvalDoc {
  return {
    file: 'export (2).xml',
    expected: 'SCAN_RESULTS',
    note: 'Nessus v2 XML export of the monthly database host scan saved with a generic .xml name.',
    data: nessus(76, 'CGC DB tier - credentialed', 'DBaaS fleet scan March', 8, '46.2'),
  };
}

export async function dataDocs(): Promise<EvalDoc[]> {
  const asyncDocs = await Promise.all([cisCrmA(), cisCrmB(), sodXlsx(), sodDocx(), lawsXlsx(), checklistXlsx(), checklistDocx(), invTemplate(), invCustom(), poamTemplate(), poamCustom(), drXlsx(), drDocx(), scrDocx(), scrPdf()]);
  return [...asyncDocs, invCsv(), poamCsv(), qualysCsv(), tenableCsv(), zapJson(), burpXml(), trivyJson(), nessusOs(), nessusDb()];
}

