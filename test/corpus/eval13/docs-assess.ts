/** eval13: SAP, SAR (3PAO), ATO letters, checklist, significant change and deviation requests. */
import { readFile } from 'node:fs/promises';
import type { Block, Entry } from './kit.js';
import { brk, buildDocx, buildPdf, buildXlsx, bullets, h1, h2, p, table, toc } from './kit.js';
import { ABBR, AGENCY, AGENCY_SHORT, CSO, CSP, DEPT, FEDRAMP_ID, PEOPLE, TPAO, approvals, revisionHistory } from './persona.js';
import { fixture } from '../../support/fixtures.js';

function sapBody(): Block[] {
  return [
    h1('1. Introduction'),
    p(`${TPAO} has been engaged by ${CSP} to perform the initial FedRAMP Moderate security assessment of ${CSO} (${ABBR}) for the ${AGENCY} agency authorization. This Security Assessment Plan describes the scope, methodology, test schedule and rules of engagement. It is based on the System Security Plan version 1.0 dated March 7, 2025.`),
    h2('1.1 Purpose'),
    p('The purpose of this SAP is to obtain the agreement of the CSP and the Authorizing Official on how the controls will be tested before testing begins, as required by the FedRAMP agency authorization process.'),
    h1('2. Scope'),
    p('In scope: the production environment in AWS GovCloud (US-West), the shared-services VPC, the CI/CD deployment roles, and the CareBridge web application and APIs. Out of scope: the commercial CareBridge instance, corporate IT, and the leveraged FedRAMP-authorized services, whose controls are inherited.'),
    table([
      ['Component', 'Test Type', 'Count'],
      ['EKS worker nodes (Bottlerocket)', 'Authenticated infrastructure scan', '18'],
      ['Aurora PostgreSQL clusters', 'Database configuration scan', '3'],
      ['Web application and APIs', 'Authenticated web application scan, manual penetration test', '4 URLs'],
      ['Windows jump hosts', 'Authenticated scan, CIS benchmark', '2'],
    ]),
    h1('3. Assumptions and Limitations'),
    p('The CSP will provide credentials for authenticated scanning, a test tenant populated with synthetic data, and access to personnel for interviews. The system will remain frozen for the duration of testing; any emergency change will be communicated to the 3PAO lead the same day.'),
    h1('4. Methodology'),
    p('Controls are tested using the examine, interview and test methods of NIST SP 800-53A Rev 5 and the FedRAMP Moderate test case workbook. Sampling follows the FedRAMP sampling guidance: 10 percent of the population with a minimum of three items.'),
    h2('4.1 Vulnerability Scanning'),
    p('Nessus Professional 10.8 (plugin feed current at test start) for infrastructure; Burp Suite Professional 2025.1 for web applications; DbProtect for databases. Scans are authenticated; results are compared with the CSP\'s most recent monthly scans.'),
    h2('4.2 Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack surface, the tenant-to-tenant isolation, the agency user role boundary, and the mobile API. Social engineering is limited to a phishing campaign against Halcyon privileged users.'),
    h1('5. Test Schedule'),
    table([
      ['Activity', 'Start', 'End'],
      ['Kick-off and document review', '2025-03-24', '2025-03-28'],
      ['Control testing (interviews, examine)', '2025-03-31', '2025-04-18'],
      ['Vulnerability scanning', '2025-04-07', '2025-04-11'],
      ['Penetration testing', '2025-04-14', '2025-04-25'],
      ['Draft SAR delivered', '2025-05-16', ''],
    ]),
    h1('6. Rules of Engagement'),
    p('Testing windows are 08:00–20:00 Eastern, Monday through Friday. Denial-of-service testing is excluded. The 3PAO will stop testing and notify the CSP immediately if it discovers evidence of a prior compromise or a critical vulnerability. Source IP addresses for testing: 198.51.100.20–198.51.100.24.'),
    table([
      ['Contact', 'Organization', 'Phone'],
      [PEOPLE.lead3pao, TPAO, '703-555-0117'],
      [PEOPLE.isso, CSP, '202-555-0164'],
      [PEOPLE.agencyIsso, AGENCY_SHORT, '301-555-0102'],
    ]),
    h1('7. Signatures'),
    p('By signing, the CSP, the 3PAO and the Authorizing Official agree to the scope, methodology and rules of engagement described in this Security Assessment Plan.'),
  ];
}

