import { makeDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { approvals, cuiBanner, pdfRevisionTable, revisionHistory } from '../kit/front.js';
import { fill, sentences } from '../kit/prose.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { BLUEFIN, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';
import type { Csp } from '../kit/world.js';

const FAMILIES: [string, string][] = [
  ['AC', 'Access Control'], ['AT', 'Awareness and Training'], ['AU', 'Audit and Accountability'], ['CA', 'Assessment, Authorization, and Monitoring'],
  ['CM', 'Configuration Management'], ['CP', 'Contingency Planning'], ['IA', 'Identification and Authentication'], ['IR', 'Incident Response'],
  ['MA', 'Maintenance'], ['MP', 'Media Protection'], ['PE', 'Physical and Environmental Protection'], ['PL', 'Planning'], ['PS', 'Personnel Security'],
  ['RA', 'Risk Assessment'], ['SA', 'System and Services Acquisition'], ['SC', 'System and Communications Protection'], ['SI', 'System and Information Integrity'],
  ['SR', 'Supply Chain Risk Management'],
];

function policyStatements(code: string, title: string, c: Csp): string[] {
  return [
    fill(`{csp} shall develop, document and disseminate this ${title} policy to all personnel with a role in the operation or security of {cso}. The policy addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities and compliance.`, c),
    `The ${title} policy and the associated procedures shall be reviewed and updated at least annually, and following significant changes to the system, assessment findings, security incidents or changes in applicable laws, executive orders, directives, regulations, policies, standards and guidelines.`,
    fill(`The Chief Information Security Officer ({ciso}) is designated to manage the development, documentation and dissemination of the ${code} policy and procedures.`, c),
  ];
}

export async function kestrelPoliciesDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-pol');
  const body: Block[] = [
    cuiBanner(c),
    ...revisionHistory([
      ['09/15/2024', 'Consolidated family policies into one document for the FedRAMP package', '3.0', 'M. Lindqvist'],
      ['03/03/2025', 'Annual review; added SR family; aligned with Rev. 5', '3.1', 'P. Raman'],
    ]),
    ...approvals([[c.ciso, 'Chief Information Security Officer', c.csp], ['Alan Brightwater', 'Chief Executive Officer', c.csp]]),
    { t: 'break' },
    { t: 'h1', text: '1 Purpose' },
    { t: 'p', text: `This document contains the information security policies and procedures of ${c.csp} that apply to ${c.cso}. It satisfies the "-1" control of every NIST SP 800-53 Rev. 5 family in the FedRAMP Moderate baseline and is provided as an appendix to the System Security Plan.` },
    { t: 'h1', text: '2 Scope' },
    { t: 'p', text: `These policies apply to all employees, contractors and third parties who design, build, operate, support or secure ${c.cso}, and to all components within its authorization boundary.` },
    { t: 'h1', text: '3 Roles and Responsibilities' },
    { t: 'table', rows: [['Role', 'Responsibilities'], ['CISO', 'Owns all security policies; approves exceptions'], ['ISSO', 'Coordinates annual policy review; maps procedures to controls'], ['System Owner', 'Ensures resources for implementation'], ['Managers', 'Ensure staff read and follow policies'], ['All personnel', 'Comply with policies and report violations']] },
  ];
  let n = 4;
  for (const [code, title] of FAMILIES) {
    body.push({ t: 'h1', text: `${n} ${title} (${code}) Policy and Procedures` });
    body.push({ t: 'h2', text: `${n}.1 Policy` });
    for (const s of policyStatements(code, title, c)) body.push({ t: 'p', text: s });
    body.push({ t: 'h2', text: `${n}.2 Procedures` });
    body.push({ t: 'p', text: sentences(code, c, rng, 3) });
    body.push({ t: 'bullets', items: [`Procedure owner: ${rng.pick(['ISSO', 'Cloud Operations Manager', 'Security Operations Lead', 'Director of Engineering'])}`, `Records: ${rng.pick(['Jira tickets', 'Splunk reports', 'Confluence runbooks', 'LMS completion reports'])}`, 'Review frequency: annually, or after significant change'] });
    n++;
  }
  body.push({ t: 'h1', text: `${n} Exceptions and Enforcement` });
  body.push({ t: 'p', text: 'Exceptions to these policies must be requested through a policy exception ticket, risk-assessed by the ISSO and approved by the CISO. Violations may result in disciplinary action up to and including termination of employment or contract.' });
  const data = await makeDocx({
    seed: 'kestrel-pol',
    headings: 'styles',
    core: { title: 'Information Security Policies and Procedures', subject: 'SSP Appendix C', creator: c.ciso, lastModifiedBy: c.isso, created: '2024-09-15T12:00:00Z', modified: '2025-03-03T15:00:00Z' },
    cover: [{ t: 'spacer', lines: 5 }, { t: 'title', text: c.cso, size: 20 }, { t: 'title', text: 'Information Security Policies and Procedures', size: 24 }, { t: 'p', text: 'SSP Appendix C — Version 3.1 — March 3, 2025', align: 'center' }, { t: 'break' }],
    header: `${c.csp} | Information Security Policies and Procedures v3.1`,
    body,
  });
  return { file: 'Policies_v3.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Kestrel consolidated information security policies and procedures for all 18 Rev5 families (SSP Appendix C).', data };
}

