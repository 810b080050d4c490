/**
 * eval41: an independent labelled corpus written from the point of view of a CSP whose compliance team lives in
 * Microsoft 365 (SharePoint properties, MIP labels, Teams transcripts, Outlook .eml, Planner/Forms/Viva exports).
 * Sources read at run time: test/fixtures/oscal/* (FedRAMP OSCAL templates, via test/support/fixtures.ts), altered here.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { fixture } from '../../support/fixtures.js';
import type { Block, DocModel, SheetSpec } from './kit.js';
import { mipLabel, sharePointCustomXml, sharePointProps, toDocx, toMarkdown, toPdf, toXlsx } from './kit.js';
import type { Section } from './common.js';
import { ABBR, AGENCY, CSP, STD_DIST, SYS, TPAO, approvals, cover, distribution, revisionHistory, sections, toc } from './common.js';
import * as A from './prose-attachments.js';
import * as C from './prose-core.js';
import * as U from './prose-unknown.js';
import * as S from './sheets.js';

export interface Eval41Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

const PRINT_TO_PDF = { creator: 'Microsoft\u00ae Word for Microsoft 365', producer: 'Microsoft: Print To PDF' };
const SAVED_FROM_WORD = { creator: 'Microsoft\u00ae Word for Microsoft 365', producer: 'Microsoft\u00ae Word for Microsoft 365' };
const CONF = 'Sensitivity: Confidential';

const REV: [string, string, string, string][] = [
  ['2023-11-02', '1.0', 'Initial release', 'P. Natarajan'],
  ['2024-06-17', '1.1', 'Annual review; updated roles', 'J. Lindqvist'],
  ['2025-02-28', '2.0', 'Rev. 5 transition and agency comments', 'P. Natarajan'],
];
const SIGNERS: [string, string][] = [['Dana Whitfield', 'System Owner'], ['Renee Achebe', 'Chief Information Security Officer'], ['Priya Natarajan', 'ISSO']];

/** A full prose document: cover, front matter, optional TOC, numbered sections. */
function prose(title: string, list: Section[], o: { sub?: string[]; toc?: boolean; styled?: boolean; front?: 'before' | 'after'; extra?: Block[] } = {}): Block[] {
  const front: Block[] = [...revisionHistory(REV), ...approvals(SIGNERS), ...distribution(STD_DIST), { k: 'break' }];
  const coverBlocks = cover(title, o.sub ?? [`${SYS} (${ABBR})`, CSP, 'Version 2.0 | February 28, 2025']);
  const body = [...(o.toc ? toc(list) : []), ...(o.extra ?? []), ...sections(list)];
  return o.front === 'before' ? [...front, ...coverBlocks, ...body] : [...coverBlocks, ...front, ...body];
}

function m365(docId: string, label: 'General' | 'Confidential' | 'Highly Confidential' | 'Internal' = 'Confidential'): Pick<DocModel, 'custom' | 'customXml'> {
  return { custom: { ...sharePointProps(docId), ...mipLabel(label, '2025-02-28T15:11:42Z') }, customXml: sharePointCustomXml(docId, 'Priya Natarajan') };
}

function transcriptVtt(lines: [string, string][]): string {
  const out = ['WEBVTT', ''];
  lines.forEach(([who, text], i) => {
    const s = 5 + i * 23;
    const t = (x: number): string => `00:${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}.000`;
    out.push(`${(0x1f3a + i).toString(16)}-4c1e-9b7a-${String(i).padStart(4, '0')}/${i}-0`, `${t(s)} --> ${t(s + 21)}`, `<v ${who}>${text}</v>`, '');
  });
  return out.join('\n');
}

function eml(m: { from: string; to: string; cc: string; subject: string; body: string[] }, date: string, id: string): string {
  return [
    `Received: from BN8PR09MB5411.namprd09.prod.outlook.com (2603:10b6:408:a2::17) by SA1PR09MB8123.namprd09.prod.outlook.com with HTTPS; ${date}`,
    `From: ${m.from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`CC: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${date}`,
    `Message-ID: <${id}@namprd09.prod.outlook.com>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    'X-MS-Has-Attach: ',
    'msip_labels: MSIP_Label_9c1e7d2a-41b5-4f0e-8a3c-5b27d61f0e44_Enabled=True;MSIP_Label_9c1e7d2a-41b5-4f0e-8a3c-5b27d61f0e44_Name=Internal',
    '',
    ...m.body,
    '',
  ].join('\r\n');
}

async function oscalDocs(): Promise<Eval41Doc[]> {
  const read = (f: string): Promise<string> => readFile(fixture(`oscal/${f}`), 'utf8');
  const out: Eval41Doc[] = [];

  const sspY = YAML.parse(await read('FedRAMP-SSP-OSCAL-Template.yaml')) as { 'system-security-plan': { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> } };
  const ssp = sspY['system-security-plan'];
  ssp.metadata.title = `${SYS} System Security Plan`;
  ssp.metadata['last-modified'] = '2025-02-28T15:00:00Z';
  ssp.metadata.version = '2.3';
  ssp['system-characteristics']['system-name'] = SYS;
  ssp['system-characteristics']['system-name-short'] = ABBR;
  out.push({ file: 'nlgp_ssp_v2.3.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan altered from the FedRAMP template with the NLGP system name.', data: YAML.stringify(sspY) });

  const sap = (await read('FedRAMP-SAP-OSCAL-Template.xml'))
    .replace('[System Name] FedRAMP Security Assessment Plan (SAP)', `${SYS} Security Assessment Plan - Initial Assessment 2025`)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-03-21T12:00:00Z</last-modified>');
  out.push({ file: 'Kestrel-deliverable-0321.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan from the FedRAMP SAP template, retitled for the NLGP initial assessment.', data: sap });

  const sar = JSON.parse(await read('FedRAMP-SAR-OSCAL-Template.json')) as { 'assessment-results': { metadata: Record<string, unknown> } };
  sar['assessment-results'].metadata.title = `${SYS} Security Assessment Results`;
  sar['assessment-results'].metadata['last-modified'] = '2025-05-30T17:00:00Z';
  out.push({ file: 'upload (3).json', expected: 'SAR', note: 'OSCAL JSON assessment-results from the FedRAMP SAR template with NLGP metadata.', data: JSON.stringify(sar, null, 2) });

  const poam = JSON.parse(await read('FedRAMP-POAM-OSCAL-Template.json')) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  poam['plan-of-action-and-milestones'].metadata.title = `${ABBR} Plan of Action and Milestones - March 2025`;
  out.push({ file: 'ssp-attachment-export.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template, retitled); the file name misleadingly suggests an SSP attachment.', data: JSON.stringify(poam) });
  return out;
}

