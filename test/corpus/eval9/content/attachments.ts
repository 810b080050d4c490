import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import type { Block, EvalDoc } from '../kit/types.js';
import { buildXlsx } from '../kit/xlsx.js';
import type { Csp } from './common.js';
import { approvals, BREAK, bullets, BRIGHTQUILL, CORVANE, CUI, distribution, h1, h2, LEDGERLEAF, longDate, p, proprietaryNotice, revisions, table, ukDate, backMatter } from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;
const B = BRIGHTQUILL;

function cover(csp: Csp, title: string, sub: string, version: string, date: string): Block[] {
  return [
    { k: 'center', text: csp.org, bold: true, size: 24 },
    { k: 'title', text: title, size: 40 },
    { k: 'center', text: sub, size: 24 },
    { k: 'center', text: `Version ${version}  |  ${date}`, size: 20 },
    { k: 'center', text: CUI, size: 16 },
    proprietaryNotice(csp.org),
    BREAK,
  ];
}

async function acPolicy(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover(C, 'Access Control (AC) Policy and Procedures', `${C.system} — SSP Attachment 1, Information Security Policies and Procedures`, '4.0', longDate('2025-04-15')),
    ...revisions([
      ['2023-02-01', '3.0', 'Annual review; Rev5 transition', 'P. Raghunathan'],
      ['2024-03-28', '3.1', 'Annual review; added AC-2(13)', 'P. Raghunathan'],
      ['2025-04-15', '4.0', 'Annual review; break-glass procedure rewritten', 'P. Raghunathan'],
    ]),
    ...approvals('Policy Approval', [
      ['Gwendolyn Marsh', 'Chief Information Security Officer', '/s/ 2025-04-17'],
      [C.owner, 'System Owner', '/s/ 2025-04-17'],
    ]),
    { k: 'toc', entries: ['1 Purpose|3', '2 Scope|3', '3 Roles and Responsibilities|3', '4 Policy|4', '5 Procedures|7', '6 Compliance and Enforcement|10', '7 Review|10'] },
    BREAK,
    h1('1 Purpose'),
    ...p(`This policy establishes the access control requirements for ${C.system} and the procedures that implement them, in accordance with NIST SP 800-53 Rev. 5 control AC-1 and the FedRAMP High baseline. It is Attachment 1 of the ${C.system} System Security Plan for the AC family; the other families have their own policy and procedure documents.`),
    h1('2 Scope'),
    ...p('This policy applies to all Corvane employees, contractors and service accounts with logical access to any component within the authorization boundary, including the management plane, the hypervisor fleet, the CI/CD pipeline and the privileged access workstations.'),
    h1('3 Roles and Responsibilities'),
    table([['Role', 'Responsibilities'], ['CISO', 'Owns this policy; approves exceptions'], ['System Owner', 'Ensures the system implements this policy'], ['ISSO', 'Reviews accounts quarterly; monitors compliance'], ['Account Managers', 'Provision and deprovision accounts per Section 5'], ['All users', 'Comply with this policy and the Rules of Behavior']], [25, 75]),
    h1('4 Policy'),
    h2('4.1 Account Management (AC-2)'),
    ...p('Accounts are of the following types: individual, privileged, service and emergency (break-glass). Shared and guest accounts are prohibited. Every account has an identified owner and is approved by the account manager and the owner\'s supervisor before creation. Accounts inactive for 35 days are disabled automatically (AC-2(3)); privileged accounts are reviewed monthly and all others quarterly.'),
    h2('4.2 Access Enforcement (AC-3) and Least Privilege (AC-6)'),
    ...p('Access is granted through role-based groups in the identity provider. No user holds standing administrative privilege to production: privileged roles are obtained just-in-time for a maximum of four hours with a ticket reference, and every elevation is logged and reviewed.'),
    h2('4.3 Unsuccessful Logon Attempts (AC-7)'),
    ...p('Three consecutive invalid logon attempts within 15 minutes lock the account for 30 minutes or until released by an administrator.'),
    h2('4.4 Session Controls (AC-11, AC-12)'),
    ...p('Sessions lock after 15 minutes of inactivity and terminate after 12 hours. Privileged sessions through the bastion terminate after 60 minutes of inactivity.'),
    h2('4.5 Remote Access (AC-17)'),
    ...p('Remote administrative access is permitted only from privileged access workstations through the PIV-authenticated VPN, with FIPS 140-validated encryption.'),
    h1('5 Procedures'),
    h2('5.1 Provisioning'),
    bullets('Requester submits an access request in ServiceNow naming the role and justification.', 'Supervisor approves; for privileged roles, the ISSO also approves.', 'Account manager creates the account in the IdP and assigns the group; the ticket records the approval chain.', 'The user acknowledges the Rules of Behavior before first use.'),
    h2('5.2 Deprovisioning'),
    bullets('HR termination event triggers automatic disablement in the IdP within one hour.', 'Account manager removes group memberships and revokes keys and tokens the same day.', 'ISSO verifies removal at the next monthly review.'),
    h2('5.3 Break-glass Accounts'),
    ...p('Two break-glass accounts exist per region; credentials are sealed in the safe at each operations centre. Use requires a declared incident, triggers a SIEM alert, and is followed by credential rotation and a post-use review within one business day.'),
    h1('6 Compliance and Enforcement'),
    ...p('Violations are handled under the Corvane disciplinary policy and may result in loss of access, termination of employment or contract, and referral to law enforcement.'),
    h1('7 Review'),
    ...p('This policy is reviewed at least annually and the procedures at least annually, or after a significant change or a relevant incident.'),
    ...backMatter(1),
  ];
  const data = await buildDocx({ meta: { title: 'Access Control Policy', creator: C.isso, created: '2025-04-01T13:00:00Z', modified: '2025-04-17T18:00:00Z', company: C.org }, blocks, header: `${C.abbrev} AC Policy and Procedures v4.0`, coverWithoutHeader: true });
  return { file: 'CSC-ATT1-AC.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'The Access Control policy and procedures document of SSP Attachment 1 for the High IaaS.', data };
}

