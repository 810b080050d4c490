/**
 * Writes the sample deliverables `intake demo` uploads (cli/demo/samples/), deterministic to the byte:
 *
 *   npx tsx scripts/make-demo-samples.ts [OUTDIR]
 *
 * One fictional authorization package: Nimbus Data Systems' "Nimbus GovCloud Platform" (FedRAMP
 * Moderate), assessed by Veritas Assurance Partners, sponsored by the Federal Maritime Data Agency.
 * Prose and outlines come from the project's labelled test corpus (test/corpus: FedRAMP template
 * titles and section headings, fictional parties); this script only chooses them, writes the SAR's
 * risk table, the POA&M, the ATO letter and the scan so that the package checks agree, and checks
 * every file with the product's own validator before writing it. Nothing here is copied from a
 * real package.
 *
 * The dates are fixed (2025), and chosen so that the files stay valid whatever day the demo runs:
 * the POA&M's only open item carries an operational requirement (an overdue item with an approved
 * deviation is a warning, not an error), the SAR's risks were closed during testing, the ConMon
 * scan has no high or critical finding, and the ATO letter states no expiry date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BufferByteSource } from '../functions/core/bytes/byte-source.js';
import type { DeliverableType } from '../functions/core/domain/deliverables.js';
import { validateDeliverable } from '../functions/core/validate/validate.js';
import { POAM_HEADERS, INVENTORY_HEADERS } from '../test/corpus/families/workbooks.js';
import { fill, fillSecs, sections, type Sec } from '../test/corpus/lib/compose.js';
import { furniture, render } from '../test/corpus/lib/furnish.js';
import { makeHosts } from '../test/corpus/lib/hosts.js';
import { TRAIN, type Csp } from '../test/corpus/lib/parties.js';
import { layoutPdf, savePdf } from '../test/corpus/lib/pdf.js';
import { longDate, Rng } from '../test/corpus/lib/rng.js';
import type { Block } from '../test/corpus/lib/spec.js';
import { newWorkbook, saveWorkbook, writeTable, type CellValue } from '../test/corpus/lib/xlsx.js';
import { sapTrain } from '../test/corpus/text/assessments.js';
import { TRAIN_OUTLINES } from '../test/corpus/text/attachments-train.js';
import { NESSUS_SEVERITY, VULNS, type Host } from '../test/corpus/text/findings.js';
import { sspTrain } from '../test/corpus/text/ssp.js';
import { CHECKLIST_ITEMS, CONTROL_IDS, SOD_DUTIES } from '../test/corpus/text/workbook-data.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'cli', 'demo', 'samples'));

const CSP: Csp = TRAIN.csps[0];
const TPAO = TRAIN.assessors[0];
const AGENCY = TRAIN.agencies[0];
const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
/** A day far enough in the past that nothing is dated in the future, whatever day the demo runs. */
const AS_OF = day('2025-09-30');

interface Sample {
  file: string;
  /** What the pipeline must recognise it as, and whether it must be valid. */
  type: DeliverableType;
  valid: boolean;
  note: string;
  bytes: Buffer;
}

async function prose(title: string, subtitle: readonly string[], subject: string, secs: readonly Sec[], seed: string, date: Date, extra: Record<string, string> = {}): Promise<Buffer> {
  const rng = new Rng(`demo:${seed}`);
  const f = { ...furniture('train', CSP, rng, fill(title, CSP, extra), subtitle.map((s) => fill(s, CSP, extra)), 'props', subject), date, marking: 'cui' as const, numbering: 'literal' as const };
  return render('docx', f, sections(fillSecs(secs, CSP, extra)), rng);
}

// ------------------------------------------------------------------ SSP

const SSP_TITLE = 'System Security Plan (SSP)';
const SSP_SUBTITLE = ['{CSO}', 'FedRAMP {LEVEL} Baseline'];

/** The first draft: no categorization, no ports and protocols, no data flow, no authorizing officials. */
const DRAFT_DROPS = new Set(['Information System Categorization', 'Services, Ports, and Protocols', 'Data Flow', 'Authorizing Officials']);

function sspRevised(): Sec[] {
  const secs = sspTrain(CSP, AGENCY);
  const i = secs.findIndex((s) => s.h === 'Authorization Boundary');
  const revised: Sec = {
    h: 'Logging and Monitoring Tier',
    lvl: 2,
    p: [
      'In response to the agency review of version 1.0, the authorization boundary now shows the centralized logging tier (log collectors, the SIEM and its storage) as components inside the boundary, with the flows from every application and database host to the collectors over TLS 1.2.',
    ],
  };
  return [...secs.slice(0, i + 1), revised, ...secs.slice(i + 1)];
}

