import { renderDocx } from '../kit/docx.js';
import { approvals, distribution, h, legalNotice, p, revisionHistory, table, toc, ul } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import type { Block, Eval35Doc } from '../kit/types.js';
import { AGENCY, AGENCY2, HELIX, NORTHWIND, TARRAGON, THREEPAO } from './world.js';
import type { Csp } from './world.js';

const methodology = (csp: Csp): Block[] => [
  h('Assessment Methodology'),
  p('The assessment follows NIST SP 800-53A Rev 5. Each control is tested with one or more of the assessment methods Examine, Interview and Test, using the FedRAMP Security Requirements Traceability Matrix (SRTM) test cases. Test cases are identified by control and objective (for example AC-2.1, AC-2(1).1).'),
  table(['Method', 'Description', 'Example'], ['Examine', 'Review of documentation, configurations and records', 'AC-2.1 Examine account management procedure and Okta group export'], ['Interview', 'Discussion with personnel responsible', 'IR-4.2 Interview the Incident Commander'], ['Test', 'Hands-on verification of mechanisms', 'IA-2(1).1 Test MFA enforcement for privileged users']),
  h('Sampling', 2),
  p(`Populations of more than 25 items (accounts, servers, change tickets) are sampled per the ${THREEPAO.short} sampling methodology; the population and the sample are recorded in the test-case workbook. Samples are selected by the assessor, not by ${csp.company}.`),
  h('Vulnerability Scanning and Penetration Testing', 2),
  p('The 3PAO performs authenticated operating system, database and web application scans of 100% of the inventory and a penetration test following the FedRAMP Penetration Test Guidance attack vectors (external to corporate, external to CSP target system, tenant to tenant, mobile application, client-side, insider threat).'),
];

const rulesOfEngagement = (csp: Csp): Block[] => [
  h('Rules of Engagement'),
  p(`The testing window, the IP addresses of the ${THREEPAO.short} test hosts, emergency contacts and the deconfliction procedure are defined below. ${csp.company} may stop testing at any time by calling the 3PAO test lead.`),
  table(['Item', 'Value'], ['Testing window', 'April 6 – April 24, 2026, 08:00–20:00 ET'], ['3PAO source IPs', '198.51.100.40–198.51.100.47'], ['CSP emergency contact', `${csp.isso[0]}, (410) 555-0177`], ['3PAO emergency contact', `${THREEPAO.pentest[0]}, (703) 555-0101`]),
  ul('No denial-of-service testing.', 'Social engineering limited to the phishing campaign approved in Appendix E.', 'Customer tenant data will not be accessed; synthetic tenants are used for tenant-to-tenant testing.'),
];

