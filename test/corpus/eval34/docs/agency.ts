import type { Block } from '../kit/blocks.js';
import { big, bold, center, h1, h2, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { AGENCY, CUI, FOUO } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderText } from '../kit/text.js';
import { renderXlsx } from '../kit/xlsx.js';

const LETTERHEAD = [center('UNITED STATES'), center(AGENCY.toUpperCase()), center('Office of the Chief Information Officer'), center('1200 Harbor Point Drive, Norfolk, VA 23510')];
const SIG = (name: string, title: string): Block[] => [...p('', '/s/'), bold(name), ...p(title)];

async function atoLetterPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...LETTERHEAD,
    ...p('May 30, 2025'),
    ...p('Mr. Thomas Oyelaran', 'Vice President, Public Sector Products', 'Halvorsen Data Systems, Inc.', '4100 Quarry Ridge Road, Suite 300, Reston, VA 20190'),
    bold('Subject: Authority to Operate - Meridian Case Manager (FedRAMP Moderate)'),
    ...p(
      'Dear Mr. Oyelaran:',
      `The ${AGENCY} (FMRA) has completed its review of the security authorization package for Meridian Case Manager, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by Corvid Assurance Partners, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`,
      'Accordingly, I hereby grant an Authority to Operate (ATO) for Meridian Case Manager at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this letter, provided that Halvorsen maintains the system in accordance with the FedRAMP continuous monitoring requirements, delivers monthly POA&M, vulnerability scan and inventory updates, and notifies FMRA of significant changes before implementation.',
      'FMRA will upload this letter to the FedRAMP secure repository so that the package may be reviewed by the FedRAMP PMO and made available for reuse by other agencies.',
      'Sincerely,',
    ),
    ...SIG('Carolyn J. Whitaker', 'Chief Information Officer and Authorizing Official'),
    ...p('cc: FMRA Chief Information Security Officer; FedRAMP PMO (info@fedramp.gov)'),
  ];
  return { file: 'signed.pdf', expected: 'ATO_LETTER', note: 'Agency letterhead letter granting an Authority to Operate signed by the authorizing official.', data: await renderPdf({ blocks }, { producer: 'Adobe Acrobat Pro (64-bit) 24.1', creatorTool: 'Adobe Acrobat Pro' }) };
}

async function atoDecisionMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(FOUO),
    ...LETTERHEAD,
    bold('MEMORANDUM FOR: Director, Records Modernization Program'),
    bold('FROM: Carolyn J. Whitaker, Authorizing Official'),
    bold('SUBJECT: Authorization Decision for Tessellate Analytics Platform (High)'),
    h2('References'),
    ul('(a) OMB Circular A-130', '(b) NIST SP 800-37 Rev. 2', '(c) FMRA Directive 4300, Cloud Services'),
    ...p('1. I have reviewed the Tessellate Analytics Platform security authorization package, the 3PAO Security Assessment Report by Northline Audit Group, the POA&M dated February 28, 2025, and the recommendation of the FMRA Information System Security Manager.'),
    bold('DECISION:'),
    ...p('2. AUTHORITY TO OPERATE is granted for the Tessellate Analytics Platform at the FedRAMP High impact level, effective the date of signature.'),
    bold('CONDITIONS:'),
    ul('a. The two Moderate findings open in the POA&M (TAP-0004, TAP-0007) are remediated within 90 days.', 'b. Tessellate delivers continuous monitoring deliverables monthly.', 'c. This ATO expires on March 31, 2028 unless revoked or superseded.'),
    ...p('3. The residual risk documented in the SAR is accepted. The point of contact is the FMRA ISSM at issm@fmra.example.gov.'),
    ...SIG('CAROLYN J. WHITAKER', 'Authorizing Official, Federal Maritime Records Administration'),
    ...p('Date: 03/31/2025'),
  ];
  return { file: 'AO-2025-014.docx', expected: 'ATO_LETTER', note: 'Agency decision memorandum with a DECISION block granting an ATO with conditions and an expiry.', data: await renderDocx({ blocks, header: FOUO, footer: FOUO, meta: { creator: 'FMRA OCIO' } }) };
}

