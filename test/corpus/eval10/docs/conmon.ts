import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { makePdf } from '../kit/pdf.js';
import { FINDINGS } from '../kit/findings.js';
import type { Finding } from '../kit/findings.js';
import { sharedFixture } from '../kit/paths.js';
import { usDate } from '../kit/prose.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { dataRows, finishXlsx, headerRow, mergedTitle, newWorkbook, widths } from '../kit/xlsx.js';
import type { Row } from '../kit/xlsx.js';
import { BLUEFIN, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';
import type { Csp } from '../kit/world.js';

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier',
  'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones',
  'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating',
  'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
  'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dueDays(f: Finding): number {
  return f.risk === 'High' ? 30 : f.risk === 'Moderate' ? 90 : 180;
}

interface PoamItem {
  id: string;
  f: Finding;
  asset: string;
  detected: string;
  due: string;
  status: string;
  poc: string;
}

function poamItems(c: Csp, rng: Rng, n: number, prefix: string, statusDate: string): PoamItem[] {
  const items: PoamItem[] = [];
  const list = [...rng.shuffle(FINDINGS), ...rng.shuffle(FINDINGS)].slice(0, n);
  list.forEach((f, i) => {
    const detected = addDays('2025-01-06', rng.int(0, 150));
    items.push({
      id: `${prefix}-${String(i + 1 + rng.int(0, 3) * 10).padStart(4, '0')}`,
      f,
      asset: f.asset === 'process' ? `${c.short} boundary (procedural)` : `${c.short.toLowerCase()}-${f.asset === 'db' ? 'db' : f.asset === 'web' ? 'web' : 'app'}-${String(rng.int(1, 24)).padStart(2, '0')} (${c.subnet}.${rng.int(1, 9)}.${rng.int(10, 200)})`,
      detected,
      due: addDays(detected, dueDays(f)),
      status: statusDate,
      poc: rng.pick([c.isso, c.engineer, c.owner]),
    });
  });
  return items;
}

function poamRow(it: PoamItem, c: Csp): Row {
  const f = it.f;
  return [
    it.id, f.controls, f.name, f.description, f.source === 'Scan' ? c.scanner : f.source === 'Pen Test' ? `${c.threePao} penetration test` : `${c.threePao} assessment`,
    f.plugin ? String(f.plugin) : f.source === 'Scan' ? '-' : `SAR ${f.source === 'Pen Test' ? 'PT' : 'T'}-${it.id.slice(-3)}`, it.asset, it.poc, 'Internal engineering hours', f.remediation,
    usDate(it.detected), usDate(it.due), `1) Validate fix in staging by ${usDate(addDays(it.detected, Math.floor(dueDays(it.f) / 2)))}; 2) Deploy to production by ${usDate(it.due)}`, '',
    usDate(it.status), 'No', '', '', f.risk, f.risk, 'No', 'No', 'No', '', '', '', 'No', f.cve && f.cve === 'CVE-2024-1086' ? 'Yes' : 'No',
    f.cve === 'CVE-2024-1086' ? usDate(addDays(it.detected, 21)) : '', f.cve ?? '', c.cso,
  ];
}