// ------------------------------------------------------------------ SAR

const SAR_RISKS: readonly { id: string; name: string; source: string; asset: string; likelihood: string; impact: string; risk: string; fix: string; control: string; plugin?: string }[] = [
  { id: 'V-001', name: 'Password policy does not enforce minimum age', source: 'Documentation review', asset: 'IdP', likelihood: 'Low', impact: 'Moderate', risk: 'Low', fix: 'Configure minimum password age of 1 day', control: 'IA-5' },
  { id: 'V-002', name: 'TLS 1.0 enabled on admin load balancer', source: 'Nessus', asset: `admin.${CSP.domain}`, likelihood: 'Moderate', impact: 'Moderate', risk: 'Moderate', fix: 'Disable TLS 1.0 and 1.1', control: 'SC-8', plugin: '104743' },
  { id: 'V-003', name: 'HSTS header missing on customer portal', source: 'Burp Suite', asset: `app.${CSP.domain}`, likelihood: 'Moderate', impact: 'Moderate', risk: 'Moderate', fix: 'Enable HSTS with a one-year max-age', control: 'SC-8', plugin: '142960' },
  { id: 'V-004', name: 'SSH Server CBC Mode Ciphers Enabled', source: 'Nessus', asset: `${CSP.net}.1.10`, likelihood: 'Low', impact: 'Low', risk: 'Low', fix: 'Disable CBC ciphers once the HSM client supports CTR/GCM', control: 'SC-13', plugin: '70658' },
];

function sarOutline(): Sec[] {
  const closed = SAR_RISKS.filter((r) => r.id !== 'V-004');
  return [
    {
      h: 'Executive Summary',
      unnumbered: true,
      p: [
        `${TPAO.name} performed an independent security assessment of the {CSO} between April 21, 2025 and May 9, 2025, in accordance with the Security Assessment Plan (SAP) approved by ${AGENCY.name}. This Security Assessment Report (SAR) documents the results.`,
        'The assessment identified 0 high, 2 moderate and 2 low risks. Three risks were corrected during testing and verified closed; one low risk remains as an operational requirement.',
      ],
    },
    { h: 'Introduction' },
    { h: 'Applicable Laws, Regulations, Standards and Guidance', lvl: 2, p: ['FISMA 2014; OMB Circular A-130; NIST SP 800-53 Rev. 5; NIST SP 800-53A Rev. 5; NIST SP 800-115; FedRAMP Penetration Test Guidance.'] },
    { h: 'Purpose', lvl: 2, p: ['This SAR documents the results of the assessment and provides the authorizing official with the information needed to make a risk-based authorization decision.'] },
    { h: 'Scope', lvl: 2, p: ['The scope of the assessment is described in the SAP. No deviations from the SAP occurred.'] },
    { h: 'System Overview' },
    { h: 'Security Categorization', lvl: 2, p: [`The {CSO} is categorized as a ${CSP.level} impact system.`] },
    { h: 'Assessment Methodology', p: ['Tests were performed using the FedRAMP test case workbook and the tools listed in the SAP: automated scanning, manual testing, interviews and documentation review. Risk exposure was determined from likelihood and impact according to the FedRAMP risk matrix.'] },
    { h: 'Security Assessment Results' },
    { h: 'Summary of Risks', lvl: 2, table: { header: ['Risk Category', 'Total', 'Corrected During Testing', 'Open'], rows: [['High', '0', '0', '0'], ['Moderate', '2', '2', '0'], ['Low', '2', '1', '1'], ['Total', '4', '3', '1']] } },
    {
      h: 'Risks Corrected During Testing',
      lvl: 2,
      table: { header: ['Identifier', 'Description', 'Source of Discovery', 'Initial Risk Rating', 'Remediation Description', 'Date of Remediation'], rows: closed.map((r) => [r.id, r.name, r.source, r.risk, r.fix, '05/07/2025']) },
    },
    {
      h: 'Risks Remaining Due to Operational Requirements',
      lvl: 2,
      table: { header: ['Identifier', 'Description', 'Source of Discovery', 'Initial Risk Rating', 'Current Risk Rating', 'Justification'], rows: [['V-004', 'SSH CBC ciphers required by the legacy HSM client', 'Nessus', 'Low', 'Low', 'Operational requirement; tracked in the POA&M']] },
    },
    {
      h: 'Authorization Recommendation',
      p: [`${TPAO.name} recommends that the {CSO} be granted an Authority to Operate at the FedRAMP ${CSP.level} impact level. No high risks were found; the remaining low risk is tracked in the CSP's Plan of Action and Milestones.`],
    },
    {
      h: 'Appendix A: Risk Exposure Table',
      unnumbered: true,
      breakBefore: true,
      table: {
        header: ['Identifier', 'Name', 'Source of Discovery', 'Affected IP Address/Hostname', 'Likelihood Level', 'Impact Level', 'Risk Exposure Level', 'Recommendation for Mitigation', 'Status'],
        rows: SAR_RISKS.map((r) => [r.id, r.name, r.source, r.asset, r.likelihood, r.impact, r.risk, r.fix, r.id === 'V-004' ? 'Open (operational requirement)' : 'Closed']),
      },
    },
  ];
}

