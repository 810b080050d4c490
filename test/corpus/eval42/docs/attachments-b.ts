import type { Block } from '../kit/blocks.js';
import { bold, bullets, h2, p, table } from '../kit/blocks.js';
import { prose } from '../kit/prose.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { EvalDoc } from '../kit/world.js';
import { PROPRIETARY_NOTICE, W } from '../kit/world.js';

const title = (text: string): Block => ({ t: 'title', text });
const sub = (text: string): Block => ({ t: 'subtitle', text });

/** ISCP (6), CMP (7), IRP (8), CIS/CRM (9), FIPS 199 (10), SoD (11), Laws (12), SCRM plan. */
export async function buildAttachmentsB(): Promise<EvalDoc[]> {
  const rng = makeRng(4222);
  const out: EvalDoc[] = [];

  const iscpSections = [
    { h: 'Introduction and Purpose', body: [`This Information System Contingency Plan (ISCP) establishes procedures to recover ${W.cso} following a disruption. It follows NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template and addresses CP-2 of the Moderate baseline.`] },
    { h: 'Concept of Operations', body: ['The system runs active in AWS GovCloud (US-West) with warm standby in AWS GovCloud (US-East). The imagery archive is replicated with S3 Cross-Region Replication; PostGIS uses cross-region read replicas promoted during failover.'], ctx: true },
    { h: 'Business Impact Analysis Summary', body: [table([['Component', 'MTD', 'RTO', 'RPO'], ['Portal and STAC API', '24 h', '8 h', '1 h'], ['Ingest endpoint', '24 h', '12 h', '0 (ground stations buffer 72 h)'], ['Tile server', '24 h', '8 h', 'n/a (regenerable)'], ['PostGIS change products', '48 h', '12 h', '1 h'], ['Imagery archive (S3)', '72 h', '24 h', '15 min (CRR)']])] },
    { h: 'Roles and Responsibilities', body: [table([['Role', 'Name', 'Responsibility'], ['Contingency Plan Director', W.vpEng, 'Declares disruption, authorizes failover'], ['Contingency Plan Coordinator', W.sre, 'Leads recovery team'], ['ISSO', W.isso, 'Security oversight, agency notification']])] },
    { h: 'Activation and Notification Phase', body: ['The plan is activated when an outage is expected to exceed four hours or when the primary region is unavailable. The Coordinator notifies the recovery team through the paging system and the agency points of contact by email and phone within one hour of activation.'] },
    { h: 'Recovery Phase', body: [bullets('Freeze deployments and confirm the scope of the disruption.', 'Promote the PostGIS replica in US-East and update Route 53 failover records.', 'Scale the EKS node groups in US-East to production capacity.', 'Redirect ground-station delivery to the US-East ingest endpoint and re-issue the endpoint certificate pins.', 'Validate the STAC API and tile rendering with the recovery test suite.')], ctx: true },
    { h: 'Reconstitution Phase', body: ['Once the primary region is restored, data is re-synchronized, a concurrent-processing period of 24 hours validates results, and the system is failed back during a maintenance window. The Coordinator documents lessons learned and updates this ISCP.'] },
    { h: 'Plan Testing and Maintenance', body: ['The ISCP is tested annually by a functional exercise (CP-4) and reviewed after every activation. Test results are recorded in the Contingency Plan Test Report.'] },
  ];
  out.push({
    file: 'MGW-ISCP-2026.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'SSP Attachment 6 Information System Contingency Plan (NIST 800-34 structure: BIA summary, activation, recovery, reconstitution) for GeoWatch.',
    data: await renderProse('docx', prose(rng, { cover: [sub('SSP Attachment 6'), title('Information System Contingency Plan (ISCP)'), sub(W.cso)], version: '2.0', date: '02/02/2026', approvers: [[W.vpEng, 'System Owner'], [W.ciso, 'CISO']], distribution: ['Recovery team (SRE)', 'ISSO', 'USDA Forest Service ISSM'], sections: iscpSections }), { header: `${W.acronym} ISCP`, meta: { title: 'ISCP', creator: W.sre } }),
  });
  out.push({
    file: 'Final_v2 (1).pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'PDF of the GeoWatch contingency plan with headings typed as bold paragraphs and revision history at the end; neutral file name.',
    data: await renderProse('pdf', prose(rng, { cover: [title(`${W.cso} Contingency Plan`), sub('Information System Contingency Plan — FedRAMP Moderate')], version: '1.7', date: '06/30/2025', historyLast: true, sections: iscpSections.slice(0, 7) }), { headings: 'bold', meta: { title: 'Document1' } }),
  });

  const cmpSections = [
    { h: 'Purpose', body: [`This Configuration Management Plan (CMP) defines how ${W.csp} establishes, controls and monitors the configuration of ${W.cso}, satisfying CM-9 and supporting CM-2 through CM-8 and CM-11.`] },
    { h: 'Configuration Management Roles', body: [table([['Role', 'Responsibility'], ['Change Control Board (CCB)', 'Reviews normal and significant changes weekly'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Release Manager', 'Schedules deployments'], ['ISSO', 'Security impact analysis; determines if a change is significant for FedRAMP']])] },
    { h: 'Configuration Items and Baselines', body: ['Configuration items include Terraform modules, AMIs, container images, Helm charts, the tiling and change-detection code, database schemas and WAF rule sets. Baselines are recorded as tagged commits and hardened images built from CIS benchmarks.'], ctx: true },
    { h: 'Change Control Process', body: [bullets('Standard changes: pre-approved, low-risk (e.g., tile cache purge, scaling).', 'Normal changes: merge request, peer review, automated tests, CCB approval, deployment in the weekly window.', 'Emergency changes: approved by the on-call manager, reviewed by the CCB within two business days.', 'Significant changes (FedRAMP): identified by the ISSO and submitted to the agency before implementation.')] },
    { h: 'Security Impact Analysis', body: ['Every normal change includes a security impact analysis in the merge request template: affected controls, data flows, boundary changes, new ports or services, and new external services.'], ctx: true },
    { h: 'Configuration Monitoring and Drift', body: ['AWS Config rules and nightly Terraform plan checks detect drift; findings open tickets automatically. Container images are scanned in the registry before deployment; unapproved images are blocked by admission control.'] },
    { h: 'Inventory', body: ['The system component inventory (CM-8) is generated from the CMDB and published monthly as the Integrated Inventory Workbook.'] },
  ];
  out.push({
    file: 'CMP_GeoWatch.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'SSP Attachment 7 Configuration Management Plan: CCB roles, baselines, change control, security impact analysis and drift monitoring.',
    data: await renderProse('docx', prose(rng, { cover: [title('Configuration Management Plan'), sub(`${W.cso} — SSP Attachment 7`)], version: '2.3', date: '02/14/2026', approvers: [[W.vpEng, 'System Owner']], sections: cmpSections }), { headings: 'bold', footer: PROPRIETARY_NOTICE, meta: { title: 'Incident Response Plan', creator: W.sre, lastModifiedBy: W.isso } }),
  });
  out.push({
    file: 'cm-plan.md',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Markdown Configuration Management Plan for GeoWatch kept in the docs repository (same structure as the FedRAMP attachment).',
    data: await renderProse('md', prose(rng, { cover: [title(`${W.cso} Configuration Management Plan (CMP)`)], version: '2.3-md', date: '02/14/2026', sections: cmpSections })),
  });

  const irpSections = [
    { h: 'Purpose and Scope', body: [`This Incident Response Plan (IRP) defines how ${W.csp} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${W.cso}, per NIST SP 800-61 and IR-8.`] },
    { h: 'Incident Response Team', body: [table([['Role', 'Name', 'Contact'], ['Incident Commander', W.ciso, '24x7 pager'], ['Technical Lead', W.sre, '24x7 pager'], ['Communications Lead', 'Jordan Bell', 'Business hours'], ['Legal', W.counsel, 'On call']])] },
    { h: 'Incident Categories and Severity', body: [table([['Severity', 'Definition', 'Initial Response'], ['SEV-1', 'Confirmed compromise of federal data or the imagery archive', '15 minutes'], ['SEV-2', 'Suspected compromise, active attack', '1 hour'], ['SEV-3', 'Policy violation, contained malware', '1 business day']])] },
    { h: 'Detection and Analysis', body: ['Sources: GuardDuty, WAF logs, SIEM correlation rules, STAC API anomaly detection on bulk downloads, and user reports. The on-call analyst triages, opens an incident record and assigns severity.'], ctx: true },
    { h: 'Reporting', body: ['Incidents involving federal information are reported to US-CERT (CISA) within one hour of identification, and to the sponsoring agency and the FedRAMP PMO (info@fedramp.gov) per the FedRAMP Incident Communications Procedures.'] },
    { h: 'Containment, Eradication and Recovery', body: [bullets('Isolate affected pods or instances by security-group quarantine.', 'Revoke and rotate affected credentials and tokens.', 'Preserve evidence: EBS snapshots, memory captures, log exports with hashes.', 'Rebuild from known-good images; restore data from versioned S3 objects.')], ctx: true },
    { h: 'Post-Incident Activity', body: ['A blameless post-incident review is held within ten business days; actions are tracked to closure and, where they are weaknesses, added to the POA&M.'] },
    { h: 'Testing', body: ['The IRP is tested annually through a tabletop exercise (IR-3) involving the agency points of contact.'] },
  ];
  out.push({
    file: 'IRP-v5.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'SSP Attachment 8 Incident Response Plan for GeoWatch with team, severity levels, US-CERT reporting and response phases.',
    data: await renderProse('docx', prose(rng, { cover: [sub('SSP Attachment 8'), title('Incident Response Plan'), sub(W.cso)], version: '5.0', date: '01/30/2026', approvers: [[W.ciso, 'CISO']], sections: irpSections }), { header: 'IRP', meta: { creator: W.ciso } }),
  });
  out.push({
    file: 'doc-0877.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'PDF print of the GeoWatch Incident Response Plan, no metadata title, neutral name.',
    data: await renderProse('pdf', prose(rng, { cover: [title(`${W.csp}`), sub('Incident Response Plan (IRP) for Meridian GeoWatch')], version: '4.2', date: '07/15/2025', sections: irpSections }), {}),
  });

  // ---- FIPS 199 ----
  const fipsBlocks = (short: boolean): Block[] => [
    p('SSP Attachment 10'), title('FIPS 199 Security Categorization'), sub(`${W.cso} (${W.acronym})`), p('Version 1.3 — 01/12/2026'),
    bold('Revision History'), table([['Date', 'Version', 'Description', 'Author'], ['06/01/2025', '1.0', 'Initial categorization', W.isso], ['01/12/2026', '1.3', 'Added change-detection information type', W.isso]]),
    h2('1. Introduction'), p('This document categorizes the system in accordance with FIPS Publication 199 and NIST SP 800-60 Volumes I and II, determining the potential impact on confidentiality, integrity and availability.'),
    h2('2. Information Types'),
    table([['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Environmental Monitoring and Forecasting', 'D.14.1', 'Low', 'Moderate', 'Moderate'], ['Natural Resources Management (Forest)', 'D.11.x', 'Moderate', 'Moderate', 'Low'], ['Disaster Monitoring and Prediction', 'D.10.1', 'Low', 'Moderate', 'Moderate'], ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low']]),
    h2('3. Security Categorization'), p('SC Meridian GeoWatch = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 categorization is MODERATE.'),
    ...(short ? [] : [h2('4. Rationale'), p('Integrity is Moderate because altered change-detection results could misdirect wildfire or land-use responses. Availability is Moderate because a disruption would delay, but not prevent, agency missions given the alternative sources available. Confidentiality is Moderate because derived products may reveal sensitive operational areas of interest.'), p(`${['The imagery itself is commercially licensed.', 'No classified information is processed.'][rng.int(0, 1)]} The categorization was reviewed with the agency ISSM.`)]),
    h2('Approval'), table([['System Owner', W.vpEng, '01/12/2026'], ['Authorizing Official Designated Representative', 'Carla Jennings, USDA FS ISSM', '01/19/2026']], false),
  ];
  out.push({ file: 'Categorization.docx', expected: 'FIPS_199', note: 'SSP Attachment 10 FIPS 199 categorization with SP 800-60 information types and the Moderate security category statement.', data: await renderProse('docx', fipsBlocks(false), { meta: { title: 'FIPS 199', creator: W.isso } }) });
  out.push({ file: 'att10.pdf', expected: 'FIPS_199', note: 'Short PDF of the FIPS 199 Security Categorization (information types table and SC statement).', data: await renderProse('pdf', fipsBlocks(true), { headings: 'bold' }) });

  // ---- SCRM plan ----
  const scrmSections = [
    { h: 'Purpose', body: [`This Supply Chain Risk Management (SCRM) Plan describes how ${W.csp} identifies, assesses and mitigates supply chain risks to ${W.cso}, implementing SR-1, SR-2, SR-3, SR-5, SR-6, SR-8, SR-10, SR-11 and SR-12 of the FedRAMP Moderate baseline.`] },
    { h: 'Scope', body: ['The plan covers software dependencies (open-source geospatial libraries such as GDAL, PROJ, rasterio), container base images, commercial imagery providers, SaaS tools used to operate the system, and cloud infrastructure. Ground-station hardware procurement is managed by the Hardware Division and referenced only where data enters the boundary.'], ctx: true },
    { h: 'SCRM Team and Governance', body: [table([['Role', 'Responsibility'], ['SCRM Lead (ISSO)', 'Maintains supplier inventory and risk ratings'], ['Procurement', 'Includes SCRM clauses in contracts'], ['Engineering', 'SBOMs, dependency pinning, provenance checks'], ['CISO', 'Accepts residual supply chain risk']])] },
    { h: 'Supplier Risk Assessment', body: ['Critical suppliers are assessed before onboarding and annually: FedRAMP status, SOC 2 reports, foreign ownership, control and influence (FOCI), notification obligations and vulnerability disclosure practices.'] },
    { h: 'Acquisition Strategies and Controls', body: [bullets('SBOMs (CycloneDX) are generated for every container image and retained with the release.', 'Dependencies are pinned by digest; updates pass signature and provenance verification (SLSA level 2).', 'Components from prohibited sources (Section 889, FASCSA orders) are blocked.', 'Counterfeit and tampered components: images are signed with cosign and verified at admission.')], ctx: true },
    { h: 'Notification and Incident Coordination', body: ['Suppliers must notify the company of compromises within 72 hours; supply-chain incidents follow the Incident Response Plan.'] },
  ];
  out.push({ file: 'SCRM_Plan_MGW.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan for GeoWatch covering SR family controls, supplier assessments, SBOMs and notification.', data: await renderProse('docx', prose(rng, { cover: [title('Supply Chain Risk Management Plan'), sub(W.cso)], version: '1.0', date: '01/08/2026', approvers: [[W.ciso, 'CISO']], sections: scrmSections }), { meta: { title: 'SCRM Plan' } }) });
  out.push({ file: 'upload.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'PDF SCRM plan (supply chain risk management plan) with headings as bold text; generic file name.', data: await renderProse('pdf', prose(rng, { cover: [sub(W.csp), title('Cyber Supply Chain Risk Management (C-SCRM) Plan'), sub('Meridian GeoWatch FedRAMP Moderate')], version: '0.9', date: '11/20/2025', sections: scrmSections }), { headings: 'bold' }) });

  // ---- Laws and regulations ----
  const laws: [string, string, string][] = [
    ['Federal Information Security Modernization Act of 2014 (FISMA)', '44 U.S.C. 3551 et seq.', 'Law'],
    ['Privacy Act of 1974', '5 U.S.C. 552a', 'Law'],
    ['E-Government Act of 2002', 'Pub. L. 107-347', 'Law'],
    ['FedRAMP Authorization Act', 'FY23 NDAA, 44 U.S.C. 3607-3616', 'Law'],
    ['OMB Circular A-130, Managing Information as a Strategic Resource', 'OMB A-130', 'Regulation/Guidance'],
    ['OMB M-22-09, Moving the U.S. Government Toward Zero Trust', 'M-22-09', 'Guidance'],
    ['FIPS 199, Standards for Security Categorization', 'FIPS 199', 'Standard'],
    ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'FIPS 140-3', 'Standard'],
    ['NIST SP 800-53 Rev. 5', 'SP 800-53r5', 'Standard'],
    ['NIST SP 800-63-3, Digital Identity Guidelines', 'SP 800-63-3', 'Standard'],
    ['NIST SP 800-34 Rev. 1, Contingency Planning Guide', 'SP 800-34r1', 'Guidance'],
    ['CISA BOD 22-01, Known Exploited Vulnerabilities', 'BOD 22-01', 'Directive'],
  ];
  out.push({
    file: 'A12_Laws_Regs.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'SSP Attachment 12 FedRAMP Laws and Regulations workbook listing the applicable laws, regulations, standards and guidance for GeoWatch.',
    data: await renderXlsx([
      { name: 'Laws and Regulations', rows: [['SSP Attachment 12 - FedRAMP Laws and Regulations'], [`CSP: ${W.csp}`, `CSO: ${W.cso}`], [], ['Identification Number', 'Title', 'Type', 'Link'], ...laws.map(([t, id, ty]) => [id, t, ty, 'https://www.fedramp.gov']), [], ['Additional laws applicable to this CSO'], ['Land Remote Sensing Policy Act', '51 U.S.C. 60101 et seq.', 'Law', '']], boldRows: [1, 4], widths: [24, 60, 18, 30] },
    ], { title: 'Laws and Regulations', creator: W.isso }),
  });
  out.push({
    file: 'Att12.docx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'Word version of SSP Attachment 12 Laws and Regulations: tables of applicable federal laws, OMB guidance and NIST/FIPS standards.',
    data: await renderProse('docx', [
      p('SSP ATTACHMENT 12'), title('FedRAMP Laws and Regulations'), sub(`${W.cso}`),
      p('The following laws, regulations, standards and guidance apply to the system and are referenced throughout the System Security Plan.'),
      h2('Applicable Laws and Regulations'), table([['Reference', 'Title', 'Type'], ...laws.slice(0, 5).map(([t, id, ty]) => [id, t, ty])]),
      h2('Applicable Standards and Guidance'), table([['Reference', 'Title', 'Type'], ...laws.slice(5).map(([t, id, ty]) => [id, t, ty])]),
      h2('CSO-Specific Additions'), p('Land Remote Sensing Policy Act (51 U.S.C. 60101 et seq.) and 15 CFR Part 960 apply to the commercial imagery sources; they impose licence conditions on suppliers, not security controls on the CSO.'),
    ], { meta: { title: 'Attachment 12', creator: W.isso } }),
  });

  // ---- Separation of duties ----
  const sodRows = [
    ['Function / Duty', 'Developer', 'SRE (Operator)', 'Security (ISSO)', 'Release Manager', 'Tenant Admin (Agency)'],
    ['Write and merge application code', 'X', '', '', '', ''],
    ['Approve merge request (peer review)', 'X (not author)', '', '', '', ''],
    ['Deploy to production', '', '', '', 'X', ''],
    ['Administer IAM and security groups', '', 'X', '', '', ''],
    ['Review audit logs', '', '', 'X', '', ''],
    ['Approve privileged access requests', '', '', 'X', '', ''],
    ['Manage KMS key policies', '', 'X (two-person)', 'X (approve)', '', ''],
    ['Create agency analyst accounts', '', '', '', '', 'X'],
    ['Modify WAF rules', '', 'X', 'X (review)', '', ''],
  ];
  out.push({ file: 'SoD_matrix_final.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'SSP Attachment 11 Separation of Duties Matrix mapping duties to roles for GeoWatch (AC-5).', data: await renderXlsx([{ name: 'SoD Matrix', rows: [['Separation of Duties Matrix'], [`${W.cso} — SSP Attachment 11 (AC-5)`], [], ...sodRows], boldRows: [1, 4], widths: [40, 16, 16, 16, 16, 20] }, { name: 'Notes', rows: [['X = role performs or approves the duty. No single role can write, approve and deploy code, or both administer and audit security logs.']] }], { title: 'SoD', creator: W.isso }) });
  out.push({ file: 'att11-sod.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Word Separation of Duties Matrix (SSP Attachment 11) with duty-by-role table and conflicting-duty rules.', data: await renderProse('docx', [title('Separation of Duties Matrix'), sub('SSP Attachment 11 — Meridian GeoWatch'), p('This matrix documents how duties are divided among roles to prevent a single individual from performing incompatible functions (NIST SP 800-53 AC-5).'), table(sodRows), h2('Conflicting Duties'), bullets('Code author may not approve or deploy the same change.', 'Operators who administer IAM may not review their own audit logs.', 'KMS key policy changes require two-person approval.')], { meta: { title: 'SoD' } }) });

  // ---- CIS / CRM workbooks ----
  const controls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];
  const statuses = ['Implemented', 'Implemented', 'Partially Implemented', 'Implemented', 'Planned'];
  const origins = ['Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Shared (Service Provider and Customer)', 'Inherited from pre-existing FedRAMP Authorization'];
  const cis = controls.map((c) => [c, rng.pick(statuses) === 'Implemented' ? 'X' : '', '', '', '', rng.pick(origins)]);
  const crm = controls.filter((_, i) => i % 2 === 0).map((c) => [c, c.startsWith('AC-2') ? 'Yes' : rng.pick(['Yes', 'No']), 'Agency tenant administrators must manage analyst accounts, review access quarterly and configure IP allow-lists where required.']);
  out.push({
    file: 'MGW_CIS_CRM_Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'SSP Attachment 9 CIS/CRM Workbook with Control Implementation Summary and Customer Responsibility Matrix sheets.',
    data: await renderXlsx([
      { name: 'CIS Worksheet', rows: [[`${W.cso} Control Implementation Summary (CIS) Worksheet`], ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Not Applicable', 'Control Origination'], ...cis], boldRows: [1, 2], widths: [12, 14, 20, 10, 14, 44] },
      { name: 'CRM Worksheet', rows: [['Customer Responsibility Matrix (CRM)'], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], boldRows: [1, 2], widths: [12, 24, 90] },
    ], { title: 'CIS CRM Workbook', creator: W.isso }),
  });
  out.push({
    file: 'Book1.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'CIS/CRM workbook saved as Book1 with a cover sheet and the customer responsibility matrix before the implementation summary.',
    data: await renderXlsx([
      { name: 'Cover', rows: [['FedRAMP Rev5 CIS/CRM Workbook'], ['SSP Attachment 9'], [`CSP: ${W.csp}`], [`System: ${W.cso}`], ['Date: 03/10/2026']] },
      { name: 'Customer Responsibility Matrix', rows: [['Control ID', 'Customer Responsibility', 'CSP Responsibility', 'Inheritance'], ...crm.map((r) => [r[0] ?? '', r[2] ?? '', 'CSP implements the platform mechanism and logs.', r[1] === 'Yes' ? 'Shared' : 'CSP'])], boldRows: [1] },
      { name: 'Implementation Summary', rows: [['Control ID', 'Implementation Status', 'Control Origination'], ...cis.map((r) => [r[0] ?? '', r[1] === 'X' ? 'Implemented' : 'Partially Implemented', r[5] ?? ''])], boldRows: [1] },
    ], { title: 'Book1' }),
  });
  return out;
}
