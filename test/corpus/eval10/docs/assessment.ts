import { readFileSync } from 'node:fs';
import { makeDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { FINDINGS } from '../kit/findings.js';
import { approvals, distribution, pdfRevisionTable, revisionHistory } from '../kit/front.js';
import { sharedFixture } from '../kit/paths.js';
import { implementation, sentences } from '../kit/prose.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { BLUEFIN, KESTREL, QUILLON } from '../kit/world.js';
import type { Csp } from '../kit/world.js';
import { pickControls } from './ssp.js';

function ipTable(c: Csp, n: number, rng: Rng): string[][] {
  const rows: string[][] = [['IP Address(es) / Ranges', 'Software / OS Name and Version', 'Function', 'Notes']];
  const kinds = [
    ['Amazon Linux 2023', 'Application node (EKS worker)'],
    ['Ubuntu 22.04 LTS', 'Bastion host'],
    ['PostgreSQL 13.12 (RDS)', 'Primary database'],
    ['Windows Server 2022', 'Privileged access workstation jump host'],
    ['Amazon Linux 2023', 'Batch worker'],
    ['Nginx 1.24 on Amazon Linux 2023', 'Reverse proxy'],
  ];
  for (let i = 0; i < n; i++) {
    const [os, fn] = rng.pick(kinds);
    rows.push([`${c.subnet}.${rng.int(1, 12)}.${rng.int(10, 240)}`, os ?? '', fn ?? '', rng.pick(['Authenticated scan', 'Authenticated scan', 'Credentialed; agent-based', 'Sampled'])]);
  }
  return rows;
}

export async function kestrelSapDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-sap');
  const controls = pickControls(rng, 40);
  const body: Block[] = [
    ...revisionHistory([
      ['04/02/2025', 'Draft SAP for CSP review', '0.1', 'R. Castellanos'],
      ['04/25/2025', 'Updated IP ranges and sampling after CSP walkthrough', '0.5', 'J. Albright'],
      ['05/12/2025', 'Final for agency approval', '1.0', 'R. Castellanos'],
    ]),
    ...distribution([
      [c.isso, `ISSO, ${c.csp}`],
      [c.owner, `System Owner, ${c.csp}`],
      ['Agency ISSM', `${c.agency}`],
      ['Engagement file', `${c.threePao}`],
    ]),
    { t: 'break' },
    {
      t: 'toc',
      entries: [
        ['1 Introduction', '1'],
        ['2 Scope', '2'],
        ['3 Assumptions', '5'],
        ['4 Methodology', '6'],
        ['5 Test Plan', '9'],
        ['6 Rules of Engagement', '12'],
        ['Appendix A Test Case Procedures', '16'],
        ['Appendix B Penetration Testing Plan and Methodology', '22'],
      ],
    },
    { t: 'break' },
    { t: 'h1', text: '1 Introduction' },
    {
      t: 'p',
      text: `This Security Assessment Plan (SAP) has been developed by ${c.threePao}, an accredited FedRAMP Third Party Assessment Organization, for the initial assessment of ${c.cso} (${c.short}). The SAP describes the scope, methodology, test plan and rules of engagement that govern the assessment of the FedRAMP Rev. 5 Moderate baseline controls, and it will be approved by ${c.csp} and the ${c.agency} before testing starts.`,
    },
    { t: 'h2', text: '1.1 Applicable Laws, Regulations, Standards and Guidance' },
    { t: 'bullets', items: ['NIST SP 800-53A Rev. 5, Assessing Security and Privacy Controls in Information Systems and Organizations', 'NIST SP 800-115, Technical Guide to Information Security Testing and Assessment', 'FedRAMP Penetration Test Guidance', 'FedRAMP Vulnerability Scanning Requirements', 'FedRAMP SAP and SAR Templates (Rev. 5)'] },
    { t: 'h2', text: '1.2 Purpose' },
    { t: 'p', text: `The purpose of this plan is to state what will be tested, how, when and by whom, so that the CSP and the authorizing official agree in advance on the boundaries of testing. The results will be documented in the Security Assessment Report (SAR) that ${c.threePao} will deliver at the end of the engagement.` },
    { t: 'h1', text: '2 Scope' },
    { t: 'p', text: `The scope of the assessment is the authorization boundary described in the ${c.short} System Security Plan, version 2.3 dated June 20, 2025. All components within the boundary, as listed in the Integrated Inventory Workbook (SSP Appendix M), are in scope.` },
    { t: 'h2', text: '2.1 Location of Components' },
    { t: 'table', rows: [['Data Center Site Name', 'Address', 'Description of Components'], ['AWS GovCloud (US-West)', 'Region us-gov-west-1', 'Production workloads, databases, logging'], ['AWS GovCloud (US-East)', 'Region us-gov-east-1', 'Backup vaults and warm standby'], [`${c.csp} headquarters`, c.address, 'Privileged access workstations (2 sampled)']] },
    { t: 'h2', text: '2.2 IP Addresses Slated for Testing' },
    { t: 'table', rows: ipTable(c, 12, rng), widths: [22, 30, 28, 20] },
    { t: 'h2', text: '2.3 Web Applications Slated for Testing' },
    { t: 'table', rows: [['Login URL', 'Function', 'Roles Tested'], [`https://app.gov.${c.domain}`, 'Customer portal', 'Customer Administrator; Agency Analyst'], [`https://api.gov.${c.domain}/v2`, 'REST API', 'API client (OAuth)'], [`https://admin.gov.${c.domain}`, 'Operations console', 'Cloud Operations Engineer']] },
    { t: 'h2', text: '2.4 Databases Slated for Testing' },
    { t: 'table', rows: [['IP Address / Hostname', 'Database Type', 'Version', 'Function'], [`kga-prod-pg01.${c.subnet}.3.15`, 'PostgreSQL (Amazon RDS)', '13.12', 'Application data'], [`kga-prod-pg02.${c.subnet}.3.16`, 'PostgreSQL (Amazon RDS)', '13.12', 'Reporting replica']] },
    { t: 'h2', text: '2.5 Roles Slated for Testing' },
    { t: 'table', rows: [['Role Name', 'Test User ID', 'Associated Functions'], ['Customer Administrator', 'ardent-cadmin01', 'User management within tenant'], ['Agency Analyst', 'ardent-analyst01', 'Report creation and export'], ['Cloud Operations Engineer', 'ardent-ops01', 'Read-only console access for configuration review']] },
    { t: 'h1', text: '3 Assumptions' },
    { t: 'bullets', items: [`${c.csp} resources, including documentation and individuals with knowledge of the system, will be available within the time frames indicated in the schedule.`, `${c.csp} will provide login accounts and credentials for authenticated scanning and role testing no later than one week before testing.`, 'Security controls that have been identified as "Not Applicable" in the SSP will be verified as such.', 'The system will be frozen from a development perspective during testing; changes require the agreement of the 3PAO and the agency.', 'Inherited controls will not be tested, but their inheritance will be verified against the leveraged authorizations.'] },
    { t: 'h1', text: '4 Methodology' },
    { t: 'p', text: `${c.threePao} will use the assessment procedures of NIST SP 800-53A Rev. 5 as tailored by the FedRAMP test case workbook. Each control objective will be assessed through one or more of the Examine, Interview and Test methods. Evidence will be requested through the shared evidence portal and indexed against the test case identifiers.` },
    { t: 'h2', text: '4.1 Control Testing' },
    { t: 'p', text: 'Controls are tested by examining policies, procedures, configuration exports and records; by interviewing the control owners listed in the SSP; and by testing the mechanisms that implement the control, for example by attempting prohibited actions with test accounts.' },
    { t: 'h2', text: '4.2 Data Gathering' },
    { t: 'p', text: 'Evidence will be gathered remotely. Screen-sharing sessions will be recorded with the consent of the participants. Configuration evidence must be exported by the CSP in the presence of an assessor or provided with tool-generated time stamps.' },
    { t: 'h2', text: '4.3 Sampling' },
    { t: 'p', text: 'Sampling of components will follow the FedRAMP sampling methodology: all boundary devices and databases will be scanned; application servers built from the same image will be sampled at no less than 20 percent with a minimum of three per image. Populations for account reviews, change tickets and incident records will be sampled using a random selection documented in the sampling workpaper.' },
    { t: 'h2', text: '4.4 Penetration Test' },
    { t: 'p', text: 'Penetration testing will follow the FedRAMP Penetration Test Guidance and will cover the external-to-corporate, external-to-CSP target system, tenant-to-tenant, mobile application (not applicable), client-side application and agents, social engineering (simulated phishing of privileged users) and simulated internal attack vectors.' },
    { t: 'h1', text: '5 Test Plan' },
    { t: 'h2', text: '5.1 Security Assessment Team' },
    { t: 'table', rows: [['Name', 'Role', 'Contact'], [c.threePaoLead, 'Assessment Lead', 'rcastellanos@ardentassurance.com'], ['Jordan Albright, OSCP', 'Penetration Tester', 'jalbright@ardentassurance.com'], ['Mei-Ling Choi, CISA', 'Control Assessor', 'mchoi@ardentassurance.com'], ['Samuel Ortiz', 'Quality Assurance Reviewer', 'sortiz@ardentassurance.com']] },
    { t: 'h2', text: '5.2 CSP Testing Points of Contact' },
    { t: 'table', rows: [['Name', 'Title', 'Contact'], [c.isso, 'ISSO', `praman@${c.domain}`], [c.engineer, 'Cloud Operations Manager', `tibarra@${c.domain}`]] },
    { t: 'h2', text: '5.3 Testing Performed Using Automated Tools' },
    { t: 'table', rows: [['Tool Name', 'Version', 'Vendor', 'Purpose'], ['Nessus Professional', '10.8.3', 'Tenable', 'Infrastructure and database vulnerability scanning; CIS compliance audits'], ['Burp Suite Professional', '2025.3', 'PortSwigger', 'Web application and API testing'], ['OWASP ZAP', '2.16.0', 'OWASP', 'Automated DAST baseline'], ['Nmap', '7.95', 'Open source', 'Port discovery and service validation']] },
    { t: 'h2', text: '5.4 Testing Performed Through Manual Methods' },
    { t: 'p', text: 'Manual tests include authorization bypass attempts between tenants, session management testing, review of security group rules, review of IAM policies for privilege escalation paths, and verification of audit record content for a sample of privileged actions.' },
    { t: 'h2', text: '5.5 Schedule' },
    { t: 'table', rows: [['Task Name', 'Start Date', 'Finish Date'], ['Kick-off meeting', '05/19/2025', '05/19/2025'], ['Document review', '05/19/2025', '05/30/2025'], ['Onsite/remote control testing and interviews', '06/02/2025', '06/13/2025'], ['Vulnerability scanning', '06/02/2025', '06/06/2025'], ['Penetration testing', '06/09/2025', '06/20/2025'], ['Draft SAR delivered to CSP', '07/11/2025', '07/11/2025'], ['Final SAR', '07/25/2025', '07/25/2025']] },
    { t: 'h1', text: '6 Rules of Engagement' },
    { t: 'p', text: 'The Rules of Engagement (ROE) describe proper notifications and disclosures between the owner of the tested system and the independent assessor. They are part of this SAP and must be signed by both parties before any technical testing begins.' },
    { t: 'h2', text: '6.1 Disclosures' },
    { t: 'bullets', items: ['Any testing will be performed according to the terms and conditions designed to minimize risk exposure that could occur during security testing.', 'Scanning will originate from the following assessor source IP addresses: 198.51.100.24 and 198.51.100.25.', 'Denial-of-service and destructive tests are excluded.', 'Any critical finding, or any evidence of a prior compromise, will be reported to the CSP ISSO by phone within one hour of discovery.'] },
    { t: 'h2', text: '6.2 End of Testing' },
    { t: 'p', text: `${c.threePao} will notify the CSP points of contact by email when testing is complete; test accounts will be disabled within two business days and all credentials destroyed.` },
    { t: 'h2', text: '6.3 Communication of Test Results' },
    { t: 'p', text: 'Vulnerability scan output and penetration test evidence will be transferred only through the encrypted evidence portal. Preliminary results are communicated in daily stand-ups; final results are documented in the SAR.' },
    ...approvals([
      [c.owner, 'System Owner', c.csp],
      [c.threePaoLead.split(',')[0] ?? '', 'Assessment Lead', c.threePao],
      ['Agency Authorizing Official designee', 'ISSM', c.agency],
    ], 'The signatures below indicate agreement with this Security Assessment Plan, including the Rules of Engagement.'),
    { t: 'break' },
    { t: 'h1', text: 'Appendix A Test Case Procedures' },
    { t: 'p', text: 'The test case workbook lists the assessment objectives for every control. A summary of the planned methods for the controls selected for detailed testing follows.' },
    {
      t: 'table',
      rows: [['Control', 'Title', 'Methods', 'Evidence Requested'], ...controls.map((x) => [x.id, x.title, rng.pick(['Examine, Interview', 'Examine, Test', 'Examine, Interview, Test', 'Interview, Test']), rng.pick(['Policy and procedure; configuration export', 'Tickets sample (25)', 'Screenshots of settings with time stamp', 'Log records for sampled events', 'Training records'])])],
      widths: [10, 35, 20, 35],
    },
    { t: 'h1', text: 'Appendix B Penetration Testing Plan and Methodology' },
    { t: 'p', text: 'Testing follows a four-phase approach: reconnaissance, vulnerability identification, exploitation attempts within the ROE limits, and post-exploitation analysis limited to demonstrating impact without accessing federal data. Each attack vector maps to the threat models in the FedRAMP Penetration Test Guidance.' },
  ];
  const data = await makeDocx({
    seed: 'kestrel-sap',
    headings: 'styles',
    core: { title: 'Security Assessment Plan', creator: 'Renee Castellanos', lastModifiedBy: 'Jordan Albright', revision: 12, created: '2025-04-01T13:00:00Z', modified: '2025-05-12T20:31:00Z', category: 'FedRAMP' },
    cover: [
      { t: 'spacer', lines: 4 },
      { t: 'title', text: `${c.cso}`, size: 22 },
      { t: 'title', text: 'Security Assessment Plan (SAP)', size: 26 },
      { t: 'p', text: 'FedRAMP Rev. 5 Initial Assessment — Moderate Baseline', align: 'center' },
      { t: 'p', text: `Prepared by ${c.threePao} for ${c.csp}`, align: 'center' },
      { t: 'p', text: 'Version 1.0 — May 12, 2025', align: 'center' },
      { t: 'break' },
    ],
    header: `${c.threePao} | ${c.short} SAP v1.0`,
    footer: 'CUI // Assessment Sensitive',
    body,
  });
  return {
    file: 'KGA_3PAO_Test_Plan_v1.0.docx',
    expected: 'SAP',
    note: 'Kestrel Rev5 Security Assessment Plan written by the 3PAO: scope tables, methodology, sampling, schedule, rules of engagement, signatures and test-case appendix.',
    data,
  };
}

