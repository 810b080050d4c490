import type { Block, CorpusDoc } from './kit/model.js';
import { renderDocx } from './kit/docx.js';
import { renderPdf } from './kit/pdf.js';
import { ORG, approvals, distribution, prose, revisionHistory, sections, toc } from './kit/common.js';

const S = ORG.system;
const TP = ORG.threePao;

async function sap(): Promise<CorpusDoc> {
  const body: Block[] = [
    ...sections('sap', [
      ['1 Introduction', [`${TP}, an A2LA-accredited FedRAMP 3PAO, has prepared this Security Assessment Plan (SAP) for the initial assessment of ${S}. The SAP describes the scope, methodology, test plan and rules of engagement.`]],
      ['2 Scope', ['In scope: all components in the Integrated Inventory Workbook dated 03/01/2026, the AWS GovCloud accounts in the authorization boundary, and all Moderate baseline controls. Out of scope: the DoD IL4 enclave, except shared common controls.']],
      ['3 Assumptions', ['The CSP will provide credentials for authenticated scanning, a point of contact during testing, and the latest SSP and attachments.']],
      ['4 Methodology', ['Controls are tested by examine, interview and test methods per NIST SP 800-53A Rev5 using the FedRAMP Security Test Case Procedures workbook.', 'Vulnerability scanning: authenticated OS scans with Nessus, database scans, and web application scans; penetration testing per the FedRAMP Penetration Test Guidance, including the attack vectors listed in Table 4-2.']],
      ['5 Test Plan', ['Assessment team: Lead Assessor Ellen Park; Penetration Test Lead Jorge Silva; two assessors. Testing window: 04/06/2026 - 04/24/2026 onsite in Herndon and remotely.']],
    ]),
    { t: 'table', rows: [['Activity', 'Start', 'End'], ['Kickoff', '04/06/2026', '04/06/2026'], ['Document review and interviews', '04/06/2026', '04/15/2026'], ['Vulnerability scanning', '04/08/2026', '04/14/2026'], ['Penetration testing', '04/13/2026', '04/22/2026'], ['Out-brief', '04/24/2026', '04/24/2026']] },
    ...sections('sap-roe', [
      ['6 Rules of Engagement', ['Testing IP ranges, allowed hours, emergency stop procedure and points of contact are listed below. Denial-of-service testing is not permitted. Social engineering is limited to a phishing campaign against Ironbridge administrators approved in advance.']],
      ['7 Sampling', ['Sampling of the inventory follows the FedRAMP sampling methodology; 100% of unique images are scanned.']],
    ]),
    ...approvals('Signatures', [['Ellen Park', '3PAO Lead Assessor'], ['Dana Whitfield', 'CSP System Owner'], ['HUD AO designee', 'Agency Authorizing Official Representative']]),
  ];
  const blocks: Block[] = [
    { t: 'title', text: 'Security Assessment Plan (SAP)' },
    { t: 'subtitle', text: `${S} - FedRAMP Moderate Initial Assessment` },
    { t: 'p', text: `Prepared by ${TP} for ${ORG.csp}. March 20, 2026.` },
    ...revisionHistory([['03/20/2026', '1.0', 'Submitted for agency approval', 'E. Park']]),
    ...distribution(['Ironbridge System Owner', 'Ironbridge ISSM', 'HUD ISSO', 'FedRAMP PMO (via repository)']),
    ...toc(body),
    { t: 'break' },
    ...body,
  ];
  return { file: 'SAR_draft.docx', expected: 'SAP', note: "The 3PAO's Security Assessment Plan (scope, methodology, schedule, rules of engagement); the file name misleadingly says SAR.", data: await renderDocx(blocks, { title: 'FedRAMP SAP Template', creator: 'Ellen Park', header: `${TP} | Proprietary`, footer: 'Security Assessment Plan' }) };
}