export async function kestrelPoamXlsx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-poam');
  const wb = newWorkbook();
  const open = poamItems(c, rng, 14, 'KGA', '2025-06-30');
  const closed = poamItems(c, rng, 6, 'KGA-C', '2025-06-30');
  for (const [name, items] of [['Open POA&M Items', open], ['Closed POA&M Items', closed], ['Configuration Findings', open.filter((x) => x.f.name.startsWith('Baseline'))]] as const) {
    const ws = wb.addWorksheet(name);
    mergedTitle(ws, 'A1:E1', 'FedRAMP® Plan of Action and Milestones (POA&M)', 14);
    headerRow(ws, 2, ['CSP', 'System Name', 'Impact Level', 'POAM Date']);
    dataRows(ws, 3, [[c.csp, c.cso, c.level, '06/30/2025']]);
    headerRow(ws, 5, POAM_HEADERS);
    dataRows(ws, 6, items.map((it) => poamRow(it, c)));
    widths(ws, [12, 12, 30, 50, 20, 14, 30, 18, 18, 40, 14, 14, 40, 14, 12, 10, 12, 14, 10, 10, 10, 10, 10, 14, 14, 20, 10, 12, 12, 16, 20]);
    ws.views = [{ state: 'frozen', ySplit: 5 }];
  }
  const rc = wb.addWorksheet('Record of Changes');
  headerRow(rc, 2, ['Date', 'Description', 'Version', 'Author'], 'FFD9E1F2', 2);
  dataRows(rc, 3, [['05/30/2025', 'May ConMon submission', '2025.05', c.isso], ['06/30/2025', 'June ConMon submission; closed 3 items, added 4 scan findings', '2025.06', c.isso]], 2);
  const data = await finishXlsx(wb, { title: 'FedRAMP POA&M Template', creator: 'FedRAMP', lastModifiedBy: c.isso, created: '2023-08-30T12:00:00Z', modified: '2025-06-30T18:20:00Z' });
  return { file: 'Kestrel_POAM_2025-06.xlsx', expected: 'POAM', note: 'Kestrel June ConMon POA&M on the FedRAMP v2.1 template layout (Open/Closed/Configuration Findings sheets, header row 5 starting with POAM ID).', data };
}

export async function quillonPoamXlsxDrift(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-poam');
  const wb = newWorkbook();
  const headers = [
    'POA&M Item ID', 'Security Control(s)', 'Weakness / Finding Name', 'Weakness Description', 'Detector Source', 'Source Identifier (Plugin ID / SAR Ref)', 'Affected Asset(s)',
    'POC', 'Resources Required', 'Remediation Plan', 'Date Identified', 'Scheduled Completion Date', 'Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
    'Last Vendor Check-in', 'Vendor Product', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'DR Reference',
    'Supporting Documents', 'Comments', 'CVE',
  ];
  for (const [name, items] of [['Open Items', poamItems(c, rng, 18, 'QFG-V', '2025-06-27')], ['Closed Items', poamItems(c, rng, 9, 'QFG-V', '2025-06-27')]] as const) {
    const ws = wb.addWorksheet(name);
    mergedTitle(ws, 'A1:AA1', `${c.cso.toUpperCase()} (${c.short}) — PLAN OF ACTION & MILESTONES — JUNE 2025 MONTHLY CONTINUOUS MONITORING SUBMISSION`, 18, 'FF1F3864');
    ws.getCell('A1').font = { bold: true, size: 18, color: { argb: 'FFFFFFFF' } };
    ws.getRow(1).height = 42;
    dataRows(ws, 3, [['Cloud Service Provider:', c.csp, null, 'Impact Level:', 'High'], ['System:', `${c.cso} (IaaS)`, null, 'Submission Date:', '06/27/2025'], ['Prepared by:', `${c.isso}, ISSO`, null, 'Agency:', c.agency]]);
    headerRow(ws, 7, headers, 'FFBDD7EE');
    dataRows(ws, 8, items.map((it) => {
      const r = poamRow(it, c);
      return [...r.slice(0, 26), r[29] ?? ''];
    }));
    widths(ws, [13, 12, 32, 50, 18, 16, 34, 16, 18, 40]);
  }
  const notes = wb.addWorksheet('Notes');
  dataRows(notes, 1, [['Deviation requests referenced in column X are submitted separately using the FedRAMP Deviation Request Form.'], ['Scan sources: Nessus authenticated OS scans, Tenable.sc database audits, Burp Suite web scans.']]);
  const data = await finishXlsx(wb, { creator: 'rachebe', lastModifiedBy: 'Hana Yoshida', created: '2024-07-01T12:00:00Z', modified: '2025-06-27T16:02:00Z' });
  return { file: 'Book1.xlsx', expected: 'POAM', note: "Quillon monthly POA&M that drifted from the template: one big merged title cell, info block, renamed headers on row 7 ('POA&M Item ID'...), sheets 'Open Items'/'Closed Items'.", data };
}

