/** eval45: the SSP attachments, two of each. */
import type { Block, CellValue } from './kit.js';
import { renderDocx, renderMarkdown, renderPdf, renderText, renderXlsx } from './kit.js';
import { AGENCY, CSP, DATE_LONG, PROPRIETARY, SYS_ABBR, SYSTEM, SYSTEM_BLURB, approvals, distribution, revisionHistory, toc } from './persona.js';
import type { EvalDoc } from './types.js';

const REVS = [
  { date: '09/12/2025', version: '1.0', desc: 'Initial release', author: 'Miriam Okafor' },
  { date: '02/20/2026', version: '1.2', desc: 'Annual review; OT collector references updated', author: 'Jonah Haldane' },
];

function front(title: string, att: string): Block[] {
  return [
    { small: PROPRIETARY },
    { big: title },
    { p: `${SYSTEM} (${SYS_ABBR}) | ${att} | Version 1.2 | ${DATE_LONG}` },
    ...revisionHistory(REVS),
    ...approvals([['Dana Whitcomb', 'System Owner'], ['Miriam Okafor', 'ISSO']]),
  ];
}

function policyDoc(): Block[] {
  return [
    ...front('Access Control Policy and Procedures', 'SSP Attachment 1'),
    ...toc(['1 Purpose', '2 Scope', '3 Roles and Responsibilities', '4 Policy', '5 Procedures', '6 Compliance', '7 Review']),
    { h: '1 Purpose' },
    { p: `This document establishes the Access Control (AC) family policy and the supporting procedures for ${SYS_ABBR}, in accordance with NIST SP 800-53 Rev 5 AC-1 and the FedRAMP Moderate baseline. It is one of the family policies that together form Attachment 1 of the System Security Plan.` },
    { h: '2 Scope' },
    { p: `The policy applies to all ${CSP} personnel, contractors and systems within the ${SYS_ABBR} authorization boundary, including the collector management plane. Customer-owned OT networks and devices are outside scope; customer responsibilities are listed in the CIS/CRM Workbook.` },
    { h: '3 Roles and Responsibilities' },
    { table: [['Role', 'Responsibility'], ['System Owner', 'Approves this policy; accepts residual risk'], ['ISSO', 'Maintains the policy; reviews accounts quarterly'], ['Identity Engineering', 'Implements provisioning, MFA and deprovisioning'], ['Managers', 'Approve access requests; notify HR of separations']] },
    { h: '4 Policy' },
    { bullets: ['AC-2: Accounts shall be approved before creation and reviewed at least quarterly; inactive accounts shall be disabled after 90 days.', 'AC-3: Access shall be enforced by role-based policies in IAM Identity Center and the tenant RBAC service.', 'AC-6: Least privilege shall apply; privileged roles shall be time-bound via just-in-time elevation of at most 4 hours.', 'AC-7: Accounts shall lock after 3 invalid logon attempts within 15 minutes.', 'AC-17: Remote access to production shall occur only through Session Manager with phishing-resistant MFA.'] },
    { h: '5 Procedures' },
    { bold: '5.1 Account Provisioning Procedure' },
    { p: 'Step 1. The requester opens a Jira Service Management "Access Request" ticket naming the role. Step 2. The manager approves in the ticket. Step 3. For privileged roles the Security Engineering lead approves. Step 4. Identity Engineering assigns the permission set; the ticket records the change. Step 5. The ISSO samples 10% of tickets monthly.' },
    { bold: '5.2 Deprovisioning Procedure' },
    { p: 'Workday termination events trigger automatic disablement in Okta within one hour; Identity Engineering confirms removal of AWS permission sets and collector signing rights the same business day.' },
    { h: '6 Compliance' },
    { p: 'Violations are handled under the Kestrel disciplinary process. Exceptions require a documented risk acceptance by the System Owner.' },
    { h: '7 Review' },
    { p: 'This policy is reviewed at least annually and the procedures at least annually, or after significant changes, audit findings or incidents.' },
  ];
}

