/** POA&M workbooks in several states of drift, an OSCAL POA&M, and inventories. */
import { readFileSync } from 'node:fs';
import { fixture } from '../../support/fixtures.js';
import { FINDINGS, dueDate } from './findings.js';
import type { Finding } from './findings.js';
import { addDays, csv, fill, headerStyle, rng, us, uuid, widths, xlsx } from './kit.js';
import { CSO, CSO_ABBR, CSP, HOSTS, PEOPLE, PKG, host } from './world.js';
import type { CorpusDoc } from './world.js';

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
];

function detector(f: Finding): string {
  if (f.family === 'Container image') return 'Trivy / Amazon Inspector';
  if (f.family === 'Web application') return 'Invicti Enterprise';
  if (f.config) return 'Tenable.sc (CIS audit)';
  if (f.family === 'Databases') return 'Tenable.sc (database scan)';
  return 'Tenable.sc';
}

function poamRow(f: Finding, i: number, statusDate: string, prefix = 'V'): (string | number | null)[] {
  const id = `${f.config ? 'C' : prefix}-${f.detected.slice(0, 4)}-${String(31 + i).padStart(3, '0')}`;
  const assets = f.hosts.map((h) => `${host(h)[0]} (${host(h)[1]})`).join('; ');
  const due = dueDate(f);
  const adj = f.key === 'tls' ? 'Low' : f.risk;
  const op = f.key === 'java8' ? 'Yes' : 'No';
  return [
    id, f.controls, f.name, f.desc, detector(f), f.plugin, assets, f.key === 'xss' || f.key === 'jquery' ? 'Application Engineering (A. Ferris)' : `Cloud Operations (${PEOPLE.cloudOps})`,
    'Existing staff; no additional funding', f.solution, us(f.detected), us(due),
    `1) Validate fix in staging by ${us(addDays(f.detected, 10))}\n2) Deploy to production by ${us(addDays(due, -3))}\n3) Confirm closure in next monthly scan`,
    f.key === 'postgres' ? '07/15/2025: RDS minor version upgrade rescheduled to the August maintenance window (change CAB-0725-14)' : '',
    us(statusDate), f.product ? 'Yes' : 'No', f.product ? us(addDays(statusDate, -12)) : '', f.product ?? '', f.risk, adj,
    f.key === 'tls' ? 'Yes' : 'No', 'No', op, f.key === 'tls' ? 'DR-2025-07: endpoint reachable only from the monitoring subnet; see deviation request' : f.key === 'java8' ? 'DR-2024-11 approved by DOT 09/30/2024' : '',
    f.key === 'tls' || f.key === 'java8' ? 'Deviation request form; network ACL export' : '', '', 'No', f.kev ? 'Yes' : 'No', f.kev ? us(f.kev) : '', f.cve, CSO_ABBR,
  ];
}

function closedRows(statusDate: string): (string | number | null)[][] {
  const closed: Finding[] = [
    { ...(FINDINGS[0] as Finding), key: 'glibc', name: 'glibc Looney Tunables local privilege escalation', cve: 'CVE-2023-4911', plugin: '182308', detected: '2025-04-08', risk: 'High', desc: 'A buffer overflow in the GLIBC_TUNABLES handling of ld.so allows local privilege escalation.', solution: 'Update glibc.' },
    { ...(FINDINGS[8] as Finding), key: 'sshcbc', name: 'SSH Server CBC Mode Ciphers Enabled', plugin: '70658', detected: '2025-03-11', desc: 'The SSH server is configured to support Cipher Block Chaining (CBC) encryption.', solution: 'Disable CBC ciphers.' },
  ];
  return closed.map((f, i) => {
    const r = poamRow(f, 90 + i, statusDate);
    r[13] = `Closed ${us(addDays(f.detected, 21))}: validated absent in the ${us(addDays(f.detected, 28))} scan`;
    return r;
  });
}

// ------------------------------------------------------------------ POAM 1: faithful to template v2.1

