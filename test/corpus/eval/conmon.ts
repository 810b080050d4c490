/**
 * Continuous-monitoring deliverables: POA&M workbooks, vulnerability scan exports (Nessus XML and CSV,
 * Qualys CSV, ZAP XML, InsightVM CSV), inventories, significant change requests, deviation requests.
 */
import {
  Rng, book, center, csv, day, docx, gap, h1, h2, isoDate, longDate, p, pdf, saveBook, setRow, signatureBlock, table, title,
  ul, usDate, writeTable, xmlEsc,
} from './common.js';
import type { Block, CellValue, EvalDoc } from './common.js';
import { CORVANE, HARBOR, LUMEN, NIMBUS, QUILL } from './orgs.js';
import type { Provider } from './orgs.js';

interface Vuln {
  plugin: number;
  name: string;
  cve: string;
  cvss: number;
  sev: 0 | 1 | 2 | 3 | 4;
  port: number;
  proto: 'tcp' | 'udp';
  svc: string;
  family: string;
  synopsis: string;
  solution: string;
}

const VULNS: Vuln[] = [
  { plugin: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', cve: 'CVE-2023-48795', cvss: 5.9, sev: 2, port: 22, proto: 'tcp', svc: 'ssh', family: 'Misc.', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.' },
  { plugin: 201194, name: 'Amazon Linux 2023 : openssh (ALAS2023-2024-652)', cve: 'CVE-2024-6387', cvss: 8.1, sev: 3, port: 0, proto: 'tcp', svc: 'general', family: 'Amazon Linux Local Security Checks', synopsis: 'The remote Amazon Linux 2023 host is missing a security update.', solution: "Run 'dnf update openssh --releasever 2023.5.20240701' to update your system." },
  { plugin: 142960, name: 'HSTS Missing From HTTPS Server (RFC 6797)', cve: '', cvss: 0, sev: 1, port: 443, proto: 'tcp', svc: 'www', family: 'Web Servers', synopsis: 'The remote web server is not enforcing HSTS.', solution: 'Configure the remote web server to use HSTS.' },
  { plugin: 104743, name: 'TLS Version 1.0 Protocol Detection', cve: '', cvss: 6.5, sev: 2, port: 8443, proto: 'tcp', svc: 'www', family: 'Service detection', synopsis: 'The remote service encrypts traffic using an older version of TLS.', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.' },
  { plugin: 51192, name: 'SSL Certificate Cannot Be Trusted', cve: '', cvss: 6.5, sev: 2, port: 8443, proto: 'tcp', svc: 'www', family: 'General', synopsis: "The SSL certificate for this service cannot be trusted.", solution: 'Purchase or generate a proper SSL certificate for this service.' },
  { plugin: 182865, name: 'Ubuntu 22.04 LTS : curl vulnerabilities (USN-6429-1)', cve: 'CVE-2023-38545', cvss: 9.8, sev: 4, port: 0, proto: 'tcp', svc: 'general', family: 'Ubuntu Local Security Checks', synopsis: 'The remote Ubuntu host is missing one or more security updates.', solution: 'Update the affected packages.' },
  { plugin: 10863, name: 'SSL Certificate Information', cve: '', cvss: 0, sev: 0, port: 443, proto: 'tcp', svc: 'www', family: 'General', synopsis: 'This plugin displays the SSL certificate.', solution: 'n/a' },
  { plugin: 19506, name: 'Nessus Scan Information', cve: '', cvss: 0, sev: 0, port: 0, proto: 'tcp', svc: 'general', family: 'Settings', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a' },
  { plugin: 166555, name: 'WinVerifyTrust Signature Validation CVE-2013-3900 Mitigation (EnableCertPaddingCheck)', cve: 'CVE-2013-3900', cvss: 7.6, sev: 3, port: 445, proto: 'tcp', svc: 'cifs', family: 'Windows', synopsis: 'A system is missing a mitigation for a signature validation vulnerability.', solution: 'Set the EnableCertPaddingCheck registry value.' },
  { plugin: 57608, name: 'SMB Signing not required', cve: '', cvss: 5.3, sev: 2, port: 445, proto: 'tcp', svc: 'cifs', family: 'Misc.', synopsis: 'Signing is not required on the remote SMB server.', solution: "Enforce message signing in the host's configuration." },
];

function hostsFor(csp: Provider, rng: Rng, n: number): { name: string; ip: string; os: string; fqdn: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const role = rng.pick(['app', 'api', 'worker', 'db', 'bastion', 'web']);
    const name = `${csp.abbrev.toLowerCase()}-${role}-${String(i + 1).padStart(2, '0')}`;
    return { name, ip: rng.ip(csp.prefix), os: rng.pick(['Amazon Linux 2023', 'Ubuntu 22.04.4 LTS', 'Microsoft Windows Server 2022 Datacenter', 'Red Hat Enterprise Linux 9.4']), fqdn: `${name}.prod.${csp.domain}` };
  });
}

