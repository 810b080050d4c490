/** Workbooks, scanner exports and OSCAL documents (altered copies of the project's OSCAL fixtures). */
import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import type { SheetSpec } from '../kit/office.js';
import type { Sys } from '../kit/front-matter.js';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const WEAK = [
  ['SI-2', 'OpenSSL vulnerable version', 'OpenSSL 3.0.x prior to 3.0.16 multiple vulnerabilities', 'CVE-2025-9230'],
  ['SI-2', 'Apache Tomcat outdated', 'Apache Tomcat 9.0.x < 9.0.98 request smuggling', 'CVE-2024-56337'],
  ['CM-6', 'SSH weak MAC algorithms', 'SSH server configured to allow weak MAC algorithms', ''],
  ['AC-2', 'Inactive accounts not disabled', 'Three accounts inactive for more than 90 days remained enabled', ''],
  ['SC-8', 'TLS 1.1 enabled', 'Legacy endpoint supports TLS 1.1', ''],
  ['SI-2', 'Kernel privilege escalation', 'Linux kernel nf_tables use-after-free', 'CVE-2024-1086'],
  ['RA-5', 'Authenticated scan failure', 'Database hosts not scanned with credentials', ''],
  ['SI-2', 'PostgreSQL outdated minor version', 'PostgreSQL 13.x < 13.18 SQL injection via quoting', 'CVE-2025-1094'],
] as const;

export const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(s: Sys, seed: number, n: number, closed: boolean): (string | null)[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [ctl, name, desc, cve] = pick(r, WEAK);
    const risk = pick(r, ['High', 'Moderate', 'Low'] as const);
    const det = `2025-${String(1 + Math.floor(r() * 11)).padStart(2, '0')}-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`;
    return [
      `${closed ? 'C' : 'V'}-${2025}-${String(100 + i * 7 + seed).padStart(4, '0')}`, ctl, name, desc, pick(r, ['Nessus OS scan', 'Qualys WAS', '3PAO SAR', 'Burp Suite']), cve ? `plugin ${180000 + Math.floor(r() * 9000)}` : 'SAR T-03',
      `${s.abbr.toLowerCase()}-app-${String(1 + Math.floor(r() * 30)).padStart(2, '0')}`, 'M. Lindqvist', 'Engineering time', 'Patch via golden image rebuild and redeploy', det,
      risk === 'High' ? 'Within 30 days' : risk === 'Moderate' ? 'Within 90 days' : 'Within 180 days', 'Patch in next maintenance window', '', '2026-02-28', 'No', '', '', risk, risk, 'No', 'No', 'No', '', closed ? 'Closure evidence: rescan 2026-02-20' : '', '', 'No', cve ? 'Yes' : 'No', '', cve, s.abbr,
    ];
  });
}

export function poamSheets(s: Sys, drift: boolean): SheetSpec[] {
  const head = drift ? POAM_HEADERS.map((h) => (h === 'Weakness Name' ? 'Weakness Name / Title' : h === 'Asset Identifier' ? 'Asset Identifier(s)' : h)) : POAM_HEADERS;
  const top = drift
    ? [[`${s.csp} - ${s.name} POA&M (monthly ConMon submission)`], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [s.csp, s.name, s.level, '2026-02-28'], [], ['Prepared by ISSO; see Record of Changes'], [], head]
    : [['FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [s.csp, s.name, s.level, '2026-02-28'], [], head];
  return [
    { name: 'Open POA&M Items', rows: [...top, ...poamRows(s, drift ? 11 : 5, 14, false)], boldRows: [top.length], widths: head.map((_, i) => (i === 3 ? 40 : 16)) },
    { name: 'Closed POA&M Items', rows: [...top, ...poamRows(s, drift ? 12 : 6, 6, true)], boldRows: [top.length] },
    ...(drift ? [] : [{ name: 'Configuration Findings', rows: [...top, ...poamRows(s, 9, 3, false)] }]),
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2026-01-31', 'January ConMon update', '14', 'M. Lindqvist'], ['2026-02-28', 'February ConMon update', '15', 'M. Lindqvist']] },
  ];
}

export const INVENTORY_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

export function inventoryRows(s: Sys, seed: number, n: number): (string | null)[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(r, ['web', 'app', 'db', 'bastion', 'worker'] as const);
    const ip = `10.${20 + (seed % 5)}.${Math.floor(i / 20)}.${10 + i}`;
    return [
      `${s.abbr.toLowerCase()}-${kind}-${String(i + 1).padStart(2, '0')}`, ip, 'Yes', kind === 'web' ? 'Yes' : 'No', `${kind}${i + 1}.${s.abbr.toLowerCase()}.internal`, '', '',
      'Yes', kind === 'db' ? 'CIS PostgreSQL 16 L1' : 'CIS Amazon Linux 2023 L1', kind === 'db' ? 'Amazon Linux 2023' : 'Amazon Linux 2023.6', 'AWS GovCloud us-gov-west-1', kind === 'db' ? 'Database' : 'Virtual Machine', 'AWS EC2 m6i.large', 'Yes',
      kind === 'db' ? 'PostgreSQL Global Development Group' : kind === 'web' ? 'NGINX' : 'Amazon', kind === 'db' ? 'PostgreSQL 16.4' : kind === 'web' ? 'nginx 1.26.2' : 'Corretto 21', '2026-02', `${kind} tier`, '', `i-0${Math.floor(r() * 1e12).toString(16)}`, `vpc-prod/${kind}`, 'J. Okafor', 'R. Malhotra',
    ];
  });
}

