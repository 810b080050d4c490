import { readFile } from 'node:fs/promises';
import { fixture } from '../../support/fixtures.js';
import { bold, bullets, h1, p, pagebreak, small, table, title, type Block } from './kit/blocks.js';
import { A, B, FIRM, LEAD, ME, QA, approvals, distribution, revisionHistory, sections, tocList, type Engagement } from './kit/common.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { buildXlsx, fromTemplate } from './kit/xlsx.js';
import type { EvalDoc } from './types.js';

const FIRM_ADDR = '1100 Wilson Boulevard, Suite 900, Arlington, VA 22209';

function firmCover(docTitle: string, e: Engagement, version: string, date: string): Block[] {
  return [
    small(`${FIRM} | FedRAMP Recognized 3PAO (A2LA Certificate 4817.02)`),
    title(docTitle, 40),
    title(`${e.system} (${e.abbr})`, 32),
    p(`Prepared for: ${e.csp}`),
    p(`Prepared by: ${FIRM}, ${FIRM_ADDR}`),
    p(`Version ${version} - ${date}`),
    small('This document contains information that is confidential to the cloud service provider and the assessor. Distribution is limited to the sponsoring agency, the FedRAMP PMO and the cloud service provider.'),
    pagebreak(),
  ];
}

// ---------------------------------------------------------------- SAP
function sapBody(e: Engagement): [string, string[]][] {
  return [
    ['1. Introduction', [`This Security Assessment Plan (SAP) describes how ${FIRM} will assess the security controls of ${e.system} for an initial FedRAMP Moderate authorization sponsored by the ${e.agency}. The plan was prepared from the ${e.abbr} System Security Plan version current at the time of planning and its attachments.`]],
    ['2. Purpose', ['The purpose of this plan is to describe the scope, the assessment methodology, the assumptions, the schedule and the rules of engagement so that the CSP and the authorizing official can approve the assessment before testing begins.']],
    ['3. Scope', [`The assessment covers all 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline as implemented within the ${e.abbr} authorization boundary described in Section 9 of the SSP. In-scope IP ranges are ${e.cidr}.0.0/16 and the public endpoints https://${e.domain}/ and https://api.${e.domain}/. Components inherited from ${e.region} are tested only for the customer-side responsibilities.`]],
    ['4. Assumptions', ['The CSP will provide credentials for authenticated scanning, access to personnel for interviews and evidence within three business days of each request. The system will be frozen for the duration of testing; changes will be coordinated with the assessor.']],
    ['5. Methodology', ['Controls will be assessed using the examine, interview and test methods described in NIST SP 800-53A Rev. 5 and the FedRAMP Moderate test case workbook. Vulnerability scanning will be performed with Tenable Nessus Professional for operating systems and network devices, Invicti for web applications and the Nessus database audit policies for databases, all authenticated.', 'Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack surface, the tenant-to-tenant isolation, the management plane from a compromised administrator workstation, and social engineering of the help desk.']],
    ['6. Test Plan', ['Assessment team: Rosalind Okafor (Lead Assessor), Jordan Ellery (Assessor), Malik Prentice (Penetration Tester). Testing will take place from May 19 to June 13, 2025 at the CSP\'s Reston office and remotely. Daily stand-ups will report progress and potential findings.']],
    ['7. Rules of Engagement', ['Testing windows are 08:00 to 20:00 Eastern on business days; denial-of-service testing is excluded. Either party may halt testing at any time by calling the emergency contacts listed below. Any indication of a prior compromise will be reported to the CSP ISSO immediately and testing suspended.']],
    ['8. Sampling', ['Where populations exceed twenty-five items, the assessor will select samples following the FedRAMP sampling methodology; the sample sizes and selections will be documented in the Security Assessment Report.']],
  ];
}

async function sapDocxA(): Promise<Buffer> {
  const e = A;
  const blocks: Block[] = [
    ...firmCover('Security Assessment Plan', e, '1.0', 'May 9, 2025'),
    ...revisionHistory([['05/02/2025', '0.9', 'Draft for CSP review', LEAD], ['05/09/2025', '1.0', 'Final for agency approval', LEAD]]),
    ...approvals([[LEAD, 'Lead Assessor, Brightline'], [e.sysOwner, `System Owner, ${e.cspShort}`], [e.ao, `Authorizing Official, ${e.agencyShort}`]]),
    pagebreak(),
    ...tocList(sapBody(e).map(([h]) => h)),
    pagebreak(),
    ...sections(sapBody(e)),
    bold('Table 7-1. Emergency Contacts'),
    table([['Name', 'Organization', 'Role', 'Phone'], [LEAD, FIRM, 'Lead Assessor', '703-555-0199'], [e.isso, e.csp, 'ISSO', '571-555-0123'], ['SOC on call', e.csp, 'Security Operations', '571-555-0100']]),
  ];
  return buildDocx({ blocks, header: `${FIRM} | ${e.abbr} Security Assessment Plan`, footer: 'Confidential', meta: { title: `${e.abbr} SAP`, creator: LEAD, lastModifiedBy: ME, created: '2025-04-21T12:00:00Z', modified: '2025-05-09T20:14:00Z' } });
}

