import type { Block } from '../kit/blocks.js';
import { bullets, pageBreak, section, table, title } from '../kit/blocks.js';
import { renderDocx } from '../kit/render-docx.js';
import { renderPdf } from '../kit/render-pdf.js';
import { renderMarkdown, renderText } from '../kit/render-text.js';
import type { EvalDoc } from '../kit/types.js';
import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import { approvals, CISO, contents, cover, CSP, distribution, ISSO, revisionHistory, SYS, SYS_ABBR } from '../kit/world.js';

type Fmt = 'docx' | 'pdf' | 'md' | 'txt';
interface Spec { file: string; expected: DeliverableType; note: string; fmt: Fmt; docTitle: string; body: Block[]; front?: 'full' | 'light' | 'none'; bold?: boolean; meta?: string }

async function render(s: Spec): Promise<EvalDoc> {
  const front: Block[] =
    s.front === 'none' ? [title(s.docTitle, 32)] :
    s.front === 'light' ? [title(s.docTitle, 32), ...revisionHistory([['01/10/2025', '2.0', 'Annual review', ISSO]])] :
    [...cover(s.docTitle, [`${SYS} (${SYS_ABBR})`, 'Version 2.1', 'January 2025']), ...revisionHistory([['01/12/2024', '1.4', 'Annual review; no material changes', ISSO], ['01/10/2025', '2.0', 'Rev 5 alignment', ISSO], ['02/03/2025', '2.1', 'Updated contacts', 'Dana Whitfield']]), ...approvals([[CISO, 'CISO'], ['Evan Lindqvist', 'System Owner']]), ...distribution([`ISSO|${CSP}`, `Platform Engineering|${CSP}`, 'Agency ISSM|HUD OCIO']), ...contents(s.body.filter((b) => b.k === 'h1').map((b) => (b.k === 'h1' ? b.text : ''))), pageBreak];
  const blocks = [...front, ...s.body];
  const opts = { meta: { title: s.meta ?? s.docTitle, creator: ISSO }, header: `${SYS_ABBR} | ${s.docTitle}`, footer: 'Controlled Unclassified Information', headingsAsBold: s.bold ?? false };
  const data = s.fmt === 'docx' ? await renderDocx(blocks, opts) : s.fmt === 'pdf' ? await renderPdf(blocks, opts) : s.fmt === 'md' ? renderMarkdown(blocks) : renderText(blocks);
  return { file: s.file, expected: s.expected, note: s.note, data };
}

const policyBody = (family: string, id: string): Block[] => [
  ...section('1. Purpose', `This document establishes the ${family} policy and the procedures that implement it for ${SYS}. It satisfies ${id}-1 of the FedRAMP Moderate baseline and is reviewed and updated annually and following significant changes.`),
  ...section('2. Scope', `The policy applies to all ${CSP} employees, contractors and systems within the ${SYS_ABBR} authorization boundary.`),
  ...section('3. Roles and Responsibilities', 'The CISO owns this policy. The ISSO maintains the procedures and coordinates reviews. System administrators implement the procedures and record evidence in ServiceNow.'),
  ...section('4. Management Commitment and Coordination', 'Executive leadership commits resources to implement the policy. The policy is coordinated with Legal, Human Resources and Engineering.'),
  ...section('5. Compliance', 'Violations are handled under the Human Resources disciplinary process. Exceptions require CISO approval and are recorded on the POA&M where a control is affected.'),
  ...section(`6. Procedures`, `${id}-2 procedure: account requests are submitted in ServiceNow, approved by the manager and the system owner, provisioned by Platform Engineering and reviewed quarterly. ${id}-3 procedure: access enforcement follows role definitions in the Separation of Duties Matrix. Review frequency: at least annually (policy) and annually (procedures).`),
];

