/** SSP attachments, part 1: policies and procedures, user guides, digital identity, privacy, rules of behavior, contingency plans. */
import { BH, BR, H1, H2, H3, OL, P, SP, T, TITLE, TOC, UL, docx, fill, headerStyle, pdf, widths, xlsx } from './kit.js';
import type { Block } from './kit.js';
import { ADDRESS, CSO, CSO_ABBR, CSP, CUI_BANNER, PEOPLE, PKG, SYSTEM_DESC, revisions } from './world.js';
import type { CorpusDoc } from './world.js';

const approvals = (date: string): Block => T([
  ['Approved by', 'Title', 'Signature', 'Date'],
  [PEOPLE.ciso, 'Chief Information Security Officer', '', date],
  [PEOPLE.vpEng, 'Vice President, Platform Engineering (System Owner)', '', date],
]);

// ------------------------------------------------------------------ Policies and procedures

async function policiesRa(): Promise<Buffer> {
  const body: Block[] = [
    SP(2),
    P(`${CSP}`, { align: 'center', bold: true, size: 14 }),
    P('Information Security Policies and Procedures', { align: 'center', size: 16 }),
    TITLE('Risk Assessment (RA) Policy and Procedures', 22),
    P(`Applies to: ${CSO} (FedRAMP Moderate) — Version 6.0 — June 2025`, { align: 'center' }),
    SP(2),
    BH('Document Control'),
    T(revisions([
      ['06/01/2022', '4.0', 'Aligned with NIST SP 800-53 Rev 4 for the initial authorization', PEOPLE.isso],
      ['07/10/2023', '5.0', 'Rev5 transition: added RA-7 and RA-9; updated RA-5 timeframes', PEOPLE.isso],
      ['06/16/2025', '6.0', 'Annual review; added KEV due-date handling and container image scanning procedure', PEOPLE.secEng],
    ])),
    approvals('06/20/2025'),
    BR,
    TOC([['1 Purpose', '3'], ['2 Scope', '3'], ['3 Roles and Responsibilities', '3'], ['4 Management Commitment and Coordination', '4'], ['5 Compliance', '4'], ['6 Policy', '5'], ['7 Procedures', '7'], ['8 Review and Update', '10']]),
    BR,
    H1('1 Purpose'),
    P(`This document establishes the Risk Assessment policy of ${CSP} for ${CSO} and the procedures that implement it. It satisfies control RA-1 of the FedRAMP Moderate baseline and is part of Attachment 1, Information Security Policies and Procedures, of the ${CSO_ABBR} System Security Plan. It is one of eighteen family-specific policy and procedure documents; the others are listed in the policy index.`),
    H1('2 Scope'),
    P('This policy applies to all components within the authorization boundary, to all Meridian Ledger personnel and contractors with access to those components, and to the third parties that process federal data on behalf of Meridian Ledger. Corporate information technology outside the boundary is governed by the Meridian Ledger corporate security policy.'),
    H1('3 Roles and Responsibilities'),
    T([
      ['Role', 'Responsibilities'],
      ['Chief Information Security Officer', 'Owns this policy; approves the annual risk assessment; accepts residual risk within the CSP\'s authority; escalates risk to the authorizing officials.'],
      ['Information System Security Officer', 'Maintains the risk assessment; coordinates monthly vulnerability scanning and the POA&M; prepares deviation requests.'],
      ['Security Engineering', 'Operates the scanning tools; analyzes results; verifies remediation.'],
      ['Cloud Operations and Application Engineering', 'Remediate vulnerabilities within the required timeframes; provide evidence of remediation.'],
      ['Privacy Officer', 'Ensures privacy risk is considered in risk assessments (RA-8 and the PIA).'],
    ], { widths: [30, 70] }),
    H1('4 Management Commitment and Coordination'),
    P('Executive management is committed to managing risk to federal information at an acceptable level. The CISO reports risk posture monthly to the executive leadership team. Risk assessment activities are coordinated with Configuration Management (CM-4 security impact analyses), Incident Response (lessons learned feeding the risk register), and Supply Chain Risk Management (supplier assessments).'),
    H1('5 Compliance'),
    P('Compliance with this policy is monitored through the continuous monitoring program and the annual assessment performed by the third-party assessment organization. Violations are handled under the Meridian Ledger sanctions process (PS-8) and may result in disciplinary action up to and including termination.'),
    H1('6 Policy'),
    H2('6.1 Security Categorization (RA-2)'),
    P('The system is categorized in accordance with FIPS 199 and NIST SP 800-60. The categorization is reviewed annually and whenever a significant change affects the information types processed.'),
    H2('6.2 Risk Assessment (RA-3)'),
    P('A risk assessment of the system is conducted at least annually and whenever there is a significant change. The assessment follows NIST SP 800-30, considers threats from the supply chain, and is documented in the risk assessment report, which is reviewed by the CISO.'),
    H2('6.3 Vulnerability Monitoring and Scanning (RA-5)'),
    UL([
      'Operating systems and infrastructure, databases, and web applications in the boundary are scanned at least monthly; container images are scanned before deployment and continuously in the registry.',
      'Scans are authenticated wherever the component supports it.',
      'Vulnerabilities are remediated within 30 days (high), 90 days (moderate), and 180 days (low) of discovery; vulnerabilities in the CISA Known Exploited Vulnerabilities catalog are remediated by the catalog due date when it is earlier.',
      'Vulnerabilities not remediated within the timeframe are tracked on the POA&M and reported monthly to the authorizing agencies.',
      'Scanning tools are updated with the latest vulnerability definitions before each scan.',
    ]),
    H2('6.4 Risk Response (RA-7) and Criticality Analysis (RA-9)'),
    P('Findings from assessments, scans, and audits are responded to in accordance with the risk tolerance defined by the CISO. Critical components are identified during the SDLC and recorded in the supply chain risk management plan.'),
    H1('7 Procedures'),
    H2('7.1 Monthly Scanning Procedure'),
    OL([
      'On the first business day of the month, Security Engineering confirms that the scan target lists in Tenable.sc match the integrated inventory.',
      'Credentialed scans run on the second and third days; web application scans run on the fifth day; database scans run on the ninth day.',
      'Within five business days, Security Engineering reviews results, opens Jira tickets for new findings, and marks suspected false positives for validation.',
      'The ISSO updates the POA&M with new, changed and closed items and prepares the monthly continuous monitoring submission.',
      'Scan files, the POA&M, and the inventory are uploaded to the FedRAMP secure repository by the 15th of the month.',
    ]),
    H2('7.2 Deviation Request Procedure'),
    P('When a vulnerability is a false positive, can be risk-adjusted on the basis of mitigating factors, or cannot be remediated for operational reasons, the ISSO prepares a deviation request with supporting evidence and submits it to the authorizing officials. The POA&M item is updated to reflect the request and the decision.'),
    H2('7.3 Annual Risk Assessment Procedure'),
    P('Each May, the ISSO refreshes the threat sources and events, likelihood and impact determinations, and the risk register entries for the system, and presents the results to the CISO for approval.'),
    H1('8 Review and Update'),
    P('This policy is reviewed and updated at least annually and following significant changes, assessment findings, or changes in applicable laws. The procedures are reviewed at least annually.'),
  ];
  return docx(body, {
    core: { title: 'RA Policy and Procedures', creator: PEOPLE.secEng, lastModifiedBy: PEOPLE.isso, created: '2022-05-20T10:00:00Z', modified: '2025-06-20T13:00:00Z' },
    app: { company: CSP },
    header: `${CSP} — Risk Assessment Policy and Procedures — v6.0`,
    footer: CUI_BANNER,
    pageNumbers: true,
    titlePage: true,
  });
}

