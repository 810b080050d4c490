import type { Rng } from '../kit/rng.js';
import type { Cell, Sheet } from '../kit/xlsx.js';
import type { Agency, Assessor, Csp } from './orgs.js';

const b = (text: string): Cell => ({ bold: text });
const d = (date: string): Cell => ({ date });

export const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

interface Weakness {
  readonly controls: string;
  readonly name: string;
  readonly desc: string;
  readonly source: string;
  readonly plugin: string;
  readonly rating: 'Low' | 'Moderate' | 'High';
  readonly cve: string;
}

const WEAKNESSES: readonly Weakness[] = [
  { controls: 'RA-5, SI-2', name: 'OpenSSH < 9.8 regreSSHion', desc: 'A signal handler race condition in sshd allows unauthenticated remote code execution on glibc-based Linux systems.', source: 'Nessus', plugin: '201194', rating: 'High', cve: 'CVE-2024-6387' },
  { controls: 'RA-5, SI-2', name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', desc: 'The installed PostgreSQL version is affected by a privilege escalation through pg_dump.', source: 'Nessus', plugin: '205101', rating: 'Moderate', cve: 'CVE-2024-7348' },
  { controls: 'CM-6', name: 'CIS 5.2.5 - Minimize admission of containers with allowPrivilegeEscalation', desc: 'Two namespaces permit containers with allowPrivilegeEscalation=true.', source: 'kube-bench', plugin: 'CIS-5.2.5', rating: 'Low', cve: '' },
  { controls: 'AC-2(3)', name: 'Inactive accounts not disabled', desc: 'Two service accounts inactive for more than 90 days remained enabled.', source: '3PAO Assessment (SAR V-002)', plugin: 'SAR-V-002', rating: 'Moderate', cve: '' },
  { controls: 'RA-5, SI-2', name: 'Apache Tomcat 9.0.x < 9.0.90 DoS', desc: 'The remote Apache Tomcat server is affected by a denial of service vulnerability in HTTP/2 handling.', source: 'Nessus', plugin: '200812', rating: 'Moderate', cve: 'CVE-2024-34750' },
  { controls: 'SC-8', name: 'TLS 1.0/1.1 Protocol Detection', desc: 'The metrics endpoint accepts TLS 1.0 connections.', source: 'Burp Suite Enterprise', plugin: 'BURP-0x01000300', rating: 'Moderate', cve: '' },
  { controls: 'RA-5, SI-2', name: 'Linux kernel use-after-free in netfilter (nf_tables)', desc: 'A use-after-free in nf_tables allows local privilege escalation.', source: 'Qualys', plugin: 'QID 377220', rating: 'High', cve: 'CVE-2024-1086' },
  { controls: 'AU-6', name: 'Weekly audit review not documented', desc: 'Evidence of weekly audit log review was missing for three weeks in the assessment sample.', source: '3PAO Assessment (SAR V-003)', plugin: 'SAR-V-003', rating: 'Low', cve: '' },
];

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function poamRow(csp: Csp, w: Weakness, i: number, detected: string, r: Rng): Cell[] {
  const days = w.rating === 'High' ? 30 : w.rating === 'Moderate' ? 90 : 180;
  const assets = `${csp.acronym.toLowerCase()}-app-${String(r.int(1, 40)).padStart(2, '0')}; ${csp.acronym.toLowerCase()}-app-${String(r.int(41, 80)).padStart(2, '0')}`;
  return [`V-${String(i + 1).padStart(4, '0')}`, w.controls, w.name, w.desc, w.source, w.plugin, assets, csp.engineer, 'Engineering time (8 hrs)', `Apply vendor fix through image rebuild; verify with rescan.`, d(detected), d(addDays(detected, days)), `1) Test fix in staging ${addDays(detected, 7)}; 2) Deploy to production ${addDays(detected, days - 5)}`, '', d(addDays(detected, 20)), 'No', '', '', w.rating, w.rating, 'No', 'No', 'No', '', '', '', 'No', w.cve !== '' && w.rating === 'High' ? 'Yes' : 'No', w.cve !== '' && w.rating === 'High' ? d(addDays(detected, 21)) : '', w.cve, csp.acronym];
}

/** A POA&M workbook after the FedRAMP v2.1 template; `drift` moves the header row and renames a few columns. */
export function poamWorkbook(csp: Csp, date: string, r: Rng, drift: boolean): Sheet[] {
  const items = r.shuffle(WEAKNESSES).slice(0, drift ? 7 : 6);
  const headers = drift ? POAM_HEADERS.map((h) => (h === 'Weakness Detector Source' ? 'Detector Source' : h === 'Asset Identifier' ? 'Asset Identifier(s)' : h === 'Binding Operational Directive 22-01 tracking' ? 'BOD 22-01 tracking' : h)) : POAM_HEADERS;
  const top: Cell[][] = drift
    ? [[b(`${csp.cso} – Plan of Action & Milestones – ${date.slice(0, 7)}`)], [], ['CSP', csp.name, 'System Name', csp.cso], ['Impact Level', csp.level, 'POAM Date', d(date)], ['Prepared by', csp.isso], [], headers.map(b)]
    : [[b('FedRAMP Plan of Action and Milestones (POA&M)')], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [csp.name, csp.cso, csp.level, d(date)], [], headers.map(b)];
  const open = items.map((w, i) => poamRow(csp, w, i, addDays(date, -r.int(10, 80)), r));
  const closedItems = r.shuffle(WEAKNESSES).slice(0, 2).map((w, i) => poamRow(csp, w, i + 40, addDays(date, -r.int(100, 200)), r));
  return [
    { name: 'Open POA&M Items', rows: [...top, ...open], widths: [10, 12, 30, 50, 18, 18, 30] },
    { name: 'Closed POA&M Items', rows: [...top.slice(0, top.length - 1), headers.map(b), ...closedItems] },
    { name: 'Configuration Findings', rows: [headers.map(b)] },
    ...(drift ? [] : [{ name: 'Record of Changes', rows: [[b('Date'), b('Description'), b('Version'), b('Author')], [d(date), 'Monthly update', '1.0', csp.isso]] }]),
  ];
}

export const INVENTORY_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

/** Rows of an integrated inventory for a CSP (hosts, then software and databases). */
export function inventoryRows(csp: Csp, r: Rng, count: number, rev5: boolean): string[][] {
  const rows: string[][] = [];
  const roles = ['Web front end', 'Application service node', 'Worker node', 'Bastion host', 'Log forwarder', 'Database primary', 'Database replica'];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length] ?? 'Application service node';
    const db = role.startsWith('Database');
    const ip = `10.${r.int(10, 40)}.${r.int(0, 15)}.${r.int(4, 250)}`;
    const id = `${csp.acronym}-${db ? 'DB' : 'VM'}-${String(i + 1).padStart(3, '0')}`;
    const row = [id, ip, 'Yes', role === 'Web front end' ? 'Yes' : 'No', `${id.toLowerCase()}.${csp.domain}`, '', `02:42:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}`, 'Yes', db ? 'CIS PostgreSQL 15 L1' : 'CIS Ubuntu 22.04 L1 v1.0.0', db ? 'Ubuntu 22.04.4 LTS' : r.pick(['Ubuntu 22.04.4 LTS', 'Amazon Linux 2023', 'Bottlerocket 1.19']), csp.hosting.split(' (')[0] ?? csp.hosting, db ? 'Database' : 'Virtual Machine', 'n/a (cloud instance)', 'Yes', db ? 'PostgreSQL Global Development Group' : '', db ? 'PostgreSQL 15.7' : '', `2025-0${r.int(1, 6)} cumulative`, role, '', '', `vpc-${r.hex(8)}/subnet-${r.hex(6)}`, csp.engineer, csp.isso];
    if (rev5) row.push(`Fig 9-2: ${role.split(' ')[0] ?? 'Node'} tier`);
    rows.push(row);
  }
  return rows;
}

