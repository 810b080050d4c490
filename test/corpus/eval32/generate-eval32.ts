/**
 * eval32: an independent labelled evaluation set, written as an agency's package library would hold
 * it — mostly PDFs from many producers, plus the workbooks, OSCAL files and scanner exports that
 * stay in their own formats, and look-alikes (UNKNOWN) from the same library. Labels follow content.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildPdf, type Block, type PdfOptions } from './kit/pdf-doc.js';
import { signPdf, stampAfterSignature } from './kit/pdf-sign.js';
import { buildDocx, buildXlsx, type DocxOptions } from './kit/office.js';
import { SYSTEMS } from './kit/front-matter.js';
import { genericPlan, planSections, sspBlocks } from './content/plans.js';
import {
  atoLetterBlocks,
  checklistBlocks,
  diwBlocks,
  drFormBlocks,
  fips199Blocks,
  lawsBlocks,
  ptaBlocks,
  robBlocks,
  sapBlocks,
  sarBlocks,
  scrFormBlocks,
  sodBlocks,
} from './content/forms.js';
import { lookalikes } from './content/lookalikes.js';
import {
  cisCrmSheets,
  INVENTORY_HEADERS,
  inventoryRows,
  nessusCsv,
  nessusXml,
  oscalFixture,
  personaliseOscal,
  poamSheets,
  qualysCsv,
  zapJson,
} from './content/data.js';

export interface Eval32Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

const [S0, S1, S2, S3, S4] = SYSTEMS as [(typeof SYSTEMS)[0], (typeof SYSTEMS)[0], (typeof SYSTEMS)[0], (typeof SYSTEMS)[0], (typeof SYSTEMS)[0]];
const DATE = '2026-02-17T14:05:00Z';

const WORD = { Creator: 'Microsoft\xae Word for Microsoft 365', Producer: 'Microsoft\xae Word for Microsoft 365', CreationDate: "D:20260130101522-05'00'", ModDate: "D:20260130101522-05'00'" };
const ACRO = { Creator: 'Acrobat PDFMaker 23 for Word', Producer: 'Adobe PDF Library 23.1.175', CreationDate: "D:20260212093011-05'00'", ModDate: "D:20260212093240-05'00'" };
const LIBRE = { Creator: 'Writer', Producer: 'LibreOffice 24.2', CreationDate: "D:20260105120000+01'00'" };

const idOf = (file: string): string => createHash('md5').update(file).digest('hex').toUpperCase();

function pdf(file: string, blocks: Block[], o: Omit<PdfOptions, 'id'>): Buffer {
  return buildPdf(blocks, { ...o, id: idOf(file) }).bytes;
}

function blocksToText(blocks: Block[], md: boolean): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        out.push(md ? `# ${b.text}` : b.text.toUpperCase(), '');
        break;
      case 'h':
        out.push(md ? `## ${b.text}` : b.text, md ? '' : '-'.repeat(b.text.length));
        break;
      case 'p':
        out.push(md && b.bold ? `**${b.text}**` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'field':
        out.push(`${b.label}: ${b.value}`, '');
        break;
      case 'table':
        out.push(md ? `| ${b.head.join(' | ')} |` : b.head.join('\t'));
        if (md) out.push(`|${b.head.map(() => '---').join('|')}|`);
        for (const r of b.rows) out.push(md ? `| ${r.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |` : r.join('\t'));
        out.push('');
        break;
      default:
        break;
    }
  }
  return out.join('\n') + '\n';
}

/** Put the document title in a table cell (as many Word templates do) instead of a title paragraph. */
function titleInCell(blocks: Block[], caption: string): Block[] {
  const i = blocks.findIndex((b) => b.k === 'title');
  const t = blocks[i];
  if (t?.k !== 'title') return blocks;
  return [...blocks.slice(0, i), { k: 'table', head: [t.text], rows: [[caption]] }, ...blocks.slice(i + 1)];
}

