/** The SSP and its attachments, as the persona's writers produce them (docx, saved-as PDF, markdown, text). */
import { buildDocx, h, table } from './kit/docx.js';
import type { Block } from './kit/docx.js';
import { wordAsPdf } from './kit/saveas.js';
import { SEC_POOL, prose, rng } from './kit/text.js';
import type { EvalDoc } from './kit/types.js';
import { wordSpec } from './kit/word.js';
import type { WordDoc } from './kit/word.js';
import { buildXlsx } from './kit/xlsx.js';

export const CSP = 'Halvorsen Data Systems, Inc.';
export const SYS = 'Halvorsen Records Cloud';
export const SYS_ABBR = 'HRC';
export const CSP2 = 'Quillmark Software, LLC';
export const SYS2 = 'Quillmark Case Manager GovCloud';

const W = { author: 'Dana Whitcombe', date: '2026-01-14T10:12:00Z' };

export const revs = (n: number, who = 'Technical Publications'): string[][] =>
  Array.from({ length: n }, (_, i) => [`2025-${String(3 + i).padStart(2, '0')}-1${i % 9}`, `${1 + Math.floor(i / 3)}.${i % 3}`, i === 0 ? 'Initial release' : i % 2 ? 'Annual review; updated contacts and references' : 'Incorporated reviewer comments', who]);
export const approvals = (who: string[][]): string[][] => who.map(([n, t]) => [n ?? '', t ?? '', '/s/ signed electronically', '2026-02-10']);
export const dms = (num: string, ct = 'Controlled Document', cls = 'CUI//SP-PRVCY'): Record<string, string> => ({
  ContentTypeId: '0x0101008F3C5B1A9E4D7A4C8B2F0D6E1A3C5B7D',
  ContentType: ct,
  DocumentNumber: num,
  Classification: cls,
  _dlc_DocId: `HDSDOC-1187-${num.replace(/\D/g, '')}`,
  ReviewCycle: 'Annual',
});
const OWNERS = [
  ['Elena Marsh', 'Chief Information Security Officer'],
  ['Tobias Reinholt', 'System Owner, Halvorsen Records Cloud'],
  ['Priya Kandasamy', 'Information System Security Officer'],
];

function ctrl(id: string, name: string, resp: string, stmt: string): Block[] {
  return [
    h(3, `${id} ${name}`),
    table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', resp],
      ['Implementation Status (check all that apply):', 'Implemented'],
      ['Control Origination:', 'Service Provider Corporate; Service Provider System Specific'],
    ]),
    table([[`${id} What is the solution and how is it implemented?`], [stmt]]),
  ];
}

const MORE_FAMILIES: [string, [string, string][]][] = [
  ['Awareness and Training (AT)', [['AT-2', 'Literacy Training and Awareness (L)(M)'], ['AT-3', 'Role-Based Training (L)(M)']]],
  ['Assessment, Authorization, and Monitoring (CA)', [['CA-2', 'Control Assessments (L)(M)'], ['CA-5', 'Plan of Action and Milestones (L)(M)'], ['CA-7', 'Continuous Monitoring (L)(M)']]],
  ['Configuration Management (CM)', [['CM-2', 'Baseline Configuration (L)(M)'], ['CM-6', 'Configuration Settings (L)(M)'], ['CM-8', 'System Component Inventory (L)(M)']]],
  ['Contingency Planning (CP)', [['CP-2', 'Contingency Plan (L)(M)'], ['CP-9', 'System Backup (L)(M)']]],
  ['Identification and Authentication (IA)', [['IA-2', 'Identification and Authentication (Organizational Users) (L)(M)'], ['IA-5', 'Authenticator Management (L)(M)']]],
  ['Incident Response (IR)', [['IR-4', 'Incident Handling (L)(M)'], ['IR-6', 'Incident Reporting (L)(M)']]],
  ['System and Communications Protection (SC)', [['SC-7', 'Boundary Protection (L)(M)'], ['SC-8', 'Transmission Confidentiality and Integrity (M)'], ['SC-13', 'Cryptographic Protection (L)(M)'], ['SC-28', 'Protection of Information at Rest (M)']]],
  ['System and Information Integrity (SI)', [['SI-2', 'Flaw Remediation (L)(M)'], ['SI-4', 'System Monitoring (L)(M)']]],
];