export async function bluefinPoamPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-poam');
  const items = poamItems(c, rng, 22, 'BRV', '2025-05-31');
  const rows = [
    ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Asset Identifier', 'Original Detection Date', 'Scheduled Completion Date', 'Status Date', 'Original Risk Rating', 'CVE'],
    ...items.map((it) => {
      const r = poamRow(it, c).map((v) => String(v ?? ''));
      return [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '', r[6] ?? '', r[10] ?? '', r[11] ?? '', r[14] ?? '', r[18] ?? '', r[29] ?? ''];
    }),
  ];
  const data = await makePdf({
    page: 'legal-landscape',
    size: 8,
    meta: { author: 'Harold Nguyen', creator: 'Microsoft® Excel® for Microsoft 365', producer: 'Microsoft® Excel® for Microsoft 365', created: new Date('2025-06-02T14:11:00Z'), modified: new Date('2025-06-02T14:11:00Z') },
    header: () => 'Open POA&M Items',
    footer: (n, t) => `BRV_POAM_2025-05.xlsx                Page ${n} of ${t}`,
    blocks: [
      { t: 'p', text: 'FedRAMP Plan of Action and Milestones (POA&M)', bold: true, size: 12 },
      { t: 'table', header: true, widths: [22, 28, 14, 14], rows: [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [c.csp, c.cso, 'High', '05/31/2025']] },
      { t: 'table', header: true, size: 6.5, widths: [6, 6, 12, 26, 9, 13, 7, 7, 6, 5, 8], rows },
    ],
  });
  return { file: 'scan.pdf', expected: 'POAM', note: "Bluefin May POA&M printed from Excel to PDF (landscape, sheet name 'Open POA&M Items' in the page header, POAM ID columns); the file name wrongly says scan.", data };
}

export async function northwindPoamYaml(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const raw = readFileSync(sharedFixture('gsa-fedramp-automation/templates/FedRAMP-POAM-OSCAL-Template.json'), 'utf8');
  const filled = raw.split('[EXAMPLE]').join('').split('[Example]').join('').split('[SAMPLE]').join('').split('[System Name]').join(c.cso);
  const doc = JSON.parse(filled) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  doc['plan-of-action-and-milestones'].metadata.title = `${c.cso} FedRAMP Plan of Action and Milestones (POA&M)`;
  doc['plan-of-action-and-milestones'].metadata['last-modified'] = '2025-06-30T20:00:00Z';
  const data = `---\n${YAML.stringify(doc, { lineWidth: 0 })}`;
  return { file: 'harbor-poam.yaml', expected: 'POAM', note: 'Northwind OSCAL plan-of-action-and-milestones serialized as YAML (converted from the FedRAMP POA&M OSCAL template, filled).', data };
}

function csvCell(v: unknown): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(rows: unknown[][], eol = '\r\n'): string {
  return rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
}

export async function kestrelPoamCsv(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-poam-csv');
  const items = poamItems(c, rng, 16, 'KGA', '2025-05-31');
  const data = toCsv([POAM_HEADERS, ...items.map((it) => poamRow(it, c))]);
  return { file: 'poam_export_20250531.csv', expected: 'POAM', note: 'Kestrel POA&M exported as CSV from their GRC tool: header row is the FedRAMP POA&M column set starting with POAM ID.', data };
}

