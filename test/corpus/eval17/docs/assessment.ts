import { readFileSync } from 'node:fs';
import { fixture } from '../../../support/fixtures.js';
import { renderDocx } from '../kit/docx.js';
import type { Block } from '../kit/model.js';
import { b, h1, h2, i, p, paras, pb, table, title, ul } from '../kit/model.js';
import { renderPdf } from '../kit/pdf.js';
import type { EvalDoc } from './common.js';
import { ORG, approvals, revisionHistory, toc } from './common.js';

const TPAO_NOTICE =
  'This document was prepared by Brightline Assurance Partners, LLC, an A2LA-accredited FedRAMP Third Party Assessment Organization (certificate 4821.02). It is intended for the use of the CSP, the sponsoring agency and the FedRAMP PMO.';

function sapBody(annual: boolean): Block[] {
  return [
    ...revisionHistory([
      ['2026-06-30', '0.1', 'Initial draft from 3PAO SAP template', ORG.leadAssessor],
      ['2026-07-10', '1.0', 'Incorporated agency ISSM comments; penetration test scope finalized', ORG.leadAssessor],
    ]),
    ...toc(['1 Introduction', '2 Purpose', '3 Scope', '4 Assumptions', '5 Methodology', '6 Test Plan', '7 Rules of Engagement', 'Appendix A Security Test Case Procedures', 'Appendix B Penetration Testing Plan and Methodology', 'Appendix C Sampling Methodology']),
    pb(),
    h1('1 Introduction'),
    ...paras(`${ORG.threePao} (Brightline) has been engaged by ${ORG.csp} to perform ${annual ? 'the annual assessment' : 'the initial security assessment'} of ${ORG.cso} (${ORG.abbr}) in support of an Agency Authority to Operate from the ${ORG.agency}. This Security Assessment Plan (SAP) describes the scope, methodology, test plan and rules of engagement for the assessment.

The assessment will be performed against the FedRAMP Rev5 Moderate baseline using the control implementations described in the ${ORG.abbr} System Security Plan version 1.0 dated June 19, 2026. Results will be documented in the Security Assessment Report (SAR).`),
    h1('2 Purpose'),
    p('The purpose of this SAP is to obtain the approval of the Authorizing Official for the planned assessment activities before testing begins, and to agree on the rules of engagement for penetration testing and vulnerability scanning of the production environment.'),
    h1('3 Scope'),
    p(`The assessment covers the ${ORG.abbr} authorization boundary in ${ORG.region}: the production, staging, security tooling and log archive accounts. Leveraged services (AWS GovCloud, Okta for Government Moderate, CrowdStrike Falcon for Government) are not re-tested; their inherited controls are reviewed through their FedRAMP packages.`),
    table([
      ['Location', 'Components', 'Sample'],
      ['Production EKS cluster', '3 node groups, 41 nodes', '9 nodes (22%)'],
      ['Amazon RDS for PostgreSQL', '2 instances (Multi-AZ)', 'All'],
      ['Web application', 'app.kestrelmission.us, api.kestrelmission.us', 'All'],
      ['Security tooling', 'Elastic Security, Tenable Nessus scanner', 'All'],
    ]),
    h1('4 Assumptions'),
    ul(
      'The CSP resources, including documentation and individuals with knowledge of the system, will be available within one business day of request.',
      'The CSP will provide a read-only role in each AWS account for the assessment team for the duration of testing.',
      'Security controls that have been identified as inherited will not be tested except for their customer responsibilities.',
    ),
    h1('5 Methodology'),
    ...paras(`Controls will be tested using the examine, interview and test methods of NIST SP 800-53A Rev5 and the FedRAMP Moderate test case procedures (Appendix A). Brightline will perform authenticated vulnerability scanning of all operating systems, databases and web applications in scope using Tenable Nessus Professional 10.8, and web application scanning with Burp Suite Professional.

Penetration testing follows the FedRAMP Penetration Test Guidance v3.0 attack vectors: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, mobile application (not applicable), and client-side application (not applicable).`),
    h1('6 Test Plan'),
    table([
      ['Role', 'Name', 'Phone', 'Email'],
      ['Lead Assessor', ORG.leadAssessor, '(703) 555-0188', 'cjimenez@brightline-assure.com'],
      ['Penetration Tester', 'Owen Fairchild', '(703) 555-0190', 'ofairchild@brightline-assure.com'],
      ['QA Reviewer', 'Hannah Cole', '(703) 555-0199', 'hcole@brightline-assure.com'],
    ]),
    p(b('Testing schedule. '), 'Kickoff 2026-07-20; documentation review 2026-07-20 to 2026-07-31; onsite/remote interviews 2026-08-03 to 2026-08-07; vulnerability scanning 2026-08-04 to 2026-08-06; penetration testing 2026-08-10 to 2026-08-21; SAR delivery target 2026-09-18.'),
    h1('7 Rules of Engagement'),
    ...paras(`Testing will occur between 0800 and 2000 Eastern on business days unless otherwise agreed. Brightline's source IP addresses are 198.51.100.24/29 and will be allowlisted in AWS WAF for the duration of testing. Denial-of-service and social engineering of agency personnel are out of scope.

Either party may halt testing at any time by contacting the other's point of contact. Any critical vulnerability discovered will be reported to the CSP ISSO within one hour. Test data created during the assessment will be removed and the removal confirmed in writing.`),
    table([
      ['Point of Contact', 'Organization', 'Role'],
      [ORG.isso, ORG.csp, 'CSP ISSO'],
      [ORG.sre, ORG.csp, 'Operations lead (halt authority)'],
      [ORG.leadAssessor, ORG.threePao, 'Lead Assessor'],
    ]),
    ...approvals(
      [
        [ORG.leadAssessor, `Lead Assessor, ${ORG.threePao}`],
        [ORG.isso, `ISSO, ${ORG.csp}`],
        [ORG.ao, `${ORG.aoTitle}, ${ORG.agency}`],
      ],
      'By signing, the parties agree to the scope, methodology and rules of engagement of this Security Assessment Plan.',
    ),
  ];
}

