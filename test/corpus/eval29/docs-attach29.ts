/** SSP attachments written as prose (docx, pdf, markdown, text). */
import { buildDocx, buildPdf, toMarkdown, toText } from './kit29.js';
import type { Block, ProseDoc } from './kit29.js';
import { AO, CISO, CSP, CUI, ISSO, PLATFORM_LEAD, SYS, SYS_ABBR, frontMatter, maintenance, sysDescription } from './world29.js';
import type { Eval29Doc, FrontOpts } from './world29.js';

function doc(front: FrontOpts, body: Block[], meta: Partial<ProseDoc> = {}): ProseDoc {
  return { author: ISSO, footer: CUI, ...meta, blocks: [...frontMatter(front), ...body] };
}

const purpose = (what: string, extra: string): Block[] => [
  { k: 'h1', text: '1. Purpose' },
  { k: 'p', text: `This ${what} applies to the ${SYS} (${SYS_ABBR}) operated by ${CSP}. ${extra}` },
  { k: 'h1', text: '2. Scope' },
  { k: 'p', text: `It covers every component inside the ${SYS_ABBR} authorization boundary described in the System Security Plan, all Kestrel employees and contractors with logical or physical access to those components, and the third-party services on which the platform depends.` },
];

function policies(): ProseDoc {
  const fams = [
    ['Access Control (AC)', 'Access to KMKP is granted on least privilege and need to know, approved by the resource owner, and reviewed quarterly for privileged and semi-annually for non-privileged accounts.', 'Access requests are raised in ServiceNow (catalog item "KMKP Access"); Okta Workflows provisions group membership after approval; the quarterly review is run by the ISSO using the Okta access certification campaign.'],
    ['Awareness and Training (AT)', 'All personnel complete security awareness training at hire and annually; privileged users complete role-based training before access is granted.', 'Training is delivered in the KnowBe4 platform; completion is exported monthly and reconciled with the HR roster by the ISSO.'],
    ['Audit and Accountability (AU)', 'KMKP components generate audit records for the events in the SSP AU-2 table and protect them from modification for at least one year.', 'The platform team maintains the log pipeline (Fluent Bit to Splunk); the SOC reviews daily alerts; the ISSO reviews the weekly summary and signs the review record.'],
    ['Configuration Management (CM)', 'All production changes are made through version-controlled code, peer review and the automated pipeline; manual changes are prohibited except under the emergency change procedure.', 'See the Configuration Management Plan for the change control board charter, the baseline repository and the drift detection runbook.'],
    ['Contingency Planning (CP)', 'Kestrel maintains and tests an Information System Contingency Plan annually.', 'The ISCP defines recovery tiers and the functional exercise; backups are tested monthly by automated restore jobs.'],
    ['Identification and Authentication (IA)', 'Every user and service is uniquely identified; privileged and remote access require phishing-resistant MFA.', 'Authenticators are issued by Okta; hardware keys are shipped by IT after identity proofing through the HR onboarding process.'],
    ['Incident Response (IR)', 'Kestrel detects, reports and responds to incidents according to the Incident Response Plan and notifies US-CERT and customers within required time frames.', 'The on-call security engineer triages alerts; incidents are declared in PagerDuty and tracked in ServiceNow SecOps.'],
    ['System and Information Integrity (SI)', 'Flaws are identified, reported and corrected within the FedRAMP remediation time frames: High 30 days, Moderate 90 days, Low 180 days.', 'Scan results are ingested into the vulnerability management dashboard; findings beyond their due date are added to the POA&M.'],
  ];
  const body: Block[] = [
    ...purpose('set of information security policies and procedures', 'Together with the System Security Plan it forms Attachment 1 of the FedRAMP authorization package and addresses the -1 (Policy and Procedures) control of every NIST SP 800-53 Rev5 family in the Moderate baseline.'),
    { k: 'h1', text: '3. Roles and Responsibilities' },
    { k: 'table', rows: [['Role', 'Responsibility'], ['CISO', 'Approves policies; designates the ISSO'], ['ISSO', 'Maintains procedures; monitors compliance'], ['Platform Engineering', 'Implements technical procedures'], ['All personnel', 'Comply with policy; report incidents']] },
    { k: 'h1', text: '4. Management Commitment and Coordination' },
    { k: 'p', text: 'Kestrel executive leadership commits to protecting federal information in accordance with FISMA and FedRAMP requirements. Policies are coordinated with Legal, Human Resources and Customer Success before approval, and exceptions are approved by the CISO and tracked with an expiry date.' },
  ];
  fams.forEach(([fam, pol, proc], i) => {
    body.push({ k: 'h1', text: `${i + 5}. ${fam ?? ''}` }, { k: 'h2', text: 'Policy' }, { k: 'p', text: pol ?? '' }, { k: 'h2', text: 'Procedures' }, { k: 'p', text: proc ?? '' });
  });
  body.push({ k: 'h1', text: 'Policy Review and Enforcement' }, { k: 'p', text: 'Policies are reviewed annually and procedures at least annually; violations may result in disciplinary action up to and including termination of employment or contract.' });
  return doc({ title: 'Information Security Policies and Procedures', docId: 'KCS-POL-001', version: '3.1', date: '2025-01-31', variant: 'cover', owner: CISO, toc: ['1. Purpose', '2. Scope', '3. Roles and Responsibilities', '5. Access Control (AC)'] }, body, { metaTitle: 'Attachment 1 - Policies and Procedures' });
}

