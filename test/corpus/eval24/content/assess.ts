import { writeDocx } from '../kit/docx.js';
import { writePdf } from '../kit/pdf.js';
import { prose } from '../kit/build.js';
import { bold, bullets, center, p, table } from '../kit/model.js';
import type { ProseDoc } from '../kit/model.js';
import { ORG } from '../kit/prose.js';
import type { DocSpec } from '../kit/spec.js';
import { checklistItems } from './sheets.js';

const sap = prose({
  seed: 61,
  fm: { title: 'Security Assessment Plan', subtitle: `${ORG.cso} - FedRAMP Moderate Initial Assessment. Prepared by ${ORG.tpao}`, version: '1.0', date: 'March 12, 2025', approvals: [['Rachel Donnelly, CISSP', '3PAO Assessment Lead, Keystone Assurance Partners', '/s/', '03/12/2025'], [ORG.owner, 'System Owner', '/s/', '03/13/2025']] },
  order: ['cover', 'appr', 'rev', 'toc'],
  meta: { title: 'SAP - Ridgeline Research Cloud', creator: 'Keystone Assurance Partners' },
  header: `${ORG.tpao} | Security Assessment Plan | ${ORG.cso}`,
  footer: 'Proprietary and Confidential',
  sections: [
    { h: '1 Introduction', s: [[`${ORG.tpao}, an A2LA-accredited Third Party Assessment Organization (3PAO), will perform the initial security assessment of the ${ORG.cso} for its FedRAMP Moderate agency authorization sponsored by ${ORG.agency}. This Security Assessment Plan describes the scope, methodology, test schedule and rules of engagement of that assessment.`]] },
    { h: '2 Scope', s: [['The assessment covers all 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline as implemented in the System Security Plan version 3.0 of March 10, 2025, and all components listed in the Integrated Inventory Workbook.']], extra: [table([['Component', 'Location', 'Sample'], ['Hypervisors (112)', 'ARU North Campus DC', '12 hosts'], ['Control plane VMs (18)', 'ARU North Campus DC', 'All'], ['Web applications (3)', 'dashboard, api, status', 'All']], 'Table 2-1: Assessment scope and sampling')] },
    { h: '3 Assumptions', s: [['The CSP will provide credentials for authenticated scanning and staff availability during the testing window. The system is frozen during testing.']] },
    { h: '4 Methodology', s: [['Controls will be tested with the examine, interview and test methods of NIST SP 800-53A Revision 5, using the FedRAMP Security Test Case Procedures workbook.', 'Vulnerability scanning of operating systems, databases and web applications will be performed with Tenable Nessus and Burp Suite Professional; penetration testing follows the FedRAMP Penetration Test Guidance, covering the external, tenant-to-tenant and management plane attack vectors.']] },
    { h: '5 Test Plan', extra: [table([['Activity', 'Start', 'End'], ['Kick-off and document review', '03/24/2025', '03/28/2025'], ['Control testing and interviews', '03/31/2025', '04/18/2025'], ['Vulnerability scanning', '04/01/2025', '04/04/2025'], ['Penetration testing', '04/07/2025', '04/16/2025'], ['Security Assessment Report delivery', '05/09/2025', '05/09/2025']], 'Table 5-1: Test schedule')] },
    { h: '6 Rules of Engagement', s: [['Testing is authorized only against the IP ranges and URLs in Appendix B. Denial-of-service testing and social engineering of tenants are out of scope. The 3PAO will stop testing and notify the CSP points of contact immediately on discovery of a critical vulnerability or evidence of a prior compromise.'], ['Testers will connect from the 3PAO source addresses listed in Table 6-1.']], extra: [table([['3PAO source IP', 'Purpose'], ['198.51.100.24', 'External penetration test'], ['198.51.100.25', 'Authenticated scanning via VPN']], 'Table 6-1: Tester source addresses'), bold('Signature of Rules of Engagement'), p('By signing the SAP, the CSP authorizes the 3PAO to perform the activities described above.')] },
  ],
});

