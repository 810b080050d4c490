// 3PAO deliverables in Office and PDF form: security assessment plans and reports.
import type { Block, Eval5Doc, PBlock } from './kit.js';
import { docx, pdf, revisionTable } from './kit.js';

async function sapDocx(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Brightline Assurance LLC — FedRAMP Recognized 3PAO', center: true },
    { p: 'Tamarack FedCase', bold: true, center: true, size: 18 },
    { p: 'Security Assessment Plan (SAP)', bold: true, center: true, size: 22 },
    { p: 'Annual Assessment 2026 — Version 1.0', center: true },
    { table: [['Prepared by', 'Prepared for'], ['Brightline Assurance LLC, 1200 Market St, Philadelphia, PA', 'Tamarack Software, LLC, Boise, ID']] },
    { pageBreak: true },
    revisionTable([['2026-04-02', '0.9', 'Draft for CSP review', 'E. Varga'], ['2026-04-10', '1.0', 'Final for agency approval', 'E. Varga']]),
    { h1: '1 Introduction' },
    { p: 'This Security Assessment Plan describes how Brightline will assess the security controls of Tamarack FedCase for the 2026 annual assessment, including the controls in scope, the test methods, the schedule and the rules of engagement.' },
    { h1: '2 Scope' },
    { table: [['Item', 'Detail'], ['Controls in scope', 'FedRAMP core controls, controls changed since last year, and one third of remaining Moderate controls'], ['Locations', 'AWS GovCloud us-gov-west-1 and us-gov-east-1; remote interviews'], ['IP ranges', '10.40.0.0/16, 10.41.0.0/16; public endpoints listed in Appendix A']] },
    { h1: '3 Assumptions' },
    { p: 'Tamarack will provide credentials for authenticated scanning, access to personnel for interviews, and a frozen configuration during the testing window.' },
    { h1: '4 Methodology' },
    { p: 'Controls are tested with the examine, interview and test methods of NIST SP 800-53A Rev. 5. Sampling follows the FedRAMP sampling methodology; population and sample sizes are recorded in the test case workbook.' },
    { h2: '4.1 Vulnerability Scanning' },
    { p: 'Authenticated infrastructure scans with Tenable Nessus, database scans, and web application scans with Burp Suite Professional against every in-scope URL.' },
    { h2: '4.2 Penetration Testing' },
    { p: 'Penetration testing follows the FedRAMP Penetration Test Guidance and covers external, tenant-to-tenant, CSP-admin and mobile attack vectors as applicable.' },
    { h1: '5 Test Schedule' },
    { table: [['Activity', 'Start', 'End'], ['Kick-off', '2026-05-04', '2026-05-04'], ['Documentation review and interviews', '2026-05-05', '2026-05-15'], ['Scanning and penetration testing', '2026-05-11', '2026-05-22'], ['Draft SAR', '2026-06-05', '2026-06-05']] },
    { h1: '6 Rules of Engagement' },
    { bullets: ['Testing occurs Monday–Friday, 08:00–20:00 Eastern; denial-of-service testing is excluded.', 'Brightline will stop testing and notify the CSP immediately if a critical vulnerability or evidence of prior compromise is found.', 'Source IPs of the test team: 198.51.100.24, 198.51.100.25.', 'Emergency contacts are listed in Table 6-1.'] },
    { h1: '7 Signatures' },
    { table: [['Role', 'Name', 'Date'], ['3PAO Assessment Lead', 'Erik Varga', '2026-04-10'], ['CSP System Owner', 'Dana Abernathy', '2026-04-11']] },
  ];
  return { file: 'FedCase_2026_SAP_v1.0.docx', expected: 'SAP', note: 'annual-assessment SAP with scope, methodology, schedule, rules of engagement', data: await docx({ title: 'Security Assessment Plan', creator: 'Brightline Assurance', blocks }) };
}

