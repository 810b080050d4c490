/** Vulnerability scan exports: Nessus (.nessus XML and CSV), Qualys, Greenbone/OpenVAS (CSV and XML), Nexpose. */
import { makeHosts } from '../lib/hosts.js';
import type { Csp } from '../lib/parties.js';
import { daysAfter } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Family } from '../lib/types.js';
import { NESSUS_SEVERITY, VULNS } from '../text/findings.js';
import type { Host, Vuln } from '../text/findings.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvLine = (cells: readonly (string | number)[], quoteAll = false): string =>
  cells.map((c) => (quoteAll ? `"${String(c).replace(/"/g, '""')}"` : csvCell(c))).join(',');

/** Nessus's HOST_START format: "Fri Mar 14 09:12:44 2025". */
function nessusTime(d: Date): string {
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = d.toISOString().slice(11, 19);
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${t} ${d.getUTCFullYear()}`;
}

function findingsFor(host: Host, rng: Rng): Vuln[] {
  const info = VULNS.filter((v) => v.severity === 'None');
  const real = VULNS.filter((v) => v.severity !== 'None' && (v.svc !== 'postgresql' || host.role === 'Database server'));
  return [...info, ...rng.sample(real, rng.int(2, 5))];
}

function nessusXml(csp: Csp, rng: Rng, opts: { policy: string; report: string; hosts: number; longPolicy: boolean }): string {
  const hosts = makeHosts(csp, rng, opts.hosts);
  const start = daysAfter(-2);
  const prefs: [string, string][] = [
    ['TARGET', hosts.map((h) => h.ip).join(',')],
    ['scan_name', opts.report],
    ['plugin_set', '19506;11936;51192;57582;104743;42873;70658;71049;187315;142960;183390;201198'],
    ['port_range', 'default'],
    ['max_hosts', '30'],
    ['max_checks', '5'],
    ['safe_checks', 'yes'],
    ['report_verbosity', '1'],
  ];
  if (opts.longPolicy) for (let i = 0; i < 40; i++) prefs.push([`plugin_pref_${i}`, `value-${rng.int(1000, 9999)}`]);
  const lines: string[] = ['<?xml version="1.0" ?>', '<NessusClientData_v2>', '<Policy>', `<policyName>${esc(opts.policy)}</policyName>`, '<Preferences>', '<ServerPreferences>'];
  for (const [n, v] of prefs) lines.push(`<preference><name>${esc(n)}</name><value>${esc(v)}</value></preference>`);
  lines.push('</ServerPreferences>', '<PluginsPreferences>', '<item><pluginName>SSH settings</pluginName><pluginId>14273</pluginId><fullName>SSH settings[entry]:SSH user name :</fullName><preferenceName>SSH user name :</preferenceName><preferenceType>entry</preferenceType><preferenceValues>svc_nessus</preferenceValues><selectedValue>svc_nessus</selectedValue></item>', '</PluginsPreferences>', '</Preferences>');
  lines.push('<FamilySelection><FamilyItem><FamilyName>General</FamilyName><Status>enabled</Status></FamilyItem><FamilyItem><FamilyName>Misc.</FamilyName><Status>enabled</Status></FamilyItem></FamilySelection>', '</Policy>');
  lines.push(`<Report name="${esc(opts.report)}" xmlns:cm="http://www.nessus.org/cm">`);
  hosts.forEach((h, k) => {
    const t0 = new Date(start.getTime() + k * 97_000);
    lines.push(`<ReportHost name="${h.ip}"><HostProperties>`);
    const tags: [string, string][] = [
      ['HOST_END', nessusTime(new Date(t0.getTime() + 540_000))],
      ['Credentialed_Scan', 'true'],
      ['operating-system', h.os],
      ['mac-address', h.mac],
      ['host-fqdn', h.fqdn],
      ['netbios-name', h.netbios],
      ['host-ip', h.ip],
      ['HOST_START', nessusTime(t0)],
    ];
    for (const [n, v] of tags) lines.push(`<tag name="${n}">${esc(v)}</tag>`);
    lines.push('</HostProperties>');
    for (const v of findingsFor(h, rng)) {
      const sev = NESSUS_SEVERITY[v.severity];
      lines.push(`<ReportItem port="${v.port}" svc_name="${v.svc}" protocol="tcp" severity="${sev}" pluginID="${v.nessus}" pluginName="${esc(v.name)}" pluginFamily="${esc(v.family)}">`);
      lines.push(`<description>${esc(v.synopsis)}</description>`, `<fname>${v.nessus}.nasl</fname>`, `<plugin_modification_date>2025/02/1${rng.int(0, 9)}</plugin_modification_date>`, `<plugin_type>${v.port ? 'remote' : 'local'}</plugin_type>`);
      lines.push(`<risk_factor>${v.severity}</risk_factor>`, `<solution>${esc(v.solution)}</solution>`, `<synopsis>${esc(v.synopsis)}</synopsis>`);
      if (v.cvss3) lines.push(`<cvss3_base_score>${v.cvss3.toFixed(1)}</cvss3_base_score>`);
      for (const c of v.cve) lines.push(`<cve>${c}</cve>`);
      lines.push('</ReportItem>');
    }
    lines.push('</ReportHost>');
  });
  lines.push('</Report>', '</NessusClientData_v2>', '');
  return lines.join('\n');
}

function nessusCsv(csp: Csp, rng: Rng): string {
  const header = ['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output', 'STIG Severity', 'CVSS v3.0 Base Score', 'CVSS v2.0 Temporal Score', 'CVSS v3.0 Temporal Score', 'Risk Factor', 'BID', 'XREF', 'MSKB', 'Plugin Publication Date', 'Plugin Modification Date', 'Metasploit', 'Core Impact', 'CANVAS'];
  const lines = [csvLine(header, true)];
  for (const h of makeHosts(csp, rng, 9)) {
    for (const v of findingsFor(h, rng)) {
      lines.push(csvLine([v.nessus, v.cve[0] ?? '', v.cvss3 ? (v.cvss3 - 1).toFixed(1) : '', v.severity, h.ip, 'tcp', v.port, v.name, v.synopsis, v.synopsis, v.solution, '', '', '', v.cvss3 ? v.cvss3.toFixed(1) : '', '', '', v.severity, '', '', '', '2016/08/24', '2025/02/11', 'false', 'false', 'false'], true));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

function qualysCsv(csp: Csp, rng: Rng): string {
  const when = daysAfter(-3);
  const out = [
    csvLine(['Scan Results', `${when.toISOString().slice(0, 10)}`], true),
    csvLine([csp.name, csp.address], true),
    '',
    csvLine(['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'], true),
    csvLine([`${when.toISOString().slice(0, 10)} 02:00:00`, '11', '11', 'Scheduled', 'Finished', `scan/17419${rng.int(10000, 99999)}.${rng.int(10000, 99999)}`, `${csp.abbr}_GOV_SCANNER_01 (Scanner 13.6.44-1, Vulnerability Signatures 2.6.217-2)`, '00:41:12', `${csp.abbr} Monthly Authenticated Scan`, `${csp.abbr} Production`, `${csp.net}.0.0-${csp.net}.255.255`, '', 'FedRAMP Authenticated Scan'], true),
    '',
    csvLine(['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS Base', 'CVSS Temporal', 'CVSS3.1 Base', 'CVSS3.1 Temporal', 'Threat', 'Impact', 'Solution', 'Exploitability', 'Associated Malware', 'Results', 'PCI Vuln', 'Ticket State', 'Instance', 'Category'], true),
  ];
  const qsev = { None: 1, Low: 2, Medium: 3, High: 4, Critical: 5 } as const;
  for (const h of makeHosts(csp, rng, 11)) {
    for (const v of findingsFor(h, rng)) {
      out.push(csvLine([h.ip, h.fqdn, h.netbios, h.os, 'host scanned, found vuln', v.qid, v.name, v.severity === 'None' ? 'Ig' : 'Vuln', qsev[v.severity], v.port || '', v.port ? 'tcp' : '', '', v.port === 443 ? 'over ssl' : '', v.cve.join(', '), '', '', v.cvss3 ? (v.cvss3 - 1).toFixed(1) : '', '', v.cvss3 ? v.cvss3.toFixed(1) : '', '', v.synopsis, 'Successful exploitation could allow an attacker to compromise confidentiality.', v.solution, '', '', '', 'no', '', '', v.family], true));
    }
  }
  return out.join('\n') + '\n';
}

function greenboneCsv(csp: Csp, rng: Rng): string {
  const header = ['IP', 'Hostname', 'Port', 'Port Protocol', 'CVSS', 'Severity', 'QoD', 'Solution Type', 'NVT Name', 'Summary', 'Specific Result', 'NVT OID', 'CVEs', 'Task ID', 'Task Name', 'Timestamp', 'Result ID', 'Impact', 'Solution', 'Affected Software/OS', 'Vulnerability Insight', 'Vulnerability Detection Method', 'Product Detection Result', 'BIDs', 'CERTs', 'Other References'];
  const lines = [header.join(',')];
  const task = rng.uuid();
  for (const h of makeHosts(csp, rng, 7)) {
    for (const v of findingsFor(h, rng).filter((x) => x.severity !== 'None')) {
      const sev = v.cvss3 >= 7 ? 'High' : v.cvss3 >= 4 ? 'Medium' : 'Low';
      lines.push(csvLine([h.ip, h.fqdn, v.port || '', v.port ? 'tcp' : '', v.cvss3.toFixed(1), sev, rng.pick([70, 80, 97, 98]), rng.pick(['VendorFix', 'Mitigation', 'Workaround']), v.name, v.synopsis, `The remote service is affected (${v.name}).`, v.oid, v.cve.join(','), task, `${csp.abbr} monthly full and fast`, daysAfter(-1).toISOString().replace('.000Z', 'Z'), rng.uuid(), '', v.solution, '', '', 'Details: ' + v.name, '', '', '', '']));
    }
  }
  return lines.join('\n') + '\n';
}

function greenboneXml(csp: Csp, rng: Rng): string {
  const id = rng.uuid();
  const out = [`<report id="${id}" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">`, '<owner><name>admin</name></owner>', `<name>${daysAfter(-1).toISOString()}</name>`, `<report id="${id}">`, '<gmp><version>22.4</version></gmp>', '<scan_run_status>Done</scan_run_status>', `<task id="${rng.uuid()}"><name>${esc(csp.abbr)} ConMon - Infrastructure</name></task>`, '<results start="1" max="100">'];
  for (const h of makeHosts(csp, rng, 5)) {
    for (const v of findingsFor(h, rng).filter((x) => x.severity !== 'None')) {
      out.push(`<result id="${rng.uuid()}"><name>${esc(v.name)}</name><host>${h.ip}<hostname>${h.fqdn}</hostname></host><port>${v.port ? `${v.port}/tcp` : 'general/tcp'}</port>`);
      out.push(`<nvt oid="${v.oid}"><type>nvt</type><name>${esc(v.name)}</name><family>${esc(v.family)}</family><cvss_base>${v.cvss3.toFixed(1)}</cvss_base><solution type="VendorFix">${esc(v.solution)}</solution>${v.cve.map((c) => `<refs><ref type="cve" id="${c}"/></refs>`).join('')}</nvt>`);
      out.push(`<threat>${v.cvss3 >= 7 ? 'High' : v.cvss3 >= 4 ? 'Medium' : 'Low'}</threat><severity>${v.cvss3.toFixed(1)}</severity><qod><value>80</value></qod><description>${esc(v.synopsis)}</description></result>`);
    }
  }
  out.push('</results>', '</report>', '</report>', '');
  return out.join('\n');
}

