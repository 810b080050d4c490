/** SSP attachments (each its own code) in docx, pdf, markdown, xlsx and csv. */
import { type Block, csv, docx, sections, xlsx } from './kit.js';
import { filler as fill } from './prose.js';
import { S, type Sec, docFront, md, mdFront, pandocPdf } from './docs-prose.js';
import { CSP, FR_ID, SYS, SYS_SHORT, type EvalDoc } from './types.js';

function cover(title: string, sub: string, ver: string): Block[] {
  return [{ big: SYS }, { center: title }, { center: sub }, { center: `Version ${ver} - June 2025` }, { center: CSP }, { pagebreak: true }];
}

export async function attachDocs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [];
  const add = (file: string, expected: EvalDoc['expected'], note: string, data: Buffer | string): void => {
    docs.push({ file, expected, note, data });
  };

  // ---------------- POLICIES_AND_PROCEDURES
  const acSecs: Sec[] = [
    S('Purpose', `This document establishes the Access Control (AC) policy and the associated procedures for the ${SYS}, as required by control AC-1 of NIST SP 800-53 Rev 5.`, 'access control policy', 1),
    S('Scope', 'This policy applies to all Cirrusway employees, contractors and automated identities that access production or compliance systems within the authorization boundary.', 'policy scope', 1),
    S('Roles and Responsibilities', 'The CISO owns this policy. The ISSO maintains the procedures. Managers approve access requests for their staff; the Platform SRE team implements access changes through code.', 'policy roles', 1),
    S('Management Commitment and Compliance', 'Violations of this policy may result in disciplinary action up to and including termination. Compliance is verified through quarterly access reviews.', 'policy compliance', 1),
    S('Policy Statements', 'AC-2: accounts are requested through the access portal, approved by the manager and data owner, and provisioned by automation. AC-3: access is enforced by IAM and Kubernetes RBAC. AC-6: privileged access is just-in-time and time-limited. AC-17: remote access requires MFA through the zero-trust proxy.', 'account management', 2),
    S('Procedures', 'Procedure AC-P-01 Account provisioning; AC-P-02 Quarterly access recertification; AC-P-03 Emergency (break-glass) access; AC-P-04 Termination and transfer. Each procedure lists its trigger, steps, responsible role and the evidence produced.', 'access procedures', 2),
    S('Policy Review', 'This policy is reviewed at least annually and procedures at least annually, or following significant changes or incidents.', 'policy review', 1),
  ];
  add('AC_policy.docx', 'POLICIES_AND_PROCEDURES', 'Access Control Policy and Procedures (AC-1) docx with revision history, approvals, policy statements and procedures.',
    await docx({ meta: { title: 'Access Control Policy and Procedures', creator: 'Priya Raman' }, header: 'CAP Access Control Policy and Procedures', footer: 'Cirrusway Confidential', blocks: [...cover('Access Control Policy and Procedures', 'SSP Attachment 1', '3.1'), ...docFront(acSecs.map((s) => s.h), { legal: 'Internal use. Distribution limited to Cirrusway staff, sponsoring agencies and the 3PAO.' }), ...sections(acSecs)] }));
  const auSecs: Sec[] = [
    S('Purpose', 'This document defines the Audit and Accountability (AU) policy and procedures, satisfying AU-1.', 'audit policy', 1),
    S('Scope', 'All components of the platform and all personnel with access to audit records.', 'policy scope', 1),
    S('Policy', 'Audit records are generated for the events defined in AU-2, protected per AU-9, retained for 3 years (1 year online), and reviewed per AU-6 with automated correlation in the SIEM.', 'audit logging', 2),
    S('Procedures', 'AU-P-01 Log source onboarding; AU-P-02 Weekly audit review; AU-P-03 Audit processing failure response; AU-P-04 Log retention verification.', 'audit procedures', 2),
    S('Enforcement and Review', 'Reviewed annually by the CISO.', 'policy review', 1),
  ];
  add('au-policy.pdf', 'POLICIES_AND_PROCEDURES', 'Audit and Accountability Policy and Procedures rendered from markdown to PDF (pandoc title block, numbered sections).',
    await pandocPdf('Audit and Accountability Policy and Procedures', 'Cirrusway Security Compliance', 'Version 2.2 - May 2025', auSecs, { title: 'au-policy.md' }));

  // ---------------- USER_GUIDE
  const ugSecs: Sec[] = [
    S('About this Guide', `This User Guide explains how agency users access and use the ${SYS} securely. It covers signing in, managing applications, configuring security features and getting support.`, 'the user guide', 1),
    S('Signing In', 'Open https://console.cap.cirrusway.us and choose Sign in with your agency identity provider. The platform requires phishing-resistant MFA. If your agency has not configured federation, contact your tenant administrator.', 'signing in', 1),
    S('Creating an Application', 'Select Applications > New. Choose a runtime, connect a Git repository and select the environment. The platform builds the container image, scans it, and deploys it to your tenant cluster.', 'application deployment', 1),
    S('Managing Users and Roles', 'Tenant administrators can invite users, assign the Viewer, Developer or Admin role, and review the activity log under Settings > Audit.', 'tenant administration', 1),
    S('Security Settings You Control', 'You are responsible for configuring IP allow-lists, secrets rotation for your applications, and session timeout for your tenant (default 15 minutes).', 'customer security settings', 1),
    S('Getting Help', 'Open a ticket at https://support.cirrusway.us or call the 24x7 federal support line. Report suspected security incidents to security@cirrusway.us.', 'support', 0),
  ];
  add('CAP-User-Guide.docx', 'USER_GUIDE', 'Customer-facing User Guide (SSP Attachment 2): sign-in, application management, user roles and customer security settings.',
    await docx({ meta: { title: 'User Guide', creator: 'Docs Team' }, footer: 'Cirrusway Application Platform User Guide', blocks: [{ big: `${SYS} User Guide` }, { center: 'For agency administrators and developers' }, { center: 'Release 5.8 - June 2025' }, { pagebreak: true }, ...sections(ugSecs, 'style', false)] }));

  // ---------------- DIGITAL_IDENTITY_WORKSHEET
  add('Attachment3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet (SSP Attachment 3) selecting IAL/AAL/FAL per NIST SP 800-63-3 with the risk-assessment questions.',
    await docx({
      meta: { title: 'Digital Identity Worksheet', creator: CSP },
      header: `${SYS_SHORT} - Attachment 3`,
      blocks: [
        { big: 'Digital Identity Worksheet' },
        { p: `${SYS} | FedRAMP ID ${FR_ID}` },
        { h1: 'Introduction and Purpose' },
        { p: 'This worksheet documents the digital identity risk assessment performed in accordance with NIST SP 800-63-3 to determine the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) of the system.' },
        { h1: 'Potential Impact of Authentication Errors' },
        { table: [['Impact Category', 'Low', 'Moderate', 'High'], ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', '', 'X', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']] },
        { h1: 'Digital Identity Level Selection' },
        { table: [['Assurance', 'Level Selected', 'Rationale'], ['Identity Assurance Level (IAL)', 'IAL2', 'Users are agency employees identity-proofed by their agencies.'], ['Authenticator Assurance Level (AAL)', 'AAL2', 'Phishing-resistant MFA via federation; AAL3 available for privileged operators.'], ['Federation Assurance Level (FAL)', 'FAL2', 'Signed and encrypted SAML assertions.']] },
        { p: 'The resulting digital identity level for the system is Level 2 (IAL2/AAL2/FAL2), consistent with the Moderate security categorization.' },
        { p: 'Prepared by: Dana Whitfield, System Owner. Date: 2025-05-20.' },
      ],
    }));

  // ---------------- PRIVACY_ASSESSMENT
  add('pta_2025.docx', 'PRIVACY_ASSESSMENT', 'Privacy Threshold Analysis (PTA) questionnaire with yes/no answers on PII collection and the PIA determination.',
    await docx({
      meta: { title: 'Template', creator: 'agency template' },
      blocks: [
        { bold: 'Privacy Threshold Analysis (PTA)' },
        { p: `System: ${SYS}    CSP: ${CSP}    Date: 2025-05-14` },
        { p: 'The PTA determines whether the system collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.' },
        { table: [['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'No'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes - name, work email, phone for user accounts'], ['3', 'Does the system use Social Security numbers?', 'No'], ['4', 'Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'No'], ['5', 'Has a PIA been completed previously?', 'Yes - 2023'], ['6', 'Does the system host customer (tenant) data that may contain PII?', 'Yes - tenant-controlled; tenants perform their own PIA']] },
        { bold: 'PTA Determination' },
        { p: 'The system collects limited PII about federal users for account management. A PIA is required and has been updated (see the 2025 PIA). No SORN is required for the CSP-managed data.' },
        ...filler2('privacy threshold analysis'),
        { p: 'Privacy Officer: Lena Moritz    Signature: ___________   Date: ________' },
      ],
    }));
  const piaSecs: Sec[] = [
    S('System Overview', `This Privacy Impact Assessment (PIA) covers the ${SYS}, which processes PII about agency users (name, work email, phone number, IP address) for authentication and support.`, 'privacy', 1),
    S('Characterization of the Information', 'Sources: agency identity providers via SAML/SCIM; users themselves through support tickets. Collection is limited to what is needed for account management.', 'PII collection', 1),
    S('Uses of the Information', 'PII is used to authenticate users, authorize access, audit actions and contact users about service issues.', 'PII use', 1),
    S('Retention', 'Account data is retained for the life of the account plus 90 days; audit records containing user identifiers are retained for 3 years.', 'data retention', 1),
    S('Sharing and Disclosure', 'PII is not shared outside the authorization boundary except with the sponsoring agency on request or as required by law.', 'PII sharing', 1),
    S('Notice, Access, Redress and Consent', 'Users receive a privacy notice at sign-in and may request correction through their agency.', 'privacy notice', 1),
    S('Privacy Risks and Mitigations', 'Risk of over-collection in support tickets is mitigated by PII scrubbing; risk of unauthorized access is mitigated by encryption and least privilege.', 'privacy risk', 1),
  ];
  add('doc-0730.pdf', 'PRIVACY_ASSESSMENT', 'Privacy Impact Assessment (PIA) PDF: PII characterization, uses, retention, sharing and privacy risks.',
    await pandocPdf('Privacy Impact Assessment', `${SYS} - ${CSP}`, 'May 2025', piaSecs, { title: 'Document1' }));

  // ---------------- RULES_OF_BEHAVIOR
  const robRules = [
    'I will use Cirrusway systems only for authorized business purposes.',
    'I will not share my credentials, security keys or sessions with anyone.',
    'I will not attempt to access tenant data except through approved, ticketed break-glass procedures.',
    'I will lock my workstation when unattended and report lost security keys within 1 hour.',
    'I will not store federal data on personal devices or unapproved cloud services.',
    'I will report suspected security incidents immediately to the Security Operations on-call.',
    'I understand that my activity is logged and monitored and that violations may lead to loss of access and disciplinary action.',
  ];
  add('RoB-privileged.docx', 'RULES_OF_BEHAVIOR', 'Rules of Behavior for privileged users (SSP Attachment 5) with rules list and user acknowledgement/signature block.',
    await docx({
      meta: { title: 'Rules of Behavior', creator: 'HR Compliance' },
      header: 'Cirrusway - Rules of Behavior',
      blocks: [
        { big: 'Rules of Behavior - Privileged Users' },
        { p: `These Rules of Behavior apply to all personnel with privileged access to the ${SYS}. Users must read and sign these rules before access is granted and annually thereafter.` },
        { h1: 'Rules' },
        { bullets: robRules },
        { h1: 'Additional Rules for Privileged Users' },
        { bullets: ['I will use privileged accounts only for administrative tasks and my standard account for everything else.', 'I will not bypass the change management pipeline to make production changes.', 'I will not disable or tamper with audit logging.'] },
        ...filler2('these rules of behavior'),
        { h1: 'Acknowledgement' },
        { p: 'I have read and understand the Rules of Behavior and agree to comply with them.' },
        { table: [['Name', 'Signature', 'Date'], ['', '', '']] },
      ],
    }));
  add('ROB.txt', 'RULES_OF_BEHAVIOR', 'Plain-text Rules of Behavior for tenant (non-privileged) users exported from the GRC tool, with acknowledgement statement.',
    `CIRRUSWAY APPLICATION PLATFORM\nRULES OF BEHAVIOR FOR TENANT USERS\nVersion 2.0 - effective 2025-06-01\n\n` +
      `These Rules of Behavior describe the responsibilities and expected behavior of agency users of the ${SYS}.\nBy selecting "I agree" at first sign-in you acknowledge these rules.\n\n` +
      robRules.slice(0, 2).concat(['I will protect data I upload and classify it according to my agency policy.', 'I will not attempt to probe, scan or test the vulnerability of the platform without written authorization.', 'I will report suspected incidents to my agency and to security@cirrusway.us.', 'I understand that failure to comply may result in suspension of my account.']).map((r, i) => `  ${i + 1}. ${r}`).join('\n') +
      `\n\nACKNOWLEDGEMENT\nI acknowledge that I have read, understand and will comply with these Rules of Behavior.\n\nName: ____________________   Agency: ____________________   Date: __________\n\n[exported from GRC platform, policy id POL-0042, 2025-06-02]\n`);

  // ---------------- CONTINGENCY_PLAN
  const cpSecs: Sec[] = [
    S('Introduction and Purpose', `This Information System Contingency Plan (ISCP) establishes procedures to recover the ${SYS} following a disruption.`, 'contingency planning', 1),
    S('Concept of Operations', 'The platform is deployed across two GovCloud regions. The primary region is us-gov-west-1; us-gov-east-1 hosts warm standby capacity and cross-region database replicas.', 'the recovery architecture', 1),
    S('Roles and Responsibilities', 'The Contingency Plan Coordinator (Platform SRE lead) activates the plan; the Incident Commander coordinates; the Recovery Team executes runbooks; the Communications Lead notifies agencies.', 'contingency roles', 1),
    S('Activation and Notification', 'The plan is activated when an outage exceeds or is expected to exceed 4 hours or when a region is declared impaired.', 'plan activation', 1),
    S('Recovery', 'Recovery Time Objective 8 hours; Recovery Point Objective 15 minutes. Infrastructure is redeployed from Terraform into the alternate region; databases are promoted from replicas.', 'system recovery', 2, [['Component', 'RTO', 'RPO', 'Method'], ['Console', '2 h', 'n/a', 'Redeploy via Argo CD'], ['Tenant clusters', '8 h', '15 min', 'Terraform + Velero restore'], ['Managed PostgreSQL', '4 h', '5 min', 'Promote cross-region replica']]),
    S('Reconstitution', 'Validate functionality, data integrity and security controls before returning to normal operations; deactivate the plan.', 'reconstitution', 1),
    S('Plan Testing and Maintenance', 'The plan is tested annually through a functional exercise and the results are documented in the contingency plan test report.', 'contingency plan testing', 1),
  ];
  add('iscp.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan docx (activation, recovery with RTO/RPO, reconstitution, testing).',
    await docx({ meta: { title: 'ISCP', creator: 'Platform SRE' }, header: `${SYS} ISCP`, blocks: [...cover('Information System Contingency Plan (ISCP)', 'SSP Attachment 6', '4.0'), ...docFront(cpSecs.map((s) => s.h), { distribution: ['Platform SRE', 'Security Operations', 'Customer Success (federal)', 'Agency ISSO (on request)'] }), ...sections(cpSecs)] }));
  add('CAP_Contingency_Plan_2025.pdf', 'CONTINGENCY_PLAN', 'Contingency plan for the edge runtime rendered from markdown to PDF.',
    await pandocPdf('CAP Edge Runtime - Information System Contingency Plan', 'Cirrusway SRE', '2025-04-30', cpSecs.slice(0, 6), {}, 'Low-impact ISCP following NIST SP 800-34 Rev 1.'));

  // ---------------- CONFIGURATION_MANAGEMENT_PLAN
  const cmSecs: Sec[] = [
    S('Purpose', `This Configuration Management Plan (CMP) describes how ${CSP} manages configuration of the ${SYS} throughout its lifecycle.`, 'configuration management', 1),
    S('Configuration Items', 'Configuration items include Terraform modules, Helm charts, AMI build definitions, Kubernetes admission policies, and the OSCAL sources of the SSP. All live in Git.', 'configuration items', 1),
    S('Change Control Board', 'The CCB meets weekly and approves normal changes; standard changes are pre-approved templates; emergency changes are approved by the on-call manager and reviewed retrospectively.', 'change control', 2),
    S('Baseline Configuration and Drift', 'Baselines are tagged releases. AWS Config and Argo CD detect drift; drift older than 24 hours opens an incident ticket.', 'baseline configuration', 1),
    S('Security Impact Analysis', 'Every change request includes a security impact analysis; changes that may be significant are escalated to the ISSO to decide whether a Significant Change Request is needed.', 'security impact analysis', 1),
    S('Configuration Status Accounting and Audits', 'Quarterly configuration audits compare deployed state to declared state and to the inventory.', 'configuration audits', 1),
  ];
  add('CONFIGURATION_MANAGEMENT.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan kept as markdown with front matter in the compliance repository.',
    mdFront({ title: 'Configuration Management Plan', subtitle: `${SYS} - SSP Attachment 7`, author: ['Platform SRE', 'Security Compliance'], date: '2025-05-22', version: '3.0', 'numbersections': 'true' }) + md(cmSecs));
  add('doc-0788.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan docx (older edition) with headings typed as bold paragraphs and stale metadata from another template.',
    await docx({ meta: { title: 'Incident Response Plan', creator: 'template' }, blocks: [{ bold: `${SYS} Configuration Management Plan` }, { p: 'Version 2.4 | January 2025' }, ...docFront(cmSecs.map((s) => s.h)), ...sections(cmSecs, 'bold')] }));

  // ---------------- INCIDENT_RESPONSE_PLAN
  const irSecs: Sec[] = [
    S('Purpose and Scope', `This Incident Response Plan (IRP) describes how ${CSP} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting the ${SYS}.`, 'incident response', 1),
    S('Incident Response Team', 'The Incident Commander, Security Operations analysts, Platform SRE, Legal and Communications form the IRT. On-call rotations are 24x7.', 'the incident response team', 1),
    S('Incident Categories and Severity', 'SEV1: confirmed compromise of federal data; SEV2: suspected compromise; SEV3: policy violation; SEV4: event requiring investigation.', 'incident severity', 1),
    S('Reporting Requirements', 'Incidents affecting federal data are reported to the affected agencies, to US-CERT/CISA within 1 hour of identification, and to the FedRAMP PMO.', 'incident reporting', 1),
    S('Detection and Analysis', 'GuardDuty, Security Hub and the SIEM raise alerts; analysts triage within 15 minutes for critical alerts.', 'detection', 2),
    S('Containment, Eradication and Recovery', 'Playbooks for compromised credentials, malicious container images, data exfiltration and ransomware are maintained in the runbook repository.', 'containment', 2),
    S('Post-Incident Activity', 'Blameless postmortems within 5 business days; action items are tracked in the POA&M when they correspond to control weaknesses.', 'lessons learned', 1),
  ];
  add('IRP_v5.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan docx (team, severity, US-CERT reporting, playbooks, post-incident).',
    await docx({ meta: { title: 'Incident Response Plan', creator: 'SecOps' }, header: 'Incident Response Plan', footer: 'CUI', blocks: [...cover('Incident Response Plan', 'SSP Attachment 8', '5.0'), ...docFront(irSecs.map((s) => s.h)), ...sections(irSecs)] }));
  add('ir-plan-print.pdf', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan rendered to PDF from markdown sources.',
    await pandocPdf(`${SYS_SHORT} Incident Response Plan`, 'Security Operations, Cirrusway, Inc.', 'March 2025', irSecs, { title: 'Incident Response Plan', author: 'secops' }));

  // ---------------- CIS_CRM_WORKBOOK
  const ctl = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-6', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'RA-5', 'SC-7', 'SC-13', 'SI-2'];
  const crmRows = ctl.map((c, i) => [c, i % 4 === 0 ? 'Yes' : 'No', i % 4 === 0 ? `Customers must configure ${c} settings for their tenant (e.g., user roles, session timeout, IP allow-lists).` : '']);
  const cisRows = ctl.map((c, i) => [c, i % 5 === 3 ? '' : 'X', i % 5 === 3 ? 'X' : '', '', '', i % 4 === 0 ? 'X' : '', 'X', '', '', i % 6 === 5 ? 'X' : '']);
  add('CIS_CRM.xlsx', 'CIS_CRM_WORKBOOK', 'Control Implementation Summary / Customer Responsibility Matrix workbook (SSP Attachment 9) with CIS and CRM sheets.',
    await xlsx([
      { name: 'Instructions', rows: [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`CSP: ${CSP}   CSO: ${SYS}   Impact Level: Moderate`], ['The CIS worksheet summarises implementation status and control origination; the CRM worksheet lists customer responsibilities.']] },
      { name: 'CIS Worksheet', rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...cisRows], headerRow: 1 },
      { name: 'CRM', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crmRows], headerRow: 1, widths: [12, 22, 90] },
    ], { creator: 'GRC export' }));
  add('crm_export.csv', 'CIS_CRM_WORKBOOK', 'CSV export of the Customer Responsibility Matrix (control id, inheritance, customer responsibilities) from the GRC tool.',
    csv([['# Customer Responsibility Matrix - ' + SYS + ' (Moderate) - exported 2025-06-02'], ['Control ID', 'Control Name', 'Responsibility', 'Can Be Inherited from CSP', 'Customer Responsibility Statement'], ...ctl.map((c, i) => [c, ['Policy and Procedures', 'Account Management', 'Automated Account Management', 'Access Enforcement', 'Least Privilege', 'Event Logging', 'Audit Review', 'Baseline Configuration', 'Configuration Settings', 'Identification and Authentication', 'MFA to Privileged Accounts', 'Vulnerability Monitoring and Scanning', 'Boundary Protection', 'Cryptographic Protection', 'Flaw Remediation'][i], i % 3 === 0 ? 'Shared' : 'CSP', i % 3 === 0 ? 'Partial' : 'Yes', i % 3 === 0 ? `Agency customers are responsible for the tenant-level portion of ${c}, including managing their own users and application configuration.` : 'Fully inherited.'])]));

  // ---------------- FIPS_199
  const fipsTable = [['Information Type (SP 800-60)', 'NIST ID', 'Confidentiality', 'Integrity', 'Availability'], ['Information Technology Management', 'C.3.5.1', 'Moderate', 'Moderate', 'Moderate'], ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low'], ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'], ['Overall', '', 'Moderate', 'Moderate', 'Moderate']];
  add('Attachment10.docx', 'FIPS_199', 'FIPS 199 Security Categorization (SSP Attachment 10): SP 800-60 information types and the resulting Moderate categorization.',
    await docx({ meta: { title: 'FIPS 199 Categorization', creator: CSP }, blocks: [{ big: 'FIPS 199 Categorization' }, { center: SYS }, { h1: 'Introduction and Purpose' }, { p: 'This document applies FIPS PUB 199 and NIST SP 800-60 Volumes I and II to categorize the information types processed by the system and determine its overall security categorization.' }, { h1: 'Information Types and Impact Levels' }, { table: fipsTable }, { h1: 'Security Categorization' }, { p: 'SC Cirrusway Application Platform = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The system is therefore a Moderate-impact system.' }, ...filler2('the security categorization'), { p: 'Approved: Dana Whitfield, System Owner - 2025-05-20' }] }));
  add('fips199-edge.pdf', 'FIPS_199', 'FIPS 199 categorization of the low-impact edge runtime (PDF), information types and overall Low categorization.',
    await pandocPdf('FIPS 199 Security Categorization - CAP Edge Runtime', CSP, 'April 2025', [
      S('Purpose', 'Categorize the CAP Edge Runtime under FIPS 199 using NIST SP 800-60 information types.', 'security categorization', 1),
      S('Information Types', 'Public web content and edge configuration data.', 'information types', 0, [['Information Type', 'C', 'I', 'A'], ['Public Web Content', 'Low', 'Low', 'Low'], ['IT Infrastructure Maintenance (C.3.5.2)', 'Low', 'Low', 'Low']]),
      S('Overall Categorization', 'SC CAP Edge Runtime = {(confidentiality, LOW), (integrity, LOW), (availability, LOW)}: Low impact.', 'the overall categorization', 1),
    ]));

  // ---------------- SEPARATION_OF_DUTIES_MATRIX
  const roles = ['Platform SRE', 'Security Operations', 'Developers', 'CCB', 'ISSO', 'Customer Success'];
  const duties = ['Approve production change', 'Merge infrastructure code', 'Deploy to production', 'Grant privileged access', 'Review audit logs', 'Modify audit configuration', 'Approve access requests', 'Rotate KMS keys', 'Manage tenant support tickets', 'Approve POA&M risk adjustments'];
  add('SoD_Matrix.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix (SSP Attachment 11): duties versus roles with conflicting duties separated.',
    await xlsx([{ name: 'SoD Matrix', rows: [[`${SYS} - Separation of Duties Matrix`], ['X = performs; A = approves; - = prohibited'], [], ['Duty / Function', ...roles], ...duties.map((d, i) => [d, ...roles.map((_, j) => ((i + j) % 4 === 0 ? 'X' : (i + j) % 4 === 1 ? 'A' : '-'))])], headerRow: 4, widths: [36, 18, 18, 18, 18, 18, 18] }], { creator: 'ISSO' }));

  // ---------------- LAWS_AND_REGULATIONS
  add('laws_regs.xlsx', 'LAWS_AND_REGULATIONS', 'FedRAMP Laws and Regulations attachment (SSP Attachment 12): applicable laws, regulations, standards and guidance with references.',
    await xlsx([{ name: 'Laws and Regulations', rows: [['FedRAMP Applicable Laws, Regulations, Standards and Guidance'], [`System: ${SYS}`], [], ['Type', 'Identification Number', 'Title', 'Date', 'Link'], ['Law', 'PL 113-283', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014-12-18', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['Law', 'PL 117-263', 'FedRAMP Authorization Act (NDAA FY2023, Sec. 5921)', '2022-12-23', 'https://www.congress.gov/'], ['Law', '5 U.S.C. 552a', 'Privacy Act of 1974', '1974', ''], ['Regulation', 'OMB M-24-15', 'Modernizing FedRAMP', '2024-07-25', ''], ['Regulation', 'OMB A-130', 'Managing Information as a Strategic Resource', '2016-07-28', ''], ['Standard', 'FIPS 199', 'Standards for Security Categorization', '2004-02', ''], ['Standard', 'FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019-03', ''], ['Guidance', 'NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '2020-09', ''], ['Guidance', 'NIST SP 800-37 Rev 2', 'Risk Management Framework', '2018-12', ''], ['Guidance', 'NIST SP 800-63-3', 'Digital Identity Guidelines', '2017-06', ''], ['Guidance', 'NIST SP 800-34 Rev 1', 'Contingency Planning Guide', '2010-05', '']], headerRow: 4, widths: [12, 22, 60, 14, 50] }], { creator: CSP }));

  // ---------------- SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN
  const scSecs: Sec[] = [
    S('Purpose', `This Supply Chain Risk Management (SCRM) Plan describes how ${CSP} identifies, assesses and mitigates supply chain risks to the ${SYS}, implementing SR-2 and the SR family.`, 'supply chain risk management', 1),
    S('SCRM Team and Responsibilities', 'The SCRM team includes Procurement, Security Compliance, Platform SRE and Legal; it reports to the CISO.', 'the SCRM team', 1),
    S('Supplier Assessment', 'Critical suppliers (cloud infrastructure, identity provider, container base image sources) are assessed before onboarding and annually through questionnaires, FedRAMP authorization status and SOC reports.', 'supplier assessment', 2),
    S('Software Supply Chain Controls', 'SBOMs are generated for every image; images are signed with Sigstore cosign; only signed images from the internal registry are admitted; provenance follows SLSA level 3.', 'software provenance', 2),
    S('Component Authenticity and Disposal', 'Counterfeit prevention relies on procurement from authorized channels; there is no CSP-owned hardware in the boundary.', 'component authenticity', 1),
    S('Plan Review', 'This plan is reviewed annually and after supply-chain incidents.', 'plan review', 1),
  ];
  add('SCRM-Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan docx (SR-2): supplier assessment, software provenance, authenticity.',
    await docx({ meta: { title: 'SCRM Plan', creator: 'Procurement' }, header: 'Supply Chain Risk Management Plan', blocks: [...cover('Supply Chain Risk Management Plan', 'SSP Attachment', '1.2'), ...docFront(scSecs.map((s) => s.h)), ...sections(scSecs)] }));
  add('scrm.md', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Markdown source of the SCRM plan (front matter, numbered sections) from the compliance repo.',
    mdFront({ title: 'Supply Chain Risk Management Plan', author: 'Security Compliance Engineering', date: '2025-06-01', keywords: ['SR-2', 'SR-3', 'SBOM', 'SLSA'] }) + `# Supply Chain Risk Management Plan\n\n` + md(scSecs, true));

  return docs;
}

function filler2(topic: string): { p: string }[] {
  let h = 7;
  for (let i = 0; i < topic.length; i++) h = (h * 31 + topic.charCodeAt(i)) >>> 0;
  return fill(h, topic).map((p) => ({ p }));
}
