import type { Block } from '../kit/blocks.js';
import { h1, h2, p, section, table, title } from '../kit/blocks.js';
import { renderDocx } from '../kit/render-docx.js';
import { renderPdf } from '../kit/render-pdf.js';
import { freezeAt, newWorkbook, putTable, putTitle, workbookBytes } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';
import { AGENCY, ANALYST, CSP, FR_ID, ISSO, SYS, SYS_ABBR, TPAO } from '../kit/world.js';

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'Initial Authorization Package Checklist (this document)', 'Checklist'],
  ['2', 'System Security Plan (SSP)', 'SSP'],
  ['3', 'Attachment 1: Information Security Policies and Procedures', 'SSP Attachment'],
  ['4', 'Attachment 2: User Guide', 'SSP Attachment'],
  ['5', 'Attachment 3: Digital Identity Worksheet', 'SSP Attachment'],
  ['6', 'Attachment 4: Privacy Threshold Analysis / Privacy Impact Assessment', 'SSP Attachment'],
  ['7', 'Attachment 5: Rules of Behavior', 'SSP Attachment'],
  ['8', 'Attachment 6: Information System Contingency Plan', 'SSP Attachment'],
  ['9', 'Attachment 7: Configuration Management Plan', 'SSP Attachment'],
  ['10', 'Attachment 8: Incident Response Plan', 'SSP Attachment'],
  ['11', 'Attachment 9: Control Implementation Summary (CIS) / CRM Workbook', 'SSP Attachment'],
  ['12', 'Attachment 10: FIPS 199 Categorization', 'SSP Attachment'],
  ['13', 'Attachment 11: Separation of Duties Matrix', 'SSP Attachment'],
  ['14', 'Attachment 12: FedRAMP Laws and Regulations', 'SSP Attachment'],
  ['15', 'Attachment 13: Integrated Inventory Workbook', 'SSP Attachment'],
  ['16', 'Security Assessment Plan (SAP)', '3PAO'],
  ['17', 'Security Assessment Report (SAR) with appendices and scan results', '3PAO'],
  ['18', 'Plan of Action and Milestones (POA&M)', 'CSP'],
  ['19', 'Agency Authority to Operate (ATO) letter', 'Agency'],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST, title: 'FedRAMP Initial Authorization Package Checklist' });
  const ins = wb.addWorksheet('Instructions');
  ins.getCell('A1').value = 'Complete one row per package artifact. File names must match those uploaded to the secure repository. Mark N/A only with a justification.';
  const ws = wb.addWorksheet('Checklist');
  putTitle(ws, 1, 'FedRAMP Initial Authorization Package Checklist', 6);
  ws.getCell('A2').value = `CSP: ${CSP}`; ws.getCell('D2').value = `CSO: ${SYS}`;
  ws.getCell('A3').value = `Package ID: ${FR_ID}`; ws.getCell('D3').value = 'Impact level: Moderate';
  putTable(ws, 5, [['#', 'Package Item', 'Owner', 'Included (Y/N)', 'File Name', 'Version / Date', 'Comments'], ...CHECKLIST_ITEMS.map(([n, item, owner], i) => [n, item, owner, i === 18 ? 'N' : 'Y', i === 18 ? '' : `LCMC_${item.split(':')[0]?.replace(/\W+/g, '_')}.${i < 11 || i > 15 ? 'docx' : 'xlsx'}`, '05/12/2025', i === 18 ? 'Pending agency signature' : ''])]);
  freezeAt(ws, 5);
  return { file: 'pkg_status.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist as a workbook: instruction sheet first, one row per required package artifact with Included (Y/N).', data: await workbookBytes(wb) };
}

