/** 3PAO deliverables: Security Assessment Plans and Reports (prose and OSCAL). */
import type { CorpusDoc } from '../kit/corpus.js';
import { renderDocx } from '../kit/docx.js';
import { approvals, bold, bullets, distribution, h1, h2, legalNotice, p, pagebreak, revisionHistory, table, toc } from '../kit/front.js';
import type { Block } from '../kit/model.js';
import { renderPdf } from '../kit/pdf.js';
import { seeded, uuid } from '../kit/rand.js';
import { AGENCY, CSO, CSO2, CSO2_SHORT, CSO_SHORT, CSP, CSP2, TPAO, person, readFixture } from './org.js';
import { sortKeys } from './ssp.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function sapBody(): Block[] {
  return [
    h1('1 Introduction'),
    p(`${TPAO} (the 3PAO) has been engaged by ${CSP} to perform the annual security assessment of ${CSO} (${CSO_SHORT}) in accordance with the FedRAMP Continuous Monitoring requirements. This Security Assessment Plan (SAP) describes the scope, methodology, schedule and rules of engagement for the assessment. The results will be reported in the Security Assessment Report (SAR).`),
    h2('1.1 Applicable Laws, Regulations, Standards and Guidance'),
    p('The assessment follows NIST SP 800-53A Rev. 5 assessment procedures, the FedRAMP Security Assessment Plan and Report guidance, and the FedRAMP Penetration Test Guidance.'),
    h1('2 Scope'),
    p(`The assessment covers the authorization boundary described in the ${CSO_SHORT} System Security Plan v3.2 dated 2025-03-14, including the controls selected for the annual assessment (the core controls, controls changed since the last assessment and one third of the remaining controls).`),
    table([['Component', 'Location', 'Count'], ['EKS worker nodes (Amazon Linux 2023)', 'us-gov-west-1', '18'], ['RDS PostgreSQL instances', 'us-gov-west-1', '3'], ['Web application (app.lcmc.larkspur.example)', 'Internet-facing', '1'], ['Management accounts', 'AWS Organizations', '4']]),
    h2('2.1 Controls to be Tested'),
    p('The list of controls and enhancements selected for testing appears in Appendix A, with the test case workbook reference for each.'),
    h1('3 Assumptions'),
    bullets('The CSP will provide access to personnel, documentation and the environment according to the schedule in Section 5.', 'The system configuration is frozen for the duration of testing; no significant changes will be deployed.', 'Credentials for authenticated scanning will be provided before on-site testing begins.'),
    h1('4 Methodology'),
    p('Each control is assessed with the examine, interview and test methods defined in NIST SP 800-53A. Evidence is sampled using the FedRAMP sampling methodology. Vulnerability scans (operating system, database and web application) are performed by the 3PAO with its own tools; the CSP\'s scan results are not relied upon.'),
    h2('4.1 Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, corporate to CSP management system and mobile application (not applicable).'),
    h1('5 Test Plan'),
    table([['Activity', 'Start', 'End'], ['Kick-off meeting', '2025-04-07', '2025-04-07'], ['Documentation review', '2025-04-07', '2025-04-18'], ['Interviews and control testing', '2025-04-14', '2025-04-25'], ['Vulnerability scanning', '2025-04-14', '2025-04-18'], ['Penetration testing', '2025-04-21', '2025-05-02'], ['SAR delivery', '2025-05-23', '2025-05-23']]),
    h2('5.1 Assessment Team'),
    table([['Name', 'Role', 'Contact'], [person('tpaoLead')[0], 'Assessment Lead', 'rcastellanos@bastion-assurance.example'], ['Owen Pak', 'Penetration Tester', 'opak@bastion-assurance.example'], ['Lydia Frame', 'Assessor', 'lframe@bastion-assurance.example']]),
    h1('6 Rules of Engagement'),
    p('Testing is performed from the 3PAO IP ranges 198.51.100.0/28 only, Monday to Friday 08:00–20:00 Eastern. Denial-of-service and social engineering of customer personnel are out of scope. Sensitive data encountered is not exfiltrated. The CSP\'s security operations center is notified before testing starts and may stop testing by calling the Assessment Lead.'),
    table([['Disclosure / Stop-test contact', 'Name', 'Phone'], ['CSP', person('isso')[0], '(703) 555-0148'], ['3PAO', person('tpaoLead')[0], '(571) 555-0193']]),
    h1('7 Signatures'),
    ...approvals([person('tpaoLead'), person('owner'), [`${AGENCY} AO Designee`, 'Agency Authorizing Official']], 'By signing, the parties agree to the scope, methodology and rules of engagement of this Security Assessment Plan.'),
    h1('Appendix A – Controls Selected for Testing'),
    table([['Control', 'Method', 'Test case ref.'], ['AC-2', 'Examine, Interview, Test', 'TC-AC-02'], ['CA-7', 'Examine, Interview', 'TC-CA-07'], ['CM-6', 'Examine, Test', 'TC-CM-06'], ['RA-5', 'Examine, Test', 'TC-RA-05'], ['SI-2', 'Examine, Test', 'TC-SI-02']]),
  ];
}

