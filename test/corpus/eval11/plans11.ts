/** eval11: the CSPs' and 3PAOs' prose deliverables (SSP, SAP, SAR and the SSP attachments). */
import { AGENCY, AG, AO, BW, CALLOWAY, IRONBRIDGE, ISSO, KC, LL, SC, approvals, cuiNotice, revHistory, toc } from './actors11.js';
import type { EvalDoc } from './actors11.js';
import { B, Rng, logoPng, prose, toDocx, toMarkdown, toPdf, toText } from './kit11.js';
import type { Block } from './kit11.js';

let rng = new Rng(0x11e7a1);

// ------------------------------------------------------------------ sentence pools
const sspPool = (s: string): string[] => [
  `${s} relies on the centralized identity provider for all privileged and non-privileged access.`,
  `Account requests are submitted through the ticketing system and approved by the system owner before provisioning.`,
  `Audit records are forwarded to the security information and event management (SIEM) platform in near real time and retained for one year online.`,
  `The authorization boundary diagram in Section 9 depicts every component that stores, processes or transmits Federal data.`,
  `Control implementation responsibility is shared with leveraged services as described in the CIS/CRM workbook (Attachment 11).`,
  `Vulnerability scanning of operating systems, databases and web applications is performed monthly and findings are tracked in the POA&M.`,
  `Baseline configurations are derived from CIS Benchmarks and deviations are recorded in the Configuration Management Plan.`,
  `Cryptographic modules protecting data in transit and at rest are FIPS 140-validated; certificate numbers are listed in Appendix Q.`,
  `Multi-factor authentication is enforced for all remote and privileged access using phishing-resistant authenticators.`,
  `Security roles and responsibilities are defined in the Separation of Duties Matrix and reviewed annually.`,
  `Interconnections with external systems are documented in Table 11-1 and governed by interconnection agreements where required.`,
  `The system inherits physical and environmental protections from the underlying data center provider.`,
  `Changes to the system follow the change control board process, including security impact analysis prior to approval.`,
  `Incident handling follows the Incident Response Plan and suspected incidents are reported to US-CERT within one hour of identification.`,
];

const sapPool = [
  'The assessment team will use the test procedures of NIST SP 800-53A Rev. 5 as tailored by the FedRAMP SAP test case workbook.',
  'Interviews will be scheduled with control owners during the first week of on-site testing.',
  'Examine activities include review of policies, procedures, configuration exports and ticket evidence samples.',
  'Test activities include technical verification of configurations and authenticated vulnerability scans of all in-scope hosts.',
  'Sampling follows the FedRAMP sampling methodology; populations and sample sizes are documented in Appendix C.',
  'Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, web application and insider attack vectors.',
  'All scanning will originate from the assessor IP addresses listed in the rules of engagement.',
  'The CSP will provide credentials with sufficient privilege to perform authenticated scanning.',
  'Testing windows were agreed with the CSP to avoid the monthly maintenance window.',
  'Any finding identified during testing that represents an imminent risk will be reported to the CSP and the authorizing official within 24 hours.',
  'The assessment scope includes every component listed in the integrated inventory workbook dated in Section 3.',
  'The 3PAO maintains independence from the CSP as attested in the 3PAO independence statement.',
];

const sarPool = [
  'Each risk was assigned a likelihood and impact level in accordance with NIST SP 800-30 and the FedRAMP SAR template.',
  'Findings identified and corrected during testing are listed separately in Table 5-2 and were re-tested by the assessor.',
  'Operational requirements and false positives claimed by the CSP were reviewed and the supporting evidence is referenced in Appendix F.',
  'Authenticated scans achieved full credentialed coverage of all inventory items except two appliances noted in Appendix B.',
  'Residual risks are expected to be tracked in the CSP POA&M and remediated within FedRAMP-mandated timeframes.',
  'The assessor observed that audit log review is performed daily, but evidence of weekly correlation reporting was incomplete.',
  'Test results for each control are recorded in the Security Test Case Procedures workbook (Appendix A).',
  'The penetration test did not achieve privilege escalation from the tenant context into the management plane.',
  'Documentation deficiencies were identified in two policies whose review dates exceeded the annual requirement.',
  'No High-risk findings remain open after the correction period ended.',
];

const cpPool = [
  'The recovery time objective (RTO) for the production environment is four hours and the recovery point objective (RPO) is fifteen minutes.',
  'Backups are replicated to the alternate processing site in a geographically separate region.',
  'The Contingency Plan Coordinator activates the plan upon a determination by the Incident Commander that an outage will exceed the maximum tolerable downtime.',
  'Notification procedures use the emergency call tree in Appendix B, which is validated quarterly.',
  'The reconstitution phase concludes when the system is validated against the baseline configuration and normal operations are declared.',
  'An annual functional exercise tests failover of the database tier and the restoration of customer data from backup.',
  'Lessons learned from each test are recorded in the after-action report and tracked to closure.',
  'The business impact analysis identifies the mission-essential functions and their dependencies on supporting components.',
  'Alternate communications include a conference bridge hosted outside the primary region.',
  'Personnel with contingency roles receive training within ten days of assuming the role and annually thereafter.',
];

const irPool = [
  'Incidents are categorized according to the US-CERT Federal Incident Notification Guidelines.',
  'The Security Operations Center triages alerts from the SIEM and escalates suspected incidents to the on-call incident handler.',
  'The incident handler opens an incident record and notifies the Incident Response Manager within fifteen minutes.',
  'Affected agency customers are notified through their designated points of contact and the FedRAMP PMO is informed at info@fedramp.gov.',
  'Containment actions may include isolating instances, revoking credentials and blocking indicators of compromise at the perimeter.',
  'Evidence is collected and preserved with chain-of-custody documentation for possible law enforcement referral.',
  'Post-incident activity includes a lessons-learned meeting within five business days of closure.',
  'The plan is tested annually through a tabletop exercise that includes at least one agency customer.',
  'Incident response training is provided to all personnel with incident response duties upon assignment and annually.',
  'Metrics on detection and containment times are reported monthly to the CISO.',
];

const cmPool = [
  'All changes are recorded in the change management system and classified as standard, normal or emergency.',
  'The Change Control Board meets weekly and includes representatives from security, engineering and operations.',
  'A security impact analysis is performed for every normal change prior to approval.',
  'Baseline configurations are maintained as code in the version control repository and deployed through the pipeline.',
  'Configuration drift is detected by daily compliance scans against the approved baseline.',
  'Emergency changes are approved retroactively by the Change Control Board within two business days.',
  'Changes that may constitute a significant change under FedRAMP guidance are escalated to the ISSO for agency notification.',
  'Software installation by users is prohibited and enforced by application allow-listing.',
  'Component inventory is updated automatically when infrastructure is provisioned or decommissioned.',
  'Configuration items are uniquely identified and their owners are recorded in the CMDB.',
];

const scrmPool = [
  'Suppliers of critical components are identified through the criticality analysis described in Section 4.',
  'Each critical supplier completes a security questionnaire and provides evidence of a secure development process.',
  'Software bills of materials (SBOM) are requested for all third-party software components deployed in the boundary.',
  'Hardware is procured only from original equipment manufacturers or their authorized resellers.',
  'Supplier risk assessments are refreshed annually or upon a significant change in the supplier relationship.',
  'Counterfeit or tampered components are reported to the SCRM team and quarantined pending investigation.',
  'The SCRM team monitors the GSA and CISA advisories for supplier-related threats.',
  'Contracts with suppliers include flow-down clauses for incident notification and vulnerability disclosure.',
  'Open-source components are evaluated for maintenance activity, known vulnerabilities and license risk before use.',
  'Provenance of container base images is verified through signature validation in the build pipeline.',
];

const polPool = [
  'This policy applies to all employees, contractors and third parties who access the information system.',
  'Procedures implementing this policy are reviewed and updated at least annually and following significant changes.',
  'The Chief Information Security Officer is responsible for the maintenance and dissemination of this policy.',
  'Exceptions to this policy must be documented, risk-assessed and approved by the CISO.',
  'Compliance with this policy is monitored through internal audits and continuous monitoring activities.',
  'Violations of this policy may result in disciplinary action up to and including termination.',
  'Policy documents are disseminated through the corporate policy portal and acknowledged annually.',
  'Roles and responsibilities for this control family are described in the Separation of Duties Matrix.',
];

const pad = (n: number, pool: string[], s = 4): Block[] => B.ps(prose(rng, pool, n, s));

// ------------------------------------------------------------------ SSP (docx, SC)
async function sspScgc(): Promise<EvalDoc> {
  const ctl = (id: string, name: string, text: string): Block[] => [
    B.h2(`${id} ${name}`),
    B.table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', 'SCGC Identity Engineering; Security Operations'],
      ['Parameter', 'Organization-defined values per the FedRAMP High baseline'],
      ['Implementation Status', 'Implemented'],
      ['Control Origination', 'Service Provider Corporate; Service Provider System Specific'],
    ]),
    B.bold(`What is the solution and how is it implemented?`),
    B.p(text),
    ...pad(1, sspPool(SC.short)),
  ];
  const blocks: Block[] = [
    ...cuiNotice(SC),
    B.center(SC.org, true, 28),
    B.title(`${SC.sys} (${SC.short})`, 36),
    B.title('System Security Plan', 44),
    B.center('FedRAMP High Baseline - NIST SP 800-53 Revision 5', false, 24),
    B.center('Document Number SCF-SEC-0100  |  Version 4.2  |  September 30, 2025'),
    B.brk(),
    ...revHistory([
      ['2023-11-02', '3.0', 'Initial Rev5 transition', 'J. Alvarez'],
      ['2024-09-27', '4.0', 'Annual update; new region us-gov-central', 'J. Alvarez'],
      ['2025-03-14', '4.1', 'Updated boundary after SCR-2025-02', 'P. Nwosu'],
      ['2025-09-30', '4.2', 'Annual update for 2025 assessment', 'P. Nwosu'],
    ]),
    ...approvals('Approvals', [
      ['Renata Liu', 'Chief Information Security Officer, StrataCore Federal'],
      ['Paul Nwosu', 'Information System Security Officer, SCGC'],
    ]),
    B.brk(),
    ...toc(['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '9 General System Description', '10 System Environment and Inventory', '11 System Interconnections', '13 Minimum Security Controls', 'Appendix A FedRAMP Acronyms']),
    B.h1('1 Information System Name/Title'),
    B.p(`This System Security Plan provides an overview of the security requirements for ${SC.sys} (${SC.short}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.`),
    B.table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR1904012345', SC.sys, SC.short]]),
    B.h1('2 Information System Categorization'),
    B.p('The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization (Attachment 10). The security categorization is High for confidentiality, integrity and availability.'),
    B.table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'High']]),
    B.p('Digital identity level: IAL3 / AAL3 / FAL3 as determined in the Digital Identity Worksheet (Attachment 3).'),
    B.h1('3 Information System Owner'),
    B.table([['Name', 'Title', 'Company', 'Address', 'Phone'], ['Gregory Haines', 'VP, Federal Platform', SC.org, '13450 Sunrise Valley Dr, Herndon, VA', '703-555-0142']]),
    B.h1('9 General System Description'),
    B.p(`${SC.short} is an ${SC.model} offering that provides compute, block and object storage, virtual networking and key management to Federal agency tenants. The service is deployed in two physically separate regions within the continental United States.`),
    ...pad(3, sspPool(SC.short)),
    B.h1('10 System Environment and Inventory'),
    B.p('The complete inventory of components is maintained in the Integrated Inventory Workbook (Attachment 13) and is updated monthly as part of continuous monitoring.'),
    ...pad(2, sspPool(SC.short)),
    B.h1('11 System Interconnections'),
    B.table([['SP IP Address and Interface', 'External Organization Name', 'Connection Security', 'Data Direction'], ['10.20.0.0/16 via TLS 1.2', 'US-CERT EINSTEIN', 'IPsec VPN', 'Outgoing'], ['10.30.4.0/24', 'Time source (NIST)', 'NTP authenticated', 'Incoming']]),
    B.h1('13 Minimum Security Controls'),
    B.p('The following sections describe, for each control of the FedRAMP High baseline, how the control is implemented within the authorization boundary.'),
    ...ctl('AC-2', 'Account Management', 'SCGC accounts are managed in the corporate IdP. Privileged roles are requested via ServiceNow and approved by the system owner; accounts are reviewed quarterly and disabled after 35 days of inactivity.'),
    ...ctl('AC-17', 'Remote Access', 'All administrative remote access traverses the bastion enclave over TLS 1.2 with FIPS-validated modules and PIV-based multi-factor authentication.'),
    ...ctl('AU-6', 'Audit Record Review, Analysis, and Reporting', 'Security analysts review correlated audit events daily in the SIEM and escalate anomalies to the incident response team according to the IRP.'),
    ...ctl('CM-6', 'Configuration Settings', 'Hardened images are built from CIS Level 2 benchmarks. Deviations are documented and approved by the CCB as described in the Configuration Management Plan.'),
    ...ctl('RA-5', 'Vulnerability Monitoring and Scanning', 'Authenticated OS, database and web application scans are performed monthly; results are submitted to agencies with the monthly POA&M and inventory.'),
    ...ctl('SC-13', 'Cryptographic Protection', 'SCGC uses FIPS 140-3 validated modules (certificates #4620, #4718) for all cryptographic functions protecting Federal data.'),
  ];
  return {
    file: 'SCGC_SSP_Rev5_v4.2_FINAL.docx',
    expected: 'SSP',
    note: 'StrataCore IaaS System Security Plan (High) behind a full-page CUI notice, revision history, approvals and TOC, with control implementation statements.',
    data: await toDocx(blocks, { font: SC.font, meta: { title: 'SCGC_SSP_v4.1.docx', creator: 'Paul Nwosu', lastModifiedBy: 'Renata Liu', company: SC.org }, header: `${SC.short} System Security Plan  |  SCF-SEC-0100 v4.2`, footer: 'CUI // Controlled Unclassified Information  |  StrataCore Federal, Inc.' }),
  };
}

