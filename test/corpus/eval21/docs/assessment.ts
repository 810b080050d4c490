import { readFileSync } from 'node:fs';
import { fixture } from '../../../support/fixtures.js';
import { renderDocx } from '../kit/docx.js';
import type { Block } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { CUI_NOTICE, ORG, approvals, revisionHistory } from './common.js';
import type { Spec } from './common.js';

const TPAO_LEGAL = `This document was prepared by ${ORG.tpao}, an A2LA-accredited FedRAMP Third Party Assessment Organization (certificate 4711.02), for ${ORG.csp} and the sponsoring agency. It may not be reproduced except in full.`;

function sapBody(kind: 'Initial' | 'Annual'): Block[] {
  return [
    { h: 1, text: 'Introduction' },
    { p: `This Security Assessment Plan (SAP) describes how ${ORG.tpao} will perform the ${kind.toLowerCase()} security assessment of ${ORG.cso} (${ORG.csoShort}). It was developed with input from ${ORG.csp} and is submitted to the ${ORG.agency} authorizing official for approval before testing begins. Testing will not start until this plan has been approved and the system owner has confirmed the system is frozen.` },
    { h: 2, text: 'Purpose' },
    { p: 'The assessment determines whether the security controls documented in the FCBG System Security Plan version 2.4 are implemented correctly, operating as intended and producing the desired outcome with respect to meeting the FedRAMP Moderate requirements.' },
    { h: 1, text: 'Scope' },
    { p: 'The scope includes every component inside the authorization boundary described in Section 9 of the SSP: the console, Git and API services, the runner and registry clusters, the shared-services VPC and the log archive account. The Okta tenant is a leveraged authorization and is out of scope except for the customer-configured settings listed in the CRM.' },
    { table: { head: ['Location', 'Components', 'Sample'], rows: [['AWS GovCloud us-gov-west-1', 'EKS clusters (3), RDS PostgreSQL (2), S3 (41 buckets)', '100% of clusters, 2 of 2 databases'], ['AWS GovCloud us-gov-east-1', 'Warm standby (EKS 1, RDS replica 1)', 'Configuration review only'], ['Corporate endpoints', 'Administrator laptops (37)', '5 laptops, random']] } },
    { h: 2, text: 'Controls to be Assessed' },
    { p: kind === 'Initial' ? 'All 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline will be assessed.' : 'The annual assessment covers the FedRAMP core controls, controls changed since the last assessment (including SCR-2025-03), and one third of the remaining controls per the three-year rotation in Appendix B.' },
    { h: 1, text: 'Assumptions' },
    { ol: ['Forgeline resources, including documentation and personnel with knowledge of the system, will be available at the times listed in the schedule.', 'Forgeline will provide credentials for authenticated scanning of all hosts and containers within 2 business days of SAP approval.', 'The system will remain frozen during testing; emergency changes will be reported to the 3PAO within 24 hours.'] },
    { h: 1, text: 'Methodology' },
    { p: 'Controls are tested with the examine, interview and test methods of NIST SP 800-53A Rev5 using the FedRAMP Security Assessment Test Case workbook. Evidence is requested through the shared evidence tracker and reviewed by two assessors.' },
    { h: 2, text: 'Vulnerability Scanning' },
    { p: 'Authenticated infrastructure scans use Tenable Nessus 10.8 against 100% of hosts; database scans use the Nessus database compliance audits for PostgreSQL; web application scans use Burp Suite Enterprise against the console and API. Container images are scanned from the production registry.' },
    { h: 2, text: 'Penetration Testing' },
    { p: 'Penetration testing follows the FedRAMP Penetration Test Guidance v3 and covers the external, web application, mobile (not applicable), social engineering (phishing of administrators), simulated internal attack, and tenant-to-tenant attack vectors. The tenant separation test is the focus given the shared runner fleet.' },
    { h: 1, text: 'Test Plan' },
    { table: { head: ['Role', 'Name', 'Organization'], rows: [['Assessment Lead', 'Colm Brannigan, CISSP', ORG.tpao], ['Penetration Tester', 'Ayesha Qureshi, OSCP', ORG.tpao], ['CSP Point of Contact', ORG.isso, ORG.csp]] } },
    { table: { head: ['Activity', 'Start', 'End'], rows: [['Kick-off and document review', '2025-07-07', '2025-07-11'], ['On-site / remote interviews', '2025-07-14', '2025-07-25'], ['Scanning and penetration testing', '2025-07-21', '2025-08-01'], ['SAR draft delivered', '2025-08-22', '—']] } },
    { h: 1, text: 'Rules of Engagement' },
    { p: 'The rules of engagement in this section are agreed between Forgeline and the 3PAO and are part of this SAP. Testing is performed from the 3PAO source addresses 198.51.100.24/29 only. Denial-of-service tests, destructive actions and social engineering of non-administrative staff are excluded. Either party may stop testing at any time by calling the emergency contacts below.' },
    { table: { head: ['Contact', 'Role', 'Phone'], rows: [[ORG.isso, 'CSP ISSO', '+1 720 555 0143'], ['Colm Brannigan', '3PAO Assessment Lead', '+1 571 555 0188']] } },
    ...approvals('Signatures', [[ORG.cto, 'System Owner, Forgeline'], ['Colm Brannigan', 'Assessment Lead, Kestrel'], [ORG.ao, 'Authorizing Official, NHDA']]),
  ];
}

