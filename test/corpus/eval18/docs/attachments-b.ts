import type { Block } from '../kit/model.js';
import { b, bullets, h1, h2, p, ps, table, title } from '../kit/model.js';
import { G } from '../kit/group.js';
import type { FrontMatter } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import { groupDoc } from './wrap.js';
import type { EvalDoc } from './types.js';

const fm = (docId: string, version: string, date: string, extra: Partial<FrontMatter> = {}): FrontMatter => ({
  docId,
  version,
  status: 'Approved',
  owner: `${G.isso}, ISSO`,
  approver: `${G.systemOwner}, System Owner`,
  reviewer: `${G.complianceLead} (GCO)`,
  date,
  revisions: [
    ['1.0', '14.02.2026', 'D. Whitfield', 'Initial version for the FedRAMP package'],
    [version, date, 'P. Raghunathan', 'Annual update'],
  ],
  legal: true,
  distribution: [`${G.systemOwner} — ${G.sub}`, `${G.isso} — ${G.sub}`, `${G.ao} — ${G.agency}`, 'FedRAMP PMO — secure repository'],
  ...extra,
});

function rob(): Block[] {
  return [
    h1('1 Introduction'),
    p(`These Rules of Behavior apply to all internal users with privileged or non-privileged access to the ${G.cso} (${G.csoShort}). Every user must read and sign them before access is granted and re-acknowledge them annually. They are Attachment 5 to the System Security Plan.`),
    h1('2 Rules'),
    bullets(
      'I will use the system only for authorised business purposes of Nordhaus Federal Cloud, Inc.',
      'I will not attempt to access federal customer content unless a documented, agency-approved support request requires it.',
      'I will protect my PIV card or FIDO2 security key, never share it and report its loss within one hour.',
      'I will not connect to the system from unmanaged devices or from outside the United States.',
      'I will not install software or change configurations outside the approved change process.',
      'I will lock my workstation when I leave it and log off at the end of each administrative session.',
      'I will report suspected security incidents immediately to the SOC hotline.',
      'I understand that my activities are monitored and recorded and that there is no expectation of privacy on the system.',
      'I will complete security awareness and role-based training before access and annually thereafter.',
    ),
    h1('3 Privileged Users — Additional Rules'),
    bullets('I will use my privileged account only for administrative tasks and my standard account for all other work.', 'I will not disable, bypass or alter security logging, monitoring or anti-malware tools.', 'I will use break-glass accounts only under the emergency access procedure.'),
    h1('4 Consequences of Non-Compliance'),
    p('Violations may result in the loss of access, disciplinary action up to and including termination, and civil or criminal penalties under applicable US law.'),
    h1('5 Acknowledgement'),
    p('I acknowledge that I have read, understand and will comply with these Rules of Behavior.'),
    table([['User name', ''], ['Role', ''], ['Signature', ''], ['Date', '']], false),
  ];
}

