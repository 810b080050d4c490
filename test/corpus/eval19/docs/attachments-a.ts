import { b, h1, h2, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { complianceOwner, docx, md, pdf, withFront } from './helpers.js';
import { AGENCY, CISO, CISO_TITLE, CSO, CSO_ABBR, CSP, CUI, ISSO, PROPRIETARY, SO } from './persona.js';

const policyBody = (family: string, code: string, extra: Block[]): Block[] => [
  h1('1. Purpose'),
  p(`This document establishes the ${family} (${code}) policy and the procedures that implement it for ${CSO} (${CSO_ABBR}). It satisfies the requirements of NIST SP 800-53 Revision 5 control ${code}-1 and the FedRAMP Moderate baseline, and it is submitted with the System Security Plan as part of SSP Attachment 1, Information Security Policies and Procedures.`),
  h1('2. Scope'),
  p(`This policy applies to all ${CSP} employees, contractors and subcontractors who design, operate, administer or support ${CSO_ABBR} within the FedRAMP authorization boundary, and to all system components listed in the Integrated Inventory Workbook. Corporate IT systems outside the boundary are governed by the corporate information security policy.`),
  h1('3. Roles and Responsibilities'),
  table([
    ['Role', 'Responsibility'],
    ['Chief Information Security Officer', 'Owns this policy; approves exceptions; reviews the policy at least annually and after significant changes.'],
    ['Information System Security Officer', 'Implements the procedures, monitors compliance and reports deviations to the CISO.'],
    ['System Owner', 'Ensures resources are available to implement the policy within the boundary.'],
    ['All personnel', 'Comply with the policy and report suspected violations to the Security Operations Center.'],
  ]),
  h1('4. Management Commitment and Coordination'),
  p(`Executive management is committed to protecting federal information entrusted to ${CSP} and its personnel. This policy is coordinated with Human Resources, Legal, Cloud Operations and Engineering, and it is consistent with applicable laws, Executive Orders, directives, regulations, policies, standards and guidelines.`),
  h1('5. Policy Statements'),
  ...extra,
  h1('6. Procedures'),
  p(`The procedures that implement this policy are maintained in the ${CSO_ABBR} operations runbook and are reviewed and updated at least annually and following any of the events listed in section 7. Each procedure identifies the responsible role, the frequency, the evidence retained, and the control it implements.`),
  h1('7. Review and Update Frequency'),
  p('The policy is reviewed at least every year and the procedures at least every year, and both are updated after significant changes to the system, audit or assessment findings, security incidents or breaches, and changes in applicable laws, executive orders, directives, regulations, policies, standards and guidelines.'),
  h1('8. Compliance and Enforcement'),
  p('Violations of this policy may result in disciplinary action up to and including termination of employment or contract. Exceptions must be requested in writing, approved by the CISO, and tracked as a deviation or an operational requirement in the Plan of Action and Milestones where they affect a FedRAMP control.'),
];

/** Policies and procedures, Word original (SSP Attachment 1). */
export async function policiesDocx(): Promise<EvalDoc> {
  const extra: Block[] = [
    h2('5.1 Access Control (AC-1)'),
    p('Access to CVG components is granted on the principle of least privilege. Privileged access requires multi-factor authentication with a PIV or FIDO2 authenticator. Accounts are reviewed monthly for privileged users and quarterly for all other users.'),
    h2('5.2 Awareness and Training (AT-1)'),
    p('All personnel complete security awareness training before access is granted and annually thereafter; role-based training is required for administrators, developers and incident responders. Insider threat and social engineering content is included each year.'),
    h2('5.3 Audit and Accountability (AU-1)'),
    p('Audit records are generated for the event types defined in AU-2, protected from unauthorised modification, reviewed weekly and retained for at least one year online and three years in archive storage to satisfy M-21-31.'),
    h2('5.4 Identification and Authentication (IA-1)'),
    p('Users are uniquely identified; authenticators are managed according to NIST SP 800-63B at AAL2 for non-privileged users and AAL3-capable authenticators for privileged users.'),
    h2('5.5 System and Communications Protection (SC-1)'),
    p('Data in transit is protected with TLS 1.2 or higher using FIPS 140-2/140-3 validated cryptographic modules; data at rest is encrypted with AES-256 keys managed in AWS KMS.'),
  ];
  const body = policyBody('Information Security', 'XX', extra).map((blk) =>
    blk.t === 'p' ? { ...blk, text: blk.text.replace(' (XX) policy', ' policies').replace('control XX-1', 'the -1 controls of every family') } : blk,
  );
  return docx('ISPP_2026.docx', 'POLICIES_AND_PROCEDURES', 'The CSP\'s Information Security Policies and Procedures (SSP Attachment 1) covering the -1 controls of the NIST SP 800-53 families.', {
    blocks: withFront(
      {
        kicker: 'FedRAMP SSP Attachment 1',
        title: 'Information Security Policies and Procedures',
        subtitle: [CSO],
        version: '2.1',
        date: 'February 2026',
        revisions: [
          ['2025-05-12', '1.0', 'Initial release', 'D. Whitcomb'],
          ['2026-02-03', '2.1', 'Annual review; aligned to Rev5 parameters', 'D. Whitcomb'],
        ],
        approvers: [{ name: CISO, title: CISO_TITLE, org: CSP }, complianceOwner],
      },
      body,
    ),
    header: `${CSO} | Information Security Policies and Procedures`,
    footer: PROPRIETARY,
    headings: 'bold',
    meta: { title: 'ISPP_2026', creator: 'Dana Whitcomb' },
  });
}

/** AU policy and procedures: printed, signed by the CISO, scanned and OCR'd. */
export async function auPolicyScan(): Promise<EvalDoc> {
  const extra: Block[] = [
    p('a. The system logs the events defined in the AU-2 event list, including account logon events, account management events, object access, policy change, privilege functions, process tracking, system events, all administrator activity and data deletions.'),
    p('b. Audit records contain what type of event occurred, when and where it occurred, the source and outcome of the event, and the identity of any individuals or subjects associated with the event.'),
    p('c. Audit processing failures generate an alert to the ISSO and the on-call engineer within 15 minutes.'),
    p('d. Audit records are reviewed and analysed at least weekly for indications of inappropriate or unusual activity, and findings are reported to the ISSO.'),
    p('e. Time stamps are generated using internal clocks synchronised to an authoritative time source with a granularity of one second.'),
  ];
  return pdf(
    'scan0031.pdf',
    'POLICIES_AND_PROCEDURES',
    'A printed, signed and scanned Audit and Accountability (AU) Policy and Procedures, one of the SSP Attachment 1 policies, with an OCR text layer.',
    {
      blocks: [
        { t: 'p', text: 'FedRAMP SSP Attachment 1 - Policies and Procedures', center: true },
        { t: 'title', text: 'Audit and Accountability (AU) Policy and Procedures' },
        { t: 'p', text: `${CSO} | Version 1.3 | Effective January 15, 2026`, center: true },
        ...policyBody('Audit and Accountability', 'AU', extra),
        b('Approval'),
        sig([CISO, CISO_TITLE, CSP], 'Priya Natarajan'),
      ],
      header: `${CSO_ABBR} AU Policy and Procedures v1.3`,
      footer: CUI,
    },
    { ocr: { seed: 'au-policy', stamp: 'APPROVED JAN 15 2026' } },
  );
}

const guideBody = (): Block[] => [
  h1('1. Introduction'),
  p(`This User Guide describes how agency users and agency administrators use ${CSO} to submit, review and track housing finance oversight case files. It is provided as SSP Attachment 2 and describes the security features available to customers and the secure configuration that customers are responsible for (see the Customer Responsibility Matrix in Attachment 9).`),
  h1('2. Getting Started'),
  h2('2.1 Signing In'),
  p('Open https://hfo.civicvault-gov.example in a supported browser (current Microsoft Edge, Google Chrome or Mozilla Firefox). Select "Sign in with your agency account". You will be redirected to your agency identity provider; after you authenticate with your PIV card you are returned to the CivicVault dashboard. CivicVault never asks for your agency password.'),
  h2('2.2 Session Timeout'),
  p('Sessions lock after 15 minutes of inactivity and end after 12 hours. A warning banner appears two minutes before the lock. Unsaved form data is kept as a draft.'),
  h1('3. Working with Case Files'),
  h2('3.1 Uploading Documents'),
  p('Select Cases > New Case, complete the required fields and drag files into the upload area. Files larger than 2 GB must be split. Every upload is scanned for malware; files that fail the scan are quarantined and the uploader is notified.'),
  h2('3.2 Sharing and Permissions'),
  p('Case owners can share a case with users in the same agency tenant only. Cross-agency sharing is disabled by default and can be enabled only by an agency administrator, who must record the interconnection or data-sharing authority.'),
  h1('4. Administrator Functions'),
  h2('4.1 Managing Users'),
  p('Agency administrators create users by assigning them to a CivicVault role (Viewer, Analyst, Case Manager, Agency Administrator). Administrators must review user access at least every 90 days using Admin > Access Review, which produces an exportable attestation report.'),
  h2('4.2 Configuring Security Settings'),
  table([
    ['Setting', 'Default', 'Customer responsibility'],
    ['Session lock (minutes)', '15', 'May reduce, not increase'],
    ['IP allow list', 'Off', 'Recommended: restrict to agency egress ranges'],
    ['Download watermarking', 'On', 'Keep enabled for CUI'],
    ['Audit log export (SIEM)', 'Off', 'Configure the syslog-over-TLS or S3 export'],
  ]),
  h1('5. Getting Help'),
  p('Contact the Tessellate Service Desk at 1-888-555-0142 or support@tessellate-ps.example, 24x7. Report suspected security incidents immediately using the "Report a security concern" link in the footer of every page.'),
];

export async function userGuideDocx(): Promise<EvalDoc> {
  return docx('CivicVault_User_Guide.docx', 'USER_GUIDE', 'The CSO\'s User Guide (SSP Attachment 2): sign-in, case handling and administrator security settings.', {
    blocks: withFront(
      {
        kicker: 'SSP Attachment 2',
        title: `${CSO} User Guide`,
        subtitle: ['For Agency Users and Agency Administrators', 'Release 2026.1'],
        version: '4.0',
        date: '01/30/2026',
        revisions: [
          ['2024-11-04', '3.0', 'Rebranded from CivicVault Cloud', 'Product Documentation'],
          ['2026-01-30', '4.0', 'Added access review, SIEM export', 'Product Documentation'],
        ],
        approvers: [{ name: 'Kendra Moyo', title: 'Director, Product Documentation', org: CSP }],
      },
      guideBody(),
    ),
    header: `${CSO} User Guide`,
    footer: PROPRIETARY,
    meta: { title: `${CSO} User Guide`, creator: 'Kendra Moyo', subject: 'User documentation' },
  });
}

export function userGuideMd(): EvalDoc {
  const blocks: Block[] = [
    { t: 'p', text: '<!-- exported from docs.civicvault-gov.example, build 2026.1.4 -->' },
    { t: 'title', text: `${CSO} User Guide (SSP Attachment 2)` },
    p('Last updated: 2026-01-30 · Audience: agency users and administrators'),
    ...guideBody(),
  ];
  return md('README-admin-guide.md', 'USER_GUIDE', 'The same CSO User Guide exported as Markdown from the documentation portal.', { blocks });
}

const diwBody = (): Block[] => [
  h1('Introduction and Purpose'),
  p(`This Digital Identity Worksheet documents the digital identity assurance levels selected for ${CSO} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. The results are recorded in section 2 of the System Security Plan.`),
  h1('Identity Assurance Level (IAL)'),
  p('Question 1: Does the system require the user to be identity proofed? Yes. Agency users are identity proofed by their agency as part of federal onboarding and PIV issuance; CivicVault relies on the agency identity provider and performs no proofing itself.'),
  p('Selected: IAL2. Justification: the system processes personally identifiable information of housing program participants at a moderate impact level; misattribution of a user could lead to unauthorized release of that PII.'),
  h1('Authenticator Assurance Level (AAL)'),
  p('Selected: AAL2 for agency users (PIV or phishing-resistant authenticator through the agency IdP); AAL3 for CSP privileged administrators using PIV-I/FIDO2 hardware authenticators.'),
  h1('Federation Assurance Level (FAL)'),
  p('Selected: FAL2. Assertions are signed and encrypted SAML 2.0 assertions delivered by the back channel; the relying party is protected from injection of assertions.'),
  h1('Summary of Digital Identity Levels'),
  table([
    ['Assurance', 'Level selected', 'Potential impact category driving the selection'],
    ['IAL', '2', 'Unauthorized release of sensitive information: Moderate'],
    ['AAL', '2 (users) / 3 (privileged)', 'Harm to agency programs or public interests: Moderate'],
    ['FAL', '2', 'Inconvenience, distress, or damage to standing: Moderate'],
  ]),
];

export async function diwDocx(): Promise<EvalDoc> {
  return docx('Final_v7.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'The FedRAMP Digital Identity Worksheet (SSP Attachment 3) selecting IAL, AAL and FAL under NIST SP 800-63-3.', {
    blocks: withFront(
      {
        kicker: 'FedRAMP SSP Attachment 3',
        title: 'Digital Identity Worksheet',
        subtitle: [CSO],
        version: '1.2',
        date: 'December 12, 2025',
        revisions: [['2025-12-12', '1.2', 'Updated AAL for privileged users', 'T. Albright']],
        toc: false,
      },
      diwBody(),
    ),
    footer: CUI,
    headings: 'bold',
    meta: { title: 'Final_v7', creator: 'talbright' },
  });
}