export async function bluefinPoliciesPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-pol');
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 100 },
    { t: 'title', text: 'Attachment 1', size: 18 },
    { t: 'title', text: 'Information Security Policies and Procedures', size: 22 },
    { t: 'p', text: `${c.cso} — ${c.csp}`, center: true, size: 13 },
    { t: 'p', text: 'Version 5.0 — January 2025', center: true },
    { t: 'break' },
    pdfRevisionTable([['01/20/2025', 'Annual review and re-approval', '5.0', c.ciso]]),
    { t: 'p', text: `This attachment to the ${c.cso} System Security Plan contains the policies and procedures that address the "-1" controls of each control family. Each section states the policy, the procedures that implement it, the review frequency and the responsible role.` },
  ];
  for (const [code, title] of FAMILIES.filter(([k]) => k !== 'SR')) {
    blocks.push({ t: 'h1', text: `${code}-1 ${title} Policy and Procedures` });
    for (const s of policyStatements(code, title, c)) blocks.push({ t: 'p', text: s });
    blocks.push({ t: 'h3', text: 'Procedures' });
    blocks.push({ t: 'p', text: sentences(code, c, rng, 4) });
  }
  const data = await makePdf({
    page: 'letter',
    meta: { title: 'Attachment 1 - Information Security Policies and Procedures', author: c.ciso, creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', created: new Date('2025-01-20T15:00:00Z'), modified: new Date('2025-01-20T15:00:00Z') },
    header: () => `${c.short} Attachment 1 | v5.0`,
    headerFromPage: 2,
    footer: (n) => `Company Sensitive and Proprietary — Page ${n}`,
    blocks,
  });
  return { file: 'BRV_Att01_Policies.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Bluefin Rev4 Attachment 1 Information Security Policies and Procedures as PDF, one -1 policy/procedure section per family.', data };
}

export async function kestrelUserGuideDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const body: Block[] = [
    ...revisionHistory([['02/01/2025', 'Updated for release 4.7 and PIV federation', '2.1', 'Documentation Team']]),
    { t: 'toc', entries: [['1 Overview', '1'], ['2 Getting Access', '2'], ['3 Roles and Permissions', '3'], ['4 Working with Dashboards and Reports', '5'], ['5 Administrator Functions', '8'], ['6 Security Features and User Responsibilities', '11'], ['7 Getting Help', '13']] },
    { t: 'break' },
    { t: 'h1', text: '1 Overview' },
    { t: 'p', text: `${c.cso} gives agency loan officers and analysts a secure workspace to analyze portfolio data, build reports and share dashboards within their agency. This guide explains how to sign in, how to use the main features, and how administrators configure the security features of their tenant. It is provided to agency customers as the User Guide appendix of the System Security Plan.` },
    { t: 'h1', text: '2 Getting Access' },
    { t: 'h2', text: '2.1 Requesting an account' },
    { t: 'p', text: 'Accounts are created by your agency customer administrator. Ask your supervisor to submit a request to your agency administrator, who assigns you a role. You will receive an activation email from no-reply@gov.kestrelanalytics.com that expires after 24 hours.' },
    { t: 'h2', text: '2.2 Signing in' },
    { t: 'p', text: `Navigate to https://app.gov.${c.domain}. If your agency federates with ${c.cso}, select "Sign in with your agency PIV/CAC" and insert your card. Otherwise sign in with your username, password and a FIDO2 security key or the Okta Verify push notification. SMS codes are not accepted.` },
    { t: 'h2', text: '2.3 Session time-out' },
    { t: 'p', text: 'Your session locks after 15 minutes of inactivity. You must re-authenticate to continue. Sessions end automatically after 12 hours.' },
    { t: 'h1', text: '3 Roles and Permissions' },
    { t: 'table', rows: [['Role', 'What you can do'], ['Viewer', 'View dashboards shared with you'], ['Analyst', 'Create reports and dashboards; export to CSV within row limits'], ['Data Steward', 'Upload data files; manage data sets'], ['Customer Administrator', 'Manage users and roles, configure tenant security settings, export audit logs']] },
    { t: 'h1', text: '4 Working with Dashboards and Reports' },
    { t: 'p', text: 'Select Reports > New report, choose a data set, then drag fields onto the canvas. Filters apply to the current report only. Reports can be scheduled for email delivery to users inside your agency; delivery to external addresses is blocked by default.' },
    { t: 'p', text: 'Exports are watermarked with your user ID and time stamp. Exports larger than 50,000 rows require Data Steward approval.' },
    { t: 'h1', text: '5 Administrator Functions' },
    { t: 'h2', text: '5.1 Managing users' },
    { t: 'p', text: 'Go to Admin > Users. You can invite users, change roles, suspend and remove users. Accounts inactive for 90 days are disabled automatically; you will receive a weekly summary email.' },
    { t: 'h2', text: '5.2 Security settings' },
    { t: 'bullets', items: ['Require PIV/CAC authentication for all users of the tenant', 'Restrict access to agency IP ranges (allow-list)', 'Set the maximum session lifetime (1 to 12 hours)', 'Enable or disable data export per role', 'Configure a login banner with your agency warning text'] },
    { t: 'h2', text: '5.3 Audit logs' },
    { t: 'p', text: 'Admin > Audit Log lists sign-ins, permission changes, exports and shares for the last 90 days. Use Export to download a CSV, or configure the audit stream to send events to your agency SIEM via HTTPS.' },
    { t: 'h1', text: '6 Security Features and User Responsibilities' },
    { t: 'p', text: 'Do not share accounts or security keys. Report lost security keys or suspected misuse immediately to your agency help desk and to Kestrel support. Do not upload classified information. Handle exported data according to your agency records and privacy policies.' },
    { t: 'h1', text: '7 Getting Help' },
    { t: 'p', text: `Kestrel Government Support: support-gov@${c.domain}, 1-888-555-0190, Monday to Friday 8 am – 8 pm Eastern. Security issues: security@${c.domain}.` },
  ];
  const data = await makeDocx({
    seed: 'kestrel-ug',
    headings: 'styles',
    core: { title: 'KGA User Guide', creator: 'Documentation Team', lastModifiedBy: 'Amelia Ross', created: '2024-05-01T12:00:00Z', modified: '2025-02-01T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 5 }, { t: 'title', text: `${c.cso}`, size: 24 }, { t: 'title', text: 'User Guide', size: 28 }, { t: 'p', text: 'For agency users and customer administrators — Release 4.7', align: 'center' }, { t: 'break' }],
    footer: `© 2025 ${c.csp}`,
    body,
  });
  return { file: 'KGA_UserGuide_4.7.docx', expected: 'USER_GUIDE', note: 'Kestrel User Guide for agency users and customer administrators (sign-in, roles, admin security settings, audit logs).', data };
}

