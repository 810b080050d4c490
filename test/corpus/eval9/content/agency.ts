import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import type { Block, EvalDoc } from '../kit/types.js';
import { buildXlsx } from '../kit/xlsx.js';
import { bh, bullets, BRIGHTQUILL, CORVANE, CUI, h1, h2, HALBERD, KESTREL, LEDGERLEAF, longDate, MERIDIAN, p, table } from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;
const B = BRIGHTQUILL;

async function atoCorvane(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: 'UNITED STATES DEPARTMENT OF COMMERCE', bold: true, size: 20 },
    { k: 'center', text: C.agency.toUpperCase(), bold: true, size: 24 },
    { k: 'center', text: 'Office of the Chief Information Officer  •  1401 Constitution Avenue NW  •  Washington, DC 20230', size: 16 },
    ...p(longDate('2025-09-12')),
    ...p(`${C.owner}`, 'Vice President, Federal Cloud', C.org, C.address),
    ...p(`Subject: Authority to Operate – ${C.system} (FedRAMP ID ${C.fedrampId}), FIPS 199 High`),
    ...p(
      `Dear Mr. Whitcombe:`,
      `The ${C.agency} (${C.agencyShort}) has completed its review of the security authorization package for ${C.system}, a FedRAMP High ${C.model}, including the System Security Plan version 3.3, the Security Assessment Plan and Security Assessment Report prepared by ${HALBERD.name}, and the Plan of Action and Milestones dated August 29, 2025.`,
      `Based on that review, I have determined that the risk to ${C.agencyShort} operations, assets and individuals resulting from the operation of ${C.system} is acceptable. Accordingly, I grant an Authority to Operate (ATO) for ${C.system} for use by ${C.agencyShort}, effective on the date of this letter and valid for three years, subject to the conditions below and to continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide.`,
    ),
    bh('Conditions of this authorization'),
    bullets(
      'All open Moderate findings in the POA&M are remediated within 90 days of discovery and reported in monthly continuous monitoring submissions.',
      'The operationally required risk CSC-06 is re-evaluated at the annual assessment.',
      'Significant changes are submitted to the FHSA Authorizing Official for approval before implementation.',
      `${C.org} provides monthly POA&M, vulnerability scan results and inventory updates through the FedRAMP secure repository.`,
    ),
    ...p(
      `This authorization may be revoked at any time if the risk posture of ${C.system} changes materially. ${C.agencyShort} will upload this letter with the authorization package to the FedRAMP secure repository and notify the FedRAMP PMO.`,
      'Sincerely,',
      '/s/ digitally signed by MARGARET OYELARAN, 2025.09.12 16:04:11 -04\'00\'',
      `${C.ao}`,
      `${C.aoTitle}, ${C.agency}`,
      `cc: Kevin Stroud, FHSA Information System Security Manager; ${C.isso}, Corvane ISSO; FedRAMP PMO (info@fedramp.gov)`,
    ),
  ];
  const data = await buildPdf({ meta: { title: 'ATO Letter', author: 'FHSA OCIO', creator: 'Microsoft® Word for Microsoft 365', producer: 'Adobe Acrobat Sign', created: '2025-09-12T20:04:11Z' }, blocks, serif: true });
  return { file: 'FHSA_signed_20250912.pdf', expected: 'ATO_LETTER', note: 'The sponsoring agency\'s signed Authority to Operate letter for the High IaaS.', data };
}

