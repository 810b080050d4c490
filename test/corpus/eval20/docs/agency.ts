import { big, center, h2, p, space, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP, TPAO } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx, type Cell } from '../kit/xlsx.js';
import { at, w3c, type DocDef } from '../kit/types.js';

function atoBody(date: string): Block[] {
  return [
    p(date),
    space,
    p(`MEMORANDUM FOR: ${CSP.ceo}, Chief Executive Officer, ${CSP.name}`),
    p(`THROUGH: ${AGENCY.ciso}, Chief Information Security Officer`),
    p(`FROM: ${AGENCY.ao}, ${AGENCY.aoTitle}`),
    p(`SUBJECT: Authority to Operate (ATO) for the ${CSP.cso} (${CSP.abbr}), FedRAMP Package ID ${CSP.fedrampId}`),
    space,
    p(`The ${AGENCY.name} (${AGENCY.abbr}) has completed its review of the security authorization package for ${CSP.cso}, including the System Security Plan version 3.2, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO.name}, and the Plan of Action and Milestones dated March 31, 2026.`),
    p(`Based on the risk assessment documented in the package and the authorization recommendation of the independent assessor, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of ${CSP.abbr} is acceptable. Accordingly, I hereby grant an Authority to Operate for ${CSP.abbr} at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this memorandum unless a significant change or a deterioration in the security posture requires a new decision.`),
    p('This authorization is subject to the following conditions:'),
    ul('The moderate risks listed in the POA&M are remediated within the FedRAMP timeframes; status is reported monthly.', 'Monthly continuous monitoring deliverables (updated POA&M, vulnerability scan results, integrated inventory) are provided to the FGOA ISSO by the 15th of each month.', 'Significant changes are submitted for approval before implementation.', 'An annual assessment is performed by an accredited 3PAO.'),
    p(`${AGENCY.abbr} will upload this letter with the authorization package to the FedRAMP secure repository so that the package can be reused by other agencies. Questions regarding this memorandum may be addressed to ${AGENCY.ciso} at (202) 555-0190.`),
    space,
    p('/s/ digitally signed'),
    p(AGENCY.ao),
    p(AGENCY.aoTitle),
    p(AGENCY.name),
    space,
    p(`cc: FedRAMP PMO (info@fedramp.gov); ${AGENCY.cor}, COR; ${AGENCY.co}, Contracting Officer`),
  ];
}

async function atoPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [center(AGENCY.dept.toUpperCase(), 12), center(AGENCY.name.toUpperCase(), 11), center(`${AGENCY.addr}`, 9), space, ...atoBody('April 17, 2026')],
      footer: 'Digitally signed by OKAFOR.LENA.1502233391 Date: 2026.04.17 15:22:08 -04\'00\'',
      info: { title: 'Scanned Document', author: 'FGOA OCIO', producer: 'Adobe Acrobat Pro (64-bit) 24.1.20' },
      serif: true,
    },
    at('2026-04-17'),
  );
}

async function atoDocx(): Promise<Buffer> {
  const body = atoBody('May 8, 2026').map((x) =>
    x.k === 'p' && x.text.startsWith('SUBJECT:')
      ? { ...x, text: `SUBJECT: Authority to Operate - ${CSP.cso}, FGOA Office of Audit tenant (leveraged FedRAMP authorization)` }
      : x,
  );
  return buildDocx(
    {
      blocks: [p(`${AGENCY.name} | Office of the Chief Information Officer`), ...body],
      header: [AGENCY.dept],
      core: { title: 'Memo template (OCIO letterhead)', creator: 'OCIO Front Office', lastModifiedBy: AGENCY.ciso, created: w3c('2021-03-01'), modified: w3c('2026-05-08') },
      font: 'Times New Roman',
    },
    at('2026-05-08'),
  );
}

