/**
 * Hard look-alikes: documents a large CSP and its 3PAO really hold, full of FedRAMP vocabulary, that are none of the
 * deliverables (UNKNOWN).
 */
import type { Block } from '../kit.js';
import { b, buildDocx, buildPdf, buildPptx, buildXlsx, bullets, center, csv, h1, h2, p, pageBreak, Rng, small, table, title } from '../kit.js';
import { approvals, autoToc, CSO, CSO_ABBR, CSP, distribution, proprietaryNotice, revisionHistory, TPAO } from '../frontmatter.js';
import type { EvalDoc } from '../types.js';

const ISMS_REVS = [
  { date: '2023-03-01', version: '1.0', description: 'Initial ISMS policy approved by the Executive Security Council.', author: 'H. Strand' },
  { date: '2024-03-12', version: '1.1', description: 'Annual review; aligned with ISO/IEC 27001:2022 transition.', author: 'H. Strand' },
  { date: '2026-02-27', version: '2.0', description: 'Annual review; added AI usage and cloud services clauses.', author: 'P. Venkataraman' },
];

// 1. ISO 27001 Statement of Applicability (xlsx)
async function soa(): Promise<EvalDoc> {
  const ctrls: [string, string, string, string][] = [
    ['5.1', 'Policies for information security', 'Yes', 'ISMS-POL-001'],
    ['5.2', 'Information security roles and responsibilities', 'Yes', 'ISMS-STD-002'],
    ['5.7', 'Threat intelligence', 'Yes', 'SOC-PRC-011'],
    ['5.23', 'Information security for use of cloud services', 'Yes', 'ISMS-STD-019'],
    ['5.30', 'ICT readiness for business continuity', 'Yes', 'BCM-POL-001'],
    ['6.3', 'Information security awareness, education and training', 'Yes', 'HR-PRC-007'],
    ['7.4', 'Physical security monitoring', 'Yes', 'FAC-STD-003'],
    ['7.10', 'Storage media', 'Yes', 'ISMS-STD-011'],
    ['8.1', 'User endpoint devices', 'Yes', 'EUC-STD-001'],
    ['8.9', 'Configuration management', 'Yes', 'ENG-STD-021'],
    ['8.12', 'Data leakage prevention', 'Yes', 'DLP-STD-002'],
    ['8.16', 'Monitoring activities', 'Yes', 'SOC-STD-001'],
    ['8.23', 'Web filtering', 'Yes', 'NET-STD-004'],
    ['8.28', 'Secure coding', 'Yes', 'ENG-STD-030'],
    ['8.30', 'Outsourced development', 'No', 'No outsourced development within ISMS scope'],
  ];
  const data = await buildXlsx(
    [
      { name: 'Read Me', rows: [['ISO/IEC 27001:2022 Statement of Applicability'], ['Scope: the ISMS of Meridian Global Technologies covering the design, development and operation of Meridian SaaS products (commercial and Gov), corporate IT and the Reston and Austin offices.'], ['For each Annex A control state whether it is applicable, the justification for inclusion or exclusion, and its implementation status. Approved by the Executive Security Council on 2026-03-05.']], boldRows: [1] },
      { name: 'SoA', rows: [['Annex A Control', 'Control Title', 'Applicable', 'Justification for Inclusion / Exclusion', 'Implemented', 'Reference Document'], ...ctrls.map(([id, t, a, ref]) => [`A.${id}`, t, a, a === 'Yes' ? 'Risk treatment plan RTP-2026; contractual and legal requirements' : 'Excluded', a === 'Yes' ? 'Fully' : 'N/A', ref])], boldRows: [1], freezeRow: 1 },
      { name: 'Change Log', rows: [['Date', 'Change', 'By'], ['2026-03-05', 'Annual update after surveillance audit', 'H. Strand']], boldRows: [1] },
    ],
    { title: 'SoA', creator: 'Helen Strand', company: CSP },
  );
  return { file: 'SoA_2026.xlsx', expected: 'UNKNOWN', data, note: 'ISO/IEC 27001:2022 Statement of Applicability (Annex A controls), a certification artifact of another framework.' };
}

// 2. ISMS information security policy (ISO, corporate)
async function ismsPolicy(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1 Purpose'),
    p(`This policy sets out the commitment of ${CSP} to information security and establishes the framework of the Information Security Management System (ISMS) in accordance with clause 5.2 of ISO/IEC 27001:2022. It applies across the company and all its subsidiaries.`),
    h1('2 Scope'),
    p('The ISMS scope is defined in ISMS-DOC-001 (ISMS Scope Statement). It includes all products, corporate functions, offices and personnel.'),
    h1('3 Information Security Objectives'),
    bullets('Maintain ISO/IEC 27001 certification without major nonconformities.', 'Achieve 98% completion of annual awareness training.', 'Close high-rated internal audit findings within 60 days.', 'Keep customer-impacting security incidents below two per year.'),
    h1('4 Leadership and Commitment'),
    p('Top management demonstrates leadership by approving this policy, providing resources, assigning the ISMS Manager role and reviewing ISMS performance at the quarterly management review (clause 9.3).'),
    h1('5 Risk Management'),
    p('Information security risks are assessed annually and on significant change following ISMS-PRC-004 (Risk Assessment and Treatment). Risk treatment decisions are recorded in the risk treatment plan and the Statement of Applicability.'),
    h1('6 Continual Improvement'),
    p('Nonconformities from internal audits, certification audits and incidents are recorded in the corrective action log and analyzed for root cause (clause 10.2).'),
    h1('7 Compliance'),
    p('Compliance with this policy is mandatory. Exceptions require approval by the ISMS Manager and are recorded in the exception register for up to twelve months.'),
  ];
  const data = await buildDocx(
    [title('Information Security Policy', 24), center('ISMS-POL-001 | Version 2.0 | Classification: Internal', true), ...revisionHistory(ISMS_REVS), ...approvals([['Robert Hale', 'Chief Executive Officer'], ['Priya Venkataraman', 'CISO and ISMS Owner']]), pageBreak, ...autoToc(['1 Purpose', '2 Scope', '3 Information Security Objectives', '4 Leadership and Commitment', '5 Risk Management', '6 Continual Improvement', '7 Compliance'], 3, 1), ...body],
    { title: 'ISMS-POL-001', creator: 'Helen Strand', company: CSP },
    { header: 'Meridian ISMS', footer: 'Internal', pageNumbers: true },
  );
  return { file: 'ISMS-POL-001 Information Security Policy.docx', expected: 'UNKNOWN', data, note: 'Corporate ISO 27001 ISMS top-level policy (clause 5.2); a policy of another framework, not the FedRAMP policies-and-procedures attachment.' };
}