async function atoConditionsPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...LETTERHEAD,
    big('AUTHORITY TO OPERATE'),
    table(['System', 'ClearPath Grants Cloud (CPGC)'], ['Cloud Service Provider', 'Brightwater Software LLC'], ['FedRAMP Impact Level', 'Low'], ['Authorization Type', 'Agency ATO'], ['Date of Authorization', 'January 31, 2025'], ['Authorization Termination Date', 'January 31, 2028']),
    ...p('Having reviewed the security authorization package for ClearPath Grants Cloud and the risk described therein, I, the undersigned Authorizing Official, authorize the system to operate subject to the following terms and conditions:'),
    ul('1. The CSP shall remediate all High findings within 30 days and Moderate findings within 90 days.', '2. The CSP shall submit continuous monitoring deliverables to the FMRA ISSM monthly.', '3. This authorization terminates on the date shown above or upon a significant change not approved in advance.'),
    ...p('Authorizing Official:'),
    ...SIG('Carolyn J. Whitaker', `Chief Information Officer, ${AGENCY}`),
  ];
  return { file: 'CPGC_ATO_executed.pdf', expected: 'ATO_LETTER', note: 'Agency ATO with terms and conditions and a termination date, signed by the AO.', data: await renderPdf({ blocks }) };
}

async function reauthDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...LETTERHEAD,
    ...p('OCIO-ISD-25-0211', 'June 20, 2025'),
    ...p('Ms. Dana Whitcombe', 'Brightwater Software LLC'),
    bold('RE: Reauthorization - Authority to Operate, ClearPath Grants Cloud'),
    ...p(
      'Dear Ms. Whitcombe:',
      'Following the 2025 annual assessment by Northline Audit Group and my review of the updated System Security Plan, the annual Security Assessment Report and the current POA&M, I am reauthorizing ClearPath Grants Cloud. The Authority to Operate granted on January 31, 2025 is continued through June 30, 2028.',
      'The High finding NL-25-01 must be closed within 30 days. Continuous monitoring obligations remain as described in the original ATO.',
      'Sincerely,',
    ),
    ...SIG('Carolyn J. Whitaker', 'Authorizing Official'),
    ...p('cc: FMRA ISSM; Contracting Officer, Contract 47QTCA-24-D-0042'),
  ];
  return { file: 'reauth letter.docx', expected: 'ATO_LETTER', note: 'Agency reauthorization letter continuing the Authority to Operate after the annual assessment.', data: await renderDocx({ blocks, headings: 'bold', meta: { title: 'Letter Template - OCIO' } }) };
}

// ---- agency-side papers that are not deliverables (UNKNOWN) ----

async function routingSlip(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(CUI),
    big('COORDINATION / ROUTING SLIP'),
    table(['Control No.', 'OCIO-25-0388'], ['Subject', 'ATO package - Meridian Case Manager (FedRAMP Moderate)'], ['Action Requested', 'Signature of AO on ATO letter'], ['Suspense', '05/30/2025']),
    table(['Seq', 'Office', 'Name', 'Action', 'Initials/Date'], ['1', 'OCIO-ISSM', 'R. Castellano', 'Review/Concur', 'RC 05/21'], ['2', 'OGC', 'M. Tran', 'Legal sufficiency', 'MT 05/23'], ['3', 'OCIO-CISO', 'H. Benoit', 'Concur', ''], ['4', 'OCIO-AO', 'C. Whitaker', 'Signature', ''], ['5', 'OCIO-Exec Sec', 'J. Lowery', 'File/Dispatch', '']),
    h2('Enclosures'),
    ul('Tab A - Draft ATO letter', 'Tab B - ISSM review memorandum', 'Tab C - SAR executive summary', 'Tab D - POA&M summary'),
    ...p('Remarks: OGC edits incorporated in Tab A. Package is complete in the FedRAMP repository. Please return to Exec Sec after signature for dispatch to the CSP.'),
  ];
  return { file: 'routing slip 0388.docx', expected: 'UNKNOWN', note: 'Agency coordination/routing slip for the ATO package; an internal transmittal, not a deliverable.', data: await renderDocx({ blocks, header: CUI }) };
}

