/** Eval44: SSP attachments written as prose (policies, guides, plans, worksheets). */
import { b, h1, h2, p, pb, table, title, toDocx, toMarkdown, toPdf, toText, ul } from './kit.js';
import type { Block } from './kit.js';
import { AGENCY, CSP, CUI, SYS, SYS_ABBR, approvals, cover, distribution, legalNotice, revisionHistory, sysDescription, toc } from './persona.js';
import type { EvalDoc } from './types.js';

const revs = (v: string) =>
  revisionHistory([
    { date: '01/10/2025', version: '1.0', change: 'Annual review and re-approval', author: 'GRC Team' },
    { date: '11/03/2025', version: '1.1', change: 'Updated for NIST SP 800-53 Rev 5 and the voice platform migration', author: 'K. Tran' },
    { date: '02/16/2026', version: v, change: 'FedRAMP package submission version', author: 'K. Tran' },
  ]);

const families: [string, string][] = [
  ['AC', 'Access Control'], ['AT', 'Awareness and Training'], ['AU', 'Audit and Accountability'], ['CA', 'Assessment, Authorization, and Monitoring'],
  ['CM', 'Configuration Management'], ['CP', 'Contingency Planning'], ['IA', 'Identification and Authentication'], ['IR', 'Incident Response'],
  ['MA', 'Maintenance'], ['MP', 'Media Protection'], ['PE', 'Physical and Environmental Protection'], ['PL', 'Planning'], ['PS', 'Personnel Security'],
  ['RA', 'Risk Assessment'], ['SA', 'System and Services Acquisition'], ['SC', 'System and Communications Protection'], ['SI', 'System and Information Integrity'], ['SR', 'Supply Chain Risk Management'],
];

function policyFamily([id, name]: [string, string]): Block[] {
  return [
    h1(`${name} (${id}) Policy and Procedures`),
    h2(`${id}-1 Policy`),
    p(`Purpose: This policy establishes the ${name.toLowerCase()} requirements for ${SYS} and the Tessaline personnel who operate it. Scope: all TGVCC components, including session border controllers, media servers, call recording and the tenant administration portal. Roles and responsibilities: the CISO owns this policy; the Voice Platform Engineering manager implements it; Security Operations monitors compliance. Management commitment and coordination among organizational entities are provided through the Security Steering Committee. Compliance is verified during the annual assessment.`),
    h2(`${id}-1 Procedures`),
    p(`Procedures implementing the ${id} family are maintained in the TGVCC runbook repository and are reviewed at least annually and following significant changes, security incidents, or changes in applicable laws. The policy is reviewed and updated annually; procedures are reviewed and updated annually.`),
  ];
}

async function policiesDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover({ bigTitle: 'Information Security Policies and Procedures', sub: [`${SYS} (${SYS_ABBR})`, 'FedRAMP SSP Attachment 1'], version: 'Version 1.2' }),
    ...revs('1.2'),
    ...approvals([['Dana Whitcombe', 'CISO']]),
    ...toc(families.map(([id, n]) => `${n} (${id})`)),
    pb(),
    ...families.flatMap(policyFamily),
  ];
  return { file: 'Attachment 1.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Information security policies and procedures covering every 800-53 family (the -1 controls) for the system; SSP attachment 1.', data: await toDocx({ blocks, footer: CUI, meta: { title: 'Attachment 1', creator: 'ktran' } }) };
}

async function policiesPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    b(CSP),
    title(`${SYS_ABBR} Security Policy and Procedure Set`, 30),
    p('Policies and procedures for the NIST SP 800-53 Rev. 5 control families, prepared for the FedRAMP Moderate authorization package.'),
    legalNotice(),
    pb(),
    ...families.slice(0, 12).flatMap(policyFamily),
  ];
  return { file: 'policies_bundle_2026.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'PDF policy and procedure set with family-by-family -1 policies and procedures for the system.', data: await toPdf({ blocks, header: 'Tessaline GRC', meta: { title: 'policies_bundle_2026' } }) };
}