export async function bluefinSapPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-sap');
  const controls = pickControls(rng, 70);
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 120 },
    { t: 'title', text: c.cso, size: 24 },
    { t: 'title', text: 'Security Assessment Plan (SAP)', size: 22 },
    { t: 'p', text: 'FedRAMP Annual Assessment 2025 — High Baseline', center: true, size: 13 },
    { t: 'p', text: `${c.threePao}`, center: true, size: 12 },
    { t: 'p', text: 'Version 1.1 — March 3, 2025', center: true, size: 12 },
    { t: 'break' },
    { t: 'h2', text: 'Document Revision History' },
    pdfRevisionTable([['02/10/2025', 'Draft for CSP review', '1.0', 'M. Delacroix'], ['03/03/2025', 'Incorporated CSP comments, updated annual control selection', '1.1', 'M. Delacroix']]),
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: `${c.threePao} has been engaged by ${c.csp} to perform the 2025 annual assessment of ${c.cso}, which holds an agency authorization from the ${c.agency}. This plan follows the FedRAMP Annual Assessment Guidance: it covers the core controls, the controls that changed since the last assessment, and the controls selected for the annual rotation, together with vulnerability scanning and penetration testing.` },
    { t: 'h2', text: '1.1 Purpose' },
    { t: 'p', text: 'This Security Assessment Plan describes the scope, the testing methods, the schedule and the rules of engagement of the annual assessment. Results will be reported in the annual Security Assessment Report.' },
    { t: 'h1', text: '2. Scope' },
    { t: 'p', text: 'The scope is the authorization boundary documented in the SSP version 4.1 and the Attachment 13 inventory dated February 28, 2025.' },
    { t: 'table', rows: ipTable(c, 14, rng), widths: [22, 30, 28, 20] },
    { t: 'h2', text: '2.1 Controls Selected for the Annual Assessment' },
    { t: 'table', rows: [['Control', 'Title', 'Reason for Selection'], ...controls.map((x) => [x.id, x.title, rng.pick(['FedRAMP core control', 'Annual rotation (year 3 of 3)', 'Changed since last assessment', 'Related to open POA&M item', 'FedRAMP core control'])])], widths: [12, 48, 40] },
    { t: 'h1', text: '3. Assumptions' },
    { t: 'bullets', items: ['The CSP will provide credentials for authenticated scanning of all hosts in the Attachment 13 inventory.', 'The system will not undergo significant changes during the testing window.', 'Controls inherited from Azure Government will be verified for inheritance only.'] },
    { t: 'h1', text: '4. Methodology' },
    { t: 'p', text: 'Control testing follows NIST SP 800-53A using the FedRAMP test case workbook. Vulnerability scanning covers operating systems, databases and web applications. Penetration testing follows the FedRAMP Penetration Test Guidance and includes the tenant-to-tenant and external attack vectors.' },
    { t: 'p', text: sentences('CA', c, rng, 3) },
    { t: 'h1', text: '5. Test Plan' },
    { t: 'table', rows: [['Name', 'Role'], [c.threePaoLead, 'Assessment Lead'], ['Teodora Ilic', 'Senior Assessor'], ['Caleb Whitmore, OSCP, OSWE', 'Penetration Test Lead']] },
    { t: 'table', rows: [['Activity', 'Dates'], ['Kick-off', '03/17/2025'], ['Control testing', '03/17/2025 - 04/04/2025'], ['Scanning', '03/24/2025 - 03/28/2025'], ['Penetration testing', '03/31/2025 - 04/11/2025'], ['SAR delivery', '05/02/2025']] },
    { t: 'h1', text: '6. Rules of Engagement' },
    { t: 'p', text: 'Testing will originate from 203.0.113.40/29. The CSP will whitelist these addresses in the web application firewall for the duration of the test only. Testing windows are Monday to Friday, 07:00 to 19:00 Eastern. Destructive testing and denial-of-service tests are prohibited. Critical findings will be reported to the ISSO within one hour.' },
    { t: 'h2', text: '6.1 Signatures' },
    { t: 'table', rows: [['Name', 'Organization', 'Signature / Date'], [c.owner, c.csp, '/s/ 03/04/2025'], [c.threePaoLead, c.threePao, '/s/ 03/03/2025']] },
    { t: 'h1', text: 'Appendix A. Test Case Procedures (summary)' },
  ];
  for (const ctrl of controls.slice(0, 30)) {
    blocks.push({ t: 'h3', text: `${ctrl.id} ${ctrl.title}` });
    blocks.push({ t: 'p', text: `Examine: policy, procedures and records for ${ctrl.title.toLowerCase()}. Interview: control owner (${rng.pick(['ISSO', 'Platform Engineering', 'Security Operations'])}). Test: ${implementation(ctrl, c, rng)[0]?.text ?? ''}`, size: 9 });
  }
  const data = await makePdf({
    page: 'letter',
    meta: { title: 'Bluefin SAP 2025', author: 'Marcus Delacroix', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', created: new Date('2025-03-03T15:40:00Z'), modified: new Date('2025-03-03T15:40:00Z') },
    header: () => `${c.threePao} — Company Confidential`,
    footer: (n, t) => `Page ${n} of ${t}`,
    blocks,
  });
  return { file: 'doc-0988.pdf', expected: 'SAP', note: 'Bluefin annual Security Assessment Plan by the 3PAO, printed from Word: scope, controls selected for the annual assessment, methodology, rules of engagement.', data };
}

