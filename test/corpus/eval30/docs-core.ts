/** SSP, SAP, SAR, ATO letter, SCR and deviation request as prose documents (docx, pdf, markdown). */
import type { Block, DocSpec } from './kit.js';
import { bold, bullets, centered, h1, h2, h3, p, pageBreak, renderDocx, renderMarkdown, renderPdf, table, tocOf } from './kit.js';
import type { DocPlan } from './types.js';
import { BLUEWATER_FOOTER, CUI, DRAFT_CUI, PROPRIETARY, W, approvals, cover, distribution, prose, revisionHistory } from './world.js';

function controlStatement(id: string, name: string, origination: string, parts: string[], seed: number): Block[] {
  return [
    h3(`${id} ${name}`),
    table([
      [`${id}`, 'Control Summary Information'],
      ['Responsible Role:', pick2(seed, ['ISSO; Cloud Operations Lead', 'Director of Engineering', 'Security Operations Manager'])],
      ['Implementation Status (check all that apply):', 'Implemented'],
      ['Control Origination (check all that apply):', origination],
    ]),
    bold('What is the solution and how is it implemented?'),
    ...parts.map((t, i) => p(`Part ${String.fromCharCode(97 + i)}: ${t}`)),
  ];
}

function pick2(seed: number, items: string[]): string {
  return items[seed % items.length] ?? '';
}

function sspBody(variant: number): Block[] {
  const sys = W.system;
  const body: Block[] = [
    h1('1. Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${sys} (${W.sysAbbr}) and describes the controls in place or planned for implementing those requirements. ${sys} is a case management Software as a Service offering used by federal grant oversight offices to track investigations, correspondence and corrective action plans.`),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [W.fedrampId, sys, W.sysAbbr],
    ]),
    h1('2. Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization attachment. The system is categorized at the Moderate impact level (FIPS 199 Moderate) and is assessed against the FedRAMP Rev. 5 Moderate baseline.`),
    table([
      ['Security Objective', 'Low, Moderate or High'],
      ['Confidentiality', 'Moderate'],
      ['Integrity', 'Moderate'],
      ['Availability', 'Moderate'],
    ]),
    h2('2.1 Digital Identity Determination'),
    p('The digital identity level was determined using the Digital Identity Worksheet: IAL2, AAL2 and FAL2 for privileged users; agency end users federate through their agency identity provider.'),
    h1('3. Information System Owner'),
    table([
      ['Name', W.ciso],
      ['Title', 'Chief Information Security Officer'],
      ['Company / Organization', W.csp],
      ['Address', W.city],
    ]),
    h1('4. Leveraged FedRAMP Authorizations'),
    p(`${sys} leverages the FedRAMP authorization of ${W.iaas} (${W.iaasAbbr}), an Infrastructure as a Service offering authorized at the High impact level (package ${W.iaasId}). Physical and environmental protection, media sanitization of the underlying storage, and hypervisor security are inherited from the underlying IaaS.`),
    table([
      ['Information System Name', 'Service Provider Owner', 'Date Granted', 'Impact Level'],
      [W.iaas, 'Meridian Cloud Federal, Inc.', '2021-08-17', 'High'],
    ]),
    h1('5. System Interconnections'),
    p('External services connected to the authorization boundary are listed below; each is covered by an interconnection agreement or is itself FedRAMP authorized.'),
    table([
      ['SP IP Address and Interface', 'External Organization Name and IP Address', 'Connection Security', 'Data Direction', 'Information Being Transmitted'],
      ['10.20.0.0/16 NAT gateway', 'Login.gov identity service', 'TLS 1.2+ SAML', 'Incoming/Outgoing', 'Authentication assertions'],
      ['10.20.4.12 smtp relay', 'FedRAMP-authorized email relay', 'TLS 1.2 STARTTLS', 'Outgoing', 'Notification emails'],
    ]),
    h1('6. Minimum Security Controls'),
    p('Security controls for the system are documented below by family. Controls marked "Inherited" are fully provided by the leveraged IaaS; "Shared" controls are implemented in part by Ridgeline and in part by the underlying IaaS; customer responsibilities are summarized in the CIS/CRM workbook (Appendix J).'),
    h2('AC - Access Control'),
    ...controlStatement('AC-2', 'Account Management', 'Service Provider Corporate; Shared (Service Provider and Customer Responsibility)', [
      'Ridgeline defines two account types for the management plane: privileged administrator and read-only auditor. Agency tenant accounts are provisioned by the customer agency administrator.',
      'Account managers are assigned by the Director of Engineering and listed in the access roster reviewed monthly by the ISSO.',
      'Accounts that are inactive for 90 days are disabled automatically by the identity provider policy.',
    ], variant),
    ...controlStatement('AC-17', 'Remote Access', 'Service Provider System Specific', [
      'All administrative access to the production enclave traverses the bastion service with phishing-resistant MFA; direct SSH from the internet is blocked by security groups.',
      'Remote sessions are recorded and retained for 90 days in the log archive.',
    ], variant + 1),
    h2('PE - Physical and Environmental Protection'),
    ...controlStatement('PE-3', 'Physical Access Control', 'Inherited from pre-existing FedRAMP Authorization for Meridian Government Cloud, 2021-08-17', [
      `This control is fully inherited from the underlying IaaS. ${W.iaas} data centers enforce physical access authorizations at every entry point; Ridgeline staff have no physical access to the facilities.`,
    ], variant + 2),
    h2('SC - System and Communications Protection'),
    ...controlStatement('SC-7', 'Boundary Protection', 'Shared (Service Provider and Customer Responsibility); Inherited', [
      `The boundary of ${sys} is enforced by ${W.iaasAbbr} virtual network controls (inherited) and by Ridgeline-managed web application firewall rules and security groups.`,
      'Publicly accessible components are placed in a DMZ subnet separated from the application and data tiers.',
    ], variant + 3),
    ...controlStatement('SC-13', 'Cryptographic Protection', 'Service Provider System Specific; Inherited', [
      'FIPS 140-validated modules are used for TLS termination and for storage encryption through the IaaS key management service (module certificates listed in Appendix Q).',
    ], variant + 4),
    h1('7. Acronyms and Attachments'),
    bullets(
      'Attachment 1 - Information Security Policies and Procedures',
      'Attachment 2 - User Guide',
      'Attachment 3 - Digital Identity Worksheet',
      'Attachment 4 - Privacy Threshold Analysis and Privacy Impact Assessment',
      'Attachment 5 - Rules of Behavior',
      'Attachment 6 - Information System Contingency Plan',
      'Attachment 7 - Configuration Management Plan',
      'Attachment 8 - Incident Response Plan',
      'Attachment 9 - CIS/CRM Workbook',
      'Attachment 13 - Integrated Inventory Workbook',
    ),
  ];
  return [...body.slice(0, 6), ...prose(100 + variant, 'system security planning', 4), ...body.slice(6)];
}

