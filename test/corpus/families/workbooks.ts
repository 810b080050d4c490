/** Excel deliverables: POA&M, inventory, CIS/CRM, SoD matrix, laws and regulations, package checklist. */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { sections } from '../lib/compose.js';
import { furniture, render } from '../lib/furnish.js';
import { makeHosts } from '../lib/hosts.js';
import type { Csp } from '../lib/parties.js';
import { readFixture } from '../lib/paths.js';
import { daysAfter, CORPUS_EPOCH } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Draft, Family, FamilyContext } from '../lib/types.js';
import { loadTemplate, newWorkbook, saveWorkbook, setRow, writeTable } from '../lib/xlsx.js';
import type { CellValue } from '../lib/xlsx.js';
import { poamRating, VULNS } from '../text/findings.js';
import { CHECKLIST_ITEMS, CONTROL_IDS, SOD_DUTIES } from '../text/workbook-data.js';

const xlsx = (expected: DeliverableType, bytes: Buffer, note: string, name?: string, misleading?: boolean): Draft => ({
  expected,
  format: 'xlsx',
  ext: 'xlsx',
  bytes,
  note,
  name,
  misleading,
});

// ---------------------------------------------------------------- POA&M

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier',
  'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date',
  'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating',
  'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents',
  'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date',
  'CVE', 'Service Name',
] as const;

const DUE_DAYS = { High: 30, Moderate: 90, Low: 180 } as const;

function poamRows(csp: Csp, rng: Rng, n: number, prefix: string): CellValue[][] {
  const hosts = makeHosts(csp, rng, 8);
  const real = VULNS.filter((v) => v.severity !== 'None');
  return Array.from({ length: n }, (_, i) => {
    const v = rng.pick(real);
    const h = rng.pick(hosts);
    const rating = poamRating(v.severity);
    const detected = daysAfter(-rng.int(5, 150));
    const vendor = rng.chance(0.2);
    return [
      `${prefix}${String(i + 1).padStart(4, '0')}`, v.control, v.name, v.synopsis, 'Nessus', String(v.nessus), `${h.fqdn} (${h.ip})`,
      csp.isso.name, 'None', v.solution, detected, daysAfter(DUE_DAYS[rating], detected),
      `1) Validate fix in staging\n2) Deploy during maintenance window`, '', CORPUS_EPOCH, vendor ? 'Yes' : 'No',
      vendor ? daysAfter(-7) : null, vendor ? h.os : '', rating, '', 'No', 'No', 'No', '', '', '', 'No', '', null,
      v.cve.join(', '), csp.cso,
    ];
  });
}

async function poamTemplateCopy(ctx: FamilyContext, csp: Csp, drift: boolean): Promise<Buffer> {
  const rng = ctx.rng.fork(`poam-template:${csp.abbr}`);
  const wb = await loadTemplate('FedRAMP-POAM-Template.xlsx', { creator: csp.isso.name, date: daysAfter(-3), title: drift ? undefined : `${csp.cso} POA&M`, company: csp.name });
  for (const ws of wb.worksheets) {
    if (ws.name === 'Record of Changes') continue;
    ws.getCell('A3').value = csp.name;
    ws.getCell('B3').value = csp.cso;
    ws.getCell('C3').value = csp.level;
    setRow(ws, 3, [CORPUS_EPOCH], 4);
  }
  const open = wb.getWorksheet('Open POA&M Items');
  const closed = wb.getWorksheet('Closed POA&M Items');
  if (!open || !closed) throw new Error('POA&M template sheets missing');
  poamRows(csp, rng, 14, 'V-').forEach((r, i) => setRow(open, 6 + i, r));
  poamRows(csp, rng, 5, 'C-').forEach((r, i) => setRow(closed, 6 + i, r));
  if (drift) {
    open.name = 'Open POA&M Items (Mar-25)';
    const cfg = wb.getWorksheet('Configuration Findings');
    if (cfg) wb.removeWorksheet(cfg.id);
  }
  return saveWorkbook(wb, daysAfter(-3));
}

