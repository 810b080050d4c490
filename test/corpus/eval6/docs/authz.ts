/** Authorization-stage and ConMon request documents: ATO letters, the package checklist, SCRs and deviation requests. */
import type { Block } from '../kit.js';
import { b, buildDocx, buildPdf, buildXlsx, bullets, center, h1, h2, p, pageBreak, small, table, title } from '../kit.js';
import { AGENCY, AGENCY_ABBR, approvals, CSO, CSO_ABBR, CSP, MERIDIAN_PREPARED, preparedTable, revisionHistory, TPAO } from '../frontmatter.js';
import type { EvalDoc } from '../types.js';

// ---------------------------------------------------------------------------------------------------------------
// ATO letters
// ---------------------------------------------------------------------------------------------------------------

function atoBody(date: string, expires: string): Block[] {
  return [
    p(date),
    p(`Ms. Helen Strand\nDirector, Governance, Risk and Compliance\n${CSP}\n4100 Corporate Parkway, Suite 900\nReston, VA 20190`),
    b(`SUBJECT: Authority to Operate (ATO) for ${CSO} (FedRAMP Package ID F2402091234)`),
    p('Dear Ms. Strand:'),
    p(`The ${AGENCY} (${AGENCY_ABBR}) has completed its review of the security authorization package for ${CSO}, a software-as-a-service cloud service offering provided by ${CSP} at the FedRAMP Moderate impact level. The package includes the System Security Plan and its attachments, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones.`),
    p(`I have reviewed the security controls implemented, the results of the independent assessment, the residual risks documented in the Security Assessment Report, and the corrective actions planned in the POA&M. Based on this review, I have determined that the risk to ${AGENCY_ABBR} operations, assets, individuals and the Nation resulting from the operation of the system is acceptable. Accordingly, I hereby grant an Authority to Operate for ${CSO}, effective on the date of this letter and valid until ${expires}, subject to the conditions below.`),
    bullets(
      'The CSP shall maintain continuous monitoring in accordance with the FedRAMP Continuous Monitoring Strategy Guide and deliver monthly POA&M, inventory and vulnerability scan results to the agency.',
      'High risks shall be remediated within 30 days, moderate risks within 90 days and low risks within 180 days of discovery.',
      'Significant changes shall be submitted to the agency for approval before implementation.',
      'An annual assessment by a FedRAMP-recognized 3PAO shall be completed each year of the authorization.',
    ),
    p('This authorization may be revoked at any time if the security posture of the system degrades below an acceptable level. My staff will upload this letter to the FedRAMP secure repository and notify the FedRAMP PMO so that the package can be listed as FedRAMP Authorized in the FedRAMP Marketplace.'),
    p('Sincerely,'),
    p('\n\n/s/ Thomas A. Ekwueme\nThomas A. Ekwueme\nChief Information Officer and Authorizing Official\n' + AGENCY),
    p(`cc: FedRAMP PMO (info@fedramp.gov)\n${AGENCY_ABBR} Chief Information Security Officer\n${AGENCY_ABBR} Office of Acquisition Management`),
  ];
}

async function atoPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center('UNITED STATES DEPARTMENT OF TRANSPORTATION', true),
    center(AGENCY.toUpperCase(), true),
    center('Office of the Chief Information Officer\n1200 New Jersey Avenue SE, Washington, DC 20590'),
    ...atoBody('June 12, 2025', 'June 12, 2028'),
  ];
  const data = await buildPdf(blocks, { title: 'Scanned Document', creator: 'FMLA OCIO' }, { footer: 'FMLA-OCIO-2025-0447' }, );
  return { file: 'scan0044.pdf', expected: 'ATO_LETTER', data, note: 'Signed agency ATO letter on letterhead (subject line carries the title), metadata says "Scanned Document".' };
}

