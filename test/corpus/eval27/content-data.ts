/** Workbooks, scanner exports and OSCAL documents. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { stringify as yamlStringify, parse as yamlParse } from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { FIXED_DATE, fixOfficeZip, pick, rng } from './kit.js';
import { CSO, CSP, TPAO } from './prose.js';
import type { Eval27Doc } from './prose.js';

type Cell = string | number | Date | null;
interface SheetSpec {
  name: string;
  rows: Cell[][];
  widths?: number[];
  boldRows?: number[];
}

export async function workbook(sheets: SheetSpec[], meta: { title?: string; creator?: string; subject?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
    for (const r of s.rows) ws.addRow(r);
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const b of s.boldRows ?? []) ws.getRow(b).font = { bold: true };
  }
  return fixOfficeZip(await wb.xlsx.writeBuffer());
}

const csv = (rows: Cell[][]): string =>
  rows.map((r) => r.map((c) => {
    const s = c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? '');
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',')).join('\r\n') + '\r\n';

const d = (s: string): Date => {
  const [dd, mm, yy] = s.split('.').map(Number);
  return new Date(Date.UTC(yy ?? 2025, (mm ?? 1) - 1, dd ?? 1));
};

// ---------------------------------------------------------------- POA&M

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(n: number, seed: number): Cell[][] {
  const r = rng(seed);
  const weak = [
    ['RA-5', 'OpenSSH regreSSHion', 'Nessus', '201194', 'CVE-2024-6387'],
    ['SI-2', 'Outdated OpenSSL library', 'Nessus', '192974', 'CVE-2024-5535'],
    ['AC-12', 'Session timeout exceeds 15 minutes', 'SAR test case', 'AC-12-T1', ''],
    ['CM-6', 'CIS benchmark deviation: auditd rules missing', 'AWS Config', 'cis-4.1.3', ''],
    ['SC-8', 'TLS 1.1 accepted on internal ALB', 'Nessus', '104743', ''],
    ['SI-2', 'PostgreSQL minor version outdated', 'Nessus DB', '206845', 'CVE-2024-7348'],
  ] as const;
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(r, weak);
    const rating = pick(r, ['Low', 'Moderate', 'High']);
    const det = d(`${1 + Math.floor(r() * 27)}.0${1 + Math.floor(r() * 5)}.2025`);
    const due = new Date(det.getTime() + (rating === 'High' ? 30 : rating === 'Moderate' ? 90 : 180) * 86400000);
    rows.push([`V-${String(20 + i).padStart(4, '0')}`, w[0], w[1], `${w[1]} identified on production hosts.`, w[2], w[3], `vaic-app-0${1 + (i % 6)}`, 'Sunil Kulkarni', 'Internal staff', 'Apply vendor patch via golden image rebuild', det, due, 'Patch in staging; deploy to production', '', FIXED_DATE, 'No', '', '', rating, rating, '', 'No', 'No', '', '', '', 'No', '', '', w[4], CSO]);
  }
  return rows;
}

// ---------------------------------------------------------------- inventory

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(n: number, seed: number): Cell[][] {
  const r = rng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const role = pick(r, ['app', 'api', 'db', 'bastion', 'worker']);
    rows.push([`vaic-${role}-${String(i + 1).padStart(2, '0')}`, `10.40.${1 + (i % 4)}.${10 + i}`, 'Yes', role === 'app' ? 'Yes' : 'No', `${role}${i + 1}.vaic.internal`, '', '', 'Yes', 'CIS AL2023 L1 v1.0', 'Amazon Linux 2023', 'AWS GovCloud us-gov-west-1', role === 'db' ? 'Database' : 'Virtual Machine', 'AWS EC2 m6i.large', 'Yes', role === 'db' ? 'PostgreSQL' : 'Amazon', role === 'db' ? 'PostgreSQL 16.4' : 'nginx 1.26', '2025-06', `${role} tier`, '', `i-0${Math.floor(r() * 1e9).toString(16)}`, `vpc-prod-${1 + (i % 2)}`, 'Sunil Kulkarni', 'Lena Hartig']);
  }
  return rows;
}

// ---------------------------------------------------------------- scans

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nessus(seed: number): string {
  const r = rng(seed);
  const plugins = [
    ['201194', 'OpenSSH < 9.8 RCE', '3', 'CVE-2024-6387', 'Critical'],
    ['104743', 'TLS Version 1.0 Protocol Detection', '2', '', 'Medium'],
    ['57582', 'SSL Self-Signed Certificate', '2', '', 'Medium'],
    ['19506', 'Nessus Scan Information', '0', '', 'None'],
    ['192974', 'OpenSSL 3.0.x < 3.0.14 Vulnerability', '2', 'CVE-2024-5535', 'Medium'],
  ] as const;
  const hosts: string[] = [];
  for (let h = 0; h < 4; h++) {
    const ip = `10.40.1.${20 + h}`;
    const items = plugins.filter(() => r() > 0.3).map((p) => `<ReportItem port="22" svc_name="ssh" protocol="tcp" severity="${p[2]}" pluginID="${p[0]}" pluginName="${esc(p[1])}" pluginFamily="General"><risk_factor>${p[4]}</risk_factor><synopsis>The remote host is affected by ${esc(p[1])}.</synopsis><description>According to its self-reported version, the remote host is affected by ${esc(p[1])}.</description><solution>Upgrade to the latest vendor release.</solution>${p[3] ? `<cve>${p[3]}</cve>` : ''}<plugin_output>Installed version detected on ${ip}</plugin_output></ReportItem>`);
    hosts.push(`<ReportHost name="${ip}"><HostProperties><tag name="HOST_START">Mon Jun  2 02:00:11 2025</tag><tag name="host-ip">${ip}</tag><tag name="host-fqdn">vaic-app-0${h + 1}.vaic.internal</tag><tag name="operating-system">Amazon Linux 2023</tag><tag name="Credentialed_Scan">true</tag></HostProperties>${items.join('')}</ReportHost>`);
  }
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>VAIC Monthly Authenticated OS</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.1.20-23</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="VAIC June 2025 OS scan" xmlns:cm="http://www.nessus.org/cm">\n${hosts.join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

// ---------------------------------------------------------------- OSCAL

async function oscalJson(name: string, root: string, title: string): Promise<string> {
  const doc = JSON.parse(await readFile(fixture(`oscal/${name}`), 'utf8')) as Record<string, { metadata: { title: string; 'last-modified': string } }>;
  const body = doc[root];
  if (!body) throw new Error(`no ${root} in ${name}`);
  body.metadata.title = title;
  body.metadata['last-modified'] = '2025-06-16T08:30:00Z';
  return JSON.stringify(doc, null, 2);
}

async function oscalXml(name: string, title: string): Promise<string> {
  const xml = await readFile(fixture(`oscal/${name}`), 'utf8');
  return xml.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`).replace(/AwesomeCloud/g, 'VeltraxCloud');
}

export async function dataDocs(): Promise<Eval27Doc[]> {
  const out: Eval27Doc[] = [];
  const add = (file: string, expected: Eval27Doc['expected'], note: string, data: Buffer | string): void => {
    out.push({ file, expected, note, data });
  };

  // POAM
  add('VAIC_POAM_2025-06.xlsx', 'POAM', 'Monthly FedRAMP POA&M workbook in the template layout (Open/Closed POA&M Items sheets, header row 5 starting POAM ID).', await workbook([
    { name: 'Open POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', FIXED_DATE], [], POAM_HEADERS, ...poamRows(14, 11)], boldRows: [4] },
    { name: 'Closed POA&M Items', rows: [['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', FIXED_DATE], [], POAM_HEADERS, ...poamRows(5, 12)] },
    { name: 'Configuration Findings', rows: [POAM_HEADERS.slice(0, 12)] },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['16.06.2025', 'June ConMon submission', 'R. Deshpande']] },
  ], { title: 'FedRAMP POA&M Template', creator: 'Deshpande, Rahul' }));
  add('Tabelle1.xlsx', 'POAM', 'POA&M workbook that drifted from the template: German cover sheet, header row moved to row 7, some columns renamed, still the FedRAMP POA&M item columns.', await workbook([
    { name: 'Deckblatt', rows: [['Maßnahmenplan / Plan of Action and Milestones'], ['System', CSO], ['Stand', '14.07.2025'], ['Erstellt von', 'Compliance Pune']] },
    { name: 'Open POA&M Items', rows: [['VAIC - Open items'], ['CSP', CSP], ['Impact', 'Moderate'], ['Date', '14.07.2025'], [], [], ['POAM ID', 'Control(s)', 'Weakness', 'Weakness Description', 'Detector Source', 'Source Identifier', 'Asset(s)', 'POC', 'Resources', 'Remediation Plan', 'Detection Date', 'Scheduled Completion', 'Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in', 'Vendor Product', 'Original Risk', 'Adjusted Risk', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Docs', 'Comments'], ...poamRows(9, 21).map((r) => r.slice(0, 26))] },
    { name: 'Closed POA&M Items', rows: [['POAM ID', 'Controls', 'Weakness Name'], ['V-0003', 'RA-5', 'Apache httpd outdated']] },
  ], { title: 'Tabelle1', creator: 'Microsoft Office User' }));
  add('poam_export.csv', 'POAM', 'CSV export of the open POA&M items (FedRAMP POA&M columns from POAM ID to Service Name).', csv([POAM_HEADERS, ...poamRows(10, 31)]));
  add('VAIC-poam.json', 'POAM', 'OSCAL plan-of-action-and-milestones JSON (FedRAMP template) retitled for VAIC.', await oscalJson('FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones', `${CSO} Plan of Action and Milestones`));
  add('poam-oscal.xml', 'POAM', 'OSCAL XML plan-of-action-and-milestones (AwesomeCloud sample renamed).', await oscalXml('AwesomeCloudPOAM.xml', 'VeltraxCloud POA&amp;M - June 2025'));

  // INVENTORY
  add('SSP-A13_VAIC_Inventory.xlsx', 'INVENTORY', 'Integrated Inventory Workbook (SSP Attachment 13) with the 23 template columns from UNIQUE ASSET IDENTIFIER to Application Administrator/ Owner.', await workbook([
    { name: 'Inventory', rows: [['FedRAMP Integrated Inventory Workbook'], [`${CSP} - ${CSO}`], INV_HEADERS, ...invRows(24, 5)], boldRows: [3] },
    { name: 'Instructions', rows: [['Complete one row per inventory item. Updated monthly with the ConMon deliverables.']] },
  ], { title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template', creator: 'Kulkarni, Sunil' }));
  add('Mappe3.xlsx', 'INVENTORY', 'Rev5 inventory workbook (Diagram Label column, header in row 4 after a German cover block); metadata title left as "Mappe3".', await workbook([
    { name: 'Bestand', rows: [['Inventarliste / Integrated Inventory'], ['Stand: 01.08.2025'], [], [...INV_HEADERS, 'Diagram Label'], ...invRows(18, 6).map((r, i) => [...r, `D-${i + 1}`])] },
  ], { title: 'Mappe3' }));
  add('assets_august.csv', 'INVENTORY', 'CSV export of the integrated inventory (template columns) produced from the CMDB.', csv([INV_HEADERS, ...invRows(15, 7)]));

  // SCAN_RESULTS
  add('VAIC_OS_2025-06.nessus', 'SCAN_RESULTS', 'Nessus v2 export of the monthly authenticated OS scan of VAIC hosts.', nessus(3));
  add('report (1).xml', 'SCAN_RESULTS', 'Nessus v2 XML of the database-tier monthly scan saved with a generic browser name.', nessus(9).replace('VAIC Monthly Authenticated OS', 'VAIC Monthly DB Audit').replace(/10\.40\.1\./g, '10.40.3.'));
  {
    const r = rng(44);
    const rows: Cell[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
    for (let i = 0; i < 22; i++) {
      const p = pick(r, [['201194', 'CVE-2024-6387', '8.1', 'Critical', 'OpenSSH < 9.8 RCE'], ['104743', '', '6.5', 'Medium', 'TLS Version 1.0 Protocol Detection'], ['42873', '', '7.5', 'High', 'SSL Medium Strength Cipher Suites Supported (SWEET32)']]);
      rows.push([p[0] ?? '', p[1] ?? '', p[2] ?? '', p[3] ?? '', `10.40.2.${10 + (i % 7)}`, 'tcp', '443', p[4] ?? '', 'The remote service is affected.', 'The remote host is running a vulnerable service.', 'Apply the vendor update.', 'https://www.tenable.com/plugins', 'Detected version information']);
    }
    add('export.csv', 'SCAN_RESULTS', 'Nessus CSV export of the web-tier monthly vulnerability scan.', csv(rows));
  }
  add('inspector_findings_07.json', 'SCAN_RESULTS', 'Amazon Inspector2 findings JSON export (package vulnerabilities on VAIC EC2 instances and ECR images).', JSON.stringify({
    findings: Array.from({ length: 8 }, (_, i) => ({
      awsAccountId: '111122223333',
      findingArn: `arn:aws-us-gov:inspector2:us-gov-west-1:111122223333:finding/${(0x5a1f00 + i).toString(16)}`,
      type: 'PACKAGE_VULNERABILITY',
      severity: i % 3 === 0 ? 'HIGH' : 'MEDIUM',
      status: 'ACTIVE',
      title: i % 2 ? 'CVE-2024-5535 - openssl' : 'CVE-2024-6387 - openssh-server',
      firstObservedAt: '2025-07-02T03:11:00Z',
      packageVulnerabilityDetails: { vulnerabilityId: i % 2 ? 'CVE-2024-5535' : 'CVE-2024-6387', source: 'NVD', cvss: [{ baseScore: 7.5, scoringVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', version: '3.1' }], vulnerablePackages: [{ name: i % 2 ? 'openssl' : 'openssh-server', version: '3.0.8', fixedInVersion: '3.0.14' }] },
      resources: [{ id: `i-0abc${i}def${i}`, type: 'AWS_EC2_INSTANCE', region: 'us-gov-west-1' }],
      remediation: { recommendation: { text: 'Update the affected package to the fixed version.' } },
    })),
  }, null, 2));

  // CIS/CRM
  const cisHead = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
  const ctl = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'PE-3', 'SC-7', 'SI-2'];
  const cisRows = ctl.map((c) => [c, 'X', '', '', '', '', c.endsWith('-1') ? 'X' : '', 'X', '', c.startsWith('AC-2') ? 'X' : '', '', '', c.startsWith('PE') ? 'X' : '']);
  const crmRows = [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ['AC-2', 'Partial', 'Customer agencies manage their own user accounts and roles in the tenant.'], ['AC-7', 'Yes', 'Fully inherited.'], ['IA-2', 'Partial', 'Customers configure SAML federation with their IdP.'], ['AU-6', 'Partial', 'Customers review tenant audit logs.']];
  add('CIS_CRM_Workbook.xlsx', 'CIS_CRM_WORKBOOK', 'FedRAMP CIS/CRM workbook (Control Implementation Summary sheet with status/origination columns, Customer Responsibility Matrix sheet).', await workbook([
    { name: 'Implementation Summary', rows: [[`${CSO} Control Implementation Summary (CIS)`], cisHead, ...cisRows] },
    { name: 'Customer Responsibility Matrix', rows: [[`${CSO} Customer Responsibility Matrix (CRM)`], ...crmRows] },
  ], { title: 'Vorlage', creator: 'Compliance Pune' }));
  add('Anhang9_v2.xlsx', 'CIS_CRM_WORKBOOK', 'CIS/CRM workbook variant with the CRM first and a German instructions sheet.', await workbook([
    { name: 'Hinweise', rows: [['Hinweise zum Ausfüllen / Instructions'], ['The CIS worksheet summarises implementation status and control origination; the CRM lists customer responsibilities.']] },
    { name: 'CRM', rows: crmRows },
    { name: 'CIS', rows: [cisHead, ...cisRows] },
  ], {}));

  // SOD xlsx, LAWS xlsx, DR xlsx, checklist xlsx
  add('AC-5_matrix.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix workbook: roles against privileged functions, conflicting duties marked.', await workbook([
    { name: 'Separation of Duties', rows: [[`${CSO} Separation of Duties Matrix (AC-5)`], ['Function / Duty', 'Developer', 'Release Manager', 'Cloud Administrator', 'DB Administrator', 'SOC Analyst', 'ISSO'], ['Code commit', 'X', '', '', '', '', ''], ['Release approval', '', 'X', '', '', '', ''], ['Production deployment', '', 'X', 'X', '', '', ''], ['Database schema change', '', '', '', 'X', '', ''], ['Audit log review', '', '', '', '', 'X', 'X'], ['User access approval', '', '', '', '', '', 'X']] },
  ], { title: 'SoD Matrix' }));
  add('Gesetze_Vorschriften.xlsx', 'LAWS_AND_REGULATIONS', 'FedRAMP Laws and Regulations attachment workbook listing federal laws, regulations, standards and guidance applicable to VAIC.', await workbook([
    { name: 'Laws and Regulations', rows: [['FedRAMP Laws and Regulations'], ['Identification Number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551', 'Federal Information Security Modernization Act (FISMA)', '2014', 'https://www.congress.gov'], ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', '2017', ''], ['OMB A-130', 'Managing Information as a Strategic Resource', '2016', '']] },
    { name: 'Standards and Guidance', rows: [['Identification Number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019'], ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', '2018'], ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls', '2020']] },
  ], { title: 'Gesetze' }));
  add('DR_operational-requirement.xlsx', 'DEVIATION_REQUEST', 'FedRAMP deviation request form workbook (operational requirement) for a POA&M item with justification and compensating controls.', await workbook([
    { name: 'Deviation Request', rows: [['FedRAMP Deviation Request'], ['CSP Name', CSP], ['System Name', CSO], ['Deviation Request Type', 'Operational Requirement (OR)'], ['POA&M ID', 'V-0027'], ['Vulnerability / Weakness', 'TLS 1.1 accepted on internal ALB for legacy SCADA historian connector'], ['Justification', 'The federal customer historian only supports TLS 1.1 until its replacement in 2026.'], ['Compensating Controls', 'Connector isolated in dedicated subnet; IP allow-list; enhanced monitoring.'], ['Original Risk Rating', 'Moderate'], ['Requested Date', '21.07.2025'], ['CSP Signature', 'M. Thornbury'], ['AO Decision', '']] },
  ], { title: 'DR Form' }));
  add('checklist.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist workbook with the package items and included/location columns.', await workbook([
    { name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], ['CSP', CSP, 'CSO', CSO], ['Item', 'Document', 'Included?', 'Location / comments'], ...['System Security Plan', 'Attachment 1 Policies and Procedures', 'Attachment 2 User Guide', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 PTA/PIA', 'Attachment 5 Rules of Behavior', 'Attachment 6 ISCP', 'Attachment 7 CMP', 'Attachment 8 IRP', 'Attachment 9 CIS/CRM', 'Attachment 10 FIPS 199', 'Attachment 11 Separation of Duties Matrix', 'Attachment 12 Laws and Regulations', 'Attachment 13 Integrated Inventory', 'Security Assessment Plan', 'Security Assessment Report', 'POA&M', 'ATO Letter'].map((x, i) => [i + 1, x, i < 17 ? 'Yes' : 'No', i < 17 ? 'Repository' : 'Expected from agency'])] },
  ], { title: 'Checklist' }));

  // OSCAL SSP/SAP/SAR
  add('upload (4).json', 'SSP', 'OSCAL system-security-plan JSON (FedRAMP SSP template) retitled for VAIC.', await oscalJson('FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan', `${CSO} System Security Plan`));
  {
    const y = yamlParse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as { 'system-security-plan': { metadata: { title: string } } };
    y['system-security-plan'].metadata.title = 'VDX SSP (OSCAL export)';
    add('vdx-ssp.yaml', 'SSP', 'OSCAL system-security-plan in YAML exported from the compliance tool.', yamlStringify(y));
  }
  add('sap_oscal.xml', 'SAP', 'OSCAL assessment-plan XML (AwesomeCloud sample renamed).', await oscalXml('AwesomeCloudSAP.xml', 'VeltraxCloud Security Assessment Plan'));
  add('data-export-17.json', 'SAP', 'OSCAL assessment-plan JSON from the FedRAMP SAP template, retitled by the 3PAO.', await oscalJson('FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', `${TPAO} - ${CSO} Assessment Plan`));
  add('results.json', 'SAR', 'OSCAL assessment-results JSON from the FedRAMP SAR template, retitled for VAIC.', await oscalJson('FedRAMP-SAR-OSCAL-Template.json', 'assessment-results', `${CSO} Security Assessment Results`));

  return out;
}
