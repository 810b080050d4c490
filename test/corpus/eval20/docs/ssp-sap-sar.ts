import { b, big, center, h1, h2, h3, p, pageBreak, space, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP, TPAO } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { approvals, cuiBanner, distribution, revisionHistory, toc } from '../kit/front.js';
import { buildPdf } from '../kit/pdf.js';
import { at, w3c, type DocDef } from '../kit/types.js';

function control(id: string, name: string, role: string, status: string, origination: string, parts: [string, string][]): Block[] {
  return [
    h3(`${id} ${name}`),
    table(
      [
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', role],
        ['Parameter ' + id + ':', 'See implementation statement'],
        ['Implementation Status (check all that apply):', status],
        ['Control Origination (check all that apply):', origination],
      ],
      true,
      [40, 60],
    ),
    table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [k, v])], true, [12, 88]),
  ];
}

function sspBody(): Block[] {
  const s = CSP;
  return [
    h1('1 Information System Name/Title'),
    p(
      `This System Security Plan provides an overview of the security requirements for the ${s.cso} (${s.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${s.abbr} information system.`,
    ),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [s.fedrampId, s.cso, s.abbr]]),
    h1('2 Information System Categorization'),
    p(
      'The overall information system sensitivity categorization is recorded in Table 2-1 Security Categorization that follows. Directions for completing this section can be found in the FIPS 199 Categorization, Attachment 10. The categorization was performed using NIST SP 800-60 Volume II information types.',
    ),
    table([['System Sensitivity Level', 'Moderate (M)'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']], false),
    h2('2.1 Information Types'),
    table([
      ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
      ['D.14.1 Financial Management / Grants Management', 'Moderate', 'Moderate', 'Low'],
      ['C.2.8.12 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
      ['D.20.1 Case Management', 'Moderate', 'Moderate', 'Moderate'],
    ]),
    h2('2.2 Digital Identity Determination'),
    p(
      'The digital identity level is Level 2, determined with the Digital Identity Worksheet provided as Attachment 3. Agency users authenticate through their agency identity provider using SAML 2.0 federation with PIV; privileged CSP administrators authenticate with phishing-resistant FIDO2 authenticators.',
    ),
    h1('3 Information System Owner'),
    table([['Name', s.owner], ['Title', 'Vice President, Public Sector Platform'], ['Company / Organization', s.name], ['Address', s.addr], ['Phone Number', '(703) 555-0148'], ['Email Address', 'tekwueme@cirrocloud.example.com']], false),
    h1('4 Authorizing Official'),
    p(`The Authorizing Official for this Agency Authorization is ${AGENCY.ao}, ${AGENCY.aoTitle}, ${AGENCY.name}.`),
    h1('5 Other Designated Contacts'),
    table([
      ['Role', 'Name', 'Email'],
      ['Information System Security Officer', s.isso, 'praman@cirrocloud.example.com'],
      ['Chief Information Security Officer', s.ciso, 'ghales@cirrocloud.example.com'],
      ['Technical Point of Contact', 'Luis Carmona', 'lcarmona@cirrocloud.example.com'],
    ]),
    h1('6 Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO) has been appointed in writing and is responsible for the day-to-day security posture of ${s.abbr}, for maintaining this SSP and its attachments, and for coordinating continuous monitoring deliverables with the authorizing agency.`),
    h1('7 Information System Operational Status'),
    table([['', 'Operational', 'The system is operating and in production.'], ['', 'Under Development', ''], ['', 'Major Modification', '']], false),
    h1('8 Information System Type'),
    p(`${s.abbr} is a Software as a Service (SaaS) offering deployed as a public cloud for government customers. It is built on AWS GovCloud (US) (FedRAMP High P-ATO, package F1603047866) and inherits physical and environmental protection controls from the underlying Infrastructure as a Service provider.`),
    h2('8.1 Leveraged FedRAMP-Authorized Services'),
    table([['CSP/CSO Name', 'Authorization Type', 'Impact Level', 'Package ID'], ['Amazon Web Services / AWS GovCloud (US)', 'JAB P-ATO', 'High', 'F1603047866'], ['Okta / Okta for Government Moderate', 'Agency ATO', 'Moderate', 'FR1809052283']]),
    h1('9 General System Description'),
    p(`${s.abbr} enables federal grant-making agencies to intake, triage, investigate and close oversight cases. Users are agency investigators, case managers, auditors and read-only reviewers. The system stores case narratives, supporting documents uploaded by agency staff, and limited personally identifiable information about grant recipients and complainants.`),
    h2('9.1 Information System Components and Boundaries'),
    p('The authorization boundary comprises the production VPCs in us-gov-west-1 and us-gov-east-1, the management VPC hosting the bastion and the security tooling, the Amazon EKS clusters running the application tiers, Amazon RDS for PostgreSQL, Amazon S3 document storage encrypted with customer-managed KMS keys, and the CI/CD pipeline that deploys signed container images. Corporate systems, the marketing web site and the commercial (non-federal) instance of the product are outside the boundary. The authorization boundary diagram is Figure 9-1.'),
    p('Figure 9-1 Authorization Boundary Diagram'),
    h2('9.2 Types of Users'),
    table([
      ['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authorized Privileges', 'Functions Performed'],
      ['Platform Administrator', 'Internal', 'P', 'Moderate', 'Full administrative access', 'Manage infrastructure and deployments'],
      ['Agency Administrator', 'External', 'P', 'Moderate', 'Tenant administration', 'Manage agency users and workflows'],
      ['Case Manager', 'External', 'NP', 'Moderate', 'Create, read, update cases', 'Work assigned cases'],
      ['Auditor', 'External', 'NP', 'Moderate', 'Read-only', 'Review closed cases'],
    ]),
    h2('9.3 Network Architecture'),
    p('Inbound user traffic terminates on an AWS Application Load Balancer protected by AWS WAF with the managed core rule set and rate-based rules. TLS 1.2 or higher with FIPS 140-validated modules is enforced end to end. East-west traffic between services is restricted by Kubernetes network policies and security groups that deny by default.'),
    h1('10 System Environment and Inventory'),
    p('Components are listed in the Integrated Inventory Workbook (Attachment 13), which is updated monthly and delivered with the continuous monitoring package. Hardware is not owned by the CSP; all compute is virtual.'),
    h2('10.1 Data Flow'),
    p('Figure 10-1 shows the flow of federal data from the agency user through the load balancer, the web tier and the API tier to the data stores, and the administrative flow from the CSP operations network through the bastion. Data at rest is encrypted with AES-256 keys held in AWS KMS (FIPS 140-2 Level 3 HSMs); data in transit is protected with TLS 1.2+.'),
    h2('10.2 Ports, Protocols and Services'),
    table([['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose', 'Used By'], ['443/TCP', 'HTTPS', 'ALB', 'User and API access', 'Agency users'], ['5432/TCP', 'PostgreSQL/TLS', 'RDS', 'Application data', 'API tier'], ['22/TCP', 'SSH', 'Bastion (SSM)', 'Break-glass administration', 'Platform administrators']]),
    h1('11 System Interconnections'),
    p('There are no dedicated interconnections. Outbound connections to the agency identity providers use SAML assertions over HTTPS; outbound e-mail notifications use Amazon SES in GovCloud.'),
    h1('12 Laws, Regulations, Standards and Guidance'),
    p('The applicable laws and regulations are listed in Attachment 12, FedRAMP Laws and Regulations, and include FISMA, OMB Circular A-130, the Privacy Act of 1974 and NIST SP 800-53 Revision 5.'),
    h1('13 Minimum Security Controls'),
    p('Security controls must meet minimum security control baseline requirements. The FedRAMP Moderate baseline (Rev. 5) has been implemented. The implementation of each control is described below; customer responsibilities are summarized in the CIS/CRM Workbook (Appendix J).'),
    h2('13.1 Access Control (AC)'),
    ...control('AC-1', 'Policy and Procedures (L)(M)(H)', 'ISSO; CISO', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'Cirrocloud develops, documents and disseminates an Access Control Policy and Access Control Procedures (Attachment 1, Information Security Policies and Procedures) to all personnel with a role in the CCMP boundary through the policy portal.'],
      ['Part b', 'The CISO is designated to manage the development, documentation and dissemination of the policy and procedures.'],
      ['Part c', 'The policy is reviewed at least every three years and the procedures at least annually, and following significant changes.'],
    ]),
    ...control('AC-2', 'Account Management (L)(M)(H)', 'Platform Administrator; Agency Administrator', 'Implemented', 'Shared (Service Provider and Customer Responsibility)', [
      ['Part a', 'Account types allowed within the system are platform administrator, service account, agency administrator, case manager and auditor. Shared and group accounts are prohibited.'],
      ['Part b', 'Account managers are assigned for each tenant by the agency; Cirrocloud account managers are the Platform Operations leads.'],
      ['Part d', 'Access is authorized by the requesting manager and the system owner in the ServiceNow access request workflow; accounts inherit role-based privileges.'],
      ['Part j', 'Accounts are reviewed monthly for privileged users and quarterly for non-privileged users; inactive accounts are disabled after 90 days.'],
    ]),
    ...control('AU-2', 'Event Logging (L)(M)(H)', 'Security Operations', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'CCMP logs successful and unsuccessful logons, privileged actions, object access to case records, policy changes and system events to the centralized SIEM.'],
      ['Part c', 'The event types are reviewed and updated annually and after significant changes.'],
    ]),
    ...control('CM-6', 'Configuration Settings (L)(M)(H)', 'Platform Engineering', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Container hosts and databases are hardened to CIS Benchmarks Level 1; deviations are recorded in the Configuration Management Plan (Attachment 7) and approved by the Change Advisory Board.'],
      ['Part d', 'Drift is detected daily with AWS Config rules and the container admission controller.'],
    ]),
    ...control('IA-2', 'Identification and Authentication (Organizational Users) (L)(M)(H)', 'Platform Administrator', 'Implemented', 'Shared (Service Provider and Customer Responsibility)', [
      ['Req.', 'Organizational users are uniquely identified and authenticated. Agency users authenticate through their agency identity provider; Cirrocloud staff authenticate with phishing-resistant multifactor authentication.'],
    ]),
    ...control('RA-5', 'Vulnerability Monitoring and Scanning (L)(M)(H)', 'Security Operations', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Operating systems, containers, databases and web applications are scanned at least monthly with authenticated scans; results are delivered to the agency with the monthly POA&M.'],
      ['Part d', 'High vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery.'],
    ]),
    ...control('SC-7', 'Boundary Protection (L)(M)(H)', 'Network Engineering', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Communications are monitored and controlled at the external boundary by AWS WAF and security groups, and at key internal boundaries by network policies.'],
      ['Part c', 'Connections to external networks are only through managed interfaces.'],
    ]),
    h1('14 Acronyms'),
    p('See Appendix A, FedRAMP Acronyms, available on fedramp.gov.'),
    h1('15 Attachments'),
    table([
      ['Attachment', 'Title', 'File Name'],
      ['1', 'Information Security Policies and Procedures', 'CCMP-A1-ISPP.docx'],
      ['2', 'User Guide', 'CCMP-A2-UG.pdf'],
      ['3', 'Digital Identity Worksheet', 'CCMP-A3-DIW.docx'],
      ['4', 'Privacy Threshold Analysis / Privacy Impact Assessment', 'CCMP-A4-PTA-PIA.docx'],
      ['5', 'Rules of Behavior', 'CCMP-A5-ROB.docx'],
      ['6', 'Information System Contingency Plan', 'CCMP-A6-ISCP.docx'],
      ['7', 'Configuration Management Plan', 'CCMP-A7-CMP.docx'],
      ['13', 'Integrated Inventory Workbook', 'CCMP-A13-Inventory.xlsx'],
    ]),
  ];
}

