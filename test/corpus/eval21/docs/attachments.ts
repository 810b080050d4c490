import { renderDocx } from '../kit/docx.js';
import type { Block, ProseDoc } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { seeded, pick } from '../kit/rand.js';
import { renderAsciiDoc, renderMarkdown, renderPlainText, renderRst } from '../kit/text.js';
import { newWorkbook, putRows, workbookBuffer } from '../kit/xlsx.js';
import { CUI_NOTICE, ORG, approvals, frontMatter, revisionHistory } from './common.js';
import type { Spec } from './common.js';

const D = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 16));
const REV = revisionHistory([['2024-10-01', '1.0', 'Initial release', ORG.isso], ['2025-05-20', '1.3', 'Annual review; Rev5 references', ORG.eng]]);

function familyPolicy(id: string, name: string, policy: string[], procedures: string[]): Block[] {
  return [
    { h: 2, text: `${name} (${id})` },
    { h: 3, text: 'Policy', numbered: false },
    ...policy.map((p): Block => ({ p })),
    { h: 3, text: 'Procedures', numbered: false },
    { ol: procedures },
  ];
}

function policiesDoc(): ProseDoc {
  return {
    title: 'Information Security Policies and Procedures',
    subtitle: `${ORG.cso} — SSP Attachment 1`,
    author: ORG.csp,
    date: 'May 20, 2025',
    preTitle: [{ p: CUI_NOTICE }],
    body: [
      ...frontMatter('Information Security Policies and Procedures', '1.3', '2025-05-20'),
      { h: 1, text: 'Purpose and Scope' },
      { p: `This attachment contains the information security policies and procedures that address the "-1" controls of each NIST SP 800-53 Rev5 family for ${ORG.cso}. The policies apply to all Forgeline personnel, contractors and systems within the FedRAMP authorization boundary. Each policy is reviewed and updated at least annually and following significant changes; each procedure at least annually.` },
      { h: 1, text: 'Roles and Responsibilities' },
      { p: 'The Chief Information Security Officer owns these policies. The ISSO maintains the procedures and verifies they are followed. Team leads implement procedures within their teams and keep the evidence that the continuous monitoring program samples each month.' },
      { h: 1, text: 'Policies and Procedures by Control Family' },
      ...familyPolicy('AC-1', 'Access Control', ['Access to FCBG is granted on the principle of least privilege and requires an approved access request. Privileged access is time-bound and re-approved every 90 days.'], ['Requester opens an access request in the access registry.', 'The account manager approves or rejects within two business days.', 'The identity team provisions the Okta group membership and records the ticket.', 'Quarterly, the ISSO runs the access review and revokes stale memberships.']),
      ...familyPolicy('AT-1', 'Awareness and Training', ['All personnel complete security awareness training before access and annually; privileged users complete role-based training annually.'], ['HR assigns the course at onboarding.', 'The LMS reports completion to the ISSO monthly.', 'Access is suspended for users overdue by more than 30 days.']),
      ...familyPolicy('AU-1', 'Audit and Accountability', ['Audit records are generated for the events defined in AU-2, protected from modification, and retained for one year online and three years in archive.'], ['CloudTrail and application logs stream to the log archive account.', 'Security operations review correlated alerts daily and the ISSO reviews a weekly summary.']),
      ...familyPolicy('CM-1', 'Configuration Management', ['Baseline configurations are defined as code, changes go through merge requests with two approvals, and drift is detected continuously.'], ['Engineers propose changes as merge requests.', 'The change advisory board reviews changes labelled security-impacting.', 'Drift alerts open tickets automatically.']),
      ...familyPolicy('IR-1', 'Incident Response', ['Security incidents are handled according to the Incident Response Plan and reported to US-CERT and the agency within one hour of identification.'], ['On-call engineer declares an incident.', 'The incident commander follows the IRP playbooks.', 'A lessons-learned review is held within ten business days.']),
      ...familyPolicy('SR-1', 'Supply Chain Risk Management', ['Suppliers of components inside the boundary are assessed before onboarding and annually, as described in the SCRM Plan.'], ['Procurement requests a supplier security review.', 'Security assesses the supplier and records the result.']),
      ...approvals('Policy Approval', [[ORG.ciso, 'Chief Information Security Officer'], [ORG.cto, 'Chief Technology Officer']]),
    ],
  };
}

