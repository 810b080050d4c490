/** System Security Plans: a Rev 5 template-based docx, a PDF printed from Word, and OSCAL JSON/YAML altered from the fixtures. */
import YAML from 'yaml';
import type { Block } from '../kit.js';
import { b, buildDocx, buildPdf, h1, h2, p, pageBreak, table } from '../kit.js';
import {
  AGENCY,
  approvals,
  autoToc,
  cover,
  CSO,
  CSO_ABBR,
  CSP,
  distribution,
  proprietaryNotice,
  revisionHistory,
  STD_REVS,
  STD_SIGNERS,
  TPAO,
} from '../frontmatter.js';
import type { EvalDoc } from '../types.js';
import { fixtureText } from '../types.js';

interface ControlImpl {
  id: string;
  name: string;
  role: string;
  origination: string;
  parts: readonly (readonly [string, string])[];
  params?: readonly string[];
}

const CONTROLS: readonly ControlImpl[] = [
  {
    id: 'AC-2',
    name: 'Account Management',
    role: 'Identity and Access Management (IAM) Engineering; Information System Security Officer (ISSO)',
    origination: 'Service Provider System Specific',
    params: ['AC-2(h)(1): twenty-four (24) hours', 'AC-2(h)(2): eight (8) hours', 'AC-2(j): monthly for privileged accounts; every six (6) months for non-privileged accounts'],
    parts: [
      ['Part a', `${CSO} defines and documents the account types allowed and prohibited within the authorization boundary: individual privileged administrator accounts, individual non-privileged operator accounts, service accounts owned by a named engineering lead, and emergency ("break-glass") accounts held in the privileged access vault. Shared and group accounts, guest accounts and anonymous accounts are prohibited on all production components.`],
      ['Part b', 'Account managers are assigned per account type in the Access Control Procedure (SSP Attachment 1). The IAM Engineering manager is the account manager for administrator accounts; each service owner is the account manager for the service accounts of that service.'],
      ['Part c', 'Access to the production environment requires membership in an Okta group that maps to an AWS IAM Identity Center permission set. Group membership is requested through ServiceNow, requires manager approval and, for privileged groups, a second approval by the ISSO. Approved membership is provisioned by SCIM within fifteen minutes.'],
      ['Part d', 'Each ServiceNow access request names the authorized user, the group membership, the business justification and the expiry date. Role and attribute assignments are documented in the Separation of Duties Matrix (SSP Attachment 11).'],
      ['Part e', 'Requests to create production accounts are approved by the requester\'s manager and by the service owner; privileged requests are also approved by the ISSO. Requests without both approvals are automatically closed after five business days.'],
      ['Part f', 'Accounts are created, enabled, modified, disabled and removed only through the identity lifecycle workflow, which writes every change to the Splunk audit index. Direct creation of IAM users in AWS accounts is blocked by a service control policy.'],
      ['Part g', 'Use of accounts is monitored through CloudTrail, Okta system logs and host audit logs forwarded to the SIEM; the Security Operations Center (SOC) reviews alerts for atypical use as described in AU-6.'],
      ['Part h', 'HR notifies IAM through Workday within the time frames given above when accounts are no longer required, users are terminated or transferred, or need-to-know changes. The Workday termination event automatically suspends the Okta identity.'],
      ['Part i', 'Authorization to access the system is based on a valid access authorization, the intended system usage and the attributes documented in the access request.'],
      ['Part j', 'The ISSO reviews privileged accounts monthly and all other accounts semi-annually using the ServiceNow access certification campaign; results are retained for three years.'],
      ['Part k', 'Shared authenticators are not used; when an emergency account is used its credential is rotated by the vault on check-in.'],
      ['Part l', 'Processes are aligned with personnel termination and transfer processes defined in PS-4 and PS-5.'],
    ],
  },
  {
    id: 'AC-17',
    name: 'Remote Access',
    role: 'Network Engineering; ISSO',
    origination: 'Service Provider Corporate; Service Provider System Specific (Hybrid)',
    parts: [
      ['Part a', 'Remote administrative access to the production environment is permitted only through the Zero Trust access broker using device posture checks and phishing-resistant multifactor authentication (FIDO2). Usage restrictions, configuration requirements and connection requirements are documented in the Remote Access Procedure.'],
      ['Part b', 'Each type of remote access is authorized by the ISSO before it is allowed; no remote access path exists for customers other than the published web application and API.'],
    ],
  },
  {
    id: 'AU-2',
    name: 'Event Logging',
    role: 'Security Operations Center',
    origination: 'Service Provider System Specific',
    params: ['AU-2(a): successful and unsuccessful account logon events, account management events, object access, policy change, privilege functions, process tracking, and system events; all administrator activity; all authentication checks, authorization checks, data deletions, data access, data changes and permission changes for web applications'],
    parts: [
      ['Part a', 'The events listed in the parameter above are logged by every component type in the Integrated Inventory Workbook. AWS CloudTrail organization trails, VPC flow logs, Amazon EKS audit logs, PostgreSQL pgaudit logs and application audit events are collected by the log pipeline.'],
      ['Part b', 'The event logging function is coordinated with the corporate Security Operations Center and with the incident response team so that events needed for investigations are selected in advance.'],
      ['Part c', 'The selected events support after-the-fact investigations of incidents as described in the Incident Response Plan (SSP Attachment 8).'],
      ['Part d', 'Auditable events are reviewed and updated annually, and whenever a significant change request is approved.'],
    ],
  },
  {
    id: 'CM-6',
    name: 'Configuration Settings',
    role: 'Platform Engineering; Configuration Control Board',
    origination: 'Service Provider System Specific',
    parts: [
      ['Part a', 'Configuration settings are established from the CIS Benchmarks Level 1 for Amazon Linux 2023, Amazon EKS, and PostgreSQL 15, with the deviations recorded in the Configuration Management Plan (SSP Attachment 9). Golden images are built by Packer pipelines and tagged with the baseline configuration name used in the inventory.'],
      ['Part b', 'Settings are implemented through infrastructure-as-code; drift is detected nightly by AWS Config conformance packs and by authenticated Nessus compliance scans.'],
      ['Part c', 'Deviations are approved by the Configuration Control Board and tracked as operational requirements in the POA&M when they affect scan results.'],
      ['Part d', 'Changes to settings are monitored and controlled through the change management process defined in CM-3.'],
    ],
  },
  {
    id: 'IA-2(1)',
    name: 'Multi-factor Authentication to Privileged Accounts',
    role: 'IAM Engineering',
    origination: 'Service Provider Corporate',
    parts: [['Requirement', 'All privileged access requires FIDO2 WebAuthn authenticators enrolled in Okta. SMS and voice factors are disabled by policy for the production tenant.']],
  },
  {
    id: 'RA-5',
    name: 'Vulnerability Monitoring and Scanning',
    role: 'Vulnerability Management Team',
    origination: 'Service Provider System Specific',
    params: ['RA-5(a): monthly operating system, web application and database scans; RA-5(d): high-risk vulnerabilities within thirty (30) days, moderate within ninety (90) days, low within one hundred eighty (180) days'],
    parts: [
      ['Part a', 'Tenable Nessus Manager performs authenticated operating system and database scans of every inventory item monthly and when new vulnerabilities are announced; Invicti scans the web application and API endpoints monthly. Container images are scanned in the registry on push and daily.'],
      ['Part b', 'Scanning tools use CVE, CVSS and CPE to enumerate platforms, flaws and misconfigurations, and score impact consistently across tools.'],
      ['Part c', 'Scan reports are analyzed by the vulnerability management team within five business days of the scan; unresolved findings are entered in the POA&M and reported in the monthly continuous monitoring deliverables.'],
      ['Part d', 'Vulnerabilities are remediated within the time frames in the parameter above, and CISA Known Exploited Vulnerabilities by their KEV due date.'],
      ['Part e', 'Information from the process is shared with system owners and with the ISSO in the weekly vulnerability review.'],
      ['Part f', 'Scanning tools have the capability to update vulnerabilities scanned; plugin feeds are updated before every scan.'],
    ],
  },
  {
    id: 'SC-7',
    name: 'Boundary Protection',
    role: 'Network Engineering',
    origination: 'Service Provider System Specific',
    parts: [
      ['Part a', 'Communications at the external boundary are monitored and controlled by AWS WAF, the Application Load Balancers and AWS Network Firewall; internal boundaries between the management, application and data subnets are enforced with security groups and network ACLs.'],
      ['Part b', 'Publicly accessible components are placed in public subnets that are logically separated from the private subnets hosting the application and data tiers.'],
      ['Part c', 'External connections are made only through managed interfaces listed in the ports, protocols and services table of Section 10.'],
    ],
  },
  {
    id: 'SC-13',
    name: 'Cryptographic Protection',
    role: 'Platform Engineering',
    origination: 'Service Provider System Specific; Inherited from AWS GovCloud (US) FedRAMP High P-ATO',
    parts: [
      ['Part a', 'Cryptographic uses are determined in the Cryptographic Module Inventory: data in transit (TLS 1.2 and 1.3), data at rest (AES-256), digital signatures on software packages, and hashing for integrity.'],
      ['Part b', 'FIPS 140-3 validated modules are used for each use: AWS KMS (certificate #4523), the OpenSSL FIPS provider in Amazon Linux 2023 (certificate #4631) and AWS-LC (certificate #4816).'],
    ],
  },
];

