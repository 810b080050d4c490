/** Prose deliverables of the package: SSP, FIPS 199, DIW, PTA/PIA, SoD, laws, SAP, SAR, ATO, change forms. */
import { big, bh, buildDocx, buildPdf, h1, h2, p, pb, ps, small, table, ul } from './kit.js';
import type { Block } from './kit.js';
import {
  AGENCY,
  AGENCY_ABBR,
  CISO,
  CSO,
  CSO_ABBR,
  CSP,
  CTO,
  CUI_NOTICE,
  GRC,
  ISSO,
  PKG_ID,
  TPAO,
  approvals,
  distribution,
  revisionHistory,
  systemInfoTable,
  tocBlock,
} from './org.js';
import type { Eval25Doc } from './types.js';

const CONTROL_STMTS: [string, string, string][] = [
  ['AC-2', 'Account Management', 'Tallgrass manages system accounts through the identity governance tool. Account types (individual, privileged, service, emergency) are defined in the Access Control Policy. Account managers approve requests; accounts are reviewed quarterly and inactive accounts are disabled after 90 days.'],
  ['AC-17', 'Remote Access', 'All administrative remote access is brokered by a zero-trust access proxy that enforces phishing-resistant MFA and device posture checks; sessions use TLS 1.2+ with FIPS 140-validated modules.'],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Audit records from AWS CloudTrail, EKS, the application and the WAF are sent to the SIEM. Correlation rules alert the SOC; analysts review audit summaries weekly and report findings to the ISSO.'],
  ['CM-6', 'Configuration Settings', 'Configuration settings follow CIS benchmarks listed in the Configuration Management Plan; deviations are documented and approved. AWS Config and Gatekeeper policies enforce and monitor settings.'],
  ['IA-2', 'Identification and Authentication (Organizational Users)', 'Organizational users authenticate through the corporate IdP with FIDO2 security keys; agency users federate through SAML with PIV/CAC.'],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Authenticated OS and database scans run monthly with Tenable; web application scans run monthly with an authenticated DAST profile. Findings are remediated within FedRAMP timeframes and tracked in the POA&M.'],
  ['SC-8', 'Transmission Confidentiality and Integrity', 'All external and internal traffic is encrypted using TLS 1.2 or higher terminating on FIPS 140-validated load balancers and service mesh sidecars.'],
  ['SC-28', 'Protection of Information at Rest', 'Aurora, EBS and S3 are encrypted with AWS KMS customer managed keys (FIPS 140-validated HSMs).'],
];

