// Narrative deliverables of the package core: System Security Plans, Security Assessment Plans and
// Security Assessment Reports, as Word documents and PDFs written by different CSPs and 3PAOs.
import { docx, pdf } from './build.js';
import type { Block, Eval4Doc } from './build.js';

/** A control's implementation as an SSP writes it (FedRAMP template style). */
function control(id: string, name: string, role: string, status: string, origination: string, parts: [string, string][]): Block[] {
  return [
    { h3: `${id} ${name}` },
    {
      table: [
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', role],
        ['Implementation Status (check all that apply):', status],
        ['Control Origination (check all that apply):', origination],
      ],
    },
    { table: [[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [k, v])] },
  ];
}

function acmeSsp(): Block[] {
  return [
    { title: 'Acme Ledger Cloud (ALC)' },
    { subtitle: 'System Security Plan' },
    { subtitle: 'FedRAMP Moderate Baseline – NIST SP 800-53 Revision 5' },
    { subtitle: 'Version 3.2 — August 29, 2025' },
    { p: 'Prepared by: Acme Ledger, Inc., 2100 Harbor Point Drive, Suite 400, Baltimore, MD 21230', center: true },
    { p: 'Prepared for: U.S. Office of Grants Management (sponsoring agency)', center: true },
    { p: 'CONTROLLED UNCLASSIFIED INFORMATION', bold: true, center: true },
    { pageBreak: true },
    { h1: 'Document Revision History' },
    {
      table: [
        ['Date', 'Description', 'Version', 'Author'],
        ['03/14/2024', 'Initial release for agency review', '1.0', 'M. Okafor'],
        ['11/02/2024', 'Updates after agency SSP review comments (round 2)', '2.0', 'M. Okafor'],
        ['05/20/2025', 'Annual update; Rev5 transition of AC, IA, SC families', '3.0', 'D. Lindqvist'],
        ['08/29/2025', 'Added SR family implementation; updated boundary diagram', '3.2', 'D. Lindqvist'],
      ],
    },
    { h1: 'Table of Contents' },
    { p: '1 Information System Name/Title .......... 5' },
    { p: '2 Information System Categorization .......... 5' },
    { p: '9 General System Description .......... 11' },
    { p: '13 Security Controls .......... 28' },
    { pageBreak: true },
    { h1: '1 Information System Name/Title' },
    { p: 'This System Security Plan provides an overview of the security requirements for Acme Ledger Cloud (ALC) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.' },
    {
      table: [
        ['CSP Name', 'Acme Ledger, Inc.'],
        ['CSO Name', 'Acme Ledger Cloud'],
        ['FedRAMP Package ID', 'FR2518807421'],
        ['Service Model', 'Software as a Service (SaaS)'],
        ['Digital Identity Level (DIL) Determination', 'IAL2 / AAL2 / FAL2'],
        ['FIPS PUB 199 Level', 'Moderate'],
        ['Fully Operational as of', '02/01/2024'],
        ['Deployment Model', 'Government Community Cloud (hosted on AWS GovCloud (US))'],
        ['Authorization Path', 'Agency Authorization'],
      ],
      header: false,
    },
    { h1: '2 Information System Categorization' },
    { p: 'The overall information system sensitivity categorization is recorded in the table that follows. Directions for attaching the FIPS 199 document may be found in the following section: Attachment 10, FIPS 199.' },
    { table: [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']] },
    { h2: '2.1 Information Types' },
    { p: 'The system processes grant accounting records (C.3.1.4 Accounting, NIST SP 800-60 Vol. II), financial reporting data (C.3.1.5) and personally identifiable information of grantee points of contact.' },
    { h1: '3 Information System Owner' },
    { table: [['Name', 'Priya Raman'], ['Title', 'Vice President, Public Sector Engineering'], ['Company / Organization', 'Acme Ledger, Inc.'], ['Phone Number', '(410) 555-0142'], ['Email Address', 'praman@acmeledger.example']], header: false },
    { h1: '4 Authorizing Officials' },
    { p: 'Agency Authorizing Official: Dr. Lorraine Whitcomb, Chief Information Officer, U.S. Office of Grants Management.' },
    { h1: '9 General System Description' },
    { p: 'Acme Ledger Cloud is a multi-tenant grant accounting service. Federal customers use it to record obligations, disbursements and grantee reimbursements and to produce SF-425 financial reports. The service runs in two AWS GovCloud (US) regions with an active/standby architecture.' },
    { h2: '9.1 Purpose of Functionality' },
    { p: 'Agency users authenticate through their agency identity provider (SAML 2.0 federation, PIV/CAC) and work in a web application. Grantees submit reimbursement requests through a separate portal protected by phishing-resistant MFA.' },
    { h2: '9.2 Information System Components and Boundaries' },
    { p: 'The authorization boundary includes the web tier (Application Load Balancers, Amazon EKS worker nodes), the data tier (Amazon RDS for PostgreSQL with FIPS 140-validated encryption), the management VPC (bastion hosts, Splunk forwarders, Tenable Nessus scanners) and the CI/CD pipeline accounts.' },
    { h1: '10 System Environment and Inventory' },
    { p: 'The complete inventory of components is kept in Attachment 13, Integrated Inventory Workbook, and is updated monthly as part of continuous monitoring.' },
    { h1: '11 System Interconnections' },
    { table: [['SP IP Address and Interface', 'External Organization Name and IP Address of System', 'External Point of Contact', 'Connection Security', 'Data Direction'], ['TLS 1.2+ API gateway', 'Treasury Payment Management System (PMS), 164.95.88.0/24', 'PMS Help Desk', 'Mutual TLS, FIPS 140-3 modules', 'Outgoing']] },
    { h1: '13 Security Controls' },
    { p: 'The FedRAMP Moderate security controls are described below. Control implementation statements describe how each requirement is met, the responsible role and whether the control is inherited from AWS GovCloud (FedRAMP High P-ATO, package F1603047866).' },
    { h2: '13.1 Access Control (AC)' },
    ...control('AC-1', 'Policy and Procedures (L)(M)', 'Chief Information Security Officer', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'Acme Ledger develops, documents and disseminates the Access Control Policy and the ALC Access Control Procedures to all personnel with access to the system via the Compliance SharePoint site.'],
      ['Part b', 'The CISO is designated to manage the development, documentation and dissemination of the policy and procedures.'],
      ['Part c', 'The policy is reviewed at least every three years and the procedures at least annually, and following significant changes.'],
    ]),
    ...control('AC-2', 'Account Management (L)(M)(H)', 'Cloud Operations Manager; Customer Account Administrator', 'Implemented', 'Shared (Service Provider and Customer Responsibility)', [
      ['Part a', 'Account types allowed: privileged administrator, operations engineer, service account, agency user, grantee user. Shared and group accounts are prohibited.'],
      ['Part d', 'Authorized users, group and role membership and access authorizations are recorded in Okta (internal) and in the ALC tenant role model (customer).'],
      ['Part j', 'Accounts are reviewed for compliance with account management requirements monthly for privileged accounts and quarterly for non-privileged accounts.'],
    ]),
    ...control('AC-2(3)', 'Disable Accounts (M)(H)', 'Cloud Operations Manager', 'Implemented', 'Service Provider System Specific', [
      ['Req.', 'Accounts are disabled within 24 hours when expired, no longer associated with a user or function, in violation of policy, or inactive for 90 days (privileged) / 90 days (non-privileged).'],
    ]),
    { h2: '13.7 Identification and Authentication (IA)' },
    ...control('IA-2(1)', 'Multi-Factor Authentication to Privileged Accounts (L)(M)(H)', 'Identity Engineering', 'Implemented', 'Service Provider System Specific', [
      ['Req.', 'All privileged access requires phishing-resistant MFA (FIDO2 security keys enrolled in Okta). AWS console access is federated and requires the same authenticator.'],
    ]),
    { h2: '13.16 System and Communications Protection (SC)' },
    ...control('SC-7', 'Boundary Protection (L)(M)(H)', 'Network Security Engineering', 'Implemented', 'Shared (Service Provider and AWS inherited)', [
      ['Part a', 'Communications at the external boundary are monitored and controlled by AWS WAF, ALB security groups and VPC network ACLs that deny by default.'],
      ['Part b', 'Publicly accessible components are placed in a DMZ subnet logically separated from the data tier.'],
    ]),
    ...control('SC-13', 'Cryptographic Protection (L)(M)(H)', 'Security Architecture', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Cryptographic uses: data in transit (TLS 1.2/1.3), data at rest (AES-256 via AWS KMS), digital signatures of release artifacts.'],
      ['Part b', 'FIPS-validated cryptography: AWS KMS HSMs (CMVP #4523), OpenSSL 3.0 FIPS provider (CMVP #4282) on EKS nodes.'],
    ]),
    { h1: 'Attachments' },
    { p: 'Attachment 1 Information Security Policies and Procedures; Attachment 2 User Guide; Attachment 3 Digital Identity Worksheet; Attachment 4 PTA/PIA; Attachment 5 Rules of Behavior; Attachment 6 Information System Contingency Plan; Attachment 7 Configuration Management Plan; Attachment 8 Incident Response Plan; Attachment 9 CIS Workbook; Attachment 10 FIPS 199; Attachment 11 Separation of Duties Matrix; Attachment 12 FedRAMP Laws and Regulations; Attachment 13 Integrated Inventory Workbook.' },
  ];
}

