import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import type { Block } from '../kit/blocks.js';
import { bullets, h1, p, pageBreak, section, sub, table, title } from '../kit/blocks.js';
import { renderDocx } from '../kit/render-docx.js';
import { renderPdf } from '../kit/render-pdf.js';
import type { EvalDoc } from '../kit/types.js';
import { AGENCY, AGENCY_SHORT, AO, approvals, CISO, contents, cover, CSP, distribution, FR_ID, ISSO, revisionHistory, SYS, SYS_ABBR, TPAO } from '../kit/world.js';

function sspBody(): Block[] {
  const controls: [string, string][] = [
    ['AC-2 Account Management', `${SYS_ABBR} accounts are provisioned through Okta with SCIM to the application. Privileged accounts require a ServiceNow request approved by the account owner's manager and the ISSO. Accounts inactive for 90 days are disabled automatically by a nightly job.`],
    ['AC-17 Remote Access', 'Administrative access traverses the AWS Systems Manager Session Manager or the hardened bastion with FIPS 140-validated OpenSSH; all sessions are logged to CloudWatch and forwarded to Splunk.'],
    ['AU-2 Event Logging', 'Event types logged are defined in the Audit and Accountability Procedure and reviewed annually. CloudTrail, VPC flow logs, OS audit logs and application audit events are retained for one year online.'],
    ['CM-6 Configuration Settings', 'Golden images are hardened to CIS Level 1 benchmarks; deviations are documented in the Configuration Management Plan (Attachment 9) and tracked as configuration findings on the POA&M.'],
    ['IA-2 Identification and Authentication (Organizational Users)', 'All organizational users authenticate with phishing-resistant MFA (FIDO2 security keys) through Okta. The Digital Identity Worksheet (Attachment 3) records IAL2/AAL2/FAL2.'],
    ['RA-5 Vulnerability Monitoring and Scanning', 'Authenticated Tenable Nessus scans of all OS and database assets run monthly; web application scans use Burp Suite Enterprise; container images are scanned by Trivy in the pipeline and in ECR. Results are delivered monthly with the POA&M and inventory.'],
    ['SC-7 Boundary Protection', 'The authorization boundary is enforced by AWS security groups, network ACLs and AWS WAF in front of the application load balancer; only TCP 443 is exposed to the internet.'],
    ['SC-13 Cryptographic Protection', 'Data in transit uses TLS 1.2+ with FIPS-validated modules; data at rest uses AWS KMS customer-managed keys (FIPS 140-2 Level 3 HSMs).'],
  ];
  return [
    ...section('1. Information System Name/Title', `This System Security Plan provides an overview of the security requirements for the ${SYS} (${SYS_ABBR}) and describes the controls in place or planned for implementation to meet those requirements. The system's unique identifier is ${FR_ID}.`),
    ...section('2. Information System Categorization', `The overall FIPS 199 security categorization of ${SYS_ABBR} is Moderate (Confidentiality Moderate, Integrity Moderate, Availability Moderate). See the FIPS 199 Categorization (Attachment 10) for the information types drawn from NIST SP 800-60 Volume II.`),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    ...section('3. Information System Owner', `${CSP}, 1400 Eye Street NW, Washington, DC 20005. System Owner: Evan Lindqvist, Chief Technology Officer.`),
    ...section('4. Authorizing Official', `The Authorizing Official for this agency authorization is ${AO}, Chief Information Officer, ${AGENCY}.`),
    ...section('9. General System Description', `${SYS_ABBR} is a multi-tenant software-as-a-service offering that lets housing counselling agencies manage client cases, documents and outcome reporting. The service is deployed in AWS GovCloud (US-West) and inherits physical and environmental controls from the AWS GovCloud FedRAMP High P-ATO.`),
    ...sub('9.1 Information System Components and Boundaries', 'The authorization boundary includes the VPCs, EC2 instances, Amazon RDS PostgreSQL, Amazon OpenSearch, S3 buckets holding case documents, and the CI/CD pipeline accounts. The complete inventory is maintained in the Integrated Inventory Workbook (Attachment 13).'),
    ...sub('9.2 Types of Users', 'Users are internal administrators (privileged), support engineers (privileged, read-only production), agency counsellors (non-privileged) and agency administrators (non-privileged with tenant management).'),
    ...section('10. System Environment and Inventory', 'Production, staging and development are separate AWS accounts under AWS Organizations with service control policies preventing changes to logging and guardrails.'),
    pageBreak,
    ...section('13. Minimum Security Controls', 'The security controls for the system are described below. Each control lists the responsible role, parameters and implementation status, followed by the implementation statement.'),
    ...controls.flatMap(([c, text]) => [
      h1(c),
      table([[`${c.split(' ')[0]} Control Summary Information`, ''], ['Responsible Role:', 'ISSO / Platform Engineering'], ['Implementation Status:', 'Implemented'], ['Control Origination:', 'Service Provider System Specific']]),
      p(`What is the solution and how is it implemented? ${text}`),
    ]),
    ...section('14. Acronyms', 'See Attachment 11, Acronyms.'),
    ...section('15. Attachments', 'The following attachments are submitted with this SSP: Information Security Policies and Procedures (1), User Guide (2), Digital Identity Worksheet (3), PTA/PIA (4), Rules of Behavior (5), ISCP (6), CMP (9), IRP (8), CIS/CRM Workbook (7), FIPS 199 (10), Separation of Duties Matrix (11), Laws and Regulations (12), Integrated Inventory Workbook (13).'),
  ];
}

