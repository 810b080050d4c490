// Agency ATO letters (signed PDFs on letterhead, a Word draft) and the ConMon request forms:
// significant change requests and deviation requests, as Word forms and as workbooks.
import type { Block, Eval5Doc } from './kit.js';
import { docx, pdf, xlsx } from './kit.js';

async function atoInterior(): Promise<Eval5Doc> {
  return {
    file: 'scan0031.pdf',
    expected: 'ATO_LETTER',
    note: 'signed ATO letter on agency letterhead; scanner-style file name',
    data: await pdf({
      letterhead: ['United States Department of the Interior', 'OFFICE OF THE CHIEF INFORMATION OFFICER', '1849 C Street, NW, Washington, DC 20240'],
      blocks: [
        { p: 'April 27, 2026' },
        { p: 'MEMORANDUM' },
        { p: 'To: Kwame Osei, VP Federal Platforms, Halcyon Data Systems, Inc.' },
        { p: 'From: Authorizing Official, Department of the Interior' },
        { p: 'Subject: Authority to Operate — Halcyon GovCloud Records Platform (HGRP), FedRAMP Package ID FR2311408213' },
        { p: 'The Department of the Interior has reviewed the security authorization package for the Halcyon GovCloud Records Platform, including the System Security Plan, the Security Assessment Report prepared by Keystone Audit Partners and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals from the operation of HGRP is acceptable.' },
        { p: 'Accordingly, I hereby grant an Authority to Operate (ATO) for HGRP at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this letter, subject to continuous monitoring. Halcyon shall deliver monthly continuous monitoring deliverables, remediate POA&M items within FedRAMP timeframes and report significant changes before implementation.' },
        { p: 'The Department consents to the FedRAMP PMO listing HGRP as FedRAMP Authorized and to other agencies leveraging this package.' },
        { gap: 24 },
        { p: '/s/ Marisol Eckhart' },
        { p: 'Marisol Eckhart' },
        { p: 'Chief Information Officer and Authorizing Official' },
        { p: 'cc: FedRAMP PMO (info@fedramp.gov); DOI Information System Security Officer' },
      ],
    }),
  };
}

async function atoTreasuryWithConditions(): Promise<Eval5Doc> {
  return {
    file: 'Letter_2026-06-30.pdf',
    expected: 'ATO_LETTER',
    note: 'conditional "Authorization to Operate" letter, two pages with conditions and signature',
    data: await pdf({
      letterhead: ['DEPARTMENT OF THE TREASURY', 'Bureau of the Fiscal Service — Office of Information Security', 'Parkersburg, WV 26106'],
      footer: 'Page {n} of {of}',
      blocks: [
        { p: 'June 30, 2026' },
        { p: 'Ms. Alena Petrov, System Owner, Nimbus Ledger, Inc., 77 Summer Street, Boston, MA 02110' },
        { p: 'RE: Authorization to Operate for Nimbus Ledger for Government (Moderate)' },
        { p: 'Dear Ms. Petrov:' },
        { p: 'After reviewing the security authorization package for Nimbus Ledger for Government, including the Security Assessment Report of Tessellate Security Assessors dated June 12, 2026, and the supporting POA&M, the Bureau of the Fiscal Service, as authorizing official, accepts the residual risk and authorizes the operation of the system, subject to the conditions below.' },
        { h2: 'Terms and conditions of this authorization' },
        { bullets: ['The High finding V-01 shall be remediated and validated by the 3PAO by July 31, 2026.', 'Monthly continuous monitoring deliverables shall be provided by the 15th of each month.', 'Any significant change requires prior written approval of the authorizing official.', 'This ATO expires on June 30, 2029 unless revoked earlier.'] },
        { p: 'Failure to meet these conditions may result in revocation of this Authority to Operate.' },
        { pageBreak: true },
        { p: 'Sincerely,' },
        { gap: 20 },
        { p: 'Digitally signed by HOLLIS.GRANT.J.1234567890  Date: 2026.06.30 16:02:11 -04\'00\'' },
        { p: 'Grant J. Hollis, Chief Information Security Officer, Authorizing Official' },
        { p: 'Bureau of the Fiscal Service' },
      ],
    }),
  };
}

