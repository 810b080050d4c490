import { h1, h2, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { docx, pdf, withFront } from './helpers.js';
import { AGENCY, CSO, CSO_ABBR, CSP, CUI, TPAO, TPAO_LEAD, TPAO_SHORT } from './persona.js';

const tpaoApprovers = [
  { name: TPAO_LEAD, title: 'Assessment Lead', org: TPAO },
  { name: 'Howard Lindqvist', title: 'Quality Assurance Reviewer', org: TPAO },
];

export async function sapDocx(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1. Introduction'),
    p(`This Security Assessment Plan (SAP) describes how ${TPAO} (${TPAO_SHORT}), an A2LA-accredited FedRAMP Third Party Assessment Organization (3PAO), will assess ${CSO} (${CSO_ABBR}) operated by ${CSP} for an initial FedRAMP Moderate agency authorization sponsored by the ${AGENCY}. The assessment is based on System Security Plan version 3.2.`),
    h1('2. Purpose'),
    p('The SAP documents the scope, test methodology, test schedule, rules of engagement and deliverables of the assessment. It is approved by the sponsoring agency before testing begins; once approved, the system is frozen for the duration of testing.'),
    h1('3. Scope'),
    h2('3.1 IP Addresses, URLs and Components'),
    table([
      ['Component', 'Identifier', 'Test type'],
      ['Production VPC application subnets', '10.40.1.0/24 – 10.40.3.0/24', 'Authenticated vulnerability scanning'],
      ['Customer web application', 'https://hfo.civicvault-gov.example', 'Web application scanning and manual penetration testing'],
      ['Public API', 'https://api.civicvault-gov.example/v2', 'API penetration testing'],
      ['Amazon RDS PostgreSQL', 'cvg-rds-prod', 'Database configuration scan'],
    ]),
    h2('3.2 Assumptions'),
    ul('The CSP provides credentials for authenticated scans one week before testing.', 'The SSP and attachments are final and approved by the agency.', 'No changes are made to the system during testing.'),
    h1('4. Methodology'),
    p('Testing follows NIST SP 800-53A Rev. 5 assessment procedures for every control in the FedRAMP Moderate baseline, using examine, interview and test methods. The FedRAMP Security Controls Test Case Workbook (SAP Appendix A) records the test cases, expected results and evidence for each control.'),
    h2('4.1 Vulnerability Scanning'),
    p('Authenticated operating system, database and web application scans are performed with Tenable Nessus Professional 10.7, Invicti and CIS-CAT Pro. All in-scope hosts are scanned; the scans are compared with the Integrated Inventory Workbook.'),
    h2('4.2 Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, mobile application (not applicable), and client-side application and/or agents.'),
    h1('5. Test Plan and Schedule'),
    table([
      ['Activity', 'Start', 'End'],
      ['Kickoff and document review', '2026-03-16', '2026-03-20'],
      ['Control interviews and examination', '2026-03-23', '2026-04-03'],
      ['Vulnerability scanning', '2026-03-23', '2026-03-27'],
      ['Penetration testing', '2026-03-30', '2026-04-10'],
      ['Draft SAR delivered', '2026-04-24', ''],
    ]),
    h1('6. Rules of Engagement'),
    p('Testing is performed from Bramblewood IP addresses 198.51.100.20–198.51.100.29. Denial-of-service, social engineering of agency personnel and physical testing are out of scope. Critical findings are reported to the CSP within 24 hours. Either party may suspend testing by calling the emergency contacts listed in Appendix C.'),
    h1('7. Signatures'),
    sig(['Lena Vasquez-Hart', 'System Owner', CSP]),
    sig([TPAO_LEAD, 'Assessment Lead', TPAO]),
  ];
  return docx('SAP_CVG_Initial_Assessment.docx', 'SAP', 'The 3PAO\'s Security Assessment Plan for the initial FedRAMP Moderate assessment: scope, methodology, schedule and rules of engagement.', {
    blocks: withFront(
      {
        title: `Security Assessment Plan (SAP) for ${CSO}`,
        subtitle: ['FedRAMP Moderate Initial Assessment', `Prepared by ${TPAO}`],
        version: '1.1',
        date: 'March 9, 2026',
        revisions: [
          ['2026-02-20', '1.0', 'Draft for agency review', 'R. Szymanski'],
          ['2026-03-09', '1.1', 'Agency comments; scope adds public API', 'R. Szymanski'],
        ],
        approvers: tpaoApprovers,
        legal: true,
      },
      body,
    ),
    header: `${TPAO_SHORT} | ${CSO_ABBR} Security Assessment Plan`,
    footer: CUI,
    meta: { title: 'SAP Template Rev5', creator: 'Bramblewood Assurance Partners', lastModifiedBy: 'Rebecca Szymanski' },
  });
}

