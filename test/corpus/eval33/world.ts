import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** The fictional startup CSP and its counterparts (all invented). */
export const W = {
  csp: 'Brightwater Labs, Inc.',
  cspShort: 'Brightwater',
  system: 'Tidepool Data Platform',
  acr: 'TDP',
  fedrampId: 'FR2412070158',
  level: 'Moderate',
  threePao: 'Coldharbor Assurance LLC',
  agency: 'U.S. Department of Labor',
  agencyOffice: 'Office of the Chief Information Officer',
  ao: 'Marisol T. Okafor',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  ceo: 'Devin Albright',
  cto: 'Priya Raman',
  isso: 'Jonah Whitfield',
  seceng: 'Ana Kowalczyk',
  sre: 'Tomasz Lindqvist',
  assessor: 'Rebecca Nwosu',
  leadAssessor: 'Gareth Feeney',
  consultant: 'Halvorsen Compliance Partners',
  region: 'AWS GovCloud (US-West)',
} as const;

export const CONTROLS = [
  ['AC-2', 'Account Management', 'Tidepool accounts for internal personnel are provisioned through Okta (FedRAMP Moderate authorized) using SCIM groups mapped to job roles. Account requests are raised as Jira Service Management tickets and approved by the requester\'s manager and the system owner before the ISSO creates the account. Accounts are reviewed quarterly; inactive accounts are disabled after 90 days by an automated Lambda job that reads Okta last-login timestamps.'],
  ['AC-2(3)', 'Disable Accounts', 'The okta-deprovisioner function runs nightly and disables any account inactive for 90 days, and accounts of departing staff on their last day, driven by the HRIS termination feed (Rippling).'],
  ['AC-3', 'Access Enforcement', 'Access to customer data is enforced by tenant-scoped IAM roles and PostgreSQL row-level security policies keyed on the tenant_id claim of the session token. Administrative access to AWS accounts uses IAM Identity Center permission sets; no long-lived IAM users exist.'],
  ['AC-6', 'Least Privilege', 'Engineers hold read-only permission sets by default. Elevated permission sets (TDP-Break-Glass, TDP-Deploy) are granted just in time through an approval workflow and expire after four hours.'],
  ['AC-17', 'Remote Access', 'All remote administrative access uses AWS Systems Manager Session Manager through IAM Identity Center with phishing-resistant MFA; no SSH bastion or inbound port 22 is exposed.'],
  ['AU-2', 'Event Logging', 'CloudTrail (organization trail), VPC Flow Logs, ALB access logs, EKS audit logs and application audit events are forwarded to a dedicated log archive account and indexed in the SIEM (Panther).'],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Panther detections alert the on-call security engineer through PagerDuty. The ISSO reviews the weekly detection summary and documents the review in the AU-6 review log in Jira.'],
  ['CA-7', 'Continuous Monitoring', 'Brightwater follows the FedRAMP Continuous Monitoring Strategy Guide: monthly OS, database and web application scans, monthly POA&M and inventory updates delivered to the agency repository, and an annual assessment by the 3PAO.'],
  ['CM-2', 'Baseline Configuration', 'Baseline configurations are defined as code (Terraform modules, EKS node AMIs built with Packer from the CIS Amazon Linux 2023 Level 1 benchmark) and stored in GitHub Enterprise with branch protection.'],
  ['CM-6', 'Configuration Settings', 'Configuration settings follow the CIS benchmarks listed in the Configuration Management Plan; deviations are recorded as operational requirements in the POA&M.'],
  ['CP-9', 'System Backup', 'Aurora PostgreSQL automated backups are retained for 35 days and copied daily to a second GovCloud region with AWS Backup vault lock. S3 buckets holding customer datasets use versioning and cross-region replication.'],
  ['IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', 'Privileged users authenticate with Okta FastPass bound to a managed device or a FIDO2 security key. SMS and voice factors are disabled for all users.'],
  ['IR-4', 'Incident Handling', 'Incidents are handled according to the Tidepool Incident Response Plan (Attachment 8). Incidents affecting federal data are reported to US-CERT/CISA within one hour and to the agency ISSO and FedRAMP PMO.'],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Tenable Nessus authenticated scans of all EKS nodes and EC2 hosts run weekly; container images are scanned by Amazon Inspector at build and daily; the web application is scanned monthly by Burp Suite Enterprise. High findings are remediated within 30 days, Moderate within 90 and Low within 180.'],
  ['SC-7', 'Boundary Protection', 'The authorization boundary is a set of dedicated AWS GovCloud accounts. Ingress is only through AWS WAF and an internet-facing Application Load Balancer; egress from private subnets goes through AWS Network Firewall with a domain allow-list.'],
  ['SC-8(1)', 'Cryptographic Protection', 'All external connections use TLS 1.2 or 1.3 with FIPS 140-validated modules (AWS-LC FIPS in the ALB and the Go services built with BoringCrypto).'],
  ['SC-13', 'Cryptographic Protection', 'FIPS 140-2/140-3 validated cryptographic modules are used for all encryption of federal data; AWS KMS (certificate #4523) protects data keys.'],
  ['SI-2', 'Flaw Remediation', 'Patches are applied through AMI rebuilds every two weeks and container base image updates nightly; critical fixes follow the emergency change path in the CMP.'],
  ['SR-3', 'Supply Chain Controls and Processes', 'Third-party software is tracked through SBOMs generated at build (Syft) and reviewed under the Supply Chain Risk Management Plan.'],
] as const;

export const PEOPLE_TABLE = [
  ['Name', 'Role', 'Email', 'Phone'],
  [W.ceo, 'Chief Executive Officer / System Owner', 'devin@brightwaterlabs.io', '(415) 555-0142'],
  [W.cto, 'Chief Technology Officer', 'priya@brightwaterlabs.io', '(415) 555-0178'],
  [W.isso, 'Information System Security Officer', 'jonah.w@brightwaterlabs.io', '(415) 555-0133'],
  [W.seceng, 'Security Engineering Lead', 'ana.k@brightwaterlabs.io', '(415) 555-0191'],
];
