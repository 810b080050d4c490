import { bold, h1, p, pagebreak, small, table, title, toMarkdown, toPlainText, type Block } from './kit/blocks.js';
import { A, B, approvals, cover, revisionHistory, sections, tocList, type Engagement } from './kit/common.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { buildXlsx } from './kit/xlsx.js';
import type { EvalDoc } from './types.js';

type Secs = [string, string[]][];

function attachment(e: Engagement, docTitle: string, version: string, date: string, body: Secs, opts: { asBold?: boolean; extra?: Block[]; coverExtra?: string[] } = {}): Block[] {
  return [
    ...cover(docTitle, e, version, date, opts.coverExtra),
    ...revisionHistory([
      ['06/14/2024', '1.0', 'Initial release', e.isso],
      [date.replace(/^(\w+) (\d+), (\d+)$/, '$1 $2, $3'), version, 'Annual review; updated for Rev5 and assessment comments', e.isso],
    ]),
    ...approvals([[e.sysOwner, 'System Owner'], [e.isso, 'ISSO']]),
    pagebreak(),
    ...tocList(body.map(([h]) => h)),
    pagebreak(),
    ...sections(body, opts.asBold),
    ...(opts.extra ?? []),
  ];
}

const docxMeta = (t: string | undefined, who: string, modified = '2025-04-02T15:11:00Z') => ({ ...(t === undefined ? {} : { title: t }), creator: who, lastModifiedBy: who, created: '2024-06-14T13:00:00Z', modified });

// ---------------------------------------------------------------- Policies and procedures
function policies(e: Engagement): Secs {
  const fam = (code: string, name: string, proc: string): [string, string[]] => [
    `${code} ${name} Policy and Procedures`,
    [
      `Purpose. This policy establishes the ${name.toLowerCase()} requirements for ${e.system} and the ${e.csp} personnel who operate it, in accordance with NIST SP 800-53 Rev. 5 control ${code}-1 and the FedRAMP Moderate baseline.`,
      `Scope. The policy applies to all components inside the ${e.abbr} authorization boundary, to all employees and contractors with logical or physical access to those components, and to third parties acting on behalf of ${e.cspShort}.`,
      `Roles and responsibilities. The Chief Information Security Officer owns this policy; the ISSO, ${e.isso}, maintains the associated procedures and reviews both at least annually and following significant changes or security incidents.`,
      `Procedures. ${proc}`,
      `Compliance. Violations of this policy may result in disciplinary action up to and including termination of employment or contract. Exceptions must be requested in writing, risk-accepted by the CISO, and tracked in the Plan of Action and Milestones where they affect a FedRAMP control.`,
    ],
  ];
  return [
    ['Introduction', [`${e.csp} maintains a documented information security program. This document collects the information security policies and their implementing procedures for the ${e.abbr} system, one section per NIST SP 800-53 Rev. 5 control family, and is submitted as Attachment 1 to the System Security Plan.`, 'Policies state management intent; procedures describe who does what, when, and with which tools. Each procedure is referenced by the control implementation statements of the SSP.']],
    fam('AC', 'Access Control', 'Access requests are submitted through the service desk, approved by the resource owner and the ISSO, and provisioned by Identity Engineering. Accounts inactive for ninety days are disabled automatically. Privileged accounts are reviewed monthly.'),
    fam('AT', 'Awareness and Training', 'New personnel complete security awareness training before receiving access, and annually thereafter; role-based training is assigned to administrators and developers. Completion records are retained for five years.'),
    fam('AU', 'Audit and Accountability', 'Audit records from operating systems, databases and applications are forwarded to the central log platform and retained online for ninety days and in archive for one year. Security Operations reviews alerts daily and audit reports weekly.'),
    fam('CM', 'Configuration Management', 'Baseline configurations follow the CIS Benchmarks with documented deviations. Changes follow the Configuration Management Plan and are approved by the Change Control Board.'),
    fam('CP', 'Contingency Planning', 'The Information System Contingency Plan is tested annually with a functional exercise; backups are taken daily and tested quarterly.'),
    fam('IA', 'Identification and Authentication', 'Users authenticate through the corporate identity provider with phishing-resistant multifactor authentication; passwords meet NIST SP 800-63B memorized secret requirements.'),
    fam('IR', 'Incident Response', 'Incidents are handled according to the Incident Response Plan; US-CERT/CISA and the sponsoring agency are notified within one hour of a confirmed incident.'),
    fam('RA', 'Risk Assessment', 'Vulnerability scans of operating systems, databases and web applications run monthly; findings are remediated within 30, 90 and 180 days for high, moderate and low risks.'),
    fam('SC', 'System and Communications Protection', 'Encryption in transit uses TLS 1.2 or higher with FIPS-validated modules; data at rest is encrypted with customer-managed keys.'),
  ];
}

