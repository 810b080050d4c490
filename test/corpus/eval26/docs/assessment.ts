import type { Block } from '../kit/blocks.js';
import { HOSTS, W } from '../world.js';

export function ssp(): Block[] {
  const controls: [string, string, string][] = [
    ['AC-2 Account Management', 'Implemented', `Accounts are managed through IAM Identity Center federated with the ${W.csp} workforce IdP. Requests are approved by component owners, provisioned by automation and reviewed quarterly. Inactive accounts are disabled after 90 days (AC-2(3)).`],
    ['AC-17 Remote Access', 'Implemented', 'Administrative remote access uses AWS Systems Manager Session Manager over FIPS endpoints with phishing-resistant MFA; no inbound SSH is exposed.'],
    ['AU-2 Event Logging', 'Implemented', 'CloudTrail, VPC Flow Logs, EKS audit logs, ALB and WAF logs and application audit events are collected by Fluent Bit and forwarded to the SIEM, retained 1 year online and 3 years in archive.'],
    ['CM-6 Configuration Settings', 'Implemented', 'Hardened images follow CIS Level 1 benchmarks; settings are enforced by image pipelines and Kyverno admission policies and verified by monthly compliance scans.'],
    ['CP-9 System Backup', 'Implemented', 'RDS automated backups with point-in-time recovery and cross-region copies; S3 versioning and cross-region replication; see the ISCP.'],
    ['IA-2 Identification and Authentication (Organizational Users)', 'Implemented', 'All organizational users authenticate with MFA; privileged access requires phishing-resistant authenticators (FIDO2).'],
    ['RA-5 Vulnerability Monitoring and Scanning', 'Implemented', 'Monthly authenticated OS, database and web application scans; container image scanning on every build; findings tracked in the POA&M.'],
    ['SC-8 Transmission Confidentiality and Integrity', 'Implemented', 'TLS 1.2+ with FIPS-validated modules on all external and internal service endpoints; HSTS on the public ALB.'],
    ['SC-28 Protection of Information at Rest', 'Implemented', 'EBS, RDS, ElastiCache and S3 are encrypted with customer-managed AWS KMS keys (FIPS 140-2 validated HSMs).'],
    ['SI-2 Flaw Remediation', 'Partially Implemented', 'Patching follows the monthly cycle; two High findings exceeded 30 days in Q2 and are tracked as POA&M items V-0412 and V-0415.'],
  ];
  return [
    { t: 'h1', text: '1. Information System Name/Title' },
    { t: 'p', text: `This System Security Plan provides an overview of the security requirements for the ${W.cso} (${W.acr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.` },
    { t: 'table', rows: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [W.fedrampId, W.cso, W.acr]] },
    { t: 'h1', text: '2. Information System Categorization' },
    { t: 'p', text: 'The overall information system sensitivity categorization is Moderate, as recorded in the FIPS 199 Categorization (Attachment 10). Digital identity level: IAL2/AAL2/FAL2 (Attachment 3).' },
    { t: 'h1', text: '3. Information System Owner' },
    { t: 'table', rows: [['Name', W.cto], ['Title', 'Chief Technology Officer'], ['Company', W.csp], ['Address', W.address], ['E-mail', 'hvoss@tessellate-gov.com']] },
    { t: 'h1', text: '4. Authorizing Official' },
    { t: 'p', text: `The Authorizing Official for this system is ${W.ao}, ${W.aoTitle}, ${W.agency}.` },
    { t: 'h1', text: '5. Other Designated Contacts' },
    { t: 'table', rows: [['Role', 'Name'], ['ISSO', W.isso], ['Technical POC', W.sreLead], ['Management POC', W.ciso]] },
    { t: 'h1', text: '6. Assignment of Security Responsibility' },
    { t: 'p', text: `The ISSO (${W.isso}) is responsible for the day-to-day security of the system and for continuous monitoring deliverables.` },
    { t: 'h1', text: '7. Information System Operational Status' },
    { t: 'p', text: 'Operational: the system is operating and in production.' },
    { t: 'h1', text: '8. Information System Type' },
    { t: 'p', text: `Software as a Service (SaaS), deployed on ${W.region}, which holds a FedRAMP High P-ATO. The system leverages the AWS GovCloud authorization for physical and environmental controls.` },
    { t: 'h1', text: '9. General System Description' },
    { t: 'p', text: 'The system provides electronic records management to federal agencies: ingestion, classification, retention scheduling, legal hold, search and disposition. Users are agency personnel; there are no public users.' },
    { t: 'h2', text: '9.1 Information System Components and Boundaries' },
    { t: 'table', rows: [['Component', 'Function', 'IP / endpoint'], ...HOSTS.map((h) => [h.id, h.fn, h.ip])] },
    { t: 'h2', text: '9.2 Types of Users' },
    { t: 'table', rows: [['Role', 'Internal/External', 'Privileged', 'Authentication'], ['SRE Administrator', 'Internal', 'Yes', 'FIDO2 + IdP'], ['Support Engineer', 'Internal', 'No', 'MFA'], ['Agency Administrator', 'External', 'Yes (tenant)', 'Agency IdP, PIV'], ['Agency User', 'External', 'No', 'Agency IdP']] },
    { t: 'h1', text: '10. System Environment and Inventory' },
    { t: 'p', text: 'The complete inventory is provided in Attachment 13, the Integrated Inventory Workbook. Ports, protocols and services are listed in Table 10-1.' },
    { t: 'table', rows: [['Port', 'Protocol', 'Service', 'Purpose'], ['443', 'TCP', 'HTTPS', 'Web console and API'], ['5432', 'TCP', 'PostgreSQL', 'Application to RDS (private)'], ['6379', 'TCP', 'Redis TLS', 'Session cache (private)']] },
    { t: 'h1', text: '11. System Interconnections' },
    { t: 'p', text: 'No dedicated system interconnections exist. Agencies integrate through the public API over TLS; identity federation uses each agency IdP.' },
    { t: 'h1', text: '12. Laws, Regulations, Standards and Guidance' },
    { t: 'p', text: 'See Attachment 12, FedRAMP Laws and Regulations.' },
    { t: 'h1', text: '13. Minimum Security Controls' },
    { t: 'p', text: 'The system implements the FedRAMP Rev. 5 Moderate baseline (323 controls and enhancements). Implementation statements follow; control origination and customer responsibilities are summarised in the CIS/CRM workbook (Attachment 9).' },
    ...controls.flatMap(([c, status, text]): Block[] => [
      { t: 'h2', text: c },
      { t: 'table', rows: [['Implementation Status', status], ['Control Origination', 'Service Provider System Specific'], ['Responsible Role', 'SRE / ISSO']] },
      { t: 'p', text: `What is the solution and how is it implemented? ${text}` },
    ]),
    { t: 'h1', text: '14. Acronyms' },
    { t: 'p', text: 'See the FedRAMP Master Acronym and Glossary.' },
    { t: 'h1', text: '15. Attachments' },
    { t: 'bullets', items: ['Attachment 1 – Information Security Policies and Procedures', 'Attachment 2 – User Guide', 'Attachment 3 – Digital Identity Worksheet', 'Attachment 4 – PTA/PIA', 'Attachment 5 – Rules of Behavior', 'Attachment 6 – Information System Contingency Plan', 'Attachment 7 – Configuration Management Plan', 'Attachment 8 – Incident Response Plan', 'Attachment 9 – CIS/CRM Workbook', 'Attachment 10 – FIPS 199', 'Attachment 11 – Separation of Duties Matrix', 'Attachment 12 – Laws and Regulations', 'Attachment 13 – Integrated Inventory Workbook'] },
  ];
}

