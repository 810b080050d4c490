/**
 * UNKNOWN look-alikes from Legal and Customer Trust: contracts, customer-facing trust material and third-party
 * attestations that mention FedRAMP, the SSP, the POA&M or security controls but are not FedRAMP deliverables.
 */
import ExcelJS from 'exceljs';
import { big, bh, buildDocx, buildPdf, h1, h2, p, pb, ps, small, table, toMarkdown, toText, ul } from './kit.js';
import type { Block } from './kit.js';
import { FIXED_DATE, pinZip, csv } from './kit.js';
import { AGENCY, CISO, COUNSEL, CSO, CSP, GRC, PKG_ID, TPAO, revisionHistory, tocBlock } from './org.js';
import type { Eval25Doc } from './types.js';

async function msa(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('MASTER SUBSCRIPTION AGREEMENT'),
    p(`This Master Subscription Agreement ("Agreement") is entered into as of the Effective Date by and between ${CSP}, a Delaware corporation ("Tallgrass"), and the customer identified in the Order Form ("Customer").`),
    ...tocBlock(['1. Definitions', '2. Subscriptions', '3. Fees and Payment', '4. Security and Data Protection', '5. Confidentiality', '6. Warranties', '7. Limitation of Liability', '8. Term and Termination', '9. General']),
    h1('1. Definitions'),
    ...ps(
      '"Customer Data" means electronic data submitted by or for Customer to the Services. "Order Form" means an ordering document specifying the Services. "Services" means the subscription services made available by Tallgrass under an Order Form, including Tallgrass Spend Cloud. "Documentation" means the user guides and help center materials.',
      '"Security Documentation" means the description of Tallgrass\u2019s security program available in the Trust Center, and, for Government Customers, the FedRAMP authorization package made available through the FedRAMP secure repository.',
    ),
    h1('2. Subscriptions'),
    p('Tallgrass grants Customer a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for its internal business purposes in accordance with the Documentation. Customer shall not (a) make the Services available to anyone other than its Users, (b) sell, resell or rent the Services, (c) use the Services to store infringing or unlawful material, or (d) attempt to gain unauthorised access to the Services.'),
    h1('3. Fees and Payment'),
    p('Customer shall pay all fees specified in Order Forms. Invoices are due net thirty (30) days from the invoice date. Government Customers shall pay in accordance with the Prompt Payment Act, 31 U.S.C. 3901 et seq.'),
    h1('4. Security and Data Protection'),
    ...ps(
      'Tallgrass will maintain administrative, physical and technical safeguards for the protection of Customer Data as described in the Security Documentation. Tallgrass will not materially decrease the overall security of the Services during a Subscription Term.',
      'For Government Customers, Tallgrass will maintain its FedRAMP Moderate authorization for the Services, will make its System Security Plan, Plan of Action and Milestones and continuous monitoring deliverables available through the FedRAMP secure repository, and will comply with the FedRAMP Addendum attached as Exhibit C.',
      'The processing of personal data is governed by the Data Processing Addendum.',
    ),
    h1('5. Confidentiality'),
    p('Each party shall protect the other party\u2019s Confidential Information using the same degree of care it uses to protect its own confidential information of like kind, but not less than reasonable care, and shall not disclose it except to its employees and contractors who need to know it for the purposes of this Agreement.'),
    h1('6. Warranties'),
    p('Tallgrass warrants that the Services will perform materially in accordance with the Documentation. Customer\u2019s exclusive remedy for breach of this warranty is correction of the non-conformity or, if Tallgrass cannot correct it, termination and a refund of prepaid fees for the remainder of the term.'),
    h1('7. Limitation of Liability'),
    p('IN NO EVENT SHALL EITHER PARTY\u2019S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT EXCEED THE TOTAL AMOUNT PAID BY CUSTOMER HEREUNDER IN THE TWELVE MONTHS PRECEDING THE INCIDENT. THIS LIMITATION DOES NOT APPLY TO A PARTY\u2019S INDEMNIFICATION OBLIGATIONS OR TO LIABILITY THAT CANNOT BE LIMITED UNDER FEDERAL LAW.'),
    h1('8. Term and Termination'),
    p('This Agreement continues until all subscriptions have expired or been terminated. Upon termination Tallgrass will make Customer Data available for export for thirty (30) days and will thereafter delete it in accordance with the Documentation.'),
    h1('9. General'),
    p('For Government Customers, this Agreement is governed by federal law, and disputes are resolved under the Contract Disputes Act. Otherwise this Agreement is governed by the laws of the State of Delaware.'),
    table([['TALLGRASS LEDGER, INC.', 'CUSTOMER'], ['By: ____________', 'By: ____________'], ['Name:', 'Name:'], ['Title:', 'Title:']]),
  ];
  return {
    file: 'MSA_2025_clean.docx',
    expected: 'UNKNOWN',
    note: 'The master subscription agreement (contract) that references the FedRAMP package and SSP but is not a deliverable: UNKNOWN.',
    data: await buildDocx({ blocks, footer: 'Tallgrass MSA v2025.1', meta: { title: 'MSA', author: COUNSEL } }),
  };
}

