import { buildDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import { AGENCY, CSP, CUI_NOTICE, PEOPLE, SYS, SYS_ABBR, SYSTEM_PARAS, approvalBlocks, blocksToMarkdown, blocksToPdf, distribution, revisionTable } from '../kit/common.js';
import type { EvalDoc } from '../kit/common.js';

const p = (t: string): Block => ({ k: 'p', t });

function iscpBlocks(): Block[] {
  return [
    { k: 'bold', t: 'Record of Changes' },
    revisionTable([['04/02/2026', '1.0', 'Initial ISCP', PEOPLE.sre], ['09/18/2026', '1.1', 'Updated after tabletop test TT-2026-03; added Treasury file cutoff dependencies', PEOPLE.sre]]),
    distribution([`${PEOPLE.ciso}|${CSP}`, `${PEOPLE.treasury}|Treasury Operations`, `${PEOPLE.sre}|Site Reliability Engineering`, `${PEOPLE.agencyIsso}|${AGENCY}`]),
    { k: 'break' },
    { k: 'h1', t: '1. Introduction and Purpose' },
    p(`This Information System Contingency Plan (ISCP) establishes procedures to recover the ${SYS} following a disruption. It addresses CP-2 and the related contingency planning controls of the FedRAMP Moderate baseline and follows the format of NIST SP 800-34 Rev. 1.`),
    { k: 'h2', t: '1.1 Applicable Laws and Guidance' },
    p('Federal Information Security Modernization Act of 2014; OMB Circular A-130; NIST SP 800-34 Rev. 1; FedRAMP Contingency Plan guidance; Treasury Financial Manual Volume I Part 4A requirements for payment certification timelines.'),
    { k: 'h1', t: '2. Concept of Operations' },
    p(SYSTEM_PARAS[1] ?? ''),
    p('Recovery objectives: Maximum Tolerable Downtime (MTD) 24 hours; Recovery Time Objective (RTO) 4 hours for the disbursement API, ledger and ACH file builder; Recovery Point Objective (RPO) 15 minutes for the ledger (Aurora global database with continuous backup). The reconciliation service has an RTO of 12 hours.'),
    { k: 'h2', t: '2.1 Backup and Alternate Site' },
    p('Aurora snapshots are copied hourly to AWS GovCloud (US-East); S3 buckets holding payment files replicate cross-region with Object Lock in compliance mode. The HSM cluster has a standby partition in the Tallyline Dallas colocation facility, initialized from the same key ceremony and kept synchronized through cloning under dual control.'),
    { k: 'h2', t: '2.2 Roles and Responsibilities' },
    { k: 'table', rows: [['Role', 'Primary', 'Alternate'], ['Contingency Plan Coordinator', PEOPLE.sre, 'J. Mbeki'], ['Treasury Operations Lead', PEOPLE.treasury, 'R. Castellanos'], ['Security Lead', PEOPLE.isso, PEOPLE.ciso], ['Agency Liaison', 'Federal Account Manager', 'VP Federal']] },
    { k: 'h1', t: '3. Activation and Notification' },
    p('The plan is activated by the Contingency Plan Coordinator when an outage is expected to exceed two hours or threatens the next ACH settlement window (Same Day ACH windows at 10:30, 14:45 and 16:45 ET). Notification uses the PagerDuty call tree and the agency notification list in Appendix B.'),
    { k: 'h1', t: '4. Recovery' },
    p('4.1 Declare failover to US-East; promote the Aurora secondary cluster. 4.2 Re-point Route 53 records for the API and portal. 4.3 Activate the Dallas HSM partition and verify signing with the test ACH file. 4.4 Re-run reconciliation for the outage window to detect duplicate or missing entries before releasing any queued batch. 4.5 Treasury Operations confirms with the ODFI that no duplicate file has been transmitted.'),
    { k: 'h1', t: '5. Reconstitution' },
    p('Validate data integrity by ledger hash-chain verification; compare control totals with the ODFI settlement report; obtain sign-off from Treasury Operations and the ISSO; fail back during a maintenance window; deactivate the plan and document lessons learned.'),
    { k: 'h1', t: 'Appendix A. Plan Testing' },
    p('The ISCP is tested annually through a functional exercise; the 2026 test results and lessons learned are recorded in the contingency plan test report.'),
  ];
}

async function iscpDocx(): Promise<EvalDoc> {
  return {
    file: 'TFDP-ISCP-v1.1.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'Information System Contingency Plan (NIST SP 800-34 format, RTO/RPO, activation, recovery, reconstitution) - SSP Attachment 6.',
    data: await buildDocx({
      title: `${SYS_ABBR} Information System Contingency Plan`,
      creator: PEOPLE.sre,
      header: `${SYS} | ISCP | CUI`,
      footer: 'Controlled Unclassified Information',
      cover: [{ k: 'big', t: 'Information System Contingency Plan (ISCP)', size: 44 }, { k: 'center', t: SYS }, { k: 'center', t: 'Version 1.1 - September 18, 2026' }, p(CUI_NOTICE)],
      blocks: iscpBlocks(),
    }),
  };
}

async function iscpPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [{ k: 'p', t: `${CSP}` }, { k: 'big', t: `${SYS_ABBR} Contingency Plan`, size: 40 }, p('Information System Contingency Plan - Moderate impact - annual update'), ...iscpBlocks().slice(3)];
  return { file: 'Attachment 6.pdf', expected: 'CONTINGENCY_PLAN', note: 'PDF export of the Information System Contingency Plan (SSP Attachment 6).', data: await buildPdf({ title: 'Attachment 6', author: PEOPLE.sre, footer: 'CUI', items: blocksToPdf(blocks) }) };
}

