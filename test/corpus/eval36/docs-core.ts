import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { buildDocx } from './kit/docx.js';
import { bold, bullets, h, p, pageBreak, table, title } from './kit/model.js';
import { buildPdf } from './kit/pdf.js';
import { AGENCY, AO, approvals, CSO, CSO_SHORT, CSP, CUI_NOTICE, distribution, ident, revisionHistory, STD_REV, SYSTEM_DESCRIPTION, toc, TPAO } from './kit/persona.js';
import type { CorpusDoc } from './kit/types.js';

const CTRL = (id: string, status: string, origin: string, text: string[]) => [
  h(`${id}`, 3),
  table([['Control Summary Information', ''], ['Responsible Role', 'VAC Platform Security Lead'], ['Implementation Status', status], ['Control Origination', origin]]),
  bold(`${id} What is the solution and how is it implemented?`),
  ...text.map(p),
];

async function sspDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: { title: 'FedRAMP SSP Template Rev5', creator: 'FedRAMP PMO', subject: '' },
    header: `${CSO} | System Security Plan | CUI`,
    footer: 'Controlled Unclassified Information - Veridoc Labs Proprietary',
    blocks: [
      p('[Cover graphic: Veridoc Labs logo]'),
      title(`${CSO}`, 48),
      title('System Security Plan', 40),
      p('FedRAMP Moderate Baseline - Rev 5 - Version 1.1 - February 20, 2026'),
      p(`Prepared by ${CSP}, 1400 Wilson Blvd, Suite 900, Arlington, VA 22209`),
      CUI_NOTICE,
      pageBreak(),
      ...revisionHistory(STD_REV),
      ...approvals([['Priya Natarajan', 'Chief Information Security Officer'], ['Martin Okafor', 'Information System Security Officer'], ['Helen Ashby', 'VP, ML Platform Engineering']]),
      pageBreak(),
      ...toc(['Information System Name/Title', 'Information System Categorization', 'Information System Owner', 'Authorizing Official', 'General System Description', 'System Environment and Inventory', 'System Interconnections', 'Minimum Security Controls', 'Acronyms']),
      pageBreak(),
      h('1. Information System Name/Title'),
      p(`This System Security Plan provides an overview of the security requirements for ${CSO} (${CSO_SHORT}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by FedRAMP and NIST SP 800-53 Rev 5.`),
      table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2607114821', CSO, CSO_SHORT]]),
      h('2. Information System Categorization'),
      p('The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization attachment (Attachment 10). Based on the information types processed - primarily administrative and case-management records supplied by agency analysts - the system is categorized Moderate.'),
      table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
      h('2.1 Digital Identity Determination', 2),
      p('The digital identity level was determined with the Digital Identity Worksheet (Attachment 3): IAL2, AAL2, FAL2.'),
      h('3. Information System Owner'),
      table([['Name', 'Helen Ashby'], ['Title', 'VP, ML Platform Engineering'], ['Company / Organization', CSP], ['Address', '1400 Wilson Blvd, Suite 900, Arlington, VA 22209'], ['Phone Number', '703-555-0147'], ['Email Address', 'h.ashby@veridoclabs.example']], false),
      h('4. Authorizing Official'),
      p(`The Authorizing Official for this Agency Authorization is ${AO}, Chief Information Officer, ${AGENCY}.`),
      h('5. General System Description'),
      p(SYSTEM_DESCRIPTION),
      p('The service model is SaaS deployed on a public cloud (AWS GovCloud (US-West) and US-East) with FedRAMP High authorized IaaS as the leveraged authorization. The system boundary includes the ingestion API, the OCR workers, the embedding service, the vector database cluster (three-node, encrypted with customer-managed KMS keys), the model-hosting tier of GPU nodes (NVIDIA H100 80GB, 16 nodes in two placement groups), the prompt-logging pipeline, and the administrative bastion.'),
      h('5.1 Information System Components and Boundaries', 2),
      p('Figure 5-1 (authorization boundary diagram) shows every component; external services outside the boundary are the corporate identity provider (leveraged via SAML federation) and the customer agencies\' own identity providers.'),
      h('6. System Environment and Inventory'),
      p('The inventory of hardware and software components is maintained in the Integrated Inventory Workbook (Attachment 13). Model artifacts (weights, tokenizers, safety classifiers) are tracked as software components with SHA-256 digests.'),
      h('7. System Interconnections'),
      table([['SP IP Address and Interface', 'External Organization Name', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['10.40.0.0/20 via PrivateLink', 'Leveraged IaaS (AWS GovCloud)', 'TLS 1.2+, FIPS endpoints', 'Bi-directional', 'Platform telemetry'], ['api.vac.veridoclabs.example', 'Agency tenants', 'TLS 1.2, mutual auth for API keys', 'Incoming', 'Documents, prompts']]),
      pageBreak(),
      h('13. Minimum Security Controls'),
      p('The security controls below are documented per the FedRAMP Moderate baseline. Customer responsibilities are summarized in the CIS/CRM Workbook (Attachment 9).'),
      h('13.1 Access Control (AC)', 2),
      ...CTRL('AC-2 Account Management', 'Implemented', 'Service Provider Corporate; Shared', [
        'Part a: VAC defines account types as tenant analyst, tenant administrator, Veridoc operator, and service account. Operator accounts reach the GPU clusters only through the bastion with hardware-token MFA.',
        'Part d: Tenant administrators authorize analyst accounts; Veridoc operator accounts require a ticket approved by the ISSO and the ML Platform manager.',
      ]),
      ...CTRL('AC-6 Least Privilege', 'Implemented', 'Service Provider System Specific', ['Model-serving pods run under non-root service accounts. Only the model release pipeline can write to the model registry bucket; inference nodes mount it read-only.']),
      h('13.2 Audit and Accountability (AU)', 2),
      ...CTRL('AU-2 Event Logging', 'Implemented', 'Service Provider System Specific', ['Logged events include authentication, tenant administration, document ingestion, vector index writes, and every prompt/completion pair (prompt logging) with tenant ID and user ID. Prompt logs are retained for one year in write-once storage.']),
      ...CTRL('SC-13 Cryptographic Protection', 'Implemented', 'Inherited and Service Provider System Specific', ['FIPS 140-3 validated modules protect data in transit (TLS) and at rest (KMS). Embeddings in the vector database are treated as customer content and encrypted at rest.']),
      h('Acronyms'),
      table([['Acronym', 'Definition'], ['LLM', 'Large Language Model'], ['RAG', 'Retrieval-Augmented Generation'], ['ISSO', 'Information System Security Officer'], ['POA&M', 'Plan of Action and Milestones']]),
      ...distribution(['Martin Okafor', 'Agency ISSM', 'Kestrel Assurance Partners']),
    ],
  });
  return { file: 'VAC_SSP_v1.1_FINAL.docx', expected: 'SSP', note: 'Word System Security Plan for the LLM SaaS (FedRAMP Moderate, control implementation statements); metadata title stale from the PMO template.', data };
}

