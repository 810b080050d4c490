/** The labelled FedRAMP deliverables of the eval22 corpus. */
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { DocSpec } from '../kit/model.js';
import { h1, p, table } from '../kit/model.js';
import { CO, PRODUCTS, TPAO, sharepointFooter } from '../kit/wrappers.js';
import { atoLetterBlocks, sapBody, sarBody } from './assessment-bodies.js';
import { cmpBody, diwBody, drEntries, fips199Body, irpBody, iscpBody, policyBody, ptaBody, robBody, scrEntries, scrmBody, userGuideBody } from './attachment-bodies.js';
import type { Pending, ProseOptions } from './common.js';
import { meta, spec } from './common.js';
import { oscalJson, oscalXml, oscalYamlSsp } from './oscal.js';
import { nessusCsv, nessusXml, qualysCsv, zapJson } from './scans.js';
import { sspBody } from './ssp-body.js';
import { checklistSheets, cisCrmSheets, drSheets, INVENTORY_HEADERS, inventoryRows, inventorySheets, lawsSheets, poamSheets, sodSheets } from './workbooks.js';

const [CIC, CTG, SVP] = PRODUCTS;
const HIST: [string, string, string, string][] = [
  ['2023-03-10', 'R0', 'Initial release for agency review', CO.isso],
  ['2023-08-02', 'R1', 'Incorporated agency comments (CRM items 1-42)', CO.isso],
  ['2024-07-19', 'R2', 'Annual review; Rev5 transition', CO.dm],
  ['2025-04-11', 'R3', 'Annual review; boundary update for managed database', CO.dm],
];
const SIGN: [string, string][] = [[CO.pm, 'System Owner / Program Manager'], [CO.ciso, 'Chief Information Security Officer'], [CO.isso, 'Information System Security Officer']];
const SP = (path: string): string => sharepointFooter(path, '4/14/2025 10:42 AM', 'Whitfield, Dana');

const docx = (o: ProseOptions, m: ReturnType<typeof meta>, extra: Partial<DocSpec> = {}) => () => renderDocx(spec(o, m, extra));
const pdf = (o: ProseOptions, m: ReturnType<typeof meta>, extra: Partial<DocSpec> = {}, objStreams = true) => () => renderPdf(spec(o, m, extra), { useObjectStreams: objStreams });