// ------------------------------------------------------------------ workbooks

const POAM_OPEN_HEADER = ['POAM ID', ...POAM_HEADERS.slice(1)];
const POAM_CLOSED_HEADER = [...POAM_OPEN_HEADER, 'Completion Date'];

function poamRow(r: (typeof SAR_RISKS)[number], detected: Date, open: boolean, statusDate: Date): CellValue[] {
  const rating = r.risk === 'Moderate' ? 'Moderate' : r.risk;
  const due = new Date(detected.getTime() + (rating === 'Moderate' ? 90 : 180) * 86_400_000);
  return [
    r.id, r.control, r.name, `${r.name} (found by the ${TPAO.name} assessment).`, r.source, r.plugin ?? r.id, r.asset, CSP.isso.name, 'None', r.fix,
    detected, due, open ? 'Replace the legacy HSM client (vendor roadmap)' : 'Fixed during testing; verified by the 3PAO', '', statusDate, 'No', null, '', rating, '', 'No', 'No',
    open ? 'Yes' : 'No', open ? 'The legacy HSM client only supports CBC ciphers; the agency approved the operational requirement.' : '', '', '', 'No', '', null, '', CSP.cso,
  ];
}

async function poam(statusDate: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: CSP.isso.name, date: statusDate, company: CSP.name, title: 'Plan of Action and Milestones' });
  const detected = day('2025-05-02');
  const open = wb.addWorksheet('Open POA&M Items');
  open.getRow(1).values = ['CSP', 'System Name', 'Impact Level', 'POAM Date'];
  open.getRow(2).values = [CSP.name, CSP.cso, CSP.level, statusDate];
  writeTable(open, 5, POAM_OPEN_HEADER, SAR_RISKS.filter((r) => r.id === 'V-004').map((r) => poamRow(r, detected, true, statusDate)), { width: 18 });
  const closed = wb.addWorksheet('Closed POA&M Items');
  writeTable(closed, 5, POAM_CLOSED_HEADER, SAR_RISKS.filter((r) => r.id !== 'V-004').map((r) => [...poamRow(r, detected, false, statusDate), day('2025-05-07')]), { width: 18 });
  writeTable(wb.addWorksheet('Configuration Findings'), 5, POAM_OPEN_HEADER, [], { width: 18 });
  return saveWorkbook(wb, statusDate);
}

const HOSTS: readonly Host[] = makeHosts(CSP, new Rng('demo:hosts'), 12);

async function inventory(date: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: CSP.engineer.name, date, company: CSP.name, title: 'Integrated Inventory Workbook' });
  const rows = HOSTS.map((h, i) => [
    `${CSP.abbr}-${1000 + i}`, h.ip, 'Yes', h.role === 'Web server' ? 'Yes' : 'No', h.fqdn, h.netbios, h.mac, 'Yes', `CIS ${h.os} Benchmark Level 1`, h.os, CSP.region, h.role,
    'Virtual machine', 'Yes', h.role === 'Database server' ? 'PostgreSQL Global Development Group' : '', h.role === 'Database server' ? 'PostgreSQL 15.8' : '', '', h.role, '', '',
    `vpc-${CSP.abbr.toLowerCase()}-prod`, CSP.engineer.name, CSP.isso.name,
  ]);
  writeTable(wb.addWorksheet('Inventory'), 1, INVENTORY_HEADERS, rows, { width: 16 });
  return saveWorkbook(wb, date);
}

