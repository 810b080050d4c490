// Workbook deliverables: POA&Ms (template, drifted, CSV export), integrated inventories, the CIS/CRM
// workbook, the separation of duties matrix, the laws and regulations list and the package checklist.
import type { Block, CellValue, Eval5Doc } from './kit.js';
import { csvLine, docx, int, ipv4, isoDay, pick, rng, xlsx } from './kit.js';

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAKNESSES: [string, string, string, string][] = [
  ['RA-5, SI-2', 'OpenSSL 3.0.x < 3.0.13 Multiple Vulnerabilities', 'Nessus Plugin 189463', 'CVE-2024-0727'],
  ['SC-8', 'TLS Version 1.1 Protocol Deprecated', 'Nessus Plugin 157288', ''],
  ['CM-6', 'CIS benchmark 5.2.8: SSH root login not disabled', 'CIS-CAT', ''],
  ['SI-2', 'Apache Tomcat 9.0.x < 9.0.86 Information Disclosure', 'Nessus Plugin 192043', 'CVE-2024-23672'],
  ['AC-11', 'Admin portal session lock exceeds 15 minutes', 'SAR V-02', ''],
  ['RA-5', 'Amazon Linux 2023: kernel (ALAS2023-2026-512)', 'Nessus Plugin 205112', 'CVE-2025-21756'],
  ['IA-5', 'Service account password older than 365 days', 'Annual assessment', ''],
];

function poamRows(seed: number, count: number, prefix: string, base: string): CellValue[][] {
  const r = rng(seed);
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const w = pick(r, WEAKNESSES);
    const risk = pick(r, ['High', 'Moderate', 'Moderate', 'Low']);
    const days = risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180;
    const detected = isoDay(base, -int(r, 5, 120));
    rows.push([`${prefix}-${String(101 + i).padStart(4, '0')}`, w[0], w[1], `${w[1]} identified on production assets.`, w[2].startsWith('Nessus') ? 'Tenable Nessus' : w[2], w[2], `${ipv4(r)}`, 'Cloud Operations', 'Engineering time', 'Apply vendor patch via monthly patch cycle', detected, isoDay(detected, days), 'Patch in staging; deploy to production', '', base, 'No', '', '', risk, '', 'No', 'No', 'No', '', '', '', 'No', 'No', '', w[3], 'Core platform']);
  }
  return rows;
}

