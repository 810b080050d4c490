import { buildDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { AGENCY, CSP, CUI_NOTICE, PEOPLE, SYS, SYS_ABBR, SYSTEM_PARAS, approvalBlocks, blocksToPdf, blocksToText, revisionTable } from '../kit/common.js';
import type { EvalDoc } from '../kit/common.js';

const p = (t: string): Block => ({ k: 'p', t });

/** Policies and procedures (SSP attachment 1): the AC and IA families, docx with a Word heading outline. */
async function accessControlPolicy(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'bold', t: 'Document Revision History' },
    revisionTable([
      ['03/14/2025', '1.0', 'Initial release for FedRAMP readiness', PEOPLE.isso],
      ['11/20/2025', '1.1', 'Aligned procedures with Rev. 5 AC-2(3) inactivity parameter (90 days)', PEOPLE.isso],
      ['08/29/2026', '2.0', 'Annual review; added privileged access procedures for HSM custodians', PEOPLE.ciso],
    ]),
    ...approvalBlocks([[PEOPLE.ciso, 'Chief Information Security Officer'], [PEOPLE.cto, 'Chief Technology Officer']]),
    { k: 'break' },
    { k: 'h1', t: '1. Purpose' },
    p(`This document establishes the Access Control (AC) and Identification and Authentication (IA) policy and the supporting procedures for the ${SYS} (${SYS_ABBR}). It satisfies the -1 controls (AC-1 and IA-1) of the NIST SP 800-53 Rev. 5 Moderate baseline as tailored by FedRAMP and is Attachment 1 to the ${SYS_ABBR} System Security Plan.`),
    p('The policy states what must be done; the procedures in Sections 6 through 9 state how it is done, by whom and with which tools. Both are reviewed at least annually and after any significant change, security incident, or audit finding that touches identity or access.'),
    { k: 'h1', t: '2. Scope' },
    p(SYSTEM_PARAS[4] ?? ''),
    p('This policy applies to Tallyline employees, contractors, and federal customer personnel who hold accounts on any component inside the authorization boundary, including break-glass and service accounts.'),
    { k: 'h1', t: '3. Roles and Responsibilities' },
    { k: 'table', rows: [['Role', 'Responsibility'], ['CISO', 'Owns this policy, approves exceptions, reports compliance to the Risk Committee'], ['Information System Security Officer (ISSO)', 'Maintains procedures, runs quarterly access reviews, tracks deviations in the POA&M'], ['Identity Engineering', 'Operates Okta, the bastion and the privileged access management vault'], ['Account Managers', 'Approve access requests for their teams and certify reviews'], ['Agency Account Administrators', 'Manage federal user accounts through the agency portal (customer responsibility, see CRM)']] },
    { k: 'h1', t: '4. Policy' },
    { k: 'h2', t: '4.1 Account Management (AC-2)' },
    p('All accounts are requested through the ServiceNow access workflow, approved by the account manager and the system owner, and provisioned by Identity Engineering. Shared accounts are prohibited except the documented break-glass accounts, whose credentials are sealed in the Treasury Operations safe and whose use triggers an immediate SIEM alert. Accounts inactive for 90 days are disabled automatically; temporary and emergency accounts expire after 72 hours.'),
    { k: 'h2', t: '4.2 Access Enforcement and Least Privilege (AC-3, AC-6)' },
    p('Role-based access control is enforced by the application and by AWS IAM permission boundaries. Payment release, ledger adjustment and detokenization are separate entitlements that no single role combines. Privileged functions are logged and reviewed weekly by the ISSO.'),
    { k: 'h2', t: '4.3 Separation of Duties (AC-5)' },
    p('Duties are separated as described in the Separation of Duties Matrix (SSP Attachment 11). In particular, a person who can create a disbursement batch cannot approve it, and HSM custodians cannot hold administrative rights on the tokenization vault application.'),
    { k: 'h2', t: '4.4 Unsuccessful Logon Attempts and Session Controls (AC-7, AC-11, AC-12)' },
    p('Accounts lock after three consecutive invalid attempts within 15 minutes and remain locked until released by an administrator. Sessions lock after 15 minutes of inactivity and terminate after 12 hours.'),
    { k: 'h2', t: '4.5 Identification and Authentication (IA-2, IA-5, IA-8)' },
    p('Privileged users authenticate with phishing-resistant multifactor authentication (FIDO2). Federal users authenticate through their agency identity provider using PIV/CAC. Passwords, where still used for local recovery, are at least 14 characters, checked against a breached-password list, and never stored in reversible form.'),
    { k: 'h1', t: '5. Compliance and Exceptions' },
    p('Exceptions require a written risk acceptance signed by the CISO and, where they affect a FedRAMP control, are recorded as a deviation request and tracked in the Plan of Action and Milestones. Violations may lead to disciplinary action up to and including termination.'),
    { k: 'h1', t: '6. Procedure: Provisioning a Workforce Account' },
    { k: 'bullets', items: ['Requester opens an Access Request in ServiceNow naming the role from the role catalog.', 'Manager approves; for privileged roles the system owner approves second.', 'Identity Engineering provisions the account in Okta; group membership drives AWS and application roles.', 'The requester completes Rules of Behavior acknowledgement and security awareness training before first logon.', 'The ticket is closed with evidence (screenshots or API log) attached.'] },
    { k: 'h1', t: '7. Procedure: Quarterly Access Review' },
    p('In the first two weeks of each quarter, the ISSO exports all accounts and entitlements from Okta, AWS IAM Identity Center, the application and the HSM partition roles. Account managers certify each entitlement within ten business days. Revocations are executed within one business day of certification and the review evidence is retained for three years.'),
    { k: 'h1', t: '8. Procedure: Termination and Transfer' },
    p('HR triggers the offboarding workflow; access is revoked within four hours of separation and within one business day of a transfer. HSM smart cards and safe combinations held by a departing custodian are rotated in a documented key ceremony.'),
    { k: 'h1', t: '9. Procedure: Authenticator Management' },
    p('FIDO2 keys are issued in person or by registered mail after identity proofing, registered to one user, and revoked on loss. Service account secrets are stored in AWS Secrets Manager and rotated every 90 days or on personnel change.'),
    { k: 'h1', t: '10. References' },
    { k: 'bullets', items: ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'NIST SP 800-63-3, Digital Identity Guidelines', `${SYS_ABBR} System Security Plan and Separation of Duties Matrix`, 'Tallyline Information Security Program Charter'] },
  ];
  return {
    file: 'TFDP_AC-IA_Policy_and_Procedures_v2.0.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Access Control and Identification & Authentication policy and procedures for the system, an SSP Attachment 1 family document.',
    data: await buildDocx({
      title: 'Access Control and Identification and Authentication Policy and Procedures',
      creator: PEOPLE.isso,
      header: `${SYS_ABBR} | AC/IA Policy and Procedures | CUI`,
      footer: `${CSP} - Controlled Unclassified Information`,
      cover: [
        { k: 'big', t: SYS },
        { k: 'big', t: 'Access Control and Identification & Authentication Policy and Procedures', size: 36 },
        { k: 'center', t: 'Version 2.0 | August 29, 2026' },
        { k: 'center', t: CSP },
        p(CUI_NOTICE),
      ],
      blocks,
    }),
  };
}

