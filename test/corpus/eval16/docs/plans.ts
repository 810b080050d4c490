/** Prose SSP attachments: policies and procedures, user guides, rules of behavior, ISCP, CMP, IRP, SCRM plan. */
import type { CorpusDoc } from '../kit/corpus.js';
import { renderDocx } from '../kit/docx.js';
import { approvals, bold, bullets, distribution, h1, h2, legalNotice, p, pagebreak, prose, revisionHistory, table, toc } from '../kit/front.js';
import type { Block } from '../kit/model.js';
import { renderPdf } from '../kit/pdf.js';
import { seeded } from '../kit/rand.js';
import { renderMarkdown, renderText } from '../kit/text.js';
import { AGENCY, CSO, CSO2, CSO2_SHORT, CSO_SHORT, CSP, CSP2, GOVERNANCE, person } from './org.js';

const ROLES_TABLE = table([
  ['Role', 'Responsibility'],
  ['CISO', 'Owns the security program and approves this document.'],
  ['ISSO', 'Maintains this document and coordinates its annual review.'],
  ['SRE Manager', 'Implements the technical requirements in the production environment.'],
]);

function frontDocx(title: string, version: string, rand: () => number, body: Block[], system = CSO): Block[] {
  return [
    { k: 'title', text: system, size: 36 },
    { k: 'title', text: title, size: 48 },
    p(`Version ${version}`),
    p(`${CSP}`),
    pagebreak,
    ...revisionHistory([
      ['2023-09-12', '1.0', 'Initial version', person('isso')[0]],
      ['2024-09-30', '1.1', 'Annual review; updated roles', person('grc')[0]],
      ['2025-03-03', version, 'Annual review; aligned with Rev5 baseline parameters', person('isso')[0]],
    ]),
    ...approvals([person('ciso'), person('owner')]),
    ...toc(body, rand),
  ];
}

// ---------------------------------------------------------------- Policies and procedures
function accessControlPolicy(): Block[] {
  const r = seeded(201);
  return [
    h1('1 Purpose'),
    p(`This document establishes the Access Control (AC) and Identification and Authentication (IA) policy for ${CSO} and the procedures that implement it. It satisfies the policy and procedure requirements of NIST SP 800-53 Revision 5 controls AC-1 and IA-1 for the FedRAMP Moderate baseline.`),
    h1('2 Scope'),
    p(`The policy applies to all ${CSP} employees, contractors and service accounts with logical access to the production, staging and management environments of ${CSO_SHORT}. ${prose(r, GOVERNANCE, 2)}`),
    h1('3 Roles and Responsibilities'),
    ROLES_TABLE,
    h1('4 Policy'),
    h2('4.1 Account Management (AC-2)'),
    p('Accounts are requested through the access request workflow, approved by the resource owner and provisioned by the identity team. Shared and group accounts are prohibited. Privileged accounts are reviewed monthly and non-privileged accounts every six months. Accounts inactive for 90 days are disabled automatically.'),
    h2('4.2 Least Privilege (AC-6)'),
    p('Access is granted at the minimum level needed for assigned duties. Privileged functions are performed only from dedicated administrative roles assumed just-in-time with a maximum session of one hour.'),
    h2('4.3 Unsuccessful Logon Attempts (AC-7)'),
    p('After three consecutive invalid logon attempts within 15 minutes the account is locked for 30 minutes or until released by an administrator.'),
    h2('4.4 Identification and Authentication (IA-2, IA-5)'),
    p('All users authenticate with phishing-resistant multi-factor authentication. Passwords, where still used for break-glass accounts, are at least 15 characters, stored in the privileged access vault and rotated after every use.'),
    h1('5 Procedures'),
    h2('5.1 Provisioning Procedure'),
    bullets('Requester submits an access request naming the role and business justification.', 'Resource owner approves or rejects within two business days.', 'Identity team provisions the role and records the ticket number in the identity provider.', 'The ISSO samples 10% of provisioning tickets monthly for evidence of approval.'),
    h2('5.2 Deprovisioning Procedure'),
    bullets('HR termination triggers automatic disablement within one hour.', 'Transfers trigger a role review within five business days.', 'Service account owners recertify service accounts quarterly.'),
    h1('6 Compliance and Enforcement'),
    p(`${prose(r, GOVERNANCE, 3)} Violations of this policy may result in disciplinary action up to and including termination.`),
    h1('7 References'),
    bullets('NIST SP 800-53 Rev. 5, Security and Privacy Controls for Information Systems and Organizations', 'NIST SP 800-63-3, Digital Identity Guidelines', 'FedRAMP Moderate Baseline'),
  ];
}

