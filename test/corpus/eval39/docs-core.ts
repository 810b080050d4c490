import { readFile } from 'node:fs/promises';
import { fixture } from '../../support/fixtures.js';
import { buildDocx } from './kit/docx.js';
import type { Block } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import type { PdfBlock } from './kit/pdf.js';
import { ORG, PLATFORM, approvals, revisionHistory, sectionsToBlocks, sectionsToPdf, toc } from './kit/common.js';
import type { EvalDoc, Section } from './kit/common.js';

/** A deterministic UUID-shaped string from a label (not random: the corpus must be byte-stable). */
export function uuidFor(label: string): string {
  let h = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${label}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

const CONTROLS: [string, string, string][] = [
  ['AC-2', 'Account Management', `Agency tenant accounts are provisioned only through SAML just-in-time provisioning from the agency identity provider, with the matter administrator role assigning review groups. ${ORG.csp} privileged accounts are requested in the ticketing system, approved by the account owner's manager and the ISSO, and reviewed monthly; accounts inactive for 90 days are disabled automatically.`],
  ['AC-2(3)', 'Disable Accounts', 'A scheduled job disables internal accounts inactive for 90 days and agency accounts at the interval the agency sets in its tenant policy (default 90 days).'],
  ['AC-6', 'Least Privilege', 'Review roles (reviewer, QC reviewer, privilege reviewer, production manager, matter administrator) are scoped per matter. Engineers hold no standing production access; break-glass access through the session manager expires after four hours.'],
  ['AU-2', 'Event Logging', 'The platform logs authentication events, document views, coding decisions, redaction changes, exports, productions, legal hold issuance and release, and all administrative actions. Infrastructure events come from CloudTrail, VPC Flow Logs and EKS audit logs.'],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'The security operations team reviews SIEM correlation alerts daily and performs a weekly review of privileged activity; anomalies such as bulk exports outside working hours are escalated per the incident response procedures.'],
  ['CM-6', 'Configuration Settings', 'Container images are built from hardened base images benchmarked against CIS Level 1; drift is detected by AWS Config rules and the admission controller rejects unsigned images.'],
  ['IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', 'Privileged users authenticate with PIV or FIDO2 phishing-resistant authenticators; agency privileged roles require the agency IdP to assert PIV authentication (AAL3-capable).'],
  ['SC-8', 'Transmission Confidentiality and Integrity', 'All external connections use TLS 1.2 or 1.3 with FIPS 140-validated modules; internal service-to-service traffic uses mutual TLS through the service mesh.'],
  ['SC-28', 'Protection of Information at Rest', 'Document natives, extracted text, images, productions and database volumes are encrypted with AES-256 under per-tenant AWS KMS customer managed keys (FIPS 140-3 validated HSMs).'],
  ['SI-2', 'Flaw Remediation', 'Vulnerabilities are remediated within 30 days (High), 90 days (Moderate) and 180 days (Low) of discovery; items not remediated in time are tracked on the POA&M.'],
];