async function sapDocx(): Promise<Eval35Doc> {
  const c = NORTHWIND;
  const sections = ['Introduction', 'Scope', 'Assumptions', 'Methodology', 'Test Plan', 'Rules of Engagement', 'Signatures'];
  const data = await renderDocx({
    header: `${c.short} Security Assessment Plan – Annual Assessment 2026 – v1.1 (QA REVIEWED – v2)`,
    footer: `${THREEPAO.name} | Controlled Unclassified Information`,
    meta: { title: 'NLC SAP 2026 Annual', creator: THREEPAO.lead[0], lastModifiedBy: THREEPAO.qa[0] },
    blocks: [
      p(THREEPAO.name),
      { kind: 'title', text: `${c.system} Security Assessment Plan (SAP)` },
      p('FedRAMP Annual Assessment – Rev 5 – Moderate'),
      p(`Prepared for ${c.company} and the ${AGENCY.name}`),
      legalNotice(THREEPAO.name),
      { kind: 'break' },
      ...revisionHistory([['02/20/2026', '1.0', 'Draft for CSP review', THREEPAO.lead[0]], ['03/04/2026', '1.1', 'Incorporated CSP and agency comments; QA review', THREEPAO.qa[0]]]),
      ...distribution([`${c.isso[0]}, ${c.company}`, `${AGENCY.ao[0]}, ${AGENCY.name}`, 'FGA ISSM review team']),
      ...toc(sections),
      h('1. Introduction'),
      p(`${THREEPAO.name}, an A2LA-accredited FedRAMP 3PAO (certificate ${THREEPAO.a2la}), will perform the annual assessment of ${c.system}. This plan describes the scope, the methodology and the rules of engagement; results will be reported in the Security Assessment Report (SAR).`),
      h('2. Scope'),
      p('The assessment covers the core controls required by FedRAMP for annual assessments, controls changed since the last assessment, controls with open POA&M items, and the controls selected by the agency. The IP ranges, URLs and databases in scope are listed in Appendix A, drawn from the February 2026 Integrated Inventory Workbook.'),
      table(['Component', 'Count in scope', 'Testing'], ['EKS worker nodes', '18', 'OS scan, configuration review'], ['Aurora PostgreSQL clusters', '4', 'Database scan'], ['Web applications (app, api, admin)', '3', 'Web application scan and penetration test']),
      h('3. Assumptions'),
      ul('The CSP provides accounts for authenticated scanning before the testing window.', 'Evidence requested in the evidence request list is delivered within five business days.', 'The system is frozen during testing; no significant changes will be made.'),
      ...methodology(c),
      h('5. Test Plan'),
      table(['Role', 'Name'], ['Lead Assessor', THREEPAO.lead[0]], ['Penetration Test Lead', THREEPAO.pentest[0]], ['QA Reviewer', THREEPAO.qa[0]]),
      table(['Milestone', 'Date'], ['Kickoff', '03/30/2026'], ['On-site / remote testing', '04/06/2026 – 04/24/2026'], ['Draft SAR', '05/15/2026']),
      ...rulesOfEngagement(c),
      ...approvals([[THREEPAO.lead[0], 'Lead Assessor', THREEPAO.name], [c.owner[0], c.owner[1], c.company]], '7. Signatures'),
    ],
  });
  return { file: 'NLC_SAP_Annual2026_v1.1_QA.docx', expected: 'SAP', note: '3PAO Security Assessment Plan for Northwind annual assessment: scope, Examine/Interview/Test methodology, rules of engagement.', data };
}

async function sapPdf(): Promise<Eval35Doc> {
  const c = HELIX;
  const data = await renderPdf({
    header: 'Helix CaseFlow – Significant Change Assessment – SAP v1.0',
    meta: { title: 'SAR_Template_Rev5', creator: THREEPAO.lead[0] },
    headings: 'bold',
    blocks: [
      table(['Document', 'Security Assessment Plan'], ['Assessment type', 'Significant Change – new document-intake module and Azure region'], ['CSP', c.company], ['3PAO', THREEPAO.name], ['Date', '02/02/2026']),
      h('1. Purpose'),
      p(`This Security Assessment Plan describes how ${THREEPAO.short} will assess the significant change approved by the ${AGENCY2.name} for ${c.system}. The change introduces a document-intake microservice with malware scanning and a second Azure Government region.`),
      h('2. Controls to be Assessed'),
      p('Controls affected by the change: AC-4, CM-2, CM-6, CM-8, CP-6, CP-7, CP-9, RA-5, SC-7, SC-8, SC-28, SI-3, SI-4, SI-10. All test cases for these controls will be executed.'),
      ...methodology(c),
      ...rulesOfEngagement(c),
      h('Appendix A – Test Case Procedures (excerpt)'),
      table(['Test case', 'Method', 'Procedure'], ['SI-3.1', 'Test', 'Upload EICAR test file through intake API; verify quarantine and alert'], ['SC-8.1', 'Test', 'Verify TLS 1.2+ with FIPS ciphers on intake endpoint'], ['CP-9.1', 'Examine', 'Backup configuration for new region storage accounts'], ['CM-8.1', 'Examine', 'Inventory updated with new components']),
    ],
  });
  return { file: 'SAR_draft_v3.pdf', expected: 'SAP', note: 'Significant-change Security Assessment Plan for Helix (controls to assess, methodology, RoE); file name and stale metadata say SAR but content is a SAP.', data };
}

function riskTable(rows: string[][]): Block {
  return table(['ID', 'Control', 'Weakness', 'Likelihood', 'Impact', 'Risk Exposure', 'Recommendation', 'Status'], ...rows);
}