async function sspDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big(`${CSO} (${CSO_ABBR})`),
    big('System Security Plan'),
    p('FedRAMP Moderate Baseline | Version 4.1 | 2025-02-28'),
    p(`Prepared by ${CSP}, 1200 Prairie Avenue, Suite 400, Omaha, NE 68102`),
    CUI_NOTICE,
    pb(),
    ...revisionHistory(
      [
        { date: '2024-03-15', version: '4.0', change: 'Initial Rev 5 SSP for agency authorization', author: GRC },
        { date: '2024-11-02', version: '4.0.3', change: 'Updated after SAR; interconnection table revised', author: GRC },
        { date: '2025-02-28', version: '4.1', change: 'Annual update; new reporting subsystem; SR controls', author: GRC },
      ],
      'Document Revision History',
      'h1',
    ),
    ...approvals([
      [CTO, 'System Owner'],
      [CISO, 'Chief Information Security Officer'],
      [ISSO, 'Information System Security Officer'],
    ]),
    pb(),
    ...tocBlock(['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '9 General System Description', '10 System Environment and Inventory', '13 Minimum Security Controls', 'Appendix A Attachments']),
    pb(),
    h1('1 Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${CSO} (${CSO_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [PKG_ID, CSO, CSO_ABBR]]),
    h1('2 Information System Categorization'),
    p('The overall information system sensitivity categorization is noted in the table that follows. The full FIPS 199 categorization is in Attachment 10.'),
    table([['Security Objective', 'Impact Level'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    h2('2.1 Digital Identity Determination'),
    p('The digital identity level is IAL2 / AAL2 / FAL2 as determined in the Digital Identity Worksheet (Attachment 3).'),
    h1('3 Information System Owner'),
    table([['Name', 'Title', 'Company', 'E-mail'], [CTO, 'Chief Technology Officer', CSP, 'h.achterberg@tallgrassledger.example']]),
    h1('9 General System Description'),
    ...ps(
      `${CSO} is a Software as a Service spend management application for federal agencies. It supports requisitions, approvals, purchase orders, supplier onboarding and spend analytics. The system is hosted on AWS GovCloud (US-West) and leverages the AWS GovCloud FedRAMP High P-ATO for physical and environmental controls.`,
      'Users: agency requesters, approvers, buyers, auditors and tenant administrators (external users); Tallgrass SRE, security and support personnel (internal users). Privileged functions are restricted to internal administrators and tenant administrators.',
    ),
    h2('9.3 Authorization Boundary'),
    p('The authorization boundary includes the production VPCs in us-gov-west-1 and us-gov-east-1, the EKS clusters, Aurora databases, S3 buckets, the SIEM tenant and the CI/CD runners that deploy to production. Corporate IT systems are outside the boundary.'),
    h1('10 System Environment and Inventory'),
    p('Directions for attaching the inventory: the Integrated Inventory Workbook is Attachment 13 and is updated monthly.'),
    h1('13 Minimum Security Controls'),
    p('The following control implementation statements describe how each control of the FedRAMP Moderate baseline is implemented. Customer responsibilities are summarised in the CIS/CRM workbook (Attachment 12).'),
  ];
  for (const [id, name, stmt] of CONTROL_STMTS) {
    blocks.push(h2(`${id} ${name}`));
    blocks.push(
      table([
        [`${id} Control Summary Information`, ''],
        ['Responsible Role', 'ISSO; SRE Manager'],
        ['Implementation Status', 'Implemented'],
        ['Control Origination', 'Service Provider Corporate; Service Provider System Specific'],
      ]),
    );
    blocks.push(bh(`${id} What is the solution and how is it implemented?`));
    blocks.push(p(stmt));
  }
  blocks.push(h1('Appendix A Attachments'));
  blocks.push(
    table([
      ['#', 'Attachment', 'File'],
      ['1', 'Information Security Policies and Procedures', 'TSC-ISP-v5.1.docx'],
      ['6', 'Information System Contingency Plan', 'TSC-ISCP-v3.2.docx'],
      ['8', 'Incident Response Plan', 'TSC-IRP-v4.1.docx'],
      ['12', 'CIS/CRM Workbook', 'TSC-CIS-CRM.xlsx'],
      ['13', 'Integrated Inventory Workbook', 'TSC-Inventory-2025-02.xlsx'],
    ]),
  );
  return {
    file: 'TSC-SSP-v4.1.docx',
    expected: 'SSP',
    note: 'The CSP\u2019s System Security Plan (system identification, categorization, boundary, control implementation statements): SSP.',
    data: await buildDocx({ blocks, header: `${CSO} System Security Plan v4.1 | CUI`, meta: { title: 'FedRAMP SSP Template', author: 'FedRAMP PMO', lastModifiedBy: GRC } }),
  };
}

async function fips199Docx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    ...revisionHistory([{ date: '2025-01-10', version: '2.0', change: 'Reconfirmed categorization after adding supplier banking data', author: GRC }]),
    big('FIPS 199 Security Categorization'),
    p(`${CSO} | SSP Attachment 10`),
    h1('Introduction and Purpose'),
    p(`This document records the security categorization of ${CSO} in accordance with FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.`),
    h1('Information Types'),
    table([
      ['Information Type (SP 800-60)', 'NIST ID', 'Confidentiality', 'Integrity', 'Availability'],
      ['Goods Acquisition', 'C.3.1.4', 'Low', 'Moderate', 'Low'],
      ['Financial Management: Funds Control', 'C.3.2.1', 'Moderate', 'Moderate', 'Low'],
      ['Supply Chain Management: Logistics Management', 'C.3.4.2', 'Low', 'Low', 'Low'],
      ['Personal Identity and Authentication', 'D.20.4', 'Moderate', 'Moderate', 'Moderate'],
    ]),
    h1('Security Categorization'),
    p('Applying the high water mark to the information types above gives the following security category:'),
    p('SC Tallgrass Spend Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}'),
    p('The system is therefore categorized as a Moderate impact system and uses the FedRAMP Moderate baseline.'),
    h1('Approvals'),
    table([['Role', 'Name', 'Signature', 'Date'], ['System Owner', CTO, '', ''], ['ISSO', ISSO, '', '']]),
  ];
  return {
    file: 'attachment10.docx',
    expected: 'FIPS_199',
    note: 'The FIPS 199 security categorization with SP 800-60 information types and the high water mark result: FIPS 199.',
    data: await buildDocx({ blocks, meta: { title: 'attachment10.docx' } }),
  };
}

async function fips199Pdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    small('Prepared with the agency ISSO during the partnership kickoff'),
    bh('Security Categorization Worksheet (FIPS PUB 199)'),
    p(`System: ${CSO} Reporting Module. The reporting subsystem was categorized separately to confirm it does not raise the overall categorization of the system.`),
    table([
      ['Information type', 'C', 'I', 'A', 'Rationale for adjustment'],
      ['C.3.1.4 Goods Acquisition', 'Low', 'Moderate', 'Low', 'Provisional values retained'],
      ['C.3.2.1 Funds Control', 'Moderate', 'Moderate', 'Low', 'Obligation amounts are sensitive before award'],
      ['C.2.8.12 Official Information Dissemination', 'Low', 'Low', 'Low', 'Published reports only'],
    ]),
    p('Overall: Confidentiality Moderate, Integrity Moderate, Availability Low. Security categorization of the reporting module: MODERATE. The overall system remains FIPS 199 Moderate.'),
    ...ps(
      'The categorization followed the process of NIST SP 800-60: identify information types, select provisional impact levels, review and adjust them for the system context, and determine the overall categorization by the high water mark.',
      'The availability impact of the reporting module is Low because agencies can continue procurement operations without reports for several days.',
    ),
    table([['Reviewed by', 'Organization', 'Date'], [ISSO, CSP, '2025-01-10'], ['R. Delacroix', `${AGENCY_ABBR} ISSO`, '2025-01-14']]),
  ];
  return {
    file: 'worksheet.pdf',
    expected: 'FIPS_199',
    note: 'A FIPS PUB 199 security categorization worksheet with information types and impact levels: FIPS 199.',
    data: await buildPdf(blocks, { meta: { title: 'Untitled' } }),
  };
}

