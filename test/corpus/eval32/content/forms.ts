/** Assessment documents, letters, forms and short attachments, as blocks. */
import type { Block } from '../kit/pdf-doc.js';
import { approvals, distribution, PROPRIETARY, revisionTable, sections, toc, type Sys } from '../kit/front-matter.js';

export function sapBlocks(s: Sys, annual: boolean): Block[] {
  return [
    { k: 'p', text: s.threePao, bold: true, size: 12 },
    { k: 'title', text: `${s.name} Security Assessment Plan`, size: 22 },
    { k: 'p', text: `${annual ? 'Annual Assessment' : 'Initial Assessment'} | Prepared for ${s.csp} and the ${s.agency} | Version 1.0 | February 2, 2026`, size: 10 },
    { k: 'p', text: PROPRIETARY, size: 8 },
    revisionTable([
      ['01/20/2026', '0.9', 'Draft SAP for CSP review', 'A. Brennan'],
      ['02/02/2026', '1.0', 'Final SAP submitted for agency approval', 'A. Brennan'],
    ]),
    ...distribution([`ISSO|${s.csp}`, `Authorizing Official Designated Representative|${s.agency}`, 'Package Reviewer|FedRAMP PMO']),
    { k: 'break' },
    ...toc(['1. Introduction', '2. Scope', '3. Assumptions', '4. Methodology', '5. Test Plan', '6. Rules of Engagement', 'Appendix A Security Test Procedure Workbooks']),
    { k: 'break' },
    ...sections([
      ['Introduction', `This Security Assessment Plan (SAP) describes how ${s.threePao}, an A2LA-accredited FedRAMP Third Party Assessment Organization, will assess the security controls of ${s.name}. The assessment will determine whether the controls described in the System Security Plan (SSP) version 3.2 are implemented correctly, operating as intended and producing the desired outcome.`, 'The results will be documented in a Security Assessment Report (SAR) that includes a risk exposure table and an authorization recommendation.'],
      ['Scope', `The assessment covers all ${annual ? 'core controls, controls affected by significant changes and the annual control selection agreed with the agency' : `${s.level === 'High' ? 410 : s.level === 'Moderate' ? 323 : 156} controls and enhancements of the FedRAMP ${s.level} baseline`}. In-scope components are listed in the Integrated Inventory Workbook dated January 2026: 48 virtual machines, 3 managed databases, 2 web applications and the management bastions.`, 'Out of scope: the underlying AWS GovCloud infrastructure, whose controls are inherited from its FedRAMP High P-ATO.'],
      ['Assumptions', '* The CSP will provide resources and access to interview personnel on the scheduled dates.', '* Credentials for authenticated scanning will be provided two business days before testing.', '* The system will be frozen during testing; no new SSP version will be submitted until the SAR is delivered.'],
      ['Methodology', 'Controls will be tested using the examine, interview and test methods from NIST SP 800-53A Rev. 5 and the FedRAMP Security Test Case Procedures. Vulnerability scanning will use Tenable Nessus for operating systems and databases and Burp Suite Professional for web applications. Penetration testing follows the FedRAMP Penetration Test Guidance, covering the external, web application, mobile, social engineering and internal attack vectors.'],
      ['Test Plan', 'Assessment team: Lead Assessor Aoife Brennan (CISSP), assessors T. Nakamura and L. Ortiz, penetration testers K. Adeyemi and P. Varga.', 'Testing schedule: kickoff February 16, 2026; onsite and remote interviews February 17-27; vulnerability scanning February 18-20; penetration testing February 23-March 6; SAR delivery March 27, 2026.'],
      ['Rules of Engagement', 'Testing windows: 08:00-20:00 Eastern, Monday through Friday. Source IP addresses of the assessment team: 198.51.100.20-198.51.100.29. Denial-of-service and destructive testing are prohibited. Discovery of a critical vulnerability or evidence of a prior compromise will be reported to the CSP ISSO immediately. The rules of engagement are signed by the CSP and the 3PAO before testing begins.'],
    ]),
    { k: 'h', text: 'Appendix A: Sampling and Test Cases' },
    { k: 'table', head: ['Control', 'Method', 'Sample', 'Assessor'], rows: [['AC-2', 'Examine / Interview / Test', '25 of 212 accounts', 'T. Nakamura'], ['CM-6', 'Test', '10 of 48 hosts', 'L. Ortiz'], ['IR-4', 'Interview / Examine', 'Last 2 incidents', 'A. Brennan'], ['RA-5', 'Test', 'All hosts', 'K. Adeyemi']] },
    ...approvals([[`Aoife Brennan`, `Lead Assessor, ${s.threePao}`], ['Raj Malhotra', `System Owner, ${s.csp}`]]),
  ];
}

