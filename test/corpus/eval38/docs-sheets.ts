import type { Block, CorpusDoc } from './kit/model.js';
import type { Cell, SheetSpec } from './kit/xlsx.js';
import { renderXlsx } from './kit/xlsx.js';
import { renderDocx } from './kit/docx.js';
import { seeded, pick } from './kit/rng.js';
import { ORG, prose } from './kit/common.js';

const S = ORG.system;

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(seed: number, n: number): Cell[][] {
  const rand = seeded(seed);
  const roles: [string, string, string, string][] = [
    ['k8s-wrk', 'Red Hat Enterprise Linux 8.10', 'Kubernetes worker node', 'RHEL 8 STIG V2R1'],
    ['k8s-cp', 'Red Hat Enterprise Linux 8.10', 'Kubernetes control plane', 'RHEL 8 STIG V2R1'],
    ['pg', 'Amazon Linux 2023', 'PostgreSQL database', 'CIS Amazon Linux 2023 L2'],
    ['bastion', 'Windows Server 2022', 'Privileged access jump host', 'MS Windows Server 2022 STIG V2R2'],
    ['splunk-idx', 'Red Hat Enterprise Linux 9.4', 'SIEM indexer', 'RHEL 9 STIG V2R2'],
  ];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const [prefix, os, fn, base] = pick(rand, roles);
    const ip = `10.42.${Math.floor(rand() * 8) + 1}.${Math.floor(rand() * 240) + 10}`;
    const name = `${prefix}-${String(i + 1).padStart(3, '0')}`;
    rows.push([`IGS-${name}`, ip, 'Yes', 'No', `${name}.igs.internal`, '', '', 'Yes', base, os, 'AWS GovCloud us-gov-west-1', 'Virtual machine', 'AWS EC2 m6i.2xlarge', 'Yes', prefix === 'pg' ? 'PostgreSQL Global Development Group' : '', prefix === 'pg' ? 'PostgreSQL 15.7' : '', '2026-03 patch cycle', fn, '', `i-0${Math.floor(rand() * 1e12).toString(16)}`, `vpc-prod-${Math.floor(rand() * 3) + 1}`, 'Ironbridge Platform Ops', prefix === 'pg' ? 'Database Services' : 'Platform Engineering']);
  }
  return rows;
}

async function inventory(): Promise<CorpusDoc> {
  const sheets: SheetSpec[] = [
    { name: 'Inventory', rows: [['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories'], INV_HEAD, ...invRows(38001, 60)], headerRow: 2, widths: INV_HEAD.map(() => 18) },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['03/01/2026', 'March ConMon inventory', '14', 'Platform Ops']] },
  ];
  return { file: 'IGS_Inventory_2026-03.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook in the FedRAMP template layout (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address ...).', data: await renderXlsx(sheets, { creator: 'Platform Ops', title: 'SSP Attachment 13 - Integrated Inventory Workbook' }) };
}

async function inventoryDrift(): Promise<CorpusDoc> {
  const head = [...INV_HEAD.map((h) => h.replace('\n', ' ')), 'Diagram Label'];
  const rows = invRows(38002, 40).map((r) => [...r, 'Enclave B']);
  const sheets: SheetSpec[] = [
    { name: 'Cover', rows: [[`${ORG.csp} - ${S}`], ['Monthly Continuous Monitoring Inventory'], ['Reporting period: April 2026'], ['Prepared by: Platform Operations'], [], ['Note: DoD IL4 enclave assets are tracked separately in eMASS and are excluded from this workbook.']] },
    { name: 'Apr-2026', rows: [[`${S} Inventory`], ['As of 04/30/2026'], [], head, ...rows], headerRow: 4 },
  ];
  return { file: 'upload (4).xlsx', expected: 'INVENTORY', note: 'Monthly inventory workbook with a cover sheet and a header row moved to row 4 (Rev5 columns incl. Diagram Label).', data: await renderXlsx(sheets, { creator: 'jsmith', title: 'Book1' }) };
}