export function sap(annual: boolean): Block[] {
  return [
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: `${W.threePao} has been engaged by ${W.csp} to perform the ${annual ? 'annual' : 'initial'} security assessment of the ${W.cso} (${W.acr}) for FedRAMP Moderate. This Security Assessment Plan (SAP) describes the scope, methodology, test schedule, sampling, penetration testing and rules of engagement for the assessment.` },
    { t: 'h1', text: '2. Purpose' },
    { t: 'p', text: 'The purpose of the SAP is to obtain the agreement of the CSP and the Authorizing Official on the assessment approach before testing begins. The results will be documented in the Security Assessment Report (SAR).' },
    { t: 'h1', text: '3. Scope' },
    { t: 'p', text: `The assessment covers the ${W.acr} authorization boundary as documented in SSP version 4.1 dated 2025-09-15, located in ${W.region}. ${annual ? 'In accordance with the FedRAMP Annual Assessment Guidance, the core controls, controls changed since the last assessment and one third of the remaining controls will be tested.' : 'All 323 controls of the Moderate baseline will be tested.'}` },
    { t: 'table', rows: [['Component', 'IP address', 'Function', 'Sampled'], ...HOSTS.map((h, i) => [h.id, h.ip, h.fn, i % 3 === 2 ? 'No (same baseline)' : 'Yes'])] },
    { t: 'h1', text: '4. Assumptions' },
    { t: 'bullets', items: ['CSP resources listed in Section 6 will be available during the testing window.', 'The CSP will provide read-only access to the AWS accounts and the SIEM for evidence collection.', 'Scans will be run with credentials supplied by the CSP.'] },
    { t: 'h1', text: '5. Methodology' },
    { t: 'p', text: 'Controls are assessed with the examine, interview and test methods of NIST SP 800-53A Rev. 5 using the FedRAMP Security Test Case Procedures workbook. Vulnerability scanning covers operating systems, databases and web applications with authenticated scans. Evidence is recorded per test case.' },
    { t: 'h1', text: '6. Test Plan' },
    { t: 'h2', text: '6.1 Security Assessment Team' },
    { t: 'table', rows: [['Name', 'Role'], [W.pao, 'Assessment Lead'], [W.paoTester, 'Penetration Tester'], ['Imani Grant', 'Control Assessor']] },
    { t: 'h2', text: '6.2 CSP Testing Points of Contact' },
    { t: 'table', rows: [['Name', 'Role', 'Contact'], [W.isso, 'ISSO', 'mreyes@tessellate-gov.com'], [W.sreLead, 'SRE Lead', 'dokafor@tessellate-gov.com']] },
    { t: 'h2', text: '6.3 Testing Schedule' },
    { t: 'table', rows: [['Activity', 'Start', 'End'], ['Kick-off and documentation review', '2025-10-27', '2025-10-31'], ['Control testing (remote and on-site)', '2025-11-03', '2025-11-21'], ['Vulnerability scanning', '2025-11-05', '2025-11-07'], ['Penetration testing', '2025-11-10', '2025-11-19'], ['SAR delivery', '2025-12-12', '2025-12-12']] },
    { t: 'h1', text: '7. Penetration Test Plan' },
    { t: 'p', text: 'Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack surface, the web application and API (authenticated as each tenant role), tenant isolation, the CSP administrative plane from an assumed-breach position, and mobile-free social engineering of SRE staff by phishing simulation.' },
    { t: 'h1', text: '8. Rules of Engagement' },
    { t: 'p', text: 'Testing will be conducted only against the IP addresses and URLs listed in Section 3 from the source addresses 198.51.100.40-47. Denial-of-service attacks are excluded. The CSP may halt testing at any time by contacting the Assessment Lead. Any critical finding or evidence of prior compromise will be reported to the CSP within one hour.' },
    { t: 'h1', text: '9. Signatures' },
    { t: 'table', rows: [['Name', 'Organization', 'Date'], [W.pao, W.threePao, '2025-10-20'], [W.cto, W.csp, '2025-10-21'], [W.ao, W.agency, '2025-10-23']] },
  ];
}