function infosecPolicies(): Block[] {
  const r = seeded(202);
  const fam = (code: string, name: string, text: string): Block[] => [h2(`${code} – ${name}`), p(`Policy. ${text}`), p(`Procedure. ${prose(r, GOVERNANCE, 2)} The detailed procedure for ${code} is maintained in the runbook library under "${name}".`)];
  return [
    h1('1. Introduction'),
    p(`This document contains the information security policies and procedures of ${CSP2} for ${CSO2} (${CSO2_SHORT}). It addresses the "-1" policy and procedure control of each NIST SP 800-53 Rev. 5 control family in the FedRAMP Moderate baseline and is submitted as Attachment 1 to the System Security Plan.`),
    h1('2. Policy Governance'),
    p(`Policies are approved by the CISO and reviewed at least every three years; procedures are reviewed annually. ${prose(r, GOVERNANCE, 3)}`),
    h1('3. Policies and Procedures by Control Family'),
    ...fam('AC', 'Access Control', 'Logical access to QGW is granted on the basis of least privilege and separation of duties, approved by the resource owner and reviewed periodically.'),
    ...fam('AT', 'Awareness and Training', 'All personnel complete security and privacy awareness training at onboarding and annually; privileged users complete role-based training.'),
    ...fam('AU', 'Audit and Accountability', 'Security-relevant events are logged centrally, protected from modification and retained for one year online and three years in archive.'),
    ...fam('CA', 'Assessment, Authorization, and Monitoring', 'The system is assessed annually by an independent assessor and monitored continuously in accordance with the FedRAMP continuous monitoring strategy.'),
    ...fam('CM', 'Configuration Management', 'Baseline configurations are defined in code, changes are approved by the Change Advisory Board and drift is detected daily.'),
    ...fam('CP', 'Contingency Planning', 'A contingency plan is maintained, tested annually and updated after each test or real activation.'),
    ...fam('IA', 'Identification and Authentication', 'Users and devices are uniquely identified and authenticated with multi-factor authentication for all access to the system.'),
    ...fam('IR', 'Incident Response', 'Security incidents are handled according to the incident response plan and reported to US-CERT and affected agencies within one hour of confirmation.'),
    ...fam('MA', 'Maintenance', 'Maintenance is performed through approved tooling with session recording; no remote maintenance bypasses the management plane.'),
    ...fam('MP', 'Media Protection', 'Digital media containing federal data never leaves the authorization boundary; cloud storage is sanitized in accordance with NIST SP 800-88 through the IaaS provider.'),
    ...fam('PE', 'Physical and Environmental Protection', 'Physical and environmental controls are inherited from the leveraged IaaS provider.'),
    ...fam('PL', 'Planning', 'Security and privacy plans are maintained for the system and rules of behavior are acknowledged by every user.'),
    ...fam('PS', 'Personnel Security', 'Personnel are screened before access is granted and access is removed upon termination or transfer.'),
    ...fam('RA', 'Risk Assessment', 'Risk assessments are performed annually and vulnerabilities are scanned monthly and remediated within FedRAMP timeframes.'),
    ...fam('SA', 'System and Services Acquisition', 'Security requirements are included in acquisition contracts and secure development practices are enforced in the SDLC.'),
    ...fam('SC', 'System and Communications Protection', 'Boundary protection, encryption in transit with FIPS-validated modules and encryption at rest protect federal information.'),
    ...fam('SI', 'System and Information Integrity', 'Flaws are remediated timely, malicious code protection is deployed and system monitoring detects attacks and indicators of compromise.'),
    ...fam('SR', 'Supply Chain Risk Management', 'Supply chain risks are managed according to the supply chain risk management plan.'),
    h1('4. Enforcement'),
    p('Non-compliance is reported to the CISO and handled through the disciplinary process.'),
  ];
}