function acPolicyRst(): string {
  return renderRst(
    {
      title: 'Access Control Policy and Procedures',
      subtitle: 'FCBG FedRAMP Moderate — AC-1',
      body: [
        { admonition: 'NOTE', text: 'This page is part of SSP Attachment 1 (Information Security Policies and Procedures). The rendered PDF is produced by ``make latexpdf``.' },
        { h: 1, text: 'Purpose' },
        { p: 'This policy establishes the access control requirements for the Forgeline Cloud Build for Government system and the procedures that implement them, in accordance with NIST SP 800-53 Rev5 control AC-1 and the FedRAMP Moderate baseline.' },
        { h: 1, text: 'Scope' },
        { p: 'The policy applies to all workforce members, contractors and automated identities with logical access to components inside the authorization boundary.' },
        { h: 1, text: 'Policy' },
        { ul: ['Access is authorized, least-privileged and reviewed every 90 days (AC-2, AC-6).', 'Privileged functions require phishing-resistant MFA (IA-2(1)).', 'Sessions lock after 15 minutes of inactivity and terminate after 12 hours (AC-11, AC-12).', 'Remote administrative access is only through Session Manager (AC-17).', 'Separation of duties is enforced per the Separation of Duties Matrix (AC-5).'] },
        { h: 1, text: 'Procedures' },
        { h: 2, text: 'Account provisioning' },
        { p: 'The requester files an access request referencing the role in the access registry. The account manager approves it; the identity team adds the Okta group and records the change. Emergency access uses the break-glass procedure and is reviewed within 24 hours.' },
        { h: 2, text: 'Account review' },
        { p: 'Each quarter the ISSO exports group memberships and asks each account manager to attest. Unattested memberships are removed after 10 business days.' },
        { h: 1, text: 'Review and Update' },
        { p: 'The policy is reviewed annually and the procedures annually, or after a significant change, by the ISSO and approved by the CISO.' },
      ],
    },
    { fieldList: { 'Document owner': ORG.isso, Approved: `${ORG.ciso}, 2025-05-20`, Version: '1.3', Classification: 'CUI' }, preamble: '.. _ac-policy:\n\n.. meta::\n   :description: FCBG access control policy' },
  );
}

function userGuideDoc(product: string): ProseDoc {
  return {
    title: `${product} User Guide`,
    subtitle: 'Release 4.2',
    author: ORG.csp,
    date: 'Jun 02, 2025',
    body: [
      { h: 1, text: 'Introduction' },
      { p: `This User Guide describes how agency users and administrators access and securely use ${product}. It is provided as an attachment to the System Security Plan and describes the security features available to customers and how to configure them.` },
      { h: 1, text: 'Getting Started' },
      { h: 2, text: 'Signing in' },
      { p: 'Open https://console.fcbg.forgeline.us and select your agency identity provider. Federated sign-in with SAML 2.0 or OIDC is required for government tenants; local passwords are disabled. After signing in for the first time you are asked to confirm the Rules of Behavior.' },
      { h: 2, text: 'Roles' },
      { table: { head: ['Role', 'Can do', 'Typical user'], rows: [['Organization Owner', 'Manage members, SSO settings, audit log export', 'Agency administrator'], ['Maintainer', 'Create projects, pipelines, protected branches', 'Team lead'], ['Developer', 'Push code, run pipelines', 'Engineer'], ['Auditor', 'Read-only access to audit events', 'ISSO']] } },
      { h: 1, text: 'Administering your Organization' },
      { h: 2, text: 'Configuring single sign-on' },
      { ol: ['In the console, go to Settings > Security > Single sign-on.', 'Upload your IdP metadata and map the group attribute to FCBG roles.', 'Test with one account before enforcing SSO for the organization.', 'Enforce SSO; existing sessions of non-SSO users are revoked.'] },
      { h: 2, text: 'Session and token settings' },
      { p: 'Organization owners can lower the idle session timeout from 15 minutes and restrict personal access token lifetimes (default 30 days, maximum 90). Tokens can be limited to IP allow-lists.' },
      { h: 2, text: 'Exporting audit events' },
      { p: 'Audit events are available for 365 days in the console and can be streamed to your SIEM through the audit-stream API. See the Customer Responsibility Matrix for the controls you inherit and those you must implement.' },
      { h: 1, text: 'Using Pipelines Securely' },
      { p: 'Store secrets in the pipeline secret store, never in repository files. Protected variables are exposed only to jobs on protected branches. Runner images you supply must come from a registry your agency approves.' },
      { h: 1, text: 'Getting Help' },
      { p: 'Contact support at govsupport@forgeline.dev or through the console help menu. Report suspected security incidents to security@forgeline.dev or +1 720 555 0100 (24x7).' },
    ],
  };
}

function diwDoc(): ProseDoc {
  return {
    title: 'Digital Identity Worksheet',
    subtitle: `${ORG.cso} — SSP Attachment 3`,
    author: ORG.csp,
    date: '2025-05-20',
    body: [
      ...frontMatter('Digital Identity Worksheet', '1.3', '2025-05-20'),
      { h: 1, text: 'Introduction and Purpose' },
      { p: 'This worksheet documents the digital identity level of the system following NIST SP 800-63-3. The digital identity acceptance statement records the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL) selected for users of the system.' },
      { h: 1, text: 'Digital Identity Level Selection' },
      { table: { head: ['Question', 'Answer'], rows: [['Does the system require creating or registering a user account?', 'Yes'], ['Is the system at risk of unauthorized access that could cause harm to federal operations?', 'Yes (moderate)'], ['Could the system release personal data?', 'Limited: names and work e-mail'], ['Selected IAL', 'IAL2'], ['Selected AAL', 'AAL2 (AAL3 for privileged users)'], ['Selected FAL', 'FAL2']] } },
      { h: 1, text: 'Risk Assessment by Impact Category' },
      { table: { head: ['Impact Category', 'Assurance Level Impact'], rows: [['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']] } },
      { h: 1, text: 'Digital Identity Acceptance Statement' },
      { p: 'The system owner accepts the selected levels. Agency users are identity-proofed by their agency and federated into FCBG; Forgeline administrators are proofed at IAL2 during onboarding by HR and authenticate with FIDO2 authenticators.' },
      ...approvals('Approval', [[ORG.cto, 'System Owner']]),
    ],
  };
}

