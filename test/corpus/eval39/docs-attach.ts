import { buildDocx } from './kit/docx.js';
import type { Block } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { buildXlsx } from './kit/xlsx.js';
import { ORG, PLATFORM, approvals, revisionHistory, sectionsToBlocks, sectionsToMarkdown, sectionsToPdf, sectionsToText, toc } from './kit/common.js';
import type { EvalDoc, Section } from './kit/common.js';

function cover(title: string, version: string, date: string): Block[] {
  return [
    { t: 'big', text: ORG.system, size: 30 },
    { t: 'big', text: title },
    { t: 'center', text: `${ORG.csp}  |  Version ${version}  |  ${date}` },
    { t: 'break' },
  ];
}

async function policies(): Promise<Buffer> {
  const s: Section[] = [
    { h: 'Purpose', ps: [`This Access Control Policy and Procedures document establishes the access control requirements for ${ORG.system} and implements NIST SP 800-53 Rev5 control AC-1 and the AC family at the FedRAMP Moderate baseline. It is Appendix A of the SSP policy set.`] },
    { h: 'Scope', ps: ['This policy applies to all Briefwell workforce members, contractors and automated accounts with access to components inside the authorization boundary, and to agency tenant administrators to the extent described in the customer responsibility matrix.'] },
    { h: 'Roles and Responsibilities', ps: ['The CISO owns this policy and reviews it at least annually. The ISSO monitors compliance. System owners approve access to their components. Managers attest to the continued need for access in quarterly reviews.'] },
    { h: 'Policy', ps: ['Access is granted on a least-privilege, need-to-know basis. Shared accounts are prohibited. Privileged access requires PIV or FIDO2 multi-factor authentication. Access to agency matter content by Briefwell personnel requires a support ticket approved by the agency matter administrator.'], sub: [{ h: 'Account Management (AC-2)', ps: ['Accounts are requested, approved, provisioned, reviewed and removed according to the procedures in Section 5. Inactive accounts are disabled after 90 days; accounts of departing personnel are disabled within 8 hours of separation.'] }, { h: 'Session Controls (AC-11, AC-12)', ps: ['Sessions lock after 15 minutes of inactivity and terminate after 12 hours.'] }] },
    { h: 'Procedures', ps: ['AC-2 Procedure 1: The requester submits an access request in ServiceNow naming the role and justification. AC-2 Procedure 2: The manager and system owner approve. AC-2 Procedure 3: Identity engineering provisions through the identity governance tool; evidence is attached to the ticket. AC-2 Procedure 4: Quarterly, managers certify each entitlement; uncertified entitlements are revoked after 10 business days.'] },
    { h: 'Policy Review and Enforcement', ps: ['Violations may result in disciplinary action up to termination. Exceptions require a documented risk acceptance by the CISO. The policy is reviewed annually and procedures at least annually or after significant changes.'] },
  ];
  return buildDocx([...cover('Access Control (AC) Policy and Procedures', '2.1', 'January 6, 2025'), ...revisionHistory([['2023-05-01', '1.0', 'Initial issue', ORG.ciso], ['2025-01-06', '2.1', 'Rev5 alignment; added AC-2(13)', ORG.isso]]), ...approvals([[ORG.ciso, 'Policy Owner'], [ORG.ceo, 'CEO']]), { t: 'break' }, ...sectionsToBlocks(s)], { meta: { title: 'AC Policy', creator: ORG.ciso }, footer: 'Briefwell Internal', pageNumbers: true });
}

