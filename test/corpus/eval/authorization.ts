/** Agency authorization letters and FedRAMP package checklists. */
import {
  book, center, day, docx, gap, h1, longDate, p, pdf, saveBook, setRow, signedPdf, table, title, ul, usDate, writeTable,
} from './common.js';
import type { Block, CellValue, EvalDoc } from './common.js';
import { CORVANE, EDUCATION, HARBOR, INTERIOR, KESTREL, LUMEN, SBA, BRIGHTLINE } from './orgs.js';

async function atoLetter(): Promise<EvalDoc> {
  const csp = LUMEN;
  const ag = INTERIOR;
  const at = day(-150);
  const body: Block[] = [
    center('United States Department of the Interior', true),
    center('OFFICE OF THE SECRETARY'),
    center(ag.city),
    gap,
    p(longDate(at)),
    gap,
    p(csp.owner.name), p(csp.owner.title), p(csp.legal), p(csp.address),
    gap,
    p(`Dear Ms. ${csp.owner.name.split(' ').pop() ?? ''}:`),
    p(`The U.S. Department of the Interior (DOI) has completed its review of the FedRAMP security authorization package for the ${csp.system} (FedRAMP Package ID F2306141187), including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${KESTREL.legal}, and the Plan of Action and Milestones.`),
    p(`Based on that review, I have determined that the risk to DOI operations, assets and individuals from operating the ${csp.system} at the FedRAMP ${csp.level} impact level is acceptable. Accordingly, I grant an Authority to Operate (ATO) for the ${csp.system} effective on the date of this letter.`),
    p('This authorization is subject to the following conditions:'),
    ul(
      'Lumenfield will maintain continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide and deliver monthly POA&M, inventory and vulnerability scan results to DOI.',
      'Open High risks identified in the SAR will be remediated within 30 days and Moderate risks within 90 days of the original detection date.',
      'Significant changes will be submitted for DOI approval before implementation.',
      'An annual assessment will be performed by a FedRAMP-recognized 3PAO.',
    ),
    p('This ATO will remain in effect as long as the conditions above are met and the risk posture of the system remains acceptable. DOI will share this authorization with the FedRAMP PMO so that other agencies may reuse the package.'),
    gap,
    p('Sincerely,'),
    gap, gap, gap,
    p(ag.ao.name),
    p(ag.ao.title),
    p(`cc: FedRAMP PMO; ${ag.reviewer.name}, ${ag.reviewer.title}`),
  ];
  return {
    file: 'DOI_signed_0222.pdf',
    expected: 'ATO_LETTER',
    format: 'pdf',
    note: 'agency ATO letter on letterhead, drawn signature + digital-signature appearance',
    data: await signedPdf({ props: { creator: 'DOI OCIO' }, body, date: at }, { name: ag.ao.name, dn: 'TENNYSON.MARGARET.L.1500234567', at }, { producer: 'Adobe PDF Library 23.8.53' }),
  };
}

async function atoMemo(): Promise<EvalDoc> {
  const csp = CORVANE;
  const ag = EDUCATION;
  const at = day(-35);
  const body: Block[] = [
    center('UNITED STATES DEPARTMENT OF EDUCATION', true),
    center(ag.bureau),
    gap,
    title('ATO Memorandum', 'medium'),
    table(['', ''], [
      ['MEMORANDUM FOR', `${csp.owner.name}, ${csp.owner.title}, ${csp.legal}`],
      ['FROM', `${ag.ao.name}, ${ag.ao.title}`],
      ['DATE', longDate(at)],
      ['SUBJECT', `Authorization Decision - ${csp.system} (FedRAMP High)`],
    ]),
    gap,
    p(`1. Having reviewed the security authorization package of the ${csp.system}, the results of the independent assessment performed by ${BRIGHTLINE.legal}, and the associated plan of action and milestones, I authorize the system to operate for use by ${ag.bureau}.`),
    p('2. Authorization term: this authorization remains in effect subject to ongoing authorization through continuous monitoring. It may be revoked at any time if the risk becomes unacceptable.'),
    p('3. Terms and conditions: (a) customer-managed keys remain under agency control; (b) the CSP delivers monthly ConMon artifacts by the 15th of each month; (c) the two Moderate findings related to audit review (AU-6) are remediated within 90 days.'),
    p('4. The authorizing official accepts the residual risk described in the Security Assessment Report.'),
    p(`5. Point of contact for this memorandum is ${ag.reviewer.name}, ${ag.reviewer.email}.`),
    gap, gap, gap,
    p(ag.ao.name),
    p('Authorizing Official'),
  ];
  return {
    file: 'memo_signed.pdf',
    expected: 'ATO_LETTER',
    format: 'pdf',
    note: 'retitled "ATO Memorandum" in memo format; "Authority to Operate" never spelled out',
    data: await signedPdf({ props: { title: 'ATO Memorandum', creator: 'ED FSA' }, body, date: at }, { name: ag.ao.name, dn: 'CASTILLE.RAYMOND.J.1400876543', at }),
  };
}

