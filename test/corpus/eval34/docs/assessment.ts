import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import type { Block } from '../kit/blocks.js';
import { big, bold, br, center, h1, h2, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { approvals, distribution, proprietary, revHistory, toc } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderXlsx } from '../kit/xlsx.js';

const CORVID = 'Corvid Assurance Partners, LLC';

async function sapDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(CORVID),
    big('Meridian Case Manager'),
    big('Security Assessment Plan'),
    center('FedRAMP Rev. 5 Initial Assessment - Moderate'),
    center('Prepared for Halvorsen Data Systems, Inc. and the Federal Maritime Records Administration'),
    center('March 3, 2025 - Version 1.1'),
    br,
    ...proprietary(CORVID),
    ...revHistory([['02/24/2025', '1.0', 'Draft for CSP and agency review', 'Corvid'], ['03/03/2025', '1.1', 'Incorporated FMRA ISSM comments on sampling', 'Corvid']]),
    ...approvals([['Gabriel Moreau', 'Assessment Lead, Corvid Assurance Partners', '03/03/2025'], ['Thomas Oyelaran', 'System Owner, Halvorsen', '03/04/2025']], 'By signing, the CSP acknowledges the rules of engagement and the testing schedule below.'),
    ...toc(['1 Introduction', '2 Purpose', '3 Scope', '4 Assumptions', '5 Methodology', '6 Test Plan', '7 Rules of Engagement', 'Appendix A Test Case Procedures', 'Appendix B Penetration Test Plan']),
    br,
    h1('1 Introduction'),
    ...p('This Security Assessment Plan (SAP) describes how Corvid Assurance Partners, an accredited FedRAMP Third Party Assessment Organization (3PAO), will assess the security controls of Meridian Case Manager (MCM) as documented in the System Security Plan version 3.2 dated February 21, 2025. The results will be documented in the Security Assessment Report (SAR).'),
    h1('2 Purpose'),
    ...p('The purpose of the assessment is to determine the extent to which the controls are implemented correctly, operating as intended and producing the desired outcome with respect to the FedRAMP Moderate baseline.'),
    h1('3 Scope'),
    ...p('The scope covers all components within the MCM authorization boundary listed in the Integrated Inventory Workbook dated February 28, 2025. Inherited controls from AWS GovCloud are not retested.'),
    table(['Component', 'IP / URL', 'Function'], ['Production EKS nodes', '10.40.12.0/22', 'Application tier'], ['RDS PostgreSQL', 'mcm-prod.cluster-x.us-gov-west-1.rds', 'Database'], ['app.mcm.halvorsen-gov.example', 'public', 'Web application']),
    h1('4 Assumptions'),
    ul('The CSP provides credentials for authenticated scanning by March 10.', 'The system remains frozen from a development perspective during testing.', 'Key personnel are available for interviews.'),
    h1('5 Methodology'),
    ...p('Corvid uses the examine, interview and test methods of NIST SP 800-53A Rev. 5 and the FedRAMP test case workbook. Vulnerability scanning is performed with Nessus Professional (OS and database) and Burp Suite Enterprise (web). Sampling follows the FedRAMP sampling guidance.'),
    h1('6 Test Plan'),
    table(['Activity', 'Start', 'End'], ['Kickoff', '03/10/2025', '03/10/2025'], ['Document review and interviews', '03/11/2025', '03/21/2025'], ['Vulnerability scanning', '03/17/2025', '03/19/2025'], ['Penetration testing', '03/24/2025', '04/04/2025'], ['SAR delivery', '04/25/2025', '04/25/2025']),
    h1('7 Rules of Engagement'),
    ...p('Testing is performed from Corvid IP addresses 198.51.100.24-28. Denial of service testing, social engineering of agency staff and physical testing are out of scope. Testers stop and notify the CSP immediately if federal data is exposed or a critical vulnerability is found. Emergency contacts are listed in Table 7-1.'),
    h1('Appendix B Penetration Test Plan'),
    ...p('Attack vectors follow the FedRAMP Penetration Test Guidance: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, mobile application (not applicable), and client-side.'),
  ];
  return { file: 'SAP_MCM_v1.1_signed.docx', expected: 'SAP', note: '3PAO Security Assessment Plan: scope, methodology, test schedule, rules of engagement, pen test plan.', data: await renderDocx({ blocks, header: 'Meridian Case Manager SAP', footer: 'Corvid Assurance Partners - Proprietary', meta: { title: 'FedRAMP SAP Template Rev5', creator: 'FedRAMP PMO', lastModifiedBy: 'gmoreau' } }) };
}

