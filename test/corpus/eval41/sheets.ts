/** Tabular content: POA&M, inventory, CIS/CRM, SoD, laws, checklist, scans and look-alike exports. */
import { pick, rng, xmlEscape } from './kit.js';

type Row = (string | number | null)[];

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier',
  'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date',
  'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating',
  'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents',
  'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
];

const WEAK: [string, string, string, string, string][] = [
  ['RA-5', 'OpenSSL outdated on bastion hosts', 'OpenSSL 3.0.8 is affected by CVE-2024-5535 (SSL_select_next_proto buffer overread).', 'Nessus', 'CVE-2024-5535'],
  ['SI-2', 'Kernel missing security update', 'Amazon Linux 2023 kernel lacks ALAS2023-2025-812.', 'Nessus', 'CVE-2024-53104'],
  ['CM-6', 'PostgreSQL log_connections disabled', 'CIS PostgreSQL 15 benchmark 3.1.20 not met on two instances.', 'CIS-CAT', 'CIS 3.1.20'],
  ['AU-6', 'Audit review evidence incomplete', 'Weekly audit review records missing for 3 weeks in Q1.', 'Kestrel SAR', 'SAR-AU-6-01'],
  ['CA-3', 'Expired ISA with Treasury', 'Interconnection security agreement expired 2024-12-31.', 'Kestrel SAR', 'SAR-CA-3-01'],
  ['SC-8', 'TLS 1.0 enabled on legacy endpoint', 'Legacy report endpoint accepts TLS 1.0.', 'OWASP ZAP', '10202'],
  ['AC-2', 'Stale service account', 'Service account svc-report unused for 120 days.', 'Internal review', 'IR-2025-03'],
  ['SI-10', 'Server-side request forgery in export', 'Report export endpoint fetches attacker-controlled URLs.', 'Penetration test', 'PT-2025-02'],
];