async function poamTemplate(): Promise<Buffer> {
  const statusDate = '2025-07-31';
  const open = FINDINGS.filter((f) => !f.config);
  const configs = FINDINGS.filter((f) => f.config);
  return xlsx((wb) => {
    const sheet = (name: string, rows: (string | number | null)[][]) => {
      const ws = wb.addWorksheet(name);
      fill(ws, 1, [['FedRAMP® Plan of Action and Milestones (POA&M) Template'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', us(statusDate)], [], POAM_HEADERS]);
      ws.getRow(1).font = { bold: true, size: 14 };
      ws.getRow(2).font = { bold: true };
      headerStyle(ws, 5, 'FF1D3D6E');
      fill(ws, 6, rows, { wrap: true });
      widths(ws, [14, 14, 34, 50, 18, 18, 30, 22, 18, 40, 14, 14, 40, 30, 12, 10, 12, 18, 10, 10, 10, 10, 10, 30, 24, 20, 10, 12, 12, 18, 12]);
      ws.views = [{ state: 'frozen', ySplit: 5 }];
      return ws;
    };
    sheet('Open POA&M Items', open.map((f, i) => poamRow(f, i, statusDate)));
    sheet('Closed POA&M Items', closedRows(statusDate));
    sheet('Configuration Findings', configs.map((f, i) => poamRow(f, i + 40, statusDate)));
    const roc = wb.addWorksheet('Record of Changes');
    fill(roc, 2, [
      [null, null, 'Record of Changes for Template'],
      [null, null, 'Date', 'Description', 'Version', 'Author'],
      [null, null, '08/30/2023', 'Updated to align with FedRAMP branding and minor editorial changes.', 2, 'FedRAMP PMO'],
      [null, null, '03/29/2024', "Added Tab for Configuration Findings. Added Column in 'Open POA&M' tab for Service level information", 2.1, 'FedRAMP PMO'],
      [null, null, '07/31/2025', 'July 2025 monthly update: 3 items closed, 2 new items from the 2025 annual assessment', 'LCG-2025-07', PEOPLE.conmon],
    ]);
  }, { creator: 'FedRAMP PMO', lastModifiedBy: PEOPLE.conmon, created: '2024-03-29T00:00:00Z', modified: '2025-08-06T14:02:00Z' });
}

// ------------------------------------------------------------------ POAM 2: header on row 1, renamed columns, extra sheets

async function poamDrift1(): Promise<Buffer> {
  const statusDate = '2025-06-30';
  const renamed = ['POA&M ID', 'Security Control(s)', 'Weakness', 'Weakness Details', 'Detected By', 'Plugin / Rule ID', 'Affected Asset(s)', 'Owner', 'Resources', 'Remediation Plan', 'Date Identified', 'Due Date', 'Milestones', 'Milestone Updates', 'Last Status Update', 'Vendor Dep.', 'Vendor Check-in', 'Vendor Product', 'Orig. Risk', 'Adj. Risk', 'RA', 'FP', 'OR', 'DR Rationale', 'Evidence', 'Notes', 'Auto-Approve', 'KEV (BOD 22-01)', 'KEV Due', 'CVE(s)', 'Service'];
  const items = FINDINGS.filter((f) => f.detected <= statusDate);
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Open Items - Jun 2025');
    fill(ws, 1, [renamed, ...items.map((f, i) => poamRow(f, i, statusDate, 'LCG'))], { wrap: true });
    headerStyle(ws, 1, 'FF385723');
    widths(ws, [16, 14, 34, 50, 18, 18, 30, 22, 18, 40, 14, 14, 40, 30, 12, 10, 12, 18, 10, 10, 6, 6, 6, 30, 24, 20, 10, 12, 12, 18, 12]);
    ws.autoFilter = { from: 'A1', to: 'AE1' };
    const closed = wb.addWorksheet('Closed Items');
    fill(closed, 1, [renamed, ...closedRows(statusDate)]);
    headerStyle(closed, 1, 'FF7F7F7F');
    const pv = wb.addWorksheet('Pivot - by Risk');
    fill(pv, 1, [
      ['Row Labels', 'Count of POA&M ID', 'Overdue'],
      ['High', items.filter((f) => f.risk === 'High').length, 1],
      ['Moderate', items.filter((f) => f.risk === 'Moderate').length, 2],
      ['Low', items.filter((f) => f.risk === 'Low').length, 0],
      ['Grand Total', items.length, 3],
    ], { bold: [1, 5] });
    const lk = wb.addWorksheet('Lookups');
    fill(lk, 1, [['Risk'], ['High'], ['Moderate'], ['Low'], [], ['Owner'], [`Cloud Operations (${PEOPLE.cloudOps})`], ['Application Engineering (A. Ferris)'], ['Security Engineering (K. Bramhall)']]);
    lk.state = 'hidden';
  }, { creator: PEOPLE.conmon, lastModifiedBy: 'dwhitfield', title: 'LCG POAM', created: '2025-01-07T15:20:00Z', modified: '2025-07-09T22:41:00Z', company: CSP });
}

// ------------------------------------------------------------------ POAM 3: banner, header on row 8, extra leading columns, summary sheet

async function poamDrift2(): Promise<Buffer> {
  const statusDate = '2025-08-31';
  const headers = ['Jira Key', 'Days Open', 'Overdue?', ...POAM_HEADERS.slice(0, 12), 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
  const r = rng(8003);
  const items = FINDINGS.filter((f) => f.key !== 'openssh');
  return xlsx((wb) => {
    const sum = wb.addWorksheet('Summary');
    fill(sum, 1, [
      [`${CSO} — Monthly Continuous Monitoring`],
      ['Reporting period', 'August 2025'],
      ['Prepared by', `${PEOPLE.conmon}, ConMon Lead`],
      [],
      ['Risk', 'Open', 'Opened this month', 'Closed this month', 'Overdue', 'With approved DR'],
      ['High', 3, 0, 1, 0, 0],
      ['Moderate', 9, 2, 1, 1, 2],
      ['Low', 6, 0, 2, 0, 0],
    ], { bold: [1, 5] });
    const ws = wb.addWorksheet('Open POA&M Items');
    fill(ws, 1, [
      [`${CSP} | ${CSO} | FedRAMP Package ${PKG}`],
      ['Plan of Action & Milestones — August 2025 monthly submission'],
      ['Impact Level: Moderate', null, null, `POAM Date: ${us(statusDate)}`],
      [],
      ['Notes: Columns A–C are internal tracking columns added by Meridian Ledger and are not part of the FedRAMP template. Items with an approved deviation request keep their original risk rating in column V.'],
      ['Distribution: DOT OCFO ISSO; DOL ETA ISSO; SBA OCA ISSO; Coastline Assurance (read-only)'],
      [],
      headers,
    ]);
    ws.getRow(1).font = { bold: true, size: 13 };
    ws.getRow(2).font = { bold: true, size: 12 };
    headerStyle(ws, 8, 'FF203864');
    fill(ws, 9, items.map((f, i) => {
      const row = poamRow(f, i, statusDate);
      const open = Math.round((Date.parse(`${statusDate}T00:00:00Z`) - Date.parse(`${f.detected}T00:00:00Z`)) / 86400000);
      return [`SEC-${int3(r)}`, open, dueDate(f) < statusDate && f.key !== 'java8' ? 'YES' : 'no', ...row];
    }), { wrap: true });
    ws.views = [{ state: 'frozen', ySplit: 8, xSplit: 4 }];
    const cl = wb.addWorksheet('Closed POA&M Items');
    fill(cl, 1, [POAM_HEADERS, ...closedRows(statusDate)]);
    headerStyle(cl, 1);
    const dr = wb.addWorksheet('Deviation Requests');
    fill(dr, 1, [
      ['DR ID', 'POAM ID', 'Type', 'Submitted', 'DOT decision', 'DOL decision', 'SBA decision'],
      ['DR-2024-11', 'V-2024-042', 'Operational Requirement', '09/12/2024', 'Approved 09/30/2024', 'Concur 02/14/2025', 'Concur 07/22/2025'],
      ['DR-2025-07', 'V-2025-034', 'Risk Adjustment', '07/09/2025', 'Pending', 'Pending', 'Pending'],
      ['DR-2025-08', 'V-2025-047', 'False Positive', '07/09/2025', 'Approved 07/28/2025', 'Pending', 'n/a'],
    ], { bold: [1] });
  }, { creator: PEOPLE.conmon, lastModifiedBy: PEOPLE.conmon, created: '2024-09-03T12:00:00Z', modified: '2025-09-08T17:15:00Z', company: CSP });
}

function int3(r: () => number): string {
  return String(1000 + Math.floor(r() * 8999));
}

// ------------------------------------------------------------------ POAM 4: OSCAL XML

function poamOscalXml(): string {
  const raw = readFileSync(fixture('oscal/FedRAMP-POAM-OSCAL-Template.xml'), 'utf8');
  return raw
    .replace(/\[System Name\]/g, CSO)
    .replace(/\[(Insert )?CSP Name\]/g, CSP)
    .replace(/\[(CSO|Insert CSO) Name\]/g, CSO)
    .replace(/\[(SAMPLE|EXAMPLE|Example)\]\s?/g, '')
    .replace(/F00000000/g, PKG)
    .replace(/(<plan-of-action-and-milestones[^>]*uuid=")[^"]+"/, `$1${uuid(rng(805))}"`)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-07-31T20:00:00Z</last-modified>');
}

// ------------------------------------------------------------------ POAM 5: GRC CSV export

function poamCsv(): string {
  const statusDate = '2025-05-31';
  const cols = ['POAM ID', 'Status', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Vendor Dependency', 'CVE'];
  const items = FINDINGS.filter((f) => f.detected <= statusDate);
  const rows = items.map((f, i) => {
    const full = poamRow(f, i, statusDate);
    const pick = (h: string) => full[POAM_HEADERS.indexOf(h)] ?? '';
    return cols.map((c) => (c === 'Status' ? (dueDate(f) < statusDate ? 'Open - Delayed' : 'Open') : pick(c)));
  });
  return csv([cols, ...rows], { bom: true });
}

// ------------------------------------------------------------------ Inventory

export const IIW_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function mac(r: () => number): string {
  return ['0a', ...Array.from({ length: 5 }, () => Math.floor(r() * 256).toString(16).padStart(2, '0'))].join(':');
}

function inventoryRows(seed: number, month: string): (string | number | null)[][] {
  const r = rng(seed);
  const rows: (string | number | null)[][] = [];
  for (const [h, ip] of HOSTS) {
    const role = h.includes('web') ? 'Web tier (nginx reverse proxy)' : h.includes('api') ? 'API service' : h.includes('wrk') ? 'EKS worker node (reconciliation jobs)' : h.includes('rpt') ? 'Reporting service' : h.includes('etl') ? 'ETL / Treasury file exchange' : h.includes('siem') ? 'Log forwarding to SIEM' : h.includes('log') ? 'Central log collector' : 'Session Manager / admin tooling';
    const az = pick3(r);
    rows.push([
      `${h}.lcg.internal`, ip, 'Yes', 'No', `${h}.lcg.internal`, '', mac(r), 'Yes', h.includes('wrk') ? 'LCG-EKS-AL2023-CIS-L1 v2025.07' : 'LCG-AL2023-CIS-L1 v2025.07', `Amazon Linux 2023.7.${month.replace('-', '')}23`, `AWS GovCloud (US-West) us-gov-west-1${az}`, h.includes('wrk') ? 'Virtual machine (EKS managed node)' : 'Virtual machine (EC2)', h.includes('wrk') ? 'AWS m6i.2xlarge' : 'AWS m6i.large', 'Yes', '', '', `${month} monthly AMI`, role, '', `i-0${Math.floor(r() * 0xfffffffffff).toString(16).padStart(11, '0')}${Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')}`, h.includes('mgmt') ? 'vpc-0lcgmgmt / subnet-mgmt-a' : 'vpc-0lcgprod / subnet-app-a', PEOPLE.cloudOps, h.includes('mgmt') ? PEOPLE.secEng : 'A. Ferris',
    ]);
  }
  rows.push(['lcg-prd-ledger-aurora', '10.40.20.10', 'Yes', 'No', 'lcg-prd-ledger-aurora.cluster-c8x2.us-gov-west-1.rds.amazonaws.com', '', '', 'Yes', 'LCG-PG15-CIS v2025.04', '', 'AWS GovCloud (US-West)', 'Database (managed service)', 'AWS db.r6g.xlarge', 'Yes', 'Amazon Web Services', 'Aurora PostgreSQL 15.10', '15.10', 'Ledger database (writer + 2 readers)', 'Added 03/2025 per SCR-2025-01', 'arn:aws-us-gov:rds:us-gov-west-1:418204771530:cluster:lcg-prd-ledger-aurora', 'subnet-data-a/b/c', PEOPLE.cloudOps, 'DBA team']);
  rows.push(['lcg-prd-rpt-replica', '10.40.20.21', 'Yes', 'No', 'lcg-prd-rpt.c8x2.us-gov-west-1.rds.amazonaws.com', '', '', 'Yes', 'LCG-PG15-CIS v2025.04', '', 'AWS GovCloud (US-West)', 'Database (managed service)', 'AWS db.r6g.large', 'Yes', 'Amazon Web Services', 'RDS for PostgreSQL 15.6', '15.6', 'Reporting read replica', 'Upgrade to 15.10 tracked on POA&M', 'arn:aws-us-gov:rds:us-gov-west-1:418204771530:db:lcg-prd-rpt', 'subnet-data-a', PEOPLE.cloudOps, 'DBA team']);
  rows.push(['https://app.ledgercloud.gov.example', '', 'Yes', 'Yes', 'https://app.ledgercloud.gov.example', '', '', 'Yes', '', '', 'AWS GovCloud (US-West)', 'Web application', '', 'Yes', CSP, 'LedgerCloud Web 2025.07.2', '2025.07.2', 'Customer web application', 'Entry point; AWS WAF', '', 'ALB lcg-prd-public', PEOPLE.cloudOps, 'A. Ferris']);
  rows.push(['https://api.ledgercloud.gov.example/v3', '', 'Yes', 'Yes', 'https://api.ledgercloud.gov.example/v3', '', '', 'Yes', '', '', 'AWS GovCloud (US-West)', 'Web application (API)', '', 'Yes', CSP, 'LedgerCloud API 3.14.0', '3.14.0', 'Customer REST API', 'Entry point; AWS WAF', '', 'ALB lcg-prd-public', PEOPLE.cloudOps, 'A. Ferris']);
  rows.push(['lcg-prd-eks', '', 'Yes', 'No', 'https://7F3A1C.gr7.us-gov-west-1.eks.amazonaws.com', '', '', 'No', 'CIS EKS Benchmark 1.5', '', 'AWS GovCloud (US-West)', 'Container orchestration (managed)', '', 'Yes', 'Amazon Web Services', 'Amazon EKS 1.31', 'eks.17', 'Kubernetes control plane', 'Control plane inherited from AWS', '', 'vpc-0lcgprod', PEOPLE.cloudOps, PEOPLE.cloudOps]);
  rows.push(['TreasuryFmt', '10.40.18.51', 'Yes', 'No', '', '', '', 'Yes', '', '', 'AWS GovCloud (US-West)', 'Software', '', 'Yes', 'FinFormats LLC', 'TreasuryFmt 4.2 (Java SE 8u421)', '4.2.7', 'Treasury report formatter', 'Operational requirement DR-2024-11', '', '', PEOPLE.cloudOps, 'A. Ferris']);
  return rows;
}

function pick3(r: () => number): string {
  return ['a', 'b', 'c'][Math.floor(r() * 3)] ?? 'a';
}

async function iiwClassic(): Promise<Buffer> {
  return xlsx((wb) => {
    const ins = wb.addWorksheet('INSTRUCTIONS ');
    fill(ins, 1, [
      [null, null, '                    SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook Template'],
      [],
      [null, 'Overview:'],
      [null, 'When completed, FedRAMP will accept this inventory workbook as the inventory information required by the following:'],
      [null, '  - System Security Plan \n  - Security Assessment Plan\n  - Security Assessment Report \n', '  - Information System Contingency Plan\n  - Monthly Continuous Monitoring. '],
      [null, 'Where the above documents require an inventory, include or refer to this document.'],
      [null, 'Note: This document replaces the separate inventory templates or tabs that existed in the above documents.'],
      [null, 'Instructions:'],
      [null, 'Complete one row per inventory item. The Unique Asset Identifier must be used consistently in the scan results and the POA&M.'],
    ]);
    const ws = wb.addWorksheet('Inventory');
    fill(ws, 1, [
      ['All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory'],
      IIW_HEADERS,
      ...inventoryRows(8101, '2025-07'),
    ]);
    headerStyle(ws, 2, 'FF1F4E79');
    widths(ws, [34, 14, 8, 8, 40, 12, 18, 10, 26, 24, 28, 24, 18, 10, 20, 28, 14, 30, 30, 30, 24, 18, 18]);
    const roc = wb.addWorksheet('Record of Changes');
    fill(roc, 1, [
      [null, 'Record of Changes to Template'],
      [],
      ['Date', 'Description', 'Version', 'Author'],
      ['03/09/2017', 'Document renamed from "FedRAMP Inventory Workbook Template" to "SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook Template"', 2.2, 'FedRAMP PMO'],
      ['07/31/2025', 'July 2025 monthly inventory: added Aurora cluster readers, removed lcg-prd-wrk04', 'LCG-07', PEOPLE.conmon],
    ]);
  }, { creator: 'FedRAMP', lastModifiedBy: PEOPLE.conmon, title: 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook Template', created: '2017-06-06T00:00:00Z', modified: '2025-08-05T12:30:00Z' });
}

async function iiwRev5NoInstructions(): Promise<Buffer> {
  const headers = [...IIW_HEADERS.slice(0, 19), 'Diagram Label', ...IIW_HEADERS.slice(19)];
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Inventory_2025-06');
    fill(ws, 1, [
      [`${CSO} — Appendix M Integrated Inventory — June 2025`],
      [],
      headers,
      ...inventoryRows(8102, '2025-06').map((row) => [...row.slice(0, 19), row[0] && String(row[0]).includes('web') ? 'D-3 (Web)' : 'D-4', ...row.slice(19)]),
    ]);
    ws.getRow(1).font = { bold: true, size: 12 };
    headerStyle(ws, 3, 'FF0B5394');
    ws.autoFilter = { from: 'A3', to: 'X3' };
  }, { creator: PEOPLE.cloudOps, lastModifiedBy: PEOPLE.cloudOps, created: '2025-07-02T09:00:00Z', modified: '2025-07-08T10:45:00Z' });
}

async function iiwDrift(): Promise<Buffer> {
  const renamed = ['Unique Asset ID', 'IP Address (v4/v6)', 'Virtual (Y/N)', 'Public (Y/N)', 'DNS Name / URL', 'NetBIOS', 'MAC', 'Auth Scan (Y/N)', 'Baseline Config', 'OS & Version', 'Location', 'Asset Type', 'HW Make/Model', 'In Latest Scan', 'SW/DB Vendor', 'SW/DB Name & Version', 'Patch Level', 'Function', 'Comments', 'Asset Tag / Instance ID', 'VLAN / Network ID', 'System Admin / Owner', 'App Admin / Owner'];
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Inventory - May 2025');
    fill(ws, 1, [
      [`${CSP} — ${CSO_ABBR} Integrated Inventory (FedRAMP Attachment 13)`],
      ['Generated from AWS Config aggregator lcg-prod-aggregator and reconciled with Tenable.sc repository LCG-PROD'],
      [],
      renamed,
      ...inventoryRows(8103, '2025-05'),
    ]);
    headerStyle(ws, 4, 'FF274E13');
    const cont = wb.addWorksheet('Containers');
    fill(cont, 1, [
      ['Image', 'Digest', 'Base Image', 'Deployed To', 'Last Scanned (Trivy)', 'Owner'],
      ['lcg/api-gateway:3.14.0', 'sha256:6f1c…a91e', 'node:22-alpine3.20', 'lcg-prd-eks/api', '05/28/2025', 'A. Ferris'],
      ['lcg/recon-worker:2025.05.2', 'sha256:d02b…77c4', 'alpine:3.20.3', 'lcg-prd-eks/workers', '05/28/2025', 'A. Ferris'],
      ['lcg/etl-runner:1.9.4', 'sha256:0ae4…1b08', 'python:3.12-slim', 'lcg-prd-eks/etl', '05/28/2025', 'A. Ferris'],
    ], { bold: [1] });
    const dec = wb.addWorksheet('Decommissioned');
    fill(dec, 1, [['Unique Asset ID', 'Decommissioned', 'Change Ticket'], ['lcg-prd-ledger (RDS PostgreSQL 15.6)', '03/29/2025', 'CAB-0325-07'], ['lcg-dms-repl01', '03/29/2025', 'CAB-0325-07']], { bold: [1] });
  }, { creator: PEOPLE.cloudOps, lastModifiedBy: PEOPLE.conmon, created: '2025-06-03T08:00:00Z', modified: '2025-06-06T19:10:00Z', company: CSP });
}