function cmpBlocks(): Block[] {
  return [
    { k: 'h1', t: '1. Introduction' },
    p(`This Configuration Management Plan (CMP) describes how ${CSP} establishes and maintains the integrity of the ${SYS} configuration throughout the system life cycle. It implements the CM family of the FedRAMP Moderate baseline (CM-1 through CM-11) and supports the significant change process required for FedRAMP continuous monitoring.`),
    { k: 'h1', t: '2. Configuration Management Roles' },
    { k: 'table', rows: [['Role', 'Responsibilities'], ['Change Advisory Board (CAB)', 'Reviews and approves normal and major changes weekly; emergency CAB within 2 hours'], ['Configuration Manager', 'Maintains baselines, CMDB and this plan'], ['Security Impact Analyst', 'Performs security impact analysis (CM-4) for each change'], ['ISSO', 'Determines whether a change is significant and must be reported to the agency AO before implementation']] },
    { k: 'h1', t: '3. Baseline Configurations (CM-2, CM-6)' },
    p('Baselines are defined as code: Terraform modules for AWS resources, Helm charts for EKS workloads, CIS-hardened Amazon Linux 2023 and Bottlerocket images built by Packer, and Aurora parameter groups. Deviations from CIS benchmarks are documented in the configuration settings workbook with justification. Baseline drift is detected daily by AWS Config rules and the Kubernetes admission controller.'),
    { k: 'h1', t: '4. Configuration Change Control (CM-3)' },
    p('All changes flow through pull requests requiring two approvals, automated tests, static analysis and container scanning. Production deployment requires an approved change record linked to the pull request. Changes to ACH file generation, ledger posting rules or HSM configuration are classified as high-risk and require Treasury Operations sign-off.'),
    { k: 'h2', t: '4.1 Significant Changes' },
    p('The ISSO evaluates each change against the FedRAMP Significant Change Policies and Procedures. Planned significant changes are submitted to the authorizing agency on the significant change request form at least 30 days before implementation and may require 3PAO assessment.'),
    { k: 'h1', t: '5. Inventory (CM-8)' },
    p('The CMDB is populated automatically from AWS Config and the EKS API and reconciled monthly with the Integrated Inventory Workbook submitted to the agency as part of continuous monitoring.'),
    { k: 'h1', t: '6. Least Functionality and Software Restrictions (CM-7, CM-10, CM-11)' },
    p('Only ports, protocols and services listed in the SSP are enabled. Container images come only from the internal registry with signature verification; user-installed software is prohibited on production hosts.'),
    { k: 'h1', t: '7. Plan Maintenance' },
    p('This CMP is reviewed annually and after any significant change.'),
  ];
}

