/** Form-like SSP attachments: DIW, PTA/PIA, FIPS 199, CIS/CRM workbook, SoD matrix, laws and regulations. */
import type { CorpusDoc } from '../kit/corpus.js';
import { renderDocx } from '../kit/docx.js';
import { approvals, bold, bullets, h1, h2, p, pagebreak, revisionHistory, table } from '../kit/front.js';
import type { Block } from '../kit/model.js';
import { renderPdf } from '../kit/pdf.js';
import { pick, seeded } from '../kit/rand.js';
import { renderXlsx, toCsv, type Cell } from '../kit/xlsx.js';
import { CSO, CSO2, CSO2_SHORT, CSO_SHORT, CSP, CSP2, person } from './org.js';

function diw(system: string, ial: string, aal: string, fal: string): Block[] {
  return [
    h1('1. Introduction and Purpose'),
    p(`This Digital Identity Worksheet documents the digital identity risk assessment for ${system} and the resulting identity, authenticator and federation assurance levels, following NIST SP 800-63-3, Digital Identity Guidelines. It is SSP Attachment 3.`),
    h1('2. Information System Name/Title'),
    table([['System', system], ['Impact level', 'Moderate']]),
    h1('3. Digital Identity Level Definitions'),
    table([['Assurance', 'Level 1', 'Level 2', 'Level 3'], ['IAL', 'Self-asserted attributes', 'Remote or in-person identity proofing', 'In-person (or supervised remote) identity proofing'], ['AAL', 'Single-factor', 'Two factors, approved cryptography', 'Hardware-based authenticator with verifier impersonation resistance'], ['FAL', 'Bearer assertion signed by IdP', 'Bearer assertion signed and encrypted to RP', 'Holder-of-key assertion']]),
    h1('4. Review of Risk and Identity Assurance Level Selection'),
    table([['Category of harm and impact', 'Assessed impact'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]),
    p(`Based on the assessed impacts, the selected levels are: IAL ${ial}, AAL ${aal}, FAL ${fal}. The combined Digital Identity Acceptance Statement is ${ial === '2' && aal === '2' ? 'Level 2' : 'as shown'} for privileged and non-privileged users.`),
    h1('5. Digital Identity Acceptance Statement'),
    p('The authorizing official accepts the digital identity levels above. Compensating controls: none required.'),
    table([['Selected IAL', ial], ['Selected AAL', aal], ['Selected FAL', fal]]),
  ];
}

function pta(): Block[] {
  return [
    h1('Section 1 – System Information'),
    table([['System name', CSO], ['System owner', person('owner')[0]], ['Privacy officer', person('privacy')[0]], ['Date of PTA', '2025-02-18']]),
    h1('Section 2 – Questions'),
    table([
      ['#', 'Question', 'Answer'],
      ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes'],
      ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes – name, work e-mail, work phone'],
      ['3', 'Does the system use Social Security Numbers?', 'No'],
      ['4', 'Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'Yes – case subject name'],
      ['5', 'Has a Privacy Impact Assessment (PIA) been completed?', 'A PIA is required; draft in progress'],
    ]),
    h1('Section 3 – PTA Determination'),
    p('Based on the answers above, the system contains PII and a Privacy Impact Assessment is required. A System of Records Notice (SORN) is maintained by each customer agency for the case records it stores.'),
    ...approvals([person('privacy'), person('owner')]),
  ];
}

function pia(): Block[] {
  return [
    h1('1. Overview'),
    p(`This Privacy Impact Assessment (PIA) describes how ${CSO2} collects, uses, shares and protects personally identifiable information (PII) of grant applicants, reviewers and agency staff, in accordance with Section 208 of the E-Government Act of 2002 and OMB M-03-22.`),
    h1('2. Characterization of the Information'),
    table([['Category of individuals', 'PII elements', 'Source'], ['Grant applicants', 'Name, organization, address, e-mail, phone, UEI', 'Applicant'], ['Reviewers', 'Name, e-mail, conflict-of-interest statements', 'Reviewer'], ['Agency staff', 'Name, work e-mail, role', 'Agency identity provider']]),
    h1('3. Uses of the Information'),
    p('PII is used to administer grant competitions, contact applicants, assign reviewers and meet reporting obligations. It is not used for any purpose incompatible with the notice provided at collection.'),
    h1('4. Notice and Consent'),
    p('Applicants receive a Privacy Act statement on the application form. Reviewers consent when they accept a review assignment.'),
    h1('5. Retention'),
    p('Records are retained according to the applicable agency records schedule, then destroyed.'),
    h1('6. Sharing and Disclosure'),
    p('PII is shared only with the sponsoring agency program office and, when required, with oversight bodies such as the Office of Inspector General.'),
    h1('7. Access, Redress and Correction'),
    p('Individuals may access and correct their profile information in the applicant portal or through the agency Privacy Act request process.'),
    h1('8. Safeguards'),
    p('Access is role-based with multi-factor authentication; data is encrypted in transit and at rest; access is logged and reviewed.'),
    h1('9. Privacy Risks and Mitigations'),
    table([['Risk', 'Mitigation'], ['Over-collection of applicant data', 'Form fields limited to those required by the funding notice'], ['Unauthorized reviewer access', 'Reviewers see only assigned applications']]),
  ];
}

function fips199(system: string, types: [string, string, string, string][]): Block[] {
  return [
    h1('1. Introduction and Purpose'),
    p(`This document records the FIPS 199 security categorization of ${system}. Federal Information Processing Standard 199, Standards for Security Categorization of Federal Information and Information Systems, requires the categorization of information and information systems by the potential impact on organizations should certain events occur. Information types are selected from NIST SP 800-60 Volume II.`),
    h1('2. Scope'),
    p('The categorization covers all information processed, stored or transmitted within the authorization boundary.'),
    h1('3. System Description'),
    p(`${system} is a multi-tenant SaaS offering used by federal agencies.`),
    h1('4. Methodology'),
    bullets('Identify the information types processed by the system.', 'Select provisional impact levels from SP 800-60 for confidentiality, integrity and availability.', 'Adjust the provisional levels based on system-specific factors and document the rationale.', 'Determine the overall system categorization as the high-water mark.'),
    h1('5. Information Types and Impact Levels'),
    table([['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ...types]),
    h1('6. Security Categorization'),
    table([['Security Objective', 'Impact'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low']]),
    p('SC system = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}. The overall FIPS 199 categorization of the system is MODERATE.'),
    ...approvals([person('owner'), person('isso')]),
  ];
}

const CIS_HEAD = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-2(4)', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AC-6(1)', 'AC-7', 'AC-8', 'AC-11', 'AC-12', 'AC-17', 'AC-17(1)', 'AC-20', 'AT-1', 'AT-2', 'AT-3', 'AU-1', 'AU-2', 'AU-3', 'AU-6', 'AU-9', 'AU-11', 'AU-12', 'CA-2', 'CA-7', 'CM-2', 'CM-6', 'CM-7', 'CM-8', 'CP-9', 'CP-10', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-4', 'IR-6', 'PE-2', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

function cisRows(seed: number): Cell[][] {
  const r = seeded(seed);
  return CONTROLS.map((c) => {
    const inherited = c.startsWith('PE-');
    const shared = ['AC-2', 'AC-2(1)', 'AC-8', 'IA-2', 'AU-6'].includes(c);
    const partial = r() < 0.06;
    return [c, partial ? null : 'X', partial ? 'X' : null, null, null, null, c.endsWith('-1') ? 'X' : null, !inherited && !c.endsWith('-1') && !shared ? 'X' : null, null, shared ? 'X' : null, null, shared ? 'X' : null, inherited ? 'X' : null];
  });
}

function crmRows(): Cell[][] {
  return [
    ['AC-2', 'Partial', 'Larkspur manages platform accounts. ', 'Customer tenant administrators create, review and remove tenant user accounts and assign roles.'],
    ['AC-2(1)', 'Partial', 'Automated disabling of platform accounts.', 'Customers using their own IdP must automate account disablement there.'],
    ['AC-8', 'Partial', 'System use notification displayed at the platform login.', 'Customers federating sign-in must display their agency banner at their IdP.'],
    ['AU-6', 'Partial', 'Larkspur reviews platform logs.', 'Customers review tenant audit events exported to their SIEM.'],
    ['IA-2', 'Partial', 'MFA enforced for privileged platform users.', 'Customers enforce PIV/phishing-resistant MFA at their IdP for tenant users.'],
    ['PE-2', 'Yes', 'Fully inherited from AWS GovCloud (US) P-ATO.', 'None.'],
  ];
}

function sodRows(): Cell[][] {
  const duties = ['Approve access requests', 'Provision accounts', 'Approve production changes', 'Deploy to production', 'Administer audit logging', 'Review audit logs', 'Manage encryption keys', 'Perform backups/restores', 'Approve POA&M closure'];
  const roles = ['System Owner', 'ISSO', 'Platform Engineer', 'SRE On-call', 'Security Analyst', 'Release Manager', 'Database Administrator', 'Tenant Administrator (customer)'];
  const grid: Record<string, string[]> = {
    'System Owner': ['A', '', 'A', '', '', '', '', '', 'A'],
    ISSO: ['', '', '', '', '', 'P', '', '', 'R'],
    'Platform Engineer': ['', 'P', '', '', 'P', '', 'P', 'P', ''],
    'SRE On-call': ['', '', '', 'P', '', '', '', 'P', ''],
    'Security Analyst': ['', '', '', '', '', 'P', '', '', ''],
    'Release Manager': ['', '', 'A', 'P', '', '', '', '', ''],
    'Database Administrator': ['', '', '', '', '', '', '', 'P', ''],
    'Tenant Administrator (customer)': ['A', 'P', '', '', '', '', '', '', ''],
  };
  return [['Role / Duty', ...duties], ...roles.map((role) => [role, ...(grid[role] ?? [])])];
}

const LAWS: Cell[][] = [
  ['Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]', 'Computer Fraud and Abuse Act', '10/16/1986', 'https://www.govinfo.gov/content/pkg/USCODE-2011-title18/html/USCODE-2011-title18-partI-chap47-sec1030.htm'],
  ['E-Authentication Guidance for Federal Agencies [OMB M-04-04]', 'E-Authentication Guidance for Federal Agencies', '12/16/2003', 'https://www.whitehouse.gov/wp-content/uploads/2017/11/2004-M-04-04.pdf'],
  ['Federal Information Security Modernization Act of 2014 [PL 113-283]', 'FISMA', '12/18/2014', 'https://www.congress.gov/113/plaws/publ283/PLAW-113publ283.pdf'],
  ['Freedom of Information Act As Amended in 2002 [PL 104-231, 5 USC 552]', 'Freedom of Information Act', '10/2/1996', 'https://www.justice.gov/oip/foia_updates/Vol_XVII_4/page2.htm'],
  ['Privacy Act of 1974 as amended [5 USC 552a]', 'Privacy Act', '12/31/1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['Management of Federal Information Resources [OMB Circular A-130]', 'OMB Circular A-130', '7/28/2016', 'https://www.whitehouse.gov/wp-content/uploads/legacy_drupal_files/omb/circulars/A130/a130revised.pdf'],
  ['Standards for Security Categorization of Federal Information and Information Systems [FIPS 199]', 'FIPS 199', '2/1/2004', 'https://csrc.nist.gov/publications/detail/fips/199/final'],
  ['Minimum Security Requirements for Federal Information and Information Systems [FIPS 200]', 'FIPS 200', '3/1/2006', 'https://csrc.nist.gov/publications/detail/fips/200/final'],
  ['Security Requirements for Cryptographic Modules [FIPS 140-3]', 'FIPS 140-3', '3/22/2019', 'https://csrc.nist.gov/publications/detail/fips/140/3/final'],
  ['Security and Privacy Controls for Information Systems and Organizations [NIST SP 800-53 Rev. 5]', 'NIST SP 800-53', '9/23/2020', 'https://csrc.nist.gov/publications/detail/sp/800-53/rev-5/final'],
  ['Risk Management Framework for Information Systems and Organizations [NIST SP 800-37 Rev. 2]', 'NIST SP 800-37', '12/20/2018', 'https://csrc.nist.gov/publications/detail/sp/800-37/rev-2/final'],
  ['Contingency Planning Guide for Federal Information Systems [NIST SP 800-34 Rev. 1]', 'NIST SP 800-34', '5/1/2010', 'https://csrc.nist.gov/publications/detail/sp/800-34/rev-1/final'],
  ['Digital Identity Guidelines [NIST SP 800-63-3]', 'NIST SP 800-63-3', '6/22/2017', 'https://pages.nist.gov/800-63-3/'],
  ['Binding Operational Directive 22-01 [CISA BOD 22-01]', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', '11/3/2021', 'https://www.cisa.gov/binding-operational-directive-22-01'],
];

export async function formDocs(): Promise<CorpusDoc[]> {
  const out: CorpusDoc[] = [];

  const d1 = diw(CSO, '2', '2', '2');
  out.push({ file: 'SSP-A03-DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'FedRAMP Digital Identity Worksheet (SP 800-63-3 IAL/AAL/FAL selection) for the CSO.', data: await renderDocx({ blocks: [{ k: 'title', text: 'Digital Identity Worksheet', size: 44 }, p(CSO), p('Attachment 3'), ...revisionHistory([['2025-01-10', '1.1', 'Annual review, no changes to levels', person('isso')[0]]]), pagebreak, ...d1], header: `${CSO_SHORT} | Digital Identity Worksheet`, meta: { title: 'Digital Identity Worksheet', creator: person('isso')[0] }, headings: 'style' }) });
  const d2 = diw(CSO2, '2', '2', '1');
  out.push({ file: 'file_28.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet of a second CSO as pdf, title only in the page header and first heading-like paragraph.', data: await renderPdf({ blocks: [bold(`${CSO2} (${CSO2_SHORT}) – Digital Identity Worksheet`), ...d2], header: 'SSP Attachment 3 – Digital Identity Worksheet', footer: CSP2, meta: { title: 'Document1' }, headings: 'bold' }) });

  const pt = pta();
  out.push({ file: 'PTA_signed.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis questionnaire with determination that a PIA is required (SSP Attachment 4).', data: await renderDocx({ blocks: [p(`${CSP} – Privacy Office`), { k: 'title', text: 'Privacy Threshold Analysis (PTA)', size: 40 }, p(`System: ${CSO}`), ...pt], footer: 'Attachment 4 – PTA', meta: { title: 'PTA', creator: person('privacy')[0] }, headings: 'style' }) });
  const pi = pia();
  out.push({ file: 'qgw-privacy.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment (E-Government Act Section 208) of a second CSO, rendered as pdf.', data: await renderPdf({ blocks: [{ k: 'title', text: `${CSO2} Privacy Impact Assessment` }, p(`Prepared by ${CSP2} Privacy Office – February 2025`), ...pi], header: 'PIA – CUI//PRVCY', meta: { title: `${CSO2_SHORT} PIA`, creator: person('privacy')[0] }, headings: 'style' }) });

  const f1 = fips199(CSO, [['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['D.17.2 Legal Investigation', 'Moderate', 'Moderate', 'Low'], ['C.3.5.8 Information Security', 'Moderate', 'Moderate', 'Low']]);
  out.push({ file: 'Attachment 10.docx', expected: 'FIPS_199', note: 'FIPS 199 Security Categorization (SP 800-60 information types, C/I/A, high-water mark) for the CSO.', data: await renderDocx({ blocks: [{ k: 'title', text: 'FIPS 199 Categorization', size: 44 }, p(`${CSO} (${CSO_SHORT})`), p('SSP Attachment 10 – Version 1.0'), pagebreak, ...f1], header: CSP, meta: { title: 'FIPS-199', creator: person('isso')[0] }, headings: 'style' }) });
  const f2 = fips199(CSO2, [['C.2.1.1 Federal Financial Assistance', 'Moderate', 'Moderate', 'Low'], ['C.3.1.4 Help Desk Services', 'Low', 'Low', 'Low']]);
  out.push({ file: 'categorization_export.pdf', expected: 'FIPS_199', note: 'FIPS 199 categorization of a second CSO rendered by a GRC tool to pdf.', data: await renderPdf({ blocks: [p('Generated by Quillfeather RiskHub on 2025-02-04 14:12'), { k: 'title', text: `${CSO2} Security Categorization (FIPS 199)` }, ...f2], meta: null, headings: 'bold' }) });

  out.push({
    file: 'Sheet1_export (2).xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Control Implementation Summary / Customer Responsibility Matrix workbook with CIS and CRM worksheets for a Moderate CSO.',
    data: await renderXlsx(
      [
        { name: 'Instructions', rows: [['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`CSP: ${CSP}`], [`CSO: ${CSO}`], ['Impact level: Moderate'], [], ['Complete one row per control and enhancement. Mark implementation status and control origination with an X.']] },
        { name: 'Moderate CIS Worksheet', rows: [[`${CSO_SHORT} Control Implementation Summary`], CIS_HEAD, ...cisRows(301)], boldRows: [2], freezeRow: 2 },
        { name: 'Moderate CRM Worksheet', rows: [[`${CSO_SHORT} Customer Responsibility Matrix`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control Description', 'Specific Customer Responsibility'], ...crmRows()], boldRows: [2] },
      ],
      { title: 'CIS-CRM', creator: person('grc')[0], application: 'Microsoft Excel' },
    ),
  });
  out.push({
    file: 'grc-cis-export.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'GRC-tool export of the CIS/CRM workbook with generic sheet names (Sheet1/Sheet2) and a wide header row.',
    data: await renderXlsx(
      [
        { name: 'Sheet1', rows: [['Control Implementation Summary (CIS) – ' + CSO2], ['Export generated 2025-03-01 by RiskHub'], CIS_HEAD, ...cisRows(302)], boldRows: [3] },
        { name: 'Sheet2', rows: [['Customer Responsibility Matrix (CRM)'], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control Description', 'Specific Customer Responsibility'], ...crmRows().map((r) => r.map((c) => (typeof c === 'string' ? c.replace('Larkspur', 'Quillfeather') : c)))] },
      ],
      null,
    ),
  });

  out.push({ file: 'Sheet1.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties matrix (roles × duties with A/P/R marks) on a generic sheet name.', data: await renderXlsx([{ name: 'Sheet1', rows: [[`${CSO_SHORT} Separation of Duties Matrix`], ['Legend: A = approves, P = performs, R = reviews. No role may both perform and approve the same duty.'], ...sodRows()], boldRows: [3] }], { title: 'SoD', creator: person('isso')[0] }) });
  out.push({ file: 'export.csv', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties matrix exported as semicolon-separated CSV with a BOM and a title row.', data: toCsv([['Separation of Duties Matrix – ' + CSO], ['Legend: A = approves; P = performs; R = reviews'], ...sodRows()], { sep: ';', bom: true }) });

  out.push({
    file: 'SSP-A12-Laws-Regs.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'FedRAMP Laws and Regulations attachment (SSP Attachment 12) listing applicable laws, OMB guidance, FIPS and NIST publications.',
    data: await renderXlsx(
      [
        { name: 'Laws and Regulations', rows: [['SSP Attachment 12 – FedRAMP Laws and Regulations'], [`${CSO} (${CSO_SHORT})`], ['Identification Number', 'Title', 'Date', 'Link'], ...LAWS], boldRows: [3], widths: [60, 40, 12, 60] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2025-03-03', 'Added BOD 22-01', '1.2', person('grc')[0]]] },
      ],
      { title: 'Laws and Regulations', creator: person('grc')[0] },
    ),
  });
  const r = seeded(311);
  out.push({
    file: 'laws_regs_' + pick(r, ['v3', 'v4']) + '.pdf',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'Laws and Regulations attachment of a second CSO as pdf: a table of laws, regulations, standards and guidance applicable to the system.',
    data: await renderPdf({ blocks: [{ k: 'title', text: 'Attachment 12: Laws, Regulations, Standards and Guidance' }, p(`${CSO2} – applicable federal laws, regulations, standards and guidance`), h2('Applicable Laws and Regulations'), table([['Identification Number', 'Title', 'Date', 'Link'], ...LAWS.slice(0, 6).map((row) => row.map(String))]), h2('Applicable Standards and Guidance'), table([['Identification Number', 'Title', 'Date', 'Link'], ...LAWS.slice(6).map((row) => row.map(String))])], footer: CSP2, meta: { title: 'A12' }, headings: 'bold' }),
  });
  return out;
}
