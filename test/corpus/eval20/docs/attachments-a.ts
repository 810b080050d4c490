import { big, center, h1, h2, p, pageBreak, ps, space, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { approvals, revisionHistory } from '../kit/front.js';
import { buildPdf } from '../kit/pdf.js';
import { at, w3c, type DocDef } from '../kit/types.js';
import { cspFront, intro } from './attach-kit.js';

const FAMILIES: [string, string][] = [
  ['AC', 'Access Control'], ['AT', 'Awareness and Training'], ['AU', 'Audit and Accountability'], ['CA', 'Assessment, Authorization, and Monitoring'],
  ['CM', 'Configuration Management'], ['CP', 'Contingency Planning'], ['IA', 'Identification and Authentication'], ['IR', 'Incident Response'],
  ['MA', 'Maintenance'], ['MP', 'Media Protection'], ['PE', 'Physical and Environmental Protection'], ['PL', 'Planning'], ['PS', 'Personnel Security'],
  ['RA', 'Risk Assessment'], ['SA', 'System and Services Acquisition'], ['SC', 'System and Communications Protection'], ['SI', 'System and Information Integrity'], ['SR', 'Supply Chain Risk Management'],
];

function policyFamily(id: string, name: string, i: number): Block[] {
  return [
    h1(`${i + 4} ${name} (${id}) Policy and Procedures`),
    h2(`${i + 4}.1 Policy`),
    p(`Cirrocloud shall implement ${name.toLowerCase()} controls for ${CSP.abbr} consistent with NIST SP 800-53 Rev. 5 and the FedRAMP Moderate baseline. This policy establishes the purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities and compliance for the ${id} family (${id}-1).`),
    h2(`${i + 4}.2 Roles and Responsibilities`),
    table([['Role', 'Responsibility'], ['CISO', `Owns the ${id} policy; approves exceptions`], ['ISSO', 'Maintains procedures; monitors compliance'], ['Platform Operations', 'Executes the procedures']]),
    h2(`${i + 4}.3 Procedures`),
    p(`The ${name} procedures are maintained in the ${CSP.abbr} runbook repository and reviewed at least annually. Each procedure step references the control requirement it implements (for example ${id}-2, ${id}-3) and names the evidence retained for assessment.`),
    h2(`${i + 4}.4 Review Frequency`),
    p('This policy is reviewed and updated at least every three years and the procedures at least annually, and following significant changes or assessment findings.'),
  ];
}

async function ppDocx(): Promise<Buffer> {
  const body: Block[] = [
    h1('1 Introduction'),
    intro('Information Security Policies and Procedures document', 'It is submitted as Attachment 1 to the System Security Plan and contains the policies and procedures required by the "-1" control of each NIST SP 800-53 Rev. 5 family.'),
    h1('2 Scope'),
    p('All Cirrocloud employees and contractors with logical or physical access to the CCMP authorization boundary, including the CI/CD pipeline and security tooling.'),
    h1('3 Policy Governance'),
    p('Policies are approved by the CISO and the system owner, published in the policy portal, and acknowledged annually by personnel. Exceptions require a documented risk acceptance.'),
    ...FAMILIES.flatMap(([id, name], i) => policyFamily(id, name, i)),
  ];
  return buildDocx(
    {
      blocks: [
        ...cspFront('Information Security Policies and Procedures', 'SSP Attachment 1', '2.4', 'February 2, 2026', [['02/01/2025', '2.0', 'Rev. 5 transition', 'P. Raman'], ['02/02/2026', '2.4', 'Annual review; SR family added', 'P. Raman']], [['1 Introduction', '1'], ['4 Access Control (AC) Policy and Procedures', '3'], ['21 Supply Chain Risk Management (SR) Policy and Procedures', '58']]),
        ...body,
      ],
      header: ['CCMP Information Security Policies and Procedures'],
      footer: ['Page {PAGE} | CUI'],
      core: { title: 'Attachment 1 - Policies', creator: CSP.isso, created: w3c('2025-02-01'), modified: w3c('2026-02-02') },
    },
    at('2026-02-02'),
  );
}

function ppMarkdown(): string {
  const fam = FAMILIES.slice(0, 9)
    .map(([id, name]) => `## ${id}: ${name}\n\n### Policy\n\nCirrocloud personnel SHALL follow the ${name.toLowerCase()} requirements below for every component inside the CCMP boundary. Requirements trace to NIST SP 800-53 Rev. 5 controls ${id}-1 through the last ${id} control selected in the FedRAMP Moderate baseline.\n\n### Procedure\n\n1. The control owner reviews the ${id} runbooks every quarter (see \`runbooks/${id.toLowerCase()}/\`).\n2. Evidence is exported to the GRC evidence bucket on the first business day of each month.\n3. Deviations open a ticket in the SEC project and are tracked to closure.\n\n| Control | Owner | Review |\n|---|---|---|\n| ${id}-1 | CISO | annually |\n| ${id}-2 | ISSO | quarterly |\n`)
    .join('\n');
  return `---
title: "CCMP Information Security Policies and Procedures"
version: 2.5
owner: security-compliance
fedramp_attachment: 1
last_reviewed: 2026-04-30
---

<!-- Rendered to PDF by the docs pipeline for the SSP package. Edit in Git; PRs need CISO approval. -->

# Information Security Policies and Procedures

> Applies to the ${CSP.cso} (${CSP.abbr}). This is the source of SSP Attachment 1.

| Version | Date | Change | Approver |
|---|---|---|---|
| 2.4 | 2026-02-02 | Annual review | G. Hales |
| 2.5 | 2026-04-30 | Moved to docs-as-code; wording unchanged | G. Hales |

## Purpose

This document sets out the security policies of ${CSP.name} for CCMP and the procedures that implement them. Every NIST SP 800-53 control family has a policy and procedure section. Policies are reviewed every three years; procedures annually.

## Roles

- **CISO** approves policies and exceptions.
- **ISSO** maintains procedures and the evidence schedule.
- **Engineering managers** make sure their teams follow the procedures.

${fam}
## Exceptions

Exceptions are requested through the SEC-EXC ticket type, approved by the CISO, time-limited to one year and reported to the authorizing agency in the monthly continuous monitoring package when they affect a FedRAMP control.
`;
}

function ugBlocks(admin: boolean): Block[] {
  return [
    h1('1 About This Guide'),
    p(`This User Guide explains how ${admin ? 'agency administrators configure' : 'agency users work with'} ${CSP.cso}. It describes the security features available to customers and the configuration choices that are the customer's responsibility, as listed in the Customer Responsibility Matrix.`),
    h1('2 Getting Started'),
    h2('2.1 Signing In'),
    p('Open https://ccmp.<agency>.example.gov and select "Sign in with your agency account". You are redirected to your agency identity provider; after PIV authentication you return to the CCMP dashboard. CCMP never sees your PIN.'),
    h2('2.2 The Dashboard'),
    p('The dashboard shows the cases assigned to you, cases approaching their due date and recent notifications. Use the left navigation to reach Cases, Reports, and (for administrators) Administration.'),
    h1('3 Working With Cases'),
    ul('Create a case: Cases > New case, choose the case type, and complete the required fields.', 'Upload evidence: open the case, choose Documents > Upload. Files up to 2 GB are scanned for malware before they become available.', 'Assign a case: open the case, choose Assign, and select a case manager of your agency.', 'Close a case: all tasks must be complete; closing requires a supervisor role.'),
    h1(admin ? '4 Administration' : '4 Notifications'),
    ...(admin
      ? [
          h2('4.1 Managing Users'),
          p('Administration > Users lists every account of your tenant. Accounts are provisioned through SCIM from your identity provider; local accounts are disabled by default. Review the user list monthly (AC-2(j)) and remove users who no longer need access.'),
          h2('4.2 Roles and Permissions'),
          table([['Role', 'Can'], ['Agency Administrator', 'Manage users, roles, workflows, retention'], ['Case Manager', 'Create and update cases'], ['Auditor', 'Read closed cases and audit logs'], ['Reviewer', 'Read assigned cases']]),
          h2('4.3 Session and Password Settings'),
          p('Session timeout can be set between 15 and 30 minutes; the default is 15. MFA is enforced by your identity provider. IP allow-listing is available under Administration > Security.'),
          h2('4.4 Audit Logs'),
          p('Administration > Audit shows sign-ins, permission changes, exports and deletions. Logs can be exported as CSV or streamed to your agency SIEM through the audit API.'),
        ]
      : [p('Notifications are sent by e-mail and shown in the bell menu. You can choose a daily digest under Profile > Notifications.')]),
    h1('5 Getting Help'),
    p('The Cirrocloud federal support desk is available 24x7 at (703) 555-0100 and support-gov@cirrocloud.example.com. Report suspected security incidents immediately to your agency SOC and to security@cirrocloud.example.com.'),
  ];
}

async function ugDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [big(`${CSP.cso} User Guide`, 22), center('Release 4.12 - for agency case managers'), ...revisionHistory([['01/15/2026', '4.12', 'Updated for release 4.12', 'Documentation Team']], 'plain'), pageBreak, ...ugBlocks(false)],
      footer: ['CCMP User Guide - Page {PAGE}'],
      core: { title: 'CCMP User Guide', creator: 'docs-team', created: w3c('2026-01-15'), modified: w3c('2026-01-15') },
    },
    at('2026-01-15'),
  );
}