// 3. SOC 2 Type II excerpt (pdf), misleading name
async function soc2(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title(`${CSP}`, 16),
    title('System and Organization Controls (SOC) 2 Type II Report', 20),
    center('Report on Meridian Cloud Products Relevant to Security, Availability and Confidentiality'),
    center('For the period October 1, 2025 to March 31, 2026'),
    small('EXCERPT - Sections I and IV only. Provided under NDA to customer vendor-risk teams.'),
    pageBreak,
    h1('Section I: Independent Service Auditor\'s Report'),
    p(`To the Management of ${CSP}:`),
    p('Scope. We have examined Meridian\'s accompanying description of its Meridian Cloud Products system titled "Meridian\'s Description of Its Meridian Cloud Products System" throughout the period October 1, 2025 to March 31, 2026 based on the criteria for a description of a service organization\'s system in DC section 200, 2018 Description Criteria, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that Meridian\'s service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability and confidentiality set forth in TSP section 100, 2017 Trust Services Criteria.'),
    p('Complementary user entity controls. The description indicates that certain complementary user entity controls (CUECs) are necessary, along with controls at Meridian, to achieve Meridian\'s service commitments and system requirements.'),
    p('Opinion. In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period, and the controls stated in the description were suitably designed and operated effectively throughout the period.'),
    p('Hallett & Crane LLP\nMcLean, Virginia\nMay 15, 2026'),
    pageBreak,
    h1('Section IV: Trust Services Criteria, Related Controls and Tests of Controls'),
    table([
      ['Criteria', 'Control Activity', 'Test Performed by the Service Auditor', 'Results'],
      ['CC6.1', 'Logical access to production requires SSO with MFA.', 'Inspected IdP configuration; observed login attempt without MFA being denied.', 'No exceptions noted.'],
      ['CC6.2', 'Access requests are approved before provisioning.', 'For a sample of 25 new hires, inspected approved tickets.', 'No exceptions noted.'],
      ['CC6.3', 'Access is removed within one business day of termination.', 'For a sample of 25 terminations, compared HR and IdP dates.', 'Exception noted: 1 of 25 removed after 3 days.'],
      ['CC7.1', 'Vulnerability scans are performed monthly.', 'Inspected scan schedules and reports for a sample of 3 months.', 'No exceptions noted.'],
      ['CC8.1', 'Changes are approved by the CAB before deployment.', 'For a sample of 40 changes, inspected approvals.', 'No exceptions noted.'],
      ['A1.2', 'Backups are replicated to a second region daily.', 'Inspected backup job configuration and logs.', 'No exceptions noted.'],
    ]),
    p('Management\'s response to the CC6.3 exception: the late removal was caused by a delayed HR feed; automated suspension on the termination event was implemented in April 2026.'),
  ];
  const data = await buildPdf(blocks, { title: 'SOC 2 Type II - Meridian Cloud Products - FY26 H1', creator: 'Hallett & Crane LLP' }, { header: 'Meridian Global Technologies - SOC 2 Type II', footer: 'Confidential - Restricted Use', pageNumbers: true });
  return { file: 'SAR_2026.pdf', expected: 'UNKNOWN', data, note: 'SOC 2 Type II report excerpt (auditor opinion and tests of controls) under a misleading SAR file name; an AICPA report, not a FedRAMP SAR.' };
}