const ugBody: Block[] = [
  ...section('1. Introduction', `This User Guide explains how agency users sign in to and use ${SYS}. It describes the security features available to customers and the configuration settings customers are responsible for, as listed in the Customer Responsibility Matrix.`),
  ...section('2. Signing In', 'Agency users sign in through their agency identity provider using SAML 2.0 single sign-on. Local passwords are disabled for agency tenants. Sessions time out after 15 minutes of inactivity.'),
  ...section('3. Managing Users and Roles', 'Tenant administrators open Settings > Users to invite counsellors, assign the Counsellor, Supervisor or Tenant Administrator role, and deactivate departed staff. Role changes are recorded in the tenant audit log.'),
  ...section('4. Working with Cases', 'Create a case from the Cases page, attach documents (PDF, DOCX, JPG up to 25 MB), and record outcomes. Documents are scanned for malware on upload.'),
  ...section('5. Security Settings for Administrators', 'Configure the IP allow list, session timeout (5 to 30 minutes), data export permissions and audit-log export to the agency SIEM.'),
  ...section('6. Getting Help', 'Contact support@larkspur-gov.com or call 1-800-555-0148. Report suspected security incidents immediately to security@larkspur-gov.com.'),
];

const privacyBody = (pia: boolean): Block[] => [
  ...section('1. System Information', `${SYS} collects, maintains and disseminates personally identifiable information (PII) about housing counselling clients on behalf of federal agency customers.`),
  ...section(pia ? '2. Characterization of the Information' : '2. Privacy Threshold Questions', pia ? 'PII collected: name, address, date of birth, last four digits of SSN, household income, phone and e-mail. Sources: the individual, through the counsellor intake interview.' : 'Does the system collect, maintain, use or disseminate PII? Yes. Does it collect SSNs? Yes (last four digits). Is it a system of records under the Privacy Act? Yes - covered by the agency SORN. A full Privacy Impact Assessment is required.'),
  ...section(pia ? '3. Uses of the Information' : '3. PTA Determination', pia ? 'Information is used to provide counselling services and to produce aggregate outcome reports required by the agency. No PII is used for testing or training.' : 'Based on the answers above, this system is privacy-sensitive and a Privacy Impact Assessment has been completed (see PIA v2.0).'),
  ...(pia ? [...section('4. Notice, Consent and Redress', 'Clients receive a Privacy Act statement at intake and may request access or correction through their counselling agency.'), ...section('5. Retention and Disposal', 'Case records are retained per the agency records schedule and purged 30 days after tenant offboarding; backups age out after 35 days.'), ...section('6. Privacy Risks and Mitigations', 'Risks of over-collection and unauthorized disclosure are mitigated by field-level minimization, role-based access, encryption and audit logging.')] : []),
];

const robBody: Block[] = [
  ...section('Purpose', `These Rules of Behavior describe the responsibilities and expected behavior of all individuals with access to ${SYS}. Users must read and sign these rules before access is granted and annually thereafter.`),
  ...section('Rules for Privileged Users', ''),
  bullets('I will use my privileged account only for administrative tasks and my standard account for e-mail and browsing.', 'I will not share credentials or security keys, and will report a lost key within one hour.', 'I will not install unapproved software or disable security tooling.', 'I will only access customer data when required for a support ticket and will record the ticket number.', 'I understand that my activity is logged and monitored.'),
  ...section('Rules for All Users', ''),
  bullets('Protect PII and CUI and do not store it outside the system.', 'Lock your screen when away.', 'Report suspected incidents to security@larkspur-gov.com immediately.'),
  ...section('Consequences of Non-Compliance', 'Violations may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.'),
  ...section('Acknowledgement', 'I have read and agree to comply with these Rules of Behavior. Name: ____________  Signature: ____________  Date: ________'),
];

