import { renderDocx } from '../kit/docx.js';
import { b, cmt, h1, i, p, paras, s, table, title, ul } from '../kit/model.js';
import { GOOGLE_PDF, renderPdf } from '../kit/pdf.js';
import type { Cell } from '../kit/xlsx.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { EvalDoc } from './common.js';
import { ORG, revisionHistory } from './common.js';

const CIS_CONTROLS: readonly (readonly [string, number, number, string])[] = [
  ['AC-1', 0, 0, 'Kestrel Forge corporate policy; customer agency maintains its own AC policy for its users.'],
  ['AC-2', 2, 1, 'Customer manages tenant user accounts, roles and quarterly access reviews (User Guide 5.1).'],
  ['AC-2(3)', 2, 1, 'Customer disables tenant accounts after agency-defined inactivity if stricter than 90 days.'],
  ['AC-7', 0, 0, 'Fully provided by KMC for local accounts; federated users follow agency IdP lockout.'],
  ['AC-17', 0, 0, 'Provided by the CSP.'],
  ['AU-2', 2, 1, 'Customer selects tenant audit events to export to agency SIEM.'],
  ['AU-6', 2, 1, 'Customer reviews exported tenant audit logs.'],
  ['CM-6', 1, 0, 'Provided by the CSP (system specific).'],
  ['IA-2', 2, 1, 'Customer configures federation to its IdP and enforces PIV/MFA for its users.'],
  ['IA-2(1)', 3, 0, 'Inherited in part from Okta for Government Moderate.'],
  ['PE-2', 4, 0, 'Inherited from AWS GovCloud (US).'],
  ['PE-3', 4, 0, 'Inherited from AWS GovCloud (US).'],
  ['SC-7', 1, 0, 'Provided by the CSP; customer may configure tenant IP allowlist.'],
  ['SC-28', 3, 0, 'Shared with AWS KMS (inherited HSMs).'],
];

function cisRows(): Cell[][] {
  const head = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
  return [
    head,
    ...CIS_CONTROLS.map(([id, origin, cust]) => {
      const row: Cell[] = [id, id === 'CM-6' ? null : 'X', id === 'CM-6' ? 'X' : null, null, null, null, null, null, null, null, null, null, null];
      const col = origin === 0 ? 6 : origin === 1 ? 7 : origin === 2 ? 11 : origin === 3 ? 12 : 12;
      row[col] = 'X';
      if (cust === 1) row[9] = 'X';
      return row;
    }),
  ];
}

function crmRows(): Cell[][] {
  return [
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...CIS_CONTROLS.map(([id, origin, cust, text]) => [id, cust === 1 ? 'Partial' : origin === 4 ? 'Yes' : 'Yes', text] as Cell[]),
  ];
}