function northwindSsp(): Block[] {
  // No cover page and no title in the body: the plan is named only in the page header.
  return [
    { h1: '1. Information System Name and Title' },
    { p: 'Northwind GovAnalytics (NGA), unique identifier NGA-PRD-01, is a data analytics platform used by federal program offices to build dashboards over case management and financial data.' },
    { h1: '2. Information System Categorization' },
    { p: 'Based on the information types identified in the FIPS 199 worksheet, the system is categorized as High for confidentiality, High for integrity and Moderate for availability, resulting in an overall FIPS 199 categorization of HIGH.' },
    { table: [['Security Objective', 'Impact'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'Moderate']] },
    { h1: '3. System Owner and Points of Contact' },
    { table: [['Role', 'Name', 'Organization'], ['System Owner', 'Hannah Cole', 'Northwind Data Systems'], ['ISSO', 'Rafael Ibarra', 'Northwind Data Systems'], ['Authorizing Official', 'Marcus Deloach', 'Federal Rural Housing Administration']] },
    { h1: '4. Authorization Boundary' },
    { p: 'The NGA authorization boundary comprises the analytics cluster (Azure Government, US Gov Virginia), the ingestion services, the management enclave and the customer-facing web front end. Leveraged services: Microsoft Azure Government (FedRAMP High P-ATO).' },
    { h1: '5. Security Control Implementation' },
    { p: 'This section documents how each control of the FedRAMP High baseline is implemented. Implementation status and control origination are stated for each control.' },
    ...control('AU-2', 'Event Logging', 'Security Operations Lead', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'NGA logs successful and unsuccessful logons, privileged actions, object access to restricted datasets, account changes, policy changes and process starts on all servers.'],
      ['Part c', 'The list of audited events is reviewed annually and after any significant change.'],
    ]),
    ...control('AU-6', 'Audit Record Review, Analysis, and Reporting', 'Security Operations Lead', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Audit records are reviewed and analyzed at least weekly in Microsoft Sentinel; high-severity analytics rules alert the on-call analyst in real time.'],
    ]),
    ...control('CM-6', 'Configuration Settings', 'Platform Engineering', 'Partially Implemented', 'Service Provider System Specific', [
      ['Part a', 'Configuration settings follow the CIS Level 1 benchmarks for Ubuntu 22.04 and Azure; deviations are recorded in the configuration deviations register.'],
      ['Part b', 'Planned: automated drift detection for Kubernetes admission policies (POA&M item NGA-2025-031).'],
    ]),
    ...control('RA-5', 'Vulnerability Monitoring and Scanning', 'Vulnerability Management Lead', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Operating system, database and web application scans are run monthly with authenticated credentials; container images are scanned at build.'],
      ['Part d', 'High-risk vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery.'],
    ]),
    ...control('SI-4', 'System Monitoring', 'Security Operations Lead', 'Implemented', 'Shared', [
      ['Part a', 'Intrusion detection is provided by Microsoft Defender for Cloud (inherited) and host-based agents on every virtual machine.'],
    ]),
    { h1: '6. Appendices' },
    { p: 'Appendix A: FedRAMP High Security Controls. Appendix G: Information System Contingency Plan. Appendix M: Integrated Inventory Workbook.' },
  ];
}