export function sar(): Block[] {
  return [
    { t: 'h1', text: 'Executive Summary' },
    { t: 'p', text: `${W.threePao} performed the security assessment of the ${W.cso} between 2025-11-03 and 2025-11-21 according to the approved Security Assessment Plan. This Security Assessment Report (SAR) presents the results, the identified risks and the 3PAO's authorization recommendation.` },
    { t: 'h1', text: '1. Introduction' },
    { t: 'p', text: 'The assessment tested 323 controls of the FedRAMP Rev. 5 Moderate baseline. Testing consisted of document review, interviews, technical testing, vulnerability scanning and penetration testing.' },
    { t: 'h1', text: '2. Purpose' },
    { t: 'p', text: 'This report documents the results of the assessment so that the Authorizing Official can make a risk-based authorization decision.' },
    { t: 'h1', text: '3. Assessment Methodology' },
    { t: 'p', text: 'Controls were assessed using NIST SP 800-53A procedures. Risks were rated using the FedRAMP risk exposure methodology (likelihood and impact), adjusted where mitigating factors apply.' },
    { t: 'h1', text: '4. Security Assessment Results' },
    { t: 'h2', text: '4.1 Summary of Risks' },
    { t: 'table', rows: [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'Database Scans', 'Penetration Test', 'Total'], ['High', '0', '1', '0', '0', '0', '1'], ['Moderate', '3', '4', '2', '1', '1', '11'], ['Low', '5', '9', '3', '2', '1', '20'], ['Operationally Required', '0', '1', '0', '0', '0', '1'], ['Total', '8', '15', '5', '3', '2', '33']] },
    { t: 'h2', text: '4.2 Risk Exposure Table' },
    { t: 'table', rows: [['ID', 'Control', 'Name', 'Likelihood', 'Impact', 'Risk Exposure', 'Remediation'],
      ['SAR-OS-01', 'RA-5, SI-2', 'OpenSSH 8.9p1 vulnerable to CVE-2024-6387 on log collector', 'Moderate', 'High', 'High', 'Upgrade OpenSSH; planned 2025-12-15'],
      ['SAR-TC-03', 'AC-2(3)', 'Two inactive service accounts not disabled after 90 days', 'Moderate', 'Moderate', 'Moderate', 'Disable; automate check'],
      ['SAR-WEB-02', 'SC-8', 'TLS 1.0 accepted on legacy health endpoint', 'Low', 'Moderate', 'Moderate', 'Remove listener'],
      ['SAR-PT-01', 'AC-3', 'Records Manager can enumerate series names of another tenant through search suggestions', 'Moderate', 'Moderate', 'Moderate', 'Fix tenant filter in suggestion API']] },
    { t: 'h1', text: '5. Non-Conforming Controls' },
    { t: 'p', text: 'Eight test cases were not satisfied; details and evidence references are in Appendix A, Security Test Case Procedures results.' },
    { t: 'h1', text: '6. Authorization Recommendation' },
    { t: 'p', text: `${W.threePao} attests that the ${W.cso} has implemented the Moderate baseline controls with the residual risks described above. One High risk remains open with a remediation plan in the POA&M. Based on the residual risk, ${W.threePao} recommends that the ${W.cso} be granted an authorization to operate.` },
    { t: 'table', rows: [['Name', 'Title', 'Date'], [W.pao, 'Assessment Lead, ' + W.threePao, '2025-12-12']] },
  ];
}

