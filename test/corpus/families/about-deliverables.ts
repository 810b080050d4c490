/**
 * Documents *about* deliverables next to narrative deliverables that do not carry their form's title:
 * handouts that walk through the package, cover memos that transmit the monthly deliverables, trackers
 * whose columns are deliverables, ticket exports whose summaries name them; and change requests written
 * as memos or letters, plans titled only in their running header.
 */
import { sections } from '../lib/compose.js';
import type { Sec } from '../lib/compose.js';
import { renderDocx } from '../lib/docx.js';
import type { Agency, Csp } from '../lib/parties.js';
import { renderPdf } from '../lib/pdf.js';
import { daysAfter, isoDate, longDate, usDate } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Block, DocSpec } from '../lib/spec.js';
import type { Draft, Family } from '../lib/types.js';
import { newWorkbook, saveWorkbook, writeTable } from '../lib/xlsx.js';

const doc = (body: Block[], props: DocSpec['props'], date: Date, extra: Partial<DocSpec> = {}): DocSpec => ({ props, body, date, numbering: 'none', ...extra });
const para = (text: string, more: Partial<Extract<Block, { kind: 'para' }>> = {}): Block => ({ kind: 'para', text, ...more });

// ---------------------------------------------------------------- about the package (UNKNOWN)

/** A handout for agency staff that walks through the package, one paragraph per deliverable. */
function handout(agency: Agency, style: 'bullets' | 'sections'): Block[] {
  const intro = `This handout is for ${agency.short} program offices that sponsor a cloud service through the FedRAMP Agency Authorization process. It explains what each document in an authorization package is for, and who writes it.`;
  if (style === 'bullets') {
    return [
      { kind: 'title', text: 'Agency Authorization at a Glance' },
      para(`${agency.name} – Office of the CIO`, { center: true }),
      para(intro),
      { kind: 'heading', level: 1, text: 'What you will receive' },
      { kind: 'bullets', items: ['System Security Plan (SSP) with its attachments, written by the cloud service provider', 'Security Assessment Plan (SAP), written by the 3PAO before testing', 'Security Assessment Report (SAR), the 3PAO\u2019s results and recommendation', 'Plan of Action and Milestones (POA&M), the provider\u2019s remediation plan', 'The ATO letter, signed by our Authorizing Official'] },
      { kind: 'heading', level: 1, text: 'What you are asked to do' },
      para('Read the executive summary of the SAR, attend the risk review with the ISSM, and confirm that the residual risk is acceptable for your mission. You do not edit any of these documents.'),
      { kind: 'heading', level: 1, text: 'After the authorization' },
      para('Each month the provider uploads an updated POA&M, vulnerability scan results and its inventory. The ISSM reviews them and tells you when a decision is needed.'),
    ];
  }
  return [
    { kind: 'title', text: 'Getting to an Authorization: What Program Offices Need to Know' },
    para(intro),
    { kind: 'heading', level: 1, text: 'The System Security Plan' },
    para('The SSP describes the system, its boundary and how every control of the baseline is implemented. It is written by the provider and reviewed by the agency ISSM.'),
    { kind: 'heading', level: 1, text: 'The Security Assessment Plan' },
    para('The SAP sets out how the independent assessor will test the controls: methodology, sampling, penetration test scope and rules of engagement.'),
    { kind: 'heading', level: 1, text: 'The Security Assessment Report' },
    para('The SAR gives the results of testing, a risk exposure table and the assessor\u2019s recommendation on authorization.'),
    { kind: 'heading', level: 1, text: 'The Plan of Action and Milestones' },
    para('The POA&M tracks every open weakness with a remediation date. It is updated every month.'),
    { kind: 'heading', level: 1, text: 'The ATO Letter' },
    para('Our Authorizing Official signs the ATO letter once the residual risk is accepted; a copy goes to the FedRAMP PMO.'),
  ];
}