async function atoWord(): Promise<EvalDoc> {
  const csp = HARBOR;
  const ag = SBA;
  const at = day(-8);
  const body: Block[] = [
    center('U.S. SMALL BUSINESS ADMINISTRATION', true),
    center('409 Third Street SW, Washington, DC 20416'),
    gap,
    p(longDate(at)),
    p(`${csp.legal}`),
    p(`Attn: ${csp.owner.name}`),
    gap,
    p(`Re: Agency Authorization Decision for ${csp.system}`),
    gap,
    p(`The SBA Office of the Chief Information Officer has reviewed the FedRAMP Moderate security package for ${csp.system}, including the ${KESTREL.short} Security Assessment Report and the authorization recommendation therein. I have determined the residual risk to be acceptable and hereby authorize the use of ${csp.system} by SBA. This letter constitutes SBA's authority to operate for the service and may be provided to the FedRAMP PMO for listing on the FedRAMP Marketplace.`),
    p('The authorization is conditioned on continued compliance with FedRAMP continuous monitoring requirements and on notification to SBA of any security incident within one hour of discovery.'),
    gap,
    p('/s/'),
    p(ag.ao.name),
    p(`${ag.ao.title} and Authorizing Official`),
  ];
  return {
    file: 'SBA-HD-letter.docx',
    expected: 'ATO_LETTER',
    format: 'docx',
    note: 'authorization decision letter as Word ("/s/" signature), wording "authority to operate" in lower case mid-paragraph',
    data: await docx({ props: { creator: ag.reviewer.name, company: ag.agency }, body, date: at }),
  };
}

// ---------------------------------------------------------------- checklists