export async function diwScan(): Promise<EvalDoc> {
  return pdf(
    'doc-0419.pdf',
    'DIGITAL_IDENTITY_WORKSHEET',
    'A signed and scanned copy of the Digital Identity Worksheet (SSP Attachment 3) with an OCR text layer.',
    {
      blocks: [
        { t: 'p', text: 'FedRAMP SSP ATTACHMENT 3', center: true, bold: true },
        { t: 'title', text: 'Digital Identity Worksheet' },
        { t: 'p', text: `${CSO} (${CSO_ABBR})`, center: true },
        ...diwBody(),
        b('System Owner Concurrence'),
        sig([SO, 'System Owner', CSP], 'L. Vasquez-Hart'),
        sig([ISSO, 'ISSO', CSP], 'T Albright'),
      ],
      header: 'Digital Identity Worksheet - CivicVault GovCloud',
    },
    { ocr: { seed: 'diw-scan' } },
  );
}

const ptaBody = (): Block[] => [
  h1('Section 1: System Information'),
  table([
    ['System Name', CSO],
    ['System Owner', SO],
    ['Sponsoring Agency', AGENCY],
    ['Privacy Point of Contact', 'Angela Reyes-Burke, Privacy Officer'],
  ], false),
  h1('Section 2: Privacy Threshold Questions'),
  table([
    ['#', 'Question', 'Response'],
    ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes'],
    ['2', 'Does the system collect Social Security numbers?', 'Yes – last four digits only, for record matching'],
    ['3', 'Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'Yes – by case number and applicant name'],
    ['4', 'Does the system collect PII about federal employees or contractors other than user account data?', 'No'],
  ]),
  h1('Section 3: Determination'),
  p(`Because the answers to questions 1 and 3 are "Yes", a full Privacy Impact Assessment (PIA) is required for ${CSO}. The PIA is provided with this Privacy Threshold Analysis as part of SSP Attachment 4. The sponsoring agency's Senior Agency Official for Privacy (SAOP) will determine whether an existing System of Records Notice (SORN) covers the collection.`),
  h1('Section 4: Signatures'),
  sig(['Angela Reyes-Burke', 'Privacy Officer', CSP]),
  sig(['Agency Privacy Officer', AGENCY]),
];

export async function ptaDocx(): Promise<EvalDoc> {
  return docx('PTA_CVG_2026.docx', 'PRIVACY_ASSESSMENT', 'The FedRAMP Privacy Threshold Analysis (SSP Attachment 4) with its threshold questions and PIA determination.', {
    blocks: withFront(
      {
        kicker: 'SSP Attachment 4',
        title: 'Privacy Threshold Analysis (PTA)',
        subtitle: [CSO],
        version: '1.0',
        date: 'November 3, 2025',
        revisions: [['2025-11-03', '1.0', 'Initial PTA', 'A. Reyes-Burke']],
        toc: false,
      },
      ptaBody(),
    ),
    meta: { title: 'Privacy Threshold Analysis', creator: 'Angela Reyes-Burke' },
  });
}

export async function piaPdf(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1. Overview'),
    p(`This Privacy Impact Assessment (PIA) describes the personally identifiable information collected by ${CSO}, why it is collected, how it is used and shared, and how it is protected, as required by Section 208 of the E-Government Act of 2002 and OMB M-03-22.`),
    h1('2. Characterization of the Information'),
    p('2.1 What PII is collected? Applicant name, mailing address, telephone number, email address, last four digits of the Social Security number, household income, and case correspondence uploaded by agency caseworkers.'),
    p('2.2 What are the sources? The agency and its grantee organisations; CivicVault does not collect PII directly from the public.'),
    h1('3. Uses of the Information'),
    p('The PII is used solely to administer and oversee housing finance assistance cases on behalf of the agency. No matching programs are run; no data is sold or used for marketing.'),
    h1('4. Retention'),
    p('Records are retained according to the agency records schedule (GRS 5.2 and the agency-specific schedule N1-207-09-1) and destroyed using NIST SP 800-88 methods at the end of retention.'),
    h1('5. Internal and External Sharing'),
    p('PII is shared only with authorized agency users and with the state eligibility gateway under the interconnection agreement documented in the SSP.'),
    h1('6. Notice, Access, Redress and Correction'),
    p('Notice is provided by the agency through its SORN and program forms. Individuals request access or correction through the agency Privacy Act office.'),
    h1('7. Technical Access and Security'),
    p('Access is role-based; all access to PII is logged; data is encrypted at rest and in transit with FIPS-validated modules. Privacy controls from the NIST SP 800-53 PT family are implemented as documented in the SSP.'),
  ];
  return pdf('attachment-4.pdf', 'PRIVACY_ASSESSMENT', 'The Privacy Impact Assessment for the CSO (SSP Attachment 4), exported to PDF.', {
    blocks: withFront(
      { kicker: 'FedRAMP SSP Attachment 4', title: 'Privacy Impact Assessment (PIA)', subtitle: [CSO], version: '1.1', date: 'January 9, 2026', revisions: [['2026-01-09', '1.1', 'Agency privacy office comments', 'A. Reyes-Burke']] },
      body,
    ),
    header: `${CSO} Privacy Impact Assessment`,
    footer: CUI,
    meta: { title: 'Privacy Impact Assessment', creator: 'Angela Reyes-Burke', created: '2026-01-09T18:00:00Z' },
  });
}