async function ugPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [big('CCMP Administrator User Guide', 22), center('SSP Attachment 2 - User Guide'), center('Release 4.12 | January 2026'), pageBreak, ...ugBlocks(true)],
      header: 'Cirrocloud Case Management Platform - Administrator User Guide',
      headerFromPage2: true,
      footer: '{PAGE}',
      info: { title: 'CCMP Admin User Guide', author: 'Cirrocloud Documentation', creator: 'MadCap Flare', producer: 'MadCap Flare' },
    },
    at('2026-01-20'),
  );
}

function diwBlocks(): Block[] {
  return [
    h1('Introduction and Purpose'),
    p('This Digital Identity Worksheet documents the digital identity level of the system in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. The level is determined from the Identity Assurance Level (IAL), the Authenticator Assurance Level (AAL) and the Federation Assurance Level (FAL).'),
    h1('Digital Identity Level Determination'),
    p('For each category of harm, the potential impact of an authentication error was assessed.'),
    table([
      ['Category of Harm and Impact', 'Low', 'Moderate', 'High'],
      ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''],
      ['Financial loss or agency liability', '', 'X', ''],
      ['Harm to agency programs or public interests', '', 'X', ''],
      ['Unauthorized release of sensitive information', '', 'X', ''],
      ['Personal safety', 'X', '', ''],
      ['Civil or criminal violations', '', 'X', ''],
    ]),
    h1('Assurance Levels Selected'),
    table([['Assurance', 'Level', 'Rationale'], ['Identity Assurance Level', 'IAL2', 'Users are federal employees proofed by their agency (PIV issuance)'], ['Authenticator Assurance Level', 'AAL2', 'PIV or FIDO2 through the agency IdP; privileged CSP users at AAL3'], ['Federation Assurance Level', 'FAL2', 'Signed and encrypted SAML assertions']]),
    h1('Digital Identity Acceptance Statement'),
    p(`The ${CSP.abbr} digital identity level is Level 2. The system owner acknowledges that the selected levels meet the requirements of the Moderate baseline controls IA-2, IA-5, IA-8 and IA-12.`),
    ...approvals([[CSP.owner, 'System Owner', CSP.name]]),
  ];
}

