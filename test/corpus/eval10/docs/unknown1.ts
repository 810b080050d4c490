import { makeDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { moderateControls } from '../kit/controls.js';
import { revisionHistory } from '../kit/front.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { BLUEFIN, CONSULTANCY, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';
import { FAMILIES } from './attachments1.js';

export async function gapAssessmentDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('gap');
  const gaps: [string, string, string, string][] = [
    ['AC-2(3)', 'Inactive accounts disabled after 120 days instead of 90.', 'Change the Okta inactivity rule to 90 days and document it in the AC procedure.', 'High'],
    ['AU-11', 'Load balancer logs retained for 30 days only.', 'Extend S3 lifecycle to 90 days online / 1 year archive.', 'Medium'],
    ['CA-7', 'No written continuous monitoring strategy.', 'Draft the ConMon plan using the FedRAMP Continuous Monitoring Strategy Guide.', 'High'],
    ['CM-8', 'Inventory maintained manually in a wiki page.', 'Generate the Integrated Inventory Workbook from AWS Config and Tenable.', 'High'],
    ['CP-4', 'Contingency plan has never been tested.', 'Run a tabletop exercise before the 3PAO engagement.', 'High'],
    ['IA-2(1)', 'SMS allowed as second factor for some users.', 'Enforce FIDO2 or Okta Verify with number matching.', 'High'],
    ['IR-8', 'IR plan lacks FedRAMP and CISA notification requirements.', 'Update the IR plan per FedRAMP Incident Communications Procedures.', 'Medium'],
    ['RA-5', 'Database scans not authenticated.', 'Configure credentialed database audits in Tenable.', 'Medium'],
    ['SC-13', 'Two endpoints use non-FIPS TLS libraries.', 'Switch to the AWS-LC FIPS build; document module certificates.', 'High'],
    ['SR-2', 'No supply chain risk management plan.', 'Develop an SCRM plan aligned with SP 800-161.', 'Medium'],
  ];
  const body: Block[] = [
    ...revisionHistory([['08/30/2024', 'Final report to client', '1.0', 'Tallgrass engagement team']]),
    { t: 'p', text: `Advisory notice: This gap assessment was performed by ${CONSULTANCY} as an advisory readiness engagement for ${c.csp}. Tallgrass is not acting as a FedRAMP-recognized Third Party Assessment Organization; this report is not a Security Assessment Report, contains no authorization recommendation, and must not be submitted as part of a FedRAMP authorization package.`, italic: true },
    { t: 'h1', text: 'Executive Summary' },
    { t: 'p', text: `Between July 22 and August 23, 2024, Tallgrass reviewed the security program and technical environment of ${c.cso} against the FedRAMP Rev. 5 Moderate baseline to estimate the effort needed before a 3PAO assessment. Overall, ${c.csp} has a solid technical foundation on AWS GovCloud but lacks several FedRAMP-specific documents and processes.` },
    { t: 'p', text: 'We estimate that 71% of the baseline controls are fully in place, 19% are partially in place and 10% are not yet addressed. We recommend a four-month remediation and documentation phase before engaging a 3PAO.' },
    { t: 'h1', text: 'Approach' },
    { t: 'p', text: 'The engagement consisted of document review, 14 interviews with control owners, and read-only walkthroughs of the AWS, Okta and Splunk consoles. No testing, scanning or sampling was performed; results are based on representations by client personnel.' },
    { t: 'h1', text: 'Readiness by Control Family' },
    { t: 'table', rows: [['Family', 'In Place', 'Partial', 'Not Addressed', 'Readiness'], ...FAMILIES.map(([code, title]) => { const a = rng.int(55, 95); const b = rng.int(0, 100 - a); return [`${code} ${title}`, `${a}%`, `${b}%`, `${100 - a - b}%`, a > 80 ? 'Green' : a > 65 ? 'Amber' : 'Red']; })] },
    { t: 'h1', text: 'Key Gaps and Recommendations' },
    { t: 'table', rows: [['Control', 'Gap Observed', 'Recommendation', 'Priority'], ...gaps.map((g) => [...g])], widths: [10, 35, 45, 10] },
    { t: 'h1', text: 'Documentation Status' },
    { t: 'table', rows: [['FedRAMP Document', 'Status', 'Effort'], ['System Security Plan', 'Not started (architecture notes exist)', '6-8 weeks'], ['Policies and Procedures', 'Partial (ISO-style policies)', '3 weeks'], ['Contingency Plan', 'Draft, untested', '2 weeks + test'], ['Incident Response Plan', 'Exists, needs FedRAMP reporting', '1 week'], ['Configuration Management Plan', 'Not started', '2 weeks'], ['Integrated Inventory Workbook', 'Not started', '1 week with automation'], ['POA&M process', 'Not started', '1 week']] },
    { t: 'h1', text: 'Recommended Roadmap' },
    { t: 'bullets', items: ['Phase 1 (Sep-Oct 2024): close high-priority technical gaps; select 3PAO.', 'Phase 2 (Oct-Dec 2024): write SSP and appendices with Tallgrass support.', 'Phase 3 (Jan 2025): internal mock assessment; fix residual issues.', 'Phase 4 (Feb 2025 onward): 3PAO SAP, testing and SAR; agency review.'] },
    { t: 'h1', text: 'Appendix — Controls Reviewed' },
    { t: 'p', text: moderateControls().filter((x) => !x.enhancement).map((x) => x.id).join(', ') },
  ];
  const data = await makeDocx({
    seed: 'gap',
    headings: 'styles',
    core: { title: 'Gap Assessment Report', creator: 'Tallgrass Compliance Group', lastModifiedBy: 'Nadia Fairbanks', created: '2024-08-01T12:00:00Z', modified: '2024-08-30T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 4 }, { t: 'p', text: CONSULTANCY, align: 'center' }, { t: 'title', text: 'FedRAMP Moderate Gap Assessment', size: 24 }, { t: 'title', text: `${c.cso} — Readiness Findings and Roadmap`, size: 16 }, { t: 'p', text: 'Prepared for Kestrel Analytics, Inc. — August 30, 2024 — Client Confidential', align: 'center' }, { t: 'break' }],
    header: 'Tallgrass Compliance Group — Client Confidential',
    body,
  });
  return { file: 'SAR_v2.docx', expected: 'UNKNOWN', note: 'Consultancy gap/readiness assessment for Kestrel (advisory, explicitly not a 3PAO SAR, no authorization recommendation); the file name misleadingly says SAR.', data };
}

export async function rarPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 120 },
    { t: 'title', text: 'FedRAMP Readiness Assessment Report (RAR)', size: 22 },
    { t: 'title', text: c.cso, size: 18 },
    { t: 'p', text: 'High Impact — Platform as a Service', center: true },
    { t: 'p', text: `Prepared by ${c.threePao} — September 14, 2021`, center: true },
    { t: 'break' },
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: 'This Readiness Assessment Report documents the 3PAO assessment of the CSP\'s readiness to pursue a FedRAMP authorization. The RAR focuses on the federal mandates and FedRAMP requirements that a system must meet, and on the maturity of its security capabilities. A CSP that is found ready may be designated FedRAMP Ready on the FedRAMP Marketplace.' },
    { t: 'h1', text: '2. CSP System Information' },
    { t: 'table', header: false, rows: [['CSP Name', c.csp], ['System Name', c.cso], ['Service Model', 'PaaS'], ['Intended Impact Level', 'High'], ['Deployment Model', 'Government Community Cloud']], widths: [35, 65] },
    { t: 'h2', text: '2.1 Relationship to Other CSPs' },
    { t: 'p', text: 'The system is hosted in Microsoft Azure Government, which holds a FedRAMP High P-ATO.' },
    { t: 'h1', text: '3. Capability Readiness' },
    { t: 'h2', text: '3.1 Federal Mandates' },
    { t: 'table', rows: [['#', 'Federal Mandate', 'Yes', 'No'], ['1', 'Are FIPS 140-2 validated (or in process) cryptographic modules consistently used where cryptography is required?', 'X', ''], ['2', 'Can the system fully support user authentication via Agency Common Access Card (CAC) or Personal Identity Verification (PIV) credentials?', 'X', ''], ['3', 'Is the system at least operating at Digital Identity Level 3 as required for High?', 'X', ''], ['4', 'Does the CSP have the ability to consistently remediate high vulnerabilities within 30 days?', 'X', ''], ['5', 'Does the CSP and system meet Federal Records Management Requirements, including the ability to support record holds?', 'X', '']], widths: [6, 74, 10, 10] },
    { t: 'h2', text: '3.2 FedRAMP Requirements' },
    { t: 'table', rows: [['Requirement', 'Status'], ['Authorization boundary clearly defined', 'Yes'], ['All data flows documented', 'Yes'], ['System inventory complete', 'Yes — 212 components'], ['Continuous monitoring capabilities', 'Partially — ConMon plan in draft']] },
    { t: 'h2', text: '3.3 Security Capabilities' },
    { t: 'p', text: 'The 3PAO reviewed the maturity of the CSP\'s capabilities in transport protection, identification and authentication, audit, vulnerability management and configuration management through interviews, observation and limited technical validation. No full control testing was performed.' },
    { t: 'h1', text: '4. Summary of Readiness' },
    { t: 'p', text: `Based on the results of this readiness assessment, ${c.threePao} attests that ${c.cso} meets the requirements to be designated FedRAMP Ready at the High impact level. This attestation is not an authorization and does not replace the full assessment documented in a Security Assessment Plan and Security Assessment Report.` },
    { t: 'p', text: `${c.threePaoLead}, Lead Assessor — signed 09/14/2021` },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'RAR', author: 'Cobalt Ridge Assessments', producer: 'Microsoft® Word 2016', created: new Date('2021-09-14T12:00:00Z') }, header: () => `${c.short} RAR — Proprietary`, headerFromPage: 2, footer: (n) => `${n}`, blocks });
  return { file: 'BRV_RAR_2021.pdf', expected: 'UNKNOWN', note: 'Historical FedRAMP Readiness Assessment Report (RAR) for Bluefin; a RAR is not one of the taxonomy codes (not a SAR).', data };
}