function policiesPdf(): Promise<Buffer> {
  const s: Section[] = [
    { h: 'Introduction', ps: [`This document contains the System and Communications Protection (SC) and System and Information Integrity (SI) policies and procedures for ${ORG.system}, satisfying SC-1 and SI-1 at the FedRAMP Moderate baseline.`] },
    { h: 'System and Communications Protection Policy', ps: ['All data in transit must use FIPS-validated TLS 1.2 or higher. Boundary protection devices deny by default. Cryptographic keys are generated and stored in AWS KMS; key rotation occurs annually. Tenant data segregation is enforced by per-tenant keys and row-level security in the matter database.'] },
    { h: 'System and Communications Protection Procedures', ps: ['SC-7 procedure: Network engineering reviews security group and WAF rule changes through pull requests; the ISSO reviews the boundary monthly. SC-12 procedure: key administrators request new tenant keys via the tenant onboarding runbook; dual control is enforced for key deletion.'] },
    { h: 'System and Information Integrity Policy', ps: ['Flaws are identified through monthly authenticated scanning and remediated within FedRAMP timeframes. Malicious code protection runs on every processing worker, scanning ingested collections before expansion.'] },
    { h: 'System and Information Integrity Procedures', ps: ['SI-2 procedure: scan results are triaged weekly; remediation tickets carry due dates computed from the discovery date. SI-4 procedure: the SOC monitors GuardDuty, WAF and application anomaly alerts 24x7.'] },
    { h: 'Review', ps: ['These policies and procedures are reviewed annually by the CISO and after any significant change.'] },
  ];
  return buildPdf([{ t: 'title', text: 'SC and SI Policies and Procedures' }, { t: 'title', text: ORG.system }, ...sectionsToPdf(s)], { title: 'SC-SI Policies and Procedures', author: ORG.ciso, footer: 'Briefwell Systems - Internal' });
}

function userGuideSections(): Section[] {
  return [
    { h: 'About This Guide', ps: [`This user guide explains how agency administrators and reviewers use ${ORG.system} securely: signing in through agency federation, configuring tenant security settings, managing matters and roles, and exporting audit trails.`] },
    { h: 'Signing In', ps: ['Open your agency\'s tenant URL (https://<agency>.gov.briefwellcloud.us). You will be redirected to your agency identity provider. Use your PIV card when prompted. If you see "Access not provisioned", ask your matter administrator to add you to a review group.'] },
    { h: 'Tenant Security Settings (Administrators)', ps: ['Go to Admin > Security. Set the session timeout (default 15 minutes), the inactivity period after which accounts are disabled, IP allow-lists for the tenant, and whether downloads of natives are permitted.'], bullets: ['Require PIV for Matter Administrator and Production Manager roles', 'Enable download watermarking with user name and timestamp', 'Configure audit export to your agency SIEM via the syslog forwarder'] },
    { h: 'Creating a Matter and Assigning Roles', ps: ['Select Matters > New Matter, enter the matter name, docket number and custodians. Under Access, assign review groups. Privilege reviewers can see documents coded Potentially Privileged; regular reviewers cannot.'] },
    { h: 'Issuing a Legal Hold', ps: ['From the matter, choose Holds > New Hold Notice, select custodians, compose or choose a template, and send. Custodians acknowledge by signing in. Non-responsive custodians are escalated automatically after 5 business days.'] },
    { h: 'Exporting the Audit Trail', ps: ['Admin > Audit > Export produces a CSV of user actions for a date range. Exports are themselves logged.'] },
    { h: 'Getting Help', ps: ['Contact Briefwell Government Support at support-gov@briefwell.example or 1-800-555-0142, 24x7. Never send document content by email; use the secure support upload.'] },
  ];
}

