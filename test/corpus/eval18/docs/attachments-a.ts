import type { Block } from '../kit/model.js';
import { b, bullets, h1, h2, p, ps, table, title } from '../kit/model.js';
import { G } from '../kit/group.js';
import type { FrontMatter } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import { groupDoc } from './wrap.js';
import type { EvalDoc } from './types.js';

const fm = (docId: string, version: string, date: string, extra: Partial<FrontMatter> = {}): FrontMatter => ({
  docId,
  version,
  status: 'Approved',
  owner: `${G.isso}, Information System Security Officer`,
  approver: `${G.systemOwner}, System Owner`,
  reviewer: `${G.complianceLead}, Global Compliance Office`,
  date,
  revisions: [
    ['0.1', '2025-11-03', 'P. Raghunathan', 'First draft prepared from the FedRAMP template'],
    ['1.0', '2026-02-14', 'D. Whitfield', 'Approved for the initial authorization package'],
    [version, date, 'D. Whitfield', 'Annual review; references to the group ISMS updated'],
  ],
  approvals: [['System Owner', G.systemOwner], ['ISSO', G.isso]],
  ...extra,
});

// ---------------------------------------------------------------- Policies and procedures (AC and AU)
function accessControlPP(): Block[] {
  return [
    h1('1 Purpose'),
    p(`This document establishes the Access Control (AC) policy and the associated procedures for the ${G.cso} (${G.csoShort}) in order to satisfy control AC-1 of the FedRAMP High baseline. It is one of the family-level policy and procedure documents that together form Attachment 1, Information Security Policies and Procedures, of the ${G.csoShort} System Security Plan.`),
    h1('2 Scope'),
    p(`The policy applies to all ${G.sub} personnel, contractors and group employees who design, operate, administer or support system components inside the ${G.csoShort} authorization boundary. Group-level policies of ${G.group} apply in addition; where they conflict with this policy, the more restrictive requirement prevails within the federal boundary.`),
    h1('3 Roles and Responsibilities'),
    table([
      ['Role', 'Responsibility'],
      ['System Owner', 'Approves this policy; accountable for access decisions within the boundary.'],
      ['ISSO', 'Maintains this policy and the procedures; performs the monthly privileged account review.'],
      ['Identity Engineering Lead', 'Operates the identity governance tool and the automated joiner-mover-leaver workflows.'],
      ['Account Managers', 'Approve or reject access requests for the account types assigned to them.'],
    ]),
    h1('4 Management Commitment and Coordination'),
    p('Management commits to the enforcement of this policy through the quarterly security steering committee of the US subsidiary, which reports to the Group Information Security Board. Coordination among organisational entities is achieved through the access control working group chaired by the ISSO.'),
    h1('5 Policy'),
    h2('5.1 Account Management (AC-2)'),
    ...ps(
      'Accounts shall be requested through the identity governance tool only. Each request shall identify the account type, the business justification, the required entitlements and the sponsoring manager.',
      'Privileged accounts shall be reviewed monthly and non-privileged accounts quarterly; accounts inactive for ninety days shall be disabled automatically.',
      'Emergency (break-glass) accounts shall be stored in the hardware-backed vault, used only under the emergency access procedure and reviewed after every use.',
    ),
    h2('5.2 Access Enforcement and Least Privilege (AC-3, AC-6)'),
    ...ps('Access shall be granted on the principle of least privilege through role-based entitlements defined in the Separation of Duties Matrix (Attachment 11). Direct assignment of permissions to individual identities is prohibited.'),
    h2('5.3 Remote Access (AC-17)'),
    ...ps('Remote administrative access shall only be established through the FIPS-validated VPN and the privileged access gateway, from managed endpoints, using phishing-resistant multi-factor authentication.'),
    h2('5.4 Session Controls (AC-11, AC-12)'),
    ...ps('Sessions shall lock after fifteen minutes of inactivity and terminate after twelve hours; privileged gateway sessions terminate after thirty minutes of inactivity.'),
    h1('6 Procedures'),
    h2('6.1 Procedure AC-PR-01: Provisioning a Privileged Account'),
    bullets(
      'The requester submits a request in the identity governance tool and attaches the signed Rules of Behavior acknowledgement.',
      'The tool verifies the background investigation status with the US personnel security office.',
      'The account manager approves; the ISSO approves as second approver for privileged roles.',
      'The account is provisioned automatically and the requester receives enrolment instructions for the FIDO2 security key.',
    ),
    h2('6.2 Procedure AC-PR-02: Monthly Privileged Account Review'),
    bullets(
      'On the first business day of the month the ISSO exports the privileged account report.',
      'Each account manager confirms or revokes each entitlement within five business days.',
      'Revocations are executed within twenty-four hours; the completed review is archived as CA-7 evidence.',
    ),
    h1('7 Review and Update'),
    p('This policy is reviewed at least every three years and the procedures at least annually, and after any significant change, security incident or assessment finding that relates to access control, as required by the FedRAMP parameter values for AC-1.'),
    h1('8 Compliance and Exceptions'),
    p('Exceptions require a documented risk acceptance by the System Owner and are tracked as POA&M items where they affect a control implementation. Violations may lead to disciplinary measures under the applicable US employment policy.'),
  ];
}