async function sspDocx(): Promise<Buffer> {
  const s = CSP;
  const cover: Block[] = [
    center(s.name, 14),
    space,
    space,
    big(`${s.cso} (${s.abbr})`, 22),
    big('System Security Plan', 30),
    center('FedRAMP Moderate Baseline - Rev. 5', 13),
    space,
    center('Version 3.2'),
    center('March 6, 2026'),
    space,
    center('Prepared for the Federal Grants Oversight Administration'),
    ...cuiBanner(s.name),
  ];
  const front: Block[] = [
    b('Prepared by'),
    table([['Identification of Organization that Prepared this Document'], [`${s.name}\n${s.addr}`]], true),
    b('Prepared for'),
    table([['Identification of Cloud Service Provider'], [`${s.name}\n${s.addr}`]], true),
    ...revisionHistory([
      ['08/14/2025', '1.0', 'Initial draft for agency partnership kickoff', s.isso],
      ['10/30/2025', '2.0', 'Incorporated FGOA review comments (comment matrix round 1)', s.isso],
      ['01/22/2026', '3.0', 'Final for 3PAO testing; boundary updated for us-gov-east-1', 'L. Carmona'],
      ['03/06/2026', '3.2', 'Updated RA-5 and CM-6 after SAR findings; new Attachment 13', s.isso],
    ]),
    ...approvals([
      [s.owner, 'Information System Owner', s.name],
      [s.ciso, 'Chief Information Security Officer', s.name],
    ], `I have read the ${s.abbr} System Security Plan and understand its contents. I attest that the information contained herein is accurate.`),
    pageBreak,
    ...toc([
      ['1 Information System Name/Title', '1'],
      ['2 Information System Categorization', '1'],
      ['3 Information System Owner', '3'],
      ['9 General System Description', '5'],
      ['10 System Environment and Inventory', '8'],
      ['13 Minimum Security Controls', '12'],
      ['15 Attachments', '212'],
    ]),
  ];
  return buildDocx(
    {
      cover,
      blocks: [...front, ...sspBody()],
      header: [`${s.abbr} System Security Plan | Version 3.2`, 'CUI'],
      footer: [`${s.name} | Proprietary and Confidential | Page {PAGE}`],
      core: { title: 'FedRAMP Template - Rev 5', subject: '', creator: 'FedRAMP PMO', lastModifiedBy: s.isso, revision: 41, created: w3c('2023-06-30'), modified: w3c('2026-03-06') },
    },
    at('2026-03-06'),
  );
}