function kestrelSsp(): Block[] {
  return [
    { title: 'Security Plan for the Kestrel FieldOps Mobile Platform' },
    { subtitle: 'FedRAMP Moderate — Agency Authorization' },
    { subtitle: 'Kestrel Mobile, Inc. | Version 2.0 | June 2025' },
    { pageBreak: true },
    { h1: 'Record of Changes' },
    { table: [['Version', 'Date', 'Summary of changes', 'Approved by'], ['1.0', '2024-10-01', 'First issue', 'CISO'], ['1.1', '2025-01-15', 'Agency comments addressed', 'CISO'], ['2.0', '2025-06-20', 'Rev5 controls, new MDM integration', 'CISO']] },
    { h1: '1 Introduction' },
    { p: 'This System Security Plan (SSP) describes the Kestrel FieldOps Mobile Platform, its authorization boundary, and the implementation of each security control required by the FedRAMP Moderate baseline. It is maintained by Kestrel Mobile, Inc. and reviewed by the sponsoring agency before the security assessment begins.' },
    { h1: '2 System Identification' },
    { table: [['Item', 'Value'], ['System name', 'Kestrel FieldOps Mobile Platform (KFMP)'], ['Service model', 'SaaS'], ['FIPS 199 categorization', 'Moderate'], ['Leveraged authorizations', 'Google Cloud (FedRAMP High), Okta for Government (FedRAMP Moderate)']] },
    { h1: '3 System Description' },
    { p: 'KFMP dispatches field inspectors, collects inspection forms on managed iOS and Android devices and synchronizes them to a regional data store. Photographs and geolocation are stored with each inspection record.' },
    { p: 'Users: agency dispatchers (web), field inspectors (mobile app), agency administrators, Kestrel operations staff (privileged). Data flows from devices to the API tier over TLS 1.3 with certificate pinning.' },
    { h1: '4 Ports, Protocols and Services' },
    { table: [['Port', 'Protocol', 'Service', 'Purpose'], ['443', 'TCP', 'HTTPS', 'Web and API'], ['5432', 'TCP', 'PostgreSQL', 'Internal database (private subnet)'], ['6514', 'TCP', 'Syslog over TLS', 'Log forwarding to SIEM']] },
    { h1: '5 Control Implementation Statements' },
    ...control('AC-17', 'Remote Access', 'Operations Manager', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Remote administrative access is permitted only through the Identity-Aware Proxy with device certificates and MFA; usage restrictions are documented in the Remote Access Standard.'],
    ]),
    ...control('CP-9', 'System Backup', 'Site Reliability Engineering', 'Implemented', 'Shared', [
      ['Part a', 'User-level information is backed up daily with point-in-time recovery for 35 days; backups are copied to a second region.'],
    ]),
    ...control('IR-6', 'Incident Reporting', 'Security Operations Lead', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'Personnel report suspected incidents to the security operations center within one hour; Kestrel reports incidents to US-CERT (CISA), the agency and the FedRAMP PMO as required.'],
    ]),
    ...control('SA-9', 'External System Services', 'Vendor Risk Manager', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'External service providers must comply with FedRAMP requirements; only FedRAMP-authorized services process federal data.'],
    ]),
    ...control('SR-3', 'Supply Chain Controls and Processes', 'Vendor Risk Manager', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'Supply chain risks are managed according to the Kestrel Supply Chain Risk Management Plan (SSP appendix P).'],
    ]),
    { h1: '6 Continuous Monitoring' },
    { p: 'Kestrel provides monthly POA&M updates, scan results and inventory to the agency through the FedRAMP secure repository.' },
  ];
}