function nexposeCsv(csp: Csp, rng: Rng): string {
  const header = ['Asset IP Address', 'Asset Names', 'Asset OS Name', 'Asset OS Version', 'Service Port', 'Service Protocol', 'Vulnerability ID', 'Vulnerability Title', 'Vulnerability Severity Level', 'Vulnerability CVSSv3 Score', 'Vulnerability CVE IDs', 'Vulnerability Test Result Code', 'Vulnerability Proof', 'Vulnerability Solution', 'Vulnerability Test Date', 'Exploit Count', 'Malware Kit Count'];
  const lines = [csvLine(header, true)];
  for (const h of makeHosts(csp, rng, 8)) {
    for (const v of findingsFor(h, rng).filter((x) => x.severity !== 'None')) {
      lines.push(csvLine([h.ip, h.fqdn, h.os.split(' ').slice(0, -1).join(' ') || h.os, h.os.split(' ').at(-1) ?? '', v.port || '', v.port ? 'TCP' : '', v.nexpose, v.name, Math.round(v.cvss3), v.cvss3.toFixed(1), v.cve.join(','), rng.pick(['vulnerable-exploited', 'vulnerable-version']), `Vulnerable version of component detected on ${h.fqdn}`, v.solution, daysAfter(-2).toISOString().slice(0, 10), rng.int(0, 2), 0], true));
    }
  }
  return lines.join('\n') + '\n';
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8');

export const scans: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const r = (l: string): Rng => ctx.rng.fork(l);
  if (ctx.set === 'train') {
    return [
      { expected: 'SCAN_RESULTS', format: 'nessus', ext: 'xml', bytes: text(nessusXml(c0, r('n0'), { policy: 'FedRAMP Monthly OS Scan (credentialed)', report: `${c0.abbr} Monthly Infrastructure Scan - March 2025`, hosts: 6, longPolicy: false })), note: `Nessus .nessus (NessusClientData_v2) export for ${c0.cso}, saved as .xml` },
      { expected: 'SCAN_RESULTS', format: 'csv', ext: 'csv', bytes: text(qualysCsv(c1, r('q1'))), note: `Qualys scan report CSV (preamble rows, then IP/DNS/QID/Title/Severity... header) for ${c1.cso}` },
      { expected: 'SCAN_RESULTS', format: 'csv', ext: 'csv', bytes: text(nessusCsv(c2, r('nc2'))), note: `Nessus CSV export ("Plugin ID","CVE","CVSS v2.0 Base Score","Risk","Host",...) for ${c2.cso}`, name: 'inventory.csv', misleading: true },
    ];
  }
  return [
    { expected: 'SCAN_RESULTS', format: 'nessus', ext: '', bytes: text(nessusXml(c1, r('n1'), { policy: 'DB + Web ConMon', report: `${c1.cso} ConMon 2025-03`, hosts: 4, longPolicy: true })), note: `Nessus .nessus export with a long policy section, uploaded without extension (${c1.cso})`, name: 'March_ConMon' },
    { expected: 'SCAN_RESULTS', format: 'csv', ext: 'csv', bytes: text(greenboneCsv(c0, r('g0'))), note: `Greenbone/OpenVAS results CSV (IP,Hostname,Port,...,NVT Name,NVT OID) for ${c0.cso}` },
    { expected: 'SCAN_RESULTS', format: 'csv', ext: 'csv', bytes: text(nexposeCsv(c2, r('x2'))), note: `Rapid7 Nexpose/InsightVM vulnerability CSV ("Asset IP Address",...,"Vulnerability ID") for ${c2.cso}` },
    { expected: 'SCAN_RESULTS', format: 'xml', ext: 'xml', bytes: text(greenboneXml(c0, r('gx0'))), note: `Greenbone GMP XML report (<report><report><results>) for ${c0.cso}` },
  ];
};
