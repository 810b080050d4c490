// System Security Plans and the prose SSP attachments that describe the system itself: policies and
// procedures, the user guide, the digital identity worksheet and the FIPS 199 categorization.
import type { Block, Eval5Doc, PBlock } from './kit.js';
import { docx, pdf, revisionTable } from './kit.js';

function controlSummary(id: string, name: string, responsible: string, statement: string[]): Block[] {
  return [
    { h3: `${id} ${name}` },
    {
      table: [
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', responsible],
        ['Parameter ' + id + '(a):', 'at least annually'],
        ['Implementation Status (check all that apply):', '[X] Implemented  [ ] Partially implemented  [ ] Planned  [ ] Alternative implementation  [ ] Not applicable'],
        ['Control Origination (check all that apply):', '[X] Service Provider Corporate  [X] Service Provider System Specific  [ ] Configured by Customer  [ ] Provided by Customer  [ ] Inherited'],
      ],
      noHeader: true,
    },
    { table: [[`${id} What is the solution and how is it implemented?`], ...statement.map((s) => [s])] },
  ];
}

async function halcyonSsp(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Halcyon Data Systems, Inc.', bold: true, center: true, size: 16 },
    { p: 'Halcyon GovCloud Records Platform (HGRP)', bold: true, center: true, size: 20 },
    { p: 'System Security Plan', bold: true, center: true, size: 24 },
    { p: 'Moderate Impact Level — FedRAMP Rev. 5', center: true },
    {
      table: [
        ['Document attribute', 'Value'],
        ['Cloud Service Provider', 'Halcyon Data Systems, Inc.'],
        ['Information System Name', 'Halcyon GovCloud Records Platform'],
        ['Information System Abbreviation', 'HGRP'],
        ['FedRAMP Package ID', 'FR2311408213'],
        ['Service Model', 'Software as a Service (SaaS)'],
        ['Deployment Model', 'Government Community Cloud'],
        ['Version / Date', 'Version 3.2, April 18, 2026'],
      ],
    },
    { p: 'Controlled Unclassified Information — Proprietary and Confidential', center: true },
    { pageBreak: true },
    { h1: 'Document Revision History' },
    revisionTable([
      ['2025-02-10', '2.0', 'Initial Rev. 5 transition for agency ATO', 'K. Osei'],
      ['2025-09-30', '3.0', 'Annual update; new data-export microservice', 'K. Osei'],
      ['2026-04-18', '3.2', 'Addressed agency reviewer comments (round 2)', 'M. Laurent'],
    ]),
    { h1: '1. Information System Name/Title' },
    {
      p: 'This System Security Plan provides an overview of the security requirements for the Halcyon GovCloud Records Platform (HGRP) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.',
    },
    { h1: '2. Information System Categorization' },
    {
      p: 'The overall information system sensitivity categorization is recorded in Table 2-1, Security Categorization, which follows. Directions for completing the categorization are in the FIPS 199 Categorization attachment.',
    },
    { table: [['System Sensitivity Level', 'Moderate'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low']] },
    { h2: '2.1 Information Types' },
    {
      table: [
        ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
        ['C.3.5.1 Records Retention', 'Moderate', 'Moderate', 'Low'],
        ['C.2.8.12 Official Information Dissemination', 'Low', 'Moderate', 'Low'],
      ],
    },
    { h2: '2.2 Digital Identity Determination' },
    { p: 'The digital identity level is IAL2 / AAL2 / FAL2 as documented in the Digital Identity Worksheet.' },
    { h1: '3. Information System Owner' },
    { table: [['Name', 'Kwame Osei'], ['Title', 'VP, Federal Platforms'], ['Company', 'Halcyon Data Systems, Inc.'], ['Address', '4100 Wilson Blvd, Arlington, VA 22203']], noHeader: true },
    { h1: '9. General System Description' },
    {
      p: 'HGRP is a multi-tenant records management service hosted in AWS GovCloud (US-West). Agencies use it to capture, classify and retain federal records under NARA General Records Schedules. The authorization boundary includes the web tier, the API tier, the indexing cluster, the object store and the management VPC.',
    },
    { h2: '9.4 Network Architecture' },
    { p: 'Figure 9-2 shows the authorization boundary. All ingress traverses an AWS Application Load Balancer with AWS WAF; administrative access uses a bastion reachable only through the corporate ZTNA broker.' },
    { pageBreak: true },
    { h1: '13. Minimum Security Controls' },
    { p: 'Security controls must meet minimum security control baseline requirements. The following sections describe how the controls of the FedRAMP Moderate baseline are implemented.' },
    { h2: '13.1 Access Control (AC)' },
    ...controlSummary('AC-2', 'Account Management (L)(M)(H)', 'HGRP System Owner; Identity Engineering Lead', [
      'Part a: HGRP defines two account types: customer tenant accounts, managed by the agency tenant administrator, and privileged internal accounts managed in the corporate Okta tenant.',
      'Part b: The Identity Engineering Lead is assigned as account manager for internal accounts. Tenant administrators are designated by each agency in the onboarding form.',
      'Part j: Accounts are reviewed monthly for privileged users and quarterly for non-privileged users; reviews are tracked in ServiceNow.',
    ]),
    ...controlSummary('AC-17', 'Remote Access (L)(M)(H)', 'Infrastructure Manager', [
      'Remote access to the management plane is permitted only through the ZTNA broker with phishing-resistant MFA (FIDO2). Sessions are logged to the central SIEM.',
    ]),
    { h2: '13.3 Audit and Accountability (AU)' },
    ...controlSummary('AU-6', 'Audit Record Review, Analysis, and Reporting (L)(M)(H)', 'Security Operations Manager', [
      'The SOC reviews correlated alerts daily and performs a weekly review of privileged activity. Findings are reported to the ISSO and tracked to closure.',
    ]),
    { h1: '15. Attachments' },
    { p: 'Attachment 1 Information Security Policies and Procedures; Attachment 2 User Guide; Attachment 3 Digital Identity Worksheet; Attachment 4 PTA/PIA; Attachment 5 Rules of Behavior; Attachment 6 ISCP; Attachment 7 CMP; Attachment 8 IRP; Attachment 9 CIS/CRM; Attachment 10 FIPS 199; Attachment 11 Separation of Duties Matrix; Attachment 12 Laws and Regulations; Attachment 13 Integrated Inventory.' },
  ];
  return {
    file: 'Halcyon_HGRP_SSP_v3.2_FINAL.docx',
    expected: 'SSP',
    note: 'Word SSP: cover table, revision history, categorization, control summary tables',
    data: await docx({ title: 'HGRP System Security Plan', creator: 'Kwame Osei', header: 'HGRP System Security Plan v3.2', footer: 'CUI — Halcyon Data Systems, Inc.', blocks }),
  };
}

async function meridianSspPdf(): Promise<Eval5Doc> {
  const ctl = (id: string, text: string): PBlock[] => [
    { h2: `${id}` },
    { table: [['Control Summary Information', ''], ['Responsible Role', 'Meridian Cloud Operations'], ['Implementation Status', 'Implemented'], ['Control Origination', 'Service Provider System Specific']] },
    { p: `What is the solution and how is it implemented? ${text}` },
  ];
  const blocks: PBlock[] = [
    { h: '1  Introduction' },
    {
      p: 'This volume documents the security posture of the Meridian Analytics Cloud (MAC), a Platform as a Service offering from Meridian Systems Group, for the purpose of obtaining an agency Authority to Operate at the FIPS 199 High impact level. It is organized according to the FedRAMP Rev. 5 template and describes, for each control of the High baseline, how the control is implemented and who is responsible.',
    },
    { h: '2  System Identification' },
    { table: [['Item', 'Value'], ['System name', 'Meridian Analytics Cloud (MAC)'], ['Unique identifier', 'MSG-MAC-01'], ['Security categorization', 'High (C: High, I: High, A: Moderate)'], ['Authorization type', 'Agency ATO, sponsor: Department of Energy'], ['Operational status', 'Operational']] },
    { h: '3  Authorization Boundary' },
    {
      p: 'The boundary comprises three Azure Government subscriptions (prod, mgmt, logging), the managed Kubernetes clusters hosting the query engine, the Key Vault HSM instances and the customer-facing portal. Leveraged authorizations: Microsoft Azure Government (High P-ATO).',
    },
    { pageBreak: true },
    { h: '4  Control Implementation' },
    ...ctl('AC-6(9) Log Use of Privileged Functions', 'Every privileged operation in the platform API is written to an immutable audit stream with the invoking identity and the request.'),
    ...ctl('CM-6 Configuration Settings', 'Hosts are built from CIS Level 2 hardened images; drift is detected every 15 minutes by the configuration agent and remediated automatically.'),
    ...ctl('IA-2(1) Multi-factor Authentication to Privileged Accounts', 'Privileged users authenticate with PIV or FIDO2 keys through Entra ID; passwords alone are never accepted.'),
    ...ctl('SC-8(1) Cryptographic Protection', 'All data in transit uses TLS 1.2 or 1.3 with FIPS 140-3 validated modules; internal service mesh traffic uses mutual TLS.'),
    { pageBreak: true },
    ...ctl('SI-4 System Monitoring', 'Microsoft Sentinel correlates host, network and application telemetry. Alerts page the on-call security engineer around the clock.'),
    ...ctl('CP-9 System Backup', 'Databases are backed up every 4 hours to a geo-redundant vault in the paired region; restores are tested quarterly.'),
    { h: '5  Ports, Protocols and Services' },
    { table: [['Port', 'Protocol', 'Service', 'Purpose'], ['443', 'TCP', 'HTTPS', 'Portal and API'], ['5432', 'TCP', 'PostgreSQL', 'Internal metadata store'], ['9093', 'TCP', 'Kafka TLS', 'Event streaming']] },
  ];
  return {
    file: 'package-volume-1.pdf',
    expected: 'SSP',
    note: 'hard: SSP title only in the running header; body is control-by-control implementation (High)',
    data: await pdf({ header: 'Meridian Analytics Cloud — System Security Plan — Version 1.4 — March 2026', footer: 'Page {n} of {of}    Controlled Unclassified Information', blocks }),
  };
}

async function accessPolicy(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'TAMARACK SOFTWARE, LLC', bold: true, center: true },
    { p: 'Access Control, Identification and Authentication Policy and Procedures', bold: true, center: true, size: 20 },
    { p: 'Applies to: Tamarack FedCase (FedRAMP Moderate)  |  Owner: Chief Information Security Officer  |  Version 4.1', center: true },
    { pageBreak: true },
    { h1: 'Revision History' },
    revisionTable([
      ['2024-06-02', '4.0', 'Rev. 5 alignment; added AC-2(12) account monitoring', 'J. Whitcombe'],
      ['2025-06-01', '4.1', 'Annual review; no material change', 'J. Whitcombe'],
    ]),
    { h1: '§1  Purpose' },
    { p: 'This document establishes the policy and procedures of Tamarack Software for the Access Control (AC) and Identification and Authentication (IA) control families, as required by AC-1 and IA-1 of NIST SP 800-53 Rev. 5.' },
    { h1: '§2  Scope' },
    { p: 'The policy applies to all employees, contractors and systems within the FedCase authorization boundary.' },
    { h1: '§3  Roles and Responsibilities' },
    { table: [['Role', 'Responsibility'], ['CISO', 'Owns and approves this policy; reviews it at least annually'], ['System Owner', 'Ensures implementation within FedCase'], ['Identity Administrators', 'Execute the procedures in §5'], ['All personnel', 'Comply with this policy and the Rules of Behavior']] },
    { h1: '§4  Policy Statements' },
    {
      bullets: [
        '4.1 Accounts are provisioned only after documented manager approval and completion of security awareness training.',
        '4.2 Privileged accounts are separate from day-to-day accounts and require phishing-resistant MFA.',
        '4.3 Inactive accounts are disabled after 90 days; temporary accounts expire within 30 days.',
        '4.4 Sessions lock after 15 minutes of inactivity.',
        '4.5 Authenticators are managed in accordance with NIST SP 800-63B.',
      ],
    },
    { h1: '§5  Procedures' },
    { h2: '§5.1  Account Provisioning Procedure' },
    { bullets: ['Step 1: Requester opens an access ticket naming the role.', 'Step 2: Manager and System Owner approve.', 'Step 3: Identity Administrator creates the account in the IdP and assigns the least-privileged group.', 'Step 4: Ticket is closed with evidence attached.'] },
    { h2: '§5.2  Quarterly Access Review Procedure' },
    { p: 'Each quarter the Identity Administrators export the group memberships and send them to managers for attestation. Unattested accounts are disabled within five business days.' },
    { h1: '§6  Compliance and Enforcement' },
    { p: 'Violations of this policy may result in disciplinary action up to and including termination.' },
  ];
  return {
    file: 'TSL-POL-AC-IA.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'AC/IA policy and procedures document with § numbering',
    data: await docx({ title: 'Access Control and IA Policy', creator: 'J. Whitcombe', footer: 'Tamarack Software — Internal', blocks }),
  };
}