async function diwDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        table([['SSP Attachment 3'], ['Digital Identity Worksheet'], [CSP.cso], ['Version 1.3, January 22, 2026']], false),
        ...revisionHistory([['01/22/2026', '1.3', 'Updated FAL rationale', CSP.isso]]),
        ...diwBlocks(),
      ],
      header: [`${CSP.abbr} | Attachment 3`],
      core: { title: 'Document1', creator: CSP.isso, created: w3c('2026-01-22'), modified: w3c('2026-01-22') },
    },
    at('2026-01-22'),
  );
}

async function diwPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [p(CSP.name), big('Digital Identity Worksheet', 20), center(`${CSP.cso} - signed`), space, ...diwBlocks(), p('/s/ Thomas Ekwueme  01/23/2026')],
      footer: 'Attachment 3 | {PAGE}',
      info: { title: 'A3_DIW_signed', producer: 'DocuSign' },
      serif: true,
    },
    at('2026-01-23'),
  );
}

async function ptaDocx(): Promise<Buffer> {
  const q = (n: string, text: string, ans: string): string[] => [n, text, ans];
  return buildDocx(
    {
      blocks: [
        ...cspFront('Privacy Threshold Analysis (PTA)', 'SSP Attachment 4', '1.2', 'December 5, 2025', [['12/05/2025', '1.2', 'Reviewed with FGOA privacy office', CSP.isso]], [['1 Overview', '1'], ['2 PTA Questions', '1'], ['3 Determination', '3']]),
        h1('1 Overview'),
        p(`This Privacy Threshold Analysis determines whether ${CSP.cso} collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment is required, in accordance with the E-Government Act of 2002, Section 208, and OMB M-03-22.`),
        h1('2 PTA Questions'),
        table([
          ['#', 'Question', 'Answer'],
          q('1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'Yes - names, addresses, phone numbers and e-mail of complainants and grant recipients'),
          q('2', 'Does the system collect PII about federal employees or contractors?', 'Yes - name, work e-mail, agency, role'),
          q('3', 'Does the system collect Social Security Numbers?', 'No. SSNs are redacted by the upload pipeline if present in documents.'),
          q('4', 'Is the PII retrieved by a personal identifier?', 'Yes - by complainant name and case number'),
          q('5', 'Is there a System of Records Notice covering the records?', 'Agency responsibility: FGOA-12 Oversight Case Files'),
        ]),
        h1('3 Determination'),
        p('PII is collected; a Privacy Impact Assessment is required and has been completed (Attachment 4, Part 2). The PTA will be reviewed annually and upon significant change.'),
        ...approvals([[CSP.isso, 'Information System Security Officer', CSP.name], ['Dana Whitaker', 'Privacy Officer', CSP.name]]),
      ],
      header: ['Privacy Threshold Analysis - CCMP'],
      footer: ['CUI // PRIVACY | {PAGE}'],
      core: { title: 'PTA_CCMP', creator: 'Dana Whitaker', created: w3c('2025-12-05'), modified: w3c('2025-12-05') },
    },
    at('2025-12-05'),
  );
}

async function piaPdf(): Promise<Buffer> {
  const sec = (t: string, ...xs: string[]): Block[] => [h2(t), ...ps(...xs)];
  return buildPdf(
    {
      blocks: [
        center(AGENCY.dept.toUpperCase(), 10),
        big('Privacy Impact Assessment', 22),
        center(`${CSP.cso} (${CSP.abbr})`),
        center('Approved March 2, 2026'),
        space,
        table([['System Owner', CSP.owner], ['Agency Privacy Officer', AGENCY.privacy], ['PIA Status', 'Final - new system']], false),
        pageBreak,
        h1('Section 1. Characterization of the Information'),
        ...sec('1.1 What information is collected, used, disseminated or maintained?', 'Case records contain names, contact details and narrative statements of complainants and witnesses, information about grant recipients, and supporting documents uploaded by investigators.'),
        ...sec('1.2 What are the sources of the information?', 'Complainants through the agency hotline, agency investigators, and grant program records.'),
        h1('Section 2. Uses of the Information'),
        ...sec('2.1 Why is the information collected?', 'To investigate allegations of waste, fraud and abuse in grant programs, as authorized by the Inspector General Act and 2 CFR Part 200.'),
        h1('Section 3. Retention'),
        ...sec('3.1 How long is information retained?', 'Case files are retained under General Records Schedule 5.2 and the agency schedule N1-FGOA-18-2: seven years after case closure.'),
        h1('Section 4. Notice, Consent and Redress'),
        ...sec('4.1 Is notice provided?', 'Notice is provided by the hotline Privacy Act statement and the system of records notice published by the agency.'),
        h1('Section 5. Sharing'),
        ...sec('5.1 With whom is information shared?', 'Within the agency with investigators and counsel; externally with the Department of Justice under routine uses.'),
        h1('Section 6. Safeguards'),
        ...sec('6.1 How is the information secured?', 'CCMP is FedRAMP Moderate; data is encrypted at rest and in transit; access is role-based and logged; privileged users use phishing-resistant MFA.'),
        h1('Section 7. Privacy Risks and Mitigation'),
        ...sec('7.1 Risks', 'Over-collection in free-text narratives is mitigated by investigator training and automated SSN redaction. Unauthorized access is mitigated by monthly access reviews.'),
        ...approvals([[AGENCY.privacy, 'Senior Agency Official for Privacy', AGENCY.name], [CSP.owner, 'System Owner', CSP.name]]),
      ],
      footer: 'PIA - CCMP - page {PAGE}',
      info: { title: 'Final_v3', author: 'sortiz' },
    },
    at('2026-03-02'),
  );
}

const ROB_RULES = [
  'I will use CCMP only for official business that I am authorized to perform.',
  'I will protect my credentials and will not share my PIV PIN, passwords or authenticators with anyone.',
  'I will not attempt to access data or functions for which I am not authorized, or to circumvent security controls.',
  'I will lock my workstation when I leave it and sign out of CCMP at the end of the session.',
  'I will not download case data to personally owned devices or unapproved storage.',
  'I will report suspected security incidents, loss of equipment or misuse immediately to my supervisor and the security team.',
  'I understand that my use of CCMP is monitored and logged and that I have no expectation of privacy.',
  'I understand that violating these rules may result in loss of access, disciplinary action and civil or criminal penalties.',
];

async function robDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        big('Rules of Behavior', 24),
        center(`${CSP.cso} - Privileged and Non-Privileged Users`),
        center('SSP Attachment 5 | Version 2.0 | November 2025'),
        h1('1 Introduction', true),
        p('These Rules of Behavior describe the responsibilities and expected behavior of every person who accesses CCMP. They are required by NIST SP 800-53 control PL-4 and must be acknowledged before access is granted and annually thereafter.'),
        h1('2 Rules for All Users', true),
        ul(...ROB_RULES),
        h1('3 Additional Rules for Privileged Users', true),
        ul('I will use my privileged account only for administrative tasks and my normal account for everything else.', 'I will not change security configurations without an approved change ticket.', 'I will not access customer (agency) data except to resolve an authorized support request.'),
        h1('4 Acknowledgment', true),
        p('I have read and understand the Rules of Behavior and agree to comply with them.'),
        table([['Name (print)', ''], ['Organization', ''], ['Signature', ''], ['Date', '']], false),
      ],
      footer: ['CCMP Rules of Behavior v2.0'],
      core: { title: 'rob', creator: 'HR Compliance', created: w3c('2025-11-03'), modified: w3c('2025-11-03') },
    },
    at('2025-11-03'),
  );
}