function sspDocx(): Promise<Buffer> {
  const sections: Section[] = [
    { h: 'Information System Name/Title', ps: [`This System Security Plan provides an overview of the security requirements for ${ORG.system} (${ORG.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system.`], table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2409871553', ORG.system, ORG.abbr]] },
    { h: 'Information System Categorization', ps: ['The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization (Attachment 10). The system processes litigation material, investigative files and personnel records that agencies designate as Controlled Unclassified Information (CUI//LEGAL, CUI//PRVCY).'], table: [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']] },
    { h: 'Information System Owner', ps: [`The system owner is ${ORG.vpe}, Vice President of Engineering, ${ORG.csp}, ${ORG.address}.`] },
    { h: 'Authorizing Official', ps: [`The Authorizing Official for this agency authorization is ${ORG.ao}, Chief Information Officer, ${ORG.agency}.`] },
    { h: 'Other Designated Contacts', ps: [`Information System Security Officer: ${ORG.isso}. Chief Information Security Officer: ${ORG.ciso}. Privacy Officer: ${ORG.counsel}, General Counsel.`] },
    { h: 'General System Description', ps: [PLATFORM[0]!, PLATFORM[1]!, PLATFORM[2]!, PLATFORM[3]!], sub: [{ h: 'System Function or Purpose', ps: ['The system enables agency counsel and litigation-support staff to preserve, collect, process, review and produce electronically stored information for litigation, FOIA, administrative investigations and congressional inquiries.'] }, { h: 'Information System Components and Boundaries', ps: [PLATFORM[4]!, 'The authorization boundary includes the VPCs, EKS clusters, Aurora clusters, OpenSearch domains, S3 buckets, KMS keys and the management tooling listed in the Integrated Inventory Workbook (Attachment 13). Corporate IT and the marketing website are outside the boundary.'] }] },
    { h: 'System Environment and Inventory', ps: [PLATFORM[5]!, PLATFORM[6]!], table: [['Ports (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'], ['443/TCP', 'HTTPS', 'ALB', 'Review workspace and API', 'Agency users'], ['443/TCP', 'HTTPS', 'SFTP gateway (HTTPS upload)', 'Bulk ingestion of collections', 'Agency litigation support'], ['5432/TCP', 'PostgreSQL', 'Aurora', 'Matter database', 'Internal services'], ['9200/TCP', 'HTTPS', 'OpenSearch', 'Search index', 'Internal services']] },
    { h: 'System Interconnections', ps: ['The system has no dedicated interconnections. Outbound integrations (Microsoft Graph collection connector, Google Vault export import) are initiated per matter by agency administrators with OAuth credentials the agency controls.'] },
    { h: 'Laws, Regulations, Standards and Guidance', ps: ['Applicable laws and regulations are listed in Attachment 12. Key drivers include FISMA, the Privacy Act of 1974, the Federal Rules of Civil Procedure as they bear on ESI, and NARA records management requirements.'] },
    { h: 'Minimum Security Controls', ps: ['The system implements the FedRAMP Rev5 Moderate baseline. Control implementation statements follow; customer responsibilities are summarized in the CIS/CRM workbook (Attachment 11).'] },
  ];
  const ctrlBlocks: Block[] = [];
  for (const [id, name, stmt] of CONTROLS) {
    ctrlBlocks.push({ t: 'h2', text: `${id} ${name}` });
    ctrlBlocks.push({ t: 'table', rows: [[`${id} Control Summary Information`, ''], ['Responsible Role:', id.startsWith('AC') ? 'Matter Administrator (agency); Security Engineering (CSP)' : 'Security Engineering'], ['Implementation Status (check all that apply):', 'Implemented'], ['Control Origination (check all that apply):', id === 'AC-2' ? 'Shared (Service Provider and Customer Responsibility)' : 'Service Provider System Specific']] });
    ctrlBlocks.push({ t: 'bold', text: `${id} What is the solution and how is it implemented?` });
    ctrlBlocks.push({ t: 'p', text: stmt });
  }
  const blocks: Block[] = [
    { t: 'center', text: 'CONTROLLED UNCLASSIFIED INFORMATION', bold: true },
    { t: 'big', text: ORG.csp, size: 28 },
    { t: 'big', text: ORG.system },
    { t: 'big', text: 'System Security Plan', size: 44 },
    { t: 'center', text: 'FedRAMP Moderate Baseline (Rev5)' },
    { t: 'center', text: 'Version 1.3  |  February 28, 2025' },
    { t: 'break' },
    ...revisionHistory([
      ['2024-08-02', '0.9', 'Initial draft for readiness review', ORG.isso],
      ['2024-11-15', '1.0', 'Submitted to agency for partnership review', ORG.isso],
      ['2025-01-20', '1.2', 'Revised per HUD OCIO comments (AC-2, SC-28)', 'J. Marsh'],
      ['2025-02-28', '1.3', 'Updated inventory references and boundary diagram', ORG.isso],
    ]),
    ...approvals([[ORG.vpe, 'System Owner'], [ORG.ciso, 'CISO'], [ORG.isso, 'ISSO']]),
    { t: 'break' },
    ...toc(sections),
    ...sectionsToBlocks(sections),
    { t: 'h1', text: '14. Control Implementation Statements' },
    ...ctrlBlocks,
  ];
  return buildDocx(blocks, { meta: { title: 'SSP', creator: ORG.isso, lastModifiedBy: 'jmarsh', revision: 14, subject: '' }, header: `${ORG.system} | System Security Plan | v1.3`, footer: 'CUI // Briefwell Systems Proprietary', pageNumbers: true });
}

function sspOscalJson(): string {
  const ssp = {
    'system-security-plan': {
      uuid: uuidFor('ssp-json'),
      metadata: {
        title: `${ORG.system} System Security Plan`,
        'last-modified': '2025-03-01T12:00:00Z',
        version: '1.3',
        'oscal-version': '1.1.3',
        roles: [{ id: 'system-owner', title: 'System Owner' }, { id: 'information-system-security-officer', title: 'ISSO' }],
        parties: [{ uuid: uuidFor('party-csp'), type: 'organization', name: ORG.csp, 'short-name': ORG.cspShort }],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'http://fedramp.gov/ns/oscal', id: 'FR2409871553' }],
        'system-name': ORG.system,
        'system-name-short': ORG.abbr,
        description: PLATFORM[0],
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            { uuid: uuidFor('it-1'), title: 'Legal Litigation', description: 'Case files, pleadings and ESI collected for litigation.', categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.3.5.3'] }], 'confidentiality-impact': { base: 'fips-199-moderate' }, 'integrity-impact': { base: 'fips-199-moderate' }, 'availability-impact': { base: 'fips-199-low' } },
          ],
        },
        'security-impact-level': { 'security-objective-confidentiality': 'fips-199-moderate', 'security-objective-integrity': 'fips-199-moderate', 'security-objective-availability': 'fips-199-moderate' },
        status: { state: 'under-development' },
        'authorization-boundary': { description: PLATFORM[4] },
      },
      'system-implementation': {
        users: [{ uuid: uuidFor('user-1'), title: 'Agency Reviewer', 'role-ids': ['reviewer'], props: [{ name: 'type', value: 'external' }, { name: 'privilege-level', value: 'non-privileged' }] }],
        components: [
          { uuid: uuidFor('comp-this'), type: 'this-system', title: ORG.system, description: 'The whole system.', status: { state: 'operational' } },
          { uuid: uuidFor('comp-aurora'), type: 'service', title: 'Matter Database (Aurora PostgreSQL)', description: 'Matter, custodian and hold metadata.', status: { state: 'operational' } },
        ],
      },
      'control-implementation': {
        description: 'FedRAMP Rev5 Moderate control implementations for Briefwell Matter Cloud.',
        'implemented-requirements': CONTROLS.map(([id, , stmt]) => ({
          uuid: uuidFor(`req-${id}`),
          'control-id': id.toLowerCase().replace('(', '.').replace(')', ''),
          props: [{ name: 'implementation-status', ns: 'https://fedramp.gov/ns/oscal', value: 'implemented' }],
          statements: [{ 'statement-id': `${id.toLowerCase().replace('(', '.').replace(')', '')}_smt`, uuid: uuidFor(`smt-${id}`), 'by-components': [{ 'component-uuid': uuidFor('comp-this'), uuid: uuidFor(`bc-${id}`), description: stmt }] }],
        })),
      },
    },
  };
  return `${JSON.stringify(ssp, null, 2)}\n`;
}

