/** Core deliverables written as prose: SSP, SAP, SAR, ATO letter, change/deviation requests, checklist. */
import { type Block, rng, p, bold, table, h1, h2, h3, pb } from './kit.js';
import { emit, DISTILLER, DISTILLER7, PDFMAKER, SCANNER } from './emit.js';
import { type Doc, CSP, SYS, ABBR, TPAO, revisionHistory, approvals, distribution, legalNotice, toc, paras, sections } from './front.js';

const SSP_POOL = [
  `The ${SYS} (${ABBR}) is an Infrastructure as a Service offering that provides virtual compute, block storage and managed backup to federal tenants.`,
  `${ABBR} has been categorized as a Moderate impact system in accordance with FIPS 199; the confidentiality, integrity and availability objectives are each rated Moderate.`,
  'The authorization boundary comprises the production data centers in Ashburn, Virginia and Denver, Colorado, the management network and the customer-facing portal.',
  'Control implementation statements below describe how each control of the FedRAMP Moderate baseline is satisfied, and whether the implementation is inherited, shared or system specific.',
  'Customer responsibilities for shared controls are summarized in the Control Implementation Summary (Attachment 12) and must be addressed in each tenant system security plan.',
  'Audit records are forwarded to the central log management cluster, retained online for ninety days and archived for one year.',
  'Privileged access to hypervisor hosts requires two-factor authentication through the jump host and is reviewed monthly by the ISSO.',
  'Network traffic between tenants is separated by VLANs and stateful firewalls; the boundary protection devices deny by default and permit by exception.',
  'The system owner, the ISSO and the authorizing official are identified in Section 3, Information System Owner, and Section 5, Authorizing Official.',
  'The contingency plan (Attachment 6) and the incident response plan (Attachment 8) are tested annually; results are recorded in the POA&M where weaknesses are found.',
  'Configuration baselines are derived from the DISA STIGs and the CIS benchmarks and are documented in the Configuration Management Plan.',
  'Implementation Status: Implemented. Control Origination: Service Provider Corporate and Service Provider System Specific.',
];

const SSP_HEADS = [
  'Information System Name/Title',
  'Information System Categorization',
  'Information System Owner',
  'Authorizing Officials',
  'Other Designated Contacts',
  'Assignment of Security Responsibility',
  'Information System Operational Status',
  'Information System Type',
  'General System Description',
  'System Environment',
  'System Interconnections',
  'Laws, Regulations, Standards and Guidance',
  'Minimum Security Controls',
];

function sspControls(r: () => number): Block[] {
  const out: Block[] = [h1('13. Minimum Security Controls')];
  const ctrls: [string, string][] = [
    ['AC-2', 'Account Management'],
    ['AC-17', 'Remote Access'],
    ['AU-6', 'Audit Review, Analysis, and Reporting'],
    ['CM-6', 'Configuration Settings'],
    ['IA-2', 'Identification and Authentication (Organizational Users)'],
    ['SC-7', 'Boundary Protection'],
  ];
  for (const [id, name] of ctrls) {
    out.push(h3(`13.${ctrls.findIndex((c) => c[0] === id) + 1} ${id} ${name}`));
    out.push(table([[`${id}`, 'Control Summary Information'], ['Responsible Role:', 'ISSO; System Administrators'], ['Implementation Status:', 'Implemented'], ['Control Origination:', 'Service Provider System Specific']]));
    out.push(bold(`${id} What is the solution and how is it implemented?`));
    out.push(...paras(r, SSP_POOL, 1));
  }
  return out;
}