async function atoDraftDocx(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'U.S. DEPARTMENT OF ENERGY', bold: true, center: true, size: 16 },
    { p: 'Office of the Chief Information Officer', center: true },
    { p: 'Washington, DC 20585', center: true },
    { p: '' },
    { p: 'MEMORANDUM FOR: Carl Dunmore, System Owner, Meridian Systems Group' },
    { p: 'FROM: Rachel Iyer, Authorizing Official' },
    { p: 'SUBJECT: Agency Authority to Operate — Meridian Analytics Cloud (High)' },
    { p: 'In accordance with OMB Circular A-130 and the FedRAMP Agency Authorization process, I have reviewed the Meridian Analytics Cloud security package assessed by Keystone Audit Partners. I find the residual risk acceptable and grant the Department of Energy’s Authority to Operate the Meridian Analytics Cloud at the High impact level, effective on the date of signature, for a period not to exceed three years.' },
    { p: 'This ATO is contingent on continuous monitoring as described in the FedRAMP Continuous Monitoring Strategy Guide.' },
    { p: '' },
    { p: 'Signature: ______________________    Date: ____________' },
  ];
  return { file: 'DOE_MAC_authorization_memo_for_signature.docx', expected: 'ATO_LETTER', note: 'Word ATO memorandum prepared for signature (unsigned)', data: await docx({ blocks }) };
}

async function scrDocx(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'FedRAMP Significant Change Request Form', bold: true, center: true, size: 18 },
    { p: 'Submitted to the authorizing agency at least 30 business days before the planned change', center: true },
    { table: [['Field', 'Entry'], ['CSP name', 'Halcyon Data Systems, Inc.'], ['Cloud service offering', 'Halcyon GovCloud Records Platform'], ['FedRAMP Package ID', 'FR2311408213'], ['Impact level', 'Moderate'], ['Date of request', '2026-05-11'], ['Planned implementation date', '2026-07-01']] },
    { h1: 'Description of the proposed change' },
    { p: 'Replace the self-managed Elasticsearch indexing cluster with Amazon OpenSearch Service (FedRAMP High authorized, leveraged) in AWS GovCloud.' },
    { h1: 'Type of change' },
    { p: '[ ] Adaptive  [X] Transformative  [ ] Impact categorization change' },
    { h1: 'Security impact analysis' },
    { table: [['Affected control', 'Impact', 'Mitigation'], ['SC-28', 'Encryption at rest moves to service-managed KMS keys', 'Customer-managed CMK configured'], ['AU-2', 'New log sources', 'Forwarded to SIEM'], ['CM-8', 'Inventory change: 9 hosts removed, 1 service added', 'Inventory updated']] },
    { h1: 'Documents to be updated' },
    { bullets: ['SSP sections 9 and 10', 'Integrated inventory workbook', 'CIS/CRM workbook'] },
    { h1: '3PAO involvement' },
    { p: 'Keystone Audit Partners will assess the change; SAP addendum to follow.' },
    { h1: 'Approval' },
    { table: [['CSP approver', 'Agency AO decision', 'Date'], ['K. Osei', '[ ] Approved  [ ] Denied', '']] },
  ];
  return { file: 'HGRP_change_OpenSearch.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Word significant change request form', data: await docx({ title: 'SCR', blocks }) };
}

async function scrXlsx(): Promise<Eval5Doc> {
  return {
    file: 'MAC-2026-Q3-notification.xlsx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'significant change request as a workbook, form laid out as label/value rows',
    data: await xlsx(
      [
        {
          name: 'SCR Form',
          rows: [
            ['Significant Change Request'],
            ['Meridian Systems Group — Meridian Analytics Cloud (High)'],
            [],
            ['Request number', 'SCR-2026-004'],
            ['Submitted', '2026-08-03'],
            ['Change category', 'New external service / interconnection'],
            ['Summary', 'Add a managed GPU inference service for natural-language queries inside the boundary'],
            ['New components', 'Azure OpenAI Service (Azure Government, FedRAMP High), private endpoint, new subnet snet-ai-01'],
            ['Data flows affected', 'Customer query text leaves the query engine to the inference endpoint over private link'],
            ['Controls affected', 'AC-4, CA-3, SA-9, SC-7, SR-3'],
            ['Risk assessment', 'Moderate before mitigation; Low residual'],
            ['Planned 3PAO assessment', 'Keystone Audit Partners, September 2026'],
            ['AO decision', ''],
          ],
          widths: [28, 90],
          bold: [1],
        },
        { name: 'Impacted Controls', rows: [['Control', 'Current implementation', 'Change'], ['AC-4', 'Flow policy v3', 'New allow rule to inference endpoint'], ['SA-9', 'External services list', 'Add Azure OpenAI'], ['SC-7', 'Boundary diagram rev 14', 'New subnet']], bold: [1] },
      ],
      { title: 'Significant Change Request', creator: 'C. Dunmore' },
    ),
  };
}