function atoLetter(agency: string, dept: string, ao: string, aoTitle: string, date: string, reuse: boolean) {
  return [
    p(b(dept.toUpperCase())),
    p(agency),
    p(date),
    p('MEMORANDUM FOR: ', ORG.ceo, `, Chief Executive Officer, ${ORG.csp}`),
    p('SUBJECT: ', b(`Authority to Operate (ATO) for ${ORG.cso} (FedRAMP Package ID ${ORG.fedrampId})`)),
    ...paras(`${reuse ? `Having reviewed the FedRAMP authorization package for ${ORG.cso} originally authorized by the ${ORG.agency}, including the System Security Plan, Security Assessment Report and current Plan of Action and Milestones available in the FedRAMP secure repository, I have determined that the risk to ${dept} operations and assets from the use of the system is acceptable.` : `A security assessment of ${ORG.cso} (${ORG.abbr}) has been conducted by ${ORG.threePao}, an accredited FedRAMP Third Party Assessment Organization, in accordance with the FedRAMP Moderate baseline. I have reviewed the System Security Plan, the Security Assessment Report and the Plan of Action and Milestones, and I have determined that the residual risk to agency operations, agency assets and individuals is acceptable.`}

Accordingly, I grant an Authority to Operate for ${ORG.cso} at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this memorandum, subject to continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide, including monthly submission of vulnerability scan results, an updated POA&M and inventory, and an annual assessment by a 3PAO.

This ATO is conditioned on remediation of the open Moderate risks identified in the Security Assessment Report within the FedRAMP required timeframes. Significant changes to the system require advance notification and approval through the FedRAMP significant change request process. The agency retains the right to rescind this authorization if the security posture of the system degrades.`),
    p(`My point of contact for this action is the ${reuse ? 'Component ISSM' : 'Coast Guard Cloud Program Office ISSM'}, who can be reached at cloud-ato@${reuse ? 'energy.gov' : 'uscg.mil'}.`),
    p(''),
    p(b(ao)),
    p(aoTitle),
    p(i('Digitally signed')),
    p('cc: FedRAMP PMO (info@fedramp.gov)'),
  ];
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'KMC_CIS_CRM_Workbook.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Control Implementation Summary / Customer Responsibility Matrix workbook (CIS and CRM sheets, implementation status and control origination columns); CIS_CRM_WORKBOOK.',
    data: await renderXlsx({
      sheets: [
        { name: 'Instructions', rows: [['CIS/CRM Workbook'], ['Kestrel Mission Cloud — FedRAMP Moderate'], ['Complete the Implementation Summary for every control; the CRM lists the responsibilities a leveraging agency must meet.']] },
        { name: 'Implementation Summary', rows: [['Control Implementation Summary (CIS) Worksheet'], ['CSP: Kestrel Forge, Inc.', null, 'CSO: Kestrel Mission Cloud', null, 'Impact Level: Moderate'], cisRows()[0] ?? [], ...cisRows().slice(1)], headerRow: 3, freeze: true },
        { name: 'Customer Responsibility Matrix', rows: [['Customer Responsibility Matrix (CRM) Worksheet'], crmRows()[0] ?? [], ...crmRows().slice(1)], headerRow: 2, freeze: true },
      ],
      props: { mode: 'core', title: 'FedRAMP CIS CRM Workbook Rev5', creator: 'FedRAMP PMO', lastModifiedBy: ORG.secEng, created: '2023-06-30T00:00:00Z', modified: '2026-09-30T15:00:00Z' },
    }),
  });
  out.push({
    file: 'Book1.xlsx',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Google Sheets export of the CRM/CIS working copy (notes tab first, customer responsibility matrix then implementation summary); CIS_CRM_WORKBOOK.',
    data: await renderXlsx({
      sheets: [
        { name: 'notes', rows: [['working copy - CIS/CRM for Attachment 9'], ['TODO: PE/MA rows = inherited from AWS, copy from their CRM'], ['Theo: agency asked for AC-2(3) customer wording, done']] },
        { name: 'CRM', rows: crmRows(), headerRow: 1, freeze: true, notes: { C3: 'Dana: align w/ User Guide 5.1' } },
        { name: 'CIS', rows: cisRows(), headerRow: 1, freeze: true },
      ],
      props: { mode: 'none' },
    }),
  });

  const sodRoles = ['Tenant Admin (customer)', 'Developer', 'SRE / Platform Admin', 'Security Engineer', 'ISSO', 'CCB Chair', 'People Ops'];
  const duties: readonly (readonly [string, string])[] = [
    ['Approve privileged access request', '....X..'],
    ['Provision Okta group membership (automation owner)', '..X....'],
    ['Write application code', '.X.....'],
    ['Approve production deployment (2nd reviewer)', '..X..X.'],
    ['Deploy to production', '..X....'],
    ['Modify audit log retention', '...X...'],
    ['Review audit logs', '...XX..'],
    ['Manage tenant users', 'X......'],
    ['Approve security policy', '......'],
    ['Initiate onboarding/offboarding', '......X'],
  ];
  const sodRows: Cell[][] = [['Function / Duty', ...sodRoles], ...duties.map(([d, m]) => [d, ...sodRoles.map((_, k) => (m[k] === 'X' ? 'X' : null))])];
  out.push({
    file: 'SoD.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix for KMC (duties vs roles with X marks, SSP Attachment 11); SEPARATION_OF_DUTIES_MATRIX.',
    data: await renderXlsx({
      sheets: [{ name: 'Separation of Duties Matrix', rows: [['Kestrel Mission Cloud — Separation of Duties Matrix (Attachment 11)'], ['Roles that hold conflicting duties are never assigned to the same person; conflicts reviewed quarterly by the ISSO.'], [], ...sodRows], headerRow: 4, freeze: true, merges: ['A1:H1'] }],
      props: { mode: 'core', title: 'Separation of Duties Matrix', creator: ORG.isso, created: '2026-06-10T12:00:00Z' },
    }),
  });
  out.push({
    file: 'attachment11.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix as a Google Doc table with conflict rules; SEPARATION_OF_DUTIES_MATRIX.',
    data: await renderDocx(
      [
        title('Separation of Duties Matrix', ORG.cso),
        p('This matrix shows which roles perform which security-relevant functions in KMC (AC-5). No individual may hold two roles marked as conflicting below.'),
        table(sodRows.map((r) => r.map((c) => (c === null ? '' : `${c as string}`)))),
        h1('Conflicting role pairs'),
        ul('Developer and SRE / Platform Admin (deploy own code) — mitigated by 2nd reviewer requirement', 'Security Engineer and SRE (alter logs of own actions)', 'ISSO and People Ops (approve and create own access)'),
        p(cmt('Reviewed 2026-09-28, no conflicts found.', ORG.isso, 'add the quarterly review evidence link')),
      ],
      { headings: 'styles', title: 'style', props: { mode: 'none' } },
    ),
  });

  const laws: Cell[][] = [
    ['Identification Number', 'Title', 'Date', 'Link'],
    ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['5 U.S.C. 552a', 'Privacy Act of 1974', 'July 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
    ['Pub. L. 117-263 (Title LIX)', 'FedRAMP Authorization Act', 'December 2022', 'https://www.congress.gov/bill/117th-congress/house-bill/7776'],
    ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program (FedRAMP)', 'July 2024', 'https://www.whitehouse.gov/omb/'],
    ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb/information-for-agencies/circulars/'],
    ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
    ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'November 2021', 'https://www.cisa.gov/binding-operational-directive-22-01'],
  ];
  const standards: Cell[][] = [
    ['Identification Number', 'Title', 'Date', 'Link'],
    ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
    ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', 'https://csrc.nist.gov/pubs/fips/199/final'],
    ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'],
    ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://pages.nist.gov/800-63-3/'],
    ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', 'August 2012', 'https://csrc.nist.gov/pubs/sp/800/61/r2/final'],
  ];
  out.push({
    file: 'Attachment 12 - Laws and Regs.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'FedRAMP Laws and Regulations attachment (laws/regulations and standards/guidance tables with identification number, title, date, link); LAWS_AND_REGULATIONS.',
    data: await renderXlsx({
      sheets: [
        { name: 'Laws and Regulations', rows: [['FedRAMP Applicable Laws and Regulations'], ...laws], headerRow: 2, freeze: true },
        { name: 'Standards and Guidance', rows: [['FedRAMP Applicable Standards and Guidance'], ...standards], headerRow: 2, freeze: true },
        { name: 'Agency-specific', rows: [['Additional laws and regulations identified by the sponsoring agency'], ['Identification Number', 'Title', 'Date', 'Link'], ['COMDTINST M5500.13 (series)', 'Coast Guard Information Assurance Manual', '2021', 'internal']], headerRow: 2 },
      ],
      props: { mode: 'core', title: 'SSP Attachment 12 - FedRAMP Laws and Regulations', creator: 'FedRAMP', created: '2023-06-30T00:00:00Z', modified: '2026-05-05T00:00:00Z' },
    }),
  });
  out.push({
    file: 'upload (12).docx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'Laws, regulations, standards and guidance applicable to KMC as a Google Doc with tables; LAWS_AND_REGULATIONS.',
    data: await renderDocx(
      [
        title('Laws and Regulations', `${ORG.cso} — SSP Attachment 12`),
        p('The following laws, regulations, standards and guidance apply to the FedRAMP authorization of KMC.'),
        h1('Applicable Laws and Regulations'),
        table(laws.map((r) => r.map((c) => `${c as string}`))),
        h1('Applicable Standards and Guidance'),
        table(standards.map((r) => r.map((c) => `${c as string}`))),
        p(s('DFARS 252.204-7012'), ' moved to the CMMC package — not a FedRAMP requirement for this system.'),
      ],
      { headings: 'bold', title: 'style', props: { mode: 'none' } },
    ),
  });

  const checklistItems: readonly (readonly [string, string, string])[] = [
    ['1', 'Information Security Policies and Procedures (Attachment 1)', 'Yes'],
    ['2', 'User Guide (Attachment 2)', 'Yes'],
    ['3', 'Digital Identity Worksheet (Attachment 3)', 'Yes'],
    ['4', 'Privacy Threshold Analysis / Privacy Impact Assessment (Attachment 4)', 'Yes'],
    ['5', 'Rules of Behavior (Attachment 5)', 'Yes'],
    ['6', 'Information System Contingency Plan (Attachment 6)', 'Yes'],
    ['7', 'Configuration Management Plan (Attachment 7)', 'Yes'],
    ['8', 'Incident Response Plan (Attachment 8)', 'Yes'],
    ['9', 'CIS/CRM Workbook (Attachment 9)', 'Yes'],
    ['10', 'FIPS 199 Categorization (Attachment 10)', 'Yes'],
    ['11', 'Separation of Duties Matrix (Attachment 11)', 'Yes'],
    ['12', 'FedRAMP Laws and Regulations (Attachment 12)', 'Yes'],
    ['13', 'Integrated Inventory Workbook (Attachment 13)', 'Yes'],
    ['14', 'System Security Plan', 'Yes'],
    ['15', 'Security Assessment Plan', 'Yes'],
    ['16', 'Security Assessment Report, including all appendices and raw scan files', 'Yes'],
    ['17', 'Plan of Action and Milestones', 'Yes'],
    ['18', 'Agency ATO letter', 'Pending'],
    ['19', 'Continuous Monitoring Strategy / Plan', 'Yes'],
  ];
  out.push({
    file: 'Initial_Authorization_Package_Checklist.xlsx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist workbook filled in for KMC (package items with included/file-name columns); AUTHORIZATION_CHECKLIST.',
    data: await renderXlsx({
      sheets: [
        {
          name: 'Checklist',
          rows: [
            ['FedRAMP Initial Authorization Package Checklist'],
            ['CSP Name', ORG.csp, 'CSO Name', ORG.cso],
            ['FedRAMP Package ID', ORG.fedrampId, 'Impact Level', 'Moderate'],
            ['Authorization Type', 'Agency Authorization', 'Sponsoring Agency', ORG.agency],
            [],
            ['#', 'Package Item', 'Included? (Yes/No)', 'File Name', 'Version / Date', 'Checklist Reviewer Comments'],
            ...checklistItems.map(([n, item, inc]) => [n, item, inc, `KMC_${item.split(' (')[0]?.replace(/[^A-Za-z0-9]+/g, '_') ?? ''}.docx`, '2026-10', inc === 'Pending' ? 'Agency signature expected 11/06' : null] as Cell[]),
            [],
            ['Checklist questions', 'Response'],
            ['Does the SSP address every control of the Moderate baseline?', 'Yes'],
            ['Are all SSP attachments provided in the correct template version?', 'Yes'],
            ['Does the SAR include the risk exposure table and the 3PAO recommendation?', 'Yes'],
            ['Does the POA&M include all open risks from the SAR?', 'Yes'],
          ],
          headerRow: 6,
          freeze: true,
        },
      ],
      props: { mode: 'core', title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP PMO', lastModifiedBy: ORG.isso, created: '2024-04-01T00:00:00Z', modified: '2026-10-28T14:00:00Z' },
    }),
  });
  out.push({
    file: 'checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist as a Word table (package items and reviewer questions) for KMC; AUTHORIZATION_CHECKLIST.',
    data: await renderDocx(
      [
        title('FedRAMP Initial Authorization Package Checklist'),
        table([['CSP', ORG.csp], ['Cloud Service Offering', ORG.cso], ['Package ID', ORG.fedrampId], ['Impact Level', 'Moderate'], ['Agency', ORG.agency]], false),
        h1('Package Contents'),
        table([['#', 'Package Item', 'Included'], ...checklistItems.map(([n, item, inc]) => [n, item, inc])]),
        h1('Completeness Review'),
        table([['Question', 'Yes/No', 'Comment'], ['Are all documents in the current FedRAMP template versions?', 'Yes', ''], ['Are all documents free of unreplaced template text and bracketed placeholders?', 'Yes', 'checked w/ grep'], ['Is the ATO letter signed by the Authorizing Official?', 'No', 'pending'], ['Are the 3PAO SAP and SAR signed?', 'Yes', '']]),
      ],
      { headings: 'styles', title: 'big-bold', props: { mode: 'core', title: 'Initial Authorization Package Checklist', created: '2026-10-28T14:00:00Z' } },
    ),
  });

  // Deviation requests
  out.push({
    file: 'DR-2026-004.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP vulnerability Deviation Request form workbook (risk adjustment request for a POA&M item with justification and evidence); DEVIATION_REQUEST.',
    data: await renderXlsx({
      sheets: [
        {
          name: 'Deviation Request',
          rows: [
            ['FedRAMP Deviation Request Form'],
            ['CSP', ORG.csp],
            ['System Name', ORG.cso],
            ['Impact Level', 'Moderate'],
            ['Date Submitted', '2026-11-20'],
            [],
            ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Scan Tool', 'Weakness Source Identifier', 'CVE', 'Weakness Name', 'Asset Identifier', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Compensating Controls / Evidence', 'Vendor Dependency'],
            ['DR-2026-004', 'V-2026-007', 'RA', 'Tenable Nessus', '204771', 'CVE-2024-26925', 'Kernel update pending', 'eks-prod-ng1-*', 'Moderate', 'Low', 'The vulnerable netfilter code path requires CAP_NET_ADMIN inside a user namespace; unprivileged user namespaces are disabled on all nodes (sysctl user.max_user_namespaces=0) and pods run without NET_ADMIN (Kyverno policy restrict-capabilities).', 'Kyverno policy report; node sysctl evidence; CrowdStrike prevention policy screenshot (attached)', 'No'],
          ],
          headerRow: 7,
          freeze: true,
        },
        { name: 'Instructions', rows: [['Submit one row per deviation. Types: False Positive (FP), Risk Adjustment (RA), Operational Requirement (OR). Attach evidence. Agency AO approves; FedRAMP reviews.']] },
      ],
      props: { mode: 'none' },
    }),
  });
  out.push({
    file: 'FP request - nessus 156032.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP Deviation Request (false positive) for a Nessus finding, with justification, evidence and approvals; DEVIATION_REQUEST.',
    data: await renderDocx(
      [
        title('Deviation Request', 'False Positive'),
        table([['CSP', ORG.csp], ['System', ORG.cso], ['Deviation Request ID', 'DR-2026-006'], ['Deviation Type', 'False Positive'], ['POA&M ID', 'V-2026-012'], ['Scanner / Plugin', 'Tenable Nessus plugin 156032 (Apache Log4j < 2.15.0 RCE)'], ['Assets', 'eks-prod-ng2-* (9 nodes)']], false),
        h1('Description of the finding'),
        p('Nessus flags log4j-core-2.14.1.jar inside a layer cache directory of the containerd snapshotter on worker nodes.'),
        h1('Justification'),
        ...paras(`The file is in an unused snapshot of a decommissioned image (kmc-report-legacy:3.2) that is not referenced by any running container. No Java runtime executes from that path. The image was removed from ECR on 2026-09-02; containerd garbage collection retained the snapshot on nodes that were not recycled.

After node recycling on 2026-11-14 the file no longer exists on 6 of 9 nodes; remaining nodes are scheduled for recycling. Until then the artifact cannot be loaded by any process.`),
        h1('Evidence'),
        ul('crictl images / ctr snapshots list output (attached)', 'Nessus plugin output with path', 'ECR deletion event from CloudTrail'),
        h1('Approvals'),
        table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', ORG.isso, 'Submitted', '2026-11-18'], ['Agency AO designee', '', '', ''], ['FedRAMP PMO', '', '', '']]),
      ],
      { headings: 'styles', title: 'style', header: 'CUI', props: { mode: 'none' } },
    ),
  });

  // Significant change requests
  const scr = [
    h1('1 Change Summary'),
    table([['CSP', ORG.csp], ['Cloud Service Offering', ORG.cso], ['FedRAMP Package ID', ORG.fedrampId], ['Impact Level', 'Moderate'], ['Type of Change', 'New component / service within the boundary (Adaptive change)'], ['Proposed Implementation Date', '2027-02-15']], false),
    h1('2 Description of the Proposed Change'),
    ...paras(`Kestrel Forge proposes to add Amazon Bedrock (GovCloud) to the KMC authorization boundary to provide summarization of logistics reports for tenant users. Bedrock is covered by the AWS GovCloud (US) FedRAMP High P-ATO; model invocation will use a VPC interface endpoint, and prompts and responses will not leave the boundary.

New data flows: KMC report service -> Bedrock runtime endpoint (TLS 1.2, FIPS endpoint). No customer data is used for model training (AWS service terms).`),
    h1('3 Security Impact Analysis'),
    table([['Control', 'Impact', 'Planned Implementation'], ['AC-4', 'New internal flow', 'VPC endpoint policy restricted to the report service role'], ['AU-2', 'New events', 'Bedrock invocation logging to the log archive'], ['CM-8', 'Inventory', 'Add endpoint and model access configuration to the inventory'], ['SC-7', 'Boundary', 'No new internet egress'], ['SA-9', 'External service', 'Inherited from AWS GovCloud P-ATO']]),
    h1('4 3PAO Involvement'),
    p(`${ORG.threePao} will perform a targeted assessment of the affected controls; the SAP addendum will be submitted for agency approval before testing.`),
    h1('5 Documents to be Updated'),
    ul('System Security Plan (boundary diagram, sections 8-10)', 'Integrated Inventory Workbook', 'CIS/CRM Workbook', 'Privacy Threshold Analysis'),
    h1('6 Approval'),
    table([['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', ORG.ceo, '', ''], ['Agency AO', ORG.ao, '', '']]),
  ];
  out.push({
    file: 'SCR Bedrock.docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'FedRAMP Significant Change Request form for adding a new service to the KMC boundary (impact analysis, 3PAO involvement, documents to update); SIGNIFICANT_CHANGE_REQUEST.',
    data: await renderDocx([title('Significant Change Request Form', ORG.cso), ...revisionHistory([['2026-12-01', '0.3', 'Draft for agency pre-read', ORG.isso]]), ...scr], { headings: 'styles', title: 'style', header: 'CUI', props: { mode: 'none' } }),
  });
  out.push({
    file: 'doc-2231.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'PDF of a FedRAMP Significant Change Request (migration of the database tier), submitted to the agency; SIGNIFICANT_CHANGE_REQUEST.',
    data: await renderPdf(
      [
        title('FedRAMP Significant Change Request', ORG.cso),
        table([['CSP', ORG.csp], ['CSO', ORG.cso], ['Type of Change', 'Transformative: data store migration (RDS PostgreSQL to Aurora PostgreSQL)'], ['Requested by', ORG.isso], ['Submitted', '2027-03-04']], false),
        h1('Description of Change'),
        ...paras(`The primary data store for mission data will move from Amazon RDS for PostgreSQL to Amazon Aurora PostgreSQL (GovCloud) to improve failover time and support the RTO of 8 hours with margin. The change affects the storage tier, backup mechanism and the encryption configuration (new KMS CMK).

Kestrel Forge considers this a significant change because it alters the data storage architecture and the contingency mechanisms documented in the ISCP.`),
        h1('Security Impact Analysis'),
        table([['Control', 'Impact'], ['CP-9 / CP-10', 'Backup and recovery move to Aurora continuous backup'], ['SC-28', 'New CMK; same AES-256 via AWS KMS'], ['CM-2 / CM-6', 'New baseline (CIS PostgreSQL on Aurora)'], ['AU-2', 'Aurora database activity streams to SIEM']]),
        h1('Assessment Approach'),
        p('The 3PAO will test the affected controls and scan the new database endpoints; results will be delivered in a SAR addendum.'),
      ],
      { info: { title: 'SCR - Aurora migration', producer: GOOGLE_PDF.producer, created: '2027-03-04T16:00:00Z' }, pageNumbers: true },
    ),
  });

  // ATO letters
  out.push({
    file: 'signed.pdf',
    expected: 'ATO_LETTER',
    note: 'Agency Authority to Operate memorandum from the US Coast Guard AO granting KMC an ATO at Moderate; ATO_LETTER.',
    data: await renderPdf(atoLetter(`${ORG.agency}, ${ORG.agencyOffice}`, `${ORG.agencyDept}`, ORG.ao, `${ORG.aoTitle}, ${ORG.agency}`, 'November 6, 2026', false), {
      info: { title: 'KMC ATO Memo', author: 'USCG CG-6', producer: 'Adobe Acrobat Pro 2024', created: '2026-11-06T19:30:00Z' },
      serif: true,
    }),
  });
  out.push({
    file: 'doe-ato-kmc.pdf',
    expected: 'ATO_LETTER',
    note: 'A second agency (DOE) ATO letter leveraging the existing FedRAMP package for KMC; ATO_LETTER.',
    data: await renderPdf(atoLetter('Office of the Chief Information Officer', 'Department of Energy', 'Dr. Lena Ortiz', 'Authorizing Official, Office of the Chief Information Officer', 'April 14, 2027', true), {
      serif: false,
    }),
  });
  return out;
}