async function cmpDocx(): Promise<EvalDoc> {
  return {
    file: 'CMP_TFDP_2026.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Configuration Management Plan covering CM roles, baselines, change control and significant changes (SSP Attachment 7).',
    data: await buildDocx({
      title: 'Configuration Management Plan',
      creator: 'cfg-mgmt',
      header: `${SYS_ABBR} Configuration Management Plan v3.0`,
      cover: [{ k: 'big', t: SYS }, { k: 'big', t: 'Configuration Management Plan', size: 44 }, { k: 'center', t: 'Version 3.0 | 2026-07-30' }],
      blocks: [revisionTable([['07/30/2026', '3.0', 'Moved baselines to Bottlerocket; new CAB charter', 'Configuration Manager']]), ...approvalBlocks([[PEOPLE.cto, 'CTO'], [PEOPLE.ciso, 'CISO']]), { k: 'break' }, ...cmpBlocks()],
    }),
  };
}

function cmpMd(): EvalDoc {
  const blocks: Block[] = [{ k: 'big', t: `Configuration Management Plan - ${SYS_ABBR}` }, p('_Maintained in the compliance repository; the PDF export is Attachment 7 of the SSP._'), revisionTable([['2026-10-01', '3.1', 'Added GitOps promotion flow', 'platform-team']]), ...cmpBlocks()];
  return { file: 'CONFIG-PLAN.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Markdown version of the Configuration Management Plan kept in the compliance repo.', data: blocksToMarkdown(blocks) };
}

function irpBlocks(): Block[] {
  return [
    { k: 'h1', t: '1. Purpose' },
    p(`This Incident Response Plan (IRP) provides ${CSP} with a roadmap for implementing its incident response capability for the ${SYS}, as required by IR-8 of NIST SP 800-53 Rev. 5 and FedRAMP incident communications procedures.`),
    { k: 'h1', t: '2. Incident Response Team' },
    { k: 'table', rows: [['Role', 'Name / Team'], ['Incident Commander', PEOPLE.ciso], ['Incident Handler Lead', 'SOC Manager'], ['Treasury Operations', PEOPLE.treasury], ['Privacy Officer', PEOPLE.privacy], ['Legal / Regulatory', 'General Counsel'], ['Communications', 'VP Communications']] },
    { k: 'h1', t: '3. Incident Categories and Severity' },
    p('Severity 1: confirmed compromise of the payment release path, HSM keys or recipient PII; fraudulent disbursement in progress. Severity 2: suspected compromise, malware on a production host, credential theft. Severity 3: policy violations, failed attacks with no impact.'),
    { k: 'h1', t: '4. Reporting Requirements' },
    p(`Suspected or confirmed incidents affecting the federal system are reported to the ${AGENCY} incident response team and to US-CERT/CISA within one hour of identification, and to the FedRAMP PMO (info@fedramp.gov) as required. Incidents involving PII are also reported to the agency Privacy Officer. Where card data from commercial programs is involved, card-brand notification follows the separate PCI incident procedure.`),
    { k: 'h1', t: '5. Incident Handling Phases' },
    { k: 'h2', t: '5.1 Preparation' },
    p('Playbooks for payment fraud, ransomware, credential compromise and HSM tamper events; quarterly tabletop exercises; forensic workstation and AWS forensic account ready.'),
    { k: 'h2', t: '5.2 Detection and Analysis' },
    p('SIEM correlation rules, GuardDuty, ledger anomaly detection (velocity of account changes, returned-then-re-sent payments).'),
    { k: 'h2', t: '5.3 Containment, Eradication and Recovery' },
    p('Payment kill switch: Treasury Operations can suspend batch release for all programs within five minutes; the ODFI can be instructed to hold files. Isolate affected pods and instances; rotate credentials; re-image from golden images; validate ledger integrity before resuming.'),
    { k: 'h2', t: '5.4 Post-Incident Activity' },
    p('Lessons-learned review within ten business days; POA&M entries for resulting weaknesses; plan updates.'),
    { k: 'h1', t: '6. Testing' },
    p('The IRP is tested annually (IR-3) in coordination with the contingency plan test.'),
  ];
}