function siPolicy(): ProseDoc {
  return doc(
    { title: 'System and Information Integrity Policy and Procedures (SI-1)', docId: 'KCS-POL-SI', version: '2.2', date: '2025-01-31', variant: 'table-cell', owner: CISO },
    [
      ...purpose('policy and its procedures', 'It establishes the system and information integrity requirements of NIST SP 800-53 Rev5 family SI for the FedRAMP Moderate baseline and is part of SSP Attachment 1 (Information Security Policies and Procedures).'),
      { k: 'h1', text: '3. Policy' },
      { k: 'p', text: 'SI-2 Flaw Remediation: security-relevant software and firmware updates are installed within 30 days for High, 90 days for Moderate and 180 days for Low risk vulnerabilities from discovery; vulnerabilities in the CISA Known Exploited Vulnerabilities catalog are remediated by their KEV due date.' },
      { k: 'p', text: 'SI-3 Malicious Code Protection: nodes run the Bottlerocket read-only root filesystem with dm-verity; container images are scanned for malware at build; Falco detects runtime anomalies.' },
      { k: 'p', text: 'SI-4 System Monitoring: the platform is monitored for attacks, indicators of compromise and unauthorized connections; monitoring output is provided to the SOC in real time.' },
      { k: 'p', text: 'SI-5 Security Alerts, Advisories and Directives: the ISSO subscribes to CISA advisories and vendor bulletins and disseminates relevant advisories to Platform Engineering within one business day.' },
      { k: 'p', text: 'SI-7 Software, Firmware and Information Integrity: only images signed with the platform Cosign key are admitted; the signature policy is enforced by Kyverno.' },
      { k: 'h1', text: '4. Procedures' },
      { k: 'bullets', items: ['SI-P1 Monthly vulnerability review: export scan results, deduplicate, assign owners, update the POA&M.', 'SI-P2 Emergency patching: open an emergency change, patch canary cluster, promote within 24 hours.', 'SI-P3 Advisory handling: record advisory, assess applicability, track action in Jira project SECADV.', 'SI-P4 Integrity violation: quarantine node, preserve evidence, invoke the Incident Response Plan.'] },
      { k: 'h1', text: '5. Compliance' },
      { k: 'p', text: 'Compliance with this policy is measured by the monthly continuous monitoring metrics. This policy is reviewed annually and the procedures at least annually or after significant changes.' },
      ...maintenance('policy', CISO),
    ],
    { metaTitle: undefined, header: 'KCS-POL-SI v2.2' },
  );
}