function robText(): string {
  return `CIRROCLOUD CASE MANAGEMENT PLATFORM (CCMP)
RULES OF BEHAVIOR FOR AGENCY USERS
(pasted from the CCMP sign-in acknowledgment screen, release 4.12)

Before you continue you must read and accept these Rules of Behavior. Your acceptance is recorded with your user
name and the date, and you will be asked to accept them again every 12 months.

${ROB_RULES.map((r, i) => `${i + 1}. ${r}`).join('\n')}
9. I will not enter classified information into CCMP. CCMP is authorized at the FedRAMP Moderate impact level.
10. I will follow my agency's records management requirements for case documents I upload.

PRIVACY ACT NOTICE: Case records in CCMP may be covered by the Privacy Act of 1974. Disclose them only to persons
with an official need to know.

[ I ACCEPT ]   [ I DO NOT ACCEPT ]

Questions about these rules: contact your agency CCMP administrator or support-gov@cirrocloud.example.com.
`;
}

function iscpBlocks(): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p('This plan establishes the procedures to recover CCMP following a disruption. It follows NIST SP 800-34 Rev. 1 and the FedRAMP Moderate contingency planning controls (CP-1 through CP-10).'),
    h2('1.1 Applicable Laws and Regulations'),
    p('FISMA; OMB A-130; NIST SP 800-34 Rev. 1; FCD-1 (informative).'),
    h1('2 Concept of Operations'),
    h2('2.1 System Description'),
    p('CCMP runs in AWS GovCloud us-gov-west-1 with a warm standby in us-gov-east-1. The RDS database replicates cross-region; S3 documents use cross-region replication.'),
    h2('2.2 Three Phases'),
    p('Recovery is performed in three phases: Activation and Notification, Recovery, and Reconstitution.'),
    h2('2.3 Roles and Responsibilities'),
    table([['Role', 'Name', 'Responsibility'], ['Contingency Plan Director', CSP.owner, 'Declares a disaster; approves failover'], ['Contingency Plan Coordinator', CSP.isso, 'Coordinates teams; notifies the agency'], ['Recovery Team Lead', 'Luis Carmona', 'Executes the recovery runbooks']]),
    h1('3 Activation and Notification'),
    p('The plan is activated when an outage is expected to exceed the maximum tolerable downtime of 12 hours, or when the primary region is unavailable. The coordinator notifies the FGOA ISSO and US-CERT as required within one hour of activation.'),
    h1('4 Recovery'),
    table([['Business process', 'RTO', 'RPO'], ['Case intake', '8 hours', '15 minutes'], ['Case investigation', '12 hours', '15 minutes'], ['Reporting', '72 hours', '24 hours']]),
    ol2(['Promote the us-gov-east-1 database replica.', 'Scale the standby EKS node groups and deploy the last signed release.', 'Switch Route 53 failover records.', 'Validate with the smoke-test suite and notify users.']),
    h1('5 Reconstitution'),
    p('Once the primary region is restored, data is synchronized back, the system is validated and the plan is deactivated. Lessons learned are documented within 10 business days.'),
    h1('6 Plan Testing and Maintenance'),
    p('The plan is tested annually with a functional exercise; the last test on October 22, 2025 achieved a failover in 3 hours 40 minutes. Test results are reported in the Contingency Plan Test Report.'),
    h1('Appendix A - Contact List'),
    table([['Name', 'Role', 'Phone'], [CSP.owner, 'Director', '(703) 555-0148'], [CSP.isso, 'Coordinator', '(703) 555-0142'], [AGENCY.ciso, 'FGOA CISO', '(202) 555-0190']]),
  ];
}