/** Quillon's annual SAP as OSCAL XML, from FedRAMP's SAP template. */
export async function quillonSapXml(): Promise<CorpusDoc> {
  const c = QUILLON;
  const raw = readFileSync(sharedFixture('gsa-fedramp-automation/templates/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  let data = raw
    .split('[SAMPLE]').join('')
    .split('[EXAMPLE]').join('')
    .split('[CSP Name]').join(c.csp)
    .split('[CSO Name]').join(c.cso)
    .split('[IA Name]').join(c.threePao)
    .split('[System Name]').join(c.cso);
  const fills: [string, string][] = [
    ['[Insert CSP Name]', c.csp], ['[Insert CSO Name]', c.cso], ['[FIPS-199 Level]', 'High'], ['[Choose One: AO/JAB]', 'AO'], ['[AO/JAB]', 'AO'],
    ['[yes/no]', 'yes'], ['[will/will not]', 'will'], ['[Version X.X]', 'Version 3.0'], ['[One: High/Moderate/ Low]', 'High'], ['[MM/DD/YYYY]', '04/14/2025'],
    ['[is for/also includes]', 'also includes'], ['[a significant change/several significant changes]', 'a significant change'], ['[Number of Days]', '5'],
    ['[Name of Person]', c.threePaoLead], ['[Insert vendor name and tool version]', 'Tenable Nessus Professional 10.8.3'], ['[Insert tool name]', 'Nessus Professional'],
    ['[Insert purpose of tool]', 'Authenticated infrastructure and database vulnerability scanning'], ['[Insert data center name]', 'Ashburn DC1'], ['[Insert address]', '21000 Atlantic Boulevard, Dulles, VA 20166'],
    ['[Insert Package ID]', 'F2203157702'], ['[Insert IA member name]', 'Teodora Ilic'], ['[Insert IA member role]', 'Senior Assessor'], ['[Insert Name]', c.isso], ['[Insert Role]', 'ISSO'], ['[Insert role]', 'ISSO'],
    ['[Insert task name]', 'Annual assessment testing window'], ['[Insert task start date]', '2025-05-05'], ['[Insert task end date]', '2025-05-23'], ['[Insert reason for exclusion]', 'Inherited from the leveraged colocation provider'],
    ['[Insert components]', 'hypervisor clusters, storage arrays, management network'], ['[Insert test name]', 'Tenant isolation test'], ['[Insert test ID]', 'PT-QFG-07'], ['[Insert test description text]', 'Attempt to reach another tenant network from a customer virtual machine.'],
  ];
  for (const [a, b] of fills) data = data.split(a).join(b);
  data = data.replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-04-14T12:00:00Z</last-modified>');
  return { file: 'scan_0219.xml', expected: 'SAP', note: 'Quillon OSCAL assessment-plan in XML (from the FedRAMP SAP template, placeholders filled); the file name misleadingly says scan.', data };
}

function riskExposureRows(rng: Rng, n: number): string[][] {
  const rows: string[][] = [['Identifier', 'Name', 'Source of Discovery', 'Description', 'Affected IP Address/Hostname/Database', 'Likelihood', 'Impact', 'Risk Exposure', 'Risk Statement', 'Recommendation', 'Status']];
  rng.sample(FINDINGS, n).forEach((f, i) => {
    rows.push([
      `${f.source === 'Scan' ? 'V' : f.source === 'Pen Test' ? 'PT' : 'T'}-${String(i + 1).padStart(3, '0')}`,
      f.name,
      f.source,
      f.description,
      f.asset === 'process' ? 'N/A (procedural)' : `10.${rng.int(20, 70)}.${rng.int(1, 9)}.${rng.int(10, 200)}`,
      f.risk,
      f.risk === 'Low' ? 'Low' : rng.pick(['Moderate', 'High']),
      f.risk,
      `If not remediated, the weakness could affect the ${f.asset === 'process' ? 'effectiveness of the control' : 'confidentiality or integrity of federal data'}.`,
      f.remediation,
      rng.pick(['Open', 'Open', 'Open', 'Remediated during testing']),
    ]);
  });
  return rows;
}

export async function kestrelSarDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-sar');
  const rows = riskExposureRows(rng, 11);
  const counts = { High: 0, Moderate: 0, Low: 0 } as Record<string, number>;
  rows.slice(1).forEach((r) => {
    const k = r[7] ?? 'Low';
    counts[k] = (counts[k] ?? 0) + 1;
  });
  const body: Block[] = [
    ...revisionHistory([
      ['07/11/2025', 'Draft SAR issued to CSP', '0.9', 'R. Castellanos'],
      ['07/21/2025', 'Draft 2 — CSP comments addressed, remediation validation added', '0.95', 'R. Castellanos'],
    ]),
    { t: 'p', text: 'DRAFT 2 — CLEAN COPY (track changes accepted)', bold: true },
    { t: 'h1', text: 'Executive Summary' },
    { t: 'p', text: `${c.threePao} performed an independent security assessment of ${c.cso} between June 2 and June 20, 2025, in accordance with the Security Assessment Plan approved on May 14, 2025. The assessment covered all ${'323'} controls and enhancements of the FedRAMP Rev. 5 Moderate baseline, vulnerability scanning of operating systems, databases and web applications, and penetration testing.` },
    { t: 'p', text: `The assessment identified ${rows.length - 1} risks: ${counts.High ?? 0} high, ${counts.Moderate ?? 0} moderate and ${counts.Low ?? 0} low. No critical vulnerabilities or evidence of compromise were identified. All risks are listed in the Risk Exposure Table in Appendix A and must be tracked in the CSP's Plan of Action and Milestones.` },
    { t: 'h1', text: '1 Introduction' },
    { t: 'h2', text: '1.1 Purpose' },
    { t: 'p', text: 'This Security Assessment Report documents the results of the assessment, the risks identified, and the 3PAO authorization recommendation to the authorizing official. It is prepared in accordance with the FedRAMP SAR template and the FedRAMP SAR Guidance.' },
    { t: 'h2', text: '1.2 Scope' },
    { t: 'p', text: `The assessment scope matches the SAP: the ${c.short} authorization boundary as described in SSP version 2.3, including 112 inventory items of which 47 were scanned in full and the remainder sampled according to the FedRAMP sampling methodology.` },
    { t: 'h1', text: '2 System Overview' },
    { t: 'p', text: `${c.cso} is a Moderate impact SaaS hosted in ${c.cloud}. ${sentences('SC', c, rng, 2)}` },
    { t: 'h1', text: '3 Assessment Methodology' },
    { t: 'h2', text: '3.1 Perform Tests' },
    { t: 'p', text: 'Test cases from the FedRAMP Rev. 5 test case workbook were executed for each control objective. Results were recorded as Satisfied or Other Than Satisfied with the supporting evidence reference.' },
    { t: 'h2', text: '3.2 Identification of Vulnerabilities' },
    { t: 'p', text: 'Vulnerabilities were identified through authenticated scanning with Nessus, DAST with Burp Suite Professional and OWASP ZAP, database configuration scanning against the CIS PostgreSQL benchmark, and manual testing.' },
    { t: 'h2', text: '3.3 Consideration of Threats' },
    { t: 'p', text: 'Threat sources were considered according to NIST SP 800-30, including adversarial threats from external attackers and malicious tenants, accidental misconfiguration by operators, and structural failures.' },
    { t: 'h2', text: '3.4 Perform Risk Analysis' },
    { t: 'p', text: 'Likelihood and impact were rated on a Low/Moderate/High scale and combined into a risk exposure. Risk adjustments were considered only where mitigating factors were verified by the assessors.' },
    { t: 'h1', text: '4 Security Assessment Results' },
    { t: 'table', rows: [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '1', '2', '1', '1', '1', String(counts.High ?? 0)], ['Moderate', '2', '2', '1', '0', '0', String(counts.Moderate ?? 0)], ['Low', '2', '0', '1', '0', '0', String(counts.Low ?? 0)]] },
    { t: 'h2', text: '4.1 Risks Corrected During Testing' },
    { t: 'p', text: 'Risks marked "Remediated during testing" were validated by the assessors before the end of the testing window and are reported for completeness.' },
    { t: 'h2', text: '4.2 Risks with Mitigating Factors' },
    { t: 'p', text: 'No risk adjustments were made in this assessment.' },
    { t: 'h2', text: '4.3 Risks Remaining Due to Operational Requirements' },
    { t: 'p', text: 'None identified.' },
    { t: 'h1', text: '5 Non-Conforming Controls' },
    { t: 'p', text: 'Controls with at least one Other Than Satisfied test result are listed in the risk exposure table with their associated control identifiers.' },
    { t: 'h1', text: '6 Authorization Recommendation' },
    { t: 'p', text: `A total of ${rows.length - 1} system risks were identified for ${c.cso}. Of these, ${counts.High ?? 0} are high, ${counts.Moderate ?? 0} are moderate and ${counts.Low ?? 0} are low. Priority should be given to the high and moderate risks. Based on the results of this assessment and provided that the high risks are remediated within thirty days and tracked in the POA&M, ${c.threePao} attests that the system meets the FedRAMP Moderate requirements and recommends that ${c.cso} be granted an Authority to Operate by the ${c.agency}.` },
    { t: 'kv', rows: [['3PAO Assessment Lead', c.threePaoLead], ['Signature', '________________________'], ['Date', '07/21/2025']] },
    { t: 'break' },
    { t: 'h1', text: 'Appendix A Risk Exposure Table' },
    { t: 'table', rows, widths: [6, 12, 8, 18, 10, 6, 6, 6, 10, 12, 6] },
    { t: 'h1', text: 'Appendix B Documentation Reviewed' },
    { t: 'bullets', items: ['KGA System Security Plan v2.3 and Appendices C through P', 'KGA Information System Contingency Plan v1.4 and CP test report', 'KGA Configuration Management Plan v2.0', 'KGA Incident Response Plan v1.6', 'KGA Integrated Inventory Workbook, May 2025'] },
    { t: 'h1', text: 'Appendix C Auxiliary Documents' },
    { t: 'p', text: 'Raw scan files (.nessus), Burp Suite project exports and the penetration test evidence package are delivered separately through the encrypted evidence portal.' },
  ];
  const data = await makeDocx({
    seed: 'kestrel-sar',
    headings: 'bold',
    core: { title: 'KGA SAR', creator: 'Renee Castellanos', lastModifiedBy: 'Renee Castellanos', revision: 9, created: '2025-07-02T12:00:00Z', modified: '2025-07-21T22:05:00Z' },
    cover: [
      { t: 'spacer', lines: 4 },
      { t: 'p', text: c.threePao, align: 'center', size: 14 },
      { t: 'title', text: 'Security Assessment Report (SAR)', size: 26 },
      { t: 'title', text: `${c.cso} — FedRAMP Moderate Initial Assessment`, size: 16 },
      { t: 'p', text: 'Version 0.95 (Draft 2) — July 21, 2025', align: 'center' },
      { t: 'break' },
    ],
    header: 'CUI // Assessment Sensitive — Do Not Distribute',
    body,
  });
  return { file: 'Kestrel SAR draft 2 - clean.docx', expected: 'SAR', note: 'Kestrel Security Assessment Report draft by the 3PAO: executive summary, methodology, risk summary, authorization recommendation and risk exposure table.', data };
}