const guideBody = (): Block[] => [
  h1('Introduction'),
  p(`This guide explains how agency tenant administrators configure and operate ${SYS}. It covers signing in, managing users and phone numbers, building call flows and queues, configuring call recording retention, and the security features available to agency administrators.`),
  h1('Signing In'),
  p('Open https://admin.gov.tessaline.example and choose "Sign in with your agency". You are redirected to your agency identity provider; after multi-factor authentication you land on the tenant dashboard. Sessions time out after 15 minutes of inactivity.'),
  h1('Managing Users and Numbers'),
  ul('Users > Add user: enter the name, email and license type (Calling, Agent, Supervisor).', 'Numbers > Assign: choose a DID from the agency pool and assign it to a user, a hunt group or an auto attendant.', 'Deactivate users through your identity provider; deprovisioned users lose access within 5 minutes through SCIM.'),
  h1('Building Call Flows'),
  p('Use the Flow Designer to create IVR menus, business-hours schedules and overflow rules. Each queue can route by skill, longest-idle agent or round robin. Publish a flow to make it active; previous versions remain available for rollback.'),
  h1('Call Recording'),
  p('Recording policies are set per queue or per user: always, on demand, or never. Recordings are encrypted at rest and kept for the retention period chosen by the agency (30 days to 7 years). Only users with the Recording Auditor role can play back or export recordings; every playback is logged in the audit report.'),
  h1('Security Features for Administrators'),
  ul('Review the Audit Log (Reports > Security > Audit Log) weekly.', 'Restrict international dialing with Calling Policies to block premium-rate destinations.', 'Enable STIR/SHAKEN caller verification display for inbound calls.'),
  h1('Getting Help'),
  p('Contact the Tessaline Government Support Desk at 1-800-555-0142 or support@gov.tessaline.example. Severity 1 (total outage) tickets are answered within 15 minutes, 24x7.'),
];

async function userGuideDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [title(`${SYS_ABBR} Agency Administrator User Guide`, 36), p('Release 26.2'), ...toc(['Introduction', 'Signing In', 'Managing Users and Numbers', 'Building Call Flows', 'Call Recording', 'Security Features for Administrators', 'Getting Help']), pb(), ...guideBody()];
  return { file: 'TGVCC-admin-guide.docx', expected: 'USER_GUIDE', note: 'Agency administrator user guide for the cloud service (SSP attachment 2): sign-in, user management, call flows, recording.', data: await toDocx({ blocks, header: 'Tessaline Government Cloud', footer: 'Release 26.2', meta: { title: 'Admin Guide', creator: 'docs-team' } }) };
}

async function userGuideMd(): Promise<EvalDoc> {
  const spec = { blocks: [title(`${SYS} - User Guide for Agency Administrators and Supervisors`), p('_Maintained by Tessaline Documentation. Last updated 2026-02-10._'), ...guideBody(), h1('Supervisor Features'), p('Supervisors can monitor, whisper and barge into agent calls from the wallboard, subject to the agency recording notice policy. Real-time queue statistics refresh every 5 seconds.')] };
  return { file: 'README_users.md', expected: 'USER_GUIDE', note: 'Markdown user guide of the system for agency administrators and supervisors.', data: toMarkdown(spec) };
}