// ---------------------------------------------------------------- Contingency plan
function iscp(e: Engagement): Secs {
  return [
    ['1. Introduction and Purpose', [`This Information System Contingency Plan (ISCP) establishes procedures to recover ${e.system} following a disruption. The plan is Attachment 6 to the ${e.abbr} System Security Plan and satisfies control CP-2 of the FedRAMP Moderate baseline.`, `The following objectives have been established for this plan: maximize the effectiveness of contingency operations through three phases (activation and notification, recovery, and reconstitution); identify the activities, resources and procedures needed to carry out ${e.abbr} processing requirements during prolonged interruptions; and assign responsibilities to designated personnel.`]],
    ['2. Concept of Operations', [`${e.abbr} runs in two availability zones of ${e.region} with an alternate processing site in a second region. The Business Impact Analysis (Appendix H) determined a maximum tolerable downtime of 24 hours, a recovery time objective (RTO) of 12 hours and a recovery point objective (RPO) of 4 hours.`, 'Backups of the case database are taken every four hours as encrypted snapshots replicated to the alternate region; object storage is versioned and replicated continuously.']],
    ['3. Roles and Responsibilities', ['The Contingency Plan Coordinator directs the response and declares activation; the Outage and Damage Assessment Lead determines the extent of the disruption; the Recovery Lead executes the restoration runbooks; the Communications Lead notifies agency customers through the status page and the agency points of contact.']],
    ['4. Activation and Notification', ['The plan is activated when an outage of the production environment is expected to exceed four hours, when the primary region is unavailable, or when the Contingency Plan Coordinator so decides. Notification follows the call tree in Appendix A.']],
    ['5. Recovery', ['Recovery procedures restore the network layer, the data tier from the most recent consistent snapshot, then the application tier through the deployment pipeline pointed at the alternate region. Each step has a runbook identifier and a verification check.']],
    ['6. Reconstitution', ['Reconstitution is complete when the system has been validated by functional tests, security controls are verified by the ISSO, concurrent processing has been performed where required, and the plan deactivation is announced.']],
    ['7. Plan Testing and Maintenance', ['The ISCP is tested annually through a functional exercise as required by CP-4; the results and lessons learned are documented in the contingency plan test report and feed the plan update.']],
  ];
}

// ---------------------------------------------------------------- CMP
function cmp(e: Engagement): Secs {
  return [
    ['1 Purpose', [`This Configuration Management Plan (CMP) describes how ${e.csp} establishes and maintains the integrity of ${e.system} through its life cycle. It implements CM-9 and supports CM-2 through CM-8 and CM-10 and CM-11 of the FedRAMP Moderate baseline.`]],
    ['2 Roles', ['The Change Control Board (CCB) is chaired by the Director of Cloud Operations and includes the ISSO, the lead architect and a product owner. Configuration items are owned by the engineering team that builds them.']],
    ['3 Configuration Items and Baselines', ['Configuration items include machine images, infrastructure-as-code modules, container images, database parameter groups and network policies. Baselines are derived from the CIS Benchmarks Level 1 profiles, hardened, and recorded in the configuration repository with their approved deviations.']],
    ['4 Change Control Process', ['Every change is requested through a change ticket that records the description, the security impact analysis, the test evidence and the rollback plan. Standard changes are pre-approved; normal changes require CCB approval; emergency changes are approved by the CCB chair and reviewed by the full board within two business days.', 'Changes that could be significant under the FedRAMP Significant Change Policies are escalated to the ISSO, who determines whether a Significant Change Request must be submitted to the authorizing official before implementation.']],
    ['5 Security Impact Analysis', ['The security impact analysis considers the affected controls, the authorization boundary, data flows and the inventory. Its results are recorded in the ticket and the SSP is updated when the implementation of a control changes.']],
    ['6 Configuration Monitoring', ['Configuration drift is detected daily by the cloud posture management service and weekly by authenticated configuration scans; drift findings are remediated or recorded in the POA&M.']],
    ['7 Inventory', ['The component inventory is maintained automatically from the cloud provider APIs and reconciled monthly into the Integrated Inventory Workbook.']],
  ];
}

