/** 3PAO deliverables: Security Assessment Plans and Security Assessment Reports (docx, PDF, OSCAL). */
import type { Block } from '../kit.js';
import { b, buildDocx, buildPdf, bullets, center, h1, h2, p, pageBreak, ps, table, title } from '../kit.js';
import {
  AGENCY,
  approvals,
  autoToc,
  BRIGHTLINE_PREPARED,
  CSO,
  CSO_ABBR,
  CSP,
  distribution,
  MERIDIAN_PREPARED,
  preparedTable,
  proprietaryNotice,
  revisionHistory,
  TPAO,
} from '../frontmatter.js';
import type { EvalDoc } from '../types.js';
import { fixtureText } from '../types.js';

const TPAO_SIGNERS: (readonly [string, string])[] = [
  ['Dana Whitfield, CISSP', 'Assessment Lead, Brightline Assurance Partners'],
  ['Rafael Ortiz', 'Penetration Test Lead, Brightline Assurance Partners'],
  ['Claire Beaumont', 'Quality Assurance Reviewer, Brightline Assurance Partners'],
];

const TPAO_REVS = [
  { date: '2026-05-04', version: '0.9', description: 'Draft issued to CSP for factual accuracy review.', author: 'D. Whitfield' },
  { date: '2026-05-18', version: '1.0', description: 'Incorporated CSP comments on inventory sampling and testing windows.', author: 'D. Whitfield' },
  { date: '2026-06-02', version: '1.1', description: 'Agency comments (AO staff) addressed: added database sampling rationale.', author: 'C. Beaumont' },
];

const SAP_SECTIONS = [
  '1 Introduction',
  '1.1 Applicable Laws, Regulations, Standards and Guidance',
  '1.2 Purpose',
  '2 Scope',
  '2.1 Controls Tested',
  '2.2 Assumptions',
  '3 Methodology',
  '3.1 Control Testing',
  '3.2 Data Gathering',
  '3.3 Sampling',
  '3.4 Penetration Test',
  '4 Test Plan',
  '4.1 Security Assessment Team',
  '4.2 CSP Testing Points of Contact',
  '4.3 Testing Performed Using Automated Tools',
  '4.4 Testing Schedule',
  '5 Rules of Engagement',
  '5.1 Disclosures',
  '5.2 End of Testing',
  '5.3 Communication of Test Results',
  '6 Signatures',
];