// ---------------------------------------------------------------- POA&M workbooks

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(csp: Provider, rng: Rng, n: number, closed: boolean): CellValue[][] {
  const hosts = hostsFor(csp, rng, 8);
  return Array.from({ length: n }, (_, i) => {
    const v = rng.pick(VULNS.filter((x) => x.sev > 0));
    const risk = v.sev >= 3 ? 'High' : v.sev === 2 ? 'Moderate' : 'Low';
    const found = day(-rng.int(10, 170));
    const due = new Date(found.getTime() + (risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180) * 86_400_000);
    return [
      `${closed ? 'C' : 'V'}-${String(1040 + i).padStart(4, '0')}`, v.sev >= 3 ? 'RA-5, SI-2' : 'SC-8, CM-6', v.name, v.synopsis, 'Tenable Nessus', String(v.plugin),
      rng.pick(hosts).name, csp.engineer.name, 'Engineering time', v.solution, found, due, `Patch in next maintenance window (${usDate(due)})`, '', closed ? due : day(-3),
      'No', null, '', risk, risk, 'No', 'No', 'No', '', '', closed ? 'Validated closed by rescan' : '', 'No', 'No', null, v.cve, csp.system,
    ];
  });
}

async function poamTemplate(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:poam:tmpl');
  const wb = book({ creator: csp.isso.name, date: day(-2), company: csp.legal });
  for (const [sheet, closed, n] of [['Open POA&M Items', false, 24], ['Closed POA&M Items', true, 11]] as const) {
    const ws = wb.addWorksheet(sheet);
    setRow(ws, 1, ['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date']);
    setRow(ws, 2, [csp.legal, csp.system, csp.level, day(-2)]);
    writeTable(ws, 5, POAM_HEADERS, poamRows(csp, rng, n, closed), { width: 18 });
  }
  const cfg = wb.addWorksheet('Configuration Findings');
  writeTable(cfg, 5, POAM_HEADERS.slice(0, 12), [], { width: 18 });
  const rc = wb.addWorksheet('Record of Changes');
  writeTable(rc, 1, ['Date', 'Description', 'Author'], [[day(-33), 'June ConMon submission', csp.isso.name], [day(-2), 'July ConMon submission', csp.isso.name]], { width: 24 });
  return {
    file: 'LIP_2025-07.xlsx',
    expected: 'POAM',
    format: 'xlsx',
    note: 'FedRAMP-template-shaped POA&M written from scratch: four sheets, metadata rows 1-2, headers on row 5',
    data: await saveBook(wb, day(-2)),
  };
}

async function remediationTracker(): Promise<EvalDoc> {
  const csp = HARBOR;
  const rng = new Rng('eval:poam:tracker');
  const wb = book({ creator: csp.isso.name, date: day(-6), company: csp.legal, title: 'Remediation Tracker' });
  const hdr = ['Item #', 'Control(s)', 'Finding', 'Details', 'Found By', 'Scanner ID', 'Affected Asset(s)', 'Owner', 'Fix Plan', 'Identified', 'Target Date', 'Milestones', 'Risk', 'Vendor Dependent?', 'CVE', 'Status'];
  for (const [sheet, closed] of [['Open', false], ['Closed', true]] as const) {
    const ws = wb.addWorksheet(`Tracker - ${sheet}`);
    setRow(ws, 1, [`HarborDesk Remediation Tracker - ${sheet} items`]);
    setRow(ws, 2, ['Prepared by', csp.isso.name]);
    setRow(ws, 3, ['Reporting month', 'July 2025']);
    setRow(ws, 4, ['Agency', 'U.S. Small Business Administration']);
    const rows = poamRows(csp, rng, closed ? 7 : 19, closed).map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null, 'Monthly authenticated scan', r[5] ?? null, r[6] ?? null, r[7] ?? null, r[9] ?? null, r[10] ?? null, r[11] ?? null, r[12] ?? null, r[18] ?? null, 'No', r[29] ?? null, closed ? 'Closed' : rng.pick(['Open', 'In Progress', 'Risk Accepted - DR pending'])]);
    writeTable(ws, 7, hdr, rows, { width: 17 });
  }
  return {
    file: 'hd-jul.xlsx',
    expected: 'POAM',
    format: 'xlsx',
    note: 'POA&M as a "Remediation Tracker": renamed sheets and columns ("Item #", "Finding", "Fix Plan"...), header row 7',
    data: await saveBook(wb, day(-6)),
  };
}

// ---------------------------------------------------------------- scan results

