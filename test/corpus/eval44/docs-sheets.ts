/** Eval44: workbook and tabular deliverables (POA&M, inventory, CIS/CRM, SoD, laws, checklist, deviation form). */
import { b, h1, p, table, title, toCsv, toDocx, toXlsx, rng } from './kit.js';
import type { Cell } from './kit.js';
import { CSP, SYS, SYS_ABBR } from './persona.js';
import type { EvalDoc } from './types.js';

const d = (s: string): Date => new Date(`${s}T00:00:00Z`);

// ---------- inventory ----------
interface Asset {
  id: string;
  ip: string;
  dns: string;
  os: string;
  type: string;
  make: string;
  sw: string;
  fn: string;
  vlan: string;
}

function voiceAssets(seed: number): Asset[] {
  const r = rng(seed);
  const out: Asset[] = [];
  const add = (n: number, prefix: string, net: string, type: string, make: string, os: string, sw: string, fn: string, vlan: string): void => {
    for (let i = 1; i <= n; i++) {
      const region = i % 2 ? 'w' : 'e';
      out.push({ id: `${prefix}-${region}-${String(i).padStart(2, '0')}`, ip: `${net}.${10 + i * 3 + Math.floor(r() * 2)}`, dns: `${prefix}-${region}-${String(i).padStart(2, '0')}.gov.tessaline.internal`, os, type, make, sw, fn, vlan });
    }
  };
  add(6, 'tgv-sbc', '10.40.1', 'Virtual Appliance', 'AWS c6in.2xlarge', 'SBC OS 9.3.1 (FIPS mode)', 'Session Border Controller 9.3.1', 'Session border controller: SIP TLS signaling edge, topology hiding', 'VLAN 110 Signaling');
  add(4, 'tgv-sip', '10.40.2', 'Virtual Machine', 'AWS m6i.xlarge', 'Amazon Linux 2023', 'Kamailio 5.8 SIP proxy/registrar', 'SIP proxy and registrar', 'VLAN 120 Core');
  add(8, 'tgv-ms', '10.40.3', 'Virtual Machine', 'AWS c6i.4xlarge', 'Amazon Linux 2023', 'Tessaline Media Engine 26.1', 'Media server: RTP/SRTP anchoring, transcoding, conferencing', 'VLAN 130 Media');
  add(4, 'tgv-rec', '10.40.4', 'Virtual Machine', 'AWS r6i.2xlarge', 'Amazon Linux 2023', 'Tessaline Recorder 26.1', 'Call recording capture and storage', 'VLAN 140 Recording');
  add(2, 'tgv-db', '10.40.5', 'Database', 'Amazon RDS', 'n/a', 'PostgreSQL 16.4', 'Tenant configuration and CDR database', 'VLAN 150 Data');
  return out;
}

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRow(a: Asset): string[] {
  return [a.id, a.ip, 'Yes', a.id.includes('sbc') ? 'Yes' : 'No', a.dns, '', '', 'Yes', a.id.includes('sbc') ? 'TGV-SBC-HARDEN-v4' : 'CIS AL2023 L1', a.os, a.id.includes('-w-') ? 'AWS GovCloud US-West' : 'AWS GovCloud US-East', a.type, a.make, 'Yes', a.sw.includes('PostgreSQL') ? 'Open Source' : 'Tessaline / OEM', a.sw, '2026-02', a.fn, '', '', a.vlan, 'Voice Platform Engineering', 'Voice Apps Team'];
}

