/** SSP, SAP, SAR, ATO letters and authorization checklists. */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { BH, BR, H1, H2, H3, OL, P, SP, T, TITLE, TOC, UL, docx, fill, headerStyle, pdf, rng, uuid, widths, xlsx } from './kit.js';
import type { Block } from './kit.js';
import { ADDRESS, AGENCIES, CSO, CSO_ABBR, CSP, CUI_BANNER, HOSTS, PEOPLE, PKG, PROPRIETARY, SYSTEM_DESC, SYSTEM_DESC_2, TPAO, TPAO_SHORT, revisions } from './world.js';
import type { CorpusDoc } from './world.js';

/** Replaces the OSCAL templates' placeholders with the fictional system. */
function personalise(text: string): string {
  return text
    .replace(/\[(Insert )?CSO Name\]/g, CSO)
    .replace(/\[System Name\]/g, CSO)
    .replace(/\[(Insert )?CSP Name\]/g, CSP)
    .replace(/\[IA Name\]/g, TPAO)
    .replace(/\[(SAMPLE|EXAMPLE|Example)\]\s?/g, '')
    .replace(/System's Full Name/g, CSO)
    .replace(/System's Short Name or Acronym/g, CSO_ABBR)
    .replace(/F00000000/g, PKG)
    .replace(/\[FIPS-199 Level\]/g, 'Moderate');
}

function control(id: string, name: string, roles: string, status: string, origination: string, parts: [string, string][], params: string[] = []): Block[] {
  const rows: string[][] = [
    [`${id} Control Summary Information`, ''],
    ['Responsible Role:', roles],
    ...params.map((p, i) => [`Parameter ${id}(${String.fromCharCode(97 + i)}):`, p]),
    ['Implementation Status (check all that apply):', status],
    ['Control Origination (check all that apply):', origination],
  ];
  return [
    H3(`${id} ${name}`),
    T(rows, { widths: [35, 65] }),
    T([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [k, v])], { widths: [12, 88] }),
  ];
}

// ------------------------------------------------------------------ SSP (docx)

async function sspDocx(): Promise<Buffer> {
  const body: Block[] = [
    SP(3),
    P(CSP, { align: 'center', size: 14, bold: true }),
    TITLE(`${CSO}`, 30),
    P('System Security Plan', { align: 'center', size: 26, bold: true }),
    P('FedRAMP Moderate Baseline (NIST SP 800-53 Revision 5)', { align: 'center', size: 13 }),
    SP(2),
    T([
      ['Cloud Service Provider', CSP],
      ['Cloud Service Offering', `${CSO} (${CSO_ABBR})`],
      ['FedRAMP Package ID', PKG],
      ['Service Model', 'Software as a Service (SaaS)'],
      ['Deployment Model', 'Government Community Cloud'],
      ['FIPS PUB 199 Categorization', 'Moderate'],
      ['Version / Date', 'Version 4.2 — July 31, 2025 (Annual Update)'],
    ], { header: false, widths: [40, 60] }),
    SP(2),
    P(CUI_BANNER, { align: 'center', size: 9, bold: true }),
    BR,
    BH('Proprietary Notice'),
    P(PROPRIETARY),
    BH('Document Revision History'),
    T(revisions([
      ['03/14/2022', '1.0', 'Initial SSP submitted for agency review (DOT sponsorship).', PEOPLE.isso],
      ['11/02/2022', '2.0', 'Updated for 3PAO comments from the initial SAP readiness review.', PEOPLE.isso],
      ['03/01/2023', '3.0', 'Final version supporting the DOT Authority to Operate.', PEOPLE.isso],
      ['07/28/2023', '3.1', 'Transitioned control statements to Rev5 baseline; added Appendix M inventory reference.', PEOPLE.conmon],
      ['08/09/2024', '4.0', 'Annual update; documented migration of batch workers to EKS (SCR-2024-02).', PEOPLE.isso],
      ['02/18/2025', '4.1', 'Added DOL as leveraging agency; updated interconnections table.', PEOPLE.conmon],
      ['07/31/2025', '4.2', 'Annual update for the 2025 annual assessment; updated boundary diagram, ports and protocols, and RA-5 and SI-2 implementation statements.', PEOPLE.isso],
    ]), { widths: [14, 9, 55, 22] }),
    BH('Approvals'),
    P(`By signing below, the undersigned attest that the information contained in this System Security Plan is accurate and that the security controls described are implemented as stated for ${CSO}.`),
    T([
      ['Name', 'Title', 'Signature', 'Date'],
      [PEOPLE.ceo, 'Chief Executive Officer', '/s/ Gregory Althaus', '07/31/2025'],
      [PEOPLE.ciso, 'Chief Information Security Officer', '/s/ Marcus Oyelaran', '07/31/2025'],
      [PEOPLE.isso, 'Information System Security Officer', '/s/ Dana Whitfield', '07/31/2025'],
    ], { widths: [25, 35, 25, 15] }),
    BR,
    TOC([
      ['1 Introduction', '5'],
      ['2 Purpose', '5'],
      ['3 System Information', '6'],
      ['4 System Owner', '6'],
      ['5 Assignment of Security Responsibility', '7'],
      ['6 Leveraged FedRAMP-Authorized Services', '8'],
      ['7 External Systems and Services', '9'],
      ['8 Illustrated Architecture and Narratives', '11'],
      ['9 Services, Ports, and Protocols', '14'],
      ['10 Cryptographic Modules Implemented for Data-in-Transit and Data-at-Rest', '16'],
      ['11 Separation of Duties', '18'],
      ['12 SSP Appendices List', '19'],
      ['Appendix A FedRAMP Moderate Security Controls', '21'],
    ]),
    BR,
    H1('1 Introduction'),
    P(`This System Security Plan (SSP) provides an overview of the security requirements for ${CSO} and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed, or stored by the system. Information security is vital to ${CSP}'s mission and to the federal agencies that rely on ${CSO_ABBR} to account for grant obligations and payments.`),
    P(`The SSP is the primary document of the ${CSO_ABBR} security authorization package. It is maintained by the Information System Security Officer and reviewed at least annually, whenever a significant change is approved, and whenever the annual assessment performed by ${TPAO} identifies a discrepancy between the documented and the observed implementation.`),
    H1('2 Purpose'),
    P('The purpose of this SSP is to fully describe the security categorization, the authorization boundary, the operating environment, and the implementation of each security control in the FedRAMP Moderate baseline, together with the party responsible for each control (the service provider, the leveraged infrastructure provider, or the customer agency).'),
    H1('3 System Information'),
    T([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [PKG, CSO, CSO_ABBR],
    ], { widths: [25, 50, 25] }),
    P('Table 3-1 below lists the information types processed by the system and their provisional and selected impact levels in accordance with NIST SP 800-60 Volume II. The overall security categorization of the system is Moderate, as documented in the FIPS 199 Categorization attachment.'),
    T([
      ['Information Type (NIST SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'],
      ['Financial Management — Accounting (C.3.1.3)', 'Moderate', 'Moderate', 'Low'],
      ['Financial Management — Payments (C.3.1.4)', 'Moderate', 'Moderate', 'Low'],
      ['Financial Management — Funds Control (C.3.1.2)', 'Moderate', 'Moderate', 'Low'],
      ['General Information (C.2.8.12)', 'Low', 'Low', 'Low'],
      ['System and Network Monitoring (C.3.5.8)', 'Moderate', 'Moderate', 'Low'],
    ], { widths: [46, 18, 18, 18] }),
    H2('3.1 Digital Identity Determination'),
    P('The digital identity level of the system is IAL2 / AAL2 / FAL2, as determined in the Digital Identity Worksheet attachment. Agency end users are proofed and authenticated by their agency identity provider; privileged users of Meridian Ledger are proofed in person at hire.'),
    H1('4 System Owner'),
    T([
      ['Name', PEOPLE.vpEng],
      ['Title', 'Vice President, Platform Engineering'],
      ['Company / Organization', CSP],
      ['Address', ADDRESS],
      ['Phone Number', '(703) 555-0142'],
      ['Email Address', 'tkowalczyk@meridianledger.example'],
    ], { header: false, widths: [30, 70] }),
    H1('5 Assignment of Security Responsibility'),
    P(`The Information System Security Officer (ISSO), ${PEOPLE.isso}, is the focal point for security of ${CSO_ABBR} and the primary point of contact for the Authorizing Officials of the agencies using the service. The ISSO coordinates the monthly continuous monitoring deliverables: the updated Plan of Action and Milestones, the monthly operating system, database, and web application scan results, and the integrated inventory.`),
    H1('6 Leveraged FedRAMP-Authorized Services'),
    T([
      ['CSP/CSO Name', 'Authorization Type', 'Impact Level', 'Package ID', 'Nature of Agreement'],
      ['Amazon Web Services GovCloud (US)', 'JAB P-ATO', 'High', 'F1603047866', 'Enterprise agreement'],
      ['Okta for Government Moderate', 'Agency ATO', 'Moderate', 'FR1906447223', 'Subscription'],
      ['Splunk Cloud Platform for Government', 'Agency ATO', 'Moderate', 'FR1810553872', 'Subscription'],
    ], { widths: [30, 16, 12, 18, 24] }),
    H1('8 Illustrated Architecture and Narratives'),
    P(SYSTEM_DESC),
    P(SYSTEM_DESC_2),
    P('The production virtual private cloud is divided into public, application, data, and management subnets across three availability zones. Only the Application Load Balancer is reachable from the internet. Security groups restrict east-west traffic to the ports listed in Section 9. Administrative access to any workload is brokered by Session Manager and recorded to the centralized log archive; no inbound SSH or RDP is permitted from any network.'),
    P('Data flows: agency users submit obligation and disbursement files through the web application or the REST API; the files are validated by the API tier, queued in Amazon SQS, and processed by reconciliation workers that write to the ledger database. The reporting tier reads from a read replica and produces Treasury-format reports that customers download over HTTPS.'),
    H1('9 Services, Ports, and Protocols'),
    T([
      ['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS', 'ALB, API', 'Customer access to web UI and REST API', 'Agency users'],
      ['5432/TCP', 'PostgreSQL (TLS)', 'Amazon RDS', 'Ledger and reporting databases', 'API, workers'],
      ['6379/TCP', 'Redis (TLS)', 'ElastiCache', 'Session and job cache', 'API'],
      ['8443/TCP', 'HTTPS', 'Internal services', 'Service-to-service calls inside EKS', 'Workers'],
      ['514/TCP', 'Syslog over TLS', 'Log collector', 'Forwarding of OS logs to SIEM', 'All hosts'],
      ['123/UDP', 'NTP', 'Amazon Time Sync', 'Time synchronization', 'All hosts'],
    ], { widths: [14, 16, 18, 34, 18] }),
    H1('10 Cryptographic Modules Implemented for Data-in-Transit and Data-at-Rest'),
    P('All cryptographic modules used to protect federal data are FIPS 140-2 or FIPS 140-3 validated. Data at rest in Amazon RDS, Amazon S3, and Amazon EBS is encrypted with AWS KMS customer managed keys (CMVP certificate #4523). Data in transit is protected with TLS 1.2 or 1.3 terminated at the ALB and re-encrypted to the application tier using the OpenSSL 3.0 FIPS provider (CMVP certificate #4282).'),
    H1('12 SSP Appendices List'),
    T([
      ['Appendix', 'Title', 'File Name'],
      ['A', 'FedRAMP Moderate Security Controls', 'Included in this document'],
      ['B', 'Related Acronyms', 'Included in this document'],
      ['C', 'Information Security Policies and Procedures', 'LCG-Policies-Procedures-v6.zip'],
      ['D', 'User Guide', 'LCG-User-Guide-2025.pdf'],
      ['E', 'Digital Identity Worksheet', 'LCG-DIW-v2.docx'],
      ['F', 'Rules of Behavior', 'LCG-RoB-2025.docx'],
      ['G', 'Information System Contingency Plan', 'LCG-ISCP-v5.docx'],
      ['H', 'Configuration Management Plan', 'LCG-CMP-v4.docx'],
      ['I', 'Incident Response Plan', 'LCG-IRP-v4.docx'],
      ['J', 'CIS and CRM Workbook', 'LCG-CIS-CRM-Rev5.xlsx'],
      ['K', 'FIPS 199 Categorization', 'LCG-FIPS199.docx'],
      ['L', 'Separation of Duties Matrix', 'LCG-SoD-Matrix.xlsx'],
      ['M', 'Integrated Inventory Workbook', 'LCG-IIW-2025-07.xlsx'],
      ['N', 'Supply Chain Risk Management Plan', 'LCG-SCRMP-v2.docx'],
    ], { widths: [12, 48, 40] }),
    BR,
    H1('Appendix A FedRAMP Moderate Security Controls'),
    P('The following sections describe the implementation of each control and control enhancement of the FedRAMP Moderate baseline. Only a subset of the controls whose implementation changed during the reporting year is reproduced in this excerpt of the annual update; unchanged statements are carried forward from version 4.1.'),
    H2('AC — Access Control'),
    ...control('AC-2', 'Account Management', 'ISSO; Platform Engineering Manager; Customer Agency Account Manager', '☒ Implemented  ☐ Partially implemented  ☐ Planned  ☐ Alternative implementation  ☐ Not applicable', '☒ Service Provider Corporate  ☒ Service Provider System Specific  ☐ Service Provider Hybrid  ☒ Shared (Service Provider and Customer Responsibility)  ☐ Inherited', [
      ['Part a', 'Meridian Ledger defines the following account types for the system: agency end-user accounts, agency administrator accounts, Meridian Ledger privileged operator accounts, service accounts used by Kubernetes workloads, and emergency break-glass accounts. Shared and group accounts are prohibited.'],
      ['Part b', 'The Platform Engineering Manager is assigned as account manager for privileged and service accounts. Each customer agency designates its own account manager for agency accounts, as described in the Customer Responsibility Matrix.'],
      ['Part c', 'Membership in privileged groups requires an approved access request in the ticketing system, the manager\'s approval, and the ISSO\'s approval. Prerequisites include completed security awareness training and signed Rules of Behavior.'],
      ['Part d-j', 'Accounts are reviewed quarterly by the ISSO; accounts inactive for 90 days are disabled automatically by the identity provider; separated personnel are disabled within eight hours of HR notification.'],
    ], ['Organization-defined prerequisites: security awareness training and signed Rules of Behavior', 'Review frequency: at least quarterly']),
    ...control('AC-17', 'Remote Access', 'ISSO; Cloud Operations', '☒ Implemented', '☒ Service Provider System Specific', [
      ['Part a', 'The only remote access path to production components is AWS Systems Manager Session Manager. Sessions require IdP authentication with phishing-resistant MFA, are limited to one hour, and are fully recorded to the log archive bucket.'],
      ['Part b', 'Remote access is authorized per role through IAM Identity Center permission sets approved by the ISSO.'],
    ]),
    H2('CM — Configuration Management'),
    ...control('CM-6', 'Configuration Settings', 'Cloud Operations; Security Engineering', '☒ Implemented', '☒ Service Provider System Specific', [
      ['Part a', 'Configuration settings are defined by CIS Amazon Linux 2023 Benchmark Level 1, CIS Kubernetes (EKS) Benchmark, and CIS PostgreSQL 15 Benchmark, tailored as documented in the Configuration Management Plan. Settings are enforced in the golden AMI pipeline and by AWS Config conformance packs.'],
      ['Part b-d', 'Deviations from the baselines are recorded as configuration findings in the POA&M and, where operationally required, submitted to the agencies as deviation requests. Compliance scans run monthly with the authenticated Nessus audit files and results are provided with the monthly scan deliverable.'],
    ]),
    ...control('CM-8', 'System Component Inventory', 'Cloud Operations; ISSO', '☒ Implemented', '☒ Service Provider System Specific', [
      ['Part a', 'The system component inventory is generated monthly from AWS Config and the EKS API and reconciled against the monthly scan targets. The inventory is submitted on the FedRAMP Integrated Inventory Workbook (Appendix M) with every monthly continuous monitoring submission.'],
      ['Part b', 'The inventory is reviewed and updated monthly and whenever components are installed, removed, or updated.'],
    ]),
    H2('RA — Risk Assessment'),
    ...control('RA-5', 'Vulnerability Monitoring and Scanning', 'Security Engineering; ISSO', '☒ Implemented', '☒ Service Provider System Specific', [
      ['Part a', 'Meridian Ledger scans all operating systems and infrastructure monthly with Tenable Security Center (authenticated), web applications monthly with Invicti Enterprise, databases monthly with the Nessus database compliance audits, and container images at build time and continuously in the registry with Trivy and Amazon Inspector.'],
      ['Part b', 'Scanning tools use CVE, CVSS v3.1, and CPE so that results can be correlated across tools and with the CISA Known Exploited Vulnerabilities catalog.'],
      ['Part c', 'Scan results are analyzed by Security Engineering within five business days of each scan.'],
      ['Part d', 'High-risk vulnerabilities are remediated within 30 days, moderate within 90 days, and low within 180 days of discovery; vulnerabilities listed in the KEV catalog are remediated by the KEV due date.'],
      ['Part e-f', 'Results and remediation status are shared monthly with the agencies through the continuous monitoring submission; any vulnerability not remediated within the required timeframe is tracked on the POA&M.'],
    ], ['Frequency: monthly for operating system, web application, and database scans', 'Response times: High 30 days, Moderate 90 days, Low 180 days']),
    H2('SI — System and Information Integrity'),
    ...control('SI-2', 'Flaw Remediation', 'Cloud Operations; Application Engineering', '☒ Implemented', '☒ Service Provider System Specific  ☒ Inherited from AWS GovCloud (physical layer)', [
      ['Part a', 'Flaws are identified through scanning, vendor advisories, and the software composition analysis stage of the CI/CD pipeline. Remediation is tracked in Jira and mirrored on the POA&M when not completed within the FedRAMP timeframes.'],
      ['Part b', 'Security-relevant updates are tested in the staging environment before deployment. Base AMIs are rebuilt weekly; container base images are rebuilt nightly.'],
      ['Part c', 'Security-relevant software and firmware updates are installed within 30 days for high, 90 days for moderate, and 180 days for low severity flaws.'],
    ]),
    ...control('SC-13', 'Cryptographic Protection', 'Security Engineering', '☒ Implemented', '☒ Service Provider System Specific  ☒ Inherited', [
      ['Part a', 'FIPS-validated cryptography is required for protection of federal data in transit and at rest, for authentication, and for digital signatures of software artifacts.'],
      ['Part b', 'The implemented types of cryptography are listed in Section 10 of this plan.'],
    ]),
  ];
  return docx(body, {
    core: { title: `${CSO} System Security Plan`, subject: 'FedRAMP Moderate SSP', creator: PEOPLE.isso, lastModifiedBy: PEOPLE.conmon, revision: '47', created: '2022-03-02T14:11:00Z', modified: '2025-07-31T21:03:00Z', keywords: 'FedRAMP; SSP; Moderate; LCG' },
    app: { application: 'Microsoft Office Word', company: CSP, pages: 142 },
    header: `${CSO} System Security Plan\tVersion 4.2\t${CUI_BANNER}`,
    footer: `${CSP} — Proprietary and Confidential`,
    pageNumbers: true,
    titlePage: true,
  });
}

function sspJson(): string {
  const raw = personalise(readFileSync(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8'));
  const doc = JSON.parse(raw) as { 'system-security-plan': Record<string, unknown> & { metadata: Record<string, unknown> } };
  const ssp = doc['system-security-plan'];
  ssp.uuid = uuid(rng(801));
  ssp.metadata.title = `${CSO} System Security Plan (SSP) — Annual Update 2025`;
  ssp.metadata['last-modified'] = '2025-07-31T18:00:00Z';
  ssp.metadata.published = '2025-07-31T18:00:00Z';
  ssp.metadata.version = '4.2';
  return JSON.stringify(doc, null, 1);
}

function sspYaml(): string {
  const raw = personalise(readFileSync(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8'));
  const doc = YAML.parse(raw) as { 'system-security-plan': Record<string, unknown> & { metadata: Record<string, unknown> } };
  const ssp = doc['system-security-plan'];
  ssp.uuid = uuid(rng(802));
  ssp.metadata.title = `${CSO_ABBR} SSP`;
  ssp.metadata['last-modified'] = '2024-08-09T12:00:00Z';
  ssp.metadata.version = '4.0';
  return `# Exported from the Meridian Ledger GRC tool (oscal-export 2.3.1) on 2024-08-09\n${YAML.stringify(doc, { lineWidth: 0 })}`;
}

// ------------------------------------------------------------------ SAP

function sapScopeTable(): string[][] {
  return [
    ['Asset / IP Address', 'Hostname / URL', 'Function', 'Test Type'],
    ...HOSTS.slice(0, 9).map(([h, ip]) => [ip, `${h}.lcg.internal`, h.includes('web') ? 'Web tier' : h.includes('api') ? 'API tier' : h.includes('wrk') ? 'EKS worker node' : h.includes('rpt') ? 'Reporting' : 'Management plane', 'Authenticated infrastructure scan']),
    ['n/a', 'https://app.ledgercloud.gov.example', 'Customer web application', 'Web application scan; manual testing'],
    ['n/a', 'https://api.ledgercloud.gov.example/v3', 'REST API', 'API testing; authenticated'],
    ['lcg-prd-ledger (RDS)', 'lcg-prd-ledger.cluster-xxxx.us-gov-west-1.rds.amazonaws.com', 'Ledger database', 'Database configuration scan'],
  ];
}

async function sapDocx(): Promise<Buffer> {
  const body: Block[] = [
    P(`${TPAO}`, { align: 'right', size: 11, bold: true }),
    P('1100 Harbor Point Boulevard, Suite 210, Baltimore, MD 21230', { align: 'right', size: 9 }),
    SP(4),
    TITLE('Security Assessment Plan (SAP)', 28),
    P(`${CSO}`, { align: 'center', size: 18, bold: true }),
    P('FedRAMP Moderate — 2025 Annual Assessment', { align: 'center', size: 13 }),
    SP(2),
    T([
      ['Prepared for', `${CSP}\n${ADDRESS}`],
      ['Prepared by', `${TPAO} (A2LA Certificate No. 4412.01)`],
      ['FedRAMP Package ID', PKG],
      ['Version', '1.1 (Agency review comments incorporated)'],
      ['Date', 'May 16, 2025'],
    ], { header: false, widths: [30, 70] }),
    BR,
    BH('Record of Changes'),
    T(revisions([
      ['04/25/2025', '0.9', 'Draft for CSP review', PEOPLE.leadAssessor],
      ['05/02/2025', '1.0', 'Submitted to DOT and DOL for review', PEOPLE.leadAssessor],
      ['05/16/2025', '1.1', 'Incorporated DOT ISSO comments on sampling of EKS worker nodes', PEOPLE.leadAssessor],
    ])),
    BH('Distribution'),
    UL([`${PEOPLE.isso}, ISSO, ${CSP}`, `${PEOPLE.dotISSO}, ISSO, Department of Transportation`, 'Authorizing Official representatives, Department of Labor ETA', `${PEOPLE.qaReviewer}, Quality Assurance, ${TPAO_SHORT}`]),
    TOC([
      ['1 Introduction', '4'],
      ['2 Purpose', '4'],
      ['3 Scope', '5'],
      ['4 Assumptions', '8'],
      ['5 Methodology', '9'],
      ['6 Test Plan', '12'],
      ['7 Penetration Test Plan', '15'],
      ['8 Rules of Engagement', '18'],
      ['Appendix A Security Controls Selected for Testing', '21'],
    ]),
    BR,
    H1('1 Introduction'),
    P(`This Security Assessment Plan describes how ${TPAO} will perform the 2025 annual assessment of ${CSO}, a FedRAMP Moderate cloud service authorized by the Department of Transportation and leveraged by the Department of Labor. The annual assessment is required by the FedRAMP Continuous Monitoring Strategy Guide and the FedRAMP Annual Assessment Guidance. The results of the testing described here will be documented in a Security Assessment Report (SAR).`),
    H1('2 Purpose'),
    P(`The purpose of this plan is to describe the scope of the assessment, the controls selected for testing, the assessment methods and procedures, the schedule, the team, and the rules of engagement agreed between ${TPAO_SHORT} and ${CSP}. Approval of this SAP by the authorizing agencies is required before testing begins on June 2, 2025.`),
    H1('3 Scope'),
    P(`The assessment covers the authorization boundary described in Section 8 of the ${CSO} System Security Plan, version 4.1, including the production environment in AWS GovCloud (US-West) and the warm standby in AWS GovCloud (US-East). The development and staging accounts are outside the boundary and will not be tested except where the CI/CD pipeline touches production.`),
    T(sapScopeTable(), { widths: [22, 38, 20, 20], size: 8 }),
    H2('3.1 Controls Selected for Testing'),
    P('In accordance with the FedRAMP Annual Assessment Guidance, the following controls are selected: the FedRAMP core controls; controls that changed as a result of significant changes since the last assessment (SCR-2024-02, SCR-2025-01); controls tied to open POA&M items with a deviation request approved in the last year; and one third of the remaining controls of the Moderate baseline on a three-year rotation. The complete list is provided in Appendix A.'),
    H1('4 Assumptions'),
    OL([
      `${CSP} resources, including documentation and personnel with administrative knowledge, will be available during the testing window.`,
      'The security controls implemented as described in the SSP will not change during testing; the system is frozen from a development perspective except for emergency security patches coordinated with the lead assessor.',
      `${CSP} will provide credentials with the least privilege needed for authenticated scanning and will whitelist the ${TPAO_SHORT} scanner addresses (198.51.100.40/29) in AWS WAF for the duration of testing.`,
      'Physical and environmental controls are inherited from AWS GovCloud and will be assessed by reviewing the AWS customer responsibility matrix, not by on-site inspection.',
    ]),
    H1('5 Methodology'),
    P('The assessment follows NIST SP 800-53A Revision 5. Each control objective is assessed by one or more of the three methods: examine (review of documents, configurations, and logs), interview (discussion with control owners), and test (execution of procedures against the system, including scanning). The FedRAMP Rev5 Security Test Case Procedures workbook records each determination as Satisfied or Other Than Satisfied.'),
    P('Vulnerability scanning will be performed by the assessment team with its own tools: Tenable Nessus Professional 10.8 with credentialed policies for operating systems and databases, Burp Suite Professional 2025.3 and OWASP ZAP 2.16 for web applications and APIs, and Trivy 0.61 for container images pulled from the production registry. Scan results will not be compared only with the CSP\'s own monthly scans; discrepancies will be reported as findings.'),
    H2('5.1 Sampling'),
    P('The 14 EKS worker nodes are built from one launch template and one AMI; the team will scan all nodes but perform manual configuration review on a sample of three nodes selected on the first day of testing. The sample rationale follows the FedRAMP sampling methodology and will be documented in the SAR.'),
    H1('6 Test Plan'),
    H2('6.1 Security Assessment Team'),
    T([
      ['Name', 'Role', 'Contact'],
      [PEOPLE.leadAssessor, 'Lead Assessor', 'hbrevik@coastlineassurance.example'],
      [PEOPLE.pentestLead, 'Penetration Test Lead', 'josei@coastlineassurance.example'],
      ['Rafael Ung', 'Assessor (technical testing)', 'rung@coastlineassurance.example'],
      [PEOPLE.qaReviewer, 'Quality Assurance Reviewer', 'cvance@coastlineassurance.example'],
    ]),
    H2('6.2 Testing Schedule'),
    T([
      ['Task', 'Start', 'Finish'],
      ['Kickoff meeting', '06/02/2025', '06/02/2025'],
      ['Document review and interviews', '06/02/2025', '06/13/2025'],
      ['Vulnerability scanning (OS, database, web, containers)', '06/04/2025', '06/11/2025'],
      ['Penetration testing', '06/09/2025', '06/20/2025'],
      ['Out-brief with CSP', '06/27/2025', '06/27/2025'],
      ['Draft SAR delivered', '07/18/2025', '07/18/2025'],
    ]),
    H1('7 Penetration Test Plan'),
    P('Penetration testing follows the FedRAMP Penetration Test Guidance and addresses the attack vectors applicable to a SaaS offering: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, and mobile application (not applicable: the system has no mobile application). Social engineering is limited to a phishing campaign against the 12 members of the operations team approved by the CSP.'),
    UL([
      'External (untrusted) to the customer-facing application and API, unauthenticated and with each agency role.',
      'Tenant to tenant: two test tenants provisioned in production; attempts to read or modify data of the other tenant through the UI and API.',
      'Tenant to management plane: attempts to reach the Session Manager endpoints or the EKS control plane from a tenant context.',
      'Supply chain: review of container image provenance and signature verification in the admission controller.',
    ]),
    H1('8 Rules of Engagement'),
    P(`Testing will be conducted only from the ${TPAO_SHORT} address range listed in Section 4, between 7:00 a.m. and 7:00 p.m. Eastern, Monday through Friday, unless the CSP approves otherwise in writing. Denial-of-service testing is excluded. Any finding that poses an immediate risk (for example, exposure of federal data) will be reported to the ISSO by telephone within one hour. The ISSO may halt testing at any time by contacting the lead assessor.`),
    T([
      ['Emergency contact', 'Organization', 'Phone'],
      [PEOPLE.isso, CSP, '(703) 555-0188'],
      [PEOPLE.cloudOps, CSP, '(703) 555-0176'],
      [PEOPLE.leadAssessor, TPAO, '(410) 555-0133'],
    ]),
    BH('Signatures'),
    P('The undersigned agree to the scope, schedule, and rules of engagement in this Security Assessment Plan.'),
    T([
      ['Name', 'Organization / Role', 'Signature', 'Date'],
      [PEOPLE.ciso, `${CSP} — CISO`, '', ''],
      [PEOPLE.leadAssessor, `${TPAO_SHORT} — Lead Assessor`, '', ''],
    ]),
    BR,
    H1('Appendix A Security Controls Selected for Testing'),
    T([
      ['Family', 'Controls selected (2025)'],
      ['AC', 'AC-2, AC-2(3), AC-2(5), AC-3, AC-6(9), AC-7, AC-17, AC-17(2)'],
      ['AU', 'AU-2, AU-6, AU-6(1), AU-9, AU-12'],
      ['CA', 'CA-2(1), CA-5, CA-7, CA-7(4), CA-8'],
      ['CM', 'CM-2, CM-3, CM-6, CM-7, CM-8, CM-8(3)'],
      ['IA', 'IA-2, IA-2(1), IA-2(2), IA-2(12), IA-5(1)'],
      ['IR', 'IR-4, IR-6'],
      ['RA', 'RA-5, RA-5(2), RA-5(5)'],
      ['SA', 'SA-9(2), SA-22'],
      ['SC', 'SC-7, SC-7(3), SC-8(1), SC-13, SC-28(1)'],
      ['SI', 'SI-2, SI-2(2), SI-3, SI-4, SI-4(4)'],
      ['SR', 'SR-3, SR-5, SR-11'],
    ], { widths: [15, 85] }),
  ];
  return docx(body, {
    core: { title: 'SAP', creator: PEOPLE.leadAssessor, lastModifiedBy: PEOPLE.qaReviewer, revision: '12', created: '2025-04-21T13:00:00Z', modified: '2025-05-16T16:40:00Z' },
    app: { company: TPAO, pages: 38 },
    header: `${TPAO_SHORT} | ${CSO} SAP | ${CUI_BANNER}`,
    pageNumbers: true,
    footer: 'Annual Assessment 2025',
  });
}

function sapJson(): string {
  const raw = personalise(readFileSync(fixture('oscal/FedRAMP-SAP-OSCAL-Template.json'), 'utf8'));
  const doc = JSON.parse(raw) as { 'assessment-plan': Record<string, unknown> & { metadata: Record<string, unknown> } };
  const ap = doc['assessment-plan'];
  ap.uuid = uuid(rng(803));
  ap.metadata.title = `${CSO} FedRAMP Security Assessment Plan (SAP) — 2025 Annual Assessment`;
  ap.metadata['last-modified'] = '2025-05-16T15:00:00Z';
  ap.metadata.version = '1.1';
  return JSON.stringify(doc);
}

async function sapPdf(): Promise<Buffer> {
  const body: Block[] = [
    TITLE(`${CSO}`, 22),
    TITLE('Security Assessment Plan', 20),
    P('2024 Annual Assessment — FedRAMP Moderate', { align: 'center', size: 12 }),
    P(`Prepared by ${TPAO} for ${CSP}`, { align: 'center' }),
    P('Version 1.0 — April 30, 2024', { align: 'center' }),
    SP(2),
    BH('Executive Summary'),
    P(`${TPAO} has been engaged by ${CSP} to perform the 2024 annual assessment of ${CSO}. This plan identifies the security controls that will be assessed, the methods the assessment team will use, the system components in scope, and the rules under which technical testing and penetration testing will be conducted. Once approved by the Department of Transportation authorizing official, this plan becomes the basis of the Security Assessment Report.`),
    H1('1 System Overview'),
    P(SYSTEM_DESC),
    H1('2 Scope of the Assessment'),
    P('The scope includes all components listed in the integrated inventory submitted with the March 2024 continuous monitoring deliverables, reconciled by the assessment team against the AWS Config inventory on the first day of testing. Components discovered during testing but absent from the inventory will be reported as findings against CM-8.'),
    T([['Component class', 'Count', 'Assessment approach'], ['EC2 instances (web, API, reporting, management)', '11', 'Credentialed Nessus scan; CIS benchmark audit'], ['EKS worker nodes', '9', 'Credentialed scan of all nodes; manual review of 3'], ['Container images in production', '23', 'Trivy scan of images pulled by digest'], ['RDS PostgreSQL clusters', '2', 'Database configuration audit'], ['Web applications and APIs', '2', 'Burp Suite and manual testing']], { widths: [45, 10, 45] }),
    H1('3 Assessment Methodology'),
    P('Controls are assessed using the procedures of NIST SP 800-53A Rev 5 and the FedRAMP Security Test Case Procedures. For each assessment objective the team records the evidence examined, the personnel interviewed, and the tests performed. Findings are risk-rated using the FedRAMP risk exposure methodology (likelihood and impact), with CVSS base scores used for scanner findings.'),
    H1('4 Penetration Testing'),
    P('Penetration testing will emulate an external attacker and a malicious tenant. The test will not include denial of service or physical attacks. Phishing is in scope for operations staff only. Testing will occur from June 3 to June 14, 2024.'),
    H1('5 Rules of Engagement'),
    UL(['Testing window: business days, 08:00–18:00 Eastern.', 'Source addresses: 198.51.100.40/29.', 'Stop-test authority: the CSP ISSO or the lead assessor.', 'Data handling: no federal data will be exfiltrated; proof of access is limited to screenshots of record counts.', 'All tester credentials are disabled at the end of testing and their removal is verified by the ISSO.']),
    H1('6 Schedule and Deliverables'),
    T([['Milestone', 'Date'], ['SAP approval', '05/24/2024'], ['Testing start', '06/03/2024'], ['Testing end', '06/21/2024'], ['Draft SAR', '07/19/2024'], ['Final SAR', '08/09/2024']]),
    BH('Approval'),
    P(`Approved: ${PEOPLE.leadAssessor}, Lead Assessor, ${TPAO}    Date: 04/30/2024`),
    P(`Accepted: ${PEOPLE.ciso}, Chief Information Security Officer, ${CSP}    Date: 05/01/2024`),
  ];
  return pdf(body, { meta: { title: 'LCG_SAP_2024_v1.0', author: 'hbrevik', creator: 'Microsoft® Word for Microsoft 365' }, created: '2024-05-01T14:20:00Z', header: `${CSO} — Security Assessment Plan — 2024 Annual Assessment`, pageNumbers: 'page-of' });
}

// ------------------------------------------------------------------ SAR

async function sarDocx(): Promise<Buffer> {
  const body: Block[] = [
    P(CUI_BANNER, { align: 'center', size: 8, bold: true }),
    SP(3),
    TITLE(`${CSO}`, 26),
    TITLE('Security Assessment Report', 26),
    P('2025 Annual Assessment — FedRAMP Moderate', { align: 'center', size: 13 }),
    P(`Prepared by ${TPAO}`, { align: 'center' }),
    P('Version 1.0 — August 8, 2025', { align: 'center' }),
    BR,
    BH('Revision History'),
    T(revisions([
      ['07/18/2025', '0.9', 'Draft SAR for CSP factual accuracy review', PEOPLE.leadAssessor],
      ['08/08/2025', '1.0', 'Final SAR; CSP comments on findings V-14 and V-19 addressed', PEOPLE.leadAssessor],
    ])),
    BH('Attestation'),
    P(`${TPAO} attests that the assessment of ${CSO} was performed in accordance with the Security Assessment Plan version 1.1 approved on May 23, 2025, that the assessment team was independent of ${CSP}, and that the findings in this report are a complete and accurate record of the results.`),
    TOC([
      ['1 Executive Summary', '3'],
      ['2 Purpose', '5'],
      ['3 System Overview', '5'],
      ['4 Assessment Methodology', '7'],
      ['5 Security Assessment Results', '9'],
      ['6 Non-Conforming Controls', '14'],
      ['7 Risks Known for Interconnected Systems', '15'],
      ['8 Authorization Recommendation', '16'],
      ['Appendix A Risk Exposure Table', '18'],
    ]),
    BR,
    H1('1 Executive Summary'),
    P(`${TPAO} performed the 2025 annual assessment of ${CSO} between June 2 and June 27, 2025. The team assessed 112 controls and control enhancements selected under the FedRAMP Annual Assessment Guidance, performed authenticated vulnerability scanning of 26 hosts, 2 databases, 2 web applications, and 23 container images, and conducted penetration testing of five attack vectors.`),
    P('The assessment identified 27 findings: 0 high, 9 moderate, and 18 low after risk adjustment. Two findings were determined to be false positives and one is an operational requirement carried forward from the 2024 assessment. Eleven findings were remediated and validated during testing and are reported as closed.'),
    T([
      ['Risk Category', 'Total', 'Open', 'Closed during testing', 'Operationally Required', 'False Positive'],
      ['High', '2', '0', '2', '0', '0'],
      ['Moderate', '12', '9', '2', '1', '0'],
      ['Low', '26', '18', '7', '0', '2'],
      ['Total', '40', '27', '11', '1', '2'],
    ]),
    H1('2 Purpose'),
    P(`This report documents the results of the annual assessment and provides the authorizing officials of the Department of Transportation and the Department of Labor with the information needed to make a risk-based decision on the continued authorization of ${CSO}. The CSP will address the open findings through its Plan of Action and Milestones.`),
    H1('3 System Overview'),
    P(SYSTEM_DESC),
    H1('4 Assessment Methodology'),
    P('The methodology followed the approved SAP. Deviations from the plan: the sample of EKS worker nodes for manual review was increased from three to four because one node was running a different AMI version than the launch template (see finding C-07).'),
    H1('5 Security Assessment Results'),
    P('Table 5-1 summarizes the open findings. The complete list, including evidence references and the test case identifiers, is in the Risk Exposure Table in Appendix A.'),
    T([
      ['ID', 'Control', 'Finding', 'Initial Risk', 'Adjusted Risk', 'Status'],
      ['V-03', 'RA-5', 'OpenSSH 9.3 on management hosts affected by CVE-2024-6387 (regreSSHion) — patched during testing.', 'High', 'High', 'Closed'],
      ['V-14', 'SI-2', 'PostgreSQL minor version 15.6 on the reporting replica is three minor releases behind.', 'Moderate', 'Moderate', 'Open'],
      ['V-19', 'SC-8(1)', 'TLS 1.0 and 1.1 accepted on the internal metrics endpoint (port 9100).', 'Moderate', 'Low', 'Open'],
      ['W-02', 'SI-10', 'Reflected cross-site scripting in the report filter parameter of /reports/search.', 'Moderate', 'Moderate', 'Open'],
      ['C-07', 'CM-2', 'One EKS node launched from a superseded AMI (ami-0b7e…) not listed in the baseline.', 'Moderate', 'Moderate', 'Open'],
      ['D-01', 'AC-2(3)', 'Two operator accounts inactive for more than 90 days were not disabled.', 'Moderate', 'Moderate', 'Open'],
      ['P-02', 'AC-6(9)', 'Tenant administrator role can enumerate user IDs of other tenants via the /users/lookup API.', 'Moderate', 'Moderate', 'Open'],
    ], { widths: [8, 10, 48, 11, 11, 12], size: 8 }),
    H1('6 Non-Conforming Controls'),
    P('Finding V-22 (Java 8 runtime required by the legacy Treasury report formatter) is an operational requirement previously accepted by the authorizing official; the compensating controls were re-tested and remain effective. Findings V-27 and V-28 reported by the CSP\'s monthly scanner were validated as false positives: the reported Apache HTTP Server version is a back-ported Amazon Linux package.'),
    H1('7 Risks Known for Interconnected Systems'),
    P('The system connects to Login.gov for a subset of agency users and to the Treasury Payment Automation Manager through a sFTP interface covered by an interconnection security agreement. No new risks were identified for these interconnections.'),
    H1('8 Authorization Recommendation'),
    P(`A total of 27 system risks were identified for ${CSO}. Of the 27 risks, 0 are high, 9 are moderate, and 18 are low. Priority levels were established based on the type of vulnerability identified. ${TPAO} attests that the security controls of ${CSO} are implemented correctly, operating as intended, and producing the desired outcome, with the exceptions noted in this report. ${TPAO} recommends that ${CSO} continue to be authorized at the FedRAMP Moderate impact level, provided that the open moderate findings are remediated within the FedRAMP timeframes and tracked on the POA&M.`),
    BH('Assessor Signature'),
    T([['Name', 'Title', 'Signature', 'Date'], [PEOPLE.leadAssessor, 'Lead Assessor', '/s/', '08/08/2025'], [PEOPLE.qaReviewer, 'Quality Assurance', '/s/', '08/08/2025']]),
    BR,
    H1('Appendix A Risk Exposure Table'),
    T([
      ['Identifier', 'Description', 'Source of Discovery', 'Likelihood', 'Impact', 'Risk Level', 'Recommendation'],
      ['V-14', 'Outdated PostgreSQL minor version', 'Nessus 10.8 DB audit', 'Moderate', 'Moderate', 'Moderate', 'Upgrade to 15.10 or later'],
      ['V-19', 'Deprecated TLS on metrics endpoint', 'Nessus plugin 104743', 'Low', 'Moderate', 'Low', 'Disable TLS < 1.2'],
      ['W-02', 'Reflected XSS', 'Burp Suite; manual', 'Moderate', 'Moderate', 'Moderate', 'Output-encode parameter'],
      ['C-07', 'Baseline drift on EKS node', 'Manual configuration review', 'Moderate', 'Moderate', 'Moderate', 'Rotate node group'],
      ['D-01', 'Inactive accounts not disabled', 'Examine: IdP report', 'Moderate', 'Moderate', 'Moderate', 'Enforce automated disablement'],
      ['P-02', 'Cross-tenant user enumeration', 'Penetration test', 'Moderate', 'Moderate', 'Moderate', 'Scope lookup to tenant'],
    ], { widths: [10, 22, 16, 10, 10, 10, 22], size: 8 }),
  ];
  return docx(body, {
    core: { title: 'Security Assessment Report', subject: CSO, creator: PEOPLE.leadAssessor, lastModifiedBy: PEOPLE.leadAssessor, created: '2025-07-01T12:00:00Z', modified: '2025-08-08T19:30:00Z' },
    app: { company: TPAO, pages: 61 },
    header: `${CSO} | Security Assessment Report | 2025`,
    footer: `${TPAO} — Controlled Unclassified Information`,
    pageNumbers: true,
    font: 'Arial',
    fontSize: 20,
  });
}

function sarXml(): string {
  const raw = personalise(readFileSync(fixture('oscal/FedRAMP-SAR-OSCAL-Template.xml'), 'utf8'));
  return raw
    .replace(/uuid="26a53d2c-4249-4e0c-9939-410590f3ae9e"/, `uuid="${uuid(rng(804))}"`)
    .replace(/<title>[^<]*FedRAMP Security Assessment Results \(SAR\)<\/title>/, `<title>${CSO} — Security Assessment Results — 2025 Annual Assessment</title>`)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-08-08T19:30:00Z</last-modified>');
}

async function sarPdf(): Promise<Buffer> {
  const body: Block[] = [
    P(`${TPAO}`, { size: 10, bold: true }),
    P('Security Assessment Report', { size: 10 }),
    SP(1),
    TITLE('Significant Change Assessment', 20, 'left'),
    P(`${CSO}: Migration of the Ledger Database from Amazon RDS for PostgreSQL to Amazon Aurora PostgreSQL (SCR-2025-01)`, { size: 12, bold: true }),
    P('Security Assessment Report — Version 1.0 — April 11, 2025', { size: 11 }),
    H1('1 Executive Summary'),
    P(`At the request of ${CSP}, and as required by the Department of Transportation's approval of Significant Change Request SCR-2025-01, ${TPAO} assessed the controls affected by the migration of the ${CSO_ABBR} ledger database to Amazon Aurora PostgreSQL-Compatible Edition. The assessment followed the Security Assessment Plan addendum dated March 7, 2025 and covered 31 controls.`),
    P('The assessment identified 5 findings: 0 high, 2 moderate, 3 low. No finding prevents the change from remaining in production. The moderate findings concern the Aurora cluster parameter group (log_connections disabled) and the absence of the new cluster from the March integrated inventory.'),
    H1('2 Scope'),
    P('In scope: the Aurora cluster lcg-prd-ledger-aurora (writer and two readers), the AWS Database Migration Service replication instance used during cut-over (decommissioned March 29, 2025), the updated KMS key policy, the updated backup plan, and the controls of the contingency plan that reference database recovery.'),
    H1('3 Results'),
    T([
      ['ID', 'Control', 'Description', 'Risk', 'Recommendation'],
      ['SC-01', 'AU-12', 'Aurora parameter log_connections and log_disconnections set to 0.', 'Moderate', 'Enable in the cluster parameter group; verify in the SIEM.'],
      ['SC-02', 'CM-8', 'Aurora cluster absent from the March 2025 integrated inventory.', 'Moderate', 'Add the cluster and its instances to the inventory.'],
      ['SC-03', 'CP-9', 'Backup retention 7 days vs 35 days stated in the ISCP.', 'Low', 'Align the backup plan with the ISCP.'],
      ['SC-04', 'SC-28(1)', 'Snapshot export to S3 permitted by the IAM policy of the DBA role.', 'Low', 'Remove rds:StartExportTask.'],
      ['SC-05', 'AC-6', 'DMS replication role retained after decommissioning.', 'Low', 'Delete the role.'],
    ], { widths: [9, 10, 41, 10, 30], size: 8 }),
    H1('4 Risk Exposure and Recommendation'),
    P(`Based on the results above, ${TPAO} recommends that the authorizing officials accept the change. The CSP must add the five findings to its POA&M with the next monthly continuous monitoring submission. ${TPAO} attests that the assessment was performed independently and that this report accurately reflects the state of the controls on the dates of testing.`),
    P(`${PEOPLE.leadAssessor}, Lead Assessor — signed April 11, 2025`),
  ];
  return pdf(body, { meta: null, created: '2025-04-11T20:00:00Z', header: 'Coastline Assurance Partners | SAR | SCR-2025-01', footer: 'CUI', pageNumbers: 'plain', serif: true });
}

// ------------------------------------------------------------------ ATO letters

async function atoPdfDol(): Promise<Buffer> {
  const body: Block[] = [
    P('U.S. DEPARTMENT OF LABOR', { align: 'center', size: 14, bold: true }),
    P('Employment and Training Administration', { align: 'center', size: 11 }),
    P('Office of the Chief Information Officer', { align: 'center', size: 11 }),
    P('200 Constitution Avenue NW, Washington, DC 20210', { align: 'center', size: 9 }),
    SP(2),
    P('February 14, 2025'),
    P(`${PEOPLE.ceo}\nChief Executive Officer\n${CSP}\n${ADDRESS}`),
    P(`Subject: Authority to Operate — ${CSO} (FedRAMP Package ID ${PKG})`, { bold: true }),
    P(`Dear Mr. Althaus:`),
    P(`The Employment and Training Administration (ETA) has reviewed the FedRAMP security authorization package for ${CSO}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, the Plan of Action and Milestones, and the Authority to Operate issued by the Department of Transportation, which is available in the FedRAMP secure repository. Based on this review and on the residual risk described in the package, I have determined that the risk to ETA operations, assets, and individuals resulting from the use of ${CSO} is acceptable.`),
    P(`Accordingly, I grant ${CSO} an Authority to Operate for use by the Employment and Training Administration at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this letter, provided that the system remains in good standing in the FedRAMP continuous monitoring program and that the conditions below are met.`),
    OL([
      `${CSP} will provide ETA with the monthly continuous monitoring deliverables — the updated POA&M, the vulnerability scan results, and the integrated inventory — through the FedRAMP secure repository no later than the 15th day of each month.`,
      `${CSP} will notify ETA of any significant change at least 30 days before its planned implementation and of any security incident affecting ETA data within one hour of discovery, in accordance with US-CERT reporting guidelines.`,
      'Moderate findings open at the time of this authorization will be remediated within the FedRAMP timeframes; any request for a deviation will be submitted to ETA for concurrence.',
      'ETA customer responsibilities identified in the Customer Responsibility Matrix will be implemented by the ETA system owner before production data is loaded.',
    ]),
    P('This authorization may be revoked at any time if the risk to ETA becomes unacceptable. Please direct questions to the ETA Information System Security Officer at eta-isso@dol.example.'),
    SP(1),
    P('Sincerely,'),
    SP(1),
    P(`${PEOPLE.dolAO}`),
    P('Authorizing Official\nChief Information Officer, Employment and Training Administration'),
    SP(1),
    P(`cc: ${PEOPLE.isso}, ISSO, ${CSP}\n     FedRAMP PMO (info@fedramp.gov)\n     DOT OCFO Authorizing Official`, { size: 9 }),
  ];
  return pdf(body, { meta: { title: 'Scan_0214_0931', producer: 'Adobe PSL 1.3e for Canon', creator: 'Canon iR-ADV C5840' }, created: '2025-02-14T14:31:00Z', serif: true, fontSize: 11 });
}

async function atoDocxSba(): Promise<Buffer> {
  const body: Block[] = [
    P('U.S. SMALL BUSINESS ADMINISTRATION', { align: 'center', bold: true, size: 13 }),
    P('WASHINGTON, DC 20416', { align: 'center', size: 9 }),
    SP(1),
    T([
      ['MEMORANDUM FOR:', `${PEOPLE.ceo}, Chief Executive Officer, ${CSP}`],
      ['FROM:', `${PEOPLE.sbaAO}, Authorizing Official, Office of Capital Access`],
      ['THROUGH:', 'Chief Information Security Officer, Office of the Chief Information Officer'],
      ['DATE:', 'July 22, 2025'],
      ['SUBJECT:', `Authority to Operate (ATO) for ${CSO}`],
    ], { header: false, widths: [22, 78] }),
    SP(1),
    BH('1. Purpose'),
    P(`This memorandum grants ${CSO}, a FedRAMP authorized Software-as-a-Service offering of ${CSP}, an Authority to Operate within the Office of Capital Access for the processing of loan guaranty fee reconciliation data categorized at the Moderate impact level.`),
    BH('2. Basis for the Decision'),
    P(`SBA leveraged the existing FedRAMP authorization package (Package ID ${PKG}), including the System Security Plan version 4.1, the 2024 annual Security Assessment Report by ${TPAO}, the current Plan of Action and Milestones, and the continuous monitoring submissions for January through June 2025. SBA's Office of the CIO also reviewed the SBA-specific customer responsibilities and the interconnection with the SBA identity provider.`),
    P('I have determined that the residual risk is acceptable to SBA, considering the compensating controls described in the package and the commitments below.'),
    BH('3. Terms and Conditions'),
    UL([
      'This ATO expires on July 31, 2028, unless revoked earlier.',
      `${CSP} will continue to meet FedRAMP continuous monitoring requirements and will make its monthly deliverables available to SBA in the FedRAMP secure repository.`,
      'The SBA system owner will complete the customer-responsible controls (AC-2 for SBA accounts, AU-6 review of SBA audit exports, IA-2 federation with SBA ICAM) within 90 days.',
      'SBA will participate in the joint monthly continuous monitoring meetings with DOT and DOL.',
    ]),
    BH('4. Authorization'),
    P(`On behalf of the U.S. Small Business Administration, I authorize the use of ${CSO} as described above.`),
    SP(2),
    P('____________________________________'),
    P(`${PEOPLE.sbaAO}\nAuthorizing Official\nOffice of Capital Access`),
    SP(1),
    P('Attachment: SBA Customer Responsibility Addendum (2 pages)', { size: 9 }),
  ];
  return docx(body, {
    core: { title: 'Memo Template 2023', creator: 'SBA OCIO', lastModifiedBy: 'etravers', created: '2023-01-09T15:00:00Z', modified: '2025-07-22T13:12:00Z' },
    app: { company: 'U.S. Small Business Administration', template: 'SBA-Memo.dotx' },
    font: 'Times New Roman',
    fontSize: 24,
    footer: 'CONTROLLED UNCLASSIFIED INFORMATION',
  });
}

// ------------------------------------------------------------------ Authorization checklists

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'System Security Plan (SSP) on the current FedRAMP Rev5 template, with all sections completed', 'LCG-SSP-v4.2.docx'],
  ['2', 'SSP Appendix A: FedRAMP Moderate security control implementation statements', 'in SSP'],
  ['3', 'Attachment 1: Information Security Policies and Procedures covering every control family', 'LCG-Policies-Procedures-v6.zip'],
  ['4', 'Attachment 2: User Guide', 'LCG-User-Guide-2025.pdf'],
  ['5', 'Attachment 3: Digital Identity Worksheet', 'LCG-DIW-v2.docx'],
  ['6', 'Attachment 4: Privacy Threshold Analysis and Privacy Impact Assessment', 'LCG-PTA-PIA-2025.docx'],
  ['7', 'Attachment 5: Rules of Behavior', 'LCG-RoB-2025.docx'],
  ['8', 'Attachment 6: Information System Contingency Plan and test results', 'LCG-ISCP-v5.docx'],
  ['9', 'Attachment 7: Configuration Management Plan', 'LCG-CMP-v4.docx'],
  ['10', 'Attachment 8: Incident Response Plan and test results', 'LCG-IRP-v4.docx'],
  ['11', 'Attachment 9: Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook', 'LCG-CIS-CRM-Rev5.xlsx'],
  ['12', 'Attachment 10: FIPS 199 Categorization', 'LCG-FIPS199.docx'],
  ['13', 'Attachment 11: Separation of Duties Matrix', 'LCG-SoD-Matrix.xlsx'],
  ['14', 'Attachment 12: FedRAMP Laws and Regulations', 'LCG-Laws-Regs.xlsx'],
  ['15', 'Attachment 13: Integrated Inventory Workbook', 'LCG-IIW-2025-07.xlsx'],
  ['16', 'Supply Chain Risk Management Plan', 'LCG-SCRMP-v2.docx'],
  ['17', 'Security Assessment Plan (SAP) with 3PAO signatures', 'LCG-SAP-2025.docx'],
  ['18', 'Security Assessment Report (SAR) with authorization recommendation and risk exposure table', 'LCG-SAR-2025.docx'],
  ['19', 'Plan of Action and Milestones (POA&M) on the FedRAMP template', 'LCG-POAM-2025-07.xlsx'],
  ['20', 'Agency Authority to Operate (ATO) letter signed by the authorizing official', 'DOT-ATO-LCG.pdf'],
  ['21', 'Continuous Monitoring Plan / monthly deliverable schedule agreed with the agency', 'in SSP section 13'],
];

async function checklistXlsx(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Checklist');
    widths(ws, [6, 70, 12, 34, 40]);
    fill(ws, 1, [
      ['FedRAMP Initial Authorization Package Checklist'],
      [`CSP: ${CSP}`, null, null, `Cloud Service Offering: ${CSO}`],
      [`Package ID: ${PKG}`, null, null, 'Impact Level: Moderate'],
      [],
      ['#', 'Package Item', 'Included (Y/N)', 'File Name / Location', 'CSP Comments'],
      ...CHECKLIST_ITEMS.map(([n, item, file]) => [n, item, 'Y', file, n === '16' ? 'New for Rev5; approved by DOT 02/2025' : '']),
    ], { bold: [1] });
    ws.getRow(1).font = { bold: true, size: 14 };
    headerStyle(ws, 5);
    const q = wb.addWorksheet('Review Questions');
    widths(q, [6, 90, 12, 40]);
    fill(q, 1, [
      ['#', 'Question', 'Response', 'Reference'],
      ['A1', 'Has the SSP been reviewed and approved by the sponsoring agency before testing began?', 'Yes', 'DOT SSP approval memo 03/2023'],
      ['A2', 'Does the SAR include the 3PAO authorization recommendation?', 'Yes', 'SAR section 8'],
      ['A3', 'Does the POA&M include all open findings from the SAR with scheduled completion dates?', 'Yes', 'POA&M tab Open POA&M Items'],
      ['A4', 'Are all attachments on the current FedRAMP templates?', 'Yes', ''],
      ['A5', 'Has the agency ATO letter been signed by the authorizing official?', 'Yes', ''],
      ['A6', 'Is the inventory consistent with the scan targets listed in the SAR?', 'Yes', 'Verified by 3PAO'],
    ], { bold: [1] });
  }, { creator: 'FedRAMP PMO', lastModifiedBy: PEOPLE.conmon, title: 'FedRAMP Initial Authorization Package Checklist', created: '2023-06-30T00:00:00Z', modified: '2025-02-18T16:00:00Z' });
}

async function checklistDocx(): Promise<Buffer> {
  const rows: string[][] = [['No.', 'Package Item', 'Y/N', 'Location in package'], ...CHECKLIST_ITEMS.map(([n, i, f]) => [n, i, n === '20' ? 'Y (SBA letter pending upload)' : 'Y', f])];
  const body: Block[] = [
    TITLE('Initial Authorization Package Checklist', 20),
    P(`Completed by ${CSP} for the package submitted to the U.S. Small Business Administration (leveraging agency)`, { align: 'center' }),
    P('Instructions: The CSP completes this checklist and submits it with the authorization package. Each item must be present in the FedRAMP secure repository and must be the version reviewed by the authorizing agency. Items marked N must be explained in the comments.', { size: 9 }),
    T([['Cloud Service Provider', CSP], ['Cloud Service Offering', CSO], ['FedRAMP Package ID', PKG], ['Authorizing Agency', AGENCIES.sba], ['Date Completed', '07/24/2025']], { header: false, widths: [35, 65] }),
    BH('Section A — Package Contents'),
    T(rows, { widths: [7, 58, 10, 25], size: 9 }),
    BH('Section B — Quality Checks'),
    T([
      ['Check', 'Y/N', 'Comment'],
      ['SSP system name, package ID and impact level match across all documents', 'Y', ''],
      ['Control implementation statements address all parts of each control', 'Y', ''],
      ['SAR risk exposure table reconciles with POA&M open items', 'Y', '27 open items'],
      ['Inventory reconciles with the scan results of the last three months', 'Y', ''],
      ['All documents are marked CUI where required', 'Y', ''],
    ], { widths: [65, 8, 27] }),
    BH('Certification'),
    P(`I certify that the items above are included in the package and are complete. — ${PEOPLE.isso}, ISSO, ${CSP}`),
  ];
  return docx(body, { core: { title: 'FedRAMP Initial Authorization Package Checklist', creator: 'FedRAMP', lastModifiedBy: PEOPLE.isso, created: '2024-06-01T00:00:00Z', modified: '2025-07-24T15:00:00Z' }, app: { company: 'GSA' }, header: 'FedRAMP', pageNumbers: true, landscape: true });
}

export async function coreDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'Final_FINAL_v4.2.docx', expected: 'SSP', note: 'Annual-update SSP (docx) with cover, revision history, approvals, TOC, system information, and control implementation statements.', data: await sspDocx() },
    { file: 'poam-2025-07.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan derived from the FedRAMP template; the file name misleadingly says POA&M.', data: sspJson() },
    { file: 'export (2).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan exported from a GRC tool with a leading comment.', data: sspYaml() },
    { file: 'upload (3).docx', expected: 'SAP', note: '3PAO annual-assessment Security Assessment Plan (docx): scope, methodology, test plan, penetration test plan, rules of engagement.', data: await sapDocx() },
    { file: 'Final_v7.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan (FedRAMP SAP template personalised), minified.', data: sapJson() },
    { file: 'signed_2024-05-01.pdf', expected: 'SAP', note: 'Previous year\'s annual-assessment Security Assessment Plan as a PDF.', data: await sapPdf() },
    { file: 'doc-0412.docx', expected: 'SAR', note: '3PAO annual Security Assessment Report (docx) with risk exposure table and authorization recommendation.', data: await sarDocx() },
    { file: 'export_20250808.xml', expected: 'SAR', note: 'OSCAL XML assessment-results (FedRAMP SAR template personalised).', data: sarXml() },
    { file: 'SCR-2025-01_3PAO_report.pdf', expected: 'SAR', note: '3PAO Security Assessment Report for a significant change (PDF, no metadata), with results, risk ratings and recommendation.', data: await sarPdf() },
    { file: 'Scan_0214_0931.pdf', expected: 'ATO_LETTER', note: 'Leveraging agency (DOL) Authority to Operate letter, scanned-style PDF whose metadata is a scanner file name.', data: await atoPdfDol() },
    { file: 'SBA memo final.docx', expected: 'ATO_LETTER', note: 'SBA memorandum granting an Authority to Operate; title only in the subject line, stale template metadata.', data: await atoDocxSba() },
    { file: 'upload (4).xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook with package items and review questions.', data: await checklistXlsx() },
    { file: 'Document1.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial Authorization Package Checklist completed in Word for a leveraging agency package.', data: await checklistDocx() },
  ];
}