// ------------------------------------------------------------------ SSP (pdf, LL, logo cover, converted)
async function sspLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('Ledgerline Software LLC | LL-GRC-001 | Prepared for the Federal Maritime Records Administration'),
    B.title(`${LL.sys}`, 26),
    B.title('System Security Plan (SSP)', 30),
    B.center('FedRAMP Moderate | Rev. 5 | Version 3.1 | August 2025'),
    B.p(' '),
    ...revHistory([
      ['05/02/2023', '1.0', 'Agency ATO package', 'M. Berger'],
      ['06/20/2024', '2.0', 'Annual review, Rev5 transition', 'M. Berger'],
      ['08/11/2025', '3.1', 'Annual review; replaced logging vendor', 'K. Osei'],
    ]),
    B.bold('Distribution'),
    B.p(`${AGENCY} ISSO (${ISSO}); Ledgerline Security Team; ${CALLOWAY} (3PAO).`),
    B.brk(),
    B.h1('1. System Identification'),
    B.p(`${LL.sys} (LGM) is a ${LL.model} that supports grant solicitation, application intake, peer review and award management for Federal program offices. The system is categorized Moderate (FIPS 199, Attachment 10) and is hosted on a FedRAMP High authorized IaaS, from which it inherits physical, environmental and several system and communications protection controls.`),
    B.table([['System Name', 'Abbreviation', 'FedRAMP Package ID', 'Impact Level'], [LL.sys, 'LGM', 'FR2201077701', 'Moderate']]),
    B.h1('2. Authorization Boundary'),
    ...pad(2, sspPool('LGM')),
    B.h1('3. System Environment'),
    ...pad(2, sspPool('LGM')),
    B.h1('4. Control Implementation Statements'),
    B.h2('AC-2 Account Management'),
    B.p('Part a: LGM defines Grantee User, Reviewer, Program Officer and Tenant Administrator account types. Part d: tenant administrators approve grantee accounts; Ledgerline administrators are approved by the Director of Engineering. Part j: accounts are reviewed every 90 days.'),
    B.h2('IA-2(1) Multi-Factor Authentication to Privileged Accounts'),
    B.p('Privileged users authenticate to the administrative console with SAML federation to the corporate IdP which enforces FIDO2 hardware tokens.'),
    B.h2('SI-2 Flaw Remediation'),
    B.p('Flaws identified through scanning are entered in the Plan of Actions & Milestones and remediated within 30 days (High), 90 days (Moderate) and 180 days (Low).'),
    ...pad(3, sspPool('LGM')),
    B.h1('5. Attachments'),
    B.bullets(['Attachment 1 Information Security Policies and Procedures', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 PTA/PIA', 'Attachment 6 Security Incident Handling Procedure (IRP)', 'Attachment 13 Integrated Inventory Workbook']),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'Ledgerline SaaS System Security Plan printed to PDF and re-saved: page 1 is only a logo image, the text starts on page 2.',
    data: await toPdf(blocks, { font: 'Times', logoCover: logoPng(240, 90, [20, 90, 70], [30, 140, 110]), meta: { title: 'Microsoft Word - LGM_SSP_v3.1_clean.docx', creator: 'kosei' }, producer: 'Adobe PDF Library 23.1.175; modified using iText 7.2.5', creatorTool: 'PScript5.dll Version 5.2.2', header: 'Ledgerline Grants Manager - System Security Plan - CUI', footer: 'Page {n} of {total}' }),
  };
}

// ------------------------------------------------------------------ SAP docx (SC annual, Ironbridge)
async function sapScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center(IRONBRIDGE, true, 24),
    B.center('A2LA Certificate No. 4411.02 - FedRAMP Recognized 3PAO'),
    B.title(`${SC.sys}`, 32),
    B.title('Security Assessment Plan', 40),
    B.center('2025 Annual Assessment - FedRAMP High - Version 1.0 (final)'),
    B.center('Prepared for StrataCore Federal, Inc. and the Federal Maritime Records Administration'),
    B.brk(),
    ...revHistory([
      ['2025-08-04', '0.9', 'Draft for CSP review', 'Ironbridge - T. Mendel'],
      ['2025-08-22', '1.0', 'Final after agency comments', 'Ironbridge - T. Mendel'],
    ]),
    ...approvals('Assessment Plan Approval', [
      ['Tomas Mendel', 'Assessment Lead, Ironbridge Assurance'],
      ['Gregory Haines', 'System Owner, SCGC'],
      [AO, `Authorizing Official, ${AG}`],
    ]),
    B.brk(),
    B.h1('1 Introduction'),
    B.p(`This Security Assessment Plan (SAP) describes the scope, methodology, schedule and rules of engagement for the 2025 annual assessment of ${SC.sys}. The assessment covers the core controls required by the FedRAMP Annual Assessment Guidance, controls affected by changes since the last assessment, and controls tied to open POA&M items.`),
    B.h1('2 Scope'),
    B.p('The in-scope locations are the us-gov-east and us-gov-central regions. In-scope IP ranges, hostnames and web applications are listed in Appendix B and reconcile to the inventory submitted with the September ConMon package.'),
    B.table([['Control Family', 'Controls Selected', 'Rationale'], ['AC', 'AC-2, AC-6(9), AC-17', 'Core / changed'], ['CM', 'CM-2, CM-6, CM-8', 'Core'], ['RA', 'RA-5', 'Core'], ['SI', 'SI-2, SI-4', 'Open POA&M items'], ['SR', 'SR-3, SR-6', 'New Rev5 controls']]),
    B.h1('3 Assumptions'),
    ...pad(1, sapPool),
    B.h1('4 Methodology'),
    ...pad(3, sapPool),
    B.h1('5 Test Plan'),
    B.table([['Role', 'Name', 'Organization'], ['Assessment Lead', 'Tomas Mendel', IRONBRIDGE], ['Penetration Test Lead', 'Aiko Brandt', IRONBRIDGE], ['CSP Point of Contact', 'Paul Nwosu', SC.org]]),
    B.p('Testing schedule: document review September 2-12; onsite interviews September 15-19; vulnerability scanning September 15-26; penetration testing September 22 - October 3; SAR delivery October 31, 2025.'),
    B.h1('6 Rules of Engagement'),
    ...pad(2, sapPool),
    B.p('Disclosure: Ironbridge will not disclose any CSP information outside the assessment team, the CSP and the authorizing agency. Testing will stop immediately if a production outage is suspected.'),
  ];
  return {
    file: 'upload (3).docx',
    expected: 'SAP',
    note: "Ironbridge's Security Assessment Plan for StrataCore's 2025 annual assessment: scope, methodology, schedule and rules of engagement.",
    data: await toDocx(blocks, { font: 'Cambria', meta: { title: 'Ironbridge SAP Template v2025.1', creator: 'T. Mendel', company: IRONBRIDGE }, header: 'Ironbridge Assurance - Proprietary & Confidential', footer: 'SCGC 2025 Annual SAP' }),
  };
}

// ------------------------------------------------------------------ SAP pdf (BW, Calloway, misleading file name)
async function sapCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cuiNotice(BW),
    B.center(CALLOWAY, true, 14),
    B.title('Brightwater CaseFlow', 22),
    B.title('Security Assessment Plan (SAP)', 24),
    B.center('FedRAMP Moderate Annual Assessment 2025 | Version 1.1'),
    B.h1('Section 1 - Purpose'),
    B.p(`${CALLOWAY} has been engaged by Brightwater Data Systems to perform the 2025 annual assessment of CaseFlow. This plan documents what will be tested, how, when and by whom. The results will be documented in the Security Assessment Report (SAR) and the CSP will update its POAM accordingly.`),
    B.h1('Section 2 - Assessment Scope'),
    B.p('Scope includes the CaseFlow production tenant clusters, the administrative bastion, the PostgreSQL database tier, the public web application at caseflow.brightwater-gov.com and the customer API.'),
    B.table([['Component', 'Test Method', 'Tool'], ['Linux hosts (42)', 'Authenticated scan', 'Tenable Nessus 10.8'], ['PostgreSQL 15 (6)', 'Database scan', 'Nessus DB audit'], ['Web application', 'DAST + manual', 'Burp Suite Pro'], ['Admin bastion', 'Configuration review', 'CIS-CAT Pro']]),
    B.h1('Section 3 - Assessment Methodology'),
    ...pad(3, sapPool),
    B.h1('Section 4 - Penetration Testing'),
    B.p('Attack vectors in scope: external to corporate, external to CSP target system, tenant to tenant, mobile application (not applicable), social engineering (phishing simulation against administrators), and the insider threat vector from a compromised administrator workstation.'),
    B.h1('Section 5 - Rules of Engagement'),
    ...pad(2, sapPool),
    B.bullets(['Assessor source IPs: 198.51.100.40-198.51.100.47', 'Testing hours: Monday-Friday 08:00-20:00 ET', 'Emergency contact: Brightwater SOC, 919-555-0177']),
    B.h1('Section 6 - Signatures'),
    ...approvals('', [['Lena Park', 'Assessment Director, Calloway & Pine'], ['Owen Mercer', 'CISO, Brightwater Data Systems']]),
  ];
  return {
    file: 'Brightwater_SAR_draft.pdf',
    expected: 'SAP',
    note: 'Calloway & Pine Security Assessment Plan for CaseFlow behind a CUI notice page; the file name wrongly says SAR.',
    data: await toPdf(blocks, { font: 'Helvetica', size: 10, meta: { title: 'CaseFlow SAP 2025', creator: 'Lena Park' }, header: 'CUI | Calloway & Pine Advisory | CaseFlow SAP', footer: '{n}' }),
  };
}