/** Policies and procedures for SC/SI families, exported as PDF, title only in the body. */
async function scSiPolicyPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'System and Communications Protection and System and Information Integrity Policy and Procedures', size: 34 },
    p(`${CSP} | ${SYS} | Version 1.3 | July 2026`),
    revisionTable([
      ['01/10/2026', '1.2', 'Added encryption key hierarchy for ledger and vault', PEOPLE.cto],
      ['07/22/2026', '1.3', 'Updated flaw remediation timelines to match FedRAMP ConMon guidance', PEOPLE.isso],
    ]),
    { k: 'h1', t: 'Purpose and Scope' },
    p('This policy defines the organization-wide requirements for the SC and SI control families and the procedures that implement them within the FedRAMP authorization boundary. It is reviewed annually by the Security Governance Council.'),
    p(SYSTEM_PARAS[1] ?? ''),
    { k: 'h1', t: 'Policy Statements' },
    p('SC-7 Boundary Protection: all ingress passes through AWS WAF and the managed inspection VPC; default-deny security groups; no direct internet access from ledger subnets.'),
    p('SC-8 and SC-13 Transmission Confidentiality and Cryptographic Protection: TLS 1.2 or higher using FIPS 140-validated modules for all external and internal connections; ACH files exchanged with the ODFI are additionally PGP-signed with keys held in the HSM.'),
    p('SC-12 Cryptographic Key Establishment and Management: keys are generated in the HSM cluster, wrapped for export only under dual control, rotated annually (data encryption keys) or every three years (key encryption keys).'),
    p('SC-28 Protection of Information at Rest: Aurora, S3 and EBS volumes are encrypted with customer-managed KMS keys; the tokenization vault encrypts account numbers under HSM-resident keys.'),
    p('SI-2 Flaw Remediation: high-risk vulnerabilities are remediated within 30 days, moderate within 90 days, low within 180 days from discovery; items that cannot meet these dates are recorded in the POA&M. Vulnerabilities listed in the CISA Known Exploited Vulnerabilities catalog follow the catalog due date.'),
    p('SI-4 System Monitoring: the SIEM ingests CloudTrail, VPC flow logs, EKS audit logs, HSM audit logs and application security events; the SOC triages alerts 24x7.'),
    { k: 'h1', t: 'Procedures' },
    p('Procedure SC-P1, Firewall rule change: requester files a change in ServiceNow, network engineering reviews the rule against the approved ports, protocols and services list, the Change Advisory Board approves, and the rule is applied via Terraform pipeline only.'),
    p('Procedure SI-P2, Monthly patch cycle: base images are rebuilt weekly from the hardened golden image; the container platform rolls nodes within 72 hours of a new image; scan results are compared against the prior month and deltas recorded.'),
    p('Procedure SI-P4, Alert handling: alerts rated high page the on-call analyst within five minutes; confirmed incidents are handled under the Incident Response Plan.'),
    { k: 'h1', t: 'Enforcement' },
    p('Non-compliance is reported to the CISO. Exceptions follow the exception procedure in the Access Control policy and are recorded in the POA&M where they affect a FedRAMP control.'),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'SC and SI family policy and procedures document (PDF export), an SSP Attachment 1 policy.',
    data: await buildPdf({ title: 'SC-SI Policy', author: PEOPLE.cto, header: `${CSP} - Internal`, footer: 'CUI', items: blocksToPdf(blocks) }),
  };
}

