/** Prose deliverables (SSP and its prose attachments), as blocks for the PDF or docx builders. */
import type { Block } from '../kit/pdf-doc.js';
import { approvals, PROPRIETARY, revisionTable, sections, toc, type Sys } from '../kit/front-matter.js';

const ctl = (s: Sys, id: string, title: string, text: string): Block[] => [
  { k: 'h', text: `${id} ${title}`, size: 11 },
  {
    k: 'table',
    head: [`${id} Control Summary Information`, ''],
    rows: [
      ['Responsible Role', 'System Owner; Information System Security Officer (ISSO)'],
      ['Implementation Status', 'Implemented'],
      ['Control Origination', 'Service Provider Corporate; Service Provider System Specific'],
    ],
    widths: [2, 3],
  },
  { k: 'p', text: `${id} What is the solution and how is it implemented?`, bold: true },
  { k: 'p', text: text.replaceAll('SYS', s.name).replaceAll('CSP', s.csp) },
];

export function sspBlocks(s: Sys, variant: 0 | 1 | 2): Block[] {
  const cover: Block[] = [
    { k: 'space', h: 60 },
    { k: 'p', text: s.csp, bold: true, size: 14 },
    { k: 'title', text: variant === 1 ? `${s.name} (${s.abbr})` : 'System Security Plan', size: 24 },
    { k: 'p', text: variant === 1 ? 'FedRAMP System Security Plan (SSP) - Rev 5 Template' : `${s.name} (${s.abbr})`, size: 14 },
    { k: 'p', text: `Impact Level: ${s.level} | Version 3.${variant + 1} | January 30, 2026`, size: 11 },
    { k: 'space', h: 40 },
    { k: 'p', text: PROPRIETARY, size: 8 },
    { k: 'break' },
    { k: 'h', text: 'Document Revision History', size: 12 },
    revisionTable([
      ['03/14/2024', '1.0', 'Initial SSP for agency authorization partnership', 'J. Okafor'],
      ['11/02/2024', '2.0', 'Updated after 3PAO readiness review; boundary diagram revised', 'J. Okafor'],
      ['06/20/2025', '3.0', 'Annual update; migrated to Rev 5 template', 'M. Lindqvist'],
      ['01/30/2026', `3.${variant + 1}`, 'Incorporated significant change (managed database migration)', 'M. Lindqvist'],
    ]),
    ...approvals([
      ['Dana Whitfield', `Chief Information Security Officer, ${s.csp}`],
      ['Raj Malhotra', `System Owner, ${s.name}`],
    ]),
    { k: 'break' },
    ...toc(['1. Information System Name/Title', '2. Information System Categorization', '3. Information System Owner', '9. General System Description', '10. System Environment and Inventory', '13. Minimum Security Controls', 'Appendix A FedRAMP Security Controls']),
    { k: 'break' },
  ];
  const body = sections([
    ['Information System Name/Title', `This System Security Plan provides an overview of the security requirements for ${s.name} (${s.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by FedRAMP. The system is operated by ${s.csp} as a Software as a Service offering.`],
    ['Information System Categorization', `The overall information system sensitivity categorization, as noted in Table 2-1, is ${s.level}. The categorization was derived using FIPS 199 and NIST SP 800-60 Volume II; the completed FIPS 199 Categorization is provided as Attachment 10 to this SSP.`, `Digital identity level: the Digital Identity Worksheet (Attachment 3) determined IAL2, AAL2 and FAL2 for privileged and agency end users.`],
    ['Information System Owner', `The System Owner is Raj Malhotra, Vice President of Government Programs, ${s.csp}. The Authorizing Official is the Chief Information Officer of the ${s.agency}. The ISSO is responsible for maintaining this SSP and its attachments and for coordinating continuous monitoring deliverables.`],
    ['General System Description', `${s.abbr} is deployed in AWS GovCloud (US-West) across three availability zones. Agency users access the application through a web interface protected by a web application firewall and an application load balancer terminating TLS 1.2 or higher with FIPS 140-validated modules. The authorization boundary includes the application tier, the managed PostgreSQL database, the logging pipeline and the administrative bastion hosts.`, `Leveraged authorizations: ${s.abbr} inherits physical and environmental controls from the AWS GovCloud (US) FedRAMP High P-ATO. Interconnections are documented in Table 11-1 and governed by interconnection security agreements.`],
    ['System Environment and Inventory', `Directions for attaching the FedRAMP Inventory Workbook may be found in Attachment 13. All components are tagged with a unique asset identifier that is used consistently in the Integrated Inventory Workbook, in monthly vulnerability scans and in the POA&M.`],
    ['Minimum Security Controls', `Security controls must meet minimum security control baseline requirements. The ${s.level} baseline controls are described below; for each control the implementation statement describes how ${s.csp} meets every part of the requirement and which responsibilities are left to the customer as listed in the CIS/CRM workbook (Attachment 9).`],
  ]);
  const controls: Block[] = [
    ...ctl(s, 'AC-2', 'Account Management (M)(H)', 'Part a: CSP defines information system account types as privileged administrator, operations engineer, read-only auditor and agency end user. Part b: account managers are assigned by the System Owner. Accounts are requested through the ticketing system, approved by the account manager and provisioned through the identity provider; SYS disables temporary and emergency accounts after 24 hours and inactive accounts after 90 days. Account reviews are performed quarterly for privileged accounts and annually for all others.'),
    ...ctl(s, 'AC-17', 'Remote Access', 'All administrative remote access to SYS traverses the bastion hosts over SSH with multi-factor authentication using PIV or FIDO2 authenticators. Remote sessions are logged to the central SIEM and monitored by the security operations center.'),
    ...ctl(s, 'AU-6', 'Audit Record Review, Analysis, and Reporting', 'CSP reviews and analyzes audit records at least weekly for indications of inappropriate or unusual activity, and reports findings to the ISSO. Automated correlation rules raise alerts in real time.'),
    ...ctl(s, 'CM-6', 'Configuration Settings', 'SYS hardens operating systems to CIS Benchmark Level 1 profiles with documented deviations approved by the change advisory board. Configuration compliance is scanned monthly and deviations are tracked in the POA&M.'),
    ...ctl(s, 'IA-2', 'Identification and Authentication (Organizational Users)', 'Organizational users are uniquely identified and authenticated through the corporate identity provider using phishing-resistant multi-factor authentication.'),
    ...ctl(s, 'RA-5', 'Vulnerability Monitoring and Scanning', 'Authenticated operating system, database and web application scans are performed monthly. High vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery. Results are delivered to the agency with the monthly continuous monitoring package.'),
    ...ctl(s, 'SC-13', 'Cryptographic Protection', 'SYS uses FIPS-validated cryptography for data in transit and at rest. Key management is performed through AWS KMS with customer-managed keys rotated annually.'),
    ...ctl(s, 'SI-4', 'System Monitoring', 'Host-based intrusion detection agents and network flow monitoring feed the SIEM; the SOC monitors alerts 24x7 and escalates to the incident response team following the Incident Response Plan (Attachment 8).'),
  ];
  return [...cover, ...body, { k: 'h', text: '13.1 Access Control (AC)' }, ...controls];
}

