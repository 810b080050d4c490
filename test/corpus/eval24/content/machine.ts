import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { ORG, rng } from '../kit/prose.js';
import type { DocSpec } from '../kit/spec.js';
import { csv } from './sheets.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => v as Json;

/** Re-targets a FedRAMP OSCAL template (test/fixtures/oscal, from GSA's fedramp-automation) at the RRC system. */
async function oscalJson(name: string, root: string, titleText: string, extra?: (d: Json) => void): Promise<string> {
  const doc = JSON.parse(await readFile(fixture(`oscal/${name}`), 'utf8')) as Json;
  const body = obj(doc[root]);
  const meta = obj(body.metadata);
  meta.title = titleText;
  meta['last-modified'] = '2025-03-10T14:00:00Z';
  meta.version = '3.0';
  extra?.(body);
  return JSON.stringify(doc, null, 2).replace(/\[System Name\]|\[Cloud Service Offering\]/g, ORG.cso);
}

async function sspYaml(): Promise<string> {
  const doc = YAML.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as Json;
  const ssp = obj(doc['system-security-plan']);
  const meta = obj(ssp.metadata);
  meta.title = `${ORG.cso} System Security Plan`;
  meta['last-modified'] = '2025-03-10T14:00:00Z';
  const sc = obj(ssp['system-characteristics']);
  sc['system-name'] = ORG.cso;
  sc['system-name-short'] = ORG.csoShort;
  return YAML.stringify(doc, { lineWidth: 0 });
}

async function sarXml(): Promise<string> {
  const x = await readFile(fixture('oscal/AwesomeCloudSAR.xml'), 'utf8');
  return x.replace(/AwesomeCloud/g, 'RidgelineResearchCloud').replace('<title>RidgelineResearchCloud Security Assessment Report</title>', `<title>${ORG.cso} Annual Assessment Results</title>`);
}

// ---- Scanner outputs -------------------------------------------------------------------------------------
const HOSTS = Array.from({ length: 8 }, (_, i) => ({ ip: `10.40.1.${21 + i}`, fqdn: `rrc-hv-${String(11 + i).padStart(3, '0')}.rrc.aru.edu` }));
const PLUGINS: [string, string, string, number, string, string][] = [
  ['201194', 'OpenSSH < 9.8 RCE', 'General', 3, 'CVE-2024-6387', 'Upgrade to OpenSSH version 9.8 or later.'],
  ['187315', 'Rocky Linux 9 : kernel (RLSA-2024:9315)', 'Rocky Linux Local Security Checks', 2, 'CVE-2024-41009', 'Update the affected kernel packages.'],
  ['104743', 'TLS Version 1.0 Protocol Detection', 'Service detection', 2, '', 'Enable support for TLS 1.2 and 1.3, and disable TLS 1.0.'],
  ['57582', 'SSL Self-Signed Certificate', 'General', 2, '', 'Purchase or generate a proper SSL certificate for this service.'],
  ['10114', 'ICMP Timestamp Request Remote Date Disclosure', 'General', 1, 'CVE-1999-0524', 'Filter out the ICMP timestamp requests (13).'],
  ['19506', 'Nessus Scan Information', 'Settings', 0, '', 'n/a'],
];
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const SEV = ['None', 'Low', 'Medium', 'High', 'Critical'];