function controlBlocks(c: ControlImpl): Block[] {
  const out: Block[] = [
    h2(`${c.id} ${c.name}`),
    table(
      [
        [`${c.id} Control Summary Information`, ''],
        ['Responsible Role:', c.role],
        ...(c.params ?? ['No parameters for this control.']).map((x, i) => [`Parameter ${i + 1}:`, x]),
        ['Implementation Status (check all that apply):', '[X] Implemented   [ ] Partially Implemented   [ ] Planned   [ ] Alternative Implementation   [ ] Not Applicable'],
        ['Control Origination (check all that apply):', c.origination],
      ],
      true,
    ),
    b(`${c.id} What is the solution and how is it implemented?`),
    table(c.parts.map(([part, text]) => [part, text]), false),
  ];
  return out;
}

const SSP_SECTIONS = [
  '1 Information System Name/Title',
  '2 Information System Categorization',
  '2.1 Information Types',
  '2.2 Security Objectives Categorization (FIPS 199)',
  '2.3 Digital Identity Determination',
  '3 Information System Owner',
  '4 Authorizing Official',
  '5 Other Designated Contacts',
  '6 Assignment of Security Responsibility',
  '7 Leveraged FedRAMP-Authorized Services',
  '8 External Systems and Services',
  '9 Illustrated Architecture and Narratives',
  '10 Services, Ports and Protocols',
  '11 Cryptographic Modules Implemented for Data at Rest and Data in Transit',
  '12 Separation of Duties',
  '13 SSP Appendix A: Moderate FedRAMP Security Controls',
  '14 Attachments',
];

