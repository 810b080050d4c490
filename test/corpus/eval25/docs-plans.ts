/** Prose SSP attachments written by the CSP's GRC team (plans, policies, guides). */
import { big, bh, buildDocx, buildPdf, h1, h2, p, pb, ps, small, table, ul } from './kit.js';
import type { Block } from './kit.js';
import {
  AGENCY,
  AGENCY_ABBR,
  CISO,
  CSO,
  CSO_ABBR,
  CSP,
  CTO,
  CUI_NOTICE,
  GRC,
  ISSO,
  PKG_ID,
  PROPRIETARY,
  approvals,
  distribution,
  revisionHistory,
  tocBlock,
} from './org.js';
import type { Eval25Doc } from './types.js';

async function contingencyPlanDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    small(`${CSP} | Governance, Risk and Compliance`),
    big(`${CSO} (${CSO_ABBR})`),
    big('Information System Contingency Plan (ISCP)'),
    p(`Version 3.2 | FIPS 199 Moderate | FedRAMP Package ${PKG_ID}`),
    p('Prepared by Governance, Risk and Compliance. Attachment 6 to the System Security Plan.'),
    CUI_NOTICE,
    pb(),
    ...revisionHistory([
      { date: '2023-02-10', version: '2.0', change: 'Rewritten for FedRAMP Rev 5 baseline; added warm standby region.', author: GRC },
      { date: '2024-01-22', version: '3.0', change: 'Annual review; RTO for tier 1 services lowered from 8h to 4h.', author: GRC },
      { date: '2024-09-05', version: '3.1', change: 'Updated call tree after reorganisation of SRE on-call.', author: 'S. Mbeki' },
      { date: '2025-02-27', version: '3.2', change: 'Post-exercise updates (tabletop TT-2025-01); new Aurora cross-region replica.', author: GRC },
    ]),
    ...approvals([
      [CISO, 'Chief Information Security Officer'],
      [CTO, 'Chief Technology Officer, System Owner'],
      [ISSO, 'Information System Security Officer'],
    ]),
    pb(),
    ...tocBlock(['1 Introduction', '2 Concept of Operations', '3 Activation and Notification', '4 Recovery', '5 Reconstitution', 'Appendix A Contact List', 'Appendix B Vendor SLAs', 'Appendix C BIA']),
    pb(),
    h1('1 Introduction'),
    ...ps(
      `Information systems are vital to ${CSP}'s mission and to the federal customers who rely on ${CSO} to run their procurement workflows. This Information System Contingency Plan (ISCP) establishes procedures to recover ${CSO} following a disruption. The plan implements the CP family of controls in NIST SP 800-53 Rev 5 as tailored by the FedRAMP Moderate baseline and follows the structure of NIST SP 800-34 Rev 1.`,
      'The following recovery objectives have been established for the system: restore the customer-facing application and API within the recovery time objective (RTO) of four hours, with a recovery point objective (RPO) of fifteen minutes for transactional data and twenty-four hours for analytics data. These objectives were derived from the business impact analysis (Appendix C) and are reviewed annually.',
    ),
    h2('1.1 Background'),
    ...ps(
      `${CSO} is a multi-tenant Software as a Service procurement and spend management application hosted in AWS GovCloud (US-West) with a warm standby in AWS GovCloud (US-East). The authorization boundary, data flows and interconnections are described in Section 9 of the System Security Plan; this plan relies on that description and does not repeat it.`,
      'The plan applies to the production environment only. Development and staging environments are rebuilt from infrastructure-as-code and are not recovered under this plan.',
    ),
    h2('1.2 Scope and Assumptions'),
    ul(
      'The AWS GovCloud partition remains available in at least one of the two regions used by the system.',
      'Key personnel identified in Appendix A, or their alternates, are available to carry out the plan.',
      'Backups stored in the secondary region are intact and encrypted with keys available in AWS KMS of that region.',
      'The plan does not address a total loss of AWS GovCloud; that scenario is covered by the enterprise business continuity plan.',
    ),
    h1('2 Concept of Operations'),
    ...ps(
      'The recovery strategy is a warm standby: infrastructure in the secondary region is deployed at reduced capacity and scaled up on activation. Amazon Aurora PostgreSQL uses a global database with a replica in the secondary region; object storage uses S3 cross-region replication with versioning and object lock.',
      'Roles and responsibilities are assigned as follows. The Contingency Plan Coordinator (the Director of Site Reliability Engineering) leads the response. The Damage Assessment Team determines the cause and extent of the outage. The Recovery Team executes the technical procedures. The Communications Lead, in coordination with the Legal and Customer Trust teams, prepares notifications to agency customers.',
    ),
    table([
      ['Role', 'Primary', 'Alternate'],
      ['Contingency Plan Coordinator', 'R. Castellanos, Director SRE', 'J. Whitfield, Staff SRE'],
      ['Damage Assessment Lead', 'A. Nakamura, SRE Manager', 'L. Osei, Senior SRE'],
      ['Recovery Team Lead', 'J. Whitfield, Staff SRE', 'M. Haddad, Platform Engineer'],
      ['Communications Lead', 'K. Brennan, VP Customer Success', `${GRC}, GRC Manager`],
      ['ISSO', ISSO, GRC],
    ]),
    h1('3 Activation and Notification'),
    ...ps(
      'The ISCP is activated when an outage of the production environment is expected to exceed two hours, or when the Contingency Plan Coordinator judges that the primary region cannot meet the recovery time objective. Activation is recorded in the incident ticket and in the #tsc-contingency channel.',
      'Notification follows the call tree in Appendix A. Agency customers are informed through the status page within one hour of activation, and the sponsoring agency\u2019s ISSO receives a direct e-mail. Where the disruption results from a security incident, the Incident Response Plan (Attachment 8) governs notification to US-CERT/CISA and FedRAMP, and this plan governs recovery only.',
    ),
    h1('4 Recovery'),
    h2('4.1 Sequence of Recovery Activities'),
    ul(
      'Promote the Aurora secondary cluster in us-gov-east-1 to primary (runbook RB-DB-07).',
      'Scale the EKS node groups in the secondary region from warm to production capacity (runbook RB-K8S-03).',
      'Update Route 53 failover records; confirm health checks report healthy for app, api and sso endpoints.',
      'Validate authentication through the agency SAML integrations and the PIV/CAC login flow.',
      'Run the post-recovery smoke test suite and confirm data currency against the RPO.',
    ),
    h2('4.2 Recovery Procedures'),
    ...ps(
      'Each step above is backed by a version-controlled runbook. Recovery Team members execute the runbook steps in order and record the time of completion of each step in the incident ticket so that actual recovery times can be compared with the RTO during the after-action review.',
      'If the promotion of the database replica fails, the team restores from the most recent automated snapshot copied to the secondary region; this extends the RPO to the snapshot interval of one hour and must be reported to the Contingency Plan Coordinator.',
    ),
    h1('5 Reconstitution'),
    ...ps(
      'Reconstitution is the process by which the system is returned to the primary region once it is confirmed available. Reconstitution activities include validating data consistency between regions, re-establishing replication in the original direction, and deactivating the plan. The ISSO confirms that security controls, including audit logging to the SIEM and vulnerability scanning coverage, are operating before the plan is deactivated.',
      'An after-action report is produced within ten business days. Findings that identify control weaknesses are recorded in the Plan of Action and Milestones and tracked through continuous monitoring.',
    ),
    h1('Appendix C Business Impact Analysis Summary'),
    table([
      ['Business Process', 'Max Tolerable Downtime', 'RTO', 'RPO'],
      ['Requisition and approval workflow', '8 hours', '4 hours', '15 minutes'],
      ['Supplier portal', '24 hours', '8 hours', '15 minutes'],
      ['Reporting and analytics', '72 hours', '24 hours', '24 hours'],
      ['Single sign-on (agency IdP federation)', '8 hours', '4 hours', 'n/a'],
    ]),
    h1('Appendix D Plan Testing'),
    p('The plan is tested annually through a functional exercise and semi-annually through a tabletop exercise. The 2025 functional exercise failed over the production stack to us-gov-east-1 in 2 hours 41 minutes. Results are documented in the test report provided to the 3PAO during the annual assessment.'),
  ];
  return {
    file: 'Final_v7.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'An Information System Contingency Plan (SSP Attachment 6) with cover page, revision history, approvals, call roles, recovery procedures and BIA: a contingency plan.',
    data: await buildDocx({ blocks, header: `${CSO} ISCP v3.2  |  CUI`, footer: `${CSP} Proprietary`, meta: { title: 'Final_v7', author: GRC } }),
  };
}