function iscp(): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p(`This Information System Contingency Plan (ISCP) establishes procedures to recover the ${G.cso} (${G.csoShort}) following a disruption. It follows NIST SP 800-34 Revision 1 and the FedRAMP ISCP template and is Attachment 6 to the System Security Plan. The group Business Continuity Management framework (GCO-BCM-001) applies in addition for corporate functions outside the authorization boundary.`),
    h2('1.1 Applicable Laws, Regulations and Standards'),
    ...ps('NIST SP 800-34 Rev. 1; NIST SP 800-53 Rev. 5 CP family as tailored by the FedRAMP High baseline; FedRAMP Continuous Monitoring Strategy Guide.'),
    h2('1.2 Information System Name and Identifier'),
    table([['System', G.cso], ['Identifier', G.fedId], ['Impact level', 'High'], ['Maximum Tolerable Downtime', '24 hours'], ['Recovery Time Objective', '4 hours'], ['Recovery Point Objective', '15 minutes']]),
    h1('2 Concept of Operations'),
    h2('2.1 System Description'),
    ...ps('The system runs in two US federal regions. The primary region hosts the control plane and tenant workloads; the secondary region hosts replicated backups, a warm standby control plane and capacity for the recovery of tenant workloads.'),
    h2('2.2 Three Phases'),
    bullets('Activation and Notification: the Contingency Plan Coordinator assesses the outage and activates the plan.', 'Recovery: recovery teams restore the control plane and tenant services in the alternate region.', 'Reconstitution: the system is tested, validated and returned to normal operations; the plan is deactivated.'),
    h2('2.3 Roles and Responsibilities'),
    table([['Role', 'Name / Function', 'Responsibility'], ['Contingency Plan Director', G.systemOwner, 'Declares a disaster; approves failover'], ['Contingency Plan Coordinator', G.sre, 'Leads recovery; maintains this ISCP'], ['Damage Assessment Team', 'SRE on-call', 'Determines scope and cause'], ['Communications Lead', 'Federal Customer Success', 'Notifies agencies and FedRAMP PMO']]),
    h1('3 Activation and Notification'),
    ...ps('The plan is activated when an outage of the primary region is expected to exceed two hours, or when the integrity of the control plane cannot be assured. The Coordinator notifies the Director, the ISSO and the agency points of contact within one hour of activation using the call tree in Appendix A.'),
    h1('4 Recovery'),
    h2('4.1 Sequence of Recovery Activities'),
    bullets('Fail the DNS of the console and API over to the secondary region.', 'Promote the standby control plane database to primary.', 'Restore tenant block volumes from the latest replicated snapshots.', 'Restart managed PostgreSQL instances from point-in-time recovery.', 'Verify logging and security monitoring in the secondary region before admitting tenants.'),
    h2('4.2 Recovery Procedures'),
    ...ps('Detailed runbooks are maintained in the SRE runbook repository and referenced by identifier (RB-DR-01 to RB-DR-14). Each runbook is exercised at least annually during the functional exercise.'),
    h1('5 Reconstitution'),
    ...ps('Reconstitution is complete when the primary region has been restored, data has been resynchronised, validation testing has passed, and the Director has approved the return. The Coordinator records lessons learned and updates the plan.'),
    h1('6 Testing, Training and Exercises'),
    table([['Activity', 'Frequency', 'Last performed'], ['Functional exercise (CP-4)', 'Annually', '2026-10-07'], ['Tabletop exercise', 'Semi-annually', '2026-05-21'], ['Contingency training (CP-3)', 'Annually and within 10 days of assuming a role', '2026-09-30']]),
    h1('Appendix A — Personnel Contact List'),
    table([['Role', 'Name', 'Phone'], ['Director', G.systemOwner, '+1 703 555 0142'], ['Coordinator', G.sre, '+1 703 555 0177'], ['ISSO', G.isso, '+1 703 555 0150']]),
    h1('Appendix B — Business Impact Analysis'),
    ...ps('The BIA identified the control plane API, the identity service and the storage service as critical resources; their outage beyond the MTD would prevent agencies from operating their mission applications.'),
  ];
}