const iscpBody: Block[] = [
  ...section('1. Introduction and Purpose', `This Information System Contingency Plan (ISCP) establishes procedures to recover ${SYS} following a disruption. It addresses the Activation and Notification, Recovery, and Reconstitution phases.`),
  ...section('2. Concept of Operations', 'The system runs in two availability zones in AWS GovCloud (US-West); the alternate processing site is us-gov-east-1 where AMIs, infrastructure code and encrypted database snapshots are replicated.'),
  table([['Metric', 'Value'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '1 hour']]),
  ...section('3. Activation and Notification', 'The Contingency Plan Coordinator (ISSO) activates the plan when an outage exceeds, or is expected to exceed, two hours. The call tree in Appendix A is used to notify the recovery team and agency customers.'),
  ...section('4. Recovery', 'Recovery procedures: deploy the network stack from Terraform in the alternate region, restore the database from the latest cross-region snapshot, deploy application containers from ECR replicas, and switch Route 53 records.'),
  ...section('5. Reconstitution', 'Validate data integrity, run functional tests, notify users, and fail back when the primary region is stable. Document lessons learned.'),
  ...section('6. Plan Testing and Maintenance', 'The ISCP is tested annually through a functional exercise; results are documented in the ISCP Test Report. Business Impact Analysis is reviewed annually.'),
];

const cmpBody: Block[] = [
  ...section('1. Purpose', `This Configuration Management Plan describes how ${CSP} controls changes to ${SYS}, maintains baseline configurations, and tracks configuration items.`),
  ...section('2. Configuration Control Board', 'The Change Control Board (CCB) meets weekly and is chaired by the CTO; the ISSO assesses the security impact of every normal change and identifies potential significant changes requiring an SCR to the agency.'),
  ...section('3. Baseline Configurations', 'Baselines are CIS Level 1 hardened AMIs and container base images built by Packer; deviations are documented and approved. Baselines are reviewed annually and after significant changes.'),
  ...section('4. Change Management Process', 'Standard, normal and emergency changes are requested in Jira, peer reviewed in GitHub, tested in staging, and deployed by the pipeline. Emergency changes are reviewed by the CCB within 48 hours.'),
  ...section('5. Configuration Items and Inventory', 'The inventory is maintained automatically from AWS Config and reconciled monthly with scan results; see the Integrated Inventory Workbook.'),
  ...section('6. Configuration Monitoring', 'AWS Config rules and CIS-CAT scans detect drift daily; drift is remediated or recorded as a configuration finding on the POA&M.'),
];

const irpBody: Block[] = [
  ...section('1. Introduction', `This Incident Response Plan establishes the capability to prepare for, detect, analyze, contain, eradicate and recover from security incidents affecting ${SYS}, as required by IR-8.`),
  ...section('2. Incident Response Team', 'The IRT comprises the Incident Commander (CISO), ISSO, on-call platform engineer, Legal and Communications.'),
  ...section('3. Incident Categories and Severity', 'Incidents are classified as SEV1 (confirmed compromise of federal data), SEV2 (suspected compromise), SEV3 (policy violation without data exposure).'),
  ...section('4. Reporting Requirements', 'Incidents are reported to US-CERT/CISA within one hour of identification, to the agency customer SOC and to the FedRAMP PMO (info@fedramp.gov) per the FedRAMP Incident Communications Procedures.'),
  ...section('5. Handling Procedures', 'Detection and Analysis: Splunk correlation alerts, GuardDuty findings. Containment: isolate instances via security group swap, revoke credentials. Eradication and Recovery: rebuild from golden images. Post-Incident Activity: lessons learned within 10 business days.'),
  ...section('6. Testing and Training', 'The plan is tested annually through a tabletop exercise; IR training is delivered to the IRT annually.'),
];

const scrmBody: Block[] = [
  ...section('1. Purpose and Scope', `This Supply Chain Risk Management Plan describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${SYS}, in accordance with SR-2 and NIST SP 800-161 Rev 1.`),
  ...section('2. SCRM Roles', 'The SCRM team includes Procurement, Legal, the ISSO and Engineering leads. The CISO approves critical supplier decisions.'),
  ...section('3. Supplier Criticality and Assessment', 'Suppliers are tiered by criticality. Tier 1 suppliers (cloud infrastructure, identity provider) must hold FedRAMP authorization; open-source dependencies are tracked through an SBOM generated at build time.'),
  ...section('4. Acquisition Strategies and Controls', 'Contracts include notification of compromise clauses, provenance requirements and restrictions on covered telecommunications equipment (Section 889).'),
  ...section('5. Component Authenticity and Provenance', 'Container images are signed with Cosign and verified at deploy time; dependencies are pinned and checked against known-vulnerable and counterfeit packages.'),
  ...section('6. Monitoring and Review', 'Supplier risk is reassessed annually; the plan is reviewed annually or after a supply chain incident.'),
];

