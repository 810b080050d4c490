import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Block, CoreMeta, DocSpec, EvalDoc } from './kit/blocks.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { toMarkdown, toPlainText } from './kit/text.js';
import { buildXlsx, headerRow } from './kit/xlsx.js';
import { CUI_NOTICE, PROPRIETARY, W, approvals, distribution, revisionHistory, tocOf } from './world.js';
import { configurationManagementPlan, contingencyFront, contingencyPlan, incidentResponsePlan, planFront } from './docs/plans.js';
import { LAWS_ROWS, accessControlPolicy, digitalIdentity, fips199, pia, pta, rulesOfBehavior, scrmPlan, siRaPolicy, userGuide } from './docs/attachments.js';
import { CHECKLIST_ITEMS, atoLetter, deviationRequest, sap, sar, significantChange, ssp } from './docs/assessment.js';
import * as S from './docs/sheets.js';
import { inventoryCsv, nessusCsv, nessusXml, openvasXml, qualysCsv } from './docs/scans.js';
import { poamJson, sapXml, sarJson, sspYaml } from './docs/oscal.js';
import * as U from './docs/unknowns.js';

export type Eval26Doc = EvalDoc<DeliverableType>;
type Maker = () => Promise<Eval26Doc> | Eval26Doc;

const docx = (file: string, expected: DeliverableType, note: string, spec: DocSpec): Maker => async () => ({ file, expected, note, data: await buildDocx(spec) });
const pdf = (file: string, expected: DeliverableType, note: string, spec: DocSpec, serif = false): Maker => async () => ({ file, expected, note, data: await buildPdf(spec, { serif }) });
const xlsx = (file: string, expected: DeliverableType, note: string, meta: CoreMeta | null, fill: Parameters<typeof buildXlsx>[1]): Maker => async () => ({ file, expected, note, data: await buildXlsx(meta, fill) });
const text = (file: string, expected: DeliverableType, note: string, data: string): Maker => () => ({ file, expected, note, data });

const cover = (title: string, sub: string[]): Block[] => [{ t: 'big', text: title }, ...sub.map((s): Block => ({ t: 'p', text: s })), { t: 'pagebreak' }];
const withToc = (front: Block[], body: Block[]): Block[] => [...front, ...tocOf(body), { t: 'pagebreak' }, ...body];

