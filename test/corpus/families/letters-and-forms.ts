/** Agency ATO letters (signed PDF), significant change and deviation request forms, the package checklist as Word. */
import { PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { sections } from '../lib/compose.js';
import type { Sec } from '../lib/compose.js';
import { furniture, render } from '../lib/furnish.js';
import type { Agency, Assessor, Csp } from '../lib/parties.js';
import { layoutPdf, savePdf } from '../lib/pdf.js';
import { daysAfter, longDate, usDate } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Block, DocSpec } from '../lib/spec.js';
import type { Draft, Family, FamilyContext } from '../lib/types.js';
import { newWorkbook, saveWorkbook, writeTable } from '../lib/xlsx.js';
import { CHECKLIST_ITEMS } from '../text/workbook-data.js';

// ---------------------------------------------------------------- ATO letters

/** Adds an (unfilled) digital signature field, as a PDF signed in Acrobat carries. */
function addSignatureField(doc: PDFDocument, signer: string, date: Date): void {
  const page = doc.getPage(doc.getPageCount() - 1);
  const ctx = doc.context;
  const sig = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    Name: PDFString.of(signer),
    M: PDFString.fromDate(date),
    Reason: PDFString.of('I am approving this document'),
    ByteRange: [0, 0, 0, 0],
    Contents: PDFHexString.of('0'.repeat(512)),
  });
  const widget = ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [72, 120, 300, 160], V: ctx.register(sig), T: PDFString.of('Signature1'), F: 132, P: page.ref });
  const ref = ctx.register(widget);
  page.node.addAnnot(ref);
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [ref], SigFlags: 3 }));
}

function letterSpec(blocks: Block[], date: Date, title: string | undefined, author: string): DocSpec {
  return { props: { title, creator: author }, numbering: 'none', body: blocks, date };
}

function atoTrain(csp: Csp, agency: Agency, tpao: Assessor, date: Date): Block[] {
  return [
    { kind: 'para', text: agency.name.toUpperCase(), bold: true, center: true },
    { kind: 'para', text: agency.address, center: true },
    { kind: 'spacer' },
    { kind: 'para', text: longDate(date) },
    { kind: 'para', text: `MEMORANDUM FOR: ${csp.owner.name}, ${csp.owner.title}, ${csp.name}` },
    { kind: 'para', text: `FROM: ${agency.ao.name}, ${agency.ao.title}` },
    { kind: 'para', text: `SUBJECT: Authority to Operate (ATO) for ${csp.cso}`, bold: true },
    { kind: 'para', text: `The ${agency.name} (${agency.short}) has completed its review of the security authorization package for ${csp.cso}, FedRAMP Package ID ${csp.fedrampId}. The package includes the System Security Plan (SSP) and its attachments, the Security Assessment Plan (SAP) and Security Assessment Report (SAR) prepared by ${tpao.name}, and the Plan of Action and Milestones (POA&M).` },
    { kind: 'para', text: `Based on the results of the security assessment and the risk posture documented in the package, I have determined that the risk to ${agency.short} operations, assets and individuals resulting from the use of ${csp.cso} is acceptable. Accordingly, I am issuing an Authority to Operate (ATO) for ${csp.cso} at the FedRAMP ${csp.level} impact level.` },
    { kind: 'para', text: `This ATO is valid for three (3) years from the date of this memorandum, provided that ${csp.short} maintains continuous monitoring in accordance with FedRAMP requirements, delivers monthly POA&M updates, vulnerability scan results and inventory to ${agency.short}, and remediates weaknesses within the required timeframes. The authorization may be revoked if the security posture changes significantly.` },
    { kind: 'para', text: `Please direct questions regarding this authorization to ${agency.reviewer.name}, ${agency.reviewer.title}, at ${agency.reviewer.email}.` },
    { kind: 'spacer' },
    { kind: 'para', text: `Digitally signed by ${agency.ao.name.toUpperCase()}  Date: ${date.toISOString().slice(0, 10).replace(/-/g, '.')} 10:22:31 -04'00'` },
    { kind: 'para', text: agency.ao.name, bold: true },
    { kind: 'para', text: agency.ao.title },
    { kind: 'spacer' },
    { kind: 'para', text: `cc: FedRAMP PMO (info@fedramp.gov); ${agency.reviewer.name}, ${agency.short}` },
  ];
}