// ------------------------------------------------------------------ SAR docx (LL, Calloway)
async function sarLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('CALLOWAY & PINE ADVISORY, LLP', true, 24),
    B.title('Security Assessment Report', 40),
    B.center(`${LL.sys} (LGM) - FedRAMP Moderate - 2025 Annual Assessment`, true),
    B.center('Report Date: September 19, 2025 - Version 1.0'),
    B.brk(),
    ...revHistory([['09/05/2025', '0.8', 'Draft SAR to CSP', 'L. Park'], ['09/19/2025', '1.0', 'Final SAR', 'L. Park']]),
    B.h1('1.0 Executive Summary'),
    B.p(`${CALLOWAY} performed an assessment of ${LL.sys} between July 14 and August 15, 2025 in accordance with the approved Security Assessment Plan dated June 30, 2025. This report presents the results of testing, the risks identified and the 3PAO's recommendation to the authorizing official.`),
    ...pad(2, sarPool),
    B.h1('2.0 Risk Exposure'),
    B.table([['Risk Level', 'Open Risks', 'Risk Adjustments', 'Operational Requirements', 'False Positives', 'Total'], ['High', '0', '0', '0', '1', '1'], ['Moderate', '6', '1', '1', '2', '10'], ['Low', '9', '0', '0', '0', '9'], ['Total', '15', '1', '1', '3', '20']]),
    B.h1('3.0 Summary of Findings'),
    B.table([['Identifier', 'Control', 'Description', 'Likelihood', 'Impact', 'Risk'], ['LGM-25-01', 'AC-2(3)', 'Inactive reviewer accounts not disabled after 90 days', 'Moderate', 'Moderate', 'Moderate'], ['LGM-25-02', 'CM-6', 'Three containers deviate from hardened baseline', 'Moderate', 'Moderate', 'Moderate'], ['LGM-25-03', 'RA-5', 'Outdated OpenSSL on reporting worker', 'Moderate', 'Moderate', 'Moderate'], ['LGM-25-04', 'AU-11', 'Retention of application logs 300 days', 'Low', 'Moderate', 'Low']]),
    ...pad(3, sarPool),
    B.h1('4.0 Authorization Recommendation'),
    B.p(`Calloway & Pine recommends that ${LL.sys} be granted continued authorization. The system has no open High risks, and all Moderate risks are tracked in the CSP's Plan of Actions & Milestones with remediation dates within FedRAMP timeframes. ${CALLOWAY} attests that the assessment was performed independently.`),
    ...approvals('3PAO Attestation', [['Lena Park', 'Assessment Director']]),
    B.h1('Appendix A - Security Test Case Procedures'),
    B.p('Provided as a separate workbook (LGM_2025_SAR_AppA_TestCases.xlsx).'),
  ];
  return {
    file: 'LGM SAR 2025 - Calloway Pine.docx',
    expected: 'SAR',
    note: 'Calloway & Pine Security Assessment Report for Ledgerline with risk exposure table, findings and authorization recommendation.',
    data: await toDocx(blocks, { font: 'Garamond', headings: 'styles', meta: { title: 'Security Assessment Report', creator: 'Lena Park', company: CALLOWAY }, footer: 'Calloway & Pine Advisory, LLP - CUI' }),
  };
}

// ------------------------------------------------------------------ SAR pdf volume (SC, Ironbridge)
async function sarScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('VOLUME 1 OF 1', true, 12),
    B.title('StrataCore Government Cloud (SCGC)', 22),
    B.title('Security Assessment Report', 26),
    B.center('including Appendices A-D (combined for submission)'),
    B.center('FedRAMP High - 2025 Annual Assessment - Ironbridge Assurance LLC'),
    B.p(' '),
    B.bold('Contents of this volume'),
    B.bullets(['Security Assessment Report (pages 2-14)', 'Appendix A: Risk Exposure Table', 'Appendix B: Vulnerability Scan Summary (not the raw scan files)', 'Appendix C: Penetration Test Report', 'Appendix D: Auxiliary Documents reviewed']),
    B.brk(),
    B.h1('1 Executive Summary'),
    B.p(`Ironbridge Assurance LLC assessed ${SC.sys} from September 2 through October 3, 2025 following the Security Assessment Plan approved on August 22, 2025. Overall, SCGC maintains a strong security posture. Ironbridge identified 1 High, 7 Moderate and 12 Low risks.`),
    ...pad(2, sarPool),
    B.h1('2 Assessment Results'),
    ...pad(3, sarPool),
    B.h1('3 Authorization Recommendation'),
    B.p('Ironbridge recommends the continued authorization of SCGC contingent on remediation of the single High finding (SCGC-25-H01, unauthenticated management API on a legacy load balancer) within 30 days. All findings are to be entered in the CSP POA&M.'),
    B.brk(),
    B.h1('Appendix A - Risk Exposure Table'),
    B.table([['ID', 'Control', 'Name', 'Source', 'Initial Risk', 'Residual Risk'], ['SCGC-25-H01', 'AC-3', 'Unauthenticated management API', 'Pen test', 'High', 'High'], ['SCGC-25-M01', 'SI-2', 'Kernel patch lag on hypervisor hosts', 'Nessus', 'Moderate', 'Moderate'], ['SCGC-25-M02', 'IA-5', 'Service account password age', 'Manual', 'Moderate', 'Moderate'], ['SCGC-25-L01', 'AU-9', 'Log bucket lacks object lock in one region', 'Manual', 'Low', 'Low']]),
    B.h1('Appendix B - Vulnerability Scan Summary'),
    B.table([['Scan Type', 'Hosts', 'Credentialed', 'High', 'Moderate', 'Low'], ['Operating system', '1,214', '100%', '3', '41', '88'], ['Database', '36', '100%', '0', '4', '9'], ['Web application', '11', 'n/a', '0', '2', '6']]),
    B.h1('Appendix C - Penetration Test Report'),
    B.p('Ironbridge tested the external, tenant-to-tenant and insider vectors. The High finding above was exploited from the corporate network segment; tenant isolation held in all test cases.'),
    ...pad(1, sarPool),
  ];
  return {
    file: 'SCGC_Annual_Assessment_Volume_1.pdf',
    expected: 'SAR',
    note: "Ironbridge's Security Assessment Report for StrataCore combined with its appendices into one PDF volume whose cover still says Security Assessment Report.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'SCGC SAR Volume 1', creator: 'Ironbridge Assurance' }, producer: 'Adobe Acrobat Pro (64-bit) 24.3.20180', creatorTool: 'Acrobat PDFMaker 24 for Word', header: 'Ironbridge Assurance LLC - CUI//SP-PROPIN', footer: 'SCGC SAR 2025 - page {n} of {total}' }),
  };
}

// ------------------------------------------------------------------ ATO letters
async function atoLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('UNITED STATES DEPARTMENT OF TRANSPORTATION', true, 11),
    B.center(AGENCY.toUpperCase(), true, 13),
    B.center('Office of the Chief Information Officer  |  1200 Harbor Point Way SW  |  Washington, DC 20024'),
    B.p(' '),
    B.p('October 1, 2025'),
    B.p('MEMORANDUM FOR: Ms. Karina Osei, Director of Compliance, Ledgerline Software LLC'),
    B.p(`FROM: ${AO}, Chief Information Officer and Authorizing Official`),
    B.p(`SUBJECT: Authority to Operate (ATO) - ${LL.sys} (FedRAMP Package ID FR2201077701)`),
    B.p(`The ${AGENCY} has reviewed the security authorization package for ${LL.sys}, including the System Security Plan (v3.1), the Security Assessment Plan, the Security Assessment Report prepared by ${CALLOWAY}, and the Plan of Action and Milestones dated September 30, 2025.`),
    B.p(`Based on that review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of ${LL.sys} is acceptable. Accordingly, I grant an Authority to Operate for a period of three years from the date of this letter, subject to continuous monitoring in accordance with FedRAMP requirements and the agency's continuous monitoring strategy.`),
    B.p('This authorization is conditioned on: (1) monthly submission of the updated POA&M, vulnerability scan results and inventory; (2) remediation of open Moderate findings within FedRAMP timeframes; and (3) notification of any significant change before implementation.'),
    B.p(`Questions may be directed to the ${AG} Information System Security Officer, ${ISSO}, at dana.okafor@fmra.gov.`),
    B.p(' '),
    B.p('/s/ Marcus T. Whitfield'),
    B.p(`${AO}`),
    B.p(`Chief Information Officer and Authorizing Official, ${AGENCY}`),
    B.p(' '),
    B.small('cc: FedRAMP PMO (info@fedramp.gov); FMRA Office of Grants Management'),
  ];
  return {
    file: 'scan0001.pdf',
    expected: 'ATO_LETTER',
    note: "The agency's signed Authority to Operate letter for Ledgerline Grants Manager from the authorizing official.",
    data: await toPdf(blocks, { font: 'Times', size: 11.5, meta: null, producer: 'KONICA MINOLTA bizhub C360i', creatorTool: 'KONICA MINOLTA bizhub C360i' }),
  };
}

async function atoScgcInitial(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('NATIONAL INSTITUTE OF COASTAL SCIENCE', true, 14),
    B.center('Office of the Chief Information Officer'),
    B.p(' '),
    B.p('March 3, 2023'),
    B.p('StrataCore Federal, Inc.'),
    B.p('Attn: Gregory Haines, VP Federal Platform'),
    B.p('13450 Sunrise Valley Drive, Herndon, VA 20171'),
    B.p(`RE: Agency Authorization to Operate for ${SC.sys}, FedRAMP High`),
    B.p(`Dear Mr. Haines:`),
    B.p(`The National Institute of Coastal Science (NICS) has completed its review of the FedRAMP security authorization package for ${SC.sys}. The package was assessed by ${IRONBRIDGE}, an accredited Third Party Assessment Organization.`),
    B.p(`After careful consideration of the residual risks documented in the Security Assessment Report and the corrective actions planned in the Plan of Action and Milestones, I accept the risk and hereby issue an Authority to Operate for ${SC.sys} at the High impact level. This ATO is valid until March 3, 2026, provided that the system maintains an acceptable security posture through continuous monitoring.`),
    B.p('NICS agrees that this package may be made available in the FedRAMP secure repository so that other agencies may leverage it for their own authorization decisions.'),
    B.p(' '),
    B.p('Sincerely,'),
    B.p('[digitally signed] Helen Castellanos'),
    B.p('Helen Castellanos, Authorizing Official and Chief Information Officer, National Institute of Coastal Science'),
  ];
  return {
    file: 'SCGC_Initial_Agency_ATO.pdf',
    expected: 'ATO_LETTER',
    note: "The initial sponsoring agency's ATO letter for StrataCore, received in the package the agency leverages.",
    data: await toPdf(blocks, { font: 'Times', size: 12, meta: { title: 'ATO Letter', creator: 'hcastellanos' }, producer: 'Microsoft: Print To PDF', creatorTool: 'Microsoft Word' }),
  };
}