function iiwCsv(): string {
  const header = IIW_HEADERS.map((h) => h.replace(/\n/g, ' '));
  return csv([header, ...inventoryRows(8104, '2025-04')], { eol: '\n' });
}

export async function poamInventoryDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'LCG_POAM_2025-07.xlsx', expected: 'POAM', note: 'POA&M on the FedRAMP v2.1 template: four sheets, header on row 5, open/closed/configuration items.', data: await poamTemplate() },
    { file: 'Book3.xlsx', expected: 'POAM', note: 'Drifted POA&M: header row moved to row 1 with renamed columns, month-named items sheet, pivot and hidden lookup sheets.', data: await poamDrift1() },
    { file: 'ConMon_2025-08_deliverable_A.xlsx', expected: 'POAM', note: 'Drifted POA&M: summary sheet first, banner rows, header row 8 with three extra internal columns, deviation tab.', data: await poamDrift2() },
    { file: 'lcg-2025-07.xml', expected: 'POAM', note: 'OSCAL XML plan-of-action-and-milestones (FedRAMP template personalised).', data: poamOscalXml() },
    { file: 'grc_export_20250604.csv', expected: 'POAM', note: 'POA&M exported from a GRC tool as CSV (BOM, status column added) with the template column names.', data: poamCsv() },
    { file: 'LCG_IIW_2025-07.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook v2.2 layout with INSTRUCTIONS sheet, group row and header row 2.', data: await iiwClassic() },
    { file: 'June.xlsx', expected: 'INVENTORY', note: 'Rev5 Appendix M inventory without the instructions sheet, title row, header on row 3 with Diagram Label.', data: await iiwRev5NoInstructions() },
    { file: 'Attachment13_May.xlsx', expected: 'INVENTORY', note: 'Drifted integrated inventory: renamed headers on row 4, extra Containers and Decommissioned sheets.', data: await iiwDrift() },
    { file: 'data (1).csv', expected: 'INVENTORY', note: 'Integrated inventory exported to CSV with the IIW column headers.', data: iiwCsv() },
  ];
}

