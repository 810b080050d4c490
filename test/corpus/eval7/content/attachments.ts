import type { Block, EvalDoc } from '../kit/model.js';
import { day, H, OL, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { toMarkdown, toText } from '../kit/text.js';
import { approvalBlock, revisionTable, W } from './world.js';

function userGuideBody(): Block[] {
  return [
    H('1. About this guide'),
    P(`This User Guide describes how agency users and agency administrators use ${W.cso} securely. It is provided as Attachment 2 of the ${W.abbr} System Security Plan and complements the customer responsibilities listed in the CRM. It covers signing in, roles and permissions, the security-relevant configuration settings the agency controls, and how to obtain audit records.`),
    H('2. Signing in'),
    P(`Agency users sign in at https://app.${W.domain} through their agency identity provider (SAML 2.0 or OIDC federation). Local passwords are disabled for federal tenants. If federation is unavailable, the agency administrator may enable the fallback login, which requires a TOTP or WebAuthn second factor.`),
    OL('Browse to the tenant URL provided by your administrator.', 'Select "Sign in with your agency account".', 'Complete PIV/CAC or agency MFA at your identity provider.', 'Accept the system use notification banner.'),
    H('3. Roles'),
    TBL([
      ['Role', 'What it can do', 'Typical holder'],
      ['Inspector', 'View assigned establishments, record inspection results, upload photos', 'Field inspector'],
      ['Supervisor', 'Assign inspections, approve non-compliance records, run district reports', 'District supervisor'],
      ['Agency Administrator', 'Manage users and roles, configure security settings, export audit log', 'Agency IT'],
      ['Read-only Auditor', 'View records and the audit log; cannot change data', 'OIG, compliance staff'],
    ]),
    H('4. Managing users (Agency Administrator)'),
    P('Administrators create users from Settings → Users → Invite, or enable SCIM provisioning from the identity provider. Deactivate users as soon as they leave; deactivated users lose access immediately and their records remain attributed to them. Review the list of users and roles at least every 90 days (Settings → Users → Export).'),
    H('5. Security settings under agency control'),
    TBL([
      ['Setting', 'Default', 'Recommended for federal tenants'],
      ['Session idle timeout', '15 minutes', '15 minutes or less'],
      ['IP allow-list', 'Off', 'On, agency egress ranges'],
      ['Attachment download', 'Allowed', 'Restricted to Supervisor and above'],
      ['API tokens', 'Disabled', 'Enable only for integrations; expire within 90 days'],
    ]),
    H('6. Audit log'),
    P('Settings → Audit log shows sign-ins, role changes, exports and deletions for the last 365 days. Administrators can export it as CSV or stream it to the agency SIEM through the syslog-over-TLS connector.'),
    H('7. Getting help'),
    P(`Support: support@${W.domain}, 8am–8pm ET, Monday–Friday. Report suspected security incidents at any time to security@${W.domain} or +1 512 555 0142.`),
  ];
}

function diwQuestions(): Block[] {
  return [
    H('Digital Identity Level Selection'),
    P(`The ${W.csp} has identified that ${W.cso} requires the following digital identity levels for agency end users, in accordance with NIST SP 800-63-3 and the FedRAMP Digital Identity Requirements.`),
    TBL([
      ['Digital Identity Level', 'Maximum Potential Impact Profile', 'Selected'],
      ['Level 1: AAL1, IAL1, FAL1', 'Low', '☐'],
      ['Level 2: AAL2, IAL2, FAL2', 'Moderate', '☒'],
      ['Level 3: AAL3, IAL3, FAL3', 'High', '☐'],
    ]),
    H('Assessment of potential impact of authentication errors'),
    TBL([
      ['Impact category', 'Low', 'Moderate', 'High'],
      ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''],
      ['Financial loss or agency liability', 'X', '', ''],
      ['Harm to agency programs or public interests', '', 'X', ''],
      ['Unauthorized release of sensitive information', '', 'X', ''],
      ['Personal safety', 'X', '', ''],
      ['Civil or criminal violations', '', 'X', ''],
    ]),
    H('Justification'),
    P('An authentication error could allow an unauthorized person to view or alter inspection findings and non-compliance records of regulated establishments, which could harm agency programs and release sensitive but unclassified information. The impact is therefore Moderate and Level 2 is required. Agency users authenticate through agency federation (PIV), which meets AAL2; identity proofing is performed by the agency when it issues the credential (IAL2); assertions are signed and encrypted SAML (FAL2).'),
  ];
}

