import { makeDocx } from '../kit/docx.js';
import type { Block, CellSpec } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { moderateControls } from '../kit/controls.js';
import { approvals, distribution, pdfRevisionTable, revisionHistory } from '../kit/front.js';
import { sentences } from '../kit/prose.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { dataRows, finishXlsx, headerRow, mergedTitle, newWorkbook, widths } from '../kit/xlsx.js';
import { BLUEFIN, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';

export async function bluefinCmpDocx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-cmp');
  const body: Block[] = [
    ...revisionHistory([['08/14/2024', 'Annual update; migrated change tracking to ServiceNow', '3.1', c.engineer], ['02/03/2025', 'Added configuration item naming standard', '3.2', c.isso]]),
    ...distribution([[c.owner, 'System Owner'], [c.isso, 'ISSO'], ['Change Advisory Board', 'All members'], ['Platform Engineering', 'All engineers']]),
    { t: 'h1', text: '1. Purpose' },
    { t: 'p', text: `This plan describes how ${c.csp} manages the configuration of ${c.cso} throughout its life cycle: the roles involved, the configuration items under control, baseline configurations, the change control process, security impact analysis, and configuration monitoring. It implements the CM family controls of the FedRAMP High baseline and is Attachment 7 of the System Security Plan.` },
    { t: 'h1', text: '2. Scope' },
    { t: 'p', text: 'The plan covers all hardware, software, firmware, cloud resources, infrastructure-as-code templates and documentation within the authorization boundary.' },
    { t: 'h1', text: '3. Roles and Responsibilities' },
    { t: 'table', rows: [['Role', 'Responsibility'], ['Configuration Manager', 'Maintains the CMDB and baselines; chairs the CAB'], ['Change Advisory Board (CAB)', 'Reviews and approves normal and major changes weekly'], ['ISSO', 'Performs security impact analysis; determines whether a change is significant'], ['Change Implementer', 'Implements approved changes and records evidence'], ['System Owner', 'Approves major changes and significant change requests']] },
    { t: 'h1', text: '4. Configuration Items and Naming' },
    { t: 'p', text: 'Configuration items are registered in the ServiceNow CMDB with a unique identifier that matches the UNIQUE ASSET IDENTIFIER of the Integrated Inventory Workbook. Naming follows the pattern brv-<env>-<role>-<nn>.' },
    { t: 'h1', text: '5. Baseline Configurations' },
    { t: 'p', text: sentences('CM', c, rng, 3) },
    { t: 'table', rows: [['Component', 'Baseline Source', 'Baseline Name', 'Review'], ['Windows Server 2022', 'DISA STIG V2R1', 'BRV-WS2022-STIG-2.1', 'Quarterly'], ['Ubuntu 22.04', 'CIS Level 2', 'BRV-UBU22-CIS-1.4', 'Quarterly'], ['Azure SQL MI', 'CIS Azure Foundations 2.1', 'BRV-SQLMI-1.2', 'Semiannual'], ['AKS', 'CIS Kubernetes 1.9', 'BRV-AKS-1.0', 'Quarterly']] },
    { t: 'h1', text: '6. Change Control Process' },
    { t: 'p', text: 'All changes are requested in ServiceNow and classified as standard, normal, emergency or major. Standard changes are pre-approved templates. Normal changes require peer review, a security impact analysis and CAB approval. Emergency changes are approved by the on-call manager and reviewed by the CAB within two business days.' },
    { t: 'bullets', items: ['Submit the change request with description, rollback plan and test evidence.', 'ISSO security impact analysis: identify affected controls and whether the change is significant under FedRAMP policy.', 'CAB review and approval; significant changes are escalated to the agency AO before implementation.', 'Implementation through the Azure DevOps pipeline; manual changes in production are prohibited.', 'Post-implementation verification and closure; the CMDB and inventory are updated.'] },
    { t: 'h1', text: '7. Configuration Monitoring' },
    { t: 'p', text: sentences('CM', c, rng, 2) + ' Azure Policy compliance results and Defender for Cloud recommendations are reviewed weekly by the Configuration Manager.' },
    { t: 'h1', text: '8. Change Categories' },
    { t: 'table', rows: [['Category', 'Examples', 'Approval', 'Lead Time'], ['Standard', 'Monthly OS patching from approved images; certificate renewal; scaling node pools', 'Pre-approved template', 'None'], ['Normal — minor', 'Application release without new components; firewall rule for an existing service', 'Peer review + CAB', '5 business days'], ['Normal — major', 'New component type; new external interconnection; new data flow', 'CAB + System Owner; ISSO SIA; may be a significant change', '15 business days'], ['Emergency', 'Fix for an actively exploited vulnerability; outage restoration', 'On-call manager; CAB review within 2 business days', 'Immediate']] },
    { t: 'h2', text: '8.1 Emergency Changes' },
    { t: 'p', text: 'Emergency changes may be implemented before CAB review only when delaying the change would cause an outage or leave an actively exploited vulnerability open. The implementer records the justification in the change ticket, the on-call manager approves it by phone or chat with the approval pasted into the ticket, and the CAB reviews the change at its next meeting. Emergency changes that alter the security posture are reported to the ISSO the same day.' },
    { t: 'h1', text: '9. Configuration Audits' },
    { t: 'p', text: 'The Configuration Manager performs a functional and physical configuration audit each quarter: a sample of 25 configuration items is compared with the CMDB, the approved baseline and the Attachment 13 inventory. Differences are corrected within 30 days or entered in the POA&M. Results are reported to the ISSO and retained for three years.' },
    { t: 'h1', text: '10. Tools' },
    { t: 'table', rows: [['Tool', 'Use'], ['ServiceNow ITSM', 'Change requests, CMDB, approvals'], ['Azure DevOps Server', 'Source control, pipelines, infrastructure-as-code'], ['Azure Policy / Defender for Cloud', 'Configuration compliance and drift detection'], ['Tenable Nessus Manager', 'Authenticated configuration audits against STIG and CIS benchmarks']] },
    { t: 'h1', text: '11. Training' },
    { t: 'p', text: 'All engineers complete configuration management training on onboarding and annually. CAB members receive additional training on security impact analysis and on the FedRAMP significant change criteria.' },
    { t: 'h1', text: '12. Plan Maintenance' },
    { t: 'p', text: 'This plan is reviewed annually and updated after significant changes to the system or to the change process.' },
  ];
  const data = await makeDocx({
    seed: 'bluefin-cmp',
    headings: 'bold',
    core: { title: 'BRV_CMP_v3.2.docx', creator: c.engineer, lastModifiedBy: c.isso, created: '2021-03-01T12:00:00Z', modified: '2025-02-03T12:00:00Z' },
    header: `${c.cso} — Attachment 7 — Configuration Management Plan — v3.2`,
    footer: 'Company Sensitive and Proprietary',
    body,
  });
  return { file: 'BRV_CMP_v3.2.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Bluefin Rev4 Attachment 7 Configuration Management Plan; the title is only in the page header and in metadata set to the file name.', data };
}