export function sarBlocks(s: Sys): Block[] {
  return [
    { k: 'p', text: `Prepared by ${s.threePao} for ${s.csp}`, size: 10 },
    { k: 'title', text: 'Security Assessment Report', size: 24 },
    { k: 'p', text: `${s.name} (${s.abbr}) | FedRAMP ${s.level} | Version 1.0 | March 27, 2026`, size: 11 },
    { k: 'p', text: PROPRIETARY, size: 8 },
    revisionTable([['03/20/2026', '0.9', 'Draft SAR', 'A. Brennan'], ['03/27/2026', '1.0', 'Final SAR with authorization recommendation', 'A. Brennan']]),
    { k: 'break' },
    ...sections([
      ['Executive Summary', `${s.threePao} performed a security assessment of ${s.name} from February 16 to March 6, 2026 in accordance with the approved Security Assessment Plan (SAP) dated February 2, 2026. The assessment evaluated the implementation of the controls documented in the SSP.`, 'Testing identified 1 high, 7 moderate and 12 low risks. The CSP remediated 4 findings during testing; remaining risks are recorded in the POA&M.'],
      ['Purpose', 'This Security Assessment Report documents the results of the assessment and provides the authorizing official with the information needed to make a risk-based authorization decision.'],
      ['System Overview', `${s.abbr} is a ${s.level} impact SaaS hosted in AWS GovCloud. The assessment boundary matches the authorization boundary described in SSP section 9.`],
      ['Assessment Methodology', 'Controls were assessed using the FedRAMP Security Test Case Procedures; vulnerability scans were authenticated; penetration testing covered all required attack vectors. Risk was calculated using likelihood and impact per NIST SP 800-30.'],
      ['Security Assessment Results', 'The following risk exposure table summarizes the open risks at the end of testing.'],
    ]),
    { k: 'table', head: ['ID', 'Control', 'Weakness', 'Likelihood', 'Impact', 'Risk Exposure', 'Status'], rows: [
      ['V-01', 'SI-2', 'Outdated OpenSSL package on bastion hosts (CVE-2025-9230)', 'Moderate', 'High', 'High', 'Open'],
      ['T-03', 'AC-2', 'Two service accounts without documented owner', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['T-07', 'CM-6', 'SSH MaxAuthTries set to 6 on 4 hosts', 'Low', 'Moderate', 'Moderate', 'Open'],
      ['P-02', 'SC-8', 'TLS 1.0 enabled on legacy reporting endpoint', 'Moderate', 'Moderate', 'Moderate', 'Closed during testing'],
      ['W-05', 'SI-10', 'Reflected input in search parameter not encoded', 'Low', 'Low', 'Low', 'Open'],
    ], widths: [1, 1, 5, 2, 2, 2, 2] },
    ...sections([
      ['Non-Conforming Controls', 'No risk adjustments or operational requirements were accepted without evidence. Two false positives from the database scan were validated and removed.'],
      ['Authorization Recommendation', `${s.threePao} attests that the assessment was performed independently. Based on the results, we recommend that ${s.name} be granted an authorization to operate, provided the high risk V-01 is remediated within 30 days and moderate risks are tracked in the POA&M.`],
    ]),
    ...approvals([['Aoife Brennan', `Lead Assessor, ${s.threePao}`], ['Gregory Tan', `Managing Director, ${s.threePao}`]]),
  ];
}

export function atoLetterBlocks(s: Sys, variant: 0 | 1 | 2): Block[] {
  const sender = variant === 1 ? 'Office of the Chief Information Officer' : 'Office of Information Technology';
  return [
    { k: 'p', text: s.agency.toUpperCase(), bold: true, size: 14 },
    { k: 'p', text: `${sender} | Washington, DC 20210`, size: 9 },
    { k: 'space', h: 20 },
    { k: 'p', text: variant === 2 ? 'April 14, 2026' : 'March 31, 2026' },
    { k: 'p', text: `Raj Malhotra\nVice President, Government Programs\n${s.csp}\n1800 Wilson Blvd, Arlington, VA 22209` },
    { k: 'p', text: `Subject: Authority to Operate (ATO) - ${s.name} (${s.abbr})`, bold: true },
    { k: 'p', text: 'Dear Mr. Malhotra:' },
    { k: 'p', text: `The ${s.agency} has completed its review of the security authorization package for ${s.name}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${s.threePao}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.` },
    { k: 'p', text: `Accordingly, I hereby grant an Authority to Operate for ${s.name} at the FedRAMP ${s.level} impact level. This authorization is valid for three years from the date of this letter, provided the system remains under continuous monitoring and the conditions below are met.` },
    { k: 'bullets', items: ['Remediate the high risk finding identified in the SAR within 30 days.', 'Provide monthly continuous monitoring deliverables: updated POA&M, vulnerability scan results and inventory.', 'Submit significant change requests for agency review before implementing significant changes.', 'Report security incidents to the agency and US-CERT within one hour.'] },
    { k: 'p', text: 'A copy of this letter will be provided to the FedRAMP PMO for posting of the authorization in the FedRAMP Marketplace. Agencies wishing to leverage this authorization may request access to the package through the PMO.' },
    { k: 'p', text: 'Sincerely,' },
    { k: 'space', h: 24 },
    { k: 'p', text: `Evelyn R. Castillo\nChief Information Officer and Authorizing Official\n${s.agency}` },
    { k: 'p', text: 'cc: FedRAMP PMO; Agency CISO; Information System Security Manager', size: 8 },
  ];
}

export function scrFormBlocks(s: Sys, pdfForm: boolean): Block[] {
  const f = (label: string, name: string, value: string, lines = 1): Block =>
    pdfForm ? { k: 'field', label, name, value, lines } : { k: 'table', head: [label], rows: [[value]] };
  return [
    { k: 'title', text: 'FedRAMP Significant Change Request Form', size: 18 },
    { k: 'p', text: 'Complete all fields. Submit to each authorizing agency at least 30 days before the planned change. Changes must not be implemented before approval.', size: 9 },
    f('CSP Name', 'csp', s.csp),
    f('Cloud Service Offering', 'cso', `${s.name} (${s.abbr})`),
    f('FedRAMP Package ID', 'pkg', `F2${s.abbr.length}0412${s.abbr}`),
    f('Impact Level', 'impact', s.level),
    f('Date of Request', 'date', '02/09/2026'),
    f('Type of Significant Change', 'type', 'New or changed external service / data store migration: replacement of self-managed PostgreSQL on EC2 with Amazon Aurora PostgreSQL within the authorization boundary.', 2),
    f('Description of the Proposed Change', 'desc', 'Migrate the application database from self-managed PostgreSQL 13 instances to Amazon Aurora PostgreSQL 16 (FedRAMP High authorized). Data will be migrated using AWS DMS over encrypted channels; the legacy instances will be decommissioned after 30 days.', 4),
    f('Security Impact Analysis', 'sia', 'Affected controls: CM-2, CM-6, CP-9, CP-10, SC-28, SI-2, AU-2. Encryption at rest moves to KMS customer-managed keys. Backups become automated snapshots. The inventory will change by removing 6 hosts and adding 1 managed cluster. Residual risk: low.', 4),
    f('3PAO Assessment Plan for the Change', 'assess', `${s.threePao} will assess the affected controls; a SAP addendum and SAR addendum will be provided.`, 2),
    f('Planned Implementation Date', 'impl', '04/15/2026'),
    f('CSP Point of Contact', 'poc', 'Marta Lindqvist, ISSO, marta.lindqvist@example.com, 703-555-0142'),
    f('Updated Documents', 'docs', 'SSP sections 9 and 10, Integrated Inventory Workbook, ISCP, CM Plan', 2),
  ];
}

export function drFormBlocks(s: Sys, pdfForm: boolean, kind: 'FP' | 'RA' | 'OR'): Block[] {
  const f = (label: string, name: string, value: string, lines = 1): Block =>
    pdfForm ? { k: 'field', label, name, value, lines } : { k: 'p', text: `${label}: ${value}` };
  const kindText = { FP: 'False Positive (FP)', RA: 'Risk Adjustment (RA)', OR: 'Operational Requirement (OR)' }[kind];
  return [
    { k: 'title', text: 'FedRAMP Deviation Request Form', size: 18 },
    { k: 'p', text: 'Use this form to request a false positive, risk adjustment or operational requirement for a vulnerability tracked in the POA&M. Attach supporting evidence.', size: 9 },
    f('CSP', 'csp', s.csp),
    f('System Name', 'sys', s.name),
    f('Deviation Request ID', 'drid', `DR-2026-0${kind === 'FP' ? 7 : 11}`),
    f('Deviation Type', 'type', kindText),
    f('POA&M ID(s)', 'poam', kind === 'FP' ? 'V-2026-0142, V-2026-0143' : 'V-2025-0988'),
    f('Scanner / Source', 'src', kind === 'FP' ? 'Tenable Nessus plugin 187315' : 'Qualys QID 38909'),
    f('Original Risk Rating', 'orig', kind === 'FP' ? 'High' : 'Moderate'),
    f('Requested Risk Rating', 'adj', kind === 'RA' ? 'Low' : 'N/A'),
    f('Justification', 'just', kind === 'FP'
      ? 'The plugin flags OpenSSH 8.7 as vulnerable to CVE-2023-48795 based on the version banner. The vendor backported the fix in package openssh-8.7p1-38.el9_4.1; the package changelog and strict-kex negotiation test output are attached as evidence.'
      : 'The weak cipher is required by an agency partner interface that cannot be upgraded until Q3. Compensating controls: IP allow-listing, mutual TLS, and monitoring of the endpoint. Exploitation requires network position inside the agency partner network.', 5),
    f('Affected Assets', 'assets', 'bastion-01.mcm.internal, bastion-02.mcm.internal'),
    f('Submitted By', 'by', 'Marta Lindqvist, ISSO, 02/24/2026'),
    f('Agency AO Decision', 'ao', 'Pending review'),
  ];
}

export function diwBlocks(s: Sys): Block[] {
  return [
    { k: 'title', text: 'Digital Identity Worksheet', size: 20 },
    { k: 'p', text: `${s.name} | SSP Attachment 3 | NIST SP 800-63-3 Digital Identity Guidelines` },
    { k: 'p', text: 'This worksheet documents the digital identity risk assessment used to select the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) for the system, in accordance with NIST SP 800-63-3.' },
    { k: 'h', text: 'Impact Assessment of Authentication Errors' },
    { k: 'table', head: ['Impact Category', 'Low', 'Moderate', 'High'], rows: [
      ['Inconvenience, distress or damage to standing or reputation', '', 'X', ''],
      ['Financial loss or agency liability', '', 'X', ''],
      ['Harm to agency programs or public interests', '', 'X', ''],
      ['Unauthorized release of sensitive information', '', 'X', ''],
      ['Personal safety', 'X', '', ''],
      ['Civil or criminal violations', '', 'X', ''],
    ], widths: [6, 1, 1, 1] },
    { k: 'h', text: 'Selected Assurance Levels' },
    { k: 'table', head: ['User Type', 'IAL', 'AAL', 'FAL', 'Rationale'], rows: [
      ['Privileged CSP administrators', 'IAL2', 'AAL3', 'N/A', 'Privileged access to federal data; hardware authenticators required'],
      ['Agency end users', 'IAL2', 'AAL2', 'FAL2', 'Agency identity provider asserts identity via SAML'],
      ['Public users', 'IAL1', 'AAL1', 'N/A', 'Public read-only content only'],
    ], widths: [3, 1, 1, 1, 5] },
    { k: 'p', text: 'Digital Identity Level determination: the system is at Digital Identity Level 2 for agency users, consistent with the Moderate FIPS 199 categorization. The selected levels are documented in SSP section 2.2 and in the IA control implementations.' },
  ];
}

export function ptaBlocks(s: Sys, pdfForm: boolean): Block[] {
  const f = (label: string, name: string, value: string, lines = 1): Block =>
    pdfForm ? { k: 'field', label, name, value, lines } : { k: 'p', text: `${label}: ${value}` };
  return [
    { k: 'title', text: 'Privacy Threshold Analysis (PTA)', size: 18 },
    { k: 'p', text: `SSP Attachment 4 | ${s.name}`, size: 10 },
    { k: 'p', text: 'The Privacy Threshold Analysis determines whether the system collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.' },
    f('System Name', 'name', s.name),
    f('Does the system collect, maintain, use or disseminate PII?', 'q1', 'Yes - name, work email, phone number, case identifiers; Social Security numbers are not collected.', 2),
    f('About whom is PII collected?', 'q2', 'Federal employees and contractors; members of the public who are parties to agency cases.', 2),
    f('Is the PII retrieved by a personal identifier (Privacy Act system of records)?', 'q3', 'Yes. SORN: DOL/GOVT-1 applies to agency case records.', 2),
    f('Has a Privacy Impact Assessment been performed?', 'q4', 'A PIA is required and is attached as the second part of this attachment, dated 01/12/2026.'),
    f('Privacy Officer Determination', 'det', 'PIA required. System is privacy sensitive. Reviewed by Senior Agency Official for Privacy delegate.', 2),
    { k: 'h', text: 'Privacy Impact Assessment Summary' },
    { k: 'p', text: 'Section 1 - Characterization of the information: the system stores case records including names and contact details. Section 2 - Uses of the information: case management and reporting. Section 3 - Retention: per NARA General Records Schedule 5.2. Section 4 - Notice: a Privacy Act statement is displayed at collection. Section 5 - Access and security: role-based access, encryption, audit logging.' },
  ];
}

export function robBlocks(s: Sys): Block[] {
  return [
    { k: 'title', text: `${s.name} Rules of Behavior`, size: 20 },
    { k: 'p', text: 'SSP Attachment 5 - Rules of Behavior for Privileged and Non-Privileged Users', size: 10 },
    { k: 'p', text: `These Rules of Behavior (RoB) describe the responsibilities and expected behavior of all individuals with access to ${s.name}. Users must read and sign these rules before being granted access, and again annually.` },
    { k: 'h', text: 'Rules for All Users' },
    { k: 'bullets', items: ['I will use the system only for authorized purposes.', 'I will protect my credentials and will not share my PIV PIN or authenticator.', 'I will lock my workstation when leaving it unattended.', 'I will report suspected security incidents to the service desk immediately.', 'I will not attempt to bypass security controls or access data I am not authorized to see.', 'I understand that my activity is logged and monitored and that I have no expectation of privacy.'] },
    { k: 'h', text: 'Additional Rules for Privileged Users' },
    { k: 'bullets', items: ['I will use privileged accounts only for administrative tasks and a separate account for email and browsing.', 'I will not install unapproved software or change configurations outside the change management process.', 'I will access production only through the approved bastion hosts with MFA.'] },
    { k: 'h', text: 'Consequences of Non-Compliance' },
    { k: 'p', text: 'Violations may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.' },
    { k: 'h', text: 'Acknowledgement' },
    { k: 'p', text: 'I acknowledge that I have read, understand and will comply with these Rules of Behavior.' },
    { k: 'table', head: ['User Name', 'Signature', 'Date'], rows: [['', '', '']] },
  ];
}

export function fips199Blocks(s: Sys): Block[] {
  return [
    { k: 'title', text: 'FIPS 199 Security Categorization', size: 20 },
    { k: 'p', text: `${s.name} | Attachment 10 | Prepared by ${s.csp}` },
    { k: 'p', text: 'This categorization follows FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II. Each information type is assigned provisional impact levels for confidentiality, integrity and availability.' },
    { k: 'table', head: ['Information Type', 'NIST 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], rows: [
      ['Case Management', 'C.3.5.1', 'Moderate', 'Moderate', 'Low'],
      ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
      ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low'],
      ['Personal Identity and Authentication', 'D.8.1', 'Moderate', 'Moderate', 'Moderate'],
    ], widths: [4, 2, 2, 2, 2] },
    { k: 'p', text: `Security Categorization: SC ${s.abbr} = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. Overall FIPS 199 impact level: ${s.level.toUpperCase()} (high-water mark).` },
    { k: 'p', text: 'Adjustments: no provisional impact levels were adjusted. The categorization was reviewed by the System Owner and approved by the authorizing official representative.' },
  ];
}

export function lawsBlocks(s: Sys): Block[] {
  return [
    { k: 'title', text: 'FedRAMP Laws and Regulations', size: 18 },
    { k: 'p', text: `Attachment 12 - ${s.name}. The following laws, regulations, standards and guidance apply to the system.` },
    { k: 'table', head: ['Type', 'Identification Number', 'Title', 'Date', 'Link'], rows: [
      ['Law', 'PL 113-283', 'Federal Information Security Modernization Act of 2014 (FISMA)', '12/2014', 'congress.gov'],
      ['Law', '5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'justice.gov'],
      ['Law', 'PL 117-263', 'FedRAMP Authorization Act (NDAA FY23)', '12/2022', 'congress.gov'],
      ['Policy', 'OMB A-130', 'Managing Information as a Strategic Resource', '07/2016', 'whitehouse.gov'],
      ['Directive', 'HSPD-12', 'Policy for a Common Identification Standard', '08/2004', 'dhs.gov'],
      ['Standard', 'FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/2019', 'nist.gov'],
      ['Standard', 'FIPS 199', 'Standards for Security Categorization', '02/2004', 'nist.gov'],
      ['Guidance', 'SP 800-53 Rev 5', 'Security and Privacy Controls', '09/2020', 'nist.gov'],
      ['Guidance', 'SP 800-34 Rev 1', 'Contingency Planning Guide', '05/2010', 'nist.gov'],
      ['Guidance', 'SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', '08/2012', 'nist.gov'],
      ['Guidance', 'SP 800-63-3', 'Digital Identity Guidelines', '06/2017', 'nist.gov'],
    ], widths: [2, 3, 6, 2, 2] },
  ];
}

export function sodBlocks(s: Sys): Block[] {
  const roles = ['System Owner', 'ISSO', 'Cloud Administrator', 'Database Administrator', 'Developer', 'Security Analyst', 'Auditor'];
  const funcs = ['Approve access', 'Provision accounts', 'Deploy to production', 'Approve changes', 'Modify audit settings', 'Review audit logs', 'Manage encryption keys', 'Approve code merge'];
  const m = (r: number, f: number): string => ((r * 3 + f * 5) % 4 === 0 ? 'X' : (r + f) % 5 === 0 ? 'A' : '');
  return [
    { k: 'title', text: 'Separation of Duties Matrix', size: 18 },
    { k: 'p', text: `${s.name} | SSP Attachment 11 | AC-5 Separation of Duties. X = performs; A = approves; blank = no access. No role both performs and approves the same function.` },
    { k: 'table', head: ['Function / Role', ...roles], rows: funcs.map((f, i) => [f, ...roles.map((_, r) => m(r, i))]), widths: [3, ...roles.map(() => 1.3)] },
    { k: 'p', text: 'Conflicting duties identified: none. The matrix is reviewed annually by the ISSO and updated when roles change.' },
  ];
}

export function checklistBlocks(s: Sys): Block[] {
  const items = [
    ['1', 'Initial Authorization Package Checklist', 'Completed checklist'],
    ['2', 'System Security Plan (SSP)', 'Main body'],
    ['3', 'SSP Attachment 1: Information Security Policies and Procedures', 'All 17 families'],
    ['4', 'SSP Attachment 2: User Guide', ''],
    ['5', 'SSP Attachment 3: Digital Identity Worksheet', ''],
    ['6', 'SSP Attachment 4: PTA/PIA', ''],
    ['7', 'SSP Attachment 5: Rules of Behavior', ''],
    ['8', 'SSP Attachment 6: Information System Contingency Plan', 'ISCP and test results'],
    ['9', 'SSP Attachment 7: Configuration Management Plan', ''],
    ['10', 'SSP Attachment 8: Incident Response Plan', ''],
    ['11', 'SSP Attachment 9: CIS/CRM Workbook', ''],
    ['12', 'SSP Attachment 10: FIPS 199', ''],
    ['13', 'SSP Attachment 11: Separation of Duties Matrix', ''],
    ['14', 'SSP Attachment 12: Laws and Regulations', ''],
    ['15', 'SSP Attachment 13: Integrated Inventory Workbook', ''],
    ['16', 'Security Assessment Plan (SAP)', '3PAO'],
    ['17', 'Security Assessment Report (SAR)', '3PAO'],
    ['18', 'Plan of Action and Milestones (POA&M)', ''],
    ['19', 'Agency ATO Letter', 'Signed'],
  ];
  return [
    { k: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 16 },
    { k: 'p', text: `CSP: ${s.csp} | CSO: ${s.name} | Impact Level: ${s.level} | Authorization Path: Agency | Sponsoring Agency: ${s.agency}` },
    { k: 'table', head: ['#', 'Package Item', 'Notes', 'Included (Y/N)', 'File Name', 'Version / Date'], rows: items.map(([n, t, note]) => [n!, t!, note!, 'Y', `${s.abbr}_${t!.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 24)}.pdf`, '01/2026']), widths: [0.5, 5, 2, 1.2, 4, 1.5] },
    { k: 'p', text: 'Checklist completed by the CSP ISSO. The FedRAMP PMO will use this checklist to verify the package is complete before beginning review.' },
  ];
}

export { approvals, revisionTable };