/** User guide (SSP attachment 2), docx. */
async function userGuideDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'About This Guide' },
    p(`This User Guide explains how agency program staff use the ${SYS} agency portal to submit payment files, approve disbursement batches, review reconciliation results and manage their own users. It also describes the security features available to customers and the settings for which customers are responsible.`),
    { k: 'h1', t: 'Getting Started' },
    { k: 'h2', t: 'Signing In' },
    p('Open the portal URL provided by your program office (https://portal.fed.tallyline.com) and choose "Sign in with your agency account". You will be redirected to your agency identity provider and asked to insert your PIV or CAC card. After successful authentication the portal displays your program dashboard.'),
    p('If you see "Account not provisioned", your Agency Account Administrator has not yet assigned you a role. Contact them; Tallyline support cannot create federal user accounts.'),
    { k: 'h2', t: 'Roles in the Portal' },
    { k: 'table', rows: [['Role', 'What it can do'], ['Program Viewer', 'View batches, recipients (masked), reports'], ['Batch Maker', 'Upload payment files and create batches'], ['Batch Checker', 'Approve or reject batches created by another user'], ['Reconciliation Analyst', 'Review breaks and attach resolution notes'], ['Agency Account Administrator', 'Create users, assign roles, run access reports']] },
    { k: 'h1', t: 'Submitting a Payment File' },
    p('1. Select Payments > Upload. 2. Choose the file (NACHA-formatted or the Tallyline CSV template). 3. The portal validates record counts, hash totals and routing numbers and shows any rejected records. 4. Select Create Batch. The batch enters the Pending Approval state.'),
    { k: 'h1', t: 'Approving a Batch' },
    p('A Batch Checker opens Payments > Pending Approval, reviews the control totals against the program authorization, and selects Approve. The portal asks for PIV re-authentication before release. A user cannot approve a batch they created; the button is disabled and the attempt is logged.'),
    { k: 'h1', t: 'Reconciliation Reports' },
    p(SYSTEM_PARAS[2] ?? ''),
    p('Open Reports > Daily Reconciliation to see settled totals, returns (R01-R85 return codes), and open breaks. Export is available as CSV or PDF; exported files contain masked account numbers only.'),
    { k: 'h1', t: 'Security Features for Customers' },
    p('Session timeout after 15 minutes of inactivity; IP allow-listing of agency networks (configurable by the Agency Account Administrator); user activity report; notification e-mail for each batch approval. Customers are responsible for reviewing their user list at least quarterly and for removing departed staff on the day of departure.'),
    { k: 'h1', t: 'Getting Help' },
    p('Tallyline Federal Support: 1-800-555-0142 (24x7) or fedsupport@tallyline.com. Report suspected security incidents to the Tallyline SOC at soc@tallyline.com and to your agency security office.'),
  ];
  return {
    file: 'upload (3).docx',
    expected: 'USER_GUIDE',
    note: 'Agency portal user guide describing sign-in, roles, batch submission and customer security settings (SSP Attachment 2).',
    data: await buildDocx({
      title: 'Agency Portal User Guide',
      creator: 'Tech Writing',
      footer: `${SYS} User Guide - Release 26.3`,
      cover: [{ k: 'big', t: `${SYS}` }, { k: 'big', t: 'Agency Portal User Guide', size: 40 }, { k: 'center', t: 'Release 26.3 - September 2026' }],
      blocks,
    }),
  };
}