async function sspDocx(): Promise<EvalDoc> {
  const blocks = [
    ...cover('System Security Plan', [`${SYS} (${SYS_ABBR})`, 'FedRAMP Moderate Baseline - Rev 5', 'Version 3.2', 'March 7, 2025']),
    ...revisionHistory([['06/14/2024', '3.0', 'Annual update for Rev 5 transition', ISSO], ['10/02/2024', '3.1', 'Added OpenSearch cluster; updated boundary diagram', ISSO], ['03/07/2025', '3.2', 'Annual assessment updates', ISSO]]),
    ...approvals([[CISO, 'Chief Information Security Officer'], ['Evan Lindqvist', 'System Owner / CTO']]),
    ...contents(['Information System Name/Title', 'Information System Categorization', 'Information System Owner', 'Authorizing Official', 'General System Description', 'Minimum Security Controls', 'Attachments']),
    pageBreak,
    ...sspBody(),
  ];
  return { file: 'Final_v3.2_clean.docx', expected: 'SSP', note: 'FedRAMP Moderate System Security Plan in docx: cover, revision history, approvals, TOC, categorization and control implementation statements.', data: await renderDocx(blocks, { meta: { title: 'FedRAMP SSP Moderate Template', creator: ISSO }, header: `${SYS_ABBR} System Security Plan v3.2`, footer: 'Controlled Unclassified Information' }) };
}

async function sspPdf(): Promise<EvalDoc> {
  const blocks = [title(`${CSP}`, 22), title(`${SYS} System Security Plan`, 36), p('Prepared for the Federal Risk and Authorization Management Program (FedRAMP) - Moderate Impact'), p('Version 3.1 | October 2, 2024'), pageBreak, ...sspBody()];
  return { file: 'doc-1177.pdf', expected: 'SSP', note: 'PDF print of the previous SSP version (title on the cover, control implementation statements).', data: await renderPdf(blocks, { meta: { creator: ISSO }, footer: `${SYS_ABBR} SSP v3.1 - CUI` }) };
}