async function contingencyPlanPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table(
      [
        ['Document', 'Contingency Plan - Low Impact Edition (Tallgrass Spend Cloud Reporting Module)'],
        ['Owner', `${CTO}`],
        ['Classification', 'Internal / CUI'],
        ['Review cycle', 'Annual'],
      ],
      false,
    ),
    ...revisionHistory([{ date: '2025-01-08', version: '1.4', change: 'Annual review, no material change', author: ISSO }], 'Record of Changes'),
    h1('Purpose'),
    ...ps(
      `This contingency plan documents how ${CSP} restores the ${CSO} Reporting Module after a disruption. It is a companion to the primary ISCP and follows the NIST SP 800-34 template for information system contingency plans. The reporting module is a subsystem inside the ${CSO_ABBR} authorization boundary and shares its hosting, identity and monitoring services.`,
      'Recovery objectives: RTO 24 hours; RPO 24 hours. These are longer than the core application because reporting data is rebuilt from the transactional database by the nightly extract job.',
    ),
    h1('Activation Criteria'),
    ul('Reporting API unavailable for more than four hours', 'Data warehouse cluster lost or corrupted', 'Nightly extract job failing for more than two consecutive runs'),
    h1('Recovery Phase'),
    ...ps(
      'Step 1: Recovery Team Lead confirms the primary database is healthy; if not, recovery of the reporting module waits until the primary ISCP has restored the core application.',
      'Step 2: Rebuild the warehouse cluster from Terraform module tsc-reporting (tag release-2025.02).',
      'Step 3: Re-run the extract job with the full-refresh flag. Validate record counts against the source tables using the reconciliation query in runbook RB-RPT-02.',
      'Step 4: Restore scheduled report definitions from the S3 backup bucket (versioned, object-locked).',
    ),
    h1('Reconstitution and Deactivation'),
    p('The ISSO verifies that audit logging and the monthly vulnerability scanning coverage include the rebuilt hosts before the plan is deactivated. Lessons learned are recorded and, where a weakness is found, entered as a POA&M item.'),
    h1('Contingency Plan Testing and Training'),
    p('The reporting module recovery is exercised annually as part of the ISCP functional exercise. Personnel with contingency roles complete contingency training within 30 days of assuming the role and annually thereafter (CP-3).'),
    h1('Alternate Storage and Processing'),
    p('Backups of the reporting warehouse are written daily to the secondary region (CP-6). The secondary region also serves as the alternate processing site (CP-7) with pre-provisioned network, identity and key management.'),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'A short contingency plan for one subsystem following NIST SP 800-34 (activation, recovery, reconstitution, testing): a contingency plan; title only in a table cell.',
    data: await buildPdf(blocks, { meta: { producer: 'Microsoft: Print To PDF' } }),
  };
}