async function sspPdf(): Promise<CorpusDoc> {
  const data = await buildPdf({
    meta: { title: 'upload_ssp_scan.pdf' },
    header: 'Veridoc Labs - CUI',
    footer: 'VAC SSP v1.0',
    blocks: [
      ...revisionHistory(STD_REV.slice(0, 2)),
      ...ident('System Security Plan'),
      title('Veridoc Analyst Cloud System Security Plan (SSP)'),
      p('Version 1.0 - FedRAMP Moderate Rev 5 - Agency Authorization'),
      h('1. Information System Name/Title'),
      p(`${CSO} (${CSO_SHORT}), unique identifier FR2607114821.`),
      h('2. Information System Categorization'),
      p('Per FIPS 199 the system is Moderate for confidentiality, integrity and availability.'),
      h('9. System Description'),
      p(SYSTEM_DESCRIPTION),
      p('GPU clusters are provisioned through a managed Kubernetes service with dedicated node groups; the vector database runs on instance storage with nightly encrypted snapshots; the training-data pipeline is outside the authorization boundary and never receives customer data.'),
      h('10. Control Implementation'),
      bold('CM-2 Baseline Configuration'),
      p('The GPU node image is built from a hardened CIS Level 1 base with the NVIDIA driver and container toolkit pinned; configuration baselines are described in the Configuration Management Plan.'),
      bold('CP-9 System Backup'),
      p('Vector index snapshots and the prompt log are backed up daily to a separate region; recovery is tested annually per the ISCP.'),
      bold('IR-4 Incident Handling'),
      p('Incident handling, including model misuse and prompt-injection events with data exposure, follows the Incident Response Plan.'),
      bold('RA-5 Vulnerability Monitoring and Scanning'),
      p('Authenticated OS, container image, database and web application scans run monthly; results and the POA&M are delivered to the agency each month.'),
      bold('SI-4 System Monitoring'),
      p('Prompt logs are analysed for exfiltration patterns and anomalous token volumes per tenant; alerts route to the 24x7 SOC.'),
    ],
  });
  return { file: 'doc-0412.pdf', expected: 'SSP', note: 'PDF print of an earlier SSP version; revision table and identification table come before the title.', data };
}

