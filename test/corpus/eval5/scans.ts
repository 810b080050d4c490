// Monthly scan results as exported by common scanners: Nessus (.nessus v2 and CSV), Qualys CSV with
// its report preamble, Greenbone/OpenVAS XML, Nexpose CSV, Tenable.io CSV, OWASP ZAP JSON, Burp Suite XML
// and Trivy container-image JSON.
import type { Eval5Doc } from './kit.js';
import { csvLine, int, ipv4, pick, rng, xmlEscape } from './kit.js';

interface Finding {
  id: number;
  name: string;
  sev: 0 | 1 | 2 | 3 | 4;
  cve: string;
  cvss: number;
  port: number;
  family: string;
  solution: string;
}
const FINDINGS: Finding[] = [
  { id: 189463, name: 'OpenSSL 3.0.0 < 3.0.13 Multiple Vulnerabilities', sev: 2, cve: 'CVE-2024-0727', cvss: 5.5, port: 0, family: 'Misc.', solution: 'Upgrade to OpenSSL 3.0.13 or later.' },
  { id: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', sev: 2, cve: 'CVE-2023-48795', cvss: 5.9, port: 22, family: 'Misc.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures.' },
  { id: 157288, name: 'TLS Version 1.1 Deprecated Protocol', sev: 2, cve: '', cvss: 6.5, port: 443, family: 'Service detection', solution: 'Enable support for TLS 1.2 and/or 1.3, and disable support for TLS 1.1.' },
  { id: 205112, name: 'Amazon Linux 2023 : kernel (ALAS2023-2026-512)', sev: 3, cve: 'CVE-2025-21756', cvss: 7.8, port: 0, family: 'Amazon Linux Local Security Checks', solution: "Run 'dnf update kernel --releasever 2023.6.20260415' to update your system." },
  { id: 192043, name: 'Apache Tomcat 9.0.0.M1 < 9.0.86 multiple vulnerabilities', sev: 3, cve: 'CVE-2024-23672', cvss: 7.5, port: 8443, family: 'Web Servers', solution: 'Upgrade to Apache Tomcat version 9.0.86 or later.' },
  { id: 19506, name: 'Nessus Scan Information', sev: 0, cve: '', cvss: 0, port: 0, family: 'Settings', solution: 'n/a' },
  { id: 10287, name: 'Traceroute Information', sev: 0, cve: '', cvss: 0, port: 0, family: 'General', solution: 'n/a' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function hostsFor(seed: number, n: number, prefix: string): { ip: string; fqdn: string; findings: Finding[] }[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    ip: ipv4(r, prefix),
    fqdn: `node${i + 1}.prod.internal`,
    findings: FINDINGS.filter(() => r() < 0.6),
  }));
}