function sapBlocks(annual: boolean): Block[] {
  const t = TPAO;
  const s = CSP;
  return [
    h1('1 Introduction', true),
    p(`${t.name} (${t.short}) has been contracted by ${s.name} to perform the ${annual ? 'annual' : 'initial'} security assessment of the ${s.cso} (${s.abbr}) in support of an Agency Authorization with the ${AGENCY.name}. This Security Assessment Plan (SAP) describes the scope, the methodology, the tests to be performed, the assessment schedule and the rules of engagement that govern the testing.`),
    h2('1.1 Purpose', true),
    p('The plan has been prepared in accordance with NIST SP 800-53A Rev. 5 and the FedRAMP SAP template, and must be approved by the authorizing official before testing begins. Any deviation from the approved plan will be documented in the Security Assessment Report.'),
    h1('2 Scope', true),
    p(`The assessment covers the ${s.abbr} authorization boundary as documented in the System Security Plan version 3.0 dated January 22, 2026, including all components listed in the Integrated Inventory Workbook. Inherited controls from AWS GovCloud (US) are not tested.`),
    table([['Location', 'Components', 'Testing'], ['AWS us-gov-west-1', 'EKS clusters, RDS, S3, ALB/WAF', 'Technical and interview'], ['AWS us-gov-east-1', 'DR replica, backups', 'Technical (sample)'], ['Arlington, VA office', 'Security operations staff', 'Interview and observation']]),
    h2('2.1 Controls Selected for Testing', true),
    p(annual
      ? 'For the annual assessment the controls are the FedRAMP core controls, the controls changed since the last assessment (including those affected by approved significant changes), and one third of the remaining controls according to the three-year rotation agreed with the agency.'
      : 'All 323 controls and enhancements of the FedRAMP Rev. 5 Moderate baseline are in scope; control tests follow the FedRAMP Moderate Security Test Case Procedures workbook.'),
    h1('3 Assumptions', true),
    ul(
      'The CSP provides the resources, accounts and artifacts needed for testing in a timely manner.',
      'The CSP security contacts are available during the testing window.',
      'Security controls identified as inherited have been assessed by the leveraged provider and are documented in the CRM.',
    ),
    h1('4 Methodology', true),
    p('Controls are assessed using the examine, interview and test methods described in NIST SP 800-53A. Evidence is recorded in the test case workbook and retained in the 3PAO evidence repository for three years.'),
    h2('4.1 Vulnerability Scanning', true),
    p('Authenticated infrastructure scans are performed with Tenable Nessus 10.7 against 100% of in-scope hosts and container images; database scans with the Nessus database compliance audits; web application scans with Burp Suite Professional and OWASP ZAP. The scan results are attached to the SAR as Appendix B.'),
    h2('4.2 Penetration Testing', true),
    p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, corporate to CSP management system, and mobile application (not applicable).'),
    h1('5 Test Plan', true),
    table([['Activity', 'Start', 'End'], ['Kickoff meeting', annual ? '05/04/2026' : '02/02/2026', annual ? '05/04/2026' : '02/02/2026'], ['Document review and interviews', annual ? '05/05/2026' : '02/03/2026', annual ? '05/15/2026' : '02/20/2026'], ['Technical testing and scans', annual ? '05/11/2026' : '02/09/2026', annual ? '05/22/2026' : '02/27/2026'], ['Penetration testing', annual ? '05/18/2026' : '02/16/2026', annual ? '05/29/2026' : '03/06/2026'], ['SAR delivered', annual ? '06/19/2026' : '03/27/2026', '']]),
    h2('5.1 Security Assessment Team', true),
    table([['Name', 'Role'], [t.lead, 'Assessment Lead'], [t.pentest, 'Penetration Test Lead'], ['Kevin Osei', 'Technical Assessor'], [t.qa, 'Quality Assurance Reviewer']]),
    h1('6 Rules of Engagement', true),
    p('The rules of engagement below are agreed between the CSP and the 3PAO and are binding once this plan is signed. Testing is performed from the IP addresses 198.51.100.17 and 198.51.100.18. Denial-of-service testing, social engineering of agency users and destructive tests are out of scope. Production data will not be exfiltrated; proof of access is limited to directory listings and screenshots.'),
    table([['Item', 'Agreement'], ['Testing window', 'Monday-Friday 08:00-20:00 ET; weekend testing by written agreement'], ['Emergency stop', `CSP ISSO ${s.isso}, (703) 555-0142`], ['Critical finding notification', 'Within one business day to the CSP and the agency ISSO'], ['Data handling', 'Evidence encrypted at rest, destroyed after retention period']]),
    h1('7 Signatures', true),
    ...approvals([
      [s.owner, 'System Owner', s.name],
      [t.lead, 'Assessment Lead', t.name],
      [AGENCY.ciso, 'Chief Information Security Officer (for the Authorizing Official)', AGENCY.name],
    ]),
  ];
}

