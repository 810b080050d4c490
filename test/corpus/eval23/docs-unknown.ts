import { bold, bullets, p, small, table, title, toMarkdown, toPlainText, type Block } from './kit/blocks.js';
import { A, B, FIRM, LEAD, ME, QA, sections } from './kit/common.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { buildXlsx } from './kit/xlsx.js';
import type { EvalDoc } from './types.js';

const csvq = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function unknownDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];

  // 1. PBC / evidence request list naming every deliverable
  const pbc: string[][] = [
    ['1', 'Package', 'System Security Plan (final, Word) with all attachments', A.isso, '04/25/2025', '04/28/2025', 'Received', 'v3.2'],
    ['2', 'Package', 'Information Security Policies and Procedures (Att. 1)', A.isso, '04/25/2025', '04/28/2025', 'Received', ''],
    ['3', 'Package', 'Information System Contingency Plan and latest CP test report', A.isso, '04/25/2025', '', 'Outstanding', 'Test report missing'],
    ['4', 'Package', 'Integrated Inventory Workbook (current month)', A.isso, '04/25/2025', '05/02/2025', 'Received', 'Reconcile to scans'],
    ['5', 'Package', 'POA&M (current)', A.isso, '04/25/2025', '05/02/2025', 'Received', ''],
    ['6', 'AC-2', 'Population: all privileged accounts created Jan-Apr 2025 (system export)', 'Identity Eng.', '05/12/2025', '', 'Outstanding', 'Needed for sampling'],
    ['7', 'AU-6', 'Weekly audit review records, last 12 weeks', 'SecOps', '05/12/2025', '05/16/2025', 'Partial', '2 weeks missing'],
    ['8', 'CM-3', 'Change tickets closed Feb-Apr 2025 (population)', 'Cloud Ops', '05/12/2025', '05/15/2025', 'Received', ''],
    ['9', 'IR-3', 'Incident response test report 2024', A.isso, '05/12/2025', '', 'Outstanding', ''],
    ['10', 'RA-5', 'Credentials for authenticated scanning (OS, DB)', 'Cloud Ops', '05/12/2025', '05/19/2025', 'Received', 'Vaulted'],
    ['11', 'AT-2', 'Training completion report, all personnel in boundary', 'HR', '05/12/2025', '05/14/2025', 'Received', ''],
  ];
  out.push({ file: 'MLC_PBC_list_v4.xlsx', expected: 'UNKNOWN', note: 'The 3PAO\'s evidence request (PBC) list tracking requested artifacts, which names deliverables but is a working paper, not a deliverable.', data: await buildXlsx({ meta: { title: 'PBC list', creator: ME }, sheets: [
    { name: 'Requests', boldRows: [1, 3], rows: [[`${FIRM} - Evidence Request List (PBC) - ${A.system} initial assessment`], [`Prepared by ${ME}; reviewed by ${LEAD}. Status as of 05/20/2025.`], ['Req #', 'Control / Area', 'Item Requested', 'Owner', 'Date Requested', 'Date Received', 'Status', 'Assessor Comment'], ...pbc], widths: [6, 12, 60, 14, 14, 14, 12, 24] },
    { name: 'Status summary', boldRows: [1], rows: [['Status', 'Count'], ['Received', 7], ['Partial', 1], ['Outstanding', 3]] },
  ] }) });

  // 2. Interview notes with the ISSO
  const interview: Block[] = [
    bold(`Interview notes - ${A.system} - ISSO`),
    table([['Date', '05/21/2025 10:00-11:30 ET (Teams)'], ['Interviewee', `${A.isso}, ISSO, ${A.csp}`], ['Interviewers', `${LEAD} (lead), ${ME} (notes)`], ['Controls covered', 'AC-2, AC-2(3), AC-6(9), AU-6, IR-6']], false),
    small('Working paper WP-MLC-INT-03. Assessor notes, not verbatim. Not reviewed by the interviewee.'),
    ...sections([
      ['Account management', ['Dana walked us through the joiner/mover/leaver flow. HR feed triggers the ticket; Identity Eng provisions. She said the 90-day inactivity job runs nightly but admitted it only covers IdP accounts, not the break-glass local accounts on the bastion. Follow-up: request the job config and the list of local accounts (PBC #12).', 'Privileged account reviews are monthly; she showed the April review in the GRC tool. We need the Jan-Mar records too for the sample.']],
      ['Audit review', ['SOC reviews alerts daily; the weekly audit review report is produced by a saved search. Two weeks in March were skipped during the SIEM migration - she thinks this is already a POA&M item but could not confirm. JE to check against the POA&M received 05/02.']],
      ['Incident reporting', ['Described the one-hour reporting path to CISA and the agency SOC. Last real incident reported Nov 2024 (phishing, no data impact). Asked for the ticket and the notification email as evidence.']],
      ['Action items', ['JE: add PBC #12 and #13; RO: schedule follow-up with Identity Eng; JE: cross-check AU-6 gap to POA&M.']],
    ], true),
  ];
  out.push({ file: 'interview notes 0521.docx', expected: 'UNKNOWN', note: 'Assessor interview notes with the ISSO (working paper), discussing controls and evidence follow-ups.', data: await buildDocx({ blocks: interview, meta: { creator: ME, lastModifiedBy: ME } }) });

  // 3. Sampling worksheet
  out.push({ file: 'sampling_AC2_CM3.xlsx', expected: 'UNKNOWN', note: 'Assessor sampling worksheet: populations, sample sizes and random selections (working paper).', data: await buildXlsx({ meta: { title: 'Sampling worksheet', creator: ME }, sheets: [
    { name: 'Populations', boldRows: [1, 3], rows: [['Sampling worksheet - MLC initial assessment - WORKING PAPER'], ['Seed for random selection recorded for reperformance: 20250522'], ['Control', 'Population description', 'Source', 'Population size', 'Sample size', 'Method'], ['AC-2', 'Privileged accounts created Jan-Apr 2025', 'IdP export 05/15', 42, 10, 'Random'], ['CM-3', 'Normal changes closed Feb-Apr 2025', 'Jira export 05/15', 187, 25, 'Random'], ['PS-4', 'Terminations Jan-Apr 2025', 'HR report', 9, 9, 'All'], ['AT-2', 'Personnel in boundary', 'LMS report', 64, 15, 'Random']] },
    { name: 'AC-2 selections', boldRows: [1], rows: [['#', 'Account', 'Created', 'Ticket', 'Approval evidenced?', 'Tickmark', 'Tester'], ...Array.from({ length: 10 }, (_, i) => [i + 1, `adm-${['jlee', 'mkhan', 'rsoto', 'tbrown', 'apatel', 'kwong', 'lnguyen', 'dsmith', 'ecruz', 'fmori'][i] ?? ''}`, `2025-0${1 + (i % 4)}-${String(3 + i * 2).padStart(2, '0')}`, `ACC-${4400 + i * 7}`, i === 6 ? 'No' : 'Yes', i === 6 ? 'X' : 'check', 'JE'])] },
  ] }) });

  // 4. Control test workbook tab export - own test steps, clearly a working paper
  const testSteps = [
    ['WP ref', 'Control', 'Step', 'Procedure performed', 'Evidence ref', 'Result', 'Tickmark', 'Tester', 'Date', 'Reviewer', 'Review note'],
    ['WP-AC2-01', 'AC-2(a)', '1', 'Inspected account type definitions in access control procedure section 3.2', 'PBC-02', 'No exception', 'check', 'JE', '05/22/2025', '', 'open - RO to review'],
    ['WP-AC2-02', 'AC-2(d)', '2', 'For 10 sampled accounts traced to approved access ticket', 'PBC-06; sampling tab', '1 exception (adm-lnguyen no approval)', 'X', 'JE', '05/23/2025', '', 'Discuss w/ RO before writing up'],
    ['WP-AC2-03', 'AC-2(3)', '3', 'Reperformed inactivity query on IdP export; compared to local accounts list', 'PBC-12 (pending)', 'Pending evidence', '?', 'JE', '05/23/2025', '', ''],
    ['WP-AU6-01', 'AU-6', '1', 'Inspected 12 weekly review reports', 'PBC-07', '2 weeks missing (03/10, 03/17)', 'X', 'JE', '05/24/2025', 'RO', 'Agree - check POA&M'],
  ];
  out.push({ file: 'test-wp-AC-AU.csv', expected: 'UNKNOWN', note: 'Export of the assessor\'s own control testing working-paper tab (tester initials, tickmarks, review notes), not the SAR\'s test results appendix.', data: `# ${FIRM} working paper export - ${A.abbr} - tab AC_AU_steps - DRAFT internal, not for distribution\n` + testSteps.map((r) => r.map(csvq).join(',')).join('\n') + '\n' });

  // 5. Kickoff deck speaker notes
  const kickoff: Block[] = [
    title(`Kickoff - ${B.system} FedRAMP Moderate initial assessment - speaker notes`),
    small(`Deck: Brightline_CPCM_Kickoff_v2.pptx. Presenter: ${LEAD}; notes compiled by ${ME}. Meeting 05/12/2025.`),
    ...sections([
      ['Slide 1 - Welcome', ['Thank everyone for joining; introductions around the virtual table. Mention that Priya is our main point of contact and that the agency\'s reviewer may drop in for the second half.']],
      ['Slide 2 - Team and roles', ['Rosalind leads, Jordan handles evidence and documentation testing, Malik runs the pen test. Emphasize we are independent of Tidewater\'s advisory vendor.']],
      ['Slide 3 - Timeline', ['SAP signature target 05/16; onsite week 05/19; scanning 05/20-05/23; pen test 05/27-06/06; draft report late June. Stress the change freeze during testing.']],
      ['Slide 4 - What we need from you', ['Walk through the evidence request list; ask for SSP final, inventory, and scan credentials first. Remind them that late evidence pushes the schedule day for day.']],
      ['Slide 5 - Communication', ['Daily 15-minute stand-up, weekly status email, and immediate call for any critical finding. Questions, then close.']],
    ]),
  ];
  out.push({ file: 'kickoff_notes.md', expected: 'UNKNOWN', note: 'Speaker notes of the assessment kickoff deck (timeline, roles, evidence needs), not a deliverable.', data: toMarkdown(kickoff) });

  // 6. Independence attestation
  out.push({ file: 'independence.pdf', expected: 'UNKNOWN', note: 'The 3PAO firm\'s independence attestation for the engagement (firm compliance paperwork, not a FedRAMP deliverable).', data: await buildPdf({ serif: true, meta: { title: 'Independence Attestation', author: 'Brightline Quality Office' }, blocks: [
    small(FIRM), title('Statement of Independence', 36),
    p(`Engagement: FedRAMP Moderate initial assessment of ${A.system}, ${A.csp}. Engagement number BAP-2025-031.`),
    p(`${FIRM} attests that, in accordance with ISO/IEC 17020:2012 and the A2LA R311 requirements for FedRAMP 3PAOs, the firm and each member of the assessment team are independent of the cloud service provider. Neither the firm nor any team member has provided consulting, advisory, design, implementation or documentation services for the system under assessment within the previous two years, holds a financial interest in the CSP, or has a family relationship with the CSP's management.`),
    p('Each team member has signed an individual conflict of interest declaration which is retained in the engagement file. Any change in circumstances during the engagement will be reported to the Quality Manager immediately.'),
    table([['Name', 'Role', 'Declaration date'], [LEAD, 'Lead Assessor', '04/14/2025'], [ME, 'Assessor', '04/14/2025'], ['Malik Prentice', 'Penetration Tester', '04/15/2025'], [QA, 'Technical Reviewer', '04/15/2025']]),
    p('Signed: Harriet Lindqvist, Quality Manager, Brightline Assurance Partners, LLC. Date: April 16, 2025.'),
  ] }) });

  // 7. Timesheet
  const ts = [['Employee', 'Week ending', 'Date', 'Engagement', 'Task code', 'Hours', 'Billable', 'Description']];
  const tasks: [string, string, string][] = [['MLC', 'FIELD', 'Onsite interviews ISSO / SecOps'], ['MLC', 'DOC', 'SSP review AC/IA families'], ['CPCM', 'PLAN', 'Kickoff prep and PBC list'], ['MLC', 'SCAN', 'Authenticated scan setup and run'], ['INT', 'TRN', 'Annual security awareness training'], ['MLC', 'WP', 'Sampling AC-2 / CM-3']];
  for (let d = 0; d < 10; d++) { const t = tasks[d % tasks.length] ?? tasks[0]!; ts.push([ME, d < 5 ? '05/23/2025' : '05/30/2025', `05/${String(19 + d + (d >= 5 ? 2 : 0)).padStart(2, '0')}/2025`, t[0], t[1], String(d % 3 === 0 ? 8 : 7.5), t[0] === 'INT' ? 'N' : 'Y', t[2]]); }
  out.push({ file: 'timesheet_JE_May.csv', expected: 'UNKNOWN', note: 'The assessor\'s timesheet export by engagement and task code.', data: ts.map((r) => r.map(csvq).join(',')).join('\n') + '\n' });

  // 8. Engagement risk and issue log
  out.push({ file: 'RAID log.xlsx', expected: 'UNKNOWN', note: 'The 3PAO engagement\'s risk, issue and decision log (project management, not a POA&M).', data: await buildXlsx({ meta: { title: 'Engagement RAID log', creator: LEAD }, sheets: [
    { name: 'Risks', boldRows: [1], rows: [['ID', 'Type', 'Description', 'Likelihood', 'Impact', 'Owner', 'Mitigation', 'Status'], ['R-01', 'Schedule', 'CSP evidence delays push fieldwork past the agency\'s ATO target date', 'High', 'High', LEAD, 'Weekly PBC escalation to CSP program manager', 'Open'], ['R-02', 'Staffing', 'Pen tester double-booked week of 06/02', 'Medium', 'Medium', 'Resource mgr', 'Backup tester identified', 'Mitigated'], ['R-03', 'Scope', 'Logging tier boundary change not reflected in SAP', 'Medium', 'High', LEAD, 'Confirm with agency before SAP signature', 'Closed']] },
    { name: 'Issues', boldRows: [1], rows: [['ID', 'Raised', 'Issue', 'Owner', 'Due', 'Resolution'], ['I-01', '05/14/2025', 'Scan credentials not working on DB hosts', A.isso, '05/19/2025', 'Resolved: new service account'], ['I-02', '05/21/2025', 'CP test report not provided', A.isso, '05/28/2025', 'Open - emailed 05/22']] },
    { name: 'Decisions', boldRows: [1], rows: [['Date', 'Decision', 'By'], ['05/09/2025', 'Web app scan to use Invicti rather than Burp for authenticated crawling', LEAD]] },
  ] }) });

  // 9. QA reviewer checklist for the SAR
  out.push({ file: 'QA_checklist_SAR_MLC.docx', expected: 'UNKNOWN', note: 'The 3PAO QA reviewer\'s internal checklist for reviewing the SAR draft (quality review record, not the SAR nor the package checklist).', data: await buildDocx({ header: `${FIRM} - Internal Quality Review`, meta: { title: 'QA Review Checklist', creator: QA }, blocks: [
    title('Technical and Quality Review Checklist - Report Deliverables', 30),
    table([['Engagement', `BAP-2025-031 ${A.system}`], ['Document reviewed', 'SAR v0.9 (draft 06/20/2025)'], ['Reviewer', QA], ['Author', LEAD]], false),
    table([['#', 'Review item', 'Y/N/NA', 'Reviewer comment'], ['1', 'Executive summary totals agree to risk exposure table', 'N', 'Moderate count 7 vs 8 in Table 3'], ['2', 'Every finding cites control, evidence reference and recommendation', 'Y', ''], ['3', 'Scan appendix counts agree to raw scanner exports', 'Y', ''], ['4', 'Sampling described consistent with the approved SAP', 'Y', ''], ['5', 'Recommendation language follows firm template', 'N', 'Use the firm\'s standard wording'], ['6', 'Spelling, acronyms, version and date consistent', 'N', '"Halverson" misspelled twice'], ['7', 'Working papers support each exception (WP refs)', 'Y', '']]),
    bold('Reviewer sign-off'), p('Return to author for corrections. Re-review required before release to the CSP.'),
  ] }) });

  // 10. Email about missing artifacts
  out.push({ file: 'RE_ missing artifacts.eml', expected: 'UNKNOWN', note: 'Email from the assessor to the CSP listing outstanding evidence (correspondence, not a deliverable).', data: [
    `From: ${ME} <jellery@brightline-assurance.test>`, `To: ${B.isso} <praghunathan@${B.domain}>`, `Cc: ${LEAD} <rokafor@brightline-assurance.test>`, 'Subject: RE: CPCM assessment - outstanding evidence as of 5/28', 'Date: Wed, 28 May 2025 16:42:10 -0400', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    'Hi Priya,', '', 'Thanks for the uploads yesterday. We still have the following open items from the evidence request list; several block testing we planned for next week:', '',
    '  - PBC #3: Information System Contingency Plan test report (2024 exercise). We have the ISCP itself but not the after-action report.',
    '  - PBC #6: full population export of privileged accounts created Jan-Apr so we can draw the AC-2 sample.',
    '  - PBC #9: IR test report 2024.',
    '  - Updated Integrated Inventory Workbook - the May version does not list the two new reporting hosts we saw in the scan.', '',
    'Could you let us know by Friday when these can be provided? If the CP test report does not exist we will need to document that as a finding in the SAR.', '',
    'Best regards,', `${ME}`, `Assessor | ${FIRM}`, '', '> From: Priya Raghunathan', '> Sent: Tuesday, May 27, 2025 5:03 PM', '> Uploaded the SoD matrix and CIS/CRM workbook to the shared folder.', '',
  ].join('\r\n') });

  // 11. Conflict-of-interest form
  out.push({ file: 'COI_declaration_JEllery.docx', expected: 'UNKNOWN', note: 'Individual conflict-of-interest declaration form signed by the assessor.', data: await buildDocx({ header: `${FIRM} - Form QF-07 Rev C`, meta: { title: 'QF-07 Conflict of Interest Declaration', creator: 'Quality Office' }, blocks: [
    title('Conflict of Interest Declaration', 32),
    p('Complete this form before starting work on any assessment engagement and whenever your circumstances change. Return it to the Quality Manager.'),
    table([['Name', ME], ['Engagement', `BAP-2025-031 (${A.csp}) and BAP-2025-036 (${B.csp})`], ['Role', 'Assessor']], false),
    table([['Question', 'Yes/No', 'Details'], ['Have you provided consulting or advisory services to the client in the past two years?', 'No', ''], ['Do you or an immediate family member hold financial interests in the client?', 'No', ''], ['Have you been employed by the client or its affiliates?', 'No', ''], ['Have you received gifts or hospitality from the client?', 'No', ''], ['Is there any other relationship that could impair your objectivity?', 'No', '']]),
    p('I declare that the information above is true and complete. Signature: Jordan Ellery   Date: 04/14/2025'),
  ] }) });

  // 12. Training certificate
  out.push({ file: 'certificate.pdf', expected: 'UNKNOWN', note: 'Training completion certificate for a FedRAMP Rev5 assessor course.', data: await buildPdf({ meta: { title: 'Certificate of Completion', producer: 'LMS Certificate Service' }, blocks: [
    title('Certificate of Completion', 48), p('This certifies that'), title(ME, 36),
    p('has successfully completed the course "FedRAMP Rev5 for Assessors: Control Testing, Sampling and Reporting" (16 CPE credits), including the final examination with a score of 92%.'),
    p('The course covered the FedRAMP authorization process, the SAP and SAR templates, penetration test guidance, vulnerability scanning requirements, POA&M management, and continuous monitoring expectations.'),
    p('Date of completion: March 7, 2025. Certificate ID: FRA-2025-0307-4471. Issued by Capitol Cyber Training Institute. Field of study: Information Technology - Auditing. Delivery method: Group Internet Based.'),
  ] }) });

  // 13. Engagement letter / statement of work
  out.push({ file: 'SOW_Halvorsen_signed.docx', expected: 'UNKNOWN', note: 'Statement of work between the 3PAO and the CSP for the assessment (contract, not the SAP).', data: await buildDocx({ header: 'Statement of Work BAP-2025-031', meta: { title: 'SOW', creator: 'Brightline Contracts' }, blocks: [
    title('Statement of Work', 36), p(`This Statement of Work ("SOW") is entered into under the Master Services Agreement dated January 6, 2023 between ${FIRM} ("Brightline") and ${A.csp} ("Client").`),
    ...sections([
      ['1. Services', ['Brightline will perform a FedRAMP Moderate initial assessment of the Client\'s Meridian Ledger Cloud, consisting of planning and preparation of a Security Assessment Plan, control testing, vulnerability scanning, penetration testing, and preparation of a Security Assessment Report.']],
      ['2. Deliverables', ['Security Assessment Plan; Security Assessment Report with appendices; penetration test report; one readout briefing.']],
      ['3. Period of Performance', ['April 21, 2025 through July 31, 2025.']],
      ['4. Fees and Payment', ['Fixed fee of $214,500, invoiced 30% at SAP signature, 50% at completion of fieldwork and 20% on delivery of the final SAR. Travel billed at cost per the federal travel regulation. Payment terms net 30.']],
      ['5. Client Responsibilities', ['Timely access to personnel, documentation and systems; a designated point of contact; scanning credentials.']],
      ['6. Independence', ['Brightline will not provide advisory services to Client for the assessed system during the period of performance.']],
      ['7. Signatures', [`For Brightline: Rosalind Okafor, Principal. For Client: ${A.sysOwner}, VP Federal Platforms.`]],
    ]),
  ] }) });

  // 14. Weekly status meeting minutes
  out.push({ file: 'Final_v7.docx', expected: 'UNKNOWN', note: 'Minutes of a weekly assessment status meeting (attendees, progress, action items); the file name is neutral.', data: await buildDocx({ meta: { creator: ME }, blocks: [
    bold(`${B.abbr} Assessment - Weekly Status Meeting - Minutes`),
    p('Date: 06/04/2025, 14:00 ET. Attendees: R. Okafor, J. Ellery, M. Prentice (Brightline); P. Raghunathan, G. Shaefer, N. Osei (Tidewater). Apologies: FHCO reviewer.'),
    ...sections([
      ['Progress', ['Control testing 78% complete; 41 potential findings logged, 12 discussed with the CSP. Database scans completed 06/04; web scans rerun after the WAF rule change. Pen test halfway; no critical issues yet.']],
      ['Open items', ['CP test report still missing (see email 05/28). New reporting hosts not in inventory. CSP disputes one finding on AU-6; evidence to be provided by Friday.']],
      ['Decisions', ['Draft SAR delivery moved to 06/30 by agreement. Findings will be shared weekly in the tracker so the CSP can start its POA&M entries.']],
      ['Action items', ['PR: CP test report and inventory update by 06/06. JE: update PBC list. RO: brief FHCO reviewer on schedule change.']],
    ], true),
  ] }) });

  // 15. Assessment project schedule (not a SAP)
  const sched = [['WBS', 'Task', 'Owner', 'Start', 'Finish', 'Duration (d)', 'Predecessor', '% Complete'], ['1', 'Engagement setup and independence checks', LEAD, '04/14/2025', '04/18/2025', 5, '', 100], ['2', 'Document review (SSP, attachments)', ME, '04/21/2025', '05/02/2025', 10, '1', 100], ['3', 'SAP drafting and signatures', LEAD, '04/28/2025', '05/16/2025', 15, '2', 100], ['4', 'Fieldwork - interviews and control testing', ME, '05/19/2025', '06/13/2025', 20, '3', 60], ['5', 'Vulnerability scanning', ME, '05/20/2025', '05/23/2025', 4, '3', 100], ['6', 'Penetration testing', 'M. Prentice', '05/27/2025', '06/06/2025', 9, '3', 50], ['7', 'SAR drafting', LEAD, '06/16/2025', '06/27/2025', 10, '4', 0], ['8', 'QA review', QA, '06/20/2025', '06/25/2025', 4, '7', 0], ['9', 'Readout and closeout', LEAD, '07/01/2025', '07/03/2025', 3, '8', 0]];
  out.push({ file: 'project_schedule_MLC.xlsx', expected: 'UNKNOWN', note: 'The 3PAO\'s internal project schedule for the engagement (work breakdown, dates, percent complete).', data: await buildXlsx({ meta: { title: 'Project schedule', creator: LEAD }, sheets: [{ name: 'Schedule', boldRows: [1], rows: sched }, { name: 'Holidays', rows: [['Date', 'Holiday'], ['05/26/2025', 'Memorial Day'], ['06/19/2025', 'Juneteenth']] }] }) });

  // 16. CSP's SOC 2 bridge letter
  out.push({ file: 'bridge-letter-2025.pdf', expected: 'UNKNOWN', note: 'The CSP\'s SOC 2 bridge letter covering the gap after its last SOC 2 Type II report, collected as background.', data: await buildPdf({ meta: { title: 'SOC 2 Bridge Letter', author: B.csp }, blocks: [
    small(`${B.csp} - 1 Harbor Point, Norfolk, VA 23510`), p('June 2, 2025'), p('To our customers and their auditors:'),
    title('SOC 2 Bridge Letter', 30),
    p(`${B.csp} engaged an independent service auditor to examine the description of its ${B.system} system and the suitability of design and operating effectiveness of controls relevant to the Security, Availability and Confidentiality trust services criteria for the period January 1, 2024 through December 31, 2024 (the "SOC 2 Type II report").`),
    p('This letter covers the period from January 1, 2025 through May 31, 2025 (the "bridge period"). Management is not aware of any material changes to the system or its internal controls during the bridge period that would adversely affect the opinion expressed in the SOC 2 Type II report, and is not aware of any security incidents that materially affected the system.'),
    p('The next SOC 2 Type II examination will cover calendar year 2025 and is expected to be issued in March 2026. This letter is not a substitute for the SOC 2 report and is provided for information only; it has not been examined by the service auditor.'),
    p(`Sincerely, ${B.sysOwner}, Chief Operating Officer`),
  ] }) });

  // 17. Onsite visit logistics memo (plain text)
  out.push({ file: 'onsite-logistics.txt', expected: 'UNKNOWN', note: 'Internal logistics note for the onsite week (travel, badges, room, contacts).', data: toPlainText([
    title('Onsite week logistics - Halvorsen Reston - May 19-23, 2025'),
    p('Travel: Rosalind and Jordan drive; Malik remote until pen test week. Hotel: Hyatt Reston Town Center, conf. numbers in the team channel. Per diem per GSA rates for Fairfax County.'),
    p('Badges: visitor badges at the front desk, 2200 Harborview Pkwy lobby, from 08:30. Bring government-issued ID. Laptops must be registered with reception (serials sent 05/14).'),
    p('Room: Conference room "Potomac" reserved all week; screen and HDMI available; guest wifi only - use our hotspot for the scanner VPN.'),
    p(`Contacts: ${A.isso} (ISSO) 571-555-0123; facilities desk 571-555-0101.`),
    bullets(['Mon: ISSO walkthrough, boundary review', 'Tue: scans kick off; IA/AC interviews', 'Wed: SecOps, IR, AU', 'Thu: CM, CP, change board observation', 'Fri: wrap-up, PBC review']),
  ]) });

  // 18. ISO 27001 certificate of the CSP
  out.push({ file: 'iso-cert.pdf', expected: 'UNKNOWN', note: 'The CSP\'s ISO/IEC 27001 certificate of registration, collected as background (not a FedRAMP deliverable).', data: await buildPdf({ meta: null, blocks: [
    title('CERTIFICATE OF REGISTRATION', 40), p('This is to certify that the Information Security Management System of'), title(A.csp, 30), p('2200 Harborview Parkway, Suite 400, Reston, VA 20191, United States'),
    p('has been assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following scope: The information security management system supporting the development, operation and support of the Meridian Ledger Cloud software-as-a-service platform, in accordance with the Statement of Applicability version 5 dated 2024-10-01.'),
    p('Certificate number: IS 771204. Original registration date: 2021-11-03. Effective date: 2024-11-03. Expiry date: 2027-11-02. This certificate remains the property of the certification body and is subject to surveillance audits.'),
    p('Signed on behalf of Atlantic Registrar Services, accredited by ANAB.'),
  ] }) });

  return out;
}