async function sspOscalYaml(): Promise<string> {
  const src = await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8');
  // Source: GSA fedramp-automation SSP YAML template (test/fixtures/oscal), personalised the way a CSP fills it in.
  return `# ${ORG.system} - OSCAL SSP export (draft for agency review)\n${src
    .replace('title: FedRAMP System Security Plan (SSP)', `title: ${ORG.system} System Security Plan`)
    .replace("system-name: System's Full Name", `system-name: ${ORG.system}`)
    .replace("system-name-short: System's Short Name or Acronym", `system-name-short: ${ORG.abbr}`)}`;
}

async function sapOscalXml(): Promise<string> {
  const src = await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  // Source: GSA fedramp-automation SAP XML template (test/fixtures/oscal) with the system name filled in.
  return src.replace('<title>[System Name] FedRAMP Security Assessment Plan (SAP)</title>', `<title>${ORG.system} Annual Assessment Plan</title>`).replaceAll('[System Name]', ORG.system);
}

async function sarOscalJson(): Promise<string> {
  const src = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as { 'assessment-results': { metadata: { title: string; 'last-modified': string } } };
  // Source: GSA fedramp-automation SAR JSON template (test/fixtures/oscal), retitled and re-dated.
  src['assessment-results'].metadata.title = `${ORG.system} - Initial Assessment Results`;
  src['assessment-results'].metadata['last-modified'] = '2025-02-10T17:00:00Z';
  return JSON.stringify(src, null, 1);
}

