// Workbook deliverables: POA&Ms (template, renamed columns, CSV export), integrated inventories,
// authorization package checklists, deviation request, CIS/CRM workbook, separation of duties matrix,
// laws and regulations.
import { csv, docx, int, isoDay, pick, rng, xlsx } from './build.js';
import type { Cell, Eval4Doc, SheetSpec } from './build.js';

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAKNESSES: [string, string, string, string][] = [
  ['SI-2', 'OpenSSH regreSSHion race condition', 'Tenable Nessus', 'CVE-2024-6387'],
  ['RA-5', 'Apache HTTP Server 2.4.x < 2.4.62 multiple vulnerabilities', 'Tenable Nessus', 'CVE-2024-40898'],
  ['CM-6', 'CIS benchmark: auditd rules not immutable', 'Nessus compliance audit', ''],
  ['SI-2', 'Oracle Java SE April 2025 CPU', 'Tenable Nessus', 'CVE-2025-21587'],
  ['AC-2', 'Quarterly account review not performed for Q2', 'Annual assessment (3PAO)', ''],
  ['SC-8', 'TLS 1.0 enabled on legacy load balancer listener', 'Qualys WAS', ''],
  ['RA-5', 'PostgreSQL 15.x < 15.8 SQL injection in pg_dump', 'Nessus DB scan', 'CVE-2024-7348'],
  ['AU-11', 'Audit log retention 60 days instead of 90 online', 'Annual assessment (3PAO)', ''],
  ['SI-2', 'Linux kernel use-after-free (nf_tables)', 'Tenable Nessus', 'CVE-2024-1086'],
  ['IA-5', 'Service account password older than 365 days', 'Internal audit', ''],
  ['CM-7', 'Unnecessary SNMPv2 service enabled', 'Tenable Nessus', ''],
  ['SC-28', 'EBS volume not encrypted in sandbox-shared account', 'AWS Config', ''],
];

const RATINGS = ['High', 'Moderate', 'Low'] as const;
const DAYS: Record<(typeof RATINGS)[number], number> = { High: 30, Moderate: 90, Low: 180 };

function poamRows(seed: number, prefix: string, n: number, hosts: string[]): Cell[][] {
  const r = rng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const [ctl, name, src, cve] = pick(r, WEAKNESSES);
    const rating = pick(r, RATINGS);
    const detected = isoDay('2025-03-01', int(r, 0, 180));
    const due = isoDay(detected, DAYS[rating]);
    rows.push([
      `${prefix}-${String(100 + i)}`, ctl, name, `${name} identified on ${detected}. See scan detail.`, src, cve ? `plugin ${int(r, 150000, 210000)}` : `finding ${int(r, 1, 40)}`,
      pick(r, hosts), 'Cloud Operations', 'Staff time', 'Apply vendor patch via standard change; rescan to verify.', detected, due, `Patch in next maintenance window (${due})`, '', '2025-09-30',
      'No', '', '', rating, rating, 'No', 'No', 'No', '', '', '', 'No', cve ? 'Yes' : 'No', '', cve, 'Core platform',
    ]);
  }
  return rows;
}

function templatePoam(): SheetSpec[] {
  const hosts = ['thrc-app-01', 'thrc-app-02', 'thrc-db-01', 'thrc-sftp-01', 'thrc-web-lb'];
  return [
    {
      name: 'Open POA&M Items',
      rows: [
        ['FedRAMP Plan of Action and Milestones (POA&M)'],
        ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
        ['Tessellate Corporation', 'Tessellate HR Cloud', 'Moderate', '2025-09-30'],
        [],
        ['Note: items carried from the 2025 annual assessment are marked in Comments.'],
        POAM_HEADERS,
        ...poamRows(41, 'V', 14, hosts),
      ],
      bold: [1, 2, 6],
      freezeRow: 6,
    },
    { name: 'Closed POA&M Items', rows: [['CSP', 'System Name', 'Impact Level', 'POAM Date'], ['Tessellate Corporation', 'Tessellate HR Cloud', 'Moderate', '2025-09-30'], [], [], POAM_HEADERS, ...poamRows(42, 'V', 6, hosts)] },
    { name: 'Configuration Findings', rows: [POAM_HEADERS.slice(0, 12)] },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2025-08-31', 'August ConMon update', 'P. Horak'], ['2025-09-30', 'September ConMon update', 'P. Horak']] },
  ];
}

