/** eval13: POA&M, scans, inventories and CIS/CRM workbooks. */
import { readFile } from 'node:fs/promises';
import type { Cell, Entry } from './kit.js';
import { buildXlsx, csv, rng, xmlEscape } from './kit.js';
import { CSO, CSP } from './persona.js';
import { fixture } from '../../support/fixtures.js';

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

const WEAK: [string, string, string, string, string, string][] = [
  ['RA-5', 'OpenSSH regreSSHion', 'OpenSSH < 9.8 signal handler race condition allows remote code execution.', 'Nessus', '900101', 'CVE-2024-6387'],
  ['AC-2', 'Account review gaps', 'Two operator accounts were not included in the Q4 quarterly access certification.', '3PAO SAR', 'SAR-02', ''],
  ['CM-6', 'Jump hosts not benchmark-scanned', 'Windows jump hosts are not assessed against the CIS benchmark.', '3PAO SAR', 'SAR-03', ''],
  ['SI-2', 'glibc buffer overflow', 'glibc iconv() out-of-bounds write in container base image.', 'Nessus', '900233', 'CVE-2024-2961'],
  ['AU-6', 'Log review evidence', 'Weekly audit log review evidence missing for two weeks.', '3PAO SAR', 'SAR-05', ''],
  ['RA-5', 'jQuery XSS', 'Outdated jQuery 3.4.1 in admin console vulnerable to XSS.', 'Burp Suite Enterprise', 'BSE-5245344', 'CVE-2020-11023'],
  ['SC-8', 'Weak TLS ciphers', 'CBC-mode ciphers offered on internal metrics endpoint.', 'Nessus', '900415', ''],
];

function poamRows(r: () => number, n: number, prefix: string): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const w = WEAK[i % WEAK.length]!;
    const risk = ['High', 'Moderate', 'Low'][Math.floor(r() * 3)]!;
    const day = 1 + Math.floor(r() * 27);
    rows.push([
      `${prefix}-${String(i + 1).padStart(3, '0')}`, w[0], w[1], w[2], w[3], w[4], `hcb-prod-node-${String(Math.floor(r() * 40)).padStart(2, '0')}`, 'Platform Engineering', 'Engineering hours', `Patch or reconfigure per vendor guidance; verify by rescan.`,
      `2025-05-${String(day).padStart(2, '0')}`, risk === 'High' ? `2025-06-${String(day).padStart(2, '0')}` : '2025-08-29', 'Fix in sprint 14; rescan', '', '2025-06-30', 'No', '', '', risk, risk, '', 'No', 'No', '', 'SAR v1.0', '', 'No', w[5] ? 'Yes' : 'No', '', w[5], 'CareBridge',
    ]);
  }
  return rows;
}

