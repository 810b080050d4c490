/** SSP attachments written as prose documents. */
import { type Block, rng, p, bold, table, h1, h2, pb } from './kit.js';
import { emit, DISTILLER, DISTILLER7, PDFMAKER, SCANNER } from './emit.js';
import { type Doc, CSP, SYS, ABBR, revisionHistory, approvals, distribution, legalNotice, toc, sections, GENERIC_OPS } from './front.js';

const cover = (title: string, extra = ''): Block[] => [
  bold(CSP, 12, true),
  bold(SYS, 14, true),
  bold(title, 24, true),
  p(`${extra}Version 1.${title.length % 5}  |  ${['January', 'April', 'July', 'October'][title.length % 4]} 2011`),
];

async function pp1(): Promise<Doc> {
  const r = rng(4701);
  const pool = [
    'This policy establishes the Access Control (AC) family requirements for all information systems within the HGHP authorization boundary.',
    'Accounts are requested through the service desk, approved by the account owner manager and the ISSO, and reviewed quarterly.',
    'Inactive accounts are disabled after 90 days; temporary and emergency accounts expire automatically after 72 hours.',
    'Procedure AC-2-01 describes the steps for account creation, modification, disabling and removal.',
    'Management commitment: senior management supports this policy and assigns resources for its implementation.',
    'Coordination among organizational entities is achieved through the monthly security working group.',
    'Compliance with this policy is monitored by the ISSO; violations may result in disciplinary action.',
    ...GENERIC_OPS,
  ];
  const heads = ['Purpose', 'Scope', 'Roles and Responsibilities', 'Management Commitment', 'Coordination Among Organizational Entities', 'Compliance', 'Policy Statements', 'Procedures', 'Review and Revision'];
  const blocks: Block[] = [...cover('Access Control Policy and Procedures', 'Attachment 1 to the SSP. '), ...revisionHistory(r, 4), ...toc(heads), pb, ...sections(r, heads, pool, 2)];
  return {
    file: 'AC_Policy_and_Procedures_v1.3.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Access Control family policy and procedures document (SSP Attachment 1) with purpose, scope, roles and procedure steps.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'AC Policy', creator: 'sw', company: CSP }, footer: 'HGHP Information Security Policies and Procedures' }),
  };
}

async function pp2(): Promise<Doc> {
  const r = rng(4702);
  const pool = [
    'This document defines the Audit and Accountability (AU) policy and the associated procedures for the HGHP system.',
    'Auditable events include successful and unsuccessful logons, privileged commands, changes to security settings and account management actions.',
    'Audit logs are reviewed weekly by the security operations analyst using the SIEM correlation dashboards; findings are escalated per the incident response plan.',
    'Audit storage capacity is monitored and an alert is sent to the operations team at 80 percent utilization.',
    'Time stamps are synchronized to the authoritative NTP servers operated by NIST.',
    'Procedure AU-6-01: weekly audit review; Procedure AU-9-01: protection of audit information.',
    ...GENERIC_OPS,
  ];
  const heads = ['Purpose', 'Scope', 'Roles and Responsibilities', 'Policy', 'Procedures', 'Enforcement', 'Document Review'];
  const blocks: Block[] = [bold('AUDIT AND ACCOUNTABILITY POLICY AND PROCEDURES', 16, true), p(`${CSP} Information Security Program - Policy AU-1`), ...sections(r, heads, pool, 2)];
  return {
    file: 'doc-0977.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Audit and Accountability policy and procedures (family AU-1 document) printed to PDF by Distiller.',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER, title: 'Microsoft Word - AU_Policy.doc', version: '1.3' }),
  };
}

const UG_POOL = [
  'To sign in to the HGHP customer portal, browse to https://portal.hghp.example.gov and enter your user name and one-time passcode.',
  'Tenant administrators can create virtual machines from the catalog by selecting Compute > New Instance and choosing a hardened image.',
  'Security settings available to customers include firewall rules per tenant network, SSH key management and role-based access within the tenant.',
  'To reset your password, select Forgot Password; a reset link is sent to the registered e-mail address and expires after 15 minutes.',
  'Snapshots and backups can be scheduled from the Storage tab; retention is configurable between 7 and 90 days.',
  'Customers are responsible for configuring their own guest operating systems and applications in accordance with their agency policies.',
  'For assistance, contact the HGHP service desk at 1-800-555-0170 or open a ticket from the Help menu.',
];

