// SSP attachments written as documents (docx and PDF): policies and procedures, user guide, digital
// identity worksheet, PTA/PIA, rules of behavior, contingency, configuration management, incident
// response and supply chain plans, FIPS 199 categorization. Attachment numbers vary as they do in real
// packages (Rev4 "Attachment N", Rev5 "Appendix X", none at all).
import { docx, pdf } from './build.js';
import type { Block, Eval4Doc } from './build.js';

const rev = (who: string): Block => ({ table: [['Date', 'Version', 'Change', 'Author'], ['2024-04-02', '1.0', 'Initial version', who], ['2025-04-28', '1.1', 'Annual review; no substantive changes', who], ['2025-08-20', '1.2', 'Updated roles after reorganization', who]] });

function policies(): Block[] {
  const fam = (code: string, name: string, policy: string, steps: string[]): Block[] => [
    { h2: `${code} ${name} Policy` },
    { p: `Purpose and scope: This policy applies to all Acme Ledger employees, contractors and systems within the Acme Ledger Cloud authorization boundary. ${policy}` },
    { p: 'Roles and responsibilities: The CISO owns this policy; system owners implement it; the Compliance team verifies it annually. Management commitment: executive leadership approves the policy.' },
    { h3: `${code} Procedures` },
    { bullets: steps },
  ];
  return [
    { title: 'Attachment 1' },
    { subtitle: 'Information Security Policies and Procedures' },
    { subtitle: 'Acme Ledger Cloud — FedRAMP Moderate' },
    { pageBreak: true },
    rev('Compliance Office'),
    { h1: '1 Introduction' },
    { p: 'This document contains the information security policies and the procedures that implement them for the control families of NIST SP 800-53 Rev5 (the "-1" controls). Policies are reviewed at least every three years; procedures at least annually.' },
    { h1: '2 Policies and Procedures by Family' },
    ...fam('AC', 'Access Control', 'Access is granted on least privilege and need to know.', ['Managers request access in ServiceNow (form ACC-01).', 'Security reviews privileged requests within two business days.', 'Accounts inactive for 90 days are disabled automatically.']),
    ...fam('AT', 'Awareness and Training', 'All personnel complete security awareness training before access and annually.', ['HR assigns training on hire in the LMS.', 'Role-based training is assigned to privileged users.', 'Completion records are kept for five years.']),
    ...fam('AU', 'Audit and Accountability', 'Security-relevant events are logged, protected and retained for at least one year.', ['Log sources are onboarded to Splunk with the standard forwarder.', 'The SOC reviews alerts daily and audit reports weekly.']),
    ...fam('CM', 'Configuration Management', 'All changes to production follow the change control process.', ['Changes are requested in Jira (CHG project) and approved by the CCB.', 'Baselines are reviewed annually.']),
    ...fam('IR', 'Incident Response', 'Incidents are reported, handled and documented according to the Incident Response Plan.', ['Report suspected incidents to soc@acmeledger.example.', 'The incident commander notifies US-CERT within one hour of a confirmed incident.']),
    ...fam('PS', 'Personnel Security', 'Personnel are screened before access and re-screened according to position risk.', ['HR initiates background investigations.', 'Access is revoked on termination within 8 hours.']),
  ];
}