export async function northwindUserGuideMd(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const data = `# ${c.cso} — User Guide

_Version 1.6 · Last updated January 2025 · Maintained by the ${c.csp} product team_

> This guide is provided to agency customers as part of the ${c.cso} FedRAMP package. It describes how
> agency staff use the service securely and which security settings agency administrators control.

## Contents

1. [Signing in](#signing-in)
2. [Your workspace](#your-workspace)
3. [Working with case files](#working-with-case-files)
4. [Sharing and correspondence](#sharing-and-correspondence)
5. [For agency administrators](#for-agency-administrators)
6. [Your security responsibilities](#your-security-responsibilities)
7. [Support](#support)

## Signing in

1. Go to \`https://app.gov.${c.domain}\`.
2. Choose **Sign in with agency SSO** if your agency has federated its identity provider; otherwise enter
   your work email and complete the security-key prompt (FIDO2). Passwords alone are never accepted.
3. The first time you sign in you must accept the Rules of Behavior.

Sessions expire after 30 minutes of inactivity. Closing the browser ends the session.

## Your workspace

The home page lists the grant case files assigned to you, your open tasks and recent correspondence. Use the
filter bar to narrow by program, fiscal year or status. Your workspace only shows cases of your own agency.

## Working with case files

- **Create a case:** *Cases → New case*, choose the grant program, enter the grantee UEI and attach the award documents.
- **Upload documents:** drag files into the case. Files are scanned for malware before they become available; files
  larger than 200 MB are rejected.
- **Record a decision:** decisions require a second reviewer when the program is configured for two-person review.
- **Close a case:** closed cases are read-only and are kept according to your agency's records schedule.

## Sharing and correspondence

Correspondence to grantees is sent from the case using templates your administrator approves. Links sent to
grantees expire after 14 days and require the grantee to verify their email address.

## For agency administrators

| Setting | Where | Default |
|---|---|---|
| Require agency SSO | Admin → Security | Off |
| Idle session timeout | Admin → Security | 30 minutes |
| Allowed IP ranges | Admin → Network | Any |
| Two-person review | Admin → Programs | Off |
| Audit log export | Admin → Audit | CSV download, 1 year of history |

Administrators add and remove users under **Admin → People**. Remove users the same day they leave your agency;
the system disables accounts automatically after 90 days without sign-in.

## Your security responsibilities

- Use only your own account and security key; never share them.
- Do not upload information above the Low impact level (no SSNs, no bank account numbers, no health records).
- Report suspected misuse or a lost key to your agency help desk and to security@${c.domain}.

## Support

Email support@${c.domain} or call 207-555-0147 (8 am – 6 pm Eastern). Status page: https://status.${c.domain}.
`;
  return { file: 'guide.md', expected: 'USER_GUIDE', note: 'Northwind Harbor Case Manager user guide in Markdown (sign-in, case work, admin security settings, user responsibilities).', data };
}

const IMPACT_ROWS = [
  ['Inconvenience, distress, or damage to standing or reputation'],
  ['Financial loss or agency liability'],
  ['Harm to agency programs or public interests'],
  ['Unauthorized release of sensitive information'],
  ['Personal safety'],
  ['Civil or criminal violations'],
];

