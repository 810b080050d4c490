import type { Block } from '../kit/blocks.js';
import { big, br, center, h1, h2, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { approvals, distribution, revHistory, toc } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { Cell } from '../kit/xlsx.js';
import { renderXlsx } from '../kit/xlsx.js';

async function iscpDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('Halvorsen Data Systems, Inc.'),
    big('Information System Contingency Plan (ISCP)'),
    center('Meridian Case Manager - SSP Attachment 6'),
    center('Version 2.1 - December 2024'),
    br,
    ...revHistory([['12/05/2023', '2.0', 'Annual update after tabletop test', 'BCM Lead'], ['12/09/2024', '2.1', 'Updated RTO/RPO and call tree', 'BCM Lead']]),
    ...distribution(['Thomas Oyelaran;Halvorsen', 'Cloud Operations on-call;Halvorsen', 'FMRA ISSM;Federal Maritime Records Administration']),
    ...toc(['1 Introduction', '2 Concept of Operations', '3 Activation and Notification', '4 Recovery', '5 Reconstitution', 'Appendix A Contact List', 'Appendix B Business Impact Analysis']),
    br,
    h1('1 Introduction'),
    ...p('This Information System Contingency Plan establishes procedures to recover Meridian Case Manager following a disruption. The plan follows NIST SP 800-34 Rev. 1 and addresses the CP family of controls. The recovery time objective (RTO) is 12 hours and the recovery point objective (RPO) is 1 hour; the maximum tolerable downtime is 24 hours.'),
    h1('2 Concept of Operations'),
    ...p('MCM runs in AWS GovCloud (US-West) across three availability zones. The alternate processing site is AWS GovCloud (US-East). Database snapshots and object storage are replicated continuously to the alternate region.'),
    h2('2.1 Roles and Responsibilities'),
    table(['Role', 'Responsibility'], ['Contingency Plan Coordinator', 'Declares a disruption, activates the plan, coordinates teams'], ['Recovery Team Lead', 'Restores infrastructure from code and data from replicas'], ['Communications Lead', 'Notifies agency customers and the FMRA ISSM']),
    h1('3 Activation and Notification Phase'),
    ...p('The plan is activated when an outage is expected to exceed four hours or when the primary region is unavailable. The coordinator notifies the call tree in Appendix A and the authorizing agency within one hour of activation.'),
    h1('4 Recovery Phase'),
    ul('Confirm the scope of the outage with AWS Health Dashboard.', 'Promote the cross-region database replica.', 'Deploy the application stack to the alternate region from the release pipeline.', 'Switch DNS records and validate with smoke tests.', 'Notify customers that service is restored in the alternate region.'),
    h1('5 Reconstitution Phase'),
    ...p('After the primary region is restored, data is synchronized back, the system is validated, and operations return to the primary region during a maintenance window. Lessons learned are recorded and the plan is updated.'),
    h1('Appendix B Business Impact Analysis'),
    table(['Process', 'MTD', 'RTO', 'RPO'], ['Case intake', '24 h', '12 h', '1 h'], ['Case search', '24 h', '12 h', '1 h'], ['Reporting', '72 h', '48 h', '24 h']),
  ];
  return { file: 'Attachment6_ISCP.docx', expected: 'CONTINGENCY_PLAN', note: 'SSP Attachment 6: Information System Contingency Plan (NIST SP 800-34) with activation, recovery, reconstitution and BIA.', data: await renderDocx({ blocks, header: 'MCM ISCP', meta: { title: 'ISCP Template', creator: 'FedRAMP' } }) };
}

