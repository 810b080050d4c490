import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import type { Block } from '../kit/blocks.js';
import { big, bold, h1, h2, p, table } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { int, pick, seeded } from '../kit/rand.js';
import type { Cell } from '../kit/xlsx.js';
import { renderXlsx } from '../kit/xlsx.js';

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
const WEAK = [
  ['RA-5', 'OpenSSL outdated', 'Nessus', '1.1.1k', 'CVE-2023-0286'],
  ['SC-8', 'TLS 1.0 enabled', 'Nessus', '104743', ''],
  ['AC-2', 'Account review evidence incomplete', 'SAR', 'D-004', ''],
  ['SI-2', 'Kernel update missing', 'Nessus', '187315', 'CVE-2024-1086'],
  ['CM-6', 'SSH root login permitted', 'CIS Audit', '1.2.3', ''],
  ['SC-18', 'Missing CSP header', 'Burp Suite', 'W-007', ''],
];

function poamRows(seed: number, n: number, prefix: string): Cell[][] {
  const rnd = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const w = pick(rnd, WEAK);
    const risk = pick(rnd, ['High', 'Moderate', 'Low']);
    const m = int(rnd, 1, 9);
    return [`${prefix}-${String(i + 1).padStart(4, '0')}`, w[0] ?? '', w[1] ?? '', `${w[1] ?? ''} identified on production hosts.`, w[2] ?? '', w[3] ?? '', `10.40.12.${int(rnd, 10, 250)}`, 'Cloud Operations', 'Staff time', 'Apply vendor patch via golden image rebuild', `2025-0${m}-1${m}`, `2025-${String(m + 3).padStart(2, '0')}-1${m}`, 'Rebuild image; redeploy; verify by rescan', '', '2025-03-01', 'No', '', '', risk, risk, '', 'No', 'No', '', 'Scan report March 2025', '', 'No', 'No', '', w[4] ?? '', 'MCM'];
  });
}