export async function quillonDigitalIdentityDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const body: Block[] = [
    { t: 'title', text: `${c.cso}`, size: 16, center: false },
    { t: 'title', text: 'Digital Identity Worksheet', size: 22, center: false },
    { t: 'p', text: 'SSP Appendix E — Version 2.0 — April 2025' },
    ...revisionHistory([['04/21/2025', 'Re-evaluated after federation with agency PIV', '2.0', c.isso]]),
    { t: 'h1', text: '1 Introduction and Purpose' },
    { t: 'p', text: `This worksheet documents the digital identity risk assessment for ${c.cso} and the resulting Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL), following NIST SP 800-63-3 and the FedRAMP guidance for digital identity.` },
    { t: 'h1', text: '2 Digital Identity Level Definitions' },
    { t: 'table', rows: [['Level', 'Identity Assurance (IAL)', 'Authenticator Assurance (AAL)', 'Federation Assurance (FAL)'], ['1', 'Self-asserted attributes', 'Single-factor', 'Bearer assertion, signed by IdP'], ['2', 'Remote or in-person identity proofing', 'Two factors, approved cryptographic techniques', 'Bearer assertion, signed and encrypted'], ['3', 'In-person identity proofing; verified by authorized representative', 'Hardware-based authenticator and verifier impersonation resistance', 'Holder-of-key assertion, signed and encrypted']] },
    { t: 'h1', text: '3 Review of Risk and Impact' },
    { t: 'p', text: 'For each category of harm, the potential impact of an authentication error (an attacker successfully authenticating as a legitimate user) was assessed.' },
    { t: 'table', rows: [['Potential Impact Category', 'Low', 'Moderate', 'High'], ...IMPACT_ROWS.map((r, i) => [r[0] ?? '', '', i === 4 ? 'X' : '', i === 4 ? '' : 'X'])], widths: [55, 15, 15, 15] },
    { t: 'h1', text: '4 Digital Identity Level Selection' },
    { t: 'checks', label: 'Selected level for privileged and customer administrator users:', items: [[false, 'Level 1: AAL1, IAL1, FAL1'], [false, 'Level 2: AAL2, IAL2, FAL2'], [true, 'Level 3: AAL3, IAL3, FAL3']] },
    { t: 'p', text: `Justification: ${c.cso} is a High impact IaaS hosting agency workloads; compromise of a customer administrator account could lead to unauthorized release of sensitive information across entire agency tenants. Privileged access therefore uses PIV/CAC or FIPS 140-validated YubiKey authenticators through ${c.idp}, and federation uses signed and encrypted SAML assertions bound to the authenticated session.` },
    { t: 'h1', text: '5 Approval' },
    { t: 'table', rows: [['Name', 'Role', 'Date'], [c.isso, 'ISSO', '04/21/2025'], [c.owner, 'System Owner', '04/22/2025']] },
  ];
  const data = await makeDocx({ seed: 'quillon-diw', headings: 'styles', core: { title: 'Digital Identity Worksheet', creator: c.isso, lastModifiedBy: c.isso, created: '2025-04-15T12:00:00Z', modified: '2025-04-22T12:00:00Z' }, header: `${c.short} | CUI`, body });
  return { file: 'upload (7).docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Quillon Digital Identity Worksheet (SP 800-63 IAL/AAL/FAL definitions, impact review, level 3 selection).', data };
}

export async function bluefinDigitalIdentityPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const blocks: PdfBlock[] = [
    { t: 'p', text: `${c.csp}`, size: 11 },
    { t: 'title', text: 'Attachment 3 — Digital Identity Worksheet', size: 18, center: false },
    { t: 'p', text: `${c.cso} | Version 2.2 | February 2025` },
    { t: 'h2', text: 'Introduction and Purpose' },
    { t: 'p', text: 'This document provides guidance on digital identity for the system and records the digital identity level determined for its users, in accordance with OMB M-19-17 and NIST SP 800-63-3 (Digital Identity Guidelines), including SP 800-63A (enrollment and identity proofing), SP 800-63B (authentication and lifecycle management) and SP 800-63C (federation and assertions).' },
    { t: 'h2', text: 'Information System Name/Title' },
    { t: 'table', rows: [['Unique Identifier', 'Information System Name', 'Abbreviation'], ['FR2104127733', c.cso, c.short]] },
    { t: 'h2', text: 'Digital Identity Level Definitions' },
    { t: 'table', rows: [['Digital Identity Level', 'Maximum Potential Impacts'], ['Level 1 (AAL1, IAL1, FAL1)', 'Low across all categories'], ['Level 2 (AAL2, IAL2, FAL2)', 'Moderate in at least one category'], ['Level 3 (AAL3, IAL3, FAL3)', 'High in at least one category']] },
    { t: 'h2', text: 'Review Maximum Potential Impact Levels' },
    { t: 'table', rows: [['Potential Impact Category', 'Impact Level'], ...IMPACT_ROWS.map((r, i) => [r[0] ?? '', i === 3 || i === 2 ? 'High' : 'Moderate'])] },
    { t: 'h2', text: 'Digital Identity Level Selection' },
    { t: 'p', text: 'The digital identity level has been determined as follows:  [ ] Level 1   [ ] Level 2   [X] Level 3' },
    { t: 'p', text: `Rationale: the unauthorized release of permanent federal records and PII would have a severe adverse effect on FRPA programs. All users authenticate through ${c.idp} with phishing-resistant authenticators (PIV/CAC for agency users, FIDO2 hardware keys for Bluefin administrators).` },
    { t: 'spacer', h: 20 },
    { t: 'p', text: `Approved: ${c.isso}, ISSO — 02/07/2025` },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'Digital Identity Worksheet', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', created: new Date('2025-02-07T12:00:00Z') }, footer: (n, t) => `Page ${n} of ${t}`, blocks });
  return { file: 'BRV-Att3.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Bluefin Rev4 Attachment 3 Digital Identity Worksheet as PDF (impact review and level 3 selection).', data };
}