/** User guide for the API, as markdown from the docs repo. */
function userGuideMd(): EvalDoc {
  const text = `---
title: ${SYS_ABBR} Disbursement API - User Guide
version: 4.2
owner: developer-experience@tallyline.com
---

# ${SYS} - Disbursement API User Guide

> This guide is provided to federal customers as Attachment 2 (User Guide) of the ${SYS_ABBR} System Security Plan.
> It covers the programmatic interface; the portal is described in the Agency Portal User Guide.

## 1. Overview

The Disbursement API lets an agency case management system create payment instructions, query status and download
reconciliation data without using the portal. Every call is authenticated with mutual TLS and an OAuth 2.0 client
credentials token issued by the ${SYS_ABBR} authorization server.

## 2. Onboarding your system

1. Your Agency Account Administrator registers a *machine client* in the portal (Settings > API Clients).
2. Generate a certificate signing request on your side; keys must be generated in a FIPS 140-validated module.
3. Upload the CSR; the portal returns a client certificate signed by the ${SYS_ABBR} customer CA (valid 1 year).
4. Request a token:

\`\`\`
POST /oauth2/token
grant_type=client_credentials&scope=payments:write recon:read
\`\`\`

Tokens expire after 15 minutes. Do not cache them on shared storage.

## 3. Creating a payment

\`\`\`json
{ "programCode": "FBA-EMRG-02", "recipientToken": "tok_9f2c...", "amount": "412.50", "currency": "USD",
  "rail": "ACH", "effectiveDate": "2026-10-16" }
\`\`\`

Amounts are strings to avoid floating point rounding. \`recipientToken\` is obtained from \`POST /recipients\`; the API
never returns full account numbers.

## 4. Batch approval

Payments created through the API are grouped into a batch that must still be approved in the portal by a Batch
Checker (dual control). The API cannot approve batches.

## 5. Status codes and ACH returns

| Status | Meaning |
|---|---|
| PENDING_APPROVAL | Awaiting checker |
| RELEASED | Sent to ODFI / Treasury financial agent |
| SETTLED | Confirmed on settlement report |
| RETURNED | ACH return received (see returnCode, e.g. R03) |

## 6. Your security responsibilities

- Protect client private keys; rotate them before expiry and immediately on compromise.
- Restrict the source IP ranges registered for your client.
- Review the API audit log (Reports > API Activity) weekly.
- Notify Tallyline within one hour of a suspected credential compromise.

## 7. Support

fedsupport@tallyline.com - 1-800-555-0142
`;
  return { file: 'api-user-guide.md', expected: 'USER_GUIDE', note: 'Markdown user guide for the disbursement API, explicitly SSP Attachment 2, with customer responsibilities.', data: text };
}

