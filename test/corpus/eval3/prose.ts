/** Prose deliverables of eval3: SSP (Word), the prose SSP attachments, SAP/SAR (Word), ATO letters, change forms. */
import { daysAfter, docx, pdf } from './kit.js';
import type { Doc, Prose } from './kit.js';

const HAL = { name: 'Halyard Data Systems, Inc.', cso: 'Halyard GovAnalytics', abbr: 'HGA', lvl: 'Moderate' };
const BRW = { name: 'Brightwater Software LLC', cso: 'Brightwater CaseFlow', abbr: 'BCF', lvl: 'Low' };
const QUI = { name: 'Quillon Networks Corporation', cso: 'Quillon Secure Edge', abbr: 'QSE', lvl: 'High' };
const TES = { name: 'Tessaract Health Cloud, Inc.', cso: 'Tessaract ClinicalVault', abbr: 'TCV', lvl: 'Moderate' };
const NPL = { name: 'Northpine Labs', cso: 'Northpine Records Hub', abbr: 'NRH', lvl: 'Low' };

const base = (o: Partial<Prose> & Pick<Prose, 'title' | 'secs'>): Prose => ({
  where: 'props', org: HAL.name, author: 'Dana Whitcombe', date: daysAfter(-40), numbering: 'literal', look: 'fedramp', ...o,
});

const approvals = (names: readonly [string, string][]): Prose['front'] => [
  ['Document Approvals', 'The signatures below indicate that the named officials have reviewed and approved this document.',
    { t: ['Name', 'Title', 'Signature', 'Date'], r: names.map(([n, t]) => [n, t, '/s/', '']) }],
  ['Revision History', { t: ['Date', 'Version', 'Description', 'Author'], r: [['02/11/2024', '1.0', 'Initial release', 'Security Team'], ['01/27/2025', '1.1', 'Annual review', 'Security Team']] }],
];