async function checklistDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('FedRAMP Initial Authorization Package Checklist', 32),
    p(`Cloud Service Provider: ${CSP}    Cloud Service Offering: ${SYS}    Package ID: ${FR_ID}`),
    p('Instructions: The CSP completes this checklist and submits it with the initial authorization package. Each item must be present and final. The agency reviewer confirms each item before the package is sent to the FedRAMP PMO.'),
    table([['Item', 'Document', 'Submitted', 'Agency Reviewer Check'], ...CHECKLIST_ITEMS.map(([n, item]) => [n, item, '[X]', '[ ]'])]),
    h2('CSP Attestation'),
    p('I attest that the package listed above is complete and that each document reflects the current state of the system.'),
    p(`Name: ${ISSO}   Signature: ______________   Date: 05/12/2025`),
  ];
  return { file: 'doc-0517.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial Authorization Package Checklist in docx with the list of package items and CSP attestation.', data: await renderDocx(blocks, { meta: { title: 'doc-0517' } }) };
}

function drFields(type: string, extra: [string, string][]): [string, string][] {
  return [
    ['Deviation Request Type', type], ['CSP Name', CSP], ['Cloud Service Offering', SYS], ['FedRAMP Package ID', FR_ID], ['Impact Level', 'Moderate'],
    ['Date Submitted', '03/12/2025'], ['Submitted By', `${ISSO}, ISSO`], ...extra,
  ];
}

async function drFalsePositiveXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST });
  const ins = wb.addWorksheet('Instructions');
  putTitle(ins, 1, 'Deviation Request Form - Instructions', 4);
  ['Complete one form per POA&M item or group of items with the same root cause.', 'False Positive: provide evidence that the vulnerability does not exist on the asset (package versions, vendor advisories, config output).', 'Attach screenshots in the Evidence tab. Do not change the POA&M until the agency approves the DR.'].forEach((t, i) => { ins.getCell(`A${i + 3}`).value = t; });
  const ws = wb.addWorksheet('DR Form');
  putTitle(ws, 1, 'FedRAMP Deviation Request (DR) Form', 3);
  const rows = drFields('False Positive (FP)', [
    ['POA&M ID(s)', 'V-1046, V-1073'], ['Vulnerability / Scanner ID', 'Nessus Plugin 200011 - Amazon Linux 2023 : kernel (ALAS2023-2024-676)'], ['CVE', 'CVE-2024-26925'], ['Affected Assets', 'lcmc-prd-app-02, lcmc-prd-app-03'],
    ['Original Risk Rating', 'High'], ['Justification', 'The hosts run kernel 6.1.90-99.173.amzn2023, which includes the fix. Nessus reads the stale /boot entry of the previous kernel left by the AMI build. uname -r and rpm -q kernel output are attached.'],
    ['Evidence', 'Evidence tab rows 2-6; vendor advisory ALAS2023-2024-676'], ['3PAO Validation', `Reviewed by ${TPAO} on 03/10/2025 - concur`],
  ]);
  putTable(ws, 3, [['Field', 'Response'], ...rows]);
  ws.getColumn(1).width = 30; ws.getColumn(2).width = 90;
  const ev = wb.addWorksheet('Evidence');
  putTable(ev, 1, [['Host', 'Command', 'Output'], ['lcmc-prd-app-02', 'uname -r', '6.1.90-99.173.amzn2023.x86_64'], ['lcmc-prd-app-03', 'uname -r', '6.1.90-99.173.amzn2023.x86_64'], ['lcmc-prd-app-02', 'rpm -q kernel', 'kernel-6.1.90-99.173.amzn2023.x86_64']]);
  return { file: 'DR-2025-007.xlsx', expected: 'DEVIATION_REQUEST', note: 'False-positive Deviation Request form workbook (instructions, DR form fields, evidence sheet) for two POA&M items.', data: await workbookBytes(wb) };
}