/* ---------------- scans ---------------- */

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function quillonNessus(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-nessus');
  const hosts = Array.from({ length: 7 }, (_, i) => ({ ip: `${c.subnet}.${4 + (i % 3)}.${20 + i * 7}`, name: `qfg-hv-${String(i + 1).padStart(2, '0')}.mgmt.${c.domain}`, os: i % 3 === 2 ? 'Microsoft Windows Server 2022 Datacenter' : 'Red Hat Enterprise Linux 9.4' }));
  const scanFindings = FINDINGS.filter((f) => f.plugin !== undefined);
  const parts: string[] = [];
  parts.push('<?xml version="1.0" ?>');
  parts.push('<NessusClientData_v2>');
  parts.push('<Policy><policyName>QFG Monthly Authenticated OS Scan</policyName><Preferences><ServerPreferences>');
  for (const [k, v] of [['max_hosts', '30'], ['max_checks', '5'], ['port_range', 'default'], ['safe_checks', 'yes'], ['TARGET', hosts.map((h) => h.ip).join(',')]]) parts.push(`<preference><name>${k}</name><value>${esc(v ?? '')}</value></preference>`);
  parts.push('</ServerPreferences></Preferences></Policy>');
  parts.push(`<Report name="QFG OS Scan - June 2025" xmlns:cm="http://www.nessus.org/cm">`);
  const base = Date.UTC(2025, 5, 9, 2, 0, 0);
  hosts.forEach((h, i) => {
    const d = new Date(base + i * 420000);
    const stamp = (t: Date): string => `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getUTCDay()]} Jun ${String(t.getUTCDate()).padStart(2, ' ')} ${t.toISOString().slice(11, 19)} 2025`;
    const start = stamp(d);
    const end = stamp(new Date(d.getTime() + 366000));
    parts.push(`<ReportHost name="${h.ip}"><HostProperties>`);
    parts.push(`<tag name="HOST_END">${esc(end)}</tag><tag name="operating-system">${esc(h.os)}</tag><tag name="host-ip">${h.ip}</tag><tag name="host-fqdn">${h.name}</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_START">${esc(start)}</tag>`);
    parts.push('</HostProperties>');
    parts.push(`<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>This plugin displays, for each tested host, information about the scan itself.</description><plugin_output>Information about this scan : \n\nNessus version : 10.8.3\nPlugin feed version : 202506081530\nScanner IP : ${c.subnet}.1.5\nCredentialed checks : yes\nScan Start Date : 2025/6/9 2:00 UTC</plugin_output><risk_factor>None</risk_factor><solution>n/a</solution><synopsis>This plugin displays information about the Nessus scan.</synopsis></ReportItem>`);
    parts.push(`<ReportItem port="22" svc_name="ssh" protocol="tcp" severity="0" pluginID="10267" pluginName="SSH Server Type and Version Information" pluginFamily="Service detection"><description>It is possible to obtain information about the remote SSH server by sending an empty authentication request.</description><plugin_output>SSH version : SSH-2.0-OpenSSH_8.7</plugin_output><risk_factor>None</risk_factor><solution>n/a</solution><synopsis>An SSH server is listening on this port.</synopsis></ReportItem>`);
    for (const f of rng.sample(scanFindings, rng.int(1, 3))) {
      const sev = f.risk === 'High' ? 3 : f.risk === 'Moderate' ? 2 : 1;
      parts.push(
        `<ReportItem port="${f.asset === 'web' ? 443 : 0}" svc_name="${f.asset === 'web' ? 'www' : 'general'}" protocol="tcp" severity="${sev}" pluginID="${f.plugin}" pluginName="${esc(f.name)}" pluginFamily="${f.asset === 'web' ? 'Web Servers' : 'Red Hat Local Security Checks'}">` +
          `<agent>unix</agent><description>${esc(f.description)}</description><fname>${f.plugin}.nasl</fname><plugin_modification_date>2025/05/14</plugin_modification_date><plugin_publication_date>2024/03/21</plugin_publication_date><plugin_type>local</plugin_type>` +
          `<risk_factor>${f.risk === 'Moderate' ? 'Medium' : f.risk}</risk_factor><solution>${esc(f.remediation)}</solution><synopsis>The remote host is missing one or more security updates.</synopsis>` +
          (f.cve ? `<cve>${f.cve}</cve><cvss3_base_score>${sev === 3 ? '7.8' : '5.3'}</cvss3_base_score>` : '') +
          `<plugin_output>Remote package installed : ${f.asset === 'db' ? 'postgresql-13.11' : 'openssl-3.0.7-25.el9_3'}\nShould be : ${f.asset === 'db' ? 'postgresql-13.13' : 'openssl-3.0.7-27.el9'}</plugin_output></ReportItem>`,
      );
    }
    parts.push('</ReportHost>');
  });
  parts.push('</Report>');
  parts.push('</NessusClientData_v2>');
  return { file: 'QFG_OS_Scan_Jun2025.nessus', expected: 'SCAN_RESULTS', note: 'Quillon monthly authenticated OS vulnerability scan in native Nessus v2 XML (NessusClientData_v2).', data: parts.join('\n') };
}

