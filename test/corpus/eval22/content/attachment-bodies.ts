/** Body text of the SSP attachments (policies, user guide, DIW, PTA/PIA, RoB, ISCP, CMP, IRP, FIPS 199, SCRM). */
import type { Block } from '../kit/model.js';
import { bullets, h1, h2, h3, p, table } from '../kit/model.js';
import type { Product } from '../kit/wrappers.js';
import { CO } from '../kit/wrappers.js';

export function policyBody(P: Product, family: 'AC' | 'SC'): Block[] {
  const fam = family === 'AC' ? 'Access Control' : 'System and Communications Protection';
  const ctrls =
    family === 'AC'
      ? [['AC-2', 'Account Management'], ['AC-3', 'Access Enforcement'], ['AC-6', 'Least Privilege'], ['AC-7', 'Unsuccessful Logon Attempts'], ['AC-11', 'Device Lock'], ['AC-17', 'Remote Access']]
      : [['SC-7', 'Boundary Protection'], ['SC-8', 'Transmission Confidentiality and Integrity'], ['SC-12', 'Cryptographic Key Establishment and Management'], ['SC-13', 'Cryptographic Protection'], ['SC-28', 'Protection of Information at Rest']];
  return [
    h1('1. Purpose'),
    p(`This ${fam} Policy and Procedures document establishes the ${CO.name} requirements for the ${fam} (${family}) family of NIST SP 800-53 Revision 5 controls as they apply to ${P.name}. It satisfies the ${family}-1 control requirement to develop, document and disseminate a policy that addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities, and compliance, together with procedures to facilitate the implementation of the policy and the associated controls. It is submitted as part of Attachment 1, Information Security Policies and Procedures, of the ${P.abbr} System Security Plan.`),
    h1('2. Scope'),
    p(`This policy applies to all CFSI employees, subcontractors and consultants who design, operate, administer or support ${P.abbr} components within the authorization boundary, and to all information processed, stored or transmitted by ${P.abbr}. Agency customers are responsible for the customer-responsibility portions identified in the Customer Responsibility Matrix.`),
    h1('3. Roles and Responsibilities'),
    table([
      ['Role', 'Responsibilities'],
      ['Chief Information Security Officer', `Owns this policy; approves exceptions; reviews the policy at least annually and after significant changes.`],
      ['Information System Security Officer', `Maintains procedures; monitors compliance; reports deviations to the CISO and the ${P.agencyAbbr} ISSM.`],
      ['System Administrators', 'Implement technical controls described in the procedures; retain evidence of execution.'],
      ['All Personnel', 'Comply with this policy and the Rules of Behavior; report suspected violations.'],
    ]),
    h1('4. Management Commitment and Coordination'),
    p(`CFSI senior management is committed to protecting ${P.abbr} information and has allocated the resources necessary to implement this policy. Coordination among Security Operations, Platform Engineering, Human Resources and Legal is performed through the monthly Security Governance Board.`),
    h1('5. Policy Statements'),
    ...ctrls.flatMap(([id, name]) => [
      h2(`5.${ctrls.findIndex((c) => c[0] === id) + 1} ${id} ${name}`),
      p(`${CO.short} shall implement ${(name ?? '').toLowerCase()} for ${P.abbr} in accordance with NIST SP 800-53 Rev. 5 control ${id} and the FedRAMP ${P.impact} baseline parameters. Organization-defined values are recorded in the SSP and shall not be less restrictive than the FedRAMP-defined assignments.`),
    ]),
    h1('6. Procedures'),
    p('Each procedure below identifies its trigger, the responsible role, the steps to perform and the evidence to retain. Procedures are maintained in the FPO document library and are reviewed at least annually.'),
    h3(`PR-${family}-01 ${ctrls[0]?.[1] ?? ''} Procedure`),
    bullets(
      'Requestor submits a ticket identifying the resource, the access or change required and the business justification.',
      'The resource owner and the ISSO approve the ticket; privileged requests also require CISO approval.',
      'The administrator implements the request and attaches evidence (screen capture or configuration export) to the ticket.',
      'The ISSO reviews closed tickets monthly and records exceptions in the POA&M where applicable.',
    ),
    h1('7. Compliance and Enforcement'),
    p('Violations of this policy may result in disciplinary action up to and including termination of employment or contract, and may be referred to law enforcement. Exceptions must be documented, risk-accepted by the CISO and tracked to closure.'),
    h1('8. Review'),
    p('This policy is reviewed at least annually (every three years for the policy, annually for procedures per FedRAMP parameters) and following significant changes to the system or its environment.'),
  ];
}

