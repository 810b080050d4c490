import type { Block } from './kit/blocks.js';
import { big, bold, bullets, h1, h2, h3, note, p, pageBreak, revisionTable, table, tocBlocks } from './kit/blocks.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { toMarkdown } from './kit/text.js';
import { buildXlsx } from './kit/xlsx.js';
import type { EvalDoc } from './world.js';
import { CONTROLS, PEOPLE_TABLE, W } from './world.js';

function controlBlocks(subset: readonly (readonly [string, string, string])[], withTemplateTables: boolean): Block[] {
  const out: Block[] = [];
  for (const [id, name, text] of subset) {
    out.push(h3(`${id} ${name}`));
    if (withTemplateTables) {
      out.push(
        table([
          [`${id}`, 'Control Summary Information'],
          ['Responsible Role:', id.startsWith('AC') ? 'ISSO; Security Engineering' : 'Security Engineering; SRE'],
          ['Implementation Status (check all that apply):', '☒ Implemented  ☐ Partially implemented  ☐ Planned'],
          ['Control Origination (check all that apply):', '☒ Service Provider System Specific  ☐ Inherited from pre-existing FedRAMP Authorization for AWS GovCloud'],
        ]),
      );
      out.push(bold(`${id} What is the solution and how is it implemented?`));
    }
    out.push(...p(`Part a: ${text}`));
  }
  return out;
}

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    note('Instruction: This template contains a cover page and the FedRAMP SSP body. Delete this instruction text before submission.'),
    big(`${W.system} (${W.acr})`),
    big('System Security Plan'),
    ...p('FedRAMP Rev. 5 Moderate Baseline', `Prepared by ${W.csp}, 535 Mission Street, 14th Floor, San Francisco, CA 94105`, 'Version 0.7 DRAFT — March 11, 2025', 'CONTROLLED UNCLASSIFIED INFORMATION'),
    pageBreak,
    bold('Document Revision History'),
    revisionTable([
      ['11/04/2024', '0.1', 'Initial import from FedRAMP SSP template (Rev5)', W.isso],
      ['12/16/2024', '0.4', 'Sections 1–9 drafted from Confluence "FedRAMP / SSP" pages', W.isso],
      ['02/03/2025', '0.6', 'Control implementation statements AC, AU, CM, IA', W.seceng],
      ['03/11/2025', '0.7', 'Consultant review comments addressed (partial)', W.isso],
    ]),
    bold('Approvals'),
    table([
      ['Name', 'Title', 'Signature', 'Date'],
      [W.ceo, 'CEO / System Owner', '', 'TBD'],
      [W.isso, 'ISSO', '', 'TBD'],
    ]),
    ...tocBlocks(['1 Introduction', '2 Purpose', '3 System Information', '4 System Owner', '5 Assignment of Security Responsibility', '6 Leveraged FedRAMP-Authorized Services', '7 External Systems and Services', '8 Illustrated Architecture and Narratives', '9 Services, Ports, and Protocols', '10 Cryptographic Modules', '11 Separation of Duties', '12 SSP Appendices List', 'Appendix A FedRAMP Security Controls']),
    pageBreak,
    h1('1 Introduction'),
    ...p(
      `This System Security Plan (SSP) describes the ${W.system} (${W.acr}) authorization boundary, the way ${W.csp} implements the security controls of the FedRAMP Moderate baseline, and the roles responsible for each control. It is prepared for the FedRAMP Agency Authorization of ${W.acr} sponsored by the ${W.agency}.`,
      'Reviewer comment (Halvorsen, 2/27): please align the boundary language in this section with the diagram in section 8 — the diagram still shows the staging account as in-boundary.',
    ),
    h1('2 Purpose'),
    ...p('The purpose of this SSP is to document the security controls implemented, planned or inherited for the system, in accordance with NIST SP 800-53 Revision 5 and the FedRAMP Moderate baseline, and to serve as the basis for the Security Assessment Plan (SAP) prepared by the 3PAO.'),
    h1('3 System Information'),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [W.fedrampId, W.system, W.acr],
    ]),
    ...p(`Security categorization: the system is categorized as ${W.level} (FIPS 199: Confidentiality Moderate, Integrity Moderate, Availability Moderate). See Attachment 10, FIPS 199 Categorization. Digital identity level: IAL2 / AAL2 / FAL2 (Attachment 3).`),
    note('[Insert CSP name] — yellow text from template still here in the deployment model table, fix before 3PAO kickoff.'),
    table([['Service Model', 'Deployment Model'], ['☒ SaaS  ☐ PaaS  ☐ IaaS', '☒ Government Only Cloud (GovCloud)  ☐ Public Cloud']]),
    h1('4 System Owner'),
    table(PEOPLE_TABLE),
    h1('5 Assignment of Security Responsibility'),
    ...p(`The ISSO, ${W.isso}, is the single point of contact for security of the system and coordinates continuous monitoring deliverables with the agency.`),
    h1('6 Leveraged FedRAMP-Authorized Services'),
    table([
      ['CSP/CSO Name', 'FedRAMP Package ID', 'Authorization Type', 'Impact Level'],
      ['Amazon Web Services GovCloud (US)', 'F1603047866', 'JAB', 'High'],
      ['Okta for Government Moderate', 'FR1718547223', 'Agency', 'Moderate'],
      ['Panther Labs (SIEM)', 'TBD', 'TBD', 'TBD'],
    ]),
    h1('8 Illustrated Architecture and Narratives'),
    ...p(
      `${W.acr} is a multi-tenant data pipeline service. Customer agencies upload datasets through the web console or the REST API; ingestion workers running on Amazon EKS validate and transform the data and write it to Aurora PostgreSQL and S3. All components run in ${W.region} in three dedicated AWS accounts (tdp-prod, tdp-logs, tdp-security).`,
      'TBD — data flow diagram v3 export from Lucidchart pending (Ana).',
    ),
    h1('9 Services, Ports, and Protocols'),
    table([
      ['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS', 'ALB / WAF', 'Web console and API', 'Agency users'],
      ['5432/TCP', 'PostgreSQL (TLS)', 'Aurora', 'Application database', 'Ingestion workers'],
      ['443/TCP', 'HTTPS', 'VPC endpoints', 'AWS APIs', 'All workloads'],
    ]),
    h1('11 Separation of Duties'),
    ...p('See Attachment 11, Separation of Duties Matrix.'),
    h1('12 SSP Appendices List'),
    bullets('Attachment 1 – Information Security Policies and Procedures', 'Attachment 2 – User Guide', 'Attachment 3 – Digital Identity Worksheet', 'Attachment 4 – PTA/PIA', 'Attachment 5 – Rules of Behavior', 'Attachment 6 – Information System Contingency Plan', 'Attachment 7 – Configuration Management Plan', 'Attachment 8 – Incident Response Plan', 'Attachment 9 – CIS/CRM Workbook', 'Attachment 10 – FIPS 199', 'Attachment 11 – Separation of Duties Matrix', 'Attachment 12 – Laws and Regulations', 'Attachment 13 – Integrated Inventory Workbook'),
    pageBreak,
    h1('Appendix A — FedRAMP Moderate Security Controls'),
    note('Instruction: For each control, describe how the control is implemented. Delete instruction text and example responses.'),
    ...controlBlocks(CONTROLS, true),
  ];
  return {
    file: 'Final_v7.docx',
    expected: 'SSP',
    note: 'Draft FedRAMP SSP exported from the template with instruction text, TBD cells and reviewer comments still in; system information, FIPS 199 level and control implementation statements make it the SSP.',
    data: await buildDocx(blocks, {
      meta: { title: 'FedRAMP System Security Plan (SSP) Rev5 Template', creator: 'FedRAMP PMO', lastModifiedBy: W.isso },
      header: `${W.csp} | ${W.system} System Security Plan | Version 0.7`,
      footer: 'CUI — Controlled Unclassified Information',
    }),
  };
}

