import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { buildDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import { seeded, uuid } from '../kit/rng.js';
import { AGENCY, AGENCY_ABBR, CSP, CUI_NOTICE, PEOPLE, SYS, SYS_ABBR, SYSTEM_PARAS, TPAO, approvalBlocks, blocksToPdf, distribution, revisionTable } from '../kit/common.js';
import type { EvalDoc } from '../kit/common.js';

const p = (t: string): Block => ({ k: 'p', t });
const TS = '2026-10-14T15:20:00Z';

function sspBlocks(): Block[] {
  return [
    { k: 'bold', t: 'Revision History' },
    revisionTable([['05/01/2026', '0.9', 'Readiness draft', PEOPLE.isso], ['08/30/2026', '1.0', 'Initial submission to agency', PEOPLE.isso], ['10/09/2026', '1.1', 'Agency review comments addressed (42 comments)', PEOPLE.isso]]),
    distribution([`${PEOPLE.ao}|${AGENCY}`, `${PEOPLE.agencyIsso}|${AGENCY}`, `${PEOPLE.tpaoLead}|${TPAO}`, 'FedRAMP PMO|GSA']),
    { k: 'bold', t: 'Table of Contents' },
    p('1 Information System Name/Title ........ 5'),
    p('2 Information System Categorization ........ 5'),
    p('8 General System Description ........ 9'),
    p('9 System Environment and Inventory ........ 12'),
    p('13 Minimum Security Controls ........ 21'),
    p('Attachments ........ 310'),
    { k: 'break' },
    { k: 'h1', t: '1. Information System Name/Title' },
    { k: 'table', rows: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['F2609221234', SYS, SYS_ABBR]] },
    { k: 'h1', t: '2. Information System Categorization' },
    p('The overall information system sensitivity categorization, as documented in Attachment 10 (FIPS 199 Categorization), is Moderate. The Digital Identity Level determined in Attachment 3 is Level 2.'),
    { k: 'h1', t: '3. Information System Owner' },
    { k: 'table', rows: [['Name', PEOPLE.ceo], ['Title', 'Chief Executive Officer'], ['Company / Organization', CSP], ['Address', '11600 Sunrise Valley Drive, Reston, VA 20191']], header: false },
    { k: 'h1', t: '4. Authorizing Official' },
    p(`The Authorizing Official for this system is ${PEOPLE.ao}, Chief Information Officer, ${AGENCY}.`),
    { k: 'h1', t: '8. General System Description' },
    ...SYSTEM_PARAS.slice(0, 5).map(p),
    { k: 'h2', t: '8.1 Leveraged FedRAMP Authorizations' },
    p('AWS GovCloud (US) - FedRAMP High P-ATO; Okta for Government Moderate - FedRAMP Moderate.'),
    { k: 'h1', t: '9. System Environment and Inventory' },
    p('The inventory of components is maintained in Attachment 13, the Integrated Inventory Workbook. Ports, protocols and services are listed in Table 9-1.'),
    { k: 'table', rows: [['Port', 'Protocol', 'Service', 'Purpose'], ['443', 'TCP', 'HTTPS', 'Portal and API'], ['22', 'TCP', 'SFTP', 'Payment file exchange with agencies and ODFI'], ['1792', 'TCP', 'NTLS', 'Application to HSM cluster'], ['5432', 'TCP', 'PostgreSQL', 'Ledger database (internal)']] },
    { k: 'h1', t: '13. Minimum Security Controls' },
    p('Security controls for the system are described below using the FedRAMP Moderate baseline. Each control lists its implementation status, control origination and the implementation statement.'),
    { k: 'h2', t: 'AC-2 Account Management' },
    { k: 'table', rows: [['AC-2 Control Summary Information'], ['Responsible Role: Identity Engineering; Agency Account Administrator'], ['Implementation Status: Implemented'], ['Control Origination: Shared (Service Provider and Customer)']], header: false },
    p('What is the solution and how is it implemented? Part a: Tallyline defines account types (individual, privileged, service, break-glass) in the Access Control Policy (Attachment 1). Part b: account managers are assigned for each team. Part c-d: access requires approved ServiceNow tickets; federal accounts are created by the Agency Account Administrator through the portal.'),
    { k: 'h2', t: 'AC-5 Separation of Duties' },
    p(`Implementation: ${SYSTEM_PARAS[6] ?? ''} The complete matrix is provided in Attachment 11.`),
    { k: 'h2', t: 'CP-9 System Backup' },
    p('Aurora continuous backup with 35-day retention; hourly cross-region snapshot copy; payment files in S3 with Object Lock. Backups are tested quarterly by restoring to the recovery account (see Attachment 6, ISCP).'),
    { k: 'h2', t: 'RA-5 Vulnerability Monitoring and Scanning' },
    p('Authenticated operating system, database and web application scans run monthly and after significant changes; results are delivered to the agency with the monthly POA&M. Remediation timelines follow FedRAMP guidance (High 30, Moderate 90, Low 180 days).'),
    { k: 'h2', t: 'SC-12 Cryptographic Key Establishment and Management' },
    p('Keys for payment file signing and tokenization are generated in FIPS 140-3 Level 3 HSMs under dual control and split knowledge; key ceremonies follow the documented script and are witnessed by Internal Audit.'),
    { k: 'h2', t: 'SC-28 Protection of Information at Rest' },
    p(SYSTEM_PARAS[7] ?? ''),
  ];
}

