/** Prose of the SSP attachments (each its own deliverable code). */
import type { Section } from './common.js';
import { ABBR, CSP, SYS } from './common.js';

export const policiesAC: Section[] = [
  ['Purpose', `This Access Control (AC) Policy and Procedures document establishes the requirements ${CSP} applies to logical access for the ${SYS} (${ABBR}). It satisfies control AC-1 of NIST SP 800-53 Revision 5 as tailored by the FedRAMP Moderate baseline and is provided as SSP Attachment 1, Information Security Policies and Procedures.`, 'The policy is reviewed and updated at least annually and following significant changes; the procedures are reviewed at least annually. Both are disseminated to all personnel with access to the authorization boundary through the GRC SharePoint site.'],
  ['Scope', `The policy applies to all workforce members, contractors and service accounts that access ${ABBR} production, staging and management enclaves hosted in AWS GovCloud (US-West). Corporate IT systems outside the authorization boundary are governed by the corporate Acceptable Use Policy and are out of scope.`],
  ['Roles and Responsibilities', [['Role', 'Responsibility'], ['System Owner', 'Approves the policy and accepts residual access risk.'], ['ISSO', 'Maintains the policy, reviews account activity, coordinates annual review.'], ['Cloud Operations Lead', 'Provisions and deprovisions accounts per the procedures below.'], ['Managers', 'Request and recertify access for direct reports.']]],
  ['Policy Statements', ['AC-2: Accounts are requested through ServiceNow, approved by the data owner and the ISSO, and reviewed monthly for privileged and quarterly for non-privileged users.', 'AC-2(3): Accounts inactive for 90 days are disabled automatically by the identity provider.', 'AC-6: Least privilege is enforced through role-based access groups; no shared administrator accounts exist.', 'AC-7: Ten consecutive invalid logon attempts within 15 minutes lock the account for 30 minutes.', 'AC-11/AC-12: Sessions lock after 15 minutes of inactivity and terminate after 12 hours.', 'AC-17: Remote access to the management plane requires the bastion host, FIPS 140-validated TLS and phishing-resistant MFA.']],
  ['Procedures', 'Account provisioning procedure: (1) the requester submits an access request naming the role; (2) the manager approves; (3) the ISSO validates the separation of duties matrix; (4) Cloud Operations creates the account in the identity provider and assigns the group; (5) the requester acknowledges the Rules of Behavior before first use. Evidence is retained for three years.', 'Account deprovisioning procedure: HR termination events trigger automatic disablement within one hour; Cloud Operations removes residual keys and tokens within 24 hours and records the action in the ticket.', 'Privileged access review procedure: on the first business day of each month the ISSO exports group membership, managers attest in SharePoint, and exceptions are remediated or tracked in the POA&M.'],
  ['Compliance and Enforcement', 'Violations of this policy are reported to the CISO and handled according to the Human Resources disciplinary process. Exceptions require a documented risk acceptance signed by the System Owner and are reviewed at least annually.'],
  ['References', ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'FedRAMP Moderate Baseline (Rev. 5)', `${ABBR} System Security Plan, Section 13 (AC family)`, 'Rules of Behavior (SSP Attachment 5)']],
];

export const policiesAU: Section[] = [
  ['Introduction', `This document is part of SSP Attachment 1 (Information Security Policies and Procedures) for the ${SYS}. It covers the Audit and Accountability (AU) family and the System and Information Integrity logging requirements that support it, and meets AU-1 of the FedRAMP Moderate baseline.`],
  ['Policy', 'Nimbus Ledger Systems shall generate audit records for the event types defined in AU-2, including successful and unsuccessful logons, privilege escalation, changes to security configuration, and access to customer data stores. Audit records shall contain the information required by AU-3 and shall be retained online for 90 days and in archive for one year (AU-11).', 'Audit processing failures shall alert the on-call engineer and the ISSO in real time (AU-5). Audit records are protected from unauthorised modification with write-once object storage and restricted IAM policies (AU-9).'],
  ['Procedures', 'Weekly audit review: the Security Operations analyst reviews correlated alerts in the SIEM, documents the review in the weekly log, and opens an incident per the Incident Response Plan where thresholds are exceeded.', 'Clock synchronisation: all instances synchronise with the Amazon Time Sync Service; drift above one second raises an alert (AU-8).', 'Log source onboarding: new components are added to the integrated inventory and the log forwarding configuration through a change ticket reviewed by the Change Control Board.'],
  ['Review Cycle', 'The policy is reviewed annually by the ISSO and approved by the CISO. Procedures are reviewed annually or after an incident that reveals a gap.'],
];