function cmp(): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Configuration Management Plan (CMP) describes how ${G.sub} establishes, controls and monitors the configuration of the ${G.cso} (${G.csoShort}). It addresses the CM family of the FedRAMP High baseline (CM-1 to CM-14) and is Attachment 7 to the SSP.`),
    h1('2 Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['Change Advisory Board (CAB)', 'Reviews and approves normal changes; meets weekly'], ['Configuration Manager', 'Maintains baselines and the CMDB; chairs the CAB'], ['ISSO', 'Performs security impact analysis; identifies potential significant changes'], ['Platform Engineering', 'Implements changes through the pipeline']]),
    h1('3 Configuration Items and Baselines'),
    ...ps('Configuration items are hardware, hypervisor images, container base images, infrastructure-as-code modules, network device configurations and database engine configurations. Baselines derive from DISA STIGs where available, otherwise from CIS Benchmarks Level 2, with deviations documented and approved by the ISSO.'),
    h1('4 Change Control Process'),
    h2('4.1 Change Categories'),
    table([['Category', 'Description', 'Approval'], ['Standard', 'Pre-approved, low risk, repeatable', 'Automatic through the pipeline'], ['Normal', 'All other changes', 'CAB'], ['Emergency', 'Required to restore service or fix a critical vulnerability', 'Emergency CAB (two members), retrospective CAB review']]),
    h2('4.2 Security Impact Analysis (CM-4)'),
    ...ps('Every normal and emergency change includes a security impact analysis. Where a change may be a significant change under the FedRAMP Significant Change Policies and Procedures, the ISSO informs the authorizing official and a Significant Change Request is prepared before implementation.'),
    h2('4.3 Testing and Deployment'),
    ...ps('Changes are tested in the staging environment, which mirrors production. Deployment uses signed artefacts only; the pipeline verifies signatures and enforces two-person review on infrastructure code.'),
    h1('5 Configuration Monitoring'),
    ...ps('Configuration compliance is scanned daily against the baselines; drift raises a ticket assigned to the owning team. Monthly compliance results are included in the continuous monitoring deliverables and deviations are tracked in the POA&M.'),
    h1('6 Inventory (CM-8)'),
    ...ps('The component inventory is generated from the CMDB and the control plane APIs and reconciled monthly with scan coverage before it is delivered as the Integrated Inventory Workbook.'),
    h1('7 Software Usage and User-Installed Software (CM-10, CM-11)'),
    ...ps('Only software on the approved software list may be installed; users cannot install software on managed endpoints or servers.'),
  ];
}

function irp(): Block[] {
  return [
    h1('1 Purpose and Scope'),
    p(`This Incident Response Plan (IRP) describes how ${G.sub} prepares for, detects, analyses, contains, eradicates and recovers from security incidents affecting the ${G.cso}, and how it reports them to agencies, the FedRAMP PMO and CISA. It implements IR-8 and is Attachment 8 to the SSP. Incidents in the commercial regions of ${G.group} are handled under the group CSIRT procedure GCO-SEC-PRO-011 and are out of scope.`),
    h1('2 Incident Response Team'),
    table([['Role', 'Name', 'Duties'], ['Incident Response Manager', 'Kevin O\'Donnell', 'Leads the response; decides on escalation'], ['ISSO', G.isso, 'Reporting to agencies and FedRAMP'], ['SOC Shift Lead', 'rotating', 'Triage and initial containment'], ['Legal Counsel (US)', 'Nordhaus Federal Legal', 'Notification obligations'], ['Group CSIRT liaison', 'Frankfurt CSIRT', 'Threat intelligence only; no access to federal data']]),
    h1('3 Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Initial response'], ['SEV-1', 'Confirmed compromise of federal data or control plane', '15 minutes'], ['SEV-2', 'Suspected compromise; active malware on a component', '1 hour'], ['SEV-3', 'Policy violation, contained event', '4 hours']]),
    h1('4 Incident Handling Phases'),
    h2('4.1 Preparation'),
    ...ps('Playbooks, forensic tooling and out-of-band communication channels are prepared and tested. The team completes incident response training annually (IR-2) and exercises the plan annually (IR-3).'),
    h2('4.2 Detection and Analysis'),
    ...ps('Detection sources are the SIEM correlation rules, the host and network intrusion detection systems, customer reports and threat intelligence. Analysts document every step in the incident ticket.'),
    h2('4.3 Containment, Eradication and Recovery'),
    ...ps('Containment options include isolating hosts, revoking credentials and blocking at the edge. Evidence is preserved before eradication. Recovery follows the ISCP where service restoration is needed.'),
    h2('4.4 Post-Incident Activity'),
    ...ps('A lessons-learned review is held within ten business days of closure; actions are tracked to completion and, where they relate to control weaknesses, entered in the POA&M.'),
    h1('5 Reporting'),
    bullets('Report incidents to the affected agency and to the FedRAMP PMO within one hour of identification, in line with the FedRAMP Incident Communications Procedures.', 'Report to CISA through the incident reporting system within one hour.', 'Provide status updates daily until resolution, and a final report.'),
    h1('6 Plan Maintenance'),
    ...ps('The IRP is reviewed annually and after each SEV-1 incident. Changes are communicated to the team and to the agency ISSO.'),
  ];
}

function fips199(): Block[] {
  return [
    h1('1 Introduction'),
    p(`This document records the security categorisation of the ${G.cso} (${G.csoShort}) in accordance with FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volumes I and II. It is Attachment 10 to the SSP.`),
    h1('2 Information Types'),
    table([
      ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability', 'Adjustment rationale'],
      ['Federal Financial Assistance', 'D.2.1', 'High', 'High', 'Moderate', 'Raised from Moderate: applicant financial and identity data'],
      ['Information Security', 'C.3.5.8', 'High', 'High', 'High', 'Provisional impact retained'],
      ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low', 'None'],
      ['Personal Identity and Authentication', 'C.2.8.12', 'Moderate', 'Moderate', 'Moderate', 'None'],
      ['Customer Services', 'C.2.3.1', 'Low', 'Low', 'Low', 'None'],
    ]),
    h1('3 Security Categorisation'),
    p('Applying the high-water mark to the information types above:'),
    table([['Security Objective', 'Impact Level'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'High']]),
    p('SC NFCP = {(confidentiality, HIGH), (integrity, HIGH), (availability, HIGH)}. The overall security categorisation of the information system is HIGH, and the FedRAMP High baseline applies.'),
    h1('4 Approval'),
    table([['Role', 'Name', 'Date'], ['System Owner', G.systemOwner, '01/03/2026'], ['Authorizing Official (concurrence)', G.ao, '09/03/2026']]),
  ];
}

function scrm(): Block[] {
  return [
    h1('1 Purpose'),
    p(`This Supply Chain Risk Management Plan (SCRMP) describes how ${G.sub} identifies, assesses and mitigates supply chain risks to the ${G.cso} throughout its life cycle. It implements SR-2 of the FedRAMP High baseline, complements the group procurement policy of ${G.group}, and is Attachment 14 to the SSP.`),
    h1('2 Scope'),
    ...ps('The plan covers hardware (servers, storage, network and security appliances, HSMs), commercial software and open-source components, managed services and the personnel of suppliers with access to the system or its development environment.'),
    h1('3 Roles'),
    table([['Role', 'Responsibility'], ['Supply Chain Risk Manager', 'Owns this plan; chairs the supplier risk review'], ['Procurement (US)', 'Applies contract clauses; verifies approved supplier status'], ['Security Architecture', 'Technical risk assessment of new components'], ['Group Procurement', 'Framework agreements; no purchasing authority for federal regions']]),
    h1('4 Supply Chain Risk Assessment'),
    ...ps('Each new critical supplier is assessed for foreign ownership, control or influence, prohibited vendor status under Section 889 of the FY2019 NDAA and FASCSA orders, financial stability, secure development practices and vulnerability disclosure maturity. Results are recorded in the supplier risk register and reviewed annually.'),
    h1('5 Controls'),
    bullets('SR-3: approved original equipment manufacturers and authorised resellers only.', 'SR-4: provenance records for hardware serial numbers from factory to rack.', 'SR-5: contract clauses requiring notification of compromise within 72 hours.', 'SR-6: annual supplier assessments or review of their FedRAMP, SOC 2 or ISO certifications.', 'SR-10 / SR-11: inspection of tamper-evident packaging; anti-counterfeit training for receiving staff.', 'SR-12: component disposal by NIST SP 800-88 purge and certified destruction.'),
    h1('6 Software Bill of Materials'),
    ...ps('Every release of platform software produces an SBOM in SPDX format; SBOMs are scanned against vulnerability feeds and retained for the life of the release.'),
    h1('7 Plan Review'),
    ...ps('The SCRMP is reviewed annually and after any supply chain incident or change of critical supplier.'),
  ];
}

function lawsRegs(): Block[] {
  return [
    h1('FedRAMP Laws and Regulations'),
    p(`The following laws, regulations, standards and guidance apply to the ${G.cso} (${G.csoShort}). This list is Attachment 12 to the System Security Plan; it reproduces the FedRAMP template list and adds the references specific to the system.`),
    h2('Applicable Laws and Regulations'),
    table([
      ['Identification Number', 'Title', 'Date', 'Link'],
      ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov'],
      ['Pub. L. 117-263, Title LIX', 'FedRAMP Authorization Act', 'December 2022', 'https://www.congress.gov'],
      ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov'],
      ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
      ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'January 2022', 'https://www.whitehouse.gov/omb'],
      ['HSPD-12', 'Policy for a Common Identification Standard', 'August 2004', 'https://www.dhs.gov'],
    ]),
    h2('Applicable Standards and Guidance'),
    table([
      ['Identification Number', 'Title', 'Date'],
      ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004'],
      ['FIPS PUB 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006'],
      ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019'],
      ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020'],
      ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', 'December 2018'],
      ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017'],
      ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide', 'May 2010'],
      ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', 'August 2012'],
    ]),
  ];
}

function sodDoc(): Block[] {
  return [
    h1('1 Purpose'),
    p(`This Separation of Duties Matrix documents the roles of the ${G.cso} and the duties that must not be combined in one person, in support of AC-5 (Separation of Duties) and AC-6 (Least Privilege). It is Attachment 11 to the SSP; the role definitions are those of Section 9.3 of the SSP.`),
    h1('2 Matrix'),
    table([
      ['Function', 'Platform Admin', 'Security Analyst', 'Network Admin', 'Release Engineer', 'ISSO', 'Auditor (read-only)'],
      ['Approve access requests', '', '', '', '', 'X', ''],
      ['Provision privileged accounts', 'X', '', '', '', '', ''],
      ['Modify audit logging configuration', '', 'X', '', '', '', ''],
      ['Review audit logs', '', 'X', '', '', 'X', 'X'],
      ['Approve production change', '', '', '', '', 'X', ''],
      ['Deploy to production', 'X', '', 'X', 'X', '', ''],
      ['Write infrastructure code', 'X', '', 'X', 'X', '', ''],
      ['Manage HSM keys (quorum member)', 'X', 'X', '', '', '', ''],
      ['Manage firewall rules', '', '', 'X', '', '', ''],
    ]),
    h1('3 Conflicting Duties'),
    table([['Duty A', 'Duty B', 'Rule'], ['Write infrastructure code', 'Approve the same change', 'Never the same person (enforced by the pipeline)'], ['Provision privileged accounts', 'Approve access requests', 'Different persons'], ['Modify audit configuration', 'Administer the audited component', 'Different teams']]),
    h1('4 Review'),
    p('The matrix is reviewed semi-annually by the ISSO with the identity engineering team; role assignments are reconciled with the identity governance tool.'),
  ];
}

export async function attachmentDocsB(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'NFCP-A05-RoB.docx', expected: 'RULES_OF_BEHAVIOR',
    note: 'Rules of Behavior for internal users (SSP Attachment 5) with the acknowledgement signature block.',
    data: await renderDocx(groupDoc(fm('NFCP-ROB-001', '1.3', '15/07/2026'), [title('Rules of Behavior', 44), p(`${G.cso} — Internal Users`)], rob(), { place: 'cover', meta: { title: 'Rules of Behavior', creator: G.isso } })),
  });
  out.push({
    file: 'Final_v2 (signed).pdf', expected: 'RULES_OF_BEHAVIOR',
    note: 'Rules of Behavior as signed PDF version; title in bold paragraph after the front matter, no Info title.',
    data: await renderPdf(groupDoc(fm('NFCP-ROB-001', '1.2', '2026-03-02'), [b(`${G.csoShort} RULES OF BEHAVIOR FOR PRIVILEGED AND NON-PRIVILEGED USERS`)], rob(), { place: 'after-front', headings: 'bold' }), { pageSize: 'Letter', noInfoTitle: true }),
  });
  out.push({
    file: 'NFCP_ISCP_v2.0.docx', expected: 'CONTINGENCY_PLAN',
    note: 'Information System Contingency Plan (NIST SP 800-34, FedRAMP ISCP template; SSP Attachment 6) with RTO/RPO, phases, appendices.',
    data: await renderDocx(groupDoc(fm('NFCP-ISCP-001', '2.0', '20/10/2026', { owner: `${G.sre}, Contingency Plan Coordinator` }), [title('Information System Contingency Plan (ISCP)', 36), p(`${G.cso} — FedRAMP High`)], iscp(), { place: 'after-control', meta: { title: 'ISCP', creator: G.sre } })),
  });
  out.push({
    file: 'doc-0977.pdf', expected: 'CONTINGENCY_PLAN',
    note: 'Earlier ISCP version printed to PDF with headings as bold text and the title in the running header only besides the body.',
    data: await renderPdf(groupDoc(fm('NFCP-ISCP-001', '1.1', '21.05.2026', { owner: `${G.sre}, Contingency Plan Coordinator` }), [], iscp(), { place: 'none', headings: 'bold', header: `${G.csoShort} Information System Contingency Plan v1.1 | INTERNAL – RESTRICTED`, meta: { title: 'Information System Contingency Plan', creator: G.sre } }), { pageSize: 'Letter' }),
  });
  out.push({
    file: 'NFCP-A07-CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Configuration Management Plan (SSP Attachment 7): CAB, baselines, change categories, security impact analysis.',
    data: await renderDocx(groupDoc(fm('NFCP-CMP-001', '2.2', '02/11/2026', { owner: 'Configuration Manager, Platform Engineering' }), [title('Configuration Management Plan', 40), p(G.cso)], cmp(), { place: 'after-control', meta: { title: 'Configuration Management Plan', creator: 'Platform Engineering' } })),
  });
  out.push({
    file: 'IRP_draft.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Configuration Management Plan kept in markdown; the file name misleadingly says IRP.',
    data: renderMarkdown({ blocks: [title(`${G.csoShort} Configuration Management Plan`), p('Status: draft 2.3 for CAB review, 2026-11-24. Owner: Configuration Manager.'), ...cmp()] }, { title: 'Configuration Management Plan', docid: 'NFCP-CMP-001', version: '2.3-draft' }),
  });
  out.push({
    file: 'NFCP-A08-IRP.docx', expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Incident Response Plan (IR-8, SSP Attachment 8): team, severities, handling phases, reporting to agency, FedRAMP and CISA.',
    data: await renderDocx(groupDoc(fm('NFCP-IRP-001', '2.0', '30/09/2026', { owner: 'Incident Response Manager' }), [title('Incident Response Plan', 44), p(`${G.cso}`)], irp(), { place: 'cover', meta: { title: 'Incident Response Plan', creator: 'kodonnell' } })),
  });
  out.push({
    file: 'upload (7).pdf', expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Incident Response Plan PDF; metadata title left as the file name of another template.',
    data: await renderPdf(groupDoc(fm('NFCP-IRP-001', '1.0', '2026-02-14', { owner: 'Incident Response Manager' }), [title(`${G.csoShort} Incident Response Plan (IRP)`, 32)], irp(), { place: 'after-front', headings: 'bold', meta: { title: 'GCO-TPL-007_v4.dotx', creator: 'GCO' } }), { pageSize: 'A4' }),
  });
  out.push({
    file: 'NFCP-A10-FIPS199.docx', expected: 'FIPS_199',
    note: 'FIPS 199 Categorization (SSP Attachment 10): NIST SP 800-60 information types, high-water mark, overall High.',
    data: await renderDocx(groupDoc(fm('NFCP-FIPS199-001', '1.1', '01/03/2026'), [title('FIPS 199 Categorization', 40), p(`${G.cso} — Attachment 10`)], fips199(), { place: 'after-control', meta: { title: 'FIPS 199 Categorization', creator: G.isso } })),
  });
  out.push({
    file: 'categorisation.pdf', expected: 'FIPS_199',
    note: 'Security categorisation per FIPS 199 as PDF with bold headings and the title in a large-type paragraph after the front matter.',
    data: await renderPdf(groupDoc(fm('NFCP-FIPS199-001', '1.0', '14.02.2026'), [title('FIPS PUB 199 Security Categorization Report', 30)], fips199(), { place: 'after-front', headings: 'bold' }), { pageSize: 'Letter' }),
  });
  out.push({
    file: 'NFCP-A14-SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'Supply Chain Risk Management Plan (SR-2, SSP Attachment 14).',
    data: await renderDocx(groupDoc(fm('NFCP-SCRM-001', '1.1', '01/09/2026', { owner: 'Supply Chain Risk Manager' }), [title('Supply Chain Risk Management Plan', 38), p(G.cso)], scrm(), { place: 'after-control', meta: { title: 'SCRMP', creator: 'Procurement US' } })),
  });
  out.push({
    file: 'Final_v7.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'Supply Chain Risk Management Plan as PDF, title after the front matter.',
    data: await renderPdf(groupDoc(fm('NFCP-SCRM-001', '1.0', '2026-02-14', { owner: 'Supply Chain Risk Manager' }), [title(`${G.csoShort} Supply Chain Risk Management Plan (SCRMP)`, 30)], scrm(), { place: 'after-front' }), { pageSize: 'Letter', noInfoTitle: true }),
  });
  out.push({
    file: 'NFCP-A12-LawsRegs.docx', expected: 'LAWS_AND_REGULATIONS',
    note: 'Attachment 12 FedRAMP Laws and Regulations list (laws, standards and guidance tables) in docx.',
    data: await renderDocx(groupDoc(fm('NFCP-LR-001', '1.0', '14/02/2026'), [title('Attachment 12 — FedRAMP Laws and Regulations', 34)], lawsRegs(), { place: 'after-control', headings: 'bold', meta: { creator: G.complianceLead } })),
  });
  out.push({
    file: 'matrix_AC5.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix (AC-5, SSP Attachment 11) as a docx table of functions against roles.',
    data: await renderDocx(groupDoc(fm('NFCP-SOD-001', '1.2', '30.06.2026'), [title('Separation of Duties Matrix', 40), p(`${G.cso} — Attachment 11`)], sodDoc(), { place: 'after-control', meta: { title: 'Separation of Duties Matrix', creator: G.isso } })),
  });
  return out;
}