async function ssp1(): Promise<Doc> {
  const r = rng(4601);
  const blocks: Block[] = [
    bold(CSP, 12, true),
    bold(`${SYS} (${ABBR})`, 20, true),
    bold('System Security Plan', 28, true),
    p('Version 2.0\nMarch 2011', ),
    p('FedRAMP Moderate Baseline - NIST SP 800-53 Revision 3'),
    legalNotice(CSP),
    pb,
    ...revisionHistory(r, 5),
    ...approvals([
      ['Karin Halvorsen', 'System Owner'],
      ['Desmond Lindqvist', 'Information System Security Officer'],
    ]),
    pb,
    ...toc(SSP_HEADS),
    pb,
    ...sections(r, SSP_HEADS.slice(0, 12), SSP_POOL, 2),
    ...sspControls(r),
  ];
  return {
    file: 'COPYOF~1.docx',
    expected: 'SSP',
    note: 'Word 2007 compatibility-mode System Security Plan for the HGHP Moderate system with revision history, approvals and control implementation statements; an 8.3 archive name.',
    data: await emit(blocks, {
      fmt: 'docx',
      flavor: 'word2007',
      props: { title: 'FedRAMP SSP Template', creator: 'dlindqvist', company: CSP, template: 'FedRAMP_SSP_Template.dotx' },
      header: `${ABBR} System Security Plan v2.0`,
      footer: 'Controlled Unclassified Information',
    }),
  };
}

async function ssp2(): Promise<Doc> {
  const r = rng(4602);
  const blocks: Block[] = [
    p(`${CSP} - Proprietary`),
    bold('SYSTEM SECURITY PLAN', 22, true),
    bold(`for the ${SYS}`, 14, true),
    p('Prepared for the FedRAMP Joint Authorization Board and sponsoring agencies. Version 2.3, September 2011.'),
    ...revisionHistory(r, 4),
    ...sections(r, SSP_HEADS, SSP_POOL, 2),
  ];
  return {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'Distiller-produced PDF of the HGHP System Security Plan (old Word .doc print, title left as the .doc file name).',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER, creator: 'PScript5.dll Version 5.2.2', title: 'Microsoft Word - SSP_v2.doc', author: 'dlindqvist', version: '1.4', footer: `${ABBR} SSP v2.3` }),
  };
}

async function ssp3(): Promise<Doc> {
  const r = rng(4603);
  const blocks: Block[] = [
    table(
      [
        ['Document', `${ABBR} System Security Plan (SSP)`],
        ['Owner', CSP],
        ['Classification', 'CUI // Internal'],
        ['Version', '3.1 DRAFT'],
      ],
      false,
    ),
    p('Converted from the legacy .doc master during the 2014 share migration. Formatting may differ from the original.'),
    ...distribution(['FedRAMP PMO ISSO', 'Agency AO designee', 'HGHP System Owner', 'Records Management']),
    ...sections(r, SSP_HEADS, SSP_POOL, 2),
    ...sspControls(r),
  ];
  return {
    file: 'Copy of Copy of HGHP_SSP_v3.1.docx',
    expected: 'SSP',
    note: 'LibreOffice conversion of the HGHP System Security Plan (title cell in a table, generic styles, "Untitled 1" metadata).',
    data: await emit(blocks, { fmt: 'docx', flavor: 'libreoffice', props: { title: 'Untitled 1' }, boldHeadings: true }),
  };
}

const SAP_POOL = [
  `${TPAO} will assess the ${ABBR} security controls using the methods examine, interview and test described in NIST SP 800-53A.`,
  'Testing will take place from 9 May 2011 to 27 May 2011 at the Ashburn data center and remotely from the assessor office.',
  'The assessment scope includes all controls in the FedRAMP Moderate baseline and the system components listed in the Integrated Inventory Workbook.',
  'Vulnerability scanning of operating systems, databases and web applications will be performed with authenticated credentials supplied by the CSP.',
  'Penetration testing follows the rules of engagement in Appendix B; the CSP point of contact may halt testing at any time by calling the test lead.',
  'Sampling: where populations exceed 25 items, the assessor will select a random sample in accordance with the sampling methodology in Section 4.3.',
  'Assessment results will be reported in the Security Assessment Report, including a risk exposure table and the assessor recommendation.',
  'The test plan identifies the assessor team members, their roles and their independence from the CSP.',
  'Out-of-scope items include customer-managed tenant virtual machines and the corporate IT network outside the authorization boundary.',
  'Test cases for each control are documented in the Security Test Case Procedures workbook (Appendix A).',
];

