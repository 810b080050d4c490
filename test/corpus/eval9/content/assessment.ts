import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import type { Block, EvalDoc } from '../kit/types.js';
import { buildXlsx } from '../kit/xlsx.js';
import {
  approvals,
  BREAK,
  bh,
  bullets,
  BRIGHTQUILL,
  CORVANE,
  CUI,
  distribution,
  h1,
  h2,
  HALBERD,
  KESTREL,
  LEDGERLEAF,
  MERIDIAN,
  p,
  proprietaryNotice,
  revisions,
  table,
  ukDate,
  backMatter,
} from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;
const B = BRIGHTQUILL;

/** Methodology prose shared by the plans, written the way 3PAOs write it. */
function methodology(assessor: string, british: boolean): Block[] {
  const org = british ? 'organisation' : 'organization';
  const auth = british ? 'authorisation' : 'authorization';
  return [
    h2('Control Testing'),
    ...p(
      `${assessor} will assess each control and control enhancement in the applicable FedRAMP Rev. 5 baseline using the three assessment methods defined in NIST SP 800-53A Rev. 5: examine, interview and test. Assessment objectives are taken from the FedRAMP Security Test Case Procedures workbook and are tailored only where the System Security Plan documents an inherited or not-applicable implementation that the ${org} has evidenced.`,
      `For each determination statement the assessor records the method used, the evidence examined (by artefact identifier), the personnel interviewed and the result: Satisfied or Other Than Satisfied. A control is Satisfied only when every one of its assessment objectives is Satisfied. Other Than Satisfied results become findings that are carried into the risk exposure table of the assessment report and, through the CSP, into the Plan of Action and Milestones.`,
      `Evidence is requested through the Evidence Request List and exchanged only through the ${org}'s approved secure file transfer space. Screenshots must show the system clock and the host name; configuration exports must be produced in the presence of the assessor or delivered with a hash recorded in the evidence log.`,
    ),
    h2('Vulnerability Scanning'),
    ...p(
      `Authenticated operating system and infrastructure scans will be run by the assessment team with Tenable Nessus Professional 10.8 against 100 percent of the inventory in scope. Database scans will use the Nessus database compliance audits for PostgreSQL 15 and the vendor CIS benchmark audit files. Web application scans will be run with Burp Suite Professional and OWASP ZAP against every externally and internally reachable web interface listed in the Integrated Inventory Workbook.`,
      `Scan credentials are issued by the CSP to named assessor accounts for the testing window only and are revoked at its end. Scan results are reconciled against the inventory; any host that cannot be scanned with credentials is reported as a limitation. Findings are rated with the scanner's CVSS v3 score and then risk-adjusted only with documented, evidenced justification.`,
    ),
    h2('Penetration Testing'),
    ...p(
      `Penetration testing follows the FedRAMP Penetration Test Guidance and covers the attack vectors it defines: external to corporate, external to CSP target system, tenant to CSP management system, tenant to tenant, mobile application to target system (where applicable), and client-side application and agents. Social engineering is limited to a phishing simulation approved in advance by the CSP's security leadership.`,
      `The results of penetration testing are reported in the penetration test report, an appendix of the assessment report, and every exploitable finding is also entered in the risk exposure table.`,
    ),
    h2(`Risk Rating and ${british ? 'Authorisation' : 'Authorization'} Recommendation`),
    ...p(
      `Risks are rated using NIST SP 800-30 likelihood and impact levels. The assessment report will contain a risk exposure table and ${assessor}'s recommendation on whether the system is ready for ${auth}. The recommendation is independent: the CSP may comment on findings but may not change their rating.`,
    ),
  ];
}

function roe(assessor: string, csp: string, british: boolean): Block[] {
  return [
    h2('Rules of Engagement'),
    ...p(
      `The following rules govern all active testing performed by ${assessor} against ${csp}. They are agreed by the CSP's system owner and acknowledged by the sponsoring agency before testing begins.`,
    ),
    bullets(
      'Testing windows: Monday to Friday, 08:00 to 20:00 Eastern; production-impacting tests (denial of service, account lockout) are out of scope.',
      'Source addresses of the assessment team are registered in advance; the CSP will not block them but will log and alert as normal so detection can be evaluated.',
      'Any critical or high finding that exposes federal data is reported by telephone to the CSP ISSO within one hour of discovery.',
      'Testing stops immediately on request of the CSP ISSO or on any unplanned outage; it resumes only after joint agreement.',
      `No federal customer data is to be exfiltrated; proof of access is by screenshot or by a harmless marker file.`,
      british ? 'All artefacts collected are destroyed 90 days after acceptance of the report unless the sponsoring agency requests otherwise.' : 'All artifacts collected are destroyed 90 days after acceptance of the report unless the sponsoring agency requests otherwise.',
    ),
  ];
}

