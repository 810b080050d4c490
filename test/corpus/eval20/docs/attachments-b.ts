import { big, center, h1, h2, p, pageBreak, space, table, ul, type Block } from '../kit/blocks.js';
import { CSP } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { approvals, revisionHistory } from '../kit/front.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx, type Cell } from '../kit/xlsx.js';
import { at, w3c, type DocDef } from '../kit/types.js';
import { cspFront, intro } from './attach-kit.js';

function irpBlocks(): Block[] {
  return [
    h1('1 Introduction'),
    intro('Incident Response Plan', 'It implements IR-8 and describes how security incidents are detected, reported, contained, eradicated and recovered from, and how the agency, US-CERT (CISA) and the FedRAMP PMO are notified.'),
    h1('2 Incident Response Team'),
    table([['Role', 'Name', 'Responsibility'], ['Incident Commander', CSP.ciso, 'Leads response; decides on external notification'], ['IR Lead', 'Monique Baptiste', 'Coordinates analysis and containment'], ['Communications', CSP.isso, 'Notifies agency customers and CISA'], ['Legal', 'General Counsel', 'Regulatory and contractual obligations']]),
    h1('3 Incident Categories and Severity'),
    table([['Severity', 'Description', 'Initial response'], ['SEV-1', 'Confirmed compromise of federal data or of the control plane', '15 minutes'], ['SEV-2', 'Suspected compromise, malware on a system in the boundary', '1 hour'], ['SEV-3', 'Policy violation, failed attacks, lost equipment without data', '1 business day']]),
    h1('4 Incident Handling Phases'),
    h2('4.1 Preparation'),
    p('The IR team maintains playbooks for credential compromise, ransomware, data exfiltration, denial of service and insider misuse. Tooling includes the SIEM, EDR, and an isolated forensics account.'),
    h2('4.2 Detection and Analysis'),
    p('Alerts from the SIEM, GuardDuty, WAF and EDR are triaged 24x7 by the SOC. An event becomes an incident when the IR lead confirms a violation of security policy or an imminent threat.'),
    h2('4.3 Containment, Eradication and Recovery'),
    p('Containment actions are pre-authorized for SEV-1 and SEV-2 (isolate pods, revoke credentials, block IP addresses). Evidence is preserved before eradication.'),
    h2('4.4 Post-Incident Activity'),
    p('A lessons-learned review is held within 10 business days and corrective actions are tracked in the POA&M when they relate to control weaknesses.'),
    h1('5 Reporting Requirements'),
    ul('Agency customers: within 1 hour of determination, by phone and e-mail to the agency SOC and ISSO.', 'CISA (US-CERT): within 1 hour, per the FedRAMP Incident Communications Procedures.', 'FedRAMP PMO: informed with the same report when the incident affects the authorization.'),
    h1('6 Testing and Training'),
    p('The plan is tested annually with a tabletop exercise that includes the agency incident response contact; IR training is provided annually to the team.'),
  ];
}

async function irpPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [p(CSP.name), big('Incident Response Plan', 24), center(`${CSP.cso} | SSP Attachment 8 | v5.0 | March 2026`), pageBreak, ...revisionHistory([['03/16/2026', '5.0', 'Annual review; agency notification 1 hour', 'M. Baptiste']]), ...irpBlocks()],
      header: 'CCMP Incident Response Plan - CUI',
      headerFromPage2: true,
      footer: 'Page {PAGE}',
      info: { title: 'IRP', author: 'Monique Baptiste' },
    },
    at('2026-03-16'),
  );
}

async function irpDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        ...cspFront('Incident Response Plan', 'SSP Attachment 8', '4.3', 'September 30, 2025', [['09/30/2025', '4.3', 'Added ransomware playbook', 'M. Baptiste']], [['1 Introduction', '1'], ['4 Incident Handling Phases', '3'], ['5 Reporting Requirements', '6']]),
        ...irpBlocks(),
      ],
      footer: ['Incident Response Plan v4.3 | {PAGE}'],
      core: { title: 'Contingency Plan', subject: 'stale property from the ISCP document this one was copied from', creator: CSP.isso, created: w3c('2024-06-30'), modified: w3c('2025-09-30') },
    },
    at('2025-09-30'),
  );
}