function ol2(items: string[]): Block {
  return { k: 'numbered', items };
}

async function iscpDocx(): Promise<Buffer> {
  // Title only in the page header and the metadata; the body starts with section 1.
  return buildDocx(
    {
      blocks: [...revisionHistory([['06/30/2025', '4.0', 'Rev. 5 update', CSP.isso], ['11/14/2025', '4.2', 'Updated after the October test', CSP.isso]]), ...iscpBlocks()],
      header: [`${CSP.abbr} Information System Contingency Plan (ISCP) - v4.2`],
      footer: ['CUI | page {PAGE}'],
      core: { title: 'Information System Contingency Plan', subject: 'CCMP', creator: CSP.isso, created: w3c('2025-06-30'), modified: w3c('2025-11-14') },
    },
    at('2025-11-14'),
  );
}

async function iscpPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [p(`${CSP.name}`), big(`${CSP.abbr} Contingency Plan`, 22), center('Information System Contingency Plan - SSP Attachment 6'), center('Moderate | Version 4.2'), pageBreak, ...iscpBlocks()],
      footer: 'ISCP v4.2 - {PAGE}/{PAGES}',
      info: {},
    },
    at('2025-11-14'),
  );
}

function cmpBlocks(): Block[] {
  return [
    h1('1 Purpose'),
    p('This Configuration Management Plan (CMP) describes how Cirrocloud establishes and maintains the integrity of CCMP configuration items throughout the system life cycle, implementing the CM family controls of the FedRAMP Moderate baseline.'),
    h1('2 Configuration Management Roles'),
    table([['Role', 'Responsibility'], ['Change Advisory Board (CAB)', 'Reviews and approves normal changes weekly'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['ISSO', 'Performs security impact analysis (CM-4)'], ['Release Manager', 'Schedules deployments']]),
    h1('3 Configuration Items and Baselines'),
    p('Configuration items include infrastructure-as-code repositories, container images, Kubernetes manifests, database parameter groups and the hardening benchmarks. Baselines are versioned in Git and tagged at each release (CM-2).'),
    h1('4 Change Control Process'),
    ul('Standard changes: pre-approved, low-risk, automated (e.g. patching through the pipeline).', 'Normal changes: require a ticket, security impact analysis, CAB approval and a rollback plan.', 'Emergency changes: approved by the on-call director and reviewed by the CAB within 2 business days.'),
    p('Changes that may be significant under the FedRAMP Significant Change Policies are escalated to the agency AO before implementation.'),
    h1('5 Configuration Monitoring'),
    p('AWS Config, the admission controller and weekly CIS benchmark scans detect unauthorized changes; drift opens a ticket automatically.'),
    h1('6 Tools'),
    table([['Tool', 'Use'], ['GitLab', 'Source and IaC repositories, merge-request approvals'], ['Terraform', 'Infrastructure provisioning'], ['ServiceNow', 'Change tickets and CMDB'], ['AWS Config', 'Drift detection']]),
  ];
}

async function cmpDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        ...cspFront('Configuration Management Plan', 'SSP Attachment 7', '3.1', 'January 9, 2026', [['01/09/2026', '3.1', 'Annual update', 'Configuration Manager']], [['1 Purpose', '1'], ['4 Change Control Process', '3'], ['6 Tools', '6']]),
        ...cmpBlocks().map((x) => (x.k === 'h' ? { ...x, plain: true } : x)),
      ],
      footer: ['CCMP CMP v3.1 | Page {PAGE}'],
      core: { title: 'upload (5)', created: w3c('2026-01-09'), modified: w3c('2026-01-09') },
    },
    at('2026-01-09'),
  );
}

