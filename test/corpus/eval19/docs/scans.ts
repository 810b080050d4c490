import type { EvalDoc } from '../kit/model.js';
import { seeded } from '../kit/rng.js';
import { toCsv } from '../kit/xlsx.js';

const HOSTS = [
  ['cvg-eks-ng-a-01', '10.40.1.21'],
  ['cvg-eks-ng-a-02', '10.40.1.22'],
  ['cvg-eks-ng-a-03', '10.40.1.23'],
  ['cvg-bastion-01', '10.40.1.15'],
  ['cvg-siem-01', '10.40.5.10'],
] as const;

interface Finding { plugin: string; name: string; sev: 0 | 1 | 2 | 3 | 4; port: string; svc: string; cve: string; cvss: string; family: string; solution: string }
const FINDINGS: Finding[] = [
  { plugin: '19506', name: 'Nessus Scan Information', sev: 0, port: '0', svc: 'general', cve: '', cvss: '', family: 'Settings', solution: 'n/a' },
  { plugin: '201194', name: 'OpenSSH < 9.8 RCE (regreSSHion)', sev: 3, port: '22', svc: 'ssh', cve: 'CVE-2024-6387', cvss: '8.1', family: 'Misc.', solution: 'Upgrade to OpenSSH 9.8p1 or later.' },
  { plugin: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', sev: 2, port: '22', svc: 'ssh', cve: 'CVE-2023-48795', cvss: '5.9', family: 'Misc.', solution: 'Disable ChaCha20-Poly1305 and CBC-EtM ciphers or upgrade.' },
  { plugin: '208112', name: 'Amazon Linux 2023 : kernel (ALAS2023-2026-412)', sev: 3, port: '0', svc: 'general', cve: 'CVE-2025-21756', cvss: '7.8', family: 'Amazon Linux Local Security Checks', solution: "Run 'dnf update kernel --releasever 2023.6.20260210' to update your system." },
  { plugin: '42873', name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', sev: 2, port: '443', svc: 'www', cve: 'CVE-2016-2183', cvss: '7.5', family: 'General', solution: 'Reconfigure the affected application to avoid medium strength ciphers.' },
  { plugin: '10287', name: 'Traceroute Information', sev: 0, port: '0', svc: 'general', cve: '', cvss: '', family: 'General', solution: 'n/a' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'] as const;

export function nessusXml(): EvalDoc {
  const r = seeded(19010);
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const hosts = HOSTS.map(([name, ip]) => {
    const items = FINDINGS.filter((f) => f.sev === 0 || r.chance(0.7))
      .map(
        (f) => `<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.sev}" pluginID="${f.plugin}" pluginName="${esc(f.name)}" pluginFamily="${esc(f.family)}">
<description>${esc(f.name)} was detected on the remote host.</description>
<fname>${f.plugin}.nasl</fname>
<risk_factor>${RISK[f.sev]}</risk_factor>
<solution>${esc(f.solution)}</solution>
${f.cve ? `<cve>${f.cve}</cve>\n` : ''}${f.cvss ? `<cvss3_base_score>${f.cvss}</cvss3_base_score>\n` : ''}<plugin_output>${f.sev === 0 ? 'Credentialed checks : yes\nScan policy used : CVG FedRAMP Monthly Authenticated' : 'Remote package installed : see plugin details'}</plugin_output>
</ReportItem>`,
      )
      .join('\n');
    return `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Tue Mar  3 02:${r.int(10, 59)}:07 2026</tag>
<tag name="operating-system">Amazon Linux 2023</tag>
<tag name="host-ip">${ip}</tag>
<tag name="host-fqdn">${name}.prod.cvg.internal</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Tue Mar  3 01:${r.int(10, 59)}:44 2026</tag>
</HostProperties>
${items}
</ReportHost>`;
  }).join('\n');
  const data = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>CVG FedRAMP Monthly Authenticated</policyName>
<Preferences><ServerPreferences>
<preference><name>TARGET</name><value>${HOSTS.map((h) => h[1]).join(',')}</value></preference>
<preference><name>scan_name</name><value>CVG March 2026 OS scan</value></preference>
</ServerPreferences></Preferences>
</Policy>
<Report name="CVG March 2026 OS scan" xmlns:cm="http://www.nessus.org/cm">
${hosts}
</Report>
</NessusClientData_v2>
`;
  return { file: '2026-03_os_scan.nessus', expected: 'SCAN_RESULTS', note: 'The monthly authenticated OS vulnerability scan in Nessus v2 XML (NessusClientData_v2).', data };
}

export function nessusCsv(): EvalDoc {
  const r = seeded(19011);
  const rows: string[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const [, ip] of HOSTS) for (const f of FINDINGS) if (f.sev > 0 && r.chance(0.75)) rows.push([f.plugin, f.cve, f.cvss, RISK[f.sev], ip, 'tcp', f.port, f.name, `${f.name}.`, `The remote host is affected by ${f.name}.`, f.solution, f.cve ? `https://nvd.nist.gov/vuln/detail/${f.cve}` : '', 'Installed package version is below the fixed version.']);
  return { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'The OS scan exported from Nessus as CSV (Plugin ID, CVE, Risk, Host ... columns).', data: toCsv(rows) };
}

export function qualysDbCsv(): EvalDoc {
  const pre: string[][] = [
    ['Scan Results', '03/04/2026 at 05:02:11 (GMT-0600)'],
    ['Tessellate Public Sector Cloud', '4400 Research Forest Drive', 'The Woodlands', 'Texas', 'United States of America', '77381'],
    ['Hannah Cho', 'tessl_hc', 'Manager'],
    [],
    ['Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
    ['2', '2', 'Scheduled', 'Finished', 'scan/1772622131.41877', 'cvg_govcloud_scanner_01 (Scanner 13.2.38-1, Vulnerability Signatures 2.6.412-2)', '00:18:32', 'CVG Monthly Database Scan - March 2026', 'CVG RDS', '10.40.2.30-10.40.2.31', '', 'FedRAMP Authenticated DB'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results'],
  ];
  const vulns = [
    ['19875', 'PostgreSQL Multiple Vulnerabilities (15.6, 14.11)', 'Vuln', '4', '5432', 'tcp', 'CVE-2024-0985', 'PostgreSQL 2024-02-08 release', '8.0', 'Late privilege drop in REFRESH MATERIALIZED VIEW CONCURRENTLY.', 'Arbitrary SQL as the object owner.', 'Upgrade to PostgreSQL 15.6 or later.', 'server_version 15.5'],
    ['19662', 'PostgreSQL Database Default Privileges Granted to PUBLIC', 'Vuln', '2', '5432', 'tcp', '', 'CIS PostgreSQL 15 3.1.2', '4.3', 'CREATE on schema public granted to PUBLIC.', 'Unauthorized object creation.', 'REVOKE CREATE ON SCHEMA public FROM PUBLIC.', 'public: CREATE'],
    ['38739', 'SSL/TLS Server Supports TLSv1.1', 'Potential', '3', '5432', 'tcp', '', '', '5.3', 'TLSv1.1 negotiated.', 'Weak protocol.', 'Set ssl_min_protocol_version = TLSv1.2.', 'TLSv1.1 supported'],
  ];
  const rows = [...pre];
  for (const ip of ['10.40.2.30', '10.40.2.31']) for (const v of vulns) rows.push([ip, `cvg-rds-prod-${ip.endsWith('30') ? 'a' : 'b'}.internal`, '', 'PostgreSQL 15.5 on Amazon RDS', 'host scanned, found vuln', v[0] ?? '', v[1] ?? '', v[2] ?? '', v[3] ?? '', v[4] ?? '', v[5] ?? '', '', 'over ssl', v[6] ?? '', v[7] ?? '', v[8] ?? '', v[9] ?? '', v[10] ?? '', v[11] ?? '', v[12] ?? '']);
  return { file: 'Scan_Report_db.csv', expected: 'SCAN_RESULTS', note: 'The monthly database vulnerability scan exported from Qualys as CSV, with its report preamble before the QID header row.', data: toCsv(rows, '\n') };
}

export function zapJson(): EvalDoc {
  const alert = (pluginid: string, name: string, riskcode: string, risk: string, cwe: string, uris: string[], solution: string): Record<string, unknown> => ({
    pluginid,
    alertRef: pluginid,
    alert: name,
    name,
    riskcode,
    confidence: '2',
    riskdesc: `${risk} (Medium)`,
    desc: `<p>${name} was detected.</p>`,
    instances: uris.map((uri) => ({ uri, method: 'GET', param: '', attack: '', evidence: '' })),
    count: String(uris.length),
    solution: `<p>${solution}</p>`,
    cweid: cwe,
    wascid: '15',
    sourceid: '3',
  });
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 4 Mar 2026 03:12:41',
    created: '2026-03-04T03:12:41.118Z',
    insights: [],
    site: [
      {
        '@name': 'https://hfo.civicvault-gov.example',
        '@host': 'hfo.civicvault-gov.example',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          alert('10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium', '693', ['https://hfo.civicvault-gov.example/help/', 'https://hfo.civicvault-gov.example/legal'], 'Configure the web server to return the Content-Security-Policy header.'),
          alert('10035', 'Strict-Transport-Security Header Not Set', '1', 'Low', '319', ['https://status.civicvault-gov.example/'], 'Ensure HSTS is enabled.'),
          alert('90022', 'Application Error Disclosure', '1', 'Low', '200', ['https://hfo.civicvault-gov.example/api/v2/cases?id=%27'], 'Review the source code of this page; implement custom error pages.'),
          alert('10096', 'Timestamp Disclosure - Unix', '0', 'Informational', '200', ['https://hfo.civicvault-gov.example/static/app.js'], 'Manually confirm that the timestamp data is not sensitive.'),
        ],
      },
    ],
  };
  return { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'The monthly authenticated web application scan as an OWASP ZAP traditional JSON report.', data: `${JSON.stringify(report, null, 2)}\n` };
}

export function openvasXml(): EvalDoc {
  const results = HOSTS.slice(0, 3)
    .map(
      ([name, ip], i) => `    <result id="6f1c0d2e-0b3a-4f3e-9a1${i}-2c4d5e6f7a8${i}">
      <name>OpenSSH 'regreSSHion' RCE Vulnerability - Linux</name>
      <host>${ip}<hostname>${name}</hostname></host>
      <port>22/tcp</port>
      <nvt oid="1.3.6.1.4.1.25623.1.0.11493${i}"><type>nvt</type><name>OpenSSH 'regreSSHion' RCE Vulnerability - Linux</name><family>General</family><cvss_base>8.1</cvss_base><severities score="8.1"><severity type="cvss_base_v3"><value>CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H</value></severity></severities><refs><ref type="cve" id="CVE-2024-6387"/></refs><solution type="VendorFix">Update to version 9.8p1 or later.</solution></nvt>
      <threat>High</threat>
      <severity>8.1</severity>
      <qod><value>80</value><type>remote_banner</type></qod>
      <description>Installed version: 8.7p1
Fixed version:     9.8p1</description>
    </result>`,
    )
    .join('\n');
  const data = `<?xml version="1.0" encoding="UTF-8"?>
<report id="a4b1c2d3-e5f6-4a7b-8c9d-0e1f2a3b4c5d" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>cvg-scan</name></owner>
  <name>2026-03-03T04:00:12Z</name>
  <creation_time>2026-03-03T04:00:12Z</creation_time>
  <report id="a4b1c2d3-e5f6-4a7b-8c9d-0e1f2a3b4c5d">
    <gmp><version>22.5</version></gmp>
    <scan_run_status>Done</scan_run_status>
    <task id="0c9e2f5a-1b2c-4d3e-8f9a-0b1c2d3e4f5a"><name>CVG quarterly independent OS scan (Greenbone)</name></task>
    <scan_start>2026-03-03T04:00:12Z</scan_start>
    <results start="1" max="100">
${results}
    </results>
    <result_count>3<full>3</full><filtered>3</filtered></result_count>
    <scan_end>2026-03-03T05:41:55Z</scan_end>
  </report>
</report>
`;
  return { file: 'scan.xml', expected: 'SCAN_RESULTS', note: 'A Greenbone/OpenVAS XML report of an OS vulnerability scan of the production hosts.', data };
}