export const userGuide: Section[] = [
  ['About This Guide', `This User Guide describes how customer agency administrators and end users work with the ${SYS}. It is SSP Attachment 2 and covers the security-relevant functions a customer must configure: identity federation, role assignment, audit export and data retention.`],
  ['Getting Started', 'Your agency administrator receives a tenant activation email from the NLGP onboarding team. Follow the link, sign in with your agency PIV-backed identity provider, and accept the terms of service. The first administrator is created with the Tenant Owner role.', ['Open https://portal.gov.nimbusledger.com', 'Select "Sign in with your agency" and choose your identity provider', 'Complete multi-factor authentication', 'Review the tenant dashboard']],
  ['Configuring Single Sign-On', 'Navigate to Settings > Identity > Federation. Upload your SAML 2.0 metadata or enter the OIDC discovery URL. Map the group claim to NLGP roles. Test the configuration with a non-administrator account before enforcing SSO for all users.'],
  ['Managing Users and Roles', [['Role', 'What it can do'], ['Tenant Owner', 'All settings, billing, role assignment'], ['Ledger Administrator', 'Create ledgers, approve journal batches'], ['Analyst', 'Read ledgers, run reports'], ['Auditor', 'Read-only access to audit trail exports']], 'Customers are responsible for reviewing role assignments at least quarterly. See the Customer Responsibility Matrix for the controls you own.'],
  ['Exporting Audit Logs', 'Under Security > Audit Trail, select a date range and the event categories to export. Exports are delivered as JSON Lines files to your designated S3 bucket or downloaded from the browser. Audit events are retained for one year.'],
  ['Getting Help', 'Contact support through the in-application chat or by email at govsupport@nimbusledger.com. Security incidents affecting your tenant should be reported to the 24x7 security line listed in your onboarding letter.'],
];

export const digitalIdentity: Section[] = [
  ['Introduction', `This Digital Identity Worksheet (SSP Attachment 3) documents the digital identity level selection for the ${SYS} in accordance with NIST SP 800-63-3, Digital Identity Guidelines. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).`],
  ['Assessment of Potential Impact', [['Category of harm', 'Impact'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]],
  ['Identity Assurance Level', 'Because users are federated from customer agency identity providers that perform identity proofing, NLGP relies on the agency proofing process. The selected level is IAL2.'],
  ['Authenticator Assurance Level', 'Privileged and non-privileged users authenticate with phishing-resistant multi-factor authenticators (PIV/CAC or FIDO2). The selected level is AAL2, with AAL3 available for privileged CSP administrators.'],
  ['Federation Assurance Level', 'Assertions are signed and encrypted SAML 2.0 assertions delivered through the back channel where supported. The selected level is FAL2.'],
  ['Digital Identity Level Summary', [['Level', 'Selection'], ['IAL', 'IAL2'], ['AAL', 'AAL2'], ['FAL', 'FAL2']], 'The digital identity level summarised above is reflected in the System Security Plan, Section 2.3 (E-Authentication/Digital Identity Determination).'],
];

export const pta: Section[] = [
  ['Overview', `This Privacy Threshold Analysis (PTA) is completed for the ${SYS} to determine whether a Privacy Impact Assessment (PIA) is required. It is SSP Attachment 4.`],
  ['PTA Questions', [['#', 'Question', 'Response'], ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes - grant applicant names, business addresses and tax identification numbers'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes - user names, work email, phone'], ['3', 'Is a System of Records Notice (SORN) required?', 'Yes - covered by the agency SORN'], ['4', 'Are Social Security numbers collected?', 'No'], ['5', 'Has a PIA been completed?', 'A PIA is required and is in progress']]],
  ['Determination', 'Based on the responses above, the system collects PII about members of the public and therefore requires a full Privacy Impact Assessment. The Privacy Officer will coordinate the PIA with the sponsoring agency Senior Agency Official for Privacy.'],
  ['Signatures', 'System Owner: ______________   Privacy Officer: ______________   Date: ____________'],
];

export const pia: Section[] = [
  ['System Information', `Name of system: ${SYS}. Owner: ${CSP}. This Privacy Impact Assessment (PIA) describes the personally identifiable information (PII) processed by the system, why it is collected, how it is used and protected, and the privacy risks identified.`],
  ['Characterization of the Information', 'The system processes grant applicant organisation names, points of contact, business addresses, Unique Entity Identifiers and banking details used for disbursements. No Social Security numbers are collected. Information is obtained directly from applicants through the agency portal.'],
  ['Uses of the Information', 'PII is used only to evaluate grant applications and to disburse awarded funds. Analytical uses are limited to aggregate reporting without direct identifiers.'],
  ['Retention', 'Records are retained according to the agency records schedule (GRS 1.2) and destroyed using NIST SP 800-88 methods at the end of the retention period.'],
  ['Internal and External Sharing', 'PII is shared with the Department of the Treasury for payment processing under a documented interconnection security agreement. No other external sharing occurs.'],
  ['Notice, Access and Redress', 'Notice is provided through the agency SORN and the Privacy Act statement on the application form. Individuals may request access or correction through the agency FOIA/Privacy Act office.'],
  ['Privacy Risks and Mitigations', [['Risk', 'Mitigation'], ['Over-collection of banking data', 'Field-level minimisation; masking in user interface'], ['Unauthorised access by CSP staff', 'Just-in-time privileged access, audit review'], ['Retention beyond schedule', 'Automated lifecycle rules on storage buckets']]],
];

