/** eval11: workbooks, scanner exports and OSCAL documents from the five CSPs and their 3PAOs. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as yamlStringify } from 'yaml';
import { AGENCY, IRONBRIDGE, KC, LL, SC } from './actors11.js';
import type { Csp, EvalDoc } from './actors11.js';
import { Rng, csv, toXlsx } from './kit11.js';
import type { Cell } from './kit11.js';

// FedRAMP's OSCAL templates (../shared/fixtures/gsa-fedramp-automation/templates): the project's
// byte-identical copies, so that the corpus builds from a clean clone alone.
const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'oscal');
let rng = new Rng(0x5ca11);

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const day = (base: string, plus: number): string => iso(new Date(Date.parse(base) + plus * 86400000));

const WEAK: [string, string, string, string][] = [
  ['SI-2', 'OpenSSL 3.0.x < 3.0.15 Multiple Vulnerabilities', 'The remote host has an OpenSSL version affected by several vulnerabilities, including a denial of service in X.509 policy processing.', 'CVE-2024-5535'],
  ['SI-2', 'Linux Kernel Privilege Escalation (USN-7021-1)', 'The kernel is affected by a use-after-free that may allow local privilege escalation.', 'CVE-2024-26925'],
  ['RA-5', 'Apache Tomcat 9.0.x < 9.0.93 Request Smuggling', 'Tomcat improperly handles trailer headers, enabling request smuggling.', 'CVE-2024-34750'],
  ['CM-6', 'SSH Weak MAC Algorithms Enabled', 'The SSH server is configured to allow hmac-sha1 MAC algorithms.', ''],
  ['SC-8', 'TLS Version 1.1 Protocol Detection', 'The remote service accepts connections encrypted using TLS 1.1.', ''],
  ['AC-2', 'Inactive accounts not disabled', 'Three administrator accounts had no login in more than 90 days and were still enabled.', ''],
  ['SI-2', 'PostgreSQL 15.x < 15.8 SQL Injection', 'A time-of-check time-of-use race in pg_dump allows arbitrary SQL execution.', 'CVE-2024-7348'],
  ['CM-7', 'Unnecessary service: rpcbind listening', 'rpcbind is enabled on hosts that do not require NFS.', ''],
  ['SI-2', 'curl 8.x < 8.9.1 ASN.1 date parser overread', 'libcurl may read beyond the buffer when parsing certificate dates.', 'CVE-2024-7264'],
  ['AU-9', 'Audit log bucket without object lock', 'The audit log storage bucket in one region is not configured with object lock.', ''],
  ['IA-5', 'Service account password older than policy', 'Two service accounts have passwords older than 365 days.', ''],
  ['SI-2', 'Node.js 18.x < 18.20.4 multiple vulnerabilities', 'The Node.js runtime is affected by several vulnerabilities including permission model bypass.', 'CVE-2024-36138'],
];
const RISK = ['High', 'Moderate', 'Moderate', 'Low', 'Low', 'Moderate'];

function poamRows(prefix: string, n: number, hosts: string[], base: string): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const w = rng.pick(WEAK);
    const risk = rng.pick(RISK);
    const det = day(base, -rng.int(5, 150));
    const due = day(det, risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180);
    rows.push([
      `${prefix}-${String(400 + i).padStart(4, '0')}`, w[0], w[1], w[2], rng.pick(['Tenable Nessus', 'Manual review', '3PAO assessment', 'Burp Suite']), w[3] ? `Plugin ${rng.int(150000, 210000)}` : `SAR-2025-${rng.int(1, 30)}`,
      `${rng.pick(hosts)}`, rng.pick(['SRE Team', 'Platform Security', 'DB Engineering']), 'Internal staff', `Apply vendor patch / reconfigure; validate with rescan.`, det, due,
      `${day(det, 14)}: patch tested in staging; ${day(det, 21)}: production deployment`, '', base, 'No', '', '', risk, '', '', 'No', 'No', '', '', '', 'No', '', '', w[3], 'Core platform',
    ]);
  }
  return rows;
}

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

// ------------------------------------------------------------------ POA&M xlsx (SC, template layout)
async function poamScgc(): Promise<EvalDoc> {
  const hosts = Array.from({ length: 30 }, (_, i) => `hv-use1-${String(i + 1).padStart(3, '0')}.scgc.internal`);
  const meta: Cell[][] = [
    [],
    ['CSP', SC.org, 'System Name', SC.sys, 'Impact Level', 'High', 'POAM Date', '2025-09-30'],
    ['', '', '', '', '', '', '', ''],
    [],
  ];
  const open = [...meta, POAM_HEADERS, ...poamRows('POAM', 36, hosts, '2025-09-30')];
  const closed = [...meta, POAM_HEADERS, ...poamRows('POAM-C', 14, hosts, '2025-09-30').map((r) => { r[25] = 'Closed - validated by rescan'; return r; })];
  return {
    file: 'SCGC POA&M 2025-09.xlsx',
    expected: 'POAM',
    note: "StrataCore's September POA&M in the FedRAMP template layout (Open/Closed POA&M Items, headers on row 5).",
    data: await toXlsx([
      { name: 'Open POA&M Items', rows: open, boldRows: [5], widths: [14, 10, 40, 60] },
      { name: 'Closed POA&M Items', rows: closed, boldRows: [5] },
      { name: 'Configuration Findings', rows: [...meta, POAM_HEADERS], boldRows: [5] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2025-09-30', 'September ConMon submission', '2025.09', 'P. Nwosu']], boldRows: [1] },
    ], { creator: 'FedRAMP PMO', lastModifiedBy: 'Paul Nwosu', company: SC.org }),
  };
}

// ------------------------------------------------------------------ POAM xlsx (BW, drifted, "POAM")
async function poamCaseflow(): Promise<EvalDoc> {
  const hosts = Array.from({ length: 20 }, (_, i) => `cf-app-${i + 1}.caseflow.prod`);
  const hdr = ['POAM ID', 'Control(s)', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source Identifier', 'Asset ID(s)', 'POC', 'Resources', 'Remediation Plan', 'Detection Date', 'Scheduled Completion', 'Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Vendor Check-in', 'Vendor Product', 'Original Risk', 'Adjusted Risk', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Docs', 'Comments'];
  const pre: Cell[][] = [
    ['Brightwater Data Systems - CaseFlow POAM'],
    ['Monthly Continuous Monitoring Submission - October 2025'],
    ['CSP: Brightwater Data Systems, Inc.', '', 'System: Brightwater CaseFlow', '', 'Impact: Moderate', '', 'POAM Date: 10/10/2025'],
    [],
    ['Instructions: items remain on this tab until closed and validated. Risk adjustments require an approved DR.'],
    [],
  ];
  const rows = poamRows('CF', 24, hosts, '2025-10-10').map((r) => r.slice(0, 26));
  return {
    file: 'Final_v7.xlsx',
    expected: 'POAM',
    note: 'Brightwater "POAM" workbook with a longer preamble (header on row 7) and renamed columns, under a neutral file name.',
    data: await toXlsx([
      { name: 'Open POAM Items', rows: [...pre, hdr, ...rows], boldRows: [1, 7], merges: ['A1:F1'] },
      { name: 'Closed POAM Items', rows: [...pre, hdr, ...poamRows('CF', 6, hosts, '2025-10-10').map((r) => r.slice(0, 26))], boldRows: [7] },
    ], { creator: 'tdelgado', lastModifiedBy: 'omercer' }),
  };
}

// ------------------------------------------------------------------ POA&M xlsx (LL, "Plan of Actions & Milestones")
async function poamLedgerline(): Promise<EvalDoc> {
  const hosts = ['lgm-web-01', 'lgm-web-02', 'lgm-worker-rpt-01', 'lgm-db-primary', 'lgm-db-replica', 'lgm-bastion'];
  const hdr = ['POA&M Item ID', 'Security Control', 'Weakness', 'Weakness Description', 'Identified By', 'Source ID', 'Affected Asset', 'Owner', 'Resources', 'Remediation Plan', 'Date Identified', 'Scheduled Completion Date', 'Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Vendor Check-in', 'Product', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Evidence', 'Comments'];
  const title: Cell[][] = [
    ['Ledgerline Grants Manager - Plan of Actions & Milestones'],
    ['Ledgerline Software LLC | FedRAMP Moderate | Reporting Month: October 2025'],
    [],
  ];
  return {
    file: 'LGM_ConMon_Oct.xlsx',
    expected: 'POAM',
    note: 'Ledgerline\'s monthly "Plan of Actions & Milestones" workbook: title row, renamed headers starting "POA&M Item ID".',
    data: await toXlsx([
      { name: 'Open Items', rows: [...title, hdr, ...poamRows('LGM', 18, hosts, '2025-10-08').map((r) => r.slice(0, 26))], boldRows: [1, 4], merges: ['A1:H1'] },
      { name: 'Closed Items', rows: [...title, hdr, ...poamRows('LGM', 9, hosts, '2025-10-08').map((r) => r.slice(0, 26))], boldRows: [4] },
      { name: 'Change Log', rows: [['Date', 'Change'], ['2025-10-08', 'October update']] },
    ], { creator: 'kosei', company: LL.org }),
  };
}

// ------------------------------------------------------------------ OSCAL documents (KC)
function oscalFrom(file: string, c: Csp, assessor: string): string {
  return readFileSync(join(TEMPLATES, file), 'utf8')
    .replaceAll('[System Name]', c.sys)
    .replaceAll("System's Full Name", c.sys)
    .replaceAll("System's Short Name or Acronym", c.short)
    .replaceAll('Cloud Service Provider (CSP) Name', c.org)
    .replaceAll('CSP Acronym/Short Name', 'Kestrel')
    .replaceAll('[CSP Name]', c.org)
    .replaceAll('[CSO Name]', c.sys)
    .replaceAll('[Insert CSO Name]', c.sys)
    .replaceAll('[IA Name]', assessor)
    .replaceAll('Assessment Organization Name', assessor)
    .replaceAll('Agency Name', AGENCY)
    .replaceAll('2024-09-24T02:24:00Z', '2025-09-30T14:00:00Z');
}

async function sspKapJson(): Promise<EvalDoc> {
  const d = JSON.parse(oscalFrom('FedRAMP-SSP-OSCAL-Template.json', KC, IRONBRIDGE)) as { 'system-security-plan': { metadata: { title: string; version: string } } };
  d['system-security-plan'].metadata.title = 'Kestrel Application Platform (KAP) System Security Plan';
  d['system-security-plan'].metadata.version = '2025.3';
  return {
    file: 'kap-package-2025.json',
    expected: 'SSP',
    note: "Kestrel's SSP in OSCAL JSON (system-security-plan), adapted from FedRAMP's template.",
    data: JSON.stringify(d, null, '\t'),
  };
}

async function sapKapXml(): Promise<EvalDoc> {
  const x = oscalFrom('FedRAMP-SAP-OSCAL-Template.xml', KC, IRONBRIDGE).replace(
    `<title>${KC.sys} FedRAMP Security Assessment Plan (SAP)</title>`,
    `<title>KAP 2025 Annual Assessment - Security Assessment Plan</title>`,
  );
  return {
    file: 'KAP_annual_2025.xml',
    expected: 'SAP',
    note: "Ironbridge's OSCAL XML assessment-plan for Kestrel's annual assessment, adapted from FedRAMP's template.",
    data: x,
  };
}

async function sarKapJson(): Promise<EvalDoc> {
  const d = JSON.parse(oscalFrom('FedRAMP-SAR-OSCAL-Template.json', KC, IRONBRIDGE)) as Record<string, unknown>;
  return {
    file: 'results.json',
    expected: 'SAR',
    note: "Ironbridge's OSCAL JSON assessment-results (SAR) for Kestrel, minified as exported by their tool.",
    data: JSON.stringify(d),
  };
}

async function poamKapYaml(): Promise<EvalDoc> {
  const d = JSON.parse(oscalFrom('FedRAMP-POAM-OSCAL-Template.json', KC, IRONBRIDGE)) as { 'plan-of-action-and-milestones': { metadata: { title: string } } };
  d['plan-of-action-and-milestones'].metadata.title = 'KAP Plan of Action and Milestones - October 2025';
  return {
    file: 'conmon-oct.yaml',
    expected: 'POAM',
    note: "Kestrel's October POA&M in OSCAL YAML (plan-of-action-and-milestones), converted from the JSON template.",
    data: `# Kestrel Compute - KAP ConMon - generated by kc-grc-export 1.4\n${yamlStringify(d, { lineWidth: 0 })}`,
  };
}

// ------------------------------------------------------------------ scans
async function nessusScgc(): Promise<EvalDoc> {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const hosts: string[] = [];
  for (let h = 0; h < 14; h++) {
    const ip = `10.20.${Math.floor(h / 8) + 4}.${(h % 8) * 3 + 11}`;
    const items: string[] = [
      `<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>This plugin displays information about the Nessus scan.</description><risk_factor>None</risk_factor><plugin_output>Credentialed checks : yes\nScan Start Date : 2025/9/22 1:14 UTC</plugin_output></ReportItem>`,
    ];
    for (let k = 0; k < rng.int(3, 7); k++) {
      const w = rng.pick(WEAK.filter((x) => x[3]));
      const sev = rng.int(1, 3);
      items.push(`<ReportItem port="${rng.pick([0, 22, 443, 5432])}" svc_name="${rng.pick(['general', 'ssh', 'www', 'postgresql'])}" protocol="tcp" severity="${sev}" pluginID="${rng.int(150000, 210000)}" pluginName="${esc(w[1])}" pluginFamily="${rng.pick(['Ubuntu Local Security Checks', 'Web Servers', 'Databases', 'General'])}"><description>${esc(w[2])}</description><solution>Upgrade to the latest vendor-supplied version.</solution><risk_factor>${['None', 'Low', 'Medium', 'High'][sev]}</risk_factor><cve>${w[3]}</cve><cvss3_base_score>${(4 + sev * 1.7).toFixed(1)}</cvss3_base_score><plugin_output>Installed package version does not meet the fixed version.</plugin_output></ReportItem>`);
    }
    hosts.push(`<ReportHost name="${ip}"><HostProperties><tag name="HOST_START">Mon Sep 22 01:14:${10 + h} 2025</tag><tag name="host-ip">${ip}</tag><tag name="host-fqdn">hv-use1-${String(h + 1).padStart(3, '0')}.scgc.internal</tag><tag name="operating-system">Linux Kernel 5.15 on Ubuntu 22.04</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_END">Mon Sep 22 01:39:02 2025</tag></HostProperties>${items.join('')}</ReportHost>`);
  }
  const xml = `<?xml version="1.0" ?>\n<NessusClientData_v2><Policy><policyName>SCGC Monthly OS - Credentialed</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>10.20.4.0/23</value></preference></ServerPreferences></Preferences></Policy><Report name="SCGC OS Scan September 2025" xmlns:cm="http://www.nessus.org/cm">${hosts.join('\n')}</Report></NessusClientData_v2>\n`;
  return { file: 'scan_os_sept.nessus', expected: 'SCAN_RESULTS', note: "StrataCore's monthly credentialed OS scan in Nessus v2 XML.", data: xml };
}

async function csvCaseflow(): Promise<EvalDoc> {
  const rows: Cell[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (let i = 0; i < 70; i++) {
    const w = rng.pick(WEAK);
    const risk = rng.pick(['None', 'Low', 'Medium', 'High', 'Medium']);
    rows.push([rng.int(10000, 210000), w[3], risk === 'None' ? '' : (3 + rng.next() * 6).toFixed(1), risk, `10.40.${rng.int(1, 4)}.${rng.int(10, 250)}`, 'tcp', rng.pick([22, 443, 5432, 0]), w[1], 'The remote host is missing a security update.', w[2], 'Apply the vendor patch.', 'https://nvd.nist.gov/', 'Remote version : 1.2.3\nFixed version : 1.2.9']);
  }
  return { file: 'export (1).csv', expected: 'SCAN_RESULTS', note: "Brightwater's Nessus vulnerability scan exported to CSV with the scanner's standard columns.", data: csv(rows) };
}

async function zapLedgerline(): Promise<EvalDoc> {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Content Security Policy is an added layer of security that helps detect and mitigate certain attacks.', '693'],
    ['10202', 'Absence of Anti-CSRF Tokens', '1', 'No Anti-CSRF tokens were found in a HTML submission form.', '352'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'HTTP Strict Transport Security (HSTS) is not set on some responses.', '319'],
    ['90022', 'Application Error Disclosure', '1', 'The page contains an error message that may disclose sensitive information.', '200'],
    ['10021', 'X-Content-Type-Options Header Missing', '1', 'The Anti-MIME-Sniffing header was not set.', '693'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'Cross-site scripting was found in the search parameter of the award lookup page.', '79'],
  ];
  const items = alerts.map(([id, name, risk, desc, cwe]) => {
    const inst = Array.from({ length: rng.int(1, 4) }, (_, k) => `<instance><uri>https://grants.ledgerline-gov.com/app/${rng.pick(['awards', 'applications', 'search', 'reviews'])}/${k + 1}</uri><method>GET</method><param>${rng.pick(['q', 'id', ''])}</param><evidence></evidence></instance>`).join('');
    return `<alertitem><pluginid>${id}</pluginid><alertRef>${id}</alertRef><alert>${name}</alert><name>${name}</name><riskcode>${risk}</riskcode><confidence>2</confidence><riskdesc>${['Informational', 'Low', 'Medium', 'High'][Number(risk)]} (Medium)</riskdesc><desc>&lt;p&gt;${desc}&lt;/p&gt;</desc><instances>${inst}</instances><count>${rng.int(1, 9)}</count><solution>&lt;p&gt;Configure the web server or application to address the finding.&lt;/p&gt;</solution><reference>&lt;p&gt;https://owasp.org/&lt;/p&gt;</reference><cweid>${cwe}</cweid><wascid>15</wascid><sourceid>3</sourceid></alertitem>`;
  });
  const xml = `<?xml version="1.0"?>\n<OWASPZAPReport programName="ZAP" version="2.15.0" generated="Tue, 7 Oct 2025 03:12:44">\n<site name="https://grants.ledgerline-gov.com" host="grants.ledgerline-gov.com" port="443" ssl="true"><alerts>\n${items.join('\n')}\n</alerts></site>\n</OWASPZAPReport>\n`;
  return { file: '2025-10-zap-report.xml', expected: 'SCAN_RESULTS', note: "Ledgerline's monthly authenticated web application scan as an OWASP ZAP XML report.", data: xml };
}

async function trivyKap(): Promise<EvalDoc> {
  const vulns = Array.from({ length: 22 }, () => {
    const w = rng.pick(WEAK.filter((x) => x[3]));
    return { VulnerabilityID: w[3], PkgName: rng.pick(['openssl', 'libssl3', 'curl', 'linux-libc-dev', 'nodejs', 'zlib1g']), InstalledVersion: `3.0.${rng.int(2, 13)}-1ubuntu2`, FixedVersion: '3.0.15-1ubuntu1', Severity: rng.pick(['HIGH', 'MEDIUM', 'LOW', 'CRITICAL']), Title: w[1], Description: w[2], PrimaryURL: `https://avd.aquasec.com/nvd/${w[3].toLowerCase()}`, CVSS: { nvd: { V3Score: Number((5 + rng.next() * 4).toFixed(1)) } } };
  });
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-10-05T04:00:12.882Z',
    ArtifactName: 'registry.kap-gov.kestrel.cloud/platform/router:2025.3.1',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'ubuntu', Name: '22.04' }, ImageID: 'sha256:5f1e0c9a7b3d', RepoTags: ['registry.kap-gov.kestrel.cloud/platform/router:2025.3.1'] },
    Results: [{ Target: 'registry.kap-gov.kestrel.cloud/platform/router:2025.3.1 (ubuntu 22.04)', Class: 'os-pkgs', Type: 'ubuntu', Vulnerabilities: vulns }],
  };
  return { file: 'kap-images-trivy.json', expected: 'SCAN_RESULTS', note: "Kestrel's monthly container image vulnerability scan exported as Trivy JSON.", data: JSON.stringify(doc, null, 2) };
}

// ------------------------------------------------------------------ inventories
const INV_HDR = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(prefix: string, n: number, net: string, loc: string): Cell[][] {
  return Array.from({ length: n }, (_, i) => {
    const db = i % 7 === 0;
    return [`${prefix}-${String(i + 1).padStart(4, '0')}`, `${net}.${10 + i}`, 'Yes', i < 2 ? 'Yes' : 'No', `${prefix.toLowerCase()}-${db ? 'db' : 'node'}-${i + 1}.internal`, '', '', 'Yes', db ? 'CIS PostgreSQL 15 L1' : 'CIS Ubuntu 22.04 L2', 'Ubuntu 22.04.5 LTS', loc, db ? 'Database' : 'Virtual Machine', 'n/a (virtual)', 'Yes', db ? 'PostgreSQL Global Development Group' : '', db ? 'PostgreSQL 15.8' : '', `2025-09-${String(rng.int(10, 28))}`, db ? 'Tenant metadata store' : rng.pick(['Hypervisor', 'Load balancer', 'Control plane API', 'Storage node']), '', '', `VLAN ${rng.int(100, 140)}`, 'SRE', 'Platform Engineering'];
  });
}

async function invScgc(): Promise<EvalDoc> {
  return {
    file: 'SCGC_Inventory_Sep2025.xlsx',
    expected: 'INVENTORY',
    note: "StrataCore's Integrated Inventory Workbook (v2.2 layout, headers on row 2) for September ConMon.",
    data: await toXlsx([
      { name: 'INSTRUCTIONS ', rows: [['Integrated Inventory Workbook - complete one row per inventory item. Do not change the column headers.'], ['Updated monthly and submitted with the POA&M and scan results.']] },
      { name: 'Inventory', rows: [['StrataCore Government Cloud - Integrated Inventory - September 2025'], INV_HDR, ...invRows('SCGC', 64, '10.20.4', 'us-gov-east (Ashburn)')], boldRows: [2] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2025-09-30', 'Monthly update', 'P. Nwosu']] },
    ], { creator: 'FedRAMP', lastModifiedBy: 'Paul Nwosu' }),
  };
}

async function invKap(): Promise<EvalDoc> {
  const hdr = [...INV_HDR.slice(0, 19), 'Diagram Label', ...INV_HDR.slice(19)];
  const rows = invRows('KAP', 40, '172.31.8', 'us-gov-west-1').map((r) => [...r.slice(0, 19), rng.pick(['CP-1', 'RT-2', 'DB-3', 'REG-4']), ...r.slice(19)]);
  return {
    file: 'book1.xlsx',
    expected: 'INVENTORY',
    note: "Kestrel's Rev5 Appendix M inventory (with Diagram Label) on a renamed sheet, header on row 4, under a default file name.",
    data: await toXlsx([{ name: 'KAP Assets Oct25', rows: [['Kestrel Application Platform'], ['Reporting period: October 2025'], [], hdr, ...rows], boldRows: [4] }], null),
  };
}

async function invPollen(): Promise<EvalDoc> {
  const hdr = INV_HDR.map((h) => h.replace(/\n/g, ' '));
  const rows: Cell[][] = [hdr];
  const items = [['PW-WEB-1', 'web'], ['PW-WEB-2', 'web'], ['PW-API-1', 'api'], ['PW-WORKER-1', 'jobs'], ['PW-DB-1', 'db'], ['PW-CACHE-1', 'cache'], ['PW-LB-1', 'lb'], ['PW-BASTION', 'bastion']];
  items.forEach(([id, fn], i) => rows.push([id as string, `10.9.0.${i + 5}`, 'Yes', fn === 'lb' ? 'Yes' : 'No', fn === 'lb' ? 'gov.pollensurvey.io' : `${fn}.pollen.internal`, '', '', 'Yes', 'Pollen hardened AMI 2025.07', 'Amazon Linux 2023', 'AWS GovCloud us-gov-west-1', fn === 'db' ? 'Database' : 'EC2 instance', 'n/a', 'Yes', fn === 'db' ? 'Amazon' : '', fn === 'db' ? 'RDS PostgreSQL 16.3' : '', '2025-09-30', fn as string, '', '', 'vpc-0pollen', 'Sam Iverson', 'Sam Iverson']));
  return { file: 'assets.csv', expected: 'INVENTORY', note: "Pollenware's tiny inventory as CSV with the Integrated Inventory Workbook columns.", data: csv(rows) };
}

// ------------------------------------------------------------------ checklist xlsx (KC)
async function checklistKap(): Promise<EvalDoc> {
  const items = ['System Security Plan', 'Att. 1 Information Security Policies & Procedures', 'Att. 2 User Guide', 'Att. 3 Digital Identity Worksheet', 'Att. 4 PTA/PIA', 'Att. 5 Rules of Behavior', 'Att. 6 ISCP', 'Att. 7 Configuration Management Plan', 'Att. 8 Incident Response Plan', 'Att. 9 CIS/CRM Workbook', 'Att. 10 FIPS 199', 'Att. 11 Separation of Duties Matrix', 'Att. 12 Laws and Regulations', 'Att. 13 Integrated Inventory Workbook', 'Security Assessment Plan (SAP)', 'Security Assessment Report (SAR)', 'POA&M', 'Agency ATO Letter', 'Continuous Monitoring Strategy'];
  const rows: Cell[][] = [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['CSP Name:', KC.org, '', 'CSO Name:', KC.sys],
    ['Impact Level:', 'Moderate', '', 'Authorizing Agency:', AGENCY],
    [],
    ['Item', 'Document', 'Required', 'Included in Package (Y/N)', 'File Name', 'Version', 'Date', 'Comments'],
    ...items.map((d, i) => [i + 1, d, 'Yes', i === 17 ? 'N' : 'Y', i === 17 ? '' : `KAP_${d.replace(/\W+/g, '_')}.${i < 14 ? 'docx' : 'pdf'}`, '2025.3', '2025-09-26', i === 17 ? 'To be provided by FMRA' : '']),
  ];
  return {
    file: 'KAP-Checklist.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: "Kestrel's FedRAMP Initial Authorization Package Checklist workbook listing each package item.",
    data: await toXlsx([{ name: 'Checklist', rows, boldRows: [1, 5], merges: ['A1:H1'] }, { name: 'Instructions', rows: [['Complete one row per required document. The checklist is submitted with the package to the FedRAMP secure repository.']] }], { creator: 'FedRAMP PMO', lastModifiedBy: 'rmenon' }),
  };
}

// ------------------------------------------------------------------ CIS / CRM workbooks
const CTLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-6', 'AC-17', 'AT-2', 'AU-2', 'AU-6', 'CA-7', 'CM-2', 'CM-6', 'CM-8', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-4', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

async function cisScgc(): Promise<EvalDoc> {
  const cisHdr = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
  const cis = CTLS.map((c) => { const k = rng.int(6, 11); return [c, 'X', '', '', '', '', ...Array.from({ length: 7 }, (_, j) => (j + 6 === k ? 'X' : ''))]; });
  const crm = CTLS.map((c) => [c, rng.pick(['Yes', 'Partial', 'No']), rng.pick(['Customer is responsible for managing accounts within their tenant.', 'Customer must configure logging of tenant resources to their SIEM.', 'Fully inherited from SCGC; no customer action.', 'Customer configures security groups and network ACLs for tenant VPCs.'])]);
  return {
    file: 'SCGC_CIS_CRM_Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: "StrataCore's Control Implementation Summary / Customer Responsibility Matrix workbook (Attachment 9).",
    data: await toXlsx([
      { name: 'Introduction', rows: [['StrataCore Government Cloud - CIS/CRM Workbook'], ['The CIS worksheet summarizes implementation status and origination for each control; the CRM worksheet lists responsibilities customers must implement.']] },
      { name: 'CIS Worksheet', rows: [['Control Implementation Summary (CIS) - FedRAMP High'], cisHdr, ...cis], boldRows: [2] },
      { name: 'CRM Worksheet', rows: [['Customer Responsibility Matrix (CRM)'], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], boldRows: [2] },
    ], { creator: 'FedRAMP', lastModifiedBy: 'Paul Nwosu', company: SC.org }),
  };
}

async function crmLedgerline(): Promise<EvalDoc> {
  const crm = CTLS.map((c) => [c, rng.pick(['Yes', 'Partial', 'No']), rng.pick(['Agency tenant administrators approve grantee accounts and review them every 90 days.', 'Agency must federate its IdP and enforce MFA.', 'Inherited from Ledgerline; no agency action.', 'Agency reviews audit reports exported from LGM monthly.']), rng.pick(['Ledgerline', 'Shared', 'Agency'])]);
  return {
    file: 'Copy of LGM attachment.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: "Ledgerline's CIS/CRM workbook (implementation summary and customer responsibility matrix) under a vague 'Copy of' file name.",
    data: await toXlsx([
      { name: 'Read Me', rows: [['Ledgerline Grants Manager'], ['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook - FedRAMP Moderate Rev5'], ['SSP Attachment 9']] },
      { name: 'Implementation Summary', rows: [['Control ID', 'Implementation Status', 'Control Origination'], ...CTLS.map((c) => [c, 'Implemented', rng.pick(['Service Provider Corporate', 'Service Provider System Specific', 'Shared', 'Inherited'])])], boldRows: [1] },
      { name: 'Customer Responsibility Matrix', rows: [['Control ID', 'Can Be Inherited from CSP', 'Customer Responsibility', 'Responsible Party'], ...crm], boldRows: [1] },
    ], { creator: 'kosei' }),
  };
}

// ------------------------------------------------------------------ SoD xlsx (SC)
async function sodScgc(): Promise<EvalDoc> {
  const roles = ['Cloud Operations Engineer', 'Network Engineer', 'Security Analyst (SOC)', 'Key Custodian', 'Release Manager', 'Developer', 'ISSO', 'Change Approver (CCB)'];
  const duties = ['Provision hypervisor hosts', 'Modify firewall rules', 'Review audit logs', 'Generate/rotate master keys', 'Approve change requests', 'Deploy code to production', 'Write application code', 'Grant privileged access', 'Review privileged access', 'Modify SIEM rules', 'Perform backup restore'];
  const rows: Cell[][] = [['StrataCore Government Cloud - Separation of Duties Matrix (Attachment 11)'], ['Duty / Function', ...roles]];
  for (const d of duties) rows.push([d, ...roles.map(() => (rng.next() < 0.22 ? 'X' : ''))]);
  rows.push([], ['Legend: X = role performs the duty. Conflicting duties (e.g. grant vs. review privileged access) are never assigned to the same role. Reviewed annually per AC-5.']);
  return {
    file: 'SCGC SoD.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: "StrataCore's Separation of Duties Matrix workbook (duties against roles, AC-5).",
    data: await toXlsx([{ name: 'SoD Matrix', rows, boldRows: [1, 2] }], { creator: 'P. Nwosu' }),
  };
}

// ------------------------------------------------------------------ laws xlsx (SC)
async function lawsScgc(): Promise<EvalDoc> {
  const rows: Cell[][] = [
    ['FedRAMP Laws and Regulations'],
    ['StrataCore Government Cloud - SSP Attachment 12'],
    [],
    ['Type', 'Identification Number', 'Title', 'Date', 'Link'],
    ['Law', '44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014', '2014-12-18', 'https://www.congress.gov/'],
    ['Law', '5 U.S.C. 552a', 'Privacy Act of 1974', '1974-12-31', ''],
    ['Law', 'Pub. L. 117-263 Title LIX', 'FedRAMP Authorization Act', '2022-12-23', ''],
    ['Regulation', 'OMB A-130', 'Managing Information as a Strategic Resource', '2016-07-28', ''],
    ['Regulation', 'OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', '2022-01-26', ''],
    ['Directive', 'BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', '2021-11-03', ''],
    ['Directive', 'BOD 23-01', 'Improving Asset Visibility and Vulnerability Detection on Federal Networks', '2022-10-03', ''],
    ['Standard', 'FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019-03-22', ''],
    ['Standard', 'FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '2004-02-01', ''],
    ['Standard', 'FIPS 201-3', 'Personal Identity Verification (PIV) of Federal Employees and Contractors', '2022-01-24', ''],
    ['Guidance', 'NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '2020-09-23', ''],
    ['Guidance', 'NIST SP 800-37 Rev. 2', 'Risk Management Framework', '2018-12-20', ''],
    ['Guidance', 'NIST SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', '2022-05-05', ''],
  ];
  return {
    file: 'Attachment 12.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: "StrataCore's FedRAMP Laws and Regulations attachment as a workbook of laws, directives, standards and guidance.",
    data: await toXlsx([{ name: 'Laws and Regulations', rows, boldRows: [1, 4] }], { creator: 'FedRAMP', lastModifiedBy: 'P. Nwosu' }),
  };
}

// ------------------------------------------------------------------ deviation request xlsx (LL)
async function drLedgerline(): Promise<EvalDoc> {
  const rows: Cell[][] = [
    ['FedRAMP Vulnerability Deviation Request Form'],
    ['CSP Name', LL.org, '', 'System Name', LL.sys],
    ['Impact Level', 'Moderate', '', 'Date Submitted', '2025-10-10'],
    ['Submitted To', `${AGENCY} Authorizing Official`],
    [],
    ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Vulnerability Name', 'Scan / Source ID', 'Affected Assets', 'Original Risk Rating', 'Proposed Adjusted Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Provided', 'CSP Approver', 'AO Decision'],
    ['DR-2025-014', 'LGM-0403', 'FP', 'Apache Tomcat 9.0.x < 9.0.93 Request Smuggling', 'Plugin 201844', 'lgm-web-01, lgm-web-02', 'Moderate', 'N/A (false positive)', 'Tomcat is backported by the distribution vendor; the package changelog shows the fix for CVE-2024-34750 in 9.0.70-2ubuntu0.1.', 'n/a', 'dpkg changelog extract; vendor advisory', 'K. Osei', ''],
    ['DR-2025-015', 'LGM-0409', 'OR', 'TLS Version 1.1 Protocol Detection', 'Plugin 157288', 'lgm-legacy-sftp', 'Moderate', 'Moderate', 'A state grantee system that uploads award files supports only TLS 1.1 until its replacement in Q1 2026.', 'IP allow-list; file integrity checks; dedicated ingress host', 'Firewall rule export; grantee letter', 'K. Osei', ''],
    ['DR-2025-016', 'LGM-0411', 'RA', 'Linux Kernel Privilege Escalation (USN-7021-1)', 'Plugin 206995', 'lgm-worker-rpt-01', 'High', 'Moderate', 'Exploitation requires local shell access; worker has no interactive logins and runs a read-only root filesystem.', 'No SSH; read-only root FS; EDR', 'Host configuration export', 'K. Osei', ''],
    [],
    ['CSP Attestation: Ledgerline requests approval of the deviations above and attests that the information provided is accurate.'],
  ];
  return {
    file: 'LGM_DR_2025-014.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: "Ledgerline's FedRAMP Vulnerability Deviation Request Form (false positive, operational requirement, risk adjustment) submitted to the AO.",
    data: await toXlsx([{ name: 'DR Form', rows, boldRows: [1, 6], merges: ['A1:M1'] }, { name: 'Instructions', rows: [['One row per deviation. FP = false positive, RA = risk adjustment, OR = operational requirement. Provide evidence for each request.']] }], { creator: 'kosei', company: LL.org }),
  };
}

export async function dataDocs(): Promise<EvalDoc[]> {
  rng = new Rng(0x5ca11);
  const builders = [poamScgc, poamCaseflow, poamLedgerline, sspKapJson, sapKapXml, sarKapJson, poamKapYaml, nessusScgc, csvCaseflow, zapLedgerline, trivyKap, invScgc, invKap, invPollen, checklistKap, cisScgc, crmLedgerline, sodScgc, lawsScgc, drLedgerline];
  const out: EvalDoc[] = [];
  for (const b of builders) out.push(await b());
  return out;
}