async function ug1(): Promise<Doc> {
  const r = rng(4711);
  const heads = ['Introduction', 'Getting Started', 'Signing In', 'Managing Virtual Machines', 'Storage and Backup', 'Network and Firewall Settings', 'User and Role Administration', 'Security Best Practices for Customers', 'Getting Help'];
  const blocks: Block[] = [...cover('HGHP Customer User Guide', 'SSP Attachment 2. '), ...toc(heads), pb, ...sections(r, heads, UG_POOL, 2)];
  return {
    file: 'UserGuide.docx',
    expected: 'USER_GUIDE',
    note: 'Customer user guide for the HGHP portal (sign-in, VM management, security settings), SSP Attachment 2.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'User Guide', creator: 'techpubs' } }),
  };
}

async function ug2(): Promise<Doc> {
  const r = rng(4712);
  const heads = ['About This Guide', 'Administrator Console Overview', 'Creating Tenants', 'Configuring Security Settings', 'Troubleshooting'];
  const blocks: Block[] = [bold(`${SYS} - Administrator's User Guide`, 16), p('Release 4.2. For tenant administrators.'), ...sections(r, heads, UG_POOL, 3, false)];
  return {
    file: 'HGHP_Admin_Guide_4.2_FINAL(1).pdf',
    expected: 'USER_GUIDE',
    note: 'Administrator user guide for the HGHP console, PDF from PDFMaker.',
    data: await emit(blocks, { fmt: 'pdf', producer: PDFMAKER, title: 'User Guide', version: '1.4', header: 'HGHP Administrator User Guide' }),
  };
}

async function diw1(): Promise<Doc> {
  const blocks: Block[] = [
    ...cover('Digital Identity Worksheet', 'SSP Attachment 3. '),
    p('This worksheet documents the digital identity level selected for the system in accordance with NIST SP 800-63-3, covering the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).'),
    h1('1. Digital Identity Level Definitions'),
    table([['Level', 'IAL', 'AAL', 'FAL'], ['1', 'Self-asserted', 'Single-factor', 'Bearer assertion'], ['2', 'Remote or in-person proofing', 'Multi-factor', 'Bearer, signed and encrypted'], ['3', 'In-person proofing', 'Hardware-based multi-factor', 'Holder-of-key']]),
    h1('2. Review Maximum Potential Impact Levels'),
    table([['Impact Category', 'Low', 'Moderate', 'High'], ['Inconvenience, distress or damage to standing', '', 'X', ''], ['Financial loss or agency liability', '', 'X', ''], ['Harm to agency programs or public interests', '', 'X', ''], ['Unauthorized release of sensitive information', '', 'X', ''], ['Personal safety', 'X', '', ''], ['Civil or criminal violations', '', 'X', '']]),
    h1('3. Digital Identity Level Selection'),
    p(`Based on the impact assessment above, the ${ABBR} digital identity level is Level 2: IAL2, AAL2, FAL2. Customer and privileged users authenticate with multi-factor authenticators.`),
    ...approvals([['Karin Halvorsen', 'System Owner']]),
  ];
  return {
    file: 'Attachment 3.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'Digital Identity Worksheet (IAL/AAL/FAL selection per SP 800-63-3) for HGHP.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'E-Authentication Plan', creator: 'dlindqvist' } }),
  };
}

async function diw2(): Promise<Doc> {
  const blocks: Block[] = [
    bold('DIGITAL IDENTITY WORKSHEET', 16, true),
    p(`${SYS}   ${CSP}`),
    p('Purpose: determine the digital identity acceptance level for users of the system per OMB M-19-17 and NIST SP 800-63.'),
    p('Identity Assurance Level (IAL): IAL2 - identity proofing of federal customer administrators is performed by the sponsoring agency.'),
    p('Authenticator Assurance Level (AAL): AAL2 - PIV or one-time password authenticator in addition to a memorized secret.'),
    p('Federation Assurance Level (FAL): FAL2 - SAML assertions are signed and encrypted.'),
    table([['User Type', 'IAL', 'AAL', 'FAL'], ['Agency tenant administrator', '2', '2', '2'], ['HGHP privileged operator', '2', '3', 'N/A'], ['Agency end user', '1', '2', '2']]),
    p('Digital identity level determination: Level 2. Reviewed by the ISSO and approved by the System Owner, 03/2019.'),
  ];
  return {
    file: 'scan_20190314.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'Scanned signed Digital Identity Worksheet with OCR text (IAL/AAL/FAL per user type).',
    data: await emit(blocks, { fmt: 'pdf', producer: SCANNER, version: '1.3', scanned: true }),
  };
}

