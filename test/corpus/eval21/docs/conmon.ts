import { readFileSync } from 'node:fs';
import { stringify as yamlStringify } from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { renderDocx } from '../kit/docx.js';
import type { ProseDoc } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { int, pick, seeded } from '../kit/rand.js';
import { newWorkbook, putRows, workbookBuffer } from '../kit/xlsx.js';
import { ORG, revisionHistory } from './common.js';
import type { Spec } from './common.js';

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAK = [
  ['RA-5', 'OpenSSL vulnerable version', 'OpenSSL 3.0.13 on registry nodes is affected by CVE-2024-5535 (SSL_select_next_proto buffer overread).', 'Tenable Nessus', '201063', 'CVE-2024-5535'],
  ['CM-6', 'Runner image CIS deviation', 'Golden runner image leaves CIS 1.5.3 (core dumps restricted) unset.', 'Kestrel SAR 2025', 'KAP-04', ''],
  ['AC-2(3)', 'Inactive account disable threshold', 'Inactive accounts are disabled after 120 days instead of 90 days.', 'Kestrel SAR 2025', 'KAP-01', ''],
  ['SI-2', 'Kernel update pending', 'Linux kernel 6.1.90 on EKS nodes has known privilege escalation vulnerabilities.', 'Tenable Nessus', '197871', 'CVE-2024-1086'],
  ['SC-8', 'CBC cipher suites on legacy Git endpoint', 'TLS 1.2 CBC-mode suites accepted on git-legacy.fcbg.forgeline.us.', 'Burp Suite Enterprise', 'TLS-CBC-01', ''],
  ['RA-5', 'PostgreSQL minor version behind', 'RDS PostgreSQL 15.5 affected by CVE-2024-7348 (pg_dump race).', 'Tenable Nessus', '205566', 'CVE-2024-7348'],
  ['AU-6', 'Weekly log review gaps', 'Evidence of weekly audit log review missing for two weeks.', 'Kestrel SAR 2025', 'KAP-12', ''],
  ['RA-5', 'Go stdlib net/http vulnerability', 'Console service binary built with Go 1.22.3 (CVE-2024-24791).', 'Trivy', 'GHSA-hw49-2p59-3mhj', 'CVE-2024-24791'],
] as const;

function poamRows(count: number, rnd: () => number, idPrefix: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (let i = 0; i < count; i++) {
    const w = WEAK[i % WEAK.length]!;
    const risk = pick(rnd, ['Low', 'Moderate', 'Moderate', 'High']);
    const det = `2025-0${int(rnd, 1, 5)}-${String(int(rnd, 10, 28))}`;
    rows.push([`${idPrefix}${String(101 + i * 3)}`, w[0], w[1], w[2], w[3], w[4], `fcbg-${pick(rnd, ['reg', 'run', 'con', 'db'])}-${String(int(rnd, 1, 40)).padStart(2, '0')}`, ORG.isso, 'Platform Engineering, 16 hours', 'Patch through the weekly golden image and redeploy node groups', det, risk === 'High' ? '30 days' : risk === 'Moderate' ? '90 days' : '180 days', 'Image rebuild; canary; fleet roll', '', '2025-06-30', 'No', '', '', risk, risk, '', 'No', 'No', '', 'SAR 2025 App. A', '', 'No', 'No', '', w[5], 'Registry']);
  }
  return rows;
}

async function poamTemplateXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: ORG.isso });
  const rnd = seeded(2101);
  const open = wb.addWorksheet('Open POA&M Items');
  putRows(open, 1, [['Plan of Action and Milestones (POA&M)']]);
  putRows(open, 2, [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [ORG.csp, ORG.cso, 'Moderate', '06/30/2025']], true);
  putRows(open, 5, [POAM_HEADERS, ...poamRows(12, rnd, 'V-0')], true);
  const closed = wb.addWorksheet('Closed POA&M Items');
  putRows(closed, 2, [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [ORG.csp, ORG.cso, 'Moderate', '06/30/2025']], true);
  putRows(closed, 5, [POAM_HEADERS, ...poamRows(4, rnd, 'V-0')], true);
  const cfg = wb.addWorksheet('Configuration Findings');
  putRows(cfg, 5, [POAM_HEADERS], true);
  const roc = wb.addWorksheet('Record of Changes');
  putRows(roc, 1, [['Date', 'Description', 'Version of POA&M Template', 'Author'], ['08/30/2023', 'Initial rev5 release', '2.0', 'FedRAMP PMO'], ['03/29/2024', 'Added BOD 22-01 columns', '2.1', 'FedRAMP PMO'], ['06/30/2025', 'June monthly update', '2.1', ORG.isso]], true);
  return workbookBuffer(wb);
}