// ---------------------------------------------------------------- User guides
function adminGuide(): Block[] {
  return [
    h1('1 About This Guide'),
    p(`This guide explains how tenant administrators and case workers use ${CSO} (${CSO_SHORT}). It covers signing in, managing users, configuring case workflows and exporting records. Security-relevant configuration options that are the customer's responsibility are marked "Customer responsibility"; see the Customer Responsibility Matrix for the complete list.`),
    h1('2 Signing In'),
    p('Open https://app.lcmc.larkspur.example and select your agency. You are redirected to your agency identity provider; after authenticating with your PIV card or FIDO2 security key you return to the LCMC dashboard. Sessions end after 15 minutes of inactivity.'),
    h1('3 Managing Users (Tenant Administrators)'),
    h2('3.1 Adding a User'),
    bullets('Select Administration > Users > Add user.', 'Enter the user\'s agency e-mail address and choose one or more roles.', 'Select Save. The user receives an invitation that expires after 72 hours.'),
    h2('3.2 Removing or Suspending a User'),
    p('Select the user, then Suspend or Remove. Suspension keeps the user\'s case history and ownership; removal transfers open cases to the tenant administrator. Customer responsibility: review user accounts at least every six months.'),
    h1('4 Working With Cases'),
    h2('4.1 Creating a Case'),
    p('Select New case, choose a case type, complete the required fields and attach supporting documents (maximum 2 GB per file). Files are scanned for malware before they become available to other users.'),
    h2('4.2 Routing and Approvals'),
    p('Workflows route a case through review steps configured by the tenant administrator. Each transition is recorded in the case audit trail with the user, time and comment.'),
    h1('5 Security Features for Administrators'),
    table([['Setting', 'Location', 'Default', 'Recommended'], ['Session timeout', 'Administration > Security', '15 minutes', '15 minutes or less'], ['IP allow list', 'Administration > Network', 'Off', 'On, agency egress ranges'], ['Audit log export', 'Administration > Audit', 'Off', 'On, to agency SIEM'], ['Data retention', 'Administration > Records', '7 years', 'Per agency records schedule']]),
    h1('6 Getting Help'),
    p('Contact Larkspur Support at support@larkspur.example or (800) 555-0199, 24x7. Security concerns should be reported immediately to security@larkspur.example.'),
  ];
}

function userGuideMd(): Block[] {
  return [
    { k: 'title', text: `${CSO2} – User Guide` },
    p('_Applies to release 2025.03. Last updated 2025-03-10._'),
    h1('Overview'),
    p(`${CSO2_SHORT} helps federal grant officers publish funding opportunities, receive applications, run merit reviews and manage awards. This guide is for grant officers, reviewers and agency administrators.`),
    h1('Getting started'),
    bullets('Sign in at `https://workspace.qgw.quillfeather.example` with your agency credentials (Login.gov or PIV).', 'Accept the Rules of Behavior the first time you sign in.', 'Choose your default program from **Profile > Preferences**.'),
    h1('Publishing a funding opportunity'),
    p('Go to **Opportunities > New**. Fill in the synopsis, eligibility, deadlines and attachments. Select **Submit for approval**; a program manager approves before the opportunity becomes public on the portal.'),
    h1('Reviewing applications'),
    p('Reviewers see only the applications assigned to them. Conflicts of interest must be declared before scoring. Scores and comments are locked once the review panel closes.'),
    table([['Role', 'Can do', 'Cannot do'], ['Grant officer', 'Create opportunities, assign reviewers, make awards', 'Change scores'], ['Reviewer', 'Score assigned applications', 'See other reviewers\' scores before the panel closes'], ['Agency administrator', 'Manage users and roles', 'Approve awards']]),
    h1('Administration'),
    h2('User management'),
    p('Agency administrators add users under **Admin > People**. Removing a user revokes access immediately; their reviews stay attached to the application record.'),
    h2('Security settings you control'),
    bullets('Session timeout (default 15 minutes)', 'Allowed sign-in methods (PIV only, or PIV and Login.gov)', 'Export of audit events to your SIEM over syslog-TLS'),
    h1('Troubleshooting'),
    p('If an upload fails, check that the file is under 500 MB and is not password protected. For anything else open a ticket from **Help > Contact support**.'),
  ];
}

