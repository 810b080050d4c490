/** Eval44: the core package deliverables written as prose (SSP, SAP, SAR, ATO letter, change and deviation requests). */
import { b, h1, h2, h3, p, pb, table, title, toDocx, toPdf, ul } from './kit.js';
import type { Block } from './kit.js';
import { AGENCY, AGENCY_ABBR, CSP, CUI, PAO, SYS, SYS_ABBR, approvals, cover, distribution, legalNotice, revisionHistory, sysDescription, toc } from './persona.js';
import type { EvalDoc } from './types.js';

const ctl = (id: string, name: string, status: string, text: string): Block[] => [
  h3(`${id} ${name}`),
  table([
    [`${id} Control Summary Information`, ''],
    ['Responsible Role', 'Tessaline Voice Platform Engineering; Security Operations'],
    ['Implementation Status', status],
    ['Control Origination', 'Service Provider Corporate; Service Provider System Specific'],
  ]),
  b(`${id} What is the solution and how is it implemented?`),
  p(text),
];


const MORE_CONTROLS: [string, string, string][] = [
  ['AC-3', 'Access Enforcement', 'Role-based access control in the tenant administration portal enforces tenant isolation: every API request carries the tenant identifier from the SAML assertion and is checked by the authorization service. SBC and media server configuration is only reachable from the management VRF.'],
  ['AC-6', 'Least Privilege', 'Voice engineers receive just-in-time elevation to SBC administrator roles for the duration of an approved change ticket; standing privileged access is limited to four break-glass accounts held in the vault.'],
  ['AC-7', 'Unsuccessful Logon Attempts', 'The portal locks an account for 30 minutes after three consecutive failed attempts within 15 minutes. SIP registration attempts failing digest authentication five times in 60 seconds are blocked at the SBC for 15 minutes.'],
  ['AU-9', 'Protection of Audit Information', 'Audit records are written to an append-only SIEM index; the recording service account is being removed from the log writer group (see POA&M).'],
  ['CA-7', 'Continuous Monitoring', 'Monthly deliverables (POA&M, scan results, inventory) are submitted to the agency through the secure repository by the tenth business day of each month.'],
  ['CM-8', 'System Component Inventory', 'The inventory of SBCs, SIP proxies, media servers and recording nodes is generated from AWS Config and the SBC element manager and reconciled weekly against the vulnerability scanner asset list.'],
  ['CP-9', 'System Backup', 'Tenant configuration databases are backed up with point-in-time recovery of 5 minutes; SBC configurations are exported nightly to versioned object storage in the alternate region.'],
  ['IR-4', 'Incident Handling', 'Incident handling follows the Incident Response Plan (Attachment 8), including voice-specific playbooks for toll fraud and telephony denial of service.'],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Authenticated operating system, database and web application scans are run monthly over 100% of the inventory; High findings are remediated within 30 days, Moderate within 90 and Low within 180.'],
  ['SC-5', 'Denial-of-Service Protection', 'Call admission control limits concurrent sessions per tenant and per trunk; SBC rate limiting and carrier-side call gapping protect agency hotlines against TDoS.'],
  ['SC-28', 'Protection of Information at Rest', 'Call recordings, transcripts and CDRs are encrypted at rest with AES-256 keys managed in AWS KMS (FIPS 140-3 validated HSMs).'],
  ['SI-2', 'Flaw Remediation', 'SBC firmware and media server images are patched monthly through the change process; emergency patches for CISA KEV entries are deployed within the KEV due date.'],
  ['SI-4', 'System Monitoring', 'The SIEM correlates SBC security events, SIP anomaly detections (scanner user agents such as friendly-scanner, REGISTER floods) and host EDR alerts; Security Operations monitors 24x7.'],
];

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover({
      bigTitle: `${SYS}`,
      sub: ['System Security Plan', 'FedRAMP Moderate Baseline (NIST SP 800-53 Revision 5)', `Prepared for the ${AGENCY}`],
      version: 'Version 1.4 | February 27, 2026',
    }),
    ...revisionHistory([
      { date: '06/14/2025', version: '0.9', change: 'Initial draft for agency partnership kickoff', author: 'M. Okafor' },
      { date: '09/30/2025', version: '1.0', change: 'Updated boundary to add second GovCloud region and recording tier', author: 'M. Okafor' },
      { date: '12/19/2025', version: '1.2', change: 'Incorporated agency comments on AC-2 and IA-2(1)', author: 'J. Lindqvist' },
      { date: '02/27/2026', version: '1.4', change: 'Freeze version submitted ahead of the 3PAO assessment', author: 'J. Lindqvist' },
    ]),
    ...approvals([
      ['Dana Whitcombe', 'Chief Information Security Officer'],
      ['Ravi Sethuraman', 'VP, Voice Platform Engineering'],
    ]),
    pb(),
    ...toc(['Information System Name/Title', 'Information System Categorization', 'Information System Owner', 'System Description', 'System Environment and Inventory', 'System Interconnections', 'Minimum Security Controls', 'Attachments']),
    pb(),
    h1('Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${SYS} (${SYS_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2614081234', SYS, SYS_ABBR]]),
    h1('Information System Categorization'),
    p('The overall information system sensitivity categorization is recorded in the table below. The FIPS 199 categorization worksheet is provided as Attachment 10, and the determination was reviewed with the sponsoring agency.'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate'], ['System Sensitivity Level', 'Moderate']]),
    h2('Digital Identity Determination'),
    p('The digital identity level selected for agency administrators is IAL2 / AAL2 / FAL2; refer to the Digital Identity Worksheet (Attachment 3).'),
    h1('Information System Owner'),
    table([['Name', 'Ravi Sethuraman'], ['Title', 'VP, Voice Platform Engineering'], ['Company / Organization', CSP], ['Address', '2200 Meridian Parkway, Herndon, VA 20171'], ['Email', 'r.sethuraman@tessaline.example']]),
    ...sysDescription(),
    h2('System Environment and Inventory'),
    p('Voice signaling (SIP over TLS 1.2 on port 5061) terminates on the SBC clusters; media (SRTP with AES_CM_128_HMAC_SHA1_80) is anchored on the media servers. The complete list of components, including SBCs, media servers, recording nodes and their IP addresses, is maintained in the Integrated Inventory Workbook (Attachment 13), updated monthly as part of continuous monitoring.'),
    h2('System Interconnections'),
    table([['Interconnection', 'Connection Security', 'Data Direction', 'Information Transmitted'], ['Carrier A SIP trunk (PSTN)', 'IPsec + SIP TLS', 'Bidirectional', 'Call signaling and media'], ['Carrier B SIP trunk (PSTN)', 'Private MPLS + SIP TLS', 'Bidirectional', 'Call signaling and media'], ['Agency Okta tenant', 'SAML 2.0 over TLS 1.2', 'Incoming', 'Assertions']]),
    h1('Minimum Security Controls'),
    p('Security controls for the system are defined by the FedRAMP Moderate baseline. The implementation of each control is described below; customer responsibilities are summarized in the CIS/CRM workbook (Attachment 4).'),
    h2('Access Control (AC)'),
    ...ctl('AC-2', 'Account Management', 'Implemented', 'Part a: Tessaline defines the account types for the TGVCC platform as privileged platform administrator, tenant administrator, contact center supervisor, agent, and service account. Part b: Account managers are assigned per tenant. Part d: Authorized users and their group memberships are recorded in the identity provider; SBC and media server shell access is restricted to the Voice Platform Engineering group via the privileged access gateway. Inactive privileged accounts are disabled after 90 days by an automated job.'),
    ...ctl('AC-17', 'Remote Access', 'Implemented', 'All administrative remote access to SBCs, media servers and recording nodes is brokered through the bastion service with phishing-resistant MFA. Direct SSH to the SBC management interfaces from the internet is blocked by security groups and the management VRF.'),
    h2('Identification and Authentication (IA)'),
    ...ctl('IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', 'Implemented', 'Privileged users authenticate with FIDO2 authenticators or PIV credentials. Tenant administrators authenticate through their agency identity provider federated via SAML, and the agency enforces MFA.'),
    h2('System and Communications Protection (SC)'),
    ...ctl('SC-7', 'Boundary Protection', 'Implemented', 'The SBCs act as the managed interface for all SIP signaling entering the boundary; topology hiding, SIP message normalization, and call admission control are enabled. Web traffic traverses the AWS WAF and an application load balancer. Deny-by-default network ACLs separate the signaling, media and management subnets.'),
    ...ctl('SC-8', 'Transmission Confidentiality and Integrity', 'Partially Implemented', 'SIP signaling to agency endpoints uses TLS 1.2 with FIPS-validated modules and media uses SRTP. PSTN legs beyond the carrier handoff are not encrypted end to end; this limitation is tracked in the POA&M as V-0113 and described to agencies in the CRM.'),
    ...ctl('SC-13', 'Cryptographic Protection', 'Implemented', 'The SBC firmware operates in FIPS mode using the vendor cryptographic module (CMVP certificate #4410). Recordings at rest are encrypted with AWS KMS keys in GovCloud.'),
    h2('Audit and Accountability (AU)'),
    ...ctl('AU-2', 'Event Logging', 'Implemented', 'Events logged include SIP registration failures, SBC configuration changes, administrator logons, recording access and export, and privileged command execution. Logs are forwarded to the SIEM and retained for one year online.'),
    ...ctl('AU-6', 'Audit Record Review, Analysis, and Reporting', 'Implemented', 'Security Operations reviews correlated alerts daily, including toll-fraud heuristics (international premium-rate destinations, call bursts) and anomalous recording downloads.'),
    h2('Configuration Management (CM)'),
    ...ctl('CM-6', 'Configuration Settings', 'Implemented', 'Hardened baselines for the SBC, media server images and Amazon Linux hosts are derived from vendor guides and CIS Benchmarks; deviations are documented in the Configuration Management Plan (Attachment 7).'),
    h2('Additional Control Implementations'),
    ...MORE_CONTROLS.flatMap(([id, name, text]) => ctl(id, name, 'Implemented', text)),
    h1('Attachments'),
    table([['Attachment', 'Title'], ['1', 'Information Security Policies and Procedures'], ['2', 'User Guide'], ['3', 'Digital Identity Worksheet'], ['4', 'PTA / PIA'], ['5', 'Rules of Behavior'], ['6', 'Information System Contingency Plan'], ['7', 'Configuration Management Plan'], ['8', 'Incident Response Plan'], ['9', 'CIS/CRM Workbook'], ['10', 'FIPS 199'], ['11', 'Separation of Duties Matrix'], ['12', 'Laws and Regulations'], ['13', 'Integrated Inventory Workbook']]),
  ];
  return {
    file: 'Final_v7.docx',
    expected: 'SSP',
    note: 'Word System Security Plan for the UCaaS/CCaaS offering with cover, revision history, FIPS 199 table and control implementation statements; neutral file name.',
    data: await toDocx({ blocks, header: `${SYS_ABBR} System Security Plan  |  ${CUI}`, footer: 'Version 1.4', meta: { title: 'FedRAMP SSP Template', creator: 'jlindqvist' } }),
  };
}