export async function northwindCmpMd(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const data = `---
title: Configuration Management Plan
system: ${c.cso}
owner: ${c.csp}
version: 1.3
date: 2025-01-20
classification: Company Confidential
---

# Configuration Management Plan — ${c.cso}

| Version | Date | Author | Change |
|---|---|---|---|
| 1.2 | 2024-06-11 | ${c.engineer} | Added Terraform module registry |
| 1.3 | 2025-01-20 | ${c.isso} | Annual review; documented GitHub rulesets |

## 1. Purpose and scope

This plan describes how ${c.csp} controls changes to the configuration of ${c.cso}, a FedRAMP Tailored LI-SaaS
hosted in ${c.cloud}. It covers application code, infrastructure-as-code (Terraform), container images, Cloud
SQL and GKE settings, and the SaaS tools used to operate the service.

## 2. Roles

- **Engineering Manager** — owns this plan; approves normal changes.
- **ISSO (${c.isso})** — security impact analysis; decides whether a change is significant and must go to the agency.
- **Engineers** — propose changes by pull request; may not merge their own changes.

## 3. Baselines

Baseline configurations live in the \`infrastructure\` repository. GKE nodes use Container-Optimized OS with the
CIS GKE Benchmark settings enforced by Policy Controller; Cloud SQL instances use the hardened module
\`modules/cloudsql-hardened\` (SSL required, public IP disabled, automated backups, point-in-time recovery).

## 4. Change control

1. Open a pull request that links a Linear issue describing the change and its risk.
2. CI runs unit tests, Terraform plan, Checkov and container image scanning; failures block the merge.
3. A second engineer reviews and approves; changes touching IAM, networking or encryption also need ISSO approval.
4. Merge triggers deployment to staging, then production after smoke tests.
5. Emergency changes may be merged with one approval from the on-call lead and are reviewed within 2 business days.

## 5. Security impact analysis

For every change labelled \`security-impact\`, the ISSO records which controls are affected and whether the change
is significant under the FedRAMP Significant Change Policies. Significant changes are submitted to the agency
before implementation.

## 6. Inventory and monitoring

The component inventory is exported monthly from Cloud Asset Inventory and reconciled with the Integrated
Inventory Workbook. Drift between Terraform state and live resources is checked nightly; any drift opens a Linear
issue assigned to the on-call engineer.

## 7. Review

This plan is reviewed annually and after any significant change.
`;
  return { file: 'cmp.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Northwind Configuration Management Plan written in Markdown with YAML front matter (roles, baselines, change control, SIA).', data };
}

