import type { Block } from '../kit/blocks.js';
import { HOSTS, W, approvals, distribution, revisionHistory, tocOf, CUI_NOTICE } from '../world.js';

export type HeadingStyle = 'styles' | 'bold';
const h1 = (s: HeadingStyle, text: string): Block => (s === 'styles' ? { t: 'h1', text } : { t: 'bold', text });
const h2 = (s: HeadingStyle, text: string): Block => (s === 'styles' ? { t: 'h2', text } : { t: 'bold', text });

/** Information System Contingency Plan, written by the SRE team in FedRAMP's ISCP structure. */
export function contingencyPlan(s: HeadingStyle, opts: { short?: boolean; version: string } = { version: '3.2' }): Block[] {
  const body: Block[] = [
    h1(s, '1. Introduction'),
    { t: 'p', text: `Information systems are vital to ${W.csp} mission and business functions; therefore, it is critical that services provided by the ${W.cso} (${W.acr}) are able to operate effectively without excessive interruption. This Information System Contingency Plan (ISCP) establishes comprehensive procedures to recover ${W.acr} quickly and effectively following a service disruption. It is Attachment 6 to the ${W.acr} System Security Plan and satisfies the CP family controls of the FedRAMP Moderate baseline (CP-2, CP-3, CP-4, CP-6, CP-7, CP-9, CP-10).` },
    h2(s, '1.1 Background'),
    { t: 'p', text: `This ${W.acr} ISCP establishes procedures to recover ${W.acr} following a disruption. The following recovery objectives have been established: restore the records API and web console within the Recovery Time Objective (RTO) of 4 hours; lose no more than 15 minutes of committed records data, the Recovery Point Objective (RPO); and restore full ingest throughput within the Maximum Tolerable Downtime (MTD) of 24 hours. The plan is organised in three phases: Activation and Notification, Recovery, and Reconstitution.` },
    h2(s, '1.2 Scope'),
    { t: 'p', text: `The plan applies to every component inside the ${W.acr} authorization boundary in ${W.region}, and to the warm standby environment in AWS GovCloud (US-East). It does not cover corporate IT (Google Workspace, laptops), which is addressed in the corporate Business Continuity Plan, nor customer-side agency systems that consume the ${W.acr} API.` },
    h2(s, '1.3 Assumptions'),
    { t: 'bullets', items: [
      'The warm standby region (us-gov-east-1) is unaffected by the event that disrupts us-gov-west-1.',
      'Key personnel listed in Appendix A are reachable through PagerDuty or the out-of-band Signal group.',
      'Cross-region snapshot copies of RDS and S3 replication are current as shown on the Backup Health dashboard.',
      'Infrastructure code (Terraform, Helm charts) and container images are available from the replicated GitLab and ECR repositories.',
    ] },
    h1(s, '2. Concept of Operations'),
    h2(s, '2.1 System Description'),
    { t: 'p', text: `${W.acr} is a multi-tenant records management service for federal agencies, categorized FIPS 199 Moderate. The application runs as containers on Amazon EKS behind an Application Load Balancer with AWS WAF; state is held in Amazon RDS for PostgreSQL (Multi-AZ), ElastiCache for Redis and S3 buckets encrypted with customer-managed KMS keys. See the SSP, Section 9, for the authorization boundary diagram and data flows.` },
    h2(s, '2.2 Overview of Three Phases'),
    { t: 'p', text: 'Activation and Notification begins when an outage is detected and the Incident Commander determines that the disruption is expected to exceed 60 minutes or affects data integrity. Recovery covers failover to the standby region or restoration from backup. Reconstitution returns the system to normal operations in the primary region, validates data and closes the event.' },
    h2(s, '2.3 Roles and Responsibilities'),
    { t: 'table', rows: [
      ['Role', 'Primary', 'Alternate', 'Responsibilities'],
      ['ISCP Director', W.cto, W.sreLead, 'Declares a contingency event, approves failover and reconstitution'],
      ['ISCP Coordinator / Incident Commander', W.sreLead, W.eng[0], 'Runs the bridge, sequences recovery, keeps the event log'],
      ['Platform Recovery Team', W.eng[1], W.eng[2], 'EKS, networking, Terraform apply in the standby region'],
      ['Data Recovery Team', W.eng[3], W.eng[4], 'RDS promotion or point-in-time restore, S3 replication checks'],
      ['Security Liaison', W.isso, W.ciso, 'Notifies agency customers and the FedRAMP PMO, preserves evidence'],
    ] },
    h2(s, '2.4 Data Backup Readiness'),
    { t: 'table', rows: [
      ['Data', 'Method', 'Frequency', 'Retention', 'Storage location'],
      ['RDS PostgreSQL (records)', 'Automated snapshots + PITR, cross-region copy', 'Continuous / daily snapshot', '35 days', 'us-gov-west-1, copy in us-gov-east-1'],
      ['S3 record objects', 'Cross-region replication, versioning, Object Lock', 'Continuous', '7 years (governance mode)', 'us-gov-east-1'],
      ['Kubernetes manifests', 'GitLab (replicated), Velero for cluster state', 'Per merge / nightly', '90 days', 'S3 bucket trc-velero-backup'],
      ['Secrets', 'AWS Secrets Manager replica secrets', 'On change', 'n/a', 'us-gov-east-1'],
    ] },
    h1(s, '3. Activation and Notification'),
    h2(s, '3.1 Activation Criteria and Procedure'),
    { t: 'p', text: 'The ISCP may be activated if one or more of the following criteria are met: the records API is unavailable for more than 60 minutes and the cause is not expected to be resolved within the RTO; the primary region or an Availability Zone pair is degraded; data corruption is detected in the primary database; or a security incident requires isolation of the production account (in which case the Incident Response Plan is followed in parallel).' },
    h2(s, '3.2 Notification Instructions'),
    { t: 'p', text: `The on-call SRE pages the Incident Commander through PagerDuty service "TRC-Prod-Critical". The Incident Commander opens the #inc bridge, notifies the ISCP Director, and the Security Liaison informs agency customers using the status page and e-mail template CP-N-01. Contact details are in Appendix A; the rotation schedule lives in PagerDuty (escalation policy TRC-SRE-Primary).` },
    h2(s, '3.3 Outage Assessment'),
    { t: 'p', text: 'Within 30 minutes of activation the Platform and Data Recovery Teams assess the cause, the affected components, the state of replication and the expected duration, and record the result in the event log.' },
    h1(s, '4. Recovery'),
    h2(s, '4.1 Sequence of Recovery Operations'),
    { t: 'bullets', items: [
      'Freeze deployments (GitLab protected environment lock) and stop the ingest workers.',
      'Promote the cross-region RDS read replica in us-gov-east-1, or restore to a point in time if corruption is suspected.',
      'Apply Terraform workspace "standby" to scale the EKS node groups from 2 to 9 nodes.',
      'Deploy the current release with Helm from the replicated ECR images; run smoke tests (runbook RB-014).',
      'Switch Route 53 failover records to the standby ALB; confirm WAF rules and certificates.',
      'Resume ingest workers and monitor queue depth until backlog is cleared.',
    ] },
    h2(s, '4.2 Recovery Procedures'),
    { t: 'p', text: 'Detailed, tested procedures are kept as runbooks in the SRE repository and referenced here by identifier: RB-011 Regional failover, RB-012 RDS point-in-time restore, RB-013 S3 replication verification, RB-014 Post-deploy smoke tests. Each runbook is exercised during the annual contingency plan test required by CP-4.' },
    h2(s, '4.3 Recovery Escalation Notices'),
    { t: 'p', text: 'If recovery is not achievable within the RTO, the ISCP Director escalates to the CEO and the Security Liaison notifies the agency Authorizing Official and the FedRAMP PMO through the agency ISSO.' },
    h1(s, '5. Reconstitution'),
    { t: 'p', text: 'Reconstitution is the process by which recovery activities are completed and normal system operations are resumed in the primary region. Steps: concurrent processing in both regions is avoided; data validation testing compares record counts and checksums between regions; functional validation runs the full regression suite; recovery is declared by the ISCP Director; users are notified; the standby environment is cleaned up and scaled down; and a full backup of the restored system is taken.' },
    h2(s, '5.1 Data Validation Testing'),
    { t: 'p', text: 'The Data Recovery Team runs the validation job "records-consistency" which compares per-tenant record counts, the SHA-256 manifest of S3 objects and the last committed transaction identifiers. Differences are resolved before recovery is declared.' },
    h2(s, '5.2 Event Documentation'),
    { t: 'p', text: 'The Incident Commander keeps the activity log; after the event a lessons-learned review is held within five business days and this ISCP is updated where needed.' },
    h1(s, 'Appendix A – Key Personnel and Team Member Contact List'),
    { t: 'table', rows: [
      ['Name', 'Role', 'Mobile', 'E-mail'],
      [W.cto, 'ISCP Director', '(703) 555-0141', 'hvoss@tessellate-gov.com'],
      [W.sreLead, 'ISCP Coordinator', '(703) 555-0177', 'dokafor@tessellate-gov.com'],
      [W.eng[0], 'Platform Recovery', '(571) 555-0102', 'tkral@tessellate-gov.com'],
      [W.eng[3], 'Data Recovery', '(571) 555-0119', 'rdelgado@tessellate-gov.com'],
      [W.isso, 'Security Liaison', '(703) 555-0188', 'mreyes@tessellate-gov.com'],
    ] },
    h1(s, 'Appendix B – System Components and Recovery Priority'),
    { t: 'table', rows: [['Component', 'Function', 'Priority', 'RTO'], ...HOSTS.slice(0, 8).map((h, i) => [h.id, h.fn, i < 3 || i > 5 ? '1' : '2', i < 3 || i > 5 ? '4 h' : '12 h'])] },
    h1(s, 'Appendix C – Contingency Plan Testing'),
    { t: 'p', text: 'The ISCP is tested at least annually using a functional exercise that includes regional failover of a production-like environment. The test plan, results and after-action report are kept separately and provided to the 3PAO during the annual assessment.' },
  ];
  const usable = opts.short ? body.filter((_, i) => i < 30) : body;
  return usable;
}