export async function bluefinSarPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-sar');
  const controls = pickControls(rng, 110);
  const rows = riskExposureRows(rng, 14);
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 140 },
    { t: 'title', text: c.cso, size: 24 },
    { t: 'title', text: 'Security Assessment Report', size: 24 },
    { t: 'p', text: '2025 Annual Assessment — FedRAMP High', center: true, size: 13 },
    { t: 'p', text: `Prepared by ${c.threePao}`, center: true },
    { t: 'p', text: 'May 2, 2025', center: true },
    { t: 'break' },
    { t: 'h1', text: 'Executive Summary' },
    { t: 'p', text: `${c.threePao} performed the 2025 annual assessment of ${c.cso} between March 17 and April 11, 2025, according to the Security Assessment Plan version 1.1. ${rows.length - 1} risks were identified. The assessment team tested ${controls.length} controls selected according to the FedRAMP annual assessment guidance, performed authenticated vulnerability scans of all inventory items, and performed penetration testing.` },
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: 'This report documents the results of the annual assessment and the risk exposure of the system, and provides the 3PAO recommendation on continued authorization.' },
    { t: 'h1', text: '2. Assessment Methodology' },
    { t: 'p', text: 'Each control was tested with the methods of NIST SP 800-53A. Findings were rated for likelihood and impact according to NIST SP 800-30 and the FedRAMP risk exposure scale.' },
    { t: 'h1', text: '3. Summary of Results by Control' },
    { t: 'table', rows: [['Control', 'Title', 'Result', 'Finding Ref.'], ...controls.map((x) => [x.id, x.title, rng.chance(0.9) ? 'Satisfied' : 'Other Than Satisfied', rng.chance(0.9) ? '-' : `T-${String(rng.int(1, 14)).padStart(3, '0')}`])], widths: [12, 50, 22, 16] },
    { t: 'h1', text: '4. Detailed Test Results' },
  ];
  for (const ctrl of controls.slice(0, 60)) {
    blocks.push({ t: 'h3', text: `${ctrl.id} ${ctrl.title}` });
    blocks.push({ t: 'p', text: `Assessment objective: ${ctrl.parts[0]?.prose ?? ctrl.title}`, size: 9 });
    blocks.push({ t: 'p', text: `Observation: ${implementation(ctrl, c, rng).map((p) => p.text).join(' ')} Evidence reviewed: ${rng.pick(['configuration export dated 03/21/2025', 'ServiceNow change sample CHG0041127-CHG0041173', 'Sentinel analytics rule export', 'interview with the ISSO on 03/19/2025', 'Entra ID sign-in logs for sampled users'])}.`, size: 9 });
  }
  blocks.push({ t: 'h1', text: '5. Authorization Recommendation' });
  blocks.push({ t: 'p', text: `Based on the results of the annual assessment, ${c.threePao} recommends that the ${c.agency} continue the authorization of ${c.cso}, provided that the open high risks are remediated within thirty days and all risks are tracked in the POA&M.` });
  blocks.push({ t: 'h1', text: 'Appendix A. Risk Exposure Table' });
  blocks.push({ t: 'table', rows: rows.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[7] ?? '', r[9] ?? '', r[10] ?? '']), widths: [8, 16, 10, 28, 8, 22, 8], size: 7 });
  const data = await makePdf({
    page: 'letter',
    meta: { author: 'Cobalt Ridge Assessments', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', created: new Date('2025-05-02T13:00:00Z'), modified: new Date('2025-05-02T13:00:00Z') },
    header: () => `${c.short} 2025 Annual Assessment | ${c.threePao}`,
    headerFromPage: 2,
    footer: (n, t) => `CUI                                                             ${n} / ${t}`,
    blocks,
  });
  return { file: 'BRV_Annual_Assessment_2025.pdf', expected: 'SAR', note: 'Bluefin annual Security Assessment Report (3PAO) as PDF: title on page 1 only, long per-control results, authorization recommendation and risk exposure table.', data };
}