export async function kestrelTenableCsv(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-sc');
  const header = ['Plugin', 'Plugin Name', 'Family', 'Severity', 'IP Address', 'Protocol', 'Port', 'Exploit?', 'Repository', 'DNS Name', 'NetBIOS Name', 'Plugin Text', 'Synopsis', 'Description', 'Solution', 'See Also', 'Risk Factor', 'CVSS V3 Base Score', 'First Discovered', 'Last Observed', 'CVE'];
  const rows: unknown[][] = [header];
  const scanFindings = FINDINGS.filter((f) => f.plugin !== undefined);
  for (let i = 0; i < 40; i++) {
    const f = rng.pick(scanFindings);
    const ip = `${c.subnet}.${rng.int(1, 6)}.${rng.int(10, 250)}`;
    const sev = f.risk === 'High' ? 'High' : f.risk === 'Moderate' ? 'Medium' : 'Low';
    rows.push([f.plugin, f.name, f.asset === 'web' ? 'Web Servers' : f.asset === 'db' ? 'Databases' : 'Amazon Linux Local Security Checks', sev, ip, 'TCP', f.asset === 'web' ? 443 : f.asset === 'db' ? 5432 : 0, rng.pick(['Yes', 'No']), 'KGA-Prod', `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`, '', `Plugin Output: Installed package version does not meet the fixed version`, 'The remote host is affected by a vulnerability.', f.description, f.remediation, 'https://www.tenable.com/plugins/nessus/' + f.plugin, sev, sev === 'High' ? '7.5' : sev === 'Medium' ? '5.9' : '3.7', 'May 5, 2025 03:12:44 UTC', 'Jun 2, 2025 03:09:18 UTC', f.cve ?? '']);
  }
  return { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'Kestrel vulnerability detail list exported as CSV from Tenable Security Center (Plugin, Severity, IP Address, Plugin Text... columns).', data: toCsv(rows, '\n') };
}