// ---------------------------------------------------------------- SAR
function sarBody(e: Engagement, counts: [number, number, number], rec: string): Block[] {
  const [hi, mod, lo] = counts;
  return [
    ...sections([
      ['Executive Summary', [`${FIRM} performed an independent security assessment of ${e.system} between May 19 and June 13, 2025 in accordance with the approved Security Assessment Plan. The assessment tested the 323 controls of the FedRAMP Moderate baseline, performed authenticated vulnerability scanning of ${e.cidr}.0.0/16 and the web endpoints, and conducted penetration testing.`, `The assessment identified ${hi + mod + lo} risks: ${hi} high, ${mod} moderate and ${lo} low. All risks have been provided to the CSP, which has recorded them in its Plan of Action and Milestones.`]],
      ['1. Introduction', ['This Security Assessment Report documents the results of the assessment, the risks identified and the assessor\'s recommendation to the authorizing official.']],
      ['2. Scope and Methodology', ['The scope and methodology followed the approved SAP without deviation except as noted in Section 4. Control testing used the FedRAMP Moderate test case workbook; evidence and test results are in Appendix A.']],
    ]),
    h1('3. Risk Exposure Table'),
    table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total', '% of Total'], ['High', '1', String(Math.max(0, hi - 1)), '0', '0', '1', String(hi), ''], ['Moderate', '4', String(Math.max(0, mod - 6)), '1', '1', '0', String(mod), ''], ['Low', '2', String(lo - 2), '0', '0', '0', String(lo), ''], ['Operationally Required', '0', '0', '0', '0', '0', '0', '']]),
    h1('4. Summary of Findings'),
    table([['ID', 'Control', 'Weakness', 'Risk', 'Status'], ['SAR-01', 'SC-7', 'Management plane reachable from the application subnet', 'High', 'Open'], ['SAR-02', 'AC-2(3)', 'Inactive accounts not disabled after 90 days', 'Moderate', 'Open'], ['SAR-03', 'AU-6', 'Weekly audit review not evidenced for two weeks sampled', 'Moderate', 'Open'], ['SAR-04', 'CM-6', 'Four hosts deviate from the approved baseline', 'Low', 'Open']]),
    h1('5. Authorization Recommendation'),
    p(rec),
    h1('Appendices'),
    bullets(['Appendix A - Security Test Case Procedures', 'Appendix B - Security Test Results Workbook', 'Appendix C - Infrastructure Scan Results', 'Appendix D - Web Scan Results', 'Appendix E - Database Scan Results', 'Appendix F - Penetration Test Report', 'Appendix G - Auxiliary Documents']),
  ];
}

// ---------------------------------------------------------------- OSCAL
async function sapOscalXml(): Promise<string> {
  const xml = await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  return xml.replaceAll('[System Name]', B.system).replace(/<published>[^<]*<\/published>/, '<published>2025-05-12T14:00:00Z</published>');
}

async function sarOscalJson(): Promise<string> {
  const doc = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as { 'assessment-results': Record<string, unknown> };
  const ar = doc['assessment-results'];
  ar.uuid = '0b7e7c55-1c2a-4f4b-8c5d-23ad9e4b7002';
  const md = ar.metadata as Record<string, unknown>;
  md.title = `${A.system} FedRAMP Security Assessment Results (SAR)`;
  md['last-modified'] = '2025-06-27T18:00:00Z';
  md.version = '1.0';
  return JSON.stringify(doc);
}

async function poamOscalXml(): Promise<string> {
  const xml = await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.xml'), 'utf8');
  return xml.replaceAll('[System Name]', A.system);
}

// ---------------------------------------------------------------- POA&M
interface PoamItem { id: string; ctl: string; name: string; desc: string; src: string; srcId: string; asset: string; det: string; due: string; risk: 'High' | 'Moderate' | 'Low'; cve: string }
const poamItems = (e: Engagement): PoamItem[] => [
  { id: 'V-0001', ctl: 'RA-5', name: 'OpenSSH regreSSHion (CVE-2024-6387)', desc: 'Signal handler race condition in sshd allows unauthenticated remote code execution.', src: 'Nessus', srcId: '201194', asset: `${e.cidr}.3.21`, det: '2025-05-20', due: '2025-06-19', risk: 'High', cve: 'CVE-2024-6387' },
  { id: 'V-0002', ctl: 'SC-8', name: 'TLS 1.0 enabled on legacy listener', desc: 'Internal listener accepts TLS 1.0.', src: 'Nessus', srcId: '104743', asset: `${e.cidr}.4.10`, det: '2025-05-20', due: '2025-08-18', risk: 'Moderate', cve: '' },
  { id: 'SAR-01', ctl: 'SC-7', name: 'Management plane reachable from application subnet', desc: 'Security group permits SSH from the application subnet to the bastion.', src: '3PAO assessment', srcId: 'SAR-01', asset: 'sg-0a13f', det: '2025-06-02', due: '2025-07-02', risk: 'High', cve: '' },
  { id: 'SAR-02', ctl: 'AC-2(3)', name: 'Inactive accounts not disabled', desc: 'Three accounts inactive >90 days remained enabled.', src: '3PAO assessment', srcId: 'SAR-02', asset: 'Identity provider', det: '2025-06-03', due: '2025-09-01', risk: 'Moderate', cve: '' },
  { id: 'V-0003', ctl: 'CM-6', name: 'Baseline deviation: auditd rules', desc: 'Four hosts missing required audit rules.', src: 'CIS-CAT', srcId: '4.1.3.1', asset: `${e.cidr}.3.22`, det: '2025-05-21', due: '2025-11-17', risk: 'Low', cve: '' },
];