async function briefingNote(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(FOUO),
    big('DECISION BRIEFING NOTE FOR THE AUTHORIZING OFFICIAL'),
    table(['Topic', 'Authorization of Tessellate Analytics Platform'], ['Prepared by', 'FMRA Cloud Program Office'], ['Date', 'March 24, 2025']),
    h1('Purpose'),
    ...p('To brief the AO on the Tessellate Analytics Platform authorization package and obtain a decision at the March 31 AO meeting.'),
    h1('Background'),
    ...p('The Records Modernization Program intends to use Tessellate for trend analysis of maritime records. Tessellate completed a High assessment with Northline Audit Group. The SAR reports 0 High, 2 Moderate and 11 Low risks.'),
    h1('Key Issues'),
    ul('Two Moderate findings relate to patch cadence on search nodes.', 'Tessellate plans a significant change (OpenSearch migration) in Q3.', 'Cost: $1.2M per year under the existing BPA.'),
    h1('Options'),
    ul('Option 1: Grant ATO with conditions (recommended).', 'Option 2: Defer pending remediation of Moderate findings.', 'Option 3: Deny.'),
    h1('Recommendation'),
    ...p('The Cloud Program Office and the ISSM recommend Option 1. A draft decision memorandum is at Tab A.'),
  ];
  return { file: 'BN_TAP_AO_mtg.pdf', expected: 'UNKNOWN', note: 'Agency briefing note preparing the AO decision; internal paper, not an ATO letter or deliverable.', data: await renderPdf({ blocks, header: FOUO }) };
}

async function issmMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(CUI),
    bold('MEMORANDUM FOR: Authorizing Official'),
    bold('THROUGH: Chief Information Security Officer'),
    bold('FROM: Rosa Castellano, Information System Security Manager'),
    bold('SUBJECT: Security Review of the Meridian Case Manager Authorization Package and Recommendation'),
    h2('References'),
    ul('(a) Meridian Case Manager SSP v3.2, February 21, 2025', '(b) Corvid SAP v1.1 and SAR, April 25, 2025', '(c) MCM POA&M dated May 1, 2025'),
    ...p(
      '1. Purpose. This memorandum documents my review of the Meridian Case Manager package and provides my recommendation on authorization.',
      '2. Review. I reviewed the SSP and its attachments for completeness against the Moderate baseline, verified that the SAR risk exposure table matches the POA&M, and confirmed that no High findings remain open. Nine Moderate findings have scheduled completion dates within 90 days of detection.',
      '3. Residual Risk. The residual risk is moderate and consistent with comparable SaaS systems in the agency portfolio.',
      '4. Recommendation. I recommend that the AO grant a three-year ATO with the standard continuous monitoring conditions. A draft ATO letter is enclosed for signature.',
    ),
    ...p('Enclosure: Draft ATO letter'),
    ...p('cc: Cloud Program Office'),
    bold('ROSA CASTELLANO'),
    ...p('ISSM, Office of the CIO'),
  ];
  return { file: 'ISSM_review_MCM.docx', expected: 'UNKNOWN', note: 'ISSM review memorandum recommending authorization; an agency internal memo, not the ATO letter or a deliverable.', data: await renderDocx({ blocks, header: CUI }) };
}

async function delegation(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...LETTERHEAD,
    bold('MEMORANDUM FOR: Chief Information Officer'),
    bold('FROM: Administrator'),
    bold('SUBJECT: Delegation of Authority - Authorizing Official for Cloud Information Systems'),
    ...p(
      '1. Under the authority vested in me by the Federal Information Security Modernization Act of 2014 and FMRA Directive 1100, I delegate to the Chief Information Officer the authority to serve as Authorizing Official for all cloud information systems used by FMRA, including systems authorized through FedRAMP.',
      '2. This authority includes granting, denying, and revoking authorizations to operate, and accepting risk on behalf of the agency. It may not be redelegated below the Deputy CIO.',
      '3. This delegation remains in effect until rescinded in writing.',
    ),
    bold('Harold M. Fenwick'),
    ...p('Administrator'),
  ];
  return { file: 'delegation-AO-2024.pdf', expected: 'UNKNOWN', note: 'Delegation-of-authority memo naming the AO; an administrative agency paper, not a FedRAMP deliverable.', data: await renderPdf({ blocks }) };
}

async function riskAcceptance(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(FOUO),
    bold('MEMORANDUM FOR THE RECORD'),
    bold('SUBJECT: Risk Acceptance - Meridian Case Manager, Finding V-001 (TLS 1.0 on health-check listener)'),
    ...p(
      '1. The AO has reviewed finding V-001 from the Meridian Case Manager SAR and the CSP rationale.',
      '2. The AO accepts the residual risk of this single finding for a period of 180 days ending November 30, 2025. Acceptance is limited to the internal health-check listener and does not extend to any internet-facing endpoint.',
      '3. The ISSM will verify closure at the November continuous monitoring review.',
    ),
    bold('Carolyn J. Whitaker, Authorizing Official'),
  ];
  return { file: 'MFR risk acceptance V-001.docx', expected: 'UNKNOWN', note: 'Agency memorandum for record accepting the risk of one finding; not an ATO letter nor the CSP deviation request form.', data: await renderDocx({ blocks, meta: { creator: 'FMRA OCIO' } }) };
}