// ------------------------------------------------------------------ checklist docx (BW)
async function checklistCaseflow(): Promise<EvalDoc> {
  const items: [string, string, string][] = [
    ['1', 'System Security Plan (SSP) - FedRAMP Rev5 template', 'Yes'],
    ['2', 'Attachment 1: Information Security Policies and Procedures', 'Yes'],
    ['3', 'Attachment 2: User Guide', 'Yes'],
    ['4', 'Attachment 3: Digital Identity Worksheet', 'Yes'],
    ['5', 'Attachment 4: PTA / PIA', 'Yes'],
    ['6', 'Attachment 5: Rules of Behavior', 'Yes'],
    ['7', 'Attachment 6: Information System Contingency Plan', 'Yes'],
    ['8', 'Attachment 7: Configuration Management Plan', 'Yes'],
    ['9', 'Attachment 8: Incident Response Plan', 'Yes'],
    ['10', 'Attachment 9: CIS/CRM Workbook', 'Yes'],
    ['11', 'Attachment 10: FIPS 199', 'Yes'],
    ['12', 'Attachment 11: Separation of Duties Matrix', 'Yes'],
    ['13', 'Attachment 12: FedRAMP Laws and Regulations', 'Yes'],
    ['14', 'Attachment 13: Integrated Inventory Workbook', 'Yes'],
    ['15', 'Security Assessment Plan (SAP)', 'Yes'],
    ['16', 'Security Assessment Report (SAR) with appendices', 'Yes'],
    ['17', 'Plan of Action and Milestones (POA&M)', 'Yes'],
    ['18', 'Agency ATO Letter', 'Pending'],
    ['19', 'Continuous Monitoring Plan', 'Yes'],
  ];
  const blocks: Block[] = [
    B.bold('FedRAMP Initial Authorization Package Checklist'),
    B.p('Instructions: The CSP completes this checklist and submits it with the initial authorization package. Indicate whether each required document is included; provide the file name and version as uploaded to the FedRAMP secure repository.'),
    B.table([['Cloud Service Provider', BW.org], ['Cloud Service Offering', BW.sys], ['Impact Level', 'Moderate'], ['Authorizing Agency', AGENCY], ['Date', '09/12/2025']]),
    B.bold('Section A - Package Documents'),
    B.table([['#', 'Document', 'Included (Yes/No)', 'File Name / Version'], ...items.map(([n, d, y]) => [n, d, y, y === 'Yes' ? `CaseFlow_${d.split(':')[0]?.replace(/\W+/g, '') ?? 'doc'}_v2025.1` : '-'])]),
    B.bold('Section B - SSP Quality Checks'),
    B.table([['#', 'Check', 'Complete'], ['B1', 'All controls of the Moderate baseline addressed with implementation statements', 'Yes'], ['B2', 'Authorization boundary diagram and data flow diagrams included', 'Yes'], ['B3', 'FIPS 140 validated modules cited with certificate numbers', 'Yes'], ['B4', 'Leveraged authorizations listed with package IDs', 'Yes'], ['B5', 'Customer responsibilities consistent with CRM', 'Yes']]),
    B.bold('Section C - Attestation'),
    B.p('I attest that the package listed above is complete and the documents are the final versions submitted for authorization.'),
    ...approvals('', [['Owen Mercer', 'CISO, Brightwater Data Systems']]),
  ];
  return {
    file: 'Package contents - CaseFlow.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: "Brightwater's completed FedRAMP Initial Authorization Package Checklist listing each package document.",
    data: await toDocx(blocks, { font: BW.font, headings: 'bold', meta: { title: 'Package contents - CaseFlow', creator: 'omercer' } }),
  };
}

// ------------------------------------------------------------------ FIPS 199
async function fipsCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('Brightwater Data Systems | BDS-ISP-199 | Rev 2'),
    B.title('FIPS 199 Security Categorization', 32),
    B.center('Brightwater CaseFlow - SSP Attachment 10', true),
    B.bold('Section 1 - Introduction and Purpose'),
    B.p('This document provides the security categorization of Brightwater CaseFlow in accordance with Federal Information Processing Standards (FIPS) Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II.'),
    B.bold('Section 2 - Scope'),
    B.p('The categorization covers all information types processed, stored or transmitted by CaseFlow on behalf of agency customers, including case records, correspondence and audit data.'),
    B.bold('Section 3 - System Description'),
    B.p('CaseFlow is a case management SaaS used by agencies for administrative investigations, FOIA request tracking and correspondence management.'),
    B.bold('Section 4 - Methodology'),
    B.p('Information types were selected from NIST SP 800-60 Volume II, Appendix C and D. Provisional impact levels were adjusted where agency mission context warranted. The high-water mark of the confidentiality, integrity and availability impacts determines the overall system categorization.'),
    B.table([['Information Type (NIST SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['D.17.1 Legal Investigation', 'Moderate', 'Moderate', 'Moderate'], ['C.2.8.12 Official Information Dissemination', 'Low', 'Moderate', 'Low'], ['C.3.1.4 Help Desk Services', 'Low', 'Low', 'Low'], ['D.9.2 Correspondence Management', 'Moderate', 'Moderate', 'Low']]),
    B.bold('Section 5 - Security Categorization'),
    B.p('SC CaseFlow = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 security categorization of Brightwater CaseFlow is MODERATE.'),
    B.bold('Section 6 - Approval'),
    ...approvals('', [['Owen Mercer', 'CISO'], ['Tara Delgado', 'System Owner']]),
  ];
  return {
    file: 'CaseFlow-FIPS199.docx',
    expected: 'FIPS_199',
    note: "Brightwater's FIPS 199 Security Categorization (SSP Attachment 10) with SP 800-60 information types and the high-water mark.",
    data: await toDocx(blocks, { font: BW.font, headings: 'bold', meta: { title: 'FedRAMP-SSP-A10-FIPS-199-Template', creator: 'FedRAMP' } }),
  };
}

async function fipsKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('KC-GRC-0410 | Kestrel Compute Corporation | Internal + Agency Distribution'),
    B.title('Kestrel Application Platform', 20),
    B.title('Security Categorization (FIPS 199)', 22),
    B.center('Attachment 10 to the KAP System Security Plan | v2.0 | 2025-07-01'),
    B.h1('1. Purpose'),
    B.p('Kestrel Compute categorizes the Kestrel Application Platform (KAP) in accordance with FIPS 199 to determine the baseline of security controls from NIST SP 800-53 Rev. 5 that apply to the system. The result drives the FedRAMP Moderate baseline used in the SSP.'),
    B.h1('2. Information Types'),
    B.table([['Information Type', 'NIST SP 800-60 Ref', 'C', 'I', 'A', 'Justification'], ['IT Infrastructure Maintenance', 'C.3.5.5', 'Low', 'Moderate', 'Moderate', 'Platform operations data'], ['Information Security', 'C.3.5.8', 'Moderate', 'Moderate', 'Low', 'Security logs and keys metadata'], ['System and Network Monitoring', 'C.3.5.7', 'Moderate', 'Moderate', 'Low', 'Telemetry'], ['Customer application data (tenant)', 'Agency-defined', 'Moderate', 'Moderate', 'Moderate', 'Tenants may host PII up to Moderate']]),
    B.h1('3. Categorization Result'),
    B.p('Confidentiality: Moderate. Integrity: Moderate. Availability: Moderate. Overall system security categorization: MODERATE. Tenants must not deploy workloads processing information categorized High on any objective.'),
    B.h1('4. Review'),
    B.p('The categorization is reviewed annually and whenever new information types are introduced, such as through a significant change request.'),
    ...approvals('Approval', [['Ines Carvalho', 'KAP System Owner'], ['Rahul Menon', 'KAP ISSO']]),
  ];
  return {
    file: 'doc-0977.pdf',
    expected: 'FIPS_199',
    note: "Kestrel's Security Categorization (FIPS 199) attachment as a PDF with information types and the overall Moderate result.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'Document1', creator: 'rmenon' }, header: 'Kestrel Compute Corporation - CUI', footer: 'KC-GRC-0410  |  {n}/{total}' }),
  };
}

// ------------------------------------------------------------------ SoD docx (LL)
async function sodLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Separation of Duties Matrix', 30),
    B.center('Ledgerline Grants Manager | SSP Attachment 11 | LL-GRC-011 v2', true),
    B.p('This matrix documents the duties that are separated among Ledgerline personnel to reduce the risk of malevolent activity without collusion, as required by NIST SP 800-53 Rev. 5 control AC-5. An "X" indicates the role is permitted to perform the function; "-" indicates it is prohibited.'),
    B.table([
      ['Function', 'Developer', 'Release Manager', 'Site Reliability Eng.', 'Security Analyst', 'Tenant Admin (customer)'],
      ['Commit application code', 'X', '-', '-', '-', '-'],
      ['Approve production release', '-', 'X', '-', '-', '-'],
      ['Deploy to production', '-', 'X', 'X', '-', '-'],
      ['Administer production database', '-', '-', 'X', '-', '-'],
      ['Review audit logs', '-', '-', '-', 'X', '-'],
      ['Modify SIEM alert rules', '-', '-', '-', 'X', '-'],
      ['Create Ledgerline admin accounts', '-', '-', 'X', '-', '-'],
      ['Approve Ledgerline admin accounts', '-', '-', '-', 'X', '-'],
      ['Create grantee accounts', '-', '-', '-', '-', 'X'],
      ['Manage encryption keys', '-', '-', 'X', '-', '-'],
      ['Audit key usage', '-', '-', '-', 'X', '-'],
    ]),
    B.p('Conflicting duties: no individual may both approve and deploy a production release, or both administer and audit the key management service. Exceptions require written approval of the CISO and are reviewed quarterly.'),
    ...pad(1, polPool, 3),
  ];
  return {
    file: 'LGM_roles_v2.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: "Ledgerline's Separation of Duties Matrix (Attachment 11) as a Word table of functions against roles.",
    data: await toDocx(blocks, { font: LL.font, meta: { title: 'LGM_roles_v2', creator: 'kosei' } }),
  };
}

