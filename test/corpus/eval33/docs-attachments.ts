import type { Block } from './kit/blocks.js';
import { big, bold, bullets, h1, h2, note, p, pageBreak, revisionTable, table, tocBlocks } from './kit/blocks.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { toConfluenceHtml, toMarkdown } from './kit/text.js';
import type { EvalDoc } from './world.js';
import { W } from './world.js';

const cover = (title: string, attachment: string, version: string): Block[] => [
  big(title),
  ...p(`${W.system} (${W.acr})`, `${attachment} to the ${W.acr} System Security Plan`, `${W.csp}`, version),
  pageBreak,
  bold('Document Revision History'),
  revisionTable([['12/02/2024', '0.1', 'Initial draft', W.isso], ['03/07/2025', '1.0', 'Issued for 3PAO assessment', W.isso]]),
];

const FAMILIES = [
  ['Access Control (AC)', 'account management, access enforcement, least privilege, remote access, session lock and termination'],
  ['Awareness and Training (AT)', 'security awareness training at hire and annually, role-based training for administrators, insider threat awareness'],
  ['Audit and Accountability (AU)', 'event logging, audit review and analysis, time stamps, protection and retention of audit information for one year online'],
  ['Assessment, Authorization, and Monitoring (CA)', 'control assessments, plans of action and milestones, continuous monitoring, penetration testing'],
  ['Configuration Management (CM)', 'baseline configurations, change control, security impact analysis, least functionality, system component inventory'],
  ['Contingency Planning (CP)', 'contingency plan, training and testing, alternate processing site, system backup and recovery'],
  ['Identification and Authentication (IA)', 'organizational and non-organizational user identification, MFA, authenticator management'],
  ['Incident Response (IR)', 'incident response training, testing, handling, monitoring, reporting to CISA and agency customers'],
  ['Risk Assessment (RA)', 'risk assessment, vulnerability monitoring and scanning, criticality analysis'],
  ['System and Communications Protection (SC)', 'boundary protection, transmission confidentiality, cryptographic protection, protection of information at rest'],
];

async function policiesDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover('Information Security Policies and Procedures', 'Attachment 1', 'Version 1.0 — March 2025'),
    ...tocBlocks(FAMILIES.map(([f]) => `${f} Policy and Procedures`)),
    pageBreak,
    h1('Purpose and Scope'),
    ...p(`These policies and procedures apply to all ${W.csp} personnel, contractors and systems within the ${W.acr} authorization boundary. They implement the "-1" controls (policy and procedures) of each NIST SP 800-53 Rev5 control family in the FedRAMP Moderate baseline. Policies are reviewed annually and procedures at least every three years, and after significant changes.`),
    h2('Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['CEO / System Owner', 'Approves policies; accepts risk'], ['ISSO', 'Maintains policies, coordinates annual review, tracks exceptions'], ['Security Engineering', 'Implements technical procedures'], ['All personnel', 'Comply with policies; complete training and acknowledge the Rules of Behavior']]),
    ...FAMILIES.flatMap(([fam, what]): Block[] => [
      h1(`${fam} Policy`),
      ...p(`Policy. ${W.csp} shall establish, document and disseminate procedures for ${what}. The ISSO is designated to manage the development, documentation and dissemination of the ${fam} policy and procedures.`),
      h2(`${fam} Procedures`),
      ...p(`Procedures for ${what} are maintained in the Security Runbooks space. Each procedure identifies the responsible role, the tools used, the evidence retained and the frequency. Evidence is retained for three years.`),
      bold('Review and update'),
      ...p('Policy: annually and following significant changes or incidents. Procedures: annually.'),
    ]),
    bold('Approval'),
    table([['Name', 'Title', 'Signature', 'Date'], [W.ceo, 'Chief Executive Officer', '/s/', '03/07/2025']]),
  ];
  return { file: 'Attachment1_PnP_v1.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Attachment 1 Information Security Policies and Procedures covering the NIST 800-53 control families (-1 controls) for the system.', data: await buildDocx(blocks, { meta: { title: 'Policies and Procedures', creator: W.isso }, header: `${W.acr} — Information Security Policies and Procedures`, footer: 'CUI' }) };
}