const diwBody = (): Block[] => [
  h1('Introduction and Purpose'),
  p(`This Digital Identity Worksheet documents the digital identity level selection for ${SYS} in accordance with NIST SP 800-63-3 (Digital Identity Guidelines) and the FedRAMP requirement that the selected levels be recorded for the authorization package. It addresses identity assurance (IAL), authenticator assurance (AAL) and federation assurance (FAL).`),
  h1('Digital Identity Risk Assessment'),
  table([['Impact Category', 'Potential Impact of Authentication Error'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]),
  h1('Selected Levels'),
  table([['Level', 'Selection', 'Rationale'], ['Identity Assurance Level', 'IAL2', 'Agency administrators can access call recordings containing PII'], ['Authenticator Assurance Level', 'AAL2', 'MFA required; privileged CSP staff use AAL3 (FIDO2 / PIV)'], ['Federation Assurance Level', 'FAL2', 'SAML assertions signed and encrypted to the relying party']]),
  h1('Digital Identity Acceptance Statement'),
  p('The system owner accepts the selected levels. Agencies remain responsible for identity proofing of their users through their own identity providers (customer responsibility).'),
];

async function diwDocx(): Promise<EvalDoc> {
  return { file: 'Attachment 3 - DIW.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet selecting IAL/AAL/FAL per SP 800-63-3 (SSP attachment 3).', data: await toDocx({ blocks: [b('Attachment 3'), title('Digital Identity Worksheet', 36), p(SYS), ...revs('1.2'), pb(), ...diwBody()], headingStyle: 'bold', meta: {} }) };
}

async function diwPdf(): Promise<EvalDoc> {
  return { file: 'file_0207.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'PDF digital identity worksheet (e-authentication level determination) for the system.', data: await toPdf({ blocks: [title(`${SYS_ABBR} Digital Identity Worksheet (E-Authentication)`, 28), p(`${CSP} | February 2026`), ...diwBody()], footer: CUI, meta: { title: 'FedRAMP SSP Template' } }) };
}

async function ptaDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Privacy Threshold Analysis (PTA)', 34), p(`${SYS} | SSP Attachment 4`), ...revs('1.2'), pb(),
    h1('Overview'), p('This Privacy Threshold Analysis determines whether the system collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.'),
    h1('PTA Questions'),
    table([['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'Yes - caller ANI, call recordings, transcripts'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes - agent names, work email, extension'], ['3', 'Is a Social Security number collected?', 'Possibly, if spoken by callers and recorded'], ['4', 'Is there a System of Records Notice (SORN)?', 'Agency SORN OBA-14 applies'], ['5', 'Does the system share PII outside the boundary?', 'Only CDR metadata with carriers for billing']]),
    h1('PTA Determination'), p('Because the system maintains PII of members of the public and federal personnel, a full Privacy Impact Assessment is required and is provided in this attachment following the PTA.'),
    h1('Privacy Impact Assessment'), p('Section 1 - Characterization of the information: call recordings, caller telephone numbers, IVR inputs (account number, date of birth) and agent notes. Section 2 - Uses: case handling and quality assurance. Section 3 - Retention: per agency records schedule. Section 4 - Notice: agencies play a recording notice at the start of each call. Section 5 - Access and safeguards: role-based access, encryption, audit logging.'),
  ];
  return { file: 'Attachment_4.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis followed by a Privacy Impact Assessment for the system (SSP attachment 4).', data: await toDocx({ blocks, header: CUI, meta: { title: 'PTA', creator: 'privacy-office' } }) };
}

async function piaPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Privacy Impact Assessment', 34), p(`${SYS} - contact center recording and transcription`), ...approvals([['Laura Benton', 'Privacy Officer, Tessaline'], ['Dana Whitcombe', 'CISO']], 'Privacy Review Sign-off'), pb(),
    h1('1. System Information'), p(`${SYS} records and transcribes inbound calls to the ${AGENCY} benefits hotline. It stores call audio, transcripts, caller ANI and IVR-collected identifiers.`),
    h1('2. Characterization of the Information'), table([['PII Element', 'Source', 'Purpose'], ['Caller telephone number (ANI)', 'Carrier signaling', 'Routing and callback'], ['Date of birth', 'IVR input', 'Caller verification'], ['Voice recording', 'Caller and agent', 'Quality assurance'], ['Case number', 'Agent entry', 'Case handling']]),
    h1('3. Uses of the Information'), p('PII is used only to route, handle and review calls on behalf of the agency. Tessaline does not use agency PII for analytics across tenants or for product training.'),
    h1('4. Retention'), p('Recordings follow the agency retention setting; CDRs are kept 18 months to meet billing and CALEA obligations.'),
    h1('5. Notice, Consent, and Redress'), p('Callers hear a recording notice. Redress is through the agency Privacy Act process.'),
    h1('6. Safeguards'), p('Encryption at rest and in transit, role-based access with Recording Auditor role, audit logs, PCI-style pause-and-resume for payment data.'),
  ];
  return { file: 'PIA_signed.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'PDF Privacy Impact Assessment for the recording and transcription service.', data: await toPdf({ blocks, meta: { title: 'PIA', creator: 'lbenton' } }) };
}