const ITEMS: [string, string][] = [
  ['System Security Plan (SSP)', 'SSP'],
  ['Att. 1 Information Security Policies & Procedures', 'SSP Attachment'],
  ['Att. 2 User Guide', 'SSP Attachment'],
  ['Att. 3 Digital Identity Worksheet', 'SSP Attachment'],
  ['Att. 4 Privacy Threshold Analysis / Privacy Impact Assessment', 'SSP Attachment'],
  ['Att. 5 Rules of Behavior', 'SSP Attachment'],
  ['Att. 6 Information System Contingency Plan', 'SSP Attachment'],
  ['Att. 7 Configuration Management Plan', 'SSP Attachment'],
  ['Att. 8 Incident Response Plan', 'SSP Attachment'],
  ['Att. 9 Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook', 'SSP Attachment'],
  ['Att. 10 FIPS 199', 'SSP Attachment'],
  ['Att. 11 Separation of Duties Matrix', 'SSP Attachment'],
  ['Att. 12 FedRAMP Laws and Regulations', 'SSP Attachment'],
  ['Att. 13 Integrated Inventory Workbook', 'SSP Attachment'],
  ['Security Assessment Plan (SAP)', '3PAO'],
  ['Security Assessment Report (SAR) incl. appendices and risk exposure table', '3PAO'],
  ['Plan of Action and Milestones (POA&M)', 'CSP'],
  ['Continuous Monitoring Plan', 'CSP'],
  ['Agency ATO Letter', 'Agency'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const csp = LUMEN;
  const wb = book({ creator: csp.isso.name, date: day(-140), company: csp.legal, title: 'Initial Authorization Package Checklist' });
  const ws = wb.addWorksheet('Package Checklist');
  setRow(ws, 1, ['FedRAMP Initial Authorization Package Checklist']);
  setRow(ws, 2, ['CSP', csp.legal, 'CSO', csp.system, 'Impact Level', csp.level]);
  setRow(ws, 3, ['Agency', INTERIOR.agency, 'Package ID', 'F2306141187']);
  const rows: CellValue[][] = ITEMS.map(([d, owner], i) => [i + 1, d, owner, 'Yes', `LIP_${String(i).padStart(2, '0')}`, i === 17 ? 'Provided as SSP Appendix' : '', 'Yes']);
  writeTable(ws, 5, ['#', 'Deliverable', 'Prepared By', 'Included? (Yes/No)', 'File Name', 'Comments', 'Uses Current FedRAMP Template?'], rows, { width: 22 });
  const q = wb.addWorksheet('Package Review Questions');
  writeTable(q, 1, ['Question', 'Response'], [
    ['Does the SSP identify the same impact level as the FIPS 199?', 'Yes'],
    ['Were all controls of the baseline tested by the 3PAO?', 'Yes'],
    ['Are all High findings from the SAR in the POA&M?', 'Yes'],
    ['Is the ATO letter signed by the agency authorizing official?', 'Yes'],
    ['Were scans authenticated and do they cover 100% of the inventory?', 'Yes'],
  ], { width: 60 });
  return {
    file: 'LIP-0214.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    format: 'xlsx',
    note: 'initial authorization package checklist workbook listing every deliverable (cites all other types)',
    data: await saveBook(wb, day(-140)),
  };
}

async function checklistWord(): Promise<EvalDoc> {
  const csp = CORVANE;
  const body: Block[] = [
    title('Authorization Package Checklist'),
    center(`${csp.system} - Agency Authorization by ${EDUCATION.agency}`),
    p('Complete this checklist and upload it with the package to the FedRAMP secure repository. Every item marked required must be present before the PMO review begins.'),
    h1('Package Contents'),
    table(['Required', 'Item', 'Present', 'Version / Date'], ITEMS.map(([d], i) => ['Yes', d, i === 17 ? '[ ]' : '[X]', i === 17 ? 'Pending' : usDate(day(-40 - i))])),
    h1('Package Quality'),
    table(['Check', 'Result'], [['All documents use current FedRAMP templates', '[X]'], ['All documents are free of template placeholder text', '[X]'], ['Files are named per the FedRAMP naming convention', '[X]'], ['SAR risk exposure table matches POA&M', '[X]']]),
    h1('Sign-Off'),
    p(`Prepared by: ${csp.isso.name}, ${usDate(day(-30))}`),
  ];
  return {
    file: 'ccg-readiness.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    format: 'docx',
    note: 'Word "Authorization Package Checklist" with checkbox table',
    data: await docx({ props: { creator: csp.isso.name, company: csp.legal }, body, date: day(-30) }),
  };
}

async function checklistPdf(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [
    table(['Deliverable', 'Owner', 'Status', 'Location in Repository'], ITEMS.map(([d, o], i) => [d, o, i < 16 ? 'Uploaded' : i === 18 ? 'Uploaded (signed)' : 'Uploaded', `/HarborDesk/Initial/${String(i + 1).padStart(2, '0')}`])),
    p(`Package submitted to the FedRAMP PMO on ${longDate(day(-6))} by ${csp.isso.name}. Agency point of contact: ${SBA.reviewer.name}.`),
  ];
  return {
    file: 'hd-upload-status.pdf',
    expected: 'AUTHORIZATION_CHECKLIST',
    format: 'pdf',
    note: 'checklist as a single table; its name only in the running header and metadata',
    data: await pdf({ props: { title: 'FedRAMP Package Checklist - HarborDesk', creator: csp.isso.name }, header: 'HarborDesk Service Management - FedRAMP Initial Authorization Package Checklist', body, date: day(-6) }),
  };
}

export async function authorizationDocs(): Promise<EvalDoc[]> {
  return [await atoLetter(), await atoMemo(), await atoWord(), await checklistXlsx(), await checklistWord(), await checklistPdf()];
}