function sapBlocks(year: string): Block[] {
  return [
    h1('Introduction'),
    p(`${PAO} (Harrow Point) has been engaged by ${CSP} to perform the ${year} independent security assessment of ${SYS} (${SYS_ABBR}) against the FedRAMP Moderate baseline. This Security Assessment Plan (SAP) describes the scope, the assessment methodology, the test schedule, the assessment team and the rules of engagement. The results will be documented in the Security Assessment Report (SAR).`),
    h1('Scope'),
    p(`The assessment covers all components listed in the ${SYS_ABBR} Integrated Inventory Workbook dated February 2026: 6 session border controllers in two high-availability pairs per region, 14 media servers, 4 SIP proxy/registrar nodes, 6 call recording nodes, the tenant administration portal and the supporting databases. Controls in scope are the FedRAMP Moderate baseline controls plus the FedRAMP-specific parameters recorded in the SSP version 1.4.`),
    table([['Location', 'Components', 'Testing'], ['AWS GovCloud (US-West)', 'SBC pair A, media farm W, portal', 'On-site remote'], ['AWS GovCloud (US-East)', 'SBC pair B, media farm E, recording', 'Remote'], ['Herndon NOC', 'NOC consoles, bastion', 'On-site']]),
    h1('Assumptions'),
    ul('Tessaline resources, including documentation and individuals with knowledge of the system, will be available within the time frames specified.', 'Security controls that have been identified as inherited from AWS GovCloud will be assessed by reviewing the AWS FedRAMP package only.', 'The carrier SIP trunk providers are external; only the SBC side of the interconnection is in scope.'),
    h1('Methodology'),
    p('Harrow Point will test controls using the examine, interview and test methods of NIST SP 800-53A Revision 5 and the FedRAMP Moderate test case workbook. Testing evidence is collected in the FedRAMP test case workbook and cross-referenced to each control objective.'),
    h2('Vulnerability Scanning'),
    p('Authenticated operating system scans (Tenable Nessus), database configuration scans and web application scans (Burp Suite Enterprise) will be run against 100% of the in-scope inventory. SIP-specific testing of the SBCs includes malformed INVITE fuzzing with a bounded request rate, digest authentication brute-force resistance, and registration flood handling.'),
    h2('Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack surface (SBC public signaling interfaces, portal), the tenant-to-tenant isolation vector, the agent desktop, and social engineering of the NOC help desk.'),
    h1('Test Plan'),
    table([['Activity', 'Start', 'End'], ['Kickoff and document review', '04/06/2026', '04/10/2026'], ['Interviews and examination', '04/13/2026', '04/24/2026'], ['Scanning', '04/13/2026', '04/17/2026'], ['Penetration testing', '04/20/2026', '05/01/2026'], ['SAR delivery', '05/22/2026', '05/22/2026']]),
    h1('Rules of Engagement'),
    p('Testing windows are 20:00 to 05:00 Eastern for any activity that may affect live call processing. Harrow Point will not place calls to emergency numbers (911/933) and will exclude the E911 routing service from active testing. The Tessaline NOC must be notified before each test window; either party may halt testing if call quality degradation or toll exposure is observed. Source IP addresses of the testers are listed in Appendix B.'),
    h1('Assessment Team'),
    table([['Name', 'Role', 'Organization'], ['Priya Castellanos', 'Assessment Lead', PAO], ['Tom Hearne', 'Penetration Tester', PAO], ['Ayo Bankole', 'Technical Assessor (Voice)', PAO]]),
    h1('Signatures'),
    p(`The ${CSP} authorizing representative and the ${AGENCY_ABBR} authorizing official accept this Security Assessment Plan and the rules of engagement above.`),
  ];
}