async function fedrampAddendum(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    bh('EXHIBIT C'),
    big('FedRAMP Addendum'),
    p(`This FedRAMP Addendum ("Addendum") supplements the Master Subscription Agreement between ${CSP} and the Government Customer and applies only to subscriptions to ${CSO} in the FedRAMP authorized environment.`),
    h1('1. FedRAMP Authorization'),
    p(`Tallgrass represents that ${CSO} has received a FedRAMP Moderate authorization (Package ID ${PKG_ID}). Tallgrass shall maintain the authorization throughout the Subscription Term and shall notify Customer within five (5) business days if the authorization is suspended or revoked.`),
    h1('2. Continuous Monitoring'),
    p('Tallgrass shall provide its monthly continuous monitoring deliverables, including the updated Plan of Action and Milestones, vulnerability scan results and the integrated inventory, through the FedRAMP secure repository, and shall make its annual Security Assessment Report available to Customer\u2019s authorizing official upon request.'),
    h1('3. Significant Changes'),
    p('Tallgrass shall submit significant change requests to the authorizing agency in accordance with FedRAMP policy before implementing changes that affect the authorization boundary. Customer acknowledges that approval of such changes is a matter for the authorizing agency and not a modification of this Addendum.'),
    h1('4. Incident Reporting'),
    p('Tallgrass shall report security incidents affecting Customer Data in accordance with the FedRAMP Incident Communications Procedures and its incident response plan, and shall cooperate with Customer\u2019s investigation.'),
    h1('5. Customer Responsibilities'),
    p('Customer is responsible for implementing the customer-responsible controls identified in the Customer Responsibility Matrix and for issuing its own Authority to Operate before placing federal data in the Services.'),
    h1('6. Order of Precedence'),
    p('In the event of conflict between this Addendum and the Agreement, this Addendum controls with respect to the FedRAMP authorized environment.'),
    table([['Accepted by Customer', 'Accepted by Tallgrass'], ['Signature:', 'Signature:'], ['Date:', 'Date:']]),
  ];
  return {
    file: 'SSP-addendum-final.docx',
    expected: 'UNKNOWN',
    note: 'A FedRAMP-specific contract addendum to the MSA (obligations about authorization, ConMon, changes), a contract not a deliverable; misleading file name: UNKNOWN.',
    data: await buildDocx({ blocks, meta: { title: 'System Security Plan', author: 'FedRAMP PMO', lastModifiedBy: COUNSEL } }),
  };
}

async function dpa(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Data Processing Addendum'),
    p(`This Data Processing Addendum ("DPA") forms part of the agreement between ${CSP} ("Processor") and Customer ("Controller") and reflects the parties\u2019 agreement with regard to the processing of Personal Data.`),
    h1('1. Processing of Personal Data'),
    ...ps(
      'Processor shall process Personal Data only on documented instructions from Controller, including with regard to transfers, unless required to do so by applicable law. Annex I describes the subject matter, duration, nature and purpose of processing, the types of Personal Data and the categories of data subjects.',
      'Processor shall ensure that persons authorised to process Personal Data have committed themselves to confidentiality.',
    ),
    h1('2. Subprocessors'),
    p('Controller grants a general authorisation for Processor to engage subprocessors listed at the Trust Center. Processor shall notify Controller of new subprocessors at least thirty (30) days in advance, and Controller may object on reasonable data protection grounds.'),
    h1('3. Security'),
    p('Processor shall implement the technical and organisational measures described in Annex II, which include encryption of Personal Data in transit and at rest, access controls, logging and monitoring, vulnerability management, and business continuity measures.'),
    h1('4. Personal Data Breach'),
    p('Processor shall notify Controller without undue delay, and in any event within 48 hours, after becoming aware of a Personal Data Breach, and shall provide the information reasonably required for Controller to meet its notification obligations.'),
    h1('5. Audits'),
    p('Processor shall make available its SOC 2 Type II report, ISO/IEC 27001 certificate and, for government customers, its FedRAMP authorization, in lieu of on-site audits, except where an audit is required by a supervisory authority.'),
    h1('Annex II - Technical and Organisational Measures'),
    table([['Measure', 'Description'], ['Encryption', 'TLS 1.2+ in transit; AES-256 at rest with KMS'], ['Access control', 'SSO, MFA, least privilege, quarterly reviews'], ['Availability', 'Multi-region backups; tested recovery'], ['Logging', 'Centralised logging retained one year']]),
  ];
  return {
    file: 'DPA_v4_executed.pdf',
    expected: 'UNKNOWN',
    note: 'A data processing addendum (processor obligations, subprocessors, TOMs): a contract, not a FedRAMP deliverable: UNKNOWN.',
    data: await buildPdf(blocks, { serif: true, meta: { title: 'Data Processing Addendum', author: COUNSEL, producer: 'DocuSign' } }),
  };
}