async function atoDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    center(`${AGENCY} - Office of the Chief Information Officer`, true),
    small('Record copy - signed original on file with the FMLA OCIO Records Office'),
    title('MEMORANDUM FOR RECORD', 14),
    table([
      ['FROM:', `Thomas A. Ekwueme, Authorizing Official, ${AGENCY_ABBR}`],
      ['TO:', `${CSP}; FedRAMP PMO`],
      ['DATE:', 'July 1, 2026'],
      ['SUBJECT:', `Agency Authority to Operate - ${CSO_ABBR} (reauthorization after SCR-2026-03)`],
    ], false),
    ...atoBody('July 1, 2026', 'July 1, 2029').slice(2),
  ];
  const data = await buildDocx(blocks, { title: 'memo template', creator: 'Linda Osei', company: AGENCY }, { headings: 'bold' });
  return { file: 'AO memo 2026.docx', expected: 'ATO_LETTER', data, note: 'Agency ATO memorandum (reauthorization, signed /s/) in memo format: the title is only in the SUBJECT table cell.' };
}

// ---------------------------------------------------------------------------------------------------------------
// Initial Authorization Package Checklist
// ---------------------------------------------------------------------------------------------------------------

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'Initial Authorization Package Checklist (this document)', 'Yes'],
  ['2', 'System Security Plan (SSP) using the current FedRAMP template', 'Yes'],
  ['3', 'SSP Attachment 1 - Information Security Policies and Procedures (all 800-53 families)', 'Yes'],
  ['4', 'SSP Attachment 2 - User Guide', 'Yes'],
  ['5', 'SSP Attachment 3 - Digital Identity Worksheet', 'Yes'],
  ['6', 'SSP Attachment 4 - Privacy Threshold Analysis / Privacy Impact Assessment', 'Yes'],
  ['7', 'SSP Attachment 5 - Rules of Behavior', 'Yes'],
  ['8', 'SSP Attachment 6 - Information System Contingency Plan (and test report)', 'Yes'],
  ['9', 'SSP Attachment 7 - Configuration Management Plan', 'Yes'],
  ['10', 'SSP Attachment 8 - Incident Response Plan', 'Yes'],
  ['11', 'SSP Attachment 9 - CIS/CRM Workbook', 'Yes'],
  ['12', 'SSP Attachment 10 - FIPS 199 Categorization', 'Yes'],
  ['13', 'SSP Attachment 11 - Separation of Duties Matrix', 'Yes'],
  ['14', 'SSP Attachment 12 - FedRAMP Laws and Regulations', 'Yes'],
  ['15', 'SSP Attachment 13 - Integrated Inventory Workbook', 'Yes'],
  ['16', 'Supply Chain Risk Management Plan', 'Yes'],
  ['17', 'Security Assessment Plan (SAP) with agency approval', 'Yes'],
  ['18', 'Security Assessment Report (SAR) with risk exposure table and recommendation', 'Yes'],
  ['19', 'Plan of Action and Milestones (POA&M)', 'Yes'],
  ['20', 'Agency ATO letter', 'Pending'],
  ['21', 'Continuous Monitoring Strategy / monthly deliverable schedule agreed with the agency', 'Yes'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const data = await buildXlsx(
    [
      {
        name: 'Instructions',
        rows: [
          ['FedRAMP Initial Authorization Package Checklist'],
          ['Complete this checklist and upload it with the package to the FedRAMP secure repository. For each item state whether it is included, its file name and the page or section where the reviewer can find it.'],
          ['All documents must use the current FedRAMP templates. Missing items will cause the PMO to return the package.'],
        ],
        boldRows: [1],
      },
      {
        name: 'Checklist',
        rows: [
          ['FedRAMP Initial Authorization Package Checklist'],
          ['CSP:', CSP, 'CSO:', CSO, 'Impact Level:', 'Moderate'],
          ['Agency:', AGENCY, '3PAO:', TPAO, 'Date:', '2026-06-20'],
          [],
          ['#', 'Package Item', 'Included (Yes/No)', 'File Name', 'Location / Notes', 'Agency Reviewer Initials'],
          ...CHECKLIST_ITEMS.map(([n, item, inc], i) => [n, item, inc, `MWC_${String(i).padStart(2, '0')}_${item.split(' ')[0]}`, inc === 'Pending' ? 'Will be added after AO signature' : 'Secure repository /MWC/Initial', '']),
          [],
          ['Checklist completed by:', 'Samantha Raman, ISSO', 'Reviewed by:', 'Linda Osei, FMLA ISSM'],
        ],
        boldRows: [1, 5],
      },
    ],
    { title: 'Checklist', creator: 'Samantha Raman', company: CSP },
  );
  return { file: 'pkg_checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', data, note: 'FedRAMP Initial Authorization Package Checklist workbook (instructions sheet first) listing each package item.' };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('FedRAMP Initial Authorization Package Checklist', 20),
    p(`Cloud Service Offering: ${CSO}. Cloud Service Provider: ${CSP}. Impact level: Moderate. Authorization type: Agency (${AGENCY}).`),
    p('Instructions: The CSP completes this checklist; the agency confirms each item before the package is submitted to the FedRAMP PMO for review. Reference the section of each document where the checklist criterion is met.'),
    h2('Part A - Package Contents'),
    table([['#', 'Item', 'Included?', 'Comments'], ...CHECKLIST_ITEMS.map(([n, item, inc]) => [n, item, inc, ''])]),
    h2('Part B - SSP Quality Criteria'),
    table([
      ['#', 'Criterion', 'Yes/No', 'SSP Section'],
      ['B1', 'The SSP addresses every control and enhancement of the selected baseline.', 'Yes', 'Appendix A'],
      ['B2', 'The authorization boundary diagram includes all components in the inventory.', 'Yes', '9'],
      ['B3', 'All leveraged services are FedRAMP authorized at the same or higher impact level.', 'Yes', '7'],
      ['B4', 'FIPS 140 validated cryptography is documented for data at rest and in transit.', 'Yes', '11'],
      ['B5', 'The SAR includes a risk exposure table and an authorization recommendation.', 'Yes', 'SAR 5 and 7'],
    ]),
    p('Agency reviewer signature: ____________________    Date: __________'),
  ];
  const data = await buildDocx(blocks, { title: undefined, creator: 'lo', company: AGENCY }, { header: 'FMLA Package Review', pageNumbers: true });
  return { file: 'checklist_v2.docx', expected: 'AUTHORIZATION_CHECKLIST', data, note: 'Word version of the Initial Authorization Package Checklist completed for the agency review.' };
}