async function inventoryCsv(): Promise<CorpusDoc> {
  const head = INV_HEAD.map((h) => h.replace('\n', ' '));
  const esc = (c: Cell): string => {
    const s = c === null ? '' : String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [head, ...invRows(38003, 35)];
  return { file: 'assets_export.csv', expected: 'INVENTORY', note: 'Integrated inventory exported to CSV with the FedRAMP inventory columns.', data: rows.map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n' };
}

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(seed: number, n: number, prefix: string): Cell[][] {
  const rand = seeded(seed);
  const weak: [string, string, string, string][] = [
    ['RA-5', 'OpenSSL outdated', 'Nessus plugin 183890: OpenSSL 3.0.x < 3.0.13 multiple vulnerabilities', 'CVE-2024-0727'],
    ['SC-8', 'TLS 1.0 enabled', 'Nessus plugin 104743: TLS Version 1.0 Protocol Detection', ''],
    ['CM-6', 'STIG setting not applied', 'RHEL-08-010370: YUM must verify package signatures', ''],
    ['AC-2(3)', 'Inactive accounts', 'Accounts inactive > 90 days not disabled', ''],
    ['SI-2', 'Kernel patch missing', 'Nessus plugin 197055: RHSA-2024:3138 kernel security update', 'CVE-2024-1086'],
  ];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const [ctl, name, desc, cve] = pick(rand, weak);
    const risk = pick(rand, ['Low', 'Moderate', 'High']);
    const m = 1 + Math.floor(rand() * 3);
    rows.push([`${prefix}-${String(i + 1).padStart(4, '0')}`, ctl, name, desc, ctl === 'AC-2(3)' ? 'Annual assessment' : 'ACAS (Nessus)', desc.split(':')[0] ?? '', `IGS-k8s-wrk-${String(i + 3).padStart(3, '0')}`, 'Platform Ops', 'None', 'Apply vendor patch through golden image rebuild', `2026-0${m}-1${m}`, `2026-0${m + 3}-1${m}`, 'Rebuild image; redeploy node pools', '', '2026-04-01', 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', '', 'No', cve ? 'Yes' : 'No', '', cve, 'Managed Kubernetes']);
  }
  return rows;
}

async function poam(): Promise<CorpusDoc> {
  const sheets: SheetSpec[] = [
    { name: 'Open POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [ORG.csp, S, 'Moderate', '04/01/2026'], [], POAM_HEAD, ...poamRows(38011, 30, 'V')], headerRow: 4 },
    { name: 'Closed POA&M Items', rows: [POAM_HEAD, ...poamRows(38012, 8, 'V-C')], headerRow: 1 },
    { name: 'Configuration Findings', rows: [POAM_HEAD] },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['04/01/2026', 'April ConMon', '5', 'ISSO']] },
  ];
  return { file: 'poam_april.xlsx', expected: 'POAM', note: 'POA&M workbook in the FedRAMP template layout (Open/Closed POA&M Items sheets, POAM ID header).', data: await renderXlsx(sheets, { creator: 'ISSO', title: 'FedRAMP POA&M Template' }) };
}

async function poamDrift(): Promise<CorpusDoc> {
  const head = ['POAM ID', 'Security Control(s)', 'CCI', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source Identifier (Plugin / STIG ID)', 'Asset Identifier', 'POC', 'Remediation Plan', 'Detection Date', 'Scheduled Completion Date', 'Milestones', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'Comments'];
  const rand = seeded(38013);
  const rows: Cell[][] = [];
  for (let i = 0; i < 25; i++) {
    const stig = pick(rand, ['RHEL-08-020040', 'RHEL-08-040137', 'WN22-CC-000050', 'RHEL-09-611045']);
    rows.push([`IGS-${2026}-${100 + i}`, 'CM-6', `CCI-00036${i % 10}`, 'STIG configuration deviation', `${stig} not configured as required`, 'SCAP Compliance Checker 5.10', stig, `IGS-bastion-00${(i % 9) + 1}`, 'Platform Ops', 'Update Ansible role and rebuild', '2026-02-03', '2026-05-04', 'M1 role update; M2 rebuild', '2026-04-28', 'Moderate', 'Low', 'No', i % 4 === 0 ? 'Risk adjustment pending agency review' : '']);
  }
  const sheets: SheetSpec[] = [
    { name: 'Open POA&M Items', rows: [[`${S} - Plan of Action & Milestones`], [`CSP: ${ORG.csp}   Impact: Moderate   Date: 04/30/2026`], [], [], head, ...rows], headerRow: 5 },
    { name: 'Closed POA&M Items', rows: [head] },
  ];
  return { file: 'Book2.xlsx', expected: 'POAM', note: 'FedRAMP POA&M with drifted columns (CCI column added by a DoD-trained author) and a header row at row 5.', data: await renderXlsx(sheets, { creator: 'mruiz' }) };
}

async function poamCsv(): Promise<CorpusDoc> {
  const rows = [POAM_HEAD, ...poamRows(38014, 20, 'V')];
  const esc = (c: Cell): string => {
    const s = c === null ? '' : String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return { file: 'export (2).csv', expected: 'POAM', note: 'Open POA&M items exported to CSV with the FedRAMP template header row (POAM ID, Controls, Weakness Name ...).', data: rows.map((r) => r.map(esc).join(',')).join('\n') + '\n' };
}

async function cisCrm(): Promise<CorpusDoc> {
  const ctls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-17', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-28', 'SI-2', 'SI-4'];
  const rand = seeded(38021);
  const cis: Cell[][] = ctls.map((c) => {
    const shared = rand() < 0.3;
    return [c, 'X', '', '', '', '', shared ? '' : 'X', shared ? 'X' : '', '', '', ''];
  });
  const crm: Cell[][] = ctls.filter((_, i) => i % 3 === 0).map((c) => [c, 'Yes', `The customer is responsible for ${c.startsWith('AC') ? 'managing tenant user accounts and roles' : c.startsWith('IA') ? 'federating their identity provider and enforcing MFA' : 'configuring and reviewing tenant-level settings'} for ${c}.`]);
  const sheets: SheetSpec[] = [
    { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`System: ${S}   Baseline: FedRAMP Moderate Rev5`], ['Complete the CIS worksheet for every control; describe customer responsibilities in the CRM worksheet.']] },
    { name: 'Moderate CIS Worksheet', rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer'], ...cis], headerRow: 1 },
    { name: 'Moderate CRM Worksheet', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], headerRow: 1 },
  ];
  return { file: 'IGS_CIS_CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook: implementation status and origination per control plus the customer responsibility matrix.', data: await renderXlsx(sheets, { creator: 'GRC', title: 'CIS CRM' }) };
}

async function crm2(): Promise<CorpusDoc> {
  const rows: Cell[][] = [['Customer Responsibility Matrix'], [`${S} - for leveraging agencies`], [], ['Control ID', 'Control Name', 'CSP Responsibility', 'Customer Responsibility', 'Shared/Inherited', 'Implementation Status', 'Control Origination']];
  const data: [string, string, string, string, string][] = [
    ['AC-2', 'Account Management', 'Manages privileged platform accounts', 'Manages tenant user accounts', 'Shared'],
    ['AC-7', 'Unsuccessful Logon Attempts', 'Enforces lockout for console', 'Configures lockout in federated IdP', 'Shared'],
    ['AU-6', 'Audit Review', 'Reviews platform logs', 'Reviews tenant audit log exports', 'Shared'],
    ['CP-9', 'System Backup', 'Backs up platform state', 'Backs up application data if required', 'Shared'],
    ['PE-3', 'Physical Access Control', 'Inherited from AWS GovCloud', 'None', 'Inherited'],
    ['SC-28', 'Protection of Information at Rest', 'Encrypts all volumes', 'Selects customer-managed keys if needed', 'Shared'],
  ];
  for (const [id, name, csp, cust, sh] of data) rows.push([id, name, csp, cust, sh, 'Implemented', sh === 'Inherited' ? 'Inherited from pre-existing FedRAMP Authorization' : 'Shared (Service Provider and Customer Responsibility)']);
  return { file: 'matrix.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Control implementation summary / customer responsibility matrix as one sheet with header row moved down.', data: await renderXlsx([{ name: 'CIS-CRM', rows, headerRow: 4 }], { creator: 'GRC' }) };
}

async function sod(): Promise<CorpusDoc> {
  const rows: Cell[][] = [['Separation of Duties Matrix'], [S], [], ['Role', 'Function / Duty', 'Privilege Level', 'Request Access', 'Approve Access', 'Deploy to Production', 'Approve Change', 'Review Audit Logs', 'Manage Keys', 'Conflicting Roles']];
  const roles: [string, string, string, string[]][] = [
    ['System Administrator', 'Operate hosts', 'Privileged', ['X', '', 'X', '', '', '']],
    ['Security Administrator', 'Manage security tools', 'Privileged', ['X', 'X', '', '', '', 'X']],
    ['Auditor', 'Review audit logs', 'Non-privileged', ['X', '', '', '', 'X', '']],
    ['Release Engineer', 'Deploy builds', 'Privileged', ['X', '', 'X', '', '', '']],
    ['CCB Chair', 'Approve changes', 'Non-privileged', ['', '', '', 'X', '', '']],
    ['Key Custodian', 'Manage KMS keys', 'Privileged', ['X', '', '', '', '', 'X']],
  ];
  for (const [r, f, p, marks] of roles) rows.push([r, f, p, ...marks, r === 'Auditor' ? 'System Administrator; Security Administrator' : r === 'Release Engineer' ? 'CCB Chair' : '']);
  return { file: 'IGS_SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix (AC-5): roles against duties with conflicting roles.', data: await renderXlsx([{ name: 'SoD Matrix', rows, headerRow: 4 }], { creator: 'ISSO', title: 'Separation of Duties Matrix' }) };
}

async function sodDocx(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Separation of Duties Matrix' },
    { t: 'subtitle', text: `${S} - SSP Attachment 11` },
    ...prose('sod', ['This matrix documents how duties are divided among roles to prevent any single individual from performing conflicting functions (AC-5). Privileged functions are further limited under AC-6.'], 1),
    { t: 'table', rows: [['Duty', 'Sys Admin', 'Sec Admin', 'Developer', 'Auditor', 'ISSO'], ['Create user accounts', 'X', '', '', '', ''], ['Approve user accounts', '', '', '', '', 'X'], ['Develop code', '', '', 'X', '', ''], ['Deploy code to production', 'X', '', '', '', ''], ['Configure audit settings', '', 'X', '', '', ''], ['Review audit records', '', '', '', 'X', 'X'], ['Approve changes (CCB)', '', '', '', '', 'X']] },
    ...prose('sod2', ['No individual holds both a developer and a production deployment role. Exceptions require ISSM approval and are reviewed quarterly.'], 1),
  ];
  return { file: 'doc-0455.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix as a docx table of duties against roles.', data: await renderDocx(blocks, { creator: 'ISSO' }) };
}