function ptaDoc(): ProseDoc {
  return {
    title: 'Privacy Threshold Analysis and Privacy Impact Assessment',
    subtitle: `${ORG.cso} — SSP Attachment 4`,
    author: ORG.csp,
    date: 'May 2025',
    body: [
      ...frontMatter('PTA / PIA', '1.3', '2025-05-20'),
      { h: 1, text: 'Privacy Threshold Analysis' },
      { table: { head: ['PTA Question', 'Response'], rows: [['1. Does the system collect, maintain, use or disseminate PII?', 'Yes'], ['2. About whom?', 'Federal employees and contractors who use the service'], ['3. What PII?', 'Name, work e-mail address, agency, SSH public keys, IP addresses in logs'], ['4. Is the PII about members of the public?', 'No'], ['5. Is a PIA required?', 'Yes — a PIA follows in Section 2']] } },
      { p: 'Based on the PTA, the system contains PII of federal users only. A Privacy Impact Assessment is required because the system stores PII in identifiable form for authentication and auditing.' },
      { h: 1, text: 'Privacy Impact Assessment' },
      { h: 2, text: 'Characterization of the Information' },
      { p: 'PII is received from the agency identity provider through SAML assertions (name, e-mail, group memberships) and from users themselves (SSH keys, commit author names). Audit logs record IP addresses and user agents.' },
      { h: 2, text: 'Purpose and Use' },
      { p: 'PII is used to authenticate users, attribute changes to their authors, and investigate security incidents. It is not used for any other purpose and is not sold or shared with third parties except the leveraged logging service.' },
      { h: 2, text: 'Retention' },
      { p: 'Account data is kept while the account exists plus 90 days. Audit records are kept for three years in accordance with NARA General Records Schedule 3.2.' },
      { h: 2, text: 'Notice, Access and Redress' },
      { p: 'Users receive notice through the agency and the console privacy notice. They may view and correct profile data in the console; other requests go to privacy@forgeline.dev.' },
      { h: 2, text: 'Safeguards' },
      { p: 'PII is encrypted at rest with FIPS 140-validated modules and in transit with TLS 1.2 or higher; access is limited to support and security personnel under the access control policy.' },
      ...approvals('Privacy Officer Review', [['Hana Lindqvist', 'Privacy Officer'], [ORG.cto, 'System Owner']]),
    ],
  };
}

function robDoc(): ProseDoc {
  return {
    title: 'Rules of Behavior',
    subtitle: `${ORG.cso} — Privileged and Non-Privileged Users`,
    author: ORG.csp,
    date: 'Version 1.3 — May 20, 2025',
    body: [
      { p: 'These Rules of Behavior describe the responsibilities and expected behavior of every user of the system. Users must read and accept them before access is granted and annually thereafter. Violations may result in loss of access and disciplinary action.' },
      { h: 1, text: 'Rules for All Users' },
      { ul: ['Use the system only for authorized agency purposes.', 'Protect your authenticators; never share them and report their loss immediately.', 'Do not store classified information or unencrypted secrets in repositories.', 'Lock your workstation when you leave it.', 'Report suspected security incidents to security@forgeline.dev within one hour.'] },
      { h: 1, text: 'Additional Rules for Privileged Users' },
      { ul: ['Use your privileged account only for administrative tasks; use your normal account for everything else.', 'Do not bypass or disable security controls, logging or monitoring.', 'Access customer data only when required by an approved support ticket and record the ticket number.', 'Perform production changes only through approved merge requests.'] },
      { h: 1, text: 'Acknowledgement' },
      { p: 'I have read and understand these Rules of Behavior and agree to comply with them. I understand that my use of the system is monitored and that violations can lead to sanctions.' },
      { table: { head: ['User name', 'Signature', 'Date'], rows: [['', '', '']] } },
    ],
  };
}