// ---------------------------------------------------------------------------------------------------------------
// Significant Change Requests
// ---------------------------------------------------------------------------------------------------------------

function scrBlocks(): Block[] {
  return [
    table([
      ['CSP Name', CSP],
      ['Cloud Service Offering', `${CSO} (${CSO_ABBR})`],
      ['FedRAMP Package ID', 'F2402091234'],
      ['Impact Level', 'Moderate'],
      ['Authorizing Agency', AGENCY],
      ['Request Number', 'SCR-2026-03'],
      ['Date of Request', '2026-03-16'],
      ['Planned Implementation Date', '2026-05-04'],
    ], false),
    h2('Section 1 - Type of Significant Change'),
    table([
      ['Change type', 'Selected'],
      ['Adaptive change', ''],
      ['Transformative change (new data center / region, new service, new underlying platform)', 'X'],
      ['Impact categorization change', ''],
    ]),
    h2('Section 2 - Description of the Proposed Change'),
    p(`${CSP} requests approval to extend ${CSO} into a second AWS GovCloud (US) region (US-East) as an active warm standby. New EKS node groups, an RDS cross-region read replica, a second Application Load Balancer and AWS Network Firewall endpoints will be added to the authorization boundary. No new customer-facing functionality is introduced and no new leveraged services are required; all new components use the existing hardened baselines.`),
    h2('Section 3 - Security Impact Analysis'),
    table([
      ['Control family', 'Affected controls', 'Impact summary'],
      ['CP', 'CP-2, CP-6, CP-7, CP-9, CP-10', 'Alternate processing site moves from backup-only to warm standby; ISCP will be updated.'],
      ['SC', 'SC-7, SC-8, SC-12, SC-13', 'New boundary components; KMS multi-region keys for replicated data.'],
      ['CM', 'CM-2, CM-8', 'Baseline and inventory updated with 28 new components.'],
      ['AU/SI', 'AU-2, AU-6, SI-4', 'Logging and monitoring extended to the new region.'],
    ]),
    h2('Section 4 - Documentation to be Updated'),
    bullets('System Security Plan sections 9, 10 and Appendix A', 'Integrated Inventory Workbook', 'Information System Contingency Plan', 'Authorization boundary and data flow diagrams'),
    h2('Section 5 - 3PAO Involvement'),
    p(`${TPAO} will assess the change. A Security Assessment Plan addendum will be submitted for agency approval before testing, and the results will be reported in a SAR addendum.`),
    h2('Section 6 - Approvals'),
    table([['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', 'Marcus Delgado', '/s/', '2026-03-16'], ['Agency AO (decision)', 'Thomas A. Ekwueme', '', '']]),
  ];
}