async function sspMarkdown(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big(`📘 ${W.acr} System Security Plan (SSP) — FedRAMP Moderate`),
    note('This page is the source of truth for the SSP narrative. The Word version is regenerated from it before every 3PAO hand-off. Do not edit the Word file directly!'),
    h2('System identification'),
    table([
      ['Field', 'Value'],
      ['System name', W.system],
      ['Abbreviation', W.acr],
      ['FedRAMP Package ID', W.fedrampId],
      ['FIPS 199 security categorization', 'Moderate (C: M, I: M, A: M)'],
      ['Service model', 'SaaS'],
      ['Authorization path', `Agency authorization — ${W.agency}`],
      ['Fully operational as of', '2024-09-30'],
    ]),
    h2('System description'),
    ...p(`${W.system} lets agencies ingest, validate and publish tabular datasets. The authorization boundary includes the web console, the public API, ingestion workers on EKS, Aurora PostgreSQL, S3 dataset buckets, and the supporting logging and security tooling accounts. Corporate IT (Google Workspace, Slack, laptops) is outside the boundary.`),
    h2('Leveraged authorizations'),
    bullets('AWS GovCloud (US) — JAB P-ATO, High', 'Okta for Government Moderate — Agency ATO'),
    h2('Control implementation statements'),
    ...CONTROLS.slice(0, 12).flatMap(([id, name, text]): Block[] => [h3(`${id} — ${name}`), ...p(`**Implementation status:** Implemented · **Origination:** Service provider system specific`, text)]),
    note('🚧 TODO (Jonah): finish PL, PS, PE inheritance statements — PE is fully inherited from AWS GovCloud.'),
  ];
  return {
    file: `${W.acr} System Security Plan 2f9c1e8a4b7d4d0c9a6e3b1f0d2c5e77.md`,
    expected: 'SSP',
    note: 'Notion markdown export of the SSP narrative: system identification, FIPS 199 categorization and control implementation statements; it is the SSP in another format.',
    data: toMarkdown(blocks),
  };
}