async function incidentResponsePlanDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    p(`${CSP}`),
    p('Security Operations'),
    ...revisionHistory(
      [
        { date: '2024-03-01', version: '4.0', change: 'Aligned with NIST SP 800-61 Rev 2 and FedRAMP Incident Communications Procedures', author: 'SecOps' },
        { date: '2025-01-15', version: '4.1', change: 'Added US-CERT/CISA one-hour reporting; updated severity matrix', author: GRC },
      ],
      'Version History',
    ),
    big('Incident Response Plan'),
    p(`${CSO} (${CSO_ABBR}) - FedRAMP Moderate - SSP Attachment 8`),
    ...distribution([
      ['Security Operations Center', CSP, 'Electronic'],
      ['Incident Response Team (IRT)', CSP, 'Electronic'],
      [`${AGENCY_ABBR} ISSO`, AGENCY, 'Electronic'],
      ['FedRAMP PMO (via secure repository)', 'GSA', 'Electronic'],
    ]),
    pb(),
    h1('1. Purpose and Scope'),
    ...ps(
      `This Incident Response Plan (IRP) defines how ${CSP} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${CSO}. It implements the IR control family (IR-1 through IR-9) of the FedRAMP Moderate baseline and the FedRAMP Incident Communications Procedures.`,
      'An incident is any event that actually or imminently jeopardizes the confidentiality, integrity or availability of the system or the information it processes, or constitutes a violation of security policies or acceptable use. Events that do not meet this definition are handled as operational tickets.',
    ),
    h1('2. Incident Response Team'),
    table([
      ['Role', 'Responsibilities'],
      ['Incident Commander', 'Declares incidents, sets severity, coordinates response, approves external communications'],
      ['Security Analyst (on call)', 'Triage of SIEM and GuardDuty alerts, evidence collection, initial containment'],
      ['Forensics Lead', 'Disk and memory acquisition, chain of custody, timeline analysis'],
      ['Legal Counsel', 'Regulatory and contractual notification obligations, privilege'],
      ['GRC Manager', 'FedRAMP and agency reporting, POA&M updates, lessons-learned tracking'],
    ]),
    h1('3. Incident Categories and Severity'),
    table([
      ['Severity', 'Definition', 'Initial Response', 'External Reporting'],
      ['SEV-1', 'Confirmed compromise of federal data or of privileged credentials', '15 minutes', 'US-CERT/CISA within 1 hour; agency ISSO and FedRAMP PMO within 1 hour'],
      ['SEV-2', 'Suspected compromise; malware on a production host', '30 minutes', 'Agency ISSO within 1 hour if federal data may be affected'],
      ['SEV-3', 'Policy violation, failed attack with no impact', '4 hours', 'Monthly ConMon summary'],
    ]),
    h1('4. Incident Handling Phases'),
    h2('4.1 Preparation'),
    p('The IRT maintains jump kits (forensic workstation images, write blockers, preconfigured cloud forensics accounts), an out-of-band communications channel, and contact lists for AWS, the 3PAO and agency customers. Incident response training is given at onboarding and annually (IR-2).'),
    h2('4.2 Detection and Analysis'),
    p('Detection sources include the SIEM correlation rules, AWS GuardDuty, endpoint detection on administrator workstations, the web application firewall, customer reports and the public vulnerability disclosure channel. The analyst records every indicator in the incident ticket and classifies the incident using Section 3.'),
    h2('4.3 Containment, Eradication and Recovery'),
    p('Containment options are pre-approved for common scenarios: isolate an instance by security group, revoke and rotate IAM credentials, disable a tenant\u2019s API keys, block indicators at the WAF. Eradication and recovery follow the runbooks; recovery of service after a destructive incident follows the Information System Contingency Plan.'),
    h2('4.4 Post-Incident Activity'),
    p('A lessons-learned review is held within five business days of closing any SEV-1 or SEV-2 incident. Corrective actions become POA&M items where they address a control weakness, and the IRP is updated when the review shows a gap in the process.'),
    h1('5. Reporting'),
    p(`Incidents are reported to US-CERT/CISA through the incident reporting portal, to the ${AGENCY_ABBR} ISSO by e-mail and phone, and to the FedRAMP PMO at info@fedramp.gov per the FedRAMP Incident Communications Procedures. Status updates are sent at least daily until the incident is closed.`),
    h1('6. Testing'),
    p('The plan is tested annually (IR-3) through a tabletop exercise with a scenario chosen from current threat intelligence. The 2024 exercise simulated a compromised CI/CD credential leading to a malicious container image.'),
  ];
  return {
    file: 'Incident-Notification-Template.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'The CSP\u2019s Incident Response Plan (SSP Attachment 8: IRT roles, severity matrix, handling phases, reporting, testing); misleading file name, revision table before the title.',
    data: await buildDocx({ blocks, header: 'TSC-IRP-004', meta: { title: 'Incident Response Plan', author: 'SecOps', subject: 'IR-8' } }),
  };
}