export function inventoryWorkbook(csp: Csp, date: string, r: Rng, rev5: boolean): Sheet[] {
  const headers = rev5 ? [...INVENTORY_HEADERS, 'Diagram Label'] : INVENTORY_HEADERS;
  return [
    { name: 'Inventory', rows: [[b(`${csp.cso} Integrated Inventory — as of ${date}`)], headers.map(b), ...inventoryRows(csp, r, rev5 ? 34 : 26, rev5)], widths: [18, 16, 8, 8, 36] },
    { name: 'Record of Changes', rows: [[b('Date'), b('Description'), b('Version'), b('Author')], [d(date), 'Monthly ConMon inventory refresh', '12', csp.engineer]] },
  ];
}

/** CIS/CRM workbook: control implementation summary and customer responsibility matrix. */
export function cisCrmWorkbook(csp: Csp, r: Rng, excel: boolean): Sheet[] {
  const controls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-3', 'AC-6', 'AC-7', 'AC-8', 'AC-17', 'AT-2', 'AU-2', 'AU-6', 'AU-9', 'CA-7', 'CM-2', 'CM-6', 'CM-8', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-6', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];
  const origin = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
  const cis = controls.map((c) => {
    const o = r.pick(origin);
    return [c, 'X', '', '', '', '', ...origin.map((x) => (x === o ? 'X' : ''))];
  });
  const crm = controls
    .filter(() => r.next() < 0.6)
    .map((c) => [c, r.pick(['Yes', 'Yes', 'No']), r.pick([`Customers manage their own tenant users and must review tenant accounts at least annually.`, `Customers configure federation with their agency identity provider enforcing multi-factor authentication.`, `Customers are responsible for reviewing the tenant audit log available under Settings > Audit.`, `Customers must ensure data they upload is categorized at or below the system's ${csp.level} impact level.`, 'No customer responsibility beyond use of the service as documented in the User Guide.'])]);
  return [
    { name: excel ? 'Instructions' : 'Instructions', rows: [[b(`${csp.cso} Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`)], ['This workbook summarizes the implementation status and origination of each control and the responsibilities that customers must implement. It is Attachment 11 to the System Security Plan.'], [`Baseline: FedRAMP ${csp.level} (NIST SP 800-53 Rev. 5)`]] },
    { name: 'CIS Worksheet', rows: [[b('Control ID'), b('Implemented'), b('Partially Implemented'), b('Planned'), b('Alternative Implementation'), b('Not Applicable'), ...origin.map(b)], ...cis] },
    { name: 'CRM Worksheet', rows: [[b('Control ID'), b('Can Be Inherited from CSP'), b('Specific Inheritance and Customer Agency/CSP Responsibilities')], ...crm], widths: [12, 14, 90] },
  ];
}