function atoHoldout(csp: Csp, agency: Agency, variant: 0 | 1, date: Date): Block[] {
  const head: Block[] = [
    { kind: 'para', text: agency.name, bold: true },
    { kind: 'para', text: `Office of the Chief Information Officer  •  ${agency.address}` },
    { kind: 'spacer' },
  ];
  if (variant === 0) {
    return [
      ...head,
      { kind: 'title', text: 'Authorization Decision Memorandum', size: 'medium' },
      { kind: 'para', text: `Date: ${usDate(date)}` },
      { kind: 'para', text: `To: ${csp.name}` },
      { kind: 'para', text: `Re: Agency authorization of ${csp.cso} (${csp.abbr}), FedRAMP ${csp.level}` },
      { kind: 'para', text: 'Decision', bold: true },
      { kind: 'para', text: `After review of the authorization package and the independent assessor's recommendation, the agency grants ${csp.cso} an authorization to operate, effective on the date above and continuing for 36 months, subject to the conditions below. As authorizing official I accept the residual risk described in the assessment report and plan of action.` },
      { kind: 'para', text: 'Conditions', bold: true },
      { kind: 'bullets', items: ['Remediate high-risk finding F-01 within 30 days and provide evidence of closure.', 'Submit continuous monitoring deliverables monthly through the FedRAMP secure repository.', 'Notify the agency before any significant change.'] },
      { kind: 'spacer' },
      { kind: 'para', text: `${agency.ao.name}` },
      { kind: 'para', text: `Authorizing Official, ${agency.name}` },
    ];
  }
  return [
    ...head,
    { kind: 'para', text: `${longDate(date)}` },
    { kind: 'para', text: `${csp.owner.name}\n${csp.name}\n${csp.address}` },
    { kind: 'para', text: `Dear ${csp.owner.name.split(' ')[0]}:` },
    { kind: 'para', text: `I am pleased to inform you that ${agency.short} has granted an Agency Authority to Operate to ${csp.cso}. Our review team examined the security package and met with your team and your 3PAO, and we are satisfied that the remaining risks are understood and managed.` },
    { kind: 'para', text: `This ATO allows ${agency.short} programs to use ${csp.cso} for information categorized up to ${csp.level} impact. It remains in effect while ${csp.short} meets its continuous monitoring obligations. We will share this letter with the FedRAMP PMO so that the service can be listed as FedRAMP Authorized on the Marketplace.` },
    { kind: 'para', text: 'Sincerely,' },
    { kind: 'spacer' },
    { kind: 'para', text: `${agency.ao.name}\n${agency.ao.title}` },
  ];
}

async function atoPdf(blocks: Block[], date: Date, title: string | undefined, signer: string | undefined, author: string): Promise<Buffer> {
  const doc = await layoutPdf(letterSpec(blocks, date, title, author), { producer: 'Adobe Acrobat Pro (64-bit) 24.1.20643' });
  if (signer) addSignatureField(doc, signer, date);
  return savePdf(doc);
}

// ---------------------------------------------------------------- Significant change requests

const SC_TYPES = ['Adding a new interconnection', 'New or different data center / hosting region', 'Change to the authorization boundary', 'New or different underlying IaaS/PaaS', 'Change to cryptographic modules', 'Adding a new service or feature', 'Change in 3PAO'];