async function sar(): Promise<CorpusDoc> {
  const body: Block[] = [
    ...sections('sar', [
      ['Executive Summary', [`${TP} performed the initial FedRAMP Moderate assessment of ${S} from April 6 to April 24, 2026, following the approved Security Assessment Plan.`, 'This Security Assessment Report (SAR) documents the results: 2 High, 9 Moderate and 14 Low risks remain open after testing. Risk exposure tables follow.']],
      ['1 Assessment Scope', ['The scope matched the SAP; no deviations from the approved test plan occurred other than a one-day extension of penetration testing.']],
      ['2 Assessment Methodology', ['Control testing per SP 800-53A; authenticated vulnerability scans of all hosts; penetration testing per FedRAMP guidance.']],
    ]),
    { t: 'h1', text: '3 Risk Exposure Table' },
    { t: 'table', rows: [['ID', 'Control', 'Weakness', 'Initial Risk', 'Residual Risk', 'Status'], ['V-001', 'AC-2(3)', 'Inactive accounts not disabled within 90 days on bastion hosts', 'Moderate', 'Moderate', 'Open'], ['V-002', 'SC-8', 'TLS 1.0 enabled on legacy status endpoint', 'High', 'High', 'Open'], ['V-003', 'RA-5', 'Outdated OpenSSL on 4 worker nodes', 'High', 'High', 'Open'], ['V-004', 'AU-9', 'Log bucket lacks object lock', 'Moderate', 'Low', 'Open (mitigating factor)']] },
    ...sections('sar2', [
      ['4 Risks Known for Interconnected Systems', ['None identified.']],
      ['5 Authorization Recommendation', [`${TP} recommends that ${S} be granted an agency Authority to Operate, provided that the two High risks are remediated within 30 days and tracked in the POA&M. The system meets the FedRAMP readiness threshold for a Moderate authorization.`]],
    ]),
    ...approvals('3PAO Attestation', [['Ellen Park', 'Lead Assessor'], ['Robert Vance', 'Managing Principal']]),
  ];
  const blocks: Block[] = [{ t: 'title', text: 'Security Assessment Report' }, { t: 'subtitle', text: `${S} | FedRAMP Moderate | Initial Assessment` }, { t: 'p', text: `Prepared by ${TP} - May 8, 2026` }, ...toc(body), { t: 'break' }, ...body];
  return { file: 'doc-0711.docx', expected: 'SAR', note: "The 3PAO's Security Assessment Report with risk exposure table and authorization recommendation.", data: await renderDocx(blocks, { title: '', creator: 'Ellen Park', header: 'Security Assessment Report - Proprietary', footer: TP }) };
}

async function sarPdf(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: TP },
    { t: 'title', text: 'Annual Assessment - Security Assessment Report (SAR)' },
    { t: 'subtitle', text: `${S} - Continuous Monitoring Year 1` },
    ...prose('sar-pdf', ['This report presents the results of the annual assessment, covering the core controls, the controls changed since the last assessment and the rotating one-third of the baseline selected with the agency.', 'Summary of risks: 0 High, 6 Moderate, 11 Low. 3 findings were closed during testing.'], 2),
    { t: 'h1', text: 'Summary of Risks' },
    { t: 'table', rows: [['Risk Level', 'Count', 'Percentage'], ['High', '0', '0%'], ['Moderate', '6', '35%'], ['Low', '11', '65%'], ['Operationally Required', '1', '-']] },
    { t: 'h1', text: 'Security Test Results' },
    ...prose('sar-pdf2', ['Test case results are provided in Appendix A (SAR test case workbook); scan results in Appendix B; penetration test report in Appendix C.', 'False positives identified with the CSP are listed in Table 5-3 with evidence.'], 2),
    { t: 'h1', text: 'Authorization Recommendation' },
    { t: 'p', text: 'Based on the results, the 3PAO recommends continued authorization of the system. All open risks are recorded in the POA&M with scheduled completion dates.' },
  ];
  return { file: 'SAP_v2.pdf', expected: 'SAR', note: 'Annual-assessment Security Assessment Report (risk summary, test results, recommendation) as PDF; file name misleadingly says SAP.', data: await renderPdf(blocks, { title: 'SAR', creator: 'Ellen Park' }) };
}

async function ato(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'U.S. DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT' },
    { t: 'small', text: 'Office of the Chief Information Officer, 451 7th Street SW, Washington, DC 20410' },
    { t: 'p', text: 'June 2, 2026' },
    { t: 'p', text: `MEMORANDUM FOR: Dana Whitfield, System Owner, ${ORG.csp}` },
    { t: 'p', text: `SUBJECT: Authority to Operate (ATO) for ${S} (FedRAMP Package ID ${ORG.fedrampId})` },
    ...prose('ato', [`I have reviewed the security authorization package for ${S}, including the System Security Plan, the Security Assessment Report prepared by ${TP}, and the Plan of Action and Milestones.`, 'Based on that review, I accept the residual risk to agency operations, assets and individuals, and I grant an Authority to Operate at the FedRAMP Moderate impact level.'], 2),
    { t: 'p', text: 'This authorization is valid for three years from the date of this letter, contingent on continuous monitoring and the remediation of open POA&M items within FedRAMP timeframes. The package will be made available to other agencies through the FedRAMP secure repository.' },
    { t: 'p', text: 'Sincerely,' },
    { t: 'p', text: '/s/ Angela R. Simmons' },
    { t: 'p', text: 'Chief Information Officer and Authorizing Official' },
    { t: 'small', text: 'cc: FedRAMP PMO; HUD CISO; HUD ISSO' },
  ];
  return { file: 'HUD_signed.pdf', expected: 'ATO_LETTER', note: "The sponsoring agency's signed Authority to Operate letter from the Authorizing Official.", data: await renderPdf(blocks, { title: 'Signed', creator: 'HUD OCIO', description: 'Adobe Acrobat Pro' }) };
}