async function diwDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Digital Identity Worksheet'),
    p(`${CSO} | SSP Attachment 3 | based on NIST SP 800-63-3`),
    h1('Introduction'),
    p('This worksheet determines the digital identity assurance levels for the system: Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL), using the risk assessment process of NIST SP 800-63-3 Section 6.'),
    h1('Impact Assessment'),
    table([
      ['Category of harm', 'Potential impact of authentication error'],
      ['Inconvenience, distress or damage to standing or reputation', 'Moderate'],
      ['Financial loss or agency liability', 'Moderate'],
      ['Harm to agency programs or public interests', 'Low'],
      ['Unauthorized release of sensitive information', 'Moderate'],
      ['Personal safety', 'None'],
      ['Civil or criminal violations', 'Low'],
    ]),
    h1('Selected Assurance Levels'),
    table([['Level', 'Selected', 'Justification'], ['IAL', 'IAL2', 'Agency users are identity-proofed by their agency (PIV)'], ['AAL', 'AAL2', 'Multi-factor authentication required; PIV and FIDO2 meet AAL2 and above'], ['FAL', 'FAL2', 'Signed and encrypted SAML assertions']]),
    h1('Digital Identity Level'),
    p('The system\u2019s digital identity level is Level 2 (IAL2/AAL2/FAL2), consistent with a FIPS 199 Moderate system. The SSP Section 2.1 references this determination.'),
  ];
  return {
    file: 'DIW.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'The Digital Identity Worksheet selecting IAL/AAL/FAL per SP 800-63-3: digital identity worksheet.',
    data: await buildDocx({ blocks, meta: { title: 'Digital Identity Worksheet', author: GRC } }),
  };
}

async function diwPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table([[`${CSO}`, 'Attachment 3'], ['E-Authentication / Digital Identity Level Determination', 'v1.3']], false),
    ...ps(
      'Purpose: document the digital identity risk assessment for users of the system and record the resulting assurance levels (IAL, AAL, FAL) per NIST SP 800-63-3.',
      'Step 1 - Assess impacts of authentication errors for each category of harm. Step 2 - Select IAL. Step 3 - Select AAL. Step 4 - Select FAL.',
    ),
    table([['Harm category', 'Low', 'Moderate', 'High'], ['Inconvenience / reputation', '', 'X', ''], ['Financial loss', '', 'X', ''], ['Harm to programs', 'X', '', ''], ['Sensitive information release', '', 'X', ''], ['Personal safety', 'N/A', '', ''], ['Civil/criminal violations', 'X', '', '']]),
    p('Result: IAL2, AAL2, FAL2. Privileged internal users authenticate at AAL3 with hardware-backed FIDO2 authenticators.'),
    p('Digital Identity Acceptance Statement: the assurance levels selected are accepted by the system owner and the sponsoring agency.'),
    table([['System Owner', CTO, 'Date 2025-01-10']], false),
  ];
  return {
    file: 'eauth_final.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'A digital identity level determination (harm categories, IAL/AAL/FAL selection): digital identity worksheet.',
    data: await buildPdf(blocks, { meta: { author: GRC } }),
  };
}

async function ptaDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Privacy Threshold Analysis (PTA)'),
    p(`${CSO} | SSP Attachment 4`),
    h1('Section 1: System Information'),
    systemInfoTable(),
    h1('Section 2: PII Determination'),
    table([
      ['Question', 'Answer'],
      ['1. Does the system collect, maintain, use or disseminate PII?', 'Yes'],
      ['2. About whom? (federal employees, contractors, members of the public)', 'Federal employees and contractors (users); supplier points of contact'],
      ['3. What PII elements?', 'Name, work e-mail, work phone, user ID; supplier bank account and tax ID (TIN) for payment'],
      ['4. Is there a System of Records Notice (SORN)?', 'Agency responsibility; agencies use their existing procurement SORNs'],
      ['5. Is a Privacy Impact Assessment required?', 'Yes - supplier TIN and bank account data are sensitive PII'],
    ]),
    h1('Section 3: Determination'),
    p('Based on the answers above, the system contains PII and a full Privacy Impact Assessment (PIA) is required. The PIA is provided as part of Attachment 4.'),
    table([['Privacy Officer', 'Signature', 'Date'], ['J. Okonkwo, Privacy Counsel', '', '2025-01-12']]),
  ];
  return {
    file: 'PTA_TSC.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'A Privacy Threshold Analysis with PII questions and PIA determination: privacy assessment (PTA).',
    data: await buildDocx({ blocks, meta: { title: 'PTA', author: 'Privacy' } }),
  };
}