async function bqPolicies(): Promise<EvalDoc> {
  const fam = (name: string, id: string, text: string, proc: string): Block[] => [h2(`${id} — ${name}`), ...p(`Policy. ${text}`, `Procedure. ${proc}`)];
  const blocks: Block[] = [
    { k: 'title', text: 'Information Security Policies and Procedures', size: 40 },
    { k: 'center', text: `${B.org} — ${B.system}`, size: 24 },
    { k: 'center', text: `SSP Attachment 1  •  Version 2.3  •  ${ukDate('2025-05-30')}`, size: 20 },
    ...revisions([['2024-06-10', '2.0', 'Consolidated family policies into one document', 'A. Ngata'], ['2025-05-30', '2.3', 'Annual review', 'A. Ngata']]),
    h1('1 Introduction'),
    ...p(`This document sets out the information security policies and the supporting procedures of ${B.org} for ${B.system}. It addresses the "-1" control of each NIST SP 800-53 Rev. 5 family in the FedRAMP Tailored LI-SaaS baseline. Each policy is approved by the Chief Executive and reviewed annually; procedures are maintained by the control owners named below.`),
    ...p('The organisation applies these policies to all staff in Melbourne and Washington, to contractors and to service accounts. Where a policy refers to the System Security Plan, the Incident Response Plan or the Configuration Management Plan, those documents contain the detailed implementation.'),
    h1('2 Policies by Family'),
    ...fam('Awareness and Training', 'AT-1', 'All personnel complete security awareness training on induction and annually; privileged users complete role-based training.', 'People & Culture schedules training in the learning platform; completion is reported monthly to the Head of Security.'),
    ...fam('Audit and Accountability', 'AU-1', 'Security-relevant events are logged, protected from modification and retained for at least one year.', 'The SRE team maintains the log sinks; the Head of Security reviews alerts daily and a weekly summary.'),
    ...fam('Assessment, Authorisation and Monitoring', 'CA-1', 'The system is assessed by an accredited 3PAO annually and continuously monitored.', 'The Head of Security co-ordinates the annual assessment and monthly continuous monitoring deliverables.'),
    ...fam('Configuration Management', 'CM-1', 'Baseline configurations are defined as code and changes follow the change control process.', 'See the Configuration Management Plan for the change advisory process.'),
    ...fam('Identification and Authentication', 'IA-1', 'Users are uniquely identified and authenticated; privileged users use phishing-resistant MFA.', 'Okta policies enforce MFA; quarterly access reviews are performed by team leads.'),
    ...fam('Incident Response', 'IR-1', 'Incidents are reported, triaged and handled according to the Incident Response Plan, including reporting to the agency and CISA.', 'The on-call engineer raises an incident in PagerDuty; the Incident Commander follows the IRP runbooks.'),
    ...fam('Risk Assessment', 'RA-1', 'Risks are assessed annually and after significant change; vulnerabilities are scanned monthly and remediated within FedRAMP timeframes.', 'Scans are scheduled in the scanning platform; findings are tracked in the POA&M.'),
    ...fam('System and Communications Protection', 'SC-1', 'Data in transit and at rest are protected using FIPS-validated cryptography.', 'Platform engineering maintains TLS and encryption configurations as code.'),
    ...fam('System and Information Integrity', 'SI-1', 'Flaws are remediated promptly and the system is monitored for indicators of compromise.', 'Dependabot and image scanning raise pull requests; the SRE team prioritises them by severity.'),
    h1('3 Exceptions'),
    ...p('Exceptions to these policies must be requested in writing, risk-assessed by the Head of Security and approved by the Chief Executive for a period of no more than 12 months.'),
    ...backMatter(2, true),
  ];
  const data = await buildPdf({ meta: { title: 'BQ-ISPP-v2.3', author: 'Aroha Ngata', created: '2025-05-30T01:00:00Z' }, blocks, header: `${B.org} — Information Security Policies and Procedures`, a4: true });
  return { file: 'doc-5120.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'A consolidated Information Security Policies and Procedures document (SSP Attachment 1) for the LI-SaaS, Australian spelling.', data };
}

async function llUserGuide(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: `${L.system} User Guide`, size: 44 },
    { k: 'center', text: 'For federal program staff, reviewers and administrators', size: 24 },
    { k: 'center', text: `Release 2025.3  •  ${longDate('2025-07-01')}`, size: 20 },
    BREAK,
    { k: 'toc', entries: ['1 Getting Started|2', '2 Signing In|3', '3 Roles|4', '4 Managing Funding Opportunities|5', '5 Reviewing Applications|7', '6 Administration|9', '7 Security Features You Are Responsible For|11', '8 Getting Help|12'] },
    h1('1 Getting Started'),
    ...p(`${L.system} is a web application for running grant programs from the publication of a funding opportunity through application intake, peer review, award and reporting. You need a supported browser (current Chrome, Edge, Firefox or Safari) and an account created by your agency administrator.`),
    h1('2 Signing In'),
    ...p('Agency users sign in with their PIV card or through Login.gov. Open https://necl.ledgerleaf.io, select "Federal employee sign-in" and follow the prompts. Applicants use Login.gov with a second factor. After three unsuccessful attempts your account is locked for 30 minutes.'),
    bullets('Select "Sign in with PIV/CAC" and choose your certificate.', 'Enter your PIN when prompted.', 'Accept the system use notification.', 'You arrive at your dashboard.'),
    h1('3 Roles'),
    table([['Role', 'What you can do'], ['Program Officer', 'Create funding opportunities, assign reviewers, make award recommendations'], ['Reviewer', 'Read assigned applications, score them, enter comments'], ['Grants Administrator', 'Manage users, roles, workflows and notification templates'], ['Auditor (read-only)', 'View audit trail and reports']], [30, 70]),
    h1('4 Managing Funding Opportunities'),
    ...p('From the dashboard choose New Opportunity. Enter the title, Assistance Listing number, eligibility, deadlines and the review criteria. The form builder lets you add questions and required attachments. Publish the opportunity when ready; it appears on the public portal and can be synchronised with Grants.gov.'),
    h1('5 Reviewing Applications'),
    ...p('Reviewers see their assignments under My Reviews. Open an application to read it in the viewer; attachments open in a sandboxed viewer and cannot be downloaded unless your program allows it. Enter a score for each criterion and save. Conflicts of interest must be declared before the application opens.'),
    h1('6 Administration'),
    ...p('Grants Administrators manage users under Settings › Users. Deactivate users who leave your program immediately. Role changes take effect at next sign-in. The Audit tab shows every sign-in, role change and export with the user, time and IP address; you can export it as CSV.'),
    h1('7 Security Features You Are Responsible For'),
    ...p('Some security controls are shared between LedgerLeaf and your agency. You are responsible for: approving and removing user accounts; reviewing user access quarterly; configuring session timeout within the allowed range (15–30 minutes); and reporting suspected incidents to LedgerLeaf support and your agency security office. The full list is in the Customer Responsibility Matrix.'),
    h1('8 Getting Help'),
    ...p('Support: support@ledgerleaf.io or 1-888-555-0142, 8 a.m.–8 p.m. ET on business days. Security issues: security@ledgerleaf.io (24×7).'),
    ...backMatter(3),
  ];
  const data = await buildDocx({ meta: { title: 'User Guide', creator: 'LedgerLeaf Docs Team', created: '2025-07-01T12:00:00Z' }, blocks, header: `${L.system} User Guide — Release 2025.3` });
  return { file: 'LGM_UserGuide_2025.3.docx', expected: 'USER_GUIDE', note: 'The Low SaaS\'s user guide (SSP Attachment 2): roles, sign-in, workflows and customer security responsibilities.', data };
}

function bqUserGuide(): EvalDoc {
  const text = `# ${B.system} — User Guide

_Version 5.1 · ${ukDate('2025-06-20')} · ${B.org}_

> This guide is SSP Attachment 2 for the FedRAMP Tailored LI-SaaS package. It is written for agency form designers, submission reviewers and organisation administrators.

## Contents

1. Signing in
2. Your organisation and its users
3. Designing a form
4. Publishing and sharing
5. Reviewing submissions
6. Exporting data
7. Security settings for administrators
8. Support

## 1. Signing in

Go to \`https://gov.brightquill.com.au\` and choose **Sign in with your agency SSO**. Brightquill Forms supports SAML 2.0 single sign-on with your agency identity provider; if your agency has not configured SSO, use your e-mail address and an authenticator app. Accounts lock after three failed attempts.

## 2. Your organisation and its users

Administrators invite users from **Settings → People**. Each user has one role:

| Role | Can do |
|---|---|
| Organisation administrator | manage users, SSO, retention settings |
| Form designer | create and edit forms, publish them |
| Reviewer | view and annotate submissions for assigned forms |
| Viewer | read-only access to dashboards |

Remove users as soon as they leave; their submissions remain.

## 3. Designing a form

Select **New form**, then drag fields from the palette: short text, long text, choice, date, file upload, signature. Use **Logic** to show or hide questions. Do not add fields that collect Social Security numbers, tax file numbers or bank details: Brightquill Forms is authorised only for low-impact data under the LI-SaaS baseline.

## 4. Publishing and sharing

Publish a form to obtain a public link or embed code. You can require respondents to verify their e-mail address. Closing dates and submission limits are set under **Form settings**.

## 5. Reviewing submissions

Open **Submissions** to see responses in a table. Assign reviewers, add comments and set a status (New, In review, Accepted, Declined). Uploaded files are scanned for malware before they can be opened.

## 6. Exporting data

Exports are available as CSV or PDF and are logged in the audit trail. Exports expire after 24 hours.

## 7. Security settings for administrators

- Enforce SSO and disable password sign-in where possible.
- Set session timeout (default 15 minutes).
- Review the audit log (**Settings → Audit**) monthly.
- Set data retention; submissions are deleted automatically when the period ends.

## 8. Support

E-mail support@brightquill.com.au. US business hours support is provided from our Washington office; out-of-hours security contact: security@brightquill.com.au.
`;
  return { file: 'user-guide.md', expected: 'USER_GUIDE', note: 'The LI-SaaS\'s user guide in Markdown, exported from its documentation site.', data: text };
}