async function sapDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    p(PAO),
    p('2026 Annual Assessment'),
    title('Security Assessment Plan', 40),
    p(`${SYS} (${SYS_ABBR})`),
    p('FedRAMP Moderate | Version 1.0 | March 20, 2026'),
    pb(),
    ...revisionHistory([
      { date: '03/11/2026', version: '0.1', change: 'Draft for CSP review', author: 'P. Castellanos' },
      { date: '03/20/2026', version: '1.0', change: 'Final for agency approval', author: 'P. Castellanos' },
    ], 'Document Revision History'),
    ...distribution(['Authorizing Official', 'ISSO', 'Tessaline CISO', 'Tessaline Compliance Lead']),
    pb(),
    ...sapBlocks('2026 annual'),
  ];
  return {
    file: 'upload (3).docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan for the annual assessment: scope, 800-53A methodology, SIP-specific test plan and rules of engagement.',
    data: await toDocx({ blocks, header: `Harrow Point | ${SYS_ABBR} SAP`, footer: 'Proprietary - Harrow Point Assurance', headingStyle: 'bold', meta: { title: 'SAP', creator: 'Harrow Point Assurance' } }),
  };
}

async function sapPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    p(`${SYS_ABBR} | Initial Authorization`),
    title(`${SYS} Security Assessment Plan`, 34),
    p(`Prepared by ${PAO} for ${CSP} and the ${AGENCY}`),
    ...approvals([['Priya Castellanos', 'Assessment Lead, Harrow Point'], ['Dana Whitcombe', 'CISO, Tessaline'], ['Marcus Feld', `Authorizing Official, ${AGENCY_ABBR}`]], 'Plan Approval'),
    pb(),
    ...sapBlocks('initial'),
  ];
  return {
    file: 'SAR_final.pdf',
    expected: 'SAP',
    note: 'PDF Security Assessment Plan for the initial assessment; the file name wrongly says SAR but the content is a plan with methodology and rules of engagement.',
    data: await toPdf({ blocks, header: 'Harrow Point Assurance - CUI', footer: `${SYS_ABBR} SAP v1.0`, meta: { title: 'Microsoft Word - SAP_TGVCC_v1.docx', creator: 'pcastellanos' } }),
  };
}