function auditPolicy(): Block[] {
  return [
    { big: 'Audit and Accountability (AU) Policy and Procedures' },
    { p: `${CSP} - ${SYS_ABBR} Information Security Policies and Procedures, family AU. Effective ${DATE_LONG}.` },
    { h: 'Policy Statement' },
    { p: `${CSP} shall generate, protect and retain audit records for ${SYS_ABBR} sufficient to support after-the-fact investigation of security incidents. This policy implements AU-1 through AU-12 of the FedRAMP Moderate baseline.` },
    { h: 'Policy Requirements' },
    { bullets: ['AU-2: The event types in Appendix A shall be logged, including collector enrolment, tenant data export and privileged API calls.', 'AU-4: Log storage capacity shall be monitored; S3 log archive buckets have no size limit and alarms at ingestion failures.', 'AU-6: Audit records shall be reviewed at least weekly and anomalies reported to the ISSO.', 'AU-9: Audit logs shall be written to a separate AWS account with S3 Object Lock in compliance mode.', 'AU-11: Audit records shall be retained online for 90 days and for a total of one year, or longer per M-21-31.'] },
    { h: 'Procedures' },
    { p: 'Procedure AU-P1 (Daily review): the SOC analyst on shift reviews the correlation dashboard in the security data lake, triages alerts, and records the review in the SOC shift log. Procedure AU-P2 (Log source onboarding): new services are added to the logging pipeline before production release; the change ticket references the log source test.' },
    { p: 'Procedure AU-P3 (Failure response): if a log source stops sending for more than 30 minutes, an alert pages the on-call SRE, who restores the pipeline and documents the gap.' },
    { h: 'Roles' },
    { p: 'The ISSO owns this policy; the SOC manager owns the procedures. Both are reviewed annually.' },
  ];
}

function userGuide(): Block[] {
  return [
    { big: `${SYSTEM} User Guide` },
    { p: 'For utility OT analysts, compliance officers and tenant administrators. Release 5.4.' },
    ...toc(['1 Getting Started', '2 Signing In', '3 Dashboards', '4 Assets', '5 Alerts and Cases', '6 Tenant Administration', '7 Security Features for Users']),
    { h: '1 Getting Started' },
    { p: `${SYS_ABBR} shows the telemetry, assets and alerts that your site's Kestrel Edge Collectors send from your industrial DMZ. This guide explains how to sign in, read dashboards, investigate alerts and administer your tenant. It does not cover installing collectors; see the Edge Collector Installation Guide.` },
    { h: '2 Signing In' },
    { p: 'Open https://portal.otvision.example in a supported browser. If your organization uses single sign-on, choose "Sign in with your organization" and authenticate with your PIV card or your identity provider\'s MFA. Kestrel-managed accounts must register a FIDO2 security key at first sign-in. Sessions end after 15 minutes of inactivity.' },
    { h: '3 Dashboards' },
    { p: 'The Site Overview dashboard lists each site, its collectors and their last heartbeat. Select a site to see historian tag trends, PLC communication health and protocol mix (DNP3, Modbus/TCP, IEC 61850 MMS, EtherNet/IP).' },
    { h: '4 Assets' },
    { p: 'The Assets page lists devices discovered passively on your OT network with vendor, model, firmware and Purdue level. Use Export to download a CSV. Assets are your organization\'s devices; Kestrel never connects to them.' },
    { h: '5 Alerts and Cases' },
    { bullets: ['Click an alert to see the triggering packets and baseline deviation.', 'Choose Create Case to assign an alert to a colleague.', 'Close a case with a disposition: benign, expected maintenance, or escalated to incident.'] },
    { h: '6 Tenant Administration' },
    { p: 'Tenant administrators invite users, assign roles (Viewer, Analyst, Site Admin, Tenant Admin) and configure SAML federation under Settings > Identity. Review your users at least quarterly; the Access Review report lists last sign-in dates.' },
    { h: '7 Security Features for Users' },
    { p: 'Audit history for your tenant is under Settings > Audit Log and can be streamed to your SIEM. Data exports are logged and require the Analyst role or higher.' },
  ];
}