async function sarDocx(): Promise<Eval35Doc> {
  const c = TARRAGON;
  const data = await renderDocx({
    header: 'Tarragon Insight – Security Assessment Report – FINAL',
    footer: `${THREEPAO.name} – CUI`,
    meta: { title: 'Security Assessment Report', creator: THREEPAO.lead[0], lastModifiedBy: THREEPAO.qa[0] },
    blocks: [
      { kind: 'title', text: 'Security Assessment Report (SAR)' },
      p(`${c.system} – FedRAMP Tailored LI-SaaS – Initial Assessment`),
      p(`Prepared by ${THREEPAO.name} for ${c.company}   |   Version 1.0   |   May 22, 2026`),
      ...revisionHistory([['05/08/2026', '0.9', 'Draft SAR issued to CSP', THREEPAO.lead[0]], ['05/22/2026', '1.0', 'Final; QA REVIEWED – v2', THREEPAO.qa[0]]]),
      h('Executive Summary'),
      p(`${THREEPAO.name} performed the initial assessment of ${c.system} between April 13 and April 30, 2026 in accordance with the approved Security Assessment Plan (SAP v1.2). A total of 156 controls were assessed using Examine, Interview and Test methods; 4 findings remain open and 2 were corrected during testing.`),
      h('Purpose and Scope'),
      p(`This SAR documents the results of the security assessment and is submitted with the System Security Plan and the Plan of Action and Milestones as part of the authorization package. The scope included the production environment in AWS GovCloud (US-West), the web application at https://${c.domain}, and the management plane, as described in the SAP. The mobile application attack vector was not applicable.`),
      h('Assessment Results by Control Family'),
      table(['Family', 'Controls assessed', 'Satisfied', 'Other than satisfied'], ['AC', '11', '10', '1'], ['AU', '10', '9', '1'], ['CM', '10', '10', '0'], ['IA', '11', '11', '0'], ['RA', '6', '5', '1'], ['SI', '7', '6', '1'], ['Other families', '101', '101', '0']),
      h('Deviations from the SAP'),
      p('Testing started one day late because scanner credentials were provisioned on April 14; no test cases were dropped. All deviations were agreed with the CSP and the agency ISSO.'),
      h('Summary of Risks'),
      table(['Risk Level', 'Open', 'Corrected during testing', 'Operationally Required'], ['High', '0', '1', '0'], ['Moderate', '2', '1', '0'], ['Low', '2', '0', '0']),
      h('Risk Exposure Table'),
      riskTable([['V-01', 'RA-5', 'Outdated OpenSSL on two worker nodes (CVE-2025-9230)', 'Moderate', 'Moderate', 'Moderate', 'Patch to vendor-fixed version', 'Open'], ['T-02', 'AC-7', 'Account lockout threshold set to 10 attempts instead of 3', 'Low', 'Moderate', 'Moderate', 'Set threshold per policy', 'Open'], ['T-03', 'AU-11', 'Log retention 60 days instead of 90 days online', 'Low', 'Low', 'Low', 'Extend retention', 'Open'], ['W-04', 'SI-10', 'Reflected input in error page (no script execution)', 'Low', 'Low', 'Low', 'Encode output', 'Open']]),
      h('Authorization Recommendation'),
      p(`${THREEPAO.name} attests that the assessment was performed independently and recommends that ${c.system} be authorized at the FedRAMP Tailored LI-SaaS (Low) impact level, provided the open findings are tracked in the POA&M and remediated within FedRAMP timelines.`),
      h('Appendices'),
      ul('Appendix A – Risk Exposure Table (Excel)', 'Appendix B – Security Test Case Procedures', 'Appendix C – Penetration Test Report', 'Appendix D – Scan results (Nessus, WAS)', 'Appendix E – Auxiliary documents'),
      ...approvals([[THREEPAO.lead[0], 'Lead Assessor', THREEPAO.name], [THREEPAO.qa[0], THREEPAO.qa[1], THREEPAO.name]], '3PAO Attestation'),
    ],
  });
  return { file: 'TI SAR FINAL (QA REVIEWED v2).docx', expected: 'SAR', note: 'Tarragon initial Security Assessment Report: summary of risks, risk exposure table, authorization recommendation.', data };
}