async function sspDocx(): Promise<EvalDoc> {
  return {
    file: 'TFDP_SSP_v1.1_agency-review.docx',
    expected: 'SSP',
    note: 'FedRAMP Moderate System Security Plan in Word with system identification, categorization, description and control implementation statements.',
    data: await buildDocx({
      title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template',
      subject: 'SSP',
      creator: 'FedRAMP PMO',
      lastModifiedBy: PEOPLE.isso,
      header: `${SYS} System Security Plan | Version 1.1`,
      footer: 'Controlled Unclassified Information',
      cover: [{ k: 'big', t: SYS }, { k: 'big', t: 'System Security Plan', size: 52 }, { k: 'center', t: 'FedRAMP Moderate Impact Level' }, { k: 'center', t: `${CSP} | Version 1.1 | October 9, 2026` }, p(CUI_NOTICE)],
      blocks: sspBlocks(),
    }),
  };
}

async function sspPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [{ k: 'p', t: 'CUI' }, { k: 'big', t: `${SYS} (${SYS_ABBR})`, size: 36 }, { k: 'big', t: 'SYSTEM SECURITY PLAN', size: 40 }, p('FedRAMP Moderate - Version 1.0 - Submitted to the Federal Benefits Administration'), ...sspBlocks()];
  return { file: 'ssp-printed.pdf', expected: 'SSP', note: 'PDF print of the System Security Plan with control implementation statements.', data: await buildPdf({ title: 'SSP', author: PEOPLE.isso, header: `${SYS_ABBR} SSP`, footer: 'CUI', items: blocksToPdf(blocks) }) };
}

async function sspOscalJsonFromTemplate(): Promise<EvalDoc> {
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as { 'system-security-plan': { metadata: Record<string, unknown>; 'system-characteristics'?: Record<string, unknown> } };
  const ssp = raw['system-security-plan'];
  ssp.metadata.title = `${SYS} System Security Plan`;
  ssp.metadata['last-modified'] = TS;
  ssp.metadata.version = '1.1';
  if (ssp['system-characteristics']) {
    ssp['system-characteristics']['system-name'] = SYS;
    ssp['system-characteristics']['system-name-short'] = SYS_ABBR;
  }
  return { file: 'tfdp-ssp.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan derived from the FedRAMP SSP OSCAL template (test/fixtures/oscal) with this system named.', data: `${JSON.stringify(raw, null, 2)}\n` };
}

