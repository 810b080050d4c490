/** SAP and SAR outlines. Train follows FedRAMP's templates; holdout is a 3PAO's own house style. */
import type { Sec } from '../lib/compose.js';
import type { Agency, Assessor, Csp } from '../lib/parties.js';
import { longDate, daysAfter } from '../lib/rng.js';

const ip = (csp: Csp, a: number, b: number): string => `${csp.net}.${a}.${b}`;

export function sapTrain(csp: Csp, tpao: Assessor): Sec[] {
  return [
    { h: 'Introduction', p: [`This Security Assessment Plan (SAP) has been developed by ${tpao.name}, an accredited Third Party Assessment Organization (3PAO), for the {CSO}. It describes the scope, methodology, test plan and rules of engagement for the assessment.`] },
    { h: 'Purpose', lvl: 2, p: ['The purpose of this SAP is to obtain agreement between the CSP, the sponsoring agency and the 3PAO on how the assessment will be conducted, before testing begins.'] },
    { h: 'Applicable Laws, Regulations, Standards and Guidance', lvl: 2, p: ['The assessment follows NIST SP 800-53A Revision 5, the FedRAMP Security Assessment Framework and the FedRAMP Penetration Test Guidance.'] },
    { h: 'Scope' },
    { h: 'Information System Name/Title', lvl: 2, table: { header: ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], rows: [[csp.fedrampId, csp.cso, csp.abbr]] } },
    { h: 'IP Addresses Slated for Testing', lvl: 2, table: { header: ['IP Address(es) or Ranges', 'Hostname', 'Software and Version', 'Function'], rows: [[ip(csp, 1, 10), 'bastion01', 'Amazon Linux 2023', 'Bastion'], [`${csp.net}.10.0/24`, 'app-*', 'Ubuntu 22.04 LTS', 'Application tier'], [`${csp.net}.20.0/24`, 'db-*', 'PostgreSQL 15', 'Database tier']] } },
    { h: 'Web Applications Slated for Testing', lvl: 2, table: { header: ['Login URL', 'IP Address of Login Host', 'Function'], rows: [[`https://app.${csp.domain}/login`, ip(csp, 0, 25), 'Customer portal'], [`https://admin.${csp.domain}`, ip(csp, 0, 26), 'Administrative console']] } },
    { h: 'Databases Slated for Testing', lvl: 2, table: { header: ['Database Name', 'Hostname', 'IP Address', 'Software and Version', 'Function'], rows: [['casedb', 'db-primary', ip(csp, 20, 11), 'PostgreSQL 15.4', 'Primary data store']] } },
    { h: 'Roles Slated for Testing', lvl: 2, table: { header: ['Role Name', 'Test User ID', 'Associated Functions'], rows: [['Customer Administrator', 'tpao_admin01', 'User and settings management'], ['Customer User', 'tpao_user01', 'Case editing'], ['Read-Only', 'tpao_ro01', 'Viewing']] } },
    { h: 'Assumptions', bullets: ['The CSP will provide resources and access as required to perform the testing.', 'Security controls that have been identified as "Not Applicable" will be reviewed.', 'The system will be frozen from a development perspective during testing.'] },
    { h: 'Test Methodology' },
    { h: 'Control Testing', lvl: 2, p: ['Controls are assessed using the examine, interview and test methods of NIST SP 800-53A. Test case procedures are provided in the FedRAMP Security Assessment Test Cases workbook.'] },
    { h: 'Data Gathering', lvl: 2, p: ['Evidence is collected through documentation review, interviews with system personnel and technical testing, and recorded in the 3PAO evidence repository.'] },
    { h: 'Sampling', lvl: 2, p: ['Where populations are large, the 3PAO samples according to the FedRAMP sampling methodology; the sampling approach is documented in the SAR.'] },
    { h: 'Penetration Test', lvl: 2, p: ['Penetration testing is performed according to the FedRAMP Penetration Test Guidance. See Appendix B, Penetration Test Plan.'] },
    { h: 'Test Plan' },
    { h: 'Security Assessment Team', lvl: 2, table: { header: ['Name', 'Role', 'Contact'], rows: [[tpao.lead.name, tpao.lead.title, tpao.lead.email], [tpao.tester.name, tpao.tester.title, tpao.tester.email]] } },
    { h: 'CSP Testing Points of Contact', lvl: 2, table: { header: ['Name', 'Role', 'Phone'], rows: [[csp.isso.name, csp.isso.title, csp.isso.phone], [csp.engineer.name, csp.engineer.title, csp.engineer.phone]] } },
    { h: 'Testing Performed Using Automated Tools', lvl: 2, table: { header: ['Tool Name', 'Vendor', 'Purpose'], rows: [['Nessus Professional 10.7', 'Tenable', 'Infrastructure and database scanning'], ['Burp Suite Professional 2024.x', 'PortSwigger', 'Web application scanning'], ['ScoutSuite 5.14', 'NCC Group', 'Cloud configuration review']] } },
    { h: 'Testing Performed Through Manual Methods', lvl: 2, p: ['Manual tests include authentication and session management checks, privilege escalation attempts and configuration reviews against the baselines.'] },
    { h: 'Schedule', lvl: 2, table: { header: ['Task Name', 'Start Date', 'Finish Date'], rows: [['Kick-off meeting', '04/07/2025', '04/07/2025'], ['Documentation review', '04/08/2025', '04/18/2025'], ['Technical testing and penetration test', '04/21/2025', '05/09/2025'], ['SAR delivery', '05/30/2025', '05/30/2025']] } },
    { h: 'Rules of Engagement', breakBefore: true, p: ['A Rules of Engagement (ROE) is a document designed to describe proper notifications and disclosures between the owner of a tested system and an independent assessor.'] },
    { h: 'Disclosures', lvl: 2, bullets: ['Any testing will be performed according to terms and conditions designed to minimize risk exposure that could occur during security testing.', `All testing will be performed from ${tpao.address} or from the 3PAO's cloud test environment.`] },
    { h: 'End of Testing', lvl: 2, p: ['The 3PAO will notify the CSP points of contact when testing has ended.'] },
    { h: 'Communication of Test Results', lvl: 2, p: ['Findings of high risk are communicated to the CSP immediately; all results are documented in the Security Assessment Report.'] },
    { h: 'Security Testing May Include', lvl: 2, bullets: ['Port scans and other network service interaction and queries', 'Network sniffing, traffic monitoring and traffic analysis', 'Trying to guess passwords of test accounts', 'Exploitation of identified vulnerabilities with CSP approval'] },
    { h: 'Security Testing Will Not Include', lvl: 2, bullets: ['Changes to assigned user passwords', 'Modification of user files or system files', 'Intentional viewing of customer data', 'Denial of service attacks'] },
    { h: 'Signatures', lvl: 2, table: { header: ['Organization', 'Name', 'Signature', 'Date'], rows: [[csp.name, csp.owner.name, '', ''], [tpao.name, tpao.lead.name, '', '']] } },
    { h: 'Appendix B: Penetration Test Plan', unnumbered: true, breakBefore: true, p: ['The penetration test addresses the attack vectors required by the FedRAMP Penetration Test Guidance.'], table: { header: ['Attack Vector', 'In Scope', 'Approach'], rows: [['External to Corporate', 'Yes', 'Social engineering (phishing) of CSP administrators'], ['External Untrusted to Internal Untrusted', 'Yes', 'Authenticated and unauthenticated web testing'], ['Tenant to Tenant', 'Yes', 'Attempt to access another tenant\'s data'], ['Mobile Application', 'No', 'No mobile application exists']] } },
  ];
}

