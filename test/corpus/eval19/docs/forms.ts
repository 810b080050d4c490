import { b, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { docx, pdf } from './helpers.js';
import { AGENCY, AGENCY_ABBR, AO, AO_TITLE, CISO, CISO_TITLE, CSO, CSO_ABBR, CSP, CUI, SO, TPAO } from './persona.js';

const atoBody = (): Block[] => [
  { t: 'p', text: AGENCY.toUpperCase(), center: true, bold: true },
  { t: 'p', text: 'Office of the Chief Information Officer', center: true },
  { t: 'p', text: '451 Seventh Street SW, Washington, DC 20410', center: true },
  p('May 14, 2026'),
  p('MEMORANDUM FOR: Lena Vasquez-Hart, System Owner, ' + CSP),
  p(`SUBJECT: Authority to Operate (ATO) for ${CSO} (${CSO_ABBR}), FedRAMP Package ID F2403157821`),
  p(`The ${AGENCY} (${AGENCY_ABBR}) has reviewed the FedRAMP security authorization package for ${CSO}, including the System Security Plan version 3.2, the Security Assessment Plan and the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones dated May 1, 2026.`),
  p(`Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of ${CSO} at the FedRAMP Moderate impact level is acceptable. Accordingly, I grant an Authority to Operate for ${CSO}, effective on the date of this letter, for a period of three years, subject to the continuous monitoring requirements of the FedRAMP program and the following conditions:`),
  ul(
    'High risk findings SAR-01 and SAR-02 are remediated within 30 days of this letter and evidence is provided to the HFO ISSM.',
    'Monthly continuous monitoring deliverables (POA&M, inventory, scan results) are provided to HFO through the FedRAMP secure repository.',
    'Significant changes are submitted to HFO for approval before implementation.',
  ),
  p('This authorization may be revoked at any time if the risk to the agency becomes unacceptable. The agency will upload this letter to the FedRAMP secure repository and notify the FedRAMP PMO.'),
  sig([AO, AO_TITLE, AGENCY], 'Marcus T. Ellery'),
  p('cc: HFO Chief Information Security Officer; FedRAMP PMO (info@fedramp.gov)'),
];

export async function atoScan(): Promise<EvalDoc> {
  return pdf('ATO-signed.pdf', 'ATO_LETTER', 'The sponsoring agency\'s signed Authority to Operate letter for the CSO, scanned with an OCR text layer.', { blocks: atoBody() }, { ocr: { seed: 'ato-scan', rate: 0.03, stamp: 'RECEIVED MAY 15 2026' }, author: '' });
}

export async function atoDocx(): Promise<EvalDoc> {
  return docx('letter.docx', 'ATO_LETTER', 'The agency ATO letter as the Word original sent ahead of the signed PDF (conformed /s/ signature).', {
    blocks: atoBody().map((blk) => (blk.t === 'sig' ? { ...blk, signed: '/s/ Marcus T. Ellery' } : blk)),
    meta: { title: 'Memo template', creator: 'HFO OCIO', lastModifiedBy: 'Ellery, Marcus T.' },
    headings: 'bold',
  });
}

export async function checklistDocx(): Promise<EvalDoc> {
  const row = (n: string, item: string, loc: string): string[] => [n, item, '☒', loc];
  return docx('checklist.docx', 'AUTHORIZATION_CHECKLIST', 'The FedRAMP Initial Authorization Package Checklist filled in as a Word table.', {
    blocks: [
      { t: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 40 },
      p(`CSP: ${CSP}    CSO: ${CSO}    Package ID: F2403157821`),
      p('Instructions: The CSP must complete this checklist and include it in the package uploaded to the FedRAMP secure repository. Indicate each document included and its file name.'),
      table([
        ['#', 'Package Item', 'Included', 'File Name / Location'],
        row('1', 'System Security Plan (SSP)', 'SSP/CVG_SSP_Moderate_v3.2.docx'),
        row('2', 'SSP Attachment 1 – Policies and Procedures', 'SSP/Attachments/ISPP_2026.docx'),
        row('3', 'SSP Attachment 2 – User Guide', 'SSP/Attachments/CivicVault_User_Guide.docx'),
        row('4', 'SSP Attachment 3 – Digital Identity Worksheet', 'SSP/Attachments/DIW.docx'),
        row('5', 'SSP Attachment 4 – PTA/PIA', 'SSP/Attachments/PTA_PIA.pdf'),
        row('6', 'SSP Attachment 5 – Rules of Behavior', 'SSP/Attachments/ROB.docx'),
        row('7', 'SSP Attachment 6 – ISCP', 'SSP/Attachments/ISCP.docx'),
        row('8', 'SSP Attachment 7 – CMP', 'SSP/Attachments/CMP.docx'),
        row('9', 'SSP Attachment 8 – IRP', 'SSP/Attachments/IRP.docx'),
        row('10', 'SSP Attachment 9 – CIS/CRM Workbook', 'SSP/Attachments/CIS-CRM.xlsx'),
        row('11', 'SSP Attachment 10 – FIPS 199', 'SSP/Attachments/FIPS199.docx'),
        row('12', 'SSP Attachment 11 – Separation of Duties Matrix', 'SSP/Attachments/SoD.xlsx'),
        row('13', 'SSP Attachment 12 – Laws and Regulations', 'SSP/Attachments/Laws.xlsx'),
        row('14', 'SSP Attachment 13 – Integrated Inventory Workbook', 'SSP/Attachments/IIW.xlsx'),
        row('15', 'Security Assessment Plan (SAP)', 'SAP/SAP_v1.1.docx'),
        row('16', 'Security Assessment Report (SAR)', 'SAR/SAR_v1.0.docx'),
        row('17', 'Plan of Action and Milestones (POA&M)', 'POAM/CVG-POAM-2026-04.xlsx'),
        row('18', 'Agency ATO Letter', 'ATO/ATO-signed.pdf'),
      ]),
      b('CSP Attestation'),
      p('I attest that the package listed above is complete and that the documents are the versions reviewed by the sponsoring agency.'),
      sig(['Dana R. Whitcomb', 'Director, Security Compliance', CSP]),
    ],
    footer: CUI,
    meta: { title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP PMO', lastModifiedBy: 'Dana Whitcomb' },
  });
}

const scrBody = (): Block[] => [
  b('Section 1: CSP and System Information'),
  table([
    ['CSP Name', CSP],
    ['Cloud Service Offering', CSO],
    ['FedRAMP Package ID', 'F2403157821'],
    ['Impact Level', 'Moderate'],
    ['Authorizing Agency', AGENCY],
    ['Date of Request', 'June 15, 2026'],
  ], false),
  b('Section 2: Description of the Proposed Change'),
  p('Replace the self-managed key hierarchy for tenant document encryption with AWS KMS external key store (XKS) backed by a FIPS 140-3 Level 3 validated HSM cluster hosted by the CSP, to support agencies that require customer-controlled keys.'),
  b('Section 3: Type of Change'),
  table([
    ['Change type (FedRAMP Significant Change Policies and Procedures)', 'Selected'],
    ['Adding a new interconnection / external service', '☐'],
    ['Change to cryptographic modules or key management', '☒'],
    ['Change of data center / hosting location', '☐'],
    ['New data type / change in FIPS 199 categorization', '☐'],
  ]),
  b('Section 4: Security Impact Analysis'),
  p('Affected controls: SC-12, SC-12(1), SC-13, SC-28, SC-28(1), CP-9, CM-2. The new HSM cluster is a new component inside the boundary; the inventory, boundary diagram and SSP sections 7 and 9 will be updated. The 3PAO will assess the affected controls before the change is placed into production.'),
  b('Section 5: Assessment Approach'),
  p(`${TPAO} will perform a targeted assessment of the affected controls, produce a SAP addendum and a SAR addendum, and the CSP will update the POA&M with any findings.`),
  b('Section 6: Planned Implementation Date'),
  p('September 1, 2026, after agency AO approval and completion of the 3PAO assessment.'),
  b('Section 7: Signatures'),
  sig([SO, 'System Owner', CSP], 'L. Vasquez-Hart'),
  sig(['Agency Authorizing Official', AGENCY]),
];

export async function scrDocx(): Promise<EvalDoc> {
  return docx('SCR_Form_KMS_migration.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'A FedRAMP Significant Change Request form for a change of key management, submitted to the agency AO.', {
    blocks: [{ t: 'title', text: 'FedRAMP Significant Change Request Form', size: 40 }, p(`${CSO} — SCR-2026-02`), ...scrBody()],
    header: `${CSO_ABBR} SCR-2026-02`,
    footer: CUI,
    meta: { title: 'FedRAMP Significant Change Request Form', creator: 'FedRAMP', lastModifiedBy: 'Dana Whitcomb' },
  });
}

export async function scrScan(): Promise<EvalDoc> {
  return pdf(
    'doc-0451.pdf',
    'SIGNIFICANT_CHANGE_REQUEST',
    'An earlier Significant Change Request (new external logging service) printed, signed and scanned with OCR.',
    {
      blocks: [
        { t: 'title', text: 'Significant Change Request' },
        p(`${CSO} — SCR-2026-01 — Submitted to ${AGENCY}`),
        ...scrBody().map((blk) =>
          blk.t === 'p' && blk.text.startsWith('Replace')
            ? { ...blk, text: 'Add a new external service: a FedRAMP Moderate authorized log analytics SaaS (package F2305123456) receiving security event data from the boundary over TLS 1.2, replacing the self-hosted Wazuh SIEM collector.' }
            : blk,
        ),
      ],
      header: 'FedRAMP Significant Change Request - SCR-2026-01',
    },
    { ocr: { seed: 'scr-scan', stamp: 'AO REVIEW' } },
  );
}

export async function deviationDocx(): Promise<EvalDoc> {
  return docx('Risk Adjustment Request.docx', 'DEVIATION_REQUEST', 'A FedRAMP Deviation Request form asking the AO for a risk adjustment and a false-positive determination on POA&M items.', {
    blocks: [
      { t: 'title', text: 'FedRAMP Deviation Request', size: 40 },
      p(`CSP: ${CSP}    System: ${CSO}    Request #: DR-2026-005    Date: 03/11/2026`),
      b('Part A – Request Type'),
      table([['Type', 'Selected'], ['False Positive (FP)', '☒'], ['Risk Adjustment (RA)', '☒'], ['Operational Requirement (OR)', '☐']]),
      b('Part B – Affected POA&M Items'),
      table([
        ['POA&M ID', 'Weakness', 'Original Risk', 'Requested Risk', 'Request'],
        ['W-0009', 'TLS 1.0 enabled on legacy status endpoint', 'Low', 'N/A', 'False positive: the status endpoint is served by a CDN that negotiates TLS 1.0 only for the scanner probe; origin accepts TLS 1.2+ only.'],
        ['V-0122', 'PostgreSQL 15.5 multiple vulnerabilities', 'High', 'Moderate', 'Risk adjustment: the vulnerable extension is not installed and the database is not reachable outside the data subnet.'],
      ]),
      b('Part C – Justification and Evidence'),
      p('Evidence attached: CDN TLS policy export, origin listener configuration, RDS parameter group and extension list, security group rules, and the vendor advisory showing the vulnerable code path requires the pg_trgm extension.'),
      b('Part D – Approvals'),
      sig([CISO, CISO_TITLE, CSP], 'Priya Natarajan'),
      sig(['Authorizing Official', AGENCY]),
    ],
    footer: CUI,
    meta: { title: 'Deviation Request', creator: 'Terrence Albright' },
  });
}