// ------------------------------------------------------------------ Laws & regs pdf (BW)
async function lawsCaseflow(): Promise<EvalDoc> {
  const laws: [string, string, string][] = [
    ['Federal Information Security Modernization Act of 2014 (FISMA)', '44 U.S.C. 3551 et seq.', 'Law'],
    ['Privacy Act of 1974', '5 U.S.C. 552a', 'Law'],
    ['E-Government Act of 2002', 'Pub. L. 107-347', 'Law'],
    ['FedRAMP Authorization Act', '44 U.S.C. 3607-3616', 'Law'],
    ['OMB Circular A-130, Managing Information as a Strategic Resource', 'OMB A-130', 'Regulation'],
    ['OMB M-24-15, Modernizing FedRAMP', 'OMB M-24-15', 'Guidance'],
    ['HSPD-12, Policy for a Common Identification Standard', 'HSPD-12', 'Directive'],
    ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'FIPS 140-3', 'Standard'],
    ['FIPS 199, Standards for Security Categorization', 'FIPS 199', 'Standard'],
    ['FIPS 200, Minimum Security Requirements', 'FIPS 200', 'Standard'],
    ['NIST SP 800-53 Rev. 5', 'SP 800-53', 'Standard'],
    ['NIST SP 800-63-3, Digital Identity Guidelines', 'SP 800-63', 'Guidance'],
    ['NIST SP 800-61 Rev. 2, Incident Handling Guide', 'SP 800-61', 'Guidance'],
    ['NIST SP 800-34 Rev. 1, Contingency Planning Guide', 'SP 800-34', 'Guidance'],
    ['CISA BOD 22-01, Reducing the Significant Risk of Known Exploited Vulnerabilities', 'BOD 22-01', 'Directive'],
  ];
  const blocks: Block[] = [
    B.title('Brightwater CaseFlow', 20),
    B.title('FedRAMP Laws and Regulations', 22),
    B.center('SSP Attachment 12 - Applicable Laws, Regulations, Standards and Guidance'),
    B.p('The following laws, regulations, directives, standards and guidance apply to Brightwater CaseFlow and are referenced throughout the System Security Plan. Agency-specific requirements identified by the authorizing agency are listed in Section 2.'),
    B.bold('Section 1 - FedRAMP Applicable Laws, Regulations, Standards and Guidance'),
    B.table([['Identification Number', 'Title', 'Type'], ...laws.map(([t, id, ty]) => [id, t, ty])]),
    B.bold('Section 2 - Agency-Specific Requirements'),
    B.table([['Identification Number', 'Title', 'Type'], ['FMRA Directive 2100.4', 'Cloud Computing Services', 'Agency directive'], ['NARA GRS 3.2', 'Information Systems Security Records', 'Records schedule']]),
  ];
  return {
    file: 'CaseFlow_Laws_Regs.pdf',
    expected: 'LAWS_AND_REGULATIONS',
    note: "Brightwater's FedRAMP Laws and Regulations attachment (SSP Attachment 12) listing applicable laws, standards and guidance.",
    data: await toPdf(blocks, { font: 'Helvetica', size: 10, meta: { title: 'Attachment 12', creator: 'tdelgado' }, footer: 'Brightwater Data Systems - Page {n}' }),
  };
}

// ------------------------------------------------------------------ SCRM plans
async function scrmScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cuiNotice(SC),
    B.center(SC.org, true, 24),
    B.title('Supply Chain Risk Management Plan', 40),
    B.center(`${SC.sys} | SCF-SEC-0190 | Version 1.2 | June 2025`),
    B.brk(),
    ...revHistory([['2024-05-10', '1.0', 'Initial plan for Rev5 SR family', 'L. Ferreira'], ['2025-06-02', '1.2', 'Added SBOM requirements', 'L. Ferreira']]),
    B.h1('1.0 Purpose'),
    B.p(`This Supply Chain Risk Management Plan (SCRMP) describes how StrataCore Federal identifies, assesses and mitigates supply chain risks to ${SC.sys}, satisfying NIST SP 800-53 Rev. 5 control SR-2 and the related controls of the SR family, and following NIST SP 800-161 Rev. 1.`),
    B.h1('2.0 Roles and Responsibilities'),
    B.table([['Role', 'Responsibility'], ['SCRM Program Lead', 'Owns this plan; chairs the Supplier Risk Council'], ['Procurement', 'Enforces approved supplier list and contract clauses'], ['Hardware Engineering', 'Verifies component provenance and tamper evidence'], ['Product Security', 'Reviews SBOMs and third-party software vulnerabilities']]),
    B.h1('3.0 Supply Chain Risk Assessment'),
    ...pad(2, scrmPool),
    B.h1('4.0 Criticality Analysis'),
    ...pad(2, scrmPool),
    B.h1('5.0 Supplier Controls'),
    ...pad(2, scrmPool),
    B.h1('6.0 Monitoring and Review'),
    ...pad(1, scrmPool),
  ];
  return {
    file: 'SCGC-SCRM-Plan.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: "StrataCore's Supply Chain Risk Management Plan (SR-2) behind a CUI notice page.",
    data: await toDocx(blocks, { font: SC.font, meta: { title: 'SCF-SEC-0190', creator: 'L. Ferreira', company: SC.org }, header: 'SCGC SCRMP', footer: 'CUI' }),
  };
}

async function scrmKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('Kestrel Compute Corporation | KC-GRC-0520'),
    B.title('KAP Supply Chain Risk Management Plan', 22),
    B.center('Version 1.1 - prepared for FedRAMP Moderate (Rev. 5) - SR-2, SR-3, SR-5, SR-6, SR-11'),
    B.h1('1 Introduction'),
    B.p('Kestrel Application Platform depends on hardware and software suppliers, an upstream IaaS, open-source runtimes and container base images. This plan sets out how Kestrel manages the risks these suppliers introduce throughout the system development life cycle.'),
    ...pad(2, scrmPool),
    B.h1('2 Supplier Inventory and Tiering'),
    B.table([['Tier', 'Examples', 'Assessment'], ['Tier 1 (critical)', 'Upstream IaaS, HSM vendor, container registry', 'Annual assessment, FedRAMP authorization required'], ['Tier 2', 'Observability SaaS, ticketing', 'Questionnaire and SOC 2 review'], ['Tier 3', 'Open-source libraries', 'Automated SCA and SBOM analysis']]),
    B.h1('3 Acquisition Strategies'),
    ...pad(2, scrmPool),
    B.h1('4 Component Authenticity'),
    ...pad(1, scrmPool),
    B.h1('5 Plan Maintenance'),
    B.p('This plan is reviewed annually and after any supply chain incident. Changes are approved by the KAP System Owner.'),
  ];
  return {
    file: 'KAP SCRMP v1.1.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: "Kestrel's Supply Chain Risk Management Plan for the PaaS, as PDF.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'KAP SCRMP', creator: 'Kestrel GRC' }, header: 'KAP SCRMP v1.1', footer: '{n}' }),
  };
}

// ------------------------------------------------------------------ policies & procedures
async function polLedgerline(): Promise<EvalDoc> {
  const fam = (id: string, name: string, proc: string): Block[] => [
    B.h1(`${id} - ${name} Policy and Procedures`),
    B.h2(`${id}-1 Policy`),
    ...pad(1, polPool, 4),
    B.h2(`${id}-1 Procedures`),
    B.p(proc),
  ];
  const blocks: Block[] = [
    B.title('Information Security Policies and Procedures', 34),
    B.center('Ledgerline Grants Manager | SSP Attachment 1 | LL-GRC-101 | Version 4.0', true),
    B.center('Effective: 01 July 2025   Owner: Chief Information Security Officer'),
    B.brk(),
    ...revHistory([['2023-04-10', '3.0', 'Restructured by NIST family', 'M. Berger'], ['2025-07-01', '4.0', 'Annual review, Rev5 SR and PT families added', 'K. Osei']]),
    ...toc(['AC Access Control', 'AT Awareness and Training', 'AU Audit and Accountability', 'CA Assessment, Authorization and Monitoring', 'CM Configuration Management', 'IR Incident Response', 'SR Supply Chain Risk Management']),
    ...fam('AC', 'Access Control', 'Access requests are raised in Jira Service Management, approved by the resource owner and provisioned by SRE. Quarterly access reviews are performed by managers and evidenced in the GRC tool.'),
    ...fam('AT', 'Awareness and Training', 'New hires complete security awareness training within 30 days; role-based training is assigned by the Security team for privileged roles.'),
    ...fam('AU', 'Audit and Accountability', 'Audit events defined in AU-2 are shipped to the SIEM; the Security Analyst reviews alerts daily and documents weekly reviews.'),
    ...fam('CA', 'Assessment, Authorization and Monitoring', 'Monthly ConMon deliverables (Plan of Actions & Milestones, scans, inventory) are prepared by GRC and submitted to agencies by the 15th of each month.'),
    ...fam('CM', 'Configuration Management', 'See the Configuration Management Plan for the detailed change control procedures.'),
    ...fam('IR', 'Incident Response', 'Detailed procedures are in LL-GRC-140, Security Incident Handling Procedure.'),
    ...fam('SR', 'Supply Chain Risk Management', 'Suppliers are assessed before onboarding and annually thereafter.'),
  ];
  return {
    file: 'LL-GRC-101 Policies.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: "Ledgerline's Information Security Policies and Procedures (SSP Attachment 1), organized by NIST 800-53 family with -1 policies and procedures.",
    data: await toDocx(blocks, { font: LL.font, meta: { title: 'LL-GRC-101', creator: 'mberger', lastModifiedBy: 'kosei' }, header: 'LL-GRC-101 Information Security Policies and Procedures', footer: 'Ledgerline Software LLC - Internal' }),
  };
}

async function polCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Brightwater Data Systems', 18),
    B.title('CaseFlow Information Security Policy and Procedures', 20),
    B.center('FedRAMP SSP Attachment 1 | BDS-ISP-001 | Rev 7'),
    B.bold('Section 1 - Purpose and Scope'),
    B.p('This document establishes the information security policies for CaseFlow and the procedures that implement them for each NIST SP 800-53 Rev. 5 control family required by the FedRAMP Moderate baseline. Each family section states the policy (the "-1" control) followed by the implementing procedures.'),
    ...pad(1, polPool),
    B.bold('Section 2 - Identification and Authentication (IA)'),
    B.p('Policy: All users are uniquely identified and authenticated. Privileged users use multi-factor authentication with phishing-resistant authenticators.'),
    B.p('Procedure IA-P-01: The Identity team provisions accounts after approval; authenticators are issued in person or through identity-proofed remote enrollment; lost tokens are revoked within one hour of report.'),
    B.bold('Section 3 - Media Protection (MP)'),
    B.p('Policy: CaseFlow does not use removable media in the production boundary. Procedure MP-P-01: Media sanitization of decommissioned storage is inherited from the IaaS provider.'),
    B.bold('Section 4 - Personnel Security (PS)'),
    B.p('Policy: Personnel with access to Federal data undergo background investigations commensurate with the position risk designation. Procedure PS-P-02: Terminations disable access within four hours.'),
    B.bold('Section 5 - Risk Assessment (RA)'),
    B.p('Policy: Risk assessments are performed annually. Procedure RA-P-05: Vulnerability scans run monthly; results feed the POAM.'),
    B.bold('Section 6 - System and Information Integrity (SI)'),
    ...pad(2, polPool),
    B.bold('Section 7 - Policy Review'),
    B.p('All policies and procedures in this document are reviewed at least annually by the CISO.'),
  ];
  return {
    file: 'policies_final.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: "Brightwater's Information Security Policy and Procedures attachment for CaseFlow, family by family, as PDF.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'BDS-ISP-001', creator: 'omercer' }, footer: 'BDS-ISP-001 Rev 7 - {n}' }),
  };
}