async function poamTemplate(): Promise<Eval5Doc> {
  const open: CellValue[][] = [
    ['FedRAMP Plan of Action and Milestones (POA&M)'],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    ['Tamarack Software, LLC', 'Tamarack FedCase', 'Moderate', '2026-05-31'],
    [],
    POAM_HEADERS,
    ...poamRows(51, 14, 'V-2026', '2026-05-31'),
  ];
  const closed: CellValue[][] = [['FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], ['Tamarack Software, LLC', 'Tamarack FedCase', 'Moderate', '2026-05-31'], [], POAM_HEADERS, ...poamRows(52, 6, 'V-2025', '2026-04-30')];
  return {
    file: 'FedCase POAM 2026-05.xlsx',
    expected: 'POAM',
    note: 'POA&M in the v2.1 template layout (header row 5, open/closed sheets, record of changes)',
    data: await xlsx(
      [
        { name: 'Open POA&M Items', rows: open, bold: [5] },
        { name: 'Closed POA&M Items', rows: closed, bold: [5] },
        { name: 'Configuration Findings', rows: [[], [], [], [], POAM_HEADERS] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2026-05-31', 'May 2026 ConMon update', '26.05', 'P. Lindqvist']] },
      ],
      { title: 'POA&M', creator: 'P. Lindqvist' },
    ),
  };
}

async function poamDrifted(): Promise<Eval5Doc> {
  const headers = ['Item #', 'Security Control(s)', 'Finding Title', 'Finding Detail', 'Source of Discovery', 'Scanner Plugin / Ref', 'Affected Asset(s)', 'Owner', 'Remediation Plan', 'Date Identified', 'Target Date', 'Milestones', 'Risk (Original)', 'Risk (Adjusted)', 'Deviation Status', 'CVE(s)'];
  const r = rng(77);
  const rows: CellValue[][] = Array.from({ length: 18 }, (_, i) => {
    const w = pick(r, WEAKNESSES);
    const det = isoDay('2026-06-30', -int(r, 3, 200));
    return [`MAC-${600 + i}`, w[0], w[1], `${w[1]} on ${int(r, 1, 12)} hosts`, 'Monthly scan', w[2], `mac-node-${int(r, 10, 99)}`, 'Platform SRE', 'Patch / reconfigure', det, isoDay(det, 90), 'Q3 release train', pick(r, ['High', 'Moderate', 'Low']), '', pick(r, ['', '', 'RA pending', 'FP approved']), w[3]];
  });
  return {
    file: 'MAC_ConMon_Jun26.xlsx',
    expected: 'POAM',
    note: 'hard: drifted POA&M — renamed sheets/columns, header row 7, dashboard sheet first',
    data: await xlsx(
      [
        { name: 'Dashboard', rows: [['Meridian Analytics Cloud — Continuous Monitoring Summary, June 2026'], ['Open items', 18], ['Overdue', 2], ['Scans ingested', 'OS, DB, Web']] },
        {
          name: 'POA&M - Open',
          rows: [['Plan of Action & Milestones'], ['Cloud Service Provider:', 'Meridian Systems Group'], ['System:', 'Meridian Analytics Cloud'], ['Impact:', 'High'], ['As of:', '2026-06-30'], [], headers, ...rows],
          bold: [7],
        },
        { name: 'POA&M - Closed', rows: [['Plan of Action & Milestones — closed'], [], [], [], [], [], headers] },
      ],
      { title: 'ConMon June 2026' },
    ),
  };
}

function poamCsv(): Eval5Doc {
  const lines = [csvLine(POAM_HEADERS), ...poamRows(91, 12, 'OCC', '2026-05-31').map((row) => csvLine(row.map((c) => c ?? '')))];
  return { file: 'grc_export_20260601.csv', expected: 'POAM', note: 'POA&M exported from a GRC tool as CSV (template headers, no preamble)', data: lines.join('\r\n') + '\r\n' };
}

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function inventoryRows(seed: number, n: number, domain: string): CellValue[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(r, ['web', 'api', 'db', 'idx', 'bastion']);
    const db = kind === 'db';
    return [`${kind}-${String(i + 1).padStart(3, '0')}`, ipv4(r, '10.60'), 'Yes', kind === 'web' ? 'Yes' : 'No', `${kind}${i + 1}.${domain}`, '', '', 'Yes', db ? 'CIS PostgreSQL 15' : 'CIS AL2023 L1', db ? 'Amazon Linux 2023' : 'Amazon Linux 2023', 'AWS us-gov-west-1', db ? 'Database' : 'Virtual Machine', 'AWS EC2 m6i', 'Yes', db ? 'PostgreSQL Global Development Group' : '', db ? 'PostgreSQL 15.6' : '', '2026-05', `${kind} tier`, '', `i-0${int(r, 1000000, 9999999)}`, `vpc-prod/${kind}`, 'Cloud Operations', kind === 'db' ? 'DBA Team' : 'App Team'];
  });
}

async function inventoryV22(): Promise<Eval5Doc> {
  return {
    file: 'Att13_May.xlsx',
    expected: 'INVENTORY',
    note: 'integrated inventory workbook v2.2 layout (instructions sheet, header row 2)',
    data: await xlsx([
      { name: 'INSTRUCTIONS', rows: [['Integrated Inventory Workbook — instructions'], ['List every asset in the authorization boundary; one row per asset.']] },
      { name: 'Inventory', rows: [['Halcyon GovCloud Records Platform — Integrated Inventory — May 2026'], INV_HEADERS, ...inventoryRows(13, 30, 'hgrp.internal')], bold: [2] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2026-05-31', 'Monthly refresh', 'T. Ruiz']] },
    ]),
  };
}

async function inventoryRev5(): Promise<Eval5Doc> {
  const headers = [...INV_HEADERS, 'Diagram Label'];
  const rows = inventoryRows(14, 22, 'occ.gov-cloud.example').map((row, i) => [...row, `N${(i % 7) + 1}`]);
  const sw: CellValue[][] = [['Software inventory (supplement)'], ['Component', 'Vendor', 'Version'], ['nginx', 'F5', '1.26.1'], ['PostgreSQL', 'PGDG', '16.3'], ['Keycloak', 'Red Hat', '24.0']];
  return {
    file: 'OCC_Appendix_M_2026-06.xlsx',
    expected: 'INVENTORY',
    note: 'Rev5 Appendix M inventory with Diagram Label, title rows above headers, extra software sheet',
    data: await xlsx([
      { name: 'Cover', rows: [['SSP Appendix M: Integrated Inventory Workbook'], ['Orion Civic Cloud'], ['June 2026']] },
      { name: 'Inventory', rows: [['Orion Civic Cloud'], ['Reporting period', 'June 2026'], [], headers, ...rows], bold: [4] },
      { name: 'Software', rows: sw },
    ]),
  };
}

async function cisCrm(): Promise<Eval5Doc> {
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'SC-7', 'SC-8', 'SC-28', 'SI-2'];
  const r = rng(21);
  const cis: CellValue[][] = [
    ['Control Implementation Summary (CIS) Worksheet'],
    ['CSP: Nimbus Ledger, Inc.', '', 'System: Nimbus Ledger for Government', '', 'Impact Level: Moderate'],
    [],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer', 'Provided by Customer', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'],
    ...ctrls.map((c) => {
      const shared = r() < 0.4;
      return [c, 'X', '', '', '', '', c.endsWith('-1') ? 'X' : '', shared ? '' : 'X', '', '', '', shared ? 'X' : '', c.startsWith('SC-28') ? 'X' : ''];
    }),
  ];
  const crm: CellValue[][] = [
    ['Customer Responsibility Matrix (CRM) Worksheet'],
    [],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control Responsibility', 'Customer Responsibility'],
    ['AC-2', 'Partial', 'CSP manages internal accounts', 'Customer manages tenant user accounts and reviews them'],
    ['AC-7', 'Yes', 'Lockout enforced by platform', 'None'],
    ['IA-2', 'Partial', 'Platform supports SAML federation', 'Customer enforces PIV/MFA in its IdP'],
    ['AU-6', 'Partial', 'CSP reviews platform logs', 'Customer reviews tenant audit logs'],
  ];
  return {
    file: 'NL_Att9_Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'CIS/CRM workbook with CIS and CRM worksheets',
    data: await xlsx([
      { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], ['Complete the CIS worksheet for every control of the baseline and the CRM for customer responsibilities.']] },
      { name: 'CIS Worksheet', rows: cis, bold: [4] },
      { name: 'CRM Worksheet', rows: crm, bold: [3] },
    ]),
  };
}