async function piaPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Privacy Impact Assessment'),
    p(`${CSO} | Version 2.0 | SSP Attachment 4`),
    h1('1. Overview'),
    p(`This Privacy Impact Assessment (PIA) evaluates how ${CSO} collects, uses, shares, secures and disposes of personally identifiable information (PII) on behalf of federal agency customers, following the E-Government Act of 2002 Section 208 and OMB M-03-22.`),
    h1('2. Characterization of the Information'),
    ...ps(
      'PII collected: user name, work e-mail, work phone, agency, role; supplier contact names, supplier tax identification numbers and bank account details for payment processing.',
      'Sources: agency administrators provision users; suppliers enter their own information in the supplier portal.',
    ),
    h1('3. Uses of the Information'),
    p('PII is used to authenticate users, route approvals, communicate with suppliers and pay invoices through the agency\u2019s financial system integration. It is not used for any other purpose or sold.'),
    h1('4. Retention'),
    p('Records are retained per the agency\u2019s records schedule (GRS 1.1) configured in the tenant; default retention is six years after contract close-out.'),
    h1('5. Internal and External Sharing'),
    p('PII is shared with the agency\u2019s financial system via an authenticated API. No other external sharing occurs. Subprocessors in the boundary are listed in the SSP.'),
    h1('6. Notice, Access, Redress and Correction'),
    p('Notice is provided by the agency at sign-in through its privacy banner. Suppliers may correct their information in the supplier portal.'),
    h1('7. Technical Access and Security'),
    p('Supplier bank data is encrypted at the field level with a dedicated KMS key; access is limited to the payment service and logged.'),
    h1('8. Privacy Risks and Mitigations'),
    table([['Risk', 'Mitigation'], ['Unauthorized access to supplier banking data', 'Field-level encryption, role restriction, monitoring'], ['Over-retention', 'Tenant retention policies and automated purge']]),
  ];
  return {
    file: 'PIA-2025.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'A Privacy Impact Assessment (characterization of PII, uses, retention, sharing, risks): privacy assessment (PIA).',
    data: await buildPdf(blocks, { meta: { title: 'Privacy Impact Assessment', author: 'Privacy Office' } }),
  };
}

async function sodDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Separation of Duties Matrix'),
    p(`${CSO} | SSP Attachment 11 | AC-5`),
    p('The matrix below identifies duties that are separated among roles to reduce the risk of malevolent activity without collusion. An X means the role performs the duty; duties marked incompatible must not be performed by the same individual.'),
    table([
      ['Duty / Function', 'Developer', 'SRE', 'Security Engineer', 'DBA', 'ISSO', 'Support'],
      ['Write application code', 'X', '', '', '', '', ''],
      ['Approve pull request to main', 'X (not own)', '', '', '', '', ''],
      ['Deploy to production', '', 'X', '', '', '', ''],
      ['Manage IAM roles and policies', '', '', 'X', '', '', ''],
      ['Review audit logs', '', '', 'X', '', 'X', ''],
      ['Administer database', '', '', '', 'X', '', ''],
      ['Approve access requests', '', '', '', '', 'X', ''],
      ['Access customer tenant (with ticket)', '', '', '', '', '', 'X'],
      ['Modify SIEM rules', '', '', 'X', '', '', ''],
    ]),
    h1('Incompatible duties'),
    ul('Writing code and approving its own pull request', 'Requesting and approving the same access', 'Administering the SIEM and being the subject of its monitoring without independent review'),
  ];
  return {
    file: 'Attachment 11.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'A separation of duties matrix (roles vs duties, incompatible duties, AC-5): separation of duties matrix.',
    data: await buildDocx({ blocks, meta: { author: GRC } }),
  };
}