// ---------------------------------------------------------------- IRP
function irp(e: Engagement): Secs {
  return [
    ['1. Purpose and Scope', [`This Incident Response Plan (IRP) provides ${e.csp} with a roadmap for implementing its incident response capability for ${e.system}. It satisfies IR-8 and describes how incidents are detected, analyzed, contained, eradicated and recovered from, in line with NIST SP 800-61.`]],
    ['2. Incident Response Team', ['The Computer Security Incident Response Team (CSIRT) is led by the Incident Commander on call, supported by Security Operations analysts, the ISSO, Legal, and Communications. Contact details are maintained in the on-call tool.']],
    ['3. Incident Categories and Severity', ['Incidents are categorized as unauthorized access, denial of service, malicious code, improper usage, scans/probes, and investigation, and assigned a severity of 1 (critical) to 4 (low) based on functional impact, information impact and recoverability.']],
    ['4. Detection and Analysis', ['Alerts originate from the SIEM correlation rules, endpoint detection, the web application firewall and customer reports. The analyst on duty triages each alert within thirty minutes and opens an incident record when an event is confirmed.']],
    ['5. Containment, Eradication and Recovery', ['Containment options include isolating instances, revoking credentials and blocking indicators at the edge. Evidence is preserved before eradication; recovery is validated before systems return to production.']],
    ['6. Reporting', [`Confirmed incidents are reported to CISA within one hour, to the ${e.agencyShort} security operations center and to the FedRAMP PMO as required by the FedRAMP Incident Communications Procedures.`]],
    ['7. Post-Incident Activity', ['A lessons-learned review is held within two weeks of closure; actions are tracked to completion and the IRP is updated as needed. The plan is tested annually (IR-3).']],
  ];
}

// ---------------------------------------------------------------- SCRM
function scrm(e: Engagement): Secs {
  return [
    ['1 Introduction', [`This Supply Chain Risk Management Plan describes how ${e.csp} identifies, assesses and mitigates supply chain risks to ${e.system}, implementing SR-2 and the related SR family controls of the FedRAMP Rev5 Moderate baseline.`]],
    ['2 SCRM Roles', ['The SCRM team comprises Procurement, Legal, the ISSO and the lead architect. It meets quarterly and whenever a critical supplier changes.']],
    ['3 Critical Suppliers and Components', [`Critical suppliers include the infrastructure provider (${e.region}), the identity provider, the source code hosting service and the open-source components in the software bill of materials.`]],
    ['4 Supplier Assessment', ['Suppliers are assessed before onboarding and annually using a questionnaire, their FedRAMP authorization or SOC 2 reports, and publicly available threat intelligence. Foreign ownership, control or influence is reviewed for critical suppliers.']],
    ['5 Acquisition Controls', ['Contracts include security requirements, notification obligations for compromises, and flow-down clauses. Components are obtained from authorized sources and their integrity verified by signature or hash.']],
    ['6 Provenance and SBOM', ['Each release produces a software bill of materials; dependencies with known exploited vulnerabilities block the release pipeline.']],
    ['7 Monitoring and Review', ['Supplier risk ratings are reviewed annually; this plan is reviewed annually and after significant supplier changes.']],
  ];
}