export function atoLetter(): Block[] {
  return [
    { t: 'p', text: 'UNITED STATES DEPARTMENT OF THE INTERIOR\nBUREAU OF INLAND FISHERIES\nOffice of the Chief Information Officer\n1849 C Street NW, Washington, DC 20240' },
    { t: 'p', text: 'January 16, 2026' },
    { t: 'p', text: `MEMORANDUM FOR: ${W.ceo}, Chief Executive Officer, ${W.csp}` },
    { t: 'p', text: `FROM: ${W.ao}, ${W.aoTitle} and Authorizing Official` },
    { t: 'p', text: `SUBJECT: Authority to Operate (ATO) for the ${W.cso} (${W.acr}), FedRAMP ID ${W.fedrampId}` },
    { t: 'p', text: `The ${W.agency} has completed its review of the security authorization package for the ${W.cso}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${W.threePao}, and the Plan of Action and Milestones dated December 19, 2025.` },
    { t: 'p', text: `Based on that review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I grant the ${W.cso} an Authority to Operate at the FIPS 199 Moderate impact level, effective on the date of this letter. This authorization is valid for three years, until January 16, 2029, subject to continuous monitoring.` },
    { t: 'p', text: `This ATO is contingent on the remediation of the items in the POA&M within the FedRAMP-required timeframes, submission of monthly continuous monitoring deliverables, and an annual assessment by an accredited 3PAO. The agency may revoke this authorization if the security posture of the system deteriorates.` },
    { t: 'p', text: `Questions regarding this authorization may be directed to ${W.agencyIsso}, Information System Security Officer, at carla.benitez@bif.example.gov.` },
    { t: 'p', text: `\n\n${W.ao}\n${W.aoTitle}\nAuthorizing Official\n${W.agency}` },
    { t: 'small', text: 'cc: FedRAMP PMO (info@fedramp.gov); BIF Chief Information Security Officer' },
  ];
}

export const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'Initial Authorization Package Checklist (this document)', 'Yes'],
  ['2', 'System Security Plan (SSP)', 'Yes'],
  ['2.1', 'Attachment 1: Information Security Policies and Procedures', 'Yes'],
  ['2.2', 'Attachment 2: User Guide', 'Yes'],
  ['2.3', 'Attachment 3: Digital Identity Worksheet', 'Yes'],
  ['2.4', 'Attachment 4: Privacy Threshold Analysis / Privacy Impact Assessment', 'Yes'],
  ['2.5', 'Attachment 5: Rules of Behavior', 'Yes'],
  ['2.6', 'Attachment 6: Information System Contingency Plan', 'Yes'],
  ['2.7', 'Attachment 7: Configuration Management Plan', 'Yes'],
  ['2.8', 'Attachment 8: Incident Response Plan', 'Yes'],
  ['2.9', 'Attachment 9: CIS/CRM Workbook', 'Yes'],
  ['2.10', 'Attachment 10: FIPS 199 Categorization', 'Yes'],
  ['2.11', 'Attachment 11: Separation of Duties Matrix', 'Yes'],
  ['2.12', 'Attachment 12: FedRAMP Laws and Regulations', 'Yes'],
  ['2.13', 'Attachment 13: Integrated Inventory Workbook', 'Yes'],
  ['3', 'Security Assessment Plan (SAP)', 'Yes'],
  ['4', 'Security Assessment Report (SAR) with test case workbook, scan results and penetration test report', 'Yes'],
  ['5', 'Plan of Action and Milestones (POA&M)', 'Yes'],
  ['6', 'Continuous Monitoring Plan / Strategy', 'Yes'],
  ['7', 'Agency Authority to Operate (ATO) letter', 'Pending'],
];