function sarBody(): Block[] {
  return [
    h1('1. Executive Summary'),
    p(`${TPAO} performed the initial FedRAMP Moderate assessment of ${CSO} between March 31 and April 25, 2025, in accordance with the approved Security Assessment Plan (version 1.0, March 21, 2025). 323 controls and enhancements were tested. This Security Assessment Report presents the results, the risk exposure, and the 3PAO's authorization recommendation.`),
    h1('2. Risk Exposure'),
    table([
      ['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total', '% of Total'],
      ['High', '0', '1', '0', '0', '1', '2', '8%'],
      ['Moderate', '4', '3', '2', '1', '1', '11', '44%'],
      ['Low', '5', '4', '1', '1', '1', '12', '48%'],
      ['Total', '9', '8', '3', '2', '3', '25', '100%'],
    ]),
    h1('3. Summary of Findings'),
    table([
      ['ID', 'Control', 'Finding', 'Risk', 'Status'],
      ['SAR-01', 'RA-5', 'OpenSSH vulnerable to CVE-2024-6387 on one jump host', 'High', 'Open'],
      ['SAR-02', 'AC-2', 'Two operator accounts not reviewed in Q4 access certification', 'Moderate', 'Open'],
      ['SAR-03', 'CM-6', 'Windows jump hosts not assessed against CIS benchmark', 'Moderate', 'Open'],
      ['SAR-04', 'SC-8', 'TLS 1.0 enabled on internal metrics endpoint', 'Moderate', 'Closed during testing'],
      ['SAR-05', 'AU-6', 'Weekly log review evidence incomplete for two weeks', 'Low', 'Open'],
    ]),
    h1('4. Assessment Methodology'),
    p('Testing followed the SAP. Deviations: the database scan of the reporting replica was rescheduled to April 10 because of a maintenance window. No other deviations occurred.'),
    h1('5. Risks Known for Interconnected Systems'),
    p('The interconnection with the HOA Enterprise Data Warehouse is governed by an ISA; no risks were identified.'),
    h1('6. Authorization Recommendation'),
    p(`${TPAO} attests that the security controls of ${CSO} are implemented as described in the SSP with the exceptions listed in this report. With one High and eleven Moderate risks open and a credible POA&M, ${TPAO} recommends that the ${AGENCY} grant an Authority to Operate at the FedRAMP Moderate impact level.`),
    p(`Signed: ${PEOPLE.lead3pao}; ${PEOPLE.qa3pao}. ${TPAO}, A2LA certificate 4410.01.`),
    h1('Appendices'),
    bullets(['Appendix A — Risk Exposure Table (xlsx)', 'Appendix B — Security Test Case Procedures', 'Appendix C — Infrastructure Scan Results', 'Appendix D — Database Scan Results', 'Appendix E — Web Application Scan Results', 'Appendix F — Assessment Results', 'Appendix G — Penetration Test Report', 'Appendix H — Auxiliary Documents']),
  ];
}

async function oscalJson(name: string, root: string, title: string, version: string): Promise<string> {
  const raw = await readFile(fixture(`oscal/${name}`), 'utf8');
  const j = JSON.parse(raw.replace(/\[System Name\]/g, CSO).replace(/Assessment Organization Name/g, TPAO)) as Record<string, { metadata: Record<string, unknown> }>;
  const m = j[root]!.metadata;
  m.title = title;
  m['last-modified'] = '2025-03-21T14:00:00Z';
  m.version = version;
  return JSON.stringify(j, null, 2) + '\n';
}

function atoLetter(): Block[] {
  return [
    p(DEPT.toUpperCase(), { bold: true, center: true }),
    p(`${AGENCY} — Office of the Chief Information Officer`, { center: true }),
    p('5600 Fishers Lane, Rockville, MD 20857', { center: true }),
    p(' '),
    p('June 12, 2025'),
    p('Ms. Danielle Okonkwo'),
    p(`VP Platform Engineering, ${CSP}`),
    p('1200 Wharf Street SW, Suite 400, Washington, DC 20024'),
    p(`Subject: Authority to Operate — ${CSO} (FedRAMP Package ID ${FEDRAMP_ID})`),
    p('Dear Ms. Okonkwo:'),
    p(`The ${AGENCY} (${AGENCY_SHORT}) has completed its review of the security authorization package for ${CSO}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. Based on that review, and on the risk determination that the residual risk to ${AGENCY_SHORT} operations, assets and individuals is acceptable, I hereby grant an Authority to Operate (ATO) for ${CSO} at the FedRAMP Moderate impact level.`),
    p('This authorization is valid for three years from the date of this letter, provided that the system is operated as described in the authorization package and that continuous monitoring deliverables are provided monthly in accordance with the FedRAMP Continuous Monitoring Strategy Guide. Open High findings must be remediated within 30 days; Moderate findings within 90 days.'),
    p('This letter and the package will be provided to the FedRAMP PMO for review so that other agencies may leverage the authorization.'),
    p('Sincerely,'),
    p(' '),
    p('/s/ Eleanor M. Whitfield'),
    p('Dr. Eleanor M. Whitfield'),
    p(`Chief Information Officer and Authorizing Official, ${AGENCY}`),
    p(`cc: ${PEOPLE.agencyIsso}; FedRAMP PMO (info@fedramp.gov); ${PEOPLE.ciso}`),
  ];
}