async function pta(): Promise<Doc> {
  const blocks: Block[] = [
    bold('Privacy Threshold Analysis (PTA)', 18, true),
    p(`${CSP} - ${SYS}`),
    p('The PTA is used to determine whether a Privacy Impact Assessment (PIA) is required for the system. Answer each question below.'),
    table([
      ['Question', 'Answer'],
      ['1. Does the system collect, maintain, use or disseminate personally identifiable information (PII) about members of the public?', 'No'],
      ['2. Does the system collect PII about federal employees or contractors?', 'Yes - name, business e-mail, business phone for account management'],
      ['3. Is the PII retrieved by a personal identifier (System of Records)?', 'No'],
      ['4. Are Social Security numbers collected?', 'No'],
      ['5. Has a PIA been completed previously?', 'No'],
    ]),
    h2('Determination'),
    p('The system collects only minimal business contact information of agency users for account provisioning. This PTA determines that a full PIA is not required; the Privacy Officer concurs. The PTA will be reviewed annually or upon a change in data collection.'),
    ...approvals([['Marta Oyelaran', 'Senior Agency Official for Privacy designee'], ['Karin Halvorsen', 'System Owner']]),
  ];
  return {
    file: 'PTA.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Threshold Analysis for HGHP concluding no full PIA is required (SSP Attachment 4).',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'Privacy Threshold Analysis', creator: 'moyelaran' } }),
  };
}

async function pia(): Promise<Doc> {
  const r = rng(4722);
  const pool = [
    'The portal collects names, business e-mail addresses and telephone numbers of agency administrators to provision accounts and send notifications.',
    'PII is stored in the account database, encrypted at rest using FIPS 140-2 validated modules, and accessible only to authorized support staff.',
    'Individuals may review and correct their information through the profile page or by contacting the service desk.',
    'PII is not shared outside the HGHP boundary except with the sponsoring agency as required for account audits.',
    'The privacy risks identified are unauthorized access to contact information and retention beyond need; mitigations are described in Section 7.',
    'Records are disposed of 90 days after account termination in accordance with the retention schedule.',
  ];
  const heads = ['System Information', 'Characterization of the Information', 'Uses of the Information', 'Retention', 'Internal Sharing and Disclosure', 'External Sharing and Disclosure', 'Notice', 'Access, Redress and Correction', 'Technical Access and Security', 'Privacy Risks and Mitigations'];
  const blocks: Block[] = [bold('PRIVACY IMPACT ASSESSMENT', 18, true), p(`${SYS} (${ABBR})`), ...revisionHistory(r, 2), ...sections(r, heads, pool, 1)];
  return {
    file: 'Copy of PIA 2012.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Impact Assessment of HGHP describing PII collected, uses, sharing and privacy risks.',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER7, title: 'Microsoft Word - PIA_HGHP.doc', version: '1.4' }),
  };
}

const ROB_RULES = [
  'I will use HGHP systems only for authorized purposes and will not attempt to access data for which I have no need to know.',
  'I will protect my authenticators, will not share my password or token, and will report their loss immediately.',
  'I will not install unauthorized software or connect unauthorized devices to the management network.',
  'I understand that my activity on the system is monitored and logged and that I have no expectation of privacy.',
  'I will lock my workstation when unattended and log off at the end of each session.',
  'I will report suspected security incidents to the security operations center without delay.',
  'I understand that violation of these rules may result in loss of access and disciplinary action.',
];