async function sarPdf(): Promise<Eval35Doc> {
  const c = NORTHWIND;
  const data = await renderPdf({
    header: `${c.short} Annual Assessment 2025 – SAR`,
    meta: { creator: THREEPAO.lead[0] },
    blocks: [
      p('CONTROLLED UNCLASSIFIED INFORMATION'),
      ...revisionHistory([['06/18/2025', '1.0', 'Final annual SAR', THREEPAO.lead[0]]]),
      ...toc(['Executive Summary', 'Assessment Scope', 'Results', 'Risk Exposure', 'Recommendation']),
      { kind: 'break' },
      { kind: 'title', text: 'Northwind Ledger Cloud Annual Security Assessment Report' },
      h('1. Executive Summary'),
      p(`This Security Assessment Report documents the results of the 2025 FedRAMP annual assessment of ${c.system} performed by ${THREEPAO.name}. The assessment covered 118 controls selected per the FedRAMP Annual Assessment Guidance, authenticated scans of 100% of the inventory, and a penetration test.`),
      h('2. Assessment Scope'),
      p('Scope was as defined in the approved SAP (v1.1, April 2025). No deviations from the SAP occurred except that the mobile application attack vector was not applicable.'),
      h('3. Results'),
      table(['Category', 'Count'], ['Controls assessed', '118'], ['Controls satisfied', '111'], ['Controls other than satisfied', '7'], ['Scan findings (High/Moderate/Low)', '0 / 6 / 14'], ['Penetration test findings', '2']),
      h('4. Risk Exposure'),
      riskTable([['AA-01', 'CM-6', 'Kubernetes API server audit policy not aligned with CIS 3.2.1', 'Moderate', 'Moderate', 'Moderate', 'Apply baseline audit policy', 'Open'], ['AA-02', 'IA-5', 'Service account keys older than 365 days', 'Moderate', 'Moderate', 'Moderate', 'Rotate keys', 'Open'], ['PT-01', 'SC-7', 'Admin portal reachable from Internet (MFA enforced)', 'Low', 'Moderate', 'Low', 'Restrict to VPN', 'Open']]),
      h('5. Authorization Recommendation'),
      p(`Based on the results of the assessment, ${THREEPAO.short} recommends continued authorization of ${c.system}. The residual risk is Moderate and is acceptable with the remediation commitments recorded in the POA&M.`),
    ],
  });
  return { file: 'doc-0733.pdf', expected: 'SAR', note: 'Northwind annual SAR as PDF; title appears after revision history and TOC; results, risk exposure, recommendation.', data };
}