export async function proseDocs(): Promise<Doc[]> {
  const out: Doc[] = [];
  const add = async (expected: Doc['expected'], format: 'docx' | 'pdf', note: string, p: Prose): Promise<void> => {
    out.push({ expected, format, note, data: format === 'docx' ? await docx(p) : await pdf(p) });
  };

  // ---------------- SSP (Word, Rev4-era template wording) ----------------
  await add('SSP', 'docx', 'Rev4-era SSP Word template, Moderate, title in props and cover', base({
    title: `${HAL.cso} System Security Plan`, sub: ['Moderate Impact Level', 'Version 3.2', 'Prepared by Halyard Data Systems, Inc.'],
    pre: ['CONTROLLED UNCLASSIFIED INFORMATION'], toc: true, front: approvals([['R. Okafor', 'Chief Information Security Officer'], ['D. Whitcombe', 'ISSO']]),
    secs: [
      ['Information System Name/Title', `This System Security Plan provides an overview of the security requirements for ${HAL.cso} (HGA) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.`,
        { t: ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], r: [['FR2204118734', HAL.cso, 'HGA']] }],
      ['Information System Categorization', 'The overall information system sensitivity categorization, as noted in Table 2-1, is recorded in Section 15, Attachment 10, FIPS 199 Categorization.', { t: ['System Sensitivity Level'], r: [['Moderate']] }],
      ['## Information Types', 'The following information types were selected from NIST SP 800-60 Volume II, Revision 1.', { t: ['Information Type', 'NIST 800-60 identifier', 'Confidentiality', 'Integrity', 'Availability'], r: [['Information Management', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'], ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low']] }],
      ['## Security Objectives Categorization (FIPS 199)', { t: ['Security Objective', 'Low, Moderate or High'], r: [['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low']] }],
      ['## Digital Identity Determination', 'The digital identity level was selected using the Digital Identity Worksheet in Attachment 3. The system operates at IAL2 / AAL2 / FAL2.'],
      ['Information System Owner', { t: ['Name', 'Title', 'Company', 'Email'], r: [['Rosalind Okafor', 'CISO', HAL.name, 'rokafor@halyarddata.com']] }],
      ['Authorizing Official', 'The Authorizing Official is the sponsoring agency\'s designated AO as identified in the partnership letter.'],
      ['General System Description', `${HAL.cso} is a Software-as-a-Service analytics platform deployed on AWS GovCloud (US-West). It allows agency analysts to ingest, curate and visualise program data.`, ['Service model: SaaS', 'Deployment model: Government Community Cloud']],
      ['## Authorization Boundary', 'Figure 9-1 shows the authorization boundary. All components within the dashed boundary are in scope; leveraged services (AWS GovCloud, FedRAMP High P-ATO) are outside.'],
      ['## Network Architecture', 'Traffic enters via an Application Load Balancer fronted by AWS WAF. Application tiers run in private subnets across two Availability Zones.'],
      ['Minimum Security Controls', 'Security controls must meet minimum security control baseline requirements. The following sections describe how each control of the FedRAMP Moderate baseline is implemented.'],
      ['## AC-2 Account Management (M)', 'Control Summary Information: Responsible Role: Identity Administrator. Implementation Status: Implemented. Control Origination: Service Provider System Specific.',
        'Part a: HGA defines the following account types: privileged administrator, agency tenant administrator, analyst, and service account.',
        'Part b: Account managers are assigned by the ISSO for each account type and recorded in the access register.'],
      ['## AC-17 Remote Access (M)', 'Part a: All administrative access to HGA occurs through the Okta-authenticated bastion with phishing-resistant MFA; no direct SSH is permitted from the internet.'],
      ['## IA-2 Identification and Authentication (Organizational Users) (M)', 'HGA uniquely identifies and authenticates organizational users using PIV credentials or FIDO2 security keys.'],
      ['Acronyms', 'See Attachment 12 for the full list of acronyms used in this System Security Plan.'],
    ],
  }));

  // ---------------- POLICIES_AND_PROCEDURES ----------------
  await add('POLICIES_AND_PROCEDURES', 'docx', 'single-family AC policy and procedure document, corporate style', base({
    title: 'Access Control Policy and Procedures', org: TES.name, author: 'M. Ferreira', look: 'corporate', numbering: 'auto',
    sub: [TES.cso, 'Document Owner: Information Security', 'Review cycle: annual'], app: 'Microsoft Office Word',
    secs: [
      ['Purpose', `This policy establishes the access control requirements for ${TES.cso} in accordance with NIST SP 800-53 Rev. 5 control family AC and supports control AC-1.`],
      ['Scope', 'This policy applies to all workforce members, contractors and systems within the ClinicalVault authorization boundary.'],
      ['Roles and Responsibilities', ['Chief Information Security Officer: owns and approves this policy', 'System Owner: ensures implementation', 'ISSO: reviews accounts quarterly', 'All personnel: comply with this policy']],
      ['Management Commitment', 'Executive leadership is committed to protecting information assets and provides resources to implement this policy.'],
      ['Coordination Among Organizational Entities', 'Human Resources notifies Security within 8 hours of a termination so access can be revoked.'],
      ['Compliance', 'Non-compliance may result in disciplinary action up to and including termination.'],
      ['Policy', ''],
      ['## AC-2 Account Management', 'Accounts are requested through ServiceNow, approved by the resource owner, and reviewed every 90 days. Inactive accounts are disabled after 90 days.'],
      ['## AC-6 Least Privilege', 'Users are granted only the privileges required for their job function. Privileged functions are restricted to the Platform Engineering group.'],
      ['## AC-7 Unsuccessful Logon Attempts', 'Accounts lock after three consecutive invalid attempts within 15 minutes.'],
      ['Procedures', ''],
      ['## Procedure AC-2-P1: Provisioning a new account', ['Requester submits ticket with manager approval', 'Security verifies training completion and signed Rules of Behavior', 'Identity administrator creates account in Okta group', 'Ticket closed with evidence attached']],
      ['## Procedure AC-2-P2: Quarterly access review', ['ISSO exports group memberships', 'Managers certify each member', 'Uncertified accounts disabled within 5 business days']],
      ['Policy Review', 'This policy and its procedures are reviewed at least annually and following significant changes.'],
    ],
  }));
  await add('POLICIES_AND_PROCEDURES', 'pdf', 'consolidated information security policy handbook covering all families, title only in running header', base({
    title: 'Information Security Policies and Procedures', where: 'header', header: `${QUI.name} | Information Security Policies and Procedures | v5.0`, org: QUI.name,
    pre: [QUI.name, 'Corporate Security Handbook', 'Version 5.0'], numbering: 'literal', look: 'corporate', producer: 'Adobe PDF Library 23.1.175',
    secs: [
      ['Introduction', `This handbook consolidates the security policies and implementing procedures that govern ${QUI.cso}. Each chapter satisfies the "-1" control (Policy and Procedures) of its NIST SP 800-53 Rev. 5 family as required by the FedRAMP High baseline.`],
      ['Awareness and Training (AT)', 'All personnel complete security awareness training before receiving access and annually thereafter. Role-based training is completed by privileged users.'],
      ['Audit and Accountability (AU)', 'Systems generate audit records for the events listed in the Audit Event Matrix. Logs are retained online for 90 days and archived for one year.'],
      ['Configuration Management (CM)', 'Baselines are maintained as code. Deviations from CIS benchmarks require a documented exception approved by the Change Advisory Board.'],
      ['Identification and Authentication (IA)', 'Phishing-resistant MFA is mandatory for all privileged and non-privileged network access.'],
      ['Media Protection (MP)', 'Quillon does not use removable media within the boundary. Cloud storage volumes are crypto-shredded on release.'],
      ['Personnel Security (PS)', 'Screening is completed before access is granted; positions are assigned risk designations.'],
      ['System and Communications Protection (SC)', 'All data in transit is protected with FIPS 140-validated TLS 1.2 or higher.'],
      ['Policy Exceptions', 'Exceptions are requested through the GRC tool, risk-rated and approved by the CISO for no more than one year.'],
      ['Review and Maintenance', 'Policies are reviewed annually; procedures are reviewed annually or after significant change.'],
    ],
  }));

  // ---------------- USER_GUIDE ----------------
  await add('USER_GUIDE', 'docx', 'administrator guide for agency customers, software-manual tone', base({
    title: `${BRW.cso} Administrator Guide`, org: BRW.name, author: 'Technical Publications', look: 'corporate', numbering: 'auto', toc: true,
    sub: ['For agency tenant administrators', 'Release 24.3'],
    secs: [
      ['About this guide', `This guide explains how agency administrators configure and operate ${BRW.cso}. It describes the security-relevant settings available to customers and is provided as Attachment 2 of the FedRAMP package.`],
      ['Signing in', 'Navigate to https://gov.caseflow.example and select Sign in with your agency identity provider. CaseFlow supports SAML 2.0 and OpenID Connect federation.'],
      ['Managing users', ['Open Admin > Users', 'Select Invite user and enter the email address', 'Assign one or more roles: Case Worker, Supervisor, Auditor, Tenant Admin', 'Click Send invitation']],
      ['## Deactivating a user', 'Select the user and choose Deactivate. Deactivated users cannot sign in; their records are retained for audit.'],
      ['Roles and permissions', { t: ['Role', 'Can view cases', 'Can edit cases', 'Can manage users', 'Can export audit log'], r: [['Case Worker', 'Yes', 'Yes', 'No', 'No'], ['Supervisor', 'Yes', 'Yes', 'No', 'No'], ['Auditor', 'Yes', 'No', 'No', 'Yes'], ['Tenant Admin', 'Yes', 'Yes', 'Yes', 'Yes']] }],
      ['Security settings', 'Tenant admins can set the session timeout (5 to 30 minutes), restrict access to agency IP ranges, and require step-up authentication for exports.'],
      ['Audit log', 'Admin > Audit log lists sign-ins, permission changes and exports. Use Export to download CSV.'],
      ['Getting help', 'Contact support at support@brightwater.example or call the 24x7 line.'],
    ],
  }));
  await add('USER_GUIDE', 'pdf', 'end-user guide exported from a docs site (no numbering)', base({
    title: `${NPL.cso} User Guide`, org: NPL.name, author: 'Northpine Docs', look: 'corporate', numbering: 'none', producer: 'wkhtmltopdf 0.12.6',
    sub: ['Getting started, everyday tasks and security features'],
    secs: [
      ['Welcome', `${NPL.cso} helps records officers capture, classify and retain federal records. This user guide walks you through the everyday tasks.`],
      ['Before you begin', ['A supported browser (Edge, Chrome or Firefox, latest two versions)', 'An account issued by your agency administrator', 'A PIV card or registered security key']],
      ['Logging in', 'Go to your agency URL, insert your PIV card and select your certificate. After 15 minutes of inactivity you will be logged out automatically.'],
      ['Uploading records', 'Drag files into the Inbox panel. Each file is scanned for malware before it becomes available.'],
      ['Applying a retention schedule', 'Select one or more records, choose Apply schedule and pick the GRS item.'],
      ['Searching', 'Use the search bar with filters for schedule, custodian and date.'],
      ['Your responsibilities', 'Do not share your account. Report suspected security incidents to your agency help desk and to security@northpine.example.'],
      ['Troubleshooting', { t: ['Symptom', 'What to do'], r: [['Certificate not offered', 'Reinsert card and restart the browser'], ['Upload stuck at 99%', 'File is being scanned; wait two minutes']] }],
    ],
  }));

  // ---------------- DIGITAL_IDENTITY_WORKSHEET ----------------
  await add('DIGITAL_IDENTITY_WORKSHEET', 'docx', 'FedRAMP-template style DIW with IAL/AAL/FAL selection', base({
    title: 'Digital Identity Worksheet', sub: [HAL.cso, 'Attachment 3'], org: HAL.name,
    secs: [
      ['Introduction and Purpose', 'This worksheet documents the digital identity level determination for the system in accordance with NIST SP 800-63-3, Digital Identity Guidelines.'],
      ['Digital Identity Acceptance Statement', 'The CSP has determined the assurance levels below based on the potential impact of authentication errors.'],
      ['Potential Impact of Authentication Errors', { t: ['Impact category', 'Low', 'Moderate', 'High'], r: [['Inconvenience, distress or damage to standing or reputation', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', '', 'X', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']] }],
      ['Identity Assurance Level (IAL)', 'Selected: IAL2. Remote or in-person identity proofing is required because the system processes sensitive but unclassified data.'],
      ['Authenticator Assurance Level (AAL)', 'Selected: AAL2. Users authenticate with two distinct factors; privileged users use AAL3 hardware authenticators.'],
      ['Federation Assurance Level (FAL)', 'Selected: FAL2. Assertions are signed and encrypted to the relying party.'],
      ['Digital Identity Level Summary', { t: ['Digital Identity Level', 'IAL', 'AAL', 'FAL'], r: [['Level 2 (Moderate)', 'IAL2', 'AAL2', 'FAL2']] }],
    ],
  }));
  await add('DIGITAL_IDENTITY_WORKSHEET', 'pdf', 'short scanned-to-PDF e-authentication determination, agency-reviewer tone', base({
    title: 'Digital Identity Determination Worksheet (NIST SP 800-63-3)', where: 'cover', org: BRW.name, numbering: 'none', look: 'corporate', producer: 'Microsoft: Print To PDF',
    pre: [BRW.name], sub: [BRW.cso],
    secs: [
      ['System', `${BRW.cso} (LI-SaaS). Users: agency case workers and supervisors.`],
      ['Step 1: Impact assessment', 'For each category we assessed the impact of an authentication error as Low: the system stores no PII beyond business contact data.'],
      ['Step 2: Selecting IAL', 'IAL1 - self-asserted attributes are acceptable; agency identity providers perform proofing.'],
      ['Step 3: Selecting AAL', 'AAL2 - multi-factor authentication via agency federation (PIV/CAC).'],
      ['Step 4: Selecting FAL', 'FAL1 - bearer assertions signed by the IdP.'],
      ['Result', 'Digital identity level: IAL1 / AAL2 / FAL1. Determination reviewed by the ISSO on 01/09/2025.'],
    ],
  }));

  // ---------------- PRIVACY_ASSESSMENT ----------------
  await add('PRIVACY_ASSESSMENT', 'docx', 'Privacy Threshold Analysis in Q&A form', base({
    title: 'Privacy Threshold Analysis (PTA)', sub: [TES.cso], org: TES.name, author: 'Privacy Office', numbering: 'none', look: 'corporate',
    secs: [
      ['Overview', 'The PTA determines whether a Privacy Impact Assessment is required. Answer each question below.'],
      ['Qualifying Questions', { t: ['#', 'Question', 'Answer'], r: [
        ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'Yes'],
        ['2', 'Does the system collect, maintain, use or disseminate PII about federal employees or contractors?', 'Yes'],
        ['3', 'Has a Privacy Impact Assessment been completed for the system?', 'In progress'],
        ['4', 'Is the PII retrieved by a personal identifier, creating a System of Records under the Privacy Act?', 'Yes - agency SORN applies'],
      ] }],
      ['Designation', 'Because the answers to questions 1 and 2 are Yes, a full PIA is required. PII categories: name, date of birth, medical record number, diagnosis codes.'],
      ['Signatures', { t: ['Role', 'Name', 'Date'], r: [['Privacy Officer', 'L. Anand', '12/02/2024'], ['System Owner', 'M. Ferreira', '12/03/2024']] }],
    ],
  }));
  await add('PRIVACY_ASSESSMENT', 'pdf', 'agency-style Privacy Impact Assessment narrative', base({
    title: `Privacy Impact Assessment for ${NPL.cso}`, org: NPL.name, numbering: 'literal', look: 'fedramp', producer: 'Microsoft® Word 2019',
    sub: ['Prepared in accordance with Section 208 of the E-Government Act of 2002'],
    secs: [
      ['System Overview', `${NPL.cso} is a records management service used by agencies to store and retain federal records, some of which contain personally identifiable information.`],
      ['Characterization of the Information', '1.1 What information is collected? Names, business contact information, and any PII contained in uploaded records. 1.2 What are the sources? Agency users.'],
      ['Uses of the Information', 'Information is used solely to provide records management services to the agency.'],
      ['Retention', 'Records are retained per the agency\'s NARA-approved schedule and then disposed of.'],
      ['Internal and External Sharing', 'PII is not shared outside the CSP except as directed by the agency.'],
      ['Notice', 'Notice is provided by the agency through its SORN and Privacy Act statements.'],
      ['Individual Access, Redress and Correction', 'Individuals request access through the owning agency\'s Privacy Act procedures.'],
      ['Technical Access and Security', 'Access is restricted by role; all access is logged; data is encrypted at rest with FIPS 140-2 validated modules.'],
      ['Privacy Risk Analysis', 'Residual privacy risk is assessed as low.'],
    ],
  }));

  // ---------------- RULES_OF_BEHAVIOR ----------------
  await add('RULES_OF_BEHAVIOR', 'docx', 'Rules of Behavior with acknowledgement block, FedRAMP template tone', base({
    title: 'Rules of Behavior', sub: [`${QUI.cso} - Privileged and Non-Privileged Users`], org: QUI.name, numbering: 'literal',
    secs: [
      ['Introduction', 'These rules of behavior describe the responsibilities and expected behavior of all individuals with access to the system. Users must read and sign them before access is granted and annually thereafter.'],
      ['Rules for All Users', ['I will use the system only for authorized purposes.', 'I will protect my authenticators and never share them.', 'I will lock my workstation when unattended.', 'I will report suspected incidents to the security operations center immediately.', 'I will not attempt to bypass security controls.']],
      ['Rules for Privileged Users', ['I will use my privileged account only for administrative tasks.', 'I will not read customer data except as required to perform an approved task.', 'I will follow change management for every production change.']],
      ['Consequences of Non-Compliance', 'Violations may result in loss of access, disciplinary action and referral to law enforcement.'],
      ['Acknowledgement', 'I acknowledge that I have read, understand and will comply with these Rules of Behavior.', { t: ['Printed name', 'Signature', 'Date'], r: [['', '', '']] }],
    ],
  }));
  await add('RULES_OF_BEHAVIOR', 'pdf', 'one-page user agreement printed from HR system, title phrased differently', base({
    title: 'System Use Agreement and Rules of Behavior', where: 'cover', org: BRW.name, numbering: 'none', look: 'corporate', producer: 'Skia/PDF m121',
    secs: [
      ['What this agreement covers', `Your use of ${BRW.cso} and the Brightwater corporate systems that support it.`],
      ['You agree to', ['Keep your MFA device with you and report its loss the same day', 'Not store customer data on laptops or personal devices', 'Complete annual security awareness training', 'Use only approved collaboration tools', 'Accept that your activity is monitored and logged']],
      ['You must not', ['Share passwords or tokens', 'Install unapproved software', 'Connect to production from untrusted networks']],
      ['Signature', 'By signing you accept these rules of behavior. Employee: ____________  Date: ________'],
    ],
  }));

  // ---------------- CONTINGENCY_PLAN ----------------
  await add('CONTINGENCY_PLAN', 'docx', 'ISCP in FedRAMP template structure (activation, recovery, reconstitution)', base({
    title: 'Information System Contingency Plan (ISCP)', sub: [HAL.cso, 'Version 2.4'], org: HAL.name, toc: true,
    secs: [
      ['Introduction', `This Information System Contingency Plan establishes procedures to recover ${HAL.cso} following a disruption.`],
      ['## Background', 'The plan follows NIST SP 800-34 Rev. 1 and supports control CP-2.'],
      ['## Scope', 'The plan applies to all components within the authorization boundary hosted in AWS GovCloud (US-West) with failover to US-East.'],
      ['## Assumptions', ['Alternate region capacity is available', 'Key personnel are reachable by phone', 'Backups are current to within 24 hours']],
      ['Concept of Operations', ''],
      ['## Recovery Objectives', { t: ['Metric', 'Value'], r: [['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '12 hours'], ['Recovery Point Objective (RPO)', '4 hours']] }],
      ['## Roles and Responsibilities', { t: ['Role', 'Responsibilities'], r: [['Contingency Plan Director', 'Declares disruption and activates the plan'], ['Recovery Team Lead', 'Executes recovery procedures'], ['Communications Lead', 'Notifies customers and the FedRAMP PMO']] }],
      ['Activation and Notification', 'The plan is activated when an outage is expected to exceed 4 hours. The Director notifies the team by the emergency call tree.'],
      ['Recovery', 'Sequence: restore network, restore databases from snapshots, redeploy application stacks through the pipeline, validate functionality.'],
      ['Reconstitution', 'Validate data integrity, return to the primary region, and deactivate the plan. Document lessons learned.'],
      ['Plan Testing', 'The ISCP is tested annually with a functional exercise; results are recorded in the Contingency Plan Test Report.'],
    ],
  }));
  await add('CONTINGENCY_PLAN', 'pdf', 'business continuity / disaster recovery plan, corporate wording', base({
    title: 'Disaster Recovery and Contingency Plan', org: TES.name, numbering: 'auto', look: 'corporate', producer: 'Microsoft® Word for Microsoft 365',
    sub: [TES.cso], pre: [TES.name],
    secs: [
      ['Purpose', 'Describes how ClinicalVault is restored after a disruptive event and how customers are kept informed.'],
      ['Recovery strategy', 'ClinicalVault runs active-passive across two Azure Government regions. Databases use geo-replication; object storage is GRS.'],
      ['Recovery time and point objectives', 'RTO: 8 hours. RPO: 1 hour.'],
      ['Disaster declaration', 'The VP of Engineering or delegate declares a disaster after consulting the incident commander.'],
      ['Failover runbook', ['Freeze deployments', 'Promote secondary SQL instance', 'Update Front Door origin', 'Run smoke tests', 'Announce on status page']],
      ['Backup and restore', 'Daily full and hourly incremental backups, encrypted, retained 35 days. Restores tested quarterly.'],
      ['Testing and training', 'Tabletop exercise annually and a full failover test every other year.'],
      ['Contact list', { t: ['Role', 'Primary', 'Alternate'], r: [['Incident Commander', 'J. Park', 'S. Mbeki'], ['DBA', 'R. Lutz', 'T. Olsen']] }],
    ],
  }));

  // ---------------- CONFIGURATION_MANAGEMENT_PLAN ----------------
  await add('CONFIGURATION_MANAGEMENT_PLAN', 'docx', 'CMP in formal template layout', base({
    title: 'Configuration Management Plan', sub: [QUI.cso], org: QUI.name, toc: true, front: approvals([['K. Ibarra', 'VP Engineering']]),
    secs: [
      ['Purpose', 'This Configuration Management Plan describes how Quillon establishes and maintains the integrity of the system configuration throughout its life cycle (CM-9).'],
      ['Roles', { t: ['Role', 'Responsibility'], r: [['Configuration Control Board (CCB)', 'Approves or rejects change requests'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Change Owner', 'Implements and verifies the change']] }],
      ['Configuration Items', 'Configuration items include infrastructure-as-code modules, golden images, container images, network policies and application releases.'],
      ['Baseline Configurations', 'Baselines are derived from DISA STIGs and CIS Level 1 benchmarks and stored in Git. Drift is detected nightly.'],
      ['Configuration Change Control', ['Standard changes: pre-approved, low risk', 'Normal changes: reviewed by the CCB weekly', 'Emergency changes: approved by two CCB members and reviewed retroactively']],
      ['Security Impact Analysis', 'Each normal change receives a security impact analysis. Changes that may be significant are escalated for a FedRAMP significant change determination.'],
      ['Configuration Monitoring and Auditing', 'Monthly configuration scans compare running systems against baselines; findings are tracked in the POA&M.'],
    ],
  }));
  await add('CONFIGURATION_MANAGEMENT_PLAN', 'pdf', 'DevOps-flavoured change and configuration management plan exported from Confluence', base({
    title: 'Change and Configuration Management Plan', org: BRW.name, numbering: 'none', look: 'corporate', producer: 'Confluence PDF export (Flying Saucer)',
    secs: [
      ['Why this plan exists', 'We ship CaseFlow many times a week. This plan explains how every change stays reviewed, traceable and reversible.'],
      ['Everything as code', 'Terraform for infrastructure, Helm charts for workloads, Ansible for the few VMs left. The main branch is the configuration baseline.'],
      ['Pull request workflow', ['Two approvals, one from a code owner', 'Automated SAST, dependency and IaC scans must pass', 'Ticket reference required in the commit message']],
      ['Release', 'Releases are tagged and promoted dev -> staging -> prod through the pipeline; production deploys need Change Manager approval in Jira.'],
      ['Inventory and CMDB', 'The CMDB is generated from cloud APIs daily and feeds the monthly integrated inventory.'],
      ['Rollbacks', 'Every release can be rolled back with a single pipeline action.'],
    ],
  }));

  // ---------------- INCIDENT_RESPONSE_PLAN ----------------
  await add('INCIDENT_RESPONSE_PLAN', 'docx', 'IRP with US-CERT/CISA reporting and FedRAMP notification', base({
    title: 'Incident Response Plan', sub: [HAL.cso, 'Version 4.1'], org: HAL.name,
    secs: [
      ['Purpose and Scope', 'This Incident Response Plan provides the roadmap for implementing the incident response capability required by IR-8.'],
      ['Incident Response Team', { t: ['Role', 'Name'], r: [['Incident Response Manager', 'Dana Whitcombe'], ['Forensics Lead', 'Arjun Rao'], ['Communications', 'Celia Baptiste']] }],
      ['Incident Categories and Severity', { t: ['Severity', 'Description', 'Initial response'], r: [['SEV1', 'Confirmed compromise of federal data', '15 minutes'], ['SEV2', 'Attempted compromise, contained', '1 hour'], ['SEV3', 'Policy violation', '1 business day']] }],
      ['Incident Handling Lifecycle', ['Preparation', 'Detection and Analysis', 'Containment, Eradication and Recovery', 'Post-Incident Activity']],
      ['Reporting', 'Confirmed incidents are reported to CISA within one hour, to the FedRAMP PMO (fedramp_security@gsa.gov) and to every affected agency customer.'],
      ['Evidence Handling', 'Preserve volatile data, snapshot affected volumes and maintain chain-of-custody forms.'],
      ['Testing', 'The IR capability is tested annually through a tabletop exercise.'],
    ],
  }));
  await add('INCIDENT_RESPONSE_PLAN', 'pdf', 'security incident playbook with SOC phrasing, title only in running header', base({
    title: 'Security Incident Response Playbook', where: 'header', header: 'Northpine Labs - Security Incident Response Playbook - Internal', org: NPL.name, pre: ['Northpine Labs', 'Security Operations'], numbering: 'literal', look: 'corporate', producer: 'macOS Version 14.5 Quartz PDFContext',
    secs: [
      ['When to use this playbook', 'Use this playbook whenever an alert, report or anomaly suggests that the confidentiality, integrity or availability of Records Hub may be affected.'],
      ['Triage', ['Acknowledge the page within 10 minutes', 'Classify the incident type (malware, unauthorized access, data exposure, DoS)', 'Assign severity and open an incident channel']],
      ['Containment', 'Isolate affected hosts through security group changes; revoke credentials suspected of compromise.'],
      ['Eradication and recovery', 'Rebuild from golden images; rotate secrets; restore from last known good backup.'],
      ['Notification', 'Notify affected agencies, CISA and the FedRAMP PMO according to the FedRAMP Incident Communications Procedures.'],
      ['Post-incident review', 'Blameless review within five business days; actions tracked to closure.'],
    ],
  }));

  // ---------------- FIPS_199 ----------------
  await add('FIPS_199', 'docx', 'FIPS 199 categorization with 800-60 information types', base({
    title: 'FIPS 199 Security Categorization', sub: [TES.cso, 'Attachment 10'], org: TES.name, numbering: 'literal',
    secs: [
      ['Introduction and Purpose', 'This document records the security categorization of the system according to FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems.'],
      ['Scope', 'The categorization applies to all information processed, stored or transmitted by ClinicalVault.'],
      ['System Description', 'ClinicalVault stores clinical trial records for federal health research programs.'],
      ['Methodology', 'Information types were identified using NIST SP 800-60 Volume II and the provisional impact levels adjusted where justified.'],
      ['Security Categorization', { t: ['Information Type', 'SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], r: [['Health Care Research and Practitioner Education', 'D.14.3', 'Moderate', 'Moderate', 'Low'], ['Personal Identity and Authentication', 'D.8.1', 'Moderate', 'Moderate', 'Moderate'], ['Information Security', 'C.3.5.8', 'Low', 'Moderate', 'Low']] }],
      ['Overall Categorization', 'SC ClinicalVault = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. Overall impact level: Moderate.'],
    ],
  }));
  await add('FIPS_199', 'pdf', 'short security categorization memo with high-water mark, agency tone', base({
    title: 'Security Categorization (FIPS PUB 199)', org: QUI.name, where: 'cover', numbering: 'none', look: 'fedramp', producer: 'Microsoft® Word 2016',
    pre: ['MEMORANDUM FOR RECORD'],
    secs: [
      ['Subject', `Security categorization of ${QUI.cso}`],
      ['Information types', 'Law enforcement information (D.16.x), Critical infrastructure protection (D.10.x), System and network monitoring (C.3.5.2).'],
      ['Impact determination', { t: ['Objective', 'Impact'], r: [['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'Moderate']] }],
      ['High-water mark', 'Applying the high-water mark, the system is categorized as HIGH and the FedRAMP High baseline applies.'],
      ['Approval', 'Approved by the System Owner and reviewed by the sponsoring agency ISSM.'],
    ],
  }));

  // ---------------- SEPARATION_OF_DUTIES_MATRIX (docx variant; xlsx in structured) ----------------
  await add('SEPARATION_OF_DUTIES_MATRIX', 'docx', 'separation of duties matrix as Word table with narrative', base({
    title: 'Separation of Duties Matrix', sub: [NPL.cso], org: NPL.name, numbering: 'none', look: 'corporate',
    secs: [
      ['Purpose', 'This matrix documents how duties are divided among roles to reduce the risk of malevolent activity without collusion (AC-5).'],
      ['Matrix', { t: ['Function', 'Developer', 'Release Manager', 'Cloud Administrator', 'Security Analyst', 'ISSO'], r: [
        ['Write application code', 'X', '', '', '', ''], ['Approve production deployment', '', 'X', '', '', ''], ['Modify IAM policies', '', '', 'X', '', ''],
        ['Review audit logs', '', '', '', 'X', ''], ['Grant privileged access', '', '', '', '', 'X'], ['Approve security exceptions', '', '', '', '', 'X']] }],
      ['Conflicting duties', 'No individual may both develop and deploy code to production, or both administer and audit the same system.'],
      ['Review', 'The matrix is reviewed annually by the ISSO.'],
    ],
  }));

  // ---------------- LAWS_AND_REGULATIONS (docx variant) ----------------
  await add('LAWS_AND_REGULATIONS', 'docx', 'applicable laws, regulations, standards and guidance list in Word', base({
    title: 'Applicable Laws, Regulations, Standards and Guidance', sub: [HAL.cso, 'Attachment 12'], org: HAL.name, numbering: 'literal',
    secs: [
      ['Applicable Laws and Regulations', { t: ['Identification Number', 'Title', 'Date'], r: [
        ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014'],
        ['5 U.S.C. 552a', 'Privacy Act of 1974', 'December 1974'], ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002'],
        ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016'], ['HSPD-12', 'Policy for a Common Identification Standard', 'August 2004']] }],
      ['Applicable Standards and Guidance', { t: ['Identification Number', 'Title', 'Date'], r: [
        ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019'], ['FIPS 199', 'Standards for Security Categorization', 'February 2004'],
        ['SP 800-53 Rev. 5', 'Security and Privacy Controls', 'September 2020'], ['SP 800-37 Rev. 2', 'Risk Management Framework', 'December 2018']] }],
    ],
  }));

  // ---------------- SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN ----------------
  await add('SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'docx', 'C-SCRM plan aligned to SR family', base({
    title: 'Supply Chain Risk Management Plan', sub: [QUI.cso, 'SR-2'], org: QUI.name, toc: true,
    secs: [
      ['Purpose', 'This plan describes how Quillon identifies, assesses and mitigates supply chain risks to the system in accordance with NIST SP 800-161 Rev. 1 and controls SR-1 through SR-12.'],
      ['Roles', { t: ['Role', 'Responsibility'], r: [['SCRM Lead', 'Owns this plan'], ['Procurement', 'Vendor due diligence'], ['Engineering', 'Component provenance and SBOMs']] }],
      ['Critical Suppliers and Components', 'Critical suppliers include the IaaS provider, the HSM vendor and the endpoint agent vendor. Each receives an annual risk review.'],
      ['Supplier Assessment', 'Suppliers complete a security questionnaire; FedRAMP-authorized services are preferred; foreign ownership is reviewed.'],
      ['Provenance and SBOM', 'Every container image build produces a CycloneDX SBOM and signed provenance attestation.'],
      ['Acquisition Strategies', 'Contracts include notification of compromise, flow-down clauses and the right to audit.'],
      ['Component Authenticity', 'Anti-counterfeit procedures apply to hardware security modules; software is verified by signature.'],
      ['Monitoring', 'Supplier risk is monitored continuously through threat intelligence feeds and reviewed quarterly.'],
    ],
  }));
  await add('SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'pdf', 'short vendor-risk style C-SCRM plan', base({
    title: 'Cyber Supply Chain Risk Management (C-SCRM) Plan', org: BRW.name, numbering: 'auto', look: 'corporate', producer: 'Google Docs Renderer',
    secs: [
      ['Overview', 'Brightwater depends on a small number of upstream providers. This C-SCRM plan explains how we choose, watch and, if needed, replace them.'],
      ['Supplier tiers', { t: ['Tier', 'Examples', 'Review'], r: [['1 - Critical', 'Cloud hosting, IdP', 'Annual + continuous'], ['2 - Important', 'Email delivery, monitoring', 'Annual'], ['3 - Other', 'Office tooling', 'At onboarding']] }],
      ['Open source dependencies', 'Dependencies are pinned, scanned daily and tracked in the SBOM; abandoned packages are replaced.'],
      ['Incidents in the supply chain', 'A supplier compromise is handled under the Incident Response Plan and reported to customers.'],
      ['Plan maintenance', 'Reviewed annually by the Security Lead.'],
    ],
  }));

  // ---------------- SAP (Word) ----------------
  await add('SAP', 'docx', '3PAO Security Assessment Plan with methodology and rules of engagement', base({
    title: 'Security Assessment Plan', sub: [`${TES.cso} - FedRAMP Moderate Initial Assessment`, 'Prepared by Crestline Assurance Partners'], org: 'Crestline Assurance Partners', author: 'E. Lindqvist', toc: true,
    secs: [
      ['Introduction', `Crestline Assurance Partners, an accredited 3PAO, will perform an independent assessment of ${TES.cso}. This plan describes the scope, methodology and schedule of the assessment.`],
      ['Scope', { t: ['Component', 'Count', 'Location'], r: [['Virtual machines', '42', 'Azure Government Virginia'], ['Databases', '6', 'Azure Government Virginia'], ['Web applications', '3', 'Public endpoints']] }],
      ['Assumptions', ['The CSP will provide credentials for authenticated scanning', 'The system will be frozen during testing', 'Testing windows are agreed in advance']],
      ['Methodology', 'Controls will be tested using the FedRAMP Security Assessment Test Cases (examine, interview, test) per NIST SP 800-53A Rev. 5.'],
      ['## Vulnerability Scanning', 'Authenticated OS, database and web application scans with Tenable Nessus, Invicti and DbProtect.'],
      ['## Penetration Testing', 'Penetration testing follows the FedRAMP Penetration Test Guidance, including the external, tenant-to-tenant and social engineering attack vectors.'],
      ['Test Plan', { t: ['Role', 'Name'], r: [['Assessment Lead', 'Erik Lindqvist'], ['Penetration Tester', 'Noor Haddad']] }],
      ['Rules of Engagement', 'Testing is limited to the IP addresses in Appendix C. Denial-of-service testing is prohibited. The 3PAO will stop testing and notify the CSP if a critical issue is found.'],
      ['Signatures', 'By signing, the CSP and 3PAO agree to the rules of engagement described in this Security Assessment Plan.'],
    ],
  }));

  // ---------------- SAR (Word) ----------------
  await add('SAR', 'docx', '3PAO Security Assessment Report with risk exposure table and recommendation', base({
    title: 'Security Assessment Report', sub: [`${QUI.cso}`, 'FedRAMP High Annual Assessment', 'Prepared by Ironbridge Cyber LLC'], org: 'Ironbridge Cyber LLC', author: 'S. Nakamura', toc: true,
    secs: [
      ['Executive Summary', `Ironbridge Cyber LLC assessed ${QUI.cso} between 10/07/2024 and 11/15/2024. This Security Assessment Report documents the results.`],
      ['Purpose', 'To document the results of the security control assessment and provide an authorization recommendation to the Authorizing Official.'],
      ['Assessment Methodology', 'Testing followed the approved Security Assessment Plan.'],
      ['## Deviations from the SAP', 'None.'],
      ['Security Assessment Results', ''],
      ['## Risk Exposure', { t: ['Risk Level', 'Open', 'Operationally Required', 'Total'], r: [['High', '0', '0', '0'], ['Moderate', '7', '1', '8'], ['Low', '12', '0', '12']], c: 'Table 4-1. Risk Exposure' }],
      ['## Summary of Findings', { t: ['ID', 'Control', 'Finding', 'Risk'], r: [['V-001', 'SC-8', 'TLS 1.0 enabled on legacy endpoint', 'Moderate'], ['V-002', 'AC-2', 'Two dormant accounts not disabled', 'Low']] }],
      ['Non-Conforming Controls', 'None identified.'],
      ['Authorization Recommendation', 'Ironbridge Cyber recommends that the system be authorized. The residual risk is acceptable given the planned remediation documented in the POA&M.'],
      ['Attestation', 'The 3PAO attests that the assessment was performed independently.'],
    ],
  }));

  // ---------------- ATO LETTERS ----------------
  await add('ATO_LETTER', 'pdf', 'agency ATO memorandum, signed, formal', base({
    title: 'Authority to Operate', where: 'cover', org: 'U.S. Department of the Interior', author: 'Office of the Chief Information Officer', numbering: 'none', look: 'fedramp', producer: 'Adobe Acrobat Pro (64-bit) 24.1.20643',
    pre: ['United States Department of the Interior', 'Office of the Chief Information Officer', 'Washington, DC 20240'],
    secs: [
      ['MEMORANDUM', 'TO: Rosalind Okafor, Chief Information Security Officer, Halyard Data Systems, Inc.', 'FROM: Authorizing Official, Department of the Interior', `SUBJECT: Authority to Operate (ATO) for ${HAL.cso}`],
      ['Decision', `Based on my review of the security authorization package, including the System Security Plan, Security Assessment Report and Plan of Action and Milestones, I have determined that the risk to agency operations is acceptable. Accordingly, I grant ${HAL.cso} an Authority to Operate at the FedRAMP Moderate impact level.`],
      ['Conditions', ['Remediate all High findings within 30 days', 'Submit monthly continuous monitoring deliverables', 'Notify the agency before any significant change']],
      ['Term', 'This authorization remains in effect for three years from the date of signature, subject to continuous monitoring.'],
      ['Signature', '/s/ Marcus T. Ellery', 'Authorizing Official', 'Date: 02/03/2025'],
    ],
  }));
  await add('ATO_LETTER', 'docx', 'short agency ATO letter on letterhead, Word draft of signed letter', base({
    title: 'Authorization to Operate Letter', where: 'cover', org: 'Federal Maritime Records Administration', author: 'FMRA OCIO', numbering: 'none', look: 'corporate',
    pre: ['FEDERAL MARITIME RECORDS ADMINISTRATION', '1200 New Jersey Ave SE, Washington, DC 20590'],
    secs: [
      ['Re: Agency Authorization', `Dear ${NPL.name}:`, `The Federal Maritime Records Administration has completed its review of the FedRAMP Low security authorization package for ${NPL.cso}.`, 'I have reviewed the risk and hereby authorize operation of the system for use by FMRA. This Authority to Operate is effective on the date of signature.',
        'Northpine Labs must continue to provide continuous monitoring deliverables through the FedRAMP secure repository and notify us of incidents and significant changes.'],
      ['Sincerely', 'Janelle Ortiz-Banks', 'Chief Information Officer and Authorizing Official', 'Federal Maritime Records Administration'],
    ],
  }));

  // ---------------- SIGNIFICANT CHANGE REQUEST ----------------
  await add('SIGNIFICANT_CHANGE_REQUEST', 'docx', 'FedRAMP significant change request form, filled in', base({
    title: 'Significant Change Request Form', sub: [HAL.cso], org: HAL.name, numbering: 'none',
    secs: [
      ['CSP Information', { t: ['Field', 'Response'], r: [['CSP Name', HAL.name], ['Cloud Service Offering', HAL.cso], ['FedRAMP Package ID', 'FR2204118734'], ['Impact Level', 'Moderate'], ['Date of Request', '03/01/2025']] }],
      ['Description of the Proposed Change', 'Migrate the primary database tier from self-managed PostgreSQL on EC2 to Amazon Aurora PostgreSQL (FedRAMP High authorized leveraged service).'],
      ['Type of Change', ['[ ] New interconnection', '[X] Change of underlying IaaS service', '[ ] New cryptographic module', '[ ] Change to authorization boundary', '[ ] New data type']],
      ['Security Impact Analysis', 'Affected controls: CM-2, CP-9, SC-28, SA-9. Encryption remains FIPS 140-2 validated; backups now managed by AWS.'],
      ['Assessment Approach', 'The 3PAO will test the affected controls and provide a SAR addendum before production cutover.'],
      ['Requested Implementation Date', '05/15/2025'],
      ['CSP Attestation', 'Submitted for agency AO approval. Signed: Rosalind Okafor, CISO.'],
    ],
  }));
  await add('SIGNIFICANT_CHANGE_REQUEST', 'pdf', 'change notification letter requesting AO approval, narrative', base({
    title: `Request for Approval of Significant Change - ${TES.cso}`, org: TES.name, where: 'cover', numbering: 'literal', look: 'corporate', producer: 'Microsoft® Word for Microsoft 365',
    secs: [
      ['Summary', 'Tessaract requests approval to add a new AI-assisted document summarisation feature that introduces an external service (Azure OpenAI in Azure Government) into the authorization boundary.'],
      ['Scope of change', 'New data flow from the ClinicalVault application tier to the Azure OpenAI endpoint; no new data types; new interconnection.'],
      ['Impact on security controls', { t: ['Control', 'Impact'], r: [['CA-3', 'New connection documented'], ['SA-9', 'External service is FedRAMP High authorized'], ['SC-7', 'Private endpoint, no internet egress']] }],
      ['3PAO involvement', 'Crestline Assurance Partners will perform a scoped assessment per the FedRAMP Significant Change Policies and Procedures.'],
      ['Timeline', 'Requested approval by 04/30/2025; target go-live 06/01/2025.'],
    ],
  }));

  // ---------------- DEVIATION REQUEST (docx) ----------------
  await add('DEVIATION_REQUEST', 'docx', 'operational requirement deviation request form', base({
    title: 'Deviation Request', sub: ['Operational Requirement / Risk Adjustment / False Positive', BRW.cso], org: BRW.name, numbering: 'none', look: 'corporate',
    secs: [
      ['Request details', { t: ['Field', 'Value'], r: [['CSP', BRW.name], ['System', BRW.cso], ['DR ID', 'DR-2025-004'], ['POA&M ID', 'V-0187'], ['Deviation type', 'Operational Requirement (OR)'], ['Original risk rating', 'Moderate']] }],
      ['Vulnerability', 'Plugin 42873 - SSL Medium Strength Cipher Suites Supported on the legacy SFTP intake endpoint.'],
      ['Justification', 'Two agency customers use a mainframe transfer client that supports only 3DES. Disabling the cipher would break a mission-critical nightly transfer.'],
      ['Compensating controls', ['Endpoint restricted to agency source IPs', 'Traffic monitored by IDS', 'Files are PGP-encrypted end to end']],
      ['Requested end date', '12/31/2025, or when the agencies upgrade their clients.'],
      ['Approvals', { t: ['Role', 'Name', 'Decision', 'Date'], r: [['CSP ISSO', 'P. Grant', 'Submitted', '02/14/2025'], ['Agency AO', '', '', '']] }],
    ],
  }));
  return out;
}