async function poamFromScratch(csp: Csp, rng: Rng, style: 'template' | 'drifted'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.engineer.name, date: daysAfter(-2), company: csp.name, title: style === 'template' ? 'Plan of Action and Milestones' : undefined });
  if (style === 'template') {
    for (const name of ['Open POA&M Items', 'Closed POA&M Items']) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = 'FedRAMP® Plan of Action and Milestones (POA&M) Template';
      ws.getRow(2).values = ['CSP', 'System Name', 'Impact Level', 'POAM Date'];
      setRow(ws, 3, [csp.name, csp.cso, csp.level, CORPUS_EPOCH]);
      writeTable(ws, 5, POAM_HEADERS, poamRows(csp, rng, name.startsWith('Open') ? 11 : 3, name.startsWith('Open') ? 'POAM-' : 'CL-'), { width: 18 });
    }
    return saveWorkbook(wb, daysAfter(-2));
  }
  // A CSP's own tracker: instructions above the table, renamed and re-ordered columns, no closed sheet.
  const ws = wb.addWorksheet('Open POA&M Items');
  ws.getCell('A1').value = `${csp.cso} — Monthly POA&M (ConMon)`;
  ws.getCell('A2').value = 'Prepared by';
  ws.getCell('B2').value = csp.isso.name;
  ws.getCell('A3').value = 'Reporting month';
  ws.getCell('B3').value = 'March 2025';
  ws.getCell('A5').value = 'Legend: dates are MM/DD/YYYY. Risk ratings use FedRAMP Low / Moderate / High. Rows shaded grey are pending deviation requests.';
  const header = ['POA&M ID', 'Weakness', 'Security Control(s)', 'Risk Rating (Original)', 'Risk Rating (Adjusted)', 'Scanner', 'Plugin / QID', 'Affected Asset(s)', 'Detection Date', 'Due Date', 'Remediation Plan', 'Milestones', 'Status', 'Vendor Dependency', 'CVE', 'Comments'];
  const rows = poamRows(csp, rng, 9, `${csp.abbr}-`).map((r) => [r[0], r[2], r[1], r[18], '', 'Tenable.sc', r[5], r[6], r[10], r[11], r[9], r[12], rng.pick(['Ongoing', 'Risk Accepted', 'Pending Verification']), r[15], r[29], ''] as CellValue[]);
  writeTable(ws, 8, header, rows, { width: 20 });
  const summary = wb.addWorksheet('Summary');
  writeTable(summary, 1, ['Risk', 'Open', 'Overdue'], [['High', 2, 0], ['Moderate', 5, 1], ['Low', 2, 0]]);
  return saveWorkbook(wb, daysAfter(-2));
}

// ---------------------------------------------------------------- Inventory

export const INVENTORY_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
] as const;

function inventoryRows(csp: Csp, rng: Rng, n: number): CellValue[][] {
  return makeHosts(csp, rng, n).map((h, i) => [
    `${csp.abbr}-${String(1000 + i)}`, h.ip, 'Yes', h.role === 'Web server' ? 'Yes' : 'No', h.fqdn, h.netbios, h.mac, 'Yes',
    `CIS ${h.os} Benchmark v${rng.int(1, 3)}.0.0 Level 1`, h.os, csp.region, h.role, 'Virtual machine', 'Yes',
    h.role === 'Database server' ? 'PostgreSQL Global Development Group' : '', h.role === 'Database server' ? 'PostgreSQL 15.6' : '',
    '', h.role, '', '', `vpc-${csp.abbr.toLowerCase()}-prod / subnet-${rng.int(1, 6)}`, csp.engineer.name, csp.isso.name,
  ]);
}

async function inventoryTemplateCopy(csp: Csp, rng: Rng, drift: boolean): Promise<Buffer> {
  const wb = await loadTemplate('SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx', { creator: csp.engineer.name, date: daysAfter(-4), company: csp.name });
  const ws = wb.getWorksheet('Inventory');
  if (!ws) throw new Error('inventory template sheet missing');
  inventoryRows(csp, rng, 24).forEach((r, i) => setRow(ws, 6 + i, r));
  if (drift) {
    ws.name = `${csp.abbr} Inventory Mar 2025`;
    const instructions = wb.worksheets.find((w) => w.name.startsWith('INSTRUCTIONS'));
    if (instructions) wb.removeWorksheet(instructions.id);
  }
  return saveWorkbook(wb, daysAfter(-4));
}

