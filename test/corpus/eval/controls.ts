/** A slice of NIST SP 800-53 Rev. 5 (ids and titles) and implementation prose written for the evaluation corpus. */
import type { Rng } from './common.js';
import type { Provider } from './orgs.js';

export const FAMILIES: Record<string, string> = {
  AC: 'Access Control',
  AT: 'Awareness and Training',
  AU: 'Audit and Accountability',
  CA: 'Assessment, Authorization, and Monitoring',
  CM: 'Configuration Management',
  CP: 'Contingency Planning',
  IA: 'Identification and Authentication',
  IR: 'Incident Response',
  MA: 'Maintenance',
  MP: 'Media Protection',
  PE: 'Physical and Environmental Protection',
  PL: 'Planning',
  PS: 'Personnel Security',
  RA: 'Risk Assessment',
  SA: 'System and Services Acquisition',
  SC: 'System and Communications Protection',
  SI: 'System and Information Integrity',
  SR: 'Supply Chain Risk Management',
};

export const CONTROLS: [string, string][] = [
  ['AC-1', 'Policy and Procedures'], ['AC-2', 'Account Management'], ['AC-2(1)', 'Automated System Account Management'],
  ['AC-2(3)', 'Disable Accounts'], ['AC-2(4)', 'Automated Audit Actions'], ['AC-3', 'Access Enforcement'],
  ['AC-4', 'Information Flow Enforcement'], ['AC-5', 'Separation of Duties'], ['AC-6', 'Least Privilege'],
  ['AC-6(2)', 'Non-privileged Access for Nonsecurity Functions'], ['AC-7', 'Unsuccessful Logon Attempts'],
  ['AC-8', 'System Use Notification'], ['AC-11', 'Device Lock'], ['AC-12', 'Session Termination'],
  ['AC-14', 'Permitted Actions Without Identification or Authentication'], ['AC-17', 'Remote Access'],
  ['AC-17(2)', 'Protection of Confidentiality and Integrity Using Encryption'], ['AC-18', 'Wireless Access'],
  ['AC-19', 'Access Control for Mobile Devices'], ['AC-20', 'Use of External Systems'], ['AC-22', 'Publicly Accessible Content'],
  ['AT-1', 'Policy and Procedures'], ['AT-2', 'Literacy Training and Awareness'], ['AT-2(2)', 'Insider Threat'],
  ['AT-3', 'Role-based Training'], ['AT-4', 'Training Records'],
  ['AU-1', 'Policy and Procedures'], ['AU-2', 'Event Logging'], ['AU-3', 'Content of Audit Records'],
  ['AU-4', 'Audit Log Storage Capacity'], ['AU-5', 'Response to Audit Logging Process Failures'],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting'], ['AU-8', 'Time Stamps'], ['AU-9', 'Protection of Audit Information'],
  ['AU-11', 'Audit Record Retention'], ['AU-12', 'Audit Record Generation'],
  ['CA-1', 'Policy and Procedures'], ['CA-2', 'Control Assessments'], ['CA-2(1)', 'Independent Assessors'],
  ['CA-3', 'Information Exchange'], ['CA-5', 'Plan of Action and Milestones'], ['CA-6', 'Authorization'],
  ['CA-7', 'Continuous Monitoring'], ['CA-8', 'Penetration Testing'], ['CA-9', 'Internal System Connections'],
  ['CM-1', 'Policy and Procedures'], ['CM-2', 'Baseline Configuration'], ['CM-3', 'Configuration Change Control'],
  ['CM-4', 'Impact Analyses'], ['CM-5', 'Access Restrictions for Change'], ['CM-6', 'Configuration Settings'],
  ['CM-7', 'Least Functionality'], ['CM-8', 'System Component Inventory'], ['CM-10', 'Software Usage Restrictions'],
  ['CM-11', 'User-installed Software'],
  ['CP-1', 'Policy and Procedures'], ['CP-2', 'Contingency Plan'], ['CP-3', 'Contingency Training'],
  ['CP-4', 'Contingency Plan Testing'], ['CP-9', 'System Backup'], ['CP-10', 'System Recovery and Reconstitution'],
  ['IA-1', 'Policy and Procedures'], ['IA-2', 'Identification and Authentication (Organizational Users)'],
  ['IA-2(1)', 'Multi-factor Authentication to Privileged Accounts'], ['IA-2(2)', 'Multi-factor Authentication to Non-privileged Accounts'],
  ['IA-4', 'Identifier Management'], ['IA-5', 'Authenticator Management'], ['IA-6', 'Authentication Feedback'],
  ['IA-7', 'Cryptographic Module Authentication'], ['IA-8', 'Identification and Authentication (Non-organizational Users)'],
  ['IR-1', 'Policy and Procedures'], ['IR-2', 'Incident Response Training'], ['IR-4', 'Incident Handling'],
  ['IR-5', 'Incident Monitoring'], ['IR-6', 'Incident Reporting'], ['IR-7', 'Incident Response Assistance'], ['IR-8', 'Incident Response Plan'],
  ['MA-1', 'Policy and Procedures'], ['MA-2', 'Controlled Maintenance'], ['MA-4', 'Nonlocal Maintenance'], ['MA-5', 'Maintenance Personnel'],
  ['MP-1', 'Policy and Procedures'], ['MP-2', 'Media Access'], ['MP-6', 'Media Sanitization'], ['MP-7', 'Media Use'],
  ['PE-1', 'Policy and Procedures'], ['PE-2', 'Physical Access Authorizations'], ['PE-3', 'Physical Access Control'],
  ['PE-6', 'Monitoring Physical Access'], ['PE-8', 'Visitor Access Records'], ['PE-12', 'Emergency Lighting'],
  ['PE-13', 'Fire Protection'], ['PE-14', 'Environmental Controls'], ['PE-15', 'Water Damage Protection'],
  ['PL-1', 'Policy and Procedures'], ['PL-2', 'System Security and Privacy Plans'], ['PL-4', 'Rules of Behavior'],
  ['PL-10', 'Baseline Selection'], ['PL-11', 'Baseline Tailoring'],
  ['PS-1', 'Policy and Procedures'], ['PS-2', 'Position Risk Designation'], ['PS-3', 'Personnel Screening'],
  ['PS-4', 'Personnel Termination'], ['PS-5', 'Personnel Transfer'], ['PS-6', 'Access Agreements'],
  ['PS-7', 'External Personnel Security'], ['PS-8', 'Personnel Sanctions'],
  ['RA-1', 'Policy and Procedures'], ['RA-2', 'Security Categorization'], ['RA-3', 'Risk Assessment'],
  ['RA-5', 'Vulnerability Monitoring and Scanning'], ['RA-5(2)', 'Update Vulnerabilities to Be Scanned'], ['RA-7', 'Risk Response'],
  ['SA-1', 'Policy and Procedures'], ['SA-2', 'Allocation of Resources'], ['SA-3', 'System Development Life Cycle'],
  ['SA-4', 'Acquisition Process'], ['SA-5', 'System Documentation'], ['SA-8', 'Security and Privacy Engineering Principles'],
  ['SA-9', 'External System Services'], ['SA-22', 'Unsupported System Components'],
  ['SC-1', 'Policy and Procedures'], ['SC-5', 'Denial-of-service Protection'], ['SC-7', 'Boundary Protection'],
  ['SC-8', 'Transmission Confidentiality and Integrity'], ['SC-12', 'Cryptographic Key Establishment and Management'],
  ['SC-13', 'Cryptographic Protection'], ['SC-15', 'Collaborative Computing Devices and Applications'],
  ['SC-20', 'Secure Name/Address Resolution Service (Authoritative Source)'], ['SC-28', 'Protection of Information at Rest'],
  ['SC-39', 'Process Isolation'],
  ['SI-1', 'Policy and Procedures'], ['SI-2', 'Flaw Remediation'], ['SI-3', 'Malicious Code Protection'],
  ['SI-4', 'System Monitoring'], ['SI-5', 'Security Alerts, Advisories, and Directives'], ['SI-7', 'Software, Firmware, and Information Integrity'],
  ['SI-10', 'Information Input Validation'], ['SI-11', 'Error Handling'], ['SI-12', 'Information Management and Retention'],
  ['SR-1', 'Policy and Procedures'], ['SR-2', 'Supply Chain Risk Management Plan'], ['SR-3', 'Supply Chain Controls and Processes'],
  ['SR-5', 'Acquisition Strategies, Tools, and Methods'], ['SR-8', 'Notification Agreements'], ['SR-10', 'Inspection of Systems or Components'],
  ['SR-11', 'Component Authenticity'], ['SR-12', 'Component Disposal'],
];

