import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { buildXlsx } from './kit/xlsx.js';
import type { Cell } from './kit/xlsx.js';
import { pick, rng } from './kit/det.js';
import { ORG, sectionsToBlocks, sectionsToPdf } from './kit/common.js';
import type { EvalDoc, Section } from './kit/common.js';
import { uuidFor } from './docs-core.js';

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAK: [string, string, string, string][] = [
  ['SI-2', 'Kernel update missing on processing workers', 'Nessus', 'CVE-2024-53104'],
  ['SC-8', 'CBC cipher suites enabled on SFTP gateway', 'Nessus', 'CVE-2016-2183'],
  ['AC-2(3)', 'Support accounts exceeded inactivity threshold', 'Security Assessment Report', 'T-03'],
  ['CP-4', 'Contingency test omitted OpenSearch restore', 'Security Assessment Report', 'T-04'],
  ['RA-5', 'OpenSSL vulnerable version in OCR container image', 'Trivy', 'CVE-2024-5535'],
  ['SI-2', 'PostgreSQL minor version out of support window', 'Nessus DB scan', 'CVE-2024-10979'],
];

function poamRows(openOnly: boolean): Cell[][] {
  const r = rng(39);
  return WEAK.map(([ctl, name, src, id], i) => {
    const rating = pick(r, ['Moderate', 'Moderate', 'Low', 'High']);
    const row: Cell[] = [`V-${String(i + 101).padStart(4, '0')}`, ctl, name, `${name}. Identified during ${src === 'Security Assessment Report' ? 'the initial assessment' : 'monthly scanning'}.`, src, id, `bmc-${['proc', 'sftp', 'iam', 'search', 'ocr', 'db'][i]}-${i + 1}`, ORG.isso, 'Engineering hours', 'Patch, rebuild image and redeploy through the pipeline', '2025-05-02', rating === 'High' ? '2025-06-01' : '2025-07-31', 'Fix in sprint 42; verify in next scan', '', '2025-06-30', 'No', '', '', rating, rating, 'No', 'No', 'No', '', 'SAR Appendix A', openOnly ? '' : 'Verified closed by rescan', 'No', 'No', '', id.startsWith('CVE') ? id : '', ORG.abbr];
    return row;
  });
}

function poamOscal(): string {
  const doc = {
    'plan-of-action-and-milestones': {
      uuid: uuidFor('poam'),
      metadata: { title: `${ORG.system} Plan of Action and Milestones`, 'last-modified': '2025-06-30T00:00:00Z', version: '2025-06', 'oscal-version': '1.1.2' },
      'import-ssp': { href: './bmc-gov-ssp.json' },
      'system-id': { 'identifier-type': 'http://fedramp.gov/ns/oscal', id: 'FR2409871553' },
      observations: WEAK.map(([, name, src], i) => ({ uuid: uuidFor(`obs-${i}`), description: name, methods: ['TEST'], origins: [{ actors: [{ type: 'tool', 'actor-uuid': uuidFor(`tool-${src}`) }] }], collected: '2025-05-02T00:00:00Z' })),
      risks: WEAK.map(([, name], i) => ({ uuid: uuidFor(`risk-${i}`), title: name, description: name, statement: `Exploitation could affect confidentiality of matter data (${name.toLowerCase()}).`, status: 'open', 'related-observations': [{ 'observation-uuid': uuidFor(`obs-${i}`) }] })),
      'poam-items': WEAK.map(([ctl, name], i) => ({ uuid: uuidFor(`item-${i}`), title: name, description: `${ctl}: ${name}`, props: [{ name: 'POAM-ID', ns: 'https://fedramp.gov/ns/oscal', value: `V-${String(i + 101).padStart(4, '0')}` }], 'related-risks': [{ 'risk-uuid': uuidFor(`risk-${i}`) }] })),
    },
  };
  return JSON.stringify(doc, null, 2);
}