function sapOscalJson(): string {
  const doc = {
    'assessment-plan': {
      uuid: uuidFor('sap-json'),
      metadata: { title: `${ORG.system} Security Assessment Plan - Significant Change (AI Privilege Assist)`, 'last-modified': '2025-09-02T14:00:00Z', version: '1.0', 'oscal-version': '1.1.3', parties: [{ uuid: uuidFor('party-3pao'), type: 'organization', name: ORG.tpao }] },
      'import-ssp': { href: './bmc-gov-ssp.json' },
      'local-definitions': { activities: [{ uuid: uuidFor('act-pentest'), title: 'Penetration test of Bedrock data flow', description: 'Attempt to reach the model endpoint from outside the processing subnets and to exfiltrate prompts across tenants.' }] },
      'terms-and-conditions': { parts: [{ name: 'rules-of-engagement', title: 'Rules of Engagement', prose: 'Testing from 198.51.100.24 between 2025-09-15 and 2025-09-19; no denial-of-service; stop on discovery of agency data.' }, { name: 'methodology', title: 'Methodology', prose: 'SP 800-53A examine, interview and test methods for AC-4, CM-4, RA-3, SA-9, SC-7, SC-8 and SI-4.' }] },
      'reviewed-controls': { 'control-selections': [{ 'include-controls': ['ac-4', 'cm-4', 'ra-3', 'sa-9', 'sc-7', 'sc-8', 'si-4'].map((id) => ({ 'control-id': id })) }] },
      'assessment-subjects': [{ type: 'component', description: 'AI privilege-assist service and its VPC endpoint.', 'include-all': {} }],
      tasks: [{ uuid: uuidFor('task-1'), type: 'action', title: 'Testing window', timing: { 'within-date-range': { start: '2025-09-15T00:00:00Z', end: '2025-09-19T23:59:59Z' } } }],
    },
  };
  return JSON.stringify(doc, null, 2);
}

function sapDocx(): Promise<Buffer> {
  const sections: Section[] = [
    { h: 'Introduction', ps: [`${ORG.tpao} has been engaged by ${ORG.csp} to perform the initial FedRAMP Moderate assessment of ${ORG.system}. This Security Assessment Plan describes the scope, methodology, test schedule, roles and rules of engagement for the assessment, and is submitted to the ${ORG.agency} for approval before testing begins.`, 'The assessment will test every control in the FedRAMP Rev5 Moderate baseline as described in the System Security Plan version 1.3 dated February 28, 2025. Results will be documented in the Security Assessment Report, and findings will be carried into the CSP\'s POA&M.'] },
    { h: 'Scope', ps: ['The scope is limited to the authorization boundary described in SSP Section 9. In-scope locations are AWS GovCloud (US-West) and AWS GovCloud (US-East). The corporate network and the public marketing site are out of scope.'], table: [['Component', 'Count', 'Sampling'], ['EKS worker nodes (processing, review)', '46', 'All (authenticated scan)'], ['Aurora PostgreSQL clusters', '4', 'All'], ['OpenSearch domains', '2', 'All'], ['Container images', '31', 'All in production registry'], ['Web applications (review workspace, admin console, API)', '3', 'All']] },
    { h: 'Assumptions', ps: ['Briefwell will provide credentials for authenticated scanning, test accounts in a dedicated assessment tenant populated with synthetic matter data (no agency data), and access to personnel for interviews during the testing window.'] },
    { h: 'Methodology', ps: ['Controls are assessed using the examine, interview and test methods of NIST SP 800-53A Rev5 and the FedRAMP test case workbook. Technical testing includes authenticated OS, database and container scans, web application scanning and manual testing of the review workspace, and a penetration test following the FedRAMP Penetration Test Guidance (external, tenant-to-tenant, and insider threat vectors).'], sub: [{ h: 'Tools', ps: ['Tenable Nessus Professional 10.8 (OS and database), Burp Suite Professional 2024.12 (web application), Trivy 0.58 (container images), ScoutSuite (cloud configuration).'] }, { h: 'Penetration Testing Attack Vectors', ps: ['External to corporate, external to CSP target system, tenant to tenant (two assessment tenants representing different agencies attempting to reach each other\'s matters, productions and hold data), mobile application (not applicable), and client-side application.'] }] },
    { h: 'Test Plan and Schedule', ps: ['Kickoff is scheduled for April 7, 2025. Onsite interviews April 8–11; technical testing April 14–25; out-brief May 2; draft SAR delivered May 23, 2025.'], table: [['Task', 'Start', 'Finish'], ['Kickoff meeting', '2025-04-07', '2025-04-07'], ['Document review and interviews', '2025-04-08', '2025-04-11'], ['Vulnerability scanning', '2025-04-14', '2025-04-18'], ['Penetration testing', '2025-04-14', '2025-04-25'], ['Draft Security Assessment Report', '2025-04-28', '2025-05-23']] },
    { h: 'Rules of Engagement', ps: ['Testing will be performed from the assessor source addresses listed below. No denial-of-service testing will be performed. Testers will stop immediately and notify the Briefwell ISSO on discovery of any agency data, any sign of a prior compromise, or any degradation of service. Findings rated High will be reported within 24 hours.'], table: [['Assessor IP', 'Purpose'], ['198.51.100.24', 'External scanning and penetration testing'], ['198.51.100.25', 'Web application testing']] },
    { h: 'Roles and Contact Information', ps: [`Lead assessor: ${ORG.assessor}. CSP point of contact: ${ORG.isso}. Agency point of contact: Office of the Chief Information Officer, ${ORG.agency}.`] },
  ];
  const blocks: Block[] = [
    { t: 'table', rows: [[`${ORG.tpao}\nPrepared for ${ORG.csp}`, 'Security Assessment Plan (SAP)\n' + ORG.system + '\nVersion 1.0 - March 21, 2025']], header: false },
    { t: 'blank' },
    ...revisionHistory([['2025-03-10', '0.1', 'Draft for CSP review', ORG.assessor], ['2025-03-21', '1.0', 'Final for agency approval', ORG.assessor]]),
    { t: 'bold', text: 'Assessor Attestation' },
    { t: 'p', text: `${ORG.tpao} attests that it is independent of ${ORG.csp} and is accredited by A2LA as a FedRAMP 3PAO (certificate 4512.03).` },
    { t: 'break' },
    ...sectionsToBlocks(sections),
  ];
  return buildDocx(blocks, { meta: { creator: ORG.assessor, title: 'Template - do not edit' }, footer: `${ORG.tpao} - Proprietary and Confidential`, pageNumbers: true, plainHeadings: true });
}