function renamedPoam(): SheetSpec[] {
  const headers = ['Item #', 'Security Control(s)', 'Finding Title', 'Finding Details', 'Identified By', 'Scanner Ref / Plugin', 'Affected Component(s)', 'Owner', 'Resources Needed', 'Remediation Approach', 'Date Identified', 'Target Completion Date', 'Milestones', 'Milestone Updates', 'Last Status Update', 'Vendor Dependent?', 'Initial Risk', 'Current Risk', 'DR Submitted (FP/OR/RA)', 'CVE(s)', 'Notes'];
  const r = rng(77);
  const hosts = ['kfmp-api-1', 'kfmp-api-2', 'kfmp-sync', 'kfmp-pg-primary', 'mdm-connector'];
  const rows = (n: number, start: number): Cell[][] =>
    Array.from({ length: n }, (_, i) => {
      const [ctl, name, src, cve] = pick(r, WEAKNESSES);
      const risk = pick(r, RATINGS);
      const found = isoDay('2025-04-01', int(r, 0, 150));
      return [`KF-${start + i}`, ctl, name, `${name}. Affects production workload.`, src, cve ? String(int(r, 150000, 210000)) : '-', pick(r, hosts), 'J. Whitfield', 'None beyond staff', 'Upgrade package / reconfigure', found, isoDay(found, DAYS[risk]), 'Fix in sprint; verify by rescan', '', '2025-09-26', 'No', risk, risk, '', cve, ''];
    });
  return [
    {
      name: 'Open Items',
      rows: [['Kestrel Mobile, Inc. — Plan of Action & Milestones (POA&M)'], ['System: Kestrel FieldOps Mobile Platform | FIPS 199: Moderate | Reporting period: September 2025'], [], headers, ...rows(11, 201)],
      bold: [1, 4],
      merges: ['A1:H1'],
    },
    { name: 'Closed Items', rows: [headers, ...rows(4, 180)] },
    { name: 'Change Log', rows: [['Date', 'Change'], ['2025-09-26', 'Monthly update submitted to NBLR']] },
  ];
}

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(seed: number, prefix: string, net: string, n: number, diagram: boolean): Cell[][] {
  const r = rng(seed);
  const fns: [string, string, string, string][] = [
    ['app', 'Ubuntu 22.04 LTS', 'Application server', 'Nginx 1.24'],
    ['db', 'Red Hat Enterprise Linux 9.4', 'Database server', 'PostgreSQL 15.8'],
    ['web', 'Amazon Linux 2023', 'Web front end', 'Node.js 20'],
    ['mgmt', 'Windows Server 2022', 'Jump host', 'Microsoft RDP'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [role, os, fn, sw] = pick(r, fns);
    const ip = `${net}.${int(r, 10, 250)}`;
    const row: Cell[] = [`${prefix}-${role}-${String(i + 1).padStart(3, '0')}`, ip, 'Yes', role === 'web' ? 'Yes' : 'No', `${prefix}-${role}-${i + 1}.internal`, '', '', 'Yes', `CIS ${os} L1`, os, 'US Gov West', 'Virtual machine', 'n/a', 'Yes', sw.split(' ')[0] ?? '', sw, '2025-09 patches', fn, '', `i-0${Math.floor(r() * 1e12).toString(16)}`, `subnet-${role}`, 'Cloud Ops', 'App Team'];
    if (diagram) row.push(`${role.toUpperCase()}-${1 + (i % 3)}`);
    return row;
  });
}

