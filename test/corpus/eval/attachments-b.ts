/**
 * SSP attachments, part two: incident response plans, CIS/CRM workbooks, FIPS 199 categorizations,
 * separation of duties matrices, laws and regulations, supply chain risk management plans.
 */
import {
  Rng, book, br, center, day, docx, gap, h1, h2, longDate, p, pdf, revisionTable, saveBook, setRow, signatureBlock,
  table, title, toc, ul, usDate, writeTable,
} from './common.js';
import type { Block, EvalDoc } from './common.js';
import { cover } from './attachments-a.js';
import { CONTROLS } from './controls.js';
import { CORVANE, HARBOR, LUMEN, NIMBUS, QUILL } from './orgs.js';
import type { Provider } from './orgs.js';

// ---------------------------------------------------------------- Attachment 8: incident response plan

function irBody(csp: Provider): Block[] {
  return [
    h1('Purpose'),
    p(`This plan provides ${csp.short} with a roadmap for implementing its incident response capability for the ${csp.system}, consistent with NIST SP 800-61 Rev. 2, the FedRAMP Incident Communications Procedures and the CISA Federal Incident Notification Guidelines.`),
    h1('Incident Response Team'),
    table(['Role', 'Name', 'Responsibilities'], [
      ['Incident Commander', csp.ciso.name, 'Leads response, makes containment decisions, approves external communications'],
      ['Incident Handler (lead)', csp.isso.name, 'Coordinates analysis, maintains the incident record, reports to agencies and FedRAMP'],
      ['Technical Lead', csp.engineer.name, 'Executes containment, eradication and recovery actions'],
      ['Legal / Privacy', 'General Counsel', 'Breach determination, law enforcement liaison'],
    ]),
    h1('Incident Categories and Severity'),
    table(['Severity', 'Definition', 'Initial Response'], [
      ['SEV-1 (Critical)', 'Confirmed compromise of federal data or privileged credentials; widespread outage', '15 minutes, 24x7'],
      ['SEV-2 (High)', 'Suspected compromise, malware on a production host, denial of service', '1 hour, 24x7'],
      ['SEV-3 (Medium)', 'Policy violation, contained phishing, single-user account misuse', '1 business day'],
      ['SEV-4 (Low)', 'Scans, blocked attacks, informational', 'Weekly review'],
    ]),
    h1('Incident Handling Life Cycle'),
    h2('Preparation'),
    p('Tooling, runbooks, out-of-band communications and jump kits are maintained; the team trains annually and conducts a tabletop exercise at least annually (IR-3).'),
    h2('Detection and Analysis'),
    p('Alerts from the SIEM, EDR, cloud threat detection and customer reports are triaged by the on-call analyst, who opens an incident record and assigns severity.'),
    h2('Containment, Eradication and Recovery'),
    ul('Isolate affected workloads (quarantine security group / network policy).', 'Revoke and rotate exposed credentials and keys.', 'Preserve evidence: snapshots, memory captures and logs with chain of custody.', 'Rebuild affected components from known-good images.', 'Monitor for recurrence for at least 30 days.'),
    h2('Post-Incident Activity'),
    p('A lessons-learned review is held within 10 business days of closure; resulting actions are tracked in the POA&M where they relate to control weaknesses.'),
    h1('Reporting Requirements'),
    table(['Recipient', 'When', 'How'], [
      ['CISA (US-CERT)', 'Within 1 hour of identification', 'CISA Incident Reporting System'],
      ['Sponsoring and leveraging agencies', 'Within 1 hour', 'Agency-designated contact and email'],
      ['FedRAMP PMO', 'Within 1 hour', 'fedramp_security@gsa.gov'],
      ['Affected individuals (breach)', 'As directed by the agency', 'Agency-led notification'],
    ]),
    h1('Plan Maintenance'),
    p('This plan is reviewed annually and after every SEV-1 or SEV-2 incident.'),
  ];
}

async function irpWord(): Promise<EvalDoc> {
  const csp = QUILL;
  const rng = new Rng('eval:ir:word');
  const body: Block[] = [...cover(csp, ['Incident Response Plan', csp.system], '2.2', day(-95)), revisionTable(rng, csp.isso.name, ['2.0', '2.1', '2.2'], day(-700), ['Rev 5 update', 'Tabletop lessons learned', 'CISA reporting portal change']), br, ...irBody(csp)];
  return {
    file: 'qrv-2.2.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    format: 'docx',
    note: 'Incident Response Plan, title on cover',
    data: await docx({ props: { title: 'Incident Response Plan', creator: csp.isso.name, company: csp.legal }, body, date: day(-95) }),
  };
}

