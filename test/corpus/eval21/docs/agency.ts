import { renderDocx } from '../kit/docx.js';
import type { ProseDoc } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { newWorkbook, putRows, workbookBuffer } from '../kit/xlsx.js';
import { ORG } from './common.js';
import type { Spec } from './common.js';

function atoLetter(system: string, level: string, date: string): ProseDoc {
  return {
    title: `${ORG.agency.toUpperCase()}`,
    subtitle: 'Office of the Chief Information Officer — 1315 East-West Highway, Silver Spring, MD 20910',
    body: [
      { p: date },
      { p: 'MEMORANDUM FOR: FedRAMP Program Management Office, General Services Administration', bold: true },
      { p: `FROM: ${ORG.ao}, ${ORG.aoTitle}` },
      { p: `SUBJECT: Authority to Operate for ${ORG.csp} ${system}`, bold: true },
      { p: `The ${ORG.agency} (${ORG.agencyShort}) has reviewed the security authorization package for ${system}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${ORG.tpao}, and the Plan of Action and Milestones. Based on the assessed risk to agency operations, agency assets and individuals, I have determined that the residual risk is acceptable.` },
      { p: `Accordingly, I hereby grant an Authority to Operate (ATO) for ${system} at the FedRAMP ${level} impact level. This authorization is valid for three years from the date of this letter provided that the CSP maintains the continuous monitoring program, remediates POA&M items within FedRAMP timeframes, and reports significant changes before implementation.` },
      { p: 'This ATO is subject to the following conditions:' },
      { ol: ['Open Moderate findings are remediated within 90 days of the assessment.', 'The legacy Git endpoint accepting CBC cipher suites is retired by December 31, 2025.', 'Monthly continuous monitoring deliverables are provided through the FedRAMP secure repository.'] },
      { p: `${ORG.agencyShort} agrees to share this authorization with the FedRAMP PMO so that other agencies may leverage the package. Questions may be directed to the ${ORG.agencyShort} ISSM, Tomas Ferreira, at tomas.ferreira@nhda.example.gov.` },
      { p: '/s/' },
      { p: `${ORG.ao}` },
      { p: `${ORG.aoTitle}` },
      { p: `cc: ${ORG.cto}, System Owner, ${ORG.csp}; ${ORG.isso}, ISSO` },
    ],
  };
}

