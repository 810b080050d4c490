/** Prose of the core deliverables: SSP, SAP, SAR, ATO letter, change and deviation requests, checklist. */
import type { Section } from './common.js';
import { ABBR, AGENCY, CSP, SYS, TPAO } from './common.js';

export const ssp: Section[] = [
  ['Information System Name/Title', `This System Security Plan provides an overview of the security requirements for the ${SYS} (${ABBR}) and describes the controls in place or planned for implementing those requirements. Unique identifier: F2403117651. The system is offered as Software as a Service.`],
  ['Information System Categorization', `The overall information system sensitivity categorization is recorded in Table 2-1. The FIPS 199 security categorization is Moderate; the detailed analysis is in the FIPS 199 Categorization attachment.`, [['Security Objective', 'Level'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low'], ['Overall', 'Moderate']], 'Digital identity determination: IAL2, AAL2, FAL2, as documented in the Digital Identity Worksheet.'],
  ['Information System Owner', [['Field', 'Value'], ['Name', 'Dana Whitfield'], ['Title', 'Vice President, Government Cloud'], ['Company', CSP], ['Address', '1200 Wilson Blvd, Suite 800, Arlington, VA 22209'], ['Email', 'dana.whitfield@nimbusledger.com']]],
  ['Authorizing Official', `The authorizing official for this system is the Chief Information Officer of the ${AGENCY}, under the FedRAMP Agency Authorization path.`],
  ['Information System Operational Status', 'The system is Operational. Leveraged authorizations: AWS GovCloud (US) High P-ATO.'],
  ['General System Description', `${ABBR} provides grant ledger management, fund obligation tracking and disbursement reconciliation to federal agencies. The authorization boundary includes the web tier, API tier, data tier, and the management enclave shown in Figure 9-1 (Authorization Boundary Diagram). Data flows are shown in Figure 10-1. Ports, protocols and services are listed in Table 10-1.`],
  ['System Environment and Inventory', 'The system runs on Amazon EC2 and Amazon RDS for PostgreSQL in two AWS GovCloud regions. The complete list of components is maintained in the Integrated Inventory Workbook (Attachment 13), updated monthly as part of continuous monitoring.'],
  ['System Interconnections', [['SP IP Address and Interface', 'External Organization', 'Connection Security', 'Data Direction'], ['10.20.0.15 / SFTP', 'Department of the Treasury', 'IPSec VPN, FIPS 140-2', 'Outgoing'], ['api.sam.gov / HTTPS', 'GSA SAM.gov', 'TLS 1.2+', 'Incoming']]],
  ['Minimum Security Controls', 'Security controls for the system are defined by the FedRAMP Moderate baseline (Rev. 5). The implementation of each control is described in Section 13. Customer responsibilities are summarised in the Control Implementation Summary / Customer Responsibility Matrix workbook.'],
  ['AC-2 Account Management', 'Control Summary Information: Responsible Role: ISSO, Cloud Operations. Implementation Status: Implemented. Control Origination: Service Provider System Specific.', 'Part a: NLGP defines the following account types: individual user, privileged administrator, service account and emergency break-glass account. Shared and group accounts are prohibited.', 'Part b: Account managers are assigned for each account type in the identity provider. Part c: Group and role membership requires manager approval. Part d: Authorized users, group membership and access authorizations are specified in the access request record. Part e: Account creation requires approval by the ISSO.', 'Part f: Accounts are created, enabled, modified, disabled and removed in accordance with the Access Control Policy and Procedures. Part g: Account usage is monitored by the SIEM. Part h: Account managers are notified within 24 hours when accounts are no longer required.'],
  ['AC-2(1) Automated System Account Management', 'NLGP uses the AWS IAM Identity Center and SCIM provisioning from the corporate identity provider to support account management automatically.'],
  ['CM-8 System Component Inventory', 'NLGP develops and documents an inventory of system components that accurately reflects the system, includes all components within the authorization boundary, and is at the level of granularity deemed necessary for tracking and reporting. The inventory is reviewed and updated monthly.'],
  ['RA-5 Vulnerability Monitoring and Scanning', 'Operating system, database and web application scans are performed monthly using Tenable Nessus and OWASP ZAP with authenticated credentials. High findings are remediated within 30 days, Moderate within 90 days and Low within 180 days. Results are submitted to the agency with the monthly POA&M.'],
  ['SI-2 Flaw Remediation', 'Flaws are identified through scanning and vendor advisories, tested in staging, and installed within the timeframes defined in RA-5. CISA Known Exploited Vulnerabilities are remediated by their KEV due date.'],
  ['Attachments', ['Attachment 1 Information Security Policies and Procedures', 'Attachment 2 User Guide', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 PTA/PIA', 'Attachment 5 Rules of Behavior', 'Attachment 6 Information System Contingency Plan', 'Attachment 7 Configuration Management Plan', 'Attachment 8 Incident Response Plan', 'Attachment 9 CIS/CRM Workbook', 'Attachment 10 FIPS 199', 'Attachment 11 Separation of Duties Matrix', 'Attachment 12 Laws and Regulations', 'Attachment 13 Integrated Inventory Workbook']],
];

export const sap: Section[] = [
  ['Introduction', `${TPAO} (Kestrel) has been engaged by ${CSP} to perform the initial security assessment of the ${SYS}. This Security Assessment Plan (SAP) describes the scope, methodology, test plan, and rules of engagement for the assessment, in accordance with the FedRAMP SAP template and NIST SP 800-53A Rev. 5.`],
  ['Purpose', 'The purpose of this SAP is to obtain the sponsoring agency authorizing official approval of the planned assessment activities before testing begins.'],
  ['Scope', `The assessment covers all components inside the authorization boundary described in the ${ABBR} System Security Plan version 2.3, including 142 virtual machines, 6 database instances and 3 web applications listed in the Integrated Inventory Workbook dated February 2025.`, [['Location', 'Components'], ['AWS GovCloud (US-West)', 'Production web, API and data tiers'], ['AWS GovCloud (US-East)', 'Alternate processing site'], ['Corporate SOC, Arlington VA', 'Management workstations (sampled)']]],
  ['Assumptions', ['The CSP will provide access to personnel and documentation in a timely manner.', 'Credentials for authenticated scans will be provided five days before testing.', 'The system will remain frozen (no significant changes) during testing.']],
  ['Methodology', 'Kestrel will assess all 323 controls of the FedRAMP Moderate baseline using the examine, interview and test methods of SP 800-53A. Testing includes document review, interviews with control owners, technical testing, vulnerability scanning and penetration testing.', 'Vulnerability scanning will use Nessus Professional for operating systems and databases and Burp Suite Professional for web applications. Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, tenant-to-tenant, and management plane attack vectors.'],
  ['Test Plan', [['Activity', 'Start', 'End'], ['Kickoff meeting', '2025-04-07', '2025-04-07'], ['Document review and interviews', '2025-04-08', '2025-04-25'], ['Vulnerability scanning', '2025-04-14', '2025-04-18'], ['Penetration testing', '2025-04-21', '2025-05-02'], ['SAR delivery', '2025-05-30', '2025-05-30']]],
  ['Rules of Engagement', 'Testing will be performed from Kestrel IP addresses 198.51.100.24-28. Denial-of-service testing and social engineering of customer personnel are out of scope. Kestrel will immediately stop testing and notify the CSP point of contact if a critical vulnerability or evidence of a prior compromise is discovered. The CSP may suspend testing at any time by contacting the Kestrel test lead.', [['Role', 'Name', 'Phone'], ['Kestrel Test Lead', 'Marcus Oyelaran', '703-555-0148'], ['CSP Point of Contact', 'Priya Natarajan', '571-555-0192']]],
  ['Signatures', `This SAP was prepared by ${TPAO} and is approved by the sponsoring agency authorizing official.`],
];

export const sar: Section[] = [
  ['Executive Summary', `${TPAO} performed an independent security assessment of the ${SYS} between April 7 and May 2, 2025 in accordance with the approved Security Assessment Plan. This Security Assessment Report (SAR) presents the results, the risk exposure, and Kestrel's authorization recommendation.`],
  ['Risk Exposure', [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '1', '0', '0', '1', '2'], ['Moderate', '6', '9', '3', '2', '1', '21'], ['Low', '11', '14', '5', '3', '0', '33'], ['Operationally Required', '0', '2', '0', '0', '0', '2'], ['Total', '17', '26', '8', '5', '2', '58']]],
  ['Assessment Methodology', 'Controls were tested using the FedRAMP Moderate test case workbook. Vulnerability scans were run with authenticated credentials against 100% of the inventory. Risk ratings follow the FedRAMP risk exposure methodology and were adjusted only where compensating controls were verified.'],
  ['Summary of Findings', 'Two High risks were identified: an outdated OpenSSL package on the bastion hosts (CVE-2024-5535), and a server-side request forgery weakness in the report export endpoint found during penetration testing. Both have corrective action plans in the POA&M.', 'Moderate findings include incomplete audit record review evidence (AU-6), an expired interconnection security agreement (CA-3), and configuration deviations from the CIS baseline on two database instances (CM-6).'],
  ['Non-Conforming Controls', 'Four controls are partially implemented: AU-6, CA-3, CM-6 and SI-2. Details are provided in Appendix A, Security Test Case Procedures.'],
  ['Authorization Recommendation', `${TPAO} attests that the security assessment was conducted in accordance with FedRAMP requirements. Based on the results, Kestrel recommends that the ${SYS} be granted an authorization, provided that the two High findings are remediated within 30 days and tracked in the Plan of Action and Milestones.`],
  ['Appendices', ['Appendix A: Security Test Case Procedures', 'Appendix B: Infrastructure Scan Results', 'Appendix C: Database Scan Results', 'Appendix D: Web Application Scan Results', 'Appendix E: Penetration Test Report', 'Appendix F: Auxiliary Documents']],
];

export const atoLetterBody = [
  'Dana Whitfield',
  'Vice President, Government Cloud',
  CSP,
  '1200 Wilson Blvd, Suite 800',
  'Arlington, VA 22209',
  `Subject: Authority to Operate (ATO) for the ${SYS}`,
  'Dear Ms. Whitfield:',
  `The ${AGENCY} (FGMA) has completed its review of the security authorization package for the ${SYS}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets, and individuals resulting from the operation of the system is acceptable.`,
  'Accordingly, I hereby grant an Authority to Operate for the NimbusLedger GovCloud Platform at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this letter, subject to continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide, unless revoked earlier due to a significant change or unacceptable risk.',
  'As a condition of this authorization, Nimbus Ledger Systems shall remediate the two High findings identified in the Security Assessment Report within 30 days, deliver monthly continuous monitoring deliverables to the FGMA ISSO, and notify FGMA of any significant change before implementation.',
  'The FedRAMP PMO is being provided a copy of this letter and the authorization package to make the package available for reuse by other agencies.',
  'Sincerely,',
  '/s/ Harold J. Benavides',
  'Harold J. Benavides',
  'Chief Information Officer and Authorizing Official',
  AGENCY,
];

export const scrA: Section[] = [
  ['Request Information', [['Field', 'Value'], ['CSP', CSP], ['Cloud Service Offering', SYS], ['FedRAMP Package ID', 'F2403117651'], ['Date of Request', '2025-08-18'], ['Proposed Implementation Date', '2025-10-01'], ['Change Type', 'New external service / new interconnection']]],
  ['Description of the Proposed Change', 'Nimbus Ledger Systems proposes to add a managed document OCR service (Amazon Textract in AWS GovCloud) to extract data from uploaded grant invoices. The service will process customer-uploaded documents that may contain PII.'],
  ['Reason for the Change', 'Agencies have requested automated invoice reconciliation, which currently requires manual entry.'],
  ['Security Impact Analysis', 'The change introduces a new data flow to a leveraged FedRAMP High authorized service, new IAM roles, and new audit events. Affected controls: AC-4, AU-2, CA-3, CM-8, SA-9, SC-7, SC-8. The attack surface does not increase externally. The FIPS 199 categorization is unchanged.', [['Control', 'Impact', 'Planned Testing'], ['AC-4', 'New data flow', 'Examine flow policy'], ['SA-9', 'New external service', 'Review leveraged authorization'], ['CM-8', 'Inventory update', 'Verify inventory entries']]],
  ['3PAO Involvement', `${TPAO} will assess the affected controls and deliver a Security Assessment Plan and report for the change before go-live.`],
  ['Updated Documents', ['SSP sections 9, 10 and 13', 'Integrated Inventory Workbook', 'Boundary and data flow diagrams']],
  ['CSP Attestation', 'I attest that the information in this Significant Change Request is accurate and complete.'],
];

export const drA: Section[] = [
  ['Deviation Request Information', [['Field', 'Value'], ['CSP', CSP], ['System', SYS], ['Deviation Request Number', 'DR-2025-014'], ['POA&M ID', 'V-0217'], ['Deviation Type', 'Operational Requirement'], ['Original Risk Rating', 'Moderate'], ['Scan Source', 'Nessus plugin 57582 (SSL Self-Signed Certificate)']]],
  ['Description of the Vulnerability', 'The internal health-check listener on port 8443 of the ledger worker nodes presents a self-signed certificate. The listener is reachable only from the load balancer subnet.'],
  ['Justification', 'Replacing the certificate requires a change to the vendor-supplied worker image that the vendor will not support before version 9. The listener is required for the load balancer health checks; removing it would break the service.'],
  ['Compensating Controls', ['Security group restricts port 8443 to the load balancer subnet only', 'Listener exposes no data beyond an HTTP 200 status', 'Network flow logs are monitored for unexpected sources']],
  ['Requested Action', 'Nimbus Ledger Systems requests that the agency AO approve this operational requirement deviation and that the POA&M item remain open with the OR flag until the vendor delivers version 9.'],
  ['Approval', 'AO decision: [ ] Approved  [ ] Denied   Signature: ____________  Date: ________'],
];

export const checklistItems: [string, string, string][] = [
  ['1', 'Initial Authorization Package Checklist (this form)', 'Included'],
  ['2', 'System Security Plan (SSP)', 'Included'],
  ['3', 'SSP Attachment 1 - Information Security Policies and Procedures', 'Included'],
  ['4', 'SSP Attachment 2 - User Guide', 'Included'],
  ['5', 'SSP Attachment 3 - Digital Identity Worksheet', 'Included'],
  ['6', 'SSP Attachment 4 - Privacy Threshold Analysis / Privacy Impact Assessment', 'Included'],
  ['7', 'SSP Attachment 5 - Rules of Behavior', 'Included'],
  ['8', 'SSP Attachment 6 - Information System Contingency Plan and Test Report', 'Included'],
  ['9', 'SSP Attachment 7 - Configuration Management Plan', 'Included'],
  ['10', 'SSP Attachment 8 - Incident Response Plan', 'Included'],
  ['11', 'SSP Attachment 9 - CIS/CRM Workbook', 'Included'],
  ['12', 'SSP Attachment 10 - FIPS 199 Categorization', 'Included'],
  ['13', 'SSP Attachment 11 - Separation of Duties Matrix', 'Included'],
  ['14', 'SSP Attachment 12 - Laws and Regulations', 'Included'],
  ['15', 'SSP Attachment 13 - Integrated Inventory Workbook', 'Included'],
  ['16', 'Security Assessment Plan (SAP)', 'Included'],
  ['17', 'Security Assessment Report (SAR) and appendices', 'Included'],
  ['18', 'Plan of Action and Milestones (POA&M)', 'Included'],
  ['19', 'Agency Authority to Operate letter', 'Pending'],
  ['20', 'Continuous Monitoring Strategy', 'Included'],
];