async function sapCoverTable(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: CUI, bold: true, size: 18 },
    {
      k: 'table',
      rows: [
        ['Document', 'Security Assessment Plan (SAP)'],
        ['Cloud Service Offering', `${C.system} (${C.abbrev})`],
        ['Cloud Service Provider', C.org],
        ['FIPS 199 Impact Level', 'High'],
        ['Assessment Type', 'Initial Assessment – FedRAMP Agency Authorization'],
        ['Sponsoring Agency', `${C.agency} (${C.agencyShort})`],
        ['Prepared by', `${HALBERD.name} (A2LA Certificate ${HALBERD.a2la})`],
        ['Version / Date', '1.2 / June 9, 2025'],
      ],
      widths: [35, 65],
    },
    proprietaryNotice(HALBERD.name),
    BREAK,
    ...revisions([
      ['2025-05-02', '0.9', 'Draft for CSP review', 'J. Pryce'],
      ['2025-05-20', '1.0', 'Issued to FHSA for review', 'J. Pryce'],
      ['2025-06-02', '1.1', 'FHSA comments 1–14 addressed; inventory counts refreshed', 'L. Fonseca-Marr'],
      ['2025-06-09', '1.2', 'Final; approved by FHSA', 'J. Pryce'],
    ]),
    ...approvals('Approvals', [
      [HALBERD.lead, 'Assessment Lead, Halberd Assurance Partners', '/s/ 2025-06-09'],
      [C.owner, 'System Owner, Corvane Systems, Inc.', '/s/ 2025-06-09'],
      [C.ao, `${C.aoTitle}, ${C.agencyShort}`, '/s/ 2025-06-10'],
    ]),
    ...distribution([
      [C.isso, C.org, 'ISSO'],
      ['Kevin Stroud', C.agencyShort, 'Agency Security Reviewer'],
      ['FedRAMP PMO', 'GSA', 'Package reviewer (via secure repository)'],
    ]),
    BREAK,
    {
      k: 'toc',
      entries: [
        '1 Introduction|5',
        '2 Scope|6',
        '3 Assumptions|9',
        '4 Methodology|10',
        '5 Test Plan|14',
        '6 Rules of Engagement|17',
        'Appendix A – Security Test Case Procedures (separate workbook)|20',
        'Appendix B – Penetration Testing Plan and Methodology|21',
        'Appendix C – Sampling Methodology|23',
        'Appendix D – Referenced deliverables: System Security Plan v3.1, Integrated Inventory Workbook (June 2025), Plan of Action and Milestones, Security Assessment Report template|24',
      ],
    },
    BREAK,
    h1('1 Introduction'),
    ...p(
      `This document describes how ${HALBERD.name} will assess ${C.system} for a FedRAMP Agency Authorization at the High impact level, sponsored by the ${C.agency}. It is written in accordance with the FedRAMP SAP template and with NIST SP 800-53A Rev. 5, and it is based on the ${C.system} System Security Plan version 3.1 dated May 12, 2025.`,
      `${C.system} is an ${C.model} delivering virtual compute, block and object storage, managed Kubernetes and a customer key management service to federal tenants from two U.S. regions. The assessment covers the full High baseline of 410 controls and enhancements.`,
    ),
    h2('1.1 Purpose'),
    ...p(
      'The purpose of this plan is to agree, before testing, the boundary being assessed, the methods and tools, the schedule and the rules of engagement, so that the sponsoring agency can rely on the results reported in the Security Assessment Report.',
    ),
    h2('1.2 Applicable Laws, Regulations and Guidance'),
    bullets(
      'Federal Information Security Modernization Act of 2014 (FISMA)',
      'OMB Circular A-130, Managing Information as a Strategic Resource',
      'NIST SP 800-53 Rev. 5 and SP 800-53A Rev. 5',
      'NIST SP 800-115, Technical Guide to Information Security Testing and Assessment',
      'FedRAMP Penetration Test Guidance, FedRAMP Vulnerability Scanning Requirements',
    ),
    h1('2 Scope'),
    ...p(
      `The authorization boundary is defined in Section 9 of the SSP. It comprises the production environments in us-gov-east-1 and us-gov-central-1, the shared management plane, the corporate identity provider tenant used for privileged access, and the CI/CD pipeline that deploys to production. Corporate office networks are outside the boundary except for the privileged access workstations.`,
    ),
    table(
      [
        ['Location', 'Function', 'Components in scope'],
        ['Ashburn, VA (us-gov-east-1)', 'Primary production', '1,146 hosts, 38 database clusters, 12 web interfaces'],
        ['Columbus, OH (us-gov-central-1)', 'Secondary production / DR', '884 hosts, 22 database clusters, 9 web interfaces'],
        ['Management plane (both regions)', 'Control plane, logging, key management', '214 hosts, 6 database clusters'],
        ['Privileged access workstations', 'Administrator endpoints', '41 hardened laptops'],
      ],
      [30, 30, 40],
    ),
    ...p(
      'Inventory counts are taken from the Integrated Inventory Workbook delivered on June 3, 2025. Where the scanner finds hosts not listed there, testing continues and the discrepancy is reported.',
    ),
    h2('2.1 Out of Scope'),
    bullets('Customer-managed virtual machines and customer applications', 'Leveraged FedRAMP-authorized services listed in SSP Table 6-1 (their controls are inherited)', 'Physical data centre facilities operated by the colocation provider (inherited, reviewed through its own package)'),
    h1('3 Assumptions'),
    bullets(
      'The SSP, its attachments and the inventory accurately describe the system at the start of testing.',
      'The system is frozen for the testing window: no production releases other than emergency security patches, each notified to the assessor.',
      'CSP personnel named in the interview schedule are available at the agreed times.',
      'Credentials for authenticated scanning are provided by the first day of testing.',
    ),
    h1('4 Methodology'),
    ...methodology(HALBERD.short, false),
    h1('5 Test Plan'),
    h2('5.1 Assessment Team'),
    table(
      [
        ['Name', 'Role', 'Qualifications'],
        [HALBERD.lead, 'Assessment Lead', '14 years; FedRAMP High assessments since 2017'],
        [HALBERD.qa, 'Quality Assurance', 'Independent QA reviewer'],
        [HALBERD.pentester, 'Penetration Test Lead', 'Red team lead'],
        ['Aisha Molyneux', 'Technical Assessor', 'AWS Security Specialty, CKS'],
      ],
      [30, 30, 40],
    ),
    h2('5.2 Schedule'),
    table(
      [
        ['Activity', 'Start', 'End'],
        ['Kick-off and document review', '2025-06-16', '2025-06-20'],
        ['Interviews and examination', '2025-06-23', '2025-07-11'],
        ['Vulnerability scanning', '2025-06-30', '2025-07-03'],
        ['Penetration testing', '2025-07-07', '2025-07-18'],
        ['Out-brief with CSP and FHSA', '2025-07-24', '2025-07-24'],
        ['Draft Security Assessment Report', '2025-08-08', '2025-08-08'],
      ],
      [50, 25, 25],
    ),
    h2('5.3 Tools'),
    table(
      [
        ['Tool', 'Version', 'Purpose'],
        ['Tenable Nessus Professional', '10.8.3', 'OS, network and database scanning'],
        ['Burp Suite Professional', '2025.5', 'Web application testing'],
        ['OWASP ZAP', '2.16.1', 'Web application scanning'],
        ['kube-bench / kube-hunter', '0.10 / 0.6', 'Kubernetes configuration'],
        ['Prowler', '5.7', 'Cloud account configuration'],
      ],
      [40, 20, 40],
    ),
    h1('6 Rules of Engagement'),
    ...roe(HALBERD.name, C.system, false).slice(1),
    h2('6.1 Disclosures'),
    ...p(
      'Halberd has no financial interest in Corvane Systems and has provided no advisory services to Corvane in the past 24 months. The assessment team is independent of the personnel who designed or operate the system.',
    ),
    h1('Appendix B – Penetration Testing Plan and Methodology'),
    ...p(
      'For each attack vector the penetration test lead will document the objective, the starting position, the techniques attempted and the results. The test begins with reconnaissance of the public attack surface and continues with authenticated testing from a provisioned tenant account in each region.',
    ),
    h1('Appendix C – Sampling Methodology'),
    ...p(
      'Where populations are large (user accounts, change tickets, audit events) Halberd samples according to its sampling note: 25 items or 10 percent of the population, whichever is smaller, with a minimum of 5; samples are selected by the assessor, never by the CSP.',
    ),
    ...backMatter(22),
  ];
  const data = await buildDocx({
    meta: { creator: 'hap-docgen', lastModifiedBy: 'Jonathan Pryce', created: '2025-05-02T13:10:00Z', modified: '2025-06-09T19:42:00Z', company: HALBERD.name },
    blocks,
    header: `Halberd Assurance Partners  |  ${C.abbrev} FedRAMP High  |  CUI`,
    footer: 'Proprietary and Confidential',
    coverWithoutHeader: true,
  });
  return { file: 'upload (3).docx', expected: 'SAP', note: 'Halberd\'s Security Assessment Plan for the High IaaS; the title is only in the cover table, with methodology, test plan and rules of engagement.', data };
}