export async function sowDocx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const body: Block[] = [
    { t: 'title', text: 'Statement of Work', size: 22 },
    { t: 'p', text: `SOW No. TCG-2025-014 under the Master Services Agreement between ${CONSULTANCY} ("Tallgrass") and ${c.csp} ("Client") dated March 1, 2023`, align: 'center' },
    { t: 'h1', text: '1. Background' },
    { t: 'p', text: `Client operates ${c.cso}, which holds an agency authorization at the FedRAMP High level. Client requires support to maintain its FedRAMP package and to prepare its continuous monitoring deliverables during calendar year 2025.` },
    { t: 'h1', text: '2. Scope of Services' },
    { t: 'bullets', items: ['Annual update of the System Security Plan and its attachments, including conversion from the Rev. 4 attachment numbering to the Rev. 5 appendix structure.', 'Monthly preparation support for the POA&M, the Integrated Inventory Workbook and the scan result summary; Client remains responsible for the content and submission.', 'Coordination with the 3PAO for the annual assessment (SAP review, evidence requests, SAR remediation planning).', 'Drafting of significant change requests and deviation requests upon request.', 'Up to two training sessions for Client engineering staff.'] },
    { t: 'h1', text: '3. Deliverables and Acceptance' },
    { t: 'table', rows: [['#', 'Deliverable', 'Due', 'Acceptance Criteria'], ['D1', 'Updated SSP and attachments (draft for Client review)', '03/31/2025', 'Client review comments addressed'], ['D2', 'Monthly ConMon support report', 'Monthly, 5th business day', 'Delivered to Client ISSO'], ['D3', 'Annual assessment coordination plan', '02/15/2025', 'Approved by Client ISSO'], ['D4', 'Training materials', 'As scheduled', 'Session delivered']] },
    { t: 'p', text: 'Client will have ten (10) business days to review each deliverable. Deliverables not rejected in writing within that period are deemed accepted.' },
    { t: 'h1', text: '4. Period of Performance' },
    { t: 'p', text: 'January 6, 2025 through December 31, 2025.' },
    { t: 'h1', text: '5. Fees and Payment' },
    { t: 'table', rows: [['Labor Category', 'Hours', 'Rate (USD)', 'Extended'], ['Principal Consultant', '120', '275.00', '33,000.00'], ['Senior Compliance Analyst', '640', '195.00', '124,800.00'], ['Compliance Analyst', '480', '150.00', '72,000.00'], ['Total (time and materials, not to exceed)', '', '', '229,800.00']] },
    { t: 'p', text: 'Invoices are issued monthly in arrears and are payable net thirty (30) days.' },
    { t: 'h1', text: '6. Assumptions' },
    { t: 'bullets', items: ['Client provides timely access to personnel and systems documentation.', 'Tallgrass does not perform independent assessment activities and will not act as the 3PAO.', 'Travel is not expected; if required it will be billed at cost per the MSA.'] },
    { t: 'h1', text: '7. Signatures' },
    { t: 'table', rows: [['For Tallgrass', 'For Client'], ['Name: Nadia Fairbanks, Managing Director', `Name: ${c.owner}, COO`], ['Signature:', 'Signature:'], ['Date:', 'Date:']] },
  ];
  const data = await makeDocx({ seed: 'sow', headings: 'bold', core: { title: 'SOW', creator: 'Nadia Fairbanks', lastModifiedBy: 'Nadia Fairbanks', created: '2024-12-02T12:00:00Z', modified: '2024-12-16T12:00:00Z' }, header: `${CONSULTANCY} — Confidential`, body });
  return { file: 'SOW_Tallgrass_Bluefin_2025.docx', expected: 'UNKNOWN', note: 'Consultancy statement of work for Bluefin FedRAMP maintenance support (mentions SSP, POA&M, inventory as services); a contract, not a deliverable.', data };
}