async function sla(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Service Level Agreement'),
    p(`${CSO} - Exhibit B to the Master Subscription Agreement`),
    h1('1. Availability Commitment'),
    p('Tallgrass will make the Services available 99.9% of the time in each calendar month, excluding Scheduled Maintenance and Exclusions ("Availability Commitment").'),
    h1('2. Service Credits'),
    table([['Monthly Availability', 'Service Credit (% of monthly fee)'], ['< 99.9% and >= 99.5%', '5%'], ['< 99.5% and >= 99.0%', '10%'], ['< 99.0%', '25%']]),
    h1('3. Scheduled Maintenance'),
    p('Scheduled Maintenance occurs Sundays 02:00-06:00 Eastern Time with at least five business days\u2019 notice on the status page. Emergency maintenance may be performed with shorter notice to address security vulnerabilities.'),
    h1('4. Support Response Times'),
    table([['Priority', 'Definition', 'Initial Response'], ['P1', 'Services unavailable', '30 minutes, 24x7'], ['P2', 'Major function impaired', '2 hours, 24x7'], ['P3', 'Minor issue', '1 business day'], ['P4', 'Question', '2 business days']]),
    h1('5. Exclusions'),
    p('The Availability Commitment does not apply to unavailability caused by factors outside Tallgrass\u2019s reasonable control, Customer\u2019s equipment or identity provider, or suspension under the Agreement.'),
    h1('6. Claims'),
    p('Customer must request service credits within thirty days of the end of the month in which the unavailability occurred. Credits are Customer\u2019s sole remedy for failure to meet the Availability Commitment.'),
  ];
  return {
    file: 'contingency-SLA.docx',
    expected: 'UNKNOWN',
    note: 'A service level agreement (availability commitment, credits, support times), a contract exhibit not a contingency plan: UNKNOWN.',
    data: await buildDocx({ blocks, meta: { title: 'Exhibit B - SLA', author: COUNSEL } }),
  };
}

function termsOfService(): Eval25Doc {
  const blocks: Block[] = [
    big('Tallgrass Terms of Service'),
    small('Last updated: January 15, 2025'),
    p('These Terms of Service govern your access to and use of the Tallgrass websites, the supplier portal and the free trial of Tallgrass Spend Cloud. By creating an account or using the services you agree to these terms. If you use the services on behalf of an organisation, you represent that you have authority to bind it.'),
    h1('1. Accounts'),
    p('You must provide accurate information and keep your password confidential. You are responsible for all activity under your account. Notify us immediately at security@tallgrassledger.example of any unauthorised use.'),
    h1('2. Your Content'),
    p('You retain ownership of the content you submit. You grant Tallgrass a licence to host, copy and display it solely to provide the services.'),
    h1('3. Prohibited Conduct'),
    ul('Reverse engineering the services', 'Interfering with the security or integrity of the services', 'Uploading malware', 'Using the services in violation of export control laws'),
    h1('4. Disclaimers'),
    p('THE FREE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTIES OF ANY KIND.'),
    h1('5. Changes'),
    p('We may update these terms and will notify you of material changes by e-mail or in the product. Paid subscriptions are governed by your Master Subscription Agreement, which prevails over these terms.'),
    h1('6. Contact'),
    p('Tallgrass Ledger, Inc., Legal Department, 1200 Prairie Avenue, Omaha, NE 68102, legal@tallgrassledger.example.'),
  ];
  return { file: 'terms.md', expected: 'UNKNOWN', note: 'Public website terms of service (markdown): not a FedRAMP deliverable: UNKNOWN.', data: toMarkdown(blocks) };
}

async function subprocessors(): Promise<Eval25Doc> {
  const wb = new ExcelJS.Workbook();
  wb.creator = COUNSEL;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Subprocessors');
  ws.addRow(['Tallgrass Ledger Subprocessor List - effective 2025-02-01']);
  ws.addRow(['Customers may subscribe to notifications of changes at the Trust Center.']);
  ws.addRow([]);
  ws.addRow(['Subprocessor', 'Purpose', 'Location of Processing', 'Applies to', 'Certifications']).font = { bold: true };
  for (const r of [
    ['Amazon Web Services, Inc.', 'Cloud hosting (AWS GovCloud for government customers)', 'United States', 'All services', 'FedRAMP High, SOC 2, ISO 27001'],
    ['Okta, Inc.', 'Workforce identity (internal staff only)', 'United States', 'All services', 'FedRAMP High, SOC 2'],
    ['Zendesk, Inc.', 'Customer support ticketing (commercial customers)', 'United States, EU', 'Commercial', 'SOC 2, ISO 27001'],
    ['Twilio SendGrid', 'Transactional e-mail (commercial only)', 'United States', 'Commercial', 'SOC 2'],
    ['Splunk Inc.', 'Security logging (government environment)', 'United States', 'Government', 'FedRAMP High'],
  ])
    ws.addRow(r);
  return {
    file: 'subprocessors.xlsx',
    expected: 'UNKNOWN',
    note: 'The customer-facing subprocessor list (vendor, purpose, location): a legal/trust list, not an inventory or SCRM plan: UNKNOWN.',
    data: await pinZip(Buffer.from(await wb.xlsx.writeBuffer())),
  };
}