function sarDocx(): Promise<Buffer> {
  const sections: Section[] = [
    { h: 'Executive Summary', ps: [`${ORG.tpao} assessed ${ORG.system} from April 7 to April 25, 2025 against the FedRAMP Rev5 Moderate baseline in accordance with the approved Security Assessment Plan dated March 21, 2025. This Security Assessment Report presents the results, the risks identified, and the assessor's authorization recommendation.`, 'Of 323 controls and enhancements tested, 309 were found fully satisfied. Fourteen findings remain open: 0 High, 9 Moderate and 5 Low. No findings were identified in tenant isolation testing.'] },
    { h: 'Risk Exposure', ps: ['The table summarises the risk exposure after any risk adjustments agreed with the CSP.'], table: [['Risk Level', 'Open', 'Operationally Required', 'Risk Adjusted', 'False Positive'], ['High', '0', '0', '1', '0'], ['Moderate', '9', '1', '0', '2'], ['Low', '5', '0', '0', '0'], ['Total', '14', '1', '1', '2']] },
    { h: 'Summary of Findings', ps: ['Findings are listed in the Security Assessment Results tables in Appendix A and were transmitted to the CSP for inclusion in its Plan of Action and Milestones.'], table: [['ID', 'Control', 'Finding', 'Risk'], ['V-01', 'SI-2', 'Processing worker AMI missing kernel update (CVE-2024-53104)', 'Moderate'], ['V-02', 'SC-8', 'Legacy TLS 1.2 CBC cipher suites enabled on SFTP gateway', 'Moderate'], ['T-03', 'AC-2(3)', 'Two support accounts exceeded 90-day inactivity threshold', 'Moderate'], ['T-04', 'CP-4', 'Contingency plan test did not include OpenSearch restore', 'Low'], ['T-05', 'AU-6', 'Weekly privileged-activity review not evidenced for two weeks in March', 'Low']] },
    { h: 'Authorization Recommendation', ps: [`${ORG.tpao} recommends that ${ORG.system} be granted an authorization at the FedRAMP Moderate impact level. The system's residual risk is acceptable given the absence of open High findings, the effectiveness of tenant isolation, and the CSP's remediation plans. This recommendation is made by ${ORG.assessor}, Lead Assessor.`] },
    { h: 'Assessment Methodology', ps: ['Testing followed SP 800-53A Rev5 procedures. Evidence was examined, personnel interviewed, and technical tests performed including authenticated vulnerability scans, web application testing and a penetration test; the penetration test report is Appendix C.'] },
  ];
  return buildDocx(
    [
      { t: 'p', text: `${ORG.tpao}` },
      { t: 'big', text: 'Security Assessment Report' },
      { t: 'center', text: `${ORG.system} (${ORG.abbr})` },
      { t: 'center', text: 'Initial Assessment - FedRAMP Moderate - Version 1.0 - June 6, 2025' },
      { t: 'break' },
      ...revisionHistory([['2025-05-23', '0.9', 'Draft SAR', ORG.assessor], ['2025-06-06', '1.0', 'Final SAR incorporating CSP comments', ORG.assessor]]),
      ...sectionsToBlocks(sections),
    ],
    { meta: { title: 'Security Assessment Report', creator: ORG.assessor }, header: 'CUI', footer: `${ORG.tpao}`, pageNumbers: true },
  );
}