async function inventoryFromScratch(csp: Csp, rng: Rng, style: 'plain' | 'rev5-drifted'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.engineer.name, date: daysAfter(-1), company: csp.name, title: style === 'plain' ? 'Integrated Inventory Workbook' : undefined });
  if (style === 'plain') {
    const ws = wb.addWorksheet('Inventory');
    writeTable(ws, 1, INVENTORY_HEADERS, inventoryRows(csp, rng, 30), { width: 16 });
    return saveWorkbook(wb, daysAfter(-1));
  }
  // Rev5 Appendix M layout as exported by an asset-management tool: a title row, "Diagram Label", some renamed headers.
  const ws = wb.addWorksheet('Appendix M - Inventory');
  ws.getCell('A1').value = `${csp.cso} – Integrated Inventory (exported ${CORPUS_EPOCH.toISOString().slice(0, 10)})`;
  const header = ['Unique Asset Identifier', 'IPv4 or IPv6 Address', 'Virtual (Y/N)', 'Public (Y/N)', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/Database Vendor', 'Software/Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/Owner', 'Application Administrator/Owner', 'Function'];
  const rows = inventoryRows(csp, rng, 18).map((r) => [...r.slice(0, 17), `DL-${String(r[0]).slice(-3)}`, r[18] ?? '', r[19] ?? '', r[20] ?? '', r[21] ?? '', r[22] ?? '', r[17] ?? ''] as CellValue[]);
  writeTable(ws, 3, header, rows.map((r) => r.map((c) => (c === 'Yes' ? 'Y' : c === 'No' ? 'N' : c))), { width: 18 });
  return saveWorkbook(wb, daysAfter(-1));
}

// ---------------------------------------------------------------- CIS / CRM

const ORIGINATIONS = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];

async function cisCrm(csp: Csp, rng: Rng, style: 'rev5' | 'rev4' | 'srm' | 'split'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.isso.name, date: daysAfter(-20), company: csp.name, title: style === 'rev5' ? `${csp.cso} CIS and CRM Workbook` : undefined });
  const controls = CONTROL_IDS.slice(0, style === 'rev4' ? 60 : 45);
  if (style === 'rev5' || style === 'rev4') {
    const cis = wb.addWorksheet(style === 'rev5' ? `${csp.abbr} Implementation Summary` : 'CIS');
    cis.getCell('A1').value = style === 'rev5' ? `${csp.cso} Control Implementation Summary (CIS) Worksheet` : 'Control Implementation Summary (CIS) Workbook';
    const statuses = ['Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'N/A'];
    const header = ['Control ID', ...statuses, ...ORIGINATIONS];
    const rows = controls.map((c) => {
      const s = rng.chance(0.85) ? 0 : rng.int(1, 4);
      const o = rng.int(0, ORIGINATIONS.length - 1);
      return [c.toUpperCase(), ...statuses.map((_, i) => (i === s ? 'X' : '')), ...ORIGINATIONS.map((_, i) => (i === o ? 'X' : ''))];
    });
    writeTable(cis, 3, header, rows, { width: 14 });
    const crm = wb.addWorksheet(style === 'rev5' ? 'Customer Responsibility Matrix' : 'CRM');
    crm.getCell('A1').value = 'Customer Responsibility Matrix (CRM) Worksheet';
    writeTable(crm, 3, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], controls.map((c) => [c.toUpperCase(), rng.pick(['Yes', 'Partial', 'No']), rng.pick(['Customer manages its own user accounts and roles.', 'Fully inherited; no customer action.', 'Customer configures session timeout and IP allow-list.'])]), { width: 30 });
    return saveWorkbook(wb, daysAfter(-20));
  }
  if (style === 'srm') {
    const ws = wb.addWorksheet('Shared Responsibility Matrix');
    ws.getCell('A1').value = `${csp.short} – Shared Responsibility Matrix (FedRAMP ${csp.level})`;
    writeTable(ws, 3, ['NIST 800-53 Rev5 Control', 'Control Name', 'Responsibility', `${csp.short} Implements`, 'Customer Implements', 'Inherited From'], controls.map((c) => [c.toUpperCase(), '', rng.pick(['Provider', 'Shared', 'Customer', 'Inherited']), 'See SSP narrative', rng.pick(['—', 'Manage tenant users', 'Review tenant audit logs']), rng.pick(['', csp.region])]), { width: 22 });
    return saveWorkbook(wb, daysAfter(-20));
  }
  const impl = wb.addWorksheet('Implementation Status');
  writeTable(impl, 1, ['Control', 'Status', 'Origination'], controls.map((c) => [c.toUpperCase(), rng.pick(['Implemented', 'Implemented', 'Partially Implemented', 'Planned']), rng.pick(ORIGINATIONS)]), { width: 28 });
  const resp = wb.addWorksheet('Customer Responsibilities');
  writeTable(resp, 1, ['Control', 'Inheritable?', 'What the customer agency must do'], controls.map((c) => [c.toUpperCase(), rng.pick(['Yes', 'No', 'Partially']), rng.pick(['Nothing', 'Configure SSO and MFA for agency users', 'Define account review cadence'])]), { width: 28 });
  return saveWorkbook(wb, daysAfter(-20));
}