function sspOscalYaml(): EvalDoc {
  const r = seeded(4001);
  const ctl = (id: string, text: string) => ({ uuid: uuid(r), 'control-id': id, 'by-components': [{ 'component-uuid': 'c0000000-0000-4000-a000-000000000001', uuid: uuid(r), description: text, 'implementation-status': { state: 'implemented' } }] });
  const doc = {
    'system-security-plan': {
      uuid: uuid(r),
      metadata: { title: `${SYS_ABBR} SSP (OSCAL)`, 'last-modified': TS, version: '1.1', 'oscal-version': '1.1.3', parties: [{ uuid: uuid(r), type: 'organization', name: CSP }] },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'http://fedramp.gov/ns/oscal', id: 'F2609221234' }],
        'system-name': SYS,
        'system-name-short': SYS_ABBR,
        description: SYSTEM_PARAS[0],
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': { 'information-types': [{ uuid: uuid(r), title: 'Payments', description: 'Disbursement instructions', categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.3.1.3'] }], 'confidentiality-impact': { base: 'fips-199-moderate' }, 'integrity-impact': { base: 'fips-199-moderate' }, 'availability-impact': { base: 'fips-199-low' } }] },
        'security-impact-level': { 'security-objective-confidentiality': 'fips-199-moderate', 'security-objective-integrity': 'fips-199-moderate', 'security-objective-availability': 'fips-199-moderate' },
        status: { state: 'under-development' },
        'authorization-boundary': { description: SYSTEM_PARAS[4] },
      },
      'system-implementation': {
        users: [{ uuid: uuid(r), title: 'Batch Checker', 'role-ids': ['batch-checker'] }],
        components: [{ uuid: 'c0000000-0000-4000-a000-000000000001', type: 'this-system', title: SYS, description: 'The whole system.', status: { state: 'operational' } }],
      },
      'control-implementation': {
        description: 'Control implementation for the FedRAMP Moderate baseline.',
        'implemented-requirements': [ctl('ac-2', 'Accounts are requested through ServiceNow and provisioned by Identity Engineering.'), ctl('ac-5', SYSTEM_PARAS[6] ?? ''), ctl('ra-5', 'Monthly authenticated scans of OS, databases and web applications.'), ctl('sc-12', 'Keys generated in FIPS 140-3 Level 3 HSMs under dual control.'), ctl('sc-28', SYSTEM_PARAS[7] ?? '')],
      },
    },
  };
  return { file: 'ssp.yaml', expected: 'SSP', note: 'Hand-written OSCAL 1.1.3 system-security-plan in YAML for the system.', data: stringify(doc, { lineWidth: 0 }) };
}

function sapBlocks(): Block[] {
  return [
    { k: 'h1', t: '1. Introduction' },
    p(`${TPAO} (Keystone), an A2LA-accredited FedRAMP Third Party Assessment Organization, will perform the initial security assessment of the ${SYS}. This Security Assessment Plan describes the scope, the assessment methodology, the test schedule and the rules of engagement for penetration testing.`),
    { k: 'h1', t: '2. Scope' },
    p(SYSTEM_PARAS[4] ?? ''),
    { k: 'table', rows: [['Location', 'Components'], ['AWS GovCloud (US-West)', 'EKS clusters, Aurora, S3, KMS, WAF, bastion'], ['Ashburn colocation', 'Luna HSM cluster (2 appliances)'], ['Dallas colocation', 'Standby HSM partition']] },
    { k: 'h1', t: '3. Assumptions and Limitations' },
    p('The CSP provides credentials for authenticated scanning and a non-production tenant with synthetic recipient data; no live payment files will be transmitted to the ODFI during testing. Testing of the ODFI and the Treasury financial agent systems is out of scope.'),
    { k: 'h1', t: '4. Methodology' },
    p('Controls of the FedRAMP Moderate baseline will be assessed with the examine, interview and test methods using the FedRAMP Security Requirements Traceability Matrix (SRTM) test cases. Evidence is sampled per the FedRAMP sampling methodology.'),
    { k: 'h2', t: '4.1 Vulnerability Scanning' },
    p('Keystone will run authenticated Nessus scans of all hosts and container nodes, DbProtect scans of the Aurora clusters, and Burp Suite Enterprise scans of the portal and API, and will compare results with the CSP-provided scans.'),
    { k: 'h2', t: '4.2 Penetration Testing' },
    p('Attack vectors per the FedRAMP Penetration Test Guidance: external to corporate, external to CSP target system, tenant to tenant, internal to system, mobile (not applicable), social engineering (phishing of Treasury Operations staff), simulated internal attack.'),
    { k: 'h1', t: '5. Test Schedule' },
    { k: 'table', rows: [['Activity', 'Start', 'End'], ['Kick-off and document review', '11/02/2026', '11/06/2026'], ['Onsite interviews and HSM inspection', '11/09/2026', '11/13/2026'], ['Scanning and penetration testing', '11/16/2026', '11/25/2026'], ['SAR delivery', '12/18/2026', '']] },
    { k: 'h1', t: '6. Rules of Engagement' },
    p('Testing windows 08:00-20:00 ET excluding Same Day ACH cutoffs; no denial-of-service; trusted agent at the CSP: ' + PEOPLE.isso + '; stop-test criteria: any indication of impact to production payments. Source IP addresses of the testers are listed in Appendix D.'),
    ...approvalBlocks([[PEOPLE.tpaoLead, '3PAO Assessment Lead'], [PEOPLE.ceo, 'CSP System Owner'], [PEOPLE.ao, 'Authorizing Official']]),
  ];
}