function userGuide(): ProseDoc {
  return doc(
    { title: `${SYS_ABBR} Customer User Guide`, docId: 'KCS-UG-004', version: '4.0', date: '2025-02-14', variant: 'cover', owner: 'Customer Success Engineering', toc: ['1. Getting Started', '2. Signing In', '3. Creating a Cluster', '4. Deploying Workloads', '5. Security Configuration'] },
    [
      { k: 'h1', text: '1. Getting Started' },
      { k: 'p', text: `This guide explains how agency administrators and developers use ${SYS_ABBR}. It is SSP Attachment 2 (User Guide) and describes the security-relevant settings customers are responsible for, as listed in the Customer Responsibility Matrix.` },
      { k: 'h1', text: '2. Signing In' },
      { k: 'p', text: 'Open https://console.kmkp.kestrelcloud.example and choose your agency. You are redirected to your agency identity provider; after you authenticate with your PIV card or FIDO2 key you are returned to the console. Sessions expire after 15 minutes of inactivity.' },
      { k: 'h1', text: '3. Creating a Cluster' },
      { k: 'bullets', items: ['Select Clusters > New cluster.', 'Choose the region (GovCloud US-West or US-East) and the Kubernetes version.', 'Choose a node pool size; the platform applies the hardened Bottlerocket image automatically.', 'Click Create. Provisioning takes about 12 minutes.'] },
      { k: 'h1', text: '4. Deploying Workloads' },
      { k: 'p', text: 'Connect a Git repository under Delivery > Repositories. Argo CD synchronizes the manifests in the selected path. Images must come from your tenant registry project and must be signed; unsigned images are rejected with the message "image signature verification failed".' },
      { k: 'h1', text: '5. Security Configuration' },
      { k: 'p', text: 'Tenant administrators are responsible for assigning roles to their users, reviewing access quarterly, configuring network policies between their own namespaces and retrieving audit logs through the Logs page or the log export API.' },
      { k: 'table', rows: [['Task', 'Where', 'Customer responsibility'], ['Assign roles', 'Settings > Access', 'AC-2, AC-6'], ['Export audit logs', 'Logs > Export', 'AU-6'], ['Rotate API tokens', 'Settings > Tokens', 'IA-5']] },
      { k: 'h1', text: '6. Getting Help' },
      { k: 'p', text: 'Open a support case from the console Help menu or email support@kestrelcloud.example. Report suspected security incidents to security@kestrelcloud.example or the 24x7 line listed in your contract.' },
    ],
    { metaTitle: 'KMKP User Guide' },
  );
}

function diw(): ProseDoc {
  return doc(
    { title: 'Digital Identity Worksheet', docId: 'KCS-DIW-001', version: '1.2', date: '2025-01-10', variant: 'legal-first' },
    [
      { k: 'h1', text: 'Introduction and Purpose' },
      { k: 'p', text: `This Digital Identity Worksheet (SSP Attachment 3) records the digital identity acceptance decision for ${SYS_ABBR} in accordance with NIST SP 800-63-3. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) required for the system's users.` },
      { k: 'h1', text: 'Digital Identity Level Selection' },
      { k: 'table', rows: [['Question', 'Answer'], ['Does the system require users to authenticate?', 'Yes'], ['Is personal data accessible to users?', 'Yes \u2014 limited (user names, email addresses)'], ['Potential impact of authentication errors: inconvenience, distress or damage to reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']] },
      { k: 'h1', text: 'Selected Assurance Levels' },
      { k: 'table', rows: [['Level', 'Selected', 'Rationale'], ['IAL', 'IAL2', 'Remote identity proofing performed by the agency IdP or Kestrel HR onboarding'], ['AAL', 'AAL2 (AAL3 for privileged)', 'FIDO2 / PIV multi-factor authenticators'], ['FAL', 'FAL2', 'Signed and encrypted SAML assertions']] },
      { k: 'p', text: `The digital identity level for ${SYS_ABBR} is Level 2 (IAL2/AAL2/FAL2), consistent with the FedRAMP Moderate baseline. The selection was approved by the System Owner ${PLATFORM_LEAD}.` },
    ],
    { metaTitle: 'Attachment 3 DIW' },
  );
}

function pta(): ProseDoc {
  return doc(
    { title: 'Privacy Threshold Analysis (PTA)', docId: 'KCS-PTA-001', version: '1.1', date: '2024-12-02', variant: 'cover' },
    [
      { k: 'h1', text: 'Section 1: System Information' },
      { k: 'table', header: false, rows: [['System name', SYS], ['System owner', PLATFORM_LEAD], ['Privacy point of contact', 'Naledi Oduya, Privacy Officer'], ['FedRAMP impact level', 'Moderate']] },
      { k: 'h1', text: 'Section 2: Personally Identifiable Information' },
      { k: 'p', text: 'Does the system collect, maintain, use or disseminate PII about members of the public? No. Does it collect PII about federal employees or contractors? Yes: user account names, business email addresses, telephone numbers for MFA recovery and IP addresses in audit logs.' },
      { k: 'p', text: 'Tenant workloads may process PII belonging to the agency; that information is the agency\'s, is not accessed by Kestrel and is covered by the agency\'s own Privacy Impact Assessment for the hosted application.' },
      { k: 'h1', text: 'Section 3: Privacy Threshold Determination' },
      { k: 'p', text: 'Because the system collects PII about federal users, a Privacy Impact Assessment is required. A System of Records Notice is not required because records are not retrieved by personal identifier for a government function. The PIA is provided as part of SSP Attachment 4.' },
      { k: 'table', rows: [['Reviewer', 'Decision', 'Date'], ['Kestrel Privacy Officer', 'PIA required', '2024-12-02'], ['Agency Senior Agency Official for Privacy', 'Concur', '2024-12-16']] },
    ],
    { metaTitle: 'PTA' },
  );
}