async function poamFromTemplate(): Promise<Buffer> {
  const tpl = await readFile(fixture('office/FedRAMP-POAM-Template.xlsx'));
  return fromTemplate(tpl, (wb) => {
    const ws = wb.getWorksheet('Open POA&M Items');
    if (!ws) throw new Error('template sheet missing');
    ws.getCell('A3').value = A.csp; ws.getCell('B3').value = A.system; ws.getCell('C3').value = 'Moderate'; ws.getCell('D3').value = '07/03/2025';
    poamItems(A).forEach((it, i) => {
      const r = ws.getRow(6 + i);
      const vals = [it.id, it.ctl, it.name, it.desc, it.src, it.srcId, it.asset, A.isso, 'Engineering hours', 'Patch or reconfigure per vendor guidance and verify by rescan.', it.det, it.due, 'Patch in staging; deploy; rescan', '', '2025-07-03', 'No', '', '', it.risk, it.risk, '', 'No', 'No', '', 'SAR Appendix C', '', '', it.cve ? 'Yes' : 'No', '', it.cve, 'Case API'];
      vals.forEach((v, j) => { r.getCell(j + 1).value = v; });
    });
  }, { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: A.isso, created: '2023-08-30T00:00:00Z', modified: '2025-07-03T16:00:00Z' });
}

async function poamDrifted(): Promise<Buffer> {
  const e = B;
  const head = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Comments', 'CVE'];
  const rows = poamItems(e).map((it) => [it.id.replace('V-', 'CP-'), it.ctl, it.name, it.desc, it.src, it.srcId, it.asset.replace(A.cidr, e.cidr), e.isso, 'Internal', 'Remediate and validate by rescan', it.det, it.due, 'Fix in next sprint', '', '2025-07-01', 'No', it.risk, it.risk, 'No', 'No', 'No', '', '', it.cve]);
  return buildXlsx({ meta: { title: `${e.abbr} POA&M July 2025`, creator: e.isso }, sheets: [
    { name: 'Open POA&M Items', boldRows: [4], rows: [[`${e.csp} - ${e.system} - Plan of Action & Milestones`], ['Impact Level: Moderate', null, 'POAM Date: 07/01/2025'], [], head, ...rows], freezeRow: 4 },
    { name: 'Closed POA&M Items', boldRows: [2], rows: [['Closed items'], head, ['CP-0000', 'SI-2', 'Outdated OpenSSL library', 'OpenSSL 3.0.7 present', 'Nessus', '168149', `${e.cidr}.3.5`, e.isso, 'Internal', 'Upgraded', '2025-03-04', '2025-04-03', '', '', '2025-03-28', 'No', 'High', 'High', 'No', 'No', 'No', '', 'Closed after rescan 03/28', '']] },
  ] });
}

// ---------------------------------------------------------------- ATO letters
function atoLetter(e: Engagement, date: string, expiry: string): Block[] {
  return [
    small(`${e.agency.toUpperCase()}`),
    small('Office of the Chief Information Officer - 400 Seventh Street SW, Washington, DC 20590'),
    p(date),
    p(`MEMORANDUM FOR: ${e.sysOwner}, ${e.csp}`),
    p(`FROM: ${e.ao}, Chief Information Officer and Authorizing Official`),
    p(`SUBJECT: Authority to Operate (ATO) for ${e.system} (${e.abbr})`),
    p(`The ${e.agency} has completed its review of the security authorization package for ${e.system}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${FIRM}, and the Plan of Action and Milestones. Based on the residual risk to agency operations, agency assets and individuals, I have determined that the risk is acceptable.`),
    p(`Accordingly, I hereby grant an Authority to Operate for ${e.system} at the FedRAMP Moderate impact level, effective ${date}. This authorization expires on ${expiry} unless terminated earlier because of a significant change or unacceptable risk, and is contingent upon the CSP's continuous monitoring program, the monthly submission of POA&M updates, vulnerability scans and inventory, and the remediation of open high risks within 30 days.`),
    p(`A copy of this letter will be provided to the FedRAMP PMO so that ${e.abbr} may be listed on the FedRAMP Marketplace as authorized, and other agencies may leverage the package.`),
    p(''),
    p(`${e.ao}`),
    p('Authorizing Official'),
    p(`cc: FedRAMP PMO; ${e.agencyShort} Chief Information Security Officer; ${e.agencyShort} Privacy Officer`),
  ];
}