async function sodMatrix(): Promise<Eval5Doc> {
  const roles = ['System Owner', 'ISSO', 'Cloud Engineer', 'DBA', 'Developer', 'SOC Analyst', 'Release Manager'];
  const duties = ['Approve access requests', 'Provision accounts', 'Deploy code to production', 'Approve production changes', 'Modify audit configuration', 'Review audit logs', 'Manage encryption keys', 'Write application code', 'Administer database'];
  const r = rng(8);
  return {
    file: 'roles_and_duties.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'separation of duties matrix (AC-5) roles × duties; generic file name',
    data: await xlsx([
      {
        name: 'SoD Matrix',
        rows: [['Tamarack FedCase — Separation of Duties Matrix (AC-5)'], ['Legend: P = performs, A = approves, R = reviews, X = prohibited'], [], ['Duty / Function', ...roles], ...duties.map((d) => [d, ...roles.map(() => pick(r, ['P', 'A', 'R', 'X', '', '']))])],
        bold: [4],
      },
      { name: 'Conflicting Duties', rows: [['Duty A', 'Duty B', 'Rationale'], ['Write application code', 'Deploy code to production', 'Prevents unreviewed code in production'], ['Modify audit configuration', 'Review audit logs', 'Prevents concealment']] },
    ]),
  };
}