const TOOLS: Record<string, string[]> = {
  AC: ['Okta Workforce Identity (FedRAMP High)', 'AWS IAM Identity Center', 'the internal access-request workflow in Jira Service Management'],
  AT: ['KnowBe4', 'the corporate learning management system (Workday Learning)'],
  AU: ['Splunk Cloud Platform (FedRAMP Moderate)', 'AWS CloudTrail', 'Amazon CloudWatch Logs'],
  CA: ['the ConMon tracker', 'the 3PAO engagement'],
  CM: ['Terraform Enterprise', 'GitHub Enterprise Cloud branch protections', 'AWS Config conformance packs', 'CIS Level 1 hardened AMIs'],
  CP: ['AWS Backup', 'cross-region snapshot replication to us-gov-east-1'],
  IA: ['Okta Verify with FIPS-validated push', 'YubiKey 5 FIPS authenticators', 'AWS Secrets Manager'],
  IR: ['PagerDuty', 'the security operations on-call rotation', 'Splunk SOAR playbooks'],
  MA: ['the change advisory board', 'AWS Systems Manager Session Manager'],
  MP: ['the inherited AWS GovCloud media protection controls'],
  PE: ['the AWS GovCloud data centers (inherited)'],
  PL: ['the SSP review calendar'],
  PS: ['HireRight background investigations', 'Workday HCM offboarding tasks'],
  RA: ['Tenable.io', 'Tenable Web App Scanning', 'Trivy container image scanning'],
  SA: ['the secure SDLC standard', 'Snyk Code static analysis'],
  SC: ['AWS WAF', 'AWS Network Firewall', 'AWS KMS with FIPS 140-2 validated HSMs', 'Application Load Balancer TLS 1.2 policy'],
  SI: ['CrowdStrike Falcon (FedRAMP Moderate)', 'Amazon GuardDuty', 'AWS Inspector', 'Dependabot'],
  SR: ['the vendor risk register', 'software bills of materials generated by Syft'],
};