async function policiesAcIa(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Access Control and Identification & Authentication', 18),
    TITLE('Policy and Procedures', 18),
    P(`${CSP} — ${CSO} — Attachment 1 (AC, IA) — Version 5.2 — March 2025`, { align: 'center' }),
    H1('1. Purpose and Scope'),
    P(`This policy defines how access to ${CSO} is granted, reviewed, and revoked, and how users, devices and services are identified and authenticated. It implements AC-1 and IA-1 of the FedRAMP Moderate baseline and applies to all Meridian Ledger workforce members and to the service accounts and automated processes operating within the authorization boundary.`),
    H1('2. Roles and Responsibilities'),
    P('The CISO owns this policy. The ISSO performs quarterly account reviews. The Platform Engineering Manager is the account manager for privileged and service accounts. Human Resources notifies Security Operations of terminations and transfers through the HRIS integration.'),
    P('Customer agencies are responsible for the accounts of their own users, as described in the Customer Responsibility Matrix.'),
    H1('3. Policy Statements'),
    H2('3.1 Account Management (AC-2)'),
    UL(['Every account is individually assigned; shared accounts are prohibited except documented break-glass accounts held in a sealed vault.', 'Access is granted on least privilege and requires documented approval by the account manager and the ISSO for privileged roles.', 'Inactive accounts are disabled after 90 days; privileged accounts after 35 days.', 'Accounts of separated personnel are disabled within eight hours.']),
    H2('3.2 Access Enforcement and Least Privilege (AC-3, AC-6)'),
    P('Authorization decisions are enforced by AWS IAM, Kubernetes RBAC, and the application\'s role model. Privileged functions are restricted to the roles listed in the Separation of Duties Matrix and are logged.'),
    H2('3.3 Session Controls (AC-11, AC-12)'),
    P('Sessions lock after 15 minutes of inactivity and terminate after 12 hours.'),
    H2('3.4 Identification and Authentication (IA-2, IA-5, IA-8)'),
    UL(['Privileged users authenticate with phishing-resistant MFA (FIDO2 security keys or PIV).', 'Agency users authenticate through SAML federation with their agency identity provider; PIV/CAC is required by most agencies.', 'Passwords, where still used for legacy service integrations, are at least 15 characters and checked against a list of compromised passwords.', 'Service-to-service authentication uses short-lived IAM role credentials; static access keys are prohibited.']),
    H1('4. Procedures'),
    H2('4.1 Requesting Access'),
    OL(['The requester opens an access request in ServiceDesk with the role and business justification.', 'The manager approves; for privileged roles the ISSO approves.', 'Platform Engineering provisions the permission set through Terraform; the change is peer-reviewed.', 'The requester acknowledges the Rules of Behavior before first use.']),
    H2('4.2 Quarterly Access Review'),
    OL(['The ISSO exports the account list from IAM Identity Center, Okta, and the application admin console.', 'Managers attest to each account within ten business days.', 'Unattested accounts are disabled; the review record is retained for three years.']),
    H1('5. Compliance and Review'),
    P('This policy is reviewed annually by the CISO. Exceptions require a documented risk acceptance. Non-compliance is handled under the sanctions process.'),
    BH('Approval'),
    P(`${PEOPLE.ciso}, Chief Information Security Officer — approved 03/14/2025`),
  ];
  return pdf(body, { meta: { title: 'AC-IA Policy and Procedures v5.2', author: PEOPLE.isso }, created: '2025-03-14T15:00:00Z', header: `${CSP} | Attachment 1 — Policies and Procedures`, footer: 'CUI', pageNumbers: 'page-of' });
}