const CRM_ROWS: [string, string, string][] = [
  ['AC-2', 'Shared', 'Agency administrators manage agency user accounts, review them monthly and remove them when no longer needed.'],
  ['AC-2(3)', 'Customer', 'The agency disables accounts in its identity provider after its inactivity period.'],
  ['AC-7', 'Customer', 'Unsuccessful logon attempts are enforced by the agency identity provider.'],
  ['AU-6', 'Shared', 'The agency reviews audit events exported from CCMP to its SIEM.'],
  ['IA-2(1)', 'Customer', 'MFA for agency users is enforced by the agency identity provider (PIV).'],
  ['IA-5', 'Customer', 'Authenticator management is the agency responsibility for federated users.'],
  ['PS-3', 'Customer', 'Agency users are screened by the agency.'],
  ['SC-12', 'Provider', 'Keys are managed by Cirrocloud in AWS KMS.'],
];

const CIS_ROWS: Cell[][] = [
  ['AC-1', 'X', '', '', '', '', 'X', '', '', '', '', ''],
  ['AC-2', 'X', '', '', '', '', '', '', 'X', '', '', ''],
  ['AC-2(1)', 'X', '', '', '', '', '', 'X', '', '', '', ''],
  ['AC-7', 'X', '', '', '', '', '', '', '', 'X', '', ''],
  ['AU-2', 'X', '', '', '', '', '', 'X', '', '', '', ''],
  ['PE-3', 'X', '', '', '', '', '', '', '', '', '', 'X'],
  ['SC-12', 'X', '', '', '', '', '', 'X', '', '', '', ''],
];
const CIS_HEAD = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer', 'Provided by Customer', 'Inherited'];

async function cisCrm(drift: boolean): Promise<Buffer> {
  const crmHead = ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'];
  return buildXlsx(
    {
      sheets: [
        { name: drift ? 'Read Me' : 'Instructions', rows: [[`${CSP.cso} - Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`], ['The CIS worksheet summarizes the implementation status and origination of each control. The CRM worksheet lists the responsibilities that agency customers must implement.'], ['Baseline: FedRAMP Moderate Rev. 5']] },
        { name: drift ? 'Control Impl Summary' : 'CIS Worksheet', rows: [[`${CSP.abbr} Control Implementation Summary`], [], CIS_HEAD, ...CIS_ROWS], headerRows: [3] },
        { name: drift ? 'Cust Resp Matrix' : 'CRM Worksheet', rows: [[`${CSP.abbr} Customer Responsibility Matrix`], [], crmHead, ...CRM_ROWS.map(([c, k, t]) => [c, k === 'Provider' ? 'Yes' : k === 'Shared' ? 'Partial' : 'No', t])], headerRows: [3], widths: [12, 20, 90] },
      ],
      core: drift ? { title: 'Book3', created: w3c('2026-02-10'), modified: w3c('2026-02-11') } : { title: 'SSP Appendix J - CIS and CRM Workbook', creator: 'FedRAMP', lastModifiedBy: CSP.isso, created: w3c('2024-06-01'), modified: w3c('2026-01-22') },
    },
    at(drift ? '2026-02-11' : '2026-01-22'),
  );
}