export async function quillonIrpDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-irp');
  const body: Block[] = [
    { t: 'p', text: 'Document Control', bold: true, size: 13 },
    { t: 'kv', rows: [['Document Owner', c.ciso], ['Version', '3.0'], ['Effective Date', 'February 18, 2025'], ['Review Cycle', 'Annual, and after every major incident'], ['Classification', 'CUI']] },
    ...revisionHistory([['02/18/2025', 'Rewrite aligned with FedRAMP Incident Communications Procedures and CISA reporting', '3.0', c.isso]]),
    { t: 'break' },
    { t: 'title', text: `${c.cso} Incident Response Plan`, size: 22 },
    { t: 'h1', text: '1 Introduction' },
    { t: 'p', text: `This Incident Response Plan (IRP) defines how ${c.csp} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${c.cso}, and how incidents are reported to customers, the FedRAMP PMO and CISA. It implements IR-8 and supports the IR family controls of the FedRAMP High baseline.` },
    { t: 'h1', text: '2 Incident Response Team' },
    { t: 'table', rows: [['Role', 'Name', 'Responsibilities'], ['Incident Commander', c.ciso, 'Leads response; approves external communications'], ['Incident Handler Lead', 'Dana Whitcombe', 'Coordinates analysis and containment'], ['ISSO', c.isso, 'Regulatory and agency notifications; evidence custody'], ['Communications Lead', 'Miriam Feld', 'Customer and public communications'], ['Legal Counsel', 'Paul Echeverria', 'Legal obligations, law enforcement liaison']] },
    { t: 'h1', text: '3 Incident Categories and Severity' },
    { t: 'table', rows: [['Severity', 'Definition', 'Initial Response'], ['SEV-1', 'Confirmed compromise of federal data or of the management plane', '15 minutes, 24x7'], ['SEV-2', 'Suspected compromise; malware on a boundary system', '1 hour'], ['SEV-3', 'Policy violation; unsuccessful attack with no impact', 'Next business day']] },
    { t: 'h1', text: '4 Incident Handling Process' },
    { t: 'h2', text: '4.1 Preparation' },
    { t: 'p', text: sentences('IR', c, rng, 2) },
    { t: 'h2', text: '4.2 Detection and Analysis' },
    { t: 'p', text: sentences('AU', c, rng, 2) + ' ' + sentences('SI', c, rng, 1) },
    { t: 'h2', text: '4.3 Containment, Eradication and Recovery' },
    { t: 'p', text: 'Containment options include isolating hypervisor hosts from the cluster, revoking credentials, blocking indicators at the boundary firewalls and snapshotting affected volumes for forensics. Eradication and recovery follow the runbooks for each incident type, with validation by the ISSO before service is restored.' },
    { t: 'h2', text: '4.4 Post-Incident Activity' },
    { t: 'p', text: 'A lessons-learned review is held within 10 business days of closure; findings are added to the POA&M when they reveal control weaknesses.' },
    { t: 'h1', text: '5 Reporting Requirements' },
    { t: 'bullets', items: ['Report confirmed incidents to CISA through the CISA incident reporting system within one hour of identification.', 'Notify the FedRAMP PMO (fedramp_security@gsa.gov) and the affected agency customers within one hour.', 'Provide daily status updates to agencies until the incident is closed, and a final report.', 'Data spillage incidents follow the spillage procedure in Appendix B.'] },
    { t: 'h1', text: '6 Incident Playbooks' },
    { t: 'table', rows: [['Playbook', 'Trigger', 'Key Actions'], ['Compromised credentials', 'Impossible travel, MFA fatigue, leaked key', 'Revoke sessions and keys; reset authenticators; review access logs for 30 days'], ['Malware on host', 'EDR detection on hypervisor or management host', 'Isolate host; capture memory; reimage from golden image; hunt for lateral movement'], ['Tenant isolation breach', 'Cross-tenant access indicator', 'Declare SEV-1; snapshot evidence; notify affected agencies and FedRAMP within one hour'], ['Data spillage', 'CUI or classified data in wrong tenant or channel', 'Contain copies; coordinate with agency security officer; sanitize per NIST SP 800-88'], ['Denial of service', 'Sustained traffic above baseline at the edge', 'Engage upstream scrubbing; rate-limit; communicate status to customers']], widths: [22, 30, 48] },
    { t: 'h1', text: '7 Evidence Handling' },
    { t: 'p', text: 'Evidence is collected with forensic tools that record hashes at acquisition. Each item is logged on a chain-of-custody form with the collector, time, location and hash, and stored in the write-once evidence repository with access restricted to the incident response team and legal counsel. Evidence is retained for at least three years or longer if litigation or law enforcement requires it.' },
    { t: 'h1', text: '8 Testing and Training' },
    { t: 'p', text: sentences('IR', c, rng, 2) },
    { t: 'p', text: 'The annual tabletop exercise includes the agency incident response points of contact and covers at least one scenario involving a cross-tenant compromise. An after-action report with improvement actions is issued within 15 business days, and the actions are tracked to closure.' },
    { t: 'h1', text: 'Appendix A Contact List' },
    { t: 'table', rows: [['Organization', 'Contact'], ['CISA', 'report@cisa.gov / 888-282-0870'], ['FedRAMP PMO', 'fedramp_security@gsa.gov'], [`${c.agency} SOC`, 'soc@dci.gov (fictitious)']] },
  ];
  const data = await makeDocx({
    seed: 'quillon-irp',
    headings: 'styles',
    core: { title: 'QFG Contingency Plan v2', creator: c.engineer, lastModifiedBy: c.isso, created: '2022-01-11T12:00:00Z', modified: '2025-02-18T12:00:00Z' },
    header: `${c.csp} — CUI`,
    body,
  });
  return { file: 'IRP_final_final.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Quillon Incident Response Plan (team, severities, handling phases, CISA/FedRAMP reporting); title after a document-control page, stale metadata title from their contingency plan.', data };
}