function sapBlocks(): Block[] {
  return [
    big(`Security Assessment Plan (SAP)`),
    ...p(`${W.system} (${W.acr})`, `FedRAMP Initial Assessment — Moderate`, `Prepared by ${W.threePao} for ${W.csp}`, 'Version 1.0 — April 2, 2025'),
    pageBreak,
    bold('Revision History'),
    revisionTable([['03/21/2025', '0.9', 'Draft for CSP review', W.leadAssessor], ['04/02/2025', '1.0', 'Final for agency approval', W.leadAssessor]]),
    h1('1 Introduction'),
    ...p(`${W.threePao} has been engaged by ${W.csp} to perform the initial FedRAMP security assessment of ${W.acr}. This Security Assessment Plan describes the scope, methodology, test procedures, schedule and rules of engagement for the assessment. It is based on the ${W.acr} System Security Plan version 1.0 dated March 28, 2025, and will be approved by the ${W.agency} authorizing official before testing begins.`),
    h1('2 Scope'),
    ...p(`The assessment covers all 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline within the authorization boundary described in section 8 of the SSP. The inventory in scope is listed in Appendix C and is taken from the Integrated Inventory Workbook dated March 2025. Inherited controls from AWS GovCloud (US) will be verified against the leveraged package's CRM.`),
    table([['IP Address(es) or Ranges', 'Hostname / URL', 'Software & Version', 'Function'], ['10.40.0.0/16', 'console.tidepool.gov-cloud.io', 'TDP web 3.14', 'Web console'], ['10.40.8.0/21', 'api.tidepool.gov-cloud.io', 'TDP api 3.14', 'Public API'], ['10.40.32.0/20', 'eks worker nodes', 'Amazon Linux 2023', 'Ingestion workers']]),
    h1('3 Assumptions'),
    bullets('The CSP provides the 3PAO with the required credentials and accounts for authenticated scanning.', 'Security controls that have been identified as "Not Applicable" in the SSP will be interviewed to confirm.', 'The CSP will not make changes to the environment during testing without notifying the 3PAO.'),
    h1('4 Methodology'),
    ...p('Controls will be tested using the examine, interview and test methods of NIST SP 800-53A Rev5 and the FedRAMP Security Assessment test case workbook. Evidence is collected in the 3PAO evidence repository and tracked per test case. Vulnerability scanning will use Tenable Nessus (authenticated), Burp Suite Professional for the web application and API, and database configuration scanning against the CIS PostgreSQL benchmark.'),
    h2('4.1 Penetration Testing'),
    ...p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external attack vectors, the tenant-to-tenant isolation attack vector, the mobile application (not applicable) and social engineering (phishing of CSP administrators).'),
    h1('5 Test Plan'),
    table([['Role', 'Name', 'Phone', 'Email'], ['Lead Assessor', W.leadAssessor, '(703) 555-0110', 'gfeeney@coldharbor-assurance.com'], ['Penetration Tester', W.assessor, '(703) 555-0117', 'rnwosu@coldharbor-assurance.com']]),
    table([['Task', 'Start', 'Finish'], ['Kickoff', '04/14/2025', '04/14/2025'], ['Documentation review and interviews', '04/15/2025', '04/25/2025'], ['Vulnerability scanning', '04/21/2025', '04/23/2025'], ['Penetration testing', '04/28/2025', '05/09/2025'], ['SAR delivery', '06/02/2025', '06/02/2025']]),
    h1('6 Rules of Engagement'),
    ...p('Testing is performed from 198.51.100.24 and 198.51.100.25 only. No denial-of-service testing is authorised. Any finding rated High that could affect federal data will be reported to the CSP ISSO by phone within one hour. Testing windows are 08:00–20:00 Eastern on business days. Either party may halt testing at any time.'),
    bold('Rules of Engagement Signatures'),
    table([['Name', 'Organization', 'Signature', 'Date'], [W.isso, W.csp, '', ''], [W.leadAssessor, W.threePao, '', '']]),
  ];
}