// ------------------------------------------------------------------ User guides

async function userGuideDocx(): Promise<Buffer> {
  const body: Block[] = [
    TITLE(`${CSO}`, 24),
    P('Agency Administrator User Guide', { align: 'center', size: 18, bold: true }),
    P('Release 2025.07 — applies to web application version 2025.07.x and API v3', { align: 'center' }),
    SP(1),
    P(`© 2025 ${CSP}. All rights reserved. ${ADDRESS}.`, { align: 'center', size: 9 }),
    BR,
    TOC([['1 About This Guide', '2'], ['2 Getting Started', '3'], ['3 Managing Users and Roles', '6'], ['4 Single Sign-On Configuration', '10'], ['5 Security Features', '13'], ['6 Exporting Audit Records', '16'], ['7 API Keys and Integrations', '18'], ['8 Troubleshooting and Support', '21']]),
    BR,
    H1('1 About This Guide'),
    P(`This guide is for agency administrators who configure ${CSO} for their organization. It explains how to set up single sign-on, manage users and roles, configure the security settings that are the agency's responsibility, and export audit records. End users should refer to the Reconciler Quick Start. Agencies should read this guide together with the Customer Responsibility Matrix provided with the FedRAMP package.`),
    H1('2 Getting Started'),
    H2('2.1 Signing in for the first time'),
    OL(['Open https://app.ledgercloud.gov.example in a supported browser (current Microsoft Edge, Google Chrome, or Mozilla Firefox ESR).', 'Select "Sign in with your agency" and choose your agency from the list.', 'Authenticate with your PIV or CAC card at your agency identity provider.', 'On first sign-in, read and accept the Rules of Behavior.']),
    P('Your tenant is provisioned by Meridian Ledger support with one initial agency administrator account. That administrator creates the remaining accounts.'),
    H2('2.2 Navigating the administration console'),
    P('The administration console is available from the gear icon in the top-right corner. It is divided into the Users, Roles, Security, Integrations, and Audit tabs. Only users with the Agency Administrator role see the console.'),
    H1('3 Managing Users and Roles'),
    P('Roles control what a user can see and do. Assign the least privileged role needed for each user\'s duties.'),
    T([['Role', 'Can do', 'Cannot do'], ['Viewer', 'View ledgers and reports', 'Change data; export'], ['Reconciler', 'Match transactions; accept suggested matches; add notes', 'Approve period close'], ['Approver', 'Approve period close; approve write-offs', 'Manage users'], ['Agency Administrator', 'Manage users, roles, SSO and security settings; export audit records', 'Approve financial transactions']], { widths: [20, 45, 35] }),
    H3('To add a user'),
    OL(['Go to Administration > Users and select Add User.', 'Enter the user\'s agency e-mail address; it must match the NameID asserted by your identity provider.', 'Select one or more roles and select Save. The user receives an invitation e-mail valid for 72 hours.']),
    H3('To deactivate a user'),
    P('Select the user and choose Deactivate. Deactivated users cannot sign in; their history is kept for audit. Agencies are responsible for deactivating users who leave, within the timeframe set by their own policy.'),
    H1('4 Single Sign-On Configuration'),
    P('Upload your identity provider metadata under Administration > Security > Single Sign-On. The service supports SAML 2.0 with signed assertions (RSA-SHA256). Assertions must be encrypted. Map the attribute that carries the user\'s e-mail address and, optionally, a group attribute for automatic role assignment.'),
    H1('5 Security Features'),
    UL(['Session timeout: the inactivity timeout defaults to 15 minutes and can be shortened.', 'IP allow list: restrict sign-in to your agency egress ranges.', 'Download controls: disable CSV export for the Viewer role.', 'Notifications: security e-mails for new administrator assignments and SSO changes.']),
    H1('6 Exporting Audit Records'),
    P('Audit records of your tenant are available under Administration > Audit. Records can be filtered by user, event type, and date, and exported as CSV or JSON for ingestion into your agency SIEM. Records are retained for three years.'),
    H1('7 API Keys and Integrations'),
    P('API clients authenticate with OAuth 2.0 client credentials. Create a client under Administration > Integrations, assign it a role, and store the secret in your agency vault. Secrets expire after 365 days.'),
    H1('8 Troubleshooting and Support'),
    P('Contact support at support@ledgercloud.gov.example or (844) 555-0100, 24x7. For suspected security incidents, call the number and select option 1; Meridian Ledger will open an incident and notify your agency contact.'),
  ];
  return docx(body, {
    core: { title: 'LCG Admin Guide', creator: 'Documentation Team', lastModifiedBy: 'Documentation Team', created: '2023-02-01T10:00:00Z', modified: '2025-07-15T12:00:00Z' },
    app: { company: CSP },
    header: `${CSO} — Agency Administrator User Guide`,
    pageNumbers: true,
  });
}

