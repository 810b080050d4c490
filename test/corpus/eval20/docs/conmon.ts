import type ExcelJS from 'exceljs';
import { big, h1, h2, p, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP, TPAO } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { approvals } from '../kit/front.js';
import { buildPdf } from '../kit/pdf.js';
import { addDays, int, pick, prng } from '../kit/prng.js';
import { buildXlsx, buildXlsxFromTemplate, type Cell } from '../kit/xlsx.js';
import { fixture } from '../../../support/fixtures.js';
import { at, w3c, type DocDef } from '../kit/types.js';

const csv = (rows: (string | number)[][]): string =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';

// ---------- POA&M ----------
const WEAKNESSES: [string, string, string, string][] = [
  ['RA-5', 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', 'The remote host has an OpenSSL version affected by multiple vulnerabilities.', 'CVE-2024-4741'],
  ['SI-2', 'Linux kernel privilege escalation', 'The kernel on the worker nodes is missing a vendor security update.', 'CVE-2024-1086'],
  ['CM-6', 'PostgreSQL log_connections disabled', 'Database configuration deviates from the CIS PostgreSQL 15 benchmark 3.1.20.', ''],
  ['AC-2', 'Privileged account review not evidenced', 'Monthly privileged account review for December 2025 was not documented.', ''],
  ['SI-10', 'Stored cross-site scripting in case comment preview', 'User-supplied markup is rendered without output encoding in the preview pane.', ''],
  ['RA-5', 'Apache Tomcat 9.0.x < 9.0.89 DoS', 'The reporting service runs a Tomcat version affected by a denial of service.', 'CVE-2024-34750'],
  ['SC-8', 'TLS 1.0 enabled on legacy reporting endpoint', 'The BI connector endpoint accepts TLS 1.0 connections.', ''],
  ['IR-3', 'Incident response test lacked agency participation', 'The annual IR tabletop did not include the agency incident response contact.', ''],
  ['RA-5', 'curl < 8.7.1 Multiple Vulnerabilities', 'The container base image includes a vulnerable libcurl.', 'CVE-2024-2398'],
  ['CM-7', 'Unnecessary service enabled (rpcbind)', 'rpcbind listens on the bastion host.', ''],
  ['AU-6', 'SIEM alert tuning backlog', 'Audit review of WAF logs is not performed weekly as required by the AU-6 parameter.', ''],
  ['RA-5', 'Node.js 18.x < 18.20.3 Multiple Vulnerabilities', 'The notification service container runs an outdated Node.js runtime.', 'CVE-2024-27983'],
];

function poamRows(seed: number, n: number, start: number): Cell[][] {
  const rnd = prng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(rnd, WEAKNESSES);
    const risk = pick(rnd, ['High', 'Moderate', 'Moderate', 'Low', 'Low']);
    const detected = addDays('2025-11-03', int(rnd, 0, 140));
    const due = addDays(detected, risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180);
    const host = `ccmp-${pick(rnd, ['wrk', 'api', 'web', 'db', 'bst'])}-${String(int(rnd, 1, 24)).padStart(2, '0')}`;
    const scanner = w[3] ? 'Tenable Nessus' : pick(rnd, ['3PAO assessment', 'Internal audit', 'Burp Suite']);
    rows.push([
      `V-${start + i}`, w[0], w[1], w[2], scanner, w[3] ? String(int(rnd, 150000, 199999)) : `SAR-2026-${String(i + 1).padStart(2, '0')}`, host,
      CSP.isso, 'Engineering hours', 'Apply vendor patch in next maintenance window and verify with rescan', detected, due,
      `${due}: remediate and validate`, '', '2026-03-31', 'No', '', '', risk, '', '', 'No', 'No', '', '', '', '', '', '', w[3], 'Case Management',
    ]);
  }
  return rows;
}