async function cisCrm(date: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: CSP.isso.name, date, company: CSP.name, title: `${CSP.cso} CIS and CRM Workbook` });
  const statuses = ['Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'N/A'];
  const origins = ['Service Provider Corporate', 'Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
  const controls = CONTROL_IDS.slice(0, 45);
  const cis = wb.addWorksheet(`${CSP.abbr} Implementation Summary`);
  cis.getCell('A1').value = `${CSP.cso} Control Implementation Summary (CIS) Worksheet`;
  writeTable(cis, 3, ['Control ID', ...statuses, ...origins], controls.map((c, i) => [c.toUpperCase(), 'X', '', '', '', '', ...origins.map((_, k) => (k === i % origins.length ? 'X' : ''))]), { width: 14 });
  const crm = wb.addWorksheet('Customer Responsibility Matrix');
  crm.getCell('A1').value = 'Customer Responsibility Matrix (CRM) Worksheet';
  writeTable(crm, 3, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], controls.map((c, i) => [c.toUpperCase(), i % 3 ? 'Yes' : 'Partial', i % 3 ? 'Fully inherited; no customer action.' : 'Customer manages its own user accounts and roles.']), { width: 30 });
  return saveWorkbook(wb, date);
}

async function sodMatrix(date: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: CSP.isso.name, date, company: CSP.name, title: 'Separation of Duties Matrix' });
  const roles = ['System Owner', 'ISSO', 'System Administrator', 'Database Administrator', 'Developer', 'Release Manager', 'Security Analyst', 'Auditor'];
  const ws = wb.addWorksheet('Separation of Duties Matrix');
  ws.getCell('A1').value = `${CSP.cso} Separation of Duties Matrix`;
  writeTable(ws, 3, ['Duty / Function', ...roles], SOD_DUTIES.map((d, i) => [d, ...roles.map((_, k) => ((i + k) % 3 === 0 ? 'X' : ''))]), { width: 16 });
  return saveWorkbook(wb, date);
}

async function checklist(date: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: CSP.owner.name, date, company: CSP.name, title: 'FedRAMP Initial Authorization Package Checklist' });
  const ws = wb.addWorksheet('Checklist');
  ws.getCell('A1').value = 'FedRAMP Initial Authorization Package Checklist';
  ws.getRow(2).values = ['CSP Name:', CSP.name, 'CSO Name:', CSP.cso];
  ws.getRow(3).values = ['Impact Level:', CSP.level, 'FedRAMP Package ID:', CSP.fedrampId];
  const rows = CHECKLIST_ITEMS.map(([doc, tpl], i) => [i + 1, doc, tpl, `${CSP.abbr}_${doc.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 30)}.${tpl.includes('xlsx') ? 'xlsx' : 'docx'}`, 'Y', '']);
  writeTable(ws, 5, ['#', 'Document', 'Template Used', 'File Name', 'Included (Y/N)', 'Comments'], rows, { width: 26 });
  return saveWorkbook(wb, date);
}

// ------------------------------------------------------------------ ATO letter and scan