function scrTrain(csp: Csp, tpao: Assessor): Sec[] {
  return [
    { h: 'CSP Information', table: { header: ['Field', 'Response'], rows: [['CSP Name', csp.name], ['Cloud Service Offering', csp.cso], ['FedRAMP Package ID', csp.fedrampId], ['Impact Level', csp.level], ['Point of Contact', `${csp.isso.name}, ${csp.isso.email}`]] } },
    { h: 'Type of Significant Change', p: ['Select all that apply:'], bullets: SC_TYPES.map((t, i) => `${i === 3 ? '☒' : '☐'} ${t}`) },
    { h: 'Description of the Proposed Change', p: [`${csp.short} proposes to migrate the managed database tier of ${csp.cso} from self-managed PostgreSQL on EC2 to the FedRAMP-authorized managed database service of the underlying IaaS.`] },
    { h: 'Reason for the Change', p: ['Reduce operational burden and improve resilience through managed multi-AZ replication and automated patching.'] },
    { h: 'Security Impact Analysis', p: ['The change alters the inventory, the data flow between the application and database tiers, and inherits additional controls (CP-9, CP-10, SI-2) from the IaaS. No change to the authorization boundary or to the FIPS 199 categorization is expected.'], table: { header: ['Control', 'Impact', 'Updated SSP section'], rows: [['CM-8', 'Inventory changes', 'Section 10'], ['CP-9', 'Backups inherited', 'Appendix A'], ['SC-28', 'Encryption at rest via KMS', 'Appendix A']] } },
    { h: '3PAO Assessment', p: [`${tpao.name} will assess the change; the assessment plan will be submitted before implementation.`] },
    { h: 'Planned Implementation Date', p: [longDate(daysAfter(45))] },
    { h: 'Approvals', table: { header: ['Role', 'Name', 'Signature', 'Date'], rows: [['CSP System Owner', csp.owner.name, '', ''], ['Agency AO', '', '', '']] } },
  ];
}

function scrHoldout(csp: Csp): Sec[] {
  return [
    { h: 'Summary', p: [`${csp.short} requests agency approval to move ${csp.cso} production workloads to a second GovCloud region and to make the new region the primary site.`] },
    { h: 'What is changing', bullets: ['New primary region for compute, storage and databases', 'New KMS keys in the new region (same FIPS 140-3 validated module)', 'DNS and load balancer endpoints move', 'Old region becomes the disaster recovery site'] },
    { h: 'Why', p: ['Capacity constraints and lower latency for most agency users.'] },
    { h: 'Risk / security impact', p: ['Boundary diagram and data flows change; control implementations remain the same. Inventory, ISCP and network diagrams will be updated. No new external services.'] },
    { h: 'Assessment approach', p: ['Our 3PAO will test the new region before cut-over: configuration review, authenticated scans and a targeted penetration test.'] },
    { h: 'Schedule', table: { header: ['Step', 'Date'], rows: [['Agency decision requested by', usDate(daysAfter(20))], ['3PAO testing', usDate(daysAfter(35))], ['Cut-over', usDate(daysAfter(60))]] } },
    { h: 'Requested by', p: [`${csp.owner.name}, ${csp.owner.title}`] },
  ];
}

async function scrXlsx(csp: Csp, style: 'form' | 'tracker'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.isso.name, date: daysAfter(-5), company: csp.name, title: style === 'form' ? 'Significant Change Request Form' : undefined });
  const ws = wb.addWorksheet(style === 'form' ? 'SCR Form' : 'Change Request');
  ws.getCell('A1').value = style === 'form' ? 'FedRAMP Significant Change Request' : `${csp.cso} – Significant Change Notification (SCN/SCR)`;
  const rows: [string, string][] = [
    ['CSP Name', csp.name],
    ['CSO Name', csp.cso],
    ['FedRAMP ID', csp.fedrampId],
    ['Change Title', style === 'form' ? 'Replace identity provider with FedRAMP High authorized IdP' : 'Add FIPS-validated object storage encryption service'],
    ['Type of Change', style === 'form' ? 'New or different underlying service' : 'Change to cryptographic modules'],
    ['Description', 'See attached security impact analysis.'],
    ['Controls Impacted', 'IA-2, IA-5, IA-8, AC-2'],
    ['Security Impact Analysis Completed', 'Yes'],
    ['3PAO Assessment Required', 'Yes'],
    ['Target Date', usDate(daysAfter(30))],
    ['Submitted By', csp.isso.name],
  ];
  writeTable(ws, 3, ['Field', 'Response'], rows, { width: 50 });
  return saveWorkbook(wb, daysAfter(-5));
}

