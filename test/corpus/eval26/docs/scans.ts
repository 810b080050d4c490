import { HOSTS, W } from '../world.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const csvCell = (c: string) => `"${c.replace(/"/g, '""')}"`;

interface Finding { plugin: string; name: string; family: string; sev: 0 | 1 | 2 | 3 | 4; port: string; svc: string; cve?: string; cvss?: string; synopsis: string; solution: string; output: string }

const FINDINGS: Finding[] = [
  { plugin: '19506', name: 'Nessus Scan Information', family: 'Settings', sev: 0, port: '0', svc: 'general', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a', output: 'Credentialed checks : yes\nScan policy used : TRC Monthly Authenticated OS' },
  { plugin: '201194', name: 'OpenSSH < 9.8 RCE (regreSSHion)', family: 'Misc.', sev: 4, port: '22', svc: 'ssh', cve: 'CVE-2024-6387', cvss: '8.1', synopsis: 'The SSH server running on the remote host is affected by a remote code execution vulnerability.', solution: 'Upgrade to OpenSSH version 9.8p1 or later.', output: 'Installed version : 8.9p1\nFixed version : 9.8p1' },
  { plugin: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', family: 'Misc.', sev: 2, port: '22', svc: 'ssh', cve: 'CVE-2023-48795', cvss: '5.9', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.', output: 'Supports following ChaCha20-Poly1305 Algorithm : chacha20-poly1305@openssh.com' },
  { plugin: '192934', name: 'Ubuntu 22.04 LTS : Linux kernel vulnerabilities (USN-6766-1)', family: 'Ubuntu Local Security Checks', sev: 3, port: '0', svc: 'general', cve: 'CVE-2024-1086', cvss: '7.8', synopsis: 'The remote Ubuntu host is missing one or more security updates.', solution: "Update the affected kernel package.", output: 'Running Kernel level of 5.15.0-101-generic does not meet the minimum fixed level of 5.15.0-105' },
  { plugin: '104743', name: 'TLS Version 1.0 Protocol Detection', family: 'Service detection', sev: 2, port: '443', svc: 'www', cvss: '6.5', synopsis: 'The remote service encrypts traffic using an older version of TLS.', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.', output: 'TLSv1 is enabled and the server supports at least one cipher.' },
  { plugin: '57582', name: 'SSL Self-Signed Certificate', family: 'General', sev: 2, port: '8443', svc: 'www', cvss: '6.5', synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.', output: 'Subject : CN=trc-internal-ica-2025' },
  { plugin: '10114', name: 'ICMP Timestamp Request Remote Date Disclosure', family: 'General', sev: 1, port: '0', svc: 'icmp', cve: 'CVE-1999-0524', cvss: '2.1', synopsis: 'It is possible to determine the exact time set on the remote host.', solution: 'Filter out the ICMP timestamp requests (13), and the outgoing ICMP timestamp replies (14).', output: 'The difference between the local and remote clocks is 1 second.' },
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'] as const;

function hostFindings(i: number): Finding[] {
  return FINDINGS.filter((f, k) => k === 0 || (i + k) % 3 !== 0);
}

export function nessusXml(): string {
  const hosts = HOSTS.filter((h) => !h.id.includes('alb') && !h.id.includes('redis'));
  const out: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>TRC Monthly Authenticated OS</policyName>', '<Preferences><ServerPreferences>', `<preference><name>TARGET</name><value>${hosts.map((h) => h.ip).join(',')}</value></preference>`, '<preference><name>scan_start_timestamp</name><value>1757221200</value></preference>', '</ServerPreferences></Preferences></Policy>', `<Report name="TRC prod – September 2025 OS/infrastructure" xmlns:cm="http://www.nessus.org/cm">`];
  hosts.forEach((h, i) => {
    out.push(`<ReportHost name="${h.ip}"><HostProperties>`, '<tag name="HOST_END">Sun Sep  7 02:51:12 2025</tag>', `<tag name="operating-system">${xml(h.os)}</tag>`, `<tag name="host-fqdn">${xml(h.dns)}</tag>`, `<tag name="host-ip">${h.ip}</tag>`, '<tag name="Credentialed_Scan">true</tag>', '<tag name="HOST_START">Sun Sep  7 02:00:04 2025</tag>', '</HostProperties>');
    for (const f of hostFindings(i)) {
      out.push(`<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="${f.svc === 'icmp' ? 'icmp' : 'tcp'}" severity="${f.sev}" pluginID="${f.plugin}" pluginName="${xml(f.name)}" pluginFamily="${xml(f.family)}">`);
      if (f.cve) out.push(`<cve>${f.cve}</cve>`);
      if (f.cvss) out.push(`<cvss3_base_score>${f.cvss}</cvss3_base_score>`);
      out.push(`<risk_factor>${RISK[f.sev]}</risk_factor>`, `<synopsis>${xml(f.synopsis)}</synopsis>`, `<solution>${xml(f.solution)}</solution>`, `<plugin_output>${xml(f.output)}</plugin_output>`, '</ReportItem>');
    }
    out.push('</ReportHost>');
  });
  out.push('</Report>', '</NessusClientData_v2>');
  return out.join('\n') + '\n';
}

export function nessusCsv(): string {
  const rows = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  const hosts = HOSTS.filter((h) => h.id.includes('pg') || h.id.includes('alb') || h.id.includes('redis'));
  hosts.forEach((h, i) => {
    for (const f of hostFindings(i + 1)) rows.push([f.plugin, f.cve ?? '', f.cvss ?? '', RISK[f.sev], h.ip, f.svc === 'icmp' ? 'icmp' : 'tcp', f.port, f.name, f.synopsis, f.synopsis, f.solution, '', f.output]);
  });
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function qualysCsv(): string {
  const lines = [
    '"Scan Results","09/08/2025 at 02:14:07 (GMT-0400)"',
    `"${W.csp}","11951 Freedom Drive","Reston","Virginia","United States of America","20190"`,
    `"${W.eng[2]}","tsslt_jw","Scanner"`,
    '"Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Scan Title","Asset Groups","IPs","Excluded IPs","Options Profile"',
    '"7","7","Scheduled","Finished","scan/1757312047.04411","trc_gov_scanner_02 (Scanner 13.1.22-1, Vulnerability Signatures 2.6.341-2)","00:44:10","TRC Monthly Authenticated Database + OS","TRC Production","10.42.0.10-10.42.34.12","","FedRAMP Authenticated Scan Profile"',
    '',
    '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","CVSS Base","CVSS3.1 Base","Threat","Impact","Solution","Exploitability","Results","PCI Vuln","Instance","Category"',
  ];
  const q: [string, string, string, string, string, string, string][] = [
    ['38909', 'SSH Prefix Truncation Vulnerability (Terrapin)', '3', '22', 'CVE-2023-48795', '5.9', 'General remote services'],
    ['20246', 'PostgreSQL Multiple Vulnerabilities (August 2024 update)', '4', '5432', 'CVE-2024-7348', '8.8', 'Database'],
    ['38628', 'SSL/TLS Server supports TLSv1.0', '3', '443', '', '6.5', 'General remote services'],
    ['82003', 'ICMP Timestamp Request', '1', '', 'CVE-1999-0524', '5.3', 'TCP/IP'],
    ['105484', 'Amazon Linux Security Advisory for curl (ALAS2023-2025-812)', '4', '', 'CVE-2024-9681', '6.5', 'Amazon Linux'],
  ];
  HOSTS.slice(3, 9).forEach((h, i) => {
    for (const [qid, title, sev, port, cve, cvss, cat] of q.filter((_, k) => (k + i) % 2 === 0 || k === 3)) {
      lines.push([h.ip, h.dns, '', h.os, 'host scanned, found vuln', qid, title, 'Vuln', sev, port, port ? 'tcp' : 'icmp', h.dns, port === '443' ? 'yes' : 'no', cve, '', '', '', cvss, title, '', 'Apply vendor update.', '', 'Detected on ' + h.id, 'yes', '', cat].map(csvCell).join(','));
    }
  });
  return lines.join('\n') + '\n';
}

export function openvasXml(): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<report id="5b1c9a7e-3f2d-4e8a-9c41-0d7e2f6b1a33" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">', '<owner><name>sre-scanner</name></owner>', '<name>2025-09-07T06:00:00Z</name>', '<report id="5b1c9a7e-3f2d-4e8a-9c41-0d7e2f6b1a33">', '<gmp><version>22.4</version></gmp>', '<scan_run_status>Done</scan_run_status>', '<task id="8e2f4c1a-77b0-4f4e-a1d2-3c9b0e5f7a21"><name>TRC web and management hosts – monthly</name></task>', '<results start="1" max="200">'];
  let n = 0;
  for (const h of HOSTS.slice(3, 6).concat(HOSTS.slice(9))) {
    for (const f of FINDINGS.slice(1)) {
      if ((n + f.sev) % 3 === 0) { n++; continue; }
      n++;
      const score = f.cvss ?? '5.0';
      out.push(`<result id="0b7d${String(n).padStart(4, '0')}-6a1e-4c2b-8d3f-5e9a1c7b2f40"><name>${xml(f.name)}</name><owner><name>sre-scanner</name></owner>`, `<host>${h.ip}<hostname>${xml(h.dns)}</hostname></host><port>${f.port}/${f.svc === 'icmp' ? 'icmp' : 'tcp'}</port>`, `<nvt oid="1.3.6.1.4.1.25623.1.0.${810000 + Number(f.plugin) % 100000}"><type>nvt</type><name>${xml(f.name)}</name><family>${xml(f.family)}</family><cvss_base>${score}</cvss_base>`, `<refs>${f.cve ? `<ref type="cve" id="${f.cve}"/>` : ''}</refs><solution type="VendorFix">${xml(f.solution)}</solution></nvt>`, `<threat>${Number(score) >= 7 ? 'High' : Number(score) >= 4 ? 'Medium' : 'Low'}</threat><severity>${score}</severity><qod><value>80</value><type>remote_banner</type></qod><description>${xml(f.output)}</description></result>`);
    }
  }
  out.push('</results>', `<result_count>${n}</result_count>`, '</report>', '</report>');
  return out.join('\n') + '\n';
}

export function inventoryCsv(headers: string[], rows: string[][]): string {
  return [headers.map((h) => h.replace('\n', ' ')), ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