async function atoPdf(): Promise<Eval35Doc> {
  const c = NORTHWIND;
  const data = await renderPdf({
    meta: { title: 'Scanned Document', creator: 'RICOH MP C4504' },
    blocks: [
      p(`${AGENCY.name.toUpperCase()}`),
      p('Office of the Chief Information Officer  ·  1800 F Street NW  ·  Washington, DC 20405'),
      p('June 30, 2026'),
      p(`MEMORANDUM FOR: ${c.owner[0]}, ${c.owner[1]}, ${c.company}`),
      p(`FROM: ${AGENCY.ao[0]}, ${AGENCY.ao[1]}`),
      p(`SUBJECT: Authority to Operate (ATO) for ${c.system} (${c.fedrampId})`),
      p(`The ${AGENCY.name} has reviewed the security authorization package for ${c.system}, including the System Security Plan, the Security Assessment Plan and Security Assessment Report prepared by ${THREEPAO.name}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
      p(`Accordingly, I grant an Authority to Operate for ${c.system} at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this memorandum, subject to continuous monitoring, unless a significant change or a change in the risk posture requires reauthorization.`),
      p('Conditions: the CSP shall remediate the two Moderate findings identified in the SAR within 90 days and provide monthly continuous monitoring deliverables to the agency and the FedRAMP repository.'),
      p('Authorizing Official:'),
      p(`/s/ ${AGENCY.ao[0]}`),
      p(`${AGENCY.ao[1]}`),
      p('cc: FedRAMP PMO (info@fedramp.gov); FGA Chief Information Security Officer'),
    ],
  });
  return { file: 'scan_20260630_1412.pdf', expected: 'ATO_LETTER', note: 'Agency ATO memorandum for Northwind signed by the authorizing official (received by the 3PAO QA folder).', data };
}

async function atoDocx(): Promise<Eval35Doc> {
  const c = TARRAGON;
  const data = await renderDocx({
    meta: { title: 'Letterhead template', creator: 'ORP OCIO' },
    header: AGENCY2.name,
    blocks: [
      p('UNITED STATES OFFICE OF RURAL PROGRAMS'),
      p('Washington, D.C. 20250'),
      p('July 14, 2026'),
      p(`${c.owner[0]}\n${c.owner[1]}\n${c.company}`),
      p(`Re: Agency Authority to Operate – ${c.system}, FedRAMP Tailored LI-SaaS`),
      p(`Dear Mr. Castellano:`),
      p(`I have reviewed the FedRAMP Tailored authorization package for ${c.system}, including the assessment results documented by ${THREEPAO.name}. I accept the residual risk described in the Security Assessment Report and the Plan of Action and Milestones, and hereby grant an Authority to Operate to ${c.system} for use by the ${AGENCY2.name}.`),
      p('This ATO expires on July 14, 2029. The ATO remains in effect provided the system maintains its continuous monitoring obligations, reports incidents as required, and submits significant changes for approval before implementation. The agency may revoke this authorization if the risk becomes unacceptable.'),
      p('Sincerely,'),
      p(`${AGENCY2.ao[0]}\n${AGENCY2.ao[1]}`),
    ],
  });
  return { file: 'ORP_letter.docx', expected: 'ATO_LETTER', note: 'ORP Authority to Operate letter to Tarragon from the authorizing official.', data };
}

async function scrDocx(): Promise<Eval35Doc> {
  const c = HELIX;
  const data = await renderDocx({
    meta: { title: 'FedRAMP Significant Change Request Form', creator: c.isso[0] },
    blocks: [
      { kind: 'title', text: 'Significant Change Request (SCR) Form', size: 32 },
      p('Submit this form to the authorizing agency at least 30 business days before the planned change. Attach the draft SAP for the change if a 3PAO has been engaged.'),
      table(['Field', 'Response'], ['CSP Name', c.company], ['Cloud Service Offering', `${c.system} (${c.fedrampId})`], ['Impact Level', 'High'], ['Date of Request', '11/20/2025'], ['Authorizing Agency', AGENCY2.name], ['3PAO', THREEPAO.name], ['Planned Implementation Date', '03/02/2026']),
      h('Description of the Proposed Change'),
      p('Add a document-intake microservice that accepts applicant uploads, scans them for malware and stores them in a new storage account; add a second Azure Government region (US Gov Texas) for disaster recovery with geo-replicated SQL Managed Instance.'),
      h('Type of Change'),
      table(['Change type', 'Selected'], ['New component / service', 'X'], ['Change to authorization boundary', 'X'], ['New interconnection', ''], ['Change in data center / region', 'X'], ['Change to cryptographic modules', '']),
      h('Security Impact Analysis'),
      p('Affected controls: AC-4, CM-2, CM-6, CM-8, CP-6, CP-7, CP-9, RA-5, SC-7, SC-8, SC-28, SI-3, SI-4, SI-10. SSP sections 9, 10 and 13, the ISCP and the inventory will be updated. The change does not alter the FIPS 199 categorization.'),
      h('CSP Attestation'),
      p(`Submitted by ${c.isso[0]}, ${c.isso[1]}. Approved for submission by ${c.owner[0]}.`),
    ],
  });
  return { file: 'HCF_SCR_2025-11.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Helix Significant Change Request form: change description, change type, security impact analysis.', data };
}

export async function assessmentDocs(): Promise<Eval35Doc[]> {
  return Promise.all([sapDocx(), sapPdf(), sarDocx(), sarPdf(), atoPdf(), atoDocx(), scrDocx()]);
}