// ---------------------------------------------------------------- Deviation requests

async function drXlsx(csp: Csp, rng: Rng, style: 'form' | 'drifted'): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.isso.name, date: daysAfter(-6), company: csp.name, title: style === 'form' ? 'FedRAMP Deviation Request Form' : undefined });
  const ws = wb.addWorksheet(style === 'form' ? 'Deviation Request' : 'OR Requests');
  ws.getCell('A1').value = style === 'form' ? 'FedRAMP Deviation Request (DR) Form' : `${csp.short} – operational requirement requests for agency review`;
  ws.getRow(2).values = ['CSP', csp.name, 'System Name', csp.cso, 'Impact Level', csp.level];
  const header = style === 'form'
    ? ['DR ID', 'POA&M ID', 'Deviation Type', 'Weakness Name', 'Scanner / Plugin ID', 'Asset Identifier(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Attached', '3PAO Concurrence', 'Agency Decision']
    : ['Request #', 'POA&M Ref', 'Request Type', 'Finding', 'Detected By', 'Hosts', 'Risk', 'Why it cannot be fixed', 'Mitigations in place', 'Status'];
  const types = ['Risk Adjustment', 'False Positive', 'Operational Requirement'];
  const rows = Array.from({ length: 5 }, (_, i) => {
    const t = style === 'form' ? types[i % 3]! : 'Operational Requirement';
    return style === 'form'
      ? [`DR-${2025}-${String(10 + i).padStart(3, '0')}`, `V-${String(rng.int(1, 40)).padStart(4, '0')}`, t, rng.pick(['SSH Server CBC Mode Ciphers Enabled', 'TLS Version 1.0 Protocol Detection', 'HSTS Missing From HTTPS Server (RFC 6797)']), `Nessus ${rng.pick([70658, 104743, 142960])}`, `${csp.net}.${rng.int(1, 9)}.${rng.int(2, 200)}`, 'Moderate', t === 'False Positive' ? 'N/A' : 'Low', 'The vulnerable configuration is not reachable from outside the boundary.', 'Network ACLs restrict access to the bastion.', 'Yes', 'Concur', '']
      : [`OR-${i + 1}`, `${csp.abbr}-${String(rng.int(1, 40)).padStart(4, '0')}`, t, 'Legacy client requires SSH CBC ciphers', 'Tenable.sc', `${rng.int(1, 5)} hosts`, 'Low', 'HSM client firmware only supports CBC', 'Access limited to two admins via jump host', 'Submitted'];
  });
  writeTable(ws, 4, header, rows, { width: 24 });
  return saveWorkbook(wb, daysAfter(-6));
}