// 4. Internal audit report (docx)
async function internalAudit(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1 Executive Summary'),
    p('Internal Audit performed a review of the change management process for the Meridian SaaS platforms (commercial and Gov) between May 4 and June 12, 2026, as part of the 2026 risk-based internal audit plan approved by the Audit Committee. The overall rating is "Needs Improvement".'),
    table([['Overall Rating', 'High findings', 'Medium findings', 'Low findings'], ['Needs Improvement', '0', '2', '3']]),
    h1('2 Background and Scope'),
    p('Meridian deploys approximately 1,400 changes per month. The review covered change classification, CAB approval, emergency changes, segregation between authors and approvers, and post-implementation review. Out of scope: the FedRAMP annual assessment (performed by the 3PAO) and SOC 2 testing (performed by the external auditor).'),
    h1('3 Detailed Observations'),
    h2('Observation 1 (Medium): Emergency changes not retroactively reviewed'),
    p('For 6 of 20 sampled emergency changes, no retroactive CAB review was documented within five business days as required by CHG-STD-002.'),
    p('Management Action Plan: The Change Manager will add an automated reminder and a weekly report of unreviewed emergency changes. Owner: A. Ribeiro. Target date: 2026-09-30.'),
    h2('Observation 2 (Medium): Standard change catalog not reviewed'),
    p('The standard change catalog was last reviewed in 2024; 11 templates reference decommissioned systems.'),
    p('Management Action Plan: Catalog review and clean-up. Owner: Platform Engineering. Target date: 2026-10-31.'),
    h2('Observation 3 (Low): Post-implementation reviews inconsistently recorded'),
    p('Management Action Plan: Make the PIR field mandatory for failed changes. Owner: Change Manager. Target date: 2026-08-31.'),
    h1('4 Rating Definitions'),
    table([['Rating', 'Definition'], ['Satisfactory', 'Controls are adequately designed and operating effectively.'], ['Needs Improvement', 'Some weaknesses exist that require management attention.'], ['Unsatisfactory', 'Significant weaknesses; immediate action required.']]),
  ];
  const data = await buildDocx(
    [center('MERIDIAN GLOBAL TECHNOLOGIES - INTERNAL AUDIT', true), title('Internal Audit Report IA-2026-07', 22), center('Change Management Process Review'), ...distribution([['Audit Committee', 'Board of Directors'], ['Chief Technology Officer', 'Auditee'], ['CISO', 'Information'], ['External Auditor', 'Information']]), pageBreak, ...body],
    { title: 'Audit Report Template v4', creator: 'Internal Audit', company: CSP },
    { header: 'Internal Audit - Confidential', pageNumbers: true },
  );
  return { file: 'IA-2026-07.docx', expected: 'UNKNOWN', data, note: 'Internal audit report with findings and management action plans; not a 3PAO SAR nor a POA&M.' };
}

// 5. SIG Lite (xlsx)
async function sigLite(): Promise<EvalDoc> {
  const qs: [string, string, string, string][] = [
    ['A.1', 'Is there a formalized enterprise risk governance plan approved by management?', 'Yes', 'ERM charter approved by the Board, reviewed annually.'],
    ['B.1', 'Is there an information security policy approved by management and communicated to constituents?', 'Yes', 'ISMS-POL-001.'],
    ['C.1', 'Is there a risk assessment program that has been approved by management?', 'Yes', ''],
    ['D.1', 'Is there an asset management policy?', 'Yes', 'Assets tracked in ServiceNow CMDB.'],
    ['F.1', 'Are there physical security controls for all secured facilities?', 'Yes', 'Data center controls inherited from cloud provider.'],
    ['G.1', 'Are operating procedures documented and maintained?', 'Yes', ''],
    ['H.1', 'Is multi-factor authentication required for remote access?', 'Yes', 'FIDO2 for administrators.'],
    ['J.1', 'Is there an incident management program?', 'Yes', 'Notification to customers within 72 hours (commercial).'],
    ['K.1', 'Is there a business continuity program?', 'Yes', 'Annual DR test.'],
    ['L.1', 'Is there a compliance program? List certifications.', 'Yes', 'ISO 27001, SOC 2 Type II, FedRAMP Moderate (Gov only), HIPAA attestation.'],
    ['N.1', 'Are vulnerability scans performed against internal and external networks?', 'Yes', 'Monthly authenticated scanning.'],
    ['P.1', 'Is there a privacy program?', 'Yes', 'DPO appointed; GDPR Article 30 records maintained.'],
  ];
  const data = await buildXlsx(
    [
      { name: 'Instructions', rows: [['Standardized Information Gathering (SIG) Lite 2026'], ['Respondent: complete every question on the SIG Lite tab. Responses must be Yes, No or N/A; use Additional Information for context. Return to the requesting organization\'s third-party risk team.'], ['Requesting organization: Northbridge Mutual Insurance (Third Party Risk Management)']], boldRows: [1] },
      { name: 'Business Information', rows: [['Company Name', CSP], ['Product / Service in scope', 'Meridian Workforce Cloud (commercial edition)'], ['Contact', 'trust@meridian-global.example'], ['Date completed', '2026-07-14']] },
      { name: 'SIG Lite', rows: [['Ques Num', 'Question/Request', 'Response', 'Additional Information'], ...qs], boldRows: [1] },
    ],
    { title: 'SIG Lite 2026', creator: 'Trust Team', company: CSP },
  );
  return { file: 'Northbridge_SIG_Lite_Response.xlsx', expected: 'UNKNOWN', data, note: 'Shared Assessments SIG Lite vendor risk questionnaire answered for a commercial customer.' };
}