export function contingencyFront(version: string): Block[] {
  return [
    ...revisionHistory([
      ['2023-02-10', '2.0', 'Rewritten for the EKS migration', W.sreLead],
      ['2024-03-22', '3.0', 'Added warm standby in us-gov-east-1; RTO lowered to 4 hours', W.sreLead],
      ['2025-04-30', '3.1', 'Annual review after CP-4 test; runbook references updated', W.eng[0]],
      ['2025-10-01', version, 'Updated contact list and Appendix B', W.sreLead],
    ]),
    ...approvals([[W.cto, 'Chief Technology Officer, System Owner'], [W.ciso, 'Chief Information Security Officer'], [W.sreLead, 'SRE Lead, ISCP Coordinator']]),
  ];
}

/** Incident Response Plan authored by SRE and Security. */
export function incidentResponsePlan(s: HeadingStyle): Block[] {
  return [
    h1(s, '1. Purpose'),
    { t: 'p', text: `This Incident Response Plan (IRP) describes how ${W.csp} prepares for, detects, analyses, contains, eradicates and recovers from security incidents affecting the ${W.cso}. It implements the IR family of the FedRAMP Moderate baseline (IR-1 through IR-9) and follows NIST SP 800-61 Rev. 2 and the FedRAMP Incident Communications Procedures.` },
    h1(s, '2. Scope'),
    { t: 'p', text: `The plan covers every system component within the ${W.acr} authorization boundary, the personnel who operate it and the data of agency customers. Operational outages without a security dimension are handled by the SRE incident process (on-call handbook) and, when they exceed the thresholds, by the Information System Contingency Plan.` },
    h1(s, '3. Roles and Responsibilities'),
    { t: 'table', rows: [
      ['Role', 'Assigned to', 'Responsibilities'],
      ['Incident Response Manager', W.ciso, 'Owns this plan; declares security incidents; approves external notifications'],
      ['Incident Commander', 'On-call SRE lead (rotation TRC-SRE-Primary)', 'Coordinates response, assigns tasks, maintains the timeline'],
      ['Security Analyst', 'SOC on-call (rotation TRC-SecOps)', 'Triage of SIEM alerts, forensics, indicator sweeps'],
      ['Communications Lead', W.isso, 'Notifies US-CERT/CISA, the FedRAMP PMO and agency ISSOs within required timeframes'],
      ['Legal Counsel', 'General Counsel', 'Breach determination, law enforcement liaison'],
    ] },
    h1(s, '4. Incident Categories and Severity'),
    { t: 'table', rows: [
      ['Severity', 'Definition', 'Examples', 'Initial response'],
      ['SEV-1', 'Confirmed compromise or data exposure of federal data', 'Exfiltration, ransomware, privileged credential theft', 'Immediate, 24x7'],
      ['SEV-2', 'Likely compromise, contained', 'Malware on a build runner, suspicious IAM activity', 'Within 1 hour'],
      ['SEV-3', 'Policy violation or attempted attack without impact', 'Blocked WAF campaign, lost unencrypted token', 'Next business day'],
    ] },
    h1(s, '5. Incident Handling'),
    h2(s, '5.1 Preparation'),
    { t: 'p', text: 'Preparation includes annual IR training for all engineers with production access (IR-2), the annual incident response test (IR-3, a tabletop exercise with agency participation), forensic tooling pre-staged in the security account, and documented playbooks for the most likely scenarios.' },
    h2(s, '5.2 Detection and Analysis'),
    { t: 'p', text: 'Detection sources include GuardDuty, Security Hub, the SIEM correlation rules, WAF logs, EKS audit logs, customer reports and vulnerability disclosure submissions. The on-call analyst documents every event in the incident tracker and determines within 30 minutes whether it is an incident.' },
    h2(s, '5.3 Containment, Eradication and Recovery'),
    { t: 'p', text: 'Containment strategies are pre-approved per scenario: isolate the EKS node by cordoning and moving it to the quarantine security group, revoke IAM sessions, rotate secrets, block indicators at the WAF. Evidence (memory capture, EBS snapshots, logs) is preserved before eradication. Recovery restores services from known-good images and is verified by the SRE team.' },
    h2(s, '5.4 Post-Incident Activity'),
    { t: 'p', text: 'A lessons-learned meeting is held within ten business days of closing any SEV-1 or SEV-2 incident; findings feed the POA&M where they reveal control weaknesses, and this plan is updated.' },
    h1(s, '6. Incident Reporting'),
    { t: 'p', text: 'Suspected or confirmed incidents affecting federal information are reported to US-CERT/CISA within one hour of identification, to the FedRAMP PMO at info@fedramp.gov, and to the ISSO of each affected agency. Status updates are provided every 24 hours until resolution (or as agreed with the agency). A final report is provided within five business days of closure.' },
    h1(s, '7. Plan Testing and Maintenance'),
    { t: 'p', text: 'The IRP is tested annually and reviewed at least annually or after any major incident, organisational change or significant change to the system. Changes are approved by the CISO and recorded in the revision history.' },
    h1(s, 'Appendix A – Contact List and Escalation'),
    { t: 'table', rows: [
      ['Contact', 'Method', 'When'],
      ['On-call Incident Commander', 'PagerDuty TRC-SRE-Primary', 'Any SEV'],
      ['SOC on-call', 'PagerDuty TRC-SecOps', 'Any SEV'],
      ['CISA / US-CERT', 'https://myservices.cisa.gov/irf', 'Within 1 hour'],
      ['FedRAMP PMO', 'info@fedramp.gov', 'Within 1 hour'],
      [`${W.agencyAcr} ISSO`, 'carla.benitez@bif.example.gov', 'Within 1 hour'],
    ] },
  ];
}