// ---------------------------------------------------------------- SoD, laws, checklist

async function sodMatrix(csp: Csp, rng: Rng, style: 'fedramp' | 'raci'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.isso.name, date: daysAfter(-40), company: csp.name, title: style === 'fedramp' ? 'Separation of Duties Matrix' : undefined });
  const roles = ['System Owner', 'ISSO', 'System Administrator', 'Database Administrator', 'Developer', 'Release Manager', 'Security Analyst', 'Auditor'];
  if (style === 'fedramp') {
    const ws = wb.addWorksheet('Separation of Duties Matrix');
    ws.getCell('A1').value = `${csp.cso} Separation of Duties Matrix`;
    writeTable(ws, 3, ['Duty / Function', ...roles], SOD_DUTIES.map((d) => [d, ...roles.map(() => (rng.chance(0.3) ? 'X' : ''))]), { width: 16 });
  } else {
    const ws = wb.addWorksheet('SoD');
    ws.getCell('A1').value = 'SoD – Roles vs. Privileged Functions (AC-5)';
    ws.getCell('A2').value = 'R = performs   A = approves   — = must not perform';
    writeTable(ws, 4, ['Privileged function', ...roles.map((r) => r.replace('Administrator', 'Admin'))], SOD_DUTIES.map((d) => [d, ...roles.map(() => rng.pick(['R', 'A', '—', '—']))]), { width: 14 });
  }
  return saveWorkbook(wb, daysAfter(-40));
}

/** The SoD matrix as a Word table, as some CSPs submit it. */
async function sodDocx(ctx: FamilyContext, csp: Csp, rng: Rng): Promise<Buffer> {
  const roles = ['Platform Admin', 'Developer', 'Release Mgr', 'Security Eng', 'Auditor'];
  const f = furniture(ctx.set, csp, rng, 'Separation of Duties Matrix (AC-5)', [csp.cso], 'body', undefined);
  const body = sections([
    { h: 'Purpose', p: [`This matrix shows which ${csp.short} roles may perform, approve or must never perform each privileged function, so that no single individual can subvert a critical process (NIST SP 800-53 AC-5).`] },
    { h: 'Matrix', table: { header: ['Function', ...roles], rows: SOD_DUTIES.map((d) => [d, ...roles.map(() => rng.pick(['Performs', 'Approves', '✗', '✗']))]) } },
    { h: 'Review', p: ['The matrix is reviewed annually by the security officer and whenever roles change.'] },
  ]);
  return render('docx', { ...f, toc: false }, body, rng);
}