function nessus(): string {
  const r = rng(71);
  const hosts = HOSTS.map((h) => {
    const items = PLUGINS.filter(() => r() > 0.3).map(([id, name, fam, sev, cve, sol]) =>
      `<ReportItem port="${id === '201194' ? 22 : id === '104743' ? 443 : 0}" svc_name="${id === '201194' ? 'ssh' : 'general'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${name.replace(/</g, '&lt;')}" pluginFamily="${fam}">\n<risk_factor>${SEV[sev]}</risk_factor>\n<solution>${sol}</solution>\n<synopsis>${name.replace(/</g, '&lt;')} was detected on the remote host.</synopsis>${cve ? `\n<cve>${cve}</cve>` : ''}\n<plugin_output>Installed version detected by authenticated check.</plugin_output>\n</ReportItem>`).join('\n');
    return `<ReportHost name="${h.ip}"><HostProperties>\n<tag name="HOST_START">Tue Feb  4 01:12:09 2025</tag>\n<tag name="host-fqdn">${h.fqdn}</tag>\n<tag name="host-ip">${h.ip}</tag>\n<tag name="operating-system">Linux Kernel 5.14 on Rocky Linux 9.5</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_END">Tue Feb  4 01:31:44 2025</tag>\n</HostProperties>\n${items}\n</ReportHost>`;
  }).join('\n');
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>RRC Monthly Authenticated OS Scan</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.1.0/24</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="RRC-ConMon-2025-02-OS" xmlns:cm="http://www.nessus.org/cm">\n${hosts}\n</Report>\n</NessusClientData_v2>\n`;
}

function nessusCsv(): string {
  const r = rng(72);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const h of HOSTS) for (const [id, name, , sev, cve, sol] of PLUGINS) if (r() > 0.35) rows.push([id, cve, sev === 3 ? 8.1 : sev === 2 ? 5.9 : sev === 1 ? 2.1 : '', SEV[sev] ?? 'None', h.ip, 'tcp', id === '201194' ? 22 : 0, name, `${name} was detected.`, `The remote host is affected by ${name}.`, sol, '', 'Authenticated check']);
  return csv(rows);
}

function qualysCsv(): string {
  const r = rng(73);
  const qids: [number, string, number, string][] = [[38909, 'SSH Prefix Truncation Vulnerability (Terrapin)', 3, 'CVE-2023-48795'], [150004, 'Path-Based Vulnerability', 2, ''], [19983, 'MariaDB Server Multiple Vulnerabilities (CPU Jan 2025)', 4, 'CVE-2025-21490'], [38170, 'SSL Certificate - Subject Common Name Does Not Match Server FQDN', 2, ''], [11827, 'HTTP Security Header Not Detected', 2, '']];
  const lines = ['"Scan Results","RRC monthly database and web scan"', '"ARU Office of Research Computing","1 University Plaza","Millbrook","Pennsylvania","16801"', '"Launch Date","02/05/2025 at 03:00:11 (GMT-0500)"', '"Active Hosts","6"', ''];
  const rows: (string | number)[][] = [['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category']];
  for (const h of HOSTS.slice(0, 6)) for (const [q, t, s, c] of qids) if (r() > 0.4) rows.push([h.ip, h.fqdn, '', 'Rocky Linux 9.5', 'host scanned, found vuln', q, t, 'Vuln', s, q === 19983 ? 3306 : 443, 'tcp', '', q === 38170 ? 'over ssl' : '', c, '', `${t}.`, 'Successful exploitation may impact confidentiality.', 'Apply the vendor update.', 'Detected version', 'no', q === 19983 ? 'Database' : 'Web server']);
  return lines.join('\r\n') + '\r\n' + csv(rows);
}

function openvasXml(): string {
  const r = rng(74);
  const results = HOSTS.slice(2, 7).flatMap((h, i) => PLUGINS.slice(1, 5).filter(() => r() > 0.3).map(([, name, , sev, cve], j) =>
    `<result id="5c1e${i}${j}a0-7f2b-4c5d-9e10-${String(100000000000 + i * 10 + j)}"><name>${esc(name)}</name><owner><name>rrc-scanner</name></owner><host>${h.ip}<hostname>${h.fqdn}</hostname></host><port>${j === 1 ? '443/tcp' : 'general/tcp'}</port><nvt oid="1.3.6.1.4.1.25623.1.0.${117274 + j}"><type>nvt</type><name>${esc(name)}</name><family>General</family><cvss_base>${sev === 3 ? '8.1' : sev === 2 ? '5.0' : '2.6'}</cvss_base><refs>${cve ? `<ref type="cve" id="${cve}"/>` : ''}</refs></nvt><threat>${sev === 3 ? 'High' : sev === 2 ? 'Medium' : 'Low'}</threat><severity>${sev === 3 ? '8.1' : sev === 2 ? '5.0' : '2.6'}</severity><qod><value>98</value></qod><description>${esc(name)}</description></result>`)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<report id="b7a3c2e1-0f6d-4a8b-9c3e-2d1f0e9a8b7c" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><owner><name>rrc-scanner</name></owner><name>2025-02-06T02:00:00Z</name><creation_time>2025-02-06T02:00:00Z</creation_time><report id="b7a3c2e1-0f6d-4a8b-9c3e-2d1f0e9a8b7c"><gmp><version>22.4</version></gmp><scan_run_status>Done</scan_run_status><task id="3e9c"><name>RRC management network monthly</name></task><results start="1" max="100">\n${results}\n</results><result_count><full>${results.split('\n').length}</full></result_count></report></report>\n`;
}