/** Digital Identity Worksheet (SSP attachment 3), docx. */
async function diwDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'Introduction and Purpose' },
    p(`This Digital Identity Worksheet documents the digital identity level selection for the ${SYS} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. The selected levels determine the identity proofing (IAL), authenticator (AAL) and federation (FAL) requirements for users of the system.`),
    { k: 'h1', t: 'Digital Identity Level Definitions' },
    { k: 'table', rows: [['Level', 'Identity Assurance (IAL)', 'Authenticator Assurance (AAL)', 'Federation Assurance (FAL)'], ['1', 'Self-asserted', 'Single-factor', 'Bearer assertion'], ['2', 'Remote or in-person proofing', 'Multi-factor', 'Assertion encrypted to RP'], ['3', 'In-person proofing', 'Hardware-based MFA with verifier impersonation resistance', 'Holder-of-key assertion']] },
    { k: 'h1', t: 'Review of Risk and Impact' },
    p('The table below evaluates the potential impact of an authentication error for each category of harm. A successful impersonation of a Batch Checker could lead to release of fraudulent disbursements of federal funds.'),
    { k: 'table', rows: [['Category of Harm', 'Potential Impact Level'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']] },
    { k: 'h1', t: 'Digital Identity Level Selection' },
    p('Based on the assessment above, the system requires IAL2, AAL2 and FAL2 for federal and Tallyline users. Privileged Tallyline administrators use AAL3-capable FIDO2 hardware authenticators. The resulting overall Digital Identity Level is 2.'),
    { k: 'table', rows: [['Selected', 'Digital Identity Level'], ['X', 'Level 2: AAL2 / IAL2 / FAL2'], ['', 'Level 3: AAL3 / IAL3 / FAL3']] },
    p(`Approved by: ${PEOPLE.ciso}, Chief Information Security Officer, on behalf of the System Owner.`),
  ];
  return {
    file: 'Attachment3_DIW_TFDP.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'NIST SP 800-63 digital identity level selection worksheet (IAL/AAL/FAL) for the system, SSP Attachment 3.',
    data: await buildDocx({
      title: 'Digital Identity Worksheet',
      subject: 'SSP Attachment 3',
      creator: PEOPLE.isso,
      header: `${SYS} - Digital Identity Worksheet`,
      cover: [{ k: 'big', t: 'Attachment 3' }, { k: 'big', t: 'Digital Identity Worksheet', size: 44 }, { k: 'center', t: `${CSP} | ${SYS}` }, { k: 'center', t: 'Version 1.1 | 09/12/2026' }],
      blocks,
    }),
  };
}

/** Digital Identity Worksheet as a scanned-then-OCRed-looking PDF, no metadata. */
async function diwPdf(): Promise<EvalDoc> {
  const items = blocksToPdf([
    { k: 'p', t: `${SYS} (${SYS_ABBR})` },
    { k: 'big', t: 'DIGITAL IDENTITY WORKSHEET', size: 40 },
    p('Prepared for the annual assessment cycle 2027. Supersedes version 1.1.'),
    { k: 'h1', t: '1. System User Population' },
    p('Users are (a) federal program staff of the sponsoring agency and leveraging agencies, authenticated through agency identity providers with PIV; (b) Tallyline Treasury Operations and support staff; (c) Tallyline privileged administrators including HSM custodians. Benefit recipients do not have accounts in the system.'),
    { k: 'h1', t: '2. Impact of Authentication Errors (per NIST SP 800-63-3 Section 6)' },
    { k: 'table', rows: [['Harm', 'Low', 'Moderate', 'High'], ['Inconvenience/reputation', '', 'X', ''], ['Financial loss / agency liability', '', 'X', ''], ['Harm to programs / public interest', '', 'X', ''], ['Unauthorized release of sensitive info', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']] },
    { k: 'h1', t: '3. Assurance Level Determination' },
    p('IAL: 2 (identity proofed by agency HR/PIV issuance; Tallyline staff proofed by background investigation). AAL: 2 minimum, 3 for privileged. FAL: 2 (SAML assertions signed and encrypted to the relying party).'),
    p('Resulting Digital Identity Level: 2 (Moderate). This determination is consistent with the FIPS 199 categorization of the system.'),
    { k: 'h1', t: '4. Signature' },
    p(`${PEOPLE.ciso}, CISO ________________  Date 10/02/2026`),
  ]);
  return { file: 'scan_20261002_0931.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital identity worksheet (IAL/AAL/FAL determination) exported to PDF with no metadata.', data: await buildPdf({ items, creator: 'HP Scan', producer: 'HP Scan' }) };
}

/** Privacy Threshold Analysis (PTA), docx. */
async function ptaDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'table', header: false, rows: [['Document', 'Privacy Threshold Analysis (PTA)'], ['System', SYS], ['Owner', CSP], ['Privacy Officer', PEOPLE.privacy], ['Date', '08/15/2026']] },
    { k: 'h1', t: 'Section 1: Privacy Threshold Questions' },
    { k: 'table', rows: [['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII)?', 'Yes'], ['2', 'Does the system collect Social Security Numbers (full or truncated)?', 'Yes - last four digits for recipient verification'], ['3', 'Does the system contain PII about members of the public?', 'Yes - benefit recipients'], ['4', 'Does the system contain financial account information?', 'Yes - tokenized bank routing/account numbers and prepaid card numbers'], ['5', 'Is the PII retrieved by a personal identifier (Privacy Act System of Records)?', 'Yes - by recipient identifier; covered by the agency SORN'], ['6', 'Has a Privacy Impact Assessment been completed?', 'A PIA is required and is provided separately']] },
    { k: 'h1', t: 'Section 2: Description of PII' },
    p(SYSTEM_PARAS[7] ?? ''),
    p('Recipient PII originates with the agency case management system; Tallyline does not collect PII directly from individuals. PII is shared only with the ODFI, the Treasury-designated financial agent and the prepaid card processor for the purpose of completing a payment.'),
    { k: 'h1', t: 'Section 3: Determination' },
    p('Based on the responses above, the system is privacy-sensitive. A full Privacy Impact Assessment is required and must be reviewed with the agency Senior Agency Official for Privacy before authorization.'),
    { k: 'table', rows: [['Reviewer', 'Signature', 'Date'], [`${PEOPLE.privacy}, Privacy Officer`, '', ''], [`${PEOPLE.isso}, ISSO`, '', '']] },
  ];
  return {
    file: 'Final_v7.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Threshold Analysis questionnaire concluding a PIA is required (SSP Attachment 4, PTA).',
    data: await buildDocx({ title: 'Template - do not use', creator: 'Administrator', header: 'Attachment 4 - Privacy Threshold Analysis', blocks }),
  };
}

/** Privacy Impact Assessment, PDF. */
async function piaPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Privacy Impact Assessment (PIA)', size: 40 },
    p(`${SYS} | Prepared by ${CSP} for the ${AGENCY} | Version 1.0 | September 2026`),
    { k: 'h1', t: 'Section 1.0 Characterization of the Information' },
    p('1.1 What information is collected, used, disseminated, or maintained? Recipient name, mailing address, date of birth, last four digits of the SSN, bank routing and account number (tokenized), prepaid card number (tokenized), payment amounts and dates, ACH return codes.'),
    p('1.2 What are the sources of the information? Agency case management systems via SFTP or the Disbursement API. The ODFI returns settlement and return files.'),
    p('1.3 Why is the information being collected? To pay benefits authorized by the program statute and to reconcile federal funds.'),
    { k: 'h1', t: 'Section 2.0 Uses of the Information' },
    p('The information is used to build ACH entries and card funding instructions, to match returns to recipients, to detect duplicate or fraudulent payments, and to produce the daily reconciliation for the agency and for Treasury reporting.'),
    { k: 'h1', t: 'Section 3.0 Retention' },
    p('Payment records are retained for seven years in accordance with the agency records schedule (GRS 1.1 item 010), then purged. Tokens are deleted with the record; HSM keys protecting retired data are destroyed in a documented ceremony.'),
    { k: 'h1', t: 'Section 4.0 Internal and External Sharing and Disclosure' },
    p('Shared with the ODFI, the Treasury-designated financial agent and the prepaid card processor under interconnection agreements; no sharing for marketing; no sale of data. Disclosures outside routine uses follow the agency SORN.'),
    { k: 'h1', t: 'Section 5.0 Notice' },
    p('Notice is provided by the agency at benefit application under the Privacy Act Statement; Tallyline does not provide separate notice.'),
    { k: 'h1', t: 'Section 6.0 Access, Redress and Correction' },
    p('Individuals seek access or correction through the agency; Tallyline corrects records only on agency instruction.'),
    { k: 'h1', t: 'Section 7.0 Technical Access and Security' },
    p(SYSTEM_PARAS[3] ?? ''),
    p('Privacy controls of NIST SP 800-53 Rev. 5 (PT family and privacy-related controls in the Moderate baseline) are described in the System Security Plan. Privacy incidents are handled under the Incident Response Plan and reported to the agency within one hour.'),
    { k: 'h1', t: 'Section 8.0 Privacy Risks and Mitigations' },
    p('Risk: exposure of bank account numbers. Mitigation: format-preserving tokenization with HSM-held keys, detokenization restricted to two services. Risk: misdirected payments due to data entry. Mitigation: prenote and account validation service, dual control on batch release.'),
  ];
  return { file: 'TFDP_PIA_2026.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment with the standard PIA sections for the system (SSP Attachment 4).', data: await buildPdf({ title: 'PIA', author: PEOPLE.privacy, footer: `${CSP} - CUI//PRVCY`, items: blocksToPdf(blocks) }) };
}