export async function templateIndexMd(): Promise<CorpusDoc> {
  const data = `# Tallgrass shared drive — FedRAMP template index

Maintained by the Tallgrass knowledge team · last reviewed 2025-06-02 · **internal use only**

Use the templates in \`/Templates/FedRAMP/Rev5\` for all new work. The Rev 4 folder is kept because two clients
(Bluefin, and Kestrel's older drafts) still reference the Rev 4 attachment numbers; do not start new documents there.

## Rev 4 attachment → Rev 5 appendix map

| Rev 4 (SSP attachment) | Rev 5 (SSP appendix) | Template file |
|---|---|---|
| Attachment 1 — Information Security Policies and Procedures | Appendix C | \`Rev5/SSP-Appx-C-Policies-Procedures.docx\` |
| Attachment 2 — User Guide | Appendix D | \`Rev5/SSP-Appx-D-User-Guide.docx\` |
| Attachment 3 — Digital Identity Worksheet | Appendix E | \`Rev5/SSP-Appx-E-DIW.docx\` |
| Attachment 4 — PTA/PIA | (separate template) | \`Rev5/PTA-PIA.docx\` |
| Attachment 5 — Rules of Behavior | Appendix F | \`Rev5/SSP-Appx-F-RoB.docx\` |
| Attachment 6 — ISCP | Appendix G | \`Rev5/SSP-Appx-G-ISCP.docx\` |
| Attachment 7 — Configuration Management Plan | Appendix H | \`Rev5/SSP-Appx-H-CMP.docx\` |
| Attachment 8 — Incident Response Plan | Appendix I | \`Rev5/SSP-Appx-I-IRP.docx\` |
| Attachment 9 — Control Implementation Summary (CIS) Workbook | Appendix J — CIS and CRM Workbook | \`Rev5/SSP-Appx-J-CIS-CRM.xlsx\` |
| Attachment 10 — FIPS 199 | Appendix K | \`Rev5/SSP-Appx-K-FIPS-199.docx\` |
| Attachment 11 — Separation of Duties Matrix | SSP section 11 (matrix kept as an attachment) | \`Rev5/SoD-Matrix.xlsx\` |
| Attachment 12 — Laws and Regulations | Appendix L | \`Rev5/Laws-Regulations.xlsx\` |
| Attachment 13 — Integrated Inventory Workbook | Appendix M | \`Rev5/SSP-Appx-M-IIW.xlsx\` |

## Other templates

- \`Rev5/SAP-Template.docx\`, \`Rev5/SAR-Template.docx\` — **3PAO documents; we never author these for clients.**
- \`Rev5/POAM-Template-v2.1.xlsx\` — monthly POA&M; keep the header row on row 5.
- \`Rev5/SCR-Form.docx\`, \`Rev5/Deviation-Request-Form.xlsx\` — ConMon requests.
- \`Rev5/Initial-Authorization-Package-Checklist.xlsx\`.
- \`OSCAL/\` — GSA OSCAL templates (SSP, SAP, SAR, POA&M) in JSON and XML.

## Conventions

1. Copy the template into the client folder before editing; never edit the master.
2. Replace every \`<Insert …>\` placeholder and delete the instruction boxes before delivery.
3. Reset the document properties (File → Info → Properties): title, author, company. Several files have gone out
   with "FedRAMP PMO" as author and the template title in the metadata.
4. File names: \`<CLIENT>_<DOC>_v<major.minor>_<YYYY-MM-DD>\` — e.g. \`KGA_IRP_v1.6_2025-04-30.docx\`.

## Owners

| Area | Owner |
|---|---|
| Template refresh when FedRAMP publishes updates | Nadia Fairbanks |
| OSCAL tooling | Ravi Subramanian |
| Client folder hygiene | each engagement lead |
`;
  return { file: 'TEMPLATES_INDEX.md', expected: 'UNKNOWN', note: 'Consultancy index of FedRAMP templates on the shared drive (Rev4 attachment to Rev5 appendix map); an internal reference page, not a deliverable.', data };
}