function checklistRows(): Cell[][] {
  const items = [
    ['1', 'System Security Plan (SSP) — signed by the CSP', 'Yes'], ['2', 'SSP Attachment 1: Information Security Policies and Procedures', 'Yes'], ['3', 'SSP Attachment 2: User Guide', 'Yes'],
    ['4', 'SSP Attachment 3: Digital Identity Worksheet', 'Yes'], ['5', 'SSP Attachment 4: PTA / PIA', 'Yes'], ['6', 'SSP Attachment 5: Rules of Behavior', 'Yes'],
    ['7', 'SSP Attachment 6: Information System Contingency Plan and test report', 'Yes'], ['8', 'SSP Attachment 7: Configuration Management Plan', 'Yes'], ['9', 'SSP Attachment 8: Incident Response Plan', 'Yes'],
    ['10', 'SSP Attachment 9: CIS/CRM Workbook', 'Yes'], ['11', 'SSP Attachment 10: FIPS 199', 'Yes'], ['12', 'SSP Attachment 11: Separation of Duties Matrix', 'Yes'],
    ['13', 'SSP Attachment 13: Integrated Inventory Workbook', 'Yes'], ['14', 'Security Assessment Plan (SAP) approved by the agency', 'Yes'], ['15', 'Security Assessment Report (SAR) with all appendices', 'Yes'],
    ['16', 'Plan of Action and Milestones (POA&M)', 'Yes'], ['17', 'Agency ATO letter', 'Yes'], ['18', 'Does the FIPS 199 level in the SSP match the SAR?', 'Yes'],
    ['19', 'Are all controls of the baseline addressed in the SSP?', 'Yes'], ['20', 'Are high risks from the SAR in the POA&M?', 'Yes'], ['21', 'Continuous Monitoring Plan', 'Yes'],
  ];
  return items.map(([n, t, y]) => [n ?? '', t ?? '', y ?? '', '', '']);
}