function nessusXml(): EvalDoc {
  const csp = NIMBUS;
  const rng = new Rng('eval:scan:nessus');
  const hosts = hostsFor(csp, rng, 6);
  const start = day(-9);
  const fmt = (d: Date): string => d.toUTCString().replace(/,/g, '').replace(' GMT', '');
  const items = hosts.map((h) => {
    const vs = rng.sample(VULNS, rng.int(3, 7));
    return `<ReportHost name="${h.ip}"><HostProperties>
<tag name="HOST_START">${fmt(start)}</tag>
<tag name="host-ip">${h.ip}</tag>
<tag name="host-fqdn">${h.fqdn}</tag>
<tag name="hostname">${h.name}</tag>
<tag name="operating-system">${xmlEsc(h.os)}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">${fmt(new Date(start.getTime() + 1_800_000))}</tag>
</HostProperties>
${vs
  .map(
    (v) => `<ReportItem port="${v.port}" svc_name="${v.svc}" protocol="${v.proto}" severity="${v.sev}" pluginID="${v.plugin}" pluginName="${xmlEsc(v.name)}" pluginFamily="${xmlEsc(v.family)}">
<risk_factor>${['None', 'Low', 'Medium', 'High', 'Critical'][v.sev]}</risk_factor>
<synopsis>${xmlEsc(v.synopsis)}</synopsis>
<solution>${xmlEsc(v.solution)}</solution>
${v.cve ? `<cve>${v.cve}</cve>\n` : ''}${v.cvss ? `<cvss3_base_score>${v.cvss}</cvss3_base_score>\n` : ''}<plugin_output>Detected on ${h.name}</plugin_output>
</ReportItem>`,
  )
  .join('\n')}
</ReportHost>`;
  });
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>FedRAMP Monthly - Authenticated</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.map((h) => h.ip).join(',')}</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="NFC Prod OS July" xmlns:cm="http://www.nessus.org/cm">
${items.join('\n')}
</Report>
</NessusClientData_v2>
`;
  return {
    file: 'NFC_Prod_OS_Jul_8x2kq1.nessus',
    expected: 'SCAN_RESULTS',
    format: 'nessus-xml',
    note: 'Nessus v2 XML export, authenticated OS scan of 6 hosts',
    data: Buffer.from(xml, 'utf8'),
  };
}

function nessusCsv(): EvalDoc {
  const csp = LUMEN;
  const rng = new Rng('eval:scan:nessus-csv');
  const hosts = hostsFor(csp, rng, 10);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output', 'CVSS v3.0 Base Score']];
  for (const h of hosts) {
    for (const v of rng.sample(VULNS, rng.int(2, 6))) {
      rows.push([v.plugin, v.cve, v.cvss ? (v.cvss - 0.6).toFixed(1) : '', ['None', 'Low', 'Medium', 'High', 'Critical'][v.sev] ?? 'None', h.ip, v.proto, v.port, v.name, v.synopsis, `${v.synopsis}\nSee vendor advisory for details.`, v.solution, v.cve ? `https://nvd.nist.gov/vuln/detail/${v.cve}` : '', `\nHost: ${h.fqdn}\n`, v.cvss || '']);
    }
  }
  return {
    file: 'export (7).csv',
    expected: 'SCAN_RESULTS',
    format: 'csv',
    note: 'Nessus CSV export (standard column set plus CVSS v3), multi-line quoted cells',
    data: csv(rows),
  };
}