export function deliverables(): Pending[] {
  const list: Pending[] = [];
  const add = (file: string, expected: Pending['expected'], note: string, make: Pending['make']): void => {
    list.push({ file, expected, note, make });
  };

  /* ---------------- SSP ---------------- */
  add('upload (3).docx', 'SSP', 'CIC System Security Plan (full Rev5 template sections and control statements) stapled behind a DD 1423-style CDRL A004 cover sheet; the wrapper is only a cover, so it is the SSP.', docx(
    { product: CIC, docTitle: 'System Security Plan', docNo: 'SI-FRP-0042', rev: 'R3', date: '11 April 2025', titleStyle: 'cover', revRows: HIST, signers: SIGN, toc: true, body: sspBody(CIC),
      cdrl: { cdrl: 'A004', dataItemTitle: 'System Security Plan (with Attachments)', subtitle: 'Annual update', contract: CIC.contract, clin: '0003', authority: 'DI-MISC-80508B', reference: 'PWS 3.6.1', requiringOffice: `${CIC.agencyAbbr} OCIO`, frequency: 'ANNLY', firstSubmission: '60 DAC', dist: 'F', docNo: 'SI-FRP-0042', rev: 'R3', date: '11 April 2025', system: CIC.name } },
    meta('2025-04-11', { title: 'DD1423 CDRL A004', author: CO.dm, lastModifiedBy: 'Whitfield, Dana', subject: 'CDRL' }),
  ));
  add('SVP_SSP_R2_clean.pdf', 'SSP', 'SVP (High) System Security Plan exported to PDF behind a contractor transmittal page, with export-control and distribution notices.', pdf(
    { product: SVP, docTitle: 'FedRAMP System Security Plan (SSP) - High Baseline', docNo: 'SI-FRP-0044', rev: 'R2', date: '2 May 2025', titleStyle: 'cover', dist: 'D', revRows: HIST.slice(0, 3), signers: SIGN, toc: true, body: sspBody(SVP, true),
      transmittal: { no: 'CFSI-FRP-T-0122', date: '2 May 2025', to: `COR, ${SVP.agency}`, contract: SVP.contract, taskOrder: SVP.taskOrder, enclosures: ['SI-FRP-0044-R2 System Security Plan (CDRL A004), PDF', 'SSP Attachments 1-13 under separate transmittal'], purpose: 'Annual update - final' } },
    meta('2025-05-02', { title: 'Microsoft Word - SI-FRP-0044-R2.docx', author: 'pvenkataraman' }),
  ));
  add('doc-0412.json', 'SSP', 'OSCAL JSON system-security-plan (FedRAMP template content) retitled for CIC.', () => oscalJson('FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan', `${CIC.name} System Security Plan`, '2025-04-11T16:00:00Z', 2));
  add('ctg-package.xml', 'SSP', 'OSCAL XML system-security-plan (GSA AwesomeCloud example renamed to CTG) with a proprietary legend comment.', () => oscalXml('AwesomeCloudSSP2.xml', [[/AwesomeCloud/g, 'CaseTrack Gov']], CTG, 'SI-FRP-0043-R2'));
  add('export_20250530.yaml', 'SSP', 'OSCAL YAML system-security-plan exported from the program office pipeline, metadata title only says "working copy".', () => oscalYamlSsp(CIC));

  /* ---------------- SSP attachments ---------------- */
  add('Attachment 1 - AC Policy.docx', 'POLICIES_AND_PROCEDURES', 'Access Control Policy and Procedures for CIC (SSP Attachment 1), headings as bold paragraphs and SharePoint print footer.', docx(
    { product: CIC, docTitle: 'Access Control (AC) Policy and Procedures', docNo: 'SI-FRP-0051', rev: 'R2', date: '3 March 2025', titleStyle: 'table', revRows: HIST.slice(1), signers: SIGN.slice(0, 2), body: policyBody(CIC, 'AC') },
    meta('2025-03-03', { title: 'Access Control Policy', author: CO.ciso }),
    { headings: 'bold', footer: SP('CIC/Attachments/Attachment 1 - AC Policy.docx') },
  ));
  add('scan0007.pdf', 'POLICIES_AND_PROCEDURES', 'System and Communications Protection Policy and Procedures for SVP (SSP Attachment 1 family document) as PDF, no title metadata.', pdf(
    { product: SVP, docTitle: 'System and Communications Protection (SC) Policy and Procedures', docNo: 'SI-FRP-0051', rev: 'R1', date: '20 January 2025', titleStyle: 'cover', dist: 'D', revRows: HIST.slice(0, 2), body: policyBody(SVP, 'SC') },
    meta('2025-01-20', {}),
  ));
  add('Final_v7.docx', 'USER_GUIDE', 'CIC User Guide (SSP Attachment 2) with cover, revision history and numbered bold headings.', docx(
    { product: CIC, docTitle: 'User Guide', docNo: 'SI-FRP-0052', rev: 'R7', date: '14 February 2025', titleStyle: 'cover', revRows: HIST, toc: true, legends: false, body: userGuideBody(CIC) },
    meta('2025-02-14', { title: 'Final_v7', author: 'Tech Pubs' }),
    { headings: 'bold' },
  ));
  add('CTG-UserGuide.pdf', 'USER_GUIDE', 'CTG User Guide PDF for agency users and administrators.', pdf(
    { product: CTG, docTitle: `${CTG.name} User Guide`, docNo: 'SI-FRP-0152', rev: 'R3', date: '9 June 2025', titleStyle: 'paragraph', legends: false, body: userGuideBody(CTG) },
    meta('2025-06-09', { title: `${CTG.name} User Guide`, author: 'CFSI Technical Publications' }),
    {},
    false,
  ));
  add('attach3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'CIC Digital Identity Worksheet (SSP Attachment 3) selecting IAL/AAL/FAL 2.', docx(
    { product: CIC, docTitle: 'Digital Identity Worksheet', docNo: 'SI-FRP-0053', rev: 'R1', date: '12 March 2025', titleStyle: 'table', revRows: HIST.slice(2), body: diwBody(CIC) },
    meta('2025-03-12', { title: 'SSP Appendix A - FedRAMP Moderate Security Controls', author: 'FedRAMP PMO' }),
  ));
  add('upload (11).pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'SVP Digital Identity Worksheet as PDF selecting Level 3.', pdf(
    { product: SVP, docTitle: 'Attachment 3 - Digital Identity Worksheet', docNo: 'SI-FRP-0053', rev: 'R2', date: '12 March 2025', titleStyle: 'cover', dist: 'D', body: diwBody(SVP) },
    meta('2025-03-12', { title: 'Digital Identity Worksheet', author: CO.isso }),
  ));
  add('CIC PTA-PIA.docx', 'PRIVACY_ASSESSMENT', 'CIC Privacy Threshold Analysis with the Privacy Impact Assessment (SSP Attachment 4).', docx(
    { product: CIC, docTitle: 'Privacy Threshold Analysis and Privacy Impact Assessment', docNo: 'SI-FRP-0054', rev: 'R2', date: '7 March 2025', titleStyle: 'cover', revRows: HIST.slice(1), body: ptaBody(CIC) },
    meta('2025-03-07', { title: 'PTA/PIA', author: 'Eleanor Baptiste-Moore' }),
  ));
  add('doc-0388.pdf', 'PRIVACY_ASSESSMENT', 'CTG Privacy Impact Assessment (with threshold questions) as PDF behind a transmittal page.', pdf(
    { product: CTG, docTitle: 'Privacy Impact Assessment (PIA)', docNo: 'SI-FRP-0154', rev: 'R1', date: '22 January 2025', titleStyle: 'cover', body: ptaBody(CTG),
      transmittal: { no: 'CFSI-FRP-T-0104', date: '22 January 2025', to: `COR, ${CTG.agency}`, contract: CTG.contract, taskOrder: CTG.taskOrder, enclosures: ['SI-FRP-0154-R1 Privacy Impact Assessment (SSP Attachment 4)'], purpose: 'Initial submission' } },
    meta('2025-01-22', { title: 'Privacy Impact Assessment', author: 'CFSI Privacy Office' }),
  ));
  add('RoB_signed_blank.docx', 'RULES_OF_BEHAVIOR', 'SVP Rules of Behavior (SSP Attachment 5) for privileged and agency users, with acknowledgement block.', docx(
    { product: SVP, docTitle: 'Rules of Behavior', docNo: 'SI-FRP-0055', rev: 'R2', date: '3 February 2025', titleStyle: 'cover', dist: 'D', revRows: HIST.slice(2), body: robBody(SVP) },
    meta('2025-02-03', { title: 'Rules of Behavior', author: CO.isso }),
  ));
  add('rules-of-behavior.md', 'RULES_OF_BEHAVIOR', 'CTG Rules of Behavior kept as markdown in the docs repository (front matter title).', async () =>
    renderMarkdown(spec({ product: CTG, docTitle: 'Rules of Behavior', docNo: 'SI-FRP-0155', rev: 'R1', date: '2025-01-30', titleStyle: 'none', legends: false, body: robBody(CTG) }, meta('2025-01-30', {})), { title: `${CTG.name} Rules of Behavior`, document: 'SI-FRP-0155-R1', owner: CO.isso }));
  add('ISCP_CIC_2025.docx', 'CONTINGENCY_PLAN', 'CIC Information System Contingency Plan (SSP Attachment 6) with recovery objectives and phases.', docx(
    { product: CIC, docTitle: 'Information System Contingency Plan (ISCP)', docNo: 'SI-FRP-0056', rev: 'R3', date: '28 March 2025', titleStyle: 'cover', revRows: HIST, signers: SIGN, toc: true, body: iscpBody(CIC) },
    meta('2025-03-28', { title: 'ISCP', author: CO.isso }),
  ));
  add('Final_v2 (1).pdf', 'CONTINGENCY_PLAN', 'SVP Information System Contingency Plan as PDF; metadata title is a stale file name.', pdf(
    { product: SVP, docTitle: 'Information System Contingency Plan', docNo: 'SI-FRP-0056', rev: 'R2', date: '28 March 2025', titleStyle: 'table', dist: 'D', revRows: HIST.slice(1), body: iscpBody(SVP) },
    meta('2025-03-28', { title: 'Final_v2.docx', author: 'jekwueme' }),
  ));
  add('CTG_CP.docx', 'CONTINGENCY_PLAN', 'CTG contingency plan with title only in the page header and a bold first paragraph (no cover page).', docx(
    { product: CTG, docTitle: 'Information System Contingency Plan', docNo: 'SI-FRP-0156', rev: 'R1', date: '5 May 2025', titleStyle: 'paragraph', legends: false, body: iscpBody(CTG) },
    meta('2025-05-05', { author: 'Jonah P. Ekwueme' }),
    { header: `${CTG.name} Information System Contingency Plan | SI-FRP-0156-R1 | CUI`, headings: 'bold' },
  ));
  add('Attachment7.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'CIC Configuration Management Plan (SSP Attachment 7) with change types and CCB.', docx(
    { product: CIC, docTitle: 'Configuration Management Plan', docNo: 'SI-FRP-0057', rev: 'R2', date: '18 March 2025', titleStyle: 'cover', revRows: HIST.slice(1), signers: SIGN.slice(0, 2), body: cmpBody(CIC) },
    meta('2025-03-18', { title: 'Configuration Management Plan', author: 'Configuration Manager' }),
  ));
  add('cm-plan.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'SVP Configuration Management Plan maintained as markdown (docs-as-code).', async () =>
    renderMarkdown(spec({ product: SVP, docTitle: 'Configuration Management Plan', docNo: 'SI-FRP-0057', rev: 'R3', date: '2025-06-01', titleStyle: 'none', legends: false, body: [h1(`${SVP.name} Configuration Management Plan`), ...cmpBody(SVP)] }, meta('2025-06-01', {})), { title: `${SVP.abbr} Configuration Management Plan`, doc_id: 'SI-FRP-0057-R3' }));
  add('IRP.docx', 'INCIDENT_RESPONSE_PLAN', 'CTG Incident Response Plan (SSP Attachment 8) with IR team, severities and phases.', docx(
    { product: CTG, docTitle: 'Incident Response Plan', docNo: 'SI-FRP-0158', rev: 'R2', date: '10 April 2025', titleStyle: 'cover', revRows: HIST.slice(2), signers: SIGN, body: irpBody(CTG) },
    meta('2025-04-10', { title: 'Incident Response Plan', author: CO.ciso }),
  ));
  add('Security Assessment Report.pdf', 'INCIDENT_RESPONSE_PLAN', 'SVP Incident Response Plan PDF misleadingly named as a SAR; the content is the IRP.', pdf(
    { product: SVP, docTitle: 'Incident Response Plan (IRP)', docNo: 'SI-FRP-0058', rev: 'R3', date: '10 April 2025', titleStyle: 'cover', dist: 'D', revRows: HIST, body: irpBody(SVP) },
    meta('2025-04-10', { title: 'Incident Response Plan', author: CO.ciso }),
  ));
  add('CIS_CRM_CIC.xlsx', 'CIS_CRM_WORKBOOK', 'CIC CIS/CRM Workbook (SSP Attachment 9) with CIS and CRM worksheets.', () => renderXlsx({ meta: meta('2025-04-11', { title: 'CIS CRM Workbook', author: CO.isso }), company: CO.name, sheets: cisCrmSheets(CIC, 'a') }));
  add('book1.xlsx', 'CIS_CRM_WORKBOOK', 'SVP CIS/CRM workbook with a CDRL cover tab before the CIS and CRM sheets; no document title in metadata.', () => renderXlsx({ meta: meta('2025-04-11', { author: 'pvenkataraman' }), sheets: cisCrmSheets(SVP, 'b') }));
  add('FIPS199_CIC.docx', 'FIPS_199', 'CIC FIPS 199 Categorization (SSP Attachment 10) with information types and high-water mark.', docx(
    { product: CIC, docTitle: 'FIPS 199 Categorization', docNo: 'SI-FRP-0060', rev: 'R1', date: '6 March 2025', titleStyle: 'cover', revRows: HIST.slice(2), body: fips199Body(CIC) },
    meta('2025-03-06', { title: 'FIPS 199', author: CO.isso }),
  ));
  add('doc-0419.pdf', 'FIPS_199', 'SVP FIPS 199 Security Categorization as PDF.', pdf(
    { product: SVP, docTitle: 'FIPS 199 Security Categorization Report', docNo: 'SI-FRP-0060', rev: 'R2', date: '6 March 2025', titleStyle: 'table', dist: 'D', body: fips199Body(SVP) },
    meta('2025-03-06', { title: 'Microsoft Word - FIPS199.docx' }),
  ));
  add('SoD.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'CIC Separation of Duties Matrix (SSP Attachment 11): functions by roles, with conflicts sheet.', () => renderXlsx({ meta: meta('2025-03-20', { title: 'Separation of Duties Matrix', author: CO.isso }), sheets: sodSheets(CIC, 'a') }));
  add('upload (7).xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'CTG Separation of Duties Matrix on a single default-named sheet, stale metadata title from another workbook.', () => renderXlsx({ meta: meta('2025-05-15', { title: 'Monthly Status Report - Staffing', author: 'mtoyelaran' }), sheets: sodSheets(CTG, 'b') }));
  add('Attachment 12.xlsx', 'LAWS_AND_REGULATIONS', 'CIC FedRAMP Laws and Regulations (SSP Attachment 12) with laws and standards sheets.', () => renderXlsx({ meta: meta('2025-03-01', { title: 'FedRAMP Laws and Regulations' }), sheets: lawsSheets(CIC) }));
  add('laws_regs_svp.docx', 'LAWS_AND_REGULATIONS', 'SVP Laws, Regulations, Standards and Guidance attachment as a docx table.', docx(
    { product: SVP, docTitle: 'Attachment 12 - FedRAMP Laws and Regulations', docNo: 'SI-FRP-0062', rev: 'R1', date: '1 March 2025', titleStyle: 'cover', dist: 'D', body: [
      h1('Applicable Laws and Regulations'),
      p('The following laws and regulations apply to the SVP information system and are referenced by the SSP and its attachments. Agency-specific requirements are listed at the end of each table.'),
      table(lawsSheets(SVP)[0]!.rows.slice(1).filter((r) => r.length > 1).map((r) => r.map((c) => String(c ?? '')))),
      h1('Applicable Standards and Guidance'),
      table(lawsSheets(SVP)[1]!.rows.map((r) => r.map((c) => String(c ?? '')))),
    ] },
    meta('2025-03-01', { title: 'Laws and Regulations', author: CO.dm }),
  ));
  add('SCRMP.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'SVP Supply Chain Risk Management Plan (SR family) as PDF.', pdf(
    { product: SVP, docTitle: 'Supply Chain Risk Management Plan', docNo: 'SI-FRP-0065', rev: 'R1', date: '15 April 2025', titleStyle: 'cover', dist: 'D', revRows: HIST.slice(2), signers: SIGN.slice(0, 2), body: scrmBody(SVP) },
    meta('2025-04-15', { title: 'SCRM Plan', author: 'SCRM Lead' }),
  ));
  add('Doc1.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'CIC Supply Chain Risk Management Plan; metadata title left from the Word default.', docx(
    { product: CIC, docTitle: 'Supply Chain Risk Management Plan (SCRMP)', docNo: 'SI-FRP-0065', rev: 'R2', date: '15 April 2025', titleStyle: 'table', revRows: HIST.slice(1), body: scrmBody(CIC) },
    meta('2025-04-15', { title: 'Document1', author: 'Windows User' }),
    { headings: 'bold' },
  ));

  /* ---------------- Assessment ---------------- */
  add('KAP-CIC-SAP-2025.docx', 'SAP', 'Keystone Security Assessment Plan for CIC with methodology and rules of engagement, behind a CDRL A006 cover sheet.', docx(
    { product: CIC, docTitle: 'Security Assessment Plan (SAP)', docNo: 'KAP-CIC-SAP', rev: 'R1', date: '28 April 2025', titleStyle: 'cover', preparedFor: `${CIC.agency} and ${CO.name}`, revRows: [['2025-04-18', 'R0', 'Draft for CSP review', TPAO.lead], ['2025-04-28', 'R1', 'Final for agency approval', TPAO.lead]], toc: true, body: sapBody(CIC),
      cdrl: { cdrl: 'A006', dataItemTitle: 'Security Assessment Plan', subtitle: '2025 Annual Assessment (3PAO)', contract: CIC.contract, clin: '0004', authority: 'DI-MISC-80508B', reference: 'PWS 3.6.4', requiringOffice: `${CIC.agencyAbbr} ISSM`, frequency: 'ANNLY', firstSubmission: 'Per 3PAO schedule', dist: 'F', docNo: 'KAP-CIC-SAP', rev: 'R1', date: '28 April 2025', system: CIC.name } },
    meta('2025-04-28', { title: 'Security Assessment Plan', author: TPAO.lead }),
  ));
  add('doc-0431.pdf', 'SAP', 'Keystone Security Assessment Plan for SVP as PDF.', pdf(
    { product: SVP, docTitle: 'Security Assessment Plan', docNo: 'KAP-SVP-SAP', rev: 'R0', date: '30 April 2025', titleStyle: 'cover', dist: 'D', toc: true, body: sapBody(SVP) },
    meta('2025-04-30', { title: 'SAP', author: 'Keystone Assurance Partners' }),
  ));
  add('assessment-plan.json', 'SAP', 'OSCAL JSON assessment-plan (FedRAMP template) retitled for CTG, minified.', () => oscalJson('FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', `${CTG.name} Security Assessment Plan 2025`, '2025-04-30T12:00:00Z', 0));
  add('sap_oscal.xml', 'SAP', 'OSCAL XML assessment-plan (FedRAMP template) with names filled in.', () => oscalXml('FedRAMP-SAP-OSCAL-Template.xml', [[/\[System Name\]/g, SVP.name]], SVP, 'KAP-SVP-SAP-R0'));
  add('Final_v3.docx', 'SAR', 'Keystone Security Assessment Report for CIC with risk exposure table and authorization recommendation.', docx(
    { product: CIC, docTitle: 'Security Assessment Report (SAR)', docNo: 'KAP-CIC-SAR', rev: 'R1', date: '20 June 2025', titleStyle: 'cover', toc: true, revRows: [['2025-06-13', 'R0', 'Draft', TPAO.lead], ['2025-06-20', 'R1', 'Final', TPAO.lead]], body: sarBody(CIC) },
    meta('2025-06-20', { title: 'Final_v3', author: TPAO.lead }),
  ));
  add('SAR_SVP_2025_final.pdf', 'SAR', 'Keystone Security Assessment Report for SVP as PDF behind a contractor transmittal page.', pdf(
    { product: SVP, docTitle: 'Security Assessment Report', docNo: 'KAP-SVP-SAR', rev: 'R1', date: '20 June 2025', titleStyle: 'cover', dist: 'D', body: sarBody(SVP),
      transmittal: { no: 'CFSI-FRP-T-0127', date: '24 June 2025', to: `COR, ${SVP.agency}`, contract: SVP.contract, taskOrder: SVP.taskOrder, enclosures: ['KAP-SVP-SAR-R1 Security Assessment Report (CDRL A007), prepared by Keystone Assurance Partners'], purpose: 'Final submission' } },
    meta('2025-06-20', { title: 'Security Assessment Report', author: 'Keystone Assurance Partners' }),
    {},
    false,
  ));
  add('results.json', 'SAR', 'OSCAL JSON assessment-results (FedRAMP SAR template) retitled for CIC, tab-indented.', () => oscalJson('FedRAMP-SAR-OSCAL-Template.json', 'assessment-results', `${CIC.name} Security Assessment Report 2025`, '2025-06-20T12:00:00Z', '\t'));
  add('upload (5).xml', 'SAR', 'OSCAL XML assessment-results (GSA AwesomeCloud example renamed to CTG).', () => oscalXml('AwesomeCloudSAR.xml', [[/AwesomeCloud/g, 'CaseTrack Gov']], CTG, 'KAP-CTG-SAR-R0'));

  /* ---------------- ConMon / authorization ---------------- */
  add('CIC_POAM_2025-07.xlsx', 'POAM', 'CIC POA&M in the FedRAMP v2.1 template layout (four sheets, header row 5).', () => renderXlsx({ meta: meta('2025-07-31', { title: 'FedRAMP POA&M Template', author: CO.isso }), company: CO.name, sheets: poamSheets(CIC, 'template') }));
  add('upload (9).xlsx', 'POAM', 'SVP POA&M with a CDRL banner, header row moved to row 7 and several columns renamed.', () => renderXlsx({ meta: meta('2025-06-30', { title: 'SI-FRP-0071-R7', author: 'pvenkataraman' }), sheets: poamSheets(SVP, 'drift') }));
  add('poam.json', 'POAM', 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template) retitled for CTG.', () => oscalJson('FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones', `${CTG.name} POA&M - June 2025`, '2025-06-30T12:00:00Z', 4));
  add('doc-0502.xml', 'POAM', 'OSCAL XML plan-of-action-and-milestones (GSA AwesomeCloud example renamed to CIC).', () => oscalXml('AwesomeCloudPOAM.xml', [[/AwesomeCloud/g, 'Insight Cloud']], CIC, 'SI-FRP-0070-R19'));
  add('ATO_Letter_signed.pdf', 'ATO_LETTER', 'FGMA Authority to Operate memorandum for CIC signed by the authorizing official.', () => renderPdf({ meta: meta('2023-08-14', { title: 'ATO Letter', author: CIC.ao }), header: 'UNCLASSIFIED', blocks: atoLetterBlocks(CIC, 'August 14, 2023') }));
  add('scan_2024_12.docx', 'ATO_LETTER', 'USMSA Authority to Operate letter for SVP as docx (name misleadingly says scan).', () => renderDocx({ meta: meta('2024-12-06', { author: 'USMSA OCIO' }), blocks: atoLetterBlocks(SVP, 'December 6, 2024') }));
  add('package-checklist.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist for CIC with item list and SSP checks.', () => renderXlsx({ meta: meta('2025-08-15', { title: 'FedRAMP Initial Authorization Package Checklist' }), sheets: checklistSheets(CIC) }));
  add('Checklist_CTG.docx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist for CTG as a docx table.', docx(
    { product: CTG, docTitle: 'FedRAMP Initial Authorization Package Checklist', docNo: 'SI-FRP-0180', rev: 'R0', date: '15 January 2024', titleStyle: 'paragraph', legends: false, body: [
      p('Instructions: Indicate whether each item is included in the package submitted to the FedRAMP secure repository. All required items must be present before the package is submitted for PMO review.'),
      table(checklistSheets(CTG)[0]!.rows.slice(5).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? ''))))),
      h1('SSP Checks'),
      table(checklistSheets(CTG)[1]!.rows.map((r) => r.map((c) => String(c ?? '')))),
    ] },
    meta('2024-01-15', { title: 'Package Checklist', author: CO.dm }),
  ));
  add('CIC_OS_2025-06.nessus', 'SCAN_RESULTS', 'Tenable .nessus (NessusClientData_v2) monthly credentialed OS scan of CIC hosts.', async () => nessusXml(CIC, 5));
  add('june-scan.csv', 'SCAN_RESULTS', 'Nessus CSV export of the SVP monthly scan.', async () => nessusCsv(SVP, 8));
  add('doc-0517.csv', 'SCAN_RESULTS', 'Qualys scan results CSV (report banner then the QID table) for the CIC database tier.', async () => qualysCsv(CIC, 13));
  add('webapp-june.json', 'SCAN_RESULTS', 'OWASP ZAP JSON report of the CTG web application scan.', async () => zapJson(CTG, 17));
  add('Inventory_July.xlsx', 'INVENTORY', 'CIC Integrated Inventory Workbook (v2.2 columns) with a title row above the headers.', () => renderXlsx({ meta: meta('2025-07-31', { title: 'Integrated Inventory Workbook', author: CO.isso }), sheets: inventorySheets(CIC, 'v22') }));
  add('upload (2).xlsx', 'INVENTORY', 'SVP Rev5 Appendix M inventory (adds Diagram Label) with header on row 4 and no metadata title.', () => renderXlsx({ meta: meta('2025-06-30', {}), sheets: inventorySheets(SVP, 'rev5') }));
  add('assets_export.csv', 'INVENTORY', 'CTG integrated inventory saved as CSV with the IIW column headers.', async () => {
    const rows = [INVENTORY_HEADERS, ...inventoryRows(CTG, 19, 22)].map((r) => r.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(','));
    return rows.join('\r\n') + '\r\n';
  });
  add('SCR-2025-02.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'CIC Significant Change Request form for migrating to a managed database service.', docx(
    { product: CIC, docTitle: 'FedRAMP Significant Change Request (SCR) Form', docNo: 'SI-FRP-0090', rev: 'R0', date: '22 April 2025', titleStyle: 'table', legends: false, body: scrEntries(CIC) },
    meta('2025-04-22', { title: 'Significant Change Request', author: CO.isso }),
  ));
  add('doc-0455.pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'SVP Significant Change Request as PDF behind a transmittal.', pdf(
    { product: SVP, docTitle: 'Significant Change Request', docNo: 'SI-FRP-0091', rev: 'R1', date: '2 May 2025', titleStyle: 'cover', dist: 'D', body: scrEntries(SVP),
      transmittal: { no: 'CFSI-FRP-T-0123', date: '2 May 2025', to: `AO, ${SVP.agency}`, contract: SVP.contract, taskOrder: SVP.taskOrder, enclosures: ['SI-FRP-0091-R1 Significant Change Request (CDRL A011)'], purpose: 'Request for AO approval before implementation' } },
    meta('2025-05-02', { title: 'SCR', author: CO.isso }),
  ));
  add('DR_CIC_July.xlsx', 'DEVIATION_REQUEST', 'CIC FedRAMP Deviation Request form (FP / RA / VD rows) as xlsx.', () => renderXlsx({ meta: meta('2025-07-10', { title: 'Deviation Request', author: CO.isso }), sheets: drSheets(CIC) }));
  add('CTG-DR-007.docx', 'DEVIATION_REQUEST', 'CTG operational-requirement Deviation Request with justification and compensating controls.', docx(
    { product: CTG, docTitle: 'FedRAMP Deviation Request - Operational Requirement', docNo: 'SI-FRP-0095', rev: 'R0', date: '18 March 2025', titleStyle: 'paragraph', legends: false, body: drEntries(CTG) },
    meta('2025-03-18', { title: 'Deviation Request', author: CO.isso }),
  ));
  return list;
}