async function rob1(): Promise<Doc> {
  const blocks: Block[] = [
    ...cover('Rules of Behavior', 'SSP Attachment 5 - Privileged Users. '),
    p('These Rules of Behavior apply to all privileged users of the HGHP system. Users must read and sign these rules before being granted access and annually thereafter.'),
    h1('Rules'),
    ...ROB_RULES.map((x, i) => p(`${i + 1}. ${x}`)),
    h1('Acknowledgement'),
    p('I acknowledge that I have read, understand and will comply with the Rules of Behavior.'),
    table([['User name', 'Signature', 'Date'], ['', '', '']]),
  ];
  return {
    file: 'ROB_privileged.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Privileged-user Rules of Behavior with signed acknowledgement block.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'libreoffice', props: { title: 'Untitled 1' } }),
  };
}

async function rob2(): Promise<Doc> {
  const blocks: Block[] = [
    { kind: 'h', level: 1, text: `${ABBR} Rules of Behavior - Non-Privileged (Tenant) Users` },
    p(`_Converted from ROB_users.doc during the 2014 share migration; last approved 2012._`),
    p('All users of the HGHP customer portal must accept the following rules of behavior at first logon and annually.'),
    { kind: 'h', level: 2, text: 'Rules' },
    ...ROB_RULES.slice(0, 6).map((x) => p(`- ${x}`)),
    { kind: 'h', level: 2, text: 'Consequences of Non-Compliance' },
    p('Failure to comply with these rules may result in suspension of the account and notification of the sponsoring agency.'),
    { kind: 'h', level: 2, text: 'Acknowledgement' },
    p('By selecting "I Accept" in the portal, the user acknowledges these Rules of Behavior.'),
  ];
  return {
    file: 'readme_ROB.md',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Markdown copy of the tenant-user Rules of Behavior with acknowledgement text.',
    data: await emit(blocks, { fmt: 'md' }),
  };
}

const CP_POOL = [
  'This Information System Contingency Plan (ISCP) establishes procedures to recover HGHP following a disruption.',
  'The plan follows the three phases of NIST SP 800-34: Activation and Notification, Recovery, and Reconstitution.',
  'The Recovery Time Objective (RTO) for the customer portal is 12 hours; the Recovery Point Objective (RPO) is 4 hours.',
  'The alternate processing site in Denver maintains warm standby capacity for the management plane.',
  'The Contingency Plan Coordinator activates the plan after the damage assessment confirms an outage will exceed the RTO.',
  'Backups are replicated nightly to the alternate storage site and tested quarterly by restoring a sample of tenant volumes.',
  'The call tree in Appendix A lists the contingency personnel and their alternates.',
  'Business Impact Analysis results are included in Appendix C and identify the mission essential functions.',
];

async function cp1(): Promise<Doc> {
  const r = rng(4731);
  const heads = ['Introduction', 'Background', 'Scope', 'Assumptions', 'Concept of Operations', 'Activation and Notification', 'Recovery', 'Reconstitution', 'Plan Testing and Maintenance', 'Appendix A - Personnel Contact List', 'Appendix C - Business Impact Analysis'];
  const blocks: Block[] = [...cover('Information System Contingency Plan (ISCP)', 'SSP Attachment 6. '), ...revisionHistory(r, 4), ...distribution(['Contingency Plan Coordinator', 'System Owner', 'Agency ISSO']), pb, ...toc(heads), ...sections(r, heads, CP_POOL, 2)];
  return {
    file: 'HGHP ISCP v1.2.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'Information System Contingency Plan following SP 800-34 phases, with RTO/RPO, alternate site and call tree.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'ISCP Template', creator: 'bcp' }, header: 'HGHP ISCP' }),
  };
}

async function cp2(): Promise<Doc> {
  const r = rng(4732);
  const blocks: Block[] = [bold(`${SYS} Contingency Plan`, 16), p('Moderate impact. Annual update 2013.'), ...sections(r, ['Overview', 'Activation and Notification Phase', 'Recovery Phase', 'Reconstitution Phase', 'Testing'], CP_POOL, 2)];
  return {
    file: 'upload (7).pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'PDF of the HGHP contingency plan (activation, recovery, reconstitution phases).',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER7, version: '1.4' }),
  };
}