async function sspYaml(): Promise<EvalDoc> {
  const text = (await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8'))
    .replace('title: FedRAMP System Security Plan (SSP)', `title: ${SYS} (${SYS_ABBR}) System Security Plan`)
    .replace('uuid: 9809eddf-2cd5-468f-97c5-9769905d0629', 'uuid: 0b5e8c2a-77d4-4c1e-a3f9-52e1d6b0c8f4');
  return { file: 'ssp.yaml', expected: 'SSP', note: "OSCAL system-security-plan in YAML derived from FedRAMP's SSP OSCAL template, retitled.", data: text };
}

function sapBody(): Block[] {
  return [
    ...section('1. Introduction', `${TPAO} (the 3PAO) has been engaged by ${CSP} to perform the annual assessment of ${SYS} (${SYS_ABBR}). This Security Assessment Plan describes the scope, methodology, schedule and rules of engagement for the assessment, which the ${AGENCY_SHORT} Authorizing Official must approve before testing begins.`),
    ...section('2. Scope', 'The assessment covers the controls selected for annual testing: the FedRAMP core controls, controls affected by changes in the last twelve months, and one third of the remaining Moderate baseline. The inventory in scope is the Integrated Inventory Workbook dated 03/12/2025.'),
    table([['Location', 'Components', 'Testing'], ['AWS GovCloud us-gov-west-1', '24 hosts, 4 databases, 2 web applications', 'Interviews, examination, technical testing'], ['Corporate office (remote)', 'Administrative endpoints', 'Interviews']]),
    ...section('3. Assumptions', 'The CSP will provide credentials for authenticated scanning, access to personnel listed in Appendix A, and a frozen system configuration during the test window.'),
    ...section('4. Methodology', 'Controls are tested using the NIST SP 800-53A Rev 5 assessment procedures and the FedRAMP Security Assessment Test Cases. Each test case records the examine, interview and test methods and the evidence reviewed. Vulnerability scanning uses Nessus (OS and database), Burp Suite Professional (web) and manual penetration testing following the FedRAMP Penetration Test Guidance.'),
    ...sub('4.1 Penetration Test Attack Vectors', 'External to corporate, external to CSP target system, tenant to tenant, mobile application, and internal (insider threat) attack vectors are in scope.'),
    ...section('5. Test Plan', 'Testing takes place from April 7 to April 25, 2025. The daily debrief is held at 4:30 PM Eastern with the ISSO.'),
    table([['Role', 'Name', 'Organization'], ['Assessment Lead', 'Renata Kovac', TPAO], ['Penetration Tester', 'Owen Pak', TPAO], ['CSP Point of Contact', ISSO, CSP]]),
    ...section('6. Rules of Engagement', 'The CSP authorizes the 3PAO to perform the testing described in this plan against the IP addresses and URLs in Appendix C. Denial-of-service testing and social engineering of agency users are excluded. Testing stops immediately when a critical finding that endangers production data is identified; the 3PAO notifies the ISSO by phone within one hour.'),
    ...section('7. Signatures', 'By signing, the CSP and 3PAO agree to this Security Assessment Plan and the Rules of Engagement.'),
  ];
}

async function sapDocx(): Promise<EvalDoc> {
  const blocks = [
    ...cover('Security Assessment Plan (SAP)', [`${SYS} (${SYS_ABBR})`, 'Annual Assessment 2025', `Prepared by ${TPAO}`, 'Version 1.0 - March 21, 2025'], { company: TPAO }),
    ...revisionHistory([['03/14/2025', '0.9', 'Draft for CSP review', 'R. Kovac'], ['03/21/2025', '1.0', 'Final for agency approval', 'R. Kovac']]),
    ...distribution([`${ISSO}|${CSP}`, `${CISO}|${CSP}`, `Agency ISSM|${AGENCY}`]),
    pageBreak,
    ...sapBody(),
  ];
  return { file: 'upload (1).docx', expected: 'SAP', note: '3PAO Security Assessment Plan for the annual assessment: scope, methodology, test schedule and rules of engagement.', data: await renderDocx(blocks, { meta: { title: 'upload (1).docx', creator: 'Renata Kovac' }, header: `${TPAO} | SAP`, footer: 'Proprietary and Confidential' }) };
}

async function sapPdf(): Promise<EvalDoc> {
  const blocks = [title('SECURITY ASSESSMENT PLAN', 30), p(`System: ${SYS}`), p(`Assessor: ${TPAO}`), p('Assessment type: Initial authorization (Agency) - September 2024'), pageBreak, ...sapBody()];
  return { file: 'SAR_input_final.pdf', expected: 'SAP', note: 'PDF of the initial-assessment Security Assessment Plan; the file name misleadingly says SAR.', data: await renderPdf(blocks, { headingsAsBold: true, footer: `${TPAO} - Security Assessment Plan` }) };
}

async function sapOscal(): Promise<EvalDoc> {
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.json'), 'utf8')) as { 'assessment-plan': { uuid: string; metadata: Record<string, unknown> } };
  raw['assessment-plan'].uuid = 'a7d2e5c1-3f4b-4e6a-9c8d-1b2e3f4a5b6c';
  raw['assessment-plan'].metadata.title = `${SYS_ABBR} Annual Security Assessment Plan 2025`;
  return { file: 'doc-2210.json', expected: 'SAP', note: "OSCAL assessment-plan JSON from FedRAMP's SAP template, retitled.", data: JSON.stringify(raw, null, 1) };
}

function sarBody(): Block[] {
  return [
    ...section('Executive Summary', `${TPAO} performed the annual assessment of ${SYS} between April 7 and April 25, 2025 in accordance with the approved Security Assessment Plan. This Security Assessment Report documents the results, the risk exposure of the system and the 3PAO's authorization recommendation.`),
    ...section('1. Assessment Results Summary', 'Of 187 controls tested, 179 were satisfied. Eleven findings were identified: two High, six Moderate and three Low. Four findings were remediated during testing and validated closed.'),
    table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '1', '0', '0', '1', '2'], ['Moderate', '3', '2', '1', '0', '0', '6'], ['Low', '1', '1', '1', '0', '0', '3'], ['Total', '4', '4', '2', '0', '1', '11']]),
    ...section('2. Risk Exposure Table', 'The table in Appendix A lists each open finding with its likelihood, impact, risk level and whether it is carried into the CSP POA&M. Risk adjustments proposed by the CSP were reviewed; one operational requirement was accepted by the 3PAO.'),
    ...section('3. Non-Conforming Controls', 'SC-8(1): TLS 1.1 remained enabled on an internal listener; remediated during testing. AC-2(3): two dormant privileged accounts exceeded the 90-day disable threshold.'),
    ...section('4. Penetration Test Results', 'A reflected cross-site scripting issue in the search endpoint was exploitable by an authenticated tenant user (High). No tenant-to-tenant data access was achieved.'),
    ...section('5. Authorization Recommendation', `${TPAO} recommends that ${SYS} be granted continued authorization. The residual risk is acceptable provided the two High findings are remediated within 30 days per the POA&M.`),
    bullets('Appendix A - Risk Exposure Table', 'Appendix B - Security Test Case Procedures', 'Appendix C - Infrastructure Scan Results', 'Appendix D - Web Scan Results', 'Appendix E - Penetration Test Report'),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  const blocks = [
    ...cover('Security Assessment Report', [`${SYS} (${SYS_ABBR})`, 'Annual Assessment - May 2025', `${TPAO}`, 'Version 1.0'], { company: TPAO }),
    ...revisionHistory([['05/09/2025', '1.0', 'Final', 'R. Kovac']]),
    ...approvals([['Renata Kovac', 'Assessment Lead'], ['Tomás Ferreira', '3PAO Quality Assurance']]),
    pageBreak,
    ...sarBody(),
  ];
  return { file: 'LCMC_2025_Annual.docx', expected: 'SAR', note: '3PAO Security Assessment Report: results summary, risk exposure table and authorization recommendation.', data: await renderDocx(blocks, { meta: { creator: 'Renata Kovac', title: 'SAR Template' }, header: 'Security Assessment Report - CUI', footer: TPAO }) };
}