const ROLES = ['ISSO', 'System Owner', 'Cloud Operations Team', 'Security Operations Center', 'DevOps Engineers', 'Human Resources', 'Compliance Manager'];
const STATUS = ['Implemented', 'Implemented', 'Implemented', 'Partially Implemented', 'Planned'];
const ORIGIN = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];

/** A few sentences on how `csp` meets control `id`, varied by family. */
export function implementation(csp: Provider, id: string, name: string, rng: Rng): string[] {
  const fam = id.slice(0, 2);
  const tools = TOOLS[fam] ?? ['internal tooling'];
  const tool = rng.pick(tools);
  const sys = csp.abbrev;
  if (name === 'Policy and Procedures') {
    return [
      `Part a: ${csp.short} has developed and documented the ${FAMILIES[fam] ?? fam} Policy and the associated procedures, which are maintained in the ${csp.short} policy repository (Confluence space SECPOL). The policy is disseminated to all personnel with roles in the ${sys} boundary through the onboarding process and is re-acknowledged annually.`,
      `Part b: The ${csp.ciso.title} is designated to manage the development, documentation, and dissemination of the policy and procedures.`,
      `Part c: The policy is reviewed at least every three years and the procedures at least annually, and following significant changes to the environment, audit findings, or changes in applicable laws; see Attachment 1 for the current review dates.`,
    ];
  }
  const subject = rng.pick([
    `The ${sys} production environment`,
    `${csp.short} Cloud Operations`,
    `Within the authorization boundary, ${csp.short}`,
    `The ${csp.short} Security Engineering team`,
  ]);
  const lines = [
    `${subject} satisfies ${id} (${name}) using ${tool}. ${rng.pick([
      'Configuration is defined as code and peer-reviewed before merge, so the control state can be demonstrated from the repository history.',
      'Evidence of operation is collected monthly and stored in the ConMon evidence library.',
      'Exceptions require a ticket approved by the ISSO and are reviewed at the monthly risk meeting.',
      'The settings are enforced by policy and drift is reported to the security operations channel within fifteen minutes.',
    ])}`,
  ];
  if (rng.chance(0.6)) {
    lines.push(
      `Part b: ${rng.pick([
        'Customer agencies are responsible for managing their own end-user accounts within their tenant, as described in the Customer Responsibility Matrix.',
        `The ${rng.pick(ROLES)} reviews the output at least monthly and records the review in the ConMon tracker.`,
        `Where the control is inherited from ${csp.iaas}, ${csp.short} relies on the underlying provider's FedRAMP authorization and documents the inheritance in the CIS worksheet.`,
        'Automated alerts are routed to PagerDuty and acknowledged within the response times defined in the Incident Response Plan.',
      ])}`,
    );
  }
  return lines;
}

export function summaryRows(id: string, rng: Rng): string[][] {
  return [
    [`${id} Control Summary Information`, ''],
    ['Responsible Role:', rng.pick(ROLES)],
    ['Implementation Status (check all that apply):', rng.pick(STATUS)],
    ['Control Origination (check all that apply):', rng.pick(ORIGIN)],
  ];
}