function sarPdf(): Promise<Buffer> {
  const sections: Section[] = [
    { h: 'Purpose', ps: [`This report documents the results of the 2026 annual assessment of ${ORG.system} performed by ${ORG.tpao} for continuous monitoring, covering the core controls, controls changed since the last assessment, and a third of the remaining controls. Assessment activities followed the annual Security Assessment Plan approved by the agency on January 30, 2026.`] },
    { h: 'Summary of Risks', ps: ['Risk exposure by severity after adjustment:'], table: [['Severity', 'Count'], ['High', '1'], ['Moderate', '4'], ['Low', '7']] },
    { h: 'Findings', ps: ['H-1 (RA-5): authenticated database scans of the reporting replica failed for two consecutive months because of an expired scan credential, so vulnerabilities may have gone undetected. M-1 (CM-7): unused SSH daemon present on two build agents. M-2 (IA-5): password-based service account for the OCR licence server. M-3 (CP-9): backup restoration test exceeded RTO. M-4 (SA-9): external collection connector lacks documented FedRAMP authorization status.'] },
    { h: 'Recommendation', ps: [`Based on the results, ${ORG.tpao} recommends continued authorization of ${ORG.system}, provided the High finding is remediated within 30 days and tracked in the POA&M.`] },
  ];
  return buildPdf(
    [
      { t: 'title', text: `${ORG.system} - Annual Assessment` },
      { t: 'title', text: 'Security Assessment Report (SAR) - Year 1 Continuous Monitoring' },
      { t: 'p', text: `Prepared by ${ORG.tpao} for ${ORG.csp}. Version 1.0, March 13, 2026.` },
      { t: 'gap' },
      ...sectionsToPdf(sections),
    ],
    { author: ORG.assessor, header: 'Controlled Unclassified Information', footer: ORG.tpao },
  );
}

function atoPdf(): Promise<Buffer> {
  const body: PdfBlock[] = [
    { t: 'p', text: `${ORG.agency.toUpperCase()}\nOFFICE OF THE CHIEF INFORMATION OFFICER\n451 Seventh Street SW, Washington, DC 20410` },
    { t: 'gap' },
    { t: 'p', text: 'July 18, 2025' },
    { t: 'p', text: `MEMORANDUM FOR: ${ORG.ceo}, Chief Executive Officer, ${ORG.csp}\nCC: FedRAMP PMO (info@fedramp.gov)` },
    { t: 'p', text: `SUBJECT: Authority to Operate (ATO) for ${ORG.system}` },
    { t: 'gap' },
    { t: 'p', text: `The ${ORG.agency} has completed its review of the security authorization package for ${ORG.system}, a FedRAMP Moderate software-as-a-service offering, including the System Security Plan, the Security Assessment Report prepared by ${ORG.tpao}, and the Plan of Action and Milestones.` },
    { t: 'p', text: `Based on that review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I grant an Authority to Operate ${ORG.system} for use by the ${ORG.agencyOffice} and other HUD components. This authorization is valid for three years from the date of this memorandum, subject to continuous monitoring in accordance with FedRAMP requirements.` },
    { t: 'p', text: 'The authorization is contingent on: remediation of open Moderate findings within the timelines in the POA&M; monthly submission of POA&M updates, vulnerability scan results and inventory; and notification to HUD of any significant change before implementation.' },
    { t: 'gap' },
    { t: 'p', text: `${ORG.ao}\nChief Information Officer and Authorizing Official\n${ORG.agency}` },
    { t: 'p', text: '/signed/ digitally signed by LORRAINE ABBOTT 2025.07.18 10:42:11 -04\'00\'' },
  ];
  return buildPdf(body, { title: 'Microsoft Word - memo_template.docx', creator: 'Microsoft Word' });
}

