import type { Rng } from '../kit/rng.js';
import { esc } from '../kit/zip.js';
import type { Csp } from './orgs.js';

interface Vuln {
  readonly plugin: string;
  readonly name: string;
  readonly family: string;
  readonly severity: 0 | 1 | 2 | 3 | 4;
  readonly cve: string;
  readonly cvss3: string;
  readonly port: string;
  readonly svc: string;
  readonly synopsis: string;
  readonly solution: string;
}

const VULNS: readonly Vuln[] = [
  { plugin: '201194', name: 'OpenSSH < 9.8 RCE', family: 'Misc.', severity: 3, cve: 'CVE-2024-6387', cvss3: '8.1', port: '22', svc: 'ssh', synopsis: 'The SSH server running on the remote host is affected by a remote code execution vulnerability.', solution: 'Upgrade to OpenSSH version 9.8p1 or later.' },
  { plugin: '205101', name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', family: 'Databases', severity: 3, cve: 'CVE-2024-7348', cvss3: '8.8', port: '5432', svc: 'postgresql', synopsis: 'The remote database server is affected by multiple vulnerabilities.', solution: 'Upgrade to PostgreSQL 15.8 or later.' },
  { plugin: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', family: 'Misc.', severity: 2, cve: 'CVE-2023-48795', cvss3: '5.9', port: '22', svc: 'ssh', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.' },
  { plugin: '42873', name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', family: 'General', severity: 2, cve: 'CVE-2016-2183', cvss3: '7.5', port: '443', svc: 'www', synopsis: 'The remote service supports the use of medium strength SSL ciphers.', solution: 'Reconfigure the affected application if possible to avoid use of medium strength ciphers.' },
  { plugin: '57582', name: 'SSL Self-Signed Certificate', family: 'General', severity: 2, cve: '', cvss3: '6.5', port: '8443', svc: 'www', synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.' },
  { plugin: '190433', name: 'Ubuntu 22.04 LTS : Linux kernel vulnerabilities (USN-6648-1)', family: 'Ubuntu Local Security Checks', severity: 3, cve: 'CVE-2024-1086', cvss3: '7.8', port: '0', svc: 'general', synopsis: 'The remote Ubuntu host is missing one or more security updates.', solution: 'Update the affected kernel package.' },
  { plugin: '10114', name: 'ICMP Timestamp Request Remote Date Disclosure', family: 'General', severity: 1, cve: 'CVE-1999-0524', cvss3: '', port: '0', svc: 'icmp', synopsis: 'It is possible to determine the exact time set on the remote host.', solution: 'Filter out the ICMP timestamp requests (13), and the outgoing ICMP timestamp replies (14).' },
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function hosts(csp: Csp, r: Rng, n: number): { ip: string; fqdn: string }[] {
  return Array.from({ length: n }, (_, i) => ({ ip: `10.${r.int(20, 30)}.${r.int(1, 9)}.${10 + i}`, fqdn: `${csp.acronym.toLowerCase()}-node-${String(i + 1).padStart(2, '0')}.${csp.domain}` }));
}

/** A Nessus v2 XML export of a monthly authenticated OS scan. */
export function nessusXml(csp: Csp, r: Rng, stamp: { unix: number; text: string }): string {
  const hs = hosts(csp, r, 6);
  const out: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy><policyName>FedRAMP Monthly Authenticated OS</policyName>', '<Preferences><ServerPreferences>', `<preference><name>TARGET</name><value>${hs.map((h) => h.ip).join(',')}</value></preference>`, `<preference><name>scan_start_timestamp</name><value>${stamp.unix}</value></preference>`, '</ServerPreferences></Preferences></Policy>', `<Report name="${esc(csp.acronym)} ConMon OS scan ${stamp.text.slice(4, 10)}" xmlns:cm="http://www.nessus.org/cm">`];
  for (const h of hs) {
    out.push(`<ReportHost name="${h.ip}"><HostProperties>`, `<tag name="HOST_END">${stamp.text}</tag>`, '<tag name="operating-system">Linux Kernel 5.15.0-105-generic on Ubuntu 22.04</tag>', `<tag name="host-fqdn">${h.fqdn}</tag>`, `<tag name="host-ip">${h.ip}</tag>`, '<tag name="Credentialed_Scan">true</tag>', `<tag name="HOST_START">${stamp.text}</tag>`, '</HostProperties>');
    out.push('<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>This plugin displays, for each tested host, information about the scan itself.</description><plugin_output>Credentialed checks : yes\nScan policy used : FedRAMP Monthly Authenticated OS</plugin_output><risk_factor>None</risk_factor><solution>n/a</solution></ReportItem>');
    for (const v of r.shuffle(VULNS).slice(0, r.int(2, 4))) {
      out.push(`<ReportItem port="${v.port}" svc_name="${v.svc}" protocol="tcp" severity="${v.severity}" pluginID="${v.plugin}" pluginName="${esc(v.name)}" pluginFamily="${esc(v.family)}">`, `<synopsis>${esc(v.synopsis)}</synopsis>`, `<description>${esc(v.synopsis)} Note that Nessus has not tested for this issue but has instead relied only on the application's self-reported version number.</description>`, `<solution>${esc(v.solution)}</solution>`, `<risk_factor>${RISK[v.severity] ?? 'None'}</risk_factor>`, v.cve !== '' ? `<cve>${v.cve}</cve>` : '', v.cvss3 !== '' ? `<cvss3_base_score>${v.cvss3}</cvss3_base_score>` : '', `<plugin_output>Remote package installed : see version\nShould be : see solution</plugin_output>`, '</ReportItem>');
    }
    out.push('</ReportHost>');
  }
  out.push('</Report>', '</NessusClientData_v2>', '');
  return out.join('\n');
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

/** A Nessus/Tenable CSV export of a database scan. */
export function nessusCsv(csp: Csp, r: Rng): string {
  const header = ['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output', 'CVSS v3.0 Base Score', 'Plugin Publication Date'];
  const rows = [csvLine(header)];
  for (const h of hosts(csp, r, 4)) {
    rows.push(csvLine(['19506', '', '', 'None', h.ip, 'tcp', '0', 'Nessus Scan Information', 'This plugin displays information about the Nessus scan.', 'This plugin displays, for each tested host, information about the scan itself.', 'n/a', '', 'Credentialed checks : yes\nScan type : Normal\nScan policy used : FedRAMP Monthly Database (PostgreSQL)', '', '2005/08/26']));
    for (const v of VULNS.filter((x) => x.family === 'Databases' || x.port === '22' || x.severity === 1)) {
      rows.push(csvLine([v.plugin, v.cve, v.severity >= 3 ? '7.5' : '4.3', RISK[v.severity] ?? 'None', h.ip, 'tcp', v.port, v.name, v.synopsis, `${v.synopsis} The host is a database server in the ${csp.acronym} data tier.`, v.solution, 'https://www.tenable.com/plugins/nessus/' + v.plugin, v.family === 'Databases' ? '  Installed version : 15.6\n  Fixed version     : 15.8' : v.port === '22' ? '  Version source : SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6\n  Installed version : 8.9p1' : '  The remote host replied with: ICMP timestamp', v.cvss3, '2024/08/09']));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** A Qualys VM scan results CSV with its preamble. */
export function qualysCsv(csp: Csp, r: Rng): string {
  const q = (cells: readonly string[]): string => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const out = [
    q(['Scan Results', '03/04/2025 at 02:11:37 (GMT-0500)']),
    '',
    q([csp.name, csp.address.split(',')[0] ?? '', 'Indianapolis', 'Indiana', 'United States of America', '46204']),
    q([csp.isso, 'qlmk_ti', 'Manager']),
    '',
    q(['Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Options Profile']),
    q(['5', '5', 'Scheduled', 'Finished', 'scan/1741072297.48211', 'qcm_azgov_scanner01 (Scanner 13.2.14-1, Vulnerability Signatures 2.6.251-2)', '00:42:10', `${csp.acronym} Monthly Authenticated Infrastructure`, `${csp.acronym} Production`, '10.21.4.10-10.21.4.14', '', 'FedRAMP Authenticated Scan']),
    '',
    q(['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category']),
  ];
  const qids: [string, string, string, string, string][] = [
    ['38909', 'SSH Prefix Truncation Vulnerability (Terrapin)', '3', 'CVE-2023-48795', 'Confirmed'],
    ['377220', 'Linux Kernel Use-After-Free Vulnerability in nf_tables', '4', 'CVE-2024-1086', 'Confirmed'],
    ['38628', 'SSL/TLS Server supports TLSv1.0', '3', '', 'Confirmed'],
    ['45038', 'Host Scan Time - Scanner', '1', '', 'Information Gathered'],
    ['105943', 'EOL/Obsolete Software: OpenSSL 1.1.1 Detected', '4', '', 'Potential'],
  ];
  for (const h of hosts(csp, r, 5)) {
    for (const [qid, titleText, sev, cve, type] of qids) {
      if (r.next() < 0.25 && qid !== '45038') continue;
      out.push(q([h.ip, h.fqdn, '', 'Ubuntu Linux 22.04.4', 'host scanned, found vuln', qid, titleText, type === 'Information Gathered' ? 'Ig' : type === 'Potential' ? 'Practice' : 'Vuln', sev, qid === '38909' ? '22' : qid === '38628' ? '443' : '', qid === '45038' ? '' : 'tcp', h.fqdn, qid === '38628' ? 'over ssl' : '', cve, '', sev === '4' ? '7.8' : sev === '3' ? '5.9' : '', `${titleText} was detected on the host.`, 'Successful exploitation could affect confidentiality or integrity.', 'Apply the vendor-supplied patch or configuration change.', qid === '45038' ? 'Scan duration: 612 seconds' : 'Detected by authenticated check', 'yes', qid === '45038' ? 'Information gathering' : 'General remote services']));
    }
  }
  return out.join('\r\n') + '\r\n';
}

/** An OWASP ZAP traditional JSON report of an authenticated web application scan. */
export function zapJson(csp: Csp): string {
  const site = `https://${csp.domain}`;
  const alert = (id: string, name: string, risk: number, conf: number, cwe: string, desc: string, sol: string, uris: string[]): object => ({
    pluginid: id,
    alertRef: id,
    alert: name,
    name,
    riskcode: String(risk),
    confidence: String(conf),
    riskdesc: `${['Informational', 'Low', 'Medium', 'High'][risk] ?? 'Low'} (${['False Positive', 'Low', 'Medium', 'High'][conf] ?? 'Medium'})`,
    desc: `<p>${desc}</p>`,
    instances: uris.map((uri) => ({ uri, method: 'GET', param: '', attack: '', evidence: '', otherinfo: '' })),
    count: String(uris.length),
    solution: `<p>${sol}</p>`,
    otherinfo: '',
    reference: '<p>https://owasp.org/www-project-top-ten/</p>',
    cweid: cwe,
    wascid: '15',
    sourceid: '3',
  });
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 5 Mar 2025 03:22:41',
    site: [
      {
        '@name': site,
        '@host': csp.domain,
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          alert('10038', 'Content Security Policy (CSP) Header Not Set', 2, 3, '693', 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks, including Cross Site Scripting (XSS) and data injection attacks.', 'Ensure that your web server, application server, load balancer, etc. is configured to set the Content-Security-Policy header.', [`${site}/login`, `${site}/help/`]),
          alert('10035', 'Strict-Transport-Security Header Not Set', 1, 3, '319', 'HTTP Strict Transport Security (HSTS) is a web security policy mechanism whereby a web server declares that complying user agents are to interact with it using only secure HTTPS connections.', 'Ensure that your web server, application server, load balancer, etc. is configured to enforce Strict-Transport-Security.', [`${site}/static/app.js`]),
          alert('40012', 'Cross Site Scripting (Reflected)', 3, 2, '79', 'Cross-site Scripting (XSS) is an attack technique that involves echoing attacker-supplied code into a user\'s browser instance.', 'Validate all input and encode output in the context in which it is rendered.', [`${site}/api/v2/search?q=`]),
          alert('10202', 'Absence of Anti-CSRF Tokens', 2, 1, '352', 'No Anti-CSRF tokens were found in a HTML submission form.', 'Use a vetted library or framework that does not allow this weakness to occur.', [`${site}/settings/profile`]),
          alert('10027', 'Information Disclosure - Suspicious Comments', 0, 1, '200', 'The response appears to contain suspicious comments which may help an attacker.', 'Remove all comments that return information that may help an attacker.', [`${site}/static/vendor.js`]),
        ],
      },
    ],
  };
  return JSON.stringify(report, null, 2) + '\n';
}

/** A Greenbone/OpenVAS XML report. */
export function greenboneXml(csp: Csp, r: Rng): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<report id="${r.uuid()}" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">`, '<owner><name>tse-vm-svc</name></owner>', '<name>2025-04-01T02:00:04Z</name>', `<report id="${r.uuid()}">`, '<gmp><version>22.5</version></gmp>', '<scan_run_status>Done</scan_run_status>', `<task id="${r.uuid()}"><name>${csp.acronym} monthly infrastructure (authenticated)</name></task>`, '<scan_start>2025-04-01T02:00:04Z</scan_start>', '<results start="1" max="250">'];
  const nvts: [string, string, string, string, string, string][] = [
    ['1.3.6.1.4.1.25623.1.0.153176', 'OpenSSH Remote Code Execution Vulnerability (regreSSHion)', 'General', '8.1', 'CVE-2024-6387', '22/tcp'],
    ['1.3.6.1.4.1.25623.1.0.151303', 'SSH Terrapin Prefix Truncation Weakness', 'General', '5.9', 'CVE-2023-48795', '22/tcp'],
    ['1.3.6.1.4.1.25623.1.0.108031', 'SSL/TLS: Report Vulnerable Cipher Suites for HTTPS', 'SSL and TLS', '7.5', 'CVE-2016-2183', '443/tcp'],
    ['1.3.6.1.4.1.25623.1.0.103190', 'ICMP Timestamp Reply Information Disclosure', 'General', '2.1', 'CVE-1999-0524', 'general/icmp'],
  ];
  for (const h of hosts(csp, r, 5)) {
    for (const [oid, name, family, score, cve, port] of nvts) {
      if (r.next() < 0.3) continue;
      const threat = Number(score) >= 7 ? 'High' : Number(score) >= 4 ? 'Medium' : 'Low';
      out.push(`<result id="${r.uuid()}"><name>${esc(name)}</name><owner><name>tse-vm-svc</name></owner>`, `<host>${h.ip}<asset asset_id="${r.uuid()}"/><hostname>${h.fqdn}</hostname></host><port>${port}</port>`, `<nvt oid="${oid}"><type>nvt</type><name>${esc(name)}</name><family>${family}</family><cvss_base>${score}</cvss_base><severities score="${score}"><severity type="cvss_base_v3"><score>${score}</score></severity></severities><tags>summary=${esc(name)} detected|solution_type=VendorFix</tags><refs><ref type="cve" id="${cve}"/></refs></nvt>`, `<scan_nvt_version>2025-03-28T05:04:11Z</scan_nvt_version><threat>${threat}</threat><severity>${score}</severity><qod><value>${threat === 'Low' ? 80 : 97}</value><type>${threat === 'Low' ? 'remote_banner' : 'package'}</type></qod>`, `<description>Installed version: see package list\nFixed version: see vendor advisory</description></result>`);
    }
  }
  out.push('</results>', '<result_count><full>17</full><filtered>17</filtered></result_count>', '<scan_end>2025-04-01T03:12:51Z</scan_end>', '</report>', '</report>', '');
  return out.join('\n');
}