const ssp1: DocSpec = {
  meta: { title: 'RCF SSP', creator: W.consultantLead, lastModifiedBy: W.isso, subject: 'FedRAMP Moderate' },
  header: DRAFT_CUI,
  footer: `${CUI}    ${BLUEWATER_FOOTER}`,
  headings: 'styles',
  blocks: [],
};
ssp1.blocks = [
  ...cover({ title: 'System Security Plan', subtitle: 'FedRAMP Moderate Baseline - Rev. 5', version: '2.3', date: 'March 3, 2025', banner: 'CUI // DRAFT' }),
  centered(PROPRIETARY),
  pageBreak,
  ...revisionHistory([
    ['2024-06-02', '1.0', 'Initial SSP for readiness review', W.consultantLead],
    ['2024-10-18', '2.0', 'Updated for 3PAO initial assessment; added Appendix Q', W.isso],
    ['2025-03-03', '2.3', 'Annual update; new SMTP relay interconnection', W.isso],
  ]),
  ...approvals([
    [W.ciso, 'Chief Information Security Officer'],
    [W.ceo, 'Chief Executive Officer'],
  ]),
  pageBreak,
  ...tocOf(sspBody(1)),
  pageBreak,
  ...sspBody(1),
];

const ssp2Body = sspBody(2);
const ssp2: DocSpec = {
  meta: { title: 'Bluewater_Template_Master_v4', creator: 'Bluewater Compliance Partners' },
  header: `${W.csp} | ${W.system} | Controlled Unclassified Information`,
  footer: 'Bluewater Compliance Partners - Confidential',
  headings: 'bold',
  blocks: [
    table([
      ['Document', `${W.system} FedRAMP System Security Plan (SSP)`],
      ['Prepared for', `${W.agency} (${W.agencyAbbr})`],
      ['Prepared by', `${W.consultant} on behalf of ${W.csp}`],
      ['Version / Date', '1.4 / 2024-11-22'],
      ['Impact level', 'Moderate'],
    ]),
    ...distribution([`${W.ao} / ${W.agencyAbbr}`, `${W.paoLead} / ${W.threePao}`, `${W.isso} / ${W.cspShort}`]),
    ...revisionHistory([
      ['2024-09-01', '1.0', 'Draft for agency kickoff', W.consultantLead],
      ['2024-11-22', '1.4', 'Responses to agency comments (round 2)', W.isso],
    ]),
    pageBreak,
    ...ssp2Body,
  ],
};