// 6. CAIQ v4 (csv)
function caiq(): EvalDoc {
  const rows: string[][] = [
    ['Question ID', 'Question', 'CSP CAIQ Answer', 'SSRM Control Ownership', 'CSP Implementation Description (Optional/Recommended)', 'CCM Control ID'],
    ['A&A-01.1', 'Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'CSP-owned', 'Internal audit charter and annual audit plan.', 'A&A-01'],
    ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', 'Yes', 'CSP-owned', 'ISO 27001 surveillance, SOC 2 Type II, FedRAMP annual assessment by a 3PAO.', 'A&A-02'],
    ['AIS-01.1', 'Are application security policies and procedures established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'CSP-owned', 'ENG-STD-030 Secure Coding Standard.', 'AIS-01'],
    ['BCR-08.1', 'Is cloud data periodically backed up?', 'Yes', 'Shared CSP and CSC', 'Daily encrypted backups; customers export their own data.', 'BCR-08'],
    ['CEK-03.1', 'Are data at-rest and in-transit cryptographically protected using cryptographic libraries certified to approved standards?', 'Yes', 'CSP-owned', 'FIPS 140-3 validated modules in Gov regions.', 'CEK-03'],
    ['DSP-07.1', 'Are systems, products, and business practices based on security principles by design?', 'Yes', 'CSP-owned', '', 'DSP-07'],
    ['IAM-14.1', 'Are strong authentication capabilities implemented?', 'Yes', 'Shared CSP and CSC', 'SSO via SAML; MFA enforced.', 'IAM-14'],
    ['LOG-05.1', 'Are security-related events monitored?', 'Yes', 'CSP-owned', '24x7 SOC.', 'LOG-05'],
    ['SEF-08.1', 'Are points of contact maintained for applicable regulation authorities?', 'Yes', 'CSP-owned', '', 'SEF-08'],
    ['TVM-07.1', 'Are processes for vulnerability identification defined and implemented?', 'Yes', 'CSP-owned', 'Monthly authenticated scans, annual penetration test.', 'TVM-07'],
  ];
  return { file: 'caiq_v4.0.3_meridian.csv', expected: 'UNKNOWN', data: `Consensus Assessments Initiative Questionnaire v4.0.3,,,,,\r\n${CSP} - Meridian Workforce Cloud,,,,,\r\n` + csv(rows), note: 'CSA CAIQ v4 self-assessment exported to CSV; a vendor questionnaire, not a FedRAMP deliverable.' };
}

// 7. ADR (markdown)
function adr(): EvalDoc {
  return {
    file: '0042-aws-lc-fips.md',
    expected: 'UNKNOWN',
    note: 'Architecture decision record about FIPS TLS termination; engineering record that mentions SSP and SCR but is none of them.',
    data: `# ADR-0042: Terminate TLS with the AWS-LC FIPS provider in the Gov ingress

- Status: Accepted
- Date: 2026-04-21
- Deciders: Platform Architecture Review Board (J. Park, A. Ribeiro, S. Raman, L. Chen)
- Technical story: PLAT-7731

## Context and Problem Statement

The Gov ingress controllers for ${CSO} terminate TLS with the default OpenSSL build shipped in the upstream
ingress-nginx image. That build is not a FIPS 140-3 validated module, which the SSP (SC-13) claims for all data in
transit. The 3PAO noted the gap informally during the 2026 annual assessment kick-off. We need a path that keeps
the ingress controller supportable and uses a validated module.

## Decision Drivers

* SC-8/SC-13: validated cryptography for data in transit
* Operational simplicity: one ingress image for commercial and Gov
* Performance: p99 handshake latency budget of 25 ms

## Considered Options

1. Rebuild ingress-nginx against the OpenSSL 3 FIPS provider
2. Replace ingress-nginx with Envoy built with AWS-LC FIPS
3. Terminate TLS at the ALB only and run plaintext inside the VPC

## Decision Outcome

Chosen option: **2 — Envoy with AWS-LC FIPS**, because AWS-LC FIPS has an active CMVP certificate, Envoy is already
used by the service mesh, and option 3 would violate the internal encryption requirement.

### Consequences

* Good: one validated module for ingress and mesh.
* Bad: ingress annotations must be migrated (about 140 ingress objects).
* The ISSO will assess whether the change is significant; if so, a significant change request will be filed with
  the agency before rollout, and the SSP and inventory will be updated afterwards.

## Links

* Supersedes ADR-0017
* Related: RFC "Gov ingress migration plan" (Confluence PLAT/RFC-208)
`,
  };
}

// 8. CAB minutes (docx)
async function cabMinutes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Change Advisory Board (CAB) - Meeting Minutes', 18),
    table([['Date', 'Thursday, August 20, 2026, 10:00-11:00 ET'], ['Chair', 'Ana Ribeiro (Change Manager)'], ['Attendees', 'J. Park, S. Raman (ISSO), L. Chen, M. Okoro, R. Singh, T. Nguyen (Service Desk)'], ['Apologies', 'M. Delgado']], false),
    h2('1. Review of previous actions'),
    bullets('ACT-0811-1 (closed): rollback plan template updated to include database snapshots.', 'ACT-0811-2 (open): confirm maintenance window with agency ConMon contact - S. Raman.'),
    h2('2. Changes reviewed'),
    table([
      ['Change', 'Summary', 'Risk', 'Security impact (ISSO)', 'Decision'],
      ['CHG0041187', 'Roll EKS node groups to AMI 2026.08 (kernel patch)', 'Low', 'Remediates POA&M V-20260104; not significant', 'Approved'],
      ['CHG0041201', 'Increase RDS storage autoscaling limit', 'Low', 'No impact', 'Approved'],
      ['CHG0041215', 'Migrate ingress to Envoy with AWS-LC FIPS (ADR-0042)', 'High', 'Potentially significant; ISSO to prepare SCR for agency', 'Deferred pending agency decision'],
      ['CHG0041222', 'New Splunk index for WAF logs', 'Low', 'Improves AU-6; not significant', 'Approved'],
    ]),
    h2('3. Emergency changes since last CAB'),
    p('One emergency change (CHG0041175) was implemented on August 14 to block an abusive IP range at the WAF. Retroactive review completed; no further action.'),
    h2('4. Forward schedule of change'),
    p('Change freeze for the annual assessment window does not apply this month. Next freeze: December 18 - January 4.'),
    h2('5. Actions'),
    table([['ID', 'Action', 'Owner', 'Due'], ['ACT-0820-1', 'Draft significant change request for CHG0041215', 'S. Raman', '2026-08-28'], ['ACT-0820-2', 'Update forward schedule on SharePoint', 'A. Ribeiro', '2026-08-21']]),
    small('Minutes recorded by T. Nguyen. Next CAB: August 27, 2026.'),
  ];
  const data = await buildDocx(blocks, { title: 'CAB Minutes', creator: 'Thanh Nguyen', company: CSP }, { header: 'Meridian Change Management', headings: 'bold' });
  return { file: 'CAB_2026-08-20.docx', expected: 'UNKNOWN', data, note: 'Change Advisory Board minutes mentioning POA&M items and a future SCR; meeting minutes, not a change request form.' };
}