async function atoLedgerLeaf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: L.agency, bold: true, size: 26 },
    { k: 'center', text: '400 Maryland Avenue SW, Washington, DC 20202', size: 18 },
    ...p('MEMORANDUM FOR: Hannah Okafor, Chief Executive Officer, LedgerLeaf Software LLC'),
    ...p(`FROM: ${L.ao}, ${L.aoTitle}`),
    ...p(`DATE: ${longDate('2023-11-03')}`),
    ...p(`SUBJECT: Agency Authority to Operate for ${L.system}`),
    h2('1. Decision'),
    ...p(
      `After review of the FedRAMP Low authorization package for ${L.system}, I accept the residual risk described in the Security Assessment Report and grant an Authority to Operate for ${L.agencyShort}'s use of the service to manage grant applications, peer review and award tracking. This ATO expires on November 2, 2026, unless revoked earlier or renewed on the basis of ongoing continuous monitoring.`,
    ),
    h2('2. Basis'),
    bullets(
      'System Security Plan v3.0 (October 2023) and its attachments',
      `Security Assessment Report by ${KESTREL.name}, dated October 6, 2023`,
      'Plan of Action and Milestones dated October 20, 2023 (0 High, 3 Moderate, 6 Low open items)',
      'FedRAMP Initial Authorization Package Checklist completed by the CSP',
    ),
    h2('3. Terms and conditions'),
    ...p(
      'LedgerLeaf shall maintain its FedRAMP continuous monitoring program, notify NECL of any incident affecting NECL data within one hour of identification, and submit significant change requests for approval prior to implementation. Customer responsibilities in the CRM are accepted by NECL\'s program office.',
    ),
    h2('4. Point of contact'),
    ...p('Questions about this authorization may be directed to the NECL Office of Cybersecurity, cyber@necl.gov.'),
    bh('Authorizing Official'),
    table([['Signature', 'Name', 'Date'], ['[signed]', L.ao, '11/03/2023']], [40, 35, 25]),
  ];
  const data = await buildDocx({ meta: { title: 'Memo template - NECL OCIO', creator: 'NECL OCIO', lastModifiedBy: 'Castellanos, Robert', created: '2023-10-30T14:00:00Z', modified: '2023-11-03T18:20:00Z' }, blocks, header: 'NECL — For Official Use', footer: 'NECL OCIO' });
  return { file: 'ledgerleaf_memo_signed.docx', expected: 'ATO_LETTER', note: 'The agency Authorizing Official\'s memorandum granting an Authority to Operate for the Low SaaS.', data };
}