function iaPolicy(): Block[] {
  return [
    { title: 'Identification and Authentication Policy and Procedures' },
    { subtitle: 'Northwind GovAnalytics — SSP Appendix C (IA family)' },
    { subtitle: 'Version 2.0 — Effective 01 May 2025' },
    { pageBreak: true },
    { h1: 'Policy' },
    { p: '1. Purpose. This policy establishes the requirements for uniquely identifying and authenticating users, devices and services that access Northwind GovAnalytics (NGA), in accordance with NIST SP 800-53 Rev5 IA-1.' },
    { p: '2. Scope. It applies to all NGA workforce members, customer administrators and automated services.' },
    { p: '3. Policy statements. (a) Every user has a unique identifier. (b) Privileged and non-privileged network access requires multi-factor authentication. (c) Passwords, where used, meet SP 800-63B memorized secret requirements. (d) Authenticators are revoked on separation. (e) Service accounts use workload identity, not static keys.' },
    { p: '4. Compliance. Violations may result in disciplinary action. Exceptions require CISO approval and are tracked as risk acceptances.' },
    { h1: 'Procedures' },
    { h2: 'IA-2 Identification and Authentication (Organizational Users)' },
    { bullets: ['Provisioning team creates the user in Entra ID from the approved access request.', 'The user enrolls a FIDO2 key during onboarding under supervision.', 'Conditional access policies enforce MFA for all NGA applications.'] },
    { h2: 'IA-4 Identifier Management' },
    { bullets: ['Identifiers are never reused for two years.', 'Identifiers are disabled after 35 days of inactivity.'] },
    { h2: 'IA-5 Authenticator Management' },
    { bullets: ['Lost keys are reported to the service desk and revoked immediately.', 'Initial authenticators are distributed in person or by verified video session.'] },
    { h1: 'Review' },
    { p: 'This policy is reviewed every three years and the procedures annually by the ISSO. Last review: 01 May 2025. Next review: 01 May 2026.' },
  ];
}

function userGuide(): Block[] {
  return [
    { title: 'BlueHarbor Case Manager User Guide' },
    { subtitle: 'For agency case workers and administrators — Release 7.4' },
    { pageBreak: true },
    { h1: '1 Getting Started' },
    { p: 'BlueHarbor Case Manager (BHCM) is used by agency staff to manage housing assistance cases. This guide describes how users sign in, manage their profile and use the security features of the service.' },
    { h2: '1.1 Signing In' },
    { bullets: ['Open https://cases.blueharbor.example in a supported browser.', 'Select "Sign in with your agency account"; you are redirected to your agency identity provider.', 'Complete PIV or multi-factor authentication.', 'After 15 minutes of inactivity the session locks; after 8 hours you must sign in again.'] },
    { h2: '1.2 Roles' },
    { table: [['Role', 'What it can do'], ['Case Worker', 'Create and update cases assigned to the team'], ['Supervisor', 'Approve case decisions, reassign cases'], ['Agency Administrator', 'Manage users, roles and retention settings for the agency tenant'], ['Auditor', 'Read-only access to cases and audit logs']] },
    { h1: '2 Administering Your Agency Tenant' },
    { h2: '2.1 Adding and Removing Users' },
    { p: 'Agency Administrators add users from Administration > Users > Invite. Users must be removed within one business day of leaving the program (customer responsibility AC-2).' },
    { h2: '2.2 Reviewing Audit Logs' },
    { p: 'Administration > Audit shows sign-ins, record views, exports and permission changes for the last 365 days. Logs can be exported as CSV or forwarded to your SIEM over syslog.' },
    { h1: '3 Security Features' },
    { bullets: ['Data is encrypted in transit (TLS 1.2 or later) and at rest (AES-256).', 'Export of case files can be disabled per role.', 'Watermarking of printed case summaries.'] },
    { h1: '4 Getting Help' },
    { p: 'Contact BlueHarbor Support at support@blueharbor.example or 1-800-555-0107, 24x7. Report suspected security incidents to security@blueharbor.example.' },
  ];
}

function diw(): Block[] {
  return [
    { title: 'Digital Identity Worksheet' },
    { subtitle: 'Attachment 3 — Tessellate HR Cloud' },
    { p: 'This worksheet documents the digital identity level selected for the system according to NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17.' },
    { h1: 'Introduction and Purpose' },
    { p: 'The digital identity risk assessment determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) for the users of the cloud service.' },
    { h1: 'Potential Impact of Authentication Errors' },
    { table: [['Impact category', 'Low', 'Moderate', 'High'], ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', '', 'X', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']] },
    { h1: 'Digital Identity Level Selection' },
    { table: [['Assurance', 'Selected level', 'Rationale'], ['IAL', 'IAL2', 'Users access employee PII; remote identity proofing by agency HR'], ['AAL', 'AAL2', 'MFA with approved authenticators; AAL3 for privileged users'], ['FAL', 'FAL2', 'SAML assertions signed and encrypted to the RP']] },
    { p: 'The digital identity level for Tessellate HR Cloud is Level 2 (IAL2/AAL2/FAL2), consistent with its FedRAMP Moderate categorization.' },
    { h1: 'Signatures' },
    { p: 'System Owner: Nadia Ferreira (signed 2025-03-03)    ISSO: Pavel Horak (signed 2025-03-03)' },
  ];
}

