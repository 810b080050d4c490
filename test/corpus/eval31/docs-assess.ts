/** Assessment, authorization and continuous-monitoring deliverables (3PAO, agency and CSP). */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { buildDocx, p, table } from './kit/docx.js';
import { buildPdf, ph, pt } from './kit/pdf.js';
import type { PBlock } from './kit/pdf.js';
import { wordAsPdf } from './kit/saveas.js';
import { SEC_POOL, day, ip, pad, pick, rng } from './kit/text.js';
import type { EvalDoc } from './kit/types.js';
import { wordSpec } from './kit/word.js';
import type { WordDoc } from './kit/word.js';
import { buildXlsx } from './kit/xlsx.js';
import { CSP, CSP2, SYS, SYS2, SYS_ABBR, approvals, dms, revs } from './docs-plans.js';

const TPAO = 'Brightline Assurance Partners, LLC';
const AO = 'Department of the Interior, Office of the Chief Information Officer';

const ASSESSORS = [
  ['Rebecca Tanaka', 'Assessment Lead, Brightline Assurance Partners'],
  ['Owen Castellanos', 'Technical Reviewer, Brightline Assurance Partners'],
];

function sapDoc(seed: number, org: string, sys: string): WordDoc {
  return {
    seed,
    title: `${sys}`,
    subtitle: 'Security Assessment Plan (SAP) - Annual Assessment 2026',
    org: TPAO,
    cover: 'sdt',
    version: '1.0',
    author: TPAO,
    revisions: revs(3, TPAO),
    approvals: approvals(ASSESSORS),
    legal: `Prepared by ${TPAO}, an A2LA-accredited FedRAMP Third Party Assessment Organization, for ${org}.`,
    toc: true,
    fillAll: 1,
    pool: SEC_POOL,
    sections: [
      { h: 'Introduction', paras: [`This Security Assessment Plan describes how ${TPAO} will assess the security controls of ${sys}, a cloud service operated by ${org}, for the annual assessment required for continued FedRAMP authorization.`] },
      { h: 'Purpose', paras: ['The SAP defines the scope, methodology, schedule, test cases, sampling approach and rules of engagement for the assessment. Results will be reported in the Security Assessment Report (SAR).'] },
      { h: 'Scope', paras: ['The assessment covers the core controls, controls affected by changes in the last year, and one third of the remaining controls selected by the agency. The inventory of in-scope components is provided in Appendix B.', table([['Component', 'IP Address / URL', 'Function'], ['web-prd-01..06', '10.40.2.0/24', 'Web/API tier'], ['db-prd-01', '10.40.8.15', 'PostgreSQL primary'], ['portal', 'https://records.halvorsen-gov.example', 'Customer portal']])], sub: [{ h: 'Controls to be Tested', fill: 1 }, { h: 'Out of Scope', fill: 1 }] },
      { h: 'Assumptions', paras: ['Resources, including documentation and individuals with knowledge of the system, will be available during the assessment.'], fill: 1 },
      { h: 'Methodology', paras: ['Controls are assessed by examine, interview and test methods following NIST SP 800-53A Rev. 5 and the FedRAMP Rev. 5 test case workbook.'], sub: [{ h: 'Control Testing', fill: 2 }, { h: 'Vulnerability Scanning', paras: ['Authenticated infrastructure scans (Nessus), database scans and web application scans (Burp Suite) will be performed from the 3PAO scanning appliance.'], fill: 1 }, { h: 'Penetration Testing', paras: ['Penetration testing follows the FedRAMP Penetration Test Guidance, covering the external, tenant-to-tenant and insider attack vectors.'], fill: 1 }] },
      { h: 'Test Plan', sub: [{ h: 'Security Assessment Team', paras: [table([['Name', 'Role', 'Contact'], ...ASSESSORS.map(([n, t]) => [n ?? '', t ?? '', 'assessments@brightline.example'])])] }, { h: 'Testing Schedule', paras: [table([['Task', 'Start', 'Finish'], ['Kick-off', '2026-03-02', '2026-03-02'], ['Documentation review', '2026-03-02', '2026-03-13'], ['Onsite/remote testing', '2026-03-16', '2026-03-27'], ['Penetration test', '2026-03-23', '2026-04-03'], ['SAR delivery', '2026-04-24', '2026-04-24']])] }] },
      { h: 'Rules of Engagement', paras: ['Testing will be performed only from the source IP addresses listed below and only against the in-scope targets. Denial-of-service tests are excluded. The CSP may halt testing at any time by calling the emergency contact.', table([['Source IP', 'Purpose'], ['203.0.113.40', '3PAO scanner'], ['203.0.113.41', 'Penetration test workstation']])], fill: 1, sub: [{ h: 'Disclosure and Data Handling', fill: 1 }, { h: 'Signatures', paras: ['By signing, the CSP and the 3PAO agree to the rules of engagement in this section.'] }] },
    ],
  };
}

