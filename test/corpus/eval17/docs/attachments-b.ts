import { renderDocx } from '../kit/docx.js';
import type { Block } from '../kit/model.js';
import { b, cmt, h1, h2, i, ol, p, paras, pb, s, table, title, ul } from '../kit/model.js';
import { GOOGLE_PDF, renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { EvalDoc } from './common.js';
import { CUI_BANNER, ORG, PROPRIETARY, approvals, revisionHistory, toc } from './common.js';

function pta(): Block[] {
  return [
    h1('Privacy Threshold Analysis'),
    p(`This Privacy Threshold Analysis (PTA) determines whether ${ORG.cso} collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.`),
    table([
      ['Qualifying Question', 'Answer'],
      ['Does the system collect, maintain, use or disseminate PII about members of the public?', 'No'],
      ['Does the system collect, maintain, use or disseminate PII about federal employees or contractors?', 'Yes — name, work email, work phone, agency, role (user account data)'],
      ['Is a Social Security Number collected?', 'No'],
      ['Does the system contain information covered by the Privacy Act (system of records)?', 'No — the agency does not retrieve records by personal identifier'],
    ]),
    h1('Designation'),
    p('Because the system maintains PII about federal users, a PIA is required. The PIA is documented in Section 2 of this attachment.'),
    h1('Privacy Impact Assessment'),
    h2('PII Mapping of Components'),
    table([['Component', 'PII', 'Safeguards'], ['Okta for Government Moderate', 'Name, email, phone, MFA device metadata', 'FedRAMP Moderate leveraged service; SAML assertions encrypted'], ['KMC user service (RDS)', 'Name, email, agency, role, last login', 'SC-28 encryption; RBAC; audit logging'], ['Elastic Security', 'User names and source IPs in logs', 'Restricted to security team; 1-year retention']]),
    h2('Sources, Use and Sharing'),
    ...paras(`PII is obtained from the agency identity provider during federation or from the tenant administrator at invitation. It is used only to authenticate users, authorize access, attribute actions in the audit trail and contact users about service issues. PII is not shared outside Kestrel Forge except with the sponsoring agency and as required by law.

Users are notified through the KMC privacy notice displayed at login. Users can review and correct their profile data in Settings > Profile; agency administrators can correct role and agency data.`),
    h2('Retention'),
    p('User records are retained for the life of the tenant plus 90 days. Audit records containing user names are retained for one year online and three years in the log archive as required by the agency.'),
    h1('Signatures'),
    table([['Role', 'Name', 'Signature / Date'], ['System Owner', ORG.ceo, ''], ['Privacy POC', ORG.counsel, ''], ['Agency Privacy Officer', 'Lt. Cmdr. Paul Navarro', '']]),
  ];
}

function rob(): Block[] {
  return [
    h1('1 Purpose'),
    p(`These Rules of Behavior describe the responsibilities and expected behavior of users of ${ORG.cso}. Every user must read and acknowledge them before receiving access and at least annually thereafter (PL-4).`),
    h1('2 Rules for Privileged Users'),
    ol(
      'I will use privileged access only for authorized administrative tasks and use my non-privileged account for all other work.',
      'I will not share my credentials, FIDO2 key or session with anyone, including other administrators.',
      'I will access production only through approved Session Manager sessions from my company-managed laptop.',
      'I will not copy federal customer data to my laptop, personal storage, chat tools or AI assistants.',
      'I will report suspected incidents, lost keys or laptops to security@kestrelforge.io within one hour.',
      'I understand that my activities are logged and reviewed and that violations may result in loss of access and disciplinary action.',
    ),
    h1('3 Rules for All Users'),
    ul('Protect your authenticators; lock your screen when away.', 'Handle CUI according to its markings; do not remove banners from exports.', 'Use KMC only for official agency business.', 'Do not attempt to bypass security controls or access data you are not authorized to see.'),
    h1('4 Acknowledgement'),
    p('I have read and agree to comply with these Rules of Behavior.'),
    table([['Name', 'Signature', 'Date'], ['', '', '']]),
  ];
}

function iscp(): Block[] {
  return [
    h1('1 Introduction'),
    ...paras(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${ORG.cso} following a disruption. It addresses CP-2 and is SSP Attachment 6. The ISCP is coordinated with the Incident Response Plan and the Kestrel Forge business continuity procedures.

The plan applies to the production environment in ${ORG.region}. Recovery uses a warm standby in AWS GovCloud (US-East) for stateless services and cross-region snapshots for data.`),
    h1('2 Concept of Operations'),
    h2('2.1 System Description'),
    p('KMC consists of the web and API tier on Amazon EKS, Amazon RDS for PostgreSQL (Multi-AZ), Amazon S3 buckets for evidence and exports, and supporting security tooling. The boundary and data flows are described in the SSP.'),
    h2('2.2 Recovery Objectives'),
    table([['Metric', 'Objective'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '1 hour (RDS PITR, S3 CRR)']]),
    h2('2.3 Roles and Responsibilities'),
    table([['Role', 'Name', 'Responsibilities'], ['ISCP Director', ORG.cto, 'Declares disruption; authorizes failover'], ['ISCP Coordinator', ORG.sre, 'Runs recovery; status every 2 hours'], ['Security Lead', ORG.isso, 'Confirms integrity; notifies agency'], ['Communications', ORG.ceo, 'Customer and agency communications']]),
    h1('3 Activation and Notification'),
    ol('On-call SRE detects or is notified of an outage lasting more than 30 minutes.', 'ISCP Coordinator assesses damage using the outage assessment checklist.', 'ISCP Director activates the plan if the RTO is at risk.', 'Security Lead notifies the agency ISSM and US-CERT where required.'),
    h1('4 Recovery'),
    ol('Promote the RDS cross-region read replica in us-gov-east-1.', 'Scale the standby EKS cluster via the `dr-failover` pipeline.', 'Switch Route 53 failover records; confirm TLS and WAF policies.', 'Validate application health checks and sample tenant data.'),
    h1('5 Reconstitution'),
    p('After the primary region is restored, data is resynchronized, the system is validated by functional and security testing, and operations return to the primary region during a maintenance window. The ISCP Coordinator documents the event in an after-action report.'),
    h1('6 Testing and Maintenance'),
    p('The plan is tested annually through a functional exercise (CP-4) and reviewed annually or after a significant change. The 2026 test is scheduled for November; results will be attached as Appendix H.'),
    h1('Appendix A — Personnel Contact List'),
    table([['Name', 'Role', 'Phone'], [ORG.cto, 'ISCP Director', '(571) 555-0111'], [ORG.sre, 'ISCP Coordinator', '(571) 555-0127'], [ORG.isso, 'Security Lead', '(571) 555-0102']]),
  ];
}

function cmp(): Block[] {
  return [
    h1('Purpose'),
    p(`This Configuration Management Plan (CMP) describes how ${ORG.csp} manages the configuration of ${ORG.cso}: baselines, change control, configuration monitoring and the configuration management database. It addresses CM-9 and is SSP Attachment 7.`),
    h1('Roles'),
    table([['Role', 'Who', 'Responsibility'], ['Configuration Control Board (CCB) chair', ORG.vpe, 'Approves normal changes'], ['Security reviewer', `${ORG.isso} / ${ORG.secEng}`, 'Security impact analysis (CM-4)'], ['Change implementer', 'Platform engineering', 'Implements through IaC'], ['Release manager', ORG.sre, 'Schedules deployments']]),
    h1('Configuration Items and Baselines'),
    ul('Infrastructure: Terraform modules in `kmc-infra` (tagged releases).', 'Kubernetes: Helm charts and Kyverno policies in `kmc-platform`.', 'Images: hardened base images `kmc-base-al2023` and `kmc-distroless` (CIS + STIG tailored).', 'Application: services in the `kmc` monorepo, versioned by release train.'),
    h1('Change Control Process'),
    ol('Every change starts as a pull request referencing a ticket.', 'Changes are classified as standard (pre-approved), normal or emergency.', 'Normal changes require a security impact analysis; anything affecting the boundary, crypto or a leveraged service is evaluated for FedRAMP significant change.', 'CCB meets weekly; emergency changes are approved by the CCB chair and reviewed at the next meeting.', 'Deployments go through the pipeline only; no console changes in production.'),
    h1('Configuration Monitoring'),
    p('AWS Config rules and nightly drift detection compare deployed infrastructure to Terraform state. Kyverno blocks non-compliant workloads at admission. Monthly authenticated scans verify the baseline configuration; deviations go to the POA&M.'),
    h1('Tools'),
    table([['Tool', 'Use'], ['GitHub Enterprise Cloud', 'Source, PR reviews (2 approvals for prod paths)'], ['Terraform Cloud Agents (in boundary)', 'Plan/apply'], ['Argo CD', 'Kubernetes deployments'], ['AWS Config', 'Inventory and drift'], ['Jira', 'Change tickets, CCB minutes']]),
  ];
}

function irp(): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Incident Response Plan (IRP) provides ${ORG.csp} with a roadmap for implementing its incident response capability for ${ORG.cso} (IR-8). It is SSP Attachment 8 and follows NIST SP 800-61 and the FedRAMP Incident Communications Procedures.`),
    h1('2 Incident Response Team'),
    table([['Role', 'Primary', 'Backup'], ['Incident Commander', ORG.isso, ORG.secEng], ['Technical Lead', ORG.secEng, ORG.sre], ['Communications', ORG.ceo, ORG.cto], ['Legal / Privacy', ORG.counsel, 'outside counsel']]),
    h1('3 Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Initial response'], ['SEV1', 'Confirmed compromise of federal data or privileged access', '15 minutes, 24x7'], ['SEV2', 'Suspected compromise, active exploitation attempt', '1 hour'], ['SEV3', 'Policy violation, contained malware, lost device', 'Next business day']]),
    h1('4 Reporting'),
    ...paras(`Incidents affecting the confidentiality, integrity or availability of KMC are reported to the sponsoring agency ISSM and to CISA within one hour of being identified, and to the FedRAMP PMO (info@fedramp.gov) as required by the FedRAMP Incident Communications Procedures. Where covered defense information is involved, the DFARS reporting runbook is followed in addition to this plan.

Status updates are provided to the agency at least every 24 hours until the incident is closed.`),
    h1('5 Incident Handling Phases'),
    h2('5.1 Preparation'),
    p('Runbooks, forensic AWS account, pre-approved isolation IAM roles, CrowdStrike RTR, Elastic Security detection rules, and contact lists reviewed quarterly.'),
    h2('5.2 Detection and Analysis'),
    p('Alerts from GuardDuty, CrowdStrike and Elastic Security page the on-call security engineer. Triage determines severity and opens an incident channel and ticket.'),
    h2('5.3 Containment, Eradication and Recovery'),
    ol('Isolate affected nodes (cordon + security group quarantine) or revoke sessions/keys.', 'Capture EBS snapshots and memory where feasible into the forensic account.', 'Eradicate root cause; rebuild from known-good images.', 'Recover service and monitor for recurrence for 30 days.'),
    h2('5.4 Post-Incident Activity'),
    p('A lessons-learned review is held within 10 business days; actions are tracked as tickets and, where a control weakness is found, on the POA&M.'),
    h1('6 Testing and Training'),
    p('The IRP is tested annually with a tabletop exercise including the agency SOC (IR-3) and IR training is given to the response team annually (IR-2).'),
  ];
}