function blueharborSap(): Block[] {
  return [
    { title: 'Security Assessment Plan (SAP)' },
    { subtitle: 'BlueHarbor Case Manager — FedRAMP Moderate Initial Assessment' },
    { subtitle: 'Prepared by Granite Assurance Partners, LLC (A2LA Certificate 5123.01)' },
    { subtitle: 'Prepared for BlueHarbor Software LLC and the Federal Rural Housing Administration' },
    { p: 'Version 1.1 | July 7, 2025', center: true },
    { pageBreak: true },
    { h1: 'Revision History' },
    { table: [['Date', 'Version', 'Description', 'Author'], ['06/16/2025', '1.0', 'Draft for CSP and agency review', 'A. Nakamura'], ['07/07/2025', '1.1', 'Incorporated agency comments; added mobile API to scope', 'A. Nakamura']] },
    { h1: '1 Introduction' },
    { p: 'This Security Assessment Plan describes how Granite Assurance Partners (Granite), an accredited Third Party Assessment Organization, will assess the security controls of BlueHarbor Case Manager (BHCM) for FedRAMP Moderate authorization. It is approved by the sponsoring agency before testing begins.' },
    { h1: '2 Purpose' },
    { p: 'The assessment determines the extent to which the controls are implemented correctly, operating as intended and producing the desired outcome. Results will be documented in the Security Assessment Report.' },
    { h1: '3 Scope' },
    { table: [['Component', 'Hostname / URL', 'IP address', 'Function'], ['Web front end', 'cases.blueharbor.example', '52.61.18.40', 'Agency user interface'], ['Mobile API', 'api.blueharbor.example', '52.61.18.41', 'Case worker app'], ['Database', 'bhcm-db-prod-1 (private)', '10.20.4.15', 'PostgreSQL 15'], ['Bastion', 'bhcm-jump-01', '10.20.0.8', 'Administrative access']] },
    { p: 'Controls in scope: all 323 controls of the FedRAMP Rev5 Moderate baseline. Controls fully inherited from AWS GovCloud are verified by reviewing the leveraged package.' },
    { h1: '4 Assumptions' },
    { bullets: ['BlueHarbor resources, including documentation and individuals with knowledge of the system, will be available within the time frames of the test schedule.', 'The BHCM system frozen for the duration of testing: no changes to the production environment without notice to Granite.', 'Security controls identified as inherited are assessed by the leveraged provider\'s 3PAO.'] },
    { h1: '5 Methodology' },
    { p: 'Granite follows NIST SP 800-53A Rev5 assessment procedures using the Examine, Interview and Test methods. Test cases from the FedRAMP Moderate Security Assessment Test Case workbook are used for each control.' },
    { h2: '5.1 Control Testing' },
    { p: 'Evidence is requested through the evidence request list, reviewed against each assessment objective and recorded as Satisfied or Other Than Satisfied.' },
    { h2: '5.2 Data Gathering and Sampling' },
    { p: 'Authenticated vulnerability scans of 100% of inventory: operating systems (Tenable Nessus), databases (Nessus database audit), web applications (Burp Suite Enterprise). Sampling of configuration baselines uses the FedRAMP sampling methodology.' },
    { h2: '5.3 Penetration Testing' },
    { p: 'Penetration testing follows the FedRAMP Penetration Test Guidance: external-to-corporate, external-to-CSP target system, tenant-to-tenant, mobile application, and social engineering (phishing) attack vectors.' },
    { h1: '6 Test Plan' },
    { table: [['Activity', 'Start', 'End'], ['Kick-off meeting', '07/21/2025', '07/21/2025'], ['Documentation review and interviews', '07/22/2025', '08/01/2025'], ['Vulnerability scanning', '07/28/2025', '08/01/2025'], ['Penetration testing', '08/04/2025', '08/15/2025'], ['Draft SAR delivered', '09/05/2025', '09/05/2025']] },
    { h2: '6.1 Assessment Team' },
    { table: [['Name', 'Role', 'Contact'], ['Akiko Nakamura', 'Assessment Lead', 'anakamura@granite3pao.example'], ['Devon Price', 'Penetration Tester', 'dprice@granite3pao.example'], ['Sofia Marchetti', 'Assessor', 'smarchetti@granite3pao.example']] },
    { h1: '7 Rules of Engagement' },
    { p: 'Testing is performed from Granite\'s test lab (source IPs 198.51.100.10–198.51.100.14). BlueHarbor will notify AWS and its SOC before testing. Destructive testing and denial of service are not permitted.' },
    { h2: '7.1 Disclosures' },
    { p: 'Any critical or high vulnerabilities identified during testing that pose an imminent threat will be reported to the BlueHarbor ISSO within one hour.' },
    { h2: '7.2 End of Testing' },
    { p: 'Granite will notify BlueHarbor and the agency when testing is complete and will remove all test accounts and tools.' },
    { h2: '7.3 Signatures' },
    { table: [['Name', 'Organization', 'Signature', 'Date'], ['Rebecca Stone, CEO', 'BlueHarbor Software LLC', '', ''], ['Akiko Nakamura, Assessment Lead', 'Granite Assurance Partners', '', '']] },
    { h1: 'Appendix A Test Case Procedures' },
    { table: [['Control', 'Assessment Objective', 'Method', 'Test Step'], ['AC-2(a)', 'Account types are defined and documented', 'Examine', 'Review account management procedure; compare to IdP group list'], ['AC-7', 'Unsuccessful logon attempts are limited', 'Test', 'Attempt 4 invalid logons; verify lockout for 30 minutes']] },
  ];
}