// ---------------------------------------------------------------- Rules of behavior
function rob(privileged: boolean): Block[] {
  return [
    h1('1. Introduction'),
    p(`These Rules of Behavior describe the responsibilities and expected behavior of ${privileged ? 'privileged users (administrators, engineers and support staff)' : 'all users'} of ${CSO}. Users must read and sign these rules before receiving access and annually thereafter, as required by NIST SP 800-53 control PL-4.`),
    h1('2. Rules'),
    bullets(
      'I will use the system only for authorized purposes and will not attempt to access information I am not authorized to access.',
      'I will protect my authenticators (PIV card, security key, passwords) and never share them.',
      'I will lock my workstation when unattended and log out at the end of my session.',
      'I will not download federal data to personal devices or unapproved storage.',
      'I will report suspected security incidents to the security operations center within one hour.',
      ...(privileged ? ['I will use privileged access only for approved administrative tasks recorded in a change ticket.', 'I will not disable, bypass or alter logging, monitoring or security controls.', 'I will use the break-glass account only during a declared emergency and report its use.'] : []),
    ),
    h1('3. Consequences of Non-Compliance'),
    p('Violations may result in suspension of access, disciplinary action up to termination, and civil or criminal penalties.'),
    h1('4. Acknowledgement'),
    p('I acknowledge that I have read, understand and will comply with these Rules of Behavior.'),
    table([['User name', ''], ['Signature', ''], ['Date', '']]),
  ];
}

// ---------------------------------------------------------------- ISCP
function iscp(system: string, short: string): Block[] {
  const r = seeded(system.length * 7);
  return [
    h1('1. Introduction'),
    p(`Information systems are vital to the mission of our customers. This Information System Contingency Plan (ISCP) establishes procedures to recover ${system} (${short}) following a disruption. The plan follows NIST SP 800-34 Rev. 1 and satisfies the CP family controls of the FedRAMP Moderate baseline.`),
    h2('1.1 Background'),
    p('The plan has three phases: Activation and Notification, Recovery, and Reconstitution. It is tested annually with a functional exercise; the results are reported in the contingency plan test report.'),
    h2('1.2 Scope'),
    p(`The plan covers all components inside the authorization boundary described in the System Security Plan. ${prose(r, GOVERNANCE, 2)}`),
    h2('1.3 Assumptions'),
    bullets('The warm standby region is available and unaffected by the disruption.', 'Key personnel or their alternates are available.', 'Backups are current to the recovery point objective.'),
    h1('2. Concept of Operations'),
    h2('2.1 System Description'),
    p('The production environment runs in one primary region across three availability zones, with database replicas, object storage replication and infrastructure code able to rebuild the application tier in the standby region.'),
    h2('2.2 Recovery Objectives'),
    table([['Metric', 'Value'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '1 hour']]),
    h2('2.3 Roles and Responsibilities'),
    table([['Role', 'Primary', 'Alternate'], ['Contingency Plan Director', person('cto')[0], person('ciso')[0]], ['Contingency Plan Coordinator', person('sre')[0], 'On-call SRE lead'], ['Communications Lead', 'Customer Success Director', 'Support Manager']]),
    h1('3. Activation and Notification'),
    p('The plan is activated when an outage exceeds, or is expected to exceed, four hours, or when the primary region is declared unavailable by the IaaS provider. The Contingency Plan Director declares activation and the Coordinator notifies the recovery team through the paging system and agency contacts by e-mail and phone.'),
    h1('4. Recovery'),
    bullets('Promote the database replica in the standby region.', 'Apply the infrastructure code to the standby account and scale the application tier.', 'Switch DNS records to the standby load balancers (TTL 60 seconds).', 'Validate application health checks and run the smoke test suite.'),
    h1('5. Reconstitution'),
    p('After recovery the team validates data integrity, confirms security controls (logging, monitoring, scanning) are operational in the recovered environment, and formally deactivates the plan. Lessons learned are recorded and the plan updated within 30 days.'),
    h1('Appendix A – Personnel Contact List'),
    table([['Name', 'Role', 'Phone', 'E-mail'], [person('cto')[0], 'Director', '(703) 555-0110', 'cto@larkspur.example'], [person('sre')[0], 'Coordinator', '(703) 555-0111', 'sre-lead@larkspur.example']]),
    h1('Appendix B – Backup and Alternate Site'),
    p('Database snapshots are taken hourly and retained 35 days; object storage is replicated continuously. The alternate processing site is the standby region of the same IaaS provider.'),
  ];
}