export async function northwindPtaDocx(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const body: Block[] = [
    { t: 'title', text: 'Privacy Threshold Analysis (PTA)', size: 20 },
    { t: 'p', text: `${c.cso} — ${c.csp}`, align: 'center' },
    { t: 'h2', text: 'Section 1 — System Information' },
    { t: 'kv', rows: [['System Name', c.cso], ['System Owner', c.owner], ['Privacy Point of Contact', `${c.isso}, privacy@${c.domain}`], ['Date Completed', '01/13/2025']] },
    { t: 'h2', text: 'Section 2 — Qualifying Questions' },
    { t: 'table', rows: [['#', 'Question', 'Yes', 'No'], ['1', 'Does the system collect, maintain, use or disseminate Social Security Numbers?', '', 'X'], ['2', 'Does the system collect, maintain, use or disseminate PII other than user authentication information (name, business email, business phone)?', '', 'X'], ['3', 'Does the system collect information about members of the public?', '', 'X'], ['4', 'Does the system store sensitive PII such as financial, medical or biometric information?', '', 'X'], ['5', 'Is the system the subject of a System of Records Notice (SORN)?', '', 'X']], widths: [6, 70, 12, 12] },
    { t: 'p', text: 'The only PII processed is user authentication information of agency employees and grantee contacts (name, business email and business phone number), which FedRAMP treats as minimal PII for a LI-SaaS system.' },
    { t: 'h2', text: 'Section 3 — Designation' },
    { t: 'checks', items: [[true, 'A Privacy Impact Assessment (PIA) is not required. The system does not collect PII beyond user authentication information.'], [false, 'A Privacy Impact Assessment (PIA) is required.']] },
    { t: 'h2', text: 'Section 4 — Signatures' },
    { t: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], [c.isso, 'Privacy Officer / ISSO', '', ''], [c.owner, 'System Owner', '', '']] },
  ];
  const data = await makeDocx({ seed: 'northwind-pta', headings: 'bold', core: { creator: c.isso, lastModifiedBy: c.isso, created: '2025-01-13T12:00:00Z', modified: '2025-01-13T16:00:00Z' }, body, pageNumbers: false });
  return { file: 'HCM PTA 2025.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Northwind short Privacy Threshold Analysis with qualifying questions and PIA-not-required designation; no document metadata title.', data };
}

export async function kestrelPiaDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const qa: [string, string][] = [
    ['What PII is collected, used, disseminated or maintained by the system?', 'Borrower names, addresses, dates of birth, Social Security Numbers, loan account numbers, income and credit information contained in loan files uploaded by NRLA, together with authentication data of agency users.'],
    ['Why is the PII collected?', 'To allow NRLA analysts to analyze portfolio performance, identify delinquency risk and produce reports required by the agency loan programs.'],
    ['What are the sources of the PII?', 'The NRLA loan servicing system through a nightly encrypted transfer; no PII is collected directly from borrowers by Kestrel.'],
    ['How will the PII be used?', 'Only for the analytic purposes defined in the agency task order. Kestrel personnel do not access customer data except for support requests authorized by the agency.'],
    ['With whom will the PII be shared?', 'PII is not shared outside NRLA. Subprocessors within the boundary (AWS GovCloud) do not access content.'],
    ['How is notice provided to individuals?', 'Notice is provided by NRLA through the applicable System of Records Notice and the Privacy Act statements on loan application forms.'],
    ['What opportunities do individuals have to consent or decline?', 'Consent is managed by the agency at the point of collection; Kestrel does not interact with borrowers.'],
    ['How is the PII secured?', 'Encryption at rest and in transit with FIPS-validated modules, tenant isolation, role-based access, audit logging and monthly vulnerability scanning as described in the SSP.'],
    ['How long is the PII retained?', 'For the duration of the task order, then returned to NRLA and destroyed within 30 days per NIST SP 800-88.'],
    ['Is a System of Records Notice required?', 'Yes. The agency SORN NRLA-7 (Rural Loan Servicing Records) covers the records processed.'],
  ];
  const body: Block[] = [
    ...revisionHistory([['10/02/2024', 'Initial PIA', '1.0', c.isso], ['04/11/2025', 'Annual review; updated retention', '1.1', c.isso]]),
    { t: 'h1', text: 'Section 1 — Privacy Threshold Analysis' },
    { t: 'p', text: 'The PTA questions indicate that the system collects sensitive PII of members of the public (borrowers). A full Privacy Impact Assessment is therefore required and is provided in Section 2.' },
    { t: 'table', rows: [['PTA Question', 'Answer'], ['Does the system collect SSNs?', 'Yes'], ['Does the system collect PII of members of the public?', 'Yes'], ['Is the PII limited to user authentication information?', 'No']] },
    { t: 'h1', text: 'Section 2 — Privacy Impact Assessment' },
    ...qa.flatMap(([q, a], i): Block[] => [{ t: 'h2', text: `2.${i + 1} ${q}` }, { t: 'p', text: a }]),
    { t: 'h1', text: 'Section 3 — Privacy Risks and Mitigations' },
    { t: 'table', rows: [['Risk', 'Mitigation'], ['Over-collection of PII in uploaded files', 'Agency data minimization rules; field-level masking of SSN'], ['Unauthorized access by support staff', 'Break-glass access only with agency approval; session recording'], ['Retention beyond need', 'Automated purge jobs and destruction certificates']] },
    { t: 'h1', text: 'Section 4 — Approvals' },
    { t: 'table', rows: [['Name', 'Title', 'Date'], [c.isso, 'ISSO / Privacy Officer', '04/11/2025'], ['Agency Senior Agency Official for Privacy (SAOP) designee', c.agency, '']] },
  ];
  const data = await makeDocx({
    seed: 'kestrel-pia',
    headings: 'styles',
    core: { title: 'PTA PIA', creator: c.isso, lastModifiedBy: c.isso, created: '2024-10-02T12:00:00Z', modified: '2025-04-11T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 4 }, { t: 'title', text: c.cso, size: 20 }, { t: 'title', text: 'Privacy Threshold Analysis and Privacy Impact Assessment', size: 22 }, { t: 'p', text: 'Version 1.1 — April 11, 2025', align: 'center' }, { t: 'break' }],
    header: `${c.short} PTA/PIA v1.1`,
    body,
  });
  return { file: 'Kestrel_PIA_v1.1.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Kestrel Privacy Threshold Analysis and full Privacy Impact Assessment (PII collected, uses, sharing, SORN, risks).', data };
}