async function atoNonFedramp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: C.agency, bold: true, size: 26 },
    { k: 'center', text: 'Office of the Chief Information Officer', size: 20 },
    ...p(longDate('2025-03-28')),
    ...p('MEMORANDUM FOR: Dr. Alan Reyes-Whitfield, Director, Office of Coast Survey Operations (System Owner)'),
    ...p(`SUBJECT: Authority to Operate – Hydrographic Field Data Collection System (HFDCS), FHSA-0142, FIPS 199 Moderate`),
    ...p(
      `The Hydrographic Field Data Collection System is an agency-owned, on-premises system hosted in the FHSA Norfolk data centre and aboard four survey vessels. It collects multibeam sonar and positioning data and transfers it to the agency's processing enclave. It is not a cloud service and is not covered by FedRAMP; it was assessed under the agency's Risk Management Framework process by the FHSA Security Control Assessment team.`,
      `I have reviewed the HFDCS security authorization package — the system security plan, the FHSA security assessment report dated February 21, 2025 and the plan of action and milestones — and I find the residual risk acceptable. I therefore grant HFDCS an Authority to Operate for a period of three years from the date of this memorandum, under the FHSA ongoing authorization program.`,
    ),
    bh('Conditions'),
    bullets(
      'Vessel systems must be rescanned within 15 days of each return to port.',
      'The two High findings for end-of-life Windows 10 acquisition workstations must be closed by June 30, 2025.',
      'Any interconnection with a cloud service requires a separate review and an interconnection security agreement.',
    ),
    ...p('/s/', C.ao, `${C.aoTitle}`),
  ];
  const data = await buildPdf({ meta: { title: 'HFDCS ATO', author: 'FHSA OCIO', created: '2025-03-28T15:00:00Z' }, blocks, serif: true });
  return { file: 'ato-letter.pdf', expected: 'ATO_LETTER', note: 'An agency Authority to Operate letter, here for an agency on-premises (non-FedRAMP) system; by content it is an ATO letter, whatever package it lands in.', data };
}

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'FedRAMP Initial Authorization Package Checklist (this document)', 'Checklist'],
  ['2', 'System Security Plan (SSP)', 'SSP'],
  ['3', 'SSP Attachment 1 – Information Security Policies and Procedures', 'SSP ATT 1'],
  ['4', 'SSP Attachment 2 – User Guide', 'SSP ATT 2'],
  ['5', 'SSP Attachment 3 – Digital Identity Worksheet', 'SSP ATT 3'],
  ['6', 'SSP Attachment 4 – Privacy Impact Assessment (PTA/PIA)', 'SSP ATT 4'],
  ['7', 'SSP Attachment 5 – Rules of Behavior', 'SSP ATT 5'],
  ['8', 'SSP Attachment 6 – Information System Contingency Plan', 'SSP ATT 6'],
  ['9', 'SSP Attachment 7 – Configuration Management Plan', 'SSP ATT 7'],
  ['10', 'SSP Attachment 8 – Incident Response Plan', 'SSP ATT 8'],
  ['11', 'SSP Attachment 9 – Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook', 'SSP ATT 9'],
  ['12', 'SSP Attachment 10 – FIPS 199 Categorization', 'SSP ATT 10'],
  ['13', 'SSP Attachment 11 – Separation of Duties Matrix', 'SSP ATT 11'],
  ['14', 'SSP Attachment 12 – FedRAMP Laws and Regulations', 'SSP ATT 12'],
  ['15', 'SSP Attachment 13 – Integrated Inventory Workbook', 'SSP ATT 13'],
  ['16', 'Supply Chain Risk Management Plan', 'SCRMP'],
  ['17', 'Security Assessment Plan (SAP) with test case workbook', 'SAP'],
  ['18', 'Security Assessment Report (SAR) with risk exposure table and scans', 'SAR'],
  ['19', 'Plan of Action and Milestones (POA&M)', 'POA&M'],
  ['20', 'Agency Authority to Operate (ATO) Letter', 'ATO'],
  ['21', 'Continuous Monitoring Plan', 'ConMon'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const rows = [
    ['FedRAMP® Initial Authorization Package Checklist', null, null, null, null, null],
    [`Cloud Service Provider: ${C.org}`, null, `Cloud Service Offering: ${C.system}`, null, `Impact Level: High`, null],
    [`Sponsoring Agency: ${C.agency}`, null, `3PAO: ${HALBERD.name}`, null, 'Date: 09/12/2025', null],
    [null, null, null, null, null, null],
    ['#', 'Package Item', 'Short Name', 'Included (Y/N)', 'Version / Date', 'File name in repository'],
    ...CHECKLIST_ITEMS.map(([n, item, short], i) => [n, item, short, 'Y', i === 0 ? '2025-09-12' : `v${1 + (i % 4)}.${i % 3} / 2025-0${6 + (i % 3)}-1${i % 9}`, `${C.abbrev}_${short.replace(/[^A-Za-z0-9]+/g, '_')}.${i > 10 && i < 15 ? 'xlsx' : 'docx'}`]),
    [null, null, null, null, null, null],
    ['Attestation', null, null, null, null, null],
    ['I attest that this package is complete and that every document listed above has been uploaded to the FedRAMP secure repository.', null, null, null, null, null],
    [`Name: ${C.isso}`, null, 'Title: ISSO', null, 'Date: 09/12/2025', null],
  ];
  const data = await buildXlsx({ title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP PMO', lastModifiedBy: C.isso, created: '2024-06-03T12:00:00Z', modified: '2025-09-12T21:10:00Z' }, [
    { name: 'Checklist', rows, boldRows: [5], widths: [5, 70, 14, 14, 22, 34] },
  ]);
  return { file: 'package_checklist_CSC.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'The FedRAMP Initial Authorization Package Checklist completed for the High IaaS package.', data };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 36 },
    { k: 'center', text: `${L.system}  —  FedRAMP Low  —  Agency: ${L.agencyShort}`, size: 22 },
    ...p(
      'Instructions: the CSP completes this checklist and uploads it with the authorization package. For each item indicate whether it is included, its version and date, and any comment for the FedRAMP PMO reviewer. Items that are not applicable must be justified.',
    ),
    table(
      [
        ['#', 'Item', 'Included', 'Version / Date', 'Comments'],
        ...CHECKLIST_ITEMS.map(([n, item], i) => [n, item, i === 15 ? 'N – see comment' : '☒ Yes', i === 0 ? '1.0 / 10-2023' : `${3 + (i % 2)}.${i % 5} / 10-2023`, i === 15 ? 'SCRM Plan folded into SSP section 13 per agency agreement' : '']),
      ],
      [5, 45, 14, 16, 20],
    ),
    bh('CSP Attestation'),
    ...p(`I certify that the package listed above is complete. — ${L.owner}, CEO, ${L.org} — October 24, 2023`),
    bh('Agency Acknowledgement'),
    ...p(`Received by ${L.agencyShort} for upload to the FedRAMP secure repository. — ${L.ao}`),
  ];
  const data = await buildDocx({ meta: { creator: 'LedgerLeaf Compliance', created: '2023-10-24T16:00:00Z' }, blocks, header: 'LedgerLeaf Software LLC — Proprietary' });
  return { file: 'doc-0833.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'A Word version of the FedRAMP Initial Authorization Package Checklist completed by the Low SaaS CSP.', data };
}

async function agencySspReviewChecklist(): Promise<EvalDoc> {
  const q: [string, string, string, string][] = [
    ['§1', 'Is the system name and abbreviation consistent with the FedRAMP Marketplace listing?', 'Yes', ''],
    ['§2', 'Is the FIPS 199 categorization supported by the information types in Attachment 10?', 'Yes', 'High/High/High confirmed'],
    ['§8', 'Does the system description explain each service offered to FHSA tenants?', 'Partially', 'Managed Kubernetes add-ons not described'],
    ['§9', 'Does the authorization boundary diagram show every external connection listed in Table 11?', 'No', 'Colocation provider management link missing'],
    ['§10', 'Do the data flow diagrams show where FHSA data is encrypted at rest and in transit?', 'Yes', ''],
    ['§11', 'Are all interconnections covered by an ISA/MOU?', 'Yes', ''],
    ['§13', 'AC-2: does the implementation statement address every part (a–l)?', 'Partially', 'Part j (account review frequency) missing'],
    ['§13', 'AU-11: is the retention period at least that required by M-21-31?', 'No', 'States 90 days online; M-21-31 requires 12 months active'],
    ['§13', 'IA-2(12): is PIV acceptance described for agency users?', 'Yes', ''],
    ['§13', 'Are customer responsibilities consistent with the CRM?', 'Yes', ''],
    ['Att.', 'Are all attachments present and current (dated within 12 months)?', 'Yes', 'ISCP dated 2024-11 – acceptable'],
  ];
  const data = await buildXlsx({ title: 'FHSA SSP Review Checklist', creator: 'Kevin Stroud', created: '2025-05-20T13:00:00Z', modified: '2025-05-29T19:30:00Z', company: C.agency }, [
    {
      name: 'SSP Review',
      rows: [
        [`${C.agencyShort} Agency Reviewer Checklist — System Security Plan Review`, null, null, null, null],
        [`System: ${C.system} SSP v3.1 (submitted 2025-05-12)`, null, `Reviewer: Kevin Stroud, ISSM`, null, null],
        ['Result: returned to CSP with 4 required changes before SSP approval', null, null, null, null],
        [null, null, null, null, null],
        ['SSP Section', 'Review Question', 'Meets?', 'Reviewer Comment', 'CSP Response'],
        ...q.map((r) => [...r, '']),
      ],
      boldRows: [5],
      widths: [10, 70, 10, 45, 30],
    },
  ]);
  return { file: 'ssp_review_FHSA.xlsx', expected: 'UNKNOWN', note: 'The agency reviewer\'s own SSP review checklist (questions and comments on the SSP); not the SSP and not the FedRAMP package checklist.', data };
}

async function riskAcceptanceMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: C.agency.toUpperCase(), bold: true, size: 22 },
    { k: 'center', text: 'MEMORANDUM', bold: true, size: 24 },
    ...p(`DATE: ${longDate('2025-10-30')}`, `FOR: ${C.owner}, ${C.org}`, `FROM: ${C.ao}, Authorizing Official`, `SUBJECT: Acceptance of residual risk – POA&M items V-1187 and V-1190, ${C.system}`),
    ...p(
      `In its October 2025 continuous monitoring submission, ${C.org} reported that POA&M items V-1187 and V-1190 (a Moderate vulnerability in the firmware of the storage array controllers) cannot be remediated within 90 days because the vendor has not released a fixed firmware version. The CSP documented the vendor dependency, compensating controls (management interfaces reachable only from the out-of-band network, enhanced logging) and monthly vendor check-ins.`,
      `I have reviewed this information with the FHSA ISSM. I accept the residual risk of operating with these two items open until the vendor fix is available, subject to the following: (1) the CSP continues monthly vendor check-ins and records them in the POA&M; (2) the fix is applied within 30 days of its release; (3) this acceptance is reviewed at the next annual assessment.`,
      'This memorandum does not change the terms of the Authority to Operate granted on September 12, 2025. It applies only to FHSA\'s use of the service; other agencies leveraging the package make their own determination.',
    ),
    ...p('/s/ Margaret T. Oyelaran'),
  ];
  const data = await buildPdf({ meta: { title: 'Risk Acceptance', author: 'Stroud, Kevin', created: '2025-10-30T17:00:00Z' }, blocks, serif: true });
  return { file: 'RA_memo_V-1187.pdf', expected: 'UNKNOWN', note: 'An agency AO memo accepting residual risk for two POA&M items; neither an ATO letter nor the CSP\'s deviation request.', data };
}