export function poamRows(seed: number, n: number): Row[] {
  const r = rng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(r, WEAK);
    const risk = pick(r, ['High', 'Moderate', 'Moderate', 'Low']);
    const m = 1 + Math.floor(r() * 9);
    rows.push([
      `V-${String(200 + i).padStart(4, '0')}`, w[0], w[1], w[2], w[3], w[4], `nlgp-${pick(r, ['web', 'api', 'db', 'bastion'])}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
      pick(r, ['Elena Cruz', 'Jake Lindqvist', 'Priya Natarajan']), 'Internal staff', 'Apply vendor patch via golden image rebuild and redeploy.',
      `2025-0${m}-0${1 + Math.floor(r() * 8)}`, `2025-${String(m + 2).padStart(2, '0')}-15`, 'Patch in staging; deploy to production; rescan', '', '2025-03-01',
      'No', '', '', risk, risk, 'No', 'No', 'No', '', 'Scan report Feb 2025', '', 'No', 'No', '', w[4].startsWith('CVE') ? w[4] : '', 'NLGP Ledger',
    ]);
  }
  return rows;
}

export const INV_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

export function inventoryRows(seed: number, n: number): Row[] {
  const r = rng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const tier = pick(r, ['web', 'api', 'db', 'bastion', 'worker']);
    const db = tier === 'db';
    rows.push([
      `nlgp-${tier}-${String(i + 1).padStart(2, '0')}`, `10.20.${tier === 'web' ? 1 : tier === 'db' ? 3 : 2}.${10 + i}`, 'Yes', tier === 'web' ? 'Yes' : 'No',
      `${tier}${i + 1}.prod.nlgp.internal`, '', '', 'Yes', db ? 'CIS PostgreSQL 15 L1' : 'CIS Amazon Linux 2023 L1', db ? 'Amazon RDS' : 'Amazon Linux 2023',
      pick(r, ['AWS GovCloud us-gov-west-1', 'AWS GovCloud us-gov-east-1']), db ? 'Database' : 'Virtual Machine', 'AWS EC2 m6i.xlarge', 'Yes',
      db ? 'PostgreSQL Global Development Group' : 'Nimbus Ledger', db ? 'PostgreSQL 15.8' : `ledger-${tier} 4.12.${i}`, '2025-02', `${tier} tier`, '',
      `i-0${(0x3a9f00 + i * 7919).toString(16)}`, `vpc-prod/${tier}`, 'Elena Cruz', 'Jake Lindqvist',
    ]);
  }
  return rows;
}

export const CIS_HEADERS = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
export const CRM_HEADERS = ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'];
const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-3', 'AC-6', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CA-3', 'CM-2', 'CM-6', 'CM-8', 'IA-2', 'IA-2(1)', 'IA-5', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SI-2', 'SI-4'];

export function cisRows(seed: number): Row[] {
  const r = rng(seed);
  return CONTROLS.map((c) => {
    const origin = c.startsWith('PE') ? 12 : pick(r, [6, 7, 7, 8, 9, 11]);
    const row: Row = [c, 'X', '', '', '', ''];
    for (let k = 6; k < 13; k++) row.push(k === origin ? 'X' : '');
    return row;
  });
}

export function crmRows(): Row[] {
  return CONTROLS.map((c) => {
    if (c.startsWith('PE')) return [c, 'Yes', 'Fully inherited from the AWS GovCloud (US) P-ATO.'];
    if (c.startsWith('AC-2') || c.startsWith('IA')) return [c, 'Partial', 'The customer agency is responsible for managing its own tenant user accounts, role assignment and federation with its identity provider.'];
    return [c, 'Yes', 'NLGP is responsible for this control; no customer action is required.'];
  });
}

export const SOD_ROLES = ['System Owner', 'ISSO', 'Cloud Operations Engineer', 'Database Administrator', 'Developer', 'Release Manager', 'SOC Analyst', 'Auditor (read-only)'];
export const SOD_FUNCTIONS = ['Approve access requests', 'Provision accounts', 'Deploy to production', 'Approve changes (CCB)', 'Modify audit configuration', 'Review audit logs', 'Administer databases', 'Commit source code', 'Manage encryption keys', 'Approve POA&M risk adjustments'];

export function sodRows(seed: number): Row[] {
  const r = rng(seed);
  return SOD_FUNCTIONS.map((f) => [f, ...SOD_ROLES.map(() => pick(r, ['X', '', '', '', 'A', '']))]);
}

export const LAWS: Row[] = [
  ['Computer Fraud and Abuse Act [PL 99-474]', '18 U.S.C. 1030', '1986', 'https://www.govinfo.gov/app/details/USCODE-2010-title18/USCODE-2010-title18-partI-chap47-sec1030'],
  ['E-Government Act of 2002, Title III (FISMA) [PL 107-347]', '44 U.S.C. 3541', '2002', 'https://www.congress.gov/107/plaws/publ347/PLAW-107publ347.pdf'],
  ['Federal Information Security Modernization Act of 2014 [PL 113-283]', '44 U.S.C. 3551', '2014', 'https://www.congress.gov/113/plaws/publ283/PLAW-113publ283.pdf'],
  ['Privacy Act of 1974 [PL 93-579]', '5 U.S.C. 552a', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['OMB Circular A-130, Managing Information as a Strategic Resource', 'A-130', '2016', 'https://www.whitehouse.gov/omb/information-for-agencies/circulars/'],
  ['OMB M-24-15, Modernizing FedRAMP', 'M-24-15', '2024', 'https://www.whitehouse.gov/omb/'],
  ['FIPS 199, Standards for Security Categorization', 'FIPS PUB 199', '2004', 'https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.199.pdf'],
  ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'FIPS PUB 140-3', '2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'SP 800-53', '2020', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'],
  ['NIST SP 800-37 Rev. 2, Risk Management Framework', 'SP 800-37', '2018', 'https://csrc.nist.gov/pubs/sp/800/37/r2/final'],
  ['NIST SP 800-63-3, Digital Identity Guidelines', 'SP 800-63-3', '2017', 'https://pages.nist.gov/800-63-3/'],
  ['Homeland Security Presidential Directive 12 (HSPD-12)', 'HSPD-12', '2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
];

// ---------------------------------------------------------------- scans

const PLUGINS: [number, string, number, string, string][] = [
  [201198, 'OpenSSL 3.0.0 < 3.0.15 Vulnerability', 3, 'CVE-2024-5535', 'Upgrade to OpenSSL version 3.0.15 or later.'],
  [57582, 'SSL Self-Signed Certificate', 2, '', 'Purchase or generate a proper SSL certificate for this service.'],
  [104743, 'TLS Version 1.0 Protocol Detection', 2, '', 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.'],
  [19506, 'Nessus Scan Information', 0, '', 'n/a'],
  [214620, 'Amazon Linux 2023 : kernel (ALAS2023-2025-812)', 3, 'CVE-2024-53104', 'Run dnf update kernel to update your system.'],
  [42873, 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 2, 'CVE-2016-2183', 'Reconfigure the affected application to avoid use of medium strength ciphers.'],
  [10863, 'SSL Certificate Information', 0, '', 'n/a'],
  [156899, 'PostgreSQL 15.x < 15.10 Multiple Vulnerabilities', 3, 'CVE-2024-10979', 'Upgrade to PostgreSQL 15.10 or later.'],
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

export function nessusXml(seed: number, hosts: number): string {
  const r = rng(seed);
  const out: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>NLGP Monthly Authenticated OS Scan</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>10.20.1.0/24,10.20.2.0/24</value></preference></ServerPreferences></Preferences></Policy>', '<Report xmlns:cm="http://www.nessus.org/cm" name="NLGP ConMon 2025-02 OS">'];
  for (let h = 0; h < hosts; h++) {
    const ip = `10.20.${1 + (h % 3)}.${10 + h}`;
    out.push(`<ReportHost name="${ip}"><HostProperties><tag name="HOST_START">Mon Feb 10 02:0${h % 10}:11 2025</tag><tag name="host-ip">${ip}</tag><tag name="host-fqdn">host${h}.prod.nlgp.internal</tag><tag name="operating-system">Amazon Linux 2023</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_END">Mon Feb 10 02:2${h % 10}:47 2025</tag></HostProperties>`);
    const count = 2 + Math.floor(r() * 4);
    for (let k = 0; k < count; k++) {
      const p = pick(r, PLUGINS);
      out.push(
        `<ReportItem port="${p[2] === 0 ? 0 : 443}" svc_name="${p[2] === 0 ? 'general' : 'www'}" protocol="tcp" severity="${p[2]}" pluginID="${p[0]}" pluginName="${xmlEscape(p[1])}" pluginFamily="General">` +
          `<risk_factor>${RISK[p[2]]}</risk_factor><synopsis>${xmlEscape(p[1])} detected on the remote host.</synopsis><description>The remote host is affected by ${xmlEscape(p[1])}.</description><solution>${xmlEscape(p[4])}</solution>` +
          (p[3] ? `<cve>${p[3]}</cve>` : '') +
          `<plugin_output>Installed package version detected by authenticated check.</plugin_output></ReportItem>`,
      );
    }
    out.push('</ReportHost>');
  }
  out.push('</Report>', '</NessusClientData_v2>', '');
  return out.join('\n');
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(rows: Row[], quoteAll = false): string {
  return rows.map((r) => r.map((c) => (quoteAll ? `"${String(c ?? '').replace(/"/g, '""')}"` : csvCell(c))).join(',')).join('\r\n') + '\r\n';
}

export function tenableCsv(seed: number, n: number): string {
  const r = rng(seed);
  const rows: Row[] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (let i = 0; i < n; i++) {
    const p = pick(r, PLUGINS);
    rows.push([p[0], p[3], p[2] === 3 ? 7.5 : p[2] === 2 ? 5.3 : '', RISK[p[2]] ?? '', `10.20.3.${20 + (i % 6)}`, 'tcp', p[2] === 0 ? 0 : 5432, p[1], `${p[1]}.`, `The remote service is affected by ${p[1]}.`, p[4], 'https://www.tenable.com/plugins', 'Version : 15.8']);
  }
  return toCsv(rows, true);
}

export function qualysCsv(seed: number, n: number): string {
  const r = rng(seed);
  const pre = ['"Scan Results","Nimbus Ledger Systems","1200 Wilson Blvd","Arlington","Virginia","United States of America","22209"', '"nlgp_gov_scanner (Priya Natarajan)"', '', '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Title","Asset Groups"', '"02/12/2025 at 01:00:04 (GMT-0500)","6","6","Scheduled","Finished","scan/1739340004.21877","nlgp_gov_scanner","00:41:19","NLGP Web and DB monthly","NLGP-Prod"', ''];
  const rows: Row[] = [['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results']];
  const q: [number, string, number, string][] = [[38170, 'SSL Certificate - Subject Common Name Does Not Match Server FQDN', 2, ''], [38794, 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Server Supports TLSv1.0', 3, ''], [150004, 'Path-Based Vulnerability', 2, ''], [379211, 'PostgreSQL Multiple Vulnerabilities (November 2024)', 4, 'CVE-2024-10979'], [11827, 'HTTP Security Header Not Detected', 2, '']];
  for (let i = 0; i < n; i++) {
    const v = pick(r, q);
    rows.push([`10.20.1.${10 + (i % 5)}`, `web${1 + (i % 5)}.prod.nlgp.internal`, '', 'Amazon Linux 2023', 'host scanned, found vuln', v[0], v[1], 'Vuln', v[2], 443, 'tcp', '', 'over ssl', v[3], v[2] >= 4 ? 8.1 : 5.3, `${v[1]} was detected.`, 'Successful exploitation could allow an attacker to obtain information.', 'Apply the vendor update or configuration change.', 'Detected by remote check.']);
  }
  return pre.join('\r\n') + '\r\n' + toCsv(rows, true);
}

export function zapJson(): string {
  const alert = (id: string, name: string, risk: number, uri: string, cwe: number): Record<string, unknown> => ({
    pluginid: id, alertRef: id, alert: name, name, riskcode: String(risk), confidence: '2',
    riskdesc: `${['Informational', 'Low', 'Medium', 'High'][risk]} (Medium)`, desc: `<p>${name} was identified on the target.</p>`,
    instances: [{ uri, method: 'GET', param: '', attack: '', evidence: '', otherinfo: '' }], count: '1',
    solution: '<p>Configure the server to follow OWASP secure headers guidance.</p>', otherinfo: '', reference: '<p>https://owasp.org/www-project-secure-headers/</p>',
    cweid: String(cwe), wascid: '15', sourceid: '3',
  });
  return JSON.stringify(
    {
      '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Wed, 12 Feb 2025 03:14:09',
      site: [{
        '@name': 'https://portal.gov.nimbusledger.com', '@host': 'portal.gov.nimbusledger.com', '@port': '443', '@ssl': 'true',
        alerts: [
          alert('10038', 'Content Security Policy (CSP) Header Not Set', 2, 'https://portal.gov.nimbusledger.com/login', 693),
          alert('10202', 'Absence of Anti-CSRF Tokens', 2, 'https://portal.gov.nimbusledger.com/reports/export', 352),
          alert('10035', 'Strict-Transport-Security Header Not Set', 1, 'https://portal.gov.nimbusledger.com/static/app.js', 319),
          alert('10096', 'Timestamp Disclosure - Unix', 0, 'https://portal.gov.nimbusledger.com/api/health', 200),
          alert('40012', 'Cross Site Scripting (Reflected)', 3, 'https://portal.gov.nimbusledger.com/search?q=test', 79),
        ],
      }],
    },
    null,
    2,
  );
}

// ---------------------------------------------------------------- look-alike exports

export function plannerRows(): Row[] {
  const tasks: [string, string, string, string, string][] = [
    ['Finalize SSP v2.3 and upload to FGMA site', 'ATO Package', 'Priya Natarajan', 'In progress', '03/14/2025'],
    ['Reconcile inventory with Nessus coverage', 'ConMon', 'Elena Cruz', 'Not started', '03/10/2025'],
    ['Send scan credentials to Kestrel', 'Assessment', 'Jake Lindqvist', 'Completed', '03/31/2025'],
    ['Schedule ISCP tabletop', 'ATO Package', 'Sam Holt', 'Completed', '03/20/2025'],
    ['Draft deviation request for self-signed cert', 'ConMon', 'Priya Natarajan', 'Not started', '04/04/2025'],
    ['Update Rules of Behavior acknowledgements in Viva', 'Training', 'Sam Holt', 'In progress', '03/28/2025'],
    ['Review POA&M for overdue items', 'ConMon', 'Jake Lindqvist', 'In progress', '03/07/2025'],
    ['Book AO briefing for SAR readout', 'Assessment', 'Dana Whitfield', 'Not started', '05/30/2025'],
  ];
  return tasks.map((t, i) => [`kQ${(7341 + i * 97).toString(36)}Xp`, t[0], t[1], t[2], 'Priya Natarajan', '02/24/2025', t[2] === '' ? '' : '03/01/2025', t[4], t[3], pick(rng(i + 3), ['Important', 'Medium', 'Urgent']), t[3] === 'Completed' ? '03/09/2025' : '', 'false', '', 'ATO;FGMA', '0/3', '']);
}
export const PLANNER_HEADERS = ['Task ID', 'Task Name', 'Bucket Name', 'Assigned To', 'Created By', 'Created Date', 'Start Date', 'Due Date', 'Progress', 'Priority', 'Completed Date', 'Late', 'Completed By', 'Labels', 'Checklist Items', 'Description'];
