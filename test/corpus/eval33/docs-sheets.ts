import type { Block } from './kit/blocks.js';
import { big, bold, bullets, h1, h2, p, table } from './kit/blocks.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import type { Cell } from './kit/xlsx.js';
import { buildXlsx, pick, seeded, toCsv } from './kit/xlsx.js';
import { sodRows } from './docs-attachments.js';
import type { EvalDoc } from './world.js';
import { W } from './world.js';

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAK: [string, string, string, string, string][] = [
  ['AC-2(3)', 'Inactive accounts not disabled', 'Seven contractor accounts inactive >90 days', 'Security Assessment', 'TDP-SAR-01'],
  ['RA-5', 'Authenticated scan failures', 'Scans failed on three node groups', 'Security Assessment', 'TDP-SAR-02'],
  ['SC-7', 'Wildcard egress allow-list', 'Network Firewall allows *.amazonaws.com', 'Security Assessment', 'TDP-SAR-03'],
  ['SI-2', 'OpenSSL 3.0.13 vulnerable', 'CVE-2024-5535 on amzn2023 nodes', 'Tenable Nessus', '201084'],
  ['SI-2', 'Go net/http chunked encoding', 'CVE-2025-22871 in ingestion workers', 'Amazon Inspector', 'CVE-2025-22871'],
  ['CM-6', 'PostgreSQL log_connections off', 'CIS PostgreSQL 3.1.20 not met', 'CIS scan', '3.1.20'],
  ['SC-8(1)', 'TLS CBC ciphers on legacy endpoint', 'ELBSecurityPolicy-2016-08 on api-legacy', 'Burp Suite', '5245400'],
];

