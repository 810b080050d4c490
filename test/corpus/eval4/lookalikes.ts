// Documents that are NOT deliverables but talk about them: training material, memos, questionnaires,
// project plans, minutes, contracts, policies, invoices, ticket exports, READMEs, trackers, e-mails,
// proposals, review comment matrices, manifests. A human labels every one of them UNKNOWN.
import { csv, docx, int, isoDay, pdf, pick, rng, xlsx } from './build.js';
import type { Block, Eval4Doc } from './build.js';

function trainingDeck(): Block[] {
  const slide = (title: string, bullets: string[]): Block[] => [{ h1: title }, { bullets }, { pageBreak: true }];
  return [
    { title: 'FedRAMP 101 for Program Managers' },
    { subtitle: 'Lunch & Learn — Public Sector Business Unit' },
    { subtitle: 'Acme Ledger Compliance Office — April 2025' },
    { pageBreak: true },
    ...slide('Agenda', ['What FedRAMP is and why our customers need it', 'The four phases of Agency Authorization', 'What goes into an authorization package', 'Continuous monitoring: what we deliver every month', 'Q&A']),
    ...slide('Phases of Agency Authorization', ['Partnership: find a sponsoring agency, write the System Security Plan (SSP)', 'Full security assessment: the 3PAO writes the Security Assessment Plan (SAP), tests, writes the Security Assessment Report (SAR)', 'Authorization: the agency reviews and issues an ATO letter; the PMO reviews the package', 'Continuous monitoring: monthly POA&M, scans and inventory; annual assessment']),
    ...slide('The Authorization Package', ['System Security Plan (SSP) and its 13 attachments', 'Security Assessment Plan (SAP) — by the 3PAO', 'Security Assessment Report (SAR) — by the 3PAO, with the recommendation', 'Plan of Action and Milestones (POA&M) — by us', 'Agency ATO letter', 'FedRAMP Initial Authorization Package Checklist']),
    ...slide('SSP Attachments (you will hear these names)', ['1 Policies and Procedures, 2 User Guide, 3 Digital Identity Worksheet, 4 PTA/PIA', '5 Rules of Behavior, 6 Contingency Plan (ISCP), 7 Configuration Management Plan', '8 Incident Response Plan, 9 CIS/CRM Workbook, 10 FIPS 199, 11 Separation of Duties Matrix', '12 Laws and Regulations, 13 Integrated Inventory Workbook']),
    ...slide('What PMs need to do', ['Plan feature work around the testing freeze', 'Flag anything that might be a significant change to Compliance early', 'Budget 3PAO time for the annual assessment', 'Never send package documents by e-mail: use the secure repository']),
    { h1: 'Questions?' },
    { p: 'compliance@acmeledger.example — internal training material, not for distribution.' },
  ];
}

function auditMemo(): Block[] {
  return [
    { p: 'MEMORANDUM', bold: true },
    { table: [['To:', 'Audit Committee of the Board, Tessellate Corporation'], ['From:', 'Director of Internal Audit'], ['Date:', 'October 14, 2025'], ['Subject:', 'Status of the FedRAMP program — Q3 2025']], header: false },
    { h2: 'Summary' },
    { p: 'Internal Audit reviewed the FedRAMP program as part of the 2025 audit plan. The program is on track: the System Security Plan was approved by the sponsoring agency in May, the annual Security Assessment Report was delivered by Meridian in August, and open POA&M items decreased from 41 to 26.' },
    { h2: 'Observations' },
    { bullets: ['Two high-risk findings from the SAR exceeded the 30-day remediation window; management has requested a deviation for one of them.', 'Evidence for the quarterly access reviews was stored outside the controlled repository.', 'The budget for the 2026 annual assessment has not yet been approved.'] },
    { h2: 'Recommendations' },
    { p: 'We recommend that management (1) report overdue POA&M items monthly to the Risk Committee, (2) move assessment evidence to the GRC platform and (3) approve the 2026 3PAO budget by December.' },
    { p: 'This memorandum is confidential and intended for the Audit Committee only.' },
  ];
}