async function poamTemplate(): Promise<Buffer> {
  return buildXlsxFromTemplate(
    fixture('office/FedRAMP-POAM-Template.xlsx'),
    (wb: ExcelJS.Workbook) => {
      for (const name of ['Open POA&M Items', 'Closed POA&M Items']) {
        const ws = wb.getWorksheet(name);
        if (!ws) throw new Error(`template sheet ${name} missing`);
        // Row 2 holds the labels CSP / System Name / Impact Level / POAM Date in A-D; row 3 their values.
        ws.getCell('A3').value = CSP.name;
        ws.getCell('B3').value = CSP.cso;
        ws.getCell('C3').value = 'Moderate';
        ws.getCell('D3').value = '2026-03-31';
        const rows = poamRows(name.startsWith('Open') ? 11 : 12, name.startsWith('Open') ? 22 : 9, name.startsWith('Open') ? 1040 : 1001);
        rows.forEach((r, i) => r.forEach((v, j) => {
          if (v !== null && v !== '') ws.getRow(6 + i).getCell(j + 1).value = v;
        }));
      }
    },
    { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: CSP.isso, created: w3c('2023-08-30'), modified: w3c('2026-03-31') },
    at('2026-03-31'),
  );
}

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

async function poamDrifted(): Promise<Buffer> {
  const head = POAM_HEAD.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Asset Identifier' ? 'Affected Assets' : h === 'Point of Contact' ? 'POC' : h));
  const rows: Cell[][] = [
    [`${CSP.abbr} - Plan of Action & Milestones`],
    ['Monthly continuous monitoring submission to FGOA - February 2026'],
    [],
    ['Cloud Service Provider:', CSP.name, '', 'Impact Level:', 'Moderate'],
    ['System:', CSP.cso, '', 'Reporting period:', '2026-02'],
    [],
    head,
    ...poamRows(21, 18, 980),
  ];
  const closed: Cell[][] = [[`${CSP.abbr} - Closed items`], [], head, ...poamRows(22, 6, 900)];
  return buildXlsx(
    {
      sheets: [
        { name: 'Open POA&M Items', rows, headerRows: [7], widths: [14, 10, 36, 50, 18], merges: ['A1:F1'] },
        { name: 'Closed POA&M Items', rows: closed, headerRows: [3] },
        { name: 'Notes', rows: [['Items V-0991 and V-0994 have pending deviation requests (DR-2026-03).'], ['Vendor dependency items are checked monthly.']] },
      ],
      core: { title: 'Book1', creator: 'Priya Raman', created: w3c('2026-02-27'), modified: w3c('2026-02-28') },
    },
    at('2026-02-28'),
  );
}

async function poamCsv(): Promise<string> {
  const rows = poamRows(31, 14, 1100).map((r) => r.map((c) => (c === null ? '' : c)));
  return csv([POAM_HEAD, ...rows]);
}

// ---------- Scans ----------
const HOSTS = ['10.40.1.11', '10.40.1.12', '10.40.2.21', '10.40.2.22', '10.40.3.31', '10.40.9.5'];
const PLUGINS: [number, string, number, string, string][] = [
  [193573, 'OpenSSL 3.0.0 < 3.0.14 Multiple Vulnerabilities', 3, 'High', 'CVE-2024-4741'],
  [192962, 'Linux Kernel Local Privilege Escalation (nf_tables)', 4, 'Critical', 'CVE-2024-1086'],
  [197850, 'curl 7.x < 8.7.1 Multiple Vulnerabilities', 2, 'Medium', 'CVE-2024-2398'],
  [104743, 'TLS Version 1.0 Protocol Detection', 2, 'Medium', ''],
  [57582, 'SSL Self-Signed Certificate', 2, 'Medium', ''],
  [10287, 'Traceroute Information', 0, 'None', ''],
  [19506, 'Nessus Scan Information', 0, 'None', ''],
  [142960, 'HSTS Missing From HTTPS Server (RFC 6797)', 1, 'Low', ''],
];