async function sapScanned(): Promise<EvalDoc> {
  const blocks: Block[] = [
    h1('1 Introduction'),
    ...p(
      `This Security Assessment Plan (SAP) sets out how Kestrel & Finch Assurance (US) LLP will carry out the 2025 annual assessment of ${L.system}, a FedRAMP Low ${L.model} operated by ${L.org} and authorised by the ${L.agency}. The plan follows the FedRAMP SAP template and the FedRAMP Annual Assessment Guidance; it was agreed with the CSP on ${ukDate('2025-06-06')}.`,
      `The annual assessment covers the core controls FedRAMP designates for every annual assessment, the controls affected by changes since the last assessment, and one third of the remaining Low baseline selected on a rotating basis, as recorded in the control selection table in Section 4.`,
    ),
    h2('1.1 Organisation of this Plan'),
    ...p(
      'Section 2 describes the scope and boundary; Section 3 the assumptions; Section 4 the methodology, including the control selection; Section 5 the test plan; Section 6 the rules of engagement. The test case workbook and the evidence request list are supplied separately and do not form part of this plan.',
    ),
    h1('2 Scope'),
    ...p(
      `${L.system} runs in a single AWS commercial region (us-east-2) with backups replicated to us-west-2. The boundary is unchanged from the 2024 assessment except for the migration of the reporting service from Amazon RDS for MySQL to Amazon Aurora PostgreSQL, approved as a significant change in March 2025.`,
    ),
    table(
      [
        ['Component', 'Count', 'Notes'],
        ['EC2 instances (application, worker)', '64', 'Amazon Linux 2023, hardened to CIS Level 1'],
        ['Aurora PostgreSQL clusters', '3', 'Reporting, grants, audit'],
        ['Web interfaces', '4', 'Applicant portal, reviewer portal, admin console, API'],
        ['Container images', '27', 'Built in the CI pipeline, scanned on build'],
      ],
      [45, 15, 40],
    ),
    h1('3 Assumptions'),
    bullets(
      'The organisation will provide a complete and accurate inventory at the start of fieldwork.',
      'No significant change will be implemented during fieldwork.',
      'Inherited controls from AWS GovCloud are not retested; the AWS package is relied upon.',
    ),
    h1('4 Methodology'),
    ...methodology(KESTREL.short, true),
    h2('4.5 Control Selection for the 2025 Annual Assessment'),
    table(
      [
        ['Selection basis', 'Controls'],
        ['FedRAMP core controls', 'AC-2, AC-7, AU-2, AU-6, CA-5, CA-7, CM-2, CM-6, CM-8, IA-2, IR-4, RA-5, SC-7, SI-2, SI-4'],
        ['Affected by changes', 'CP-9, CP-10, SC-28, SI-10'],
        ['Rotation (year 2 of 3)', 'AT, MA, MP, PE (inherited), PL, PS families'],
      ],
      [30, 70],
    ),
    h1('5 Test Plan'),
    table(
      [
        ['Activity', 'Dates', 'Lead'],
        ['Kick-off', ukDate('2025-06-16'), KESTREL.lead],
        ['Evidence review and interviews', `${ukDate('2025-06-17')} – ${ukDate('2025-07-03')}`, KESTREL.lead],
        ['Scanning', `${ukDate('2025-06-23')} – ${ukDate('2025-06-25')}`, 'Imogen Sefton'],
        ['Penetration testing', `${ukDate('2025-06-30')} – ${ukDate('2025-07-04')}`, KESTREL.pentester],
        ['Close-out meeting', ukDate('2025-07-10'), KESTREL.lead],
      ],
      [40, 35, 25],
    ),
    h1('6 Rules of Engagement'),
    ...roe(KESTREL.name, L.system, true).slice(1),
    ...p('Signed copies of this plan and its acknowledgement page are held at the front of this document (scanned).'),
    ...backMatter(23, true),
  ];
  const data = await buildPdf({
    meta: { producer: 'Canon iR-ADV C5560 III PDF; modified using iText 7.2', creator: 'Canon iR-ADV C5560 III', created: '2025-06-11T09:32:00Z' },
    blocks,
    header: `${L.system} – 2025 Annual Assessment – Kestrel & Finch – CUI`,
    footer: 'Kestrel & Finch Assurance (US) LLP',
    scannedPages: 2,
    seed: 11,
    serif: true,
  });
  return { file: 'scan_20250611_0932.pdf', expected: 'SAP', note: 'Kestrel & Finch annual Security Assessment Plan for the Low SaaS: two scanned image-only front pages, then the plan text (British spelling).', data };
}

async function sapAppendixHeadings(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: `${C.system}`, size: 40 },
    { k: 'center', text: 'Significant Change Assessment – us-gov-central-2 Region Expansion', bold: true, size: 30 },
    { k: 'center', text: 'Assessment Scope, Methodology, Schedule and Rules of Engagement', size: 26 },
    { k: 'center', text: `Prepared for ${C.org} and the ${C.agency}`, size: 22 },
    { k: 'center', text: `${HALBERD.name}  •  Version 1.0  •  October 6, 2025`, size: 20 },
    BREAK,
    ...revisions([
      ['2025-09-22', '0.1', 'Initial draft from SCR 2025-04 scope', 'A. Molyneux'],
      ['2025-10-06', '1.0', 'Issued for agency approval', 'J. Pryce'],
    ]),
    ...approvals('Plan Approval', [
      [HALBERD.lead, 'Assessment Lead, Halberd', ''],
      [C.owner, 'System Owner, Corvane', ''],
      ['Kevin Stroud', `Security Reviewer, ${C.agencyShort} (for the AO)`, ''],
    ]),
    BREAK,
    h1('1 Background'),
    ...p(
      `${C.org} submitted Significant Change Request SCR-2025-04 to the ${C.agencyShort} Authorizing Official on August 18, 2025, to add a third region, us-gov-central-2, hosted in a new colocation facility in Council Bluffs, Iowa. The AO approved the request subject to an assessment of the change by an independent 3PAO before the region is opened to federal tenants. This document is the plan for that assessment; the results will be issued in a Security Assessment Report addendum.`,
      'The change introduces new physical infrastructure, a new network transit between regions and a new set of hypervisor hosts built from the existing golden images. No change is made to the identity provider, the key management service or the customer-facing APIs.',
    ),
    h1('2 Scope of the Change Assessment'),
    table(
      [
        ['Area', 'Controls selected', 'Rationale'],
        ['Physical and environmental', 'PE-2, PE-3, PE-6, PE-11, PE-13, PE-14, PE-15', 'New facility (inherited from colocation provider where its FedRAMP package allows)'],
        ['Network boundary', 'SC-7 and enhancements, SC-8, AC-4', 'New inter-region transit and boundary devices'],
        ['Configuration', 'CM-2, CM-3, CM-6, CM-7, CM-8', 'New hosts must match baselines'],
        ['Contingency', 'CP-2, CP-6, CP-7, CP-9, CP-10', 'Region becomes an alternate processing site'],
        ['Vulnerability management', 'RA-5, SI-2', 'New hosts scanned before go-live'],
      ],
      [25, 35, 40],
    ),
    h1('3 Methodology'),
    ...methodology(HALBERD.short, false),
    h1('4 Schedule'),
    table(
      [
        ['Activity', 'Dates'],
        ['Facility walkthrough (Council Bluffs)', '2025-10-20 – 2025-10-21'],
        ['Configuration review and scanning', '2025-10-22 – 2025-10-31'],
        ['Penetration testing of new transit', '2025-11-03 – 2025-11-07'],
        ['Report addendum', '2025-11-21'],
      ],
      [60, 40],
    ),
    h1('5 Rules of Engagement'),
    ...roe(HALBERD.name, `${C.system} (us-gov-central-2)`, false).slice(1),
    BREAK,
    h1('Appendix A — Test Case Procedures (Security Assessment Plan, SCR-2025-04)'),
    ...p('The test cases below are extracted from the FedRAMP Security Test Case Procedures for the controls selected in Section 2.'),
    h2('Appendix A — Test Case Procedures: PE Family (Security Assessment Plan)'),
    table(
      [
        ['Test case', 'Assessment objective', 'Method'],
        ['PE-3.1', 'Physical access authorizations are enforced at entry and exit points to the facility', 'Examine, Test'],
        ['PE-3.5', 'Physical access audit logs are maintained for entry points', 'Examine'],
        ['PE-6.1', 'Physical access to the facility is monitored to detect and respond to incidents', 'Examine, Interview'],
      ],
      [15, 65, 20],
    ),
    h2('Appendix A — Test Case Procedures: SC Family (Security Assessment Plan)'),
    table(
      [
        ['Test case', 'Assessment objective', 'Method'],
        ['SC-7.1', 'Communications at the external managed interfaces of the system are monitored and controlled', 'Examine, Test'],
        ['SC-7(3).1', 'The number of external network connections is limited', 'Examine'],
        ['SC-8.1', 'Transmitted information is protected for confidentiality and integrity (FIPS 140-validated TLS 1.2+)', 'Test'],
      ],
      [15, 65, 20],
    ),
    h2('Appendix A — Test Case Procedures: CP Family (Security Assessment Plan)'),
    table(
      [
        ['Test case', 'Assessment objective', 'Method'],
        ['CP-7.1', 'An alternate processing site is established with agreements permitting transfer and resumption', 'Examine, Interview'],
        ['CP-10.1', 'The system can be recovered and reconstituted to a known state within the RTO', 'Test'],
      ],
      [15, 65, 20],
    ),
    ...backMatter(24),
  ];
  const data = await buildDocx({
    meta: { title: 'SCR Assessment', creator: 'Aisha Molyneux', lastModifiedBy: 'Jonathan Pryce', created: '2025-09-22T15:00:00Z', modified: '2025-10-06T21:15:00Z' },
    blocks,
    header: 'Halberd Assurance Partners — CUI — Limited Distribution',
    coverWithoutHeader: true,
  });
  return { file: 'CSC_SCR-2025-04_assessment_v1.0.docx', expected: 'SAP', note: 'Halberd\'s plan (scope, methodology, schedule, rules of engagement) for assessing a significant change; the words "Security Assessment Plan" occur only in the Appendix A test case headings.', data };
}