export function userGuideBody(P: Product): Block[] {
  return [
    h1('1. Introduction'),
    p(`This User Guide describes how agency users access and use ${P.name}. It covers signing in, navigating the workspace, managing cases and reports, and the security features that agency administrators configure for their tenant. It is provided as Attachment 2 to the ${P.abbr} System Security Plan.`),
    h1('2. Getting Started'),
    h2('2.1 System Requirements'),
    bullets('A supported browser: Microsoft Edge, Google Chrome or Mozilla Firefox (current and previous major release).', 'TLS 1.2 or higher enabled; pop-up blockers allowed for the tenant URL.', 'An agency PIV card and reader, or an agency-issued authenticator registered with the identity provider.'),
    h2('2.2 Signing In'),
    p(`Navigate to your tenant URL (for example https://${P.agencyAbbr.toLowerCase()}.${P.abbr.toLowerCase()}.callowayfed.example). Select "Sign in with agency credentials". You are redirected to the agency identity provider; after authentication with your PIV card you return to the ${P.abbr} home page. Sessions end after 15 minutes of inactivity; you will be prompted to re-authenticate.`),
    h2('2.3 The Home Page'),
    p('The home page shows your assigned work queue, recent cases, saved searches and system notices. The navigation bar gives access to Cases, Reports, Dashboards, Administration (administrators only) and Help.'),
    h1('3. Working with Cases'),
    h2('3.1 Creating a Case'),
    bullets('Select Cases > New Case.', 'Choose the case type and complete the required fields marked with an asterisk.', 'Attach supporting files (PDF, DOCX, XLSX, up to 50 MB each); files are scanned for malware before they become available.', 'Select Save. The case receives a unique identifier and appears in your queue.'),
    h2('3.2 Searching'),
    p('Use the search bar for free-text search or select Advanced Search to filter by status, date range, assigned user or program code. Search results honor your role permissions; cases you are not authorized to view are not returned.'),
    h1('4. Reports and Dashboards'),
    p('Standard reports are available under Reports. Select a report, set parameters and choose Run. Reports can be exported to XLSX or PDF; exports are logged in the audit trail. Dashboards refresh every 15 minutes.'),
    h1('5. Administration (Agency Administrators)'),
    h2('5.1 Managing Users and Roles'),
    p('Agency administrators add users by e-mail address, assign roles (Analyst, Supervisor, Read-Only, Administrator) and deactivate users who no longer require access. Administrators must review user access at least every 90 days and remove accounts within one business day of a user separation, per the Customer Responsibility Matrix.'),
    h2('5.2 Security Settings'),
    table([['Setting', 'Default', 'Configurable Range'], ['Session inactivity timeout', '15 minutes', '5-15 minutes'], ['Concurrent sessions per user', '1', '1-3'], ['Export approval required', 'Yes', 'Yes/No'], ['IP allow-list', 'Off', 'Agency CIDR ranges']]),
    h1('6. Getting Help'),
    p(`Contact the ${CO.short} Service Desk 24x7 at (877) 555-0190 or servicedesk@callowayfed.example. Report suspected security incidents immediately to the Service Desk and to your agency security office.`),
  ];
}