// ---------------------------------------------------------------- CMP
function cmp(): Block[] {
  return [
    h1('1. Purpose'),
    p(`This Configuration Management Plan (CMP) describes how ${CSP2} establishes and maintains the integrity of ${CSO2} through configuration identification, change control, configuration status accounting and configuration audits. It implements the CM family controls of NIST SP 800-53 Rev. 5.`),
    h1('2. Roles'),
    table([['Role', 'Responsibilities'], ['Change Advisory Board (CAB)', 'Reviews and approves normal changes weekly; emergency CAB convenes on demand'], ['Configuration Manager', 'Maintains baselines and the configuration item register'], ['ISSO', 'Performs security impact analysis and determines whether a change is significant']]),
    h1('3. Configuration Identification'),
    p('Configuration items (CIs) include infrastructure-as-code modules, container images, Helm charts, database schemas and managed service settings. Each CI has an owner and a version recorded in the Git repository. The inventory of deployed components is reconciled monthly with the Integrated Inventory Workbook.'),
    h1('4. Baseline Configurations'),
    table([['Component', 'Baseline', 'Scan tool'], ['Amazon Linux 2023 nodes', 'CIS Amazon Linux 2023 Benchmark L1', 'Nessus compliance audit'], ['PostgreSQL 15', 'DISA PostgreSQL 9.x STIG (adapted)', 'Nessus database audit'], ['Kubernetes', 'CIS Amazon EKS Benchmark', 'kube-bench']]),
    h1('5. Change Control Process'),
    bullets('Engineer opens a change request with description, risk, test evidence and rollback plan.', 'ISSO performs security impact analysis (CM-4); changes that may be significant are escalated to the agency AO before implementation.', 'CAB approves; the pipeline deploys only approved, signed artifacts.', 'Post-implementation verification confirms the change and updates the baseline.'),
    h1('6. Configuration Monitoring and Audit'),
    p('Drift detection runs daily; unauthorized changes raise a security alert. Quarterly configuration audits compare deployed state with the approved baseline and results feed the POA&M when deviations are found.'),
    h1('7. Tools'),
    bullets('GitHub Enterprise (source control, pull request approvals)', 'Terraform Cloud (infrastructure deployment)', 'Argo CD (application deployment)', 'AWS Config (drift detection)'),
  ];
}