const xesc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nessus(): string {
  const rnd = prng(41);
  const items = (host: string): string =>
    PLUGINS.filter(() => rnd() > 0.3)
      .map(([id, rawName, sev, risk, cve]) => {
        const name = xesc(rawName);
        const port = name.includes('TLS') || name.includes('SSL') || name.includes('HSTS') ? 443 : 0;
        return `<ReportItem port="${port}" svc_name="${port ? 'www' : 'general'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${name}" pluginFamily="${sev === 0 ? 'Settings' : 'General'}">
<description>${name} was detected on the remote host ${host}.</description>
<fname>plugin_${id}.nasl</fname>
<plugin_modification_date>2026/02/20</plugin_modification_date>
<plugin_name>${name}</plugin_name>
<plugin_type>${sev === 0 ? 'summary' : 'local'}</plugin_type>
<risk_factor>${risk}</risk_factor>
<solution>${sev === 0 ? 'n/a' : 'Upgrade to the latest vendor-supplied version.'}</solution>
<synopsis>The remote host is affected by ${name}.</synopsis>${cve ? `\n<cve>${cve}</cve>` : ''}
<plugin_output>Installed version : see package manager output</plugin_output>
</ReportItem>`;
      })
      .join('\n');
  const hosts = HOSTS.map(
    (h, i) => `<ReportHost name="${h}"><HostProperties>
<tag name="HOST_END">Tue Mar 10 03:${String(10 + i).padStart(2, '0')}:44 2026</tag>
<tag name="operating-system">Linux Kernel 5.10 on Amazon Linux 2</tag>
<tag name="host-ip">${h}</tag>
<tag name="host-fqdn">ccmp-node-${i + 1}.prod.ccmp.internal</tag>
<tag name="Credentialed_Scan">${i === 5 ? 'false' : 'true'}</tag>
<tag name="HOST_START">Tue Mar 10 02:${String(10 + i).padStart(2, '0')}:02 2026</tag>
</HostProperties>
${items(h)}
</ReportHost>`,
  );
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>FGOA ConMon - Authenticated OS</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${HOSTS.join(',')}</value></preference>
<preference><name>scan_start_timestamp</name><value>1773108602</value></preference></ServerPreferences></Preferences></Policy>
<Report xmlns:cm="http://www.nessus.org/cm" name="CCMP-Prod-OS-2026-03">
${hosts.join('\n')}
</Report>
</NessusClientData_v2>
`;
}

function nessusCsv(): string {
  const rnd = prng(43);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const h of HOSTS) {
    for (const [id, name, sev, risk, cve] of PLUGINS) {
      if (rnd() < 0.35) continue;
      rows.push([id, cve, sev === 0 ? '' : (sev * 2.1 + 1).toFixed(1), risk, h, 'tcp', name.includes('TLS') ? 443 : 0, name, `The remote host is affected by ${name}.`, `According to its self-reported version, the host is affected.\nSee vendor advisory.`, 'Upgrade to the latest version.', 'https://www.tenable.com/plugins', 'Path : /usr/lib64/libssl.so.3\nInstalled version : 3.0.8']);
    }
  }
  return csv(rows);
}

function qualysCsv(): string {
  const head = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'Threat', 'Impact', 'Solution', 'Exploitability', 'Associated Malware', 'Results', 'PCI Vuln', 'Instance', 'Category'];
  const vulns: [number, string, number, string, string][] = [
    [45017, 'Operating System Detected', 2, 'Ig', ''],
    [19781, 'PostgreSQL Multiple Security Vulnerabilities (15.5)', 4, 'Vuln', 'CVE-2024-0985'],
    [19840, 'PostgreSQL log_connections Not Enabled', 2, 'Practice', ''],
    [38173, 'SSL Certificate - Signature Verification Failed Vulnerability', 2, 'Vuln', ''],
    [11827, 'HTTP Security Header Not Detected', 1, 'Vuln', ''],
  ];
  const rows: (string | number)[][] = [];
  ['10.40.5.41', '10.40.5.42', '10.40.6.43'].forEach((ip, i) => {
    for (const [qid, title, sev, type, cve] of vulns) {
      if ((qid + i) % 4 === 0) continue;
      rows.push([ip, `ccmp-db-0${i + 1}.prod.ccmp.internal`, '', 'Amazon Linux 2', 'host scanned, found vuln', qid, title, type, sev, 5432, 'tcp', '', 'over ssl', cve, '', '', 'A vulnerability was detected in the database service.', 'Successful exploitation may allow information disclosure.', 'Apply the latest minor release.', '', '', 'version() = 15.5', 'no', 'postgres', 'Database']);
    }
  });
  const header = [
    ['Scan Results', '03/12/2026 at 01:14:22 (GMT-0400)'],
    [],
    ['Cirrocloud Analytics, Inc.', '4100 Fairfax Drive', 'Arlington', 'Virginia', '22203', 'United States of America'],
    ['Priya Raman', 'praman@cirrocloud.example.com', 'Unit Manager'],
    [],
    ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
    ['03/12/2026 at 00:02:10 (GMT-0400)', 3, 3, 'Scheduled', 'Finished', 'scan/1773288130.55420', 'ccmp_scanner_gov01', '01:12:12', 'CCMP DB monthly (authenticated)', 'CCMP-DB', '10.40.5.41-10.40.5.42,10.40.6.43', '', 'FGOA Authenticated DB'],
    [],
  ];
  return csv([...header, head, ...rows]);
}

function zapXml(): string {
  const alerts: [number, string, number, string, string, string, number][] = [
    [40012, 'Cross Site Scripting (Reflected)', 3, 'High (Medium)', 'https://ccmp.fgoa.example.gov/cases/search?q=', 'q', 79],
    [10038, 'Content Security Policy (CSP) Header Not Set', 2, 'Medium (High)', 'https://ccmp.fgoa.example.gov/', '', 693],
    [10020, 'Missing Anti-clickjacking Header', 2, 'Medium (Medium)', 'https://ccmp.fgoa.example.gov/reports/legacy', '', 1021],
    [10035, 'Strict-Transport-Security Header Not Set', 1, 'Low (High)', 'https://reports.ccmp.fgoa.example.gov/', '', 319],
    [10027, 'Information Disclosure - Suspicious Comments', 0, 'Informational (Low)', 'https://ccmp.fgoa.example.gov/static/app.js', '', 200],
  ];
  const items = alerts
    .map(([id, name, risk, desc, uri, param, cwe]) => `\t\t\t<alertitem>
\t\t\t\t<pluginid>${id}</pluginid>
\t\t\t\t<alertRef>${id}</alertRef>
\t\t\t\t<alert>${name}</alert>
\t\t\t\t<name>${name}</name>
\t\t\t\t<riskcode>${risk}</riskcode>
\t\t\t\t<confidence>2</confidence>
\t\t\t\t<riskdesc>${desc}</riskdesc>
\t\t\t\t<desc>&lt;p&gt;${name} was identified during the active scan.&lt;/p&gt;</desc>
\t\t\t\t<instances>
\t\t\t\t\t<instance>
\t\t\t\t\t\t<uri>${uri}</uri>
\t\t\t\t\t\t<method>GET</method>
\t\t\t\t\t\t<param>${param}</param>
\t\t\t\t\t\t<attack></attack>
\t\t\t\t\t\t<evidence></evidence>
\t\t\t\t\t</instance>
\t\t\t\t</instances>
\t\t\t\t<count>1</count>
\t\t\t\t<solution>&lt;p&gt;Apply the recommended header or encoding.&lt;/p&gt;</solution>
\t\t\t\t<reference>&lt;p&gt;https://owasp.org/www-project-secure-headers/&lt;/p&gt;</reference>
\t\t\t\t<cweid>${cwe}</cweid>
\t\t\t\t<wascid>15</wascid>
\t\t\t\t<sourceid>3</sourceid>
\t\t\t</alertitem>`)
    .join('\n');
  return `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Wed, 11 Mar 2026 02:41:07">
\t<site name="https://ccmp.fgoa.example.gov" host="ccmp.fgoa.example.gov" port="443" ssl="true">
\t\t<alerts>
${items}
\t\t</alerts>
\t</site>
</OWASPZAPReport>
`;
}

// ---------- Inventory ----------
const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(seed: number, n: number): Cell[][] {
  const rnd = prng(seed);
  const kinds: [string, string, string, string, string][] = [
    ['wrk', 'EKS worker node', 'Amazon Linux 2 (5.10)', 'CIS Amazon Linux 2 L1', 'Container host'],
    ['api', 'API container', 'Bottlerocket 1.19', 'CCMP container baseline v4', 'Case API'],
    ['web', 'Web container', 'Bottlerocket 1.19', 'CCMP container baseline v4', 'Web front end'],
    ['db', 'RDS PostgreSQL', 'AWS managed', 'CIS PostgreSQL 15 L1', 'Case database'],
    ['bst', 'Bastion', 'Amazon Linux 2023', 'CIS Amazon Linux 2023 L1', 'Administrative access'],
  ];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const [k, type, os, base, fn] = pick(rnd, kinds);
    const ip = `10.40.${int(rnd, 1, 9)}.${int(rnd, 10, 250)}`;
    rows.push([`ccmp-${k}-${String(i + 1).padStart(2, '0')}`, ip, 'Yes', 'No', `ccmp-${k}-${String(i + 1).padStart(2, '0')}.prod.ccmp.internal`, '', '', 'Yes', base, os, pick(rnd, ['AWS us-gov-west-1', 'AWS us-gov-east-1']), type, 'AWS EC2 m6i.xlarge', 'Yes', k === 'db' ? 'PostgreSQL' : 'Cirrocloud', k === 'db' ? 'PostgreSQL 15.6' : `CCMP ${fn} 4.12.${int(rnd, 0, 9)}`, '2026-03 patch cycle', fn, '', `i-0${(seed * 7919 + i * 104729).toString(16).padStart(16, '0')}`, `vpc-prod/${k}`, 'Platform Operations', 'Application Engineering']);
  }
  return rows;
}

async function inventoryTemplate(): Promise<Buffer> {
  return buildXlsxFromTemplate(
    fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'),
    (wb) => {
      const ws = wb.getWorksheet('Inventory');
      if (!ws) throw new Error('Inventory sheet missing');
      invRows(51, 36).forEach((r, i) => r.forEach((v, j) => {
        if (v !== null) ws.getRow(6 + i).getCell(j + 1).value = v;
      }));
    },
    { title: 'SSP Attachment 13 - Integrated Inventory Workbook', creator: 'FedRAMP', lastModifiedBy: 'Luis Carmona', created: w3c('2016-11-07'), modified: w3c('2026-03-31') },
    at('2026-03-31'),
  );
}

async function inventoryRev5(): Promise<Buffer> {
  const head = [...INV_HEAD.map((h) => h.replace('\n', ' ')), 'Diagram Label'];
  const rows = invRows(52, 30).map((r, i) => [...r, `Fig 9-1 / ${String.fromCharCode(65 + (i % 6))}`]);
  return buildXlsx(
    {
      sheets: [
        { name: 'Inventory', rows: [[`${CSP.cso} - Appendix M Integrated Inventory Workbook`], ['As of 2026-02-28; delivered with February ConMon package'], [], head, ...rows], headerRows: [4], widths: [24, 14, 8, 8, 36] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2026-01-22', 'Initial for 3PAO testing', 'L. Carmona'], ['2026-02-28', 'Added us-gov-east-1 replicas', 'L. Carmona']], headerRows: [1] },
      ],
      core: { title: 'Appendix M - CCMP', creator: 'Luis Carmona', created: w3c('2026-01-22'), modified: w3c('2026-02-28') },
      company: CSP.name,
    },
    at('2026-02-28'),
  );
}

function inventoryCsv(): string {
  return csv([INV_HEAD.map((h) => h.replace('\n', ' ')), ...invRows(53, 25).map((r) => r.map((c) => c ?? ''))]);
}

// ---------- Change and deviation requests ----------
function scrBlocks(): Block[] {
  return [
    big('FedRAMP Significant Change Request Form', 18),
    p('Submit this form to the authorizing official(s) at least 30 business days before the planned change. A 3PAO must assess the change; the Security Assessment Plan for the change is attached.'),
    h2('Section 1: CSP and System Information', true),
    table([['CSP Name', CSP.name], ['Cloud Service Offering', CSP.cso], ['FedRAMP Package ID', CSP.fedrampId], ['Impact Level', 'Moderate'], ['Request Number', 'SCR-2026-004'], ['Date of Request', 'April 14, 2026'], ['Authorizing Agency', AGENCY.name]], false, [35, 65]),
    h2('Section 2: Type of Change', true),
    table([['Type', 'Selected'], ['Adaptive', ''], ['Transformative', 'X'], ['Impact Categorization Change', ''], ['New leveraged service / new component', 'X']]),
    h2('Section 3: Description of the Proposed Change', true),
    p('Cirrocloud proposes to introduce a document-intelligence service that extracts entities from uploaded case documents using a large language model hosted in Amazon Bedrock (GovCloud). The service adds a new microservice, a new S3 bucket for intermediate results, and a new outbound connection from the API tier to the Bedrock runtime endpoint.'),
    h2('Section 4: Scope and Security Impact Analysis', true),
    table([['Control', 'Impact', 'Notes'], ['AC-4', 'Modified', 'New data flow to Bedrock endpoint'], ['CM-8', 'Modified', 'New inventory items'], ['SA-9', 'Modified', 'New external service (FedRAMP High P-ATO)'], ['SC-7', 'Modified', 'VPC endpoint for Bedrock'], ['SC-28', 'Modified', 'New bucket encrypted with CMK']]),
    p('The change does not alter the FIPS 199 categorization. Federal data will not be used to train models. The SSP, inventory, data flow and boundary diagrams will be updated.'),
    h2('Section 5: 3PAO Assessment', true),
    p(`${TPAO.name} will assess the change according to a change-specific SAP; the results will be delivered as a SAR addendum before production deployment.`),
    h2('Section 6: Planned Schedule', true),
    table([['Milestone', 'Date'], ['Agency approval requested by', '05/15/2026'], ['3PAO testing', '05/18/2026 - 05/29/2026'], ['Production deployment', '06/15/2026']]),
    h2('Section 7: CSP Attestation', true),
    p('I attest that the information in this request is accurate and that the change will not be implemented without the written approval of the authorizing official.'),
    ...approvals([[CSP.ciso, 'Chief Information Security Officer', CSP.name]]),
  ];
}

async function scrDocx(): Promise<Buffer> {
  return buildDocx({ blocks: scrBlocks(), header: ['FedRAMP | Significant Change Request'], footer: ['SCR-2026-004 | Page {PAGE}'], core: { title: 'Significant Change Request Form', creator: 'FedRAMP PMO', lastModifiedBy: CSP.ciso, created: w3c('2024-07-01'), modified: w3c('2026-04-14') } }, at('2026-04-14'));
}

async function scrPdf(): Promise<Buffer> {
  const blocks = scrBlocks().map((x) => (x.k === 'p' && x.text.includes('Cirrocloud proposes') ? { ...x, text: 'Cirrocloud proposes to migrate the primary database tier from Amazon RDS for PostgreSQL 13 to Amazon Aurora PostgreSQL 15 with a new cluster architecture, a change in the backup mechanism (from RDS snapshots to AWS Backup with cross-region vault) and new IAM database authentication for service accounts.' } : x));
  return buildPdf({ blocks, footer: 'SCR-2026-002 | page {PAGE} of {PAGES}', info: { title: 'Final_v2', author: 'gregory.hales' } }, at('2026-02-03'));
}

async function drXlsx(): Promise<Buffer> {
  const head = ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Weakness Name', 'Scanner / Source', 'Asset(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Evidence Provided', 'Compensating Controls', 'CSP Submitted Date', 'AO Decision'];
  return buildXlsx(
    {
      sheets: [
        {
          name: 'Deviation Request',
          rows: [
            ['FedRAMP Deviation Request Form'],
            [`CSP: ${CSP.name}`, '', `System: ${CSP.cso}`, '', 'Impact: Moderate'],
            ['Submission: DR-2026-03', '', `Prepared by: ${CSP.isso}`, '', 'Date: 03/31/2026'],
            [],
            head,
            ['DR-2026-03-01', 'V-0991', 'FP', 'OpenSSL 3.0.0 < 3.0.14 Multiple Vulnerabilities', 'Tenable Nessus', 'ccmp-wrk-03', 'High', 'N/A (false positive)', 'Amazon Linux backported the fix in openssl-3.0.8-1.amzn2.0.11; Nessus version check does not read the backport.', 'ALAS-2024-2577; rpm -q --changelog output', 'n/a', '03/31/2026', ''],
            ['DR-2026-03-02', 'V-0994', 'RA', 'Linux Kernel Local Privilege Escalation (nf_tables)', 'Tenable Nessus', 'ccmp-bst-01', 'High', 'Moderate', 'Unprivileged user namespaces are disabled; only two administrators can log in with MFA.', 'sysctl output, SSM session logs', 'AC-6, IA-2(1)', '03/31/2026', ''],
            ['DR-2026-03-03', 'V-1047', 'OR', 'TLS Version 1.0 Protocol Detection', 'Tenable Nessus', 'reports.ccmp', 'Moderate', 'Moderate', 'The agency BI connector only supports TLS 1.0 until its June 2026 upgrade.', 'Agency letter of 03/02/2026', 'IP allow-list, WAF', '03/31/2026', ''],
          ],
          headerRows: [5],
          widths: [14, 10, 14, 40, 16, 16, 12, 14, 60, 30, 20, 14, 14],
        },
        { name: 'Instructions', rows: [['Use one row per deviation. FP = false positive, RA = risk adjustment, OR = operational requirement.'], ['Operational requirements remain open on the POA&M; false positives are closed once approved by the AO.'], ['A 3PAO review of the evidence is required for high-risk adjustments.']] },
      ],
      core: { title: 'FedRAMP Deviation Request Form', creator: 'FedRAMP', lastModifiedBy: CSP.isso, created: w3c('2024-07-01'), modified: w3c('2026-03-31') },
    },
    at('2026-03-31'),
  );
}

async function drDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        p(`${CSP.name} | Continuous Monitoring`),
        big('Deviation Request - Operational Requirement', 18),
        table([['DR Number', 'DR-2026-05-01'], ['Related POA&M Item', 'V-1047 (SC-8)'], ['Submitted', 'May 4, 2026'], ['Submitted To', `${AGENCY.ciso}, ${AGENCY.abbr} (on behalf of the AO)`]], false),
        h1('1. Weakness', true),
        p('The reporting endpoint reports.ccmp.fgoa.example.gov accepts TLS 1.0 connections (Nessus plugin 104743). The finding was first reported in the SAR (OR-1) and carried on the POA&M as an operational requirement.'),
        h1('2. Reason the Weakness Cannot Be Remediated', true),
        p('The agency business-intelligence connector used by the FGOA Office of Audit supports only TLS 1.0 until its vendor release scheduled for June 2026. Disabling TLS 1.0 would stop the weekly oversight reports the agency depends on.'),
        h1('3. Compensating Controls', true),
        ul('Endpoint reachable only from the two agency egress IP addresses (security group allow-list).', 'AWS WAF rule blocks all paths except /odata/v2/reports.', 'Read-only service account with access limited to aggregated report views.', 'Connections logged and reviewed weekly by the Cirrocloud SOC.'),
        h1('4. Residual Risk', true),
        p('Original risk: Moderate. Residual risk with compensating controls: Low. The CSP requests that the item remain open as an operational requirement until 07/31/2026, with monthly status in the POA&M.'),
        h1('5. Agency Decision', true),
        table([['Decision', 'Approved / Denied'], ['Authorizing Official (or designee)', ''], ['Date', ''], ['Conditions', '']]),
      ],
      footer: ['Cirrocloud Analytics - CUI'],
      core: null,
    },
    at('2026-05-04'),
  );
}

export const conmonDocs: DocDef[] = [
  { file: 'CCMP_POAM_2026-03.xlsx', expected: 'POAM', note: "FedRAMP's own POA&M template v2.1 (project fixture) filled with open and closed items for March 2026.", make: poamTemplate },
  { file: 'Book1.xlsx', expected: 'POAM', note: 'A drifted POA&M workbook: own title rows, header on row 7 with renamed columns, template sheet names; metadata title "Book1".', make: poamDrifted },
  { file: 'open-items-export.csv', expected: 'POAM', note: "CSV export of the POA&M's Open POA&M Items sheet with the template's 31 columns.", make: poamCsv },
  { file: '2026-03_os_scan.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan (NessusClientData_v2).', make: async () => nessus() },
  { file: 'export (2).csv', expected: 'SCAN_RESULTS', note: 'Nessus/Tenable CSV export of the monthly scan (Plugin ID, CVE, Risk, Host ... columns).', make: async () => nessusCsv() },
  { file: 'Scan_Results_DB_Mar2026.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results CSV for the database tier, with the scan details block above the header row.', make: async () => qualysCsv() },
  { file: 'inventory-march.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report of the monthly web application scan; the file name misleadingly says inventory.', make: async () => zapXml() },
  { file: 'SSP-A13-inventory.xlsx', expected: 'INVENTORY', note: "FedRAMP's Integrated Inventory Workbook template (project fixture) filled with 36 assets.", make: inventoryTemplate },
  { file: 'Appendix M - CCMP.xlsx', expected: 'INVENTORY', note: 'Rev5 Appendix M inventory workbook built by the CSP: title rows above the header, Diagram Label column.', make: inventoryRev5 },
  { file: 'assets.csv', expected: 'INVENTORY', note: 'CSV export of the integrated inventory with the template column headers.', make: async () => inventoryCsv() },
  { file: 'SCR-2026-004.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'CSP significant change request form (transformative change adding an AI service) with controls affected and attestation.', make: scrDocx },
  { file: 'Final_v2.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF of another significant change request form (database migration); Info title is a file name.', make: scrPdf },
  { file: 'DR_2026-03.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request form workbook with false positive, risk adjustment and operational requirement rows.', make: drXlsx },
  { file: 'doc-0951.docx', expected: 'DEVIATION_REQUEST', note: 'Operational-requirement deviation request memo-form from the CSP for a POA&M item; no core properties at all.', make: drDocx },
];