async function policiesPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold(`${W.csp} — FedRAMP Attachment 1`),
    big('Access Control and Identification & Authentication Policy and Procedures'),
    ...p(`Applies to: ${W.system} (FedRAMP Moderate). Owner: ${W.isso}. Effective: 03/07/2025. Next review: 03/2026.`),
    h1('1. Policy'),
    ...p('This policy addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities and compliance, as required by AC-1 and IA-1 of NIST SP 800-53 Rev5.', 'Access to the system is granted on the basis of least privilege and separation of duties. Privileged access requires phishing-resistant multi-factor authentication. Shared accounts are prohibited except for documented break-glass accounts whose credentials are held in a sealed vault.'),
    h1('2. Procedures'),
    h2('2.1 Account request and approval (AC-2)'),
    bullets('Requester opens a Jira SM ticket "Access Request – TDP" naming the permission set.', 'Manager and system owner approve in the ticket.', 'ISSO assigns the Okta group; the ticket records the change.', 'Quarterly access review exported from Okta and signed by the system owner.'),
    h2('2.2 Authenticator management (IA-5)'),
    bullets('FIDO2 keys are issued in person or shipped to verified addresses.', 'Lost keys are reported within 24 hours and revoked by IT.', 'Passwords for service accounts are stored in AWS Secrets Manager and rotated every 90 days.'),
    h2('2.3 Session termination (AC-12) and lock (AC-11)'),
    ...p('Console sessions expire after 15 minutes of inactivity; managed laptops lock after 15 minutes via Jamf policy.'),
  ];
  return { file: 'AC-IA policy.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'FedRAMP Attachment 1 policy-and-procedures document for the AC and IA families (AC-1/IA-1) of the system.', data: await buildPdf(blocks, { title: 'AC/IA Policy and Procedures', author: W.isso }) };
}

function userGuideBlocks(): Block[] {
  return [
    ...cover(`${W.acr} User Guide`, 'Attachment 2', 'Version 3.14'),
    h1('1 Overview'),
    ...p(`This User Guide explains how agency users and agency administrators use ${W.system}. It describes the security features available to customers and the configuration choices that are the customer's responsibility.`),
    h1('2 Getting Started'),
    h2('2.1 Signing in'),
    ...p('Agency users sign in at https://console.tidepool.gov-cloud.io with their agency PIV/CAC through SAML federation, or with a Tidepool account protected by a FIDO2 security key. Password-only sign-in is not available.'),
    h2('2.2 Creating a workspace'),
    bullets('Select Workspaces → New workspace.', 'Enter a name and choose the data retention period (30–3650 days).', 'Invite members by email; choose the Viewer, Editor or Workspace Admin role.'),
    h1('3 Uploading and validating datasets'),
    ...p('Datasets up to 5 GB may be uploaded as CSV, Parquet or JSON Lines. Validation rules are configured per dataset; failed rows are quarantined and visible only to Editors.'),
    h1('4 Administrator tasks'),
    h2('4.1 Managing users and roles'),
    ...p('Workspace Admins can add and remove members, review the member list, and export the access report. Agencies are responsible for reviewing their users quarterly (customer responsibility under AC-2).'),
    h2('4.2 Audit log'),
    ...p('Settings → Audit log shows sign-ins, permission changes, dataset downloads and API key events for 365 days; it can be streamed to the agency SIEM through the audit webhook.'),
    h2('4.3 API keys'),
    ...p('API keys are scoped to one workspace, expire after 90 days at most and can be revoked immediately.'),
    h1('5 Security features and customer responsibilities'),
    table([['Feature', 'Default', 'Customer action'], ['SAML SSO', 'Off', 'Configure agency IdP'], ['Session timeout', '15 minutes', 'May shorten'], ['IP allow-list', 'Off', 'Recommended for agency networks'], ['Data export approval', 'Off', 'Enable for sensitive workspaces']]),
    h1('6 Getting help'),
    ...p('Support: support@brightwaterlabs.io, 24x7 for Severity 1. Security issues: security@brightwaterlabs.io.'),
  ];
}