function atoDocx(): Promise<Buffer> {
  return buildDocx(
    [
      { t: 'center', text: 'Department of Veterans Affairs', bold: true },
      { t: 'center', text: 'Office of Information and Technology' },
      { t: 'blank' },
      { t: 'p', text: 'Date: October 2, 2025' },
      { t: 'p', text: `To: ${ORG.csp}, Attn: ${ORG.ciso}` },
      { t: 'p', text: `Subject: Agency Authorization to Operate - ${ORG.system} (FedRAMP package FR2409871553)` },
      { t: 'p', text: `The Department of Veterans Affairs, Office of General Counsel, intends to use ${ORG.system} to support litigation holds and eDiscovery for VA matters. VA has reviewed the FedRAMP authorization package in the FedRAMP secure repository, including the HUD Authority to Operate issued July 18, 2025, the System Security Plan, the Security Assessment Report and the current POA&M, and leverages that authorization.` },
      { t: 'p', text: `I have determined that the residual risk is acceptable and hereby issue an Authority to Operate for ${ORG.system} within the Department of Veterans Affairs, effective on the date of this letter and valid until October 1, 2028, unless revoked earlier. This ATO is subject to the following conditions: VA customer responsibilities listed in the CRM must be implemented by the VA Office of General Counsel; the CSP must provide continuous monitoring deliverables monthly through the FedRAMP repository; and VA must be notified within one hour of any incident affecting VA data.` },
      { t: 'p', text: 'Authorizing Official' },
      { t: 'p', text: 'Signature: ______________________   (signed)' },
      { t: 'p', text: 'Name: R. Delgado-Price, Assistant Secretary for Information and Technology and Chief Information Officer' },
    ],
    { meta: { title: 'Letterhead', creator: 'VA OIT' } },
  );
}

export async function coreDocs(): Promise<EvalDoc[]> {
  return [
    { file: 'Final_v7.docx', expected: 'SSP', note: 'Full FedRAMP Moderate System Security Plan for the eDiscovery SaaS with cover, revision history, TOC and control implementation statements.', data: await sspDocx() },
    { file: 'export-2025-03.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan for Briefwell Matter Cloud built by the CSP.', data: sspOscalJson() },
    { file: 'bmc-gov-ssp.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan (GSA template with the system name filled in).', data: await sspOscalYaml() },
    { file: 'upload (3).docx', expected: 'SAP', note: "3PAO's Security Assessment Plan: scope, methodology, test schedule and rules of engagement, title in a cover table cell.", data: await sapDocx() },
    { file: 'assessment-plan-annual.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan from the GSA template, retitled "Annual Assessment Plan".', data: await sapOscalXml() },
    { file: 'sap_scr_ai.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan for testing a significant change, with rules of engagement and methodology.', data: sapOscalJson() },
    { file: 'Pentest_Report_Final.docx', expected: 'SAR', note: 'Security Assessment Report with risk exposure table and authorization recommendation; misleading file name.', data: await sarDocx() },
    { file: 'doc-0412.pdf', expected: 'SAR', note: 'Annual-assessment SAR in PDF with findings and a continued-authorization recommendation.', data: await sarPdf() },
    { file: 'ar-results.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (GSA SAR template, retitled).', data: await sarOscalJson() },
    { file: 'scan0007.pdf', expected: 'ATO_LETTER', note: 'Agency CIO memorandum granting an Authority to Operate, signed; stale PDF title from the memo template.', data: await atoPdf() },
    { file: 'VA_leverage_letter.docx', expected: 'ATO_LETTER', note: 'Second agency leveraging the package issues its own Authority to Operate letter.', data: await atoDocx() },
  ];
}