function userGuideMd(): string {
  return `---
title: "Reconciler Guide"
product: ${CSO}
version: 2025.07
audience: agency reconcilers
---

# ${CSO} User Guide — Reconcilers

> This guide is published at docs.ledgercloud.gov.example and is included in the FedRAMP package as the system User Guide.
> Last updated: July 15, 2025.

## Contents

1. [Signing in](#signing-in)
2. [Your workspace](#your-workspace)
3. [Importing obligation and payment files](#importing-files)
4. [Matching transactions](#matching)
5. [Working with exceptions](#exceptions)
6. [Closing a period](#closing)
7. [Keeping your account secure](#security)
8. [Getting help](#help)

## Signing in

1. Go to \`https://app.ledgercloud.gov.example\`.
2. Choose **Sign in with your agency** and pick your agency.
3. Insert your PIV or CAC card when prompted and enter your PIN.
4. The first time you sign in, read the Rules of Behavior and select **I agree**.

If you see *"Your account is not provisioned"*, ask your agency administrator to add you.

## Your workspace

The home page shows the ledgers you can access, the current period, and the number of unmatched items. Use the period selector at the top to switch between open periods.

| Area | What it shows |
|------|---------------|
| Ledgers | Obligation ledgers assigned to your role |
| Inbox | Exceptions assigned to you |
| Reports | Standard Treasury and agency reports |
| Activity | Your recent actions |

## Importing files {#importing-files}

You can import obligation files (CSV or the agency's fixed-width format) and Treasury payment confirmation files.

1. Open the ledger and select **Import**.
2. Choose the file type and the file, then select **Validate**.
3. Review the validation summary. Rows with errors are listed with the reason.
4. Select **Import valid rows**. The import runs in the background; you receive a notification when it finishes.

Files are scanned for malware before they are processed. Files larger than 250 MB must be sent through the SFTP interface; see your administrator.

## Matching transactions {#matching}

The system matches payments to obligations automatically using the obligation number, amount, and payee. Items that cannot be matched are placed in the **Unmatched** queue.

- Select an unmatched payment to see candidate obligations ranked by similarity.
- Select **Match** to accept a candidate. Matches of more than $250,000 require an Approver.
- Select **Split** to match one payment to several obligations.

## Working with exceptions {#exceptions}

Exceptions are items that need research: duplicate payments, amount mismatches, or closed obligations. Add a note describing your research and assign the exception to a colleague if needed. Every action is recorded in the audit trail.

## Closing a period {#closing}

When all exceptions are resolved or deferred, an Approver selects **Close period**. Closed periods are read-only. Reopening requires an agency administrator and is audited.

## Keeping your account secure {#security}

- Never share your PIV card or PIN.
- Lock your screen when you leave your desk; the application also signs you out after 15 minutes of inactivity.
- Download reports only to agency-approved locations. Reports may contain personally identifiable information of payees.
- Report suspicious e-mails that claim to come from ${CSO} to your agency security office.

## Getting help {#help}

Contact your agency administrator first. Administrators can reach Meridian Ledger support 24x7 at support@ledgercloud.gov.example.
`;
}

// ------------------------------------------------------------------ Digital identity worksheets

async function diwDocx(): Promise<Buffer> {
  const body: Block[] = [
    P('FedRAMP SSP Attachment 3', { align: 'right', size: 9 }),
    TITLE('Digital Identity Worksheet', 22),
    P(`${CSO} — Version 2.0 — July 2025`, { align: 'center' }),
    H1('1 Introduction and Purpose'),
    P(`This worksheet documents the digital identity assurance levels selected for ${CSO} in accordance with NIST SP 800-63-3, Digital Identity Guidelines. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL), and Federation Assurance Level (FAL) required for the users of the system, based on the potential impact of an authentication error.`),
    H1('2 System Users'),
    T([['User group', 'Description', 'Authenticated by'], ['Agency end users', 'Reconcilers, viewers, approvers at customer agencies', 'Agency IdP (SAML)'], ['Agency administrators', 'Manage their agency tenant', 'Agency IdP (SAML)'], ['Meridian Ledger privileged users', 'Operations and security staff', 'Okta for Government with FIDO2'], ['API clients', 'Agency systems integrating by API', 'OAuth 2.0 client credentials']]),
    H1('3 Potential Impact of Authentication Errors'),
    P('The table below records the assessed impact for each category defined in NIST SP 800-63-3 section 6.2.'),
    T([
      ['Impact category', 'Low', 'Moderate', 'High', 'Rationale'],
      ['Inconvenience, distress, or damage to standing or reputation', '', 'X', '', 'Misuse could misstate an agency\'s financial position publicly.'],
      ['Financial loss or agency liability', '', 'X', '', 'Improper matching could delay or misdirect payments; payments are released by Treasury systems, not by LCG.'],
      ['Harm to agency programs or public interests', '', 'X', '', 'Grant reconciliation delays affect program reporting.'],
      ['Unauthorized release of sensitive information', '', 'X', '', 'Payee PII and bank account fragments are stored.'],
      ['Personal safety', 'X', '', '', 'No impact on personal safety.'],
      ['Civil or criminal violations', '', 'X', '', 'Privacy Act obligations apply.'],
    ], { widths: [30, 7, 9, 7, 47], size: 9 }),
    H1('4 Selected Assurance Levels'),
    T([['Assurance level', 'Selected', 'Justification'], ['Identity Assurance Level (IAL)', 'IAL2', 'Moderate impact in several categories requires remote or in-person identity proofing with evidence validation.'], ['Authenticator Assurance Level (AAL)', 'AAL2', 'Multi-factor authentication required; privileged users exceed this with phishing-resistant AAL3 authenticators.'], ['Federation Assurance Level (FAL)', 'FAL2', 'Assertions are signed and encrypted to the relying party.']]),
    H1('5 Digital Identity Level'),
    P('The overall digital identity level for the system is Level 2 (IAL2/AAL2/FAL2). This selection is consistent with the Moderate FIPS 199 categorization and is reflected in the IA control implementation statements of the SSP.'),
    BH('Approval'),
    T([['Name', 'Role', 'Date'], [PEOPLE.isso, 'ISSO', '07/25/2025'], [PEOPLE.ciso, 'CISO', '07/28/2025']]),
  ];
  return docx(body, { core: null, app: null, header: `${CSO_ABBR} Digital Identity Worksheet`, pageNumbers: true });
}

