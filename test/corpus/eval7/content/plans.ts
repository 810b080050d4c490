import type { Block, EvalDoc } from '../kit/model.js';
import { B, day, H, OL, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { toMarkdown } from '../kit/text.js';
import { approvalBlock, proprietary, revisionTable, W } from './world.js';

function iscp(): Block[] {
  return [
    H('1. Introduction'),
    P(`Information systems are vital to ${W.agencyShort}'s inspection mission; it is therefore critical that services provided by ${W.cso} can operate effectively without excessive interruption. This Information System Contingency Plan (ISCP) establishes comprehensive procedures to recover ${W.abbr} quickly and effectively following a service disruption. It follows NIST SP 800-34 Rev. 1 and addresses the CP family of the FedRAMP Moderate baseline.`),
    H('1.1 Background', 2),
    P('The ISCP has three phases: Activation and Notification, Recovery, and Reconstitution. It is supported by the Business Impact Analysis (Appendix F) and tested annually through a functional exercise.'),
    H('1.2 Scope', 2),
    P(`The plan covers the production environment in ${W.iaas} (primary region us-gov-west-1, alternate region us-gov-east-1). Corporate IT and the development environment are out of scope.`),
    H('2. Concept of Operations'),
    H('2.1 System Description', 2),
    P('FIC runs on Amazon EKS across three Availability Zones with a Multi-AZ Amazon RDS PostgreSQL database. Backups: automated RDS snapshots every day retained 35 days, cross-region copies to us-gov-east-1; S3 attachments replicated cross-region with versioning; infrastructure defined in Terraform in GitHub.'),
    H('2.2 Recovery Objectives', 2),
    TBL([
      ['Metric', 'Value', 'Source'],
      ['Maximum Tolerable Downtime (MTD)', '72 hours', 'BIA'],
      ['Recovery Time Objective (RTO)', '24 hours', 'BIA'],
      ['Recovery Point Objective (RPO)', '4 hours', 'BIA'],
    ]),
    H('2.3 Roles and Responsibilities', 2),
    TBL([
      ['Role', 'Name', 'Responsibility'],
      ['Contingency Plan Coordinator', W.secLead, 'Activates the plan, coordinates communications'],
      ['Recovery Lead', W.devops, 'Executes recovery procedures'],
      ['Business Lead', W.cs, 'Notifies customers and the agency'],
      ['Executive Sponsor', W.cto, 'Approves activation and alternate-site failover'],
    ]),
    H('3. Activation and Notification'),
    P('The plan is activated when an outage is expected to exceed 4 hours, when the primary region is unavailable, or when data integrity is compromised. The Coordinator notifies the agency ISSO within one hour of activation and provides status updates every 4 hours.'),
    H('4. Recovery'),
    OL(
      'Declare the disaster in #incident and page the recovery team.',
      'Confirm the latest good RDS snapshot copy in us-gov-east-1.',
      'Run terraform apply with the dr.tfvars workspace to create the EKS cluster and networking in the alternate region.',
      'Restore the database from the snapshot; point the application secrets to the restored endpoint.',
      'Deploy the last released images from the replicated ECR repository.',
      'Switch Route 53 records to the alternate load balancer and verify with the smoke test suite.',
    ),
    H('5. Reconstitution'),
    P('After recovery, validate data integrity against the last known transaction ID, run the functional validation checklist, and obtain the Coordinator\'s approval before declaring normal operations. Deactivate the plan, notify the agency, and complete the after-action report within 10 business days.'),
    H('6. Plan Testing and Maintenance'),
    P('The plan is tested annually (CP-4) and reviewed after each test, significant change or activation. The last test (tabletop plus restore test) was performed on November 7, 2024; lessons learned are in Appendix G.'),
    H('Appendices'),
    UL('Appendix A — Personnel Contact List', 'Appendix B — Vendor Contact List', 'Appendix C — Detailed Recovery Procedures', 'Appendix F — Business Impact Analysis', 'Appendix G — Test Results'),
  ];
}

function cmp(): Block[] {
  return [
    H('1. Purpose'),
    P(`This Configuration Management Plan (CMP) describes how ${W.csp} establishes and maintains the integrity of ${W.cso} through configuration identification, change control, configuration status accounting and configuration audits. It implements CM-9 and supports CM-2, CM-3, CM-4, CM-5, CM-6, CM-7, CM-8 and CM-11 of the FedRAMP Moderate baseline.`),
    H('2. Roles'),
    TBL([
      ['Role', 'Responsibilities'],
      ['Change Control Board (CCB)', 'CTO (chair), Head of Security & Compliance, DevOps Lead, Engineering Manager. Reviews normal and significant changes weekly.'],
      ['Change Requester', 'Any engineer; writes the change request and the security impact analysis.'],
      ['Approver', 'A second engineer (code owner) for standard changes; the CCB for normal changes.'],
      ['Configuration Manager', 'DevOps Lead; maintains baselines and the inventory.'],
    ]),
    H('3. Configuration Items and Baselines'),
    P('Configuration items are Terraform modules, Helm charts, container images, Bottlerocket settings, RDS parameter groups and Okta policies, all version-controlled in GitHub. The baseline configuration is the tagged release of the infra-live repository; hardening follows the CIS benchmarks named in SSP control CM-6. The Integrated Inventory Workbook is regenerated from AWS Config monthly.'),
    H('4. Change Control Process'),
    TBL([
      ['Change type', 'Examples', 'Approval', 'Security impact analysis'],
      ['Standard (pre-approved)', 'Dependency patch, image rebuild, scaling', 'Code owner review + passing pipeline', 'Template checklist'],
      ['Normal', 'New service, IAM policy change, new port', 'CCB', 'Written SIA by ISSO'],
      ['Emergency', 'Fix for active incident', 'CTO verbal, CCB retro within 2 business days', 'After the fact'],
      ['Significant', 'New leveraged service, new data type, boundary change', 'CCB + agency AO via Significant Change Request', '3PAO assessment as required'],
    ]),
    H('5. Security Impact Analysis'),
    P('Every normal change includes a security impact analysis recording affected controls, new ports/protocols/services, data flows, and whether the change might be significant according to the FedRAMP Significant Change Policies and Procedures. When in doubt the ISSO contacts the agency before implementation.'),
    H('6. Configuration Monitoring and Audit'),
    P('AWS Config rules and a nightly Terraform drift job detect unauthorized changes. Drift opens a SEC ticket; unauthorized changes are treated as incidents. A configuration audit comparing the inventory with scan targets is performed monthly before the ConMon submission.'),
    H('7. Software Usage and User-Installed Software'),
    P('Engineers may install software on laptops only from the approved list; nothing can be installed on production hosts (read-only root file systems).'),
  ];
}

function irp(): Block[] {
  return [
    H('1. Purpose and Scope'),
    P(`This Incident Response Plan (IRP) provides ${W.csp} with a roadmap for implementing its incident response capability for ${W.cso}. It implements IR-8 and describes the structure, organization, reporting requirements and phases of incident handling for the FedRAMP Moderate system, in accordance with NIST SP 800-61 Rev. 2 and the FedRAMP Incident Communications Procedures.`),
    H('2. Incident Response Team'),
    TBL([
      ['Role', 'Primary', 'Backup'],
      ['Incident Commander', W.secLead, W.cto],
      ['Technical Lead', W.devops, W.engMgr],
      ['Communications Lead', W.cs, W.ceo],
      ['Legal', W.counsel, 'Outside counsel'],
    ]),
    H('3. Reporting Requirements'),
    UL(
      `Report incidents affecting federal data to the ${W.agencyShort} Security Operations Center and to CISA (US-CERT) within one hour of identification.`,
      'Notify the FedRAMP PMO (info@fedramp.gov) and every leveraging agency ISSO.',
      'Provide status updates at least daily until closure and a final report within 30 days.',
    ),
    H('4. Incident Handling Phases'),
    H('4.1 Preparation', 2),
    P('Tooling (Datadog Cloud SIEM, GuardDuty, CloudTrail), on-call rotation, runbooks and contact lists are maintained; the team trains annually (IR-2) and runs a tabletop exercise annually (IR-3).'),
    H('4.2 Detection and Analysis', 2),
    P('Alerts are triaged by the on-call engineer within 15 minutes. Severity is assigned using the matrix in Appendix A (SEV1 confirmed compromise of federal data through SEV4 informational).'),
    H('4.3 Containment, Eradication and Recovery', 2),
    P('Containment actions include revoking sessions in Okta, isolating pods or nodes, rotating keys and blocking indicators at the WAF. Evidence is preserved (EBS snapshots, log exports) before eradication. Recovery follows the Information System Contingency Plan when services are impacted.'),
    H('4.4 Post-Incident Activity', 2),
    P('A lessons-learned review is held within 5 business days; resulting weaknesses are added to the POA&M.'),
    H('5. Plan Maintenance'),
    P('The IRP is reviewed annually, after every SEV1/SEV2 incident, and after the annual tabletop exercise.'),
  ];
}

function fipsTable(): Block[] {
  return [
    TBL([
      ['Information Type (SP 800-60 V2 R1)', 'NIST ID', 'Confidentiality', 'Integrity', 'Availability'],
      ['Inspections and Auditing', 'C.2.8.9', 'Moderate', 'Moderate', 'Low'],
      ['Consumer Safety (food)', 'D.13.2', 'Low', 'Moderate', 'Moderate'],
      ['Workforce Management (inspector scheduling)', 'C.3.1.4', 'Low', 'Low', 'Low'],
      ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
      ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low'],
    ]),
    TBL([
      ['Security Objective', 'Overall Impact'],
      ['Confidentiality', 'Moderate'],
      ['Integrity', 'Moderate'],
      ['Availability', 'Moderate'],
      ['Overall System Security Categorization', 'MODERATE'],
    ]),
  ];
}

function scrm(): Block[] {
  return [
    H('1. Purpose'),
    P(`This Supply Chain Risk Management (SCRM) Plan describes how ${W.csp} identifies, assesses and mitigates supply chain risks to ${W.cso}. It implements SR-2 and supports SR-3, SR-5, SR-6, SR-8, SR-10, SR-11 and SR-12 of the FedRAMP Moderate baseline, following NIST SP 800-161 Rev. 1.`),
    H('2. Roles'),
    P(`The SCRM team is the Head of Security & Compliance (owner), the CTO and the finance lead who manages vendor contracts. The team meets quarterly and reports to the CEO.`),
    H('3. Critical Suppliers and Components'),
    TBL([
      ['Supplier / component', 'Criticality', 'Assurance', 'Review frequency'],
      ['AWS GovCloud (IaaS)', 'Critical', 'FedRAMP High P-ATO', 'Annual'],
      ['Okta for Government', 'Critical', 'FedRAMP Moderate', 'Annual'],
      ['Datadog for Government', 'High', 'FedRAMP Moderate', 'Annual'],
      ['Open-source packages (npm, Go modules)', 'High', 'SBOM, Trivy scanning, pinned versions', 'Every build'],
      ['Bottlerocket OS images', 'High', 'Signed AMIs from AWS', 'Monthly'],
      ['YubiKey 5 FIPS security keys', 'Medium', 'FIPS 140-2 validated, bought from the manufacturer', 'At purchase'],
    ]),
    H('4. Supplier Assessment'),
    P('New suppliers processing federal data must hold a FedRAMP authorization at Moderate or higher. Other suppliers complete the security questionnaire and are reviewed for foreign ownership, control or influence (FOCI) and for presence on the FASC exclusion and removal orders and the Section 889 prohibited list.'),
    H('5. Software Provenance and Component Authenticity'),
    P('Container images are built in GitHub Actions, signed with cosign (keyless, Fulcio), and admission-controlled in EKS so that only signed images run. An SBOM in CycloneDX format is produced for each release and retained for three years. Dependencies are pinned by hash; new direct dependencies need security review.'),
    H('6. Notification and Incident Handling'),
    P('Suppliers are contractually required to notify Fieldnote of incidents within 72 hours; supplier incidents affecting federal data are handled under the Incident Response Plan.'),
    H('7. Plan Review'),
    P('This plan is reviewed annually and when a critical supplier changes.'),
  ];
}

export async function planDocs(): Promise<EvalDoc[]> {
  const cpDocx = await toDocx({
    headings: 'bold',
    date: day('2024-12-09'),
    meta: {},
    footer: `${W.abbr} ISCP — CUI`,
    pageNumbers: true,
    blocks: [
      P('[DRAFT v0.3]', { bold: true }),
      T(`${W.cso} Information System Contingency Plan (ISCP)`),
      P(`${W.csp}  •  SSP Attachment 6  •  December 9, 2024`),
      proprietary(W.csp),
      revisionTable([
        ['2024-09-10', '0.1', 'Copied from the FedRAMP ISCP template (Moderate)', W.secLead],
        ['2024-12-09', '0.3', 'BIA results, recovery procedures for us-gov-east-1', W.devops],
      ]),
      ...iscp(),
    ],
  });
  const cpPdf = await toPdf({
    headings: 'styles',
    header: `Security & Compliance / Plans / FIC Contingency Plan (ISCP)\nCreated by ${W.secLead}, last updated Mar 12, 2025`,
    date: day('2025-03-12'),
    meta: { title: 'Security & Compliance - Plans', producer: 'Confluence' },
    blocks: [P(`Owned by ${W.secLead}  ·  6 min read`, { italic: true }), ...iscp()],
  });
  const cmpDocx = await toDocx({
    headings: 'styles',
    date: day('2025-01-17'),
    meta: { title: 'Incident Response Plan', author: W.secLead, subject: 'FedRAMP SSP attachment' },
    header: `${W.cso} — Configuration Management Plan`,
    footer: `${W.csp} Proprietary`,
    pageNumbers: true,
    blocks: [
      T('Configuration Management Plan'),
      P(`${W.cso} (${W.abbr})  —  Version 1.1  —  January 17, 2025`),
      revisionTable([
        ['2024-10-01', '1.0', 'Initial CMP', W.devops],
        ['2025-01-17', '1.1', 'Emergency change retro window, significant change criteria', W.secLead],
      ]),
      ...approvalBlock([[W.cto, 'CTO / CCB Chair'], [W.secLead, 'ISSO']]),
      ...cmp(),
    ],
  });
  const cmpMd = toMarkdown({
    headings: 'styles',
    blocks: [T('🛠️ Configuration Management Plan'), P('Status: ✅ Approved · Owner: Tomás Ibarra · Last updated Feb 27, 2025'), ...cmp()],
  });
  const irpDocx = await toDocx({
    headings: 'styles',
    date: day('2025-01-24'),
    meta: { title: 'Incident Response Plan', author: W.secLead },
    footer: 'CUI // Fieldnote Labs',
    pageNumbers: true,
    blocks: [
      T('Incident Response Plan'),
      P(`${W.cso}  |  SSP Attachment 8  |  Version 1.0`),
      revisionTable([['2025-01-24', '1.0', 'First release', W.secLead]]),
      ...irp(),
      ...approvalBlock([[W.ceo, 'System Owner'], [W.secLead, 'ISSO']]),
    ],
  });
  const irpPdf = await toPdf({
    headings: 'bold',
    date: day('2025-05-02'),
    meta: {},
    pageNumbers: true,
    blocks: [
      TBL([[`${W.cspShort.toLowerCase()} labs`, 'incident response plan', 'v1.1 — may 2025']], false),
      P('Annual review after the April tabletop exercise; changes marked in the revision table.', { italic: true }),
      revisionTable([
        ['2025-01-24', '1.0', 'First release', W.secLead],
        ['2025-05-02', '1.1', 'Tabletop lessons learned; CISA reporting form link', W.secLead],
      ]),
      ...irp(),
    ],
  });
  const fipsDocx = await toDocx({
    headings: 'styles',
    date: day('2024-11-05'),
    meta: { title: 'FIPS 199', author: W.secLead },
    blocks: [
      T('FIPS 199 Categorization'),
      P(`${W.cso} — SSP Attachment 10 — Version 1.0`),
      H('Introduction and Purpose'),
      P(`This document describes the security categorization of ${W.cso} according to FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II. The categorization determines the FedRAMP baseline that applies to the system.`),
      H('Information Types'),
      ...fipsTable(),
      H('Determination'),
      P('Applying the high-water mark across the information types, the system is categorized as MODERATE. The FedRAMP Moderate baseline applies. The agency ISSO reviewed the information types on November 5, 2024.'),
      ...approvalBlock([[W.ceo, 'System Owner'], [W.agencyIssm, `ISSM, ${W.agencyShort}`]]),
    ],
  });
  const fipsPdf = await toPdf({
    headings: 'bold',
    date: day('2025-02-11'),
    meta: { producer: 'Skia/PDF m131', title: 'FIC categorization' },
    blocks: [
      T('Security Categorization — FIPS PUB 199'),
      P(`System: ${W.cso}. Prepared by ${W.secLead}. Re-reviewed February 2025 after adding the reporting module; no change to the categorization.`),
      B('Method'),
      P('Each information type processed by the system was selected from SP 800-60 Vol. II and its provisional impact levels adjusted for the system context. SC information system = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}.'),
      ...fipsTable(),
      B('Rationale for adjustments'),
      P('Availability of inspections and auditing information was kept at Low because inspections can be recorded offline for up to 72 hours and synchronized later. Integrity of consumer safety information was kept at Moderate since altered findings could delay enforcement actions.'),
    ],
  });
  const law = await toPdf({
    headings: 'bold',
    date: day('2024-11-12'),
    meta: {},
    header: `${W.cso} — SSP Attachment 12`,
    blocks: [
      T('FedRAMP Laws and Regulations'),
      P(`The following laws, regulations, standards and guidance apply to ${W.cso} and were used in preparing the SSP and its attachments.`),
      TBL([
        ['Identification Number', 'Title', 'Date', 'Link'],
        ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'congress.gov'],
        ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002', 'congress.gov'],
        ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'justice.gov'],
        ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'whitehouse.gov'],
        ['OMB M-17-12', 'Preparing for and Responding to a Breach of Personally Identifiable Information', 'January 2017', 'whitehouse.gov'],
        ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'January 2022', 'whitehouse.gov'],
        ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', 'nist.gov'],
        ['FIPS PUB 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006', 'nist.gov'],
        ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'nist.gov'],
        ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', 'nist.gov'],
        ['NIST SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', 'December 2018', 'nist.gov'],
        ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', 'May 2010', 'nist.gov'],
        ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', 'August 2012', 'nist.gov'],
        ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'nist.gov'],
        ['NIST SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', 'May 2022', 'nist.gov'],
        ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'November 2021', 'cisa.gov'],
      ]),
      P('Agency-specific requirements: USDA Departmental Regulation 3505-003 and FSIS Directive 1300.7 apply as communicated by the agency ISSM.'),
    ],
  });
  const scrmDocx = await toDocx({
    headings: 'large',
    date: day('2025-01-31'),
    meta: { title: 'scrm-plan-v1', author: W.secLead },
    header: `${W.abbr} SCRM Plan`,
    blocks: [
      T('Supply Chain Risk Management Plan'),
      P(`${W.csp} — ${W.cso} — SSP Attachment 15 — v1.0`),
      revisionTable([['2025-01-31', '1.0', 'Initial SCRM plan', W.secLead]]),
      ...scrm(),
      ...approvalBlock([[W.ceo, 'CEO'], [W.secLead, 'ISSO']]),
    ],
  });
  const scrmMd = toMarkdown({
    headings: 'bold',
    blocks: [T('supply chain risk management plan (SR-2) — FIC'), P('Last edited by Priya Raman · Jun 2, 2025 · tags: fedramp, sr, vendors'), ...scrm()],
  });
  const sodDocx = await toDocx({
    headings: 'bold',
    date: day('2024-12-03'),
    meta: { title: 'Separation of Duties Matrix', author: W.secLead },
    blocks: [
      T('Separation of Duties Matrix'),
      P(`${W.cso} — SSP Attachment 11. The matrix lists the duties that must be performed by different individuals to reduce the risk of malevolent activity without collusion (AC-5).`),
      TBL([
        ['Function / duty', 'CEO (System Owner)', 'Head of Sec & Compliance (ISSO)', 'DevOps Lead', 'Engineers', 'Engineering Manager'],
        ['Approve production access', 'X', 'X', '', '', ''],
        ['Grant production access (Terraform)', '', '', 'X', '', ''],
        ['Review audit logs', '', 'X', '', '', ''],
        ['Administer log archive', '', 'X', '', '', ''],
        ['Develop code', '', '', '', 'X', 'X'],
        ['Approve code changes (code owner)', '', '', 'X', 'X', 'X'],
        ['Deploy to production', '', '', 'X', '', ''],
        ['Approve normal changes (CCB)', '', 'X', 'X', '', 'X'],
        ['Manage KMS key policies', '', '', 'X', '', ''],
        ['Approve KMS key policy changes', '', 'X', '', '', ''],
        ['Perform access reviews', '', 'X', '', '', 'X'],
      ]),
      P('No individual can both request and approve their own access, nor deploy code they authored without review by a code owner. Conflicts are resolved by the CTO.'),
    ],
  });
  return [
    { file: 'Copy of ISCP template.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with RTO/RPO, activation, recovery and reconstitution; draft marker above the title, no metadata.', data: cpDocx },
    { file: 'export (1).pdf', expected: 'CONTINGENCY_PLAN', note: 'Confluence PDF export of the contingency plan; title only in the breadcrumb page header; metadata title is the Confluence space.', data: cpPdf },
    { file: 'CMP_v1.1.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan (CM-9) whose stale metadata title says "Incident Response Plan".', data: cmpDocx },
    { file: 'Configuration Management Plan 3a9e2b.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Notion export of the Configuration Management Plan with an emoji in the title.', data: cmpMd },
    { file: 'v1.0.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan (IR-8) with team, reporting to agency/CISA and handling phases.', data: irpDocx },
    { file: 'doc-0419.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident response plan PDF with a lower-case title inside a table cell and no metadata.', data: irpPdf },
    { file: 'Attachment 10.docx', expected: 'FIPS_199', note: 'FIPS 199 categorization with SP 800-60 information types and Moderate determination.', data: fipsDocx },
    { file: 'doc-0388.pdf', expected: 'FIPS_199', note: 'Google Docs PDF security categorization per FIPS PUB 199 with bold-paragraph headings.', data: fipsPdf },
    { file: 'file_2024-11-12.pdf', expected: 'LAWS_AND_REGULATIONS', note: 'SSP attachment 12 list of applicable laws, regulations and standards.', data: law },
    { file: 'final (2).docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR-2) with supplier criticality table.', data: scrmDocx },
    { file: 'notion-export-7731.md', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Notion markdown of the SCRM plan with bold (non-#) headings and a lower-case title.', data: scrmMd },
    { file: 'sod.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix as a Word table of duties by role (SSP attachment 11).', data: sodDocx },
  ];
}
