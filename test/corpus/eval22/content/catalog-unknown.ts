/** The program office's own papers: hard look-alikes that are none of the deliverables (UNKNOWN). */
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { Block, DocSpec } from '../kit/model.js';
import { bullets, h1, h2, p, table } from '../kit/model.js';
import { CO, PRODUCTS, TPAO, proprietaryFooter, sharepointFooter } from '../kit/wrappers.js';
import type { Pending } from './common.js';
import { meta } from './common.js';
import { cmmiSummary, dd1423Alone, exportMemo, flowDownMemo, isoManual, proposalVolume, retentionSchedule, tpaoSow, transmittalOnly, vpat } from './unknown-bodies.js';
import { cdrlListSheets, imsSheets, riskRegisterSheets, trackingLogSheets } from './workbooks.js';

const [CIC, CTG, SVP] = PRODUCTS;
const S = (blocks: Block[], m: ReturnType<typeof meta>, extra: Partial<DocSpec> = {}): DocSpec => ({ meta: m, blocks, ...extra });

function pmrNotes(): Block[] {
  return [
    h1('FPO Monthly Program Management Review - June 2025 - Speaker Notes'),
    p('Notes pane export from PMR_June2025_v4.pptx. Audience: COR, agency ISSMs, CFSI VP Federal Cloud. Presenter: Marcus Oyelaran, with Dana Whitfield on CDRL status.'),
    h2('Slide 2 - Agenda'),
    p('Walk through the agenda quickly: program health, schedule, EVM, CDRL status, risks, ConMon summary, upcoming events. Keep to 45 minutes; the USMSA ISSM has a hard stop.'),
    h2('Slide 4 - Earned Value Summary (CLIN 0003/0004)'),
    table([['Metric', 'Cum to Date', 'Current Month'], ['BCWS', '$4.21M', '$388K'], ['BCWP', '$4.05M', '$371K'], ['ACWP', '$4.12M', '$379K'], ['SPI', '0.96', '0.96'], ['CPI', '0.98', '0.98'], ['EAC', '$9.87M', '-'], ['VAC', '-$0.17M', '-']]),
    p('SPI below 0.97 threshold is driven by the SVP annual assessment slip (agency SAP approval took two weeks instead of one). Explain that the variance is schedule only, recovers in August once the SAR is final. CPI fine. No VAR required this month per the CDRL A002 thresholds, but offer one.'),
    h2('Slide 6 - CDRL Status'),
    p('Dana: 11 CDRLs delivered in June, all on time. A004 SSP for CIC accepted with comments (7 comments, resubmission due July 18). A008 POA&M and A009 scans delivered for all three products by the 30th. A007 SAR for SVP is the 3PAO draft only; we do not deliver it, Keystone does, we just track it. Remind the COR that the SCR for CIC managed database (A011) is awaiting AO signature.'),
    h2('Slide 8 - Top Risks'),
    bullets('PR-024 agency review backlog - ask COR for help scheduling SAP reviews.', 'PR-017 3PAO availability - mitigated; Keystone confirmed staff.', 'PR-027 FedRAMP 20x - pilot OSCAL export; no contract impact yet.'),
    h2('Slide 10 - ConMon Summary'),
    p('High findings open: CIC 1, CTG 0, SVP 2 (both within 30 days). No late POA&M items. Scan coverage 100% authenticated. Do not show the raw numbers by host; the deck is CUI-light.'),
    h2('Slide 12 - Upcoming'),
    p('July: CIC SSP resubmission, CTG annual SAP kickoff, SVP continued ATO decision. August: FedRAMP PMO quarterly meeting. Close with thanks; action items go in the minutes (separate document).'),
  ];
}