function fipsBlocks(): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p('This document describes the process used to categorize the CCMP information system in accordance with FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume I and II.'),
    h1('2 Scope'),
    p('The scope includes all information types processed, stored or transmitted by CCMP on behalf of its agency customers.'),
    h1('3 System Description'),
    p(`${CSP.cso} is a SaaS case management system used by grant oversight offices.`),
    h1('4 Methodology'),
    p('The provisional impact levels of each information type were taken from SP 800-60 Volume II and adjusted where justified; the system categorization is the high-water mark of the information types.'),
    table([
      ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'],
      ['Case Management', 'D.20.1', 'Moderate', 'Moderate', 'Moderate'],
      ['Grants Management', 'D.14.1', 'Moderate', 'Moderate', 'Low'],
      ['Personal Identity and Authentication', 'C.2.8.12', 'Moderate', 'Moderate', 'Moderate'],
      ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low'],
    ]),
    h1('5 Security Categorization'),
    p('SC CCMP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall categorization is MODERATE.'),
    ...approvals([[CSP.owner, 'System Owner', CSP.name]]),
  ];
}

async function fipsDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [center(CSP.name), big('FIPS 199 Categorization', 22), center(`${CSP.cso} | Attachment 10 | Version 1.1`), ...revisionHistory([['08/14/2025', '1.0', 'Initial', CSP.isso], ['01/22/2026', '1.1', 'Added System Development information type', CSP.isso]]), pageBreak, ...fipsBlocks()],
      header: ['CCMP FIPS 199'],
      core: { title: 'doc-0119', created: w3c('2025-08-14'), modified: w3c('2026-01-22') },
    },
    at('2026-01-22'),
  );
}

async function fipsPdf(): Promise<Buffer> {
  return buildPdf({ blocks: [big('Security Categorization (FIPS 199)', 18), center(`${CSP.abbr} - SSP Attachment 10`), space, ...fipsBlocks()], footer: '{PAGE}', info: { title: 'Attachment10', producer: 'LibreOffice 24.2' } }, at('2026-01-22'));
}

const SOD_ROWS: string[][] = [
  ['Deploy code to production', 'X', '', '', 'X', ''],
  ['Approve production change', '', 'X', '', '', ''],
  ['Create privileged accounts', '', '', 'X', '', ''],
  ['Approve privileged access', '', 'X', '', '', 'X'],
  ['Review audit logs', '', '', '', '', 'X'],
  ['Modify audit configuration', '', '', 'X', '', ''],
  ['Manage encryption keys', '', '', 'X', '', ''],
  ['Write application code', 'X', '', '', '', ''],
];
const SOD_HEAD = ['Function / Duty', 'Developer', 'Change Approver (CAB)', 'Platform Administrator', 'Release Manager', 'Security Operations'];

async function sodXlsx(): Promise<Buffer> {
  return buildXlsx(
    {
      sheets: [
        { name: 'SoD Matrix', rows: [[`${CSP.abbr} Separation of Duties Matrix`], ['Implements AC-5; conflicting duties are never assigned to the same person'], [], SOD_HEAD, ...SOD_ROWS], headerRows: [4], widths: [34, 12, 14, 14, 14, 14] },
        { name: 'Conflicts', rows: [['Duty A', 'Duty B', 'Why they conflict'], ['Write application code', 'Approve production change', 'Self-approval of own code'], ['Create privileged accounts', 'Approve privileged access', 'Self-provisioning'], ['Modify audit configuration', 'Review audit logs', 'Concealment']], headerRows: [1] },
      ],
      core: { title: 'Separation of Duties Matrix', creator: CSP.isso, created: w3c('2026-01-10'), modified: w3c('2026-01-10') },
    },
    at('2026-01-10'),
  );
}

async function sodDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        big('Separation of Duties Matrix', 20),
        center(`${CSP.cso} - SSP Appendix`),
        p('This matrix documents the separation of duties implemented for CCMP in accordance with NIST SP 800-53 AC-5. Roles with conflicting duties are assigned to different individuals; the assignment is verified during the quarterly access review.'),
        table([SOD_HEAD, ...SOD_ROWS]),
        h2('Role Assignment Rules', true),
        ul('No individual holds both the Developer and Change Approver roles.', 'Platform administrators cannot approve their own access requests.', 'Security Operations reviews administrator activity and is independent of Platform Operations.'),
      ],
      core: { title: 'upload (6)', created: w3c('2026-01-10'), modified: w3c('2026-01-10') },
    },
    at('2026-01-10'),
  );
}