async function sapDocx(): Promise<Buffer> {
  const t = TPAO;
  const cover: Block[] = [
    table([[t.name], [''], [`${CSP.name}`], [`${CSP.cso}`], ['Security Assessment Plan (SAP)'], ['Initial Assessment - FedRAMP Moderate'], ['Version 1.1 | January 29, 2026'], [t.a2la]], false),
    space,
    p('Assessor Independence Statement: Brightline attests that it has no financial or organizational relationship with the CSP that would impair its independence, and that no member of the assessment team took part in designing, implementing or operating the controls under assessment.'),
  ];
  return buildDocx(
    {
      cover,
      blocks: [
        ...revisionHistory([['01/12/2026', '1.0', 'Draft for CSP and agency review', t.lead], ['01/29/2026', '1.1', 'Agency comments addressed; ROE signed', t.lead]], 'plain', 'Document Revision History'),
        ...distribution([`${CSP.isso}|ISSO, ${CSP.name}`, `${AGENCY.ciso}|CISO, ${AGENCY.abbr}`, `${AGENCY.cor}|COR, ${AGENCY.abbr} Office of Acquisition Management`]),
        pageBreak,
        ...sapBlocks(false),
      ],
      header: ['Brightline Assurance Partners - Assessment Services'],
      footer: ['Brightline Proprietary | {PAGE}'],
      core: { title: 'SAP', creator: 'dszabo', lastModifiedBy: 'hwhitcomb', created: w3c('2026-01-12'), modified: w3c('2026-01-29') },
      font: 'Arial',
    },
    at('2026-01-29'),
  );
}