export async function northwindIrpTxt(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const data = `${c.csp.toUpperCase()}
INCIDENT RESPONSE PLAN - ${c.cso.toUpperCase()}
Version 2.0 - Effective 2025-03-01 - Owner: ${c.isso} (ISSO)

=====================================================================

1. PURPOSE
This plan tells ${c.csp} staff what to do when a security incident affects
${c.cso}. It covers detection, triage, containment, eradication, recovery,
notification of the agency and of CISA, and lessons learned.

2. WHAT IS AN INCIDENT
An incident is any event that actually or potentially jeopardizes the
confidentiality, integrity or availability of ${c.cso} or of the information
it processes, or that violates our security policies. Examples: a stolen
laptop with cached credentials, malware on a build runner, an unauthorized
access to a customer's case files, an accidental email of case data to the
wrong grantee (spillage).

3. ROLES
  Incident Lead ............ on-call security engineer (PagerDuty "sec-oncall")
  ISSO ..................... ${c.isso} - notifications, evidence, final report
  Engineering Lead ......... ${c.engineer} - containment and recovery actions
  Executive Sponsor ........ ${c.owner} - approves customer communications

4. PROCESS
  4.1 Detect   - alerts from ${c.siem}, GitHub security alerts, customer reports,
                 staff reports to security@${c.domain}.
  4.2 Triage   - Incident Lead opens a Linear issue with label "incident",
                 assigns severity (SEV1-SEV3) within 30 minutes.
  4.3 Contain  - revoke sessions and keys, isolate workloads, block IPs.
  4.4 Eradicate/Recover - patch, rebuild from known-good images, restore
                 data from backups, verify with the ISSO before reopening.
  4.5 Lessons learned - blameless review within 10 business days;
                 control gaps go to the POA&M.

5. NOTIFICATIONS (within 1 hour of confirming an incident)
  - CISA: via the CISA incident reporting system
  - ${c.agency} incident desk and our agency COR
  - FedRAMP PMO: fedramp_security@gsa.gov
  Keep a log of every notification with time, person, channel.

6. EVIDENCE
Preserve logs and disk snapshots before making changes when possible. Store
evidence in the restricted "ir-evidence" bucket with object lock (1 year).

7. TESTING AND TRAINING
Tabletop exercise every year (next: September 2025) with the agency contact.
New on-call engineers complete IR training before joining the rotation.

8. REVIEW
Reviewed annually and after every SEV1.
`;
  return { file: 'IR plan.txt', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Northwind Incident Response Plan as a plain-text file (roles, process, CISA/agency/FedRAMP notifications).', data };
}

export async function kestrelCisCrmXlsx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-cis');
  const controls = moderateControls();
  const wb = newWorkbook();
  const cis = wb.addWorksheet('CIS Worksheet');
  mergedTitle(cis, 'A1:N1', `${c.cso} — Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook — FedRAMP Rev. 5 Moderate`, 13);
  headerRow(cis, 3, ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited', 'Notes']);
  const cisRows = controls.map((x) => {
    const inh = x.family === 'PE';
    const shared = ['AC', 'IA', 'AU'].includes(x.family) && rng.chance(0.35);
    return [x.id, 'X', null, null, null, null, inh ? null : 'X', rng.chance(0.3) ? 'X' : null, null, shared ? 'X' : null, null, shared ? 'X' : null, inh ? 'X' : null, inh ? 'Inherited from AWS GovCloud P-ATO' : ''];
  });
  dataRows(cis, 4, cisRows);
  widths(cis, [12, 11, 11, 9, 12, 10, 12, 12, 11, 12, 11, 9, 10, 34]);
  const crm = wb.addWorksheet('CRM Worksheet');
  headerRow(crm, 2, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities']);
  dataRows(
    crm,
    3,
    controls
      .filter((x) => ['AC', 'IA', 'AU', 'AT', 'PS', 'IR'].includes(x.family))
      .slice(0, 90)
      .map((x) => [x.id, rng.chance(0.6) ? 'Yes' : 'Partial', rng.chance(0.6) ? `Fully inherited: ${c.short} implements ${x.title.toLowerCase()} for the service.` : `Customer agencies are responsible for ${x.title.toLowerCase()} for their own tenant users (for example approving and reviewing agency accounts and roles); ${c.short} provides the mechanisms.`]),
  );
  widths(crm, [12, 18, 110]);
  const data = await finishXlsx(wb, { title: 'CIS CRM Workbook', creator: c.isso, lastModifiedBy: c.isso, created: '2024-11-01T12:00:00Z', modified: '2025-06-20T12:00:00Z' });
  return { file: 'upload (11).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Kestrel Rev5 CIS and CRM Workbook: CIS worksheet with implementation status/origination per control and CRM worksheet of customer responsibilities.', data };
}

export async function bluefinCisXlsx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-cis');
  const wb = newWorkbook();
  const ws = wb.addWorksheet('CIS');
  mergedTitle(ws, 'A1:M1', 'Attachment 9 — Control Implementation Summary (CIS) Workbook', 14);
  dataRows(ws, 2, [[`${c.cso} (${c.short}) — FedRAMP High — Version 4.1 — April 2025`]]);
  headerRow(ws, 4, ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'N/A', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited']);
  dataRows(ws, 5, moderateControls().map((x) => [x.id, rng.chance(0.95) ? 'X' : null, null, null, null, null, x.family === 'PE' ? null : 'X', null, null, null, null, rng.chance(0.1) ? 'X' : null, x.family === 'PE' ? 'X' : null]));
  widths(ws, [12, 11, 11, 9, 12, 8, 12, 12, 11, 12, 11, 9, 10]);
  const data = await finishXlsx(wb, { title: 'Control Implementation Summary', creator: 'FedRAMP', lastModifiedBy: c.isso, created: '2017-06-06T12:00:00Z', modified: '2025-04-11T12:00:00Z' });
  return { file: 'BRV_CIS.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Bluefin Rev4 Attachment 9 Control Implementation Summary workbook (status and origination marks per control).', data };
}

const INFO_TYPES: [string, string, string, string][] = [
  ['C.2.8.12 Official Information Dissemination', 'Low', 'Low', 'Low'],
  ['D.8.3 Grants Administration (financial assistance)', 'Low', 'Low', 'Low'],
  ['C.3.5.1 Information Management', 'Low', 'Low', 'Low'],
];

export async function northwindFips199Docx(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const body: Block[] = [
    { t: 'title', text: 'FIPS 199 Categorization Worksheet', size: 20 },
    { t: 'p', text: `${c.cso} | ${c.csp} | Version 1.1 | January 2025`, align: 'center' },
    { t: 'h2', text: 'Introduction and Purpose' },
    { t: 'p', text: 'This worksheet records the security categorization of the system according to FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II. The categorization determines the FedRAMP baseline.' },
    { t: 'h2', text: 'Information Types and Provisional Impact Levels' },
    { t: 'table', rows: [['Information Type (SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'], ...INFO_TYPES.map((r) => [...r])], widths: [55, 15, 15, 15] },
    { t: 'h2', text: 'Security Objectives Categorization' },
    { t: 'table', rows: [['Security Objective', 'Impact'], ['Confidentiality', 'Low'], ['Integrity', 'Low'], ['Availability', 'Low']] },
    { t: 'p', text: 'SC Harbor Case Manager = {(confidentiality, LOW), (integrity, LOW), (availability, LOW)}', bold: true },
    { t: 'p', text: 'Overall system categorization: LOW. The system qualifies for the FedRAMP Tailored LI-SaaS baseline because it does not store PII beyond user authentication information (see the PTA).' },
    { t: 'h2', text: 'Approval' },
    { t: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], [c.owner, 'System Owner', '', '01/15/2025'], [c.isso, 'ISSO', '', '01/15/2025']] },
  ];
  const data = await makeDocx({ seed: 'northwind-fips', headings: 'bold', core: { title: 'FIPS 199', creator: c.isso, lastModifiedBy: c.isso, created: '2025-01-15T12:00:00Z', modified: '2025-01-15T12:00:00Z' }, body });
  return { file: 'doc-0031.docx', expected: 'FIPS_199', note: 'Northwind two-page FIPS 199 categorization worksheet (SP 800-60 information types, Low/Low/Low).', data };
}