function pia(): ProseDoc {
  return doc(
    { title: 'Privacy Impact Assessment', docId: 'KCS-PIA-001', version: '1.1', date: '2024-12-16', variant: 'table-cell' },
    [
      { k: 'h1', text: '1. Overview' },
      { k: 'p', text: `This Privacy Impact Assessment (PIA) for ${SYS_ABBR} analyses how personally identifiable information about federal users is collected, used, shared, secured and disposed of, as required by Section 208 of the E-Government Act of 2002 and OMB M-03-22.` },
      { k: 'h1', text: '2. Characterization of the Information' },
      { k: 'p', text: 'PII elements: full name, business email, business phone, user name, source IP address, device fingerprint of FIDO2 authenticators (AAGUID). Sources: the agency identity provider via SAML attributes and Kestrel HR for Kestrel staff.' },
      { k: 'h1', text: '3. Uses of the Information' },
      { k: 'p', text: 'PII is used to authenticate users, authorize actions, attribute audit events and contact administrators about service events. It is not used for data mining or shared with third parties except sub-processors listed in Section 5.' },
      { k: 'h1', text: '4. Retention' },
      { k: 'p', text: 'Account data is deleted 30 days after the tenant offboards; audit records are retained one year per AU-11 and then destroyed.' },
      { k: 'h1', text: '5. Sharing and Disclosure' },
      { k: 'table', rows: [['Recipient', 'Data', 'Purpose'], ['Splunk Cloud', 'Audit events with user name and IP', 'Security monitoring'], ['Okta', 'Name, email', 'Authentication of Kestrel staff']] },
      { k: 'h1', text: '6. Notice, Access and Redress' },
      { k: 'p', text: 'Users receive notice through the console privacy banner; they may request access or correction through their agency administrator.' },
      { k: 'h1', text: '7. Privacy Risks and Mitigations' },
      { k: 'p', text: 'The main risk is exposure of audit logs containing user identifiers; it is mitigated by role-based access to Splunk, encryption at rest and the AU-9 protections described in the SSP.' },
    ],
    { metaTitle: 'PIA FINAL signed' },
  );
}

function rob(): ProseDoc {
  return doc(
    { title: `${SYS_ABBR} Rules of Behavior for Privileged Users`, docId: 'KCS-ROB-002', version: '2.0', date: '2025-01-15', variant: 'cover' },
    [
      { k: 'h1', text: 'Introduction' },
      { k: 'p', text: `These Rules of Behavior (SSP Attachment 5) describe the responsibilities and expected behavior of every Kestrel employee and contractor who holds privileged access to ${SYS_ABBR}. Each user must read and sign them before access is granted and re-acknowledge them annually.` },
      { k: 'h1', text: 'Rules' },
      { k: 'bullets', items: ['I will access the management plane only through the Teleport gateway from a Kestrel-managed endpoint.', 'I will not share my credentials or hardware authenticator, and I will report a lost key immediately.', 'I will not access customer tenant data unless a customer support case authorizes it, and I will record the case number in the session reason.', 'I will not disable or circumvent logging, admission policies or security tooling.', 'I will not copy federal data to removable media, personal devices or unapproved cloud services.', 'I will report suspected incidents to security@kestrelcloud.example within one hour.', 'I understand that my activities are monitored and recorded.'] },
      { k: 'h1', text: 'Consequences of Non-Compliance' },
      { k: 'p', text: 'Violation of these rules may result in loss of access, disciplinary action up to and including termination, and civil or criminal penalties.' },
      { k: 'h1', text: 'Acknowledgement' },
      { k: 'p', text: 'I acknowledge that I have read, understand and will comply with these Rules of Behavior.' },
      { k: 'table', rows: [['User name (print)', 'Signature', 'Date'], ['', '', '']] },
    ],
  );
}