function qualysCsv(): EvalDoc {
  const csp = CORVANE;
  const rng = new Rng('eval:scan:qualys');
  const hosts = hostsFor(csp, rng, 8);
  const rows: (string | number)[][] = [
    ['Scan Results', `${usDate(day(-8))} at 02:14:51 (GMT-0400)`],
    [],
    [csp.legal, csp.address, 'Rockville', 'Maryland', '20850', 'United States of America'],
    ['Kirsten Vaaler', 'crvns-kv', 'Unit Manager'],
    [],
    ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
    [`${usDate(day(-8))} 02:14:51`, hosts.length, hosts.length, 'Scheduled', 'Finished', 'scan/1752120891.38214', 'azgov_va_scanner01 (Scanner 13.4.61-1, Vulnerability Signatures 2.6.321-3)', '01:47:12', 'CCG Monthly Authenticated', 'CCG-Prod', hosts.map((h) => h.ip).join(', '), '', 'FedRAMP Authenticated'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS Base', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'],
  ];
  const qids: [number, string, number, string, string][] = [
    [38909, 'SHA1 deprecated setting for SSH', 2, '', 'General remote services'],
    [105484, 'Microsoft Windows Explorer AutoPlay Not Disabled', 2, '', 'Windows'],
    [91854, 'Microsoft Windows Security Update for June 2025', 5, 'CVE-2025-33053', 'Windows'],
    [38794, 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Invalid Protocol Version Tolerance', 1, '', 'General remote services'],
    [11827, 'HTTP Security Header Not Detected', 2, '', 'CGI'],
    [376157, 'OpenSSH Remote Unauthenticated Code Execution Vulnerability (regreSSHion)', 4, 'CVE-2024-6387', 'Local'],
  ];
  for (const h of hosts) {
    for (const [qid, t, sev, cve, cat] of rng.sample(qids, rng.int(2, 4))) {
      rows.push([h.ip, h.fqdn, h.name.toUpperCase(), h.os, 'host scanned, found vuln', qid, t, 'Vuln', sev, sev > 2 ? 443 : '', 'tcp', '', sev > 2 ? 'over ssl' : '', cve, '', '', (sev * 1.7).toFixed(1), (sev * 1.9).toFixed(1), 'See threat description.', 'Successful exploitation could affect confidentiality or integrity.', 'Apply the vendor update.', 'Detected version information.', 'no', cat]);
    }
  }
  return {
    file: 'report_crvns-kv_20250714.csv',
    expected: 'SCAN_RESULTS',
    format: 'csv',
    note: 'Qualys VM scan-results CSV with the usual preamble rows (company, scan summary) before the QID header row',
    data: csv(rows),
  };
}

function zapXml(): EvalDoc {
  const csp = HARBOR;
  const alerts: [number, string, number, string, string, string][] = [
    [10038, 'Content Security Policy (CSP) Header Not Set', 2, 'https://gov.harbordesk.com/login', 'Ensure that your web server is configured to set the Content-Security-Policy header.', '693'],
    [10202, 'Absence of Anti-CSRF Tokens', 1, 'https://gov.harbordesk.com/tickets/new', 'Use a vetted library or framework that prevents CSRF.', '352'],
    [10096, 'Timestamp Disclosure - Unix', 0, 'https://gov.harbordesk.com/static/app.js', 'Manually confirm that the timestamp data is not sensitive.', '200'],
    [40012, 'Cross Site Scripting (Reflected)', 3, 'https://gov.harbordesk.com/search?q=', 'Validate all input and encode output.', '79'],
    [10035, 'Strict-Transport-Security Header Not Set', 1, 'https://gov.harbordesk.com/', 'Ensure that your web server sets the Strict-Transport-Security header.', '319'],
  ];
  const riskdesc = ['Informational', 'Low', 'Medium', 'High'];
  const xml = `<?xml version="1.0"?>
<OWASPZAPReport programName="ZAP" version="2.15.0" generated="Tue, 8 Jul 2025 03:12:44">
\t<site name="https://gov.${csp.domain}" host="gov.${csp.domain}" port="443" ssl="true">
\t\t<alerts>
${alerts
  .map(
    ([id, name, risk, uri, sol, cwe]) => `\t\t\t<alertitem>
\t\t\t\t<pluginid>${id}</pluginid>
\t\t\t\t<alertRef>${id}</alertRef>
\t\t\t\t<alert>${xmlEsc(name)}</alert>
\t\t\t\t<name>${xmlEsc(name)}</name>
\t\t\t\t<riskcode>${risk}</riskcode>
\t\t\t\t<confidence>2</confidence>
\t\t\t\t<riskdesc>${riskdesc[risk]} (Medium)</riskdesc>
\t\t\t\t<desc>&lt;p&gt;${xmlEsc(name)} was detected.&lt;/p&gt;</desc>
\t\t\t\t<instances>
\t\t\t\t\t<instance><uri>${xmlEsc(uri)}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance>
\t\t\t\t</instances>
\t\t\t\t<count>1</count>
\t\t\t\t<solution>&lt;p&gt;${xmlEsc(sol)}&lt;/p&gt;</solution>
\t\t\t\t<cweid>${cwe}</cweid>
\t\t\t\t<wascid>15</wascid>
\t\t\t\t<sourceid>3</sourceid>
\t\t\t</alertitem>`,
  )
  .join('\n')}
\t\t</alerts>
\t</site>
</OWASPZAPReport>
`;
  return {
    file: 'hd-weekly.xml',
    expected: 'SCAN_RESULTS',
    format: 'xml',
    note: 'OWASP ZAP XML report (web application scan)',
    data: Buffer.from(xml, 'utf8'),
  };
}

function insightVmCsv(): EvalDoc {
  const csp = QUILL;
  const rng = new Rng('eval:scan:ivm');
  const dbs = [['qrv-pg-01', '192.168.40.11', 'PostgreSQL 14.11'], ['qrv-pg-02', '192.168.40.12', 'PostgreSQL 14.11'], ['qrv-adb-01', '192.168.41.5', 'Oracle Autonomous Database 19c']];
  const vulns: [string, string, number, number, string][] = [
    ['postgresql-cve-2024-10979', 'PostgreSQL: CVE-2024-10979 PL/Perl environment variable changes execute arbitrary code', 8, 8.8, 'CVE-2024-10979'],
    ['postgresql-cve-2024-7348', 'PostgreSQL: CVE-2024-7348 pg_dump relation replacement', 7, 7.5, 'CVE-2024-7348'],
    ['database-default-account', 'Database Default Account Enabled', 4, 5.0, ''],
    ['tls-server-cert-expiring', 'TLS/SSL Server Certificate Expiring Within 30 Days', 2, 2.6, ''],
  ];
  const rows: (string | number)[][] = [['Asset IP Address', 'Asset Names', 'Asset OS Name', 'Service Port', 'Service Product', 'Vulnerability ID', 'Vulnerability Title', 'Vulnerability Severity Level', 'Vulnerability CVSS Score', 'Vulnerability CVE IDs', 'Vulnerability Proof', 'Vulnerability Solution', 'Vulnerable Since']];
  for (const [name, ip, prod] of dbs) {
    for (const [id, t, lvl, score, cve] of rng.sample(vulns, rng.int(2, 4))) {
      rows.push([ip ?? '', `${name}.db.${csp.domain}`, 'Oracle Linux 8.9', 5432, prod ?? '', id, t, lvl, score, cve, `Running ${prod ?? ''}; version banner matched vulnerable range.`, 'Upgrade to the latest minor release.', isoDate(day(-rng.int(5, 60)))]);
    }
  }
  return {
    file: 'db_2025_07.csv',
    expected: 'SCAN_RESULTS',
    format: 'csv',
    note: 'Rapid7 InsightVM vulnerability CSV export for the database scan',
    data: csv(rows, '\n'),
  };
}

// ---------------------------------------------------------------- inventories

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];