// ---------------------------------------------------------------- SAP

function sapBody(): Block[] {
  return [
    h1('1. Introduction'),
    p(`This Security Assessment Plan (SAP) has been developed by ${W.threePao} for the initial FedRAMP assessment of ${W.system}. It describes the scope of the assessment, the assessment methodology, the test plan, and the rules of engagement agreed with ${W.csp}. The assessment will be performed against the FedRAMP Rev. 5 Moderate baseline using NIST SP 800-53A Rev. 5 assessment procedures.`),
    h1('2. Purpose'),
    p('The purpose of this plan is to obtain agency approval of the assessment approach before testing begins. Once this SAP is approved by the Authorizing Official, the system is considered frozen; changes to the system during testing must be coordinated with the 3PAO.'),
    h1('3. Scope'),
    p(`The assessment covers all components inside the ${W.sysAbbr} authorization boundary. Controls fully inherited from the underlying IaaS (${W.iaas}) are not retested; the 3PAO will review the ${W.iaasAbbr} customer responsibility matrix to confirm the inheritance claims made in the System Security Plan.`),
    table([
      ['Component', 'IP Address / URL', 'Test Method'],
      ['Web application tier', `https://${W.domain}`, 'Authenticated web application scan; manual penetration test'],
      ['Application servers (6)', '10.20.8.10-15', 'Credentialed OS vulnerability scan; configuration compliance scan'],
      ['PostgreSQL cluster', '10.20.12.20-22', 'Credentialed database scan against CIS benchmark'],
    ]),
    h1('4. Assumptions'),
    bullets('Ridgeline resources will be available to answer interview questions during the testing window.', 'Credentials for authenticated scans will be provided before the start of the on-site week.', 'The security controls inherited from the IaaS are documented in a current FedRAMP package.'),
    h1('5. Methodology'),
    p('The 3PAO uses the examine, interview and test methods defined in NIST SP 800-53A. Control testing is recorded in the Security Requirements Traceability Matrix (Appendix A). Vulnerability scanning and penetration testing follow the FedRAMP Penetration Test Guidance.'),
    ...prose(210, 'assessment support', 3),
    h1('6. Test Plan'),
    table([
      ['Role', 'Name', 'Organization'],
      ['Assessment Lead', W.paoLead, W.threePao],
      ['Penetration Tester', 'Anders Kofi', W.threePao],
      ['CSP Point of Contact', W.isso, W.csp],
    ]),
    h2('6.1 Testing Schedule'),
    table([
      ['Task', 'Start', 'Finish'],
      ['Kickoff and document review', '2025-01-13', '2025-01-17'],
      ['Control testing (interviews, examination)', '2025-01-20', '2025-02-07'],
      ['Vulnerability scanning and penetration testing', '2025-01-27', '2025-02-07'],
      ['Security Assessment Report delivery', '2025-02-28', '2025-02-28'],
    ]),
    h1('7. Rules of Engagement'),
    p('Penetration testing is limited to the IP addresses and URLs listed in section 3. Denial-of-service and social engineering of agency staff are out of scope. Testing windows are 08:00-20:00 Eastern time; either party may halt testing at any time by calling the emergency contacts below.'),
    table([
      ['Emergency contact', 'Phone'],
      [W.ops, '(571) 555-0142'],
      [W.paoLead, '(703) 555-0190'],
    ]),
    h1('8. Signatures'),
    p('The following individuals agree to this Security Assessment Plan and its rules of engagement.'),
    table([
      ['Name', 'Role', 'Signature / Date'],
      [W.ciso, 'CSP System Owner', ''],
      [W.paoLead, '3PAO Assessment Lead', ''],
      [W.ao, 'Agency Authorizing Official', ''],
    ]),
  ];
}