/** Rules of Behavior, docx. */
async function robDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Rules of Behavior', size: 44 },
    { k: 'center', t: `${SYS} - Internal and Privileged Users` },
    p(`These Rules of Behavior apply to all ${CSP} personnel and contractors with access to the ${SYS}. Users must read and sign these rules before receiving access and re-acknowledge them annually. Federal customer users acknowledge a separate set of rules in the agency portal.`),
    { k: 'h1', t: '1. General Rules' },
    { k: 'bullets', items: ['I will use the system only for authorized business purposes related to federal disbursement programs.', 'I will not attempt to access recipient data, ledgers or payment batches I am not authorized to see.', 'I will protect my FIDO2 authenticator and never share it or leave it unattended.', 'I will lock my screen when leaving my workstation.', 'I will not copy recipient PII or account tokens to personal devices, e-mail, chat or removable media.'] },
    { k: 'h1', t: '2. Privileged User Rules' },
    { k: 'bullets', items: ['I will use my privileged account only from the bastion and only for approved change tickets.', 'I will not disable, bypass or alter logging, monitoring or security tools.', 'As an HSM custodian I will never hold more than one key component and will follow the key ceremony script exactly.', 'I will not release, modify or delete a payment batch outside the approved dual-control workflow.'] },
    { k: 'h1', t: '3. Incident Reporting' },
    p('I will report suspected security or privacy incidents, lost authenticators and suspicious payment activity to the SOC immediately (soc@tallyline.com, 1-800-555-0199).'),
    { k: 'h1', t: '4. Consequences' },
    p('I understand that violation of these rules may result in loss of access, disciplinary action up to termination, and civil or criminal penalties, and that my activity on the system is monitored and recorded.'),
    { k: 'h1', t: '5. Acknowledgement' },
    { k: 'table', rows: [['Name', 'Signature', 'Date'], ['', '', '']] },
  ];
  return { file: 'RoB_internal_users.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for internal and privileged users with acknowledgement block (SSP Attachment 5).', data: await buildDocx({ title: 'Rules of Behavior', creator: PEOPLE.isso, footer: `${CSP} | Rules of Behavior | Rev 2026-08`, blocks }) };
}