async function sapOscalXml(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  const text = raw.replace(/\[System Name\]/g, 'Tessellate Analytics Platform');
  return { file: 'assessment_plan_export.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan (FedRAMP SAP template with the system name filled in).', data: text };
}

async function sapPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('Northline Audit Group'),
    big('Annual Assessment - Security Assessment Plan'),
    center('ClearPath Grants Cloud - FedRAMP Low - 2025 Annual Assessment'),
    h1('1. Assessment Scope'),
    ...p('This Security Assessment Plan (SAP) covers the 2025 annual assessment of ClearPath Grants Cloud. Per FedRAMP annual assessment guidance, the control sample includes the core controls, controls affected by significant changes in the past year, and controls associated with open POA&M items.'),
    h1('2. Controls Selected for Testing'),
    table(['Family', 'Controls'], ['AC', 'AC-2, AC-7, AC-17'], ['CM', 'CM-2, CM-6, CM-8'], ['IA', 'IA-2, IA-5'], ['RA', 'RA-5'], ['SI', 'SI-2, SI-4']),
    h1('3. Assessment Methodology'),
    ...p('Controls are assessed using examine, interview and test procedures from NIST SP 800-53A. Northline runs authenticated vulnerability scans of 100 percent of the inventory and a web application scan of the grants portal.'),
    h1('4. Rules of Engagement'),
    ...p('Testing windows: weekdays 7 p.m. to 5 a.m. Eastern. Source IPs: 203.0.113.40/29. No destructive testing. The CSP may halt testing by calling the Northline lead.'),
    h1('5. Schedule and Deliverables'),
    ...p('Testing begins May 5, 2025. The Security Assessment Report will be delivered by June 13, 2025.'),
    h1('6. Signatures'),
    ...p('Northline Assessment Lead: ________  CSP System Owner: ________  Agency AO representative: ________'),
  ];
  return { file: 'Northline_2025_annual.pdf', expected: 'SAP', note: '3PAO annual Security Assessment Plan (control selection, methodology, rules of engagement, schedule).', data: await renderPdf({ blocks }) };
}