function sarBlocks(): Block[] {
  return [
    h1('Executive Summary'),
    p(`${PAO} performed an independent assessment of ${SYS} between April 6 and May 1, 2026, following the Security Assessment Plan approved on March 27, 2026. This Security Assessment Report documents the results of control testing, vulnerability scanning and penetration testing and provides the 3PAO's authorization recommendation.`),
    h1('Risk Exposure'),
    table([['Risk Level', 'Open', 'Operationally Required', 'Risk Adjusted', 'Total'], ['High', '0', '0', '1', '1'], ['Moderate', '7', '1', '2', '10'], ['Low', '12', '0', '0', '12'], ['Total', '19', '1', '3', '23']]),
    h1('Summary of Findings'),
    table([['ID', 'Control', 'Finding', 'Original Risk', 'Status'], ['TGV-01', 'SC-8', 'PSTN legs beyond the carrier handoff are not encrypted', 'Moderate', 'Operationally Required'], ['TGV-02', 'IA-5(1)', 'SIP digest credentials for legacy desk phones use 10-character secrets', 'Moderate', 'Open'], ['TGV-03', 'RA-5', 'Media server image contains OpenSSL version with known CVE', 'High', 'Risk Adjusted to Moderate'], ['TGV-04', 'AU-9', 'Recording-access logs writable by the recording service account', 'Moderate', 'Open'], ['TGV-05', 'CM-7', 'Unused SIP over UDP 5060 listener enabled on SBC pair B', 'Low', 'Open']]),
    h1('Penetration Test Results'),
    p('No tenant isolation bypass was achieved. SIP fuzzing of the SBC public interfaces produced no crashes; registration floods were throttled by call admission control. One web finding (verbose error messages on the portal) was confirmed and rated Low.'),
    h1('Authorization Recommendation'),
    p(`Harrow Point attests that the assessment was performed in accordance with the approved SAP. Based on the residual risk described above, Harrow Point recommends that the ${AGENCY} grant an authorization to operate to ${SYS}, provided that all open findings are tracked in the POA&M and remediated within FedRAMP timeframes.`),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover({ company: PAO, bigTitle: 'Security Assessment Report', sub: [`${SYS} (${SYS_ABBR})`, 'FedRAMP Moderate Initial Assessment'], version: 'Version 1.0 - May 22, 2026' }),
    ...revisionHistory([{ date: '05/15/2026', version: '0.9', change: 'QA draft', author: 'T. Hearne' }, { date: '05/22/2026', version: '1.0', change: 'Final', author: 'P. Castellanos' }]),
    ...toc(['Executive Summary', 'Risk Exposure', 'Summary of Findings', 'Penetration Test Results', 'Authorization Recommendation']),
    pb(),
    ...sarBlocks(),
  ];
  return {
    file: 'TGVCC_SAR_2026.docx',
    expected: 'SAR',
    note: 'Word Security Assessment Report by the 3PAO with risk exposure table, findings and authorization recommendation.',
    data: await toDocx({ blocks, header: 'Harrow Point Assurance', footer: CUI, meta: { title: 'Security Assessment Report', creator: 'Harrow Point Assurance' } }),
  };
}

