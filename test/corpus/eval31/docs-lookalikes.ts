/** UNKNOWN look-alikes from the persona's world: real documents that are none of the deliverables. */
import { buildDocx, table } from './kit/docx.js';
import type { Block } from './kit/docx.js';
import { buildPdf, ph, pt } from './kit/pdf.js';
import { wordAsPdf } from './kit/saveas.js';
import { CORP_POOL, SEC_POOL, day, pad, pick, rng } from './kit/text.js';
import type { EvalDoc } from './kit/types.js';
import { wordSpec } from './kit/word.js';
import type { WordDoc } from './kit/word.js';
import { buildXlsx } from './kit/xlsx.js';
import { CSP, SYS, approvals, dms, revs } from './docs-plans.js';

const LEGAL = { author: 'K. Abernathy (Legal)', date: '2026-01-22T14:02:00Z' };
const CUST = { author: 'Agency Contracting Officer', date: '2026-01-27T09:30:00Z' };

const clause = (num: string, text: string, ins?: string, del?: string, who = LEGAL): Block => ({
  kind: 'p',
  runs: [{ text: `${num} `, bold: true }, { text }, ...(del ? [{ text: del, del: who }] : []), ...(ins ? [{ text: ins, ins: who }] : [])],
});

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  const add = (file: string, note: string, data: Buffer | string) => out.push({ file, expected: 'UNKNOWN', note, data });

  // 1. MSA redline comparison
  const msa: WordDoc = {
    seed: 3401, title: 'Master Services Agreement', subtitle: 'Comparison of Version 4 (Customer draft) to Version 5 (HDS response)', org: CSP, cover: 'plain', pool: CORP_POOL,
    sections: [
      { h: 'Definitions', paras: [clause('1.1', '"Customer Data" means all data submitted to the Services by or on behalf of Customer', ', including metadata and logs relating to Customer\'s use', '.'), clause('1.2', '"Services" means the Halvorsen Records Cloud subscription services described in an Order Form.'), clause('1.3', '"Security Incident" means ', 'any actual or reasonably suspected unauthorized access to Customer Data.', 'any event that may affect the Services.')] },
      { h: 'Fees and Payment', paras: [clause('2.1', 'Customer shall pay all fees within ', 'forty-five (45)', 'thirty (30)'), clause('2.2', 'Fees are non-cancellable and non-refundable except as expressly set forth herein.')], fill: 1 },
      { h: 'Security and Compliance', paras: [clause('3.1', 'Provider shall maintain a FedRAMP Moderate authorization for the Services throughout the Term and shall make its System Security Plan and most recent Security Assessment Report available to Customer through the FedRAMP secure repository', ' upon request', '.', CUST), clause('3.2', 'Provider shall notify Customer of any Security Incident within ', 'one (1) hour', 'seventy-two (72) hours', CUST), clause('3.3', 'Provider shall deliver monthly continuous monitoring deliverables as required by FedRAMP.')], fill: 1 },
      { h: 'Term and Termination', paras: [clause('4.1', 'This Agreement commences on the Effective Date and continues for three (3) years.'), clause('4.2', 'Either party may terminate for material breach not cured within thirty (30) days of written notice.')] },
      { h: 'Limitation of Liability', paras: [clause('5.1', 'EXCEPT FOR BREACH OF CONFIDENTIALITY, NEITHER PARTY\'S AGGREGATE LIABILITY SHALL EXCEED ', 'TWO TIMES (2X)', 'THE FEES PAID IN THE TWELVE MONTHS PRECEDING THE CLAIM', CUST)] },
      { h: 'General', paras: [clause('6.1', 'This Agreement is governed by federal law and, where federal law does not apply, the laws of the Commonwealth of Virginia.')], fill: 1 },
    ],
  };
  const msaSpec = wordSpec(msa);
  msaSpec.comments = [{ id: 5, author: 'K. Abernathy (Legal)', date: '2026-01-22T14:05:00Z', text: 'We cannot agree to 1 hour for all incidents; propose 1 hour for confirmed incidents only.' }];
  const msaPara = msaSpec.blocks.find((b): b is Extract<Block, { kind: 'p' }> => b.kind === 'p' && b.runs.some((r) => r.text.includes('one (1) hour')));
  const hourRun = msaPara?.runs.find((r) => r.text.includes('one (1) hour'));
  if (hourRun) hourRun.comment = 5;
  msaSpec.core = { title: 'Comparison of MSA_v4 and MSA_v5', creator: 'Workshare Compare', lastModifiedBy: 'K. Abernathy' };
  msaSpec.custom = dms('HDS-LGL-0311', 'Contract', 'Confidential');
  add('Redline MSA v4 v5.docx', 'Redline comparison of a master services agreement (tracked insertions/deletions) that mentions the SSP and SAR only as contractual obligations.', await buildDocx(msaSpec));

  // 2. Technical writing style guide
  const sg: WordDoc = {
    seed: 3402, title: 'Technical Publications Style Guide', subtitle: 'Writing Security and Compliance Documents', org: CSP, cover: 'textbox', version: '5.0', pool: CORP_POOL, revisions: revs(3), toc: true,
    sections: [
      { h: 'Purpose of this Guide', paras: ['This guide sets the house style for every document written by Technical Publications, from release notes to compliance deliverables such as the System Security Plan, the Incident Response Plan and the Contingency Plan.'] },
      { h: 'Voice and Tone', paras: ['Write in the active voice and the present tense. Say "The ISSO reviews accounts quarterly", not "Accounts will be reviewed".'], fill: 1 },
      { h: 'Writing Control Implementation Statements', paras: ['Each statement answers who, what, when and how. Begin each part (a, b, c) on its own paragraph. Do not paste policy text; refer to the policy document by number.', 'Example (good): "The Access Administrator disables accounts inactive for 90 days using the nightly identity job."'], fill: 1 },
      { h: 'Terminology', paras: [table([['Use', 'Do not use'], ['sign in', 'log in, logon'], ['POA&M', 'POAM, PO&AM'], ['third-party assessment organization (3PAO)', 'auditor'], ['multifactor', 'multi-factor, 2FA']])] },
      { h: 'Templates and the DMS', paras: ['Start every new document from the current .dotx template in the DMS. Never change the content-control titles on the cover; update the document properties instead.'], fill: 1 },
      { h: 'Tables, Figures and Captions', fill: 2 },
      { h: 'Review and Publication Workflow', fill: 2 },
    ],
  };
  const sgSpec = wordSpec(sg);
  sgSpec.app = { template: 'HDS Guide Template.dotx', company: CSP };
  add('styleguide_v5.docx', 'House style guide for technical writers; discusses how to write SSP statements but is not a deliverable.', await buildDocx(sgSpec));

  // 3. Document control procedure for the DMS
  const dcp: WordDoc = {
    seed: 3403, title: 'QP-4.2.3 Control of Documented Information', subtitle: 'Quality Management System Procedure', org: CSP, cover: 'table', version: '7', pool: CORP_POOL, revisions: revs(5, 'Quality Office'), approvals: approvals([['Lena Forsberg', 'Director of Quality'], ['Samuel Ito', 'Document Controller']]),
    sections: [
      { h: 'Purpose', paras: ['This procedure defines how documented information required by the ISO 9001:2015 quality management system is created, reviewed, approved, distributed, retained and withdrawn in the SharePoint document-management system (DMS).'] },
      { h: 'Scope', paras: ['All controlled documents, templates and records in the DMS, including engineering, quality and compliance libraries.'] },
      { h: 'Document Numbering', paras: [table([['Prefix', 'Library', 'Example'], ['HDS-SEC', 'Security & Compliance', 'HDS-SEC-0001'], ['HDS-POL', 'Policies', 'HDS-POL-0101'], ['HDS-LGL', 'Legal', 'HDS-LGL-0311'], ['QP', 'Quality procedures', 'QP-4.2.3']])] },
      { h: 'Content Types and Metadata', paras: ['Every document carries the DMS columns Content Type, Document Number, Classification, Owner and Review Cycle. The check-in dialog refuses documents with missing mandatory columns.'], fill: 1 },
      { h: 'Review and Approval Workflow', paras: ['Step 1: author checks in a draft (minor version). Step 2: reviewers comment. Step 3: approver approves; the DMS publishes a major version and notifies subscribers.'], fill: 1 },
      { h: 'Obsolete Documents', fill: 1 },
      { h: 'Records', paras: ['Retention of records is governed by the Records Retention Schedule (RRS-01).'] },
    ],
  };
  const dcpSpec = wordSpec(dcp);
  dcpSpec.custom = dms('QP-4.2.3', 'Quality Procedure', 'Internal');
  add('QP-4.2.3.docx', 'ISO 9001 quality procedure for document control in the DMS; a procedure, but not an information-security policy of the FedRAMP package.', await buildDocx(dcpSpec));

  // 4. Records retention schedule
  const rrs = [
    ['FIN-01', 'Accounts payable invoices', 'Finance', '7 years after fiscal year end', 'Destroy', 'IRS 26 CFR 1.6001-1'],
    ['HR-03', 'Personnel files', 'Human Resources', '7 years after separation', 'Destroy', 'EEOC 29 CFR 1602'],
    ['LGL-02', 'Executed contracts', 'Legal', '10 years after expiration', 'Destroy', 'Statute of limitations'],
    ['SEC-05', 'Audit logs (production)', 'Security', '1 year online, 3 years archive', 'Delete', 'Customer contracts'],
    ['SEC-07', 'Security assessment artifacts', 'Compliance', '3 years after authorization', 'Delete', 'Contract'],
    ['ENG-02', 'Source code repositories', 'Engineering', 'Life of product + 3 years', 'Archive', 'Business need'],
    ['QA-01', 'Quality records', 'Quality', '5 years', 'Destroy', 'ISO 9001'],
    ['MKT-04', 'Marketing collateral', 'Marketing', '2 years after superseded', 'Destroy', 'Business need'],
  ];
  add('RRS-01 Records Retention Schedule.xlsx', 'Corporate records retention schedule (record series, retention periods, disposition).', await buildXlsx([{ name: 'Schedule', headerRow: 4, rows: [['Records Retention Schedule RRS-01'], [`${CSP} - effective 2026-01-01`], [], ['Series ID', 'Record Series', 'Owner', 'Retention Period', 'Disposition', 'Authority'], ...rrs] }, { name: 'Legal Holds', headerRow: 1, rows: [['Hold ID', 'Matter', 'Series Affected', 'Issued'], ['LH-2025-04', 'Vendor dispute', 'LGL-02, FIN-01', '2025-09-12']] }], { title: 'Records Retention Schedule', creator: 'Records Manager' }));

  // 5. Release notes
  add(
    'RELEASE-NOTES-2026.02.md',
    'Product release notes of the cloud service; mentions a significant change and scans only in passing.',
    `# Halvorsen Records Cloud - Release Notes\n\n## Release 2026.02 (February 17, 2026)\n\n### New features\n- **Bulk retention update**: apply a new retention rule to up to 50,000 records at once (Records > Bulk actions).\n- **Saved searches** can now be shared with a team.\n- **Export to NARA transfer format** (beta) for permanent records.\n\n### Improvements\n- Search results load 40% faster for tenants with more than 10 million records.\n- The upload dialog shows per-file progress.\n- Audit log export adds the client IP column.\n\n### Security and compliance\n- Session timeout is now configurable per tenant (5-60 minutes).\n- TLS 1.3 is enabled on all public endpoints; TLS 1.2 remains supported.\n- Dependencies updated (OpenSSL 3.0.15, nginx 1.26.2) following the monthly vulnerability scans.\n\n### Fixed issues\n| ID | Description |\n|---|---|\n| HRC-4412 | Retention countdown showed the wrong date for leap years |\n| HRC-4420 | Large PDF previews timed out |\n| HRC-4433 | Tenant admins could not remove a user from two groups at once |\n\n### Known issues\n- The beta NARA export does not yet include email attachments.\n\n### Upcoming\nThe database migration to a managed service is planned for Q2 and is being reviewed with our agency customers as a significant change; no customer action is required.\n`,
  );

  // 6. Product requirements document
  const prd: WordDoc = {
    seed: 3406, title: 'Product Requirements Document: Agency Self-Service Onboarding', org: CSP, cover: 'sdt', version: '0.9', pool: CORP_POOL, revisions: revs(3, 'Product Management'),
    sections: [
      { h: 'Problem Statement', paras: ['New agency tenants take an average of 19 days to onboard because identity federation, retention rules and user import are configured by our support team.'] },
      { h: 'Goals and Non-Goals', paras: ['Goal: onboard a new agency tenant in under 2 days. Non-goal: change the authorization boundary or add new external services.'] },
      { h: 'User Stories', paras: [table([['ID', 'As a...', 'I want to...', 'Priority'], ['US-1', 'Agency admin', 'configure SAML federation myself', 'P0'], ['US-2', 'Agency admin', 'import users from CSV', 'P1'], ['US-3', 'Records officer', 'pick a GRS template for retention', 'P1']])] },
      { h: 'Functional Requirements', fill: 2 },
      { h: 'Security and Compliance Considerations', paras: ['The feature stays inside the FedRAMP boundary. Compliance will confirm whether the change needs a significant change request; the SSP section on tenant administration will be updated.'] },
      { h: 'Success Metrics', fill: 1 },
      { h: 'Open Questions', fill: 1 },
    ],
  };
  add('PRD - self-service onboarding.docx', 'Product requirements document for a new feature (user stories, metrics).', await buildDocx(wordSpec(prd)));

  // 7. RFP response section
  const rfp: WordDoc = {
    seed: 3407, title: 'Volume II - Technical Proposal', subtitle: 'Section 3.4 Security, Privacy and FedRAMP Compliance (Response to RFP 140D0426R0012)', org: CSP, cover: 'plain', pool: SEC_POOL,
    sections: [
      { h: 'FedRAMP Authorization Status', paras: [`${SYS} holds a FedRAMP Moderate agency authorization (package F2304118827) and is listed on the FedRAMP Marketplace. Our System Security Plan, Security Assessment Report and POA&M are available to the Government in the FedRAMP secure repository.`] },
      { h: 'Approach to Continuous Monitoring', paras: ['We deliver monthly POA&M updates, vulnerability scan results and inventory, and hold a monthly ConMon call with each agency customer.'], fill: 2 },
      { h: 'Incident Response Capability', paras: ['Our 24x7 SOC reports incidents to the agency within one hour, consistent with our Incident Response Plan.'], fill: 1 },
      { h: 'Privacy', fill: 1 },
      { h: 'Compliance Matrix', paras: [table([['RFP Requirement', 'Proposal Section', 'Compliant'], ['C.5.1 FedRAMP Moderate', '3.4.1', 'Yes'], ['C.5.2 Incident reporting', '3.4.3', 'Yes'], ['C.5.3 Data in U.S.', '3.4.4', 'Yes']])] },
    ],
  };
  const rfpSpec = wordSpec(rfp);
  rfpSpec.header = [{ text: 'RFP 140D0426R0012 | Volume II | Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this proposal.' }];
  add('Vol II Sec 3.4.docx', 'Section of an RFP technical proposal describing FedRAMP status; a sales document, not a deliverable.', await buildDocx(rfpSpec));

  // 8. Internal audit report (ISO 27001)
  const ia: WordDoc = {
    seed: 3408, title: 'Internal Audit Report IA-2026-02', subtitle: 'ISO/IEC 27001:2022 Clause 8 and Annex A 5.15-5.18 (Access Control)', org: CSP, cover: 'plain', pool: SEC_POOL, revisions: revs(1, 'Internal Audit'),
    sections: [
      { h: 'Audit Objective and Scope', paras: ['To evaluate conformity of the ISMS access control processes with ISO/IEC 27001:2022 and internal policy, for the period July-December 2025. The audit was performed by Internal Audit and is independent of the FedRAMP 3PAO assessment.'] },
      { h: 'Audit Criteria', paras: ['ISO/IEC 27001:2022 clauses 8.1 and Annex A 5.15, 5.16, 5.17, 5.18; HDS-POL-0101.'] },
      { h: 'Summary of Findings', paras: [table([['ID', 'Finding', 'Classification'], ['NC-1', 'Leaver accounts not removed within 24 hours in 3 of 25 samples', 'Minor nonconformity'], ['OFI-1', 'Access review evidence stored in personal drives', 'Opportunity for improvement']])] },
      { h: 'Detailed Observations', fill: 3 },
      { h: 'Conclusion', paras: ['The access control process is largely effective. Corrective actions are tracked in the CAPA register.'] },
      { h: 'Distribution', paras: ['Audit Committee, CISO, Director of Quality.'] },
    ],
  };
  add('IA-2026-02.pdf', 'ISO 27001 internal audit report (nonconformities, OFIs) saved as PDF; not a 3PAO SAR.', await wordAsPdf(ia, { title: 'Internal Audit Report', author: 'Internal Audit' }));

  // 9. Management review minutes
  const mr: WordDoc = {
    seed: 3409, title: 'ISMS Management Review - Minutes', subtitle: 'Meeting of January 29, 2026', org: CSP, cover: 'none', pool: CORP_POOL, headingsAsBold: true,
    sections: [
      { h: 'Attendees', paras: ['Elena Marsh (CISO, chair), Tobias Reinholt, Lena Forsberg, Priya Kandasamy, Samuel Ito (minutes). Apologies: CFO.'] },
      { h: 'Status of Actions from Previous Review', paras: [table([['Action', 'Owner', 'Status'], ['MR-25-07 Fund SIEM storage expansion', 'CISO', 'Closed'], ['MR-25-08 Update supplier evaluation criteria', 'Procurement', 'Open']])] },
      { h: 'Changes in External and Internal Issues', paras: ['FedRAMP Rev5 transition to 20x was discussed; the annual assessment with the 3PAO is scheduled for March. The POA&M currently has 14 open items, none overdue.'], fill: 1 },
      { h: 'Performance of the ISMS', fill: 2 },
      { h: 'Decisions and Actions', paras: [table([['ID', 'Decision / Action', 'Owner', 'Due'], ['MR-26-01', 'Approve budget for second SOC shift lead', 'CISO', '2026-03-31'], ['MR-26-02', 'Commission ISO 27001 recertification audit', 'Quality', '2026-06-30']])] },
      { h: 'Next Meeting', paras: ['July 2026.'] },
    ],
  };
  const mrSpec = wordSpec(mr);
  mrSpec.blocks.unshift({ kind: 'p', runs: [{ text: 'ISMS Management Review - Minutes (ISO/IEC 27001 clause 9.3)', bold: true, size: 32 }] });
  add('minutes 2026-01-29.docx', 'Minutes of an ISMS management review meeting (decisions, actions); mentions the POA&M and 3PAO only as agenda items.', await buildDocx(mrSpec));

  // 10. Corrective action report
  const car: WordDoc = {
    seed: 3410, title: 'Corrective Action Report CAR-2026-004', org: CSP, cover: 'table', version: '1', pool: CORP_POOL,
    sections: [
      { h: 'D1 Team', paras: ['Lena Forsberg (lead), Arjun Mehta, Samuel Ito.'] },
      { h: 'D2 Problem Description', paras: ['Internal audit IA-2026-02 found that 3 of 25 leaver accounts were not removed within 24 hours.'] },
      { h: 'D3 Containment', paras: ['All leaver accounts from the audit period were reviewed and removed on 2026-02-04.'] },
      { h: 'D4 Root Cause Analysis', paras: ['Five whys: the HR termination feed failed silently for contractors because their records lacked an end date.'], fill: 1 },
      { h: 'D5-D6 Corrective Actions', paras: [table([['Action', 'Owner', 'Due', 'Status'], ['Require end date for contractor records', 'HR Systems', '2026-02-20', 'Done'], ['Alert on failed termination feed', 'SRE', '2026-03-06', 'In progress']])] },
      { h: 'D7 Prevent Recurrence', fill: 1 },
      { h: 'D8 Closure and Effectiveness Check', paras: ['Effectiveness will be verified by sampling leavers in April 2026.'] },
    ],
  };
  add('CAR-2026-004.docx', 'Quality 8D corrective action report for an internal audit nonconformity; not a POA&M.', await buildDocx(wordSpec(car)));

  // 11. Policy exception request form for an HR policy
  const pe: WordDoc = {
    seed: 3411, title: 'Policy Exception Request', subtitle: 'HR-POL-014 Remote and Hybrid Work Policy', org: CSP, cover: 'sdt', pool: CORP_POOL,
    sections: [
      { h: 'Requester', paras: [table([['Employee name', 'Jordan Pell'], ['Department', 'Customer Success'], ['Manager', 'Aisha Noor'], ['Date', '2026-02-03']])] },
      { h: 'Policy Requirement', paras: ['HR-POL-014 section 4.2 requires employees to work from a company office at least three days per week.'] },
      { h: 'Exception Requested', paras: ['Fully remote work from Boise, Idaho for 12 months to care for a family member.'] },
      { h: 'Business Justification and Risk', paras: ['The employee supports west-coast customers; the manager confirms coverage will not be affected.'], fill: 1 },
      { h: 'Approvals', paras: [table([['Role', 'Name', 'Decision', 'Date'], ['Manager', 'Aisha Noor', 'Approve', '2026-02-04'], ['HR Business Partner', 'Greta Olsen', '', ''], ['VP People', '', '', '']])] },
    ],
  };
  add('exception request - J Pell.docx', 'Exception request against an HR remote-work policy; resembles a deviation form but is not a FedRAMP deviation request.', await buildDocx(wordSpec(pe)));

  // 12. Fixed asset register
  const fr = rng(3412);
  const assets = Array.from({ length: 30 }, (_, i) => {
    const cost = Math.round(800 + fr() * 4000);
    return [`FA-${pad(2200 + i, 5)}`, pick(fr, ['Laptop Dell Latitude 7450', 'Monitor Dell U2724D', 'Cisco Meraki MX85', 'Conference room display', 'Standing desk']), pick(fr, ['Reston HQ', 'Boise office', 'Remote employee']), day('2023-01-01', Math.floor(fr() * 900)), cost, 36, Math.round(cost * fr()), `SN${Math.floor(fr() * 1e9)}`, pick(fr, ['In service', 'In service', 'Disposed'])];
  });
  add('Fixed Asset Register FY26.xlsx', 'Finance fixed-asset register (cost, depreciation) of office equipment; not the FedRAMP inventory.', await buildXlsx([{ name: 'Register', headerRow: 3, rows: [['Fixed Asset Register FY2026'], [], ['Asset Tag', 'Description', 'Location', 'Acquisition Date', 'Cost (USD)', 'Useful Life (months)', 'Accumulated Depreciation', 'Serial Number', 'Status'], ...assets] }], { creator: 'Finance', company: CSP }));

  // 13. 3PAO statement of work / proposal
  add(
    'BAP proposal 26-0117.pdf',
    'A 3PAO statement of work and price proposal for assessment services; commercial terms, not the SAP.',
    await buildPdf({
      meta: { title: 'Statement of Work', author: 'Brightline Assurance Partners' },
      header: 'Brightline Assurance Partners, LLC - Proposal 26-0117',
      blocks: [
        { kind: 'title', text: 'Statement of Work and Price Proposal' },
        pt(`Prepared for ${CSP}. Proposal number 26-0117, valid for 60 days.`),
        ph('1. Background'),
        pt(`${CSP} has requested a proposal for the 2026 FedRAMP annual assessment of ${SYS}. Brightline Assurance Partners is an A2LA-accredited 3PAO.`),
        ph('2. Services'),
        pt('Brightline will prepare the Security Assessment Plan, perform control testing, vulnerability scanning and penetration testing, and deliver the Security Assessment Report. Detailed methodology and rules of engagement will be defined in the SAP once this SOW is signed.'),
        ph('3. Deliverables and Milestones'),
        { kind: 'row', cells: ['Milestone', 'Target date', 'Payment'] },
        { kind: 'row', cells: ['SOW signature / kickoff', '2026-02-16', '20%'] },
        { kind: 'row', cells: ['SAP delivered', '2026-02-27', '20%'] },
        { kind: 'row', cells: ['Testing complete', '2026-04-03', '30%'] },
        { kind: 'row', cells: ['SAR delivered', '2026-04-24', '30%'] },
        ph('4. Pricing'),
        { kind: 'row', cells: ['Item', 'Hours', 'Rate', 'Amount'] },
        { kind: 'row', cells: ['Assessment lead', '160', '$245', '$39,200'] },
        { kind: 'row', cells: ['Assessors (2)', '400', '$210', '$84,000'] },
        { kind: 'row', cells: ['Penetration testers', '120', '$260', '$31,200'] },
        { kind: 'row', cells: ['Total (firm fixed price)', '', '', '$154,400'] },
        ph('5. Assumptions'),
        pt('Pricing assumes remote testing, no more than 60 in-scope hosts, and timely access to personnel. Travel, if required, is billed at cost.'),
        ph('6. Terms'),
        pt('Payment net 30. This SOW is governed by the Master Consulting Agreement dated 2023-05-01 between the parties.'),
        { kind: 'space' },
        pt('Accepted by: ______________________  Date: __________'),
      ],
    }),
  );

  // 14. CAB minutes (text)
  add(
    'CAB_2026-02-05.txt',
    'Change Advisory Board meeting minutes approving routine changes; mentions a possible significant change without being the request form.',
    `CHANGE ADVISORY BOARD - MEETING MINUTES\nHalvorsen Records Cloud\nDate: 2026-02-05 10:00-10:45 ET   Chair: Configuration Manager (R. Osei)\nPresent: R. Osei, A. Mehta, P. Kandasamy (ISSO), L. Chen (Release), D. Whitcombe (Tech Pubs)\n\n1. Review of last week's changes\n   - CHG-8812 nginx 1.26.2 rollout: completed, no incidents.\n   - CHG-8815 kernel patching wave 2: completed; 2 hosts rescheduled.\n\n2. Normal changes for approval\n   CHG-8820  Rotate TLS certificates on public load balancers      APPROVED\n   CHG-8823  Increase search cluster from 6 to 8 nodes               APPROVED (ISSO: update inventory)\n   CHG-8824  New saved-search sharing feature (release 2026.02)      APPROVED\n   CHG-8826  Aurora PostgreSQL migration - planning only             DEFERRED: ISSO to prepare a\n             significant change request for the agencies before any work is scheduled.\n\n3. Emergency changes since last meeting\n   - ECHG-0211 block abusive IP range at WAF (retroactive approval) APPROVED\n\n4. Actions\n   - P. Kandasamy: draft SCR for CHG-8826 by 2026-02-12.\n   - L. Chen: confirm release notes wording with Tech Pubs.\n\nNext meeting: 2026-02-12.\n`,
  );

  // 15. Vendor security questionnaire
  const qs = [
    ['1.1', 'Does your organization maintain an information security program with a designated security officer?', 'Yes', 'CISO reports to the CEO.'],
    ['1.2', 'Do you hold third-party certifications or authorizations?', 'Yes', 'FedRAMP Moderate (agency), ISO 27001, SOC 2 Type II.'],
    ['2.1', 'Is customer data encrypted at rest?', 'Yes', 'AES-256, FIPS 140-validated modules.'],
    ['2.2', 'Is customer data encrypted in transit?', 'Yes', 'TLS 1.2+'],
    ['3.1', 'Do you perform vulnerability scans at least monthly?', 'Yes', 'Authenticated OS, DB and web scans monthly.'],
    ['3.2', 'Do you perform annual penetration tests?', 'Yes', 'By an independent 3PAO.'],
    ['4.1', 'Do you have an incident response plan tested annually?', 'Yes', 'Tabletop in October 2025.'],
    ['5.1', 'Do you have a business continuity / disaster recovery plan?', 'Yes', 'RTO 12h, RPO 1h.'],
    ['6.1', 'Do subcontractors have access to customer data?', 'No', ''],
  ];
  add('Acme Health - Vendor Security Assessment Questionnaire (completed).xlsx', 'Customer vendor-security questionnaire answered by the CSP (yes/no with comments); not a FedRAMP deliverable.', await buildXlsx([{ name: 'Questionnaire', headerRow: 4, rows: [['Acme Health Systems - Vendor Security Assessment Questionnaire (VSAQ) v3'], [`Vendor: ${CSP}   Product: ${SYS}`], [], ['Ref', 'Question', 'Response (Yes/No/N/A)', 'Vendor Comments'], ...qs] }, { name: 'Scoring', headerRow: 1, rows: [['Section', 'Weight', 'Score'], ['Governance', 20, 20], ['Data protection', 30, 30], ['Vulnerability management', 20, 20]] }], { title: 'VSAQ v3', creator: 'Acme Health Vendor Risk' }));

  // 16. Security awareness training speaker notes
  add(
    'SAT-2026 speaker notes.txt',
    'Speaker notes of the annual security awareness training deck; training material, not Rules of Behavior.',
    `Security Awareness Training 2026 - Speaker Notes\nPresenter: Security Engineering\n\nSlide 1 - Welcome\nWelcome everyone. This session takes about 40 minutes and counts toward your annual training requirement. Attendance is recorded in the learning system.\n\nSlide 2 - Why we are here\nOur customers are federal agencies. A single phished password can expose their records. Last year the industry saw a 30% rise in MFA-fatigue attacks.\n\nSlide 3 - Phishing\nWalk through the three examples. Ask the room which clues they spot: the lookalike domain, the urgency, the unusual request. Remind them of the Report Phish button.\n\nSlide 4 - MFA fatigue\nIf you get a push you did not start, deny it and report it. Never read a code out over the phone.\n\nSlide 5 - Handling CUI\nShow the CUI banner. Explain that customer data never leaves the production boundary and never goes into tickets or chat.\n\nSlide 6 - Insider threat indicators\nKeep this light; focus on reporting concerns to your manager or the ethics line.\n\nSlide 7 - Quiz\nRun the five-question poll. Pass mark is 80%.\n\nSlide 8 - Wrap-up\nRemind them to sign the Rules of Behavior in the learning system after the session; that acknowledgement is separate from this training.\n`,
  );

  // 17. ISSO job description
  add(
    'JD - ISSO (req 2291).md',
    'Job description for an Information System Security Officer role; HR document.',
    `# Job Description: Information System Security Officer (ISSO)\n\n**Requisition:** 2291  \n**Department:** Security & Compliance  \n**Location:** Reston, VA (hybrid) - U.S. citizenship required  \n**Reports to:** Chief Information Security Officer\n\n## About the role\nHalvorsen Data Systems runs a FedRAMP Moderate authorized records platform used by federal agencies. As ISSO you will own the day-to-day security compliance of the system and be the main point of contact for our agency customers and our 3PAO.\n\n## Responsibilities\n- Maintain the System Security Plan and its attachments; coordinate updates with engineering and Technical Publications.\n- Run monthly continuous monitoring: POA&M updates, scan result review, inventory reconciliation.\n- Prepare significant change requests and deviation requests with engineering.\n- Support the annual assessment (SAP and SAR) with the 3PAO.\n- Lead quarterly access reviews and the annual contingency plan test.\n\n## Qualifications\n- 5+ years in information security compliance, 2+ years with FedRAMP or FISMA.\n- Working knowledge of NIST SP 800-53 Rev. 5 and 800-37.\n- CISSP, CISA or Security+ (required within 6 months).\n\n## Compensation and benefits\nSalary range $135,000-$165,000, 401(k) match, 20 days PTO.\n\n*Halvorsen Data Systems is an equal opportunity employer.*\n`,
  );

  return out;
}