async function scrDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Significant Change Request Form', 22),
    center('FedRAMP Continuous Monitoring', true),
    ...revisionHistory([{ date: '2026-03-16', version: '1.0', description: 'Submitted to agency', author: 'S. Raman' }], 'Record of Changes'),
    ...scrBlocks(),
  ];
  const data = await buildDocx(blocks, { title: 'FedRAMP Significant Change Form Template', creator: 'FedRAMP', company: CSP }, { header: 'FedRAMP SCR', pageNumbers: true });
  return { file: 'SCR-2026-03.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', data, note: 'FedRAMP Significant Change Request form for adding a second GovCloud region, with security impact analysis.' };
}

async function scrPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...preparedTable(MERIDIAN_PREPARED, [AGENCY, '1200 New Jersey Avenue SE', 'Room W41-302', 'Washington, DC 20590']),
    table([['Form', 'FedRAMP Significant Change Request (SCR) - Transformative Change']], false),
    pageBreak,
    ...scrBlocks().map((blk) =>
      blk.t === 'p' && blk.text.startsWith(CSP)
        ? { ...blk, text: `${CSP} requests approval to replace the self-managed PostgreSQL clusters of ${CSO} with Amazon Aurora PostgreSQL (a new underlying platform service leveraged from the AWS GovCloud (US) P-ATO). Data will be migrated with AWS DMS during two maintenance windows. Encryption keys will remain customer-dedicated KMS keys. The change affects the data tier only.` }
        : blk,
    ),
  ];
  const data = await buildPdf(blocks, { title: 'SCR', creator: 'Samantha Raman' }, { header: `${CSO_ABBR} - Change Request`, footer: 'CUI', pageNumbers: true, headings: 'bold' });
  return { file: 'upload.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', data, note: 'SCR for a database platform change printed to PDF; form title in a table cell after the Prepared by/for tables.' };
}

// ---------------------------------------------------------------------------------------------------------------
// Deviation Requests
// ---------------------------------------------------------------------------------------------------------------