function iscpDoc(): ProseDoc {
  return {
    title: 'Information System Contingency Plan',
    subtitle: `${ORG.cso} (ISCP) — SSP Attachment 6`,
    author: ORG.csp,
    date: 'May 2025',
    preTitle: [{ p: CUI_NOTICE }],
    body: [
      ...frontMatter('Information System Contingency Plan', '1.3', '2025-05-20'),
      { h: 1, text: 'Introduction' },
      { p: 'This Information System Contingency Plan (ISCP) establishes procedures to recover FCBG following a disruption, following NIST SP 800-34 Rev1. It covers activation and notification, recovery, and reconstitution, and is tested annually (CP-4).^[The 2025 functional exercise is scheduled for September and is observed by the 3PAO.]' },
      { h: 2, text: 'Background' },
      { p: 'FCBG runs in us-gov-west-1 with a warm standby in us-gov-east-1. The recovery time objective (RTO) is 4 hours and the recovery point objective (RPO) is 15 minutes for the registry and console; the maximum tolerable downtime is 24 hours.' },
      { h: 1, text: 'Concept of Operations' },
      { h: 2, text: 'Business Impact Analysis Summary' },
      { table: { head: ['Component', 'MTD', 'RTO', 'RPO'], rows: [['Console and API', '24 h', '4 h', '15 min'], ['Artifact registry', '24 h', '4 h', '15 min'], ['Build runners', '48 h', '8 h', 'n/a (stateless)'], ['Audit log pipeline', '72 h', '24 h', '1 h']] } },
      { h: 2, text: 'Roles and Responsibilities' },
      { p: 'The Contingency Plan Coordinator (the VP Engineering) activates the plan. The recovery team (platform on-call and database on-call) performs recovery; the ISSO notifies the agency and the FedRAMP PMO.' },
      { h: 1, text: 'Activation and Notification' },
      { p: 'The plan is activated when an outage of the primary region is expected to exceed 2 hours or when data integrity is in doubt. The coordinator notifies the call tree in Appendix A and the agency points of contact.' },
      { h: 1, text: 'Recovery' },
      { ol: ['Promote the us-gov-east-1 Aurora replica to primary.', 'Scale the standby EKS node groups to production size through the failover pipeline.', 'Switch Route 53 failover records and verify health checks.', 'Validate artifact integrity against replicated checksums.', 'Confirm with the agency that service is restored.'] },
      { h: 1, text: 'Reconstitution' },
      { p: 'After the primary region is restored, data is resynchronised, a validation test is run, and the service fails back in a maintenance window. The plan is closed with a lessons-learned report and the ISCP is updated.' },
      { h: 1, text: 'Plan Testing and Maintenance' },
      { p: 'The ISCP is reviewed annually and tested annually with a functional exercise; training is given to recovery personnel annually (CP-3).' },
    ],
  };
}

function cmpDoc(): ProseDoc {
  return {
    title: 'Configuration Management Plan',
    subtitle: `${ORG.cso} — SSP Attachment 7`,
    author: ORG.csp,
    date: 'May 20, 2025',
    body: [
      REV,
      { h: 1, text: 'Purpose' },
      { p: 'This Configuration Management Plan (CMP) describes how Forgeline establishes and maintains the integrity of FCBG configuration items throughout the system life cycle, satisfying the CM family of NIST SP 800-53 Rev5.' },
      { h: 1, text: 'Configuration Items' },
      { p: 'Configuration items are the Terraform modules, Helm charts, golden image definitions, OPA policies, application source code and the SSP documentation set. Each lives in a Git repository with protected branches.' },
      { h: 1, text: 'Roles' },
      { table: { head: ['Role', 'Responsibility'], rows: [['Change Advisory Board', 'Approves security-impacting and significant changes'], ['Configuration Manager', 'Maintains baselines and the CM tooling'], ['ISSO', 'Performs security impact analysis; decides whether a change is significant per FedRAMP guidance']] } },
      { h: 1, text: 'Baseline Configuration' },
      { p: 'Baselines follow CIS benchmarks with documented deviations. Baselines are reviewed annually, when components are installed or upgraded, and after significant changes (CM-2).' },
      { h: 1, text: 'Configuration Change Control' },
      { ol: ['Engineer opens a merge request with a change description and risk label.', 'Automated checks run: unit tests, policy checks, image scan.', 'Two reviewers approve; security-impacting changes also need the ISSO.', 'The deployment pipeline applies the change and records it in the change log.', 'Significant changes are submitted to the agency as a Significant Change Request before implementation.'] },
      { h: 1, text: 'Configuration Monitoring' },
      { p: 'AWS Config rules and the drift detector compare running resources with the declared state every 15 minutes; drift opens a ticket and unapproved changes are reverted.' },
    ],
  };
}