async function incidentResponsePlanPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big(`${CSO}`),
    big('Incident Response Plan'),
    p('FedRAMP Moderate | Version 3.0 | Prepared for the annual assessment'),
    ...approvals([[CISO, 'CISO'], [ISSO, 'ISSO']]),
    pb(),
    h1('1 Introduction'),
    p(`This plan provides ${CSP} with a roadmap for implementing its incident response capability for ${CSO}. It describes the structure of the capability, how it fits into the organisation, and the metrics used to measure it, as required by IR-8.`),
    h1('2 Incident Response Lifecycle'),
    ...ps(
      'Preparation. Tools, accounts and playbooks are maintained by Security Operations; playbooks cover credential compromise, data exfiltration, ransomware, DDoS, insider misuse and third-party (subprocessor) breach.',
      'Detection and analysis. Alerts from the SIEM are triaged 24x7 by the managed detection provider and escalated to the on-call analyst. Analysts use the severity matrix to determine reporting deadlines.',
      'Containment, eradication and recovery. Containment decisions are made by the Incident Commander; evidence is preserved before systems are rebuilt from golden images.',
      'Post-incident activity. Each incident closes with a written review; metrics (time to detect, time to contain) are reported monthly to the security steering committee.',
    ),
    h1('3 Coordination with Customers and FedRAMP'),
    p('Agency customers are notified of incidents affecting their data per the contract and the FedRAMP Incident Communications Procedures; the FedRAMP PMO and CISA are notified within one hour of a confirmed incident. Customers are responsible for reporting incidents involving their own user accounts to their agency SOC, as described in the Customer Responsibility Matrix.'),
    h1('4 Incident Response Testing'),
    p('Annual tabletop exercise and a functional test of the forensic acquisition procedure. Results are reviewed with the 3PAO during the annual assessment.'),
    h1('5 Plan Maintenance'),
    p('The ISSO reviews this plan annually and after every SEV-1 incident. Changes are approved by the CISO and distributed to the IRT and the agency ISSO.'),
  ];
  return {
    file: 'TSC_IRP_v3.0.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'A PDF incident response plan (IR-8) with lifecycle phases, customer/FedRAMP coordination and testing: an incident response plan.',
    data: await buildPdf(blocks, { header: 'Tallgrass Ledger - Confidential', meta: { title: 'IRP', author: ISSO, producer: 'Microsoft Word for Microsoft 365' } }),
  };
}

async function cmpDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table(
      [
        [`${CSP}`, 'Document ID: TSC-CMP-002'],
        ['Configuration Management Plan', 'Version 2.3'],
        [`${CSO}`, 'Effective: 2025-02-01'],
      ],
      false,
    ),
    PROPRIETARY,
    ...revisionHistory([
      { date: '2023-11-01', version: '2.0', change: 'Migration from Jenkins to GitHub Actions; GitOps with Argo CD', author: 'Platform Eng.' },
      { date: '2024-06-12', version: '2.2', change: 'CIS benchmark versions updated; added container image baselines', author: GRC },
      { date: '2025-02-01', version: '2.3', change: 'Change Advisory Board membership; emergency change procedure', author: GRC },
    ]),
    ...tocBlock(['1 Purpose', '2 Roles', '3 Configuration Items', '4 Baseline Configurations', '5 Change Control', '6 Configuration Monitoring']),
    pb(),
    h1('1 Purpose'),
    ...ps(
      `This Configuration Management Plan (CMP) describes how ${CSP} establishes and maintains the integrity of ${CSO} configuration items throughout the system development life cycle. It implements CM-1 through CM-11 of the FedRAMP Moderate baseline and is SSP Attachment 7.`,
      'Configuration management covers the infrastructure defined in Terraform, Kubernetes manifests deployed by Argo CD, container images, operating system images, database schemas and the application source code.',
    ),
    h1('2 Roles and Responsibilities'),
    table([
      ['Role', 'Responsibility'],
      ['Change Advisory Board (CAB)', 'Reviews and approves normal changes; meets weekly'],
      ['Configuration Manager', 'Maintains the CMDB and baselines; audits drift'],
      ['Change Requestor', 'Documents the change, test evidence and rollback plan'],
      ['ISSO', 'Security impact analysis (CM-4); decides whether a change may be significant under FedRAMP'],
    ]),
    h1('3 Configuration Items'),
    p('Configuration items are identified in the Integrated Inventory Workbook and in the CMDB. Each item carries an owner, a baseline reference and a criticality rating. Items are tagged in AWS with the tags tsc:owner, tsc:baseline and tsc:boundary.'),
    h1('4 Baseline Configurations'),
    table([
      ['Component', 'Baseline', 'Deviation process'],
      ['Amazon Linux 2023 worker nodes', 'CIS Amazon Linux 2023 Benchmark v1.0.0 Level 1', 'Documented in the hardening exceptions register'],
      ['Container images', 'CIS Docker Benchmark v1.6; distroless base images', 'Image exceptions approved by CAB'],
      ['Aurora PostgreSQL', 'CIS PostgreSQL 15 Benchmark v1.1', 'DBA lead approval'],
      ['AWS accounts', 'CIS AWS Foundations Benchmark v3.0, AWS Config conformance packs', 'Security architecture review'],
    ]),
    h1('5 Change Control'),
    ...ps(
      'All changes are submitted as pull requests. Normal changes require peer review, passing automated tests (unit, integration, SAST, container and IaC scanning) and CAB approval recorded in the change ticket. Standard changes are pre-approved categories listed in the change catalogue. Emergency changes may be deployed with the approval of the on-call Incident Commander and are reviewed by the CAB at the next meeting.',
      'The ISSO performs a security impact analysis for every change that touches the authorization boundary, interconnections, cryptographic modules or identity services. Changes the ISSO judges potentially significant are held until a Significant Change Request is submitted to the authorizing agency and approved.',
    ),
    h1('6 Configuration Monitoring'),
    p('AWS Config rules, Kubernetes admission policies (OPA Gatekeeper) and the monthly authenticated scans detect drift from the baselines. Drift findings are triaged within five business days; unresolved deviations are recorded as POA&M items.'),
  ];
  return {
    file: 'policies_v3.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'A Configuration Management Plan (SSP Attachment 7: roles, CIs, baselines, change control, monitoring); misleading file name, title in a table cell.',
    data: await buildDocx({ blocks, footer: 'TSC-CMP-002', meta: { title: 'Information Security Policies', author: 'Tallgrass GRC', lastModifiedBy: GRC } }),
  };
}