async function drRiskAdjustmentDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Deviation Request', 36), p('Risk Adjustment'),
    table([['Field', 'Value'], ...drFields('Risk Adjustment (RA)', [['POA&M ID', 'V-1058'], ['Weakness', 'NGINX HTTP/2 Rapid Reset DoS (CVE-2023-44487)'], ['Original Risk Rating', 'High'], ['Proposed Adjusted Risk Rating', 'Moderate']])]),
    h1('Justification for Risk Adjustment'),
    p('HTTP/2 is terminated at the AWS Application Load Balancer, which AWS patched for CVE-2023-44487 in October 2023. The NGINX instances behind the load balancer only receive HTTP/1.1 from the ALB, so the HTTP/2 rapid-reset path is not reachable from the internet. AWS WAF rate-based rules limit requests per client IP.'),
    h1('Mitigating Factors'),
    p('AWS Shield Standard, WAF rate limiting at 2,000 requests per five minutes, autoscaling of the web tier and CloudWatch alarms on 5xx rates.'),
    h1('Residual Risk and Remediation Plan'),
    p('The vendor patch (NGINX Plus R31 P1) is scheduled with the April AMI rebuild. The POA&M item stays open with the adjusted rating until the upgrade is verified by rescan.'),
    h1('Approvals'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', ISSO, 'Submitted', '03/12/2025'], ['3PAO', 'Renata Kovac', 'Concur', '03/14/2025'], ['Agency AO Designee', '', '', '']]),
  ];
  return { file: 'upload.docx', expected: 'DEVIATION_REQUEST', note: 'Risk-adjustment Deviation Request form for a POA&M item, with justification and approvals.', data: await renderDocx(blocks, { meta: { title: 'FedRAMP Significant Change Request Form', creator: ISSO } }) };
}

async function drOperationalPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title(`${CSP}`, 20), title('Deviation Request - Operational Requirement', 28),
    table([['Field', 'Value'], ...drFields('Operational Requirement (OR)', [['POA&M ID', 'V-1061'], ['Weakness', 'TLS Version 1.1 Protocol Deprecated on legacy SFTP ingest endpoint'], ['Original Risk Rating', 'Moderate']])]),
    ...section('Operational Requirement Justification', 'Three housing agencies submit case files through a state-operated batch system that only negotiates TLS 1.1. Disabling TLS 1.1 on the ingest listener would stop those submissions. The agencies have committed to upgrading by September 30, 2025.'),
    ...section('Compensating Controls', 'The listener accepts connections only from the three agencies\' fixed source IP ranges, requires client certificates, and files are malware-scanned before ingestion. The endpoint is outside the main application subnet.'),
    ...section('Requested Duration', 'Until 09/30/2025, reviewed monthly in the ConMon meeting.'),
    p('CSP signature: /s/ Marcus Oyelaran    Agency decision: ________________'),
  ];
  return { file: 'scan_exceptions.pdf', expected: 'DEVIATION_REQUEST', note: 'Operational-requirement Deviation Request form (PDF) for a POA&M item; the name misleadingly suggests a scan file.', data: await renderPdf(blocks, { footer: 'CUI - Deviation Request' }) };
}

const SCR_TEXT = {
  description: 'Migrate the primary case database from Amazon RDS PostgreSQL 15 on provisioned instances to Amazon Aurora PostgreSQL-Compatible Edition (Serverless v2) within the same AWS GovCloud region and authorization boundary.',
  type: 'Change to a new underlying database technology (significant change type: new component / change in technology).',
  controls: 'CP-9, CP-10, SC-28, AU-2, CM-2, CM-8, SI-2, SC-13',
  assessment: 'The 3PAO will assess the affected controls and perform authenticated database scanning and a targeted penetration test of the data tier before production cutover.',
};