async function irpDocx(): Promise<EvalDoc> {
  return {
    file: 'Incident Response Plan - FINAL.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Incident Response Plan with team, severities, US-CERT/agency reporting and handling phases (SSP Attachment 8).',
    data: await buildDocx({
      title: 'Incident Response Plan',
      creator: 'SOC',
      header: `${CSP} | IRP`,
      footer: 'CUI',
      blocks: [{ k: 'big', t: `${SYS} Incident Response Plan`, size: 40 }, revisionTable([['06/01/2026', '2.2', 'Added payment kill switch procedure', 'SOC Manager']]), { k: 'break' }, ...irpBlocks()],
    }),
  };
}

async function irpPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [{ k: 'p', t: `SSP ATTACHMENT 8` }, { k: 'big', t: 'INCIDENT RESPONSE PLAN', size: 40 }, p(`${SYS} - Version 2.2`), ...irpBlocks()];
  return { file: 'tfdp_irp.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'PDF export of the Incident Response Plan (SSP Attachment 8).', data: await buildPdf({ items: blocksToPdf(blocks), author: 'SOC' }) };
}

const CRM_CONTROLS: [string, string, string][] = [
  ['AC-2', 'Service Provider Corporate; Shared', 'Customer manages agency user accounts through the portal; Tallyline manages workforce accounts.'],
  ['AC-2(1)', 'Service Provider System Specific', 'Automated account management via Okta for Tallyline users.'],
  ['AC-3', 'Shared', 'Customer assigns portal roles; Tallyline enforces RBAC.'],
  ['AC-7', 'Service Provider System Specific', 'Lockout after 3 attempts enforced by the platform.'],
  ['AU-2', 'Service Provider System Specific', 'Event logging defined by Tallyline.'],
  ['AU-6', 'Shared', 'Customer reviews user activity reports; Tallyline SOC reviews platform logs.'],
  ['CP-9', 'Service Provider System Specific', 'Backups of the ledger and payment files.'],
  ['IA-2', 'Shared', 'Customer provides federated identity with PIV; Tallyline enforces MFA for its staff.'],
  ['IA-2(12)', 'Customer Responsibility', 'Customer IdP accepts and validates PIV credentials.'],
  ['SC-7', 'Inherited from AWS GovCloud (FedRAMP High P-ATO)', 'Physical network boundary inherited; logical boundary by Tallyline.'],
  ['SC-13', 'Service Provider System Specific', 'FIPS-validated cryptography; HSM for signing keys.'],
  ['PE-3', 'Inherited', 'Physical access control inherited from AWS GovCloud.'],
];