async function sspOscalJson(): Promise<CorpusDoc> {
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const ssp = raw['system-security-plan'] as Record<string, unknown> & { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> };
  ssp.metadata.title = 'Veridoc Analyst Cloud FedRAMP System Security Plan';
  ssp.metadata['last-modified'] = '2026-02-20T00:00:00Z';
  ssp['system-characteristics']['system-name'] = CSO;
  ssp['system-characteristics']['system-name-short'] = CSO_SHORT;
  ssp['system-characteristics'].description = SYSTEM_DESCRIPTION;
  return { file: 'vac-ssp.oscal.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan derived from the FedRAMP template with the CSP\'s system name.', data: JSON.stringify(raw, null, 2) };
}

async function sspOscalYaml(): Promise<CorpusDoc> {
  const raw = YAML.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
  const ssp = raw['system-security-plan'];
  if (ssp?.metadata) ssp.metadata.title = 'VAC SSP (OSCAL export from GRC tool)';
  if (ssp?.['system-characteristics']) ssp['system-characteristics']['system-name'] = CSO;
  return { file: 'export (2).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan exported from a GRC tool.', data: YAML.stringify(raw) };
}

const SAP_BLOCKS = [
  h('1. Introduction'),
  p(`${TPAO} (Kestrel), an A2LA-accredited FedRAMP Third Party Assessment Organization, will perform the initial security assessment of ${CSO} (${CSO_SHORT}) against the FedRAMP Moderate Rev 5 baseline. This Security Assessment Plan describes the scope, test methodology, schedule and rules of engagement. Results will be documented in the Security Assessment Report (SAR).`),
  h('2. Scope'),
  p('In scope are all components listed in the CSP\'s Integrated Inventory Workbook dated 2026-02-20: ingestion API, OCR workers, embedding service, vector database cluster, GPU model-hosting tier, prompt-logging pipeline and administrative bastion. The offline training-data pipeline is outside the boundary and out of scope.'),
  table([['Component', 'Location', 'Test types'], ['Ingestion API (api.vac.veridoclabs.example)', 'us-gov-west-1', 'Web application penetration test, authenticated scan'], ['GPU inference node group (16 x H100)', 'us-gov-west-1', 'OS authenticated scan, configuration review'], ['Vector DB cluster', 'us-gov-west-1', 'Database scan, configuration review']]),
  h('3. Assumptions'),
  bullets('The CSP provides credentials for authenticated scanning at least five business days before testing.', 'Security controls are implemented as described in the SSP version 1.1.', 'Testing windows avoid the agency\'s month-end processing peak.'),
  h('4. Methodology'),
  p('Controls are assessed using the examine, interview and test methods of NIST SP 800-53A Rev 5 and the FedRAMP Moderate test case workbook. Vulnerability scanning uses Tenable Nessus for OS and database targets and Burp Suite Enterprise for the web application; the penetration test follows the FedRAMP Penetration Test Guidance, including attack vectors for the LLM interface (prompt injection leading to cross-tenant retrieval, model-serving API abuse).'),
  h('5. Test Plan'),
  table([['Role', 'Name', 'Phone'], ['3PAO Lead Assessor', 'Rafael Conti', '571-555-0190'], ['Penetration Test Lead', 'Amara Singh', '571-555-0191'], ['CSP Point of Contact', 'Martin Okafor', '703-555-0133']]),
  table([['Task', 'Start', 'Finish'], ['Kick-off', '2026-03-16', '2026-03-16'], ['Document review and interviews', '2026-03-17', '2026-03-27'], ['Scanning and penetration testing', '2026-03-30', '2026-04-10'], ['SAR delivery', '2026-05-01', '2026-05-01']]),
  h('6. Rules of Engagement'),
  p('Testing will originate from Kestrel IP addresses 198.51.100.20-198.51.100.24. Denial-of-service testing and social engineering of agency staff are prohibited. Attempts to extract model weights are limited to the API surface. Testing will stop immediately if customer data is exposed; the CSP ISSO and the agency will be notified within one hour.'),
  ...approvals([['Rafael Conti', '3PAO Lead Assessor'], ['Priya Natarajan', 'CSP CISO'], ['Agency AO designee', AGENCY]], 'Rules of Engagement Signatures'),
];

