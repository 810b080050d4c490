/**
 * Evaluation corpus 15: the intake desk's year of packages from five CSPs and their 3PAOs, plus the desk's
 * own working papers. Every document is written by the kit in ./kit (raw OOXML parts zipped with fixed
 * timestamps, pdf-lib with fixed dates) or derived from the FedRAMP OSCAL fixtures in test/fixtures/oscal.
 * Labels follow ../shared/DOMAIN.md's taxonomy; file names never decide a label.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Block } from './kit/blocks.js';
import { line, p, table, title, toMarkdown, toText } from './kit/blocks.js';
import type { CoreProps, DocxOptions } from './kit/docx.js';
import { renderDocx } from './kit/docx.js';
import type { PdfOptions } from './kit/pdf.js';
import { renderPdf } from './kit/pdf.js';
import { rng } from './kit/rng.js';
import type { Rng } from './kit/rng.js';
import type { Cell, Sheet } from './kit/xlsx.js';
import { renderXlsx } from './kit/xlsx.js';
import { atoLetter, deviationDoc, sapBlocks, sarBlocks, significantChange } from './content/assessment.js';
import { AGENCIES, CSPS, THREE_PAOS } from './content/orgs.js';
import { cmp, digitalIdentity, fips199, iscp, irp, lawsDoc, policies, privacy, rulesOfBehavior, scrmp, userGuide } from './content/plans.js';
import { greenboneXml, csvLine, nessusCsv, nessusXml, qualysCsv, zapJson } from './content/scans.js';
import { checklistWorkbook, cisCrmWorkbook, deviationWorkbook, INVENTORY_HEADERS, inventoryRows, inventoryWorkbook, lawsWorkbook, poamWorkbook, sodMatrix } from './content/sheets.js';
import { poamJson, poamXml, sapJson, sapXml, sarJson, sarXml, sspJson, sspXml, sspYaml } from './content/oscal.js';
import { sspBlocks } from './content/ssp.js';
import * as U from './content/unknown.js';

export interface Eval15Label {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
}

export interface Eval15Doc extends Eval15Label {
  readonly data: Buffer | string;
}

interface Spec extends Eval15Label {
  readonly build: (r: Rng) => Promise<Buffer | string>;
}

const { halvorsen, quillmark, brightwater, teravolt, corvid } = CSPS;
const { ashgrove, northpoint, keel } = THREE_PAOS;
const { ocga, nhsa, fprb, dtsa } = AGENCIES;

/** Local-field dates so zip timestamps do not depend on the machine's time zone. */
const at = (y: number, m: number, d: number): Date => new Date(y, m - 1, d, 10, 30, 0);

const LO_APP = 'LibreOffice';
const core = (created: string, extra: Partial<CoreProps> = {}): CoreProps => ({ created, modified: created, revision: 3, ...extra });

function lo(mtime: Date, extra: Partial<DocxOptions> = {}): DocxOptions {
  return { flavour: 'libreoffice', headings: 'bold', core: core(mtime.toISOString().replace(/\.\d+Z$/, 'Z')), mtime, ...extra };
}

function word(mtime: Date, extra: Partial<DocxOptions> = {}): DocxOptions {
  return { flavour: 'word', headings: 'styles', core: core(mtime.toISOString().replace(/\.\d+Z$/, 'Z'), { creator: 'user', lastModifiedBy: 'user' }), mtime, ...extra };
}

const printToPdf = (created: string, t?: string): PdfOptions['info'] => ({ ...(t !== undefined ? { title: t } : {}), producer: 'Microsoft: Print To PDF', created });
const loPdf = (created: string): PdfOptions['info'] => ({ creator: 'Writer', producer: `${LO_APP} 7.5`, created });

const xlsxLo = (mtime: Date, extra: Partial<CoreProps> | null = {}): Parameters<typeof renderXlsx>[1] => ({ flavour: 'libreoffice', core: extra === null ? null : core(mtime.toISOString().replace(/\.\d+Z$/, 'Z'), extra), mtime });
const xlsxExcel = (mtime: Date, extra: Partial<CoreProps> = {}): Parameters<typeof renderXlsx>[1] => ({ flavour: 'word', core: core(mtime.toISOString().replace(/\.\d+Z$/, 'Z'), { creator: 'Microsoft Office User', ...extra }), mtime });