async function inventoryXlsx(): Promise<EvalDoc> {
  const assets = voiceAssets(44);
  const data = await toXlsx(
    [
      { name: 'INSTRUCTIONS', rows: [[null, 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'], [], [null, 'Overview:'], [null, `Inventory of ${SYS} components for monthly continuous monitoring.`]] },
      { name: 'Inventory', rows: [['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory'], INV_HEADERS, ...assets.map(invRow)], boldRows: [2] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], [d('2026-02-28'), 'February ConMon update: 2 media servers added', 14, 'NOC']] },
    ],
    { title: 'SSP Attachment 13', creator: 'Tessaline NOC' },
  );
  return { file: 'Inventory_Feb2026.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook (attachment 13 layout) listing SBCs, SIP proxies, media servers, recorders and databases with IPs.', data };
}

async function inventoryRev5(): Promise<EvalDoc> {
  const assets = voiceAssets(4404).slice(0, 18);
  const headers = [...INV_HEADERS.map((h) => h.replace('\n', ' ')), 'Diagram Label'];
  const data = await toXlsx(
    [
      { name: 'Inventory', rows: [[`${CSP} - ${SYS_ABBR} - Appendix M Integrated Inventory - March 2026`], [], [], headers, ...assets.map((a, i) => [...invRow(a), `N${i + 1}`])], boldRows: [4] },
    ],
    { title: 'FedRAMP POA&M Template', creator: 'noc-automation' },
  );
  return { file: 'book1.xlsx', expected: 'INVENTORY', note: 'Rev5 (appendix M) inventory with Diagram Label column, header on row 4, stale POA&M title in metadata.', data };
}

function inventoryCsv(): EvalDoc {
  const assets = voiceAssets(7);
  return { file: 'asset_export_20260331.csv', expected: 'INVENTORY', note: 'CSV export of the integrated inventory with the attachment 13 columns.', data: toCsv([INV_HEADERS.map((h) => h.replace('\n', ' ')), ...assets.map(invRow)]) };
}

// ---------- POA&M ----------
const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(seed: number, n: number): Cell[][] {
  const r = rng(seed);
  const weaknesses: [string, string, string, string][] = [
    ['SC-8', 'Unencrypted PSTN leg', 'Calls leaving the carrier handoff are not encrypted end to end', 'SAR TGV-01'],
    ['IA-5(1)', 'Weak SIP digest secrets', 'Legacy desk phones registered with 10-character SIP digest passwords', 'SAR TGV-02'],
    ['RA-5', 'OpenSSL vulnerability in media image', 'Media server image includes an OpenSSL build affected by a known CVE', 'Nessus 187315'],
    ['CM-7', 'SIP UDP 5060 listener enabled', 'Unused SIP over UDP listener enabled on SBC pair B', 'SAR TGV-05'],
    ['SI-2', 'Kernel update missing', 'Amazon Linux kernel update not applied on recording nodes', 'Nessus 190211'],
    ['AU-9', 'Recording access logs writable', 'Recording service account can modify access logs', 'SAR TGV-04'],
  ];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const w = weaknesses[i % weaknesses.length] ?? weaknesses[0]!;
    const risk = ['High', 'Moderate', 'Low'][Math.floor(r() * 3)] ?? 'Moderate';
    const det = d(`2026-0${1 + (i % 6)}-1${i % 9}`);
    rows.push([`V-${String(101 + i).padStart(4, '0')}`, w[0], w[1], w[2], i % 2 ? 'Tenable Nessus' : '3PAO Assessment', w[3], `tgv-ms-w-0${1 + (i % 8)}`, 'Voice Platform Engineering', 'Engineering time', 'Apply vendor patch and redeploy image', det, d('2026-08-31'), 'Patch in staging; production rollout', '', d('2026-03-31'), i % 3 === 0 ? 'Yes' : 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', '', 'No', 'No', '', i % 2 ? `CVE-2025-${31000 + i}` : '', SYS_ABBR]);
  }
  return rows;
}

async function poamXlsx(): Promise<EvalDoc> {
  const head = (t: string): Cell[][] => [[t], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, SYS, 'Moderate', d('2026-03-31')], []];
  const data = await toXlsx(
    [
      { name: 'Open POA&M Items', rows: [...head('FedRAMP Plan of Action and Milestones (POA&M)'), POAM_HEADERS, ...poamRows(1, 14)], boldRows: [5] },
      { name: 'Closed POA&M Items', rows: [...head('FedRAMP Plan of Action and Milestones (POA&M)'), POAM_HEADERS, ...poamRows(2, 5)], boldRows: [5] },
      { name: 'Configuration Findings', rows: [...head('Configuration Findings'), POAM_HEADERS] },
      { name: 'Record of Changes', rows: [[], [null, null, 'Date', 'Description', 'Version', 'Author'], [null, null, d('2026-03-31'), 'March ConMon submission', 7, 'J. Lindqvist']] },
    ],
    { creator: 'jlindqvist' },
  );
  return { file: 'TGVCC POAM 2026-03.xlsx', expected: 'POAM', note: 'Monthly POA&M workbook in the FedRAMP template layout with open and closed items.', data };
}

async function poamDrift(): Promise<EvalDoc> {
  const renamed = POAM_HEADERS.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Controls' ? 'Security Control(s)' : h === 'Original Detection Date' ? 'Date Identified' : h)).slice(0, 26);
  const data = await toXlsx(
    [
      { name: 'Cover', rows: [[`${CSP}`], ['Plan of Action & Milestones - continuous monitoring deliverable'], ['Reporting period: April 2026'], ['Prepared for the agency ISSO and the FedRAMP PMO']] },
      { name: 'Open POA&M Items', rows: [['Tessaline TGVCC POA&M'], [], ['System:', SYS, 'Impact:', 'Moderate'], ['As of:', d('2026-04-30')], [], [], renamed, ...poamRows(3, 11).map((r) => r.slice(0, 26))], boldRows: [7] },
      { name: 'Closed POA&M Items', rows: [renamed, ...poamRows(4, 3).map((r) => r.slice(0, 26))] },
    ],
    { title: 'Inventory', creator: 'grc' },
  );
  return { file: 'Copy of Copy of tracker.xlsx', expected: 'POAM', note: 'Drifted POA&M workbook: cover sheet first, header on row 7, renamed columns, stale "Inventory" title metadata.', data };
}

// ---------- CIS / CRM ----------
function cisRows(seed: number): Cell[][] {
  const r = rng(seed);
  const ids = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];
  return ids.map((id) => {
    const k = Math.floor(r() * 4);
    return [id, k === 0 ? 'X' : '', k === 1 ? 'X' : '', '', '', 'X', k === 2 ? 'X' : '', k === 3 ? 'X' : '', '', ''];
  });
}

