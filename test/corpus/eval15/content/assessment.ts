import type { Block } from '../kit/blocks.js';
import { bullets, h1, h2, line, numberHeadings, p, table, title, tocOf } from '../kit/blocks.js';
import type { Agency, Assessor, Csp } from './orgs.js';
import { revisionHistory } from './orgs.js';

const brk: Block = { kind: 'break' };

/** A 3PAO's Security Assessment Plan in the FedRAMP SAP template's structure. */
export function sapBlocks(csp: Csp, a: Assessor, agency: Agency, date: string, annual: boolean): Block[] {
  const body = numberHeadings([
    h1('Introduction'),
    p(`This Security Assessment Plan (SAP) describes how ${a.name} will assess the ${csp.cso} (${csp.acronym}) of ${csp.name} for ${annual ? 'its annual assessment under FedRAMP continuous monitoring' : `an initial agency authorization by the ${agency.name}`}. It identifies the scope, the controls to be tested, the assessment methodology, the test schedule, the roles of the assessment team and the rules of engagement for penetration testing. The plan is based on the System Security Plan version frozen on ${date}.`),
    h2('Applicable Laws, Regulations, Standards and Guidance'),
    p('The assessment follows NIST SP 800-53A Revision 5, the FedRAMP Security Assessment Plan template and test case workbook, the FedRAMP Penetration Test Guidance, and the FedRAMP Vulnerability Scanning Requirements.'),
    h1('Scope'),
    p(`The assessment covers the ${csp.acronym} authorization boundary described in Section 9 of the SSP. The hosting infrastructure (${csp.hosting}) holds its own FedRAMP authorization and inherited controls are not retested; shared controls are tested for the ${csp.short} portion.`),
    table([['Location', 'Components', 'Testing'], ['Primary region', 'Web tier, application cluster, data tier, management plane', 'Interviews, examination, technical testing, scanning, penetration testing'], ['Secondary region', 'Standby cluster, replicas, backups', 'Examination and sampling; scanning'], [`${csp.short} operations center`, 'Administrative workstations, access proxy', 'Examination, interviews']]),
    h2('Controls to be Assessed'),
    p(annual ? `For the annual assessment, the core controls designated by FedRAMP, the controls changed since the last assessment, and one third of the remaining ${csp.level} baseline controls are tested, together with the controls associated with open POA&M items.` : `All controls of the FedRAMP ${csp.level} baseline are tested, with the exception of controls fully inherited from the underlying FedRAMP-authorized infrastructure, as listed in the CIS/CRM workbook.`),
    h1('Assumptions'),
    bullets(`${csp.short} provides the latest SSP, attachments and evidence at least five business days before testing begins.`, 'Credentials for authenticated scanning are provided for every host and database in the inventory.', 'The system is frozen during testing: no changes other than emergency security fixes coordinated with the 3PAO.', 'Testing personnel are available for interviews at the scheduled times.'),
    h1('Methodology'),
    p('Controls are assessed using the examine, interview and test methods of SP 800-53A. The 3PAO records results in the FedRAMP Security Test Case Procedures workbook. Evidence is sampled according to the 3PAO\'s sampling methodology, which is described in Appendix B.'),
    h2('Vulnerability Scanning'),
    p('Authenticated operating system, database and web application scans of 100% of the inventory are performed by the 3PAO with its own tools: Tenable Nessus for infrastructure and databases, and Burp Suite Enterprise for web applications. Scanner configurations and plugin updates are recorded; the results are provided with the SAR.'),
    h2('Penetration Testing'),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors it defines: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, mobile application (not applicable), and client-side application and agents.'),
    h1('Test Plan'),
    table([['Role', 'Name', 'Organization'], ['3PAO Assessment Lead', a.lead, a.name], ['Penetration Tester', a.tester, a.name], ['Quality Assurance', a.qa, a.name], ['CSP Point of Contact', csp.isso, csp.name]]),
    h2('Testing Schedule'),
    table([['Task', 'Start', 'End'], ['Kick-off and documentation review', 'Week 1', 'Week 1'], ['Interviews and examination', 'Week 2', 'Week 3'], ['Vulnerability scanning', 'Week 2', 'Week 2'], ['Penetration testing', 'Week 3', 'Week 4'], ['Draft SAR delivered', 'Week 6', 'Week 6']]),
    h1('Rules of Engagement'),
    p(`The rules of engagement below govern the technical testing. They are agreed between ${a.name} and ${csp.name} and signed in Section 8. Testing is performed from the 3PAO's static IP addresses listed in Table 7-1; denial-of-service testing is excluded; testers stop and notify the CSP immediately on discovering evidence of a prior compromise or a vulnerability that places data at imminent risk.`),
    table([['3PAO Source IP Addresses', 'Purpose'], ['198.51.100.24', 'External scanning and penetration testing'], ['198.51.100.25', 'Web application testing']]),
    h2('Disclosures'),
    p('Findings are disclosed only to the CSP, the authorizing agency and the FedRAMP PMO. Test data is destroyed 30 days after the acceptance of the SAR.'),
    h1('Signatures'),
    table([['Name', 'Title', 'Signature', 'Date'], [a.lead, '3PAO Assessment Lead', '', ''], [csp.iso, 'CSP System Owner', '', ''], [agency.ao, 'Authorizing Official', '', '']]),
  ]);
  return [
    line(a.name, true, 'right'),
    title(`Security Assessment Plan (SAP)`, 44),
    line(`${csp.cso}`, true, 'center'),
    line(`${csp.name}`, false, 'center'),
    line(`${annual ? 'Annual Assessment' : 'Initial Assessment'} — FedRAMP ${csp.level}`, false, 'center'),
    line(date, false, 'center'),
    brk,
    ...revisionHistory([[date, '1.0', 'Draft for CSP and agency review', a.lead], [date, '1.1', 'Agency comments incorporated', a.lead]]),
    line('Table of Contents', true),
    tocOf(body),
    brk,
    ...body,
  ];
}

