import { freezeAt, newWorkbook, putTable, putTitle, toCsv, workbookBytes } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';
import { ANALYST, CSP, SYS, SYS_ABBR } from '../kit/world.js';

const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-17', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

async function cisCrm(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST, title: 'CIS CRM Workbook' });
  const ins = wb.addWorksheet('Instructions');
  putTitle(ins, 1, `${SYS_ABBR} Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`, 6);
  ins.getCell('A3').value = 'The CIS Worksheet summarizes implementation status and control origination for every control. The CRM Worksheet lists the responsibilities customer agencies must implement.';
  const cis = wb.addWorksheet('CIS Worksheet');
  const head = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
  putTitle(cis, 1, 'Control Implementation Summary (CIS) Worksheet', head.length, 12);
  putTable(cis, 3, [head, ...CONTROLS.map((c, i) => [c, i === 9 ? '' : 'X', i === 9 ? 'X' : '', '', '', '', c.endsWith('-1') ? 'X' : '', c.endsWith('-1') ? '' : 'X', '', c.startsWith('IA') ? 'X' : '', '', c.startsWith('IA') || c === 'AC-2' ? 'X' : '', c.startsWith('SC-28') ? 'X' : ''])]);
  freezeAt(cis, 3, 1);
  const crm = wb.addWorksheet('CRM Worksheet');
  putTable(crm, 2, [['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control or Customer Agency/CSP Responsibilities'], ['AC-2', 'Partial', 'Customer agencies manage their tenant user accounts, approve access and review accounts quarterly.'], ['AC-2(1)', 'No', 'Customers configure SCIM provisioning from their identity provider.'], ['IA-2', 'Partial', 'Customers enforce MFA in their federated identity provider.'], ['AU-6', 'Partial', 'Customers review tenant audit logs exported to their SIEM.'], ['SC-28', 'Yes', 'Fully inherited from the CSP.']]);
  return { file: 'doc-0455.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook: instructions, CIS worksheet with implementation-status and origination columns, CRM worksheet.', data: await workbookBytes(wb) };
}

async function crmFirst(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST });
  const crm = wb.addWorksheet('CRM');
  putTitle(crm, 1, `Customer Responsibility Matrix - ${SYS}`, 4);
  crm.getCell('A2').value = `Prepared by ${CSP} for leveraging agencies. Rev 5 Moderate.`;
  putTable(crm, 4, [['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inherited Control or Customer Agency/CSP Responsibilities'], ['AC-2', 'Account Management', 'Partial', 'Agency tenant administrators create, approve and disable accounts.'], ['AC-7', 'Unsuccessful Logon Attempts', 'Yes', 'Inherited.'], ['AC-20', 'Use of External Systems', 'No', 'Agency policy governs use of personal devices.'], ['IA-2(12)', 'Acceptance of PIV Credentials', 'No', 'Agency IdP accepts PIV; SAML federation configured by the agency.'], ['PS-3', 'Personnel Screening', 'No', 'Agency screens its own users.']]);
  freezeAt(crm, 4);
  const cis = wb.addWorksheet('CIS');
  putTable(cis, 4, [['Control ID', 'Implementation Status', 'Control Origination'], ...CONTROLS.map((c) => [c, 'Implemented', c.endsWith('-1') ? 'Service Provider Corporate' : 'Service Provider System Specific'])]);
  const lists = wb.addWorksheet('dv');
  lists.state = 'hidden';
  putTable(lists, 1, [['Status'], ['Implemented'], ['Partially Implemented'], ['Planned']]);
  return { file: 'CRM_customer_copy.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook variant: CRM sheet first with header on row 4, CIS sheet with status and origination, hidden validation list.', data: await workbookBytes(wb) };
}