// 9. Capacity plan (pdf), misleading name
async function capacityPlan(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title(`${CSO_ABBR} Capacity Plan FY2027`, 22),
    center('Site Reliability Engineering | Prepared for the Technology Investment Committee'),
    ...revisionHistory([{ date: '2026-07-01', version: '0.3', description: 'Draft for finance review', author: 'L. Chen' }, { date: '2026-07-22', version: '1.0', description: 'Approved', author: 'L. Chen' }]),
    pageBreak,
    h1('1 Summary'),
    p('Active users grew 38% year over year. At current growth the US-West EKS cluster will reach 75% sustained CPU utilization in February 2027 and the primary RDS instance will exhaust provisioned IOPS in April 2027. This plan requests funding for the growth below and for reserved instance purchases.'),
    h1('2 Demand Forecast'),
    table([['Quarter', 'Active users (k)', 'API requests/day (M)', 'Storage (TB)'], ['FY26 Q4', '412', '96', '38'], ['FY27 Q1', '455', '108', '42'], ['FY27 Q2', '501', '121', '47'], ['FY27 Q3', '552', '135', '52'], ['FY27 Q4', '607', '151', '58']]),
    h1('3 Compute'),
    table([['Cluster', 'Current nodes', 'Peak CPU', 'Nodes needed FY27 Q4', 'Instance type'], ['mwc-prod-w', '48', '63%', '66', 'm6i.2xlarge'], ['mwc-prod-e', '16', '22%', '24', 'm6i.2xlarge']]),
    h1('4 Database'),
    p('Move the primary database from db.r6i.4xlarge to db.r6i.8xlarge in FY27 Q2 and migrate storage to io2 with 40k IOPS. Read replicas will absorb reporting queries.'),
    h1('5 Cost'),
    table([['Item', 'FY27 cost (USD)'], ['Compute growth', '612,000'], ['Database', '288,000'], ['Storage and backup', '94,000'], ['Reserved instance savings', '-205,000'], ['Total', '789,000']]),
    h1('6 Risks'),
    bullets('Growth of a single large agency tenant could advance the timeline by one quarter.', 'Instance type changes that alter the boundary are reviewed by the ISSO under the change process.'),
  ];
  const data = await buildPdf(blocks, { title: 'Capacity Plan FY27', creator: 'Lin Chen' }, { header: `${CSO_ABBR} Capacity Plan`, footer: 'Internal', pageNumbers: true });
  return { file: 'Inventory_2026Q3.pdf', expected: 'UNKNOWN', data, note: 'SRE capacity plan with node counts and costs under a misleading inventory file name.' };
}

// 10. CMDB hardware asset register export (csv), misleading name
function cmdb(): EvalDoc {
  const rng = new Rng(1301);
  const models = [['Computer', 'Dell Latitude 7450'], ['Computer', 'Apple MacBook Pro 14 (M3)'], ['Monitor', 'Dell P2725H'], ['Mobile Device', 'Apple iPhone 15'], ['Printer', 'HP LaserJet M611']];
  const people = ['Ana Ribeiro', 'Jun Park', 'Lin Chen', 'Samantha Raman', 'Marcus Delgado', 'Thanh Nguyen', 'Rita Singh', 'Owen Blake'];
  const rows: (string | number)[][] = [['asset_tag', 'display_name', 'model_category', 'model', 'serial_number', 'assigned_to', 'department', 'location', 'install_status', 'substatus', 'cost', 'purchase_date', 'warranty_expiration', 'cost_center']];
  for (let i = 0; i < 40; i++) {
    const [cat, model] = rng.pick(models) as [string, string];
    const tag = `MGT-${String(10400 + i * 7)}`;
    rows.push([tag, `${tag} - ${model}`, cat, model, rng.hex(10).toUpperCase(), cat === 'Printer' ? '' : rng.pick(people), rng.pick(['Engineering', 'Security', 'Finance', 'Customer Success']), rng.pick(['Reston HQ - Floor 9', 'Austin - Bldg 2', 'Remote']), rng.pick(['In use', 'In use', 'In stock', 'Retired']), '', cat === 'Computer' ? 2149 : cat === 'Monitor' ? 319 : 899, `2024-${String(rng.int(1, 12)).padStart(2, '0')}-15`, `2027-${String(rng.int(1, 12)).padStart(2, '0')}-15`, `CC-${rng.int(4100, 4190)}`]);
  }
  return { file: 'integrated-inventory.csv', expected: 'UNKNOWN', data: csv(rows), note: 'ServiceNow hardware asset (alm_hardware) export of end-user laptops, monitors and phones with costs; a CMDB extract, not the FedRAMP inventory workbook, despite the name.' };
}