export async function lessonsLearnedTxt(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const data = `MEMORANDUM

TO:       Tallgrass engagement leads
FROM:     Nadia Fairbanks, Managing Director
DATE:     May 27, 2025
SUBJECT:  Lessons learned - ${c.cso} 2025 annual assessment support

Purpose
-------
This memo captures what went well and what did not during our support of
${c.csp} through the 2025 annual assessment performed by ${c.threePao}.
Please read it before your next annual assessment engagement.

What went well
--------------
1. Evidence index. Building the evidence index against the SAP test case IDs
   two weeks before kickoff cut the 3PAO's evidence requests roughly in half.
2. Inventory automation. Generating the Attachment 13 workbook from Azure
   Resource Graph meant the inventory matched the scan targets on day one.
3. Daily stand-ups with the assessors surfaced two findings early enough for
   the client to remediate them during the testing window.

What did not go well
--------------------
1. The SSP still carried Rev 4 attachment numbers while the SAP referenced
   Rev 5 appendix letters; reviewers lost time reconciling references.
2. Three POA&M items from last year had no milestones; the assessors flagged
   them as overdue and the agency asked for an explanation.
3. Deviation requests were submitted in three different formats. Use the
   FedRAMP form only.
4. The draft SAR arrived with risk ratings we disagreed with; we raised the
   issues too late (after the draft). Raise disagreements during testing.

Actions for all engagements
---------------------------
- Build the evidence index before kickoff (owner: engagement lead).
- Reconcile attachment/appendix references in every document (owner: writer).
- Review the POA&M for missing milestones monthly (owner: ConMon analyst).
- Keep a single deviation request log per client (owner: ConMon analyst).

This memo is internal to Tallgrass and must not be shared with clients.
`;
  return { file: 'lessons-learned.txt', expected: 'UNKNOWN', note: 'Internal consultancy lessons-learned memo about an annual assessment (mentions SSP, SAR, POA&M, deviation requests); not a deliverable.', data };
}