async function scrDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('Significant Change Request (SCR) Form', 32),
    p('Submit this form to the authorizing agency at least 30 business days before the planned change. Attach the updated boundary diagram and the 3PAO Security Impact Analysis.'),
    table([['Field', 'Response'], ['CSP', CSP], ['System', SYS], ['Package ID', FR_ID], ['Date of Request', '02/20/2025'], ['Planned Implementation Date', '05/15/2025'], ['Type of Significant Change', SCR_TEXT.type]]),
    ...section('Description of the Proposed Change', SCR_TEXT.description),
    ...section('Security Impact Analysis', 'Encryption at rest continues with the same customer-managed KMS key. Backups move from snapshot-based to continuous backup with point-in-time restore (35 days). The inventory, SSP sections 9 and 10, the ISCP and the boundary diagram will be updated.'),
    ...section('Affected Security Controls', SCR_TEXT.controls),
    ...section('3PAO Involvement', SCR_TEXT.assessment),
    table([['Approval', 'Name', 'Signature', 'Date'], ['CSP System Owner', 'Evan Lindqvist', '', ''], ['Agency AO', '', '', '']]),
  ];
  return { file: 'Final_v7.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for a database technology migration with impact analysis and affected controls.', data: await renderDocx(blocks, { meta: { title: 'Deviation Request Template', creator: ISSO } }) };
}

async function scrXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST });
  const ws = wb.addWorksheet('SCR');
  putTitle(ws, 2, `Significant Change Request - ${SYS_ABBR}`, 2);
  putTable(ws, 4, [['Field', 'Response'], ['Change Title', 'Add Amazon Bedrock-hosted summarization feature for case notes'], ['Type of Change', 'New service / feature using an external FedRAMP-authorized service (AWS Bedrock, GovCloud)'], ['Requested Implementation Date', '06/02/2025'], ['Description', 'Case notes are sent to Bedrock in the same GovCloud account to generate summaries; no data leaves the boundary. A new IAM role and VPC endpoint are added.'], ['New Data Flows', 'Application tier -> VPC interface endpoint -> Bedrock runtime'], ['Controls Affected', 'AC-4, SA-9, SC-7, SC-8, CM-8, PL-2, RA-3'], ['Documentation Updates', 'SSP, CIS/CRM, inventory, boundary and data-flow diagrams'], ['3PAO Assessment Needed', 'Yes - limited scope'], ['Submitted By', ISSO]]);
  ws.getColumn(1).width = 32; ws.getColumn(2).width = 100;
  freezeAt(ws, 4);
  const log = wb.addWorksheet('Agency Comments');
  putTable(log, 1, [['Date', 'Reviewer', 'Comment'], ['04/02/2025', `${AGENCY} ISSM`, 'Please confirm model invocation logging is enabled and retained.']]);
  return { file: 'doc-1309.xlsx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request as a one-sheet form workbook (change description, affected controls, 3PAO need) plus agency comments.', data: await workbookBytes(wb) };
}

async function scrPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    title('FedRAMP Significant Change Request', 28), p(`${CSP} | ${SYS} | submitted 11/04/2024`),
    ...section('1. Change Summary', 'Relocate the disaster-recovery environment from us-gov-east-1 to a second availability-zone pair in us-gov-west-1 and add cross-region backup copies to us-gov-east-1 only.'),
    ...section('2. Significance Determination', 'The change modifies the authorization boundary and alternate processing site (CP-7) and therefore qualifies as a significant change under the FedRAMP Significant Change Policies and Procedures.'),
    ...section('3. Controls and Documents Affected', 'CP-2, CP-6, CP-7, CP-9, CP-10, SC-7, CM-8. Updated: SSP, ISCP (Attachment 6), inventory, diagrams.'),
    ...section('4. Testing Approach', 'The 3PAO will test the affected controls and observe the ISCP functional exercise after the move.'),
  ];
  return { file: 'SCR-0012.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF Significant Change Request for relocating the DR environment (boundary and CP-7 change).', data: await renderPdf(blocks, { headingsAsBold: true }) };
}

export async function formDocs(): Promise<EvalDoc[]> {
  return [await checklistXlsx(), await checklistDocx(), await drFalsePositiveXlsx(), await drRiskAdjustmentDocx(), await drOperationalPdf(), await scrDocx(), await scrXlsx(), await scrPdf()];
}