function inventoryRows(): Cell[][] {
  const rows: Cell[][] = [];
  const kinds = [['proc', 'EKS worker - processing pipeline', 'Amazon Linux 2023', 'Apache Tika 2.9.2 / OCR engine 12'], ['review', 'EKS worker - review workspace', 'Amazon Linux 2023', 'Node.js 22'], ['db', 'Aurora PostgreSQL writer', 'AWS managed', 'PostgreSQL 15.8'], ['search', 'OpenSearch data node', 'AWS managed', 'OpenSearch 2.15']];
  let n = 0;
  for (const [k, fn, os, sw] of kinds) {
    for (let i = 1; i <= 4; i++) {
      n++;
      rows.push([`bmc-${k}-${String(i).padStart(2, '0')}`, `10.40.${n}.${10 + i}`, 'Yes', 'No', `${k}-${i}.internal.bmc-gov.us`, '', '', '', 'Yes', '', os ?? '', 'us-gov-west-1', fn ?? '', '', '', sw ?? '', '', '', 'Briefwell SRE', 'Yes', k === 'review' ? 'Review workspace' : 'Processing', `i-0${(n * 7919).toString(16)}`, 'SRE']);
    }
  }
  return rows;
}
const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/Database Vendor', 'Software/Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function nessus(): string {
  const hosts = [['10.40.1.11', 'proc-1.internal.bmc-gov.us'], ['10.40.2.12', 'proc-2.internal.bmc-gov.us'], ['10.40.9.11', 'review-1.internal.bmc-gov.us']];
  const items = (ip: string): string => `<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>Information about this scan.</description><plugin_output>Credentialed checks : yes</plugin_output><risk_factor>None</risk_factor></ReportItem>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="2" pluginID="214155" pluginName="Amazon Linux 2023 : kernel (ALAS2023-2025-812)" pluginFamily="Amazon Linux Local Security Checks"><cve>CVE-2024-53104</cve><cvss3_base_score>7.8</cvss3_base_score><risk_factor>Medium</risk_factor><solution>Run 'dnf update kernel' and reboot.</solution><plugin_output>Remote package installed : kernel-6.1.115-126.197.amzn2023\nShould be : kernel-6.1.124-134.200.amzn2023 (host ${ip})</plugin_output></ReportItem>
<ReportItem port="443" svc_name="www" protocol="tcp" severity="1" pluginID="42873" pluginName="SSL Medium Strength Cipher Suites Supported (SWEET32)" pluginFamily="General"><cve>CVE-2016-2183</cve><risk_factor>Low</risk_factor></ReportItem>`;
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>BMC-GOV Monthly Authenticated OS</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.0.0/16</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="BMC-GOV June 2025 OS scan" xmlns:cm="http://www.nessus.org/cm">\n${hosts.map(([ip, fqdn]) => `<ReportHost name="${ip}"><HostProperties><tag name="HOST_START">Mon Jun  2 02:00:11 2025</tag><tag name="host-ip">${ip}</tag><tag name="host-fqdn">${fqdn}</tag><tag name="operating-system">Amazon Linux 2023</tag><tag name="Credentialed_Scan">true</tag></HostProperties>\n${items(ip ?? '')}\n</ReportHost>`).join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

function nessusCsv(): string {
  const head = 'Plugin ID,CVE,CVSS v2.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output';
  const rows = [
    '198234,CVE-2024-10979,8.8,High,10.40.3.11,tcp,5432,PostgreSQL 15.x < 15.9 Multiple Vulnerabilities,The remote database server is affected by multiple vulnerabilities.,"The version of PostgreSQL installed on the remote host is prior to 15.9. It is, therefore, affected by multiple vulnerabilities including CVE-2024-10979 (PL/Perl environment variable changes).",Upgrade to PostgreSQL 15.9 or later.,https://www.postgresql.org/support/security/,"Installed version : 15.8\nFixed version : 15.9"',
    '110723,,,None,10.40.3.11,tcp,5432,Target Credential Status by Authentication Protocol - Valid Credentials Provided,Valid credentials were provided for the remote host.,Nessus was able to log in to the database using the provided credentials.,n/a,,"PostgreSQL: user scan_ro"',
    '57582,,6.4,Medium,10.40.3.12,tcp,5432,SSL Self-Signed Certificate,The SSL certificate chain for this service ends in an unrecognized self-signed certificate.,"The X.509 certificate chain for this service is not signed by a recognized certificate authority.",Purchase or generate a proper SSL certificate for this service.,,"Subject : CN=db-replica-2"',
    '198234,CVE-2024-10979,8.8,High,10.40.3.12,tcp,5432,PostgreSQL 15.x < 15.9 Multiple Vulnerabilities,The remote database server is affected by multiple vulnerabilities.,"The version of PostgreSQL installed on the remote host is prior to 15.9.",Upgrade to PostgreSQL 15.9 or later.,https://www.postgresql.org/support/security/,"Installed version : 15.8"',
  ];
  return `${head}\n${rows.join('\n')}\n`;
}

function zapJson(): string {
  const alert = (id: string, name: string, risk: string, uri: string, cwe: string): object => ({ pluginid: id, alertRef: id, alert: name, name, riskcode: risk === 'Medium' ? '2' : risk === 'Low' ? '1' : '0', confidence: '2', riskdesc: `${risk} (Medium)`, desc: `<p>${name} detected on the review workspace.</p>`, instances: [{ uri, method: 'GET', param: '', attack: '', evidence: '' }], count: '1', solution: '<p>Configure the header on the load balancer response policy.</p>', reference: '', cweid: cwe, wascid: '15', sourceid: '3' });
  return JSON.stringify({ '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Tue, 3 Jun 2025 04:12:55', site: [{ '@name': 'https://hud.gov.briefwellcloud.us', '@host': 'hud.gov.briefwellcloud.us', '@port': '443', '@ssl': 'true', alerts: [alert('10038', 'Content Security Policy (CSP) Header Not Set', 'Medium', 'https://hud.gov.briefwellcloud.us/review/matters', '693'), alert('10063', 'Permissions Policy Header Not Set', 'Low', 'https://hud.gov.briefwellcloud.us/login', '693'), alert('10027', 'Information Disclosure - Suspicious Comments', 'Informational', 'https://hud.gov.briefwellcloud.us/static/app.js', '200')] }] }, null, 2);
}

function checklistRows(): Cell[][] {
  const items = ['FedRAMP Initial Authorization Package Checklist', '', 'Item', 'Document', 'Included (Y/N)', 'File Name', 'Comments'];
  const rows: Cell[][] = [[items[0] ?? ''], [`CSP: ${ORG.csp}   CSO: ${ORG.system}   Impact Level: Moderate   Agency: ${ORG.agency}`], [], items.slice(2)];
  const docs = [['SSP', 'System Security Plan', 'BMC-GOV_SSP_v1.3.docx'], ['ATT 1', 'Information Security Policies and Procedures', 'BMC_Policies_v2.zip'], ['ATT 2', 'User Guide', 'BMC_UserGuide_v3.docx'], ['ATT 3', 'Digital Identity Worksheet', 'DIW_BMC.docx'], ['ATT 4', 'Privacy Impact Assessment', 'PTA-PIA.docx'], ['ATT 5', 'Rules of Behavior', 'ROB.docx'], ['ATT 6', 'Information System Contingency Plan', 'BMC_ISCP_v2.docx'], ['ATT 7', 'Configuration Management Plan', 'cmp.docx'], ['ATT 8', 'Incident Response Plan', 'IRP-2025.docx'], ['ATT 9', 'CIS/CRM Workbook', 'CIS-CRM_BMC.xlsx'], ['ATT 10', 'FIPS 199', 'FIPS199.docx'], ['ATT 11', 'Separation of Duties Matrix', 'SoD.xlsx'], ['ATT 12', 'FedRAMP Laws and Regulations', 'laws-regs.xlsx'], ['ATT 13', 'Integrated Inventory Workbook', 'inventory-2025-06.xlsx'], ['SAP', 'Security Assessment Plan', 'BMC_SAP_v1.0.docx'], ['SAR', 'Security Assessment Report', 'BMC_SAR_v1.0.docx'], ['POA&M', 'Plan of Action and Milestones', 'BMC_POAM_2025-06.xlsx'], ['ATO', 'Agency ATO Letter', 'HUD_ATO.pdf']];
  docs.forEach(([id, name, f]) => rows.push([id ?? '', name ?? '', 'Y', f ?? '', '']));
  return rows;
}

function scrSections(): Section[] {
  return [
    { h: 'Change Request Information', ps: [], table: [['CSP Name', ORG.csp], ['Cloud Service Offering', ORG.system], ['FedRAMP Package ID', 'FR2409871553'], ['Date of Request', 'August 12, 2025'], ['Type of Change', 'New component / new external service'], ['Proposed Implementation Date', 'October 1, 2025']] },
    { h: 'Description of the Proposed Change', ps: ['Briefwell proposes to add a generative-AI assisted privilege review feature. A large language model hosted in Amazon Bedrock (AWS GovCloud, within the FedRAMP High boundary of the IaaS) will summarize documents and suggest privilege designations. Document text will leave the current processing subnets and be sent to the Bedrock endpoint through a VPC interface endpoint.'] },
    { h: 'Security Impact Analysis', ps: ['Controls affected: AC-4, CM-3, CM-4, RA-3, SA-9, SC-7, SC-8, SI-4. New data flows carry CUI. Risk of model output being relied on without attorney review is addressed by requiring reviewer confirmation. The 3PAO will assess the affected controls before implementation.'] },
    { h: 'Updated Documents', ps: ['SSP sections 9, 10 and 13; data flow diagram; Integrated Inventory Workbook; CIS/CRM workbook.'] },
    { h: 'Request for Approval', ps: [`${ORG.csp} requests agency approval of this significant change before implementation, in accordance with the FedRAMP Significant Change Policies and Procedures.`] },
  ];
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  const poamHeaderRows: Cell[][] = [['', 'CSP', ORG.csp, '', 'System Name', ORG.system], ['', 'Impact Level', 'Moderate', '', 'POAM Date', '2025-06-30'], [], POAM_HEAD];
  const drifted = POAM_HEAD.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Weakness Detector Source' ? 'Detection Source' : h === 'Original Detection Date' ? 'Detection Date' : h));
  const devRows: Cell[][] = [['FedRAMP Deviation Request Form'], [], ['CSP', ORG.csp], ['System Name', ORG.system], ['Request Date', '2025-07-22'], ['Deviation Type', 'False Positive (FP)'], [], ['POA&M ID', 'Weakness Name', 'CVE', 'Asset Identifier', 'Deviation Type', 'Justification', 'Evidence', 'Original Risk Rating', 'Requested Risk Rating'], ['V-0102', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'CVE-2016-2183', 'bmc-sftp-2', 'False Positive', 'The scanner fingerprints the AWS Transfer Family endpoint banner; the gateway security policy TransferSecurityPolicy-FIPS-2024-01 disables 3DES. sslscan output attached.', 'sslscan-2025-07-20.txt', 'Moderate', 'N/A'], ['V-0105', 'OpenSSL in OCR container image', 'CVE-2024-5535', 'bmc-ocr-5', 'False Positive', 'The vulnerable function SSL_select_next_proto is not reachable; the OCR engine does not use NPN/ALPN.', 'vendor statement', 'Moderate', 'N/A']];
  return [
    { file: 'BMC_POAM_2025-06.xlsx', expected: 'POAM', note: 'POA&M workbook in the FedRAMP template layout (Open/Closed sheets, header row 5 starting POAM ID).', data: await buildXlsx([{ name: 'Open POA&M Items', rows: [...poamHeaderRows, ...poamRows(true)], boldRows: [4] }, { name: 'Closed POA&M Items', rows: [...poamHeaderRows, ...poamRows(false).slice(0, 2)], boldRows: [4] }, { name: 'Record of Changes', rows: [['Date', 'Description', 'Made By'], ['2025-06-30', 'June ConMon update', ORG.isso]] }], { creator: ORG.isso, title: 'FedRAMP POA&M Template' }) },
    { file: 'Copy of tracker (2).xlsx', expected: 'POAM', note: 'POA&M exported from the GRC tool: renamed header cells, no template header rows, generic name.', data: await buildXlsx([{ name: 'Open Items', rows: [drifted, ...poamRows(true)], boldRows: [1] }, { name: 'Closed Items', rows: [drifted, ...poamRows(false).slice(3)], boldRows: [1] }]) },
    { file: 'poam-2025-06.oscal.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones with observations, risks and poam-items.', data: poamOscal() },
    { file: 'Package_Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist listing each package document and whether included.', data: await buildXlsx([{ name: 'Checklist', rows: checklistRows(), boldRows: [1, 4] }]) },
    { file: 'checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'The initial authorization package checklist as a Word table.', data: await buildDocx([{ t: 'big', text: 'FedRAMP Initial Authorization Package Checklist' }, { t: 'p', text: 'Complete this checklist and include it with the package submitted to the FedRAMP PMO. Every item must be present in the secure repository before the package is reviewed.' }, { t: 'table', rows: checklistRows().slice(3).map((r) => r.map((c) => String(c ?? ''))) }]) },
    { file: 'june-os.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan.', data: nessus() },
    { file: 'db_scan_export.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of the monthly database scan.', data: nessusCsv() },
    { file: 'report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan.', data: zapJson() },
    { file: 'inventory-2025-06.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook with the template header row.', data: await buildXlsx([{ name: 'Inventory', rows: [[`${ORG.system} Integrated Inventory Workbook - June 2025`], [], INV_HEAD, ...inventoryRows()], boldRows: [3] }], { title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template' }) },
    { file: 'SAR_appendix.xlsx', expected: 'INVENTORY', note: 'Inventory workbook saved under a misleading name, header on row 1 with a Diagram Label column added.', data: await buildXlsx([{ name: 'Sheet1', rows: [[...INV_HEAD, 'Diagram Label'], ...inventoryRows().map((r) => [...r, 'DFD-2'])], boldRows: [1] }]) },
    { file: 'assets_july.csv', expected: 'INVENTORY', note: 'Inventory exported as CSV from the CMDB with the FedRAMP inventory columns.', data: `${INV_HEAD.map((h) => `"${h}"`).join(',')}\n${inventoryRows().map((r) => r.map((c) => `"${String(c ?? '')}"`).join(',')).join('\n')}\n` },
    { file: 'SCR-2025-03.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for adding an AI-assisted privilege review feature.', data: await buildDocx([{ t: 'big', text: 'FedRAMP Significant Change Request Form' }, ...sectionsToBlocks(scrSections())], { meta: { creator: ORG.isso } }) },
    { file: 'Change_notice.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The significant change request in PDF, signed by the CSP.', data: await buildPdf([{ t: 'title', text: 'Significant Change Request' }, { t: 'p', text: `${ORG.system} - submitted to the ${ORG.agency} Authorizing Official` }, ...sectionsToPdf(scrSections())]) },
    { file: 'DR_July.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request form asking for false-positive determinations on two POA&M items.', data: await buildXlsx([{ name: 'Deviation Request', rows: devRows, boldRows: [1, 8] }]) },
    { file: 'Final_v3.docx', expected: 'DEVIATION_REQUEST', note: 'Operational requirement deviation request in Word.', data: await buildDocx([{ t: 'big', text: 'Deviation Request - Operational Requirement' }, { t: 'table', rows: [['CSP', ORG.csp], ['System', ORG.system], ['POA&M ID', 'V-0106'], ['Weakness', 'PostgreSQL minor version out of support window (CVE-2024-10979)'], ['Deviation Type', 'Operational Requirement (OR)']], header: false }, { t: 'h1', text: 'Justification' }, { t: 'p', text: 'The reporting replica runs a certified version of the third-party court-reporting export module that is only qualified on PostgreSQL 15.8. The vendor will qualify 15.9 in Q4 2025. Upgrading now would break production of deposition transcripts for agency matters.' }, { t: 'h1', text: 'Compensating Controls' }, { t: 'p', text: 'PL/Perl is not installed; the replica accepts connections only from the reporting service security group; the database role used by the module has no CREATE privilege.' }, { t: 'h1', text: 'Request' }, { t: 'p', text: 'Briefwell requests that the authorizing official accept this operational requirement and keep the POA&M item open with vendor dependency tracking.' }], { meta: { title: 'DR Form' } }) },
  ];
}