async function sapDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: { title: 'SAP', creator: 'Rafael Conti', subject: 'Veridoc' },
    header: 'Kestrel Assurance Partners - Proprietary and CUI',
    footer: 'Security Assessment Plan - Veridoc Analyst Cloud',
    headings: 'bold',
    blocks: [
      title(`${CSO}`),
      title('Security Assessment Plan (SAP)', 36),
      p('Initial Assessment - FedRAMP Moderate - Version 1.0 - March 6, 2026'),
      p(`Prepared by ${TPAO}, 8000 Towers Crescent Dr, Vienna, VA 22182`),
      pageBreak(),
      ...revisionHistory([['2026-02-26', '0.1', 'Draft for CSP review', 'R. Conti'], ['2026-03-06', '1.0', 'Final for agency approval', 'R. Conti']]),
      ...toc(['Introduction', 'Scope', 'Assumptions', 'Methodology', 'Test Plan', 'Rules of Engagement']),
      pageBreak(),
      ...SAP_BLOCKS,
    ],
  });
  return { file: 'Kestrel_VAC_Initial_Assessment.docx', expected: 'SAP', note: 'Word Security Assessment Plan by the 3PAO with methodology, test schedule and rules of engagement; headings are bold paragraphs.', data };
}

async function sapPdf(): Promise<CorpusDoc> {
  const data = await buildPdf({
    meta: {},
    header: 'Security Assessment Plan - Initial Assessment - FINAL',
    blocks: [
      p('Kestrel Assurance Partners, LLC'),
      table([['Initial Assessment', 'Security Assessment Plan'], ['System', CSO], ['Baseline', 'FedRAMP Moderate Rev 5'], ['Date', '2026-03-06']]),
      ...SAP_BLOCKS,
    ],
  });
  return { file: 'SAR_final.pdf', expected: 'SAP', note: 'PDF Security Assessment Plan with no metadata and a misleading SAR file name; title only in a table cell and page header.', data };
}

async function sapOscal(): Promise<CorpusDoc> {
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.json'), 'utf8')) as { 'assessment-plan': { metadata: Record<string, unknown> } };
  raw['assessment-plan'].metadata.title = 'Veridoc Analyst Cloud FedRAMP Security Assessment Plan (SAP)';
  return { file: 'assessment-plan-vac.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan from the FedRAMP SAP template.', data: JSON.stringify(raw) };
}