async function irPlaybookPdf(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Cyber Incident Response Plan & Playbooks'),
    center(`${csp.legal} - ${csp.system}`),
    toc('Contents'),
    br,
    ...irBody(csp),
    h1('Playbooks'),
  ];
  for (const [name, steps] of [
    ['Compromised Credentials', ['Disable the account in the IdP and revoke sessions', 'Review the last 30 days of activity', 'Reset MFA factors', 'Notify the user\'s manager']],
    ['Ransomware / Destructive Malware', ['Isolate affected hosts', 'Snapshot volumes for forensics', 'Restore from immutable backups', 'Notify CISA and agencies within one hour']],
    ['Data Exfiltration', ['Block egress destinations', 'Identify data sets and tenants affected', 'Engage Legal for breach determination']],
    ['Denial of Service', ['Enable rate-based WAF rules', 'Engage cloud provider DDoS response team', 'Post status page updates']],
  ] as [string, string[]][]) {
    body.push(h2(`Playbook: ${name}`), ul(...steps));
  }
  return {
    file: 'lumen-2025-06.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    format: 'pdf',
    note: 'retitled "Cyber Incident Response Plan & Playbooks" PDF',
    data: await pdf({ props: { title: 'Cyber Incident Response Plan & Playbooks', creator: csp.ciso.name }, body, date: day(-25) }),
  };
}

async function irAfterFront(): Promise<EvalDoc> {
  const csp = HARBOR;
  const rng = new Rng('eval:ir:front');
  const body: Block[] = [
    gap, center(csp.legal, true), center('Internal - Government Cloud'), br,
    revisionTable(rng, csp.isso.name, ['1.0', '1.1', '1.2', '2.0'], day(-900), ['First release', 'Added on-call rotation', 'Annual review', 'Restructured around NIST SP 800-61']),
    table(['Distribution', 'Role'], [[csp.ciso.name, 'Head of Security'], [csp.isso.name, 'Security Compliance'], [csp.engineer.name, 'DevOps']]),
    br,
    title('Security Incident Management Plan', 'medium'),
    ...irBody(csp),
  ];
  return {
    file: 'brightharbor-2.0.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    format: 'docx',
    note: '"Security Incident Management Plan"; title only after revision history and distribution list, no metadata title',
    data: await docx({ props: { creator: csp.isso.name, company: csp.legal }, body, date: day(-15) }),
  };
}

// ---------------------------------------------------------------- Attachment 9: CIS / CRM workbook

const CIS_COLS = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];

function cisRows(rng: Rng): (string | null)[][] {
  return CONTROLS.map(([id]) => {
    const st = rng.pick([1, 1, 1, 1, 2, 3]);
    const org = rng.pick([6, 7, 7, 8, 11, 12]);
    return CIS_COLS.map((_, i) => (i === 0 ? id : i === st || i === org ? 'X' : null));
  });
}

function crmRows(rng: Rng): string[][] {
  return CONTROLS.filter(() => rng.chance(0.35)).map(([id, name]) => [
    id,
    rng.pick(['Yes', 'Partial', 'No']),
    rng.pick([
      `Customer agencies are responsible for ${name.toLowerCase()} for their own users within their tenant.`,
      'The customer must configure its identity provider to enforce MFA and session limits.',
      'The customer must review audit records exported from the service according to agency policy.',
      'Fully inherited; no customer responsibility.',
    ]),
  ]);
}

async function cisCrmTemplate(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:cis:tmpl');
  const wb = book({ creator: csp.isso.name, date: day(-45), company: csp.legal, title: 'CIS and CRM Workbook' });
  const cis = wb.addWorksheet('CIS Worksheet');
  setRow(cis, 1, [`${csp.system} - Control Implementation Summary (CIS) Worksheet`]);
  setRow(cis, 2, [`CSP: ${csp.legal}`, null, null, null, `Impact Level: ${csp.level}`]);
  writeTable(cis, 4, CIS_COLS, cisRows(rng), { width: 14 });
  const crm = wb.addWorksheet('CRM Worksheet');
  setRow(crm, 1, [`${csp.system} - Customer Responsibility Matrix (CRM) Worksheet`]);
  writeTable(crm, 3, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], crmRows(rng), { width: 40 });
  const ins = wb.addWorksheet('Instructions');
  setRow(ins, 1, ['Mark exactly one implementation status and at least one control origination for each control. Customer responsibilities must be described in the CRM Worksheet.']);
  return {
    file: 'LIP_0607.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    format: 'xlsx',
    note: 'template-like CIS/CRM workbook with "CIS Worksheet" and "CRM Worksheet" sheets',
    data: await saveBook(wb, day(-45)),
  };
}

