import type { Entry } from '../kit/entry.js';
import type { Block, ProseDoc } from '../kit/model.js';
import { h1, p, pb, table, title } from '../kit/model.js';
import { ABBR, CSO, CSP, CUI, PROPRIETARY, approvals, distribution, revisionHistory, toc } from '../kit/front.js';
import { renderDocx } from '../kit/docx-kit.js';
import { renderPdf } from '../kit/pdf-kit.js';
import { renderXlsx } from '../kit/xlsx-kit.js';
import { ATTACH_BODY } from './attach-prose.js';
import { CONTROLS } from './ssp.js';

const DIW: Block[] = [
  h1('1 Introduction'),
  p(`This Digital Identity Worksheet documents the digital identity level for the ${CSO} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. It is Attachment 3 to the SSP.`),
  h1('2 Digital Identity Level Selection'),
  p('The CSP has reviewed the impact categories for the potential harm of an authentication error and selected the assurance levels below.'),
  table([
    ['Impact Category', 'Potential Impact of Authentication Errors'],
    ['Inconvenience, distress or damage to standing or reputation', 'Moderate'],
    ['Financial loss or agency liability', 'Moderate (fraudulent drawdown redirection)'],
    ['Harm to agency programs or public interests', 'Moderate'],
    ['Unauthorized release of sensitive information', 'Moderate'],
    ['Personal safety', 'Low'],
    ['Civil or criminal violations', 'Low'],
  ]),
  h1('3 Selected Assurance Levels'),
  table([['User population', 'Identity Assurance Level (IAL)', 'Authenticator Assurance Level (AAL)', 'Federation Assurance Level (FAL)'], ['Agency grants staff and reviewers', 'IAL2', 'AAL2', 'FAL2'], ['CSP privileged administrators', 'IAL2', 'AAL3', 'N/A'], ['Applicants and recipients', 'IAL1', 'AAL2', 'FAL1']]),
  p('Digital Identity Level: Level 2 (IAL2/AAL2/FAL2) for the system as a whole. This is consistent with the FedRAMP Moderate baseline.'),
];

const FIPS199: Block[] = [
  h1('1 Introduction and Purpose'),
  p(`This document categorizes the ${CSO} according to FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II Revision 1. It is Attachment 10 to the System Security Plan.`),
  h1('2 Scope'),
  p('The categorization covers all information stored, processed or transmitted within the authorization boundary, including application packages, reviewer scores, award documents, recipient financial reports and payment profiles.'),
  h1('3 System Description'),
  p('The system supports the full lifecycle of federal financial assistance from notice of funding opportunity through award closeout.'),
  h1('4 Methodology'),
  p('Information types were identified with the agency sponsor. Provisional impact levels were taken from SP 800-60 and adjusted where special factors apply; adjustments are justified below.'),
  table([
    ['Information Type', 'NIST 800-60 ID', 'Confidentiality', 'Integrity', 'Availability', 'Adjustment Justification'],
    ['Federal Financial Assistance', 'D.10.1', 'Moderate', 'Moderate', 'Low', 'Confidentiality raised: pre-decisional award information'],
    ['Budget Execution', 'C.3.1.4', 'Low', 'Moderate', 'Low', 'None'],
    ['Payments', 'C.3.1.2', 'Moderate', 'Moderate', 'Moderate', 'Availability raised: drawdowns during fiscal year end'],
    ['Personal Identity and Authentication', 'D.21.1', 'Moderate', 'Moderate', 'Moderate', 'None'],
  ]),
  h1('5 Categorization'),
  p('SC Ledgerline Federal Grants Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 security categorization is MODERATE.'),
];

function sodRows(): string[][] {
  return [
    ['Function / Task', 'Platform Administrator', 'Developer', 'Security Operations', 'ISSO', 'Release Manager', 'Agency Administrator'],
    ['Approve production change', '', '', '', 'X', 'X', ''],
    ['Deploy to production', 'X', '', '', '', '', ''],
    ['Write application code', '', 'X', '', '', '', ''],
    ['Approve merge to main branch', '', 'X (peer, not author)', '', '', '', ''],
    ['Manage IAM roles', 'X', '', '', '', '', ''],
    ['Review audit logs', '', '', 'X', 'X', '', ''],
    ['Modify audit log configuration', 'X', '', '', '', '', ''],
    ['Create agency tenant users', '', '', '', '', '', 'X'],
    ['Approve drawdown requests', '', '', '', '', '', 'X (grants officer role)'],
    ['Manage KMS key policies', 'X (two-person rule)', '', 'X (approver)', '', '', ''],
  ];
}