// ------------------------------------------------------------------ user guides
async function ugKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Kestrel Application Platform', 28),
    B.title('Console and CLI User Guide', 36),
    B.center('FedRAMP SSP Attachment 2 - User Guide | Release 2025.3'),
    B.brk(),
    B.h1('1 About This Guide'),
    B.p('This guide explains how agency developers and administrators use the KAP web console and the kap command line interface to deploy and operate applications, and how to configure the platform security features that are the customer\'s responsibility.'),
    B.h1('2 Signing In'),
    B.p('Open https://console.kap-gov.kestrel.cloud and choose your agency identity provider. KAP supports SAML 2.0 and OIDC federation. Multi-factor authentication is enforced by your agency IdP; KAP will reject assertions without an AAL2 authentication context.'),
    B.h1('3 Managing Users and Roles'),
    B.bullets(['Org Owner - manages billing, identity federation and org-level policies.', 'Space Developer - deploys and scales applications in assigned spaces.', 'Auditor - read-only access to audit events and configuration.', 'Security Admin - manages network policies, secrets and key rotation.']),
    B.p('To assign a role, select Organization > Members > Add member, choose the role and click Save. Removing a member revokes all tokens within five minutes.'),
    B.h1('4 Deploying an Application'),
    B.p('Run `kap push myapp --manifest kap.yml`. The platform builds the image from the approved base images, scans it, and refuses deployment when critical vulnerabilities are found.'),
    B.h1('5 Secure Configuration Settings'),
    B.table([['Setting', 'Default', 'Recommended for Federal tenants'], ['Session timeout', '30 min', '15 min'], ['Egress policy', 'Allow all', 'Deny by default'], ['Audit log export', 'Off', 'On, to agency SIEM'], ['Customer-managed keys', 'Off', 'On']]),
    B.h1('6 Viewing Audit Events'),
    B.p('Audit events can be viewed under Organization > Audit or exported with `kap audit export --since 24h --format json`.'),
    B.h1('7 Getting Help'),
    B.p('Contact Kestrel Federal Support at support-gov@kestrel.cloud or 1-800-555-0199. Security issues should be reported through the incident reporting form described in the Customer Responsibility Matrix.'),
  ];
  return {
    file: 'KAP_Console_Guide.docx',
    expected: 'USER_GUIDE',
    note: "Kestrel's console and CLI user guide submitted as SSP Attachment 2, with sign-in, roles and secure configuration steps.",
    data: await toDocx(blocks, { font: KC.font, meta: { title: 'KAP User Guide', creator: 'Kestrel Docs Team' }, footer: 'Kestrel Compute Corporation' }),
  };
}

async function ugPollen(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Pollen Survey - Administrator User Guide'),
    B.p('_FedRAMP Tailored (LI-SaaS) SSP attachment: User Guide. Maintained by the Pollenware team. Last updated 2025-08-18._'),
    B.h1('Who this guide is for'),
    B.p('Agency survey administrators who create surveys, invite respondents and export results. Respondents do not need an account.'),
    B.h1('Signing in'),
    B.bullets(['Go to https://gov.pollensurvey.io and click "Sign in with your agency".', 'Login.gov and agency SAML IdPs are supported.', 'Pollen Survey never stores passwords for federated users.']),
    B.h1('Creating a survey'),
    B.p('Click New survey, choose a template or start blank. Question types: single choice, multiple choice, Likert scale, free text (max 2,000 characters). Do not collect sensitive PII such as SSNs: the LI-SaaS authorization does not cover it.'),
    B.h1('Inviting respondents'),
    B.p('Upload a CSV of e-mail addresses or share a public link. Public links can be restricted to a domain (for example .gov) and set to expire.'),
    B.h1('Exporting results'),
    B.p('Results can be exported to CSV or XLSX. Exports are encrypted in transit and the download link expires after 24 hours.'),
    B.h1('Security settings for administrators'),
    B.table([['Setting', 'Where', 'Recommendation'], ['Session timeout', 'Settings > Security', '15 minutes'], ['Allowed domains', 'Settings > Sharing', 'Restrict to your agency domain'], ['Data retention', 'Settings > Data', 'Delete responses after your records schedule']]),
    B.h1('Support'),
    B.p('E-mail help@pollensurvey.io. Report suspected security incidents to security@pollensurvey.io (monitored 24x7 by our on-call engineer).'),
  ];
  return {
    file: 'README-admin.md',
    expected: 'USER_GUIDE',
    note: "Pollenware's administrator user guide for the LI-SaaS Pollen Survey in markdown.",
    data: toMarkdown(blocks),
  };
}

// ------------------------------------------------------------------ DIW
async function diwLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Digital Identity Worksheet', 34),
    B.center('Ledgerline Grants Manager - SSP Attachment 3 - FedRAMP Moderate', true),
    B.p('This worksheet documents the digital identity level selection for Ledgerline Grants Manager in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and its companion volumes 800-63A (enrollment and identity proofing), 800-63B (authentication and lifecycle management) and 800-63C (federation and assertions).'),
    B.h1('1 Introduction and Purpose'),
    B.p('FedRAMP requires CSPs to identify the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) appropriate for the system. The selection below is based on the potential impact of authentication errors.'),
    B.h1('2 Impact Assessment for Authentication Errors'),
    B.table([['Category of Harm', 'Impact Level'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]),
    B.h1('3 Digital Identity Level Selection'),
    B.table([['Assurance', 'Selected Level', 'Rationale'], ['IAL', 'IAL2', 'Grantee organization officials are identity proofed remotely'], ['AAL', 'AAL2', 'MFA required for all users; AAL3 for Ledgerline administrators'], ['FAL', 'FAL2', 'Signed and encrypted SAML assertions from agency IdPs']]),
    B.p('The resulting digital identity level is 2 and is consistent with the Moderate FIPS 199 categorization.'),
    ...approvals('Approval', [['Karina Osei', 'Director of Compliance']]),
  ];
  return {
    file: 'LGM DIW.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: "Ledgerline's Digital Identity Worksheet (SSP Attachment 3) selecting IAL/AAL/FAL per SP 800-63.",
    data: await toDocx(blocks, { font: LL.font, meta: null }),
  };
}

async function diwScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('StrataCore Federal | SCF-SEC-0103 | Attachment 3'),
    B.title('SCGC Digital Identity Worksheet', 22),
    B.center('NIST SP 800-63-3 Assurance Level Determination - FedRAMP High'),
    B.h1('1.0 Purpose'),
    B.p('This worksheet records how StrataCore determined the identity, authenticator and federation assurance levels for the users of StrataCore Government Cloud, following the process in NIST SP 800-63-3 Section 6.'),
    B.h1('2.0 User Populations'),
    B.table([['Population', 'Access', 'Proofing'], ['Agency tenant administrators', 'Management console and API', 'Agency PIV'], ['StrataCore operators', 'Privileged, management plane', 'In-person, PIV-I'], ['Agency end users', 'Tenant workloads (agency-managed)', 'Agency responsibility']]),
    B.h1('3.0 Assurance Level Determination'),
    B.p('Step 1: Identity proofing is required. Step 2: The potential impact of an authentication error is High for the unauthorized release of sensitive information. Therefore IAL3 is selected for StrataCore operators. Authenticators: AAL3 (PIV/PIV-I hardware). Federation: FAL3 is supported for agencies federating with holder-of-key assertions.'),
    B.table([['Level', 'Result'], ['Identity Assurance Level', 'IAL3'], ['Authenticator Assurance Level', 'AAL3'], ['Federation Assurance Level', 'FAL3']]),
    B.h1('4.0 Review'),
    B.p('Reviewed annually with the SSP. Last review: 2025-09-12.'),
  ];
  return {
    file: 'SCGC_Attachment3.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: "StrataCore's Digital Identity Worksheet (IAL3/AAL3/FAL3) as PDF.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'FedRAMP-SSP-A03-Digital-Identity-Worksheet', creator: 'P. Nwosu' }, header: 'CUI', footer: 'SCF-SEC-0103 - {n}' }),
  };
}

// ------------------------------------------------------------------ privacy
async function ptaCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.bold('BRIGHTWATER CASEFLOW'),
    B.title('Privacy Threshold Analysis (PTA)', 30),
    B.p('SSP Attachment 4. The PTA is used to determine whether a Privacy Impact Assessment (PIA) is required for the system.'),
    B.bold('Section 1 - System Information'),
    B.table([['System Name', BW.sys], ['System Owner', 'Tara Delgado'], ['Privacy Point of Contact', 'Nadia Fontaine, Privacy Officer'], ['FIPS 199 Level', 'Moderate']]),
    B.bold('Section 2 - PII Determination Questions'),
    B.table([
      ['#', 'Question', 'Answer'],
      ['1', 'Does the system collect, maintain, use or disseminate Personally Identifiable Information (PII)?', 'Yes'],
      ['2', 'Whose PII? (Federal employees, contractors, members of the public)', 'Federal employees; members of the public (case subjects)'],
      ['3', 'Does the system collect Social Security Numbers?', 'Yes, when required by agency case type'],
      ['4', 'Is the PII retrieved by a personal identifier (System of Records)?', 'Yes - agency SORNs apply'],
      ['5', 'Has a PIA been completed?', 'Yes, see CaseFlow PIA v2'],
    ]),
    B.bold('Section 3 - Determination'),
    B.p('Based on the answers above, CaseFlow processes PII and a Privacy Impact Assessment is required. The PIA must be reviewed annually and whenever the PII collected changes.'),
    ...approvals('Signatures', [['Nadia Fontaine', 'Privacy Officer'], ['Tara Delgado', 'System Owner']]),
  ];
  return {
    file: 'CaseFlow PTA.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: "Brightwater's Privacy Threshold Analysis for CaseFlow (SSP Attachment 4).",
    data: await toDocx(blocks, { font: BW.font, headings: 'bold', meta: { title: 'PTA', creator: 'nfontaine' } }),
  };
}

async function piaLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Privacy Impact Assessment', 24),
    B.center('Ledgerline Grants Manager (LGM) | Attachment 4 | Version 2.2', true),
    B.h1('1. Overview'),
    B.p('This Privacy Impact Assessment (PIA) describes the personally identifiable information collected by Ledgerline Grants Manager, why it is collected, how it is used, with whom it is shared and how it is protected, as required by Section 208 of the E-Government Act of 2002.'),
    B.h1('2. Information Collected'),
    B.bullets(['Applicant contact information: name, business e-mail, business phone, organization address.', 'Principal investigator biographical sketches.', 'Unique Entity Identifier (UEI) of applicant organizations.', 'Reviewer conflict-of-interest attestations.']),
    B.h1('3. Purpose and Use'),
    B.p('PII is used to administer grant applications, conduct merit review and manage awards. It is not used for any other purpose and is not sold.'),
    B.h1('4. Sharing'),
    B.p('Information is shared only with the awarding agency and, where required, with USAspending.gov for award reporting. Ledgerline personnel access PII only to provide support.'),
    B.h1('5. Notice, Consent and Redress'),
    B.p('Applicants are provided a Privacy Act statement on the application form. Individuals may request access or correction through the awarding agency.'),
    B.h1('6. Security Safeguards'),
    B.p('PII is encrypted at rest with AES-256 using FIPS-validated modules and in transit with TLS 1.2 or higher. Access is role-based and logged.'),
    B.h1('7. Retention'),
    B.p('Records are retained according to the agency records schedule, then destroyed using NIST SP 800-88 methods.'),
    B.h1('8. Signatures'),
    B.p('/s/ Karina Osei, Director of Compliance    /s/ Adam Pryce, Privacy Officer'),
  ];
  return {
    file: 'LGM_PIA_signed.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: "Ledgerline's signed Privacy Impact Assessment covering PII collected, use, sharing and safeguards.",
    data: await toPdf(blocks, { font: 'Times', meta: { title: 'LGM PIA', creator: 'apryce' }, producer: 'macOS Version 14.6 (Build 23G80) Quartz PDFContext', creatorTool: 'Word' }),
  };
}