function irpDoc(): ProseDoc {
  return {
    title: 'Incident Response Plan',
    subtitle: `${ORG.cso} — SSP Attachment 8`,
    author: ORG.csp,
    date: 'May 2025',
    body: [
      ...frontMatter('Incident Response Plan', '1.3', '2025-05-20'),
      { h: 1, text: 'Introduction' },
      { p: 'This Incident Response Plan (IRP) defines how Forgeline prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting FCBG, following NIST SP 800-61 Rev2 and the FedRAMP Incident Communications Procedures.' },
      { h: 1, text: 'Incident Response Team' },
      { table: { head: ['Role', 'Who', 'Duties'], rows: [['Incident Commander', 'Security on-call', 'Leads the response and decisions'], ['Communications Lead', 'ISSO', 'Notifies the agency, US-CERT/CISA and FedRAMP'], ['Technical Lead', 'Platform on-call', 'Containment and recovery'], ['Scribe', 'Rotating', 'Keeps the incident timeline']] } },
      { h: 1, text: 'Incident Categories and Severity' },
      { table: { head: ['Severity', 'Definition', 'Reporting'], rows: [['SEV1', 'Confirmed compromise of federal data or the boundary', 'Agency and CISA within 1 hour'], ['SEV2', 'Suspected compromise, active attack', 'Agency within 1 hour'], ['SEV3', 'Policy violation without data exposure', 'Monthly ConMon report']] } },
      { h: 1, text: 'Incident Handling Phases' },
      { h: 2, text: 'Preparation' },
      { p: 'Playbooks exist for credential compromise, malicious build job, runner escape, data exfiltration and ransomware. Tabletop exercises are run twice a year.' },
      { h: 2, text: 'Detection and Analysis' },
      { p: 'GuardDuty, WAF and runner telemetry alerts are triaged 24x7. The incident commander declares an incident and opens the war room.' },
      { h: 2, text: 'Containment, Eradication and Recovery' },
      { p: 'Containment isolates affected tenants or nodes; evidence is preserved before eradication. Recovery follows the ISCP when service is degraded.' },
      { h: 2, text: 'Post-Incident Activity' },
      { p: 'A lessons-learned review is held within ten business days and actions are tracked on the POA&M when they address control weaknesses.' },
      { h: 1, text: 'Testing and Training' },
      { p: 'The IRP is tested annually (IR-3) and incident response training is provided within 30 days of assuming a role and annually thereafter (IR-2).' },
    ],
  };
}

function fips199Doc(): ProseDoc {
  return {
    title: 'FIPS 199 Categorization',
    subtitle: `${ORG.cso2} — SSP Attachment 10`,
    author: ORG.csp,
    date: 'April 2025',
    body: [
      ...frontMatter('FIPS 199 Categorization', '1.3', '2025-05-20'),
      { h: 1, text: 'Introduction and Purpose' },
      { p: 'This document provides the security categorization of the system according to FIPS 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.' },
      { h: 1, text: 'Information Types' },
      { table: { head: ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], rows: [['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low'], ['Information Management', 'C.3.5.5', 'Low', 'Low', 'Low'], ['IT Infrastructure Maintenance', 'C.3.5.2', 'Low', 'Low', 'Low']] } },
      { p: 'Integrity of System Development information is raised to Moderate in the provisional impact levels, but the adjusted level is Low because artifacts are signed and verified on download, so an integrity failure is detected before use.' },
      { h: 1, text: 'Security Categorization' },
      { p: 'SC Artifact Vault = {(confidentiality, LOW), (integrity, LOW), (availability, LOW)}. The overall FIPS 199 security categorization is Low and the FedRAMP Low baseline applies.' },
      ...approvals('Approval', [[ORG.cto, 'System Owner'], [ORG.isso, 'ISSO']]),
    ],
  };
}

function scrmDoc(): ProseDoc {
  return {
    title: 'Supply Chain Risk Management Plan',
    subtitle: `${ORG.cso} — SSP Attachment 15`,
    author: ORG.csp,
    date: 'May 20, 2025',
    body: [
      ...frontMatter('Supply Chain Risk Management Plan', '1.3', '2025-05-20'),
      { h: 1, text: 'Purpose' },
      { p: 'This Supply Chain Risk Management (SCRM) Plan describes how Forgeline identifies, assesses and mitigates supply chain risks to FCBG, addressing the SR family of NIST SP 800-53 Rev5 and NIST SP 800-161 Rev1.' },
      { h: 1, text: 'Scope' },
      { p: 'The plan covers hardware and cloud services (AWS GovCloud), third-party software components and open-source dependencies in FCBG images, SaaS suppliers that process federal data, and external service providers.' },
      { h: 1, text: 'Roles and Responsibilities' },
      { p: 'The SCRM team consists of the CISO, procurement, legal and the platform architecture lead. It maintains the supplier register and decides on supplier risk acceptance.' },
      { h: 1, text: 'Supplier Assessment' },
      { p: 'Suppliers are tiered by criticality. Tier 1 suppliers must hold a FedRAMP authorization or provide a SOC 2 Type II report and answer the supplier questionnaire; assessments are repeated annually (SR-6).' },
      { h: 1, text: 'Component Provenance and Integrity' },
      { p: 'All images are built from pinned base images in the internal registry; SBOMs are generated for every build and signed with Sigstore; dependencies are checked against known-vulnerability and malicious-package feeds before promotion (SR-4, SR-11).' },
      { h: 1, text: 'Notification and Incident Coordination' },
      { p: 'Suppliers must notify Forgeline of security incidents within 24 hours; supply chain events are handled under the Incident Response Plan.' },
      { h: 1, text: 'Plan Review' },
      { p: 'The SCRM Plan is reviewed annually and updated when suppliers or the threat landscape change significantly.' },
    ],
  };
}