// 11. 3PAO proposal / statement of work (docx)
async function sow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(TPAO, true),
    title('Proposal and Statement of Work', 22),
    center(`FedRAMP Annual Assessment Services for ${CSP} - ${CSO}`),
    center('Proposal No. BAP-2026-118 | Valid for 60 days | February 9, 2026'),
    ...proprietaryNotice(TPAO),
    pageBreak,
    h1('1 Understanding of Requirements'),
    p(`${CSP} requires a FedRAMP-recognized 3PAO to perform the 2026 annual assessment of ${CSO}, authorized at the Moderate impact level by the Federal Maritime Logistics Administration.`),
    h1('2 Scope of Services'),
    bullets('Kick-off and documentation review', 'Preparation of the Security Assessment Plan (SAP) for agency approval', 'Control testing of the annual control set', 'Vulnerability scanning and penetration testing per FedRAMP guidance', 'Preparation of the Security Assessment Report (SAR) and out-brief', 'Review of POA&M closure evidence'),
    h1('3 Deliverables and Schedule'),
    table([['Deliverable', 'Target week'], ['Draft SAP', 'Week 2'], ['Final SAP', 'Week 4'], ['Testing complete', 'Week 8'], ['Draft SAR', 'Week 11'], ['Final SAR', 'Week 13']]),
    h1('4 Pricing'),
    table([['Line item', 'Hours', 'Rate (USD)', 'Amount (USD)'], ['Assessment lead', '220', '265', '58,300'], ['Assessors (2)', '480', '215', '103,200'], ['Penetration testing', '200', '245', '49,000'], ['QA and report production', '80', '190', '15,200'], ['Total (firm fixed price)', '', '', '225,700']]),
    h1('5 Assumptions'),
    bullets('Testing is performed remotely except for one on-site day in Reston, VA.', 'The CSP provides evidence within three business days of request.', 'Retesting beyond one round is billed at the rates above.'),
    h1('6 Terms'),
    p('Payment terms net 30. This proposal is governed by the Master Services Agreement between the parties dated March 1, 2024. Acceptance is indicated by signature below or by purchase order.'),
    table([['For Brightline Assurance Partners', 'For Meridian Global Technologies'], ['Anthony Mireles, Managing Director', 'Name / Title'], ['Signature / Date', 'Signature / Date']]),
  ];
  const data = await buildDocx(blocks, { title: 'Proposal Template 2026', creator: 'Anthony Mireles', company: TPAO }, { footer: 'Brightline Confidential', pageNumbers: true });
  return { file: 'BAP-2026-118.docx', expected: 'UNKNOWN', data, note: '3PAO commercial proposal/SOW (scope, schedule, pricing) that promises a SAP and SAR but is a contract document.' };
}

// 12. ERM risk register (xlsx)
async function riskRegister(): Promise<EvalDoc> {
  const risks: (string | number)[][] = [
    ['ERM-001', 'Loss of key engineering personnel', 'Operational', 3, 4, 12, 'Retention bonuses; succession plans', 2, 'CTO', 'Mitigate', '2026-10-01'],
    ['ERM-004', 'Foreign exchange exposure on EU revenue', 'Financial', 4, 3, 12, 'Hedging program', 6, 'CFO', 'Mitigate', '2026-09-15'],
    ['ERM-007', 'Loss or suspension of FedRAMP authorization for the Gov product line', 'Compliance', 2, 5, 10, 'Dedicated ConMon team; 3PAO readiness reviews', 5, 'CISO', 'Mitigate', '2026-12-01'],
    ['ERM-009', 'Major cloud provider regional outage', 'Operational', 2, 4, 8, 'Multi-region warm standby', 4, 'VP SRE', 'Mitigate', '2026-11-01'],
    ['ERM-012', 'Ransomware affecting corporate IT', 'Cyber', 3, 5, 15, 'EDR, immutable backups, tabletop exercises', 6, 'CISO', 'Mitigate', '2026-10-15'],
    ['ERM-015', 'Customer concentration: top 3 customers > 30% ARR', 'Strategic', 3, 3, 9, 'Diversification plan', 6, 'CRO', 'Accept', '2027-01-15'],
    ['ERM-018', 'New state privacy laws increase compliance cost', 'Compliance', 4, 2, 8, 'Privacy program roadmap', 4, 'General Counsel', 'Accept', '2026-12-31'],
  ];
  const data = await buildXlsx(
    [
      { name: 'Guidance', rows: [['Enterprise Risk Register - FY2026'], ['Scoring: Likelihood (1-5) x Impact (1-5) = Inherent score. Residual score after existing controls. Risks scoring 12+ are reported to the Audit Committee quarterly.'], ['Owner: Enterprise Risk Management Office']], boldRows: [1] },
      { name: 'Register', rows: [['Risk ID', 'Risk Title', 'Category', 'Likelihood', 'Impact', 'Inherent Score', 'Key Controls', 'Residual Score', 'Risk Owner', 'Treatment', 'Next Review'], ...risks], boldRows: [1], freezeRow: 1 },
      { name: 'Heat Map', rows: [['Impact \\ Likelihood', '1', '2', '3', '4', '5'], ['5', '', 'ERM-007', 'ERM-012', '', ''], ['4', '', 'ERM-009', 'ERM-001', '', ''], ['3', '', '', 'ERM-015', 'ERM-004', ''], ['2', '', '', '', 'ERM-018', '']], boldRows: [1] },
    ],
    { title: 'ERM Register', creator: 'ERM Office', company: CSP },
  );
  return { file: 'ERM_Register_FY26_Q3.xlsx', expected: 'UNKNOWN', data, note: 'Enterprise risk register (strategic/financial/compliance risks with scores and owners); not a POA&M.' };
}