async function sapDocx(): Promise<EvalDoc> {
  return {
    file: 'Keystone_TFDP_SAP_Initial_2026.docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan with scope, methodology, schedule and rules of engagement for the initial assessment.',
    data: await buildDocx({ title: 'Security Assessment Plan', creator: PEOPLE.tpaoLead, header: `${TPAO} | ${SYS_ABBR} SAP`, footer: 'Proprietary and CUI', cover: [{ k: 'big', t: 'Security Assessment Plan (SAP)', size: 44 }, { k: 'center', t: SYS }, { k: 'center', t: `Prepared by ${TPAO} for ${CSP}` }, { k: 'center', t: 'October 20, 2026' }], blocks: sapBlocks() }),
  };
}

async function sapOscalXmlFromTemplate(): Promise<EvalDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  const data = raw.replace('[System Name] FedRAMP Security Assessment Plan (SAP)', `${SYS} Annual Security Assessment Plan 2027`).replace(/<last-modified>[^<]*<\/last-modified>/, `<last-modified>${TS}</last-modified>`);
  return { file: 'ap-2027.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan derived from the FedRAMP SAP OSCAL template (test/fixtures/oscal) retitled for this system.', data };
}

function sapOscalJson(): EvalDoc {
  const r = seeded(4002);
  const doc = {
    'assessment-plan': {
      uuid: uuid(r),
      metadata: { title: `${SYS_ABBR} Significant Change Assessment Plan - HSM migration`, 'last-modified': TS, version: '1.0', 'oscal-version': '1.1.3', parties: [{ uuid: uuid(r), type: 'organization', name: TPAO }] },
      'import-ssp': { href: './tfdp-ssp.json' },
      'reviewed-controls': { 'control-selections': [{ 'include-controls': [{ 'control-id': 'sc-12' }, { 'control-id': 'sc-13' }, { 'control-id': 'cm-3' }, { 'control-id': 'cp-9' }] }] },
      'terms-and-conditions': { parts: [{ name: 'rules-of-engagement', title: 'Rules of Engagement', prose: 'Testing of the new HSM cluster occurs in the staging tenant; no production keys are used.' }, { name: 'methodology', title: 'Methodology', prose: 'Examine, interview and test per the FedRAMP SAP.' }] },
      'assessment-subjects': [{ type: 'component', 'include-all': {} }],
      tasks: [{ uuid: uuid(r), type: 'action', title: 'HSM key ceremony observation', timing: { 'within-date-range': { start: '2026-12-01T00:00:00Z', end: '2026-12-04T00:00:00Z' } } }],
    },
  };
  return { file: 'sap-sigchange.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan for a significant-change assessment of the HSM migration.', data: `${JSON.stringify(doc, null, 2)}\n` };
}