export function significantChange(): Block[] {
  return [
    { t: 'h1', text: 'Section 1 – CSP and System Information' },
    { t: 'table', rows: [['Field', 'Value'], ['CSP name', W.csp], ['System name', W.cso], ['FedRAMP package ID', W.fedrampId], ['Impact level', 'Moderate'], ['Request date', '2025-08-04'], ['Change type', 'New component / interconnection within the boundary'], ['Requested implementation date', '2025-10-06']] },
    { t: 'h1', text: 'Section 2 – Description of the Proposed Change' },
    { t: 'p', text: `${W.csp} proposes to replace the self-managed OpenSearch cluster used for full-text search of records with Amazon OpenSearch Service in ${W.region}, and to introduce Amazon Bedrock (GovCloud) for optional machine-assisted classification of records, enabled per agency tenant. The change adds a new leveraged service to the authorization boundary and alters data flows for customer content.` },
    { t: 'h1', text: 'Section 3 – Security Impact Analysis' },
    { t: 'table', rows: [['Control', 'Impact', 'Summary'], ['CA-3, SA-9', 'Changed', 'New external service; leveraged FedRAMP High authorization'], ['SC-8, SC-13, SC-28', 'Changed', 'Encryption with KMS CMKs; TLS 1.2 FIPS endpoints'], ['AC-3, AC-4', 'Changed', 'Tenant isolation enforced by index-per-tenant and IAM conditions'], ['AU-2', 'Changed', 'New audit sources added to SIEM'], ['CM-8', 'Changed', 'Inventory updated']] },
    { t: 'h1', text: 'Section 4 – Assessment Approach' },
    { t: 'p', text: `${W.threePao} will perform a targeted assessment of the affected controls under a Significant Change SAP; results will be documented in a SAR addendum before the change is placed in production.` },
    { t: 'h1', text: 'Section 5 – Updated Documents' },
    { t: 'bullets', items: ['SSP Sections 9, 10 and 11, boundary and data flow diagrams', 'Integrated Inventory Workbook', 'CIS/CRM Workbook (new customer responsibility: tenant opt-in)', 'Configuration Management Plan baseline list'] },
    { t: 'h1', text: 'Section 6 – Approvals' },
    { t: 'table', rows: [['Role', 'Name', 'Signature / Date'], ['CSP System Owner', W.cto, '/s/ 2025-08-04'], ['Agency Authorizing Official', W.ao, ''], ['FedRAMP PMO (informational)', '', '']] },
  ];
}

export function deviationRequest(): Block[] {
  return [
    { t: 'h1', text: 'Deviation Request Information' },
    { t: 'table', rows: [['Field', 'Value'], ['CSP', W.csp], ['System', W.cso], ['DR ID', 'DR-2025-014'], ['Request type', 'Risk Adjustment'], ['POA&M ID', 'V-0431'], ['Scanner / Source', 'Tenable Nessus plugin 187315'], ['CVE', 'CVE-2023-48795'], ['Original risk rating', 'Moderate'], ['Proposed risk rating', 'Low'], ['Affected assets', 'trc-bastion-01, trc-ci-runner-01']] },
    { t: 'h1', text: 'Justification' },
    { t: 'p', text: 'The Terrapin prefix truncation weakness (CVE-2023-48795) requires an attacker in a man-in-the-middle position on the SSH connection. On the affected hosts, sshd listens only on the loopback interface; administrative access uses SSM Session Manager over TLS, and the security groups deny inbound TCP/22 from any source. The vulnerable ciphers (chacha20-poly1305 and ETM MACs) are additionally disabled in sshd_config by baseline TRC-AL2023-CIS-L1 v2.3. The likelihood is therefore reduced from Moderate to Low.' },
    { t: 'h1', text: 'Evidence' },
    { t: 'bullets', items: ['Security group export sg-0a17 (no inbound 22)', 'sshd -T output from both hosts', 'Nessus plugin output showing the banner only', 'Screenshot of SSM session log'] },
    { t: 'h1', text: 'Requested by / Reviewed by' },
    { t: 'table', rows: [['Role', 'Name', 'Date'], ['ISSO', W.isso, '2025-09-02'], ['SRE Lead', W.sreLead, '2025-09-02'], ['Agency AO decision', '', '']] },
  ];
}