async function sap1(): Promise<Doc> {
  const r = rng(4611);
  const heads = ['Introduction', 'Purpose', 'Scope', 'Assumptions', 'Methodology', 'Test Plan', 'Roles and Testing Responsibilities', 'Rules of Engagement', 'Penetration Test Plan', 'Signatures'];
  const blocks: Block[] = [
    bold(TPAO, 12),
    bold('Security Assessment Plan', 26, true),
    bold(`${CSP} - ${SYS}`, 14, true),
    p('Version 1.0 | April 2011'),
    ...revisionHistory(r, 3),
    ...toc(heads),
    pb,
    ...sections(r, heads.slice(0, 7), SAP_POOL, 2),
    h1('8. Rules of Engagement'),
    table([['Item', 'Value'], ['Testing window', 'Weekdays 19:00-05:00 ET'], ['Source IPs', '198.51.100.20-198.51.100.29'], ['Emergency contact', 'HGHP NOC +1 703 555 0142'], ['Test lead', 'A. Varga, Brightwater']]),
    ...paras(r, SAP_POOL, 2),
    ...approvals([['Alicia Varga', `Assessment Lead, ${TPAO}`], ['Karin Halvorsen', `System Owner, ${CSP}`]]),
  ];
  return {
    file: 'SAP_Final_v7.docx',
    expected: 'SAP',
    note: '3PAO Security Assessment Plan for HGHP with methodology, test plan and rules of engagement (Word 2010 compatibility mode).',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'Security Assessment Plan', creator: 'avarga', company: 'Brightwater Assurance Group' }, header: 'Brightwater Assurance Group - Confidential' }),
  };
}

async function sap2(): Promise<Doc> {
  const r = rng(4612);
  const blocks: Block[] = [
    p(`Prepared by ${TPAO} for ${CSP}`),
    bold(`${ABBR} Annual Assessment - Security Assessment Plan (SAP)`, 16),
    p('Continuous monitoring year 2 annual assessment. This plan covers the core controls selected by the FedRAMP PMO and controls affected by changes since the last assessment.'),
    ...sections(r, ['Purpose', 'Applicable Laws and Guidance', 'Scope', 'Assessment Methodology', 'Test Schedule', 'Rules of Engagement', 'Sampling', 'Deliverables'], SAP_POOL, 2),
  ];
  return {
    file: 'upload (3).pdf',
    expected: 'SAP',
    note: 'PDFMaker export of the 3PAO annual Security Assessment Plan for HGHP (scope, methodology, schedule, rules of engagement).',
    data: await emit(blocks, { fmt: 'pdf', producer: PDFMAKER, creator: 'Acrobat PDFMaker 8.1 for Word', version: '1.4', footer: 'Brightwater SAP' }),
  };
}

const SAR_POOL = [
  `${TPAO} assessed ${ABBR} between 9 May and 27 May 2011 in accordance with the approved Security Assessment Plan.`,
  'Of the 261 controls assessed, 243 were found to be fully implemented, 14 partially implemented and 4 not implemented.',
  'Each finding below lists the control, the weakness description, the likelihood and impact levels and the resulting risk exposure.',
  'The risk exposure table in Section 5 summarizes 3 High, 9 Moderate and 17 Low risks remaining after the assessment.',
  'Authenticated vulnerability scans identified missing patches on two database servers; these were remediated during testing and verified.',
  `Based on the results, ${TPAO} recommends that ${SYS} be granted an authorization to operate, provided the High findings are remediated within 30 days and tracked in the POA&M.`,
  'False positives identified by the CSP were validated by the assessor and are listed separately in Table 5-3.',
  'Operationally required risks are documented with the CSP justification and the assessor evaluation.',
  'Penetration testing did not achieve privileged access to the management network; two web application weaknesses were confirmed.',
];