async function lawsDocx(): Promise<Eval25Doc> {
  const rows: string[][] = [
    ['Reference', 'Title', 'Date', 'Link'],
    ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['E-Government Act of 2002, Sec. 208', 'Privacy provisions', '2002', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
    ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
    ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '2016', 'https://www.whitehouse.gov/omb'],
    ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', '2017', ''],
    ['FIPS PUB 199', 'Standards for Security Categorization', '2004', ''],
    ['FIPS PUB 200', 'Minimum Security Requirements', '2006', ''],
    ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', '2019', ''],
    ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '2020', ''],
    ['NIST SP 800-37 Rev 2', 'Risk Management Framework', '2018', ''],
    ['NIST SP 800-63-3', 'Digital Identity Guidelines', '2017', ''],
    ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide', '2010', ''],
    ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', '2012', ''],
    ['NIST SP 800-161 Rev 1', 'Cybersecurity Supply Chain Risk Management', '2022', ''],
  ];
  const blocks: Block[] = [
    big(`${CSO}`),
    big('Laws and Regulations'),
    p('SSP Attachment 12 (Rev 5: Appendix L) - Applicable laws, regulations, standards and guidance'),
    p('The following laws, regulations, standards and guidance apply to the system and are referenced by the System Security Plan and its attachments.'),
    h1('Applicable Laws and Regulations'),
    table(rows.slice(0, 6)),
    h1('Applicable Standards and Guidance'),
    table([rows[0] as string[], ...rows.slice(6)]),
  ];
  return {
    file: 'laws_regs.docx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'The SSP attachment listing applicable laws, regulations, standards and guidance: laws and regulations.',
    data: await buildDocx({ blocks, meta: { title: 'Attachment 12', author: GRC } }),
  };
}

async function sapDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    small(`${TPAO} | A2LA Certificate 4471.02`),
    big(`${CSO}`),
    big('Security Assessment Plan (SAP)'),
    p('Initial Assessment | FedRAMP Moderate | Version 1.0'),
    ...distribution([[CTO, CSP, '1'], [`${AGENCY_ABBR} Authorizing Official`, AGENCY, '1'], ['FedRAMP PMO', 'GSA', '1']]),
    ...revisionHistory([{ date: '2025-03-03', version: '1.0', change: 'Issued for agency approval', author: 'A. Whitcombe, Assessment Lead' }]),
    pb(),
    h1('1 Introduction'),
    p(`${TPAO}, an accredited Third Party Assessment Organization (3PAO), will perform an independent assessment of ${CSO}. This Security Assessment Plan describes the scope, methodology, schedule, test cases and rules of engagement for the assessment. It is based on the SSP version 4.1 dated 2025-02-28.`),
    h1('2 Scope'),
    ul('All FedRAMP Moderate Rev 5 controls (323 controls and enhancements)', 'Production environment in us-gov-west-1 and us-gov-east-1', 'Sampling of EKS worker nodes, databases and web endpoints per FedRAMP sampling guidance', 'Inherited controls from AWS GovCloud verified against the P-ATO CRM'),
    h1('3 Assessment Methodology'),
    ...ps(
      'Controls are assessed with the examine, interview and test methods of NIST SP 800-53A Rev 5. Test cases are taken from the FedRAMP Moderate test case workbook. Evidence is collected in the 3PAO evidence repository.',
      'Technical testing includes authenticated vulnerability scanning (OS, database, web application) with the 3PAO\u2019s own scanners, configuration compliance scans against the CIS baselines, and penetration testing following the FedRAMP Penetration Test Guidance attack vectors.',
    ),
    h1('4 Test Plan'),
    table([['Activity', 'Start', 'End'], ['Kickoff and document review', '2025-03-17', '2025-03-21'], ['Control testing and interviews', '2025-03-24', '2025-04-11'], ['Vulnerability scanning', '2025-03-24', '2025-03-28'], ['Penetration testing', '2025-03-31', '2025-04-11'], ['SAR delivery', '2025-05-02', '']]),
    h1('5 Rules of Engagement'),
    ...ps(
      'Testing is performed from the 3PAO IP addresses 198.51.100.20-29, which the CSP allow-lists at the WAF for the test window. Denial-of-service testing is out of scope. Social engineering is limited to a phishing campaign against administrators with CSP consent.',
      'Either party may halt testing if production stability is at risk. Critical findings are reported to the CSP ISSO within 24 hours. The CSP and the 3PAO sign the rules of engagement in Appendix D.',
    ),
    h1('Appendix D Rules of Engagement Signatures'),
    table([['Name', 'Organization', 'Signature'], [CTO, CSP, ''], ['A. Whitcombe', TPAO, '']]),
  ];
  return {
    file: 'SAP_TSC_2025.docx',
    expected: 'SAP',
    note: 'The 3PAO\u2019s Security Assessment Plan (scope, methodology, schedule, rules of engagement): SAP.',
    data: await buildDocx({ blocks, header: `${TPAO} - Proprietary`, meta: { title: 'Security Assessment Plan', author: 'A. Whitcombe' } }),
  };
}