async function drXlsx(): Promise<EvalDoc> {
  const data = await buildXlsx(
    [
      {
        name: 'Instructions',
        rows: [
          ['FedRAMP Vulnerability Deviation Request Form - Instructions'],
          ['Use one row per deviation. Deviation types: Risk Adjustment (RA), False Positive (FP), Operational Requirement (OR).'],
          ['Each request must reference the POA&M ID, the scanner and plugin/QID, and the evidence supporting the request. Approved deviations are reflected in the POA&M columns "Risk Adjustment", "False Positive" or "Operational Requirement".'],
        ],
        boldRows: [1],
      },
      {
        name: 'Deviation Request',
        rows: [
          ['FedRAMP Deviation Request'],
          ['CSP', CSP, 'System Name', CSO, 'Impact Level', 'Moderate', 'Request Date', '2026-08-28'],
          [],
          ['DR ID', 'POA&M ID', 'Deviation Type', 'Scanner', 'Plugin ID / QID', 'Weakness Name', 'Asset Identifier(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls / Evidence', 'Agency Decision'],
          ['DR-2026-017', 'V-20260104', 'Risk Adjustment (RA)', 'Tenable Nessus', '104743', 'TLS Version 1.0 Protocol Detection', 'MWC-W-ALB-004', 'Moderate', 'Low', 'Endpoint accepts TLS 1.0 only for a single agency payroll partner IP allow-listed at the network firewall; no other clients can negotiate TLS 1.0.', 'Network Firewall rule export; partner ISA; packet captures', ''],
          ['DR-2026-018', 'V-20260102', 'False Positive (FP)', 'Tenable Nessus', '57582', 'SSL Self-Signed Certificate', 'MWC-W-SPLUNK-HF-005', 'Moderate', 'N/A', 'Scanner connects to the Splunk management port, which presents the internal PKI certificate; the plugin does not trust the internal root CA.', 'Certificate chain screenshot; CA bundle', ''],
          ['DR-2026-019', 'V-20260106', 'Operational Requirement (OR)', 'Qualys', '38794', 'SSL/TLS Server Deprecated Protocols', 'MWC-E-BASTION-008', 'Moderate', 'Moderate', 'Legacy FIPS HSM management client requires TLS 1.1 until vendor firmware 7.4 is released (vendor dependency).', 'Vendor letter dated 2026-07-02; restricted security group', ''],
        ],
        boldRows: [1, 4],
      },
    ],
    { title: 'FedRAMP-DR-Form', creator: 'Samantha Raman', company: CSP },
  );
  return { file: 'DR_batch_Aug.xlsx', expected: 'DEVIATION_REQUEST', data, note: 'FedRAMP vulnerability deviation request workbook (RA/FP/OR rows tied to POA&M IDs), instructions sheet first.' };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Deviation Request', 22),
    center(`${CSO} - FedRAMP Continuous Monitoring`, true),
    ...revisionHistory([{ date: '2026-05-11', version: '1.0', description: 'Submitted to agency ConMon team', author: 'S. Raman' }]),
    h1('1 Request Summary'),
    table([
      ['Deviation Request Number', 'DR-2026-009'],
      ['Deviation Type', 'Operational Requirement'],
      ['Related POA&M Item', 'V-20260031'],
      ['Weakness', 'Apache Log4j 2.x < 2.17.1 RCE (Nessus plugin 156032)'],
      ['Affected Asset', 'MWC-W-BUILD-006 (legacy reporting container image)'],
      ['Original Risk Rating', 'High'],
    ], false),
    h1('2 Justification'),
    p('The vulnerable jar is present in an archived container image retained for records retention purposes only. The image is stored in a registry repository with push and pull disabled, is never scheduled, and cannot be deployed by the pipeline. Removing the image would breach the agency records schedule for system releases. We request that the finding be accepted as an operational requirement and remain on the POA&M with a review every 90 days.'),
    h1('3 Compensating Controls'),
    bullets('Registry repository policy denies ecr:BatchGetImage to every principal except the records custodian role.', 'Admission controller blocks any pod referencing the archived repository.', 'Monthly scan evidence shows no running workload with log4j-core below 2.17.1.'),
    h1('4 Evidence Attached'),
    bullets('ECR repository policy JSON', 'OPA Gatekeeper constraint export', 'August Nessus scan excerpt'),
    ...approvals([['Samantha Raman', 'ISSO (requester)'], ['Linda Osei', `${AGENCY_ABBR} ISSM (agency decision)`]], 'The agency decision on this deviation request is recorded below.'),
  ];
  const data = await buildDocx(blocks, { title: 'DR-2026-009', creator: 'Samantha Raman', company: CSP }, { footer: 'CUI', pageNumbers: true });
  return { file: 'request-0511.docx', expected: 'DEVIATION_REQUEST', data, note: 'Operational-requirement deviation request for a POA&M item, with justification and compensating controls.' };
}

export async function authzDocs(): Promise<EvalDoc[]> {
  return [await atoPdf(), await atoDocx(), await checklistXlsx(), await checklistDocx(), await scrDocx(), await scrPdf(), await drXlsx(), await drDocx()];
}