const sar = prose({
  seed: 62,
  fm: { title: 'Security Assessment Report', subtitle: `${ORG.cso} - FedRAMP Moderate. Prepared by ${ORG.tpao} for ${ORG.agency}`, version: '1.0', date: 'May 9, 2025', marking: 'CONTROLLED UNCLASSIFIED INFORMATION' },
  order: ['cover', 'legal', 'rev', 'appr'],
  meta: { title: 'Security Assessment Report', creator: 'Keystone Assurance Partners' },
  header: `${ORG.cso} Security Assessment Report`,
  footer: 'CUI',
  sections: [
    { h: '1 Executive Summary', s: [[`${ORG.tpao} assessed the ${ORG.cso} from March 31 to April 18, 2025, against the FedRAMP Moderate baseline according to the approved Security Assessment Plan. This report presents the results, the risks identified, and the 3PAO's authorization recommendation.`]] },
    { h: '2 Summary of Risks', extra: [table([['Risk level', 'Assessment test cases', 'OS scans', 'Web scans', 'Database scans', 'Penetration test', 'Total', '% of total'], ['High', '0', '1', '0', '0', '0', '1', '4%'], ['Moderate', '6', '4', '2', '1', '1', '14', '56%'], ['Low', '5', '3', '1', '1', '0', '10', '40%'], ['Operationally required', '0', '1', '0', '0', '0', '1', '-'], ['Total', '11', '9', '3', '2', '1', '26', '100%']], 'Table 2-1: Summary of risks')] },
    { h: '3 Risk Exposure Table', extra: [table([['ID', 'Control', 'Name', 'Likelihood', 'Impact', 'Risk exposure', 'Recommendation'], ['SAR-AC-2-01', 'AC-2', 'Stale service accounts', 'Moderate', 'Moderate', 'Moderate', 'Review and disable'], ['SAR-CM-6-02', 'CM-6', 'CIS deviations on bastions', 'Low', 'Moderate', 'Moderate', 'Apply baseline'], ['SAR-AU-9-01', 'AU-9', 'Log archive without object lock', 'Low', 'Moderate', 'Low', 'Enable object lock'], ['OS-001', 'RA-5', 'OpenSSH CVE-2024-6387', 'Moderate', 'High', 'High', 'Patch within 30 days']], 'Table 3-1: Risk exposure table')] },
    { h: '4 Assessment Results by Control Family', s: [['Of the 323 controls and enhancements tested, 312 were found satisfied and 11 other than satisfied. Detailed results are in Appendix A, Security Test Case Procedures, and the scan results in Appendix B.']] },
    { h: '5 Penetration Test Results', s: [['The tenant-to-tenant attack vector did not yield cross-tenant access. One moderate finding concerned verbose error messages on the API endpoint.']] },
    { h: '6 Authorization Recommendation', s: [[`${ORG.tpao} attests that the ${ORG.cso} meets the FedRAMP Moderate requirements with the exceptions in the risk exposure table. The one high risk is scheduled for remediation within 30 days. We recommend that ${ORG.agencyShort} grant an Authority to Operate, with the open risks tracked in the POA&M.`]], extra: [bold('3PAO Attestation'), p('Rachel Donnelly, CISSP, Assessment Lead - signed 05/09/2025')] },
  ],
});

function atoLetter(): ProseDoc {
  return {
    meta: { title: 'ATO Ridgeline', creator: 'NIBDS OCIO' },
    header: 'DEPARTMENT OF HEALTH AND HUMAN SERVICES',
    blocks: [
      center('DEPARTMENT OF HEALTH AND HUMAN SERVICES', true), center(ORG.agency), center('Office of the Chief Information Officer - 6700 Rockledge Drive, Bethesda, MD 20817'),
      p('June 2, 2025'),
      p(`${ORG.owner}\nDirector of Research Computing\n${ORG.uni}\n1 University Plaza\n${ORG.city}`),
      p(`SUBJECT: Authority to Operate (ATO) - ${ORG.cso}, FedRAMP Moderate, FedRAMP Package ID F2409281234`),
      p(`Dear Dr. Ishikawa:`),
      p(`${ORG.agency} has completed its review of the security authorization package for the ${ORG.cso}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${ORG.tpao}, and the Plan of Action and Milestones.`),
      p(`Based on that review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I grant an Authority to Operate for the ${ORG.cso} at the Moderate impact level. This authorization is valid for three years from the date of this letter, subject to continuous monitoring, unless a significant change or a deterioration of the security posture requires reauthorization.`),
      p('This authorization is conditioned on remediation of the high-risk finding OS-001 within thirty days and on monthly submission of continuous monitoring deliverables (POA&M, vulnerability scans and inventory) to the NIBDS Information System Security Officer.'),
      p('The FedRAMP Program Management Office may use this letter and the package to list the service on the FedRAMP Marketplace as FedRAMP Authorized.'),
      p('Sincerely,'), p('/s/ Thomas R. Whitcombe'),
      p(`${ORG.ao}\nChief Information Officer and Authorizing Official\n${ORG.agency}`),
      p('cc: FedRAMP PMO (info@fedramp.gov); NIBDS Chief Information Security Officer; NIBDS ISSO'),
    ],
  };
}

const checklistDoc: ProseDoc = {
  meta: { title: 'Checklist' },
  blocks: [
    center('FedRAMP Initial Authorization Package Checklist', true),
    p(`Cloud Service Offering: ${ORG.cso}     Package ID: F2409281234     Sponsoring agency: ${ORG.agency}`),
    p('Instructions: the CSP completes this checklist and submits it with the initial authorization package. Mark each item Y/N and give the file name in the repository.'),
    table([['#', 'Item', 'Y/N', 'File name / comment'], ...checklistItems.map(([q, a], i) => [String(i + 1), q, a.startsWith('Y') ? 'Y' : 'N', a.startsWith('Y') ? '' : 'Repository upload scheduled 06/05/2025'])], 'Table 1: Package checklist'),
    p('Checklist completed by M. Okafor, Information Security Officer, 06/03/2025.'),
  ],
};