async function sapPdf(): Promise<Eval5Doc> {
  return {
    file: 'Keystone_Test_Plan_MAC.pdf',
    expected: 'SAP',
    note: 'retitled SAP: "Assessment Plan and Rules of Engagement" (3PAO plan before initial testing)',
    data: await pdf({
      title: 'MAC Assessment Plan and Rules of Engagement',
      author: 'Keystone Audit Partners',
      footer: 'Keystone Audit Partners — Proprietary — Page {n} of {of}',
      blocks: [
        { center: 'KEYSTONE AUDIT PARTNERS', size: 12, bold: true },
        { center: 'Meridian Analytics Cloud (High)', size: 14 },
        { center: 'Initial Authorization Assessment Plan and Rules of Engagement', size: 17, bold: true },
        { center: 'FedRAMP Security Assessment Plan — prepared by the 3PAO', size: 11 },
        { gap: 16 },
        { table: [['Version', 'Date', 'Status'], ['1.2', 'February 23, 2026', 'Approved by the Department of Energy AO']] },
        { h: '1. Purpose' },
        { p: 'Keystone Audit Partners, an A2LA-accredited Third Party Assessment Organization, will perform the initial assessment of the Meridian Analytics Cloud against the FedRAMP High baseline. This plan defines what will be tested, how, when, and under which rules.' },
        { h: '2. Assessment Scope' },
        { p: 'All 410 controls and enhancements of the FedRAMP Rev. 5 High baseline. Inventory as of 2026-02-15 (412 assets). Leveraged services of Azure Government are inherited and not retested.' },
        { h: '3. Test Methods' },
        { table: [['Method', 'Description', 'Tools'], ['Examine', 'Review of policies, plans, configurations', 'Evidence portal'], ['Interview', 'Structured interviews with control owners', '—'], ['Test', 'Technical testing and scanning', 'Nessus, SQLMap, Burp Suite, ScoutSuite']] },
        { pageBreak: true },
        { h: '4. Penetration Test Approach' },
        { p: 'Attack vectors: external to corporate, external to CSP target system, tenant to tenant, internal to CSP management, and social engineering of system administrators (phishing), per FedRAMP Penetration Test Guidance.' },
        { h: '5. Rules of Engagement' },
        { bullets: ['Testing window: 2026-03-02 to 2026-03-27.', 'No testing of production customer data; synthetic tenants are provided by Meridian.', 'Findings rated High or Critical are reported to the ISSO within 24 hours.', 'Either party may suspend testing if service degradation is observed.'] },
        { h: '6. Sampling' },
        { p: 'Sample sizes follow the FedRAMP guidance: for populations over 250, a sample of 25; all privileged accounts are reviewed.' },
        { h: '7. Approvals' },
        { table: [['Name', 'Role', 'Signature'], ['H. Abara', 'Keystone Assessment Lead', '/s/'], ['C. Dunmore', 'Meridian System Owner', '/s/'], ['R. Iyer', 'DOE Authorizing Official Designated Representative', '/s/']] },
      ],
    }),
  };
}