/** A 3PAO's Security Assessment Report with risk exposure table and recommendation. */
export function sarBlocks(csp: Csp, a: Assessor, agency: Agency, date: string): Block[] {
  const findings = [
    ['V-001', 'RA-5', 'Outdated OpenSSL package on bastion hosts', 'High', 'Moderate', 'Open — scheduled'],
    ['V-002', 'AC-2(3)', 'Inactive accounts not disabled after 90 days for two service accounts', 'Moderate', 'Moderate', 'Open'],
    ['V-003', 'AU-6', 'Weekly audit review not documented for three weeks in sample', 'Moderate', 'Low', 'Open'],
    ['V-004', 'CM-6', 'Container runtime deviates from CIS benchmark 5.2.5', 'Low', 'Low', 'Open'],
    ['V-005', 'SC-8', 'TLS 1.0 enabled on legacy metrics endpoint', 'Moderate', 'Moderate', 'Closed during testing'],
    ['V-006', 'IA-5', 'Password policy on local break-glass accounts allows 12-character minimum only', 'Low', 'Low', 'Open'],
  ];
  const body = numberHeadings([
    h1('Executive Summary'),
    p(`${a.name} performed an independent security assessment of the ${csp.cso} (${csp.acronym}) between ${date.replace(/\d+,/, '3,')} and ${date} according to the Security Assessment Plan approved by ${agency.short}. This Security Assessment Report (SAR) presents the results: ${findings.length} risks were identified, of which one is High, three are Moderate and two are Low. One risk was corrected during testing. There are no risks that ${a.name} considers to prevent authorization.`),
    h2('Authorization Recommendation'),
    p(`${a.name} recommends that ${csp.cso} be granted an authorization to operate at the FedRAMP ${csp.level} impact level, provided that the High risk V-001 is remediated within 30 days and the remaining risks are tracked in the POA&M. This recommendation is based on the implementation status of the controls, the results of vulnerability scanning and penetration testing, and the CSP's demonstrated ability to remediate vulnerabilities within FedRAMP timeframes.`),
    h1('Purpose and Scope'),
    p(`The assessment covered all controls of the ${csp.level} baseline not fully inherited from ${csp.hosting}. Testing was performed at the CSP's primary and secondary regions and remotely. Deviations from the SAP are listed in Section 5.`),
    h1('Assessment Methodology'),
    p('Controls were assessed with examine, interview and test methods; results are recorded in the Security Test Case Procedures workbook (Appendix A). Vulnerability scans covered 100% of the inventory with authenticated scans; penetration testing covered the FedRAMP attack vectors.'),
    h2('Scan Coverage'),
    table([['Scan Type', 'Tool', 'Hosts in Inventory', 'Hosts Scanned', 'Authenticated'], ['Infrastructure', 'Nessus 10.7', '142', '142', '100%'], ['Database', 'Nessus 10.7 (DB audit)', '12', '12', '100%'], ['Web Application', 'Burp Suite Enterprise', '6 applications', '6', 'Yes']]),
    h1('Risks Known for Interconnected Systems'),
    p('No risks were identified for interconnected systems; all external connections are to federal identity providers under the agencies\' control.'),
    h1('Deviations from the Security Assessment Plan'),
    p('Penetration testing of the tenant-to-tenant vector was extended by two days after the CSP added a new tenant isolation feature. No other deviations occurred.'),
    h1('Security Assessment Results'),
    p('Table 6-1 summarizes the risks identified. Detailed descriptions, evidence, likelihood and impact ratings, and recommendations for each are in Appendix B; false positives and operationally required risks are in Appendices C and D.'),
    table([['ID', 'Control', 'Risk Name', 'Initial Risk', 'Adjusted Risk', 'Status'], ...findings]),
    h1('Risk Exposure Table'),
    table([['Risk Level', 'Open', 'Closed', 'Total'], ['High', '1', '0', '1'], ['Moderate', '2', '1', '3'], ['Low', '2', '0', '2'], ['Total', '5', '1', '6']]),
    h1('Summary of Penetration Test Results'),
    p(`${a.tester} led the penetration test. The tester did not obtain access to customer data or to the management plane from the tenant or external vectors. The TLS 1.0 finding (V-005) was confirmed from the external vector and fixed during testing.`),
    h1('Attestation'),
    p(`${a.name} attests that the assessment was performed independently and in accordance with the approved SAP, and that the results are accurate and complete.`),
    table([['Name', 'Role', 'Signature', 'Date'], [a.lead, '3PAO Assessment Lead', '', date], [a.qa, 'Quality Assurance', '', date]]),
  ]);
  return [
    line(`${a.name} — Independent Assessment`, false, 'right'),
    title(csp.cso, 36),
    title('Security Assessment Report', 48),
    line(`FedRAMP ${csp.level} — Report date ${date}`, false, 'center'),
    line('Prepared for: ' + csp.name + ' and ' + agency.name, false, 'center'),
    brk,
    ...revisionHistory([[date, '1.0', 'Final SAR', a.lead]]),
    line('Contents', true),
    tocOf(body),
    brk,
    ...body,
  ];
}