async function laws(): Promise<CorpusDoc> {
  const rows: Cell[][] = [['FedRAMP Laws and Regulations'], [`${S} - SSP Attachment 12`], [], ['Type', 'Identification Number', 'Title', 'Date', 'Link']];
  const items: [string, string, string, string][] = [
    ['Law', '44 USC 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014'],
    ['Law', 'Public Law 117-263', 'FedRAMP Authorization Act', 'December 2022'],
    ['Law', '5 USC 552a', 'Privacy Act of 1974', '1974'],
    ['OMB Memo', 'A-130', 'Managing Information as a Strategic Resource', 'July 2016'],
    ['OMB Memo', 'M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'January 2022'],
    ['Directive', 'BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'November 2021'],
    ['Standard', 'FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019'],
    ['Standard', 'FIPS 199', 'Standards for Security Categorization', 'February 2004'],
    ['Guidance', 'SP 800-53 Rev5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020'],
    ['Guidance', 'SP 800-37 Rev2', 'Risk Management Framework', 'December 2018'],
  ];
  for (const [t, id, title, d] of items) rows.push([t, id, title, d, '']);
  return { file: 'attachment12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'SSP Attachment 12 laws and regulations list (laws, OMB memos, standards, guidance).', data: await renderXlsx([{ name: 'Laws and Regulations', rows, headerRow: 4 }], { creator: 'GRC', title: 'Attachment 12' }) };
}

async function lawsDocx(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Applicable Laws, Regulations, Standards and Guidance' },
    { t: 'subtitle', text: `SSP Attachment 12 - ${S}` },
    ...prose('laws', ['The following laws, regulations, standards and guidance apply to the system and to its FedRAMP authorization. DoD-specific issuances (DoDI 8500.01, DoDI 8510.01, the DoD Cloud Computing SRG) apply only to the IL4 enclave and are listed separately for information.'], 1),
    { t: 'h1', text: 'Laws and Regulations' },
    { t: 'table', rows: [['Reference', 'Title'], ['FISMA 2014', 'Federal Information Security Modernization Act'], ['44 USC 3609', 'FedRAMP Authorization Act'], ['Privacy Act of 1974', '5 USC 552a'], ['E-Government Act of 2002', 'Section 208 privacy provisions'], ['32 CFR Part 2002', 'Controlled Unclassified Information']] },
    { t: 'h1', text: 'Standards and Guidance' },
    { t: 'table', rows: [['Reference', 'Title'], ['FIPS 140-3', 'Cryptographic modules'], ['FIPS 199 / FIPS 200', 'Categorization; minimum security requirements'], ['NIST SP 800-53 Rev5', 'Security and privacy controls'], ['NIST SP 800-63-3', 'Digital identity guidelines'], ['NIST SP 800-34 Rev1', 'Contingency planning']] },
  ];
  return { file: 'Laws_Regs.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and regulations attachment as a docx listing laws, regulations, standards and guidance.', data: await renderDocx(blocks, { creator: 'GRC' }) };
}

async function checklist(): Promise<CorpusDoc> {
  const items: [string, string, string][] = [
    ['1', 'Initial Authorization Package Checklist', 'Yes'], ['2', 'Information Security Policies & Procedures (SSP Att. 1)', 'Yes'], ['3', 'User Guide (SSP Att. 2)', 'Yes'], ['4', 'Digital Identity Worksheet (SSP Att. 3)', 'Yes'], ['5', 'PTA/PIA (SSP Att. 4)', 'Yes'], ['6', 'Rules of Behavior (SSP Att. 5)', 'Yes'], ['7', 'ISCP (SSP Att. 6)', 'Yes'], ['8', 'CMP (SSP Att. 7)', 'Yes'], ['9', 'IRP (SSP Att. 8)', 'Yes'], ['10', 'CIS/CRM Workbook (SSP Att. 9)', 'Yes'], ['11', 'FIPS 199 (SSP Att. 10)', 'Yes'], ['12', 'Separation of Duties Matrix (SSP Att. 11)', 'Yes'], ['13', 'Laws and Regulations (SSP Att. 12)', 'Yes'], ['14', 'Integrated Inventory Workbook (SSP Att. 13)', 'Yes'], ['15', 'System Security Plan', 'Yes'], ['16', 'Security Assessment Plan', 'Yes'], ['17', 'Security Assessment Report', 'Yes'], ['18', 'Plan of Action and Milestones', 'Yes'], ['19', 'Agency ATO Letter', 'Pending'],
  ];
  const rows: Cell[][] = [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${ORG.csp}`, `CSO: ${S}`, 'Impact: Moderate'], [], ['#', 'Package Item', 'Included (Yes/No)', 'Location in Repository', 'Comments'], ...items.map(([n, i, y]) => [n, i, y, `/Ironbridge/GovStack/Initial/${n.padStart(2, '0')}`, ''])];
  return { file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist with the package items and inclusion status.', data: await renderXlsx([{ name: 'Checklist', rows, headerRow: 4 }], { creator: 'GRC' }) };
}

async function checklistDocx(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'Initial Authorization Package Checklist' },
    { t: 'p', text: `Cloud Service Offering: ${S}. Package ID ${ORG.fedrampId}. Sponsoring agency: ${ORG.agencyShort}.` },
    ...prose('chk', ['Use this checklist to confirm that each item required for the FedRAMP initial authorization package has been uploaded to the secure repository before requesting PMO review.'], 1),
    { t: 'table', rows: [['Check', 'Item', 'Document version'], ['[x]', 'System Security Plan and Attachments 1-13', 'SSP v2.3'], ['[x]', 'Security Assessment Plan', 'v1.0 (agency-approved)'], ['[x]', 'Security Assessment Report and appendices', 'v1.1'], ['[x]', 'Plan of Action and Milestones', 'June 2026'], ['[x]', 'Agency ATO Letter', '06/02/2026'], ['[ ]', 'Continuous Monitoring Plan', 'in review']] },
    { t: 'p', text: 'Completed by: Karim Osei, ISSM, 06/05/2026' },
  ];
  return { file: 'upload (9).docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial Authorization Package Checklist in a docx with the package items ticked.', data: await renderDocx(blocks, { creator: 'kosei', title: 'Checklist' }) };
}

async function drXlsx(): Promise<CorpusDoc> {
  const rows: Cell[][] = [
    ['FedRAMP Deviation Request Form'], [],
    ['CSP Name', ORG.csp], ['System Name', S], ['Impact Level', 'Moderate'], ['Request Date', '05/20/2026'], [],
    ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Scan Source', 'Plugin / Identifier', 'Asset(s)', 'Original Risk', 'Proposed Adjusted Risk', 'Justification', 'Evidence Provided', 'Agency AO Decision'],
    ['DR-031', 'V-0007', 'False Positive', 'ACAS (Nessus)', '156032 Apache Log4j RCE', 'IGS-splunk-idx-002', 'High', 'N/A', 'Log4j 2.17.1 is installed; plugin detects a renamed backup jar that is not on the classpath', 'Screenshot, file hash', ''],
    ['DR-032', 'V-0019', 'Risk Adjustment', 'ACAS (Nessus)', '142960 HSTS missing', 'console.govstack.ironbridgefed.us', 'Moderate', 'Low', 'Endpoint is reachable only through the agency TIC; HSTS set at CloudFront', 'Config export', ''],
  ];
  return { file: 'DR_May2026.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request form workbook (false positive and risk adjustment requests tied to POA&M IDs).', data: await renderXlsx([{ name: 'Deviation Request', rows, headerRow: 8 }], { creator: 'ISSO' }) };
}

export const sheetDocs: (() => Promise<CorpusDoc>)[] = [inventory, inventoryDrift, inventoryCsv, poam, poamDrift, poamCsv, cisCrm, crm2, sod, sodDocx, laws, lawsDocx, checklist, checklistDocx, drXlsx];