async function cisCrmRenamed(): Promise<EvalDoc> {
  const csp = CORVANE;
  const rng = new Rng('eval:cis:renamed');
  const wb = book({ creator: csp.isso.name, date: day(-15), company: csp.legal });
  const s1 = wb.addWorksheet('Implementation Summary');
  writeTable(s1, 1, ['Ctrl', 'Status', 'Origination', 'Notes'], CONTROLS.map(([id]) => [id, rng.pick(['Implemented', 'Implemented', 'Partially Implemented', 'Planned']), rng.pick(['SP System Specific', 'SP Corporate', 'Hybrid', 'Shared', 'Inherited (Azure Government)']), '']), { width: 24 });
  const s2 = wb.addWorksheet('Customer Responsibilities');
  writeTable(s2, 1, ['Control', 'Inheritable?', 'Customer Responsibility'], crmRows(rng), { width: 50 });
  return {
    file: 'corvane_0715.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    format: 'xlsx',
    note: 'CIS/CRM with renamed sheets ("Implementation Summary", "Customer Responsibilities"), condensed status/origination columns, no title row, no metadata title',
    data: await saveBook(wb, day(-15)),
  };
}

async function crmWord(): Promise<EvalDoc> {
  const csp = HARBOR;
  const rng = new Rng('eval:cis:word');
  const body: Block[] = [
    ...cover(csp, ['Customer Responsibility Matrix', csp.system], '2025.1', day(-60)),
    h1('Purpose'),
    p('This matrix describes, for each control of the FedRAMP Moderate baseline, whether an agency customer can fully inherit the control from HarborDesk and which responsibilities remain with the agency. It accompanies the Control Implementation Summary.'),
    h1('Responsibility Summary'),
    table(['Responsibility', 'Number of Controls'], [['Fully inherited', '212'], ['Shared', '74'], ['Customer', '37']]),
    h1('Control-by-Control Responsibilities'),
    table(['Control ID', 'Inheritable', 'Customer Agency Responsibility'], crmRows(rng)),
  ];
  return {
    file: 'hd_doc_2025.1.docx',
    expected: 'CIS_CRM_WORKBOOK',
    format: 'docx',
    note: 'Word "Customer Responsibility Matrix" (the CRM half of the CIS/CRM attachment), big table',
    data: await docx({ props: { title: 'Customer Responsibility Matrix', creator: csp.isso.name, company: csp.legal }, body, date: day(-60) }),
  };
}

// ---------------------------------------------------------------- Attachment 10: FIPS 199