function tessellateSap(): Block[] {
  return [
    { p: 'MERIDIAN CYBER ASSESSMENTS LLC', bold: true },
    { title: 'Tessellate HR Cloud' },
    { subtitle: 'FedRAMP Annual Assessment 2025' },
    { subtitle: 'Security Assessment Plan' },
    { p: 'Document No. MCA-TSL-2025-SAP | Draft 0.9 for Agency Review | 12 May 2025', center: true },
    { pageBreak: true },
    { h1: 'Executive Summary' },
    { p: 'Meridian Cyber Assessments will perform the 2025 annual assessment of Tessellate HR Cloud (THRC). In accordance with FedRAMP Annual Assessment Guidance, the assessment covers the core controls, controls changed since the last assessment, and one third of the remaining controls, selected by the agency.' },
    { h1: '1 Assessment Scope' },
    { p: 'Core controls assessed annually include AC-2, AC-6, CA-7, CM-2, CM-6, IR-6, RA-5, SI-2 and SI-4. Additional controls selected for 2025: the AU, MP and PE families (inherited portions excluded).' },
    { table: [['Boundary element', 'Count', 'Scan method'], ['Linux servers (RHEL 9)', '64', 'Authenticated Nessus'], ['PostgreSQL databases', '6', 'Nessus database compliance audit'], ['Web applications', '3', 'OWASP ZAP / manual'], ['Network devices (virtual)', '8', 'Configuration review']] },
    { h1: '2 Methodology' },
    { p: 'Each control is tested with the 800-53A procedures. Evidence is tracked in the Requirements Traceability Matrix. Findings are rated using the FedRAMP risk exposure method (likelihood and impact), with the initial risk reported in the SAR risk exposure table.' },
    { h2: '2.1 Vulnerability Scanning' },
    { p: 'Meridian runs its own scanners from an assessor-controlled virtual machine in the THRC management VPC; scan results are compared with the CSP\'s monthly continuous monitoring scans.' },
    { h2: '2.2 Penetration Testing' },
    { p: 'Annual penetration testing covers external and tenant-to-tenant attack vectors and the HR self-service portal. Social engineering is excluded by agreement with the agency.' },
    { h1: '3 Rules of Engagement' },
    { bullets: ['Testing window: 09 June 2025 to 27 June 2025, 08:00–20:00 ET.', 'Emergency stop: the THRC ISSO may halt testing at any time by phone.', 'No exploitation of production data; test tenants THRC-TEST-01/02 are provided.', 'All findings are confidential and shared only with Tessellate and the agency AO.'] },
    { h1: '4 Schedule' },
    { table: [['Milestone', 'Date'], ['SAP approved by agency', '30 May 2025'], ['Onsite/virtual testing', '09–27 June 2025'], ['Draft SAR', '18 July 2025'], ['Final SAR', '08 August 2025']] },
    { h1: '5 Approvals' },
    { p: 'By signing below, the parties agree to this Security Assessment Plan and its rules of engagement.' },
    { table: [['Name', 'Role', 'Signature / Date'], ['Nadia Ferreira', 'Tessellate CISO', ''], ['Owen Brandt', 'Meridian Lead Assessor', ''], ['Carla Mendes', 'Agency ISSM', '']] },
  ];
}