async function sapPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [
        big(`${CSP.cso}`, 16),
        big('Annual Assessment Security Assessment Plan', 18),
        center(`${TPAO.name} | April 20, 2026 | Version 1.0`),
        space,
        p('SIGNED COPY - signatures on page 9'),
        pageBreak,
        ...sapBlocks(true),
      ],
      header: 'CCMP Annual SAP 2026 - CUI',
      headerFromPage2: true,
      footer: 'Page {PAGE} of {PAGES}',
      info: { title: 'Microsoft Word - CCMP_2026_Annual_SAP_v1.0_signed.docx', author: 'Daniel Szabo', producer: 'Adobe PDF Library 23.1.175' },
      serif: true,
    },
    at('2026-04-22'),
  );
}

function sarBlocks(): Block[] {
  const t = TPAO;
  const s = CSP;
  return [
    h1('Executive Summary'),
    p(`${t.name} performed an independent security assessment of the ${s.cso} between February 3 and March 6, 2026, in accordance with the Security Assessment Plan version 1.1 approved by the ${AGENCY.abbr} on January 30, 2026. This Security Assessment Report (SAR) presents the results of the assessment, the risks identified and ${t.short}'s recommendation for authorization.`),
    p('The assessment identified 0 high, 7 moderate and 11 low risks, and 3 operationally required items. Two findings were remediated and validated during testing. The remaining risks are documented in the Risks Known for Interconnected Systems and Risk Exposure Table below and have been carried into the CSP Plan of Action and Milestones.'),
    h2('Risk Exposure Table'),
    table([
      ['Identifier', 'Name', 'Source of Discovery', 'Initial Risk', 'Residual Risk', 'Remediated during testing'],
      ['V-01', 'Outdated OpenSSL library in worker image', 'Container scan', 'Moderate', 'Moderate', 'No'],
      ['V-02', 'TLS 1.0 accepted on legacy reporting endpoint', 'Web scan', 'Moderate', 'Low', 'Yes'],
      ['T-03', 'Privileged account review not evidenced for December', 'Interview/Examine', 'Moderate', 'Moderate', 'No'],
      ['T-04', 'Incident response test lacked agency participation', 'Examine', 'Low', 'Low', 'No'],
      ['P-05', 'Stored XSS in case comment preview', 'Penetration test', 'Moderate', 'Moderate', 'No'],
      ['V-06', 'PostgreSQL log_connections disabled', 'Database scan', 'Low', 'Low', 'Yes'],
    ]),
    h2('Authorization Recommendation'),
    p(`${t.short} attests that the ${s.abbr} security controls are implemented as described in the SSP with the exceptions noted. Given that no high risks remain open and that the moderate risks have credible remediation plans, ${t.short} recommends that the ${AGENCY.abbr} grant an Authority to Operate for ${s.abbr} at the Moderate impact level. This recommendation is contingent on the CSP remediating the moderate findings within the timeframes stated in the POA&M.`),
    h1('1 Introduction'),
    h2('1.1 Applicable Laws, Regulations, Standards and Guidance'),
    p('FISMA 2014; OMB A-130; NIST SP 800-37 Rev. 2, SP 800-53 Rev. 5, SP 800-53A Rev. 5, SP 800-115; FedRAMP Security Assessment Framework and the FedRAMP Penetration Test Guidance.'),
    h2('1.2 Purpose'),
    p('This report documents the assessment results to support the authorizing official in making a risk-based authorization decision.'),
    h1('2 System Overview'),
    p(`${s.abbr} is a SaaS case management system categorized Moderate. The boundary, components and data flows are described in the SSP version 3.0, Section 9.`),
    h1('3 Assessment Methodology'),
    p('Controls were tested with the examine, interview and test methods; technical testing comprised authenticated vulnerability scanning of 100% of the inventory and penetration testing of the six FedRAMP attack vectors.'),
    h2('3.1 Perform Tests'),
    p('Testing was performed from February 3, 2026 to March 6, 2026. There were no deviations from the approved SAP other than an extension of the penetration test by one week because of a change freeze on February 16.'),
    h2('3.2 Identification of Vulnerabilities'),
    p('Vulnerabilities were identified from scans, manual tests and control assessments. False positives were validated with the CSP and are listed in Table 4-3.'),
    h2('3.3 Consideration of Threats'),
    p('The threat sources considered are adversarial (criminal groups, nation-state actors, insiders), accidental and environmental, per NIST SP 800-30 Rev. 1.'),
    h1('4 Security Assessment Results'),
    p('Table 4-1 summarizes the risks by control family. Each finding is described in Appendix A with its likelihood, impact, risk level and recommended remediation.'),
    table([['Family', 'Controls tested', 'Satisfied', 'Other than satisfied'], ['AC', '43', '41', '2'], ['AU', '16', '16', '0'], ['CM', '27', '25', '2'], ['IR', '12', '11', '1'], ['RA', '10', '9', '1'], ['SI', '24', '23', '1']]),
    h2('4.1 Risks Corrected During Testing'),
    p('V-02 and V-06 were corrected and verified by retest on March 4, 2026.'),
    h2('4.2 Risks With Mitigating Factors'),
    p('T-03: privileged accounts are protected by phishing-resistant MFA and session recording, which reduces the likelihood of misuse.'),
    h2('4.3 Risks Remaining Due to Operational Requirements'),
    p('OR-1: the legacy reporting endpoint must accept the agency BI connector until June 2026; a deviation request will be submitted by the CSP.'),
    h1('5 Non-Conforming Controls'),
    p('None.'),
    h1('6 Risks Known for Interconnected Systems'),
    p('No interconnections exist; leveraged services were not assessed.'),
    h1('Appendices'),
    ul('Appendix A - Risk Exposure Table (detailed)', 'Appendix B - Vulnerability Scan Results', 'Appendix C - Penetration Test Report', 'Appendix D - Security Test Case Procedures workbook', 'Appendix E - Auxiliary Documents'),
  ];
}