async function diwXlsx(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Digital Identity');
    widths(ws, [44, 14, 14, 14, 60]);
    fill(ws, 1, [
      ['Digital Identity Worksheet (NIST SP 800-63-3)'],
      [`System: ${CSO}`, null, null, null, `Package: ${PKG}`],
      ['Completed by', PEOPLE.isso, null, null, 'Date: 02/10/2024'],
      [],
      ['Step 1 — Potential impact of an authentication error', 'Low', 'Moderate', 'High', 'Comments'],
      ['Inconvenience, distress or damage to standing or reputation', null, 'X', null, 'Reputational harm to agency finance offices'],
      ['Financial loss or agency liability', null, 'X', null, 'Mis-matched payments; recoverable'],
      ['Harm to agency programs or public interests', null, 'X', null, ''],
      ['Unauthorized release of sensitive information', null, 'X', null, 'Payee PII'],
      ['Personal safety', 'X', null, null, ''],
      ['Civil or criminal violations', null, 'X', null, 'Privacy Act'],
      [],
      ['Step 2 — Assurance levels', 'Selected'],
      ['Identity Assurance Level (IAL)', 'IAL2'],
      ['Authenticator Assurance Level (AAL)', 'AAL2'],
      ['Federation Assurance Level (FAL)', 'FAL2'],
      [],
      ['Result', 'Digital Identity Level 2 — consistent with FIPS 199 Moderate'],
    ]);
    ws.getRow(1).font = { bold: true, size: 14 };
    headerStyle(ws, 5, 'FF2E75B6');
    headerStyle(ws, 13, 'FF2E75B6');
  }, { creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2024-02-10T09:00:00Z', modified: '2024-02-10T09:40:00Z' });
}

// ------------------------------------------------------------------ Privacy

async function ptaDocx(): Promise<Buffer> {
  const q = (n: string, question: string, answer: string): string[] => [n, question, answer];
  const body: Block[] = [
    TITLE('Privacy Threshold Analysis (PTA)', 20),
    P(`${CSO} — FedRAMP SSP Attachment 4 — Annual review 2025`, { align: 'center' }),
    T([['System Name', CSO], ['System Owner', PEOPLE.vpEng], ['Privacy Point of Contact', `${PEOPLE.privacy}, Privacy Officer`], ['Date of PTA', '06/30/2025']], { header: false, widths: [30, 70] }),
    H1('Section 1 — Qualifying Questions'),
    T([
      ['#', 'Question', 'Answer'],
      q('1', 'Does the system collect, maintain, use, or disseminate personally identifiable information (PII) about members of the public?', 'Yes. Payee names, payee addresses, and the last four digits of bank account numbers contained in agency payment files.'),
      q('2', 'Does the system collect PII about federal employees or contractors?', 'Yes. Names, work e-mail addresses, and agency user identifiers of agency users.'),
      q('3', 'Does the system collect Social Security numbers?', 'No. Agency files are validated to reject SSNs and TINs are truncated before storage.'),
      q('4', 'Is the PII retrieved by a personal identifier such that a System of Records Notice is required?', 'The agencies retrieve payment records by payee; each agency\'s existing SORN covers the data (e.g., DOT/ALL 7).'),
      q('5', 'Has a Privacy Impact Assessment been completed?', 'Yes. The PIA was updated in July 2025.'),
    ], { widths: [5, 55, 40] }),
    H1('Section 2 — PII Inventory'),
    T([['PII element', 'Source', 'Purpose', 'Retention'], ['Payee name', 'Agency payment files', 'Matching and reporting', 'Per agency schedule (default 7 years)'], ['Payee address', 'Agency payment files', 'Reporting', '7 years'], ['Bank account (last 4)', 'Treasury confirmation', 'Exception research', '7 years'], ['User name and e-mail', 'Agency IdP assertion', 'Access control and audit', 'Account lifetime + 3 years']]),
    H1('Section 3 — Determination'),
    P('Because the system maintains PII about members of the public and federal personnel, a full Privacy Impact Assessment is required and has been completed. The privacy controls of the FedRAMP Moderate baseline that apply to the CSP are documented in the SSP; agency-specific privacy obligations remain with each agency.'),
    BH('Privacy Officer Signature'),
    P(`${PEOPLE.privacy} — 06/30/2025`),
  ];
  return docx(body, { core: { title: 'PTA', creator: PEOPLE.privacy, created: '2023-06-01T12:00:00Z', modified: '2025-06-30T18:00:00Z' }, app: { company: CSP }, footer: 'Privacy Sensitive — Handle as CUI' });
}