async function sapDocx(): Promise<EvalDoc> {
  return {
    file: 'SAR_final.docx',
    expected: 'SAP',
    note: 'The 3PAO\'s Security Assessment Plan (scope, methodology, test schedule, rules of engagement) under a misleading SAR file name; the content is the SAP.',
    data: await buildDocx(sapBlocks(), { meta: { title: 'TDP SAP v1.0', creator: W.leadAssessor }, header: `${W.threePao} — ${W.acr} Security Assessment Plan`, footer: 'Proprietary and Confidential' }),
  };
}

async function sapPdf(): Promise<EvalDoc> {
  return {
    file: 'doc-0412.pdf',
    expected: 'SAP',
    note: 'PDF print of the 3PAO\'s Security Assessment Plan for the initial assessment; title, methodology and rules of engagement make it the SAP.',
    data: await buildPdf(sapBlocks(), { producer: 'Microsoft® Word for Microsoft 365', author: W.leadAssessor, header: `${W.acr} Security Assessment Plan v1.0`, footer: W.threePao }),
  };
}

function sarBlocks(): Block[] {
  return [
    bold(`${W.threePao}`),
    big(`${W.system} Security Assessment Report`),
    ...p('FedRAMP Moderate — Initial Assessment', 'Report date: June 2, 2025', `Prepared for ${W.csp} and the ${W.agency}`),
    bold('Record of Changes'),
    revisionTable([['05/27/2025', '0.9', 'Draft SAR for CSP factual accuracy review', W.leadAssessor], ['06/02/2025', '1.0', 'Final SAR', W.leadAssessor]]),
    h1('Executive Summary'),
    ...p(`${W.threePao} performed the security assessment of ${W.acr} between April 14 and May 9, 2025, in accordance with the approved Security Assessment Plan dated April 2, 2025. Of the 323 controls assessed, 301 were found fully satisfied, 14 were other than satisfied with Low risk, 7 with Moderate risk and 1 with High risk. The High risk finding (tenant isolation bypass in the dataset export API) was remediated and validated during testing.`),
    h1('Risk Exposure Table'),
    table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web App Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '0', '0', '0', '1 (closed)', '1'], ['Moderate', '3', '2', '1', '0', '1', '7'], ['Low', '6', '5', '2', '1', '0', '14'], ['Total', '9', '7', '3', '1', '2', '22']]),
    h1('Summary of Findings'),
    table([['ID', 'Control', 'Finding', 'Risk', 'Status'], ['TDP-SAR-01', 'AC-2(3)', 'Seven contractor accounts inactive for more than 90 days were not disabled.', 'Moderate', 'Open'], ['TDP-SAR-02', 'RA-5', 'Authenticated scans failed on three EKS node groups due to missing SSM permissions.', 'Moderate', 'Open'], ['TDP-SAR-03', 'SC-7', 'Network Firewall allow-list contains wildcard *.amazonaws.com.', 'Low', 'Open'], ['TDP-PT-01', 'AC-3', 'Cross-tenant export via manipulated dataset_id.', 'High', 'Closed — validated 05/08/2025']]),
    h1('Authorization Recommendation'),
    ...p(`${W.threePao} attests that the assessment was performed in accordance with FedRAMP requirements and recommends that the ${W.agency} grant an authorization to ${W.acr}, provided the open Moderate findings are tracked in the POA&M and remediated within 90 days. The residual risk to federal information is assessed as Moderate-Low.`),
    bold('3PAO Attestation'),
    table([['Name', 'Title', 'Signature', 'Date'], [W.leadAssessor, 'Lead Assessor', '/s/ G. Feeney', '06/02/2025']]),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  return {
    file: 'upload (3).docx',
    expected: 'SAR',
    note: 'The 3PAO\'s Security Assessment Report with risk exposure table, findings and authorization recommendation.',
    data: await buildDocx(sarBlocks(), { meta: { title: 'SAP template', creator: 'Coldharbor QA' }, boldHeadings: true, header: 'Coldharbor Assurance LLC — Confidential', footer: `${W.acr} SAR v1.0` }),
  };
}