export async function northwindZapXml(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const alerts: [number, string, number, number, string, string, number, string][] = [
    [10035, 'Strict-Transport-Security Header Not Set', 1, 3, 'HTTP Strict Transport Security (HSTS) is a web security policy mechanism whereby a web server declares that complying user agents are to interact with it using only secure HTTPS connections.', 'Ensure that your web server, application server, load balancer, etc. is configured to enforce Strict-Transport-Security.', 319, '/login'],
    [10038, 'Content Security Policy (CSP) Header Not Set', 2, 3, 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks, including Cross Site Scripting (XSS) and data injection attacks.', 'Ensure that your web server, application server, load balancer, etc. is configured to set the Content-Security-Policy header.', 693, '/cases'],
    [10202, 'Absence of Anti-CSRF Tokens', 2, 2, 'No Anti-CSRF tokens were found in a HTML submission form.', 'Use a vetted library or framework that does not allow this weakness to occur or provides constructs that make this weakness easier to avoid.', 352, '/cases/new'],
    [10054, 'Cookie without SameSite Attribute', 1, 2, 'A cookie has been set without the SameSite attribute, which means that the cookie can be sent as a result of a cross-site request.', "Ensure that the SameSite attribute is set to either 'lax' or ideally 'strict' for all cookies.", 1275, '/'],
    [10096, 'Timestamp Disclosure - Unix', 0, 1, 'A timestamp was disclosed by the application/web server.', 'Manually confirm that the timestamp data is not sensitive.', 200, '/static/app.js'],
  ];
  const site = `https://app.gov.${c.domain}`;
  const items = alerts
    .map(
      ([id, name, risk, conf, desc, sol, cwe, path]) =>
        `\t\t\t<alertitem>\n\t\t\t\t<pluginid>${id}</pluginid>\n\t\t\t\t<alertRef>${id}</alertRef>\n\t\t\t\t<alert>${esc(name)}</alert>\n\t\t\t\t<name>${esc(name)}</name>\n\t\t\t\t<riskcode>${risk}</riskcode>\n\t\t\t\t<confidence>${conf}</confidence>\n\t\t\t\t<riskdesc>${['Informational', 'Low', 'Medium', 'High'][risk]} (${['False Positive', 'Low', 'Medium', 'High'][conf]})</riskdesc>\n\t\t\t\t<desc>&lt;p&gt;${esc(desc)}&lt;/p&gt;</desc>\n\t\t\t\t<instances>\n\t\t\t\t\t<instance>\n\t\t\t\t\t\t<uri>${site}${path}</uri>\n\t\t\t\t\t\t<method>GET</method>\n\t\t\t\t\t\t<param></param>\n\t\t\t\t\t\t<attack></attack>\n\t\t\t\t\t\t<evidence></evidence>\n\t\t\t\t\t\t<otherinfo></otherinfo>\n\t\t\t\t\t</instance>\n\t\t\t\t</instances>\n\t\t\t\t<count>1</count>\n\t\t\t\t<solution>&lt;p&gt;${esc(sol)}&lt;/p&gt;</solution>\n\t\t\t\t<otherinfo></otherinfo>\n\t\t\t\t<reference>&lt;p&gt;https://owasp.org/www-project-secure-headers/&lt;/p&gt;</reference>\n\t\t\t\t<cweid>${cwe}</cweid>\n\t\t\t\t<wascid>15</wascid>\n\t\t\t\t<sourceid>${id % 97}</sourceid>\n\t\t\t</alertitem>`,
    )
    .join('\n');
  const data = `<?xml version="1.0"?>\n<OWASPZAPReport programName="ZAP" version="2.16.0" generated="Mon, 16 Jun 2025 04:10:33">\n\t<site name="${site}" host="app.gov.${c.domain}" port="443" ssl="true">\n\t\t<alerts>\n${items}\n\t\t</alerts>\n\t</site>\n</OWASPZAPReport>\n`;
  return { file: 'report (1).xml', expected: 'SCAN_RESULTS', note: 'Northwind monthly web application scan exported from OWASP ZAP as XML (OWASPZAPReport with alert items).', data };
}

export async function kestrelTrivyJson(): Promise<CorpusDoc> {
  const c = KESTREL;
  const vuln = (id: string, pkg: string, inst: string, fixed: string, sev: string, title: string) => ({
    VulnerabilityID: id,
    PkgID: `${pkg}@${inst}`,
    PkgName: pkg,
    InstalledVersion: inst,
    FixedVersion: fixed,
    Status: 'fixed',
    Layer: { DiffID: 'sha256:4f1e1c3b2d0a97e6b8a8f3b0c3f9f5d2e7f1b6a4c8d9e0f1a2b3c4d5e6f7a8b9' },
    SeveritySource: 'amazon',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    Title: title,
    Severity: sev,
    PublishedDate: '2024-01-31T14:15:00Z',
    LastModifiedDate: '2025-02-10T21:15:00Z',
  });
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-06-27T03:14:07.551934812Z',
    ArtifactName: `123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/kga/api:1.14.2`,
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'amazon', Name: '2023.4.20240611' }, ImageID: 'sha256:9b2f0e0a1c7d4e6f8a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f7', RepoTags: ['kga/api:1.14.2'] },
    Results: [
      {
        Target: `kga/api:1.14.2 (amazon 2023.4.20240611)`,
        Class: 'os-pkgs',
        Type: 'amazon',
        Vulnerabilities: [
          vuln('CVE-2023-5678', 'openssl-libs', '1:3.0.8-1.amzn2023.0.11', '1:3.0.8-1.amzn2023.0.12', 'MEDIUM', 'openssl: Generating excessively long X9.42 DH keys or checking excessively long X9.42 DH keys or parameters may be very slow'),
          vuln('CVE-2024-2961', 'glibc', '2.34-52.amzn2023.0.8', '2.34-52.amzn2023.0.10', 'HIGH', 'glibc: Out of bounds write in iconv may lead to remote code execution'),
          vuln('CVE-2023-52425', 'expat', '2.5.0-1.amzn2023.0.3', '2.5.0-1.amzn2023.0.4', 'HIGH', 'expat: parsing large tokens can trigger a denial of service'),
        ],
      },
      {
        Target: 'app/package-lock.json',
        Class: 'lang-pkgs',
        Type: 'npm',
        Vulnerabilities: [
          vuln('CVE-2024-29041', 'express', '4.18.2', '4.19.2, 5.0.0-beta.3', 'MEDIUM', 'express: cause malformed URLs to be evaluated'),
          vuln('CVE-2024-37890', 'ws', '8.13.0', '8.17.1, 7.5.10', 'HIGH', 'nodejs-ws: denial of service when handling a request with many HTTP headers'),
        ],
      },
    ],
  };
  void c;
  return { file: 'img-scan.json', expected: 'SCAN_RESULTS', note: 'Kestrel container image vulnerability scan (Trivy JSON report, os-pkgs and npm results) submitted with the monthly scans.', data: `${JSON.stringify(doc, null, 2)}\n` };
}