function diw(): Block[] {
  return [
    ...front('Digital Identity Worksheet', 'SSP Attachment 3'),
    { h: 'Introduction and Purpose' },
    { p: `This worksheet documents the digital identity level for ${SYS_ABBR} in accordance with NIST SP 800-63-3 and its three components: identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).` },
    { h: 'Information System Name/Title' },
    { table: [['Unique Identifier', 'Information System Name', 'Abbreviation'], ['FR2611408522', SYSTEM, SYS_ABBR]] },
    { h: 'Digital Identity Level Definitions' },
    { table: [['Level', 'IAL', 'AAL', 'FAL'], ['1', 'Self-asserted', 'Single factor', 'Bearer assertion'], ['2', 'Remote or in-person proofing', 'Two factors', 'Assertion encrypted to RP'], ['3', 'In-person proofing', 'Hardware-based authenticator with verifier impersonation resistance', 'Holder-of-key assertion']] },
    { h: 'Review Maximum Potential Impact Levels' },
    { table: [['Category', 'Potential Impact of Authentication Error'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low - no control path into plant equipment'], ['Civil or criminal violations', 'Low']] },
    { h: 'Digital Identity Level Selection' },
    { p: 'Based on the impact assessment above, the selected levels are IAL2, AAL2 and FAL2. The overall Digital Identity Level for the system is Level 2, consistent with a FedRAMP Moderate system. Customer users federating from agency identity providers are proofed by their agency; Kestrel-managed users are proofed remotely by the Kestrel onboarding team against a government-issued ID.' },
    { table: [['Selected Level', 'Value'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2'], ['Digital Identity Level', '2']] },
  ];
}

function pta(): Block[] {
  return [
    ...front('Privacy Threshold Analysis (PTA)', 'SSP Attachment 4'),
    { h: '1 Privacy Threshold Analysis' },
    { p: `${CSP} performs a Privacy Threshold Analysis annually to determine whether ${SYS_ABBR} collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.` },
    { h: '1.1 Qualifying Questions', level: 2 },
    { table: [['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or share PII of members of the public?', 'No'], ['2', 'Does the system collect PII of federal employees or contractors?', 'Yes - name, work email and work phone of user accounts'], ['3', 'Has a PIA been performed previously?', 'No'], ['4', 'Is the system subject to the Privacy Act (system of records)?', 'No']] },
    { p: 'Operational telemetry (historian tags, PLC register values, alarm events) is not PII. Collector metadata can include host names of engineering workstations, which occasionally contain an operator\'s name; such values are treated as PII-adjacent and redacted in exports.' },
    { h: '1.2 Designation', level: 2 },
    { p: 'Based on the answers above, the only PII processed is user account information used for authentication. A full Privacy Impact Assessment is not required. The System Owner and the Kestrel Privacy Officer concur with this determination.' },
    { table: [['Role', 'Name', 'Determination', 'Date'], ['Privacy Officer', 'Helena Voss', 'PIA not required', '02/20/2026'], ['System Owner', 'Dana Whitcomb', 'Concur', '02/20/2026']] },
  ];
}

function pia(): Block[] {
  return [
    { big: 'Privacy Impact Assessment' },
    { p: `${SYSTEM} - Customer Workforce Module (KOVC-CWM) | Prepared for the ${AGENCY} Privacy Office` },
    { p: 'Version 1.0, September 2026. Prepared because the new Workforce Module collects operator shift rosters and badge identifiers from customer control centers, which changed the PTA determination.' },
    { h: 'Section 1. Characterization of the Information' },
    { p: 'The module stores first and last name, employee ID, work phone, shift assignment, and badge reader events for control room operators, used to correlate HMI log-ons with operator shifts during alarm investigations.' },
    { h: 'Section 2. Uses of the Information' },
    { p: 'Information is used only to attribute operator actions recorded in HMI logs during investigations by the customer\'s OT security team. No information is used for employment decisions by Kestrel.' },
    { h: 'Section 3. Retention' },
    { p: 'Roster records are retained for 13 months, then deleted automatically. Badge events are retained for 90 days.' },
    { h: 'Section 4. Internal and External Sharing' },
    { p: 'PII is not shared outside the customer tenant. Kestrel support staff access it only under a customer-approved support session.' },
    { h: 'Section 5. Notice' },
    { p: 'Customers provide notice to their workforce under their own privacy programs; Kestrel provides template notice language.' },
    { h: 'Section 6. Access, Redress and Correction' },
    { p: 'Individuals request correction through their employer\'s HR office; tenant administrators edit roster entries.' },
    { h: 'Section 7. Technical Access and Security' },
    { p: 'PII fields are encrypted at the application layer with a tenant-specific KMS key. Access is logged and reviewed monthly.' },
    { h: 'Section 8. Privacy Risks and Mitigations' },
    { table: [['Risk', 'Mitigation'], ['Over-collection of badge data', 'Only reader events from control room doors are ingested'], ['Re-identification from HMI logs', 'Investigations limited to the OT security role']] },
  ];
}

function rob(): Block[] {
  return [
    { big: `${SYSTEM} Rules of Behavior` },
    { p: `Privileged and non-privileged users of ${SYS_ABBR} must read and sign these Rules of Behavior before receiving access, and re-acknowledge them annually.` },
    { h: 'Rules for All Users' },
    { bullets: ['I will use the system only for authorized business purposes of my organization.', 'I will protect my authenticators (security keys, PIV) and never share them.', 'I will not attempt to access tenants, sites or data I am not authorized to see.', 'I will not download OT telemetry or asset lists to personally owned devices.', 'I will report suspected security incidents to security@kestrelgrid.example immediately.', 'I understand my activity is logged and monitored and that I have no expectation of privacy on the system.'] },
    { h: 'Additional Rules for Privileged Users' },
    { bullets: ['I will use just-in-time elevation only for the approved change or incident ticket.', 'I will not disable or alter audit logging.', 'I will not use privileged sessions for e-mail or web browsing.', 'I will not push configuration to Edge Collectors outside an approved change window.'] },
    { h: 'Consequences' },
    { p: 'Violation of these rules may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.' },
    { h: 'Acknowledgement' },
    { p: 'I have read and understand these Rules of Behavior and agree to comply with them.' },
    { table: [['User Name', 'Signature', 'Date', 'Organization'], ['', '', '', '']] },
  ];
}

function iscp(): Block[] {
  return [
    ...front('Information System Contingency Plan (ISCP)', 'SSP Attachment 6'),
    ...distribution(['ISCP Director (VP Engineering)', 'ISCP Coordinator (SRE Manager)', 'Damage Assessment Team', 'Recovery Team', `${AGENCY} ISSM`]),
    { h: '1 Introduction' },
    { p: `This Information System Contingency Plan establishes procedures to recover ${SYS_ABBR} following a disruption. It follows NIST SP 800-34 Rev 1 and the FedRAMP ISCP template. The plan covers the three phases: Activation and Notification, Recovery, and Reconstitution.` },
    { h: '2 Concept of Operations' },
    { p: SYSTEM_BLURB },
    { p: 'Recovery objectives from the Business Impact Analysis: maximum tolerable downtime 24 hours; recovery time objective (RTO) 8 hours; recovery point objective (RPO) 1 hour for configuration and tenant data, 15 minutes for buffered telemetry (collectors buffer 72 hours locally, so telemetry is replayed after recovery).' },
    { h: '3 Activation and Notification' },
    { p: 'The ISCP Coordinator activates the plan when an outage of the ingestion or portal tier exceeds or is expected to exceed 2 hours, or when us-gov-west-1 is impaired. Notification uses the PagerDuty "KOVC-Contingency" escalation and the call tree in Appendix A. Customer agencies are notified through the status page and by e-mail within one hour of activation.' },
    { h: '4 Recovery' },
    { bullets: ['Confirm scope with the Damage Assessment Team.', 'Fail over DNS to the warm standby in us-gov-east-1 using Route 53 ARC.', 'Restore Aurora PostgreSQL from the cross-region snapshot and replay the MSK mirror.', 'Re-point collectors; collectors replay buffered telemetry automatically.', 'Validate tenant access and alerting with the recovery test checklist.'] },
    { h: '5 Reconstitution' },
    { p: 'After the primary region is restored, data is synchronized back, concurrent processing is validated for 24 hours, and the plan is deactivated by the ISCP Director. Lessons learned are recorded within 10 business days.' },
    { h: '6 Plan Testing' },
    { p: 'The ISCP is tested annually by a functional exercise; the 2025 test results are in Appendix G.' },
  ];
}

function iscpShort(): Block[] {
  return [
    { bold: `${SYS_ABBR} CONTINGENCY PLAN - Recovery Procedures (ISCP Attachment 6, v1.2)` },
    { p: `Information System Contingency Plan for ${SYSTEM}. This edition contains the complete plan; the appendices (call tree, vendor contacts) are held separately.` },
    { h: '1. Plan Overview' },
    { p: 'Disruptions covered: loss of the primary AWS GovCloud region, loss of the ingestion tier, corruption of the time-series store, and loss of the collector enrolment CA. Not covered: loss of customer sites or collectors (customer responsibility).' },
    { h: '2. Roles' },
    { table: [['Role', 'Primary', 'Alternate'], ['ISCP Director', 'VP Engineering', 'CTO'], ['ISCP Coordinator', 'SRE Manager', 'Senior SRE'], ['Communications', 'Customer Success Director', 'ISSO']] },
    { h: '3. Activation Criteria' },
    { p: 'Outage exceeding 2 hours; data integrity event; regional impairment reported by AWS Health.' },
    { h: '4. Recovery Procedures' },
    { p: 'R-1 Region failover: execute runbook RB-DR-01 (Route 53 ARC routing control flip, scale standby EKS node groups, promote Aurora global database secondary). R-2 Time-series restore: restore from hourly snapshots in S3 with object lock. R-3 CA recovery: restore AWS Private CA from the offline root held in the Denver safe; re-issue subordinate CA; collectors re-enrol automatically.' },
    { h: '5. Reconstitution and Deactivation' },
    { p: 'Fail back within 7 days of primary restoration, after 24 hours of parallel validation. Deactivation is announced to customers and recorded in the contingency log.' },
    { h: '6. Backup Strategy' },
    { p: 'Daily full and hourly incremental backups; cross-region copies; quarterly restore tests recorded in the ConMon evidence folder.' },
  ];
}

function cmp(): Block[] {
  return [
    ...front('Configuration Management Plan', 'SSP Attachment 7'),
    { h: '1 Purpose and Scope' },
    { p: `This Configuration Management Plan (CMP) describes how ${CSP} manages the configuration of ${SYS_ABBR} components - AWS infrastructure, container workloads, Amazon Linux hosts, and Kestrel Edge Collector firmware - throughout the system life cycle, implementing CM-1 through CM-11.` },
    { h: '2 Roles' },
    { table: [['Role', 'Responsibility'], ['Change Advisory Board (CAB)', 'Approves normal changes weekly'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['ISSO', 'Security impact analysis; identifies significant changes for FedRAMP notification']] },
    { h: '3 Configuration Items and Baselines' },
    { p: 'Configuration items are defined in Terraform, Helm charts and the collector firmware manifest. Baselines follow CIS Amazon Linux 2023 Level 1 and DISA STIG-derived settings where applicable, with deviations documented in the baseline repository.' },
    { h: '4 Change Control Process' },
    { bullets: ['Request: engineer opens a change in Jira (standard, normal, emergency).', 'Security impact analysis by the ISSO; significant changes are routed to the agency as a Significant Change Request before implementation.', 'Approval by the CAB.', 'Implementation through the CI/CD pipeline only; no console changes in production.', 'Verification and closure with evidence attached.'] },
    { h: '5 Configuration Monitoring' },
    { p: 'AWS Config conformance packs detect drift hourly; drift is auto-remediated or raised as a ticket. Collector firmware versions are reported by heartbeat and compared with the approved manifest.' },
    { h: '6 Configuration Management Database' },
    { p: 'The CMDB feeds the Integrated Inventory Workbook each month.' },
  ];
}

function irp(): Block[] {
  return [
    ...front('Incident Response Plan', 'SSP Attachment 8'),
    { h: '1 Introduction' },
    { p: `This Incident Response Plan (IRP) describes how ${CSP} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${SYS_ABBR}, and how incidents are reported to customer agencies, US-CERT/CISA and the FedRAMP PMO.` },
    { h: '2 Incident Response Team' },
    { table: [['Role', 'Name', 'Contact'], ['Incident Commander', 'Jonah Haldane', '+1 303 555 0142'], ['Deputy', 'Priya Nguyen', '+1 303 555 0177'], ['Communications Lead', 'Carla Mendes', '+1 303 555 0109'], ['Legal', 'Outside counsel', 'per retainer']] },
    { h: '3 Incident Categories and Severity' },
    { table: [['Severity', 'Definition', 'Example'], ['SEV-1', 'Confirmed compromise of tenant data or collector trust', 'Stolen collector certificate used to inject telemetry'], ['SEV-2', 'Suspected compromise; contained', 'Malware on a build runner'], ['SEV-3', 'Policy violation; no data impact', 'Unapproved console change']] },
    { h: '4 Phases' },
    { p: 'Preparation: tooling, playbooks and annual training. Detection and analysis: GuardDuty, EDR and data lake detections triaged by the SOC. Containment: isolate workloads, revoke credentials and collector certificates. Eradication and recovery: rebuild from golden images. Post-incident activity: lessons learned within 10 business days.' },
    { h: '5 Reporting' },
    { p: 'Incidents affecting federal tenants are reported to the customer agency and to CISA within one hour of identification, and to the FedRAMP PMO per the FedRAMP Incident Communications Procedures. Customers whose OT sites are involved are contacted by their named Customer Success Manager and the Incident Commander.' },
    { h: '6 Testing' },
    { p: 'The IRP is tested annually with a tabletop exercise and reviewed after each SEV-1.' },
  ];
}

function cisCrm(variant: 'full' | 'crm'): CellValue[][] {
  const ctls: (readonly [string, string, string, string])[] = [
    ['AC-2', 'Service Provider Corporate', 'Shared (Service Provider and Customer Responsibility)', 'Customers manage their tenant users and review them quarterly.'],
    ['AC-2(1)', 'Service Provider System Specific', 'Service Provider', ''],
    ['AC-17', 'Service Provider System Specific', 'Service Provider', ''],
    ['AU-6', 'Shared', 'Shared (Service Provider and Customer Responsibility)', 'Customers review tenant audit logs streamed to their SIEM.'],
    ['IA-2', 'Shared', 'Shared (Service Provider and Customer Responsibility)', 'Customers federating via SAML must enforce MFA at their IdP.'],
    ['PE-3', 'Inherited from pre-existing FedRAMP Authorization', 'Inherited (AWS GovCloud)', ''],
    ['SC-7', 'Service Provider System Specific', 'Service Provider', 'Customers secure the collector host network segment and data diode at their site.'],
  ];
  if (variant === 'full') {
    return [
      [`${SYSTEM} - Control Implementation Summary (CIS) Worksheet`],
      ['CSP: ' + CSP, '', 'Impact: Moderate'],
      ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
      ...ctls.map(([id, orig]) => [id, 'X', '', '', '', '', orig.includes('Corporate') ? 'X' : '', orig.includes('System Specific') ? 'X' : '', '', '', '', orig === 'Shared' ? 'X' : '', orig.includes('Inherited') ? 'X' : '']),
    ];
  }
  return [
    ['Customer Responsibility Matrix (CRM)'],
    [`${SYS_ABBR} - FedRAMP Moderate - customer responsibilities for leveraging agencies`],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control', 'Customer Responsibility'],
    ...ctls.map(([id, , resp, cust]) => [id, resp.startsWith('Shared') ? 'Partial' : 'Yes', resp, cust || 'None']),
  ];
}

function sodRows(): CellValue[][] {
  return [
    [`${SYSTEM} Separation of Duties Matrix`],
    ['Duty / Function', 'System Owner', 'ISSO', 'SRE', 'Security Engineering', 'Identity Engineering', 'Developer', 'Customer Tenant Admin'],
    ['Approve privileged access', 'A', 'R', '', 'A', '', '', ''],
    ['Provision accounts', '', '', '', '', 'X', '', 'X (tenant users)'],
    ['Review audit logs', '', 'X', '', 'X', '', '', 'X (tenant logs)'],
    ['Deploy code to production', '', '', 'X', '', '', 'Not permitted', ''],
    ['Approve changes (CAB)', 'X', 'X', '', '', '', '', ''],
    ['Modify audit logging configuration', '', 'Approve', '', 'X', '', 'Not permitted', ''],
    ['Issue collector certificates', '', '', '', 'X', 'Not permitted', 'Not permitted', ''],
    ['Perform security impact analysis', '', 'X', '', 'X', '', '', ''],
  ];
}

function lawsRows(): CellValue[][] {
  return [
    ['FedRAMP Laws and Regulations'],
    [`System: ${SYSTEM}`, '', 'Date: 02/20/2026'],
    ['Type', 'Identification Number', 'Title', 'Date', 'Link'],
    ['Law', '44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['Law', 'Pub. L. 117-263 Title LIX', 'FedRAMP Authorization Act', 'December 2022', ''],
    ['Regulation', 'OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', ''],
    ['Regulation', 'OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', 'August 2021', ''],
    ['Directive', 'BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'November 2021', ''],
    ['Standard', 'FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', ''],
    ['Standard', 'FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', ''],
    ['Guidance', 'NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', ''],
    ['Guidance', 'NIST SP 800-82 Rev 3', 'Guide to Operational Technology (OT) Security', 'September 2023', ''],
  ];
}

function fips199(): Block[] {
  return [
    ...front('FIPS 199 Categorization', 'SSP Attachment 10'),
    { h: 'Introduction and Purpose' },
    { p: `This document provides the security categorization of ${SYS_ABBR} in accordance with FIPS 199 and NIST SP 800-60 Volumes I and II. The categorization determines the FedRAMP baseline applied in the System Security Plan.` },
    { h: 'System Description' },
    { p: SYSTEM_BLURB },
    { h: 'Information Types' },
    { table: [['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['Energy Supply (D.8.1) - OT telemetry', 'Moderate', 'Moderate', 'Low'], ['Water Resource Management (D.14.1) - plant telemetry', 'Moderate', 'Moderate', 'Low'], ['System and Network Monitoring (C.3.5.8)', 'Moderate', 'Moderate', 'Low'], ['Information Security (C.3.5.5)', 'Moderate', 'Moderate', 'Low']] },
    { h: 'Security Categorization' },
    { p: 'SC KOVC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}. Using the high-water mark, the overall FIPS 199 categorization of the system is MODERATE.' },
    { p: 'Availability is rated Low because the service only monitors: loss of the service does not interrupt generation, transmission or treatment, and collectors buffer 72 hours of telemetry. Confidentiality is not raised to High because the system does not hold BES Cyber System Information about High-impact control centers beyond asset metadata, reviewed with the agency.' },
  ];
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const sodTable = sodRows().slice(1).map((r) => r.map((c) => (c === null ? '' : String(c))));
  return [
    {
      file: 'KOVC-AC-Policy.docx',
      expected: 'POLICIES_AND_PROCEDURES',
      note: 'Access Control family policy and procedures (SSP Attachment 1) with roles, policy statements and procedures.',
      data: await renderDocx({ blocks: policyDoc(), header: `${SYS_ABBR} Policies and Procedures - AC`, footer: 'Company Confidential', meta: { title: 'AC Policy', creator: 'Jonah Haldane' } }),
    },
    {
      file: 'doc-0418.pdf',
      expected: 'POLICIES_AND_PROCEDURES',
      note: 'Audit and Accountability family policy and procedures of the CSP.',
      data: await renderPdf({ blocks: auditPolicy(), footer: `${CSP} - Internal`, meta: { title: 'doc-0418.pdf' } }),
    },
    {
      file: 'OTVision_UserGuide_5.4.docx',
      expected: 'USER_GUIDE',
      note: 'User Guide of the SaaS for customer analysts and tenant admins (sign-in, dashboards, alerts, admin).',
      data: await renderDocx({ blocks: userGuide(), header: `${SYSTEM} User Guide`, meta: { title: 'User Guide', creator: 'Docs Team' } }),
    },
    {
      file: 'userguide-export.pdf',
      expected: 'USER_GUIDE',
      note: 'PDF export of the same user guide (release 5.4) for customers.',
      data: await renderPdf({ blocks: userGuide(), footer: 'Kestrel Documentation', meta: { title: 'KOVC User Guide 5.4', creator: 'Docs Team' } }),
    },
    {
      file: 'Attachment 3.docx',
      expected: 'DIGITAL_IDENTITY_WORKSHEET',
      note: 'Digital Identity Worksheet selecting IAL2/AAL2/FAL2 per NIST SP 800-63-3.',
      data: await renderDocx({ blocks: diw(), header: 'SSP Attachment 3', meta: { title: 'FedRAMP SSP Attachment 3 Digital Identity Worksheet' } }),
    },
    {
      file: 'KOVC_DIW_signed.pdf',
      expected: 'DIGITAL_IDENTITY_WORKSHEET',
      note: 'Signed PDF of the Digital Identity Worksheet.',
      data: await renderPdf({ blocks: diw(), header: `${SYS_ABBR} Digital Identity Worksheet`, meta: {} }),
    },
    {
      file: 'PTA_2026.docx',
      expected: 'PRIVACY_ASSESSMENT',
      note: 'Privacy Threshold Analysis concluding no PIA is required.',
      data: await renderDocx({ blocks: pta(), footer: 'CUI//PRVCY', meta: { title: 'PTA', creator: 'Helena Voss' } }),
    },
    {
      file: 'upload (11).pdf',
      expected: 'PRIVACY_ASSESSMENT',
      note: 'Privacy Impact Assessment for a new module that collects operator rosters.',
      data: await renderPdf({ blocks: pia(), header: 'Privacy Impact Assessment - CUI//PRVCY', meta: { title: 'Template - Meeting Notes', creator: 'hvoss' } }),
    },
    {
      file: 'RoB.docx',
      expected: 'RULES_OF_BEHAVIOR',
      note: 'Rules of Behavior for users and privileged users with acknowledgement signature block.',
      data: await renderDocx({ blocks: rob(), meta: { title: 'Rules of Behavior', creator: 'Miriam Okafor' } }),
    },
    {
      file: 'rob_ack_text.txt',
      expected: 'RULES_OF_BEHAVIOR',
      note: 'Plain-text copy of the Rules of Behavior pasted for the onboarding portal.',
      data: renderText({ blocks: rob(), footer: `Version 1.2 - ${DATE_LONG}` }),
    },
    {
      file: 'KOVC_ISCP_v1.2.docx',
      expected: 'CONTINGENCY_PLAN',
      note: 'Information System Contingency Plan with activation, recovery and reconstitution phases, RTO/RPO.',
      data: await renderDocx({ blocks: iscp(), header: `${SYS_ABBR} ISCP`, footer: 'CUI', meta: { title: 'ISCP', creator: 'SRE Team' } }),
    },
    {
      file: 'Final_v3.pdf',
      expected: 'CONTINGENCY_PLAN',
      note: 'Contingency plan (ISCP) recovery procedures edition, title only as a bold line.',
      data: await renderPdf({ blocks: iscpShort(), meta: {} }),
    },
    {
      file: 'SSP_final.docx',
      expected: 'CONFIGURATION_MANAGEMENT_PLAN',
      note: 'Configuration Management Plan (file name misleadingly says SSP) describing change control and baselines.',
      data: await renderDocx({ blocks: cmp(), header: 'Configuration Management Plan', meta: { title: 'System Security Plan', creator: 'cm-team' } }),
    },
    {
      file: 'CMP.md',
      expected: 'CONFIGURATION_MANAGEMENT_PLAN',
      note: 'Markdown source of the Configuration Management Plan kept in the docs repository.',
      data: renderMarkdown({ blocks: cmp() }),
    },
    {
      file: 'KOVC_IRP.docx',
      expected: 'INCIDENT_RESPONSE_PLAN',
      note: 'Incident Response Plan with team, severity levels, phases and reporting to CISA/agencies.',
      data: await renderDocx({ blocks: irp(), header: `${SYS_ABBR} Incident Response Plan`, meta: { title: 'IRP', creator: 'Jonah Haldane' } }),
    },
    {
      file: 'att8.pdf',
      expected: 'INCIDENT_RESPONSE_PLAN',
      note: 'PDF of the Incident Response Plan (SSP Attachment 8).',
      data: await renderPdf({ blocks: irp(), footer: 'CUI', meta: { title: 'att8' } }),
    },
    {
      file: 'KOVC_CIS_CRM_Workbook.xlsx',
      expected: 'CIS_CRM_WORKBOOK',
      note: 'CIS/CRM workbook with a CIS worksheet and a customer responsibility matrix sheet.',
      data: await renderXlsx({ meta: { creator: 'Miriam Okafor', title: 'CIS CRM' }, sheets: [{ name: 'CIS Worksheet', rows: cisCrm('full'), boldRows: [3] }, { name: 'CRM Worksheet', rows: cisCrm('crm'), boldRows: [3] }] }),
    },
    {
      file: 'customer_resp.xlsx',
      expected: 'CIS_CRM_WORKBOOK',
      note: 'Customer Responsibility Matrix sheet only, sent to a leveraging agency.',
      data: await renderXlsx({ sheets: [{ name: 'CRM', rows: cisCrm('crm'), boldRows: [1, 3], widths: [10, 22, 40, 60] }] }),
    },
    {
      file: 'FIPS199_KOVC.docx',
      expected: 'FIPS_199',
      note: 'FIPS 199 categorization with information types and high-water mark Moderate.',
      data: await renderDocx({ blocks: fips199(), meta: { title: 'FIPS 199', creator: 'Miriam Okafor' } }),
    },
    {
      file: 'document (2).pdf',
      expected: 'FIPS_199',
      note: 'PDF print of the FIPS 199 Categorization attachment.',
      data: await renderPdf({ blocks: fips199(), header: 'SSP Attachment 10', meta: {} }),
    },
    {
      file: 'KOVC SoD Matrix.xlsx',
      expected: 'SEPARATION_OF_DUTIES_MATRIX',
      note: 'Separation of Duties Matrix mapping duties to roles.',
      data: await renderXlsx({ meta: { creator: 'Miriam Okafor' }, sheets: [{ name: 'SoD Matrix', rows: sodRows(), boldRows: [1, 2] }] }),
    },
    {
      file: 'Attachment11.docx',
      expected: 'SEPARATION_OF_DUTIES_MATRIX',
      note: 'Word Separation of Duties Matrix with explanatory text and the duty/role table.',
      data: await renderDocx({
        blocks: [
          { big: 'Separation of Duties Matrix' },
          { p: `${SYSTEM} - SSP Attachment 11. This matrix documents how duties are divided among roles to prevent any individual from having the ability to misuse the system without collusion (AC-5).` },
          { table: sodTable },
          { p: 'Legend: X = performs; A = approves; R = reviews; "Not permitted" = role is technically prevented from performing the duty.' },
          { p: 'Conflicting duties are enforced through IAM permission boundaries and tenant RBAC; exceptions require ISSO approval and are reviewed quarterly.' },
        ],
        meta: { title: 'Attachment11' },
      }),
    },
    {
      file: 'KOVC_Laws_Regs.xlsx',
      expected: 'LAWS_AND_REGULATIONS',
      note: 'FedRAMP Laws and Regulations attachment listing applicable laws, directives, standards and guidance.',
      data: await renderXlsx({ meta: { creator: 'Miriam Okafor' }, sheets: [{ name: 'Laws and Regulations', rows: lawsRows(), boldRows: [1, 3] }] }),
    },
    {
      file: 'att12_laws.docx',
      expected: 'LAWS_AND_REGULATIONS',
      note: 'Word version of the Laws and Regulations attachment (SSP Attachment 12).',
      data: await renderDocx({
        blocks: [
          { big: 'FedRAMP Laws and Regulations' },
          { p: `SSP Attachment 12 for ${SYSTEM}. The following laws, regulations, standards and guidance apply to the system and are referenced in the System Security Plan.` },
          { table: lawsRows().slice(2).map((r) => r.map((c) => (c === null ? '' : String(c)))) },
          { p: 'Additional customer-specific requirements (for example NERC CIP for utility customers) apply to customer-owned systems outside the authorization boundary and are not listed here.' },
        ],
        meta: { title: 'Attachment 12' },
      }),
    },
  ];
}