function nessusXml(): Eval5Doc {
  const hosts = hostsFor(301, 6, '10.40');
  const items = (h: { ip: string; fqdn: string; findings: Finding[] }): string =>
    h.findings
      .map(
        (f) => `<ReportItem port="${f.port}" svc_name="${f.port === 22 ? 'ssh' : f.port ? 'www' : 'general'}" protocol="tcp" severity="${f.sev}" pluginID="${f.id}" pluginName="${xmlEscape(f.name)}" pluginFamily="${xmlEscape(f.family)}">
<risk_factor>${RISK[f.sev]}</risk_factor>
<synopsis>${xmlEscape(f.name)}</synopsis>
<solution>${xmlEscape(f.solution)}</solution>${f.cve ? `\n<cve>${f.cve}</cve>\n<cvss3_base_score>${f.cvss}</cvss3_base_score>` : ''}
<plugin_output>Detected on ${h.fqdn}</plugin_output>
</ReportItem>`,
      )
      .join('\n');
  const body = hosts
    .map(
      (h) => `<ReportHost name="${h.ip}"><HostProperties>
<tag name="HOST_START">Tue May 12 02:14:09 2026</tag>
<tag name="host-ip">${h.ip}</tag>
<tag name="host-fqdn">${h.fqdn}</tag>
<tag name="operating-system">Amazon Linux 2023</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Tue May 12 02:31:44 2026</tag>
</HostProperties>
${items(h)}
</ReportHost>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>FedRAMP Monthly Authenticated</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.0.0/16</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="HGRP OS Scan - May 2026" xmlns:cm="http://www.nessus.org/cm">
${body}
</Report>
</NessusClientData_v2>
`;
  return { file: 'HGRP_OS_2026-05.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML, authenticated OS scan', data: xml };
}

function nessusCsv(): Eval5Doc {
  const lines = [csvLine(['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'])];
  for (const h of hostsFor(302, 8, '10.41'))
    for (const f of h.findings) lines.push(csvLine([f.id, f.cve, f.cvss ? String(f.cvss) : '', RISK[f.sev] ?? 'None', h.ip, 'tcp', f.port, f.name, f.name, `The remote host is affected by: ${f.name}.`, f.solution, '', `Path: /usr/lib64\nInstalled version: see plugin`]));
  return { file: 'export (3).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export with default browser download name', data: lines.join('\n') + '\n' };
}

function qualysCsv(): Eval5Doc {
  const r = rng(303);
  const head = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'];
  const qids: [number, string, number, string, string][] = [
    [38909, 'SHA1 deprecated setting for SSH', 2, '', 'General remote services'],
    [11827, 'HTTP Security Header Not Detected', 2, '', 'CGI'],
    [38794, 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Key Exchange Methods', 3, '', 'General remote services'],
    [376023, 'Oracle Java SE Critical Patch Update - April 2026', 4, 'CVE-2026-21001', 'Local'],
  ];
  const lines = [
    csvLine(['Scan Results']),
    csvLine(['Orion Civic Cloud', 'OCC-VM-Monthly', '06/03/2026 at 04:12:17 (GMT-0400)']),
    csvLine(['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile']),
    csvLine(['06/03/2026 at 02:00:05 (GMT-0400)', 18, 18, 'Scheduled', 'Finished', 'scan/1780460405.18342', 'occ_scanner_01', '02:11:12', 'OCC Monthly Authenticated', 'OCC-Prod', '10.70.0.0-10.70.255.255', '', 'FedRAMP Authenticated Scan']),
    '',
    csvLine(head),
  ];
  for (let i = 0; i < 14; i++) {
    const q = pick(r, qids);
    lines.push(csvLine([ipv4(r, '10.70'), `occ-${int(r, 1, 40)}.occ.internal`, '', 'Red Hat Enterprise Linux 9.4', 'host scanned, found vuln', q[0], q[1], 'Vuln', q[2], 443, 'tcp', '', 'over ssl', q[3], '', '', '5.3', 'Threat text', 'Impact text', 'Apply vendor guidance', 'Detected: yes', 'no', q[4]]));
  }
  return { file: 'OCC_VM_202606.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM CSV with multi-line report preamble before the header row', data: lines.join('\n') + '\n' };
}

function openvasXml(): Eval5Doc {
  const r = rng(304);
  const results = Array.from({ length: 7 }, (_, i) => {
    const host = ipv4(r, '10.80');
    const [name, sev, oid] = pick(r, [
      ['PostgreSQL Multiple Vulnerabilities (Apr 2026) - Linux', 7.5, '1.3.6.1.4.1.25623.1.0.152817'],
      ['SSL/TLS: Report Weak Cipher Suites', 5.0, '1.3.6.1.4.1.25623.1.0.103440'],
      ['TCP Timestamps Information Disclosure', 2.6, '1.3.6.1.4.1.25623.1.0.80091'],
    ] as const);
    return `<result id="${(i + 1).toString(16).padStart(8, '0')}-5a1c-4f0e-9b62-0c4e2d1f7a${i}0">
<name>${name}</name><owner><name>scanops</name></owner>
<host>${host}<asset asset_id="a${i}"/><hostname>db${i + 1}.mac.internal</hostname></host>
<port>${sev > 7 ? '5432/tcp' : '443/tcp'}</port>
<nvt oid="${oid}"><type>nvt</type><name>${name}</name><family>Databases</family><cvss_base>${sev}</cvss_base><solution type="VendorFix">Update to the latest version.</solution></nvt>
<scan_nvt_version>2026-04-22T08:15:00Z</scan_nvt_version>
<threat>${sev >= 7 ? 'High' : sev >= 4 ? 'Medium' : 'Low'}</threat><severity>${sev.toFixed(1)}</severity>
<qod><value>97</value><type>package</type></qod>
<description>Installed version and fixed version reported by the package check.</description>
</result>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<report id="b1c9f3a2-7d44-4e1b-8a90-55e2d0c4f101" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
<owner><name>scanops</name></owner><name>2026-06-02T01:00:04Z</name>
<report id="b1c9f3a2-7d44-4e1b-8a90-55e2d0c4f101">
<gmp><version>22.5</version></gmp>
<scan_run_status>Done</scan_run_status>
<task id="0d7e5a90-1111-4c2b-9e55-3f8a7a1c2d33"><name>MAC database tier - monthly</name></task>
<results start="1" max="100">
${results.join('\n')}
</results>
<result_count>7<full>7</full><filtered>7</filtered></result_count>
<scan_start>2026-06-02T01:00:04Z</scan_start><scan_end>2026-06-02T02:47:51Z</scan_end>
</report>
</report>
`;
  return { file: 'mac-db-june.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS GMP XML report (database tier)', data: xml };
}

function nexposeCsv(): Eval5Doc {
  const r = rng(305);
  const lines = [csvLine(['Asset IP Address', 'Asset Names', 'Asset OS Name', 'Vulnerability ID', 'Vulnerability Title', 'Vulnerability Severity Level', 'Vulnerability CVSSv3 Score', 'Vulnerability Risk Score', 'Service Port', 'Vulnerability Proof', 'Vulnerability Solution', 'Vulnerability Test Date'])];
  const vulns: [string, string, number][] = [
    ['ssh-cve-2023-48795', 'SSH Terrapin prefix truncation', 4],
    ['tls-v1_1-protocol-enabled', 'TLS/SSL Server Supports TLS Version 1.1', 4],
    ['redhat-rhsa-2026-1882', 'Red Hat: CVE-2026-1882: glibc security update', 8],
  ];
  for (let i = 0; i < 12; i++) {
    const v = pick(r, vulns);
    lines.push(csvLine([ipv4(r, '10.50'), `fc-app-${i + 1}`, 'Red Hat Enterprise Linux 9.3', v[0], v[1], v[2], v[2] > 6 ? '7.8' : '5.3', int(r, 200, 900), v[0].startsWith('ssh') ? 22 : 443, 'Vulnerable version detected', 'Apply vendor patch', '2026-05-14']));
  }
  return { file: 'FedCase-InsightVM-May.csv', expected: 'SCAN_RESULTS', note: 'Rapid7 Nexpose/InsightVM CSV export', data: lines.join('\n') + '\n' };
}

function tenableIoCsv(): Eval5Doc {
  const r = rng(306);
  const lines = [csvLine(['Asset UUID', 'Asset Name', 'IPv4 Address', 'Plugin ID', 'Plugin Name', 'Severity', 'VPR Score', 'CVSSv3 Base Score', 'State', 'First Seen', 'Last Seen', 'Port', 'Protocol', 'CVE'])];
  for (let i = 0; i < 15; i++) {
    const f = pick(r, FINDINGS.filter((x) => x.sev > 0));
    lines.push(csvLine([`7d1c${int(r, 1000, 9999)}-0b2e-4c1a-9f00-${String(100000000000 + i)}`, `nl-k8s-worker-${i + 1}`, ipv4(r, '10.90'), f.id, f.name, RISK[f.sev] ?? 'Info', (f.cvss * 0.9).toFixed(1), f.cvss, pick(r, ['Active', 'Active', 'Resurfaced']), '2026-03-02T11:20:00Z', '2026-06-01T03:14:00Z', f.port, 'TCP', f.cve]));
  }
  return { file: 'vulns_2026-06-01.csv', expected: 'SCAN_RESULTS', note: 'Tenable Vulnerability Management (Tenable.io) CSV export', data: lines.join('\n') + '\n' };
}

function zapJson(): Eval5Doc {
  const alerts = [
    { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', cweid: '693', wascid: '15' },
    { pluginid: '10098', alertRef: '10098', alert: 'Cross-Domain Misconfiguration', riskcode: '2', confidence: '2', riskdesc: 'Medium (Medium)', cweid: '264', wascid: '14' },
    { pluginid: '10021', alertRef: '10021', alert: 'X-Content-Type-Options Header Missing', riskcode: '1', confidence: '2', riskdesc: 'Low (Medium)', cweid: '693', wascid: '15' },
  ].map((a) => ({ ...a, name: a.alert, desc: `<p>${a.alert}.</p>`, instances: [{ uri: 'https://portal.occ.example/login', method: 'GET', param: '', attack: '', evidence: '' }], count: '3', solution: '<p>Configure the web server to set the header.</p>', reference: '', sourceid: '3' }));
  const doc = { '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Tue, 2 Jun 2026 05:12:44', site: [{ '@name': 'https://portal.occ.example', '@host': 'portal.occ.example', '@port': '443', '@ssl': 'true', alerts }] };
  return { file: 'portal-webscan.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP traditional JSON report (monthly web application scan)', data: JSON.stringify(doc, null, 2) };
}

function burpXml(): Eval5Doc {
  const issues = [
    ['5245344', 'Cross-origin resource sharing: arbitrary origin trusted', 'High', 'Certain', '/api/v2/records'],
    ['2097920', 'Cross-origin resource sharing', 'Information', 'Certain', '/api/v2/search'],
    ['5244416', 'Cookie without HttpOnly flag set', 'Low', 'Firm', '/login'],
    ['16777728', 'Strict transport security not enforced', 'Low', 'Certain', '/'],
  ];
  const body = issues
    .map(
      ([type, name, sev, conf, path], i) => `  <issue>
    <serialNumber>${8123456789012345 + i}</serialNumber>
    <type>${type}</type>
    <name>${xmlEscape(name ?? '')}</name>
    <host ip="203.0.113.40">https://hgrp.halcyon-gov.example</host>
    <path><![CDATA[${path}]]></path>
    <location><![CDATA[${path}]]></location>
    <severity>${sev}</severity>
    <confidence>${conf}</confidence>
    <issueBackground><![CDATA[See the Burp Scanner issue definitions.]]></issueBackground>
    <remediationBackground><![CDATA[Review the application configuration.]]></remediationBackground>
  </issue>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE issues [
<!ELEMENT issues (issue*)>
<!ATTLIST issues burpVersion CDATA "">
<!ATTLIST issues exportTime CDATA "">
]>
<issues burpVersion="2025.4.2" exportTime="Wed May 13 09:42:10 EDT 2026">
${body}
</issues>
`;
  return { file: 'HGRP_web_app_May.xml', expected: 'SCAN_RESULTS', note: 'Burp Suite Professional XML issue export (web application scan)', data: xml };
}

function trivyJson(): Eval5Doc {
  const vulns = [
    ['CVE-2024-45490', 'libexpat1', '2.5.0-1', '2.5.0-1+deb12u1', 'CRITICAL'],
    ['CVE-2024-2961', 'libc6', '2.36-9+deb12u4', '2.36-9+deb12u7', 'HIGH'],
    ['CVE-2023-50495', 'libncursesw6', '6.4-4', '', 'MEDIUM'],
  ].map(([id, pkg, inst, fixed, sev]) => ({ VulnerabilityID: id, PkgName: pkg, InstalledVersion: inst, FixedVersion: fixed, Status: fixed ? 'fixed' : 'affected', Severity: sev, Title: `${pkg}: security update`, PrimaryURL: `https://avd.aquasec.com/nvd/${(id ?? '').toLowerCase()}` }));
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2026-06-01T06:00:12.118Z',
    ArtifactName: 'registry.nimbusledger.example/ledger-api:2026.2.7',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.5' }, ImageID: 'sha256:3f1c9c7e2b', RepoTags: ['registry.nimbusledger.example/ledger-api:2026.2.7'] },
    Results: [{ Target: 'registry.nimbusledger.example/ledger-api:2026.2.7 (debian 12.5)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulns }],
  };
  return { file: 'ledger-api.trivy.json', expected: 'SCAN_RESULTS', note: 'Trivy container image scan JSON (FedRAMP container scanning requirement)', data: JSON.stringify(doc, null, 2) };
}

export function scanDocs(): Eval5Doc[] {
  return [nessusXml(), nessusCsv(), qualysCsv(), openvasXml(), nexposeCsv(), tenableIoCsv(), zapJson(), burpXml(), trivyJson()];
}