function sspBody(): Block[] {
  return [
    h1('1 Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${CSO} (${CSO_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${CSO} information system.`),
    p('The security safeguards implemented for the system meet the policy and control requirements set forth in this System Security Plan. All systems are subject to monitoring consistent with applicable laws, regulations, agency policies, procedures and practices.'),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      ['F2402091234', CSO, CSO_ABBR],
    ]),
    h1('2 Information System Categorization'),
    p('The overall information system sensitivity categorization is recorded in the table below. Directions for attaching the FIPS 199 document may be found in the following section: Attachment 10, FIPS 199.'),
    table([['System Sensitivity Level:', 'Moderate (M)']], false),
    h2('2.1 Information Types'),
    p('This section describes how the information types used by the information system are categorized for confidentiality, integrity and availability sensitivity levels, using NIST SP 800-60 Volume II Revision 1.'),
    table([
      ['Information Type (use only information types from NIST SP 800-60, Volumes I and II as amended)', 'NIST 800-60 identifier for Associated Information Type', 'Confidentiality', 'Integrity', 'Availability'],
      ['Human Resources Management: Personnel Action Processing', 'D.17.3', 'Moderate', 'Moderate', 'Low'],
      ['Human Resources Management: Payroll Management and Expense Reimbursement', 'D.17.5', 'Moderate', 'Moderate', 'Moderate'],
      ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
      ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low'],
    ]),
    h2('2.2 Security Objectives Categorization (FIPS 199)'),
    table([
      ['Security Objective', 'Low, Moderate or High'],
      ['Confidentiality', 'Moderate (M)'],
      ['Integrity', 'Moderate (M)'],
      ['Availability', 'Moderate (M)'],
    ]),
    h2('2.3 Digital Identity Determination'),
    p('The digital identity information may be found in Attachment 3, Digital Identity Worksheet. The digital identity level is Level 2 (IAL2/AAL2/FAL2), and Meridian has assessed that the system requires AAL2 authenticators for all federal users.'),
    h1('3 Information System Owner'),
    table([
      ['Name', 'Marcus Delgado'],
      ['Title', `System Owner, ${CSO}`],
      ['Company / Organization', CSP],
      ['Address', '4100 Corporate Parkway, Suite 900, Reston, VA 20190'],
      ['Phone Number', '(703) 555-0148'],
      ['Email Address', 'marcus.delgado@meridian-global.example'],
    ], false),
    h1('4 Authorizing Official'),
    p(`The Authorizing Official (AO) or Designated Approving Authority (DAA) for this information system is the Chief Information Officer of the ${AGENCY}.`),
    h1('5 Other Designated Contacts'),
    p('The following individuals are identified as possessing in-depth knowledge of this system and/or its functions and operation.'),
    table([
      ['Role', 'Name', 'Email'],
      ['Management POC', 'Helen Strand', 'helen.strand@meridian-global.example'],
      ['Technical POC', 'Jun Park', 'jun.park@meridian-global.example'],
      ['ISSO', 'Samantha Raman', 'samantha.raman@meridian-global.example'],
    ]),
    h1('6 Assignment of Security Responsibility'),
    p('The Information System Security Officer (ISSO) has been appointed in writing by the CISO and is responsible for the day-to-day security posture of the system, for maintaining this plan, for the monthly continuous monitoring deliverables and for coordinating with the sponsoring agency and the 3PAO.'),
    h1('7 Leveraged FedRAMP-Authorized Services'),
    table([
      ['Information System Name', 'Service Provider Owner', 'Authorization Type', 'Impact Level'],
      ['AWS GovCloud (US)', 'Amazon Web Services', 'JAB P-ATO', 'High'],
      ['Okta for Government Moderate', 'Okta, Inc.', 'Agency ATO', 'Moderate'],
      ['Splunk Cloud Platform for FedRAMP', 'Splunk Inc.', 'Agency ATO', 'Moderate'],
    ]),
    h1('8 External Systems and Services'),
    p('The system interconnects with the agency\'s payroll provider through a dedicated SFTP interface protected by mutual TLS. An Interconnection Security Agreement is maintained for that interface and reviewed annually. No other external system connections exist; corporate services such as email and ticketing are outside the boundary and do not store federal data.'),
    h1('9 Illustrated Architecture and Narratives'),
    p(`${CSO} is a multi-tenant software-as-a-service offering deployed in two AWS GovCloud (US) regions. The application tier runs on Amazon EKS worker nodes in private subnets; the data tier uses Amazon RDS for PostgreSQL with encryption at rest and automated snapshots replicated to the secondary region. Customer users reach the service through an Application Load Balancer protected by AWS WAF. Administrators reach the management plane only through the Zero Trust access broker.`),
    p('The authorization boundary diagram, network diagram and data flow diagrams are provided as figures 9-1 through 9-3. Every component shown is listed in the Integrated Inventory Workbook (Attachment 13) with its unique asset identifier.'),
    h1('10 Services, Ports and Protocols'),
    table([
      ['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS (TLS 1.2+)', 'Web application and REST API', 'Customer access', 'Customer users, agency integrations'],
      ['5432/TCP', 'PostgreSQL over TLS', 'Amazon RDS', 'Application data', 'Application pods'],
      ['22/TCP', 'SFTP', 'Payroll interface', 'Outbound payroll files', 'Batch service'],
      ['8089/TCP', 'HTTPS', 'Splunk forwarder management', 'Log collection', 'Universal forwarders'],
    ]),
    h1('11 Cryptographic Modules Implemented for Data at Rest and Data in Transit'),
    p('All cryptographic modules used to protect federal data are FIPS 140-3 validated; the modules and their certificate numbers are listed in the Cryptographic Module Table in Appendix Q.'),
    h1('12 Separation of Duties'),
    p('Duties are separated between development, operations, security and audit functions. The role assignments are documented in the Separation of Duties Matrix (Attachment 11).'),
    pageBreak,
    h1('13 SSP Appendix A: Moderate FedRAMP Security Controls'),
    p('The following sections describe how each security control of the FedRAMP Rev 5 Moderate baseline is implemented. The control summary table states the responsible role, the parameter values, the implementation status and the control origination. The excerpt below reproduces selected controls; the complete appendix addresses all 323 controls and enhancements of the baseline.'),
    ...CONTROLS.flatMap(controlBlocks),
    h1('14 Attachments'),
    table([
      ['Attachment', 'File Name', 'File Extension'],
      ['Attachment 1 Information Security Policies and Procedures', 'MWC_A01_Policies_Procedures', '.pdf'],
      ['Attachment 2 User Guide', 'MWC_A02_User_Guide', '.pdf'],
      ['Attachment 3 Digital Identity Worksheet', 'MWC_A03_DIW', '.docx'],
      ['Attachment 4 Privacy Impact Assessment', 'MWC_A04_PTA_PIA', '.docx'],
      ['Attachment 5 Rules of Behavior', 'MWC_A05_RoB', '.docx'],
      ['Attachment 6 Information System Contingency Plan', 'MWC_A06_ISCP', '.docx'],
      ['Attachment 7 Configuration Management Plan', 'MWC_A07_CMP', '.docx'],
      ['Attachment 8 Incident Response Plan', 'MWC_A08_IRP', '.docx'],
      ['Attachment 9 CIS and CRM Workbook', 'MWC_A09_CIS_CRM', '.xlsx'],
      ['Attachment 10 FIPS 199', 'MWC_A10_FIPS199', '.docx'],
      ['Attachment 11 Separation of Duties Matrix', 'MWC_A11_SoD', '.xlsx'],
      ['Attachment 12 FedRAMP Laws and Regulations', 'MWC_A12_Laws_Regs', '.xlsx'],
      ['Attachment 13 Integrated Inventory Workbook', 'MWC_A13_Inventory', '.xlsx'],
    ]),
  ];
}

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover({
      docTitle: 'System Security Plan',
      subtitle: 'FedRAMP Rev 5 Moderate Baseline',
      version: '4.2',
      date: 'September 8, 2026',
      preparedBy: undefined,
      preparedFor: undefined,
      extraLines: ['Cloud Service Provider: ' + CSP, 'Package ID: F2402091234'],
    }),
    ...proprietaryNotice(),
    ...revisionHistory([
      ...STD_REVS,
      { date: '2026-09-08', version: '4.2', description: 'Updated Section 9 for the secondary region and Appendix A controls AC-2, RA-5 and SC-13 following SCR-2026-03.', author: 'S. Raman' },
    ]),
    ...approvals(STD_SIGNERS),
    ...distribution([
      ['FedRAMP PMO', 'Package review (via secure repository)'],
      [AGENCY, 'Authorizing Official and security reviewers'],
      [TPAO, '3PAO (annual assessment)'],
    ]),
    pageBreak,
    ...autoToc(SSP_SECTIONS, 6),
    ...sspBody(),
  ];
  const data = await buildDocx(
    blocks,
    { title: 'FedRAMP Template', subject: '', creator: 'FedRAMP PMO', lastModifiedBy: 'Samantha Raman', company: CSP },
    { header: `${CSO} | System Security Plan | Version 4.2`, footer: 'CUI // Proprietary', pageNumbers: true },
  );
  return {
    file: 'upload (3).docx',
    expected: 'SSP',
    data,
    note: 'Full Rev 5 Moderate SSP exported from SharePoint with cover, revision history, approvals and TOC; core title is the stale "FedRAMP Template".',
  };
}

