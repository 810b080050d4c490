import type { EvalDoc } from '../kit/model.js';
import { pick, rng } from '../kit/model.js';
import { toCsv } from '../kit/xlsx.js';
import { W } from './world.js';

interface Finding {
  plugin: string;
  name: string;
  sev: 0 | 1 | 2 | 3 | 4;
  cve: string;
  cvss: string;
  port: number;
  svc: string;
  synopsis: string;
  solution: string;
  family: string;
}

const FINDINGS: Finding[] = [
  { plugin: '156899', name: 'SSL/TLS Recommended Cipher Suites', sev: 2, cve: '', cvss: '5.3', port: 443, svc: 'www', synopsis: 'The remote host advertises discouraged SSL/TLS ciphers.', solution: 'Only enable support for recommended cipher suites.', family: 'Misc.' },
  { plugin: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', sev: 2, cve: 'CVE-2023-48795', cvss: '5.9', port: 22, svc: 'ssh', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures.', family: 'Misc.' },
  { plugin: '201198', name: 'Amazon Linux 2023 : openssl (ALAS2023-2024-652)', sev: 3, cve: 'CVE-2024-5535', cvss: '9.1', port: 0, svc: 'general', synopsis: 'The remote Amazon Linux 2023 host is missing a security update.', solution: "Run 'dnf update openssl --releasever 2023.5.20240708' to update your system.", family: 'Amazon Linux Local Security Checks' },
  { plugin: '10863', name: 'SSL Certificate Information', sev: 0, cve: '', cvss: '', port: 443, svc: 'www', synopsis: 'This plugin displays the SSL certificate.', solution: 'n/a', family: 'General' },
  { plugin: '19506', name: 'Nessus Scan Information', sev: 0, cve: '', cvss: '', port: 0, svc: 'general', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a', family: 'Settings' },
  { plugin: '183485', name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', sev: 3, cve: 'CVE-2024-7348', cvss: '8.8', port: 5432, svc: 'postgresql', synopsis: 'The remote database server is affected by multiple vulnerabilities.', solution: 'Upgrade to PostgreSQL 15.8 or later.', family: 'Databases' },
  { plugin: '42873', name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', sev: 2, cve: 'CVE-2016-2183', cvss: '7.5', port: 8443, svc: 'www', synopsis: 'The remote service supports the use of medium strength SSL ciphers.', solution: 'Reconfigure the affected application to avoid medium strength ciphers.', family: 'General' },
  { plugin: '57041', name: 'SSL Perfect Forward Secrecy Cipher Suites Supported', sev: 0, cve: '', cvss: '', port: 443, svc: 'www', synopsis: 'The remote host supports the use of SSL PFS ciphers.', solution: 'n/a', family: 'Misc.' },
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hosts(seed: number, n: number): { ip: string; fqdn: string; os: string }[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const ip = `10.20.${10 + (i % 3)}.${20 + Math.floor(r() * 200)}`;
    return { ip, fqdn: `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`, os: pick(r, ['Amazon Linux 2023', 'Bottlerocket OS 1.20.3', 'Linux Kernel 6.1']) };
  });
}

function nessus(): string {
  const r = rng(4242);
  const hs = hosts(4242, 5);
  const blocks = hs.map((h) => {
    const items = FINDINGS.filter(() => r() > 0.35)
      .map(
        (f) => `      <ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.sev}" pluginID="${f.plugin}" pluginName="${esc(f.name)}" pluginFamily="${esc(f.family)}">
        <risk_factor>${RISK[f.sev]}</risk_factor>
        <synopsis>${esc(f.synopsis)}</synopsis>
        <solution>${esc(f.solution)}</solution>${f.cve ? `\n        <cve>${f.cve}</cve>` : ''}${f.cvss ? `\n        <cvss3_base_score>${f.cvss}</cvss3_base_score>` : ''}
        <plugin_output>Scanned by Nessus 10.8.3 with credentials (ssh, sudo).</plugin_output>
      </ReportItem>`,
      )
      .join('\n');
    return `    <ReportHost name="${h.ip}">
      <HostProperties>
        <tag name="HOST_START">Tue Jul 8 02:00:14 2025</tag>
        <tag name="host-ip">${h.ip}</tag>
        <tag name="host-fqdn">${h.fqdn}</tag>
        <tag name="operating-system">${h.os}</tag>
        <tag name="Credentialed_Scan">true</tag>
        <tag name="HOST_END">Tue Jul 8 02:41:50 2025</tag>
      </HostProperties>
${items}
    </ReportHost>`;
  });
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
  <Policy>
    <policyName>FIC Monthly Authenticated OS Scan</policyName>
    <Preferences><ServerPreferences><preference><name>TARGET</name><value>${hs.map((h) => h.ip).join(',')}</value></preference></ServerPreferences></Preferences>
  </Policy>
  <Report name="FIC-prod-2025-07 OS">
${blocks.join('\n')}
  </Report>
</NessusClientData_v2>
`;
}

function nessusCsv(): string {
  const r = rng(77);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const h of hosts(77, 6)) {
    for (const f of FINDINGS) {
      if (r() < 0.4) continue;
      rows.push([f.plugin, f.cve, f.cvss, RISK[f.sev] ?? 'None', h.ip, 'tcp', f.port, f.name, f.synopsis, f.synopsis, f.solution, '', f.sev > 0 ? `Detected on ${h.fqdn}` : '']);
    }
  }
  return toCsv(rows);
}

function qualysCsv(): string {
  const r = rng(313);
  const lines: (string | number)[][] = [
    ['Scan Results', 'Fieldnote Labs (fldnt-as)', '11 Aug 2025 10:02AM GMT-0500'],
    ['Reference', 'Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Title', 'Scanner Appliance', 'Duration'],
    ['scan/1754924520.51337', '08/11/2025 09:20:11', 9, 9, 'Scheduled', 'Finished', 'FIC PROD monthly authenticated', 'fic-qualys-va-01 (Scanner 13.2.28-1)', '00:41:52'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'],
  ];
  const qids = [
    ['38794', 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Weak Cipher Suites Supported', 3, '443', 'Yes', '', 'General remote services'],
    ['38913', 'SSH Prefix Truncation Vulnerability (Terrapin)', 3, '22', 'No', 'CVE-2023-48795', 'General remote services'],
    ['376579', 'Amazon Linux Security Advisory for openssl: ALAS2023-2024-652', 4, '', 'No', 'CVE-2024-5535', 'Amazon Linux'],
    ['45038', 'Host Scan Time - Scanner', 1, '', 'No', '', 'Information gathering'],
    ['19823', 'PostgreSQL Multiple Vulnerabilities (15.8)', 4, '5432', 'No', 'CVE-2024-7348', 'Database'],
  ] as const;
  for (const h of hosts(313, 9)) {
    for (const q of qids) {
      if (r() < 0.45) continue;
      lines.push([h.ip, h.fqdn, '', h.os, 'host scanned, found vuln', q[0], q[1], q[2] >= 3 ? 'Vuln' : 'Ig', q[2], q[3], q[3] ? 'tcp' : '', h.fqdn, q[4], q[5], '', q[2] >= 3 ? '7.5' : '', 'See QID description.', 'Successful exploitation could compromise confidentiality.', 'Apply vendor patch.', 'Detected by authenticated scan.', 'no', q[6]]);
    }
  }
  return toCsv(lines);
}

function zapXml(): string {
  const alerts = [
    ['40012', 'Cross Site Scripting (Reflected)', '3', '2', 'High (Medium)', '79', '/inspections/search?q='],
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', '3', 'Medium (High)', '693', '/'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', '3', 'Low (High)', '319', '/static/app.js'],
    ['10096', 'Timestamp Disclosure - Unix', '0', '1', 'Informational (Low)', '200', '/api/v2/health'],
  ];
  const items = alerts
    .map(
      ([id, name, risk, conf, desc, cwe, path]) => `      <alertitem>
        <pluginid>${id}</pluginid>
        <alertRef>${id}</alertRef>
        <alert>${name}</alert>
        <name>${name}</name>
        <riskcode>${risk}</riskcode>
        <confidence>${conf}</confidence>
        <riskdesc>${desc}</riskdesc>
        <desc>&lt;p&gt;${name} detected by the active scan.&lt;/p&gt;</desc>
        <instances>
          <instance><uri>https://app.${W.domain}${path}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance>
        </instances>
        <count>1</count>
        <solution>&lt;p&gt;See the OWASP guidance for ${name}.&lt;/p&gt;</solution>
        <cweid>${cwe}</cweid>
        <wascid>8</wascid>
        <sourceid>3</sourceid>
      </alertitem>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<OWASPZAPReport programName="ZAP" version="2.15.0" generated="Mon, 14 Jul 2025 03:12:44">
  <site name="https://app.${W.domain}" host="app.${W.domain}" port="443" ssl="true">
    <alerts>
${items}
    </alerts>
  </site>
</OWASPZAPReport>
`;
}

function trivyJson(): string {
  const vulns = [
    { VulnerabilityID: 'CVE-2024-5535', PkgName: 'libssl3', InstalledVersion: '3.0.13-1~deb12u1', FixedVersion: '3.0.14-1~deb12u1', Severity: 'CRITICAL', Title: 'openssl: SSL_select_next_proto buffer overread' },
    { VulnerabilityID: 'CVE-2024-6119', PkgName: 'libssl3', InstalledVersion: '3.0.13-1~deb12u1', FixedVersion: '3.0.14-1~deb12u2', Severity: 'HIGH', Title: 'openssl: Possible denial of service in X.509 name checks' },
    { VulnerabilityID: 'CVE-2025-22869', PkgName: 'golang.org/x/crypto', InstalledVersion: 'v0.31.0', FixedVersion: '0.35.0', Severity: 'HIGH', Title: 'golang.org/x/crypto/ssh: Denial of Service in the Key Exchange' },
    { VulnerabilityID: 'CVE-2024-45337', PkgName: 'golang.org/x/crypto', InstalledVersion: 'v0.31.0', FixedVersion: '0.31.0', Severity: 'CRITICAL', Title: 'golang.org/x/crypto/ssh: Misuse of ServerConfig.PublicKeyCallback may cause authorization bypass' },
  ];
  const report = {
    SchemaVersion: 2,
    CreatedAt: '2025-07-09T04:00:12.118Z',
    ArtifactName: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/fic-reports:2025.07.1',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.6' }, ImageID: 'sha256:4b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c' },
    Results: [
      { Target: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/fic-reports:2025.07.1 (debian 12.6)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulns.slice(0, 2).map((v) => ({ ...v, SeveritySource: 'nvd', PrimaryURL: `https://avd.aquasec.com/nvd/${v.VulnerabilityID.toLowerCase()}` })) },
      { Target: 'app/fic-reports', Class: 'lang-pkgs', Type: 'gobinary', Vulnerabilities: vulns.slice(2).map((v) => ({ ...v, SeveritySource: 'ghsa', PrimaryURL: `https://avd.aquasec.com/nvd/${v.VulnerabilityID.toLowerCase()}` })) },
    ],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function scanDocs(): EvalDoc[] {
  return [
    { file: 'FIC-prod-2025-07_os.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan.', data: nessus() },
    { file: 'export (4).csv', expected: 'SCAN_RESULTS', note: 'Tenable Nessus CSV export (Plugin ID, CVE, Risk, Host... columns).', data: nessusCsv() },
    { file: 'report.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results CSV with the scan summary lines before the QID table.', data: qualysCsv() },
    { file: '2025-07-14.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report of the monthly web application scan.', data: zapXml() },
    { file: 'out.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON vulnerability scan of a container image.', data: trivyJson() },
  ];
}