const CHECK: [string, string, string][] = [
  ['System Security Plan (SSP)', 'Y', 'CCMP-SSP-v3.2.docx'],
  ['Attachment 1 - Information Security Policies and Procedures', 'Y', 'CCMP-A1-ISPP.docx'],
  ['Attachment 2 - User Guide', 'Y', 'CCMP-A2-UG.pdf'],
  ['Attachment 3 - Digital Identity Worksheet', 'Y', 'CCMP-A3-DIW.pdf'],
  ['Attachment 4 - Privacy Threshold Analysis / Privacy Impact Assessment', 'Y', 'CCMP-A4-PTA.docx; CCMP-PIA.pdf'],
  ['Attachment 5 - Rules of Behavior', 'Y', 'CCMP-A5-ROB.docx'],
  ['Attachment 6 - Information System Contingency Plan', 'Y', 'CCMP-A6-ISCP.docx'],
  ['Attachment 7 - Configuration Management Plan', 'Y', 'CCMP-A7-CMP.docx'],
  ['Attachment 8 - Incident Response Plan', 'Y', 'CCMP-A8-IRP.pdf'],
  ['Attachment 9 - CIS/CRM Workbook', 'Y', 'CCMP-A9-CIS-CRM.xlsx'],
  ['Attachment 10 - FIPS 199', 'Y', 'CCMP-A10-FIPS199.docx'],
  ['Attachment 11 - Separation of Duties Matrix', 'Y', 'CCMP-A11-SoD.xlsx'],
  ['Attachment 12 - FedRAMP Laws and Regulations', 'Y', 'CCMP-A12-Laws.xlsx'],
  ['Attachment 13 - Integrated Inventory Workbook', 'Y', 'CCMP-A13-Inventory.xlsx'],
  ['Security Assessment Plan (SAP) and appendices', 'Y', 'BAP-CCMP-SAP-v1.1.docx'],
  ['Security Assessment Report (SAR) and appendices, including scan results and penetration test report', 'Y', 'BAP-CCMP-SAR-v1.0.docx'],
  ['Plan of Action and Milestones (POA&M)', 'Y', 'CCMP-POAM-2026-03.xlsx'],
  ['Agency ATO Letter', 'Y', 'FGOA-ATO-CCMP-signed.pdf'],
  ['Continuous Monitoring Plan / Strategy', 'Y', 'CCMP-ConMon-Strategy.docx'],
];

async function checklistXlsx(): Promise<Buffer> {
  const rows: Cell[][] = [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['Complete this checklist and include it with the initial authorization package submitted to the FedRAMP PMO.'],
    [],
    ['CSP Name', CSP.name, 'CSO Name', CSP.cso],
    ['Package ID', CSP.fedrampId, 'Impact Level', 'Moderate'],
    ['Authorizing Agency', AGENCY.name, 'Date Submitted', '2026-04-20'],
    [],
    ['#', 'Package Item', 'Included (Y/N)', 'File Name', 'CSP Comments', 'PMO Review'],
    ...CHECK.map(([a, b, c], i) => [i + 1, a, b, c, '', '']),
    [],
    ['Checklist questions'],
    ['Are all documents on the current FedRAMP Rev. 5 templates?', 'Yes'],
    ['Has the SSP been reviewed and approved by the agency?', 'Yes - 01/30/2026'],
    ['Does the SAR include the 3PAO authorization recommendation?', 'Yes'],
    ['Is the POA&M consistent with the SAR findings and the latest scans?', 'Yes'],
    ['Is the ATO letter signed by the agency authorizing official?', 'Yes'],
  ];
  return buildXlsx(
    { sheets: [{ name: 'Checklist', rows, headerRows: [8], widths: [5, 70, 12, 34, 30, 20] }], core: { title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP PMO', lastModifiedBy: CSP.isso, created: w3c('2024-01-10'), modified: w3c('2026-04-20') } },
    at('2026-04-20'),
  );
}

async function checklistDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        center('FedRAMP', 12),
        big('Initial Authorization Package Checklist', 20),
        p(`Cloud Service Provider: ${CSP.name}    Cloud Service Offering: ${CSP.cso}    Authorizing Agency: ${AGENCY.abbr}`),
        p('Instructions: The CSP completes this checklist to confirm that each required document of the initial authorization package is present, on the current template, and uploaded to the FedRAMP secure repository.'),
        table([['Package Item', 'Included', 'Version / Date', 'Location in Repository'], ...CHECK.map(([a, b, c]) => [a, b === 'Y' ? '\u2713' : '', c, '/CCMP/Initial/'])]),
        h2('Attestation', true),
        p('The CSP attests that the package is complete and that the documents listed above are the versions reviewed by the authorizing agency.'),
        p(`${CSP.isso}, ISSO - 04/20/2026`),
      ],
      footer: ['FedRAMP Initial Authorization Package Checklist'],
      core: { title: 'upload (12)', created: w3c('2026-04-20'), modified: w3c('2026-04-20') },
    },
    at('2026-04-20'),
  );
}

export const agencyDocs: DocDef[] = [
  { file: 'doc-1107.pdf', expected: 'ATO_LETTER', note: 'Signed agency memorandum granting CCMP an Authority to Operate at Moderate, with conditions; PDF title is "Scanned Document".', make: atoPdf },
  { file: 'ATO_Letter_FGOA_Audit.docx', expected: 'ATO_LETTER', note: 'Agency ATO memorandum (Word, /s/ signature) for a second FGOA office leveraging the authorization; metadata is the letterhead template.', make: atoDocx },
  { file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package item, file name and checklist questions.', make: checklistXlsx },
  { file: 'upload (12).docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word version of the Initial Authorization Package Checklist with CSP attestation.', make: checklistDocx },
];