function email(): string {
  return [
    'From: "Whitfield, Dana" <dana.whitfield@callowayfed.example>',
    `To: "Holloway, Janet (COR)" <janet.holloway@usmsa.example.gov>`,
    'Cc: "Venkataraman, Priya" <priya.venkataraman@callowayfed.example>, "Oyelaran, Marcus" <marcus.oyelaran@callowayfed.example>',
    'Subject: RE: CDRL A004 System Security Plan - resubmission schedule and comment matrix',
    'Date: Tue, 15 Jul 2025 09:12:44 -0400',
    'Message-ID: <CFSI.FRP.20250715.0912.4471@callowayfed.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Janet,',
    '',
    'Thank you for the consolidated comments on the SVP System Security Plan (SI-FRP-0044-R2). We have dispositioned all 23 comments in the attached comment resolution matrix: 19 accepted, 3 accepted with modification, and 1 we would like to discuss (comment 14, on the AC-2(3) inactivity parameter, which is set by the FedRAMP baseline).',
    '',
    'Proposed schedule:',
    '  - 18 July: R3 of the SSP delivered under transmittal CFSI-FRP-T-0129, with updated Attachments 9 (CIS/CRM) and 13 (inventory).',
    '  - 25 July: POA&M and June scan results (A008/A009) - already delivered 30 June, no change.',
    '  - 1 August: Keystone delivers the final SAR directly to your ISSM; we will not transmit it ourselves.',
    '',
    'Could you confirm that the 15-working-day review clock restarts on receipt of R3? Our deliverable tracking log currently shows the review window closing 8 August.',
    '',
    'One more item: the DD 1423 for A007 lists Distribution Statement D, but the SAR template Keystone uses carries CUI markings only. Please let me know if the CO wants the statement added to the 3PAO report or if the transmittal page marking suffices.',
    '',
    'Best regards,',
    'Dana',
    '',
    '--',
    `${CO.dm}`,
    `${CO.dmTitle}`,
    `${CO.name} | ${CO.address}`,
    'Office (703) 555-0148',
    '',
    'CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain CFSI proprietary information or Controlled Unclassified Information and is intended only for the named recipients. If you received it in error, notify the sender and delete it.',
    '',
    '-----Original Message-----',
    'From: Holloway, Janet (COR)',
    'Sent: Monday, July 14, 2025 4:51 PM',
    'Subject: CDRL A004 System Security Plan - comments',
    '',
    'Dana, attached are the government comments on A004. Please provide a resubmission date. - Janet',
    '',
  ].join('\r\n');
}

function bridgeLetter(): string {
  return [
    'CALLOWAY FEDERAL SYSTEMS, INC.',
    CO.address,
    '',
    'July 1, 2025',
    '',
    'To: Customers and prospective customers of Calloway Insight Cloud and Calloway CaseTrack Gov',
    '',
    'RE: SOC 2 Type 2 Bridge Letter (Gap Letter) for the period January 1, 2025 through June 30, 2025',
    '',
    'Calloway Federal Systems, Inc. ("CFSI") engaged Whitcombe & Arledge LLP, an independent CPA firm, to examine the',
    'description of the Federal Cloud Solutions system and the suitability of the design and operating effectiveness',
    'of controls relevant to the Security, Availability and Confidentiality trust services criteria for the period',
    'January 1, 2024 through December 31, 2024. The SOC 2 Type 2 report was issued on February 21, 2025.',
    '',
    'The next SOC 2 Type 2 examination will cover January 1, 2025 through December 31, 2025 and the report is expected',
    'to be available in February 2026. This letter covers the "gap" period from January 1, 2025 through June 30, 2025.',
    '',
    'Management of CFSI represents that:',
    '',
    '  1. There have been no material changes to the system description or to the design of the internal controls',
    '     described in the SOC 2 Type 2 report during the gap period;',
    '  2. Management is not aware of any material deficiencies or control failures during the gap period that would',
    '     affect the opinion expressed in the report;',
    '  3. The FedRAMP continuous monitoring program for the products named above continued without interruption;',
    '     monthly deliverables were provided to the authorizing agencies as required.',
    '',
    'This letter is not an examination, review or attestation by an independent service auditor and does not replace',
    'the SOC 2 report. It should be read in conjunction with the SOC 2 Type 2 report. This letter does not represent',
    'a FedRAMP deliverable and is provided at customer request for vendor risk management purposes only.',
    '',
    'Sincerely,',
    '',
    `${CO.ciso}`,
    'Chief Information Security Officer',
    CO.name,
    '',
  ].join('\n');
}