function sarBody(): Block[] {
  return [
    { h: 1, text: 'Executive Summary' },
    { p: `${ORG.tpao} performed the initial FedRAMP Moderate assessment of ${ORG.cso} between July 7 and August 1, 2025 in accordance with the approved Security Assessment Plan dated June 30, 2025. This Security Assessment Report presents the results: 323 controls were assessed, 14 findings remain open after remediation during testing, and no High risks remain.` },
    { p: 'The risk exposure after remediation validation is summarised in Table ES-1. Open findings have been carried to the FCBG POA&M by the CSP.' },
    { table: { head: ['Risk Level', 'Identified', 'Remediated during testing', 'Open', 'Operationally Required'], rows: [['High', '3', '3', '0', '0'], ['Moderate', '11', '4', '7', '1'], ['Low', '9', '2', '7', '0'], ['Total', '23', '9', '14', '1']] } },
    { h: 1, text: 'Authorization Recommendation' },
    { p: `Based on the results of this assessment, ${ORG.tpao} recommends that ${ORG.cso} be granted an authorization at the Moderate impact level. The system meets the FedRAMP requirement that no High vulnerabilities remain open and the number of open Moderate risks is within the threshold that an authorizing official can accept with a POA&M.^[FedRAMP Readiness and Authorization guidance, section on assessment results.]` },
    { h: 1, text: 'Introduction' },
    { p: 'This report is the product of testing performed by the 3PAO as documented in the SAP. It includes the security test results, the risk exposure table, the list of deviations from the SAP, and the evidence reviewed.' },
    { h: 2, text: 'Deviations from the Security Assessment Plan' },
    { p: 'The database scans of the US-East replica were performed on August 4, after the planned window, because credentials were not available earlier. No other deviation occurred.' },
    { h: 1, text: 'Security Assessment Results' },
    { table: { head: ['ID', 'Control', 'Finding', 'Likelihood', 'Impact', 'Risk'], rows: [
      ['KAP-01', 'AC-2(3)', 'Inactive accounts disabled after 120 days rather than 90', 'Moderate', 'Moderate', 'Moderate'],
      ['KAP-04', 'CM-6', 'Runner golden image leaves two CIS settings unset', 'Moderate', 'Moderate', 'Moderate'],
      ['KAP-07', 'RA-5', 'OpenSSL 3.0.13 on registry nodes (CVE-2024-5535)', 'Low', 'Moderate', 'Low'],
      ['KAP-09', 'SC-8', 'TLS 1.2 cipher suite with CBC accepted on legacy Git endpoint', 'Low', 'Moderate', 'Moderate'],
      ['KAP-12', 'AU-6', 'Weekly log review evidence missing for two weeks in May', 'Moderate', 'Low', 'Low'],
    ], widths: [1, 1, 4, 1, 1, 1] } },
    { h: 2, text: 'Penetration Test Results' },
    { p: 'Tenant-to-tenant testing attempted escape from a runner microVM, access to another tenant artifact through predictable object keys, and token replay across organizations. No attack succeeded. The penetration test report is Appendix D of this SAR.' },
    { h: 1, text: 'Non-Conforming Controls' },
    { p: 'Risk adjustments and false positives agreed with the CSP are listed in Appendix C. One Moderate finding (KAP-09) is accepted as an operational requirement until the legacy endpoint is retired in Q4 2025.' },
    ...approvals('Assessor Attestation', [['Colm Brannigan', 'Assessment Lead'], ['Ilse Marchetti', 'Quality Assurance Reviewer']]),
  ];
}