async function declineMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: B.agency, bold: true, size: 26 },
    { k: 'center', text: 'Office of the Chief Information Officer', size: 20 },
    bh('DECISION MEMORANDUM'),
    table(
      [
        ['To', `${B.owner}, Chief Technology Officer, ${B.org}`],
        ['From', `${B.ao}, ${B.aoTitle}`],
        ['Date', longDate('2025-10-17')],
        ['Subject', `Authorization decision – ${B.system} (FedRAMP Tailored LI-SaaS)`],
      ],
      [15, 85],
    ),
    h1('Decision'),
    ...p(
      `I have reviewed the authorization package for ${B.system}, including the Security Assessment Report by ${MERIDIAN.name} dated September 26, 2025. I am not granting an Authority to Operate at this time.`,
    ),
    h1('Reasons'),
    bullets(
      'The FIPS 199 categorization submitted with the package assumes that no PII beyond login credentials is collected; OSFA program staff confirmed that farm applicants upload tax identification numbers and bank details, which is inconsistent with the LI-SaaS criteria.',
      'The privacy threshold analysis must be revised for the actual data collected and a privacy impact assessment completed.',
      'Database vulnerability scanning was not performed for two consecutive months (finding BQF-2).',
    ),
    h1('Path forward'),
    ...p(
      'OSFA remains willing to sponsor the service. Brightquill may re-submit once the categorization has been revisited (which may require a FedRAMP Low or Moderate assessment rather than Tailored), the privacy documentation is updated and three consecutive months of complete scan results are provided. OSFA will not use the service for production data until an ATO is granted.',
      `cc: FedRAMP PMO; ${MERIDIAN.lead}, Meridian; OSFA Privacy Officer`,
    ),
  ];
  const data = await buildDocx({ meta: { title: 'Decision Memo', creator: 'Marchetti, Evelyn', created: '2025-10-17T14:00:00Z' }, blocks, header: 'OSFA — Pre-decisional until signed' });
  return { file: 'OSFA decision - BQF.docx', expected: 'UNKNOWN', note: 'An agency decision memo declining to authorize; it refuses an ATO, so it is not an ATO letter.', data };
}