async function checklistXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: ORG.isso });
  const ws = wb.addWorksheet('Checklist');
  putRows(ws, 1, [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${ORG.csp}`, null, `CSO: ${ORG.cso}`], ['Impact level: Moderate', null, 'Authorization type: Agency'], []]);
  const items = [
    ['1', 'Transmittal letter / ATO letter from the agency', 'Yes', 'NHDA ATO letter 2025-09-15'],
    ['2', 'System Security Plan (SSP) using the FedRAMP Rev5 template', 'Yes', 'SSP v2.5'],
    ['2.1', 'Attachment 1 — Information Security Policies and Procedures', 'Yes', ''],
    ['2.2', 'Attachment 2 — User Guide', 'Yes', ''],
    ['2.3', 'Attachment 3 — Digital Identity Worksheet', 'Yes', ''],
    ['2.4', 'Attachment 4 — PTA/PIA', 'Yes', ''],
    ['2.5', 'Attachment 5 — Rules of Behavior', 'Yes', ''],
    ['2.6', 'Attachment 6 — Information System Contingency Plan and test report', 'Yes', 'CP test 2025-06'],
    ['2.7', 'Attachment 7 — Configuration Management Plan', 'Yes', ''],
    ['2.8', 'Attachment 8 — Incident Response Plan', 'Yes', ''],
    ['2.11', 'Attachment 11 — Separation of Duties Matrix', 'Yes', ''],
    ['2.13', 'Attachment 13 — Integrated Inventory Workbook', 'Yes', ''],
    ['3', 'Security Assessment Plan (SAP) signed by the agency', 'Yes', ''],
    ['4', 'Security Assessment Report (SAR) with all appendices', 'Yes', 'Incl. penetration test report'],
    ['5', 'Plan of Action and Milestones (POA&M)', 'Yes', ''],
    ['6', 'Continuous Monitoring Plan / strategy', 'Yes', ''],
    ['7', 'Control Implementation Summary (CIS) and CRM workbook', 'Yes', ''],
    ['8', 'Are all documents marked CUI and free of template guidance text?', 'Yes', ''],
    ['9', 'Is the SSP consistent with the SAR regarding boundary and inventory?', 'Yes', 'Checked by ISSO'],
  ];
  putRows(ws, 5, [['Item', 'Package Item / Question', 'Included (Yes/No)', 'Comments'], ...items], true);
  return workbookBuffer(wb);
}

function checklistDoc(): ProseDoc {
  return {
    title: 'FedRAMP Initial Authorization Package Checklist',
    subtitle: `${ORG.cso2} — Agency Authorization`,
    body: [
      { p: 'Use this checklist to confirm that the initial authorization package is complete before it is uploaded to the FedRAMP secure repository and the PMO is notified.' },
      { h: 1, text: 'Package Information', numbered: false },
      { table: { head: ['Field', 'Entry'], rows: [['CSP', ORG.csp], ['CSO', ORG.cso2], ['Impact Level', 'Low'], ['Sponsoring Agency', ORG.agency], ['3PAO', ORG.tpao]] } },
      { h: 1, text: 'Checklist', numbered: false },
      { table: { head: ['#', 'Item', 'Included', 'Location in repository'], rows: [
        ['1', 'Agency ATO letter', 'Yes', '/FAV/Initial/ATO'], ['2', 'System Security Plan and all attachments', 'Yes', '/FAV/Initial/SSP'], ['3', 'Security Assessment Plan', 'Yes', '/FAV/Initial/SAP'], ['4', 'Security Assessment Report', 'Yes', '/FAV/Initial/SAR'], ['5', 'POA&M', 'Yes', '/FAV/Initial/POAM'], ['6', 'Integrated Inventory Workbook', 'Yes', '/FAV/Initial/SSP/Att13'], ['7', 'Vulnerability scan files (raw) from the assessment', 'Yes', '/FAV/Initial/SAR/Scans'], ['8', 'Penetration test report', 'Yes', '/FAV/Initial/SAR/AppD'],
      ] } },
      { h: 1, text: 'Attestation', numbered: false },
      { p: 'The CSP confirms that the package above is complete, that the documents are the final versions approved by the agency, and that no template instructions remain.' },
      { table: { head: ['Name', 'Role', 'Date'], rows: [[ORG.isso, 'ISSO, Forgeline', '2025-06-20']] } },
    ],
  };
}

export const agencySpecs: Spec[] = [
  { file: 'NHDA_ATO_FCBG_signed.pdf', expected: 'ATO_LETTER', note: 'Agency Authority to Operate memorandum (PDF printed from Word) signed by the authorizing official, with conditions.', build: () => renderPdf(atoLetter(ORG.cso, 'Moderate', 'September 15, 2025'), { columns: 1, family: 'times', titlePage: false, runningHeader: false, footer: false, ligatures: false, hyphenate: false, justify: false, meta: { ...PDF_TOOLCHAINS.word, title: 'Microsoft Word - ATO Memo FCBG final.docx', author: 'rokafor' }, date: new Date(Date.UTC(2025, 8, 15, 20)) }) },
  { file: 'letter.docx', expected: 'ATO_LETTER', note: 'Word draft of the agency ATO letter for the Artifact Vault (Low), letterhead in the page header.', build: () => renderDocx(atoLetter(ORG.cso2, 'Low', 'June 27, 2025'), { flavor: 'word', cover: 'none', header: `${ORG.agency} | Office of the CIO`, meta: { creator: 'Tomas Ferreira', title: 'Memo template' } }) },
  { file: 'package-checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook with items and Included column.', build: checklistXlsx },
  { file: 'upload (7).docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word FedRAMP Initial Authorization Package Checklist for the Artifact Vault with repository locations.', build: () => renderDocx(checklistDoc(), { flavor: 'word', cover: 'table', footer: 'Page {page}' }) },
];