async function userGuideDocx(): Promise<EvalDoc> {
  return { file: 'TDP-User-Guide.docx', expected: 'USER_GUIDE', note: 'Attachment 2 User Guide: how agency users and administrators use the system and its security features.', data: await buildDocx(userGuideBlocks(), { meta: { title: 'Tidepool User Guide', creator: 'docs-team' }, header: 'Tidepool User Guide' }) };
}
async function userGuidePdf(): Promise<EvalDoc> {
  return { file: 'Final_v2.pdf', expected: 'USER_GUIDE', note: 'PDF of the Attachment 2 User Guide for the system.', data: await buildPdf(userGuideBlocks(), { producer: 'Google Docs Renderer' }) };
}

function diwBlocks(): Block[] {
  return [
    big('Digital Identity Worksheet'),
    ...p(`Attachment 3 — ${W.system} — ${W.csp}`),
    note('Instruction: Use this worksheet to determine the Digital Identity Level of your system per NIST SP 800-63-3. Remove instructions when complete.'),
    h1('Introduction and Purpose'),
    ...p('This worksheet documents the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL) selected for the system, based on the potential impact of an authentication error, following NIST SP 800-63-3.'),
    h1('Digital Identity Level Determination'),
    table([['Potential Impact Category', 'Impact of authentication error'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]),
    h1('Digital Identity Acceptance Statement'),
    table([['Assurance', 'Selected level', 'Notes'], ['IAL', 'IAL2', 'Agency users are identity-proofed by their agency; Brightwater relies on agency federation'], ['AAL', 'AAL2', 'FIDO2 / PIV phishing-resistant authenticators'], ['FAL', 'FAL2', 'SAML 2.0 signed and encrypted assertions']]),
    ...p(`The system's Digital Identity Level is Level 2 (IAL2/AAL2/FAL2), consistent with the Moderate FIPS 199 categorization.`),
    bold('Signature'),
    ...p(`${W.isso}, ISSO — 03/05/2025`),
  ];
}
async function diwDocx(): Promise<EvalDoc> {
  return { file: 'A3 DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Attachment 3 Digital Identity Worksheet selecting IAL/AAL/FAL per NIST SP 800-63-3.', data: await buildDocx(diwBlocks(), { meta: { title: 'FedRAMP SSP Attachment 3 Digital Identity Worksheet Template' }, boldHeadings: true }) };
}
async function diwMd(): Promise<EvalDoc> {
  return { file: 'Digital Identity Worksheet (A3) 6d1f.md', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Notion export of the completed Digital Identity Worksheet (IAL2/AAL2/FAL2 determination).', data: toMarkdown(diwBlocks(), { properties: [['Owner', W.isso], ['Status', 'In review 👀'], ['Tags', 'FedRAMP, SSP attachment']] }) };
}

function ptaBlocks(): Block[] {
  return [
    big('Privacy Threshold Analysis (PTA) and Privacy Impact Assessment (PIA)'),
    ...p(`${W.system} — Attachment 4 — ${W.csp} — February 2025`),
    h1('Section 1: Privacy Threshold Analysis'),
    table([['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'Yes — dataset contents may contain PII uploaded by agencies'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes — user name, work email, agency, IP address'], ['3', 'Is the system subject to the Privacy Act (system of records)?', 'Determined by the customer agency'], ['4', 'Are Social Security numbers collected?', 'Not by the CSP; may be present in agency datasets']]),
    ...p('Because the answers to questions 1 and 2 are Yes, a Privacy Impact Assessment is required and follows.'),
    h1('Section 2: Privacy Impact Assessment'),
    h2('2.1 Characterization of the information'),
    ...p('Account data (name, email, agency, role), authentication logs, and agency datasets whose content is determined by the agency. Brightwater personnel do not access dataset contents except under a support ticket approved by the agency.'),
    h2('2.2 Uses, sharing and retention'),
    ...p('Account data is used to provide and secure the service. No information is shared with third parties other than sub-processors listed in the SSP. Retention follows the customer-configured period; logs are retained one year.'),
    h2('2.3 Notice, consent and redress'),
    ...p('Notice is provided through the agency\'s privacy notices and the in-product privacy statement. Individuals seek redress through the agency.'),
    h2('2.4 Safeguards'),
    ...p('Encryption at rest and in transit (FIPS 140 validated), role-based access, audit logging, annual privacy training. Privacy risks and mitigations are tracked with the privacy officer.'),
    bold('Privacy Officer review'),
    ...p('Reviewed by Kendra Osei, Privacy Counsel, 02/20/2025.'),
  ];
}
async function ptaDocx(): Promise<EvalDoc> {
  return { file: 'Copy of PTA_PIA.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Attachment 4 Privacy Threshold Analysis followed by a Privacy Impact Assessment for the system.', data: await buildDocx(ptaBlocks(), { meta: { creator: 'Kendra Osei' } }) };
}
async function piaPdf(): Promise<EvalDoc> {
  return { file: 'export-2025-02-21.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'PDF of the system\'s PTA/PIA (SSP Attachment 4).', data: await buildPdf(ptaBlocks(), { title: 'Untitled document', producer: 'Google Docs Renderer' }) };
}

function robBlocks(title: string): Block[] {
  return [
    big(title),
    ...p(`${W.system} — SSP Attachment 5`),
    h1('Purpose'),
    ...p('These Rules of Behavior describe the responsibilities and expected behavior of all individuals with access to the system. Users must read and sign these rules before receiving access and annually thereafter.'),
    h1('Rules for all users'),
    bullets('I will use the system only for authorized purposes.', 'I will protect my authenticators and never share them.', 'I will lock my workstation when unattended.', 'I will report suspected security incidents to security@brightwaterlabs.io immediately.', 'I will not attempt to access data of tenants I am not authorized for.', 'I understand that my activity is logged and monitored.'),
    h1('Additional rules for privileged users'),
    bullets('I will use privileged access only through the approved just-in-time workflow.', 'I will not disable or circumvent security tooling (GuardDuty, Panther agents, EDR).', 'I will not copy federal data outside the authorization boundary.', 'I will follow the change management process for every production change.'),
    h1('Consequences of non-compliance'),
    ...p('Violations may result in revocation of access, disciplinary action up to termination, and referral to law enforcement.'),
    h1('Acknowledgment'),
    ...p('I have read, understand and agree to abide by these Rules of Behavior.'),
    table([['Name', 'Signature', 'Date'], ['', '', '']]),
  ];
}
async function robDocx(): Promise<EvalDoc> {
  return { file: 'RoB.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Attachment 5 Rules of Behavior with user and privileged-user rules and acknowledgment signature block.', data: await buildDocx(robBlocks('Rules of Behavior'), { meta: { title: 'Rules of Behavior' }, footer: 'Brightwater Labs' }) };
}
async function robMd(): Promise<EvalDoc> {
  return { file: 'Privileged User Rules of Behavior 0a4e7c.md', expected: 'RULES_OF_BEHAVIOR', note: 'Notion export of the system\'s Rules of Behavior (Attachment 5), including the acknowledgment.', data: toMarkdown([note('📝 Everyone with prod access signs this in Rippling during onboarding.'), ...robBlocks('Tidepool Rules of Behavior (Internal & Privileged Users)')]) };
}

function iscpBlocks(): Block[] {
  return [
    ...cover('Information System Contingency Plan (ISCP)', 'Attachment 6', 'Version 1.0'),
    h1('1 Introduction'),
    ...p(`This Information System Contingency Plan establishes procedures to recover ${W.acr} following a disruption. It follows NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template for Moderate systems.`),
    h2('1.1 Recovery objectives'),
    table([['Metric', 'Value'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '1 hour']]),
    h1('2 Concept of Operations'),
    ...p(`Primary processing in ${W.region}; alternate processing in AWS GovCloud (US-East) using Aurora cross-region snapshots, replicated S3 buckets and Terraform to rebuild the EKS cluster.`),
    h2('2.1 Contingency roles'),
    table([['Role', 'Name', 'Alternate'], ['Contingency Plan Coordinator', W.sre, W.seceng], ['Recovery Lead', W.seceng, W.cto], ['Communications', W.ceo, W.isso]]),
    h1('3 Activation and Notification'),
    ...p('The plan is activated by the Contingency Plan Coordinator when an outage is expected to exceed 4 hours or data loss is suspected. Agency customers are notified through the status page and email within 1 hour of activation.'),
    h1('4 Recovery'),
    bullets('Declare disaster and freeze deployments.', 'Restore Aurora from the latest cross-region snapshot.', 'Apply Terraform workspace dr-east.', 'Update Route 53 failover records.', 'Validate with the smoke test suite and tenant canaries.'),
    h1('5 Reconstitution'),
    ...p('Fail back to the primary region after root cause resolution, validate data consistency, and document lessons learned.'),
    h1('6 Plan Testing'),
    ...p('The plan is tested annually with a functional exercise; the last tabletop was held 02/12/2025 (see Appendix G).'),
  ];
}
async function iscpDocx(): Promise<EvalDoc> {
  return { file: 'ISCP_TDP_v1.docx', expected: 'CONTINGENCY_PLAN', note: 'Attachment 6 Information System Contingency Plan with RTO/RPO, roles, activation, recovery and reconstitution.', data: await buildDocx(iscpBlocks(), { meta: { title: 'ISCP' }, header: 'TDP ISCP' }) };
}
async function iscpPdf(): Promise<EvalDoc> {
  return { file: 'doc-0833.pdf', expected: 'CONTINGENCY_PLAN', note: 'PDF of the system\'s Information System Contingency Plan (ISCP).', data: await buildPdf(iscpBlocks(), { author: W.sre }) };
}

function cmpBlocks(): Block[] {
  return [
    big('Configuration Management Plan'),
    ...p(`${W.system} — SSP Attachment 7 — Version 1.0`),
    h1('1 Purpose'),
    ...p('This Configuration Management Plan (CMP) describes how Brightwater establishes and maintains the integrity of the system\'s configuration items throughout the system life cycle, implementing the CM family of the FedRAMP Moderate baseline.'),
    h1('2 Roles'),
    table([['Role', 'Responsibility'], ['Change Control Board (CCB)', 'Reviews normal changes weekly; CTO chairs'], ['ISSO', 'Performs security impact analysis'], ['SRE', 'Implements approved changes via CI/CD']]),
    h1('3 Configuration Items and Baselines'),
    ...p('Configuration items: Terraform modules, Helm charts, container images, AMIs, IAM policies, WAF rules. Baselines: CIS Amazon Linux 2023 L1, CIS EKS Benchmark, CIS PostgreSQL 15.'),
    h1('4 Change Control Process'),
    bullets('Standard changes: pre-approved, automated (dependency bumps, scaling).', 'Normal changes: pull request, peer review, CCB approval, security impact analysis for boundary-relevant changes.', 'Emergency changes: approved by on-call lead and ISSO; retroactive CCB review within 2 business days.'),
    h1('5 Security Impact Analysis'),
    ...p('Changes that affect the boundary, add a leveraged service or alter cryptography are evaluated against the FedRAMP Significant Change Policies and may require a significant change request to the agency.'),
    h1('6 Configuration Monitoring'),
    ...p('AWS Config conformance packs and Terraform drift detection run daily; drift creates a Jira ticket.'),
  ];
}
async function cmpHtml(): Promise<EvalDoc> {
  return {
    file: 'Configuration-Management-Plan_65241182.html',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Confluence HTML export of the system\'s Configuration Management Plan (Attachment 7), with Confluence navigation chrome.',
    data: toConfluenceHtml(cmpBlocks(), { space: 'FedRAMP', breadcrumbs: ['FedRAMP', 'FedRAMP Home', 'SSP Attachments'], pageTitle: 'Configuration Management Plan (CMP)', createdBy: W.sre, modifiedBy: W.isso, modified: 'Mar 04, 2025', tree: ['CMP Appendix A - Baselines', 'CCB Meeting Notes'] }),
  };
}
async function cmpDocx(): Promise<EvalDoc> {
  return { file: 'TDP CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Word Configuration Management Plan for the system (change control, baselines, security impact analysis).', data: await buildDocx(cmpBlocks(), { meta: { title: 'AwesomeCloud CMP', creator: 'GSA' }, boldHeadings: true }) };
}

function irpBlocks(): Block[] {
  return [
    big('Incident Response Plan'),
    ...p(`${W.system} — Attachment 8 — ${W.csp}`),
    h1('1 Purpose and Scope'),
    ...p('This Incident Response Plan (IRP) defines how Brightwater detects, analyzes, contains, eradicates and recovers from security incidents affecting the system, and how incidents are reported to US-CERT/CISA, the FedRAMP PMO and agency customers, per NIST SP 800-61 and the FedRAMP Incident Communications Procedures.'),
    h1('2 Incident Response Team'),
    table([['Role', 'Primary', 'Backup'], ['Incident Commander', W.seceng, W.cto], ['Security Lead', W.isso, W.seceng], ['Communications', W.ceo, W.isso], ['Scribe', 'On-call SRE', '']]),
    h1('3 Severity Levels'),
    table([['Severity', 'Definition', 'Response time'], ['SEV1', 'Confirmed compromise of federal data or control plane', '15 minutes'], ['SEV2', 'Suspected compromise; active exploitation attempt', '1 hour'], ['SEV3', 'Policy violation; low-impact event', '1 business day']]),
    h1('4 Incident Handling Phases'),
    bullets('Preparation: runbooks, tabletop exercises twice a year, forensic accounts pre-provisioned.', 'Detection and analysis: Panther alerts, GuardDuty findings, customer reports.', 'Containment: isolate workloads, revoke credentials, snapshot volumes for forensics.', 'Eradication and recovery: rebuild from known-good images.', 'Post-incident activity: lessons learned within 5 business days.'),
    h1('5 Reporting'),
    ...p('Incidents involving federal information are reported to CISA within one hour of identification, to the agency ISSO and to the FedRAMP PMO (fedramp_security@gsa.gov).'),
    h1('6 Plan testing'),
    ...p('The IRP is tested annually (IR-3); the February 2025 tabletop simulated leaked API keys.'),
  ];
}
async function irpHtml(): Promise<EvalDoc> {
  return { file: 'Incident-Response-Plan_65241190.html', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Confluence HTML export of the system\'s Incident Response Plan (Attachment 8).', data: toConfluenceHtml(irpBlocks(), { space: 'Security', breadcrumbs: ['Security', 'Security Home', 'Policies & Plans'], pageTitle: 'Incident Response Plan', createdBy: W.seceng, modifiedBy: W.seceng, modified: 'Feb 19, 2025' }) };
}
async function irpPdf(): Promise<EvalDoc> {
  return { file: 'IRP (1).pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'PDF Incident Response Plan for the system with team, severities, phases and CISA reporting.', data: await buildPdf(irpBlocks(), { title: 'IRP' }) };
}

function fipsBlocks(): Block[] {
  return [
    big('FIPS 199 Categorization'),
    ...p(`${W.system} (${W.acr}) — Attachment 10`),
    h1('Introduction and Purpose'),
    ...p('This document categorizes the system according to FIPS 199 and NIST SP 800-60 Vol. II by identifying the information types processed and their provisional impact levels for confidentiality, integrity and availability.'),
    h1('Information Types'),
    table([['Information Type (SP 800-60)', 'NIST ID', 'Confidentiality', 'Integrity', 'Availability'], ['Information Management', 'C.3.5.1', 'Moderate', 'Moderate', 'Low'], ['System Development', 'C.3.5.3', 'Low', 'Moderate', 'Low'], ['Statistical Information', 'D.24.1? (agency)', 'Moderate', 'Moderate', 'Low'], ['IT Infrastructure Maintenance', 'C.3.5.5', 'Low', 'Low', 'Low']]),
    h1('Security Objectives Categorization (FIPS 199)'),
    table([['Security Objective', 'Level'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate (raised from Low: agency reporting deadlines)']]),
    ...p('Overall security categorization (high-water mark): MODERATE. SC TDP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}.'),
    bold('Approval'),
    ...p(`${W.ceo}, System Owner — 01/28/2025`),
  ];
}
async function fipsDocx(): Promise<EvalDoc> {
  return { file: 'Attachment 10.docx', expected: 'FIPS_199', note: 'Attachment 10 FIPS 199 categorization with SP 800-60 information types and the Moderate high-water mark.', data: await buildDocx(fipsBlocks(), { meta: {} }) };
}
async function fipsMd(): Promise<EvalDoc> {
  return { file: 'FIPS 199 Categorization 3b0f.md', expected: 'FIPS_199', note: 'Notion export of the FIPS 199 categorization of the system (information types, C/I/A levels).', data: toMarkdown(fipsBlocks()) };
}

function sodRows(): string[][] {
  return [
    ['Function / Duty', 'CEO (System Owner)', 'CTO', 'ISSO', 'Security Eng.', 'SRE', 'Developer', 'Support'],
    ['Approve access requests', 'A', 'A', 'R', '', '', '', ''],
    ['Provision accounts in Okta', '', '', 'X', '', '', '', ''],
    ['Review audit logs', '', '', 'X', 'X', '', '', ''],
    ['Modify audit configuration', '', '', '', 'X', '', '', ''],
    ['Approve production changes (CCB)', '', 'X', 'X', '', '', '', ''],
    ['Deploy to production', '', '', '', '', 'X', '', ''],
    ['Write application code', '', '', '', '', '', 'X', ''],
    ['Manage KMS keys', '', '', '', 'X', '', '', ''],
    ['Access customer data (ticketed)', '', '', '', '', '', '', 'X'],
  ];
}
async function sodDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [big('Separation of Duties Matrix'), ...p(`${W.system} — SSP Attachment 11`), ...p('The matrix below shows which roles perform each duty, so that no individual can both perform and approve a sensitive function (AC-5). X = performs, A = approves, R = reviews. Conflicting combinations are prohibited.'), table(sodRows()), bold('Prohibited combinations'), bullets('Developer may not deploy to production.', 'Security Eng. may not review logs of their own administrative actions.', 'ISSO may not approve their own access requests.')];
  return { file: 'A11.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Attachment 11 Separation of Duties Matrix (roles versus duties, AC-5).', data: await buildDocx(blocks, { meta: { title: 'SoD' } }) };
}

export const attachmentDocs: (() => Promise<EvalDoc>)[] = [policiesDocx, policiesPdf, userGuideDocx, userGuidePdf, diwDocx, diwMd, ptaDocx, piaPdf, robDocx, robMd, iscpDocx, iscpPdf, cmpHtml, cmpDocx, irpHtml, irpPdf, fipsDocx, fipsMd, sodDocx];
export { sodRows };