async function inventoryTemplate(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:inv:tmpl');
  const rows: CellValue[][] = hostsFor(csp, rng, 40).map((h, i) => [
    `i-0${(0x3a9f1c00 + i * 7919).toString(16)}`, h.ip, 'Yes', 'No', h.fqdn, '', '', 'Yes', `${h.os} CIS L1`, h.os, 'AWS GovCloud us-gov-west-1', 'EC2 instance', 'n/a (virtual)', 'Yes', '', '', 'Current', `Figure 9-1 ${h.name}`, '', '', 'vpc-prod-app', csp.engineer.name, csp.owner.name, h.name.includes('db') ? 'Database' : 'Application server',
  ]);
  const wb = book({ creator: csp.isso.name, date: day(-3), company: csp.legal });
  const ws = wb.addWorksheet('Inventory');
  setRow(ws, 1, [`${csp.system} - Integrated Inventory - July 2025`]);
  writeTable(ws, 3, INV_HEADERS, rows, { width: 16 });
  const ins = wb.addWorksheet('Instructions');
  setRow(ins, 1, ['One row per asset. Virtual assets must include the cloud instance identifier. Update monthly.']);
  return {
    file: 'LIP-conmon-07.xlsx',
    expected: 'INVENTORY',
    format: 'xlsx',
    note: 'inventory workbook with the FedRAMP column set (Rev 5 "Diagram Label"), 40 assets, title row above headers',
    data: await saveBook(wb, day(-3)),
  };
}

async function assetRegister(): Promise<EvalDoc> {
  const csp = CORVANE;
  const rng = new Rng('eval:inv:register');
  const wb = book({ creator: csp.engineer.name, date: day(-4), company: csp.legal, title: 'Asset Register' });
  const ws = wb.addWorksheet('Asset Register');
  setRow(ws, 1, ['Corvane CaseFlow GovCloud - Asset Register']);
  setRow(ws, 2, ['Source: Azure Resource Graph + Defender for Cloud, exported ' + usDate(day(-4))]);
  const rows: CellValue[][] = hostsFor(csp, rng, 30).map((h, i) => [
    `CCG-${String(500 + i).padStart(5, '0')}`, h.name, h.ip, rng.chance(0.1) ? rng.ip('52.245') : '', rng.pick(['Virtual Machine', 'AKS Node', 'Azure SQL MI', 'App Gateway']), `/subscriptions/…/resourceGroups/rg-ccg-prod/providers/Microsoft.Compute/virtualMachines/${h.name}`, 'usgovvirginia', h.os, rng.pick(['nginx 1.26', 'dotnet 8.0.7', 'SQL Server 2022', 'containerd 1.7']), csp.engineer.name, rng.chance(0.9) ? 'Y' : 'N', 'Production',
  ]);
  writeTable(ws, 4, ['Asset ID', 'Hostname', 'Private IP', 'Public IP', 'Resource Type', 'Resource ID', 'Region', 'OS / Image', 'Key Software & Version', 'Owner', 'Credentialed Scan (Y/N)', 'Environment'], rows, { width: 20 });
  return {
    file: 'ccg-0718.xlsx',
    expected: 'INVENTORY',
    format: 'xlsx',
    note: '"Asset Register" with home-grown column names (no FedRAMP column headers)',
    data: await saveBook(wb, day(-4)),
  };
}