// 13. Steering committee deck (pptx)
async function deck(): Promise<EvalDoc> {
  const data = await buildPptx(
    [
      { title: 'FedRAMP Program - Executive Steering Committee', bullets: ['Q3 FY2026 update', 'Presented by Helen Strand, Director GRC', 'September 10, 2026'] },
      { title: 'Where we are', bullets: [`${CSO_ABBR}: FedRAMP Moderate, Agency ATO (FMLA), 3 leveraging agencies`, 'MAG: Low, package in PMO review', '2026 annual assessment complete - SAR delivered July 17, no open highs'] },
      { title: 'Continuous monitoring health', bullets: ['POA&M: 14 open items (0 overdue), down from 22 in Q2', 'Monthly scans delivered on time 9/9 months', 'Two deviation requests pending agency decision'] },
      { title: 'Upcoming changes', bullets: ['Ingress migration to FIPS Envoy - significant change request in preparation', 'US-East region live since May (SCR-2026-03 approved)'] },
      { title: 'Asks', bullets: ['Approve 2 additional ConMon analysts (FY27 budget)', 'Sponsor executive outreach to two prospective agencies', 'Decision: pursue FedRAMP High for MWC in FY28?'] },
    ],
    { title: 'Steering Committee Q3', creator: 'Helen Strand', company: CSP },
  );
  return { file: 'ESC_Q3_FY26.pptx', expected: 'UNKNOWN', data, note: 'Executive steering committee slide deck on the FedRAMP program status; a presentation, not a deliverable.' };
}

// 14. Job description (docx)
async function jobDescription(): Promise<EvalDoc> {
  const blocks: Block[] = [
    b('Job Title: Senior GRC Analyst - FedRAMP Continuous Monitoring'),
    table([['Requisition', 'R-2026-0873'], ['Department', 'Security / Governance, Risk and Compliance'], ['Location', 'Reston, VA (hybrid) or Remote US'], ['Clearance', 'Public Trust eligible'], ['Reports to', 'Director, GRC']], false),
    h2('About the role'),
    p('Meridian is looking for a Senior GRC Analyst to own the monthly FedRAMP continuous monitoring cycle for our Gov products. You will work with engineering, the SOC and our 3PAO to keep our authorizations in good standing.'),
    h2('What you will do'),
    bullets('Prepare the monthly ConMon package: POA&M updates, scan result analysis, inventory reconciliation.', 'Draft deviation requests and significant change requests and present them to agency reviewers.', 'Maintain the System Security Plan and its attachments, including the ISCP, IRP and CMP.', 'Coordinate the annual assessment with the 3PAO: evidence collection, SAP review, SAR remediation.'),
    h2('What you bring'),
    bullets('5+ years in security compliance, including 3+ years with FedRAMP or FISMA.', 'Working knowledge of NIST SP 800-53 Rev 5 and OSCAL.', 'CISSP, CISA or CRISC preferred.'),
    h2('Compensation and benefits'),
    p('Salary range: $132,000 - $168,000 plus bonus and equity. Benefits include medical, dental, 401(k) match and 20 days PTO. Meridian is an equal opportunity employer.'),
  ];
  const data = await buildDocx(blocks, { title: 'JD Template', creator: 'Talent Acquisition', company: CSP }, { headings: 'bold' });
  return { file: 'JD_Senior_GRC_Analyst.docx', expected: 'UNKNOWN', data, note: 'Job description for a FedRAMP ConMon analyst, dense with deliverable names but an HR document.' };
}

// 15. Federal addendum to MSA (pdf)
async function msa(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Federal Government Addendum to the Master Subscription Agreement', 18),
    center(`between ${CSP} ("Meridian") and the Customer`),
    p('This Addendum modifies the Master Subscription Agreement ("Agreement") for orders placed by U.S. federal government customers. In the event of conflict, this Addendum controls.'),
    h2('1. Definitions'),
    p('"Federal Data" means data provided by Customer that is subject to federal law. "FedRAMP Services" means the Services authorized under FedRAMP at the Moderate impact level.'),
    h2('2. Security'),
    p('Meridian shall maintain the FedRAMP authorization of the FedRAMP Services and provide continuous monitoring deliverables to Customer\'s authorizing official as required by FedRAMP. Meridian shall notify Customer of significant changes in accordance with FedRAMP requirements.'),
    h2('3. Incident Notification'),
    p('Meridian shall report incidents affecting Federal Data to Customer and to CISA within one (1) hour of identification, in accordance with the FedRAMP Incident Communications Procedures.'),
    h2('4. Data Location'),
    p('Federal Data shall be stored and processed only in the United States.'),
    h2('5. Audit'),
    p('Meridian shall make its FedRAMP security package available to Customer through the FedRAMP secure repository upon request.'),
    h2('6. Governing Law; Disputes'),
    p('This Addendum is governed by the federal law of the United States. Disputes are subject to the Contract Disputes Act, 41 U.S.C. 7101-7109.'),
    h2('7. Order of Precedence'),
    p('This Addendum, the Order Form, the Agreement, and the Documentation, in that order.'),
    table([['Meridian Global Technologies, Inc.', 'Customer'], ['By: __________________', 'By: __________________'], ['Name / Title:', 'Name / Title:'], ['Date:', 'Date:']]),
  ];
  const data = await buildPdf(blocks, { title: 'Fed Addendum v2026.1', creator: 'Legal' }, { footer: 'Meridian MSA Federal Addendum v2026.1', pageNumbers: true });
  return { file: 'Fed_Addendum_v2026.1.pdf', expected: 'UNKNOWN', data, note: 'Contract addendum with FedRAMP obligations (ConMon, incident notification); a legal agreement, not a deliverable.' };
}