async function sarDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(CORVID),
    big('Security Assessment Report'),
    center('Meridian Case Manager - FedRAMP Moderate Initial Assessment'),
    center('April 25, 2025'),
    br,
    ...revHistory([['04/25/2025', '1.0', 'Final', 'Corvid Assurance Partners']]),
    ...distribution(['Thomas Oyelaran;Halvorsen Data Systems', 'Agency ISSM;Federal Maritime Records Administration', 'FedRAMP PMO;GSA']),
    h1('Executive Summary'),
    ...p('Corvid Assurance Partners assessed Meridian Case Manager between March 10 and April 4, 2025 according to the Security Assessment Plan v1.1. Of the 323 controls assessed, 311 were found fully satisfied. Testing identified 0 High, 9 Moderate and 14 Low risks, of which 3 were operationally required and 2 were false positives.'),
    h1('Risk Exposure Table'),
    table(['Identifier', 'Name', 'Source', 'Initial Risk', 'Adjusted Risk', 'Status'], ['V-001', 'TLS 1.0 enabled on legacy health-check listener', 'Nessus', 'Moderate', 'Moderate', 'Open'], ['V-002', 'Outdated OpenSSL library in base image', 'Nessus', 'Moderate', 'Moderate', 'Open'], ['D-004', 'Incomplete quarterly account review evidence (AC-2(j))', 'Document review', 'Low', 'Low', 'Open'], ['W-007', 'Missing Content-Security-Policy header', 'Burp Suite', 'Low', 'Low', 'Open'], ['P-002', 'Tenant IDs enumerable via API error messages', 'Penetration test', 'Moderate', 'Low', 'Open']),
    h1('Summary of Risks'),
    table(['Risk Level', 'Count'], ['High', '0'], ['Moderate', '9'], ['Low', '14']),
    h1('Authorization Recommendation'),
    ...p('Corvid Assurance Partners attests that the system meets the FedRAMP Moderate requirements and recommends that the Federal Maritime Records Administration grant an authorization to operate for Meridian Case Manager, provided that the open risks are tracked in the POA&M and remediated within the FedRAMP timeframes.'),
    h1('Appendices'),
    ul('Appendix A - Risk Exposure Table (detailed)', 'Appendix B - Security Test Case Procedures', 'Appendix C - Infrastructure Scan Results', 'Appendix D - Database Scan Results', 'Appendix E - Web Application Scan Results', 'Appendix F - Penetration Test Report'),
  ];
  return { file: 'MCM_Initial_SAR_FINAL.docx', expected: 'SAR', note: '3PAO Security Assessment Report with risk exposure table and authorization recommendation.', data: await renderDocx({ blocks, header: 'MCM SAR - Controlled Unclassified Information', meta: { creator: 'Corvid Assurance Partners' } }) };
}

async function sarOscalJson(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8');
  const text = raw.replace(/\[System Name\]/g, 'Meridian Case Manager');
  return { file: 'ar-2025-04.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (FedRAMP SAR template filled in).', data: text };
}

async function sarPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('ClearPath Grants Cloud'),
    center('Security Assessment Report (SAR) - 2025 Annual Assessment'),
    center('Northline Audit Group, FedRAMP Recognized 3PAO'),
    h1('1. Executive Summary'),
    ...p('Northline assessed the controls selected in the Security Assessment Plan dated April 21, 2025. The system continues to operate at an acceptable level of risk. Northline identified 1 High, 3 Moderate and 6 Low findings.'),
    h1('2. Risk Exposure Table'),
    table(['ID', 'Weakness', 'Control', 'Risk', 'Recommendation'], ['NL-25-01', 'Unpatched .NET runtime (CVE-2025-21172)', 'SI-2', 'High', 'Update runtime within 30 days'], ['NL-25-02', 'Stale admin account', 'AC-2', 'Moderate', 'Disable and review'], ['NL-25-03', 'Audit log retention 60 days', 'AU-11', 'Moderate', 'Extend to 90 days']),
    h1('3. Summary of Results by Family'),
    table(['Family', 'Satisfied', 'Other than satisfied'], ['AC', '9', '1'], ['AU', '6', '1'], ['SI', '5', '1']),
    h1('4. Recommendation for Continued Authorization'),
    ...p('Based on the results, Northline recommends that the authorizing official continue the authorization of ClearPath Grants Cloud, with the High finding remediated within 30 days and tracked in the POA&M.'),
  ];
  return { file: 'SAR-annual-2025.pdf', expected: 'SAR', note: '3PAO annual Security Assessment Report with risk exposure table and recommendation.', data: await renderPdf({ blocks, header: 'CUI' }, { producer: 'Adobe PDF Library 24.2.159' }) };
}