function sapBody(annual: boolean): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Security Assessment Plan (SAP) has been developed by ${TPAO} for the ${annual ? 'annual assessment' : 'initial FedRAMP Moderate assessment'} of ${CSO} (${CSO_ABBR}), a software-as-a-service offering of ${CSP}. The plan describes the scope of the assessment, the assessment methodology, the test plan and the rules of engagement that govern testing. It is submitted for approval by the sponsoring agency, the ${AGENCY}, before testing begins.`),
    h2('1.1 Applicable Laws, Regulations, Standards and Guidance'),
    bullets(
      'NIST SP 800-53 Revision 5, Security and Privacy Controls for Information Systems and Organizations',
      'NIST SP 800-53A Revision 5, Assessing Security and Privacy Controls',
      'NIST SP 800-115, Technical Guide to Information Security Testing and Assessment',
      'FedRAMP Penetration Test Guidance and the FedRAMP Rev 5 Moderate baseline',
    ),
    h2('1.2 Purpose'),
    p('The purpose of this plan is to obtain agreement between the CSP, the sponsoring agency and the 3PAO on what will be tested, how it will be tested and when. The results will be documented in the Security Assessment Report (SAR), which will include a risk exposure table and an authorization recommendation.'),
    h1('2 Scope'),
    p(`The assessment covers the ${CSO} authorization boundary described in Section 9 of the System Security Plan, version 4.2, dated September 8, 2026. Inventory items in scope are taken from the Integrated Inventory Workbook dated August 31, 2026. The production environment resides in AWS GovCloud (US-West) and AWS GovCloud (US-East).`),
    table([
      ['Location', 'Components', 'Purpose'],
      ['AWS GovCloud (US-West)', 'EKS cluster mwc-prod-w, RDS PostgreSQL, ALB/WAF', 'Primary production'],
      ['AWS GovCloud (US-East)', 'EKS cluster mwc-prod-e, RDS read replica', 'Warm standby / recovery'],
      ['Corporate SOC (Reston, VA)', 'Splunk forwarders, jump hosts', 'Monitoring and administration'],
    ]),
    h2('2.1 Controls Tested'),
    p(annual
      ? 'For this annual assessment, the 3PAO will test the FedRAMP core controls, all controls changed since the last assessment (including those affected by SCR-2026-03), controls with open POA&M items, and one third of the remaining controls according to the three-year rotation agreed with the agency.'
      : 'All 323 controls and enhancements of the FedRAMP Rev 5 Moderate baseline will be tested, including the controls the CSP identified as inherited from AWS GovCloud (US) and Okta for Government.'),
    h2('2.2 Assumptions'),
    bullets(
      'The CSP will provide access to personnel, documentation and systems on the agreed schedule.',
      'The system will be frozen from a development perspective during the testing window; emergency changes will be communicated to the 3PAO in advance.',
      'Security controls inherited from leveraged FedRAMP authorizations will not be retested; their package documents will be reviewed.',
    ),
    h1('3 Methodology'),
    h2('3.1 Control Testing'),
    p('Controls will be assessed using the examine, interview and test methods of NIST SP 800-53A. Test cases from the FedRAMP Security Requirements Traceability Matrix (SRTM) workbook will be used; each assessment objective will be recorded as satisfied or other than satisfied.'),
    h2('3.2 Data Gathering'),
    p('Evidence will be collected through screen sharing sessions, configuration exports, interviews with control owners and observation of processes. Evidence is stored in the 3PAO\'s FedRAMP-authorized evidence repository for the duration required by the FedRAMP 3PAO obligations.'),
    h2('3.3 Sampling'),
    p('Vulnerability scanning will be performed on 100% of the inventory. Where control testing samples are needed (for example, account reviews or change tickets), the sample size follows the FedRAMP sampling methodology: populations larger than 50 are sampled at 25 items or 10%, whichever is greater.'),
    h2('3.4 Penetration Test'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack vectors, the web application and API (authenticated and unauthenticated), the mobile application, social engineering (phishing of administrators), simulated internal attack from a compromised tenant, and the management plane.'),
    h1('4 Test Plan'),
    h2('4.1 Security Assessment Team'),
    table([['Name', 'Role', 'Contact'], ['Dana Whitfield', 'Assessment Lead', 'dwhitfield@brightline-ap.example'], ['Rafael Ortiz', 'Penetration Test Lead', 'rortiz@brightline-ap.example'], ['Mei Tanaka', 'Assessor', 'mtanaka@brightline-ap.example']]),
    h2('4.2 CSP Testing Points of Contact'),
    table([['Name', 'Role', 'Contact'], ['Samantha Raman', 'ISSO', 'samantha.raman@meridian-global.example'], ['Jun Park', 'Technical POC', 'jun.park@meridian-global.example']]),
    h2('4.3 Testing Performed Using Automated Tools'),
    table([['Tool Name', 'Vendor', 'Purpose'], ['Nessus Professional 10.8', 'Tenable', 'Authenticated OS and database vulnerability and configuration scans'], ['Burp Suite Professional 2026.6', 'PortSwigger', 'Web application and API testing'], ['Nmap 7.95', 'Open Source', 'Port and service discovery']]),
    h2('4.4 Testing Schedule'),
    table([['Task', 'Start', 'Finish'], ['Kick-off meeting', '2026-06-08', '2026-06-08'], ['Documentation review and interviews', '2026-06-09', '2026-06-19'], ['Vulnerability scanning', '2026-06-15', '2026-06-17'], ['Penetration testing', '2026-06-15', '2026-06-26'], ['Out-brief', '2026-06-30', '2026-06-30'], ['Draft SAR delivery', '2026-07-17', '2026-07-17']]),
    h1('5 Rules of Engagement'),
    p('Testing will be performed only from the 3PAO source IP addresses listed below during the agreed testing windows. Denial-of-service testing, destructive testing and testing of customer tenant data other than the 3PAO test tenants are prohibited. The 3PAO will stop testing immediately if a critical vulnerability exposing federal data is identified, and will notify the ISSO by phone within one hour.'),
    table([['Source IP', 'Purpose'], ['198.51.100.24', 'External penetration testing'], ['198.51.100.25', 'Vulnerability scanning']]),
    h2('5.1 Disclosures'),
    p('Any testing will be done with the knowledge and consent of the CSP and the agency. The 3PAO will not disclose findings outside the parties named in this plan.'),
    h2('5.2 End of Testing'),
    p('The 3PAO will notify the CSP when testing is complete and will remove all tools, accounts and artifacts placed on the system.'),
    h2('5.3 Communication of Test Results'),
    p('Critical and high findings will be communicated within one business day. All results will be presented at the out-brief and documented in the SAR.'),
    h1('6 Signatures'),
    p('The undersigned agree to the scope, methodology and rules of engagement of this Security Assessment Plan.'),
    table([['Role', 'Name', 'Signature / Date'], ['CSP System Owner', 'Marcus Delgado', ''], ['3PAO Assessment Lead', 'Dana Whitfield', ''], ['Agency Authorizing Official', 'Thomas Ekwueme', '']]),
  ];
}

async function sapDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(`${TPAO} | Proprietary`, false),
    title(CSO_ABBR, 16),
    title('Security Assessment Plan', 26),
    center('Annual Assessment 2026', true),
    center('Version 1.1 | June 2, 2026'),
    ...preparedTable(BRIGHTLINE_PREPARED, MERIDIAN_PREPARED),
    pageBreak,
    ...revisionHistory(TPAO_REVS),
    ...approvals(TPAO_SIGNERS),
    pageBreak,
    ...autoToc(SAP_SECTIONS, 5, 1),
    ...sapBody(true),
  ];
  const data = await buildDocx(
    blocks,
    { title: 'FedRAMP Security Assessment Report (SAR) Template', creator: 'Dana Whitfield', company: TPAO },
    { header: `${CSO} Security Assessment Plan`, footer: 'Brightline Assurance Partners - Proprietary and Confidential', pageNumbers: true },
  );
  return {
    file: 'SAR-draft.docx',
    expected: 'SAP',
    data,
    note: 'Annual-assessment SAP by the 3PAO (scope, methodology, test plan, rules of engagement); misleading file name and stale SAR template metadata title.',
  };
}

async function sapPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...proprietaryNotice(TPAO),
    table([['Document', `FedRAMP Security Assessment Plan (SAP) for ${CSO}`], ['Assessment type', 'Initial Agency Authorization - Moderate'], ['Version', '1.0'], ['Date', 'March 3, 2025']], false),
    ...preparedTable(BRIGHTLINE_PREPARED, MERIDIAN_PREPARED),
    pageBreak,
    ...revisionHistory(TPAO_REVS.slice(0, 2)),
    pageBreak,
    ...autoToc(SAP_SECTIONS, 4, 1),
    ...sapBody(false),
  ];
  const data = await buildPdf(
    blocks,
    { title: undefined, creator: 'dwhitfield' },
    { header: 'Brightline Assurance Partners', footer: 'Proprietary', pageNumbers: true, headings: 'bold' },
  );
  return {
    file: 'Brightline_MWC_2025.pdf',
    expected: 'SAP',
    data,
    note: 'Initial-assessment SAP printed to PDF; title only in a cover table, no metadata title.',
  };
}

function sapOscalXml(): EvalDoc {
  let xml = fixtureText('oscal/FedRAMP-SAP-OSCAL-Template.xml');
  xml = xml.replace('<title>[System Name] FedRAMP Security Assessment Plan (SAP)</title>', '<title>Halcyon Records Exchange 2026 Annual Security Assessment Plan</title>');
  xml = xml.replace(/<back-matter>[\s\S]*<\/back-matter>/, '');
  xml = xml.replace(/\[System Name\]/g, 'Halcyon Records Exchange');
  return {
    file: 'ap-hrx.xml',
    expected: 'SAP',
    data: xml,
    note: 'OSCAL XML assessment-plan from the FedRAMP template, retitled for another system and with back-matter removed.',
  };
}

const RISK_TABLE: string[][] = [
  ['Identifier', 'Name', 'Source of Discovery', 'Initial Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'Operational Requirement', 'False Positive'],
  ['V-01', 'Outdated OpenSSL on bastion image', 'Nessus plugin 192964', 'High', 'High', 'No', 'No', 'No'],
  ['V-02', 'TLS 1.0 enabled on legacy payroll SFTP endpoint', 'Nessus plugin 104743', 'Moderate', 'Moderate', 'No', 'No', 'No'],
  ['W-01', 'Stored cross-site scripting in report title field', 'Burp Suite / manual', 'Moderate', 'Moderate', 'No', 'No', 'No'],
  ['D-01', 'PostgreSQL log_connections disabled on read replica', 'Nessus compliance audit', 'Low', 'Low', 'No', 'No', 'No'],
  ['C-01', 'AC-2(j) privileged account review evidence incomplete for April', 'Interview / examine', 'Moderate', 'Low', 'Yes', 'No', 'No'],
  ['C-02', 'CP-4 contingency plan test did not include secondary region failover', 'Examine', 'Moderate', 'Moderate', 'No', 'No', 'No'],
  ['P-01', 'Tenant isolation bypass via predictable export IDs (fixed during testing)', 'Penetration test', 'High', 'N/A - closed', 'No', 'No', 'No'],
];

function sarBody(): Block[] {
  return [
    h1('1 Executive Summary'),
    p(`${TPAO} performed the annual assessment of ${CSO} between June 8 and June 30, 2026 in accordance with the Security Assessment Plan version 1.1 approved by the ${AGENCY} on June 5, 2026. This Security Assessment Report documents the results of the control testing, vulnerability scanning and penetration testing and provides the 3PAO's authorization recommendation.`),
    p('In total 121 controls were tested. The assessment identified 7 risks: 1 high, 4 moderate and 2 low. One high risk identified during penetration testing was remediated and validated before the end of testing. The remaining risks are tracked in the CSP\'s Plan of Action and Milestones.'),
    h1('2 Purpose'),
    p('This report describes the risks identified during the assessment, the risk exposure of the system and the actions taken or planned to correct the weaknesses. It supports the agency\'s decision on continued authorization.'),
    h1('3 System Overview'),
    p(`${CSO} is a FedRAMP Moderate SaaS hosted in AWS GovCloud (US). The system boundary, components and data flows are as described in the SSP version 4.2.`),
    h1('4 Assessment Methodology'),
    p('The methodology follows NIST SP 800-53A Rev 5 and is described in the SAP. Deviations from the SAP: the mobile application penetration test was descoped by agreement because the mobile client was retired in May 2026 (see SCR-2026-02).'),
    h1('5 Security Assessment Results'),
    p('The risk exposure table below lists every open and closed risk identified during the assessment, with the initial and adjusted risk ratings. Risk ratings follow the FedRAMP risk-rating scale (High, Moderate, Low).'),
    b('Table 5-1. Risk Exposure Table'),
    table(RISK_TABLE),
    h2('5.1 Summary of Risks by Source'),
    table([['Source', 'High', 'Moderate', 'Low', 'Total'], ['Vulnerability scans', '1', '1', '1', '3'], ['Web application testing', '0', '1', '0', '1'], ['Control testing', '0', '2', '0', '2'], ['Penetration test', '1', '0', '0', '1'], ['Total', '2', '4', '1', '7']]),
    h2('5.2 Risks Corrected During Testing'),
    p('P-01 (tenant isolation bypass) was corrected during testing by replacing sequential export identifiers with random UUIDs and enforcing tenant ownership checks. The 3PAO validated the fix on June 24, 2026.'),
    h2('5.3 Risks with Vendor Dependencies'),
    p('None of the open risks have vendor dependencies.'),
    h1('6 Non-Conforming Controls'),
    p('Controls AC-2(j) and CP-4 are partially satisfied. The test case results for each assessment objective are included in Appendix A (Security Requirements Traceability Matrix).'),
    h1('7 Authorization Recommendation'),
    p(`${TPAO} attests that the security controls of ${CSO} were assessed in accordance with FedRAMP requirements and that the results in this report accurately reflect the security posture of the system. Based on the results of this assessment, and the CSP's commitment to remediate the open risks within FedRAMP timeframes, ${TPAO} recommends that the ${AGENCY} continue the authorization of ${CSO}. The system has no open high risks that are not scheduled for remediation within 30 days.`),
    h1('8 Attestation'),
    table([['Role', 'Name', 'Signature / Date'], ['3PAO Assessment Lead', 'Dana Whitfield', '/s/ 2026-07-17'], ['3PAO Managing Director', 'Anthony Mireles', '/s/ 2026-07-17']]),
    h1('Appendix B Vulnerability Scan Summary'),
    p('Authenticated scans were run against 148 hosts, 9 databases and 4 web applications. Credentialed access succeeded on 100% of the operating system targets. Raw scan files (.nessus) and Burp reports are delivered separately in the evidence package.'),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Security Assessment Report', 26),
    center(`${CSO} (${CSO_ABBR}) - 2026 Annual Assessment`, true),
    center('FedRAMP Rev 5 Moderate | Version 1.0 | July 17, 2026'),
    ...preparedTable(BRIGHTLINE_PREPARED, MERIDIAN_PREPARED),
    ...proprietaryNotice(TPAO),
    pageBreak,
    ...revisionHistory([{ date: '2026-07-17', version: '1.0', description: 'Final SAR delivered to CSP and agency.', author: 'D. Whitfield' }, ...TPAO_REVS.slice(0, 1)]),
    ...distribution([[AGENCY, 'Authorizing Official'], [CSP, 'System Owner, ISSO'], ['FedRAMP PMO', 'Secure repository']]),
    pageBreak,
    ...autoToc(['1 Executive Summary', '2 Purpose', '3 System Overview', '4 Assessment Methodology', '5 Security Assessment Results', '5.1 Summary of Risks by Source', '5.2 Risks Corrected During Testing', '6 Non-Conforming Controls', '7 Authorization Recommendation', '8 Attestation'], 4),
    ...sarBody(),
  ];
  const data = await buildDocx(
    blocks,
    { title: 'MWC_SAR_2026_v1.0', creator: 'Dana Whitfield', company: TPAO },
    { header: 'Brightline Assurance Partners | FedRAMP SAR', pageNumbers: true },
  );
  return { file: 'Final_v7.docx', expected: 'SAR', data, note: 'Annual SAR with risk exposure table and authorization recommendation; neutral file name.' };
}