async function cvDiw(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover(C, 'Digital Identity Worksheet', `${C.system} — SSP Attachment 3`, '2.1', longDate('2025-04-30')),
    h1('1 Introduction'),
    ...p(`This Digital Identity Worksheet documents the digital identity level selected for ${C.system} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and FedRAMP requirements. The selected levels apply to the privileged users and federal tenant administrators of the system.`),
    h1('2 Digital Identity Acceptance Statement'),
    ...p('Corvane has assessed the impact of authentication errors and misuse of credentials for each user population, using the risk categories of SP 800-63-3 Section 6.'),
    table(
      [
        ['Category of harm', 'Impact if authentication fails'],
        ['Inconvenience, distress or damage to standing or reputation', 'High'],
        ['Financial loss or agency liability', 'High'],
        ['Harm to agency programs or public interests', 'High'],
        ['Unauthorized release of sensitive information', 'High'],
        ['Personal safety', 'Moderate'],
        ['Civil or criminal violations', 'High'],
      ],
      [60, 40],
    ),
    h1('3 Selected Assurance Levels'),
    table([['Assurance', 'Level selected', 'Implementation'], ['Identity Assurance Level (IAL)', 'IAL3', 'In-person identity proofing of privileged users by Corvane security officers; federal tenant admins are proofed by their agency (PIV)'], ['Authenticator Assurance Level (AAL)', 'AAL3', 'PIV/CAC or FIDO2 hardware authenticators with verifier impersonation resistance'], ['Federation Assurance Level (FAL)', 'FAL2', 'SAML assertions signed and encrypted to the relying party']], [30, 20, 50]),
    h1('4 Digital Identity Level'),
    ...p('Based on the High impact of authentication failure in every category, the digital identity level for the system is Level 3, consistent with the FIPS 199 High categorization of the system.'),
    ...approvals('Approval', [[C.owner, 'System Owner', '/s/ 2025-04-30'], [C.isso, 'ISSO', '/s/ 2025-04-30']]),
    ...backMatter(4),
  ];
  const data = await buildDocx({ meta: { title: 'FedRAMP SSP Attachment 3 Template', creator: C.isso, created: '2025-04-29T12:00:00Z' }, blocks, header: `${C.abbrev} Digital Identity Worksheet` });
  return { file: 'Attachment 3.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'The High IaaS\'s Digital Identity Worksheet selecting IAL3/AAL3/FAL2.', data };
}

async function llDiw(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Digital Identity Worksheet', size: 40 },
    { k: 'center', text: `${L.system}  —  ${L.org}`, size: 22 },
    h1('Purpose'),
    ...p('This worksheet records the identity, authenticator and federation assurance levels selected for each user population of the system, as required by SP 800-63-3 and the FedRAMP SSP template (Attachment 3).'),
    h1('User Populations'),
    table([['Population', 'Description', 'IAL', 'AAL', 'FAL'], ['Agency staff', 'Program officers, reviewers, administrators', 'IAL2 (via agency PIV proofing)', 'AAL2', 'FAL1'], ['Applicants', 'Members of the public applying for grants', 'IAL1', 'AAL2 (Login.gov)', 'FAL1'], ['LedgerLeaf privileged staff', 'Engineers with production access', 'IAL2', 'AAL2 (phishing-resistant)', 'N/A']], [18, 34, 18, 18, 12]),
    h1('Risk Assessment'),
    ...p('The potential impact of an authentication error is Low for inconvenience, financial loss and sensitive information release, and Low for all other categories, consistent with the FIPS 199 Low categorization. AAL2 is nonetheless required by FedRAMP for all users.'),
    h1('Digital Identity Level'),
    ...p('Selected digital identity level: Level 2 for agency and privileged users; Level 1 identity assurance for applicants. Approved by the System Owner on June 2, 2025.'),
    ...backMatter(5),
  ];
  const data = await buildPdf({ meta: { title: 'DIW', author: 'LedgerLeaf Compliance', created: '2025-06-02T15:00:00Z' }, blocks, footer: 'LedgerLeaf Software LLC — Proprietary' });
  return { file: 'LL_DIW.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'The Low SaaS\'s Digital Identity Worksheet as a PDF.', data };
}

async function bqPta(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Privacy Threshold Analysis (PTA)', size: 40 },
    { k: 'center', text: `${B.system} — SSP Attachment 4`, size: 24 },
    { k: 'center', text: `Prepared by ${B.org}  •  ${ukDate('2025-05-12')}`, size: 20 },
    h1('1 Overview'),
    ...p(`This Privacy Threshold Analysis determines whether ${B.system} collects, maintains or disseminates personally identifiable information (PII) and whether a full Privacy Impact Assessment is required. It has been completed by the organisation's Privacy Officer using the FedRAMP PTA questions.`),
    h1('2 Questions'),
    table(
      [
        ['#', 'Question', 'Answer'],
        ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'Only the name and e-mail address of respondents, and only when a form designer requests them.'],
        ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes: user name, work e-mail and SSO identifier of agency users.'],
        ['3', 'Does the system collect Social Security numbers or other sensitive identifiers?', 'No. The terms of service and the form designer prohibit such fields.'],
        ['4', 'Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'No.'],
        ['5', 'Is there an existing PIA for this system?', 'No.'],
      ],
      [6, 54, 40],
    ),
    h1('3 Determination'),
    ...p('The only PII is login information and optional contact details, which are within the limits of the FedRAMP LI-SaaS criteria. A Privacy Impact Assessment is not required. The PTA will be revisited if the organisation or an agency customer intends to collect additional categories of PII.'),
    ...approvals('Sign-off', [['Sophie Kalantzis', 'Privacy Officer, Brightquill Labs', '12/05/2025'], [B.owner, 'System Owner', '12/05/2025']]),
    ...backMatter(6, true),
  ];
  const data = await buildDocx({ meta: { title: 'PTA', creator: 'Sophie Kalantzis', created: '2025-05-12T02:00:00Z' }, blocks, footer: 'Brightquill Labs — Commercial in Confidence' });
  return { file: 'pta_bq_2025.docx', expected: 'PRIVACY_ASSESSMENT', note: 'The LI-SaaS\'s Privacy Threshold Analysis (SSP Attachment 4), Australian spelling.', data };
}