async function poamDriftedXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'mtran', title: 'Book1' });
  const ws = wb.addWorksheet('POA&M');
  putRows(ws, 1, [[`${ORG.csp} — ${ORG.cso2}`], ['Plan of Action and Milestones — Monthly Continuous Monitoring'], ['Reporting period: May 2025'], [], ['Impact level: Low', null, 'Prepared by: Marisol Tran (ISSO)']]);
  const headers = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source ID', 'Asset Identifier', 'POC', 'Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Milestones', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'False Positive', 'Operational Requirement', 'CVE', 'Status'];
  const rnd = seeded(2102);
  const rows = poamRows(9, rnd, 'FAV-').map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11], r[12], r[14], r[18], r[19], r[21], r[22], r[29], pick(rnd, ['Open', 'Open', 'Risk Accepted'])].map((c) => c ?? null));
  putRows(ws, 7, [headers, ...rows], true);
  return workbookBuffer(wb);
}

function csvField(v: string, always: boolean): string {
  return always || /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function poamCsv(): string {
  const rnd = seeded(2103);
  const headers = POAM_HEADERS.slice(0, 22);
  const rows = poamRows(10, rnd, 'V-0').map((r) => r.slice(0, 22).map((c) => c ?? ''));
  // Airtable export: BOM, CRLF, every header quoted, values quoted only when needed, multi-line notes.
  rows[2]![9] = 'Rebuild image with hardened sysctl\nValidate with CIS scan\nRoll fleet';
  return `\ufeff${[headers.map((h) => csvField(h, true)).join(','), ...rows.map((r) => r.map((c) => csvField(c, false)).join(','))].join('\r\n')}\r\n`;
}

function poamOscalYaml(): string {
  const tpl = JSON.parse(readFileSync(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': Record<string, unknown> };
  const p = tpl['plan-of-action-and-milestones'];
  const md = p.metadata as Record<string, unknown>;
  md.title = `${ORG.cso} Plan of Action and Milestones`;
  md['last-modified'] = '2025-06-30T21:00:00Z';
  md.version = '2025-06';
  return `# generated by compliance-docs/tools/poam2oscal (do not edit)\n${yamlStringify(tpl, { lineWidth: 0 })}`;
}

// ---------------- scans ----------------
const HOSTS = [
  ['fcbg-reg-01.internal.fcbg.forgeline.us', '10.42.8.11', 'Amazon Linux 2023'],
  ['fcbg-reg-02.internal.fcbg.forgeline.us', '10.42.8.12', 'Amazon Linux 2023'],
  ['fcbg-run-node-07.internal.fcbg.forgeline.us', '10.42.16.37', 'Bottlerocket 1.20.3'],
  ['fcbg-bastionless-ssm-01.internal.fcbg.forgeline.us', '10.42.1.5', 'Amazon Linux 2023'],
] as const;
const PLUGINS = [
  ['201063', 'OpenSSL 3.0.x < 3.0.15 Multiple Vulnerabilities', '2', 'Medium', 'CVE-2024-5535', '5.9', 'Upgrade to OpenSSL version 3.0.15 or later.'],
  ['197871', 'Amazon Linux 2023 : kernel (ALAS2023-2024-598)', '3', 'High', 'CVE-2024-1086', '7.8', "Run 'dnf update kernel --releasever 2023.4.20240611' to update your system."],
  ['187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', '2', 'Medium', 'CVE-2023-48795', '5.9', 'Contact the vendor for an update with the strict key exchange countermeasures.'],
  ['57582', 'SSL Self-Signed Certificate', '2', 'Medium', '', '6.5', 'Purchase or generate a proper SSL certificate for this service.'],
  ['10863', 'SSL Certificate Information', '0', 'None', '', '', 'n/a'],
] as const;

const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function nessus(): string {
  const rnd = seeded(2104);
  const hosts = HOSTS.map(([name, ip, os]) => {
    const items = PLUGINS.filter(() => rnd() < 0.75).map(([id, pname, sev, rf, cve, cvss, sol]) => `<ReportItem port="${sev === '0' ? '443' : '0'}" svc_name="${sev === '0' ? 'www' : 'general'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${xmlEsc(pname)}" pluginFamily="${id === '197871' ? 'Amazon Linux Local Security Checks' : 'General'}">
<description>The remote host is affected by the vulnerability described in ${xmlEsc(pname)}.</description>
<risk_factor>${rf}</risk_factor>${cve !== '' ? `\n<cve>${cve}</cve>` : ''}${cvss !== '' ? `\n<cvss3_base_score>${cvss}</cvss3_base_score>` : ''}
<solution>${xmlEsc(sol)}</solution>
<plugin_output>Installed package version detected on ${name}.</plugin_output>
</ReportItem>`);
    return `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Tue Jun  3 04:${String(int(rnd, 10, 59))}:11 2025</tag>
<tag name="operating-system">${os}</tag>
<tag name="host-fqdn">${name}</tag>
<tag name="host-ip">${ip}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Tue Jun  3 03:02:44 2025</tag>
</HostProperties>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<plugin_output>Nessus version : 10.8.3
Scan policy used : FCBG Monthly Authenticated - OS
Credentialed checks : yes</plugin_output>
<risk_factor>None</risk_factor>
</ReportItem>
${items.join('\n')}
</ReportHost>`;
  });
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>FCBG Monthly Authenticated - OS</policyName>
<Preferences><ServerPreferences>
<preference><name>TARGET</name><value>${HOSTS.map((h) => h[1]).join(',')}</value></preference>
<preference><name>scan_name</name><value>FCBG June 2025 OS</value></preference>
</ServerPreferences></Preferences></Policy>
<Report name="FCBG June 2025 OS" xmlns:cm="http://www.nessus.org/cm">
${hosts.join('\n')}
</Report>
</NessusClientData_v2>
`;
}

function nessusCsvDb(): string {
  const rows = [
    ['205566', 'CVE-2024-7348', '7.5', 'High', '10.42.40.21', 'tcp', '5432', 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', 'The remote PostgreSQL server is affected by multiple vulnerabilities.', 'According to its self-reported version, the PostgreSQL instance is prior to 15.8. It is therefore affected by a time-of-check time-of-use race condition in pg_dump.', 'Upgrade to PostgreSQL 15.8 or later.', 'https://www.postgresql.org/support/security/', 'Installed version : 15.5\nFixed version : 15.8'],
    ['1003041', '', '', 'Medium', '10.42.40.21', 'tcp', '5432', 'PostgreSQL: log_connections is not enabled', 'Compliance check failed against CIS PostgreSQL 15 Benchmark v1.1.0 item 3.1.20.', 'Set log_connections = on in the DB parameter group.', '', '', 'Actual value: off'],
    ['11154', '', '', 'None', '10.42.40.22', 'tcp', '5432', 'Unknown Service Detection: Banner Retrieval', 'There is a service listening on the remote host.', '', 'n/a', '', 'PostgreSQL'],
  ];
  const head = ['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'];
  return `${[head, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;
}

function qualysCsv(): string {
  const rnd = seeded(2105);
  const lines = [
    '"Scan Results","06/04/2025 at 02:11:45 (GMT-0600)"',
    '',
    '"Forgeline, Inc.","1200 Larimer Street","Denver","Colorado","United States of America","80204"',
    '"Marisol Tran","frgln_mt","Manager"',
    '',
    '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Scan Title","Asset Groups","IPs","Excluded IPs","Option Profile"',
    '"06/04/2025 at 02:11:45 (GMT-0600)","6","6","Scheduled","Finished","scan/1749024705.31877","frgln-govw-va01 (Scanner 13.2.28-1, Vulnerability Signatures 2.6.318-2)","01:42:19","FCBG Monthly DB+OS","FCBG-Prod","10.42.8.11-10.42.8.16","","FedRAMP Authenticated Scan v4"',
    '',
    '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","CVSS Base","CVSS Temporal","CVSS3.1 Base","Threat","Impact","Solution","Results","PCI Vuln","Category"',
  ];
  const vulns = [
    ['38909', 'SSH Prefix Truncation Vulnerability (Terrapin)', 'Vuln', '3', '22', 'CVE-2023-48795', 'Terrapin', '5.9', 'General remote services'],
    ['380101', 'Amazon Linux Security Advisory for openssl : ALAS2023-2024-676', 'Vuln', '3', '', 'CVE-2024-5535', 'ALAS2023-2024-676', '5.9', 'Amazon Linux'],
    ['105484', 'Obsolete Software Version Detected', 'Vuln', '4', '', '', '', '7.3', 'Security Policy'],
    ['45038', 'Host Scan Time - Scanner', 'Ig', '1', '', '', '', '', 'Information gathering'],
  ];
  for (let h = 0; h < 6; h++) {
    for (const v of vulns) {
      if (rnd() < 0.3) continue;
      lines.push([`10.42.8.${11 + h}`, `fcbg-reg-0${h + 1}.internal.fcbg.forgeline.us`, '', 'Amazon Linux 2023', 'host scanned, found vuln', v[0], v[1], v[2], v[3], v[4], v[4] === '' ? '' : 'tcp', '', 'no', v[5], v[6], '', '', '', v[7], 'An attacker may exploit this weakness.', 'Successful exploitation could compromise confidentiality.', 'Apply the vendor update.', 'Detected version below fixed version', 'no', v[8]].map((c) => `"${c ?? ''}"`).join(','));
    }
  }
  lines.push('', '"Hosts Scanned (IP)","6"', '"Vulnerabilities","Confirmed"');
  return `${lines.join('\r\n')}\r\n`;
}

function zapJson(): string {
  const alert = (pluginid: string, name: string, riskcode: string, conf: string, cwe: string, desc: string, uris: string[]): Record<string, unknown> => ({
    pluginid, alertRef: pluginid, alert: name, name, riskcode, confidence: conf, riskdesc: `${['Informational', 'Low', 'Medium', 'High'][Number(riskcode)]} (${conf === '2' ? 'Medium' : 'High'})`, desc: `<p>${desc}</p>`,
    instances: uris.map((uri) => ({ uri, method: 'GET', param: '', attack: '', evidence: '' })), count: String(uris.length), solution: '<p>Configure the server to send the header.</p>', otherinfo: '', reference: '<p>https://owasp.org/www-project-secure-headers/</p>', cweid: cwe, wascid: '15', sourceid: '3',
  });
  return JSON.stringify({
    '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Thu, 5 Jun 2025 09:41:02',
    site: [{ '@name': 'https://console.fcbg.forgeline.us', '@host': 'console.fcbg.forgeline.us', '@port': '443', '@ssl': 'true', alerts: [
      alert('10038', 'Content Security Policy (CSP) Header Not Set', '2', '3', '693', 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.', ['https://console.fcbg.forgeline.us/login', 'https://console.fcbg.forgeline.us/docs/']),
      alert('10098', 'Cross-Domain Misconfiguration', '2', '2', '264', 'Web browser data loading may be possible, due to a Cross Origin Resource Sharing (CORS) misconfiguration on the web server.', ['https://console.fcbg.forgeline.us/api/v2/status']),
      alert('10054', 'Cookie without SameSite Attribute', '1', '2', '1275', 'A cookie has been set without the SameSite attribute, which means that the cookie can be sent as a result of a cross-site request.', ['https://console.fcbg.forgeline.us/login']),
      alert('10027', 'Information Disclosure - Suspicious Comments', '0', '1', '200', 'The response appears to contain suspicious comments which may help an attacker.', ['https://console.fcbg.forgeline.us/static/app.4f1c2.js']),
    ] }],
  }, null, 2);
}

// ---------------- inventory ----------------
const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(n: number, rnd: () => number): string[][] {
  const types = [['EKS node', 'Bottlerocket 1.20.3', 'CIS EKS 1.5', 'Runner'], ['EC2', 'Amazon Linux 2023', 'CIS AL2023 L1', 'Registry'], ['RDS', 'PostgreSQL 15.8', 'CIS PostgreSQL 15', 'Database'], ['ALB', 'AWS managed', 'FCBG ALB baseline', 'Load balancer']] as const;
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = types[i % types.length]!;
    const ip = `10.42.${8 * (1 + (i % 5))}.${11 + i}`;
    rows.push([`i-0${(0x3a7f0c1 + i * 7919).toString(16)}`, ip, 'Yes', t[0] === 'ALB' ? 'Yes' : 'No', `${t[3].toLowerCase().replace(' ', '-')}-${String(i + 1).padStart(2, '0')}.internal.fcbg.forgeline.us`, '', '', t[0] === 'ALB' ? 'No' : 'Yes', t[2], t[1], 'AWS GovCloud us-gov-west-1', t[0], 'AWS', 'Yes', t[0] === 'RDS' ? 'PostgreSQL Global Development Group' : '', t[0] === 'RDS' ? 'PostgreSQL 15.8' : '', pick(rnd, ['2025-06-01', '2025-06-08', '2025-05-25']), `${t[3]} tier`, '', '', `vpc-0b7${i % 3}`, ORG.eng, ORG.isso]);
  }
  return rows;
}

async function inventoryV22(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP', lastModifiedBy: 'svc-inventory-exporter' });
  const ins = wb.addWorksheet('INSTRUCTIONS ');
  putRows(ins, 1, [['Integrated Inventory Workbook — instructions'], ['Complete one row per inventory item. Use the UNIQUE ASSET IDENTIFIER column for the identifier used in scans.']]);
  const ws = wb.addWorksheet('Inventory');
  putRows(ws, 1, [[`${ORG.cso} — Integrated Inventory — June 2025`]]);
  putRows(ws, 2, [INV_HEADERS.filter((h) => h !== 'Diagram Label'), ...invRows(24, seeded(2106)).map((r) => r.filter((_, i) => i !== 17))], true);
  const roc = wb.addWorksheet('Record of Changes');
  putRows(roc, 1, [['Date', 'Description', 'Version', 'Author'], ['2025-06-30', 'Automated export from AWS Config aggregator', '2025.06', 'svc-inventory-exporter']], true);
  return workbookBuffer(wb);
}

async function inventoryRev5(): Promise<Buffer> {
  const wb = newWorkbook({ creator: ORG.isso });
  const ws = wb.addWorksheet('Inventory');
  putRows(ws, 1, [['SSP Appendix M — Integrated Inventory Workbook'], [`CSP: ${ORG.csp}   System: ${ORG.cso2}   Date: 2025-05-31`], []]);
  putRows(ws, 4, [INV_HEADERS, ...invRows(15, seeded(2107))], true);
  return workbookBuffer(wb);
}

function inventoryCsv(): string {
  const rows = invRows(18, seeded(2108));
  return `${[INV_HEADERS.slice(0, 17), ...rows.map((r) => r.slice(0, 17))].map((r) => r.map((c) => (c.includes(',') || c.includes('/') ? `"${c}"` : c)).join(',')).join('\n')}\n`;
}

// ---------------- change and deviation requests ----------------
function scrDoc(): ProseDoc {
  return {
    title: 'Significant Change Request Form',
    subtitle: `${ORG.cso} — SCR-2025-03`,
    author: ORG.csp,
    date: 'March 14, 2025',
    body: [
      revisionHistory([['2025-03-14', '1.0', 'Submitted to NHDA AO', ORG.isso]]),
      { h: 1, text: 'Significant Change Request Information', numbered: false },
      { table: { head: ['Field', 'Response'], rows: [['CSP Name', ORG.csp], ['CSO Name', ORG.cso], ['FedRAMP Package ID', ORG.fedrampId], ['Impact Level', 'Moderate'], ['Type of Change', 'Adding a new data center / region (warm standby in us-gov-east-1)'], ['Planned Implementation Date', '2025-05-05'], ['3PAO', ORG.tpao]] } },
      { h: 1, text: 'Description of the Proposed Change', numbered: false },
      { p: 'Forgeline proposes to add a warm standby of the registry and console tiers in AWS GovCloud (US-East). Data is replicated asynchronously from us-gov-west-1 with an RPO of 15 minutes. The standby uses the same golden images, IAM permission sets and logging pipeline; no new external service is introduced.' },
      { h: 1, text: 'Security Impact Analysis', numbered: false },
      { p: 'Controls affected: CP-6, CP-7, CP-9, SC-7, SC-12, SC-28, CM-8 and AU-9. The boundary diagram, data flow diagram, inventory and ISCP are updated. The 3PAO will test the affected controls as a significant change assessment before cutover.' },
      { table: { head: ['Control', 'Impact', 'Planned Testing'], rows: [['CP-7', 'New alternate processing site', 'Failover exercise observed by 3PAO'], ['SC-7', 'New VPCs and Transit Gateway attachment', 'Configuration review, scanning'], ['CM-8', 'New inventory items', 'Inventory reconciliation']] } },
      { h: 1, text: 'CSP Attestation', numbered: false },
      { p: 'I attest that the information in this significant change request is accurate and that no change will be implemented before the authorizing official approves it.' },
      { table: { head: ['Name', 'Title', 'Signature', 'Date'], rows: [[ORG.cto, 'System Owner', '/s/ Devin Achterberg', '2025-03-14']] } },
    ],
  };
}

async function deviationXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: ORG.isso });
  const ws = wb.addWorksheet('Deviation Request');
  putRows(ws, 1, [
    ['FedRAMP Deviation Request Form'],
    [],
    ['CSP Name', ORG.csp],
    ['System Name', ORG.cso],
    ['Package ID', ORG.fedrampId],
    ['Impact Level', 'Moderate'],
    ['Date of Request', '2025-07-08'],
    [],
    ['DR ID', 'POA&M ID', 'Deviation Type (Operational Requirement / Risk Adjustment / False Positive)', 'Vulnerability Name', 'Scanner / Source', 'Plugin / Source ID', 'Affected Assets', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Provided', 'AO Decision'],
    ['DR-2025-007', 'V-0110', 'Risk Adjustment', 'SSH Terrapin Prefix Truncation Weakness', 'Tenable Nessus', '187315', 'fcbg-reg-01..06', 'Moderate', 'Low', 'SSH is reachable only through SSM port forwarding from managed endpoints; chacha20-poly1305 and EtM MACs disabled by policy', 'SC-7 boundary, AC-17 SSM-only access', 'sshd_config, SSM session policy', ''],
    ['DR-2025-008', 'V-0149', 'False Positive', 'Amazon Linux kernel ALAS2023-2024-598', 'Tenable Nessus', '197871', 'fcbg-run-node-07', 'High', 'N/A', 'Bottlerocket node reports upstream kernel string; vendor advisory BRSA-2024-0417 confirms the fix is backported', 'Vendor attestation', 'Vendor advisory, uname output', ''],
    ['DR-2025-009', 'V-0203', 'Operational Requirement', 'TLS 1.2 CBC cipher suites', 'Burp Suite Enterprise', 'TLS-CBC-01', 'git-legacy endpoint', 'Moderate', 'Moderate', 'Two agency customers run Git clients that cannot negotiate GCM; endpoint retired 2025-12-31', 'Endpoint limited to agency CIDR allow-list', 'Customer letters', ''],
  ], true);
  ws.getRow(9).font = { bold: true };
  const sig = wb.addWorksheet('CSP Attestation');
  putRows(sig, 1, [['By submitting this deviation request the CSP attests that the information is complete and accurate.'], ['Name', ORG.cto], ['Title', 'System Owner'], ['Date', '2025-07-08']]);
  return workbookBuffer(wb);
}

function deviationDoc(): ProseDoc {
  return {
    title: 'Deviation Request',
    subtitle: `${ORG.cso2} — DR-2025-002 (False Positive)`,
    body: [
      { p: `To: ${ORG.agency}, Office of the CIO — Continuous Monitoring`, bold: true },
      { p: `From: ${ORG.isso}, ISSO, ${ORG.csp}` },
      { h: 1, text: 'Request Summary' },
      { table: { head: ['Field', 'Value'], rows: [['Deviation type', 'False Positive'], ['POA&M item', 'FAV-0131'], ['Weakness', 'Go stdlib net/http vulnerability (CVE-2024-24791)'], ['Detector', 'Trivy 0.52 image scan, May 2025'], ['Original risk rating', 'Moderate'], ['Requested disposition', 'Close as false positive']] } },
      { h: 1, text: 'Justification' },
      { p: 'The vault-api image is built with Go 1.22.5 since April 30; the scanner reads the version string of a vendored test binary that is not shipped in the runtime layer. The deployed binary reports go1.22.5 and is not affected.^[Evidence: go version -m output and the image layer listing, attached as DR-2025-002-evidence.zip.]' },
      { h: 1, text: 'Evidence' },
      { ul: ['`go version -m /usr/local/bin/vault-api` output from the production task', 'Dockerfile showing the multi-stage build', 'Trivy result with the flagged path'] },
      { h: 1, text: 'CSP Attestation' },
      { p: 'Forgeline attests that this deviation request is accurate and complete and asks the authorizing official to approve the false positive and close the POA&M item.' },
    ],
  };
}

export const conmonSpecs: Spec[] = [
  { file: 'FCBG-POAM-2025-06.xlsx', expected: 'POAM', note: 'POA&M workbook in the FedRAMP v2.1 layout (Open/Closed/Configuration Findings/Record of Changes, headers on row 5).', build: poamTemplateXlsx },
  { file: 'Book1.xlsx', expected: 'POAM', note: 'Drifted POA&M workbook: one sheet "POA&M", title rows, header row moved to row 7 and columns renamed, still starting with POAM ID.', build: poamDriftedXlsx },
  { file: 'poam-items (1).csv', expected: 'POAM', note: 'Airtable CSV export of open POA&M items with the template columns (BOM, CRLF, quoted headers, multi-line cell).', build: () => Promise.resolve(poamCsv()) },
  { file: 'poam.yaml', expected: 'POAM', note: 'OSCAL YAML plan-of-action-and-milestones converted from the FedRAMP POA&M template.', build: () => Promise.resolve(poamOscalYaml()) },
  { file: 'FCBG_June2025_OS.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML authenticated monthly OS scan of four hosts.', build: () => Promise.resolve(nessus()) },
  { file: 'POAM-june.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of the monthly database scan; the misleading file name says POA&M but the content is scanner output.', build: () => Promise.resolve(nessusCsvDb()) },
  { file: 'Scan_Report_frgln_mt_20250604.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results CSV with the usual preamble rows before the vulnerability table.', build: () => Promise.resolve(qualysCsv()) },
  { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the console.', build: () => Promise.resolve(zapJson()) },
  { file: 'FCBG_Inventory_2025-06.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook v2.2 layout (INSTRUCTIONS/Inventory/Record of Changes, headers on row 2).', build: inventoryV22 },
  { file: 'SSP-Appendix-M.xlsx', expected: 'INVENTORY', note: 'Rev5 Appendix M inventory with Diagram Label column and the header row moved to row 4.', build: inventoryRev5 },
  { file: 'export-4f2a.csv', expected: 'INVENTORY', note: 'CSV export of the inventory with the workbook column names (first 17 columns).', build: () => Promise.resolve(inventoryCsv()) },
  { file: 'SCR-2025-03.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form (Word) for adding a us-gov-east-1 warm standby, with security impact analysis.', build: () => renderDocx(scrDoc(), { flavor: 'word', cover: 'none', header: 'FedRAMP Significant Change Request', footer: 'Page {page}', meta: { title: 'Significant Change Request Form', creator: 'FedRAMP' } }) },
  { file: 'scan_0093.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Pandoc/LaTeX PDF of a significant change request (new region); the file name is a scanner-style name.', build: () => renderPdf(scrDoc(), { columns: 1, titlePage: false, runningHeader: false, footer: 'page', meta: { ...PDF_TOOLCHAINS.pandoc, title: 'SCR-2025-03' }, date: new Date(Date.UTC(2025, 2, 14, 19)) }) },
  { file: 'DR-2025-Q3.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request workbook with three requests (risk adjustment, false positive, operational requirement).', build: deviationXlsx },
  { file: 'dr-2025-002.docx', expected: 'DEVIATION_REQUEST', note: 'Pandoc docx false-positive deviation request for a POA&M item, with justification and evidence.', build: () => renderDocx(deviationDoc(), { flavor: 'pandoc' }) },
];