function iscp(): ProseDoc {
  return doc(
    { title: 'Information System Contingency Plan (ISCP)', docId: 'KCS-ISCP-001', version: '2.1', date: '2025-02-20', variant: 'cover', toc: ['1. Introduction', '2. Concept of Operations', '3. Activation and Notification', '4. Recovery', '5. Reconstitution'] },
    [
      { k: 'h1', text: '1. Introduction' },
      { k: 'p', text: `This Information System Contingency Plan establishes procedures to recover ${SYS_ABBR} following a disruption. It is SSP Attachment 6 and follows NIST SP 800-34 Rev 1. The plan is tested annually through a functional exercise; the last test was performed on 2024-11-07 and its after-action report is kept with this plan.` },
      ...sysDescription('2. Concept of Operations'),
      { k: 'table', rows: [['Recovery objective', 'Value'], ['Maximum Tolerable Downtime', '24 hours'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '4 hours']] },
      { k: 'h1', text: '3. Activation and Notification' },
      { k: 'p', text: 'The ISCP Director (VP Platform Engineering) or the alternate (Director of SRE) activates the plan when an outage is expected to exceed four hours or a region is impaired. Notification uses PagerDuty escalation policy "KMKP-Contingency" and the call tree in Appendix A.' },
      { k: 'h1', text: '4. Recovery' },
      { k: 'bullets', items: ['Declare regional failover and freeze changes in Argo CD.', 'Promote the RDS cross-region read replicas in the alternate region.', 'Restore cluster state from the latest Velero backup to the standby management cluster.', 'Update Route 53 health-check failover records for the console and API.', 'Validate tenant cluster connectivity and notify customers through the status page.'] },
      { k: 'h1', text: '5. Reconstitution' },
      { k: 'p', text: 'After the primary region is restored, data is synchronized back, validation tests are run, and the plan is deactivated by the ISCP Director. Lessons learned are recorded and the plan is updated.' },
      { k: 'h1', text: 'Appendix A \u2014 Contact List' },
      { k: 'table', rows: [['Role', 'Name', 'Phone'], ['ISCP Director', PLATFORM_LEAD, '+1 703 555 0143'], ['ISSO', ISSO, '+1 703 555 0187'], ['SRE on-call', 'Rotation', 'PagerDuty']] },
    ],
    { metaTitle: 'ISCP' },
  );
}

function cmp(): ProseDoc {
  return doc(
    { title: 'Configuration Management Plan', docId: 'KCS-CMP-003', version: '3.0', date: '2025-02-03', variant: 'no-title' },
    [
      { k: 'h1', text: '1. Introduction' },
      { k: 'p', text: `The ${SYS_ABBR} Configuration Management Plan (SSP Attachment 9) defines how Kestrel establishes, controls and monitors the configuration of the platform, in accordance with NIST SP 800-128 and the CM family of the FedRAMP Moderate baseline.` },
      { k: 'h1', text: '2. Roles' },
      { k: 'table', rows: [['Role', 'Responsibility'], ['Change Control Board (CCB)', 'Approves normal changes weekly; chaired by the Director of SRE'], ['Change owner', 'Writes the change record and the security impact analysis'], ['ISSO', 'Reviews security impact; identifies significant changes for FedRAMP notification']] },
      { k: 'h1', text: '3. Configuration Items and Baselines' },
      { k: 'p', text: 'Configuration items are identified in the platform-config repository: Terraform modules, Helm charts and values, Kyverno policies, Bottlerocket settings and AMI versions. Each release tag constitutes a baseline; the previous two baselines are retained for rollback (CM-2(3)).' },
      { k: 'h1', text: '4. Change Control Process' },
      { k: 'bullets', items: ['Standard changes: pre-approved patterns (image patch bumps via Renovate) merged after one reviewer and passing pipeline.', 'Normal changes: merge request plus ServiceNow change record approved by the CCB.', 'Emergency changes: approved by the on-call incident commander, reviewed by the CCB within two business days.'] },
      { k: 'h1', text: '5. Security Impact Analysis' },
      { k: 'p', text: 'Every normal change includes a security impact analysis. Changes that alter the boundary, introduce new services or cryptographic modules, or change control implementations are escalated as potential significant changes and submitted to the agency with the Significant Change Request form before implementation.' },
      { k: 'h1', text: '6. Configuration Monitoring' },
      { k: 'p', text: 'Argo CD reports drift between the repository and the clusters within five minutes; AWS Config rules detect drift in account-level settings; weekly CIS benchmark scans verify node settings.' },
      ...maintenance('Configuration Management Plan'),
    ],
    { metaTitle: 'Configuration Management Plan', header: `${SYS_ABBR} Configuration Management Plan \u2014 KCS-CMP-003 v3.0` },
  );
}