async function conmonStrategy(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FMRA Information Security Continuous Monitoring (ISCM) Strategy'),
    center('Office of the Chief Information Security Officer - FY2025'),
    h1('1 Purpose'),
    ...p('This strategy establishes how the Federal Maritime Records Administration maintains ongoing awareness of information security, vulnerabilities and threats across its enterprise, in line with NIST SP 800-137 and OMB Circular A-130.'),
    h1('2 Scope'),
    ...p('All FMRA systems, including on-premises systems and cloud services authorized through FedRAMP. For FedRAMP services the agency relies on CSP monthly deliverables reviewed by the ISSM.'),
    h1('3 Monitoring Frequencies'),
    table(['Activity', 'Frequency', 'Owner'], ['Asset discovery', 'Continuous', 'Network Operations'], ['Vulnerability scanning of agency endpoints', 'Weekly', 'Security Operations'], ['Review of CSP ConMon deliverables', 'Monthly', 'ISSM'], ['Ongoing authorization reviews', 'Quarterly', 'AO staff']),
    h1('4 Metrics and Reporting'),
    ...p('Metrics are reported to the CISO monthly and to CISA through the CDM dashboard.'),
    h1('5 Roles'),
    ...p('The CIO approves the strategy; the CISO maintains it; system owners implement it.'),
  ];
  return { file: 'ISCM_Strategy_FY25.docx', expected: 'UNKNOWN', note: 'The agency enterprise continuous monitoring strategy; an agency policy paper, not a CSP deliverable.', data: await renderDocx({ blocks }) };
}

async function atoTracker(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'J. Lowery',
    sheets: [
      {
        name: 'ATO Tracker',
        rows: [['FMRA Cloud Authorizations - Tracking'], ['System', 'CSP', 'FedRAMP ID', 'Impact', 'ATO Date', 'ATO Expires', 'Last ConMon Review', 'ISSM', 'Status', 'Notes'], ['Meridian Case Manager', 'Halvorsen Data Systems', 'FR2419087312', 'Moderate', '2025-05-30', '2028-05-30', '2025-06-15', 'R. Castellano', 'Authorized', 'Annual assessment due Q2 2026'], ['ClearPath Grants Cloud', 'Brightwater Software', 'FR2317745501', 'Low', '2025-01-31', '2028-06-30', '2025-06-12', 'R. Castellano', 'Authorized', 'Reauthorized June 2025'], ['Tessellate Analytics Platform', 'Tessellate Inc.', 'FR2502211840', 'High', '2025-03-31', '2028-03-31', '2025-06-20', 'D. Ibarra', 'Authorized w/ conditions', 'SCR pending (OpenSearch)'], ['Harborview Docs', 'Harborview', 'pending', 'Moderate', '', '', '', 'D. Ibarra', 'In process', 'SAP under review']],
        boldRows: [2],
      },
    ],
  });
  return { file: 'ATO tracker.xlsx', expected: 'UNKNOWN', note: 'Agency spreadsheet tracking ATO dates and status of several cloud systems; not a deliverable.', data };
}

async function congressional(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...LETTERHEAD,
    ...p('July 9, 2025', 'The Honorable Eleanor V. Marsh', 'Chair, Subcommittee on Government Operations', 'U.S. House of Representatives', 'Washington, DC 20515'),
    ...p(
      'Dear Madam Chair:',
      'Thank you for your letter of June 12, 2025 regarding the Federal Maritime Records Administration\'s use of cloud services. FMRA currently uses three cloud services authorized under FedRAMP, each of which received an agency Authority to Operate after a full assessment by an accredited third party assessment organization.',
      'FMRA reviews each provider\'s monthly continuous monitoring deliverables and reports its FISMA metrics to OMB quarterly. No incidents affecting FMRA data were reported by these providers in fiscal year 2025.',
      'If you have further questions, please have your staff contact the Office of Congressional Affairs at (757) 555-0100.',
      'Sincerely,',
    ),
    bold('Harold M. Fenwick'),
    ...p('Administrator'),
  ];
  return { file: 'Marsh response FINAL.pdf', expected: 'UNKNOWN', note: 'Agency response to a congressional inquiry about cloud use; correspondence, not a deliverable.', data: await renderPdf({ blocks }) };
}