async function sar1(): Promise<Doc> {
  const r = rng(4621);
  const blocks: Block[] = [
    bold('SECURITY ASSESSMENT REPORT', 24, true),
    p(`${SYS}\nAssessed by ${TPAO}\nJune 2011`),
    legalNotice(TPAO),
    ...revisionHistory(r, 2),
    pb,
    ...sections(r, ['Executive Summary', 'Purpose', 'Assessment Scope', 'System Overview', 'Assessment Methodology', 'Security Assessment Results', 'Non-Conforming Controls'], SAR_POOL, 2),
    h1('8. Risk Exposure Table'),
    table([
      ['ID', 'Control', 'Name', 'Likelihood', 'Impact', 'Risk Exposure'],
      ['V-01', 'AC-7', 'Account lockout not enforced on portal', 'Moderate', 'High', 'High'],
      ['V-02', 'SI-2', 'Missing Oracle CPU patches', 'High', 'Moderate', 'High'],
      ['V-03', 'SC-8', 'TLS 1.0 enabled on load balancer', 'Moderate', 'Moderate', 'Moderate'],
      ['V-04', 'AU-9', 'Log files writable by operators', 'Low', 'Moderate', 'Low'],
    ]),
    h1('9. Authorization Recommendation'),
    ...paras(r, SAR_POOL, 1),
    ...approvals([['Alicia Varga', 'Assessment Lead']]),
  ];
  return {
    file: 'Final_v7.docx',
    expected: 'SAR',
    note: '3PAO Security Assessment Report for HGHP with risk exposure table and authorization recommendation.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'Security Assessment Plan Template', creator: 'avarga' }, footer: 'Brightwater Assurance Group' }),
  };
}

async function sar2(): Promise<Doc> {
  const r = rng(4622);
  const blocks: Block[] = [
    p('BRIGHTWATER ASSURANCE GROUP'),
    bold('Security Assessment Report - Annual Assessment 2012', 14),
    p(`System: ${SYS} (${ABBR})   CSP: ${CSP}`),
    ...sections(r, ['Executive Summary', 'Scope', 'Results', 'Risk Exposure', 'Recommendation'], SAR_POOL, 2),
  ];
  return {
    file: 'SCAN0042.pdf',
    expected: 'SAR',
    note: 'Scanned, OCR-layered signed copy of the 2012 annual Security Assessment Report for HGHP.',
    data: await emit(blocks, { fmt: 'pdf', producer: SCANNER, version: '1.3', scanned: true }),
  };
}

async function ato1(): Promise<Doc> {
  const blocks: Block[] = [
    bold('U.S. DEPARTMENT OF LABOR', 12, true),
    p('Office of the Chief Information Officer\n200 Constitution Avenue NW, Washington, DC 20210'),
    p('August 19, 2011'),
    p(`MEMORANDUM FOR: Karin Halvorsen, System Owner, ${CSP}`),
    p('FROM: Thomas R. Bellweather, Authorizing Official'),
    bold(`SUBJECT: Authority to Operate (ATO) for the ${SYS}`),
    p(
      `I have reviewed the security authorization package for the ${SYS}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. ` +
        'Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.',
    ),
    p(
      `Accordingly, I hereby grant an Authority to Operate for ${ABBR} at the Moderate impact level for a period of three years from the date of this memorandum, subject to the conditions below. ` +
        'This authorization is contingent upon the remediation of the High findings listed in the POA&M within 30 days and monthly continuous monitoring submissions.',
    ),
    p('1. Submit the updated POA&M and vulnerability scan results monthly to the agency ISSO.\n2. Report any significant change before implementation.\n3. Report security incidents to US-CERT within one hour of discovery.'),
    p('This authorization may be revoked at any time if the risk to the Department becomes unacceptable.'),
    p('________________________\nThomas R. Bellweather\nAuthorizing Official\nU.S. Department of Labor'),
    p('cc: FedRAMP PMO; DOL Chief Information Security Officer'),
  ];
  return {
    file: 'ltr-2011-0819.pdf',
    expected: 'ATO_LETTER',
    note: 'Agency authorizing official memorandum granting an Authority to Operate for HGHP (Distiller PDF, no Info title).',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER7, creator: 'PScript5.dll Version 5.2.2', version: '1.4' }),
  };
}