async function sarPdf(): Promise<EvalDoc> {
  return {
    file: 'TDP_Security_Assessment_Report_signed.pdf',
    expected: 'SAR',
    note: 'Signed PDF of the 3PAO Security Assessment Report (risk exposure table, authorization recommendation).',
    data: await buildPdf(sarBlocks(), { title: `${W.acr} Security Assessment Report`, author: W.leadAssessor, producer: 'Adobe PDF Library 23.1.175' }),
  };
}

function atoBlocks(): Block[] {
  return [
    bold(W.agency.toUpperCase()),
    ...p(W.agencyOffice, '200 Constitution Avenue NW, Washington, DC 20210'),
    ...p('July 18, 2025'),
    ...p(`MEMORANDUM FOR: ${W.ceo}, Chief Executive Officer, ${W.csp}`, `FROM: ${W.ao}, ${W.aoTitle}`, `SUBJECT: Authority to Operate (ATO) — ${W.system} (${W.acr}), FedRAMP Package ${W.fedrampId}`),
    ...p(
      `The ${W.agency} has completed its review of the security authorization package for ${W.system}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${W.threePao}, and the Plan of Action and Milestones dated June 20, 2025.`,
      `Based on this review, I have determined that the risk to Department operations, assets and individuals resulting from the operation of ${W.acr} at the FIPS 199 Moderate impact level is acceptable. Accordingly, I grant an Authority to Operate for ${W.acr}, effective the date of this letter, for a period of three years, subject to continuous monitoring in accordance with FedRAMP requirements.`,
      'This authorization is conditioned on the remediation of the open Moderate findings within the timeframes in the POA&M, monthly submission of continuous monitoring deliverables to the Department, and notification of any significant change before implementation.',
      'Nothing in this letter authorizes other agencies to use the system; other agencies may leverage this package through the FedRAMP Marketplace after issuing their own authorization.',
    ),
    ...p('Sincerely,', '/s/ Marisol T. Okafor', `${W.ao}`, W.aoTitle),
    ...p('cc: FedRAMP PMO (info@fedramp.gov); DOL OCIO Cybersecurity Division; ' + W.isso + ', ISSO'),
  ];
}

