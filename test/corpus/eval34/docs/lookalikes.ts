import type { Block } from '../kit/blocks.js';
import { big, bold, center, h1, h2, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { revHistory } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import { renderXlsx } from '../kit/xlsx.js';

async function soc2(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('SOC 2 Type II Report'),
    center('Report on Halvorsen Data Systems, Inc.\'s Description of Its Meridian Platform and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security and Availability'),
    center('For the Period October 1, 2023 to September 30, 2024'),
    h1('Section I - Independent Service Auditor\'s Report'),
    ...p('To the Management of Halvorsen Data Systems, Inc.: We have examined Halvorsen\'s accompanying description of its Meridian Platform system, in accordance with the criteria set forth in DC Section 200, and the suitability of the design and operating effectiveness of controls to provide reasonable assurance that Halvorsen\'s service commitments and system requirements were achieved based on the trust services criteria relevant to security and availability (TSP Section 100).', 'Opinion: In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period, and the controls operated effectively.'),
    ...p('Whitford & Lane LLP, Certified Public Accountants, McLean, Virginia, November 22, 2024'),
    h1('Section II - Management\'s Assertion'),
    ...p('We have prepared the accompanying description of the Meridian Platform system and assert that the controls were suitably designed and operated effectively.'),
    h1('Section IV - Trust Services Criteria, Related Controls and Tests of Controls'),
    table(['Criteria', 'Control', 'Test Performed', 'Result'], ['CC6.1', 'Logical access requires MFA', 'Inspected configuration; observed login', 'No exceptions noted'], ['CC7.2', 'Security events monitored 24x7', 'Inspected sample of 25 alerts', 'No exceptions noted'], ['A1.2', 'Backups performed daily', 'Inspected 25 backup logs', '1 exception noted']),
  ];
  return { file: 'Halvorsen_SOC2_TypeII_FY24.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II report by a CPA firm; a different framework, not a FedRAMP SAR.', data: await renderPdf({ blocks, header: 'Confidential - Restricted Use' }) };
}

async function isoCert(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('CERTIFICATE OF REGISTRATION'),
    big('ISO/IEC 27001:2022'),
    ...p('This is to certify that the Information Security Management System of'),
    bold('Tessellate Inc., 88 Lantern Way, Boulder, CO 80301, United States'),
    ...p('has been assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following scope: The development, operation and support of the Tessellate Analytics Platform SaaS, in accordance with Statement of Applicability version 6 dated 2024-08-14.'),
    table(['Certificate number', 'IS 781204'], ['Original certification date', '2021-10-05'], ['Current issue date', '2024-10-05'], ['Expiry date', '2027-10-04']),
    ...p('Issued by Meridiem Certification Services Ltd., accredited by ANAB. Validity of this certificate can be verified at the certification body register. This certificate remains the property of the certification body.'),
  ];
  return { file: 'cert.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of registration; not a FedRAMP deliverable.', data: await renderPdf({ blocks }) };
}

async function roeMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('Redline Offensive Security'),
    big('Rules of Engagement - External Penetration Test'),
    ...revHistory([['02/02/2025', '1.0', 'Issued to client', 'Redline']]),
    table(['Client', 'Brightwater Software LLC (commercial product line)'], ['Engagement', 'Annual external penetration test for SOC 2 and customer assurance'], ['Testing window', 'February 17-28, 2025']),
    h1('1 Scope'),
    ...p('In scope: the commercial (non-government) ClearPath marketing site and the commercial tenant API at api.clearpath.example. Out of scope: the FedRAMP environment, third-party SaaS, physical and social engineering.'),
    h1('2 Permitted Activities'),
    ul('Reconnaissance and port scanning from 192.0.2.50', 'Authenticated web application testing with two test accounts', 'Exploitation limited to proof of concept; no data exfiltration'),
    h1('3 Communication and Stop Conditions'),
    ...p('Redline notifies the client immediately if a critical vulnerability or evidence of prior compromise is found. The client may stop testing at any time by calling the engagement lead.'),
    h1('4 Authorization'),
    ...p('The client authorizes Redline to perform the activities above and confirms ownership of the in-scope assets.', 'Signed: Dana Whitcombe, Brightwater; Owen Sato, Redline'),
  ];
  return { file: 'RoE_pentest_2025.docx', expected: 'UNKNOWN', note: 'Commercial pentest rules-of-engagement memo outside the FedRAMP boundary; not a 3PAO SAP.', data: await renderDocx({ blocks, meta: { title: 'Security Assessment Plan', creator: 'Redline' } }) };
}