function cmpMarkdown(): string {
  return `# CCMP Configuration Management Plan

**Document owner:** Configuration Manager, ${CSP.name}
**Version:** 3.2 (2026-04-02)  
**Classification:** CUI

[[_TOC_]]

## Revision history

| Version | Date | Summary |
|---|---|---|
| 3.1 | 2026-01-09 | Annual update |
| 3.2 | 2026-04-02 | Added Bedrock change handling, GitLab approval rules |

## 1. Purpose and scope

This configuration management plan covers every configuration item inside the CCMP authorization boundary. It implements CM-1 through CM-12 of the FedRAMP Moderate baseline and is Attachment 7 to the SSP.

## 2. Roles

- **Change Advisory Board** - weekly review of normal changes.
- **Configuration Manager** - owns baselines, the CMDB and this plan.
- **ISSO** - security impact analysis for each normal and emergency change (CM-4).

## 3. Baseline configurations

Baselines live in \`infra/\` (Terraform), \`deploy/\` (Helm charts) and \`hardening/\` (CIS benchmark profiles). A baseline is the Git tag of a release. Deviations from CIS benchmarks are recorded in \`hardening/EXCEPTIONS.md\` with CAB approval.

## 4. Change control

1. Open a change ticket (type Normal) with description, risk, test evidence and rollback.
2. ISSO completes the security impact analysis; if the change could be significant under FedRAMP's significant change policy, the agency is contacted before approval.
3. CAB approves; the release manager schedules the deployment.
4. Post-implementation review within 5 business days.

## 5. Configuration monitoring and audit

Drift is detected by AWS Config rules and the admission controller; a monthly configuration audit compares the running inventory with the Integrated Inventory Workbook.

## 6. Training

All engineers complete CM training at onboarding and annually.
`;
}