function ombExcerpt(): string {
  return renderText({
    header: 'Excerpts - OMB M-24-15 (pasted for AO read-ahead)',
    blocks: [
      { k: 'h1', t: 'Modernizing the Federal Risk and Authorization Management Program (FedRAMP)' },
      ...p(
        'MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES. FROM: Shalanda D. Young, Director. Date: July 25, 2024.',
        'Section IV. Agency Responsibilities. Agencies shall ... ensure that cloud products and services used by the agency that are within FedRAMP scope have a FedRAMP authorization ... and make authorization materials available for reuse by other agencies.',
        'Section V. ... An agency authorization is a FedRAMP authorization once the FedRAMP Board or its designee has reviewed and accepted the package ... Agencies should rely on the FedRAMP authorization to the maximum extent practicable.',
        'Note from Cloud Program Office: these excerpts are for the AO briefing on reuse of the Tessellate package by other agencies; see full memo on whitehouse.gov.',
      ),
    ],
  });
}

async function budget(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FY2027 Budget Justification - Cloud Security and Authorization'),
    center('Office of the Chief Information Officer'),
    h1('Program Description'),
    ...p('The Cloud Program Office manages FMRA adoption of commercial cloud services, including authorization reviews, continuous monitoring of cloud service providers, and reuse of FedRAMP authorizations. The request supports 4.0 FTE and contract support for package reviews.'),
    h1('Funding Request'),
    table(['Line', 'FY2025 Enacted', 'FY2026 Estimate', 'FY2027 Request'], ['Personnel (4.0 FTE)', '$712K', '$735K', '$758K'], ['Package review contract support', '$480K', '$480K', '$520K'], ['Tools (GRC platform)', '$95K', '$98K', '$110K'], ['Total', '$1,287K', '$1,313K', '$1,388K']),
    h1('Justification of Change'),
    ...p('The increase supports review of two additional cloud authorization packages and significant change requests expected from existing providers.'),
    h1('Performance Measures'),
    ...p('Percentage of cloud systems with current ATO: target 100 percent. Median days from complete package to AO decision: target 60.'),
  ];
  return { file: 'FY27_BJ_cloud.docx', expected: 'UNKNOWN', note: 'Agency budget justification for the cloud program; not a deliverable.', data: await renderDocx({ blocks }) };
}

function invite(): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:040000008200E00074C5B7101A82E00800000000A0C1F3B2@fmra.example.gov',
    'DTSTAMP:20250314T093000Z',
    'DTSTART:20250331T140000Z',
    'DTEND:20250331T150000Z',
    'SUMMARY:AO Decision Meeting - Tessellate Analytics Platform ATO',
    'LOCATION:HQ Room 4B / Teams',
    'ORGANIZER;CN=Janelle Lowery:mailto:jlowery@fmra.example.gov',
    'ATTENDEE;CN=Carolyn Whitaker:mailto:cwhitaker@fmra.example.gov',
    'ATTENDEE;CN=Rosa Castellano:mailto:rcastellano@fmra.example.gov',
    'DESCRIPTION:Agenda: 1) ISSM summary of SSP/SAR/POA&M review 2) Open Moderate findings 3) Conditions for the ATO 4) Decision. Read-ahead: briefing note (Tab A) and draft decision memo (Tab B). Please do not forward outside FMRA.',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

export async function agencyDocs(): Promise<EvalDoc[]> {
  const docs = await Promise.all([atoLetterPdf(), atoDecisionMemo(), atoConditionsPdf(), reauthDocx(), routingSlip(), briefingNote(), issmMemo(), delegation(), riskAcceptance(), conmonStrategy(), atoTracker(), congressional(), budget()]);
  return [
    ...docs,
    { file: 'omb-excerpts.txt', expected: 'UNKNOWN', note: 'Pasted excerpts of an OMB memorandum on FedRAMP for a read-ahead; not a deliverable.', data: ombExcerpt() },
    { file: 'AO decision meeting.ics', expected: 'UNKNOWN', note: 'Calendar invitation for the AO decision meeting; not a deliverable.', data: invite() },
  ];
}