function digitalIdentity(): Section[] {
  return [
    { h: 'Introduction', ps: [`This Digital Identity Worksheet documents the digital identity level selection for ${ORG.system} in accordance with NIST SP 800-63-3 and the FedRAMP Digital Identity Requirements. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).`] },
    { h: 'Potential Impact of Authentication Errors', ps: ['The table evaluates the impact of an authentication error for each category defined in SP 800-63-3 Section 6.'], table: [['Impact Category', 'Potential Impact Level'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']] },
    { h: 'Digital Identity Level Selection', ps: ['Based on the impacts above and the processing of privileged litigation material, the system requires IAL2, AAL2 (AAL3 for privileged roles) and FAL2.'], table: [['Digital Identity Level', 'Selection'], ['IAL', '2'], ['AAL', '2 (3 for privileged)'], ['FAL', '2']] },
    { h: 'Justification', ps: ['Agency users are identity-proofed by their agencies (PIV issuance) and federate through SAML assertions signed and encrypted for the relying party, satisfying FAL2. Briefwell privileged users are identity-proofed through I-9 and background investigation and use PIV-I derived credentials.'] },
  ];
}

function pia(): Section[] {
  return [
    { h: 'Privacy Threshold Analysis', ps: ['Does the system collect, maintain or disseminate personally identifiable information (PII)? Yes. Custodian names, agency email addresses and job titles are maintained for legal holds; ingested ESI may contain any category of PII, including SSNs, medical information and financial account data belonging to members of the public.'], table: [['Question', 'Answer'], ['Does the system contain PII about members of the public?', 'Yes (within collected ESI)'], ['Does the system contain PII about federal employees?', 'Yes (custodian roster)'], ['Is a PIA required?', 'Yes']] },
    { h: 'Privacy Impact Assessment', ps: [`Section 1 - Characterization of the information: ${ORG.system} stores the custodian roster and the content of collected ESI for the duration of each matter. Section 2 - Uses of the information: PII is used solely to meet preservation, review and production obligations. Section 3 - Retention: matter data is retained until the agency closes the matter and then deleted within 30 days, or retained under the agency's records schedule.`] },
    { h: 'Notice and Consent', ps: ['Individuals whose information appears in collected ESI do not receive notice from the CSP; notice, where required, is provided by the agency through its System of Records Notice. Custodians receive notice through the legal hold notice.'] },
    { h: 'Access and Sharing', ps: ['PII is accessible only to agency users assigned to a matter. Productions to opposing parties are made by the agency under protective orders. Briefwell does not sell or share PII.'] },
    { h: 'Privacy Controls', ps: ['The system supports PII detection (SSN, DOB, account-number patterns) to assist redaction, and the agency can apply retention and disposition per matter. Privacy controls from the SP 800-53 PT family are addressed in the SSP.'] },
  ];
}

function rob(): Section[] {
  return [
    { h: 'Introduction', ps: [`These Rules of Behavior apply to all privileged and non-privileged users of ${ORG.system}. Users must read and acknowledge them before access is granted and annually thereafter.`] },
    { h: 'Responsibilities', ps: [], bullets: ['I will use the system only for authorized agency legal matters.', 'I will not share my PIV PIN, password or session with anyone.', 'I will not download natives or productions to personal devices.', 'I will not attempt to access matters I have not been assigned to.', 'I will report suspected security incidents to my agency help desk and to Briefwell support immediately.', 'I will lock my workstation when I step away.', 'I understand that all my activity is logged and may be monitored.'] },
    { h: 'Privileged Users', ps: ['Privileged users additionally agree to use administrative access only through the approved session manager, to never access customer document content except under an approved support ticket, and to protect break-glass credentials.'] },
    { h: 'Consequences', ps: ['Violations may result in loss of access, disciplinary action, and civil or criminal penalties.'] },
    { h: 'Acknowledgement', ps: ['I have read and understand the Rules of Behavior and agree to comply.\n\nName: ____________________  Signature: ____________________  Date: __________'] },
  ];
}

function iscp(): Section[] {
  return [
    { h: 'Introduction and Purpose', ps: [`This Information System Contingency Plan (ISCP) establishes procedures to recover ${ORG.system} following a disruption. It follows NIST SP 800-34 Rev1 and addresses the CP family of the FedRAMP Moderate baseline.`] },
    { h: 'Concept of Operations', ps: [PLATFORM[4]!, 'Recovery Time Objective (RTO): 8 hours. Recovery Point Objective (RPO): 1 hour for the matter database and 15 minutes for object storage (cross-region replication). Maximum Tolerable Downtime: 24 hours.'] },
    { h: 'Roles and Responsibilities', ps: ['Contingency Plan Coordinator: Director of Site Reliability. Recovery team leads: database, platform, application, and communications.'], table: [['Role', 'Primary', 'Alternate'], ['ISCP Coordinator', 'S. Iverson', 'R. Galloway'], ['Database Recovery Lead', 'K. Tran', 'M. Ortiz'], ['Communications Lead', ORG.isso, ORG.ciso]] },
    { h: 'Activation and Notification Phase', ps: ['The plan is activated when an outage is expected to exceed 4 hours or a region is lost. The coordinator notifies agency points of contact, the FedRAMP PMO where required, and the recovery teams through the on-call paging system.'] },
    { h: 'Recovery Phase', ps: ['Fail over DNS to the US-East standby; promote the Aurora global database secondary; scale the EKS node groups; restore OpenSearch from the most recent snapshot and re-index documents processed since the snapshot; validate legal hold scheduler and notification queue.'] },
    { h: 'Reconstitution Phase', ps: ['Validate data integrity with hash comparison of a sample of productions; confirm audit trail continuity; notify users of restored service; fail back during a maintenance window.'] },
    { h: 'Plan Testing and Maintenance', ps: ['The plan is tested annually through a functional exercise and reviewed after every activation.'] },
  ];
}

function cmp(): Section[] {
  return [
    { h: 'Purpose', ps: [`This Configuration Management Plan describes how ${ORG.csp} establishes and maintains the integrity of ${ORG.system}'s configuration throughout its life cycle, implementing the CM family of controls.`] },
    { h: 'Configuration Control Board', ps: ['The Configuration Control Board (CCB) consists of the VP Engineering (chair), the ISSO, the SRE lead and the product owner for the review workspace. The CCB meets weekly and reviews all normal changes; standard changes are pre-approved templates; emergency changes are reviewed retroactively within two business days.'] },
    { h: 'Baseline Configurations', ps: ['Baselines are maintained as code: Terraform modules for cloud resources, Helm charts for workloads, and hardened image definitions for EKS nodes and containers, each versioned in Git. Baselines are reviewed annually and when significant changes occur.'] },
    { h: 'Change Control Process', ps: ['Every change is raised as a pull request linked to a change ticket, requires two approvals including a code owner, passes automated security tests (SAST, dependency and image scanning), and is deployed by the pipeline. Security impact analyses are recorded in the ticket. Changes that may be significant under FedRAMP are escalated to the ISSO for a significant change determination.'] },
    { h: 'Configuration Monitoring', ps: ['AWS Config and the admission controller detect drift; deviations raise tickets. The inventory is regenerated monthly from the cloud APIs and reconciled with the CMDB.'] },
    { h: 'Roles', ps: [], table: [['Role', 'Responsibility'], ['Change requester', 'Raises the change and security impact analysis'], ['CCB', 'Approves or rejects normal changes'], ['ISSO', 'Assesses security impact and FedRAMP notification needs'], ['Release engineer', 'Executes deployment and rollback']] },
  ];
}

function irp(): Section[] {
  return [
    { h: 'Purpose and Scope', ps: [`This Incident Response Plan describes how ${ORG.csp} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${ORG.system}, and how incidents are reported to customer agencies, US-CERT/CISA and the FedRAMP PMO.`] },
    { h: 'Incident Response Team', ps: ['The Computer Security Incident Response Team (CSIRT) is led by the CISO and includes the ISSO, SOC analysts, SRE on-call, legal counsel and customer communications.'] },
    { h: 'Incident Categories and Severity', ps: [], table: [['Severity', 'Definition', 'Examples'], ['SEV-1', 'Confirmed compromise of agency data', 'Cross-tenant access to a matter; exfiltration of productions'], ['SEV-2', 'Suspected compromise or loss of a security control', 'Malware in ingested collection that executed; credential leak'], ['SEV-3', 'Policy violation without data exposure', 'Unauthorised download attempt blocked']] },
    { h: 'Reporting', ps: ['Incidents affecting agency data are reported to the affected agency and to CISA within one hour of identification, and to the FedRAMP PMO. The ISSO maintains the incident record; updates are sent daily until closure.'] },
    { h: 'Detection and Analysis', ps: ['Sources include SIEM correlation, GuardDuty findings, WAF anomalies, reviewer behaviour analytics (mass view/export), and reports from agencies. Analysts preserve evidence (snapshots, logs) with chain of custody before containment.'] },
    { h: 'Containment, Eradication and Recovery', ps: ['Containment options include revoking sessions, disabling accounts, isolating worker nodes and rotating keys. Eradication removes the cause; recovery restores from trusted images and verified backups.'] },
    { h: 'Post-Incident Activity', ps: ['A lessons-learned review is held within 10 days; corrective actions enter the POA&M where they concern control weaknesses.'] },
    { h: 'Testing', ps: ['The plan is tested annually through a tabletop exercise simulating a cross-tenant data exposure.'] },
  ];
}

function scrm(): Section[] {
  return [
    { h: 'Introduction', ps: [`This Supply Chain Risk Management (SCRM) Plan describes how ${ORG.csp} identifies, assesses and mitigates supply chain risks to ${ORG.system}, implementing SR-2 and related SR family controls of NIST SP 800-53 Rev5 and the guidance of NIST SP 800-161r1.`] },
    { h: 'Roles', ps: ['The SCRM team comprises Procurement, Security Engineering, Legal and the ISSO. Legal reviews contractual flow-down clauses; Security Engineering performs technical supplier assessments.'] },
    { h: 'Critical Suppliers and Components', ps: ['Critical suppliers include the IaaS provider (AWS GovCloud, FedRAMP High), the OCR engine vendor, the email-threading analytics library vendor, and open-source components in the processing pipeline.'], table: [['Supplier / Component', 'Criticality', 'Assurance'], ['AWS GovCloud', 'Critical', 'FedRAMP High P-ATO'], ['OCR engine (commercial licence)', 'High', 'Vendor questionnaire, SBOM, code escrow'], ['Apache Tika', 'High', 'SBOM, signature verification, pinned versions'], ['Email threading library', 'Moderate', 'Vendor assessment']] },
    { h: 'Supplier Assessment and Monitoring', ps: ['New suppliers complete a security questionnaire and provide evidence (SOC 2, FedRAMP status, SBOM). Suppliers are re-assessed annually. Notifications of supplier compromise trigger the incident response process.'] },
    { h: 'Provenance and Component Authenticity', ps: ['Container images and dependencies are built from pinned, signed sources; SBOMs are generated for every release and retained. Counterfeit or tampered components are reported per SR-11.'] },
    { h: 'Plan Review', ps: ['The plan is reviewed annually and when critical suppliers change.'] },
  ];
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const fips = [
    ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'],
    ['Legal Litigation', 'C.3.5.3', 'Moderate', 'Moderate', 'Low'],
    ['Legal Investigation', 'C.3.5.1', 'Moderate', 'Moderate', 'Moderate'],
    ['Legal Prosecution and Litigation', 'D.17.3', 'Moderate', 'Moderate', 'Low'],
    ['Records Retention', 'C.3.4.2', 'Low', 'Low', 'Low'],
    ['Overall (high-water mark)', '', 'Moderate', 'Moderate', 'Moderate'],
  ];
  const fipsSections: Section[] = [
    { h: 'Introduction and Purpose', ps: [`This document provides the FIPS 199 security categorization for ${ORG.system}, following FIPS PUB 199 and NIST SP 800-60 Volumes I and II. The categorization determines the FedRAMP baseline (Moderate) applied in the System Security Plan.`] },
    { h: 'Scope', ps: ['The categorization covers all information types processed, stored or transmitted by the system on behalf of agency customers.'] },
    { h: 'System Description', ps: [PLATFORM[0]!] },
    { h: 'Methodology', ps: ['Information types were identified with the agency Office of General Counsel; provisional impact levels from SP 800-60 Volume II were reviewed and adjusted for the sensitivity of privileged litigation material.'] },
    { h: 'Security Categorization Results', ps: ['SC Briefwell Matter Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}'], table: fips },
  ];
  const sod = [
    ['Role', 'Request Access', 'Approve Access', 'Provision Access', 'Develop Code', 'Approve Code Change', 'Deploy to Production', 'Review Audit Logs', 'Manage KMS Keys', 'Approve Key Deletion'],
    ['Software Engineer', 'X', '', '', 'X', '', '', '', '', ''],
    ['Engineering Manager', 'X', 'X', '', '', 'X', '', '', '', ''],
    ['Release Engineer (CI/CD)', '', '', '', '', '', 'X', '', '', ''],
    ['Identity Engineer', '', '', 'X', '', '', '', '', '', ''],
    ['Security Analyst (SOC)', '', '', '', '', '', '', 'X', '', ''],
    ['Key Administrator', '', '', '', '', '', '', '', 'X', ''],
    ['CISO', '', 'X', '', '', '', '', 'X', '', 'X'],
    ['Agency Matter Administrator', 'X', 'X', '', '', '', '', 'X (tenant)', '', ''],
  ];
  const laws = [
    ['Identification Number', 'Title', 'Date', 'Link'],
    ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
    ['44 U.S.C. Chapter 31, 33', 'Federal Records Act', '1950, amended 2014', 'https://www.archives.gov/about/laws'],
    ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
    ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', 'August 2021', ''],
    ['Fed. R. Civ. P. 26, 34, 37(e)', 'Federal Rules of Civil Procedure (ESI discovery and preservation)', 'December 2015', 'https://www.uscourts.gov/rules-policies'],
    ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', ''],
    ['NIST SP 800-53 Rev5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', ''],
    ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', ''],
    ['32 CFR Part 2002', 'Controlled Unclassified Information', 'September 2016', ''],
  ];
  const crmRows = (prefix: string): (string | null)[][] => [
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control', 'Customer Responsibility', 'Implemented', 'Partially Implemented', 'Planned', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
    [`${prefix}AC-1`, 'No', '', 'Agency develops its own access control policy for its users of the service.', 'X', '', '', 'X', '', '', '', 'X', '', ''],
    [`${prefix}AC-2`, 'Partial', 'Internal account management', 'Agency matter administrators assign review groups and remove users; agency IdP deprovisioning.', 'X', '', '', '', '', '', 'X', '', 'X', ''],
    [`${prefix}AC-2(3)`, 'Partial', '', 'Agency sets tenant inactivity period.', 'X', '', '', '', '', '', 'X', '', '', ''],
    [`${prefix}AU-6`, 'Partial', 'Platform log review', 'Agency reviews tenant audit exports for its users.', 'X', '', '', '', '', '', '', '', 'X', ''],
    [`${prefix}IA-2`, 'Partial', '', 'Agency IdP authenticates users with PIV.', 'X', '', '', '', '', '', '', 'X', 'X', ''],
    [`${prefix}SC-28`, 'Yes', 'Encryption at rest (KMS)', '', 'X', '', '', '', 'X', '', '', '', '', 'X'],
    [`${prefix}PE-3`, 'Yes', 'AWS GovCloud physical access', '', 'X', '', '', '', '', '', '', '', '', 'X'],
  ];
  return [
    { file: 'AC_Policy_2025.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Access Control Policy and Procedures (AC-1 family) for the system, with procedures steps.', data: await policies() },
    { file: 'doc_sc_si.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'SC and SI family policies and procedures in PDF.', data: await policiesPdf() },
    { file: 'BMC Admin and Reviewer Guide.docx', expected: 'USER_GUIDE', note: 'FedRAMP user guide explaining secure use and tenant security settings for agency users.', data: await buildDocx([...cover('User Guide for Agency Administrators and Reviewers', '3.0', 'March 2025'), ...toc(userGuideSections()), ...sectionsToBlocks(userGuideSections())], { meta: { title: 'User Guide', creator: 'Docs Team' }, header: `${ORG.system} User Guide` }) },
    { file: 'README-gov.md', expected: 'USER_GUIDE', note: 'The same kind of user guide kept as markdown in the docs site repository.', data: `# ${ORG.system} — User Guide (Government Tenants)\n\n> Version 3.1 · maintained by Briefwell Documentation · last reviewed 2025-03-01\n\n${sectionsToMarkdown(userGuideSections())}` },
    { file: 'DIW_BMC.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'SP 800-63-3 digital identity worksheet selecting IAL/AAL/FAL.', data: await buildDocx([...cover('Digital Identity Worksheet', '1.1', 'December 2, 2024'), ...revisionHistory([['2024-12-02', '1.1', 'Updated AAL for privileged users', ORG.isso]]), ...sectionsToBlocks(digitalIdentity())], { meta: { creator: ORG.isso } }) },
    { file: 'attachment-3.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet in PDF (SSP attachment 3).', data: await buildPdf([{ t: 'title', text: `${ORG.system} Digital Identity Worksheet` }, ...sectionsToPdf(digitalIdentity())], { title: 'Attachment 3 - Digital Identity Worksheet' }) },
    { file: 'PTA-PIA signed.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis and Privacy Impact Assessment for the system.', data: await buildDocx([...cover('Privacy Threshold Analysis and Privacy Impact Assessment', '1.0', 'November 2024'), ...sectionsToBlocks(pia()), ...approvals([[ORG.counsel, 'Privacy Officer'], [ORG.isso, 'ISSO']])], { meta: { creator: ORG.counsel, title: 'PIA' } }) },
    { file: 'privacy_review.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment in PDF with the PTA questions.', data: await buildPdf([{ t: 'title', text: 'Privacy Impact Assessment (PIA)' }, { t: 'p', text: `${ORG.system} - ${ORG.csp}` }, ...sectionsToPdf(pia())], { author: ORG.counsel }) },
    { file: 'ROB.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged and non-privileged users with acknowledgement block.', data: await buildDocx([...cover('Rules of Behavior', '1.4', 'February 2025'), ...sectionsToBlocks(rob())], { meta: {}, plainHeadings: true }) },
    { file: 'rob-ack.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text Rules of Behavior as pasted into the onboarding portal.', data: `${ORG.system.toUpperCase()}\nRULES OF BEHAVIOR FOR USERS\nVersion 1.4 - February 2025\n\n${sectionsToText(rob())}` },
    { file: 'BMC_ISCP_v2.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with RTO/RPO, activation, recovery and reconstitution phases.', data: await buildDocx([...cover('Information System Contingency Plan (ISCP)', '2.0', 'January 2025'), ...revisionHistory([['2024-06-01', '1.0', 'Initial', 'S. Iverson'], ['2025-01-15', '2.0', 'Added US-East warm standby', 'S. Iverson']]), ...toc(iscp()), ...sectionsToBlocks(iscp())], { meta: { title: 'ISCP', creator: 'S. Iverson' }, pageNumbers: true }) },
    { file: 'Final_v2.pdf', expected: 'CONTINGENCY_PLAN', note: 'The contingency plan exported to PDF with no document metadata.', data: await buildPdf([{ t: 'title', text: `${ORG.system} Information System Contingency Plan` }, ...sectionsToPdf(iscp())], { header: 'CUI' }) },
    { file: 'cmp.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan with CCB, baselines and change control.', data: await buildDocx([...cover('Configuration Management Plan', '1.2', 'October 2024'), ...sectionsToBlocks(cmp())], { meta: { title: 'Incident Response Plan', creator: 'tbeltran' } }) },
    { file: 'CONFIG-MGMT.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan kept in the engineering wiki as markdown.', data: `# Configuration Management Plan\n\n**System:** ${ORG.system}  \n**Owner:** ${ORG.vpe}  \n**Version:** 1.3 (2025-02-11)\n\n${sectionsToMarkdown(cmp())}` },
    { file: 'IRP-2025.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan with severity table and reporting to agencies, CISA and the PMO.', data: await buildDocx([...cover('Incident Response Plan', '3.0', 'January 2025'), ...sectionsToBlocks(irp())], { meta: { title: 'IRP', creator: ORG.ciso }, footer: 'CUI' }) },
    { file: 'upload.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan in PDF.', data: await buildPdf([{ t: 'title', text: 'Incident Response Plan' }, { t: 'p', text: ORG.system }, ...sectionsToPdf(irp())]) },
    { file: 'CIS-CRM_BMC.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with implementation summary and customer responsibility sheets.', data: await buildXlsx([{ name: 'Instructions', rows: [[`${ORG.system} - Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`], ['This workbook summarizes the implementation status and origination of each control and the responsibilities agencies retain.'], ['Version 1.3 - February 2025']] }, { name: 'CIS Worksheet', rows: crmRows(''), boldRows: [1] }, { name: 'CRM Worksheet', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ['AC-2', 'Partial', 'Agency matter administrators manage tenant users and review groups.'], ['AU-6', 'Partial', 'Agency reviews tenant audit exports.'], ['IA-2', 'No', 'Agency IdP provides PIV authentication.']], boldRows: [1] }], { creator: ORG.isso, title: 'CIS CRM' }) },
    { file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CRM worksheet only, with a title row above the header; generic file name.', data: await buildXlsx([{ name: 'Sheet1', rows: [['Customer Responsibility Matrix (CRM)'], [`${ORG.system} - FedRAMP Moderate`], [], ...crmRows('')], boldRows: [4] }]) },
    { file: 'FIPS199_categorization.docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization with SP 800-60 information types and high-water mark.', data: await buildDocx([...cover('FIPS 199 Security Categorization', '1.0', 'September 2024'), ...sectionsToBlocks(fipsSections)], { meta: { creator: ORG.isso } }) },
    { file: 'doc-0533.pdf', expected: 'FIPS_199', note: 'FIPS 199 categorization in PDF.', data: await buildPdf([{ t: 'title', text: 'FIPS PUB 199 Security Categorization Report' }, ...sectionsToPdf(fipsSections)]) },
    { file: 'SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix (AC-5) mapping roles to conflicting duties.', data: await buildXlsx([{ name: 'Separation of Duties', rows: [[`${ORG.system} Separation of Duties Matrix (AC-5)`], [], ...sod], boldRows: [3] }], { creator: ORG.isso }) },
    { file: 'AC-5 roles.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix as a Word table with explanatory text.', data: await buildDocx([{ t: 'big', text: 'Separation of Duties Matrix' }, { t: 'p', text: `This matrix documents how ${ORG.csp} separates duties among roles for ${ORG.system} to satisfy AC-5. An X indicates the role performs the function; no individual holds conflicting functions (for example, developing and deploying code, or managing and approving deletion of keys).` }, { t: 'table', rows: sod }, { t: 'p', text: 'Exceptions are approved by the CISO and reviewed quarterly.' }], { meta: { title: 'SoD' } }) },
    { file: 'laws-regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment listing applicable statutes, OMB guidance and standards.', data: await buildXlsx([{ name: 'Laws and Regulations', rows: [[`${ORG.system} - FedRAMP Laws and Regulations`], [], ...laws], boldRows: [3] }]) },
    { file: 'Attachment 12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws, regulations, standards and guidance table as a Word attachment.', data: await buildDocx([{ t: 'big', text: 'Attachment 12 - FedRAMP Laws and Regulations' }, { t: 'p', text: `The following laws, regulations, standards and guidance apply to ${ORG.system}.` }, { t: 'table', rows: laws }]) },
    { file: 'SCRM_Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR-2) with critical suppliers.', data: await buildDocx([...cover('Supply Chain Risk Management Plan', '1.0', 'February 2025'), ...sectionsToBlocks(scrm())], { meta: { creator: 'Procurement' } }) },
    { file: 'vendor-risk.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'SCRM plan in PDF; file name suggests a vendor risk file.', data: await buildPdf([{ t: 'title', text: `${ORG.system} Supply Chain Risk Management (SCRM) Plan` }, ...sectionsToPdf(scrm())]) },
  ];
}