function irp(): ProseDoc {
  return doc(
    { title: 'Incident Response Plan', docId: 'KCS-IRP-002', version: '2.3', date: '2025-01-28', variant: 'cover', toc: ['1. Introduction', '2. Incident Response Team', '3. Incident Categories', '4. Incident Handling Phases', '5. Reporting'] },
    [
      { k: 'h1', text: '1. Introduction' },
      { k: 'p', text: `This Incident Response Plan (SSP Attachment 8) describes how Kestrel prepares for, detects, analyses, contains, eradicates and recovers from security incidents affecting ${SYS_ABBR}, consistent with NIST SP 800-61 Rev 2 and the FedRAMP Incident Communications Procedures.` },
      { k: 'h1', text: '2. Incident Response Team' },
      { k: 'table', rows: [['Role', 'Primary', 'Alternate'], ['Incident Commander', 'Director of Security Operations', 'ISSO'], ['Technical lead', 'On-call platform SRE', 'Platform security engineer'], ['Communications', 'Customer Success lead', 'Legal counsel']] },
      { k: 'h1', text: '3. Incident Categories' },
      { k: 'table', rows: [['Category', 'Example', 'Report to agency / US-CERT'], ['Unauthorized access', 'Compromised tenant admin token', 'Within 1 hour'], ['Malicious code', 'Cryptominer in a container', 'Within 1 hour'], ['Denial of service', 'Ingress saturation', 'Within 1 hour'], ['Improper usage', 'Operator accessed tenant data without a case', 'Within 1 hour']] },
      { k: 'h1', text: '4. Incident Handling Phases' },
      { k: 'p', text: 'Preparation: playbooks for container escape, credential exposure and cloud account compromise are maintained in the SOAR platform. Detection and analysis: Falco, GuardDuty and Splunk alerts are triaged within 15 minutes. Containment: affected pods are isolated with a quarantine network policy and nodes are cordoned and snapshotted. Eradication and recovery: images are rebuilt from source, credentials rotated, and workloads redeployed through Argo CD. Post-incident activity: a blameless review is held within five business days.' },
      { k: 'h1', text: '5. Reporting' },
      { k: 'p', text: 'Confirmed incidents are reported to US-CERT through the CISA incident reporting system, to the FedRAMP PMO at fedramp_security@gsa.gov and to each affected agency within one hour of confirmation. Status updates continue until closure.' },
      { k: 'h1', text: '6. Testing and Training' },
      { k: 'p', text: 'The plan is tested annually with a tabletop exercise and responders are trained annually (IR-2, IR-3).' },
    ],
    { metaTitle: undefined },
  );
}

function fips199(): ProseDoc {
  return doc(
    { title: 'FIPS 199 Security Categorization', docId: 'KCS-FIPS199-001', version: '1.3', date: '2025-01-06', variant: 'table-cell' },
    [
      { k: 'h1', text: 'Introduction and Purpose' },
      { k: 'p', text: `This document (SSP Attachment 10) categorizes ${SYS_ABBR} according to FIPS 199 and NIST SP 800-60 Volume II, based on the information types processed, stored and transmitted by the system.` },
      { k: 'h1', text: 'Information Types' },
      { k: 'table', rows: [['Information type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.2 Lifecycle/Change Management', 'Low', 'Moderate', 'Low'], ['C.3.5.8 Information Security', 'Moderate', 'Moderate', 'Low'], ['C.3.5.5 IT Infrastructure Maintenance', 'Low', 'Low', 'Moderate'], ['D.20.3 Information Infrastructure Management', 'Moderate', 'Moderate', 'Moderate']] },
      { k: 'h1', text: 'Security Categorization' },
      { k: 'p', text: 'SC KMKP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. Applying the high-water mark, the overall security categorization of the system is Moderate.' },
      { k: 'h1', text: 'Approval' },
      { k: 'p', text: `Categorization reviewed by ${ISSO} and approved by the System Owner ${PLATFORM_LEAD}; concurrence by the agency AO ${AO} on 2025-01-21.` },
    ],
    { metaTitle: 'FIPS-199' },
  );
}