/** A memo that transmits the month's continuous monitoring deliverables. */
function conmonCoverMemo(csp: Csp, agency: Agency, month: string, style: 'memo' | 'letter'): Block[] {
  const items = ['Updated Plan of Action and Milestones (12 open items, 3 closed this month)', 'Authenticated operating system, database and web application scan results', 'Integrated Inventory Workbook reconciled against the scans', 'One Deviation Request (false positive, plugin 201198) for agency decision'];
  if (style === 'memo') {
    return [
      para('MEMORANDUM', { bold: true }),
      para(`TO: ${agency.reviewer.name}, ${agency.reviewer.title}, ${agency.short}`),
      para(`FROM: ${csp.isso.name}, ${csp.isso.title}, ${csp.name}`),
      para(`DATE: ${longDate(daysAfter(-3))}`),
      para(`SUBJECT: ${csp.cso} Continuous Monitoring Deliverables – ${month}`, { bold: true }),
      para(`This memorandum transmits the ${month} continuous monitoring deliverables for ${csp.cso} (FedRAMP ID ${csp.fedrampId}). The following documents have been uploaded to the agency repository:`),
      { kind: 'bullets', items },
      para('No High vulnerabilities are past due. Two Moderate items are awaiting vendor patches and are tracked as vendor dependencies.'),
      para(`Please contact me at ${csp.isso.email} with any questions.`),
    ];
  }
  return [
    para(csp.name, { bold: true, center: true }),
    para(csp.address, { center: true }),
    para(longDate(daysAfter(-2))),
    para(`${agency.ao.name}\n${agency.ao.title}\n${agency.name}`),
    para(`Re: Letter of Transmittal – ${month} ConMon package for ${csp.cso}`, { bold: true }),
    para(`Dear ${agency.ao.name.split(' ').slice(-1)[0]}:`),
    para(`Please find enclosed the continuous monitoring documents for ${csp.cso} for ${month}:`),
    { kind: 'bullets', items },
    para('We remain available to walk your team through the results at the monthly ConMon meeting.'),
    para('Sincerely,'),
    para(`${csp.owner.name}\n${csp.owner.title}`),
  ];
}

/** An agency-wide tracker of cloud packages: one row per service, one column per deliverable. */
async function portfolioTracker(csps: readonly Csp[], rng: Rng, style: 'portfolio' | 'status'): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Office of the CIO', date: daysAfter(-20) });
  const ws = wb.addWorksheet(style === 'portfolio' ? 'Cloud Services' : 'Q2 Status');
  const header = style === 'portfolio'
    ? ['FedRAMP ID', 'Cloud Service Offering', 'Provider', 'Impact', 'SSP Version', 'SAR Delivered', 'POA&M Last Received', 'ATO Letter Signed', 'Next Annual Assessment']
    : ['Service', 'Vendor', 'Stage', 'System Security Plan', 'Security Assessment Report', 'Plan of Action & Milestones', 'Authorization to Operate', 'Contingency Plan Test', 'Notes'];
  const rows = csps.map((c) => {
    const d = (n: number): string => isoDate(daysAfter(-rng.int(n, n + 90)));
    return style === 'portfolio'
      ? [c.fedrampId, c.cso, c.name, c.level, `${rng.int(1, 4)}.${rng.int(0, 9)}`, d(200), d(10), d(150), isoDate(daysAfter(rng.int(30, 300)))]
      : [c.cso, c.short, rng.pick(['Authorized', 'In assessment', 'ConMon']), 'Received', rng.pick(['Received', 'Pending']), 'Monthly', rng.pick(['Signed', 'Pending AO']), rng.pick(['Done', 'Due Q3']), ''];
  });
  writeTable(ws, 1, header, rows, { width: 24 });
  return saveWorkbook(wb, daysAfter(-20));
}