async function crmWorkbook(): Promise<EvalDoc> {
  const cis: Cell[][] = [
    [`${CSP} - ${SYS}`],
    ['Control Implementation Summary (CIS) Worksheet', null, null, null, null, null, null, null],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
  ];
  for (const [id, origin] of CRM_CONTROLS) {
    cis.push([id, 'X', null, null, null, null, origin.includes('Corporate') ? 'X' : null, origin.includes('System Specific') ? 'X' : null, null, null, origin.startsWith('Customer') ? 'X' : null, origin.includes('Shared') ? 'X' : null, origin.startsWith('Inherited') ? 'X' : null]);
  }
  const crm: Cell[][] = [
    ['Customer Responsibility Matrix (CRM)'],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...CRM_CONTROLS.map(([id, origin, text]) => [id, origin.startsWith('Customer') || origin === 'Shared' ? 'Partial' : 'Yes', text] as Cell[]),
  ];
  return {
    file: 'TFDP CIS-CRM Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'FedRAMP CIS worksheet and Customer Responsibility Matrix sheets for the system (SSP Attachment 9).',
    data: await buildXlsx({
      title: 'CIS CRM Workbook',
      creator: PEOPLE.isso,
      sheets: [
        { name: 'Instructions', rows: [['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], ['Complete the CIS worksheet with implementation status and control origination for each control, and the CRM worksheet with customer responsibilities.'], [`System: ${SYS}`], ['Impact level: Moderate']] },
        { name: 'Moderate CIS Worksheet', rows: cis, bold: [3], widths: [12, 12, 12, 10, 12, 12, 16, 16, 14, 14, 14, 10, 12] },
        { name: 'Moderate CRM Worksheet', rows: crm, bold: [2], widths: [12, 20, 90] },
      ],
    }),
  };
}

async function crmWorkbookDrifted(): Promise<EvalDoc> {
  const rows: Cell[][] = [['Tallyline - FedRAMP Moderate - customer responsibilities (from CIS/CRM workbook v1.4)'], [], ['Control ID', 'Control Name', 'Responsibility', 'Customer Responsibility Statement', 'Tallyline Notes']];
  const names: Record<string, string> = { 'AC-2': 'Account Management', 'AC-2(1)': 'Automated System Account Management', 'AC-3': 'Access Enforcement', 'AC-7': 'Unsuccessful Logon Attempts', 'AU-2': 'Event Logging', 'AU-6': 'Audit Record Review, Analysis, and Reporting', 'CP-9': 'System Backup', 'IA-2': 'Identification and Authentication (Organizational Users)', 'IA-2(12)': 'Acceptance of PIV Credentials', 'SC-7': 'Boundary Protection', 'SC-13': 'Cryptographic Protection', 'PE-3': 'Physical Access Control' };
  for (const [id, origin, text] of CRM_CONTROLS) rows.push([id, names[id] ?? '', origin, text, origin.startsWith('Inherited') ? 'See AWS GovCloud CRM' : '']);
  return {
    file: 'customer-responsibilities.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Customer Responsibility Matrix extract with control origination per NIST control, an edited CIS/CRM workbook.',
    data: await buildXlsx({ creator: 'dwhitcombe', sheets: [{ name: 'CRM', rows, bold: [3], widths: [10, 40, 30, 80, 24] }, { name: 'CIS Summary', rows: [['Control ID', 'Implementation Status', 'Control Origination'], ...CRM_CONTROLS.map(([id, o]) => [id, 'Implemented', o] as Cell[])], bold: [1] }] }),
  };
}

async function fips199Docx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'Introduction and Purpose' },
    p(`This document provides the security categorization of the ${SYS} in accordance with FIPS 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II, Appendices to Guide for Mapping Types of Information and Information Systems to Security Categories.`),
    { k: 'h1', t: 'System Description' },
    p(SYSTEM_PARAS[0] ?? ''),
    { k: 'h1', t: 'Information Types' },
    { k: 'table', rows: [['Information Type (NIST SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['Payments (C.3.1.3)', 'Moderate', 'Moderate', 'Low'], ['Funds Control (C.3.1.2)', 'Moderate', 'Moderate', 'Low'], ['Income Security (D.21.3)', 'Moderate', 'Moderate', 'Low'], ['Accounting (C.3.1.4)', 'Low', 'Moderate', 'Low'], ['Personal Identity and Authentication (D.20.4)', 'Moderate', 'Moderate', 'Moderate'], ['System and Network Monitoring (C.3.5.8)', 'Moderate', 'Moderate', 'Low']] },
    { k: 'h1', t: 'Security Objectives Categorization (FIPS 199)' },
    p('Applying the high-water mark to the information types above yields: Confidentiality Moderate, Integrity Moderate, Availability Moderate.'),
    p('SC TFDP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}'),
    p('The overall system security categorization is MODERATE. The FedRAMP Moderate baseline applies.'),
    { k: 'h1', t: 'Adjustments' },
    p('The integrity impact of the Payments information type was considered for elevation to High because a fraudulent disbursement could cause serious financial loss; it remains Moderate given dual control and daily reconciliation limiting the loss window to one settlement cycle.'),
    ...approvalBlocks([[PEOPLE.ciso, 'CISO'], [PEOPLE.ceo, 'System Owner']]),
  ];
  return { file: 'Attachment 10 - FIPS 199.docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization with SP 800-60 information types and high-water mark (SSP Attachment 10).', data: await buildDocx({ title: 'FIPS 199 Categorization', creator: PEOPLE.isso, cover: [{ k: 'big', t: 'FIPS PUB 199 Security Categorization', size: 40 }, { k: 'center', t: SYS }, { k: 'center', t: '09/05/2026' }], blocks }) };
}

async function fips199Pdf(): Promise<EvalDoc> {
  const items = blocksToPdf([
    { k: 'big', t: 'Security Categorization Worksheet (FIPS 199 / SP 800-60)', size: 34 },
    p(`System: ${SYS} (${SYS_ABBR}) - Owner: ${CSP} - Prepared 2026-09-05`),
    p('Step 1: identify information types. Step 2: select provisional impact levels. Step 3: adjust and finalize. Step 4: assign the system security category.'),
    { k: 'table', rows: [['Information type', 'C', 'I', 'A', 'Rationale'], ['C.3.1.3 Payments', 'M', 'M', 'L', 'Disbursement instructions and ACH entries'], ['C.3.1.2 Funds Control', 'M', 'M', 'L', 'Program obligations and ledger balances'], ['D.20.4 Personal Identity and Authentication', 'M', 'M', 'M', 'Recipient PII and user credentials'], ['C.2.8.12 Information Security', 'M', 'M', 'L', 'Security configuration and logs']] },
    p('Overall: Confidentiality = Moderate; Integrity = Moderate; Availability = Moderate. System security categorization: MODERATE.'),
    p(`Concurrence: ${PEOPLE.agencyIsso}, ISSO, ${AGENCY}`),
  ]);
  return { file: 'categorization.pdf', expected: 'FIPS_199', note: 'One-page FIPS 199 categorization worksheet with information types and overall Moderate level.', data: await buildPdf({ items }) };
}

const SOD_ROWS: Cell[][] = [
  ['Function / Duty', 'Agency Batch Maker', 'Agency Batch Checker', 'Treasury Ops Analyst', 'Treasury Ops Manager', 'Platform Engineer', 'Security Engineer', 'HSM Custodian', 'ISSO'],
  ['Create disbursement batch', 'X', '', '', '', '', '', '', ''],
  ['Approve / release batch', '', 'X', '', '', '', '', '', ''],
  ['Post manual ledger adjustment', '', '', 'X', '', '', '', '', ''],
  ['Approve ledger adjustment', '', '', '', 'X', '', '', '', ''],
  ['Deploy to production', '', '', '', '', 'X', '', '', ''],
  ['Approve production change', '', '', '', '', '', 'X', '', 'X'],
  ['Administer HSM partition', '', '', '', '', '', '', 'X', ''],
  ['Hold key component (split knowledge)', '', '', '', '', '', '', 'X', ''],
  ['Review audit logs', '', '', '', '', '', 'X', '', 'X'],
  ['Manage security tooling configuration', '', '', '', '', '', 'X', '', ''],
];

async function sodXlsx(): Promise<EvalDoc> {
  return {
    file: 'SoD_Matrix_2026Q3.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix mapping roles to duties with conflicting functions separated (SSP Attachment 11, AC-5).',
    data: await buildXlsx({
      title: 'Separation of Duties Matrix',
      creator: PEOPLE.isso,
      sheets: [
        { name: 'SoD Matrix', rows: [[`${SYS} - Separation of Duties Matrix (AC-5)`], ['X = role performs the duty. A role may not perform two duties marked as conflicting in the Conflicts sheet.'], [], ...SOD_ROWS], bold: [1, 4], widths: [38, 14, 14, 14, 14, 14, 14, 14, 10] },
        { name: 'Conflicts', rows: [['Duty A', 'Duty B', 'Reason'], ['Create disbursement batch', 'Approve / release batch', 'Dual control over federal funds'], ['Post manual ledger adjustment', 'Approve ledger adjustment', 'Maker-checker on the ledger'], ['Deploy to production', 'Approve production change', 'Change control (CM-3)'], ['Administer HSM partition', 'Manage security tooling configuration', 'Key custody independent from monitoring']], bold: [1] },
      ],
    }),
  };
}

async function sodDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'Separation of Duties Matrix' },
    p(`The following matrix documents how duties within the ${SYS} are divided among roles to prevent a single individual from committing and concealing fraud or error, as required by AC-5. The matrix is reviewed quarterly with the access review.`),
    { k: 'table', rows: SOD_ROWS.map((r) => r.map((c) => (c === null ? '' : String(c)))) },
    p('Compensating controls: where the Treasury Operations team has fewer than three members on a shift, the workflow engine requires the Treasury Ops Manager role from another shift to approve ledger adjustments.'),
  ];
  return { file: 'Attachment11.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Word version of the Separation of Duties Matrix with role/duty table (SSP Attachment 11).', data: await buildDocx({ title: 'Attachment 11', creator: PEOPLE.isso, header: `${SYS} - SSP Attachment 11`, blocks }) };
}