async function sarDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Security Assessment Report'),
    p(`${CSO} | FedRAMP Moderate | Prepared by ${TPAO}`),
    p('Version 1.0 | 2025-05-02'),
    ...revisionHistory([{ date: '2025-05-02', version: '1.0', change: 'Final', author: 'A. Whitcombe' }]),
    pb(),
    h1('Executive Summary'),
    ...ps(
      `${TPAO} performed an independent security assessment of ${CSO} between 2025-03-17 and 2025-04-11 following the approved Security Assessment Plan. The assessment covered 323 controls of the FedRAMP Moderate baseline, vulnerability scanning, and penetration testing.`,
      'The assessment identified 14 findings: 0 High, 9 Moderate and 5 Low. Two findings were remediated during testing and are closed. The remaining findings are entered in the CSP\u2019s POA&M.',
    ),
    h1('Risk Exposure Table'),
    table([
      ['ID', 'Control', 'Finding', 'Likelihood', 'Impact', 'Risk Exposure', 'Status'],
      ['V-001', 'RA-5', 'Outdated OpenSSL on two worker nodes', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['T-004', 'AC-2', 'Two service accounts without owner', 'Low', 'Moderate', 'Low', 'Open'],
      ['T-007', 'CP-4', 'Contingency plan test lacked failback', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['P-002', 'SC-8', 'TLS 1.0 on legacy supplier endpoint', 'Moderate', 'Moderate', 'Moderate', 'Closed'],
    ]),
    h1('Authorization Recommendation'),
    p(`Based on the results of the assessment, ${TPAO} recommends that ${AGENCY} grant an Authority to Operate to ${CSO}. The system meets the FedRAMP Moderate requirements; the residual risk is acceptable with the POA&M in place, and there are no High findings.`),
    h1('Assessment Methodology'),
    p('Examine, interview and test per NIST SP 800-53A; scans with Tenable and an authenticated DAST; penetration test per FedRAMP guidance.'),
  ];
  return {
    file: 'BAG-TSC-deliverable-3.docx',
    expected: 'SAR',
    note: 'The 3PAO\u2019s Security Assessment Report with risk exposure table and authorization recommendation: SAR.',
    data: await buildDocx({ blocks, meta: { title: 'SAR', author: TPAO } }),
  };
}

async function sarPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table([[TPAO, 'Annual Assessment 2025'], ['Client', CSP], ['System', CSO]], false),
    big('Security Assessment Report'),
    p('Annual Assessment - Continuous Monitoring Year 1'),
    h1('1 Executive Summary'),
    p('This report documents the results of the annual assessment of a subset of controls (core controls, controls changed since the last assessment, and controls selected by the agency) plus vulnerability scanning and penetration testing. 112 controls were tested.'),
    h1('2 Summary of Risks'),
    table([['Risk Level', 'Open at Start', 'Identified', 'Closed During Testing', 'Open at End'], ['High', '0', '1', '1', '0'], ['Moderate', '3', '6', '2', '7'], ['Low', '4', '3', '1', '6']]),
    h1('3 Risk Exposure Table'),
    table([['ID', 'Description', 'Source', 'Initial Risk', 'Adjusted Risk'], ['AA-01', 'Privileged session timeout 60 minutes instead of 15', 'AC-12 test', 'Moderate', 'Moderate'], ['AA-05', 'Apache HTTP Server path traversal on supplier portal', 'Web scan', 'High', 'High (closed)'], ['AA-09', 'Audit review not evidenced for two weeks', 'AU-6 examine', 'Low', 'Low']]),
    h1('4 Authorization Recommendation'),
    p(`${TPAO} attests that the assessment was performed in accordance with FedRAMP requirements and recommends continued authorization of ${CSO}.`),
    p('Lead Assessor: A. Whitcombe, CISSP. Quality review: M. Ferreira.'),
  ];
  return {
    file: 'annual-2025.pdf',
    expected: 'SAR',
    note: 'A 3PAO annual Security Assessment Report (risk summary, risk exposure table, recommendation): SAR.',
    data: await buildPdf(blocks, { header: `${TPAO}`, meta: { title: 'SAR Annual 2025', author: TPAO, producer: 'Microsoft: Print To PDF' } }),
  };
}

async function atoPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p(AGENCY.toUpperCase()),
    p('Office of the Chief Information Officer'),
    p('1401 Constitution Avenue NW, Washington, DC 20230'),
    p('May 30, 2025'),
    p('MEMORANDUM FOR: Rebecca Stroud, Chief Executive Officer, Tallgrass Ledger, Inc.'),
    p('FROM: Gordon A. Pell, Chief Information Officer and Authorizing Official'),
    p(`SUBJECT: Authority to Operate (ATO) for ${CSO}`),
    ...ps(
      `The ${AGENCY} has completed its review of the security authorization package for ${CSO}, FedRAMP Package ID ${PKG_ID}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones.`,
      `Based on this review, I have determined that the risk to agency operations, assets and individuals from operating the system is acceptable. Accordingly, I grant an Authority to Operate for ${CSO} at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this letter, subject to continuous monitoring.`,
      'This authorization is conditioned on: (1) remediation of POA&M items within FedRAMP timeframes; (2) monthly continuous monitoring deliverables to the agency and the FedRAMP secure repository; (3) notification of significant changes before implementation; (4) an annual assessment by a 3PAO.',
      'The agency will share this ATO with the FedRAMP PMO so that the package may be listed in the FedRAMP Marketplace and leveraged by other agencies.',
    ),
    p('Gordon A. Pell'),
    p('Authorizing Official'),
    p(`cc: ${AGENCY_ABBR} CISO; FedRAMP PMO`),
  ];
  return {
    file: 'signed_20250530.pdf',
    expected: 'ATO_LETTER',
    note: 'The agency authorizing official\u2019s Authority to Operate memorandum for the system: ATO letter.',
    data: await buildPdf(blocks, { serif: true, meta: { producer: 'Adobe Acrobat Pro (64-bit) 24.1', title: 'ATO Memo' } }),
  };
}