async function cmpPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Configuration Management Plan'),
    p(`${CSO} | FedRAMP Moderate`),
    h1('Overview'),
    ...ps(
      `The plan describes the configuration management process for ${CSO}: identification of configuration items, baseline configurations, configuration change control, security impact analysis, access restrictions for change and least functionality. Platform Engineering owns the plan; GRC reviews it annually and after significant changes.`,
      'Infrastructure and platform configuration is maintained as code. The main branch of each repository represents the approved baseline; branch protection requires two reviewers and signed commits.',
    ),
    h1('Configuration Change Control (CM-3)'),
    ul('Change types: standard, normal, emergency', 'Changes recorded in the change ticket with test results and rollback plan', 'CAB approval for normal changes', 'Post-implementation review for emergency changes within 5 business days'),
    h1('Security Impact Analysis (CM-4)'),
    p('Before approval, the ISSO evaluates each change against the SSP. A change that alters the authorization boundary, adds an external service, changes cryptographic modules or changes the risk posture is flagged for the FedRAMP significant change process.'),
    h1('Least Functionality (CM-7)'),
    p('Only the ports, protocols and services documented in the SSP ports and protocols table are allowed. Security groups are managed in Terraform; any new rule passes CAB review.'),
    h1('System Component Inventory (CM-8)'),
    p('The inventory is generated monthly from the AWS Config aggregator and submitted as part of continuous monitoring in the FedRAMP Integrated Inventory Workbook.'),
  ];
  return {
    file: 'scan (2).pdf',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'A short Configuration Management Plan in PDF (CM-3, CM-4, CM-7, CM-8 processes); file name suggests a scan.',
    data: await buildPdf(blocks, { serif: true, meta: { title: 'Microsoft Word - CMP_final.docx', producer: 'Acrobat PDFMaker 23 for Word' } }),
  };
}

async function policiesDocx(): Promise<Eval25Doc> {
  const families: [string, string][] = [
    ['Access Control (AC)', 'Access to the system is granted on the principle of least privilege. Accounts are requested through the identity governance tool, approved by the account owner\u2019s manager and the system owner, reviewed quarterly, and disabled after 90 days of inactivity. Privileged access requires phishing-resistant MFA and is brokered through the privileged access management tool.'],
    ['Awareness and Training (AT)', 'All workforce members complete security awareness training at onboarding and annually, including insider threat and social engineering modules. Role-based training is required for administrators, developers and incident responders.'],
    ['Audit and Accountability (AU)', 'The system generates audit records for the events defined in AU-2, retains them online for 90 days and in archive for one year, and protects them from unauthorised modification. Audit review is performed weekly and supported by automated correlation.'],
    ['Assessment, Authorization and Monitoring (CA)', 'Controls are assessed annually by an independent assessor; continuous monitoring deliverables are produced monthly. Interconnections are documented and authorised.'],
    ['Configuration Management (CM)', 'Baseline configurations are maintained for all components and changes are controlled through the CAB, as described in the Configuration Management Plan.'],
    ['Identification and Authentication (IA)', 'Users are uniquely identified. Authenticators meet NIST SP 800-63B requirements at the assurance levels selected in the Digital Identity Worksheet.'],
    ['Risk Assessment (RA)', 'Vulnerability scanning is performed monthly on operating systems, databases and web applications; findings are remediated within FedRAMP timeframes (High 30, Moderate 90, Low 180 days).'],
  ];
  const blocks: Block[] = [
    big(`${CSP}`),
    big('Information Security Policies and Procedures'),
    p(`Applies to: ${CSO} (FedRAMP Moderate)`),
    p('SSP Attachment 1'),
    ...revisionHistory([
      { date: '2024-04-30', version: '5.0', change: 'Rev 5 policy set; one policy and procedure per control family', author: GRC },
      { date: '2025-01-31', version: '5.1', change: 'Annual review; SR family policy added', author: GRC },
    ]),
    ...approvals([[CISO, 'CISO, policy owner'], ['Rebecca Stroud', 'Chief Executive Officer']]),
    pb(),
    h1('Introduction'),
    ...ps(
      `This document collects the information security policies and the supporting procedures of ${CSP} for ${CSO}. Each section states the policy (purpose, scope, roles, management commitment, coordination and compliance) and the procedure that implements it, as required by the "-1" control of each NIST SP 800-53 family.`,
      'Policies are reviewed at least annually and procedures at least annually or after a significant change. Exceptions require written approval by the CISO and are tracked in the exceptions register.',
    ),
  ];
  for (const [fam, text] of families) {
    blocks.push(h1(`${fam} Policy`));
    blocks.push(h2('Policy'));
    blocks.push(p(text));
    blocks.push(h2('Procedures'));
    blocks.push(
      p(`The procedures for the ${fam} family are maintained by the control owner named in the SSP. They describe who performs each activity, how often, with which tool, and where the evidence is kept. Evidence is retained for three years and provided to the 3PAO on request.`),
    );
    blocks.push(h2('Roles and Responsibilities'));
    blocks.push(table([['Role', 'Responsibility'], ['Control owner', `Implements and documents ${fam} procedures`], ['ISSO', 'Monitors compliance, reports exceptions'], ['CISO', 'Approves the policy']]));
  }
  return {
    file: 'upload (3).docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'The CSP\u2019s Information Security Policies and Procedures (SSP Attachment 1) with a policy and procedures per control family: policies and procedures.',
    data: await buildDocx({ blocks, meta: { title: 'Policies', author: GRC } }),
  };
}