function sspDoc(seed: number, cover: WordDoc['cover'], bold: boolean): WordDoc {
  return {
    seed,
    title: `${SYS} (${SYS_ABBR})`,
    subtitle: 'System Security Plan - FedRAMP Moderate Baseline (Rev. 5)',
    org: CSP,
    cover,
    version: '3.2',
    headingsAsBold: bold,
    revisions: revs(6),
    approvals: approvals(OWNERS),
    fillAll: 1,
    legal: 'This document contains proprietary and confidential information of Halvorsen Data Systems, Inc. Do not distribute outside the authorized recipients.',
    toc: true,
    pool: SEC_POOL,
    sections: [
      { h: 'Information System Name/Title', paras: [`This System Security Plan provides an overview of the security requirements for the ${SYS} (${SYS_ABBR}) and describes the controls in place or planned for implementing those requirements.`, table([['Unique Identifier', 'Information System Name', 'Abbreviation'], ['FR2304118827', SYS, SYS_ABBR]])], fill: 1 },
      { h: 'Information System Categorization', paras: ['The overall information system sensitivity categorization is Moderate, as determined in the FIPS 199 Categorization (Attachment 10).', table([['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.8 Information Management', 'Moderate', 'Moderate', 'Moderate'], ['D.8.1 Official Information Dissemination', 'Low', 'Moderate', 'Low']]), 'Digital identity level: IAL2 / AAL2 / FAL2, as documented in the Digital Identity Worksheet (Attachment 3).'] },
      { h: 'Information System Owner', paras: [table([['Name', 'Tobias Reinholt'], ['Title', 'Vice President, Government Cloud'], ['Company / Organization', CSP], ['Address', '4100 Lakeshore Parkway, Suite 600, Reston, VA 20190'], ['Phone Number', '703-555-0148'], ['Email Address', 't.reinholt@halvorsen-ds.example']], false)] },
      { h: 'Assignment of Security Responsibility', paras: ['The Information System Security Officer (ISSO) has been appointed in writing and is responsible for the day-to-day security of the system.'], fill: 1 },
      { h: 'Leveraged FedRAMP-Authorized Services', paras: ['HRC is hosted on a FedRAMP High authorized infrastructure-as-a-service offering and inherits physical and environmental protection controls from it.', table([['Leveraged Service', 'Authorization Type', 'Impact Level', 'Package ID'], ['AWS GovCloud (US)', 'JAB P-ATO', 'High', 'F1603047866']])] },
      { h: 'General System Description', paras: ['HRC is a multi-tenant software-as-a-service records management platform used by federal agencies to capture, classify, retain and dispose of electronic records in accordance with NARA General Records Schedules.'], fill: 3, sub: [{ h: 'System Function or Purpose', fill: 2 }, { h: 'Information System Components and Boundaries', paras: ['The authorization boundary is depicted in Figure 9-1. Components are listed in the Integrated Inventory Workbook (Attachment 13).'], fill: 2 }, { h: 'Types of Users', paras: [table([['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authorized Privileges'], ['Tenant Administrator', 'External', 'P', 'Moderate', 'Manage tenant users and retention rules'], ['Records Clerk', 'External', 'NP', 'Moderate', 'Upload, classify and search records'], ['Site Reliability Engineer', 'Internal', 'P', 'Moderate', 'Administer production infrastructure']])] }] },
      { h: 'System Interconnections', paras: [table([['SP IP Address and Interface', 'External Organization Name and IP Address of System', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['10.40.2.15 / api-gw', 'login.gov / 18.215.0.0/16', 'identity-partners@gsa.example', 'TLS 1.2+', 'Bi-directional', 'SAML assertions']])], fill: 1 },
      {
        h: 'Minimum Security Controls',
        paras: ['Security controls must meet minimum security control baseline requirements. The following control implementation statements describe how HRC satisfies each requirement of the FedRAMP Moderate baseline.'],
        sub: [
          { h: 'Access Control (AC)', paras: [...ctrl('AC-2', 'Account Management (M)', 'ISSO, Tenant Administrator', 'Part a: HRC defines account types: individual user, tenant administrator, service account and emergency break-glass account. Part b: Account managers are assigned per tenant. Part c: Group and role membership conditions are enforced through the role catalog. Accounts are reviewed quarterly; inactive accounts are disabled after 90 days.'), ...ctrl('AC-17', 'Remote Access (M)', 'Site Reliability Engineering', 'All administrative remote access traverses the bastion hosts over TLS 1.2 with FIPS 140-validated modules and requires phishing-resistant MFA. Sessions terminate after 15 minutes of inactivity.')] },
          { h: 'Audit and Accountability (AU)', paras: [...ctrl('AU-6', 'Audit Record Review, Analysis, and Reporting (L)(M)', 'Security Operations', 'Audit records are correlated in the SIEM and reviewed at least weekly; suspicious activity is reported to the ISSO and handled under the Incident Response Plan (Attachment 8).')] },
          { h: 'Risk Assessment (RA)', paras: [...ctrl('RA-5', 'Vulnerability Monitoring and Scanning (L)(M)(H)', 'Vulnerability Management', 'Authenticated operating system, database and web application scans are run monthly; results are analysed and findings tracked in the POA&M until remediated within 30/90/180 days for High/Moderate/Low.')] },
          ...MORE_FAMILIES.map(([fam, ids]) => ({ h: fam, paras: ids.flatMap(([id, name]) => ctrl(id, name, 'ISSO; Site Reliability Engineering', prose(rng(seed + id.length * 31 + name.length), SEC_POOL, 5))) })),
        ],
      },
      { h: 'Acronyms', paras: [table([['Acronym', 'Definition'], ['ISSO', 'Information System Security Officer'], ['POA&M', 'Plan of Action and Milestones'], ['SAR', 'Security Assessment Report']])] },
    ],
  };
}

function attachmentDoc(seed: number, title: string, num: string, sections: WordDoc['sections'], extra: Partial<WordDoc> = {}): WordDoc {
  return { seed, title, subtitle: `${SYS} (${SYS_ABBR})`, org: CSP, cover: 'sdt', version: '2.1', fillAll: 1, revisions: revs(4), approvals: approvals(OWNERS.slice(0, 2)), toc: true, pool: SEC_POOL, sections, spec: { custom: dms(num) }, ...extra };
}

export async function planDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  const add = (file: string, expected: EvalDoc['expected'], note: string, data: Buffer | string) => out.push({ file, expected, note, data });

  // ---- SSP ------------------------------------------------------------------------------
  const ssp = sspDoc(3101, 'sdt', false);
  const sspSpec = wordSpec(ssp);
  sspSpec.core = { title: 'FedRAMP SSP Template Rev5', creator: 'FedRAMP PMO', lastModifiedBy: 'Dana Whitcombe', created: '2023-06-30T00:00:00Z', modified: '2026-02-12T18:00:00Z', revision: 57 };
  sspSpec.app = { template: 'FedRAMP-SSP-Moderate-Baseline-Template.dotx', company: CSP, pages: 212 };
  sspSpec.custom = dms('HDS-SEC-0001');
  // tracked changes and comments left in
  const at = sspSpec.blocks.findIndex((b) => b.kind === 'p' && b.runs[0]?.text === '1. Information System Name/Title');
  sspSpec.blocks.splice(at + 2, 0, {
    kind: 'p',
    runs: [
      { text: 'HRC is authorized at the ' },
      { text: 'Low', del: W },
      { text: 'Moderate', ins: W, comment: 1 },
      { text: ' impact level; see Section 2 for the categorization rationale.' },
    ],
  });
  sspSpec.comments = [{ id: 1, author: 'Priya Kandasamy', date: '2026-01-15T09:00:00Z', text: 'Confirm with 3PAO that the FIPS 199 worksheet was updated before we resubmit.' }];
  sspSpec.firstHeader = [{ text: 'CUI' }];
  sspSpec.header = [{ text: 'HRC System Security Plan | Version 3.2 | ' }, { text: 'February 13, 2026', field: 'DATE \\@ "MMMM d, yyyy"' }];
  sspSpec.footnotes = ['FedRAMP Rev. 5 baselines are based on NIST SP 800-53 Revision 5.'];
  add('HRC_SSP_v3.2_track-changes.docx', 'SSP', 'Word SSP of a Moderate SaaS with tracked changes, comments and content controls; core title is the FedRAMP template name.', await buildDocx(sspSpec));

  const ssp2 = sspDoc(3102, 'textbox', true);
  ssp2.title = `${SYS2}`;
  ssp2.org = CSP2;
  add('upload (3).pdf', 'SSP', 'SSP saved as PDF from Word (cover title in a text box), no title metadata; label from the SSP content.', await wordAsPdf(ssp2, { author: 'jlin' }, `${SYS2} System Security Plan`));

  // ---- POLICIES_AND_PROCEDURES -----------------------------------------------------------
  const acp = attachmentDoc(3110, 'Access Control (AC) Policy and Procedures', 'HDS-POL-0101', [
    { h: 'Purpose', paras: ['This policy establishes the access control requirements for the Halvorsen Records Cloud and implements NIST SP 800-53 Rev. 5 control AC-1 and the AC family controls selected in the FedRAMP Moderate baseline.'], fill: 1 },
    { h: 'Scope', paras: ['This policy applies to all employees, contractors and service accounts with access to HRC production and supporting environments.'], fill: 1 },
    { h: 'Roles and Responsibilities', paras: [table([['Role', 'Responsibility'], ['CISO', 'Owns this policy; approves exceptions'], ['ISSO', 'Reviews accounts quarterly; maintains procedures'], ['Managers', 'Approve access for their staff']])] },
    { h: 'Policy', paras: ['AC-2 Account Management: accounts are requested, approved, created, modified, disabled and removed following the procedure in Section 6.', 'AC-3 Access Enforcement: the system enforces approved authorizations for logical access.', 'AC-6 Least Privilege: users receive only the privileges needed for assigned tasks.', 'AC-7 Unsuccessful Logon Attempts: accounts lock after three invalid attempts within 15 minutes.', 'AC-11 Device Lock: sessions lock after 15 minutes of inactivity.'], fill: 2 },
    { h: 'Management Commitment and Compliance', fill: 2 },
    { h: 'Procedures', sub: [{ h: 'Account Request and Approval Procedure', paras: ['Step 1: the requester opens a ticket in the service desk. Step 2: the manager approves. Step 3: the ISSO verifies training completion. Step 4: the access administrator provisions the account and records the ticket number.'], fill: 1 }, { h: 'Quarterly Account Review Procedure', fill: 2 }, { h: 'Account Termination Procedure', fill: 1 }] },
    { h: 'Policy and Procedure Review', paras: ['This policy is reviewed at least annually and the procedures at least annually, and following significant changes.'] },
  ]);
  const acpSpec = wordSpec(acp);
  acpSpec.core = { title: 'HDS Policy Template', creator: 'Technical Publications', created: '2022-11-02T00:00:00Z', modified: '2026-02-01T12:00:00Z' };
  acpSpec.app = { template: 'HDS Policy Template.dotx', company: CSP };
  add('Final_v7.docx', 'POLICIES_AND_PROCEDURES', 'Access Control policy and procedures document (SSP Attachment 1 family policy); core title is the .dotx template name.', await buildDocx(acpSpec));

  const iap = attachmentDoc(3111, 'Identification and Authentication (IA) Policy and Procedures', 'HDS-POL-0107', [
    { h: 'Purpose and Scope', paras: ['This document sets out the policy and procedures for identification and authentication (IA-1) for Halvorsen Records Cloud personnel and systems.'], fill: 1 },
    { h: 'Policy Statements', paras: ['IA-2: organizational users are uniquely identified and authenticated; privileged access requires phishing-resistant multifactor authentication.', 'IA-5: authenticators meet SP 800-63B requirements; passwords are at least 12 characters and screened against known-compromised lists.', 'IA-8: non-organizational users authenticate through the agency identity provider.'], fill: 2 },
    { h: 'Procedures', sub: [{ h: 'Authenticator Issuance', fill: 2 }, { h: 'Lost or Compromised Authenticators', fill: 2 }] },
    { h: 'Enforcement and Exceptions', fill: 1 },
  ]);
  add('doc-0412.pdf', 'POLICIES_AND_PROCEDURES', 'Identification and Authentication policy and procedures saved as PDF (SSP Attachment 1).', await wordAsPdf(iap, { title: 'IA Policy and Procedures', author: 'Technical Publications' }, 'HRC IA Policy and Procedures'));

  // ---- USER_GUIDE --------------------------------------------------------------------------
  const ug = attachmentDoc(3120, `${SYS} User Guide`, 'HDS-DOC-0210', [
    { h: 'Introduction', paras: ['This guide explains how agency users and tenant administrators sign in to HRC, manage records and configure security settings available to customers.'] },
    { h: 'Signing In', paras: ['Open https://records.halvorsen-gov.example and select your agency. You are redirected to your agency identity provider. After signing in, approve the push notification or insert your PIV card.'], sub: [{ h: 'Resetting Your Password', paras: ['Passwords are managed by your agency identity provider. Contact your agency help desk.'] }] },
    { h: 'Uploading and Classifying Records', paras: ['Select Records > Upload, drag files into the drop zone, then choose a record series and retention rule. Select Save.'], fill: 1 },
    { h: 'Tenant Administration', sub: [{ h: 'Adding Users', paras: ['Go to Admin > Users > Add User. Enter the email address and select a role.'] }, { h: 'Security Settings Under Customer Control', paras: ['Tenant administrators configure session timeout, IP allow lists, and export approval. These settings support the customer responsibilities listed in the CRM.'] }] },
    { h: 'Getting Help', paras: ['Open a support case from Help > Contact Support or call 1-888-555-0190.'] },
  ]);
  ug.toc = false;
  ug.approvals = undefined;
  add('HRC-User-Guide.docx', 'USER_GUIDE', 'End-user and tenant-administrator guide for the cloud service (SSP attachment: User Guide).', await buildDocx(wordSpec(ug)));
  add(
    'qcm-help.md',
    'USER_GUIDE',
    'Markdown user guide of a case-management SaaS: sign-in, cases, admin settings (User Guide attachment).',
    `# ${SYS2} - User Guide\n\nVersion 4.3 | ${CSP2} | Last updated 2026-01-30\n\n## Contents\n1. Getting started\n2. Working with cases\n3. Administration\n4. Security features\n5. Support\n\n## 1. Getting started\n\nQuillmark Case Manager GovCloud (QCM-G) is reached at https://gov.quillmark.example. Sign in with your agency PIV card or your Login.gov account. The first time you sign in, you are asked to accept the Rules of Behavior.\n\n### Supported browsers\n\n| Browser | Minimum version |\n|---|---|\n| Microsoft Edge | 120 |\n| Google Chrome | 120 |\n| Mozilla Firefox | 115 ESR |\n\n## 2. Working with cases\n\nTo create a case, select **New case**, choose a case type, fill in the required fields marked with an asterisk and select **Create**. Attach documents by dragging them into the *Attachments* panel (maximum 250 MB per file). Use **Assign** to route the case to a colleague or a queue.\n\nTo search, type in the search bar; use quotes for exact phrases and the filters on the left to narrow by status, owner or date.\n\n## 3. Administration\n\nAgency administrators can add users (**Admin > People > Invite**), assign roles (Viewer, Caseworker, Supervisor, Agency Admin) and deactivate accounts. Deactivated users cannot sign in but their case history is kept.\n\n## 4. Security features\n\n- Sessions time out after 15 minutes of inactivity (configurable down to 5 minutes).\n- Administrators can restrict sign-in to agency IP ranges under **Admin > Security > Network**.\n- Audit logs of user actions can be exported as CSV for 365 days.\n- Customer responsibilities for these settings are described in the Customer Responsibility Matrix.\n\n## 5. Support\n\nEmail support@quillmark.example or call 1-877-555-0133 (24x7 for Severity 1).\n`,
  );

  // ---- DIGITAL_IDENTITY_WORKSHEET -------------------------------------------------------
  const diw = attachmentDoc(3130, 'Digital Identity Worksheet', 'HDS-SEC-0003', [
    { h: 'Introduction and Purpose', paras: ['This worksheet documents the digital identity level selection for HRC in accordance with NIST SP 800-63-3, Digital Identity Guidelines, for the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).'] },
    { h: 'Potential Impact of Authentication Errors', paras: [table([['Impact Category', 'Low', 'Moderate', 'High'], ['Inconvenience, distress, or damage to standing or reputation', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', 'X', '', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', 'X', '', '']])] },
    { h: 'Digital Identity Level Selection', paras: [table([['Assurance', 'Selected Level'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2']]), 'The CSP has determined that the system requires Level 2 assurance; this is consistent with the Moderate FIPS 199 categorization.'], fill: 1 },
  ]);
  diw.cover = 'field';
  const diwSpec = wordSpec(diw);
  diwSpec.core = { title: 'Digital Identity Worksheet', creator: 'Priya Kandasamy' };
  add('SSP Attachment 3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'SP 800-63-3 Digital Identity Worksheet (IAL/AAL/FAL selection) with TITLE field on the cover.', await buildDocx(diwSpec));
  const diw2 = { ...diw, seed: 3131, title: 'Digital Identity Requirements Worksheet', subtitle: SYS2, org: CSP2, cover: 'plain' as const };
  add('upload-20260203.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital identity (e-authentication) worksheet saved as PDF with IAL/AAL/FAL selection table.', await wordAsPdf(diw2, {}, undefined));

  // ---- PRIVACY_ASSESSMENT --------------------------------------------------------------
  const pta = attachmentDoc(3140, 'Privacy Threshold Analysis (PTA)', 'HDS-PRV-0004', [
    { h: 'Privacy Threshold Analysis', paras: ['The PTA determines whether the system collects, maintains, or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.'] },
    { h: 'Qualifying Questions', paras: [table([['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or share PII about members of the public?', 'Yes'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes'], ['3', 'Does the system use Social Security Numbers?', 'No'], ['4', 'Is a System of Records Notice (SORN) required?', 'Determined by the customer agency']])] },
    { h: 'Designation', paras: ['Based on the answers above, a full Privacy Impact Assessment is required. The PIA is provided as part of this attachment.'], fill: 1 },
    { h: 'Privacy Impact Assessment', sub: [{ h: 'PII Collected and Purpose', fill: 2 }, { h: 'Sharing and Disclosure', fill: 1 }, { h: 'Notice, Consent and Redress', fill: 1 }] },
  ]);
  pta.cover = 'table';
  add('PTA-PIA signed.docx', 'PRIVACY_ASSESSMENT', 'Privacy Threshold Analysis with the resulting Privacy Impact Assessment (SSP attachment 4); title in a table cell.', await buildDocx(wordSpec(pta)));
  const pia = attachmentDoc(3141, 'Privacy Impact Assessment', 'QSL-PRV-0002', [
    { h: 'System Information', paras: [`System name: ${SYS2}. System owner: ${CSP2}.`] },
    { h: 'Characterization of the Information', paras: ['The system collects names, work email addresses, case narratives that may contain PII about members of the public, and audit logs of user activity.'], fill: 2 },
    { h: 'Uses of the PII', fill: 2 },
    { h: 'Retention', paras: ['Case records are retained per the customer agency records schedule.'] },
    { h: 'Privacy Risks and Mitigations', fill: 2 },
  ]);
  pia.org = CSP2;
  add('doc-0447.pdf', 'PRIVACY_ASSESSMENT', 'Privacy Impact Assessment (PIA) of a SaaS, saved as PDF.', await wordAsPdf(pia, { title: 'PIA', author: 'privacy office' }));

  // ---- RULES_OF_BEHAVIOR ---------------------------------------------------------------
  const rob = attachmentDoc(3150, 'Rules of Behavior', 'HDS-SEC-0006', [
    { h: 'Introduction', paras: ['These Rules of Behavior apply to all internal users of the Halvorsen Records Cloud. Users must read and sign them before receiving access and annually thereafter.'] },
    { h: 'Rules for All Users', paras: ['I will protect my authenticators and never share them.', 'I will not attempt to access data I am not authorized to access.', 'I will report suspected security incidents to the Security Operations Center immediately.', 'I will lock my workstation when I leave it unattended.', 'I understand that my use of the system is monitored and that violations may result in loss of access and disciplinary action.'] },
    { h: 'Additional Rules for Privileged Users', paras: ['I will use my privileged account only for administrative tasks.', 'I will not disable or bypass security controls.'] },
    { h: 'Acknowledgement', paras: ['I acknowledge that I have read, understand and will comply with these Rules of Behavior.', table([['User Name', 'Signature', 'Date'], ['', '', '']])] },
  ]);
  rob.toc = false;
  add('ROB_internal_2026.docx', 'RULES_OF_BEHAVIOR', 'Internal user Rules of Behavior with acknowledgement block (SSP attachment 5).', await buildDocx(wordSpec(rob)));
  add(
    'rob-privileged.txt',
    'RULES_OF_BEHAVIOR',
    'Plain-text Rules of Behavior for privileged users of a SaaS, with signature acknowledgement.',
    `${CSP2.toUpperCase()}\n${SYS2}\n\nRULES OF BEHAVIOR FOR PRIVILEGED USERS\nVersion 2.0 - January 2026\n\nPurpose\n-------\nThese rules describe the responsibilities and expected behavior of personnel with privileged (administrative) access to ${SYS2} production systems. They supplement the general Rules of Behavior signed by all users.\n\nRules\n-----\n1. I will access production only through the approved bastion and only with my named privileged account.\n2. I will use multifactor authentication for every privileged session and will never share tokens or keys.\n3. I will not copy customer data out of the authorization boundary.\n4. I will make production changes only under an approved change ticket.\n5. I will not install unapproved software or disable logging, anti-malware or monitoring agents.\n6. I will report any suspected incident or policy violation to security@quillmark.example within one hour.\n7. I understand that all privileged activity is logged and reviewed.\n8. I understand that violation of these rules may lead to revocation of access, disciplinary action, and referral to law enforcement.\n\nAcknowledgement\n---------------\nI have read and agree to comply with the Rules of Behavior for Privileged Users.\n\nName: ______________________   Signature: ______________________   Date: __________\n`,
  );

  // ---- CONTINGENCY_PLAN ----------------------------------------------------------------
  const iscp = (seed: number, org: string, sys: string): WordDoc =>
    attachmentDoc(seed, 'Information System Contingency Plan (ISCP)', 'HDS-SEC-0007', [
      { h: 'Introduction', paras: [`This Information System Contingency Plan establishes procedures to recover ${sys} following a disruption, in accordance with NIST SP 800-34 Rev. 1.`], fill: 1 },
      { h: 'Concept of Operations', sub: [{ h: 'System Description', fill: 1 }, { h: 'Three Phases', paras: ['Activation and Notification, Recovery, and Reconstitution.'] }, { h: 'Roles and Responsibilities', paras: [table([['Role', 'Name', 'Contact'], ['ISCP Director', 'Tobias Reinholt', '703-555-0148'], ['ISCP Coordinator', 'Priya Kandasamy', '703-555-0161'], ['Recovery Team Lead', 'Arjun Mehta', '703-555-0177']])] }] },
      { h: 'Business Impact Analysis Summary', paras: [table([['Component', 'MTD', 'RTO', 'RPO'], ['Web/API tier', '24 h', '12 h', 'n/a'], ['Database', '24 h', '12 h', '1 h'], ['Object storage', '48 h', '24 h', '15 min']])] },
      { h: 'Activation and Notification', paras: ['The ISCP is activated by the ISCP Director when an outage is expected to exceed the RTO. Notification uses the call tree in Appendix A.'], fill: 2 },
      { h: 'Recovery', paras: ['Recovery procedures fail over to the alternate region using the documented runbooks.'], fill: 2 },
      { h: 'Reconstitution', paras: ['Validation testing, concurrent processing, and deactivation of the plan.'], fill: 1 },
      { h: 'Plan Testing and Maintenance', fill: 1 },
    ], { org, subtitle: sys });
  add('ISCP.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan per SP 800-34 with BIA, activation, recovery and reconstitution (SSP attachment 6).', await buildDocx(wordSpec(iscp(3160, CSP, SYS))));
  add('Attachment_9_CMP.pdf', 'CONTINGENCY_PLAN', 'Contingency plan saved as PDF under a misleading file name (says CMP); content is an ISCP.', await wordAsPdf(iscp(3161, CSP2, SYS2), { title: 'Configuration Management Plan', author: 'Quillmark' }));

  // ---- CONFIGURATION_MANAGEMENT_PLAN ---------------------------------------------------
  const cmp = (seed: number): WordDoc =>
    attachmentDoc(seed, 'Configuration Management Plan', 'HDS-SEC-0009', [
      { h: 'Purpose', paras: ['This Configuration Management Plan (CMP) describes how configuration items of HRC are identified, controlled, audited and reported, implementing CM-1 through CM-11.'] },
      { h: 'Configuration Management Roles', paras: [table([['Role', 'Responsibility'], ['Change Advisory Board', 'Approves normal changes'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Release Engineer', 'Deploys approved changes']])] },
      { h: 'Configuration Identification', paras: ['Configuration items include AMIs, container images, infrastructure-as-code modules and network rules.'], fill: 1 },
      { h: 'Baseline Configuration', paras: ['Baselines follow CIS Benchmarks Level 1; deviations are tracked in the baseline exception register.'], fill: 1 },
      { h: 'Configuration Change Control', sub: [{ h: 'Change Types', paras: ['Standard, normal and emergency changes.'] }, { h: 'Security Impact Analysis', paras: ['Every normal change receives a security impact analysis; changes that may be significant are escalated for a FedRAMP Significant Change Request.'], fill: 1 }] },
      { h: 'Configuration Monitoring and Auditing', fill: 2 },
    ]);
  const cmpSpec = wordSpec({ ...cmp(3170), headingsAsBold: true });
  cmpSpec.core = { title: 'CMP_HRC_v2.1_FINAL.docx', creator: 'jdoe' };
  add('HRC CMP v2.1.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan with bold-paragraph headings; core title set to a file name.', await buildDocx(cmpSpec));
  add('scan_2026-01.pdf', 'CONFIGURATION_MANAGEMENT_PLAN', 'CMP saved as PDF under a misleading name (says scan).', await wordAsPdf(cmp(3171), {}));

  // ---- INCIDENT_RESPONSE_PLAN ----------------------------------------------------------
  const irp = attachmentDoc(3180, 'Incident Response Plan', 'HDS-SEC-0008', [
    { h: 'Purpose and Scope', paras: ['This Incident Response Plan (IRP) defines how HRC detects, analyzes, contains, eradicates and recovers from security incidents, and how incidents are reported to customer agencies, US-CERT/CISA and the FedRAMP PMO.'] },
    { h: 'Incident Response Team', paras: [table([['Role', 'Name'], ['Incident Commander', 'Elena Marsh'], ['Incident Handler', 'SOC on-call'], ['Communications Lead', 'Corporate Communications']])] },
    { h: 'Incident Categories and Severity', paras: [table([['Severity', 'Definition', 'Initial response'], ['SEV1', 'Confirmed compromise of federal data', '15 minutes'], ['SEV2', 'Suspected compromise', '1 hour'], ['SEV3', 'Policy violation without data impact', '1 business day']])] },
    { h: 'Incident Handling Phases', sub: [{ h: 'Preparation', fill: 1 }, { h: 'Detection and Analysis', fill: 2 }, { h: 'Containment, Eradication and Recovery', fill: 2 }, { h: 'Post-Incident Activity', fill: 1 }] },
    { h: 'Reporting Requirements', paras: ['Incidents are reported to the affected agencies and CISA within one hour of identification, and to the FedRAMP PMO per the FedRAMP Incident Communications Procedure.'] },
  ]);
  irp.cover = 'header-only';
  const irpSpec = wordSpec(irp);
  irpSpec.firstHeader = [{ text: 'HALVORSEN DATA SYSTEMS - CUI' }];
  add('doc-0519.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan whose title appears only in the page header (no cover).', await buildDocx(irpSpec));
  add(
    'IR-plan.md',
    'INCIDENT_RESPONSE_PLAN',
    'Incident Response Plan written in markdown in the CSP wiki and exported.',
    `---\ntitle: Incident Response Plan\nsystem: ${SYS2}\nowner: Security Engineering\nversion: 3.1\nreviewed: 2026-01-09\n---\n\n# Incident Response Plan - ${SYS2}\n\n## 1. Purpose\nThis plan describes how ${CSP2} prepares for, detects, responds to, and recovers from security incidents affecting ${SYS2}, implementing IR-1 through IR-9.\n\n## 2. Roles\n| Role | Responsibility |\n|---|---|\n| Incident Commander | Leads response, declares severity |\n| Security Analyst | Triage, evidence collection |\n| Legal/Privacy | Breach notification decisions |\n| Customer Success | Agency communications |\n\n## 3. Severity levels\n- **SEV-1**: confirmed unauthorized access to federal data. Page the IC immediately.\n- **SEV-2**: likely compromise or malware on a production host.\n- **SEV-3**: suspicious activity, no evidence of compromise.\n\n## 4. Response phases\n### 4.1 Preparation\nRunbooks, on-call rotation, and forensic tooling are maintained; the team runs a tabletop exercise annually.\n### 4.2 Detection and analysis\nAlerts from the SIEM, GuardDuty and customer reports are triaged within 15 minutes.\n### 4.3 Containment, eradication and recovery\nIsolate affected instances, rotate credentials, rebuild from known-good images, restore data from backups.\n### 4.4 Post-incident activity\nA blameless review is held within 5 business days; lessons learned feed the POA&M and this plan.\n\n## 5. Reporting\nReport to US-CERT/CISA within 1 hour, to affected agencies and to the FedRAMP PMO (info@fedramp.gov) per the FedRAMP Incident Communications Procedure.\n\n## 6. Plan maintenance\nThis plan is reviewed annually and after every SEV-1.\n`,
  );

  // ---- CIS_CRM_WORKBOOK ------------------------------------------------------------------
  const r = rng(3190);
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-7', 'AC-8', 'AU-2', 'AU-6', 'CA-7', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SI-2'];
  const origins = ['Service Provider Corporate', 'Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization', 'Configured by Customer'];
  const cis = ctrls.map((c) => {
    const o = Math.floor(r() * origins.length);
    return [c, 'Implemented', ...origins.map((_, i) => (i === o ? 'X' : ''))];
  });
  const crm = ctrls.map((c) => [c, pick2(r, ['Yes', 'No', 'Partial']), pick2(r, ['Customer agency manages end-user accounts within its tenant.', 'Customer configures session timeout per agency policy.', 'Customer reviews audit logs exported from the tenant console.', 'N/A - fully provided by the CSP.'])]);
  add(
    'HRC CIS-CRM Workbook.xlsx',
    'CIS_CRM_WORKBOOK',
    'FedRAMP Control Implementation Summary / Customer Responsibility Matrix workbook with CIS and CRM sheets.',
    await buildXlsx(
      [
        { name: 'Instructions', rows: [['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`CSP: ${CSP}`], [`System: ${SYS}`], ['Complete the CIS worksheet for every control in the baseline and the CRM worksheet for every control with customer responsibility.']] },
        { name: 'Moderate CIS Worksheet', headerRow: 3, rows: [[`${SYS} - Control Implementation Summary`], [], ['Control ID', 'Implementation Status', ...origins], ...cis] },
        { name: 'Moderate CRM Worksheet', headerRow: 3, rows: [[`${SYS} - Customer Responsibility Matrix`], [], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm] },
      ],
      { title: 'CIS CRM', creator: 'Priya Kandasamy', company: CSP },
    ),
  );
  add(
    'book1.xlsx',
    'CIS_CRM_WORKBOOK',
    'CIS/CRM workbook of a second CSP, neutral file name and no metadata title; header row lower down.',
    await buildXlsx(
      [
        { name: 'CRM', headerRow: 5, rows: [[`${SYS2}`], ['Customer Responsibility Matrix'], ['Prepared by Quillmark Compliance, 2026-01'], [], ['Control ID', 'Control Name', 'Customer Responsibility', 'Can Be Inherited'], ...ctrls.map((c, i) => [c, `Control ${c}`, crm[i]?.[2] ?? '', crm[i]?.[1] ?? ''])] },
        { name: 'CIS', headerRow: 2, rows: [['Control Implementation Summary'], ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Control Origination'], ...ctrls.map((c) => [c, 'X', '', '', '', '', pick2(r, origins)])] },
      ],
      { creator: 'qm-compliance' },
    ),
  );

  // ---- FIPS_199 -----------------------------------------------------------------------------
  const fips = attachmentDoc(3200, 'FIPS 199 Categorization', 'HDS-SEC-0010', [
    { h: 'Introduction and Purpose', paras: ['This document describes how the security categorization of HRC was determined in accordance with FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II.'] },
    { h: 'Information Types', paras: [table([['Information Type (SP 800-60 ID)', 'NIST SP 800-60 Recommended C/I/A', 'CSP Selected Confidentiality', 'CSP Selected Integrity', 'CSP Selected Availability', 'Statement for Impact Adjustment'], ['C.3.5.8 Information Management', 'Mod/Mod/Mod', 'Moderate', 'Moderate', 'Moderate', 'None'], ['C.2.8.12 Official Information Dissemination', 'Low/Low/Low', 'Low', 'Moderate', 'Low', 'Integrity raised: records are authoritative'], ['D.19.4 Records Retention', 'Low/Low/Low', 'Moderate', 'Moderate', 'Low', 'Records may contain PII']])] },
    { h: 'Security Objectives Categorization (FIPS 199)', paras: [table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]), 'SC HRC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall categorization is Moderate.'], fill: 1 },
  ]);
  fips.toc = false;
  add('SSP-A10-FIPS199.docx', 'FIPS_199', 'FIPS 199 security categorization with SP 800-60 information types (SSP attachment 10).', await buildDocx(wordSpec(fips)));
  add('upload (7).pdf', 'FIPS_199', 'FIPS 199 categorization of a second system, saved as PDF, no metadata.', await wordAsPdf({ ...fips, seed: 3201, org: CSP2, subtitle: SYS2, revisions: revs(2) }, {}));

  // ---- SEPARATION_OF_DUTIES_MATRIX ---------------------------------------------------
  const roles = ['System Owner', 'ISSO', 'Site Reliability Engineer', 'Database Administrator', 'Developer', 'Change Advisory Board', 'Security Operations Analyst', 'Access Administrator'];
  const duties = ['Request account', 'Approve account', 'Provision account', 'Review audit logs', 'Approve production change', 'Deploy production change', 'Develop code', 'Review and merge code', 'Manage encryption keys', 'Administer database', 'Grant privileged role'];
  const sodRows = duties.map((d, i) => [d, ...roles.map((_, j) => ((i + j) % 4 === 0 ? 'P' : (i + 2 * j) % 5 === 0 ? 'A' : ''))]);
  add(
    'SoD.xlsx',
    'SEPARATION_OF_DUTIES_MATRIX',
    'Separation of Duties Matrix (AC-5) mapping duties to roles with Performs/Approves markings.',
    await buildXlsx([{ name: 'Separation of Duties Matrix', headerRow: 4, rows: [[`${SYS} - Separation of Duties Matrix`], ['Legend: P = performs, A = approves; no role may both perform and approve the same duty (AC-5).'], [], ['Duty / Function', ...roles], ...sodRows] }], { creator: 'Priya Kandasamy', title: 'Separation of Duties Matrix' }),
  );
  const sod = attachmentDoc(3210, 'Separation of Duties Matrix', 'QSL-SEC-0015', [
    { h: 'Purpose', paras: ['This matrix documents the separation of duties implemented for the system in accordance with control AC-5, identifying which roles perform and which approve each sensitive function.'] },
    { h: 'Matrix', paras: [table([['Function', ...roles.slice(0, 5)], ...sodRows.slice(0, 8).map((x) => x.slice(0, 6))])] },
    { h: 'Conflicting Duties', paras: ['No individual may hold both the Developer and production Deploy roles. Key custodians may not administer the database.'], fill: 1 },
  ], { org: CSP2, subtitle: SYS2, toc: false });
  add('sod-matrix-signed.docx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix in Word form with AC-5 rationale.', await buildDocx(wordSpec(sod)));

  // ---- LAWS_AND_REGULATIONS ----------------------------------------------------------
  const laws = [
    ['Computer Fraud and Abuse Act (CFAA)', '18 U.S.C. 1030'],
    ['E-Authentication Guidance for Federal Agencies', 'OMB M-04-04'],
    ['Federal Information Security Modernization Act of 2014 (FISMA)', 'Pub. L. 113-283'],
    ['Privacy Act of 1974', '5 U.S.C. 552a'],
    ['Management of Federal Information Resources', 'OMB Circular A-130'],
    ['Standards for Security Categorization of Federal Information and Information Systems', 'FIPS PUB 199'],
    ['Minimum Security Requirements for Federal Information and Information Systems', 'FIPS PUB 200'],
    ['Security and Privacy Controls for Information Systems and Organizations', 'NIST SP 800-53 Rev. 5'],
    ['Digital Identity Guidelines', 'NIST SP 800-63-3'],
    ['Contingency Planning Guide for Federal Information Systems', 'NIST SP 800-34 Rev. 1'],
    ['Computer Security Incident Handling Guide', 'NIST SP 800-61 Rev. 2'],
    ['Federal Records Act', '44 U.S.C. Chapter 31'],
  ];
  add(
    'SSP-A12-Laws.xlsx',
    'LAWS_AND_REGULATIONS',
    'FedRAMP Laws and Regulations attachment listing applicable laws, OMB guidance and NIST standards.',
    await buildXlsx([{ name: 'Laws and Regulations', headerRow: 3, rows: [['FedRAMP Laws and Regulations'], [`${SYS} (${SYS_ABBR})`], ['Reference', 'Title', 'Date', 'Link', 'Applicable'], ...laws.map(([t, id]) => [id ?? '', t ?? '', '', 'https://www.govinfo.gov/', 'Yes'])] }], { title: 'FedRAMP Laws and Regulations Template', company: CSP }),
  );
  const lawDoc = attachmentDoc(3220, 'Laws, Regulations, Standards and Guidance', 'QSL-SEC-0012', [
    { h: 'Applicable Laws and Regulations', paras: ['The following laws and regulations apply to the system and to the agencies that use it.', table([['Identification Number', 'Title', 'Link'], ...laws.slice(0, 5).map(([t, id]) => [id ?? '', t ?? '', 'https://www.govinfo.gov/'])])] },
    { h: 'Applicable Standards and Guidance', paras: [table([['Identification Number', 'Title', 'Link'], ...laws.slice(5).map(([t, id]) => [id ?? '', t ?? '', 'https://csrc.nist.gov/'])])] },
  ], { org: CSP2, subtitle: `${SYS2} - SSP Attachment 12`, toc: false, approvals: undefined });
  add('Attachment 12.docx', 'LAWS_AND_REGULATIONS', 'SSP attachment 12 in Word: tables of applicable laws, regulations, standards and guidance.', await buildDocx(wordSpec(lawDoc)));

  // ---- SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN --------------------------------------------
  const scrm = (seed: number, org: string, sys: string): WordDoc =>
    attachmentDoc(seed, 'Supply Chain Risk Management Plan', 'HDS-SEC-0015', [
      { h: 'Purpose and Scope', paras: [`This Supply Chain Risk Management (SCRM) Plan implements SR-1 through SR-12 for ${sys} and follows NIST SP 800-161 Rev. 1.`] },
      { h: 'SCRM Roles and Responsibilities', paras: [table([['Role', 'Responsibility'], ['SCRM Lead', 'Maintains supplier risk register'], ['Procurement', 'Includes SCRM clauses in contracts'], ['Engineering', 'Maintains SBOMs and verifies component provenance']])] },
      { h: 'Supplier Identification and Criticality', paras: ['Suppliers are tiered by criticality: Tier 1 (hosting, identity), Tier 2 (software libraries, monitoring), Tier 3 (office services).'], fill: 1 },
      { h: 'Supply Chain Controls', sub: [{ h: 'Acquisition Strategies (SR-5)', fill: 1 }, { h: 'Provenance and SBOM (SR-4)', paras: ['A software bill of materials is generated for each release in SPDX format.'], fill: 1 }, { h: 'Component Authenticity (SR-11)', fill: 1 }, { h: 'Notification Agreements (SR-8)', fill: 1 }] },
      { h: 'Supply Chain Risk Assessment and Monitoring', fill: 2 },
    ], { org, subtitle: sys });
  add('SCRM Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan implementing the SR family (SSP attachment).', await buildDocx(wordSpec(scrm(3230, CSP, SYS))));
  add('doc-0533.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'SCRM plan of a second CSP saved as PDF.', await wordAsPdf(scrm(3231, CSP2, SYS2), { title: 'SCRM Plan', author: 'Quillmark' }));

  return out;
}

function pick2<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}