/** The agency's Authority to Operate letter (memorandum form). */
export function atoLetter(csp: Csp, agency: Agency, a: Assessor, date: string, expires: string): Block[] {
  return [
    line(agency.name.toUpperCase(), true, 'center'),
    line(agency.address, false, 'center'),
    line('Office of the Chief Information Officer', false, 'center'),
    line(''),
    line(date, false, 'right'),
    line('MEMORANDUM FOR: ' + csp.iso + ', ' + csp.name),
    line('CC: FedRAMP Program Management Office'),
    line('FROM: ' + agency.ao + ', ' + agency.aoTitle),
    line(`SUBJECT: Authority to Operate — ${csp.cso} (FedRAMP Package ID ${csp.fedrampId})`, true),
    p(`The ${agency.name} (${agency.short}) has reviewed the security authorization package for the ${csp.cso}, including the System Security Plan and its attachments, the Security Assessment Plan and the Security Assessment Report prepared by ${a.name}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
    p(`Accordingly, I grant an Authority to Operate (ATO) for ${csp.cso} at the FedRAMP ${csp.level} impact level, effective ${date}. This authorization is valid until ${expires} unless revoked earlier, and is contingent on ${csp.name} meeting the continuous monitoring requirements of FedRAMP and of ${agency.short}, including monthly delivery of the updated POA&M, vulnerability scan results and inventory, and timely remediation of the weaknesses recorded in the POA&M.`),
    p(`Significant changes to the system must be submitted to ${agency.short} for approval before implementation. ${agency.short} may revoke this authorization if the security posture of the system degrades or if ${csp.name} does not meet its continuous monitoring obligations.`),
    p(`${agency.short} authorizes the FedRAMP PMO to list this authorization on the FedRAMP Marketplace and to make the package available to other federal agencies for reuse.`),
    line(''),
    line('_______________________________'),
    line(agency.ao),
    line(agency.aoTitle),
    line(agency.name),
    line(''),
    line(`Digitally signed by ${agency.ao.toUpperCase().replace(/[^A-Z ]/g, '')}, Date: ${date} 16:42:11 -05'00'`),
  ];
}

/** The CSP's significant change request form, filled in. */
export function significantChange(csp: Csp, agency: Agency, date: string, kind: 'new-service' | 'crypto'): Block[] {
  const what =
    kind === 'new-service'
      ? ['Addition of a managed search service (OpenSearch) inside the boundary', 'New component type; new data store holding indexed customer content', 'Adds 6 hosts, 1 managed service, 2 ports; new data flow from application cluster to search cluster']
      : ['Replacement of the TLS termination layer and its FIPS 140 module', 'Change of cryptographic module (new CMVP certificate #4718)', 'No new hosts; load balancer policy and certificates change']
  ;
  return [
    line(csp.name, true),
    title('Significant Change Request', 40),
    line(`Submitted to: ${agency.name} (Authorizing Official: ${agency.ao})`),
    line(`Date submitted: ${date}`),
    h1('Section 1: CSP and System Information'),
    table([['Field', 'Value'], ['CSP Name', csp.name], ['Cloud Service Offering', csp.cso], ['FedRAMP Package ID', csp.fedrampId], ['Impact Level', csp.level], ['CSP Point of Contact', `${csp.isso}, ISSO`]], false),
    h1('Section 2: Description of the Proposed Change'),
    table([['Item', 'Description'], ['Change summary', what[0] ?? ''], ['Type of significant change', what[1] ?? ''], ['Components affected', what[2] ?? ''], ['Planned implementation date', 'Upon AO approval; target 45 days after submission']]),
    p(`${csp.short} requests approval to implement the change described above. The change was identified as significant by the ISSO's security impact analysis under the Configuration Management Plan because it ${kind === 'new-service' ? 'introduces a new type of component that stores federal data' : 'changes the cryptographic module protecting data in transit'}.`),
    h1('Section 3: Security Impact Analysis'),
    table([['Control Family', 'Impacted Controls', 'Description of Impact'], ['AC', 'AC-3, AC-6', 'Role mapping for the new component follows the existing least-privilege model'], ['CM', 'CM-2, CM-6, CM-8', 'New baseline and inventory entries'], ['SC', 'SC-8, SC-13, SC-28', kind === 'crypto' ? 'New validated module replaces the current one' : 'Encryption at rest with tenant keys; TLS between services'], ['RA', 'RA-5', 'New hosts added to monthly scans']]),
    h1('Section 4: 3PAO Involvement'),
    p('The 3PAO will perform a significant change assessment covering the impacted controls; the assessment plan and report will be delivered to the AO before the change is placed in production.'),
    h1('Section 5: Updated Documentation'),
    bullets('SSP Sections 9, 10 and the affected control implementations', 'Integrated Inventory Workbook', 'Boundary and data flow diagrams', 'CIS/CRM workbook if customer responsibilities change'),
    h1('Section 6: Approval'),
    table([['Role', 'Name', 'Decision', 'Signature / Date'], ['CSP System Owner', csp.iso, 'Requested', ''], ['Agency Authorizing Official', agency.ao, '☐ Approved ☐ Denied', '']]),
  ];
}

/** The CSP's deviation request (risk adjustment / false positive / operational requirement) in document form. */
export function deviationDoc(csp: Csp, agency: Agency, assessor: Assessor, date: string): Block[] {
  return [
    title('FedRAMP Deviation Request', 40),
    line(`${csp.cso} — ${csp.name}`, true),
    line(`Request date ${date} · Request ID DR-2025-017`),
    h1('Requestor Information'),
    table([['CSP', csp.name], ['System', csp.cso], ['Point of Contact', `${csp.isso} (${csp.isso.split(' ')[0]?.toLowerCase() ?? 'isso'}@${csp.domain})`], ['Agency AO', `${agency.ao}, ${agency.short}`]], false),
    h1('Deviation Type'),
    p('☐ False Positive   ☒ Risk Adjustment   ☐ Operational Requirement'),
    h1('Vulnerability Information'),
    table([['POA&M ID', 'Scanner / Plugin', 'CVE', 'Original Risk', 'Requested Risk', 'Assets'], ['V-2025-0412', 'Nessus 187315', 'CVE-2024-3596', 'High', 'Moderate', '14 RADIUS-dependent hosts']]),
    h1('Justification'),
    p(`The vulnerability (RADIUS protocol "Blast-RADIUS" forgery) requires an attacker to be in a man-in-the-middle position between the RADIUS client and server. In ${csp.acronym}, RADIUS traffic is confined to an isolated management subnet reachable only from the access proxy, carried inside IPsec tunnels, and the affected service is used only as a secondary factor for network device console access. The likelihood of exploitation is therefore reduced.`),
    h2('Mitigating Factors'),
    bullets('RADIUS traffic is encapsulated in IPsec between client and server.', 'The management subnet has no route from tenant networks or the internet.', 'Message-Authenticator attribute is now required by the server configuration.'),
    h2('Evidence Attached'),
    bullets('Network diagram excerpt showing the management subnet', 'Server configuration showing require-message-authenticator', 'IPsec tunnel configuration export'),
    h1('Requested Action'),
    p('Adjust the risk rating from High to Moderate, with remediation (vendor patch) tracked under the Moderate timeframe of 90 days from original detection.'),
    h1('Approval'),
    table([['Role', 'Name', 'Decision', 'Date'], ['3PAO review', assessor.name, 'Concur', ''], ['Authorizing Official', agency.ao, '', '']]),
  ];
}