function sodDoc(): ProseDoc {
  return doc(
    { title: 'Separation of Duties Matrix', docId: 'KCS-SOD-001', version: '1.4', date: '2025-02-11', variant: 'cover' },
    [
      { k: 'h1', text: 'Purpose' },
      { k: 'p', text: `This Separation of Duties Matrix (AC-5) lists the ${SYS_ABBR} roles and the duties each may or may not perform, so that no individual can both make and approve a change, or both administer and audit a component.` },
      { k: 'table', rows: [['Duty', 'Platform SRE', 'Security Engineer', 'ISSO', 'CCB Member', 'Auditor'], ['Author infrastructure change', 'X', 'X', '', '', ''], ['Approve production change', '', '', '', 'X', ''], ['Administer Kubernetes clusters', 'X', '', '', '', ''], ['Manage audit log configuration', '', 'X', '', '', ''], ['Review audit logs', '', '', 'X', '', 'X'], ['Grant privileged access', '', '', 'X', '', ''], ['Rotate signing keys', '', 'X', '', '', ''], ['Approve POA&M risk adjustments', '', '', 'X', '', '']] },
      { k: 'h1', text: 'Conflicting Duties' },
      { k: 'bullets', items: ['A Platform SRE may not approve their own merge request (GitLab approval rules enforce two-person review).', 'Security Engineers who administer Splunk may not review the audit of their own Splunk administration.', 'The ISSO does not hold production write access.'] },
    ],
  );
}