const LAWS: Cell[][] = [
  ['Identification Number', 'Title', 'Date', 'Link'],
  ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974', '12/31/1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['OMB A-130', 'Managing Information as a Strategic Resource', '07/28/2016', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-19-17', 'Enabling Mission Delivery through Improved Identity, Credential, and Access Management', '05/21/2019', ''],
  ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004', ''],
  ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '09/2020', ''],
  ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', '05/2010', ''],
  ['NIST SP 800-63-3', 'Digital Identity Guidelines', '06/2017', ''],
  ['31 CFR Part 210', 'Federal Government Participation in the Automated Clearing House', '', ''],
  ['31 U.S.C. 3332', 'Required direct deposit (Debt Collection Improvement Act of 1996)', '', ''],
  ['Treasury Financial Manual Vol. I', 'Part 4A - Payment Certification and Disbursement', '', ''],
];

async function lawsXlsx(): Promise<EvalDoc> {
  return {
    file: 'SSP-A12-Laws-and-Regulations.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'FedRAMP Laws and Regulations attachment listing applicable laws, OMB guidance and standards (SSP Attachment 12).',
    data: await buildXlsx({ title: 'FedRAMP Laws and Regulations', creator: PEOPLE.isso, sheets: [{ name: 'Laws and Regulations', rows: [['FedRAMP Applicable Laws and Regulations'], [`System: ${SYS}`], [], ...LAWS.slice(0, 5)], bold: [4], widths: [24, 70, 14, 60] }, { name: 'Standards and Guidance', rows: [LAWS[0] ?? [], ...LAWS.slice(5)], bold: [1], widths: [24, 70, 14, 60] }] }),
  };
}