const RISKS: [string, string, string, string, string][] = [
  ['V-01', 'AC-7', 'Portal lockout counter reset by parallel sessions', 'Moderate', 'Open'],
  ['V-02', 'SC-8', 'TLS 1.0 accepted on legacy SFTP-over-HTTPS health endpoint', 'High', 'Open'],
  ['V-03', 'RA-5', 'Outdated OpenSSL in reconciliation worker image', 'High', 'Open'],
  ['V-04', 'AU-6', 'HSM audit logs forwarded but not reviewed weekly', 'Low', 'Open'],
  ['V-05', 'CM-6', 'Three EKS nodes deviate from CIS benchmark 4.2.6', 'Low', 'Closed during testing'],
];

function sarBlocks(): Block[] {
  return [
    { k: 'h1', t: 'Executive Summary' },
    p(`${TPAO} performed an independent security assessment of the ${SYS} between November 9 and November 25, 2026, following the approved Security Assessment Plan dated October 20, 2026. This Security Assessment Report presents the results and the risk exposure of the system.`),
    { k: 'h1', t: 'Risk Exposure Table' },
    { k: 'table', rows: [['ID', 'Control', 'Weakness', 'Risk Level', 'Status'], ...RISKS] },
    { k: 'table', rows: [['Risk Level', 'Count'], ['High', '2'], ['Moderate', '1'], ['Low', '2'], ['Total', '5']] },
    { k: 'h1', t: 'Assessment Results' },
    p('Of 323 controls and enhancements in the Moderate baseline, 318 were found satisfied, 5 other than satisfied. Penetration testing achieved no compromise of the payment release path; one tenant-isolation test showed information leakage of batch counts through an error message (V-01 related).'),
    p('Scan results: 2 high, 7 moderate and 31 low vulnerabilities identified on infrastructure; 0 high on web applications; database scans showed 3 moderate configuration findings.'),
    { k: 'h1', t: 'Authorization Recommendation' },
    p(`${TPAO} recommends that the ${SYS} be granted an authorization at the FedRAMP Moderate level, provided that the two High risks are remediated within 30 days and tracked in the Plan of Action and Milestones. The system demonstrates a mature control environment, including strong dual control over payment release and HSM-based key management.`),
    ...approvalBlocks([[PEOPLE.tpaoLead, 'Assessment Lead'], [PEOPLE.tpaoQa, 'Quality Assurance Reviewer']]),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  return { file: 'Security-Assessment-Report-TFDP.docx', expected: 'SAR', note: '3PAO Security Assessment Report with risk exposure table and authorization recommendation.', data: await buildDocx({ title: 'Security Assessment Report', creator: PEOPLE.tpaoLead, header: `${TPAO}`, footer: 'CUI', cover: [{ k: 'big', t: SYS }, { k: 'big', t: 'Security Assessment Report (SAR)', size: 44 }, { k: 'center', t: 'December 18, 2026' }], blocks: sarBlocks() }) };
}

async function sarPdf(): Promise<EvalDoc> {
  return { file: 'Final_v7.pdf', expected: 'SAR', note: 'PDF of the 3PAO Security Assessment Report; file name gives nothing away.', data: await buildPdf({ title: 'Microsoft Word - SAR_draft3.docx', author: PEOPLE.tpaoQa, header: TPAO, footer: 'CUI', items: blocksToPdf([{ k: 'big', t: 'SECURITY ASSESSMENT REPORT', size: 40 }, p(`${SYS} - Annual Assessment 2026`), ...sarBlocks()]) }) };
}

function sarOscalJson(): EvalDoc {
  const r = seeded(4003);
  const doc = {
    'assessment-results': {
      uuid: uuid(r),
      metadata: { title: `${SYS} Security Assessment Results`, 'last-modified': TS, version: '1.0', 'oscal-version': '1.1.3', parties: [{ uuid: uuid(r), type: 'organization', name: TPAO }] },
      'import-ap': { href: './sap.json' },
      results: [
        {
          uuid: uuid(r),
          title: 'Initial assessment 2026',
          description: 'Results of the initial FedRAMP Moderate assessment.',
          start: '2026-11-09T00:00:00Z',
          end: '2026-11-25T00:00:00Z',
          'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
          findings: RISKS.map(([id, control, title]) => ({ uuid: uuid(r), title: `${id} ${title}`, description: title, target: { type: 'objective-id', 'target-id': `${control.toLowerCase()}_obj`, status: { state: 'not-satisfied' } } })),
          risks: RISKS.map(([id, , title, level]) => ({ uuid: uuid(r), title: `${id} ${title}`, description: title, statement: 'See finding.', status: 'open', characterizations: [{ facets: [{ name: 'likelihood', system: 'https://fedramp.gov', value: level.toLowerCase() }] }] })),
        },
      ],
    },
  };
  return { file: 'results.json', expected: 'SAR', note: 'OSCAL JSON assessment-results with findings and risks from the 3PAO assessment.', data: `${JSON.stringify(doc, null, 2)}\n` };
}

const POAM_HEADER: Cell[] = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(): Cell[][] {
  return [
    ['V-02', 'SC-8', 'Weak TLS on health endpoint', 'TLS 1.0 accepted on sftp-gw health endpoint', 'SAR', 'V-02', 'sftp-gw-01', PEOPLE.sre, 'None', 'Disable legacy protocols in listener policy', '11/20/2026', '12/20/2026', 'Policy change 12/05/2026', '', '12/31/2026', 'No', '', '', 'High', 'High', 'No', 'No', 'No', '', 'SAR section 4', '', 'No', 'No', '', '', 'SFTP gateway'],
    ['V-03', 'RA-5, SI-2', 'Outdated OpenSSL', 'OpenSSL 3.0.7 in recon-worker image', 'Nessus', '168148', 'recon-worker', PEOPLE.sre, 'None', 'Rebuild image from golden base', '11/18/2026', '12/18/2026', 'Image rebuilt 12/02/2026', '', '12/31/2026', 'No', '', '', 'High', 'High', 'No', 'No', 'No', '', '', '', 'No', 'Yes', '12/09/2026', 'CVE-2023-0286', 'Reconciliation'],
    ['V-01', 'AC-7', 'Lockout counter reset', 'Parallel sessions reset the counter', 'SAR', 'V-01', 'agency-portal', PEOPLE.cto, '40 engineering hours', 'Move counter to shared cache', '11/20/2026', '02/18/2027', 'Fix in release 26.5', '', '12/31/2026', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', '', '', 'No', 'No', '', '', 'Portal'],
    ['2026-12-004', 'AU-6', 'HSM audit review', 'HSM audit logs not reviewed weekly', 'SAR', 'V-04', 'hsm-ash-01', PEOPLE.isso, 'None', 'Add SIEM dashboard and weekly review ticket', '11/20/2026', '05/19/2027', '', '', '12/31/2026', 'Yes', '12/10/2026', 'Luna syslog connector', 'Low', 'Low', 'No', 'No', 'No', '', '', '', 'No', 'No', '', '', 'Tokenization'],
  ];
}

async function poamXlsx(): Promise<EvalDoc> {
  return {
    file: 'TFDP POA&M 2026-12.xlsx',
    expected: 'POAM',
    note: 'FedRAMP POA&M workbook with Open/Closed POA&M Items sheets and the POAM ID header row.',
    data: await buildXlsx({
      title: 'FedRAMP POA&M Template',
      creator: 'FedRAMP',
      lastModifiedBy: PEOPLE.isso,
      sheets: [
        { name: 'Open POA&M Items', rows: [['Plan of Action and Milestones'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, SYS, 'Moderate', '12/31/2026'], [], POAM_HEADER, ...poamRows()], bold: [5] },
        { name: 'Closed POA&M Items', rows: [[], [], [], [], POAM_HEADER, ['V-05', 'CM-6', 'CIS deviation on EKS nodes', 'Three nodes deviate from CIS 4.2.6', 'SAR', 'V-05', 'eks-node-pool-b', PEOPLE.sre, 'None', 'Re-apply node config', '11/20/2026', '11/24/2026', 'Done', '', '11/24/2026', 'No', '', '', 'Low', 'Low', 'No', 'No', 'No', '', '', 'Closed during testing', 'No', 'No', '', '', 'Platform']], bold: [5] },
        { name: 'Configuration Findings', rows: [[], [], [], [], POAM_HEADER], bold: [5] },
      ],
    }),
  };
}

async function poamXlsxDrifted(): Promise<EvalDoc> {
  const header = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source Identifier', 'Asset Identifier', 'POC', 'Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'CVE', 'Comments'];
  const rows: Cell[][] = [[`${SYS_ABBR} monthly ConMon POA&M - January 2027`], ['prepared by ISSO - do not edit columns'], [], [], [], [], header];
  for (const r of poamRows()) rows.push([r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '', r[5] ?? '', r[6] ?? '', r[7] ?? '', r[9] ?? '', r[10] ?? '', r[11] ?? '', '01/31/2027', r[18] ?? '', r[19] ?? '', r[29] ?? '', 'monthly update']);
  return { file: 'conmon-jan.xlsx', expected: 'POAM', note: 'Monthly POA&M workbook with a drifted header row (row 7) and renamed columns; still the open POA&M items list.', data: await buildXlsx({ creator: PEOPLE.isso, sheets: [{ name: 'Open POA&M Items', rows, bold: [7] }, { name: 'Closed POA&M Items', rows: [header] }] }) };
}

function poamCsv(): EvalDoc {
  const q = (c: Cell) => (c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
  const lines = [POAM_HEADER, ...poamRows()].map((r) => r.map(q).join(','));
  return { file: 'export.csv', expected: 'POAM', note: 'CSV export of the open POA&M items with the FedRAMP POA&M template columns.', data: `${lines.join('\r\n')}\r\n` };
}

function poamOscalXml(): EvalDoc {
  const r = seeded(4004);
  const items = poamRows()
    .map((row) => `  <poam-item uuid="${uuid(r)}">\n    <title>${String(row[2])}</title>\n    <description>${String(row[3])}</description>\n    <prop name="POAM-ID" ns="https://fedramp.gov/ns/oscal" value="${String(row[0])}"/>\n    <remarks><p>Scheduled completion ${String(row[11])}; risk ${String(row[18])}.</p></remarks>\n  </poam-item>`)
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<plan-of-action-and-milestones xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${uuid(r)}">\n  <metadata>\n    <title>${SYS} Plan of Action and Milestones</title>\n    <last-modified>${TS}</last-modified>\n    <version>2026-12</version>\n    <oscal-version>1.1.3</oscal-version>\n    <party uuid="${uuid(r)}" type="organization"><name>${CSP.replace('&', '&amp;')}</name></party>\n  </metadata>\n  <import-ssp href="./tfdp-ssp.xml"/>\n  <system-id identifier-type="http://fedramp.gov/ns/oscal">F2609221234</system-id>\n${items}\n</plan-of-action-and-milestones>\n`;
  return { file: 'poam.oscal.xml', expected: 'POAM', note: 'OSCAL XML plan-of-action-and-milestones with the open items.', data: xml };
}

function atoBlocks(): Block[] {
  return [
    { k: 'center', t: AGENCY.toUpperCase(), bold: true },
    { k: 'center', t: 'Office of the Chief Information Officer - 1800 F Street NW, Washington, DC 20405' },
    p('January 22, 2027'),
    p(`MEMORANDUM FOR: ${PEOPLE.ceo}, Chief Executive Officer, ${CSP}`),
    p(`SUBJECT: Authority to Operate (ATO) for the ${SYS}`),
    p(`The ${AGENCY} (${AGENCY_ABBR}) has reviewed the FedRAMP security authorization package for the ${SYS}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones.`),
    p(`Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I grant an Authority to Operate for the ${SYS} at the Moderate impact level, effective as of the date of this letter, for a period not to exceed three years, subject to continuous monitoring.`),
    p('This authorization is conditioned on: remediation of the two High findings within 30 days; monthly delivery of continuous monitoring deliverables (POA&M, vulnerability scans, inventory); annual assessment by an accredited 3PAO; and notification of significant changes before implementation.'),
    p('The ATO may be revoked at any time if the risk posture changes materially.'),
    p(`${PEOPLE.ao}`),
    p(`Authorizing Official and Chief Information Officer, ${AGENCY}`),
    p('cc: FedRAMP PMO; ' + PEOPLE.agencyIsso + ', ISSO'),
  ];
}

async function atoPdf(): Promise<EvalDoc> {
  return { file: 'FBA-signed-0122.pdf', expected: 'ATO_LETTER', note: 'Signed agency Authority to Operate letter from the Authorizing Official granting a Moderate ATO.', data: await buildPdf({ author: 'FBA OCIO', creator: 'Adobe Acrobat Pro', items: blocksToPdf(atoBlocks()) }) };
}

async function atoDocx(): Promise<EvalDoc> {
  return { file: 'SAR-final.docx', expected: 'ATO_LETTER', note: 'Word draft of the agency ATO letter; the file name misleadingly says SAR.', data: await buildDocx({ title: 'Letterhead template', creator: 'FBA OCIO', blocks: atoBlocks() }) };
}

const CHECKLIST: [string, string][] = [
  ['Transmittal Letter / Authorization Letter', 'ATO letter signed by the AO'],
  ['System Security Plan (SSP)', 'Using the FedRAMP template, with all attachments'],
  ['Attachment 1 - Information Security Policies and Procedures', 'Covering all 17+ families'],
  ['Attachment 2 - User Guide', ''],
  ['Attachment 3 - Digital Identity Worksheet', ''],
  ['Attachment 4 - PTA / PIA', ''],
  ['Attachment 5 - Rules of Behavior', ''],
  ['Attachment 6 - Information System Contingency Plan', 'Including test results'],
  ['Attachment 7 - Configuration Management Plan', ''],
  ['Attachment 8 - Incident Response Plan', ''],
  ['Attachment 9 - CIS/CRM Workbook', ''],
  ['Attachment 10 - FIPS 199', ''],
  ['Attachment 11 - Separation of Duties Matrix', ''],
  ['Attachment 12 - Laws and Regulations', ''],
  ['Attachment 13 - Integrated Inventory Workbook', ''],
  ['Security Assessment Plan (SAP)', 'Signed by 3PAO'],
  ['Security Assessment Report (SAR)', 'With risk exposure table and recommendation'],
  ['Plan of Action and Milestones (POA&M)', 'FedRAMP template'],
  ['Continuous Monitoring Plan', ''],
];

async function checklistXlsx(): Promise<EvalDoc> {
  const rows: Cell[][] = [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`, `CSO: ${SYS}`, 'Impact: Moderate', 'Agency: ' + AGENCY], [], ['#', 'Document', 'Included? (Y/N)', 'Version / Date', 'Notes']];
  CHECKLIST.forEach(([d, n], i) => rows.push([i + 1, d, 'Y', '2026-12', n]));
  return { file: 'Initial_Authorization_Package_Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist listing each required package item and its status.', data: await buildXlsx({ title: 'FedRAMP Initial Authorization Package Checklist', creator: PEOPLE.isso, sheets: [{ name: 'Checklist', rows, bold: [4], widths: [5, 60, 14, 14, 40] }] }) };
}

async function checklistDocx(): Promise<EvalDoc> {
  return {
    file: 'pkg-checklist-v2.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'Word copy of the FedRAMP Initial Authorization Package Checklist filled for the package submission.',
    data: await buildDocx({ creator: 'Federal Programs', blocks: [{ k: 'big', t: 'FedRAMP Initial Authorization Package Checklist', size: 36 }, p(`Cloud Service Offering: ${SYS}. Sponsoring agency: ${AGENCY}. 3PAO: ${TPAO}.`), p('Instructions: the CSP completes this checklist and uploads it with the package to the FedRAMP secure repository. Indicate whether each item is included.'), { k: 'table', rows: [['Item', 'Included', 'Comments'], ...CHECKLIST.map(([d, n]) => [d, 'Yes', n])] }] }),
  };
}

export async function coreDocs(): Promise<EvalDoc[]> {
  return [await sspDocx(), await sspPdf(), await sspOscalJsonFromTemplate(), sspOscalYaml(), await sapDocx(), await sapOscalXmlFromTemplate(), sapOscalJson(), await sarDocx(), await sarPdf(), sarOscalJson(), await poamXlsx(), await poamXlsxDrifted(), poamCsv(), poamOscalXml(), await atoPdf(), await atoDocx(), await checklistXlsx(), await checklistDocx()];
}