export async function northwindRobPdf(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const blocks: PdfBlock[] = [
    { t: 'title', text: `${c.cso} — Rules of Behavior`, size: 15 },
    { t: 'p', text: 'User Acknowledgment Form (all internal and privileged users)', center: true, italic: true, size: 9 },
    { t: 'p', text: `As a user of ${c.cso}, I understand and agree to the following rules of behavior:`, size: 9 },
    {
      t: 'bullets',
      size: 8.5,
      items: [
        'I will use the system only for authorized purposes and access only the information I need to perform my assigned duties.',
        'I will protect my credentials and security key, will not share them, and will report their loss or compromise immediately.',
        'I will not attempt to bypass security controls, escalate my privileges or access other tenants\' data.',
        'I will not store federal information on personal devices or unapproved cloud services.',
        'I will lock my workstation when unattended and log out at the end of my session.',
        'I will report suspected security incidents to security@northwindharbor.io within one hour of discovery.',
        'I understand that my activity is logged and monitored, and that I have no expectation of privacy when using the system.',
        'I will complete security awareness training annually and re-acknowledge these rules each year.',
        'I understand that violations may result in loss of access, disciplinary action and, where applicable, civil or criminal penalties.',
      ],
    },
    { t: 'p', text: 'Acknowledgment', bold: true },
    { t: 'table', header: false, rows: [['User name (print)', ''], ['Role', '[ ] Internal user   [ ] Privileged user   [ ] Contractor'], ['Signature', ''], ['Date', '']], widths: [30, 70] },
    { t: 'p', text: 'Return the signed form to the ISSO. Retained for one year after the user account is removed.', size: 8, italic: true },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'RoB Acknowledgment', producer: 'macOS Version 14.5 (Build 23F79) Quartz PDFContext', creator: 'Pages', created: new Date('2025-01-09T12:00:00Z') }, blocks });
  return { file: 'RoB_ack_form.pdf', expected: 'RULES_OF_BEHAVIOR', note: 'Northwind one-page Rules of Behavior with the user acknowledgment/signature block.', data };
}

export async function bluefinRobDocx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rules = (who: string): string[] => [
    `${who} shall access ${c.cso} only for authorized purposes and within the privileges granted to them.`,
    'Users shall protect their authenticators (PIV/CAC, FIDO2 keys, PINs) and shall not share accounts.',
    'Users shall not install software, change configurations or connect unauthorized devices to system components.',
    'Users shall report suspected incidents, policy violations and lost authenticators to the Bluefin Security Operations Center immediately.',
    'Users shall not remove, copy or transmit federal records outside the system except through approved export functions.',
    'Users acknowledge that all activities are logged and subject to monitoring and audit.',
  ];
  const body: Block[] = [
    ...revisionHistory([['01/30/2025', 'Annual review', '3.2', c.isso]]),
    { t: 'h1', text: '1 Introduction' },
    { t: 'p', text: `These Rules of Behavior (RoB) describe the responsibilities and expected behavior of all individuals with access to ${c.cso}. They implement control PL-4 and must be read and signed before access is granted, and annually thereafter.` },
    { t: 'h1', text: '2 Rules of Behavior for Internal Users' },
    { t: 'bullets', items: rules('Bluefin employees and contractors') },
    { t: 'h2', text: '2.1 Privileged Users' },
    { t: 'bullets', items: ['Privileged users shall use separate privileged accounts for administrative tasks and Privileged Identity Management elevation.', 'Privileged users shall perform administration only from Privileged Access Workstations.', 'Privileged users shall not read customer record content except when authorized by a support request approved by the agency.'] },
    { t: 'h1', text: '3 Rules of Behavior for External Users' },
    { t: 'bullets', items: rules('Agency users') },
    { t: 'h1', text: '4 Consequences of Non-Compliance' },
    { t: 'p', text: 'Non-compliance may result in suspension of access, disciplinary action, termination of contract and referral to law enforcement.' },
    { t: 'h1', text: '5 Acknowledgment and Signature' },
    { t: 'p', text: 'I have read and understand the Rules of Behavior above and agree to comply with them.' },
    { t: 'table', rows: [['Name', 'Organization', 'Signature', 'Date'], ['', '', '', ''], ['', '', '', '']] },
  ];
  const data = await makeDocx({
    seed: 'bluefin-rob',
    headings: 'bold',
    core: { title: 'Attachment 5 Rules of Behavior', creator: 'FedRAMP', lastModifiedBy: c.isso, created: '2017-06-06T12:00:00Z', modified: '2025-01-30T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 5 }, { t: 'title', text: 'Attachment 5', size: 16 }, { t: 'title', text: `${c.cso} Rules of Behavior`, size: 24 }, { t: 'p', text: 'Version 3.2 — January 30, 2025', align: 'center' }, { t: 'break' }],
    header: `${c.csp} | Company Sensitive`,
    body,
  });
  return { file: 'Attachment05_RoB.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Bluefin Rev4 Attachment 5 Rules of Behavior for internal, privileged and external users with signature section.', data };
}