const sapDocx: DocSpec = {
  meta: { title: 'Security Assessment Plan', creator: W.paoLead, lastModifiedBy: 'Anders Kofi' },
  header: `${W.threePao}  |  ${W.system} Security Assessment Plan  |  CUI`,
  footer: `Keystone Assurance Group - A2LA Accredited FedRAMP 3PAO. ${CUI}`,
  headings: 'styles',
  blocks: [
    centered(CUI),
    ...cover({ title: `${W.system} Security Assessment Plan`, subtitle: 'FedRAMP Initial Assessment - Moderate', version: '1.1', date: 'January 9, 2025', preparedFor: `${W.csp}`, preparedBy: W.threePao }),
    pageBreak,
    ...revisionHistory([['2024-12-20', '1.0', 'Draft SAP', W.paoLead], ['2025-01-09', '1.1', 'Agency comments incorporated', W.paoLead]]),
    ...tocOf(sapBody()),
    pageBreak,
    ...sapBody(),
  ],
};

const sapPdf: DocSpec = {
  meta: { title: 'KAG-RCF-SAP-2026-annual', creator: W.paoLead },
  header: 'Keystone Assurance Group, LLC  -  Annual Assessment 2026',
  footer: CUI,
  headings: 'bold',
  blocks: [
    bold('Keystone Assurance Group, LLC'),
    p('Annual Assessment  -  Security Assessment Plan (SAP)'),
    p(`Cloud Service Offering: ${W.system}   |   CSP: ${W.csp}   |   FedRAMP ID: ${W.fedrampId}`),
    ...revisionHistory([['2026-01-05', '0.9', 'Initial draft for CSP review', 'Anders Kofi'], ['2026-01-16', '1.0', 'Final for agency approval', W.paoLead]]),
    p('This plan covers the 2026 annual assessment: the core controls designated by FedRAMP, controls changed since the last assessment, and controls with open POA&M items. The previous Security Assessment Report and the current POA&M were used to select the annual control set.'),
    ...sapBody().slice(2),
  ],
};

// ---------------------------------------------------------------- SAR

function sarBody(): Block[] {
  return [
    h1('Executive Summary'),
    p(`${W.threePao} performed an independent security assessment of ${W.system} between January 20 and February 7, 2025, in accordance with the approved Security Assessment Plan. This Security Assessment Report (SAR) presents the results of that assessment, the risks identified, and the 3PAO's authorization recommendation.`),
    h2('Summary of Risks'),
    table([
      ['Risk Category', 'Total', '% of Total'],
      ['High', '0', '0%'],
      ['Moderate', '4', '36%'],
      ['Low', '7', '64%'],
      ['Operationally Required', '1', '-'],
    ]),
    h1('1. Assessment Scope and Methodology'),
    p('Testing covered 323 controls and enhancements of the FedRAMP Moderate baseline, of which 41 are fully inherited from the leveraged IaaS. Inherited controls were verified against the IaaS provider\'s current customer responsibility matrix rather than retested.'),
    ...prose(330, 'assessment evidence handling', 3),
    h1('2. Risk Exposure Table'),
    table([
      ['ID', 'Control', 'Weakness', 'Likelihood', 'Impact', 'Risk Exposure', 'Recommendation'],
      ['V-001', 'RA-5', 'OpenSSL package on two application servers below the patched version', 'Moderate', 'Moderate', 'Moderate', 'Apply vendor patch; rescan'],
      ['V-002', 'AC-7', 'Admin console lockout threshold set to 10 attempts instead of 3', 'Moderate', 'Moderate', 'Moderate', 'Align setting with SSP parameter'],
      ['T-003', 'CP-4', 'Contingency plan test did not include restore of the document store', 'Low', 'Moderate', 'Moderate', 'Run restore exercise'],
      ['T-004', 'AU-6', 'Audit review evidence incomplete for November', 'Moderate', 'Moderate', 'Moderate', 'Retain weekly review tickets'],
      ['V-005', 'SC-8', 'TLS 1.0 offered on a legacy health check port', 'Low', 'Low', 'Low', 'Disable TLS 1.0'],
    ]),
    h1('3. Penetration Test Results'),
    p('Internal and external penetration testing did not yield a path to customer data. One finding (V-005) was identified on the external surface.'),
    h1('4. Authorization Recommendation'),
    p(`${W.threePao} attests that ${W.system} has met the FedRAMP Moderate security requirements, with the residual risks listed above tracked in the CSP's Plan of Action and Milestones. ${W.threePao} recommends that ${W.agency} grant an Authority to Operate.`),
    h1('5. Attestation'),
    table([['Name', 'Title', 'Signature'], [W.paoLead, 'Assessment Lead', '/s/ L. Baptiste'], ['Ruth Okafor', 'Quality Assurance Manager', '/s/ R. Okafor']]),
  ];
}