export async function quillonSarJson(): Promise<CorpusDoc> {
  const c = QUILLON;
  const raw = readFileSync(sharedFixture('gsa-fedramp-automation/templates/FedRAMP-SAR-OSCAL-Template.json'), 'utf8');
  const filled = raw
    .split('[SAMPLE]').join('')
    .split('[EXAMPLE]').join('')
    .split('[IA Name]').join(c.threePao)
    .split('[System Name]').join(c.cso)
    .split('[significant change/significant changes]').join('significant change')
    .split('[list significant changes not approved for authorization]').join('none')
    .split('[list significant changes approved for authorization]').join('managed Kubernetes service (SCR-2025-03)')
    .split('[FIPS-199 Level]').join('High');
  const doc = JSON.parse(filled) as { 'assessment-results': { metadata: Record<string, unknown> } };
  doc['assessment-results'].metadata.title = `${c.cso} Security Assessment Report — 2025 Annual Assessment`;
  doc['assessment-results'].metadata['last-modified'] = '2025-06-09T17:45:00Z';
  return { file: 'results-final.json', expected: 'SAR', note: 'Quillon OSCAL assessment-results (Security Assessment Report) in JSON, from the FedRAMP SAR template with the placeholders filled.', data: JSON.stringify(doc) };
}

export { riskExposureRows };