async function sarPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    table([['Deliverable', 'Security Assessment Report (SAR)'], ['System', SYS], ['Assessment', '2027 Annual Assessment'], ['3PAO', PAO]]),
    legalNotice(),
    pb(),
    ...sarBlocks(),
    h1('Appendix A - Scan Summary'),
    p('Authenticated Nessus scans covered 42 of 42 hosts; the database scan covered 4 PostgreSQL instances; the web scan covered the administration portal and agent desktop. Raw scan files are delivered separately.'),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'SAR',
    note: 'PDF Security Assessment Report whose title only appears in a table cell; includes risk exposure and recommendation.',
    data: await toPdf({ blocks, header: 'Harrow Point Assurance | CUI', footer: 'SAR', meta: { title: 'Document1' } }),
  };
}

function atoBody(system: string, date: string, expiry: string): Block[] {
  return [
    p(AGENCY.toUpperCase()),
    p('Office of the Chief Information Officer | 1800 G Street NW, Washington, DC 20006'),
    p(date),
    p(`MEMORANDUM FOR: Dana Whitcombe, Chief Information Security Officer, ${CSP}`),
    p(`FROM: Marcus Feld, Chief Information Officer and Authorizing Official, ${AGENCY}`),
    p(`SUBJECT: Authority to Operate (ATO) for ${system}`),
    p(`The ${AGENCY} has reviewed the security authorization package for ${system}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${PAO}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
    p(`Accordingly, I hereby grant an Authority to Operate for ${system} at the FedRAMP Moderate impact level, effective immediately and expiring ${expiry}, unless revoked earlier. This authorization is contingent on ${CSP} continuing its continuous monitoring obligations: monthly vulnerability scans, POA&M and inventory updates, and an annual assessment by a FedRAMP-recognized 3PAO.`),
    p('Significant changes to the system must be submitted to the agency for approval before implementation. The agency reserves the right to revoke this authorization if the security posture degrades or continuous monitoring deliverables are not provided.'),
    p(''),
    p('Marcus Feld'),
    p('Authorizing Official'),
    p(`${AGENCY}`),
    p('Digitally signed by FELD.MARCUS.1502237781'),
  ];
}

async function atoPdf1(): Promise<EvalDoc> {
  return {
    file: 'OBA-CIO-26-0117.pdf',
    expected: 'ATO_LETTER',
    note: 'Signed agency memorandum granting an Authority to Operate at FedRAMP Moderate, from the authorizing official.',
    data: await toPdf({ blocks: atoBody(SYS, 'June 30, 2026', 'June 30, 2029'), footer: 'OBA-CIO-26-0117', meta: { title: 'Scanned Document', creator: 'RICOH IM C3000' } }),
  };
}

async function atoPdf2(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('AUTHORIZATION DECISION LETTER', 30),
    ...atoBody(`${SYS} - Contact Center Module`, 'August 4, 2026', 'August 3, 2029'),
    p('Attachment: Agency ATO conditions (1 page)'),
    p('Condition 1: Call recordings containing PII must remain in US GovCloud regions. Condition 2: The operationally required finding on unencrypted PSTN legs is accepted for the term of this authorization.'),
  ];
  return {
    file: 'Scan_2026-08-04_113201.pdf',
    expected: 'ATO_LETTER',
    note: 'Second agency ATO letter (leveraged authorization for the contact center module) with conditions; scanner-style file name.',
    data: await toPdf({ blocks, meta: {} }),
  };
}

function scrBlocks(): Block[] {
  return [
    table([['FedRAMP Significant Change Request Form', ''], ['CSP Name', CSP], ['Cloud Service Offering', SYS], ['FedRAMP Package ID', 'FR2614081234'], ['Impact Level', 'Moderate'], ['Date of Request', '09/08/2026'], ['Requested Implementation Date', '11/15/2026']]),
    h1('Description of the Proposed Change'),
    p('Tessaline proposes to introduce a new AI-assisted speech analytics and real-time transcription service for the contact center module. The service adds a new transcription cluster (GPU-backed EC2 instances in AWS GovCloud US-West), a new message queue between the media servers and the transcription cluster, and a new data store holding transcripts for 13 months.'),
    h1('Type of Change'),
    table([['Change Type', 'Selected'], ['New component / technology', 'X'], ['Change to authorization boundary', 'X'], ['New interconnection / external service', ''], ['Change in data types (new PII)', 'X'], ['Change to cryptographic modules', '']]),
    h1('Security Impact Analysis'),
    p('Controls affected: AC-4, AU-2, CM-8, RA-3, SA-9, SC-7, SC-8, SC-28, SI-4, PT-2. The transcripts contain PII spoken by callers; the PTA/PIA will be updated. The SSP boundary diagram, data flow diagram and Integrated Inventory Workbook will be updated before implementation. The 3PAO will assess the change in accordance with a change-specific SAP.'),
    h1('Approvals'),
    table([['Role', 'Name', 'Signature / Date'], ['CSP System Owner', 'Ravi Sethuraman', ''], ['CSP ISSO', 'Jonas Lindqvist', ''], ['Agency AO', 'Marcus Feld', '']]),
  ];
}

async function scrDocx(): Promise<EvalDoc> {
  return {
    file: 'SCR-2026-03 speech analytics.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'FedRAMP Significant Change Request form for adding a speech analytics/transcription service, with change type and security impact analysis.',
    data: await toDocx({ blocks: [b('CONTINUOUS MONITORING'), ...scrBlocks()], header: CUI, meta: { title: 'Significant Change Request Form', creator: 'jlindqvist' } }),
  };
}

async function scrPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Significant Change Request', 34),
    p(`${CSP} - ${SYS}`),
    p('Subject: migration of the SBC tier from vendor appliance images to a cloud-native SBC software release'),
    h1('Summary'),
    p('Tessaline requests agency approval for a significant change: the replacement of the session border controller platform (virtual appliances version 9.x) by a different vendor\'s cloud-native SBC. The change alters the managed interface of the boundary (SC-7), replaces the FIPS 140-3 validated module used for SIP TLS (SC-13), and changes the hardening baseline (CM-6).'),
    h1('Scope of Change and Affected Controls'),
    table([['Control', 'Impact'], ['SC-7', 'New managed interface'], ['SC-13', 'New cryptographic module, CMVP #4792'], ['CM-2 / CM-6', 'New baseline configuration'], ['SI-2', 'New patch source and cadence'], ['CM-8', 'Inventory change (6 SBCs replaced)']]),
    h1('Risk and Testing'),
    p('A side-by-side pilot will carry 5% of agency traffic for four weeks. The 3PAO will perform a significant change assessment covering the affected controls and a penetration test of the new SIP interfaces. Rollback is to the existing SBC pair, kept warm until the change is accepted.'),
    h1('Requested Decision'),
    p('Tessaline requests the AO\'s approval of this significant change request by October 30, 2026.'),
  ];
  return {
    file: 'scan_results_sept.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'PDF significant change request to replace the SBC platform; file name misleadingly says scan results.',
    data: await toPdf({ blocks, footer: 'SCR 2026-04', meta: { title: 'SCR', creator: 'Tessaline Compliance' } }),
  };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('FedRAMP Deviation Request', 36),
    p(`CSP: ${CSP}    System: ${SYS}    Date: 07/21/2026`),
    table([['Deviation Request Type', 'Selected'], ['False Positive (FP)', ''], ['Risk Adjustment (RA)', 'X'], ['Operational Requirement (OR)', ''], ['Vendor Dependency (VD)', '']]),
    h1('Vulnerability Information'),
    table([['POA&M ID', 'V-0127'], ['Scanner / Source', 'Nessus plugin 187315'], ['CVE', 'CVE-2025-31337'], ['Affected Assets', 'tgv-ms-w-03 through tgv-ms-w-09 (media servers)'], ['Original Risk Rating', 'High'], ['Proposed Adjusted Risk Rating', 'Moderate']]),
    h1('Justification'),
    p('The vulnerable library is present in the media server image but is only reachable through the RTCP-XR reporting interface, which is disabled in the hardened configuration and blocked by the media subnet security group. Exploitation requires authenticated access to the management VRF. Compensating controls: SI-4 monitoring of the management VRF, AC-17 bastion with MFA.'),
    h1('Evidence Provided'),
    ul('Configuration extract showing RTCP-XR disabled on all media servers', 'Security group rules for the media subnet', 'Vendor advisory confirming the attack vector'),
    h1('CSP Attestation'),
    p('Tessaline attests that the information above is accurate and requests that the agency approve this risk adjustment. The item remains open in the POA&M until the vendor patch is deployed.'),
  ];
  return {
    file: 'DR-V-0127.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'Deviation request (risk adjustment) for a POA&M item with justification and evidence.',
    data: await toDocx({ blocks, header: CUI, meta: { creator: 'tessaline-grc' } }),
  };
}

export async function coreDocs(): Promise<EvalDoc[]> {
  return Promise.all([sspDocx(), sapDocx(), sapPdf(), sarDocx(), sarPdf(), atoPdf1(), atoPdf2(), scrDocx(), scrPdf(), drDocx()]);
}


