import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import { makeAssets, makeFindings } from '../kit/data.js';
import type { Finding } from '../kit/data.js';
import { makeRng, usDate } from '../kit/rng.js';
import { freezeAt, newWorkbook, putTable, putTitle, toCsv, workbookBytes } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';
import { ANALYST, CSP, ISSO, SYS, SYS_ABBR } from '../kit/world.js';

const TEMPLATE_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier',
  'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date',
  'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating',
  'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents',
  'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name',
];

function templateRow(f: Finding): string[] {
  return [
    f.poamId, f.controls, f.name, f.description, f.source, f.sourceId, f.asset, ISSO, 'Platform engineering hours (8)',
    f.solution, usDate(f.detected), usDate(f.due), `(1) ${usDate(f.due)}: ${f.solution}`, '', '03/12/2025', 'No', '', '',
    f.risk, f.risk, 'No', 'No', 'No', '', '', '', 'No', '', '', f.cve, 'LCMC Case API',
  ];
}

async function fedrampTemplatePoam(): Promise<EvalDoc> {
  const rng = makeRng(2801);
  const findings = makeFindings(rng, makeAssets(rng, 21), 18);
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: ANALYST, title: 'FedRAMP POA&M Template' });
  const open = wb.addWorksheet('Open POA&M Items');
  open.getCell('A1').value = 'FedRAMP Plan of Action and Milestones (POA&M)';
  open.getCell('A1').font = { bold: true, size: 14 };
  putTable(open, 2, [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, `${SYS} (${SYS_ABBR})`, 'Moderate', '03/12/2025']]);
  putTable(open, 5, [TEMPLATE_HEADERS, ...findings.slice(0, 14).map(templateRow)]);
  freezeAt(open, 5, 1);
  const closed = wb.addWorksheet('Closed POA&M Items');
  putTable(closed, 2, [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, SYS, 'Moderate', '03/12/2025']]);
  putTable(closed, 5, [TEMPLATE_HEADERS, ...findings.slice(14).map((f) => { const r = templateRow(f); r[25] = 'Closed 02/27/2025: verified by rescan'; return r; })]);
  const cfg = wb.addWorksheet('Configuration Findings');
  putTable(cfg, 5, [TEMPLATE_HEADERS, ['CF-0007', 'CM-6', 'CIS 5.2.8 Ensure SSH root login is disabled', 'PermitRootLogin set to prohibit-password on bastion image', 'CIS-CAT Pro Assessor', '5.2.8', 'lcmc-prd-bst-01', ISSO, 'None', 'Update golden AMI', '01/15/2025', '04/15/2025', 'AMI rebuild in Sprint 41', '', '03/12/2025', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', '', '', 'No', '', '', '', 'Bastion']]);
  const roc = wb.addWorksheet('Record of Changes');
  putTable(roc, 2, [['Date', 'Description', 'Version', 'Author'], ['01/13/2025', 'January monthly update', '4.1', ANALYST], ['02/11/2025', 'February monthly update', '4.2', ANALYST], ['03/12/2025', 'March monthly update; 4 items closed', '4.3', ANALYST]]);
  return { file: 'doc-0412.xlsx', expected: 'POAM', note: 'FedRAMP POA&M template v2.1 layout (Open/Closed/Configuration Findings/Record of Changes, header row 5) filled for the March ConMon month.', data: await workbookBytes(wb) };
}

async function homeGrownPoam(): Promise<EvalDoc> {
  const rng = makeRng(2802);
  const findings = makeFindings(rng, makeAssets(rng, 14), 16, 'LCMC-');
  const wb = newWorkbook({ creator: ANALYST, title: 'Book1' });
  const readme = wb.addWorksheet('READ ME');
  readme.getCell('A1').value = 'How to use this workbook';
  readme.getCell('A1').font = { bold: true };
  ['1. Do not re-order the columns on Open Items; the ticket sync script maps them by position.', '2. Risk ratings are Low / Moderate / High only. Use Adj. Risk only with an approved DR.', '3. Items move to Closed Items only after the closing scan is attached in the Evidence column.', '4. Monthly copy goes to the agency ConMon folder by the 13th with scans and the inventory.'].forEach((t, i) => { readme.getCell(`A${i + 3}`).value = t; });
  const ws = wb.addWorksheet('Open Items');
  putTitle(ws, 1, `${SYS_ABBR} Plan of Action & Milestones (POA&M) - Monthly Update`, 16);
  ws.getCell('A3').value = 'Cloud Service Provider:'; ws.getCell('C3').value = CSP;
  ws.getCell('A4').value = 'System:'; ws.getCell('C4').value = SYS;
  ws.getCell('A5').value = 'Reporting period:'; ws.getCell('C5').value = 'March 2025 (data as of 03/10/2025)';
  const headers = ['POAM ID', 'Control(s)', 'Weakness', 'Description', 'Detected By', 'Scanner Ref', 'Affected Asset(s)', 'Owner', 'Remediation Plan', 'Detected On', 'Due Date', 'Milestones', 'Status', 'Orig. Risk', 'Adj. Risk', 'Vendor Dependency', 'DR #', 'CVE'];
  putTable(ws, 7, [headers, ...findings.slice(0, 12).map((f) => [f.poamId, f.controls, f.name, f.description, f.source, f.sourceId, f.asset, 'R. Castellanos', f.solution, usDate(f.detected), usDate(f.due), `Patch in maintenance window before ${usDate(f.due)}`, rng.pick(['Open', 'Open', 'Risk Accepted - pending DR', 'In Progress']), f.risk, f.risk, 'No', '', f.cve])], { headerFill: 'FFFCE4D6' });
  freezeAt(ws, 7, 2);
  const closed = wb.addWorksheet('Closed Items');
  putTable(closed, 1, [headers, ...findings.slice(12).map((f) => [f.poamId, f.controls, f.name, f.description, f.source, f.sourceId, f.asset, 'R. Castellanos', f.solution, usDate(f.detected), usDate(f.due), '', 'Closed', f.risk, f.risk, 'No', '', f.cve])]);
  const summary = wb.addWorksheet('Summary by Risk');
  putTable(summary, 2, [['Row Labels', 'Count of POAM ID', 'Overdue'], ['High', 4, 1], ['Moderate', 5, 0], ['Low', 3, 0], ['Grand Total', 12, 1]]);
  const lists = wb.addWorksheet('lists');
  lists.state = 'hidden';
  putTable(lists, 1, [['Risk', 'Status'], ['Low', 'Open'], ['Moderate', 'In Progress'], ['High', 'Closed']]);
  return { file: 'ConMon_Mar2025_working.xlsx', expected: 'POAM', note: 'Home-grown POA&M workbook: instructions sheet first, merged title, header on row 7 with renamed columns, pivot summary and hidden lists sheet.', data: await workbookBytes(wb) };
}

function csvPoam(): EvalDoc {
  const rng = makeRng(2803);
  const findings = makeFindings(rng, makeAssets(rng, 10), 11);
  return { file: 'export (2).csv', expected: 'POAM', note: 'CSV export of the Open POA&M Items sheet with the FedRAMP template header row (POAM ID ... Service Name).', data: toCsv([TEMPLATE_HEADERS, ...findings.map(templateRow)]) };
}

async function oscalPoam(): Promise<EvalDoc> {
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': { uuid: string; metadata: Record<string, unknown> } };
  const doc = raw['plan-of-action-and-milestones'];
  doc.uuid = '5c1e0d3a-8b7f-4f0e-9a51-2d8e6b4c7a10';
  doc.metadata.title = `${SYS} (${SYS_ABBR}) Plan of Action and Milestones - March 2025`;
  doc.metadata['last-modified'] = '2025-03-12T15:00:00Z';
  doc.metadata.version = '4.3';
  return { file: 'lcmc-poam-2025-03.json', expected: 'POAM', note: "OSCAL plan-of-action-and-milestones JSON derived from FedRAMP's POA&M OSCAL template, retitled for the system.", data: JSON.stringify(raw, null, 2) };
}

export async function poamDocs(): Promise<EvalDoc[]> {
  return [await fedrampTemplatePoam(), await homeGrownPoam(), csvPoam(), await oscalPoam()];
}