async function auditPolicyPdf(): Promise<Eval5Doc> {
  return {
    file: 'Appendix_C_AU.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'PDF: Audit and Accountability policy and procedures (SSP Appendix C excerpt)',
    data: await pdf({
      title: 'Audit and Accountability Policy and Procedures',
      author: 'Orion Civic Cloud',
      footer: 'Orion Civic Cloud — SSP Appendix C — Page {n}',
      blocks: [
        { center: 'Orion Civic Cloud', size: 14, bold: true },
        { center: 'SSP Appendix C: Information Security Policies and Procedures', size: 12 },
        { center: 'Audit and Accountability (AU) Policy and Procedures', size: 16, bold: true },
        { gap: 20 },
        { table: [['Version', 'Date', 'Approved by'], ['2.3', 'January 12, 2026', 'L. Ferreira, CISO']] },
        { h: '1. Policy' },
        { p: 'Orion Civic Cloud shall generate audit records for the event types defined in AU-2 for all components within the authorization boundary, protect them from unauthorized access, modification and deletion, and retain them online for at least 90 days and in archive for at least one year, consistent with OMB M-21-31.' },
        { h: '2. Roles' },
        { p: 'The Security Operations Center (SOC) reviews audit records; Platform Engineering configures logging; the ISSO reviews this policy annually and after significant changes.' },
        { h: '3. Procedures' },
        { h2: '3.1 Configuring audit sources' },
        { p: 'New components are onboarded to the log pipeline before production release. The onboarding checklist verifies time synchronization (AU-8), event selection (AU-2) and forwarding to the SIEM.' },
        { h2: '3.2 Weekly audit review' },
        { p: 'Each week an analyst reviews privileged-user activity, failed logons above threshold and changes to security groups, and records the review in the SOC ticketing system.' },
        { h2: '3.3 Audit processing failure' },
        { p: 'If log forwarding fails for more than 15 minutes, the SIEM raises a high-priority alert; on-call engineers restore forwarding and document the gap.' },
        { h: '4. Compliance' },
        { p: 'This policy is reviewed at least annually; procedures are reviewed at least annually and following significant changes.' },
      ],
    }),
  };
}