async function ato2(): Promise<Doc> {
  const blocks: Block[] = [
    p('DEPARTMENT OF LABOR - OFFICE OF THE ASSISTANT SECRETARY FOR ADMINISTRATION AND MANAGEMENT'),
    p('December 2, 2014'),
    p(`Ms. Karin Halvorsen\n${CSP}\n1400 Wilson Blvd, Arlington VA 22209`),
    bold(`Re: Reauthorization - Authority to Operate, ${SYS}`),
    p(
      `Dear Ms. Halvorsen: Following the annual assessment and review of the continuous monitoring deliverables for the ${SYS}, I have determined that the residual risk remains acceptable. ` +
        `The Department hereby reissues its Authority to Operate for ${ABBR} at the FIPS 199 Moderate level, effective immediately and valid for three years, unless revoked earlier.`,
    ),
    p('The Department will continue to rely on the FedRAMP package for this service. Any open High risks must be remediated within 30 days; Moderate within 90 days.'),
    p('Sincerely,\n\n(signed)\nThomas R. Bellweather\nDeputy CIO and Authorizing Official'),
    p('Enclosure: Conditions of Authorization'),
  ];
  return {
    file: 'IMG_0031.pdf',
    expected: 'ATO_LETTER',
    note: 'Scanned, OCR-layered agency reauthorization letter reissuing the Authority to Operate for HGHP.',
    data: await emit(blocks, { fmt: 'pdf', producer: SCANNER, version: '1.3', scanned: true }),
  };
}

const SCR_POOL = [
  'The proposed change replaces the VMware ESX 4.0 hypervisor cluster with ESXi 5.1 and moves the management network to a new subnet.',
  'The change affects controls CM-2, CM-6, SC-7 and AC-17 and requires updates to the SSP Sections 9 and 10 and to the inventory.',
  'The CSP has performed a security impact analysis and assesses the change as significant because it alters the authorization boundary.',
  'The 3PAO will assess the affected controls before the change is placed into production, per the FedRAMP significant change policy.',
  'Rollback: the existing cluster will be retained in standby for thirty days after cutover.',
  'Target implementation date: 15 March 2013, pending authorizing official approval.',
];

async function scr1(): Promise<Doc> {
  const r = rng(4631);
  const blocks: Block[] = [
    bold('Significant Change Request Form', 18, true),
    table([
      ['CSP Name', CSP],
      ['Cloud Service Offering', SYS],
      ['Date of Request', '02/11/2013'],
      ['Change Type', 'Change to the authorization boundary; new hypervisor platform'],
      ['Requested by', 'Desmond Lindqvist, ISSO'],
    ]),
    h2('Description of Proposed Change'),
    ...paras(r, SCR_POOL, 2),
    h2('Security Impact Analysis'),
    ...paras(r, SCR_POOL, 2),
    h2('Affected Controls and Documents'),
    table([['Control', 'Impact'], ['CM-2', 'New baseline'], ['SC-7', 'New boundary devices'], ['AC-17', 'New management path']]),
    ...approvals([['Karin Halvorsen', 'System Owner'], ['Agency AO', 'Approval of Significant Change']]),
  ];
  return {
    file: 'SCR-2013-02 (conflicted copy 2014-07-03).docx',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'Significant Change Request form for a hypervisor platform replacement changing the HGHP boundary (sync-conflict copy name).',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'Significant Change Request', creator: 'dlindqvist' } }),
  };
}

async function scr2(): Promise<Doc> {
  const r = rng(4632);
  const blocks: Block[] = [
    bold('FedRAMP Significant Change Request', 16),
    p(`Submitted by ${CSP} for ${SYS}. Change: migration of customer backup storage from EMC Celerra to a new object storage tier hosted in Denver.`),
    ...paras(r, SCR_POOL, 3),
    p('Request for authorizing official approval of the significant change described above. The 3PAO SAP addendum for the change will follow.'),
  ];
  return {
    file: 'form_2013.pdf',
    expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'PDF significant change request for a storage-tier migration, awaiting AO approval.',
    data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER7, title: 'Significant Change Request', version: '1.4' }),
  };
}