async function caiq(): Promise<EvalDoc> {
  const q: string[][] = [
    ['A&A-01.1', 'Are audit and assurance policies established, documented, approved, communicated, applied, evaluated and maintained?', 'Yes', 'Annual 3PAO assessment and SOC 2'],
    ['AIS-04.1', 'Is an SDLC process defined and implemented for application design, development, deployment and operation?', 'Yes', 'Secure SDLC standard'],
    ['BCR-08.1', 'Is cloud data periodically backed up?', 'Yes', 'Daily, 90-day retention'],
    ['CEK-03.1', 'Are data at rest and in transit cryptographically protected?', 'Yes', 'FIPS 140-validated'],
    ['IAM-14.1', 'Are strong authentication capabilities implemented?', 'Yes', 'Phishing-resistant MFA'],
  ];
  const data = await renderXlsx({
    creator: 'CSA',
    lastModifiedBy: 'Halvorsen Sales Engineering',
    sheets: [{ name: 'CAIQv4.0.3', rows: [['Consensus Assessments Initiative Questionnaire v4.0.3 - Halvorsen Data Systems'], ['Question ID', 'Question', 'CSP CAIQ Answer', 'CSP Implementation Description'], ...q], boldRows: [2] }],
  });
  return { file: 'CAIQ_response_Halvorsen.xlsx', expected: 'UNKNOWN', note: 'CSA CAIQ vendor security questionnaire answered by the CSP for a customer; not a deliverable.', data };
}

async function accessRequest(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FedRAMP Package Access Request Form'),
    ...p('Complete this form to request access to a FedRAMP security package in the FedRAMP secure repository. Requests must be signed by a federal government employee.'),
    table(['Field', 'Entry'], ['Requestor Name', 'Rosa Castellano'], ['Agency', 'Federal Maritime Records Administration'], ['Government Email', 'rcastellano@fmra.example.gov'], ['Package Requested', 'Tessellate Analytics Platform - FR2502211840'], ['Reason for Access', 'Agency ATO review / reuse'], ['Supervisor', 'Henri Benoit, CISO']),
    h2('Non-Disclosure'),
    ...p('I understand that the package contains sensitive information and agree not to disclose it except to persons with a need to know for the purpose of authorizing the use of the cloud service.'),
    ...p('Signature: /s/ R. Castellano   Date: 01/08/2025'),
  ];
  return { file: 'Package_Access_Request_TAP.pdf', expected: 'UNKNOWN', note: 'FedRAMP package access request form filled in by the agency ISSM; not a package deliverable.', data: await renderPdf({ blocks }) };
}

function minutes(): string {
  return renderMarkdown({
    blocks: [
      h1('Meeting Minutes — MCM Assessment Kickoff'),
      ...p('**Date:** 10 March 2025, 10:00–11:30 ET  ', '**Attendees:** FMRA (R. Castellano, D. Ibarra), Halvorsen (T. Oyelaran, K. Abernathy, R. Duval), Corvid (G. Moreau, 2 testers)'),
      h2('Agenda'),
      ul('Introductions', 'Walkthrough of the SAP schedule and rules of engagement', 'Evidence request list', 'Logistics'),
      h2('Discussion'),
      ...p('Corvid confirmed the test window and source IPs from the SAP. Halvorsen confirmed the system is frozen; the March release is postponed. FMRA asked that the SAR include a separate table of operationally required risks.'),
      h2('Action Items'),
      table(['#', 'Action', 'Owner', 'Due'], ['1', 'Provide scanner credentials', 'Halvorsen', '03/11'], ['2', 'Send evidence request list', 'Corvid', '03/11'], ['3', 'Confirm agency interview slots', 'FMRA', '03/14']),
    ],
  });
}

async function isa(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Interconnection Security Agreement'),
    center('between the Federal Maritime Records Administration Records Archive (FRA) and Meridian Case Manager'),
    h1('1 Purpose'),
    ...p('This Interconnection Security Agreement (ISA) documents the technical and security requirements for the interconnection between the FMRA Records Archive and Meridian Case Manager, per NIST SP 800-47 Rev. 1. The companion Memorandum of Understanding sets out the business terms.'),
    h1('2 Interconnection Description'),
    table(['Attribute', 'Value'], ['Direction', 'Bidirectional'], ['Protocol', 'HTTPS (TLS 1.2+), mutual TLS'], ['Data', 'Closed case records (CUI)'], ['Frequency', 'Nightly batch']),
    h1('3 Security Controls'),
    ...p('Both parties maintain their systems under current authorizations, notify each other of incidents within one hour, and review this agreement annually.'),
    h1('4 Signatories'),
    table(['Name', 'Title', 'Organization'], ['Carolyn J. Whitaker', 'Authorizing Official', 'FMRA'], ['Thomas Oyelaran', 'System Owner', 'Halvorsen Data Systems']),
  ];
  return { file: 'ISA_FRA-MCM.docx', expected: 'UNKNOWN', note: 'Interconnection Security Agreement (SP 800-47) between an agency system and the cloud service; not a FedRAMP package deliverable.', data: await renderDocx({ blocks }) };
}

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  const docs = await Promise.all([soc2(), isoCert(), roeMemo(), caiq(), accessRequest(), isa()]);
  return [...docs, { file: 'kickoff-minutes.md', expected: 'UNKNOWN', note: 'Assessment kickoff meeting minutes; not a deliverable.', data: minutes() }];
}