const CHECK_ITEMS: [string, string, string][] = [
  ['1', 'FedRAMP Initial Authorization Package Checklist (this document)', 'Yes'],
  ['2', 'System Security Plan (SSP) — FedRAMP Rev 5 template', 'Yes'],
  ['3', 'SSP Appendix A — FedRAMP Security Controls', 'Yes'],
  ['4', 'SSP Appendix C — Information Security Policies and Procedures', 'Yes'],
  ['5', 'SSP Appendix D — User Guide', 'Yes'],
  ['6', 'SSP Appendix E — Digital Identity Worksheet', 'Yes'],
  ['7', 'Privacy Threshold Analysis / Privacy Impact Assessment', 'Yes'],
  ['8', 'SSP Appendix F — Rules of Behavior', 'Yes'],
  ['9', 'SSP Appendix G — Information System Contingency Plan and test report', 'Yes'],
  ['10', 'SSP Appendix H — Configuration Management Plan', 'Yes'],
  ['11', 'SSP Appendix I — Incident Response Plan', 'Yes'],
  ['12', 'SSP Appendix J — CIS and CRM Workbook', 'Yes'],
  ['13', 'SSP Appendix K — FIPS 199 Categorization', 'Yes'],
  ['14', 'SSP Appendix L — CSO-Specific Laws and Regulations', 'Yes'],
  ['15', 'SSP Appendix M — Integrated Inventory Workbook', 'Yes'],
  ['16', 'SSP Appendix P — Supply Chain Risk Management Plan', 'Yes'],
  ['17', 'Security Assessment Plan (SAP)', 'Yes'],
  ['18', 'Security Assessment Report (SAR) with appendices', 'Yes'],
  ['19', 'Plan of Action and Milestones (POA&M)', 'Yes'],
  ['20', 'Agency ATO letter', 'Pending'],
];