export const robPrivileged: Section[] = [
  ['Introduction', `These Rules of Behavior (SSP Attachment 5) apply to every person who is granted privileged or non-privileged access to the ${SYS}. They describe responsibilities and expected behavior and must be read and signed before access is granted and annually thereafter.`],
  ['Responsibilities', ['I will use the system only for authorized purposes in support of Nimbus Ledger Systems contracts with federal customers.', 'I will protect my authenticators and never share my PIV card, FIDO2 key or one-time codes.', 'I will not attempt to access data or functions for which I have not been authorized.', 'I will lock my workstation when I leave it unattended.', 'I will report suspected security incidents to the Security Operations Center within one hour.', 'I will not copy customer data to removable media or personal cloud storage.', 'I will complete annual security awareness and role-based training.']],
  ['Privileged Users', 'Privileged users additionally agree to perform administrative actions only from the hardened bastion host, to use their privileged account only for administrative tasks, and to document every emergency change in a change ticket within one business day.'],
  ['Consequences of Non-Compliance', 'Failure to comply with these Rules of Behavior may result in revocation of access, disciplinary action up to and including termination, and referral for criminal or civil prosecution where applicable.'],
  ['Acknowledgement', 'I acknowledge that I have read, understand and agree to abide by these Rules of Behavior.', [['User name', 'Signature', 'Date'], ['', '', '']]],
];

export const iscp: Section[] = [
  ['Introduction and Purpose', `This Information System Contingency Plan (ISCP) establishes procedures to recover the ${SYS} following a disruption. It is SSP Attachment 6 and is written in accordance with NIST SP 800-34 Rev. 1. The plan's objectives are to restore system operations within the recovery time objective and to minimise data loss.`],
  ['Concept of Operations', 'NLGP runs active-passive across two AWS GovCloud regions. Production databases replicate asynchronously to the alternate region. The Recovery Time Objective (RTO) is 8 hours and the Recovery Point Objective (RPO) is 15 minutes. The Maximum Tolerable Downtime (MTD) agreed with customers is 24 hours.', [['Component', 'RTO', 'RPO'], ['Ledger API', '4 hours', '15 minutes'], ['Reporting service', '8 hours', '1 hour'], ['Identity broker', '2 hours', 'n/a']]],
  ['Roles and Responsibilities', 'The Contingency Planning Coordinator activates the plan on the decision of the System Owner. The Recovery Team Lead directs technical recovery; the Communications Lead notifies customer agencies and the FedRAMP PMO.'],
  ['Activation and Notification Phase', 'Outage detection occurs through synthetic monitoring. The on-call engineer performs an initial damage assessment within 30 minutes and reports to the Coordinator, who decides whether to activate the ISCP. Call tree notifications are sent through the emergency notification service.'],
  ['Recovery Phase', 'Recovery procedures: (1) declare failover; (2) promote the replica database cluster in the alternate region; (3) update DNS weighted records; (4) scale application services from the golden images; (5) validate integrity of the ledger hash chain; (6) notify customers of restored service.'],
  ['Reconstitution Phase', 'Once the primary region is available, data is resynchronised, validation testing is performed, and operations fail back during an approved maintenance window. The plan is deactivated and a lessons-learned report is produced.'],
  ['Plan Testing and Maintenance', 'The ISCP is tested annually with a functional exercise and reviewed after every activation. Test results are recorded in the contingency plan test report and findings are tracked in the POA&M.'],
  ['Appendices', ['Appendix A: Personnel contact list', 'Appendix B: Vendor contact list', 'Appendix C: Detailed recovery procedures', 'Appendix D: Alternate processing procedures', 'Appendix E: Business Impact Analysis']],
];