function pmoEmail(): EvalDoc {
  const text = `From: FedRAMP PMO <info@fedramp.gov>
To: ${C.isso} <priya.raghunathan@corvane.com>; Kevin Stroud <kevin.stroud@fhsa.gov>
Cc: ${HALBERD.lead.split(',')[0]} <jpryce@halberdassurance.com>
Date: Tue, 14 Oct 2025 15:22:09 -0400
Subject: RE: [FR2419077312] Corvane Sovereign Compute - PMO Initial Review - Returned for Remediation
Message-ID: <a81f2c0e-52d7-4c1e-9a63-0f5d1c02b7e4@fedramp.gov>
Content-Type: text/plain; charset="utf-8"

Good afternoon,

Thank you for submitting the Corvane Sovereign Compute (CSC) agency authorization package to the FedRAMP secure repository on September 15. The PMO has completed its initial review. At this time the package is being returned for remediation of the technical issues listed below. Please address them and notify us when updated documents are uploaded; we aim to complete the follow-up review within 10 business days of resubmission.

Package contents reviewed:
  - FedRAMP Initial Authorization Package Checklist (09/12/2025)
  - System Security Plan v3.3 and Attachments 1-13
  - Security Assessment Plan v1.2 (Halberd Assurance Partners)
  - Security Assessment Report v1.0 and appendices
  - Plan of Action and Milestones (August 2025)
  - FHSA ATO Letter (09/12/2025)

Issues requiring remediation:
  1. SSP section 9: the boundary diagram does not show the connection to the colocation provider's management network referenced in Table 11-1.
  2. SAR risk exposure table: CSC-06 is listed as operationally required, but no deviation request was included in the package.
  3. POA&M: items V-1102 through V-1109 have scheduled completion dates beyond 90 days from detection for Moderate findings without a vendor dependency recorded.
  4. Integrated Inventory Workbook: 41 privileged access workstations appear in scan results but not in the inventory.
  5. CIS/CRM workbook: AC-2(5) shows "Planned" in the CIS tab but is described as implemented in the SSP.

The PMO review is collaborative; please reach out if a call would help. Reply all to keep FHSA and the 3PAO informed.

Respectfully,
FedRAMP PMO Package Review Team
General Services Administration | fedramp.gov

-----Original Message-----
From: ${C.isso}
Sent: Monday, September 15, 2025 9:02 AM
Subject: [FR2419077312] Corvane Sovereign Compute - package uploaded for PMO review

All documents are in the repository folder "CSC / Initial Authorization / 2025-09". Thanks!
`;
  return { file: 'RE_ CSC PMO review.txt', expected: 'UNKNOWN', note: 'FedRAMP PMO e-mail returning a package for remediation; correspondence that lists the deliverables but is none of them.', data: text };
}

