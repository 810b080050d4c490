import { renderDocx } from '../kit/docx.js';
import { approvals, h, p, revisionHistory, table, ul } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown, renderText } from '../kit/text.js';
import type { Eval35Doc } from '../kit/types.js';
import { renderXlsx } from '../kit/xlsx.js';
import { AGENCY, HELIX, NORTHWIND, TARRAGON, THREEPAO } from './world.js';

const B = THREEPAO;

/** The 3PAO's own papers and other organisations' documents: look-alikes that are not FedRAMP deliverables. */
export async function unknownDocs(): Promise<Eval35Doc[]> {
  const out: Promise<Eval35Doc>[] = [];

  out.push(
    renderXlsx(
      [
        {
          name: 'QA Checklist',
          rows: [
            [`${B.name} – Deliverable Quality Review Checklist (SAR)`],
            ['Engagement', `${TARRAGON.system} – Initial Assessment`, 'Reviewer', B.qa[0], 'Review date', '2026-05-19'],
            [],
            ['#', 'Check', 'Result (Pass/Fail/NA)', 'Reviewer comment', 'Assessor response', 'Closed'],
            [1, 'SAR uses the current FedRAMP Rev5 SAR template; no template instructions left', 'Fail', 'Instruction text remains in §4.2', 'Removed in v0.9.1', 'Y'],
            [2, 'Risk exposure table totals match the summary of risks table', 'Pass', '', '', 'Y'],
            [3, 'Every finding cites a test case ID (e.g. AC-7.1) and evidence reference', 'Fail', 'T-03 cites no evidence ID', 'Added EV-044', 'Y'],
            [4, 'Authorization recommendation signed by the lead assessor', 'Pass', '', '', 'Y'],
            [5, 'Scan results in appendix match the scan files delivered (hash list)', 'Pass', '', '', 'Y'],
            [6, 'Sampling documented per methodology memo SM-03', 'Pass', '', '', 'Y'],
            [7, 'Independence attestation on file for every assessor', 'Pass', '', '', 'Y'],
            [8, 'Spelling, CSP name and system name consistent', 'Fail', '"Tarragon Insights" x3', 'Fixed', 'Y'],
            [],
            ['QA stamp', 'QA REVIEWED – v2', 'Released for delivery: Yes'],
          ],
          boldRows: [1, 4],
        },
      ],
      { title: 'QA Checklist SAR', creator: B.qa[0], company: B.name },
    ).then((data) => ({ file: 'TI_SAR_v0.9_QA-checklist.xlsx', expected: 'UNKNOWN' as const, note: "3PAO internal QA review checklist of a SAR — the reviewer's working paper, not a deliverable.", data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'Independence Attestation', creator: B.qa[0] },
      blocks: [
        p(B.name),
        { kind: 'title', text: 'Assessor Independence and Impartiality Attestation', size: 30 },
        p(`Engagement: ${NORTHWIND.system} – FedRAMP Annual Assessment 2026 (Engagement No. BAP-2026-014)`),
        p('In accordance with ISO/IEC 17020:2012 clause 4.1 and the FedRAMP 3PAO Obligations and Performance Standards, each assessor assigned to this engagement attests that:'),
        ul('I have not provided advisory or consulting services (including readiness, documentation or remediation support) to the CSP for this system within the last two years.', 'I hold no financial interest in the CSP and have no family relationship with its personnel.', 'I will report any threat to impartiality to the Quality Manager immediately.'),
        table(['Assessor', 'Role', 'Signature', 'Date'], [B.lead[0], 'Lead Assessor', '/s/', '03/02/2026'], [B.pentest[0], 'Penetration Test Lead', '/s/', '03/02/2026'], ['Marisol Baptiste', 'Assessor', '/s/', '03/03/2026']),
        p(`Reviewed by ${B.qa[0]}, ${B.qa[1]}.`),
      ],
    }).then((data) => ({ file: 'independence_NLC_2026.docx', expected: 'UNKNOWN' as const, note: '3PAO assessor independence attestation for an engagement — internal quality record.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'Certificate' },
      blocks: [
        { kind: 'title', text: 'THE AMERICAN ASSOCIATION FOR LABORATORY ACCREDITATION', size: 16 },
        { kind: 'title', text: 'ACCREDITED INSPECTION BODY', size: 20 },
        p(`A2LA has accredited ${B.name.toUpperCase()}, Reston, VA`),
        p('for technical competence in the field of Information Technology – Cybersecurity inspection. This inspection body meets the requirements of ISO/IEC 17020:2012 Conformity assessment — Requirements for the operation of various types of bodies performing inspection, and the FedRAMP R311 specific requirements. This accreditation demonstrates technical competence for a defined scope and the operation of a management system.'),
        p(`Presented this 14th day of August 2025.   Certificate Number ${B.a2la}   Valid to September 30, 2027`),
        p('For the specific inspections to which this accreditation applies, please refer to the organization\'s Inspection Scope of Accreditation.'),
        p('President and CEO, For the Accreditation Council'),
      ],
    }).then((data) => ({ file: 'A2LA_cert_4521.01.pdf', expected: 'UNKNOWN' as const, note: "The 3PAO's A2LA ISO/IEC 17020 accreditation certificate — not a FedRAMP package deliverable.", data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'Engagement Letter', creator: 'Contracts' },
      blocks: [
        p(`${B.name}  •  11710 Plaza America Drive, Reston, VA 20190`),
        p('January 21, 2026'),
        p(`${HELIX.owner[0]}, ${HELIX.owner[1]}\n${HELIX.company}`),
        p('Re: Engagement Letter – FedRAMP Significant Change Assessment Services'),
        p(`Dear Ms. Whitcombe: This letter confirms the terms under which ${B.name} will perform a FedRAMP significant change assessment of ${HELIX.system}. Our services include preparation of a Security Assessment Plan, testing, and a Security Assessment Report for the changes described in your Significant Change Request of November 20, 2025.`),
        h('Fees and Payment'),
        p('Fixed fee of $148,500, invoiced 40% at SAP approval, 40% at completion of testing, and 20% at delivery of the final SAR. Travel is not expected.'),
        h('Independence'),
        p('We will not provide remediation or advisory services during the engagement. Our conclusions are our own and are not contingent on fees.'),
        h('Limitation of Liability; Governing Law'),
        p('Our aggregate liability shall not exceed the fees paid. This letter is governed by the laws of the Commonwealth of Virginia.'),
        p('Please sign and return a copy to indicate your acceptance.'),
        table(['For ' + B.name, 'Accepted for ' + HELIX.company], ['Name: Arthur Lindqvist, Managing Partner', 'Name:'], ['Signature:', 'Signature:']),
      ],
    }).then((data) => ({ file: 'Helix_SCA_engagement_letter.docx', expected: 'UNKNOWN' as const, note: '3PAO engagement letter (fees, independence, liability) — a contract, not a deliverable.', data })),
  );

  out.push(
    renderPdf({
      header: `${B.name} Quality Manual QM-01 Rev 9 – Controlled copy`,
      meta: { title: 'QM-01 Quality Manual', creator: B.qa[0] },
      blocks: [
        { kind: 'title', text: 'Quality Manual – Inspection Body Management System' },
        p('Conforms to ISO/IEC 17020:2012 and A2LA R307 / R311 (FedRAMP)'),
        ...revisionHistory([['2024-07-01', '8', 'Annual management review changes', B.qa[0]], ['2025-07-15', '9', 'Added remote inspection procedure', B.qa[0]]]),
        h('1. Scope'), p('This manual describes the management system of the inspection body for FedRAMP assessments of cloud service offerings.'),
        h('4. General Requirements – Impartiality and Independence'), p('The inspection body is a Type A body. Impartiality risks are identified at engagement acceptance and reviewed at each management review. Personnel sign an annual conflict-of-interest declaration and an engagement-specific independence attestation.'),
        h('6. Resource Requirements – Personnel'), p('Competence criteria for assessors, penetration testers and technical reviewers are defined in PR-6.1; training and authorization records are maintained by the Quality Manager.'),
        h('7. Process Requirements – Inspection Records and Reports'), p('Every deliverable (SAP, SAR, RAR) undergoes technical review and QA review before release. Records are retained for seven years.'),
        h('8. Management System Requirements'), p('Document control, internal audits, corrective actions, and management review are performed annually.'),
      ],
    }).then((data) => ({ file: 'QM-01_Rev9.pdf', expected: 'UNKNOWN' as const, note: "3PAO ISO/IEC 17020 quality manual — the assessor's management system, not a deliverable.", data })),
  );

  out.push(
    Promise.resolve(
      renderMarkdown({
        blocks: [
          { kind: 'title', text: 'MEMO SM-03 – Sampling Methodology for FedRAMP Assessments' },
          p(`**To:** All assessors  **From:** ${B.qa[0]}, QA  **Date:** 2026-01-08`),
          h('Purpose'),
          p('Defines how assessors select samples for Examine and Test procedures so that results are defensible in the SAR and consistent across engagements.'),
          h('Sample sizes'),
          table(['Population', 'Minimum sample'], ['1–10', 'All'], ['11–50', '10 or 25%, whichever is greater'], ['51–250', '25'], ['> 250', '40'], ['Vulnerability scanning', '100% of inventory, no sampling']),
          h('Selection'),
          p('Samples are selected by the assessor using the random selection macro in the test-case workbook; the seed, population and selection are retained as evidence. The CSP never selects samples.'),
          h('Documentation'),
          p('Record the population source (e.g. Okta export dated …), the sample and any exclusions in the test case comments (e.g. AC-2.3).'),
        ],
      }),
    ).then((data) => ({ file: 'SM-03 sampling memo.md', expected: 'UNKNOWN' as const, note: '3PAO internal sampling methodology memo — guidance for assessors, not a SAP.', data })),
  );

  out.push(
    renderXlsx(
      [
        {
          name: 'Evidence Requests',
          rows: [
            ['Evidence Request List (ERL) – Northwind Ledger Cloud Annual 2026'],
            ['Req #', 'Test Case', 'Method', 'Evidence Requested', 'CSP Owner', 'Due', 'Received', 'Evidence ID'],
            ['ER-001', 'AC-2.1', 'Examine', 'Account management procedure and Okta user/group export (all production users)', NORTHWIND.isso[0], '2026-03-20', 'Y', 'EV-001'],
            ['ER-002', 'AC-2.3', 'Examine', 'Last two quarterly access reviews with sign-off', NORTHWIND.isso[0], '2026-03-20', 'Y', 'EV-002'],
            ['ER-003', 'AU-6.1', 'Interview', 'Schedule interview with SOC lead on audit review', 'SOC', '2026-04-07', 'N', ''],
            ['ER-004', 'CM-3.2', 'Examine', 'Change tickets population Jan–Mar 2026 (for sampling)', 'Cloud Ops', '2026-03-20', 'Y', 'EV-010'],
            ['ER-005', 'CP-4.1', 'Examine', 'Contingency plan test after-action report', NORTHWIND.isso[0], '2026-03-27', 'Partial', 'EV-014'],
            ['ER-006', 'IA-2(1).1', 'Test', 'Test account for MFA verification in staging', 'IAM team', '2026-04-06', 'N', ''],
          ],
          boldRows: [1, 2],
        },
      ],
      { creator: B.lead[0], company: B.name },
    ).then((data) => ({ file: 'NLC_ERL_2026.xlsx', expected: 'UNKNOWN' as const, note: "3PAO evidence request list for an engagement — working paper, not a package deliverable.", data })),
  );

  out.push(
    Promise.resolve(
      renderText({
        header: 'INTERVIEW NOTES – CONFIDENTIAL ASSESSOR WORKING PAPER',
        blocks: [
          p('Engagement: NLC Annual 2026   Date: 2026-04-08 10:00-11:15 ET (Teams)'),
          p(`Interviewer: ${B.lead[0]}   Note taker: Marisol Baptiste`),
          p(`Interviewee(s): ${NORTHWIND.isso[0]} (ISSO), Kwame Ofori (SOC Lead)`),
          h('Test cases covered: AU-6.1, AU-6(1).1, IR-4.2, IR-6.1, SI-4.3'),
          p('AU-6.1: SOC reviews correlation alerts 24x7; ISSO reviews weekly summary every Monday. Asked for the last 4 weekly review records -> will upload to evidence folder (ER-011).'),
          p('IR-4.2: Walked through the Dec 2025 credential-stuffing event. Containment within 40 min; CISA report filed within the hour per ISSO. Need the ticket and CISA confirmation e-mail.'),
          p('SI-4.3: GuardDuty findings flow to Splunk; Falcon alerts to PagerDuty. Question: who tunes suppressions? Answer: SOC lead, changes go through CCB? -> unclear, follow up.'),
          h('Follow-ups'),
          ul('ER-011 weekly audit review records', 'ER-012 IR ticket INC-2291 + CISA confirmation', 'Clarify suppression-rule change control (CM-3 link)'),
        ],
      }),
    ).then((data) => ({ file: 'notes_2026-04-08.txt', expected: 'UNKNOWN' as const, note: 'Assessor interview notes (test cases covered, follow-ups) — a working paper.', data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'Lessons Learned', creator: B.qa[0] },
      headings: 'bold',
      blocks: [
        p(`MEMORANDUM\nTO: Assessment Practice\nFROM: ${B.qa[0]}, ${B.qa[1]}\nDATE: June 3, 2026`),
        p('SUBJECT: Lessons Learned – Tarragon Insight Initial Assessment (BAP-2026-009)'),
        h('What went well'),
        ul('Evidence request list issued two weeks before testing cut evidence delays in half.', 'Daily stand-ups with the CSP ISSO during testing kept scan credential issues from blocking work.'),
        h('What did not go well'),
        ul('Draft SAR failed QA three times on the same issue: findings without test case IDs.', 'Pen test scope omitted the admin API until day 3 of testing; SAP appendix was out of date.', 'Two assessors logged time to the wrong charge code.'),
        h('Actions'),
        table(['#', 'Action', 'Owner', 'Due'], ['1', 'Add test-case-ID check to the SAR template macro', B.lead[0], '2026-07-01'], ['2', 'Scope validation call before SAP signature', B.pentest[0], 'next engagement'], ['3', 'Refresh timesheet training', 'Operations', '2026-06-30']),
      ],
    }).then((data) => ({ file: 'LL_TI_initial.docx', expected: 'UNKNOWN' as const, note: '3PAO lessons-learned memo after an engagement — internal, not a deliverable.', data })),
  );

  out.push(
    Promise.resolve(
      [
        'Employee,Employee ID,Date,Project Code,Project Name,Task,Hours,Billable,Approved By',
        ...[
          [B.lead[0], 'E1042', '2026-04-06', 'BAP-2026-014', 'NLC Annual Assessment', 'Testing – AC/IA test cases', '8.0'],
          [B.lead[0], 'E1042', '2026-04-07', 'BAP-2026-014', 'NLC Annual Assessment', 'Interviews; evidence review', '7.5'],
          [B.pentest[0], 'E1107', '2026-04-07', 'BAP-2026-014', 'NLC Annual Assessment', 'Penetration testing – external vector', '9.0'],
          ['Marisol Baptiste', 'E1150', '2026-04-07', 'BAP-2026-014', 'NLC Annual Assessment', 'Evidence request tracking', '6.0'],
          [B.qa[0], 'E1003', '2026-04-08', 'BAP-2026-009', 'TI Initial Assessment', 'QA review of draft SAR', '4.5'],
          [B.qa[0], 'E1003', '2026-04-08', 'ADMIN', 'Internal', 'A2LA surveillance prep', '3.0'],
          [B.lead[0], 'E1042', '2026-04-08', 'BAP-2026-014', 'NLC Annual Assessment', 'Testing – CM/SI test cases', '8.0'],
        ].map((r) => `${r.map((v) => (v.includes(',') || v.includes(';') ? `"${v}"` : v)).join(',')},${r[3] === 'ADMIN' ? 'N' : 'Y'},Arthur Lindqvist`),
      ].join('\n') + '\n',
    ).then((data) => ({ file: 'timesheet_export_2026-W15.csv', expected: 'UNKNOWN' as const, note: '3PAO timesheet export (hours per engagement) — administrative record.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'COI Declaration 2026' },
      blocks: [
        { kind: 'title', text: 'Annual Conflict of Interest Declaration', size: 18 },
        p(`${B.name} – Form QF-4.1 – Calendar year 2026`),
        p('Employee: Marisol Baptiste   Position: Cybersecurity Assessor II'),
        table(['Question', 'Answer'], ['Do you or an immediate family member hold equity in any current client (Northwind Fiscal Systems, Helix Civic Software, Tarragon Data Corp., others)?', 'No'], ['Have you been employed by, or provided consulting to, any current client in the past 24 months?', 'Yes – see below'], ['Do you receive gifts or hospitality from any client above $50?', 'No']),
        p('Disclosure: Employed by Tarragon Data Corp. as a DevOps engineer until March 2024. I understand I must not be assigned to Tarragon engagements until April 2026.'),
        p('Signature: /s/ M. Baptiste     Date: 01/06/2026     Reviewed: D. Okafor (QM)'),
      ],
    }).then((data) => ({ file: 'COI_Baptiste_2026.pdf', expected: 'UNKNOWN' as const, note: 'Assessor annual conflict-of-interest declaration — HR/quality record.', data })),
  );

  out.push(
    renderXlsx(
      [
        {
          name: 'Training Records',
          rows: [
            ['Assessor Competence and Training Record'],
            ['Name', 'Role', 'Course / Certification', 'Provider', 'Completed', 'Expires', 'Authorized for'],
            [B.lead[0], 'Lead Assessor', 'CISSP', 'ISC2', '2019-05-10', '2027-05-31', 'Lead SAP/SAR'],
            [B.lead[0], 'Lead Assessor', 'FedRAMP Rev5 Transition Training', 'FedRAMP PMO', '2023-09-15', '', 'Rev5 assessments'],
            [B.pentest[0], 'Pen Test Lead', 'OSCP', 'OffSec', '2021-02-03', '', 'Penetration testing'],
            ['Marisol Baptiste', 'Assessor', 'ISO/IEC 17020 awareness', 'Internal', '2025-11-20', '2026-11-20', 'Under supervision'],
            ['Marisol Baptiste', 'Assessor', 'Witnessed assessment (AC, IA families)', 'Internal', '2026-04-10', '', 'Pending QA sign-off'],
          ],
          boldRows: [1, 2],
        },
      ],
      { creator: B.qa[0] },
    ).then((data) => ({ file: 'training_matrix.xlsx', expected: 'UNKNOWN' as const, note: 'Assessor training and competence record — 3PAO quality record.', data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'Kickoff Minutes', creator: B.lead[0] },
      blocks: [
        { kind: 'title', text: 'Meeting Minutes – Assessment Kickoff', size: 28 },
        table(['Date', '2026-03-30 13:00 ET'], ['Attendees', `${B.lead[0]}, ${B.pentest[0]}, ${B.qa[0]} (${B.short}); ${NORTHWIND.isso[0]}, ${NORTHWIND.owner[0]} (Northwind); FGA ISSM`], ['Subject', 'NLC Annual Assessment 2026 kickoff']),
        h('Discussion'),
        ul('Reviewed SAP v1.1 scope and schedule; agency confirmed approval expected by April 2.', 'Scan credentials to be provisioned by April 3.', 'Penetration testing window confirmed; emergency contacts exchanged.', 'Agency asked that the SAR draft be delivered by May 15.'),
        h('Action Items'),
        table(['#', 'Action', 'Owner', 'Due'], ['1', 'Provision scanner accounts', NORTHWIND.isso[0], '04/03'], ['2', 'Send evidence request list', B.lead[0], '03/31'], ['3', 'Confirm agency SAP approval', 'FGA ISSM', '04/02']),
        p('Next meeting: daily stand-up during testing, 09:30 ET.'),
      ],
    }).then((data) => ({ file: 'kickoff minutes 0330.docx', expected: 'UNKNOWN' as const, note: 'Kickoff meeting minutes for an assessment — mentions SAP/SAR but is minutes.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'Bridge Letter' },
      blocks: [
        p(`${HELIX.company}  •  Arlington, VA`),
        p('February 2, 2026'),
        p('To: Customers and prospective customers of Helix CaseFlow'),
        p('Re: SOC 2 Type II Bridge Letter (Gap Letter) for the period October 1, 2025 – January 31, 2026'),
        p('Helix Civic Software, LLC received a SOC 2 Type II report covering the Security, Availability and Confidentiality Trust Services Criteria for the period October 1, 2024 to September 30, 2025, issued by Crane & Whitlock CPAs. The next report will cover October 1, 2025 to September 30, 2026.'),
        p('Management confirms that, for the bridge period, there have been no material changes to the system description or the internal controls described in that report, and management is not aware of any material control failures. This letter is not an attestation by the service auditor and should be read together with the SOC 2 report.'),
        p(`Sincerely,\n${HELIX.owner[0]}, ${HELIX.owner[1]}`),
      ],
    }).then((data) => ({ file: 'HCF_SOC2_bridge_letter.pdf', expected: 'UNKNOWN' as const, note: 'SOC 2 Type II bridge letter from the CSP — another framework, not a FedRAMP deliverable.', data })),
  );

  out.push(
    Promise.resolve(
      renderMarkdown({
        blocks: [
          { kind: 'title', text: 'Job Description: Senior Cybersecurity Assessor (FedRAMP 3PAO)' },
          p(`**Company:** ${B.name} · **Location:** Reston, VA / Remote · **Clearance:** Public Trust`),
          h('About the role'),
          p('You will lead FedRAMP initial, annual and significant change assessments: scope engagements, write Security Assessment Plans, execute Examine/Interview/Test procedures, and author Security Assessment Reports with risk exposure tables and authorization recommendations.'),
          h('Responsibilities'),
          ul('Lead 3–5 assessments per year under ISO/IEC 17020 independence rules.', 'Review CSP System Security Plans and attachments for completeness.', 'Coordinate penetration testers and vulnerability scanning.', 'Mentor junior assessors; participate in QA review.'),
          h('Qualifications'),
          ul('5+ years in security assessment; NIST SP 800-53/53A expertise.', 'CISSP, CISA or equivalent.', 'Excellent technical writing.'),
          p('Salary range $135,000–$165,000. Equal Opportunity Employer.'),
        ],
      }),
    ).then((data) => ({ file: 'JD-senior-assessor.md', expected: 'UNKNOWN' as const, note: 'Job posting for a 3PAO senior assessor — full of deliverable names but a job description.', data })),
  );

  out.push(
    renderXlsx(
      [
        {
          name: 'SoA',
          rows: [
            ['ISO/IEC 27001:2022 Statement of Applicability'],
            [`Organization: ${TARRAGON.company}   ISMS scope: Tarragon Insight SaaS and supporting corporate functions   Version 4 – 2025-12-01`],
            ['Annex A Control', 'Control Title', 'Applicable', 'Justification', 'Implemented', 'Reference'],
            ['A.5.1', 'Policies for information security', 'Yes', 'Required by ISMS', 'Yes', 'ISMS-POL-01'],
            ['A.5.7', 'Threat intelligence', 'Yes', 'Risk treatment R-14', 'Partially', 'SEC-PRC-22'],
            ['A.7.4', 'Physical security monitoring', 'No', 'No offices in scope; hosting provider responsibility', 'N/A', 'Supplier SOC 2'],
            ['A.8.8', 'Management of technical vulnerabilities', 'Yes', 'Risk treatment R-03', 'Yes', 'SEC-PRC-08'],
            ['A.8.24', 'Use of cryptography', 'Yes', 'Customer contracts', 'Yes', 'SEC-STD-03'],
          ],
          boldRows: [1, 3],
        },
      ],
      { title: 'Statement of Applicability', creator: 'ISMS Manager' },
    ).then((data) => ({ file: 'SoA_v4.xlsx', expected: 'UNKNOWN' as const, note: 'ISO/IEC 27001 Statement of Applicability — another framework, not a FedRAMP deliverable.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'Invoice INV-26-0412' },
      blocks: [
        p(B.name),
        { kind: 'title', text: 'INVOICE', size: 24 },
        table(['Invoice #', 'INV-26-0412'], ['Date', '2026-05-25'], ['Bill to', `${TARRAGON.company}, Accounts Payable`], ['PO', 'PO-TDC-88120'], ['Terms', 'Net 30']),
        table(['Description', 'Qty', 'Unit price', 'Amount'], ['FedRAMP Tailored LI-SaaS initial assessment – milestone 3: delivery of final Security Assessment Report', '1', '$24,600.00', '$24,600.00'], ['Penetration testing (included in fixed fee)', '1', '$0.00', '$0.00']),
        p('Total due: $24,600.00. Remit by ACH to account ending 4471. Questions: billing@bellwetherassure.com'),
      ],
    }).then((data) => ({ file: 'INV-26-0412.pdf', expected: 'UNKNOWN' as const, note: '3PAO invoice for delivering a SAR — billing record, not the SAR.', data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'Security Assessment Report', creator: AGENCY.short },
      blocks: [
        p(`${AGENCY.name} – Office of the CISO`),
        { kind: 'title', text: 'Third-Party Vendor Security Questionnaire', size: 28 },
        p('Complete this questionnaire for every vendor processing FGA data. It does not replace a FedRAMP authorization.'),
        ...revisionHistory([['2025-10-01', '3.2', 'Added AI usage questions', 'FGA OCISO']]),
        table(['#', 'Question', 'Vendor response'], ['1', 'Is your service FedRAMP authorized? Provide the package ID.', `Yes – ${NORTHWIND.fedrampId} (in process)`], ['2', 'Do you have a SOC 2 Type II report? Attach.', 'Yes'], ['3', 'Where is FGA data stored?', 'AWS GovCloud (US)'], ['4', 'Do you use generative AI on customer data?', 'No'], ['5', 'Describe your incident notification timeline.', 'Within 1 hour to CISA, 24 hours to customers']),
        ...approvals([[NORTHWIND.isso[0], NORTHWIND.isso[1], NORTHWIND.company]], 'Vendor Attestation'),
      ],
    }).then((data) => ({ file: 'FGA vendor questionnaire - Northwind.docx', expected: 'UNKNOWN' as const, note: 'Agency vendor security questionnaire answered by the CSP; metadata title misleadingly says SAR.', data })),
  );

  return Promise.all(out);
}