async function atoDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p('Department of Coastal Resources - Office of the CIO'),
    p('Date: September 12, 2025'),
    p(`To: ${CSP}`),
    p(`Re: Agency Authorization to Operate - leveraging FedRAMP package ${PKG_ID}`),
    ...ps(
      `The Department of Coastal Resources has reviewed the FedRAMP authorization package of ${CSO}, originally authorized by the ${AGENCY}, including the SSP, SAR and current POA&M available in the FedRAMP secure repository.`,
      `As Authorizing Official, I accept the residual risk and grant an Authority to Operate for the department\u2019s use of ${CSO}. The department\u2019s customer-responsible controls are documented in our agency-specific control implementation. This ATO expires on September 12, 2028 unless revoked.`,
      'The CSP shall make monthly continuous monitoring deliverables available to the department and report incidents per the FedRAMP Incident Communications Procedures.',
    ),
    p('Signed: ____________________'),
    p('Lorraine Tsosie, Authorizing Official'),
  ];
  return {
    file: 'DCR ATO - leveraged.docx',
    expected: 'ATO_LETTER',
    note: 'A second agency\u2019s ATO letter leveraging the existing FedRAMP package: ATO letter.',
    data: await buildDocx({ blocks, meta: { title: 'Letterhead template', author: 'DCR OCIO' } }),
  };
}

async function scrDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Significant Change Request Form'),
    p(`CSP: ${CSP} | CSO: ${CSO} | Package ID: ${PKG_ID}`),
    table([
      ['Field', 'Entry'],
      ['Date of request', '2025-06-18'],
      ['Change type', 'New external service / interconnection; change to the authorization boundary'],
      ['Description of the change', 'Introduce a managed OCR service (AWS Textract, FedRAMP High) to extract invoice data; new data flow from the invoice bucket to Textract and back.'],
      ['Reason for the change', 'Customer request to automate invoice matching'],
      ['Components affected', 'Invoice service, S3 invoice bucket, IAM roles, VPC endpoints'],
      ['Security controls affected', 'AC-4, CA-3, CM-2, SA-9, SC-7, SC-8, SC-28'],
      ['3PAO assessment required', `Yes - ${TPAO} will assess affected controls; SAP addendum to follow`],
      ['Planned implementation date', '2025-08-15'],
    ]),
    h1('Security Impact Analysis'),
    p('The ISSO analysed the change under the Configuration Management Plan. The service is FedRAMP authorized and within AWS GovCloud; invoice data remains encrypted with customer managed keys. The change alters the boundary diagram and data flow diagram of the SSP and is therefore submitted as a significant change for agency approval before implementation.'),
    h1('Approvals'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP System Owner', CTO, 'Requested', '2025-06-18'], [`${AGENCY_ABBR} AO`, '', '', '']]),
  ];
  return {
    file: 'SCR-2025-03.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'A Significant Change Request form for a new external service and boundary change: significant change request.',
    data: await buildDocx({ blocks, meta: { title: 'SCR form', author: ISSO } }),
  };
}

async function scrPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    bh(`Subject: Significant Change Notification and Request - ${CSO} - migration of Aurora PostgreSQL 13 to 16`),
    p(`To: ${AGENCY_ABBR} ISSO; FedRAMP PMO. From: ${GRC}, GRC Manager.`),
    ...ps(
      `${CSP} requests approval of the following significant change to ${CSO}, in accordance with the FedRAMP significant change policies. The change replaces the database engine major version and moves the database to a new cluster architecture (Aurora I/O-Optimized).`,
      'Scope of change: database tier only; no change to data types, users or external interconnections. Affected controls: CM-2, CM-3, CM-6, CP-9, CP-10, SC-28, SI-2.',
      'Assessment plan: the 3PAO will test the affected controls and perform authenticated database scans after the migration in staging; results will be delivered as a SAR addendum before production cut-over.',
      'Risk: the migration reduces risk because PostgreSQL 13 reaches end of standard support; rollback uses the snapshot taken before cut-over.',
    ),
    table([['Item', 'Value'], ['Requested by', GRC], ['Requested implementation', '2025-10-04'], ['Change ID', 'SCR-2025-05']]),
  ];
  return {
    file: 'message (4).pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'A significant change request written as a memo to the agency and PMO (database engine migration, affected controls, 3PAO plan).',
    data: await buildPdf(blocks, { meta: { title: 'RE: SCR', author: GRC } }),
  };
}