function pta(): Block[] {
  return [
    { title: 'Privacy Threshold Analysis (PTA)' },
    { subtitle: 'Kestrel FieldOps Mobile Platform — SSP Attachment 4' },
    { h1: 'Section 1: System Information' },
    { table: [['System name', 'Kestrel FieldOps Mobile Platform'], ['System owner', 'Kestrel Mobile, Inc.'], ['Privacy point of contact', 'Lena Marsh, Privacy Officer'], ['Date', 'March 12, 2025']], header: false },
    { h1: 'Section 2: Privacy Threshold Questions' },
    { table: [['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes — property owner names and addresses on inspection forms'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes — inspector names, work email, device location during shifts'], ['3', 'Does the system collect Social Security Numbers?', 'No'], ['4', 'Is the PII retrieved by a personal identifier (Privacy Act System of Records)?', 'Yes — by property owner name'], ['5', 'Has a Privacy Impact Assessment been completed?', 'A PIA is required and is in progress']] },
    { h1: 'Section 3: Determination' },
    { p: 'Because the system collects PII about members of the public and retrieves it by personal identifier, a full Privacy Impact Assessment (PIA) is required, and the agency must confirm the applicable System of Records Notice (SORN).' },
    { p: 'Privacy Officer signature: ______________________    Date: __________' },
  ];
}

function pia(): Block[] {
  return [
    { title: 'Privacy Impact Assessment' },
    { subtitle: 'Tessellate HR Cloud (THRC)' },
    { subtitle: 'Prepared in accordance with the E-Government Act of 2002, Section 208' },
    { pageBreak: true },
    { h1: '1 Overview' },
    { p: 'Tessellate HR Cloud provides personnel action processing, benefits enrollment and time-and-attendance services to federal agencies. It processes employee PII including names, SSNs, dates of birth, home addresses, salary, and bank account information for direct deposit.' },
    { h1: '2 Characterization of the Information' },
    { table: [['Category', 'Elements', 'Source'], ['Identifying', 'Name, SSN, employee ID, DOB', 'Agency HR system'], ['Contact', 'Home address, personal phone, personal email', 'Employee'], ['Financial', 'Salary, bank routing and account numbers', 'Employee / payroll provider'], ['Benefits', 'Dependents, health plan elections', 'Employee']] },
    { h1: '3 Uses of the Information' },
    { p: 'PII is used only to process personnel actions, pay and benefits. It is not used for data matching or shared with third parties except the agency payroll provider.' },
    { h1: '4 Notice, Consent and Redress' },
    { p: 'Employees receive a Privacy Act statement at each collection point. Records are covered by the government-wide SORN OPM/GOVT-1. Individuals may request access or correction through their agency HR office.' },
    { h1: '5 Retention' },
    { p: 'Records are retained according to GRS 2.2 and deleted at the end of the retention period or on agency request at contract end.' },
    { h1: '6 Safeguards' },
    { p: 'SSNs and bank data are encrypted at field level; access is role-based and logged; privacy training is required annually.' },
    { h1: '7 Privacy Risks and Mitigation' },
    { table: [['Risk', 'Mitigation'], ['Over-collection of dependent data', 'Form fields limited to plan requirements'], ['Unauthorized access by support staff', 'Just-in-time access with customer approval'], ['Data retained after contract end', 'Certified deletion within 90 days']] },
    { p: 'Reviewed by the Senior Agency Official for Privacy: Helen Okoye, 2025-06-02.' },
  ];
}

function rob(): Block[] {
  return [
    { title: 'Rules of Behavior' },
    { subtitle: 'Northwind GovAnalytics — Privileged and Internal Users' },
    { p: 'SSP Appendix F', center: true },
    { h1: '1 Introduction' },
    { p: 'These rules of behavior describe the responsibilities and expected behavior of everyone with access to Northwind GovAnalytics (NGA). They are signed before access is granted and re-acknowledged annually.' },
    { h1: '2 Rules' },
    { bullets: ['I will use NGA only for authorized purposes and will not attempt to access data I am not authorized to see.', 'I will not share my account, authenticator or PIN with anyone.', 'I will lock my workstation when I leave it unattended.', 'I will not install unauthorized software or connect unauthorized devices to NGA systems.', 'I will report suspected security incidents to the NGA Security Operations Center within one hour.', 'I will not store federal data on personal devices or personal cloud storage.', 'I understand that my use of NGA is monitored and that violations may lead to loss of access and disciplinary action.'] },
    { h1: '3 Additional Rules for Privileged Users' },
    { bullets: ['I will use my privileged account only for administrative tasks and my standard account for everything else.', 'I will follow change management for every production change.', 'I will not disable or circumvent security controls or logging.'] },
    { h1: '4 Acknowledgment' },
    { p: 'I have read, understand and agree to abide by the Northwind GovAnalytics Rules of Behavior.' },
    { table: [['Name (print)', 'Signature', 'Date'], ['', '', '']] },
  ];
}

function iscp(): Block[] {
  return [
    { title: 'Appendix G' },
    { subtitle: 'Information System Contingency Plan (ISCP)' },
    { subtitle: 'Northwind GovAnalytics — FedRAMP High' },
    { pageBreak: true },
    rev('R. Ibarra'),
    { h1: '1 Introduction and Purpose' },
    { p: 'This ISCP establishes procedures to recover Northwind GovAnalytics following a disruption. It follows NIST SP 800-34 Rev1 and implements the CP controls of the FedRAMP High baseline.' },
    { h1: '2 Concept of Operations' },
    { p: 'Recovery time objective (RTO): 12 hours. Recovery point objective (RPO): 1 hour. Maximum tolerable downtime: 24 hours. The alternate processing site is Azure Government US Gov Texas.' },
    { h2: '2.1 Roles and Responsibilities' },
    { table: [['Role', 'Primary', 'Alternate'], ['Contingency Plan Director', 'Hannah Cole', 'Rafael Ibarra'], ['Contingency Plan Coordinator', 'Rafael Ibarra', 'Tomas Lind'], ['Recovery team lead', 'Grace Obi', 'Sam Patel']] },
    { h1: '3 Activation and Notification' },
    { p: 'The plan is activated when an outage is expected to exceed four hours or the primary region is unavailable. The coordinator notifies the team via the call tree and informs customer agencies within one hour.' },
    { h1: '4 Recovery' },
    { bullets: ['Fail over the analytics cluster to the alternate region with the runbook DR-01.', 'Restore the metadata database from the latest geo-replicated backup.', 'Verify integrity of restored datasets by checksum comparison.', 'Update DNS records for the customer endpoints.'] },
    { h1: '5 Reconstitution' },
    { p: 'After recovery, operations are validated, the system is returned to the primary site when available, and the incident is documented in a lessons-learned report.' },
    { h1: '6 Plan Testing' },
    { p: 'The ISCP is tested annually with a functional exercise; the last test was performed on 14 March 2025.' },
    { h1: 'Appendix — Business Impact Analysis' },
    { table: [['Process', 'Outage impact', 'RTO'], ['Dashboard access', 'Program offices cannot report', '12 h'], ['Data ingestion', 'Stale data', '24 h']] },
  ];
}

function cmp(): Block[] {
  return [
    { title: 'Configuration Management Plan' },
    { subtitle: 'Kestrel FieldOps Mobile Platform — SSP Attachment 7' },
    { pageBreak: true },
    { h1: '1 Purpose' },
    { p: 'This Configuration Management Plan (CMP) defines how Kestrel Mobile establishes and maintains the integrity of the Kestrel FieldOps Mobile Platform configuration throughout its life cycle (CM-1 through CM-11).' },
    { h1: '2 Roles' },
    { table: [['Role', 'Responsibility'], ['Change Control Board (CCB)', 'Approves standard and significant changes'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Release Engineer', 'Implements approved changes via the pipeline']] },
    { h1: '3 Configuration Items and Baselines' },
    { p: 'Configuration items include container images, Terraform modules, Kubernetes manifests, mobile app builds and the MDM profile. Baselines are stored in Git and tagged at each release; CIS benchmarks are applied to images.' },
    { h1: '4 Change Control Process' },
    { bullets: ['Request: change ticket with description, risk and rollback plan.', 'Security impact analysis by the ISSO for every change.', 'CCB approval; emergency changes reviewed within 48 hours.', 'Implementation through the CI/CD pipeline only; no manual changes.', 'Verification and closure.'] },
    { h1: '5 Configuration Monitoring' },
    { p: 'Drift is detected daily by Config Validator; deviations open a ticket. Monthly scans verify the baseline on all hosts.' },
    { h1: '6 Significant Changes' },
    { p: 'Changes that meet the FedRAMP definition of a significant change are submitted to the authorizing official before implementation.' },
  ];
}

function irp(): Block[] {
  return [
    { title: 'Incident Response Plan' },
    { subtitle: 'Kestrel FieldOps Mobile Platform' },
    { subtitle: 'SSP Attachment 8 — Version 1.3' },
    { pageBreak: true },
    { h1: '1 Introduction' },
    { p: 'This plan provides the roadmap for Kestrel\'s incident response capability for the Kestrel FieldOps Mobile Platform in accordance with NIST SP 800-61 and the FedRAMP Incident Communications Procedures.' },
    { h1: '2 Incident Response Team' },
    { table: [['Role', 'Name', 'Contact'], ['Incident Commander', 'Jonah Whitfield', '206-555-0110'], ['SOC Lead', 'Aria Chen', '206-555-0114'], ['Legal', 'Mark Ellison', '206-555-0120']] },
    { h1: '3 Incident Categories and Severity' },
    { table: [['Severity', 'Definition', 'Reporting'], ['SEV-1', 'Confirmed compromise of federal data', 'US-CERT and agency within 1 hour'], ['SEV-2', 'Suspected compromise, contained', 'Agency within 24 hours'], ['SEV-3', 'Policy violation, no data exposure', 'Monthly report']] },
    { h1: '4 Incident Handling' },
    { h2: '4.1 Preparation' },
    { p: 'Playbooks, forensic images and contact lists are maintained; the team trains quarterly.' },
    { h2: '4.2 Detection and Analysis' },
    { p: 'Alerts from the SIEM and MDM are triaged by the SOC within 15 minutes.' },
    { h2: '4.3 Containment, Eradication and Recovery' },
    { p: 'Compromised devices are wiped remotely; affected services are isolated; credentials are rotated.' },
    { h2: '4.4 Post-Incident Activity' },
    { p: 'A lessons-learned review is held within 10 business days and the plan is updated.' },
    { h1: '5 Testing' },
    { p: 'The plan is tested annually through a tabletop exercise (IR-3).' },
  ];
}

function irpRetitled(): Block[] {
  return [
    { title: 'Cyber Incident Management Playbook' },
    { subtitle: 'Acme Ledger Cloud — provided as SSP Attachment 8 (Incident Response Plan)' },
    { h1: 'Scope' },
    { p: 'This playbook is the incident response plan for Acme Ledger Cloud. It covers detection, reporting to US-CERT and the FedRAMP PMO, containment and recovery of security incidents affecting the system.' },
    { h1: 'Phases' },
    { table: [['Phase', 'Owner', 'Key actions'], ['Detect', 'SOC', 'Triage Splunk notable events'], ['Report', 'Incident Commander', 'Notify CISA, agency ISSO and FedRAMP within one hour'], ['Contain', 'Cloud Ops', 'Isolate workloads; revoke keys'], ['Recover', 'Cloud Ops', 'Rebuild from golden images'], ['Learn', 'CISO', 'After-action report within 10 days']] },
    { h1: 'Communication Plan' },
    { p: 'External communications are coordinated with the customer agency; no statements are made to the press without approval.' },
    { h1: 'Exercises' },
    { p: 'Annual tabletop exercise with the agency; results feed the plan revision.' },
  ];
}

function fips199(): Block[] {
  return [
    { title: 'FIPS 199 Security Categorization' },
    { subtitle: 'Acme Ledger Cloud — Attachment 10' },
    { h1: 'Introduction and Purpose' },
    { p: 'This document records the security categorization of Acme Ledger Cloud according to FIPS PUB 199 and NIST SP 800-60 Volumes I and II.' },
    { h1: 'Information Types' },
    { table: [['Information type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.1.4 Accounting', 'Low', 'Moderate', 'Low'], ['C.3.1.5 Funds Control', 'Moderate', 'Moderate', 'Low'], ['C.2.4.1 Grants Management (adjusted)', 'Moderate', 'Moderate', 'Low'], ['D.14.4 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate']] },
    { h1: 'Security Categorization' },
    { p: 'SC Acme Ledger Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}' },
    { p: 'Overall categorization (high-water mark): MODERATE.' },
    { h1: 'Approval' },
    { p: 'System Owner: Priya Raman    Date: 2025-02-18' },
  ];
}

function scrm(): Block[] {
  return [
    { title: 'Supply Chain Risk Management Plan' },
    { subtitle: 'Kestrel FieldOps Mobile Platform — SSP Appendix P' },
    { pageBreak: true },
    { h1: '1 Purpose and Scope' },
    { p: 'This plan describes how Kestrel Mobile identifies, assesses and mitigates supply chain risks to the Kestrel FieldOps Mobile Platform (SR-2), covering hardware, software, open-source components and service providers.' },
    { h1: '2 Roles' },
    { p: 'The Vendor Risk Manager chairs the SCRM team with Security Architecture, Procurement and Legal.' },
    { h1: '3 Supplier Assessment' },
    { table: [['Tier', 'Criteria', 'Assessment'], ['Critical', 'Processes federal data or has production access', 'FedRAMP authorization required; annual review'], ['Important', 'Provides software in the build', 'SBOM, vulnerability disclosure policy, SOC 2'], ['Other', 'No data or system access', 'Questionnaire at onboarding']] },
    { h1: '4 Software Supply Chain' },
    { bullets: ['SBOMs (CycloneDX) generated for every release and kept for 3 years.', 'Dependencies pulled only from an internal proxy with malware scanning.', 'Build provenance signed (SLSA level 3).'] },
    { h1: '5 Component Authenticity (SR-11)' },
    { p: 'Counterfeit components are reported to the manufacturer and CISA; mobile devices are procured only from authorized resellers.' },
    { h1: '6 Notification Agreements (SR-8)' },
    { p: 'Critical suppliers must notify Kestrel of compromises within 72 hours.' },
    { h1: '7 Plan Review' },
    { p: 'The SCRM plan is reviewed annually and after any supply chain incident.' },
  ];
}

function kestrelContingency(): Block[] {
  // Cover table only: the document type is in a table cell, the body uses "the plan".
  return [
    { table: [['Kestrel Mobile, Inc.', ''], ['System', 'Kestrel FieldOps Mobile Platform'], ['Document', 'IT Contingency Plan (SSP Attachment 6)'], ['Version', '1.4'], ['Owner', 'Site Reliability Engineering']], header: false },
    { h1: 'Plan Overview' },
    { p: 'The plan covers recovery of the dispatch API, synchronization services and the regional data store after a disruption. RTO 8 hours, RPO 15 minutes.' },
    { h1: 'Activation Criteria' },
    { bullets: ['Loss of the primary Google Cloud region for more than 2 hours.', 'Data corruption affecting inspection records.', 'Ransomware or destructive attack.'] },
    { h1: 'Notification Phase' },
    { p: 'The SRE on-call declares a contingency event and pages the Contingency Plan Coordinator, who informs agency customers.' },
    { h1: 'Recovery Phase' },
    { bullets: ['Promote the read replica in us-east4 to primary.', 'Redeploy GKE workloads from the last signed release.', 'Re-point the mobile app API hostname.'] },
    { h1: 'Reconstitution Phase' },
    { p: 'Validate data integrity, run smoke tests, return to normal operations and complete the after-action report.' },
    { h1: 'Testing and Maintenance' },
    { p: 'Annual failover test; contact lists reviewed quarterly.' },
  ];
}

export async function kitDocs(): Promise<Eval4Doc[]> {
  return [
    { file: 'ALC_Att01_Policies_Procedures.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Attachment 1 covering several families', data: await docx({ meta: { title: 'Attachment 1 Information Security Policies and Procedures', author: 'Compliance Office' }, header: 'Acme Ledger Cloud — CUI', blocks: policies() }) },
    { file: 'NGA-IA-Policy-Procedures-v2.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'single-family (IA) policy and procedures, Rev5 appendix C numbering', data: await pdf({ meta: { title: 'IA Policy and Procedures' }, header: 'Northwind Data Systems', blocks: iaPolicy() }) },
    { file: 'BHCM_UserGuide_7.4.pdf', expected: 'USER_GUIDE', note: 'user guide without attachment number', data: await pdf({ meta: { title: 'BlueHarbor Case Manager User Guide' }, footer: 'BlueHarbor Software LLC', blocks: userGuide() }) },
    { file: 'THRC_DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Attachment 3 digital identity worksheet (IAL/AAL/FAL)', data: await docx({ meta: { author: 'Pavel Horak' }, header: 'Tessellate HR Cloud', blocks: diw() }) },
    { file: 'KFMP PTA 2025.docx', expected: 'PRIVACY_ASSESSMENT', note: 'privacy threshold analysis (PTA)', data: await docx({ meta: { title: 'PTA' }, blocks: pta() }) },
    { file: 'Tessellate_PIA_final.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'full privacy impact assessment (PIA)', data: await pdf({ meta: { title: 'Privacy Impact Assessment – Tessellate HR Cloud' }, footer: 'Tessellate Corporation', blocks: pia() }, { font: 'times' }) },
    { file: 'NGA_AppF_RoB.pdf', expected: 'RULES_OF_BEHAVIOR', note: 'rules of behavior with acknowledgement, Rev5 appendix F', data: await pdf({ header: 'Northwind GovAnalytics', blocks: rob() }) },
    { file: 'NGA_Appendix_G_ISCP.docx', expected: 'CONTINGENCY_PLAN', note: 'ISCP numbered as Rev5 Appendix G (not Attachment 6)', data: await docx({ meta: { title: 'Appendix G ISCP', author: 'Rafael Ibarra' }, header: 'Northwind GovAnalytics — ISCP — CUI', blocks: iscp() }) },
    { file: 'kfmp-cp-v1.4.docx', expected: 'CONTINGENCY_PLAN', note: 'hard: contingency plan named only in its cover table ("IT Contingency Plan"); body says "the plan"', data: await docx({ blocks: kestrelContingency() }) },
    { file: 'KFMP_CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'configuration management plan, Attachment 7', data: await docx({ meta: { title: 'Configuration Management Plan' }, header: 'Kestrel Mobile — Internal / CUI', blocks: cmp() }) },
    { file: 'KFMP_IRP_v1.3.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'incident response plan, Attachment 8', data: await pdf({ meta: { title: 'Incident Response Plan' }, header: 'Kestrel FieldOps Mobile Platform', blocks: irp() }) },
    { file: 'ALC incident playbook.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'hard: retitled "Cyber Incident Management Playbook", identified as Attachment 8 in its subtitle', data: await docx({ meta: { author: 'SOC' }, blocks: irpRetitled() }) },
    { file: 'ALC_Attachment10_FIPS199.docx', expected: 'FIPS_199', note: 'FIPS 199 categorization with SP 800-60 information types', data: await docx({ meta: { title: 'FIPS 199 Categorization' }, blocks: fips199() }) },
    { file: 'KFMP_SCRM_Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'SCRM plan, Rev5 appendix P', data: await docx({ meta: { title: 'Supply Chain Risk Management Plan' }, header: 'Kestrel Mobile, Inc.', blocks: scrm() }) },
  ];
}