/** Separation of duties matrix: roles versus duties. */
export function sodMatrix(csp: Csp, style: 'grid' | 'list'): Sheet[] {
  const roles = ['System Owner', 'ISSO', 'Site Reliability Engineer', 'Developer', 'Database Administrator', 'Security Analyst', 'Change Approver (CCB)', 'Customer Support'];
  const duties: [string, string[]][] = [
    ['Approve access requests', ['System Owner', 'ISSO']],
    ['Provision privileged accounts', ['Site Reliability Engineer']],
    ['Review privileged access (monthly)', ['ISSO']],
    ['Write application code', ['Developer']],
    ['Approve production changes', ['Change Approver (CCB)']],
    ['Deploy to production (pipeline)', ['Site Reliability Engineer']],
    ['Administer databases', ['Database Administrator']],
    ['Review audit logs', ['Security Analyst']],
    ['Administer SIEM', ['Security Analyst']],
    ['Manage encryption keys', ['Site Reliability Engineer']],
    ['Approve key deletion', ['System Owner']],
    ['Access customer data for support (with ticket)', ['Customer Support']],
  ];
  if (style === 'grid') {
    return [
      { name: 'SoD Matrix', rows: [[b(`${csp.cso} — Separation of Duties Matrix`)], [`Implements AC-5. P = performs, A = approves, blank = no access. Conflicting combinations are prevented by group membership rules in the identity provider.`], [], [b('Duty / Function'), ...roles.map(b)], ...duties.map(([duty, who]) => [duty, ...roles.map((role) => (who.includes(role) ? (duty.startsWith('Approve') ? 'A' : 'P') : ''))])] },
      { name: 'Conflicting Duties', rows: [[b('Duty A'), b('Duty B'), b('Why they conflict')], ['Write application code', 'Approve production changes', 'A developer could approve their own change'], ['Administer SIEM', 'Provision privileged accounts', 'An administrator could hide their own activity'], ['Approve access requests', 'Provision privileged accounts', 'Self-granted access']] },
    ];
  }
  return [{ name: 'Separation of Duties', rows: [[b('Separation of Duties Matrix')], [csp.cso], [], [b('Role'), b('Duties'), b('Prohibited Duties'), b('Enforced By')], ...roles.map((role) => [role, duties.filter(([, w]) => w.includes(role)).map(([x]) => x).join('; ') || 'None', role === 'Developer' ? 'Deploy to production; approve changes' : role === 'Security Analyst' ? 'Provision accounts; manage keys' : 'Review of own activity', 'Identity provider group rules; pipeline approvals'])] }];
}