const LAWS: readonly (readonly string[])[] = [
  ['PL 113-283', 'Federal Information Security Modernization Act of 2014', '12/18/2014'],
  ['5 USC 552a', 'Privacy Act of 1974, as amended', '1974'],
  ['PL 107-347, Title II', 'E-Government Act of 2002', '12/17/2002'],
  ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '07/28/2016'],
  ['OMB M-06-16', 'Protection of Sensitive Agency Information', '06/23/2006'],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '08/27/2004'],
];
const STANDARDS: readonly (readonly string[])[] = [
  ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004'],
  ['FIPS PUB 200', 'Minimum Security Requirements for Federal Information and Information Systems', '03/2006'],
  ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', '03/2019'],
  ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '09/2020'],
  ['NIST SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', '12/2018'],
  ['NIST SP 800-60 Vol. 1 Rev. 1', 'Guide for Mapping Types of Information and Information Systems to Security Categories', '08/2008'],
];

async function laws(csp: Csp, style: 'fedramp' | 'register'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.isso.name, date: daysAfter(-200), company: csp.name, title: style === 'fedramp' ? 'FedRAMP Laws and Regulations' : undefined });
  if (style === 'fedramp') {
    const a = wb.addWorksheet('Laws and Regulations');
    a.getCell('A1').value = 'FedRAMP Laws and Regulations';
    writeTable(a, 3, ['Identification Number', 'Title', 'Date', 'Link'], LAWS.map((r) => [...r, '']), { width: 40 });
    const b = wb.addWorksheet('Standards and Guidance');
    writeTable(b, 1, ['Identification Number', 'Title', 'Date', 'Link'], STANDARDS.map((r) => [...r, '']), { width: 40 });
  } else {
    const ws = wb.addWorksheet('Regulatory Register');
    ws.getCell('A1').value = `${csp.short} regulatory register – federal obligations for ${csp.cso}`;
    writeTable(ws, 3, ['Reference', 'Name', 'Issued', 'Type', 'Applies to'], [...LAWS.map((r) => [...r, 'Law / policy', 'Whole system']), ...STANDARDS.map((r) => [...r, 'Standard', 'Whole system'])], { width: 36 });
  }
  return saveWorkbook(wb, daysAfter(-200));
}

async function checklist(csp: Csp, rng: Rng, style: 'fedramp' | 'tracker'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.owner.name, date: daysAfter(-1), company: csp.name, title: style === 'fedramp' ? 'FedRAMP Initial Authorization Package Checklist' : undefined });
  const ws = wb.addWorksheet(style === 'fedramp' ? 'Checklist' : 'Package');
  if (style === 'fedramp') {
    ws.getCell('A1').value = 'FedRAMP Initial Authorization Package Checklist';
    ws.getRow(2).values = ['CSP Name:', csp.name, 'CSO Name:', csp.cso];
    ws.getRow(3).values = ['Impact Level:', csp.level, 'FedRAMP Package ID:', csp.fedrampId];
    writeTable(ws, 5, ['#', 'Document', 'Template Used', 'File Name', 'Included (Y/N)', 'Comments'], CHECKLIST_ITEMS.map(([doc, tpl], i) => [i + 1, doc, tpl, `${csp.abbr}_${doc.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 30)}.${tpl.includes('xlsx') ? 'xlsx' : 'docx'}`, rng.chance(0.9) ? 'Y' : 'N', '']), { width: 26 });
  } else {
    ws.getCell('A1').value = `${csp.cso} — authorization package submission checklist`;
    ws.getCell('A2').value = 'Use this checklist before uploading the package to the FedRAMP secure repository.';
    writeTable(ws, 4, ['Artifact', 'Owner', 'Status', 'Uploaded on', 'Reviewer notes'], CHECKLIST_ITEMS.map(([doc]) => [doc, rng.pick(['CSP', 'CSP', '3PAO', 'Agency']), rng.pick(['Final', 'Final', 'In review', 'Missing']), daysAfter(-rng.int(1, 20)), '']), { width: 24 });
  }
  return saveWorkbook(wb, daysAfter(-1));
}