const INFO_TYPES: [string, string, string, string, string][] = [
  ['D.8.1', 'Infrastructure Protection and Maintenance', 'Moderate', 'Moderate', 'Moderate'],
  ['C.3.5.1', 'System Development', 'Low', 'Moderate', 'Low'],
  ['C.3.5.5', 'Information Management', 'Moderate', 'Moderate', 'Low'],
  ['C.2.8.9', 'Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
  ['D.16.1', 'Higher Education', 'Moderate', 'Low', 'Low'],
];

async function fipsWord(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    ...cover(csp, ['FIPS 199 Security Categorization', csp.system], '1.3', day(-260)),
    h1('Introduction and Purpose'),
    p('This document categorizes the system according to FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.'),
    h1('Scope'),
    p('The categorization covers all information stored, processed or transmitted by the system, including customer workloads whose content is unknown to the provider; the provider therefore assumes the highest customer categorization it accepts.'),
    h1('System Description'),
    p(`${csp.system} is an ${csp.model} offering compute, block storage, object storage and virtual networking to federal agencies.`),
    h1('Methodology'),
    ul('Identify information types processed by the system.', 'Select provisional impact levels from NIST SP 800-60 Vol. II.', 'Adjust impact levels based on system-specific factors.', 'Apply the high-water mark to determine the overall categorization.'),
    h1('Information Types and Impact Levels'),
    table(['NIST ID', 'Information Type', 'Confidentiality', 'Integrity', 'Availability'], [...INFO_TYPES.map((r) => [...r]), ['N/A', 'Customer workloads (assumed)', 'High', 'High', 'High']]),
    h1('Security Categorization'),
    p('SC Nimbuswerk Federal Compute = {(confidentiality, HIGH), (integrity, HIGH), (availability, HIGH)}'),
    p('Overall FIPS 199 categorization: HIGH.'),
    h1('Approval'),
    ...signatureBlock([{ name: csp.owner.name, title: 'System Owner' }, { name: csp.isso.name, title: 'ISSO' }]),
  ];
  return {
    file: 'nfc-1.3.docx',
    expected: 'FIPS_199',
    format: 'docx',
    note: 'FIPS 199 categorization with SP 800-60 information type table, title on cover',
    data: await docx({ props: { title: 'FIPS 199 Security Categorization', creator: csp.isso.name, company: csp.legal }, look: 'fedramp', body, date: day(-260) }),
  };
}

async function fipsXlsx(): Promise<EvalDoc> {
  const csp = HARBOR;
  const wb = book({ creator: csp.isso.name, date: day(-140), company: csp.legal, title: 'Security Categorization Worksheet' });
  const ws = wb.addWorksheet('Categorization');
  setRow(ws, 1, [`${csp.system} - Security Categorization (FIPS PUB 199 / NIST SP 800-60)`]);
  ws.getRow(1).font = { bold: true };
  let r = writeTable(ws, 3, ['SP 800-60 ID', 'Information Type', 'Provisional C', 'Provisional I', 'Provisional A', 'Adjusted C', 'Adjusted I', 'Adjusted A', 'Rationale for Adjustment'], [
    ['C.3.5.3', 'IT Infrastructure Maintenance', 'Low', 'Moderate', 'Low', 'Moderate', 'Moderate', 'Low', 'Tickets can contain configuration details of agency networks'],
    ['C.3.5.8', 'Information Security', 'Low', 'Moderate', 'Low', 'Moderate', 'Moderate', 'Low', 'Security incident tickets'],
    ['C.2.8.12', 'Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate', 'Moderate', 'Moderate', 'Low', 'Availability impact limited; agency IdP is authoritative'],
    ['D.20.4', 'Program Monitoring', 'Low', 'Low', 'Low', 'Low', 'Low', 'Low', ''],
  ], { width: 18 });
  r += 1;
  setRow(ws, r, ['High-water mark', null, null, null, null, 'Moderate', 'Moderate', 'Low']);
  setRow(ws, r + 1, ['Overall system categorization', 'MODERATE']);
  return {
    file: 'hd_0301.xlsx',
    expected: 'FIPS_199',
    format: 'xlsx',
    note: 'security categorization worksheet (provisional/adjusted C-I-A per information type), xlsx',
    data: await saveBook(wb, day(-140)),
  };
}

async function fipsPdf(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    h1('Background'),
    p(`Federal Information Processing Standard 199 requires that each federal information system be categorized by the potential impact of a loss of confidentiality, integrity or availability. This report applies that standard to the ${csp.system}.`),
    h1('Information Types'),
    table(['Identifier', 'Information Type', 'C', 'I', 'A'], [['C.3.5.5', 'Information Management', 'Low', 'Low', 'Low'], ['C.2.2.1', 'Records Retention', 'Low', 'Low', 'Low'], ['C.3.5.8', 'Information Security', 'Low', 'Low', 'Low']]),
    h1('Result'),
    p('All information types are Low for every security objective. The system qualifies for the FedRAMP Low baseline; an LI-SaaS determination was considered but not pursued because the system stores records beyond login credentials.'),
    p(`Categorization approved ${longDate(day(-220))} by ${csp.owner.name}.`),
  ];
  return {
    file: 'qrv-report-2024.pdf',
    expected: 'FIPS_199',
    format: 'pdf',
    note: 'categorization report as PDF with title only in metadata ("System Security Categorization Report")',
    data: await pdf({ props: { title: 'System Security Categorization Report', creator: csp.isso.name }, body, date: day(-220) }),
  };
}