export const assessEntries: Entry[] = [
  {
    file: 'GRA_HCB_SAP_v1.0.docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan with scope, methodology, schedule and rules of engagement.',
    build: () =>
      buildDocx({
        title: `${CSO} Security Assessment Plan`,
        creator: 'Gregory Vance',
        header: `${TPAO} | ${CSO} SAP | Proprietary & Confidential`,
        footer: 'FedRAMP Security Assessment Plan — Version 1.0',
        sections: [
          [p(TPAO, { bold: true, size: 14 }), p(`${CSO}`, { bold: true, size: 24, center: true }), p('Security Assessment Plan (SAP)', { bold: true, size: 24, center: true }), p('FedRAMP Moderate Initial Assessment', { center: true }), p('Version 1.0 — March 21, 2025', { center: true })],
          [...revisionHistory([['2025-03-10', '0.9', 'Draft for CSP review', 'G. Vance'], ['2025-03-21', '1.0', 'Approved by HOA AO', 'G. Vance']]), ...approvals('Security Assessment Plan', [PEOPLE.lead3pao, PEOPLE.owner, PEOPLE.ao]), toc],
          sapBody(),
        ],
      }),
  },
  { file: 'sap-initial.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan (FedRAMP template, renamed).', build: () => oscalJson('FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', `${CSO} Security Assessment Plan (SAP)`, '1.0') },
  { file: 'doc-0577.pdf', expected: 'SAP', note: 'SAP exported from Word to PDF with bookmarks and TOC page, neutral name.', build: () => buildPdf({ title: 'SAP', author: 'Gregory Vance', header: `${TPAO} — Security Assessment Plan — ${CSO}`, bookmarks: true, blocks: [p('Security Assessment Plan', { bold: true, size: 22, center: true }), p(`${CSO} — FedRAMP Moderate`, { center: true, size: 13 }), p(`Prepared by ${TPAO} for ${CSP} and ${AGENCY}`, { center: true }), brk, toc, brk, ...sapBody()] }) },
  {
    file: 'GRA_HCB_SAR_v1.0.docx',
    expected: 'SAR',
    note: '3PAO Security Assessment Report with risk exposure table and authorization recommendation.',
    build: () =>
      buildDocx({
        title: `${CSO} Security Assessment Report`,
        creator: 'Gregory Vance',
        header: `${TPAO} | ${CSO} SAR | Proprietary & Confidential`,
        footer: 'Security Assessment Report — Version 1.0',
        sections: [
          [p(TPAO, { bold: true, size: 14 }), p(`${CSO}`, { bold: true, size: 24, center: true }), p('Security Assessment Report (SAR)', { bold: true, size: 24, center: true }), p('Version 1.0 — May 30, 2025', { center: true })],
          [...revisionHistory([['2025-05-16', '0.9', 'Draft SAR', 'G. Vance'], ['2025-05-30', '1.0', 'Final SAR', 'G. Vance']]), toc],
          sarBody(),
        ],
      }),
  },
  {
    file: 'upload (5).xml',
    expected: 'SAR',
    note: 'OSCAL XML assessment-results (AwesomeCloud example renamed).',
    build: async () => (await readFile(fixture('oscal/AwesomeCloudSAR.xml'), 'utf8')).replace(/AwesomeCloud/g, 'CareBridge').replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-05-30T10:00:00-04:00</last-modified>'),
  },
  { file: 'HCB SAR final (signed).pdf', expected: 'SAR', note: 'SAR as signed PDF export.', build: () => buildPdf({ title: `${CSO} Security Assessment Report`, author: TPAO, header: `${TPAO} — Security Assessment Report`, bookmarks: true, blocks: [p('Security Assessment Report', { bold: true, size: 22, center: true }), p(`${CSO} — Initial FedRAMP Moderate Assessment`, { center: true }), brk, toc, brk, ...sarBody()] }) },
  { file: 'HOA_ATO_CareBridge_signed.pdf', expected: 'ATO_LETTER', note: 'Agency Authority to Operate letter signed by the AO.', build: () => buildPdf({ producer: 'Adobe PDF Library 23.8.53', creator: 'Adobe Acrobat Pro (64-bit) 23.8', blocks: atoLetter() }) },
  { file: 'letter.docx', expected: 'ATO_LETTER', note: 'Word version of the ATO letter before signature; neutral name, no title metadata.', build: () => buildDocx({ title: null, creator: 'HOA OCIO', sections: [atoLetter()] }) },
  {
    file: 'HCB Initial Authorization Package Checklist.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist workbook.',
    build: () => buildXlsx({ title: 'FedRAMP Initial Authorization Package Checklist', creator: 'Marcus Lindqvist', sheets: [{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], ['CSP', CSP, 'CSO', CSO, 'Impact', 'Moderate'], ['Authorization type', 'Agency', 'Sponsoring agency', AGENCY], [], ['#', 'Package item', 'Included (Yes/No)', 'File name', 'Comments'], ...CHECK_ITEMS.map(([n, t, y]) => [n, t, y, y === 'Yes' ? `HCB_${n.padStart(2, '0')}` : '', ''])], boldRows: [1, 5], widths: [5, 70, 16, 24, 30] }] }),
  },
  { file: 'package checklist - HOA.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial authorization package checklist completed in Word.', build: () => buildDocx({ title: 'FedRAMP Initial Authorization Package Checklist', sections: [[p('FedRAMP Initial Authorization Package Checklist', { bold: true, size: 16 }), p(`Cloud Service Offering: ${CSO}. Sponsoring agency: ${AGENCY}. Impact level: Moderate. Completed by ${PEOPLE.isso} on June 13, 2025.`), p('Instructions: confirm that each item of the initial authorization package is uploaded to the FedRAMP secure repository before requesting PMO review.'), table([['#', 'Package Item', 'Included?'], ...CHECK_ITEMS])]] }) },
  {
    file: 'HCB-SCR-2025-03.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'Significant Change Request form (move of document storage to a new region).',
    build: () =>
      buildDocx({
        title: 'Significant Change Request Form',
        creator: 'Owen Fitzgerald',
        sections: [[
          p('FedRAMP Significant Change Request (SCR) Form', { bold: true, size: 16 }),
          table([['CSP', CSP], ['CSO', CSO], ['FedRAMP ID', FEDRAMP_ID], ['Impact Level', 'Moderate'], ['Authorizing Agency', AGENCY], ['Date Submitted', '2025-09-08'], ['Requested Implementation Date', '2025-11-03']], false),
          h1('Description of the Proposed Change', true),
          p('Halcyon proposes to introduce a new external service, an AI-assisted document summarization capability using Amazon Bedrock in AWS GovCloud, to summarize referral documents for care navigators. The change adds a new data flow from the document service to Bedrock and new IAM roles.'),
          h1('Type of Change', true),
          bullets(['[X] New technology / new service within the boundary', '[ ] Change of 3PAO-assessed architecture', '[X] New data flow', '[ ] Change of cryptographic modules']),
          h1('Security Impact Analysis', true),
          p('Impacted controls: AC-4, CA-3, CM-8, RA-3, SA-9, SC-7, SC-8, SI-4. Bedrock is within the AWS GovCloud FedRAMP High P-ATO boundary; no data leaves the boundary. A 3PAO assessment of the changed controls is planned.'),
          h1('Approvals', true),
          table([['Role', 'Name', 'Signature / Date'], ['CSP System Owner', PEOPLE.owner, ''], ['Agency AO', PEOPLE.ao, '']]),
        ]],
      }),
  },
  { file: 'change-request-sept.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant change request for a database engine major upgrade, as PDF.', build: () => buildPdf({ title: 'Significant Change Request', blocks: [p('Significant Change Request', { bold: true, size: 18 }), p(`${CSO} — submitted to ${AGENCY} per the FedRAMP Significant Change Policies and Procedures`), table([['Field', 'Value'], ['Change title', 'Aurora PostgreSQL 15 to 16 major version upgrade with new encryption key hierarchy'], ['Change type', 'Planned significant change'], ['Requested date', '2025-10-20'], ['Controls affected', 'CM-2, CM-3, SC-12, SC-13, SC-28, CP-9'], ['3PAO', TPAO]]), h2('Description and justification'), p('The upgrade replaces the AWS KMS key hierarchy for the database with customer-managed keys per tenant, which changes the cryptographic implementation assessed during the initial authorization. The change requires agency approval before implementation and a targeted 3PAO assessment.'), h2('Security impact analysis'), p('Risk is reduced by per-tenant key isolation. Rollback: restore from the pre-upgrade snapshot. Testing: staging upgrade completed on 2025-09-15 without errors.')] }) },
  {
    file: 'HCB_DR_HCB-2025-014.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP deviation request workbook (operational requirement for a POA&M item).',
    build: () => buildXlsx({ title: 'FedRAMP Deviation Request Form', creator: 'Marcus Lindqvist', sheets: [{ name: 'Deviation Request', rows: [['FedRAMP Deviation Request Form'], ['Deviation Request Type', 'Operational Requirement (OR)'], ['CSP', CSP], ['CSO', CSO], ['POA&M ID', 'HCB-2025-014'], ['Weakness', 'Windows jump hosts are not evaluated against the CIS benchmark by the configuration scanner'], ['Original Risk Rating', 'Moderate'], ['Justification', 'The jump hosts run a vendor-locked image required by the agency VDI gateway; hardening settings would break the gateway agent. Compensating controls: hosts are reachable only through Session Manager, application allow-listing, weekly manual review.'], ['Evidence', 'Vendor statement dated 2025-06-03; screenshots of allow-listing policy'], ['Requested by', PEOPLE.isso], ['Date', '2025-07-01'], ['AO decision', '']], boldRows: [1], widths: [28, 110] }] }),
  },
  { file: 'DR - false positive CVE-2023-44487.docx', expected: 'DEVIATION_REQUEST', note: 'Deviation request (false positive) in Word form.', build: () => buildDocx({ title: 'Deviation Request', sections: [[p('Deviation Request', { bold: true, size: 18 }), p(`Cloud Service Offering: ${CSO} | Submitted to: ${AGENCY} | Date: 2025-08-04`), table([['Request type', 'False Positive (FP)'], ['POA&M item', 'HCB-2025-031'], ['Scanner finding', 'Nessus plugin 183390, HTTP/2 Rapid Reset (CVE-2023-44487)'], ['Affected assets', 'alb-prod-hcb-01 (AWS Application Load Balancer)'], ['Original risk', 'High']], false), h1('Justification', true), p('The finding is reported on the AWS-managed Application Load Balancer, which AWS patched for HTTP/2 Rapid Reset in October 2023. The scanner infers the vulnerability from the HTTP/2 banner only. AWS security bulletin AWS-2023-011 confirms mitigation.'), h1('Evidence', true), bullets(['AWS security bulletin AWS-2023-011', 'Scanner output excerpt', 'Load test with rapid reset traffic showing no impact']), h1('Requested action', true), p('Close the POA&M item as a false positive once the AO approves this deviation request.')]] }) },
];