export function lawsWorkbook(csp: Csp): Sheet[] {
  const rows: [string, string, string, string][] = [
    ['Law', 'Federal Information Security Modernization Act of 2014', 'FISMA 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['Law', 'Privacy Act of 1974', '5 U.S.C. § 552a', 'https://www.justice.gov/opcl/privacy-act-1974'],
    ['Law', 'E-Government Act of 2002', 'Public Law 107-347', 'https://www.congress.gov/107/plaws/publ347/PLAW-107publ347.pdf'],
    ['Regulation', 'Managing Information as a Strategic Resource', 'OMB Circular A-130', 'https://www.whitehouse.gov/omb/'],
    ['Regulation', 'Federal Acquisition Regulation, Basic Safeguarding', 'FAR 52.204-21', 'https://www.acquisition.gov/far/52.204-21'],
    ['Directive', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'BOD 22-01', 'https://www.cisa.gov/binding-operational-directive-22-01'],
    ['Standard', 'Standards for Security Categorization', 'FIPS 199', 'https://nvlpubs.nist.gov/'],
    ['Standard', 'Security Requirements for Cryptographic Modules', 'FIPS 140-3', 'https://nvlpubs.nist.gov/'],
    ['Guidance', 'Security and Privacy Controls for Information Systems and Organizations', 'NIST SP 800-53 Rev. 5', 'https://nvlpubs.nist.gov/'],
    ['Guidance', 'Digital Identity Guidelines', 'NIST SP 800-63-3', 'https://pages.nist.gov/800-63-3/'],
    ['Guidance', 'Guide for Security-Focused Configuration Management', 'NIST SP 800-128', 'https://nvlpubs.nist.gov/'],
  ];
  return [
    { name: 'Laws and Regulations', rows: [[b('FedRAMP Laws and Regulations')], [`System: ${csp.cso}`], [], [b('Type'), b('Title'), b('Reference / Identifier'), b('Link')], ...rows] },
  ];
}

/** The FedRAMP Initial Authorization Package Checklist, filled in by the CSP. */
export function checklistWorkbook(csp: Csp, agency: Agency, a: Assessor, date: string): Sheet[] {
  const items: [string, string, string, string][] = [
    ['1', 'System Security Plan (SSP)', `${csp.acronym}_SSP_v3.1.docx`, 'Yes'],
    ['2', 'SSP Attachment 1 – Information Security Policies and Procedures', `${csp.acronym}_A01_Policies.pdf`, 'Yes'],
    ['3', 'SSP Attachment 2 – User Guide', `${csp.acronym}_A02_UserGuide.pdf`, 'Yes'],
    ['4', 'SSP Attachment 3 – Digital Identity Worksheet', `${csp.acronym}_A03_DIW.docx`, 'Yes'],
    ['5', 'SSP Attachment 4 – PTA / PIA', `${csp.acronym}_A04_PTA.docx`, 'Yes'],
    ['6', 'SSP Attachment 5 – Rules of Behavior', `${csp.acronym}_A05_RoB.docx`, 'Yes'],
    ['7', 'SSP Attachment 6 – Information System Contingency Plan and test report', `${csp.acronym}_A06_ISCP.docx`, 'Yes'],
    ['8', 'SSP Attachment 7 – Configuration Management Plan', `${csp.acronym}_A07_CMP.docx`, 'Yes'],
    ['9', 'SSP Attachment 8 – Incident Response Plan and test report', `${csp.acronym}_A08_IRP.docx`, 'Yes'],
    ['10', 'SSP Attachment 9 – CIS/CRM Workbook', `${csp.acronym}_A09_CIS_CRM.xlsx`, 'Yes'],
    ['11', 'SSP Attachment 10 – FIPS 199', `${csp.acronym}_A10_FIPS199.docx`, 'Yes'],
    ['12', 'SSP Attachment 11 – Separation of Duties Matrix', `${csp.acronym}_A11_SoD.xlsx`, 'Yes'],
    ['13', 'SSP Attachment 12 – FedRAMP Laws and Regulations', `${csp.acronym}_A12_Laws.xlsx`, 'Yes'],
    ['14', 'SSP Attachment 13 – Integrated Inventory Workbook', `${csp.acronym}_A13_Inventory.xlsx`, 'Yes'],
    ['15', 'Security Assessment Plan (SAP) with test case workbook', `${csp.acronym}_SAP_final.pdf`, 'Yes'],
    ['16', 'Security Assessment Report (SAR) with appendices and raw scan files', `${csp.acronym}_SAR_final.pdf`, 'Yes'],
    ['17', 'Plan of Action and Milestones (POA&M)', `${csp.acronym}_POAM_${date.slice(0, 7)}.xlsx`, 'Yes'],
    ['18', 'Agency ATO Letter', `${agency.short}_ATO_${csp.acronym}.pdf`, 'Yes'],
    ['19', 'Continuous Monitoring Plan / Strategy', `${csp.acronym}_ConMon.docx`, 'Yes'],
  ];
  return [
    {
      name: 'Package Checklist',
      rows: [
        [b('FedRAMP Initial Authorization Package Checklist')],
        ['Instructions: The CSP completes this checklist and includes it with the authorization package submitted to the FedRAMP PMO. For each item, confirm that the document is included, identify the file name, and note the version.'],
        [],
        ['CSP Name', csp.name, '', 'Package ID', csp.fedrampId],
        ['Cloud Service Offering', csp.cso, '', 'Impact Level', csp.level],
        ['Sponsoring Agency', agency.name, '', '3PAO', a.name],
        ['Date Submitted', d(date)],
        [],
        [b('#'), b('Required Package Item'), b('File Name'), b('Included (Yes/No)'), b('Version / Date'), b('CSP Comments')],
        ...items.map(([n, item, file, inc]) => [n, item, file, inc, '', '']),
        [],
        [b('CSP Attestation'), `I attest that the package is complete and that the documents listed above are the versions reviewed by ${agency.short} in issuing the ATO.`],
        ['Name / Title', `${csp.iso}, Information System Owner`],
      ],
      widths: [5, 60, 32, 14, 14, 30],
    },
  ];
}

export function deviationWorkbook(csp: Csp, agency: Agency, date: string): Sheet[] {
  return [
    {
      name: 'DR Form',
      rows: [
        [b('FedRAMP Vulnerability Deviation Request Form')],
        ['CSP', csp.name, 'System', csp.cso],
        ['Agency / AO', `${agency.short} / ${agency.ao}`, 'Date', d(date)],
        [],
        [b('DR ID'), b('POA&M ID'), b('Deviation Type (FP / RA / OR)'), b('Scanner / Source'), b('Vulnerability Name'), b('CVE'), b('Original Risk Rating'), b('Proposed Risk Rating'), b('Justification'), b('Mitigating Controls'), b('Evidence Provided'), b('Assets Affected')],
        ['DR-0031', 'V-0117', 'FP', 'Nessus 57582', 'SSL Self-Signed Certificate', '', 'Moderate', 'N/A', 'Finding is on the internal health-check listener that uses a certificate issued by the internal CA; Nessus does not trust the internal CA chain.', 'Internal CA trusted by all clients; listener not reachable from outside the cluster', 'Certificate chain export; scanner trust configuration', '8 worker nodes'],
        ['DR-0032', 'V-0122', 'OR', 'Nessus 42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'CVE-2016-2183', 'Moderate', 'Moderate', 'Two agency customers have legacy clients that require 3DES on a dedicated integration endpoint until their migration in Q4.', 'Endpoint restricted to the two agencies\' IP ranges; traffic volume monitored', 'Agency letters requesting continued support; WAF allow-list', '1 load balancer'],
        ['DR-0033', 'V-0125', 'RA', 'Qualys 38909', 'OpenSSH Terrapin Prefix Truncation', 'CVE-2023-48795', 'Moderate', 'Low', 'SSH is reachable only from the access proxy; ChaCha20-Poly1305 and ETM MACs are disabled, removing the exploitable configurations.', 'Access proxy with MFA; cipher configuration hardened', 'sshd_config export; proxy policy', '4 bastion hosts'],
        [],
        ['CSP signature', csp.iso, '', 'AO decision', '☐ Approved ☐ Denied'],
      ],
    },
  ];
}