// ---------------------------------------------------------------- Attachment 11: separation of duties

const DUTIES = [
  'Approve production access requests', 'Provision accounts in the identity provider', 'Review audit logs', 'Modify audit log configuration',
  'Approve changes (CCB)', 'Develop application code', 'Deploy to production', 'Merge to main branch', 'Manage encryption keys',
  'Administer firewall / WAF rules', 'Perform vulnerability scans', 'Remediate vulnerabilities', 'Conduct security assessments',
  'Approve risk acceptances', 'Restore backups', 'Administer the SIEM',
];

async function sodXlsx(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:sod:xlsx');
  const roles = ['System Owner', 'ISSO', 'Security Engineer', 'SRE / Cloud Ops', 'Developer', 'Identity Admin', 'Support Analyst'];
  const wb = book({ creator: csp.isso.name, date: day(-50), company: csp.legal, title: 'Separation of Duties Matrix' });
  const ws = wb.addWorksheet('SoD Matrix');
  setRow(ws, 1, [`${csp.system} - Separation of Duties Matrix`]);
  setRow(ws, 2, ['X = role performs the function; conflicting functions are never assigned to the same role.']);
  writeTable(ws, 4, ['Function / Duty', ...roles], DUTIES.map((d) => [d, ...roles.map(() => (rng.chance(0.25) ? 'X' : ''))]), { width: 16 });
  const ws2 = wb.addWorksheet('Conflicts');
  writeTable(ws2, 1, ['Function A', 'Function B', 'Reason They Must Be Separated'], [
    ['Develop application code', 'Deploy to production', 'Prevents unreviewed code reaching production'],
    ['Review audit logs', 'Modify audit log configuration', 'Prevents concealment of activity'],
    ['Perform vulnerability scans', 'Approve risk acceptances', 'Independence of risk decisions'],
  ], { width: 40 });
  return {
    file: 'LIP_0602.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    format: 'xlsx',
    note: 'roles x duties matrix with a conflicts sheet, titled row 1',
    data: await saveBook(wb, day(-50)),
  };
}

async function sodWord(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const rng = new Rng('eval:sod:word');
  const roles = ['Ops', 'NetEng', 'SecEng', 'SOC', 'Dev', 'HR'];
  const body: Block[] = [
    title('Segregation of Duties (SoD) Matrix'),
    center(csp.system),
    h1('Purpose'),
    p('Implements AC-5 by documenting which roles may perform which security-relevant functions, so that no individual can both perform and approve, or both act and conceal, a sensitive operation.'),
    h1('Matrix'),
    table(['Duty', ...roles], DUTIES.map((d) => [d, ...roles.map(() => (rng.chance(0.22) ? 'X' : '-'))])),
    h1('Compensating Controls'),
    p('Where headcount prevents full separation in the Network Engineering team, all changes are peer-reviewed and SOC reviews the configuration change log weekly.'),
  ];
  return {
    file: 'nfc-0511.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    format: 'docx',
    note: 'Word "Segregation of Duties (SoD) Matrix" (synonym) with X table',
    data: await docx({ props: { title: 'Segregation of Duties Matrix', creator: csp.isso.name, company: csp.legal }, body, date: day(-175) }),
  };
}

async function sodMetaOnly(): Promise<EvalDoc> {
  const csp = QUILL;
  const rng = new Rng('eval:sod:meta');
  const roles = ['COO', 'Compliance Lead', 'Infra Manager', 'Engineers', 'Support'];
  const wb = book({ creator: csp.isso.name, date: day(-35), company: csp.legal, title: 'Role Conflict Matrix' });
  const ws = wb.addWorksheet('Roles vs Functions');
  writeTable(ws, 1, ['Function', ...roles, 'Control Ref'], DUTIES.map((d, i) => [d, ...roles.map(() => (rng.chance(0.3) ? 'Y' : 'N')), i % 2 ? 'AC-5' : 'AC-6']), { width: 18 });
  return {
    file: 'qrv_0618.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    format: 'xlsx',
    note: 'Y/N role-vs-function grid, no title row; name only in metadata ("Role Conflict Matrix")',
    data: await saveBook(wb, day(-35)),
  };
}

// ---------------------------------------------------------------- Attachment 12: laws and regulations