async function userGuide(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Nimbus Ledger for Government', bold: true, center: true, size: 22 },
    { p: 'Customer Administrator and End-User Guide', center: true, size: 16 },
    { p: 'Release 2026.2 — SSP Attachment 2', center: true },
    { pageBreak: true },
    { h1: '1 About This Guide' },
    { p: 'This guide explains how agency administrators and end users sign in to Nimbus Ledger, manage users and roles, and use the security features that are the customer’s responsibility under the shared responsibility model.' },
    { h1: '2 Signing In' },
    { p: 'Navigate to https://gov.nimbusledger.example and select your agency’s identity provider. Nimbus Ledger supports SAML 2.0 federation with PIV/CAC authentication. Local accounts are disabled by default.' },
    { h1: '3 Managing Users' },
    { h2: '3.1 Inviting a user' },
    { bullets: ['Open Admin > Users and choose Invite.', 'Enter the user’s government e-mail address and choose a role (Viewer, Approver, Ledger Admin).', 'The invitation expires after 72 hours.'] },
    { h2: '3.2 Deactivating a user' },
    { p: 'Select the user and choose Deactivate. Deactivated users lose access immediately; their records remain for audit.' },
    { h1: '4 Security Settings Available to Administrators' },
    { table: [['Setting', 'Default', 'Recommended'], ['Session timeout', '15 minutes', '15 minutes or less'], ['IP allow-list', 'Off', 'Agency egress ranges'], ['Export approval', 'Off', 'On for Moderate data'], ['Audit log streaming', 'Off', 'Stream to agency SIEM']] },
    { h1: '5 Viewing Audit Logs' },
    { p: 'Admin > Audit shows sign-ins, role changes, exports and API token usage for the last 365 days. Logs can be downloaded as CSV or streamed over syslog-TLS.' },
    { h1: '6 Getting Help' },
    { p: 'Contact the Nimbus Ledger Federal Support Desk at 1-800-555-0143 or support-gov@nimbusledger.example.' },
  ];
  return {
    file: 'NL-Gov-AdminGuide-2026.2.docx',
    expected: 'USER_GUIDE',
    note: 'customer admin and end-user guide (SSP attachment 2)',
    data: await docx({ title: 'Nimbus Ledger Admin and User Guide', header: 'Nimbus Ledger for Government — User Guide', blocks }),
  };
}