function drDocTrain(csp: Csp): Sec[] {
  return [
    { h: 'Request Information', table: { header: ['Field', 'Response'], rows: [['CSP', csp.name], ['System', csp.cso], ['DR Number', 'DR-2025-007'], ['Deviation Type', 'Risk Adjustment (RA)'], ['Associated POA&M ID', 'V-0012'], ['Date Submitted', usDate(daysAfter(-6))]] } },
    { h: 'Vulnerability Information', table: { header: ['Field', 'Response'], rows: [['Weakness', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)'], ['Detector / ID', 'Nessus 187315'], ['Original Risk Rating', 'Moderate'], ['Proposed Adjusted Risk Rating', 'Low']] } },
    { h: 'Justification for Risk Adjustment', p: ['Exploitation requires an active man-in-the-middle position between the administrator and the bastion host. All administrative SSH sessions traverse a private, mutually authenticated tunnel; no SSH port is exposed to the internet.'] },
    { h: 'Compensating Controls', bullets: ['SSH only reachable through the zero-trust access proxy', 'ChaCha20-Poly1305 disabled; strict KEX enabled where supported', 'Session recording and alerting on anomalous logins'] },
    { h: 'Evidence', p: ['Screenshots of security group rules, sshd_config and proxy policy are attached.'] },
    { h: '3PAO Review', p: ['The 3PAO reviewed the evidence and concurs with the adjusted rating.'] },
    { h: 'Agency Decision', table: { header: ['Decision', 'Name', 'Date'], rows: [['☐ Approved  ☐ Denied', '', '']] } },
  ];
}

function drDocHoldout(csp: Csp): Sec[] {
  return [
    { h: 'Requested deviation', p: [`${csp.short} requests that finding ${csp.abbr}-0031 be closed as a false positive.`] },
    { h: 'Finding details', table: { header: ['Item', 'Detail'], rows: [['Scanner', 'Tenable Nessus, plugin 201198'], ['Title', 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities'], ['Assets', `${csp.abbr.toLowerCase()}-db01, ${csp.abbr.toLowerCase()}-db02`], ['First seen', usDate(daysAfter(-40))]] } },
    { h: 'Why this is a false positive', p: ['The managed database service reports a banner of 15.7 while the engine is patched to 15.8 by the provider (see provider advisory and engine version query output). The scanner relies on the banner only.'] },
    { h: 'Supporting evidence', bullets: ['SELECT version() output from both instances', 'Provider maintenance notice confirming the patch', 'Authenticated rescan results'] },
    { h: 'Reviewer sign-off', table: { header: ['Reviewer', 'Decision', 'Date'], rows: [['3PAO', 'Concur', ''], ['Agency', '', '']] } },
  ];
}

// ---------------------------------------------------------------- Checklist (Word)

function checklistDoc(csp: Csp, set: 'train' | 'holdout'): Sec[] {
  if (set === 'train') {
    return [
      { h: 'Instructions', p: ['Complete this checklist and submit it with the initial authorization package. Indicate for each document whether it is included and where it can be found.'] },
      { h: 'Package Contents', table: { header: ['#', 'Document', 'Included (Yes/No)', 'Location / File Name'], rows: CHECKLIST_ITEMS.map(([d], i) => [String(i + 1), d, 'Yes', `/${csp.abbr}/Initial/`]) } },
      { h: 'Certification', p: [`I certify that the package for ${csp.cso} is complete.`], table: { header: ['Name', 'Title', 'Date'], rows: [[csp.owner.name, csp.owner.title, '']] } },
    ];
  }
  return [
    { h: 'Before you upload', p: ['Confirm every item below is final, uses the current template, and has been reviewed by the security team.'] },
    { h: 'Items', bullets: CHECKLIST_ITEMS.map(([d]) => `☒ ${d}`) },
    { h: 'Sign-off', p: [`Reviewed by ${csp.isso.name} on ${usDate(daysAfter(-2))}.`] },
  ];
}

export const lettersAndForms: Family = async (ctx: FamilyContext) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const [a0, a1] = ctx.parties.agencies;
  const [t0] = ctx.parties.assessors;
  const r = (l: string): Rng => ctx.rng.fork(l);
  const docx = async (csp: Csp, rng: Rng, title: string, secs: Sec[], placement: 'props' | 'body' | 'header'): Promise<Buffer> => {
    const f = furniture(ctx.set, csp, rng, title, [csp.cso], placement, undefined);
    return render('docx', { ...f, toc: false, revisions: 'none', frontMatter: undefined }, sections(secs), rng);
  };
  const d = (expected: Draft['expected'], format: 'docx' | 'xlsx' | 'pdf', bytes: Buffer, note: string, name?: string, misleading?: boolean): Draft => ({ expected, format, ext: format, bytes, note, name, misleading });
  const letterDate = daysAfter(-30);
  if (ctx.set === 'train') {
    return [
      d('ATO_LETTER', 'pdf', await atoPdf(atoTrain(c0, a0, t0, letterDate), letterDate, `ATO Letter - ${c0.cso}`, undefined, a0.reviewer.name), `agency ATO memorandum (${a0.short}) for ${c0.cso}; names SSP, SAP, SAR and POA&M in its body`),
      d('ATO_LETTER', 'pdf', await atoPdf(atoTrain(c2, a1, t0, daysAfter(-90)), daysAfter(-90), undefined, a1.ao.name, a1.ao.name), `agency ATO memorandum (${a1.short}) for ${c2.cso} with a digital signature field; no title metadata`, 'scan0001.pdf', true),
      d('SIGNIFICANT_CHANGE_REQUEST', 'docx', await docx(c0, r('scr0'), 'FedRAMP Significant Change Request (SCR) Form', scrTrain(c0, t0), 'props'), `SCR form for ${c0.cso}: move to managed database service`),
      d('SIGNIFICANT_CHANGE_REQUEST', 'xlsx', await scrXlsx(c1, 'form'), `SCR form as a workbook (Field/Response) for ${c1.cso}`),
      d('DEVIATION_REQUEST', 'xlsx', await drXlsx(c2, r('dr2'), 'form'), `FedRAMP Deviation Request Form workbook with RA/FP/OR rows (${c2.cso})`),
      d('DEVIATION_REQUEST', 'docx', await docx(c1, r('dr1'), 'Deviation Request (DR) – Risk Adjustment', drDocTrain(c1), 'body'), `risk adjustment DR for a Nessus finding (${c1.cso})`),
      d('AUTHORIZATION_CHECKLIST', 'docx', await docx(c1, r('chk1'), 'FedRAMP Initial Authorization Package Checklist', checklistDoc(c1, 'train'), 'props'), `package checklist as a Word table (${c1.cso}); lists every deliverable`),
    ];
  }
  return [
    d('ATO_LETTER', 'pdf', await atoPdf(atoHoldout(c0, a0, 0, letterDate), letterDate, undefined, a0.ao.name, a0.ao.name), `"Authorization Decision Memorandum" (${a0.short}) for ${c0.cso}, signature field, lower-case "authorization to operate"`),
    d('ATO_LETTER', 'pdf', await atoPdf(atoHoldout(c1, a1, 1, daysAfter(-12)), daysAfter(-12), `${a1.short} ATO – ${c1.cso}`, undefined, a1.reviewer.name), `ATO as a friendly letter ("Dear ...") from ${a1.short} for ${c1.cso}`),
    d('SIGNIFICANT_CHANGE_REQUEST', 'docx', await docx(c0, r('scr0h'), 'SCR Form – Migration to new region', scrHoldout(c0), 'body'), `CSP-titled SCR for a region migration (${c0.cso})`),
    d('SIGNIFICANT_CHANGE_REQUEST', 'xlsx', await scrXlsx(c2, 'tracker'), `"Significant Change Notification (SCN/SCR)" workbook (${c2.cso})`),
    d('DEVIATION_REQUEST', 'docx', await docx(c2, r('dr2h'), 'DR-2025-014 – False Positive: PostgreSQL banner', drDocHoldout(c2), 'header'), `false-positive DR, title only in the page header (${c2.cso})`),
    d('DEVIATION_REQUEST', 'xlsx', await drXlsx(c0, r('dr0h'), 'drifted'), `operational requirement requests list, renamed columns (${c0.cso})`, 'POAM_update.xlsx', true),
    d('AUTHORIZATION_CHECKLIST', 'docx', await docx(c2, r('chk2h'), `Package Readiness Checklist – ${c2.cso} ATO package`, checklistDoc(c2, 'holdout'), 'body'), `CSP checklist with ☒ items naming every deliverable (${c2.cso})`),
  ];
};