function ptaBody(): Block[] {
  return [
    H('Section 1. System information'),
    TBL([
      ['System name', `${W.cso} (${W.abbr})`],
      ['System owner', `${W.ceo}, ${W.csp}`],
      ['Sponsoring agency', W.agency],
      ['Privacy POC', `${W.secLead}, privacy@${W.domain}`],
    ], false),
    H('Section 2. Questions'),
    TBL([
      ['#', 'Question', 'Answer'],
      ['1', 'Does the system collect, maintain, use or disseminate Personally Identifiable Information (PII)?', 'Yes'],
      ['2', 'Does the system collect PII from members of the public?', 'Yes — names and business phone numbers of establishment contacts'],
      ['3', 'Does the system collect PII of federal employees or contractors?', 'Yes — inspector name, work e-mail, duty station'],
      ['4', 'Does the system collect Social Security numbers?', 'No'],
      ['5', 'Is information retrieved by a personal identifier (Privacy Act system of records)?', 'Yes — inspector records are retrieved by name'],
      ['6', 'Is there an existing System of Records Notice (SORN)?', 'Agency to confirm: USDA/FSIS-0004 may apply'],
    ]),
    H('Section 3. Determination'),
    P('Because the system contains PII, a full Privacy Impact Assessment (PIA) is required. The PTA will be reviewed by the agency privacy officer, who determines whether an existing SORN covers the records.'),
    TBL([
      ['Reviewer', 'Decision', 'Date'],
      ['Agency Privacy Officer', '☒ PIA required  ☐ No further action', '2025-01-21'],
    ]),
  ];
}

function piaBody(): Block[] {
  return [
    H('1. Overview'),
    P(`${W.cso} is a SaaS application used by ${W.agencyShort} to schedule and record inspections of regulated establishments. This Privacy Impact Assessment describes the personally identifiable information (PII) the system collects, why it is collected, how it is used, shared, secured and retained, and how individuals can access or correct it. It follows the Privacy Threshold Analysis dated January 21, 2025, which determined that a PIA is required.`),
    H('2. What information is collected'),
    TBL([
      ['Category of individual', 'PII elements', 'Source'],
      ['Agency inspectors and supervisors', 'Name, work e-mail, work phone, duty station, PIV-derived identifier', 'Agency identity provider'],
      ['Establishment contacts (public)', 'Name, business phone, business e-mail, role at establishment', 'Inspectors, establishment registration'],
      ['Photos taken during inspections', 'May incidentally include images of individuals', 'Inspector device'],
    ]),
    H('3. Why the information is collected and how it is used'),
    P('Inspector information is used to authenticate users, assign work and attribute inspection records. Establishment contact information is used to schedule inspections and communicate findings. The system does not use PII for any other purpose, does not perform matching programs, and does not make decisions about individuals.'),
    H('4. Sharing'),
    P('PII is shared only with the sponsoring agency. Sub-processors (AWS GovCloud for hosting, Datadog for Government for operational logs) process data only on Fieldnote\'s instructions and do not receive establishment contact data except as incidental log content, which is masked.'),
    H('5. Notice and consent'),
    P('Establishment contacts receive a Privacy Act statement from the agency at registration. Agency users are notified by the system use banner.'),
    H('6. Access, redress and correction'),
    P('Individuals request access or correction through the agency\'s Privacy Act procedures; Fieldnote supports the agency within five business days.'),
    H('7. Security and retention'),
    P('PII is encrypted at rest with FIPS 140-3 validated keys and in transit with TLS 1.2 or higher. Records are retained according to the agency records schedule (currently 7 years) and deleted within 30 days of the end of the contract, with a certificate of destruction.'),
    H('8. Privacy risks and mitigations'),
    TBL([
      ['Risk', 'Mitigation'],
      ['Over-collection in free-text notes', 'Field guidance and a PII detector warning inspectors before saving'],
      ['Incidental faces in photos', 'Photos are access-restricted; blur tool available'],
      ['Unauthorized access by Fieldnote staff', 'Support access requires agency approval and is logged'],
    ]),
  ];
}

