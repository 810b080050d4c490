/** Body text of the 3PAO's Security Assessment Plan and Report, and the agency's ATO letter. */
import type { Block } from '../kit/model.js';
import { bullets, h1, h2, p, table } from '../kit/model.js';
import type { Product } from '../kit/wrappers.js';
import { CO, TPAO } from '../kit/wrappers.js';

export function sapBody(P: Product): Block[] {
  return [
    h1('1. Introduction'),
    p(`This Security Assessment Plan (SAP) was developed by ${TPAO.name} for the ${P.impact === 'Low' ? 'initial' : 'annual'} assessment of ${P.name}. It describes the scope, methodology, test plan and rules of engagement for the assessment, which will be performed in accordance with NIST SP 800-53A Rev. 5 and the FedRAMP Security Assessment Plan template. The SAP must be approved by the ${P.agencyAbbr} authorizing official before testing begins.`),
    h1('2. Purpose'),
    p(`The purpose of this SAP is to describe how ${TPAO.short} will assess the security controls of ${P.abbr} to determine the extent to which they are implemented correctly, operating as intended and producing the desired outcome. The results will be reported in the Security Assessment Report (SAR).`),
    h1('3. Applicable Laws, Regulations, Standards and Guidance'),
    p('FISMA 2014; OMB A-130; NIST SP 800-37 Rev. 2; NIST SP 800-53 Rev. 5; NIST SP 800-53A Rev. 5; NIST SP 800-115; FedRAMP Penetration Test Guidance; FedRAMP 3PAO Obligations and Performance Standards.'),
    h1('4. Scope'),
    p(`The assessment covers all components within the ${P.abbr} authorization boundary described in SSP ${'SI-FRP-0042'} Revision 3 and its Integrated Inventory Workbook, in the production environment hosted on ${P.iaas}.`),
    table([['Location', 'Components', 'Description'], ['Primary region', 'Web, application, database and management tiers', 'Production'], ['Alternate region', 'Warm standby database, replicated storage', 'Disaster recovery'], ['CFSI Reston', 'None in scope', 'Interviews only']]),
    h1('5. Assumptions'),
    bullets(`${CO.short} resources, including documentation and individuals with knowledge of the system, will be available within the timeframes in the schedule.`, `The ${CO.short} POC will provide credentials for authenticated scanning no later than the first day of testing.`, 'Security controls that have been identified as inherited will be assessed by review of the leveraged authorization package.'),
    h1('6. Methodology'),
    p('Controls will be assessed using the examine, interview and test methods of NIST SP 800-53A. The test case procedures in Appendix A of this SAP (the FedRAMP Security Requirements Traceability Matrix) will be used, and results documented per assessment objective.'),
    h2('6.1 Control Testing'),
    p('Sampling of populations (user accounts, change tickets, servers) follows the FedRAMP sampling methodology; sample sizes are recorded in the test workpapers.'),
    h2('6.2 Vulnerability Scanning'),
    p('Authenticated operating system, database and web application scans will be performed with Tenable Nessus, Tenable WAS and Burp Suite Professional against 100% of the inventory. Results are validated to remove false positives.'),
    h2('6.3 Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance attack vectors: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, corporate to CSP management system, and mobile application where applicable.'),
    h1('7. Test Plan'),
    h2('7.1 3PAO Team Roles'),
    table([['Name', 'Role', 'Contact'], [TPAO.lead, 'Assessment Lead', 'aquintero@keystoneassure.example'], [TPAO.pentest, 'Penetration Test Lead', 'sokonkwo@keystoneassure.example'], ['Miriam T. Feldstein', 'Technical Assessor', 'mfeldstein@keystoneassure.example']]),
    h2('7.2 Testing Schedule'),
    table([['Task', 'Start Date', 'Finish Date'], ['Kick-off meeting', '2025-05-05', '2025-05-05'], ['Documentation review', '2025-05-05', '2025-05-09'], ['Interviews and control testing', '2025-05-12', '2025-05-23'], ['Vulnerability scanning', '2025-05-12', '2025-05-16'], ['Penetration testing', '2025-05-19', '2025-05-30'], ['Draft SAR delivered', '2025-06-20', '2025-06-20']]),
    h1('8. Rules of Engagement'),
    p(`These rules of engagement govern the penetration testing and scanning activities. Testing will be performed from the ${TPAO.short} IP addresses 198.51.100.24-28. ${CO.short} will not block these addresses during the test window. Disclosure: all findings are confidential and disclosed only to ${CO.short}, the ${P.agencyAbbr} AO and the FedRAMP PMO.`),
    h2('8.1 Limitations'),
    bullets('No denial-of-service testing will be performed.', 'Social engineering is limited to a phishing exercise targeting administrators, approved by the CSP.', 'Production data will not be exfiltrated; proof of access is captured by screenshots.'),
    h2('8.2 Communication of Test Results'),
    p('Critical findings that present an immediate risk are reported to the CSP point of contact within one hour by telephone.'),
    h1('9. Signatures'),
    p(`The undersigned accept the Security Assessment Plan and the Rules of Engagement described in this document.`),
    table([['Name', 'Organization', 'Signature', 'Date'], [CO.pm, CO.name, '', ''], [TPAO.lead, TPAO.name, '', ''], [P.ao, P.agency, '', '']]),
  ];
}