export async function quillonIscpDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-iscp');
  const body: Block[] = [
    cuiBanner(c),
    ...revisionHistory([['07/01/2024', 'Annual update after functional exercise', '4.0', c.isso], ['03/14/2025', 'Added Chandler AZ alternate site runbooks', '4.1', c.engineer]]),
    ...approvals([[c.owner, 'System Owner', c.csp], [c.ciso, 'CISO', c.csp]], 'This Information System Contingency Plan is approved and effective on the date of the last signature.'),
    { t: 'break' },
    { t: 'toc', entries: [['1 Introduction', '1'], ['1.1 Background', '1'], ['1.2 Scope', '2'], ['1.3 Assumptions', '2'], ['2 Concept of Operations', '3'], ['2.1 System Description', '3'], ['2.2 Overview of Three Phases', '4'], ['2.3 Roles and Responsibilities', '4'], ['3 Activation and Notification', '7'], ['4 Recovery', '9'], ['5 Reconstitution', '13'], ['Appendix A Personnel Contact List', '15'], ['Appendix B Vendor Contact List', '16'], ['Appendix C Business Impact Analysis', '17'], ['Appendix D Alternate Processing Procedures', '18']] },
    { t: 'break' },
    { t: 'h1', text: '1 Introduction' },
    { t: 'p', text: `Information systems are vital to ${c.csp} mission and business processes; therefore, it is critical that services provided by ${c.cso} operate effectively without excessive interruption. This Information System Contingency Plan (ISCP) establishes comprehensive procedures to recover ${c.cso} quickly and effectively following a service disruption.` },
    { t: 'h2', text: '1.1 Background' },
    { t: 'p', text: 'This ISCP establishes procedures to recover the system following a disruption. The objectives are to maximize the effectiveness of contingency operations through an established plan that consists of the Activation and Notification phase, the Recovery phase and the Reconstitution phase.' },
    { t: 'h2', text: '1.2 Scope' },
    { t: 'p', text: `The ISCP applies to the ${c.cso} compute, storage, network and management services in the Ashburn primary site and the Chandler alternate site. It does not apply to customer workloads, for which customers are responsible as described in the customer responsibility matrix.` },
    { t: 'h2', text: '1.3 Assumptions' },
    { t: 'bullets', items: ['The alternate site in Chandler, AZ is operational and replicated.', 'Key personnel are identified and trained in their roles.', 'Backups are available and stored in immutable copies.', 'The system is inoperable at the primary site and cannot be recovered there within the RTO.'] },
    { t: 'h1', text: '2 Concept of Operations' },
    { t: 'h2', text: '2.1 System Description' },
    { t: 'p', text: fill('{cso} is an IaaS offering providing virtual compute, block storage and software-defined networking from {cloud}.', c) + ' ' + sentences('CP', c, rng, 3) },
    { t: 'h2', text: '2.2 Overview of Three Phases' },
    { t: 'p', text: 'Activation and Notification: the Contingency Plan Coordinator (CPC) is notified of the disruption, performs an outage assessment and decides on plan activation. Recovery: recovery teams restore system operations at the alternate site. Reconstitution: operations are validated and transferred back to the primary site, and the plan is deactivated.' },
    { t: 'h2', text: '2.3 Roles and Responsibilities' },
    { t: 'table', rows: [['Role', 'Name', 'Responsibilities'], ['Contingency Plan Director', c.owner, 'Declares a disaster; approves activation'], ['Contingency Plan Coordinator', c.engineer, 'Coordinates recovery teams, communications and status reports'], ['Network Recovery Team Lead', 'Luis Ortega', 'Restores routing, firewalls and customer VPN endpoints'], ['Storage Recovery Team Lead', 'Priyanka Das', 'Promotes replicated volumes; validates integrity'], ['Security Lead', c.isso, 'Ensures security controls during recovery; incident coordination']] },
    { t: 'h1', text: '3 Activation and Notification' },
    { t: 'p', text: 'The plan is activated when the outage is expected to exceed four hours, when the primary site is inaccessible, or when directed by the Contingency Plan Director. Notifications follow the call tree in Appendix A. Agency customers and the FedRAMP PMO are notified through the status page and by email within one hour of activation.' },
    { t: 'p', text: sentences('CP', c, rng, 2) },
    { t: 'h1', text: '4 Recovery' },
    { t: 'p', text: 'Recovery procedures are executed in the order of the recovery priorities established in the Business Impact Analysis:' },
    { t: 'bullets', items: ['Priority 1 — Identity services and management network (RTO 2 hours)', 'Priority 2 — Compute control plane and hypervisor clusters (RTO 6 hours)', 'Priority 3 — Block storage replication promotion (RTO 8 hours, RPO 15 minutes)', 'Priority 4 — Customer portal and API (RTO 12 hours)', 'Priority 5 — Logging and monitoring pipelines (RTO 24 hours)'] },
    { t: 'p', text: 'Each recovery team follows its runbook stored in the offline runbook repository and records each step with a time stamp in the recovery log. The CPC provides status updates every two hours.' },
    { t: 'h1', text: '5 Reconstitution' },
    { t: 'p', text: 'Reconstitution begins when the primary site is restored. Data is re-synchronized, functional and security testing is performed according to the validation test plan, and operations are transferred back during an approved change window. The plan is deactivated by the Contingency Plan Director and an after-action report is prepared within 30 days.' },
    { t: 'h1', text: 'Appendix A Personnel Contact List' },
    { t: 'table', rows: [['Role', 'Name', 'Primary Phone', 'Email'], ['Director', c.owner, '571-555-0110', `kvoss@${c.domain}`], ['Coordinator', c.engineer, '571-555-0142', `hyoshida@${c.domain}`], ['Security', c.isso, '571-555-0177', `rachebe@${c.domain}`]] },
    { t: 'h1', text: 'Appendix B Vendor Contact List' },
    { t: 'table', rows: [['Vendor', 'Product', 'Support Contact'], ['Commvault', 'Backup and Recovery', '1-877-780-3077 (Priority 1 contract)'], ['Palo Alto Networks', 'Firewalls', 'Premium support portal'], ['Equinix', 'Colocation Ashburn DC1', 'Customer care 24x7']] },
    { t: 'h1', text: 'Appendix C Business Impact Analysis' },
    { t: 'table', rows: [['Mission / Business Process', 'Outage Impact', 'MTD', 'RTO', 'RPO'], ['Customer VM provisioning', 'High', '24 h', '6 h', '15 min'], ['Customer data storage', 'High', '24 h', '8 h', '15 min'], ['Customer portal/API', 'Moderate', '48 h', '12 h', '1 h'], ['Billing and metering', 'Low', '7 days', '72 h', '24 h']] },
    { t: 'h1', text: 'Appendix D Alternate Processing Procedures' },
    { t: 'p', text: sentences('CP', c, rng, 4) },
  ];
  const data = await makeDocx({
    seed: 'quillon-iscp',
    headings: 'styles',
    core: { title: 'Information System Contingency Plan', subject: 'SSP Appendix G', creator: c.engineer, lastModifiedBy: c.engineer, created: '2022-05-01T12:00:00Z', modified: '2025-03-14T17:00:00Z' },
    cover: [{ t: 'spacer', lines: 4 }, { t: 'title', text: c.csp, size: 14 }, { t: 'title', text: `${c.cso} Information System Contingency Plan (ISCP)`, size: 24 }, { t: 'p', text: 'Version 4.1 — March 14, 2025 — High Impact', align: 'center' }, { t: 'break' }],
    header: `${c.short} ISCP v4.1 | CUI`,
    footer: c.csp,
    body,
  });
  return { file: 'QFG_ISCP_v4.1.docx', expected: 'CONTINGENCY_PLAN', note: 'Quillon Information System Contingency Plan: three phases, roles, activation, recovery priorities, reconstitution, BIA and contact appendices.', data };
}