function trustCenter(): Eval25Doc {
  const blocks: Block[] = [
    big('Tallgrass Trust Center'),
    p('Security, privacy and compliance at Tallgrass. This page is the starting point for customers and prospects reviewing our security program.'),
    h1('Compliance'),
    table([['Framework', 'Status', 'How to get it'], ['FedRAMP Moderate', 'Authorized (Tallgrass Spend Cloud)', 'Agencies: request the package from the FedRAMP Marketplace'], ['SOC 2 Type II', 'Current (period ending 2024-12-31)', 'Request under NDA'], ['SOC 3', 'Current', 'Download below'], ['ISO/IEC 27001:2022', 'Certified', 'Download certificate'], ['StateRAMP', 'In Process', '']]),
    h1('Security Overview'),
    ...ps(
      'Data encryption: all customer data is encrypted in transit with TLS 1.2+ and at rest with AES-256. Government customers are hosted in AWS GovCloud.',
      'Penetration testing: an independent firm tests the platform at least annually. A letter of attestation is available on request.',
      'Vulnerability disclosure: see our bug bounty program page to report a security issue.',
    ),
    h1('Documents'),
    ul('Security Whitepaper (PDF)', 'SOC 3 Report (PDF)', 'Penetration Test Letter of Attestation (NDA)', 'Completed SIG Lite questionnaire (NDA)', 'Subprocessor list', 'Data Processing Addendum'),
    h1('Status and Incidents'),
    p('Live service status is at status.tallgrassledger.example. Customers affected by a security incident are notified directly according to their agreement.'),
  ];
  return { file: 'README.md', expected: 'UNKNOWN', note: 'The trust-center overview page in markdown (certification list, documents offered): UNKNOWN.', data: toMarkdown(blocks) };
}

async function whitepaper(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Security at Tallgrass'),
    p('A whitepaper for customers and prospects | 2025 edition'),
    h1('Introduction'),
    p(`Public sector buyers trust ${CSO} with their procurement data. This paper describes how we protect it: our security organisation, our infrastructure, application security, data protection, and the independent assessments that validate our controls.`),
    h1('Security Organisation'),
    p('Our CISO reports to the CEO and leads Security Engineering, Security Operations and GRC. The security steering committee meets monthly.'),
    h1('Infrastructure Security'),
    p('Government workloads run in AWS GovCloud (US) in two regions. Infrastructure is defined as code, reviewed and deployed by pipeline; no one logs in to production hosts directly except through our zero-trust access proxy.'),
    h1('Application Security'),
    p('Every change is peer reviewed and scanned (SAST, SCA, container scanning). We run a bug bounty program and an annual third-party penetration test.'),
    h1('Data Protection'),
    p('Encryption in transit and at rest, field-level encryption for banking information, tenant isolation enforced in the data layer, and customer-configurable retention.'),
    h1('Compliance and Assurance'),
    p('Tallgrass Spend Cloud holds a FedRAMP Moderate authorization. We also maintain SOC 2 Type II and ISO/IEC 27001 for our commercial platform. Agencies can review our full authorization package through the FedRAMP secure repository.'),
    h1('Shared Responsibility'),
    p('Customers configure SSO, manage their users and roles, and review their audit logs. Our customer responsibility matrix is part of the FedRAMP package available to agencies.'),
  ];
  return {
    file: 'Tallgrass-Security-Whitepaper-2025.pdf',
    expected: 'UNKNOWN',
    note: 'A customer-facing security whitepaper (marketing-level description of the program): UNKNOWN.',
    data: await buildPdf(blocks, { meta: { title: 'Security at Tallgrass', author: 'Marketing', producer: 'Adobe InDesign 19.2 (Macintosh)' } }),
  };
}