function sarBody(system: string, short: string): Block[] {
  return [
    h1('Executive Summary'),
    p(`${TPAO} performed an independent security assessment of ${system} (${short}) between January 13 and February 7, 2025, according to the Security Assessment Plan approved by ${AGENCY} on January 8, 2025. This Security Assessment Report (SAR) documents the results, the risks identified and the 3PAO's authorization recommendation.`),
    h1('1 Assessment Scope and Methodology'),
    p('Testing used the examine, interview and test methods of NIST SP 800-53A Rev. 5 against 325 controls and enhancements of the FedRAMP Moderate baseline, authenticated vulnerability scans of all in-scope hosts, databases and web applications, and penetration testing of the six FedRAMP attack vectors.'),
    h1('2 Summary of Risks'),
    table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total', '% of Total'], ['High', '0', '1', '0', '0', '1', '2', '9%'], ['Moderate', '5', '4', '2', '1', '1', '13', '57%'], ['Low', '3', '3', '1', '1', '0', '8', '35%'], ['Operationally Required', '0', '0', '0', '0', '0', '0', '0%'], ['Total', '8', '8', '3', '2', '2', '23', '100%']]),
    h2('2.1 Risk Exposure Table'),
    table([['ID', 'Control', 'Weakness', 'Initial Risk', 'Adjusted Risk', 'Remediation'], ['V-01', 'RA-5', 'OpenSSL 3.0.x vulnerable version on 4 worker nodes (CVE-2024-5535)', 'High', 'High', 'Patch within 30 days'], ['PT-01', 'AC-6', 'Tenant administrator could enumerate user IDs of another tenant via API paging', 'High', 'Moderate', 'Fixed during testing, retest passed; risk adjusted'], ['T-03', 'AU-6', 'Audit review evidence incomplete for two months of the period', 'Moderate', 'Moderate', 'Document weekly review'], ['T-05', 'CM-8', 'Inventory missing 3 Lambda functions', 'Moderate', 'Low', 'Update inventory']]),
    h1('3 Non-Conforming Controls'),
    p('Two controls were found partially implemented: AU-6 and CM-8. Details are in the Security Test Case Procedures workbook (Appendix B) and the findings are carried into the CSP\'s Plan of Action and Milestones.'),
    h1('4 Authorization Recommendation'),
    p(`${TPAO} attests that ${short} has met the FedRAMP Moderate security requirements with the exception of the risks listed above. Given that there is one open High risk with a remediation plan due within 30 days and no risks that cannot be mitigated, the 3PAO recommends that ${AGENCY} grant an Authority to Operate to ${short}.`),
    h1('5 Attestation'),
    ...approvals([person('tpaoLead'), ['Samuel Ortiz', 'Quality Assurance Reviewer, Bastion Assurance Partners']], 'The undersigned attest that the assessment was performed independently and that the results are accurately represented.'),
    h1('Appendix A – Vulnerability Scan Summary'),
    table([['Scan type', 'Tool', 'Hosts', 'Critical/High', 'Moderate', 'Low'], ['Operating system', 'Tenable Nessus 10.8', '42', '1', '4', '3'], ['Database', 'Nessus DB audit', '3', '0', '1', '1'], ['Web application', 'Burp Suite Professional', '2', '0', '2', '1']]),
  ];
}

async function sapDocx(): Promise<CorpusDoc> {
  const body = sapBody();
  const data = await renderDocx({
    blocks: [
      p(TPAO),
      { k: 'title', text: `${CSO} (${CSO_SHORT})`, size: 36 },
      { k: 'title', text: 'Security Assessment Plan', size: 52 },
      p('Annual Assessment 2025 – Version 1.0 – March 28, 2025'),
      ...legalNotice(TPAO),
      pagebreak,
      ...revisionHistory([['2025-03-21', '0.9', 'Draft for CSP review', person('tpaoLead')[0]], ['2025-03-28', '1.0', 'Incorporated CSP and agency comments', person('tpaoLead')[0]]]),
      ...distribution([`${person('isso')[0]} / ${CSP}`, `ISSO / ${AGENCY}`, `${person('tpaoLead')[0]} / ${TPAO}`]),
      ...toc(body, seeded(401)),
      ...body,
    ],
    header: `${CSO_SHORT} SAP 2025 | ${TPAO} | CUI`,
    footer: 'Proprietary and Confidential',
    meta: { title: 'FedRAMP SAP Template', creator: person('tpaoLead')[0], company: 'Bastion Assurance Partners' },
    headings: 'style',
  });
  return { file: 'LCMC_2025_Annual.docx', expected: 'SAP', note: 'Annual Security Assessment Plan by the 3PAO (scope, 800-53A methodology, pentest vectors, test schedule, rules of engagement, signatures).', data };
}