function sheetToBlocks(sheet: Sheet): Block[] {
  const text = (c: Cell): string => (c === null ? '' : typeof c === 'string' ? c : typeof c === 'number' ? String(c) : 'date' in c ? c.date : c.bold);
  const rows = sheet.rows.filter((r) => r.length > 1).map((r) => r.map(text));
  return rows.length > 0 ? [table(rows)] : [];
}

const SPECS: readonly Spec[] = [
  // ---------------------------------------------------------------- SSP
  {
    file: 'PKG-0231-01.docx',
    expected: 'SSP',
    note: 'Halvorsen GovStack System Security Plan (Moderate) saved by LibreOffice Writer: bold-paragraph headings, empty core title, template-style control summary tables.',
    build: async (r) => renderDocx(sspBlocks({ csp: halvorsen, agency: ocga, assessor: ashgrove, version: '3.1', date: '03/14/2025', style: 'template', cover: 'cover' }, r), lo(at(2025, 3, 14), { header: 'Halvorsen GovStack | CUI', pageNumbers: true, footer: 'Halvorsen Cloud Systems, Inc. — Proprietary' })),
  },
  {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'Brightwater Insight Cloud System Security Plan (High) printed to PDF from Word; revision history comes before the title, narrative control statements.',
    build: async (r) => renderPdf(sspBlocks({ csp: brightwater, agency: nhsa, assessor: keel, version: '4.2', date: '11/04/2024', style: 'narrative', cover: 'after-history' }, r), { font: 'times', info: printToPdf('2024-11-04T14:02:00Z', 'Microsoft Word - BIC_SSP_v4.2_FINAL.docx'), footer: 'CUI // Brightwater Analytics Corp.', pageNumbers: true }),
  },
  { file: 'ssp_export.json', expected: 'SSP', note: 'Corvid Records Vault SSP exported as OSCAL JSON (system-security-plan root), derived from the FedRAMP OSCAL SSP template.', build: (r) => sspJson(corvid, r) },
  { file: 'quillmark-ssp.yaml', expected: 'SSP', note: 'Quillmark Case Manager SSP as OSCAL YAML from a compliance-as-code repository (system-security-plan root), derived from the FedRAMP YAML template.', build: (r) => sspYaml(quillmark, r) },
  { file: 'PKG-0307-02.xml', expected: 'SSP', note: "Teravolt Secure Edge SSP in OSCAL XML (system-security-plan root), derived from GSA's AwesomeCloud SSP2 example.", build: (r) => sspXml(teravolt, r) },
  // ---------------------------------------------------------------- SSP attachments
  {
    file: 'Final_v7.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: "Teravolt's AC, AT and AU policies and procedures volume (SSP attachment 1) in Word; core title is stale from an old corporate template.",
    build: async () => renderDocx(policies(teravolt, '7.0', 'January 22, 2025', [['AC', 'Access Control'], ['AT', 'Awareness and Training'], ['AU', 'Audit and Accountability']]), word(at(2025, 1, 22), { core: core('2019-05-02T12:00:00Z', { title: 'IT Policy Template (2019)', creator: 'corp-templates', lastModifiedBy: 'Sandra Kowalczyk', modified: '2025-01-22T15:40:00Z' }), footer: 'Teravolt Networks — Internal', pageNumbers: true })),
  },
  {
    file: 'PKG-0288-03.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: "Corvid's Incident Response and Personnel Security policies and procedures (SSP attachment 1) exported to PDF by LibreOffice, no Info title.",
    build: async () => renderPdf(policies(corvid, '2.1', 'February 10, 2025', [['IR', 'Incident Response'], ['PS', 'Personnel Security']]), { font: 'helvetica', info: loPdf('2025-02-10T09:00:00Z'), pageNumbers: true }),
  },
  {
    file: 'upload (3).docx',
    expected: 'USER_GUIDE',
    note: 'Quillmark Case Manager User Guide (SSP attachment 2) in Word with a Title-style cover line.',
    build: async () => renderDocx([title('Quillmark Case Manager — User Guide'), line('For agency administrators and end users · Release 2025.1', false, 'center'), { kind: 'break' }, ...userGuide(quillmark, '2025.1')], word(at(2025, 2, 3), { core: core('2025-02-03T10:00:00Z', { title: 'User Guide', creator: 'Aisha Morrow' }), header: 'Quillmark Software LLC' })),
  },
  {
    file: 'halvorsen-govstack-user-guide.md',
    expected: 'USER_GUIDE',
    note: 'Halvorsen GovStack User Guide kept as markdown in a docs-as-code repository, with YAML front matter.',
    build: async () => toMarkdown([title('Halvorsen GovStack User Guide'), p('Attachment 2 to the Halvorsen GovStack SSP. Audience: customer tenant administrators and end users.'), ...userGuide(halvorsen, '3.8')], { title: 'Halvorsen GovStack User Guide', version: '3.8', owner: 'docs-team' }),
  },
  { file: 'PKG-0231-04.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Halvorsen Digital Identity Worksheet (IAL/AAL/FAL per NIST SP 800-63-3) from LibreOffice, title as a large bold paragraph.', build: async () => renderDocx(digitalIdentity(halvorsen, ocga, 'January 15, 2025'), lo(at(2025, 1, 15))) },
  { file: 'scan_0019.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Brightwater Digital Identity Worksheet printed to PDF; the name suggests a scanner copy but the content is the worksheet.', build: async () => renderPdf(digitalIdentity(brightwater, nhsa, 'October 2, 2024'), { font: 'helvetica', info: printToPdf('2024-10-02T16:12:00Z') }) },
  { file: 'PTA_Quillmark_signed.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Quillmark Privacy Threshold Analysis (SSP attachment 4) concluding no PIA is needed, in Word.', build: async () => renderDocx(privacy(quillmark, ocga, 'December 9, 2024', false), word(at(2024, 12, 9))) },
  { file: 'PKG-0288-05.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Corvid Records Vault PTA followed by a full Privacy Impact Assessment, exported by LibreOffice.', build: async () => renderPdf(privacy(corvid, fprb, 'January 6, 2025', true), { font: 'times', info: loPdf('2025-01-06T13:00:00Z'), footer: 'Corvid Records, Inc. — PTA/PIA', pageNumbers: true }) },
  { file: 'PKG-0307-06.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Teravolt Rules of Behavior for privileged users with an acknowledgment block, LibreOffice docx.', build: async () => renderDocx(rulesOfBehavior(teravolt, true, 'November 1, 2024'), lo(at(2024, 11, 1), { headings: 'styles', footer: 'TSE-RoB-PRIV rev 4' })) },
  { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Brightwater Rules of Behavior for all users pasted into a plain-text file.', build: async () => toText(rulesOfBehavior(brightwater, false, 'August 19, 2024'), 78) },
  {
    file: 'ISCP_v2.3.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'Corvid Information System Contingency Plan (SP 800-34 structure) in Word with cover, record of changes and approvals.',
    build: async () => renderDocx(iscp(corvid, '2.3', 'April 4, 2025', true), word(at(2025, 4, 4), { header: 'Corvid Records Vault — ISCP', pageNumbers: true })),
  },
  {
    file: 'PKG-0231-08.pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'Halvorsen ISCP exported from LibreOffice: no cover page, the title appears only in the page header and the PDF Info title.',
    build: async () => renderPdf(iscp(halvorsen, '1.2', 'September 12, 2024', false), { font: 'helvetica', info: { ...loPdf('2024-09-12T08:00:00Z'), title: 'Halvorsen GovStack Information System Contingency Plan' }, header: 'Halvorsen GovStack — Information System Contingency Plan — v1.2', pageNumbers: true }),
  },
  { file: 'Attachment 7.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Quillmark Configuration Management Plan (CCB, change types, security impact analysis) in Word.', build: async () => renderDocx(cmp(quillmark, '1.4', 'February 18, 2025'), word(at(2025, 2, 18), { core: null, header: 'QCM CMP' })) },
  { file: 'cmp.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Teravolt Configuration Management Plan kept as markdown in the engineering handbook.', build: async () => toMarkdown(cmp(teravolt, '3.0', 'March 2, 2025')) },
  { file: 'PKG-0288-09.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Corvid Incident Response Plan from LibreOffice with distribution list and bold headings.', build: async () => renderDocx(irp(corvid, '2.0', 'October 28, 2024'), lo(at(2024, 10, 28))) },
  { file: 'IRP-2025.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Brightwater Incident Response Plan printed to PDF from a browser (Skia producer), title in the document body.', build: async () => renderPdf(irp(brightwater, '5.1', 'January 29, 2025'), { font: 'helvetica', info: { title: 'IRP - Confluence', producer: 'Skia/PDF m121', creator: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', created: '2025-01-29T19:20:00Z' }, header: 'Brightwater Security Wiki', pageNumbers: true }) },
  { file: 'PKG-0231-10.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Halvorsen CIS/CRM workbook (CIS worksheet with origination columns, CRM worksheet) saved by LibreOffice Calc with no core properties.', build: async (r) => renderXlsx(cisCrmWorkbook(halvorsen, r, false), xlsxLo(at(2025, 3, 14), null)) },
  { file: 'Copy of CRM_final (2).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Brightwater CIS/CRM workbook saved by Excel.', build: async (r) => renderXlsx(cisCrmWorkbook(brightwater, r, true), xlsxExcel(at(2024, 11, 4))) },
  { file: 'PKG-0307-11.docx', expected: 'FIPS_199', note: 'Teravolt FIPS 199 security categorization with SP 800-60 information types, LibreOffice docx; the title sits in a cover table cell.', build: async () => renderDocx(fips199(teravolt, 'July 8, 2024', true), lo(at(2024, 7, 8))) },
  { file: 'categorization.pdf', expected: 'FIPS_199', note: 'Quillmark FIPS 199 categorization printed to PDF with a file-name Info title.', build: async () => renderPdf(fips199(quillmark, 'June 3, 2024'), { font: 'times', info: printToPdf('2024-06-03T12:00:00Z', 'QCM_A10_FIPS199.docx') }) },
  { file: 'PKG-0288-12.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Corvid separation of duties matrix (duties x roles grid and conflicting duties), LibreOffice Calc.', build: async () => renderXlsx(sodMatrix(corvid, 'grid'), xlsxLo(at(2025, 1, 6))) },
  { file: 'roles_matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Teravolt separation of duties matrix as a role list with prohibited duties, Excel.', build: async () => renderXlsx(sodMatrix(teravolt, 'list'), xlsxExcel(at(2024, 7, 8))) },
  { file: 'PKG-0231-13.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Halvorsen FedRAMP Laws and Regulations attachment as a workbook, LibreOffice Calc.', build: async () => renderXlsx(lawsWorkbook(halvorsen), xlsxLo(at(2025, 3, 14))) },
  { file: 'Attachment12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Brightwater FedRAMP Laws and Regulations attachment in Word tables.', build: async () => renderDocx(lawsDoc(brightwater, 'November 4, 2024'), word(at(2024, 11, 4))) },
  { file: 'PKG-0307-15.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Teravolt Supply Chain Risk Management Plan (SR family, SP 800-161) from LibreOffice with no cover: its title is only in the document properties.', build: async () => renderDocx(scrmp(teravolt, '1.0', 'February 26, 2025', false), lo(at(2025, 2, 26), { core: core('2025-02-26T10:30:00Z', { title: 'Teravolt Secure Edge Supply Chain Risk Management Plan' }) })) },
  { file: 'SCRM Plan - Corvid.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Corvid Supply Chain Risk Management Plan exported by LibreOffice.', build: async () => renderPdf(scrmp(corvid, '1.1', 'March 21, 2025'), { font: 'helvetica', info: loPdf('2025-03-21T10:00:00Z'), pageNumbers: true, objectStreams: true }) },
  // ---------------------------------------------------------------- assessment
  { file: 'PKG-0231-20.docx', expected: 'SAP', note: "Ashgrove Assurance's Security Assessment Plan for Halvorsen GovStack (initial assessment) in Word, with rules of engagement.", build: async () => renderDocx(sapBlocks(halvorsen, ashgrove, ocga, 'March 24, 2025', false), word(at(2025, 3, 24), { core: core('2025-03-24T12:00:00Z', { title: 'SAP', creator: 'Catherine Ng' }), company: 'Ashgrove Assurance LLC', header: 'Ashgrove Assurance — Proprietary', pageNumbers: true })) },
  { file: 'sap.json', expected: 'SAP', note: "Keel & Marrow's SAP for Brightwater as OSCAL JSON (assessment-plan root), derived from the FedRAMP SAP template, minified.", build: (r) => sapJson(brightwater, keel, r) },
  { file: 'assessment-plan-2025.xml', expected: 'SAP', note: "Northpoint's annual assessment plan for Teravolt in OSCAL XML (assessment-plan root), derived from the FedRAMP SAP XML template.", build: (r) => sapXml(teravolt, northpoint, r) },
  { file: 'Quillmark_SAR_FINAL.docx', expected: 'SAR', note: "Northpoint's Security Assessment Report for Quillmark with risk exposure table and authorization recommendation, Word.", build: async () => renderDocx(sarBlocks(quillmark, northpoint, ocga, 'May 16, 2025'), word(at(2025, 5, 16), { footer: 'Northpoint Cyber Assessors — Confidential', pageNumbers: true })) },
  { file: 'PKG-0231-21.pdf', expected: 'SAR', note: "Ashgrove's Security Assessment Report for Halvorsen printed to PDF without an Info title.", build: async () => renderPdf(sarBlocks(halvorsen, ashgrove, ocga, 'May 2, 2025'), { font: 'times', info: printToPdf('2025-05-02T18:00:00Z'), pageNumbers: true, objectStreams: true }) },
  { file: 'results.json', expected: 'SAR', note: "Keel & Marrow's assessment results for Corvid in OSCAL JSON (assessment-results root), from the FedRAMP SAR template, tab-indented.", build: (r) => sarJson(corvid, keel, r) },
  { file: 'PKG-0307-22.xml', expected: 'SAR', note: "Teravolt assessment results in OSCAL XML (assessment-results root), derived from GSA's AwesomeCloud SAR example.", build: (r) => sarXml(teravolt, r) },
  { file: 'PKG-0231-30.xlsx', expected: 'POAM', note: 'Halvorsen POA&M on the FedRAMP template layout (Open/Closed POA&M Items, header row starting POAM ID), LibreOffice Calc.', build: async (r) => renderXlsx(poamWorkbook(halvorsen, '2025-06-10', r, false), xlsxLo(at(2025, 6, 10))) },
  { file: 'BIC POAM 2025-04.xlsx', expected: 'POAM', note: 'Brightwater monthly POA&M in Excel whose header row moved down and a few columns were renamed.', build: async (r) => renderXlsx(poamWorkbook(brightwater, '2025-04-11', r, true), xlsxExcel(at(2025, 4, 11), { title: 'POA&M' })) },
  { file: 'poam-april.json', expected: 'POAM', note: 'Corvid POA&M in OSCAL JSON (plan-of-action-and-milestones root) from the FedRAMP POA&M template.', build: (r) => poamJson(corvid, r) },
  { file: 'SAR_appendix.xml', expected: 'POAM', note: "Teravolt POA&M in OSCAL XML (plan-of-action-and-milestones root) from GSA's AwesomeCloud example; the file name wrongly says SAR.", build: (r) => poamXml(teravolt, r) },
  { file: 'PKG-0288-40.pdf', expected: 'ATO_LETTER', note: "Federal Pension Records Bureau's signed Authority to Operate memorandum for Corvid Records Vault, printed to PDF.", build: async () => renderPdf(atoLetter(corvid, fprb, keel, 'June 20, 2025', 'June 20, 2028'), { font: 'times', info: printToPdf('2025-06-20T21:42:00Z', 'ATO Memo - signed') }) },
  { file: 'ATO_Halvorsen_OCGA.docx', expected: 'ATO_LETTER', note: "OCGA's Authority to Operate letter for Halvorsen GovStack as the agency's Word file.", build: async () => renderDocx(atoLetter(halvorsen, ocga, ashgrove, 'July 1, 2025', 'July 1, 2028'), word(at(2025, 7, 1), { core: core('2025-07-01T14:00:00Z', { title: 'Memo template', creator: 'OCGA OCIO' }) })) },
  { file: 'PKG-0231-41.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Halvorsen-completed FedRAMP Initial Authorization Package Checklist (package items, file names, attestation), LibreOffice Calc.', build: async () => renderXlsx(checklistWorkbook(halvorsen, ocga, ashgrove, '2025-07-03'), xlsxLo(at(2025, 7, 3))) },
  {
    file: 'checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'Corvid-completed FedRAMP Initial Authorization Package Checklist laid out as a Word table.',
    build: async () => {
      const [sheet] = checklistWorkbook(corvid, fprb, keel, '2025-06-24');
      const blocks: Block[] = [title('FedRAMP Initial Authorization Package Checklist'), line('Corvid Records Vault — submitted with the authorization package', false, 'center'), ...(sheet !== undefined ? sheetToBlocks(sheet) : [])];
      return renderDocx(blocks, word(at(2025, 6, 24)));
    },
  },
  // ---------------------------------------------------------------- continuous monitoring
  { file: 'PKG-0231-50.nessus', expected: 'SCAN_RESULTS', note: 'Halvorsen monthly authenticated OS scan, Nessus v2 XML export.', build: async (r) => nessusXml(halvorsen, r, { unix: 1746068400, text: 'Thu May  1 03:00:00 2025' }) },
  { file: 'db_scan_march.csv', expected: 'SCAN_RESULTS', note: 'Corvid monthly database scan exported from Nessus as CSV.', build: async (r) => nessusCsv(corvid, r) },
  { file: 'Scan_Report_20250304.csv', expected: 'SCAN_RESULTS', note: 'Quillmark monthly infrastructure scan, Qualys CSV with its report preamble.', build: async (r) => qualysCsv(quillmark, r) },
  { file: 'web-scan.json', expected: 'SCAN_RESULTS', note: 'Brightwater monthly web application scan, OWASP ZAP JSON report.', build: async () => zapJson(brightwater) },
  { file: 'PKG-0307-51.xml', expected: 'SCAN_RESULTS', note: 'Teravolt monthly infrastructure scan, Greenbone/OpenVAS XML report.', build: async (r) => greenboneXml(teravolt, r) },
  { file: 'PKG-0231-52.xlsx', expected: 'INVENTORY', note: 'Halvorsen Integrated Inventory Workbook (v2.2 columns), LibreOffice Calc.', build: async (r) => renderXlsx(inventoryWorkbook(halvorsen, '2025-05-31', r, false), xlsxLo(at(2025, 6, 2))) },
  { file: 'inventory_rev5.xlsx', expected: 'INVENTORY', note: 'Brightwater Integrated Inventory Workbook, Rev5 edition with the Diagram Label column, Excel.', build: async (r) => renderXlsx(inventoryWorkbook(brightwater, '2025-04-30', r, true), xlsxExcel(at(2025, 5, 1), { title: 'SSP Attachment 13 Integrated Inventory' })) },
  { file: 'PKG-0288-53.csv', expected: 'INVENTORY', note: "Corvid's integrated inventory tab saved as CSV (UNIQUE ASSET IDENTIFIER ... Application Administrator/ Owner).", build: async (r) => [csvLine(INVENTORY_HEADERS), ...inventoryRows(corvid, r, 22, false).map(csvLine)].join('\r\n') + '\r\n' },
  { file: 'POAM_march.xlsx', expected: 'INVENTORY', note: 'Quillmark integrated inventory workbook from LibreOffice; the file name wrongly says POAM.', build: async (r) => renderXlsx(inventoryWorkbook(quillmark, '2025-03-31', r, false), xlsxLo(at(2025, 4, 1))) },
  { file: 'PKG-0231-60.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: "Halvorsen's Significant Change Request form for adding a managed search service, LibreOffice docx.", build: async () => renderDocx(significantChange(halvorsen, ocga, 'August 18, 2025', 'new-service'), lo(at(2025, 8, 18))) },
  { file: 'change-request-crypto.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: "Brightwater's Significant Change Request for a new FIPS 140 module, printed to PDF.", build: async () => renderPdf(significantChange(brightwater, nhsa, 'September 9, 2025', 'crypto'), { font: 'helvetica', info: printToPdf('2025-09-09T15:00:00Z') }) },
  { file: 'PKG-0288-61.xlsx', expected: 'DEVIATION_REQUEST', note: 'Corvid vulnerability deviation request workbook (false positive, operational requirement, risk adjustment rows), LibreOffice Calc.', build: async () => renderXlsx(deviationWorkbook(corvid, fprb, '2025-07-15'), xlsxLo(at(2025, 7, 15))) },
  { file: 'DR-2025-017.docx', expected: 'DEVIATION_REQUEST', note: 'Teravolt risk-adjustment deviation request in document form, Word.', build: async () => renderDocx(deviationDoc(teravolt, dtsa, northpoint, 'June 30, 2025'), word(at(2025, 6, 30), { headings: 'bold' })) },
  // ---------------------------------------------------------------- UNKNOWN look-alikes
  { file: 'PKG-0231-70.xlsx', expected: 'UNKNOWN', note: 'FedRAMP PMO review comment matrix on the Halvorsen package (comment, CSP response, PMO disposition): about the SSP, not the SSP.', build: async () => renderXlsx(U.sspCommentMatrix(halvorsen, '2025-07-18'), xlsxLo(at(2025, 7, 18))) },
  { file: 'SAR_draft2.docx', expected: 'UNKNOWN', note: "Agency review comments on Brightwater's draft SAR in a Word table; a comment matrix, not the SAR, despite the file name.", build: async () => renderDocx(U.sarCommentMatrix(brightwater, keel, nhsa, 'December 12, 2024'), word(at(2024, 12, 5), { core: core('2024-12-05T12:00:00Z', { title: 'Security Assessment Report', creator: 'Keel & Marrow' }) })) },
  { file: 'desk-receipt-checklist.docx', expected: 'UNKNOWN', note: "The intake desk's own working procedure checklist for receiving uploads; not the CSP's Initial Authorization Package Checklist.", build: async () => renderDocx(U.deskChecklist(), lo(at(2025, 2, 3))) },
  { file: 'Desk Receipt Log FY25.xlsx', expected: 'UNKNOWN', note: "The intake desk's receipt log workbook listing files received per package; a tracker about deliverables.", build: async () => renderXlsx(U.deskReceiptLog([halvorsen, quillmark, brightwater, teravolt, corvid]), xlsxLo(at(2025, 9, 30))) },
  { file: 'PKG-0307-00.docx', expected: 'UNKNOWN', note: 'Agency authorization kickoff meeting agenda for Teravolt (agency, CSP, 3PAO, PMO).', build: async () => renderDocx(U.kickoffAgenda(teravolt, dtsa, northpoint, 'February 11, 2025'), word(at(2025, 2, 4))) },
  { file: 'PKG-0288-71.pdf', expected: 'UNKNOWN', note: "Keel & Marrow's A2LA ISO/IEC 17020 accreditation certificate (3PAO credential), not an assessment deliverable.", build: async () => renderPdf(U.a2laCertificate(keel), { font: 'times', info: { producer: 'Adobe PDF Library 17.0', creator: 'Adobe InDesign 19.0', created: '2024-08-14T09:00:00Z' } }) },
  { file: 'bridge_letter.pdf', expected: 'UNKNOWN', note: "Teravolt's SOC 1 Type 2 bridge (gap) letter to customers; an audit-related letter outside the FedRAMP taxonomy.", build: async () => renderPdf(U.soc1Bridge(teravolt, 'March 31, 2025'), { font: 'times', info: { title: 'Bridge Letter', producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', created: '2025-03-31T16:00:00Z' } }) },
  { file: 'marketplace_request.docx', expected: 'UNKNOWN', note: "Quillmark's FedRAMP Marketplace 'In Process' designation request form.", build: async () => renderDocx(U.marketplaceRequest(quillmark, ocga, 'September 16, 2024'), word(at(2024, 9, 16))) },
  { file: 'LOI_signed.pdf', expected: 'UNKNOWN', note: "NHSA's letter of intent to sponsor Brightwater for an agency authorization; it says explicitly that it is not an ATO.", build: async () => renderPdf(U.sponsorshipLoi(brightwater, nhsa, 'May 6, 2024'), { font: 'times', info: printToPdf('2024-05-06T17:00:00Z', 'Microsoft Word - LOI Brightwater.docx') }) },
  { file: 'PKG-0288-72.docx', expected: 'UNKNOWN', note: "FPRB authorizing official's memo accepting residual risk for one POA&M item after Corvid's deviation request; the agency's decision memo, not the request or an ATO.", build: async () => renderDocx(U.riskAcceptanceMemo(corvid, fprb, 'August 5, 2025'), word(at(2025, 8, 5))) },
  { file: 'engagement.pdf', expected: 'UNKNOWN', note: "Northpoint's engagement letter (scope, fees, independence) to Quillmark for assessment services; a contract letter, not a SAP.", build: async () => renderPdf(U.engagementLetter(quillmark, northpoint, 'October 7, 2024'), { font: 'helvetica', info: printToPdf('2024-10-07T13:00:00Z') }) },
  { file: 'PKG-0231-73.docx', expected: 'UNKNOWN', note: 'Halvorsen security incident report for one incident (timeline, CISA ticket); an incident report, not the Incident Response Plan.', build: async () => renderDocx(U.incidentReport(halvorsen, ocga, 'August 27, 2025'), lo(at(2025, 8, 28))) },
  { file: 'FedRAMP Ready.eml', expected: 'UNKNOWN', note: "PMO e-mail telling Corvid its service reached FedRAMP Ready status; correspondence, not an ATO or a deliverable.", build: async () => U.fedrampReadyEmail(corvid) },
  { file: 'minutes-2025-03-19.md', expected: 'UNKNOWN', note: 'Weekly sync meeting minutes for the Halvorsen authorization (status, questions, action items).', build: async () => toMarkdown(U.meetingMinutes(halvorsen, ocga, ashgrove)) },
  { file: 'ERM_register_Q1.xlsx', expected: 'UNKNOWN', note: "Teravolt's enterprise risk register for its board risk committee; business risks, not a POA&M.", build: async () => renderXlsx(U.riskRegister(teravolt), xlsxExcel(at(2025, 4, 2))) },
  { file: 'fedramp101-notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of the desk training deck for new staff, which name every deliverable without being one.', build: async () => toText(U.trainingNotes(), 0) },
  { file: 'CAIQ_v4_Brightwater.xlsx', expected: 'UNKNOWN', note: "Brightwater's CSA CAIQ v4 questionnaire answers for a commercial customer; a vendor questionnaire, not the CIS/CRM workbook.", build: async () => renderXlsx(U.caiq(brightwater), xlsxExcel(at(2024, 10, 21))) },
  { file: 'roe.pdf', expected: 'UNKNOWN', note: "Teravolt CISO's memo with rules of engagement for an internal red team exercise on the commercial platform; not a 3PAO SAP.", build: async () => renderPdf(U.pentestRoe(teravolt, 'April 14, 2025'), { font: 'helvetica', info: loPdf('2025-04-14T11:00:00Z') }) },
  { file: 'transmittal_0231.docx', expected: 'UNKNOWN', note: "The desk's transmittal memo listing resubmitted Halvorsen documents for the agency; a cover memo about deliverables.", build: async () => renderDocx(U.transmittalMemo(halvorsen, ocga, 'July 25, 2025'), lo(at(2025, 7, 25))) },
  { file: 'SOC2_Type2_2024.pdf', expected: 'UNKNOWN', note: "Excerpt of Halvorsen's SOC 2 Type 2 report (auditor's opinion and tests of controls).", build: async () => renderPdf(U.soc2Excerpt(halvorsen), { font: 'times', info: { title: 'Halvorsen SOC 2 Type 2 FY24', producer: 'Adobe PDF Library 15.0', created: '2024-11-22T12:00:00Z' }, footer: 'Confidential — for customers under NDA', pageNumbers: true }) },
];

/** The documents in memory, in a fixed order; each has its own seeded random stream. */
export async function buildEval15Docs(): Promise<Eval15Doc[]> {
  const docs: Eval15Doc[] = [];
  for (const [i, spec] of SPECS.entries()) {
    const data = await spec.build(rng(15_000 + i * 7919));
    docs.push({ file: spec.file, expected: spec.expected, note: spec.note, data });
  }
  return docs;
}

export async function generateEval15Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval15Docs();
  for (const doc of docs) await writeFile(join(dir, doc.file), doc.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}