const scr = prose({
  seed: 63,
  lead: [center('FedRAMP Significant Change Request (SCR) Form', true), table([['CSP name', ORG.uni], ['Cloud service offering', ORG.cso], ['FedRAMP Package ID', 'F2409281234'], ['Impact level', 'Moderate'], ['Date submitted', '09/15/2025'], ['Authorizing agency', ORG.agency], ['3PAO', ORG.tpao]])],
  meta: { title: 'Significant Change Request', creator: 'ORCC Security' },
  header: 'SCR-2025-02',
  sections: [
    { h: 'Section 1. Description of the Proposed Change', s: [['ORCC proposes to add a GPU partition service based on NVIDIA H100 nodes in a new data hall, with a new scheduler (Slurm) and a new high-speed InfiniBand fabric, within the existing authorization boundary.']] },
    { h: 'Section 2. Type of Change', s: [['Per the FedRAMP Significant Change Policies and Procedures, this is an adaptive change involving a new component, a new interconnection and a change to the authorization boundary.']], extra: [table([['Change type', 'Selected'], ['Adaptive', 'X'], ['Transformative', ''], ['Impact categorization change', '']])] },
    { h: 'Section 3. Security Impact Analysis', s: [['The change affects the controls AC-4, CM-2, CM-8, SC-7, RA-5 and CP-9. The SSP sections 9, 10 and 11 and the inventory will be updated. The 3PAO will assess the affected controls before the change goes into production.']] },
    { h: 'Section 4. Schedule', s: [['Requested implementation date: November 3, 2025, after agency approval and 3PAO assessment.']] },
    { h: 'Section 5. Approvals', extra: [table([['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', ORG.owner, '', ''], ['Agency AO', ORG.ao, '', '']])] },
  ],
});

const drDoc = prose({
  seed: 64,
  lead: [bold('FedRAMP Deviation Request'), table([['CSP', ORG.uni], ['System', ORG.cso], ['DR number', 'DR-2025-007'], ['Type', 'Risk Adjustment (RA)'], ['POA&M ID', 'V-001'], ['Date', '03/20/2025']])],
  meta: {},
  sections: [
    { h: 'Vulnerability', s: [['Tenable Nessus plugin 201194 reports CVE-2024-6387 (OpenSSH regreSSHion) on the bastion hosts with a High risk rating.']] },
    { h: 'Requested Risk Adjustment', s: [['ORCC requests adjustment of the risk rating from High to Moderate. The bastions accept SSH only from the University VPN concentrator address range, LoginGraceTime has been set to 0 as the vendor mitigation, and exploitation requires on average 10,000 attempts that the intrusion prevention system blocks.']] },
    { h: 'Compensating Controls and Evidence', extra: [bullets('sshd_config showing LoginGraceTime 0 (evidence file E-1)', 'Firewall rule set restricting port 22 (E-2)', 'IPS signature 59881 enabled (E-3)')] },
    { h: 'Residual Risk and Remediation Plan', s: [['The vendor patch will be applied with the April maintenance window; the DR will be closed and the POA&M item closed after the verification rescan.']] },
    { h: 'CSP and Agency Sign-off', extra: [table([['', 'Name', 'Date'], ['CSP', ORG.iso, '03/20/2025'], ['Agency ISSO', '', '']])] },
  ],
});

export const assessDocs: DocSpec[] = [
  { file: 'KAP_RRC_SAP_v1.0.docx', expected: 'SAP', note: '3PAO Security Assessment Plan: scope, 800-53A methodology, test schedule, rules of engagement.', build: () => writeDocx(sap) },
  { file: 'upload.pdf', expected: 'SAP', note: 'The same Security Assessment Plan as a PDF with an uninformative name.', build: () => writePdf(sap, { sans: true, producer: 'Microsoft Word for Microsoft 365' }) },
  { file: 'RRC_SAR_Final.docx', expected: 'SAR', note: '3PAO Security Assessment Report with risk summary, risk exposure table and authorization recommendation.', build: () => writeDocx(sar) },
  { file: 'ssp-signed.pdf', expected: 'SAR', note: 'The Security Assessment Report as PDF under a misleading name that says SSP.', build: () => writePdf(sar, { noMeta: true }) },
  { file: 'NIBDS-ATO-RRC-20250602.pdf', expected: 'ATO_LETTER', note: 'Agency Authority to Operate letter signed by the authorizing official.', build: () => writePdf(atoLetter(), { producer: 'Adobe Acrobat Pro 24', creatorTool: 'Microsoft Word' }) },
  { file: 'letter.docx', expected: 'ATO_LETTER', note: 'The ATO letter in its Word form before signature.', build: () => writeDocx(atoLetter()) },
  { file: 'checklist-final.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist as a Word table.', build: () => writeDocx(checklistDoc) },
  { file: 'SCR-2025-02 GPU partition.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'FedRAMP Significant Change Request form for a new GPU partition.', build: () => writeDocx(scr) },
  { file: 'doc-0918.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The significant change request as PDF.', build: () => writePdf(scr, { sans: true }) },
  { file: 'Final_v2.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request (risk adjustment) for a POA&M item, as a Word form.', build: () => writeDocx(drDoc, { noMeta: true }) },
];
