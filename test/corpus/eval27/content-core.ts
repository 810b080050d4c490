/** The core package deliverables written as prose: SSP, SAP, SAR, ATO letter, change and deviation requests, checklist. */
import { LEGAL_NOTICE, toDocx, toPdf } from './kit.js';
import { AGENCY, CSO, CSO_SHORT, CSP, GROUP, STD_APPROVERS, STD_REVS, TPAO, build, cover } from './prose.js';
import type { Eval27Doc, Section } from './prose.js';
import type { Block } from './kit.js';

function controlSection(id: string, name: string, role: string, param: string, a: string, b: string): Block[] {
  return [
    { h: `${id} ${name}`, level: 2 },
    { table: [[`${id} Control Summary Information`, ''], ['Responsible Role:', role], [`Parameter ${id}:`, param], ['Implementation Status:', 'Implemented'], ['Control Origination:', 'Service Provider Corporate; Service Provider System Specific']] },
    { table: [[`${id} What is the solution and how is it implemented?`, ''], ['Part a', a], ['Part b', b]] },
  ];
}

function sspSections(system: string, level: 'Moderate' | 'Low'): Section[] {
  return [
    ['Information System Name/Title', `This System Security Plan provides an overview of the security requirements for the ${system} and describes the controls in place or planned for implementing those requirements. The information system is named ${system} and carries the unique identifier F2406051234 assigned by the FedRAMP PMO.`, { table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['F2406051234', system, system === CSO ? CSO_SHORT : 'VDX']] }],
    ['Information System Categorization', `The overall information system sensitivity categorisation is ${level}, as documented in the FIPS 199 Categorization (Attachment 10). The information types processed were selected from NIST SP 800-60 Volume II.`, { table: [['Information Type', 'NIST 800-60 identifier', 'Confidentiality', 'Integrity', 'Availability'], ['Energy Supply', 'C.2.5.4', level, level, level], ['System and Network Monitoring', 'C.3.5.8', level, level, 'Low']], header: true }, { p: `Security Objectives Categorization (FIPS 199): Confidentiality ${level}, Integrity ${level}, Availability ${level}.` }, 'Digital Identity Determination: the digital identity level selected is IAL2/AAL2/FAL2 as documented in the Digital Identity Worksheet (Attachment 3).'],
    ['Information System Owner', { table: [['Name', 'Michael Thornbury'], ['Title', 'Director Federal Operations'], ['Company / Organization', CSP], ['Address', '11710 Plaza America Drive, Reston, VA 20190'], ['Email', 'm.thornbury@veltrax-federal.example']] }],
    ['Authorizing Officials', `The authorizing official for this agency authorization is Jennifer Alvarez, Chief Information Security Officer, ${AGENCY}.`],
    ['Other Designated Contacts', 'The Information System Security Officer (ISSO) and the Management Point of Contact are listed below; the group compliance office in Pune supports the ISSO for documentation and continuous monitoring deliverables.'],
    ['Information System Type', `The ${system} is a Software as a Service (SaaS) offering deployed in a public cloud model. It leverages the AWS GovCloud (US-West) FedRAMP High P-ATO for the physical and environmental protection and parts of the media protection families. Inherited controls are documented in the CIS/CRM workbook (Attachment 12).`],
    ['General System Description', `${system} supports federal asset owners in planning maintenance of hydropower and grid assets. Users upload inspection records, sensor summaries and work orders; the service computes risk-based maintenance schedules. Federal users authenticate through their agency identity provider by SAML 2.0 federation with PIV-derived credentials; privileged administrators of ${CSP} use phishing-resistant multi-factor authentication.`, 'The authorisation boundary comprises the production VPCs in AWS GovCloud, the management VPC hosting bastion services and the logging account. Development environments in Pune and Stuttgart are outside the boundary and have no access to federal data.'],
    ['System Environment and Inventory', 'All components are listed in the Integrated Inventory Workbook (Attachment 13). Operating systems are hardened to the CIS Amazon Linux 2023 Level 1 benchmark; container images are rebuilt monthly. Authenticated vulnerability scans of operating system, database and web application layers are run monthly and submitted with the POA&M.'],
    ['System Interconnections', { table: [['SP IP Address and Interface', 'External Organization Name and IP Address', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['10.40.1.0/24 API gateway', `${AGENCY} asset registry, 198.51.100.20`, 'TLS 1.2+ with mutual authentication', 'Incoming', 'Asset master data'], ['10.40.2.15 SMTP relay', 'AWS SES GovCloud', 'TLS 1.2', 'Outgoing', 'Notification e-mails']], header: true }],
    ['Laws, Regulations, Standards and Guidance', 'The applicable laws and regulations are listed in Attachment 12 Laws and Regulations; the group ISO/IEC 27001 certificate is not relied upon for any FedRAMP control.'],
    ['Minimum Security Controls', `Security controls for the system are defined by the FedRAMP Rev. 5 ${level} baseline. The control implementation statements follow; each addresses every part of the control and its FedRAMP-defined parameters.`,
      ...controlSection('AC-2', 'Account Management', 'System Owner, ISSO, Identity Administrator', 'AC-2(h)(1): twenty-four (24) hours; AC-2(j): monthly for privileged accounts', 'Account types allowed within the system are federal end users, customer administrators, Veltrax privileged operators and service accounts. Prohibited are shared and guest accounts.', 'Customer account managers are assigned by the agency; Veltrax account managers are named in the Separation of Duties Matrix.'),
      ...controlSection('CM-6', 'Configuration Settings', 'Configuration Manager', 'CM-6(a): United States Government Configuration Baseline (USGCB) or CIS benchmarks', 'Configuration settings are established using CIS Level 1 benchmarks and enforced via AWS Systems Manager State Manager, as described in the Configuration Management Plan.', 'Deviations are approved through the change advisory board and recorded in the POA&M where they are operational requirements.'),
      ...controlSection('IR-8', 'Incident Response Plan', 'ISSO, Incident Response Lead', 'IR-8(b): at least annually', 'The Incident Response Plan (Attachment 8) provides the roadmap for implementing the incident response capability and is reviewed annually.', 'Copies are distributed to the incident response team and US-CERT contacts as listed in the plan.'),
    ],
  ];
}