const LAWS: [string, string, string, string][] = [
  ['Federal Information Security Modernization Act of 2014', 'FISMA', '44 U.S.C. 3551 et seq.', 'Public Law 113-283'],
  ['Privacy Act of 1974', 'Privacy Act', '5 U.S.C. 552a', ''],
  ['E-Government Act of 2002, Section 208', 'E-Gov Act', 'Public Law 107-347', ''],
  ['OMB Circular A-130, Managing Information as a Strategic Resource', 'A-130', '', '2016'],
  ['OMB M-17-12, Preparing for and Responding to a Breach of PII', 'M-17-12', '', '2017'],
  ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'SP 800-53', '', '2020'],
  ['NIST SP 800-37 Rev. 2, Risk Management Framework', 'SP 800-37', '', '2018'],
  ['NIST SP 800-63-3, Digital Identity Guidelines', 'SP 800-63', '', '2017'],
  ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'FIPS 140-3', '', '2019'],
  ['FIPS 199, Standards for Security Categorization', 'FIPS 199', '', '2004'],
];

async function lawsXlsx(): Promise<Buffer> {
  return buildXlsx(
    {
      sheets: [
        { name: 'Laws and Regulations', rows: [['FedRAMP Laws and Regulations'], [`Applicable to ${CSP.cso}`], [], ['Reference', 'Identification Number', 'Citation / Link', 'Date / Public Law'], ...LAWS], headerRows: [4], widths: [60, 16, 28, 18] },
        { name: 'Standards and Guidance', rows: [['Reference', 'Identification Number'], ['FedRAMP Continuous Monitoring Strategy Guide', 'FedRAMP'], ['FedRAMP Penetration Test Guidance', 'FedRAMP'], ['NIST SP 800-34 Rev. 1 Contingency Planning Guide', 'SP 800-34'], ['NIST SP 800-61 Rev. 2 Incident Handling Guide', 'SP 800-61']], headerRows: [1] },
      ],
      core: { title: 'SSP Attachment 12 - FedRAMP Laws and Regulations', creator: 'FedRAMP', created: w3c('2023-06-30'), modified: w3c('2026-01-22') },
    },
    at('2026-01-22'),
  );
}

async function lawsDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        big('Attachment 12 - Laws, Regulations, Standards and Guidance', 18),
        center(CSP.cso),
        p('The following laws, regulations, standards and guidance apply to the CCMP information system and were used in the preparation of the System Security Plan and its attachments.'),
        h2('Applicable Laws and Regulations', true),
        table([['Reference', 'Identification Number', 'Citation'], ...LAWS.map(([a, b2, c]) => [a, b2, c])]),
        h2('Applicable Standards and Guidance', true),
        ul('FedRAMP Continuous Monitoring Strategy Guide', 'FedRAMP Incident Communications Procedures', 'NIST SP 800-34 Rev. 1', 'NIST SP 800-61 Rev. 2', 'NIST SP 800-128'),
      ],
      header: ['CCMP SSP - Attachment 12'],
      core: { title: '', creator: CSP.isso, created: w3c('2026-01-22'), modified: w3c('2026-01-22') },
    },
    at('2026-01-22'),
  );
}