async function pentestLetter(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p('Redoubt Offensive Security, LLC'),
    p('February 21, 2025'),
    p('To Whom It May Concern:'),
    bh('Letter of Attestation - Penetration Test'),
    ...ps(
      `Redoubt Offensive Security, LLC ("Redoubt") was engaged by ${CSP} to perform a penetration test of its commercial platform, including the Tallgrass web application, public APIs and supplier portal, between January 13 and January 31, 2025.`,
      'The test followed the OWASP Web Security Testing Guide and the PTES methodology and included authenticated testing with two tenant roles. All findings rated Critical or High were remediated by Tallgrass and verified by Redoubt during retesting on February 18, 2025. No Critical or High findings remain open.',
      'This letter is provided for Tallgrass\u2019s customers and prospects. It does not include details of findings, which are confidential. Redoubt makes no representation about the security of the platform after the dates of testing.',
    ),
    p('Sincerely,'),
    p('Keiko Tanaka, Principal, Redoubt Offensive Security'),
  ];
  return {
    file: 'pentest_attestation.pdf',
    expected: 'UNKNOWN',
    note: 'A pentest firm\u2019s letter of attestation for customers (commercial platform, no findings detail), not a SAR or SAP: UNKNOWN.',
    data: await buildPdf(blocks, { serif: true, meta: { title: 'Letter of Attestation', author: 'K. Tanaka' } }),
  };
}

async function soc3(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('SOC 3 Report'),
    p(`${CSP} - Report on the Tallgrass Platform Relevant to Security, Availability and Confidentiality - For the period January 1, 2024 to December 31, 2024`),
    pb(),
    h1('Independent Service Auditor\u2019s Report'),
    ...ps(
      `To the Management of ${CSP}: Scope. We have examined Tallgrass\u2019s accompanying assertion titled "Assertion of Tallgrass Management" that the controls within the Tallgrass Platform were effective throughout the period January 1, 2024 to December 31, 2024, to provide reasonable assurance that Tallgrass\u2019s service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability and confidentiality (applicable trust services criteria) set forth in TSP section 100, 2017 Trust Services Criteria.`,
      'Service Organization\u2019s Responsibilities. Tallgrass is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they were achieved.',
      'Service Auditor\u2019s Responsibilities. Our responsibility is to express an opinion, based on our examination, on whether management\u2019s assertion is fairly stated. Our examination was conducted in accordance with attestation standards established by the American Institute of Certified Public Accountants.',
      'Opinion. In our opinion, management\u2019s assertion that the controls within the Tallgrass Platform were effective throughout the period is fairly stated, in all material respects.',
    ),
    p('Hartley & Vance CPAs LLP, Denver, Colorado, March 7, 2025'),
    h1('Assertion of Tallgrass Management'),
    p('We are responsible for designing, implementing, operating and maintaining effective controls within the Tallgrass Platform. Attachment A describes the system boundaries; Attachment B describes the principal service commitments.'),
    h1('Attachment A - Description of the Boundaries of the System'),
    p('The Tallgrass Platform consists of the commercial multi-tenant application hosted in AWS commercial regions. The FedRAMP authorized environment is covered by a separate FedRAMP authorization and is not within the scope of this report.'),
  ];
  return {
    file: 'SAR_final.pdf',
    expected: 'UNKNOWN',
    note: 'A SOC 3 report (AICPA trust services criteria, CPA opinion) under a misleading file name; not a FedRAMP SAR: UNKNOWN.',
    data: await buildPdf(blocks, { serif: true, meta: { title: 'SOC 3 Report 2024', author: 'Hartley & Vance CPAs LLP' } }),
  };
}

async function sigLite(): Promise<Eval25Doc> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GRC;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const info = wb.addWorksheet('Business Information');
  info.addRow(['SIG Lite 2024 - Standardized Information Gathering Questionnaire']);
  info.addRow(['Responding organisation', CSP]);
  info.addRow(['Requested by', 'Meridian Health Partners - Vendor Risk Management']);
  info.addRow(['Date completed', '2025-03-03']);
  const q = wb.addWorksheet('SIG Lite');
  q.addRow(['Ques Num', 'Question/Request', 'Response', 'Additional Information']).font = { bold: true };
  for (const r of [
    ['A.1', 'Is there a formal risk assessment program?', 'Yes', 'Annual enterprise risk assessment reviewed by the security steering committee.'],
    ['B.1', 'Is there an information security policy approved by management?', 'Yes', 'Reviewed annually; available under NDA.'],
    ['C.1', 'Is there a vendor risk management program?', 'Yes', 'Tiered supplier reviews.'],
    ['D.1', 'Are background checks performed on employees?', 'Yes', 'Per local law.'],
    ['F.1', 'Are physical security controls in place for data centres?', 'N/A', 'Hosted in AWS; see AWS SOC 2.'],
    ['G.1', 'Is there an operations management policy?', 'Yes', ''],
    ['H.1', 'Is there an access control program?', 'Yes', 'SSO with MFA for all workforce access.'],
    ['J.1', 'Is there an incident management program?', 'Yes', '24x7 SOC; customer notification per contract.'],
    ['K.1', 'Is there a business resiliency program?', 'Yes', 'Tested annually.'],
    ['L.1', 'Is there a compliance program?', 'Yes', 'SOC 2 Type II, ISO 27001, FedRAMP Moderate (government environment).'],
    ['P.1', 'Is there a privacy program?', 'Yes', 'DPA available.'],
  ])
    q.addRow(r);
  return {
    file: 'SIG_Lite_2024_Tallgrass_response.xlsx',
    expected: 'UNKNOWN',
    note: 'A customer\u2019s SIG Lite vendor questionnaire answered by the CSP: UNKNOWN.',
    data: await pinZip(Buffer.from(await wb.xlsx.writeBuffer())),
  };
}