function sarDoc(seed: number, org: string, sys: string): WordDoc {
  return {
    seed,
    title: `Security Assessment Report`,
    subtitle: `${sys} - FedRAMP Moderate Initial Assessment`,
    org: TPAO,
    cover: 'textbox',
    version: '1.1',
    author: TPAO,
    revisions: revs(2, TPAO),
    approvals: approvals(ASSESSORS),
    toc: true,
    fillAll: 1,
    pool: SEC_POOL,
    sections: [
      { h: 'Executive Summary', paras: [`${TPAO} performed an independent assessment of ${sys}, operated by ${org}, between March 16 and April 3, 2026, according to the approved Security Assessment Plan.`, 'A total of 42 risks were identified: 0 High, 17 Moderate and 25 Low. Nine risks were remediated during testing.'], fill: 1 },
      { h: 'Purpose', paras: ['This Security Assessment Report documents the results of the assessment, the identified risks, and the 3PAO recommendation for authorization.'] },
      { h: 'Assessment Methodology', paras: ['The assessment used the examine, interview and test methods per NIST SP 800-53A, vulnerability scanning and penetration testing.'], fill: 1 },
      { h: 'Security Assessment Results', sub: [{ h: 'Summary of Risks', paras: [table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total', '% of Total'], ['High', '0', '0', '0', '0', '0', '0', '0%'], ['Moderate', '6', '7', '2', '1', '1', '17', '40%'], ['Low', '9', '11', '3', '2', '0', '25', '60%'], ['Total', '15', '18', '5', '3', '1', '42', '100%']])] }, { h: 'Risk Exposure Table', paras: [table([['Identifier', 'Name', 'Source of Discovery', 'Initial Risk Rating', 'Remediation Description', 'Residual Risk'], ['V-001', 'Outdated OpenSSL on bastion hosts', 'OS scan', 'Moderate', 'Patch scheduled', 'Moderate'], ['T-AC-2-01', 'Quarterly account review not evidenced for Q4', 'Test case AC-2(j)', 'Moderate', 'Review performed', 'Low'], ['W-004', 'Missing Content-Security-Policy header', 'Web scan', 'Low', 'Header to be added', 'Low']])] }] },
      { h: 'Non-Conforming Controls', fill: 2 },
      { h: 'Authorization Recommendation', paras: [`${TPAO} attests that the security controls of ${sys} are implemented as documented in the SSP with the exceptions listed in the risk exposure table. Based on the residual risk, ${TPAO} recommends that ${sys} be granted a FedRAMP Moderate authorization.`] },
    ],
  };
}

function atoLetter(agencySys: string, sys: string, org: string, date: string): PBlock[] {
  return [
    { kind: 'p', text: 'United States Department of the Interior' },
    { kind: 'p', text: 'Office of the Chief Information Officer, 1849 C Street NW, Washington, DC 20240' },
    { kind: 'space' },
    pt(date),
    pt('MEMORANDUM FOR: Tobias Reinholt, System Owner, ' + org),
    pt('FROM: Carla J. Whitfield, Authorizing Official and Chief Information Officer'),
    pt(`SUBJECT: Authority to Operate (ATO) for ${sys}`),
    { kind: 'space' },
    pt(`The Department of the Interior has reviewed the FedRAMP security authorization package for ${sys}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
    pt(`Accordingly, I grant an Authority to Operate for ${sys} for use by ${agencySys} at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this memorandum, provided that the system remains in continuous monitoring and that the conditions below are met.`),
    ph('Conditions of Authorization'),
    pt('1. The CSP shall remediate all Moderate risks listed in the POA&M within 90 days and all High risks within 30 days.'),
    pt('2. The CSP shall submit monthly continuous monitoring deliverables (POA&M, vulnerability scan results and inventory) to the agency and the FedRAMP secure repository.'),
    pt('3. The CSP shall notify the agency before implementing any significant change.'),
    pt('This ATO will be uploaded to the FedRAMP secure repository so that other agencies may leverage the package.'),
    { kind: 'space' },
    pt('/s/ Carla J. Whitfield'),
    pt('Authorizing Official, Chief Information Officer'),
    pt('cc: FedRAMP PMO; Agency ISSM; Bureau CISO'),
  ];
}

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(seed: number, n: number): (string | number)[][] {
  const r = rng(seed);
  const kinds = [
    ['web', 'Amazon Linux 2023', 'Web/API server', 'Open Source', 'nginx 1.24.0'],
    ['app', 'Amazon Linux 2023', 'Application server', 'Eclipse Foundation', 'Temurin JRE 21.0.5'],
    ['db', 'Amazon RDS', 'Database', 'PostgreSQL Global Development Group', 'PostgreSQL 15.8'],
    ['bas', 'Ubuntu 22.04 LTS', 'Bastion host', 'Canonical', 'OpenSSH 8.9p1'],
    ['siem', 'Amazon Linux 2023', 'Log collector', 'Elastic', 'Elasticsearch 8.15.1'],
  ] as const;
  return Array.from({ length: n }, (_, i) => {
    const k = pick(r, kinds);
    const addr = ip(r);
    const name = `${k[0]}-prd-${pad(i + 1, 2)}`;
    return [`${SYS_ABBR}-${pad(1000 + i, 5)}`, addr, 'Yes', k[0] === 'web' ? 'Yes' : 'No', `${name}.hrc.internal`, '', '', 'Yes', `HRC-CIS-L1-${k[1].includes('Ubuntu') ? 'UBU22' : 'AL2023'}`, k[1], 'AWS GovCloud us-gov-west-1', k[2], 'AWS EC2 m6i.xlarge', 'Yes', k[3], k[4], '2026-01', k[2], '', `i-0${Math.floor(r() * 1e12).toString(16)}`, `vpc-prd-${pad(Math.floor(r() * 4) + 1, 2)}`, 'SRE Team', 'Platform Engineering'];
  });
}

const PLUGINS = [
  { id: '187315', name: 'OpenSSH < 9.6 Multiple Vulnerabilities', sev: 2, risk: 'Medium', cve: 'CVE-2023-48795', cvss: '5.9', port: '22', svc: 'ssh', fam: 'Misc.' },
  { id: '156032', name: 'Apache Log4j Unsupported Version Detection', sev: 3, risk: 'High', cve: '', cvss: '10.0', port: '0', svc: 'general', fam: 'Misc.' },
  { id: '42873', name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', sev: 2, risk: 'Medium', cve: 'CVE-2016-2183', cvss: '7.5', port: '443', svc: 'www', fam: 'General' },
  { id: '19506', name: 'Nessus Scan Information', sev: 0, risk: 'None', cve: '', cvss: '', port: '0', svc: 'general', fam: 'Settings' },
  { id: '201194', name: 'Amazon Linux 2023 : kernel (ALAS2023-2024-676)', sev: 3, risk: 'High', cve: 'CVE-2024-26925', cvss: '7.8', port: '0', svc: 'general', fam: 'Amazon Linux Local Security Checks' },
  { id: '57582', name: 'SSL Self-Signed Certificate', sev: 2, risk: 'Medium', cve: '', cvss: '6.5', port: '8443', svc: 'www', fam: 'General' },
  { id: '11219', name: 'Nessus SYN scanner', sev: 0, risk: 'None', cve: '', cvss: '', port: '443', svc: 'www', fam: 'Port scanners' },
];
const xe = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function nessus(seed: number, hosts: number, scanName: string): string {
  const r = rng(seed);
  const hs = Array.from({ length: hosts }, (_, i) => {
    const a = ip(r);
    const items = PLUGINS.filter(() => r() > 0.35)
      .map(
        (pl) =>
          `<ReportItem port="${pl.port}" svc_name="${pl.svc}" protocol="tcp" severity="${pl.sev}" pluginID="${pl.id}" pluginName="${xe(pl.name)}" pluginFamily="${xe(pl.fam)}">\n` +
          `<description>${xe(`The remote host is affected by ${pl.name}.`)}</description>\n<fname>${pl.id}.nasl</fname>\n<plugin_modification_date>2025/11/04</plugin_modification_date>\n<plugin_name>${xe(pl.name)}</plugin_name>\n<plugin_type>remote</plugin_type>\n<risk_factor>${pl.risk}</risk_factor>\n<solution>Apply the vendor update.</solution>\n<synopsis>${xe(pl.name)}</synopsis>\n` +
          (pl.cve ? `<cve>${pl.cve}</cve>\n` : '') +
          (pl.cvss ? `<cvss3_base_score>${pl.cvss}</cvss3_base_score>\n` : '') +
          `<plugin_output>Installed version : detected on ${a}</plugin_output>\n</ReportItem>`,
      )
      .join('\n');
    return `<ReportHost name="${a}"><HostProperties>\n<tag name="HOST_END">Tue Feb 10 03:41:${pad(i, 2)} 2026</tag>\n<tag name="operating-system">Linux Kernel 6.1 on Amazon Linux 2023</tag>\n<tag name="host-ip">${a}</tag>\n<tag name="host-fqdn">node-${pad(i + 1, 2)}.hrc.internal</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_START">Tue Feb 10 03:12:${pad(i, 2)} 2026</tag>\n</HostProperties>\n${items}\n</ReportHost>`;
  });
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>HRC Monthly Authenticated OS Scan</policyName>\n<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.0.0/16</value></preference></ServerPreferences></Preferences></Policy>\n<Report xmlns:cm="http://www.nessus.org/cm" name="${xe(scanName)}">\n${hs.join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

const csvq = (xs: (string | number)[]) => xs.map((x) => `"${String(x).replace(/"/g, '""')}"`).join(',');

export async function assessDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  const add = (file: string, expected: EvalDoc['expected'], note: string, data: Buffer | string) => out.push({ file, expected, note, data });

  // ---- SAP --------------------------------------------------------------------------------------
  const sap = wordSpec(sapDoc(3301, CSP, SYS));
  sap.core = { title: '3PAO SAP Template', creator: 'Brightline QA', lastModifiedBy: 'Rebecca Tanaka', created: '2024-01-10T00:00:00Z', modified: '2026-02-18T15:00:00Z' };
  sap.app = { template: 'BAP_FedRAMP_SAP_Rev5.dotx', company: TPAO };
  sap.custom = { ContentType: 'Assessment Deliverable', DocumentNumber: 'BAP-26-0117-SAP', Classification: 'CUI', Client: CSP };
  sap.header = [{ text: `${SYS} | ` }, { text: 'Security Assessment Plan', field: 'DOCPROPERTY "Subject" \\* MERGEFORMAT' }];
  sap.comments = [{ id: 2, author: 'Owen Castellanos', date: '2026-02-17T11:00:00Z', text: 'Agency asked to add tenant-to-tenant testing to the ROE.' }];
  sap.blocks.push({ kind: 'p', runs: [{ text: 'Tenant separation testing will be performed using two test tenants provisioned by the CSP.', ins: { author: 'Owen Castellanos', date: '2026-02-17T11:05:00Z' }, comment: 2 }] });
  add('HRC_2026_Annual_SAP_draft2.docx', 'SAP', '3PAO Security Assessment Plan (scope, methodology, ROE, schedule) with comments and tracked insertion; core title is the 3PAO template.', await buildDocx(sap));
  add('upload (12).pdf', 'SAP', 'Security Assessment Plan for a second CSP saved as PDF.', await wordAsPdf(sapDoc(3302, CSP2, SYS2), { title: 'SAP', author: 'Rebecca Tanaka' }));
  const sapXml = (await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8'))
    .replace(/\[System Name\]/g, SYS)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2026-02-18T15:00:00Z</last-modified>');
  add('hrc-ap.xml', 'SAP', 'OSCAL assessment-plan (XML) derived from the FedRAMP SAP template with the system name filled in.', sapXml);

  // ---- SAR ------------------------------------------------------------------------------------------
  const sar = wordSpec(sarDoc(3310, CSP, SYS));
  sar.core = { title: '', creator: 'Rebecca Tanaka', modified: '2026-04-24T10:00:00Z' };
  sar.custom = { ContentType: 'Assessment Deliverable', DocumentNumber: 'BAP-26-0117-SAR', Classification: 'CUI' };
  sar.footnotes = ['Risk ratings follow the FedRAMP risk adjustment guidance; no Critical rating is used.'];
  sar.endnotes = ['Scan files are provided as Appendix C in their native formats.'];
  add('Final_v3.docx', 'SAR', 'Word SAR with risk exposure table and authorization recommendation; title only in a cover text box, empty core title.', await buildDocx(sar));
  add('BAP-0117 deliverable.pdf', 'SAR', 'SAR of a second system saved as PDF with 3PAO recommendation.', await wordAsPdf(sarDoc(3311, CSP2, SYS2), { title: 'Security Assessment Report', author: TPAO }));
  const sarJson = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as { 'assessment-results': { uuid: string; metadata: { title: string; 'last-modified': string } } };
  sarJson['assessment-results'].metadata.title = `${SYS2} FedRAMP Security Assessment Results`;
  sarJson['assessment-results'].metadata['last-modified'] = '2026-04-24T10:00:00Z';
  sarJson['assessment-results'].uuid = '3f1c2a8e-6b0d-4f7e-9a51-0c2d8e4b7a31';
  add('results.json', 'SAR', 'OSCAL assessment-results (JSON) from the FedRAMP SAR template, retitled for a real system.', JSON.stringify(sarJson, null, 2));

  // ---- SSP in OSCAL ----------------------------------------------------------------------------------
  const sspJson = JSON.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as { 'system-security-plan': { metadata: { title: string }; 'system-characteristics': Record<string, unknown> } };
  sspJson['system-security-plan'].metadata.title = `${SYS} System Security Plan`;
  sspJson['system-security-plan']['system-characteristics']['system-name'] = SYS;
  sspJson['system-security-plan']['system-characteristics']['system-name-short'] = SYS_ABBR;
  add('hrc-ssp.oscal.json', 'SSP', 'OSCAL system-security-plan (JSON) from the FedRAMP template with the system named.', JSON.stringify(sspJson));
  const sspYaml = YAML.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as { 'system-security-plan': { metadata: { title: string }; 'system-characteristics': Record<string, unknown> } };
  sspYaml['system-security-plan'].metadata.title = `${SYS2} (QCM-G) SSP`;
  sspYaml['system-security-plan']['system-characteristics']['system-name'] = SYS2;
  add('export.yaml', 'SSP', 'OSCAL system-security-plan in YAML for a second system, neutral file name.', YAML.stringify(sspYaml));

  // ---- POAM -----------------------------------------------------------------------------------------
  const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
  const pr = rng(3320);
  const poamRows = Array.from({ length: 18 }, (_, i) => {
    const pl = pick(pr, PLUGINS.filter((x) => x.sev > 0));
    const rating = pl.sev === 3 ? 'High' : 'Moderate';
    const det = day('2025-11-01', Math.floor(pr() * 90));
    return [`V-${pad(i + 1, 4)}`, pick(pr, ['RA-5', 'SI-2', 'SC-8', 'CM-6']), pl.name, `Nessus plugin ${pl.id} reported ${pl.name}.`, 'Nessus', pl.id, `${SYS_ABBR}-${pad(1000 + i, 5)}`, 'SRE Team', 'None', 'Apply vendor patch via the monthly patch cycle.', det, day(det, rating === 'High' ? 30 : 90), 'Patch in next maintenance window', '', '2026-02-28', 'No', '', '', rating, rating, 'No', 'No', 'No', '', '', '', 'No', '', '', pl.cve, SYS_ABBR];
  });
  add(
    'HRC POAM 2026-02.xlsx',
    'POAM',
    'FedRAMP POA&M workbook (Open/Closed POA&M Items sheets, header row 5 starting POAM ID).',
    await buildXlsx(
      [
        { name: 'Open POA&M Items', headerRow: 5, rows: [['', '', 'FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, SYS, 'Moderate', '2026-02-28'], [], POAM_HEAD, ...poamRows.slice(0, 14)] },
        { name: 'Closed POA&M Items', headerRow: 5, rows: [['', '', 'FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, SYS, 'Moderate', '2026-02-28'], [], POAM_HEAD, ...poamRows.slice(14)] },
        { name: 'Record of Changes', headerRow: 1, rows: [['Date', 'Description', 'Version', 'Author'], ['2026-02-28', 'February ConMon submission', '14', 'Priya Kandasamy']] },
      ],
      { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Priya Kandasamy' },
    ),
  );
  const drifted = ['Item #', 'Security Control', 'Finding Title', 'Finding Detail', 'Detected By', 'Scanner ID', 'Affected Asset', 'Owner', 'Remediation Plan', 'Date Identified', 'Due Date', 'Milestones', 'Status', 'Risk Rating', 'Vendor Dependency', 'Deviation Request #', 'CVE'];
  add(
    'Copy of tracker (2).xlsx',
    'POAM',
    'POA&M kept as a drifted workbook: renamed columns, header on row 7, but plainly open/closed POA&M items with milestones and due dates.',
    await buildXlsx(
      [
        { name: 'Open POA&M Items', headerRow: 7, rows: [[`${CSP2} - Plan of Action & Milestones`], [`System: ${SYS2}`], ['Impact level: Low'], ['Reporting period: January 2026'], ['Prepared by: Quillmark Compliance'], [], drifted, ...poamRows.slice(0, 9).map((row) => [row[0] ?? '', row[1] ?? '', row[2] ?? '', row[3] ?? '', row[4] ?? '', row[5] ?? '', row[6] ?? '', 'Platform Team', row[9] ?? '', row[10] ?? '', row[11] ?? '', 'Patch + rescan', 'Open', row[18] ?? '', 'No', '', row[29] ?? ''])] },
        { name: 'Closed POA&M Items', headerRow: 1, rows: [drifted, ...poamRows.slice(9, 12).map((row) => [row[0] ?? '', row[1] ?? '', row[2] ?? '', '', 'Nessus', row[5] ?? '', row[6] ?? '', 'Platform Team', 'Patched', row[10] ?? '', row[11] ?? '', '', 'Closed', row[18] ?? '', 'No', '', row[29] ?? ''])] },
      ],
      { creator: 'qm-compliance' },
    ),
  );
  const poamJson = JSON.parse(await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': { metadata: { title: string }; 'system-id': { id: string } } };
  poamJson['plan-of-action-and-milestones'].metadata.title = `${SYS} Plan of Action and Milestones`;
  poamJson['plan-of-action-and-milestones']['system-id'].id = 'F2304118827';
  add('poam.json', 'POAM', 'OSCAL plan-of-action-and-milestones (JSON) from the FedRAMP template with the system filled in.', JSON.stringify(poamJson, null, 1));

  // ---- ATO_LETTER ------------------------------------------------------------------------------
  add('scan.pdf', 'ATO_LETTER', 'Signed agency ATO memorandum (authorizing official grants Authority to Operate) under a misleading file name.', await buildPdf({ meta: { title: 'Microsoft Word - ATO memo HRC final.docx', author: 'cwhitfield' }, blocks: atoLetter('the Department of the Interior and its bureaus', SYS, CSP, 'March 9, 2026') }));
  const atoDoc: WordDoc = {
    seed: 3340,
    title: '',
    org: AO,
    cover: 'none',
    pool: SEC_POOL,
    sections: [],
  };
  const atoSpec = wordSpec(atoDoc);
  atoSpec.blocks = [
    { kind: 'p', runs: [{ text: 'UNITED STATES DEPARTMENT OF AGRICULTURE', bold: true, size: 28 }], align: 'center' },
    { kind: 'p', runs: [{ text: 'Office of the Chief Information Officer' }], align: 'center' },
    p('February 27, 2026'),
    p(`Ms. Janet Quill, Chief Executive Officer, ${CSP2}`),
    { kind: 'p', runs: [{ text: `Subject: Agency Authority to Operate - ${SYS2}`, bold: true }] },
    p('Dear Ms. Quill:'),
    p(`The U.S. Department of Agriculture (USDA) has completed its review of the security authorization package for ${SYS2}, consisting of the System Security Plan, Security Assessment Report, and Plan of Action and Milestones, and the supporting artifacts assessed by ${TPAO}.`),
    p('After considering the residual risks described in the SAR and the planned corrective actions in the POA&M, I accept the risk and hereby grant an Authority to Operate (ATO) at the FedRAMP Low impact level. This ATO is effective on the date of this letter and remains in effect subject to continuous monitoring.'),
    p('The CSP must continue to provide continuous monitoring deliverables monthly and report incidents in accordance with the FedRAMP Incident Communications Procedure. USDA reserves the right to revoke this authorization if the risk posture changes.'),
    p('Sincerely,'),
    p('[signed]'),
    p('Marcus D. Ellery'),
    p('Authorizing Official, Chief Information Officer, USDA'),
  ];
  atoSpec.core = { title: 'Letterhead_OCIO_2025', creator: 'OCIO Front Office' };
  atoSpec.app = { template: 'USDA OCIO Letterhead.dotx', company: 'USDA' };
  add('USDA letter.docx', 'ATO_LETTER', 'Agency ATO letter in Word built from a letterhead template (stale core title).', await buildDocx(atoSpec));

  // ---- AUTHORIZATION_CHECKLIST ---------------------------------------------------------------
  const checklistItems = [
    ['1', 'Initial Authorization Package Checklist', 'Yes'],
    ['2', 'System Security Plan (SSP)', 'Yes'],
    ['3', 'SSP Attachment 1 - Information Security Policies and Procedures', 'Yes'],
    ['4', 'SSP Attachment 2 - User Guide', 'Yes'],
    ['5', 'SSP Attachment 3 - Digital Identity Worksheet', 'Yes'],
    ['6', 'SSP Attachment 4 - Privacy Impact Assessment (PTA/PIA)', 'Yes'],
    ['7', 'SSP Attachment 5 - Rules of Behavior', 'Yes'],
    ['8', 'SSP Attachment 6 - Information System Contingency Plan', 'Yes'],
    ['9', 'SSP Attachment 7 - Configuration Management Plan', 'Yes'],
    ['10', 'SSP Attachment 8 - Incident Response Plan', 'Yes'],
    ['11', 'SSP Attachment 9 - CIS/CRM Workbook', 'Yes'],
    ['12', 'SSP Attachment 10 - FIPS 199', 'Yes'],
    ['13', 'SSP Attachment 11 - Separation of Duties Matrix', 'Yes'],
    ['14', 'SSP Attachment 12 - Laws and Regulations', 'Yes'],
    ['15', 'SSP Attachment 13 - Integrated Inventory Workbook', 'Yes'],
    ['16', 'Security Assessment Plan (SAP)', 'Yes'],
    ['17', 'Security Assessment Report (SAR)', 'Yes'],
    ['18', 'Plan of Action and Milestones (POA&M)', 'Yes'],
    ['19', 'Agency Authority to Operate (ATO) letter', 'Pending'],
  ];
  add(
    'package-checklist.xlsx',
    'AUTHORIZATION_CHECKLIST',
    'FedRAMP Initial Authorization Package Checklist workbook listing every package item and its status.',
    await buildXlsx([{ name: 'Checklist', headerRow: 5, rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`, '', `Cloud Service Offering: ${SYS}`], ['Impact level: Moderate', '', 'Authorization path: Agency'], [], ['#', 'Package Item', 'Included (Yes/No)', 'File Name', 'Comments'], ...checklistItems.map(([n, t, s]) => [n ?? '', t ?? '', s ?? '', `HRC_${(t ?? '').split(' ')[0]}.docx`, ''])] }], { title: 'FedRAMP Initial Authorization Package Checklist', company: CSP }),
  );
  const clDoc: WordDoc = {
    seed: 3350, title: 'Initial Authorization Package Checklist', subtitle: SYS2, org: CSP2, cover: 'plain', pool: SEC_POOL,
    sections: [
      { h: 'Instructions', paras: ['The CSP completes this checklist and submits it with the initial authorization package to the agency and the FedRAMP PMO. Confirm each item is present, final, and uses the current FedRAMP template.'] },
      { h: 'Package Contents', paras: [table([['#', 'Document', 'Present', 'Version / Date'], ...checklistItems.map(([n, t, s]) => [n ?? '', t ?? '', s === 'Yes' ? 'Yes' : 'No', '2026-02'])])] },
      { h: 'CSP Attestation', paras: ['I attest that the package listed above is complete and accurate.', table([['Name', 'Title', 'Signature', 'Date'], ['Janet Quill', 'CEO', '', '']])] },
    ],
  };
  const clSpec = wordSpec(clDoc);
  clSpec.core = { title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP' };
  add('checklist_signed.docx', 'AUTHORIZATION_CHECKLIST', 'Package checklist in Word with item table and CSP attestation.', await buildDocx(clSpec));

  // ---- SCAN_RESULTS ---------------------------------------------------------------------------------
  add('HRC_OS_Feb2026_xk3f9a.nessus', 'SCAN_RESULTS', 'Nessus v2 export (NessusClientData_v2) of the monthly authenticated OS scan.', nessus(3360, 9, 'HRC Monthly OS Scan - February 2026'));
  const cr = rng(3361);
  const nessusCsv = [csvq(['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'])];
  for (let i = 0; i < 40; i++) {
    const pl = pick(cr, PLUGINS);
    nessusCsv.push(csvq([pl.id, pl.cve, pl.cvss, pl.risk, ip(cr), 'tcp', pl.port, pl.name, pl.name, `The remote host is affected by ${pl.name}.`, 'Upgrade to the latest version.', 'https://www.tenable.com/plugins', 'Detected']));
  }
  add('export (4).csv', 'SCAN_RESULTS', 'Nessus CSV export of a vulnerability scan (Plugin ID, Risk, Host, Port...).', nessusCsv.join('\r\n') + '\r\n');
  const qr = rng(3362);
  const qualys = ['"Scan Results","Quillmark Software LLC"', '"Launch Date","01/28/2026 at 02:00:11 (GMT)"', '"Active Hosts","12"', '"Scan Title","QCM-G DB and OS Monthly"', '', csvq(['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'])];
  const qids = [['38863', 'Weak SSL/TLS Key Exchange', '3'], ['19840', 'PostgreSQL Multiple Security Vulnerabilities', '4'], ['105632', 'EOL/Obsolete Software: Node.js Detected', '5'], ['11827', 'HTTP Security Header Not Detected', '2'], ['376023', 'Amazon Linux Security Update for curl', '4']];
  for (let i = 0; i < 30; i++) {
    const q = pick(qr, qids);
    qualys.push(csvq([ip(qr, '172.20'), `qcm-${pad(i, 2)}.quillmark.internal`, '', 'Amazon Linux 2023', 'host scanned, found vuln', q[0] ?? '', q[1] ?? '', 'Vuln', q[2] ?? '', '443', 'tcp', '', 'over ssl', 'CVE-2024-6119', '', '7.5', 'A vulnerability was found.', 'Successful exploitation could allow information disclosure.', 'Apply the vendor patch.', 'detected', 'yes', 'General remote services']));
  }
  add('doc-0603.csv', 'SCAN_RESULTS', 'Qualys vulnerability scan CSV with report preamble rows before the QID/Severity header.', qualys.join('\n') + '\n');
  const zap = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Tue, 10 Feb 2026 04:12:55',
    site: [
      {
        '@name': 'https://records.halvorsen-gov.example',
        '@host': 'records.halvorsen-gov.example',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          ['10038', 'Content Security Policy (CSP) Header Not Set', '2', '693'],
          ['10035', 'Strict-Transport-Security Header Not Set', '1', '319'],
          ['10021', 'X-Content-Type-Options Header Missing', '1', '693'],
          ['40012', 'Cross Site Scripting (Reflected)', '3', '79'],
          ['10096', 'Timestamp Disclosure - Unix', '0', '200'],
        ].map(([id, name, risk, cwe]) => ({
          pluginid: id,
          alertRef: id,
          alert: name,
          name,
          riskcode: risk,
          confidence: '2',
          riskdesc: `${['Informational', 'Low', 'Medium', 'High'][Number(risk)]} (Medium)`,
          desc: `<p>${name} was detected on one or more pages.</p>`,
          instances: [{ uri: 'https://records.halvorsen-gov.example/app/search?q=test', method: 'GET', param: 'q', attack: '', evidence: '' }],
          count: '4',
          solution: '<p>Configure the web server to return the header.</p>',
          reference: '<p>https://owasp.org/</p>',
          cweid: cwe,
          wascid: '15',
          sourceid: '3',
        })),
      },
    ],
  };
  add('web-scan-feb.json', 'SCAN_RESULTS', 'OWASP ZAP JSON report of the monthly authenticated web application scan.', JSON.stringify(zap, null, 2));

  // ---- INVENTORY ------------------------------------------------------------------------------------
  add(
    'SSP-A13-HRC-Inventory-2026-02.xlsx',
    'INVENTORY',
    'FedRAMP Integrated Inventory Workbook (Inventory sheet, 23 template columns) for the monthly ConMon.',
    await buildXlsx(
      [
        { name: 'INSTRUCTIONS', rows: [['', '', 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'], [], ['', 'Overview:'], ['', 'This workbook is the system inventory for the SSP, SAP, SAR, ISCP and monthly continuous monitoring.']] },
        { name: 'Inventory', headerRow: 2, rows: [['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory'], INV_HEAD, ...invRows(3370, 40)] },
      ],
      { title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template', creator: 'FedRAMP PMO', lastModifiedBy: 'SRE Team' },
    ),
  );
  const rev5Head = [...INV_HEAD.slice(0, 21), 'Diagram Label', ...INV_HEAD.slice(21)];
  add(
    'Inventory_Jan.xlsx',
    'INVENTORY',
    'Rev5 inventory workbook (with Diagram Label) with header row pushed down under a title block; no metadata.',
    await buildXlsx([{ name: 'Inventory', headerRow: 6, rows: [[`${SYS2} - Integrated Inventory`], ['Appendix M'], ['As of 2026-01-31'], [], [], rev5Head, ...invRows(3371, 25).map((row) => [...row.slice(0, 21), `QCM-${row[0] ?? ''}`, ...row.slice(21)])] }]),
  );
  const invCsv = [csvq(INV_HEAD.map((x) => x.replace(/\n/g, ' '))), ...invRows(3372, 20).map(csvq)];
  add('assets_202602.csv', 'INVENTORY', 'Integrated inventory exported to CSV with the template column headers.', invCsv.join('\n') + '\n');

  // ---- SIGNIFICANT_CHANGE_REQUEST ----------------------------------------------------------------
  const scr: WordDoc = {
    seed: 3380, title: 'Significant Change Request Form', subtitle: SYS, org: CSP, cover: 'table', version: '1.0', pool: SEC_POOL, revisions: revs(2),
    sections: [
      { h: 'CSP and System Information', paras: [table([['CSP Name', CSP], ['Cloud Service Offering', SYS], ['FedRAMP Package ID', 'F2304118827'], ['Impact Level', 'Moderate'], ['Request Date', '2026-02-09']])] },
      { h: 'Description of the Proposed Change', paras: ['The CSP proposes to migrate the database tier from self-managed PostgreSQL on EC2 to Amazon Aurora PostgreSQL (FedRAMP High authorized service) and to add a new read-replica region.'], fill: 1 },
      { h: 'Type of Change', paras: [table([['Change Type', 'Selected'], ['Adding a new leveraged service / component', 'X'], ['Change of cryptographic module', ''], ['Change in data center / region', 'X'], ['New interconnection', '']])] },
      { h: 'Security Impact Analysis', paras: ['Controls affected: CP-9, CP-10, SC-13, SC-28, AC-2, AU-2, CM-8. The 3PAO will assess the change per the SAP addendum before production cutover.'], fill: 2 },
      { h: 'Approval', paras: [table([['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', 'Tobias Reinholt', '', ''], ['Agency AO', '', '', '']])] },
    ],
  };
  const scrSpec = wordSpec(scr);
  scrSpec.custom = dms('HDS-CHG-0042', 'Change Request');
  add('HDS-CHG-0042.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'FedRAMP Significant Change Request form (database migration, new region) with security impact analysis.', await buildDocx(scrSpec));
  add('upload (15).pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'Significant change request of a second CSP saved as PDF.', await wordAsPdf({ ...scr, seed: 3381, org: CSP2, subtitle: SYS2, cover: 'plain' }, { title: 'SCR', author: 'qm-compliance' }));

  // ---- DEVIATION_REQUEST ----------------------------------------------------------------------------
  const dr: WordDoc = {
    seed: 3390, title: 'FedRAMP Deviation Request', subtitle: 'Risk Adjustment / False Positive / Operational Requirement', org: CSP, cover: 'sdt', version: '1.0', pool: SEC_POOL,
    sections: [
      { h: 'Request Information', paras: [table([['CSP', CSP], ['System', SYS], ['POA&M ID', 'V-0007'], ['Deviation Type', 'Operational Requirement'], ['Scanner / Plugin', 'Nessus 42873 - SSL Medium Strength Cipher Suites Supported (SWEET32)'], ['Original Risk Rating', 'Moderate'], ['Date Submitted', '2026-02-11']])] },
      { h: 'Justification', paras: ['The 3DES cipher suite must remain enabled on the legacy SFTP endpoint used by two agency customers whose batch systems cannot negotiate AES-GCM until their planned upgrade. The endpoint is restricted to the customers\' IP ranges and protected by mutual TLS.'], fill: 2 },
      { h: 'Compensating Controls', paras: ['IP allow listing, mutual TLS, enhanced monitoring of the endpoint, and quarterly review of the continued need.'], fill: 1 },
      { h: 'Evidence', paras: ['Scan output, firewall configuration and customer letters are attached.'] },
      { h: 'Approvals', paras: [table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', 'Priya Kandasamy', 'Submitted', '2026-02-11'], ['Agency AO', '', '', '']])] },
    ],
  };
  add('DR-V-0007.docx', 'DEVIATION_REQUEST', 'FedRAMP Deviation Request (operational requirement) for a POA&M scan finding, with justification and compensating controls.', await buildDocx(wordSpec(dr)));
  add(
    'requests-feb.xlsx',
    'DEVIATION_REQUEST',
    'Deviation request form in workbook form: false positive and risk adjustment requests tied to POA&M IDs, with justification columns.',
    await buildXlsx(
      [
        { name: 'Deviation Request', headerRow: 6, rows: [['FedRAMP Deviation Request Form'], [`CSP: ${CSP2}`], [`System: ${SYS2}`], ['Submitted to: USDA OCIO, FedRAMP PMO'], [], ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Weakness Name', 'Scanner Plugin / QID', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Attached', 'Status'], ['DR-26-001', 'V-0003', 'FP', 'PostgreSQL Multiple Security Vulnerabilities', 'QID 19840', 'High', 'N/A', 'Managed Aurora version reported by banner is not the running engine version; verified via console.', 'N/A', 'Yes', 'Submitted'], ['DR-26-002', 'V-0011', 'RA', 'Weak SSL/TLS Key Exchange', 'QID 38863', 'Moderate', 'Low', 'Endpoint only reachable from agency VPN; key exchange upgrade scheduled.', 'Network restriction; monitoring', 'Yes', 'Submitted']] },
      ],
      { creator: 'qm-compliance', title: 'Deviation Request' },
    ),
  );
  return out;
}