const MAKERS: Maker[] = [
  // ------------------------------------------------------------------ SSP
  docx('Final_v7.docx', 'SSP', 'The TRC System Security Plan in FedRAMP structure (sections 1-15, control implementation statements); core metadata still carries the FedRAMP template title.', {
    meta: { title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template', creator: 'FedRAMP PMO', lastModifiedBy: W.isso },
    header: `${W.acr} System Security Plan v4.1 | CUI`, footer: `${W.csp} | Controlled Unclassified Information`,
    blocks: withToc([...cover(`${W.cso}\nSystem Security Plan`, ['FedRAMP Moderate – Version 4.1 – September 15, 2025', `Prepared by ${W.csp}`, CUI_NOTICE]), ...revisionHistory([['2024-06-30', '4.0', 'Rev. 5 transition', W.isso], ['2025-09-15', '4.1', 'Annual update: standby region, new baselines', W.isso]]), ...approvals([[W.cto, 'System Owner'], [W.ciso, 'CISO']])], ssp()),
  }),
  text('trc-ssp-oscal.yaml', 'SSP', 'OSCAL YAML system-security-plan derived from the FedRAMP OSCAL SSP template and retitled for TRC.', sspYaml()),
  pdf('doc-0412.pdf', 'SSP', 'PDF export of the TRC System Security Plan (system identification, categorization, boundary, control implementations).', {
    meta: null, footer: 'CUI – TRC SSP',
    blocks: [{ t: 'title', text: 'System Security Plan' }, { t: 'p', text: `${W.cso} (${W.acr}) – FIPS 199 Moderate – ${W.csp}` }, ...revisionHistory([['2025-09-15', '4.1', 'Annual update', W.isso]]), { t: 'pagebreak' }, ...ssp()],
  }),
  // ------------------------------------------------------------------ SAP
  docx('upload (3).docx', 'SAP', 'The 3PAO Security Assessment Plan for the initial assessment: scope, methodology, schedule, penetration test plan, rules of engagement, signatures.', {
    meta: { title: 'SAP', creator: W.pao }, header: `${W.threePao} | Security Assessment Plan | ${W.acr}`, footer: 'Kestrel Assurance Partners – Proprietary',
    blocks: withToc([{ t: 'title', text: 'Security Assessment Plan (SAP)' }, { t: 'p', text: `${W.cso} – FedRAMP Moderate Initial Assessment – prepared by ${W.threePao} for ${W.csp}` }, ...revisionHistory([['2025-10-20', '1.0', 'Issued for agency approval', W.pao]])], sap(false)),
  }),
  pdf('kestrel-sap-annual-2025.pdf', 'SAP', 'Annual-assessment Security Assessment Plan from the 3PAO, PDF with serif typesetting.', {
    meta: { title: `${W.acr} Annual SAP 2025`, creator: W.pao, subject: 'Security Assessment Plan' }, header: 'Security Assessment Plan – Annual Assessment 2025', footer: W.threePao,
    blocks: [...cover('Security Assessment Plan', [`${W.cso}`, 'Annual Assessment 2025', W.threePao]), ...distribution([W.isso, W.sreLead, `${W.agencyIsso} (${W.agencyAcr})`]), ...sap(true)],
  }, true),
  text('assessment-plan.xml', 'SAP', 'OSCAL XML assessment-plan built from the FedRAMP SAP template with TRC filled in.', sapXml()),
  // ------------------------------------------------------------------ SAR
  docx('TRC_SAR_2025_final.docx', 'SAR', 'The 3PAO Security Assessment Report with summary of risks, risk exposure table and authorization recommendation.', {
    meta: { title: 'Security Assessment Report', creator: W.pao, subject: W.cso }, header: 'Security Assessment Report | CUI', footer: W.threePao,
    blocks: withToc([{ t: 'title', text: `${W.cso} Security Assessment Report` }, { t: 'p', text: `Prepared by ${W.threePao} – December 12, 2025` }, ...revisionHistory([['2025-12-12', '1.0', 'Final SAR', W.pao]])], sar()),
  }),
  text('scan-export-2025-12.json', 'SAR', 'OSCAL JSON assessment-results from the FedRAMP SAR template (retitled); the file name wrongly suggests a scan export.', sarJson()),
  pdf('Report.pdf', 'SAR', 'PDF of the Security Assessment Report, title given only in large type on the cover.', {
    meta: { title: 'Report' }, footer: 'Kestrel Assurance Partners | CUI',
    blocks: [...cover('Security Assessment Report (SAR)', [W.cso, 'FedRAMP Moderate', 'December 2025']), ...sar()],
  }),
  // ------------------------------------------------------------------ POAM
  xlsx('TRC-POAM-2025-10.xlsx', 'POAM', 'POA&M in the FedRAMP v2.1 template layout (Open/Closed POA&M Items, header row 5).', { title: 'FedRAMP POA&M Template', creator: W.isso }, S.fillPoamTemplate),
  xlsx('Book1.xlsx', 'POAM', 'Engineering working copy of the POA&M: header row moved to row 8, some columns renamed, an extra notes column; still the Open/Closed POA&M Items sheets.', null, S.fillPoamDrifted),
  text('a7f3c2e1.json', 'POAM', 'OSCAL JSON plan-of-action-and-milestones from the FedRAMP POA&M template, retitled.', poamJson()),
  // ------------------------------------------------------------------ SCAN_RESULTS
  text('trc_prod_sep2025_os.nessus', 'SCAN_RESULTS', 'Nessus v2 export of the monthly authenticated OS scan of TRC production hosts.', nessusXml()),
  text('export (2).csv', 'SCAN_RESULTS', 'Qualys scan results CSV export (report header lines, then per-host QID findings).', qualysCsv()),
  text('report-5b1c9a7e.xml', 'SCAN_RESULTS', 'OpenVAS/Greenbone GMP XML report of the monthly scan of management hosts and the ALB.', openvasXml()),
  text('inventory-sept.csv', 'SCAN_RESULTS', 'Nessus CSV export for the database and edge hosts; the file name wrongly says inventory.', nessusCsv()),
  // ------------------------------------------------------------------ INVENTORY
  xlsx('SSP-A13-Inventory-2025-09.xlsx', 'INVENTORY', 'Integrated Inventory Workbook v2.2 (SSP Attachment 13) filled with TRC assets.', { title: 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook', creator: W.sreLead }, S.fillInventoryV22),
  xlsx('Attachment_M.xlsx', 'INVENTORY', 'Rev5 Appendix M Integrated Inventory Workbook with a cover sheet and the Diagram Label column.', { creator: 'aws-config-export' }, S.fillInventoryRev5),
  text('assets.csv', 'INVENTORY', 'CSV export of the Integrated Inventory Workbook sheet (UNIQUE ASSET IDENTIFIER ... Application Administrator/ Owner).', inventoryCsv(S.INVENTORY_HEADERS, S.inventoryRows())),
  // ------------------------------------------------------------------ CONTINGENCY_PLAN
  docx('TRC-ISCP-v3.2.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan (SSP Attachment 6) in the FedRAMP ISCP structure, written by SRE.', {
    meta: { title: 'TRC ISCP', creator: W.sreLead }, header: `${W.acr} ISCP v3.2`, footer: PROPRIETARY,
    blocks: withToc([{ t: 'title', text: 'Information System Contingency Plan (ISCP)' }, { t: 'p', text: `${W.cso} – Version 3.2 – October 1, 2025` }, ...contingencyFront('3.2')], contingencyPlan('styles')),
  }),
  pdf('doc-0577.pdf', 'CONTINGENCY_PLAN', 'The ISCP printed to PDF from an older revision, headings as bold paragraphs, title in a cover table.', {
    meta: { title: 'doc-0577.pdf' }, header: 'Tessellate Records Cloud | Contingency Plan',
    blocks: [{ t: 'table', rows: [['Document', `${W.cso} Information System Contingency Plan`], ['Version', '3.1'], ['Owner', W.sreLead], ['Classification', 'CUI']] }, ...contingencyFront('3.1'), { t: 'pagebreak' }, ...contingencyPlan('bold')],
  }),
  text('contingency-plan.md', 'CONTINGENCY_PLAN', 'The ISCP kept as markdown in the SRE repository (docs-as-code), shorter body with the same FedRAMP ISCP sections.', `<!-- source: gitlab/sre/compliance/iscp.md, rendered to Confluence by CI -->\n` + toMarkdown([{ t: 'title', text: `${W.acr} Information System Contingency Plan` }, { t: 'p', text: '_Owner: SRE (Dana Okafor) · Review: annual, after each CP-4 test · Version 3.2_' }, ...contingencyPlan('styles', { short: true, version: '3.2' })])),
  // ------------------------------------------------------------------ INCIDENT_RESPONSE_PLAN
  docx('IRP.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan (SSP Attachment 8): roles, severity, handling phases, US-CERT/FedRAMP reporting, testing.', {
    meta: { title: 'Incident Response Plan', creator: W.ciso, keywords: 'IR; FedRAMP; Attachment 8' }, header: 'Incident Response Plan', footer: CUI_NOTICE.slice(0, 60),
    blocks: withToc([{ t: 'title', text: `${W.cso} Incident Response Plan` }, ...planFront('Incident Response Plan', '1.2'), ...approvals([[W.ciso, 'Incident Response Manager'], [W.cto, 'System Owner']])], incidentResponsePlan('styles')),
  }),
  pdf('Final (1).pdf', 'INCIDENT_RESPONSE_PLAN', 'PDF of the Incident Response Plan, no document metadata, headings as bold paragraphs.', {
    meta: null, footer: 'TRC IRP v1.1',
    blocks: [...cover('INCIDENT RESPONSE PLAN', [W.cso, W.csp, 'Version 1.1 – November 2024']), ...planFront('Incident Response Plan', '1.1'), ...incidentResponsePlan('bold')],
  }),
  text('irp_2025_export.txt', 'INCIDENT_RESPONSE_PLAN', 'Plain-text export of the Incident Response Plan pasted from the wiki.', toPlainText([{ t: 'title', text: 'Tessellate Records Cloud - Incident Response Plan (IRP)' }, { t: 'p', text: 'Exported from Confluence 2025-10-02 by dokafor. Formatting lost; see the wiki for the current version.' }, ...incidentResponsePlan('styles')])),
  // ------------------------------------------------------------------ CONFIGURATION_MANAGEMENT_PLAN
  docx('Untitled document.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan (SSP Attachment 7): CCB, baselines, change control, SIA, inventory, monitoring; metadata title left as "Untitled document".', {
    meta: { title: 'Untitled document', creator: W.sreLead }, header: 'TRC | CMP', footer: PROPRIETARY,
    blocks: withToc([{ t: 'big', text: 'Configuration Management Plan' }, { t: 'p', text: `${W.cso} – Version 2.0` }, ...planFront('Configuration Management Plan', '2.0'), ...approvals([[W.cto, 'CCB Chair'], [W.isso, 'ISSO']])], configurationManagementPlan('styles')),
  }),
  pdf('CMP-TRC.pdf', 'CONFIGURATION_MANAGEMENT_PLAN', 'PDF of the Configuration Management Plan with serif body text.', {
    meta: { title: `${W.acr} Configuration Management Plan`, creator: W.sreLead }, header: 'Configuration Management Plan', footer: `${W.csp} – CUI`,
    blocks: [{ t: 'title', text: `${W.cso}\nConfiguration Management Plan` }, ...planFront('Configuration Management Plan', '2.0'), ...configurationManagementPlan('bold')],
  }, true),
  text('cm-plan.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'The Configuration Management Plan as markdown in the platform repository.', toMarkdown([{ t: 'title', text: 'Configuration Management Plan (CMP) — Tessellate Records Cloud' }, ...revisionHistory([['2025-09-30', '2.0', 'Annual review', W.sreLead]]), ...configurationManagementPlan('styles')])),
  // ------------------------------------------------------------------ SSP attachments
  docx('AC-Policy-and-Procedures.docx', 'POLICIES_AND_PROCEDURES', 'Access Control policy and procedures (AC-1), part of SSP Attachment 1, Information Security Policies and Procedures.', {
    meta: { title: 'Access Control Policy and Procedures', creator: W.ciso }, header: 'Information Security Policies and Procedures – AC', footer: PROPRIETARY,
    blocks: [{ t: 'title', text: 'Access Control (AC) Policy and Procedures' }, { t: 'p', text: `${W.csp} Information Security Policies and Procedures – Attachment 1 – Version 3.0` }, ...revisionHistory([['2025-03-01', '3.0', 'Annual review', W.ciso]]), ...accessControlPolicy()],
  }),
  pdf('policies_si_ra.pdf', 'POLICIES_AND_PROCEDURES', 'System and Information Integrity and Risk Assessment policies and procedures (SI-1, RA-1) from the policy set.', {
    meta: { title: 'SI and RA Policy and Procedures' }, footer: 'Tessellate Information Security Policies and Procedures',
    blocks: [{ t: 'title', text: 'System and Information Integrity & Risk Assessment Policy and Procedures' }, ...approvals([[W.ciso, 'CISO']]), ...siRaPolicy()],
  }),
  docx('TRC_User_Guide.docx', 'USER_GUIDE', 'The TRC User Guide for agency users and administrators (SSP Attachment 2).', {
    meta: { title: 'TRC User Guide', creator: 'Docs team' }, header: `${W.cso} User Guide`, footer: `© 2025 ${W.csp}`,
    blocks: [{ t: 'title', text: `${W.cso} User Guide` }, { t: 'p', text: 'Release 2025.10 – for agency administrators and users' }, ...userGuide()],
  }),
  text('guide.md', 'USER_GUIDE', 'The User Guide as published markdown source for the help site.', toMarkdown([{ t: 'title', text: 'Tessellate Records Cloud — User Guide' }, ...userGuide()])),
  docx('Attachment 3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet (SSP Attachment 3) selecting IAL2/AAL2/FAL2 per SP 800-63-3.', {
    meta: null, header: 'SSP Attachment 3', footer: 'CUI',
    blocks: [{ t: 'title', text: 'Digital Identity Worksheet' }, { t: 'p', text: `${W.cso} – ${W.csp}` }, ...digitalIdentity()],
  }),
  pdf('diw.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'PDF of the Digital Identity Worksheet with the title in the page header and a large-type cover line.', {
    meta: { creator: W.isso }, header: `${W.acr} – Digital Identity Worksheet – Attachment 3`,
    blocks: [{ t: 'big', text: 'Digital Identity Worksheet' }, ...digitalIdentity()],
  }),
  docx('PTA_TRC.docx', 'PRIVACY_ASSESSMENT', 'Privacy Threshold Analysis for TRC (SSP Attachment 4), concluding that a PIA is required.', {
    meta: { title: 'PTA', creator: 'Jillian Park' }, header: 'Privacy Threshold Analysis', footer: 'CUI // PRIVACY',
    blocks: [{ t: 'title', text: 'Privacy Threshold Analysis (PTA)' }, { t: 'p', text: W.cso }, ...pta()],
  }),
  pdf('file_0031.pdf', 'PRIVACY_ASSESSMENT', 'Privacy Impact Assessment for TRC (SSP Attachment 4).', {
    meta: { title: 'file_0031' }, footer: 'Privacy Impact Assessment – CUI',
    blocks: [...cover('Privacy Impact Assessment (PIA)', [W.cso, 'Prepared by the Tessellate Privacy Office', 'July 2025']), ...pia()],
  }),
  docx('rob-privileged.docx', 'RULES_OF_BEHAVIOR', 'Rules of Behavior for TRC users and privileged users, with acknowledgement block (SSP Attachment 5).', {
    meta: { title: 'Rules of Behavior', creator: W.isso }, footer: 'Sign and return to the ISSO',
    blocks: [{ t: 'title', text: `${W.cso} Rules of Behavior` }, ...rulesOfBehavior()],
  }),
  text('rules.txt', 'RULES_OF_BEHAVIOR', 'Plain-text Rules of Behavior as sent to new staff for acknowledgement.', toPlainText([{ t: 'title', text: 'Rules of Behavior - Tessellate Records Cloud' }, ...rulesOfBehavior()])),
  xlsx('TRC CIS-CRM Workbook.xlsx', 'CIS_CRM_WORKBOOK', 'CIS/CRM workbook (SSP Attachment 9) with the CIS worksheet and the CRM worksheet.', { title: 'CIS CRM Workbook', creator: W.isso }, (wb) => S.fillCisCrm(wb, 1)),
  xlsx('crm_v3.xlsx', 'CIS_CRM_WORKBOOK', 'Drifted CIS/CRM workbook with renamed sheets (Control Implementation Summary, Customer Responsibility Matrix).', null, (wb) => S.fillCisCrm(wb, 2)),
  docx('FIPS199.docx', 'FIPS_199', 'FIPS 199 Categorization (SSP Attachment 10): SP 800-60 information types and the Moderate high-water mark.', {
    meta: { title: 'FIPS 199', creator: W.isso }, header: 'FIPS 199 Categorization', footer: 'CUI',
    blocks: [{ t: 'title', text: 'FIPS 199 Security Categorization' }, { t: 'p', text: W.cso }, ...fips199()],
  }),
  pdf('categorization.pdf', 'FIPS_199', 'PDF of the FIPS 199 categorization, title in large type.', {
    meta: null,
    blocks: [{ t: 'big', text: 'FIPS PUB 199 Categorization Report' }, { t: 'p', text: `${W.cso} (${W.acr})` }, ...fips199()],
  }),
  xlsx('SoD.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix (SSP Attachment 11): functions by role with prohibited combinations.', { title: 'Separation of Duties Matrix', creator: W.isso }, (wb) => S.fillSod(wb, 1)),
  xlsx('roles-matrix (2).xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'SoD matrix in the AwesomeCloud-style layout (roles by duty) with a notes sheet citing AC-5.', null, (wb) => S.fillSod(wb, 2)),
  xlsx('Attachment 12 - Laws.xlsx', 'LAWS_AND_REGULATIONS', 'FedRAMP Laws and Regulations (SSP Attachment 12): identification number, title, date, link.', { title: 'FedRAMP Laws and Regulations' }, (wb) => S.fillLaws(wb, LAWS_ROWS)),
  docx('laws_regs.docx', 'LAWS_AND_REGULATIONS', 'Laws and Regulations attachment rendered as a Word table.', {
    meta: { creator: W.isso },
    blocks: [{ t: 'title', text: 'Laws, Regulations, Standards and Guidance' }, { t: 'p', text: `Attachment 12 to the ${W.cso} System Security Plan. The following laws and regulations apply to the system.` }, { t: 'table', rows: LAWS_ROWS }],
  }),
  docx('SCRM-Plan-2025.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan for TRC (SR family).', {
    meta: { title: 'SCRM Plan', creator: W.ciso }, header: 'Supply Chain Risk Management Plan', footer: PROPRIETARY,
    blocks: withToc([{ t: 'title', text: 'Supply Chain Risk Management Plan' }, { t: 'p', text: W.cso }, ...revisionHistory([['2025-02-14', '1.0', 'Initial SCRM plan for Rev. 5', W.ciso]])], scrmPlan()),
  }),
  pdf('scrm.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'PDF of the SCRM plan with bold-paragraph cover.', {
    meta: null, footer: 'TRC SCRM Plan',
    blocks: [...cover('SUPPLY CHAIN RISK MANAGEMENT (SCRM) PLAN', [W.cso, W.csp]), ...scrmPlan()],
  }),
  // ------------------------------------------------------------------ ATO, checklist, requests
  pdf('BIF-ATO-TRC-signed.pdf', 'ATO_LETTER', 'Agency Authority to Operate letter for TRC signed by the BIF Authorizing Official.', {
    meta: { title: 'Authority to Operate – Tessellate Records Cloud', creator: W.ao }, blocks: atoLetter(),
  }, true),
  pdf('scan.pdf', 'ATO_LETTER', 'A second copy of the ATO letter as scanned by the agency (metadata title set to the file name); the name wrongly suggests a scan.', {
    meta: { title: 'scan.pdf', creator: 'BIF-MFP-3F' }, header: 'BUREAU OF INLAND FISHERIES – OFFICE OF THE CIO', blocks: atoLetter().slice(1),
  }),
  xlsx('package-checklist.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist filled in for the TRC package.', { title: 'Initial Authorization Package Checklist', creator: W.isso }, (wb) => S.fillChecklist(wb, CHECKLIST_ITEMS)),
  docx('Checklist.docx', 'AUTHORIZATION_CHECKLIST', 'The Initial Authorization Package Checklist as a Word table, sent with the package.', {
    meta: null, header: `${W.acr} package ${W.fedrampId}`,
    blocks: [{ t: 'title', text: 'FedRAMP Initial Authorization Package Checklist' }, { t: 'p', text: `CSP: ${W.csp}. Cloud service offering: ${W.cso}. Impact level: Moderate. Sponsoring agency: ${W.agency}.` }, { t: 'table', rows: [['#', 'Package item', 'Included'], ...CHECKLIST_ITEMS] }],
  }),
  docx('SCR-2025-03 OpenSearch.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'FedRAMP Significant Change Request form for moving search to Amazon OpenSearch Service and adding Bedrock.', {
    meta: { title: 'Significant Change Request Form', creator: W.isso }, header: 'FedRAMP Significant Change Request', footer: 'CUI',
    blocks: [{ t: 'title', text: 'Significant Change Request (SCR) Form' }, { t: 'p', text: 'SCR ID: SCR-2025-03' }, ...significantChange()],
  }),
  pdf('request.pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'PDF of the signed Significant Change Request sent to the agency AO.', {
    meta: null, footer: `${W.csp} – Significant Change Request SCR-2025-03`,
    blocks: [{ t: 'big', text: 'Significant Change Request' }, { t: 'p', text: `${W.cso} – submitted to the ${W.agency} Authorizing Official` }, ...significantChange()],
  }),
  docx('DR-2025-014.docx', 'DEVIATION_REQUEST', 'FedRAMP Deviation Request (risk adjustment) for the Terrapin SSH finding.', {
    meta: { title: 'Deviation Request Form', creator: W.isso }, header: 'FedRAMP Deviation Request', footer: 'CUI',
    blocks: [{ t: 'title', text: 'Deviation Request (DR) Form' }, ...deviationRequest()],
  }),
  xlsx('deviation_terrapin.xlsx', 'DEVIATION_REQUEST', 'Deviation Request form in workbook layout: false positive request for TLS self-signed certificate finding.', { creator: W.isso }, (wb) => {
    const ws = wb.addWorksheet('Deviation Request');
    ws.getCell('A1').value = 'FedRAMP Deviation Request Form';
    ws.getCell('A2').value = `CSP: ${W.csp}    System: ${W.cso}    Date: 2025-09-20`;
    headerRow(ws, ['DR Number', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Scan Type', 'Vulnerability Name', 'Plugin/QID', 'Asset(s)', 'Original Risk', 'Requested Risk', 'Justification', 'Evidence', 'Status'], 4);
    ws.addRow(['DR-2025-015', 'V-0437', 'False Positive', 'OS', 'SSL Self-Signed Certificate', '57582', 'trc-log-collector-01:8443', 'Moderate', 'n/a', 'Port 8443 is the internal mTLS listener; the certificate is issued by the TRC internal CA whose root is distributed to all clients. Not reachable outside the VPC.', 'cert chain, SG rules', 'Submitted']);
    ws.addRow(['DR-2025-016', 'V-0441', 'Operational Requirement', 'OS', 'ICMP Timestamp Request Remote Date Disclosure', '10114', 'trc-bastion-01', 'Low', 'Low', 'Required by the AWS load balancer health model; compensating control: VPC-only.', 'architecture note', 'Draft']);
  }),
  // ------------------------------------------------------------------ UNKNOWN look-alikes
  text('RB-012-rds-pitr.md', 'UNKNOWN', 'An SRE runbook for RDS point-in-time restore; operational procedure, not the ISCP or any deliverable.', U.runbookMd),
  docx('oncall-handbook.docx', 'UNKNOWN', 'SRE on-call handbook (rotations, paging expectations, severities); internal operations guide, not an IRP or user guide.', {
    meta: { title: 'On-call handbook', creator: W.sreLead }, header: 'SRE On-Call Handbook', footer: PROPRIETARY,
    blocks: [{ t: 'title', text: 'TRC SRE On-Call Handbook' }, ...revisionHistory([['2025-03-03', '5', 'PagerDuty schedules renamed', W.sreLead], ['2025-09-01', '6', 'Added data rotation', W.eng[3] ?? '']]), ...U.onCallHandbook()],
  }),
  docx('ISCP_test.docx', 'UNKNOWN', 'After-action report of a regional failover game day; an exercise report, not the contingency plan itself (name misleading).', {
    meta: { title: 'Game day AAR', creator: W.sreLead }, header: 'Regional failover game day – after-action report',
    blocks: [{ t: 'title', text: 'Regional Failover Game Day – After-Action Report' }, { t: 'p', text: `${W.acr} SRE – exercise held 2025-05-14` }, ...U.drAfterAction()],
  }),
  pdf('tabletop-2025.pdf', 'UNKNOWN', 'After-action report of a ransomware tabletop exercise; an exercise report, not the Incident Response Plan.', {
    meta: { title: 'Tabletop Exercise AAR', creator: 'Bluewater Exercise Design LLC' }, footer: 'Operation Low Tide – After-Action Report',
    blocks: [{ t: 'title', text: 'Tabletop Exercise After-Action Report' }, { t: 'p', text: `${W.csp} – Operation Low Tide` }, ...U.tabletopReport()],
  }),
  text('postmortem-2025-08-19.md', 'UNKNOWN', 'Blameless incident postmortem for an expired certificate outage; not an IRP or a deliverable.', U.postmortemMd),
  text('restore-tests-2025.csv', 'UNKNOWN', 'Backup restore test log exported as CSV; evidence for CP-9, not a deliverable.', U.backupRestoreCsv()),
  docx('CAB 2025-10-09.docx', 'UNKNOWN', 'Weekly Change Advisory Board agenda; meeting paperwork, not the CMP or a significant change request.', {
    meta: { title: 'CAB agenda', creator: W.eng[4] ?? '' },
    blocks: [{ t: 'big', text: 'Change Advisory Board – Agenda' }, ...U.cabAgenda()],
  }),
  text('jira-export.csv', 'UNKNOWN', 'Jira export of change tickets with security impact notes; a ticket list, not a significant change request.', U.changeTicketsCsv()),
  xlsx('capacity_fy26.xlsx', 'UNKNOWN', 'SRE capacity plan for FY2026 (node groups, database, storage growth); not a deliverable.', { title: 'Capacity plan FY26', creator: W.sreLead }, S.fillCapacityPlan),
  xlsx('Service Catalog.xlsx', 'UNKNOWN', 'SRE service catalog (tiers, SLOs, owners, rotations, runbooks); not the inventory workbook.', null, S.fillServiceCatalog),
  pdf('architecture-overview.pdf', 'UNKNOWN', 'Informal architecture overview for engineers; explicitly not the SSP.', {
    meta: { title: 'TRC architecture overview', creator: W.sreLead }, footer: 'Engineering – internal',
    blocks: [{ t: 'title', text: 'How TRC Works: Architecture Overview' }, ...U.architectureOverview()],
  }),
  text('alerts.csv', 'UNKNOWN', 'Monitoring alert catalog (alert names, severities, routing, runbook links); not scan results.', U.alertCatalogCsv()),
  xlsx('patching-q4.xlsx', 'UNKNOWN', 'Q4 patching calendar for node images and managed services; a schedule, not a POA&M or scan.', { creator: W.eng[1] ?? '' }, S.fillPatchSchedule),
  text('dashboard.json', 'UNKNOWN', 'Grafana dashboard JSON export for TRC production; not OSCAL and not a deliverable.', U.grafanaDashboardJson()),
  xlsx('onboarding.xlsx', 'UNKNOWN', 'SRE new-hire onboarding checklist; a checklist, but not the FedRAMP authorization package checklist.', { title: 'SRE onboarding', creator: W.sreLead }, S.fillOnboardingChecklist),
  xlsx('access-review-q3.xlsx', 'UNKNOWN', 'Quarterly access review export of permission-set grants; AC-2 evidence, not a separation of duties matrix.', { creator: W.sreLead }, S.fillAccessReview),
  pdf('SOC2-bridge-letter.pdf', 'UNKNOWN', 'SOC 2 Type II bridge letter from management; another framework, not a FedRAMP deliverable.', {
    meta: { title: 'SOC 2 Bridge Letter', creator: W.ciso }, blocks: U.socBridgeLetter(),
  }, true),
  text('mail.txt', 'UNKNOWN', 'Customer incident notification e-mail from the status page; not an IRP.', U.incidentEmailTxt),
];

/** Every document of the corpus, in memory. */
export async function buildEval26Docs(): Promise<Eval26Doc[]> {
  const docs: Eval26Doc[] = [];
  for (const make of MAKERS) docs.push(await make());
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval26Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval26Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}