// ---------------------------------------------------------------- IRP
function irp(system: string): Block[] {
  return [
    h1('1. Introduction'),
    p(`This Incident Response Plan (IRP) establishes the capability of ${CSP} to prepare for, detect, analyze, contain, eradicate and recover from security incidents affecting ${system}, and to report them to customers, US-CERT (CISA) and the FedRAMP PMO. It implements IR-8 and follows NIST SP 800-61 Rev. 2.`),
    h1('2. Incident Response Team'),
    table([['Role', 'Name', 'Responsibility'], ['Incident Commander', person('ciso')[0], 'Leads the response and approves external notifications'], ['Incident Handler', 'On-call security engineer', 'Triage, analysis, containment'], ['Communications', 'Customer Success Director', 'Agency and customer communications'], ['Legal Counsel', 'General Counsel', 'Regulatory and contractual obligations']]),
    h1('3. Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Initial response'], ['SEV-1', 'Confirmed compromise of federal data or loss of availability', '15 minutes'], ['SEV-2', 'Suspected compromise or active attack contained to a component', '1 hour'], ['SEV-3', 'Policy violation or suspicious activity without impact', '1 business day']]),
    h1('4. Incident Handling Lifecycle'),
    h2('4.1 Preparation'),
    p('Playbooks are maintained for credential compromise, malware, data exfiltration, denial of service and insider misuse. The team exercises the plan annually with a tabletop exercise that includes agency participants.'),
    h2('4.2 Detection and Analysis'),
    p('Alerts from the SIEM, GuardDuty, endpoint detection and customer reports are triaged by the on-call handler, who opens an incident record and assigns a severity.'),
    h2('4.3 Containment, Eradication and Recovery'),
    p('Containment options include isolating workloads, revoking credentials and blocking indicators at the WAF. Evidence is preserved before eradication. Recovery follows the contingency plan where restoration is needed.'),
    h2('4.4 Post-Incident Activity'),
    p('A lessons-learned review is held within ten business days; corrective actions are tracked in the POA&M where they concern a control weakness.'),
    h1('5. Reporting'),
    p(`Incidents are reported to the ${AGENCY} security operations center and to CISA within one hour of being identified as an incident, and to the FedRAMP PMO as required by the FedRAMP Incident Communications Procedures. Status updates are provided at least daily until closure.`),
    h1('6. Plan Maintenance'),
    p('This plan is reviewed annually, after each SEV-1 incident and after each exercise.'),
  ];
}

// ---------------------------------------------------------------- SCRM plan
function scrm(system: string, org: string): Block[] {
  return [
    h1('1. Purpose and Scope'),
    p(`This Supply Chain Risk Management (SCRM) Plan describes how ${org} identifies, assesses and mitigates supply chain risks to ${system}, as required by NIST SP 800-53 Rev. 5 control SR-2 and informed by NIST SP 800-161 Rev. 1. It covers suppliers of software, cloud services, hardware security modules and professional services that affect the system.`),
    h1('2. SCRM Roles and Governance'),
    table([['Role', 'Responsibility'], ['SCRM Team (SR-2(1))', 'Security, procurement, legal and engineering representatives; meets quarterly'], ['Procurement', 'Embeds security requirements in contracts (SA-4)'], ['Engineering', 'Maintains the software bill of materials and approved component list']]),
    h1('3. Supplier Criticality and Assessment'),
    p('Suppliers are tiered by criticality. Tier 1 suppliers (IaaS, identity provider, e-mail delivery) must hold a FedRAMP authorization or undergo an annual security assessment; Tier 2 suppliers complete a security questionnaire and provide an independent audit report; Tier 3 suppliers are reviewed at onboarding.'),
    h1('4. Component Authenticity and Provenance (SR-4, SR-11)'),
    p('Open-source dependencies are pulled only through the internal artifact proxy, verified against signatures where available and recorded in an SBOM (CycloneDX) for each release. Container base images come from the hardened image pipeline.'),
    h1('5. Notification Agreements (SR-8)'),
    p('Contracts with Tier 1 and Tier 2 suppliers require notification of compromises, vulnerabilities and results of assessments affecting delivered products within 72 hours.'),
    h1('6. Monitoring and Review'),
    p('Supplier risk is reassessed annually and when a supplier reports an incident. Findings are tracked to closure in the risk register and, where they affect the system, in the POA&M.'),
    h1('7. Plan Review'),
    p(`The plan is reviewed annually by the SCRM team and approved by the CISO. ${GOVERNANCE[1]}`),
  ];
}

