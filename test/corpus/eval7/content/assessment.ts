import type { Block, EvalDoc } from '../kit/model.js';
import { B, BR, day, H, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { proprietary, revisionTable, W } from './world.js';

function sapBody(annual: boolean): Block[] {
  return [
    H('1. Introduction'),
    P(`This Security Assessment Plan (SAP) has been developed by ${W.threePao} (Keystone), an A2LA-accredited FedRAMP Third Party Assessment Organization, for the ${annual ? 'annual assessment' : 'initial assessment'} of ${W.cso} (${W.abbr}), operated by ${W.csp}. It describes the scope of the assessment, the methodology, the test plan, the rules of engagement and the schedule. The plan will be executed after approval by the ${W.agencyShort} Authorizing Official.`),
    H('2. Purpose'),
    P(`The purpose of the assessment is to determine the extent to which the security controls of the FedRAMP Moderate baseline are implemented correctly, operating as intended and producing the desired outcome, based on the ${W.abbr} System Security Plan version 1.0 dated March 3, 2025${annual ? ' and the controls selected for the annual assessment per the FedRAMP Annual Assessment Guidance' : ''}.`),
    H('3. Scope'),
    TBL([
      ['Component', 'Location / identifier', 'Test method'],
      ['Web application and API', `https://app.${W.domain}, https://api.${W.domain}`, 'Authenticated web app scan, manual testing'],
      ['EKS worker nodes (Bottlerocket)', '10.20.10.0/24, 10.20.11.0/24, 10.20.12.0/24', 'Authenticated OS scan, configuration review'],
      ['Amazon RDS PostgreSQL', 'fic-prod-db (Multi-AZ)', 'Database configuration scan'],
      ['AWS accounts', 'fic-prod, fic-logarchive, fic-security', 'Cloud configuration review (Prowler)'],
      ['Okta for Government tenant', `fieldnote.okta-gov.com`, 'Interview, examination'],
    ]),
    P('Leveraged services (AWS GovCloud, Okta for Government, Datadog for Government) are out of scope except for the customer-responsibility controls documented in their CRMs.'),
    H('4. Assumptions'),
    UL(
      `${W.csp} resources, including documentation and personnel, will be available during the assessment.`,
      'The system will be frozen during testing; no changes other than emergency fixes approved by the agency.',
      'Accounts with the roles requested in Appendix C will be provisioned before testing starts.',
    ),
    H('5. Methodology'),
    P('Keystone will use the FedRAMP Moderate Security Test Case Procedures derived from NIST SP 800-53A Rev. 5. Each control is tested by examination, interview and test. Sampling of populations (users, changes, incidents) follows the FedRAMP sampling guidance; sample sizes are recorded in the Security Test Case workbook.'),
    H('6. Test Plan'),
    TBL([
      ['Role', 'Name', 'Contact'],
      ['Assessment Lead', W.assessLead, 'rchen@keystone-assure.example'],
      ['Penetration Test Lead', W.penLead, 'amohammed@keystone-assure.example'],
      ['Assessor', 'Hannah Osei', 'hosei@keystone-assure.example'],
      ['CSP Point of Contact', W.secLead, `priya.raman@${W.domain}`],
    ]),
    TBL([
      ['Activity', 'Start', 'End'],
      ['Kickoff and document review', annual ? '2026-02-02' : '2025-03-17', annual ? '2026-02-06' : '2025-03-21'],
      ['Onsite (remote) control testing and interviews', annual ? '2026-02-09' : '2025-03-24', annual ? '2026-02-20' : '2025-04-04'],
      ['Vulnerability scanning', annual ? '2026-02-09' : '2025-03-24', annual ? '2026-02-13' : '2025-03-28'],
      ['Penetration testing', annual ? '2026-02-16' : '2025-03-31', annual ? '2026-02-27' : '2025-04-11'],
      ['Security Assessment Report delivery', annual ? '2026-03-20' : '2025-05-02', ''],
    ]),
    H('7. Penetration Test Plan and Rules of Engagement'),
    P('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors: external to corporate, external to CSP target system, tenant to tenant, internal (mobile application and web application), and social engineering (phishing simulation of CSP administrators). Testing is performed from Keystone IP addresses 198.51.100.24 and 198.51.100.25.'),
    UL(
      'No denial-of-service testing; rate-limited fuzzing only.',
      'Testing window: 08:00–20:00 ET weekdays; the CSP may halt testing at any time through the emergency contacts.',
      'Any discovered federal data is not exfiltrated; proof is limited to record counts and screenshots with data redacted.',
      'Critical findings are reported to the CSP and the agency within 24 hours.',
    ),
    H('8. Signatures'),
    P('The signatures below indicate agreement with the scope, methodology and rules of engagement of this Security Assessment Plan.'),
    TBL([
      ['Organization', 'Name', 'Signature / Date'],
      [W.threePao, W.assessLead, ''],
      [W.csp, W.ceo, ''],
      [W.agencyShort, W.ao, ''],
    ]),
  ];
}

function sarBody(): Block[] {
  return [
    H('Executive Summary'),
    P(`${W.threePao} performed the initial security assessment of ${W.cso} from March 17 to April 11, 2025 in accordance with the approved Security Assessment Plan dated March 10, 2025. The assessment covered the 323 controls and enhancements of the FedRAMP Moderate baseline, vulnerability scanning of all in-scope components and a penetration test. This Security Assessment Report (SAR) documents the results, the risks identified and Keystone's recommendation.`),
    H('Summary of Risks'),
    TBL([
      ['Risk level', 'Control findings', 'Vulnerability scan findings', 'Penetration test findings', 'Total'],
      ['High', '0', '1', '0', '1'],
      ['Moderate', '4', '3', '1', '8'],
      ['Low', '6', '7', '2', '15'],
      ['Operationally required / false positive', '0', '2', '0', '2'],
    ]),
    H('Risk Exposure Table'),
    TBL([
      ['ID', 'Name', 'Source', 'Initial risk', 'Adjusted risk', 'Remediation'],
      ['KAP-01', 'OpenSSL vulnerability in fic-reports base image (CVE-2024-5535)', 'Trivy / Nessus', 'High', 'High', 'Remediated during testing; verified 2025-04-10'],
      ['KAP-02', 'Quarterly access review evidence missing for Q4 2024', 'AC-2(h) test', 'Moderate', 'Moderate', 'Open — POA&M V-0004'],
      ['KAP-03', 'Incident response tabletop not performed in last 12 months', 'IR-3', 'Moderate', 'Moderate', 'Open — scheduled April 2025'],
      ['KAP-04', 'Stored XSS in inspection notes rich-text field', 'Penetration test', 'Moderate', 'Moderate', 'Open — POA&M V-0007'],
      ['KAP-05', 'TLS 1.2 CBC ciphers enabled on legacy API endpoint', 'Nessus 156899', 'Moderate', 'Low', 'Risk adjustment: endpoint restricted to agency IP ranges'],
      ['KAP-06', 'Audit record content lacks source IP for exports', 'AU-3', 'Low', 'Low', 'Open'],
    ]),
    H('Assessment Methodology'),
    P('Controls were tested by examination of documentation and evidence, interviews with Fieldnote personnel and technical testing, following the FedRAMP Security Test Case Procedures. Authenticated scans were run with Nessus 10.8 (OS, database) and Burp Suite Professional (web); Prowler 4 was used for the AWS configuration review.'),
    H('Penetration Test Results'),
    P('The external and tenant-to-tenant attack vectors did not result in access to another tenant\'s data. One stored cross-site scripting issue was identified in the inspection notes field (KAP-04). The social engineering exercise targeted 6 administrators; none provided credentials.'),
    H('Authorization Recommendation'),
    P(`${W.threePao} attests that the security controls of ${W.cso} are implemented as described in the SSP, with the exceptions listed in the risk exposure table. Based on the low number of residual high risks (0 open after remediation) and the Fieldnote remediation plan, Keystone recommends that the ${W.agencyShort} Authorizing Official grant an Authority to Operate to ${W.cso} at the FedRAMP Moderate impact level, with the open findings tracked in the POA&M.`),
    H('Attestation'),
    TBL([
      ['Name', 'Title', 'Signature', 'Date'],
      [W.assessLead, 'Assessment Lead', '/s/', '2025-05-02'],
      ['Elena Vasquez', 'Managing Partner, 3PAO Practice', '/s/', '2025-05-02'],
    ]),
  ];
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  const sapDocx = await toDocx({
    headings: 'styles',
    header: `${W.threePao}  |  ${W.abbr} Security Assessment Plan  |  Version 1.0`,
    footer: 'Proprietary and Confidential — Keystone Assurance Partners',
    pageNumbers: true,
    date: day('2025-03-10'),
    meta: { title: 'SAP Template', author: W.assessLead, subject: 'FedRAMP Rev5 SAP' },
    blocks: [
      P(W.threePao, { size: 28, bold: true }),
      T('Security Assessment Plan'),
      P(`${W.cso} — ${W.csp}\nFedRAMP Moderate Initial Assessment\nMarch 10, 2025 — Version 1.0`),
      proprietary(W.threePao),
      revisionTable([
        ['2025-02-24', '0.9', 'Draft to CSP for fact check', W.assessLead],
        ['2025-03-10', '1.0', 'Incorporated agency comments; final for AO approval', W.assessLead],
      ]),
      BR,
      ...sapBody(false),
    ],
  });
  const sapPdf = await toPdf({
    headings: 'bold',
    header: `Keystone Assurance Partners — ${W.abbr} Annual Assessment Plan (SAP) FY2026`,
    pageNumbers: true,
    date: day('2026-01-12'),
    meta: {},
    blocks: [
      P(`Keystone Assurance Partners, LLC  ·  A2LA Certificate 4321.07`, { size: 18 }),
      B('Annual Security Assessment Plan'),
      P(`${W.cso}  —  Annual Assessment 2026  —  Draft v0.2 for CSP review`),
      revisionTable([['2026-01-12', '0.2', 'Annual SAP draft; control selection per FedRAMP Annual Assessment Guidance', W.assessLead]]),
      ...sapBody(true),
    ],
  });
  const sarDocx = await toDocx({
    headings: 'styles',
    header: `${W.abbr} Security Assessment Report — Keystone Assurance Partners`,
    footer: 'Controlled Unclassified Information',
    pageNumbers: true,
    date: day('2025-05-02'),
    meta: { title: 'SAR', author: W.assessLead },
    blocks: [
      P(W.threePao, { size: 28, bold: true }),
      T(`${W.cso} Security Assessment Report`),
      P('FedRAMP Moderate — Initial Assessment — Version 1.0 — May 2, 2025'),
      revisionTable([['2025-05-02', '1.0', 'Final SAR', W.assessLead]]),
      BR,
      ...sarBody(),
    ],
  });
  const sarPdf = await toPdf({
    headings: 'bold',
    header: `SECURITY ASSESSMENT REPORT  |  ${W.cso}  |  CUI`,
    pageNumbers: true,
    date: day('2025-05-05'),
    meta: { title: 'Microsoft Word - KAP-FIC-2025-final.docx', producer: 'Adobe PDF Library 23.8' },
    blocks: [
      P(`Prepared by ${W.threePao} for ${W.csp} and ${W.agency}`, { italic: true }),
      P('Distribution: FSIS OCIO ISSM; Fieldnote ISSO; FedRAMP PMO (package review). Do not forward.'),
      ...sarBody(),
    ],
  });
  return [
    { file: 'KAP-FIC-SAP-v1.0.docx', expected: 'SAP', note: '3PAO Security Assessment Plan with scope, methodology, test schedule and rules of engagement; stale metadata title "SAP Template".', data: sapDocx },
    { file: 'doc-0501.pdf', expected: 'SAP', note: '3PAO annual assessment plan draft PDF, bold-paragraph title, no metadata.', data: sapPdf },
    { file: 'report_final_v3.docx', expected: 'SAR', note: '3PAO Security Assessment Report with risk exposure table and authorization recommendation.', data: sarDocx },
    { file: 'KAP-FIC-2025-final.pdf', expected: 'SAR', note: 'PDF of the SAR with the title only in the running header; metadata title is a Word file name.', data: sarPdf },
  ];
}