const CMP_POOL = [
  'This Configuration Management Plan describes how configuration items of HGHP are identified, controlled, accounted for and audited.',
  'The Change Control Board (CCB) meets weekly and reviews all normal changes; emergency changes are approved by the on-call manager and reviewed at the next CCB.',
  'Baseline configurations for Windows Server 2008 R2 and Red Hat Enterprise Linux 5 are maintained in the configuration management database.',
  'Configuration items include hardware, operating systems, network device configurations, database configurations and documentation.',
  'Security impact analyses are performed for each change request to determine whether the change is significant and requires notification of the authorizing official.',
  'Configuration audits compare running configurations against the approved baselines monthly; deviations are tracked as POA&M items.',
  'The CM tool set comprises Subversion for configuration files, the ticketing system for change requests and the vulnerability scanner for compliance checks.',
];

async function cmp1(): Promise<Doc> {
  const r = rng(4741);
  const heads = ['Purpose', 'Scope', 'Roles and Responsibilities', 'Configuration Identification', 'Configuration Change Control', 'Change Control Board', 'Security Impact Analysis', 'Configuration Status Accounting', 'Configuration Audits', 'Tools'];
  const blocks: Block[] = [...cover('Configuration Management Plan', 'SSP Attachment 7. '), ...revisionHistory(r, 3), ...approvals([['Karin Halvorsen', 'System Owner'], ['Paul Restrepo', 'CCB Chair']]), pb, ...sections(r, heads, CMP_POOL, 2)];
  return {
    file: 'CMP_2011.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Configuration Management Plan covering CCB, baselines, change control and configuration audits.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'Configuration Management Plan', creator: 'prestrepo' }, boldHeadings: true }),
  };
}

async function cmp2(): Promise<Doc> {
  const r = rng(4742);
  const blocks: Block[] = [
    p(`${CSP}`),
    { kind: 'h', level: 1, text: 'HGHP Configuration Management Plan (text export)' },
    p('Exported from the wiki page "CM Plan" on 2014-06-30 before the wiki was retired. Tables flattened.'),
    ...sections(r, ['Introduction', 'Configuration Items', 'Baselines', 'Change Control Process', 'Security Impact Analysis', 'Monitoring and Audits'], CMP_POOL, 2),
  ];
  return {
    file: 'IRP_notes.txt',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Plain-text export of the configuration management plan; the file name misleadingly says IRP.',
    data: await emit(blocks, { fmt: 'txt' }),
  };
}

const IRP_POOL = [
  'This Incident Response Plan defines how HGHP detects, analyzes, contains, eradicates and recovers from security incidents.',
  'Incidents involving federal data are reported to US-CERT within one hour and to the affected agencies and the FedRAMP PMO.',
  'The Incident Response Team (IRT) consists of the incident manager, security analysts, system administrators and legal counsel.',
  'Incident categories follow the US-CERT taxonomy CAT 0 through CAT 6.',
  'Evidence is collected and preserved with chain-of-custody forms; forensic images are stored in the evidence locker.',
  'Lessons learned are documented within two weeks of incident closure and may result in updates to this plan and to the POA&M.',
  'The plan is tested annually through a tabletop exercise involving the agency points of contact.',
];

async function irp1(): Promise<Doc> {
  const r = rng(4751);
  const heads = ['Introduction', 'Scope', 'Roles and Responsibilities', 'Incident Categories', 'Detection and Analysis', 'Containment, Eradication and Recovery', 'Post-Incident Activity', 'Reporting Requirements', 'Testing and Training'];
  const blocks: Block[] = [...cover('Incident Response Plan', 'SSP Attachment 8. '), legalNotice(CSP), ...revisionHistory(r, 3), ...toc(heads), pb, ...sections(r, heads, IRP_POOL, 2)];
  return {
    file: 'IRP.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Incident Response Plan (detection, containment, US-CERT reporting) for HGHP.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'Incident Response Plan', creator: 'soc' } }),
  };
}

async function irp2(): Promise<Doc> {
  const r = rng(4752);
  const blocks: Block[] = [bold('INCIDENT RESPONSE PLAN', 16, true), p(`${SYS} - signed copy on file`), ...sections(r, ['Purpose', 'Incident Response Team', 'Phases of Incident Handling', 'Notification and Reporting', 'Plan Maintenance'], IRP_POOL, 2)];
  return {
    file: 'SCAN0108.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Scanned and OCRed signed Incident Response Plan.',
    data: await emit(blocks, { fmt: 'pdf', producer: SCANNER, version: '1.3', scanned: true }),
  };
}