async function dr1(): Promise<Doc> {
  const blocks: Block[] = [
    bold('Deviation Request', 20, true),
    p(`CSP: ${CSP}    System: ${SYS}    DR Number: DR-2012-007`),
    table([
      ['Deviation Type', 'Risk Adjustment'],
      ['POA&M ID', 'V-2012-0113'],
      ['Control', 'SC-13'],
      ['Original Risk Rating', 'High'],
      ['Requested Adjusted Risk Rating', 'Moderate'],
      ['Scanner / Source', 'Nessus plugin 20007 (SSL Version 2 and 3 Protocol Detection)'],
    ]),
    h2('Justification'),
    p(
      'The affected service is reachable only from the management network through the jump host, which requires two-factor authentication. Compensating controls reduce the likelihood of exploitation; we therefore request that the risk be adjusted to Moderate.',
    ),
    h2('Evidence'),
    p('Firewall rule export, jump host configuration and scan results attached. The related POA&M item will be updated when the deviation is approved.'),
    p('Requested by: Desmond Lindqvist, ISSO    Date: 10/22/2012'),
    p('AO decision: [ ] Approved  [ ] Denied'),
  ];
  return {
    file: 'DR_v2.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'Deviation request asking for a risk adjustment of a POA&M item from High to Moderate.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { creator: 'dlindqvist', title: 'FedRAMP Deviation Request Form' } }),
  };
}

async function checklist1(): Promise<Doc> {
  const rows: string[][] = [['#', 'Package Item', 'Included (Y/N)', 'File name / Comment']];
  const items = [
    'Initial Authorization Package transmittal letter',
    'System Security Plan (SSP) with all attachments',
    'Attachment 1 - Information Security Policies and Procedures',
    'Attachment 2 - User Guide',
    'Attachment 3 - Digital Identity Worksheet',
    'Attachment 4 - Privacy Threshold Analysis / Privacy Impact Assessment',
    'Attachment 5 - Rules of Behavior',
    'Attachment 6 - Information System Contingency Plan',
    'Attachment 7 - Configuration Management Plan',
    'Attachment 8 - Incident Response Plan',
    'Attachment 9 - CIS/CRM Workbook',
    'Attachment 10 - FIPS 199',
    'Attachment 11 - Separation of Duties Matrix',
    'Attachment 12 - FedRAMP Laws and Regulations',
    'Attachment 13 - Integrated Inventory Workbook',
    'Security Assessment Plan (SAP)',
    'Security Assessment Report (SAR) with scan results',
    'Plan of Action and Milestones (POA&M)',
    'Agency ATO letter',
  ];
  items.forEach((it, i) => rows.push([String(i + 1), it, 'Y', i % 4 === 0 ? 'see share \\\\fs02\\compliance\\pkg' : '']));
  const blocks: Block[] = [
    bold('FedRAMP Initial Authorization Package Checklist', 16, true),
    p(`CSP: ${CSP}    CSO: ${SYS}    Impact level: Moderate    Date: 06/2011`),
    p('Instructions: Confirm each item of the initial authorization package is present before submission to the FedRAMP PMO. Use Y/N and record the file name.'),
    table(rows),
    p('Checklist completed by: ISSO    Reviewed by: System Owner'),
  ];
  return {
    file: 'checklist.docx',
    expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist filled in as a Word table.',
    data: await emit(blocks, { fmt: 'docx', flavor: 'libreoffice', props: { title: 'Untitled 1' } }),
  };
}

export async function coreDocs(): Promise<Doc[]> {
  return Promise.all([ssp1(), ssp2(), ssp3(), sap1(), sap2(), sar1(), sar2(), ato1(), ato2(), scr1(), scr2(), dr1(), checklist1()]);
}

