import type { CorpusDoc } from './kit/model.js';
import { pick, seeded } from './kit/rng.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Finding { id: number; name: string; family: string; sev: number; port: number; svc: string; cve?: string; stig?: string; out: string }

const FINDINGS: Finding[] = [
  { id: 183890, name: 'OpenSSL 3.0.0 < 3.0.13 Multiple Vulnerabilities', family: 'Web Servers', sev: 3, port: 443, svc: 'www', cve: 'CVE-2024-0727', out: 'Installed version : 3.0.7\nFixed version : 3.0.13' },
  { id: 104743, name: 'TLS Version 1.0 Protocol Detection', family: 'Service detection', sev: 2, port: 8443, svc: 'www', out: 'TLSv1 is enabled and the server supports at least one cipher.' },
  { id: 197055, name: 'RHEL 8 : kernel (RHSA-2024:3138)', family: 'Red Hat Local Security Checks', sev: 3, port: 0, svc: 'general', cve: 'CVE-2024-1086', out: 'Remote package installed : kernel-4.18.0-513.24.1.el8_9\nShould be : kernel-4.18.0-553.el8_10' },
  { id: 19506, name: 'Nessus Scan Information', family: 'Settings', sev: 0, port: 0, svc: 'general', out: 'Nessus version : 10.7.2\nScan policy used : ACAS Advanced - Credentialed\nCredentialed checks : yes' },
  { id: 21643, name: 'SSL Cipher Suites Supported', family: 'General', sev: 0, port: 443, svc: 'www', out: 'High Strength Ciphers (>= 112-bit key)' },
  { id: 57582, name: 'SSL Self-Signed Certificate', family: 'General', sev: 2, port: 5432, svc: 'postgresql', out: 'The certificate chain ends in an unrecognized self-signed certificate.' },
  { id: 201198, name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', family: 'Databases', sev: 3, port: 5432, svc: 'postgresql', cve: 'CVE-2024-7348', out: 'Installed version : 15.7\nFixed version : 15.8' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function nessus(policy: string, hosts: string[], seed: number, pool: Finding[]): string {
  const rand = seeded(seed);
  const hostXml = hosts.map((h, i) => {
    const ip = `10.42.${(i % 7) + 1}.${20 + i * 3}`;
    const items = pool.filter(() => rand() < 0.75).concat(pool.filter((f) => f.sev === 0).slice(0, 1));
    return `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_START">Tue Mar 10 02:14:0${i % 10} 2026</tag><tag name="host-fqdn">${h}</tag><tag name="host-ip">${ip}</tag><tag name="operating-system">Linux Kernel 4.18.0 on Red Hat Enterprise Linux 8.10</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_END">Tue Mar 10 02:41:3${i % 10} 2026</tag>
</HostProperties>
${items.map((f) => `<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.sev}" pluginID="${f.id}" pluginName="${esc(f.name)}" pluginFamily="${esc(f.family)}">
<risk_factor>${RISK[f.sev]}</risk_factor><synopsis>${esc(f.name)}</synopsis><solution>Upgrade or reconfigure per vendor guidance.</solution>${f.cve ? `<cve>${f.cve}</cve>` : ''}${f.sev >= 2 ? `<stig_severity>${f.sev === 3 ? 'I' : 'II'}</stig_severity><xref>IAVA:2024-A-${String(f.id % 1000).padStart(4, '0')}</xref>` : ''}
<plugin_output>${esc(f.out)}</plugin_output></ReportItem>`).join('\n')}
</ReportHost>`;
  });
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>${esc(policy)}</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.join(',')}</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="${esc(policy)} - March 2026" xmlns:cm="http://www.nessus.org/cm">\n${hostXml.join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

async function nessusOs(): Promise<CorpusDoc> {
  const hosts = Array.from({ length: 12 }, (_, i) => `k8s-wrk-${String(i + 1).padStart(3, '0')}.igs.internal`);
  return { file: 'ACAS_IGS_OS_Mar2026.nessus', expected: 'SCAN_RESULTS', note: 'ACAS (Nessus) credentialed OS scan export in NessusClientData_v2 format.', data: nessus('ACAS Advanced - Credentialed', hosts, 38101, FINDINGS.filter((f) => f.family !== 'Databases')) };
}

async function nessusDb(): Promise<CorpusDoc> {
  const hosts = ['pg-001.igs.internal', 'pg-002.igs.internal', 'pg-003.igs.internal'];
  return { file: 'poam-input.xml', expected: 'SCAN_RESULTS', note: 'Nessus database scan (NessusClientData_v2) saved as .xml with a name suggesting POA&M.', data: nessus('IGS DB Monthly', hosts, 38102, FINDINGS.filter((f) => f.svc === 'postgresql' || f.sev === 0)) };
}

async function acasCsv(): Promise<CorpusDoc> {
  const rand = seeded(38103);
  const head = ['Plugin', 'Plugin Name', 'Family', 'Severity', 'IP Address', 'Protocol', 'Port', 'Exploit?', 'Repository', 'DNS Name', 'NetBIOS Name', 'Synopsis', 'Solution', 'Risk Factor', 'STIG Severity', 'CVSS V3 Base Score', 'CVE', 'Cross References', 'First Discovered', 'Last Observed', 'Plugin Publication Date'];
  const sevName = ['Info', 'Low', 'Medium', 'High', 'Critical'];
  const rows: string[][] = [head];
  for (let i = 0; i < 45; i++) {
    const f = pick(rand, FINDINGS);
    const ip = `10.42.${Math.floor(rand() * 6) + 1}.${Math.floor(rand() * 200) + 20}`;
    rows.push([String(f.id), f.name, f.family, sevName[f.sev] ?? 'Info', ip, 'TCP', String(f.port), f.sev >= 3 ? 'Yes' : 'No', 'IGS-FedRAMP-Repo', `host-${ip.split('.').slice(2).join('-')}.igs.internal`, '', f.name, 'Apply the vendor update.', RISK[f.sev] ?? 'None', f.sev >= 3 ? 'I' : f.sev === 2 ? 'II' : '', f.sev >= 3 ? '7.8' : f.sev === 2 ? '5.3' : '', f.cve ?? '', f.sev >= 2 ? 'IAVA #2024-A-0123' : '', 'Feb 3, 2026 04:12:55 EST', 'Mar 10, 2026 02:31:10 EDT', 'Jan 25, 2024 00:00:00 EST']);
  }
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return { file: 'inventory_export.csv', expected: 'SCAN_RESULTS', note: 'ACAS/Tenable.sc vulnerability detail CSV export (Plugin, Severity, IP Address, CVE); the name misleadingly says inventory.', data: rows.map((r) => r.map(q).join(',')).join('\n') };
}

async function zap(): Promise<CorpusDoc> {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'https://console.govstack.ironbridgefed.us/login'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'https://status.ironbridgefed.us/'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'https://console.govstack.ironbridgefed.us/search?q='],
    ['10021', 'X-Content-Type-Options Header Missing', '1', 'https://console.govstack.ironbridgefed.us/static/app.js'],
  ];
  const riskdesc = ['Informational', 'Low', 'Medium', 'High'];
  const items = alerts.map(([id, name, risk, uri]) => `<alertitem><pluginid>${id}</pluginid><alertRef>${id}</alertRef><alert>${esc(name as string)}</alert><name>${esc(name as string)}</name><riskcode>${risk}</riskcode><confidence>2</confidence><riskdesc>${riskdesc[Number(risk)]} (Medium)</riskdesc><desc>&lt;p&gt;${esc(name as string)} detected.&lt;/p&gt;</desc><instances><instance><uri>${esc(uri as string)}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance></instances><count>1</count><solution>&lt;p&gt;Configure the web server to return the header.&lt;/p&gt;</solution><cweid>693</cweid><wascid>15</wascid><sourceid>3</sourceid></alertitem>`).join('\n');
  const data = `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Wed, 11 Mar 2026 03:10:44">\n<site name="https://console.govstack.ironbridgefed.us" host="console.govstack.ironbridgefed.us" port="443" ssl="true"><alerts>\n${items}\n</alerts></site>\n</OWASPZAPReport>\n`;
  return { file: 'doc-0390.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP web application scan report (OWASPZAPReport XML) for the console.', data };
}

export const scanDocs: (() => Promise<CorpusDoc>)[] = [nessusOs, nessusDb, acasCsv, zap];