/** An issue tracker export whose summaries name deliverables. */
function ticketExport(csp: Csp, rng: Rng, style: 'jira' | 'servicenow'): string {
  const q = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const tasks = [
    'Draft significant change request for the object storage migration',
    'Upload monthly POA&M to the agency repository',
    'Run authenticated scans and attach scan results',
    'Update Incident Response Plan contact roster',
    'Annual Contingency Plan tabletop exercise',
    'Reconcile integrated inventory workbook with CMDB',
    'Prepare deviation request for false positive on db hosts',
    'Respond to agency comments on the System Security Plan',
  ];
  const people = [csp.isso.name, csp.engineer.name, csp.owner.name];
  if (style === 'jira') {
    const lines = [['Issue key', 'Issue Type', 'Summary', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Due date'].join(',')];
    tasks.forEach((t, i) => lines.push([`GRC-${310 + i}`, 'Task', t, rng.pick(['To Do', 'In Progress', 'Done']), rng.pick(['Medium', 'High']), rng.pick(people), csp.isso.name, isoDate(daysAfter(-rng.int(5, 60))), isoDate(daysAfter(rng.int(1, 30)))].map(q).join(',')));
    return lines.join('\n') + '\n';
  }
  const lines = [['Number', 'Short description', 'State', 'Assignment group', 'Assigned to', 'Opened', 'Planned end date'].join(',')];
  tasks.forEach((t, i) => lines.push([`CHG00${41230 + i}`, t, rng.pick(['New', 'Scheduled', 'Implement', 'Closed']), 'Security Compliance', rng.pick(people), usDate(daysAfter(-rng.int(5, 60))), usDate(daysAfter(rng.int(1, 30)))].map(q).join(',')));
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- narrative deliverables

/** A change request written as a memo: no form, no "Significant Change Request" title. */
function changeMemo(csp: Csp, agency: Agency): Block[] {
  return [
    para('MEMORANDUM FOR: ' + `${agency.ao.name}, ${agency.ao.title}`),
    para(`FROM: ${csp.owner.name}, ${csp.owner.title}, ${csp.name}`),
    para(`DATE: ${longDate(daysAfter(-8))}`),
    para(`SUBJECT: Migration of ${csp.cso} object storage to a second region`, { bold: true }),
    para(`${csp.short} requests the agency's approval to migrate the object storage tier of ${csp.cso} to a second region of the same FedRAMP High authorized infrastructure and to make that region the primary site for customer uploads.`),
    para('Scope. The storage buckets, their encryption keys and the replication jobs move; application servers, identity services and the authorization boundary diagram are otherwise unchanged. The FIPS 140-3 validated cryptographic module stays the same.'),
    para('Security impact. The affected controls are CP-6, CP-9, SC-12, SC-28 and CM-8. The inventory, the contingency plan and the data flow diagrams will be updated before cut-over.'),
    para('Assessment. Our 3PAO will test the affected controls in the new region and deliver a report before production traffic moves.'),
    para(`Schedule. We ask for a decision by ${longDate(daysAfter(25))}; cut-over is planned for ${longDate(daysAfter(60))}.`),
    para('Respectfully,'),
    para(`${csp.owner.name}\n${csp.owner.title}`),
  ];
}

/** A change request written as a friendly letter to the AO. */
function changeLetter(csp: Csp, agency: Agency): Block[] {
  return [
    para(csp.name, { bold: true }),
    para(longDate(daysAfter(-6))),
    para(`Dear ${agency.ao.name}:`),
    para(`We are writing to notify ${agency.short} of a planned change to ${csp.cso}: we intend to replace our self-managed identity provider with a FedRAMP High authorized identity service.`),
    para('The new service handles authentication for all privileged and customer users. Multi-factor authentication remains phishing resistant; session management and account lifecycle move to the new service.'),
    para('Controls affected: AC-2, IA-2, IA-5, IA-8 and AU-2. We have completed a security impact analysis, enclosed, and our assessor will test the change before go-live.'),
    para(`We would appreciate your decision by ${longDate(daysAfter(21))}.`),
    para('Sincerely,'),
    para(`${csp.isso.name}\n${csp.isso.title}`),
  ];
}

/** An incident response plan called a playbook, titled only in its running header, over several pages. */
function playbook(csp: Csp): Sec[] {
  return [
    { h: 'When to use this playbook', p: [`Use this playbook whenever an alert, report or anomaly suggests that the confidentiality, integrity or availability of ${csp.cso} or of customer data may be affected.`] },
    { h: 'Roles', table: { header: ['Role', 'Responsibility'], rows: [['Incident Commander', 'Owns the response and its decisions'], ['Security Analyst', 'Triage, evidence collection, containment actions'], ['Communications Lead', 'Customer, agency and US-CERT/CISA notifications']] } },
    { h: 'Triage', bullets: ['Acknowledge the page within 15 minutes', 'Classify the incident and assign a severity', 'Open an incident channel and a ticket'], breakBefore: true },
    { h: 'Containment', p: ['Isolate affected workloads with security group changes; revoke suspected credentials; preserve volatile evidence before rebuilding.'] },
    { h: 'Eradication and recovery', p: ['Rebuild from hardened images, rotate secrets, restore data from the last known good backup and monitor for recurrence.'], breakBefore: true },
    { h: 'Notification', p: ['Notify affected agencies, CISA and the FedRAMP PMO within one hour of confirming an incident that affects federal data.'] },
    { h: 'Post-incident review', p: ['Hold a blameless review within five business days; record lessons learned and track actions to closure.'], breakBefore: true },
  ];
}

export const aboutDeliverables: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const [a0, a1] = ctx.parties.agencies;
  const r = (l: string): Rng => ctx.rng.fork(l);
  const date = daysAfter(-15);
  const u = (format: Draft['format'], ext: string, bytes: Buffer, note: string): Draft => ({ expected: 'UNKNOWN', format, ext, bytes, note });
  const pdfHeader = (csp: Csp, title: string, secs: Sec[]): Promise<Buffer> =>
    renderPdf(doc([para(csp.name, { bold: true, center: true }), para(`Version 2.${ctx.set === 'train' ? 1 : 4}`, { center: true }), { kind: 'pagebreak' }, ...sections(secs)], { creator: csp.isso.name }, date, { header: `${csp.short} – ${title} – Internal`, numbering: 'literal', look: 'corporate' }));
  if (ctx.set === 'train') {
    return [
      u('pdf', 'pdf', await renderPdf(doc(handout(a0, 'bullets'), { title: 'Agency Authorization at a Glance', creator: a0.reviewer.name }, date, { look: 'corporate' })), 'agency handout listing the package (SSP, SAP, SAR, POA&M, ATO letter) with a title that names none of them'),
      u('docx', 'docx', await renderDocx(doc(conmonCoverMemo(c0, a0, 'February 2025', 'memo'), { creator: c0.isso.name }, date)), 'memo transmitting the monthly ConMon deliverables (POA&M, scans, inventory, deviation request)'),
      u('xlsx', 'xlsx', await portfolioTracker([c0, c1, c2], r('portfolio'), 'portfolio'), 'agency portfolio workbook with a column per deliverable ("ATO Letter Signed", "SAR Delivered")'),
      u('csv', 'csv', Buffer.from(ticketExport(c1, r('jira'), 'jira'), 'utf8'), 'Jira export whose summaries name a significant change request, the POA&M and the IRP'),
      { expected: 'SIGNIFICANT_CHANGE_REQUEST', format: 'docx', ext: 'docx', bytes: await renderDocx(doc(changeMemo(c2, a1), { creator: c2.owner.name }, date)), note: 'change request written as a memorandum: "requests the agency\u2019s approval to migrate", no form title' },
      { expected: 'INCIDENT_RESPONSE_PLAN', format: 'pdf', ext: 'pdf', bytes: await pdfHeader(c0, 'Cyber Incident Response Playbook', playbook(c0)), note: 'incident response playbook titled only in its running header, several pages' },
    ];
  }
  return [
    u('pdf', 'pdf', await renderPdf(doc(handout(a1, 'sections'), { title: 'Getting to an Authorization: What Program Offices Need to Know', creator: a1.reviewer.name }, date, { look: 'fedramp' })), 'agency guidance with one section per deliverable (SSP, SAP, SAR, POA&M, ATO letter)'),
    u('docx', 'docx', await renderDocx(doc(conmonCoverMemo(c1, a0, 'May 2025', 'letter'), { creator: c1.owner.name }, date)), 'letter of transmittal enclosing the monthly ConMon documents'),
    u('xlsx', 'xlsx', await portfolioTracker([c2, c0, c1], r('status'), 'status'), 'quarterly status workbook whose column headers are deliverable names'),
    u('csv', 'csv', Buffer.from(ticketExport(c2, r('snow'), 'servicenow'), 'utf8'), 'ServiceNow change export (Number, Short description, State) naming deliverables'),
    { expected: 'SIGNIFICANT_CHANGE_REQUEST', format: 'docx', ext: 'docx', bytes: await renderDocx(doc(changeLetter(c0, a1), { creator: c0.isso.name }, date)), note: 'letter notifying the AO of a planned change (identity provider) and asking for a decision' },
    { expected: 'INCIDENT_RESPONSE_PLAN', format: 'pdf', ext: 'pdf', bytes: await pdfHeader(c1, 'Security Incident Handbook', playbook(c1)), note: 'incident handbook titled only in its running header' },
  ];
};