function poamRows(seed: number, n: number): Cell[][] {
  const rnd = seeded(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const [ctl, name, desc, src, id] = pick(rnd, WEAK);
    const risk = pick(rnd, ['Low', 'Moderate', 'High']);
    const day = 1 + Math.floor(rnd() * 27);
    const det = `2025-0${4 + (i % 5)}-${String(day).padStart(2, '0')}`;
    rows.push([`V-2025-${String(300 + i * 7).padStart(4, '0')}`, ctl, name, desc, src, id, pick(rnd, ['tdp-eks-ng-a', 'tdp-aurora-prod', 'api.tidepool.gov-cloud.io', 'tdp-eks-ng-b']), W.seceng, 'Engineering time', 'Patch via AMI rebuild / config change', det, risk === 'High' ? '30 days' : risk === 'Moderate' ? '90 days' : '180 days', 'Fix in next sprint; validate with rescan', '', '2025-09-30', 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', '', 'No', 'No', '', id.startsWith('CVE') ? id : '', W.acr]);
  }
  return rows;
}

async function poamTemplateXlsx(): Promise<EvalDoc> {
  return {
    file: 'TDP-POAM-2025-09.xlsx',
    expected: 'POAM',
    note: 'Monthly POA&M in the FedRAMP template layout (Open/Closed POA&M Items sheets, header row starting "POAM ID").',
    data: await buildXlsx(
      [
        { name: 'Open POA&M Items', rows: [['Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.system, 'Moderate', '09/30/2025'], [], POAM_HEADERS, ...poamRows(7, 18)], headerRows: [5], freeze: 5 },
        { name: 'Closed POA&M Items', rows: [['Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.system, 'Moderate', '09/30/2025'], [], POAM_HEADERS, ...poamRows(8, 5)], headerRows: [5] },
        { name: 'Configuration Findings', rows: [POAM_HEADERS], headerRows: [1] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['06/20/2025', 'Initial POA&M from SAR', '1.0', W.isso], ['09/30/2025', 'September ConMon update', '1.4', W.isso]], headerRows: [1] },
      ],
      { creator: 'FedRAMP', lastModifiedBy: W.isso, title: 'FedRAMP POA&M Template' },
    ),
  };
}

async function poamDriftXlsx(): Promise<EvalDoc> {
  const headers = ['ID', 'Control(s)', 'Weakness', 'Description', 'Source', 'Source ID', 'Asset', 'Owner', 'Remediation plan', 'Detected', 'Due', 'Milestones', 'Status', 'Risk (original)', 'Risk (adjusted)', 'CVE'];
  const rows = poamRows(21, 12).map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null, r[4] ?? null, r[5] ?? null, r[6] ?? null, r[7] ?? null, r[9] ?? null, r[10] ?? null, r[11] ?? null, r[12] ?? null, 'Open', r[18] ?? null, r[19] ?? null, r[29] ?? null]);
  return {
    file: 'Copy of POA&M working - DO NOT SEND.xlsx',
    expected: 'POAM',
    note: 'Google Sheets download of the working Plan of Action and Milestones: renamed columns, header row moved down, still weaknesses with controls, remediation plans and milestone dates.',
    data: await buildXlsx(
      [
        { name: 'Open POA&M Items', rows: [[`${W.acr} Plan of Action & Milestones — working copy`], ['⚠️ Jonah: reconcile with Nessus August export before sending to DOL'], [], [], [], [], headers, ...rows], headerRows: [7] },
        { name: 'Closed POA&M Items', rows: [headers, ...poamRows(22, 3).map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null, r[4] ?? null, r[5] ?? null, r[6] ?? null, r[7] ?? null, r[9] ?? null, r[10] ?? null, r[11] ?? null, r[12] ?? null, 'Closed', r[18] ?? null, r[19] ?? null, r[29] ?? null])], headerRows: [1] },
        { name: 'notes', rows: [['Sept deliverable due 10/05 to DOL USDA repository?? -> no, DOL OneDrive']] },
      ],
      { creator: 'Google Sheets' },
    ),
  };
}

async function poamCsv(): Promise<EvalDoc> {
  return { file: 'POA&M - Open POA&M Items.csv', expected: 'POAM', note: 'CSV export (Google Sheets tab "Open POA&M Items") of the POA&M with the FedRAMP header row starting "POAM ID".', data: toCsv([[`${W.csp}`, W.system, 'Moderate', '08/31/2025'], [], POAM_HEADERS, ...poamRows(33, 14)]) };
}

/* ---------------- scans ---------------- */
const HOSTS = [['10.40.33.12', 'ip-10-40-33-12.us-gov-west-1.compute.internal'], ['10.40.33.47', 'ip-10-40-33-47.us-gov-west-1.compute.internal'], ['10.40.34.9', 'ip-10-40-34-9.us-gov-west-1.compute.internal']] as const;
const PLUGINS = [
  ['201084', 'Amazon Linux 2023 : openssl (ALAS2023-2024-676)', '2', 'Medium', 'CVE-2024-5535', 'The remote Amazon Linux 2023 host has a package installed that is affected by a vulnerability.'],
  ['187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', '2', 'Medium', 'CVE-2023-48795', 'The remote SSH server is vulnerable to a man-in-the-middle prefix truncation weakness.'],
  ['19506', 'Nessus Scan Information', '0', 'None', '', 'This plugin displays information about the Nessus scan.'],
  ['216127', 'Amazon Linux 2023 : kernel (ALAS2023-2025-812)', '3', 'High', 'CVE-2024-53104', 'The version of kernel installed on the remote host is prior to 6.1.127-135.201.'],
] as const;

async function nessusXml(): Promise<EvalDoc> {
  const items = HOSTS.map(([ip, fqdn]) => {
    const its = PLUGINS.map(([id, name, sev, , cve, syn]) => `<ReportItem port="0" svc_name="general" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${name}" pluginFamily="Amazon Linux Local Security Checks">\n<description>${syn}</description>\n<fname>al2023_${id}.nasl</fname>\n<plugin_modification_date>2025/02/10</plugin_modification_date>\n<plugin_type>local</plugin_type>\n<risk_factor>${sev === '3' ? 'High' : sev === '2' ? 'Medium' : 'None'}</risk_factor>\n<solution>Run 'dnf update' to update your system.</solution>\n<synopsis>${syn}</synopsis>\n${cve ? `<cve>${cve}</cve>\n` : ''}<plugin_output>Remote package installed : openssl-libs-3.0.8-1.amzn2023.0.14\nShould be : openssl-libs-3.0.8-1.amzn2023.0.16</plugin_output>\n</ReportItem>`).join('\n');
    return `<ReportHost name="${ip}"><HostProperties>\n<tag name="HOST_END">Tue Sep  9 03:14:52 2025</tag>\n<tag name="operating-system">Amazon Linux 2023</tag>\n<tag name="host-ip">${ip}</tag>\n<tag name="host-fqdn">${fqdn}</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_START">Tue Sep  9 02:58:10 2025</tag>\n</HostProperties>\n${its}\n</ReportHost>`;
  }).join('\n');
  const xml = `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>TDP Monthly Authenticated</policyName>\n<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.32.0/20</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="TDP-prod-OS-2025-09" xmlns:cm="http://www.nessus.org/cm">\n${items}\n</Report>\n</NessusClientData_v2>\n`;
  return { file: 'TDP-prod-OS-2025-09_abc123.nessus', expected: 'SCAN_RESULTS', note: 'Tenable .nessus (NessusClientData_v2) export of the monthly authenticated OS scan.', data: xml };
}

async function nessusCsv(): Promise<EvalDoc> {
  const rows: Cell[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const [ip] of HOSTS) for (const [id, name, , risk, cve, syn] of PLUGINS) rows.push([id, cve, risk === 'High' ? '7.8' : risk === 'Medium' ? '5.9' : '', risk, ip, 'tcp', '0', name, syn, syn, 'Update the affected packages.', 'https://alas.aws.amazon.com/', 'Remote package installed ...']);
  return { file: 'monthly_export.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of the monthly OS scan (Plugin ID, CVE, Risk, Host... columns).', data: toCsv(rows) };
}

async function qualysDbCsv(): Promise<EvalDoc> {
  const rows: Cell[][] = [
    ['Brightwater Labs, Inc.'], ['Scan Results - TDP Aurora Database Compliance'], ['Launch Date', '09/10/2025 at 02:00:11 (GMT-0700)'], [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Threat', 'Impact', 'Solution', 'Results'],
    ['10.40.48.21', 'tdp-aurora-prod.cluster-xyz.us-gov-west-1.rds.amazonaws.com', '', 'PostgreSQL 15.8', 'host scanned, found vuln', '45017', 'PostgreSQL log_connections disabled', 'Vuln', '2', '5432', 'tcp', '', 'yes', '', '', 'Connection attempts are not logged.', 'Reduced audit trail.', 'Set log_connections = on in the cluster parameter group.', 'log_connections = off'],
    ['10.40.48.21', 'tdp-aurora-prod.cluster-xyz.us-gov-west-1.rds.amazonaws.com', '', 'PostgreSQL 15.8', 'host scanned, found vuln', '19000', 'PostgreSQL Multiple Vulnerabilities (CVE-2024-10979)', 'Vuln', '4', '5432', 'tcp', '', 'yes', 'CVE-2024-10979', 'PostgreSQL 2024-11-14', 'Environment variable manipulation in PL/Perl.', 'Code execution.', 'Upgrade to 15.10.', 'Version 15.8 detected'],
    ['10.40.48.22', 'tdp-aurora-prod-ro.cluster-xyz.us-gov-west-1.rds.amazonaws.com', '', 'PostgreSQL 15.8', 'host scanned, found vuln', '45017', 'PostgreSQL log_connections disabled', 'Vuln', '2', '5432', 'tcp', '', 'yes', '', '', 'Connection attempts are not logged.', 'Reduced audit trail.', 'Set log_connections = on.', 'log_connections = off'],
  ];
  return { file: 'Scan_Results_tdp_db_20250910.csv', expected: 'SCAN_RESULTS', note: 'Qualys-style CSV scan report of the database scan (preamble lines then IP/QID/Severity columns).', data: toCsv(rows) };
}

async function zapJson(): Promise<EvalDoc> {
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 10 Sep 2025 04:12:33',
    site: [{
      '@name': 'https://console.tidepool.gov-cloud.io', '@host': 'console.tidepool.gov-cloud.io', '@port': '443', '@ssl': 'true',
      alerts: [
        { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: '<p>Content Security Policy (CSP) is an added layer of security...</p>', instances: [{ uri: 'https://console.tidepool.gov-cloud.io/login', method: 'GET' }], count: '1', solution: '<p>Ensure that your web server sets the Content-Security-Policy header.</p>', cweid: '693', wascid: '15' },
        { pluginid: '10035', alertRef: '10035-1', alert: 'Strict-Transport-Security Header Not Set', name: 'Strict-Transport-Security Header Not Set', riskcode: '1', confidence: '3', riskdesc: 'Low (High)', desc: '<p>HTTP Strict Transport Security (HSTS) is a web security policy mechanism...</p>', instances: [{ uri: 'https://console.tidepool.gov-cloud.io/static/app.js', method: 'GET' }], count: '4', solution: '<p>Ensure that your web server sets Strict-Transport-Security.</p>', cweid: '319', wascid: '15' },
        { pluginid: '90022', alertRef: '90022', alert: 'Application Error Disclosure', name: 'Application Error Disclosure', riskcode: '1', confidence: '2', riskdesc: 'Low (Medium)', desc: '<p>This page contains an error/warning message that may disclose sensitive information.</p>', instances: [{ uri: 'https://console.tidepool.gov-cloud.io/api/v2/datasets/xx', method: 'GET' }], count: '2', solution: '<p>Review the source code of this page.</p>', cweid: '200', wascid: '13' },
      ],
    }],
  };
  return { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the console.', data: JSON.stringify(report, null, 2) };
}

/* ---------------- inventory ---------------- */
const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
function invRows(seed: number, n: number): Cell[][] {
  const rnd = seeded(seed);
  const out: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(rnd, ['node', 'node', 'db', 'web']);
    const ip = `10.40.${32 + Math.floor(rnd() * 20)}.${1 + Math.floor(rnd() * 250)}`;
    if (kind === 'db') out.push([`tdp-aurora-${i}`, ip, 'Yes', 'No', `tdp-aurora-${i}.cluster-xyz.us-gov-west-1.rds.amazonaws.com`, '', '', 'Yes', 'CIS PostgreSQL 15 L1', '', W.region, 'Database', '', 'Yes', 'Amazon', 'Aurora PostgreSQL 15.8', '15.8', 'Application database', '', '', 'vpc-0a1b/db-subnets', W.sre, W.cto]);
    else if (kind === 'web') out.push([`tdp-alb-${i}`, '', 'Yes', 'Yes', 'console.tidepool.gov-cloud.io', '', '', 'No', 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04', '', W.region, 'Load Balancer', 'AWS ALB', 'Yes', 'Amazon', 'Application Load Balancer', 'n/a', 'Ingress for web console and API', '', '', 'vpc-0a1b/public', W.sre, W.cto]);
    else out.push([`i-0${Math.floor(rnd() * 1e15).toString(16)}`, ip, 'Yes', 'No', `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`, '', `0a:${Math.floor(rnd() * 255).toString(16).padStart(2, '0')}:4f:1c:9e:2b`, 'Yes', 'CIS Amazon Linux 2023 L1 (tdp-node-ami-2025.09)', 'Amazon Linux 2023.8', W.region, 'EKS worker node', 'AWS EC2 m7i.2xlarge', 'Yes', '', '', '6.1.147', 'Ingestion worker', '', '', 'vpc-0a1b/private-app', W.sre, W.cto]);
  }
  return out;
}
async function inventoryXlsx(): Promise<EvalDoc> {
  const band = ['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory', '', '', '', ''];
  return {
    file: 'Attachment 13 - Inventory Sept.xlsx',
    expected: 'INVENTORY',
    note: 'Integrated Inventory Workbook (Attachment 13) with the "UNIQUE ASSET IDENTIFIER" / "IPv4 or IPv6 Address" columns filled for the system.',
    data: await buildXlsx([{ name: 'Inventory', rows: [band, INV_HEADERS, ...invRows(5, 40)], headerRows: [1, 2], freeze: 2 }, { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['09/30/2025', 'September update', '9', W.sre]] }], { creator: 'FedRAMP', title: 'SSP Attachment 13 - FedRAMP Integrated Inventory Workbook Template', lastModifiedBy: W.sre }),
  };
}
async function inventoryDriftXlsx(): Promise<EvalDoc> {
  return {
    file: 'Book1.xlsx',
    expected: 'INVENTORY',
    note: 'Integrated inventory workbook downloaded from Google Sheets: notes above the header row, a renamed tab, the FedRAMP inventory columns.',
    data: await buildXlsx([{ name: 'TDP assets (AWS Config)', rows: [['Generated by inventory-sync lambda — do not edit by hand'], ['Last sync: 2025-08-31T23:00Z'], [], INV_HEADERS.map((h) => h.replace('\n', ' ')), ...invRows(6, 30)], headerRows: [4] }], { creator: 'Google Sheets' }),
  };
}
async function inventoryCsv(): Promise<EvalDoc> {
  return { file: 'inventory - Inventory.csv', expected: 'INVENTORY', note: 'CSV export of the Integrated Inventory Workbook tab (FedRAMP inventory columns, one row per asset).', data: toCsv([INV_HEADERS.map((h) => h.replace('\n', ' ')), ...invRows(9, 25)], '\n') };
}

/* ---------------- CIS/CRM, SoD, laws ---------------- */
const CRM_CONTROLS: [string, string, string][] = [
  ['AC-2', 'Customer agencies manage their own users, roles and quarterly reviews in the Tidepool console.', 'Shared (CSP and Customer Responsibility)'],
  ['AC-2(3)', 'Customers disable accounts of departing agency users.', 'Shared (CSP and Customer Responsibility)'],
  ['AC-7', '', 'Service Provider System Specific'],
  ['AU-6', 'Customers review the workspace audit log or stream it to their SIEM.', 'Shared (CSP and Customer Responsibility)'],
  ['IA-2', 'Customers configure SAML federation with PIV/CAC.', 'Configured by Customer (Customer System Specific)'],
  ['PE-3', '', 'Inherited from pre-existing FedRAMP Authorization (AWS GovCloud)'],
  ['SC-7', '', 'Service Provider System Specific'],
  ['SC-28', '', 'Service Provider System Specific'],
];
async function cisCrmXlsx(): Promise<EvalDoc> {
  return {
    file: 'CIS-CRM workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Attachment 9 CIS/CRM workbook: Control Implementation Summary (status/origination per control) and Customer Responsibility Matrix sheets.',
    data: await buildXlsx([
      { name: 'Implementation Summary', rows: [[`${W.system} — Control Implementation Summary (CIS)`], [], ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...CRM_CONTROLS.map(([c, , o]): Cell[] => [c, 'X', '', '', '', '', '', o.startsWith('Service Provider System') ? 'X' : '', '', o.startsWith('Configured') ? 'X' : '', '', o.startsWith('Shared') ? 'X' : '', o.startsWith('Inherited') ? 'X' : ''])], headerRows: [3] },
      { name: 'Customer Responsibility Matrix', rows: [[`${W.system} — Customer Responsibility Matrix (CRM)`], [], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...CRM_CONTROLS.map(([c, r, o]): Cell[] => [c, o.startsWith('Service') || o.startsWith('Inherited') ? 'Yes' : 'Partial', r || 'Fully inherited; no customer responsibility.'])], headerRows: [3] },
    ], { creator: W.isso, title: 'FedRAMP SSP Appendix J CIS and CRM Workbook' }),
  };
}
async function cisCrmGsheet(): Promise<EvalDoc> {
  return {
    file: 'Untitled spreadsheet.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Google Sheets download of the CIS/CRM workbook: per-control implementation status and origination plus customer responsibilities.',
    data: await buildXlsx([
      { name: 'CIS', rows: [['Control', 'Status', 'Origination', 'Notes'], ...CRM_CONTROLS.map(([c, , o]): Cell[] => [c, 'Implemented', o, ''])], headerRows: [1] },
      { name: 'CRM', rows: [['Control ID', 'Customer Responsibility', 'Can be inherited'], ...CRM_CONTROLS.map(([c, r]): Cell[] => [c, r || 'N/A — fully provided by CSP', r ? 'Partial' : 'Yes'])], headerRows: [1] },
    ], { creator: 'Google Sheets' }),
  };
}
async function sodXlsx(): Promise<EvalDoc> {
  return { file: 'AwesomeCloud SOD Matrix (1).xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook for the system (roles versus duties), keeping the file name of the GSA sample it was started from.', data: await buildXlsx([{ name: 'SoD Matrix', rows: [[`${W.system} — Separation of Duties Matrix`], ['X = performs  A = approves  R = reviews'], [], ...sodRows()], headerRows: [4] }], { creator: 'GSA', lastModifiedBy: W.isso }) };
}
const LAWS: [string, string, string][] = [
  ['Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]', 'Law', 'https://www.govinfo.gov/app/details/USCODE-2011-title18'],
  ['Federal Information Security Modernization Act (FISMA) of 2014 [PL 113-283]', 'Law', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['Privacy Act of 1974 [5 USC 552a]', 'Law', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['E-Government Act of 2002 [PL 107-347]', 'Law', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
  ['OMB Circular A-130, Managing Information as a Strategic Resource', 'Regulation', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-21-31, Improving the Federal Government\'s Investigative and Remediation Capabilities', 'Regulation', 'https://www.whitehouse.gov/omb/'],
  ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'Standard', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['FIPS 199, Standards for Security Categorization', 'Standard', 'https://csrc.nist.gov/pubs/fips/199/final'],
  ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'Guidance', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'],
  ['NIST SP 800-61 Rev. 2, Computer Security Incident Handling Guide', 'Guidance', 'https://csrc.nist.gov/pubs/sp/800/61/r2/final'],
  ['NIST SP 800-63-3, Digital Identity Guidelines', 'Guidance', 'https://pages.nist.gov/800-63-3/'],
];
async function lawsXlsx(): Promise<EvalDoc> {
  return { file: 'A12 Laws Regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Attachment 12 FedRAMP Laws and Regulations list (laws, regulations, standards and guidance applicable to the system).', data: await buildXlsx([{ name: 'Laws and Regulations', rows: [['SSP ATTACHMENT 12 – FedRAMP Laws and Regulations'], [`${W.system}`], [], ['Reference', 'Type', 'Link', 'Applicable'], ...LAWS.map(([r, t, l]): Cell[] => [r, t, l, 'Yes'])], headerRows: [4], widths: [80, 12, 60, 10] }], { creator: W.isso }) };
}
async function lawsCsv(): Promise<EvalDoc> {
  return { file: 'laws.csv', expected: 'LAWS_AND_REGULATIONS', note: 'CSV export of the system\'s FedRAMP Laws and Regulations attachment (applicable laws, regulations, standards).', data: toCsv([['FedRAMP Laws and Regulations — Tidepool Data Platform (SSP Attachment 12)'], ['Identification Number / Title', 'Type', 'Source'], ...LAWS.map(([r, t, l]): Cell[] => [r, t, l])]) };
}

/* ---------------- SCRM plan ---------------- */
function scrmBlocks(): Block[] {
  return [
    big('Supply Chain Risk Management Plan'),
    ...p(`${W.system} — ${W.csp} — Version 1.0 (SR-2)`),
    h1('1 Purpose'),
    ...p('This Supply Chain Risk Management (SCRM) Plan describes how Brightwater identifies, assesses and mitigates supply chain risks to the system across hardware, software and services, implementing the SR family of NIST SP 800-53 Rev5 and guided by NIST SP 800-161r1.'),
    h1('2 Roles'),
    table([['Role', 'Responsibility'], ['SCRM Lead (ISSO)', 'Maintains the plan and supplier inventory'], ['Procurement (Finance)', 'Includes security terms in contracts'], ['Security Engineering', 'SBOM generation and dependency review']]),
    h1('3 Critical Suppliers'),
    table([['Supplier', 'Service', 'FedRAMP status', 'Risk'], ['Amazon Web Services', 'IaaS (GovCloud)', 'JAB High', 'Low'], ['Okta', 'Identity', 'Moderate', 'Low'], ['Panther Labs', 'SIEM', 'In process', 'Moderate'], ['GitHub', 'Source control', 'Moderate (LI)', 'Moderate']]),
    h1('4 Supply Chain Controls'),
    bullets('SBOMs (CycloneDX) generated for every image by Syft; reviewed for banned components.', 'Container base images pulled only from the internal ECR mirror with signature verification (cosign).', 'Open source dependencies pinned and scanned by Dependabot and Inspector.', 'Supplier assessments annually; notification clauses for supplier incidents (SR-8).'),
    h1('5 Component Authenticity'),
    ...p('Counterfeit prevention (SR-11) is largely inherited from AWS for hardware; software authenticity is enforced by signature verification at deploy time.'),
    h2('5.1 Review'),
    ...p('The plan is reviewed annually and after any supplier compromise.'),
  ];
}
async function scrmDocx(): Promise<EvalDoc> {
  return { file: 'SCRM Plan v1.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The system\'s Supply Chain Risk Management Plan (SR-2): suppliers, SBOM and authenticity controls.', data: await buildDocx(scrmBlocks(), { meta: { title: 'SCRMP' }, header: `${W.acr} SCRM Plan` }) };
}
async function scrmPdf(): Promise<EvalDoc> {
  return { file: 'doc-2291.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'PDF Supply Chain Risk Management Plan for the system.', data: await buildPdf([bold('CUI'), ...scrmBlocks()]) };
}

export const sheetDocs: (() => Promise<EvalDoc>)[] = [poamTemplateXlsx, poamDriftXlsx, poamCsv, nessusXml, nessusCsv, qualysDbCsv, zapJson, inventoryXlsx, inventoryDriftXlsx, inventoryCsv, cisCrmXlsx, cisCrmGsheet, sodXlsx, lawsXlsx, lawsCsv, scrmDocx, scrmPdf];