// ---------------------------------------------------------------- checklist
const checklistItems: [string, string][] = [
  ['System Security Plan (SSP)', 'SSP with all attachments, in the current FedRAMP template'],
  ['Attachment 1: Information Security Policies and Procedures', 'Covering all control families'],
  ['Attachment 2: User Guide', ''], ['Attachment 3: Digital Identity Worksheet', ''], ['Attachment 4: PTA/PIA', ''], ['Attachment 5: Rules of Behavior', ''],
  ['Attachment 6: Information System Contingency Plan (ISCP)', 'Including the ISCP test report'], ['Attachment 7: Configuration Management Plan', ''], ['Attachment 8: Incident Response Plan', ''],
  ['Attachment 9: CIS/CRM Workbook', ''], ['Attachment 10: FIPS 199', ''], ['Attachment 11: Separation of Duties Matrix', ''], ['Attachment 12: Laws and Regulations', ''], ['Attachment 13: Integrated Inventory Workbook', ''],
  ['Security Assessment Plan (SAP)', 'Signed by 3PAO, CSP and agency'], ['Security Assessment Report (SAR)', 'With all appendices'], ['Plan of Action and Milestones (POA&M)', 'Including all SAR findings'], ['Agency ATO letter', 'Signed by the authorizing official'], ['Continuous Monitoring Plan', ''],
];