async function sarPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(`${TPAO}`, true),
    center('1200 Wilson Boulevard, 14th Floor, Arlington, VA 22209'),
    ...ps(
      '',
      `FedRAMP Security Assessment Report - ${CSO} (Initial Authorization)`,
      'Report date: April 28, 2025. Assessment window: March 17 - April 4, 2025. Version 2.0 (final).',
    ),
    ...revisionHistory([{ date: '2025-04-11', version: '1.0', description: 'Draft SAR', author: 'D. Whitfield' }, { date: '2025-04-28', version: '2.0', description: 'Final after agency review', author: 'D. Whitfield' }]),
    pageBreak,
    ...sarBody().map((blk) => (blk.t === 'p' ? { ...blk, text: blk.text.replace('annual assessment', 'initial assessment').replace('June 8 and June 30, 2026', 'March 17 and April 4, 2025') } : blk)),
  ];
  const data = await buildPdf(blocks, { title: 'Microsoft Word - SAR_final_v2.docx', creator: 'Brightline' }, { header: `SAR - ${CSO}`, footer: 'Brightline Proprietary', pageNumbers: true, headings: 'bold' });
  return { file: 'report_final (2).pdf', expected: 'SAR', data, note: 'Initial-authorization SAR printed to PDF, letterhead first, metadata title the Word print-job name.' };
}

function sarOscalJson(): EvalDoc {
  const doc = JSON.parse(fixtureText('oscal/FedRAMP-SAR-OSCAL-Template.json')) as { 'assessment-results': Record<string, unknown> };
  const ar = doc['assessment-results'];
  const meta = ar.metadata as Record<string, unknown>;
  meta.title = 'Northwind Case Manager - Security Assessment Results, Annual 2026';
  meta.version = '1.0';
  meta['last-modified'] = '2026-07-20T10:00:00.000-05:00';
  ar.results = (ar.results as unknown[]).slice(0, 1);
  delete ar['back-matter'];
  const text = JSON.stringify(doc).replace(/\[System Name\]/g, 'Northwind Case Manager');
  return { file: 'results.json', expected: 'SAR', data: text, note: 'OSCAL JSON assessment-results from the FedRAMP SAR template, renamed system, one result, minified, no back-matter.' };
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  return [await sapDocx(), await sapPdf(), sapOscalXml(), await sarDocx(), await sarPdf(), sarOscalJson()];
}