// ---------------------------------------------------------------- build
async function docx(e: Engagement, blocks: Block[], header: string, meta: ReturnType<typeof docxMeta> | null): Promise<Buffer> {
  return buildDocx({ blocks, header, footer: `${e.csp} - CUI`, meta });
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  // Policies and procedures
  out.push({ file: 'MLC-A01-Policies.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Halvorsen\'s Information Security Policies and Procedures (SSP Attachment 1), one policy/procedure section per 800-53 family.', data: await docx(A, attachment(A, 'Information Security Policies and Procedures', '2.1', 'April 2, 2025', policies(A)), `${A.abbr} Information Security Policies and Procedures`, docxMeta('Information Security Policies and Procedures', A.isso)) });
  out.push({ file: 'Final_v7.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Tidewater\'s information security policies and procedures handbook as PDF, family-by-family policies (SSP Attachment 1).', data: await buildPdf({ blocks: attachment(B, 'Information Security Policies and Procedures Handbook', '1.3', 'January 9, 2025', policies(B), { asBold: true }), header: 'CPCM ISPP Handbook', meta: { title: 'ISPP handbook', author: B.isso } }) });

  // User guide
  const ug = (e: Engagement): Secs => [
    ['Welcome', [`This guide explains how agency users and agency administrators use ${e.system}. It covers signing in, navigating the workspace, managing cases and records, and the security features you are responsible for configuring.`]],
    ['Signing In', [`Open https://${e.domain}/ in a supported browser. You are redirected to your agency's identity provider; after authenticating with your PIV card or approved authenticator you return to the ${e.abbr} home page. Sessions end after 15 minutes of inactivity.`]],
    ['Your Workspace', ['The left navigation lists Cases, Records, Reports and Settings. Your role determines which items you see: Case Workers see assigned cases, Supervisors see their team\'s queue, and Agency Administrators see Settings.']],
    ['Creating and Routing a Case', ['Select New Case, choose the case type, complete the required fields marked with an asterisk and select Submit. To route a case, open it, select Assign, pick a user or queue, and add a note. Every action is recorded in the case history.']],
    ['Administering Users (Agency Administrators)', ['Agency Administrators map identity provider groups to roles under Settings > Access. Remove users promptly when they leave; review role assignments at least quarterly as described in the Customer Responsibility Matrix.']],
    ['Security Features', ['Exports are watermarked with the user name and time. Audit logs can be downloaded under Reports > Audit. Report suspected security incidents to your agency security office and to the support desk at once.']],
    ['Getting Help', [`Contact ${e.cspShort} Federal Support at support@${e.domain} or 1-800-555-0142, 24 hours a day.`]],
  ];
  out.push({ file: 'CPCM User Guide.docx', expected: 'USER_GUIDE', note: 'The CPCM User Guide for agency users and administrators (SSP attachment).', data: await docx(B, attachment(B, 'User Guide', '4.0', 'February 3, 2025', ug(B)), 'ClearPath Case Management User Guide', docxMeta('CPCM User Guide', 'Tech Pubs')) });
  out.push({ file: 'user-guide-export.md', expected: 'USER_GUIDE', note: 'Meridian Ledger Cloud user guide exported from the documentation site as Markdown.', data: `---\ntitle: Meridian Ledger Cloud User Guide\nversion: 2025.04\n---\n\n` + toMarkdown([title(`${A.system} User Guide`), small('Release 2025.04 - for agency end users and agency administrators'), ...sections(ug(A))]) });

  // Digital identity worksheet
  const diw = (e: Engagement): Block[] => [
    ...cover('Digital Identity Worksheet', e, '1.1', 'March 10, 2025'),
    ...sections([
      ['1. Introduction and Purpose', [`This worksheet documents the digital identity acceptance determination for ${e.system} in accordance with NIST SP 800-63-3, Digital Identity Guidelines. It is Attachment 3 to the SSP.`, 'The digital identity level is selected by assessing the potential impact of authentication errors on each impact category and then choosing the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).']],
      ['2. Digital Identity Level Definitions', ['IAL1: no requirement to link the applicant to a specific real-life identity. IAL2: evidence supports the real-world existence of the claimed identity. AAL2: high confidence that the claimant controls authenticators bound to the subscriber account. FAL2: the assertion is signed and audience-restricted.']],
      ['3. Review Maximum Potential Impact Levels', ['The table below records the potential impact of an authentication error for each category.']],
    ]),
    table([['Impact Category', 'Low', 'Moderate', 'High'], ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', '', 'X', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']]),
    h1('4. Digital Identity Level Selection'),
    p(`Based on the maximum potential impact of Moderate, the selected level for ${e.abbr} is IAL2 / AAL2 / FAL2, which corresponds to FedRAMP Moderate digital identity level 2.`),
  ];
  out.push({ file: 'MLC-A03-DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet (SP 800-63 IAL/AAL/FAL selection) for Meridian Ledger Cloud.', data: await docx(A, diw(A), `${A.abbr} Digital Identity Worksheet`, docxMeta('Digital Identity Worksheet', A.isso)) });
  out.push({ file: 'scan0007.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'CPCM Digital Identity Worksheet as PDF without metadata.', data: await buildPdf({ blocks: diw(B), meta: null }) });

  // Privacy
  const pta: Block[] = [
    ...cover('Privacy Threshold Analysis (PTA)', A, '1.2', 'February 20, 2025'),
    p('Complete this Privacy Threshold Analysis to determine whether a Privacy Impact Assessment is required. Answer every question; provide an explanation where asked.'),
    table([['#', 'Question', 'Response'],
      ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII)?', 'Yes. Names, business email addresses and phone numbers of agency users; case records may include names and addresses of members of the public.'],
      ['2', 'Does the system collect Social Security Numbers?', 'No. Input validation rejects SSN patterns in free-text fields.'],
      ['3', 'What is the source of the PII?', 'Agency users and agency systems through the records interface.'],
      ['4', 'Is the PII retrieved by a personal identifier (System of Records)?', 'Yes; the sponsoring agency\'s SORN applies.'],
      ['5', 'Is a Privacy Impact Assessment required?', 'Yes. A PIA has been completed (see Section 2 of this attachment).']]),
    h1('PTA Approval'),
    p(`Privacy Officer determination: the ${A.abbr} is a privacy-sensitive system; a PIA is required and has been conducted. Signed: Eleanor Vasquez, Chief Privacy Officer, ${A.csp}.`),
  ];
  out.push({ file: 'MLC PTA signed.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis questionnaire for Meridian Ledger Cloud (SSP attachment PTA/PIA).', data: await docx(A, pta, 'Privacy Threshold Analysis', docxMeta('PTA', 'Eleanor Vasquez')) });
  const pia = attachment(B, 'Privacy Impact Assessment (PIA)', '1.0', 'December 12, 2024', [
    ['1. Overview', [`This Privacy Impact Assessment evaluates how ${B.system} collects, uses, shares and protects personally identifiable information, as required by the E-Government Act of 2002, Section 208, and OMB M-03-22.`]],
    ['2. Characterization of the Information', ['The system maintains names, mailing addresses, phone numbers and dates of birth of housing program applicants, and the names and work contact details of agency users.']],
    ['3. Uses of the Information', ['PII is used only to process and adjudicate compliance cases. No matching programs are performed.']],
    ['4. Retention', ['Records are retained according to the agency\'s NARA-approved records schedule and destroyed using NIST SP 800-88 methods.']],
    ['5. Notice, Access and Redress', ['Individuals receive notice through the agency\'s Privacy Act statement and the published SORN; they may request access and correction through the agency FOIA/Privacy office.']],
    ['6. Safeguards', ['Access is role-based, encrypted in transit and at rest, audited, and reviewed quarterly.']],
  ]);
  out.push({ file: 'attachment-4.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment for CPCM as PDF (SSP PTA/PIA attachment).', data: await buildPdf({ blocks: pia, header: 'CPCM Privacy Impact Assessment', meta: { title: 'Microsoft Word - PIA_CPCM_v1.0.docx', author: B.isso } }) });

  // Rules of behavior
  const rob = (e: Engagement): Secs => [
    ['Introduction', [`These Rules of Behavior apply to every person granted access to ${e.system}, whether an internal privileged user of ${e.csp} or an agency user. Users must read and acknowledge them before access is granted and annually thereafter (PL-4).`]],
    ['Responsibilities', ['Protect your credentials and authenticators; never share accounts. Lock your workstation when unattended. Use the system only for authorized purposes. Report suspected incidents immediately to the security operations center.']],
    ['Prohibited Activities', ['Do not attempt to bypass security controls, install unauthorized software on system components, copy federal data to personal devices or personal cloud storage, or post information about the system on social media.']],
    ['Privileged Users', ['Privileged users must use their privileged account only for administrative tasks, from the bastion enclave, and must not browse the internet or read email with privileged credentials.']],
    ['Consequences of Non-Compliance', ['Violations may result in loss of access, disciplinary action, and civil or criminal penalties.']],
    ['Acknowledgement', ['I have read and understand these Rules of Behavior and agree to comply with them. Name: ______________ Signature: ______________ Date: ________']],
  ];
  out.push({ file: 'RoB-privileged-users.docx', expected: 'RULES_OF_BEHAVIOR', note: 'CPCM Rules of Behavior with user acknowledgement block (SSP attachment).', data: await docx(B, attachment(B, 'Rules of Behavior', '2.0', 'January 15, 2025', rob(B), { asBold: true }), 'CPCM Rules of Behavior', null) });
  out.push({ file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Meridian Ledger Cloud Rules of Behavior sent as plain text.', data: toPlainText([title(`${A.system} Rules of Behavior`), small(`${A.csp} - Version 1.4 - effective 03/01/2025`), ...sections(rob(A))]) });

  // Contingency plan
  out.push({ file: 'MLC-A06-ISCP.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan for Meridian Ledger Cloud (SSP Attachment 6).', data: await docx(A, attachment(A, 'Information System Contingency Plan (ISCP)', '2.0', 'March 28, 2025', iscp(A)), `${A.abbr} ISCP`, docxMeta('ISCP', A.isso)) });
  out.push({ file: 'cp_draft2_clean.pdf', expected: 'CONTINGENCY_PLAN', note: 'CPCM Information System Contingency Plan as PDF, metadata title is a file name.', data: await buildPdf({ blocks: attachment(B, 'Information System Contingency Plan', '1.2', 'February 11, 2025', iscp(B), { asBold: true }), header: 'ClearPath Case Management - ISCP', meta: { title: 'cp_draft2_clean.docx', author: 'pr' } }) });

  // CMP
  out.push({ file: 'Tidewater_CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan for CPCM (SSP attachment).', data: await docx(B, attachment(B, 'Configuration Management Plan', '3.1', 'January 30, 2025', cmp(B)), 'CPCM Configuration Management Plan', docxMeta('Configuration Management Plan', B.isso)) });
  out.push({ file: 'upload (7).pdf', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Meridian Ledger Cloud Configuration Management Plan as PDF.', data: await buildPdf({ blocks: attachment(A, 'Configuration Management Plan (CMP)', '2.2', 'April 1, 2025', cmp(A)), header: `${A.system} CMP`, serif: true, meta: { title: 'Configuration Management Plan', author: A.isso } }) });

  // IRP
  out.push({ file: 'MLC-A08-IRP.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan for Meridian Ledger Cloud (SSP attachment).', data: await docx(A, attachment(A, 'Incident Response Plan', '2.4', 'March 5, 2025', irp(A)), `${A.abbr} Incident Response Plan`, docxMeta('FedRAMP ISCP Template', 'FedRAMP')) });
  out.push({ file: 'IRP.md', expected: 'INCIDENT_RESPONSE_PLAN', note: 'CPCM Incident Response Plan kept in the CSP\'s git wiki as Markdown.', data: toMarkdown([title(`${B.system} Incident Response Plan`), small(`Owner: ${B.isso} | Version 1.6 | Last reviewed 2025-02-18`), ...sections(irp(B))]) });

  // SCRM
  out.push({ file: 'MLC SCRM Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan for Meridian Ledger Cloud (SSP attachment).', data: await docx(A, attachment(A, 'Supply Chain Risk Management Plan', '1.0', 'April 10, 2025', scrm(A)), `${A.abbr} SCRM Plan`, docxMeta('Supply Chain Risk Management Plan', A.isso)) });
  out.push({ file: 'doc-0388.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'CPCM Supply Chain Risk Management Plan as PDF.', data: await buildPdf({ blocks: attachment(B, 'Supply Chain Risk Management (SCRM) Plan', '1.1', 'March 3, 2025', scrm(B), { asBold: true }), meta: { author: B.isso } }) });

  // FIPS 199
  const fips = (e: Engagement): Block[] => [
    ...cover('FIPS 199 Categorization', e, '1.0', 'November 18, 2024'),
    ...sections([
      ['Introduction and Purpose', [`This document describes the security categorization of ${e.system} in accordance with FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II. It is an attachment to the SSP.`]],
      ['Scope', ['The categorization covers all information types processed, stored or transmitted by the system within its authorization boundary.']],
      ['System Description', [`${e.system} is a SaaS offering hosted on ${e.region}.`]],
      ['Methodology', ['Information types were identified from NIST SP 800-60 Volume II, their provisional impact levels reviewed and adjusted where justified, and the high-water mark taken across confidentiality, integrity and availability.']],
    ]),
    table([['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.2 Lifecycle/Change Management', 'Low', 'Moderate', 'Low'], ['D.8.1 Financial Management / Accounting', 'Moderate', 'Moderate', 'Low'], ['C.2.8.12 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'], ['Overall (high-water mark)', 'Moderate', 'Moderate', 'Moderate']]),
    bold('Security Categorization'),
    p(`SC ${e.abbr} = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The FIPS 199 security categorization of the system is Moderate.`),
  ];
  out.push({ file: 'MLC-A10-FIPS199.docx', expected: 'FIPS_199', note: 'FIPS 199 Categorization with SP 800-60 information types for Meridian Ledger Cloud.', data: await docx(A, fips(A), `${A.abbr} FIPS 199 Categorization`, docxMeta(undefined, A.isso)) });
  out.push({ file: 'categorization.pdf', expected: 'FIPS_199', note: 'CPCM FIPS 199 Categorization as PDF.', data: await buildPdf({ blocks: fips(B), header: 'CPCM FIPS 199', meta: { title: 'FIPS 199 Categorization', author: B.isso } }) });

  // Separation of duties (xlsx and docx)
  const sodRoles = ['Cloud Operations Engineer', 'Database Administrator', 'Security Operations Analyst', 'Release Manager', 'Developer', 'ISSO', 'Identity Administrator'];
  const sodFns = ['Deploy to production', 'Approve production change', 'Create privileged account', 'Approve privileged account', 'Review audit logs', 'Modify audit configuration', 'Write application code', 'Manage encryption keys'];
  const sodCell = (ri: number, fi: number): string => ((ri * 3 + fi * 5) % 4 === 0 ? 'X' : (ri + fi) % 5 === 0 ? 'A' : '');
  out.push({
    file: 'MLC-A11-SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook: roles against duties with conflicting functions flagged.',
    data: await buildXlsx({ meta: { title: 'Separation of Duties Matrix', creator: A.isso, created: '2024-06-14T13:00:00Z', modified: '2025-04-02T15:11:00Z' }, sheets: [
      { name: 'SoD Matrix', boldRows: [1, 3], rows: [[`${A.system} - Separation of Duties Matrix (AC-5)`], ['Legend: X = performs; A = approves; blank = no access. No role may both perform and approve the same function.'], ['Function / Duty', ...sodRoles], ...sodFns.map((f, fi) => [f, ...sodRoles.map((_, ri) => sodCell(ri, fi))])], widths: [34, 18, 18, 18, 18, 18, 18, 18] },
      { name: 'Conflicting Duties', boldRows: [1], rows: [['Duty A', 'Duty B', 'Why they conflict', 'Compensating control'], ['Deploy to production', 'Approve production change', 'A single person could introduce unreviewed code', 'Pipeline enforces two-person approval'], ['Create privileged account', 'Approve privileged account', 'Self-granted privilege', 'Approval by ISSO recorded in ticket'], ['Review audit logs', 'Modify audit configuration', 'Tampering could go unnoticed', 'Audit config changes alert to SOC']] },
    ] }),
  });
  out.push({ file: 'CPCM_SoD_Matrix.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'CPCM Separation of Duties Matrix as a Word table with a short narrative.', data: await docx(B, [
    ...cover('Separation of Duties Matrix', B, '1.0', 'January 22, 2025'),
    h1('Purpose'), p(`This matrix documents how duties for ${B.system} are divided among roles to reduce the risk of malevolent activity without collusion, as required by AC-5. It supplements the SSP's AC-5 implementation statement.`),
    h1('Matrix'), table([['Function', ...sodRoles.slice(0, 5)], ...sodFns.map((f, fi) => [f, ...sodRoles.slice(0, 5).map((_, ri) => sodCell(ri, fi))])]),
    p('Legend: X = performs the function; A = approves; blank = not permitted.'),
  ], 'CPCM Separation of Duties Matrix', docxMeta('SoD', B.isso)) });

  // Laws and regulations
  const laws: [string, string, string][] = [
    ['Computer Fraud and Abuse Act', '18 U.S.C. 1030', 'Law'], ['E-Government Act of 2002', 'Pub. L. 107-347', 'Law'], ['Federal Information Security Modernization Act of 2014', 'Pub. L. 113-283', 'Law'], ['Privacy Act of 1974', '5 U.S.C. 552a', 'Law'], ['FedRAMP Authorization Act', 'Pub. L. 117-263, Title LIX', 'Law'],
    ['Managing Information as a Strategic Resource', 'OMB Circular A-130', 'Regulation'], ['Binding Operational Directive 22-01', 'CISA BOD 22-01', 'Directive'], ['Security and Privacy Controls for Information Systems', 'NIST SP 800-53 Rev. 5', 'Standard'], ['Standards for Security Categorization', 'FIPS 199', 'Standard'], ['Security Requirements for Cryptographic Modules', 'FIPS 140-3', 'Standard'], ['Digital Identity Guidelines', 'NIST SP 800-63-3', 'Guidance'], ['Contingency Planning Guide', 'NIST SP 800-34 Rev. 1', 'Guidance'],
  ];
  out.push({ file: 'MLC-A12-Laws-Regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations attachment as a workbook listing applicable laws, directives and standards.', data: await buildXlsx({ meta: { title: 'FedRAMP Applicable Laws and Regulations', creator: A.isso }, sheets: [
    { name: 'Laws and Regulations', boldRows: [1, 3], rows: [[`${A.system} - Applicable Laws, Regulations, Standards and Guidance`], [`Attachment 12 to the ${A.abbr} SSP`], ['Identification Number', 'Title', 'Date', 'Link', 'Type'], ...laws.map(([t, id, ty]) => [id, t, '', '', ty])], widths: [28, 60, 12, 30, 14] },
  ] }) });
  out.push({ file: 'attachment 12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'CPCM Laws and Regulations attachment in Word, table of applicable laws and standards.', data: await docx(B, [
    ...cover('Laws and Regulations', B, '1.0', 'November 18, 2024'),
    p(`The following laws, regulations, standards and guidance apply to ${B.system} and are referenced in Section 10 of the System Security Plan.`),
    bold('Applicable Laws and Regulations'), table([['Title', 'Identifier', 'Type'], ...laws.filter((l) => l[2] !== 'Standard' && l[2] !== 'Guidance')]),
    bold('Applicable Standards and Guidance'), table([['Title', 'Identifier', 'Type'], ...laws.filter((l) => l[2] === 'Standard' || l[2] === 'Guidance')]),
  ], 'CPCM Laws and Regulations', docxMeta('Laws and Regulations', B.isso)) });

  // CIS/CRM
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-7', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'IA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28'];
  const origin = (i: number): string => ['Service Provider Corporate', 'Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'][i % 4] ?? '';
  const crmCols = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Control Origination'];
  out.push({ file: 'MLC-A09-CIS-CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Control Implementation Summary / Customer Responsibility Matrix workbook for Meridian Ledger Cloud.', data: await buildXlsx({ meta: { title: 'CIS CRM Workbook', creator: A.isso }, sheets: [
    { name: 'Instructions', rows: [[`${A.system} Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`], ['The CIS worksheet summarizes the implementation status and origination of each control; the CRM worksheet lists what agency customers must do to meet each shared or customer-responsible control.']] },
    { name: 'Moderate CIS Worksheet', boldRows: [1, 2], rows: [[`CSP: ${A.csp}   CSO: ${A.system}   Impact Level: Moderate`], crmCols, ...ctrls.map((c, i) => [c, i % 5 === 3 ? '' : 'X', i % 5 === 3 ? 'X' : '', '', '', '', origin(i)])] },
    { name: 'Moderate CRM Worksheet', boldRows: [1, 2], rows: [[`Customer Responsibility Matrix - ${A.system}`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...ctrls.map((c, i) => [c, i % 4 === 2 ? 'Partial' : 'Yes', i % 4 === 2 ? 'Agency administrators must review tenant accounts quarterly and remove departed users.' : 'Fully inherited; no agency action required.'])] },
  ] }) });
  out.push({ file: 'Book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CPCM CIS/CRM workbook with shifted header rows and renamed sheets (workbook name is a default).', data: await buildXlsx({ meta: { creator: 'Microsoft Excel' }, sheets: [
    { name: 'CRM', boldRows: [4], rows: [['ClearPath Case Management'], ['Customer Responsibility Matrix (CRM)'], ['Version 1.2 - 02/2025'], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...ctrls.map((c, i) => [c, i % 3 === 0 ? 'Partial' : 'Yes', i % 3 === 0 ? 'Customer agencies configure their identity provider to enforce MFA and map groups to CPCM roles.' : 'Inherited from Tidewater.'])] },
    { name: 'CIS', boldRows: [3], rows: [['Control Implementation Summary (CIS)'], ['ClearPath Case Management - FedRAMP Moderate'], crmCols, ...ctrls.map((c, i) => [c, 'X', '', '', '', '', origin(i + 1)])] },
  ] }) });

  return out;
}