async function acPolicyPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table([['Policy Number', 'Title', 'Owner', 'Effective'], ['ISP-AC-01', 'Access Control Policy and Procedures', 'CISO', '2025-02-01']]),
    h1('1. Purpose'),
    p(`This policy establishes the access control requirements for ${CSO} to implement the AC family of the FedRAMP Moderate baseline (AC-1 through AC-22).`),
    h1('2. Scope'),
    p('All workforce members, contractors and service accounts with access to production systems within the authorization boundary.'),
    h1('3. Policy Statements'),
    ul(
      'AC-2 Account Management: accounts are approved, provisioned by role, reviewed quarterly and removed within 24 hours of termination.',
      'AC-3 Access Enforcement: authorisation decisions are enforced by IAM policies and Kubernetes RBAC.',
      'AC-5 Separation of Duties: developers cannot approve their own production deployments.',
      'AC-6 Least Privilege: privileged roles are time-bound and granted just in time.',
      'AC-7 Unsuccessful Logon Attempts: accounts lock after three failed attempts in 15 minutes.',
      'AC-17 Remote Access: administrative access only through the zero-trust access proxy with FIPS 140-validated TLS.',
    ),
    h1('4. Procedures'),
    ...ps(
      'Account request: the requestor opens an access request in the identity governance tool naming the role; the manager and role owner approve; provisioning is automated through SCIM.',
      'Quarterly review: the ISSO generates the access review campaign; role owners certify or revoke each entitlement within 10 business days; revocations are executed automatically.',
      'Termination: HR system events trigger automatic disablement of SSO and revocation of sessions and keys.',
    ),
    h1('5. Compliance'),
    p('Violations may result in disciplinary action up to termination. Compliance is monitored by the ISSO and assessed annually by the 3PAO.'),
    h1('6. Review'),
    p('The policy and procedures are reviewed annually by the CISO and after any significant change to the system.'),
  ];
  return {
    file: 'ISP-AC-01.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'A single control-family document, Access Control Policy and Procedures (AC-1), part of the SSP policies and procedures attachment.',
    data: await buildPdf(blocks, { footer: 'Tallgrass Ledger Internal', meta: { author: CISO } }),
  };
}

async function userGuideDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big(`${CSO}`),
    big('User Guide'),
    p('For agency administrators and end users | Release 2025.2 | SSP Attachment 2'),
    ...revisionHistory([{ date: '2025-02-20', version: '2025.2', change: 'New approval delegation screens; PIV login', author: 'Technical Writing' }]),
    ...tocBlock(['1 Getting Started', '2 Signing In', '3 Administering Your Tenant', '4 Requisitions', '5 Security Features', '6 Getting Help']),
    pb(),
    h1('1 Getting Started'),
    p(`${CSO} helps agency buyers create requisitions, route them for approval and track purchase orders with suppliers. This guide explains how to use the application securely. Your agency administrator sets up your account; you do not need to install software other than a supported browser (current Chrome, Edge or Firefox).`),
    h1('2 Signing In'),
    ...ps(
      'Go to https://app.gov.tallgrassledger.example and select your agency. You are redirected to your agency identity provider. Insert your PIV or CAC card when prompted and enter your PIN.',
      'If your agency does not use federation, sign in with your e-mail address, password and a FIDO2 security key registered during enrolment. Passwords must be at least 12 characters; after three failed attempts your account is locked for 30 minutes.',
    ),
    h1('3 Administering Your Tenant'),
    h2('3.1 Creating Users'),
    p('Open Admin > Users > Invite. Enter the user\u2019s name, e-mail and role. Roles available: Requester, Approver, Buyer, Auditor (read-only), Tenant Administrator. Use the least privileged role that lets the user do their job.'),
    h2('3.2 Configuring Single Sign-On'),
    p('Open Admin > Security > SAML. Upload your identity provider metadata, map the NameID to the user\u2019s e-mail, and test with a non-administrator account before enforcing SSO for all users.'),
    h2('3.3 Session and Password Settings'),
    p('Tenant administrators can shorten the idle session timeout (default 15 minutes) and require re-authentication for approval of requisitions above a threshold.'),
    h1('4 Requisitions'),
    p('Select New Requisition, choose a catalogue item or enter a free-text line, attach quotes, and submit. The approval chain is determined by your agency\u2019s approval rules. You will receive an e-mail when each approver acts.'),
    h1('5 Security Features'),
    ul('Audit log: Admin > Audit shows sign-ins, role changes and exports for 90 days; download as CSV.', 'Export controls: administrators can disable bulk exports.', 'IP allow lists: restrict access to agency network ranges.'),
    h1('6 Getting Help'),
    p('Contact your agency administrator first. Administrators can open a ticket at the support portal or call the 24x7 support line. Report suspected security issues immediately to security@tallgrassledger.example.'),
  ];
  return {
    file: 'TSC User Guide 2025.2.docx',
    expected: 'USER_GUIDE',
    note: 'The system User Guide (SSP Attachment 2) telling agency users and administrators how to sign in and use security features: a user guide.',
    data: await buildDocx({ blocks, header: `${CSO} User Guide`, meta: { title: `${CSO} User Guide`, author: 'Technical Writing' } }),
  };
}