export function diwBody(P: Product): Block[] {
  const lvl = P.impact === 'High' ? '3' : '2';
  return [
    h1('Introduction and Purpose'),
    p(`This Digital Identity Worksheet documents the digital identity level selected for ${P.name} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. The worksheet is Attachment 3 to the System Security Plan and supports the identification and authentication controls (IA family).`),
    h1('Digital Identity Level Definitions'),
    table([
      ['Component', 'Level 1', 'Level 2', 'Level 3'],
      ['Identity Assurance Level (IAL)', 'No requirement to link the applicant to a specific real-life identity', 'Evidence supports the real-world existence of the claimed identity', 'Physical presence is required for identity proofing'],
      ['Authenticator Assurance Level (AAL)', 'Single-factor authentication', 'Two distinct authentication factors', 'Hardware-based authenticator and verifier impersonation resistance'],
      ['Federation Assurance Level (FAL)', 'Bearer assertion signed by the IdP', 'Bearer assertion signed and encrypted to the RP', 'Holder-of-key assertion signed and encrypted'],
    ]),
    h1('Review Maximum Potential Impact Levels'),
    table([
      ['Category', 'Potential Impact'],
      ['Inconvenience, distress, or damage to standing or reputation', P.impact],
      ['Financial loss or agency liability', P.impact],
      ['Harm to agency programs or public interests', P.impact],
      ['Unauthorized release of sensitive information', P.impact],
      ['Personal safety', 'Low'],
      ['Civil or criminal violations', P.impact],
    ]),
    h1('Digital Identity Level Selection'),
    p(`Based on the impact assessment above, ${CO.name} has selected Digital Identity Level ${lvl} for ${P.abbr}: IAL${lvl}, AAL${lvl} and FAL${lvl}. Agency users are proofed by their agency as part of PIV issuance and federate to ${P.abbr} through the agency identity provider; privileged CFSI users authenticate with phishing-resistant hardware authenticators.`),
    table([['Selected Level', 'IAL', 'AAL', 'FAL'], [`Level ${lvl}`, lvl, lvl, lvl]]),
    p('The worksheet is reviewed annually with the SSP and whenever a change in user population or authentication architecture would affect the selected levels.'),
  ];
}

export function ptaBody(P: Product): Block[] {
  return [
    h1('Section 1: System Information'),
    table([['System Name', P.name], ['System Owner', CO.pm], ['Privacy Point of Contact', 'Eleanor Baptiste-Moore, CFSI Privacy Officer'], ['Sponsoring Agency', P.agency], ['FIPS 199 Level', P.impact]], false),
    h1('Section 2: Privacy Threshold Analysis Questions'),
    table([
      ['#', 'Question', 'Response'],
      ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'Yes - applicant name, business address, telephone, e-mail.'],
      ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes - user account name, work e-mail, PIV certificate subject.'],
      ['3', 'Does the system collect Social Security Numbers?', 'No.'],
      ['4', 'Is the PII retrieved by a personal identifier such that a System of Records Notice (SORN) is required?', `Yes - records are retrieved by applicant name; covered by SORN ${P.agencyAbbr}-11.`],
      ['5', 'Has a Privacy Impact Assessment been conducted within the last three years?', 'A PIA is being conducted with this PTA; see Section 4.'],
    ]),
    h1('Section 3: PTA Determination'),
    p(`Based on the responses above, ${P.abbr} collects and maintains PII and a full Privacy Impact Assessment (PIA) is required. The E-Government Act of 2002, Section 208, and OMB M-03-22 require a PIA for information technology that collects, maintains or disseminates information in identifiable form from or about members of the public.`),
    h1('Section 4: Privacy Impact Assessment'),
    h2('4.1 What information is collected, used, disseminated or maintained?'),
    p('The system maintains applicant contact information, program eligibility data and correspondence. No sensitive PII such as SSN, financial account numbers or biometric identifiers is collected.'),
    h2('4.2 Why is the information being collected?'),
    p(`The information is required to administer ${P.agencyAbbr} programs and to communicate with applicants about the status of their submissions.`),
    h2('4.3 With whom will the information be shared?'),
    p('Information is shared only with authorized agency staff and, where required, with other federal agencies under routine uses published in the SORN. CFSI personnel access PII only to provide system support.'),
    h2('4.4 How will the information be secured?'),
    p('PII is encrypted in transit and at rest; access is role-based and logged; privileged access is limited to cleared CFSI administrators. Retention follows the agency records schedule.'),
    h1('Section 5: Signatures'),
    table([['Role', 'Name', 'Signature', 'Date'], ['System Owner', CO.pm, '', ''], ['CFSI Privacy Officer', 'Eleanor Baptiste-Moore', '', ''], [`${P.agencyAbbr} Senior Agency Official for Privacy`, '', '', '']]),
  ];
}