const sarBody = (): Block[] => [
  h1('Executive Summary'),
  p(`${TPAO} performed an independent assessment of ${CSO} between March 16 and April 10, 2026 according to the approved Security Assessment Plan version 1.1. This Security Assessment Report (SAR) documents the results, the risk exposure of the system and the 3PAO's authorization recommendation.`),
  h2('Summary of Risks'),
  table([
    ['Risk Category', 'Total', '% of Total Risks'],
    ['High', '2', '13%'],
    ['Moderate', '9', '60%'],
    ['Low', '4', '27%'],
    ['Operationally Required', '1', '—'],
    ['Total', '15', '100%'],
  ]),
  h1('1. Introduction'),
  p('The assessment tested all 323 controls and enhancements of the FedRAMP Moderate baseline using NIST SP 800-53A procedures, authenticated vulnerability scanning and penetration testing.'),
  h1('2. System Overview'),
  p(`${CSO} is a FedRAMP Moderate SaaS hosted in AWS GovCloud (US). The boundary and components were validated against the Integrated Inventory Workbook; 14 of 14 inventory items were scanned.`),
  h1('3. Assessment Methodology'),
  p('Deviations from the SAP: none. The penetration test report is Appendix F. Raw scan files are provided in Appendix E.'),
  h1('4. Security Assessment Results'),
  table([
    ['ID', 'Control', 'Name', 'Likelihood', 'Impact', 'Risk Exposure'],
    ['SAR-01', 'RA-5', 'OpenSSH regreSSHion on bastion', 'Moderate', 'High', 'High'],
    ['SAR-02', 'SI-2', 'PostgreSQL minor version outdated', 'Moderate', 'High', 'High'],
    ['SAR-03', 'AC-2(3)', 'Inactive accounts not disabled within 90 days', 'Moderate', 'Moderate', 'Moderate'],
    ['SAR-04', 'CM-6', 'Container runtime CIS deviation', 'Low', 'Moderate', 'Moderate'],
    ['SAR-05', 'SC-8', 'TLS 1.0 on status endpoint', 'Low', 'Low', 'Low'],
  ]),
  h1('5. Non-Conforming Controls'),
  p('Findings corrected during testing (CDT): two low findings were remediated and validated during testing and are listed in Table 5-1 for completeness. All remaining findings are carried into the CSP Plan of Action and Milestones.'),
  h1('6. Risks Known for Interconnected Systems'),
  p('The interconnection with the state eligibility gateway is governed by ISA-2025-07; no risks were identified beyond those listed in section 4.'),
  h1('7. Authorization Recommendation'),
  p(`${TPAO} recommends that ${AGENCY} grant ${CSO} an Authority to Operate at the FedRAMP Moderate impact level. The system meets the FedRAMP readiness threshold: there are no open high findings without a remediation plan, and the two high risks are scheduled for remediation within 30 days.`),
  sig([TPAO_LEAD, 'Assessment Lead', TPAO], 'Rebecca Szymanski'),
];

export async function sarDocx(): Promise<EvalDoc> {
  return docx('Bramblewood_CVG_SAR_Final.docx', 'SAR', 'The 3PAO\'s Security Assessment Report: summary of risks, risk exposure table and authorization recommendation.', {
    blocks: withFront(
      { title: 'Security Assessment Report', subtitle: [CSO, 'FedRAMP Moderate Initial Assessment', `Prepared by ${TPAO}`], version: '1.0', date: 'April 24, 2026', revisions: [['2026-04-24', '1.0', 'Final SAR', 'R. Szymanski']], approvers: tpaoApprovers, dist: [`${AGENCY} | Authorizing Official`, `${CSP} | System Owner`, 'FedRAMP PMO | Package review'] },
      sarBody(),
    ),
    header: `${CSO_ABBR} Security Assessment Report — ${TPAO_SHORT}`,
    footer: CUI,
    headings: 'bold',
    meta: { title: `${CSO_ABBR} SAR`, creator: 'Rebecca Szymanski' },
  });
}

export async function sarPdf(): Promise<EvalDoc> {
  return pdf('doc-0440.pdf', 'SAR', 'The same 3PAO Security Assessment Report exported to PDF with no document metadata.', {
    blocks: [
      { t: 'p', text: TPAO, bold: true },
      { t: 'p', text: '1200 Wilson Boulevard, Suite 900, Arlington, VA 22209' },
      { t: 'title', text: `${CSO}\nSecurity Assessment Report (SAR)`.replace('\n', ' ') },
      { t: 'p', text: 'Version 1.0 | April 24, 2026 | FedRAMP Moderate', center: true },
      ...sarBody(),
    ],
    header: 'Security Assessment Report – CivicVault GovCloud',
    footer: `${CUI} – ${TPAO}`,
  }, { producer: 'Adobe PDF Library 23.1.175', creatorTool: 'Acrobat PDFMaker 23 for Word' });
}