export const attachmentsA: DocDef[] = [
  { file: 'Attachment 1 - Policies.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'SSP Attachment 1: information security policies and procedures for all 18 control families, with cover, revision history and approvals.', make: ppDocx },
  { file: 'policies.md', expected: 'POLICIES_AND_PROCEDURES', note: 'Docs-as-code markdown source of the same policies and procedures document (front matter title, family sections).', make: async () => ppMarkdown() },
  { file: 'upload (4).docx', expected: 'USER_GUIDE', note: 'CCMP user guide for agency case managers (SSP Attachment 2) with sign-in, case and support sections.', make: ugDocx },
  { file: 'CCMP-Admin-Guide.pdf', expected: 'USER_GUIDE', note: 'Administrator user guide PDF labelled SSP Attachment 2, covering user, role, session and audit settings.', make: ugPdf },
  { file: 'doc-0227.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'SSP Attachment 3 Digital Identity Worksheet (IAL/AAL/FAL determination); title in a table, metadata title "Document1".', make: diwDocx },
  { file: 'A3_DIW_signed.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Signed PDF of the Digital Identity Worksheet.', make: diwPdf },
  { file: 'PTA_CCMP.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis (SSP Attachment 4) with the PTA questions and the determination that a PIA is required.', make: ptaDocx },
  { file: 'Final_v3.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Agency-approved Privacy Impact Assessment for CCMP (sections on characterization, uses, retention, sharing, safeguards).', make: piaPdf },
  { file: 'rob.docx', expected: 'RULES_OF_BEHAVIOR', note: 'SSP Attachment 5 Rules of Behavior with general and privileged-user rules and acknowledgment block.', make: robDocx },
  { file: 'upload (9).txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text Rules of Behavior pasted from the CCMP sign-in acknowledgment screen.', make: async () => robText() },
  { file: 'ISCP_v4.2.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan whose title is only in the page header and metadata; body has the NIST 800-34 sections.', make: iscpDocx },
  { file: 'doc-0316.pdf', expected: 'CONTINGENCY_PLAN', note: 'PDF of the ISCP (SSP Attachment 6) without any PDF metadata.', make: iscpPdf },
  { file: 'upload (5).docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'SSP Attachment 7 Configuration Management Plan; headings are bold paragraphs, metadata title is the upload name.', make: cmpDocx },
  { file: 'cm-plan.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Markdown (GitLab wiki) version of the Configuration Management Plan.', make: async () => cmpMarkdown() },
];