const LAWS: [string, string, string, string][] = [
  ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974, as amended', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
  ['Pub. L. 117-263, Title LIX', 'FedRAMP Authorization Act', 'December 2022', 'https://www.congress.gov/bill/117th-congress/house-bill/7776'],
  ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', 'July 2024', 'https://www.whitehouse.gov/omb/'],
  ['EO 14028', 'Improving the Nation\'s Cybersecurity', 'May 2021', 'https://www.federalregister.gov/'],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', 'https://www.dhs.gov/'],
];
const STANDARDS: [string, string, string, string][] = [
  ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', 'https://csrc.nist.gov/pubs/fips/199/final'],
  ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006', 'https://csrc.nist.gov/pubs/fips/200/final'],
  ['SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', 'December 2018', 'https://csrc.nist.gov/'],
  ['SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', 'https://csrc.nist.gov/'],
  ['SP 800-53A Rev. 5', 'Assessing Security and Privacy Controls', 'January 2022', 'https://csrc.nist.gov/'],
  ['SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', 'August 2012', 'https://csrc.nist.gov/'],
  ['SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://pages.nist.gov/800-63-3/'],
  ['SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', 'May 2022', 'https://csrc.nist.gov/'],
];

async function lawsXlsx(): Promise<EvalDoc> {
  const csp = CORVANE;
  const wb = book({ creator: csp.isso.name, date: day(-110), company: csp.legal });
  const a = wb.addWorksheet('Laws and Regulations');
  setRow(a, 1, [`${csp.system} - Applicable Laws and Regulations`]);
  writeTable(a, 3, ['Identification Number', 'Title', 'Date', 'Link'], LAWS.map((l) => [...l]), { width: 36 });
  const b = wb.addWorksheet('Standards and Guidance');
  setRow(b, 1, [`${csp.system} - Applicable Standards and Guidance`]);
  writeTable(b, 3, ['Identification Number', 'Title', 'Date', 'Link'], STANDARDS.map((l) => [...l]), { width: 36 });
  return {
    file: 'ccg_0402.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    format: 'xlsx',
    note: 'two-sheet laws/standards workbook as FedRAMP Attachment 12 is shaped',
    data: await saveBook(wb, day(-110)),
  };
}

async function lawsWord(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Applicable Laws, Regulations, Standards and Guidance'),
    center(`${csp.system} - SSP Attachment 12`),
    p('The following laws, regulations, executive orders, directives, standards and guidance apply to the system and are referenced by the System Security Plan.'),
    h1('Laws, Regulations and Directives'),
    table(['Reference', 'Title', 'Date', 'Link'], LAWS.map((l) => [...l])),
    h1('Standards and Guidance'),
    table(['Reference', 'Title', 'Date', 'Link'], STANDARDS.map((l) => [...l])),
    h1('FedRAMP Program Documents'),
    ul('FedRAMP Continuous Monitoring Strategy Guide', 'FedRAMP Significant Change Policies and Procedures', 'FedRAMP Incident Communications Procedures', 'FedRAMP Vulnerability Scanning Requirements'),
  ];
  return {
    file: 'LIP_0222.docx',
    expected: 'LAWS_AND_REGULATIONS',
    format: 'docx',
    note: 'Word list of applicable laws/standards; cites the SSP',
    data: await docx({ props: { title: 'Laws and Regulations', creator: csp.isso.name, company: csp.legal }, body, date: day(-150) }),
  };
}

async function lawsPdf(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [
    h1('Federal Laws and Executive Orders'),
    table(['ID', 'Title', 'Date'], LAWS.map(([a, b, c]) => [a, b, c])),
    h1('OMB Circulars and Memoranda'),
    table(['ID', 'Title'], [['OMB A-130', 'Managing Information as a Strategic Resource'], ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles'], ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities']]),
    h1('NIST Standards and Special Publications'),
    table(['ID', 'Title', 'Date'], STANDARDS.map(([a, b, c]) => [a, b, c])),
  ];
  return {
    file: 'hdsm-0605.pdf',
    expected: 'LAWS_AND_REGULATIONS',
    format: 'pdf',
    note: 'reference list PDF whose title is only in the page header ("Attachment 12 - Federal Laws, Regulations, Standards and Guidance")',
    data: await pdf({ props: { creator: csp.isso.name }, header: `${csp.system} - Attachment 12 - Federal Laws, Regulations, Standards and Guidance`, body, date: day(-48) }),
  };
}