export function sarBody(P: Product): Block[] {
  return [
    h1('Executive Summary'),
    p(`${TPAO.name} performed an independent security assessment of ${P.name} from May 5 to May 30, 2025, according to the approved Security Assessment Plan. This Security Assessment Report (SAR) documents the results: the controls assessed, the risks identified and the authorization recommendation. ${TPAO.short} assessed ${P.impact === 'High' ? '410' : P.impact === 'Moderate' ? '323' : '156'} controls and enhancements of the FedRAMP ${P.impact} baseline.`),
    table([['Risk Category', 'Total', '% of Total'], ['High', '2', '7%'], ['Moderate', '11', '38%'], ['Low', '14', '48%'], ['Operationally Required', '2', '7%'], ['Total', '29', '100%']]),
    h1('1. Introduction'),
    h2('1.1 Applicable Laws, Regulations, Standards and Guidance'),
    p('FISMA 2014; NIST SP 800-53A Rev. 5; NIST SP 800-115; FedRAMP SAR template and Penetration Test Guidance.'),
    h2('1.2 Purpose'),
    p(`The purpose of this report is to provide the ${P.agencyAbbr} authorizing official with the results of the independent assessment so that an informed risk-based authorization decision can be made.`),
    h2('1.3 Scope'),
    p(`The assessment covered the ${P.abbr} production and alternate environments as described in the SSP and the SAP; the inventory sampled 100% of hosts for scanning.`),
    h1('2. System Overview'),
    p(`${P.abbr} is a ${P.model} offering on ${P.iaas} categorized as FIPS 199 ${P.impact}.`),
    h1('3. Assessment Methodology'),
    p('Control testing used examine, interview and test methods; vulnerability scanning covered operating systems, databases and web applications; penetration testing addressed the FedRAMP attack vectors. Risks were rated using NIST SP 800-30 likelihood and impact definitions.'),
    h1('4. Security Assessment Results'),
    h2('4.1 Summary of Risks'),
    p('Two high risks were identified: an outdated container base image with a known-exploited vulnerability, and incomplete multifactor enforcement for a break-glass account. Both have remediation plans in the POA&M.'),
    h2('4.2 Risks Corrected During Testing'),
    p('Four low risks were corrected and validated during testing, including weak TLS cipher suites on an internal load balancer and verbose error messages in the API.'),
    h2('4.3 Risks with Mitigating Factors'),
    p('Three moderate risks were reduced to low based on compensating controls verified by the assessor.'),
    h2('4.4 Risks Remaining Due to Operational Requirements'),
    p('Two risks remain due to operational requirements and are documented in deviation requests.'),
    h1('5. Non-Conforming Controls'),
    table([['Control', 'Finding', 'Status'], ['AC-2(3)', 'Inactive accounts not disabled within 90 days for 3 of 40 sampled accounts', 'Open'], ['IA-2(1)', 'Break-glass account not enrolled in MFA', 'Open'], ['RA-5', 'Authenticated scan coverage at 96%', 'Open'], ['CM-6', 'Two hosts deviate from the STIG baseline', 'Open']]),
    h1('6. Risk Exposure Table'),
    table([['Identifier', 'Name', 'Source of Discovery', 'Likelihood', 'Impact', 'Risk Exposure', 'Risk Statement'], ['SAR-01', 'Known exploited vulnerability in base image', 'Container scan', 'High', 'High', 'High', 'Remote code execution in image processing library'], ['SAR-02', 'Break-glass account without MFA', 'Control test', 'Moderate', 'High', 'High', 'Privileged access with single factor'], ['SAR-03', 'Inactive accounts', 'Control test', 'Moderate', 'Moderate', 'Moderate', 'Unused accounts could be misused'], ['SAR-04', 'STIG deviations', 'Configuration scan', 'Low', 'Moderate', 'Low', 'Hardening settings not applied']]),
    h1('7. Authorization Recommendation'),
    p(`${TPAO.short} recommends that ${P.name} be granted an authorization to operate by ${P.agency}. The system has implemented the FedRAMP ${P.impact} baseline with a residual risk that is acceptable given the corrective actions planned in the POA&M, provided the two high risks are remediated within 30 days. The attestation of the 3PAO follows.`),
    table([['3PAO Lead Assessor', 'Signature', 'Date'], [TPAO.lead, '', '2025-06-20']]),
  ];
}

export function atoLetterBlocks(P: Product, date: string): Block[] {
  return [
    p(P.agency.toUpperCase()),
    p('Office of the Chief Information Officer'),
    p('1800 F Street NW, Washington, DC 20405'),
    p(date),
    p(`MEMORANDUM FOR: ${CO.pm}, System Owner, ${CO.name}`),
    p(`FROM: ${P.ao}, ${P.aoTitle}`),
    p(`SUBJECT: Authority to Operate (ATO) for ${P.name} (${P.abbr}), FedRAMP Package ID ${P.fedrampId}`),
    p(`Based on my review of the security authorization package for ${P.name}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO.name}, and the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets, individuals, other organizations and the Nation resulting from the operation of the system is acceptable. Accordingly, I am issuing an Authority to Operate for ${P.abbr} at the FIPS 199 ${P.impact} impact level.`),
    p('This authorization is valid for three years from the date of this letter, provided the system is operated under the continuous monitoring strategy described in the FedRAMP Continuous Monitoring Strategy Guide, including monthly submission of vulnerability scan results, an updated POA&M and inventory, and an annual assessment by an accredited 3PAO. The authorization may be revoked at any time if the risk posture changes significantly.'),
    p('The following conditions apply: (1) the two high risks identified in the SAR shall be remediated within 30 days; (2) any significant change shall be submitted for approval before implementation; (3) security incidents shall be reported in accordance with the FedRAMP Incident Communications Procedures.'),
    p('A copy of this letter will be provided to the FedRAMP PMO for posting the authorization in the FedRAMP Marketplace.'),
    p(`${P.ao}`),
    p(`${P.aoTitle} and Authorizing Official`),
    p(`cc: ${P.agencyAbbr} Chief Information Security Officer; FedRAMP PMO (info@fedramp.gov); ${CO.isso}, ISSO`),
  ];
}
