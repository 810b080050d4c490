import { Rng } from '../kit/rng.js';
import type { EvalDoc } from './common.js';

interface Finding {
  readonly plugin: number;
  readonly name: string;
  readonly family: string;
  readonly sev: 0 | 1 | 2 | 3 | 4;
  readonly port: number;
  readonly svc: string;
  readonly cve?: string;
  readonly cvss3?: number;
  readonly synopsis: string;
  readonly solution: string;
  readonly output: string;
}

const FINDINGS: readonly Finding[] = [
  { plugin: 19506, name: 'Nessus Scan Information', family: 'Settings', sev: 0, port: 0, svc: 'general', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a', output: 'Credentialed checks : yes\nScan policy used : KMC Monthly Authenticated OS (FedRAMP)' },
  { plugin: 201084, name: 'Amazon Linux 2023 : openssl (ALAS2023-2024-676)', family: 'Amazon Linux Local Security Checks', sev: 2, port: 0, svc: 'general', cve: 'CVE-2024-5535', cvss3: 5.9, synopsis: 'The remote Amazon Linux 2023 host is missing a security update.', solution: "Run 'dnf update openssl --releasever 2023.5.20240805' to update your system.", output: '  Remote package installed : openssl-libs-3.0.8-1.amzn2023.0.12\n  Should be                : openssl-libs-3.0.8-1.amzn2023.0.14' },
  { plugin: 204771, name: 'Amazon Linux 2023 : kernel (ALAS2023-2024-612)', family: 'Amazon Linux Local Security Checks', sev: 2, port: 0, svc: 'general', cve: 'CVE-2024-26925', cvss3: 5.5, synopsis: 'The remote Amazon Linux 2023 host is missing a security update.', solution: "Run 'dnf update kernel' to update your system.", output: '  Running kernel level of 6.1.94-99.176.amzn2023 does not meet the minimum fixed level of 6.1.97-104.177.amzn2023' },
  { plugin: 233128, name: 'Kubernetes ingress-nginx Admission Controller RCE (IngressNightmare)', family: 'Misc.', sev: 4, port: 8443, svc: 'www', cve: 'CVE-2025-1974', cvss3: 9.8, synopsis: 'The remote ingress controller is affected by a remote code execution vulnerability.', solution: 'Upgrade ingress-nginx to 1.11.5 / 1.12.1 or later.', output: 'Installed version : 1.9.4\nFixed version     : 1.11.5' },
  { plugin: 57582, name: 'SSL Self-Signed Certificate', family: 'General', sev: 2, port: 10250, svc: 'www', cvss3: 6.5, synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.', output: 'The following certificate was found at the top of the certificate chain :\n|-Subject : CN=ip-10-42-3-17@1725000000' },
  { plugin: 10114, name: 'ICMP Timestamp Request Remote Date Disclosure', family: 'General', sev: 0, port: 0, svc: 'icmp', cve: 'CVE-1999-0524', synopsis: 'It is possible to determine the exact time set on the remote host.', solution: 'Filter out the ICMP timestamp requests (13), and the outgoing ICMP timestamp replies (14).', output: 'The difference between the local and remote clocks is 1 second.' },
  { plugin: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', family: 'Misc.', sev: 2, port: 22, svc: 'ssh', cve: 'CVE-2023-48795', cvss3: 5.9, synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.', output: 'Supports following ChaCha20-Poly1305 Client to Server algorithm : chacha20-poly1305@openssh.com' },
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'] as const;

function hosts(rng: Rng, n: number): { ip: string; fqdn: string }[] {
  return Array.from({ length: n }, (_, k) => {
    const ip = `10.42.${rng.int(1, 30)}.${rng.int(4, 250)}`;
    return { ip, fqdn: k === 0 ? 'ingress-nlb.kmc.internal' : `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal` };
  });
}

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function nessusXml(rng: Rng): string {
  const hs = hosts(rng, 6);
  const lines: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>KMC Monthly Authenticated OS (FedRAMP)</policyName>', '<Preferences><ServerPreferences>', `<preference><name>TARGET</name><value>${hs.map((h) => h.ip).join(',')}</value></preference>`, '<preference><name>scan_start_timestamp</name><value>1793059200</value></preference>', '</ServerPreferences></Preferences></Policy>', '<Report name="KMC prod - 2026-10 monthly OS scan" xmlns:cm="http://www.nessus.org/cm">'];
  for (const h of hs) {
    lines.push(`<ReportHost name="${h.ip}"><HostProperties>`, '<tag name="HOST_END">Tue Oct  6 03:41:12 2026</tag>', '<tag name="operating-system">Amazon Linux 2023</tag>', `<tag name="host-fqdn">${h.fqdn}</tag>`, `<tag name="host-ip">${h.ip}</tag>`, '<tag name="Credentialed_Scan">true</tag>', '<tag name="HOST_START">Tue Oct  6 03:02:40 2026</tag>', '</HostProperties>');
    for (const f of FINDINGS) {
      if (f.plugin === 233128 && h.fqdn !== 'ingress-nlb.kmc.internal') continue;
      if (f.plugin !== 19506 && rng.next() < 0.3) continue;
      lines.push(`<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="${f.svc === 'icmp' ? 'icmp' : 'tcp'}" severity="${f.sev}" pluginID="${f.plugin}" pluginName="${xmlEsc(f.name)}" pluginFamily="${xmlEsc(f.family)}">`);
      if (f.cve) lines.push(`<cve>${f.cve}</cve>`);
      if (f.cvss3 !== undefined) lines.push(`<cvss3_base_score>${f.cvss3}</cvss3_base_score>`);
      lines.push(`<description>${xmlEsc(f.synopsis)}</description>`, `<plugin_output>${xmlEsc(f.output)}</plugin_output>`, `<risk_factor>${RISK[f.sev]}</risk_factor>`, `<solution>${xmlEsc(f.solution)}</solution>`, `<synopsis>${xmlEsc(f.synopsis)}</synopsis>`, '</ReportItem>');
    }
    lines.push('</ReportHost>');
  }
  lines.push('</Report>', '</NessusClientData_v2>');
  return lines.join('\n') + '\n';
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function nessusCsv(rng: Rng): string {
  const rows = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const h of hosts(rng, 5)) {
    for (const f of FINDINGS) {
      if (f.plugin === 233128) continue;
      rows.push([`${f.plugin}`, f.cve ?? '', f.cvss3 !== undefined ? `${f.cvss3}` : '', RISK[f.sev], h.ip, f.svc === 'icmp' ? 'icmp' : 'tcp', `${f.port}`, f.name, f.synopsis, f.synopsis, f.solution, '', f.output]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function qualysWasCsv(): string {
  const out = [
    '"Web Application Scan Report"',
    '"Kestrel Forge, Inc.","KMC Web - monthly authenticated","10/07/2026 at 02:00:00 (GMT-0400)"',
    '"Web Application","URL","Scan Profile","Authentication"',
    '"KMC Portal","https://app.kestrelmission.us/","FedRAMP WAS Monthly","Form + MFA bypass test account"',
    '',
    '"ID","Detection ID","QID","Title","Group","Severity","URL","Param","Status","First Detected","Last Detected","Times Detected","CWE","OWASP","CVSS V3 Base","Ignored"',
    '"1","88213001","150123","Cookie Does Not Contain The ""secure"" Attribute","Information Disclosure","2","https://app.kestrelmission.us/export/legacy","","Active","08/05/2026","10/07/2026","3","CWE-614","A05","4.3","false"',
    '"2","88213002","150245","Content-Security-Policy header allows unsafe-inline","Security Weakness","2","https://app.kestrelmission.us/","","Active","09/08/2026","10/07/2026","2","CWE-693","A05","4.2","false"',
    '"3","88213003","150004","Path-Based Vulnerability","Path-Based","1","https://app.kestrelmission.us/.well-known/","","Fixed","08/05/2026","09/08/2026","2","CWE-200","A01","0","false"',
    '"4","88213004","150085","Slow HTTP headers vulnerability","Security Weakness","3","https://api.kestrelmission.us/","","Active","10/07/2026","10/07/2026","1","CWE-400","A04","5.3","false"',
    '"5","88213005","38794","TLS Certificate Hostname Mismatch (info)","Information Gathered","1","https://api.kestrelmission.us/health","","Active","10/07/2026","10/07/2026","1","","","0","true"',
  ];
  return out.join('\r\n') + '\r\n';
}

function zapXml(): string {
  const alerts = [
    { id: 10038, name: 'Content Security Policy (CSP) Header Not Set', risk: 2, conf: 3, count: 4, uri: 'https://app.kestrelmission.us/login', cwe: 693, sol: 'Ensure that your web server, application server, load balancer, etc. is configured to set the Content-Security-Policy header.' },
    { id: 10011, name: 'Cookie Without Secure Flag', risk: 1, conf: 2, count: 1, uri: 'https://app.kestrelmission.us/export/legacy', cwe: 614, sol: 'Whenever a cookie contains sensitive information or is a session token, then it should always be passed using an encrypted channel.' },
    { id: 10096, name: 'Timestamp Disclosure - Unix', risk: 0, conf: 1, count: 7, uri: 'https://app.kestrelmission.us/static/js/main.8c1f.js', cwe: 200, sol: 'Manually confirm that the timestamp data is not sensitive.' },
    { id: 90022, name: 'Application Error Disclosure', risk: 2, conf: 2, count: 2, uri: 'https://api.kestrelmission.us/v2/import?format=niem', cwe: 200, sol: 'Review the source code of this page. Implement custom error pages.' },
  ];
  const riskdesc = ['Informational', 'Low', 'Medium', 'High'];
  const conf = ['False Positive', 'Low', 'Medium', 'High'];
  const items = alerts
    .map(
      (a) => `<alertitem>
  <pluginid>${a.id}</pluginid>
  <alertRef>${a.id}</alertRef>
  <alert>${a.name}</alert>
  <name>${a.name}</name>
  <riskcode>${a.risk}</riskcode>
  <confidence>${a.conf}</confidence>
  <riskdesc>${riskdesc[a.risk]} (${conf[a.conf]})</riskdesc>
  <desc>&lt;p&gt;${a.name} detected during the authenticated scan.&lt;/p&gt;</desc>
  <instances>
    <instance><uri>${a.uri}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance>
  </instances>
  <count>${a.count}</count>
  <solution>&lt;p&gt;${a.sol}&lt;/p&gt;</solution>
  <cweid>${a.cwe}</cweid>
  <wascid>15</wascid>
  <sourceid>3</sourceid>
</alertitem>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Wed, 7 Oct 2026 04:12:55">
<site name="https://app.kestrelmission.us" host="app.kestrelmission.us" port="443" ssl="true"><alerts>
${items}
</alerts></site>
</OWASPZAPReport>
`;
}

export function scanDocs(): EvalDoc[] {
  const rng = new Rng(7012);
  return [
    { file: 'kmc_prod_oct_os.nessus', expected: 'SCAN_RESULTS', note: 'Tenable Nessus v2 XML export (NessusClientData_v2) of the October authenticated OS scan of KMC production; SCAN_RESULTS.', data: nessusXml(rng) },
    { file: 'inventory-oct.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export (Plugin ID, CVE, Risk, Host ... Plugin Output); named like an inventory but the content is scan results.', data: nessusCsv(rng) },
    { file: 'WAS_report_20261007.csv', expected: 'SCAN_RESULTS', note: 'Qualys Web Application Scanning CSV report of the monthly authenticated web scan; SCAN_RESULTS.', data: qualysWasCsv() },
    { file: 'zap-report.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report (OWASPZAPReport) of a web application scan of the KMC portal; SCAN_RESULTS.', data: zapXml() },
  ];
}