export async function blankSspTemplateDocx(): Promise<CorpusDoc> {
  const instr = (t: string): Block => ({ t: 'p', text: `Instruction: ${t}`, italic: true });
  const body: Block[] = [
    { t: 'p', text: 'BLANK TEMPLATE — INSTRUCTIONS AND PLACEHOLDERS ONLY', bold: true, align: 'center' },
    { t: 'p', text: `This file is the ${CONSULTANCY} master copy of the SSP template. It contains only instructions and placeholders and describes no system. Do not edit this master and do not submit it to any agency, 3PAO or the FedRAMP PMO: copy it into the client folder first, then replace every placeholder and delete every instruction.`, italic: true },
    { t: 'h1', text: '1 Introduction' },
    instr('Keep this section as written; replace the bracketed names only.'),
    { t: 'p', text: 'This document describes the security controls of <Insert CSO Name> ...' },
    { t: 'h1', text: '2 Purpose' },
    instr('No change is needed in this section.'),
    { t: 'h1', text: '3 System Information' },
    instr('Complete the table. The FedRAMP Package ID is assigned by the PMO; if none has been assigned, write "Not yet assigned".'),
    { t: 'kv', rows: [['CSP Name', '<Insert CSP Name>'], ['CSO Name', '<Insert CSO Name>'], ['FedRAMP Package ID', '<Insert Package ID>'], ['Service Model', '<Choose IaaS / PaaS / SaaS>'], ['FIPS PUB 199 Level', '<Choose Low / Moderate / High>']] },
    { t: 'h1', text: '4 System Owner' },
    instr('Identify the system owner. Use the individual, not a group mailbox.'),
    { t: 'kv', rows: [['Name', '<Insert Name>'], ['Title', '<Insert Title>'], ['Email', '<Insert Email>']] },
    { t: 'h1', text: '8 Illustrated Architecture and Narratives' },
    instr('Insert the authorization boundary diagram, network diagram and data flow diagrams. Each diagram must have a narrative and a legend. Delete this instruction.'),
    { t: 'p', text: '<Insert Authorization Boundary Diagram>' },
    { t: 'h1', text: 'Appendix A Security Controls' },
    instr('For every control, complete the Control Summary Information table and the "What is the solution and how is it implemented?" table. Describe who, what, how, and where; do not restate the requirement. Address each part (a, b, c ...) separately.'),
    { t: 'table', rows: [['AC-1 Control Summary Information', ''], ['Responsible Role:', '<Insert Role>'], ['Parameter AC-1(a):', '<Insert Value>'], ['Implementation Status:', '<Select>'], ['Control Origination:', '<Select>']] },
    { t: 'table', rows: [['AC-1 What is the solution and how is it implemented?', ''], ['Part a', '<Insert implementation statement>'], ['Part b', '<Insert implementation statement>'], ['Part c', '<Insert implementation statement>']] },
    instr('Repeat the two tables above for every control of the selected baseline. The Rev5 baseline spreadsheets list the controls.'),
  ];
  const data = await makeDocx({
    seed: 'blank-ssp',
    headings: 'styles',
    core: { title: 'SSP Template (BLANK MASTER)', creator: 'Tallgrass Knowledge Team', lastModifiedBy: 'Ravi Subramanian', created: '2023-07-10T12:00:00Z', modified: '2025-01-08T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 4 }, { t: 'title', text: '<Insert CSP Name>', size: 16 }, { t: 'title', text: '<Insert CSO Name> System Security Plan', size: 22 }, { t: 'p', text: 'Version <#.#> — <Date>', align: 'center' }, { t: 'p', text: 'MASTER TEMPLATE — NOT A DELIVERABLE', align: 'center', bold: true }, { t: 'break' }],
    header: 'Tallgrass master template — instructions only',
    body,
  });
  return { file: 'SSP_Template_BLANK.docx', expected: 'UNKNOWN', note: 'Blank master SSP template with only instructions and <Insert ...> placeholders, explicitly marked as not a deliverable; describes no system.', data };
}

export async function trainingDeckPdf(): Promise<CorpusDoc> {
  const slides: [string, string[]][] = [
    ['FedRAMP 101 for Engineering Teams', ['Tallgrass Compliance Group — client enablement series', 'Session 1 of 3 — 60 minutes', 'Prepared for Quillon Federal Cloud engineering, June 2025']],
    ['Why this matters to you', ['Federal agencies may only use cloud services with a FedRAMP authorization', 'Your changes to the system can trigger a significant change request', 'Monthly scans and POA&M deadlines depend on engineering work']],
    ['The authorization package', ['System Security Plan (SSP) — written by the CSP, describes every control', 'Security Assessment Plan (SAP) — written by the 3PAO before testing', 'Security Assessment Report (SAR) — 3PAO results and recommendation', 'POA&M — the CSP\'s plan to fix every open weakness', 'ATO letter — the agency\'s decision']],
    ['Continuous monitoring: every month', ['Authenticated OS, database and web scans', 'POA&M updated: High 30 days, Moderate 90, Low 180', 'Inventory reconciled with scan targets', 'Deviation requests for false positives and risk adjustments']],
    ['What engineers do differently', ['Every production change goes through a ticket and CAB', 'No manual changes in production — everything through the pipeline', 'Use FIPS-validated crypto libraries only', 'Tag every new resource so it lands in the inventory']],
    ['Top 5 findings we see', ['Unpatched base images older than 30 days', 'Stale accounts not disabled after 90 days', 'Logs not retained long enough', 'Baseline drift on bastion hosts', 'Missing evidence for change approvals']],
    ['Quiz and questions', ['Which document does the 3PAO write before testing?', 'How many days to fix a High finding?', 'Where do you record a false positive?', 'Next session: Secure configuration and scanning — July 9']],
  ];
  const data = await makePdf({
    page: 'slide',
    meta: { title: 'FedRAMP 101 for Engineering Teams', author: 'Tallgrass Compliance Group', creator: 'Microsoft® PowerPoint® for Microsoft 365', producer: 'Microsoft® PowerPoint® for Microsoft 365', created: new Date('2025-06-10T12:00:00Z'), modified: new Date('2025-06-10T12:00:00Z') },
    footer: (n) => `Tallgrass Compliance Group | FedRAMP 101                                                                                                                      ${n}`,
    blocks: slides.map(([title, bullets]) => ({ t: 'slide' as const, title, bullets })),
  });
  return { file: 'FedRAMP_101_Training.pdf', expected: 'UNKNOWN', note: 'Training deck exported from PowerPoint to PDF explaining the FedRAMP package and ConMon to engineers; training material, not a deliverable.', data };
}

export async function invoicePdf(): Promise<CorpusDoc> {
  const c = QUILLON;
  const data = await makePdf({
    page: 'letter',
    meta: { title: 'Invoice INV-2025-0611', author: 'Tallgrass Accounts Receivable', creator: 'QuickBooks Online', producer: 'QuickBooks Online', created: new Date('2025-07-01T12:00:00Z') },
    blocks: [
      { t: 'p', text: CONSULTANCY, bold: true, size: 14 },
      { t: 'p', text: '8200 Greensboro Drive, Suite 900, McLean, VA 22102 • ar@tallgrasscompliance.com • EIN 84-2219075', size: 9 },
      { t: 'spacer', h: 10 },
      { t: 'title', text: 'INVOICE', size: 24, center: false },
      { t: 'table', header: false, rows: [['Invoice #', 'INV-2025-0611'], ['Invoice Date', '07/01/2025'], ['Due Date', '07/31/2025'], ['Terms', 'Net 30'], ['PO / SOW', 'QFC-PO-88412 / TCG-2025-009']], widths: [30, 70] },
      { t: 'p', text: `Bill To: Accounts Payable, ${c.csp}, ${c.address}`, bold: true },
      { t: 'table', rows: [['Date', 'Description', 'Hours', 'Rate', 'Amount'], ['06/2025', 'Continuous monitoring support — June POA&M and inventory preparation (Senior Compliance Analyst)', '46.5', '$195.00', '$9,067.50'], ['06/2025', 'Significant change request drafting — managed Kubernetes service (Principal Consultant)', '18.0', '$275.00', '$4,950.00'], ['06/2025', 'Deviation request preparation (3 requests) (Compliance Analyst)', '9.0', '$150.00', '$1,350.00'], ['06/2025', 'FedRAMP 101 training session delivery', '4.0', '$275.00', '$1,100.00']], widths: [10, 54, 10, 12, 14] },
      { t: 'table', header: false, rows: [['Subtotal', '$16,467.50'], ['Tax', '$0.00'], ['Total Due', '$16,467.50']], widths: [70, 30] },
      { t: 'p', text: 'Please remit by ACH to Tallgrass Compliance Group, LLC — Bank: First Capital Bank, routing 051409999, account ending 4471. Reference the invoice number with your payment. Thank you for your business.', size: 9 },
    ],
  });
  return { file: 'INV-2025-0611.pdf', expected: 'UNKNOWN', note: 'Consultancy invoice to Quillon for ConMon, SCR and deviation request support (INV prefix could be misread as inventory); not a deliverable.', data };
}

export async function soc2Pdf(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const rng = new Rng('soc2');
  const criteria: [string, string][] = [
    ['CC1.1', 'The entity demonstrates a commitment to integrity and ethical values.'],
    ['CC2.1', 'The entity obtains or generates and uses relevant, quality information to support the functioning of internal control.'],
    ['CC3.1', 'The entity specifies objectives with sufficient clarity to enable the identification and assessment of risks.'],
    ['CC5.2', 'The entity selects and develops general control activities over technology.'],
    ['CC6.1', 'The entity implements logical access security software, infrastructure, and architectures over protected information assets.'],
    ['CC6.2', 'Prior to issuing system credentials and granting system access, the entity registers and authorizes new users.'],
    ['CC6.3', 'The entity authorizes, modifies, or removes access to data, software, functions, and other protected information assets.'],
    ['CC6.6', 'The entity implements logical access security measures to protect against threats from sources outside its system boundaries.'],
    ['CC7.1', 'To meet its objectives, the entity uses detection and monitoring procedures to identify changes to configurations.'],
    ['CC7.2', 'The entity monitors system components and the operation of those components for anomalies.'],
    ['CC7.3', 'The entity evaluates security events to determine whether they could or have resulted in a failure to meet its objectives.'],
    ['CC8.1', 'The entity authorizes, designs, develops, acquires, configures, documents, tests, approves, and implements changes.'],
    ['CC9.2', 'The entity assesses and manages risks associated with vendors and business partners.'],
    ['A1.2', 'The entity authorizes, designs, develops, implements, operates, approves, maintains, and monitors environmental protections, software, data backup processes, and recovery infrastructure.'],
  ];
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 120 },
    { t: 'title', text: `${c.csp}`, size: 20 },
    { t: 'title', text: 'SOC 2 Type 2 Report', size: 22 },
    { t: 'p', text: 'Report on the description of its Harbor Case Manager system and on the suitability of the design and operating effectiveness of controls relevant to Security and Availability', center: true },
    { t: 'p', text: 'For the period October 1, 2023 to September 30, 2024', center: true },
    { t: 'p', text: 'Halvorsen & Pike LLP, Certified Public Accountants', center: true },
    { t: 'break' },
    { t: 'h1', text: "Section 1 — Independent Service Auditor's Report" },
    { t: 'p', text: `To the Board of Directors of ${c.csp}: We have examined ${c.csp}'s accompanying description of its Harbor Case Manager system throughout the period October 1, 2023 to September 30, 2024, based on the criteria for a description of a service organization's system in DC section 200, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that the service commitments and system requirements were achieved based on the trust services criteria relevant to security and availability set forth in TSP section 100.` },
    { t: 'p', text: 'Opinion. In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria, and the controls stated in the description were suitably designed and operated effectively throughout the period.' },
    { t: 'p', text: 'Restricted use. This report is intended solely for the information and use of the service organization, user entities and prospective user entities who have sufficient knowledge and understanding of the matters described herein.' },
    { t: 'p', text: 'Halvorsen & Pike LLP — Boston, Massachusetts — November 22, 2024' },
    { t: 'h1', text: "Section 2 — Management's Assertion" },
    { t: 'p', text: `We have prepared the accompanying description of ${c.csp}'s Harbor Case Manager system for user entities of the system during some or all of the period, and their auditors, who have sufficient understanding to consider it. We confirm, to the best of our knowledge and belief, that the description presents the system fairly and that the controls were suitably designed and operated effectively throughout the period.` },
    { t: 'h1', text: 'Section 3 — Description of the System' },
    { t: 'p', text: `${c.cso} is a case management application for grant programs, offered to commercial foundations and public-sector customers. ${'The system is hosted on Google Cloud; the infrastructure controls of the subservice organization are excluded from the scope of this report (carve-out method).'}` },
    { t: 'p', text: 'Complementary user entity controls: user entities are responsible for managing their own users, reviewing their access, and protecting the credentials of their administrators.' },
    { t: 'h1', text: 'Section 4 — Trust Services Criteria, Related Controls and Tests of Controls' },
    { t: 'table', rows: [['Criteria', 'Criteria Description', 'Control Activity and Test Performed', 'Test Results'], ...criteria.map(([id, d]) => [id, d, `Inspected ${rng.pick(['a sample of 25 tickets', 'the configuration of the identity provider', 'policy documents and approval evidence', 'monitoring alerts for a sample of 10 days', 'quarterly access reviews'])} to determine that the control operated as described.`, rng.chance(0.9) ? 'No exceptions noted.' : 'Exception noted: one of 25 sampled terminations was removed 3 days late. Management response provided.'])], widths: [8, 34, 40, 18] },
    { t: 'h1', text: 'Section 5 — Other Information Provided by Management' },
    { t: 'p', text: 'Management notes that the company is pursuing a FedRAMP Tailored LI-SaaS authorization. This information has not been subjected to the procedures applied in the examination.' },
  ];
  const data = await makePdf({ page: 'letter', font: 'times', meta: { title: 'Northwind Harbor Software SOC 2 Type 2 Report 2024', author: 'Halvorsen & Pike LLP', producer: 'Adobe PDF Library 23.1.175', created: new Date('2024-11-22T12:00:00Z') }, header: () => 'Confidential — Restricted Use', headerFromPage: 2, footer: (n, t) => `${n} of ${t}`, blocks });
  return { file: 'soc2_type2_2024.pdf', expected: 'UNKNOWN', note: 'AICPA SOC 2 Type 2 report on Northwind (auditor opinion, trust services criteria tests); a different framework report, not a FedRAMP SAR.', data };
}