async function fips1(): Promise<Doc> {
  const blocks: Block[] = [
    ...cover('FIPS 199 Security Categorization', 'SSP Attachment 10. '),
    p('This document categorizes the system in accordance with FIPS 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II.'),
    h1('1. Information Types'),
    table([
      ['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
      ['C.3.5.2 Lifecycle/Change Management', 'Low', 'Moderate', 'Low'],
      ['C.3.5.4 IT Infrastructure Maintenance', 'Low', 'Moderate', 'Low'],
      ['C.3.5.5 IT Security', 'Moderate', 'Moderate', 'Low'],
      ['C.3.5.8 Information Management', 'Moderate', 'Moderate', 'Moderate'],
    ]),
    h1('2. Security Categorization'),
    p('SC HGHP = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}'),
    p('Overall FIPS 199 impact level: MODERATE (high water mark).'),
    ...approvals([['Karin Halvorsen', 'System Owner'], ['Desmond Lindqvist', 'ISSO']]),
  ];
  return {
    file: 'Final_v2.docx',
    expected: 'FIPS_199',
    note: 'FIPS 199 security categorization with SP 800-60 information types and overall Moderate level.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'Rules of Behavior', creator: 'dlindqvist' } }),
  };
}

async function fips2(): Promise<Doc> {
  const blocks: Block[] = [
    bold('FIPS PUB 199 CATEGORIZATION WORKSHEET', 14, true),
    p(`System: ${SYS}    Prepared: 02/2011`),
    p('Information types were selected from NIST SP 800-60 Volume II, Appendix C, and provisional impact levels adjusted where justified.'),
    table([['Information Type', 'C', 'I', 'A'], ['Information Infrastructure Management', 'Moderate', 'Moderate', 'Moderate'], ['IT Security', 'Moderate', 'Moderate', 'Low'], ['Customer Services', 'Low', 'Low', 'Low']]),
    p('Result: the system is categorized as a MODERATE impact system under FIPS 199. Adjustment rationale: availability of the management plane raised to Moderate because tenants rely on it for recovery.'),
  ];
  return {
    file: 'cat_ws.pdf',
    expected: 'FIPS_199',
    note: 'FIPS 199 categorization worksheet as a Distiller PDF without title.',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER, version: '1.3' }),
  };
}

async function sod1(): Promise<Doc> {
  const blocks: Block[] = [
    ...cover('Separation of Duties Matrix', 'SSP Attachment 11. '),
    p('The matrix below documents the separation of duties among HGHP roles (AC-5). An X indicates that the role performs the function; no role may perform conflicting functions.'),
    table([
      ['Function', 'System Admin', 'Network Admin', 'Security Analyst', 'DBA', 'Change Manager', 'ISSO'],
      ['Create privileged accounts', 'X', '', '', '', '', ''],
      ['Approve privileged accounts', '', '', '', '', '', 'X'],
      ['Review audit logs', '', '', 'X', '', '', 'X'],
      ['Modify firewall rules', '', 'X', '', '', '', ''],
      ['Approve changes', '', '', '', '', 'X', ''],
      ['Implement changes', 'X', 'X', '', 'X', '', ''],
      ['Administer databases', '', '', '', 'X', '', ''],
      ['Manage audit configuration', '', '', 'X', '', '', ''],
    ]),
    p('Conflicting duties: no individual who implements a change may approve it; administrators may not review their own audit logs.'),
  ];
  return {
    file: 'matrix.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix mapping HGHP roles to functions (AC-5).',
    data: await emit(blocks, { fmt: 'docx', flavor: 'libreoffice', props: { title: 'Untitled 1' } }),
  };
}