async function sarPdf(): Promise<EvalDoc> {
  const blocks = [title(`${TPAO}`, 20), title('Security Assessment Report', 34), p(`${SYS} - Initial Agency Authorization - October 2024`), pageBreak, ...sarBody()];
  return { file: 'doc-0931.pdf', expected: 'SAR', note: 'PDF Security Assessment Report from the initial assessment with risk exposure and recommendation.', data: await renderPdf(blocks, { meta: { title: 'Microsoft Word - SAR_v1.docx' }, footer: 'Coastline Assurance Partners - CUI' }) };
}

async function sarOscal(): Promise<EvalDoc> {
  const text = (await readFile(fixture('oscal/AwesomeCloudSAR.xml'), 'utf8'))
    .replace('<title>AwesomeCloud Security Assessment Report</title>', `<title>${SYS_ABBR} Security Assessment Report - Monthly Automated Assessment</title>`)
    .replace('uuid="383e1477-8954-48bb-ab12-0da5039df4ea"', 'uuid="e3b1c9d2-6a7f-4d8e-b5c4-0f9a8e7d6c5b"');
  return { file: 'results.xml', expected: 'SAR', note: 'OSCAL assessment-results XML (adapted from the AwesomeCloud sample SAR), retitled.', data: text };
}

async function atoPdf(): Promise<EvalDoc> {
  const blocks = [
    title(AGENCY.toUpperCase(), 22), p('Office of the Chief Information Officer'), p('451 7th Street SW, Washington, DC 20410'), p('May 30, 2025'),
    p(`MEMORANDUM FOR: Evan Lindqvist, Chief Technology Officer, ${CSP}`),
    p(`SUBJECT: Authority to Operate (ATO) - ${SYS} (${FR_ID})`),
    p(`Based on my review of the security authorization package for ${SYS}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I grant an Authority to Operate for ${SYS} at the FIPS 199 Moderate impact level.`),
    p('This authorization is valid for three years from the date of this letter, subject to continuous monitoring. The CSP shall deliver monthly POA&M updates, vulnerability scan results and inventory, and shall submit significant change requests before implementing changes. Failure to remediate High vulnerabilities within 30 days may result in revocation of this authorization.'),
    p(`The ${AGENCY_SHORT} ISSM will coordinate the submission of this package to the FedRAMP PMO for listing on the FedRAMP Marketplace.`),
    p('Sincerely,'), p(`/s/ ${AO}`), p(`${AO}, Chief Information Officer and Authorizing Official`),
  ];
  return { file: 'signed.pdf', expected: 'ATO_LETTER', note: 'Agency memorandum granting an Authority to Operate, signed by the authorizing official.', data: await renderPdf(blocks, { meta: { title: 'ATO Memo' } }) };
}