function riskExposure(rows: string[][]): Block {
  return table([['ID', 'Control', 'Weakness', 'Likelihood', 'Impact', 'Risk', 'Status'], ...rows], [8, 10, 38, 11, 11, 10, 12]);
}

async function sarBritish(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: 'Kestrel & Finch Assurance (US) LLP', size: 22 },
    { k: 'title', text: 'Security Assessment Report', size: 52 },
    { k: 'center', text: `${L.system} — FedRAMP Low — 2025 Annual Assessment`, bold: true, size: 28 },
    { k: 'center', text: `Prepared for ${L.org} and the ${L.agency}`, size: 22 },
    { k: 'center', text: `Issued ${ukDate('2025-08-01')}  |  Version 1.0  |  CUI`, size: 20 },
    proprietaryNotice(KESTREL.name),
    BREAK,
    ...revisions([
      ['2025-07-18', '0.8', 'Draft issued to CSP for factual accuracy review', 'E. Ashworth-Hale'],
      ['2025-07-29', '0.9', 'CSP comments incorporated; QA review', 'R. Dunmore'],
      ['2025-08-01', '1.0', 'Final report issued', 'E. Ashworth-Hale'],
    ]),
    ...approvals('3PAO Attestation', [
      [KESTREL.lead, 'Engagement Lead, Kestrel & Finch', '/s/ 01/08/2025'],
      [KESTREL.qa, 'Quality Reviewer, Kestrel & Finch', '/s/ 01/08/2025'],
    ]),
    BREAK,
    { k: 'toc', entries: ['1 Executive Summary|4', '2 Introduction|6', '3 Scope|7', '4 Assessment Methodology|8', '5 Security Assessment Results|10', '6 Non-Conforming Controls|14', '7 Authorisation Recommendation|16', 'Appendix A – Risk Exposure Table|17', 'Appendix B – Test Case Workbook (separate file)|20', 'Appendix C – Scan Results (separate files)|20', 'Appendix D – Penetration Test Report|21'] },
    BREAK,
    h1('1 Executive Summary'),
    ...p(
      `Kestrel & Finch Assurance (US) LLP ("K&F"), an accredited FedRAMP Third Party Assessment Organisation, performed the 2025 annual assessment of ${L.system} between ${ukDate('2025-06-16')} and ${ukDate('2025-07-10')} in accordance with the Security Assessment Plan approved by the ${L.agencyShort} Authorising Official on ${ukDate('2025-06-12')}.`,
      'K&F assessed 97 controls and enhancements. 91 were found Satisfied and 6 Other Than Satisfied, giving rise to 9 findings: 0 High, 4 Moderate and 5 Low. All Moderate findings have remediation plans in the CSP\'s Plan of Action and Milestones, and two Low findings were remediated and validated during fieldwork.',
      'Authenticated scanning covered 100 per cent of the in-scope inventory. The penetration test did not achieve access to federal data or to the management plane.',
    ),
    h1('2 Introduction'),
    ...p(
      'This Security Assessment Report documents the results of the assessment, the risks identified and K&F\'s recommendation to the Authorising Official. It should be read with the System Security Plan version 4.2, the Security Assessment Plan version 1.0 and the Plan of Action and Milestones dated July 2025.',
    ),
    h1('3 Scope'),
    ...p(`The assessment covered the boundary described in Section 9 of the SSP: the applicant and reviewer portals, the administration console, the public API, the worker tier and three Aurora PostgreSQL clusters in us-east-2, with backups in us-west-2.`),
    h1('4 Assessment Methodology'),
    ...p(
      'Controls were assessed by examination, interview and test against the objectives in the FedRAMP Security Test Case Procedures. Sampling followed K&F\'s sampling methodology note. Vulnerability scanning used Nessus Professional 10.8 (operating system and database) and Burp Suite Professional (web applications).',
    ),
    h1('5 Security Assessment Results'),
    h2('5.1 Summary of Risks'),
    table([['Risk level', 'Open', 'Remediated during testing', 'Total'], ['High', '0', '0', '0'], ['Moderate', '4', '0', '4'], ['Low', '3', '2', '5'], ['Total', '7', '2', '9']], [40, 20, 25, 15]),
    h2('5.2 Risks by Source'),
    table([['Source', 'Findings'], ['Control testing (documentation and interview)', '4'], ['Operating system scans', '2'], ['Web application scans', '2'], ['Penetration test', '1']], [70, 30]),
    h1('6 Non-Conforming Controls'),
    ...p(
      'AC-2(3): accounts of reviewers inactive for more than 90 days were not disabled automatically; 6 of 25 sampled accounts had been inactive for 95–140 days.',
      'AU-6: audit record review for the admin console is performed weekly rather than at the frequency defined in the SSP; no evidence of review was available for two sampled weeks.',
      'CM-6: two Amazon Linux 2023 hosts deviated from the CIS Level 1 benchmark (SSH MaxAuthTries and auditd space_left_action).',
      'SI-2: two operating system vulnerabilities rated Moderate exceeded the 90-day remediation window.',
    ),
    h1('7 Authorisation Recommendation'),
    ...p(
      `K&F recommends that the ${L.agencyShort} Authorising Official continue the authorisation of ${L.system}. The residual risk is Low to Moderate, no finding allows compromise of federal data, and the CSP has credible plans to close the open findings within the FedRAMP remediation timeframes. This recommendation is contingent on the CSP tracking every open finding in its POA&M and reporting progress through monthly continuous monitoring.`,
    ),
    BREAK,
    h1('Appendix A – Risk Exposure Table'),
    riskExposure([
      ['LGM-25-01', 'AC-2(3)', 'Inactive reviewer accounts not disabled after 90 days', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['LGM-25-02', 'AU-6', 'Admin console audit review not performed at SSP frequency', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['LGM-25-03', 'CM-6', 'CIS benchmark deviations on two worker hosts', 'Moderate', 'Low', 'Low', 'Open'],
      ['LGM-25-04', 'SI-2', 'CVE-2025-26465 (OpenSSH) unpatched beyond 90 days', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['LGM-25-05', 'SI-2', 'CVE-2024-6387 residual on build host image', 'Low', 'Moderate', 'Moderate', 'Open'],
      ['LGM-25-06', 'SC-8', 'TLS 1.0 accepted on legacy webhook endpoint', 'Low', 'Low', 'Low', 'Remediated'],
      ['LGM-25-07', 'SI-10', 'Reflected input in reviewer search error page', 'Low', 'Low', 'Low', 'Open'],
      ['LGM-25-08', 'AC-7', 'Lockout threshold set to 10 attempts instead of 3', 'Low', 'Low', 'Low', 'Remediated'],
      ['LGM-25-09', 'PL-4', 'Rules of Behaviour acknowledgement missing for 2 contractors', 'Low', 'Low', 'Low', 'Open'],
    ]),
    ...backMatter(25, true),
  ];
  const data = await buildDocx({
    meta: { title: 'KF Report Template v4.2', creator: 'Eleanor Ashworth-Hale', lastModifiedBy: 'Rupert Dunmore', created: '2025-07-14T08:05:00Z', modified: '2025-08-01T16:40:00Z', company: 'Kestrel & Finch' },
    blocks,
    header: `K&F | ${L.abbrev} Annual Assessment 2025 | CUI`,
    footer: 'Kestrel & Finch Assurance (US) LLP — Confidential',
    coverWithoutHeader: true,
    font: 'Georgia',
  });
  return { file: 'SAP_final_v3.docx', expected: 'SAR', note: 'Kestrel & Finch Security Assessment Report (British spelling) with risk exposure table and authorisation recommendation; the file name wrongly says SAP.', data };
}

async function sarScanned(): Promise<EvalDoc> {
  const blocks: Block[] = [
    h1('Executive Summary'),
    ...p(
      `${HALBERD.name} performed an initial FedRAMP High assessment of ${C.system} from June 16 to July 24, 2025, following the Security Assessment Plan version 1.2 approved by the ${C.agency}. This Security Assessment Report presents the results of control testing, vulnerability scanning and penetration testing, the resulting risks and Halberd's recommendation.`,
      'Of the 410 controls and enhancements in the High baseline, 392 were Satisfied, 11 Other Than Satisfied and 7 not applicable with justification. Testing produced 23 findings: 1 High, 12 Moderate and 10 Low. Eight were remediated and validated before the end of testing.',
    ),
    h2('Summary of Risk Exposure'),
    table([['Risk', 'Initial', 'Remediated during testing', 'Operationally required', 'Open'], ['High', '1', '1', '0', '0'], ['Moderate', '12', '4', '1', '7'], ['Low', '10', '3', '0', '7'], ['Total', '23', '8', '1', '14']], [20, 15, 25, 25, 15]),
    h1('1 Introduction'),
    ...p(
      `${C.system} provides compute, storage, managed Kubernetes and key management to federal tenants. The system owner is ${C.owner}; the ISSO is ${C.isso}. The authorization boundary and inventory are those described in SSP version 3.1 and the June 2025 Integrated Inventory Workbook.`,
    ),
    h1('2 Assessment Results'),
    h2('2.1 Control Testing'),
    ...p(
      'Findings from control testing concern account management of break-glass accounts (AC-2(2)), the completeness of audit record content for the Kubernetes API server (AU-3), a gap in contingency plan testing of the secondary region (CP-4(2)), and supply chain provenance checks for two third-party container base images (SR-3, SR-11).',
    ),
    h2('2.2 Vulnerability Scanning'),
    ...p(
      'Authenticated scans reached 2,244 of 2,285 inventory items (98.2 percent). The 41 privileged access workstations were scanned with a separate policy. Database scans identified two PostgreSQL clusters with pgaudit disabled. The High finding — CVE-2025-32433 on a management-plane Erlang/OTP SSH service — was patched on July 2 and validated by rescan.',
    ),
    h2('2.3 Penetration Testing'),
    ...p(
      'Testing covered all six FedRAMP attack vectors. No tenant-to-tenant or tenant-to-management compromise was achieved. One Moderate finding concerns verbose error messages on the metadata service that disclose internal host names.',
    ),
    h1('3 Risk Exposure Table'),
    riskExposure([
      ['CSC-01', 'RA-5', 'CVE-2025-32433 Erlang/OTP SSH pre-auth RCE on mgmt host', 'High', 'High', 'High', 'Closed'],
      ['CSC-02', 'AC-2(2)', 'Break-glass accounts not reviewed after use', 'Moderate', 'High', 'Moderate', 'Open'],
      ['CSC-03', 'AU-3', 'Kubernetes API audit policy omits request bodies for secrets', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['CSC-04', 'CP-4(2)', 'Secondary region failover not tested at alternate site', 'Moderate', 'High', 'Moderate', 'Open'],
      ['CSC-05', 'SR-11', 'Third-party base images lack signature verification', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['CSC-06', 'SI-11', 'Metadata service discloses internal host names in errors', 'Moderate', 'Low', 'Moderate', 'Open'],
      ['CSC-07', 'AU-12', 'pgaudit disabled on two PostgreSQL clusters', 'Moderate', 'Moderate', 'Moderate', 'Closed'],
    ]),
    h1('4 Authorization Recommendation'),
    ...p(
      `Halberd recommends that the ${C.agencyShort} Authorizing Official grant an Authority to Operate to ${C.system} at the FedRAMP High impact level. No High risks remain open; the open Moderate risks have scheduled completion dates within 90 days of discovery in the CSP's POA&M, and one Moderate risk is operationally required with compensating controls described in the deviation request submitted by the CSP.`,
      'This recommendation reflects the state of the system as tested. It is the independent professional judgement of the assessment team and has been reviewed by Halberd\'s quality assurance function.',
    ),
    ...backMatter(26),
  ];
  const data = await buildPdf({
    meta: { title: 'Corvane_deliverable', author: 'opscan', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432', created: '2025-08-09T14:21:00Z' },
    blocks,
    header: `${C.abbrev} FedRAMP High Initial Assessment – Halberd Assurance Partners – CUI`,
    footer: 'CUI',
    scannedPages: 1,
    seed: 23,
  });
  return { file: 'Corvane_deliverable_2025-08.pdf', expected: 'SAR', note: 'Halberd Security Assessment Report for the High IaaS as a PDF whose signed front page is a scanned image; the text follows with the risk exposure table and ATO recommendation.', data };
}

async function sarHeaderOnly(): Promise<EvalDoc> {
  const blocks: Block[] = [
    {
      k: 'table',
      rows: [
        ['Cloud Service Offering', `${B.system}`],
        ['Baseline', 'FedRAMP Tailored LI-SaaS (Rev. 5)'],
        ['Cloud Service Provider', B.org],
        ['Third Party Assessment Organization', `${MERIDIAN.name}, A2LA ${MERIDIAN.a2la}`],
        ['Report date', 'September 26, 2025'],
      ],
      widths: [40, 60],
    },
    bh('Document Revision History'),
    table([['Date', 'Version', 'Change'], ['2025-09-19', '0.9', 'Draft'], ['2025-09-26', '1.0', 'Final']], [25, 15, 60]),
    { k: 'toc', entries: ['Executive Summary|2', 'Assessment Scope|3', 'Results by Control|4', 'Risk Exposure|6', 'Recommendation|7', 'Attachments: Security Assessment Plan (approved Aug 2025); Penetration Test Report; Plan of Action and Milestones; Integrated Inventory Workbook|8'] },
    BREAK,
    bh('Executive Summary'),
    ...p(
      `${MERIDIAN.name} assessed ${B.system}, a low-impact software-as-a-service form builder used by the ${B.agency} to collect program applications that contain no sensitive PII beyond login credentials. The assessment followed the approved Security Assessment Plan and tested the LI-SaaS baseline controls the FedRAMP Tailored framework requires the 3PAO to test, together with a vulnerability scan of the production environment.`,
      'Meridian identified 5 findings: 2 Moderate and 3 Low. No High findings were identified. This report records those findings, their risk ratings, and Meridian\'s recommendation.',
    ),
    bh('Assessment Scope'),
    ...p(`The production environment of ${B.system} runs on Google Cloud (us-east4) with a managed Cloud SQL for PostgreSQL instance, a Cloud Run service for the form renderer and a Cloud Storage bucket for uploaded attachments. The Australian development environment is outside the boundary.`),
    bh('Results by Control'),
    table(
      [
        ['Control', 'Result', 'Comment'],
        ['AC-2', 'Satisfied', 'Account lifecycle automated through Okta SCIM'],
        ['AC-7', 'Other Than Satisfied', 'Lockout after 10 attempts; the SSP states 3'],
        ['IA-2(1)', 'Satisfied', 'Phishing-resistant MFA for privileged users'],
        ['RA-5', 'Other Than Satisfied', 'Monthly database scans not performed in May and June'],
        ['SC-13', 'Satisfied', 'FIPS-validated modules (BoringCrypto) in use'],
        ['SI-2', 'Other Than Satisfied', 'Two Low container image vulnerabilities past 180 days'],
      ],
      [15, 25, 60],
    ),
    bh('Risk Exposure'),
    riskExposure([
      ['BQF-1', 'AC-7', 'Account lockout threshold differs from SSP', 'Moderate', 'Low', 'Moderate', 'Open'],
      ['BQF-2', 'RA-5', 'Database scans missed for two months', 'Moderate', 'Moderate', 'Moderate', 'Open'],
      ['BQF-3', 'SI-2', 'libexpat CVE-2024-45490 in renderer image', 'Low', 'Low', 'Low', 'Open'],
      ['BQF-4', 'SI-2', 'zlib CVE-2023-45853 in worker image', 'Low', 'Low', 'Low', 'Open'],
      ['BQF-5', 'PL-4', 'Rules of behavior not re-acknowledged annually', 'Low', 'Low', 'Low', 'Open'],
    ]),
    bh('Recommendation'),
    ...p(
      `Meridian recommends that ${B.system} be authorized at the FedRAMP Tailored LI-SaaS level. The two Moderate findings must be remediated within 90 days and tracked in the POA&M. Meridian's authorization recommendation rests on the evidence reviewed up to September 19, 2025.`,
    ),
    ...backMatter(27),
  ];
  const data = await buildDocx({
    meta: { title: 'Security Assessment Report - Brightquill Forms', creator: 'Carlos Ibarra-Wendt', created: '2025-09-15T17:00:00Z', modified: '2025-09-26T13:30:00Z' },
    blocks,
    header: `Security Assessment Report — ${B.system} — Meridian Assurance Group`,
    footer: 'Meridian Assurance Group — CUI',
  });
  return { file: 'Final_v7.docx', expected: 'SAR', note: 'Meridian\'s Security Assessment Report for the LI-SaaS; the title appears only in the page header and document properties, the body has results, risk exposure and recommendation.', data };
}

async function roeMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: 'HALBERD ASSURANCE PARTNERS, LLC', bold: true, size: 26 },
    { k: 'center', text: HALBERD.address, size: 18 },
    bh('MEMORANDUM'),
    table(
      [
        ['TO:', `${C.owner}, System Owner, ${C.org}`],
        ['CC:', `${C.isso} (ISSO); Kevin Stroud (${C.agencyShort} Security Reviewer)`],
        ['FROM:', `${HALBERD.pentester}, Penetration Test Lead`],
        ['DATE:', 'July 1, 2025'],
        ['SUBJECT:', `Penetration Testing Rules of Engagement – ${C.system} – Authorization to Test`],
      ],
      [18, 82],
    ),
    ...p(
      `This memorandum records the rules of engagement for the penetration test of ${C.system} that Halberd will perform from July 7 to July 18, 2025. It supplements Section 6 of the approved Security Assessment Plan (v1.2) and does not replace it: the plan remains the governing document for the assessment. This memorandum exists so that the CSP's legal and operations teams can sign the authorization to test separately from the plan.`,
    ),
    bh('1. Authorized Targets'),
    table(
      [
        ['Target', 'Address / URL', 'Attack vector'],
        ['Public API gateway', 'api.gov-east.corvane.cloud', 'External to target system'],
        ['Tenant console', 'console.gov.corvane.cloud', 'External to target system'],
        ['Corporate VPN concentrator', 'vpn.corvane.com (203.0.113.14)', 'External to corporate'],
        ['Test tenant A / B', 'Accounts 7730-0001, 7730-0002', 'Tenant to tenant; tenant to management'],
        ['Phishing simulation', '25 administrators named by the CSP', 'Social engineering (approved)'],
      ],
      [30, 40, 30],
    ),
    bh('2. Source Addresses'),
    ...p('All testing originates from 198.51.100.32/28 (Halberd test range) and from the two provisioned test tenants. No other source is authorised.'),
    bh('3. Prohibited Activities'),
    bullets('Denial-of-service or resource exhaustion', 'Modification or deletion of any data not created by the testers', 'Testing of customer tenants other than test tenants A and B', 'Physical intrusion of any facility'),
    bh('4. Communication and Stop Procedure'),
    ...p(`Daily status at 17:30 ET by e-mail. Critical findings by phone to ${C.isso} within one hour. Either party may stop testing at any time by calling the emergency number; testing resumes only with written agreement.`),
    bh('5. Data Handling'),
    ...p('Evidence is stored encrypted in Halberd\'s CUI enclave and destroyed 90 days after the Security Assessment Report is accepted.'),
    bh('Authorization to Test'),
    table(
      [
        ['Name', 'Organization', 'Signature', 'Date'],
        [C.owner, `${C.org} (System Owner)`, '', ''],
        ['Rachel Beaumont-Diaz', `${C.org} (General Counsel)`, '', ''],
        [HALBERD.pentester, HALBERD.name, '', ''],
      ],
      [25, 35, 25, 15],
    ),
  ];
  const data = await buildDocx({ meta: { creator: 'Owen Basquiat', created: '2025-06-27T12:00:00Z', modified: '2025-07-01T10:00:00Z' }, blocks, footer: 'Halberd Assurance Partners – Confidential' });
  return { file: 'Corvane SAP - RoE.docx', expected: 'UNKNOWN', note: 'A standalone penetration-test rules-of-engagement memo signed separately; it supplements the SAP but is not the Security Assessment Plan.', data };
}

async function testCaseWorkbook(): Promise<EvalDoc> {
  const cases: [string, string, string, string, string, string][] = [
    ['AC-2', 'AC-2.a', 'Account types allowed and prohibited are defined', 'Examine', 'Account Management Procedure v3 §2', 'Satisfied'],
    ['AC-2', 'AC-2.d.1', 'Authorized users of the system are specified', 'Examine', 'Okta group export 2025-06-18', 'Satisfied'],
    ['AC-2(3)', 'AC-2(3).1', 'Accounts are disabled within 90 days of inactivity', 'Test', 'Sample of 25 reviewer accounts', 'Other Than Satisfied'],
    ['AC-7', 'AC-7.a', 'Limit of consecutive invalid logon attempts is enforced', 'Test', 'Screenshot IDP policy', 'Satisfied'],
    ['AU-2', 'AU-2.a', 'Event types for logging are identified', 'Examine', 'Logging Standard v2.1', 'Satisfied'],
    ['AU-6', 'AU-6.a', 'Audit records are reviewed at the defined frequency', 'Interview, Examine', 'Weekly review tickets', 'Other Than Satisfied'],
    ['CM-2', 'CM-2.a', 'Baseline configuration is developed and maintained', 'Examine', 'Golden AMI pipeline', 'Satisfied'],
    ['CM-6', 'CM-6.a', 'Configuration settings reflect the most restrictive mode', 'Test', 'CIS-CAT results', 'Other Than Satisfied'],
    ['CM-8', 'CM-8.a.1', 'Inventory accurately reflects the system', 'Examine, Test', 'Inventory vs scan reconciliation', 'Satisfied'],
    ['CP-9', 'CP-9.a', 'User-level information backups are conducted', 'Examine', 'AWS Backup job history', 'Satisfied'],
    ['IA-2(1)', 'IA-2(1).1', 'MFA for privileged accounts', 'Test', 'Login demonstration', 'Satisfied'],
    ['IR-4', 'IR-4.a', 'Incident handling capability is implemented', 'Interview', 'IR lead interview 2025-06-24', 'Satisfied'],
    ['RA-5', 'RA-5.a', 'Vulnerabilities are scanned monthly', 'Examine', 'Scan archive Jan–Jun 2025', 'Satisfied'],
    ['SC-7', 'SC-7.a', 'Communications at external interfaces are monitored', 'Examine, Test', 'WAF and VPC flow logs', 'Satisfied'],
    ['SC-8', 'SC-8.1', 'Transmitted information is protected', 'Test', 'testssl.sh output', 'Other Than Satisfied'],
    ['SI-2', 'SI-2.c', 'Security-relevant updates are installed within defined periods', 'Examine', 'Patch reports', 'Other Than Satisfied'],
    ['SI-4', 'SI-4.a', 'The system is monitored to detect attacks', 'Interview, Examine', 'GuardDuty and SIEM rules', 'Satisfied'],
  ];
  const rows = [
    ['Test Case Workbook — Control Test Results', null, null, null, null, null, null],
    [`CSO: ${L.system}`, null, null, `Assessor: ${KESTREL.name}`, null, null, null],
    [null, null, null, null, null, null, null],
    ['Control ID', 'Objective ID', 'Assessment Objective', 'Method', 'Evidence Reference', 'Result', 'Assessor'],
    ...cases.map((c) => [...c, 'I. Sefton']),
  ];
  const data = await buildXlsx({ creator: 'Imogen Sefton', created: '2025-06-16T09:00:00Z', modified: '2025-07-10T17:45:00Z', company: 'Kestrel & Finch' }, [
    { name: 'Test Cases', rows, boldRows: [4], widths: [10, 12, 55, 16, 34, 20, 12] },
    { name: 'Legend', rows: [['Result', 'Meaning'], ['Satisfied', 'All determination statements met'], ['Other Than Satisfied', 'One or more determination statements not met; finding raised'], ['N/A', 'Not applicable with justification recorded in the SSP']], boldRows: [1], widths: [22, 70] },
  ]);
  return { file: 'SAR_Appendix_A.xlsx', expected: 'UNKNOWN', note: 'A test-case results workbook (one appendix of an assessment); on its own it is neither the SAP nor the SAR.', data };
}

async function pentestAppendix(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Appendix E — Penetration Test Report', size: 36 },
    { k: 'center', text: `${C.system}  |  FedRAMP High  |  ${HALBERD.name}`, size: 22 },
    { k: 'center', text: 'Testing window: July 7 – July 18, 2025', size: 20 },
    h1('1 Overview'),
    ...p(
      `This appendix reports the penetration test performed against ${C.system}. It is referenced by the main assessment report, which carries the authoritative risk ratings; this appendix gives the technical narrative, attack paths and reproduction steps for the CSP's engineers.`,
    ),
    h1('2 Attack Vectors Tested'),
    table(
      [
        ['Vector', 'Starting position', 'Outcome'],
        ['External to corporate', 'Internet, no credentials', 'No access; VPN requires PIV'],
        ['External to target system', 'Internet, tenant credentials', 'Information disclosure in metadata service errors'],
        ['Tenant to CSP management', 'Test tenant A', 'No access; IMDSv2 enforced, management APIs unreachable'],
        ['Tenant to tenant', 'Test tenant A against B', 'No cross-tenant access'],
        ['Mobile application', 'N/A', 'No mobile application in boundary'],
        ['Client-side application and agents', 'Provisioned agent on test VM', 'Agent update channel verified signed'],
        ['Social engineering', '25 administrators', '2 of 25 clicked; 0 submitted credentials'],
      ],
      [30, 30, 40],
    ),
    h1('3 Findings'),
    h2('PT-1 Verbose error messages disclose internal host names (Moderate)'),
    ...p(
      'Requests to the instance metadata proxy with a malformed token returned a stack trace containing the host names of two control-plane nodes (cp-use1-17.mgmt.internal, cp-use1-22.mgmt.internal). The information does not by itself allow access but aids reconnaissance.',
      'Reproduction: curl -H "X-Corvane-Token: AAAA" http://169.254.169.254/latest/meta-data/ from any tenant instance. Recommendation: return a generic error and log the detail server-side.',
    ),
    h2('PT-2 Phishing click-through (Low)'),
    ...p('Two administrators opened the simulated payload link. Neither entered credentials. Recommend targeted refresher training.'),
    h1('4 Tools and Techniques'),
    bullets('Nmap 7.95, masscan for discovery', 'Burp Suite Professional for API testing', 'Custom scripts for tenant isolation checks', 'GoPhish for the phishing simulation'),
  ];
  const data = await buildPdf({ meta: { title: 'Appendix E', author: 'Owen Basquiat', created: '2025-07-29T16:00:00Z' }, blocks, header: 'Halberd Assurance Partners — Appendix E — CUI', footer: 'CUI' });
  return { file: 'doc-2291.pdf', expected: 'UNKNOWN', note: 'A penetration test report issued as an appendix to an assessment report; a piece of the SAR package, not the SAR itself.', data };
}