function riskTable(rows: string[][]): Block {
  return { table: [['ID', 'Control', 'Weakness', 'Likelihood', 'Impact', 'Risk Exposure', 'Recommendation'], ...rows] };
}

function blueharborSar(): Block[] {
  return [
    { title: 'Security Assessment Report' },
    { subtitle: 'BlueHarbor Case Manager (BHCM)' },
    { subtitle: 'FedRAMP Moderate — Initial Authorization' },
    { p: 'Prepared by Granite Assurance Partners, LLC | Version 1.0 | September 19, 2025', center: true },
    { p: 'CONTROLLED UNCLASSIFIED INFORMATION', center: true, bold: true },
    { pageBreak: true },
    { h1: 'Executive Summary' },
    { p: 'Granite Assurance Partners performed an independent assessment of BlueHarbor Case Manager between July 21 and August 15, 2025 according to the approved Security Assessment Plan. 323 controls were assessed; 309 were found satisfied and 14 other than satisfied.' },
    { table: [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '1', '2', '0', '0', '1', '4'], ['Moderate', '7', '11', '3', '2', '1', '24'], ['Low', '6', '19', '4', '3', '0', '32'], ['Operationally Required', '0', '1', '0', '0', '0', '1'], ['Total', '14', '33', '7', '5', '2', '61']] },
    { h1: '1 Introduction and Purpose' },
    { p: 'This report documents the results of the security assessment, the risks identified, and Granite\'s recommendation to the authorizing official.' },
    { h1: '2 Assessment Methodology' },
    { p: 'Controls were assessed with the Examine, Interview and Test methods of NIST SP 800-53A Rev5. Vulnerability scans were authenticated; 100% of the inventory was scanned. Penetration testing followed FedRAMP Penetration Test Guidance.' },
    { h1: '3 Security Assessment Results' },
    { p: 'Risks are rated using likelihood and impact per NIST SP 800-30. The tables below summarize risks by control family and by source.' },
    { h2: '3.1 Summary of Risks by Family' },
    { table: [['Family', 'High', 'Moderate', 'Low'], ['AC', '1', '2', '1'], ['CM', '0', '3', '2'], ['IA', '0', '1', '0'], ['RA', '2', '13', '22'], ['SI', '1', '5', '7']] },
    { h1: '4 Non-Conforming Controls' },
    { p: 'Risks remediated during testing are listed with the evidence of remediation; they are excluded from the POA&M.' },
    { h1: '5 Risks Known for Interconnected Systems' },
    { p: 'No risks were identified for the connection to the agency\'s SAML identity provider.' },
    { h1: '6 Authorization Recommendation' },
    { p: 'Granite Assurance Partners attests that BlueHarbor Case Manager meets the FedRAMP Moderate security requirements with the exception of the risks documented in the risk exposure table. BlueHarbor has a plan of action and milestones for every open risk. Granite recommends that the Federal Rural Housing Administration grant an Authority to Operate to BlueHarbor Case Manager.' },
    { p: 'Signed: Akiko Nakamura, Assessment Lead; Thomas Gray, 3PAO Quality Assurance Manager.' },
    { h1: 'Appendix A Risk Exposure Table' },
    riskTable([
      ['BH-01', 'AC-2(3)', 'Inactive privileged accounts not disabled after 90 days', 'Moderate', 'High', 'High', 'Automate disablement from IdP'],
      ['BH-02', 'RA-5', 'Apache Tomcat 9.0.80 on app nodes (CVE-2024-50379)', 'High', 'High', 'High', 'Upgrade to 9.0.98'],
      ['BH-03', 'CM-6', 'SSH MaxAuthTries not set to 4 on bastion', 'Low', 'Moderate', 'Low', 'Apply CIS 5.2.7'],
      ['BH-04', 'SI-4', 'GuardDuty findings not forwarded to SIEM in us-gov-east-1', 'Moderate', 'Moderate', 'Moderate', 'Enable delegated admin in second region'],
    ]),
    { h1: 'Appendix B Vulnerability Scan Results' },
    { p: 'Raw scan files (.nessus) and the Burp Suite XML export are delivered with this report in the Appendix B archive.' },
  ];
}