function minutes(): Block[] {
  return [
    { title: 'Meeting Minutes' },
    { table: [['Meeting', 'BHCM FedRAMP Assessment Kickoff'], ['Date / time', 'July 21, 2025, 10:00–11:30 ET (Teams)'], ['Facilitator', 'Akiko Nakamura (Granite)'], ['Note taker', 'Luis Ortega (BlueHarbor)']], header: false },
    { h2: 'Attendees' },
    { p: 'BlueHarbor: Rebecca Stone, Luis Ortega, Maya Chen (ISSO). Granite Assurance Partners: Akiko Nakamura, Devon Price. FRHA: Carla Mendes (ISSM).' },
    { h2: 'Agenda' },
    { bullets: ['Introductions', 'Review of the approved SAP and testing schedule', 'Evidence request list', 'Rules of engagement and points of contact', 'Next steps'] },
    { h2: 'Discussion' },
    { p: 'Carla confirmed that FRHA approved the Security Assessment Plan on July 14. Akiko walked through the schedule: interviews the week of July 22, scans July 28, penetration testing starting August 4. Granite expects to deliver the draft SAR on September 5. Maya noted that the inventory will change slightly when the mobile API is scaled out; Granite asked to be informed of any change during the freeze.' },
    { h2: 'Action Items' },
    { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Send evidence request list', 'Granite', '07/22'], ['2', 'Provide current inventory workbook and SSP v3.1', 'BlueHarbor', '07/23'], ['3', 'Create assessor accounts', 'BlueHarbor', '07/24'], ['4', 'Confirm POA&M template version with FRHA', 'Maya Chen', '07/31']] },
    { p: 'Next meeting: weekly status, Mondays 10:00 ET.' },
  ];
}

function sow(): Block[] {
  return [
    { p: 'FEDERAL RURAL HOUSING ADMINISTRATION', bold: true, center: true },
    { title: 'Statement of Work' },
    { subtitle: 'Cloud-Based Case Management Services — Solicitation 70RFRHA25R0012' },
    { pageBreak: true },
    { h1: '1 Background' },
    { p: 'FRHA requires a commercial cloud case management service to replace its on-premises system. The service must hold a FedRAMP Moderate authorization or achieve one within twelve months of award.' },
    { h1: '2 Scope' },
    { p: 'The Contractor shall provide a Software as a Service (SaaS) case management solution, migration of legacy records, training and help desk support.' },
    { h1: '3 Security Requirements' },
    { p: '3.1 The Contractor shall comply with FedRAMP requirements at the Moderate impact level and with FRHA security policies.' },
    { p: '3.2 The Contractor shall develop and maintain a System Security Plan (SSP) and all required attachments, and shall engage an accredited 3PAO to produce a Security Assessment Plan and Security Assessment Report.' },
    { p: '3.3 The Contractor shall deliver a Plan of Action and Milestones (POA&M), vulnerability scan results and an updated inventory monthly, and shall notify the Contracting Officer\'s Representative of any significant change.' },
    { p: '3.4 The Government will issue an Authority to Operate before production use; the Contractor shall support the agency review.' },
    { h1: '4 Deliverables' },
    { table: [['#', 'Deliverable', 'Due', 'Format'], ['D-1', 'Project Management Plan', '30 days after award', 'Word'], ['D-2', 'System Security Plan and attachments', '60 days after award', 'Word / OSCAL'], ['D-3', 'Security Assessment Report', '150 days after award', 'Word'], ['D-4', 'Monthly continuous monitoring package', 'Monthly, 15th', 'Excel / .nessus'], ['D-5', 'Monthly status report', 'Monthly', 'PDF']] },
    { h1: '5 Period of Performance' },
    { p: 'One base year and four option years.' },
    { h1: '6 Place of Performance' },
    { p: 'Contractor facilities; data shall remain in the United States.' },
  ];
}

function salesPolicy(): Block[] {
  return [
    { title: 'Policy SP-07: Representing Our FedRAMP Status' },
    { subtitle: 'Kestrel Mobile, Inc. — Sales and Marketing Policy' },
    { table: [['Owner', 'VP Public Sector Sales'], ['Effective', 'July 1, 2025'], ['Applies to', 'Sales, marketing, partner and customer success staff']], header: false },
    { h1: '1 Purpose' },
    { p: 'This policy explains how staff may describe Kestrel\'s FedRAMP status to prospects, partners and the press, so that we never overstate our authorization.' },
    { h1: '2 Policy' },
    { bullets: ['Say "FedRAMP Moderate Authorized" only for Kestrel FieldOps and only after it is listed as Authorized on the FedRAMP Marketplace.', 'Do not use the FedRAMP logo in proposals without Marketing approval.', 'Do not send the System Security Plan, Security Assessment Report or POA&M to prospects. Agencies request package access through the FedRAMP secure repository with a package access request form.', 'Refer questions about open findings or scan results to the CISO.'] },
    { h1: '3 Violations' },
    { p: 'Violations are handled under the Code of Conduct.' },
  ];
}

function invoice(): Block[] {
  return [
    { p: 'GRANITE ASSURANCE PARTNERS, LLC', bold: true },
    { p: '75 State Street, Floor 9, Boston, MA 02109 | billing@granite3pao.example | EIN 47-5550123' },
    { h1: 'INVOICE' },
    { table: [['Invoice #', 'INV-3PAO-2025-0412'], ['Invoice date', 'September 22, 2025'], ['Bill to', 'BlueHarbor Software LLC, Accounts Payable, 500 Harbor Way, Norfolk, VA 23510'], ['PO number', 'BH-PO-8812'], ['Terms', 'Net 30']], header: false },
    { table: [['Description', 'Qty', 'Rate', 'Amount'], ['FedRAMP Moderate initial assessment — Security Assessment Plan development', '1', '$18,500.00', '$18,500.00'], ['Control testing (323 controls)', '1', '$96,000.00', '$96,000.00'], ['Penetration testing', '1', '$32,000.00', '$32,000.00'], ['Security Assessment Report (SAR) and readout', '1', '$14,000.00', '$14,000.00'], ['Travel (not to exceed)', '1', '$2,140.55', '$2,140.55'], ['', '', 'Total due', '$162,640.55']] },
    { p: 'Please remit by ACH to Granite Assurance Partners, account ending 4471. Questions: accounts receivable, (617) 555-0133.' },
    { p: 'Thank you for your business.' },
  ];
}

function jiraCsv(): string {
  const r = rng(61);
  const rows: (string | number)[][] = [['Issue key', 'Issue id', 'Summary', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Updated', 'Labels', 'Custom field (POA&M ID)', 'Custom field (Due Date)', 'Sprint']];
  const sums = ['Remediate POA&M {id}: OpenSSH upgrade on bastion hosts', 'POA&M {id} - rotate service account credentials', 'Evidence for POA&M {id} closure (rescan screenshot)', 'POA&M {id}: disable TLS 1.0 on legacy LB listener', 'Update kernel on worker nodes (POA&M {id})', 'Prepare deviation request for POA&M {id}'];
  for (let i = 0; i < 24; i++) {
    const id = `V-0${int(r, 100, 199)}`;
    const created = isoDay('2025-06-01', int(r, 0, 110));
    rows.push([`SECOPS-${2100 + i}`, 48000 + i, pick(r, sums).replace('{id}', id), pick(r, ['Task', 'Bug', 'Story']), pick(r, ['To Do', 'In Progress', 'Done', 'Blocked']), pick(r, ['Highest', 'High', 'Medium', 'Low']), pick(r, ['a.chen', 'j.whitfield', 'p.horak', '']), 'compliance-bot', `${created} 09:${int(r, 10, 59)}`, `${isoDay(created, int(r, 1, 30))} 16:02`, 'fedramp conmon', id, isoDay(created, 30), `SecOps Sprint ${int(r, 40, 48)}`]);
  }
  return csv(rows);
}

const README = `# fedramp-package

Working folder for the **Acme Ledger Cloud** FedRAMP Moderate package. Nothing in this repository is a
submission: final documents are uploaded to the FedRAMP secure repository by the Compliance Office.

## Layout

| folder | what goes there |
|---|---|
| \`ssp/\` | System Security Plan drafts and the 13 attachments (policies, user guide, DIW, PTA/PIA, RoB, ISCP, CMP, IRP, CIS/CRM, FIPS 199, SoD matrix, laws, inventory) |
| \`assessment/\` | SAP and SAR received from the 3PAO (read-only) |
| \`conmon/YYYY-MM/\` | monthly POA&M, scan exports (.nessus, .csv) and inventory |
| \`letters/\` | ATO letter, significant change requests, deviation requests |

## Conventions

- File names: \`ALC_<deliverable>_v<major.minor>_<YYYY-MM>.<ext>\`, e.g. \`ALC_SSP_v3.2_2025-08.docx\`.
- OSCAL versions of the SSP and POA&M are generated by \`make oscal\` from the Word and Excel sources.
- Run \`make check\` before a monthly submission: it checks that every open POA&M item has a scheduled
  completion date within 30/90/180 days of detection.

## Contacts

Compliance Office — compliance@acmeledger.example
`;

function eml(): string {
  return [
    'From: Maya Chen <mchen@blueharbor.example>',
    'To: Akiko Nakamura <anakamura@granite3pao.example>',
    'Cc: Luis Ortega <lortega@blueharbor.example>',
    'Subject: RE: BHCM draft SAR - our comments',
    'Date: Thu, 11 Sep 2025 17:42:10 -0400',
    'Message-ID: <CAF3x9k2@mail.blueharbor.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Hi Akiko,',
    '',
    'Thanks for the draft Security Assessment Report. Our comments are below; the marked-up copy is in the',
    'repository folder assessment/drafts.',
    '',
    '1. Risk exposure table, BH-02 (Tomcat): we patched on 9/2 - can you validate and move it to "corrected',
    '   during testing"?',
    '2. BH-03 should reference CM-6 only, not CM-7.',
    '3. Executive summary: the count of moderate findings is 24 in the table and 23 in the text.',
    '',
    'Once these are resolved we will build the POA&M from the final SAR and send it to Carla at FRHA together',
    'with the updated inventory.',
    '',
    'Best,',
    'Maya',
    '',
    '> From: Akiko Nakamura',
    '> Sent: Friday, September 5, 2025 4:58 PM',
    '> Subject: BHCM draft SAR',
    '> Please find attached the draft SAR for your factual accuracy review. Comments by 9/12 please.',
    '',
  ].join('\r\n');
}

function proposal(): Block[] {
  return [
    { title: 'Proposal for FedRAMP Moderate Assessment Services' },
    { subtitle: 'Prepared for BlueHarbor Software LLC by Granite Assurance Partners, LLC' },
    { subtitle: 'April 28, 2025 — valid for 60 days' },
    { pageBreak: true },
    { h1: '1 Understanding of Your Needs' },
    { p: 'BlueHarbor is pursuing an Agency Authorization for BlueHarbor Case Manager with the Federal Rural Housing Administration as sponsor. You need an accredited 3PAO to plan and perform the initial assessment.' },
    { h1: '2 Our Approach' },
    { bullets: ['Readiness review of your System Security Plan and attachments (optional, 2 weeks).', 'Development of the Security Assessment Plan and agency review.', 'Control testing, vulnerability scanning and penetration testing.', 'Security Assessment Report with risk exposure table and authorization recommendation.', 'Support during agency and PMO review.'] },
    { h1: '3 Team' },
    { p: 'Akiko Nakamura (Assessment Lead, CISSP), Devon Price (OSCP), Sofia Marchetti (CISA).' },
    { h1: '4 Schedule and Price' },
    { table: [['Phase', 'Weeks', 'Fixed price'], ['SAP', '3', '$18,500'], ['Testing', '5', '$128,000'], ['SAR', '3', '$14,000'], ['Total', '11', '$160,500']] },
    { h1: '5 Assumptions' },
    { p: 'The system is frozen during testing; BlueHarbor provides evidence within 3 business days of request.' },
  ];
}

export async function lookalikeDocs(): Promise<Eval4Doc[]> {
  const r = rng(17);
  const months = ['Oct-24', 'Nov-24', 'Dec-24', 'Jan-25', 'Feb-25', 'Mar-25', 'Apr-25', 'May-25', 'Jun-25', 'Jul-25', 'Aug-25', 'Sep-25'];
  const tasks: [string, string, string, number][] = [
    ['Draft SSP v1.0', 'Compliance', '2025-01-06', 40], ['Agency SSP review and comments', 'FRHA', '2025-02-17', 20], ['SSP approved', 'FRHA', '2025-03-17', 0], ['3PAO selection', 'Procurement', '2025-03-03', 30],
    ['Submit SAP', 'Granite', '2025-06-16', 5], ['SAP approval', 'FRHA', '2025-06-23', 15], ['Testing (system freeze)', 'Granite', '2025-07-21', 25], ['SAR due', 'Granite', '2025-09-05', 0],
    ['Build POA&M from SAR', 'BlueHarbor', '2025-09-08', 10], ['Agency review / ATO letter', 'FRHA', '2025-09-22', 8], ['Upload package + checklist to FedRAMP', 'FRHA', '2025-10-02', 2], ['PMO review', 'FedRAMP PMO', '2025-10-06', 30],
  ];
  return [
    { file: 'FedRAMP_101_training.pdf', expected: 'UNKNOWN', note: 'look-alike: training deck (PDF export) listing every package document and attachment', data: await pdf({ meta: { title: 'FedRAMP 101', author: 'Compliance Office' }, footer: 'Acme Ledger — Internal', blocks: trainingDeck() }, { producer: 'Microsoft® PowerPoint® for Microsoft 365' }) },
    { file: 'Audit Committee memo - FedRAMP Q3.docx', expected: 'UNKNOWN', note: 'look-alike: internal audit memo mentioning the SSP, the SAR and POA&M counts', data: await docx({ meta: { author: 'Internal Audit' }, blocks: auditMemo() }) },
    {
      file: 'Vendor_Security_Questionnaire_2025.xlsx',
      expected: 'UNKNOWN',
      note: 'look-alike: customer vendor-risk questionnaire asking for SSP, SAR, POA&M',
      data: await xlsx([
        { name: 'Instructions', rows: [['Third-Party Security Questionnaire (Lite) — please answer every question and attach evidence where requested.']] },
        {
          name: 'Questionnaire',
          rows: [
            ['Question ID', 'Category', 'Question', 'Response (Yes/No/N/A)', 'Comments / Evidence'],
            ['GOV-01', 'Governance', 'Does your organization hold a FedRAMP authorization? If yes, at which impact level?', 'Yes', 'Moderate, agency ATO (FRHA)'],
            ['GOV-02', 'Governance', 'Do you maintain a System Security Plan (SSP) for the service?', 'Yes', 'Available through the FedRAMP repository'],
            ['GOV-03', 'Governance', 'Provide the date of your most recent Security Assessment Report (SAR).', 'Yes', 'September 2025'],
            ['VM-01', 'Vulnerability Mgmt', 'Do you perform monthly authenticated vulnerability scans?', 'Yes', 'Nessus, Qualys WAS'],
            ['VM-02', 'Vulnerability Mgmt', 'Do you track findings in a Plan of Action and Milestones (POA&M)?', 'Yes', ''],
            ['BCP-01', 'Resilience', 'Is a contingency plan tested annually?', 'Yes', ''],
            ['IR-01', 'Incident Response', 'Will you notify us of a security incident within 24 hours?', 'Yes', ''],
            ['PRIV-01', 'Privacy', 'Has a Privacy Impact Assessment been performed?', 'Yes', ''],
          ],
          bold: [1],
        },
      ], { title: 'Vendor Security Questionnaire' }),
    },
    {
      file: 'FedRAMP_Project_Plan.xlsx',
      expected: 'UNKNOWN',
      note: 'look-alike: project plan / Gantt workbook with rows "Submit SAP", "SAR due", "Build POA&M"',
      data: await xlsx([
        {
          name: 'Plan',
          rows: [
            ['BHCM FedRAMP Authorization — Project Plan', '', '', '', '', '', 'Status date: 2025-09-15'],
            ['ID', 'Task', 'Owner', 'Start', 'Duration (days)', 'Finish', '% Complete', 'Predecessor', ...months],
            ...tasks.map(([t, o, s, d], i) => [i + 1, t, o, s, d, isoDay(s, d), pick(r, [100, 100, 75, 50, 0]), i ? i : '', ...months.map(() => (r() < 0.2 ? '■' : ''))]),
          ],
          bold: [1, 2],
        },
        { name: 'Risks', rows: [['Risk', 'Owner', 'Mitigation'], ['3PAO availability in Q3', 'PM', 'Book early'], ['SAR findings delay ATO', 'ISSO', 'Pre-assessment scans']] },
      ]),
    },
    { file: 'Kickoff Meeting Minutes 2025-07-21.docx', expected: 'UNKNOWN', note: 'look-alike: assessment kickoff minutes discussing the SAP, SAR and inventory', data: await docx({ meta: { title: 'Meeting Minutes', author: 'Luis Ortega' }, blocks: minutes() }) },
    { file: 'SOW_70RFRHA25R0012.pdf', expected: 'UNKNOWN', note: 'look-alike: contract statement of work that requires an SSP, SAR and monthly POA&M', data: await pdf({ meta: { title: 'Statement of Work 70RFRHA25R0012' }, header: 'Solicitation 70RFRHA25R0012 — Attachment J-1', blocks: sow() }, { font: 'times' }) },
    { file: 'SP-07 FedRAMP status policy.docx', expected: 'UNKNOWN', note: 'look-alike: sales/marketing policy about FedRAMP status (not a security policy and procedures attachment)', data: await docx({ meta: { title: 'Policy SP-07', author: 'Sales Operations' }, blocks: salesPolicy() }) },
    { file: 'INV-3PAO-2025-0412.pdf', expected: 'UNKNOWN', note: 'look-alike: 3PAO invoice with line items "Security Assessment Plan" and "Security Assessment Report (SAR)"', data: await pdf({ meta: { title: 'Invoice INV-3PAO-2025-0412' }, blocks: invoice() }, { producer: 'QuickBooks Online' }) },
    { file: 'jira_export_2025-09-30.csv', expected: 'UNKNOWN', note: 'look-alike: Jira ticket export whose summaries and custom field reference POA&M items', data: jiraCsv() },
    { file: 'README.md', expected: 'UNKNOWN', note: 'look-alike: package working-folder README naming every deliverable', data: README },
    {
      file: 'ConMon_Tracker_FY25.xlsx',
      expected: 'UNKNOWN',
      note: 'look-alike: continuous monitoring tracker of monthly POA&M/scan/inventory submissions',
      data: await xlsx([
        {
          name: 'FY25 Tracker',
          rows: [
            ['Month', 'POA&M submitted', 'Scans submitted (OS/DB/Web)', 'Inventory submitted', 'Open High', 'Open Moderate', 'Open Low', 'Agency review date', 'Notes'],
            ...months.map((m) => [m, 'Yes', 'Yes/Yes/Yes', 'Yes', int(r, 0, 4), int(r, 5, 20), int(r, 10, 40), `${m} (15th)`, r() < 0.2 ? 'Late by 2 days' : '']),
          ],
          bold: [1],
        },
      ], { title: 'ConMon Tracker' }),
    },
    { file: 'RE_ BHCM draft SAR - our comments.eml', expected: 'UNKNOWN', note: 'look-alike: e-mail discussing the draft SAR and the POA&M to come', data: eml() },
    { file: 'Granite_Proposal_BlueHarbor.docx', expected: 'UNKNOWN', note: 'look-alike: 3PAO proposal describing SAP and SAR deliverables and prices', data: await docx({ meta: { title: 'Proposal', author: 'Granite Assurance Partners' }, blocks: proposal() }) },
    {
      file: 'SSP_Review_Comments_Round2.xlsx',
      expected: 'UNKNOWN',
      note: 'look-alike: agency reviewer comment matrix on the SSP (file name says SSP)',
      data: await xlsx([
        {
          name: 'Comments',
          rows: [
            ['Agency SSP Review — Acme Ledger Cloud — Round 2', '', '', '', 'Reviewer: E. Park (OGM)'],
            ['#', 'Document / Section', 'Page', 'Control', 'Reviewer Comment', 'CSP Response', 'Status'],
            [1, 'SSP §2 Categorization', 6, '', 'Information type C.2.4.1 adjusted to Moderate without justification.', 'Justification added.', 'Closed'],
            [2, 'SSP §13 AC-2(3)', 41, 'AC-2(3)', 'Statement does not give the inactivity period for privileged accounts.', 'Now 90 days, parameter updated.', 'Closed'],
            [3, 'SSP §13 SC-13', 112, 'SC-13', 'List the CMVP certificate numbers for each module.', 'Added.', 'Closed'],
            [4, 'Attachment 6 ISCP', 9, 'CP-4', 'No evidence of the annual contingency plan test.', 'Test report attached.', 'Open'],
            [5, 'Attachment 13 Inventory', '', 'CM-8', 'Inventory missing the CI/CD accounts.', 'Will add in v3.2.', 'Open'],
          ],
          bold: [1, 2],
        },
      ]),
    },
    {
      file: 'package-manifest.json',
      expected: 'UNKNOWN',
      note: 'look-alike: JSON manifest of a package upload (names deliverables, is not OSCAL)',
      data: JSON.stringify(
        {
          package: 'FR2518807421', cso: 'Acme Ledger Cloud', generated: '2025-10-06T12:00:00Z',
          files: [
            { type: 'system-security-plan', path: 'ssp/ALC_SSP_v3.2_2025-08.docx', sha256: 'a3f1e0c99b7d2e44c0d8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5' },
            { type: 'assessment-plan', path: 'assessment/ALC_SAP_2025.docx', sha256: '0f9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0' },
            { type: 'assessment-results', path: 'assessment/ALC_SAR_2025.docx', sha256: '1122334455667788990011223344556677889900aabbccddeeff001122334455' },
            { type: 'plan-of-action-and-milestones', path: 'conmon/2025-09/ALC_POAM_2025-09.xlsx', sha256: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100' },
          ],
        },
        null,
        2,
      ),
    },
  ];
}