function zapJson(): string {
  const r = rng(75);
  const alerts = [['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'CWE-693'], ['10020', 'Missing Anti-clickjacking Header', '2', 'CWE-1021'], ['10096', 'Timestamp Disclosure - Unix', '0', 'CWE-200'], ['90022', 'Application Error Disclosure', '1', 'CWE-200'], ['10054', 'Cookie without SameSite Attribute', '1', 'CWE-1275']]
    .filter(() => r() > 0.15)
    .map(([id, name, risk, cwe]) => ({ pluginid: id, alertRef: id, alert: name, name, riskcode: risk, confidence: '2', riskdesc: `${['Informational', 'Low', 'Medium', 'High'][Number(risk)]} (Medium)`, desc: `<p>${name}.</p>`, instances: [{ uri: 'https://dashboard.rrc.aru.edu/project/', method: 'GET', param: '', attack: '', evidence: '' }], count: '3', solution: '<p>Configure the web server to set the header.</p>', cweid: (cwe ?? '').slice(4), wascid: '15', sourceid: '3' }));
  return JSON.stringify({ '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Thu, 6 Feb 2025 04:12:55', site: [{ '@name': 'https://dashboard.rrc.aru.edu', '@host': 'dashboard.rrc.aru.edu', '@port': '443', '@ssl': 'true', alerts }] }, null, 2);
}

export const machineDocs: DocSpec[] = [
  { file: 'rrc-ssp.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan (FedRAMP template re-targeted at RRC).', build: () => oscalJson('FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan', `${ORG.cso} System Security Plan`, (b) => { const sc = obj(b['system-characteristics']); sc['system-name'] = ORG.cso; }) },
  { file: 'package_part2.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan of RRC.', build: sspYaml },
  { file: 'sap-oscal.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan from the 3PAO.', build: () => oscalJson('FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', `${ORG.cso} Security Assessment Plan (SAP)`) },
  { file: 'results_2025.xml', expected: 'SAR', note: 'OSCAL XML assessment-results (based on GSA AwesomeCloud SAR sample).', build: sarXml },
  { file: 'RRC_POAM_OSCAL.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones.', build: () => oscalJson('FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones', `${ORG.cso} Plan of Action and Milestones`) },
  { file: 'RRC-ConMon-2025-02-OS.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan.', build: () => Promise.resolve(nessus()) },
  { file: 'feb_os_scan.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export (Plugin ID, CVE, Risk, Host ... columns).', build: () => Promise.resolve(nessusCsv()) },
  { file: 'Scan_Report_RRC_DB_Web_20250205.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV with report preamble (database and web).', build: () => Promise.resolve(qualysCsv()) },
  { file: 'report-b7a3c2e1.xml', expected: 'SCAN_RESULTS', note: 'OpenVAS/GVM XML report of the management network scan.', build: () => Promise.resolve(openvasXml()) },
  { file: 'zap-dashboard-feb.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the dashboard.', build: () => Promise.resolve(zapJson()) },
];
