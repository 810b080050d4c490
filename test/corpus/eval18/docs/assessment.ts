import type { Block } from '../kit/model.js';
import { b, bullets, h1, h2, p, pagebreak, retext, small, table, title } from '../kit/model.js';
import { G, groupControl, groupFrontTail } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import type { EvalDoc } from './types.js';

const KESTREL = 'KESTREL ASSURANCE PARTNERS, LLC — A2LA Accredited FedRAMP 3PAO (Certificate No. 4417.02)';

function sapBody(kind: 'annual' | 'initial'): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Security Assessment Plan (SAP) has been developed by ${G.tpao} for the ${kind === 'annual' ? 'annual' : 'initial'} assessment of the ${G.cso} (${G.csoShort}), a FedRAMP High Infrastructure-as-a-Service offering operated by ${G.sub}. The plan describes the scope of the assessment, the assessment methodology, the test schedule, the rules of engagement for penetration testing and the roles and responsibilities of the assessment team and the cloud service provider.`),
    p(`The assessment will be conducted in accordance with NIST SP 800-53A Revision 5, the FedRAMP Security Assessment Plan template and the FedRAMP Penetration Test Guidance. Its results will be documented in the Security Assessment Report (SAR), which will support the authorization decision of the ${G.agency} Authorizing Official.`),
    h2('1.1 Purpose'),
    p('The purpose of this plan is to obtain agreement from the CSP and the Authorizing Official on what will be tested, how, when and by whom, before any testing starts. Testing will not begin until this SAP has been approved by the AO and the rules of engagement have been signed by the CSP.'),
    h1('2 Scope'),
    p(`The assessment scope is the authorization boundary described in Section 9 of the ${G.csoShort} System Security Plan, version 3.2 dated 29/11/2026. The inventory used for sampling is the Integrated Inventory Workbook dated 2026-11-05.`),
    table([
      ['Component / Location', 'Description', 'Sample'],
      ['US-East-Federal-1 (Ashburn, VA)', 'Primary region: control plane, compute, storage', 'Full for control plane; 20% of hypervisors'],
      ['US-Central-Federal-2 (Des Moines, IA)', 'Secondary region: backup and recovery', '10% of storage nodes'],
      ['Privileged access gateway', 'Administrative entry point', 'All instances'],
      ['Managed PostgreSQL service', 'Database platform', 'All engine versions in use'],
    ]),
    h2('2.1 Controls to be Assessed'),
    p(kind === 'annual'
      ? 'For the annual assessment the 3PAO will test the FedRAMP core controls, all controls affected by significant changes approved since the last assessment, controls related to open POA&M items and a one-third rotation of the remaining High baseline controls, as agreed with the AO.'
      : 'All 410 controls and enhancements of the FedRAMP Rev5 High baseline will be assessed, including the privacy controls applicable to the system.'),
    h1('3 Assumptions'),
    bullets(
      'The CSP will provide the assessment team with access to personnel, documentation and systems as described in the test schedule.',
      'The SSP and its attachments submitted to the agency are current and describe the system as it will be tested.',
      'No significant change will be implemented during the testing window; the system is frozen between 11/01/2027 and 19/02/2027.',
      'Credentials for authenticated scanning will be issued at least five business days before the start of testing.',
    ),
    h1('4 Methodology'),
    p('Controls will be assessed with the examine, interview and test methods of NIST SP 800-53A. Evidence will be collected into the 3PAO evidence repository, and every test result will be recorded in the Security Requirements Traceability Matrix (SRTM) that will be delivered with the SAR. Where a control is inherited from a leveraged authorization, the assessment team will verify the inheritance against the leveraged CRM rather than test the control again.'),
    h2('4.1 Vulnerability Scanning'),
    p('The 3PAO will perform authenticated operating system, database and web application scans of the in-scope components with its own scanning tools, configured to the FedRAMP scanning requirements. Scan results from the CSP will not be used as a substitute for the independent scans.'),
    table([
      ['Tool', 'Version', 'Purpose'],
      ['Tenable Nessus Professional', '10.8', 'Infrastructure and database scanning'],
      ['Burp Suite Enterprise', '2026.9', 'Web application scanning (console and API)'],
      ['kube-bench / Trivy', '0.9 / 0.57', 'Container platform and image scanning'],
    ]),
    h2('4.2 Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, tenant-to-tenant, tenant-to-management-plane, corporate-to-CSP, and insider threat attack vectors, plus mobile application vectors where applicable (none for this system).'),
    h1('5 Test Plan'),
    table([
      ['Activity', 'Start', 'End', 'Responsible'],
      ['Kick-off and document review', '11/01/2027', '15/01/2027', 'Kestrel / NFCP Compliance'],
      ['Interviews and on-site examination', '18/01/2027', '29/01/2027', 'Kestrel assessors'],
      ['Vulnerability scanning', '25/01/2027', '29/01/2027', 'Kestrel technical team'],
      ['Penetration testing', '01/02/2027', '12/02/2027', 'Kestrel penetration testers'],
      ['Out-brief', '19/02/2027', '19/02/2027', 'Kestrel lead assessor'],
    ]),
    h2('5.1 Roles and Test Team'),
    table([
      ['Name', 'Role', 'Organisation'],
      [G.tpaoLead, 'Lead Assessor', G.tpao],
      ['Martin Szabo, OSCP', 'Penetration Test Lead', G.tpao],
      ['Anjali Deshpande, CISA', 'Assessor', G.tpao],
      [G.isso, 'ISSO and CSP point of contact', G.sub],
    ]),
    h1('6 Rules of Engagement'),
    p('The rules of engagement below govern all active testing. Testing will be performed from the 3PAO source addresses 198.51.100.200–198.51.100.215 only. Denial-of-service testing, social engineering of tenant personnel and any testing against other tenants\' workloads are out of scope. Testing of production will be performed between 20:00 and 06:00 Eastern time unless otherwise agreed. The CSP may stop testing at any time by calling the penetration test lead.'),
    table([
      ['Rules of Engagement Signatory', 'Name', 'Signature', 'Date'],
      ['CSP System Owner', G.systemOwner, '', ''],
      ['3PAO Lead Assessor', G.tpaoLead, '', ''],
      ['Agency AO Representative', G.ao, '', ''],
    ]),
    h1('7 Signatures'),
    p('By signing below, the parties agree to the scope, methodology and schedule of this Security Assessment Plan.'),
    table([['Name', 'Title', 'Signature', 'Date'], [G.tpaoLead, 'Lead Assessor', '', ''], [G.systemOwner, 'System Owner', '', '']]),
  ];
}

function sarBody(): Block[] {
  return [
    h1('Executive Summary'),
    p(`${G.tpao} performed the annual security assessment of the ${G.cso} (${G.csoShort}) between 11 January and 19 February 2027 in accordance with the approved Security Assessment Plan dated 2026-12-14. This Security Assessment Report (SAR) documents the results of that assessment, the risks identified and the 3PAO's recommendation to the ${G.agency} Authorizing Official.`),
    p('Of the 214 controls and enhancements assessed, 203 were found to be fully satisfied and 11 were found to be other than satisfied. The vulnerability scans and the penetration test identified no high-risk findings that remain open at the date of this report; two moderate-risk and nine low-risk findings remain open and are tracked in the CSP\'s POA&M.'),
    h2('Risk Exposure Table'),
    table([
      ['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total', 'Percent of Total'],
      ['High', '0', '0', '0', '0', '0', '0', '0%'],
      ['Moderate', '1', '0', '1', '0', '0', '2', '18%'],
      ['Low', '3', '4', '1', '1', '0', '9', '82%'],
      ['Operationally Required', '0', '0', '0', '0', '0', '0', '0%'],
      ['Total', '4', '4', '2', '1', '0', '11', '100%'],
    ]),
    h2('Authorization Recommendation'),
    p(`${G.tpao} attests that the information in this report accurately reflects the security posture of ${G.csoShort}. Based on the results of the assessment, the residual risk to federal information is low, and the 3PAO recommends that the ${G.agencyShort} Authorizing Official continue the Authority to Operate for ${G.csoShort}, subject to remediation of the open findings within the timeframes required by FedRAMP.`),
    h1('1 Introduction'),
    h2('1.1 Applicable Laws, Regulations, Standards and Guidance'),
    p('The assessment was conducted against NIST SP 800-53 Revision 5 and NIST SP 800-53A Revision 5 as tailored by the FedRAMP High baseline, FedRAMP Penetration Test Guidance, and the FedRAMP Continuous Monitoring Strategy Guide.'),
    h2('1.2 Purpose'),
    p('This report documents the findings of the assessment and provides the risk information the Authorizing Official needs to make a risk-based decision.'),
    h1('2 System Overview'),
    p(`${G.csoShort} is categorised High in accordance with FIPS 199. The system description, boundary and data flows are documented in the SSP version 3.2 and were validated during the assessment; no discrepancies between the documented boundary and the observed environment were found other than finding SAR-ANN27-006.`),
    h1('3 Assessment Methodology'),
    p('The methodology followed the approved SAP. Deviations from the SAP: two storage nodes in the secondary region were replaced by equivalent nodes because of hardware maintenance; the replacement was agreed with the ISSO and the AO representative on 27/01/2027.'),
    h2('3.1 Perform Tests'),
    p('Tests were performed using the examine, interview and test methods. Scans were authenticated for 100% of the sampled hosts; the scan coverage and authentication results are given in Appendix C.'),
    h2('3.2 Risk Calculation'),
    p('Risks were rated using the FedRAMP risk matrix combining likelihood and impact. Where a CVSS score was available, it was used as the starting point for likelihood and adjusted for compensating controls.'),
    h1('4 Security Assessment Results'),
    table([
      ['ID', 'Control', 'Finding', 'Source', 'Initial Risk', 'Adjusted Risk', 'Status'],
      ['SAR-ANN27-001', 'AC-2(j)', 'Quarterly review of non-privileged accounts not evidenced for Q3 2026', 'Test case', 'Moderate', 'Moderate', 'Open'],
      ['SAR-ANN27-002', 'RA-5', 'OpenSSL 3.0.x on two bastion images below vendor fix level', 'OS scan', 'Low', 'Low', 'Open'],
      ['SAR-ANN27-003', 'SC-8', 'TLS 1.2 cipher suite with CBC mode accepted on legacy API endpoint', 'Web scan', 'Moderate', 'Moderate', 'Open'],
      ['SAR-ANN27-004', 'CM-6', 'Two hypervisors deviate from the STIG baseline (audit rule for chmod)', 'Test case', 'Low', 'Low', 'Open'],
      ['SAR-ANN27-005', 'AU-11', 'Archive retention job reported a 36-hour gap in October 2026', 'Test case', 'Low', 'Low', 'Open'],
      ['SAR-ANN27-006', 'CM-8', 'One decommissioned load balancer still listed in the inventory', 'Test case', 'Low', 'Low', 'Open'],
    ]),
    h1('5 Non-Conforming Controls'),
    p('Risks that were corrected during testing are listed in Table 5-1 and are not carried into the POA&M. Risks that remain open have been transferred to the POA&M delivered by the CSP together with this report.'),
    h1('6 Risks Known for Interconnected Systems'),
    p('No risks known for the interconnected systems listed in the SSP were identified.'),
    h1('7 Authorization Recommendation'),
    p('A total of 11 system risks were identified. The 3PAO recommends continuing the authorization. Signed:'),
    table([['Lead Assessor', 'Signature', 'Date'], [G.tpaoLead, '/s/ R. Okafor', '26 February 2027'], ['Quality Reviewer', '/s/ T. Lindqvist', '26 February 2027']]),
    h1('Appendices'),
    bullets('Appendix A — Risk Exposure Table', 'Appendix B — Security Test Case Procedures (SRTM)', 'Appendix C — Infrastructure Scan Results', 'Appendix D — Database Scan Results', 'Appendix E — Web Application Scan Results', 'Appendix F — Assessment Results', 'Appendix G — Manual Test Results', 'Appendix H — Auxiliary Documents', 'Appendix I — Penetration Test Report'),
  ];
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  const sapDocx = await renderDocx({
    blocks: [
      small(KESTREL),
      title('Security Assessment Plan', 44),
      title(`${G.cso} (${G.csoShort}) — Annual Assessment 2027`, 26),
      p(`Prepared by ${G.tpao}, 1750 Tysons Boulevard, McLean, VA 22102 for ${G.sub}`),
      p('Version 1.1 — 14 December 2026'),
      pagebreak,
      b('Document Revision History'),
      table([['Date', 'Version', 'Description', 'Author'], ['11/30/2026', '1.0', 'Draft for CSP review', 'R. Okafor'], ['12/14/2026', '1.1', 'CSP and agency comments addressed', 'R. Okafor']]),
      b('Table of Contents'),
      ...['1 Introduction', '2 Scope', '3 Assumptions', '4 Methodology', '5 Test Plan', '6 Rules of Engagement', '7 Signatures'].map((t, i) => p(`${t}\t${i + 2}`)),
      pagebreak,
      ...sapBody('annual'),
    ],
    header: `${G.csoShort} Security Assessment Plan | ${G.tpao} | Controlled Unclassified Information`,
    footer: 'Kestrel Assurance Partners — Proprietary and Confidential',
    meta: { title: 'Security Assessment Plan', creator: 'Rebecca Okafor', lastModifiedBy: G.complianceLead, subject: 'NFCP annual assessment 2027' },
  });

  // The CSP compliance office files the 3PAO's SAP with the group's control block before it (as a PDF).
  const sapPdf = await renderPdf({
    blocks: [
      ...groupControl({
        docId: 'GCO-FED-ASM-2025-07',
        version: '1.1 (3PAO document)',
        status: 'Received from 3PAO — for AO approval',
        owner: `${G.isso}, ISSO`,
        approver: `${G.systemOwner}, System Owner`,
        reviewer: G.complianceLead,
        date: '2025-10-02',
        revisions: [],
      }),
      p('The following document was prepared by the independent assessor and is reproduced without modification. Comments by the CSP are recorded in the comment matrix held separately.'),
      pagebreak,
      title('FedRAMP Security Assessment Plan (SAP)', 36),
      p(`${G.cso} — FedRAMP High — Prepared by ${G.tpao}`),
      ...retext(sapBody('initial'), (t) => t.replace(/2027/g, '2025').replace(/2026/g, '2025').replace('version 3.2', 'version 1.3')),
    ],
    header: `NFCP SAP — ${G.tpaoShort} — CUI`,
    footer: 'GCO-FED-ASM-2025-07',
    meta: { title: 'NFCP_SAP_v1.1_signed', creator: G.isso },
    headings: 'bold',
  }, { pageSize: 'Letter', producer: 'Adobe PDF Library 23.8.53', creatorTool: 'Acrobat PDFMaker 23 for Word' });

  const sarDocx = await renderDocx({
    blocks: [
      small(KESTREL),
      table([['Security Assessment Report'], [`${G.cso} (${G.csoShort})`], ['Annual Assessment — Report Date 26 February 2027'], ['Version 1.0 — FINAL']], false),
      p(`Prepared for: ${G.sub} and the ${G.agency}`),
      pagebreak,
      b('Revision History'),
      table([['Date', 'Version', 'Page(s)', 'Description', 'Author'], ['02/20/2027', '0.9', 'All', 'Draft report for CSP factual accuracy review', 'R. Okafor'], ['02/26/2027', '1.0', '4, 12', 'Final', 'R. Okafor']]),
      pagebreak,
      ...sarBody(),
    ],
    header: `${G.csoShort} SAR | ${G.tpao} | CUI // FEDCON`,
    footer: 'Proprietary and Confidential',
    meta: { creator: 'Rebecca Okafor', lastModifiedBy: 'Tomas Lindqvist' },
    headings: 'bold',
  });

  const sarPdf = await renderPdf({
    blocks: [
      ...groupControl({
        docId: 'GCO-FED-ASM-2027-04',
        version: '1.0',
        status: 'Final (3PAO)',
        owner: `${G.isso}, ISSO`,
        approver: `${G.systemOwner}`,
        reviewer: `${G.headCompliance}`,
        date: '12.03.2027',
        revisions: [],
      }),
      ...groupFrontTail({
        docId: 'GCO-FED-ASM-2027-04',
        version: '1.0',
        status: 'Final',
        owner: G.isso,
        approver: G.systemOwner,
        reviewer: G.headCompliance,
        date: '12.03.2027',
        revisions: [['1.0', '12.03.2027', 'Kestrel', 'Annual assessment report received and filed']],
        distribution: [`${G.ao} — ${G.agencyShort}`, 'FedRAMP PMO — secure repository', `${G.ciso} — Group CISO`],
      }),
      pagebreak,
      title('FedRAMP Security Assessment Report', 36),
      p(`Annual Assessment 2027 of the ${G.cso}, High Impact — performed by ${G.tpao}`),
      ...sarBody(),
    ],
    header: `${G.groupShort} | NFCP annual SAR 2027 | INTERNAL – RESTRICTED`,
    footer: 'GCO-FED-ASM-2027-04',
    meta: { title: 'Security Assessment Report — NFCP Annual Assessment', creator: 'Kestrel Assurance Partners' },
  }, { pageSize: 'A4' });

  return [
    { file: 'Kestrel_NFCP_SAP_2027_v1.1.docx', expected: 'SAP', data: sapDocx, note: '3PAO Security Assessment Plan for the annual assessment: scope, methodology, test schedule, rules of engagement, signatures.' },
    { file: 'scan_2026-12.pdf', expected: 'SAP', data: sapPdf, note: 'SAP (initial assessment) filed as PDF behind the group control block; misleading scan-like file name.' },
    { file: 'Final_v7.docx', expected: 'SAR', data: sarDocx, note: 'Annual Security Assessment Report: risk exposure table, findings, authorization recommendation; title only in a cover table cell, no metadata title.' },
    { file: 'GCO-FED-ASM-2027-04.pdf', expected: 'SAR', data: sarPdf, note: 'Annual SAR reproduced as PDF after the group document control, revision and distribution tables.' },
  ];
}