const sarDocx: DocSpec = {
  meta: { title: 'SAR', creator: 'Keystone Assurance Group', lastModifiedBy: 'Ruth Okafor' },
  header: `${W.system}  -  Security Assessment Report  -  ${CUI}`,
  footer: 'Keystone Assurance Group, LLC. Distribution limited to the CSP, the sponsoring agency and the FedRAMP PMO.',
  headings: 'styles',
  blocks: [
    bold('Keystone Assurance Group, LLC'),
    bold(`${W.system} Security Assessment Report`),
    p('Initial Assessment | Version 1.0 | February 28, 2025'),
    ...distribution([`${W.ao} / ${W.agencyAbbr}`, `FedRAMP PMO / GSA`, `${W.ciso} / ${W.cspShort}`]),
    ...revisionHistory([['2025-02-21', '0.9', 'Draft for CSP factual review', W.paoLead], ['2025-02-28', '1.0', 'Final', W.paoLead]]),
    pageBreak,
    ...tocOf(sarBody()),
    pageBreak,
    ...sarBody(),
  ],
};

const sarPdf: DocSpec = {
  meta: { creator: 'Ruth Okafor' },
  headings: 'bold',
  footer: `${CUI}  -  Keystone Assurance Group`,
  blocks: [
    centered(CUI),
    ...cover({ title: 'Security Assessment Report', subtitle: 'Significant Change Assessment - Document Store Migration', version: '1.0', date: 'September 12, 2025', preparedFor: W.csp, preparedBy: W.threePao }),
    pageBreak,
    p('This report documents the results of the targeted assessment performed after the significant change to the document store (see the Significant Change Request approved by the agency on July 30, 2025).'),
    ...sarBody().slice(3),
  ],
};

// ---------------------------------------------------------------- ATO letters

function atoLetter(date: string, version: string): DocSpec {
  return {
    meta: { title: 'Authorization letter', creator: 'FGOA OCIO' },
    headings: 'bold',
    footer: 'FGOA Office of the Chief Information Officer',
    blocks: [
      bold('FEDERAL GRANTS OVERSIGHT ADMINISTRATION'),
      p('Office of the Chief Information Officer'),
      p('400 Independence Ave SW, Washington, DC 20201'),
      p(date),
      p(`${W.ceo}\nChief Executive Officer\n${W.csp}\n${W.city}`),
      p(`SUBJECT: Authority to Operate (ATO) for ${W.system}, version ${version}`),
      p(`Dear Ms. ${W.ceo.split(' ').pop() ?? ''}:`),
      p(`Based on my review of the security authorization package for ${W.system}, including the System Security Plan, the Security Assessment Report prepared by ${W.threePao}, and the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable. Accordingly, I am issuing an Authority to Operate for ${W.system} at the FedRAMP Moderate impact level.`),
      p('This authorization is valid for three years from the date of this letter, subject to continuous monitoring. The system must remain within the scope described in the authorized SSP; significant changes require prior approval. Ridgeline shall provide monthly continuous monitoring deliverables (updated POA&M, vulnerability scan results and inventory) to the agency and shall remediate high-risk vulnerabilities within 30 days.'),
      p(`The system leverages the FedRAMP authorization of ${W.iaas}; this authorization relies on that provider continuing to maintain its FedRAMP authorization.`),
      p('Sincerely,'),
      p(`${W.ao}\n${W.aoTitle}\n${W.agency}`),
      p('cc: FedRAMP PMO, General Services Administration; FGOA Chief Information Security Officer'),
    ],
  };
}