async function iscpPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('ClearPath Grants Cloud Contingency Plan'),
    center('Brightwater Software LLC  |  CP-2  |  Version 1.2'),
    h1('1. Purpose and Scope'),
    ...p('This contingency plan describes how Brightwater will sustain and recover the ClearPath Grants Cloud (CPGC) in the event of a disruption, including loss of an Azure Government region, loss of data, or a cyber incident requiring restoration from backup. It applies to all components in the CPGC authorization boundary.'),
    h1('2. Recovery Objectives'),
    table(['Metric', 'Value'], ['Recovery Time Objective', '24 hours'], ['Recovery Point Objective', '4 hours'], ['Maximum Tolerable Downtime', '72 hours']),
    h1('3. Backup Strategy'),
    ...p('Azure SQL geo-redundant backups are taken automatically with point-in-time restore for 35 days. Application configuration is stored in source control. Key Vault keys are backed up to the paired region.'),
    h1('4. Activation Criteria and Notification'),
    ...p('The Incident Commander activates the plan when services cannot be restored within four hours. Customer agencies are notified through the status page and by e-mail to their designated contacts.'),
    h1('5. Recovery Procedures'),
    ul('Fail over Azure SQL to the secondary region using the failover group.', 'Redeploy App Service from the release pipeline to the secondary region.', 'Update Azure Front Door origins.', 'Perform validation testing and declare recovery.'),
    h1('6. Plan Testing and Training'),
    ...p('The plan is tested annually with a functional exercise. The last test was a region failover exercise on September 18, 2024; results are documented in the contingency plan test report.'),
  ];
  return { file: 'CPGC CP v1.2.pdf', expected: 'CONTINGENCY_PLAN', note: 'CSP contingency plan with recovery objectives, backups, activation and recovery procedures.', data: await renderPdf({ blocks }) };
}

async function cmpDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Configuration Management Plan'),
    center('Tessellate Analytics Platform - SSP Attachment 7'),
    ...revHistory([['04/11/2024', '1.0', 'Initial', 'Platform Engineering'], ['01/22/2025', '1.2', 'Added container image baseline process', 'Platform Engineering']]),
    ...approvals([['Priya Natarajan', 'VP Platform Engineering', '01/22/2025']]),
    h1('1 Introduction'),
    ...p('This Configuration Management Plan (CMP) describes how Tessellate Inc. establishes and maintains the integrity of the Tessellate Analytics Platform through configuration identification, change control, configuration status accounting and configuration audits, consistent with NIST SP 800-128.'),
    h1('2 Roles'),
    table(['Role', 'Responsibilities'], ['Change Control Board (CCB)', 'Reviews and approves normal and major changes; meets weekly'], ['Configuration Manager', 'Maintains baselines and the configuration item register'], ['ISSO', 'Performs security impact analysis; identifies changes that may be significant changes requiring agency notification']),
    h1('3 Configuration Identification'),
    ...p('Configuration items include Terraform modules, Kubernetes manifests, golden AMIs, container base images and the application source. Each item has an owner and a version in the register.'),
    h1('4 Change Control Process'),
    ul('Standard changes: pre-approved, low risk, e.g. certificate renewal.', 'Normal changes: submitted as a change request, security impact analysis, CCB approval, testing in staging.', 'Emergency changes: approved by the on-call director, reviewed by the CCB within 3 business days.', 'Significant changes as defined by FedRAMP are submitted to the authorizing agency before implementation.'),
    h1('5 Baseline Configurations'),
    ...p('Hardened baselines follow CIS Benchmarks and DISA STIGs where available. Drift is detected hourly by AWS Config rules and weekly by authenticated configuration scans.'),
    h1('6 Configuration Audits'),
    ...p('The configuration manager performs a quarterly functional and physical configuration audit comparing deployed components with the integrated inventory.'),
  ];
  return { file: 'TAP_CMP_v1.2.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'SSP Attachment 7: Configuration Management Plan (CCB, baselines, change control, audits).', data: await renderDocx({ blocks, meta: { title: 'Configuration Management Plan', creator: 'Platform Engineering' } }) };
}