function poamSheets(variant: 'template' | 'drift'): SheetSpec[] {
  const open = S.poamRows(41, 14);
  const closed = S.poamRows(42, 5);
  if (variant === 'template') {
    const top = (rows: (string | number | null)[][]): (string | number | null)[][] => [
      ['FedRAMP Plan of Action and Milestones (POA&M) Template'],
      ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
      [CSP, SYS, 'Moderate', '03/01/2025'],
      [],
      S.POAM_HEADERS,
      ...rows,
    ];
    return [
      { name: 'Open POA&M Items', rows: top(open), widths: [10, 10, 30, 40] },
      { name: 'Closed POA&M Items', rows: top(closed) },
      { name: 'Configuration Findings', rows: top([]) },
      { name: 'Record of Changes', rows: [[], [null, 'Record of Changes'], [null, 'Date', 'Description', 'Version', 'Author'], [null, '03/01/2025', 'Monthly ConMon update', '2025.03', 'P. Natarajan']] },
    ];
  }
  const headers = S.POAM_HEADERS.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Controls' ? 'Security Control(s)' : h));
  return [
    {
      name: 'Open POA&M Items',
      rows: [[`${ABBR} - Plan of Action & Milestones`], ['Sensitivity: Confidential - CUI//SP-PRVCY when filled'], ['CSP', CSP], ['System', SYS], ['Impact', 'Moderate'], ['Reporting period', 'February 2025'], headers, ...open],
      tableAt: 7,
      tableName: 'tblOpenPOAM',
    },
    { name: 'Closed POA&M Items', rows: [headers, ...closed], tableAt: 1, tableName: 'tblClosedPOAM' },
  ];
}

function inventorySheets(variant: 'template' | 'table'): SheetSpec[] {
  const rows = S.inventoryRows(variant === 'template' ? 7 : 8, variant === 'template' ? 24 : 18);
  if (variant === 'template') {
    return [
      { name: 'Inventory', rows: [['All Inventories', null, null, null, null, 'OS/Infrastructure Inventory', null, null, null, null, null, null, null, null, 'Software and Database Inventories', null, null, null, 'Any Inventory'], S.INV_HEADERS, ...rows], widths: [24, 16] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['03/01/2025', 'Monthly update', '2025.03', 'E. Cruz']] },
    ];
  }
  const headers = S.INV_HEADERS.map((h) => (h === 'Virtual' ? 'Virtual (Y/N)' : h === 'Public' ? 'Public (Y/N)' : h));
  return [
    { name: 'Summary', rows: [['Integrated inventory - generated from AWS Config aggregator via Power Query'], ['Last refresh', '2025-03-02 06:00'], ['Rows', rows.length]] },
    { name: 'Inventory', rows: [headers, ...rows], tableAt: 1, tableName: 'tblInventory' },
  ];
}