async function atoPdf(): Promise<EvalDoc> {
  return {
    file: 'scan0007.pdf',
    expected: 'ATO_LETTER',
    note: 'Agency memorandum signed by the authorizing official granting an Authority to Operate for the system.',
    data: await buildPdf(atoBlocks(), { producer: 'Canon iR-ADV C5840 PDF', creator: 'Canon' }),
  };
}

async function atoDocx(): Promise<EvalDoc> {
  return {
    file: 'DOL-ATO-TDP.docx',
    expected: 'ATO_LETTER',
    note: 'The agency\'s ATO letter as a Word file (signed /s/ by the authorizing official), granting the Authority to Operate.',
    data: await buildDocx(atoBlocks(), { meta: { creator: 'DOL OCIO', title: 'Memo template' }, footer: 'U.S. Department of Labor — Official Use' }),
  };
}

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'System Security Plan (SSP)', 'Yes'],
  ['2', 'Attachment 1 – Information Security Policies and Procedures', 'Yes'],
  ['3', 'Attachment 2 – User Guide', 'Yes'],
  ['4', 'Attachment 3 – Digital Identity Worksheet', 'Yes'],
  ['5', 'Attachment 4 – Privacy Threshold Analysis / Privacy Impact Assessment', 'Yes'],
  ['6', 'Attachment 5 – Rules of Behavior', 'Yes'],
  ['7', 'Attachment 6 – Information System Contingency Plan', 'Yes'],
  ['8', 'Attachment 7 – Configuration Management Plan', 'Yes'],
  ['9', 'Attachment 8 – Incident Response Plan', 'Yes'],
  ['10', 'Attachment 9 – CIS/CRM Workbook', 'Yes'],
  ['11', 'Attachment 10 – FIPS 199', 'Yes'],
  ['12', 'Attachment 11 – Separation of Duties Matrix', 'Yes'],
  ['13', 'Attachment 12 – FedRAMP Laws and Regulations', 'Yes'],
  ['14', 'Attachment 13 – Integrated Inventory Workbook', 'Yes'],
  ['15', 'Security Assessment Plan (SAP)', 'Yes'],
  ['16', 'Security Assessment Report (SAR) with appendices', 'Yes'],
  ['17', 'Plan of Action and Milestones (POA&M)', 'Yes'],
  ['18', 'Agency ATO letter', 'Pending'],
  ['19', 'Continuous Monitoring Plan', 'Yes'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  return {
    file: 'Sheet1_export.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist filled for the package (every package item with its presence and location).',
    data: await buildXlsx(
      [
        {
          name: 'Checklist',
          rows: [
            ['FedRAMP Initial Authorization Package Checklist'],
            [`CSP: ${W.csp}`, null, `CSO: ${W.system}`, null, 'Impact Level: Moderate'],
            [],
            ['#', 'Package Item', 'Included (Yes/No)', 'File Name / Location in repository', 'Comments'],
            ...CHECKLIST_ITEMS.map(([n, item, inc]) => [Number(n), item, inc, `TDP-${item.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 30)}.docx`, inc === 'Pending' ? 'Expected after agency review (July)' : '']),
            [],
            ['CSP Attestation: I attest that the package is complete and the documents listed are the current versions.', null, null, null, `Signed: ${W.ceo}, 06/24/2025`],
          ],
          headerRows: [4],
          widths: [5, 60, 16, 45, 35],
        },
      ],
      { creator: 'Google Sheets', lastModifiedBy: W.isso },
    ),
  };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FedRAMP Initial Authorization Package Checklist'),
    ...p(`Cloud Service Offering: ${W.system} · CSP: ${W.csp} · Sponsoring agency: ${W.agency} · Baseline: Moderate`),
    note('Instruction: Complete every row. Indicate where each item is stored in the agency or FedRAMP secure repository.'),
    table([['#', 'Document', 'Submitted', 'Version / Date'], ...CHECKLIST_ITEMS.map(([n, d, s]) => [n, d, s === 'Yes' ? '☒' : '☐', s === 'Yes' ? 'v1.0 / 06-2025' : 'TBD'])]),
    bold('Package submission notes'),
    ...p('The SAR appendices (test case workbook, scan results, penetration test report) are uploaded as a single zip under the SAR folder. The POA&M is the June 2025 edition built from the SAR findings.'),
  ];
  return {
    file: 'checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'Word version of the FedRAMP Initial Authorization Package Checklist with each package item ticked.',
    data: await buildDocx(blocks, { meta: {}, boldHeadings: true }),
  };
}

