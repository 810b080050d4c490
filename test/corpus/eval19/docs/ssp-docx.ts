import { h1, h2, h3, p, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { docx, withFront } from './helpers.js';
import { AGENCY, CISO, CSO, CSO_ABBR, CSP, CSP_ADDR, CUI, ISSO, ISSO_TITLE, SO, TPAO } from './persona.js';

function controlBlock(id: string, title: string, statement: string, status: string, origination: string, parts: [string, string][]): Block[] {
  return [
    h3(`${id} ${title}`),
    p(statement),
    table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', 'Cloud Operations Manager; ISSO'],
      ['Parameter assignments:', 'See FedRAMP Moderate baseline parameter values'],
      ['Implementation Status (check all that apply):', status],
      ['Control Origination (check all that apply):', origination],
    ]),
    table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [k, v])]),
  ];
}

/** The CSP's FedRAMP Moderate SSP (Rev5 template layout) as a Word document. */
export async function sspDocx(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1. Information System Name / Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${CSO} (${CSO_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${CSO} information system.`),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      ['F2403157821', CSO, CSO_ABBR],
    ]),
    h1('2. Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in Table 2-1 Security Categorization that follows. Directions for attaching the FIPS 199 document may be found in the following section: Attachment 10, FIPS 199.`),
    table([
      ['System Sensitivity Level', 'Moderate'],
      ['Digital Identity Level (IAL/AAL/FAL)', 'IAL2 / AAL2 / FAL2 (see Attachment 3, Digital Identity Worksheet)'],
    ], false),
    h2('2.1 Information Types'),
    table([
      ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.2.8.12 Regulatory Compliance and Enforcement', 'Moderate', 'Moderate', 'Low'],
      ['D.16.1 Housing Assistance Programs', 'Moderate', 'Moderate', 'Moderate'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
    ]),
    h1('3. Information System Owner'),
    p(`The following individual is identified as the system owner or functional proponent/advocate for this system.`),
    table([
      ['Name', SO],
      ['Title', 'System Owner'],
      ['Company / Organization', CSP],
      ['Address', CSP_ADDR],
      ['Phone Number', '(281) 555-0147'],
      ['Email Address', 'lena.vasquez-hart@tessellate-ps.example'],
    ], false),
    h1('4. Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO), or equivalent, has been appointed in writing and is deemed to have significant cyber and operational role responsibilities. ${ISSO}, ${ISSO_TITLE}, coordinates with the CISO, ${CISO}, on all matters concerning the security posture of the system.`),
    h1('5. Leveraged FedRAMP-Authorized Services'),
    p(`${CSO} is deployed in AWS GovCloud (US) and leverages the AWS GovCloud (US) FedRAMP High P-ATO (package ID F1603047866). Inherited controls are identified in Attachment 9, the Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook.`),
    h1('6. External Systems and Services Not Having FedRAMP Authorization'),
    table([
      ['System/Service/API', 'Connection Details', 'Data Types', 'Authorized Users', 'Compensating Controls'],
      ['State eligibility gateway (Texas HHSC)', 'Mutual TLS 1.2, port 443, FIPS 140-2 validated module', 'Case status records', 'Service account only', 'Interconnection Security Agreement ISA-2025-07; data minimised to case identifiers'],
      ['Mailgun transactional email', 'HTTPS API, outbound only', 'Notification text without PII', 'Application service', 'No federal data in message bodies'],
    ]),
    h1('7. Illustrated Architecture and Narratives'),
    p(`The authorization boundary is depicted in Figure 7-1. All customer-facing traffic enters through an AWS Application Load Balancer fronted by AWS WAF, terminates TLS using FIPS 140-2 validated endpoints, and is routed to containerised application services running on Amazon EKS worker nodes built from CIS-hardened Amazon Linux 2023 images. Persistent data is stored in Amazon RDS for PostgreSQL and Amazon S3 with server-side encryption using customer managed AWS KMS keys. Administrative access is restricted to a bastion-less pattern using AWS Systems Manager Session Manager with PIV-backed federation.`),
    h2('7.1 Architecture Overview'),
    p(`Figure 7-1 Authorization Boundary Diagram (see Attachment 13 for the Integrated Inventory Workbook that enumerates every component shown).`),
    h2('7.2 Network Architecture'),
    p(`The production VPC is divided into public, application and data subnets across three availability zones. Security groups default to deny; only the load balancer accepts traffic from the internet, and only on TCP 443. Flow logs are collected to the central logging account and retained for one year online.`),
    h2('7.3 Data Flow'),
    p(`Federal users authenticate through the agency's SAML 2.0 identity provider; the CSP does not store agency passwords. Uploaded documents are scanned for malware, encrypted with a per-tenant data key, and written to S3. Audit events for every access are sent to the security information and event management (SIEM) platform within the boundary.`),
    h1('8. Ports, Protocols and Services'),
    table([
      ['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose', 'Used By'],
      ['443 TCP', 'HTTPS (TLS 1.2+)', 'ALB / API', 'Customer web and API access', 'Agency users'],
      ['5432 TCP', 'PostgreSQL over TLS', 'Amazon RDS', 'Application database', 'Application tier'],
      ['123 UDP', 'NTP', 'Amazon Time Sync', 'Time synchronisation', 'All hosts'],
      ['53 TCP/UDP', 'DNS', 'Route 53 Resolver', 'Name resolution', 'All hosts'],
    ]),
    h1('9. Control Implementation'),
    p(`The FedRAMP Moderate baseline (NIST SP 800-53 Revision 5) controls are addressed below. For each control, the implementation status, the control origination and a description of how the control is implemented are given. Controls marked as inherited are inherited from the AWS GovCloud (US) P-ATO.`),
    h2('9.1 Access Control (AC)'),
    ...controlBlock(
      'AC-2',
      'Account Management (L)(M)(H)',
      'The organization: a. Defines and documents the types of accounts allowed and specifically prohibited for use within the system; b. Assigns account managers; c. Requires conditions for group and role membership; ...',
      '☒ Implemented  ☐ Partially implemented  ☐ Planned',
      '☒ Service Provider Corporate  ☒ Service Provider System Specific  ☐ Inherited',
      [
        ['Part a', `${CSP} defines the following account types for ${CSO_ABBR}: individual privileged (administrator), individual non-privileged, service accounts and emergency break-glass accounts. Shared and group accounts are prohibited except the break-glass account, whose credentials are sealed in the corporate vault.`],
        ['Part b', 'Account managers are the Cloud Operations Manager for infrastructure accounts and the customer agency administrator for tenant accounts.'],
        ['Part c', 'Role membership requires a ticket approved by the account manager and the ISSO; privileged roles require completion of privileged user training and a signed Rules of Behavior (Attachment 5).'],
      ],
    ),
    ...controlBlock(
      'AC-2 (1)',
      'Automated System Account Management (M)(H)',
      'Support the management of system accounts using automated mechanisms.',
      '☒ Implemented',
      '☒ Service Provider System Specific',
      [['Req. 1', 'Accounts are provisioned and deprovisioned through the identity governance workflow, which reads the HR system of record nightly and disables accounts of separated staff within 24 hours.']],
    ),
    ...controlBlock(
      'AC-17',
      'Remote Access (L)(M)(H)',
      'Establish and document usage restrictions, configuration/connection requirements, and implementation guidance for each type of remote access allowed; authorize each type of remote access prior to allowing such connections.',
      '☒ Implemented',
      '☒ Service Provider System Specific',
      [['Part a', 'Remote administrative access is only through AWS Systems Manager Session Manager; SSH and RDP are closed at the security-group level. Sessions are recorded and sent to the SIEM.']],
    ),
    h2('9.2 Audit and Accountability (AU)'),
    ...controlBlock(
      'AU-2',
      'Event Logging (L)(M)(H)',
      'Identify the types of events that the system is capable of logging in support of the audit function.',
      '☒ Implemented',
      '☒ Service Provider System Specific  ☒ Inherited from AWS GovCloud (US)',
      [['Part a', 'The event types logged are defined in the Audit and Accountability Policy and Procedures (Attachment 1) and include successful and unsuccessful logons, privilege use, configuration changes and data export.']],
    ),
    h2('9.3 Configuration Management (CM)'),
    ...controlBlock(
      'CM-6',
      'Configuration Settings (L)(M)(H)',
      'Establish and document configuration settings for components employed within the system that reflect the most restrictive mode consistent with operational requirements using CIS Benchmarks.',
      '☐ Implemented  ☒ Partially implemented',
      '☒ Service Provider System Specific',
      [['Part a', 'CIS Level 1 benchmarks are applied to all Amazon Linux 2023 images. Two deviations from the benchmark for container runtime settings are tracked in the POA&M (V-0117, V-0118) with an operational requirement justification.']],
    ),
    h1('10. Attachments'),
    ul(
      'Attachment 1 – Information Security Policies and Procedures',
      'Attachment 2 – User Guide',
      'Attachment 3 – Digital Identity Worksheet',
      'Attachment 4 – Privacy Threshold Analysis / Privacy Impact Assessment',
      'Attachment 5 – Rules of Behavior',
      'Attachment 6 – Information System Contingency Plan',
      'Attachment 7 – Configuration Management Plan',
      'Attachment 8 – Incident Response Plan',
      'Attachment 9 – CIS/CRM Workbook',
      'Attachment 10 – FIPS 199',
      'Attachment 11 – Separation of Duties Matrix',
      'Attachment 12 – FedRAMP Laws and Regulations',
      'Attachment 13 – Integrated Inventory Workbook',
      'Attachment 15 – Supply Chain Risk Management Plan',
    ),
  ];
  const blocks = withFront(
    {
      title: `${CSO} System Security Plan`,
      subtitle: ['FedRAMP Moderate Baseline (NIST SP 800-53 Rev. 5)', `Prepared for ${AGENCY}`, `Assessed by ${TPAO}`],
      version: '3.2',
      date: 'March 6, 2026',
      coverTable: true,
      revisions: [
        ['2025-06-30', '1.0', 'Initial SSP for FedRAMP agency authorization kickoff', 'D. Whitcomb'],
        ['2025-10-17', '2.0', 'Updated boundary after EKS migration; agency comments round 1', 'T. Albright'],
        ['2026-01-22', '3.0', 'Agency SSP review comments round 2 addressed', 'D. Whitcomb'],
        ['2026-03-06', '3.2', 'CM-6 and SR family updates before SAP kickoff', 'T. Albright'],
      ],
      dist: [`${SO} | System Owner`, `${CISO} | CISO`, `HFO ISSM | ${AGENCY}`, `${TPAO} | 3PAO`],
      legal: true,
    },
    body,
  );
  return docx('CVG_SSP_Moderate_v3.2.docx', 'SSP', 'The CSP\'s FedRAMP Moderate System Security Plan in the Rev5 template layout: categorization, boundary, ports and control implementation statements.', {
    blocks,
    header: `${CSO} System Security Plan   |   Version 3.2   |   ${CUI}`,
    footer: CUI,
    meta: { title: 'FedRAMP SSP Rev5 Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Terrence Albright', subject: '' },
  });
}