/* ---------------- inventory ---------------- */

export const IIW_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name',
  'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level',
  'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

function inventoryRows(c: Csp, rng: Rng, n: number, location: string): Row[] {
  const kinds = [
    ['Linux server', 'Red Hat Enterprise Linux 9.4', 'RHEL9 CIS L2 v1.0 hardened', 'Application server', '', ''],
    ['Linux server', 'Ubuntu 22.04.4 LTS', 'Ubuntu 22.04 STIG V1R1', 'Bastion host', '', ''],
    ['Database', '', '', 'Relational database', 'PostgreSQL Global Development Group', 'PostgreSQL 13.13'],
    ['Load balancer', '', 'ELB FIPS policy', 'Public load balancer', '', ''],
    ['Windows server', 'Windows Server 2022 Datacenter 21H2', 'WS2022 STIG V2R1', 'Privileged access jump host', '', ''],
    ['Software', '', '', 'Web application', c.csp, `${c.cso} 4.7.2`],
    ['Network device', 'Palo Alto PAN-OS 11.1.2', 'PAN-OS STIG', 'Firewall', '', ''],
  ];
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const [type, os, baseline, fn, vendor, sw] = rng.pick(kinds) as string[];
    const ip = `${c.subnet}.${rng.int(1, 9)}.${rng.int(10, 250)}`;
    const isSw = type === 'Software' || type === 'Database';
    rows.push([
      `${c.short}-${String(i + 1).padStart(4, '0')}`, ip, 'Yes', fn === 'Public load balancer' ? 'Yes' : 'No', `${c.short.toLowerCase()}-${(fn ?? 'node').split(' ')[0]?.toLowerCase()}-${String(i + 1).padStart(2, '0')}.${c.domain}`, '',
      `0a:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`, isSw ? '' : 'Yes', isSw ? '' : baseline ?? '', isSw ? '' : os ?? '', isSw ? '' : location, isSw ? '' : type ?? '',
      isSw ? '' : rng.pick(['Virtual machine', 'Cloud-managed instance', 'VM-Series']), isSw ? '' : 'Yes', isSw ? vendor ?? '' : '', isSw ? sw ?? '' : '', isSw ? rng.pick(['Latest minor', 'May 2025 patch']) : '', fn ?? '', '', '',
      `VLAN ${rng.int(100, 140)}`, rng.pick([c.engineer, c.isso]), isSw ? c.engineer : '',
    ]);
  }
  return rows;
}

export async function bluefinInventoryXlsx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-inv');
  const wb = newWorkbook();
  const ins = wb.addWorksheet('INSTRUCTIONS');
  mergedTitle(ins, 'B1:G1', 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook', 16);
  dataRows(ins, 3, [
    ['Overview:'],
    ['When completed, FedRAMP will accept this inventory workbook as the inventory information required by the following: System Security Plan, Security Assessment Plan, Security Assessment Report, Information System Contingency Plan, Monthly Continuous Monitoring.'],
    ['Instructions: Complete one row per asset. Do not delete columns. Use the Comments column for any additional information useful to reviewers.'],
  ]);
  const ws = wb.addWorksheet('Inventory');
  const groups = ['All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', ...Array(9).fill('OS/Infrastructure Inventory'), ...Array(4).fill('Software and Database Inventories'), ...Array(5).fill('Any Inventory')] as string[];
  headerRow(ws, 1, groups, 'FF8EA9DB');
  headerRow(ws, 2, IIW_HEADERS);
  dataRows(ws, 3, inventoryRows(c, rng, 60, 'Azure US Gov Virginia'));
  widths(ws, [16, 15, 8, 8, 36, 12, 18, 10, 22, 28, 20, 16, 18, 10, 20, 24, 14, 26, 20, 14, 10, 18, 18]);
  const rc = wb.addWorksheet('Record of Changes');
  headerRow(rc, 3, ['Date', 'Description', 'Version', 'Author']);
  dataRows(rc, 4, [['02/28/2025', 'Monthly update for February ConMon', '2025-02', c.isso], ['03/31/2025', 'Monthly update; added Texas DR nodes', '2025-03', c.isso]]);
  const data = await finishXlsx(wb, { title: 'BRV Attachment 13 Inventory', creator: 'Ma, Don', lastModifiedBy: c.isso, created: '2016-05-18T12:00:00Z', modified: '2025-03-31T15:00:00Z' });
  return { file: 'BRV Attachment 13 Inventory.xlsx', expected: 'INVENTORY', note: 'Bluefin Rev4 "SSP Attachment 13 - FedRAMP Integrated Inventory Workbook": instructions sheet plus Inventory sheet with the 23 standard columns and 60 assets.', data };
}