// ---------------------------------------------------------------- scans
function nessus(e: Engagement): string {
  const hosts = [
    { ip: `${e.cidr}.3.21`, fqdn: `app-01.${e.domain}`, os: 'Amazon Linux 2023' },
    { ip: `${e.cidr}.3.22`, fqdn: `app-02.${e.domain}`, os: 'Amazon Linux 2023' },
    { ip: `${e.cidr}.4.10`, fqdn: `db-01.${e.domain}`, os: 'Red Hat Enterprise Linux 9.4' },
  ];
  const items = (h: { ip: string }, i: number): string => [
    '<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>This plugin displays information about the Nessus scan.</description><plugin_output>Credentialed checks : yes&#10;Scan policy used : Brightline FedRAMP Moderate Authenticated</plugin_output><risk_factor>None</risk_factor><solution>n/a</solution></ReportItem>',
    i === 0 ? '<ReportItem port="22" svc_name="ssh" protocol="tcp" severity="3" pluginID="201194" pluginName="OpenSSH &lt; 9.8p1 Remote Code Execution (regreSSHion)" pluginFamily="Misc."><cve>CVE-2024-6387</cve><cvss3_base_score>8.1</cvss3_base_score><risk_factor>High</risk_factor><synopsis>The SSH server is affected by a remote code execution vulnerability.</synopsis><solution>Upgrade to OpenSSH 9.8p1 or later.</solution></ReportItem>' : '',
    `<ReportItem port="443" svc_name="www" protocol="tcp" severity="${i === 2 ? 2 : 1}" pluginID="${i === 2 ? 104743 : 142960}" pluginName="${i === 2 ? 'TLS Version 1.0 Protocol Detection' : 'HSTS Missing From HTTPS Server (RFC 6797)'}" pluginFamily="Service detection"><risk_factor>${i === 2 ? 'Medium' : 'Low'}</risk_factor><synopsis>The remote service has a transport security weakness.</synopsis><solution>Reconfigure the service.</solution><plugin_output>Host ${h.ip}</plugin_output></ReportItem>`,
  ].join('\n');
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>Brightline FedRAMP Moderate Authenticated</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.map((h) => h.ip).join(',')}</value></preference><preference><name>scan_start_timestamp</name><value>1747818000</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="${e.abbr} 3PAO initial assessment - OS" xmlns:cm="http://www.nessus.org/cm">\n${hosts
    .map((h, i) => `<ReportHost name="${h.ip}"><HostProperties><tag name="HOST_END">Wed May 21 10:41:07 2025</tag><tag name="operating-system">${h.os}</tag><tag name="host-fqdn">${h.fqdn}</tag><tag name="host-ip">${h.ip}</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_START">Wed May 21 09:02:11 2025</tag></HostProperties>\n${items(h, i)}\n</ReportHost>`)
    .join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

const csvq = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (r: string[]): string => r.map(csvq).join(',');

function nessusCsv(e: Engagement): string {
  const head = ['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'];
  const rows = [
    ['19506', '', '', 'None', `${e.cidr}.5.11`, 'tcp', '0', 'Nessus Scan Information', 'This plugin displays information about the Nessus scan.', 'This plugin displays, for each tested host, information about the scan itself.', 'n/a', '', 'Credentialed checks : yes\nScan type : Normal'],
    ['187201', 'CVE-2023-48795', '5.9', 'Medium', `${e.cidr}.5.11`, 'tcp', '22', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', 'The SSH transport protocol with certain OpenSSH extensions allows remote attackers to bypass integrity checks.', 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.', 'https://terrapin-attack.com/', 'Supports following ChaCha20-Poly1305 Algorithm'],
    ['156860', 'CVE-2021-44228', '10.0', 'Critical', `${e.cidr}.5.14`, 'tcp', '8443', 'Apache Log4Shell RCE detection via callback correlation', 'The remote host is affected by a remote code execution vulnerability.', 'Apache Log4j <=2.14.1 JNDI features do not protect against attacker controlled LDAP endpoints.', 'Upgrade to Apache Log4j 2.17.1 or later.', 'https://logging.apache.org/log4j/2.x/security.html', 'Path : /opt/reporting/lib/log4j-core-2.14.0.jar'],
    ['57582', '', '6.5', 'Medium', `${e.cidr}.5.14`, 'tcp', '443', 'SSL Self-Signed Certificate', 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', 'The X.509 certificate chain for this service is not signed by a recognized certificate authority.', 'Purchase or generate a proper SSL certificate for this service.', '', 'Subject : CN=reporting.internal'],
  ];
  return [head, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

function qualysCsv(e: Engagement): string {
  const pre = [
    ['Scan Results', '06/04/2025 at 02:11:40 (GMT-0400)'],
    [e.csp, '1 Harbor Point', 'Norfolk', 'Virginia', 'United States of America', '23510'],
    ['Jordan Ellery', 'brgt_je', 'Scanner'],
    ['Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Options Profile'],
    ['2', '2', 'On demand', 'Finished', 'scan/1749017500.31337', 'brightline_va_02 (Scanner 13.1.26-1, Vulnerability Signatures 2.6.310-2)', '00:42:10', `${e.abbr} 3PAO DB scan`, `${e.abbr} Database Tier`, `${e.cidr}.6.10-${e.cidr}.6.11`, '', 'Brightline Authenticated DB'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results'],
    [`${e.cidr}.6.10`, `pg-primary.${e.domain}`, '', 'Ubuntu 22.04', 'host scanned, found vuln', '38739', 'Deprecated SSH Cryptographic Settings', 'Vuln', '3', '22', 'tcp', '', 'no', '', '', '5.3', 'Weak SSH ciphers are supported.', 'Data could be decrypted.', 'Disable weak ciphers.', 'arcfour256'],
    [`${e.cidr}.6.10`, `pg-primary.${e.domain}`, '', 'Ubuntu 22.04', 'host scanned, found vuln', '19931', 'PostgreSQL Multiple Vulnerabilities (CVE-2024-10979)', 'Vuln', '4', '5432', 'tcp', '', 'no', 'CVE-2024-10979', 'PostgreSQL 16.5', '8.8', 'Environment variable manipulation in PL/Perl.', 'Arbitrary code execution.', 'Upgrade to PostgreSQL 16.5 or later.', 'Version: 16.3'],
    [`${e.cidr}.6.11`, `pg-replica.${e.domain}`, '', 'Ubuntu 22.04', 'host scanned, found vuln', '105484', 'PostgreSQL log_connections Disabled', 'Practice', '2', '5432', 'tcp', '', 'no', '', '', '4.3', 'Connection logging is not enabled.', 'Reduced accountability.', 'Set log_connections = on.', 'log_connections=off'],
  ];
  return pre.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
}

function openvasXml(e: Engagement): string {
  const res = (ip: string, port: string, name: string, sev: string, threat: string, cve: string): string =>
    `<result id="${ip.replace(/\./g, '')}${port.split('/')[0]}"><name>${name}</name><host>${ip}<hostname>web.${e.domain}</hostname></host><port>${port}</port><nvt oid="1.3.6.1.4.1.25623.1.0.1${port.length}7${sev.replace('.', '')}"><type>nvt</type><name>${name}</name><family>Web application abuses</family><cvss_base>${sev}</cvss_base><refs>${cve ? `<ref type="cve" id="${cve}"/>` : ''}</refs><solution type="VendorFix">Update the affected component.</solution></nvt><threat>${threat}</threat><severity>${sev}</severity><qod><value>80</value></qod><description>${name} detected on ${ip}.</description></result>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<report id="7d9a0f3e-5a4b-4c0e-9b1f-3a8d1e2f4c55" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><owner><name>brightline</name></owner><name>2025-05-22T13:05:11Z</name><creation_time>2025-05-22T13:05:11Z</creation_time><report id="7d9a0f3e-5a4b-4c0e-9b1f-3a8d1e2f4c55"><gmp><version>22.5</version></gmp><scan_run_status>Done</scan_run_status><task id="c1d2"><name>${e.abbr} web tier - 3PAO</name></task><ports start="1" max="-1"><count>2</count></ports><results start="1" max="100">${[
    res(`${e.cidr}.2.5`, '443/tcp', 'SSL/TLS: Report Weak Cipher Suites', '5.9', 'Medium', ''),
    res(`${e.cidr}.2.5`, '443/tcp', 'jQuery &lt; 3.5.0 Multiple XSS Vulnerabilities', '6.1', 'Medium', 'CVE-2020-11022'),
    res(`${e.cidr}.2.6`, '80/tcp', 'Cleartext Transmission of Sensitive Information via HTTP', '4.8', 'Medium', ''),
  ].join('')}</results><result_count>3<full>3</full><filtered>3</filtered></result_count><hosts><count>2</count></hosts></report></report>\n`;
}

// ---------------------------------------------------------------- inventory
const invHead = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
function invRows(e: Engagement): string[][] {
  const rows: string[][] = [];
  const fns: [string, string, string][] = [['web', 'Web server (nginx 1.26)', '2'], ['app', 'Case API application server', '3'], ['db', 'PostgreSQL 16 database', '6'], ['bastion', 'Administrative bastion', '9']];
  fns.forEach(([n, fn, net], i) => {
    for (let k = 1; k <= 3; k++) {
      rows.push([`${e.abbr}-${n.toUpperCase()}-${String(k).padStart(2, '0')}`, `${e.cidr}.${net}.${10 + k}`, 'Yes', n === 'web' ? 'Yes' : 'No', `${n}-${String(k).padStart(2, '0')}.${e.domain}`, '', '', 'Yes', `CIS ${n === 'db' ? 'Ubuntu 22.04' : 'Amazon Linux 2023'} L1 - ${e.abbr}`, n === 'db' ? 'Ubuntu 22.04.5 LTS' : 'Amazon Linux 2023.6', e.region, n === 'db' ? 'Database' : 'Server', 'Cloud VM', 'Yes', n === 'db' ? 'PostgreSQL Global Development Group' : 'Open Source', n === 'db' ? 'PostgreSQL 16.4' : 'nginx 1.26.2', '2025-05', fn, '', `i-0${i}${k}ab34cd`, `vpc-${e.abbr.toLowerCase()}-${net}`, 'Cloud Operations', 'Product Engineering']);
    }
  });
  return rows;
}

async function inventoryFromTemplate(): Promise<Buffer> {
  const tpl = await readFile(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
  return fromTemplate(tpl, (wb) => {
    const ws = wb.getWorksheet('Inventory');
    if (!ws) throw new Error('template sheet missing');
    invRows(A).forEach((r, i) => { const row = ws.getRow(6 + i); r.forEach((v, j) => { row.getCell(j + 1).value = v; }); });
  }, { title: 'SSP Attachment 13 - FedRAMP Integrated Inventory Workbook Template', creator: 'FedRAMP PMO', lastModifiedBy: A.isso });
}

// ---------------------------------------------------------------- SCR / DR
function scrForm(e: Engagement): Block[] {
  return [
    small(e.csp),
    title('Significant Change Request (SCR) Form', 36),
    p('Submit this form to the authorizing official at least 30 business days before implementing a planned significant change. Do not implement the change until the AO approves it.'),
    table([['Field', 'Response'], ['CSP Name', e.csp], ['Cloud Service Offering', e.system], ['FedRAMP Package ID', e.abbr === 'MLC' ? 'F2411152201' : 'F2501098822'], ['Impact Level', 'Moderate'], ['Date of Request', '08/14/2025'], ['Requested Implementation Date', '10/01/2025'], ['Type of Significant Change', 'New component / new interconnection: replacement of the self-managed PostgreSQL cluster with the provider-managed relational database service'], ['Description of the Change', 'Migrate the case database to the managed relational database service in the same region, with encryption by customer-managed keys and automated backups; decommission the three self-managed database VMs.'], ['Security Impact Analysis', 'Affects CP-9, CP-10, SC-28, CM-2, CM-8, AU-2 and SI-2. The managed service is FedRAMP High authorized; patching responsibility moves to the provider.'], ['Boundary Change', 'Yes - updated boundary diagram attached'], ['3PAO Involvement', `${FIRM} will perform the security impact assessment testing`], ['Documents to be updated', 'SSP Sections 8 and 9, ISCP, Integrated Inventory Workbook, CIS/CRM']]),
    bold('CSP Approval'), p(`${e.sysOwner}, System Owner - signature on file`),
    bold('Authorizing Official Decision'), p('[ ] Approved   [ ] Approved with conditions   [ ] Denied'),
  ];
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  // SAP
  out.push({ file: 'BAP_MLC_SAP_v1.0.docx', expected: 'SAP', note: 'Brightline\'s Security Assessment Plan for Meridian Ledger Cloud with scope, methodology, test plan and rules of engagement.', data: await sapDocxA() });
  out.push({ file: 'assessment-plan.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan from the GSA SAP template, retitled for CPCM.', data: await sapOscalXml() });
  out.push({ file: 'CPCM SAR draft.pdf', expected: 'SAP', note: 'CPCM Security Assessment Plan as PDF; the file name misleadingly says SAR, the content is the plan.', data: await buildPdf({ blocks: [...firmCover('Security Assessment Plan (SAP)', B, '1.1', 'May 14, 2025'), ...distribution([[B.ao, B.agencyShort], [B.isso, B.csp]]), ...sections(sapBody(B), true)], header: `${B.abbr} SAP - Brightline`, meta: { title: 'Security Assessment Plan', author: LEAD } }) });

  // SAR
  const recA = `Based on the assessment results, ${FIRM} recommends that ${A.system} be granted an authorization at the FedRAMP Moderate level, provided the two high risks are remediated within 30 days and all risks are tracked in the POA&M. The residual risk is acceptable for the operation of the system.`;
  out.push({ file: 'BAP_MLC_SAR_v1.0.docx', expected: 'SAR', note: 'Brightline\'s Security Assessment Report for Meridian Ledger Cloud: executive summary, risk exposure table, findings, authorization recommendation.', data: await buildDocx({ blocks: [...firmCover('Security Assessment Report', A, '1.0', 'June 27, 2025'), ...revisionHistory([['06/20/2025', '0.9', 'Draft to CSP', LEAD], ['06/27/2025', '1.0', 'Final after QA review', LEAD]]), ...approvals([[LEAD, 'Lead Assessor'], [QA, 'Quality Assurance Reviewer']]), pagebreak(), ...sarBody(A, [2, 7, 5], recA)], header: `${FIRM} | ${A.abbr} SAR`, footer: 'Confidential', meta: { title: `${A.abbr} SAP`, creator: LEAD, lastModifiedBy: QA } }) });
  const recB = `${FIRM} recommends ${B.system} for a FedRAMP Moderate authorization. No high risks remain open; moderate and low risks are tracked in the CSP's POA&M.`;
  out.push({ file: 'report_final.pdf', expected: 'SAR', note: 'CPCM Security Assessment Report as PDF with risk exposure table and recommendation.', data: await buildPdf({ blocks: [...firmCover('Security Assessment Report (SAR)', B, '1.0', 'July 2, 2025'), ...sarBody(B, [0, 6, 4], recB)], header: `${B.abbr} Security Assessment Report`, meta: { title: 'Security Assessment Report', author: LEAD } }) });
  out.push({ file: 'ar-mlc.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (minified) from the GSA SAR template, retitled for Meridian Ledger Cloud.', data: await sarOscalJson() });
  out.push({ file: 'Annual_2026_v2.docx', expected: 'SAR', note: 'Annual assessment SAR for CPCM with the title inside a cover table, metadata stripped.', data: await buildDocx({ blocks: [table([[FIRM, 'Annual Assessment'], [`${B.system}`, 'Security Assessment Report'], ['Version 2.0', 'June 2026']], false), pagebreak(), ...sarBody(B, [1, 5, 3], recB.replace('for a FedRAMP Moderate authorization', 'for continued authorization'))], header: 'Annual Assessment SAR', meta: null }) });

  // POA&M
  out.push({ file: 'MLC_POAM_2025-07.xlsx', expected: 'POAM', note: 'Halvorsen\'s POA&M on the FedRAMP v2.1 template with SAR and scan findings.', data: await poamFromTemplate() });
  out.push({ file: 'tracker.xlsx', expected: 'POAM', note: 'CPCM POA&M with drifted header row (row 4), fewer columns, open and closed sheets.', data: await poamDrifted() });
  out.push({ file: 'poam-oscal.xml', expected: 'POAM', note: 'OSCAL XML plan-of-action-and-milestones from the GSA template, retitled for Meridian Ledger Cloud.', data: await poamOscalXml() });

  // ATO letters
  out.push({ file: 'NTRA_ATO_MLC_signed.pdf', expected: 'ATO_LETTER', note: 'NTRA\'s signed Authority to Operate memorandum for Meridian Ledger Cloud.', data: await buildPdf({ blocks: atoLetter(A, 'August 4, 2025', 'August 4, 2028'), serif: true, meta: { producer: 'Adobe Acrobat Pro (64-bit) 24.2', creator: 'Adobe Acrobat Pro' } }) });
  out.push({ file: 'letter.docx', expected: 'ATO_LETTER', note: 'FHCO\'s Authority to Operate letter for CPCM in Word, shared with the 3PAO.', data: await buildDocx({ blocks: atoLetter(B, 'August 19, 2025', 'August 19, 2028'), header: B.agency, meta: { creator: 'FHCO OCIO', title: 'Memo template' } }) });

  // Checklist
  out.push({ file: 'pkg-checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook completed for Meridian Ledger Cloud.', data: await buildXlsx({ meta: { title: 'FedRAMP Initial Authorization Package Checklist', creator: A.isso }, sheets: [{ name: 'Checklist', boldRows: [1, 4], rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${A.csp}`, `CSO: ${A.system}`, 'Impact: Moderate'], [], ['#', 'Package Item', 'Included (Y/N)', 'File Name', 'Notes'], ...checklistItems.map(([item, note], i) => [String(i + 1), item, 'Y', `MLC-${String(i).padStart(2, '0')}`, note])] }] }) });
  out.push({ file: 'CPCM - package checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'CPCM FedRAMP Initial Authorization Package Checklist as a Word table.', data: await buildDocx({ blocks: [title('FedRAMP Initial Authorization Package Checklist', 32), p(`Cloud Service Offering: ${B.system}. Package submitted by ${B.csp} for agency ATO by ${B.agency}.`), table([['Package Item', 'Included', 'Comments'], ...checklistItems.map(([i, n]) => [i, 'Yes', n])])], header: `${B.abbr} Authorization Package`, meta: { creator: B.isso } }) });

  // Scans
  out.push({ file: 'mlc_os_2025-05-21.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 export of the 3PAO authenticated OS scan of Meridian Ledger Cloud.', data: nessus(A) });
  out.push({ file: 'export (2).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of the CPCM reporting tier scan.', data: nessusCsv(B) });
  out.push({ file: 'db_scan.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV (with header block) of the CPCM database tier.', data: qualysCsv(B) });
  out.push({ file: 'mlc-web.xml', expected: 'SCAN_RESULTS', note: 'OpenVAS/Greenbone XML report of the Meridian Ledger Cloud web tier.', data: openvasXml(A) });

  // Inventory
  out.push({ file: 'MLC-A13-Inventory.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook on the FedRAMP template filled with MLC assets.', data: await inventoryFromTemplate() });
  out.push({ file: 'CPCM inventory June.xlsx', expected: 'INVENTORY', note: 'CPCM integrated inventory built by the CSP without the template, header row lower down.', data: await buildXlsx({ meta: { title: `${B.abbr} Inventory`, creator: B.isso }, sheets: [{ name: 'Inventory', boldRows: [3], rows: [[`${B.system} Integrated Inventory - June 2025`], [], invHead, ...invRows(B)] }] }) });
  out.push({ file: 'assets_validated.csv', expected: 'INVENTORY', note: 'Meridian Ledger Cloud integrated inventory as CSV with the workbook\'s columns.', data: [invHead, ...invRows(A)].map(csvLine).join('\n') + '\n' });

  // SCR
  out.push({ file: 'SCR-2025-02.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for the MLC database migration.', data: await buildDocx({ blocks: scrForm(A), header: `${A.csp} - Significant Change Request`, meta: { title: 'Significant Change Request Form', creator: A.isso } }) });
  out.push({ file: 'change-form.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'CPCM Significant Change Request form as PDF.', data: await buildPdf({ blocks: scrForm(B), meta: null }) });

  // DR
  const drRows = (e: Engagement): (string | null)[][] => [
    ['FedRAMP Deviation Request Form'], [`CSP: ${e.csp}`, null, `System: ${e.system}`], ['Impact Level: Moderate', null, 'Date: 07/15/2025'], [],
    ['DR ID', 'POA&M ID', 'Deviation Type', 'Vulnerability Name', 'CVE', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls', 'Evidence'],
    [`DR-${e.abbr}-003`, 'V-0002', 'Risk Adjustment', 'TLS 1.0 enabled on legacy listener', '', 'Moderate', 'Low', 'Listener bound to loopback only; not reachable from the network.', 'Security group denies all inbound on the port; host firewall.', 'Screenshot of netstat and SG rules'],
    [`DR-${e.abbr}-004`, 'V-0004', 'False Positive', 'OpenSSL CVE reported on patched package', 'CVE-2024-5535', 'Low', 'N/A', 'Vendor backported the fix; package release includes patch.', 'n/a', 'Vendor advisory ALAS-2024-612'],
    [`DR-${e.abbr}-005`, 'V-0007', 'Operational Requirement', 'SMBv1 required by agency archive appliance', '', 'Moderate', 'Moderate', 'Agency archive requires SMBv1 until replacement in FY26.', 'Isolated VLAN; IPS signatures', 'Agency memo'],
  ];
  out.push({ file: 'MLC_DR_July.xlsx', expected: 'DEVIATION_REQUEST', note: 'Deviation Request workbook (risk adjustment, false positive, operational requirement) for MLC.', data: await buildXlsx({ meta: { title: 'FedRAMP Deviation Request Form', creator: A.isso }, sheets: [{ name: 'Deviation Request', boldRows: [1, 5], rows: drRows(A) }] }) });
  out.push({ file: 'DR-CPCM-002.docx', expected: 'DEVIATION_REQUEST', note: 'CPCM Deviation Request (false positive) as a Word form.', data: await buildDocx({ blocks: [title('Deviation Request', 34), p(`${B.csp} requests a false positive determination for the finding below, tracked in the ${B.abbr} POA&M. Supporting evidence is attached.`), table([['Field', 'Value'], ['CSP', B.csp], ['System', B.system], ['Deviation Type', 'False Positive'], ['POA&M ID', 'CP-0002'], ['Weakness', 'SSH Terrapin Prefix Truncation Weakness'], ['Scanner / Plugin', 'Nessus 187201'], ['Justification', 'ChaCha20-Poly1305 and EtM MACs are disabled in sshd_config; the plugin fires on banner only. Authenticated check output attached.'], ['Original Risk', 'Moderate'], ['Requested By', B.isso], ['Date', '07/22/2025']]), bold('AO Decision'), p('[ ] Approved  [ ] Denied   Signature: ____________')], header: `${B.abbr} Deviation Request`, meta: { title: 'DR', creator: B.isso } }) });

  return out;
}