async function llPia(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Privacy Impact Assessment', size: 40 },
    { k: 'center', text: `${L.system}`, size: 26 },
    { k: 'center', text: `${L.org}  |  ${longDate('2025-05-05')}`, size: 20 },
    h1('Section 1: Characterization of the Information'),
    ...p('1.1 What information is collected? Applicant organisation name, contact names, e-mail and telephone, EIN/UEI, budget information, narrative proposals, and for individual fellowship applicants their name, address, date of birth and education history. Reviewer names, affiliations and conflict-of-interest declarations are also collected.', '1.2 What are the sources of the information? Applicants and their authorised representatives, reviewers, and NECL program staff.', '1.3 Why is the information collected? To evaluate and award grants under NECL\'s statutory authority.'),
    h1('Section 2: Uses of the Information'),
    ...p('Information is used to determine eligibility, conduct merit review, make and administer awards and meet federal reporting requirements. No matching programs are conducted.'),
    h1('Section 3: Retention'),
    ...p('Records are retained according to NARA General Records Schedule 1.2 (grant and cooperative agreement records) and then destroyed.'),
    h1('Section 4: Internal and External Sharing'),
    ...p('Information is shared with NECL program staff and with external peer reviewers bound by confidentiality agreements. Award data is published on USAspending.gov as required by the DATA Act.'),
    h1('Section 5: Notice'),
    ...p('A Privacy Act statement is displayed on every application form. The system of records is covered by SORN NECL-4, Grant Applications and Awards.'),
    h1('Section 6: Access, Redress and Correction'),
    ...p('Applicants may view and update their applications until submission and may request correction through the NECL Privacy Office.'),
    h1('Section 7: Technical Access and Security'),
    ...p('Access is role-based; PII fields are encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Access to PII is logged and reviewed. The system is authorised at the FedRAMP Low baseline with privacy controls from the NECL privacy overlay.'),
    h1('Approval'),
    table([['Role', 'Name', 'Date'], ['System Owner', L.owner, '05/05/2025'], ['Senior Agency Official for Privacy (NECL)', 'Dr. Imani Greaves', '05/19/2025']], [40, 35, 25]),
    ...backMatter(7),
  ];
  const data = await buildPdf({ meta: { title: 'PIA - Grants Manager', author: 'NECL Privacy Office', created: '2025-05-19T15:00:00Z' }, blocks, header: 'Privacy Impact Assessment — LedgerLeaf Grants Manager' });
  return { file: 'upload(1).pdf', expected: 'PRIVACY_ASSESSMENT', note: 'The Low SaaS\'s Privacy Impact Assessment (SSP Attachment 4).', data };
}

async function cvRob(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Rules of Behavior for Privileged Users', size: 40 },
    { k: 'center', text: `${C.system}  —  SSP Attachment 5`, size: 24 },
    ...revisions([['2025-03-03', '3.0', 'Annual update; added PAW requirements', 'P. Raghunathan']]),
    h1('1 Introduction'),
    ...p(`These Rules of Behavior describe the responsibilities and expected behavior of every person with privileged access to ${C.system}. Each privileged user must read and sign them before access is granted and re-acknowledge them annually (PL-4). Non-privileged users acknowledge the general Rules of Behavior in the user portal.`),
    h1('2 Rules'),
    bullets(
      'I will use my privileged account only for authorized administrative tasks and my standard account for everything else.',
      'I will perform administration only from a Corvane-issued privileged access workstation.',
      'I will not share my PIV card, PIN, hardware key or any credential, and I will report their loss immediately.',
      'I will not access, copy or view customer data unless required to resolve a customer-authorized support case.',
      'I will not attempt to bypass or disable security controls, logging or monitoring.',
      'I will lock my workstation when I leave it and will not leave sessions unattended.',
      'I will report suspected security incidents to the Security Operations Center within 15 minutes of discovery.',
      'I will not connect unauthorized devices or install unapproved software on systems in the boundary.',
      'I understand that my activities are logged and monitored and that I have no expectation of privacy when using the system.',
    ),
    h1('3 Consequences of Non-Compliance'),
    ...p('Violations may result in loss of access, disciplinary action up to and including termination, and civil or criminal penalties.'),
    h1('4 Acknowledgement'),
    ...p('I have read and understand these Rules of Behavior and agree to comply with them.'),
    table([['Name', 'Signature', 'Date'], ['', '', ''], ['', '', '']], [40, 35, 25]),
    ...backMatter(8),
  ];
  const data = await buildDocx({ meta: { title: 'Rules of Behavior', creator: C.isso, created: '2025-03-03T14:00:00Z' }, blocks, footer: `${C.org} — Internal` });
  return { file: 'CSC_RoB_privileged.docx', expected: 'RULES_OF_BEHAVIOR', note: 'The High IaaS\'s Rules of Behavior for privileged users with acknowledgement block (SSP Attachment 5).', data };
}

function llRob(): EvalDoc {
  const text = `LEDGERLEAF SOFTWARE LLC
LEDGERLEAF GRANTS MANAGER - RULES OF BEHAVIOR (GENERAL USERS)
Version 2.2 - effective ${longDate('2025-01-15')}

Purpose
These Rules of Behavior apply to every person who uses LedgerLeaf Grants Manager: agency
program staff, reviewers, grant administrators and LedgerLeaf support personnel. They are
displayed at first sign-in and must be accepted before the system can be used, and again
every 12 months. They support control PL-4 and form Attachment 5 of the System Security Plan.

Rules
 1. Use the system only for official grant-management purposes.
 2. Protect your credentials. Never share your PIV PIN, Login.gov password or one-time codes.
 3. Do not download applications or attachments to personal devices.
 4. Do not enter classified information. Do not enter Social Security numbers in free-text
    fields.
 5. Declare conflicts of interest before opening an application assigned for review.
 6. Lock your screen when you step away; the system will end idle sessions after 15 minutes.
 7. Report suspected misuse, lost credentials or security incidents immediately to your agency
    help desk and to security@ledgerleaf.io.
 8. Do not attempt to access data or functions you have not been authorized to use, and do not
    probe, scan or test the system's security.
 9. Your use of the system is monitored and recorded. Unauthorized use may lead to loss of
    access, administrative action and criminal or civil penalties.

Acknowledgement
By selecting "I Accept" I confirm that I have read, understand and will comply with these
Rules of Behavior.

Questions: compliance@ledgerleaf.io
`;
  return { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'The Low SaaS\'s general-user Rules of Behavior as plain text (shown at first sign-in).', data: text };
}