export function cisCrmSheets(s: Sys, variant: 0 | 1): SheetSpec[] {
  const ctls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IR-4', 'RA-5', 'SC-7', 'SC-13', 'SI-2', 'SI-4'];
  const r = rng(40 + variant);
  const cis = ctls.map((c) => {
    const col = Math.floor(r() * 4);
    return [c, col === 0 ? 'X' : '', col === 1 ? 'X' : '', '', '', col === 2 ? 'X' : '', col === 3 ? 'X' : '', '', '', 'X', ''];
  });
  const crm = ctls.filter((_, i) => i % 2 === 0).map((c) => [c, 'Yes', `Customer agencies are responsible for ${c.startsWith('AC') ? 'managing their own tenant user accounts and reviewing them' : c.startsWith('IA') ? 'integrating their identity provider and enforcing MFA for their users' : 'configuring tenant settings and reviewing reports provided by the CSP'} for ${s.name}.`]);
  return [
    {
      name: variant === 0 ? 'CIS' : 'Control Implementation Summary',
      rows: [
        [`${s.name} - Control Implementation Summary (CIS) Worksheet`],
        ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'].slice(0, 11),
        ...cis,
      ],
      boldRows: [2],
    },
    {
      name: variant === 0 ? 'CRM' : 'Customer Responsibility Matrix',
      rows: [[`${s.name} - Customer Responsibility Matrix (CRM)`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm],
      boldRows: [2],
    },
  ];
}

export function nessusXml(s: Sys, seed: number): string {
  const r = rng(seed);
  const hosts = Array.from({ length: 6 }, (_, i) => `10.21.0.${11 + i}`);
  const plugins = [
    ['187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', '2', 'Medium', 'CVE-2023-48795', '5.9'],
    ['193423', 'Amazon Linux 2023 : openssl (ALAS2023-2025-812)', '3', 'High', 'CVE-2025-9230', '7.5'],
    ['57582', 'SSL Self-Signed Certificate', '2', 'Medium', '', '6.5'],
    ['19506', 'Nessus Scan Information', '0', 'None', '', ''],
    ['10863', 'SSL Certificate Information', '0', 'None', '', ''],
    ['201198', 'Amazon Linux 2023 : kernel (ALAS2023-2025-901)', '3', 'High', 'CVE-2024-1086', '7.8'],
  ] as const;
  const items = (h: string): string =>
    plugins
      .filter(() => r() > 0.3)
      .map(([id, name, sev, , cve, cvss]) => `<ReportItem port="${sev === '0' ? '0' : '22'}" svc_name="${sev === '0' ? 'general' : 'ssh'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${name}" pluginFamily="Amazon Linux Local Security Checks">
<description>${name} affects the remote host ${h}.</description>
<fname>plugin_${id}.nasl</fname>
<plugin_modification_date>2026/01/14</plugin_modification_date>
<risk_factor>${sev === '3' ? 'High' : sev === '2' ? 'Medium' : 'None'}</risk_factor>
<solution>Update the affected packages.</solution>
<synopsis>The remote host is missing a security update.</synopsis>
${cve ? `<cve>${cve}</cve>\n<cvss3_base_score>${cvss}</cvss3_base_score>\n` : ''}<plugin_output>Remote package installed : openssl-3.0.8-1.amzn2023.0.14</plugin_output>
</ReportItem>`)
      .join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>${s.abbr} Monthly Authenticated OS and DB Scan</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.join(',')}</value></preference>
<preference><name>scan_start_timestamp</name><value>1771200000</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="${s.abbr} - February 2026 ConMon OS Scan" xmlns:cm="http://www.nessus.org/cm">
${hosts
  .map(
    (h, i) => `<ReportHost name="${h}"><HostProperties>
<tag name="HOST_START">Mon Feb 16 02:00:${10 + i} 2026</tag>
<tag name="host-ip">${h}</tag>
<tag name="hostname">${s.abbr.toLowerCase()}-app-${String(i + 1).padStart(2, '0')}</tag>
<tag name="operating-system">Amazon Linux 2023</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Mon Feb 16 02:14:${10 + i} 2026</tag>
</HostProperties>
${items(h)}
</ReportHost>`,
  )
  .join('\n')}
</Report>
</NessusClientData_v2>
`;
}

const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (rows: string[][]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function nessusCsv(seed: number): string {
  const r = rng(seed);
  const rows = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (let i = 0; i < 24; i++) {
    const [id, name, risk, cve, score] = pick(r, [
      ['187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', 'Medium', 'CVE-2023-48795', '5.9'],
      ['42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'High', 'CVE-2016-2183', '7.5'],
      ['104743', 'TLS Version 1.0 Protocol Detection', 'Medium', '', '6.5'],
      ['202187', 'PostgreSQL 16.x < 16.7 SQL Injection', 'High', 'CVE-2025-1094', '8.1'],
      ['11219', 'Nessus SYN scanner', 'None', '', ''],
    ] as const);
    rows.push([id, cve, score, risk, `10.22.1.${20 + (i % 8)}`, 'tcp', risk === 'None' ? '443' : '5432', name, 'The remote service is affected by a vulnerability.', `${name} was detected on the remote host.`, 'Upgrade to a fixed version or reconfigure the service.', 'https://www.tenable.com/plugins', 'Detected version: 16.4']);
  }
  return toCsv(rows);
}

export function qualysCsv(s: Sys): string {
  const head = [
    `"Scan Results","${s.csp}","February 2026 Web Application Scan"`,
    '"Report Title","WAS Scan Report - ' + s.abbr + '"',
    '',
  ].join('\r\n');
  const rows = [['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'First Detected', 'Last Detected', 'Times Detected']];
  const r = rng(77);
  for (let i = 0; i < 18; i++) {
    const [qid, title, sev, cve] = pick(r, [
      ['38909', 'SHA1 deprecated setting for SSH', '3', ''],
      ['150004', 'Path-Based Vulnerability', '2', ''],
      ['150263', 'Insecure Transport', '3', ''],
      ['38794', 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Invalid Protocol Version Tolerance', '2', ''],
      ['376157', 'OpenSSL Multiple Vulnerabilities (OpenSSL Security Advisory 20250930)', '4', 'CVE-2025-9230'],
    ] as const);
    rows.push([`10.23.2.${30 + (i % 6)}`, `web${(i % 6) + 1}.${s.abbr.toLowerCase()}.gov`, '', 'Amazon Linux 2023', 'host scanned, found vuln', qid, title, 'Vuln', sev, '443', 'tcp', '', 'over ssl', cve, '', sev === '4' ? '7.5' : '5.3', 'A vulnerability was detected.', 'May allow disclosure of information.', 'Apply vendor patch.', '01/12/2026', '02/16/2026', String(2 + (i % 3))]);
  }
  return head + '\r\n' + toCsv(rows);
}

export function zapJson(s: Sys): string {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium (High)', '693'],
    ['10202', 'Absence of Anti-CSRF Tokens', '1', 'Low (Medium)', '352'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'High (Medium)', '79'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'Low (High)', '319'],
    ['10021', 'X-Content-Type-Options Header Missing', '1', 'Low (Medium)', '693'],
  ];
  return JSON.stringify(
    {
      '@programName': 'ZAP',
      '@version': '2.16.0',
      '@generated': 'Tue, 17 Feb 2026 03:12:44',
      site: [
        {
          '@name': `https://portal.${s.abbr.toLowerCase()}.example.gov`,
          '@host': `portal.${s.abbr.toLowerCase()}.example.gov`,
          '@port': '443',
          '@ssl': 'true',
          alerts: alerts.map(([id, name, risk, desc, cwe]) => ({
            pluginid: id,
            alertRef: id,
            alert: name,
            name,
            riskcode: risk,
            confidence: '2',
            riskdesc: desc,
            desc: `<p>${name} was identified during the active scan.</p>`,
            instances: [{ uri: `https://portal.${s.abbr.toLowerCase()}.example.gov/search?q=test`, method: 'GET', param: 'q', attack: '', evidence: '' }],
            count: '3',
            solution: '<p>Configure the web server to set the header or encode the output.</p>',
            reference: '<p>https://owasp.org/www-project-top-ten/</p>',
            cweid: cwe,
            wascid: '15',
            sourceid: '3',
          })),
        },
      ],
    },
    null,
    2,
  );
}

/** Load an OSCAL fixture from test/fixtures/oscal and replace template placeholders with system details. */
export async function oscalFixture(name: string): Promise<string> {
  return readFile(fixture(`oscal/${name}`), 'utf8');
}

export function personaliseOscal(text: string, s: Sys, uuidSalt: string): string {
  return text
    .replaceAll('[System Name]', s.name)
    .replaceAll('[SYSTEM NAME]', s.name)
    .replaceAll('[CSP Name]', s.csp)
    .replaceAll('[CSP NAME]', s.csp)
    .replaceAll('[3PAO Name]', s.threePao)
    .replaceAll("System's Full Name", s.name)
    .replaceAll("System's Short Name or Acronym", s.abbr)
    .replaceAll('[Insert CSO Name]', s.name)
    .replaceAll('[IA Name]', s.threePao)
    .replace(/"uuid": "[0-9a-f]{8}/, (m) => m.slice(0, -4) + uuidSalt)
    .replace(/uuid="[0-9a-f]{8}/, (m) => m.slice(0, -4) + uuidSalt);
}