// ---------------------------------------------------------------- Attachment: supply chain risk management plan

function scrmBody(csp: Provider): Block[] {
  return [
    h1('Purpose'),
    p(`This plan describes how ${csp.short} identifies, assesses and mitigates cybersecurity risks arising from its suppliers, products and services used by the ${csp.system}, implementing SR-2 and the related SR family controls, and NIST SP 800-161 Rev. 1.`),
    h1('Governance'),
    p('The Supply Chain Risk Council (CISO, Procurement, Legal, Engineering) meets quarterly, approves critical-supplier onboarding, and reviews the supplier risk register.'),
    h1('Supplier Tiering'),
    table(['Tier', 'Criteria', 'Due Diligence'], [
      ['Tier 1 - Critical', 'Hosts, processes or can access federal data; or is in the boot/runtime path', 'FedRAMP authorization or SOC 2 Type II, security questionnaire, contract flow-downs, annual review'],
      ['Tier 2 - Important', 'Development tooling, open-source components in production', 'Security questionnaire, SBOM review, vulnerability monitoring'],
      ['Tier 3 - Standard', 'No access to data or production', 'Procurement screening, sanctions and SAM.gov exclusion check'],
    ]),
    h1('Acquisition Controls'),
    ul('Prohibited vendors under Section 889 of the FY2019 NDAA and FASCSA orders are screened out.', 'Contracts require notification of compromises within 72 hours (SR-8).', 'Hardware is purchased only from the OEM or authorized resellers (SR-11).'),
    h1('Component Authenticity and Software Integrity'),
    p('Container images and packages are pulled only from internal mirrored registries; signatures and checksums are verified; SBOMs are generated at build time and monitored for new vulnerabilities.'),
    h1('Monitoring and Response'),
    p('Supplier security posture is re-assessed annually (quarterly for Tier 1). Supplier incidents follow the Incident Response Plan, and material supplier changes are evaluated as potential significant changes.'),
    h1('Disposal'),
    p('Components are disposed of in accordance with NIST SP 800-88 (SR-12); certificates of destruction are retained.'),
  ];
}

async function scrmWord(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [...cover(csp, ['Supply Chain Risk Management Plan', csp.system], '1.1', day(-190)), ...scrmBody(csp)];
  return {
    file: 'nfc-doc-113.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    format: 'docx',
    note: 'SCRM plan, title on cover',
    data: await docx({ props: { title: 'Supply Chain Risk Management Plan', creator: csp.isso.name, company: csp.legal }, body, date: day(-190) }),
  };
}

async function scrmPdf(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:scrm:pdf');
  const body: Block[] = [
    gap, center(csp.legal, true), br,
    revisionTable(rng, csp.ciso.name, ['0.9', '1.0'], day(-420), ['Draft for Risk Council', 'Approved']),
    toc(),
    br,
    title('Cybersecurity Supply Chain Risk Management (C-SCRM) Strategy and Implementation Plan', 'medium'),
    ...scrmBody(csp),
  ];
  return {
    file: 'lumenfield-1.0.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    format: 'pdf',
    note: '"C-SCRM Strategy and Implementation Plan" PDF, title after revision history and TOC',
    data: await pdf({ props: { creator: csp.ciso.name }, body, date: day(-180) }),
  };
}

async function scrmHeader(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [table(['Owner', 'Approved', 'Version'], [[csp.ciso.name, usDate(day(-66)), '1.0']]), ...scrmBody(csp)];
  return {
    file: 'bh-program-v1.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    format: 'docx',
    note: 'supplier risk plan whose title ("Third-Party and Supply Chain Risk Management Plan") is only in the running header',
    data: await docx({ props: { creator: csp.ciso.name, company: csp.legal }, header: 'BrightHarbor - Third-Party and Supply Chain Risk Management Plan', body, date: day(-66) }),
  };
}

export async function attachmentsB(): Promise<EvalDoc[]> {
  return [
    await irpWord(), await irPlaybookPdf(), await irAfterFront(),
    await cisCrmTemplate(), await cisCrmRenamed(), await crmWord(),
    await fipsWord(), await fipsXlsx(), await fipsPdf(),
    await sodXlsx(), await sodWord(), await sodMetaOnly(),
    await lawsXlsx(), await lawsWord(), await lawsPdf(),
    await scrmWord(), await scrmPdf(), await scrmHeader(),
  ];
}