function fips199(): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p(`This document records the security categorization of ${ORG.cso} in accordance with FIPS 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II. The result determines the FedRAMP baseline (Moderate).`),
    h1('2 Scope'),
    p('The categorization covers all information types stored, processed or transmitted within the KMC authorization boundary.'),
    h1('3 System Description'),
    p('KMC is a mission planning and logistics data fusion SaaS used by federal defense and homeland security customers.'),
    h1('4 Methodology'),
    p('Information types were identified from SP 800-60 Vol. II, provisional impact levels were assigned, adjusted where justified, and the high-water mark across confidentiality, integrity and availability determines the overall categorization.'),
    h1('5 Information Types'),
    table([
      ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'],
      ['Logistics Management', 'C.3.4.3', 'Moderate', 'Moderate', 'Moderate'],
      ['Supply Chain Management', 'C.3.4.1', 'Low', 'Moderate', 'Low'],
      ['Contingency Planning', 'D.2.1', 'Moderate', 'Moderate', 'Moderate'],
      ['System and Network Monitoring', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
      ['Information Security', 'C.3.5.8', 'Low', 'Moderate', 'Low'],
    ]),
    h1('6 Security Objectives Categorization'),
    table([['Security Objective', 'Level'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    p(b('SC KMC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}')),
    p('Overall FIPS 199 security categorization: MODERATE.'),
    h1('7 Approval'),
    table([['Name', 'Title', 'Signature', 'Date'], [ORG.ceo, 'System Owner', '', ''], [ORG.isso, 'ISSO', '', '']]),
  ];
}

function scrm(): Block[] {
  return [
    h1('1 Purpose and Scope'),
    p(`This Supply Chain Risk Management Plan (SCRM Plan) describes how ${ORG.csp} identifies, assesses and mitigates supply chain risks to ${ORG.cso}, addressing SR-2 and the SR family of the FedRAMP Rev5 Moderate baseline. It covers software dependencies, container images, SaaS providers, hardware for corporate endpoints and the personnel of key suppliers.`),
    h1('2 SCRM Roles'),
    table([['Role', 'Who', 'Responsibility'], ['SCRM lead', ORG.isso, 'Owns this plan and the supplier register'], ['Engineering', ORG.vpe, 'Dependency and image policies'], ['Procurement', 'Finance ops', 'Contract clauses, supplier due diligence'], ['Legal', ORG.counsel, 'Flow-down clauses, Section 889 representations']]),
    h1('3 Supplier Tiers'),
    table([['Tier', 'Examples', 'Requirements'], ['Critical (in boundary / leveraged)', 'AWS GovCloud, Okta for Government, CrowdStrike', 'FedRAMP authorization; annual package review'], ['High (touches code or pipeline)', 'GitHub, Terraform providers, base images', 'SBOM, signature verification, SOC 2 or equivalent'], ['Moderate (corporate)', 'HRIS, payroll, laptops', 'Security questionnaire; contract clauses']]),
    h1('4 Risk Assessment Process'),
    ol('New supplier intake form (owner, data, access, tier).', 'Due diligence by tier: FedRAMP marketplace check, SOC 2 review, questionnaire, foreign ownership check (FOCI) and Section 889 / NDAA 1260H screening.', 'Risk rated and recorded in the supplier register; high risks need CEO acceptance.', 'Reassessment annually, or when the supplier has a breach or a change of ownership.'),
    h1('5 Technical Controls for Software Supply Chain'),
    ul('All third-party container images are mirrored to ECR and signed with cosign; unsigned images are rejected by Kyverno (SR-4(3), SR-11).', 'SBOMs (CycloneDX) are generated per build and stored with release artifacts.', 'Dependency updates via Renovate with required review; new dependencies require license and provenance review.', 'Provenance attestations (SLSA level 2) for every production build.'),
    h1('6 Notification Agreements and Incident Coordination'),
    p('Contracts with critical and high suppliers require breach notification within 72 hours. Supplier incidents that affect KMC are handled under the Incident Response Plan.'),
    h1('7 Plan Maintenance'),
    p('Reviewed annually by the SCRM lead and approved by the System Owner.'),
  ];
}

export async function attachmentDocsB(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'Final_v2.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Threshold Analysis and Privacy Impact Assessment (SSP Attachment 4) for KMC, Google export with comments; PRIVACY_ASSESSMENT.',
    data: await renderDocx(
      [title('Privacy Threshold Analysis (PTA) and Privacy Impact Assessment (PIA)', ORG.cso), p(cmt('Agency privacy office wants their template? check w/ Paul', ORG.counsel, 'They said ours is fine as long as the 4 questions are there')), ...revisionHistory([['2026-05-20', '1.0', 'Initial', ORG.counsel], ['2026-09-12', '1.1', 'Added Elastic Security logs to PII mapping', ORG.isso]]), ...pta()],
      { headings: 'styles', title: 'style', header: CUI_BANNER, props: { mode: 'none' } },
    ),
  });
  out.push({
    file: 'KMC PIA signed.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'PDF of the signed PTA/PIA for KMC; PRIVACY_ASSESSMENT.',
    data: await renderPdf([title('Kestrel Mission Cloud', 'Privacy Impact Assessment', 'including Privacy Threshold Analysis'), ...pta(), p(i('Digitally signed by Alicia Brandt 2026-09-12 10:41 EDT'))], {
      info: { title: 'KMC PIA signed', author: ORG.counsel, producer: 'Adobe Acrobat Pro (64-bit) 25.1', created: '2026-09-12T14:41:00Z' },
      pageNumbers: true,
    }),
  });
  out.push({
    file: 'rob-privileged.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'KMC Rules of Behavior for privileged and general users with an acknowledgement block (SSP Attachment 5); RULES_OF_BEHAVIOR.',
    data: await renderDocx([title('Rules of Behavior', ORG.cso, 'Privileged and Non-Privileged Users'), ...rob()], { headings: 'bold', title: 'big-bold', footer: 'RoB v1.2 — acknowledge in Vanta', props: { mode: 'core', title: 'rob-privileged.docx', created: '2026-04-30T12:00:00Z' } }),
  });
  out.push({
    file: 'rules.md',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Wiki markdown copy of the KMC Rules of Behavior users must acknowledge; RULES_OF_BEHAVIOR.',
    data: renderMarkdown([title('KMC Rules of Behavior (RoB)'), p('> Everyone with KMC access acknowledges this in onboarding and every year. Source of truth for SSP Attachment 5.'), ...rob()], { frontMatter: { title: 'Rules of Behavior', owner: ORG.isso, review: 'annual' } }),
  });
  out.push({
    file: 'ISCP_KMC_v1.1.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'Information System Contingency Plan for KMC (RTO/RPO, activation, recovery, reconstitution); CONTINGENCY_PLAN.',
    data: await renderDocx([title('Information System Contingency Plan (ISCP)', ORG.cso, 'Version 1.1'), ...revisionHistory([['2026-06-01', '1.0', 'Initial', ORG.sre], ['2026-10-05', '1.1', 'Warm standby in us-gov-east-1', ORG.sre]]), ...approvals([[ORG.cto, 'ISCP Director'], [ORG.ceo, 'System Owner']]), pb(), ...iscp()], {
      headings: 'styles',
      title: 'style',
      header: CUI_BANNER,
      pageNumbers: true,
      props: { mode: 'none' },
    }),
  });
  out.push({
    file: 'upload (7).pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'Google PDF of the KMC Information System Contingency Plan; CONTINGENCY_PLAN.',
    data: await renderPdf([title('Kestrel Mission Cloud', 'Information System Contingency Plan', 'FedRAMP Moderate'), p(i(PROPRIETARY)), ...iscp()], { info: { title: 'ISCP_KMC_v1.1', producer: GOOGLE_PDF.producer, created: '2026-10-05T19:00:00Z' }, pageNumbers: true, cover: true }),
  });
  out.push({
    file: 'doc_final_FINAL.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'KMC Configuration Management Plan (CCB, baselines, change control, drift monitoring); CONFIGURATION_MANAGEMENT_PLAN.',
    data: await renderDocx([title('Configuration Management Plan', ORG.cso), ...revisionHistory([['2026-05-15', '1.0', 'Initial', ORG.vpe]]), ...toc(['Purpose', 'Roles', 'Configuration Items and Baselines', 'Change Control Process', 'Configuration Monitoring', 'Tools']), ...cmp()], {
      headings: 'bold',
      title: 'table-cell',
      pageNumbers: true,
      props: { mode: 'core', title: 'Incident Response Plan', creator: ORG.isso, created: '2026-05-15T12:00:00Z' },
    }),
  });
  out.push({
    file: 'cm-plan.md',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Engineering-wiki markdown of the KMC Configuration Management Plan; CONFIGURATION_MANAGEMENT_PLAN.',
    data: renderMarkdown([title('Configuration Management Plan (CMP) — KMC'), p('Status: **approved** 2026-05-15 · owner: Sam K. · this page is exported to docx for the package (Attachment 7)'), ...cmp()], { frontMatter: { title: 'Configuration Management Plan', tags: ['fedramp', 'cm-9'] } }),
  });
  out.push({
    file: 'IRP.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'KMC Incident Response Plan (IR-8): team, severities, reporting to agency/CISA/FedRAMP, handling phases; INCIDENT_RESPONSE_PLAN.',
    data: await renderDocx([title('Incident Response Plan', ORG.cso, 'Version 2.0'), ...revisionHistory([['2025-01-10', '1.0', 'CMMC-era IR plan', ORG.isso], ['2026-06-12', '2.0', 'FedRAMP Incident Communications Procedures added', ORG.isso]]), pb(), ...irp()], {
      headings: 'styles',
      title: 'style',
      header: CUI_BANNER,
      pageNumbers: true,
      props: { mode: 'none' },
    }),
  });
  out.push({
    file: 'attachment-8.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'PDF of the KMC Incident Response Plan; INCIDENT_RESPONSE_PLAN.',
    data: await renderPdf([title('INCIDENT RESPONSE PLAN', ORG.cso), ...irp()], { info: { title: 'IRP', producer: GOOGLE_PDF.producer, created: '2026-06-12T15:00:00Z' }, footer: 'Kestrel Forge Proprietary', pageNumbers: true }),
  });
  out.push({
    file: 'Copy of Security Categorization.docx',
    expected: 'FIPS_199',
    note: 'FIPS 199 security categorization of KMC with SP 800-60 information types and the high-water mark (Moderate); FIPS_199.',
    data: await renderDocx([title('FIPS 199 Categorization', ORG.cso), ...fips199()], { headings: 'styles', title: 'big-bold', props: { mode: 'none' } }),
  });
  out.push({
    file: 'categorization.pdf',
    expected: 'FIPS_199',
    note: 'PDF of the KMC Security Categorization Report per FIPS 199 (information types, CIA levels, overall Moderate); FIPS_199.',
    data: await renderPdf([title('Security Categorization Report (FIPS 199)', `${ORG.cso} (${ORG.abbr})`), ...fips199()], { info: { title: 'FIPS 199', producer: GOOGLE_PDF.producer, created: '2026-04-22T13:00:00Z' }, pageNumbers: true }),
  });
  out.push({
    file: 'SCRM_Plan_v1.0.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'KMC Supply Chain Risk Management Plan (SR-2): supplier tiers, assessment process, software supply chain controls; SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN.',
    data: await renderDocx([title('Supply Chain Risk Management Plan', ORG.cso), ...revisionHistory([['2026-07-01', '1.0', [s('Draft'), { text: ' Final' }], ORG.isso]]), ...scrm()], { headings: 'styles', title: 'style', pageNumbers: true, props: { mode: 'core', title: 'SCRM Plan', creator: ORG.isso, created: '2026-07-01T12:00:00Z' } }),
  });
  out.push({
    file: 'doc-1180.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'PDF of the KMC Supply Chain Risk Management Plan without an Info dictionary; SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN.',
    data: await renderPdf([title('Kestrel Mission Cloud', 'Supply Chain Risk Management (SCRM) Plan'), ...scrm()], { pageNumbers: true, serif: true }),
  });
  return out;
}