function scrBlocks(): Block[] {
  return [
    big('Significant Change Request'),
    ...p('FedRAMP Significant Change Request Form', `CSP: ${W.csp}    CSO: ${W.system}    Package ID: ${W.fedrampId}`, 'Date submitted: October 6, 2025'),
    h2('Description of the proposed change'),
    ...p(`${W.csp} proposes to replace the self-managed Elasticsearch cluster used for dataset search with Amazon OpenSearch Service in ${W.region}. The change introduces a new leveraged service inside the authorization boundary and changes data flows for customer metadata.`),
    h2('Type of change'),
    table([['Change type', 'Selected'], ['New or different leveraged service / external service', '☒'], ['Change to the authorization boundary', '☐'], ['New technology / component', '☒'], ['Change to FIPS 199 categorization', '☐']]),
    h2('Security impact analysis'),
    ...p('Controls affected: AC-3, AU-2, CM-2, CM-6, SC-8(1), SC-13, SC-28, SI-4. OpenSearch domain will use fine-grained access control, encryption at rest with KMS CMKs and node-to-node TLS. The 3PAO (Coldharbor) will assess the affected controls before cut-over; the SAP addendum will be submitted for agency approval.'),
    h2('Planned schedule'),
    table([['Milestone', 'Date'], ['Agency approval requested by', '11/03/2025'], ['3PAO assessment of change', '11/10/2025 – 11/21/2025'], ['Production cut-over', '12/08/2025']]),
    bold('CSP signature'),
    ...p(`${W.isso}, ISSO — signed 10/06/2025`),
  ];
}