async function atoDocx(): Promise<EvalDoc> {
  const blocks = [
    title(AGENCY, 24), p('Washington, DC 20410'), p('June 2, 2025'),
    p(`${CISO}\nChief Information Security Officer\n${CSP}`),
    p(`RE: Agency Authority to Operate for ${SYS} (FedRAMP Package ID ${FR_ID})`),
    p(`Dear Ms. Raghunathan: The ${AGENCY_SHORT} Office of the Chief Information Officer has completed its review of the ${SYS} authorization package. I accept the residual risk documented in the Security Assessment Report and the POA&M dated May 12, 2025 and hereby issue an Authority to Operate (ATO) for the system at the Moderate impact level, effective immediately and expiring June 1, 2028.`),
    p('Conditions: (1) the two High findings on the POA&M are remediated by July 1, 2025; (2) monthly continuous monitoring deliverables are uploaded to the agency repository by the 13th of each month; (3) the annual assessment is performed by an accredited 3PAO.'),
    p(`${AO}`), p('Authorizing Official'),
  ];
  return { file: 'letter_final.docx', expected: 'ATO_LETTER', note: 'Agency Authority to Operate letter in docx (no headings; subject line carries the title).', data: await renderDocx(blocks, { meta: { creator: 'HUD OCIO' } }) };
}

export async function packageDocs(): Promise<EvalDoc[]> {
  return [await sspDocx(), await sspPdf(), await sspYaml(), await sapDocx(), await sapPdf(), await sapOscal(), await sarDocx(), await sarPdf(), await sarOscal(), await atoPdf(), await atoDocx()];
}
