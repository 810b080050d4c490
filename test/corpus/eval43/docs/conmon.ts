import type { Entry } from '../kit/entry.js';
import type { ProseDoc } from '../kit/model.js';
import { b, bullets, h1, p, table, title } from '../kit/model.js';
import { ABBR, AGENCY, CSO, CSP, CUI, FRID, TPAO } from '../kit/front.js';
import { renderDocx } from '../kit/docx-kit.js';
import { renderPdf } from '../kit/pdf-kit.js';
import { renderXlsx } from '../kit/xlsx-kit.js';
import type { Cell } from '../kit/xlsx-kit.js';
import { csvRow, esc } from '../kit/xml.js';
import { day, int, pick, rng } from '../kit/rng.js';
import { uuidGen } from '../kit/uuid.js';

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
const WEAK = [
  ['RA-5', 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', 'Tenable Nessus', '192099', 'CVE-2024-4741'],
  ['SI-10', 'Stored XSS in reviewer comments', 'Burp Suite Enterprise', 'WEB-01', ''],
  ['AC-2', 'Quarterly access review evidence missing for two agency tenants', 'Security Assessment Report', 'V-002', ''],
  ['AU-12', 'pgaudit not enabled on reporting replica', 'Security Assessment Report', 'V-004', ''],
  ['RA-5', 'Node.js 20.x < 20.15.1 Multiple Vulnerabilities', 'Tenable Nessus', '201969', 'CVE-2024-36138'],
  ['CM-6', 'SSH server allows CBC ciphers on bastion image', 'CIS benchmark scan', 'xccdf_5.2.11', ''],
  ['RA-5', 'PostgreSQL 15.x < 15.8 SQL Injection', 'Tenable Nessus', '205110', 'CVE-2024-7348'],
] as const;

function poamRows(seed: number, n: number): Cell[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const w = WEAK[i % WEAK.length] ?? WEAK[0];
    const risk = pick(r, ['High', 'Moderate', 'Low']);
    const det = int(r, 0, 300);
    const due = det + (risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180);
    return [`V-${String(1000 + i)}`, w[0], w[1], `${w[1]} identified on ${ABBR} components.`, w[2], w[3], `lfgc-eks-node-${int(r, 1, 42)}`, 'Platform Security Engineering', 'Engineering time', 'Patch base image and redeploy', day(det), day(due), `Rebuild AMI by ${day(due - 5)}`, '', day(310), 'No', '', '', risk, risk, '', 'No', 'No', '', '', '', 'No', i % 5 === 0 ? 'Yes' : 'No', i % 5 === 0 ? day(det + 14) : '', w[4], 'Applicant Portal'];
  });
}

function poamTemplate(): Parameters<typeof renderXlsx>[0] {
  return [
    { name: 'Open POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', '03/10/2025'], [], ['', '', '', ''], POAM_HEAD, ...poamRows(4340, 14)], boldRows: [1, 5] },
    { name: 'Closed POA&M Items', rows: [POAM_HEAD, ...poamRows(4341, 5)] },
    { name: 'Configuration Findings', rows: [POAM_HEAD] },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Made By'], ['03/10/2025', 'Monthly ConMon update', 'R. Odum']] },
  ];
}

function poamDrift(): Parameters<typeof renderXlsx>[0] {
  const head = POAM_HEAD.map((h) => (h === 'Asset Identifier' ? 'Asset Identifier(s)' : h === 'Original Risk Rating' ? 'Original Risk' : h));
  return [
    { name: 'Open', rows: [[`${CSO} Plan of Action & Milestones - February 2025`], [`FedRAMP ID ${FRID}`], [], ['Prepared by ISSO; see Record of Changes'], [], [], [], head, ...poamRows(4342, 9)], boldRows: [8] },
    { name: 'Closed', rows: [head, ...poamRows(4343, 3)] },
  ];
}

function poamCsv(): string {
  const rows = poamRows(4344, 12).map((r) => r.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString() : c)));
  return [csvRow(POAM_HEAD), ...rows.map((r) => csvRow(r))].join('\r\n') + '\r\n';
}