async function cmpMd(): Promise<EvalDoc> {
  const doc = {
    blocks: [
      h1('Configuration Management Plan — Meridian Case Manager'),
      ...p('Owner: Cloud Operations | Version 2.0 | Review: annual | Classification: Internal / CUI when populated'),
      h2('1. Scope'),
      ...p('Applies to every configuration item (CI) inside the MCM authorization boundary: infrastructure code, EKS cluster configuration, RDS parameter groups, IAM policies and application releases.'),
      h2('2. Baselines'),
      ...p('Baselines are stored in the `platform-baselines` repository. Each release tag is an approved baseline. Node images follow CIS Amazon Linux 2023 Level 1.'),
      h2('3. Change Management'),
      table(['Change type', 'Approval', 'Lead time'], ['Standard', 'Pre-approved catalogue', 'None'], ['Normal', 'CAB', '5 business days'], ['Emergency', 'Director on call + retro CAB', 'Immediate']),
      ...p('Security impact analysis (CM-4) is recorded on every normal change ticket. Changes that alter the authorization boundary, add new external services or change cryptographic modules are escalated to the ISSO for the significant change determination.'),
      h2('4. Configuration Monitoring'),
      ...p('AWS Config conformance packs and weekly Nessus compliance audits detect drift. Drift tickets are opened automatically and must be closed within 30 days.'),
      h2('5. Records'),
      ...p('Change records are retained for three years and provided to the 3PAO during the annual assessment.'),
    ],
  };
  return { file: 'README-cm.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan maintained as markdown by the CSP operations team.', data: renderMarkdown(doc) };
}

async function irpDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Incident Response Plan'),
    center('Meridian Case Manager - SSP Attachment 8 - Version 4.0'),
    ...revHistory([['08/30/2024', '4.0', 'Aligned with CISA Federal Incident Notification Guidelines', 'SOC Manager']]),
    ...toc(['1 Purpose', '2 Incident Response Team', '3 Incident Categories', '4 Response Phases', '5 Reporting', '6 Testing']),
    h1('1 Purpose'),
    ...p('This Incident Response Plan (IRP) describes how Halvorsen detects, analyzes, contains, eradicates and recovers from security incidents affecting Meridian Case Manager, and how it notifies customer agencies, US-CERT/CISA and the FedRAMP PMO.'),
    h1('2 Incident Response Team'),
    table(['Role', 'Name', 'Contact'], ['Incident Commander', 'Rotating SOC manager', 'soc@halvorsen-ds.example'], ['Forensics Lead', 'Erik Lindqvist', '(703) 555-0177'], ['Communications', 'Jenna Park', '(703) 555-0119']),
    h1('3 Incident Categories and Severity'),
    table(['Severity', 'Description', 'Agency notification'], ['SEV1', 'Confirmed compromise of federal data', 'Within 1 hour'], ['SEV2', 'Suspected compromise or service-wide outage', 'Within 1 hour'], ['SEV3', 'Contained event, no data impact', 'Monthly ConMon report']),
    h1('4 Response Phases'),
    ...p('Preparation: tooling, playbooks and training. Detection and Analysis: alerts from the SIEM are triaged within 15 minutes. Containment, Eradication and Recovery: isolate affected workloads, rotate credentials, restore from known-good images. Post-Incident Activity: lessons learned within 10 business days.'),
    h1('5 Reporting'),
    ...p('Incidents are reported to the affected agency and to CISA within one hour of identification, and to the FedRAMP PMO at info@fedramp.gov.'),
    h1('6 Testing'),
    ...p('The IRP is tested annually through a tabletop exercise; the results inform updates to this plan.'),
  ];
  return { file: 'Attachment 8.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'SSP Attachment 8: Incident Response Plan (team, severities, phases, reporting).', data: await renderDocx({ blocks, headings: 'bold', meta: { creator: 'SOC Manager' } }) };
}