function dataAccessionList(): string {
  const rows = [
    ['DAL Item', 'Contract', 'Product', 'Document Title', 'Document No.', 'Rev', 'Date', 'Format', 'Classification/Marking', 'Location', 'Generated Under', 'Available for Request'],
    ['001', CIC.contract, CIC.abbr, 'Software Development Plan', 'SI-ENG-0102', 'R4', '2025-02-12', 'DOCX', 'CFSI Proprietary', 'FPO SharePoint', 'Internal IR&D', 'No'],
    ['002', CIC.contract, CIC.abbr, 'Architecture Decision Records (ADR-001 to ADR-057)', 'SI-ENG-0110', 'n/a', '2025-06-30', 'Markdown', 'CFSI Proprietary', 'Git repository', 'CLIN 0002', 'Yes'],
    ['003', CIC.contract, CIC.abbr, 'Penetration Test Workpapers (3PAO)', 'KAP-CIC-WP-2025', 'R0', '2025-06-13', 'ZIP', 'CUI', 'Keystone portal', '3PAO subcontract', 'Yes'],
    ['004', SVP.contract, SVP.abbr, 'Security Test and Evaluation Scripts', 'SI-SEC-0331', 'R2', '2025-04-02', 'PY', 'CUI; EAR99', 'Git repository', 'CLIN 0004', 'Yes'],
    ['005', SVP.contract, SVP.abbr, 'Hardening Baselines (STIG checklists)', 'SI-OPS-0214', 'R9', '2025-05-20', 'CKL', 'CUI', 'FPO SharePoint', 'CLIN 0003', 'Yes'],
    ['006', CTG.contract, CTG.abbr, 'Load Test Report Q2', 'SI-ENG-0407', 'R0', '2025-06-18', 'PDF', 'CFSI Proprietary', 'FPO SharePoint', 'CLIN 0002', 'Yes'],
    ['007', CTG.contract, CTG.abbr, 'Section 508 Test Results', 'SI-QA-0090', 'R1', '2025-05-02', 'XLSX', 'Public', 'FPO SharePoint', 'CLIN 0002', 'Yes'],
    ['008', CIC.contract, CIC.abbr, 'Quality Audit Report - FPO processes', 'SI-QA-0201', 'R0', '2025-03-27', 'DOCX', 'CFSI Proprietary', 'QMS', 'Internal', 'No'],
  ];
  const head = [
    `"DATA ACCESSION LIST (DI-MGMT-81453B) - CDRL A014 - ${CO.name} FedRAMP Program Office - as of 2025-06-30"`,
    '"Lists data generated under the contracts that is not delivered as a CDRL item; copies may be requested by the Contracting Officer."',
    '',
  ];
  return head.join('\r\n') + rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n') + '\r\n';
}