function samplingNote(): EvalDoc {
  const text = `# Sampling Methodology Note

**Engagement:** ${L.system} — 2025 annual assessment
**Prepared by:** ${KESTREL.lead}, Kestrel & Finch Assurance (US) LLP
**Date:** ${ukDate('2025-06-13')}
**Status:** Final — to be filed with the engagement working papers

## 1. Purpose

This note explains how K&F selects samples when testing controls whose evidence is a population of records (user accounts, change tickets, audit review records, patch records, personnel screening files). It applies to this engagement only and is referenced from the assessment plan and the test case workbook; it is not itself a plan or a report.

## 2. Population definition

The population is obtained directly from the system of record by the assessor, or produced by the organisation in the assessor's presence (screen share with the query visible). The assessor records the query, the time it was run and the record count. Populations supplied by e-mail without that provenance are not accepted.

## 3. Sample size

| Population size | Sample size |
|---|---|
| 1 – 5 | all items |
| 6 – 50 | 5 |
| 51 – 250 | 10 % (minimum 5) |
| more than 250 | 25 |

For controls operated at a defined frequency (e.g. weekly audit review under AU-6), the sample is drawn from the periods in the assessment window: 2 weekly periods per quarter, 1 monthly period per quarter.

## 4. Selection

Items are selected by the assessor using a seeded random number generator; the seed and the selected identifiers are recorded in the working papers so the selection can be re-performed by the quality reviewer. The organisation is not told which items will be selected until the request is made.

## 5. Exceptions

An exception in a sample is not extrapolated arithmetically. One exception results in an expanded sample of the same size; a second exception means the control is rated Other Than Satisfied and a finding is raised for the risk exposure table.

## 6. Sign-off

Prepared: E. Ashworth-Hale — Reviewed: R. Dunmore (quality reviewer)
`;
  return { file: 'sampling-note.md', expected: 'UNKNOWN', note: 'A 3PAO sampling methodology note referenced by the plan and workbook; a working paper, not a SAP or SAR.', data: text };
}