const robBody = (privileged: boolean): Block[] => [
  h1('1. Introduction'),
  p(`These Rules of Behavior apply to all ${privileged ? 'privileged (administrative) users' : 'users'} of ${CSO}. They describe the responsibilities and expected behavior of users and the consequences of non-compliance, as required by NIST SP 800-53 control PL-4. Users must read and sign these rules before access is granted and annually thereafter.`),
  h1('2. Rules'),
  ul(
    'I will use the system only for authorized purposes and access only the information I need for my job.',
    'I will protect my authenticators (PIV card, PIN, hardware token) and never share them or leave them unattended.',
    'I will not attempt to circumvent security controls, escalate my privileges, or install unapproved software.',
    'I will lock my workstation when I leave it and will not store federal data on personal devices or unapproved cloud storage.',
    'I will report suspected security incidents, lost authenticators and suspicious activity to the Security Operations Center within one hour.',
    ...(privileged
      ? [
          'I will use my privileged account only for administrative tasks and use my standard account for email and web browsing.',
          'I will make production changes only through approved change tickets under the Configuration Management Plan.',
          'I understand that all privileged sessions are recorded and reviewed.',
        ]
      : []),
  ),
  h1('3. Consequences of Non-Compliance'),
  p('Failure to comply with these Rules of Behavior may result in revocation of access, disciplinary action up to and including termination, and civil or criminal penalties under applicable federal law, including 18 U.S.C. 1030.'),
  h1('4. Acknowledgement'),
  p('I acknowledge that I have read, understand and agree to abide by these Rules of Behavior.'),
];