async function lawsDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'bold', t: 'SSP ATTACHMENT 12 - LAWS AND REGULATIONS' },
    p(`The following laws, regulations, standards and guidance apply to the ${SYS} and are referenced throughout the System Security Plan. Finance-specific requirements (31 CFR Part 210, the Treasury Financial Manual) apply because the system originates federal ACH payments.`),
    { k: 'table', rows: LAWS.map((r) => r.map((c) => String(c ?? ''))) },
    p('Additional organizational requirements (PCI DSS, Nacha Operating Rules, SOC reporting) apply to Tallyline commercial products and are not listed as FedRAMP requirements.'),
  ];
  return { file: 'laws_regs_tfdp.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Word table of applicable laws, regulations and standards, explicitly SSP Attachment 12.', data: await buildDocx({ creator: 'Compliance', blocks }) };
}

function scrmBlocks(): Block[] {
  return [
    { k: 'h1', t: '1. Purpose' },
    p(`This Supply Chain Risk Management Plan (SCRMP) describes how ${CSP} identifies, assesses and mitigates supply chain risks to the ${SYS}, implementing SR-1 through SR-12 of the FedRAMP Rev. 5 Moderate baseline and NIST SP 800-161 Rev. 1.`),
    { k: 'h1', t: '2. Critical Suppliers' },
    { k: 'table', rows: [['Supplier', 'Product / Service', 'Criticality', 'Assurance'], ['Amazon Web Services', 'GovCloud IaaS/PaaS', 'Critical', 'FedRAMP High P-ATO'], ['Thales', 'Luna Network HSM 7', 'Critical', 'FIPS 140-3 L3 certificate, tamper-evident shipping'], ['Okta', 'Workforce identity', 'High', 'FedRAMP authorized'], ['ODFI partner bank', 'ACH origination', 'Critical', 'Bank regulatory exams, SOC 1 report'], ['Prepaid card processor', 'Card funding', 'High', 'PCI DSS AOC, SOC 1']] },
    { k: 'h1', t: '3. Supply Chain Risk Assessment' },
    p('Suppliers are tiered annually. Tier 1 suppliers undergo due diligence including security questionnaires, review of FedRAMP or SOC reports, foreign ownership review, and software bill of materials (SBOM) review for delivered software.'),
    { k: 'h1', t: '4. Acquisition Controls' },
    p('HSMs are ordered directly from the manufacturer, shipped in tamper-evident bags whose serial numbers are verified against the purchase order during the key ceremony. Open source components are pulled through an internal proxy with provenance checks (SLSA level 2 attestations where available) and license review.'),
    { k: 'h1', t: '5. Component Authenticity and Disposal (SR-11, SR-12)' },
    p('Counterfeit components are reported to the manufacturer and the agency. Decommissioned HSMs are zeroized and physically destroyed with a certificate of destruction.'),
    { k: 'h1', t: '6. Notification Agreements (SR-8)' },
    p('Contracts with Tier 1 suppliers require notification of compromises within 72 hours.'),
  ];
}

