/** SSP attachments written as prose (docx, pdf, markdown, text). */
import type { Block, DocSpec } from './kit.js';
import { bold, bullets, centered, h1, h2, p, pageBreak, renderDocx, renderMarkdown, renderPdf, renderText, table, tocOf } from './kit.js';
import type { DocPlan } from './types.js';
import { BLUEWATER_FOOTER, CUI, DRAFT_CUI, PROPRIETARY, W, approvals, cover, distribution, prose, revisionHistory } from './world.js';

/** Front matter + TOC + body, the consultant's way. */
function templated(title: string, subtitle: string, version: string, date: string, body: Block[], extra: Block[] = []): Block[] {
  return [
    ...cover({ title, subtitle, version, date, banner: 'CUI' }),
    centered(PROPRIETARY),
    pageBreak,
    ...revisionHistory([
      ['2024-05-14', '0.1', 'Initial draft from Bluewater template', W.consultantLead],
      ['2024-09-30', '1.0', 'Approved for initial authorization package', W.isso],
      [date, version, 'Annual review; updated for leveraged IaaS changes', W.isso],
    ]),
    ...approvals([[W.ciso, 'CISO / System Owner'], [W.isso, 'Information System Security Officer']]),
    ...extra,
    pageBreak,
    ...tocOf(body),
    pageBreak,
    ...body,
  ];
}

const spec = (meta: DocSpec['meta'], blocks: Block[], headings: DocSpec['headings'] = 'styles', header = DRAFT_CUI, footer = `${CUI}  ${BLUEWATER_FOOTER}`): DocSpec => ({
  meta,
  headings,
  header,
  footer,
  blocks,
});

// ---------------------------------------------------------------- policies and procedures