export const workbooks: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const r = (label: string): Rng => ctx.rng.fork(label);
  if (ctx.set === 'train') {
    return [
      xlsx('POAM', await poamTemplateCopy(ctx, c0, false), `FedRAMP POA&M template v2.1 filled for ${c0.cso} (14 open, 5 closed items)`),
      xlsx('POAM', await poamFromScratch(c1, r('poam1'), 'template'), `POA&M built from scratch with the template's sheets and header row 5 (${c1.cso})`, 'final_v2.xlsx'),
      xlsx('INVENTORY', await inventoryTemplateCopy(c2, r('inv2'), false), `FedRAMP Integrated Inventory Workbook v2.2 template filled for ${c2.cso} (guidance rows kept)`),
      xlsx('INVENTORY', await inventoryFromScratch(c0, r('inv0'), 'plain'), `inventory from scratch: the 23 template headers in row 1 (${c0.cso})`),
      xlsx('CIS_CRM_WORKBOOK', await cisCrm(c0, r('cis0'), 'rev5'), `Rev5 CIS and CRM Workbook (Implementation Summary + Customer Responsibility Matrix) for ${c0.cso}`),
      xlsx('CIS_CRM_WORKBOOK', await cisCrm(c2, r('cis2'), 'rev4'), `Rev4-style Control Implementation Summary (CIS) Workbook with CIS/CRM sheets (${c2.cso})`),
      xlsx('SEPARATION_OF_DUTIES_MATRIX', readFixture('office', 'AwesomeCloud SOD Matrix.xlsx'), 'GSA AwesomeCloud SOD Matrix.xlsx as published: roles × functions with X, no title'),
      xlsx('SEPARATION_OF_DUTIES_MATRIX', await sodMatrix(c1, r('sod1'), 'fedramp'), `Separation of Duties Matrix (duties × roles) for ${c1.cso}`),
      xlsx('LAWS_AND_REGULATIONS', await laws(c2, 'fedramp'), `FedRAMP Laws and Regulations workbook (Identification Number / Title / Date / Link) for ${c2.cso}`),
      xlsx('AUTHORIZATION_CHECKLIST', await checklist(c0, r('chk0'), 'fedramp'), `FedRAMP Initial Authorization Package Checklist for ${c0.cso}; lists every deliverable by name`),
    ];
  }
  return [
    xlsx('POAM', await poamFromScratch(c0, r('poam0'), 'drifted'), `CSP ConMon POA&M tracker: header row 8, "POA&M ID", renamed/re-ordered columns, Summary sheet (${c0.cso})`, 'scan-results-may.xlsx', true),
    xlsx('POAM', await poamTemplateCopy(ctx, c2, true), `POA&M template copy with the open sheet renamed "Open POA&M Items (Mar-25)" and Configuration Findings removed (${c2.cso})`),
    xlsx('INVENTORY', await inventoryFromScratch(c1, r('inv1'), 'rev5-drifted'), `Rev5 Appendix M style inventory export: title row, "Diagram Label", Y/N values (${c1.cso})`, 'poam.xlsx', true),
    xlsx('INVENTORY', await inventoryTemplateCopy(c0, r('inv0h'), true), `inventory template copy with the sheet renamed "${c0.abbr} Inventory Mar 2025" and instructions removed`),
    xlsx('CIS_CRM_WORKBOOK', await cisCrm(c0, r('cis0h'), 'srm'), `"Shared Responsibility Matrix" single sheet (${c0.cso})`),
    xlsx('CIS_CRM_WORKBOOK', await cisCrm(c1, r('cis1h'), 'split'), `CIS/CRM as two plain sheets "Implementation Status" / "Customer Responsibilities" (${c1.cso})`),
    xlsx('SEPARATION_OF_DUTIES_MATRIX', await sodMatrix(c2, r('sod2h'), 'raci'), `"SoD – Roles vs. Privileged Functions (AC-5)" with R/A/— legend (${c2.cso})`),
    { expected: 'SEPARATION_OF_DUTIES_MATRIX', format: 'docx', ext: 'docx', bytes: await sodDocx(ctx, c0, r('sod0h')), note: `SoD matrix as a Word table "Separation of Duties Matrix (AC-5)" (${c0.cso})` },
    xlsx('LAWS_AND_REGULATIONS', await laws(c0, 'register'), `"Regulatory Register" of laws and standards (${c0.cso})`),
    xlsx('AUTHORIZATION_CHECKLIST', await checklist(c1, r('chk1h'), 'tracker'), `package submission tracker listing SSP, SAP, SAR, POA&M... with status (${c1.cso})`),
  ];
};