async function laws1(): Promise<Doc> {
  const laws = [
    ['Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]'],
    ['E-Authentication Guidance for Federal Agencies [OMB M-04-04]'],
    ['Federal Information Security Management Act (FISMA) of 2002 [Title III, PL 107-347]'],
    ['Freedom of Information Act as Amended in 2002 [PL 104-232, 5 USC 552]'],
    ['Homeland Security Presidential Directive 12 (HSPD-12)'],
    ['Privacy Act of 1974 as amended [5 USC 552a]'],
    ['Records Management by Federal Agencies [44 USC 31]'],
    ['Management of Federal Information Resources [OMB Circular A-130]'],
  ];
  const stds = [['FIPS 140-2 Security Requirements for Cryptographic Modules'], ['FIPS 199 Standards for Security Categorization'], ['FIPS 200 Minimum Security Requirements'], ['NIST SP 800-18 Rev 1'], ['NIST SP 800-34 Rev 1'], ['NIST SP 800-37 Rev 1'], ['NIST SP 800-53 Rev 3'], ['NIST SP 800-60 Rev 1'], ['NIST SP 800-61 Rev 1'], ['NIST SP 800-137']];
  const blocks: Block[] = [
    bold('FedRAMP Laws and Regulations', 18, true),
    p(`SSP Attachment 12 - ${SYS}. The following laws, regulations, standards and guidance apply to the system.`),
    h2('Applicable Laws and Regulations'),
    table([['Identification Number / Title'], ...laws]),
    h2('Applicable Standards and Guidance'),
    table([['Identification Number / Title'], ...stds]),
  ];
  return {
    file: 'ATTACH~1.docx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'SSP Attachment 12 listing the federal laws, regulations, standards and guidance applicable to HGHP.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { creator: 'compliance' } }),
  };
}

const SCRM_POOL = [
  'This Supply Chain Risk Management Plan describes how HGHP identifies, assesses and mitigates risks arising from suppliers of hardware, software and services.',
  'Critical suppliers are identified through the criticality analysis and reviewed annually; each is assigned a risk tier.',
  'Hardware is purchased only from original equipment manufacturers or authorized resellers, and tamper-evident seals are inspected on receipt.',
  'Software components are obtained from vendor repositories with signature verification; a software bill of materials is maintained for in-house code.',
  'Supplier security requirements are included in contracts, including notification of incidents and vulnerabilities affecting delivered products.',
  'SCRM roles include the SCRM lead, procurement, legal and the ISSO; the SCRM working group meets quarterly.',
  'Counterfeit components are reported to the supplier and to GIDEP; suspect items are quarantined.',
];

async function scrm1(): Promise<Doc> {
  const r = rng(4761);
  const heads = ['Purpose', 'Scope', 'Roles and Responsibilities', 'Supplier Criticality Analysis', 'Supplier Assessment', 'Acquisition Controls', 'Component Authenticity', 'Monitoring and Review', 'Plan Maintenance'];
  const blocks: Block[] = [...cover('Supply Chain Risk Management Plan', 'SSP Attachment 15 (SR-2). '), ...revisionHistory(r, 2), ...sections(r, heads, SCRM_POOL, 2)];
  return {
    file: 'SCRMP_v1.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'Supply Chain Risk Management Plan (SR-2) covering supplier criticality, acquisition controls and authenticity.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'SCRM Plan', creator: 'procurement' } }),
  };
}

async function scrm2(): Promise<Doc> {
  const r = rng(4762);
  const blocks: Block[] = [bold(`${ABBR} SUPPLY CHAIN RISK MANAGEMENT PLAN`, 14), p('Annual revision 2021. Supersedes the 2019 plan.'), ...sections(r, ['Introduction', 'SCRM Strategy', 'Supplier Risk Assessment', 'Mitigation Measures', 'Roles'], SCRM_POOL, 2)];
  return {
    file: 'Copy of Copy of doc-1180.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'PDF of the annual revision of the HGHP supply chain risk management plan.',
    data: await emit(blocks, { fmt: 'pdf', producer: PDFMAKER, version: '1.4', title: 'SCRM Plan' }),
  };
}

export async function attachDocs(): Promise<Doc[]> {
  return Promise.all([pp1(), pp2(), ug1(), ug2(), diw1(), diw2(), pta(), pia(), rob1(), rob2(), cp1(), cp2(), cmp1(), cmp2(), irp1(), irp2(), fips1(), fips2(), sod1(), laws1(), scrm1(), scrm2()]);
}