const robRules = (): Block[] => [
  h1('Rules of Behavior for Privileged Users'),
  p(`These Rules of Behavior apply to all Tessaline employees and contractors with privileged access to ${SYS}. Users must read and sign these rules before receiving access and annually thereafter.`),
  ul(
    'I will use my privileged account only for authorized administrative tasks on SBCs, media servers and the recording platform.',
    'I will not listen to, download or copy call recordings unless required by an approved support ticket.',
    'I will not share my credentials, PIV card or FIDO2 authenticator, and will report their loss immediately.',
    'I will not connect unapproved devices to the management network or install unapproved software.',
    'I will not place test calls to emergency services (911/933) outside of approved test procedures.',
    'I will report suspected security incidents to the Security Operations Center within one hour.',
    'I understand that my activity is logged and monitored and that violations may lead to loss of access, disciplinary action, and criminal or civil penalties.',
  ),
  h1('Acknowledgement'),
  p('I acknowledge that I have read, understand and agree to abide by these Rules of Behavior.'),
  table([['Name', 'Signature', 'Date'], ['', '', '']]),
];

async function robDocx(): Promise<EvalDoc> {
  return { file: 'ROB v3.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior for privileged users with signed acknowledgement (SSP attachment 5).', data: await toDocx({ blocks: [title(`${SYS_ABBR} Rules of Behavior`, 36), p(CSP), ...robRules(), h1('Rules of Behavior for Non-Privileged Users'), p('Agency end users of the softphone and agent desktop follow their agency rules of behavior; the agency is responsible for obtaining their acknowledgement.')], footer: 'ROB v3', meta: { title: 'Rules of Behavior', creator: 'GRC' } }) };
}

async function robTxt(): Promise<EvalDoc> {
  return { file: 'rob-acknowledgement.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text rules of behavior and acknowledgement form pasted from an intranet page.', data: toText({ blocks: [b(`${CSP} -- ${SYS}`), title('Rules of Behavior (RoB) - Privileged Users'), ...robRules()], header: 'Printed from the Tessaline intranet' }) };
}