export function sarTrain(csp: Csp, tpao: Assessor, agency: Agency): Sec[] {
  const sapDate = longDate(daysAfter(-75));
  return [
    { h: 'Executive Summary', unnumbered: true, p: [`${tpao.name} performed an independent security assessment of the {CSO} between April 21, 2025 and May 9, 2025, in accordance with the Security Assessment Plan (SAP) approved by ${agency.name} on ${sapDate}. This Security Assessment Report (SAR) documents the results.`, 'The assessment identified 0 high, 4 moderate and 7 low risks. Three risks were corrected during testing.'] },
    { h: 'Introduction' },
    { h: 'Applicable Laws and Regulations', lvl: 2, p: ['FISMA 2014; OMB Circular A-130.'] },
    { h: 'Applicable Standards and Guidance', lvl: 2, p: ['NIST SP 800-53 Rev. 5; NIST SP 800-53A Rev. 5; NIST SP 800-115; FedRAMP Penetration Test Guidance.'] },
    { h: 'Purpose', lvl: 2, p: ['This SAR documents the results of the assessment and provides the authorizing official with the information needed to make a risk-based authorization decision.'] },
    { h: 'Scope', lvl: 2, p: ['The scope of the assessment is described in the SAP. No deviations from the SAP occurred other than those listed in section 3.'] },
    { h: 'System Overview' },
    { h: 'Security Categorization', lvl: 2, p: [`The {CSO} is categorized as a ${csp.level} impact system.`] },
    { h: 'System Description', lvl: 2, p: ['{CSO} is a {MODEL} offering hosted in {REGION}.'] },
    { h: 'Assessment Methodology' },
    { h: 'Perform Tests', lvl: 2, p: ['Tests were performed using the FedRAMP test case workbook and the tools listed in the SAP.'] },
    { h: 'Identification of Vulnerabilities', lvl: 2, p: ['Vulnerabilities were identified through automated scanning, manual testing and documentation review.'] },
    { h: 'Consideration of Threats', lvl: 2, p: ['Threat sources considered include those listed in NIST SP 800-30 Revision 1.'] },
    { h: 'Perform Risk Analysis', lvl: 2, p: ['Risk exposure was determined from likelihood and impact according to the FedRAMP risk matrix.'] },
    { h: 'Security Assessment Results' },
    { h: 'Security Assessment Summary', lvl: 2, table: { header: ['Risk Category', 'Total', '% of Total'], rows: [['High', '0', '0%'], ['Moderate', '4', '36%'], ['Low', '7', '64%'], ['Operationally Required', '1', '9%'], ['Total', '11', '100%']] } },
    { h: 'Non-Conforming Controls' },
    { h: 'Risks Corrected During Testing', lvl: 2, table: { header: ['Identifier', 'Description', 'Source of Discovery', 'Initial Risk Rating', 'Remediation Description', 'Date of Remediation'], rows: [['V-003', 'TLS 1.0 enabled on admin load balancer', 'Nessus', 'Moderate', 'Disabled TLS 1.0/1.1', '05/02/2025']] } },
    { h: 'Risks with Mitigating Factors', lvl: 2, p: ['None.'] },
    { h: 'Risks Remaining Due to Operational Requirements', lvl: 2, table: { header: ['Identifier', 'Description', 'Source of Discovery', 'Initial Risk Rating', 'Current Risk Rating', 'Justification'], rows: [['V-009', 'SSH CBC ciphers required by legacy HSM client', 'Nessus', 'Low', 'Low', 'Vendor dependency; tracked in POA&M']] } },
    { h: 'Risks Known for Interconnected Systems', p: ['No risks were identified for interconnected systems.'] },
    { h: 'Authorization Recommendation', p: [`${tpao.name} recommends that the {CSO} be granted an Authority to Operate at the FedRAMP ${csp.level} impact level. All high risks have been remediated and the remaining moderate and low risks are tracked in the CSP's Plan of Action and Milestones.`] },
    { h: 'Appendix A: Risk Exposure Table', unnumbered: true, breakBefore: true, table: { header: ['Identifier', 'Name', 'Source of Discovery', 'Affected IP Address/Hostname', 'Likelihood Level', 'Impact Level', 'Risk Exposure Level', 'Recommendation for Mitigation', 'Status'], rows: [['V-001', 'Password policy does not enforce minimum age', 'Documentation review', 'IdP', 'Low', 'Moderate', 'Low', 'Configure minimum password age', 'Open'], ['V-002', 'Audit records not reviewed weekly', 'Interview', 'SIEM', 'Moderate', 'Moderate', 'Moderate', 'Implement weekly review', 'Open'], ['V-005', 'HSTS header missing', 'Burp Suite', `app.${csp.domain}`, 'Moderate', 'Moderate', 'Moderate', 'Enable HSTS', 'Open'], ['V-007', 'Outdated OpenSSH on bastion', 'Nessus', ip(csp, 1, 10), 'Moderate', 'Moderate', 'Moderate', 'Upgrade OpenSSH', 'Open']] } },
    { h: 'Appendix C: Infrastructure Scan Results', unnumbered: true, p: ['Raw .nessus files are provided separately.'] },
    { h: 'Appendix J: Penetration Test Report', unnumbered: true, p: ['The penetration test report is provided as a separate document.'] },
  ];
}