async function poamTemplateLayout(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'FedRAMP',
    lastModifiedBy: 'Halvorsen ConMon',
    sheets: [
      { name: 'Open POA&M Items', rows: [['Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], ['Halvorsen Data Systems, Inc.', 'Meridian Case Manager', 'Moderate', '2025-03-01'], [], POAM_HEAD, ...poamRows(7, 14, 'V')], boldRows: [5] },
      { name: 'Closed POA&M Items', rows: [['Closed items'], [], [], [], POAM_HEAD, ...poamRows(11, 5, 'C')], boldRows: [5] },
      { name: 'Configuration Findings', rows: [POAM_HEAD] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2025-03-01', 'March ConMon submission', 'ConMon Team']] },
    ],
  });
  return { file: 'MCM POAM 2025-03.xlsx', expected: 'POAM', note: 'Monthly POA&M on the FedRAMP template layout (Open/Closed sheets, header row 5).', data };
}

async function poamDrifted(): Promise<EvalDoc> {
  const head = ['POA&M Item ID', 'Security Control', 'Weakness', 'Description', 'Detected By', 'Source ID', 'Affected Asset', 'Owner', 'Resources', 'Remediation Plan', 'Date Identified', 'Target Completion', 'Milestones', 'Changes', 'Status', 'Vendor Dependency', 'Last Check-in', 'Product', 'Original Risk', 'Adjusted Risk'];
  const rows = poamRows(23, 9, 'TAP').map((r) => r.slice(0, 20));
  const data = await renderXlsx({
    creator: 'stokafor',
    sheets: [
      { name: 'ReadMe', rows: [['Tessellate Analytics Platform - Plan of Action & Milestones'], ['Submitted monthly to the authorizing agency with scan results and the inventory.'], ['Deviation requests are submitted separately.']] },
      { name: 'Open', rows: [['Tessellate Inc. | Tessellate Analytics Platform | High | POA&M as of 02/28/2025'], head, ...rows], boldRows: [2] },
      { name: 'Closed', rows: [head, ...poamRows(29, 3, 'TAPC').map((r) => r.slice(0, 20))], boldRows: [1] },
    ],
  });
  return { file: 'Copy of tracker_feb.xlsx', expected: 'POAM', note: 'CSP POA&M workbook with renamed columns and moved header row (drifted from the template).', data };
}

async function poamOscalYaml(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8');
  const obj = JSON.parse(raw.replace(/\[System Name\]/g, 'ClearPath Grants Cloud')) as unknown;
  return { file: 'poam.yml', expected: 'POAM', note: 'OSCAL plan-of-action-and-milestones converted to YAML (from the FedRAMP template).', data: `---\n${stringify(obj)}` };
}

function nessus(): string {
  const rnd = seeded(41);
  const hosts = Array.from({ length: 6 }, (_, i) => `10.40.12.${20 + i}`);
  const plugins = [
    ['4', '187315', 'Amazon Linux 2023 : kernel (ALAS2023-2024-512)', 'Amazon Linux Local Security Checks', 'CVE-2024-1086', '7.8', 'High'],
    ['2', '104743', 'TLS Version 1.0 Protocol Detection', 'Service detection', '', '6.5', 'Medium'],
    ['1', '10114', 'ICMP Timestamp Request Remote Date Disclosure', 'General', 'CVE-1999-0524', '2.1', 'Low'],
    ['3', '201194', 'OpenSSH &lt; 9.8 Remote Code Execution (regreSSHion)', 'Misc.', 'CVE-2024-6387', '8.1', 'High'],
  ];
  const hostXml = hosts
    .map((h) => {
      const items = plugins
        .filter(() => rnd() > 0.3)
        .map((pl) => `<ReportItem port="${pl[1] === '104743' ? 443 : 22}" svc_name="${pl[1] === '104743' ? 'www' : 'ssh'}" protocol="tcp" severity="${pl[0]}" pluginID="${pl[1]}" pluginName="${pl[2]}" pluginFamily="${pl[3]}">\n<description>${pl[2]} was detected on the remote host.</description>\n${pl[4] ? `<cve>${pl[4]}</cve>\n` : ''}<cvss3_base_score>${pl[5]}</cvss3_base_score>\n<risk_factor>${pl[6]}</risk_factor>\n<solution>Apply the vendor update.</solution>\n</ReportItem>`)
        .join('\n');
      return `<ReportHost name="${h}"><HostProperties>\n<tag name="HOST_START">Mon Mar  3 02:00:11 2025</tag>\n<tag name="host-ip">${h}</tag>\n<tag name="operating-system">Amazon Linux 2023</tag>\n<tag name="Credentialed_Scan">true</tag>\n</HostProperties>\n${items}\n</ReportHost>`;
    })
    .join('\n');
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>MCM Monthly Authenticated</policyName></Policy>\n<Report name="MCM March 2025 OS scan" xmlns:cm="http://www.nessus.org/cm">\n${hostXml}\n</Report>\n</NessusClientData_v2>\n`;
}

function qualysCsv(): string {
  const rnd = seeded(5);
  const lines = ['"Scan Results","Brightwater Software LLC"', '"Report Title","CPGC Monthly Infrastructure Scan - February 2025"', '"Launch Date","02/03/2025 at 01:00:05 (GMT)"', '', '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","CVSS3.1 Base","Threat","Impact","Solution","Results"'];
  const vulns = [
    ['376543', 'Microsoft .NET Security Update for January 2025', '5', 'CVE-2025-21172', '7.5'],
    ['38173', 'SSL Certificate - Signature Verification Failed Vulnerability', '2', '', '5.3'],
    ['11827', 'HTTP Security Header Not Detected', '2', '', '4.3'],
    ['91345', 'Microsoft Windows Security Update February 2025', '4', 'CVE-2025-21418', '7.8'],
  ];
  for (let i = 0; i < 12; i += 1) {
    const v = pick(rnd, vulns);
    lines.push(`"10.8.4.${int(rnd, 4, 90)}","cpgc-app${i}.internal","","Windows Server 2022","host scanned, found vuln","${v[0]}","${v[1]}","Vuln","${v[2]}","443","tcp","","","${v[3]}","","${v[4]}","An attacker may exploit this.","Compromise of the host.","Apply the vendor patch.","Detected version below fixed version"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function zapJson(): string {
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Mon, 3 Mar 2025 04:11:20',
    site: [
      {
        '@name': 'https://app.mcm.halvorsen-gov.example',
        '@host': 'app.mcm.halvorsen-gov.example',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: '<p>Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.</p>', instances: [{ uri: 'https://app.mcm.halvorsen-gov.example/login', method: 'GET' }], count: '1', solution: '<p>Ensure that your web server sets the Content-Security-Policy header.</p>', cweid: '693', wascid: '15' },
          { pluginid: '10035', alertRef: '10035', alert: 'Strict-Transport-Security Header Not Set', name: 'Strict-Transport-Security Header Not Set', riskcode: '1', confidence: '3', riskdesc: 'Low (High)', desc: '<p>HTTP Strict Transport Security (HSTS) is a web security policy mechanism.</p>', instances: [{ uri: 'https://app.mcm.halvorsen-gov.example/static/app.js', method: 'GET' }], count: '1', solution: '<p>Ensure that your web server enforces HSTS.</p>', cweid: '319', wascid: '15' },
        ],
      },
    ],
  };
  return JSON.stringify(report, null, 2);
}