async function cisCrm(): Promise<EvalDoc> {
  const cisHead = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
  const crm: Cell[][] = [
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ['AC-2', 'Partial', 'Agencies manage tenant user accounts through their identity provider; Tessaline manages privileged platform accounts.'],
    ['IA-2', 'No', 'Agency is responsible for MFA of its users through its IdP.'],
    ['SC-8', 'Partial', 'Agency must require TLS/SRTP on its desk phones; PSTN legs beyond the carrier are not encrypted.'],
    ['AU-6', 'Partial', 'Agency reviews the tenant audit log weekly.'],
  ];
  const data = await toXlsx(
    [
      { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`CSP: ${CSP}`], [`System: ${SYS}`], ['Impact level: Moderate']] },
      { name: 'Moderate CIS Worksheet', rows: [['CIS Worksheet'], cisHead, ...cisRows(9)], boldRows: [2] },
      { name: 'Moderate CRM Worksheet', rows: crm, boldRows: [1] },
    ],
    { title: 'CIS CRM Workbook', creator: 'grc' },
  );
  return { file: 'Attachment 9.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook: implementation status and origination per control, plus customer responsibility matrix.', data };
}

async function crmOnly(): Promise<EvalDoc> {
  const data = await toXlsx(
    [
      { name: 'CRM', rows: [[`${SYS_ABBR} Customer Responsibility Matrix (CRM) - FedRAMP Moderate`], ['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ['AC-2', 'Account Management', 'Partial', 'Agency provisions tenant users via SCIM'], ['AC-7', 'Unsuccessful Logon Attempts', 'Partial', 'Agency IdP enforces lockout'], ['CP-9', 'System Backup', 'Yes', 'Fully inherited'], ['IA-2(1)', 'MFA to Privileged Accounts', 'No', 'Agency enforces MFA'], ['PE-3', 'Physical Access Control', 'Yes', 'Inherited from AWS GovCloud'], ['SC-8', 'Transmission Confidentiality', 'Partial', 'Agency enables SRTP on endpoints']], boldRows: [2] },
      { name: 'CIS', rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Service Provider Corporate', 'Service Provider System Specific', 'Shared', 'Inherited'], ...cisRows(10).map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '', '', r[6] ?? '', r[7] ?? '', 'X', ''])] },
    ],
    {},
  );
  return { file: 'export (1).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CRM-first variant of the CIS/CRM workbook with no metadata.', data };
}

// ---------- SoD / laws / checklist / deviation ----------
async function sodXlsx(): Promise<EvalDoc> {
  const roles = ['Platform Admin', 'Voice Engineer', 'NOC Operator', 'Security Analyst', 'Recording Auditor', 'Tenant Admin (Agency)'];
  const funcs = ['Provision SIP trunk capacity', 'Modify SBC dial plan', 'Approve change in CCB', 'Create privileged account', 'Approve privileged account', 'Play back recordings', 'Delete recordings', 'Modify SIEM rules', 'Review audit logs'];
  const r = rng(11);
  const data = await toXlsx([{ name: 'SoD Matrix', rows: [[`${SYS_ABBR} Separation of Duties Matrix`], ['Function / Role', ...roles], ...funcs.map((f) => [f, ...roles.map(() => (r() > 0.7 ? 'X' : ''))])], boldRows: [2] }], { title: 'Separation of Duties Matrix', creator: 'grc' });
  return { file: 'TGVCC SOD Matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix workbook: functions versus roles.', data };
}

async function lawsXlsx(): Promise<EvalDoc> {
  const data = await toXlsx([{ name: 'Laws and Regulations', rows: [['SSP Attachment 12 - FedRAMP Laws and Regulations'], [`${SYS}`], ['Identification Number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551', 'Federal Information Security Modernization Act (FISMA)', '2014', ''], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', ''], ['OMB A-130', 'Managing Information as a Strategic Resource', '2016', ''], ['OMB M-19-17', 'Enabling Mission Delivery through Improved Identity, Credential, and Access Management', '2019', ''], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019', ''], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '2020', ''], ['NIST SP 800-37 Rev 2', 'Risk Management Framework', '2018', '']], boldRows: [3] }], {});
  return { file: 'A12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment 12 as a workbook listing applicable federal laws and standards.', data };
}

const CHECKLIST: [string, string][] = [
  ['Transmittal Letter', 'Yes'], ['System Security Plan (SSP)', 'Yes'], ['Att. 1 Information Security Policies and Procedures', 'Yes'], ['Att. 2 User Guide', 'Yes'], ['Att. 3 Digital Identity Worksheet', 'Yes'], ['Att. 4 PTA/PIA', 'Yes'], ['Att. 5 Rules of Behavior', 'Yes'], ['Att. 6 ISCP', 'Yes'], ['Att. 7 CMP', 'Yes'], ['Att. 8 IRP', 'Yes'], ['Att. 9 CIS/CRM Workbook', 'Yes'], ['Att. 10 FIPS 199', 'Yes'], ['Att. 11 Separation of Duties Matrix', 'Yes'], ['Att. 12 Laws and Regulations', 'Yes'], ['Att. 13 Integrated Inventory Workbook', 'Yes'], ['Security Assessment Plan (SAP)', 'Yes'], ['Security Assessment Report (SAR)', 'Yes'], ['Plan of Action and Milestones (POA&M)', 'Yes'], ['Agency ATO Letter', 'Pending'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const data = await toXlsx([{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`, `CSO: ${SYS}`, 'Impact: Moderate'], [], ['#', 'Package Item', 'Included (Yes/No)', 'File Name', 'Comments'], ...CHECKLIST.map(([it, y], i) => [i + 1, it, y, `TGVCC_${i + 1}`, ''])], boldRows: [4] }], { title: 'Checklist' });
  return { file: 'pkg_checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package item and whether included.', data };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks = [
    title('FedRAMP Initial Authorization Package Checklist', 32),
    p(`Cloud Service Provider: ${CSP}. Cloud Service Offering: ${SYS}. Sponsoring agency review date: June 2026.`),
    p('Instructions: indicate for each item whether it is included in the package uploaded to the secure repository.'),
    table([['Package Item', 'Included', 'Notes'], ...CHECKLIST.map(([i, y]) => [i, y, ''])]),
    h1('CSP Attestation'),
    b('The CSP attests that the package is complete.'),
  ];
  return { file: 'Document (7).docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word copy of the Initial Authorization Package Checklist.', data: await toDocx({ blocks, meta: { title: 'Transmittal Letter' } }) };
}

async function deviationXlsx(): Promise<EvalDoc> {
  const data = await toXlsx([
    { name: 'Deviation Request', rows: [['FedRAMP Deviation Request Form'], ['CSP', CSP], ['System Name', SYS], ['Request Date', d('2026-05-12')], [], ['Deviation Type', 'POA&M ID', 'CVE / Plugin', 'Asset(s)', 'Original Risk', 'Requested Change', 'Justification', 'Evidence'], ['False Positive', 'V-0133', 'Nessus 156032', 'tgv-sbc-w-01, tgv-sbc-e-02', 'Moderate', 'Close as false positive', 'Scanner reads the banner of the management web UI; SBC firmware 9.3.1 already contains the fix per vendor advisory', 'Vendor advisory PDF, version output'], ['Vendor Dependency', 'V-0135', 'CVE-2025-40112', 'tgv-ms-w-01..08', 'High', 'Track as vendor dependency', 'Media engine OEM has not released a patched build; check-in every 30 days', 'OEM ticket #88213'], ['Operational Requirement', 'V-0113', 'n/a', 'PSTN trunks', 'Moderate', 'Accept as operational requirement', 'PSTN carriers do not support SRTP/TLS at the handoff', 'Carrier letters']], boldRows: [6] },
  ], { title: 'Deviation Request', creator: 'grc' });
  return { file: 'deviations_may.xlsx', expected: 'DEVIATION_REQUEST', note: 'Deviation request workbook with false positive, vendor dependency and operational requirement requests for POA&M items.', data };
}

export async function sheetDocs(): Promise<EvalDoc[]> {
  return Promise.all([inventoryXlsx(), inventoryRev5(), Promise.resolve(inventoryCsv()), poamXlsx(), poamDrift(), cisCrm(), crmOnly(), sodXlsx(), lawsXlsx(), checklistXlsx(), checklistDocx(), deviationXlsx()]);
}