function contingencyBlocks(csp: Csp, rto: string, rpo: string, alt: string): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    ...p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${csp.system} following a disruption. It follows NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template and supports controls CP-1 through CP-10. It is Attachment 6 of the System Security Plan.`),
    h1('2 Concept of Operations'),
    ...p(`The system is described in the SSP. Recovery objectives from the Business Impact Analysis: Recovery Time Objective ${rto}; Recovery Point Objective ${rpo}; Maximum Tolerable Downtime 72 hours. The alternate processing capability is ${alt}.`),
    table([['Role', 'Name', 'Contact'], ['Contingency Plan Director', csp.owner, 'On file in the call tree'], ['Contingency Plan Coordinator', csp.isso, 'On file in the call tree'], ['Recovery Team Lead', 'Site Reliability Engineering on-call', 'PagerDuty: ISCP-Recovery']], [35, 35, 30]),
    h1('3 Activation and Notification'),
    ...p('The plan is activated by the Contingency Plan Director when an outage is expected to exceed the RTO, or when the primary site is unavailable. Notification uses the automated call tree; agency customers are notified through the status page and by e-mail within one hour of activation.'),
    h1('4 Recovery'),
    bullets('Declare the disaster and record the time of declaration.', 'Fail over DNS to the alternate region using the documented runbook.', 'Restore databases from the most recent cross-region snapshot; verify integrity checksums.', 'Scale application tiers to production capacity; run smoke tests.', 'Confirm security controls (logging, monitoring, WAF) are active in the alternate region before opening to users.'),
    h1('5 Reconstitution'),
    ...p('After the primary site is restored, data is synchronised back, validation testing is completed, and operations return to the primary site in a planned maintenance window. The plan is deactivated by the Director and an after-action report is written.'),
    h1('6 Plan Testing and Maintenance'),
    ...p('The plan is tested annually by a functional exercise (CP-4) and reviewed after each test or significant change. Backups are tested quarterly by restoring to an isolated environment.'),
    h1('Appendix A – Business Impact Analysis Summary'),
    table([['Business process', 'Outage impact', 'RTO', 'RPO'], ['Customer access to service', 'High', rto, rpo], ['Administrative console', 'Moderate', '24 hours', rpo], ['Reporting', 'Low', '72 hours', '24 hours']], [40, 20, 20, 20]),
  ];
}

async function llIscp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover(L, 'Information System Contingency Plan (ISCP)', `${L.system} — SSP Attachment 6`, '3.0', longDate('2025-02-20')),
    ...revisions([['2024-02-12', '2.0', 'Annual review', 'T. Wielgus'], ['2025-02-20', '3.0', 'Aurora migration; RPO reduced', 'T. Wielgus']]),
    ...distribution([[L.owner, L.org, 'Contingency Plan Director'], [L.isso, L.org, 'Coordinator'], ['NECL ISSM', L.agencyShort, 'Agency contact']]),
    BREAK,
    ...contingencyBlocks(L, '12 hours', '1 hour', 'the AWS us-west-2 region, with cross-region Aurora replicas and S3 replication'),
    ...backMatter(9),
  ];
  const data = await buildDocx({ meta: { title: 'ISCP', creator: L.isso, created: '2025-02-20T16:00:00Z' }, blocks, header: `${L.abbrev} ISCP v3.0`, coverWithoutHeader: true });
  return { file: 'LGM-ISCP-v3.docx', expected: 'CONTINGENCY_PLAN', note: 'The Low SaaS\'s Information System Contingency Plan (SSP Attachment 6).', data };
}

async function cvIscp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Information System Contingency Plan', size: 40 },
    { k: 'center', text: `${C.system} (${C.abbrev}) — FedRAMP High`, size: 24 },
    { k: 'center', text: `Version 5.2 — ${longDate('2025-05-01')}`, size: 20 },
    ...revisions([['2025-05-01', '5.2', 'Updated for SSP v3.1', 'P. Raghunathan']]),
    ...contingencyBlocks(C, '4 hours', '15 minutes', 'the paired region (us-gov-central-1), a geographically separate alternate processing and storage site'),
    ...backMatter(10),
  ];
  const data = await buildPdf({ meta: { title: 'CSC ISCP', author: C.isso, created: '2025-05-01T12:00:00Z' }, blocks, header: `${C.abbrev} Information System Contingency Plan — CUI`, footer: CUI });
  return { file: 'Final (2).pdf', expected: 'CONTINGENCY_PLAN', note: 'The High IaaS\'s Information System Contingency Plan as a PDF.', data };
}

async function cvCmp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover(C, 'Configuration Management Plan', `${C.system} — SSP Attachment 7`, '3.4', longDate('2025-03-21')),
    ...revisions([['2024-03-19', '3.3', 'Annual review', 'CCB Secretary'], ['2025-03-21', '3.4', 'Added container image signing to baseline', 'CCB Secretary']]),
    { k: 'toc', entries: ['1 Introduction|3', '2 Roles and the Change Control Board|3', '3 Configuration Items and Baselines|5', '4 Change Control Process|6', '5 Configuration Monitoring|8', '6 Tools|9'] },
    BREAK,
    h1('1 Introduction'),
    ...p(`This Configuration Management Plan (CMP) describes how ${C.org} identifies, baselines, controls and monitors the configuration of ${C.system}, implementing CM-1 through CM-14 of the FedRAMP High baseline. It is referenced by the SSP and by the Information System Contingency Plan.`),
    h1('2 Roles and the Change Control Board'),
    table([['Role', 'Responsibility'], ['CCB Chair (VP Engineering)', 'Approves normal and major changes'], ['ISSO', 'Security impact analysis; voting member'], ['Release Manager', 'Schedules changes; maintains the change calendar'], ['Change Owner', 'Prepares the change, test evidence and rollback plan']], [35, 65]),
    h1('3 Configuration Items and Baselines'),
    ...p('Configuration items include hypervisor images, host operating system images, Kubernetes cluster configurations, network device configurations, database parameter groups and the infrastructure-as-code repositories. Each baseline is derived from the DISA STIG or CIS benchmark for the component, with deviations documented and approved by the CCB.'),
    h1('4 Change Control Process'),
    table([['Change type', 'Approval', 'Examples'], ['Standard (pre-approved)', 'Automated pipeline gates', 'OS patching, certificate renewal'], ['Normal', 'CCB weekly', 'New service feature, firewall rule'], ['Emergency', 'CCB chair + ISSO; retro-review', 'Zero-day patch'], ['Significant change', 'CCB + FHSA AO (SCR)', 'New region, new cryptographic module']], [25, 35, 40]),
    ...p('Every change is recorded in ServiceNow with a security impact analysis (CM-4), test evidence in a non-production environment and a rollback plan. Significant changes as defined by the FedRAMP Significant Change Policies and Procedures are submitted to the authorizing official before implementation.'),
    h1('5 Configuration Monitoring'),
    ...p('Drift is detected by AWS Config rules and by weekly CIS-CAT scans; deviations raise tickets. Inventory is reconciled monthly with scan results and reported in the Integrated Inventory Workbook.'),
    h1('6 Tools'),
    bullets('GitHub Enterprise (infrastructure as code, signed commits)', 'Terraform and Ansible', 'ServiceNow Change Management', 'AWS Config, CIS-CAT Pro'),
    ...backMatter(11),
  ];
  const data = await buildDocx({ meta: { title: 'CMP', creator: 'Corvane CCB', created: '2025-03-21T15:00:00Z' }, blocks, header: `${C.abbrev} Configuration Management Plan`, coverWithoutHeader: true });
  return { file: 'CSC_CMP_v3.4.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The High IaaS\'s Configuration Management Plan (SSP Attachment 7).', data };
}

function bqCmp(): EvalDoc {
  const text = `# Configuration Management Plan

**${B.system}** · ${B.org} · SSP Attachment 7 · v1.4 (${ukDate('2025-04-02')})

| Version | Date | Author | Change |
|---|---|---|---|
| 1.3 | ${ukDate('2024-04-11')} | D. Furey | Annual review |
| 1.4 | ${ukDate('2025-04-02')} | D. Furey | Moved to Cloud Run; Terraform module versions pinned |

## 1. Purpose

This plan describes how the organisation manages the configuration of ${B.system} throughout its life cycle: which items are under configuration control, how baselines are defined, how changes are authorised, and how the baseline is monitored. It implements the CM family of the LI-SaaS baseline.

## 2. Configuration items

- Terraform modules defining the Google Cloud projects, VPCs, Cloud Run services and Cloud SQL instances
- Container images for the form renderer, the API and the worker
- Okta configuration (exported nightly as code)
- CI/CD pipeline definitions (GitHub Actions)

## 3. Baselines

