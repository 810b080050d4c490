import { Rng } from '../kit/rng.js';
import type { EvalDoc } from './types.js';

const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Finding = readonly [pluginId: string, name: string, family: string, severity: number, cve: string, cvss3: string, port: string, svc: string, synopsis: string, solution: string];

const FINDINGS: readonly Finding[] = [
  ['19506', 'Nessus Scan Information', 'Settings', 0, '', '', '0', 'general', 'This plugin displays information about the Nessus scan.', 'n/a'],
  ['201194', 'OpenSSH < 9.8 RCE (regreSSHion)', 'Misc.', 3, 'CVE-2024-6387', '8.1', '22', 'ssh', 'The SSH server running on the remote host is affected by a remote code execution vulnerability.', 'Upgrade to OpenSSH version 9.8 or later.'],
  ['192965', 'OpenSSL 3.0.0 < 3.0.14 Multiple Vulnerabilities', 'Misc.', 2, 'CVE-2024-4741', '5.6', '0', 'general', 'The remote host has an OpenSSL library affected by multiple vulnerabilities.', 'Upgrade to OpenSSL 3.0.14 or later.'],
  ['187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', 'Misc.', 2, 'CVE-2023-48795', '5.9', '22', 'ssh', 'The remote SSH server is vulnerable to a MitM prefix truncation attack.', 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.'],
  ['70658', 'SSH Server CBC Mode Ciphers Enabled', 'Misc.', 1, '', '3.7', '22', 'ssh', 'The SSH server is configured to use Cipher Block Chaining.', 'Disable CBC mode cipher encryption.'],
  ['190854', 'RHEL 9 : kernel (RHSA-2024:1249)', 'Red Hat Local Security Checks', 3, 'CVE-2024-1086', '7.8', '0', 'general', 'The remote Red Hat host is missing a security update for kernel.', 'Update the affected kernel packages.'],
  ['142960', 'HSTS Missing From HTTPS Server (RFC 6797)', 'Web Servers', 1, '', '', '443', 'www', 'The remote web server is not enforcing HSTS.', 'Configure the remote web server to use HSTS.'],
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function hosts(rng: Rng, n: number, prefix: string): { name: string; ip: string; os: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix}-${String(i + 1).padStart(2, '0')}.fed.nfcp.internal`,
    ip: `10.41.${rng.int(1, 12)}.${rng.int(10, 240)}`,
    os: rng.pick(['Linux Kernel 5.14.0-427.el9 on Red Hat Enterprise Linux 9.4', 'Linux Kernel 5.15 on Ubuntu 22.04']),
  }));
}

function nessus(): string {
  const rng = new Rng(1830);
  const hs = hosts(rng, 6, 'hv');
  const start = 1764547200; // 2025-12-01T00:00:00Z, the December OS scan
  const out: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>NFCP FedRAMP Monthly Authenticated OS Scan</policyName>', '<Preferences><ServerPreferences>', `<preference><name>TARGET</name><value>${hs.map((h) => h.ip).join(',')}</value></preference>`, `<preference><name>scan_start_timestamp</name><value>${start}</value></preference>`, '</ServerPreferences></Preferences></Policy>', '<Report name="NFCP US-East-Federal-1 hypervisors - monthly OS scan" xmlns:cm="http://www.nessus.org/cm">'];
  hs.forEach((h, hi) => {
    out.push(`<ReportHost name="${h.name}"><HostProperties>`, `<tag name="HOST_END">Mon Dec  1 0${2 + (hi % 5)}:1${hi}:07 2025</tag>`, `<tag name="operating-system">${h.os}</tag>`, `<tag name="host-fqdn">${h.name}</tag>`, `<tag name="host-ip">${h.ip}</tag>`, '<tag name="Credentialed_Scan">true</tag>', `<tag name="HOST_START">Mon Dec  1 01:0${hi}:41 2025</tag>`, '</HostProperties>');
    for (const f of FINDINGS) {
      if (f[3] > 0 && rng.next() < 0.4) continue;
      out.push(`<ReportItem port="${f[6]}" svc_name="${f[7]}" protocol="tcp" severity="${f[3]}" pluginID="${f[0]}" pluginName="${xmlEsc(f[1])}" pluginFamily="${xmlEsc(f[2])}">`);
      if (f[4]) out.push(`<cve>${f[4]}</cve>`);
      if (f[5]) out.push(`<cvss3_base_score>${f[5]}</cvss3_base_score>`);
      out.push(`<risk_factor>${RISK[f[3]]}</risk_factor>`, `<synopsis>${xmlEsc(f[8])}</synopsis>`, `<description>${xmlEsc(f[8])}</description>`, `<solution>${xmlEsc(f[9])}</solution>`);
      if (f[0] === '19506') out.push('<plugin_output>Credentialed checks : yes\nScan policy used : NFCP FedRAMP Monthly Authenticated OS Scan\nScanner IP : 10.41.0.5</plugin_output>');
      out.push('</ReportItem>');
    }
    out.push('</ReportHost>');
  });
  out.push('</Report>', '</NessusClientData_v2>');
  return out.join('\n');
}

const csvq = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function nessusCsvDb(): string {
  const rng = new Rng(1831);
  const hs = hosts(rng, 5, 'pg');
  const rows = ['Plugin ID,CVE,CVSS v3.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output'];
  const dbFindings = [
    ['205211', 'CVE-2024-7348', '7.5', 'High', '5432', 'PostgreSQL 16.x < 16.4 Arbitrary SQL Execution', 'The remote PostgreSQL server is affected by a race condition in pg_dump.', 'Upgrade to PostgreSQL 16.4 or later.'],
    ['183959', 'CVE-2023-5869', '8.8', 'High', '5432', 'PostgreSQL 16.x < 16.1 Multiple Vulnerabilities', 'Integer overflow in array modification allows arbitrary code execution by authenticated users.', 'Upgrade to PostgreSQL 16.1 or later.'],
    ['58751', '', '5.3', 'Medium', '5432', 'SSL/TLS Protocol Initialization Vector Implementation Information Disclosure Vulnerability (BEAST)', 'It may be possible to obtain sensitive information from the remote host with SSL/TLS-enabled services.', 'Configure SSL/TLS servers to only use TLS 1.1 or TLS 1.2 if supported.'],
    ['10114', 'CVE-1999-0524', '2.1', 'Low', '0', 'ICMP Timestamp Request Remote Date Disclosure', 'It is possible to determine the exact time set on the remote host.', 'Filter out the ICMP timestamp requests (13), and the outgoing ICMP timestamp replies (14).'],
  ];
  for (const h of hs) {
    rows.push(`19506,,,None,${h.ip},tcp,0,Nessus Scan Information,${csvq('This plugin displays information about the Nessus scan.')},${csvq('This plugin displays, for each tested host, information about the scan itself.')},n/a,,${csvq('Credentialed checks : yes\nScan policy : NFCP Monthly Database Scan (PostgreSQL authenticated)')}`);
    for (const f of dbFindings) {
      if (rng.next() < 0.3) continue;
      rows.push([f[0], f[1], f[2], f[3], h.ip, 'tcp', f[4], csvq(f[5] ?? ''), csvq(f[6] ?? ''), csvq(f[6] ?? ''), csvq(f[7] ?? ''), '', csvq(`Installed version : 16.${rng.int(0, 3)}\nFixed version     : 16.4`)].join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

function qualysWasCsv(): string {
  const lines = [
    '"Web Application Scan Report"',
    '"Nordhaus Federal Cloud, Inc.","13241 Woodland Park Road","Herndon","Virginia","United States of America","20171"',
    '"Dana Whitfield","nrdfc_dw","Manager"',
    '"Scan Name","Web Application","Target URL","Scan Date","Scan Type","Authentication","Status","Duration","Option Profile"',
    '"NFCP Console monthly WAS 2025-11","NFCP Federal Console","https://console.fed.nordhaus-cloud.example","11/18/2025 22:04:11 GMT-0500","Vulnerability","Form authentication: PIV test user","Finished","02:41:09","FedRAMP WAS Profile"',
    '',
    '"ID","QID","Title","Group","Severity","CWE","OWASP","WASC","URL","Param","Method","First Time Detected","Last Time Detected","Times Detected","Status","CVSS V3 Base","Solution"',
  ];
  const items = [
    ['150081', 'Possible Clickjacking Vulnerability', 'Vulnerability', '3', 'CWE-1021', 'A4', 'WASC-15', '/login', '', 'GET', '8.6', 'Set X-Frame-Options or a frame-ancestors CSP directive.'],
    ['150004', 'Path-Based Vulnerability', 'Vulnerability', '2', 'CWE-22', 'A1', 'WASC-33', '/static/../', '', 'GET', '5.3', 'Restrict path traversal and return 404.'],
    ['150123', 'Cookie Does Not Contain The "secure" Attribute', 'Vulnerability', '2', 'CWE-614', 'A5', 'WASC-15', '/api/session', '', 'POST', '4.3', 'Set the secure attribute on all cookies.'],
    ['150263', 'Insecure Transport: Weak SSL Cipher Suites', 'Vulnerability', '2', 'CWE-326', 'A2', 'WASC-4', '/', '', 'GET', '5.9', 'Remove CBC cipher suites from the TLS policy.'],
    ['150085', 'Slow HTTP POST vulnerability', 'Vulnerability', '3', 'CWE-400', 'A5', 'WASC-10', '/api/v1/upload', 'file', 'POST', '7.5', 'Configure request body timeouts on the edge.'],
    ['45038', 'Scan Diagnostics', 'Information Gathered', '1', '', '', '', '/', '', 'GET', '', 'n/a'],
  ];
  items.forEach((it, i) => lines.push([String(9104 + i), ...it.slice(0, 10), '11/18/2025', '11/18/2025', '1', 'New', it[10] ?? '', it[11] ?? ''].map((v) => csvq(v)).join(',')));
  return lines.join('\n') + '\n';
}

function greenboneXml(): string {
  const rng = new Rng(1833);
  const hs = hosts(rng, 4, 'k8s-node');
  const results: string[] = [];
  const nvts = [
    ['1.3.6.1.4.1.25623.1.0.117274', 'SSL/TLS: Report Weak Cipher Suites', '5.0', 'Medium', 'CVE-2013-2566'],
    ['1.3.6.1.4.1.25623.1.0.108440', 'SSL/TLS: Deprecated TLSv1.0 and TLSv1.1 Protocol Detection', '4.3', 'Medium', 'CVE-2011-3389'],
    ['1.3.6.1.4.1.25623.1.0.103674', 'TCP Timestamps Information Disclosure', '2.6', 'Low', ''],
    ['1.3.6.1.4.1.25623.1.0.170725', 'Kubernetes kubelet read-only port exposed', '7.5', 'High', ''],
  ];
  let id = 0;
  for (const h of hs)
    for (const n of nvts) {
      if (rng.next() < 0.35) continue;
      id++;
      results.push(`<result id="6f1c${String(id).padStart(4, '0')}-0d3b-4c1e-9e8f-${rng.hex(12)}"><name>${xmlEsc(n[1] ?? '')}</name><host>${h.ip}<hostname>${h.name}</hostname></host><port>${n[1]?.startsWith('TCP') ? 'general/tcp' : n[1]?.startsWith('Kube') ? '10255/tcp' : '10250/tcp'}</port><nvt oid="${n[0]}"><type>nvt</type><name>${xmlEsc(n[1] ?? '')}</name><cvss_base>${n[2]}</cvss_base>${n[4] ? `<refs><ref type="cve" id="${n[4]}"/></refs>` : ''}</nvt><threat>${n[3]}</threat><severity>${n[2]}</severity><qod><value>80</value><type>remote_banner</type></qod><description>Vulnerability detected by ${xmlEsc(n[1] ?? '')} on ${h.name}.</description></result>`);
    }
  return `<?xml version="1.0" encoding="UTF-8"?>
<report id="b3f0c2e4-1a5d-4b8e-a6f2-9d4e0c7a1f33" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><owner><name>nfcp-vm</name></owner><name>2025-11-24T03:00:12Z</name><creation_time>2025-11-24T03:00:12Z</creation_time><task id="2d1f"><name>NFCP Kubernetes worker nodes - monthly container host scan</name></task><report id="b3f0c2e4-1a5d-4b8e-a6f2-9d4e0c7a1f33"><gmp><version>22.5</version></gmp><scan_run_status>Done</scan_run_status><hosts><count>${hs.length}</count></hosts><scan_start>2025-11-24T03:00:14Z</scan_start><results start="1" max="${id}">${results.join('')}</results><result_count>${id}</result_count><scan_end>2025-11-24T04:12:52Z</scan_end></report></report>
`;
}

export function scanDocs(): EvalDoc[] {
  return [
    { file: 'NFCP_OS_2025-12.nessus', expected: 'SCAN_RESULTS', data: nessus(), note: 'Tenable .nessus (NessusClientData_v2) monthly authenticated OS scan of six hypervisors.' },
    { file: 'export (2).csv', expected: 'SCAN_RESULTS', data: nessusCsvDb(), note: 'Nessus CSV export of the monthly authenticated PostgreSQL database scan (Plugin ID, CVE, Risk, Host... columns).' },
    { file: 'POAM_input_WAS.csv', expected: 'SCAN_RESULTS', data: qualysWasCsv(), note: 'Qualys WAS web application scan report CSV (report header block then QID/Severity rows); the name misleadingly says POAM.' },
    { file: 'report-b3f0c2e4.xml', expected: 'SCAN_RESULTS', data: greenboneXml(), note: 'Greenbone/OpenVAS XML report of the monthly container-host scan (report/results/result with NVT OIDs).' },
  ];
}