export function robBody(P: Product): Block[] {
  return [
    h1('1. Introduction'),
    p(`These Rules of Behavior apply to all individuals with access to ${P.name}, whether agency users or ${CO.name} personnel. They describe the responsibilities and expected behavior of users and the consequences of non-compliance. Users must read and acknowledge these rules before receiving access and annually thereafter.`),
    h1('2. Rules of Behavior for Internal (Privileged) Users'),
    bullets(
      'I will use my privileged account only for administrative functions and a separate non-privileged account for e-mail and web browsing.',
      'I will access the system only through the approved bastion and only from CFSI-managed devices.',
      'I will not share my authenticators, PIV card or PIN, and will report their loss immediately.',
      'I will not install or run unauthorized software, or bypass security controls, logging or monitoring.',
      'I will protect CUI and PII according to its marking and will not store it on removable media.',
      'I understand that my activity is logged and monitored, and that I have no expectation of privacy on the system.',
    ),
    h1('3. Rules of Behavior for External (Agency) Users'),
    bullets(
      'I will access the system only for authorized government business.',
      'I will lock my workstation when unattended and sign out at the end of each session.',
      'I will not attempt to access data or functions for which I am not authorized.',
      'I will report suspected security incidents to the CFSI Service Desk and my agency security office.',
    ),
    h1('4. Consequences of Non-Compliance'),
    p('Failure to comply with these Rules of Behavior may result in revocation of access, disciplinary action, and civil or criminal penalties under applicable federal law, including 18 U.S.C. 1030.'),
    h1('5. Acknowledgement'),
    p(`I acknowledge that I have read, understand and will comply with the ${P.abbr} Rules of Behavior.`),
    table([['User Name (print)', 'Organization', 'Signature', 'Date'], ['', '', '', '']]),
  ];
}