async function atoLetter(date: Date): Promise<Buffer> {
  const blocks: Block[] = [
    { kind: 'para', text: AGENCY.name.toUpperCase(), bold: true, center: true },
    { kind: 'para', text: AGENCY.address, center: true },
    { kind: 'spacer' },
    { kind: 'para', text: longDate(date) },
    { kind: 'para', text: `MEMORANDUM FOR: ${CSP.owner.name}, ${CSP.owner.title}, ${CSP.name}` },
    { kind: 'para', text: `FROM: ${AGENCY.ao.name}, ${AGENCY.ao.title}` },
    { kind: 'para', text: `SUBJECT: Authority to Operate (ATO) for ${CSP.cso}`, bold: true },
    {
      kind: 'para',
      text: `The ${AGENCY.name} (${AGENCY.short}) has completed its review of the security authorization package for ${CSP.cso}, FedRAMP Package ID ${CSP.fedrampId}: the System Security Plan and its attachments, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO.name}, and the Plan of Action and Milestones.`,
    },
    {
      kind: 'para',
      text: `I have determined that the risk to ${AGENCY.short} operations, assets and individuals from the use of ${CSP.cso} is acceptable. I hereby grant an Authority to Operate (ATO) for ${CSP.cso} at the FedRAMP ${CSP.level} impact level.`,
    },
    { kind: 'para', text: `This ATO remains in effect while ${CSP.short} maintains continuous monitoring in accordance with FedRAMP requirements and delivers monthly POA&M updates, vulnerability scan results and inventory to ${AGENCY.short}.` },
    { kind: 'spacer' },
    { kind: 'para', text: 'Sincerely,' },
    { kind: 'para', text: AGENCY.ao.name, bold: true },
    { kind: 'para', text: AGENCY.ao.title },
  ];
  const doc = await layoutPdf({ props: { title: `ATO Letter - ${CSP.cso}`, creator: AGENCY.reviewer.name }, numbering: 'none', body: blocks, date }, { producer: 'Adobe Acrobat Pro (64-bit) 24.1.20643' });
  return savePdf(doc);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A monthly credentialed scan with moderate and low findings only (none that must be in the POA&M). */
function nessusScan(date: Date): Buffer {
  const findings = VULNS.filter((v) => v.severity === 'None' || v.severity === 'Low' || v.nessus === 104743);
  const stamp = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 $4');
  const hosts = HOSTS.slice(0, 6)
    .map((h, i) => {
      const items = findings
        .filter((v) => v.severity === 'None' || (i + v.nessus) % 2 === 0)
        .map(
          (v) =>
            `<ReportItem port="${v.port}" svc_name="${v.svc}" protocol="tcp" severity="${NESSUS_SEVERITY[v.severity]}" pluginID="${v.nessus}" pluginName="${esc(v.name)}" pluginFamily="${esc(v.family)}">` +
            `<risk_factor>${v.severity === 'None' ? 'None' : v.severity}</risk_factor><synopsis>${esc(v.synopsis)}</synopsis><solution>${esc(v.solution)}</solution>` +
            `${v.cvss3 ? `<cvss3_base_score>${v.cvss3}</cvss3_base_score>` : ''}${v.cve.map((c) => `<cve>${c}</cve>`).join('')}</ReportItem>`,
        )
        .join('\n');
      return `<ReportHost name="${h.ip}"><HostProperties><tag name="HOST_START">${stamp}</tag><tag name="host-ip">${h.ip}</tag><tag name="host-fqdn">${h.fqdn}</tag><tag name="operating-system">${esc(h.os)}</tag><tag name="Credentialed_Scan">true</tag></HostProperties>\n${items}\n</ReportHost>`;
    })
    .join('\n');
  return Buffer.from(
    `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>FedRAMP Monthly OS Scan (credentialed)</policyName></Policy>\n<Report name="${CSP.abbr} Monthly Infrastructure Scan">\n${hosts}\n</Report>\n</NessusClientData_v2>\n`,
  );
}

// ------------------------------------------------------------------ the package

async function samples(): Promise<Sample[]> {
  const o = TRAIN_OUTLINES;
  const attachment = async (file: string, type: keyof typeof TRAIN_OUTLINES, date: string): Promise<Sample> => {
    const outline = o[type];
    return { file, type, valid: true, note: `SSP attachment from the corpus outline "${fill(outline.title, CSP)}"`, bytes: await prose(outline.title, outline.subtitle ?? [], outline.subject ?? '', outline.secs, type, day(date)) };
  };
  const secs = sspTrain(CSP, AGENCY);
  return [
    { file: 'ssp-draft.docx', type: 'SSP', valid: false, note: 'first SSP draft, missing its FIPS 199 categorization, ports and protocols, data flow and authorizing officials', bytes: await prose(SSP_TITLE, SSP_SUBTITLE, 'System Security Plan', secs.filter((s) => !DRAFT_DROPS.has(s.h)), 'ssp-draft', day('2025-02-03')) },
    { file: 'ssp.docx', type: 'SSP', valid: true, note: 'SSP v1.0, complete', bytes: await prose(SSP_TITLE, SSP_SUBTITLE, 'System Security Plan', secs, 'ssp', day('2025-02-17')) },
    { file: 'ssp-rev2.docx', type: 'SSP', valid: true, note: 'SSP v2.0: the boundary now shows the logging tier, as the agency asked', bytes: await prose(SSP_TITLE, SSP_SUBTITLE, 'System Security Plan', sspRevised(), 'ssp-rev2', day('2025-03-03')) },
    await attachment('fips-199-categorization.docx', 'FIPS_199', '2025-02-10'),
    await attachment('digital-identity-worksheet.docx', 'DIGITAL_IDENTITY_WORKSHEET', '2025-02-10'),
    await attachment('privacy-threshold-analysis.docx', 'PRIVACY_ASSESSMENT', '2025-02-10'),
    await attachment('rules-of-behavior.docx', 'RULES_OF_BEHAVIOR', '2025-02-11'),
    await attachment('user-guide.docx', 'USER_GUIDE', '2025-02-11'),
    await attachment('contingency-plan.docx', 'CONTINGENCY_PLAN', '2025-02-12'),
    await attachment('configuration-management-plan.docx', 'CONFIGURATION_MANAGEMENT_PLAN', '2025-02-12'),
    await attachment('incident-response-plan.docx', 'INCIDENT_RESPONSE_PLAN', '2025-02-12'),
    await attachment('policies-and-procedures.docx', 'POLICIES_AND_PROCEDURES', '2025-02-13'),
    await attachment('laws-and-regulations.docx', 'LAWS_AND_REGULATIONS', '2025-02-13'),
    await attachment('supply-chain-risk-management-plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', '2025-02-13'),
    { file: 'cis-crm-workbook.xlsx', type: 'CIS_CRM_WORKBOOK', valid: true, note: 'CIS and CRM workbook (45 controls)', bytes: await cisCrm(day('2025-02-14')) },
    { file: 'inventory.xlsx', type: 'INVENTORY', valid: true, note: 'integrated inventory, 12 hosts', bytes: await inventory(day('2025-02-14')) },
    { file: 'separation-of-duties-matrix.xlsx', type: 'SEPARATION_OF_DUTIES_MATRIX', valid: true, note: 'duties × roles', bytes: await sodMatrix(day('2025-02-14')) },
    { file: 'sap.docx', type: 'SAP', valid: true, note: `SAP by ${TPAO.name} (corpus outline)`, bytes: await prose('Security Assessment Plan (SAP)', ['{CSO}', 'FedRAMP Initial Assessment', `Prepared by ${TPAO.name}`], 'Security Assessment Plan', sapTrain(CSP, TPAO), 'sap', day('2025-03-20')) },
    { file: 'sar.docx', type: 'SAR', valid: true, note: `SAR by ${TPAO.name}: 4 risks, 3 closed during testing, 1 low operational requirement`, bytes: await prose('Security Assessment Report (SAR)', ['{CSO}', 'FedRAMP Initial Assessment', `Prepared by ${TPAO.name}`], 'Security Assessment Report', sarOutline(), 'sar', day('2025-05-30')) },
    { file: 'poam.xlsx', type: 'POAM', valid: true, note: 'POA&M after the assessment: the SAR risks, 3 closed, 1 open operational requirement', bytes: await poam(day('2025-06-02')) },
    { file: 'ato-letter.pdf', type: 'ATO_LETTER', valid: true, note: `ATO memorandum from ${AGENCY.name}`, bytes: await atoLetter(day('2025-06-20')) },
    { file: 'authorization-checklist.xlsx', type: 'AUTHORIZATION_CHECKLIST', valid: true, note: 'FedRAMP Initial Authorization Package Checklist', bytes: await checklist(day('2025-06-23')) },
    { file: 'conmon-poam.xlsx', type: 'POAM', valid: true, note: 'monthly ConMon POA&M update', bytes: await poam(day('2025-07-31')) },
    { file: 'conmon-scan.nessus', type: 'SCAN_RESULTS', valid: true, note: 'monthly credentialed OS scan (Nessus), moderate and low findings only', bytes: nessusScan(day('2025-07-28')) },
    { file: 'conmon-inventory.xlsx', type: 'INVENTORY', valid: true, note: 'monthly inventory update', bytes: await inventory(day('2025-07-31')) },
  ];
}

const list = await samples();
let failed = 0;
for (const s of list) {
  const v = await validateDeliverable(new BufferByteSource(s.bytes), { asOf: AS_OF, baseline: 'MODERATE', fileName: s.file });
  const errors = v.findings.filter((f) => f.severity === 'error');
  const ok = v.type === s.type && v.valid === s.valid;
  if (!ok) {
    failed++;
    console.error(`${s.file}: expected ${s.type} ${s.valid ? 'VALID' : 'INVALID'}, got ${v.type} ${v.valid ? 'VALID' : 'INVALID'}`);
    for (const f of errors.slice(0, 8)) console.error(`  ${f.ruleId} @ ${f.location}: ${f.message}`);
  }
}
if (failed) {
  console.error(`${failed} sample(s) are not what the demo needs: nothing written`);
  process.exit(1);
}
await mkdir(OUT, { recursive: true });
for (const s of list) await writeFile(join(OUT, s.file), s.bytes);
const manifest = list.map((s) => ({ file: s.file, type: s.type, valid: s.valid, note: s.note }));
await writeFile(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${list.length} samples written to ${OUT}`);
