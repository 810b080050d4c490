/**
 * eval37: an independent, labelled evaluation corpus for the deliverable classifier.
 * World: a regional IaaS provider with its own data centers seeking FedRAMP High.
 * OSCAL documents start from the FedRAMP templates and GSA examples in test/fixtures/oscal
 * (sources: test/fixtures/oscal/SOURCES.md) and are altered for this world.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { fixture } from '../../support/fixtures.js';
import type { Block, DocMeta, SheetSpec } from './kit37.js';
import { blocksToMarkdown, blocksToPdf, blocksToText, buildDocx, buildPdf, buildXlsx } from './kit37.js';
import {
  capacityReportBlocks, colocationAgreementBlocks, destructionCertBlocks, fireCertBlocks, floodRiskBlocks, generatorRecordBlocks,
  maintenanceContractBlocks, meetingMinutesBlocks, refreshPlanBlocks, tierCertBlocks,
} from './lookalikes37.js';
import {
  atoBlocks, cmpBlocks, contingencyBlocks, diwBlocks, drBlocks, fips199Blocks, irpBlocks, lawsBlocks, policyBlocks, privacyBlocks,
  robBlocks, sapBlocks, sarBlocks, scrBlocks, scrmBlocks, sspBlocks, userGuideBlocks,
} from './prose37.js';
import {
  badgeReportCsv, cablePlantSheets, changeCalendarSheets, checklistSheets, crmSheets, deviationSheets, inventoryCsv, inventorySheets,
  lawsSheets, nessusCsv, nessusXml, openvasXml, poamCsv, poamSheets, qualysCsv, rackElevationSheets, sodSheets, sparePartsSheets,
  visitorLogSheets,
} from './sheets37.js';
import { CSP, CSP_SHORT, CUI_NOTICE, ISSO, SYS, SYS_ABBR, TPAO } from './world37.js';

export interface Eval37Label {
  file: string;
  expected: DeliverableType;
  note: string;
}

export interface Eval37Doc extends Eval37Label {
  data: Buffer | string;
}

type Maker = () => Promise<Buffer | string>;

interface Entry extends Eval37Label {
  make: Maker;
}

const CUI_HEADER = `CUI // ${SYS_ABBR} — Controlled Unclassified Information`;

function docx(blocks: Block[], meta: DocMeta, header?: string, footer?: string): Maker {
  return () => buildDocx({ meta, blocks, ...(header !== undefined ? { header } : {}), ...(footer !== undefined ? { footer } : {}) });
}

function pdf(blocks: Block[], meta: DocMeta & { producer?: string; creatorTool?: string }, header?: string, footer?: string): Maker {
  return () => buildPdf({ meta, lines: blocksToPdf(blocks), ...(header !== undefined ? { header } : {}), ...(footer !== undefined ? { footer } : {}) });
}

function xlsx(sheets: SheetSpec[], meta: DocMeta & { company?: string }): Maker {
  return () => buildXlsx({ meta, sheets });
}

function text(s: string): Maker {
  return () => Promise.resolve(s);
}

function sheetToTable(sheet: SheetSpec | undefined, skip = 0): Block {
  return { table: (sheet?.rows ?? []).slice(skip).filter((r) => r.length > 0).map((r) => r.map((c) => (c === null ? '' : String(c)))) };
}

async function fixtureText(rel: string): Promise<string> {
  return readFile(fixture(rel), 'utf8');
}

function retitle(s: string, pairs: [string | RegExp, string][]): string {
  let out = s;
  for (const [a, b] of pairs) out = typeof a === 'string' ? out.split(a).join(b) : out.replace(a, b);
  return out;
}

const WORLD_SWAPS: [string | RegExp, string][] = [
  ['[System Name]', SYS],
  ['Cloud Service Provider (CSP) Name', CSP],
  ['[SAMPLE]Example IaaS Provider', CSP],
  ['Name of Consulting Org', 'Ridgeline GRC Advisors'],
  ['2024-09-24T02:24:00Z', '2026-03-12T16:00:00Z'],
];

function hvacWorkOrder(): string {
  return [
    'From: facilities-cmms@cascadeiron.net',
    'To: dc-ops-boi1@cascadeiron.net',
    'Subject: WO-88213 CLOSED - CRAH-7 fan bearing replacement (BOI-1 Hall A)',
    'Date: Fri, 20 Mar 2026 16:42:10 -0600',
    '',
    'Work Order: WO-88213',
    'Asset: CRAH-7 (Liebert DS105, S/N 1911DS0472), Data Hall A, row A perimeter',
    'Priority: P2 - redundancy reduced (N+1)',
    'Requested by: L. Sorensen   Assigned to: Mountain West Mechanical (tech: B. Ayers)',
    '',
    'Problem: High vibration alarm on supply fan 2 since 03/02; unit locked out and isolated.',
    'Work performed:',
    '  - Locked out / tagged out unit per LOTO procedure FAC-011.',
    '  - Replaced fan 2 motor bearings (SKF 6309-2Z x2) and belt.',
    '  - Verified alignment; vibration 0.9 mm/s after repair (was 7.4 mm/s).',
    '  - Checked refrigerant pressures, condensate pump and leak detection cable under unit: OK.',
    '  - Returned unit to service 03/20 14:10; BMS shows N+2 cooling redundancy restored in Hall A.',
    'Parts: bearings x2, belt B-68 x1.  Labor: 5.5 h.  Cost: $1,912.40 (PO 44-20718).',
    '',
    'Escort: K. Bui (visitor badge V-131). No data hall equipment was touched.',
    'Follow-up: schedule quarterly vibration analysis for all CRAH units (PM-Q-CRAH).',
    '',
    '-- Cascade Ironworks Facilities CMMS (automated message)',
    '',
  ].join('\n');
}

function entries(): Entry[] {
  const ssp = sspBlocks();
  const sod = sodSheets();
  const chk = checklistSheets();
  return [
    /* ---------------- SSP ---------------- */
    { file: 'Final_v7.docx', expected: 'SSP', note: 'FedRAMP High System Security Plan for the IaaS offering with cover page, revision history, approvals, system description and control implementation statements.', make: docx(ssp, { title: 'FedRAMP SSP High Baseline Template', creator: 'FedRAMP PMO', lastModifiedBy: ISSO }, CUI_HEADER, CUI_NOTICE) },
    { file: 'doc-0412.pdf', expected: 'SSP', note: 'PDF print of the same System Security Plan (FIPS 199 High, control implementation statements for AC-2, CP-7, PE-3, PE-11, SC-7).', make: pdf(ssp, { title: 'Final_v7.docx', creator: ISSO }, CUI_HEADER) },
    {
      file: 'ciic-ssp-oscal.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan adapted from the FedRAMP OSCAL SSP template for the IaaS system.',
      make: async () => {
        const doc = JSON.parse(retitle(await fixtureText('oscal/FedRAMP-SSP-OSCAL-Template.json'), WORLD_SWAPS)) as { 'system-security-plan': { metadata: { title: string; version: string } } };
        doc['system-security-plan'].metadata.title = `${SYS} (${SYS_ABBR}) System Security Plan`;
        doc['system-security-plan'].metadata.version = '2.3';
        return `${JSON.stringify(doc, null, 2)}\n`;
      },
    },
    {
      file: 'upload (3).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan (FedRAMP template in YAML encoding, retitled for the IaaS system).',
      make: async () => retitle(await fixtureText('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), [...WORLD_SWAPS, ['title: FedRAMP System Security Plan (SSP)', `title: ${SYS_ABBR} SSP - draft for agency review`]]),
    },
    /* ---------------- SSP attachments ---------------- */
    { file: 'A01_PE_Policy.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Physical and Environmental Protection Policy and Procedures (PE-1) from the SSP attachment 1 policy set.', make: docx(policyBlocks('PE'), { title: 'Physical and Environmental Protection Policy and Procedures', creator: 'CISO Office' }, undefined, 'Internal Use Only') },
    { file: 'AC-policy-2026.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Access Control Policy and Procedures (AC-1), part of the attachment 1 policies and procedures.', make: pdf(policyBlocks('AC'), { title: 'AC Policy', creator: 'prh' }) },
    { file: 'upload (7).docx', expected: 'USER_GUIDE', note: 'Tenant portal User Guide explaining sign-in, VM and bare-metal provisioning and security settings (SSP attachment 2).', make: docx(userGuideBlocks(), {}, `${SYS_ABBR} User Guide`, `Release 2026.1`) },
    { file: 'tenant-portal-guide.md', expected: 'USER_GUIDE', note: 'Markdown version of the tenant User Guide.', make: text(blocksToMarkdown(userGuideBlocks())) },
    { file: 'DIW_final.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet selecting IAL/AAL/FAL per SP 800-63-3 (SSP attachment 3).', make: docx(diwBlocks(), { title: 'Digital Identity Worksheet', creator: ISSO }) },
    { file: 'scan0031.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'PDF of the Digital Identity Worksheet with impact categories and selected assurance levels.', make: pdf(diwBlocks(), { producer: 'KONICA MINOLTA bizhub C458' }) },
    { file: 'PTA-CIIC.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis with qualifying questions (SSP attachment 4).', make: docx(privacyBlocks('PTA'), { title: 'PTA', creator: 'Ines Calderwood' }) },
    { file: 'doc-0419.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment describing PII collected, uses, sharing and safeguards (SSP attachment 4).', make: pdf(privacyBlocks('PIA'), { title: 'Privacy Impact Assessment', creator: 'Privacy Office' }) },
    { file: 'Attachment5.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with acknowledgement block (SSP attachment 5).', make: docx(robBlocks(), { title: 'Attachment5' }) },
    { file: 'rob-privileged.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text copy of the privileged-user Rules of Behavior.', make: text(blocksToText(robBlocks())) },
    { file: 'Final_v7 (1).docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with alternate processing site, generator fuel contracts and recovery phases; metadata is stale from an IRP template.', make: docx(contingencyBlocks(0), { title: 'Incident Response Plan Template', creator: 'Template Author', lastModifiedBy: 'L. Sorensen' }, CUI_HEADER) },
    { file: 'ISCP-CIIC-2026.pdf', expected: 'CONTINGENCY_PLAN', note: 'PDF ISCP (SP 800-34) with RTO/RPO table, alternate storage and telecommunications, activation and reconstitution.', make: pdf(contingencyBlocks(1), { title: 'ISCP', creator: 'DC Ops' }, 'ISCP — CIIC') },
    { file: 'notes-export.md', expected: 'CONTINGENCY_PLAN', note: 'Markdown export of the Information System Contingency Plan from the team wiki.', make: text(blocksToMarkdown(contingencyBlocks(1))) },
    { file: 'cmp_v3.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan covering baselines, CAB change control and inventory reconciliation (SSP attachment 7).', make: docx(cmpBlocks(), { title: 'CMP', creator: 'T. Nakamura' }, undefined, `${CSP_SHORT} — Confidential`) },
    { file: 'doc-0433.pdf', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'PDF of the Configuration Management Plan.', make: pdf(cmpBlocks(), {}) },
    { file: 'IRP v2.1.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan with team, severities, US-CERT reporting and testing (SSP attachment 8).', make: docx(irpBlocks(), { title: 'Incident Response Plan', creator: 'SOC' }) },
    { file: 'irp.md', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Markdown Incident Response Plan as kept in the SOC runbook repository.', make: text(blocksToMarkdown(irpBlocks())) },
    { file: 'CIIC_CIS_CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS worksheet and Customer Responsibility Matrix workbook (SSP attachment 9).', make: xlsx(crmSheets(0), { title: 'CIS CRM', creator: ISSO, company: CSP }) },
    { file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook variant with renamed sheets and no introduction tab, default file name.', make: xlsx(crmSheets(1), {}) },
    { file: 'fips199.docx', expected: 'FIPS_199', note: 'FIPS 199 Security Categorization with SP 800-60 information types and High water mark (SSP attachment 10).', make: docx(fips199Blocks(), { title: 'FIPS 199', creator: ISSO }) },
    { file: 'doc-0440.pdf', expected: 'FIPS_199', note: 'PDF of the FIPS 199 categorization.', make: pdf(fips199Blocks(), { title: 'fips199.docx' }) },
    { file: 'SOD Matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix mapping duties to roles plus conflicting role pairs (SSP attachment 11).', make: xlsx(sod, { creator: ISSO }) },
    {
      file: 'upload (2).docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Word version of the Separation of Duties Matrix as a table.',
      make: docx([{ p: `${SYS_ABBR} Separation of Duties Matrix`, bold: true, size: 32 }, { p: 'SSP Attachment 11. The matrix identifies duties that must be separated among roles to prevent malevolent activity without collusion (AC-5).' }, sheetToTable(sod[0], 1), { h: 2, text: 'Conflicting Roles' }, sheetToTable(sod[1])], {}),
    },
    { file: 'Attachment 12 Laws.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment listing statutes, OMB memos and NIST guidance.', make: xlsx(lawsSheets(), { title: 'Laws and Regulations' }) },
    { file: 'laws-and-regs.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Word Laws and Regulations attachment (SSP attachment 12).', make: docx(lawsBlocks(), { creator: ISSO }) },
    { file: 'SCRM_Plan_v1.1.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan for hardware and firmware provenance (SR family).', make: docx(scrmBlocks(), { title: 'SCRM Plan', creator: 'Procurement Security' }, CUI_HEADER) },
    { file: 'doc-0451.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'PDF of the Supply Chain Risk Management Plan.', make: pdf(scrmBlocks(), {}) },
    /* ---------------- SAP / SAR ---------------- */
    { file: 'SAP_CIIC_v1.0.docx', expected: 'SAP', note: '3PAO Security Assessment Plan with scope, methodology, test schedule and rules of engagement.', make: docx(sapBlocks(), { title: 'Security Assessment Plan', creator: TPAO }, `${TPAO} — Proprietary`) },
    {
      file: 'sap.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan adapted from the FedRAMP SAP template.',
      make: async () => `${JSON.stringify(JSON.parse(retitle(await fixtureText('oscal/FedRAMP-SAP-OSCAL-Template.json'), WORLD_SWAPS)), null, 1)}\n`,
    },
    { file: 'upload (5).xml', expected: 'SAP', note: 'OSCAL XML assessment-plan adapted from the FedRAMP SAP template.', make: async () => retitle(await fixtureText('oscal/FedRAMP-SAP-OSCAL-Template.xml'), WORLD_SWAPS) },
    { file: 'Security_Assessment_Plan_FINAL.docx', expected: 'SAR', note: 'Security Assessment Report with risk exposure table and authorization recommendation; the file name misleadingly says SAP.', make: docx(sarBlocks(), { title: 'Security Assessment Plan', creator: TPAO }, `${TPAO} — ${SYS_ABBR} SAR`) },
    { file: 'SAR-final.pdf', expected: 'SAR', note: 'PDF Security Assessment Report by the 3PAO.', make: pdf(sarBlocks(), { title: `${SYS_ABBR} Security Assessment Report`, creator: TPAO }) },
    { file: 'ciic-sar.json', expected: 'SAR', note: 'OSCAL JSON assessment-results adapted from the FedRAMP SAR template.', make: async () => retitle(await fixtureText('oscal/FedRAMP-SAR-OSCAL-Template.json'), WORLD_SWAPS) },
    /* ---------------- POA&M ---------------- */
    { file: 'Final_v7.xlsx', expected: 'POAM', note: 'POA&M workbook in the FedRAMP template layout (Open/Closed POA&M Items, header row starting POAM ID).', make: xlsx(poamSheets(), { title: 'FedRAMP POA&M Template', creator: ISSO }) },
    { file: 'poam-2026-03.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template, minified).', make: async () => JSON.stringify(JSON.parse(retitle(await fixtureText('oscal/FedRAMP-POAM-OSCAL-Template.json'), WORLD_SWAPS))) },
    { file: 'export (1).csv', expected: 'POAM', note: 'CSV export of open POA&M items with POAM ID, weakness, dates and risk ratings.', make: text(poamCsv()) },
    /* ---------------- ATO / checklist ---------------- */
    { file: 'ATO_signed.pdf', expected: 'ATO_LETTER', note: 'Agency Authority to Operate memorandum signed by the authorizing official.', make: pdf(atoBlocks(), { title: 'ATO', creator: 'OCIO', producer: 'Adobe PDF Library 23.8.53' }) },
    { file: 'letter.docx', expected: 'ATO_LETTER', note: 'Word draft of the agency ATO letter with authorizing official signature line.', make: docx(atoBlocks(), { creator: 'OCIO Front Office' }) },
    { file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist listing each package item.', make: xlsx(chk, { title: 'Initial Authorization Package Checklist' }) },
    { file: 'Package_Checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word copy of the Initial Authorization Package Checklist.', make: docx([{ p: 'FedRAMP Initial Authorization Package Checklist', bold: true, size: 32 }, { p: `${CSP} — ${SYS} — submitted with the initial authorization package.` }, sheetToTable(chk[0], 3)], {}) },
    /* ---------------- scans ---------------- */
    { file: 'CIIC_Mar26_infra.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 export of the monthly authenticated scan of hypervisors, switches, firewalls and iDRACs.', make: text(nessusXml()) },
    { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of hypervisor and storage controller findings.', make: text(nessusCsv()) },
    { file: 'qualys_network_mar.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV for network devices and bare-metal hosts.', make: text(qualysCsv()) },
    { file: 'report-b1e0c2a4.xml', expected: 'SCAN_RESULTS', note: 'OpenVAS / Greenbone XML report of storage and out-of-band controllers.', make: text(openvasXml()) },
    /* ---------------- inventory ---------------- */
    { file: 'IIW_2026-02.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook with the FedRAMP columns for hosts, hypervisors, switches, firewalls and storage controllers.', make: xlsx(inventorySheets(false), { title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template', creator: ISSO }) },
    { file: 'POAM_March.xlsx', expected: 'INVENTORY', note: 'Inventory workbook with drifted headers and a renamed sheet; the file name misleadingly says POAM.', make: xlsx(inventorySheets(true), { creator: 'J. Perrault' }) },
    { file: 'assets.csv', expected: 'INVENTORY', note: 'CSV export of the integrated inventory (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address, MAC Address...).', make: text(inventoryCsv()) },
    /* ---------------- ConMon requests ---------------- */
    { file: 'SCR-GEG2-Hall2.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for adding a second data hall at the alternate site.', make: docx(scrBlocks(), { title: 'Significant Change Request', creator: ISSO }) },
    { file: 'doc-0460.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF of the Significant Change Request form.', make: pdf(scrBlocks(), {}) },
    { file: 'DR-2026-004.docx', expected: 'DEVIATION_REQUEST', note: 'Deviation Request (operational requirement) for a storage controller SSH finding.', make: docx(drBlocks(), { title: 'DR-2026-004' }) },
    { file: 'upload (4).xlsx', expected: 'DEVIATION_REQUEST', note: 'Deviation Request form workbook with a false positive and a risk adjustment.', make: xlsx(deviationSheets(), {}) },
    /* ---------------- UNKNOWN look-alikes ---------------- */
    { file: 'BOI1_visitors_Mar.xlsx', expected: 'UNKNOWN', note: 'Monthly data center visitor log (names, escorts, purposes); operational record, not a deliverable.', make: xlsx(visitorLogSheets(), { creator: 'Security Desk' }) },
    { file: 'report (2).csv', expected: 'UNKNOWN', note: 'Badge access control event report from the door readers; not a deliverable.', make: text(badgeReportCsv()) },
    { file: 'inventory-hallA.xlsx', expected: 'UNKNOWN', note: 'Rack elevation export (cabinet, U position, PDU ports) without IPs or FedRAMP inventory columns; name misleadingly says inventory.', make: xlsx(rackElevationSheets(), { creator: 'dcTrack' }) },
    { file: 'doc-0470.pdf', expected: 'UNKNOWN', note: 'Monthly power and cooling capacity report from the BMS; facilities report, not a deliverable.', make: pdf(capacityReportBlocks(), { creatorTool: 'EcoStruxure IT Expert' }) },
    { file: 'Contingency_Plan_Appendix_G.docx', expected: 'UNKNOWN', note: 'Generator vendor field service / load bank test record; name misleadingly says contingency plan.', make: docx(generatorRecordBlocks(), { title: 'Field Service Report', creator: 'HDPS Service' }) },
    { file: 'cert.pdf', expected: 'UNKNOWN', note: 'Fire suppression system inspection certificate from the fire protection contractor.', make: pdf(fireCertBlocks(), { producer: 'Canon iR-ADV C5535' }) },
    { file: 'scan0044.pdf', expected: 'UNKNOWN', note: 'Media sanitization certificate of destruction from a shredding vendor.', make: pdf(destructionCertBlocks(), { producer: 'KONICA MINOLTA bizhub C458' }) },
    { file: 'Summit_TPM_Agreement.docx', expected: 'UNKNOWN', note: 'Third-party hardware maintenance contract; a commercial agreement, not a deliverable.', make: docx(maintenanceContractBlocks(), { title: 'MSA template v4', creator: 'Legal' }, undefined, 'Confidential — Summit TPM / Cascade Ironworks') },
    { file: 'spares.xlsx', expected: 'UNKNOWN', note: 'Spare-parts stock list of the spares cage; not a deliverable.', make: xlsx(sparePartsSheets(), { creator: 'K. Bui' }) },
    { file: 'upload (6).xlsx', expected: 'UNKNOWN', note: 'Cable plant patching spreadsheet (port-to-port cabling); not a deliverable.', make: xlsx(cablePlantSheets(), {}) },
    { file: 'FY27_refresh.docx', expected: 'UNKNOWN', note: 'Hardware refresh capital plan; an engineering/budget document, not a deliverable.', make: docx(refreshPlanBlocks(), { title: 'FY27 Hardware Refresh', creator: 'T. Nakamura' }) },
    { file: 'doc-0481.docx', expected: 'UNKNOWN', note: 'Colocation services agreement with a non-federal colocation customer; not a deliverable.', make: docx(colocationAgreementBlocks(), { creator: 'Sales Ops' }) },
    { file: 'risk_assessment_final.pdf', expected: 'UNKNOWN', note: 'Engineering flood hazard risk assessment of the facility; not a FedRAMP deliverable.', make: pdf(floodRiskBlocks(), { title: 'BOI-1 Flood Hazard Assessment', creator: 'A. Lindqvist, P.E.' }) },
    { file: 'uptime-tier-iii.pdf', expected: 'UNKNOWN', note: 'Uptime Institute Tier III facility certificate; not a deliverable.', make: pdf(tierCertBlocks(), { title: 'Tier Certification' }) },
    { file: 'change-windows-q2.xlsx', expected: 'UNKNOWN', note: 'Network change window calendar for the quarter; scheduling artefact, not a CMP or change request.', make: xlsx(changeCalendarSheets(), { creator: 'Network Eng.' }) },
    { file: 'minutes-2026-03-05.md', expected: 'UNKNOWN', note: 'Data center operations quarterly review meeting minutes.', make: text(blocksToMarkdown(meetingMinutesBlocks())) },
    { file: 'wo-88213.txt', expected: 'UNKNOWN', note: 'Facilities CMMS e-mail closing an HVAC work order; not a deliverable.', make: text(hvacWorkOrder()) },
  ];
}

export async function buildEval37Docs(): Promise<Eval37Doc[]> {
  const out: Eval37Doc[] = [];
  for (const e of entries()) out.push({ file: e.file, expected: e.expected, note: e.note, data: await e.make() });
  return out;
}

export async function generateEval37Corpus(dir: string): Promise<Eval37Label[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval37Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