function auditPP(): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Audit and Accountability Policy and Procedures document implements control AU-1 for the ${G.csoShort} FedRAMP High system and is filed in Attachment 1 of the SSP together with the other family-level policies and procedures.`),
    h1('2 Policy Statements'),
    bullets(
      'AU-2: The event types listed in Appendix A of this document shall be logged on all components within the authorization boundary.',
      'AU-3: Audit records shall contain the event type, time stamp in UTC, source, outcome and identity of the subject.',
      'AU-4 / AU-5: Audit storage shall be sized for twelve months online; failures of audit logging shall alert the SOC within five minutes.',
      'AU-6: Audit records shall be reviewed and analysed at least weekly, and correlation shall run continuously in the SIEM.',
      'AU-9: Audit information shall be protected from unauthorised access, modification and deletion through write-once storage.',
      'AU-11: Audit records shall be retained for at least one year online and in accordance with NARA requirements thereafter.',
      'AU-12: Audit record generation shall be configured in the baseline configuration of every component.',
    ),
    h1('3 Procedures'),
    h2('3.1 Weekly Audit Review (AU-PR-01)'),
    ...ps(
      'Each Monday the on-duty security analyst runs the weekly audit summary dashboard, reviews the privileged activity report, the failed authentication report and the configuration change report, and records the review and any follow-up tickets in the SOC tool.',
      'Suspected incidents are escalated to the Incident Response Manager according to the Incident Response Plan.',
    ),
    h2('3.2 Adding a New Log Source (AU-PR-02)'),
    ...ps('New components are onboarded to logging as part of the change record; the change cannot be closed until the SOC confirms ingestion and parsing of the new source.'),
    h2('3.3 Time Synchronisation (AU-8)'),
    ...ps('All components synchronise with the internal NTP stratum-2 servers, which in turn synchronise with NIST time servers; drift larger than one second raises an alert.'),
    h1('4 Roles'),
    table([['Role', 'Duties'], ['Security Operations Manager', 'Owns the SIEM and the review procedures'], ['ISSO', 'Approves changes to the audited event list'], ['Platform Engineering', 'Configures audit generation in baselines']]),
    h1('5 Review Cycle'),
    p('Policy: every three years. Procedures: annually. Last review: 15/09/2026 by the ISSO.'),
    h1('Appendix A — Audited Events'),
    table([['Component', 'Events'], ['Linux hosts', 'auditd rules per STIG, sudo, sshd'], ['Kubernetes', 'API server audit policy level RequestResponse for secrets and RBAC'], ['PostgreSQL', 'pgaudit: ddl, role, write on system catalogues'], ['Network devices', 'AAA accounting, configuration changes']]),
  ];
}

// ---------------------------------------------------------------- User guide
function userGuide(): Block[] {
  return [
    h1('1 About this Guide'),
    p(`This User Guide explains to federal customers how to use the ${G.cso} (${G.csoShort}) securely: how to obtain access, how to administer a tenant, how to configure the security features under customer responsibility, and where to get support. It is Attachment 2 to the ${G.csoShort} System Security Plan and complements the Customer Responsibility Matrix.`),
    h1('2 Getting Started'),
    h2('2.1 Requesting a Tenant'),
    ...ps('Your agency\'s designated tenant administrator requests a tenant through the federal onboarding portal. After the agency\'s authorization letter has been verified, the tenant is created and the administrator receives an activation link valid for twenty-four hours.'),
    h2('2.2 Signing In'),
    ...ps('Sign in at https://console.fed.nordhaus-cloud.example with your agency PIV card or a FIDO2 security key. Password-only sign-in is not available. If your agency federates identity, configure the SAML 2.0 or OpenID Connect trust in Tenant Settings → Identity Federation.'),
    h1('3 Administering Your Tenant'),
    h2('3.1 Users and Roles'),
    table([['Built-in role', 'What it can do'], ['Tenant Administrator', 'Manage users, roles, keys and all resources'], ['Network Administrator', 'Manage virtual networks, firewalls and load balancers'], ['Auditor', 'Read-only access to resources and logs'], ['Operator', 'Start, stop and resize compute and databases']]),
    h2('3.2 Encryption Keys'),
    ...ps('All volumes and object buckets are encrypted by default. To use customer-managed keys, create a key in Key Management → Keys, select the HSM protection level and assign it to the resource. Keys cannot be exported.'),
    h2('3.3 Audit Logs'),
    ...ps('Tenant audit logs are available in Logging → Activity. You can export them to your agency SIEM through the syslog-over-TLS or object storage export options. Logs are retained for ninety days in the console; configure an export if your agency requires longer retention.'),
    h1('4 Security Features under Customer Responsibility'),
    bullets('Configure multi-factor authentication for every user in your tenant.', 'Review tenant user accounts at the frequency your agency policy requires.', 'Restrict inbound rules on security groups to the minimum necessary.', 'Enable the vulnerability scanning service for your virtual machines or bring your own scanner.'),
    h1('5 Support'),
    ...ps('The federal support desk is staffed by US persons 24×7 and can be reached at +1 703 555 0199 or through the console. Security incidents affecting your tenant should be reported immediately through the "Report a security incident" option.'),
    h1('6 Frequently Asked Questions'),
    table([['Question', 'Answer'], ['Can I choose the region?', 'Yes: US-East-Federal-1 or US-Central-Federal-2.'], ['Can group staff in Europe see my data?', 'No. Federal regions are operated exclusively by US persons of the US subsidiary.'], ['How do I close my tenant?', 'Request closure in Tenant Settings; data is sanitised according to NIST SP 800-88.']]),
  ];
}

// ---------------------------------------------------------------- Digital identity worksheet
function diw(): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p(`This Digital Identity Worksheet documents the digital identity level selected for the ${G.cso} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and the FedRAMP requirements for High systems. It is Attachment 3 to the System Security Plan.`),
    h1('2 E-Authentication Level Determination'),
    p('The determination considers the potential impact of an authentication error on each impact category. The table below records the assessment for the federal users of the system.'),
    table([
      ['Potential Impact Category', 'Assessed Impact'],
      ['Inconvenience, distress or damage to standing or reputation', 'High'],
      ['Financial loss or agency liability', 'High'],
      ['Harm to agency programmes or public interests', 'Moderate'],
      ['Unauthorized release of sensitive information', 'High'],
      ['Personal safety', 'Low'],
      ['Civil or criminal violations', 'Moderate'],
    ]),
    h1('3 Digital Identity Level Selection'),
    table([
      ['Level', 'Identity Assurance Level (IAL)', 'Authenticator Assurance Level (AAL)', 'Federation Assurance Level (FAL)', 'Selected'],
      ['Level 1', 'IAL1', 'AAL1', 'FAL1', '☐'],
      ['Level 2', 'IAL2', 'AAL2', 'FAL2', '☐'],
      ['Level 3', 'IAL3', 'AAL3', 'FAL3', '☒'],
    ]),
    p('The digital identity level selected is Level 3. Privileged users are identity-proofed in person by the US personnel security office (IAL3) and authenticate with hardware cryptographic authenticators (PIV or FIDO2 security keys with verifier impersonation resistance, AAL3). Federation with agency identity providers uses signed and encrypted assertions bound to the authenticator (FAL3).'),
    h1('4 Justification'),
    ...ps('The system processes grants management records categorised High for confidentiality and integrity; an authentication error could result in the unauthorised release of sensitive information about grant applicants and in financial loss for the agency. The selection is consistent with the FIPS 199 categorisation recorded in Attachment 10.'),
    h1('5 Approval'),
    table([['Name', 'Role', 'Date'], [G.systemOwner, 'System Owner', '14/02/2026'], [G.isso, 'ISSO', '14/02/2026']]),
  ];
}

// ---------------------------------------------------------------- Privacy: PTA and PIA
function pta(): Block[] {
  return [
    h1('Section 1 — System Information'),
    table([['System name', G.cso], ['FedRAMP package ID', G.fedId], ['System owner', G.systemOwner], ['Privacy point of contact', `${G.privacy} (Group Data Protection Office) / ${G.isso}`]]),
    h1('Section 2 — Privacy Threshold Analysis Questions'),
    table([
      ['#', 'Question', 'Answer'],
      ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes — grant applicant records processed by customer applications hosted in tenants.'],
      ['2', 'Does the system collect, maintain, use or disseminate PII about federal employees or contractors?', 'Yes — tenant administrator names, work e-mail addresses and PIV certificate subjects.'],
      ['3', 'Does the system use Social Security Numbers?', 'The CSP does not; customer applications may. The CSP treats all tenant content as potentially containing SSNs.'],
      ['4', 'Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'Not by the CSP. The agency determines whether its application constitutes a system of records.'],
      ['5', 'Has a Privacy Impact Assessment been completed?', 'A PIA is required and has been completed (Attachment 4, PIA v1.2).'],
    ]),
    h1('Section 3 — Determination'),
    p('Based on the answers above, the system collects and stores PII and a Privacy Impact Assessment is required. The PTA is reviewed annually or upon a significant change that alters the collection or use of PII.'),
    h1('Section 4 — Signatures'),
    table([['Role', 'Name', 'Date'], ['System Owner', G.systemOwner, '2026-08-01'], ['Senior Agency Official for Privacy (reviewing)', 'FGAA Privacy Office', '2026-08-19']]),
  ];
}

function pia(): Block[] {
  return [
    h1('1 Overview'),
    p(`This Privacy Impact Assessment (PIA) evaluates the privacy risks of the ${G.cso} (${G.csoShort}) in accordance with Section 208 of the E-Government Act of 2002, OMB M-03-22 and the FedRAMP PIA template. It follows the Privacy Threshold Analysis that determined a PIA is required.`),
    h1('2 Characterisation of the Information'),
    ...ps(
      'The CSP collects tenant administrator contact information (name, work e-mail, work phone, PIV certificate subject) to provision and support tenants. Customer content, which may contain PII of grant applicants, is stored and processed on behalf of the agency; the CSP does not access customer content except at the agency\'s request for support.',
      'Sources of the information are the agency onboarding request and the agency identity provider during federation.',
    ),
    h1('3 Uses of the Information'),
    ...ps('Administrator contact information is used to authenticate users, send security notifications and provide support. It is not used for marketing and is not shared with the commercial regions of the group.'),
    h1('4 Retention'),
    ...ps('Administrator records are retained for the duration of the contract plus three years, consistent with General Records Schedule 3.2. Customer content is deleted within thirty days of tenant closure and sanitised in accordance with NIST SP 800-88.'),
    h1('5 Internal and External Sharing and Disclosure'),
    ...ps('Information is shared with the 3PAO during assessments under non-disclosure terms and with US-CERT/CISA when required for incident reporting. No information is transferred outside the United States.'),
    h1('6 Notice, Access, Redress and Correction'),
    ...ps('Tenant administrators can view and correct their profile information in the console. Notice is given through the federal customer agreement and the console privacy notice.'),
    h1('7 Technical Access and Security'),
    ...ps('Access to administrator records is limited to the federal support team, under the access controls described in the SSP; records are encrypted at rest with FIPS 140-3 validated modules.'),
    h1('8 Privacy Risks and Mitigations'),
    table([['Risk', 'Mitigation'], ['Unauthorised access to customer content by CSP staff', 'Customer-managed keys; just-in-time access with agency approval'], ['Over-retention of administrator records', 'Automated retention job; annual PIA review'], ['Cross-border access by group staff', 'Federal regions operated only by US persons; logical separation from commercial regions']]),
    h1('9 Approval'),
    p(`Reviewed by ${G.privacy}, Group Data Protection Office, and approved by ${G.systemOwner}, System Owner, on 1 August 2026.`),
  ];
}

export async function attachmentDocsA(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'NFCP-A01-AC-PolicyProcedures.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'FedRAMP Attachment 1 family document: Access Control Policy and Procedures (AC-1), with policy statements and numbered procedures.',
    data: await renderDocx(
      groupDoc(fm('NFCP-POL-AC-01', '2.1', '01/10/2026'), [title('Access Control Policy and Procedures', 40), p(`${G.cso} — FedRAMP High — SSP Attachment 1`)], accessControlPP(), {
        place: 'after-control',
        meta: { title: 'Access Control Policy and Procedures', creator: G.isso },
        what: 'AC Policy and Procedures',
      }),
    ),
  });
  out.push({
    file: 'AU-family_v1.3.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Audit and Accountability Policy and Procedures (AU-1) for the FedRAMP system, printed to PDF; Attachment 1 family document.',
    data: await renderPdf(
      groupDoc(fm('NFCP-POL-AU-01', '1.3', '15.09.2026'), [title('Audit and Accountability (AU) Policy and Procedures', 34), p(`${G.csoShort} — Attachment 1 to the System Security Plan`)], auditPP(), {
        place: 'after-front',
        headings: 'bold',
        meta: { title: 'NFCP-POL-AU-01', creator: 'dwhitfield' },
      }),
      { pageSize: 'Letter' },
    ),
  });
  out.push({
    file: 'upload-2291.docx',
    expected: 'USER_GUIDE',
    note: 'Customer-facing User Guide for the FedRAMP cloud service (SSP Attachment 2): sign-in, tenant administration, customer responsibilities.',
    data: await renderDocx(
      groupDoc(fm('NFCP-UG-001', '1.4', '12/09/2026', { owner: `${G.sre}, Head of Federal Service Operations`, classification: 'PUBLIC — for federal customers' }), [title(`${G.cso}`, 30), title('User Guide', 48)], userGuide(), {
        place: 'cover',
        meta: { title: 'Document1', creator: 'Rohan Mehta' },
      }),
      '2019-03-14T08:12:00Z',
    ),
  });
  out.push({
    file: 'user-guide.md',
    expected: 'USER_GUIDE',
    note: 'The same User Guide kept as markdown in the docs-as-code repository, with YAML front matter.',
    data: renderMarkdown(
      { blocks: [title(`${G.csoShort} Federal Customer User Guide`), p('> Attachment 2 to the NFCP System Security Plan. Version 1.5 (draft), 2026-11-20.'), ...userGuide().slice(0, 14)] },
      { title: `${G.csoShort} User Guide`, version: '1.5-draft', owner: 'federal-service-operations', classification: 'PUBLIC' },
    ),
  });
  out.push({
    file: 'NFCP-A03.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'SSP Attachment 3 Digital Identity Worksheet: impact table and IAL/AAL/FAL level selection (Level 3).',
    data: await renderDocx(
      groupDoc(fm('NFCP-DIW-001', '1.0', '14/02/2026'), [title('Digital Identity Worksheet', 40), p(`Attachment 3 — ${G.cso}`)], diw(), { place: 'after-control', meta: { title: 'Digital Identity Worksheet', creator: G.isso } }),
    ),
  });
  out.push({
    file: 'scan (1).pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'Digital Identity Worksheet printed to PDF, title after the full front matter; misleading name.',
    data: await renderPdf(
      groupDoc(fm('NFCP-DIW-001', '1.1', '2026-10-30'), [title('FedRAMP Digital Identity Worksheet — Attachment 3', 28)], diw(), { place: 'after-front', headings: 'bold' }),
      { pageSize: 'Letter', noInfoTitle: true },
    ),
  });
  out.push({
    file: 'PTA_NFCP_2026.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Threshold Analysis for the FedRAMP system (SSP Attachment 4, PTA part) with the PII questions and determination.',
    data: await renderDocx(
      groupDoc(fm('NFCP-PRV-PTA-01', '1.1', '01.08.2026', { owner: `${G.privacy}, Group Data Protection Office` }), [b('FedRAMP Privacy Threshold Analysis (PTA)'), p(G.cso)], pta(), {
        place: 'after-control',
        headings: 'bold',
        meta: { title: 'Privacy Threshold Analysis', creator: G.privacy },
      }),
    ),
  });
  out.push({
    file: 'doc_20260801_PIA.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Impact Assessment (E-Government Act section 208) for the FedRAMP system, PDF (SSP Attachment 4).',
    data: await renderPdf(
      groupDoc(fm('NFCP-PRV-PIA-01', '1.2', '01/08/2026', { owner: `${G.privacy}, Group Data Protection Office` }), [title('Privacy Impact Assessment', 38), p(`${G.cso} (${G.csoShort})`)], pia(), { place: 'cover', meta: { title: 'Privacy Impact Assessment', creator: G.privacy } }),
      { pageSize: 'A4' },
    ),
  });
  return out;
}