export function iscpBody(P: Product): Block[] {
  return [
    h1('1. Introduction and Purpose'),
    p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${P.name} following a disruption. It was developed in accordance with NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template and is Attachment 6 to the SSP. The plan addresses the Activation and Notification, Recovery, and Reconstitution phases.`),
    h2('1.1 Applicable Laws and Regulations'),
    p('FISMA 2014; OMB Circular A-130; NIST SP 800-34 Rev. 1; NIST SP 800-53 Rev. 5 CP family; Federal Continuity Directive 1.'),
    h1('2. Concept of Operations'),
    h2('2.1 System Description'),
    p(`${P.abbr} runs in two regions of ${P.iaas}. The primary region hosts production; the alternate region holds warm standby database replicas, replicated object storage and infrastructure-as-code templates able to rebuild the application tier.`),
    h2('2.2 Recovery Objectives'),
    table([['Objective', 'Value'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '12 hours'], ['Recovery Point Objective (RPO)', '1 hour']]),
    h2('2.3 Backups'),
    p('Databases are backed up continuously with point-in-time recovery and snapshot daily; object storage is versioned and replicated across regions; backups are encrypted and tested quarterly.'),
    h2('2.4 Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['ISCP Director', 'Declares a contingency and directs recovery'], ['ISCP Coordinator', 'Coordinates teams, maintains the plan, reports status'], ['Recovery Team', 'Executes technical recovery procedures'], ['Communications Lead', `Notifies ${P.agencyAbbr}, FedRAMP PMO and users`]]),
    h1('3. Activation and Notification'),
    p('The plan is activated when an outage is expected to exceed four hours, or at the ISCP Director\u2019s discretion. The Service Desk opens a major incident bridge and notifies the call tree within 30 minutes.'),
    h1('4. Recovery'),
    bullets('Confirm the primary region is unavailable and the disruption is not a security incident requiring preservation of evidence.', 'Promote the standby database replica in the alternate region.', 'Deploy the application tier from the pipeline to the alternate region and update DNS records.', 'Validate functionality using the recovery test checklist and notify users of restoration.'),
    h1('5. Reconstitution'),
    p('Once the primary region is restored, data is synchronized back, the system is validated, and operations fail back during an approved maintenance window. The ISCP Coordinator records lessons learned and updates the plan.'),
    h1('6. Plan Testing and Maintenance'),
    p('The ISCP is tested annually by a functional exercise and reviewed annually; test results are documented in the ISCP Test Report and weaknesses are tracked in the POA&M.'),
    h1('Appendix A: Contact List'),
    table([['Role', 'Name', 'Phone'], ['ISCP Director', CO.pm, '(703) 555-0102'], ['ISCP Coordinator', CO.isso, '(703) 555-0117'], ['Recovery Team Lead', 'Jonah P. Ekwueme', '(703) 555-0133']]),
  ];
}

export function cmpBody(P: Product): Block[] {
  return [
    h1('1. Introduction'),
    p(`This Configuration Management Plan (CMP) describes how ${CO.name} manages the configuration of ${P.name} throughout its life cycle. It implements the NIST SP 800-53 Rev. 5 CM family as tailored by the FedRAMP ${P.impact} baseline and supports the significant change process required by FedRAMP.`),
    h1('2. Roles and Responsibilities'),
    table([['Role', 'Responsibilities'], ['Configuration Control Board (CCB) Chair', 'Approves or rejects change requests; schedules releases'], ['Configuration Manager', 'Maintains baselines, the configuration item register and CCB records'], ['ISSO', 'Performs security impact analysis of every change'], ['Change Implementer', 'Implements approved changes through the pipeline']]),
    h1('3. Configuration Items and Baselines'),
    p('Configuration items include infrastructure-as-code modules, container images, operating system images hardened to CIS Benchmarks and DISA STIGs, database configurations, and application source code. Baseline configurations are stored in version control with signed commits; the current approved baseline is tagged at each release.'),
    h1('4. Configuration Change Control'),
    h2('4.1 Change Types'),
    table([['Type', 'Description', 'Approval'], ['Standard', 'Pre-approved, low-risk, repeatable changes', 'Pre-approved by CCB'], ['Normal', 'Changes requiring review and security impact analysis', 'CCB'], ['Emergency', 'Changes needed to restore service or fix a critical vulnerability', 'CCB Chair and ISSO; reviewed at next CCB'], ['Significant', 'Changes meeting the FedRAMP significant change definition', `CCB and ${P.agencyAbbr} AO before implementation`]]),
    h2('4.2 Security Impact Analysis'),
    p('The ISSO analyzes each normal and emergency change for security impact, determining whether it affects control implementations, the authorization boundary or the SSP, and whether it requires a Significant Change Request to the authorizing official.'),
    h1('5. Configuration Monitoring'),
    p('Configuration drift is detected daily by the configuration compliance scanner and the cloud posture management service; deviations from baseline raise tickets and, if not corrected within the remediation window, POA&M entries.'),
    h1('6. Plan Maintenance'),
    p('The CMP is reviewed annually and updated after significant changes to the CM process.'),
  ];
}

export function irpBody(P: Product): Block[] {
  return [
    h1('1. Purpose and Scope'),
    p(`This Incident Response Plan (IRP) establishes the capability of ${CO.name} to prepare for, detect, analyze, contain, eradicate and recover from security incidents affecting ${P.name}. It follows NIST SP 800-61 Rev. 2, the FedRAMP Incident Communications Procedures and US-CERT Federal Incident Notification Guidelines.`),
    h1('2. Incident Response Team'),
    table([['Role', 'Name', 'Responsibility'], ['Incident Commander', CO.ciso, 'Leads response, approves external notifications'], ['IR Lead', CO.isso, 'Coordinates analysis and containment'], ['Forensics Analyst', 'Teodora Vasquez-Lund', 'Preserves and analyzes evidence'], ['Communications', 'Office of General Counsel', 'Agency and legal notifications']]),
    h1('3. Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Initial Response'], ['High', 'Confirmed compromise of CUI or privileged access', '15 minutes'], ['Medium', 'Attempted compromise or malware contained on one host', '1 hour'], ['Low', 'Policy violation without data exposure', '1 business day']]),
    h1('4. Reporting'),
    p(`Suspected or confirmed incidents are reported to US-CERT/CISA within one hour of identification, to the ${P.agencyAbbr} SOC and to the FedRAMP PMO (info@fedramp.gov) per the FedRAMP Incident Communications Procedures.`),
    h1('5. Incident Handling Phases'),
    h2('5.1 Preparation'),
    p('The team maintains playbooks, jump kits, forensic tooling and contact lists; members complete annual incident response training.'),
    h2('5.2 Detection and Analysis'),
    p('Alerts from the SIEM, endpoint detection, WAF and cloud threat detection services are triaged 24x7 by the Security Operations Center.'),
    h2('5.3 Containment, Eradication and Recovery'),
    p('Affected resources are isolated by security group changes and credential revocation; images are rebuilt from known-good baselines; recovery is validated before service resumes.'),
    h2('5.4 Post-Incident Activity'),
    p('A lessons-learned review is held within ten business days; findings update this plan, playbooks and the POA&M.'),
    h1('6. Testing'),
    p('The IRP is tested annually through a tabletop exercise with agency participation; results are documented in the IR test report.'),
  ];
}

export function fips199Body(P: Product): Block[] {
  const l = P.impact;
  return [
    h1('Introduction and Purpose'),
    p(`This document provides the FIPS 199 security categorization for ${P.name}. The categorization follows FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume I Rev. 1, Guide for Mapping Types of Information and Information Systems to Security Categories.`),
    h1('Scope'),
    p('The categorization covers all information types processed, stored or transmitted within the authorization boundary.'),
    h1('System Description'),
    p(`${P.abbr} is a ${P.model} offering hosted on ${P.iaas} for use by ${P.agency}.`),
    h1('Methodology'),
    p('Information types were identified from the mission-based and management and support information types of NIST SP 800-60 Volume II; provisional impact levels were adjusted where the agency mission warranted. The system categorization is the high-water mark of the information types.'),
    table([
      ['Information Type', 'NIST SP 800-60 V2 R1 Recommended C, I, A Impact Level', 'CSP-Selected Confidentiality', 'CSP-Selected Integrity', 'CSP-Selected Availability', 'Statement for Impact Adjustment Justification'],
      ['C.3.5.1 System Development', 'Low, Moderate, Low', 'Low', 'Moderate', 'Low', 'None'],
      ['C.3.5.8 System and Network Monitoring', 'Moderate, Moderate, Low', l, l, 'Low', 'None'],
      ['D.9.3 Grants Management / program records', 'Low, Low, Low', l, l, 'Moderate', 'Adjusted for aggregated PII and agency mission dependence'],
    ]),
    table([['Security Objective', 'Impact Level'], ['Confidentiality', l], ['Integrity', l], ['Availability', l === 'Low' ? 'Low' : 'Moderate'], ['Overall Security Categorization', l]]),
    p(`SC ${P.abbr} = {(confidentiality, ${l.toUpperCase()}), (integrity, ${l.toUpperCase()}), (availability, ${l === 'Low' ? 'LOW' : 'MODERATE'})}`),
    h1('Approval'),
    p(`The categorization was reviewed with the ${P.agencyAbbr} ISSM and is approved by the system owner.`),
  ];
}

export function scrmBody(P: Product): Block[] {
  return [
    h1('1. Purpose'),
    p(`This Supply Chain Risk Management Plan (SCRMP) documents how ${CO.name} identifies, assesses and mitigates supply chain risks to ${P.name}, implementing the NIST SP 800-53 Rev. 5 SR family (SR-1 through SR-12 as selected in the FedRAMP ${P.impact} baseline) and guidance from NIST SP 800-161 Rev. 1.`),
    h1('2. Scope'),
    p('The plan covers suppliers of hardware, software, open-source components, cloud infrastructure services, managed security services and subcontracted personnel that support the system.'),
    h1('3. SCRM Roles'),
    table([['Role', 'Responsibility'], ['SCRM Lead', 'Owns the plan and supplier risk register'], ['Procurement', 'Includes SCRM clauses in purchase orders and subcontracts'], ['Engineering', 'Maintains the software bill of materials (SBOM) and component provenance'], ['ISSO', 'Assesses supplier risk in security impact analyses']]),
    h1('4. Supplier Assessment'),
    p('Critical suppliers are assessed before onboarding and annually using a questionnaire aligned to NIST SP 800-161, review of FedRAMP authorizations or SOC 2 reports, financial stability checks, foreign ownership, control or influence (FOCI) screening, and a check against the System for Award Management exclusions list and the FASCSA orders.'),
    h1('5. Component Provenance and Integrity'),
    p('Container base images are pulled only from the hardened internal registry; third-party packages are pinned by digest, scanned for vulnerabilities and licences, and recorded in an SBOM in SPDX format for each release. Build artifacts are signed and verified at deployment (SR-4, SR-11).'),
    h1('6. Notification and Incident Coordination'),
    p('Suppliers must notify CFSI of security incidents or compromises affecting delivered components within 72 hours; CFSI evaluates impact and notifies the agency in accordance with the Incident Response Plan.'),
    h1('7. Plan Review'),
    p('The SCRMP is reviewed annually and whenever a critical supplier changes.'),
  ];
}

export function scrEntries(P: Product): Block[] {
  return [
    h1('Section A: Request Information'),
    table([['CSP Name', CO.name], ['Cloud Service Offering', P.name], ['FedRAMP Package ID', P.fedrampId], ['Impact Level', P.impact], ['Authorizing Agency', P.agency], ['Date of Request', '2025-04-22'], ['Requested Implementation Date', '2025-06-14']], false),
    h1('Section B: Description of the Proposed Change'),
    p(`${CO.short} proposes to migrate the ${P.abbr} relational database tier from self-managed PostgreSQL on EC2 instances to the FedRAMP-authorized managed relational database service within ${P.iaas}. The change alters the components within the authorization boundary, the inventory, the data flow diagram and the implementation of controls CP-9, CP-10, SC-28 and SI-2.`),
    h1('Section C: Type of Change'),
    table([['Change Type', 'Selected'], ['Adding a new leveraged service (external or inherited)', 'X'], ['Change in the authorization boundary', 'X'], ['New data types or change in FIPS 199 categorization', ''], ['Change in cryptographic modules', ''], ['Change to a third-party service', '']]),
    h1('Section D: Security Impact Analysis'),
    p('The security impact analysis identified that backups, encryption at rest and patching responsibilities move partly to the inherited service; the customer responsibility matrix and the SSP control implementation statements will be updated. No new external interconnections are introduced. Residual risk is assessed as low.'),
    h1('Section E: Assessment Approach'),
    p('The 3PAO will assess the affected controls and perform vulnerability scanning of the new components before the change goes into production, documenting the results in a significant change SAR.'),
    h1('Section F: Attestation'),
    p(`I attest that the information in this Significant Change Request is accurate and complete. ${CO.pm}, System Owner.`),
  ];
}

export function drEntries(P: Product): Block[] {
  return [
    h1('Deviation Request Information'),
    table([['CSP', CO.name], ['System Name', P.name], ['Impact Level', P.impact], ['DR Number', `${P.abbr}-DR-2025-007`], ['Related POA&M ID', 'V-2025-0183'], ['Deviation Type', 'Operational Requirement (OR)']], false),
    h1('Vulnerability Information'),
    table([['Field', 'Value'], ['Scanner', 'Tenable Nessus 10.8'], ['Plugin / Finding ID', '57582 - SSL Self-Signed Certificate'], ['Affected Assets', 'cic-mgmt-jump01, cic-mgmt-jump02'], ['Original Risk Rating', 'Moderate'], ['Detection Date', '2025-02-03']]),
    h1('Justification for Deviation'),
    p('The affected listener is the management interface of the privileged access bastion, reachable only from the internal management subnet. The certificate is issued by the CFSI internal certificate authority, which is not in the scanner trust store; replacing it with a public certificate would expose internal host names. The operational requirement is that the bastion presents an internal certificate.'),
    h1('Compensating Controls'),
    bullets('Access to the listener is restricted by security group to the management subnet.', 'Administrators authenticate with phishing-resistant MFA before reaching the bastion.', 'The internal CA root is distributed to all managed endpoints.'),
    h1('Agency Determination'),
    table([['Decision', 'Approved / Denied', 'AO or Designee Signature', 'Date'], ['', '', '', '']]),
  ];
}