const diwBody: Block[] = [
  ...section('Introduction', 'This Digital Identity Worksheet documents the digital identity levels selected for the system per NIST SP 800-63-3.'),
  table([['Digital Identity Level', 'Selection'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2']]),
  ...section('Justification', 'The system processes moderate-impact PII; potential impact of authentication errors is moderate for distress, financial loss and unauthorized release of sensitive information, so IAL2/AAL2/FAL2 are required.'),
  table([['Impact Category', 'Potential Impact Level'], ['Inconvenience, distress or damage to standing', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']]),
];

const fipsBody: Block[] = [
  ...section('FIPS 199 Categorization', `The ${SYS} is categorized according to FIPS 199 and NIST SP 800-60 Volume II. The information types and their provisional impact levels are listed below.`),
  table([['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.2.8.12 Official Information Dissemination', 'Low', 'Low', 'Low'], ['D.8.1 Housing Assistance', 'Moderate', 'Moderate', 'Low'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['D.20.4 Consumer Safety / Personal Identity', 'Moderate', 'Moderate', 'Moderate']]),
  ...section('Overall Categorization', 'Applying the high-water mark, the security categorization is SC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall system impact level is Moderate.'),
];

const lawsBody: Block[] = [
  ...section('FedRAMP Laws and Regulations', 'The following laws, regulations, standards and guidance apply to the system.'),
  table([['Identification Number', 'Title', 'Date', 'Link'], ['44 USC 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['5 USC 552a', 'Privacy Act of 1974', '12/31/1974', 'https://www.justice.gov/opcl/privacy-act-1974'], ['OMB A-130', 'Managing Information as a Strategic Resource', '07/28/2016', 'https://www.whitehouse.gov/omb'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019', 'https://csrc.nist.gov'], ['FIPS 199', 'Standards for Security Categorization', '02/01/2004', 'https://csrc.nist.gov'], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '09/23/2020', 'https://csrc.nist.gov'], ['NIST SP 800-63-3', 'Digital Identity Guidelines', '06/22/2017', 'https://csrc.nist.gov'], ['HSPD-12', 'Policy for a Common Identification Standard', '08/27/2004', 'https://www.dhs.gov']]),
];

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const specs: Spec[] = [
    { file: 'AC_Policy_Procedures_v2.1.docx', expected: 'POLICIES_AND_PROCEDURES', fmt: 'docx', docTitle: 'Access Control Policy and Procedures', body: policyBody('Access Control', 'AC'), note: 'Access Control (AC family) policy and procedures document, SSP Attachment 1.' },
    { file: 'doc-0772.pdf', expected: 'POLICIES_AND_PROCEDURES', fmt: 'pdf', docTitle: 'Audit and Accountability (AU) Policy and Procedures', body: policyBody('Audit and Accountability', 'AU'), bold: true, note: 'AU family policy and procedures in PDF, part of SSP Attachment 1.' },
    { file: 'User Guide.docx', expected: 'USER_GUIDE', fmt: 'docx', docTitle: `${SYS} User Guide`, body: ugBody, front: 'light', note: 'Customer-facing user guide describing sign-in, roles and security settings (SSP Attachment 2).' },
    { file: 'README-admins.md', expected: 'USER_GUIDE', fmt: 'md', docTitle: `${SYS_ABBR} User Guide for Agency Administrators`, body: ugBody, front: 'none', note: 'Markdown user guide for agency administrators (security features and customer settings).' },
    { file: 'doc-0205.docx', expected: 'PRIVACY_ASSESSMENT', fmt: 'docx', docTitle: 'Privacy Threshold Analysis (PTA)', body: privacyBody(false), note: 'Privacy Threshold Analysis answering PII questions and requiring a PIA (SSP Attachment 4).' },
    { file: 'LCMC_PIA_2025.pdf', expected: 'PRIVACY_ASSESSMENT', fmt: 'pdf', docTitle: 'Privacy Impact Assessment (PIA)', body: privacyBody(true), note: 'Privacy Impact Assessment of the system\'s PII collection, use, retention and risks.' },
    { file: 'RoB_signed_template.docx', expected: 'RULES_OF_BEHAVIOR', fmt: 'docx', docTitle: 'Rules of Behavior', body: robBody, front: 'light', bold: true, note: 'Rules of Behavior for privileged and general users with acknowledgement block (SSP Attachment 5).' },
    { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', fmt: 'txt', docTitle: `${SYS} Rules of Behavior`, body: robBody, front: 'none', note: 'Plain-text Rules of Behavior as sent to new administrators.' },
    { file: 'ISCP_2025.docx', expected: 'CONTINGENCY_PLAN', fmt: 'docx', docTitle: 'Information System Contingency Plan (ISCP)', body: iscpBody, note: 'Information System Contingency Plan with RTO/RPO and recovery phases (SSP Attachment 6).' },
    { file: 'Final_v7.pdf', expected: 'CONTINGENCY_PLAN', fmt: 'pdf', docTitle: 'Information System Contingency Plan', body: iscpBody, front: 'light', note: 'PDF of the ISCP (previous year) with neutral file name.' },
    { file: 'CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', fmt: 'docx', docTitle: 'Configuration Management Plan', body: cmpBody, note: 'Configuration Management Plan: CCB, baselines, change process (SSP attachment).' },
    { file: 'config-mgmt-plan.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', fmt: 'md', docTitle: `${SYS_ABBR} Configuration Management Plan`, body: cmpBody, front: 'light', note: 'Markdown Configuration Management Plan kept in the engineering wiki.' },
    { file: 'upload (4).docx', expected: 'INCIDENT_RESPONSE_PLAN', fmt: 'docx', docTitle: 'Incident Response Plan', body: irpBody, meta: 'Contingency Plan Template', note: 'Incident Response Plan (IR-8) with team, severity, reporting and handling procedures; metadata title is stale.' },
    { file: 'IRP_v3.pdf', expected: 'INCIDENT_RESPONSE_PLAN', fmt: 'pdf', docTitle: 'Incident Response Plan', body: irpBody, front: 'light', bold: true, note: 'PDF Incident Response Plan.' },
    { file: 'SCRM_Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', fmt: 'docx', docTitle: 'Supply Chain Risk Management Plan', body: scrmBody, note: 'Supply Chain Risk Management Plan (SR-2) with supplier tiers and provenance controls.' },
    { file: 'doc-0640.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', fmt: 'pdf', docTitle: 'Supply Chain Risk Management (SCRM) Plan', body: scrmBody, front: 'light', note: 'PDF SCRM plan with neutral name.' },
    { file: 'Attachment 3.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', fmt: 'docx', docTitle: 'Digital Identity Worksheet', body: diwBody, front: 'light', note: 'Digital Identity Worksheet selecting IAL2/AAL2/FAL2 with impact justification (SSP Attachment 3).' },
    { file: 'categorization.docx', expected: 'FIPS_199', fmt: 'docx', docTitle: 'FIPS 199 Categorization', body: fipsBody, front: 'light', note: 'FIPS 199 Categorization with SP 800-60 information types and high-water mark.' },
    { file: 'doc-0901.docx', expected: 'LAWS_AND_REGULATIONS', fmt: 'docx', docTitle: 'Attachment 12 - FedRAMP Laws and Regulations', body: lawsBody, front: 'none', note: 'Laws and Regulations attachment listing applicable laws, standards and guidance.' },
  ];
  const out: EvalDoc[] = [];
  for (const s of specs) out.push(await render(s));
  return out;
}