export const cmp: Section[] = [
  ['Purpose', `This Configuration Management Plan (CMP), SSP Attachment 9, defines how ${CSP} identifies, controls, and audits the configuration of the ${SYS}. It implements the CM family of the FedRAMP Moderate baseline.`],
  ['Configuration Items', 'Configuration items include infrastructure-as-code modules, container images, hardened machine images, database schemas, and application releases. Each item is recorded in the integrated inventory and has an owner.'],
  ['Baseline Configurations', 'Baselines are derived from CIS Benchmarks Level 1 for Amazon Linux 2023 and PostgreSQL 15, with documented deviations. Baselines are reviewed annually and when new components are introduced (CM-2). Compliance scans run weekly against the baseline (CM-6).'],
  ['Change Control Process', 'All changes follow the change control process: request, impact analysis including security impact analysis (CM-4), Change Control Board (CCB) approval, testing in staging, implementation, and verification. Emergency changes are approved retroactively within two business days.', [['Change class', 'Approval', 'Example'], ['Standard', 'Pre-approved', 'Monthly OS patching'], ['Normal', 'CCB', 'New microservice'], ['Significant', 'CCB + AO notification', 'New external interconnection'], ['Emergency', 'CISO, CCB retroactive', 'Zero-day mitigation']], 'Changes that meet the FedRAMP definition of a significant change are submitted to the authorizing official through a Significant Change Request before implementation.'],
  ['Configuration Monitoring', 'AWS Config rules detect drift from the approved baseline and create tickets automatically. Unauthorized changes are treated as security incidents.'],
  ['Roles', 'The Configuration Manager maintains this plan; the CCB chair is the Director of Cloud Operations; the ISSO is a voting CCB member.'],
];

export const irp: Section[] = [
  ['Purpose and Scope', `This Incident Response Plan (IRP), SSP Attachment 8, establishes the incident response capability for the ${SYS}. It follows NIST SP 800-61 Rev. 2 and the FedRAMP Incident Communications Procedures.`],
  ['Incident Response Team', [['Role', 'Name / Group'], ['Incident Commander', 'Director of Security Operations'], ['Technical Lead', 'On-call SOC engineer'], ['Communications Lead', 'FedRAMP Program Manager'], ['Legal Counsel', 'General Counsel office']]],
  ['Incident Categories and Severity', 'Incidents are categorised using the US-CERT federal incident notification guidelines. Severity 1 incidents affecting customer data confidentiality must be reported to US-CERT (CISA) within one hour of identification and to the agency ISSO and FedRAMP PMO.'],
  ['Detection and Analysis', 'Sources of precursors and indicators include SIEM correlation rules, GuardDuty findings, endpoint detection alerts, and customer reports. The analyst validates the alert, determines scope, and opens an incident record.'],
  ['Containment, Eradication and Recovery', 'Containment strategies include isolating affected instances in a quarantine security group, revoking credentials, and blocking indicators at the web application firewall. Forensic images are captured before eradication. Recovery restores services from known-good images.'],
  ['Post-Incident Activity', 'A lessons-learned meeting is held within two weeks of closure. Findings are tracked as POA&M items and the IRP is updated as needed.'],
  ['Testing', 'The IRP is tested annually through a tabletop exercise (IR-3) involving the sponsoring agency.'],
];

export const fips199: Section[] = [
  ['Introduction', `This FIPS 199 Categorization (SSP Attachment 10) documents the security categorization of the ${SYS} in accordance with FIPS Publication 199 and NIST SP 800-60 Volume II.`],
  ['Information Types', [['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.1.4 Accounting', 'Low', 'Moderate', 'Low'], ['C.3.1.1 Funds Control', 'Moderate', 'Moderate', 'Low'], ['D.10.2 Financial Assistance (Grants)', 'Moderate', 'Moderate', 'Low'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low']]],
  ['Security Objectives Impact', 'Using the high-water mark of the information types: Confidentiality Moderate, Integrity Moderate, Availability Low.'],
  ['Overall Categorization', 'The overall FIPS 199 security categorization of the system is MODERATE. SC NLGP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}.'],
  ['Approval', 'Categorization reviewed by the ISSO and approved by the System Owner.'],
];

export const scrmPlan: Section[] = [
  ['Purpose', `This Supply Chain Risk Management Plan (SCRM Plan) addresses control SR-2 for the ${SYS}. It describes how ${CSP} identifies, assesses, and mitigates risks from suppliers of hardware, software, and services used within the authorization boundary.`],
  ['Scope', 'In scope are cloud infrastructure providers, software libraries and container base images, SaaS tools with access to the boundary, and professional services firms.'],
  ['Roles', 'The SCRM Lead (Director of Vendor Risk) owns this plan; Procurement applies SCRM clauses to contracts; Engineering maintains the software bill of materials (SBOM).'],
  ['Supplier Assessment', 'Critical suppliers are assessed before onboarding and annually: FedRAMP authorization status, SOC 2 reports, foreign ownership, and incident history. Results are recorded in the supplier register.'],
  ['Acquisition Controls', ['Contracts include notification requirements for supplier compromises (SR-8).', 'Open-source components are pulled from an internal mirror after signature and provenance checks (SR-4, SR-11).', 'Components at end of life are replaced before vendor support ends (SA-22).']],
  ['Monitoring and Review', 'Supply chain events are monitored through vendor advisories and CISA bulletins. The plan is reviewed annually and after any supply chain incident.'],
];