function lawsDoc(): ProseDoc {
  return doc(
    { title: 'Laws and Regulations', docId: 'KCS-LAW-001', version: '1.1', date: '2024-11-18', variant: 'legal-first' },
    [
      { k: 'p', text: `SSP Attachment 12 \u2014 the laws, regulations, standards and guidance applicable to ${SYS_ABBR}.` },
      { k: 'h1', text: 'Applicable Laws and Regulations' },
      { k: 'table', rows: [['Identification number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014-12-18', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974-12-31', 'https://www.justice.gov/opcl/privacy-act-1974'], ['OMB A-130', 'Managing Information as a Strategic Resource', '2016-07-28', 'https://www.whitehouse.gov/omb'], ['HSPD-12', 'Policy for a Common Identification Standard', '2004-08-27', 'https://www.dhs.gov/homeland-security-presidential-directive-12'], ['E-Gov Act 208', 'E-Government Act of 2002, Section 208', '2002-12-17', 'https://www.congress.gov']] },
      { k: 'h1', text: 'Applicable Standards and Guidance' },
      { k: 'table', rows: [['Identification number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019-03-22'], ['FIPS 199', 'Standards for Security Categorization', '2004-02'], ['FIPS 200', 'Minimum Security Requirements', '2006-03'], ['SP 800-53 Rev5', 'Security and Privacy Controls', '2020-09'], ['SP 800-37 Rev2', 'Risk Management Framework', '2018-12'], ['SP 800-61 Rev2', 'Computer Security Incident Handling Guide', '2012-08'], ['SP 800-63-3', 'Digital Identity Guidelines', '2017-06'], ['SP 800-190', 'Application Container Security Guide', '2017-09']] },
    ],
    { metaTitle: 'Laws and Regs' },
  );
}

function scrm(): ProseDoc {
  return doc(
    { title: 'Supply Chain Risk Management Plan', docId: 'KCS-SCRM-001', version: '1.0', date: '2025-02-25', variant: 'cover', toc: ['1. Purpose', '2. Scope', '3. SCRM Roles', '4. Supplier Assessment', '5. Software Supply Chain Controls', '6. Monitoring'] },
    [
      ...purpose('Supply Chain Risk Management Plan', 'It satisfies SR-2 of the FedRAMP Rev5 Moderate baseline and is part of the SSP attachments; it describes how supply chain risks to the platform are identified, assessed and mitigated throughout the system development life cycle.'),
      { k: 'h1', text: '3. SCRM Roles' },
      { k: 'table', rows: [['Role', 'Responsibility'], ['SCRM Lead (Procurement Security)', 'Maintains supplier inventory and assessments'], ['Platform Security Engineering', 'Owns software provenance controls'], ['ISSO', 'Reports supply chain events to the agency']] },
      { k: 'h1', text: '4. Supplier Assessment' },
      { k: 'p', text: 'Critical suppliers (AWS, Okta, Splunk, HashiCorp, GitLab, Isovalent) are assessed before onboarding and annually: FedRAMP authorization status, SOC 2 Type II report review, vulnerability disclosure practice and foreign ownership, control or influence. Results are recorded in the supplier risk register.' },
      { k: 'h1', text: '5. Software Supply Chain Controls' },
      { k: 'bullets', items: ['Open-source components are pulled through an internal proxy and pinned by digest (SR-11).', 'Every image built by the pipeline carries an SBOM (CycloneDX) and a SLSA Level 3 provenance attestation.', 'Admission control verifies Cosign signatures and provenance before deployment (SR-4).', 'Components reaching end of support are replaced before the vendor end-of-life date.'] },
      { k: 'h1', text: '6. Monitoring and Notification' },
      { k: 'p', text: 'Kestrel monitors supplier advisories and CISA supply chain alerts; supply chain compromises affecting the platform are handled under the Incident Response Plan and reported to the agency within one hour.' },
      ...maintenance('plan'),
    ],
    { metaTitle: 'SCRM Plan' },
  );
}

export async function attachDocs(): Promise<Eval29Doc[]> {
  return [
    { file: 'Attachment1_Policies.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Information Security Policies and Procedures covering the -1 control of each 800-53 family (SSP Attachment 1).', data: await buildDocx(policies()) },
    { file: 'KCS-POL-SI v2.2.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'System and Information Integrity policy and procedures (SI-1), part of SSP Attachment 1, exported to PDF.', data: await buildPdf(siPolicy()) },
    { file: 'KMKP User Guide v4.docx', expected: 'USER_GUIDE', note: 'Customer user guide (SSP Attachment 2) describing sign-in, cluster creation and customer security settings.', data: await buildDocx(userGuide()) },
    { file: 'user-guide.md', expected: 'USER_GUIDE', note: 'The same customer User Guide kept as markdown in the docs repository.', data: toMarkdown(userGuide()) },
    { file: 'Final_v7.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet selecting IAL2/AAL2/FAL2 (SSP Attachment 3), legal notice before the title.', data: await buildDocx(diw()) },
    { file: 'diw-signed.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'The Digital Identity Worksheet exported to PDF.', data: await buildPdf(diw()) },
    { file: 'PTA_KMKP.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis concluding that a PIA is required (SSP Attachment 4).', data: await buildDocx(pta()) },
    { file: 'document (7).pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment for federal-user PII (SSP Attachment 4), title in cover table.', data: await buildPdf(pia(), { serif: true }) },
    { file: 'ROB-privileged.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with acknowledgement block (SSP Attachment 5).', data: await buildDocx(rob()) },
    { file: 'rob_v2.txt', expected: 'RULES_OF_BEHAVIOR', note: 'The Rules of Behavior as a plain-text copy sent by email.', data: toText(rob()) },
    { file: 'KMKP_ISCP_2025.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with RTO/RPO, activation and recovery steps (SSP Attachment 6).', data: await buildDocx(iscp()) },
    { file: 'IRP-draft.pdf', expected: 'CONTINGENCY_PLAN', note: 'The ISCP exported to PDF under a misleading file name (it is the contingency plan, not the IRP).', data: await buildPdf(iscp()) },
    { file: 'upload.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan whose title appears only in the page header and metadata; body starts after front matter.', data: await buildDocx({ ...cmp(), styledHeadings: false }) },
    { file: 'CMP.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The Configuration Management Plan as markdown (title line absent, intro names the plan).', data: toMarkdown(cmp()) },
    { file: 'KMKP-IRP-v2.3.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan (SSP Attachment 8) with team, categories, handling phases and reporting times.', data: await buildDocx(irp()) },
    { file: 'doc-0977.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'The Incident Response Plan exported to PDF with no metadata title.', data: await buildPdf(irp(), { serif: true }) },
    { file: 'FIPS199_Categorization.docx', expected: 'FIPS_199', note: 'FIPS 199 categorization with SP 800-60 information types and the Moderate high-water mark (SSP Attachment 10).', data: await buildDocx(fips199()) },
    { file: 'att10.pdf', expected: 'FIPS_199', note: 'The FIPS 199 categorization exported to PDF.', data: await buildPdf(fips199()) },
    { file: 'SoD-matrix-narrative.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix as a Word table of roles versus duties with conflicting duties.', data: await buildDocx(sodDoc()) },
    { file: 'Attachment 12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment listing applicable laws, standards and guidance.', data: await buildDocx(lawsDoc()) },
    { file: 'KCS-SCRM-001.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR-2) with supplier assessment and software provenance controls.', data: await buildDocx(scrm()) },
    { file: 'scrm_plan_2025.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The SCRM plan exported to PDF.', data: await buildPdf(scrm(), { serif: true }) },
  ];
}