async function userGuidePdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    small('Release 2024.4 - printed from the help center'),
    big('Administrator Guide'),
    p(`${CSO} - Agency Tenant Administration`),
    h1('About this guide'),
    p(`This guide is for agency tenant administrators of ${CSO}. It covers user management, federation, roles and security settings. End users should read the end-user section of the online help. The guide is submitted with the FedRAMP package as the system user guide.`),
    h1('Managing users'),
    ...ps(
      'To add a user: Admin > Users > Invite. To deactivate a user: open the user, select Deactivate. Deactivated users cannot sign in and are removed from approval chains; their history is retained.',
      'Bulk provisioning: enable SCIM under Admin > Integrations and generate a token. Tokens expire after 365 days; rotate them before expiry.',
    ),
    h1('Roles'),
    table([['Role', 'Can do'], ['Requester', 'Create and submit requisitions'], ['Approver', 'Approve or reject requisitions routed to them'], ['Buyer', 'Convert approved requisitions to purchase orders'], ['Auditor', 'Read-only access to all records and the audit log'], ['Tenant Administrator', 'Manage users, roles, SSO and security settings']]),
    h1('Security settings'),
    ul('Enforce SSO', 'Idle timeout (5-15 minutes)', 'IP allow list', 'Disable bulk export', 'Require re-authentication for high-value approvals'),
    h1('Troubleshooting sign-in'),
    p('If PIV sign-in fails, confirm the certificate is not expired and that the agency IdP includes the user\u2019s e-mail in the SAML assertion. Locked accounts unlock after 30 minutes or can be unlocked by a tenant administrator.'),
  ];
  return {
    file: 'help-center-export.pdf',
    expected: 'USER_GUIDE',
    note: 'An administrator guide for agency tenant administrators (user management, roles, security settings): the system\u2019s user guide.',
    data: await buildPdf(blocks, { meta: { title: 'Administrator Guide - Tallgrass Help Center', producer: 'Skia/PDF m122' } }),
  };
}

async function robDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Rules of Behavior'),
    p(`${CSO} - Privileged and Non-Privileged Internal Users`),
    p('SSP Attachment 5 | Version 2.0'),
    h1('1 Introduction'),
    p(`These Rules of Behavior (RoB) describe the responsibilities and expected behavior of ${CSP} personnel who access ${CSO} within the FedRAMP authorization boundary, as required by PL-4. Every user must read and sign these rules before receiving access and re-acknowledge them annually.`),
    h1('2 Rules for All Users'),
    ul(
      'I will use the system only for authorised business purposes.',
      'I will protect my authenticators, never share them, and report lost or stolen security keys immediately.',
      'I will not attempt to access federal customer data unless required for a documented support ticket approved by the customer.',
      'I will lock my workstation when unattended and use only company-managed devices to access the system.',
      'I will report suspected security incidents to the Security Operations Center immediately.',
      'I understand that my activity is logged and monitored and that I have no expectation of privacy on the system.',
    ),
    h1('3 Additional Rules for Privileged Users'),
    ul(
      'I will use my privileged account only for administrative tasks and my standard account for everything else.',
      'I will request just-in-time elevation through the PAM tool and record the ticket number.',
      'I will not disable, modify or circumvent security controls, logging or monitoring.',
      'I will not copy production data to non-production environments.',
    ),
    h1('4 Consequences of Non-Compliance'),
    p('Violations may result in loss of access, disciplinary action up to termination of employment or contract, and referral to law enforcement where applicable.'),
    h1('5 Acknowledgement'),
    p('I have read and understand the Rules of Behavior and agree to comply with them.'),
    table([['User Name', 'Signature', 'Date'], ['', '', '']]),
  ];
  return {
    file: 'RoB-signed-template.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Rules of Behavior for internal privileged and non-privileged users with an acknowledgement block (PL-4, SSP Attachment 5).',
    data: await buildDocx({ blocks, meta: { title: 'Rules of Behavior', author: ISSO } }),
  };
}

async function robPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    small(`${CSP} - Human Resources Onboarding Packet - Form 7`),
    bh('Privileged User Rules of Behavior and Acknowledgement'),
    p(`System: ${CSO} (FedRAMP Moderate). You must sign this form before you are granted administrative access to production.`),
    ...ps(
      'As a privileged user, you have elevated access that could affect the confidentiality, integrity and availability of federal information. You are expected to follow these rules of behavior at all times.',
      '1. Access only the systems and data needed for your assigned duties. 2. Use phishing-resistant MFA for all privileged sessions. 3. Perform administrative actions only from the hardened administrative workstation. 4. Never store credentials in source code, tickets or chat. 5. Do not install unapproved software on production systems. 6. Report any suspected compromise, misuse or policy violation to the SOC within one hour. 7. Do not grant access to others or approve your own access requests. 8. Comply with the Configuration Management Plan when making changes.',
      'Monitoring: use of the system is monitored and recorded. By signing you consent to such monitoring.',
      'Sanctions: failure to comply may result in revocation of access and disciplinary action.',
    ),
    table([['Printed name', 'Signature', 'Date', 'Manager'], ['', '', '', '']]),
  ];
  return {
    file: 'onboarding-form-7.pdf',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'A privileged-user Rules of Behavior acknowledgement form for the FedRAMP system: rules of behavior.',
    data: await buildPdf(blocks, { meta: { title: 'Form 7', author: 'HR Ops' } }),
  };
}

