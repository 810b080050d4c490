/** eval45: the core package deliverables (SSP, SAP, SAR, POA&M, ATO letter, checklist). */
import { stringify } from 'yaml';
import type { Block, CellValue } from './kit.js';
import { renderDocx, renderPdf, renderXlsx } from './kit.js';
import { poamXml, sapXml, sarObject, sspObject } from './oscal.js';
import {
  AGENCY,
  AGENCY2,
  CSP,
  DATE_LONG,
  PROPRIETARY,
  SYS_ABBR,
  SYS_ID,
  SYSTEM,
  SYSTEM_BLURB,
  THREEPAO,
  approvals,
  distribution,
  revisionHistory,
  toc,
} from './persona.js';
import type { EvalDoc } from './types.js';

function sspDocxBlocks(): Block[] {
  const ctl = (id: string, name: string, resp: string, text: string): Block[] => [
    { h: `${id} ${name}`, level: 3 },
    { table: [[`${id} Control Summary Information`, ''], ['Responsible Role', resp], ['Implementation Status', 'Implemented'], ['Control Origination', 'Service Provider System Specific']] },
    { bold: `${id} What is the solution and how is it implemented?` },
    { p: text },
  ];
  return [
    { small: PROPRIETARY },
    { big: `${SYSTEM} (${SYS_ABBR})` },
    { big: 'System Security Plan' },
    { p: `Version 2.3 | ${DATE_LONG} | FedRAMP Moderate | Package ID ${SYS_ID}` },
    { p: `Prepared by ${CSP}, 1201 Larimer Street, Suite 400, Denver, CO 80204, for the ${AGENCY} (sponsoring agency).` },
    { pageBreak: true },
    ...revisionHistory([
      { date: '06/30/2025', version: '1.0', desc: 'Initial draft for readiness review', author: 'M. Okafor (ISSO)' },
      { date: '10/14/2025', version: '2.0', desc: 'Rev5 Moderate baseline; collector management plane added to boundary', author: 'M. Okafor' },
      { date: '01/16/2026', version: '2.2', desc: 'Agency comments incorporated; data diode flow diagrams updated', author: 'J. Haldane' },
      { date: '02/27/2026', version: '2.3', desc: 'Updated after SAP approval; inventory reconciled to Attachment 13', author: 'M. Okafor' },
    ]),
    ...approvals([
      ['Dana Whitcomb', 'Chief Executive Officer, System Owner'],
      ['Miriam Okafor', 'Information System Security Officer'],
    ]),
    { pageBreak: true },
    ...toc(['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '9 General System Description', '10 System Environment and Inventory', '11 System Interconnections', '13 Minimum Security Controls', 'Attachments']),
    { pageBreak: true },
    { h: '1 Information System Name/Title' },
    { p: `This System Security Plan provides an overview of the security requirements for ${SYSTEM} (${SYS_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by OMB Circular A-130 and the FedRAMP Rev5 Moderate baseline.` },
    { table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [SYS_ID, SYSTEM, SYS_ABBR]] },
    { h: '2 Information System Categorization' },
    { p: `The overall information system sensitivity categorization is Moderate, as recorded in the FIPS 199 Categorization (Attachment 10). Operational telemetry from utility OT networks is categorized Moderate for confidentiality and integrity because disclosure of PLC tag maps, historian data and network topology of bulk electric system facilities could aid an adversary, and Low for availability because ${SYS_ABBR} is a monitoring service with no control path into the plant.` },
    { table: [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low']] },
    { h: '2.1 Digital Identity Determination', level: 2 },
    { p: 'The digital identity level selected is IAL2 / AAL2 / FAL2, as documented in the Digital Identity Worksheet (Attachment 3).' },
    { h: '3 Information System Owner' },
    { table: [['Name', 'Dana Whitcomb'], ['Title', 'Chief Executive Officer'], ['Company / Organization', CSP], ['Email', 'dwhitcomb@kestrelgrid.example']] },
    { h: '9 General System Description' },
    { p: SYSTEM_BLURB },
    { p: `The system supports utility OT analysts, NERC CIP compliance staff and plant engineers. It does not issue commands to field devices; all control remains within the customer's SCADA/EMS. The data diode at each site is customer-owned hardware and is described as an external system in section 11.` },
    { h: '9.1 Information System Components and Boundaries', level: 2 },
    { p: `Figure 9-1 shows the authorization boundary. The ingestion VPC hosts the collector gateway and the stream processors (Amazon MSK); the analytics VPC hosts the time-series store, the anomaly models and the tenant portal. The management account hosts the CI/CD pipeline, the logging archive and the security tooling. Collectors are enrolled with device certificates issued by a private CA held in AWS Private CA.` },
    { h: '10 System Environment and Inventory' },
    { p: 'All hosts, databases, containers and network devices are listed in the Integrated Inventory Workbook (Attachment 13), refreshed monthly with the continuous monitoring deliverables.' },
    { h: '11 System Interconnections' },
    { table: [['SP IP Address and Interface', 'External Organization Name and IP', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['collector-gw (NLB)', 'Customer Edge Collectors (per tenant)', 'Customer OT security lead', 'mTLS 1.2, FIPS 140-3', 'Incoming', 'OT telemetry, alarms, asset metadata'], ['api.otvision.example', 'Okta for Government', 'Okta FedRAMP support', 'SAML 2.0 / TLS 1.2', 'Bi-directional', 'Authentication assertions']] },
    { h: '13 Minimum Security Controls' },
    { p: 'The control implementation statements below follow the FedRAMP SSP template ordering. Customer responsibilities are summarized in the CIS/CRM Workbook (Attachment 11).' },
    { h: 'Access Control (AC)', level: 2 },
    ...ctl('AC-2', 'Account Management', 'ISSO; Identity Engineering', `${SYS_ABBR} uses centrally managed accounts in AWS IAM Identity Center for the operator plane and the ${SYS_ABBR} tenant directory for customer users. Account types are individual, group (none permitted), service (collector and integration accounts) and emergency. Privileged accounts require approval from the Security Engineering lead; collector accounts are tied to device certificates and revoked upon collector de-enrolment. Inactive accounts are disabled after 90 days by an automated Lambda job.`),
    ...ctl('AC-4', 'Information Flow Enforcement', 'Network Engineering', 'Telemetry enters one way through customer data diodes into collectors at Purdue Level 3.5; collectors send outbound only. Inside AWS, security groups, network ACLs and AWS Network Firewall enforce approved flows between the ingestion and analytics VPCs.'),
    { h: 'Risk Assessment (RA)', level: 2 },
    ...ctl('RA-5', 'Vulnerability Monitoring and Scanning', 'Vulnerability Management', 'Nessus authenticated scans of hosts and databases, and web application scans of the tenant portal, run monthly and after significant change. Container images are scanned in CI/CD before promotion. High findings are remediated within 30 days, Moderate within 90, Low within 180; findings are tracked in the POA&M.'),
    { h: 'System and Communications Protection (SC)', level: 2 },
    ...ctl('SC-7', 'Boundary Protection', 'Network Engineering', 'Public ingress is limited to the tenant portal and the collector gateway, each behind AWS WAF and an NLB with TLS termination using FIPS-validated endpoints. Deny-by-default is enforced in all security groups.'),
    { h: 'Attachments' },
    { bullets: ['Attachment 1 Information Security Policies and Procedures', 'Attachment 2 User Guide', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 PTA/PIA', 'Attachment 5 Rules of Behavior', 'Attachment 6 Information System Contingency Plan', 'Attachment 7 Configuration Management Plan', 'Attachment 8 Incident Response Plan', 'Attachment 9 CIS/CRM Workbook', 'Attachment 10 FIPS 199', 'Attachment 11 Separation of Duties Matrix', 'Attachment 12 Laws and Regulations', 'Attachment 13 Integrated Inventory Workbook'] },
  ];
}

function sapBlocks(): Block[] {
  return [
    { big: 'Security Assessment Plan (SAP)' },
    { p: `${SYSTEM} (${SYS_ABBR}) | FedRAMP Moderate Initial Assessment | Prepared by ${THREEPAO}` },
    { p: `Version 1.1 - January 19, 2026` },
    ...revisionHistory([
      { date: '12/18/2025', version: '1.0', desc: 'Draft SAP for agency review', author: 'R. Castellanos (3PAO lead)' },
      { date: '01/19/2026', version: '1.1', desc: `Incorporated ${AGENCY} comments on OT exclusions and test windows`, author: 'R. Castellanos' },
    ], 'Document Revision History'),
    ...distribution([`${AGENCY} Authorizing Official's designated representative`, `${CSP} ISSO`, `${THREEPAO} assessment team`]),
    { h: '1 Introduction' },
    { p: `This Security Assessment Plan describes how ${THREEPAO}, an A2LA-accredited FedRAMP Third Party Assessment Organization, will assess the security controls of ${SYS_ABBR} against the FedRAMP Rev5 Moderate baseline. The plan is based on System Security Plan v2.3 and its attachments. Results will be reported in the Security Assessment Report (SAR).` },
    { h: '2 Purpose' },
    { p: 'The assessment will determine the extent to which controls are implemented correctly, operating as intended, and producing the desired outcome. It supports the agency authorization decision and establishes the baseline for continuous monitoring.' },
    { h: '3 Scope' },
    { p: SYSTEM_BLURB },
    { table: [['Component', 'Location', 'In Scope'], ['Tenant portal and APIs', 'AWS GovCloud us-gov-west-1', 'Yes'], ['Ingestion VPC (collector gateway, MSK)', 'AWS GovCloud us-gov-west-1', 'Yes'], ['Collector management plane', 'AWS GovCloud us-gov-west-1', 'Yes'], ['Kestrel Edge Collector (reference unit in Kestrel lab)', 'Denver lab', 'Yes, lab unit only'], ['Customer data diodes, PLCs, RTUs, historians', 'Customer sites', 'No - excluded']] },
    { h: '4 Assumptions' },
    { bullets: ['The CSP provides credentials for authenticated scans at least five business days before testing.', 'No production customer OT network will be touched; the reference collector in the Kestrel lab stands in for field deployments.', 'Testing will occur against production with the CSP\'s change freeze in effect.'] },
    { h: '5 Methodology' },
    { p: 'Controls are assessed with the NIST SP 800-53A Rev 5 assessment procedures. Each control is tested with one or more of examine, interview and test methods, as listed in the test case workbook (Appendix A). Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, tenant-to-tenant, and insider attack vectors, plus a collector-impersonation vector specific to this system.' },
    { h: '6 Test Plan' },
    { table: [['Activity', 'Start', 'End'], ['Kick-off and document review', '02/02/2026', '02/06/2026'], ['Interviews and control testing', '02/09/2026', '02/18/2026'], ['Vulnerability scanning', '02/09/2026', '02/12/2026'], ['Penetration testing', '02/10/2026', '02/20/2026'], ['SAR delivery', '03/13/2026', '03/13/2026']] },
    { h: '6.1 Security Assessment Team', level: 2 },
    { table: [['Name', 'Role', 'Contact'], ['Rosa Castellanos', 'Assessment Lead', 'rcastellanos@ridgeline.example'], ['Theo Brandt', 'Penetration Tester', 'tbrandt@ridgeline.example'], ['Ana Kapoor', 'Control Assessor', 'akapoor@ridgeline.example']] },
    { h: '7 Rules of Engagement' },
    { p: 'Testing will be performed from the Ridgeline testing range (198.51.100.0/28). The CSP will whitelist these addresses in AWS WAF for the penetration window only. Denial-of-service testing, social engineering of customer staff, and any traffic toward customer OT networks are prohibited. The CSP ISSO or the agency may stop testing at any time by calling the assessment lead. Critical findings will be reported within 24 hours.' },
    { h: '8 Signatures' },
    { p: `By signing, the CSP and ${THREEPAO} agree to the scope and rules of engagement in this plan.` },
    { table: [['CSP Representative', 'Signature', 'Date'], ['Dana Whitcomb, CEO', '', ''], ['3PAO Representative', '', ''], ['Rosa Castellanos, Assessment Lead', '', '']] },
  ];
}

function sarBlocks(annual: boolean): Block[] {
  const rows = [
    ['KOVC-01', 'SC-7', 'Historian replay worker security group permits 0.0.0.0/0 on TCP 8443', 'High', 'High', 'Open'],
    ['KOVC-02', 'RA-5', 'OpenSSL 3.0.13 in collector-api image', 'Moderate', 'Moderate', 'Open'],
    ['KOVC-03', 'AC-2(3)', 'Two dormant privileged accounts not disabled', 'Moderate', 'Low', 'Closed during testing'],
    ['KOVC-04', 'AU-11', 'Sandbox account log retention 180 days', 'Low', 'Low', 'Open'],
  ];
  return [
    { big: annual ? 'Annual Security Assessment Report' : 'Security Assessment Report (SAR)' },
    { p: `${SYSTEM} | ${annual ? 'Annual Assessment 2027' : 'Initial Authorization'} | Prepared by ${THREEPAO} for ${AGENCY}` },
    ...revisionHistory([{ date: annual ? '03/19/2027' : '03/13/2026', version: '1.0', desc: 'Final report', author: 'Rosa Castellanos' }]),
    { h: 'Executive Summary' },
    { p: `${THREEPAO} assessed ${SYS_ABBR} between ${annual ? 'February 8 and February 19, 2027' : 'February 9 and February 20, 2026'} in accordance with the approved Security Assessment Plan. The assessment covered ${annual ? 'the core controls and the controls selected for the annual assessment' : 'all 323 controls of the FedRAMP Rev5 Moderate baseline'}, vulnerability scans of 142 in-boundary hosts and container images, and penetration testing of the tenant portal, the APIs and the collector enrolment path.` },
    { p: 'Four findings remain in the risk exposure table. None indicates a path from the system into customer OT networks: the one-way data diode architecture was confirmed during testing.' },
    { h: 'Risk Exposure Table' },
    { table: [['ID', 'Control', 'Weakness', 'Initial Risk', 'Adjusted Risk', 'Status'], ...rows] },
    { h: 'Summary of Risks', level: 2 },
    { table: [['Risk Level', 'Count'], ['High', '1'], ['Moderate', '1'], ['Low', '2']] },
    { h: 'Authorization Recommendation' },
    { p: `${THREEPAO} recommends that ${AGENCY} ${annual ? 'continue the authorization of' : 'grant an Authority to Operate to'} ${SYS_ABBR}, provided that the High finding KOVC-01 is remediated within 30 days and all open findings are carried on the CSP's POA&M. The residual risk to federal information is assessed as Moderate.` },
    { h: 'Assessment Methodology' },
    { p: 'Testing followed the SAP and NIST SP 800-53A Rev 5. Evidence collected is retained by the 3PAO for three years and listed in Appendix D. Scan results are provided as Appendix B raw Nessus files; the penetration test report is Appendix C.' },
    { h: 'Attestation' },
    { p: `${THREEPAO} attests that the assessment was performed independently and that the results in this SAR are accurate to the best of its knowledge.` },
    { table: [['Assessment Lead', 'Signature', 'Date'], ['Rosa Castellanos, CISSP', '/s/', annual ? '03/19/2027' : '03/13/2026']] },
  ];
}

function poamRows(drift: boolean): CellValue[][] {
  const header = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
  const h = drift ? header.map((x) => (x === 'POAM ID' ? 'POA&M Item ID' : x === 'Asset Identifier' ? 'Asset Identifier(s)' : x)) : header;
  const items: CellValue[][] = [
    ['V-2026-014', 'RA-5', 'OpenSSL vulnerable version', 'OpenSSL 3.0.13 in kovc-collector-api container image', 'Nessus', '192224', 'kovc-collector-api:5.4.1', 'J. Haldane', 'None', 'Rebuild image on OpenSSL 3.0.15', '02/12/2026', '05/13/2026', 'Image rebuilt 03/15; redeploy 03/22', '', '02/28/2026', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', 'SAR KOVC-02', '', 'No', 'No', '', 'CVE-2024-5535', 'Collector management API'],
    ['V-2026-016', 'SC-7', 'Overly permissive security group', 'sg-0a9 historian-replay permits 0.0.0.0/0 TCP 8443', '3PAO Penetration Test', 'KOVC-01', 'sg-0a93f1c2 (analytics VPC)', 'P. Nguyen', 'None', 'Restrict to NLB subnets; add AWS Config rule', '02/16/2026', '03/18/2026', 'Rule change CR-1182 scheduled 03/04', '', '02/28/2026', 'No', '', '', 'High', 'High', 'No', 'No', 'No', '', 'SAR KOVC-01', 'Agency notified 02/17', 'No', 'No', '', '', 'Historian replay'],
    ['V-2026-019', 'SI-2', 'Amazon Linux 2023 kernel update', 'kernel 6.1.79 missing ALAS2023-2026-112', 'Nessus', '210933', 'ip-10-42-8-17 (ingest-worker ASG)', 'P. Nguyen', 'None', 'Roll ASG to patched AMI', '02/10/2026', '05/11/2026', 'Golden AMI 2026.03 build', '', '02/28/2026', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', '', '', 'No', 'No', '', 'CVE-2026-0114', 'Ingestion'],
    ['V-2026-020', 'AU-11', 'Log retention below requirement', 'Sandbox OU CloudTrail retention 180 days', '3PAO Assessment', 'KOVC-04', 'acct 7731-sandbox', 'M. Okafor', 'None', 'Apply org-level retention policy', '02/18/2026', '08/17/2026', '', '', '02/28/2026', 'No', '', '', 'Low', 'Low', 'No', 'No', 'No', '', 'SAR KOVC-04', '', 'No', 'No', '', '', 'Logging'],
  ];
  const top: CellValue[][] = drift
    ? [[`${CSP} - ${SYS_ABBR} POA&M (monthly ConMon)`], ['Cloud Service Provider', CSP, 'System Name', SYSTEM, 'Impact Level', 'Moderate', 'POAM Date', '03/31/2026'], [], ['Notes: columns renamed per agency request; rows sorted by risk.'], [], h]
    : [['Plan of Action and Milestones (POA&M)'], ['CSP', CSP, 'System Name', SYSTEM], ['Impact Level', 'Moderate', 'POAM Date', '02/28/2026'], [], h];
  return [...top, ...items];
}

export async function coreDocs(): Promise<EvalDoc[]> {
  const sapSpec = { blocks: sapBlocks(), header: `${SYS_ABBR} SAP v1.1 - CUI`, footer: `${THREEPAO} | Controlled Unclassified Information`, meta: { title: 'FedRAMP System Security Plan (SSP) Template', creator: 'Rosa Castellanos', subject: '' } };
  const atoBlocks = (agency: string, official: string, title: string, leveraging: boolean): Block[] => [
    { p: `Department of Energy | ${agency}` },
    { p: agency === AGENCY ? '12155 W. Alameda Parkway, Lakewood, CO 80228' : '905 NE 11th Avenue, Portland, OR 97232' },
    { p: agency === AGENCY ? 'April 6, 2026' : 'September 14, 2026' },
    { p: `MEMORANDUM FOR: Dana Whitcomb, Chief Executive Officer, ${CSP}` },
    { p: `SUBJECT: Authority to Operate (ATO) for ${SYSTEM} (${SYS_ABBR}), FedRAMP Package ID ${SYS_ID}` },
    { p: leaving(leveraging, agency) },
    { p: `This authorization is based on the System Security Plan v2.3, the Security Assessment Report prepared by ${THREEPAO} dated March 13, 2026, and the Plan of Action and Milestones dated ${leveraging ? 'August 31, 2026' : 'March 31, 2026'}. The residual risk to ${agency} operations, assets and individuals is accepted as Moderate.` },
    { p: `This Authority to Operate is valid for three years from the date of this letter, subject to continuous monitoring. ${CSP} shall deliver monthly POA&M updates, vulnerability scan results and inventory, report incidents to the ${agency} Cyber Security Office within one hour, and submit significant change requests before implementing changes. The authorization may be revoked if the security posture of the system degrades below an acceptable level.` },
    { p: 'Collector deployments at agency substations and control centers remain subject to agency NERC CIP programs; this authorization covers the cloud service only.' },
    { p: '/s/' },
    { p: official },
    { p: title },
    { p: 'Authorizing Official' },
    { p: `cc: FedRAMP PMO (info@fedramp.gov); ${agency} CISO; ${THREEPAO}` },
  ];
  function leaving(leveraging: boolean, agency: string): string {
    return leveraging
      ? `${agency} has reviewed the FedRAMP authorization package for ${SYS_ABBR} held in the FedRAMP secure repository, originally authorized by the ${AGENCY}. Having determined that the package meets our requirements, I hereby grant an Authority to Operate to ${SYS_ABBR} for use by ${agency} at the Moderate impact level.`
      : `As the Authorizing Official for the ${agency}, I have reviewed the security authorization package for ${SYS_ABBR} and, in accordance with OMB Circular A-130 and the FedRAMP Agency Authorization process, I hereby grant an Authority to Operate at the FedRAMP Moderate impact level.`;
  }
  const checklistRows: CellValue[][] = [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['CSP Name:', CSP, '', 'Cloud Service Offering:', SYSTEM],
    ['Package ID:', SYS_ID, '', 'Impact Level:', 'Moderate'],
    [],
    ['#', 'Document / Item', 'Template Used?', 'File Name', 'Included (Y/N)', 'Comments'],
    [1, 'Initial Authorization Package Checklist', 'Yes', 'KOVC_Checklist.xlsx', 'Y', ''],
    [2, 'System Security Plan (SSP)', 'Yes', 'KOVC_SSP_v2.3.docx', 'Y', 'OSCAL version also uploaded'],
    [3, 'Attachment 1: Information Security Policies & Procedures', 'N/A', 'KOVC_Policies.zip', 'Y', '17 families'],
    [4, 'Attachment 2: User Guide', 'N/A', 'KOVC_UserGuide.pdf', 'Y', ''],
    [5, 'Attachment 3: Digital Identity Worksheet', 'Yes', 'KOVC_DIW.docx', 'Y', ''],
    [6, 'Attachment 4: PTA / PIA', 'Yes', 'KOVC_PTA.docx', 'Y', 'PIA not required'],
    [7, 'Attachment 5: Rules of Behavior', 'Yes', 'KOVC_RoB.docx', 'Y', ''],
    [8, 'Attachment 6: Information System Contingency Plan (ISCP)', 'Yes', 'KOVC_ISCP.docx', 'Y', 'Test report included'],
    [9, 'Attachment 7: Configuration Management Plan (CMP)', 'N/A', 'KOVC_CMP.docx', 'Y', ''],
    [10, 'Attachment 8: Incident Response Plan (IRP)', 'N/A', 'KOVC_IRP.docx', 'Y', ''],
    [11, 'Attachment 9: CIS / CRM Workbook', 'Yes', 'KOVC_CIS_CRM.xlsx', 'Y', ''],
    [12, 'Attachment 10: FIPS 199', 'Yes', 'KOVC_FIPS199.docx', 'Y', ''],
    [13, 'Attachment 11: Separation of Duties Matrix', 'Yes', 'KOVC_SoD.xlsx', 'Y', ''],
    [14, 'Attachment 12: FedRAMP Laws and Regulations', 'Yes', 'KOVC_Laws.xlsx', 'Y', ''],
    [15, 'Attachment 13: Integrated Inventory Workbook', 'Yes', 'KOVC_Inventory.xlsx', 'Y', ''],
    [16, 'Security Assessment Plan (SAP)', 'Yes', 'KOVC_SAP_v1.1.docx', 'Y', 'Prepared by 3PAO'],
    [17, 'Security Assessment Report (SAR)', 'Yes', 'KOVC_SAR.docx', 'Y', 'Prepared by 3PAO'],
    [18, 'Plan of Action & Milestones (POA&M)', 'Yes', 'KOVC_POAM.xlsx', 'Y', ''],
    [19, 'Agency ATO Letter', 'N/A', 'WAPA_ATO.pdf', 'Y', 'Signed'],
    [20, 'Continuous Monitoring Plan', 'N/A', 'KOVC_ConMon.docx', 'Y', ''],
  ];
  return [
    {
      file: 'KOVC_SSP_v2.3_FINAL.docx',
      expected: 'SSP',
      note: 'Word System Security Plan for the OT-monitoring SaaS with revision history, approvals, TOC, categorization and control implementation statements.',
      data: await renderDocx({ blocks: sspDocxBlocks(), header: `${SYSTEM} System Security Plan v2.3`, footer: 'CUI | Company Sensitive and Proprietary', meta: { title: `${SYS_ABBR} SSP`, creator: 'Miriam Okafor', subject: 'FedRAMP Moderate SSP' } }),
    },
    {
      file: 'upload (3).json',
      expected: 'SSP',
      note: 'OSCAL JSON system-security-plan (1.1.3) with system characteristics and implemented requirements.',
      data: `${JSON.stringify(sspObject(4501, 'json'), null, 2)}\n`,
    },
    {
      file: 'kovc-ssp-draft.yaml',
      expected: 'SSP',
      note: 'OSCAL YAML system-security-plan (draft for a major modification) with control implementations.',
      data: `---\n${stringify(sspObject(4502, 'yaml'), { lineWidth: 0 })}`,
    },
    {
      file: 'KOVC_SAP_v1.1.docx',
      expected: 'SAP',
      note: '3PAO Security Assessment Plan in Word with scope, methodology, test schedule and rules of engagement; metadata title left stale from the SSP template.',
      data: await renderDocx(sapSpec),
    },
    {
      file: 'doc-0412.xml',
      expected: 'SAP',
      note: 'OSCAL XML assessment-plan from the 3PAO with rules of engagement and reviewed controls.',
      data: sapXml(4503),
    },
    {
      file: 'Ridgeline_SAP_signed.pdf',
      expected: 'SAP',
      note: 'PDF of the signed Security Assessment Plan (same plan as the docx, the printed signature version).',
      data: await renderPdf({ ...sapSpec, meta: { title: 'KOVC SAP v1.1 signed', creator: 'Rosa Castellanos' } }),
    },
    {
      file: 'Final_v7.docx',
      expected: 'SAR',
      note: 'Security Assessment Report for the initial authorization with risk exposure table and authorization recommendation.',
      data: await renderDocx({ blocks: sarBlocks(false), header: `${THREEPAO} - SAR - ${SYS_ABBR}`, footer: 'CUI', meta: { title: 'Final_v7', creator: 'rcastellanos' } }),
    },
    {
      file: 'assessment-results-2026.json',
      expected: 'SAR',
      note: 'OSCAL JSON assessment-results from the 3PAO with observations, risks and findings.',
      data: `${JSON.stringify(sarObject(4504), null, 2)}\n`,
    },
    {
      file: 'KOVC_POAM_2027.pdf',
      expected: 'SAR',
      note: 'PDF annual Security Assessment Report (name misleadingly says POAM) with risk exposure table and recommendation to continue the authorization.',
      data: await renderPdf({ blocks: sarBlocks(true), header: `${THREEPAO} - Annual SAR`, footer: 'CUI', meta: {} }),
    },
    {
      file: 'KOVC_POAM_2026-02.xlsx',
      expected: 'POAM',
      note: 'Monthly POA&M workbook in FedRAMP template layout (Open/Closed POA&M Items sheets, header row at row 5).',
      data: await renderXlsx({
        meta: { creator: 'Miriam Okafor', title: 'FedRAMP POA&M Template' },
        sheets: [
          { name: 'Open POA&M Items', rows: poamRows(false), boldRows: [1, 5] },
          { name: 'Closed POA&M Items', rows: [['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Original Detection Date', 'Status Date', 'Comments'], ['V-2025-207', 'CM-6', 'SSH root login permitted on bastion AMI', 'PermitRootLogin yes', '11/03/2025', '01/09/2026', 'Closed - bastion replaced by SSM']], boldRows: [1] },
          { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['02/28/2026', 'February ConMon update', 'M. Okafor']] },
        ],
      }),
    },
    {
      file: 'Book1.xlsx',
      expected: 'POAM',
      note: 'POA&M workbook drifted from the template (header row moved to row 6, POAM ID column renamed), still the monthly POA&M.',
      data: await renderXlsx({
        meta: { creator: 'kestrel-grc-export' },
        sheets: [
          { name: 'Open Items', rows: poamRows(true), boldRows: [6] },
          { name: 'Closed Items', rows: [['POA&M Item ID', 'Controls', 'Weakness Name', 'Closure Date'], ['V-2026-015', 'AC-2', 'Dormant privileged users', '02/20/2026']] },
        ],
      }),
    },
    {
      file: 'kovc-poam-feb.xml',
      expected: 'POAM',
      note: 'OSCAL XML plan-of-action-and-milestones with four poam-items.',
      data: poamXml(4505),
    },
    {
      file: 'scan0093.pdf',
      expected: 'ATO_LETTER',
      note: 'Signed agency memorandum granting an Authority to Operate for the SaaS, signed by the WAPA authorizing official.',
      data: await renderPdf({ blocks: atoBlocks(AGENCY, 'Laurence P. Tafoya', 'Chief Information Officer, Western Area Power Administration', false), meta: { creator: 'RICOH IM C3000', title: 'scan0093' } }),
    },
    {
      file: 'BPA_ATO_KOVC.pdf',
      expected: 'ATO_LETTER',
      note: 'Leveraging agency (BPA) Authority to Operate letter reusing the FedRAMP package.',
      data: await renderPdf({ blocks: atoBlocks(AGENCY2, 'Karen J. Ostergaard', 'Chief Information Security Officer, Bonneville Power Administration', true), header: 'BONNEVILLE POWER ADMINISTRATION', meta: {} }),
    },
    {
      file: 'package_checklist.xlsx',
      expected: 'AUTHORIZATION_CHECKLIST',
      note: 'FedRAMP Initial Authorization Package Checklist workbook listing every package item and whether it is included.',
      data: await renderXlsx({ meta: { creator: 'Miriam Okafor' }, sheets: [{ name: 'Checklist', rows: checklistRows, boldRows: [1, 5], widths: [5, 58, 14, 28, 12, 30] }] }),
    },
    {
      file: 'upload (7).docx',
      expected: 'AUTHORIZATION_CHECKLIST',
      note: 'Word version of the FedRAMP Initial Authorization Package Checklist with the checklist table of package items.',
      data: await renderDocx({
        blocks: [
          { big: 'FedRAMP Initial Authorization Package Checklist' },
          { p: `Cloud Service Provider: ${CSP}    Cloud Service Offering: ${SYSTEM}    Impact Level: Moderate    Authorization Type: Agency (${AGENCY})` },
          { p: 'Instructions: The CSP completes this checklist and uploads it with the initial authorization package. Indicate for each item whether the FedRAMP template was used and the file name in the secure repository. Incomplete packages are returned by the PMO.' },
          { table: checklistRows.slice(4).map((r) => r.map((c) => (c === null ? '' : String(c)))) },
          { p: 'CSP attestation: I confirm that the package items above are complete and current as of the submission date.' },
          { table: [['Name', 'Title', 'Signature', 'Date'], ['Miriam Okafor', 'ISSO', '', '04/01/2026']] },
        ],
        meta: { title: 'Checklist' },
      }),
    },
  ];
}