async function sapOscalJson(): Promise<CorpusDoc> {
  const doc = JSON.parse(await readFixture('oscal/FedRAMP-SAP-OSCAL-Template.json')) as { 'assessment-plan': Record<string, Json> };
  const ap = doc['assessment-plan'];
  const meta = ap.metadata as Record<string, Json>;
  meta.title = `${CSO2} FedRAMP Security Assessment Plan (SAP)`;
  meta['last-modified'] = '2025-01-08T15:00:00-05:00';
  const r = seeded(402);
  const bm = ap['back-matter'] as { resources: Json[] };
  for (let i = 0; i < 40; i++) {
    bm.resources.push({ uuid: uuid(r), title: `Evidence request ER-${String(i + 1).padStart(3, '0')}`, props: [{ name: 'type', value: 'evidence' }, { name: 'request-status', ns: 'https://bastion-assurance.example/ns/oscal', value: i % 3 ? 'received' : 'open' }], remarks: `Requested from ${CSP2} on 2025-01-${String(10 + (i % 18)).padStart(2, '0')}.` });
  }
  return { file: 'assessment-plan.json', expected: 'SAP', note: 'OSCAL assessment-plan (FedRAMP SAP template retitled for a CSO) with a long back-matter of evidence-request resources, pretty-printed with 4 spaces.', data: JSON.stringify(doc, null, 4) };
}

async function sapOscalXml(): Promise<CorpusDoc> {
  const xml = await readFixture('oscal/AwesomeCloudSAP.xml');
  return { file: 'oscal_upload_1.xml', expected: 'SAP', note: 'OSCAL assessment-plan (GSA AwesomeCloud Security Assessment Plan), CRLF line endings.', data: xml.replace(/\r?\n/g, '\r\n') };
}

async function sarPdf(): Promise<CorpusDoc> {
  const body = sarBody(CSO2, CSO2_SHORT);
  const data = await renderPdf({
    blocks: [
      bold(TPAO),
      { k: 'title', text: 'Security Assessment Report' },
      p(`${CSO2} (${CSO2_SHORT}) – Initial Authorization Assessment – February 21, 2025`),
      ...revisionHistory([['2025-02-21', '1.0', 'Final', person('tpaoLead')[0]]]),
      pagebreak,
      ...body,
    ],
    header: `${CSO2_SHORT} SAR | CUI`,
    footer: TPAO,
    meta: { title: `${CSO2_SHORT} SAR Final`, creator: person('tpaoLead')[0] },
    headings: 'style',
  });
  return { file: 'deliverable-0221.pdf', expected: 'SAR', note: 'Security Assessment Report by the 3PAO with summary of risks, risk exposure table and an authorization recommendation.', data };
}

async function sarDocx(): Promise<CorpusDoc> {
  const body = sarBody(CSO, CSO_SHORT);
  const data = await renderDocx({
    blocks: [table([['Security Assessment Report (SAR)'], [`${CSO} – Security Assessment, February 2025`], [`Prepared by ${TPAO} for ${CSP}`]], false), ...body],
    header: 'Bastion Assurance Partners – Proprietary',
    meta: null,
    headings: 'bold',
  });
  return { file: 'SAP_LCMC_2025.docx', expected: 'SAR', note: 'Security Assessment Report (title only in a table cell, bold-paragraph headings, no metadata) whose file name misleadingly says SAP.', data };
}

async function sarOscalJson(): Promise<CorpusDoc> {
  const doc = JSON.parse(await readFixture('oscal/FedRAMP-SAR-OSCAL-Template.json')) as { 'assessment-results': Record<string, Json> };
  const ar = doc['assessment-results'];
  const meta = ar.metadata as Record<string, Json>;
  meta.title = `${CSO} Security Assessment Report 2024`;
  const reordered = { 'assessment-results': sortKeys(ar as Json, true) };
  return { file: 'results_final.json', expected: 'SAR', note: 'OSCAL assessment-results (FedRAMP SAR template, annual assessments) with reverse-sorted keys, tab-indented.', data: JSON.stringify(reordered, null, '\t') };
}

export async function assessmentDocs(): Promise<CorpusDoc[]> {
  return Promise.all([sapDocx(), sapOscalJson(), sapOscalXml(), sarPdf(), sarDocx(), sarOscalJson()]);
}
