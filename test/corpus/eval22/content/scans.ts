/** Scanner exports written the way the tools write them: .nessus XML, Nessus CSV, Qualys CSV, ZAP JSON. */
import { rng, pick } from '../kit/model.js';
import type { Product } from '../kit/wrappers.js';

interface Finding { id: string; name: string; family: string; sev: number; port: number; svc: string; cve: string; cvss: string; synopsis: string; solution: string }

const FINDINGS: Finding[] = [
  { id: '192017', name: 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', family: 'Web Servers', sev: 2, port: 443, svc: 'www', cve: 'CVE-2024-5535', cvss: '5.9', synopsis: 'The remote service is affected by multiple vulnerabilities.', solution: 'Upgrade to OpenSSL version 3.0.14 or later.' },
  { id: '183390', name: 'nginx HTTP/2 Rapid Reset Denial of Service', family: 'Web Servers', sev: 3, port: 443, svc: 'www', cve: 'CVE-2023-44487', cvss: '7.5', synopsis: 'The remote web server is affected by a denial of service vulnerability.', solution: 'Upgrade nginx to 1.25.3 or later, or apply the vendor mitigation.' },
  { id: '57582', name: 'SSL Self-Signed Certificate', family: 'General', sev: 2, port: 8443, svc: 'www', cve: '', cvss: '6.5', synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.' },
  { id: '104743', name: 'TLS Version 1.0 Protocol Detection', family: 'Service detection', sev: 2, port: 443, svc: 'www', cve: '', cvss: '6.5', synopsis: 'The remote service encrypts traffic using an older version of TLS.', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.' },
  { id: '205310', name: 'PostgreSQL 14.x < 14.13 SQL Injection', family: 'Databases', sev: 3, port: 5432, svc: 'postgresql', cve: 'CVE-2024-7348', cvss: '8.8', synopsis: 'The remote database server is affected by a SQL injection vulnerability.', solution: 'Upgrade to PostgreSQL 14.13 or later.' },
  { id: '214533', name: 'Oracle Java SE Multiple Vulnerabilities (January 2025 CPU)', family: 'Misc.', sev: 2, port: 0, svc: 'general', cve: 'CVE-2025-21502', cvss: '4.8', synopsis: 'The remote host has a Java runtime affected by multiple vulnerabilities.', solution: 'Apply the January 2025 Oracle Critical Patch Update.' },
  { id: '19506', name: 'Nessus Scan Information', family: 'Settings', sev: 0, port: 0, svc: 'general', cve: '', cvss: '', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a' },
  { id: '11219', name: 'Nessus SYN scanner', family: 'Port scanners', sev: 0, port: 22, svc: 'ssh', cve: '', cvss: '', synopsis: 'It is possible to determine which TCP ports are open.', solution: 'Protect your target with an IP filter.' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hosts(P: Product, n: number, seed: number): { ip: string; fqdn: string; os: string }[] {
  return Array.from({ length: n }, (_, i) => ({ ip: `10.${40 + (seed % 5)}.${12 + (i % 3)}.${30 + i}`, fqdn: `${P.abbr.toLowerCase()}-app-${String(i + 1).padStart(2, '0')}.prod.internal`, os: i % 4 === 3 ? 'Amazon Linux 2023' : 'Linux Kernel 5.14 on Red Hat Enterprise Linux 9.4' }));
}

export function nessusXml(P: Product, seed: number): string {
  const r = rng(seed);
  const out: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>FedRAMP Monthly OS Credentialed</policyName><Preferences><ServerPreferences>', '<preference><name>TARGET</name><value>10.40.12.0/24</value></preference>', '<preference><name>scan_start_timestamp</name><value>1751270400</value></preference>', '</ServerPreferences></Preferences></Policy>', `<Report name="${P.abbr} Monthly OS Scan - June 2025" xmlns:cm="http://www.nessus.org/cm">`];
  for (const h of hosts(P, 9, seed)) {
    out.push(`<ReportHost name="${h.ip}"><HostProperties>`, `<tag name="HOST_END">Mon Jun 30 03:${String(10 + Math.floor(r() * 40))}:11 2025</tag>`, `<tag name="operating-system">${h.os}</tag>`, `<tag name="host-ip">${h.ip}</tag>`, `<tag name="host-fqdn">${h.fqdn}</tag>`, '<tag name="Credentialed_Scan">true</tag>', '<tag name="HOST_START">Mon Jun 30 02:58:40 2025</tag>', '</HostProperties>');
    for (const f of FINDINGS) {
      if (f.sev > 0 && r() < 0.45) continue;
      out.push(`<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.sev}" pluginID="${f.id}" pluginName="${xml(f.name)}" pluginFamily="${f.family}">`, `<description>${xml(f.synopsis)} The version reported by the remote host indicates that it is affected.</description>`, `<fname>${f.id}.nasl</fname>`, `<plugin_modification_date>2025/06/02</plugin_modification_date>`, `<plugin_type>${f.sev ? 'local' : 'summary'}</plugin_type>`, `<risk_factor>${RISK[f.sev]}</risk_factor>`, `<solution>${xml(f.solution)}</solution>`, `<synopsis>${xml(f.synopsis)}</synopsis>`, ...(f.cvss ? [`<cvss3_base_score>${f.cvss}</cvss3_base_score>`] : []), ...(f.cve ? [`<cve>${f.cve}</cve>`] : []), `<plugin_output>Path : /usr/lib64\nInstalled version : see vendor advisory</plugin_output>`, '</ReportItem>');
    }
    out.push('</ReportHost>');
  }
  out.push('</Report>', '</NessusClientData_v2>', '');
  return out.join('\n');
}

const csvq = (v: string): string => `"${v.replace(/"/g, '""')}"`;

export function nessusCsv(P: Product, seed: number): string {
  const r = rng(seed);
  const rows = ['Plugin ID,CVE,CVSS v3.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output'];
  for (const h of hosts(P, 12, seed)) {
    for (const f of FINDINGS) {
      if (r() < 0.4) continue;
      rows.push([f.id, f.cve, f.cvss, RISK[f.sev] ?? 'None', h.ip, 'tcp', String(f.port), f.name, f.synopsis, `${f.synopsis} Refer to the vendor advisory for details.`, f.solution, f.cve ? `https://nvd.nist.gov/vuln/detail/${f.cve}` : '', 'Remote version : detected'].map(csvq).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

export function qualysCsv(P: Product, seed: number): string {
  const r = rng(seed);
  const lines = [
    '"Scan Results","' + P.abbr + ' Database Monthly - June 2025"',
    '"Calloway Federal Systems, Inc.","12100 Sunrise Valley Drive","Reston","Virginia","United States of America","20191"',
    '"Dana Whitfield","dwhitfield","Reader"',
    '',
    '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Scan Title","Asset Groups","IPs","Excluded IPs","Option Profile"',
    '"06/28/2025 at 02:00:14 (GMT-0400)","8","8","Scheduled","Finished","scan/1751090414.57201","cfsi_govcloud_va01","01:12:48","' + P.abbr + ' Database Monthly","' + P.abbr + '-DB","10.41.20.10-10.41.20.17","","FedRAMP Authenticated DB"',
    '',
    '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","CVSS Base","CVSS Temporal","CVSS3.1 Base","Threat","Impact","Solution","Exploitability","Results","PCI Vuln","Instance","Category"',
  ];
  const qids: [string, string, string, string, string][] = [
    ['19877', 'PostgreSQL Security Update for CVE-2024-7348', '4', '5432', 'CVE-2024-7348'],
    ['38173', 'SSL Certificate - Signature Verification Failed Vulnerability', '2', '5432', ''],
    ['38794', 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Weak Cipher Suites', '3', '5432', ''],
    ['376654', 'Red Hat Update for openssl (RHSA-2024:5312)', '4', '0', 'CVE-2024-5535'],
    ['45038', 'Host Scan Time - Scanner', '1', '0', ''],
  ];
  for (let i = 0; i < 8; i++) {
    const ip = `10.41.20.${10 + i}`;
    for (const q of qids) {
      if (r() < 0.35) continue;
      lines.push([ip, `${P.abbr.toLowerCase()}-db-${i + 1}.prod.internal`, '', 'Red Hat Enterprise Linux 9.4', 'host scanned, found vuln', q[0], q[1], q[2] === '1' ? 'Ig' : 'Vuln', q[2], q[3], 'tcp', '', q[3] === '5432' ? 'over ssl' : '', q[4], '', '', '6.8', '5.3', q[2] === '4' ? '8.8' : '5.3', 'The vendor has released a security update.', 'Successful exploitation may allow an attacker to compromise the database.', 'Apply the vendor patch.', '', 'Vulnerable version detected', 'no', 'PostgreSQL 14', 'Database'].map(csvq).join(','));
    }
  }
  lines.push('', '"Hosts Scanned (IP)","10.41.20.10-10.41.20.17"', '"CONFIDENTIAL AND PROPRIETARY INFORMATION. Qualys provides the QualysGuard Service ""As Is,"" without any warranty of any kind."');
  return lines.join('\n') + '\n';
}

export function zapJson(P: Product, seed: number): string {
  const r = rng(seed);
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium (High)', '693', '15'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'Low (High)', '319', '15'],
    ['10098', 'Cross-Domain Misconfiguration', '2', 'Medium (Medium)', '264', '14'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'High (Medium)', '79', '8'],
    ['10021', 'X-Content-Type-Options Header Missing', '1', 'Low (Medium)', '693', '15'],
  ].map(([id, name, rc, rd, cwe, wasc]) => ({
    pluginid: id,
    alertRef: `${id}-1`,
    alert: name,
    name,
    riskcode: rc,
    confidence: rd?.includes('(High)') ? '3' : '2',
    riskdesc: rd,
    desc: `<p>${name} was detected on one or more pages of the application.</p>`,
    instances: Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => ({ uri: `https://${P.agencyAbbr.toLowerCase()}.${P.abbr.toLowerCase()}.callowayfed.example/${pick(r, ['cases', 'reports', 'search', 'api/v2/items'])}?page=${i + 1}`, method: 'GET', param: id === '40012' ? 'q' : '', attack: id === '40012' ? '<scrIpt>alert(1);</scRipt>' : '', evidence: '', otherinfo: '' })),
    count: '1',
    solution: '<p>Ensure that your web server, application server, load balancer, etc. is configured to set the appropriate header.</p>',
    otherinfo: '',
    reference: '<p>https://owasp.org/www-project-secure-headers/</p>',
    cweid: cwe,
    wascid: wasc,
    sourceid: String(1 + Math.floor(r() * 40)),
  }));
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Fri, 27 Jun 2025 22:14:09',
    created: '2025-06-27T22:14:09.118Z',
    insights: [],
    site: [{ '@name': `https://${P.agencyAbbr.toLowerCase()}.${P.abbr.toLowerCase()}.callowayfed.example`, '@host': `${P.agencyAbbr.toLowerCase()}.${P.abbr.toLowerCase()}.callowayfed.example`, '@port': '443', '@ssl': 'true', alerts }],
  };
  return JSON.stringify(report, null, 2) + '\n';
}