function pressRelease(): Eval25Doc {
  const blocks: Block[] = [
    big('FOR IMMEDIATE RELEASE'),
    bh('Tallgrass Spend Cloud Achieves FedRAMP "In Process" Designation with Sponsorship from the National Fisheries Procurement Administration'),
    p('OMAHA, Neb., March 18, 2025 - Tallgrass Ledger, Inc., a provider of spend management software, today announced that Tallgrass Spend Cloud has achieved FedRAMP "In Process" status at the Moderate impact level, with agency sponsorship from the National Fisheries Procurement Administration. The designation is listed on the FedRAMP Marketplace.'),
    p('"Federal buyers deserve modern procurement tools that meet the government\u2019s security bar," said Rebecca Stroud, CEO of Tallgrass. "Reaching In Process status is a major milestone on our path to a full FedRAMP authorization."'),
    p(`Tallgrass has engaged ${TPAO}, an accredited 3PAO, to perform the independent assessment. The company expects to complete the authorization in 2025.`),
    p('About Tallgrass Ledger: Tallgrass helps public and private sector organisations control spend with requisitioning, approvals and supplier management in one platform. Learn more at tallgrassledger.example.'),
    p('Media contact: press@tallgrassledger.example'),
    p('###'),
  ];
  return { file: 'press_release_FedRAMP.txt', expected: 'UNKNOWN', note: 'A press release announcing FedRAMP In Process status: UNKNOWN.', data: toText(blocks) };
}

async function nda(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('MUTUAL NON-DISCLOSURE AGREEMENT'),
    p(`This Mutual Non-Disclosure Agreement is made between ${CSP} and the counterparty signing below (each a "Party") for the purpose of evaluating a potential business relationship, including the review of security documentation such as the SOC 2 report and penetration test summaries (the "Purpose").`),
    h2('1. Confidential Information'),
    p('"Confidential Information" means all non-public information disclosed by a Party that is marked confidential or that a reasonable person would understand to be confidential, including security reports, architecture diagrams and audit results.'),
    h2('2. Obligations'),
    p('The receiving Party shall use Confidential Information only for the Purpose, shall not disclose it to third parties except its representatives bound by equivalent obligations, and shall protect it with at least reasonable care.'),
    h2('3. Exclusions'),
    p('Obligations do not apply to information that is or becomes public through no fault of the receiving Party, was known to it before disclosure, is independently developed, or is received from a third party without restriction.'),
    h2('4. Term'),
    p('This Agreement lasts two (2) years from the Effective Date; obligations survive for three (3) years after disclosure.'),
    h2('5. Return or Destruction'),
    p('Upon request the receiving Party shall return or destroy Confidential Information and certify the destruction in writing.'),
    table([[CSP, 'Counterparty'], ['Signature', 'Signature'], ['Name / Title', 'Name / Title'], ['Date', 'Date']]),
  ];
  return {
    file: 'Mutual NDA (Trust Center).docx',
    expected: 'UNKNOWN',
    note: 'A mutual NDA for access to security documentation: UNKNOWN.',
    data: await buildDocx({ blocks, meta: { title: 'NDA template', author: COUNSEL } }),
  };
}

async function incidentLetter(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p('Tallgrass Ledger, Inc.'),
    p('April 4, 2025'),
    p('Dear Valued Customer,'),
    bh('Notice of Security Incident'),
    ...ps(
      'We are writing to inform you of a security incident involving a third-party e-mail delivery provider used for notifications from our commercial platform. On March 28, 2025, the provider informed us that an unauthorised party accessed its systems and may have viewed e-mail metadata, including recipient e-mail addresses and notification subjects.',
      'What information was involved: business e-mail addresses of users who received notifications between March 20 and March 27, 2025. No passwords, financial data or attachments were involved. The FedRAMP authorized environment does not use this provider and was not affected.',
      'What we are doing: we suspended the integration, rotated credentials, and are working with the provider\u2019s forensic investigation. We have enabled additional monitoring for phishing campaigns referencing Tallgrass.',
      'What you can do: be cautious of e-mails that appear to come from Tallgrass asking for credentials. Tallgrass will never ask for your password by e-mail.',
      'For more information, contact your customer success manager or security@tallgrassledger.example.',
    ),
    p('Sincerely,'),
    p(`${CISO}, Chief Information Security Officer`),
  ];
  return {
    file: 'IRP-customer-notice.docx',
    expected: 'UNKNOWN',
    note: 'A customer-facing incident notification letter (one event, what happened and what to do), not an incident response plan: UNKNOWN.',
    data: await buildDocx({ blocks, meta: { title: 'Incident Response Plan', author: 'Comms' } }),
  };
}