export function unknowns(): Pending[] {
  const list: Pending[] = [];
  const add = (file: string, note: string, make: Pending['make']): void => {
    list.push({ file, expected: 'UNKNOWN', note, make });
  };
  add('CDRL_Exhibit_A.xlsx', 'Exhibit A CDRL index listing every data item of the contract (SSP, SAP, SAR, POA&M, scans ...); a contract list about deliverables, not one of them.', () =>
    renderXlsx({ meta: meta('2025-07-01', { title: 'Contract Data Requirements List - Exhibit A', author: CO.dm }), sheets: cdrlListSheets() }));
  add('DAL_2025Q2.csv', 'Data Accession List (DI-MGMT-81453B) of non-delivered data; a contract data list, not a deliverable.', async () => dataAccessionList());
  add('upload (4).pdf', 'A DD 1423-style CDRL form alone for data item A007 "Security Assessment Report" with no report behind it; a contract form, not the SAR.', () =>
    renderPdf(S(dd1423Alone(), meta('2024-10-02', { title: 'DD Form 1423-1 Exhibit A', author: 'Janet A. Holloway' })), { producer: 'Adobe PDF Library 23.1.175', creator: 'Adobe Acrobat Pro (64-bit) 23.1.20174' }));
  add('IMS_excerpt_0620.xlsx', 'Integrated master schedule excerpt of the SVP annual assessment tasks (deliver SSP, 3PAO SAP, SAR, POA&M update); a schedule, not a deliverable.', () =>
    renderXlsx({ meta: meta('2025-06-20', { title: 'IMS', author: 'Scheduler' }), sheets: imsSheets() }));
  add('PMR_June2025_notes.md', 'Speaker notes of the monthly program management review deck (EVM table, CDRL status, risks); a status briefing about deliverables.', async () =>
    renderMarkdown(S(pmrNotes(), meta('2025-06-24', {}))));
  add('FY25_Deliverable_Log.xlsx', 'Contract deliverable tracking log of CDRL submissions and government status across the three products; a tracker, not a deliverable.', () =>
    renderXlsx({ meta: meta('2025-07-15', { title: 'Deliverable Tracking Log', author: CO.dm }), sheets: trackingLogSheets() }));
  add('Flowdown_Memo_Northgate.docx', 'Subcontractor flow-down memo of FAR/DFARS clauses and FedRAMP obligations; contract correspondence, not a deliverable.', () =>
    renderDocx(S(flowDownMemo(), meta('2025-03-17', { title: 'Flow-down memo', author: 'Lorraine Ubaldo' }), { footer: proprietaryFooter('SI-CON-0318', 'R0') })));
  add('doc-0460.pdf', 'Export classification determination memo (ITAR/EAR jurisdiction, ECCN 5D002) for SVP software and its package documents; a trade-compliance record.', () =>
    renderPdf(S(exportMemo(), meta('2025-04-09', { title: 'CFSI-EC-2025-014', author: 'Trade Compliance' }), { header: 'CFSI PROPRIETARY - EXPORT CONTROLLED' })));
  add('Records Retention Schedule.docx', 'Records retention schedule of the program office (series, retention, disposition authority); a records management document.', () =>
    renderDocx(S(retentionSchedule(), meta('2025-02-01', { title: 'Records Retention Schedule', author: CO.dm }), { headings: 'bold', footer: sharepointFooter('Policies/Records Retention Schedule.docx', '2/3/2025 8:15 AM', 'Whitfield, Dana') })));
  add('Vol_II_Technical.docx', 'Proposal Volume II describing the company\u2019s FedRAMP experience with the three products; a capture document, not a deliverable.', () =>
    renderDocx(S(proposalVolume(), meta('2025-05-20', { title: 'Volume II - Technical', author: 'Proposal Center' }), { header: 'Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this proposal.', footer: 'Calloway Federal Systems, Inc. | Solicitation 70RSAT25R00000042 | Volume II' })));
  add('CMMI_ML3_summary.pdf', 'CMMI maturity level 3 appraisal results summary for the division; a process appraisal, not a security deliverable.', () =>
    renderPdf(S(cmmiSummary(), meta('2025-03-05', { title: 'CMMI Appraisal Results', author: 'CFSI Quality' }))));
  add('QM-001 Quality Manual (excerpt).docx', 'ISO 9001:2015 quality manual excerpt (clauses 4-7); a quality management document of another framework.', () =>
    renderDocx(S(isoManual(), meta('2024-11-12', { title: 'Quality Manual', author: 'CFSI Quality' }), { header: 'QM-001 Rev F | CFSI Quality Management System', footer: 'Printed copies are uncontrolled.' })));
  add('Transmittal_T-0131.docx', 'Contractor transmittal page alone listing the enclosed annual package (SSP, SAP, SAR, POA&M, inventory) with nothing behind it; a cover memo about deliverables.', () =>
    renderDocx(S(transmittalOnly(), meta('2025-07-28', { title: 'Transmittal', author: CO.dm }))));
  add('SOW_Keystone_2025.pdf', 'Statement of work / purchase order with the 3PAO for the annual assessment (scope, milestones, price); a contract, not the SAP.', () =>
    renderPdf(S(tpaoSow(), meta('2025-03-21', { title: 'SOW - Third Party Assessment Services', author: 'CFSI Contracts' }), { footer: `${CO.name} and ${TPAO.name} Confidential` })));
  add('bridge-letter-2025H1.txt', 'SOC 2 Type 2 bridge (gap) letter from management; another framework\u2019s artefact, not a FedRAMP deliverable.', async () => bridgeLetter());
  add('Program_Risk_Register.xlsx', 'Program risk and opportunity register (schedule, staffing, cost risks with likelihood/consequence); a management register, not a POA&M.', () =>
    renderXlsx({ meta: meta('2025-06-30', { title: 'Risk Register', author: CO.pm }), sheets: riskRegisterSheets() }));
  add('RE CDRL A004 resubmission.eml', 'E-mail from the data manager to the COR about the SSP comment matrix and resubmission schedule; correspondence about deliverables.', async () => email());
  add('CTG_ACR_2025.docx', 'Section 508 Accessibility Conformance Report (VPAT 2.5) for CTG; a product accessibility report, not a FedRAMP deliverable.', () =>
    renderDocx(S(vpat(), meta('2025-05-30', { title: 'VPAT 2.5 Rev 508', author: 'Accessibility Team' }))));
  return list;
}