async function sarPdf(): Promise<Eval5Doc> {
  const risk = [
    ['ID', 'Weakness', 'Control', 'Initial risk', 'Residual risk', 'Status'],
    ['V-01', 'Outdated OpenSSL on bastion hosts', 'RA-5, SI-2', 'High', 'High', 'Open'],
    ['V-02', 'Session timeout exceeds 15 minutes on admin portal', 'AC-11', 'Moderate', 'Moderate', 'Open'],
    ['V-03', 'Audit log review not evidenced for two weeks', 'AU-6', 'Moderate', 'Low', 'Open'],
    ['D-01', 'ISCP test report missing lessons learned', 'CP-4', 'Low', 'Low', 'Closed during testing'],
  ];
  const blocks: PBlock[] = [
    { center: 'Tessellate Security Assessors, Inc.', size: 12, bold: true },
    { center: 'Security Assessment Report', size: 22, bold: true },
    { center: 'Nimbus Ledger for Government — FedRAMP Moderate', size: 13 },
    { center: 'Annual Assessment 2026 — Version 1.0 — June 12, 2026', size: 11 },
    { pageBreak: true },
    { h: 'Executive Summary' },
    { p: 'Tessellate Security Assessors performed the 2026 annual assessment of Nimbus Ledger for Government between April 20 and May 8, 2026, according to the approved Security Assessment Plan. This report presents the results of the assessment, the risk exposure of the system and the 3PAO’s recommendation.' },
    { h: 'Summary of Risks' },
    { table: [['Risk level', 'Risks identified', 'Operationally required', 'Risk adjusted', 'Residual'], ['High', '1', '0', '0', '1'], ['Moderate', '6', '1', '1', '5'], ['Low', '9', '0', '0', '9'], ['Total', '16', '1', '1', '15']] },
    { h: 'Authorization Recommendation' },
    { p: 'Tessellate attests that Nimbus Ledger meets the FedRAMP Moderate baseline requirements with the exceptions listed in the Risk Exposure Table. Provided the High risk V-01 is remediated within 30 days as committed in the POA&M, Tessellate recommends the system for continued authorization.' },
    { pageBreak: true },
    { h: '1 Introduction' },
    { p: 'The assessment covered 134 controls: the FedRAMP core controls, controls affected by changes and the annual third of the remaining baseline.' },
    { h: '2 Assessment Methodology' },
    { p: 'Controls were assessed with examine, interview and test methods. Vulnerability scanning used Nessus 10.7 (authenticated), Invicti for web applications and Nessus database audits.' },
    { h: '3 Risk Exposure Table' },
    { table: risk, widths: [1, 4, 2, 1.5, 1.5, 2] },
    { h: '4 Penetration Test Results' },
    { p: 'No tenant-to-tenant access was achieved. One High finding (V-01) was confirmed exploitable from the management network only.' },
    { h: '5 Non-Conforming Controls' },
    { p: 'AC-11 session lock parameter differs from the SSP; the CSP committed to a configuration change.' },
    { h: 'Appendix A — Test Case Procedures' },
    { p: 'The test case workbook (Appendix A) records the result of each assessment objective: Satisfied or Other Than Satisfied.' },
  ];
  return {
    file: 'NL-2026-Annual-Results.pdf',
    expected: 'SAR',
    note: 'multi-page PDF SAR with risk exposure table and recommendation',
    data: await pdf({ title: 'Security Assessment Report', author: 'Tessellate Security Assessors', header: 'Nimbus Ledger for Government — SAR — CUI', footer: 'Tessellate — {n}', blocks }),
  };
}

async function sarDocxHeaderOnly(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Orion Civic Cloud (OCC)', bold: true, center: true, size: 20 },
    { p: 'Initial Assessment — Results and Recommendation', center: true, size: 16 },
    { p: 'Deliverable 7 under task order 47QTCA26F0012', center: true },
    { h1: 'A. Assessment Summary' },
    { p: 'Brightline Assurance LLC, acting as the independent 3PAO, tested 323 controls of the FedRAMP Moderate baseline between January 12 and February 6, 2026, following the agency-approved SAP. Testing comprised documentation review, interviews, authenticated scanning and penetration testing.' },
    { h1: 'B. Risk Exposure' },
    { table: [['Identifier', 'Description', 'Likelihood', 'Impact', 'Risk', 'Recommended corrective action'], ['OCC-F-001', 'TLS 1.0 enabled on legacy SFTP gateway', 'Moderate', 'Moderate', 'Moderate', 'Disable TLS 1.0/1.1'], ['OCC-F-002', 'Two privileged accounts without MFA', 'Moderate', 'High', 'High', 'Enforce MFA'], ['OCC-F-003', 'Baseline configuration not documented for Redis', 'Low', 'Moderate', 'Low', 'Document baseline']] },
    { h1: 'C. Scan Summary' },
    { table: [['Scan type', 'Hosts', 'High', 'Moderate', 'Low'], ['Infrastructure (Nessus)', '212', '1', '14', '40'], ['Database', '6', '0', '2', '3'], ['Web application (Burp)', '4 apps', '0', '3', '6']] },
    { h1: 'D. Recommendation' },
    { p: 'The 3PAO recommends that the agency authorizing official grant an Authority to Operate once OCC-F-002 is remediated and validated. All other findings are suitable for tracking in the POA&M.' },
    { h1: 'E. Attestation' },
    { p: 'Brightline attests that the results presented accurately reflect the security posture of OCC at the time of testing.' },
  ];
  return {
    file: 'deliverable-7.docx',
    expected: 'SAR',
    note: 'hard: "Security Assessment Report" only in page header; body "Results and Recommendation", generic name',
    data: await docx({ header: 'OCC Security Assessment Report — Brightline Assurance — CUI', footer: 'Brightline Assurance LLC — Proprietary and Confidential', blocks }),
  };
}

export async function assessmentDocs(): Promise<Eval5Doc[]> {
  return Promise.all([sapDocx(), sapPdf(), sarPdf(), sarDocxHeaderOnly()]);
}