const docx = (blocks: Block[], o: Omit<DocxOptions, 'date'>): Promise<Buffer> => buildDocx(blocks, { ...o, date: DATE });

async function deliverables(): Promise<Eval32Doc[]> {
  const d: Eval32Doc[] = [];
  const add = (file: string, expected: DeliverableType, note: string, data: Buffer | string): void => {
    d.push({ file, expected, note, data });
  };

  // ---- SSP ----
  add('doc-0412.pdf', 'SSP', 'Word "Save as PDF" of a FedRAMP Moderate SSP (one text object per word) with cover, revision history, approvals, TOC and control implementation statements.',
    pdf('doc-0412.pdf', sspBlocks(S0, 0), { style: 'word', header: `${S0.abbr} System Security Plan | Version 3.1 | Controlled Unclassified Information`, footer: 'Page {p} of {n}', info: { Title: 'Microsoft Word - MCM_SSP_v3.1.docx', Author: 'Marta Lindqvist', ...WORD } }));
  add('BHAC_SSP_Rev5_final.pdf', 'SSP', 'High SSP exported by Acrobat PDFMaker with kerned TJ text inside form XObjects; the Info title is stale from the FedRAMP template.',
    pdf('BHAC_SSP_Rev5_final.pdf', sspBlocks(S1, 1), { style: 'kern', xobject: true, header: 'BlueHarbor Analytics Cloud - SSP', footer: 'Proprietary | {p}', info: { Title: 'FedRAMP System Security Plan (SSP) High Baseline Template', Author: 'FedRAMP PMO', ...ACRO } }));
  const sspJson = personaliseOscal(await oscalFixture('FedRAMP-SSP-OSCAL-Template.json'), S2, 'c2c2');
  add('upload (3).json', 'SSP', 'OSCAL JSON system-security-plan (FedRAMP template personalised for Cobalt Workforce Suite).', sspJson);
  add('Final_v7.docx', 'SSP', 'Word SSP for a Low system with bold-paragraph headings and no document title in properties.',
    await docx(sspBlocks(S3, 2), { creator: 'jokafor', header: 'Tidewater GovCRM SSP', footer: 'CUI // Tidewater Cloud Services', styledHeadings: false }));
  const sspYaml = stringify(parseYaml(personaliseOscal(await oscalFixture('FedRAMP-SSP-OSCAL-Template.yaml'), S4, 'a4a4')));
  add('ssp-export.yaml', 'SSP', 'OSCAL YAML system-security-plan re-serialised from the FedRAMP template for Aperture Records Vault.', sspYaml);

  // ---- SAP ----
  add('SAP_MCM_2026.pdf', 'SAP', '3PAO Security Assessment Plan typeset in Times with TeX-style TJ arrays (spaces as displacements); XMP metadata only, no Info dictionary.',
    pdf('SAP_MCM_2026.pdf', sapBlocks(S0, false), { style: 'tex', font: 'Times-Roman', footer: `${S0.threePao} | SAP | {p}`, xmp: { title: 'Meridian Case Manager Security Assessment Plan', creator: 'Aoife Brennan', tool: 'LaTeX with hyperref', producer: 'pdfTeX-1.40.26', date: '2026-02-02T09:00:00-05:00' } }));
  add('doc-0519.docx', 'SAP', 'Word annual-assessment SAP from the 3PAO with methodology, test schedule and rules of engagement.',
    await docx(sapBlocks(S1, true), { title: 'SAP', creator: 'Veritas Compliance Group', header: 'Veritas Compliance Group - Confidential' }));
  add('assessment-plan.xml', 'SAP', 'OSCAL XML assessment-plan (FedRAMP SAP template personalised).', personaliseOscal(await oscalFixture('FedRAMP-SAP-OSCAL-Template.xml'), S2, 'b2b2'));

  // ---- SAR ----
  add('scan_0227.pdf', 'SAR', 'Security Assessment Report PDF with a risk exposure table and authorization recommendation; the file name misleadingly says scan.',
    pdf('scan_0227.pdf', sarBlocks(S0), { style: 'line', header: 'Keystone Assurance Partners | Security Assessment Report', footer: '{p} / {n}', info: { Title: 'SAR', ...LIBRE } }));
  add('results.json', 'SAR', 'OSCAL JSON assessment-results (FedRAMP SAR template personalised).', personaliseOscal(await oscalFixture('FedRAMP-SAR-OSCAL-Template.json'), S1, 'd1d1'));
  add('doc-0733.docx', 'SAR', 'Word SAR with executive summary, risk exposure table and recommendation; title property is the file name.',
    await docx(sarBlocks(S2), { title: 'doc-0733.docx', creator: 'Sentinel Ridge Security', header: 'Sentinel Ridge Security' }));
  add('BHAC SAR v1.0 signed.pdf', 'SAR', 'SAR for a High system exported per word with both XMP and Info metadata.',
    pdf('BHAC SAR v1.0 signed.pdf', sarBlocks(S1), { style: 'word', footer: 'Veritas Compliance Group Proprietary - Page {p}', info: { Title: 'BlueHarbor SAR', ...WORD }, xmp: { title: 'BlueHarbor SAR', tool: 'Microsoft Word' } }));

  // ---- POA&M ----
  add('MCM_POAM_2026-02.xlsx', 'POAM', 'Monthly POA&M workbook in the FedRAMP v2.1 layout (header row 5, Open/Closed/Configuration Findings sheets).',
    await buildXlsx(poamSheets(S0, false), { creator: 'Marta Lindqvist', date: DATE }));
  add('Book1.xlsx', 'POAM', 'POA&M workbook with drifted layout: extra title rows, header row 7, renamed columns.',
    await buildXlsx(poamSheets(S2, true), { date: DATE }));
  add('poam.json', 'POAM', 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template personalised).', personaliseOscal(await oscalFixture('FedRAMP-POAM-OSCAL-Template.json'), S4, 'e4e4'));

  // ---- ATO letters ----
  {
    const base = buildPdf(atoLetterBlocks(S0, 0), { style: 'word', id: idOf('ATO_signed.pdf'), info: { Title: 'ATO Letter - Meridian Case Manager', Author: 'DOL OCIO', ...ACRO } });
    const signed = signPdf(base, { name: 'Evelyn R. Castillo', reason: 'I approve this document', date: "D:20260331161205-04'00'", location: 'Washington, DC' });
    add('ATO_signed.pdf', 'ATO_LETTER', 'Agency Authority to Operate letter, digitally signed (incremental update) with a receipt stamp added in a second update after the signature.',
      stampAfterSignature(base, signed, 'RECEIVED FedRAMP PMO 2026-04-02'));
  }
  {
    const base = buildPdf(atoLetterBlocks(S1, 1), { style: 'hex', id: idOf('scan0034.pdf') });
    add('scan0034.pdf', 'ATO_LETTER', 'ATO letter with hex-string text, no metadata at all, signed in an incremental update.',
      signPdf(base, { name: 'Evelyn R. Castillo', reason: 'Authorizing Official', date: "D:20260331120000-04'00'", location: 'VA Central Office' }).bytes);
  }
  add('Letter_final.pdf', 'ATO_LETTER', 'Unsigned ATO letter with its text inside form XObjects; Info title stale from a letterhead template.',
    pdf('Letter_final.pdf', atoLetterBlocks(S4, 2), { style: 'line', xobject: true, info: { Title: 'Agency Letterhead Template 2019', Author: 'Records Office', ...WORD } }));

  // ---- Authorization checklist ----
  const ck = checklistBlocks(S3);
  const ckTable = ck.find((b) => b.k === 'table');
  if (ckTable?.k !== 'table') throw new Error('checklist table');
  add('Initial_Authorization_Package_Checklist.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist workbook listing every package item with inclusion flags.',
    await buildXlsx([{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${S3.csp}`, `CSO: ${S3.name}`, `Impact: ${S3.level}`], [], ckTable.head, ...ckTable.rows], boldRows: [4], widths: [5, 60, 20, 14, 40, 14] }], { creator: 'FedRAMP', title: 'Initial Authorization Package Checklist', date: DATE }));
  add('doc-0811.pdf', 'AUTHORIZATION_CHECKLIST', 'Landscape PDF print of the Initial Authorization Package Checklist with its wide table.',
    pdf('doc-0811.pdf', ck, { style: 'line', landscape: true, footer: 'Page {p}', info: { Title: 'Checklist', ...LIBRE } }));

  // ---- Scans ----
  add('feb-os-scan.nessus', 'SCAN_RESULTS', 'Tenable .nessus (NessusClientData_v2) monthly authenticated OS scan export.', nessusXml(S0, 3));
  add('export_20260216.csv', 'SCAN_RESULTS', 'Nessus CSV export of a database scan (Plugin ID, CVE, Risk, Host columns).', nessusCsv(8));
  add('Scan_Report_WAS.csv', 'SCAN_RESULTS', 'Qualys scan CSV with report preamble lines before the header row.', qualysCsv(S1));
  add('zap-report.json', 'SCAN_RESULTS', 'OWASP ZAP JSON report of the monthly web application scan.', zapJson(S2));

  // ---- Inventory ----
  const group = ['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventory', '', '', '', '', 'Any Inventory', '', '', ''];
  add('IIW_2026-02.xlsx', 'INVENTORY', 'Integrated Inventory Workbook in the FedRAMP layout: group row, header row 2, guidance rows, then assets.',
    await buildXlsx([
      { name: 'INSTRUCTIONS', rows: [['SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'], [], ['Overview: When completed, FedRAMP will accept this inventory workbook as the inventory information required by the SSP, SAP, SAR, ISCP and monthly continuous monitoring.']] },
      { name: 'Inventory', rows: [group, INVENTORY_HEADERS, INVENTORY_HEADERS.map(() => 'See instructions'), ...inventoryRows(S0, 21, 40)], boldRows: [2] },
    ], { creator: 'Halcyon Data Systems', date: DATE }));
  const rev5Head = [...INVENTORY_HEADERS.map((h) => (h === 'IPv4 or IPv6\nAddress' ? 'IPv4 or IPv6 Address' : h)), 'Diagram Label'];
  add('assets (2).xlsx', 'INVENTORY', 'Rev5-style inventory workbook (adds Diagram Label) with title rows above a header at row 4.',
    await buildXlsx([{ name: 'Inventory', rows: [[`${S1.name} Integrated Inventory - February 2026`], ['Prepared by BlueHarbor IT Operations'], [], rev5Head, ...inventoryRows(S1, 22, 30).map((r) => [...r, 'Fig 9-1 App Subnet'])], boldRows: [4] }], { date: DATE }));
  const sub = [0, 1, 2, 3, 4, 7, 9, 11, 13, 15, 21];
  add('ConMon_Feb.xlsx', 'INVENTORY', 'Trimmed inventory workbook keeping a subset of the FedRAMP inventory columns in row 1.',
    await buildXlsx([{ name: 'Sheet1', rows: [sub.map((i) => INVENTORY_HEADERS[i]!), ...inventoryRows(S4, 23, 25).map((r) => sub.map((i) => r[i] ?? ''))], boldRows: [1] }], { creator: 'svc-inventory-export', date: DATE }));

  // ---- SSP attachments ----
  add('AC-IA Policy.pdf', 'POLICIES_AND_PROCEDURES', 'SSP Attachment 1 access control and identification & authentication policy and procedures (AC-1/IA-1), kerned text.',
    pdf('AC-IA Policy.pdf', genericPlan(S0, 'Access Control and Identification & Authentication Policy and Procedures', 'SSP Attachment 1 - Information Security Policies and Procedures', planSections.policies(S0)), { style: 'kern', header: 'Halcyon Data Systems - Internal', footer: 'Page {p} of {n}', info: { Title: 'AC and IA Policy', ...ACRO } }));
  add('doc-1002.docx', 'POLICIES_AND_PROCEDURES', 'Word policies and procedures attachment for AC and IA families with revision table placed before the cover.',
    await docx(genericPlan(S2, 'Information Security Policies and Procedures', 'Access Control (AC) and Identification and Authentication (IA)', planSections.policies(S2), { coverFirst: false }), { title: 'Document1', creator: 'Cobalt Compliance' }));
  add('user-guide.pdf', 'USER_GUIDE', 'Two-column PDF user guide for agency users and administrators (SSP attachment 2).',
    pdf('user-guide.pdf', genericPlan(S0, `${S0.name} User Guide`, 'SSP Attachment 2', planSections.userGuide(S0)), { style: 'line', columns: 2, footer: '{p}', info: { Title: 'User Guide', ...LIBRE } }));
  add('UG_v2.docx', 'USER_GUIDE', 'Word user guide for a Low SaaS with styled headings.', await docx(genericPlan(S3, 'User Guide', `${S3.name} - Customer Administration and Security Features`, planSections.userGuide(S3)), { title: 'User Guide', creator: 'Tidewater Docs Team' }));
  add('doc-1107.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet (IAL/AAL/FAL selection) exported per word.', pdf('doc-1107.pdf', diwBlocks(S0), { style: 'word', footer: 'Attachment 3 | {p}', info: { Title: 'Microsoft Word - Attachment3_DIW.docx', ...WORD } }));
  add('DIW.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'Word Digital Identity Worksheet with impact and assurance level tables.', await docx(diwBlocks(S2), { creator: 'Cobalt Compliance' }));
  add('PTA_form.pdf', 'PRIVACY_ASSESSMENT', 'Fillable Privacy Threshold Analysis whose answers are AcroForm field values, with a PIA summary.', pdf('PTA_form.pdf', ptaBlocks(S0, true), { style: 'line', info: { Title: 'PTA', ...ACRO } }));
  add('Attachment 4.docx', 'PRIVACY_ASSESSMENT', 'Word PTA/PIA attachment with questions and answers inline.', await docx(ptaBlocks(S4, false), { title: 'Attachment 4 PTA-PIA', creator: 'Aperture Privacy Office' }));
  add('rob.pdf', 'RULES_OF_BEHAVIOR', 'Rules of Behavior with acknowledgement table, TeX-style TJ text.', pdf('rob.pdf', robBlocks(S1), { style: 'tex', font: 'Times-Roman', footer: '{p}' }));
  add('rules.md', 'RULES_OF_BEHAVIOR', 'Markdown Rules of Behavior kept in the CSP wiki and exported.', blocksToText(robBlocks(S2), true));
  add('ISCP_2026.pdf', 'CONTINGENCY_PLAN', 'Information System Contingency Plan with RTO/RPO, activation, recovery and reconstitution phases.',
    pdf('ISCP_2026.pdf', genericPlan(S0, 'Information System Contingency Plan (ISCP)', 'SSP Attachment 6', planSections.contingency(S0)), { style: 'word', header: 'MCM ISCP v1.2', footer: 'Page {p} of {n}', info: { Title: 'ISCP', ...WORD } }));
  add('doc-1210.docx', 'CONTINGENCY_PLAN', 'Word contingency plan for a High system with bold-paragraph headings.', await docx(genericPlan(S1, 'Information System Contingency Plan', `${S1.name}`, planSections.contingency(S1)), { styledHeadings: false, creator: 'BlueHarbor SRE' }));
  add('cmp.pdf', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan with text in form XObjects.', pdf('cmp.pdf', genericPlan(S2, 'Configuration Management Plan', 'SSP Attachment 7', planSections.cmp(S2)), { style: 'kern', xobject: true, footer: 'Cobalt Peak CMP | {p}', info: { Title: 'CMP', ...ACRO } }));
  add('Final_v3.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Word Configuration Management Plan; metadata title stale ("Template").', await docx(genericPlan(S4, 'Configuration Management Plan (CMP)', S4.name, planSections.cmp(S4)), { title: 'Template', creator: 'Aperture DevOps' }));
  add('IRP.pdf', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan written with hex-string text.', pdf('IRP.pdf', genericPlan(S0, 'Incident Response Plan', 'SSP Attachment 8', planSections.irp(S0)), { style: 'hex', footer: 'IRP | {p}', header: 'Halcyon Data Systems' }));
  add('upload (7).docx', 'INCIDENT_RESPONSE_PLAN', 'Word Incident Response Plan with revision history before the cover.', await docx(genericPlan(S3, 'Incident Response Plan (IRP)', S3.name, planSections.irp(S3), { coverFirst: false }), { creator: 'Tidewater Security' }));
  add('CIS_CRM.xlsx', 'CIS_CRM_WORKBOOK', 'CIS/CRM workbook with CIS and CRM sheets.', await buildXlsx(cisCrmSheets(S0, 0), { creator: 'Halcyon', date: DATE }));
  add('Workbook2.xlsx', 'CIS_CRM_WORKBOOK', 'Control Implementation Summary / Customer Responsibility Matrix workbook with long sheet names.', await buildXlsx(cisCrmSheets(S1, 1), { date: DATE }));
  add('fips199.pdf', 'FIPS_199', 'FIPS 199 categorization with information types table, pages rotated 90 degrees.', pdf('fips199.pdf', fips199Blocks(S0), { style: 'line', rotate: 90, info: { Title: 'FIPS 199', ...LIBRE } }));
  add('Categorization.docx', 'FIPS_199', 'Word FIPS 199 Security Categorization attachment.', await docx(titleInCell(fips199Blocks(S2), 'Cobalt Workforce Suite - SSP Attachment 10'), { title: 'FIPS 199 Categorization', creator: 'Cobalt Compliance' }));
  const sod = sodBlocks(S0);
  const sodTable = sod.find((b) => b.k === 'table');
  if (sodTable?.k !== 'table') throw new Error('sod table');
  add('SOD Matrix.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of duties matrix workbook (roles against functions).',
    await buildXlsx([{ name: 'SoD Matrix', rows: [['Separation of Duties Matrix - ' + S0.name], ['X = performs; A = approves'], sodTable.head, ...sodTable.rows], boldRows: [3] }], { creator: 'Halcyon', date: DATE }));
  add('doc-1333.pdf', 'SEPARATION_OF_DUTIES_MATRIX', 'Landscape PDF separation of duties matrix.', pdf('doc-1333.pdf', titleInCell(sodBlocks(S2), 'Attachment 11 | AC-5'), { style: 'word', landscape: true, info: { Title: 'SOD', ...WORD } }));
  const laws = lawsBlocks(S0);
  const lawsTable = laws.find((b) => b.k === 'table');
  if (lawsTable?.k !== 'table') throw new Error('laws table');
  add('Laws_Regs.xlsx', 'LAWS_AND_REGULATIONS', 'Attachment 12 laws and regulations workbook.',
    await buildXlsx([{ name: 'Laws and Regulations', rows: [['FedRAMP Laws and Regulations', '', S0.name], [], lawsTable.head, ...lawsTable.rows], boldRows: [3] }], { date: DATE }));
  add('attachment12.pdf', 'LAWS_AND_REGULATIONS', 'PDF laws and regulations list with no metadata.', pdf('attachment12.pdf', lawsBlocks(S3), { style: 'kern' }));
  add('SCRM Plan.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan (SR family, SBOM, supplier assessment).',
    pdf('SCRM Plan.pdf', genericPlan(S1, 'Supply Chain Risk Management Plan', 'SCRMP', planSections.scrm(S1)), { style: 'kern', footer: 'BlueHarbor SCRMP | {p}', info: { Title: 'SCRMP', ...ACRO } }));
  add('doc-1419.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Word Supply Chain Risk Management Plan.', await docx(genericPlan(S0, 'Supply Chain Risk Management Plan (SCRMP)', S0.name, planSections.scrm(S0)), { creator: 'Halcyon Procurement' }));

  // ---- ConMon requests ----
  add('SCR_form_filled.pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'Filled FedRAMP Significant Change Request PDF form; the answers are AcroForm field values.',
    pdf('SCR_form_filled.pdf', scrFormBlocks(S0, true), { style: 'line', info: { Title: 'Significant Change Request Form', ...ACRO } }));
  add('change-request.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'Word significant change request form with answers in table cells.', await docx(scrFormBlocks(S2, false), { title: 'SCR', creator: 'Cobalt Compliance' }));
  add('DR-2026-07.pdf', 'DEVIATION_REQUEST', 'Filled FedRAMP Deviation Request form (false positive) with values in AcroForm fields.',
    pdf('DR-2026-07.pdf', drFormBlocks(S0, true, 'FP'), { style: 'word', info: { Title: 'Deviation Request', ...ACRO } }));
  add('doc-1502.docx', 'DEVIATION_REQUEST', 'Word deviation request for an operational requirement.', await docx(drFormBlocks(S1, false, 'OR'), { creator: 'BlueHarbor ISSO' }));
  return d;
}

async function unknowns(): Promise<Eval32Doc[]> {
  const d: Eval32Doc[] = [];
  const add = (file: string, note: string, data: Buffer | string): void => {
    d.push({ file, expected: 'UNKNOWN', note, data });
  };
  add('OCIO_Connection_Mar2026.pdf', 'Agency IT newsletter in two columns mentioning an SSP and an ATO in passing; not a deliverable.', pdf('OCIO_Connection_Mar2026.pdf', lookalikes.newsletter(), { style: 'line', columns: 2, info: { Title: 'OCIO Connection March 2026', Creator: 'Adobe InDesign 19.2', Producer: 'Adobe PDF Library 17.0' } }));
  add('GAO-26-106412.pdf', 'GAO audit report about agencies monitoring FedRAMP services; discusses deliverables but is none.', pdf('GAO-26-106412.pdf', lookalikes.gao(), { style: 'tex', font: 'Times-Roman', footer: 'Page {p} GAO-26-106412 Cloud Security' }));
  add('m-26-09.pdf', 'OMB memorandum on FedRAMP policy; policy guidance, not a package deliverable.', pdf('m-26-09.pdf', lookalikes.omb(), { style: 'line', info: { Title: 'M-26-09', ...WORD } }));
  add('doc-1601.pdf', 'NIST SP 800-37 excerpt on the Authorize step; reference publication.', pdf('doc-1601.pdf', lookalikes.nist(), { style: 'kern', xmp: { title: 'NIST SP 800-37r2', producer: 'Antenna House PDF Output Library' } }));
  add('Strategic Plan FY26.pdf', "Agency IT strategic plan with cloud and cyber goals.", pdf('Strategic Plan FY26.pdf', lookalikes.strategicPlan(S0), { style: 'word', footer: '{p}', info: WORD }));
  add('marketplace listing.pdf', 'Browser printout of a FedRAMP Marketplace product listing.', pdf('marketplace listing.pdf', lookalikes.marketplace(S0), { style: 'line', info: { Title: 'FedRAMP Marketplace', Creator: 'Chromium', Producer: 'Skia/PDF m120' } }));
  add('MCM_brochure.pdf', "Vendor's two-column product brochure boasting FedRAMP authorization.", pdf('MCM_brochure.pdf', lookalikes.brochure(S0), { style: 'hex', columns: 2 }));
  add('C-14 handout.pdf', 'Conference slide handout (landscape) about lessons learned from an authorization.', pdf('C-14 handout.pdf', lookalikes.slides(), { style: 'line', landscape: true, footer: 'FedTech Cloud Summit 2026 | {p}', info: { Title: 'PowerPoint Presentation', Creator: 'Microsoft\xae PowerPoint\xae for Microsoft 365', Producer: 'Microsoft\xae PowerPoint\xae for Microsoft 365' } }));
  add('opinion.pdf', 'Court of Federal Claims bid-protest opinion referring to FedRAMP authorization.', pdf('opinion.pdf', lookalikes.court(), { style: 'tex', font: 'Times-Roman', header: 'Case 1:25-cv-01187-XYZ Document 42 Filed 01/09/26', footer: '{p}' }));
  add('2026-FOIA-00318 response.pdf', 'Agency FOIA response letter withholding an SSP and ATO; a letter but not an ATO.', pdf('2026-FOIA-00318 response.pdf', lookalikes.foia(S0), { style: 'word', info: WORD }));
  add('ssp_final.pdf', 'Press release announcing an authorization; the file name misleadingly says SSP.', pdf('ssp_final.pdf', lookalikes.pressRelease(S0), { style: 'word', info: { Title: 'Press Release', ...WORD } }));
  add('certificate.pdf', 'Training certificate of completion for a ConMon course (landscape).', pdf('certificate.pdf', lookalikes.certificate(), { style: 'line', landscape: true }));
  add('SOC2_TypeII_2025.pdf', "A CSP's SOC 2 Type II report (AICPA trust services criteria), not a FedRAMP SAR.", pdf('SOC2_TypeII_2025.pdf', lookalikes.soc2(S2), { style: 'kern', footer: 'Confidential - {p}', info: { Title: 'SOC 2 Type II', ...ACRO } }));
  add('ROE.docx', 'Commercial penetration-test rules-of-engagement memo for a non-federal client; not a SAP.', await docx(lookalikes.roeMemo(), { creator: 'RedLattice' }));
  add('Risk Register Q1.xlsx', 'Corporate enterprise risk register workbook; not a POA&M.', await buildXlsx([{ name: 'Enterprise Risks', rows: lookalikes.riskRegister(), boldRows: [1] }], { creator: 'ERM Office', date: DATE }));
  add('minutes-2026-02-12.md', 'Weekly program meeting minutes discussing SAP, scans and inventory.', lookalikes.minutes());
  add('ISSO_JD.txt', 'Job description for a FedRAMP ISSO.', lookalikes.jobDescription());
  add('vendor_questionnaire.xlsx', 'Customer security questionnaire answered by the vendor.', await buildXlsx([{ name: 'Questionnaire', rows: lookalikes.questionnaire(), boldRows: [1] }], { date: DATE }));
  add('iso27001.pdf', 'ISO/IEC 27001 certificate of registration.', pdf('iso27001.pdf', lookalikes.isoCert(), { style: 'hex', landscape: true, info: { Title: 'Certificate', ...LIBRE } }));
  add('P00002.pdf', 'Contract modification (SF 30) adding FedRAMP ConMon clauses to a task order.', pdf('P00002.pdf', lookalikes.contract(S2), { style: 'line', xobject: true, info: { Title: 'SF30', Producer: 'iText 7.2.5' } }));
  add('policy manual.docx', 'HIPAA Security Rule policy manual of a health provider (another framework).', await docx(lookalikes.isPolicyOther(), { title: 'HIPAA Policy Manual', creator: 'Acme Health' }));
  return d;
}

export async function buildEval32Docs(): Promise<Eval32Doc[]> {
  return [...(await deliverables()), ...(await unknowns())];
}

export async function generateEval32Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval32Docs();
  for (const doc of docs) await writeFile(join(dir, doc.file), doc.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}