export async function robScan(): Promise<EvalDoc> {
  return pdf(
    'ROB-signed-scan.pdf',
    'RULES_OF_BEHAVIOR',
    'A signed Rules of Behavior for privileged users (SSP Attachment 5), printed, signed and scanned with an OCR layer.',
    {
      blocks: [
        { t: 'title', text: 'Rules of Behavior for Privileged Users' },
        { t: 'p', text: `${CSO} - SSP Attachment 5`, center: true },
        ...robBody(true),
        table([['Printed Name', 'Role', 'Signature', 'Date'], ['Marco Delgado', 'Cloud Operations Engineer', 'M Delgado', '02/11/2026']]),
        sig(['Marco Delgado', 'Cloud Operations Engineer'], 'Marco Delgado'),
      ],
      header: 'CVG Rules of Behavior (Privileged)',
    },
    { ocr: { seed: 'rob-scan', rate: 0.03 } },
  );
}

export async function robDocx(): Promise<EvalDoc> {
  return docx('upload (7).docx', 'RULES_OF_BEHAVIOR', 'The general-user Rules of Behavior for the CSO (SSP Attachment 5), Word original.', {
    blocks: withFront(
      { kicker: 'SSP Attachment 5', title: 'Rules of Behavior', subtitle: [`${CSO} General Users`], version: '2.0', date: 'January 2026', revisions: [['2026-01-12', '2.0', 'Annual review', 'D. Whitcomb']], toc: false },
      [...robBody(false), table([['User Name', 'Signature', 'Date'], ['', '', '']])],
    ),
    footer: `${CSO_ABBR} ROB v2.0`,
    meta: { title: 'Rules of Behavior', creator: 'Dana Whitcomb', lastModifiedBy: 'Kendra Moyo' },
  });
}