function robBody(priv: boolean): Block[] {
  return [
    P(`These Rules of Behavior apply to every ${priv ? 'privileged user (operators, DevOps and security staff)' : 'user'} of ${W.cso}. They describe responsibilities and expected behavior for using the system and protecting federal information. You must read and sign them before receiving access and re-acknowledge them every year.`),
    H('Responsibilities'),
    UL(
      'Use the system only for authorized purposes related to your job.',
      'Protect your credentials and security key; never share them or let anyone else use your session.',
      'Lock your workstation whenever you leave it and do not store federal data on personal devices.',
      'Report suspected incidents, lost keys or suspicious activity to security immediately (within one hour).',
      'Do not attempt to bypass security controls, access data you are not authorized to see, or install unapproved software.',
      ...(priv
        ? [
            'Use privileged access only through the approved path (SSM Session Manager after JIT elevation); never create local accounts or access keys.',
            'Do not view, copy or export customer data unless a support ticket approved by the agency requires it.',
            'Make production changes only through approved change requests as described in the Configuration Management Plan.',
          ]
        : []),
    ),
    H('Consequences'),
    P('Failure to comply may result in loss of access, disciplinary action up to termination, and civil or criminal penalties under applicable federal law.'),
    H('Acknowledgment'),
    P('I have read and understand these Rules of Behavior and agree to comply with them.'),
    TBL([['Name', 'Signature', 'Date'], ['', '', '']]),
  ];
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const ugDocx = await toDocx({
    headings: 'styles',
    header: `Customer Docs  /  ${W.cso}  /  User Guide`,
    footer: `© 2025 ${W.csp}`,
    pageNumbers: true,
    date: day('2025-01-30'),
    meta: { title: 'FIC User Guide', author: 'Confluence' },
    blocks: [
      T(`${W.cso} User Guide`),
      P('For agency users and agency administrators — FedRAMP Moderate environment (federal tenants)'),
      revisionTable([
        ['2024-11-04', '1.0', 'First version for the federal environment', W.cs],
        ['2025-01-30', '1.1', 'Added security settings table and audit log export', W.cs],
      ]),
      ...userGuideBody(),
    ],
  });
  const ugMd = toMarkdown({
    headings: 'styles',
    blocks: [T('User guide — federal tenants'), P(`_Source: fic-docs repository, docs/federal/user-guide.md — rendered at docs.${W.domain}/federal_`), ...userGuideBody()],
  });
  const diwDocx = await toDocx({
    headings: 'bold',
    date: day('2025-01-15'),
    meta: { title: 'SSP-A3', author: W.secLead },
    footer: 'Controlled Unclassified Information',
    blocks: [
      TBL([[`${W.csp}\n${W.cso}\nDigital Identity Worksheet\nVersion 1.0 — January 15, 2025`]], false),
      revisionTable([['2025-01-15', '1.0', 'Initial worksheet for SSP Attachment 3', W.secLead]]),
      ...diwQuestions(),
      ...approvalBlock([[W.secLead, 'ISSO'], [W.ceo, 'System Owner']]),
    ],
  });
  const diwPdf = await toPdf({
    headings: 'large',
    date: day('2025-02-03'),
    meta: { title: 'scan_0007', producer: 'Microsoft: Print To PDF' },
    blocks: [T(`digital identity worksheet — ${W.abbr}`), P('attachment 3 to the SSP · reviewed with agency ISSO Feb 3'), ...diwQuestions()],
  });
  const pta = await toDocx({
    headings: 'bold',
    header: `${W.abbr} — Privacy Threshold Analysis`,
    date: day('2025-01-21'),
    meta: {},
    blocks: [
      T('Privacy Threshold Analysis (PTA)'),
      P(`${W.cso} — prepared by ${W.csp} for ${W.agency}`),
      P('Instructions: complete every question. The PTA determines whether a Privacy Impact Assessment (PIA) or a System of Records Notice is required.', { italic: true }),
      ...ptaBody(),
    ],
  });
  const pia = await toPdf({
    headings: 'bold',
    header: `${W.csp} | ${W.abbr} Privacy Impact Assessment | v1.0`,
    pageNumbers: true,
    date: day('2025-02-20'),
    meta: { title: 'Rules of Behavior Template', author: 'FedRAMP PMO', producer: 'Microsoft® Word for Microsoft 365' },
    blocks: [
      T('Privacy Impact Assessment'),
      P(`${W.cso} (${W.abbr})   |   February 20, 2025   |   Version 1.0`),
      revisionTable([['2025-02-20', '1.0', 'PIA following PTA determination', W.secLead]]),
      ...piaBody(),
      ...approvalBlock([[W.secLead, 'Privacy POC'], ['Agency Privacy Officer', W.agencyShort]]),
    ],
  });
  const robDocx = await toDocx({
    headings: 'bold',
    footer: 'Fieldnote Labs — Internal',
    date: day('2024-12-12'),
    meta: { title: 'ROB', author: W.secLead },
    blocks: [P(`${W.csp}`, { bold: true }), T('Rules of Behavior for Privileged Users'), P(`${W.cso} — SSP Attachment 5 — Version 1.1`), ...robBody(true)],
  });
  const robTxt = toText({
    headings: 'styles',
    blocks: [
      T(`${W.cso.toUpperCase()} - GENERAL USER RULES OF BEHAVIOR`),
      P('(plain-text copy for the onboarding checklist; the signed PDF is kept in Rippling)'),
      ...robBody(false),
    ],
  });
  return [
    { file: 'Document (14).docx', expected: 'USER_GUIDE', note: 'Confluence export of the FIC User Guide for agency users and administrators (SSP attachment 2).', data: ugDocx },
    { file: 'README (2).md', expected: 'USER_GUIDE', note: 'Markdown user guide for federal tenants from the docs repository: sign-in, roles, security settings, audit log.', data: ugMd },
    { file: 'A3_DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet with the title inside a table cell, IAL/AAL/FAL level selection and impact assessment.', data: diwDocx },
    { file: 'scan_0007.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Printed-to-PDF digital identity worksheet, lower-case large-font title, metadata title set to a file name.', data: diwPdf },
    { file: 'PTA FINAL.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis questionnaire for the system with a PIA-required determination.', data: pta },
    { file: 'pia.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment of the system; stale metadata title "Rules of Behavior Template" from another template.', data: pia },
    { file: 'upload_20241212.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with acknowledgment signature block (SSP attachment 5).', data: robDocx },
    { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text general user Rules of Behavior for the system.', data: robTxt },
  ];
}