function tessellateSar(): Block[] {
  return [
    { p: 'Meridian Cyber Assessments LLC | 1200 Crystal Drive, Arlington, VA 22202', bold: true },
    { subtitle: 'Tessellate HR Cloud' },
    { table: [['Document type', 'Security Assessment Report (SAR)'], ['Assessment', '2025 Annual Assessment'], ['Version', '1.0 Final'], ['Date', '08 August 2025'], ['3PAO', 'Meridian Cyber Assessments LLC'], ['CSP', 'Tessellate Corporation']], header: false },
    { pageBreak: true },
    { h1: '1 Executive Summary' },
    { p: 'Meridian assessed 121 controls of Tessellate HR Cloud during the 2025 annual assessment. The assessment found 2 high, 9 moderate and 15 low risks. All risks identified during the prior year were verified as closed or tracked in the POA&M.' },
    { h1: '2 Summary of Test Results' },
    { table: [['Source', 'High', 'Moderate', 'Low', 'Total'], ['Control test cases', '0', '4', '6', '10'], ['Infrastructure scans', '2', '3', '7', '12'], ['Database scans', '0', '1', '1', '2'], ['Web application scans', '0', '1', '1', '2'], ['Penetration test', '0', '0', '0', '0']] },
    { h1: '3 Risk Exposure Table' },
    riskTable([
      ['THR-25-01', 'SI-2', 'OpenSSH 8.7 regreSSHion (CVE-2024-6387) on 4 hosts', 'High', 'High', 'High', 'Patch to vendor-fixed build'],
      ['THR-25-02', 'RA-5', 'Kernel vulnerabilities older than 30 days', 'High', 'Moderate', 'High', 'Monthly patch cycle'],
      ['THR-25-03', 'AU-11', 'Audit logs retained 60 days instead of 90 online', 'Moderate', 'Moderate', 'Moderate', 'Extend retention policy'],
      ['THR-25-04', 'MP-6', 'Media sanitization records incomplete', 'Low', 'Moderate', 'Low', 'Use sanitization log template'],
    ]),
    { h1: '4 Risks Corrected During Testing' },
    { p: 'THR-25-05 (AC-6(9) audit of privileged functions) was corrected on 24 June 2025 and verified by Meridian.' },
    { h1: '5 Operationally Required Risks and False Positives' },
    { p: 'Two scanner findings were validated as false positives (backported patches on RHEL 9). Evidence is provided in Appendix C.' },
    { h1: '6 Recommendation' },
    { p: 'Based on the assessment results, Meridian finds that the risk posture of Tessellate HR Cloud remains acceptable and recommends continued authorization, provided the two high risks are remediated within 30 days and tracked in the POA&M.' },
  ];
}