// ------------------------------------------------------------------ rules of behavior
async function robScgc(): Promise<EvalDoc> {
  const rules = [
    'I will use StrataCore Government Cloud only for authorized purposes in the performance of my duties.',
    'I will not share my credentials, PIV card or hardware token with anyone.',
    'I will lock my workstation whenever I leave it unattended.',
    'I will not attempt to access customer (tenant) data unless required for an approved support ticket.',
    'I will report suspected security incidents to the SOC immediately at soc@stratacore-fed.com.',
    'I will not install unapproved software on systems within the authorization boundary.',
    'I will protect CUI according to the StrataCore CUI handling standard.',
    'I understand that my activity is monitored and recorded, and that I have no expectation of privacy.',
    'I will complete annual security awareness and role-based training.',
  ];
  const blocks: Block[] = [
    B.center('STRATACORE FEDERAL, INC.', true),
    B.title('Rules of Behavior', 36),
    B.center('Privileged and Non-Privileged Users of SCGC | SSP Attachment 5 | SCF-SEC-0105'),
    B.h1('1 Introduction'),
    B.p('These Rules of Behavior (RoB) describe the responsibilities and expected behavior of all individuals with access to StrataCore Government Cloud. Users must read and sign these rules before being granted access and re-acknowledge them annually.'),
    B.h1('2 Rules for All Users'),
    B.bullets(rules),
    B.h1('3 Additional Rules for Privileged Users'),
    B.bullets(['I will use my privileged account only for administrative tasks and a separate account for e-mail and web browsing.', 'I will not disable or bypass security controls, logging or monitoring.', 'I will perform changes only under an approved change ticket.']),
    B.h1('4 Consequences of Non-Compliance'),
    B.p('Failure to comply may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.'),
    B.h1('5 Acknowledgement'),
    B.p('I have read, understand and agree to abide by these Rules of Behavior.'),
    B.table([['Name', 'Signature', 'Date'], ['', '', '']]),
  ];
  return {
    file: 'SCGC-RoB.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: "StrataCore's Rules of Behavior for privileged and non-privileged users with acknowledgement block (Attachment 5).",
    data: await toDocx(blocks, { font: SC.font, meta: { title: 'Rules of Behavior', creator: 'P. Nwosu', company: SC.org }, footer: 'SCF-SEC-0105' }),
  };
}

async function robPollen(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Pollen Survey - Rules of Behavior'),
    B.p('Applies to: every Pollenware employee and contractor with access to the Pollen Survey production environment, and to agency administrators of Pollen Survey. FedRAMP LI-SaaS attachment. Version 1.3, reviewed 2025-06-30.'),
    B.h1('1. Acceptable use'),
    B.bullets(['Use Pollen Survey only for official, authorized business.', 'Do not upload sensitive PII (SSNs, health or financial records); the service is authorized only for low-impact data.', 'Do not attempt to probe, scan or test the service without written permission.']),
    B.h1('2. Accounts and passwords'),
    B.bullets(['Never share your account. Use your agency single sign-on.', 'Pollenware staff must use hardware security keys for production access.', 'Report lost keys to security@pollensurvey.io the same day.']),
    B.h1('3. Data handling'),
    B.bullets(['Download survey exports only to agency-managed devices.', 'Delete local copies when no longer needed.']),
    B.h1('4. Incidents'),
    B.p('Report anything suspicious right away. Do not try to investigate on your own.'),
    B.h1('5. Consequences'),
    B.p('Breaking these rules can lead to loss of access and disciplinary or legal action.'),
    B.h1('6. Acknowledgement'),
    B.p('Name: ____________________  Signature: ____________________  Date: __________'),
  ];
  return {
    file: 'rob.txt',
    expected: 'RULES_OF_BEHAVIOR',
    note: "Pollenware's short plain-text Rules of Behavior for the LI-SaaS with an acknowledgement line.",
    data: toText(blocks, '\r\n'),
  };
}

// ------------------------------------------------------------------ contingency plans
async function cpScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cuiNotice(SC),
    B.center(SC.org, true, 24),
    B.title('Business Continuity and Disaster Recovery Plan (ISCP)', 34),
    B.center(`${SC.sys} - Information System Contingency Plan - SSP Attachment 6 - SCF-SEC-0106 v3.0`),
    B.brk(),
    ...revHistory([['2024-08-15', '2.0', 'Annual test results incorporated', 'D. Kim'], ['2025-08-20', '3.0', 'Added us-gov-central as alternate site', 'D. Kim']]),
    ...toc(['1 Introduction', '2 Concept of Operations', '3 Activation and Notification', '4 Recovery', '5 Reconstitution', 'Appendix A Contact List', 'Appendix B Call Tree', 'Appendix C Business Impact Analysis']),
    B.h1('1 Introduction'),
    B.p(`This Business Continuity and Disaster Recovery Plan serves as the Information System Contingency Plan (ISCP) for ${SC.sys} as required by NIST SP 800-34 Rev. 1 and control CP-2. It establishes procedures to recover SCGC following a disruption.`),
    ...pad(1, cpPool),
    B.h1('2 Concept of Operations'),
    ...pad(2, cpPool),
    B.h1('3 Activation and Notification'),
    ...pad(2, cpPool),
    B.h1('4 Recovery'),
    B.table([['Priority', 'Component', 'RTO', 'RPO'], ['1', 'Identity and key management', '1 hour', '0 (synchronous)'], ['2', 'Control plane API', '2 hours', '5 minutes'], ['3', 'Block storage', '4 hours', '15 minutes'], ['4', 'Billing and reporting', '24 hours', '24 hours']]),
    ...pad(2, cpPool),
    B.h1('5 Reconstitution'),
    ...pad(1, cpPool),
  ];
  return {
    file: 'SCGC_BCDR_Plan.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'StrataCore calls its ISCP a "Business Continuity and Disaster Recovery Plan (ISCP)"; it is the SP 800-34 contingency plan (Attachment 6).',
    data: await toDocx(blocks, { font: SC.font, meta: { title: 'BCDR', creator: 'D. Kim', company: SC.org }, header: 'SCGC BCDR Plan (ISCP)', footer: 'CUI' }),
  };
}

async function cpKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('Kestrel Compute Corporation | KC-GRC-0606'),
    B.title('Information System Contingency Plan', 22),
    B.center('Kestrel Application Platform (KAP) - FedRAMP Moderate - v2.1'),
    B.h1('1 Introduction'),
    B.p('This ISCP provides the procedures to recover KAP services after a disruption, in accordance with NIST SP 800-34. It covers the platform control plane, the application runtime, the managed database service and the container registry.'),
    ...pad(2, cpPool),
    B.h1('2 Roles and Responsibilities'),
    B.table([['Role', 'Primary', 'Alternate'], ['Contingency Plan Director', 'Ines Carvalho', 'Rahul Menon'], ['Recovery Lead - Platform', 'Sven Oakley', 'Mia Hart'], ['Communications', 'Priya Shah', 'Jon Ellis']]),
    B.h1('3 Activation and Notification Phase'),
    ...pad(2, cpPool),
    B.h1('4 Recovery Phase'),
    ...pad(2, cpPool),
    B.h1('5 Reconstitution Phase'),
    ...pad(1, cpPool),
    B.h1('6 Plan Testing'),
    B.p('The 2025 functional test was performed on May 14, 2025; failover of the control plane completed in 47 minutes against an RTO of two hours. The after-action report is in Appendix F.'),
  ];
  return {
    file: 'KAP-ISCP-2025.pdf',
    expected: 'CONTINGENCY_PLAN',
    note: "Kestrel's Information System Contingency Plan for the PaaS, as PDF.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'KAP ISCP', creator: 'Kestrel GRC' }, header: 'KAP ISCP v2.1 - CUI', footer: '{n} / {total}' }),
  };
}

// ------------------------------------------------------------------ configuration management plans
async function cmpKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('KESTREL COMPUTE CORPORATION', true),
    B.title('Configuration and Change Management Plan', 32),
    B.center('Kestrel Application Platform | SSP Attachment 7 (Configuration Management Plan) | KC-GRC-0707 v3.2'),
    B.brk(),
    ...revHistory([['2024-10-01', '3.0', 'GitOps pipeline', 'S. Oakley'], ['2025-09-15', '3.2', 'Annual review', 'R. Menon']]),
    B.h1('1 Purpose'),
    B.p('This plan defines how Kestrel establishes and maintains baseline configurations, controls changes and tracks configuration items for KAP, implementing NIST SP 800-53 CM-1 through CM-11 and SA-10.'),
    B.h1('2 Configuration Items and Baselines'),
    ...pad(2, cmPool),
    B.h1('3 Change Control Process'),
    B.table([['Change Type', 'Approval', 'Lead Time'], ['Standard (pre-approved)', 'Automated policy check', 'None'], ['Normal', 'Change Control Board', '5 business days'], ['Emergency', 'On-call director; CCB retroactive', 'Immediate']]),
    ...pad(2, cmPool),
    B.h1('4 Security Impact Analysis'),
    ...pad(1, cmPool),
    B.h1('5 Configuration Monitoring'),
    ...pad(2, cmPool),
  ];
  return {
    file: 'KAP_CCMP.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'Kestrel calls its CMP the "Configuration and Change Management Plan"; baselines, change control and SIA (Attachment 7).',
    data: await toDocx(blocks, { font: KC.font, meta: { title: 'KC-GRC-0707', creator: 'S. Oakley', lastModifiedBy: 'R. Menon' }, header: 'KC-GRC-0707 CCMP', footer: 'Kestrel Compute - CUI' }),
  };
}

async function cmpCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('CaseFlow Configuration Management Plan', 22),
    B.center('Brightwater Data Systems | BDS-ISP-007 | Rev 4 | FedRAMP SSP Attachment 7'),
    B.bold('Section 1 - Introduction'),
    B.p('This Configuration Management Plan (CMP) describes the configuration management roles, processes and tools used to manage Brightwater CaseFlow.'),
    ...pad(1, cmPool),
    B.bold('Section 2 - Roles'),
    B.table([['Role', 'CM Responsibilities'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['CCB Chair (VP Engineering)', 'Approves normal changes'], ['ISSO', 'Performs security impact analysis; reports significant changes to agencies']]),
    B.bold('Section 3 - Baseline Configuration'),
    ...pad(2, cmPool),
    B.bold('Section 4 - Configuration Change Control'),
    ...pad(2, cmPool),
    B.bold('Section 5 - Configuration Status Accounting and Audits'),
    ...pad(1, cmPool),
  ];
  return {
    file: 'Final_v3.pdf',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: "Brightwater's Configuration Management Plan for CaseFlow as PDF under a neutral file name.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'Final_v3.docx', creator: 'tdelgado' }, footer: 'BDS-ISP-007 Rev 4 | {n}' }),
  };
}