export function genericPlan(
  s: Sys,
  title: string,
  subtitle: string,
  secs: Parameters<typeof sections>[0],
  opts: { coverFirst?: boolean; version?: string } = {},
): Block[] {
  const front: Block[] = [
    revisionTable([
      ['02/11/2025', '1.0', 'Initial release', 'Compliance Team'],
      ['08/29/2025', '1.1', 'Annual review; updated contacts and references', 'Compliance Team'],
      ['01/15/2026', opts.version ?? '1.2', 'Updated for Rev 5 baseline and current system boundary', 'ISSO'],
    ]),
    ...approvals([
      ['Dana Whitfield', 'Chief Information Security Officer'],
      ['Raj Malhotra', `System Owner, ${s.name}`],
    ]),
  ];
  const cover: Block[] = [
    { k: 'space', h: 50 },
    { k: 'p', text: s.csp, bold: true, size: 13 },
    { k: 'title', text: title, size: 22 },
    { k: 'p', text: subtitle, size: 12 },
    { k: 'p', text: `${s.name} | FedRAMP ${s.level} | Version ${opts.version ?? '1.2'} | January 15, 2026`, size: 10 },
    { k: 'space', h: 30 },
    { k: 'p', text: PROPRIETARY, size: 8 },
    { k: 'break' },
  ];
  const tocBlocks = toc(secs.map((x, i) => `${i + 1}. ${x[0]}`));
  return opts.coverFirst === false
    ? [...front, { k: 'break' }, ...cover, ...tocBlocks, { k: 'break' }, ...sections(secs)]
    : [...cover, ...front, { k: 'break' }, ...tocBlocks, { k: 'break' }, ...sections(secs)];
}