async function drDocx(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Deviation Request', bold: true, center: true, size: 20 },
    { p: 'Risk Adjustment / False Positive / Operational Requirement', center: true },
    { table: [['CSP', 'Tamarack Software, LLC'], ['System', 'Tamarack FedCase'], ['DR number', 'DR-0042'], ['POA&M ID', 'V-2026-118'], ['Date submitted', '2026-05-20']], noHeader: true },
    { h1: 'Deviation type' },
    { p: '[ ] False Positive (FP)   [X] Risk Adjustment (RA)   [ ] Operational Requirement (OR)' },
    { h1: 'Vulnerability information' },
    { table: [['Scanner', 'Plugin / QID', 'CVE', 'Original risk', 'Requested risk'], ['Tenable Nessus', '187315', 'CVE-2023-48795', 'Moderate', 'Low']] },
    { h1: 'Justification' },
    { p: 'The Terrapin SSH prefix truncation weakness requires a man-in-the-middle position. SSH on the affected hosts is reachable only from the bastion through the private management network, and ChaCha20-Poly1305 and Encrypt-then-MAC are disabled. The vendor fix is pending the next OS minor release.' },
    { h1: 'Evidence attached' },
    { bullets: ['sshd_config excerpt from 14 hosts', 'Security group rules for the management subnet'] },
    { h1: 'Agency decision' },
    { p: 'Approved / Denied — Authorizing Official or designee: ____________  Date: ________' },
  ];
  return { file: 'DR-0042.docx', expected: 'DEVIATION_REQUEST', note: 'deviation request (risk adjustment) form', data: await docx({ blocks }) };
}

async function drXlsx(): Promise<Eval5Doc> {
  const header = ['DR ID', 'POA&M ID', 'Deviation Type', 'Scanner Name', 'Vulnerability ID', 'Weakness Name', 'Asset(s)', 'Original Risk Rating', 'Adjusted Risk Rating', 'Justification', 'Evidence', 'AO Decision'];
  return {
    file: 'OCC_ConMon_May2026_requests.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'deviation request workbook (FP/OR/RA rows) from monthly ConMon; instructions sheet first',
    data: await xlsx(
      [
        { name: 'Instructions', rows: [['FedRAMP Deviation Request Form'], ['Use one row per deviation. Deviation Type is one of: False Positive, Operational Requirement, Risk Adjustment.'], ['Submit with the monthly POA&M. The agency AO records the decision in column L.']] },
        {
          name: 'Deviation Requests',
          rows: [
            ['Orion Civic Cloud — Deviation Requests — May 2026'],
            [],
            header,
            ['DR-26-031', 'OCC-0412', 'False Positive', 'Qualys', 'QID 38909', 'SHA1 deprecated setting for SSH', 'occ-web-01..06', 'Low', 'N/A', 'Scanner reads banner of jump host; SHA1 MACs disabled (config attached)', 'sshd -T output', ''],
            ['DR-26-032', 'OCC-0419', 'Operational Requirement', 'Qualys', 'QID 11827', 'HTTP security header not detected', 'occ-api', 'Low', 'Low', 'Legacy agency client requires framing by intranet portal', 'Agency letter', ''],
            ['DR-26-033', 'OCC-0433', 'Risk Adjustment', 'Burp Suite', 'Issue 2097920', 'Cross-origin resource sharing', 'portal.occ.example', 'Moderate', 'Low', 'Origin allow-list limited to agency domains; credentials not allowed', 'CORS policy', ''],
          ],
          bold: [3],
        },
      ],
      { title: 'Deviation Request Form' },
    ),
  };
}

export async function letterAndFormDocs(): Promise<Eval5Doc[]> {
  return Promise.all([atoInterior(), atoTreasuryWithConditions(), atoDraftDocx(), scrDocx(), scrXlsx(), drDocx(), drXlsx()]);
}