const LAWS: string[][] = [
  ['Identification Number', 'Title', 'Date', 'Link'],
  ['Public Law 113-283', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/113/plaws/publ283/PLAW-113publ283.pdf'],
  ['Public Law 115-434', 'Grants Oversight and New Efficiency Act (GONE Act)', 'January 2019', 'https://www.congress.gov/bill/114th-congress/senate-bill/3174'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974', 'December 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['2 CFR 200', 'Uniform Administrative Requirements, Cost Principles, and Audit Requirements for Federal Awards', 'April 2024', 'https://www.ecfr.gov/current/title-2/subtitle-A/chapter-II/part-200'],
  ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-17-12', 'Preparing for and Responding to a Breach of Personally Identifiable Information', 'January 2017', ''],
  ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', ''],
  ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', ''],
  ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', ''],
  ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', ''],
  ['NIST SP 800-161r1', 'Cybersecurity Supply Chain Risk Management Practices', 'May 2022', ''],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', ''],
];

interface Variant { code: Entry['expected']; name: string; attach: string; body: Block[] }
const PROSE: Variant[] = [
  { code: 'POLICIES_AND_PROCEDURES', name: 'Information Security Policies and Procedures', attach: 'Attachment 1', body: ATTACH_BODY.POLICIES_AND_PROCEDURES ?? [] },
  { code: 'USER_GUIDE', name: 'User Guide', attach: 'Attachment 2', body: ATTACH_BODY.USER_GUIDE ?? [] },
  { code: 'DIGITAL_IDENTITY_WORKSHEET', name: 'Digital Identity Worksheet', attach: 'Attachment 3', body: DIW },
  { code: 'PRIVACY_ASSESSMENT', name: 'Privacy Threshold Analysis and Privacy Impact Assessment', attach: 'Attachment 4', body: ATTACH_BODY.PRIVACY_ASSESSMENT ?? [] },
  { code: 'RULES_OF_BEHAVIOR', name: 'Rules of Behavior', attach: 'Attachment 5', body: ATTACH_BODY.RULES_OF_BEHAVIOR ?? [] },
  { code: 'CONTINGENCY_PLAN', name: 'Information System Contingency Plan (ISCP)', attach: 'Attachment 6', body: ATTACH_BODY.CONTINGENCY_PLAN ?? [] },
  { code: 'CONFIGURATION_MANAGEMENT_PLAN', name: 'Configuration Management Plan', attach: 'Attachment 7', body: ATTACH_BODY.CONFIGURATION_MANAGEMENT_PLAN ?? [] },
  { code: 'INCIDENT_RESPONSE_PLAN', name: 'Incident Response Plan', attach: 'Attachment 8', body: ATTACH_BODY.INCIDENT_RESPONSE_PLAN ?? [] },
  { code: 'FIPS_199', name: 'FIPS 199 Security Categorization', attach: 'Attachment 10', body: FIPS199 },
  { code: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', name: 'Supply Chain Risk Management Plan', attach: 'Attachment 15', body: ATTACH_BODY.SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN ?? [] },
];

/** Variant A: Word file with cover page, revision history, approvals, TOC, styled headings. */
function formal(v: Variant, i: number): ProseDoc {
  return {
    header: `${ABBR} ${v.name} | ${v.attach}`,
    footer: i % 2 ? CUI : PROPRIETARY.slice(0, 120),
    meta: i % 3 === 0 ? { title: `${v.attach} - ${v.name}`, author: 'R. Odum' } : i % 3 === 1 ? { title: 'SSP-A1-FedRAMP-Policies-and-Procedures-Template', author: 'FedRAMP' } : {},
    blocks: [
      p('[CSP Logo]'),
      title(CSO, 36),
      title(`${v.attach}: ${v.name}`, 44),
      p(`Version 1.${i + 1}  |  ${['January 8, 2025', 'February 2, 2025', 'March 1, 2025'][i % 3] ?? ''}`),
      p(`Prepared by ${CSP}`),
      pb(),
      ...revisionHistory([['05/20/2024', '1.0', 'Initial release for FedRAMP Moderate', 'R. Odum'], ['12/09/2024', `1.${i + 1}`, 'Annual review; updated contacts and references', 'D. Okafor']]),
      ...approvals([['Marisol Ventura', 'System Owner'], ['Teresa Lindqvist', 'CISO']]),
      pb(),
      ...toc(v.body),
      ...v.body,
    ],
  };
}

/** Variant B: PDF export, bold-paragraph headings, title in a table cell and the running header, metadata stale or absent. */
function exported(v: Variant, i: number): ProseDoc {
  return {
    header: `${CSP} - ${v.name} - ${CSO}`,
    footer: 'Company Confidential',
    headings: 'bold',
    meta: i % 2 ? { title: 'Document1', author: 'Administrator' } : {},
    blocks: [
      table([['Document', `${v.name} (${v.attach} to the ${ABBR} SSP)`], ['Owner', 'Information System Security Officer'], ['Review cycle', 'Annual'], ['Classification', 'CUI']]),
      ...distribution(['Agency ISSO @ USDA NIFA', 'FedRAMP Package Repository @ GSA', 'Security Engineering @ ' + CSP]),
      ...v.body,
    ],
  };
}

const NEUTRAL_A = ['upload (3).docx', 'doc-0519.docx', 'scan0007.docx', 'Attachment_draft.docx', 'FINAL-final.docx', 'doc-0733.docx', 'v3 clean.docx', 'Copy of template.docx', 'doc-0871.docx', 'attachment15.docx'];
const B_NAMES = ['LFGC_IRP_v2.pdf', 'doc-0522.pdf', 'document (1).pdf', 'LFGC-PTA-PIA-2025.pdf', 'signed copy.pdf', 'LFGC_ISCP_2025.pdf', 'CMP export.pdf', 'SAR_appendix.pdf', 'doc-0880.pdf', 'scrm-plan.pdf'];

export const attachmentEntries: Entry[] = [
  ...PROSE.flatMap((v, i): Entry[] => [
    { file: NEUTRAL_A[i] ?? `att-${i}.docx`, expected: v.code, note: `${v.attach} ${v.name} of the grants SaaS SSP as a formal Word document with cover, revision history, approvals and TOC.`, build: () => renderDocx(formal(v, i)) },
    { file: B_NAMES[i] ?? `att-${i}.pdf`, expected: v.code, note: `${v.name} exported to PDF with bold-paragraph headings, title in a table cell${i === 0 ? '; file name wrongly suggests an incident response plan' : i === 7 ? '; file name wrongly suggests a SAR appendix' : ''}.`, build: () => renderPdf(exported(v, i), i % 2 ? {} : { noMetadata: true }) },
  ]),
  {
    file: 'LFGC_SoD_Matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Attachment 11 Separation of Duties Matrix workbook: functions against roles with X marks.',
    build: () => renderXlsx([{ name: 'SoD Matrix', rows: [[`${CSO} - Separation of Duties Matrix (Attachment 11)`], ['Version 1.2 - 02/2025'], [], ...sodRows(), [], ['X = role performs or approves the function. No individual holds both Developer and Platform Administrator roles (AC-5).']], boldRows: [1, 4], widths: [36, 20, 20, 20, 12, 16, 20] }, { name: 'Role Definitions', rows: [['Role', 'Definition'], ['Platform Administrator', 'Manages AWS infrastructure'], ['Developer', 'Writes and reviews code; no production access'], ['Security Operations', 'Monitors and responds to alerts'], ['ISSO', 'Oversees compliance'], ['Release Manager', 'Coordinates releases'], ['Agency Administrator', 'Customer-side tenant administrator']] }], { creator: 'rodum' }),
  },
  {
    file: 'doc-0640.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix written as a Word document with the matrix table and AC-5 narrative.',
    build: () => renderDocx({ header: `${ABBR} | Attachment 11`, footer: CUI, blocks: [title('Separation of Duties Matrix', 40), p(`${CSO}  -  Attachment 11 to the System Security Plan`), pb(), ...revisionHistory([['03/11/2024', '1.0', 'Initial', 'R. Odum'], ['02/04/2025', '1.2', 'Added KMS key policy two-person rule', 'R. Odum']]), h1('1 Purpose'), p('This matrix documents the separation of duties implemented for the system to satisfy AC-5, identifying which roles may perform each sensitive function so that no single individual can both make and approve a change, or both administer and audit the system.'), h1('2 Matrix'), table(sodRows()), h1('3 Compensating Controls'), p('Where small team size prevents full separation (for example, on-call emergency changes), all actions are logged and reviewed by Security Operations within one business day.')] }),
  },
  {
    file: 'Laws_Regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Attachment 12 FedRAMP Laws and Regulations workbook, listing laws, regulations, standards and guidance with grants-specific additions.',
    build: () => renderXlsx([{ name: 'Laws and Regulations', rows: [['FedRAMP Laws and Regulations - Attachment 12'], [`CSP: ${CSP}`, '', `System: ${CSO}`], [], ...LAWS], boldRows: [1, 4], widths: [22, 70, 16, 60] }, { name: 'Standards and Guidance', rows: [['Identification Number', 'Title', 'Date'], ['NIST SP 800-37 Rev 2', 'Risk Management Framework', 'December 2018'], ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', 'August 2012'], ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide', 'May 2010']] }], { creator: 'FedRAMP PMO' }),
  },
  {
    file: 'upload (7).docx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment as a Word document (applicable laws, regulations, standards and guidance tables).',
    build: () => renderDocx({ headings: 'bold', meta: { title: 'Laws and Regulations' }, footer: `${ABBR} Attachment 12`, blocks: [p(`${CSO}`), title('Attachment 12 - Laws, Regulations, Standards and Guidance', 36), p('The following laws, regulations, standards and guidance apply to the system and are referenced by the System Security Plan and its attachments.'), h1('Applicable Laws and Regulations'), table(LAWS.slice(0, 8)), h1('Applicable Standards and Guidance'), table([LAWS[0] ?? [], ...LAWS.slice(8)]), p('Agency-specific requirements, including the USDA Departmental Regulation 3140-001 and 2 CFR 200 record retention, are incorporated by reference.')] }),
  },
  {
    file: 'CIS_CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Attachment 9 CIS/CRM workbook with Implementation Summary and Customer Responsibility Matrix sheets.',
    build: () => renderXlsx(cisCrm(false), { creator: 'FedRAMP', title: 'FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook' }),
  },
  {
    file: 'workbook (1).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook variant with header rows moved and an instructions sheet first, no metadata title.',
    build: () => renderXlsx(cisCrm(true)),
  },
];

function cisCrm(drift: boolean): Parameters<typeof renderXlsx>[0] {
  const ids = CONTROLS.map(([id]) => id);
  const cis = ids.map((id, n) => [id, n % 4 === 0 ? 'X' : '', n % 4 === 0 ? '' : 'X', '', '', n % 3 === 0 ? 'X' : '', n % 3 === 0 ? '' : 'X', '', n % 5 === 0 ? 'X' : '', '']);
  const crm = ids.filter((_, n) => n % 3 === 0).map((id) => [id, 'Yes', `Agency customers are responsible for managing their own users and reviewing access for ${id} within their tenant; ${CSP} provides the administration console.`]);
  const sheets = [
    { name: 'CIS', rows: [[`${CSO} Control Implementation Summary (CIS) Worksheet`], ...(drift ? [[''], ['Prepared 02/2025 by ISSO']] : []), ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...cis], boldRows: [drift ? 4 : 2] },
    { name: 'CRM', rows: [[`${CSO} Customer Responsibility Matrix (CRM) Worksheet`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], boldRows: [2] },
  ];
  return drift ? [{ name: 'Instructions', rows: [['Instructions'], ['Complete the CIS worksheet for every control in the FedRAMP Moderate baseline. Use the CRM worksheet to describe customer responsibilities.']] }, ...sheets] : sheets;
}