function nessusCsv(): string {
  const rnd = seeded(77);
  const rows = ['Plugin ID,CVE,CVSS v3.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output'];
  const defs = [
    ['192170', 'CVE-2024-3094', '10.0', 'Critical', 'XZ Utils backdoor'],
    ['57582', '', '6.5', 'Medium', 'SSL Self-Signed Certificate'],
    ['42873', 'CVE-2016-2183', '7.5', 'High', 'SSL Medium Strength Cipher Suites Supported (SWEET32)'],
  ];
  for (let i = 0; i < 10; i += 1) {
    const d = pick(rnd, defs);
    rows.push(`${d[0]},${d[1]},${d[2]},${d[3]},10.60.${int(rnd, 1, 3)}.${int(rnd, 10, 99)},tcp,${pick(rnd, ['443', '5432', '22'])},"${d[4]}","The remote host is affected by ${d[4]}.","${d[4]} was detected.","Upgrade or reconfigure.",https://www.tenable.com/plugins/nessus/${d[0]},"Port ${int(rnd, 1, 9)}"`);
  }
  return `${rows.join('\n')}\n`;
}

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];

function invRows(seed: number, n: number, net: string): Cell[][] {
  const rnd = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = pick(rnd, ['EKS worker node', 'RDS instance', 'Bastion host', 'Load balancer']);
    return [`mcm-${t.split(' ')[0]?.toLowerCase()}-${String(i + 1).padStart(3, '0')}`, `${net}.${int(rnd, 10, 250)}`, 'Yes', t === 'Load balancer' ? 'Yes' : 'No', t === 'Load balancer' ? 'app.mcm.halvorsen-gov.example' : `ip-${i}.us-gov-west-1.compute.internal`, '', '', 'Yes', 'CIS AL2023 L1', t === 'RDS instance' ? 'PostgreSQL 15.6' : 'Amazon Linux 2023', 'AWS GovCloud us-gov-west-1', t, 'AWS', 'Yes', t === 'RDS instance' ? 'PostgreSQL' : '', t === 'RDS instance' ? 'PostgreSQL 15.6' : '', '2025-02', `Fig 10-1 ${t}`, '', '', `vpc-prod-${int(rnd, 1, 3)}`, 'Cloud Operations', 'MCM Engineering', t];
  });
}