function bugBounty(): Eval25Doc {
  const blocks: Block[] = [
    big('Tallgrass Bug Bounty Program'),
    p('We value the work of security researchers. This page explains what is in scope, how to report a vulnerability, and what you can expect from us.'),
    h1('Scope'),
    table([['In scope', 'Out of scope'], ['app.tallgrassledger.example', 'Government environment (*.gov.tallgrassledger.example)'], ['api.tallgrassledger.example', 'Third-party services (status page, help center)'], ['Supplier portal (commercial)', 'Denial of service, social engineering, physical attacks']]),
    h1('Rewards'),
    table([['Severity (CVSS 3.1)', 'Reward'], ['Critical', 'USD 5,000 - 10,000'], ['High', 'USD 1,500 - 5,000'], ['Medium', 'USD 300 - 1,500'], ['Low', 'Swag']]),
    h1('Rules'),
    ul('Only test accounts you own; do not access other customers\u2019 data.', 'Stop and report as soon as you find access to sensitive data.', 'Give us 90 days to fix before public disclosure.', 'No automated scanning at more than 10 requests per second.'),
    h1('Safe Harbor'),
    p('If you act in good faith and follow these rules, we will not pursue legal action against you and will consider your research authorised.'),
    h1('How to report'),
    p('Submit reports through our program page on the bug bounty platform with steps to reproduce and impact. We acknowledge within 2 business days.'),
  ];
  return { file: 'bug-bounty.md', expected: 'UNKNOWN', note: 'The public bug bounty program policy (scope, rewards, safe harbor): UNKNOWN.', data: toMarkdown(blocks) };
}

function privacyNotice(): Eval25Doc {
  const blocks: Block[] = [
    big('Privacy Notice'),
    small('Effective February 1, 2025'),
    p('This Privacy Notice explains how Tallgrass Ledger, Inc. collects and uses personal information when you visit our websites, attend our events or contact our sales team. It does not cover information we process on behalf of our customers within our services; that processing is governed by our customer agreements.'),
    h1('Information we collect'),
    ul('Contact details you provide in web forms', 'Device and usage information collected by cookies', 'Event registration details'),
    h1('How we use it'),
    p('To respond to inquiries, send marketing communications you have agreed to receive, improve our websites and comply with legal obligations.'),
    h1('Your choices and rights'),
    p('You can unsubscribe from marketing at any time. Depending on where you live, you may have rights to access, correct or delete your information. Contact privacy@tallgrassledger.example.'),
    h1('Cookies'),
    p('We use essential, analytics and advertising cookies. You can manage preferences in the cookie banner.'),
  ];
  return { file: 'privacy.txt', expected: 'UNKNOWN', note: 'The website privacy notice for visitors and marketing contacts, not a PTA/PIA: UNKNOWN.', data: toText(blocks) };
}

async function engagementLetter(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p(TPAO),
    p('December 9, 2024'),
    p(`${CISO}, Chief Information Security Officer, ${CSP}`),
    bh('Engagement Letter and Statement of Work - FedRAMP Initial Assessment Services'),
    ...ps(
      `Dear Mr. Lindqvist: This letter confirms the terms under which ${TPAO} ("Brightwater") will provide third party assessment services to ${CSP} for ${CSO}.`,
      'Scope of services: (1) development of the Security Assessment Plan; (2) testing of the FedRAMP Moderate controls; (3) vulnerability scanning and penetration testing; (4) preparation of the Security Assessment Report. The methodology will be described in the SAP, which is a separate deliverable subject to agency approval.',
      'Fees: fixed fee of USD 248,000, invoiced 40% at kickoff, 40% at completion of testing and 20% at delivery of the final SAR. Travel is billed at cost.',
      'Independence: Brightwater confirms that it has not provided advisory services to Tallgrass in the past two years that would impair its independence under A2LA R311.',
      'Limitations: Brightwater\u2019s liability is limited to the fees paid under this letter. Either party may terminate with 30 days\u2019 written notice.',
    ),
    table([['Accepted', 'Name', 'Date'], [TPAO, 'D. Kowalczyk, Managing Partner', '2024-12-09'], [CSP, CISO, '']]),
  ];
  return {
    file: 'SAP - engagement.docx',
    expected: 'UNKNOWN',
    note: 'A 3PAO engagement letter / statement of work (fees, scope of services, independence), a contract, not the SAP itself: UNKNOWN.',
    data: await buildDocx({ blocks, meta: { title: 'Engagement Letter', author: 'BAG Contracts' } }),
  };
}