export async function quillonInventoryXlsx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-inv');
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Appendix M Inventory');
  mergedTitle(ws, 'A1:X1', `${c.cso} — SSP Appendix M: Integrated Inventory Workbook (IIW) — as of 06/27/2025`, 16, 'FFDDEBF7');
  ws.getRow(1).height = 36;
  headerRow(ws, 3, [...IIW_HEADERS, 'Diagram Label']);
  const rows = inventoryRows(c, rng, 85, 'Ashburn DC1, Hall B').map((r, i) => [...r, `ABD-${String.fromCharCode(65 + (i % 6))}${(i % 9) + 1}`]);
  dataRows(ws, 4, rows);
  ws.autoFilter = 'A3:X3';
  widths(ws, [14, 15, 8, 8, 34, 12, 18, 10, 22, 28, 18, 16, 18, 10, 20, 24, 14, 24, 18, 14, 10, 18, 18, 12]);
  const data = await finishXlsx(wb, { title: 'inventory_FINAL', creator: 'Hana Yoshida', lastModifiedBy: 'Raymond Achebe', created: '2024-02-12T12:00:00Z', modified: '2025-06-27T13:40:00Z' });
  return { file: 'Copy of Copy of inventory_FINAL.xlsx', expected: 'INVENTORY', note: 'Quillon Rev5 Appendix M integrated inventory: a single merged title cell, header row 3 with the IIW columns plus Diagram Label, 85 assets.', data };
}

export async function kestrelInventoryPdf(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-inv');
  const rows = inventoryRows(c, rng, 55, 'AWS us-gov-west-1');
  const cols = [0, 1, 2, 3, 4, 7, 9, 11, 14, 15, 17, 21];
  const table = [cols.map((i) => (IIW_HEADERS[i] ?? '').replace('\n', ' ')), ...rows.map((r) => cols.map((i) => String(r[i] ?? '')))];
  const data = await makePdf({
    page: 'legal-landscape',
    size: 8,
    meta: { title: 'KGA_IIW_2025-05', creator: 'Microsoft® Excel® for Microsoft 365', producer: 'Microsoft® Excel® for Microsoft 365', created: new Date('2025-05-30T19:00:00Z'), modified: new Date('2025-05-30T19:00:00Z') },
    header: () => 'Inventory',
    footer: (n, t) => `Page ${n} of ${t}`,
    blocks: [{ t: 'table', rows: table, size: 6.5, widths: [7, 8, 4, 4, 17, 5, 11, 7, 9, 9, 10, 9] }],
  });
  return { file: 'doc-1177.pdf', expected: 'INVENTORY', note: 'Kestrel integrated inventory workbook printed from Excel to PDF (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address... columns), no title beyond the sheet name.', data };
}

export async function northwindInventoryCsv(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const rng = new Rng('northwind-inv');
  const rows = inventoryRows(c, rng, 24, 'GCP us-east4');
  const data = toCsv([IIW_HEADERS.map((h) => h.replace('\n', ' ')), ...rows]);
  return { file: 'assets_export.csv', expected: 'INVENTORY', note: 'Northwind integrated inventory exported as CSV with the FedRAMP IIW column headers.', data };
}