async function irpPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Tessellate Analytics Platform'),
    center('INCIDENT RESPONSE PLAN'),
    center('IR-8  |  Rev 3  |  Approved 2024-11-30'),
    h1('Section 1 - Overview'),
    ...p('Tessellate maintains a 24x7 security operations capability. This plan defines how incidents affecting the Tessellate Analytics Platform are handled, from first alert to closure, and the obligations Tessellate has toward the agencies that use the platform.'),
    h1('Section 2 - Definitions'),
    ...p('An incident is an occurrence that actually or imminently jeopardizes the confidentiality, integrity or availability of information or the system. An event is any observable occurrence.'),
    h1('Section 3 - Handling Procedures'),
    ul('Triage: classify by functional and information impact per the CISA guidelines.', 'Containment: short-term isolation using security groups; long-term containment by rebuild.', 'Eradication: remove malicious artifacts, patch exploited weaknesses.', 'Recovery: restore services and monitor for recurrence for 30 days.'),
    h1('Section 4 - External Notification'),
    ...p('Tessellate reports incidents to the sponsoring agency, to CISA within one hour, and to the FedRAMP PMO. Status updates are provided daily until closure.'),
    h1('Section 5 - Evidence Handling'),
    ...p('Forensic images are hashed, chain of custody is recorded, and evidence is retained for three years.'),
  ];
  return { file: 'IRP.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'CSP Incident Response Plan (handling procedures, external notification).', data: await renderPdf({ blocks, header: 'Tessellate Inc. - Confidential' }) };
}

const CRM_ROWS: Cell[][] = [
  ['AC-1', 'Policy and Procedures', 'Shared', 'Customer agencies develop their own access control policy for their users.', 'Service Provider Corporate'],
  ['AC-2', 'Account Management', 'Shared', 'Customers manage end-user accounts, approve access, and review accounts quarterly.', 'Shared'],
  ['AC-2(3)', 'Disable Accounts', 'CSP', '', 'Service Provider System Specific'],
  ['AC-8', 'System Use Notification', 'Shared', 'Customers configure the agency login banner.', 'Configured by Customer'],
  ['IA-2', 'Identification and Authentication', 'Shared', 'Customers federate with an IdP enforcing PIV/MFA.', 'Shared'],
  ['PE-2', 'Physical Access Authorizations', 'Inherited', '', 'Inherited from AWS GovCloud'],
  ['SC-7', 'Boundary Protection', 'CSP', '', 'Service Provider System Specific'],
];