async function piaPdf(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Privacy Impact Assessment', 20),
    P(`${CSO}`, { align: 'center', bold: true, size: 14 }),
    P(`${CSP} — July 2025`, { align: 'center' }),
    H1('1. System Overview'),
    P(SYSTEM_DESC),
    H1('2. Characterization of the Information'),
    P('The system processes obligation and payment records provided by agencies. Records contain payee names and addresses, payment amounts and dates, agency accounting codes, and, in Treasury confirmation files, the last four digits of payee bank account numbers. Information about agency users (name, work e-mail, agency identifier) is received from the agency identity provider at sign-in.'),
    H1('3. Uses of the Information'),
    P('Information is used only to reconcile agency obligations with payments and to produce reports required by the agencies. It is not used for any other purpose, is not sold, and is not shared with third parties other than the sub-processors listed in section 6.'),
    H1('4. Notice and Consent'),
    P('Members of the public provide their information to the agencies, not to Meridian Ledger; notice is given by the agencies through their Privacy Act statements and SORNs. Agency users receive notice through the system use notification and the Rules of Behavior.'),
    H1('5. Access, Redress and Correction'),
    P('Requests for access or correction from members of the public are handled by the agency that owns the record. Meridian Ledger assists agencies within five business days of a request.'),
    H1('6. Sharing and Disclosure'),
    T([['Recipient', 'Information', 'Purpose', 'Safeguard'], ['Amazon Web Services (GovCloud)', 'All system data (encrypted)', 'Hosting', 'FedRAMP High P-ATO; KMS encryption'], ['Splunk Cloud for Government', 'Audit logs (user IDs, IPs)', 'Security monitoring', 'FedRAMP Moderate ATO'], ['Treasury', 'Payment file status', 'Payment processing', 'Interconnection security agreement']]),
    H1('7. Security and Retention'),
    P('PII is protected by the security controls described in the System Security Plan, including encryption in transit and at rest with FIPS-validated modules, role-based access, and audit logging. Records are retained according to each agency\'s records schedule and destroyed using NIST SP 800-88 methods at the end of the contract.'),
    H1('8. Privacy Risks and Mitigations'),
    UL(['Over-collection: file validation rejects columns not in the agency\'s data agreement.', 'Unauthorized access by other tenants: tenant isolation is tested annually by the 3PAO.', 'Exposure in exported reports: export can be disabled per role; reports are watermarked with the user ID.']),
    P(`Reviewed and approved: ${PEOPLE.privacy}, Privacy Officer; ${PEOPLE.ciso}, CISO.`),
  ];
  return pdf(body, { meta: { title: 'PIA_LCG_2025', author: PEOPLE.privacy }, created: '2025-07-21T13:00:00Z', footer: `${CSP} — Privacy Impact Assessment`, pageNumbers: 'plain', serif: true });
}

// ------------------------------------------------------------------ Rules of behavior