/** Configuration Management Plan: CCB, baselines, change control, inventory. */
export function configurationManagementPlan(s: HeadingStyle): Block[] {
  return [
    h1(s, '1. Introduction and Purpose'),
    { t: 'p', text: `This Configuration Management Plan (CMP) defines how ${W.csp} establishes, documents, controls and monitors the configuration of the ${W.cso}. It implements the CM family of the FedRAMP Moderate baseline (CM-1 through CM-11) and is an attachment to the ${W.acr} SSP.` },
    h1(s, '2. Scope'),
    { t: 'p', text: 'The plan covers infrastructure as code (Terraform), Kubernetes manifests and Helm charts, container images, operating system images (Bottlerocket, Amazon Linux 2023, Ubuntu), managed service configuration (RDS, ElastiCache, S3, KMS, IAM), network and WAF rules, and the application source code.' },
    h1(s, '3. Roles and Responsibilities'),
    { t: 'table', rows: [
      ['Role', 'Member', 'Responsibilities'],
      ['Configuration Control Board (CCB) Chair', W.cto, 'Approves normal and significant changes; owns this plan'],
      ['Configuration Manager', W.sreLead, 'Maintains baselines and the CMDB; runs the weekly CCB'],
      ['Security Impact Analyst', W.isso, 'Performs security impact analysis (CM-4); decides on significant change notification'],
      ['Change Implementer', 'SRE and product engineers', 'Implements approved changes through the pipeline'],
    ] },
    h1(s, '4. Configuration Items and Baselines'),
    { t: 'p', text: 'Each configuration item (CI) has an owner, a baseline identifier and a source of truth in Git. Baselines are reviewed at least annually and whenever a significant change occurs (CM-2). Hardening follows CIS Benchmarks Level 1 and DISA STIG where available, tailored as documented in the baseline deviation register.' },
    { t: 'table', rows: [['Baseline', 'Applies to', 'Standard', 'Repository'],
      ['TRC-BR-EKS-2025.07', 'EKS worker nodes', 'CIS Bottlerocket Benchmark L1', 'gitlab/platform/node-images'],
      ['TRC-AL2023-CIS-L1', 'Bastion, CI runners', 'CIS Amazon Linux 2023 L1', 'gitlab/platform/ami-pipeline'],
      ['TRC-UBU2204-CIS-L1', 'Log collector', 'CIS Ubuntu 22.04 L1', 'gitlab/platform/ami-pipeline'],
      ['TRC-RDS-PG15', 'RDS PostgreSQL', 'CIS PostgreSQL 15 + AWS FSBP', 'gitlab/platform/terraform-rds'],
      ['TRC-K8S-POLICY', 'Cluster admission', 'Kyverno policies (Pod Security Restricted)', 'gitlab/platform/cluster-policy']] },
    h1(s, '5. Configuration Change Control'),
    { t: 'p', text: 'All changes to production are proposed as merge requests, classified as standard (pre-approved), normal (CCB approval) or emergency (Incident Commander approval, retroactive CCB review within two business days). Merge requests require two approvals, passing pipelines (unit tests, IaC scanning with Checkov, image scanning) and a linked change ticket (CM-3). The CCB meets weekly; minutes and decisions are stored in the change system.' },
    h1(s, '6. Security Impact Analysis'),
    { t: 'p', text: 'Every normal change receives a security impact analysis recorded in the ticket. Changes that alter the authorization boundary, add a new interconnection, change the cryptographic modules or introduce new external services are evaluated against the FedRAMP Significant Change Policies and Procedures; where significant, a Significant Change Request is submitted to the agency AO at least 30 days before implementation.' },
    h1(s, '7. Access Restrictions for Change'),
    { t: 'p', text: 'Only the deployment pipeline role may modify production (CM-5). Human access to production is break-glass only, time-bound through the access broker and logged to the SIEM.' },
    h1(s, '8. Configuration Settings and Least Functionality'),
    { t: 'p', text: 'Configuration settings are enforced through image pipelines and admission control, and verified by monthly authenticated compliance scans (CM-6). Unused ports, protocols and services are disabled; the allowed list is maintained in the SSP Ports, Protocols and Services table (CM-7).' },
    h1(s, '9. System Component Inventory'),
    { t: 'p', text: 'The component inventory (CM-8) is generated from AWS Config and the EKS API and reconciled monthly into the FedRAMP Integrated Inventory Workbook submitted with continuous monitoring deliverables.' },
    h1(s, '10. Configuration Monitoring'),
    { t: 'p', text: 'Drift detection runs every six hours (Terraform plan in check mode, AWS Config rules, Kyverno background scans). Unauthorized changes raise a SEV-3 alert to the on-call SRE and are investigated under the IRP if suspicious.' },
  ];
}

export const planFront = (title: string, version: string): Block[] => [
  ...revisionHistory([
    ['2024-01-15', '1.0', 'Initial release for FedRAMP Moderate authorization', W.sreLead],
    ['2024-11-04', '1.1', 'Annual review; roles updated', W.isso],
    ['2025-09-30', version, `Annual review of the ${title}`, W.sreLead],
  ]),
  ...distribution([`${W.cto} (CTO)`, `${W.ciso} (CISO)`, 'SRE team (sre@tessellate-gov.com)', 'Security Operations', `${W.agencyAcr} ISSO (${W.agencyIsso})`]),
];

export { tocOf, CUI_NOTICE };