async function checklistXlsx(): Promise<EvalDoc> {
  const items: [string, string, string][] = [
    ['1', 'System Security Plan (SSP)', 'Yes'], ['1.1', 'Attachment 1 - Information Security Policies and Procedures', 'Yes'], ['1.2', 'Attachment 2 - User Guide', 'Yes'], ['1.3', 'Attachment 3 - Digital Identity Worksheet', 'Yes'], ['1.4', 'Attachment 4 - PTA/PIA', 'Yes'], ['1.5', 'Attachment 5 - Rules of Behavior', 'Yes'], ['1.6', 'Attachment 6 - Information System Contingency Plan', 'Yes'], ['1.7', 'Attachment 7 - Configuration Management Plan', 'Yes'], ['1.8', 'Attachment 8 - Incident Response Plan', 'Yes'], ['1.9', 'Attachment 9 - CIS/CRM Workbook', 'Yes'], ['1.10', 'Attachment 10 - FIPS 199', 'Yes'], ['1.11', 'Attachment 11 - Separation of Duties Matrix', 'Yes'], ['1.12', 'Attachment 12 - Laws and Regulations', 'Yes'], ['1.13', 'Attachment 13 - Integrated Inventory Workbook', 'Yes'], ['2', 'Security Assessment Plan (SAP)', 'Yes'], ['3', 'Security Assessment Report (SAR) with appendices', 'Yes'], ['4', 'Plan of Action and Milestones (POA&M)', 'Yes'], ['5', 'Agency ATO Letter', 'Yes'], ['6', 'Continuous Monitoring Strategy', 'N/A'],
  ];
  const data = await renderXlsx({
    creator: 'FedRAMP PMO',
    lastModifiedBy: 'Halvorsen GRC',
    sheets: [
      {
        name: 'Checklist',
        rows: [['FedRAMP Initial Authorization Package Checklist'], ['CSP Name: Halvorsen Data Systems, Inc.', null, 'CSO Name: Meridian Case Manager'], ['Impact Level: Moderate', null, 'Sponsoring Agency: Federal Maritime Records Administration'], [], ['#', 'Package Item', 'Included in Package (Yes/No/N/A)', 'File Name / Location in Repository', 'Comments'], ...items.map(([n, d, y]) => [n, d, y, `MCM/Initial/${d.split(' - ')[0]?.replace(/\W+/g, '_')}`, ''])],
        boldRows: [1, 5],
      },
    ],
  });
  return { file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist listing each package item and whether it is included.', data };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('FedRAMP'),
    big('Initial Authorization Package Checklist'),
    ...p('Instructions: The CSP completes this checklist and submits it with the initial authorization package. For each item indicate whether the document is included and its location in the FedRAMP secure repository.'),
    table(['Cloud Service Offering', 'Tessellate Analytics Platform'], ['Cloud Service Provider', 'Tessellate Inc.'], ['Impact Level', 'High'], ['3PAO', 'Northline Audit Group'], ['Authorizing Agency', 'Federal Maritime Records Administration']),
    h2('Checklist Items'),
    table(['Item', 'Description', 'Included', 'Notes'], ['SSP', 'System Security Plan and all attachments (1-13)', 'Yes', 'Version 2.0.1 (OSCAL and Word)'], ['SAP', 'Security Assessment Plan signed by 3PAO', 'Yes', ''], ['SAR', 'Security Assessment Report with Risk Exposure Table', 'Yes', ''], ['POA&M', 'Plan of Action and Milestones', 'Yes', 'Dated 2025-02-28'], ['ATO Letter', 'Signed agency ATO letter', 'Yes', ''], ['Inventory', 'Integrated Inventory Workbook', 'Yes', ''], ['Scans', 'Raw scan files from the assessment', 'Yes', 'Nessus and Burp']),
    h2('CSP Attestation'),
    ...p('I attest that all package items listed above are complete and current. Signature: ____________  Date: ____________'),
  ];
  return { file: 'pkg_check_TAP.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist in Word.', data: await renderDocx({ blocks, meta: { title: 'Initial Authorization Package Checklist' } }) };
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  return Promise.all([sapDocx(), sapOscalXml(), sapPdf(), sarDocx(), sarOscalJson(), sarPdf(), checklistXlsx(), checklistDocx()]);
}