async function sarDocx(): Promise<Buffer> {
  return buildDocx(
    {
      cover: [
        p(TPAO.name),
        space,
        big('Security Assessment Report', 26),
        center(`${CSP.cso} | FedRAMP Moderate | Initial Assessment`),
        center('Version 1.0 - March 27, 2026'),
        space,
        ...cuiBanner(TPAO.name),
      ],
      blocks: [
        ...revisionHistory([['03/20/2026', '0.9', 'QA draft', TPAO.qa], ['03/27/2026', '1.0', 'Final issued to CSP and FGOA', TPAO.lead]]),
        ...toc([['Executive Summary', 'i'], ['1 Introduction', '1'], ['3 Assessment Methodology', '4'], ['4 Security Assessment Results', '7'], ['Appendices', '15']], 'Contents'),
        ...sarBlocks(),
      ],
      header: ['CCMP Security Assessment Report', 'CONTROLLED UNCLASSIFIED INFORMATION'],
      footer: ['Page {PAGE}'],
      core: { title: 'upload (7).docx', creator: 'Brightline', created: w3c('2026-03-20'), modified: w3c('2026-03-27') },
    },
    at('2026-03-27'),
  );
}

async function sarPdf(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [
        center(TPAO.name.toUpperCase(), 11),
        space,
        big(`${CSP.cso}`, 18),
        big('SECURITY ASSESSMENT REPORT', 20),
        center('FedRAMP Agency Authorization - Moderate Impact'),
        center('Final - March 27, 2026'),
        space,
        center(TPAO.a2la),
        pageBreak,
        ...sarBlocks(),
      ],
      header: 'Brightline Assurance Partners | CCMP SAR | CUI',
      headerFromPage2: true,
      footer: '{PAGE}',
      info: { author: 'Brightline Assurance Partners', creator: 'Microsoft Word for Microsoft 365', producer: 'Microsoft Word for Microsoft 365' },
    },
    at('2026-03-27'),
  );
}

export const coreDocs: DocDef[] = [
  { file: 'Final_v7.docx', expected: 'SSP', note: 'CSP System Security Plan for CCMP (Moderate, Rev. 5) with cover, revision history, approvals, TOC and control implementation tables; metadata title is stale from the FedRAMP template.', make: sspDocx },
  { file: 'BAP-CCMP-SAP-2026.docx', expected: 'SAP', note: "3PAO's Security Assessment Plan for the initial assessment (scope, methodology, test plan, rules of engagement, signatures); title sits in a cover table cell, headings are bold paragraphs.", make: sapDocx },
  { file: 'Annual_Assessment_Plan_signed.pdf', expected: 'SAP', note: 'Signed PDF of the 3PAO annual-assessment Security Assessment Plan; PDF title is the Word file name.', make: sapPdf },
  { file: 'upload (7).docx', expected: 'SAR', note: "3PAO Security Assessment Report with risk exposure table and authorization recommendation; metadata title is just the upload file name.", make: sarDocx },
  { file: 'Brightline_CCMP_SAR_v1.0.pdf', expected: 'SAR', note: 'The same Security Assessment Report as a PDF without an Info title; title on the cover page.', make: sarPdf },
];