function scrmpBlocks(): Block[] {
  return [
    h1('1 Purpose and Scope'),
    intro('Supply Chain Risk Management Plan', 'It implements SR-2 and describes how supply chain risks to CCMP are identified, assessed, mitigated and monitored across suppliers, software components and services.'),
    h1('2 SCRM Roles'),
    table([['Role', 'Responsibility'], ['SCRM Lead (Procurement Security)', 'Maintains this plan; supplier risk assessments'], ['CISO', 'Approves risk acceptances'], ['Engineering', 'Maintains the software bill of materials (SBOM)']]),
    h1('3 Critical Suppliers and Components'),
    table([['Supplier', 'Product / Service', 'Criticality', 'Assurance'], ['Amazon Web Services', 'GovCloud IaaS', 'Critical', 'FedRAMP High P-ATO'], ['Okta', 'Workforce identity', 'High', 'FedRAMP Moderate'], ['Open source', 'Base images, libraries', 'High', 'SBOM, signature verification, scanning']]),
    h1('4 Supply Chain Controls'),
    ul('SR-3: supplier security requirements in contracts; annual supplier reviews.', 'SR-5: acquisition strategies prefer FedRAMP-authorized services and signed artifacts.', 'SR-6: supplier assessments before onboarding and annually for critical suppliers.', 'SR-8: suppliers must notify Cirrocloud of compromises within 24 hours.', 'SR-11: component authenticity through image signing (cosign) and provenance attestations.'),
    h1('5 Risk Assessment Process'),
    p('Supplier risk is scored on foreign ownership, control or influence (FOCI), security posture, criticality and concentration. High risks require a mitigation plan or a documented acceptance by the CISO.'),
    h1('6 Monitoring and Review'),
    p('The SBOM is regenerated at each build; new critical vulnerabilities in dependencies are tracked in the POA&M. This plan is reviewed annually.'),
  ];
}

async function scrmpDocx(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [...cspFront('Supply Chain Risk Management Plan', null, '1.1', 'January 22, 2026', [['01/22/2026', '1.1', 'Added SBOM procedures', 'SCRM Lead']], [['1 Purpose and Scope', '1'], ['4 Supply Chain Controls', '3']]), ...scrmpBlocks()],
      footer: ['SCRMP | {PAGE}'],
      core: { title: 'SCRMP', created: w3c('2026-01-22'), modified: w3c('2026-01-22') },
    },
    at('2026-01-22'),
  );
}

async function scrmpPdf(): Promise<Buffer> {
  return buildPdf({ blocks: [big(`${CSP.abbr} Supply Chain Risk Management Plan (SCRMP)`, 18), center(`${CSP.name} - Version 1.0 - August 2025`), space, ...scrmpBlocks()], footer: 'CUI - {PAGE}', info: { title: 'Final_v5', author: 'procurement-security' } }, at('2025-08-29'));
}

export const attachmentsB: DocDef[] = [
  { file: 'IRP_2026.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'CSP Incident Response Plan (SSP Attachment 8) PDF with team, severities, handling phases and reporting duties.', make: irpPdf },
  { file: 'Contingency_Plan_FINAL.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan whose file name and stale metadata title say Contingency Plan: content decides.', make: irpDocx },
  { file: 'Appendix J CIS CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook (SSP Appendix J) with CIS Worksheet and CRM Worksheet sheets.', make: () => cisCrm(false) },
  { file: 'Book3.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with drifted sheet names and metadata title "Book3".', make: () => cisCrm(true) },
  { file: 'doc-0119.docx', expected: 'FIPS_199', note: 'FIPS 199 Categorization (SSP Attachment 10) with information types and the security categorization statement.', make: fipsDocx },
  { file: 'Attachment10.pdf', expected: 'FIPS_199', note: 'PDF of the FIPS 199 security categorization.', make: fipsPdf },
  { file: 'SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix workbook (duties by role, conflicts sheet).', make: sodXlsx },
  { file: 'upload (6).docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Short Word version of the separation of duties matrix.', make: sodDocx },
  { file: 'Attachment 12 Laws and Regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations attachment workbook (laws sheet and standards sheet).', make: lawsXlsx },
  { file: 'doc-0620.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Word version of SSP Attachment 12 laws, regulations, standards and guidance; empty metadata title.', make: lawsDocx },
  { file: 'SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'CSP Supply Chain Risk Management Plan with suppliers, SR controls and risk process.', make: scrmpDocx },
  { file: 'Final_v5.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Earlier PDF version of the SCRM plan; Info title is a file name.', make: scrmpPdf },
];