export const planSections = {
  contingency: (s: Sys): Parameters<typeof sections>[0] => [
    ['Introduction and Purpose', `This Information System Contingency Plan (ISCP) establishes procedures to recover ${s.name} following a disruption. It was developed following NIST SP 800-34 Rev. 1 and supports the CP family controls of the FedRAMP ${s.level} baseline.`, `The ISCP is an attachment to the ${s.name} System Security Plan and is tested annually through a functional exercise; results feed the plan maintenance process.`],
    ['Concept of Operations', `${s.abbr} is deployed across three availability zones with a warm standby in a second region. Backups of the database are taken every four hours and retained for 35 days; object storage is replicated cross-region.`, `Recovery objectives: Recovery Time Objective (RTO) 12 hours; Recovery Point Objective (RPO) 4 hours; Maximum Tolerable Downtime 24 hours, as established in the Business Impact Analysis in Appendix C.`],
    ['Roles and Responsibilities', 'The ISCP Director activates the plan and coordinates with the sponsoring agency. The Contingency Planning Coordinator maintains call trees and keeps this plan current.', '* ISCP Director: VP of Operations', '* Contingency Planning Coordinator: Site Reliability Engineering Manager', '* Damage Assessment Team: on-call SRE and database engineer', '* Recovery Team: platform engineering'],
    ['Activation and Notification Phase', 'Activation criteria: an outage that exceeds or is expected to exceed four hours, loss of an availability zone, or a data corruption event. Upon activation the coordinator notifies agency points of contact and US-CERT if the cause is a security incident, following the Incident Response Plan.'],
    ['Recovery Phase', 'Recovery procedures are executed in sequence: declare failover, promote the standby database, redirect DNS through Route 53 health checks, validate application functions, and confirm data integrity by checksum comparison of the most recent transactions.', 'Each procedure is recorded in the recovery log with time stamps for after-action review.'],
    ['Reconstitution Phase', 'Reconstitution returns the system to normal operations: restore primary region, resynchronize data, perform validation testing and security scans, and deactivate the plan. Lessons learned are documented within 10 business days.'],
    ['Plan Testing and Maintenance', 'The ISCP is reviewed annually and after significant changes. Contingency plan testing follows a tabletop exercise one year and a functional failover test the next; the test report is provided to the agency.'],
  ],
  cmp: (s: Sys): Parameters<typeof sections>[0] => [
    ['Purpose', `This Configuration Management Plan (CMP) describes how ${s.csp} manages the configuration of ${s.name} throughout the system development life cycle and supports the CM family of controls.`],
    ['Configuration Management Roles', 'The Change Advisory Board (CAB) reviews and approves changes. The Configuration Manager maintains baselines; the ISSO performs security impact analysis for every normal and emergency change.', '* CAB Chair: Director of Engineering', '* Configuration Manager: DevOps Lead', '* Security Impact Analyst: ISSO'],
    ['Baseline Configurations', 'Baselines are defined as code: golden machine images are built from hardened CIS benchmark templates, container base images are pinned by digest, and infrastructure is declared in Terraform modules stored in version control. Deviations from benchmark settings are documented with justification.'],
    ['Configuration Change Control', 'Changes are classified as standard (pre-approved), normal or emergency. Normal changes require a ticket, peer review of the pull request, successful pipeline tests, a security impact analysis and CAB approval before promotion to production. Emergency changes are approved by the CAB chair and reviewed retroactively within two business days.', 'Changes that meet the FedRAMP significant change criteria are submitted to the agency as a significant change request before implementation.'],
    ['Configuration Monitoring and Audits', 'Configuration drift is detected by the compliance scanner daily. Quarterly configuration audits compare the Integrated Inventory Workbook to the deployed environment.'],
    ['Tools', 'Source control: GitLab; pipeline: GitLab CI; infrastructure as code: Terraform; configuration scanning: CIS-CAT Pro and AWS Config rules; ticketing: Jira Service Management.'],
  ],
  irp: (s: Sys): Parameters<typeof sections>[0] => [
    ['Purpose and Scope', `This Incident Response Plan (IRP) defines how ${s.csp} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${s.name}, consistent with NIST SP 800-61 and the FedRAMP Incident Communications Procedures.`],
    ['Incident Response Team', 'The Computer Security Incident Response Team (CSIRT) consists of the Incident Commander, security analysts, the system owner, legal counsel and communications. Contact details are maintained in Appendix A and tested quarterly.'],
    ['Incident Categories and Severity', 'Incidents are categorized using the US-CERT federal incident notification guidelines and assigned severity levels 1 (critical) through 4 (low).', '* Severity 1: confirmed compromise of federal data or privileged credentials', '* Severity 2: malware on a production host or attempted exfiltration', '* Severity 3: policy violations, failed attacks of significance', '* Severity 4: suspicious events requiring investigation'],
    ['Reporting Requirements', 'Suspected or confirmed incidents are reported to US-CERT (CISA) within one hour of identification, and to the sponsoring agency incident response team and the FedRAMP PMO at the same time. Status updates are provided daily until resolution.'],
    ['Incident Handling Phases', 'Preparation: tools, playbooks and training. Detection and Analysis: SIEM alerts triaged by the SOC. Containment: isolation of affected instances through security groups. Eradication and Recovery: rebuild from golden images, credential rotation. Post-Incident Activity: lessons learned meeting within five business days and a final report to the agency.'],
    ['Testing and Training', 'The IRP is tested annually through a tabletop exercise including the agency; staff receive incident response training upon assignment and annually thereafter.'],
  ],
  scrm: (s: Sys): Parameters<typeof sections>[0] => [
    ['Purpose', `This Supply Chain Risk Management Plan (SCRMP) describes how ${s.csp} identifies, assesses and mitigates supply chain risks to ${s.name} in accordance with NIST SP 800-161 Rev. 1 and the SR control family.`],
    ['Scope', 'The plan covers hardware and cloud infrastructure providers, commercial software, open-source components, managed service providers and development tool chains used to build and operate the system.'],
    ['Supply Chain Risk Management Team', 'The SCRM team includes procurement, legal, engineering and security. It maintains the supplier inventory and reviews critical suppliers annually.'],
    ['Supplier Assessment', 'Critical suppliers are assessed before onboarding using a questionnaire aligned to SR-6, review of FedRAMP authorizations or SOC 2 reports, foreign ownership checks and a review of the supplier incident history.'],
    ['Component Authenticity and Provenance', 'Software components are obtained from authorized sources; container images are signed and verified; a software bill of materials (SBOM) is generated for each release and scanned for known vulnerabilities. Counterfeit component reporting follows SR-11.'],
    ['Notification Agreements and Monitoring', 'Contracts with critical suppliers require notification of compromises within 72 hours. Supplier risk is monitored continuously and reported to the CISO quarterly.'],
  ],
  policies: (s: Sys): Parameters<typeof sections>[0] => [
    ['Purpose', `This document establishes the Access Control (AC) and Identification and Authentication (IA) policies and procedures for ${s.name}. It satisfies the AC-1 and IA-1 control requirements of the FedRAMP ${s.level} baseline and is Attachment 1 to the System Security Plan.`],
    ['Scope', `Applies to all ${s.csp} employees and contractors with logical access to ${s.abbr} production, staging and management environments.`],
    ['Roles and Responsibilities', 'The CISO owns this policy. The System Owner approves access. The ISSO reviews accounts and audits compliance. Managers notify HR and IT of personnel transfers and terminations.'],
    ['Management Commitment and Coordination', 'Senior management commits to enforcing this policy; it is coordinated with the Human Resources, Legal and Engineering departments.'],
    ['Access Control Policy', 'AC-2: accounts are managed through a documented request and approval process. AC-3: access is enforced through role-based access control. AC-6: least privilege is applied and privileged functions are restricted. AC-7: accounts lock after three unsuccessful logon attempts within 15 minutes. AC-11: sessions lock after 15 minutes of inactivity. AC-17: remote access requires MFA.'],
    ['Access Control Procedures', '1. The requester submits an access request ticket. 2. The manager and system owner approve. 3. The identity team provisions the role group. 4. The ISSO reviews privileged access quarterly. 5. Access is revoked within 24 hours of termination.'],
    ['Identification and Authentication Policy', 'IA-2: all users are uniquely identified and authenticated; privileged and non-privileged network access uses multi-factor authentication. IA-5: authenticators meet NIST SP 800-63B requirements; passwords are at least 12 characters.'],
    ['Policy Review', 'This policy is reviewed and updated at least annually and following significant changes; procedures are reviewed at least annually.'],
  ],
  userGuide: (s: Sys): Parameters<typeof sections>[0] => [
    ['Introduction', `This User Guide describes how agency users and administrators use ${s.name}. It is provided as an attachment to the ${s.name} System Security Plan and explains the security features available to customers.`],
    ['Getting Started', 'Agency administrators receive an activation email. Sign in at the agency tenant URL with your PIV card or a registered FIDO2 key. First-time users must accept the Rules of Behavior before the dashboard is displayed.'],
    ['Navigating the Dashboard', 'The left navigation pane contains Cases, Reports, Administration and Help. Select a case number to open the case record. Use the search bar to locate records by case number, name or date range.'],
    ['Managing Users (Administrators)', 'Select Administration > Users > Add User. Enter the user email, assign a role (Viewer, Caseworker, Supervisor, Tenant Administrator) and select Save. Disable users by selecting the user and choosing Deactivate. Administrators should review user lists at least quarterly.'],
    ['Security Features for Customers', 'Session timeout: configurable between 5 and 15 minutes. Audit log export: Administration > Audit > Export (CSV or JSON). IP allow-listing: Administration > Network. Single sign-on: configure SAML 2.0 with your agency identity provider.'],
    ['Troubleshooting and Support', 'If you cannot sign in, confirm your PIV certificate is valid. Contact the service desk at support portal or by phone, 24x7. Report suspected security incidents immediately using the Report Incident button.'],
  ],
};
