/**
 * SSP attachment outlines for the TRAIN set: FedRAMP's exact template titles and section headings.
 * Placeholders ({CSO}, {SHORT}...) are filled by compose.fill.
 */
import type { Sec } from '../lib/compose.js';

export interface Outline {
  title: string;
  subtitle?: readonly string[];
  subject?: string;
  secs: readonly Sec[];
}

const FAMILIES: readonly (readonly [string, string])[] = [
  ['AC', 'Access Control'],
  ['AT', 'Awareness and Training'],
  ['AU', 'Audit and Accountability'],
  ['CA', 'Assessment, Authorization, and Monitoring'],
  ['CM', 'Configuration Management'],
  ['CP', 'Contingency Planning'],
  ['IA', 'Identification and Authentication'],
];

export const TRAIN_OUTLINES = {
  POLICIES_AND_PROCEDURES: {
    title: '{CSO} Information Security Policies and Procedures',
    subtitle: ['SSP Appendix C'],
    subject: 'Policies and procedures for the NIST SP 800-53 Rev. 5 control families (the -1 controls)',
    secs: [
      { h: 'Introduction', p: ['This document contains the information security policies and procedures of {CSP} that apply to the {CSO}. It addresses the first control of each NIST SP 800-53 Revision 5 family (the "-1" controls), which require a documented policy and the procedures that implement it.'] },
      { h: 'Scope', p: ['These policies apply to all employees, contractors and third parties who design, build, operate or support the {CSO}, and to all system components inside the authorization boundary.'] },
      { h: 'Roles and Responsibilities', table: { header: ['Role', 'Responsibility'], rows: [['Chief Information Security Officer', 'Owns the policy set; approves exceptions'], ['ISSO', 'Maintains procedures; coordinates annual review'], ['System Owner', 'Ensures resources for implementation'], ['All personnel', 'Comply with policies; report violations']] } },
      ...FAMILIES.flatMap(([id, name]): Sec[] => [
        { h: `${name} (${id}) Policy`, p: [`{SHORT} shall establish, document and disseminate an ${name.toLowerCase()} policy that addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities and compliance. The policy is consistent with applicable laws, executive orders, directives, regulations, policies, standards and guidelines.`] },
        { h: `${name} (${id}) Procedures`, lvl: 2, p: [`Procedures to facilitate the implementation of the ${name.toLowerCase()} policy and the associated ${id} controls are maintained by the ISSO. The policy is reviewed at least every year and the procedures at least annually, and following significant changes.`] },
      ]),
      { h: 'Policy Compliance and Exceptions', p: ['Violations of these policies may result in disciplinary action. Exceptions must be requested in writing, risk-assessed by the security team and approved by the CISO; approved exceptions are tracked in the POA&M where applicable.'] },
    ],
  },
  USER_GUIDE: {
    title: '{CSO} User Guide',
    subtitle: ['SSP Appendix D'],
    subject: 'Guide for customer administrators and end users',
    secs: [
      { h: 'Introduction', p: ['This User Guide describes how agency administrators and end users access and use the {CSO} securely. It explains the security features available to customers and the settings customers are responsible for.'] },
      { h: 'System Overview', p: ['{CSO} is a {MODEL} offering delivered from {REGION}. Users access the service through a web browser or the REST API.'] },
      { h: 'Getting Started', p: ['Your agency administrator receives an invitation email. Follow the link, set a password that meets the complexity requirements and enrol a multi-factor authenticator.'] },
      { h: 'Logging In', lvl: 2, p: ['Navigate to the agency-specific sign-in URL. Enter your username and password, then approve the push notification or enter the code from your PIV card or authenticator app.'] },
      { h: 'Managing Users and Roles', p: ['Customer administrators can create, suspend and delete user accounts, assign roles (Administrator, Editor, Viewer) and configure automatic deprovisioning through SCIM.'] },
      { h: 'Security Features for Customers', bullets: ['Single sign-on with SAML 2.0 and PIV/CAC', 'Session timeout configurable from 15 to 60 minutes', 'IP allow-listing for administrative actions', 'Exportable audit logs of user activity', 'Customer-managed encryption keys (optional)'] },
      { h: 'Customer Responsibilities', p: ['Customers are responsible for managing their users\' accounts, reviewing audit logs of their tenant, and configuring the security settings listed above in accordance with agency policy.'] },
      { h: 'Getting Help', p: ['Contact {SHORT} Support through the in-application help menu or by phone, 24x7. Security issues should be reported immediately to the security operations center.'] },
    ],
  },
  DIGITAL_IDENTITY_WORKSHEET: {
    title: 'Digital Identity Worksheet',
    subtitle: ['{CSO}', 'SSP Appendix E'],
    subject: 'NIST SP 800-63-3 digital identity level determination',
    secs: [
      { h: 'Introduction and Purpose', p: ['This worksheet documents how {CSP} determined the digital identity level of the {CSO}, following NIST SP 800-63-3, Digital Identity Guidelines, and FedRAMP guidance. The selected level determines the identity assurance level (IAL), the authenticator assurance level (AAL) and the federation assurance level (FAL).'] },
      { h: 'Digital Identity Level Definitions', table: { header: ['Level', 'IAL', 'AAL', 'FAL'], rows: [['1', 'IAL1 – self-asserted', 'AAL1 – single factor', 'FAL1 – bearer assertion'], ['2', 'IAL2 – remote or in-person proofing', 'AAL2 – two factors', 'FAL2 – assertion encrypted to RP'], ['3', 'IAL3 – in-person proofing', 'AAL3 – hardware-based authenticator', 'FAL3 – holder-of-key assertion']] } },
      { h: 'Review Maximum Potential Impact Levels', p: ['The potential impact of an authentication error was assessed for each category below.'], table: { header: ['Potential Impact Category for Authentication Errors', 'Assessed Impact'], rows: [['Inconvenience, distress, or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']] } },
      { h: 'Digital Identity Level Selection', p: ['Based on the assessment above, {CSP} selected digital identity Level 2: IAL2, AAL2 and FAL2. This level is consistent with the FedRAMP {LEVEL} baseline and is recorded in section 3 of the SSP.'] },
      { h: 'Approval', table: { header: ['Name', 'Title', 'Signature', 'Date'], rows: [['{OWNER}', 'System Owner', '', ''], ['{ISSO}', 'ISSO', '', '']] } },
    ],
  },
  PRIVACY_ASSESSMENT: {
    title: 'Privacy Threshold Analysis (PTA) and Privacy Impact Assessment (PIA)',
    subtitle: ['{CSO}', 'SSP Appendix – PTA/PIA'],
    subject: 'PTA and PIA',
    secs: [
      { h: 'Privacy Overview and Point of Contact (POC)', p: ['The table below identifies the individual responsible for privacy for the {CSO}.'], table: { header: ['Name', 'Title', 'Email'], rows: [['{ISSO}', 'Privacy Point of Contact', 'privacy@{DOMAIN}']] } },
      { h: 'Applicable Laws and Regulations', bullets: ['Privacy Act of 1974, 5 U.S.C. § 552a', 'E-Government Act of 2002, Section 208', 'OMB Memorandum M-03-22, Guidance for Implementing the Privacy Provisions of the E-Government Act', 'OMB Circular A-130, Appendix II'] },
      { h: 'Personally Identifiable Information (PII)', p: ['Personally Identifiable Information (PII) is information that can be used to distinguish or trace an individual\'s identity, either alone or when combined with other information that is linked or linkable to a specific individual.'] },
      { h: 'Privacy Threshold Analysis', p: ['The Privacy Threshold Analysis determines whether a full Privacy Impact Assessment is required.'] },
      { h: 'Qualifying Questions', lvl: 2, table: { header: ['Question', 'Answer'], rows: [['Does the ISA collect, maintain, or share PII in any identifiable form?', 'Yes'], ['Does the ISA collect, maintain, or share PII information from or about the public?', 'Yes'], ['Has a Privacy Impact Assessment ever been performed for the ISA?', 'No'], ['Is there a Privacy Act System of Records Notice (SORN) for this ISA system?', 'Agency responsibility']] } },
      { h: 'Designation', lvl: 2, p: ['Because PII is collected, a full Privacy Impact Assessment has been performed and is documented below.'] },
      { h: 'Privacy Impact Assessment', breakBefore: true },
      { h: 'PII Mapping of Components', lvl: 2, table: { header: ['Component', 'Does it collect or store PII?', 'Type of PII', 'Reason', 'Safeguards'], rows: [['Application database', 'Yes', 'Name, email, phone', 'User accounts', 'Encryption at rest; RBAC'], ['Log pipeline', 'Yes', 'User ID, IP address', 'Audit', 'Restricted access']] } },
      { h: 'PII In Use', lvl: 2, p: ['PII is used to identify and authenticate users, to send notifications and to produce audit records.'] },
      { h: 'Sources of PII and Purpose', lvl: 2, p: ['PII is provided by agency administrators when provisioning users and by users updating their profiles.'] },
      { h: 'Access to PII and Sharing', lvl: 2, p: ['Only authorized {SHORT} operations personnel with a need to know can access PII. PII is not shared with third parties.'] },
      { h: 'PII Safeguards and Liabilities', lvl: 2, p: ['Safeguards include encryption, least privilege, audit logging and annual privacy training.'] },
    ],
  },
  RULES_OF_BEHAVIOR: {
    title: 'Rules of Behavior',
    subtitle: ['{CSO}', 'SSP Appendix F'],
    subject: 'Rules of Behavior (RoB) for internal users',
    secs: [
      { h: 'Introduction', p: ['These Rules of Behavior (RoB) describe the responsibilities and expected behavior of all individuals with access to the {CSO}. Users must read, acknowledge and sign the RoB before access is granted and annually thereafter.'] },
      { h: 'Rules of Behavior for Internal Users', bullets: ['I will use the system only for authorized business purposes.', 'I will protect my credentials and never share my password or authenticator.', 'I will lock my workstation when leaving it unattended.', 'I will report suspected security incidents immediately to the security operations center.', 'I will not attempt to bypass or disable security controls.'] },
      { h: 'Rules of Behavior for Privileged Users', bullets: ['I will use my privileged account only for administrative tasks and my standard account for all other work.', 'I will not make changes to production outside of an approved change request.', 'I understand that my privileged actions are logged and reviewed.'] },
      { h: 'Consequences of Non-Compliance', p: ['Failure to comply with these rules may result in revocation of system access, disciplinary action up to and including termination, and civil or criminal penalties.'] },
      { h: 'Acknowledgement and Signature', p: ['I acknowledge that I have read, understand and agree to comply with the Rules of Behavior for the {CSO}.'], table: { header: ['User Name (print)', 'User Signature', 'Date'], rows: [['', '', '']] } },
    ],
  },
  CONTINGENCY_PLAN: {
    title: 'Information System Contingency Plan (ISCP)',
    subtitle: ['{CSO}', 'SSP Appendix G'],
    subject: 'ISCP per NIST SP 800-34 Rev. 1',
    secs: [
      { h: 'Introduction and Purpose', p: ['This Information System Contingency Plan (ISCP) establishes procedures to recover the {CSO} following a disruption. The plan follows NIST SP 800-34 Revision 1, Contingency Planning Guide for Federal Information Systems.'] },
      { h: 'Applicable Laws and Regulations', lvl: 2, p: ['Federal Information Security Modernization Act (FISMA); OMB Circular A-130; Federal Continuity Directive 1.'] },
      { h: 'Information System Name and Identifier', lvl: 2, p: ['{CSO} ({ABBR}), FedRAMP {LEVEL}.'] },
      { h: 'Scope', lvl: 2, p: ['The ISCP applies to all components within the authorization boundary in {REGION}.'] },
      { h: 'Assumptions', lvl: 2, bullets: ['The alternate region is available and unaffected by the event.', 'Key personnel are available or have trained alternates.', 'Backups are current and restorable.'] },
      { h: 'Concept of Operations', p: ['The plan has three phases: Activation and Notification, Recovery, and Reconstitution.'] },
      { h: 'Data Backup Readiness Information', lvl: 2, table: { header: ['System / Data', 'Backup Frequency', 'Retention', 'Location'], rows: [['Application database', 'Continuous (PITR) and daily snapshot', '35 days', 'Alternate region'], ['Object storage', 'Cross-region replication', 'Versioned 90 days', 'Alternate region']] } },
      { h: 'Roles and Responsibilities', lvl: 2, table: { header: ['Role', 'Responsibility'], rows: [['Contingency Plan Coordinator', 'Activates the plan and coordinates recovery'], ['Recovery Team', 'Restores services in the alternate region'], ['Communications Lead', 'Notifies customers, agencies and the FedRAMP PMO']] } },
      { h: 'Activation and Notification' },
      { h: 'Activation Criteria and Procedure', lvl: 2, p: ['The ISCP is activated when an outage is expected to exceed the recovery time objective (RTO) of 12 hours, or at the direction of the System Owner.'] },
      { h: 'Notification Instructions', lvl: 2, p: ['The Contingency Plan Coordinator notifies the recovery team by the paging system and the agency points of contact by email and phone.'] },
      { h: 'Outage Assessment', lvl: 2, p: ['The recovery team determines the extent of damage and the expected duration of the outage.'] },
      { h: 'Recovery' },
      { h: 'Sequence of Recovery Operations', lvl: 2, bullets: ['Restore network and identity services', 'Restore databases from the latest recovery point', 'Deploy application tier from the release pipeline', 'Validate and re-open customer access'] },
      { h: 'Reconstitution' },
      { h: 'Data Validation Testing', lvl: 2, p: ['Row counts and checksums are compared with pre-event values to confirm data integrity (RPO 1 hour).'] },
      { h: 'Recovery Declaration', lvl: 2, p: ['The System Owner declares recovery complete and the ISCP deactivated.'] },
      { h: 'Contingency Plan Testing', p: ['The ISCP is tested annually through a functional exercise. Results and lessons learned are documented in the test report.'] },
      { h: 'Appendix A – Key Personnel and Team Member Contact List', unnumbered: true, table: { header: ['Role', 'Name', 'Phone'], rows: [['System Owner', '{OWNER}', ''], ['ISSO', '{ISSO}', ''], ['Recovery Lead', '{ENGINEER}', '']] } },
      { h: 'Appendix L – Business Impact Analysis', unnumbered: true, p: ['Maximum tolerable downtime: 24 hours. Recovery time objective: 12 hours. Recovery point objective: 1 hour.'] },
    ],
  },
  CONFIGURATION_MANAGEMENT_PLAN: {
    title: 'Configuration Management Plan (CMP)',
    subtitle: ['{CSO}', 'SSP Appendix H'],
    subject: 'Configuration Management Plan',
    secs: [
      { h: 'Purpose', p: ['This Configuration Management Plan (CMP) defines how {CSP} establishes and maintains the integrity of the {CSO} configuration throughout its life cycle, in accordance with NIST SP 800-128.'] },
      { h: 'Scope', p: ['The CMP applies to all hardware, software, firmware and documentation within the authorization boundary.'] },
      { h: 'Roles and Responsibilities', table: { header: ['Role', 'Responsibility'], rows: [['Configuration Control Board (CCB)', 'Reviews and approves changes'], ['Change Manager', 'Runs the change process'], ['ISSO', 'Performs security impact analysis']] } },
      { h: 'Baseline Configuration (CM-2)', p: ['Baselines are defined as code and derived from CIS Benchmarks and DISA STIGs. The baseline is reviewed annually and when components are installed or upgraded.'] },
      { h: 'Configuration Change Control (CM-3)', p: ['All changes are submitted as change requests, tested in staging, approved by the CCB and deployed through the pipeline. Emergency changes are approved retroactively within 48 hours.'] },
      { h: 'Impact Analyses (CM-4)', p: ['The ISSO performs a security impact analysis for every change. Changes that may be significant changes are reported to the agency through the FedRAMP Significant Change process.'] },
      { h: 'Configuration Settings (CM-6)', p: ['Configuration settings are enforced by configuration management tooling and monitored for drift daily.'] },
      { h: 'Least Functionality (CM-7)', p: ['Only ports, protocols and services listed in the SSP are enabled.'] },
      { h: 'System Component Inventory (CM-8)', p: ['The inventory is generated automatically from the cloud provider APIs and reconciled monthly with the Integrated Inventory Workbook.'] },
      { h: 'Configuration Management Tools', table: { header: ['Tool', 'Use'], rows: [['Git / GitLab', 'Source and infrastructure-as-code repository'], ['Terraform', 'Infrastructure provisioning'], ['Ansible', 'Configuration enforcement'], ['Jira', 'Change requests']] } },
    ],
  },
  INCIDENT_RESPONSE_PLAN: {
    title: 'Incident Response Plan (IRP)',
    subtitle: ['{CSO}', 'SSP Appendix I'],
    subject: 'Incident Response Plan',
    secs: [
      { h: 'Purpose', p: ['This Incident Response Plan (IRP) establishes the incident response capability of {CSP} for the {CSO}, consistent with NIST SP 800-61 Revision 2 and the FedRAMP Incident Communications Procedures.'] },
      { h: 'Scope', p: ['The IRP covers all security incidents affecting components, data or users of the {CSO}.'] },
      { h: 'Incident Response Team', table: { header: ['Role', 'Name', 'Responsibility'], rows: [['Incident Commander', '{ISSO}', 'Leads response'], ['Technical Lead', '{ENGINEER}', 'Containment and eradication'], ['Communications Lead', '{OWNER}', 'Agency and US-CERT notification']] } },
      { h: 'Incident Categories and Severity', table: { header: ['Severity', 'Description', 'Response time'], rows: [['Critical', 'Confirmed compromise of federal data', '15 minutes'], ['High', 'Active attack or malware outbreak', '1 hour'], ['Medium', 'Suspicious activity requiring investigation', '4 hours'], ['Low', 'Policy violation without impact', '1 business day']] } },
      { h: 'Incident Handling Life Cycle' },
      { h: 'Preparation', lvl: 2, p: ['Tooling, playbooks and contact lists are maintained and tested. Staff receive incident response training annually (IR-2).'] },
      { h: 'Detection and Analysis', lvl: 2, p: ['Alerts from the SIEM, endpoint detection and customer reports are triaged by the security operations center.'] },
      { h: 'Containment, Eradication, and Recovery', lvl: 2, p: ['Affected components are isolated, evidence is preserved, root cause is removed and services are restored from known-good images.'] },
      { h: 'Post-Incident Activity', lvl: 2, p: ['A lessons-learned review is held within five business days; corrective actions are tracked in the POA&M.'] },
      { h: 'Incident Reporting', p: ['Incidents are reported to US-CERT/CISA within one hour of identification, and to the agency ISSO and the FedRAMP PMO as required by the FedRAMP Incident Communications Procedures.'] },
      { h: 'Incident Response Testing (IR-3)', p: ['The IRP is tested annually through a tabletop exercise.'] },
    ],
  },
  FIPS_199: {
    title: 'FIPS 199 Categorization',
    subtitle: ['{CSO}', 'SSP Appendix K'],
    subject: 'Security categorization per FIPS PUB 199 and NIST SP 800-60',
    secs: [
      { h: 'Introduction and Purpose', p: ['This document provides the security categorization of the {CSO} in accordance with Federal Information Processing Standards Publication 199 (FIPS PUB 199), Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.'] },
      { h: 'Scope', p: ['The categorization covers all information stored, processed or transmitted by the system on behalf of federal customers.'] },
      { h: 'System Description', p: ['{CSO} is a {MODEL} cloud service offered by {CSP}.'] },
      { h: 'Methodology', p: ['Information types were identified with the system owner and mapped to NIST SP 800-60. Provisional impact levels were reviewed and adjusted where special factors apply. The high-water mark determines the overall categorization.'] },
      { h: 'Security Categorization', table: { caption: 'Table 5-1. Information Types', header: ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'], rows: [['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.8 System and Network Monitoring', 'Moderate', 'Moderate', 'Low'], ['C.2.8.9 Personal Identity and Authentication Information', 'Moderate', 'Moderate', 'Moderate'], ['C.3.5.5 Information Security', 'Low', 'Moderate', 'Low']] } },
      { h: 'Overall Security Categorization', p: ['SC {CSO} = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 categorization of the system is {LEVEL}.'] },
      { h: 'Approval', p: ['The System Owner approves this categorization.'], table: { header: ['Name', 'Title', 'Date'], rows: [['{OWNER}', 'System Owner', '']] } },
    ],
  },
  LAWS_AND_REGULATIONS: {
    title: 'FedRAMP Applicable Laws and Regulations',
    subtitle: ['{CSO}', 'SSP Appendix L'],
    subject: 'Laws, regulations, standards and guidance',
    secs: [
      { h: 'Introduction', p: ['This appendix lists the laws, regulations, standards and guidance that apply to the {CSO}.'] },
      { h: 'Applicable Laws and Regulations', table: { header: ['Identification Number', 'Title', 'Date', 'Link'], rows: [['PL 113-283', 'Federal Information Security Modernization Act of 2014 (FISMA)', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'], ['PL 99-474', 'Computer Fraud and Abuse Act', '1986', ''], ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '07/28/2016', 'https://www.whitehouse.gov/omb/'], ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '08/27/2004', '']] } },
      { h: 'Applicable Standards and Guidance', table: { header: ['Identification Number', 'Title', 'Date', 'Link'], rows: [['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004', ''], ['FIPS PUB 200', 'Minimum Security Requirements for Federal Information and Information Systems', '03/2006', ''], ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019', ''], ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '09/2020', ''], ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', '05/2010', ''], ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', '08/2012', ''], ['NIST SP 800-63-3', 'Digital Identity Guidelines', '06/2017', '']] } },
    ],
  },
  SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN: {
    title: 'Supply Chain Risk Management Plan (SCRMP)',
    subtitle: ['{CSO}', 'SSP Appendix P'],
    subject: 'SCRM Plan (SR-2)',
    secs: [
      { h: 'Purpose', p: ['This Supply Chain Risk Management Plan (SCRM Plan) describes how {CSP} identifies, assesses and mitigates supply chain risks to the {CSO}, as required by control SR-2 of NIST SP 800-53 Revision 5 and informed by NIST SP 800-161 Revision 1.'] },
      { h: 'Scope', p: ['The plan covers suppliers of hardware, software, open-source components, cloud infrastructure and external services used within the authorization boundary.'] },
      { h: 'Roles and Responsibilities', table: { header: ['Role', 'Responsibility'], rows: [['SCRM Team', 'Maintains the plan and supplier register'], ['Procurement', 'Applies SCRM clauses in contracts'], ['Engineering', 'Maintains software bills of materials (SBOM)']] } },
      { h: 'Supply Chain Controls and Processes (SR-3)', p: ['Suppliers are tiered by criticality. Critical suppliers undergo due-diligence review before onboarding and annually thereafter.'] },
      { h: 'Acquisition Strategies, Tools, and Methods (SR-5)', p: ['Contracts with critical suppliers include notification, audit and flow-down clauses.'] },
      { h: 'Supplier Assessments and Reviews (SR-6)', p: ['Supplier risk assessments consider foreign ownership, security posture, financial stability and history of compromise.'] },
      { h: 'Notification Agreements (SR-8)', p: ['Critical suppliers must notify {SHORT} of compromises and vulnerabilities within 72 hours.'] },
      { h: 'Component Authenticity (SR-11)', p: ['Software is obtained from authoritative sources and verified with signatures and checksums; container images are signed and verified at admission.'] },
      { h: 'Component Disposal (SR-12)', p: ['Media and components are sanitized according to NIST SP 800-88 before disposal.'] },
    ],
  },
} satisfies Record<string, Outline>;