async function crmXlsx(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'Halvorsen GRC',
    sheets: [
      { name: 'Instructions', rows: [['Meridian Case Manager - Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], ['SSP Attachment 9. The CIS worksheet summarizes implementation status and origination of each control; the CRM worksheet describes what the customer agency must do.']] },
      {
        name: 'CIS',
        rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...CRM_ROWS.map((r) => [r[0] ?? '', 'X', '', '', '', '', r[4] === 'Service Provider Corporate' ? 'X' : '', r[4] === 'Service Provider System Specific' ? 'X' : '', '', r[4] === 'Configured by Customer' ? 'X' : '', '', r[4] === 'Shared' ? 'X' : '', r[4]?.toString().startsWith('Inherited') ? 'X' : ''])],
        boldRows: [1],
      },
      { name: 'CRM', rows: [['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...CRM_ROWS.map((r) => [r[0] ?? '', r[1] ?? '', r[2] === 'CSP' || r[2] === 'Inherited' ? 'Yes' : 'Partial', r[3] || 'Fully inherited by the customer.'])], boldRows: [1] },
    ],
  });
  return { file: 'MCM CIS-CRM Workbook.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'SSP Attachment 9: CIS and CRM worksheets (implementation status, origination, customer responsibilities).', data };
}

async function crmXlsx2(): Promise<EvalDoc> {
  const rows: Cell[][] = [
    ['Tessellate Analytics Platform', null, null, null],
    ['Customer Responsibility Matrix', null, null, null],
    [null, null, null, null],
    ['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ['AC-2(1)', 'Automated System Account Management', 'Partial', 'Agency administrators use the SCIM connector to automate provisioning from the agency directory.'],
    ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Partial', 'Agencies review tenant audit logs exported to their SIEM.'],
    ['CP-9', 'System Backup', 'Yes', 'Tessellate backs up all customer data.'],
    ['MP-6', 'Media Sanitization', 'Yes', 'Inherited from AWS GovCloud.'],
    ['PS-3', 'Personnel Screening', 'No', 'Agencies screen their own users per agency policy.'],
  ];
  const data = await renderXlsx({
    title: 'CIS CRM',
    sheets: [
      { name: 'CRM', rows, boldRows: [4] },
      { name: 'Implementation Summary', rows: [['Control Implementation Summary'], ['Status', 'Count'], ['Implemented', 398], ['Partially Implemented', 7], ['Planned', 3], ['Not Applicable', 2], ['Total (High baseline)', 410]] },
    ],
  });
  return { file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CSP CRM worksheet with implementation summary counts; the CIS/CRM workbook.', data };
}

async function fips199Docx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FIPS 199 Categorization'),
    center('Meridian Case Manager - SSP Attachment 10'),
    ...revHistory([['09/12/2024', '1.1', 'Added legal investigation information type', 'K. Abernathy']]),
    h1('1 Introduction and Purpose'),
    ...p('This document records the security categorization of Meridian Case Manager following FIPS 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II.'),
    h1('2 Scope'),
    ...p('The scope includes all information types processed, stored or transmitted by MCM.'),
    h1('3 System Description'),
    ...p('MCM is a SaaS case management system used by federal agencies.'),
    h1('4 Methodology'),
    ...p('Each information type was identified from SP 800-60, its provisional impact levels were recorded, and adjustments were justified. The system categorization is the high-water mark across all information types.'),
    table(['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['D.8.1 Legal Investigation', 'Moderate', 'Moderate', 'Moderate'], ['C.2.8.12 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate']),
    h2('Security Categorization'),
    ...p('SC Meridian Case Manager = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall categorization is Moderate.'),
    ...approvals([['Thomas Oyelaran', 'System Owner', '09/12/2024']]),
  ];
  return { file: 'FIPS199.docx', expected: 'FIPS_199', note: 'SSP Attachment 10: FIPS 199 security categorization by SP 800-60 information types.', data: await renderDocx({ blocks }) };
}

async function fips199Pdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('Tessellate Inc.'),
    big('Security Categorization (FIPS PUB 199)'),
    center('Tessellate Analytics Platform'),
    h1('Information Types'),
    table(['Information Type', 'C', 'I', 'A', 'Adjustment rationale'], ['D.17.1 Research and Development', 'Moderate', 'Moderate', 'Low', 'None'], ['C.3.5.8 Information Security', 'Moderate', 'High', 'Moderate', 'Integrity raised: tampering would mislead agency analysts'], ['D.24.1 Disaster Monitoring and Prediction', 'Low', 'High', 'High', 'Availability raised for emergency-response use']),
    h1('Overall Categorization'),
    ...p('Using the high-water mark, the Tessellate Analytics Platform is categorized as HIGH: confidentiality Moderate, integrity High, availability High. The system therefore implements the FedRAMP High baseline (410 controls and enhancements).'),
    h1('Review and Approval'),
    ...p('Prepared by: Samuel Okafor, ISSO. Reviewed by: Priya Natarajan. Approved by the System Owner on October 4, 2024.'),
  ];
  return { file: 'TAP-categorization.pdf', expected: 'FIPS_199', note: 'CSP FIPS 199 categorization table and high-water mark conclusion.', data: await renderPdf({ blocks }) };
}

export async function attachmentsB(): Promise<EvalDoc[]> {
  return Promise.all([iscpDocx(), iscpPdf(), cmpDocx(), cmpMd(), irpDocx(), irpPdf(), crmXlsx(), crmXlsx2(), fips199Docx(), fips199Pdf()]);
}