const cpBody = (): Block[] => [
  h1('Introduction'), p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${SYS} following a disruption. It follows NIST SP 800-34 Rev. 1 and supports the FedRAMP Moderate CP controls.`),
  h1('Concept of Operations'), ...sysDescription().slice(1),
  h2('Recovery Objectives'), table([['Function', 'RTO', 'RPO', 'MTD'], ['Inbound calling and IVR', '1 hour', 'n/a', '4 hours'], ['Contact center routing', '2 hours', '15 minutes', '8 hours'], ['Call recording', '24 hours', '1 hour', '72 hours'], ['Administration portal', '8 hours', '1 hour', '48 hours']]),
  h2('Roles and Responsibilities'), table([['Role', 'Name', 'Responsibility'], ['Contingency Plan Coordinator', 'Elena Marsh', 'Activates plan, coordinates recovery'], ['Voice Recovery Lead', 'Sam Oduya', 'SBC and media failover'], ['Agency Liaison', 'Jonas Lindqvist', 'Notifies agencies']]),
  h1('Activation and Notification Phase'), p('The plan is activated when a regional outage exceeds 30 minutes or when both SBCs of a pair fail. The coordinator notifies the NOC, agency liaisons and, for outages meeting FCC thresholds, the regulatory team.'),
  h1('Recovery Phase'), ul('Fail SIP trunks over to the alternate region by updating carrier route advance and DNS SRV records.', 'Promote the standby PostgreSQL replica in the alternate region.', 'Re-anchor media on the alternate media farm; verify two-way audio with test calls.', 'Restore recording ingestion from the queue backlog.'),
  h1('Reconstitution Phase'), p('Validate the primary region, fail back during a maintenance window, and complete an after-action report. Plan testing is performed annually as a functional exercise.'),
];

async function cpDocx(): Promise<EvalDoc> {
  return { file: 'ISCP_TGVCC_2026.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan with RTO/RPO, roles, activation, recovery and reconstitution phases (SSP attachment 6).', data: await toDocx({ blocks: [...cover({ bigTitle: 'Information System Contingency Plan', sub: [SYS] }), ...revs('2.0'), ...distribution(['NOC Manager', 'ISSO', 'Agency ISSO']), pb(), ...cpBody()], header: CUI, meta: { title: 'ISCP', creator: 'emarsh' } }) };
}

async function cpPdf(): Promise<EvalDoc> {
  return { file: 'upload (5).pdf', expected: 'CONTINGENCY_PLAN', note: 'PDF contingency plan (ISCP) for the voice platform, title in large type after a legal notice.', data: await toPdf({ blocks: [legalNotice(), title(`${SYS_ABBR} Contingency Plan (ISCP)`, 32), p('Annual update - FedRAMP Moderate'), ...cpBody()], footer: CUI, meta: {} }) };
}

const cmpBody = (): Block[] => [
  h1('Purpose'), p(`This Configuration Management Plan describes how ${CSP} controls changes to ${SYS}: configuration items, baselines, the change control board, security impact analysis and configuration monitoring.`),
  h1('Configuration Items'), table([['CI Class', 'Examples', 'Baseline Source'], ['SBC', 'Virtual SBC images and running configs', 'Vendor hardening guide + Tessaline deltas'], ['Media server', 'AMI tgv-media-26.1', 'CIS Amazon Linux 2023 Level 1'], ['Network', 'Security groups, route tables', 'Terraform modules'], ['Application', 'Portal and routing services', 'Container images signed with cosign']]),
  h1('Configuration Control Board'), p('The Configuration Control Board (CCB) meets weekly and includes Voice Platform Engineering, Security, NOC and Product. Normal changes require CCB approval; standard changes (pre-approved, e.g., adding DIDs or SIP trunk capacity) follow a documented template; emergency changes are approved by the on-call director and reviewed at the next CCB.'),
  h1('Security Impact Analysis'), p('Every normal change includes a security impact analysis recording affected controls. Changes that may be significant under FedRAMP guidance are escalated to the ISSO for a significant change request to the agency.'),
  h1('Baseline Configuration and Monitoring'), p('Running SBC configurations are pulled nightly and compared against the golden configuration; drift generates a ticket. Host baselines are validated monthly by authenticated configuration scans.'),
];

async function cmpDocx(): Promise<EvalDoc> {
  return { file: 'CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan with CIs, CCB, security impact analysis and baseline monitoring (SSP attachment 7).', data: await toDocx({ blocks: [title('Configuration Management Plan', 36), p(`${SYS} | Version 2.1`), ...revs('2.1'), ...cmpBody()], headingStyle: 'bold', meta: { title: 'AwesomeCloud CMP', creator: 'template' } }) };
}

async function cmpMd(): Promise<EvalDoc> {
  return { file: 'config-mgmt-plan.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Markdown configuration management plan kept in the engineering wiki.', data: toMarkdown({ blocks: [title(`${SYS_ABBR} Configuration Management Plan (CMP)`), p('Owner: Voice Platform Engineering. Review cycle: annual.'), ...cmpBody()] }) };
}

const irBody = (): Block[] => [
  h1('Purpose and Scope'), p(`This Incident Response Plan defines how ${CSP} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${SYS}, and how incidents are reported to agencies, US-CERT/CISA and the FedRAMP PMO.`),
  h1('Incident Response Team'), table([['Role', 'Responsibility'], ['Incident Commander', 'Leads response, declares severity'], ['Voice Forensics Lead', 'SIP/RTP packet capture, CDR analysis'], ['Communications Lead', 'Agency and FedRAMP notifications'], ['Legal/Privacy', 'Breach determination']]),
  h1('Incident Categories'), ul('Toll fraud or call pumping through compromised tenant credentials', 'Unauthorized access to call recordings', 'Telephony denial of service (TDoS) against agency hotlines', 'Compromise of an SBC or media server', 'Loss of PII in transcripts'),
  h1('Reporting'), p('Incidents are reported to affected agencies and to CISA within one hour of identification, and to the FedRAMP PMO per the FedRAMP Incident Communications Procedure. Updates are provided at least daily until closure.'),
  h1('Phases'), p('Preparation; Detection and Analysis; Containment, Eradication and Recovery; Post-Incident Activity. For TDoS, containment includes enabling carrier-side call gapping and SBC rate limiting. The plan is tested annually through a tabletop exercise.'),
];

async function irDocx(): Promise<EvalDoc> {
  return { file: 'Incident Response Plan v4.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan with team, categories (toll fraud, TDoS), reporting and phases (SSP attachment 8).', data: await toDocx({ blocks: [...cover({ bigTitle: 'Incident Response Plan', sub: [SYS, 'SSP Attachment 8'] }), ...revs('4.0'), ...irBody()], header: CUI, meta: { title: 'Incident Response Plan', creator: 'soc' } }) };
}

async function irPdf(): Promise<EvalDoc> {
  return { file: 'doc-0419.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'PDF incident response plan; title appears only in the running header and a bold first line.', data: await toPdf({ blocks: [b('TGVCC Incident Response Plan (IRP) - 2026 Annual Update'), ...irBody()], header: `${SYS_ABBR} Incident Response Plan`, meta: { title: 'IRP_TGVCC' } }) };
}

const fipsBody = (): Block[] => [
  h1('Introduction'), p(`This document categorizes ${SYS} according to FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.`),
  h1('Information Types'), table([['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['D.3.3 Benefit Management (via agency)', 'Moderate', 'Moderate', 'Low'], ['C.2.8.9 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'], ['C.3.5.4 IT Infrastructure Maintenance', 'Low', 'Low', 'Moderate'], ['C.2.4.1 Customer Services', 'Moderate', 'Moderate', 'Moderate']]),
  h1('Security Categorization'), p('SC TGVCC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall categorization is MODERATE (high-water mark).'),
  h1('Approval'), p('The categorization was reviewed with the agency ISSO and approved by the system owner.'),
];

async function fipsDocx(): Promise<EvalDoc> {
  return { file: 'Attachment 10 FIPS.docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization with SP 800-60 information types and high-water mark (SSP attachment 10).', data: await toDocx({ blocks: [title('FIPS 199 Categorization', 36), p(SYS), ...fipsBody()], meta: { title: 'FIPS 199' } }) };
}

async function fipsPdf(): Promise<EvalDoc> {
  return { file: 'categorization.pdf', expected: 'FIPS_199', note: 'PDF security categorization worksheet per FIPS PUB 199 for the system.', data: await toPdf({ blocks: [b(CSP), title('Security Categorization (FIPS PUB 199)', 30), ...fipsBody()], meta: { title: 'Microsoft Word - Document3' } }) };
}

async function sodDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Separation of Duties Matrix', 34), p(`${SYS} | SSP Attachment 11`),
    p('The matrix below records which roles may perform each sensitive function, so that no individual can both request and approve, or both implement and audit, a change to the voice platform (AC-5).'),
    table([['Function', 'Platform Admin', 'Voice Engineer', 'Security Ops', 'Tenant Admin', 'Auditor'], ['Create privileged accounts', 'X', '', 'Approve', '', ''], ['Change SBC configuration', '', 'X', 'Review', '', ''], ['Approve SBC change', '', '', '', '', ''], ['Access call recordings', '', '', '', 'X', 'X (read)'], ['Modify audit log retention', '', '', 'X', '', 'Review'], ['Deploy media server image', 'X', 'Build', 'Scan', '', '']]),
    h1('Conflicting Role Pairs'), ul('Voice Engineer and CCB Approver', 'Security Ops and Platform Admin for the SIEM', 'Recording Auditor and Recording Administrator'),
  ];
  return { file: 'SoD.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix of roles versus sensitive functions (SSP attachment 11).', data: await toDocx({ blocks, meta: { title: 'Separation of Duties Matrix' } }) };
}

async function lawsDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('FedRAMP Laws and Regulations', 34), p(`${SYS} - SSP Attachment 12`),
    p('The following laws, regulations, standards and guidance apply to the system and to this authorization.'),
    table([['Identification Number', 'Title', 'Date', 'Link'], ['FISMA', 'Federal Information Security Modernization Act of 2014', '12/2014', 'https://www.congress.gov'], ['Privacy Act', 'Privacy Act of 1974, 5 U.S.C. 552a', '1974', ''], ['OMB A-130', 'Managing Information as a Strategic Resource', '07/2016', ''], ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', '08/2021', ''], ['HSPD-12', 'Policy for a Common Identification Standard', '08/2004', '']]),
    h1('Standards and Guidance'),
    table([['Identification Number', 'Title'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules'], ['FIPS 199', 'Standards for Security Categorization'], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls'], ['NIST SP 800-63-3', 'Digital Identity Guidelines'], ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide']]),
  ];
  return { file: 'A12_laws.docx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations attachment listing applicable laws, OMB guidance and NIST standards (SSP attachment 12).', data: await toDocx({ blocks, meta: {} }) };
}

const scrmBody = (): Block[] => [
  h1('Purpose'), p(`This Supply Chain Risk Management Plan describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${SYS} in accordance with NIST SP 800-161 Rev. 1 and the SR control family.`),
  h1('Critical Suppliers'), table([['Supplier', 'Product / Service', 'Criticality', 'Assessment'], ['SBC software vendor', 'Session border controller images', 'Critical', 'Annual questionnaire, SBOM review'], ['Media server OEM', 'Transcoding software', 'High', 'SBOM review'], ['Carrier A', 'PSTN SIP trunks', 'High', 'Contractual, outside boundary'], ['Desk phone manufacturer', 'Certified endpoints', 'Moderate', 'Section 889 check']]),
  h1('Risk Assessment Process'), p('Suppliers are screened against Section 889 of the FY2019 NDAA prohibited vendors and the FCC Covered List, assessed for foreign ownership, and required to provide SBOMs and vulnerability disclosure commitments. Firmware images are verified by signature before deployment.'),
  h1('Monitoring and Response'), p('Supplier notices and advisories are tracked by the vendor management office; a compromise of a supplier triggers the Incident Response Plan.'),
];

async function scrmDocx(): Promise<EvalDoc> {
  return { file: 'SCRM Plan.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan per SP 800-161 with critical suppliers and process.', data: await toDocx({ blocks: [...cover({ bigTitle: 'Supply Chain Risk Management Plan', sub: [SYS] }), ...revs('1.0'), ...scrmBody()], meta: { title: 'SCRMP', creator: 'vmo' } }) };
}

async function scrmPdf(): Promise<EvalDoc> {
  return { file: 'Final_v2.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'PDF supply chain risk management plan (SCRMP) for the voice platform.', data: await toPdf({ blocks: [title(`${SYS_ABBR} SCRM Plan`, 30), p('Supply Chain Risk Management Plan - FedRAMP Moderate package'), ...scrmBody()], footer: CUI, meta: { title: 'Policy Template v3' } }) };
}

export async function attachmentDocs(): Promise<EvalDoc[]> {
  return Promise.all([policiesDocx(), policiesPdf(), userGuideDocx(), userGuideMd(), diwDocx(), diwPdf(), ptaDocx(), piaPdf(), robDocx(), robTxt(), cpDocx(), cpPdf(), cmpDocx(), cmpMd(), irDocx(), irPdf(), fipsDocx(), fipsPdf(), sodDocx(), lawsDocx(), scrmDocx(), scrmPdf()]);
}