export async function kestrelIscpPdf(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-iscp');
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 130 },
    { t: 'title', text: `${c.cso}`, size: 20 },
    { t: 'title', text: 'Information System Contingency Plan', size: 22 },
    { t: 'p', text: 'SSP Appendix G — Version 1.4 — May 2025', center: true },
    { t: 'break' },
    pdfRevisionTable([['05/20/2025', 'Updated after tabletop exercise of 05/06/2025', '1.4', c.engineer]]),
    { t: 'h1', text: '1. Introduction and Purpose' },
    { t: 'p', text: `This ISCP describes how ${c.csp} recovers ${c.cso} after a disruption of the AWS GovCloud (US-West) region or of critical services. It follows NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template.` },
    { t: 'h1', text: '2. Concept of Operations' },
    { t: 'p', text: sentences('CP', c, rng, 4) },
    { t: 'h1', text: '3. Activation and Notification Phase' },
    { t: 'p', text: 'The on-call engineer escalates any outage exceeding 30 minutes to the Contingency Plan Coordinator, who performs the outage assessment and decides with the System Owner whether to activate the plan and fail over to US-East.' },
    { t: 'h1', text: '4. Recovery Phase' },
    { t: 'table', rows: [['Step', 'Action', 'Owner', 'Target'], ['1', 'Declare failover; freeze deployments', 'CPC', 'T+0'], ['2', 'Promote cross-region RDS replicas', 'DB on-call', 'T+45 min'], ['3', 'Scale EKS node groups in us-gov-east-1 from warm standby', 'Platform on-call', 'T+90 min'], ['4', 'Switch Route 53 failover records', 'Network on-call', 'T+2 h'], ['5', 'Validate application and security monitoring', 'ISSO', 'T+3 h']] },
    { t: 'h1', text: '5. Reconstitution Phase' },
    { t: 'p', text: 'After the primary region is restored, data is re-replicated, validation tests are executed and traffic is returned during a scheduled window. The plan is deactivated and an after-action report is written.' },
    { t: 'h1', text: '6. Plan Testing and Maintenance' },
    { t: 'p', text: 'The ISCP is tested annually (functional exercise in odd years, tabletop in even years) and updated within 30 days of the test.' },
    { t: 'h1', text: 'Appendix. Business Impact Analysis' },
    { t: 'table', rows: [['Component', 'RTO', 'RPO'], ['Web/API tier', '4 h', 'n/a'], ['PostgreSQL', '4 h', '5 min'], ['S3 data lake', '8 h', '15 min'], ['Splunk forwarding', '24 h', '1 h']] },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'KGA ISCP', author: c.engineer, creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', created: new Date('2025-05-20T12:00:00Z') }, header: () => `${c.short} ISCP v1.4`, headerFromPage: 2, footer: (n, t) => `Page ${n} of ${t}`, blocks });
  return { file: 'KGA-AppG.pdf', expected: 'CONTINGENCY_PLAN', note: 'Kestrel Information System Contingency Plan (SSP Appendix G) printed to PDF: phases, failover steps, BIA.', data };
}

export { FAMILIES };