The baseline is the \`main\` branch of the \`infra\` and \`platform\` repositories plus the image digests recorded in the release manifest. Images are built from distroless bases and must pass vulnerability scanning before promotion.

## 4. Change control

1. Every change is raised as a pull request with a description, risk rating and rollback plan.
2. Two reviewers approve, one of whom is from the Security team for changes labelled \`security-impact\`.
3. The Change Advisory Board (CAB) meets fortnightly to review changes labelled \`major\`; emergency changes are approved by the Head of Security and reviewed at the next CAB.
4. Changes meeting the FedRAMP definition of a significant change are notified to the authorising agency before implementation.

## 5. Monitoring and audit

Drift detection runs nightly (\`terraform plan\` against production, results posted to #infra-drift). The Head of Security audits a sample of 10 merged changes each quarter against this plan.

## 6. Roles

| Role | Person |
|---|---|
| Configuration manager | Declan Furey, Platform Lead |
| Security approver | ${B.isso} |
| CAB chair | ${B.owner} |
`;
  return { file: 'CMP.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The LI-SaaS\'s Configuration Management Plan in Markdown (Australian spelling).', data: text };
}

async function bqIrp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Incident Response Plan', size: 44 },
    { k: 'center', text: `${B.org} — ${B.system}`, size: 24 },
    { k: 'center', text: `SSP Attachment 8  ·  Version 3.0  ·  ${ukDate('2025-03-14')}`, size: 20 },
    ...revisions([['2025-03-14', '3.0', 'Aligned with CISA Federal Incident Notification Guidelines; added US on-call rota', 'A. Ngata']]),
    h1('1 Purpose and Scope'),
    ...p(`This plan describes how the organisation prepares for, detects, analyses, contains, eradicates and recovers from security incidents affecting ${B.system}, and how incidents are reported to agency customers, to CISA and to the FedRAMP PMO. It implements IR-1 to IR-8 and applies to all staff and contractors in Australia and the United States.`),
    h1('2 Incident Response Team'),
    table([['Role', 'Responsibility'], ['Incident Commander', 'Co-ordinates the response; decides escalation'], ['Security Lead', 'Technical analysis and containment'], ['Communications Lead', 'Customer and agency notifications'], ['Legal Counsel', 'Regulatory obligations (US and Australian Notifiable Data Breaches scheme)']], [30, 70]),
    h1('3 Incident Categories and Prioritisation'),
    table([['Priority', 'Definition', 'Response target'], ['P1', 'Confirmed compromise of customer data or service-wide outage', '15 minutes'], ['P2', 'Suspected compromise; security control failure', '1 hour'], ['P3', 'Policy violation; malware blocked', '1 business day']], [15, 60, 25]),
    h1('4 Response Phases'),
    h2('4.1 Preparation'),
    ...p('Playbooks are maintained for credential compromise, malicious upload, data exposure and denial of service. The team runs a tabletop exercise every six months.'),
    h2('4.2 Detection and Analysis'),
    ...p('Alerts come from Cloud Logging-based detections, Security Command Center and customer reports. The on-call engineer triages within the response target and opens an incident record.'),
    h2('4.3 Containment, Eradication and Recovery'),
    ...p('Containment options include revoking sessions, disabling accounts, isolating Cloud Run revisions and blocking addresses at the load balancer. Evidence is preserved before eradication.'),
    h2('4.4 Post-Incident Activity'),
    ...p('A blameless review is held within five business days; lessons learned update playbooks and, where relevant, the POA&M.'),
    h1('5 Reporting'),
    ...p('Incidents affecting federal data are reported to the affected agency and to CISA within one hour of being identified, and to the FedRAMP PMO. Updates are provided until closure.'),
    ...backMatter(12, true),
  ];
  const data = await buildDocx({ meta: { title: 'IRP', creator: B.isso, created: '2025-03-14T00:30:00Z' }, blocks, header: 'Brightquill Labs — Incident Response Plan — Commercial in Confidence', font: 'Arial' });
  return { file: 'BQ-IRP-v3.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'The LI-SaaS\'s Incident Response Plan (SSP Attachment 8) in Australian spelling.', data };
}

async function llIrp(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: `${L.system} Incident Response Plan`, size: 36 },
    { k: 'center', text: `${L.org}  •  Version 4.1  •  ${longDate('2025-01-30')}`, size: 20 },
    h1('1 Introduction'),
    ...p(`This Incident Response Plan (IRP) provides ${L.org} with a formal, focused and coordinated approach to responding to incidents affecting ${L.system}, as required by IR-8. It supplements the corporate security incident policy.`),
    h1('2 Roles'),
    bullets(`Incident Response Manager: ${L.isso}`, 'Technical Responders: Platform on-call engineers', `Executive Sponsor: ${L.owner}`, 'Agency liaison: NECL Security Operations'),
    h1('3 Incident Handling Process'),
    ...p('Detection: GuardDuty, CloudTrail anomaly alerts, WAF alerts and user reports. Analysis: the on-call engineer validates the alert and assigns a severity. Containment: short-term (isolate instances, rotate keys) and long-term (rebuild from golden images). Eradication and recovery follow the runbooks in the IR wiki.'),
    h1('4 Reporting Requirements'),
    table([['Recipient', 'Timeline', 'Method'], ['NECL Security Operations', 'Within 1 hour of identification', 'Phone and e-mail'], ['CISA', 'Within 1 hour', 'CISA incident reporting system'], ['FedRAMP PMO', 'Same day', 'E-mail'], ['Affected individuals', 'As directed by NECL', 'Per NECL breach response plan']], [35, 35, 30]),
    h1('5 Testing and Training'),
    ...p('The IRP is tested annually by a tabletop exercise with NECL participation (IR-3). Responders complete annual incident response training (IR-2).'),
    h1('6 Plan Maintenance'),
    ...p('The plan is reviewed annually and after every major incident.'),
    ...backMatter(13),
  ];
  const data = await buildPdf({ meta: { title: 'Microsoft Word - LGM_IRP_v4.1.docx', author: L.isso, created: '2025-01-30T18:00:00Z', producer: 'Microsoft: Print To PDF' }, blocks, footer: 'LedgerLeaf Software LLC' });
  return { file: 'attachment8.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'The Low SaaS\'s Incident Response Plan as a printed-to-PDF document.', data };
}

const CIS_CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-6', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CA-7', 'CM-2', 'CM-6', 'CM-8', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-4', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

async function cvCisCrm(): Promise<EvalDoc> {
  const origin = (c: string): string[] => (c.startsWith('PE') ? ['', '', '', '', '', '', 'X'] : c.endsWith('-1') ? ['X', '', '', '', '', '', ''] : c.startsWith('AC-2') || c.startsWith('IA') ? ['', '', 'X', '', '', 'X', ''] : ['', 'X', '', '', '', '', '']);
  const cis = CIS_CONTROLS.map((c) => [c, c === 'AC-2(2)' ? '' : 'X', c === 'AC-2(2)' ? 'X' : '', '', '', '', ...origin(c)]);
  const crm = CIS_CONTROLS.filter((c) => c.startsWith('AC-2') || c.startsWith('IA') || c === 'AC-17' || c === 'AU-6').map((c) => [c, 'Partial', `Customer is responsible for managing accounts and authenticators of its own tenant users for ${c}, including periodic review.`]);
  const data = await buildXlsx({ title: 'CIS CRM Workbook', creator: C.isso, created: '2025-05-12T12:00:00Z', company: C.org }, [
    { name: 'Instructions', rows: [[`${C.system} Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook — SSP Attachment 9`], ['The CIS worksheet summarises implementation status and control origination for each control. The CRM worksheet lists the responsibilities that agency customers must implement.']], widths: [120] },
    {
      name: 'CSC CIS Worksheet',
      rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...cis],
      boldRows: [1],
      widths: [12, 12, 12, 10, 14, 12, 14, 14, 14, 14, 14, 10, 10],
    },
    { name: 'CSC CRM Worksheet', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control or Customer Responsibility'], ...crm], boldRows: [1], widths: [12, 22, 90] },
  ]);
  return { file: 'book2.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'The High IaaS\'s CIS/CRM workbook (SSP Attachment 9) with CIS and CRM worksheets.', data };
}