async function robDocx(): Promise<Buffer> {
  const body: Block[] = [
    P(CSP, { bold: true, align: 'center' }),
    TITLE('Rules of Behavior for Privileged Users', 20),
    P(`${CSO} — effective August 1, 2025`, { align: 'center' }),
    H1('1. Introduction'),
    P(`These Rules of Behavior apply to Meridian Ledger employees and contractors who hold privileged access to ${CSO}: Cloud Operations engineers, Security Engineering, database administrators, and on-call engineers. They supplement the general Rules of Behavior that apply to all users. Privileged users must read and sign these rules before access is granted and annually thereafter.`),
    H1('2. Rules'),
    H2('2.1 Use of privileged access'),
    UL(['I will use privileged access only to perform my assigned duties and only from Meridian Ledger-managed devices.', 'I will use my non-privileged account for e-mail, web browsing, and other routine tasks.', 'I will not access or view federal customer data except when required to resolve a documented support or incident ticket, and I will record the ticket number in the session reason.', 'I will not create accounts, change permissions, or disable logging outside an approved change.']),
    H2('2.2 Authentication'),
    UL(['I will protect my FIDO2 security key and will report its loss within one hour.', 'I will never share credentials, session tokens, or one-time codes, including with co-workers.', 'I will not store secrets in source code, tickets, or chat.']),
    H2('2.3 Data handling'),
    UL(['I will not copy federal data out of the authorization boundary, including to my laptop, except through approved, encrypted mechanisms for a documented purpose.', 'I will report any suspected incident or data spill to the Security Operations Center immediately.']),
    H2('2.4 Monitoring'),
    P('I understand that my activities are logged and monitored, that I have no expectation of privacy when using the system, and that misuse may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.'),
    H1('3. Acknowledgment'),
    P('I have read, understand, and agree to comply with these Rules of Behavior.'),
    T([['Name', 'Role', 'Signature', 'Date'], ['', '', '', ''], ['', '', '', '']]),
  ];
  return docx(body, { core: { title: 'Rules of Behavior', creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2023-01-12T12:00:00Z', modified: '2025-07-30T12:00:00Z' }, app: { company: CSP }, footer: 'Sign and return to the ISSO', pageNumbers: true });
}

function robTxt(): string {
  return `${CSO.toUpperCase()} - RULES OF BEHAVIOR (ALL USERS)
Version 2025-1

You are accessing a system that processes U.S. Government information on behalf of federal agencies. Before you continue you must read and accept these Rules of Behavior. Your acceptance is recorded with your user ID and the date and time.

1. AUTHORIZED USE
   1.1 Use ${CSO} only for official agency business that you are authorized to perform.
   1.2 Do not attempt to access data of another agency, tenant, or user.
   1.3 Do not attempt to bypass security controls, probe the system for vulnerabilities, or use automated tools against it unless authorized in writing by Meridian Ledger and your agency.

2. ACCOUNTS AND AUTHENTICATION
   2.1 Your account is for you alone. Never share your PIV/CAC, PIN, password, or session.
   2.2 Sign out or lock your workstation when you step away. The system ends inactive sessions after 15 minutes.
   2.3 Report lost or stolen credentials to your agency help desk immediately.

3. PROTECTING INFORMATION
   3.1 The system contains personally identifiable information (PII) about payees. Access only the records you need for your work.
   3.2 Download reports only to locations approved by your agency. Do not e-mail reports to personal accounts.
   3.3 Do not upload files that contain Social Security numbers or information not covered by your agency's data agreement.

4. REPORTING
   4.1 Report any suspected security incident, suspicious activity, or loss of data to your agency security office and to Meridian Ledger support (support@ledgercloud.gov.example, option 1) without delay.

5. MONITORING AND CONSEQUENCES
   5.1 Your use of the system is monitored and recorded. You have no expectation of privacy.
   5.2 Violations may result in suspension of access and may be reported to your agency for disciplinary, civil, or criminal action.

By selecting "I Agree" you acknowledge that you have read, understood, and will comply with these Rules of Behavior.
[ I Agree ]   [ Cancel ]
`;
}

// ------------------------------------------------------------------ Contingency plans

async function iscpDocx(): Promise<Buffer> {
  const body: Block[] = [
    P(CUI_BANNER, { align: 'center', size: 8, bold: true }),
    SP(2),
    TITLE(`${CSO}`, 24),
    P('Information System Contingency Plan (ISCP)', { align: 'center', size: 18, bold: true }),
    P('FedRAMP SSP Attachment 6 — Version 5.0 — May 2025', { align: 'center' }),
    BR,
    BH('Plan Approval'),
    P(`As the designated authority for ${CSO}, I hereby certify that the information system contingency plan is complete and that the information contained in this plan provides an accurate representation of the application, its hardware, software, and telecommunication components. I further certify that this document identifies the criticality of the system as it relates to the mission of the federal agencies that use it, and that the recovery strategies identified will provide the ability to recover the system functionality in the most expedient and cost-beneficial method in keeping with its level of criticality.`),
    T([['Name', 'Title', 'Signature', 'Date'], [PEOPLE.vpEng, 'System Owner', '', '05/30/2025']]),
    TOC([['1 Introduction', '3'], ['2 Concept of Operations', '5'], ['3 Activation and Notification', '9'], ['4 Recovery', '12'], ['5 Reconstitution', '16'], ['Appendix A Personnel Contact List', '18'], ['Appendix F Alternate Processing Procedures', '22'], ['Appendix H Plan Test Results', '25']]),
    BR,
    H1('1 Introduction'),
    P(`Information systems are vital to the missions of the agencies that use ${CSO}. This ISCP establishes procedures to recover the system following a disruption, in accordance with NIST SP 800-34 Rev 1 and the CP controls of the FedRAMP Moderate baseline. It is coordinated with the Incident Response Plan and the Meridian Ledger Business Continuity Plan.`),
    H2('1.1 Objectives'),
    UL(['Maximize the effectiveness of contingency operations through three phases: Activation and Notification, Recovery, and Reconstitution.', 'Identify the activities, resources and procedures needed to recover the system with a recovery time objective (RTO) of 12 hours and a recovery point objective (RPO) of 15 minutes.', 'Assign responsibilities to designated personnel.', 'Ensure coordination with the customer agencies and with AWS.']),
    H1('2 Concept of Operations'),
    P(SYSTEM_DESC),
    P('The primary site is AWS GovCloud (US-West) across three availability zones; the alternate processing site is AWS GovCloud (US-East), where infrastructure is defined as code and a warm standby of the data tier is maintained by cross-region Aurora Global Database replication. Backups are copied to an isolated backup account with object lock in compliance mode.'),
    H2('2.1 Roles and Responsibilities'),
    T([['Role', 'Responsibilities'], ['Contingency Planning Director (VP Platform Engineering)', 'Activates the plan; declares disaster; approves failover and reconstitution.'], ['Contingency Planning Coordinator (ISSO)', 'Maintains the plan; coordinates notification of agencies and FedRAMP; records events.'], ['Recovery Team Lead (Cloud Operations)', 'Executes recovery procedures; validates system health.'], ['Database Recovery Team', 'Promotes the secondary Aurora cluster; validates data integrity.'], ['Communications Lead', 'Issues status updates to agencies every two hours during an outage.']]),
    H1('3 Activation and Notification'),
    P('The plan is activated when an outage is expected to exceed four hours, when a region-level AWS event affects more than one availability zone, or when a security incident requires rebuilding the environment. The on-call engineer notifies the Contingency Planning Director, who decides on activation within 30 minutes.'),
    OL(['Page the recovery team through PagerDuty (service LCG-DR).', 'Open the incident bridge and start the event log.', 'Notify agency points of contact (DOT, DOL, SBA) within one hour of activation.', 'Post a status page notice.']),
    H1('4 Recovery'),
    H2('4.1 Sequence of Recovery Activities'),
    OL(['Promote the Aurora secondary cluster in us-gov-east-1 to writer.', 'Apply the Terraform workspace "dr-east" to scale the EKS node groups and the API tier.', 'Update Route 53 failover records for app and api endpoints.', 'Run the smoke-test suite and the data reconciliation checksum job.', 'Confirm recovery with each agency and record the time of recovery.']),
    H1('5 Reconstitution'),
    P('Reconstitution returns processing to the primary region once it is stable. Data is replicated back, validated, and a planned cutover is scheduled with the agencies. The plan is deactivated by the Contingency Planning Director, and an after-action report is completed within ten business days.'),
    BR,
    H1('Appendix A Personnel Contact List'),
    T([['Role', 'Name', 'Phone', 'E-mail'], ['Contingency Planning Director', PEOPLE.vpEng, '(703) 555-0142', 'tkowalczyk@meridianledger.example'], ['Contingency Planning Coordinator', PEOPLE.isso, '(703) 555-0188', 'dwhitfield@meridianledger.example'], ['Recovery Team Lead', PEOPLE.cloudOps, '(703) 555-0176', 'lecheverria@meridianledger.example']]),
    H1('Appendix H Plan Test Results'),
    P('The annual functional exercise was conducted on April 24, 2025: a simulated loss of us-gov-west-1. Failover completed in 3 hours 41 minutes (RTO met); data loss measured at 38 seconds (RPO met). Two lessons learned were recorded: the DNS TTL of the API record was 3600 seconds instead of 60, and the agency notification template lacked the SBA contact. Both were corrected.'),
  ];
  return docx(body, { core: { title: 'ISCP', subject: CSO, creator: PEOPLE.isso, lastModifiedBy: PEOPLE.cloudOps, created: '2022-04-10T12:00:00Z', modified: '2025-05-30T17:00:00Z' }, app: { company: CSP }, header: `${CSO_ABBR} ISCP v5.0`, footer: CUI_BANNER, pageNumbers: true, titlePage: true });
}

async function contingencyPdf(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Contingency Plan', 22),
    P(`${CSO} (Moderate) — Information System Contingency Plan — Version 4.1 — June 2024`, { align: 'center' }),
    H1('1 Purpose'),
    P('This contingency plan describes how Meridian Ledger will restore the operation of LedgerCloud Government after a disruption. It follows NIST SP 800-34 and covers the three phases of activation and notification, recovery, and reconstitution.'),
    H1('2 System Recovery Objectives'),
    T([['Metric', 'Objective'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '12 hours'], ['Recovery Point Objective (RPO)', '15 minutes'], ['Backup frequency', 'Continuous (point-in-time restore), daily snapshots retained 35 days']]),
    H1('3 Backup and Alternate Site'),
    P('Database backups are continuous; daily snapshots are copied to an isolated backup account in the alternate region. Infrastructure is rebuilt from Terraform in AWS GovCloud (US-East). Container images are replicated to the alternate region registry.'),
    H1('4 Activation Criteria and Notification'),
    UL(['Loss of the primary region or of two availability zones.', 'Destruction or corruption of the ledger database.', 'A security incident requiring a clean rebuild.']),
    P('Agencies are notified within one hour of plan activation; FedRAMP is informed through the agencies.'),
    H1('5 Recovery Procedures'),
    OL(['Declare the contingency and assemble the recovery team.', 'Restore or promote the database in the alternate region.', 'Deploy the application stack from the release tag in production at the time of the event.', 'Validate with automated tests and reconciliation checksums.', 'Redirect DNS and confirm with agencies.']),
    H1('6 Reconstitution and Plan Maintenance'),
    P('After recovery, the team restores the primary environment, validates it, and returns operations. The plan is tested annually and updated after each test, each activation, and each significant change.'),
  ];
  return pdf(body, { meta: { title: 'Microsoft Word - LCG_CP_v4.1.docx', author: 'dwhitfield' }, created: '2024-06-28T14:00:00Z', pageNumbers: 'page-of', footer: 'Meridian Ledger Systems — Proprietary' });
}

export async function attachmentDocs1(): Promise<CorpusDoc[]> {
  return [
    { file: 'v6.0 final.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Risk Assessment family policy and procedures (SSP Attachment 1 component) covering RA-1..RA-9 with procedures.', data: await policiesRa() },
    { file: 'doc-0388.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Access Control and Identification & Authentication policy and procedures (Attachment 1) as a PDF.', data: await policiesAcIa() },
    { file: 'Document (12).docx', expected: 'USER_GUIDE', note: 'Agency administrator user guide (SSP attachment) with roles, SSO and security settings.', data: await userGuideDocx() },
    { file: 'reconciler-guide.md', expected: 'USER_GUIDE', note: 'End-user guide exported from the documentation site in Markdown, with front matter.', data: userGuideMd() },
    { file: 'Attachment 3.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet (IAL/AAL/FAL selection) in Word without document properties.', data: await diwDocx() },
    { file: 'diw.xlsx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet filled in as a small workbook.', data: await diwXlsx() },
    { file: 'upload (9).docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis with qualifying questions and PII inventory.', data: await ptaDocx() },
    { file: 'Final_v2.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment (PDF) of the system.', data: await piaPdf() },
    { file: 'Form_signed.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with acknowledgment block.', data: await robDocx() },
    { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'General-user Rules of Behavior as the plain-text click-through shown at sign-in.', data: robTxt() },
    { file: 'LCG_ISCP_v5.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan (NIST SP 800-34 structure) with approval, roles, phases and test results.', data: await iscpDocx() },
    { file: 'scan0007.pdf', expected: 'CONTINGENCY_PLAN', note: 'Older contingency plan as PDF whose metadata title is a Word file name; file name looks like a scan.', data: await contingencyPdf() },
  ];
}