export async function proseDocs(): Promise<Eval4Doc[]> {
  return [
    {
      file: 'ALC_SSP_v3.2_2025-08.docx',
      expected: 'SSP',
      note: 'classic FedRAMP-template SSP: cover page, revision history, control summary tables',
      data: await docx({ meta: { title: 'Acme Ledger Cloud System Security Plan', author: 'Dana Lindqvist', company: 'Acme Ledger, Inc.' }, header: 'Acme Ledger Cloud | System Security Plan | Version 3.2', footer: 'CUI', blocks: acmeSsp() }),
    },
    {
      file: 'Document1.docx',
      expected: 'SSP',
      note: 'hard: generic file name, no cover page or metadata title; named only in the page header, body is SSP sections and control statements',
      data: await docx({ header: 'Northwind GovAnalytics (NGA) — System Security Plan — FedRAMP High — CUI//SP-PRVCY', blocks: northwindSsp() }),
    },
    {
      file: 'KFMP Security Plan v2.0.pdf',
      expected: 'SSP',
      note: 'retitled SSP ("Security Plan for ...") printed to PDF, Times font, several pages',
      data: await pdf({ meta: { title: 'Security Plan for the Kestrel FieldOps Mobile Platform', author: 'Kestrel Mobile, Inc.' }, header: 'Kestrel FieldOps Mobile Platform — Security Plan', footer: 'Kestrel Mobile Proprietary / CUI', blocks: kestrelSsp() }, { font: 'times' }),
    },
    {
      file: 'BHCM_SAP_v1.1.docx',
      expected: 'SAP',
      note: '3PAO SAP for an initial assessment: scope, methodology, rules of engagement, test cases',
      data: await docx({ meta: { title: 'BHCM Security Assessment Plan', author: 'Akiko Nakamura', company: 'Granite Assurance Partners' }, header: 'Granite Assurance Partners — BlueHarbor Case Manager SAP', footer: 'Proprietary and Confidential', blocks: blueharborSap() }),
    },
    {
      file: 'MCA-TSL-2025-SAP_draft0.9.pdf',
      expected: 'SAP',
      note: 'annual-assessment SAP as PDF, no metadata title; the title is on the cover under the system name',
      data: await pdf({ header: 'Meridian Cyber Assessments — Tessellate HR Cloud — 2025', footer: 'MCA Confidential', blocks: tessellateSap() }),
    },
    {
      file: 'BHCM SAR FINAL.docx',
      expected: 'SAR',
      note: 'initial-authorization SAR with risk exposure table and authorization recommendation',
      data: await docx({ meta: { title: 'Security Assessment Report', author: 'Granite Assurance Partners' }, header: 'BlueHarbor Case Manager Security Assessment Report', footer: 'CUI', blocks: blueharborSar() }),
    },
    {
      file: 'THRC_2025_AA_report.pdf',
      expected: 'SAR',
      note: 'hard: annual assessment SAR whose type is stated only in the cover table ("Document type: Security Assessment Report (SAR)")',
      data: await pdf({ meta: { author: 'Meridian Cyber Assessments LLC' }, header: 'Tessellate HR Cloud — 2025 Annual Assessment', footer: 'MCA Confidential', blocks: tessellateSar() }, { font: 'helvetica', producer: 'Adobe PDF Library 23.1.175' }),
    },
  ];
}