function poamXml(): string {
  const u = uuidGen(4345);
  const items = WEAK.map(([ctl, name, src, id]) => `  <poam-item uuid="${u()}">
    <title>${esc(name)}</title>
    <description><p>${esc(name)} (detected by ${esc(src)}, ${esc(id)}); control ${ctl}.</p></description>
    <prop name="POAM-ID" ns="https://fedramp.gov/ns/oscal" value="V-${id}"/>
  </poam-item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<plan-of-action-and-milestones xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${u()}">
  <metadata>
    <title>${esc(CSO)} Plan of Action and Milestones</title>
    <last-modified>2025-03-10T00:00:00Z</last-modified>
    <version>2025-03</version>
    <oscal-version>1.0.4</oscal-version>
  </metadata>
  <import-ssp href="./lfgc-ssp-oscal.json"/>
  <system-id identifier-type="http://fedramp.gov/ns/oscal">${FRID}</system-id>
${items}
</plan-of-action-and-milestones>
`;
}

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
function invRows(seed: number, n: number): string[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const db = i % 6 === 5;
    return [`lfgc-${db ? 'aurora' : 'eks-node'}-${String(i + 1).padStart(2, '0')}`, `10.40.${int(r, 1, 12)}.${int(r, 2, 250)}`, 'Yes', 'No', db ? `lfgc-db-${i}.cluster-xyz.us-gov-west-1.rds.amazonaws.com` : `ip-10-40-${i}.us-gov-west-1.compute.internal`, '', '', db ? 'No' : 'Yes', db ? 'CIS PostgreSQL 15' : 'LFGC-EKS-AL2023-2025.02', db ? 'Aurora PostgreSQL 15.8' : 'Amazon Linux 2023', 'AWS GovCloud us-gov-west-1', db ? 'Database' : 'Virtual Machine', 'AWS', 'Yes', db ? 'Amazon' : 'Kubernetes', db ? 'Aurora PostgreSQL 15.8' : 'EKS 1.30', '2025-02', db ? 'Applications and awards store' : 'Applicant portal and API workloads', '', '', 'vpc-prod-app', 'Platform Engineering', 'Grants Application Team'];
  });
}