function lawsDoc(): ProseDoc {
  return {
    title: 'Laws and Regulations',
    subtitle: `${ORG.cso2} — SSP Attachment 12`,
    body: [
      { p: 'The following laws, regulations, standards and guidance apply to the system. This list is maintained with the SSP and reviewed annually.' },
      { h: 1, text: 'Laws and Regulations' },
      { table: { head: ['Identification Number', 'Title', 'Date', 'Link'], rows: [['FISMA', 'Federal Information Security Modernization Act of 2014', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['PRIVACT', 'Privacy Act of 1974, 5 U.S.C. 552a', '12/31/1974', 'https://www.justice.gov/opcl/privacy-act-1974'], ['FedRAMP Authorization Act', 'FedRAMP Authorization Act (NDAA FY2023, Sec. 5921)', '12/23/2022', 'https://www.congress.gov/'], ['OMB A-130', 'Managing Information as a Strategic Resource', '07/28/2016', 'https://www.whitehouse.gov/omb/']] } },
      { h: 1, text: 'Standards and Guidance' },
      { table: { head: ['Identification Number', 'Title', 'Date', 'Link'], rows: [['FIPS PUB 199', 'Standards for Security Categorization', '02/01/2004', 'https://csrc.nist.gov/pubs/fips/199/final'], ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'], ['SP 800-53 Rev5', 'Security and Privacy Controls', '09/23/2020', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'], ['SP 800-34 Rev1', 'Contingency Planning Guide', '05/01/2010', 'https://csrc.nist.gov/pubs/sp/800/34/r1/upd1/final'], ['SP 800-63-3', 'Digital Identity Guidelines', '06/01/2017', 'https://pages.nist.gov/800-63-3/']] } },
    ],
  };
}