async function atoDocx(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'Department of Housing and Urban Development' },
    { t: 'p', text: 'Subject: Agency Authorization to Operate - Ironbridge GovStack (Object Storage and Managed Kubernetes)' },
    { t: 'p', text: 'To: FedRAMP Program Management Office' },
    ...prose('ato2', ['This letter confirms that HUD has issued an Authority to Operate to the cloud service offering named above for use by HUD programs. The authorizing official has reviewed the FedRAMP package and accepts the risk.', 'Impact level: Moderate. ATO date: June 2, 2026. ATO expiration: June 1, 2029.'], 1),
    { t: 'table', rows: [['Authorizing Official', 'Angela R. Simmons, CIO'], ['Agency POC', 'Marcus Lee, ISSO, marcus.lee@hud.gov'], ['Conditions', 'Remediate High findings V-002 and V-003 within 30 days']] },
    { t: 'p', text: 'Signature: ______________________  Authorizing Official' },
  ];
  return { file: 'letter.docx', expected: 'ATO_LETTER', note: "Agency ATO letter to the PMO naming the authorizing official, impact level and ATO dates (unsigned docx).", data: await renderDocx(blocks, { creator: 'mlee' }) };
}

async function scr(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Significant Change Request Form' },
    { t: 'table', rows: [['CSP', ORG.csp], ['Cloud Service Offering', S], ['FedRAMP Package ID', ORG.fedrampId], ['Impact Level', 'Moderate'], ['Date of Request', '08/03/2026'], ['Planned Implementation Date', '10/15/2026']] },
    { t: 'h1', text: 'Description of the Proposed Change' },
    ...prose('scr', ['Ironbridge proposes to add a managed Redis service to the authorization boundary, deployed on the existing Kubernetes control plane in the same GovCloud accounts.', 'The change adds a new component type and new data flows; it is considered a significant change under the FedRAMP Significant Change Policies and Procedures (new service addition).'], 2),
    { t: 'h1', text: 'Security Impact Analysis' },
    { t: 'table', rows: [['Control', 'Impact', 'Notes'], ['AC-3', 'Modified', 'New Redis ACL roles'], ['SC-8', 'Modified', 'TLS required for client connections'], ['SC-28', 'Modified', 'Encryption at rest with KMS'], ['CM-8', 'Modified', 'New inventory items']] },
    { t: 'h1', text: '3PAO Involvement' },
    { t: 'p', text: `${TP} will assess the change; a SAP addendum and SAR addendum will follow agency approval of this request.` },
    { t: 'p', text: 'CSP signature: /s/ Dana Whitfield, System Owner' },
  ];
  return { file: 'SCR-2026-03.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form (new service addition) with security impact analysis.', data: await renderDocx(blocks, { title: 'SCR Form', creator: 'Dana Whitfield', headings: 'bold' }) };
}

async function scrPdf(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'FedRAMP Significant Change Request (SCR)' },
    { t: 'p', text: `Submitted by ${ORG.csp} to the ${ORG.agencyShort} Authorizing Official - September 2026` },
    { t: 'table', rows: [['Change type', 'Change to the authorization boundary / data center migration'], ['Systems affected', 'Warm standby region'], ['Proposed date', '12/01/2026']] },
    ...sections('scr2', [
      ['Change Description', ['The warm standby footprint moves from AWS GovCloud (US-East) to a second Availability Zone set in (US-West) plus an AWS GovCloud (US-East) backup-only vault. This alters the alternate processing site described in the ISCP.']],
      ['Reason for the Change', ['Cost and latency; the DoD IL4 enclave already made the same change under its own DoD change process.']],
      ['Security Impact Analysis', ['CP-6, CP-7, CP-9 and SC-7 descriptions change; the SSP, ISCP and inventory will be updated. A 3PAO will test CP-related controls.']],
      ['Request', ['Ironbridge requests agency approval of this significant change before implementation.']],
    ]),
  ];
  return { file: 'doc-0788.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request (alternate site change) sent to the agency AO, as PDF.', data: await renderPdf(blocks, { creator: 'Ironbridge GRC' }) };
}

async function drDocx(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'FedRAMP Deviation Request' },
    { t: 'table', rows: [['CSP', ORG.csp], ['System', S], ['Deviation Type', 'Operational Requirement (OR)'], ['POA&M ID', 'V-2026-0142'], ['Scan / Source ID', 'Nessus plugin 42873 (SSL Medium Strength Cipher Suites)'], ['Original Risk', 'Moderate'], ['Date submitted', '07/14/2026']] },
    { t: 'h1', text: 'Justification' },
    ...prose('dr', ['The 3DES cipher is required on the legacy SFTP endpoint used by one agency program whose client cannot be upgraded before FY2027. Removing the cipher would stop a mission-critical file transfer.', 'Compensating controls: the endpoint is IP-restricted to the agency range, sessions are logged and monitored, and traffic volume alerts exist.'], 2),
    { t: 'h1', text: 'Evidence' },
    { t: 'bullets', items: ['Agency program letter confirming the client limitation', 'Firewall rule export showing IP restriction', 'Scan output for the affected host'] },
    { t: 'p', text: 'The CSP requests that the agency AO approve this deviation and that the POA&M item be marked as an operational requirement.' },
  ];
  return { file: 'DR_OR_0142.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request (operational requirement) tied to a POA&M item, with justification and evidence.', data: await renderDocx(blocks, { title: 'Deviation Request', creator: 'ISSO' }) };
}

export const assessDocs: (() => Promise<CorpusDoc>)[] = [sap, sar, sarPdf, ato, atoDocx, scr, scrPdf, drDocx];