function policyBody(family: string, code: string, seed: number): Block[] {
  return [
    h1('1. Purpose'),
    p(`This ${family} Policy and Procedures document establishes the requirements of ${W.csp} for the ${family.toLowerCase()} (${code}) control family of NIST SP 800-53 Rev. 5 as tailored by the FedRAMP Moderate baseline, and satisfies control ${code}-1.`),
    h1('2. Scope'),
    p(`This policy applies to all ${W.cspShort} employees, contractors and systems within the ${W.system} authorization boundary. Components operated by the underlying IaaS provider are covered by that provider's policies and are inherited as documented in the SSP.`),
    h1('3. Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['CISO', 'Owns this policy; approves exceptions'], ['ISSO', 'Maintains procedures; monitors compliance'], ['System Administrators', 'Implement the procedures'], ['All personnel', 'Comply with the policy']]),
    h1('4. Management Commitment and Coordination'),
    ...prose(seed, `${family.toLowerCase()} policy enforcement`, 2),
    h1('5. Policy'),
    h2(`${code}-2 Policy Statements`),
    bullets(
      `${W.cspShort} shall document, approve and disseminate ${family.toLowerCase()} procedures to all personnel with a role in ${W.sysAbbr}.`,
      'The policy shall be reviewed and updated at least annually and following significant changes.',
      'Procedures shall be reviewed and updated at least annually.',
      'Exceptions to this policy must be requested in writing and approved by the CISO.',
    ),
    h1('6. Procedures'),
    ...prose(seed + 1, `${family.toLowerCase()}`, 4),
    h1('7. Compliance and Enforcement'),
    p('Violations of this policy may result in disciplinary action up to and including termination of employment or contract.'),
    h1('8. Policy Review'),
    p('Policy review frequency: annually. Procedure review frequency: annually. Next review due: March 2026.'),
  ];
}

function ispp(): Block[] {
  const fams: [string, string][] = [
    ['Access Control', 'AC'],
    ['Audit and Accountability', 'AU'],
    ['Configuration Management', 'CM'],
    ['Identification and Authentication', 'IA'],
  ];
  const out: Block[] = [];
  fams.forEach(([f, c], i) => {
    out.push(h1(`${c} - ${f} Policy and Procedures`));
    out.push(...policyBody(f, c, 40 + i).filter((b) => b.kind !== 'h' || b.level > 1 || b.text.startsWith('5') || b.text.startsWith('6')));
  });
  return out;
}

// ---------------------------------------------------------------- user guide

function userGuideBody(): Block[] {
  return [
    h1('1. Introduction'),
    p(`This User Guide describes how agency users sign in to ${W.system}, manage cases and configure the security settings available to them. It is intended for agency end users and agency tenant administrators.`),
    h1('2. Signing In'),
    p(`Open https://${W.domain} and select your agency. You are redirected to your agency's identity provider or to Login.gov. After authenticating with your PIV card or an approved multi-factor authenticator, you return to your case dashboard.`),
    h2('2.1 Session timeouts'),
    p('Sessions lock after 15 minutes of inactivity and end after 12 hours. Save your work before leaving your workstation.'),
    h1('3. Working with Cases'),
    bullets('Create a case: Cases > New Case; choose the grant program and enter the award number.', 'Attach documents: drag files into the Attachments panel; files are scanned for malware before they become available.', 'Assign a case: open the case and choose Assign; only users with the Investigator role appear.', 'Close a case: select Close and record the disposition.'),
    h1('4. Tenant Administrator Functions'),
    h2('4.1 Managing users and roles'),
    p('Tenant administrators add users under Settings > Users. Each user receives one role: Viewer, Investigator, Supervisor or Tenant Administrator. Review the user list at least monthly and disable departed users promptly - this is an agency responsibility.'),
    h2('4.2 Security settings'),
    table([['Setting', 'Default', 'Agency configurable'], ['Idle session lock', '15 minutes', 'Yes (5-15)'], ['Require PIV for Supervisors', 'Off', 'Yes'], ['IP allow list', 'None', 'Yes'], ['Export of case data', 'Supervisors only', 'Yes']]),
    h1('5. Getting Help'),
    p(`Contact the ${W.cspShort} Service Desk at support@ridgeline.example or (571) 555-0100, 24x7 for Severity 1 incidents. Report suspected security incidents immediately.`),
    ...prose(77, 'customer support', 2),
  ];
}

// ---------------------------------------------------------------- digital identity worksheet

function diwBody(): Block[] {
  return [
    h1('Introduction and Purpose'),
    p('This Digital Identity Worksheet documents the digital identity assurance levels selected for the system in accordance with NIST SP 800-63-3: Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).'),
    h1('Information System Name/Title'),
    table([['Unique Identifier', 'Information System Name', 'Abbreviation'], [W.fedrampId, W.system, W.sysAbbr]]),
    h1('Digital Identity Level Definitions'),
    table([['Level', 'Description'], ['IAL1', 'No requirement to link the applicant to a specific real-life identity'], ['IAL2', 'Evidence supports the real-world existence of the claimed identity'], ['AAL2', 'High confidence that the claimant controls authenticators bound to the subscriber account'], ['FAL2', 'Assertion is signed and encrypted so only the relying party can decrypt it']]),
    h1('Review Maximum Potential Impact Levels'),
    table([['Category', 'Impact'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]),
    h1('Digital Identity Level Selection'),
    p('Based on the impact assessment above, the system requires Digital Identity Level 2: IAL2, AAL2 and FAL2. Agency users authenticate through federation (SAML 2.0) with their agency identity provider; Ridgeline privileged users authenticate with phishing-resistant hardware authenticators.'),
    table([['Selected', 'IAL', 'AAL', 'FAL'], ['X', 'IAL2', 'AAL2', 'FAL2']]),
  ];
}

// ---------------------------------------------------------------- privacy

function ptaBody(): Block[] {
  return [
    h1('Privacy Threshold Analysis (PTA)'),
    p('The PTA determines whether a Privacy Impact Assessment is required for the system.'),
    table([
      ['Question', 'Response'],
      ['1. Does the system collect, maintain, use or disseminate personally identifiable information (PII)?', 'Yes'],
      ['2. About whom is PII collected?', 'Grant recipients\' points of contact, complainants and agency staff'],
      ['3. Does the system contain Social Security numbers?', 'No'],
      ['4. Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'Yes - by case number and name'],
      ['5. Is a PIA required?', 'Yes'],
    ]),
    h1('Privacy Impact Assessment (PIA)'),
    h2('Section 1: Characterization of the Information'),
    p('The system stores names, business email addresses, telephone numbers, mailing addresses and narrative complaint descriptions that may contain additional PII provided by complainants.'),
    h2('Section 2: Uses of the Information'),
    p('Information is used solely to investigate and resolve grant compliance cases. It is not used for data matching or shared with other systems except the agency records management system.'),
    h2('Section 3: Retention'),
    p('Case records are retained according to the agency records schedule (seven years after case closure) and then destroyed.'),
    h2('Section 4: Notice, Consent and Redress'),
    p('Notice is provided through the agency System of Records Notice and the privacy statement on the intake form. Individuals may request access to or amendment of their records through the agency Privacy Act process.'),
    h2('Section 5: Safeguards'),
    p(`PII is encrypted at rest and in transit with FIPS-validated modules; access is role-based and audited. Storage encryption relies in part on the ${W.iaasAbbr} key management service inherited from the IaaS authorization.`),
    table([['Signature', 'Name', 'Date'], ['Privacy Officer', 'Janelle Ortiz', '2025-02-11'], ['System Owner', W.ciso, '2025-02-12']]),
  ];
}

// ---------------------------------------------------------------- rules of behavior

function robBody(kind: 'privileged' | 'general'): Block[] {
  return [
    h1(kind === 'privileged' ? 'Rules of Behavior for Privileged Users' : 'Rules of Behavior'),
    p(`These Rules of Behavior apply to all ${kind === 'privileged' ? 'Ridgeline personnel with administrative access to' : 'users of'} ${W.system}. Users must read and sign these rules before access is granted and re-acknowledge them annually.`),
    h2('Responsibilities'),
    bullets(
      'I will use the system only for authorized purposes.',
      'I will protect my credentials and will not share my account or authenticators with anyone.',
      'I will lock my workstation when I leave it unattended.',
      'I will not attempt to bypass security controls or access data I am not authorized to see.',
      'I will report suspected security incidents to the Security Operations team immediately.',
      kind === 'privileged' ? 'I will use my privileged account only for administrative tasks and my non-privileged account for email and web browsing.' : 'I will not download case data to personally owned devices.',
      kind === 'privileged' ? 'I will not make changes to production without an approved change ticket.' : 'I will handle PII according to the agency privacy policy.',
    ),
    h2('Consequences of Non-Compliance'),
    p('Failure to comply with these rules may result in revocation of access, disciplinary action, and civil or criminal penalties.'),
    h2('Acknowledgement'),
    p('I acknowledge that I have read, understand and agree to abide by these Rules of Behavior.'),
    table([['User Name', 'Signature', 'Date'], ['', '', '']]),
  ];
}

// ---------------------------------------------------------------- contingency plan

function iscpBody(): Block[] {
  return [
    h1('1. Introduction and Purpose'),
    p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${W.system} following a disruption. It follows NIST SP 800-34 Rev. 1 and satisfies the CP family of the FedRAMP Moderate baseline.`),
    h2('1.1 Applicable Recovery Objectives'),
    table([['Objective', 'Value'], ['Maximum Tolerable Downtime (MTD)', '24 hours'], ['Recovery Time Objective (RTO)', '12 hours'], ['Recovery Point Objective (RPO)', '1 hour']]),
    h1('2. Concept of Operations'),
    p(`The system runs in the ${W.iaasAbbr} US-Gov East region with warm standby in US-Gov West. Physical site recovery (CP-7 alternate processing site facilities) is inherited from the underlying IaaS.`),
    h1('3. Activation and Notification'),
    p('The Contingency Plan Coordinator activates the plan when an outage is expected to exceed four hours or affects data integrity. The call tree below is used to notify staff.'),
    table([['Role', 'Name', 'Phone'], ['Contingency Plan Coordinator', W.ops, '(571) 555-0142'], ['ISSO', W.isso, '(571) 555-0133'], ['CISO', W.ciso, '(571) 555-0101']]),
    h1('4. Recovery'),
    bullets('Promote the standby database replica in the alternate region.', 'Redeploy the application tier from the golden images with the infrastructure-as-code pipeline.', 'Restore the document store from cross-region replicated backups.', 'Switch DNS to the alternate region load balancer.'),
    h1('5. Reconstitution'),
    p('Validate data integrity, run the functional test suite, notify customer agencies, and deactivate the plan. Record lessons learned in the after-action report.'),
    h1('6. Plan Testing'),
    p('The ISCP is tested annually with a functional exercise; results are documented in the contingency plan test report.'),
    ...prose(61, 'backup and recovery', 3),
  ];
}

// ---------------------------------------------------------------- configuration management plan

function cmpBody(): Block[] {
  return [
    h1('1. Introduction'),
    p(`This Configuration Management Plan (CMP) describes how ${W.csp} manages the configuration of ${W.system}: baseline configurations, configuration change control, security impact analysis, and the configuration management database.`),
    h1('2. Roles'),
    table([['Role', 'Responsibility'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Change Advisory Board', 'Approves or rejects change requests'], ['ISSO', 'Performs security impact analysis']]),
    h1('3. Baseline Configuration'),
    p('Baselines derive from CIS Benchmarks Level 1, hardened and stored as code. Golden images are rebuilt monthly and scanned before promotion. The IaaS hypervisor baseline is inherited.'),
    h1('4. Configuration Change Control'),
    bullets('Standard changes: pre-approved, low-risk, logged.', 'Normal changes: reviewed by the CAB weekly.', 'Emergency changes: approved by the on-call manager and ratified at the next CAB.', 'Significant changes: reported to the authorizing agencies under the FedRAMP significant change process before implementation.'),
    h1('5. Security Impact Analysis'),
    p('The ISSO analyzes each normal change for its effect on the controls in the SSP and records the analysis in the change ticket.'),
    h1('6. Configuration Monitoring'),
    p('Configuration compliance scans run weekly; drift is corrected by redeploying from code.'),
    ...prose(88, 'configuration management', 3),
  ];
}

// ---------------------------------------------------------------- incident response plan

function irpBody(): Block[] {
  return [
    h1('1. Purpose'),
    p(`This Incident Response Plan (IRP) describes how ${W.csp} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${W.system}, and how incidents are reported to US-CERT (CISA), the customer agencies and the FedRAMP PMO.`),
    h1('2. Incident Response Team'),
    table([['Role', 'Name'], ['Incident Commander', W.ciso], ['Incident Handler', W.ops], ['Communications Lead', W.isso]]),
    h1('3. Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Response time'], ['SEV1', 'Confirmed compromise of customer data', '15 minutes'], ['SEV2', 'Suspected compromise, active attack', '1 hour'], ['SEV3', 'Policy violation, contained malware', '1 business day']]),
    h1('4. Incident Handling Phases'),
    h2('4.1 Preparation'),
    p('Playbooks, contact lists and forensic tooling are maintained by the security operations team.'),
    h2('4.2 Detection and Analysis'),
    p('Alerts from the SIEM, IaaS threat detection service and customer reports are triaged by the on-call handler.'),
    h2('4.3 Containment, Eradication and Recovery'),
    p('Affected instances are isolated by security group change and replaced from golden images; credentials are rotated.'),
    h2('4.4 Post-Incident Activity'),
    p('A lessons-learned review is held within ten days and tracked in the POA&M where weaknesses are found.'),
    h1('5. Reporting'),
    p('Incidents are reported to CISA within one hour of identification, and to the agency incident response team and the FedRAMP PMO (fedramp_security@gsa.gov) as required by the FedRAMP Incident Communications Procedures.'),
    ...prose(99, 'incident handling', 3),
  ];
}

// ---------------------------------------------------------------- FIPS 199

function fips199Body(): Block[] {
  return [
    h1('FIPS 199 Categorization'),
    p('This attachment documents the security categorization of the system according to FIPS PUB 199 and NIST SP 800-60 Volume II information types.'),
    h2('Information Types'),
    table([
      ['Information Type (NIST SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
      ['D.12.4 Financial Audit / Grant Oversight (D.12)', 'Moderate', 'Moderate', 'Low'],
      ['C.2.8.12 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
      ['C.3.1.4 Information Security', 'Moderate', 'Moderate', 'Low'],
    ]),
    h2('Security Categorization'),
    p('SC Ridgeline CaseFlow = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}'),
    table([['Security Objective', 'Impact'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate'], ['Overall (high-water mark)', 'Moderate']]),
    h2('Rationale'),
    p('Availability is raised from Low to Moderate because investigators rely on case deadlines; a prolonged outage would delay statutory response times.'),
    table([['Approved by', 'Title', 'Date'], [W.ciso, 'System Owner', '2024-09-12']]),
  ];
}

// ---------------------------------------------------------------- SCRM plan

function scrmBody(): Block[] {
  return [
    h1('1. Purpose and Scope'),
    p(`This Supply Chain Risk Management Plan (SCRM Plan) describes how ${W.csp} identifies, assesses and mitigates supply chain risks to ${W.system}, implementing the SR control family of NIST SP 800-53 Rev. 5.`),
    h1('2. Supply Chain Inventory'),
    table([['Supplier', 'Product / Service', 'Criticality', 'FedRAMP status'], [W.iaas, 'IaaS hosting', 'Critical', 'Authorized (High)'], ['Tenable', 'Vulnerability scanning', 'High', 'N/A (software)'], ['Login.gov', 'Identity federation', 'High', 'Government service'], ['Open-source libraries', 'Application dependencies', 'High', 'N/A']]),
    h1('3. Supplier Assessment'),
    p('Critical suppliers are assessed before onboarding and annually: FedRAMP authorization status, SOC 2 reports, vulnerability disclosure practices and software bill of materials availability.'),
    h1('4. Acquisition Controls'),
    p('Contracts with critical suppliers require notification of security incidents within 72 hours and flow-down of FedRAMP requirements where applicable.'),
    h1('5. Component Authenticity and Provenance'),
    p('Container images are built from signed base images; SBOMs are generated for every release and checked against known-vulnerability feeds. Counterfeit hardware risk is inherited from the IaaS.'),
    h1('6. Monitoring and Review'),
    ...prose(120, 'supply chain risk management', 3),
  ];
}

// ---------------------------------------------------------------- separation of duties, laws and regulations, checklist (docx variants)

function sodDocBody(): Block[] {
  return [
    h1('Separation of Duties Matrix'),
    p('This matrix shows which roles may perform which duties so that no single person can both make and approve a change, or both administer and audit the system (AC-5).'),
    table([
      ['Duty', 'System Administrator', 'Developer', 'Security Analyst', 'ISSO', 'Auditor'],
      ['Approve production change', '', '', '', 'X', ''],
      ['Deploy to production', 'X', '', '', '', ''],
      ['Write application code', '', 'X', '', '', ''],
      ['Review audit logs', '', '', 'X', '', 'X'],
      ['Create privileged accounts', 'X', '', '', '', ''],
      ['Approve privileged accounts', '', '', '', 'X', ''],
      ['Modify audit configuration', '', '', '', 'X', ''],
    ]),
    p('Conflicting duties: Deploy to production and Approve production change; Create and Approve privileged accounts; Modify audit configuration and Review audit logs.'),
  ];
}

function lawsBody(): Block[] {
  return [
    h1('Laws, Regulations, Standards and Guidance'),
    p('The following laws, regulations, standards and guidance apply to the system.'),
    table([
      ['Reference', 'Title', 'Date', 'Link'],
      ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014', 'https://www.congress.gov/'],
      ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', ''],
      ['OMB A-130', 'Managing Information as a Strategic Resource', '2016', ''],
      ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', '2022', ''],
      ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '2004', ''],
      ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019', ''],
      ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '2020', ''],
      ['NIST SP 800-63-3', 'Digital Identity Guidelines', '2017', ''],
      ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', '2010', ''],
      ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', '2021', ''],
    ]),
  ];
}

function checklistBody(): Block[] {
  const rows: string[][] = [['#', 'Item', 'Included (Y/N)', 'File name / Comments']];
  const items = [
    'Initial Authorization Package Checklist (this document)',
    'System Security Plan (SSP)',
    'SSP Attachment 1 - Information Security Policies and Procedures',
    'SSP Attachment 2 - User Guide',
    'SSP Attachment 3 - Digital Identity Worksheet',
    'SSP Attachment 4 - PTA / PIA',
    'SSP Attachment 5 - Rules of Behavior',
    'SSP Attachment 6 - Information System Contingency Plan',
    'SSP Attachment 7 - Configuration Management Plan',
    'SSP Attachment 8 - Incident Response Plan',
    'SSP Attachment 9 - CIS/CRM Workbook',
    'SSP Attachment 10 - FIPS 199',
    'SSP Attachment 11 - Separation of Duties Matrix',
    'SSP Attachment 12 - FedRAMP Laws and Regulations',
    'SSP Attachment 13 - Integrated Inventory Workbook',
    'Security Assessment Plan (SAP)',
    'Security Assessment Report (SAR)',
    'Plan of Action and Milestones (POA&M)',
    'Agency ATO letter',
  ];
  items.forEach((it, i) => rows.push([String(i + 1), it, i === 18 ? 'N' : 'Y', i === 18 ? 'Pending AO signature' : `RCF_${it.split(' ')[0]}_v2.zip`]));
  return [
    h1('FedRAMP Initial Authorization Package Checklist'),
    p(`CSP: ${W.csp}    Cloud Service Offering: ${W.system}    Package ID: ${W.fedrampId}    Impact level: Moderate`),
    p('Instructions: confirm that each item below is included in the package uploaded to the FedRAMP secure repository and that all documents use the current FedRAMP templates.'),
    table(rows),
  ];
}

export const attachmentPlans: DocPlan[] = [
  { file: 'RCF-AC-Policy-and-Procedures.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Access Control (AC-1) policy and procedures document from the consultant template.', build: () => renderDocx(spec({ title: 'Access Control Policy and Procedures', creator: W.consultantLead }, templated('Access Control Policy and Procedures', 'AC-1', '1.2', '2025-02-10', policyBody('Access Control', 'AC', 31)))) },
  { file: 'Attachment1.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Combined Information Security Policies and Procedures (AC, AU, CM, IA families) exported to PDF.', build: () => renderPdf(spec({ title: 'Information Security Policies and Procedures' }, [bold(`${W.csp}`), bold('Information Security Policies and Procedures'), p('SSP Attachment 1  -  Version 2.0  -  February 2025'), ...distribution([`${W.isso} / ${W.cspShort}`, `${W.ao} / ${W.agencyAbbr}`]), ...ispp()], 'bold')) },
  { file: 'CaseFlow User Guide.docx', expected: 'USER_GUIDE', note: 'End-user and tenant-administrator User Guide (SSP attachment 2) with sign-in, roles and security settings.', build: () => renderDocx(spec({ title: 'User Guide', creator: 'Ridgeline Product Documentation' }, templated(`${W.system} User Guide`, 'For agency users and tenant administrators', '3.1', '2025-01-20', userGuideBody()), 'styles', `${W.system} User Guide`, 'Ridgeline Managed Services')) },
  { file: 'ug_export_2026.pdf', expected: 'USER_GUIDE', note: 'User Guide exported from the documentation site to PDF, title as large type, no metadata title.', build: () => renderPdf(spec({}, [{ kind: 'p', text: `${W.system}`, bold: true, size: 40 }, { kind: 'p', text: 'User Guide', bold: true, size: 32 }, p('Release 2026.1'), ...userGuideBody()], 'bold', 'docs.ridgeline.example', 'Ridgeline Managed Services')) },
  { file: 'Attachment 3 - DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet (IAL/AAL/FAL selection) from the template.', build: () => renderDocx(spec({ title: 'SSP Attachment 3', creator: W.consultantLead }, templated('Digital Identity Worksheet', 'SSP Attachment 3', '1.1', '2025-01-08', diwBody()))) },
  { file: 'identity-levels.md', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet content kept as markdown by the compliance team.', build: async () => renderMarkdown(spec({}, [h1(`${W.system} - Digital Identity Worksheet`), p('Owner: ISSO. Mirrors SSP Attachment 3; edit here and regenerate the Word version.'), ...diwBody()])) },
  { file: 'PTA-PIA_RCF_signed.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis and Privacy Impact Assessment with signatures, PDF.', build: () => renderPdf(spec({ title: 'Privacy Impact Assessment' }, [bold(`${W.csp}  -  ${W.system}`), bold('Privacy Threshold Analysis and Privacy Impact Assessment'), p('SSP Attachment 4 - February 2025'), ...ptaBody()], 'bold')) },
  { file: 'document (12).docx', expected: 'PRIVACY_ASSESSMENT', note: 'PTA/PIA in the consultant template, neutral file name.', build: () => renderDocx(spec({ title: 'Bluewater_Template_Master_v4', creator: 'Bluewater Compliance Partners' }, templated('Privacy Threshold Analysis and Privacy Impact Assessment', 'SSP Attachment 4', '1.3', '2025-02-12', ptaBody()))) },
  { file: 'RoB-privileged.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with acknowledgement block.', build: () => renderDocx(spec({ title: 'Rules of Behavior', creator: W.isso }, [...cover({ title: 'Rules of Behavior', subtitle: 'SSP Attachment 5', version: '1.2', date: '2025-01-15', banner: 'CUI' }), pageBreak, ...robBody('privileged'), pageBreak, ...robBody('general')])) },
  { file: 'rules.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text general-user Rules of Behavior shown at first sign-in, pasted into a text file.', build: async () => renderText(spec({}, [p(`${W.system} - Rules of Behavior (General Users) - v1.2`), ...robBody('general')], 'styles', 'CUI')) },
  { file: 'RCF ISCP 2025.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with RTO/RPO, call tree and recovery procedures.', build: () => renderDocx(spec({ title: 'Information System Contingency Plan', creator: W.ops }, templated('Information System Contingency Plan', 'SSP Attachment 6', '2.0', '2025-02-03', iscpBody()))) },
  { file: 'Attachment_06.pdf', expected: 'CONTINGENCY_PLAN', note: 'ISCP as PDF with bold headings and a stale metadata title from an older template.', build: () => renderPdf(spec({ title: 'Bluewater - Contingency Plan TEMPLATE (do not edit)', creator: 'Bluewater Compliance Partners' }, [bold('Information System Contingency Plan (ISCP)'), p(`${W.system}  |  ${W.csp}  |  Version 1.0  |  September 2024`), ...iscpBody()], 'bold')) },
  { file: 'CMP_v1.4.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan (baselines, change control, security impact analysis).', build: () => renderDocx(spec({ title: 'Configuration Management Plan', creator: W.ops }, templated('Configuration Management Plan', 'SSP Attachment 7', '1.4', '2025-02-18', cmpBody()))) },
  { file: 'config-mgmt.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The Configuration Management Plan maintained as markdown in the engineering wiki export.', build: async () => renderMarkdown(spec({}, [h1(`${W.system} Configuration Management Plan`), p('Document owner: Configuration Manager. Version 1.5 (wiki).'), ...cmpBody()])) },
  { file: 'IRP.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan with team, severities, handling phases and US-CERT/FedRAMP reporting.', build: () => renderDocx(spec({ title: 'Incident Response Plan', creator: W.ciso }, templated('Incident Response Plan', 'SSP Attachment 8', '1.3', '2025-01-27', irpBody()), 'bold')) },
  { file: 'Final_v2.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan PDF with no metadata and a neutral name.', build: () => renderPdf(spec({}, [centered(CUI), bold(`${W.system} Incident Response Plan`), p('Version 1.1 - October 2024'), ...irpBody()], 'bold')) },
  { file: 'FIPS199_RCF.docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization attachment with SP 800-60 information types.', build: () => renderDocx(spec({ title: 'FIPS 199', creator: W.isso }, templated('FIPS 199 Categorization', 'SSP Attachment 10', '1.0', '2024-09-12', fips199Body()))) },
  { file: 'categorization.pdf', expected: 'FIPS_199', note: 'FIPS 199 categorization exported to PDF with signature table.', build: () => renderPdf(spec({ title: 'categorization.docx' }, [bold(`${W.csp}`), ...fips199Body()], 'bold')) },
  { file: 'SCRM Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR family) from the template.', build: () => renderDocx(spec({ title: 'Supply Chain Risk Management Plan', creator: W.consultantLead }, templated('Supply Chain Risk Management Plan', 'SR-2', '1.0', '2025-02-25', scrmBody()))) },
  { file: 'sr-plan-2026.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'SCRM Plan annual revision as PDF.', build: () => renderPdf(spec({ title: 'SCRM' }, [bold('Supply Chain Risk Management Plan'), p(`${W.system}  -  Annual revision 2026`), ...scrmBody()], 'bold')) },
  { file: 'SoD_matrix.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix as a Word table with conflicting duties.', build: () => renderDocx(spec({ title: 'Separation of Duties Matrix', creator: W.isso }, [...cover({ title: 'Separation of Duties Matrix', subtitle: 'SSP Attachment 11', version: '1.0', date: '2024-10-01', banner: 'CUI' }), pageBreak, ...sodDocBody()])) },
  { file: 'Attachment 12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations attachment listing applicable laws, OMB memos, FIPS and NIST publications.', build: () => renderDocx(spec({ title: 'Laws and Regulations' }, [...cover({ title: 'FedRAMP Laws and Regulations', subtitle: 'SSP Attachment 12', version: '1.0', date: '2024-10-01' }), pageBreak, ...lawsBody()])) },
  { file: 'package-checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist completed in Word.', build: () => renderDocx(spec({ title: 'Checklist', creator: W.isso }, checklistBody(), 'bold', `${CUI} - ${W.cspShort}`, 'FedRAMP package checklist')) },
];