const SAR_BLOCKS = [
  h('Executive Summary'),
  p(`${TPAO} performed the initial assessment of ${CSO} from March 30 to April 10, 2026, in accordance with the approved Security Assessment Plan. 323 controls of the FedRAMP Moderate baseline were assessed. This Security Assessment Report documents the results, the risk exposure and the 3PAO authorization recommendation.`),
  h('Risk Exposure Table'),
  table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '0', '0', '0', '1', '1'], ['Moderate', '4', '3', '2', '1', '1', '11'], ['Low', '6', '9', '4', '2', '0', '21'], ['Total', '10', '12', '6', '3', '2', '33']]),
  h('Identified Risks'),
  table([['ID', 'Control', 'Name', 'Likelihood', 'Impact', 'Risk'], ['PT-01', 'AC-4', 'Indirect prompt injection via uploaded document caused retrieval from a second tenant namespace in the vector database', 'Moderate', 'High', 'High'], ['PT-02', 'SI-10', 'Model-serving API accepted oversized context without rate limit', 'Moderate', 'Moderate', 'Moderate'], ['V-0112', 'RA-5', 'GPU node image missing NVIDIA driver security update (CVE-2025-23266)', 'Moderate', 'Moderate', 'Moderate']]),
  h('Authorization Recommendation'),
  p('Kestrel recommends that the agency grant an authorization to operate to Veridoc Analyst Cloud once PT-01 has been remediated and validated. All remaining risks are tracked in the CSP\'s Plan of Action and Milestones. The system meets the FedRAMP readiness criteria and the residual risk is acceptable.'),
  h('Attestation'),
  p('The 3PAO attests that the assessment was performed independently and that the results are accurate.'),
  ...approvals([['Rafael Conti', 'Lead Assessor'], ['Julia Fern', 'Quality Assurance Reviewer']], 'Signatures'),
];

async function sarDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: { title: 'Security Assessment Report', creator: 'Kestrel Assurance Partners' },
    header: 'CUI',
    footer: 'Kestrel Assurance Partners, LLC',
    blocks: [
      CUI_NOTICE,
      ...revisionHistory([['2026-04-24', '0.9', 'Draft SAR for CSP factual review', 'R. Conti'], ['2026-05-01', '1.0', 'Final SAR', 'R. Conti']]),
      title('Veridoc Analyst Cloud - Security Assessment Report'),
      p('FedRAMP Moderate Initial Assessment - Prepared by Kestrel Assurance Partners, LLC'),
      ...SAR_BLOCKS,
      h('Appendix A: Scan Results Summary'),
      p('OS scan results (Nessus, authenticated, 100% credentialed coverage of 64 hosts) and the web application scan are provided as separate files with this report.'),
    ],
  });
  return { file: 'upload (3).docx', expected: 'SAR', note: 'Word Security Assessment Report with risk exposure table and authorization recommendation.', data };
}

async function sarPdf(): Promise<CorpusDoc> {
  const data = await buildPdf({
    meta: { title: 'VAC Security Assessment Report v1.0', creator: 'Kestrel' },
    footer: 'Kestrel SAR - Veridoc Analyst Cloud',
    blocks: [title('Security Assessment Report'), p(`${CSO} - FedRAMP Moderate`), ...SAR_BLOCKS],
  });
  return { file: 'Kestrel-VAC-SAR-v1.0.pdf', expected: 'SAR', note: 'PDF Security Assessment Report signed by the 3PAO.', data };
}

async function sarOscal(): Promise<CorpusDoc> {
  const raw = await readFile(fixture('oscal/FedRAMP-SAR-OSCAL-Template.xml'), 'utf8');
  return { file: 'results.xml', expected: 'SAR', note: 'OSCAL XML assessment-results from the FedRAMP SAR template with the system name filled in.', data: raw.replaceAll('[System Name]', CSO) };
}

export async function coreDocs(): Promise<CorpusDoc[]> {
  return Promise.all([sspDocx(), sspPdf(), sspOscalJson(), sspOscalYaml(), sapDocx(), sapPdf(), sapOscal(), sarDocx(), sarPdf(), sarOscal()]);
}
