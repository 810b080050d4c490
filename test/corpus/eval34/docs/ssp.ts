import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import type { Block } from '../kit/blocks.js';
import { big, bold, br, center, h1, h2, h3, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { approvals, proprietary, revHistory, toc } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';

function ctrl(id: string, name: string, status: string, origin: string, parts: [string, string][]): Block[] {
  return [
    h3(`${id} ${name}`),
    table(['Control Summary Information', ''], ['Responsible Role:', 'ISSO; Director of Cloud Operations'], ['Implementation Status:', status], ['Control Origination:', origin]),
    bold(`${id} What is the solution and how is it implemented?`),
    ...parts.flatMap(([part, text]) => [bold(part), ...p(text)]),
  ];
}

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('Halvorsen Data Systems, Inc.'),
    big('Meridian Case Manager'),
    big('System Security Plan'),
    center('FedRAMP Rev. 5 Moderate Baseline'),
    center('Version 3.2  |  February 21, 2025'),
    center('Controlled Unclassified Information'),
    br,
    ...proprietary('Halvorsen Data Systems, Inc.'),
    ...revHistory([
      ['09/30/2024', '3.0', 'Initial Rev5 transition; rewritten control statements for all families', 'K. Abernathy'],
      ['12/13/2024', '3.1', 'Updated per agency ISSM comments (47 comments adjudicated)', 'K. Abernathy'],
      ['02/21/2025', '3.2', 'Updated boundary diagram and ports/protocols table for SAP kickoff', 'R. Duval'],
    ]),
    ...approvals([
      ['Margaret Ellison', 'Chief Information Security Officer, Halvorsen Data Systems', '02/21/2025'],
      ['Thomas Oyelaran', 'System Owner, Meridian Case Manager', '02/21/2025'],
    ]),
    br,
    ...toc(['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '9 General System Description', '10 System Environment and Inventory', '11 System Interconnections', '13 Minimum Security Controls', 'Appendix A Acronyms']),
    br,
    h1('1 Information System Name/Title'),
    ...p('This System Security Plan provides an overview of the security requirements for the Meridian Case Manager (MCM) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the MCM information system.'),
    table(['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2419087312', 'Meridian Case Manager', 'MCM']),
    h1('2 Information System Categorization'),
    ...p('The overall information system sensitivity categorization is recorded in the table that follows. Directions for determining the sensitivity categorization are found in the FIPS 199 Categorization, Attachment 10 to this plan.'),
    table(['System Sensitivity Level', 'Moderate'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']),
    h2('2.1 Information Types'),
    ...p('The following information types, drawn from NIST SP 800-60 Volume II Revision 1, are processed by MCM: C.3.5.1 System Development; D.8.1 Legal Investigation (case files submitted by agency investigators); C.2.8.12 Personal Identity and Authentication. Rationale for any adjustment to the provisional impact levels is documented in Attachment 10.'),
    h2('2.2 Digital Identity Determination'),
    ...p('The digital identity level is IAL2/AAL2/FAL2, as recorded in the Digital Identity Worksheet, Attachment 3.'),
    h1('3 Information System Owner'),
    table(['Name', 'Thomas Oyelaran'], ['Title', 'Vice President, Public Sector Products'], ['Company / Organization', 'Halvorsen Data Systems, Inc.'], ['Address', '4100 Quarry Ridge Road, Suite 300, Reston, VA 20190'], ['Phone Number', '(703) 555-0142'], ['Email Address', 'toyelaran@halvorsen-ds.example']),
    h1('9 General System Description'),
    ...p(
      'MCM is a multi-tenant Software as a Service (SaaS) case management application that allows federal investigative and records offices to intake, track, route and close administrative cases. The service is deployed in AWS GovCloud (US-West), which holds a FedRAMP High P-ATO and provides the physical and environmental controls inherited by MCM as described in the Control Implementation Summary (Attachment 9).',
      'The authorization boundary includes the production VPC, the management VPC, the bastion hosts used for privileged access, the CI/CD pipeline runners that deploy to production, and the Okta tenant used for workforce authentication of Halvorsen personnel. Corporate IT systems, the marketing website, and the customer support ticketing platform are outside the boundary; no federal data flows to them.',
      'Users access MCM through a browser over TLS 1.2 or higher using FIPS 140-validated modules at the load balancer. Agency users authenticate through their agency identity provider using SAML 2.0 federation with PIV or phishing-resistant MFA enforced upstream.',
    ),
    h1('10 System Environment and Inventory'),
    ...p('Directions for documenting the hardware and software inventory are found in the Integrated Inventory Workbook, Attachment 13. The inventory is updated monthly and delivered with the continuous monitoring package alongside the POA&M and the vulnerability scan results.'),
    h2('10.1 Data Flow'),
    ...p('Figure 10-2 depicts the flow of federal data from the agency user, through the AWS WAF and Application Load Balancer, to the application tier running in Amazon EKS, and to the Amazon RDS for PostgreSQL database encrypted with customer-managed KMS keys. Backups are replicated to a second GovCloud region as described in the Information System Contingency Plan, Attachment 6.'),
    h2('10.2 Ports, Protocols and Services'),
    table(['Port', 'Protocol', 'Service', 'Purpose', 'Used By'], ['443', 'TCP', 'HTTPS', 'Application access', 'Agency users'], ['5432', 'TCP', 'PostgreSQL', 'Database connections', 'Application tier'], ['22', 'TCP', 'SSH', 'Administrative access via bastion', 'Halvorsen administrators'], ['53', 'UDP', 'DNS', 'Name resolution', 'All components']),
    h1('11 System Interconnections'),
    ...p('MCM has no system-to-system interconnections with agency networks. The only external services are the FedRAMP authorized services listed in Table 11-1 (AWS GovCloud, Okta for Government Moderate, and Splunk Cloud for Government).'),
    h1('13 Minimum Security Controls'),
    ...p('Security controls for the MCM system are implemented to meet the FedRAMP Moderate baseline of 323 controls and enhancements. The implementation of each control is described in the sections below; customer responsibilities are summarized in the CIS/CRM Workbook (Attachment 9).'),
    h2('13.1 Access Control (AC)'),
    ...ctrl('AC-1', 'Policy and Procedures', 'Implemented', 'Service Provider Corporate', [
      ['Part a:', 'Halvorsen develops, documents and disseminates the Access Control Policy and the Access Control Procedures, which are maintained in Attachment 1, Information Security Policies and Procedures, and published on the internal compliance portal to all personnel with a role in operating MCM.'],
      ['Part c:', 'The CISO reviews and updates the policy annually and the procedures annually, and following significant changes or assessment findings.'],
    ]),
    ...ctrl('AC-2', 'Account Management', 'Implemented', 'Service Provider System Specific; Shared (Service Provider and Customer Responsibility)', [
      ['Part a:', 'MCM defines the following account types: agency end user, agency administrator, Halvorsen support (read-only, break-glass), Halvorsen platform administrator, and service accounts for the CI/CD pipeline. Shared and group accounts are prohibited.'],
      ['Part j:', 'Privileged accounts are reviewed monthly and non-privileged accounts quarterly by the ISSO; review evidence is retained in the compliance evidence repository for three years.'],
    ]),
    ...ctrl('AC-17', 'Remote Access', 'Implemented', 'Service Provider System Specific', [['Part a:', 'All administrative access is remote. Administrators connect through the AWS Systems Manager Session Manager to hardened bastion hosts after authenticating with a FIPS 140-validated hardware token.']]),
    h2('13.2 Audit and Accountability (AU)'),
    ...ctrl('AU-2', 'Event Logging', 'Implemented', 'Service Provider System Specific', [['Part a:', 'MCM logs successful and unsuccessful logon events, account management events, object access, policy changes, privileged functions, process tracking and system events, and forwards them to Splunk Cloud for Government within five minutes.']]),
    h2('13.3 Contingency Planning (CP)'),
    ...ctrl('CP-9', 'System Backup', 'Implemented', 'Service Provider System Specific', [['Part a:', 'Daily incremental and weekly full backups of user-level and system-level information are taken, encrypted with AES-256 and retained for 90 days, as described in the ISCP (Attachment 6).']]),
    h2('13.4 Incident Response (IR)'),
    ...ctrl('IR-8', 'Incident Response Plan', 'Implemented', 'Service Provider Corporate', [['Part a:', 'The Incident Response Plan (Attachment 8) provides a roadmap for implementing the incident response capability and is distributed to the personnel named in its distribution list.']]),
    h2('13.5 Risk Assessment (RA)'),
    ...ctrl('RA-5', 'Vulnerability Monitoring and Scanning', 'Implemented', 'Service Provider System Specific', [['Part a:', 'Authenticated operating system, database and web application scans are performed monthly with Tenable Nessus and Invicti; results are delivered to the authorizing agency monthly and all findings are tracked in the POA&M. High findings are remediated within 30 days, Moderate within 90 days and Low within 180 days.']]),
    h1('Appendix A Acronyms'),
    ul('3PAO - Third Party Assessment Organization', 'ISCP - Information System Contingency Plan', 'POA&M - Plan of Action and Milestones', 'SAP - Security Assessment Plan', 'SAR - Security Assessment Report'),
  ];
  return {
    file: 'Meridian_SSP_v3.2_clean.docx',
    expected: 'SSP',
    note: 'CSP System Security Plan in Word: cover page, revision history, sections 1-13 with control implementation statements; the FedRAMP SSP.',
    data: await renderDocx({ blocks, header: 'Meridian Case Manager | System Security Plan | Version 3.2', footer: 'Controlled Unclassified Information', meta: { title: 'FedRAMP SSP Rev5 Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Rachel Duval' } }),
  };
}

async function sspPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('Brightwater Software LLC'),
    big('ClearPath Grants Cloud (CPGC)'),
    center('FedRAMP Low Baseline - System Security Plan'),
    center('Prepared for the Federal Maritime Records Administration'),
    center('Version 1.4, January 10, 2025'),
    br,
    ...revHistory([['06/03/2024', '1.0', 'First issue for agency review', 'Brightwater GRC'], ['10/01/2024', '1.3', 'Addressed FMRA ISSM comments', 'Brightwater GRC'], ['01/10/2025', '1.4', 'Updated after 3PAO document review', 'Brightwater GRC']]),
    h1('1. System Identification'),
    ...p('The ClearPath Grants Cloud is a SaaS grants lifecycle management offering. This System Security Plan (SSP) documents the system boundary, the FIPS 199 security categorization of Low, and the implementation of each control of the FedRAMP Rev. 5 Low baseline. It is the primary document of the CPGC authorization package and is accompanied by its attachments, including the Rules of Behavior, the Information System Contingency Plan and the Configuration Management Plan.'),
    h1('2. System Categorization'),
    table(['Security Objective', 'Impact Level'], ['Confidentiality', 'Low'], ['Integrity', 'Low'], ['Availability', 'Low']),
    ...p('The overall security categorization is Low. Grant applications contain business contact information only; no sensitive PII beyond business contact data is stored.'),
    h1('3. System Owner and Points of Contact'),
    table(['Role', 'Name', 'Contact'], ['System Owner', 'Dana Whitcombe', 'dwhitcombe@brightwater.example'], ['ISSO', 'Luis Armenta', 'larmenta@brightwater.example'], ['Authorizing Official', 'FMRA Chief Information Officer', 'ao-office@fmra.example.gov']),
    h1('4. System Description and Authorization Boundary'),
    ...p('CPGC runs on Microsoft Azure Government. The boundary includes the App Service environment, Azure SQL Database, Azure Key Vault, Azure Front Door and the Brightwater administrative jump hosts. Leveraged services and their authorizations are listed in Table 4-2.', 'All traffic to CPGC is encrypted in transit with TLS 1.2; data at rest is encrypted using Azure Storage Service Encryption with FIPS 140-2 validated modules.'),
    h1('5. Control Implementation'),
    h2('AC-2 Account Management'),
    ...p('Implementation Status: Implemented. Control Origination: Service Provider System Specific. Brightwater provisions CPGC administrator accounts through a ticketed request approved by the system owner; accounts inactive for 90 days are disabled automatically. Customer agencies manage their own end-user accounts (customer responsibility, see the CRM).'),
    h2('AC-8 System Use Notification'),
    ...p('Implementation Status: Implemented. The approved system use notification banner is displayed before logon for administrative interfaces; agencies may configure their own banner text for end users.'),
    h2('CM-8 System Component Inventory'),
    ...p('Implementation Status: Implemented. The component inventory is maintained in the Integrated Inventory Workbook and reconciled monthly against Azure Resource Graph.'),
    h2('IA-2 Identification and Authentication (Organizational Users)'),
    ...p('Implementation Status: Implemented. Administrators authenticate with Microsoft Entra ID using phishing-resistant MFA (FIDO2 keys).'),
    h2('RA-5 Vulnerability Monitoring and Scanning'),
    ...p('Implementation Status: Implemented. Monthly authenticated scans are run with Qualys VMDR; findings are entered into the POA&M and remediated within FedRAMP timeframes.'),
    h2('SC-13 Cryptographic Protection'),
    ...p('Implementation Status: Implemented. FIPS-validated cryptography is used for all encryption of federal data in transit and at rest.'),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'PDF print of a Low-baseline System Security Plan with categorization, boundary and control implementation statements.',
    data: await renderPdf({ blocks, header: 'ClearPath Grants Cloud SSP v1.4', footer: 'Brightwater Software LLC - Proprietary' }),
  };
}

async function sspOscalJson(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8');
  const obj = JSON.parse(raw) as { 'system-security-plan': { metadata: { title: string; version: string; 'last-modified': string } } };
  const md = obj['system-security-plan'].metadata;
  md.title = 'Tessellate Analytics Platform System Security Plan';
  md.version = '2.0.1';
  md['last-modified'] = '2025-02-28T00:00:00Z';
  const text = JSON.stringify(obj, null, 2).replace(/\[System Name\]/g, 'Tessellate Analytics Platform').replace(/\[Cloud Service Provider\]|\[CSP Name\]/g, 'Tessellate Inc.');
  return { file: 'upload (3).json', expected: 'SSP', note: 'OSCAL JSON system-security-plan (FedRAMP template with the system name filled in).', data: text };
}

async function sspOscalYaml(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8');
  const text = raw
    .replace('title: FedRAMP System Security Plan (SSP)', 'title: Meridian Case Manager - System Security Plan (OSCAL export)')
    .replace(/\[System Name\]/g, 'Meridian Case Manager');
  return { file: 'mcm-ssp-export.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan exported by the CSP tooling (from the FedRAMP template).', data: text };
}

export async function sspDocs(): Promise<EvalDoc[]> {
  return Promise.all([sspDocx(), sspPdf(), sspOscalJson(), sspOscalYaml()]);
}