// ---------------------------------------------------------------- Significant change request and deviation request

const scrDocx: DocSpec = {
  meta: { title: 'SCR form', creator: W.isso },
  header: `${CUI}  |  ${W.csp}`,
  footer: 'FedRAMP Significant Change Request Form (completed by CSP)',
  headings: 'bold',
  blocks: [
    bold('Significant Change Request'),
    p('Submitted to the Authorizing Official of each agency that has issued an ATO for the system and to the FedRAMP PMO at least 30 days before implementation.'),
    table([
      ['CSP Name', W.csp],
      ['Cloud Service Offering', W.system],
      ['FedRAMP Package ID', W.fedrampId],
      ['Impact Level', 'Moderate'],
      ['Date Submitted', '2025-06-27'],
      ['CSP Point of Contact', `${W.isso}, ISSO`],
      ['3PAO performing the significant change assessment', W.threePao],
    ]),
    bold('Type of Change'),
    table([
      ['Change type', 'Selected'],
      ['Change to a FedRAMP-authorized leveraged service', 'X'],
      ['New component / new technology in the boundary', 'X'],
      ['Change of the physical location of data', ''],
      ['Change of 3PAO', ''],
    ]),
    bold('Description of the Proposed Change'),
    p(`Ridgeline proposes to migrate the case document store from self-managed object storage on virtual machines to the ${W.iaasAbbr} managed object storage service, which is inside the ${W.iaas} FedRAMP High authorization. The change introduces a new leveraged service and alters the data flow for case attachments.`),
    bold('Security Impact Analysis'),
    p('Controls affected: SC-28 (protection of information at rest), SC-12 (key management), CP-9 (backup), AU-2/AU-12 (object-level audit logging), CM-8 (inventory). SC-28 becomes a shared control with the IaaS; the POA&M and inventory will be updated after the change.'),
    ...prose(550, 'change management', 2),
    bold('Planned Implementation Dates'),
    table([['Milestone', 'Date'], ['3PAO assessment of the change', '2025-08-18'], ['Production cutover', '2025-09-20']]),
    bold('Attestation'),
    p('I attest that the information in this request is accurate and complete.'),
    table([['Name', 'Title', 'Signature', 'Date'], [W.ciso, 'CISO', '', '2025-06-27']]),
  ],
};

const scrPdf: DocSpec = {
  meta: { title: 'Scanned document', creator: 'HP Scan' },
  headings: 'bold',
  blocks: [
    p(`${W.csp}    ${W.city}`),
    p('TO: Authorizing Official, Federal Grants Oversight Administration; FedRAMP PMO (info@fedramp.gov)'),
    p('RE: Significant Change Request - addition of a FedRAMP-authorized email delivery service'),
    bold('FedRAMP Significant Change Request (SCR)'),
    table([['Field', 'Response'], ['System', W.system], ['Package ID', W.fedrampId], ['Change category', 'Adding a new external service (interconnection)'], ['Requested approval date', '2026-02-15']]),
    h2('Description of change'),
    p('Outbound notification email will move from the self-hosted SMTP relay to a FedRAMP Moderate authorized email delivery service. The relay virtual machines will be decommissioned.'),
    h2('Security impact analysis'),
    p('Affected controls: SC-7, SC-8, SI-8, CA-3, CM-8. The new interconnection is documented in the updated SSP section 5 and will be assessed by the 3PAO before production use.'),
    ...prose(560, 'change impact review', 3),
  ],
};