async function evidenceRequestList(): Promise<EvalDoc> {
  const reqs: [string, string, string, string, string, string][] = [
    ['ERL-001', 'AC-2', 'Export of all privileged accounts with last login date (from the IdP)', C.isso, '2025-06-18', 'Received'],
    ['ERL-002', 'AC-2(2)', 'Break-glass account usage log for the last 12 months', 'Marcus Lindqvist', '2025-06-18', 'Received'],
    ['ERL-003', 'AU-6', 'Evidence of weekly audit review (tickets) for Jan–Jun 2025', 'SOC Manager', '2025-06-20', 'Partial'],
    ['ERL-004', 'CM-3', 'Change tickets for sample of 25 production changes (list to follow)', 'Release Manager', '2025-06-23', 'Received'],
    ['ERL-005', 'CM-8', 'Current Integrated Inventory Workbook', C.isso, '2025-06-16', 'Received'],
    ['ERL-006', 'CP-4', 'Most recent contingency plan test report and after-action report', 'BC/DR Lead', '2025-06-20', 'Received'],
    ['ERL-007', 'IA-5', 'Password and authenticator policy configuration screenshots', 'IAM Engineer', '2025-06-20', 'Open'],
    ['ERL-008', 'IR-3', 'Incident response tabletop exercise materials and results', 'IR Lead', '2025-06-24', 'Received'],
    ['ERL-009', 'PS-3', 'Screening records for sample of 10 personnel', 'HR Security', '2025-06-27', 'Open'],
    ['ERL-010', 'RA-5', 'Monthly scan results Jan–Jun 2025 (raw .nessus files)', 'Vuln Mgmt', '2025-06-18', 'Received'],
    ['ERL-011', 'SA-9', 'List of external services with FedRAMP authorization status', 'Vendor Mgmt', '2025-06-25', 'Received'],
    ['ERL-012', 'SR-3', 'Supply chain controls evidence: SBOMs for three production images', 'Platform Security', '2025-06-27', 'Open'],
  ];
  const data = await buildXlsx({ title: 'ERL', creator: 'Aisha Molyneux', created: '2025-06-12T14:00:00Z', modified: '2025-06-30T20:10:00Z', company: HALBERD.name }, [
    {
      name: 'ERL',
      rows: [
        [`Evidence Request List — ${C.system} Initial Assessment`, null, null, null, null, null, null],
        ['Upload evidence to the Halberd secure portal folder named with the request ID. Do not e-mail CUI.', null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ['Request ID', 'Control', 'Evidence Requested', 'CSP Owner', 'Due Date', 'Status', 'Assessor Comments'],
        ...reqs.map((r) => [...r, '']),
      ],
      boldRows: [4],
      widths: [10, 10, 60, 18, 12, 10, 30],
    },
  ]);
  return { file: 'ERL_v4.xlsx', expected: 'UNKNOWN', note: 'A 3PAO evidence request list (PBC list) for an assessment; not an assessment plan or report.', data };
}

async function interviewSchedule(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: 'Meridian Assurance Group', bold: true, size: 24 },
    bh(`Interview Schedule — ${B.system} Assessment (FedRAMP Tailored LI-SaaS)`),
    ...p(
      'All interviews are held by video conference (Microsoft Teams link in the calendar invitation). Times are US Eastern; for Melbourne-based staff the local time is shown in brackets. Please have the listed documents open so that screen sharing is possible. Interviews are recorded in notes only, not on video.',
    ),
    table(
      [
        ['Date', 'Time (ET)', 'Interviewee', 'Topics / controls', 'Documents to have open'],
        ['Tue 19 Aug 2025', '18:00–19:00 (Wed 08:00 AEST)', `${B.owner}, CTO`, 'System overview, boundary, data flows (CA-3, PL-2)', 'SSP sections 8–10, architecture diagram'],
        ['Tue 19 Aug 2025', '19:15–20:15 (Wed 09:15 AEST)', `${B.isso}, Head of Security`, 'Access control, MFA (AC-2, AC-7, IA-2)', 'Okta admin console'],
        ['Wed 20 Aug 2025', '18:00–19:00 (Thu 08:00 AEST)', 'Declan Furey, Platform Lead', 'Configuration, patching (CM-2, CM-6, SI-2)', 'Terraform repository, patch dashboard'],
        ['Wed 20 Aug 2025', '19:15–20:00 (Thu 09:15 AEST)', 'Mei Lin Cho, SRE', 'Logging and monitoring (AU-2, AU-6, SI-4)', 'Cloud Logging sinks, alert policies'],
        ['Thu 21 Aug 2025', '10:00–10:45', 'Sarah Whitlock, US Customer Success', 'User guidance, rules of behavior (PL-4)', 'User guide, RoB acknowledgements'],
        ['Thu 21 Aug 2025', '18:00–18:45 (Fri 08:00 AEST)', 'Aroha Ngata', 'Incident response (IR-4, IR-6)', 'IR plan, last tabletop report'],
      ],
      [14, 18, 20, 26, 22],
    ),
    ...p('Rescheduling: e-mail the Meridian engagement lead at least 24 hours in advance. Out-brief meeting: Thursday 4 September 2025, 18:00 ET.'),
  ];
  const data = await buildDocx({ meta: { title: 'Document1', creator: 'Naomi Feldstein', created: '2025-08-12T15:30:00Z' }, blocks });
  return { file: 'Interview schedule BQF.docx', expected: 'UNKNOWN', note: 'A 3PAO interview schedule for an assessment; logistics, not the plan or the report.', data };
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  return [
    await sapCoverTable(),
    await sapScanned(),
    await sapAppendixHeadings(),
    await sarBritish(),
    await sarScanned(),
    await sarHeaderOnly(),
    await roeMemo(),
    await testCaseWorkbook(),
    await pentestAppendix(),
    samplingNote(),
    await evidenceRequestList(),
    await interviewSchedule(),
  ];
}