async function digitalIdentity(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Attachment 3', center: true },
    { p: 'Digital Identity Worksheet', bold: true, center: true, size: 20 },
    { p: 'Orion Civic Cloud (OCC) — Moderate', center: true },
    { h1: 'Introduction and Purpose' },
    { p: 'This worksheet documents the digital identity level of Orion Civic Cloud according to NIST SP 800-63-3, Digital Identity Guidelines, and its three components: identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).' },
    { h1: 'Information System Name/Title' },
    { table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['OCC-2024-07', 'Orion Civic Cloud', 'OCC']] },
    { h1: 'Digital Identity Level Definitions' },
    { table: [['Level', 'Identity Assurance', 'Authenticator Assurance', 'Federation Assurance'], ['1', 'Self-asserted', 'Single-factor', 'Bearer assertion'], ['2', 'Remote or in-person proofing', 'Multi-factor', 'Assertion signed and encrypted'], ['3', 'In-person proofing', 'Hardware-based multi-factor', 'Holder-of-key assertion']] },
    { h1: 'Review Maximum Potential Impact Levels' },
    { table: [['Potential impact category', 'Impact value'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']] },
    { h1: 'Digital Identity Level Selection' },
    { p: 'The Orion Civic Cloud digital identity level is Level 2: IAL2, AAL2, FAL2. [X] Level 2  [ ] Level 1  [ ] Level 3' },
    { p: 'Rationale: users are agency staff authenticated by their agency identity provider with PIV or phishing-resistant MFA; the CSP accepts federated assertions that are signed and encrypted.' },
  ];
  return {
    file: 'OCC_Att03.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'digital identity worksheet (IAL/AAL/FAL selection); generic attachment file name',
    data: await docx({ title: 'Attachment 3', blocks }),
  };
}

async function fips199(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'SSP Attachment 10 — FIPS 199 Categorization', bold: true, center: true, size: 18 },
    { p: 'Nimbus Ledger for Government', center: true },
    { h1: 'Introduction and Purpose' },
    { p: 'This document uses FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II to categorize the information types processed, stored and transmitted by Nimbus Ledger and to derive the system’s overall security categorization.' },
    { h1: 'Information System Categorization' },
    {
      table: [
        ['Information Type', 'NIST SP 800-60 Identifier', 'Confidentiality', 'Integrity', 'Availability'],
        ['Accounting', 'C.3.3.2', 'Low', 'Moderate', 'Low'],
        ['Funds Control', 'C.3.3.4', 'Moderate', 'Moderate', 'Low'],
        ['Payments', 'C.3.3.6', 'Low', 'Moderate', 'Low'],
        ['Personal Identity and Authentication', 'D.8.1', 'Moderate', 'Moderate', 'Moderate'],
      ],
    },
    { h1: 'Adjustments' },
    { p: 'The provisional impact level for Payments integrity was kept at Moderate; no adjustments were made to the recommended values of NIST SP 800-60.' },
    { h1: 'Overall Security Categorization' },
    { p: 'SC Nimbus Ledger = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The high-water mark is MODERATE; the system is assessed against the FedRAMP Moderate baseline.' },
    { h1: 'Approval' },
    { table: [['Role', 'Name', 'Date'], ['System Owner', 'A. Petrov', '2026-02-02'], ['ISSO', 'R. Qureshi', '2026-02-02']] },
  ];
  return { file: 'NL_Security_Categorization.docx', expected: 'FIPS_199', note: 'FIPS 199 categorization with information types table', data: await docx({ blocks }) };
}

export async function securityPlanDocs(): Promise<Eval5Doc[]> {
  return Promise.all([halcyonSsp(), meridianSspPdf(), accessPolicy(), auditPolicyPdf(), userGuide(), digitalIdentity(), fips199()]);
}