export async function buildEval41Docs(): Promise<Eval41Doc[]> {
  const docs: Eval41Doc[] = [];
  const add = (file: string, expected: DeliverableType, note: string, data: Buffer | string): void => {
    docs.push({ file, expected, note, data });
  };
  const meta = (title: string | undefined, extra: Record<string, string> = {}): DocModel['meta'] => ({ ...(title === undefined ? {} : { title }), creator: 'Priya Natarajan', lastModifiedBy: 'Jake Lindqvist', ...extra });

  // ---------------- SSP
  add('Final_v7.docx', 'SSP', 'Word SSP with cover page, revision history, approvals, TOC and AC/CM/RA/SI implementation statements.',
    await toDocx({ blocks: prose('System Security Plan', C.ssp, { toc: true, sub: [SYS, 'FedRAMP Moderate | Agency Authorization', CSP, 'Version 2.3 | February 28, 2025'] }), header: `${CONF} | ${ABBR} SSP v2.3`, footer: 'Controlled Unclassified Information', meta: meta('NLGP SSP', { keywords: 'FedRAMP; SSP; Moderate' }), ...m365('GRCDOC-1234-88') }));
  add('doc-0412.pdf', 'SSP', 'SSP printed to PDF from Word; metadata title is the file name, body is the System Security Plan.',
    await toPdf({ blocks: prose('System Security Plan', C.ssp, { front: 'before' }), header: `${CONF}`, footer: `${ABBR} System Security Plan` }, { title: 'Final_v7.docx', author: 'Priya Natarajan', ...PRINT_TO_PDF }));

  // ---------------- attachments (docx + pdf/md/txt)
  add('AC Policy and Procedures.docx', 'POLICIES_AND_PROCEDURES', 'SSP Attachment 1: Access Control policy and procedures mapped to NIST 800-53/FedRAMP.',
    await toDocx({ blocks: prose('Access Control Policy and Procedures', A.policiesAC, { sub: ['SSP Attachment 1 - Information Security Policies and Procedures', SYS, 'Version 2.0'] }), header: CONF, meta: meta('Document1'), ...m365('GRCDOC-1234-91') }));
  add('scan_0007.pdf', 'POLICIES_AND_PROCEDURES', 'AU family policy and procedures (SSP Attachment 1) saved from Word as PDF.',
    await toPdf({ blocks: prose('Audit and Accountability Policy and Procedures', A.policiesAU, { styled: false }), header: CONF, footer: 'Internal use' }, { ...SAVED_FROM_WORD }));
  add('NLGP_UserGuide_Customer.docx', 'USER_GUIDE', 'SSP Attachment 2: customer administrator user guide (SSO, roles, audit export).',
    await toDocx({ blocks: prose(`${ABBR} User Guide`, A.userGuide, { sub: ['For customer agency administrators and end users', 'SSP Attachment 2'] }), styledHeadings: false, header: 'Sensitivity: General', meta: meta('User Guide'), ...m365('GRCDOC-1234-95', 'General') }));
  add('user-guide.md', 'USER_GUIDE', 'The same kind of user guide exported as Markdown from the product wiki.',
    toMarkdown({ blocks: [{ k: 'title', text: 'NimbusLedger GovCloud Platform - User Guide' }, { k: 'small', text: 'Last updated 2025-02-20 by docs-team. SSP Attachment 2.' }, ...sections(A.userGuide)] }));
  add('Attachment3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'SSP Attachment 3 Digital Identity Worksheet with IAL/AAL/FAL selection per SP 800-63-3.',
    await toDocx({ blocks: prose('Digital Identity Worksheet', A.digitalIdentity, { sub: [SYS, 'SSP Attachment 3'] }), header: CONF, meta: meta('FedRAMP SSP Attachment 3 Template'), ...m365('GRCDOC-1234-97') }));
  add('doc-0413.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet printed to PDF, no PDF title metadata.',
    await toPdf({ blocks: prose('Digital Identity Worksheet', A.digitalIdentity, { front: 'before' }), header: CONF }, { ...PRINT_TO_PDF }));
  add('PTA_NLGP_2025.docx', 'PRIVACY_ASSESSMENT', 'Privacy Threshold Analysis (SSP Attachment 4) concluding that a PIA is required.',
    await toDocx({ blocks: prose('Privacy Threshold Analysis (PTA)', A.pta, { sub: [SYS, 'SSP Attachment 4'] }), header: CONF, meta: meta('PTA'), ...m365('GRCDOC-1234-99') }));
  add('Final_v2.pdf', 'PRIVACY_ASSESSMENT', 'Privacy Impact Assessment for NLGP saved as PDF from Word.',
    await toPdf({ blocks: prose('Privacy Impact Assessment (PIA)', A.pia, { styled: false }), header: 'Sensitivity: Confidential', footer: 'PIA - NLGP' }, { title: 'PIA', author: 'Privacy Office', ...SAVED_FROM_WORD }));
  add('ROB_signed_template.docx', 'RULES_OF_BEHAVIOR', 'SSP Attachment 5 Rules of Behavior with acknowledgement block.',
    await toDocx({ blocks: prose('Rules of Behavior', A.robPrivileged, { sub: [SYS, 'Privileged and Non-Privileged Users', 'SSP Attachment 5'] }), header: CONF, meta: meta('Rules of Behavior (RoB)'), ...m365('GRCDOC-1234-101') }));
  add('upload (1).pdf', 'RULES_OF_BEHAVIOR', 'Rules of Behavior printed to PDF; metadata title left from another document.',
    await toPdf({ blocks: [{ k: 'title', text: 'Rules of Behavior' }, { k: 'p', text: `${SYS} - ${CSP}` }, ...sections(A.robPrivileged)], header: CONF }, { title: 'Onboarding checklist', ...PRINT_TO_PDF }));
  add('ISCP_v3.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan (SP 800-34) with RTO/RPO and phases.',
    await toDocx({ blocks: prose('Information System Contingency Plan', A.iscp, { toc: true, sub: [SYS, 'SSP Attachment 6', 'Version 3.0'] }), header: CONF, meta: meta('ISCP'), ...m365('GRCDOC-1234-103') }));
  add('doc-0419.pdf', 'CONTINGENCY_PLAN', 'ISCP saved as PDF, front matter before the title.',
    await toPdf({ blocks: prose('Information System Contingency Plan (ISCP)', A.iscp, { front: 'before' }), header: CONF, footer: 'NLGP ISCP' }, { ...SAVED_FROM_WORD }));
  add('cm-plan.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan with baselines and change control classes.',
    await toDocx({ blocks: prose('Configuration Management Plan', A.cmp, { sub: [SYS, 'SSP Attachment 7'] }), header: CONF, styledHeadings: false, meta: {}, ...m365('GRCDOC-1234-105') }));
  add('CMP (Loop export).md', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan exported from a Loop page as Markdown.',
    toMarkdown({ blocks: [{ k: 'title', text: `${ABBR} Configuration Management Plan` }, { k: 'small', text: 'Loop page - GRC workspace - edited by Elena Cruz' }, ...sections(A.cmp)] }));
  add('IRP_2025.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan per SP 800-61 with US-CERT reporting.',
    await toDocx({ blocks: prose('Incident Response Plan', A.irp, { toc: true, sub: [SYS, 'SSP Attachment 8'] }), header: CONF, meta: meta('Incident Response Plan'), ...m365('GRCDOC-1234-107') }));
  add('Final_v7.pdf', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan printed to PDF (same neutral name pattern as the SSP).',
    await toPdf({ blocks: prose('Incident Response Plan', A.irp), header: CONF }, { title: 'Final_v7', ...PRINT_TO_PDF }));
  add('FIPS199_NLGP.docx', 'FIPS_199', 'FIPS 199 Categorization with SP 800-60 information types and overall Moderate.',
    await toDocx({ blocks: prose('FIPS 199 Categorization', A.fips199, { sub: [SYS, 'SSP Attachment 10'] }), header: CONF, meta: meta('FIPS 199'), ...m365('GRCDOC-1234-109') }));
  add('security-categorization.pdf', 'FIPS_199', 'FIPS 199 security categorization saved as PDF.',
    await toPdf({ blocks: [{ k: 'small', text: CONF }, { k: 'title', text: 'FIPS 199 Security Categorization' }, { k: 'p', text: SYS }, ...sections(A.fips199)] }, { ...SAVED_FROM_WORD, title: 'FIPS 199' }));
  add('SCRM Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan (SR-2) for NLGP.',
    await toDocx({ blocks: prose('Supply Chain Risk Management Plan', A.scrmPlan, { sub: [SYS, CSP] }), header: CONF, meta: meta('SCRM Plan'), ...m365('GRCDOC-1234-111') }));
  add('doc-0420.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'SCRM Plan printed to PDF.',
    await toPdf({ blocks: prose('Supply Chain Risk Management Plan', A.scrmPlan, { front: 'before' }), header: CONF }, { ...PRINT_TO_PDF }));

  // SoD, laws, CIS/CRM
  const sodHeader = ['Function / Duty', ...S.SOD_ROLES];
  add('AwesomeCloud SOD Matrix copy.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix (roles x duties) with a ListObject table; name left from a sample.',
    await toXlsx([{ name: 'SoD Matrix', rows: [['Separation of Duties Matrix'], [SYS], ['X = performs, A = approves; no role both performs and approves the same duty'], sodHeader, ...S.sodRows(5)], tableAt: 4, tableName: 'tblSoD', widths: [34] }], { meta: { title: 'SoD', creator: 'Priya Natarajan' }, custom: mipLabel('Confidential', '2025-02-28T15:11:42Z') }));
  add('Attachment 11.docx', 'SEPARATION_OF_DUTIES_MATRIX', 'SSP Attachment 11 Separation of Duties Matrix as a Word table with narrative.',
    await toDocx({ blocks: [...cover('Separation of Duties Matrix', [SYS, 'SSP Attachment 11']), { k: 'h1', text: 'Purpose' }, { k: 'p', text: 'This matrix documents the separation of duties (AC-5) enforced in the NLGP authorization boundary. No individual may both perform and approve the same duty.' }, { k: 'h1', text: 'Matrix' }, { k: 'table', rows: [sodHeader, ...S.sodRows(6).map((r) => r.map((c) => String(c ?? '')))] }], header: CONF, meta: meta(undefined), ...m365('GRCDOC-1234-113') }));
  const lawHead = ['Identification Number', 'Title', 'Date', 'Link'];
  add('Laws_Regs.xlsx', 'LAWS_AND_REGULATIONS', 'SSP Attachment 12 FedRAMP Applicable Laws and Regulations list plus system-specific additions.',
    await toXlsx([{ name: 'Laws and Regulations', rows: [['FedRAMP Applicable Laws and Regulations'], [`System: ${SYS}`], [], ['Title', 'Identification Number', 'Date', 'Link'], ...S.LAWS], widths: [60, 18, 10, 60] }, { name: 'Standards and Guidance', rows: [lawHead, ['SP 800-34', 'Contingency Planning Guide', '2010', 'https://csrc.nist.gov/pubs/sp/800/34/r1/upd1/final']] }], { meta: { title: 'SSP Attachment 12 - Laws and Regulations', creator: 'FedRAMP PMO', lastModifiedBy: 'Priya Natarajan' } }));
  add('doc-0431.docx', 'LAWS_AND_REGULATIONS', 'Laws and Regulations attachment in Word: applicable laws, regulations, standards and guidance table.',
    await toDocx({ blocks: [...cover('Laws and Regulations', [SYS, 'SSP Attachment 12']), { k: 'p', text: 'The following laws, regulations, standards and guidance apply to the NLGP and are referenced throughout the System Security Plan.' }, { k: 'h1', text: 'Applicable Laws and Regulations' }, { k: 'table', rows: [['Title', 'Identifier', 'Date', 'Link'], ...S.LAWS.slice(0, 6).map((r) => r.map((c) => String(c ?? '')))] }, { k: 'h1', text: 'Applicable Standards and Guidance' }, { k: 'table', rows: [['Title', 'Identifier', 'Date', 'Link'], ...S.LAWS.slice(6).map((r) => r.map((c) => String(c ?? '')))] }], header: CONF, meta: meta('Template'), ...m365('GRCDOC-1234-115') }));
  add('CIS-CRM Workbook NLGP.xlsx', 'CIS_CRM_WORKBOOK', 'CIS/CRM workbook: implementation status and origination per control, and customer responsibilities.',
    await toXlsx([{ name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [SYS], ['Mark one implementation status and one or more control origination columns for each control.']] }, { name: 'CIS Worksheet', rows: [['CIS Worksheet'], S.CIS_HEADERS, ...S.cisRows(9)] }, { name: 'CRM Worksheet', rows: [['Customer Responsibility Matrix'], S.CRM_HEADERS, ...S.crmRows()], widths: [12, 14, 90] }], { meta: { title: 'SSP Attachment 9 - CIS CRM', creator: 'Priya Natarajan' }, powerQuery: true }));
  add('book1.xlsx', 'CIS_CRM_WORKBOOK', 'CIS/CRM workbook variant using Excel tables, neutral name, no title metadata.',
    await toXlsx([{ name: 'Implementation Summary', rows: [S.CIS_HEADERS, ...S.cisRows(10)], tableAt: 1, tableName: 'CIS' }, { name: 'Customer Responsibility', rows: [S.CRM_HEADERS, ...S.crmRows()], tableAt: 1, tableName: 'CRM' }], { meta: {} }));

  // ---------------- SAP / SAR
  const tpaoSigners: [string, string][] = [['Marcus Oyelaran', '3PAO Assessment Lead'], ['Lena Brooks', '3PAO Quality Reviewer'], ['Harold J. Benavides', 'Authorizing Official, FGMA']];
  const tpaoFront = (t: string, list: Section[]): Block[] => [...cover(t, [SYS, `Prepared by ${TPAO}`, `Prepared for ${CSP} and the ${AGENCY}`, 'March 21, 2025']), ...revisionHistory([['2025-03-14', '0.9', 'Draft for CSP review', 'M. Oyelaran'], ['2025-03-21', '1.0', 'Final for AO approval', 'M. Oyelaran']]), ...approvals(tpaoSigners), { k: 'break' }, ...toc(list), ...sections(list)];
  add('Kestrel_NLGP_SAP_v1.0.docx', 'SAP', 'Security Assessment Plan by the 3PAO: scope, methodology, test schedule, rules of engagement.',
    await toDocx({ blocks: tpaoFront('Security Assessment Plan', C.sap), header: 'Kestrel Assurance Partners | Proprietary', footer: 'SAP - NLGP', meta: { title: 'FedRAMP SAP Template', creator: 'Marcus Oyelaran', lastModifiedBy: 'Marcus Oyelaran' } }));
  add('doc-0502.pdf', 'SAP', 'Security Assessment Plan PDF as received from the 3PAO.',
    await toPdf({ blocks: tpaoFront('Security Assessment Plan (SAP)', C.sap), header: 'Kestrel Assurance Partners' }, { title: 'SAP', author: 'Kestrel', ...SAVED_FROM_WORD }));
  add('upload (2).docx', 'SAR', 'Security Assessment Report: risk exposure table, findings, authorization recommendation.',
    await toDocx({ blocks: tpaoFront('Security Assessment Report', C.sar), styledHeadings: false, header: 'Kestrel Assurance Partners | Proprietary', meta: { title: 'Kestrel_NLGP_SAR_Final' } }));
  add('POAM_draft.pdf', 'SAR', 'Security Assessment Report saved as PDF; the file name misleadingly says POA&M.',
    await toPdf({ blocks: tpaoFront('Security Assessment Report (SAR)', C.sar), header: 'Kestrel Assurance Partners' }, { title: 'Security Assessment Report', ...SAVED_FROM_WORD }));

  // ---------------- POAM
  add('NLGP POAM 2025-03.xlsx', 'POAM', 'FedRAMP POA&M template layout: four sheets, CSP/system rows, header row 5.',
    await toXlsx(poamSheets('template'), { meta: { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Priya Natarajan' }, custom: mipLabel('Confidential', '2025-03-01T12:00:00Z') }));
  add('Final_v7.xlsx', 'POAM', 'Drifted POA&M: header on row 7 inside an Excel table, renamed ID/controls columns, Power Query leftovers.',
    await toXlsx(poamSheets('drift'), { meta: { title: 'Book1' }, powerQuery: true }));

  // ---------------- ATO letter
  const atoBlocks: Block[] = [
    { k: 'title', text: AGENCY.toUpperCase(), size: 28 },
    { k: 'small', text: 'Office of the Chief Information Officer | 400 Independence Ave SW | Washington, DC 20201' },
    { k: 'p', text: 'June 18, 2025' },
    ...C.atoLetterBody.map((t): Block => ({ k: t.startsWith('Subject') ? 'bold' : 'p', text: t })),
    { k: 'small', text: 'cc: FedRAMP PMO (info@fedramp.gov); Thomas Reyes, FGMA ISSO' },
  ];
  add('scan_0612.pdf', 'ATO_LETTER', 'Signed agency Authority to Operate letter for NLGP (PDF).',
    await toPdf({ blocks: atoBlocks }, { title: 'Microsoft Word - ATO_NLGP_signed.docx', author: 'hbenavides', ...PRINT_TO_PDF }));
  add('ATO letter - NLGP (for signature).docx', 'ATO_LETTER', 'The same ATO letter as the Word version routed for signature.',
    await toDocx({ blocks: atoBlocks, header: 'Sensitivity: General', meta: { title: 'Letterhead template', creator: 'Tom Reyes' } }));

  // ---------------- checklist
  const chkRows = [['#', 'Document', 'Status', 'File name / Location'], ...C.checklistItems.map(([n, d, s]) => [n, d, s, s === 'Included' ? `/sites/FGMA-Package/Shared Documents/${n.padStart(2, '0')}` : ''])];
  add('Package Checklist.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist as a workbook.',
    await toXlsx([{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`], [`Cloud Service Offering: ${SYS}`], [], ...chkRows], widths: [5, 70, 12, 50] }], { meta: { creator: 'Priya Natarajan' } }));
  add('doc-0440.docx', 'AUTHORIZATION_CHECKLIST', 'Initial Authorization Package Checklist in Word with the package items.',
    await toDocx({ blocks: [{ k: 'small', text: CONF }, { k: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 36 }, { k: 'p', text: `Cloud Service Provider: ${CSP}. Cloud Service Offering: ${SYS}. Sponsoring agency: ${AGENCY}.` }, { k: 'p', text: 'Instructions: indicate whether each required document is included in the authorization package submitted to the agency and the FedRAMP PMO.' }, { k: 'table', rows: chkRows }], meta: meta(undefined), ...m365('GRCDOC-1234-120') }));

  // ---------------- scans
  add('NLGP_ConMon_2025-02_OS.nessus', 'SCAN_RESULTS', 'Nessus v2 export of the monthly authenticated OS scan.', S.nessusXml(11, 9));
  add('export (4).csv', 'SCAN_RESULTS', 'Tenable CSV export of the monthly database scan.', S.tenableCsv(12, 22));
  add('Scan_Report_NLGP_Web_and_DB.csv', 'SCAN_RESULTS', 'Qualys scan results CSV with the Qualys preamble lines.', S.qualysCsv(13, 18));
  add('zap-report.json', 'SCAN_RESULTS', 'OWASP ZAP JSON report of the monthly web application scan.', S.zapJson());

  // ---------------- inventory
  add('Inventory_Feb2025.xlsx', 'INVENTORY', 'Integrated Inventory Workbook in template layout (group row, 23 headers).',
    await toXlsx(inventorySheets('template'), { meta: { title: 'SSP Attachment 13 FedRAMP Integrated Inventory Workbook', creator: 'FedRAMP PMO', lastModifiedBy: 'Elena Cruz' } }));
  add('Book2.xlsx', 'INVENTORY', 'Inventory workbook rebuilt by Power Query into an Excel table with slightly renamed columns.',
    await toXlsx(inventorySheets('table'), { meta: {}, powerQuery: true }));
  add('SSP.csv', 'INVENTORY', 'Inventory CSV export with the integrated inventory columns; the name misleadingly says SSP.',
    S.toCsv([S.INV_HEADERS, ...S.inventoryRows(9, 15)]));

  // ---------------- SCR / DR
  add('SCR-2025-03 Textract.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'Significant Change Request form for adding an OCR service, with security impact analysis.',
    await toDocx({ blocks: [{ k: 'small', text: CONF }, { k: 'title', text: 'Significant Change Request', size: 40 }, { k: 'p', text: 'FedRAMP Significant Change Request Form' }, ...sections(C.scrA)], header: CONF, meta: meta('SCR Form'), ...m365('GRCDOC-1234-130') }));
  add('doc-0455.pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'The same kind of significant change request printed to PDF.',
    await toPdf({ blocks: [{ k: 'title', text: 'Significant Change Request (SCR)' }, ...sections(C.scrA)], header: CONF }, { ...PRINT_TO_PDF }));
  add('DR-2025-014.docx', 'DEVIATION_REQUEST', 'Operational requirement Deviation Request for a POA&M item.',
    await toDocx({ blocks: [{ k: 'title', text: 'Deviation Request', size: 40 }, { k: 'p', text: 'FedRAMP Deviation Request Form - Operational Requirement' }, ...sections(C.drA)], header: CONF, meta: meta(undefined), ...m365('GRCDOC-1234-131') }));
  add('Book3.xlsx', 'DEVIATION_REQUEST', 'Deviation Request form workbook (false positive and risk adjustment requests).',
    await toXlsx([{ name: 'Deviation Request', rows: [['FedRAMP Deviation Request Form'], ['CSP', CSP], ['System', SYS], ['Date', '2025-03-05'], [], ['DR ID', 'POA&M ID', 'Deviation Type', 'Weakness Name', 'Asset Identifier', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Evidence'], ['DR-2025-015', 'V-0204', 'False Positive', 'TLS Version 1.0 Protocol Detection', 'nlgp-web-03', 'Moderate', 'n/a', 'Scanner probed the load balancer health port; TLS 1.0 is disabled on the listener (see testssl output).', 'testssl-web03.txt'], ['DR-2025-016', 'V-0209', 'Risk Adjustment', 'PostgreSQL 15.x < 15.10', 'nlgp-db-02', 'High', 'Moderate', 'Vulnerable extension not installed; exploitation requires authenticated superuser.', 'extension list'], [], ['CSP approver', 'Renee Achebe, CISO'], ['AO decision', '']], widths: [12, 10, 18, 34, 14, 12, 12, 60, 20] }], { meta: { title: 'DR form', creator: 'Priya Natarajan' } }));

  docs.push(...(await oscalDocs()));

  // ---------------- UNKNOWN look-alikes
  add('ATO Kickoff with FGMA.vtt', 'UNKNOWN', 'Teams meeting transcript (WebVTT) of the ATO kickoff; talks about SSP/SAP/POA&M but is none of them.', transcriptVtt(U.kickoffTranscript));
  const tr = U.sarReadoutTranscript;
  add('SAR readout - Transcript.docx', 'UNKNOWN', 'Teams transcript of the SAR readout meeting saved as Word; a meeting record, not the SAR.',
    await toDocx({ blocks: [{ k: 'p', text: 'SAR readout - FGMA / Nimbus / Kestrel' }, { k: 'p', text: 'June 4, 2025, 2:00PM  |  48m 12s' }, { k: 'small', text: 'Transcript' }, ...tr.flatMap(([w, t], i): Block[] => [{ k: 'bold', text: `${w}   ${Math.floor(i * 1.7)}:${String((i * 23) % 60).padStart(2, '0')}` }, { k: 'p', text: t }])], meta: { title: '', creator: 'Microsoft Teams' } }));
  add('ATO readiness (OneNote).txt', 'UNKNOWN', 'OneNote page exported as text: weekly ATO readiness notes.', U.oneNoteReadiness.join('\r\n'));
  add('Red Team ROE memo.docx', 'UNKNOWN', 'Internal red team rules-of-engagement memo for the corporate M365 tenant; explicitly not a 3PAO assessment plan.',
    await toDocx({ blocks: [{ k: 'bold', text: 'MEMORANDUM' }, { k: 'p', text: 'TO: Red Team; Security Operations White Cell   FROM: Renee Achebe, CISO   DATE: March 3, 2025' }, { k: 'bold', text: 'SUBJECT: Rules of Engagement - Internal Adversary Emulation Exercise 2025-1' }, ...sections(U.redTeamRoe)], header: 'Sensitivity: Highly Confidential', meta: meta('ROE memo'), ...m365('GRCDOC-1234-140', 'Highly Confidential') }));
  add('HIPAA Security Policy.docx', 'UNKNOWN', 'HIPAA Security Rule policy for the commercial health product: another framework, not a FedRAMP attachment.',
    await toDocx({ blocks: prose('HIPAA Security Rule Policy', U.hipaaPolicy, { sub: ['Nimbus Health Ledger (commercial)', CSP] }), header: CONF, meta: meta('HIPAA Policy'), ...m365('GRCDOC-2201-11') }));
  add('ISSO job description.docx', 'UNKNOWN', 'Job description for an ISSO role; mentions deliverables but is a job posting.',
    await toDocx({ blocks: [{ k: 'title', text: 'Information System Security Officer (ISSO)', size: 36 }, { k: 'p', text: 'Req ID 25-0117 | Arlington, VA (hybrid) | Full-time' }, ...sections(U.jobDescription, 'h2', false)], meta: { title: 'JD template', creator: 'Talent Acquisition' } }));
  add('SOC2 Bridge Letter Q1 2025.pdf', 'UNKNOWN', 'SOC 2 bridge letter from management; not a FedRAMP deliverable.',
    await toPdf({ blocks: [{ k: 'title', text: CSP, size: 30 }, { k: 'p', text: 'March 31, 2025' }, ...sections(U.soc2Bridge, 'h1', false), { k: 'p', text: 'Renee Achebe, Chief Information Security Officer' }] }, { title: 'Bridge Letter', ...SAVED_FROM_WORD }));
  add('doc-0377.pdf', 'UNKNOWN', 'ISO/IEC 27001 certificate of registration.',
    await toPdf({ blocks: U.isoCertificate.map((t, i): Block => (i === 0 || i === 5 ? { k: 'title', text: t, size: 36 } : { k: 'p', text: t })) }, { title: 'Certificate', producer: 'Adobe PDF Library 17.0', creator: 'Adobe InDesign 19.2' }));
  add('DLP alert da7f3c2e.pdf', 'UNKNOWN', 'Microsoft Purview DLP alert report printed to PDF.',
    await toPdf({ blocks: [{ k: 'title', text: 'Microsoft Purview - Data loss prevention alert', size: 30 }, ...sections(U.dlpIncident, 'h1', false)], header: 'compliance.microsoft.com' }, { title: 'Alerts - Microsoft Purview', ...PRINT_TO_PDF, creator: 'Microsoft Edge' }));
  add('ConMon KPI dashboard.pdf', 'UNKNOWN', 'Power BI dashboard export of ConMon KPIs; metrics, not a POA&M or scan.',
    await toPdf({ blocks: [{ k: 'title', text: 'GRC Program Metrics', size: 30 }, ...sections(U.powerBi, 'h1', false)] }, { title: 'GRC Program Metrics', producer: 'Power BI', creator: 'Power BI Service' }));
  add('SecureScore_2025-03-01.csv', 'UNKNOWN', 'Microsoft Defender secure score recommendations export.',
    S.toCsv([['Rank', 'Recommended action', 'Score impact', 'Points achieved', 'Status', 'Regressed', 'Have license?', 'Category', 'Product', 'Last synced'], ['1', 'Ensure all users can complete multifactor authentication', '+1.15%', '8/9', 'To address', 'No', 'Yes', 'Identity', 'Microsoft Entra ID', '03/01/2025'], ['2', 'Enable Microsoft Entra ID Identity Protection sign-in risk policies', '+0.9%', '0/7', 'To address', 'No', 'Yes', 'Identity', 'Microsoft Entra ID', '03/01/2025'], ['3', 'Turn on Microsoft Defender for Office 365 in SharePoint, OneDrive, and Microsoft Teams', '+1.02%', '0/8', 'To address', 'No', 'Yes', 'Apps', 'Defender for Office', '03/01/2025'], ['4', 'Block executable content from email client and webmail', '+0.5%', '4/4', 'Completed', 'No', 'Yes', 'Device', 'Defender for Endpoint', '03/01/2025'], ['5', 'Require approval for external sharing of sensitivity-labelled content', '+0.3%', '2/3', 'Risk accepted', 'No', 'Yes', 'Data', 'Microsoft Purview', '03/01/2025']]));
  add('RE_ SAR readout and ATO letter timing.eml', 'UNKNOWN', 'Outlook message (no attachment) scheduling the SAR readout and ATO letter signature.', eml(U.emlScheduling, 'Tue, 20 May 2025 14:22:31 +0000', 'BN8PR09MB541128D0A1C2E4F7B9'));
  add('message.eml', 'UNKNOWN', 'Viva Learning training-due reminder email.', eml(U.emlTraining, 'Mon, 10 Mar 2025 09:00:02 +0000', 'SA1PR09MB8123F0E9D2C1B0A7'));
  add('POAM tasks.xlsx', 'UNKNOWN', 'Microsoft Planner plan export (tasks about the ATO package); a task list, not a POA&M despite the name.',
    await toXlsx([{ name: 'Tasks', rows: [S.PLANNER_HEADERS, ...S.plannerRows()] }, { name: 'Plan', rows: [['Plan name', 'NLGP ATO 2025'], ['Plan ID', 'Xv3kQ0f1Tk2u9m'], ['Date of export', '3/3/2025']] }], { meta: { creator: 'Microsoft Planner' } }));
  add('Document Approvals.csv', 'UNKNOWN', 'SharePoint list export of document approval records for package documents.',
    S.toCsv([['Title', 'Document Type', 'Version', 'Approver', 'Approval Status', 'Approved', 'Modified', 'Created By', 'Item Type', 'Path'], ['NLGP SSP', 'System Security Plan', '2.3', 'Dana Whitfield', 'Approved', '2/28/2025 3:40 PM', '2/28/2025 3:40 PM', 'Priya Natarajan', 'Item', 'sites/GRC/Lists/DocApprovals'], ['Incident Response Plan', 'Plan', '2.0', 'Renee Achebe', 'Approved', '2/26/2025 10:02 AM', '2/26/2025 10:02 AM', 'Jake Lindqvist', 'Item', 'sites/GRC/Lists/DocApprovals'], ['ISCP', 'Plan', '3.0', 'Dana Whitfield', 'Pending', '', '3/1/2025 8:15 AM', 'Elena Cruz', 'Item', 'sites/GRC/Lists/DocApprovals'], ['POA&M March', 'POA&M', '2025.03', 'Priya Natarajan', 'Rejected', '', '3/2/2025 4:55 PM', 'Jake Lindqvist', 'Item', 'sites/GRC/Lists/DocApprovals'], ['Rules of Behavior', 'Attachment', '2.0', 'Renee Achebe', 'Approved', '2/20/2025 1:12 PM', '2/20/2025 1:12 PM', 'Sam Holt', 'Item', 'sites/GRC/Lists/DocApprovals']]));
  add('Security Awareness Quiz 2025(1-38).xlsx', 'UNKNOWN', 'Microsoft Forms response export of a security awareness survey.',
    await toXlsx([{ name: 'Sheet1', rows: [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How confident are you at spotting phishing?', 'Where do you report a suspected incident?', 'Have you read the Rules of Behavior this year?', 'Comments'], ...Array.from({ length: 12 }, (_, i) => [i + 1, `3/${3 + (i % 5)}/25 9:${10 + i}:05`, `3/${3 + (i % 5)}/25 9:${14 + i}:40`, `user${i + 1}@nimbusledger.com`, `User ${i + 1}`, ['Very confident', 'Somewhat confident', 'Not sure'][i % 3] ?? '', 'SOC hotline / Report Message button', i % 4 === 0 ? 'No' : 'Yes', i % 5 === 0 ? 'More examples of QR phishing please' : ''])], tableAt: 1, tableName: 'Table1' }], { meta: { creator: 'Microsoft Forms' } }));
  add('VivaLearning_Completions_Feb.csv', 'UNKNOWN', 'Viva Learning course completion report export.',
    S.toCsv([['User display name', 'User principal name', 'Department', 'Course title', 'Provider', 'Assigned date', 'Due date', 'Completion status', 'Completion date'], ...Array.from({ length: 14 }, (_, i) => [`Employee ${i + 1}`, `emp${i + 1}@nimbusledger.com`, ['Cloud Operations', 'GRC', 'Engineering'][i % 3] ?? '', i % 2 ? 'Security Awareness 2025' : 'Role-based training: Privileged Users', 'LinkedIn Learning', '02/01/2025', '03/17/2025', i % 5 === 0 ? 'In progress' : 'Completed', i % 5 === 0 ? '' : `02/${10 + i}/2025`])]));
  add('SignInLogs_2025-03-02.json', 'UNKNOWN', 'Entra ID sign-in log export (JSON).',
    JSON.stringify(Array.from({ length: 6 }, (_, i) => ({ id: `6b1f${i}c2a-77e0-4d2b-9c1a-0e5d3f2b41a${i}`, createdDateTime: `2025-03-02T1${i}:04:22Z`, userDisplayName: ['Priya Natarajan', 'Jake Lindqvist', 'Elena Cruz'][i % 3], userPrincipalName: `user${i}@nimbusledger.com`, appDisplayName: i % 2 ? 'Microsoft Teams' : 'SharePoint Online', ipAddress: `203.0.113.${20 + i}`, clientAppUsed: 'Browser', conditionalAccessStatus: 'success', isInteractive: true, riskLevelDuringSignIn: 'none', status: { errorCode: i === 4 ? 50126 : 0, failureReason: i === 4 ? 'Invalid username or password.' : 'Other.' }, location: { city: 'Arlington', state: 'Virginia', countryOrRegion: 'US' }, mfaDetail: { authMethod: 'FIDO2 security key' } })), null, 2));
  add('DeviceCompliance.csv', 'UNKNOWN', 'Intune device compliance report export.',
    S.toCsv([['Device name', 'Device ID', 'Primary user UPN', 'OS', 'OS version', 'Compliance', 'Policy', 'Last check-in', 'Encryption', 'Defender status'], ...Array.from({ length: 12 }, (_, i) => [`NLS-LT-${String(1040 + i)}`, `a3f${i}e9c1-22b4-4c8e-b6d1-7e0c5f4a9b${String(10 + i)}`, `emp${i + 1}@nimbusledger.com`, 'Windows', '10.0.22631.4890', i % 6 === 0 ? 'Not compliant' : 'Compliant', 'Win11 Baseline - GovCloud Admins', `3/2/2025 ${8 + (i % 9)}:1${i % 10}`, 'BitLocker on', i % 6 === 0 ? 'Signatures out of date' : 'Healthy'])]));
  add('Enterprise Risk Register FY25.xlsx', 'UNKNOWN', 'Enterprise risk register (business risks, likelihood x impact), not a POA&M.',
    await toXlsx([{ name: 'Risk Register', rows: [['Risk ID', 'Risk Title', 'Category', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Response', 'Residual Score', 'Review Date'], ['ERM-01', 'Loss of key federal contract', 'Strategic', 'CEO', 2, 5, 10, 'Diversify agency pipeline', 6, '2025-06-30'], ['ERM-02', 'FedRAMP authorization delayed', 'Compliance', 'VP Gov Cloud', 3, 4, 12, 'Dedicated GRC staff; 3PAO engaged early', 8, '2025-04-30'], ['ERM-03', 'Ransomware on corporate endpoints', 'Cyber', 'CISO', 3, 4, 12, 'EDR, backups, tabletop', 6, '2025-05-31'], ['ERM-04', 'Cloud cost overrun', 'Financial', 'CFO', 4, 2, 8, 'FinOps reviews', 4, '2025-03-31'], ['ERM-05', 'Key-person dependency in GRC', 'Operational', 'CISO', 3, 3, 9, 'Cross-training, documentation', 6, '2025-06-30'], ['ERM-06', 'Third-party SaaS outage', 'Operational', 'CTO', 2, 3, 6, 'Multi-vendor strategy', 4, '2025-09-30']], tableAt: 1, tableName: 'RiskRegister' }], { meta: { title: 'ERM Register', creator: 'Finance' } }));
  add('Vendor Security Questionnaire - State of Ohio.xlsx', 'UNKNOWN', 'Customer vendor security questionnaire answered by the CSP.',
    await toXlsx([{ name: 'Questionnaire', rows: [['Vendor Security Assessment Questionnaire'], ['Vendor', CSP], [], ['#', 'Domain', 'Question', 'Response', 'Comments / Evidence'], ['1', 'Governance', 'Do you maintain an information security program approved by management?', 'Yes', 'ISO 27001 certified; FedRAMP Moderate authorized (NLGP)'], ['2', 'Access Control', 'Is MFA required for all administrative access?', 'Yes', 'FIDO2 / PIV'], ['3', 'Data Protection', 'Is customer data encrypted at rest?', 'Yes', 'AES-256 with FIPS 140-validated modules'], ['4', 'Incident Response', 'Will you notify us of a breach within 72 hours?', 'Yes', 'Per contract'], ['5', 'Vulnerability Mgmt', 'How often do you scan for vulnerabilities?', 'Monthly', 'Authenticated OS, DB and web scans'], ['6', 'Business Continuity', 'Do you test your disaster recovery plan annually?', 'Yes', 'Last test March 2025'], ['7', 'Third Parties', 'Do you assess your subprocessors?', 'Yes', 'Annual vendor risk reviews']], widths: [5, 18, 60, 10, 50] }], { meta: { title: 'VSAQ v3', creator: 'Ohio DAS' } }));
  return docs;
}

export async function generateEval41Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval41Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