async function scrmDocx(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    big('Supply Chain Risk Management Plan'),
    p(`${CSO} | FedRAMP Moderate | SSP Attachment 15 | Version 1.2`),
    ...revisionHistory([
      { date: '2024-05-01', version: '1.0', change: 'Initial plan for Rev 5 SR family', author: GRC },
      { date: '2025-01-20', version: '1.2', change: 'SBOM generation for all images; supplier tiering criteria', author: GRC },
    ]),
    h1('1 Purpose'),
    p(`This plan describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${CSO}, implementing SR-1 through SR-12 of the FedRAMP Moderate baseline and NIST SP 800-161 Rev 1 practices.`),
    h1('2 Supply Chain Risk Management Team'),
    p('The SCRM team includes Procurement, Legal, GRC, Security Architecture and Platform Engineering. It meets monthly and reports to the security steering committee.'),
    h1('3 Supplier Tiering'),
    table([
      ['Tier', 'Criteria', 'Due diligence'],
      ['Tier 1 - Critical', 'Hosts or processes federal data, or is in the authorization boundary (e.g., AWS GovCloud)', 'FedRAMP authorization required; annual review'],
      ['Tier 2 - High', 'Software components deployed in production', 'SBOM, vulnerability disclosure program, provenance attestation'],
      ['Tier 3 - Standard', 'No access to the system or its data', 'Standard procurement review'],
    ]),
    h1('4 Controls'),
    ...ps(
      'Acquisition strategies (SR-5): open source components are pulled only through the internal artifact proxy; new dependencies require review of maintenance activity, licence and known vulnerabilities.',
      'Provenance (SR-4): container images are built in CI with SLSA level 3 provenance and signed; the admission controller rejects unsigned images.',
      'Component authenticity (SR-11): hardware is not procured for the boundary (IaaS only); software authenticity is verified with signatures and checksums.',
      'Notification agreements (SR-8): contracts with Tier 1 and Tier 2 suppliers require notification of compromises within 72 hours.',
    ),
    h1('5 Supply Chain Risk Assessment'),
    p('Supply chain risks are assessed annually and when a new Tier 1 or Tier 2 supplier is added. Risks are recorded in the enterprise risk register; weaknesses in SR controls are tracked in the POA&M.'),
  ];
  return {
    file: 'SCRM-Plan-v1.2.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'The Supply Chain Risk Management Plan (SR family, supplier tiering, provenance): SCRM plan.',
    data: await buildDocx({ blocks, header: 'CUI', meta: { title: 'SCRM Plan', author: GRC } }),
  };
}

async function scrmPdf(): Promise<Eval25Doc> {
  const blocks: Block[] = [
    table([[`${CSP}`, 'C-SCRM Plan', 'Rev. 1.0'], ['Approved by', CISO, '2024-05-01']], false),
    big('Cybersecurity Supply Chain Risk Management (C-SCRM) Plan'),
    h1('Scope'),
    p(`The plan applies to all products and services acquired for ${CSO}, including cloud infrastructure, third-party software, open-source libraries, managed security services and professional services with privileged access.`),
    h1('Roles'),
    ul('Supply chain risk executive: CISO', 'SCRM program lead: GRC Manager', 'Procurement: supplier onboarding and contract clauses', 'Engineering: SBOM and dependency management'),
    h1('Risk Identification and Assessment'),
    p('Suppliers are assessed with a questionnaire, review of their security certifications (FedRAMP, SOC 2, ISO 27001), financial stability, foreign ownership, control or influence (FOCI), and vulnerability history. Software components are assessed through SBOM analysis against known vulnerabilities and the CISA KEV catalog.'),
    h1('Risk Response'),
    p('Risks are accepted, mitigated (contract clauses, compensating controls), transferred or avoided (supplier not selected). Decisions are recorded by the SCRM lead.'),
    h1('Monitoring'),
    p('Continuous monitoring of Tier 1 suppliers includes review of their FedRAMP ConMon status and annual assessments; dependency vulnerabilities are tracked by the software composition analysis tool.'),
  ];
  return {
    file: 'doc-0587.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'A C-SCRM plan (scope, roles, supplier risk assessment, response, monitoring): supply chain risk management plan.',
    data: await buildPdf(blocks, { serif: true }),
  };
}

export async function planDocs(): Promise<Eval25Doc[]> {
  return Promise.all([
    contingencyPlanDocx(),
    contingencyPlanPdf(),
    incidentResponsePlanDocx(),
    incidentResponsePlanPdf(),
    cmpDocx(),
    cmpPdf(),
    policiesDocx(),
    acPolicyPdf(),
    userGuideDocx(),
    userGuidePdf(),
    robDocx(),
    robPdf(),
    scrmDocx(),
    scrmPdf(),
  ]);
}