async function scrDocx(): Promise<EvalDoc> {
  return { file: 'SCR-2025-03 OpenSearch.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'FedRAMP significant change request form for replacing the search cluster with a new leveraged service.', data: await buildDocx(scrBlocks(), { meta: { title: 'Significant Change Request Form', creator: W.isso }, footer: 'Brightwater Labs — CUI' }) };
}

async function scrPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('FedRAMP Significant Change Request'),
    ...p(`Submitted by ${W.csp} to the ${W.agency} (AO: ${W.ao})`, 'Request number: SCR-2026-01 — February 2, 2026'),
    h2('1. Summary of change'),
    ...p('Add a second AWS GovCloud region (US-East) as an active processing region for ingestion workers, changing the authorization boundary and adding new inventory components.'),
    h2('2. Scope of change and components affected'),
    bullets('New VPC and EKS cluster tdp-east-1', 'Aurora global database secondary cluster', 'Route 53 latency-based routing'),
    h2('3. Security impact analysis'),
    ...p('Boundary change; CP-2, CP-7, SC-7, CM-8 and SA-9 affected. Updated SSP sections 8–9, inventory and ISCP are provided with this request. A 3PAO assessment of the change is planned per the Significant Change Policies and Procedures.'),
    h2('4. Requested decision'),
    ...p('Approval to proceed with the change and with the 3PAO assessment of the affected controls.'),
  ];
  return { file: 'doc-1187.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF significant change request adding a second region (boundary change) for agency approval.', data: await buildPdf(blocks, { title: 'SCR-2026-01' }) };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('FedRAMP Deviation Request'),
    ...p(`CSP: ${W.csp} — CSO: ${W.system} — Date: 08/14/2025`),
    table([['Deviation type', 'Selected'], ['False Positive (FP)', '☐'], ['Risk Adjustment (RA)', '☒'], ['Operational Requirement (OR)', '☐']]),
    h2('Associated POA&M item'),
    table([['POA&M ID', 'Weakness', 'Original Risk Rating', 'Proposed Adjusted Risk'], ['V-2025-0311', 'CVE-2025-22871 in Go net/http (golang 1.23.4) on ingestion workers', 'High', 'Moderate']]),
    h2('Justification'),
    ...p('The vulnerable chunked-encoding path is only reachable from the internal service mesh; ingress is terminated at the ALB which normalises requests. Exploitation requires authenticated access to the private subnet. Compensating controls: AWS WAF managed rules, Istio mTLS between services, and Panther detection TDP-DET-044.'),
    h2('Evidence provided'),
    bullets('Nessus plugin output for the affected hosts (July scan)', 'Network diagram excerpt showing the path', 'WAF rule configuration screenshot'),
    bold('Approval'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', W.isso, 'Submitted', '08/14/2025'], ['Agency AO', W.ao, '', '']]),
  ];
  return { file: 'DR_V-2025-0311.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request (risk adjustment) for a POA&M item, with justification and evidence.', data: await buildDocx(blocks, { meta: { title: 'FedRAMP Deviation Request Form' } }) };
}

async function drXlsx(): Promise<EvalDoc> {
  return {
    file: 'Copy of DR tracker - Sept.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'Deviation request form workbook asking for false-positive and operational-requirement approval of specific POA&M items.',
    data: await buildXlsx(
      [
        {
          name: 'Deviation Request',
          rows: [
            ['FedRAMP Vulnerability Deviation Request Form'],
            ['CSP Name', W.csp, null, 'System Name', W.system],
            ['Submission Date', '09/12/2025', null, 'Impact Level', 'Moderate'],
            [],
            ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Scanner / Plugin ID', 'Vulnerability Name', 'Original Risk', 'Adjusted Risk', 'Affected Assets', 'Justification', 'Evidence Reference'],
            ['DR-0907', 'V-2025-0402', 'FP', 'Nessus 187315', 'OpenSSH < 9.6 Terrapin', 'Moderate', 'N/A', 'tdp-eks-ng-a (12 nodes)', 'Backported fix in amzn2023 openssh-8.7p1-38; scanner checks banner only.', 'ALAS2023-2024-456 advisory, rpm -q output'],
            ['DR-0908', 'V-2025-0417', 'OR', 'Inspector', 'TLS 1.2 CBC ciphers enabled on legacy API endpoint', 'Low', 'Low', 'api-legacy.tidepool.gov-cloud.io', 'Two agency customers use a Java 8 client; endpoint retires 12/31/2025.', 'Customer notice, ALB policy export'],
            ['DR-0909', 'V-2025-0420', 'RA', 'Burp 5245344', 'Verbose error messages', 'Moderate', 'Low', 'console.tidepool.gov-cloud.io', 'Messages contain no stack traces since 3.15; only request IDs.', 'Screenshots'],
          ],
          headerRows: [5],
          widths: [10, 14, 18, 16, 38, 12, 12, 30, 60, 30],
        },
      ],
      { creator: W.isso },
    ),
  };
}

export const coreDocs: (() => Promise<EvalDoc>)[] = [sspDocx, sspMarkdown, sapDocx, sapPdf, sarDocx, sarPdf, atoPdf, atoDocx, checklistXlsx, checklistDocx, scrDocx, scrPdf, drDocx, drXlsx];