export async function planDocs(): Promise<CorpusDoc[]> {
  const docs: Promise<CorpusDoc>[] = [];
  const add = (file: string, expected: CorpusDoc['expected'], note: string, make: () => Promise<Buffer> | string): void => {
    docs.push(Promise.resolve(make()).then((data) => ({ file, expected, note, data })));
  };

  // Policies and procedures: docx (title in a table cell, bold headings) and pdf.
  const ac = accessControlPolicy();
  add('AC-IA-Policy-Procedures_2025.docx', 'POLICIES_AND_PROCEDURES', 'Access Control and Identification & Authentication Policy and Procedures for the CSO (AC-1/IA-1), title in a table cell, bold-paragraph headings.', () =>
    renderDocx({
      blocks: [table([[`${CSP}`, 'Document ID: POL-AC-001'], ['Access Control and Identification & Authentication Policy and Procedures', 'Version 2.1 | Effective 2025-03-03']], false), ...revisionHistory([['2024-03-01', '2.0', 'Rev5 update', person('grc')[0]], ['2025-03-03', '2.1', 'Annual review', person('isso')[0]]]), ...ac],
      header: 'Internal Use – Controlled Unclassified Information',
      footer: 'POL-AC-001',
      meta: { title: 'Policy Template', creator: person('grc')[0], company: CSP, application: 'Microsoft Office Word' },
      headings: 'bold',
    }),
  );
  const isp = infosecPolicies();
  add('doc-0412.pdf', 'POLICIES_AND_PROCEDURES', 'Information Security Policies and Procedures covering each 800-53 family ("-1" controls), SSP Attachment 1, rendered to pdf.', () =>
    renderPdf({ blocks: [...frontDocx('Information Security Policies and Procedures', '4.0', seeded(203), isp, CSO2), ...isp], header: `${CSO2_SHORT} – Attachment 1`, footer: CSP2, meta: { title: `${CSO2_SHORT} Information Security Policies and Procedures`, creator: person('grc')[0] }, headings: 'style' }),
  );

  // User guides: docx and markdown.
  const ug = adminGuide();
  add('LCMC Admin Guide.docx', 'USER_GUIDE', 'Administrator and user guide of the CSO (sign-in, user management, security settings), SSP Attachment 2.', () =>
    renderDocx({ blocks: [...frontDocx('Administrator and User Guide', '2025.1', seeded(204), ug), ...ug], header: `${CSO_SHORT} User Guide`, footer: CSP, meta: { title: `${CSO_SHORT} User Guide`, creator: 'Technical Writing' }, headings: 'style' }),
  );
  add('README.md', 'USER_GUIDE', 'Markdown user guide of a CSO (getting started, roles, administration), as published from a docs site; user-guide attachment.', () =>
    renderMarkdown({ blocks: userGuideMd(), meta: null, headings: 'style' }, { title: `${CSO2_SHORT} User Guide`, sidebar_position: '1', last_update: '2025-03-10' }),
  );

  // Rules of behavior: docx and plain text.
  const robAll = rob(false);
  add('upload (7).docx', 'RULES_OF_BEHAVIOR', 'Rules of Behavior for all users of the CSO with acknowledgement block (PL-4).', () =>
    renderDocx({ blocks: [bold(`${CSO}`), { k: 'title', text: 'Rules of Behavior', size: 40 }, p('Version 1.3 – March 2025'), ...robAll], footer: `${CSP} – Rules of Behavior`, meta: null, headings: 'style' }),
  );
  const robPriv = rob(true);
  add('privileged_rob_2025.txt', 'RULES_OF_BEHAVIOR', 'Plain-text Privileged User Rules of Behavior with acknowledgement, as pasted from an onboarding e-mail.', () =>
    renderText({ blocks: [p('Subject: ACTION REQUIRED - sign the Privileged User Rules of Behavior before 2025-03-31'), p('Please read the rules below and reply "I agree" or sign the attached form.'), { k: 'title', text: `${CSO_SHORT} Privileged User Rules of Behavior` }, ...robPriv], meta: null, headings: 'style' }, '\r\n'),
  );

  // ISCP: docx and pdf.
  const cp1 = iscp(CSO, CSO_SHORT);
  add('ISCP-LCMC-v5.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan (NIST SP 800-34 structure, RTO/RPO, activation, recovery, reconstitution).', () =>
    renderDocx({ blocks: [...frontDocx('Information System Contingency Plan (ISCP)', '5.0', seeded(205), cp1), ...cp1], header: 'CUI // SP-PRVCY', footer: `${CSO_SHORT} ISCP`, meta: { title: 'ISCP', subject: 'Attachment 6', creator: person('sre')[0] }, headings: 'style' }),
  );
  const cp2 = iscp(CSO2, CSO2_SHORT);
  add('Attachment_06.pdf', 'CONTINGENCY_PLAN', 'Information System Contingency Plan of a second CSO rendered as pdf, with distribution list before the body.', () =>
    renderPdf({ blocks: [{ k: 'title', text: `${CSO2} Information System Contingency Plan` }, ...distribution(['Agency ISSO / ' + AGENCY, 'FedRAMP PMO / GSA', 'Contingency Plan Director / ' + CSP2]), ...cp2], header: `${CSO2_SHORT} ISCP v2.0`, meta: { title: 'Microsoft Word - QGW_ISCP_v2.docx' }, headings: 'style' }),
  );

  // CMP: docx and markdown.
  const cm = cmp();
  add('QGW-CMP.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan in markdown (baselines, change control, CAB, drift detection).', () =>
    renderMarkdown({ blocks: [{ k: 'title', text: `${CSO2} Configuration Management Plan` }, p('> Owner: Configuration Manager · Review cycle: annual · Status: Approved'), ...cm], meta: null, headings: 'style' }),
  );
  add('Final_v2.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan rendered to docx with bold-paragraph headings and no document metadata.', () =>
    renderDocx({ blocks: [p(`${CSO2}`), { k: 'title', text: 'Configuration Management Plan', size: 40 }, ...legalNotice(CSP2), pagebreak, ...cm], footer: 'Company Confidential', meta: null, headings: 'bold' }),
  );

  // IRP: pdf and docx with stale metadata.
  const ir1 = irp(CSO);
  add('IRP_LCMC.pdf', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan (IR-8, NIST SP 800-61 lifecycle, US-CERT reporting) rendered as pdf.', () =>
    renderPdf({ blocks: [...frontDocx('Incident Response Plan', '3.1', seeded(206), ir1), ...ir1], header: 'CUI', footer: `${CSO_SHORT} IRP`, meta: { title: 'Incident Response Plan', creator: person('ciso')[0] }, headings: 'style' }),
  );
  const ir2 = irp(CSO2);
  add('Contingency_Plan_FINAL.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan whose file name and stale metadata title say contingency plan; content is an IRP.', () =>
    renderDocx({ blocks: [{ k: 'title', text: `${CSO2} Incident Response Plan`, size: 40 }, p('Version 2.4 – effective 2025-02-01'), ...ir2], header: CSP2, meta: { title: 'Contingency Plan Template', creator: 'FedRAMP', lastModifiedBy: person('isso')[0] }, headings: 'style' }),
  );

  // SCRM plan: docx and pdf.
  const sr1 = scrm(CSO, CSP);
  add('SCRM-Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan (SR-2, SP 800-161) for the CSO.', () =>
    renderDocx({ blocks: [...frontDocx('Supply Chain Risk Management Plan', '1.2', seeded(207), sr1), ...sr1], header: `${CSO_SHORT} SCRM Plan`, footer: 'CUI', meta: { title: 'Supply Chain Risk Management Plan', creator: person('grc')[0] }, headings: 'style' }),
  );
  const sr2 = scrm(CSO2, CSP2);
  add('scan_0003.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan of a second CSO as pdf; neutral scanner-like file name.', () =>
    renderPdf({ blocks: [{ k: 'title', text: 'Supply Chain Risk Management (SCRM) Plan' }, p(`${CSO2} (${CSO2_SHORT})`), ...sr2], footer: CSP2, meta: null, headings: 'bold' }),
  );
  return Promise.all(docs);
}