function inventoryCsv(): EvalDoc {
  const csp = QUILL;
  const rng = new Rng('eval:inv:csv');
  const rows: (string | number)[][] = [['Unique Asset Identifier', 'IP Address', 'Virtual', 'Public', 'DNS Name', 'OS Name and Version', 'Asset Type', 'Location', 'Authenticated Scan', 'Software Name & Version', 'Function', 'System Owner']];
  for (const h of hostsFor(csp, rng, 25)) rows.push([`ocid1.instance.oc2.us-langley-1.${h.name}`, h.ip, 'Yes', 'No', h.fqdn, h.os, 'Compute instance', 'OCI US Gov East', 'Yes', 'Records Vault 5.12', h.name.includes('db') ? 'Database' : 'Application', csp.engineer.name]);
  return {
    file: 'export_20250716.csv',
    expected: 'INVENTORY',
    format: 'csv',
    note: 'inventory CSV exported from a CMDB, FedRAMP-like but abbreviated column names',
    data: csv(rows),
  };
}

// ---------------------------------------------------------------- significant change requests

async function scrWord(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Significant Change Request Form'),
    center(`${csp.legal} - ${csp.system}`),
    h1('Section 1: CSP and System Information'),
    table(['Field', 'Value'], [['CSP', csp.legal], ['Cloud Service Offering', csp.system], ['FedRAMP Package ID', 'F2306141187'], ['Impact Level', csp.level], ['Authorizing Agency', 'U.S. Department of the Interior'], ['Request Date', usDate(day(-12))], ['CSP Point of Contact', `${csp.isso.name}, ${csp.isso.email}`]]),
    h1('Section 2: Description of the Proposed Change'),
    p('Lumenfield proposes to introduce an AI-assisted query feature that uses a large language model hosted in Amazon Bedrock (AWS GovCloud). Tenant prompts and query results will be processed by the model endpoint; no tenant data is used for model training.'),
    h1('Section 3: Type of Change'),
    table(['Change Type', 'Applies'], [['New or modified external service / interconnection', '[X]'], ['New component or technology within the boundary', '[X]'], ['Change to the authorization boundary', '[ ]'], ['Change in data center / hosting location', '[ ]'], ['Change in cryptographic module', '[ ]'], ['Change of 3PAO or leveraged authorization', '[ ]']]),
    h1('Section 4: Security Impact Analysis'),
    p('The change adds a new data flow from the application tier to the Bedrock runtime endpoint via a VPC interface endpoint. Controls affected: AC-4, CA-3, CM-8, RA-3, SA-9, SC-7, SC-8, SI-10. Residual risk is assessed as Moderate pending 3PAO testing.'),
    table(['Control', 'Impact of Change', 'Planned Update'], [['AC-4', 'New information flow', 'Update data flow diagram and SSP'], ['SA-9', 'Leveraged service from IaaS provider', 'Confirm Bedrock is within the FedRAMP High authorization of AWS GovCloud'], ['SI-10', 'Prompt injection risk', 'Input filtering and output encoding']]),
    h1('Section 5: 3PAO Assessment'),
    p('Kestrel Assurance Partners will perform a significant change assessment; the SAP addendum will be submitted before testing. Updated SSP sections, inventory and diagrams will be delivered with the SAR.'),
    h1('Section 6: Requested Timeline'),
    p(`Testing: ${longDate(day(20))}. Requested go-live: ${longDate(day(60))}.`),
    h1('Section 7: Approvals'),
    ...signatureBlock([{ name: csp.owner.name, title: 'CSP System Owner' }, { name: 'Agency AO / Designee', title: 'U.S. Department of the Interior' }]),
  ];
  return {
    file: 'lip-req-2025-03.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    format: 'docx',
    note: 'significant change request form (new LLM service), cites SSP/SAP/SAR/inventory',
    data: await docx({ props: { title: 'Significant Change Request', creator: csp.isso.name, company: csp.legal }, body, date: day(-12) }),
  };
}