function scanNessus(): string {
  const r = rng(4350);
  const plugins = [['192099', 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', '2', 'General', 'CVE-2024-4741'], ['201969', 'Node.js 20.x < 20.15.1 Multiple Vulnerabilities', '3', 'Misc.', 'CVE-2024-36138'], ['19506', 'Nessus Scan Information', '0', 'Settings', ''], ['57041', 'SSL Perfect Forward Secrecy Cipher Suites Supported', '0', 'General', ''], ['187201', 'Amazon Linux 2023 : kernel (ALAS2023-2024-445)', '2', 'Amazon Linux Local Security Checks', 'CVE-2023-6932']] as const;
  const hosts = Array.from({ length: 6 }, (_, i) => `10.40.${int(r, 1, 12)}.${i + 10}`);
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>LFGC Monthly Authenticated - Moderate</policyName></Policy>
<Report name="LFGC ConMon OS Scan 2025-03" xmlns:cm="http://www.nessus.org/cm">
${hosts.map((h, i) => `<ReportHost name="${h}"><HostProperties>
<tag name="HOST_START">Mon Mar  3 02:00:0${i} 2025</tag>
<tag name="host-ip">${h}</tag>
<tag name="operating-system">Amazon Linux 2023</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Mon Mar  3 02:14:3${i} 2025</tag>
</HostProperties>
${plugins.map(([id, name, sev, fam, cve]) => `<ReportItem port="${sev === '0' ? 0 : 443}" svc_name="${sev === '0' ? 'general' : 'www'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${esc(name)}" pluginFamily="${esc(fam)}">
<description>${esc(`The remote host is affected by: ${name}.`)}</description>
<risk_factor>${['None', 'Low', 'Medium', 'High'][Number(sev)] ?? 'None'}</risk_factor>
<solution>Upgrade to a fixed version.</solution>
<synopsis>${esc(name)}</synopsis>${cve ? `\n<cve>${cve}</cve>\n<cvss3_base_score>${sev === '3' ? '8.1' : '5.9'}</cvss3_base_score>` : ''}
<plugin_output>Installed version : detected on ${h}</plugin_output>
</ReportItem>`).join('\n')}
</ReportHost>`).join('\n')}
</Report>
</NessusClientData_v2>
`;
}

function scanCsv(): string {
  const r = rng(4351);
  const head = ['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'];
  const items = [['205110', 'CVE-2024-7348', '8.8', 'High', 'PostgreSQL 15.x < 15.8 SQL Injection'], ['42873', '', '7.5', 'High', 'SSL Medium Strength Cipher Suites Supported (SWEET32)'], ['10863', '', '', 'None', 'SSL Certificate Information'], ['156899', 'CVE-2021-44228', '10.0', 'Critical', 'Apache Log4j < 2.16.0 Remote Code Execution']];
  const rows: string[] = [csvRow(head)];
  for (let h = 0; h < 5; h += 1) for (const it of items) {
    const host = `10.40.9.${20 + h}`;
    rows.push(csvRow([it[0] ?? '', it[1] ?? '', it[2] ?? '', it[3] ?? '', host, 'tcp', it[0] === '205110' ? '5432' : '443', it[4] ?? '', `The remote service is affected: ${it[4] ?? ''}.`, 'According to its self-reported version number, the remote host is affected by the vulnerability.', 'Upgrade to the latest version.', 'https://www.tenable.com/plugins/nessus/' + (it[0] ?? ''), `Port ${int(r, 1000, 9999)} : version detected`]));
  }
  return rows.join('\n') + '\n';
}

function scanZap(): string {
  return JSON.stringify({
    '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Mon, 3 Mar 2025 06:12:44',
    site: [{ '@name': 'https://apply.ledgerline-gov.example', '@host': 'apply.ledgerline-gov.example', '@port': '443', '@ssl': 'true', alerts: [
      { pluginid: '40014', alertRef: '40014', alert: 'Cross Site Scripting (Persistent)', name: 'Cross Site Scripting (Persistent)', riskcode: '3', confidence: '2', riskdesc: 'High (Medium)', desc: '<p>Cross-site Scripting (XSS) is an attack technique that involves echoing attacker-supplied code into a user\'s browser instance.</p>', instances: [{ uri: 'https://apply.ledgerline-gov.example/review/comments', method: 'POST', param: 'comment', attack: '</p><scrIpt>alert(1);</scRipt><p>', evidence: '' }], count: '1', solution: '<p>Validate all input and encode output.</p>', cweid: '79', wascid: '8', sourceid: '1' },
      { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: '<p>Content Security Policy (CSP) is an added layer of security.</p>', instances: [{ uri: 'https://apply.ledgerline-gov.example/opportunities', method: 'GET', param: '', attack: '', evidence: '' }], count: '4', solution: '<p>Ensure that your web server sets the Content-Security-Policy header.</p>', cweid: '693', wascid: '15', sourceid: '3' },
      { pluginid: '10096', alertRef: '10096', alert: 'Timestamp Disclosure - Unix', name: 'Timestamp Disclosure - Unix', riskcode: '0', confidence: '1', riskdesc: 'Informational (Low)', desc: '<p>A timestamp was disclosed by the application/web server.</p>', instances: [{ uri: 'https://apply.ledgerline-gov.example/static/app.js', method: 'GET', param: '', attack: '', evidence: '1709251200' }], count: '2', solution: '<p>Manually confirm that the timestamp data is not sensitive.</p>', cweid: '200', wascid: '13', sourceid: '3' },
    ] }],
  }, null, 2);
}

function scanGreenbone(): string {
  const results = [['PostgreSQL Multiple Vulnerabilities (Feb 2025)', '5432/tcp', '7.5', 'High', '1.3.6.1.4.1.25623.1.0.151234'], ['SSL/TLS: Report Weak Cipher Suites', '443/tcp', '5.0', 'Medium', '1.3.6.1.4.1.25623.1.0.103440'], ['PostgreSQL Default Credentials (TCP)', '5432/tcp', '0.0', 'Log', '1.3.6.1.4.1.25623.1.0.103552']];
  return `<?xml version="1.0" encoding="UTF-8"?>
<report id="5c1e7a0e-43a1-4b8e-9f0a-4311e0c2b7d1" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>lfgc-scanner</name></owner>
  <name>2025-03-04T03:00:00Z</name>
  <report id="5c1e7a0e-43a1-4b8e-9f0a-4311e0c2b7d1">
    <gmp><version>22.5</version></gmp>
    <scan_run_status>Done</scan_run_status>
    <task id="0aa1"><name>LFGC database hosts - monthly</name></task>
    <results start="1" max="100">
${[21, 22, 23].flatMap((h) => results.map(([name, port, cvss, threat, oid]) => `      <result id="r-${h}-${(oid ?? '').slice(-6)}">
        <name>${esc(name ?? '')}</name>
        <host>10.40.9.${h}<hostname>lfgc-aurora-0${h - 20}</hostname></host>
        <port>${port}</port>
        <nvt oid="${oid}"><type>nvt</type><name>${esc(name ?? '')}</name><family>Databases</family><cvss_base>${cvss}</cvss_base><tags>summary=${esc(name ?? '')}|solution_type=VendorFix</tags></nvt>
        <threat>${threat}</threat>
        <severity>${cvss}</severity>
        <qod><value>80</value></qod>
        <description>Installed version: 15.6 Fixed version: 15.8</description>
      </result>`)).join('\n')}
    </results>
    <result_count>9</result_count>
  </report>
</report>
`;
}

function atoLetter(): ProseDoc {
  return {
    headings: 'bold', meta: { title: 'ATO Letter', author: 'NIFA OCIO' },
    blocks: [
      title('United States Department of Agriculture', 26), p('National Institute of Food and Agriculture'), p('Office of the Chief Information Officer  |  1400 Independence Ave SW, Washington, DC 20250'),
      p('June 18, 2025'), p(`Ms. Marisol Ventura\nVice President, Federal Platform\n${CSP}\n1400 Eye Street NW, Suite 610\nWashington, DC 20005`),
      p(`Subject: Authority to Operate (ATO) for the ${CSO} (FedRAMP ID ${FRID})`),
      p('Dear Ms. Ventura:'),
      p(`The U.S. Department of Agriculture, National Institute of Food and Agriculture (NIFA) has completed its review of the security authorization package for the ${CSO}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals from operating the system is acceptable.`),
      p(`Accordingly, I grant an Authority to Operate for the ${CSO} at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this letter, contingent upon continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide, remediation of the open POA&M items within the required timeframes, and prompt reporting of incidents and significant changes.`),
      p('The High finding related to stored cross-site scripting in the reviewer workspace must be remediated within 30 days, and evidence provided to the NIFA ISSO.'),
      p('Sincerely,'), p('/s/ Leonard Whitfield'), p('Dr. Leonard Whitfield\nChief Information Officer and Authorizing Official\nNational Institute of Food and Agriculture'),
      p('cc: FedRAMP PMO (info@fedramp.gov); NIFA ISSO; NIFA Office of Grants and Financial Management'),
    ],
  };
}

function scr(): ProseDoc {
  return {
    header: `${CSP} - FedRAMP Significant Change Request`, footer: CUI, meta: { title: 'Significant Change Request Form' },
    blocks: [
      title('Significant Change Request (SCR) Form', 36),
      table([['CSP Name', CSP], ['CSO Name', CSO], ['FedRAMP Package ID', FRID], ['Impact Level', 'Moderate'], ['Date of Request', '04/15/2026'], ['Authorizing Agency', AGENCY], ['3PAO', TPAO]]),
      h1('1 Description of Proposed Change'),
      p('Ledgerline proposes to add a new component, the Payment Integration Service, that transmits approved drawdown requests directly to the U.S. Treasury Automated Standard Application for Payments (ASAP) system, in addition to the existing HHS Payment Management System interconnection. The change adds a new external interconnection and a new data flow carrying recipient bank account information.'),
      h1('2 Type of Change'),
      table([['Change type', 'Selected'], ['New component / service', 'X'], ['New interconnection', 'X'], ['Change to cryptographic modules', ''], ['Data center migration', ''], ['Change in authorization boundary', 'X']]),
      h1('3 Security Impact Analysis'),
      p('Affected controls: CA-3, SC-7, SC-8, SC-13, AC-4, AU-2, CM-8, SA-9. The new service runs inside the existing VPC with dedicated security groups; connections to ASAP use mutual TLS with FIPS-validated modules. The SSP, boundary diagram, data flow diagram, Integrated Inventory Workbook and interconnection security agreement will be updated.'),
      h1('4 3PAO Assessment Scope'),
      p(`${TPAO} will test the affected controls and perform a penetration test of the new interface before deployment. A SAP addendum will be submitted with this request.`),
      h1('5 Approvals'),
      table([['Name', 'Role', 'Signature', 'Date'], ['Marisol Ventura', 'System Owner', '/s/', '04/15/2026'], ['Agency AO', 'Authorizing Official', '', '']]),
    ],
  };
}

function dr(): ProseDoc {
  return {
    headings: 'bold', footer: `${ABBR} ConMon`, meta: {},
    blocks: [
      p('FedRAMP'), title('Deviation Request', 40),
      p('Request type: Operational Requirement (OR)'),
      table([['Field', 'Value'], ['CSP', CSP], ['System Name', CSO], ['DR Number', 'DR-2025-004'], ['POA&M ID', 'V-1003'], ['Scanner Source', 'Tenable Nessus'], ['Vulnerability Name', 'SSL Medium Strength Cipher Suites Supported (SWEET32)'], ['Original Risk Rating', 'Moderate'], ['Asset(s)', 's2s-gateway-01, s2s-gateway-02']]),
      h1('Justification'),
      p('The Grants.gov system-to-system (S2S) SOAP interface used by the agency to retrieve application packages still requires a 3DES cipher suite for a subset of legacy clients operated by applicant organizations. Disabling the suite would prevent those applicants from submitting through their grants management software during the open application period. The cipher is only offered on the dedicated S2S gateway, which accepts no interactive users.'),
      h1('Compensating Controls'),
      bullets('Gateway limited to Grants.gov S2S message types and rate limited.', 'Session renegotiation limited so that the SWEET32 birthday attack is impractical (sessions re-keyed every 1 GB).', 'The legacy suite will be removed when Grants.gov retires the legacy S2S endpoint (planned 12/2025).'),
      h1('Evidence'),
      p('Attached: scan output, gateway configuration, Grants.gov deprecation notice.'),
      table([['Requester', 'Date', 'Agency AO decision'], ['Rashid Odum, ISSO', '03/12/2025', 'Pending']]),
    ],
  };
}

const CHECK_ITEMS: [string, string][] = [
  ['Initial Authorization Package Checklist', ''], ['System Security Plan (SSP)', 'Included'], ['Attachment 1 Information Security Policies and Procedures', 'Included'], ['Attachment 2 User Guide', 'Included'], ['Attachment 3 Digital Identity Worksheet', 'Included'], ['Attachment 4 PTA/PIA', 'Included'], ['Attachment 5 Rules of Behavior', 'Included'], ['Attachment 6 Information System Contingency Plan (ISCP)', 'Included'], ['Attachment 7 Configuration Management Plan', 'Included'], ['Attachment 8 Incident Response Plan', 'Included'], ['Attachment 9 CIS/CRM Workbook', 'Included'], ['Attachment 10 FIPS 199', 'Included'], ['Attachment 11 Separation of Duties Matrix', 'Included'], ['Attachment 12 Laws and Regulations', 'Included'], ['Attachment 13 Integrated Inventory Workbook', 'Included'], ['Attachment 15 Supply Chain Risk Management Plan', 'Included'], ['Security Assessment Plan (SAP)', 'Included'], ['Security Assessment Report (SAR)', 'Included'], ['Plan of Action and Milestones (POA&M)', 'Included'], ['Agency ATO Letter', 'Included'], ['Continuous Monitoring Strategy/Plan', 'Included'],
];

export const conmonEntries: Entry[] = [
  { file: 'LFGC_POAM_2025-03.xlsx', expected: 'POAM', note: 'FedRAMP POA&M template v2.1 layout: Open/Closed POA&M Items, Configuration Findings, Record of Changes, header on row 5.', build: () => renderXlsx(poamTemplate(), { creator: 'rodum' }) },
  { file: 'Inventory_Feb.xlsx', expected: 'POAM', note: 'POA&M with drifted layout (sheets Open/Closed, header on row 8, renamed columns); name misleadingly says inventory.', build: () => renderXlsx(poamDrift(), { title: 'Integrated Inventory Workbook' }) },
  { file: 'poam-export.csv', expected: 'POAM', note: 'POA&M items exported to CSV with the template header row beginning POAM ID.', build: async () => poamCsv() },
  { file: 'doc-1107.xml', expected: 'POAM', note: 'OSCAL 1.0.4 plan-of-action-and-milestones XML.', build: async () => poamXml() },
  { file: 'upload (12).xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook (v2.2 columns) with title rows above the header.', build: () => renderXlsx([{ name: 'Inventory', rows: [[`${CSO} Integrated Inventory Workbook`], ['Attachment 13', '', 'Updated 03/2025'], INV_HEAD, ...invRows(4360, 30)], boldRows: [3] }, { name: 'Instructions', rows: [['Fill in one row per inventory item. All components in the authorization boundary must be included.']] }], { creator: 'FedRAMP' }) },
  { file: 'SSP-A13-Inventory-Rev5.xlsx', expected: 'INVENTORY', note: 'Rev5 edition Integrated Inventory Workbook with Diagram Label column and a blank first sheet name.', build: () => renderXlsx([{ name: 'Sheet1', rows: [[...INV_HEAD.slice(0, 5), 'Diagram Label', ...INV_HEAD.slice(5)], ...invRows(4361, 24).map((r) => [...r.slice(0, 5), 'Fig 8-1 EKS', ...r.slice(5)])], boldRows: [1] }]) },
  { file: 'assets_march.csv', expected: 'INVENTORY', note: 'Integrated inventory exported as CSV with the workbook columns.', build: async () => [csvRow(INV_HEAD), ...invRows(4362, 18).map((r) => csvRow(r))].join('\r\n') + '\r\n' },
  { file: 'LFGC_OS_2025-03.nessus', expected: 'SCAN_RESULTS', note: 'Tenable .nessus (NessusClientData_v2) monthly authenticated OS scan.', build: async () => scanNessus() },
  { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of a database host scan.', build: async () => scanCsv() },
  { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the applicant portal.', build: async () => scanZap() },
  { file: 'report-5c1e7a0e.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS XML report of the database hosts.', build: async () => scanGreenbone() },
  { file: 'scan0031.pdf', expected: 'ATO_LETTER', note: 'Signed agency Authority to Operate letter from the authorizing official.', build: () => renderPdf(atoLetter(), { producer: 'Adobe Acrobat Pro 24' }) },
  { file: 'NIFA ATO.docx', expected: 'ATO_LETTER', note: 'The ATO letter in Word form before signature.', build: () => renderDocx({ ...atoLetter(), meta: { title: 'Letterhead template', author: 'NIFA' } }) },
  { file: 'Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package item.', build: () => renderXlsx([{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`, `CSO: ${CSO}`], ['Package Item', 'Status', 'File Name', 'Version'], ...CHECK_ITEMS.slice(1).map(([i, s], n) => [i, s, `LFGC_${n}.docx`, '1.0'])], boldRows: [1, 3] }]) },
  { file: 'doc-1201.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Package checklist in Word with a checklist table and CSP attestation.', build: () => renderDocx({ meta: {}, blocks: [title('FedRAMP Initial Authorization Package Checklist', 36), p(`Cloud Service Offering: ${CSO}    Sponsoring agency: ${AGENCY}`), p('Complete this checklist and include it with the initial authorization package submitted to the FedRAMP repository.'), table([['#', 'Package Item', 'Included (Y/N)', 'Comments'], ...CHECK_ITEMS.slice(1).map(([i], n) => [String(n + 1), i, 'Y', n === 19 ? 'Signed by NIFA CIO 06/18/2025' : ''])]), b('CSP attestation'), p('I attest that the package is complete and that the documents reflect the current state of the system.'), p('Marisol Ventura, System Owner')] }) },
  { file: 'SCR-ASAP.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for a new payment interconnection.', build: () => renderDocx(scr()) },
  { file: 'doc-1288.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The significant change request printed to PDF without metadata.', build: () => renderPdf({ ...scr(), headings: 'bold' }, { noMetadata: true }) },
  { file: 'DR-2025-004.docx', expected: 'DEVIATION_REQUEST', note: 'Operational requirement deviation request for a POA&M item.', build: () => renderDocx(dr()) },
  { file: 'Book1.xlsx', expected: 'DEVIATION_REQUEST', note: 'Deviation request form as a workbook (false positive and risk adjustment requests).', build: () => renderXlsx([{ name: 'Deviation Request', rows: [['FedRAMP Deviation Request Form'], [`CSP: ${CSP}`, '', `System: ${CSO}`], [], ['DR ID', 'POA&M ID', 'Request Type (FP / RA / OR)', 'Vulnerability Name', 'Scanner', 'Original Risk Rating', 'Adjusted Risk Rating', 'Justification', 'Compensating Controls', 'Evidence'], ['DR-2025-005', 'V-1004', 'Risk Adjustment', 'Node.js 20.x < 20.15.1 Multiple Vulnerabilities', 'Tenable Nessus', 'High', 'Moderate', 'Vulnerable HTTP/2 code path not reachable: service is behind ALB that terminates HTTP/2', 'WAF rate limiting; ALB terminates HTTP/2', 'ALB config export'], ['DR-2025-006', 'V-1008', 'False Positive', 'SSH server CBC ciphers', 'CIS benchmark scan', 'Low', 'N/A', 'Scanner read default sshd_config; drop-in file disables CBC', 'N/A', 'sshd -T output']], boldRows: [1, 4] }]) },
];