export async function structuredDocs(): Promise<Eval4Doc[]> {
  const hosts = ['thrc-app-01', 'thrc-app-03', 'thrc-db-02'];
  const cisControls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-2(4)', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AC-6(1)', 'AC-7', 'AC-8', 'AC-11', 'AC-17', 'AT-1', 'AT-2', 'AU-2', 'AU-3', 'AU-6', 'CA-7', 'CM-2', 'CM-6', 'CM-7', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-2(2)', 'IA-5', 'IR-6', 'MP-2', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4', 'SR-3'];
  const cr = rng(5);
  const roles = ['System Owner', 'ISSO', 'System Administrator', 'Database Administrator', 'Developer', 'Security Analyst (SOC)', 'Release Manager', 'Auditor'];
  const duties = ['Approve production changes', 'Deploy code to production', 'Create privileged accounts', 'Review audit logs', 'Modify audit configuration', 'Approve access requests', 'Restore backups', 'Manage encryption keys', 'Perform vulnerability scans', 'Accept risk / approve deviations'];
  return [
    { file: 'THRC_POAM_2025-09.xlsx', expected: 'POAM', note: 'FedRAMP POA&M template layout; header row drifted to row 6', data: await xlsx(templatePoam(), { title: 'Tessellate HR Cloud POA&M', author: 'Pavel Horak' }) },
    { file: 'KFMP POAM Sept.xlsx', expected: 'POAM', note: 'hard: POA&M with renamed columns ("Item #", "Finding Title", "Initial Risk") and non-template sheet names', data: await xlsx(renamedPoam(), { author: 'Jonah Whitfield' }) },
    { file: 'poam_open_items_export.csv', expected: 'POAM', note: 'POA&M open items exported from a GRC tool as CSV with template headers', data: csv([POAM_HEADERS, ...poamRows(43, 'THRC', 9, hosts).map((row) => row.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString() : c)))]) },
    {
      file: 'NGA_Inventory_Sept2025.xlsx',
      expected: 'INVENTORY',
      note: 'hard: integrated inventory whose first three sheets are cover, instructions and change log',
      data: await xlsx([
        { name: 'Cover', rows: [['Northwind GovAnalytics'], ['SSP Appendix M — Integrated Inventory Workbook'], ['Reporting month: September 2025'], ['Prepared by: Platform Engineering']] },
        { name: 'Instructions', rows: [['How to complete this workbook'], ['One row per inventory item: virtual machines, containers hosts, databases, network devices, software.'], ['Fill "In Latest Scan" from the monthly scan results.']] },
        { name: 'Change Log', rows: [['Date', 'Change'], ['2025-09-29', 'Added 3 analytics nodes, removed 1']] },
        { name: 'Inventory', rows: [[...INV_HEADERS, 'Diagram Label'], ...invRows(11, 'nga', '10.12.3', 22, true)], bold: [1] },
      ], { title: 'Integrated Inventory Workbook', author: 'Platform Engineering' }),
    },
    {
      file: 'BHCM_IIW_2025-09.xlsx',
      expected: 'INVENTORY',
      note: 'inventory workbook v2.2 layout: title row then the 23 template headers',
      data: await xlsx([
        { name: 'Inventory', rows: [['SSP ATTACHMENT 13 — FedRAMP Integrated Inventory Workbook — BlueHarbor Case Manager'], INV_HEADERS, ...invRows(12, 'bhcm', '10.20.4', 16, false)], bold: [2] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2025-09-30', 'Monthly update', 'Ops']] },
      ]),
    },
    { file: 'assets_sept.csv', expected: 'INVENTORY', note: 'integrated inventory exported as CSV (template column names)', data: csv([INV_HEADERS, ...invRows(13, 'alc', '10.30.1', 12, false).map((row) => row.map((c) => (c === null ? '' : String(c))))]) },
    {
      file: 'FRHA_BHCM_Package_Checklist.xlsx',
      expected: 'AUTHORIZATION_CHECKLIST',
      note: 'initial authorization package checklist workbook (lists every package document, by nature)',
      data: await xlsx([
        { name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], ['CSP: BlueHarbor Software LLC', '', 'CSO: BlueHarbor Case Manager'], ['Impact level: Moderate', '', 'Agency: Federal Rural Housing Administration'], [], ['#', 'Package item / check', 'Included (Yes/No)', 'File name / location', 'Comments'], ...checklistRows()], bold: [1, 5] },
        { name: 'Instructions', rows: [['Complete this checklist and submit it with the package to the FedRAMP PMO.']] },
      ], { title: 'Initial Authorization Package Checklist' }),
    },
    {
      file: 'OGM checklist - ALC.docx',
      expected: 'AUTHORIZATION_CHECKLIST',
      note: 'checklist as a Word document with Yes/No table',
      data: await docx({
        meta: { author: 'OGM ISSM' },
        blocks: [
          { title: 'Initial Authorization Package Checklist' },
          { subtitle: 'Acme Ledger Cloud — U.S. Office of Grants Management' },
          { p: 'The agency completes this checklist when it submits the authorization package and ATO letter to the FedRAMP PMO for review.' },
          { table: [['#', 'Item', 'Yes/No', 'Comments'], ...checklistRows().map((r) => [String(r[0]), String(r[1]), String(r[2]), ''])] },
          { p: 'Agency point of contact: Elliott Park, CISO. Date submitted: 2025-10-06.' },
        ],
      }),
    },
    {
      file: 'DeviationRequests_Q3.xlsx',
      expected: 'DEVIATION_REQUEST',
      note: 'deviation request form workbook (false positive / risk adjustment / operational requirement)',
      data: await xlsx([
        { name: 'Instructions', rows: [['FedRAMP Deviation Request Form'], ['Use one row per deviation request. Types: FP = False Positive, RA = Risk Adjustment, OR = Operational Requirement.'], ['Attach evidence for each request.']] },
        {
          name: 'Deviation Requests',
          rows: [
            ['CSP: Acme Ledger, Inc.', 'System: Acme Ledger Cloud', 'Date: 2025-09-12'],
            ['DR ID', 'POA&M ID', 'Deviation Type', 'Weakness Name', 'Original Risk Rating', 'Proposed Adjusted Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Provided', 'AO Decision'],
            ['DR-031', 'ALC-118', 'FP', 'OpenSSH regreSSHion', 'High', 'N/A', 'RHEL backported fix (openssh-8.7p1-38.el9_4.1)', '', 'rpm -q output; vendor advisory RHSA-2024:4312', ''],
            ['DR-032', 'ALC-121', 'RA', 'TLS 1.0 on legacy listener', 'Moderate', 'Low', 'Listener reachable only from agency VPN range', 'SG restricted; WAF', 'SG export', ''],
            ['DR-033', 'ALC-125', 'OR', 'SNMPv2 enabled on appliance', 'Moderate', 'Moderate', 'Vendor appliance requires SNMPv2 for health checks', 'ACL to monitoring host only', 'Vendor letter', ''],
          ],
          bold: [2],
        },
      ], { title: 'Deviation Request', author: 'Dana Lindqvist' }),
    },
    {
      file: 'ALC_AppJ_CIS-CRM.xlsx',
      expected: 'CIS_CRM_WORKBOOK',
      note: 'CIS and CRM worksheets (Rev5 appendix J)',
      data: await xlsx([
        {
          name: 'CIS Worksheet',
          rows: [
            ['Acme Ledger Cloud — Control Implementation Summary (CIS) Worksheet'],
            ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
            ...cisControls.map((c) => {
              const origin = int(cr, 0, 6);
              return [c, 'X', '', '', '', '', ...Array.from({ length: 7 }, (_, k) => (k === origin ? 'X' : ''))];
            }),
          ],
          bold: [1, 2],
        },
        {
          name: 'CRM Worksheet',
          rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...cisControls.map((c) => [c, pick(cr, ['Yes', 'Partial', 'No']), c.startsWith('AC-2') ? 'Customer manages agency user accounts in the tenant.' : c.startsWith('IA') ? 'Customer configures federation with its IdP.' : 'Fully provided by the CSP.'])],
          bold: [1],
        },
      ], { title: 'CIS CRM Workbook' }),
    },
    {
      file: 'matrix_v3.xlsx',
      expected: 'SEPARATION_OF_DUTIES_MATRIX',
      note: 'separation of duties matrix: roles by duties; misleading file name',
      data: await xlsx([{ name: 'SoD Matrix', rows: [['Tessellate HR Cloud — Separation of Duties Matrix (SSP Attachment 11)'], ['Duty / Function', ...roles], ...duties.map((d) => [d, ...roles.map(() => pick(cr, ['X', '', '', 'Approve']))])], bold: [1, 2] }]),
    },
    {
      file: 'KFMP AppL Laws Regs.xlsx',
      expected: 'LAWS_AND_REGULATIONS',
      note: 'applicable laws, regulations, standards and guidance (Rev5 appendix L)',
      data: await xlsx([
        {
          name: 'Laws and Regulations',
          rows: [
            ['SSP Appendix L — Kestrel FieldOps Mobile Platform — Applicable Laws and Regulations'],
            ['Identification Number', 'Title', 'Date', 'Link'],
            ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
            ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
            ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
            ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', 'January 2017', 'https://www.whitehouse.gov/omb'],
            ['HSPD-12', 'Policy for a Common Identification Standard', 'August 2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
          ],
          bold: [1, 2],
        },
        {
          name: 'Standards and Guidance',
          rows: [['Identification Number', 'Title', 'Date', 'Link'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov'], ['FIPS 199', 'Standards for Security Categorization', 'February 2004', 'https://csrc.nist.gov'], ['SP 800-53 Rev5', 'Security and Privacy Controls', 'September 2020', 'https://csrc.nist.gov'], ['SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://csrc.nist.gov']],
        },
      ]),
    },
  ];
}