async function poamTemplateLike(): Promise<Buffer> {
  const r = rng(131);
  const head: Cell[][] = [['FedRAMP® Plan of Action and Milestones (POA&M) Template'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', '2025-06-30'], []];
  return buildXlsx({
    title: 'FedRAMP POA&M',
    creator: 'FedRAMP PMO',
    lastModifiedBy: 'Marcus Lindqvist',
    sheets: [
      { name: 'Open POA&M Items', rows: [...head, POAM_HEAD, ...poamRows(r, 14, 'HCB-2025')], boldRows: [1, 5] },
      { name: 'Closed POA&M Items', rows: [...head, POAM_HEAD, ...poamRows(r, 3, 'HCB-2024')], boldRows: [1, 5] },
      { name: 'Configuration Findings', rows: [...head, POAM_HEAD], boldRows: [1, 5] },
      { name: 'Record of Changes', rows: [[], [null, 'Record of Changes'], [null, 'Date', 'Description', 'Version', 'Author'], [null, '2025-06-30', 'June ConMon submission', '7', 'M. Lindqvist']] },
    ],
  });
}

async function poamDrifted(): Promise<Buffer> {
  const r = rng(77);
  const head = POAM_HEAD.slice(0, 20).map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Weakness Name' ? 'Weakness' : h));
  return buildXlsx({
    creator: 'Halcyon Compliance',
    sheets: [
      {
        name: 'Open POA&M Items',
        rows: [[`${CSO} — Plan of Action & Milestones — monthly ConMon — July 2025`], ['Draft for HOA monthly review. Items imported from the SAR and from monthly scans.'], [], [], [], [], head, ...poamRows(r, 11, 'HCB-2025').map((x) => x.slice(0, 20))],
        boldRows: [1, 7],
      },
      { name: 'Closed POA&M Items', rows: [head, ...poamRows(r, 4, 'HCB-2024').map((x) => x.slice(0, 20))], boldRows: [1] },
    ],
  });
}

async function poamOscal(): Promise<string> {
  const raw = await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8');
  const j = JSON.parse(raw.replace(/\[System Name\]/g, CSO)) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  const m = j['plan-of-action-and-milestones'].metadata;
  m.title = `${CSO} Plan of Action and Milestones — August 2025`;
  m['last-modified'] = '2025-08-29T20:00:00Z';
  m.version = '2025.08';
  return JSON.stringify(j, null, 2) + '\n';
}

function poamCsv(): string {
  const r = rng(9);
  return csv([POAM_HEAD.slice(0, 26), ...poamRows(r, 9, 'HCB-2025').map((x) => x.slice(0, 26).map((c) => (c === null ? '' : String(c))))]);
}

// ------------------------------------------------------------ scans

function nessus(): string {
  const hosts = ['10.42.1.11', '10.42.1.12', '10.42.2.31', '10.42.9.5'];
  const items: [number, number, string, string, string, string][] = [
    [19506, 0, 'Nessus Scan Information', 'Settings', 'None', ''],
    [900101, 4, 'OpenSSH < 9.8 RCE (regreSSHion)', 'Misc.', 'Critical', 'CVE-2024-6387'],
    [900233, 3, 'glibc iconv() Out-of-Bounds Write', 'Ubuntu Local Security Checks', 'High', 'CVE-2024-2961'],
    [900415, 2, 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'General', 'Medium', 'CVE-2016-2183'],
    [900520, 1, 'ICMP Timestamp Request Remote Date Disclosure', 'General', 'Low', 'CVE-1999-0524'],
  ];
  let x = '<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>HCB Monthly Authenticated Infrastructure</policyName>\n<Preferences><ServerPreferences><preference><name>TARGET</name><value>' + hosts.join(',') + '</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="HCB Prod - July 2025 OS scan" xmlns:cm="http://www.nessus.org/cm">\n';
  hosts.forEach((h, hi) => {
    x += `<ReportHost name="${h}"><HostProperties>\n<tag name="HOST_END">Tue Jul  8 03:1${hi}:22 2025</tag>\n<tag name="operating-system">Bottlerocket OS 1.20</tag>\n<tag name="host-ip">${h}</tag>\n<tag name="host-fqdn">ip-${h.replace(/\./g, '-')}.us-gov-west-1.compute.internal</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_START">Tue Jul  8 02:5${hi}:02 2025</tag>\n</HostProperties>\n`;
    items.forEach(([id, sev, name, fam, risk, cve], ii) => {
      if ((hi + ii) % 3 === 2 && sev > 0) return;
      x += `<ReportItem port="${sev === 0 ? 0 : 22}" svc_name="${sev === 0 ? 'general' : 'ssh'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${xmlEscape(name)}" pluginFamily="${xmlEscape(fam)}">\n<description>${xmlEscape(name)} detected on the remote host.</description>\n${cve ? `<cve>${cve}</cve>\n` : ''}<risk_factor>${risk}</risk_factor>\n<solution>${sev === 0 ? 'n/a' : 'Apply the vendor update.'}</solution>\n<plugin_output>Scanned by HCB-scanner-01</plugin_output>\n</ReportItem>\n`;
    });
    x += '</ReportHost>\n';
  });
  return x + '</Report>\n</NessusClientData_v2>\n';
}

function tenableCsv(): string {
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  const r = rng(5);
  const defs: [number, string, number, string, string][] = [
    [900101, 'CVE-2024-6387', 9.3, 'Critical', 'OpenSSH < 9.8 RCE'],
    [900301, 'CVE-2024-3094', 10, 'Critical', 'XZ Utils backdoor'],
    [900415, 'CVE-2016-2183', 5, 'Medium', 'SSL Medium Strength Cipher Suites Supported (SWEET32)'],
    [900612, '', 2.6, 'Low', 'Web Server Transmits Cleartext Credentials'],
    [10287, '', 0, 'None', 'Traceroute Information'],
  ];
  for (let i = 0; i < 22; i++) {
    const d = defs[Math.floor(r() * defs.length)]!;
    rows.push([d[0], d[1], d[2] || '', d[3], `10.42.${1 + Math.floor(r() * 4)}.${10 + Math.floor(r() * 50)}`, 'tcp', d[0] === 10287 ? 0 : 443, d[4], `The remote host is affected by ${d[4]}.`, `According to its self-reported version, the remote host is affected by ${d[4]}.`, 'Upgrade to the latest version.', '', 'Version : detected\nFixed : n/a']);
  }
  return csv(rows);
}

function qualysCsv(): string {
  const lines = [
    '"Scan Results","08/05/2025 at 14:02:11 (GMT-0400)"',
    '',
    '"Halcyon Health Systems","1200 Wharf Street SW","Washington","District of Columbia","20024"',
    '"Reports Owner","Marcus Lindqvist (hlcy_ml)","ISSO"',
    '',
    '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Title","Asset Groups","IPs","Excluded IPs","Option Profile"',
    '"08/05/2025 at 02:00:00 (GMT-0400)","6","6","Scheduled","Finished","scan/1754373600.88211","hcb_gov_scanner01","01:12:44","HCB DB tier monthly","HCB-DB","10.42.5.10-10.42.5.15","","FedRAMP Authenticated"',
    '',
    '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","CVSS","CVSS Base","CVSS Temporal","CVSS3.1","CVSS3.1 Base","Threat","Impact","Solution","Results","PCI Vuln","Category"',
  ];
  const r = rng(23);
  const defs: [number, string, number, string][] = [
    [990021, 'PostgreSQL Multiple Security Vulnerabilities (August 2025)', 4, 'CVE-2025-8713,CVE-2025-8714'],
    [990055, 'SSL Certificate - Self-Signed Certificate', 2, ''],
    [990103, 'Amazon Linux Security Advisory for openssl', 3, 'CVE-2024-5535'],
    [990207, 'TCP Timestamps Enabled', 1, ''],
  ];
  for (let i = 0; i < 14; i++) {
    const d = defs[Math.floor(r() * defs.length)]!;
    const ip = `10.42.5.${10 + Math.floor(r() * 6)}`;
    lines.push(csv([[ip, `db${ip.split('.')[3]}.hcb.internal`, '', 'Amazon Linux 2023', 'host scanned, found vuln', d[0], d[1], 'Vuln', d[2], '5432', 'tcp', '', '', d[3], '', '', '', '', '', '', (d[2] * 2).toFixed(1), `${d[1]} was detected.`, 'Exploitation may allow unauthorized access.', 'Apply the vendor patch.', 'Version detected', 'no', 'Database']], '').trimEnd());
  }
  return lines.join('\r\n') + '\r\n';
}

function openvasXml(): string {
  const results = [
    ['10.42.3.21', 'HTTP Debugging Methods (TRACE/TRACK) Enabled', '1.3.6.1.4.1.25623.1.0.990111', '5.8', 'Medium', ''],
    ['10.42.3.21', 'jQuery < 3.5.0 Multiple XSS Vulnerabilities', '1.3.6.1.4.1.25623.1.0.990112', '6.1', 'Medium', 'CVE-2020-11022'],
    ['10.42.3.22', 'SSL/TLS: Report Weak Cipher Suites', '1.3.6.1.4.1.25623.1.0.990113', '5.0', 'Medium', 'CVE-2013-2566'],
    ['10.42.3.22', 'Missing Security Headers (HSTS)', '1.3.6.1.4.1.25623.1.0.990114', '2.6', 'Low', ''],
  ];
  let x = '<?xml version="1.0" encoding="UTF-8"?>\n<report id="6a1c0b1e-1f3c-4ad8-9f0e-21b4e0c7d501" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">\n<owner><name>hcb-scan</name></owner><name>2025-08-06T04:00:11Z</name>\n<report id="6a1c0b1e-1f3c-4ad8-9f0e-21b4e0c7d501">\n<gmp><version>22.4</version></gmp>\n<scan_run_status>Done</scan_run_status>\n<task id="2d2b0a4c-88e4-4e0f-9d0b-1f58c2f1a6aa"><name>HCB web tier monthly</name></task>\n<results start="1" max="100">\n';
  results.forEach(([host, name, oid, cvss, threat, cve], i) => {
    x += `<result id="b7f1${String(i).padStart(4, '0')}-0000-4000-8000-00000000000${i}">\n<name>${xmlEscape(name!)}</name>\n<host>${host}<hostname>web0${i % 2 + 1}.hcb.internal</hostname></host>\n<port>443/tcp</port>\n<nvt oid="${oid}"><type>nvt</type><name>${xmlEscape(name!)}</name><family>Web application abuses</family><cvss_base>${cvss}</cvss_base>${cve ? `<refs><ref type="cve" id="${cve}"/></refs>` : ''}</nvt>\n<threat>${threat}</threat>\n<severity>${cvss}</severity>\n<description>${xmlEscape(name!)} was detected on the target.</description>\n</result>\n`;
  });
  return x + '</results>\n<result_count><full>4</full><filtered>4</filtered></result_count>\n</report>\n</report>\n';
}

// ------------------------------------------------------------ inventory

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(n: number, seed: number): Cell[][] {
  const r = rng(seed);
  const out: Cell[][] = [];
  const kinds: [string, string, string, string, string][] = [
    ['node', 'Bottlerocket OS 1.20', 'EKS worker node', 'AWS', 'Bottlerocket'],
    ['db', 'Amazon Aurora PostgreSQL 15.6', 'Database', 'Amazon', 'Aurora PostgreSQL 15.6'],
    ['jump', 'Windows Server 2022', 'Jump host', 'Microsoft', 'Windows Server 2022'],
    ['web', 'n/a', 'Web application', 'Halcyon', 'CareBridge 4.12'],
  ];
  for (let i = 0; i < n; i++) {
    const k = kinds[i % kinds.length]!;
    const ip = `10.42.${1 + (i % 5)}.${10 + i}`;
    out.push([`hcb-${k[0]}-${String(i + 1).padStart(3, '0')}`, ip, 'Yes', k[0] === 'web' ? 'Yes' : 'No', k[0] === 'web' ? 'https://hoa.carebridge.example.gov' : `${k[0]}${i + 1}.hcb.internal`, '', '', 'Yes', `HCB-${k[0].toUpperCase()}-BASE-v3`, k[1], 'AWS GovCloud (US-West)', k[2], 'AWS EC2 m6i.xlarge', r() > 0.1 ? 'Yes' : 'No', k[3], k[4], '2025-07', k[2], '', '', `vpc-prod-${1 + (i % 3)}`, 'Platform Engineering', 'CareBridge App Team']);
  }
  return out;
}

// ------------------------------------------------------------ CIS / CRM

const CIS_CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(3)', 'AC-3', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

export const dataEntries: Entry[] = [
  { file: 'HCB POA&M 2025-06.xlsx', expected: 'POAM', note: 'POA&M in the FedRAMP v2.1 template layout (Open/Closed/Configuration Findings, header row 5).', build: poamTemplateLike },
  { file: 'Final_v7.xlsx', expected: 'POAM', note: 'Drifted POA&M: renamed POAM ID column, header on row 7, fewer columns; neutral name.', build: poamDrifted },
  { file: 'hcb-poam-2025-08.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template renamed).', build: poamOscal },
  { file: 'open_items_export.csv', expected: 'POAM', note: 'CSV export of the Open POA&M Items sheet (POAM ID header).', build: async () => poamCsv() },
  { file: 'HCB_Prod_July2025_OS.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML monthly authenticated OS scan.', build: async () => nessus() },
  { file: 'tenable-export-0708.csv', expected: 'SCAN_RESULTS', note: 'Tenable/Nessus CSV export of the monthly scan.', build: async () => tenableCsv() },
  { file: 'Scan_Results_hlcy_ml_20250805.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results CSV for the database tier.', build: async () => qualysCsv() },
  { file: 'report-6a1c0b1e.xml', expected: 'SCAN_RESULTS', note: 'OpenVAS/Greenbone XML report of the monthly web tier scan.', build: async () => openvasXml() },
  {
    file: 'HCB_AppM_Integrated_Inventory_2025-07.xlsx',
    expected: 'INVENTORY',
    note: 'Integrated Inventory Workbook (Appendix M) in the FedRAMP layout.',
    build: () => buildXlsx({ title: 'SSP Appendix M - Integrated Inventory Workbook', creator: 'Platform Engineering', sheets: [{ name: 'INSTRUCTIONS', rows: [['SSP Appendix M — FedRAMP Integrated Inventory Workbook'], ['When completed, FedRAMP will accept this inventory workbook as the inventory information required by the SSP, SAP, SAR, ISCP and monthly continuous monitoring.']] }, { name: 'Inventory', rows: [['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory'], INV_HEAD, ...invRows(28, 3)], boldRows: [1, 2] }] }),
  },
  {
    file: 'upload (2).xlsx',
    expected: 'INVENTORY',
    note: 'Rev5-style inventory with Diagram Label column, header pushed down by a title block; neutral name.',
    build: () => buildXlsx({ creator: 'jpark', sheets: [{ name: 'Sheet1', rows: [[`${CSO} asset inventory — August 2025 ConMon`], [`CSP: ${CSP}`], ['Prepared for HOA monthly continuous monitoring'], [], [...INV_HEAD, 'Diagram Label'], ...invRows(20, 8).map((x) => [...x, `Fig 9-1 ${String(x[0]).split('-')[1]}`])], boldRows: [5] }] }),
  },
  { file: 'inventory_export.csv', expected: 'INVENTORY', note: 'CSV export of the integrated inventory sheet.', build: async () => csv([INV_HEAD.map((h) => h.replace(/\n/g, ' ')), ...invRows(15, 11).map((x) => x.map((c) => (c === null ? '' : String(c))))]) },
  {
    file: 'HCB_AppJ_CIS_CRM_Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Appendix J CIS and CRM workbook with CIS Worksheet and CRM sheets.',
    build: () => {
      const r = rng(41);
      const stat = (): Cell[] => {
        const k = Math.floor(r() * 10);
        return [k < 7 ? 'X' : '', k === 7 ? 'X' : '', k === 8 ? 'X' : '', '', k === 9 ? 'X' : ''];
      };
      return buildXlsx({
        title: 'CIS and CRM Workbook',
        creator: 'Halcyon Compliance',
        sheets: [
          { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`${CSO} — FedRAMP Moderate`], ['The CIS worksheet summarizes implementation status and control origination; the CRM worksheet lists what agency customers must implement.']] },
          { name: 'Moderate CIS Worksheet', rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...CIS_CONTROLS.map((c) => [c, ...stat(), '', 'X', '', '', '', c.startsWith('SC') ? 'X' : '', c.startsWith('PE') ? 'X' : ''])], boldRows: [1] },
          { name: 'Moderate CRM', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control or Customer Responsibility'], ...CIS_CONTROLS.map((c) => [c, c.startsWith('AC') || c.startsWith('IA') ? 'Partial' : 'Yes', c.startsWith('AC') || c.startsWith('IA') ? 'Agency tenant administrators must review user accounts quarterly and configure session timeout.' : 'Fully inherited from the CSP.'])], boldRows: [1] },
        ],
      });
    },
  },
  {
    file: 'upload (7).xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'CRM-only workbook with the CRM title above the header; neutral name.',
    build: () => buildXlsx({ creator: 'Halcyon Compliance', sheets: [{ name: 'CRM', rows: [['Customer Responsibility Matrix (CRM)'], [`${CSO} — Appendix J, CIS/CRM Workbook, v1.0`], [], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control or Customer Responsibility'], ...CIS_CONTROLS.map((c, i) => [c, i % 3 === 0 ? 'Partial' : 'Yes', i % 3 === 0 ? `Customer must configure ${c} settings in the tenant (roles, timeouts, IP allow-lists).` : 'Inherited from Halcyon CareBridge.'])], boldRows: [1, 4] }] }),
  },
];