async function scrmDocx(): Promise<EvalDoc> {
  return { file: 'TFDP_SCRM_Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR family, SP 800-161) naming critical suppliers, an SSP attachment.', data: await buildDocx({ title: 'Supply Chain Risk Management Plan', creator: 'Vendor Risk', cover: [{ k: 'big', t: 'Supply Chain Risk Management Plan', size: 44 }, { k: 'center', t: SYS }, { k: 'center', t: 'v1.0 - 2026-06-12' }], blocks: [revisionTable([['06/12/2026', '1.0', 'Initial plan for Rev. 5 SR family', 'Vendor Risk Management']]), ...scrmBlocks()] }) };
}

async function scrmPdf(): Promise<EvalDoc> {
  return { file: 'Document1.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'PDF of the Supply Chain Risk Management Plan with no descriptive metadata.', data: await buildPdf({ header: CSP, items: blocksToPdf([{ k: 'big', t: `${SYS_ABBR} Supply Chain Risk Management Plan (SCRMP)`, size: 36 }, ...scrmBlocks()]) }) };
}

export async function attachmentsB(): Promise<EvalDoc[]> {
  return [await iscpDocx(), await iscpPdf(), await cmpDocx(), cmpMd(), await irpDocx(), await irpPdf(), await crmWorkbook(), await crmWorkbookDrifted(), await fips199Docx(), await fips199Pdf(), await sodXlsx(), await sodDocx(), await lawsXlsx(), await lawsDocx(), await scrmDocx(), await scrmPdf()];
}