export function sapHoldout(csp: Csp, tpao: Assessor): Sec[] {
  return [
    { h: 'Engagement overview', p: [`${tpao.name} will perform the {YEAR} annual assessment of {CSO}. This assessment plan tells the CSP and the agency what we will test, how, when, and under what ground rules.`] },
    { h: 'Systems in scope', table: { header: ['Asset / URL', 'Type', 'Environment'], rows: [[`https://portal.${csp.domain}`, 'Web application', 'Production'], [`https://api.${csp.domain}/v2`, 'API', 'Production'], [`${csp.net}.4.0/22`, 'Kubernetes nodes', 'Production'], [`${csp.net}.8.0/24`, 'Managed databases', 'Production']] } },
    { h: 'Controls selected for this year', p: ['Core controls required by FedRAMP for annual assessment, controls affected by significant changes since the last assessment, controls with open POA&M items, and a one-third rotation of the remaining baseline.'] },
    { h: 'How controls will be assessed', p: ['Each control is examined, tested or discussed in interviews following SP 800-53A assessment procedures. Samples of populations (accounts, changes, incidents) are drawn by the assessors, not by the CSP.'] },
    { h: 'Tooling', bullets: ['Tenable Nessus (authenticated OS and database scans)', 'OWASP ZAP and Burp Suite (web and API)', 'Prowler (cloud configuration)', 'Custom scripts for tenant isolation tests'] },
    { h: 'Penetration testing approach', p: ['Attack vectors: internet to external trusted, internet to internal, tenant to tenant, and a phishing campaign against administrators. Testing stops at proof of access; no data is exfiltrated.'] },
    { h: 'Engagement rules', p: ['Testing windows: weekdays 08:00–20:00 Eastern. Denial of service and destructive tests are excluded. If a critical issue is found, the test lead calls the CSP security contact within one hour. Either party may pause testing at any time.'] },
    { h: 'Timeline', table: { header: ['Milestone', 'Target date'], rows: [['Plan approval', 'Week 0'], ['Onsite/remote testing', 'Weeks 2–4'], ['Draft report', 'Week 7'], ['Final report', 'Week 9']] } },
    { h: 'Approvals', table: { header: ['Party', 'Name', 'Date'], rows: [['CSP', csp.owner.name, ''], ['3PAO', tpao.lead.name, ''], ['Agency', '', '']] } },
  ];
}