/** Rules of Behavior for agency users, plain text of the portal click-through. */
function robText(): EvalDoc {
  const blocks: Block[] = [
    { k: 'p', t: `${SYS.toUpperCase()} - AGENCY USER RULES OF BEHAVIOR` },
    p('Version 3 - effective 2026-09-01 - displayed at first logon and annually thereafter'),
    p('By selecting "I Accept" you acknowledge the following rules. These rules supplement, and do not replace, your agency\'s own rules of behavior for information systems.'),
    { k: 'bold', t: 'Access' },
    { k: 'bullets', items: ['Access only the programs and recipients assigned to your role.', 'Do not share your PIV card or PIN; do not let others act under your session.', 'Do not approve a disbursement batch unless you have verified the control totals against the program authorization.'] },
    { k: 'bold', t: 'Protection of information' },
    { k: 'bullets', items: ['Exports contain masked account numbers; do not attempt to reconstruct full numbers.', 'Store exported reports only on agency-approved systems.', 'Do not e-mail recipient information outside the agency network.'] },
    { k: 'bold', t: 'Monitoring' },
    p('Your activity is logged. Logs may be reviewed by Tallyline and your agency and used in investigations.'),
    { k: 'bold', t: 'Reporting' },
    p('Report suspected misuse, fraud, phishing or lost cards to your agency security office and to the Tallyline SOC (soc@tallyline.com) without delay.'),
    { k: 'bold', t: 'Consequences' },
    p('Non-compliance may result in suspension of access and referral to your agency for action under its policies.'),
    p('[ I Accept ]   [ Decline ]'),
  ];
  return { file: 'portal_rob_v3.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text Rules of Behavior click-through for agency portal users.', data: blocksToText(blocks) };
}

export async function attachmentsA(): Promise<EvalDoc[]> {
  return [await accessControlPolicy(), await scSiPolicyPdf(), await userGuideDocx(), userGuideMd(), await diwDocx(), await diwPdf(), await ptaDocx(), await piaPdf(), await robDocx(), robText()];
}