async function llCisCrm(): Promise<EvalDoc> {
  const rows = CIS_CONTROLS.slice(0, 22).map((c, i) => [c, i % 7 === 3 ? 'Partially Implemented' : 'Implemented', i % 5 === 0 ? 'Shared (CSP and Customer)' : i % 4 === 0 ? 'Inherited from AWS (FedRAMP High P-ATO)' : 'Service Provider System Specific', i % 5 === 0 ? 'Yes — see CRM' : 'No']);
  const data = await buildXlsx({ creator: 'compliance@ledgerleaf.io', created: '2025-05-01T12:00:00Z' }, [
    { name: 'CIS', rows: [[`${L.system} — Control Implementation Summary`], [null], ['Control', 'Implementation Status', 'Control Origination', 'Customer Responsibility?'], ...rows], boldRows: [3], widths: [12, 24, 40, 22] },
    {
      name: 'CRM',
      rows: [
        [`${L.system} — Customer Responsibility Matrix`],
        ['Control', 'Customer Responsibility'],
        ['AC-1', 'Agency access control policy covers its users of the service'],
        ['AC-2', 'Agency grants administrators approve, review quarterly and remove user accounts'],
        ['AC-17', 'Agency ensures its users connect from agency-managed endpoints'],
        ['AU-6', 'Agency reviews the in-application audit trail for its users'],
        ['IA-2', 'Agency federates PIV authentication through its identity provider'],
        ['PS-4', 'Agency notifies its grants administrator when personnel leave'],
      ],
      boldRows: [2],
      widths: [12, 90],
    },
  ]);
  return { file: 'Copy of CIS-CRM (final).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'The Low SaaS\'s control implementation summary and customer responsibility matrix workbook.', data };
}

async function cvFips199(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover(C, 'FIPS 199 Categorization', `${C.system} — SSP Attachment 10`, '2.0', longDate('2025-04-10')),
    h1('1 Introduction'),
    ...p(`This document records the security categorization of ${C.system} under FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.`),
    h1('2 Information Types'),
    table(
      [
        ['SP 800-60 information type', 'Confidentiality', 'Integrity', 'Availability'],
        ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
        ['C.3.5.2 Lifecycle/Change Management', 'Low', 'Moderate', 'Low'],
        ['C.3.5.5 IT Infrastructure Maintenance', 'Low', 'Moderate', 'Low'],
        ['C.3.5.8 Information Security', 'Moderate', 'High', 'Moderate'],
        ['D.14.3 Hydrographic and Geodetic Survey (tenant data, agency-provided)', 'High', 'High', 'High'],
        ['C.2.8.12 Law Enforcement Sensitive data of tenants', 'High', 'High', 'Moderate'],
      ],
      [46, 18, 18, 18],
    ),
    h1('3 Security Categorization'),
    ...p('Applying the high-water mark, the security categorization of the system is:', 'SC Corvane Sovereign Compute = {(confidentiality, HIGH), (integrity, HIGH), (availability, HIGH)}', 'The overall FIPS 199 impact level is High. The system is therefore assessed against the FedRAMP High baseline.'),
    ...approvals('Approval', [[C.owner, 'System Owner', '/s/'], [C.isso, 'ISSO', '/s/']]),
    ...backMatter(14),
  ];
  const data = await buildDocx({ meta: { title: 'FIPS 199', creator: C.isso, created: '2025-04-10T12:00:00Z' }, blocks, coverWithoutHeader: true, header: `${C.abbrev} FIPS 199 Categorization` });
  return { file: 'ATT10_FIPS199_CSC.docx', expected: 'FIPS_199', note: 'The High IaaS\'s FIPS 199 categorization (SSP Attachment 10) with information types and high-water mark.', data };
}

async function bqFips199(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Security Categorisation (FIPS 199)', size: 36 },
    { k: 'center', text: `${B.system} — ${B.org}`, size: 22 },
    ...p(`This report documents the security categorisation of ${B.system} in accordance with FIPS 199 and NIST SP 800-60. The categorisation determines the FedRAMP baseline that applies to the system.`),
    h1('Information types processed'),
    table([['Information type (SP 800-60 Vol. II)', 'C', 'I', 'A'], ['C.2.5.1 Customer Services (form submissions – low-sensitivity)', 'Low', 'Low', 'Low'], ['C.3.5.1 System Development', 'Low', 'Low', 'Low'], ['C.3.1.4 Help Desk Services', 'Low', 'Low', 'Low']], [64, 12, 12, 12]),
    h1('Categorisation'),
    ...p('SC Brightquill Forms = {(confidentiality, LOW), (integrity, LOW), (availability, LOW)}.', 'Overall impact level: LOW. As the system stores no PII beyond login credentials and optional contact details, it meets the FedRAMP Tailored LI-SaaS criteria.'),
    h1('Sign-off'),
    ...p(`${B.owner} (System Owner) — ${ukDate('2025-05-12')}`),
    ...backMatter(15, true),
  ];
  const data = await buildPdf({ meta: { title: 'Categorisation', author: B.owner, created: '2025-05-12T03:00:00Z' }, blocks, a4: true });
  return { file: 'doc-0091.pdf', expected: 'FIPS_199', note: 'The LI-SaaS\'s FIPS 199 security categorisation report (British/Australian spelling).', data };
}

async function llSod(): Promise<EvalDoc> {
  const duties = ['Approve user access', 'Provision accounts', 'Deploy to production', 'Approve production change', 'Modify audit configuration', 'Review audit logs', 'Manage encryption keys', 'Perform backups', 'Restore from backup', 'Approve POA&M closure'];
  const roles = ['System Owner', 'ISSO', 'Platform Engineer', 'Release Manager', 'Support Engineer', 'Security Analyst'];
  const m: string[][] = [['A', 'R', '', '', '', ''], ['', '', 'X', '', 'X', ''], ['', '', 'X', 'X', '', ''], ['A', 'R', '', 'X', '', ''], ['', 'A', '', '', '', 'X'], ['', 'A', '', '', '', 'X'], ['', 'A', 'X', '', '', ''], ['', '', 'X', '', '', ''], ['A', '', 'X', '', '', ''], ['A', 'X', '', '', '', '']];
  const data = await buildXlsx({ title: 'SoD', creator: L.isso, created: '2025-03-10T12:00:00Z' }, [
    {
      name: 'Separation of Duties',
      rows: [[`${L.system} — Separation of Duties Matrix (SSP Attachment 11)`], ['X = performs the duty; A = approves; R = reviews. No individual may both perform and approve the same duty.'], [null], ['Duty / Role', ...roles], ...duties.map((d, i) => [d, ...(m[i] ?? [])])],
      boldRows: [4],
      widths: [32, 16, 12, 18, 18, 18, 18],
    },
  ]);
  return { file: 'SOD_matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'The Low SaaS\'s Separation of Duties Matrix (duties by role).', data };
}