function postmortem(): Eval25Doc {
  const blocks: Block[] = [
    big('Customer Incident Report: Degraded approvals on March 11, 2025'),
    p('Status: Resolved | Duration: 1 h 52 min | Affected: Tallgrass Spend Cloud (commercial and government environments)'),
    h1('Summary'),
    p('Between 14:08 and 16:00 UTC, approval routing was delayed for about 38% of requisitions. No data was lost or exposed. The issue was not a security incident.'),
    h1('Timeline (UTC)'),
    table([['Time', 'Event'], ['14:08', 'Deployment of approval-service 2025.03.11-2 begins'], ['14:21', 'Alert: approval queue latency above threshold'], ['14:40', 'Incident declared; status page updated'], ['15:12', 'Rollback started'], ['16:00', 'Queue drained; incident resolved']]),
    h1('Root Cause'),
    p('A database migration added an index without the CONCURRENTLY option, locking the approvals table for writes under load. Our pre-deployment checks did not flag the lock.'),
    h1('What we are changing'),
    ul('Migration linter rule to reject blocking index creation', 'Canary deployments for the approval service', 'Faster status page updates (target: 15 minutes)'),
    p('We apologise for the disruption. Customers with questions can contact support.'),
  ];
  return { file: 'rca-2025-03-11.md', expected: 'UNKNOWN', note: 'A customer-facing outage postmortem (timeline, root cause), not an IRP or contingency plan: UNKNOWN.', data: toMarkdown(blocks) };
}

async function boardDeck(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    ...revisionHistory([{ date: '2025-03-20', version: 'final', change: 'Board pre-read', author: GRC }], 'Version'),
    big('Q1 2025 Security and Compliance Update to the Board'),
    p('Audit Committee pre-read | Confidential'),
    h1('Highlights'),
    ul('FedRAMP: In Process; 3PAO testing started March 17; ATO decision expected June', 'SOC 2 Type II report issued with no exceptions', 'Zero SEV-1 incidents this quarter', 'Phishing simulation click rate down to 2.1%'),
    h1('Key Risks'),
    table([['Risk', 'Trend', 'Owner', 'Mitigation'], ['Third-party e-mail provider breach', 'Up', 'CISO', 'Provider replaced for government environment'], ['FedRAMP timeline slip', 'Flat', 'GRC', 'Weekly tracking with 3PAO'], ['Key person dependency in SRE', 'Down', 'CTO', 'Two new hires']]),
    h1('Budget'),
    p('Security spend is 7.8% of IT budget, in line with plan. FedRAMP program costs year to date: USD 612k of USD 1.1M budget.'),
    h1('Asks of the Board'),
    p('Approve the cyber insurance renewal with increased limits (USD 10M) and note the FedRAMP program status.'),
  ];
  return {
    file: 'Board_Q1_2025.pdf',
    expected: 'UNKNOWN',
    note: 'A quarterly board security update (highlights, risks, budget): UNKNOWN.',
    data: await buildPdf(blocks, { meta: { title: 'Board Q1', author: CISO } }),
  };
}

function subprocessorNoticeCsv(): Eval25Doc {
  // A contract-tracking export kept by Legal (renewals of customer contracts with FedRAMP clauses).
  const rows: string[][] = [
    ['Contract ID', 'Customer', 'Contract Type', 'FedRAMP Addendum', 'Effective Date', 'Renewal Date', 'Annual Value (USD)', 'Legal Owner', 'Notes'],
    ['C-2024-118', AGENCY, 'GSA Schedule Order', 'Yes', '2024-10-01', '2025-09-30', '412000', COUNSEL, 'Agency ATO pending'],
    ['C-2024-131', 'Department of Coastal Resources', 'BPA Call', 'Yes', '2025-01-15', '2026-01-14', '188000', COUNSEL, 'Leverages NFPA package'],
    ['C-2023-077', 'Meridian Health Partners', 'MSA + Order Form', 'No', '2023-06-01', '2025-05-31', '96000', 'J. Okonkwo', 'SIG Lite returned 2025-03-03'],
    ['C-2025-004', 'Harborview County', 'MSA + Order Form', 'No', '2025-02-01', '2026-01-31', '54000', 'J. Okonkwo', 'DPA executed'],
    ['C-2025-009', 'State of Plains DOT', 'Cooperative contract', 'No', '2025-03-01', '2026-02-28', '131000', COUNSEL, 'StateRAMP requested'],
  ];
  return { file: 'contracts_tracker.csv', expected: 'UNKNOWN', note: 'Legal\u2019s contract tracker export (customers, renewal dates, FedRAMP addendum flag): UNKNOWN.', data: csv(rows) };
}

export async function unknownDocs(): Promise<Eval25Doc[]> {
  const out: Eval25Doc[] = [];
  for (const f of [msa, fedrampAddendum, dpa, sla, subprocessors, whitepaper, pentestLetter, soc3, sigLite, nda, incidentLetter, engagementLetter, boardDeck]) out.push(await f());
  out.push(termsOfService(), trustCenter(), pressRelease(), bugBounty(), privacyNotice(), postmortem(), subprocessorNoticeCsv());
  return out;
}