export function sarHoldout(csp: Csp, tpao: Assessor, agency: Agency): Sec[] {
  return [
    { h: 'Summary of results', p: [`Between March 3 and March 21, 2025, ${tpao.name} assessed {CSO} following the assessment plan approved by ${agency.short}. We tested 142 controls and identified 9 weaknesses: 1 high, 3 moderate and 5 low.`, 'Overall, the system\'s security posture is consistent with the FedRAMP {LEVEL} baseline.'] },
    { h: 'What we assessed', p: ['Scope matched the plan with one exception: the reporting replica database was added at the CSP\'s request after a significant change approved in January.'] },
    { h: 'How we tested', p: ['Documentation review, 23 interviews, authenticated scanning of 48 hosts and 6 databases, web application testing of 2 applications and a penetration test covering four attack vectors.'] },
    { h: 'Findings overview', table: { header: ['Risk level', 'Open', 'Closed during testing', 'Total'], rows: [['High', '1', '0', '1'], ['Moderate', '2', '1', '3'], ['Low', '5', '0', '5']] } },
    { h: 'Open findings', table: { header: ['ID', 'Weakness', 'Control', 'Likelihood', 'Impact', 'Risk', 'Recommendation'], rows: [['F-01', 'Tenant isolation bypass via export API', 'AC-4', 'Moderate', 'High', 'High', 'Enforce tenant ID on export jobs'], ['F-02', 'Stale privileged accounts', 'AC-2(3)', 'Moderate', 'Moderate', 'Moderate', 'Automate 90-day disablement'], ['F-04', 'Missing security headers', 'SC-8', 'Low', 'Moderate', 'Low', 'Add CSP and HSTS headers']] } },
    { h: 'Findings closed during testing', p: ['F-03 (outdated OpenSSL in base image) was remediated and verified on March 19.'] },
    { h: 'Deviation requests reviewed', p: ['We reviewed two false-positive and one operational requirement deviation request and concur with all three.'] },
    { h: 'Assessor recommendation', p: [`${tpao.name} recommends that ${agency.name} authorize {CSO} once finding F-01 is remediated and verified, with the remaining weaknesses tracked in the POA&M.`] },
    { h: 'Attestation', p: ['We attest that this assessment was performed independently and in accordance with FedRAMP requirements.'], table: { header: ['Name', 'Title', 'Signature', 'Date'], rows: [[tpao.lead.name, tpao.lead.title, '', '']] } },
  ];
}