async function cvSod(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Separation of Duties Matrix', size: 40 },
    { k: 'center', text: `${C.system} — SSP Attachment 11 — Version 2.0`, size: 22 },
    ...p('This matrix shows which roles may perform which security-relevant functions in the system, implementing AC-5. Conflicting functions are assigned to different roles, and the identity provider prevents a single user from holding conflicting roles.'),
    table(
      [
        ['Function', 'Cloud Ops Admin', 'Security Admin', 'Key Custodian', 'Release Engineer', 'Auditor'],
        ['Create/modify hypervisor hosts', 'X', '', '', '', ''],
        ['Change firewall and security groups', '', 'X', '', '', ''],
        ['Generate and rotate HSM keys', '', '', 'X', '', ''],
        ['Deploy code to production', '', '', '', 'X', ''],
        ['Configure audit logging', '', 'X', '', '', ''],
        ['Read audit logs', '', 'X', '', '', 'X'],
        ['Delete audit logs', '', '', '', '', ''],
        ['Approve privileged access', '', 'X', '', '', ''],
      ],
      [30, 14, 14, 14, 14, 14],
    ),
    ...p('Mutually exclusive roles: Key Custodian may not hold Cloud Ops Admin; Release Engineer may not hold Security Admin; no role may delete audit logs (they are immutable in the log archive).'),
    ...backMatter(16),
  ];
  const data = await buildDocx({ meta: { title: 'SSP Attachment 11', creator: C.isso, created: '2025-04-22T12:00:00Z' }, blocks });
  return { file: 'CSC_ATT11.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'The High IaaS\'s Separation of Duties Matrix as a Word table.', data };
}

const LAWS: [string, string, string][] = [
  ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'Law'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974', 'Law'],
  ['Pub. L. 117-263, Title LIX', 'FedRAMP Authorization Act', 'Law'],
  ['OMB A-130', 'Managing Information as a Strategic Resource', 'Regulation'],
  ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', 'Memorandum'],
  ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'Memorandum'],
  ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', 'Memorandum'],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'Directive'],
  ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'Directive'],
  ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'Standard'],
  ['FIPS 199', 'Standards for Security Categorization', 'Standard'],
  ['FIPS 200', 'Minimum Security Requirements', 'Standard'],
  ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls', 'Guidance'],
  ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', 'Guidance'],
  ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'Guidance'],
];

async function cvLaws(): Promise<EvalDoc> {
  const data = await buildXlsx({ title: 'Laws and Regulations', creator: C.isso, created: '2025-04-01T12:00:00Z' }, [
    {
      name: 'Laws and Regulations',
      rows: [[`SSP Attachment 12 — FedRAMP Laws and Regulations — ${C.system}`], ['The following laws, regulations, standards and guidance apply to the system.'], [null], ['Identification Number', 'Title', 'Type', 'Link'], ...LAWS.map(([id, t, ty]) => [id, t, ty, 'https://www.govinfo.gov/'])],
      boldRows: [4],
      widths: [26, 80, 14, 30],
    },
  ]);
  return { file: 'ATT12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'The High IaaS\'s Laws and Regulations attachment (SSP Attachment 12) as a workbook.', data };
}

async function llLaws(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Laws and Regulations', size: 40 },
    { k: 'center', text: `${L.system} — SSP Attachment 12`, size: 22 },
    ...p(`The laws, regulations, standards and guidance listed below apply to ${L.system} and were considered in developing its System Security Plan. Agency-specific requirements of the ${L.agency} are listed last.`),
    h1('Applicable Laws and Regulations'),
    table([['Identification Number', 'Title', 'Date'], ...LAWS.slice(0, 9).map(([id, t]) => [id, t, ''])], [28, 57, 15]),
    h1('Applicable Standards and Guidance'),
    table([['Identification Number', 'Title', 'Date'], ...LAWS.slice(9).map(([id, t]) => [id, t, ''])], [28, 57, 15]),
    h1('Agency-Specific Requirements'),
    table([['Identification Number', 'Title', 'Date'], ['2 CFR 200', 'Uniform Administrative Requirements for Federal Awards', '2024'], ['Pub. L. 113-101', 'Digital Accountability and Transparency Act (DATA Act)', '2014'], ['NECL Directive 4.2', 'NECL Grants Records Management', '2022']], [28, 57, 15]),
    ...backMatter(17),
  ];
  const data = await buildDocx({ meta: { creator: 'LedgerLeaf Compliance', created: '2025-03-01T12:00:00Z' }, blocks });
  return { file: 'doc-7310.docx', expected: 'LAWS_AND_REGULATIONS', note: 'The Low SaaS\'s Laws and Regulations attachment (SSP Attachment 12).', data };
}

function scrmBlocks(csp: Csp): Block[] {
  return [
    h1('1 Purpose'),
    ...p(`This Supply Chain Risk Management Plan (SCRMP) describes how ${csp.org} identifies, assesses and mitigates supply chain risks to ${csp.system}, implementing SR-1 through SR-12 of NIST SP 800-53 Rev. 5 and the FedRAMP supply chain requirements.`),
    h1('2 Governance'),
    ...p('The SCRM team, chaired by the CISO, meets quarterly. It maintains the register of critical suppliers and approves new suppliers of hardware, software and services that affect the boundary.'),
    h1('3 Supplier Assessment'),
    bullets('Critical suppliers are identified by their access to the system or to its components.', 'Each critical supplier is assessed before onboarding and annually: security questionnaires, FedRAMP authorization status, SOC 2 or ISO 27001 reports, country of origin and foreign ownership.', 'Open-source components are tracked through software bills of materials generated for each build.'),
    h1('4 Acquisition Controls'),
    ...p('Contracts include security requirements, incident notification within 24 hours, the right to audit and flow-down of requirements to sub-tier suppliers. Hardware is purchased only from the original manufacturer or authorised resellers and inspected on receipt for tampering.'),
    h1('5 Provenance and Component Authenticity'),
    ...p('Container images and packages are signed and verified at deployment; unsigned artefacts are rejected by the admission controller. Counterfeit components are reported to the manufacturer and to the agency.'),
    h1('6 Monitoring and Response'),
    ...p('Supplier risk is monitored continuously through threat intelligence and vulnerability feeds. Supply chain incidents follow the Incident Response Plan.'),
    ...backMatter(csp.abbrev.length + 17),
  ];
}

async function cvScrm(): Promise<EvalDoc> {
  const blocks: Block[] = [...cover(C, 'Supply Chain Risk Management Plan', `${C.system}`, '1.2', longDate('2025-04-25')), ...revisions([['2025-04-25', '1.2', 'Added SBOM requirements (SR-4)', 'G. Marsh']]), ...scrmBlocks(C)];
  const data = await buildDocx({ meta: { title: 'SCRMP', creator: 'Gwendolyn Marsh', created: '2025-04-25T12:00:00Z' }, blocks, coverWithoutHeader: true, header: `${C.abbrev} SCRM Plan` });
  return { file: 'CSC-SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The High IaaS\'s Supply Chain Risk Management Plan.', data };
}

async function llScrm(): Promise<EvalDoc> {
  const blocks: Block[] = [{ k: 'title', text: 'Supply Chain Risk Management (SCRM) Plan', size: 34 }, { k: 'center', text: `${L.org} — ${L.system} — v1.0`, size: 20 }, ...scrmBlocks(L)];
  const data = await buildPdf({ meta: { title: 'SCRM', author: L.isso, created: '2025-02-28T12:00:00Z' }, blocks });
  return { file: 'scrm_plan.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The Low SaaS\'s Supply Chain Risk Management Plan as a PDF.', data };
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  return [
    await acPolicy(),
    await bqPolicies(),
    await llUserGuide(),
    bqUserGuide(),
    await cvDiw(),
    await llDiw(),
    await bqPta(),
    await llPia(),
    await cvRob(),
    llRob(),
    await llIscp(),
    await cvIscp(),
    await cvCmp(),
    bqCmp(),
    await bqIrp(),
    await llIrp(),
    await cvCisCrm(),
    await llCisCrm(),
    await cvFips199(),
    await bqFips199(),
    await llSod(),
    await cvSod(),
    await cvLaws(),
    await llLaws(),
    await cvScrm(),
    await llScrm(),
  ];
}