function sarOscal(): string {
  const tpl = JSON.parse(readFileSync(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as { 'assessment-results': Record<string, unknown> };
  const ar = tpl['assessment-results'];
  const md = ar.metadata as Record<string, unknown>;
  md.title = `${ORG.cso} FedRAMP Security Assessment Results`;
  md['last-modified'] = '2025-08-22T20:15:00Z';
  md.version = '1.0';
  return `${JSON.stringify(tpl, null, 2)}\n`;
}

function sapOscal(): string {
  return readFileSync(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8')
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace('[System Name] FedRAMP Security Assessment Plan (SAP)', `${ORG.csoShort} Annual Assessment 2026 — Security Assessment Plan`)
    .replace(/2024-09-24T02:24:00Z/g, '2026-05-19T13:00:00Z');
}

export const assessmentSpecs: Spec[] = [
  { file: 'upload (3).docx', expected: 'SAP', note: 'Word Security Assessment Plan by the 3PAO: scope, methodology, test plan, rules of engagement and signatures.', build: () => renderDocx({ title: 'Security Assessment Plan', subtitle: `${ORG.cso} — Initial Assessment`, author: ORG.tpao, date: 'June 30, 2025', preTitle: [{ p: TPAO_LEGAL }], body: [revisionHistory([['2025-06-16', '0.9', 'Draft for CSP review', 'C. Brannigan'], ['2025-06-30', '1.0', 'Final for agency approval', 'C. Brannigan']]), { toc: true }, ...sapBody('Initial')] }, { flavor: 'word', cover: 'bigbold', numberHeadings: true, header: `${ORG.csoShort} SAP v1.0`, footer: 'Kestrel Assurance Partners | Page {page}', meta: { title: 'SAP Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Colm Brannigan' } }) },
  { file: 'Kestrel-FCBG-SAP-annual-2026.pdf', expected: 'SAP', note: 'PDF (printed from Word) annual Security Assessment Plan by the 3PAO with methodology and rules of engagement.', build: () => renderPdf({ title: 'Security Assessment Plan (SAP)', subtitle: `${ORG.cso} — 2026 Annual Assessment`, author: ORG.tpao, date: 'May 19, 2026', preTitle: [{ p: CUI_NOTICE }], body: sapBody('Annual') }, { columns: 1, family: 'helvetica', titlePage: true, toc: false, ligatures: false, hyphenate: false, justify: false, runningHeader: `${ORG.csoShort} Security Assessment Plan`, footer: 'page-of', meta: { ...PDF_TOOLCHAINS.word, title: 'Kestrel SAP v3.docx', author: 'cbrannigan' }, date: new Date(Date.UTC(2026, 4, 19, 15)) }) },
  { file: 'assessment-plan.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan (FedRAMP SAP template, comments removed, retitled for the annual assessment).', build: () => Promise.resolve(sapOscal()) },
  { file: 'SAR_Final.docx', expected: 'SAR', note: 'Word Security Assessment Report with risk exposure table, findings and the authorization recommendation.', build: () => renderDocx({ title: `${ORG.cso} Security Assessment Report`, subtitle: 'FedRAMP Moderate Initial Assessment', author: ORG.tpao, date: 'August 22, 2025', body: [{ p: TPAO_LEGAL }, revisionHistory([['2025-08-22', '1.0', 'Final', 'C. Brannigan']]), ...sarBody()] }, { flavor: 'word', cover: 'table', numberHeadings: true, header: 'Security Assessment Report — CUI', footer: 'Page {page}', meta: { creator: 'Ilse Marchetti' } }) },
  { file: 'report.pdf', expected: 'SAR', note: 'pdfLaTeX Security Assessment Report (single column, title page, contents) with risk exposure table and recommendation.', build: () => renderPdf({ title: 'Security Assessment Report', subtitle: `${ORG.cso}`, author: ORG.tpao, date: 'August 2025', body: sarBody() }, { columns: 1, titlePage: true, toc: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pandoc, title: 'Security Assessment Report', author: ORG.tpao }, date: new Date(Date.UTC(2025, 7, 22, 18)) }) },
  { file: 'fcbg-sar.oscal.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (FedRAMP SAR template with FCBG title).', build: () => Promise.resolve(sarOscal()) },
];