export async function minutesDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const body: Block[] = [
    { t: 'title', text: 'Meeting Minutes — FedRAMP Weekly Working Session', size: 16, center: false },
    { t: 'kv', rows: [['Date / Time', 'Wednesday, May 21, 2025, 10:00–11:00 ET (Teams)'], ['Participants', `${c.csp}: ${c.isso}, ${c.engineer}, ${c.owner}; ${c.agency}: J. Patel (ISSM), R. Gomez (ISSO); ${c.threePao}: ${c.threePaoLead}; Tallgrass: N. Fairbanks`], ['Note taker', 'N. Fairbanks (Tallgrass)']] },
    { t: 'h2', text: 'Agenda' },
    { t: 'bullets', items: ['SSP v2.2 agency comments', 'SAP approval status', 'Testing logistics (accounts, IP allow-listing)', 'POA&M format for post-assessment items', 'AOB'] },
    { t: 'h2', text: 'Discussion' },
    { t: 'p', text: '1. SSP comments. NRLA returned 23 comments on SSP v2.2, mostly on AC-2 and IA-2 statements and on the leveraged services table. Kestrel will publish v2.3 by June 20. NRLA will approve the SSP before the end of testing.' },
    { t: 'p', text: '2. SAP. Ardent circulated SAP v1.0 on May 12. NRLA ISSM confirmed the SAP is approved with one condition: add the reporting replica database to the scan scope. Ardent will issue the updated table as an addendum.' },
    { t: 'p', text: '3. Testing logistics. Test accounts to be created by May 28. Ardent source IPs to be allow-listed in the WAF for the testing window only. Freeze on production changes from June 2 to June 20 except emergency patches.' },
    { t: 'p', text: '4. POA&M. NRLA prefers the FedRAMP POA&M template (v2.1). Kestrel will use it for the initial POA&M built from the SAR.' },
    { t: 'h2', text: 'Action Items' },
    { t: 'table', rows: [['#', 'Action', 'Owner', 'Due'], ['1', 'Publish SSP v2.3 addressing agency comments', c.isso, '06/20/2025'], ['2', 'SAP addendum with reporting replica in scope', 'Ardent', '05/23/2025'], ['3', 'Create test accounts and share credentials via vault', c.engineer, '05/28/2025'], ['4', 'Send freeze notice to engineering', c.owner, '05/23/2025']] },
    { t: 'p', text: 'Next meeting: May 28, 2025, 10:00 ET.' },
  ];
  const data = await makeDocx({ seed: 'minutes', headings: 'bold', core: { title: 'Minutes', creator: 'Nadia Fairbanks', lastModifiedBy: 'Nadia Fairbanks', created: '2025-05-21T15:00:00Z', modified: '2025-05-21T17:00:00Z' }, body, pageNumbers: false });
  return { file: 'Minutes 2025-05-21.docx', expected: 'UNKNOWN', note: 'Minutes of a weekly CSP/agency/3PAO working session discussing SSP comments, SAP approval and POA&M format; meeting minutes, not a deliverable.', data };
}