async function lawsRegs(): Promise<Eval5Doc> {
  return {
    file: 'Attachment12.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'FedRAMP laws and regulations attachment as workbook (laws, standards, guidance sheets)',
    data: await xlsx([
      {
        name: 'Laws and Regulations',
        rows: [['Orion Civic Cloud — Attachment 12: FedRAMP Laws and Regulations'], [], ['Identification Number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['5 U.S.C. 552a', 'Privacy Act of 1974', 'July 1975', 'https://www.justice.gov/opcl/privacy-act-1974'], ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'], ['OMB M-21-31', 'Improving the Federal Government’s Investigative and Remediation Capabilities', 'August 2021', 'https://www.whitehouse.gov/omb'], ['FedRAMP Authorization Act', 'James M. Inhofe NDAA FY2023, Title LIX', 'December 2022', 'https://www.congress.gov']],
        bold: [3],
      },
      { name: 'Standards and Guidance', rows: [['Identification Number', 'Title', 'Date', 'Link'], ['FIPS 199', 'Standards for Security Categorization', 'February 2004', 'https://csrc.nist.gov'], ['SP 800-53 Rev. 5', 'Security and Privacy Controls', 'September 2020', 'https://csrc.nist.gov'], ['SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://csrc.nist.gov']] },
    ]),
  };
}

async function checklistXlsx(): Promise<Eval5Doc> {
  const items = ['Transmittal Letter', 'System Security Plan (SSP)', 'SSP Attachment 1 — Policies and Procedures', 'SSP Attachment 2 — User Guide', 'SSP Attachment 4 — PTA/PIA', 'SSP Attachment 5 — Rules of Behavior', 'SSP Attachment 6 — ISCP', 'SSP Attachment 7 — CMP', 'SSP Attachment 8 — IRP', 'SSP Attachment 9 — CIS/CRM', 'SSP Attachment 13 — Integrated Inventory', 'Security Assessment Plan (SAP)', 'Security Assessment Report (SAR)', 'Plan of Action and Milestones (POA&M)', 'Agency ATO Letter'];
  return {
    file: 'HGRP_package_index.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'initial authorization package checklist workbook',
    data: await xlsx([
      {
        name: 'Checklist',
        rows: [['FedRAMP Initial Authorization Package Checklist'], ['CSP: Halcyon Data Systems, Inc.', '', 'CSO: Halcyon GovCloud Records Platform', '', 'Agency: Department of the Interior'], [], ['#', 'Package document', 'Included (Y/N)', 'File name', 'Version / Date', 'Notes'], ...items.map((d, i) => [i + 1, d, 'Y', `HGRP_${i + 1}.pdf`, '2026-04', '']), [], ['Submitted to the FedRAMP secure repository by:', 'Department of the Interior', '', '', '', '']],
        bold: [4],
      },
    ]),
  };
}

async function checklistDocx(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'FedRAMP Initial Authorization Package Checklist', bold: true, center: true, size: 18 },
    { p: 'Meridian Analytics Cloud — Agency: Department of Energy — Impact level: High', center: true },
    { p: 'Instructions: the agency or CSP confirms that each document is included in the package uploaded to the FedRAMP secure repository, and that required items are complete.' },
    { table: [['Checklist item', 'Yes', 'No', 'Comments'], ['Is the SSP complete, using the current FedRAMP template?', 'X', '', ''], ['Are all SSP attachments included (1–13)?', 'X', '', 'Attachment 3 updated'], ['Is the SAP signed by the 3PAO and approved by the agency?', 'X', '', ''], ['Does the SAR include the risk exposure table and 3PAO recommendation?', 'X', '', ''], ['Is the POA&M on the current FedRAMP template and consistent with the SAR?', 'X', '', ''], ['Is the agency ATO letter signed by the authorizing official?', 'X', '', ''], ['Is the CIS/CRM workbook consistent with the SSP?', '', 'X', 'Two controls differ; CSP to correct']] },
    { p: 'Completed by: Rachel Iyer, DOE AO designated representative — Date: 2026-04-02' },
  ];
  return { file: 'MAC_Checklist_Completed.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word package checklist with yes/no questions', data: await docx({ blocks }) };
}

export async function workbookDocs(): Promise<Eval5Doc[]> {
  return Promise.all([poamTemplate(), poamDrifted(), Promise.resolve(poamCsv()), inventoryV22(), inventoryRev5(), cisCrm(), sodMatrix(), lawsRegs(), checklistXlsx(), checklistDocx()]);
}