async function fips199(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST, title: 'FIPS 199' });
  const ws = wb.addWorksheet('FIPS 199 Categorization');
  putTitle(ws, 1, `FIPS 199 Security Categorization - ${SYS}`, 5);
  putTable(ws, 3, [['Information Type', 'NIST SP 800-60 V2 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Housing Assistance', 'D.8.1', 'Moderate', 'Moderate', 'Low'], ['Personal Identity and Authentication', 'D.20.4', 'Moderate', 'Moderate', 'Moderate'], ['Official Information Dissemination', 'C.2.8.12', 'Low', 'Low', 'Low'], ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low'], ['High-Water Mark', '', 'Moderate', 'Moderate', 'Moderate']]);
  ws.getCell('A10').value = 'Overall FIPS 199 System Categorization: MODERATE';
  ws.getCell('A10').font = { bold: true };
  freezeAt(ws, 3);
  return { file: 'sheet_fips.xlsx', expected: 'FIPS_199', note: 'FIPS 199 categorization workbook: SP 800-60 information types with C/I/A ratings and high-water mark.', data: await workbookBytes(wb) };
}

const SOD_ROLES = ['System Administrator', 'Database Administrator', 'Developer', 'Security Engineer (ISSO)', 'Auditor', 'Change Approver (CCB)', 'Support Engineer'];
const SOD_DUTIES = ['Provision privileged accounts', 'Approve privileged access', 'Deploy code to production', 'Approve production changes', 'Modify audit log configuration', 'Review audit logs', 'Manage KMS keys', 'Write application code'];

async function sodXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST });
  const ins = wb.addWorksheet('Instructions');
  ins.getCell('A1').value = 'Separation of Duties Matrix (AC-5). "X" = role performs the duty. A role must not both perform and approve the same activity.';
  const ws = wb.addWorksheet('SoD Matrix');
  putTitle(ws, 1, `${SYS_ABBR} Separation of Duties Matrix`, SOD_ROLES.length + 1);
  putTable(ws, 3, [['Duty / Function', ...SOD_ROLES], ...SOD_DUTIES.map((d, i) => [d, ...SOD_ROLES.map((_r, j) => ((i + j) % 4 === 0 ? 'X' : ''))])]);
  freezeAt(ws, 3, 1);
  const conf = wb.addWorksheet('Conflicting Duties');
  putTable(conf, 1, [['Duty A', 'Duty B', 'Reason they must be separated'], ['Deploy code to production', 'Approve production changes', 'CM-3 / CM-5: self-approval'], ['Modify audit log configuration', 'Review audit logs', 'AU-9: auditors independent of administrators'], ['Provision privileged accounts', 'Approve privileged access', 'AC-2 / AC-5']]);
  return { file: 'AwesomeCloud SOD Matrix (2).xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook (roles x duties with conflicting-duty pairs); the file name is a leftover from the AwesomeCloud sample.', data: await workbookBytes(wb) };
}

function sodCsv(): EvalDoc {
  const rows: string[][] = [['Separation of Duties Matrix - ' + SYS, '', '', ''], ['Role', 'Permitted Functions', 'Prohibited Functions (conflicting duties)', 'Compensating Control'], ...SOD_ROLES.map((r, i) => [r, SOD_DUTIES[i] ?? '', SOD_DUTIES[(i + 3) % SOD_DUTIES.length] ?? '', 'Quarterly access review by ISSO'])];
  return { file: 'sod.csv', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'CSV export of the separation of duties matrix (roles, permitted and prohibited conflicting functions).', data: toCsv(rows) };
}

async function lawsXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: 'FedRAMP', lastModifiedBy: ANALYST });
  const ws = wb.addWorksheet('Laws and Regulations');
  putTitle(ws, 1, 'FedRAMP Laws and Regulations (SSP Attachment 12)', 4);
  putTable(ws, 3, [['Identification Number', 'Title', 'Date', 'Link'], ['44 USC 3551 et seq.', 'Federal Information Security Modernization Act of 2014', '12/18/2014', 'https://www.congress.gov'], ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', '07/25/2024', 'https://www.whitehouse.gov'], ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', '03/2006', 'https://csrc.nist.gov'], ['NIST SP 800-37 Rev 2', 'Risk Management Framework', '12/2018', 'https://csrc.nist.gov'], ['NIST SP 800-137', 'Information Security Continuous Monitoring', '09/2011', 'https://csrc.nist.gov'], ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', '08/2012', 'https://csrc.nist.gov']]);
  const stds = wb.addWorksheet('Standards and Guidance');
  putTable(stds, 3, [['Identification Number', 'Title', 'Date', 'Link'], ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide', '05/2010', 'https://csrc.nist.gov'], ['NIST SP 800-128', 'Security-Focused Configuration Management', '08/2011', 'https://csrc.nist.gov']]);
  return { file: 'doc-0902.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations attachment as a workbook (laws sheet plus standards/guidance sheet).', data: await workbookBytes(wb) };
}

async function diwXlsx(): Promise<EvalDoc> {
  const wb = newWorkbook({ creator: ANALYST });
  const ws = wb.addWorksheet('Digital Identity');
  putTitle(ws, 1, `Digital Identity Worksheet - ${SYS_ABBR}`, 3);
  putTable(ws, 3, [['Assessment Step', 'Question / Impact Category', 'Answer'], ['Step 1', 'Potential impact: inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Step 1', 'Financial loss or agency liability', 'Moderate'], ['Step 1', 'Unauthorized release of sensitive information', 'Moderate'], ['Step 2', 'Identity Assurance Level (IAL)', 'IAL2'], ['Step 3', 'Authenticator Assurance Level (AAL)', 'AAL2'], ['Step 4', 'Federation Assurance Level (FAL)', 'FAL2'], ['Result', 'Digital identity level selected per NIST SP 800-63-3', 'Level 2 (IAL2/AAL2/FAL2)']]);
  return { file: 'identity_levels.xlsx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet as a workbook: SP 800-63 impact questions and IAL/AAL/FAL selections.', data: await workbookBytes(wb) };
}

export async function attachmentSheetDocs(): Promise<EvalDoc[]> {
  return [await cisCrm(), await crmFirst(), await fips199(), await sodXlsx(), sodCsv(), await lawsXlsx(), await diwXlsx()];
}