type Risk = readonly [string, string, string, string, string];
const RISKS: readonly Risk[] = [
  ['KMC-2026-001', 'CM-6', 'STIG settings not applied on build hosts (14 settings)', 'Moderate', 'Open'],
  ['KMC-2026-002', 'RA-5', 'OpenSSL 3.0.13 on two worker AMIs (CVE-2024-5535)', 'Moderate', 'Open'],
  ['KMC-2026-003', 'AC-2(3)', 'Dormant tenant admin accounts not disabled after 90 days', 'Low', 'Open'],
  ['KMC-2026-004', 'SI-10', 'Reflected input in legacy export endpoint (Burp finding)', 'Moderate', 'Closed during testing'],
  ['KMC-2026-005', 'IR-3', 'Incident response test did not include the agency SOC', 'Low', 'Open'],
  ['KMC-2026-006', 'CP-9', 'Backup restoration not tested for the evidence bucket', 'Low', 'Open'],
];

function sarBody(): Block[] {
  return [
    ...revisionHistory([['2026-09-18', '1.0', 'Final SAR delivered to CSP and agency', ORG.leadAssessor]]),
    ...toc(['1 Executive Summary', '2 Introduction', '3 System Overview', '4 Assessment Methodology', '5 Security Assessment Results', '6 Non-Conforming Controls', '7 Risks Known for Interconnected Systems', '8 Authorization Recommendation', 'Appendix A Risk Exposure Table', 'Appendix B Vulnerability Scan Results']),
    pb(),
    h1('1 Executive Summary'),
    ...paras(`${ORG.threePao} performed an independent security assessment of ${ORG.cso} between July 20 and August 21, 2026 in accordance with the approved Security Assessment Plan dated July 10, 2026. The assessment tested 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline.

Of the 6 risks identified, 0 are High, 3 are Moderate and 3 are Low. One Moderate risk (KMC-2026-004) was remediated and validated during testing. The remaining risks are documented in the Risk Exposure Table (Appendix A) and must be tracked on the CSP's Plan of Action and Milestones.`),
    table([
      ['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'],
      ['High', '0', '0', '0', '0', '0', '0'],
      ['Moderate', '1', '1', '0', '0', '1', '3'],
      ['Low', '3', '0', '0', '0', '0', '3'],
      ['Operationally Required', '0', '0', '0', '0', '0', '0'],
      ['Total', '4', '1', '0', '0', '1', '6'],
    ]),
    h1('2 Introduction'),
    p(`This Security Assessment Report (SAR) documents the results of the assessment of ${ORG.abbr}, the risks identified and the 3PAO's recommendation to the Authorizing Official of the ${ORG.agency}.`),
    h1('3 System Overview'),
    p(`${ORG.abbr} is a FIPS 199 Moderate SaaS offering hosted in ${ORG.region}. It provides mission planning and logistics data fusion to federal customers. The system is described in the SSP version 1.0 dated June 19, 2026.`),
    h1('4 Assessment Methodology'),
    ...paras(`Brightline used the examine, interview and test methods described in the SAP. Vulnerability scans were authenticated and covered 100% of the operating system and database inventory and both web applications. Penetration testing covered the FedRAMP attack vectors identified in the SAP.

Each weakness was rated using the FedRAMP risk matrix (likelihood and impact) and adjusted only where the CSP supplied evidence of mitigating factors, as documented in the Risk Exposure Table.`),
    h1('5 Security Assessment Results'),
    p('Summary of test case results by family: AC 43/44 satisfied, AU 19/19, CM 26/27, CP 22/23, IA 27/27, IR 16/17, RA 10/11, SC 31/31, SI 20/21. Detailed results are in the security requirements traceability matrix delivered with this report.'),
    h1('6 Non-Conforming Controls'),
    p('No risks were downgraded on the basis of operational requirements. No false positives were accepted.'),
    h1('7 Risks Known for Interconnected Systems'),
    p('KMC has no system interconnections other than the leveraged FedRAMP-authorized services listed in the SSP.'),
    h1('8 Authorization Recommendation'),
    ...paras(`A total of 6 system risks were identified. Of these, 0 are High, 3 are Moderate and 3 are Low. Priority should be given to the Moderate risks. Brightline attests that the security controls of ${ORG.cso} are operating as intended and recommends that the ${ORG.agency} grant an Authority to Operate, provided the open risks are tracked on the POA&M and remediated within FedRAMP timeframes.`),
    pb(),
    h1('Appendix A Risk Exposure Table'),
    table([['Identifier', 'Control', 'Name / Description', 'Initial Risk Level', 'Status'], ...RISKS.map((r) => [...r])]),
    h2('Appendix B Vulnerability Scan Results'),
    p('OS and database scans: Tenable Nessus Professional 10.8.3, authenticated, 2026-08-04. Web: Burp Suite Professional 2026.7, 2026-08-05. Raw scan files are delivered separately in the SAR package.'),
  ];
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'upload (3).docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan for the initial KMC assessment (Word file with full properties, methodology, test plan, rules of engagement); SAP.',
    data: await renderDocx(
      [title('Security Assessment Plan', ORG.cso, `Prepared by ${ORG.threePao}`, 'Version 1.0 — July 10, 2026'), p(i(TPAO_NOTICE)), pb(), ...sapBody(false)],
      {
        headings: 'styles',
        title: 'big-bold',
        header: `${ORG.cso} | Security Assessment Plan | Brightline Proprietary`,
        pageNumbers: true,
        font: 'Calibri',
        props: { mode: 'core', title: 'KMC Security Assessment Plan', creator: ORG.leadAssessor, lastModifiedBy: 'Hannah Cole', created: '2026-06-30T13:00:00Z', modified: '2026-07-10T20:41:00Z', revision: 14, application: 'Microsoft Office Word' },
      },
    ),
  });
  out.push({
    file: 'Brightline_KMC_Annual_Test_Plan.pdf',
    expected: 'SAP',
    note: 'PDF of a 3PAO Security Assessment Plan (annual-assessment wording, rules of engagement, schedule); SAP.',
    data: await renderPdf([title('KESTREL MISSION CLOUD', 'SECURITY ASSESSMENT PLAN (SAP)', 'Annual Assessment 2027', ORG.threePao), p(i(TPAO_NOTICE)), ...sapBody(true)], {
      info: { title: 'Security Assessment Plan', author: 'Brightline Assurance Partners', creator: 'Microsoft Word for Microsoft 365', producer: 'Microsoft Word for Microsoft 365', created: '2027-06-02T15:10:00Z' },
      header: 'Brightline Assurance Partners — Proprietary',
      pageNumbers: true,
      serif: true,
      cover: true,
    }),
  });
  const sapXml = readFileSync(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8').replace(/<title>[^<]*<\/title>/, `<title>${ORG.cso} Security Assessment Plan (SAP)</title>`);
  out.push({
    file: 'AP_2026-07.xml',
    expected: 'SAP',
    note: 'OSCAL XML assessment-plan (FedRAMP template, fixture test/fixtures/oscal/FedRAMP-SAP-OSCAL-Template.xml) with the title changed; SAP.',
    data: sapXml,
  });
  out.push({
    file: 'KMC SAR FINAL.docx',
    expected: 'SAR',
    note: '3PAO Security Assessment Report with executive summary, risk exposure table and authorization recommendation; SAR.',
    data: await renderDocx([title('Security Assessment Report', ORG.cso, `Prepared by ${ORG.threePao}`, 'September 18, 2026'), p(i(TPAO_NOTICE)), pb(), ...sarBody()], {
      headings: 'styles',
      title: 'table-cell',
      header: 'Brightline Assurance Partners | CUI',
      footer: 'KMC SAR v1.0',
      pageNumbers: true,
      font: 'Calibri',
      props: { mode: 'core', title: 'SAR Template Rev5', creator: 'FedRAMP PMO', lastModifiedBy: ORG.leadAssessor, created: '2024-12-06T00:00:00Z', modified: '2026-09-18T21:05:00Z', application: 'Microsoft Office Word' },
    }),
  });
  out.push({
    file: 'scan.pdf',
    expected: 'SAR',
    note: 'PDF of the same Security Assessment Report without an Info dictionary; named like a scan but it is the SAR.',
    data: await renderPdf([title('Kestrel Mission Cloud', 'Security Assessment Report (SAR)', 'FedRAMP Moderate — Initial Assessment'), ...sarBody()], { header: 'CUI', pageNumbers: true, serif: true, objectStreams: true }),
  });
  const sar = JSON.parse(readFileSync(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as { 'assessment-results': { metadata: Record<string, unknown> } };
  sar['assessment-results'].metadata.title = `${ORG.cso} FedRAMP Security Assessment Results`;
  sar['assessment-results'].metadata['last-modified'] = '2026-09-18T21:05:00Z';
  out.push({
    file: 'results.json',
    expected: 'SAR',
    note: 'OSCAL JSON assessment-results (FedRAMP SAR template, fixture test/fixtures/oscal/FedRAMP-SAR-OSCAL-Template.json) re-titled; SAR.',
    data: JSON.stringify(sar) + '\n',
  });
  return out;
}