async function sspPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...cover({ docTitle: 'System Security Plan (SSP)', version: '3.2', date: 'August 2026', titleIn: 'cell' }),
    ...revisionHistory(STD_REVS),
    ...approvals(STD_SIGNERS.slice(0, 2)),
    pageBreak,
    ...autoToc(SSP_SECTIONS.slice(0, 12), 5),
    ...sspBody().slice(0, sspBody().indexOf(pageBreak)),
    h1('13 SSP Appendix A: Moderate FedRAMP Security Controls'),
    ...CONTROLS.slice(0, 4).flatMap(controlBlocks),
  ];
  const data = await buildPdf(
    blocks,
    { title: 'MWC_SSP_v3.2_FINAL.docx', creator: 'Raman, Samantha' },
    { header: `${CSO} System Security Plan v3.2`, footer: `${CSP} - Controlled Unclassified Information`, pageNumbers: true },
  );
  return {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    data,
    note: 'SSP printed to PDF from Word: title in a cover table cell and running header, metadata title is a file name.',
  };
}

interface Json {
  [k: string]: unknown;
}

function sspOscalJson(): EvalDoc {
  const doc = JSON.parse(fixtureText('oscal/FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': Json };
  const ssp = doc['system-security-plan'];
  const meta = ssp.metadata as Json;
  meta.title = 'Halcyon Records Exchange System Security Plan';
  meta.version = '2.3';
  meta['last-modified'] = '2026-08-19T14:02:11.000-04:00';
  meta.published = '2026-08-19T14:02:11.000-04:00';
  const sc = ssp['system-characteristics'] as Json;
  sc['system-name'] = 'Halcyon Records Exchange';
  sc['system-name-short'] = 'HRX';
  sc.description = 'Halcyon Records Exchange (HRX) is a multi-tenant records management platform that agencies use to ingest, classify and retain electronic records under NARA schedules.';
  const ci = ssp['control-implementation'] as Json;
  const reqs = ci['implemented-requirements'] as unknown[];
  ci['implemented-requirements'] = reqs.slice(0, 18);
  const bm = ssp['back-matter'] as Json;
  bm.resources = (bm.resources as unknown[]).slice(0, 6);
  return {
    file: 'hrx-export-20260819.json',
    expected: 'SSP',
    data: JSON.stringify(doc, null, 2),
    note: 'OSCAL JSON system-security-plan derived from the FedRAMP template: renamed system, trimmed implemented requirements and back-matter.',
  };
}

function sspOscalYaml(): EvalDoc {
  const doc = YAML.parse(fixtureText('oscal/FedRAMP-SSP-OSCAL-Template.yaml')) as { 'system-security-plan': Json };
  const ssp = doc['system-security-plan'];
  const meta = ssp.metadata as Json;
  meta.title = `${CSO} FedRAMP System Security Plan`;
  meta.version = '4.2-oscal';
  const sc = ssp['system-characteristics'] as Json;
  sc['system-name'] = CSO;
  sc['system-name-short'] = CSO_ABBR;
  const ci = ssp['control-implementation'] as Json;
  ci['implemented-requirements'] = (ci['implemented-requirements'] as unknown[]).slice(0, 30);
  delete ssp['back-matter'];
  return {
    file: 'package-export.yaml',
    expected: 'SSP',
    data: `# Generated by GRC export job 4471 (Meridian OSCAL toolkit)\n${YAML.stringify(doc, { lineWidth: 0 })}`,
    note: 'OSCAL YAML SSP altered from the FedRAMP template (system renamed to MWC, trimmed, back-matter removed), with a leading comment.',
  };
}

export async function sspDocs(): Promise<EvalDoc[]> {
  return [await sspDocx(), await sspPdf(), sspOscalJson(), sspOscalYaml()];
}