const drDocx: DocSpec = {
  meta: { title: 'Deviation Request', creator: W.isso },
  header: 'CUI',
  footer: 'Ridgeline Managed Services - ConMon',
  headings: 'styles',
  blocks: [
    centered('FedRAMP'),
    h1('Deviation Request Form'),
    p('Use this form to request a risk adjustment, a false positive determination or an operational requirement for a vulnerability or POA&M item.'),
    table([
      ['CSP', W.csp],
      ['System Name', W.system],
      ['Request Date', '2025-05-06'],
      ['Deviation Request ID', 'DR-2025-004'],
      ['Related POA&M ID', 'V-2025-0117'],
      ['Deviation Type', 'Operational Requirement (OR)'],
    ]),
    h2('Vulnerability Information'),
    table([['Scanner', 'Plugin / QID', 'Name', 'Original Risk Rating', 'Assets'], ['Nessus', '42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'Moderate', 'rcf-lb-legacy-01']]),
    h2('Justification'),
    p('Two agency partner systems still negotiate 3DES over the legacy file-drop endpoint. Removing the cipher before the agencies complete their upgrades (planned for Q3 2025) would stop case file exchange.'),
    h2('Compensating Controls'),
    bullets('The legacy endpoint only accepts connections from two allow-listed agency IP ranges.', 'Sessions are limited to 15 minutes and rekey after 100 MB.', 'WAF logging of the endpoint is reviewed weekly.'),
    h2('Residual Risk'),
    p('Low. The likelihood of exploitation is reduced by the network restrictions above.'),
    h2('Approvals'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', W.isso, 'Submitted', '2025-05-06'], ['Agency AO', '', '', '']]),
  ],
};

export const corePlans: DocPlan[] = [
  { file: 'RCF_SSP_v2.3_DRAFT.docx', expected: 'SSP', note: 'Consultant-template SSP (cover, revision history, approvals, TOC, control statements with inherited/shared origination).', build: () => renderDocx(ssp1) },
  { file: 'Final_v7.docx', expected: 'SSP', note: 'SSP whose title is only in a cover table cell, headings as bold paragraphs and stale metadata title from the consultant master template.', build: () => renderDocx(ssp2) },
  { file: 'SAP-Keystone-RCF.docx', expected: 'SAP', note: 'Initial-assessment Security Assessment Plan from the 3PAO: scope, methodology, test schedule, rules of engagement, signatures.', build: () => renderDocx(sapDocx) },
  { file: 'doc-0412.pdf', expected: 'SAP', note: 'Annual-assessment SAP exported to PDF, title in a plain line under the 3PAO name, metadata set to a file name.', build: () => renderPdf(sapPdf) },
  { file: 'POAM_review_feb.docx', expected: 'SAR', note: 'Security Assessment Report (risk exposure table, recommendation) saved under a misleading POA&M-like file name.', build: () => renderDocx(sarDocx) },
  { file: 'upload (3).pdf', expected: 'SAR', note: 'Significant-change SAR as PDF with no title metadata; cover block title.', build: () => renderPdf(sarPdf) },
  { file: 'FGOA_RCF_ATO_signed.pdf', expected: 'ATO_LETTER', note: 'Agency Authority to Operate letter from the authorizing official to the CSP.', build: () => renderPdf(atoLetter('March 28, 2025', '2.3')) },
  { file: 'letter.docx', expected: 'ATO_LETTER', note: 'Word version of the agency ATO letter (re-issued after the annual assessment), neutral file name.', build: () => renderDocx(atoLetter('April 2, 2026', '3.0')) },
  { file: 'SCR-2025-02 object storage.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Completed FedRAMP Significant Change Request form for a move to a leveraged storage service.', build: () => renderDocx(scrDocx) },
  { file: 'scan0091.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'SCR memo with form table as a scanned-style PDF (metadata "Scanned document").', build: () => renderPdf(scrPdf) },
  { file: 'DR-2025-004.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request (operational requirement) for a POA&M vulnerability.', build: () => renderDocx(drDocx) },
  { file: 'ssp-notes.md', expected: 'SSP', note: 'The SSP body kept as markdown by the compliance team in their docs repository (full control implementation sections).', build: async () => renderMarkdown({ meta: {}, headings: 'styles', blocks: [h1(`${W.system} System Security Plan`), p('Status: working copy for the 2026 annual update. Source of truth for the Word deliverable.'), ...sspBody(3)] }) },
];