export async function coreDocs(): Promise<Eval27Doc[]> {
  const out: Eval27Doc[] = [];

  // SSP, docx, bilingual cover, metadata title left from the group template.
  out.push({
    file: 'GRP-ISMS-0107_v3.2.docx',
    expected: 'SSP',
    note: 'FedRAMP Moderate System Security Plan for the VAIC SaaS with bilingual cover, Freigabe block and control implementation statements; metadata title is the stale "Vorlage".',
    data: await toDocx(build({
      cover: cover(['Sicherheitskonzept / System Security Plan', `${CSO} (${CSO_SHORT})`, 'FedRAMP Moderate Impact Level - Rev. 5', `Prepared by ${CSP}, a company of the Veltrax group`, 'Version 3.2 - 16.06.2025']),
      fm: { docNo: 'GRP-ISMS-0107', version: '3.2', date: '16.06.2025', classification: 'Controlled Unclassified Information', revisions: STD_REVS, approvers: STD_APPROVERS, distribution: ['FedRAMP PMO (via secure repository)', `${AGENCY} - Office of the CISO`, `${TPAO}`, 'Veltrax Federal ISSO'], toc: ['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '11 Minimum Security Controls'], legal: LEGAL_NOTICE },
      sections: sspSections(CSO, 'Moderate'),
      meta: { title: 'Vorlage', creator: 'deshpande.r', lastModifiedBy: 'Thornbury, Michael', subject: '' },
      header: `${CSO_SHORT} System Security Plan | GRP-ISMS-0107 | CUI`,
      footer: `${GROUP} - Intern / Internal`,
    })),
  });

  // SSP, pdf, Low system, headings bold, title only as running header + big paragraph.
  out.push({
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'FedRAMP Low System Security Plan for a document exchange service exported to PDF; title appears in large type and running header only.',
    data: await toPdf(build({
      lead: [{ p: 'FedRAMP System Security Plan (SSP) - Low Baseline', bold: true, size: 34 }, { p: `Veltrax Document Exchange, operated by ${CSP}. Version 1.3, 02.04.2025.` }],
      sections: sspSections('Veltrax Document Exchange', 'Low'),
      meta: { title: 'Dokument1', creator: 'Kulkarni Sunil' },
      header: 'VDX SSP - CUI//SP-PRVCY when filled in',
      headingsAs: 'bold',
    })),
  });

  // SAP docx by the 3PAO.
  const sapSections: Section[] = [
    ['Introduction', `This Security Assessment Plan (SAP) describes how ${TPAO} will assess the ${CSO} (${CSO_SHORT}) operated by ${CSP} for its FedRAMP Moderate agency authorization with the ${AGENCY}. The plan is submitted for agency approval before testing begins.`],
    ['Purpose', 'The purpose of the assessment is to determine whether the security controls described in the System Security Plan version 3.2 dated 16.06.2025 are implemented correctly, operating as intended and producing the desired outcome.'],
    ['Scope', 'The assessment covers all components inside the authorisation boundary listed in the Integrated Inventory Workbook, including 42 virtual machines, 6 managed databases and two public web applications. Locations: AWS GovCloud (US-West); Veltrax Federal office, Reston, VA (interviews).', { table: [['Component', 'IP addresses / URL', 'Function'], ['vaic-web', 'https://app.vaic.veltrax-federal.example', 'Customer web application'], ['vaic-api', '10.40.1.0/24', 'REST API'], ['vaic-db', '10.40.3.10-12', 'PostgreSQL (RDS)']], header: true }],
    ['Assumptions', 'The CSP will provide access to personnel and documentation on the dates agreed; accounts for authenticated scanning will be provisioned five business days before testing begins.'],
    ['Methodology', 'Controls are tested using the FedRAMP Moderate Security Test Case Procedures based on NIST SP 800-53A Rev. 5. Test methods are examination, interview and test. Vulnerability scanning uses Tenable Nessus (infrastructure), Burp Suite Professional (web application) and Nessus database audit policies.'],
    ['Test Plan', { table: [['Role', 'Name', 'Organisation'], ['Lead Assessor', 'Marcus Webb', TPAO], ['Penetration Tester', 'Dana Kowalski', TPAO], ['CSP Point of Contact', 'Michael Thornbury', CSP]], header: true }, 'Testing will be performed between 07.07.2025 and 01.08.2025. The penetration test follows the FedRAMP Penetration Test Guidance and covers the external, web application and social engineering attack vectors.'],
    ['Rules of Engagement', 'Disclosure: all results are confidential and provided only to the CSP, the agency and the FedRAMP PMO. Testing from the 3PAO source addresses 203.0.113.40-45 only. Denial-of-service tests are excluded. The CSP may halt testing through the emergency contact list in Appendix C.', { table: [['Signature', 'Name', 'Date'], ['CSP System Owner', 'Michael Thornbury', '20.06.2025'], ['3PAO Lead', 'Marcus Webb', '20.06.2025']], header: true }],
    ['Appendix A - FedRAMP Test Case Workbook', 'The control test cases are provided in the separate security test case workbook for the Moderate baseline.'],
  ];
  out.push({
    file: 'Final_v7.docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan with scope, methodology, test schedule and signed rules of engagement for the VAIC Moderate assessment.',
    data: await toDocx(build({
      cover: cover(['Security Assessment Plan', `${CSO} - FedRAMP Moderate Initial Assessment`, `Prepared by ${TPAO} for ${CSP}`, '20.06.2025']),
      fm: { docNo: 'BAP-2025-117-SAP', version: '1.0', date: '20.06.2025', classification: 'CUI', revisions: [['0.9', '13.06.2025', 'M. Webb', 'Draft for CSP review'], ['1.0', '20.06.2025', 'M. Webb', 'Final for agency approval']], distribution: [`${AGENCY} AO`, CSP, 'FedRAMP PMO'] },
      sections: sapSections,
      meta: { title: 'SAP VAIC', creator: 'Marcus Webb' },
      header: 'Brightwater Assurance Partners - Security Assessment Plan - CUI',
    })),
  });

  // SAP pdf annual assessment, misleading file name.
  out.push({
    file: 'SAR_annual_2025.pdf',
    expected: 'SAP',
    note: 'Annual assessment Security Assessment Plan (planned testing, sampling, rules of engagement); the file name wrongly says SAR.',
    data: await toPdf(build({
      lead: [{ p: 'Annual Assessment', size: 24 }, { p: 'SECURITY ASSESSMENT PLAN', bold: true, size: 36 }, { p: `${CSO} - Year 1 Continuous Monitoring Assessment`, size: 24 }],
      sections: [
        ['Purpose and Scope', `This plan defines the annual assessment of the ${CSO_SHORT} by ${TPAO}. In accordance with the FedRAMP Annual Assessment Guidance, the planned control set is the core controls, the controls changed since the last assessment and one third of the remaining controls.`],
        ['Sampling Methodology', 'Populations are sampled according to the 3PAO sampling methodology: for inventories above 50 components a sample of 30 percent, at minimum 25 items, is selected by random draw witnessed by the ISSO.'],
        ['Planned Tests', { table: [['Test', 'Tool', 'Window'], ['Infrastructure vulnerability scan', 'Nessus 10.8', '08.09.2025-12.09.2025'], ['Web application test', 'Burp Suite Pro', '15.09.2025-19.09.2025'], ['Penetration test', 'Manual + Metasploit', '22.09.2025-26.09.2025']], header: true }],
        ['Rules of Engagement', 'Testing will originate from the 3PAO assessment network. The CSP will notify AWS where required. Any critical finding discovered during testing is reported to the ISSO within one business day.'],
        ['Deliverables', 'The results of the testing will be documented in the Security Assessment Report (SAR) and its risk exposure table; the CSP will update the POA&M accordingly.'],
      ],
      meta: { title: 'Annual SAP 2025', creator: 'Brightwater' },
      footer: 'Brightwater Assurance Partners LLC - CUI',
      headingsAs: 'bold',
    })),
  });

  // SAR docx.
  const sarSections: Section[] = [
    ['Executive Summary', `${TPAO} performed the security assessment of the ${CSO} between 07.07.2025 and 01.08.2025 according to the approved Security Assessment Plan. This Security Assessment Report documents the results, the risk exposure and the 3PAO recommendation.`],
    ['Purpose', 'The purpose of this report is to describe the assessment results, including identified weaknesses and their risk ratings, to support the authorising official in the authorisation decision.'],
    ['Assessment Results', { table: [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '1', '0', '0', '0', '1'], ['Moderate', '4', '6', '2', '1', '1', '14'], ['Low', '7', '11', '3', '2', '0', '23']], header: true }],
    ['Risk Exposure Table', { table: [['Identifier', 'Name', 'Source', 'Initial Risk', 'Residual Risk', 'Remediation'], ['VAIC-SAR-001', 'OpenSSH vulnerable version on bastion', 'OS scan', 'High', 'Moderate', 'Patch by 31.08.2025'], ['VAIC-SAR-002', 'Session timeout 60 minutes', 'Test case AC-12', 'Moderate', 'Moderate', 'Reduce to 15 minutes'], ['VAIC-SAR-003', 'Audit log review not evidenced for May', 'Test case AU-6', 'Moderate', 'Low', 'Process corrected']], header: true }],
    ['Risks Corrected During Testing', 'Two moderate findings (TLS 1.0 enabled on an internal load balancer and a default SNMP community string) were corrected and verified during testing.'],
    ['Operational Requirements and False Positives', 'One finding was accepted as false positive after evidence review (backported patch for Apache httpd). Deviation requests will be submitted by the CSP where needed.'],
    ['Authorization Recommendation', `${TPAO} attests that the ${CSO_SHORT} meets the FedRAMP Moderate requirements with the exception of the residual risks listed above and recommends that the ${AGENCY} grant an Authority to Operate. All open items must be tracked in the POA&M.`, { table: [['3PAO Lead Assessor', 'Marcus Webb', 'signed 08.08.2025']] }],
  ];
  out.push({
    file: 'upload (3).docx',
    expected: 'SAR',
    note: '3PAO Security Assessment Report with summary of findings, risk exposure table and authorization recommendation.',
    data: await toDocx(build({
      cover: cover([`${CSO} (${CSO_SHORT})`, 'Security Assessment Report (SAR)', 'FedRAMP Moderate - Initial Authorization', `${TPAO} - 08.08.2025`]),
      fm: { docNo: 'BAP-2025-117-SAR', version: '1.0', date: '08.08.2025', classification: 'CUI', revisions: [['1.0', '08.08.2025', 'M. Webb', 'Final report']], toc: ['1 Executive Summary', '4 Risk Exposure Table', '7 Authorization Recommendation'] },
      sections: sarSections,
      meta: { creator: 'Marcus Webb' },
      header: 'CUI - Security Assessment Report - VAIC',
    })),
  });

  // SAR pdf, annual, metadata missing.
  out.push({
    file: 'scan_2025-09.pdf',
    expected: 'SAR',
    note: 'Annual assessment Security Assessment Report (results, risk exposure table, continued-authorization recommendation) printed to PDF without metadata; name misleadingly says scan.',
    data: await toPdf(build({
      lead: [{ p: `${TPAO}`, size: 22 }, { p: 'Security Assessment Report - Annual Assessment 2025', bold: true, size: 30 }, { p: `${CSO} | FedRAMP Moderate | Report date 10.10.2025` }],
      sections: [
        ['Executive Summary', 'The annual assessment tested 118 controls. Results indicate that the system continues to operate at an acceptable level of risk. Three new moderate weaknesses were identified and entered in the POA&M by the CSP.'],
        ['Summary of Risks', { table: [['Risk', 'Open', 'Corrected during test', 'Operational Requirement'], ['High', '0', '1', '0'], ['Moderate', '3', '2', '1'], ['Low', '9', '4', '0']], header: true }],
        ['Risk Exposure Table', { table: [['ID', 'Weakness', 'Control', 'Likelihood', 'Impact', 'Risk'], ['AA25-01', 'Unsupported PHP runtime on reporting host', 'SI-2', 'Moderate', 'Moderate', 'Moderate'], ['AA25-02', 'MFA not enforced for break-glass account', 'IA-2(1)', 'Low', 'High', 'Moderate']], header: true }],
        ['Recommendation for Continued Authorization', `Based on the results, ${TPAO} recommends continued authorisation of the system by the ${AGENCY}.`],
      ],
      headingsAs: 'bold',
    }), { noMetadata: true }),
  });

  // ATO letters.
  const atoBody = (system: string, date: string, expiry: string): Section[] => [
    ['Subject: Authority to Operate (ATO) - ' + system, `Dear ${CSP} leadership,`, `The ${AGENCY} has completed its review of the security authorization package for ${system}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO} and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`, `Accordingly, I hereby grant an Authority to Operate for ${system} at the FedRAMP Moderate impact level, effective ${date}. This authorization is valid until ${expiry} unless revoked, provided that the continuous monitoring requirements are met: monthly POA&M and vulnerability scan submissions, annual assessment, and reporting of significant changes.`, 'A copy of this letter will be provided to the FedRAMP PMO for listing on the FedRAMP Marketplace.', 'Sincerely,', 'Jennifer Alvarez', 'Authorizing Official, Chief Information Security Officer', AGENCY],
  ];
  out.push({
    file: 'scan0093.pdf',
    expected: 'ATO_LETTER',
    note: 'Signed agency Authority to Operate letter granting the ATO for VAIC at Moderate, issued by the authorizing official.',
    data: await toPdf(build({
      lead: [{ p: AGENCY.toUpperCase(), bold: true, size: 24, center: true }, { p: 'Office of the Chief Information Officer - 1000 Independence Ave SW, Washington, DC 20585', size: 16, center: true }, { p: 'MEMORANDUM FOR: Michael Thornbury, Director Federal Operations, Veltrax Federal Inc.' }, { p: 'FROM: Jennifer Alvarez, Authorizing Official' }, { p: 'DATE: September 3, 2025' }],
      sections: atoBody(`${CSO} (${CSO_SHORT})`, 'September 3, 2025', 'September 3, 2028'),
      numbered: false,
    }), { noMetadata: true }),
  });
  out.push({
    file: 'Schreiben_Behoerde_ATO.docx',
    expected: 'ATO_LETTER',
    note: 'Agency ATO letter for the Veltrax Document Exchange as received from the agency in Word format (authorizing official, ATO grant and conditions).',
    data: await toDocx(build({
      lead: [{ p: AGENCY, bold: true, size: 28 }, { p: 'Washington, DC' }, { p: 'April 22, 2025' }],
      sections: atoBody('Veltrax Document Exchange', 'April 22, 2025', 'April 21, 2028').map(([h, ...b]) => [h.replace('Moderate', 'Low'), ...b.map((x) => (typeof x === 'string' ? x.replace('FedRAMP Moderate', 'FedRAMP Low') : x))] as Section),
      numbered: false,
      meta: { title: 'ATO Letter VDX', creator: 'FEIA OCIO' },
      headingsAs: 'bold',
    })),
  });

  // Significant change requests.
  const scr = (what: string, type: string, date: string): Section[] => [
    ['Significant Change Request Form', { table: [['CSP Name', CSP], ['Cloud Service Offering', CSO], ['FedRAMP Package ID', 'F2406051234'], ['Impact Level', 'Moderate'], ['Date of Request', date], ['Type of Significant Change', type]] }],
    ['Description of the Proposed Change', what],
    ['Justification', 'The change is required to maintain vendor support and to improve resilience. It does not change the authorisation boundary data flows to external systems.'],
    ['Security Impact Analysis', 'Affected controls: CM-2, CM-3, CM-4, SC-8, SC-13, SI-2. The security impact analysis concluded a moderate impact requiring 3PAO assessment of the changed components. The SSP, inventory and diagrams will be updated after approval.'],
    ['3PAO Involvement', `${TPAO} will produce a SAP addendum and a SAR covering the change before implementation in production.`],
    ['Approvals', { table: [['Role', 'Name', 'Signature / Date'], ['CSP System Owner', 'Michael Thornbury', '________'], ['Agency AO', '', '________']], header: true }],
  ];
  out.push({
    file: 'SCR-2025-03_database-migration.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'FedRAMP significant change request form for migrating the VAIC database to a new engine version and a new region, with security impact analysis and approvals.',
    data: await toDocx(build({
      lead: [{ p: 'FedRAMP Significant Change Request', bold: true, size: 32 }],
      sections: scr('Migration of the PostgreSQL 13 database cluster to Amazon Aurora PostgreSQL 16 and introduction of a warm standby in AWS GovCloud (US-East).', 'New data centre / Change of component (database)', '05.05.2025'),
      meta: { title: 'Significant Change Request', creator: 'Nair, Priya' },
      numbered: false,
    })),
  });
  out.push({
    file: 'Antrag_Aenderung_07.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'Significant change request (PDF) for adding a generative-AI summarisation feature to VAIC; contains the form fields, impact analysis and approval block.',
    data: await toPdf(build({
      lead: [{ p: 'Änderungsantrag / Significant Change Request (SCR)', bold: true, size: 26 }, { p: 'Submitted to the Agency AO for notification and approval per the FedRAMP Significant Change Policies and Procedures.' }],
      sections: scr('Introduction of a new interconnected service: large-language-model summarisation of inspection reports using Amazon Bedrock in AWS GovCloud, adding a new external service and a new data flow.', 'New service / new interconnection', '19.08.2025'),
      meta: { title: 'Dokument1' },
      numbered: false,
    })),
  });

  // Deviation request (docx; the xlsx variant is in content-sheets).
  out.push({
    file: 'DR_VAIC-0031.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP deviation request (false positive) for a POA&M item, with evidence and justification sections.',
    data: await toDocx(build({
      lead: [{ p: 'FedRAMP Deviation Request Form', bold: true, size: 30 }, { table: [['CSP', CSP], ['System', CSO], ['Deviation Type', 'False Positive (FP)'], ['POA&M ID', 'V-0031'], ['Date Submitted', '14.07.2025']] }],
      sections: [
        ['Description of Deviation', 'The monthly OS scan reports CVE-2024-38476 (Apache HTTP Server) on hosts vaic-rpt-01 and vaic-rpt-02. The installed package httpd-2.4.62-1.amzn2023 contains the backported fix.'],
        ['Justification and Evidence', 'Vendor advisory ALAS2023-2024-676 confirms the fix; rpm changelog output and a screenshot of the package version are attached as evidence. The scanner detection relies on the banner version only.'],
        ['Risk Adjustment', 'Not applicable for false positive. The CSP requests closure of the POA&M item after approval.'],
        ['Approvals', { table: [['CSP ISSO', 'Michael Thornbury', '14.07.2025'], ['3PAO review', 'Dana Kowalski', '16.07.2025'], ['Agency AO decision', 'Approved / Not approved', '']] }],
      ],
      meta: { title: 'Deviation Request', creator: 'm.thornbury' },
      numbered: false,
    })),
  });

  // Authorization checklist as docx.
  out.push({
    file: 'package-checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist filled in for VAIC: list of required package items with presence and location columns.',
    data: await toDocx(build({
      lead: [{ p: 'FedRAMP Initial Authorization Package Checklist', bold: true, size: 30 }, { p: `CSP: ${CSP} | CSO: ${CSO} | Package ID F2406051234 | Date 25.08.2025` }],
      sections: [
        ['Instructions', 'The CSP must complete this checklist and submit it with the initial authorisation package. Indicate for each item whether it is included and where it is located in the package repository.'],
        ['Checklist', { table: [['#', 'Package item', 'Included (Y/N)', 'File location'], ['1', 'FedRAMP Initial Authorization Package Checklist', 'Y', '/00_Checklist'], ['2', 'System Security Plan (SSP)', 'Y', '/01_SSP'], ['3', 'SSP Appendix A - FedRAMP Security Controls', 'Y', '/01_SSP'], ['4', 'Attachment 1 - Information Security Policies and Procedures', 'Y', '/01_SSP/ATT01'], ['5', 'Attachment 2 - User Guide', 'Y', '/01_SSP/ATT02'], ['6', 'Attachment 3 - Digital Identity Worksheet', 'Y', '/01_SSP/ATT03'], ['7', 'Attachment 4 - PTA/PIA', 'Y', '/01_SSP/ATT04'], ['8', 'Attachment 5 - Rules of Behavior', 'Y', '/01_SSP/ATT05'], ['9', 'Attachment 6 - Information System Contingency Plan', 'Y', '/01_SSP/ATT06'], ['10', 'Attachment 7 - Configuration Management Plan', 'Y', '/01_SSP/ATT07'], ['11', 'Attachment 8 - Incident Response Plan', 'Y', '/01_SSP/ATT08'], ['12', 'Attachment 9 - CIS/CRM Workbook', 'Y', '/01_SSP/ATT09'], ['13', 'Attachment 13 - Integrated Inventory Workbook', 'Y', '/01_SSP/ATT13'], ['14', 'Security Assessment Plan (SAP)', 'Y', '/02_SAP'], ['15', 'Security Assessment Report (SAR)', 'Y', '/03_SAR'], ['16', 'Plan of Action and Milestones (POA&M)', 'Y', '/04_POAM'], ['17', 'Agency ATO letter', 'N', 'pending']], header: true }],
        ['CSP Attestation', 'I attest that the package is complete and that the documents listed above are the versions assessed by the 3PAO.', { table: [['Name', 'Michael Thornbury'], ['Date', '25.08.2025']] }],
      ],
      meta: { title: 'Checkliste', creator: 'Deshpande' },
      numbered: false,
    })),
  });

  return out;
}