async function lawsXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'FedRAMP', lastModifiedBy: ORG.isso });
  const ws = wb.addWorksheet('Laws and Regulations');
  putRows(ws, 1, [['SSP Attachment 12 — FedRAMP Laws and Regulations'], [`${ORG.cso}`], []]);
  putRows(ws, 4, [['Identification Number', 'Title', 'Date', 'Link'], ['FISMA', 'Federal Information Security Modernization Act of 2014', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['E-Gov Act', 'E-Government Act of 2002, Title III', '12/17/2002', 'https://www.congress.gov/'], ['HSPD-12', 'Policy for a Common Identification Standard', '08/27/2004', 'https://www.dhs.gov/'], ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', '01/03/2017', 'https://www.whitehouse.gov/omb/'], ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust', '01/26/2022', 'https://www.whitehouse.gov/omb/'], ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', '11/03/2021', 'https://www.cisa.gov/']], true);
  const st = wb.addWorksheet('Standards and Guidance');
  putRows(st, 1, [['Identification Number', 'Title', 'Date', 'Link'], ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004', 'https://csrc.nist.gov/'], ['FIPS 200', 'Minimum Security Requirements', '03/2006', 'https://csrc.nist.gov/'], ['SP 800-37 Rev2', 'Risk Management Framework', '12/2018', 'https://csrc.nist.gov/'], ['SP 800-53A Rev5', 'Assessing Security and Privacy Controls', '01/2022', 'https://csrc.nist.gov/']], true);
  return workbookBuffer(wb);
}

const CRM_CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

async function cisCrmXlsx(): Promise<Buffer> {
  const rnd = seeded(2110);
  const wb = newWorkbook({ creator: 'FedRAMP PMO', lastModifiedBy: ORG.isso, title: 'CIS CRM Workbook' });
  const cis = wb.addWorksheet('Implementation Summary');
  putRows(cis, 1, [[`${ORG.cso} — Control Implementation Summary (CIS)`], []]);
  putRows(cis, 3, [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
    ...CRM_CONTROLS.map((c) => { const part = c === 'CM-6'; const o = pick(rnd, ['corp', 'sys', 'shared', 'inh']); return [c, part ? '' : 'X', part ? 'X' : '', '', '', '', o === 'corp' ? 'X' : '', o === 'sys' ? 'X' : '', '', '', '', o === 'shared' ? 'X' : '', o === 'inh' ? 'X' : '']; })], true);
  const crm = wb.addWorksheet('Customer Responsibility Matrix');
  putRows(crm, 1, [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...CRM_CONTROLS.map((c) => [c, c.startsWith('SC') || c.startsWith('SI') ? 'Yes' : 'Partial', c.startsWith('AC') || c.startsWith('IA') ? 'The customer manages its users through its own identity provider and must review organization membership every 90 days.' : 'Inherited from the CSP; no customer action required.'])], true);
  return workbookBuffer(wb);
}

async function cisCrmXlsx2(): Promise<Buffer> {
  const wb = newWorkbook({ creator: ORG.eng });
  const ws = wb.addWorksheet('CIS-CRM');
  putRows(ws, 1, [['CIS/CRM Workbook'], [`${ORG.cso2} — FedRAMP Low`], []]);
  putRows(ws, 4, [['Control ID', 'Implementation Status', 'Control Origination', 'Customer Responsibility', 'Can be inherited'],
    ['AC-2', 'Implemented', 'Shared (CSP and Customer)', 'Customer administrators create and remove their users and review access quarterly.', 'Partial'],
    ['AC-7', 'Implemented', 'Service Provider System Specific', 'None', 'Yes'],
    ['AU-6', 'Implemented', 'Shared (CSP and Customer)', 'Customers review the audit events exported to their SIEM.', 'Partial'],
    ['CP-9', 'Implemented', 'Service Provider System Specific', 'None', 'Yes'],
    ['IA-2', 'Implemented', 'Configured by Customer', 'Customers must enforce SSO with MFA for all users.', 'No'],
    ['SC-28', 'Implemented', 'Service Provider System Specific', 'None', 'Yes'],
    ['SI-3', 'Not Applicable', 'n/a', 'n/a', 'n/a']], true);
  return workbookBuffer(wb);
}

async function sodXlsx(): Promise<Buffer> {
  const wb = newWorkbook({ creator: ORG.isso });
  const ws = wb.addWorksheet('SOD Matrix');
  const roles = ['Developer', 'Maintainer', 'Release Manager', 'Platform Admin', 'Security Engineer', 'ISSO', 'Auditor'];
  putRows(ws, 1, [['Separation of Duties Matrix — FCBG'], ['X = role may perform the function; conflicting functions are never granted to the same person.'], []]);
  putRows(ws, 4, [['Function', ...roles],
    ['Write application code', 'X', 'X', '', '', '', '', ''], ['Approve merge request', '', 'X', '', '', 'X', '', ''], ['Deploy to production', '', '', 'X', '', '', '', ''], ['Modify IAM permission sets', '', '', '', 'X', '', '', ''], ['Approve IAM changes', '', '', '', '', 'X', 'X', ''], ['Modify audit log configuration', '', '', '', '', 'X', '', ''], ['Review audit logs', '', '', '', '', 'X', 'X', 'X'], ['Manage KMS key policies', '', '', '', 'X', '', '', ''], ['Approve significant change', '', '', '', '', '', 'X', '']], true);
  return workbookBuffer(wb);
}

function sodCsv(): string {
  const rows = [['Role', 'Duties', 'Conflicting duties (must not hold)', 'Enforced by'],
    ['Build Engineer', 'Write pipeline definitions; run builds', 'Approve own merge requests; deploy to production', 'Protected branches; CODEOWNERS'],
    ['Release Manager', 'Promote artifacts to production', 'Author the change being released', 'Deployment pipeline approval rule'],
    ['Cloud Administrator', 'Operate AWS accounts; manage infrastructure', 'Administer audit logs; approve own IAM changes', 'SCPs; log archive account owned by security'],
    ['Security Administrator', 'Manage audit logging, GuardDuty, KMS key policies', 'Production deployments', 'Permission sets'],
    ['ISSO', 'Approve security-impacting changes; review audit logs', 'Administer systems', 'Okta group policy'],
  ];
  return `Separation of Duties Matrix,${ORG.cso2},,\n${rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`;
}

export const attachmentSpecs: Spec[] = [
  { file: 'att01-policies.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'pdfLaTeX two-column Information Security Policies and Procedures (SSP Attachment 1) covering the -1 controls by family.', build: () => renderPdf(policiesDoc(), { columns: 2, titlePage: true, toc: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pdflatex }, date: D(2025, 5, 20) }) },
  { file: 'access-control.rst', expected: 'POLICIES_AND_PROCEDURES', note: 'Sphinx reStructuredText source of the Access Control Policy and Procedures (AC-1), part of Attachment 1.', build: () => Promise.resolve(acPolicyRst()) },
  { file: 'user-guide.pdf', expected: 'USER_GUIDE', note: 'Sphinx LaTeX PDF of the FCBG User Guide (SSP attachment) describing secure use and administration.', build: () => renderPdf(userGuideDoc(ORG.cso), { columns: 1, titlePage: true, toc: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.sphinx, title: 'FCBG User Guide', author: 'Forgeline, Inc.' }, date: D(2025, 6, 2) }) },
  { file: 'Final_v2.docx', expected: 'USER_GUIDE', note: 'Pandoc docx User Guide for the Artifact Vault, with role table and security configuration steps.', build: () => renderDocx(userGuideDoc(ORG.cso2), { flavor: 'pandoc', meta: { title: 'user-guide.md' } }) },
  { file: 'att03-diw.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Pandoc docx Digital Identity Worksheet with IAL/AAL/FAL selection and acceptance statement.', build: () => renderDocx(diwDoc(), { flavor: 'pandoc', meta: { title: 'Digital Identity Worksheet', creator: ORG.isso } }) },
  { file: 'digital-identity.md', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Markdown source (YAML front matter) of the Digital Identity Worksheet.', build: () => Promise.resolve(renderMarkdown(diwDoc(), { frontMatter: { title: 'Digital Identity Worksheet', subtitle: 'SSP Attachment 3', author: [ORG.isso], date: '2025-05-20', lang: 'en-US' }, titleAsHeading: false })) },
  { file: 'PTA-PIA_signed.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Word Privacy Threshold Analysis and Privacy Impact Assessment with privacy officer review block.', build: () => renderDocx(ptaDoc(), { flavor: 'word', cover: 'bigbold', numberHeadings: true, header: 'FCBG PTA/PIA', footer: 'Page {page}', meta: { title: 'FedRAMP PTA PIA Template', creator: 'FedRAMP' } }) },
  { file: 'doc-0398.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Pandoc LaTeX PDF of the PTA/PIA (single column, footnote-free).', build: () => renderPdf(ptaDoc(), { columns: 1, titlePage: false, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pandoc }, date: D(2025, 5, 21) }) },
  { file: 'rules-of-behavior.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Pandoc docx Rules of Behavior for privileged and non-privileged users with acknowledgement.', build: () => renderDocx(robDoc(), { flavor: 'pandoc' }) },
  { file: 'ROB.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text Rules of Behavior as pasted from the onboarding e-mail (CRLF).', build: () => Promise.resolve(renderPlainText(robDoc(), { eol: '\r\n', width: 72 })) },
  { file: 'iscp.pdf', expected: 'CONTINGENCY_PLAN', note: 'pdfLaTeX two-column Information System Contingency Plan with BIA summary, activation, recovery and reconstitution.', build: () => renderPdf(iscpDoc(), { columns: 2, titlePage: false, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pdflatex, title: 'Information System Contingency Plan', author: ORG.csp }, date: D(2025, 5, 22) }) },
  { file: 'contingency-plan.adoc', expected: 'CONTINGENCY_PLAN', note: 'AsciiDoc source of the ISCP uploaded as is.', build: () => Promise.resolve(renderAsciiDoc(iscpDoc(), { attributes: { doctype: 'book', sectnums: '', toc: '', 'pdf-theme': 'forgeline' } })) },
  { file: 'cmp.rst', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'reStructuredText source of the Configuration Management Plan.', build: () => Promise.resolve(renderRst(cmpDoc(), { fieldList: { Version: '1.3', Owner: 'Configuration Manager' } })) },
  { file: 'Document.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Pandoc docx Configuration Management Plan; core title left over from another document.', build: () => renderDocx(cmpDoc(), { flavor: 'pandoc', meta: { title: 'Rules of Behavior', creator: ORG.eng } }) },
  { file: 'IRP-2025.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Word Incident Response Plan with team, severity and handling phases; cover title in a table cell.', build: () => renderDocx(irpDoc(), { flavor: 'word', cover: 'table', numberHeadings: true, header: 'Forgeline — CUI', footer: 'Incident Response Plan v1.3 — Page {page}' }) },
  { file: 'doc-0455.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Asciidoctor-PDF Incident Response Plan (single column, Helvetica, running section headers).', build: () => renderPdf(irpDoc(), { columns: 1, family: 'helvetica', titlePage: true, toc: true, runningHeader: 'section', justify: false, hyphenate: false, ligatures: false, meta: { ...PDF_TOOLCHAINS.asciidoctor, title: 'Incident Response Plan' }, date: D(2025, 5, 23) }) },
  { file: 'FCBG_CIS_CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook: Implementation Summary sheet with status/origination columns and Customer Responsibility Matrix sheet.', build: cisCrmXlsx },
  { file: 'crm-fav.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Single-sheet CIS/CRM workbook for the Artifact Vault with implementation status, origination and customer responsibility.', build: cisCrmXlsx2 },
  { file: 'fips199.docx', expected: 'FIPS_199', note: 'Pandoc docx FIPS 199 Categorization with SP 800-60 information types and overall Low categorization.', build: () => renderDocx(fips199Doc(), { flavor: 'pandoc', meta: { title: 'FIPS 199 Categorization' } }) },
  { file: 'att10.pdf', expected: 'FIPS_199', note: 'pdfLaTeX FIPS 199 Categorization (article style, title block on page 1).', build: () => renderPdf(fips199Doc(), { columns: 1, titlePage: false, runningHeader: false, meta: { ...PDF_TOOLCHAINS.pdflatex }, date: D(2025, 4, 18) }) },
  { file: 'SOD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook (functions by roles).', build: sodXlsx },
  { file: 'sod-matrix.csv', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Numbers CSV export of the Separation of Duties Matrix with a title row before the header.', build: () => Promise.resolve(sodCsv()) },
  { file: 'Att12_Laws.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'SSP Attachment 12 Laws and Regulations workbook (laws sheet and standards sheet).', build: lawsXlsx },
  { file: 'laws-and-regs.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Pandoc docx Laws and Regulations attachment with identification number/title/date/link tables.', build: () => renderDocx(lawsDoc(), { flavor: 'pandoc' }) },
  { file: 'scrm-plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Pandoc docx Supply Chain Risk Management Plan (SR family).', build: () => renderDocx(scrmDoc(), { flavor: 'pandoc', meta: { title: 'SCRM Plan', creator: ORG.ciso } }) },
  { file: 'Final (2).pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'pdfLaTeX two-column Supply Chain Risk Management Plan with title page.', build: () => renderPdf(scrmDoc(), { columns: 2, titlePage: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pdflatex, title: 'scrm.tex' }, date: D(2025, 5, 20) }) },
];