// ------------------------------------------------------------------ incident response plans
async function irpLedgerline(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Security Incident Handling Procedure', 32),
    B.center('LL-GRC-140 | Ledgerline Grants Manager | serves as the FedRAMP Incident Response Plan (SSP Attachment 8)', true),
    B.center('Version 2.3 | Approved 2025-05-12 | Owner: Security Operations'),
    B.brk(),
    ...revHistory([['2023-03-01', '2.0', 'Aligned to US-CERT guidelines', 'M. Berger'], ['2025-05-12', '2.3', 'Updated contact tree and tabletop results', 'K. Osei']]),
    B.h1('1. Purpose and Scope'),
    B.p('This procedure defines how Ledgerline detects, reports, analyses, contains, eradicates and recovers from security incidents affecting Ledgerline Grants Manager, and how it notifies agency customers, US-CERT and the FedRAMP PMO. It implements the IR control family of NIST SP 800-53 Rev. 5.'),
    B.h1('2. Incident Severity'),
    B.table([['Severity', 'Definition', 'Agency notification'], ['SEV-1', 'Confirmed compromise of Federal data', 'Within 1 hour'], ['SEV-2', 'Suspected compromise or service-wide outage', 'Within 1 hour'], ['SEV-3', 'Contained event, no Federal data affected', 'Monthly ConMon report']]),
    B.h1('3. Detection and Analysis'),
    ...pad(2, irPool),
    B.h1('4. Containment, Eradication and Recovery'),
    ...pad(2, irPool),
    B.h1('5. Post-Incident Activity'),
    ...pad(1, irPool),
    B.h1('6. Testing and Training'),
    ...pad(1, irPool),
  ];
  return {
    file: 'LL-GRC-140 Security Incident Handling Procedure.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Ledgerline calls its IRP the "Security Incident Handling Procedure"; it states it serves as the FedRAMP Incident Response Plan.',
    data: await toDocx(blocks, { font: LL.font, meta: { title: 'LL-GRC-140', creator: 'kosei' }, header: 'LL-GRC-140', footer: 'Ledgerline Software LLC' }),
  };
}

async function irpScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cuiNotice(SC),
    B.title('Incident Response Plan', 26),
    B.center(`${SC.sys} | SCF-SEC-0108 | Version 5.0`),
    B.h1('1.0 Introduction'),
    B.p('The SCGC Incident Response Plan establishes the capability to prepare for, detect, analyze, contain, eradicate and recover from incidents, and defines reporting obligations to tenants, US-CERT/CISA and the FedRAMP PMO.'),
    ...pad(2, irPool),
    B.h1('2.0 Incident Response Team'),
    B.table([['Role', 'Name', 'Contact'], ['Incident Response Manager', 'Carla Jiménez', 'irm@stratacore-fed.com'], ['Lead Handler (24x7)', 'SOC on-call', '703-555-0190'], ['Legal', 'Office of General Counsel', 'legal@stratacore-fed.com']]),
    B.h1('3.0 Incident Lifecycle'),
    ...pad(3, irPool),
    B.h1('4.0 Reporting'),
    ...pad(1, irPool),
    B.h1('5.0 Plan Maintenance'),
    B.p('The plan is reviewed annually and after each SEV-1 incident.'),
  ];
  return {
    file: 'SCGC_IRP.pdf',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: "StrataCore's Incident Response Plan as PDF with a first page that is a long CUI/legal notice.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'SCF-SEC-0108 Incident Response Plan', creator: 'C. Jimenez' }, header: 'CUI//SP-PROPIN', footer: 'SCGC IRP - {n}' }),
  };
}

// ------------------------------------------------------------------ significant change requests
async function scrKap(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('FedRAMP Significant Change Request Form', 28),
    B.p('Submit this form to the authorizing official(s) at least 30 days before the planned change. Attach the security impact analysis and updated SSP sections.'),
    B.table([['CSP Name', KC.org], ['Cloud Service Offering', KC.sys], ['FedRAMP Package ID', 'FR2305119930'], ['Impact Level', 'Moderate'], ['Date of Request', '2025-10-06'], ['Planned Implementation Date', '2025-11-17']]),
    B.bold('1. Description of the Proposed Change'),
    B.p('Kestrel proposes to add a new managed service, "KAP Streams" (a managed Apache Kafka service), within the KAP authorization boundary, and to deploy the platform into a third availability region (us-gov-west-2).'),
    B.bold('2. Type of Change'),
    B.table([['Change type', 'Selected'], ['Adding a new service/feature within the boundary', 'X'], ['Change of data center / new region', 'X'], ['Change of 3PAO', ''], ['Change in cryptographic modules', ''], ['Change in authentication mechanism', '']]),
    B.bold('3. Security Impact Analysis Summary'),
    B.p('Controls affected: AC-4, CM-2, CM-8, CP-7, SC-7, SC-8, SC-28, SI-4. New components are built from the existing hardened base images and inherit platform logging. The new region inherits physical controls from the FedRAMP High IaaS. Kestrel assesses the residual risk as low.'),
    B.bold('4. 3PAO Assessment'),
    B.p(`${IRONBRIDGE} will test the affected controls under a separate SAP before production use; results will be provided in a SAR addendum.`),
    B.bold('5. Documents Impacted'),
    B.bullets(['SSP sections 9, 10, 11 and affected control statements', 'Integrated Inventory Workbook', 'Contingency Plan (alternate site)', 'Configuration and Change Management Plan']),
    ...approvals('CSP Approval', [['Ines Carvalho', 'KAP System Owner']]),
  ];
  return {
    file: 'KAP_SCR_region_expansion.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: "Kestrel's FedRAMP Significant Change Request Form for a new managed service and a new region.",
    data: await toDocx(blocks, { font: KC.font, meta: { title: 'FedRAMP Significant Change Request Form', creator: 'rmenon' } }),
  };
}

async function scrCaseflow(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('Brightwater Data Systems - ConMon - Change notice BDS-SCR-2025-03'),
    B.title('Significant Change Request', 22),
    B.center('Brightwater CaseFlow (FedRAMP Moderate)'),
    B.bold('Requestor'),
    B.p('Owen Mercer, CISO, Brightwater Data Systems. Submitted to the FMRA authorizing official and ISSO on 2025-09-29.'),
    B.bold('Summary of the change'),
    B.p('Brightwater requests approval to replace the CaseFlow authentication service: the in-house SAML service will be replaced by a commercial identity platform that holds a FedRAMP Moderate authorization. The change alters the authentication mechanism (IA-2, IA-5, IA-8) and adds an external interconnection.'),
    B.bold('Reason for the change'),
    B.p('Support for phishing-resistant authenticators (FIDO2) for all agency users and retirement of the end-of-life SAML library.'),
    B.bold('Security impact analysis'),
    B.table([['Control', 'Impact', 'Mitigation'], ['IA-2(1)/(2)', 'Authentication moves to leveraged service', 'Leveraged FedRAMP authorization; CRM updated'], ['AC-17', 'No change', '-'], ['CA-3', 'New interconnection', 'Interconnection documented in SSP Table 11-1'], ['AU-2', 'New log source', 'IdP logs forwarded to SIEM']]),
    B.bold('Schedule'),
    B.p('Pilot with one agency tenant: 2025-11-03. Production cut-over: 2025-12-08, subject to agency approval and 3PAO testing of the affected controls.'),
    B.bold('Requested action'),
    B.p('Brightwater requests that the authorizing official review and approve this significant change. Updated SSP sections and the CRM will be submitted after approval.'),
  ];
  return {
    file: 'doc-1120.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: "Brightwater's significant change request to replace its authentication service, with impact analysis and requested approval.",
    data: await toPdf(blocks, { font: 'Helvetica', meta: null, footer: 'BDS-SCR-2025-03 | {n}' }),
  };
}

// ------------------------------------------------------------------ deviation request (docx, SC risk adjustment)
async function drScgc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center(SC.org, true),
    B.title('Deviation Request - Risk Adjustment', 28),
    B.center('Submitted to the Authorizing Official, Federal Maritime Records Administration'),
    B.table([['DR Number', 'SCGC-DR-2025-07'], ['Type of Deviation', 'Risk Adjustment (RA)'], ['POA&M ID', 'POAM-0412'], ['Related Finding', 'SCGC-25-M01 / Nessus plugin 187315'], ['Original Risk Rating', 'High'], ['Requested Adjusted Risk Rating', 'Moderate'], ['Date Submitted', '2025-10-09']]),
    B.bold('1. Description of the Vulnerability'),
    B.p('A kernel privilege escalation vulnerability (CVE-2025-21756) affects hypervisor hosts. Exploitation requires local authenticated access to the host operating system.'),
    B.bold('2. Justification for the Risk Adjustment'),
    B.p('Hypervisor hosts are reachable only from the management enclave through the PIV-authenticated bastion; no tenant workload can reach the host OS. Mitigating controls AC-17, AC-6(9) and SI-4 reduce the likelihood of exploitation. StrataCore requests that the risk rating of POAM-0412 be adjusted from High to Moderate, which sets the remediation deadline to 90 days from detection.'),
    B.bold('3. Evidence'),
    B.bullets(['Network ACL export of the management enclave (Evidence RA-07-1)', 'Bastion access log sample (Evidence RA-07-2)', '3PAO concurrence memo from Ironbridge dated 2025-10-07 (Evidence RA-07-3)']),
    B.bold('4. CSP Attestation'),
    B.p('StrataCore attests that the information in this deviation request is accurate and will continue to track the item in the POA&M until closure.'),
    ...approvals('', [['Renata Liu', 'CISO, StrataCore Federal']]),
    B.bold('5. AO Decision (agency use only)'),
    B.table([['Approved / Denied', 'Signature', 'Date'], ['', '', '']]),
  ];
  return {
    file: 'SCGC risk adjustment request POAM-0412.docx',
    expected: 'DEVIATION_REQUEST',
    note: "StrataCore's request to the AO for a risk adjustment of one POA&M item: a CSP deviation request awaiting decision.",
    data: await toDocx(blocks, { font: SC.font, meta: { title: 'Deviation Request', creator: 'Renata Liu', company: SC.org } }),
  };
}

export async function planDocs(): Promise<EvalDoc[]> {
  const builders = [
    sspScgc, sspLedgerline, sapScgc, sapCaseflow, sarLedgerline, sarScgc, atoLedgerline, atoScgcInitial,
    checklistCaseflow, fipsCaseflow, fipsKap, sodLedgerline, lawsCaseflow, scrmScgc, scrmKap, polLedgerline,
    polCaseflow, ugKap, ugPollen, diwLedgerline, diwScgc, ptaCaseflow, piaLedgerline, robScgc, robPollen,
    cpScgc, cpKap, cmpKap, cmpCaseflow, irpLedgerline, irpScgc, scrKap, scrCaseflow, drScgc,
  ];
  rng = new Rng(0x11e7a1);
  const out: EvalDoc[] = [];
  for (const b of builders) out.push(await b());
  return out;
}