async function pmoMinutes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bh('Meeting Minutes — FedRAMP Agency Authorization Kick-off'),
    table(
      [
        ['Date', 'Wednesday 7 May 2025, 14:00–15:00 ET (Teams)'],
        ['System', `${C.system} (${C.abbrev}), FedRAMP High`],
        ['Attendees', `FedRAMP PMO: Dana Kowalczyk (package lead), Marcus Ebbesen. ${C.agencyShort}: Kevin Stroud, Janelle Akers. Corvane: ${C.owner}, ${C.isso}. Halberd: ${HALBERD.lead.split(',')[0]}`],
        ['Minutes taken by', C.isso],
      ],
      [20, 80],
    ),
    h2('1. Introductions and roles'),
    ...p('PMO explained its role in the agency authorization: it reviews the package after the agency issues its ATO, and focuses on early collaboration to avoid rework. FHSA confirmed it is the sponsoring agency and that its AO will sign the ATO.'),
    h2('2. Timeline'),
    table([['Milestone', 'Target'], ['SSP submitted to FHSA', '12 May 2025'], ['SSP approval', '6 June 2025'], ['SAP approval', '13 June 2025'], ['Testing', '16 June – 24 July 2025'], ['SAR', '8 August 2025'], ['ATO decision', 'September 2025'], ['PMO review', 'September – October 2025']], [60, 40]),
    h2('3. Discussion'),
    bullets(
      'PMO reminded the team that the Rev5 SSP template and the current SAP/SAR templates must be used, and that the OSCAL versions are welcome but not required.',
      'Halberd asked whether the penetration test may use the tenant test accounts in both regions — FHSA agreed.',
      'FHSA asked for the CRM to be shared early with its program office, to plan customer responsibilities.',
      'The system freeze during testing was agreed; emergency patches are allowed with notice to the 3PAO.',
    ),
    h2('4. Action items'),
    table([['#', 'Action', 'Owner', 'Due'], ['1', 'Share draft CRM with FHSA', 'Corvane', '16 May'], ['2', 'Send SAP draft to FHSA', 'Halberd', '20 May'], ['3', 'Confirm repository access for all parties', 'PMO', '9 May']], [5, 55, 20, 20]),
  ];
  const data = await buildDocx({ meta: { title: 'Minutes', creator: C.isso, created: '2025-05-07T20:00:00Z' }, blocks, footer: `${CUI}` });
  return { file: 'kickoff-minutes-2025-05-07.docx', expected: 'UNKNOWN', note: 'Minutes of a PMO/agency/CSP/3PAO kick-off meeting; mentions every deliverable but is a meeting record.', data };
}

export async function agencyDocs(): Promise<EvalDoc[]> {
  return [
    await atoCorvane(),
    await atoLedgerLeaf(),
    await atoNonFedramp(),
    await checklistXlsx(),
    await checklistDocx(),
    await agencySspReviewChecklist(),
    await riskAcceptanceMemo(),
    await declineMemo(),
    pmoEmail(),
    await pmoMinutes(),
  ];
}