export async function quillonFips199Pdf(): Promise<CorpusDoc> {
  const c = QUILLON;
  const blocks: PdfBlock[] = [
    { t: 'title', text: `${c.cso} FIPS 199 Categorization`, size: 18 },
    { t: 'p', text: 'SSP Appendix K | Version 3.0 | March 2025', center: true },
    pdfRevisionTable([['03/10/2025', 'Re-validated information types for Kubernetes service', '3.0', c.isso]]),
    { t: 'h2', text: 'System Information' },
    { t: 'table', header: false, rows: [['CSP', c.csp], ['CSO', c.cso], ['Service Model', 'IaaS'], ['Package ID', 'F2203157702']], widths: [30, 70] },
    { t: 'h2', text: 'Information Types' },
    { t: 'p', text: 'The following NIST SP 800-60 information types are processed, stored or transmitted on behalf of customer agencies. Because customers may host any workload, the CSP has selected the High watermark recommended by the agency sponsor.' },
    { t: 'table', rows: [['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Continuity of Operations', 'D.2.1', 'Moderate', 'Moderate', 'Moderate'], ['Infrastructure Maintenance', 'C.3.5.4', 'Low', 'Low', 'Low'], ['System and Network Monitoring', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'], ['Emergency Response', 'D.10.2', 'Low', 'High', 'High'], ['Critical Infrastructure Protection', 'D.4.1', 'High', 'High', 'High']], widths: [36, 16, 16, 16, 16] },
    { t: 'h2', text: 'Security Categorization' },
    { t: 'table', rows: [['Security Objective', 'Low', 'Moderate', 'High'], ['Confidentiality', '', '', 'X'], ['Integrity', '', '', 'X'], ['Availability', '', '', 'X']] },
    { t: 'p', text: 'Overall FIPS 199 security categorization: HIGH', bold: true },
    { t: 'p', text: `Approved by ${c.owner}, System Owner, and ${c.isso}, ISSO, on 03/12/2025.` },
  ];
  const data = await makePdf({ page: 'letter', meta: { producer: 'Microsoft: Print To PDF', created: new Date('2025-03-12T12:00:00Z') }, footer: (n, t) => `${c.short} Appendix K   ${n} of ${t}`, blocks });
  return { file: 'AppK.pdf', expected: 'FIPS_199', note: 'Quillon FIPS 199 categorization (SSP Appendix K) printed to PDF: SP 800-60 information types, High overall.', data };
}

const SOD_DUTIES = ['Approve access requests', 'Provision accounts', 'Review audit logs', 'Approve production changes', 'Deploy production changes', 'Administer encryption keys', 'Manage backups and restores', 'Perform vulnerability scans', 'Approve security exceptions', 'Modify firewall rules'];

export async function quillonSodXlsx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const wb = newWorkbook();
  const ws = wb.addWorksheet('SoD Matrix');
  dataRows(ws, 1, [['X = role is permitted to perform the duty. No role may both request and approve, or both approve and deploy, the same action (AC-5). Reviewed quarterly by the ISSO.']]);
  headerRow(ws, 3, ['Role', ...SOD_DUTIES]);
  // Duties (columns): 0 approve access, 1 provision accounts, 2 review audit logs, 3 approve changes, 4 deploy changes,
  // 5 administer keys, 6 backups, 7 scans, 8 approve exceptions, 9 firewall rules.
  const matrix: [string, number[]][] = [
    ['System Owner', [0, 3, 8]],
    ['ISSO', [2, 7, 8]],
    ['Security Operations Analyst', [2, 7]],
    ['Network Engineer', [4, 9]],
    ['Virtualization Engineer', [4, 6]],
    ['Storage Engineer', [6]],
    ['Change Manager', [3]],
    ['Release Engineer', [4]],
    ['Identity Administrator', [1]],
    ['Key Custodian', [5]],
    ['Help Desk', []],
  ];
  dataRows(ws, 4, matrix.map(([r, ds]) => [r, ...SOD_DUTIES.map((_, j) => (ds.includes(j) ? 'X' : ''))]));
  widths(ws, [28, ...SOD_DUTIES.map(() => 16)]);
  const data = await finishXlsx(wb, { title: 'Separation of Duties Matrix', creator: c.isso, lastModifiedBy: c.isso, created: '2024-03-01T12:00:00Z', modified: '2025-03-01T12:00:00Z' });
  return { file: 'SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Quillon Separation of Duties Matrix workbook: roles versus duties marked with X (AC-5); the title is only in the document metadata and the sheet name.', data };
}

export async function kestrelSodDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const roles: [string, string, string, string][] = [
    ['Cloud Operations Engineer', 'Deploy approved changes; patch systems; respond to alerts', 'Approve own changes; modify audit settings; approve access', 'Jira change ticket; GitLab pipeline logs'],
    ['Security Operations Analyst', 'Review audit logs; triage alerts; run scans', 'Deploy changes; administer IAM', 'Splunk reviews; scan reports'],
    ['Identity Administrator', 'Provision accounts after approval', 'Approve access requests; review own access', 'Okta system log'],
    ['Engineering Manager', 'Approve access requests and changes', 'Deploy changes to production', 'Jira approvals'],
    ['ISSO', 'Security impact analysis; approve exceptions; POA&M', 'Administer production systems', 'SIA records; POA&M'],
    ['Key Custodian', 'Create and rotate KMS keys', 'Access encrypted data; approve own key policy changes', 'CloudTrail KMS events'],
    ['Developer', 'Write code; open merge requests', 'Merge own code; access production', 'GitLab protected branches'],
  ];
  const rows: CellSpec[][] = [
    [{ text: `${c.cso} — Separation of Duties Matrix (SSP Section 11)`, bold: true, span: 4, shade: 'BDD7EE' }],
    [{ text: 'Role', bold: true }, { text: 'Permitted Duties', bold: true }, { text: 'Prohibited / Conflicting Duties', bold: true }, { text: 'Enforcement / Evidence', bold: true }],
    ...roles.map((r): CellSpec[] => [...r]),
    [{ text: `Reviewed by ${c.isso}, ISSO, on 06/02/2025. Conflicts are enforced by Okta group rules, GitLab protected branches (no self-approval) and AWS IAM permission boundaries, per AC-5.`, span: 4 }],
  ];
  const data = await makeDocx({ seed: 'kestrel-sod', headings: 'bold', landscape: true, core: { title: 'Separation of Duties', creator: c.isso, lastModifiedBy: c.isso, created: '2025-06-02T12:00:00Z', modified: '2025-06-02T12:00:00Z' }, body: [{ t: 'table', header: false, rows, widths: [20, 30, 30, 20] }], pageNumbers: false });
  return { file: 'SOD matrix.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Kestrel Separation of Duties Matrix as a Word document consisting of one big table (roles, permitted and conflicting duties).', data };
}

const LAWS: [string, string, string, string][] = [
  ['Federal Information Security Modernization Act of 2014 (FISMA)', 'Pub. L. 113-283', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['Privacy Act of 1974', '5 U.S.C. § 552a', '12/31/1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['E-Government Act of 2002', 'Pub. L. 107-347', '12/17/2002', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
  ['Federal Records Act', '44 U.S.C. Chapters 21, 29, 31, 33', '—', 'https://www.archives.gov/about/laws'],
  ['OMB Circular A-130, Managing Information as a Strategic Resource', 'OMB A-130', '07/28/2016', 'https://www.whitehouse.gov/omb/'],
  ['OMB Memorandum M-21-31, Improving the Federal Government’s Investigative and Remediation Capabilities', 'M-21-31', '08/27/2021', 'https://www.whitehouse.gov/omb/'],
  ['OMB Memorandum M-22-09, Moving the U.S. Government Toward Zero Trust', 'M-22-09', '01/26/2022', 'https://www.whitehouse.gov/omb/'],
  ['Homeland Security Presidential Directive 12 (HSPD-12)', 'HSPD-12', '08/27/2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
  ['FedRAMP Authorization Act', 'Pub. L. 117-263, § 5921', '12/23/2022', 'https://www.congress.gov/'],
];
const STANDARDS: [string, string, string, string][] = [
  ['Standards for Security Categorization of Federal Information and Information Systems', 'FIPS PUB 199', '02/2004', 'https://csrc.nist.gov/pubs/fips/199/final'],
  ['Minimum Security Requirements for Federal Information and Information Systems', 'FIPS PUB 200', '03/2006', 'https://csrc.nist.gov/pubs/fips/200/final'],
  ['Security Requirements for Cryptographic Modules', 'FIPS PUB 140-3', '03/2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['Security and Privacy Controls for Information Systems and Organizations', 'NIST SP 800-53 Rev. 5', '09/2020', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'],
  ['Contingency Planning Guide for Federal Information Systems', 'NIST SP 800-34 Rev. 1', '05/2010', 'https://csrc.nist.gov/pubs/sp/800/34/r1/upd1/final'],
  ['Digital Identity Guidelines', 'NIST SP 800-63-3', '06/2017', 'https://pages.nist.gov/800-63-3/'],
  ['Guidelines for Media Sanitization', 'NIST SP 800-88 Rev. 1', '12/2014', 'https://csrc.nist.gov/pubs/sp/800/88/r1/final'],
];

export async function bluefinLawsXlsx(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const wb = newWorkbook();
  for (const [name, list] of [['Laws and Regulations', LAWS], ['Standards and Guidance', STANDARDS]] as const) {
    const ws = wb.addWorksheet(name);
    mergedTitle(ws, 'A1:D1', `Attachment 12 — FedRAMP ${name}`, 14);
    dataRows(ws, 2, [[`${c.cso} — applicable ${name.toLowerCase()}`]]);
    headerRow(ws, 4, ['Title', 'Identification Number', 'Date', 'Link']);
    dataRows(ws, 5, list.map((r) => [...r]));
    widths(ws, [70, 30, 14, 60]);
  }
  const data = await finishXlsx(wb, { title: 'Attachment 12 FedRAMP Laws and Regulations', creator: 'FedRAMP', lastModifiedBy: c.isso, created: '2017-06-06T12:00:00Z', modified: '2025-04-11T12:00:00Z' });
  return { file: 'Att12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Bluefin Rev4 Attachment 12 FedRAMP Laws and Regulations workbook (laws/regulations and standards/guidance sheets).', data };
}

export async function kestrelLawsDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const body: Block[] = [
    { t: 'title', text: `${c.cso}`, size: 16 },
    { t: 'title', text: 'Laws and Regulations', size: 22 },
    { t: 'p', text: 'SSP Appendix L — CSO-Specific Required Laws and Regulations — Version 1.2', align: 'center' },
    { t: 'p', text: `The following laws, regulations, standards and guidance apply to ${c.cso} in addition to those listed in the FedRAMP baseline documentation. Laws specific to the NRLA mission (rural lending programs) are included because the system processes borrower records.` },
    { t: 'h1', text: '1 Applicable Laws and Regulations' },
    { t: 'table', rows: [['Title', 'Identifier', 'Date', 'Link'], ...LAWS.filter((l) => !l[0].startsWith('Federal Records')).map((r) => [...r]), ['Gramm-Leach-Bliley Act, Safeguards Rule', '16 CFR Part 314', '12/09/2021', 'https://www.ftc.gov/'], ['Consolidated Farm and Rural Development Act', '7 U.S.C. § 1921 et seq.', '—', 'https://uscode.house.gov/']] },
    { t: 'h1', text: '2 Applicable Standards and Guidance' },
    { t: 'table', rows: [['Title', 'Identifier', 'Date', 'Link'], ...STANDARDS.map((r) => [...r])] },
  ];
  const data = await makeDocx({ seed: 'kestrel-laws', headings: 'styles', core: { title: 'Appendix L', creator: c.isso, lastModifiedBy: c.isso, created: '2025-02-01T12:00:00Z', modified: '2025-06-20T12:00:00Z' }, body });
  return { file: 'KGA Appendix L.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Kestrel Rev5 CSO-specific Laws and Regulations appendix: tables of laws, regulations, standards and guidance.', data };
}

export async function quillonScrmpDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const rng = new Rng('quillon-scrmp');
  const body: Block[] = [
    ...revisionHistory([['10/01/2024', 'First release for Rev. 5 transition', '1.0', c.isso], ['04/30/2025', 'Added SBOM requirements and critical supplier list', '1.1', c.isso]]),
    ...approvals([[c.owner, 'System Owner', c.csp], ['Laura Benítez', 'Chief Procurement Officer', c.csp]]),
    { t: 'h1', text: '1 Purpose and Scope' },
    { t: 'p', text: `This Supply Chain Risk Management Plan (SCRMP) describes how ${c.csp} identifies, assesses and mitigates supply chain risks to ${c.cso} across the acquisition, integration, operation and disposal of hardware, software and services. It implements SR-2 and supports the SR family controls of the FedRAMP High baseline.` },
    { t: 'h1', text: '2 Roles and Responsibilities' },
    { t: 'table', rows: [['Role', 'Responsibility'], ['SCRM Team (Procurement, Security, Engineering)', 'Maintains the critical supplier list; performs assessments'], ['ISSO', 'Reviews supplier risk assessments and SBOM findings'], ['Procurement', 'Includes SCRM clauses in contracts'], ['Engineering', 'Verifies provenance and integrity of components before deployment']] },
    { t: 'h1', text: '3 Critical Suppliers and Components' },
    { t: 'table', rows: [['Supplier', 'Component / Service', 'Criticality', 'Assessment Date'], ['Dell Technologies', 'Hypervisor hosts (PowerEdge R760)', 'High', '02/2025'], ['Palo Alto Networks', 'Boundary firewalls', 'High', '01/2025'], ['NetApp', 'Block storage arrays', 'High', '03/2025'], ['Red Hat', 'Operating systems', 'High', '11/2024'], ['Commvault', 'Backup software', 'Moderate', '12/2024'], ['Equinix', 'Colocation', 'High', '09/2024']] },
    { t: 'h1', text: '4 Supply Chain Risk Assessment' },
    { t: 'p', text: sentences('SR', c, rng, 3) },
    { t: 'h1', text: '5 Controls and Mitigations' },
    { t: 'bullets', items: ['Acquire hardware only from OEMs or authorized resellers; verify tamper-evident packaging on receipt.', 'Require SBOMs in SPDX or CycloneDX format for all critical software and scan them on ingestion.', 'Verify signatures of firmware and software images before deployment.', 'Flow down FedRAMP and SCRM requirements to subcontractors.', 'Report counterfeit or tampered components to the OEM and to the agency.'] },
    { t: 'h1', text: '6 Acquisition Strategies and Contract Requirements' },
    { t: 'p', text: 'Contracts with critical suppliers include clauses requiring notification of security incidents affecting delivered products within 72 hours, disclosure of known vulnerabilities and end-of-life dates, support for the FedRAMP continuous monitoring requirements, and flow-down of these requirements to sub-tier suppliers. Procurement may not issue a purchase order for a critical component until the SCRM Team has recorded an approved supplier assessment.' },
    { t: 'h1', text: '7 Counterfeit Component Prevention' },
    { t: 'p', text: 'Hardware is received only at the Ashburn and Chandler loading docks, where receiving staff verify purchase order, serial numbers and tamper-evident seals against the shipping manifest. Components with damaged seals or serial numbers that cannot be verified with the OEM are quarantined. Confirmed counterfeit components are reported to the OEM, to GIDEP when applicable, and to the agency AO.' },
    { t: 'h1', text: '8 Supplier Assessment Criteria' },
    { t: 'table', rows: [['Criterion', 'Evidence'], ['Secure development practices', 'NIST SSDF attestation (CISA Secure Software Development Attestation Form)'], ['Vulnerability disclosure', 'Published policy and PSIRT contact'], ['Provenance', 'SBOM and signed artifacts'], ['Financial and geopolitical risk', 'Ownership review; country of origin'], ['Incident history', 'Public advisories and breach notifications in the last three years']] },
    { t: 'h1', text: '9 Monitoring and Review' },
    { t: 'p', text: 'Supplier risk is reviewed annually and upon notification of supplier compromise. The plan is reviewed annually by the SCRM Team.' },
  ];
  const data = await makeDocx({
    seed: 'quillon-scrmp',
    headings: 'styles',
    core: { title: 'Supply Chain Risk Management Plan', creator: c.isso, lastModifiedBy: c.isso, created: '2024-10-01T12:00:00Z', modified: '2025-04-30T12:00:00Z' },
    cover: [{ t: 'spacer', lines: 5 }, { t: 'title', text: c.cso, size: 20 }, { t: 'title', text: 'Supply Chain Risk Management Plan', size: 24 }, { t: 'p', text: 'SSP Appendix P — Version 1.1', align: 'center' }, { t: 'break' }],
    header: `${c.short} SCRMP v1.1`,
    body,
  });
  return { file: 'QFG-SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Quillon Supply Chain Risk Management Plan (roles, critical suppliers, assessment, mitigations).', data };
}

export async function kestrelScrmpPdf(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-scrmp');
  const blocks: PdfBlock[] = [
    { t: 'p', text: c.csp, size: 11 },
    { t: 'title', text: 'Supply Chain Risk Management Plan', size: 20, center: false },
    { t: 'p', text: `${c.cso} — SSP Appendix P — Version 1.0 — March 2025` },
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: `${c.csp} relies on software suppliers, open-source components and cloud services to deliver ${c.cso}. This plan establishes the process to manage the associated supply chain risks as required by NIST SP 800-53 Rev. 5 SR-2 and NIST SP 800-161 Rev. 1.` },
    { t: 'h1', text: '2. Governance' },
    { t: 'p', text: 'The SCRM working group (CISO, ISSO, Director of Engineering, Procurement) meets quarterly and reports to the executive risk committee.' },
    { t: 'h1', text: '3. Supplier Tiering' },
    { t: 'table', rows: [['Tier', 'Definition', 'Examples', 'Assessment'], ['1', 'Supplier whose compromise affects federal data directly', 'AWS GovCloud, Okta, Splunk', 'FedRAMP authorization review annually'], ['2', 'Software libraries in the runtime', 'Open-source npm and Python packages', 'SBOM scanning each build; OpenSSF Scorecard'], ['3', 'Corporate tooling without access to federal data', 'Slack, HR system', 'Vendor questionnaire every two years']] },
    { t: 'h1', text: '4. Risk Identification and Assessment' },
    { t: 'p', text: sentences('SR', c, rng, 3) },
    { t: 'h1', text: '5. Mitigation' },
    { t: 'p', text: 'Dependencies are pinned and mirrored in the internal artifact repository; new packages require approval; build provenance is attested with SLSA level 2 signatures; container base images are pulled only from the hardened internal registry.' },
    { t: 'h1', text: '6. Roles and Responsibilities' },
    { t: 'table', rows: [['Role', 'Responsibility'], ['CISO', 'Approves the plan and risk acceptance decisions'], ['ISSO', 'Maintains the supplier inventory; reviews SBOM scan results monthly'], ['Director of Engineering', 'Approves new dependencies and base images'], ['Procurement', 'Includes SCRM terms in contracts; tracks renewals']] },
    { t: 'h1', text: '7. Supplier Monitoring' },
    { t: 'p', text: 'Tier 1 suppliers are monitored through their FedRAMP continuous monitoring deliverables where available and through vendor security advisories. Tier 2 components are monitored by automated dependency and container scanning on every build and nightly against the production SBOM. A supplier whose risk rating increases is reviewed by the SCRM working group within 30 days, which decides whether to accept, mitigate or replace the supplier.' },
    { t: 'h1', text: '8. Incident Handling for Supply Chain Events' },
    { t: 'p', text: 'Supplier security incidents are handled under the Incident Response Plan; affected components are identified from the SBOM inventory within 24 hours.' },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'Configuration Management Plan Template', author: 'FedRAMP', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', created: new Date('2025-03-20T12:00:00Z') }, footer: (n, t) => `Page ${n} of ${t}`, blocks });
  return { file: 'KGA_SCRMP.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Kestrel Supply Chain Risk Management Plan as PDF; stale metadata title left from another FedRAMP template.', data };
}