async function invTemplate(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'FedRAMP',
    lastModifiedBy: 'Halvorsen ConMon',
    sheets: [
      { name: 'Instructions', rows: [['Integrated Inventory Workbook'], ['Complete one row per inventory item. Update monthly with the POA&M and scans.']] },
      { name: 'Inventory', rows: [['Meridian Case Manager - Integrated Inventory - March 2025'], [], INV_HEAD, ...invRows(3, 18, '10.40.12')], boldRows: [3] },
    ],
  });
  return { file: 'inventory (1).xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook (Rev5 columns incl. Diagram Label) with monthly asset rows.', data };
}

async function invDrifted(): Promise<EvalDoc> {
  const head = INV_HEAD.filter((h) => h !== 'Diagram Label' && h !== 'Function');
  const data = await renderXlsx({
    creator: 'Microsoft Office User',
    title: 'POA&M',
    sheets: [{ name: 'Sheet1', rows: [head, ...invRows(9, 12, '10.8.4').map((r) => r.filter((_, i) => i !== 17 && i !== 23))], boldRows: [1] }],
  });
  return { file: 'POAM_Feb.xlsx', expected: 'INVENTORY', note: 'Inventory workbook (v2.2 columns) with a misleading file name and stale metadata title saying POA&M; content is the inventory.', data };
}

function invCsv(): string {
  const rows = invRows(13, 10, '10.60.2');
  const esc = (c: Cell): string => (c === null ? '' : /[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
  return `${[INV_HEAD, ...rows].map((r) => r.map(esc).join(',')).join('\n')}\n`;
}

async function scrDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('FedRAMP'),
    big('Significant Change Request (SCR) Form'),
    table(['CSP Name', 'Halvorsen Data Systems, Inc.'], ['Cloud Service Offering', 'Meridian Case Manager'], ['FedRAMP Package ID', 'FR2419087312'], ['Impact Level', 'Moderate'], ['Date of Request', '05/12/2025'], ['3PAO', 'Corvid Assurance Partners, LLC']),
    h1('Description of the Proposed Change'),
    ...p('Halvorsen proposes to migrate the MCM database tier from Amazon RDS for PostgreSQL to Amazon Aurora PostgreSQL and to add Amazon OpenSearch Service (a FedRAMP High authorized service) for full-text search of case files. OpenSearch is a new external service within the authorization boundary.'),
    h1('Type of Change'),
    table(['Change Type', 'Selected'], ['New or changed component of the boundary', 'X'], ['New leveraged service', 'X'], ['Change in cryptographic modules', ''], ['Change to the data flow', 'X']),
    h1('Security Impact Analysis'),
    ...p('Affected controls: AC-3, AU-2, CM-8, CP-9, SC-7, SC-28. Data at rest in OpenSearch is encrypted with customer-managed KMS keys; fine-grained access control restricts indices to the application role.'),
    h1('3PAO Assessment Approach'),
    ...p('Corvid will assess the affected controls, scan the new components and update the SAR addendum prior to production use.'),
    h1('Requested Approval'),
    ...p('Halvorsen requests approval from the FMRA authorizing official before implementing this change, planned for July 2025.'),
  ];
  return { file: 'SCR-2025-02 MCM Aurora OpenSearch.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'CSP Significant Change Request form for a database migration and a new leveraged service.', data: await renderDocx({ blocks, meta: { title: 'SCR Form' } }) };
}

async function scrXlsx(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'Tessellate Compliance',
    sheets: [
      {
        name: 'SCR',
        rows: [['Significant Change Request'], ['Field', 'Response'], ['CSO', 'Tessellate Analytics Platform'], ['Requested by', 'Samuel Okafor, ISSO'], ['Change summary', 'Replace self-managed Elasticsearch with Amazon OpenSearch Service; introduce new AI summarization microservice using Amazon Bedrock (FedRAMP High)'], ['Significant change category', 'Adding a new leveraged service; architecture change'], ['Controls affected', 'SA-9, SC-7, SC-8, SC-28, CM-8, RA-5'], ['Impact on authorization boundary', 'Boundary diagram and data flow updated (SSP Figure 9-2)'], ['Proposed implementation date', '2025-08-15'], ['3PAO engaged', 'Northline Audit Group'], ['Agency AO approval requested', 'Yes']],
        boldRows: [1, 2],
      },
    ],
  });
  return { file: 'Book2.xlsx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'CSP significant change request as a one-sheet workbook.', data };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FedRAMP Deviation Request Form'),
    table(['CSP', 'Halvorsen Data Systems, Inc.'], ['System Name', 'Meridian Case Manager'], ['Date Submitted', '04/02/2025'], ['POA&M ID', 'V-0007'], ['Deviation Type', 'Risk Adjustment (RA)']),
    h1('Vulnerability Information'),
    table(['Field', 'Value'], ['Vulnerability Name', 'TLS 1.0 Protocol Detection'], ['Scanner / Plugin', 'Nessus 104743'], ['Original Risk Rating', 'Moderate'], ['Proposed Adjusted Risk Rating', 'Low'], ['Affected Assets', 'Internal health-check listener 10.40.12.71']),
    h1('Justification'),
    ...p('The listener is reachable only from the AWS load balancer health-check subnet, carries no federal data, and is blocked from the internet by security groups. Exploitation would require an attacker already inside the VPC. Compensating controls: network segmentation (SC-7), monitoring (SI-4).'),
    h1('Evidence'),
    ...p('Security group export, VPC flow log sample, and a screenshot of the listener configuration are attached.'),
    h2('CSP Signature'),
    ...p('Margaret Ellison, CISO - 04/02/2025'),
    h2('Agency Decision (for AO use)'),
    ...p('Approved / Not approved: ______   AO signature: __________'),
  ];
  return { file: 'DR_V-0007.docx', expected: 'DEVIATION_REQUEST', note: 'CSP Deviation Request (risk adjustment) for a POA&M item.', data: await renderDocx({ blocks }) };
}