// 16. Training speaker notes (txt)
function trainingNotes(): EvalDoc {
  return {
    file: 'SAT-2026-speaker-notes.txt',
    expected: 'UNKNOWN',
    note: 'Speaker notes of the annual security awareness training; mentions the Rules of Behavior but is training material.',
    data: `Annual Security Awareness Training 2026 - Speaker Notes (instructor-led version)
Course code SAT-2026  |  Duration 50 min  |  Owner: Security Awareness Program

Slide 1 - Welcome
Welcome everyone. This session satisfies the annual awareness requirement for all Meridian staff and contractors,
including those of you who support our FedRAMP environments. Attendance is recorded automatically.

Slide 2 - Why this matters
Last year 41 percent of the incidents our SOC handled started with a phishing e-mail. Ask the room: who has received
a fake "invoice" or "DocuSign" message this month?

Slide 3 - Spotting phishing
Walk through the three examples. Point out the look-alike domain, the urgency, and the mismatched reply-to.
Remind people to use the Report Phish button - never forward suspicious messages to colleagues.

Slide 4 - Passwords and MFA
We use security keys for administrators and push MFA for everyone else. Never approve a push you did not start.

Slide 5 - Handling customer and federal data
Federal data stays inside the Gov environment. Do not paste customer data into AI chat tools, tickets or e-mail.

Slide 6 - Reporting incidents
Call the SOC or use #security-help. For the Gov environments the ISSO has one hour to notify the agency, so
report immediately - even if you are not sure.

Slide 7 - Insider threat
Describe the indicators: unusual downloads, access outside job role, financial stress combined with policy violations.

Slide 8 - Wrap-up and quiz
Take the 10-question quiz in the LMS. People with Gov access will also be asked to re-acknowledge the Rules of
Behavior in a separate LMS task - that is not part of this course.
`,
  };
}

// 17. Post-incident review (markdown)
function postmortem(): EvalDoc {
  return {
    file: 'PIR-INC-2026-0412.md',
    expected: 'UNKNOWN',
    note: 'Blameless post-incident review of an availability outage with timeline and action items; not an incident response plan.',
    data: `# Post-Incident Review — INC-2026-0412: Elevated 5xx errors in ${CSO_ABBR} US-West

| Field | Value |
|---|---|
| Severity | SEV-2 (availability only, no security impact) |
| Duration | 2026-04-12 14:06 – 15:41 ET (95 min) |
| Incident commander | Ana Ribeiro |
| Author | Lin Chen |
| Status | Action items in progress |

## Summary

A configuration change to the connection pool of the reporting service (CHG0039921) reduced the maximum pool size
from 200 to 20. Under afternoon load the pool was exhausted and requests to \`/api/v2/reports\` returned HTTP 503. About
18% of requests failed during the incident. No data was lost or exposed; the ISSO confirmed that the event was not a
security incident, so no agency or CISA notification under the Incident Response Plan was required.

## Timeline (ET)

- 13:58 CHG0039921 deployed by pipeline.
- 14:06 Alert: 5xx rate > 2% on ALB mwc-prod-w.
- 14:19 Incident declared; status page updated.
- 15:22 Root cause identified; rollback started.
- 15:41 Error rate back to baseline; incident resolved.

## Root cause

A typo in the Helm values file (\`maxPoolSize: 20\` instead of \`200\`) passed review because the diff was part of a
large refactoring change.

## What went well / what went poorly

- Well: alerting fired within 8 minutes; rollback was clean.
- Poorly: 63 minutes to identify the change; the change was not flagged by the CAB because it was classed as standard.

## Action items

| ID | Action | Owner | Due |
|---|---|---|---|
| AI-1 | Add schema validation for pool sizes in Helm CI | L. Chen | 2026-05-15 |
| AI-2 | Show last 5 deployments on the service dashboard | R. Singh | 2026-05-30 |
| AI-3 | Reclassify config refactors as normal changes | A. Ribeiro | 2026-05-01 |
`,
  };
}

// 18. ISO 27001 certificate (pdf)
async function isoCertificate(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('NORTHSTAR CERTIFICATION SERVICES', true),
    title('Certificate of Registration', 24),
    center('This is to certify that the Information Security Management System of'),
    title(CSP, 16),
    center('4100 Corporate Parkway, Suite 900, Reston, VA 20190, USA\n9500 Arboretum Boulevard, Austin, TX 78759, USA'),
    center('has been assessed and found to conform to the requirements of'),
    title('ISO/IEC 27001:2022', 18),
    p('Scope of certification: The information security management system supporting the design, development, operation and support of the Meridian cloud software products, including the Meridian Workforce Cloud and Meridian Analytics platforms, in accordance with the Statement of Applicability version 2026.1 dated March 5, 2026.'),
    table([['Certificate number', 'NCS-ISMS-24-03317'], ['Original certification date', '2023-05-22'], ['Current issue date', '2026-05-20'], ['Expiry date', '2029-05-21'], ['Accreditation', 'ANAB accredited certification body']], false),
    p('Validity of this certificate is subject to satisfactory surveillance audits. Verify at https://verify.northstar-cert.example.'),
    p('\n/s/ Karen Whitlock\nKaren Whitlock, Head of Certification'),
  ];
  const data = await buildPdf(blocks, { title: 'Certificate', creator: 'NCS Certification System' }, {});
  return { file: 'certificate.pdf', expected: 'UNKNOWN', data, note: 'ISO/IEC 27001 certificate of registration issued by a certification body; no FedRAMP deliverable.' };
}

export async function unknownDocs(): Promise<EvalDoc[]> {
  return [
    await soa(),
    await ismsPolicy(),
    await soc2(),
    await internalAudit(),
    await sigLite(),
    caiq(),
    adr(),
    await cabMinutes(),
    await capacityPlan(),
    cmdb(),
    await sow(),
    await riskRegister(),
    await deck(),
    await jobDescription(),
    await msa(),
    trainingNotes(),
    postmortem(),
    await isoCertificate(),
  ];
}