async function scrXlsx(): Promise<EvalDoc> {
  const csp = HARBOR;
  const wb = book({ creator: csp.isso.name, date: day(-19), company: csp.legal });
  const ws = wb.addWorksheet('SCR');
  setRow(ws, 1, ['FedRAMP Significant Change Request (SCR)']);
  ws.getRow(1).font = { bold: true, size: 14 };
  const fields: [string, string][] = [
    ['CSP Name', csp.legal], ['CSO Name', csp.system], ['Package ID', 'F2402287710'], ['Date Submitted', usDate(day(-19))],
    ['Change Title', 'Migration of primary database from Cloud SQL for PostgreSQL 13 to AlloyDB for PostgreSQL'],
    ['Change Category', 'Change to a component / technology within the boundary'],
    ['Description', 'Replace the managed PostgreSQL service with AlloyDB in the same Assured Workloads folder; same region, same CMEK keys.'],
    ['Reason for Change', 'Performance and end of support for PostgreSQL 13'],
    ['Impacted Controls', 'CM-2, CM-8, CP-9, CP-10, SC-28, SA-9'],
    ['Security Impact Analysis Summary', 'No change to boundary or data flows; backup and encryption configuration re-validated.'],
    ['3PAO Involvement', 'Kestrel Assurance Partners to test CP-9, CP-10, SC-28 and rescan database'],
    ['Planned Implementation Date', usDate(day(45))],
    ['CSP Approver', `${csp.owner.name} (${csp.owner.title})`],
    ['Agency Decision', ''],
  ];
  fields.forEach(([k, v], i) => setRow(ws, 3 + i, [k, v]));
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 90;
  const ic = wb.addWorksheet('Impacted Controls');
  writeTable(ic, 1, ['Control', 'Current Implementation', 'Change', 'SSP Section to Update'], [['CP-9', 'Automated Cloud SQL backups', 'AlloyDB continuous backup', '13.6 CP-9'], ['SC-28', 'CMEK on Cloud SQL', 'CMEK on AlloyDB', '13.16 SC-28']], { width: 30 });
  return {
    file: 'hd_form_0703.xlsx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    format: 'xlsx',
    note: 'SCR form laid out as a two-column workbook plus impacted-controls sheet',
    data: await saveBook(wb, day(-19)),
  };
}

async function scrLetterPdf(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    p(csp.legal), p(csp.address), gap, p(longDate(day(-27))), gap,
    p('Lorraine Abernathy on behalf of Nimbuswerk to: Authorizing Official, Department of the Interior; cc: FedRAMP PMO (info@fedramp.gov)'),
    gap,
    p('Subject: Notification and Request for Approval of a Planned Change - Addition of Hillsboro, OR Availability Zone', ),
    gap,
    p(`In accordance with the FedRAMP Significant Change Policies and Procedures, ${csp.short} requests approval to add a third availability zone (Hillsboro, OR, facility HIO-3) to the ${csp.system} authorization boundary. The new facility will host compute and block storage capacity and is operated under the same physical security program as the existing facilities.`),
    h2('Nature of the Change'),
    ul('Type: change in the physical location of a data center / addition of a data center', 'Scope: compute, block storage, out-of-band management network', 'Boundary: extended to include facility HIO-3'),
    h2('Security Impact Analysis'),
    p('Affected controls include PE-2 through PE-17, CP-6, CP-7, CM-8, SC-7 and MA-2. The physical and environmental controls of the new site will be assessed by Meridian Attest Group, which will submit a significant change SAP and SAR.'),
    h2('Schedule'),
    table(['Milestone', 'Date'], [['3PAO assessment start', usDate(day(10))], ['SAR delivered', usDate(day(40))], ['Requested production use', usDate(day(75))]]),
    p('We request the AO\'s approval to proceed with the assessment. Updated SSP sections and the inventory will be provided with the SAR.'),
    gap,
    p('Sincerely,'),
    p(`${csp.owner.name}`), p(csp.owner.title),
  ];
  return {
    file: 'NFC_letter_HIO3.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    format: 'pdf',
    note: 'significant change request as a letter ("Notification and Request for Approval of a Planned Change"), no form title',
    data: await pdf({ props: { creator: csp.owner.name }, body, date: day(-27) }),
  };
}

// ---------------------------------------------------------------- deviation requests