async function drXlsx(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'Brightwater ConMon',
    sheets: [
      {
        name: 'Deviation Request',
        rows: [['FedRAMP Deviation Request'], ['CSP: Brightwater Software LLC', null, 'CSO: ClearPath Grants Cloud'], [], ['DR #', 'POA&M ID', 'Deviation Type', 'Vulnerability', 'Original Risk', 'Requested Risk', 'Justification', 'Evidence'], ['DR-2025-03', 'CPGC-0031', 'False Positive (FP)', 'QID 38173 SSL Certificate - Signature Verification Failed', 'Moderate', 'N/A', 'Certificate is issued by the Azure internal CA and trusted by the scanner host only after import; validated by the 3PAO.', 'cert-chain.png'], ['DR-2025-04', 'CPGC-0034', 'Operational Requirement (OR)', 'QID 11827 HTTP Security Header Not Detected on legacy API', 'Low', 'Low', 'Header breaks a partner agency integration; removal planned with API v3.', 'partner-letter.pdf']],
        boldRows: [4],
      },
    ],
  });
  return { file: 'deviations-march.xlsx', expected: 'DEVIATION_REQUEST', note: 'CSP deviation request workbook (false positive and operational requirement).', data };
}

export async function monitoringDocs(): Promise<EvalDoc[]> {
  const scans: EvalDoc[] = [
    { file: 'MCM_March_OS.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 (.nessus) authenticated OS scan export.', data: nessus() },
    { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV with report preamble rows.', data: qualysCsv() },
    { file: 'webapp-scan.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON web application scan report.', data: zapJson() },
    { file: 'TAP_db_scan_feb.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export (database/infrastructure scan findings).', data: nessusCsv() },
  ];
  const rest = await Promise.all([poamTemplateLayout(), poamDrifted(), poamOscalYaml(), invTemplate(), invDrifted(), scrDocx(), scrXlsx(), drDocx(), drXlsx()]);
  return [...rest, ...scans, { file: 'assets_2025-03.csv', expected: 'INVENTORY', note: 'Integrated inventory exported to CSV with the template columns.', data: invCsv() }];
}