async function devDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('FedRAMP Deviation Request'),
    p(`${CSO} | Package ${PKG_ID}`),
    table([
      ['Deviation Request Field', 'Response'],
      ['DR ID', 'DR-2025-007'],
      ['Deviation type', 'Risk Adjustment'],
      ['POA&M ID', 'V-2025-0193'],
      ['Vulnerability', 'CVE-2024-45337 golang.org/x/crypto in a vendor-supplied sidecar'],
      ['Original risk rating', 'High'],
      ['Proposed adjusted rating', 'Moderate'],
      ['Justification', 'The vulnerable function (ServerConfig.PublicKeyCallback) is not reachable: the sidecar does not run an SSH server. Network policy blocks inbound traffic to the sidecar.'],
      ['Vendor dependency', 'Yes - vendor fix expected in release 3.8'],
      ['Supporting evidence', 'Code path analysis, network policy manifest, vendor advisory'],
    ]),
    h1('CSP Attestation'),
    p('The CSP attests that the information in this deviation request is accurate and that compensating controls are in place. The POA&M will be updated with the approved rating.'),
    table([['Name', 'Title', 'Date'], [ISSO, 'ISSO', '2025-04-09']]),
    h1('Agency Review'),
    table([['Decision', 'Approved / Denied'], ['AO comments', '']]),
  ];
  return {
    file: 'DR-2025-007.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'A deviation request (risk adjustment of a POA&M item with justification and evidence): deviation request.',
    data: await buildDocx({ blocks, meta: { title: 'Deviation Request', author: ISSO } }),
  };
}

async function checklistDocx(): Promise<Eval25Doc> {
  const items: [string, string, string][] = [
    ['1', 'System Security Plan (SSP) with all attachments', 'Yes'],
    ['2', 'Attachment 1: Information Security Policies and Procedures', 'Yes'],
    ['3', 'Attachment 2: User Guide', 'Yes'],
    ['4', 'Attachment 3: Digital Identity Worksheet', 'Yes'],
    ['5', 'Attachment 4: PTA/PIA', 'Yes'],
    ['6', 'Attachment 5: Rules of Behavior', 'Yes'],
    ['7', 'Attachment 6: Information System Contingency Plan', 'Yes'],
    ['8', 'Attachment 7: Configuration Management Plan', 'Yes'],
    ['9', 'Attachment 8: Incident Response Plan', 'Yes'],
    ['10', 'Attachment 9: CIS/CRM Workbook', 'Yes'],
    ['11', 'Attachment 10: FIPS 199', 'Yes'],
    ['12', 'Attachment 11: Separation of Duties Matrix', 'Yes'],
    ['13', 'Attachment 12: Laws and Regulations', 'Yes'],
    ['14', 'Attachment 13: Integrated Inventory Workbook', 'Yes'],
    ['15', 'Security Assessment Plan (SAP)', 'Yes'],
    ['16', 'Security Assessment Report (SAR) with scan results and penetration test report', 'Yes'],
    ['17', 'Plan of Action and Milestones (POA&M)', 'Yes'],
    ['18', 'Agency ATO letter', 'Pending'],
  ];
  const blocks: Block[] = [
    big('FedRAMP Initial Authorization Package Checklist'),
    p(`CSP: ${CSP} | CSO: ${CSO} | Package ID: ${PKG_ID} | Impact: Moderate`),
    p('Instructions: The CSP completes this checklist and submits it with the initial authorization package. Indicate whether each item is included in the package and, where applicable, its location in the FedRAMP secure repository.'),
    table([['#', 'Package Item', 'Included (Yes/No)'], ...items]),
    h1('Additional Checks'),
    table([['Check', 'Response'], ['Are all controls in the SSP marked with an implementation status?', 'Yes'], ['Does the SAR include an authorization recommendation?', 'Yes'], ['Does the POA&M include all open SAR findings?', 'Yes'], ['Was the SSP validated against the FedRAMP baseline?', 'Yes']]),
  ];
  return {
    file: 'checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'The FedRAMP Initial Authorization Package Checklist filled in by the CSP: authorization checklist.',
    data: await buildDocx({ blocks, meta: { author: GRC } }),
  };
}

export async function packageDocs(): Promise<Eval25Doc[]> {
  return Promise.all([
    sspDocx(),
    fips199Docx(),
    fips199Pdf(),
    diwDocx(),
    diwPdf(),
    ptaDocx(),
    piaPdf(),
    sodDocx(),
    lawsDocx(),
    sapDocx(),
    sarDocx(),
    sarPdf(),
    atoPdf(),
    atoDocx(),
    scrDocx(),
    scrPdf(),
    devDocx(),
    checklistDocx(),
  ]);
}