async function drWord(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Deviation Request Form'),
    center(`${csp.system} - Continuous Monitoring`),
    h1('Request Information'),
    table(['Field', 'Value'], [['CSP', csp.legal], ['System', csp.system], ['DR Number', 'DR-2025-014'], ['Date', usDate(day(-9))], ['POA&M ID(s)', 'V-1047, V-1052'], ['Deviation Type', '[ ] False Positive   [X] Risk Adjustment   [ ] Operational Requirement']]),
    h1('Vulnerability Information'),
    table(['Field', 'Value'], [['Scanner / Plugin', 'Tenable Nessus 187315'], ['Vulnerability Name', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)'], ['Original Risk Rating', 'Moderate'], ['Requested Adjusted Rating', 'Low'], ['Affected Assets', 'lip-bastion-01, lip-bastion-02']]),
    h1('Justification'),
    p('The affected SSH services are reachable only from the management VPC through Session Manager port forwarding; no network path exists from untrusted networks. ChaCha20-Poly1305 and Encrypt-then-MAC ciphers have been disabled, removing the exploitable conditions. The residual likelihood is therefore low.'),
    h1('Mitigating Factors and Evidence'),
    ul('Security group sg-0b7 allows TCP/22 only from the Session Manager endpoint subnet (screenshot 1).', 'sshd_config excerpt showing allowed ciphers and MACs (screenshot 2).', 'Rescan output showing the strict KEX countermeasure (attachment 3).'),
    h1('3PAO Validation'),
    p('Kestrel Assurance Partners reviewed the evidence and concurs with the adjusted rating (email dated ' + usDate(day(-11)) + ').'),
    h1('Approvals'),
    ...signatureBlock([{ name: csp.isso.name, title: 'CSP ISSO' }, { name: 'Agency AO / Designee', title: 'Approve / Deny' }]),
  ];
  return {
    file: 'lip-14.docx',
    expected: 'DEVIATION_REQUEST',
    format: 'docx',
    note: 'deviation request form (risk adjustment) referencing POA&M items',
    data: await docx({ props: { title: 'Deviation Request', creator: csp.isso.name, company: csp.legal }, body, date: day(-9) }),
  };
}

async function drXlsx(): Promise<EvalDoc> {
  const csp = CORVANE;
  const wb = book({ creator: csp.isso.name, date: day(-16), company: csp.legal });
  const ws = wb.addWorksheet('DR Form');
  setRow(ws, 1, ['FedRAMP Vendor Deviation Request']);
  const f: [string, string][] = [
    ['CSP', csp.legal], ['System', csp.system], ['Deviation Request ID', 'CCG-DR-0031'], ['Request Type', 'Operational Requirement (OR)'],
    ['Related POA&M ID', 'V-0877'], ['Weakness', 'Windows Server 2022: SMB signing not required on legacy file-share node'],
    ['Original Risk Rating', 'Moderate'], ['Operational Justification', 'A legacy agency integration uses an SMB client that cannot negotiate signing; the agency is replacing the integration by Q1 FY26.'],
    ['Compensating Controls', 'Node isolated in dedicated subnet; only the agency integration host IP permitted; SMB traffic inspected by Azure Firewall Premium IDPS.'],
    ['Requested Until', usDate(day(200))], ['CSP Signature', csp.isso.name], ['AO Decision', ''],
  ];
  f.forEach(([k, v], i) => setRow(ws, 3 + i, [k, v]));
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 100;
  const ev = wb.addWorksheet('Evidence');
  writeTable(ev, 1, ['#', 'Evidence', 'File'], [[1, 'Firewall rule export', 'azfw-rules.json'], [2, 'Network diagram excerpt', 'legacy-subnet.png']], { width: 30 });
  return {
    file: 'ccg-0031.xlsx',
    expected: 'DEVIATION_REQUEST',
    format: 'xlsx',
    note: 'operational-requirement deviation request as a two-column form workbook',
    data: await saveBook(wb, day(-16)),
  };
}

async function drFalsePositivePdf(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    h1('Request for False Positive Determination'),
    table(['Item', 'Detail'], [['Requested by', `${csp.isso.name}, ${csp.legal}`], ['System', csp.system], ['POA&M item', 'V-0142'], ['Scanner finding', 'Qualys QID 38909 - SHA1 deprecated setting for SSH'], ['Hosts', 'qrv-app-03, qrv-app-04'], ['Date', usDate(day(-4))]]),
    h2('Why the Finding Is a False Positive'),
    p('The scanner infers SHA-1 support from the advertised KEX list of an older OpenSSH banner. The hosts run OpenSSH 9.6 with a hardened configuration that does not offer any SHA-1 based key exchange or MAC; the scanner result reflects the banner, not the configuration.'),
    h2('Evidence Provided'),
    ul('ssh -Q kex output from both hosts', 'sshd -T effective configuration', 'ssh-audit report showing no SHA-1 algorithms'),
    h2('Requested Action'),
    p('Close POA&M item V-0142 as a false positive upon agency approval. The 3PAO has reviewed the evidence.'),
    gap,
    p('Agency decision:   [ ] Approved   [ ] Denied        AO / designee: ____________________   Date: ________'),
  ];
  return {
    file: 'QRV-V0142.pdf',
    expected: 'DEVIATION_REQUEST',
    format: 'pdf',
    note: 'false-positive deviation request as a PDF titled "Request for False Positive Determination"',
    data: await pdf({ props: { creator: csp.isso.name }, header: `${csp.short} ConMon - ${usDate(day(-4))}`, body, date: day(-4) }),
  };
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  return [
    await poamTemplate(), await remediationTracker(),
    nessusXml(), nessusCsv(), qualysCsv(), zapXml(), insightVmCsv(),
    await inventoryTemplate(), await assetRegister(), inventoryCsv(),
    await scrWord(), await scrXlsx(), await scrLetterPdf(),
    await drWord(), await drXlsx(), await drFalsePositivePdf(),
  ];
}
